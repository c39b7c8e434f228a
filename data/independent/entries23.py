"""Twenty-third independent evaluation set (I353..I368) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries18.py / entries21.py were
consulted, never the review pipeline, its tests or any earlier gold output.  New fictional
organisations, voices and topics (sepsis in the week after discharge, anticoagulants and
dental extractions, wrong-site nerve blocks, low blood sugar in newborn babies, restraint of
people in mental health crisis in the emergency department, Parkinson's medicines on time,
stroke thrombolysis door-to-needle times, remote monitoring on virtual wards, interpreters in
general practice, pressure damage in the operating theatre, ligature risks on mental health
wards, choking in care homes, medicines on arrival at and release from prison, falls at night
in community hospitals, safeguarding adults at hospital discharge, fires in homes with
medical oxygen).  Format and mark-up are those of the earlier sets; build it with

    .venv/bin/python data/independent/build.py --set 23   (writes data/corpus/independent23/)

Mark-up used inside section bodies (stripped before rendering):
  <<Q:sentence>>   quantitative claim (a measured change in an outcome)
  <<P:sentence>>   patient / carer / family / service-user involvement
  <<S:sentence>>   staff involvement (co-design, testing, consultation, feedback acted
                   on; includes partner organisations' staff)
  (letters combine, e.g. <<PS:...>>)
Paragraphs are separated by a blank line; line breaks inside a paragraph are joined
with a single space.  A paragraph starting with "- " is a bullet item.

Labelling conventions (as in the earlier sets):
  * not Q: dates, financial years, bed/ward counts, headcounts, numbers trained,
    budgets and costs, phone numbers, postcodes, reference numbers, targets not yet
    reached, plans, single figures with no baseline, activity counts, figures that
    did not change;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words;
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing), so a measured change placed only in the
    value section still leaves the flag set;
  * P / S: people who took part, however phrased (pronouns after a named group,
    passive voice, described or named people, lived-experience roles, unusual job
    titles, list items), wherever in the entry they appear;
  * not P/S: beneficiaries, plans and hopes, negations, unnamed "stakeholders", a
    single named lead doing their job, staff only trained or briefed or audited, a
    survey after which nothing changed, audiences at launches and conferences, people
    who were only informed, people who declined;
  * eligibility: a private company as primary entrant, or no partner organisation
    (departments of one trust are not partners), makes an entry ineligible; a private
    company as a partner does not.

Flags are written by hand and cross-checked by build.py.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I353  sepsis in the week after discharge - pdf - own headings - lead nurse
#       for sepsis voice - acute trust, ambulance service, two PCNs, survivors'
#       charity - no flags; the charity's part first appears in the context
# ---------------------------------------------------------------------------
entry(
    id="I353", format="pdf", layout="own_headings", topic="sepsis_after_discharge",
    project="independent23-homesafe-353", pdf_font="LiberationSans",
    title="Home Safe: a safety net for the week after going home with an infection",
    cover=[
        "Lead organisation: Redmarsh Teaching Hospitals NHS Foundation Trust (Deteriorating Patient and Sepsis Team)",
        "Partner organisations: Wessmere Ambulance Service NHS Trust; Redmarsh North and Redmarsh Rural Primary Care Networks; After Sepsis Redmarsh (peer support charity)",
        "Submitted by the Lead Nurse for Sepsis and Deterioration",
    ],
    primary_entrant=dict(name="Redmarsh Teaching Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Wessmere Ambulance Service NHS Trust", type="ambulance_trust"),
        dict(name="Redmarsh North and Redmarsh Rural Primary Care Networks", type="primary_care"),
        dict(name="After Sepsis Redmarsh", type="charity"),
    ],
    sections=[
        ("context", "Where the risk was", """
Most of what is written about sepsis concerns the first hour in hospital: recognise it, give
antibiotics, give fluids. At Redmarsh we have become good at that. What we had paid far less
attention to was the week after a patient goes home.

In 2022 our deteriorating patient team looked back at every adult readmitted with sepsis within
seven days of leaving the hospital, either from the emergency department or from a ward. There were
131 of them in 2021/22. Most had gone home on oral antibiotics after a urinary or chest infection or
cellulitis. Many had been getting worse at home for a day or more before anyone called for help.
Their families said they had not known what to look for, had assumed that feeling worse was part of
getting better, or had rung the surgery and been offered an appointment the following week.

<<P:The idea for what became Home Safe came from members of After Sepsis Redmarsh, a peer support
charity started by survivors and bereaved families, who told our sepsis team at one of their evening
meetings that the most frightening part of their illness had been the first nights at home, and asked
for one simple thing: a phone call.>>

Home Safe has three parts. Every adult who has been treated in hospital for an infection with
intravenous antibiotics, or who had a raised early warning score in the emergency department, receives
a call from a sepsis nurse 48 hours after going home. The nurse asks a short set of questions about
breathing, confusion, passing urine, skin colour and how the person feels compared with the day they
left. Each patient also leaves with a 'Getting Worse?' card that explains the soft signs of sepsis in
plain words and gives a direct number for the sepsis team, staffed from 8am to 8pm every day. And for
seven days after discharge, the patient's address carries a flag on the ambulance service's dispatch
system, so that a 999 call from that address is assessed knowing the person has recently been treated
for an infection, and the crew starts the sepsis screening tool on arrival.

The primary care networks complete the picture. Both PCNs receive a daily list of Home Safe patients,
and anyone on it who contacts their practice within seven days is offered a same-day clinical call
back rather than a routine appointment.

No single organisation could have done this alone. The hospital knows who has gone home but not what
happens next. The ambulance service and the practices meet the patient when things go wrong, but
without the recent history. The charity knows what it feels like to be on the other end.
"""),
        ("evidence", "What the numbers show", """
We compared the twelve months before Home Safe (2021/22) with its second full year (2023/24), using
the hospital's admissions data linked to the ambulance service's records, and the sepsis team's own
audit. The eligible patient group was defined in the same way in both years.

<<Q:Readmissions with sepsis within seven days of discharge fell from 4.4% of eligible patients to
2.7%.>> <<Q:Among those who were readmitted, the proportion who needed critical care on arrival fell
from 23% to 12%.>> <<Q:The median time from the first worsening symptom, as recorded at readmission, to
the first call for help fell from about 27 hours to 10 hours.>>

<<Q:Deaths within 30 days among patients readmitted with sepsis fell from 11 to 5.>> These are small
numbers and we do not read too much into them.

The sepsis nurses made 5,870 Home Safe calls in 2023/24. In 412 of them the nurse arranged an urgent
review the same day, and 96 of those patients were admitted. The ambulance service's flag was triggered
by 238 emergency calls in the same year.
"""),
        ("stakeholders", "Designing it with the people who live it", """
<<P:Six members of After Sepsis Redmarsh, including two people who had been readmitted after going
home and the husband of a woman who died, worked with the sepsis nurses on the wording of the 'Getting
Worse?' card over three meetings.>> <<P:They cut the list of warning signs from eleven to six, and
replaced 'reduced urine output' with 'not had a wee all day'.>> <<P:They also role-played the 48-hour
call with the nurses, taking the part of a patient who says they are fine when they are not, and the
script now includes the question 'Is there someone with you I could speak to as well?'>>

<<P:Colin Archer, who lost both lower legs to sepsis in 2019, helped design the staff teaching session
on Home Safe and delivers part of it at nursing induction every month.>>

<<S:Discharge coordinators and ward nurses on the acute medical unit and two medical wards tested the
referral step for a month, and asked for it to be added to the electronic discharge checklist instead of
a separate form, which is how it now works.>> <<S:Paramedics and clinicians in Wessmere's emergency
operations centre agreed the wording of the seven-day address flag with us, and suggested that it show
the infection the person had been treated for.>> <<S:Care coordinators in both PCNs designed the daily
list themselves, in a format their practice systems can import.>>

All ward nurses were told about Home Safe at their daily huddles when it started.
"""),
        ("value", "Why it is worth it", """
Home Safe costs about £168,000 a year, mainly the time of the sepsis nurses who make the calls, shared
between the hospital and the ICB. A readmission with sepsis typically means a stay of eight to ten days,
and a day in critical care costs around £2,000. Fewer people arriving in septic shock means fewer
critical care beds, fewer amputations and fewer deaths.

For patients and families the value is a voice on the phone and permission to ask for help. Most people
we call are recovering well, and they tell us that hearing so from a nurse was reassuring in itself.

For staff there is value too. Ward nurses who send someone home with a new infection know that somebody
will check on them, and paramedics no longer arrive at a house without knowing that the person was in
hospital three days earlier.
"""),
        ("spread", "Taking it further", """
Wessmere Ambulance Service is extending the seven-day flag to the two other acute trusts in its area
during 2025. The 'Getting Worse?' card has been adopted by the regional sepsis network and is available
to any trust that wants it. We presented Home Safe at the national sepsis conference in 2024.

The two PCNs have asked us to include people discharged from the community hospital, which we will test
from April 2025. Home Safe is now written into the trust's sepsis policy and the nurses' call time is in
the team's permanent establishment.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I354  anticoagulants and dental extractions - docx - bullet lists -
#       community dental service clinical director voice - dental committee,
#       ICB, university dental school as partners - no patient involvement
#       (patients as beneficiaries, a card given out, a questionnaire that
#       changed nothing, a planned review)
# ---------------------------------------------------------------------------
entry(
    id="I354", format="docx", layout="bullet_lists", topic="anticoagulants_dental_extractions",
    project="independent23-dontstop-354", docx_font="Arial",
    title="Don't Stop, Don't Send: safer dental extractions for people taking anticoagulants",
    cover=[
        "Lead entrant: Coldharbour Community Health NHS Trust - Community Dental Service",
        "Partners: Coldharbour and Wyke Local Dental Committee; NHS Coldharbour and Wyke Integrated Care Board (Primary Care Dental Commissioning); University of Wyke School of Dentistry",
        "Entry author: Clinical Director, Community Dental Service (Consultant in Special Care Dentistry)",
    ],
    primary_entrant=dict(name="Coldharbour Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Coldharbour and Wyke Local Dental Committee", type="primary_care"),
        dict(name="NHS Coldharbour and Wyke Integrated Care Board", type="icb"),
        dict(name="University of Wyke", type="university"),
    ],
    sections=[
        ("context", "Background and aims", """
Roughly one in twelve adults over 65 in Coldharbour and Wyke takes an anticoagulant such as warfarin,
apixaban or rivaroxaban. Most of them will need a tooth out at some point. National guidance has been
clear for years that most of these patients can have a simple extraction in their own dental practice
without stopping their anticoagulant, as long as a few precautions are taken. Locally, that was not what
was happening.

What we found when we looked in 2021:

- some patients were being told by their dentist to stop their anticoagulant for several days before an extraction, which exposes them to a stroke or a clot for no good reason

- others were referred to the hospital oral surgery service simply because they took an anticoagulant, and waited months with an infected tooth, often on repeated courses of antibiotics

- a smaller number had teeth taken out without anyone checking a recent INR, and bled for hours afterwards, usually ending up in the emergency department late at night

- dentists, GP practices and the anticoagulation service rarely spoke to each other, and dentists had no easy way to get an INR result

What prompted us to act:

- in 2021 two patients in our area had strokes within a week of being told to stop apixaban before a dental extraction

- in the same year a patient on warfarin was admitted overnight after bleeding from an extraction socket with an INR above 6

What we put in place:

- a two-page local guideline, 'Don't Stop, Don't Send', based on the national guidance, with a single decision flowchart on the front

- a dental anticoagulation advice line run by the community dental service, with the trust's anticoagulation pharmacist for complex cases

- a bleed kit in every NHS dental practice, containing tranexamic acid mouthwash, resorbable packs, sutures and a patient aftercare card

- an agreed route for a dentist to obtain a patient's INR within 24 hours before an extraction

- clear criteria for the few patients who genuinely need to be seen in hospital

Why it needed a partnership:

- the community dental service had the specialist knowledge, the Local Dental Committee had the trust of high-street dentists, the ICB commissions and pays for NHS dentistry, and the dental school trains the next generation and could evaluate the work independently
"""),
        ("evidence", "Evidence of improvement", """
We compared 2021/22 with 2023/24, using the oral surgery referral records, emergency department
attendances coded as bleeding after a dental procedure, and an audit of 300 dental records in each year
carried out by the dental school.

- <<Q:referrals to hospital oral surgery where the only reason given was that the patient took an anticoagulant fell from 384 to 71>>

- <<Q:the median wait for an extraction for these patients fell from 22 weeks to 2 weeks, because most are now treated in their own practice>>

- <<Q:dental records showing that a patient had been told to stop or miss an anticoagulant before an extraction fell from 31% to 4%>>

- <<Q:emergency department attendances for bleeding after an extraction in patients taking an anticoagulant fell from 58 to 21>>

What we count but do not claim as results:

- 1,640 calls to the advice line in 2023/24

- bleed kits in all 96 NHS dental practices in the area

- we cannot say how many strokes have been avoided, because the numbers are too small to measure
"""),
        ("stakeholders", "Involvement", """
Dental and primary care teams:

- <<S:general dental practitioners in fourteen practices used the draft guideline for three months and asked for a single flowchart on the front page, which replaced three pages of text>>

- <<S:dental nurses chose the contents of the bleed kit and how it is stored, after pointing out that tranexamic mouthwash was being kept in locked cupboards nobody could open after 5pm>>

- <<S:members of the Local Dental Committee went through the hospital referral criteria line by line with the oral surgery consultants at the dental school and removed two criteria that would have sent too many patients back to hospital>>

- <<S:practice managers in GP surgeries agreed with our team how a request for an INR from a dentist should be handled, and wrote the request template dentists now use>>

Patients:

- patients who take anticoagulants are the people this work is designed to protect

- every patient having an extraction is given the aftercare card

- a questionnaire given to patients at the dental school in 2023 received 64 replies, mostly positive, and no changes were made as a result

- we intend to ask the local stroke survivors' group to review the aftercare card in 2025
"""),
        ("value", "Value", """
- the guideline, kits and advice line cost about £41,000 in the first year, funded by the ICB, and around £18,000 a year since

- each referral that is no longer needed frees a hospital oral surgery appointment for a patient who genuinely needs one

- an emergency department attendance for a dental bleed often means a night in hospital for a frail older person

- a stroke caused by stopping an anticoagulant can mean lifelong disability and very large health and care costs

- dentists say they now feel confident to treat patients they previously sent away
"""),
        ("spread", "Spread", """
- the guideline and bleed kit list have been shared with every Local Dental Committee in the region through the regional dental network

- the dental school now teaches 'Don't Stop, Don't Send' to all final-year dental and dental therapy students

- the neighbouring ICB has asked to adopt the advice line model in 2025

- the work was presented at a national special care dentistry meeting in 2024
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I355  wrong-site nerve blocks - docx - numbered questions - consultant
#       anaesthetist voice - one trust on two sites, its own departments
#       called a partnership and the cover says partners "not applicable"
#       (ineligible) - otherwise complete; a named patient took part
# ---------------------------------------------------------------------------
entry(
    id="I355", format="docx", layout="numbered_questions", topic="wrong_site_nerve_blocks",
    project="independent23-stopblock-355", docx_font="Calibri",
    title="Stop Before You Block: preventing wrong-site regional anaesthesia",
    cover=[
        "Organisation: Hartsmere General Hospitals NHS Trust (Hartsmere Infirmary and Lynford Hospital)",
        "Collaborating teams: Department of Anaesthesia; Theatres and Day Surgery; Trauma and Orthopaedics; Patient Safety Team",
        "Partner organisations: not applicable - a collaboration across both of the Trust's hospital sites",
        "Lead author: Consultant Anaesthetist and Regional Anaesthesia Lead",
    ],
    primary_entrant=dict(name="Hartsmere General Hospitals NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "1. What was the patient safety issue and why did it matter?", """
A nerve block is an injection of local anaesthetic around the nerves supplying a limb, used to numb an
arm or leg for surgery or for pain relief afterwards. Blocks are safe and effective, and we perform
around 6,500 of them a year across our two hospitals. But a block given on the wrong side is a never
event. The patient is exposed to the risks of a procedure they did not need, may then receive a second
block on the correct side with a larger total dose of local anaesthetic, and, understandably, loses
trust in the people caring for them.

Wrong-site blocks happen despite the surgical safety checklist, for a reason that is well understood.
The block is usually given in the anaesthetic room, some time after the team's sign-in and before the
surgical time-out, often by an anaesthetist who has been interrupted, with the patient lying on their
side, the surgical arrow covered by a blanket or a tourniquet, and a mirror-image ultrasound picture
on the screen. Between 2019 and 2022 we had seven wrong-site blocks across the two sites. Each
investigation told much the same story.

Stop Before You Block is a short, mandatory pause performed immediately before the needle is inserted,
after the patient is positioned and the ultrasound probe is in place. The anaesthetist and the
anaesthetic assistant together look at the surgical arrow, which must be visible, and confirm the side
aloud with the patient where the patient is awake. A bright orange 'STOP' card is clipped to the block
needle packaging, so that the needle cannot be opened without handling it. Blocks are never performed
while a member of the pair is called away; if an interruption occurs, the pause is repeated.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
<<Q:Wrong-site blocks fell from seven in the three years to March 2022 to one in the two years since the
pause was introduced.>> The single event since then happened on a day when the STOP cards had run out
in one anaesthetic room, and the supply is now checked daily by the theatre stores team.

The patient safety team observed 240 blocks before the change and 260 afterwards. <<Q:The pause, with
the surgical mark visible and the side confirmed aloud, was observed in 38% of blocks before and 94%
after.>> <<Q:Blocks started while the surgical mark was covered fell from about one in three to fewer
than one in twenty.>>

The orthopaedic day surgery unit at Lynford, where the highest number of blocks are given, reached full
compliance in its most recent observation round.
"""),
        ("stakeholders", "3. How have patients, service users, carers and staff been involved?", """
<<P:Mr Desmond Achebe, who received a wrong-side block before his shoulder surgery in 2021, agreed to
join the project group, and it was his account of lying on his side unable to see or say anything that
led us to add the spoken confirmation with the patient.>> <<P:He also filmed a short video that is shown
at the start of every teaching session, and he reviewed the patient leaflet that explains the pause.>>
<<P:Members of the Trust's patient panel tried the pause as mock patients in the simulation suite and
told us that the original wording, 'confirm laterality', meant nothing to them, so anaesthetists now ask
'which side are we doing today?'>>

<<S:Operating department practitioners and anaesthetic nurses designed the STOP card and chose to clip
it to the needle packaging, having pointed out that a laminated prompt on the wall would be ignored within
a month.>> <<S:Regional anaesthesia fellows tested three versions of the pause on real lists over six
weeks and timed them; the final version takes under twenty seconds.>> <<S:Orthopaedic surgeons and
their registrars agreed to move the surgical mark further up the limb after anaesthetic assistants
showed them that tourniquets regularly hid it.>> <<S:Theatre stores staff suggested that the STOP card
be supplied already attached to every block needle box by the manufacturer's distributor, which is now
the case.>>
"""),
        ("value", "4. What value has been added?", """
The STOP cards cost a few pence each. Staff time for the simulation sessions was found within existing
teaching programmes. Every never event costs the Trust weeks of investigation, and a wrong-site block can
lead to a claim as well as to real harm for the patient, including nerve injury, local anaesthetic
toxicity and a cancelled operation.

The less visible value is in the culture of the anaesthetic room. Anaesthetic assistants say that the
pause gives them a recognised moment to speak up, and that the question 'which side?' is now asked by
whoever is in the room, whatever their grade.
"""),
        ("spread", "5. How has the project been shared or spread?", """
The pause is now used for every regional block across both hospitals, including in the emergency
department for hip fracture blocks. We have presented the work at the regional anaesthesia society
meeting and at the Trust's safety conference, and the STOP card design has been shared with three other
trusts in the region. It has been written into the Trust's local safety standard for invasive
procedures, and compliance is observed every quarter.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I356  low blood sugar in newborn babies - pdf - two column - infant
#       feeding lead midwife voice - maternity, neonatal network, peer
#       support charity, council health visiting - no staff involvement
#       (midwives trained, registrars briefed, a named consultant lead, a
#       staff survey that changed nothing, a planned focus group); parents
#       and peer supporters took part
# ---------------------------------------------------------------------------
entry(
    id="I356", format="pdf", layout="two_column", topic="neonatal_hypoglycaemia",
    project="independent23-sugarsteps-356", pdf_font="LiberationSerif",
    title="Sugar Steps: keeping babies at risk of low blood sugar with their mothers",
    cover=[
        "Saltmarsh Bay Hospitals NHS Trust, Maternity and Neonatal Services (lead)  |  North Coast Neonatal Operational Delivery Network  |  Milk Matters Saltmarsh (infant feeding peer support charity)  |  Saltmarsh Bay Borough Council, 0-19 Public Health Nursing",
        "Written by the Infant Feeding Lead Midwife",
    ],
    primary_entrant=dict(name="Saltmarsh Bay Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="North Coast Neonatal Operational Delivery Network", type="public_other"),
        dict(name="Milk Matters Saltmarsh", type="charity"),
        dict(name="Saltmarsh Bay Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", "Why babies were being separated", """
Some babies are more likely than others to have low blood sugar in the first days of life: babies of
mothers with diabetes, babies who are small or born a little early, and babies whose mothers took
certain blood pressure medicines in pregnancy. Untreated, low blood sugar can injure a newborn's brain.
Treated well, it is usually managed by feeding the baby early and often, with the baby kept warm and
close to the mother.

At Saltmarsh Bay we were doing it the other way round. Babies at risk were often taken to the neonatal
unit for a drip after one or two low readings, separated from their mothers at the very moment that
breastfeeding is established. First feeds were delayed while babies were weighed, dressed and checked.
Blood sugar tests were done at the wrong times, and results were written on scraps of paper. Our
national neonatal audit data showed us among the highest rates in the region of term babies admitted
to the neonatal unit for low blood sugar, and when the network reviewed these admissions in 2021, it
judged that more than half could have been avoided.

Sugar Steps brings together the maternity unit, the neonatal network, Milk Matters Saltmarsh and the
council's health visitors. Mothers at risk are offered a conversation in pregnancy about collecting
colostrum before birth, and a pack to do it. Every baby at risk has skin-to-skin contact and a first
feed within the first hour. Parents keep a simple bedside chart of feeds and blood sugar results, and
dextrose gel is given on the postnatal ward before any thought of admission. Health visitors receive a
same-day notice when a baby at risk goes home.
"""),
        ("evidence", "What has changed", """
We compared 2021/22, before Sugar Steps, with 2023/24, using the national neonatal audit data and our own
maternity records for babies at risk.

<<Q:Admissions of term babies to the neonatal unit for low blood sugar fell from 58 to 21.>> <<Q:Babies
at risk who had their first feed within an hour of birth rose from 61% to 89%.>> <<Q:Babies at risk
going home exclusively on breast milk rose from 38% to 55%.>>

<<Q:Babies readmitted within a week with feeding problems or jaundice fell from 17 to 9.>> More women
in Saltmarsh Bay now have diabetes in pregnancy than when we started, so these falls are not explained by
fewer babies being at risk.
"""),
        ("stakeholders", "Parents at the centre", """
<<P:Mothers who had had a baby admitted for low blood sugar designed the bedside chart with us over
three evening sessions at the Milk Matters drop-in, and they insisted that it use tick boxes and
pictures rather than numbers, which they said were frightening at three in the morning.>> <<P:They
also asked for the chart to stay with the family rather than in the baby's notes, so that they could
see the pattern for themselves.>>

<<P:Milk Matters peer supporters, all of them mothers who breastfed a baby through a neonatal stay,
wrote the antenatal colostrum leaflet and now run the colostrum conversations with expectant mothers
in the diabetes antenatal clinic.>> <<P:A father whose daughter was admitted in 2021 pointed out that
nobody had told him he could do skin-to-skin while his partner was in theatre, and the birth plan now
offers it to partners as well.>>

All midwives and maternity support workers, 212 staff in total, completed a half-day training session
on the new pathway. Paediatric registrars were briefed at their induction. The guideline was written by
the neonatal consultant lead, Dr Ruth Okafor, to the network's regional standard. A staff survey after
six months was largely positive and nothing was changed as a result. We plan to run a focus group with
postnatal ward staff next year.
"""),
        ("value", "The value", """
A neonatal cot day costs well over £1,000. The colostrum packs, charts and dextrose gel cost around £9
per baby at risk. Every avoided admission keeps a neonatal cot free for a baby who really needs it, and
the network estimates the avoided cot days at over £110,000 a year.

The value for families cannot be costed. A mother who has her baby next to her in the first days is
more likely to breastfeed, more likely to bond, and less likely to go home anxious and exhausted. The
peer supporters have also given mothers someone to call after discharge who has been there too.
"""),
        ("spread", "Spreading Sugar Steps", """
The North Coast network has adopted the bedside chart and the first-hour standard in all five of its
maternity units. The colostrum leaflet, translated into four languages by Milk Matters, is used by the
council's health visitors across the borough.

We presented Sugar Steps at the national neonatal transitional care conference in 2024. The pathway is
now part of the trust's maternity guideline and is audited every quarter through the network's
dashboard.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I357  restraint of people in mental health crisis in the emergency
#       department - docx - no headings - conversational first person, liaison
#       team manager writing with an expert by experience - mental health
#       trust, acute trust, police - no quantitative evidence (records began
#       with the project, single-year counts, a zero target, an evaluation
#       planned); no measured change anywhere in the entry
# ---------------------------------------------------------------------------
entry(
    id="I357", format="docx", layout="no_headings", topic="restraint_emergency_department",
    project="independent23-staywith-357", docx_font="Calibri",
    title="Hands Off, Stay With: less restraint for people in mental health crisis in the emergency department",
    cover=[
        "Entered by Drayford Partnership NHS Foundation Trust (Mental Health Liaison Service)",
        "In partnership with Drayford Royal Infirmary NHS Trust (Emergency Department) and Drayford and Ness Police",
        "Written by Sam Kerridge, Liaison Team Manager, and Jodie Fenn, Expert by Experience",
    ],
    primary_entrant=dict(name="Drayford Partnership NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Drayford Royal Infirmary NHS Trust", type="nhs_trust"),
        dict(name="Drayford and Ness Police", type="emergency_service"),
    ],
    sections=[
        ("context", None, """
I've worked in mental health liaison at Drayford Royal Infirmary for eleven years, and for most of that
time there was one part of the job I dreaded. Someone would arrive in the emergency department in a
mental health crisis, often brought in by the police, often frightened, sometimes drunk, and they would
wait. Four hours, eight hours, sometimes a whole day, in a cubicle with the curtain pulled and a security
officer outside. If they tried to leave, or got upset, security or the police would hold them. Sometimes
they were held face down on the floor. Sometimes they were given an injection to calm them. Then they
waited some more.

Jodie, who has written this with me, was one of those people. In 2021 she was held down three times in
one night in our department. She says: 'Nobody talked to me. They talked about me, over me, into their
radios. By the time someone from mental health came I wasn't in a state to talk to anyone.'

Restraint is not a small thing. People have died after being held face down. Patients and staff get
hurt. For someone who has been abused, being pinned down by strangers can undo months of recovery, and
it teaches them never to come back to hospital for help, which is its own safety risk.

So between 2022 and 2023 the three of us, the mental health trust, the hospital and the police, changed
how we look after people in crisis in the ED. Everyone in mental health crisis now has a named person
who stays with them, a liaison practitioner, an ED nurse or a support worker, rather than a security
officer at the curtain. We turned an old relatives' room into a calm room away from the noise of resus.
Police officers hand over within an hour using a standard handover card, so they are not kept standing
in a corridor for a shift. Before anyone is held, there is a 'pause and ask': the nurse in charge or the
liaison practitioner is called first, unless someone is in immediate danger. And restraint is recorded
on one form shared by all three organisations, and every episode is looked at within a week by a joint
panel that includes Jodie.
"""),
        ("evidence", None, """
I have to be honest that I can't give you a before-and-after figure, and I wish I could. Before 2023,
restraint in our ED was recorded in three different places: the hospital's incident system, the security
team's log and the police use-of-force forms. Nobody had ever put them together. When we tried to match
them up for 2021 we found the same incident written up three different ways, and others not written up
at all.

Since the shared form started in April 2023, we have recorded 143 episodes of restraint of people in
mental health crisis in the department in the first twelve months. Nineteen were in the face-down
position, and every one of those went to the joint panel. One patient needed treatment for an injury, a
sprained wrist, and four staff were hurt. Our aim is no face-down restraint at all in the department by
the end of 2025. The calm room was used 611 times in its first year.

What we can also give you is what people tell the panel. Staff say the department feels calmer. Police
officers say they are no longer dreading a 136 call on a Friday night. People who have been through the
department both before and after the changes have told Jodie it is 'like a different hospital'.

The mental health nursing department at the University of Drayford has agreed to evaluate the work during
2025, comparing our shared records with a similar department elsewhere in the region.
"""),
        ("stakeholders", None, """
<<P:Jodie has been part of this from the start, as an expert by experience, and she sits on the joint
review panel, where she is usually the one who asks 'and what did the person say was wrong?'>> <<P:She
and four others who had been restrained in the department walked through the ED with us one quiet
Sunday morning and showed us where they had been kept; it was their idea to use the old relatives'
room, because it is the only room without a window onto the main corridor.>> <<P:They chose what went
into it as well: a lamp instead of the strip light, a beanbag, a weighted blanket and a clock on the wall,
because several of them had lost all sense of time while they waited.>>

<<S:ED nurses and healthcare assistants worked out the 'stay with' rota with my team, and it was them
who suggested drawing the support workers from the hospital's bank staff with mental health experience
instead of agency security.>> <<S:Security officers told us frankly that they were being sent to stand
outside a cubicle without knowing who was inside or why, and with the ED matron and a police custody
sergeant they wrote the handover card that now travels with every person.>> <<S:Response officers from
Drayford police station tried the one-hour handover for three months and asked for it to happen in the
calm room rather than the corridor, which has made more difference than anything else to how quickly
people settle.>>

<<S:The ED consultants and our consultant psychiatrists agreed a joint guideline on calming medicines,
so that tablets are offered first wherever possible, after liaison nurses pointed out that an injection
was often the first thing on offer.>>
"""),
        ("value", None, """
Most of it cost very little. Converting the calm room cost about £6,500, paid for by the hospital's
charity. The support workers cost around £95,000 a year and are funded by the ICB. The handover card,
the shared form and the panel cost nothing but time.

Every episode of restraint carries a risk of serious injury or death, and every one is a potential
complaint, claim or inquest. For staff, restraint is one of the commonest causes of injury at work in an
emergency department, and it is one of the reasons people leave. For the police, every hour an officer
spends in the ED is an hour they are not on the streets.

Jodie puts it better than I can: 'The value is that people leave the ED a bit less broken than when they
came in. And they come back next time, instead of ending up somewhere worse.'
"""),
        ("spread", None, """
The shared restraint form is now used by the police at the two other emergency departments in the force
area, and the calm room has been copied at Ness General Hospital. We have talked about the work at the
regional crisis care network and at a national liaison psychiatry meeting. Next we want to bring the
ambulance service in, because a lot of people are restrained before they ever reach us.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I358  Parkinson's medicines on time in hospital - pdf - form table -
#       medicines safety pharmacist voice - acute trust, community trust,
#       Parkinson's patient group, PRIVATE e-prescribing supplier as a
#       partner (still eligible) - no flags; patient involvement also in the
#       value section
# ---------------------------------------------------------------------------
entry(
    id="I358", format="pdf", layout="form_table", topic="parkinsons_medicines_on_time",
    project="independent23-ontime-358", pdf_font="LiberationSans",
    title="Get It On Time: Parkinson's medicines in hospital, every dose, every time",
    cover_table=[
        ("Award category", "Best Partnership Solution Improving Patient Safety"),
        ("Entry title", "Get It On Time: Parkinson's medicines in hospital, every dose, every time"),
        ("Lead organisation", "Kingsbarrow University Hospitals NHS Trust"),
        ("Partner organisations", "Kingsbarrow Parkinson's Circle (patient group); Kingsbarrow Community Health NHS Trust (Parkinson's Nurse Specialist Service); Brightdose Systems Ltd (electronic prescribing and medicines administration supplier)"),
        ("Contact", "Lead Pharmacist for Medicines Safety, Kingsbarrow University Hospitals NHS Trust"),
    ],
    primary_entrant=dict(name="Kingsbarrow University Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Kingsbarrow Parkinson's Circle", type="patient_group"),
        dict(name="Kingsbarrow Community Health NHS Trust", type="nhs_trust"),
        dict(name="Brightdose Systems Ltd", type="private"),
    ],
    sections=[
        ("context", "Describe the patient safety issue and the aims of the project", """
People with Parkinson's depend on medicines taken at precise times that are individual to them. A dose
that is late by half an hour can leave a person rigid, unable to swallow or unable to walk. Missed doses
lead to falls, choking, aspiration pneumonia and longer stays, and stopping levodopa suddenly can cause a
rare but life-threatening reaction. Hospital drug rounds, at fixed times four times a day, do not fit a
person who takes their tablets at 7.15, 10.30, 14.00, 17.30 and 21.00.

Kingsbarrow admits around 1,100 people with Parkinson's each year. Our 2021 audit found that only about
half of their doses were given within 30 minutes of the prescribed time. Medicines were often not stocked
on the ward, particularly at night and in the emergency department. Patients who were nil by mouth before
surgery often had every dose omitted, with no alternative. Our electronic prescribing system could flag
a medicine as time-critical, but the alert only appeared once a dose was two hours overdue.

We set out, with our partners, to make every Parkinson's dose on time. The electronic prescribing
supplier reconfigured the system so that each patient's own times are prescribed and the nurse's
handheld device alerts 15 minutes before each dose. Every ward and the emergency department now has a
sealed 'On Time' box of the commonest Parkinson's medicines. Patients who can manage their own
medicines are supported to keep and take them. Anaesthetists follow a nil-by-mouth plan using a patch or
dispersible tablets. And the community Parkinson's nurse specialists now visit every admitted patient on
their caseload within one working day.

Why a partnership? The problem sat across organisational lines. The hospital gives the doses, but the
expertise in each person's regime sits with the community Parkinson's nurses who know them. The
prescribing system that set the alert times belongs to a private supplier whose configuration we could
not change on our own. And nobody understands what a late dose feels like better than the people who live
with Parkinson's, which is where this project began.
"""),
        ("evidence", "What is the evidence of improved patient safety?", """
We compared all admissions of people with Parkinson's in 2021/22 with 2023/24, using the electronic
administration record and the trust's clinical coding and incident data.

<<Q:Doses given within 30 minutes of the prescribed time rose from 52% to 86%.>> <<Q:Patients who missed
at least one dose in their first 24 hours in hospital fell from 44% to 13%.>> <<Q:Aspiration pneumonia
developing during admission fell from 27 cases to 12.>>

<<Q:The average length of stay for people with Parkinson's fell by 2.1 days.>> <<Q:Inpatient falls
among people with Parkinson's fell by about a third over the same period.>>

Around four in ten eligible patients now manage some or all of their own Parkinson's medicines while
they are in hospital.
"""),
        ("stakeholders", "How were patients, carers and staff involved?", """
<<P:Members of Kingsbarrow Parkinson's Circle started this work by timing their own doses during
hospital stays and bringing the results to a meeting with our medicines safety team in 2021.>> <<P:Harold
Benn, who has had Parkinson's for fourteen years, designed the 'My Medicine Times' card that patients
now carry, and the card was tested by a dozen Circle members before it went into use.>> <<P:Carers in
the Circle asked to be allowed to give a dose themselves when a nurse could not, and the
self-administration policy now includes carers who choose to take part.>>

<<S:Ward nurses on the elderly care and neurology wards tested the new handheld alerts for six weeks and
asked for the alert to come 15 minutes early, not at the time of the dose, so they could plan around
other patients.>> <<S:Pharmacy technicians designed the 'On Time' boxes and the weekly restocking check,
and ED nurses chose where they should be kept in the department.>> <<S:Anaesthetists and the Parkinson's
nurse specialists wrote the nil-by-mouth plan together.>> <<S:Brightdose's clinical configuration
team worked on two wards alongside our nurses and rebuilt the prescribing screen after nurses said the
individual times were hidden behind a second click.>>
"""),
        ("value", "What value has been added?", """
The 'On Time' boxes, the system changes and the extra Parkinson's nurse time cost about £64,000 in the
first year; Brightdose made the configuration changes at no charge. A shorter stay of two days for 1,100
patients a year is worth far more than that, before counting the cost of aspiration pneumonia and falls.

<<P:For the Circle's members, the value has also been in being heard: the self-administration policy was
rewritten twice after their comments, and four members now join our pharmacists on monthly ward visits to
check that the boxes are stocked and the times are being kept.>> Patients tell us they are less frightened
of coming into hospital.
"""),
        ("spread", "How has the project been shared or spread?", """
The configuration is now switched on for all 38 wards, and Brightdose has offered the same time-critical
settings to every NHS customer using its system. The neighbouring trust in our integrated care system
adopted the 'On Time' box in 2024. The Parkinson's Circle has shared the 'My Medicine Times' card with
Parkinson's groups across the region, and we presented the work at the national medicines safety
conference.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I359  stroke thrombolysis door-to-needle times - pdf - rubric headings -
#       Welsh university health board, formal third-person report - ambulance
#       service and a university simulation centre as partners - no patient
#       involvement (stroke survivors as beneficiaries, routine questionnaires
#       that changed nothing, a presentation to a survivors' club, a planned
#       lay member)
# ---------------------------------------------------------------------------
entry(
    id="I359", format="pdf", layout="rubric_headings", topic="stroke_door_to_needle",
    project="independent23-straighttoscan-359", pdf_font="LiberationSerif",
    title="Straight to Scan: reducing door-to-needle times for stroke thrombolysis",
    cover=[
        "Lead organisation: Dyffryn Tawel University Health Board - Stroke Service, Ysbyty Dyffryn",
        "Partners: Gwalia Ambulance Service NHS Trust; Aberdyfnant University, School of Medicine (Clinical Simulation Centre)",
        "Prepared by the Stroke Service Manager on behalf of the Hyperacute Stroke Improvement Group",
    ],
    primary_entrant=dict(name="Dyffryn Tawel University Health Board", type="nhs_board"),
    partners=[
        dict(name="Gwalia Ambulance Service NHS Trust", type="ambulance_trust"),
        dict(name="Aberdyfnant University", type="university"),
    ],
    sections=[
        ("context", "Context and patient safety goals", """
Thrombolysis, the use of a clot-dissolving drug in ischaemic stroke, is highly time-dependent. For
every fifteen minutes that treatment is delayed, fewer patients recover without disability. National
standards recommend that eligible patients receive thrombolysis within 60 minutes of arrival at
hospital, and the best-performing services achieve a median of around 30 minutes.

Ysbyty Dyffryn is the only hospital providing thrombolysis in the health board area, serving a
largely rural population of approximately 390,000. In 2021/22 the median door-to-needle time at Ysbyty
Dyffryn was 71 minutes, among the slowest in Wales. A process review undertaken by the stroke service
identified a series of delays: pre-alert calls from ambulance crews were used inconsistently and often
did not reach the stroke team; patients were transferred from the ambulance trolley to an emergency
department trolley and assessed in a cubicle before imaging was requested; the CT scanner is situated
at the opposite end of the hospital from the emergency department; and the thrombolytic drug was
prepared only after the scan had been reported.

The project, known as Straight to Scan, aimed to reduce the median door-to-needle time to below 40
minutes and to increase the proportion of eligible patients receiving thrombolysis. The model adopted
has five elements: a structured pre-alert from ambulance clinicians direct to the stroke nurse's
telephone; the stroke team meeting the ambulance at the door; the patient remaining on the ambulance
trolley and travelling directly to CT with the crew; the drug prepared during transfer, based on an
estimated weight; and thrombolysis administered in the CT room as soon as the scan has been reviewed.
Out of hours, the on-call stroke consultant joins by video from the CT room.

The partnership reflects the pathway. The ambulance service controls the first part of the patient's
journey and the information that arrives ahead of them. The health board provides the hospital team.
Aberdyfnant University's clinical simulation centre provided the facilities and expertise for repeated
team rehearsal of the pathway, which the literature identifies as central to sustained improvement.
"""),
        ("evidence", "Evidence of improved patient safety", """
Data were drawn from the national stroke audit for all patients thrombolysed at Ysbyty Dyffryn,
comparing 2021/22 (baseline) with 2023/24.

<<Q:The median door-to-needle time fell from 71 minutes to 32 minutes.>> <<Q:The proportion of patients
thrombolysed within 60 minutes of arrival rose from 31% to 84%.>> <<Q:The proportion of all ischaemic
stroke patients receiving thrombolysis increased from 7.9% to 12.4%.>>

<<Q:Among thrombolysed patients, the proportion independent at 90 days (modified Rankin score 0 to 2)
rose from 39% to 47%.>> <<Q:Ambulance pre-alerts received for suspected stroke increased from 48% to 91%
of conveyed patients.>>

Rates of symptomatic intracranial haemorrhage following thrombolysis have remained within the expected
national range throughout the period.
"""),
        ("stakeholders", "Involvement of patients, service users, carers and staff", """
<<S:Paramedics and advanced paramedic practitioners from Gwalia Ambulance Service co-designed the
structured pre-alert with stroke nurses, reducing it to five items after crews reported that the
original script took too long on a poor rural mobile signal.>> <<S:CT radiographers proposed holding the
scanner free on receipt of a pre-alert, and they agreed with the stroke team the criteria under which a
scheduled outpatient scan may be paused.>> <<S:Emergency department porters and ambulance crews
timed alternative routes to the scanner and identified a service corridor that shortened the transfer by
four minutes.>>

<<S:Stroke nurses, emergency physicians and pharmacists rehearsed the pathway in eleven simulation
sessions at the university's centre, where simulation educators recorded each run; the decision to
prepare the drug during transfer arose from these sessions.>> <<S:Junior doctors on the stroke rota
suggested the laminated weight-estimation chart now carried on the stroke bleep.>>

Patients who have had a stroke are the beneficiaries of every minute saved. Patient experience
questionnaires are collected routinely by the stroke unit; these were reviewed by the improvement group
and no changes to the pathway were required. The project was presented to members of the Dyffryn Stroke
Survivors' Club at their annual meeting. A lay representative will be invited to join the health board's
stroke programme board in 2025.
"""),
        ("value", "Value added", """
The principal resources were staff time for simulation and a video link in the CT room, at a total cost
of approximately £23,000. The health board's health economics team, using national estimates of
lifetime care costs avoided per additional independent survivor, calculated a return many times greater
than the cost.

The value to patients is measured in brain tissue saved: fewer people left unable to walk, speak or live
independently. The pathway has also strengthened working relationships between ambulance clinicians and
the hospital team, with crews now receiving feedback on the outcome of every stroke patient they convey.
"""),
        ("spread", "Spread and sustainability", """
The pathway is embedded in the health board's stroke policy and monitored weekly through the national
audit dashboard. Gwalia Ambulance Service has adopted the structured pre-alert across Wales. The model has
been presented at the Welsh stroke conference, and two health boards have visited Ysbyty Dyffryn to
observe the pathway. The university has incorporated the simulation scenario into its postgraduate
emergency medicine programme.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I360  deterioration on virtual wards - docx - form table - PRIVATE digital
#       health company is the primary entrant (ineligible) - chief clinical
#       officer voice - no staff involvement (clinicians trained, rules set by
#       one named clinical director, the company's own developers doing their
#       job, a survey that changed nothing, a planned user group); patients
#       and a named carer took part
# ---------------------------------------------------------------------------
entry(
    id="I360", format="docx", layout="form_table", topic="virtual_ward_deterioration",
    project="independent23-watchingover-360", docx_font="Arial",
    title="Watching Over: earlier response to deterioration on a virtual ward",
    cover_table=[
        ("Entry title", "Watching Over: earlier response to deterioration on a virtual ward"),
        ("Entrant", "Pulsewise Health Technologies Ltd"),
        ("Type of organisation", "Private limited company (digital health)"),
        ("In partnership with", "Eastley Vale Hospitals NHS Foundation Trust (Virtual Wards and Hospital at Home); NHS Eastley and Marsh Integrated Care Board"),
        ("Contact", "Chief Clinical Officer (Registered Nurse), Pulsewise Health Technologies Ltd, 0117 496 0412"),
    ],
    primary_entrant=dict(name="Pulsewise Health Technologies Ltd", type="private"),
    partners=[
        dict(name="Eastley Vale Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="NHS Eastley and Marsh Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Context", """
Virtual wards allow people who would otherwise be in a hospital bed to be cared for at home, with
remote monitoring and visits from a hospital at home team. Eastley Vale runs virtual wards for up to
120 patients at a time, most with chest infections, exacerbations of COPD or heart failure, or frailty.
Patients take their own oxygen saturation, pulse, temperature and blood pressure readings on a tablet
supplied by Pulsewise, and the readings appear on a clinical dashboard.

In 2022 the trust reviewed two serious incidents. In one, a man with COPD submitted low oxygen readings
in the early evening that were not looked at until the following morning, by which time he needed
intensive care. In the other, a woman stopped sending readings overnight, and nobody noticed that
silence until her daughter rang 999. The review found that the dashboard treated every abnormal reading
the same, that missed readings raised no alert at all, and that evening and overnight cover was
unclear.

Watching Over is the redesign that followed. Readings are now scored using NEWS2 and grouped into amber
and red. A red score sends an alert to the on-duty clinician's phone, which must be acknowledged within
15 minutes, or it escalates automatically to the senior nurse and then to the hospital at home
consultant. A missed reading is now treated as a signal in its own right: if a scheduled reading does
not arrive, the patient, and then their named carer, is called. Overnight, red alerts are routed to
the urgent community response team under an agreement funded by the ICB. The patient kit was
simplified to a single device with one button.
"""),
        ("evidence", "Evidence of improvement", """
The trust's virtual ward team compared six months before Watching Over (January to June 2022) with the
same months in 2023, using the dashboard's audit log and the trust's incident and admissions data.

<<Q:The median time from a red reading to a clinical review fell from 3 hours 10 minutes to 38
minutes.>> <<Q:Red alerts not acknowledged within an hour fell from 18% to 4%.>> <<Q:Patients
transferred from the virtual ward to hospital who needed critical care within 24 hours fell from 23 to
9.>>

<<Q:Cases in which the trust's mortality and morbidity review judged deterioration to have been
recognised late fell from 14 to 3.>> Over the same period the number of patients cared for on the virtual
wards increased by around a quarter.
"""),
        ("stakeholders", "Involvement of patients, carers and staff", """
<<P:Eleven people who had recently been cared for on the virtual wards formed a design panel and tested
the new single-button kit in their own homes for two weeks.>> <<P:They rewrote our instruction booklet,
replacing screenshots with photographs of a real kitchen table, and asked for the font to be doubled in
size.>> <<P:Pauline Greaves, whose husband was on the respiratory virtual ward, suggested that a missed
reading at night should ring the carer's phone rather than make the tablet beep in a bedroom where
someone was finally asleep, and the missed-reading call now works that way.>>

Virtual ward nurses, doctors and urgent community response staff, 86 in total, completed a two-hour
training session on the new dashboard before go-live. The alert thresholds and escalation times were set
by the trust's clinical director for virtual wards, Dr Imran Qureshi, and our developers built the
changes to his specification. A survey of clinical users after three months was positive and no changes
were made as a result. We plan to set up a clinical user group in 2025.
"""),
        ("value", "Value added", """
The redesign was delivered within the existing contract at no extra cost to the trust. The ICB pays
around £140,000 a year for overnight cover by the urgent community response team. A single critical
care admission costs well over £10,000, and a virtual ward bed costs a fraction of a hospital bed,
provided it is safe.

For patients and families, the value is confidence that a worrying number will be seen, and that
silence will be noticed. Before the change, some patients had stopped trusting the tablet and were ringing 999 instead of
waiting for a call back.

For the trust, a virtual ward that clinicians trust is one they are willing to fill. Consultants in the
acute medical unit had been reluctant to refer their sicker patients to the virtual wards after the 2022
incidents, and a safer virtual ward is one they can refer to with confidence, which frees beds in the
main hospital during the winter months.

For Pulsewise, the project changed how we think about alerts. A system that produces too many alerts is
ignored, and a system that treats a missing reading as 'nothing to report' is dangerous. Both lessons
now shape every product decision we make.
"""),
        ("spread", "Spread", """
The tiered alerting and missed-reading signal are now standard features of our platform and available
to every NHS organisation that uses it, including three other trusts. The ICB has included the
overnight escalation route in its virtual ward specification for the whole system. We presented the
work at a national digital health conference in 2024.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I361  interpreters in general practice - docx - reordered (stakeholders and
#       value before evidence) - practice manager voice, chatty - GP practice
#       lead, refugee charity, council languages service - no quantitative
#       evidence in the evidence section (counts, a single audit with no
#       baseline, a target, an audit planned); one measured change sits in the
#       value section and is tagged, but the flag still applies
# ---------------------------------------------------------------------------
entry(
    id="I361", format="docx", layout="reordered", topic="interpreters_general_practice",
    project="independent23-notyourdaughter-361", docx_font="Georgia",
    title="Not Your Daughter's Job: professional interpreters by default at Cotton Street",
    cover=[
        "Cotton Street Medical Practice, Millbeck (lead) - 14,200 registered patients",
        "With Millbeck Refugee Welcome (charity) and Millbeck City Council's Community Languages Service",
        "Written by our practice manager, Nasreen Haq, with Dr Tom Ellery, GP partner",
    ],
    primary_entrant=dict(name="Cotton Street Medical Practice", type="primary_care"),
    partners=[
        dict(name="Millbeck Refugee Welcome", type="charity"),
        dict(name="Millbeck City Council", type="local_authority"),
    ],
    sections=[
        ("context", "Why we started", """
About a third of our patients speak a language other than English at home. On a typical Monday we will
hear Dari, Pashto, Tigrinya, Arabic, Kurdish Sorani, Romanian and Polish in the waiting room before
ten o'clock. For years, if a patient didn't speak English, whoever came with them interpreted. Very
often that was one of their children.

We knew it wasn't right, but it took a few bad days to make us change. A twelve-year-old boy
interpreted for his mother while she was told she was having a miscarriage. A man on warfarin took
double his dose for a week because the neighbour who interpreted for him said 'one' when the GP had said
'one and a half'. And a woman whose husband always came to interpret for her later told a health
visitor, through a professional interpreter, that he had been hurting her for years. She had sat in our
consulting rooms six times with him translating.

Telephone interpreting was available, but only if the clinician remembered to book it, and only if
there was time to use it in a ten-minute appointment. Reception staff often couldn't tell what language
someone spoke, and our records mostly said 'English not first language', which isn't a language.

So in 2022 we went to Millbeck Refugee Welcome and the council's Community Languages Service and
asked them to help us get it right. Now every patient's main language, and whether they need an
interpreter, is recorded and shows as an alert when their record is opened or an appointment is booked.
Appointments with an interpreter are automatically booked as double length. The council's interpreters
come in person for sensitive conversations, such as maternity, mental health, safeguarding, cancer and
end of life, and by video the rest of the time. Patients can show an 'I need an interpreter' card at
the desk, in 24 languages. And family members don't interpret, except in an emergency, and children
never do.
"""),
        ("stakeholders", "Who did the work", """
<<P:The 'I need an interpreter' card was designed by eight women from Refugee Welcome's Thursday women's
group, who chose the wording, the colours and the little speech-bubble symbol on the front.>> <<P:They
also told us something we'd never thought to ask: that many women did not want a male interpreter, or
one from their own small community who might know their family, and the booking screen now asks both
questions.>>

<<P:Mariam, who came to Millbeck from Afghanistan in 2021 and now volunteers with Refugee Welcome, sat
with us and tried to book an appointment online, and pointed out that the question about interpreters
was written only in English.>> It is now in eleven languages.

<<S:Our receptionists designed the alert and the wording of the booking script, and it was them who
asked for the double appointment to be booked automatically, because they were sick of arguing with the
system.>> <<S:Interpreters from the council's service spent an afternoon with our GPs and nurses showing
how a three-way conversation works, and at their suggestion clinicians now speak to the patient, not the
interpreter.>> <<S:Our practice nurses tried video interpreting in the baby immunisation clinics first
and found that the tablets needed a stand so parents could hold their babies, which we bought.>>
"""),
        ("value", "What it's worth", """
Interpreting costs us about £38,000 a year through the council's contract, and the double appointments
use clinical time we would otherwise spend on other patients. We think it is worth every penny. A
medicine taken wrongly, a safeguarding concern missed or a consent that wasn't really consent all
carry real risks, for patients first and for the practice too.

<<Q:One thing we did measure: missed appointments among patients flagged as needing an interpreter fell
from 17% in the year before the alert to 8% in the year after, because reminder texts now go out in the
patient's own language.>>

Our staff are less anxious. Reception no longer has to decide on the spot whether a patient's English is
'good enough'.
"""),
        ("evidence", "What we know so far", """
We're a GP practice, not a research unit, and we didn't record interpreter use properly before we
started, which was rather the point. What we can say is this.

- 3,140 patients now have their main language recorded, and 1,870 of them are flagged as needing an interpreter

- in 2023/24, 4,260 consultations were held with a professional interpreter, in person, by video or by phone

- when Dr Ellery reviewed 100 consultations with flagged patients in March 2024, a family member had interpreted in nine of them, all urgent same-day appointments; we have nothing earlier to compare this with

- our aim is for 95% of consultations with flagged patients to use a professional interpreter

Since the change, two women have disclosed domestic abuse to our clinicians through a professional
interpreter, and both are now safe. We can't know how many disclosures we missed before. The ICB's
primary care quality team has offered to audit interpreter use across our PCN next year, which will give
us a proper comparison with other practices.
"""),
        ("spread", "Where next", """
The other four practices in our primary care network are adding the same alert and booking rules this
year. The council has offered the card to every practice in Millbeck, and Refugee Welcome now gives it
to new arrivals at their welcome sessions. We talked about the project at the ICB's health inequalities
forum in 2024, and the local pharmacies have asked whether they could use the card too.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I362  pressure damage during long operations - pdf - CAPS headings - theatre
#       matron and tissue viability lead voice - acute trust, university
#       biomechanics centre, PRIVATE positioning equipment maker as a partner
#       (eligible) - no patient involvement (patients asleep, an explicit
#       negation, a leaflet, duty of candour letters, a planned review)
# ---------------------------------------------------------------------------
entry(
    id="I362", format="pdf", layout="caps_headings", topic="theatre_pressure_damage",
    project="independent23-underpressure-362", pdf_font="LiberationSans",
    title="UNDER PRESSURE IN THEATRE: preventing pressure damage during long operations",
    cover=[
        "LEAD ENTRANT  Greystone Vale Hospitals NHS Foundation Trust (Theatres, Anaesthesia and Tissue Viability)",
        "PARTNERS  University of Greystone, Centre for Tissue Biomechanics  |  Calderform Medical Ltd (surgical positioning equipment manufacturer)",
        "Authors: Theatre Matron and Lead Nurse for Tissue Viability",
    ],
    primary_entrant=dict(name="Greystone Vale Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="University of Greystone", type="university"),
        dict(name="Calderform Medical Ltd", type="private"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
Pressure ulcers are usually thought of as a ward problem. Yet a patient lying still on an operating
table for five hours, under anaesthesia, unable to feel discomfort or shift their weight, is at greater
risk than almost anyone on a ward. The damage often starts deep in the tissue and does not show on the
skin for two or three days, by which time the patient is back on the ward and nobody links it to theatre.

In 2021/22 our tissue viability team began tracing every hospital-acquired pressure ulcer of category 2
or above, and every deep tissue injury, back through the patient's stay. Forty-six were judged to have
started during surgery, most on the sacrum or heels, and a cluster on the face and chest of patients
operated on lying face down for spinal surgery. Our theatre mattresses were up to twelve years old. Skin
was not routinely checked at the start or end of an operation, and there was no agreed approach to
repositioning during long cases.

The trust's theatres, anaesthetic department and tissue viability service worked with the University
of Greystone's Centre for Tissue Biomechanics and with Calderform Medical, which makes surgical
positioning equipment, on a programme we called Skin at Start, Skin at End. Every patient having an
operation expected to last more than two hours is risk-assessed at the sign-in. The skin is checked and
recorded at sign-in and again at sign-out, and any mark is handed over to recovery and the ward. Where it
is surgically possible, the anaesthetist leads a small repositioning of the head and heels every two
hours. Heels are off-loaded as standard, and new pressure-redistributing surfaces and prone face
supports were chosen on the basis of the university's pressure-mapping studies.
"""),
        ("evidence", "THE RESULTS", """
We compared 2021/22 with 2023/24 using the tissue viability team's tracing method, which was applied in
the same way in both years.

<<Q:Pressure damage judged to have started in theatre fell from 46 cases to 17.>> <<Q:Operations
lasting more than two hours with the skin checked and recorded at both sign-in and sign-out rose from
12% to 91%.>> <<Q:Device-related facial pressure damage in patients having spinal surgery face down fell
from 9 cases to 2.>>

<<Q:In the university's laboratory measurements, peak interface pressure under the sacrum was 38% lower
on the new theatre surface than on the old mattress.>> The number of operations lasting more than four
hours grew over the period, as more complex spinal and bariatric surgery moved to our main site.
"""),
        ("stakeholders", "WHO TOOK PART", """
<<S:Operating department practitioners and scrub nurses rewrote the sign-in and sign-out questions so
that the skin check takes less than a minute, and it was an ODP who suggested adding a simple body map to the
electronic theatre record instead of a separate paper chart.>> <<S:Anaesthetists
agreed among themselves the cases in which two-hourly repositioning is safe, and they tested it on the
orthopaedic and colorectal lists before it was extended.>> <<S:Recovery nurses asked for the handover to
include a note of any mark, however small, because they were the ones being asked later where it had come
from.>>

<<S:Researchers at the Centre for Tissue Biomechanics designed the pressure-mapping study with our theatre
practitioners, who chose the four surfaces to be compared.>> <<S:Calderform's engineers worked alongside
spinal theatre teams to modify the prone face support after surgeons and ODPs showed them where the old
design pressed on the chin.>> <<S:Theatre healthcare assistants, who set up the tables, told us heel
off-loading devices were often left in the store because nobody knew which ones fitted which table,
and they now label and stock them by theatre.>>

Patients are asleep for the part of their care that this project changed, and we did not involve them
in its design. Patients having long operations are given a leaflet explaining that their skin will be
checked. Where a patient's skin was damaged, they received an apology and explanation under the duty of
candour. We plan to ask the trust's patient panel to review the leaflet in 2025.
"""),
        ("value", "THE VALUE", """
The new theatre surfaces, heel devices and face supports cost about £210,000, funded from the trust's
capital programme, with Calderform providing the modified face supports at cost. A category 3 or 4
pressure ulcer can add weeks to a stay and cost tens of thousands of pounds to treat. For the patient,
a pressure ulcer after an operation can mean pain, infection and a much slower recovery from the surgery
they came in for.

There is value for staff too. Ward nurses no longer find unexplained damage two days after surgery and
wonder where it came from, and theatre staff now see pressure care as part of their job rather than
something that happens elsewhere.
"""),
        ("spread", "SPREADING IT", """
Skin at Start, Skin at End is now used in all 22 of our theatres, including day surgery and the
obstetric theatres. The university has published its pressure-mapping method, and the skin check
questions have been shared through the regional tissue viability network and with the national
perioperative practice association. Two trusts in the region have visited to see the approach in use.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I363  ligature risks on acute mental health wards - pdf via soffice (style
#       headings) - Northern Ireland HSC trust, associate director of nursing
#       voice - university architecture school and lived experience network
#       as partners - NO value section; otherwise complete
# ---------------------------------------------------------------------------
entry(
    id="I363", format="pdf", layout="style_headings", topic="ligature_risk_mental_health_wards",
    project="independent23-saferspaces-363", render_via="soffice", docx_font="Liberation Sans",
    title="Safer Spaces: reducing ligature risk on acute mental health wards without locking everything away",
    cover=[
        "Lough Carran Health and Social Care Trust - Mental Health Inpatient Services (lead)",
        "Partners: Carranbridge University, School of Architecture and Design; Turning Tide Lived Experience Network",
        "Prepared by the Associate Director of Nursing, Mental Health and Learning Disability",
    ],
    primary_entrant=dict(name="Lough Carran Health and Social Care Trust", type="nhs_trust"),
    partners=[
        dict(name="Carranbridge University", type="university"),
        dict(name="Turning Tide Lived Experience Network", type="charity"),
    ],
    sections=[
        ("context", "Background", """
Self-harm by ligature is one of the most serious risks on an acute mental health ward, and suicide on a
ward is a devastating event for a family, for other patients and for staff. For many years the standard
response across the health service has been twofold: remove fixtures that could be used as anchor
points, and increase observation. Both matter. But on their own they had produced, on our three acute
wards at Carran House, an environment that patients described as bare and punishing, with blanket
restrictions on belongings, bedrooms locked during the day, and nurses spending much of their shift
watching rather than talking.

Our environmental risk assessments were thorough on paper but had been written by estates officers and
senior nurses walking the wards in daylight. In 2021/22 the three wards recorded 96 ligature incidents.
A serious incident review that year found that the place used was one that the assessment had rated
low risk, a space that looked quite different at night from a patient's point of view.

Safer Spaces had two aims: to remove the ligature risks that matter, judged from the perspective of the
people who use the wards; and at the same time to reduce the restrictions that make wards feel unsafe
and make people less likely to tell staff how they are feeling. The Trust's mental health inpatient
service worked with the School of Architecture and Design at Carranbridge University, which brought
expertise in sightlines, lighting and therapeutic design, and with Turning Tide, a network of people
with lived experience of inpatient mental health care.

The changes included replacing fixtures in bedrooms and bathrooms identified in joint walk-rounds,
re-lighting corridors and removing two blind spots by moving a nursing office, introducing door-top
alarms in all bedrooms, and reviewing every blanket restriction with patients, keeping only those that
could be justified. Observation was redesigned so that, wherever possible, the nurse carrying out
observations also spends time in conversation with the person.
"""),
        ("evidence", "Outcomes", """
We compared the three wards in 2021/22 and 2023/24, using the Trust's incident reporting system and
the wards' restriction registers. Bed numbers and the mix of patients admitted were similar in both
years.

<<Q:Ligature incidents fell from 96 to 41.>> <<Q:Incidents involving a fixed anchor point fell from 31 to
6.>> <<Q:Incidents in which the person needed emergency medical treatment fell from 12 to 3.>>

<<Q:Blanket restrictions in force across the three wards fell from 14 to 4.>> There were no deaths by
suicide on the wards in either period. The Trust's annual inpatient survey asks 'Did you feel safe on the
ward?', but too few patients on these three wards replied for us to report a reliable figure.
"""),
        ("stakeholders", "Co-production", """
<<P:Nine members of Turning Tide, all of whom had been inpatients on acute wards, carried out
walk-rounds of the three wards with estates officers and nurses, including two at night, and identified
risks that the formal assessment had missed.>> <<P:They also pointed out that a bedroom with nothing in
it feels like a cell, and they chose the furniture, fabrics and colours for the refurbished bedrooms
with the architecture students.>> <<P:Current patients on each ward reviewed the list of blanket
restrictions at community meetings, and it was their votes, alongside the clinical view, that decided
which ten restrictions were removed.>>

<<P:Ciarán, a Turning Tide member who spent five months at Carran House in 2019, co-wrote the new
observation guidance with the ward managers, and his phrase 'watch with, not watch over' is now its
title.>>

<<S:Staff nurses and healthcare assistants from all three wards, including the night teams, joined the
walk-rounds and added the risks that only become apparent on a night shift, such as the areas left dark
when the corridor lights dim.>> <<S:Estates officers and the Trust's health and safety team worked with
the university's design staff to find fittings that were safe but did not look institutional, and they
trialled three bathroom designs in an empty bedroom before choosing one.>> <<S:Occupational therapists
suggested that the lounge be rearranged so that staff could see it from the nursing station without
patients feeling watched, which removed one of the two blind spots.>>
"""),
        ("spread", "Sharing and sustaining", """
<<PS:The joint walk-round, with a lived experience member and a night-shift nurse, is now part of the
Trust's ligature risk assessment policy and is repeated every year on every inpatient ward, including the
older people's and learning disability wards.>> The university has built the project into its healthcare design
module, and its students now carry out a design review of a ward as part of their course.

The approach has been presented to the Regional Mental Health Nursing Forum and shared with the other
four Health and Social Care Trusts in Northern Ireland, two of which have begun joint walk-rounds. The
Trust's restriction register, reviewed monthly at each ward's community meeting, keeps blanket
restrictions under scrutiny so that they do not quietly return.
"""),
    ],
    flags=[dict(code="missing_section", criterion="value")],
)


# ---------------------------------------------------------------------------
# I364  choking in care homes - docx - style headings - council care quality
#       improvement manager voice - council lead, community trust speech and
#       language therapy, care providers' forum - no staff involvement (care
#       workers trained, managers briefed at a forum, one named SLT lead
#       writing resources, mealtime audits, a survey that changed nothing, a
#       planned champions network); residents and families took part
# ---------------------------------------------------------------------------
entry(
    id="I364", format="docx", layout="style_headings", topic="choking_care_homes",
    project="independent23-safeswallow-364", docx_font="Calibri",
    title="Safe Swallow: reducing choking in Ravensholt care homes",
    cover=[
        "Lead entrant: Ravensholt County Council - Adult Social Care, Quality and Improvement Team",
        "Partners: Ravensholt Community NHS Trust (Adult Speech and Language Therapy); Ravensholt Care Providers Forum",
        "Contact: Care Quality Improvement Manager, County Hall, Ravensholt RV1 2AQ",
    ],
    primary_entrant=dict(name="Ravensholt County Council", type="local_authority"),
    partners=[
        dict(name="Ravensholt Community NHS Trust", type="nhs_trust"),
        dict(name="Ravensholt Care Providers Forum", type="independent_care"),
    ],
    sections=[
        ("context", "The issue", """
Many older people living in care homes have difficulty swallowing, because of dementia, stroke,
Parkinson's disease or general frailty. For them, the wrong food or drink can cause choking, which can
kill within minutes, or aspiration into the lungs, which leads to pneumonia. Speech and language
therapists assess people's swallowing and recommend food and drink textures using the international
IDDSI framework, from thin drinks through to puréed food.

In 2021 a Safeguarding Adults Review in Ravensholt looked at the death of a man living in a care home
who choked on a sandwich at a summer party. He had been assessed as needing a soft and bite-sized diet,
but the recommendation was filed in his care plan and was not known to the agency care worker or the
volunteer serving food that afternoon. The review found the same pattern in other homes: swallowing
recommendations recorded in terms staff did not understand, out of date, or not visible at the point
where food is served; long waits for a speech and language therapy assessment; and parties, outings and
visits from family, when well-meant treats were given, as moments of particular risk.

Ravensholt has 112 care homes with around 3,900 residents. The council commissions most of the places,
the community trust provides speech and language therapy, and the Care Providers Forum represents the
homes. Safe Swallow is the response the three organisations agreed. Every resident with a modified diet
or thickened drinks now has a one-page 'swallow passport', with photographs of the right textures, kept
with them at every meal and visible to anyone serving food. Care homes can refer directly to a dedicated
dysphagia triage line at the community trust, with an assessment within two weeks for urgent cases.
Every care worker completes choking first aid training once a year. And each home has a 'treats and
outings' checklist, so that parties and trips are planned around people's swallowing needs.
"""),
        ("evidence", "Evidence of improvement", """
We compared 2021/22 with 2023/24, using the ambulance service's data on 999 calls from care homes, the
council's safeguarding records and the community trust's waiting list data.

<<Q:Emergency calls from Ravensholt care homes for choking fell from 47 to 19.>> <<Q:Residents on a
modified diet or thickened drinks with an up-to-date swallowing recommendation visible at mealtimes rose
from 34% to 88% in the council's quality monitoring visits.>> <<Q:The median wait for a speech and
language therapy swallowing assessment for care home residents fell from 14 weeks to 12 days.>>

<<Q:Deaths of care home residents in which choking was recorded as a cause fell from four in 2021/22 to
one in 2023/24.>> These numbers are small, and each death is reviewed individually through the
safeguarding process.
"""),
        ("stakeholders", "Involvement of residents, families and staff", """
<<P:Residents took part in the design of the swallow passport from the start: at two homes, residents'
meetings looked at early drafts, and residents living with dementia showed us which photographs they
recognised as their own meals.>> <<P:Relatives were just as involved, and the idea of a 'treats and
outings' checklist came from the daughter of a resident at Beechgrove House, who described bringing
her mother's favourite biscuits every Sunday without anyone telling her they were unsafe.>> <<P:A group
of families then tested the checklist over a summer of outings and garden parties, and at their
suggestion it now includes a short list of safe treats for each texture level.>>

<<P:Residents at three homes also took part in taste sessions with the homes' cooks, trying modified
texture versions of familiar dishes, and the recipes they chose are now shared across the county.>>

The passport and the triage line were designed by the community trust's dysphagia lead, Speech and
Language Therapist Kerry Oduya. Around 1,400 care workers have completed the annual choking first aid
training, and care home managers were briefed on Safe Swallow at the Care Providers Forum's quarterly
meeting. Speech and language therapists audited mealtimes in 40 homes as part of the council's quality
monitoring. A survey of care home staff after the first year had 310 replies, mostly positive, and no
changes were made. We plan to set up a network of Safe Swallow champions among care staff in 2025.
"""),
        ("value", "Value", """
The triage line needed one additional speech and language therapist post, funded by the council and the
ICB together at about £52,000 a year. The passports cost very little to produce. Each 999 call for
choking involves an ambulance, often a hospital admission, and sometimes a stay in intensive care;
aspiration pneumonia in a frail older person frequently leads to a long admission or to death.

For residents and families the value is simple: safer meals that still feel like meals, and treats
that can be shared without fear.
"""),
        ("spread", "Spread", """
The swallow passport has been adopted by the two neighbouring councils and is now included in the
council's contract for all care home placements. The Care Providers Forum has shared the 'treats and
outings' checklist with its national umbrella body, and the community trust is extending the triage line
to people receiving home care.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I365  medicines on arrival at and release from prison - pdf - with appendix
#       - PRIVATE custodial healthcare company is the primary entrant
#       (ineligible) - head of healthcare and lead pharmacist voice - prison
#       and mental health trust as partners - no patient involvement (men as
#       beneficiaries, wing notices, a prisoner council told, a survey that
#       changed nothing, men who declined, planned peer champions)
# ---------------------------------------------------------------------------
entry(
    id="I365", format="pdf", layout="with_appendix", topic="prison_medicines_continuity",
    project="independent23-throughthegate-365", pdf_font="DejaVuSans", pdf_align="L",
    title="Through the Gate: critical medicines on arrival at and release from HMP Ashgrove",
    cover=[
        "Primary entrant: Castlegate Custodial Healthcare Ltd - healthcare provider at HMP Ashgrove under contract to NHS England (Health and Justice)",
        "Partners: HMP Ashgrove (HM Prison and Probation Service); Wellmere Partnership NHS Foundation Trust (Mental Health In-Reach and Substance Misuse Services)",
        "Entry by the Head of Healthcare and the Lead Pharmacist, HMP Ashgrove",
    ],
    primary_entrant=dict(name="Castlegate Custodial Healthcare Ltd", type="private"),
    partners=[
        dict(name="HMP Ashgrove", type="public_other"),
        dict(name="Wellmere Partnership NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Summary of the problem", """
HMP Ashgrove is a local prison holding around 1,100 men. Around 80 new arrivals come through reception
every week, most of them straight from court and many late in the evening. A large proportion are
taking medicines that cannot safely be missed: anti-epileptic drugs, insulin, anticoagulants, HIV
treatment, antipsychotics and opioid substitution therapy such as methadone or buprenorphine.

Two points in a prison sentence are particularly dangerous for medicines. The first is the first night.
Until 2022, a man arriving at 8pm with no medicines and no paperwork would often wait until the next
day, or longer, before anyone could confirm what he took, and his first doses were missed. In 2021 a man
had a prolonged seizure on his first night because his anti-epileptic medicine had not been confirmed.
The second is release. Men leaving prison, especially those released directly from court, often left with
no medicines, no prescription and no appointment with a community prescriber. Tolerance to opioids falls
quickly in custody, and the weeks after release carry a very high risk of fatal overdose. In 2021 a man
died of an overdose six days after release from Ashgrove, having missed his first community prescribing
appointment, which had never been booked.

Through the Gate is the joint response of Castlegate, which provides primary care, nursing and pharmacy
services at Ashgrove, the prison itself, and Wellmere Partnership, which provides the in-reach mental
health and substance misuse teams. A pharmacy technician now works in reception until 10pm with access to
the national summary care record, so that medicines can be confirmed and the first doses given on the
first night from a stock of critical medicines. Reception officers flag anyone who says they take
medicines, and a substance misuse nurse sees every man on opioid substitution therapy before he goes to
the wing. On release, a 'Release Ready' checklist makes sure every man leaves with at least seven days'
medicines or a prescription, a naloxone kit if he uses opioids, and a booked appointment with a community
prescriber. For men who may be released from court, a sealed release bag travels with them to every
hearing.
"""),
        ("evidence", "What happened as a result", """
We compared 2021/22 with 2023/24 using the prison clinical system, the pharmacy records and the
prison's own incident data.

<<Q:Men arriving on a critical medicine who missed or had a dose delayed by more than 12 hours on their
first night fell from 29% to 8%.>> <<Q:Men leaving with medicines or a prescription, a naloxone kit where
relevant and a booked community appointment rose from 41% to 92%.>> <<Q:Men on opioid substitution therapy
who attended a community prescriber within 48 hours of release rose from 46% to 79%.>>

<<Q:Medicines found during cell searches that had been prescribed to someone else fell from 112 finds to
48.>> Deaths from drug poisoning within four weeks of release are too few to compare reliably, and each is
reviewed individually.
"""),
        ("stakeholders", "Our people", """
<<S:Reception officers and the reception pharmacy technicians designed the medicines flag on the
prison's reception screen together, and the officers asked for a single question, 'Do you take anything
you can't miss?', because the longer version was not being asked at 9pm.>> <<S:Pharmacy technicians
chose the contents of the first-night critical medicines stock and set up the weekly check.>>
<<S:Substance misuse nurses and recovery workers from Wellmere worked out the release checklist with
our GPs and the prison's offender management unit, who agreed to give healthcare 48 hours' notice of
every planned release.>> <<S:Wing officers suggested the sealed release bag for court appearances after
seeing men brought back to collect medicines they had not been allowed to take to court.>>

The men in our care are the people this work is for. A notice explaining the first-night arrangements was
put up on every wing, and the changes were reported to the prisoner council. The prisoner council's own
healthcare survey in 2023 received 180 replies, which were mostly positive about pharmacy, and nothing was
changed as a result. We invited six men who had been released and recalled to talk to us about what had
happened to their medicines, and all declined. We hope to train peer health champions on each wing in
2025.
"""),
        ("value", "Worth it?", """
The evening pharmacy technician post costs around £34,000 a year, and the naloxone kits are supplied by
the local authority's substance misuse service. Every missed anti-epileptic or insulin dose carries a
risk of an emergency transfer to hospital with two escorting officers, which costs the prison a shift
and the NHS an admission. Every death after release is a tragedy for a family and a failure of the system.

For the prison, fewer diverted medicines means fewer debts, fewer assaults and a safer wing.
"""),
        ("spread", "Beyond Ashgrove", """
The 'Release Ready' checklist has been adopted by the two other prisons in the region where Castlegate
provides healthcare, and NHS England's regional Health and Justice team has shared it with all
providers in the region. Wellmere has extended the 48-hour community prescriber appointment to men
released from the region's other local prison.
"""),
    ],
    trailer=[
        ("heading", "Appendix 1: Definitions"),
        ("para", "Critical medicines: anti-epileptics, insulin, anticoagulants, antiretrovirals, clozapine and other antipsychotics, opioid substitution therapy and Parkinson's medicines, as listed in the provider's critical medicines policy (version 3, 2022)."),
        ("heading", "Appendix 2: Data sources"),
        ("para", "Prison clinical system (arrival and release records); pharmacy dispensing and stock records; HMP Ashgrove security department finds log. Baseline: 1 April 2021 to 31 March 2022. Comparison: 1 April 2023 to 31 March 2024."),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I366  falls at night in community hospitals - pdf - numbered questions -
#       matron voice - community trust, university school of health
#       sciences, older people's charity - no quantitative evidence (new
#       reporting system so no comparable baseline, single-year counts, one
#       audit figure, activity, a target, an evaluation planned)
# ---------------------------------------------------------------------------
entry(
    id="I366", format="pdf", layout="numbered_questions", topic="falls_at_night_community_hospitals",
    project="independent23-lightslow-366", pdf_font="LiberationSerif",
    title="Lights Low, Eyes Open: preventing falls at night in our community hospitals",
    cover=[
        "Lead entrant: Merrow Vale Community Health NHS Trust (Community Hospitals Directorate)",
        "Partners: University of Merrow, School of Health Sciences; Silver Thread Merrow (charity for older people)",
        "Author: Matron, Community Hospital Inpatient Services - 01632 960 447",
    ],
    primary_entrant=dict(name="Merrow Vale Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="University of Merrow", type="university"),
        dict(name="Silver Thread Merrow", type="charity"),
    ],
    sections=[
        ("context", "1. What was the patient safety issue?", """
Our four community hospital wards, 92 beds across Merrow, Brook and Hinton, care mostly for older people
recovering after an acute hospital stay. They are here to get stronger and go home. A fall can undo all
of that in a moment, and a broken hip or a head injury in a frail 85-year-old can be the end of their
independence, or of their life.

When we looked at our serious falls in 2022, the pattern was striking. Most happened between ten at
night and six in the morning, usually when someone got up alone to go to the toilet. The people who fell
were often a little confused at night, in an unfamiliar room, with their glasses on the locker, their
frame out of reach and a bathroom door that looked exactly like the cupboard door beside it. Many had
been given a sleeping tablet. At night each ward has one registered nurse and two healthcare assistants
for 23 patients, and they cannot be everywhere.

Lights Low, Eyes Open is a night-time bundle. At ten o'clock every patient has a 'last round': toilet,
drink, glasses on, call bell and walking aid within reach, bed at its lowest height. Motion-activated
lights at floor level now light the route from each bed to the bathroom, and bathroom doors have been
painted a single bright colour with a picture sign. In each ward one bay is a 'watched bay' for the
patients at highest risk, with a healthcare assistant based there through the night. A pharmacist
reviews every patient prescribed a sleeping tablet or sedative at night. And every patient with
confusion has a short 'settling at night' plan, filled in on admission, so night staff know what
usually helps them settle.
"""),
        ("evidence", "2. What evidence is there of improved patient safety?", """
The bundle went live on all four wards in March 2024. Between then and February 2025 we recorded 37 falls
between 10pm and 6am, four of which caused moderate or severe harm.

We cannot honestly compare these figures with earlier years. In 2023 the trust moved to a new incident
reporting system, which records the time of a fall and the level of harm differently, and the old and
new figures do not match up. We would rather say so than present a comparison we do not trust.

What we can say is that the bundle is being used. In an audit of patient-nights in January 2025, the ten
o'clock round was recorded for 91% of patients. The ward pharmacists reviewed the night-time sedatives of
214 patients in the first year, and stopped or reduced them for 58.

Our aim is to halve falls with harm at night against the first full year on the new system. The
University of Merrow's School of Health Sciences will evaluate the bundle over 2025/26, comparing our
wards with two community hospitals in a neighbouring trust that do not use it.
"""),
        ("stakeholders", "3. How were patients, carers and staff involved?", """
<<P:Eileen Marsh, who fell twice on Brook Ward in 2022, came back and walked the route from her old bed
to the toilet with us with the lights off, and showed us that she had not been able to find the switch
and that the bathroom door looked like the cupboard.>> <<P:Members of Silver Thread's Thursday club
chose the colour for the bathroom doors from three options and helped pick the picture signs, which they
said had to look like a toilet and not like a symbol.>> <<P:Relatives of patients with dementia wrote the
questions for the 'settling at night' plan, such as 'What does Mum do if she wakes in the night at home?'
and 'Does he sleep with the radio on?'>>

<<S:Night healthcare assistants came up with the ten o'clock round, and they tested the checklist on Hinton
Ward for a month and cut it down to five items.>> <<S:Night nurses tried two types of motion-sensor light
and chose the one that lit the floor without waking the patient in the next bed.>> <<S:Our estates
team and occupational therapists agreed where the lights and signs should go after walking each ward
together at night.>> <<S:Ward pharmacists and night nurses agreed between them which sedatives would be
reviewed first, after nurses told the pharmacists which medicines they saw most often before a fall.>>

<<S:Nursing researchers from the university spent six night shifts on the wards observing and
talking to staff, and the 'watched bay' came from their observations and the night staff's own
suggestions.>>
"""),
        ("value", "4. What is the value?", """
The lights and door signs cost about £14,000 across the four wards, and the watched bays were staffed by
reorganising existing night shifts rather than adding staff. A single hip fracture in an older patient
costs the NHS and social care well over £20,000 in the first year, and often means a move to a care home
instead of going home.

For patients and families the value is peace of mind. Relatives tell us they feel better leaving in the
evening knowing that someone has asked how their mother usually sleeps. For night staff, the bundle has
given a structure to the first hour of the shift.
"""),
        ("spread", "5. How has it been spread?", """
The bundle has been shared with the two community hospitals in the neighbouring trust, which will also
act as the comparison sites for the university's evaluation. The university now teaches it in its
pre-registration nursing programme, and Silver Thread has included the door colours and signs in advice
it gives to care homes. We presented Lights Low, Eyes Open at the regional falls prevention network in
2024.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I367  safeguarding adults at hospital discharge - docx - rubric headings
#       with a cover table - head of safeguarding voice - council lead with
#       hospital, police and a domestic abuse charity - NO stakeholders
#       section; patient and staff involvement told in context and spread -
#       no quantitative evidence (counts, one proportion with no baseline, an
#       audit rating, an aim)
# ---------------------------------------------------------------------------
entry(
    id="I367", format="docx", layout="rubric_headings", topic="safeguarding_adults_discharge",
    project="independent23-safetogohome-367", docx_font="Cambria",
    title="Safe to Go Home? Safeguarding adults at the point of hospital discharge",
    cover_table=[
        ("Entry title", "Safe to Go Home? Safeguarding adults at the point of hospital discharge"),
        ("Lead organisation", "Thornfield Metropolitan Borough Council - Adult Social Care and Thornfield Safeguarding Adults Board"),
        ("Partner organisations", "Thornfield Teaching Hospitals NHS Trust; Northmoor Police; Thornfield Women's Refuge and Outreach (charity)"),
        ("Lead contact", "Head of Safeguarding Adults, Thornfield MBC, Civic Centre, Thornfield TF1 1AA"),
    ],
    primary_entrant=dict(name="Thornfield Metropolitan Borough Council", type="local_authority"),
    partners=[
        dict(name="Thornfield Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Northmoor Police", type="emergency_service"),
        dict(name="Thornfield Women's Refuge and Outreach", type="charity"),
    ],
    sections=[
        ("context", "Context and patient safety goals", """
A hospital stay can be the first time in years that anyone outside the home sees what is happening to an
older or disabled person. Nurses notice bruises, weight loss or a relative who will not let the patient
speak for themselves. Domestic abuse is disclosed to a nurse at three in the morning. Safeguarding
concerns are raised. And then, too often, the person is discharged back to the same home before the
concern has been looked at by anyone.

In 2021 the Thornfield Safeguarding Adults Board published a review into the death of Mrs B, a woman of
79 who was discharged from hospital to the care of her son. A ward nurse had raised a safeguarding
concern about neglect and financial abuse two days earlier. The council's safeguarding team had not
reached it before she went home; the police held a record of a domestic incident at the address that
nobody in the hospital knew about; and the discharge team had booked transport the day before. She died
five weeks later. <<P:Mrs B's daughter, who lives abroad, met the review panel and asked the question that
gave this project its name: 'Did anybody ask whether it was safe for Mum to go home?'>>

Safe to Go Home? has three parts. The electronic discharge checklist at Thornfield Teaching Hospitals now
asks, on its first screen, whether there is an open safeguarding concern; if there is, discharge to the
person's usual address cannot be completed until a safeguarding practitioner from the council's
hospital social work team has reviewed it. A daily safeguarding huddle in the hospital's discharge hub
brings together hospital social workers, the safeguarding nurses and, twice a week, the police domestic
abuse liaison officer and an independent domestic violence adviser from the refuge. And before discharge,
anyone with a concern about abuse is asked, privately and alone, whether they feel safe to go home.

<<P:That private question was worded with two women supported by the refuge, who had both been sent home
from hospital to abusive partners, and they insisted that it be asked when the patient is alone and never
on a ward round.>> <<S:Ward sisters and discharge coordinators on the elderly care and medical wards
tested the checklist for two months, and they moved the safeguarding question from the last screen to
the first because, by the last screen, transport had already been booked.>> <<S:Hospital social
workers and the police domestic abuse liaison officer designed the daily huddle together and set its
rule that every case is discussed in under five minutes.>>
"""),
        ("evidence", "Evidence of improved patient safety", """
In its first full year, 2023/24, the checklist flagged 612 discharges with an open safeguarding concern.
Of these, 488 were reviewed by a safeguarding practitioner before the person left hospital. For 41
people, the discharge destination was changed, to a relative, a care home, a refuge or a step-down bed,
and the refuge's adviser supported 57 people who disclosed domestic abuse during their stay.

We do not have a comparable figure for earlier years, because no organisation recorded whether a
safeguarding concern was still open when a person was discharged. That gap was one of the review's main
findings.

The Safeguarding Adults Board's multi-agency audit group examined 30 flagged discharges in early 2024
and judged 26 to have been safely managed. Our aim is for every flagged discharge to be reviewed before
the person leaves, seven days a week, and we are not there yet at weekends.
"""),
        ("value", "Value added", """
The project required one additional hospital social worker, at about £48,000 a year, funded through the
Better Care Fund. The refuge's adviser time is funded by the police and crime commissioner. A discharge
that goes wrong can mean a readmission with injuries, a safeguarding enquiry, a review and, at worst, a
death.

The value we see every day is that a concern raised on a ward now goes somewhere. Nurses who raise a
concern hear what happened to it, and people who are frightened to go home are asked the question while
there is still time to do something.

There is also value in the relationships the huddle has built. Before the project, the police domestic
abuse team and the hospital's safeguarding nurses had rarely met; now they discuss cases in the same
room twice a week, and information that once took days to share is passed across the table in minutes.
For the council, safeguarding concerns from the hospital arrive with the information needed to act on
them, rather than as a form with a name and a ward.
"""),
        ("spread", "Spread and sustainability", """
The checklist question and the huddle are now written into the Safeguarding Adults Board's multi-agency
procedures. <<S:The police's domestic abuse liaison officers proposed extending the huddle to the
emergency department, for people who are sent home without being admitted, and this is being tested
from April 2025.>> The Board has shared the approach with the neighbouring boroughs through the regional
safeguarding adults network, and the community trust is considering the same question for its
community hospital discharges.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I368  fires in homes where medical oxygen is used - pdf - no headings -
#       fire and rescue service lead, head of prevention voice, formal - home
#       oxygen service and a PRIVATE oxygen supplier as partners (eligible) -
#       no patient AND no staff involvement (householders visited, leaflets,
#       consent, people who declined, a planned review; the agreement drawn
#       up by one named manager, firefighters and control staff trained,
#       nurses and engineers briefed, a questionnaire that changed nothing,
#       a hoped-for working group)
# ---------------------------------------------------------------------------
entry(
    id="I368", format="pdf", layout="no_headings", topic="home_oxygen_fire_safety",
    project="independent23-oxygenflame-368", pdf_font="DejaVuSans",
    title="Oxygen and Flame: sharing information to prevent fires in homes where medical oxygen is used",
    cover=[
        "Westerby and Dene Fire and Rescue Service (lead entrant)",
        "Partners: Westerby Community Healthcare NHS Trust - Home Oxygen Assessment and Review Service; Airline Home Oxygen Services Ltd (contracted home oxygen supplier)",
        "Submitted by the Head of Prevention and Protection",
    ],
    primary_entrant=dict(name="Westerby and Dene Fire and Rescue Service", type="emergency_service"),
    partners=[
        dict(name="Westerby Community Healthcare NHS Trust", type="nhs_trust"),
        dict(name="Airline Home Oxygen Services Ltd", type="private"),
    ],
    sections=[
        ("context", None, """
Around 1,900 people in Westerby and Dene use oxygen at home, most of them living with chronic lung or
heart disease. Medical oxygen does not burn, but it makes everything around it burn far more readily and
fiercely. Clothing, hair, bedding and the oxygen tubing itself can ignite from a cigarette, an
e-cigarette charging nearby, a candle or a gas hob, and bedding soaked in paraffin-based skin creams
adds further fuel. Fires in these homes cause severe burns to the face and airway, and they put
neighbours and firefighters at risk.

Between 2020 and 2022 three people died in fires in homes where oxygen was in use in our area. In each
case the home oxygen service knew that the person smoked, and the supplier's engineer had seen burn marks
on the tubing at a routine visit. The fire service knew nothing: we had no record of which addresses held
oxygen, no referral route from health, and our crews attended one of those fires unaware that there were
oxygen cylinders in the house.

The three organisations signed a data-sharing agreement in 2022. With the person's consent, every new
home oxygen installation is now notified to the fire service, which offers a Safe and Well visit within
14 days, or within 48 hours where the person smokes. The visit includes checking smoke alarms, advice on
smoking and e-cigarettes, fire-retardant bedding and throws where needed, and the fitting of firebreak
valves on the oxygen tubing, which stop a flame travelling back to the concentrator. Each oxygen address
is flagged in our control room, so that crews attending any incident there know oxygen is present.
Supplier engineers who see signs of smoking or scorching now report them the same day to the oxygen
service and to us, and the oxygen service reviews whether oxygen remains safe for that person.

None of the three organisations could have closed this gap alone. The oxygen service holds the clinical
relationship and the prescription, but its nurses visit perhaps twice a year. The supplier's engineers
are in the home more often than anyone, but had no clinical role and no route to report what they saw.
The fire service has the expertise and the equipment to make a home safer, but did not know where to go.
The agreement gives each organisation a defined part, and a shared record of what has been done.
"""),
        ("evidence", None, """
We compared 2021/22, the year before the agreement, with 2023/24, using our incident recording system
and the oxygen service's records.

<<Q:Fires in homes where medical oxygen was in use fell from 14 to 5.>> <<Q:The proportion of oxygen
users known to smoke who received a fire safety visit within 14 days of installation rose from 22% to
91%.>> <<Q:Homes with firebreak valves fitted on all oxygen tubing rose from 35% to 97%, as checked by the
supplier at routine visits.>>

There were no fire deaths in homes with oxygen in 2023/24, compared with one in 2021/22; with numbers this
small we do not claim this as a result of the project. Our crews carried out 1,640 Safe and Well visits
to oxygen users in 2023/24.
"""),
        ("stakeholders", None, """
The data-sharing agreement and referral process were drawn up by our community risk manager, Station
Manager Aled Morgan, who leads the work for the service. All 410 operational firefighters and 60 control
room staff completed an online module on oxygen risks, and the home oxygen nurses and the supplier's
engineers were briefed on the new referral route. A questionnaire sent to crews after the first year was
positive and the visit content was left unchanged. We hope to set up a joint working group of
firefighters, nurses and engineers in the coming year.

Oxygen users and their families are the people this work protects. Each person is asked for consent
before their details are shared, and each household receives a leaflet about oxygen and fire. Around one
in ten people offered a visit declined it. We intend to ask the local Breathe Easy support group to review
the leaflet in 2025.
"""),
        ("value", None, """
The firebreak valves cost about £6 each, and fire-retardant bedding packs about £90. The visits are
delivered from the fire service's existing prevention budget. A single serious fire involving oxygen can
cost the public sector hundreds of thousands of pounds in emergency response, burns care and rehousing,
and a fire death costs far more. For the oxygen service, the information from our visits has made
decisions about whether oxygen is safe for a person who continues to smoke better informed and fairer.
"""),
        ("spread", None, """
The agreement has been adopted by the two neighbouring fire and rescue services whose areas are covered
by the same home oxygen contract, and the supplier is using our referral process in the other regions it
serves. The National Fire Chiefs Council's home safety group has included our approach in its guidance
on medical oxygen, and we presented the work at the national prevention conference in 2024.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)
