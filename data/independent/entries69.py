"""Sixty-ninth independent evaluation set (I1089..I1104) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing local maternity systems, ambulance
services, universities, acute, community and mental health trusts, GP federations,
primary care networks, pharmaceutical committees, hospices, an air ambulance charity, a
patients' association, a council and the odd private company send in, in their own
voices and at their own length.  The theme of this set is workforce and safety culture:
speaking up, simulation and human factors, fatigue and night shifts, handover between
staff groups, incivility and learning from incidents.

Topics: unannounced emergency drills with midwives and ambulance crews at a freestanding
birth centre (an integrated care board hosting the local maternity and neonatal system,
own headings), rudeness between ambulance crews and emergency department staff at
handover (an ambulance service with a university school of psychology, bold headings
with a cover table), drowsy driving home after night shifts (a university sleep research
group, two columns), handover from the operating theatre to the recovery unit (an acute
trust with a university human factors centre, rubric headings), a shared Freedom to
Speak Up guardian for GP practices, community pharmacies and a hospice (a GP federation,
no headings, long), reporting what goes right in end of life care across three
organisations (a hospice lead, CAPS headings), a fatigue score built into nurse rostering
software (a private software company as primary entrant, lists), civility and challenge
in the operating theatres (departments of one trust, no partner, a pdf made from Word),
a line for patients and families to call when they are worried someone is getting worse
(a patients' association as lead, numbered questions with cover bullets), a joint
bedside handover for people waiting in the emergency department for a mental health bed
(a mental health trust, a form with a cover table, no stakeholders section),
anaphylaxis drills for community pharmacy vaccination services (a local pharmaceutical
committee, a form with a cover table), long days, split shifts and unpaid travel for home
care workers (a council commissioning team, results first), porters, housekeepers and
domestic staff speaking up about patients (an acute trust with its facilities
contractor, numbered questions), fatigue and teamwork on night missions (an air
ambulance charity on its own, short lists), swarm huddles after falls on community
hospital wards (a university lead, with appendix) and rude and dismissive exchanges
between GPs and hospital specialists (a primary care network, short, style headings,
no evidence section).

Lead types and layouts: I1089 icb (hosting the LMNS), pdf own_headings; I1090
emergency_service (ambulance), docx bold_headings with a cover table; I1091 university,
pdf two_column; I1092 nhs_trust (acute), docx rubric_headings; I1093 primary_care (GP
federation), docx no_headings; I1094 charity (hospice), pdf caps_headings; I1095
private, pdf bullet_lists; I1096 nhs_trust (no partner), pdf style_headings via soffice;
I1097 patient_group, docx numbered_questions with cover bullets; I1098 nhs_trust (mental
health), pdf form_table with a cover table; I1099 primary_care (LPC), docx form_table
with a cover table; I1100 local_authority, docx reordered; I1101 nhs_trust (acute), pdf
numbered_questions; I1102 charity (air ambulance, no partner), docx bullet_lists; I1103
university, pdf with_appendix; I1104 primary_care (PCN), docx style_headings.

Flags: no_patient_involvement I1090, I1093, I1096, I1102; no_staff_involvement I1095,
I1097, I1099; no_quantitative_evidence I1091, I1094 (a measured change told only in the
value section), I1103, I1104; ineligible I1095 (private lead), I1096 (no partner), I1102
(no partner); missing_section I1098 (stakeholders, with patient and staff involvement
told in the context and evidence sections) and I1104 (evidence).

Build it with

    .venv/bin/python data/independent/build.py --set 69   (writes data/corpus/independent69/)

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
  * not Q: dates, financial years, bed/ward/theatre/practice counts, headcounts, numbers
    trained, activity counts (drills, workshops, calls, reports, huddles, taxi journeys,
    alerts), single figures with no baseline, a zero with no earlier figure, figures that
    did not change, budgets, costs and savings estimates, phone numbers, postcodes,
    reference numbers, targets not yet reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    (including 'halved', 'a third fewer' and a sustained shift on an SPC chart);
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, patient safety partners and lay members, unusual
    job titles, list items), wherever in the entry it is told;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, people
    who only took part in drills or training, plans and intentions, negations, unnamed
    'stakeholders', organisations agreeing or funding, a single named lead doing their
    job, audiences at launches and meetings that were only updated, surveys and
    questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices, GP federations, primary care networks and local
pharmaceutical committees are primary_care; patients' associations are patient_group;
hospices and air ambulance charities are charity; a council's road safety partnership is
local_authority; a university is university; software and facilities companies are
private).  An integrated care board hosting a local maternity and neonatal system is
icb.  A department or team of the entrant's own organisation is not a partner.  Flags
are written by hand and build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1089  unannounced emergency drills at a freestanding birth centre - pdf -
#        own headings - LMNS patient safety midwife, reflective - ICB hosting
#        the LMNS with the acute trust, the ambulance service and a
#        university simulation centre - women, a family and staff involved -
#        no flags
# ---------------------------------------------------------------------------
entry(
    id="I1089", format="pdf", layout="own_headings", topic="birth_centre_multiagency_simulation",
    project="independent69-rehearsedtogether-1089", pdf_font="LiberationSans", pdf_align="L",
    title="Rehearsed Together: unannounced emergency drills with midwives and ambulance crews at a birth centre twelve miles from theatre",
    cover=[
        "Lead organisation: NHS Oakhurst and Wendle Integrated Care Board, on behalf of the Oakhurst and Wendle Local Maternity and Neonatal System",
        "Partners: Oakhurst General Hospitals NHS Foundation Trust (Maternity Services and the Saltmarsh Birth Centre); Eastmarch Ambulance Service NHS Trust; University of Wendle (Clinical Simulation Centre)",
        "Written by the LMNS Patient Safety Midwife",
    ],
    primary_entrant=dict(name="NHS Oakhurst and Wendle Integrated Care Board", type="icb"),
    partners=[
        dict(name="Oakhurst General Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Eastmarch Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="University of Wendle", type="university"),
    ],
    sections=[
        ("context", "Why we needed to act", """
The Saltmarsh Birth Centre in Wendle Quay is a freestanding midwife-led unit run by the maternity
service of Oakhurst General Hospitals. Around 380 babies are born there each year, in two birth rooms
with pools and a small postnatal area. The nearest obstetric unit, neonatal unit and operating theatre
are at Oakhurst General, twelve miles away along a single-carriageway road that is slow in summer and
is sometimes closed by flooding in winter. There is no doctor on site. If something goes wrong, the
people a mother and baby have are the two midwives on duty and, once it arrives, an ambulance crew.

Most births at Saltmarsh are straightforward, and that is why women choose it. A small number of
emergencies cannot be predicted: a baby's shoulders stuck after the head is born, heavy bleeding after
the birth, a baby who does not breathe, a cord that comes down before the baby. Each of these needs
several people doing several things at once, in the right order, in a small room, followed by a safe
transfer.

Until 2022 the midwives and the paramedics who would respond to those emergencies had never practised
together. Midwives did their yearly obstetric emergency training in the hospital skills laboratory,
where the scenarios assumed that an obstetrician, an anaesthetist and a neonatal team would walk
through the door within minutes. Paramedics had a few hours of maternity training at induction and
occasional refreshers. The first time a particular midwife and a particular crew worked together in an
emergency was usually the real thing.

In 2021 the Local Maternity and Neonatal System (LMNS) reviewed every emergency transfer from the birth
centre over the previous two years, 41 in all. The same problems came up again and again. The 999 call
did not always make clear that this was an obstetric emergency, so it was sometimes given a lower
priority. Crews arrived not knowing the building, and in one case the stretcher would not turn the
corner out of the pool room. Midwives and paramedics were unsure who was in charge, and the
resuscitation of one baby was interrupted while the crew and the midwives discussed how to move him.
Handover at the hospital was given twice, once to the labour ward coordinator and again to the
neonatal registrar, and details were lost in between.

One case stayed with all of us. In the autumn of 2020 a baby boy was born at Saltmarsh after a severe
shoulder dystocia and needed resuscitation. It was 58 minutes from the 999 call to his arrival at the
neonatal unit. He survived after cooling treatment. The review found that nobody had been clearly in
charge of his care at any point between the birth centre and the neonatal unit.
"""),
        ("evidence", "What changed, and how we know", """
Rehearsed Together began in February 2022. Once a month, without warning the staff on duty, the
university's simulation technicians arrive at the birth centre with a birthing manikin and a newborn
manikin. Eastmarch Ambulance Service releases the nearest available crew, who are told it is a drill
only when they are dispatched. The midwives make a 999 call using a training code, and the team works
through the emergency, the preparations for transfer and a handover by phone to the obstetric unit.
Every drill ends with a 30-minute debrief led jointly by a midwife and a paramedic, and anything that
got in the way is logged as a latent safety threat and given an owner and a date.

So far there have been 34 drills, and 62 midwives and 118 paramedics have taken part. The drills have
identified 73 latent safety threats, of which 69 have been put right. They included a neonatal
resuscitaire that could not be moved with the oxygen attached, a door code that crews did not know and
an obstetric emergency card in the ambulances that still gave an old hospital switchboard number.

<<Q:The average time from the 999 call to the mother or baby leaving the birth centre in a real
emergency transfer fell from 31 minutes in 2020-21 to 17 minutes in 2023-24.>> <<Q:In 2020-21 about
half of the 999 calls made from the birth centre for an obstetric emergency were given the highest
priority at the first attempt; in 2023-24, 47 of 49 were.>> <<Q:Transfers in which the LMNS review
panel found a delay caused by communication between the two services have become rare: there were
eleven in the two years before the drills and two in the two years since.>>
"""),
        ("stakeholders", "Who was involved", """
<<S:Birth centre midwives chose the scenarios from their own near misses, and after the first few
drills they asked for some to be run at night, because that is when only two midwives are on duty and
the nearest crew may be further away.>> <<S:Paramedics from the Wendle Quay station pointed out that
their carry chair could not get round the corner from the pool room, which led the trust to move the
emergency trolley and widen the doorway in the summer of 2022.>> <<S:Call handlers from the ambulance
service's emergency operations centre listened to recordings of the drill calls and wrote, with the
midwives, the few lines now printed on a card by the birth centre phone: 'Obstetric emergency at a
freestanding birth centre. No doctor on site.'>>

<<S:Neonatal nurses and registrars at Oakhurst General took part in the phone handover at the end of
each drill, and it was their suggestion to have one combined handover, taken on speakerphone by the
labour ward coordinator and the neonatal registrar together.>>

<<P:Members of the Oakhurst and Wendle Maternity Voices Partnership, including two women who had been
transferred from Saltmarsh in labour, helped write the scenarios and asked for every drill to include
a birth partner, played by a volunteer, because in their experience nobody had told their partner what
was happening.>> <<P:One of those women has since played the partner in a number of drills, and it was
her comments in a debrief that led to the rule that one named person speaks to the family throughout a
transfer.>> <<P:The parents of the baby born in 2020 met the project group early on, and at their
request the first scenario was built around what happened to their son.>>
"""),
        ("value", "Value", """
Each drill costs about £190 in simulation technician time and equipment transport, paid by the LMNS
from its training budget. The crew taking part stays available for real calls throughout and is
released at once if needed, which has happened four times. Midwives take part within their shift. A
single brain injury at birth can mean a lifetime of care and a negligence claim running into millions
of pounds, quite apart from what it means for the family.

Midwives tell us that the thought of being alone at Saltmarsh in an emergency is less frightening now
that they have done it many times with the people who would actually come. Paramedics say maternity
calls no longer feel like the calls they dread most.
"""),
        ("spread", "Sharing what we learned", """
The ambulance service now uses the birth centre card and call script for the two other freestanding
birth centres in its area and for planned home births, where community midwives use the same words.
Two neighbouring LMNSs have started monthly drills at their own birth centres, using our drill pack and
debrief guide. The University of Wendle now runs a joint drill for student midwives and student
paramedics in both degree programmes, so that the next generation meets before qualifying. We
presented the work at a national maternity safety conference in 2024.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1090  rudeness at ambulance handover in the emergency department - docx -
#        bold headings with a cover table - ambulance head of clinical
#        quality, candid - ambulance service with the acute trust and a
#        university school of psychology - staff involved - NO patient
#        involvement (patients as beneficiaries, told, a panel only updated,
#        a survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1090", format="docx", layout="bold_headings", topic="ambulance_ed_handover_incivility",
    project="independent69-handoverrespect-1090", docx_font="Calibri",
    title="Handover with Respect: tackling rudeness between ambulance crews and emergency department staff",
    cover_table=[
        ("Entry title", "Handover with Respect: tackling rudeness between ambulance crews and emergency department staff"),
        ("Lead organisation", "Northfell Ambulance Service NHS Trust"),
        ("Partner organisations", "Carrickmoor Teaching Hospitals NHS Trust (Emergency Department); Highfold University (School of Psychology)"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
        ("Contact", "Head of Clinical Quality, Northfell Ambulance Service"),
    ],
    primary_entrant=dict(name="Northfell Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Carrickmoor Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Highfold University", type="university"),
    ],
    sections=[
        ("context", "The problem", """
Every day around 170 of our ambulances arrive at the emergency department of Carrickmoor General
Hospital. In the few minutes of handover, a paramedic passes on everything the crew has found and done:
what happened, the observations, the medicines given, what the patient and family have said, and
anything that worries them. The nurse or doctor receiving the handover has to hold on to all of that
after the crew has driven away.

For some years that handover had become a flashpoint. The department was often full, with patients
waiting in the corridor and crews queuing to hand over. Crews were frustrated by the waits; department
staff were frustrated by ambulances arriving into a department with no space. It showed in how people
spoke to each other. Incident reports from both organisations described paramedics being told to
'just leave them there', nurses turning away mid-sentence, sarcasm about why a patient had been brought
in at all and, on a few occasions, shouting in front of patients.

Rudeness is not just unpleasant. Research in healthcare has shown that people who receive or even
witness it think less clearly and share less information, and that whole teams perform worse
afterwards. We saw that in our own incidents. In 2022 an older man who had fallen and hit his head was
handed over while the receiving nurse was on the phone. The paramedic, who had been told to 'be quick',
did not repeat that he was taking a blood thinner. He was not scanned for several hours and had a bleed
on the brain. The paramedic said afterwards that she had not wanted to be told off again.

The two organisations had always dealt with these incidents separately, usually by each complaining
about the other's staff. Nothing changed. In late 2022 our director of quality and the hospital's chief
nurse agreed to try something different, and we asked the School of Psychology at Highfold University,
which studies teamwork under pressure, to help us.
"""),
        ("evidence", "What has changed", """
Handover with Respect has four parts. The first is a joint handover standard: the receiving clinician
stops what they are doing and gives the paramedic an uninterrupted 'golden minute' for the structured
summary, and only then asks questions. The second is a short joint huddle at the ambulance arrival
point at 8am and 8pm, where the nurse in charge and the hospital ambulance liaison officer agree how
handovers will run that shift. The third is a 90-minute civility workshop for mixed groups of
paramedics, technicians, emergency nurses, doctors and healthcare assistants, about what rudeness does
to thinking and how to respond to it in the moment. The fourth is a shared reporting route, so that any
report of rudeness by either organisation is looked at within a week by a manager from each, together.

We have run 46 workshops for 610 staff since March 2023.

<<Q:Reports of information lost or missed at handover fell from 57 in 2022 to 21 in 2024.>> <<Q:In our
audit of recorded handovers, the share in which the paramedic was able to finish the structured summary
without being interrupted went from 38% to 81%.>> <<Q:Reports of rudeness made by either organisation
about the other roughly halved over the same two years.>>
"""),
        ("stakeholders", "Who was involved", """
<<S:Thirty-eight paramedics, emergency nurses and healthcare assistants were interviewed by the
psychology team at the start, and what they said about being talked over and hurried shaped the two
rules at the heart of the handover standard.>> <<S:A working group of four paramedics and four emergency
nurses then wrote the standard together, and it was the nurses who insisted on the golden minute,
saying they would rather listen properly once than chase details later.>> <<S:Hospital ambulance
liaison officers suggested the twice-daily huddle after noticing that the worst shifts were the ones
where nobody had agreed at the start how the queue would be managed.>> <<S:Emergency department
consultants and our clinical team leaders tried out the workshop first and asked for real, anonymised
incidents to be used instead of actors' scripts, which is how it is now run.>>

Patients are the people who should gain most from better handovers. Patients are now told by the crew
when the handover is starting, so that they know who is taking over their care. The hospital's patient
panel was updated on the work at its meeting in March 2024. We asked patients who arrived by ambulance
during one week in 2023 whether they had felt included in their handover; most said they had, so we
made no changes. We plan to invite patients and relatives to a future workshop.
"""),
        ("value", "Value for money and experience", """
The psychologists' time was funded by a small research grant; otherwise the work used staff
time. The huddles take five minutes. There was no other cost.
Every detail missed at handover risks harm, and an incident like the one in 2022 means a longer stay,
an investigation and sometimes a claim.

Paramedics say they feel treated as colleagues again. Emergency department nurses say they no longer
feel blamed for the queue.
"""),
        ("spread", "Spread", """
Our other four receiving hospitals have asked for the handover standard and the workshop, and two have
started. The psychology team has written a short guide to the golden minute with us and presented the
work at a national emergency care conference. The shared reporting route is being written into the
agreement between the ambulance service and every hospital in our region.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1091  drowsy driving home after night shifts - pdf - two columns -
#        university knowledge exchange fellow, explanatory - university
#        sleep research group with two trusts and the council's road safety
#        partnership - staff and a patient safety partner involved - NO
#        quantitative evidence (taxi journeys, room use, cards given, a
#        single survey figure, a target not reached)
# ---------------------------------------------------------------------------
entry(
    id="I1091", format="pdf", layout="two_column", topic="night_shift_drowsy_driving",
    project="independent69-homesafe-1091", pdf_font="LiberationSans",
    title="Home Safe After Nights: reducing drowsy driving by health staff after night shifts",
    cover=[
        "University of Brantwich, Sleep and Circadian Health Group (lead)",
        "With Brantwich Royal Infirmary NHS Trust, Ledsham and Corve Community Health NHS Trust and Brantwich County Council (Road Safety Partnership)",
        "Entry by the Group's Knowledge Exchange Fellow",
    ],
    primary_entrant=dict(name="University of Brantwich", type="university"),
    partners=[
        dict(name="Brantwich Royal Infirmary NHS Trust", type="nhs_trust"),
        dict(name="Ledsham and Corve Community Health NHS Trust", type="nhs_trust"),
        dict(name="Brantwich County Council", type="local_authority"),
    ],
    sections=[
        ("context", "Why we did this", """
Nurses, doctors, healthcare assistants, porters, radiographers and many others in our two local trusts
work through the night. Most of them drive home in the morning, often on rural roads, at exactly the
time when the body clock is pushing hardest for sleep. After a night shift, a driver may have been
awake for more than 24 hours. Studies have shown that this impairs reaction times as much as drinking
above the legal limit, and that drowsy drivers often do not realise how impaired they are until they
have a 'micro-sleep' lasting a few seconds.

In January 2021 a staff nurse at the community trust's Corve Valley inpatient unit died when her car
left the road on her way home after the fourth of four long night shifts. The coroner asked both trusts
to consider what could be done. Both had wellbeing programmes, but nothing that dealt with the drive
home.

This is a patient safety issue as well as a staff safety issue. The same fatigue that makes the drive
home dangerous affects the last hours of the shift: drug calculations, observations and decisions made
at 5am. A workforce that is routinely exhausted makes more mistakes and leaves sooner.

Our group has studied sleep and shift work for fifteen years, but our research had rarely been put to
work in our own local hospitals. The council's road safety partnership collects data on crashes and
runs campaigns on drink and drug driving, but had never looked at health and care workers. The trusts
had the staff, the rotas and the buildings. None of us could have done this alone.
"""),
        ("evidence", "What we have done", """
Home Safe started in September 2022 at the Royal Infirmary and the community trust's three inpatient
sites. It has five parts: a recovery room at each site, with reclining chairs, blackout blinds and
alarms, where staff can sleep for 20 minutes before driving; a free taxi home, no questions asked, for
anyone who feels too tired to drive, paid for from the trusts' charitable funds; a rostering rule in
both trusts that long night shifts are limited to three in a row unless the person asks for more; a
pocket card with the warning signs of drowsy driving; and a simple way to report near misses on the
drive home through the trusts' own incident systems.

Between September 2022 and August 2024, 1,940 taxi journeys home were booked and the recovery rooms were
used about 6,300 times. The card has been given to 2,850 staff, including bank and agency workers.
Staff have reported 38 near misses on the drive home through the new route, such as drifting across
lanes or waking at a junction with no memory of the last few miles.

In our 2024 survey of night workers, 27% said they had nodded off at the wheel at least once in the
previous year. Our target is that 95% of rotas follow the three-night rule; in the last rota period,
88% did.

We do not yet know whether crashes involving staff have become less common. The road safety
partnership is matching police collision records with staff home postcodes, with consent, and we
expect to report on this in 2025.
"""),
        ("stakeholders", "Who took part", """
<<S:Night nurses, healthcare assistants and resident doctors from both trusts came to four evening
workshops and chose the taxi scheme over the car-share idea we had proposed, because they said nobody
wants to wait for a colleague in the car park at 8am.>> <<S:Estates staff at the Royal Infirmary found
the space for the first recovery room in a disused seminar room and planned the layout with the night
site managers.>>

<<S:Staff side representatives from both trusts negotiated the wording of the three-night rule with
the workforce teams and asked that staff be able to work more nights in a row for family reasons if
they choose, which the rule allows.>> <<S:The council's road safety officers reworked their campaign
materials after night workers told them that pictures of lorry drivers did not speak to them, and the
new posters show a nurse in a hospital car park.>>

<<P:The steering group included a patient safety partner, a retired bus driver who had spent thirty
years on early shifts, and it was he who pushed for the card to be given to bank and agency staff as
well, which it now is.>>
"""),
        ("value", "Value", """
The taxi scheme costs about £48,000 a year and the three recovery rooms cost £21,000 to fit out. The
Department for Transport puts the cost of a single fatal road collision at well over £2 million, and
replacing an experienced nurse costs a trust many thousands of pounds.

Staff tell us that being allowed to say 'I am too tired to drive' without being judged has changed how
they think about the end of a night shift.
"""),
        ("spread", "Spreading the idea", """
The regional NHS workforce team has shared our pack with fourteen trusts and three have opened recovery
rooms. We have published the evaluation protocol so that others can measure the same things. The
council has added health and care workers to its county-wide campaign on tired driving.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1092  handover from theatre to the recovery unit - docx - rubric headings
#        - consultant anaesthetist and human factors lead, precise - acute
#        trust with a university human factors centre - staff and patients
#        involved (patients in passive voice) - SPC shift - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1092", format="docx", layout="rubric_headings", topic="theatre_recovery_handover",
    project="independent69-pauseatthebay-1092", docx_font="Cambria",
    title="Pause at the Bay: a structured handover from the operating theatre to the recovery unit",
    cover=[
        "Lead organisation: Pendlebrook University Hospitals NHS Trust (Theatres, Anaesthesia and Post-Anaesthesia Care)",
        "Partner: University of Ormesby, Centre for Human Factors in Healthcare",
        "Submitted by the Consultant Anaesthetist and Human Factors Lead, with the Recovery Unit Manager",
    ],
    primary_entrant=dict(name="Pendlebrook University Hospitals NHS Trust", type="nhs_trust"),
    partners=[dict(name="University of Ormesby", type="university")],
    sections=[
        ("context", "Why was the partnership needed and what were its patient safety goals?", """
Pendlebrook's main theatre suite has sixteen operating theatres and a 22-bay recovery unit, and around
24,000 patients pass through it each year. The few minutes after a patient is wheeled into recovery
are among the riskiest of the whole operation. The patient is often only partly awake, their airway may
need support, pain is coming back and the effects of the anaesthetic drugs are changing. At that
moment the anaesthetist is often being called to start the next case, the scrub practitioner is
clearing and counting, and the recovery nurse is attaching monitors, giving oxygen and trying to listen
at the same time.

Our incident reviews in 2021 and 2022 kept finding information that was lost in this handover. A
patient who had been given a nerve block in theatre was nearly given a second dose of local anaesthetic
in recovery because the block was not mentioned. Blood loss was under-reported and the patient became
hypotensive on the ward. An antibiotic due for a repeat dose was missed. A patient with a known difficult
airway was handed over without that being said, and when he obstructed in recovery the nurse did not
know to call for senior help at once.

We asked the Centre for Human Factors in Healthcare at the University of Ormesby to look at the handover
with us. Their researchers observed 112 handovers in 2022. They found that in most handovers several
people were talking at once, that the anaesthetist often began speaking while the nurse was still
connecting the monitors, and that there was no agreed order or content. In 44 of the 112, the
anaesthetist left before the recovery nurse had finished setting up.

Our goals were a handover that happens only when everyone can listen, covers the same essential points
every time, and is not finished until the recovery nurse is satisfied.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Pause at the Bay was introduced in March 2023. It has four steps. Hands first: monitors and oxygen are
connected before anyone speaks. Then everyone stops, and the anaesthetist gives the handover using a
card with ten items, followed by the surgeon or scrub practitioner for any surgical points. The recovery
nurse reads back the plan. The anaesthetist does not leave until the nurse says 'happy'.

The human factors team scores each observed handover out of ten for completeness, and the theatre
audit team has continued to score a sample every week. <<Q:On the statistical process control chart of
these scores there has been a sustained shift upwards since March 2023, with the median rising from 6
to 9 of the 10 items.>> <<Q:Incidents in recovery linked to missing or wrong handover information fell
from 29 in the year before Pause at the Bay to 11 in the year after.>>

The researchers observed a further 120 handovers in 2024 and found the hands-first step being followed
in nearly all of them. The card is now printed on the wall of every recovery bay.
"""),
        ("spread", "How have the achievements been applied elsewhere and best practice shared?", """
The day surgery unit, the obstetric theatres and the cardiac catheter laboratory have adopted the same
card, adapted to their patients. The university has built the handover into its human factors course
for operating department practitioners and its master's module for anaesthetists. We presented at the
national anaesthesia meeting in 2024 and have shared the card with six other trusts on request.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The project cost little beyond staff and researcher time; printing the cards cost under £200. A
handover now takes a little under two minutes on average.
Each serious incident avoided saves an investigation and sometimes an unplanned admission to intensive
care.

Recovery nurses say they feel they are treated as equals in the handover. Anaesthetists say they leave
recovery knowing nothing has been missed.
"""),
        ("stakeholders", "Who was involved and how were patients and staff involved?", """
<<S:The card was tested in twenty simulated handovers at the university's simulation suite by recovery
nurses, operating department practitioners and anaesthetic trainees, who cut it down from sixteen items
to ten.>> <<S:Recovery nurses insisted on the rule that the anaesthetist waits for the word 'happy',
saying that in the past they had felt unable to call someone back.>> <<S:Surgeons asked that on
emergency lists they be able to give their points first when they have to go straight to the next case,
and this exception is now on the card.>>

<<P:Patients' accounts of waking up in recovery were gathered by the human factors team in fourteen
interviews, and as a result the handover now ends with the nurse telling the patient, by name, where
they are and that the operation is over.>> <<P:Two members of the trust's patient panel, both of whom
have had several operations, watched filmed handovers and said that staff talked about the patient as
if they were not there, which led to the handover being given at the head of the trolley and starting
with the patient's name.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1093  a shared Freedom to Speak Up guardian service - docx - no headings,
#        long - the guardian writing as 'I', personal - GP federation with
#        a hospice and the LPC - staff involved - NO patient involvement
#        (a negation, groups sent a note, a hope, patients as beneficiaries)
# ---------------------------------------------------------------------------
entry(
    id="I1093", format="docx", layout="no_headings", topic="shared_speak_up_guardian_primary_care",
    project="independent69-someonetotell-1093", docx_font="Georgia",
    title="Someone to Tell: a shared Freedom to Speak Up service for general practice, community pharmacy and a hospice",
    cover=[
        "Kelvedge GP Federation, with St Brannoc's Hospice and Kelvedge Local Pharmaceutical Committee",
        "Written by Lorna Achterberg, Freedom to Speak Up Guardian for the partnership",
    ],
    primary_entrant=dict(name="Kelvedge GP Federation", type="primary_care"),
    partners=[
        dict(name="St Brannoc's Hospice", type="charity"),
        dict(name="Kelvedge Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", None, """
When people ask me what a Freedom to Speak Up guardian does, I usually say that I am someone to tell.
Every NHS trust has had guardians since 2016: people outside the usual line of management whom staff
can go to when they are worried about something and do not feel able to raise it, or have raised it
and been ignored. What most people do not realise is that the role was built for large organisations.
If you work in a GP practice with fourteen staff, a community pharmacy with four, or a small hospice,
there is usually nobody to tell who is not your employer, your employer's husband or your employer's
oldest friend.

I was a practice manager for eleven years before I took this job, and I know how that feels. In a
small organisation the person you need to raise a concern about is very often the person who signs
your timesheet. Staff worry, with good reason, that they will be identified the moment they speak.
Many of them work part time on modest pay and cannot afford to fall out with the only employer in
their village.

Three cases in 2021 made the federation's board take this seriously. In the first, a healthcare
assistant noticed over several months that the vaccine fridge in her practice regularly went out of
range overnight and that the readings were being rewritten the next morning. She told nobody until she
left the job, and several hundred patients had to be recalled and vaccinated again. In the second, a
pharmacy dispenser was regularly asked to hand out bagged prescriptions before the pharmacist had
arrived and before anyone had checked them. One of those bags held the wrong strength of a blood
thinner. In the third, a nurse at the hospice felt unable to tell anyone that a colleague was often
asleep on night shifts, because the colleague was a close friend of the ward manager.

In each case the person had tried to say something in their own way, and had either been brushed off
or been too frightened to go further. None of them knew that there was anywhere else to go. The
national guardian's office had already pointed out that people working in primary care were almost
absent from speaking up data, not because they had nothing to say but because there was nobody to
say it to.

The federation covers 31 GP practices. The LPC represents 44 community pharmacies across the same
area, and St Brannoc's Hospice has about 160 staff and a similar number of volunteers. On our own none
of us could afford a guardian, and a guardian employed by one practice would hardly be independent of
it. Together we could fund two part-time guardian posts, hosted by the federation but answerable to a
joint steering group and independent of every employer we cover.
"""),
        ("evidence", None, """
The service started in April 2022. There are two of us, each working three days a week. Any member of
staff or volunteer in a member practice, a pharmacy or the hospice can contact us by text, by phone or
in person at one of our drop-in times. We listen, help the person decide what they want to happen and,
where they agree, take the concern to the right person, whether that is the practice's senior partner,
the pharmacy owner, the hospice's director of care or, where needed, the integrated care board or a
regulator. We follow every concern until it is closed and we tell the person what happened. Every
organisation has at least one speak up champion, and 86 champions have been trained so far.

<<Q:In the year before the service started, the federation's practices recorded six concerns raised by
staff about patient safety through any route; in 2023/24 the guardians received 94 concerns, 58 of
them about patient safety.>> <<Q:In the partnership's annual staff pulse survey, the share of staff who
said they would feel safe raising a concern about patient safety at work went from 43% in 2022 to 71%
in 2024.>>

The concerns have led to real changes. Two pharmacies no longer hand out bags that have not been
checked. One practice now has a second person reviewing fridge temperature records every week, and
another changed how it supervises a locum whose prescribing worried the practice nurses. The hospice
changed its night rota so that nobody works a run of nights alone with the same colleague for more
than a month. Three people have told us that they were treated badly after speaking up, and we took up
each of those cases with the employer.

A typical concern starts with a text late in the evening. In one case last year a practice receptionist
told us that abnormal blood test results were sometimes left unread for more than a week when one of
the partners was on leave, because his results went to his own inbox and nobody else looked at it. She
had mentioned it to the practice manager, who was his wife. We met her in a café in the next town,
agreed with her what she wanted to happen and, with her permission, raised it with the other partners
without saying who had told us. Within a fortnight the practice had set up a buddy system for results,
and the partners wrote to thank whoever had raised it. She still works there.

Not every concern ends so well. Some owners and partners are defensive, and a few have tried to find
out who spoke up. We have learned to be patient, to put things in writing and, when we have to, to
tell the integrated care board or the regulator. We have done that four times in two and a half years,
each time with the agreement of the person who came to us.
"""),
        ("stakeholders", None, """
<<S:Before we started, receptionists, practice nurses, pharmacy dispensers and hospice healthcare
assistants came to three listening evenings, and it was they who asked for a text number rather than an
email address, because many of them have no work email they would trust with something like this.>>
<<S:Champions from the pharmacies told us after the first six months that owners were guessing who had
raised concerns from the details in our feedback, so we now wait until we have at least three concerns
from a small organisation before we share any themes with it.>> <<S:The hospice's night staff asked for
a drop-in at 7am, at the end of their shift, and helped us set it up in the family room.>>
<<S:Practice managers on the steering group rewrote our first feedback report to organisations because
they said it read like an inspection.>>

Patients were not part of designing the service, which is about the people who work in these
organisations. Every practice's patient participation group was sent a short note explaining what the
guardians do. We hope to ask the patient groups next year whether they would like to hear about the
themes we see. In the end the people who gain most when staff speak up are patients, even if they
never know that it happened.
"""),
        ("value", None, """
The two posts cost about £68,000 a year, shared between the federation, the hospice and the LPC in
proportion to their staff numbers. For a practice of fifteen staff that works out at less than £300 a
year. The vaccine fridge case alone, with its recall, repeat vaccinations and weeks of extra work for
the practice, cost more than a year of the service.

There are costs we cannot put a figure on. A receptionist who sees something wrong and says nothing
because there is nobody to tell is a risk that never shows up in a budget until something goes badly
wrong. Small organisations have fewer checks built in than large ones: there is often no second
pharmacist, no clinical governance team and no patient safety department. A member of staff who feels
able to speak up is, in a small practice or pharmacy, sometimes the only safety net there is.

People who contact us often tell us they were close to leaving. Some still leave, but they leave
having been heard, and the problem they saw does not leave with them.
"""),
        ("spread", None, """
The integrated care board has asked us to extend the service to dental practices and optometrists in
the area from 2025. Two other GP federations have copied our hosting agreement, and the national
guardian's office has used our model as an example in its guidance on speaking up in primary care. I
have also spoken at two regional events for practice managers, which is where, to be honest, most of
the questions came from people who wished they had had someone to tell.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1094  reporting what goes right in end of life care - pdf - CAPS headings
#        - hospice director of clinical services, warm - hospice with the
#        community trust and the acute trust - families, a user forum and
#        staff involved - NO quantitative evidence in the evidence section
#        (report counts, sessions, a single survey figure); a measured change
#        in sickness absence told only in the value section
# ---------------------------------------------------------------------------
entry(
    id="I1094", format="pdf", layout="caps_headings", topic="learning_from_excellence_end_of_life",
    project="independent69-somethinggood-1094", pdf_font="DejaVuSans", pdf_align="L",
    title="SOMETHING GOOD: learning from what goes right in end of life care across the hospice, community and hospital",
    cover=[
        "LEAD: Sandfield Hospice (registered charity)",
        "PARTNERS: Ravensgarth Community Health NHS Trust (District Nursing); Ravensgarth Hospitals NHS Trust (Specialist Palliative Care Team and adult wards)",
        "CONTACT: Director of Clinical Services, Sandfield Hospice",
    ],
    primary_entrant=dict(name="Sandfield Hospice", type="charity"),
    partners=[
        dict(name="Ravensgarth Community Health NHS Trust", type="nhs_trust"),
        dict(name="Ravensgarth Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "WHY WE DID THIS", """
Most people who die in Ravensgarth are cared for by at least two of our three organisations in their
last weeks, and many by all three: the hospital wards and palliative care team, the district nurses at
home, and the hospice's inpatient unit and community team. When care moves between us, things can go
wrong. A syringe driver is not set up on the day someone goes home. Anticipatory medicines are not in
the house. A person's wish to die at home is not passed on.

Our incident systems were full of these stories, and they were almost always reports by one
organisation about another. They were needed, and they led to changes. But they also meant that staff
in each organisation mostly heard about the others at their worst. District nurses felt the hospital
sent people home without thinking. Ward nurses felt the hospice judged them. After the pandemic, morale
in all three places was low, and relationships between teams had become guarded.

We were also struck by how little we learned from the many times things went well. For every
discharge that went wrong there were dozens where a ward nurse, a district nurse and a hospice
pharmacist had quietly made everything work for someone at two days' notice. Nobody wrote those down
and nobody asked how they had done it. The idea of learning from excellence, which started in
intensive care and has spread across the NHS, suggested a different way: report what goes right, tell
the people involved, and study those reports as seriously as incidents.
"""),
        ("evidence", "WHAT WE HAVE DONE AND ACHIEVED", """
Since May 2022 anyone working in any of the three organisations can complete a one-page 'Something
Good' report about anyone else, in their own team or in another organisation. The report goes to the
person named and to their manager within a week. Every two months a joint learning session, run by the
hospice's education team, takes three or four reports and asks in detail
what made things go well and whether it could be done the same way every time.

Up to the end of 2024, 1,486 Something Good reports were made, and 412 of them were about someone in
another organisation. We have held 19 joint learning sessions.

Several practical changes have come from the sessions. A ward sister's habit of phoning the district
nurses the day before a dying patient goes home is now part of the hospital's discharge checklist for
people at the end of life. A joint first visit by a district nurse and a hospice nurse is offered to
everyone who goes home with a syringe driver. The hospital pharmacy now sends anticipatory medicines
home with the patient rather than relying on a community pharmacy to find them.

In our 2024 staff survey, 88% of those who had received a report said it made them more likely to
share their ideas with other teams.
"""),
        ("stakeholders", "WHO TOOK PART", """
<<S:A design group of hospice nurses, district nurses, ward sisters and a hospital porter chose the
questions on the report form, and the porter argued successfully that it should take no more than two
minutes to fill in on a phone.>> <<S:District nurses asked for reports about them to go to their team
leader as well as to them, because they said praise that nobody else sees does not help a career, and
that is now how it works.>>

<<P:A bereaved daughter suggested at the hospice's family forum that families should be able to make
reports too, and since then the form has been on the hospice website and in the bereavement pack.>>
<<P:The hospice's user forum, people living with a terminal illness who advise us on our services, read
the first version and asked us to avoid the word 'excellence', which they felt sounded like a corporate
award, and that is how the scheme got its name.>>
"""),
        ("value", "VALUE", """
The scheme runs on a free online form and about one day a month of staff time across the three
organisations. The joint learning sessions are counted as protected learning time.

<<Q:Sickness absence among nurses and healthcare assistants on the hospice's inpatient unit fell from
6.8% in 2021/22 to 4.1% in 2023/24, and we believe the scheme played a part.>> Staff tell us that being
thanked by someone from another organisation matters more than being thanked by their own manager,
because it means the other team noticed.
"""),
        ("spread", "SHARING IT", """
Two other hospices in the region have adopted the form with their local trusts, and the integrated care
board's end of life care programme has included Something Good in its plan for 2025. We have presented
the work at the national learning from excellence conference and to the regional palliative care
network.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1095  a fatigue score built into nurse rostering - pdf - bullet lists -
#        PRIVATE rostering software company as primary entrant, with two
#        trusts (ineligible) - head of clinical partnerships, upbeat - a
#        patient safety partner involved - NO staff involvement (managers
#        trained, nurses told, a survey that changed nothing, a named lead,
#        a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1095", format="pdf", layout="bullet_lists", topic="rostering_fatigue_risk_score",
    project="independent69-fatigueguard-1095", pdf_font="LiberationSans", pdf_align="L",
    title="FatigueGuard: building a fatigue risk score into nurse rostering",
    cover=[
        "Submitted by ShiftWise Analytics Ltd",
        "With Grendon Vale Hospitals NHS Trust and Grendon Vale Community NHS Trust",
        "Contact: Head of Clinical Partnerships, ShiftWise Analytics Ltd",
    ],
    primary_entrant=dict(name="ShiftWise Analytics Ltd", type="private"),
    partners=[
        dict(name="Grendon Vale Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Grendon Vale Community NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The challenge", """
ShiftWise provides the electronic rostering system used by both Grendon Vale trusts for their nursing
and healthcare assistant workforce, about 3,900 people on 41 wards and units.

What we found in 2022:

- most ward staff work 12.5-hour long days and nights, and rotas are built by ward managers in our system

- the system checked budgets, skill mix and annual leave, but not fatigue

- bank shifts were booked in a separate module, so nobody could see that a nurse had worked three long days on contract and then a bank night on her day off

- a review by Grendon Vale Hospitals found that quick returns (fewer than 11 hours between shifts), runs of four or more nights and bank shifts on rest days were common

- two serious medication incidents in 2022 happened at the end of a fourth night in a row

- fatigue is known to affect attention, memory and decision-making in ways that people do not notice in themselves

What FatigueGuard does, since October 2023:

- every planned shift is given a fatigue score based on a published model of sleep and circadian rhythm, using the whole pattern of the person's contracted and bank shifts

- a red or amber flag appears on the roster as soon as a shift would push someone over the limit

- ward managers must record a reason if they override a red flag

- matrons receive a monthly report of their wards' fatigue scores
"""),
        ("evidence", "Results", """
We compared the six months before go-live with the six months after, on the 27 wards that were live
for the whole period.

- <<Q:shifts worked with fewer than 11 hours' rest since the previous shift fell from 4,210 to 1,130>>

- <<Q:runs of four or more consecutive night shifts went down from 612 to 88>>

- <<Q:medication administration incidents reported between 3am and 7am fell from 131 to 84>>

- the fatigue alert was shown 9,400 times and overridden 1,210 times, most often to cover sickness

- six more wards are due to go live in 2025
"""),
        ("stakeholders", "Working with our partners", """
- all 27 ward managers, the matrons and both trusts' rostering teams were trained to use the fatigue score before go-live

- nurses and healthcare assistants were told about the new rules in the trusts' staff bulletins and on posters in staff rooms

- we sent a short survey to bank staff after three months; most were happy with the changes, so nothing was altered

- the Head of Workforce Systems at Grendon Vale Hospitals signed off each stage of the rollout

- <<P:a patient safety partner at Grendon Vale Hospitals, who was harmed by a medicines error on a night shift some years ago, reviewed the fatigue rules with us and asked that bank and agency shifts count towards each person's score, which we built in before go-live>>

- we plan to set up a user group of ward nurses in 2025
"""),
        ("value", "Value", """
- FatigueGuard is included in the trusts' existing rostering licence at no extra charge

- fewer quick returns and long runs of nights mean less sickness and less reliance on agency staff

- each medication incident avoided saves staff time, investigation and, sometimes, harm to a patient
"""),
        ("spread", "Spread", """
- FatigueGuard is now available to all 40 NHS organisations that use our rostering system, and nine have switched it on

- we have shared the fatigue model's settings with the national e-rostering user network
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1096  civility and challenge in the operating theatres - pdf (via Word) -
#        style headings - associate director of nursing, measured -
#        departments of ONE trust described as a joint project, no partner
#        organisation (ineligible; 'University' only in the trust's name) -
#        staff involved - NO patient involvement (patients told, a leaflet,
#        a team informed, a plan) - 'roughly halved'
# ---------------------------------------------------------------------------
entry(
    id="I1096", format="pdf", layout="style_headings", topic="operating_theatre_civility",
    project="independent69-civiltheatre-1096", render_via="soffice", docx_font="Liberation Serif",
    title="Civil Theatre: speaking up and speaking kindly in our operating theatres",
    cover=[
        "Abbotsmere University Hospitals NHS Foundation Trust",
        "A joint project of the Theatres and Anaesthetics Directorate, the Division of Surgery, Organisational Development and the Patient Safety Team",
        "Lead author: Associate Director of Nursing, Theatres",
    ],
    primary_entrant=dict(name="Abbotsmere University Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Background", """
Abbotsmere has 28 operating theatres on two sites and about 1,100 staff working in them: surgeons,
anaesthetists, scrub practitioners, operating department practitioners, anaesthetic and recovery
nurses, healthcare assistants, porters and administrators. Theatres are places of strong hierarchy and
high pressure, and for many years the annual staff survey and exit interviews had shown that rude
and belittling behaviour was common and rarely challenged.

In 2022 we had a never event: a swab was left inside a patient after an abdominal operation. The
scrub practitioner had said the count was wrong, but the surgeon told her, sharply and in front of the
team, that she must have miscounted, and the wound was closed. The patient needed a second operation.
The investigation found that the scrub practitioner had raised the count once and then felt unable to
raise it again. In the same year a wrong-side nerve block was narrowly avoided when an anaesthetic
nurse noticed the mark on the wrong leg but waited several seconds before saying so, because the
anaesthetist had snapped at her earlier in the list.

These were not isolated. Our patient safety team reviewed two years of theatre incidents and found
that in a significant number someone had noticed a problem and not spoken up, or had spoken up and not
been heard. The common thread was not a lack of knowledge or skill but how people in the room treated
each other.
"""),
        ("evidence", "Results", """
Civil Theatre began in January 2023 and has four parts. Our Theatre Code sets out six behaviours that
every staff group signed up to, from introducing yourself by name to thanking people at the end of a
list. A graded response means that any report of rude or belittling behaviour leads to an informal,
private 'coffee conversation' with a trained peer messenger within 72 hours, with a formal process only
if the behaviour is repeated. The phrase 'I need us to pause' can be used by anyone in the room and
means everyone stops and listens. The team brief now includes everyone's name and role and the words
'if you see something, say so'.

We have trained 35 peer messengers from all staff groups, and 63 coffee conversations have taken place,
of which four went on to a formal process.

<<Q:Reports of rude or belittling behaviour in theatres made through the trust's professional
behaviour route roughly halved between 2022/23 and 2024/25.>> <<Q:In our theatre safety climate survey,
the share of staff who agreed that they could challenge a senior colleague about safety went from 52%
in 2022 to 78% in 2024.>> The number of incidents reported from theatres has stayed about the same,
which we take as a sign that people have not stopped reporting.
"""),
        ("stakeholders", "How staff and patients were involved", """
<<S:The Theatre Code was written by a group of scrub practitioners, operating department
practitioners, recovery nurses, anaesthetists and surgeons over five lunchtime sessions, and the six
behaviours are the ones they voted for.>> <<S:Scrub practitioners asked for the pause phrase to be
short and neutral, rather than the 'stop the line' wording we first proposed, because they said a
junior member of staff would never say that to a consultant.>> <<S:Senior surgeons and anaesthetists
who had themselves received a coffee conversation helped us rewrite the messenger script so that it
describes the behaviour and its effect without judging the person.>>

Patients are told at the start of the safety checklist who is in the room, and a leaflet about the
checklist is given out at pre-operative assessment. The trust's patient experience team was informed
about the Theatre Code when it was launched. We plan to ask our patient safety partners to help us
review the code in 2025. Patients benefit most of all from teams in which people speak up.
"""),
        ("value", "Value", """
The project used existing staff time. Training the peer messengers cost about £6,000 for an external
facilitator. A retained swab or wrong-side procedure costs the trust a great deal in investigation,
further treatment and compensation, and costs the patient far more. Theatre staff turnover has been a
long-standing problem, and people who feel respected are more likely to stay.
"""),
        ("spread", "Spread", """
The maternity unit and the cardiac catheter laboratory have adopted the Theatre Code and the pause
phrase, and the emergency department is considering it. We have presented at the regional theatres
managers' network and the trust's annual patient safety conference.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1097  a line for patients and families worried that someone is getting
#        worse - docx - numbered questions with cover bullets - patients'
#        association chair, plain and heartfelt - patients' association
#        with the acute trust and the community trust - relatives, members
#        and a trustee involved - NO staff involvement (staff briefed, a team
#        doing its usual work, e-learning, a named champion, a survey that
#        changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1097", format="docx", layout="numbered_questions", topic="family_activated_escalation_line",
    project="independent69-youknowthembest-1097", docx_font="Arial",
    title="You Know Them Best: a phone line for patients and families who are worried someone is getting worse",
    cover=[
        "Entrant: Hexley Patients' Association",
        "Entry prepared by our Chair, with our volunteer coordinator",
    ],
    cover_bullets=[
        "Partner: Hexley and Dunmore Hospitals NHS Trust (Critical Care Outreach Team and ten adult wards at Hexley General Hospital)",
        "Partner: Dunmore Community Health NHS Trust (Dunmore Community Hospital)",
    ],
    primary_entrant=dict(name="Hexley Patients' Association", type="patient_group"),
    partners=[
        dict(name="Hexley and Dunmore Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Dunmore Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "1. What was the problem, and why was a partnership needed?", """
Hexley Patients' Association is a small charity run almost entirely by volunteers. We have about 900
members, most of them people who use the local hospitals a great deal or look after someone who does.
For years the hardest stories our members brought to us had the same ending: "I knew something was
wrong, and nobody listened."

A wife told the nurses on a Saturday evening that her husband was 'not himself' and was told he was
tired after his operation. He died of sepsis on the Monday. A son said that his mother, who has
dementia, was never usually this sleepy, and was told that confusion was normal for her. By the time a
doctor saw her she had a serious infection and a very low blood pressure. A young woman rang the ward
from home three times to say that her father sounded breathless on the phone. Each time she was told
he was comfortable.

Families often notice that someone is getting worse before anyone else does, because they know what
that person is normally like. But on a busy ward they do not know who to tell apart from the nurse who
is already rushing, and many are afraid of being seen as a nuisance. The hospital had a critical care
outreach team that reviews patients who are deteriorating on the wards, but only staff could call it.
At Dunmore Community Hospital, which has 48 beds and no doctor on site at night, the only route was
through the nurse in charge to the out-of-hours GP service.

Nationally there has been a growing call for patients and families to have the right to ask for an
urgent review. We could bring the trust and the voices of families, and the two trusts had the
clinical teams. The line needed both.
"""),
        ("evidence", "2. What difference has it made?", """
Since November 2022 every bed on ten adult wards at Hexley General and all 48 beds at Dunmore Community
Hospital has a card and a poster giving a single number to call. At Hexley the call goes straight to
the critical care outreach team, who come to the bedside within 30 minutes. At Dunmore it goes to the
nurse in charge, who can call the hospital's on-call medical registrar directly. Whoever answers tells
the caller what will happen next, and the outcome is written in the patient's notes.

The line has taken 412 calls, 248 of them from relatives and 164 from patients themselves. In 61 cases
the call led to a change in treatment, and 19 patients were moved to a higher level of care.

<<Q:The trust's reviews found 14 cases in the eighteen months before the line in which a relative had
raised a worry about deterioration that was not acted on before the patient was moved to intensive care
or died; in the eighteen months since, there have been 3.>> <<Q:Unplanned admissions to intensive care
from the ten wards fell from 96 in 2022 to 71 in 2024.>>
"""),
        ("stakeholders", "3. Who was involved, and how?", """
<<P:Nine relatives whose family members had died or been seriously harmed after their worries were
brushed aside met with us over the winter of 2021 and wrote the wording of the card and the poster,
including the name, which came from one of them saying that the nurses were kind but did not know her
husband the way she did.>> <<P:Our members tested the line before it went live by ringing it from
different wards at different times of day, and because several of them could not read the small print
on the first poster, it was redesigned in large type with the number on a line of its own.>>
<<P:Samir Bhatti, a young man with a learning disability who is one of our trustees, recorded an easy
read version of the card and asked for it to be shown on the bedside television screens, which the
trust arranged.>>

Ward staff were briefed about the line at their safety huddles before it went live. The critical care
outreach team answers the calls as part of its usual work. Nurses on the ten wards completed a short
e-learning module on responding to worried relatives. The trust's Deputy Chief Nurse, Ms Hannah Rook,
championed the scheme at board level. We asked the ward sisters in a short survey whether the posters
were clear, and most said they were, so they were not changed. We would like to hold joint sessions
with ward staff and families next year.
"""),
        ("value", "4. Is it good value, and what has it meant for people?", """
The cards and posters cost £2,300, which we paid for from a community grant. The outreach team takes on
average two calls a day from the line, which it has absorbed. An admission to intensive care costs
several thousand pounds a day, and the cost of a death that could have been prevented cannot be
counted.

The daughter who rang three times told us that she still thinks about what might have happened if the
line had existed then. Families who have used it say the most important thing was being taken
seriously. One man wrote: "They came within twenty minutes, and they asked me what was different about
her. Nobody had asked me that before."
"""),
        ("spread", "5. Has the work been shared?", """
Dunmore Community Health NHS Trust has extended the line to its second community hospital. The acute
trust is using what it learned from the ten wards to roll out the national approach to patient and
family-requested reviews across the whole hospital. We have shared our card, poster and easy read
version with patients' associations in three other areas.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1098  joint bedside handover for people waiting in the emergency
#        department for a mental health bed - pdf - form with a cover table -
#        liaison clinical nurse lead, practical - mental health trust with
#        the acute trust and the police - NO stakeholders section: people
#        with lived experience and staff involvement told in the context and
#        evidence sections
# ---------------------------------------------------------------------------
entry(
    id="I1098", format="pdf", layout="form_table", topic="ed_mental_health_waits_joint_handover",
    project="independent69-oneplan-1098", pdf_font="LiberationSans",
    title="One Plan, One Handover: people waiting in the emergency department for a mental health bed",
    cover_table=[
        ("Entry title", "One Plan, One Handover: people waiting in the emergency department for a mental health bed"),
        ("Lead organisation", "Linmouth and Ashby Mental Health NHS Foundation Trust (Liaison Psychiatry Service)"),
        ("Partner organisations", "Linmouth Royal Hospital NHS Trust (Emergency Department); Linmouth and Ashby Police"),
        ("Entrant", "Clinical Nurse Lead, Liaison Psychiatry"),
    ],
    primary_entrant=dict(name="Linmouth and Ashby Mental Health NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Linmouth Royal Hospital NHS Trust", type="nhs_trust"),
        dict(name="Linmouth and Ashby Police", type="emergency_service"),
    ],
    sections=[
        ("context", "Why was the partnership needed? What were the safety goals?", """
People in a mental health crisis who need admission to a mental health ward often wait in the emergency
department at Linmouth Royal for a bed to be found. In 2022 the median wait for these patients was 19
hours, and some waited more than three days. They wait in a cubicle or a side room designed for a few
hours, not a few days, in a noisy and brightly lit department, often without their own clothes or a
phone charger.

During that wait it was often unclear who was responsible for them. Emergency department nurses assumed
the liaison psychiatry team was managing the mental health risk. Liaison practitioners assumed the
department was carrying out the observations they had recommended. The emergency department changed
shift at 7.30am and 7.30pm and our liaison team at 9am and 9pm, so there were two handovers at different
times, in different places, recorded in two systems that could not see each other. Observation levels
set by liaison were not always known to the healthcare assistant sitting with the patient.

In 2022 a young woman who had waited 40 hours tied a ligature in the department's toilet and was found
by a security officer. The same year a man on close observations walked out of the department at night;
the police were told nearly two hours later and were given no description of him. He was found safe the
next morning.

<<P:Three people who had waited in the department for a mental health bed, recruited through the mental
health trust's lived experience network, met the project group and described what those hours had been
like, and their account of being asked the same questions by five different people is the reason the
new plan has one shared page that everyone reads.>>

Our goals were one plan, owned by both teams, handed over once, at the bedside, with the person, twice a
day.
"""),
        ("evidence", "What evidence is there of improvement as a direct result of the partnership?", """
Since February 2023 there has been a joint bedside handover at 8am and 8pm for every person waiting for
a mental health bed, attended by the emergency department nurse responsible for them, a liaison
practitioner and whoever is carrying out the observations. There is one 'Waiting Safely' plan on the
emergency department's electronic record, which liaison staff can now see and edit, covering the
observation level, the main risks, what helps the person and what to do if they leave. If someone
leaves, the department calls the police at once using an agreed set of details.

<<S:The handover was designed by emergency department nurses, liaison practitioners and two of the
hospital's security officers over four sessions, and it was the security officers who asked to be
included in it, because they were often the ones sitting with the patient.>> <<S:Liaison practitioners
agreed to move their shift change to 8am and 8pm to match the department's, after the emergency nurses
pointed out that most incidents happened in the gap between the two handovers.>> <<S:Officers from the
force's mental health team agreed the missing person steps with the liaison team and asked for the plan
to record a description of the person's clothing, which had been missing from most of the reports they
received.>> <<P:The lived experience volunteers also read the draft plan and asked for a question about
what helps the person feel calmer to sit near the top, where it now is.>>

<<Q:Incidents of self-harm by people waiting in the department for a mental health bed fell from 23 in
2022 to 9 in 2024.>> <<Q:People who left the department before their mental health plan was complete
went from 64 in 2022 to 27 in 2024.>> <<Q:In spot checks, the observation level recorded on the
emergency department record matched the liaison plan in 41% of cases before the change and in 94%
after.>>

Median waits for a mental health bed have not changed, and we are working with the bed management team
on that separately.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The change cost nothing except staff time: two extra ten-minute handovers a day and a new template on
the existing record. Each incident of serious self-harm in the department leads to injury, a longer
stay and an investigation, and each person who leaves while at risk can mean a police search.

Emergency nurses say they no longer feel they are holding a risk they do not understand. People who
have waited since the change tell us that they knew who was looking after them.
"""),
        ("spread", "How has the work been shared and applied elsewhere?", """
The mental health trust has introduced the same joint handover with the emergency department at Ashby
District Hospital. The police have adopted the agreed set of details for all reports of people missing
from health settings in the force area. We presented at the regional urgent and emergency care mental
health network in 2024.
"""),
    ],
    flags=[dict(code="missing_section", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1099  anaphylaxis drills for community pharmacy vaccination services -
#        docx - form with a cover table - LPC chief officer, brisk - LPC
#        with the ambulance service and a university school of pharmacy -
#        a patient and an allergy support group involved - NO staff
#        involvement (staff took part in drills, a single lead wrote the
#        pack, a tutor ran the drills, a feedback form that changed nothing,
#        control room told, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1099", format="docx", layout="form_table", topic="community_pharmacy_anaphylaxis_drills",
    project="independent69-readyintwo-1099", docx_font="Calibri",
    title="Ready in Two Minutes: anaphylaxis drills for community pharmacy vaccination services",
    cover_table=[
        ("Entry title", "Ready in Two Minutes: anaphylaxis drills for community pharmacy vaccination services"),
        ("Lead organisation", "Corrowdale Local Pharmaceutical Committee"),
        ("Partner organisations", "Three Rivers Ambulance Service NHS Trust; University of Corrowdale (School of Pharmacy)"),
        ("Name and role", "Chief Officer, Corrowdale LPC"),
    ],
    primary_entrant=dict(name="Corrowdale Local Pharmaceutical Committee", type="primary_care"),
    partners=[
        dict(name="Three Rivers Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="University of Corrowdale", type="university"),
    ],
    sections=[
        ("context", "Describe the problem and why a partnership was needed", """
Community pharmacies in Corrowdale give around 140,000 vaccinations a year, mostly flu and COVID-19
vaccines in the autumn, with travel, shingles and pneumococcal vaccines through the year. Anaphylaxis
after a vaccine is rare, a handful of cases in every million doses, which means that most pharmacists
will never see one. Skills that are never used fade. In many pharmacies the only other person on duty
is a counter assistant, and the adrenaline is kept in a locked cupboard in the dispensary.

In 2021 a woman collapsed in a consultation room a few minutes after a booster vaccine. The pharmacist
took several minutes to find the adrenaline, and the counter assistant who rang 999 could not give the
pharmacy's postcode. The woman recovered, but the LPC's review of reports from other pharmacies found
similar stories: adrenaline out of date or in the wrong place, no one sure who should call for help,
and calls to 999 that did not say clearly that this was anaphylaxis.

Pharmacists complete online training every year, but online training does not show you where your own
adrenaline is or how long it takes to reach it. We needed people who could run realistic drills, and
an ambulance service that would know what a call from a pharmacy meant. The School of Pharmacy has a
simulation team and final-year students who need placement experience. The ambulance service agreed
that a call from a pharmacy using agreed words would be treated as a life-threatening emergency.
"""),
        ("evidence", "What has improved, and how do you know?", """
Since April 2022 each vaccinating pharmacy has received an unannounced ten-minute drill once a year,
carried out by the School of Pharmacy's simulation tutor with two final-year students, one of whom
plays the patient. Each pharmacy has a 'Ready in Two Minutes' pack: a grab bag with adrenaline kept by
the consultation room door, a card by the phone with the pharmacy's address, postcode and the words to
say to 999, and a card setting out what the second person in the pharmacy does.

There have been three rounds of drills in 131 pharmacies, and 142 pharmacists and 96 other pharmacy
staff have taken part.

<<Q:In the first round of drills in 2022 the average time from the 'patient' collapsing to the first
dose of adrenaline was 3 minutes 50 seconds; in the third round in 2024 it was 1 minute 35 seconds.>>
<<Q:Pharmacies with in-date adrenaline in the right place at the unannounced check went from 61% in the
first round to 97% in the third.>>

Pharmacies have reported eleven real anaphylaxis events since 2022, and in every one the patient had
adrenaline before the ambulance arrived.
"""),
        ("stakeholders", "How were patients, service users and staff involved?", """
<<P:A woman who had an anaphylactic reaction after a vaccination at a pharmacy in 2021 told us what she
remembered of those minutes, and at her suggestion the drill now includes a second person whose only
job is to stay with the patient and tell them what is happening.>> <<P:Members of the Corrowdale Allergy
Support Group went through the pharmacies' pre-vaccination questions and suggested asking about
reactions to any injection, not just to vaccines, which was added.>>

Pharmacists and pharmacy staff took part in the drills as part of their annual training. I wrote the
drill pack, and the drills are run by the School of Pharmacy's simulation tutor. After each drill the
pharmacist was sent a feedback form; the comments were positive, so the pack has not changed.
Ambulance control room staff were told about the pharmacy 999 card. We would like pharmacy teams to
help write new scenarios in 2025.
"""),
        ("value", "Impact on experience and value for money", """
Each pack costs about £35, paid for by the LPC. The drills cost nothing extra, because they are part of
the students' placement learning and the tutor's teaching time. A death from anaphylaxis in a pharmacy
would be a tragedy for the family and for the pharmacy team, and would shake public confidence in
pharmacy vaccination services.

Pharmacists say the drill is the one piece of training they remember.
"""),
        ("spread", "How has the work been shared?", """
Two neighbouring LPCs have started drills with their local universities using our pack. The ambulance
service has offered the same agreed wording to dental practices and optometrists that keep adrenaline.
We have shared the pack with the national body for community pharmacy.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1100  long days, split shifts and unpaid travel for home care workers -
#        docx - results first (reordered) - council commissioning manager,
#        direct - council with the community trust and a home care
#        providers' association - care workers, rota coordinators, district
#        nurses and 'people who draw on care and support' involved - 'about
#        a third' - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1100", format="docx", layout="reordered", topic="home_care_worker_fatigue_rotas",
    project="independent69-fairrotas-1100", docx_font="Calibri",
    title="Fair Rotas, Safer Visits: tackling fatigue among home care workers",
    cover=[
        "Lead: Elmstead Metropolitan Borough Council, Adult Social Care Commissioning",
        "Partners: Elmstead Community Healthcare NHS Trust (District Nursing and Medicines Support Team); Elmstead Home Care Providers' Association",
        "Author: Commissioning Manager, Home Support",
    ],
    primary_entrant=dict(name="Elmstead Metropolitan Borough Council", type="local_authority"),
    partners=[
        dict(name="Elmstead Community Healthcare NHS Trust", type="nhs_trust"),
        dict(name="Elmstead Home Care Providers' Association", type="charity"),
    ],
    sections=[
        ("evidence", "What has changed", """
Our new home care contracts started in April 2023. Since then every agency we commission pays care
workers for their travel time, offers guaranteed hours to anyone who wants them and follows three rota
rules: no working day longer than 12 hours from first visit to last, no unpaid gap longer than two
hours, and no time-critical medicine visit placed after the tenth hour of a care worker's day. The
agencies send us their rotas every month and we check them.

<<Q:Time-critical medicine visits that were missed or more than 30 minutes late fell by about a third
between 2022/23 and 2024/25, according to the agencies' electronic call monitoring.>> <<Q:Medication
errors reported by the 14 agencies on visits made after 8pm went down from 212 to 129 over the same
period.>> <<Q:The share of care workers' days lasting more than 12 hours from first visit to last went
from 19% to 6%.>> <<Q:Turnover of care workers in the contracted agencies dropped from 41% a year to
29%.>>

The council now spends about £1.4 million a year more on home care, mostly on paid travel time.
"""),
        ("context", "Why we started", """
Elmstead council buys around 22,000 hours of home care a week from 14 agencies, for about 2,400 people.
Until 2023, like many councils, we paid by the minute of care delivered. Travel between visits was
unpaid, so agencies built rotas with visits packed as tightly as possible and care workers were paid
only for the time inside people's homes. Many worked split shifts, starting at 7am, going home unpaid
in the middle of the day and finishing at 10pm or later. Some were working more than 70 hours a week
to earn a living wage.

Tired people make mistakes, and home care workers work alone. In 2022 a care worker at the end of a
15-hour day gave a man his evening medicines twice, because she could not remember whether she had
already done it. He fell that night and was admitted with a low blood pressure and a head injury. Two
months later another care worker fell asleep at the wheel between visits and crashed; she was not
badly hurt, but the people waiting for her that evening had no visit at all. District nurses were
increasingly finding that medicines for Parkinson's disease, diabetes and epilepsy, which must be
given on time, were being given hours late because the evening run was overloaded.

None of us could fix this alone. The council sets the contracts and the price. The agencies, through
their association, control the rotas. The community trust's district nurses and medicines support team
know which medicines cannot wait.
"""),
        ("stakeholders", "Who shaped it", """
<<S:Care workers from eight agencies met us on four evenings, with paid time and food, and told us that
the unpaid gap in the middle of the day was worse than the long hours, because it made the day longer
still; the two-hour limit on gaps came from them.>> <<S:Rota coordinators in the agencies tested the
new rules on real rotas for a month before the contracts were signed and showed us that a ten-hour limit
would leave evening visits uncovered, which is why the limit is twelve hours.>> <<S:District nurses and
the trust's medicines support pharmacists went through the list of time-critical medicines with the
agencies and agreed which visits should be flagged.>>

<<P:People who draw on care and support told us through the council's Making It Real board that what
mattered most to them was seeing the same faces and not having a rushed visit at the end of someone's
long day, and the board asked us to measure how often people see the same care worker, which we now
do.>>
"""),
        ("value", "Value", """
The extra £1.4 million a year is a real cost at a time when the council's budget is under great
pressure. Against it, each hospital admission of an older person costs the NHS several thousand pounds,
and each care worker who leaves costs an agency around £3,000 to replace. Agencies tell us they are
finding it easier to recruit because they can offer guaranteed hours and paid travel.
"""),
        ("spread", "Spreading it", """
We have shared our contract wording and rota rules with the other councils in our region through the
regional directors of adult social services, and two have used them in their own tenders. The
providers' association has presented the work at a national home care conference.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1101  porters, housekeepers and domestic staff speaking up about patients
#        - pdf - numbered questions - head of patient safety with the
#        contractor's site manager, practical - acute trust with its
#        facilities contractor (a private partner) - facilities staff,
#        supervisors, ward sisters and patients (by pronoun) involved -
#        SPC shift - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1101", format="pdf", layout="numbered_questions", topic="facilities_staff_speaking_up",
    project="independent69-eyesandears-1101", pdf_font="LiberationSerif", pdf_align="L",
    title="Eyes and Ears: helping porters, housekeepers and domestic staff speak up for patients",
    cover=[
        "Lead: Hollowmere General Hospital NHS Trust",
        "Partner: Castellan Facilities Services Ltd (the hospital's contractor for portering, cleaning, catering and ward housekeeping)",
        "Authors: Head of Patient Safety, Hollowmere General Hospital, and Site General Manager, Castellan Facilities Services",
    ],
    primary_entrant=dict(name="Hollowmere General Hospital NHS Trust", type="nhs_trust"),
    partners=[dict(name="Castellan Facilities Services Ltd", type="private")],
    sections=[
        ("context", "1. What was the problem and why did it need a partnership?", """
About 430 people work at Hollowmere General for Castellan Facilities Services as porters, domestic
staff, housekeepers and catering hosts. They are on the wards from early morning until late at night.
They collect trays and notice who has not eaten, clean bays and notice who is breathing differently,
wheel patients to x-ray and notice when a wristband does not match the name on the slip. Patients often
talk to them more freely than to nurses.

Until 2023 almost none of what they noticed reached anyone who could act on it. Many facilities staff
felt it was not their place to speak to nurses or doctors. Many speak English as
a second language. The contractor's induction told them to report anything unusual to their own
supervisor, and the supervisor had no obvious route into the hospital. Castellan staff had no log-in to
the trust's incident reporting system, so even those who wanted to report could not.

In 2022 a housekeeper collecting a lunch tray noticed that a patient was breathing noisily and looked
grey. She had been told not to disturb clinical staff and did not say anything. Forty minutes later he
was found in cardiac arrest. He survived, but the investigation concluded that he might have been
treated sooner. In another incident a porter noticed that a patient's wristband did not match the name
on the porter request, told his supervisor, and went on to his next job; the message went no further,
and the patient had the wrong scan.

The trust could not change the contractor's induction or supervision, and the contractor could not give
its staff access to the trust's systems. It had to be done together.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
Since March 2023 every member of the facilities team carries a 'Say Something' card, printed in six
languages, with three sentences to use: "I am worried about the patient in bed ...", "This is what I
noticed ...", "Can you come and look?" Nurses in charge on every adult ward now include the ward's
facilities staff in the morning safety huddle. Castellan staff have log-ins to the incident reporting
system and can also use a one-page paper form that their supervisor enters for them. Every report gets
a thank-you and a short note of what happened as a result.

All 430 facilities staff have had a 30-minute session on the card during paid time.

<<Q:Incident reports made by facilities staff went from 14 in 2022 to 131 in 2024.>> <<Q:On the weekly
chart of cardiac arrest calls on the twelve wards in the first phase, there has been a shift below the
previous average since October 2023, with more than eight weeks in a row below the centre line.>>

Many of the reports are about things that are easy to put right, such as a call bell out of reach or a
patient who has not had a drink all morning. Some have been more serious, including two patients with
sepsis whose deterioration was first noticed by a domestic.
"""),
        ("stakeholders", "3. Who was involved and how?", """
<<S:Porters, housekeepers and domestic staff from Castellan designed the card with the trust's patient
safety team over three sessions during their paid shifts, and they chose to keep it to three sentences
after trying longer versions on the wards.>> <<S:Castellan's supervisors rewrote the contractor's
induction so that it no longer tells new staff to report only to their supervisor.>> <<S:Ward sisters
on the first four wards trialled including facilities staff in the morning huddle and asked for their
part to be kept to two minutes at the start, so that nobody is kept from their work.>>

<<P:We also asked patients: ward volunteers spent two weeks talking to people on the two elderly care
wards about who they spoke to during the day.>> <<P:Many said it was the housekeeper or the person who
brought the tea, and several told us they had mentioned feeling unwell to a domestic rather than a nurse
because the nurse looked too busy, which is why the card asks facilities staff to pass on anything a
patient says about how they feel, not only what they see.>>
"""),
        ("value", "4. What has been the impact on people, and is it value for money?", """
Translating and printing the cards cost £1,800, and Castellan paid for the training time. The log-ins
cost nothing. Each cardiac arrest avoided saves a patient from a frightening and often fatal event and
the hospital from an intensive care stay.

Facilities staff say they feel part of the ward team for the first time. One housekeeper said that a
nurse had thanked her by name at the huddle, and that in nine years nobody had done that before.
"""),
        ("spread", "5. How has the work been shared?", """
Castellan provides facilities services at six other hospitals, and two of them have introduced the card
and the huddle with their trusts. We have shared the card and session plan with the regional patient
safety network, and the trust's own community hospitals, where cleaning is done by a different
contractor, are planning to adopt it.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1102  fatigue and teamwork on night missions - docx - short bullet lists -
#        air ambulance charity on its own, NO partner organisation
#        (ineligible) - director of operations, terse - pilots, paramedics
#        and doctors involved - NO patient involvement (patients as the
#        reason, families sent letters, supporters told, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1102", format="docx", layout="bullet_lists", topic="air_ambulance_night_fatigue_crm",
    project="independent69-fittofly-1102", docx_font="Arial",
    title="Fit to Fly at Night: managing fatigue and teamwork on night missions",
    cover=[
        "Kingsmoor and Vale Air Ambulance (registered charity)",
        "An entry from our flight operations and clinical teams",
        "Contact: Director of Operations",
    ],
    primary_entrant=dict(name="Kingsmoor and Vale Air Ambulance", type="charity"),
    partners=[],
    sections=[
        ("context", "Background", """
- we fly one helicopter and run two critical care cars, 24 hours a day, each crewed by a critical care doctor and a paramedic, with two pilots on the aircraft

- we started flying at night in 2021; crews work 12-hour night shifts, and a long mission, such as a rural collision followed by a transfer to the major trauma centre, can leave a crew awake for 20 hours or more

- in 2022 our safety reviews found fatigue played a part in a drug dose calculated wrongly during a night transfer, caught by the paramedic; a missed item on the post-landing checklist; and an approach to the wrong hospital helipad

- our pilots worked to aviation fatigue rules, but our clinicians did not, so the two halves of the same crew had different rules about rest

- clinicians did not always tell the pilots when they were too tired, and pilots did not always see how heavy the clinical workload had been

- night missions are harder than day missions: landing sites are unlit, pilots fly on night vision goggles, and the patient is often somewhere remote with no other help close by

What we changed, from June 2023:

- one fatigue risk management system for pilots and clinicians, with the same rest rules and a 'fit to fly' check-in before every night mission, where each crew member scores their own tiredness

- a crew resource management day for pilots and clinicians together

- a second person checks every drug calculation made after midnight

- a rest room with beds at the base

- any night mission that would take the crew past 14 hours on duty is flagged to the duty pilot and the on-call clinical lead before launch, and either of them can decline it
"""),
        ("evidence", "Results", """
- <<Q:fatigue-related errors reported by crews fell from 17 in the twelve months before the changes to 5 in the twelve months after>>

- <<Q:missions in which a crew member had been awake for more than 18 hours went down from 42 to 9>>

- crews stood down from a night mission because of fatigue six times, and each mission was covered by a neighbouring air ambulance

- all 38 crew members have completed the crew resource management day
"""),
        ("stakeholders", "Involvement", """
- <<S:pilots and paramedics wrote the fit to fly check-in together, and chose a simple one-to-five scale after trying the longer sleepiness questionnaire used in research>>

- <<S:our critical care doctors asked for the second check on drug calculations after midnight, having noticed in debriefs that most of their near misses happened on the way back from long transfers>>

- the patients we fly are the reason we do this

- families of patients we have flown are sent a letter after the mission with a contact for any questions

- our supporters were told about the changes in the charity's newsletter

- we plan to invite former patients to join our clinical governance committee in 2025
"""),
        ("value", "Value", """
- the rest room cost £14,000, paid for by a single donor

- the crew resource management day is run by our own training captain and clinical lead

- a serious error on a night mission could cost a life and ground the service

- standing a crew down costs us a mission, which is covered by a neighbouring service; we think that is a small price for a crew that is safe to fly and safe to treat
"""),
        ("spread", "Spread", """
- we have shared the fit to fly check-in with the national association of air ambulance charities

- two other air ambulance charities now use it for their night crews

- our training captain has taught the crew resource management day to visiting crews from a coastguard helicopter base
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1103  swarm huddles after falls on community hospital wards - pdf - with
#        appendix - university senior lecturer with the trust's falls lead,
#        academic but plain - university with the community trust and the
#        ICB - staff, patients and forum members involved - NO quantitative
#        evidence (huddle counts, actions, a single falls rate, a target,
#        results awaited)
# ---------------------------------------------------------------------------
entry(
    id="I1103", format="pdf", layout="with_appendix", topic="swarm_huddles_falls_community_hospitals",
    project="independent69-huddlewhere-1103", pdf_font="LiberationSerif", pdf_align="L",
    title="Huddle Where It Happened: swarm huddles after falls on community hospital wards",
    cover=[
        "Lead entrant: University of Stanway, School of Health and Rehabilitation Sciences",
        "Partners: Stanway and Rother Community Health NHS Trust (five community hospitals); NHS Stanway and Rother Integrated Care Board (Patient Safety Team)",
        "Prepared by the Senior Lecturer in Patient Safety, with the trust's Falls Prevention Lead",
    ],
    primary_entrant=dict(name="University of Stanway", type="university"),
    partners=[
        dict(name="Stanway and Rother Community Health NHS Trust", type="nhs_trust"),
        dict(name="NHS Stanway and Rother Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Background", """
The five community hospitals run by Stanway and Rother Community Health NHS Trust have 180 beds between
them. Most patients are older people recovering from an illness, an operation or a fall, and many have
some degree of delirium or dementia. Falls are the most common patient safety incident on these wards,
and although most cause no injury, some lead to fractures, head injuries and a long setback in
recovery.

Until 2023, the response to a fall followed the same pattern on every ward. The nurse who found the
patient completed an incident form, often at the end of a long shift and sometimes days later. Falls
with harm were then investigated weeks afterwards by someone who had not been there, by which time the
people on duty had moved on, could not remember the details, or felt they were being blamed. The
investigation reports were thorough, but the same recommendations appeared again and again, and staff
on the wards rarely saw any of them put into practice.

The national Patient Safety Incident Response Framework now encourages organisations to use quicker,
more local ways of learning, such as swarm huddles, in which the team gathers immediately after an
incident, where it happened, to understand what went on while it is still fresh. Our school had studied
swarm huddles in acute hospitals. The trust wanted to change how it learned from falls, and the ICB's
patient safety team wanted to support providers to make the framework work in practice. We agreed to
try swarm huddles after falls in all five community hospitals and to evaluate them properly.
"""),
        ("evidence", "What we have done and found", """
Since July 2023, after every fall, the nurse in charge calls a huddle of no more than ten minutes at the
place where the person fell, within an hour where possible. Whoever is on duty joins: nurses, healthcare
assistants, therapists and sometimes domestic staff. The huddle uses five questions (see the appendix)
and records immediate actions on a one-page form, which for falls without serious harm replaces the
longer incident investigation. Each hospital reviews its huddle forms weekly, and themes across all
five are discussed at a monthly meeting with the ICB.

Between July 2023 and June 2024, 611 falls were reported, and 538 had a huddle, 402 of them within an
hour. The huddles recorded 1,120 immediate actions, such as moving a bed nearer the toilet, changing a
patient's footwear, adding a sensor mat or asking the pharmacist to review a sleeping tablet. Common
themes have led to changes across all five hospitals, including night lights in every bay toilet and a
routine toileting round at 5am.

The falls rate across the five hospitals in 2023/24 was 7.9 per 1,000 occupied bed days. Our target is
that 90% of falls have a huddle within an hour by the end of 2025.

We have not yet been able to show whether the huddles have changed the number of falls or injuries.
The university's analysis of two full years of data will be published in 2025.
"""),
        ("stakeholders", "Involvement", """
<<S:Healthcare assistants and nurses on two pilot wards tested the first set of questions and cut them
from twelve to five, because they said a huddle that took longer than ten minutes would never happen on
a night shift.>> <<S:Physiotherapists and occupational therapists asked to be called to huddles during
the day, and the guidance was changed to name therapists as members.>> <<S:The ICB's patient safety
specialists and the trust's governance team agreed the huddle form together so that it could replace
the long incident form for falls with no or low harm.>>

<<P:During the pilot, patients who had fallen told the ward teams that staff usually asked everyone
except them what had happened, so the question 'what were you trying to do?' is now put to the patient
first whenever they are able to answer.>> <<P:Two members of the trust's older people's forum, one of
whom had been a patient at Rother Community Hospital after a broken hip, sat on the project steering
group throughout.>>
"""),
        ("value", "Value", """
A huddle takes about ten minutes of the team's time. For falls without serious harm it replaces an
investigation that used to take a senior nurse several hours, so the time is more than paid back. The
evaluation has been funded from a university research grant. A hip fracture in an older person costs
the NHS and social care well over £10,000 and often means the person cannot return home.
"""),
        ("spread", "Spread", """
The trust is extending huddles to pressure ulcers and medication incidents in 2025. The ICB has shared
our huddle form and questions with the other community and mental health providers in its area. We
have presented the early findings at the national patient safety congress and taught the approach to
student nurses and physiotherapists at the university.
"""),
    ],
    trailer=[
        ("heading", "Appendix: the swarm huddle questions"),
        ("para", "1. What was the person trying to do when they fell? 2. What was different today, for the person, the ward or the team? 3. What was in place to prevent a fall, and did it work? 4. What can we change now, before the end of this shift? 5. Who else needs to know?"),
        ("para", "Data sources: falls and huddle figures are from the trust's incident reporting system and huddle forms, July 2023 to June 2024. Occupied bed days are from the trust's bed management system."),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1104  rude and dismissive exchanges between GPs and hospital specialists -
#        docx - style headings, short - PCN clinical director, frank - PCN
#        with the acute trust - GPs, registrars, administrators and a
#        patient involved - NO evidence section and no measured change
#        anywhere in the entry
# ---------------------------------------------------------------------------
entry(
    id="I1104", format="docx", layout="style_headings", topic="gp_specialist_incivility_referrals",
    project="independent69-colleagues-1104", docx_font="Calibri",
    title="Colleagues, Not Gatekeepers: ending rude and dismissive exchanges between general practice and hospital specialists",
    cover=[
        "Greyfriars Primary Care Network (lead)",
        "With Mardle Valley Hospitals NHS Trust",
        "Dr Owen Kirkbride, Clinical Director, Greyfriars PCN",
    ],
    primary_entrant=dict(name="Greyfriars Primary Care Network", type="primary_care"),
    partners=[dict(name="Mardle Valley Hospitals NHS Trust", type="nhs_trust")],
    sections=[
        ("context", "The problem", """
Every day GPs in our nine practices phone the on-call registrars at Mardle Valley for advice or to ask
for a patient to be assessed the same day, and every week the hospital returns some of our routine
referrals with a letter explaining why. Most of these exchanges are fine. Too many are not. GPs
described being asked 'have you actually examined this patient?', being told 'we are not a dumping
ground', or having the phone put down. Some returned referral letters read like a telling-off. And to
be fair, registrars told us about GPs who were sarcastic or insisted on admission without listening to
advice.

This matters for safety. People who have been spoken to rudely think less clearly and avoid the next
call. One of our GPs, who had been belittled by a registrar the week before, chose not to phone about a
man with abdominal pain and sent him to the emergency department with a letter instead. He waited many
hours before anyone realised how unwell he was. In 2023 our practices logged 23 concerns about the way
calls or returned referrals had been handled.

Returned referrals carry their own risk. When a letter comes back saying only 'does not meet
criteria', the GP has to guess what the hospital wants, the patient is told to wait again, and
sometimes nobody rebooks at all. When we looked, our practices found three patients whose returned
referrals had simply been filed, one of whom was later diagnosed with a cancer. Nobody in either
organisation had set out to be unkind or careless; the tone of the letters had grown up over years of
pressure on both sides.
"""),
        ("stakeholders", "Who was involved", """
<<S:GPs from our nine practices and medical and surgical registrars from the hospital met at two
evening sessions, each telling the other what a bad call felt like from their side, and together they
wrote a one-page call agreement that sets out what each can expect.>> <<S:Registrars asked that GPs say
at the start of every call what they are asking for, whether advice, an assessment or an admission, and
this is now the first line of the agreement.>> <<S:The hospital's referral management team and our
practice administrators rewrote the standard letters used when a referral is returned, taking out
phrases that GPs had found dismissive.>>

<<P:A patient whose referral had been returned three times, and who in the end was admitted through
the emergency department, came to the first evening session and told both sides what it had felt like
to be caught in the middle.>>
"""),
        ("value", "What difference it makes", """
The call agreement has been in use since September 2024 and a named consultant and a named GP now look
together at any concern about a call within a week. It is too early for us to say whether concerns or
delays have gone down, and we have not yet set up a way of measuring it. The work cost two evenings of
clinicians' time, paid for by the PCN, and the cost of printing the agreement.

GPs tell us they are less anxious about picking up the phone, and several registrars have said they
now know the names of the GPs they speak to most often.
"""),
        ("spread", "Next steps and sharing", """
The hospital has asked the other three primary care networks in its area to sign the call agreement,
and the integrated care board has offered to host a joint session for all of them in 2025. We intend
to start logging every concern in the same way across all four networks, so that next year we can
tell whether things are really better.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)
