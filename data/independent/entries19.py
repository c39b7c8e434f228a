"""Nineteenth independent evaluation set (I289..I304) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind, without reference to the review pipeline, its models, flows, tests,
benchmarks or any earlier gold output; only build.py and two earlier entry files were read,
for the file format and the mark-up.  All organisations, places and people are fictional.

Topics: cross-border stroke thrombolysis, epilepsy rescue medication in schools, hearing
loss in care homes, lithium monitoring (Scottish health board), suicide prevention in the
emergency department, surgical site infection after discharge, glucose monitoring in
pregnancy (company-led), deterioration on virtual wards, pharmacist-led opioid reviews,
choking risk in learning disability services, prescriptions across the England-Wales
border, wrong-tooth extraction, intravitreal eye injections, oxygen prescribing,
nasogastric tube checks (company-led) and medicines for people leaving hospital homeless.

Build it with

    .venv/bin/python data/independent/build.py --set 19   (writes data/corpus/independent19/)

Mark-up used inside section bodies (stripped before rendering):
  <<Q:sentence>>   quantitative claim (a measured change in an outcome: a baseline and an
                   after value, or a stated change such as 'halved' or a sustained shift)
  <<P:sentence>>   patient / carer / family / service-user / lived-experience involvement
  <<S:sentence>>   staff involvement (any staff group, including partners' staff, who
                   co-designed, tested, were consulted, governed the work or gave feedback
                   that changed it)
  (letters combine, e.g. <<PS:...>>)
Paragraphs are separated by a blank line; line breaks inside a paragraph are joined with
a single space.  A paragraph starting with "- " is a bullet item.

Labelling conventions:
  * not Q: dates, financial years, bed/ward/home counts, headcounts, numbers trained,
    activity counts, single figures with no baseline, budgets and costs, savings
    estimates, phone numbers, postcodes, reference numbers, targets not yet reached,
    plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words;
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * not P/S: beneficiaries, people trained, briefed, informed or audited, plans and
    intentions, negations, unnamed 'stakeholders', a single named lead doing their job,
    audiences at launches, surveys after which nothing changed, people who declined.
  * Some involvement is deliberately placed outside the stakeholder section, told through
    pronouns after a group is named, in the passive voice, or by unusual job titles.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; Scottish and Welsh health boards are nhs_trust; primary care networks,
GP federations, local pharmaceutical and optical committees are primary_care).
Flags are written by hand and build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I289  stroke thrombolysis across the England-Wales border - pdf - own
#       headings - Welsh health board, consultant stroke physician voice -
#       some patient involvement placed in the spread section - no flags
# ---------------------------------------------------------------------------
entry(
    id="I289", format="pdf", layout="own_headings", topic="stroke_thrombolysis_cross_border",
    project="independent19-telestroke-289", pdf_font="DejaVuSans",
    title="Amser yw Ymennydd / Time is Brain: one thrombolysis pathway for a stroke on either side of the border",
    cover=[
        "Prif ymgeisydd / Lead entrant: Bwrdd Iechyd Prifysgol Bro Hafren / Bro Hafren University Health Board",
        "Partneriaid / Partners: Cambrian Ambulance Service NHS Trust  ~  Marcher Hospitals NHS Trust (Shrewsford Royal Infirmary)  ~  Hafren Valley Stroke Club",
        "Entry prepared by the consultant stroke physician and clinical lead for the Bro Hafren telestroke service. Stroke office: 01686 610 447",
    ],
    primary_entrant=dict(name="Bro Hafren University Health Board", type="nhs_trust"),
    partners=[
        dict(name="Cambrian Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Marcher Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Hafren Valley Stroke Club", type="patient_group"),
    ],
    sections=[
        ("context", "The problem: a long road and two systems", """
Bro Hafren University Health Board covers a large, thinly populated area of mid Wales with no hyperacute
stroke unit of its own. A person who has a stroke in one of our market towns is taken either west, to our
district general hospital at Llanfair, or east across the border to Shrewsford Royal Infirmary, run by
Marcher Hospitals NHS Trust. Which way the ambulance turns depends on the postcode, the time of day and,
until recently, on which crew happened to be closest.

Clot-busting treatment (thrombolysis) must be given within four and a half hours of the start of
symptoms, and every minute of delay costs the person nearly two million brain cells. In 2020 our
reviews of patients who arrived within the window but were not treated found a depressing list: no
warning call from the ambulance, a wait for a CT scanner being used by someone else, a stroke doctor who
was at home forty minutes away, and patients who were taken to one hospital when the other was closer.
Patients moving from Welsh to English care, or the other way, arrived with no shared record and their
families were sometimes not told which hospital they had gone to.

Time is Brain created one pathway for both hospitals. Ambulance crews use a single stroke assessment
and a pre-alert call straight to the stroke team, not to the switchboard. The patient goes from the
ambulance trolley directly onto the CT table. Out of hours, a shared telestroke rota of consultants from
both organisations sees the patient by video and reviews the scan on a common image-sharing link. The
decision about which hospital to go to is made by a simple travel-time map agreed by all three services,
not by which side of the border the patient lives.
"""),
        ("evidence", "Measuring the difference", """
We compared the eighteen months before the pathway (January 2021 to June 2022) with the eighteen months
after (July 2022 to December 2023), using the national stroke audit returns of both hospitals and the
ambulance service's records. Patients from the Health Board's area were counted wherever they were
treated.

<<Q:The median time from arrival at hospital to the start of thrombolysis, the door-to-needle time, fell
from 74 minutes to 38 minutes.>> <<Q:The proportion of thrombolysed patients treated within 60 minutes of
arrival rose from 21% to 68%.>> <<Q:The thrombolysis rate among all patients with an ischaemic stroke from
our area increased from 7.2% to 12.9%, bringing us close to the national average for the first time.>>

<<Q:Ambulance pre-alerts were made for 93% of suspected stroke patients, compared with 46% before.>>
<<Q:Patients taken to the hospital that was not the nearer of the two, on the agreed travel-time map,
fell from 58 to 11.>>

Our goal is a median door-to-needle time of 30 minutes at both sites. Llanfair is now at 34 minutes and
Shrewsford at 41, so neither has reached it yet.
"""),
        ("stakeholders", "Shaping it together", """
<<S:Paramedics from the three ambulance stations that cover the border, together with the emergency
medical dispatch team, rewrote the pre-alert script in a single afternoon with the stroke nurses, and it
was a dispatcher who pointed out that the old script asked for the patient's GP before it asked for the
time the symptoms began.>> <<S:CT radiographers at Llanfair agreed to hold the scanner free when a
stroke pre-alert is received, after running two mock patients through the department with the stroke
team and timing each step.>>

<<S:The six consultants on the telestroke rota, three employed by each organisation, met monthly for the
first year and changed the video protocol twice, once to add a second camera angle for examining
eye movements and once to shorten the consent discussion.>> <<S:Welsh-speaking nurses on the stroke unit
translated the family information sheet and asked for the pre-alert to record the patient's preferred
language, because confusion after a stroke is worse when people are spoken to in their second language.>>

In addition, all 214 paramedics in the area completed a refresher module on the stroke assessment, and
the switchboards at both hospitals were briefed on the new direct line.
"""),
        ("value", "Value", """
The telestroke carts and image-sharing link cost about £96,000, paid for jointly by the Health Board and
the Trust. A person who receives thrombolysis quickly is more likely to go home independent, and each
person who avoids long-term disability saves health and social care many times the cost of the pathway.

There is also a quieter value in working as one service. Before 2022 each hospital believed the other
had the easier job. The shared rota has built relationships between consultants who had never met, and
patients no longer fall into the gap between two health systems.
"""),
        ("spread", "Spread and what next", """
The pathway has been adopted by the ambulance service for the whole of its central region, including a
second cross-border route into Hereford Vale. The Welsh stroke implementation group has asked us to share
the travel-time map with the other rural health boards.

<<P:Members of the Hafren Valley Stroke Club, some of whom live with aphasia after their own strokes,
reviewed the family information sheet before it was used in the new sites, and at their request it now
uses pictures for each step and leaves out the word 'thrombolysis' altogether.>> <<P:Two of them joined
the ambulance service's training day at Newtown, telling crews what they remembered of their own journeys,
and the crews changed their handover so that the patient is spoken to directly rather than about.>>
Their club has since been asked to do the same for the Hereford Vale route.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I290  epilepsy rescue medication in schools - docx - bullet lists -
#       children's epilepsy nurse voice - no patient involvement (parents sent
#       plans and surveyed with no change, children as beneficiaries, a plan
#       for a young people's panel, an explicit negation, a coffee morning)
# ---------------------------------------------------------------------------
entry(
    id="I290", format="docx", layout="bullet_lists", topic="epilepsy_rescue_medication_schools",
    project="independent19-rescuemeds-290", docx_font="Arial",
    title="Grab Bag: getting emergency epilepsy medicine to the child, in school, on the bus and on the trip",
    cover=[
        "Lead organisation: Ashcombe and Tarn Community Health NHS Trust - Children's Epilepsy Nursing Team",
        "Working with:",
    ],
    cover_bullets=[
        "Ashcombe County Council (Education, Inclusion and Home to School Transport)",
        "Brightwater Learning Trust (multi-academy trust, four special schools and nine primaries)",
        "NHS Ashcombe and Tarn Integrated Care Board",
    ],
    primary_entrant=dict(name="Ashcombe and Tarn Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Ashcombe County Council", type="local_authority"),
        dict(name="Brightwater Learning Trust", type="public_other"),
        dict(name="NHS Ashcombe and Tarn Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "What was going wrong", """
- We are a team of four children's epilepsy nurse specialists covering about 900 children and young people with epilepsy across Ashcombe and Tarn.

- Around 160 of them have been prescribed buccal midazolam, a rescue medicine squirted into the cheek when a seizure goes on for more than five minutes. Given in time, it stops most prolonged seizures. Given late, or not at all, the child may need intensive care.

- In 2021 we reviewed every report of a prolonged seizure at school or on school transport. The problems were not about the medicine. They were about where the medicine was and who knew what to do with it.

- Midazolam was locked in the school office while the child was on the field, or left at school when the child went on a trip.

- Some syringes had expired months earlier. Nobody was responsible for checking.

- Each child had up to three different plans: one from the hospital, one from us and one written by the school. They did not always agree on the dose.

- Escort staff on home to school transport had often never been told that a child on their bus carried rescue medicine.

- Ambulances were called for seizures that a trained adult could have managed, and, more worryingly, not called quickly enough for some that could not.

What we did:

- One rescue medication plan for each child, written by our team, signed off by the consultant, and the only plan the school and transport service use.

- A zipped, labelled grab bag holding two syringes, the plan and a seizure timer, which travels with the child everywhere: classroom, bus, swimming pool, residential trip.

- A shared expiry tracker, held by the council's school health administrator, that sends the school and the family a reminder six weeks before a syringe expires.

- Practical training for a named group of adults around each child, including transport escorts.
"""),
        ("evidence", "Results", """
We compared the 2021/22 school year with the 2023/24 school year across the 13 Brightwater schools and
the council's transport routes:

- <<Q:children with a single, in-date rescue medication plan in school rose from 46% to 94%>>

- <<Q:expired midazolam found at our termly spot check fell from 31 of 140 syringes to 3 of 152>>

- <<Q:reported incidents in which a seizure lasted more than ten minutes without rescue medicine being given at school or on transport fell from 12 to 3>>

- <<Q:ambulance call-outs for seizures at school dropped by 40%, while the proportion of prolonged seizures treated with midazolam within five minutes went from about half to nine in ten>>

Activity, which we do not count as results:

- 612 school and transport staff attended a practical session

- 148 grab bags were issued

- 37 school trips and residential visits were checked against the plan
"""),
        ("stakeholders", "Who we worked with", """
- <<S:teaching assistants from two special schools designed the grab bag with us, testing three versions over a term, and it was their suggestion to add a clear window so that the plan can be read without opening the bag>>

- <<S:transport escorts and drivers told us that they could not hear a seizure timer over the engine, so the timer was changed to one that vibrates and flashes>>

- <<S:special educational needs coordinators from the Brightwater schools sat on the steering group and rewrote the sections of the plan about who calls 999, because their staffing at lunchtime was different from that in lessons>>

- <<S:a community pharmacist on the ICB medicines team suggested printing the expiry date on the outside of each bag, which is now standard>>

- children and young people with epilepsy are the people this was for, and many now go on trips their schools were previously reluctant to take them on

- every family was sent their child's new plan to check and sign, as part of the normal consent process

- a questionnaire went to parents at the end of the first year; 88 came back, most parents said they felt reassured, and nothing in the process was changed as a result

- we did not ask pupils directly during the design, partly because many of the children at the special schools communicate without speech

- parents were invited to a coffee morning at each school to see the grab bag when it was launched

- we would like to set up a young people's panel with the epilepsy charity next year
"""),
        ("value", "Value", """
- each grab bag costs about £9 and is reused; syringes are prescribed as before

- the school health administrator post, two days a week, is funded by the ICB at around £14,000 a year

- every avoided intensive care admission for a child in status epilepticus is worth far more than the cost of the programme

- schools have one plan to follow instead of three, and inspectors have commented on the clarity of their medical records

- children with epilepsy are no longer left behind when their class goes swimming or on a trip
"""),
        ("spread", "Spread", """
- the council's transport service now uses the grab bag and escort training for every route, not only Brightwater schools

- two neighbouring community trusts have asked for the plan template, and one has started using it

- the same approach is being adapted for children with severe allergies who carry adrenaline pens
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I291  hearing loss in care homes - pdf - two column - audiologist, chatty
#       first person - private care home group as partner (fine) - patient
#       involvement written indirectly - no staff involvement (care workers
#       trained, champions nominated, managers sent reports, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I291", format="pdf", layout="two_column", topic="hearing_loss_care_homes",
    project="independent19-hearingcarehomes-291", pdf_font="LiberationSans",
    title="Can You Hear Me? Looking after hearing, and hearing aids, in Fenmoor care homes",
    cover=[
        "Fenmoor and Ouse Hospitals NHS Foundation Trust (Adult Audiology)  |  Fenmoor County Council, Sensory Services  |  Hear Here Fenmoor (charity)  |  Willowbank Care Group Ltd",
        "Written by the Lead Audiologist for community services. Lead organisation: Fenmoor and Ouse Hospitals NHS Foundation Trust",
    ],
    primary_entrant=dict(name="Fenmoor and Ouse Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Fenmoor County Council", type="local_authority"),
        dict(name="Hear Here Fenmoor", type="charity"),
        dict(name="Willowbank Care Group Ltd", type="private"),
    ],
    sections=[
        ("context", "Why I got involved", """
I'm an audiologist, and for a long time I thought of hearing aids as a quality-of-life thing rather than
a safety thing. That changed in 2021, when I was asked to help with a serious incident review. A woman
in a Fenmoor care home had been given another resident's medicines. When the carer asked, 'Are you
Margaret?', she nodded and smiled, because she had not heard the question and nodding was what she had
learnt to do. Her hearing aids were in a drawer. The batteries had been flat for weeks.

Around three quarters of people living in care homes have some degree of hearing loss. When they
cannot hear, they cannot tell you they are in pain, they miss the warning that the floor is wet, they
agree to things they have not understood, and they are more likely to be labelled as confused. Lost
hearing aids are a constant problem: they go to hospital in a dressing gown pocket and never come back.

Can You Hear Me? started in 12 homes. An audiologist and a volunteer visit each home every six weeks.
Every resident has a simple hearing check, an ear check for wax, and a hearing passport: a one-page
sheet kept in the care plan saying how the person hears best, which ear is better, and whether they wear
aids. Aids are labelled, and there is a small kit in each home with batteries, spare tubing and a
cleaning brush. When a resident goes into hospital, the passport and a named pouch for the aids go with
them.
"""),
        ("evidence", "What changed", """
We counted everything in the twelve homes for the year before the project (2021/22) and the first full
year after (2023/24).

<<Q:Hearing aids reported lost or broken beyond repair fell from 38 in the year before to 9 in the year
after.>> <<Q:At our unannounced spot checks, residents who own hearing aids and were wearing working
aids went up from 44% to 87%.>> <<Q:Residents found to have ear canals fully blocked by wax fell from
about one in four at the first visit to one in fourteen a year later.>>

<<Q:Incidents in the homes where hearing was recorded as a factor, mostly medicine or identity mix-ups,
went from 14 to 5.>> We also fitted 96 new aids and replaced 410 sets of tubing, but that is just us doing
our job.
"""),
        ("stakeholders", "Who was involved", """
<<P:The hearing passport was designed with residents who wear hearing aids, sitting round a dining
table at two homes with a cup of tea; they threw out my first draft because it was printed in tiny
type and asked questions they could not answer.>> <<P:One gentleman, a retired sound engineer, insisted
we add 'turn the telly off before you talk to me', and that line is now printed on every passport.>>

<<P:Hear Here's volunteers, all of whom use hearing aids themselves, tried the battery kit and said the
cheap tubing we had chosen split in the cold, so we changed supplier.>> <<P:Relatives at the Willowbank
homes told us their mums and dads' aids often came back from hospital missing, and it was their
idea to have a bright yellow named pouch that goes in the hospital transfer bag.>>

Care workers in all twelve homes were shown how to clean aids, change batteries and use the passport, and
each home nominated a hearing champion. Home managers receive a short report after each visit. The
council's sensory team was kept informed through its quarterly meeting. I'd like to ask night staff how
the kit works for them, because that is when aids tend to go missing.
"""),
        ("value", "Is it worth it?", """
Each visit costs about £240 in audiologist time, and the kits about £60 per home a year. A pair of NHS
hearing aids costs well over £100 to replace, before you count the clinic time, so the reduction in lost
aids has nearly paid for the visits on its own. The bigger value is residents who can hear the question
before they answer it.
"""),
        ("spread", "Where next", """
The council has agreed to fund visits to a further 20 homes from April 2025, and Willowbank is using the
passport in its homes outside Fenmoor. The hospital's discharge lounge has adopted the yellow pouch for
every patient with hearing aids, not just care home residents.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I292  lithium monitoring - docx - form table - Scottish health board,
#       formal 'the Board' register - people who take lithium described
#       without the word 'patients', pronoun follow-ups - no flags
# ---------------------------------------------------------------------------
entry(
    id="I292", format="docx", layout="form_table", topic="lithium_monitoring",
    project="independent19-lithium-292", docx_font="Calibri",
    title="Steady State: shared lithium monitoring across NHS Strathallan",
    cover_table=[
        ("Title of entry", "Steady State: shared lithium monitoring across NHS Strathallan"),
        ("Lead organisation", "NHS Strathallan (Pharmacy and Mental Health Services)"),
        ("Partners", "Strathallan Health and Social Care Partnership; Community Pharmacy Strathallan; Tideline Mood Support (third sector)"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
        ("Contact", "Lead Pharmacist, Mental Health - 01786 555 203"),
    ],
    primary_entrant=dict(name="NHS Strathallan", type="nhs_trust"),
    partners=[
        dict(name="Strathallan Health and Social Care Partnership", type="public_other"),
        dict(name="Community Pharmacy Strathallan", type="primary_care"),
        dict(name="Tideline Mood Support", type="charity"),
    ],
    sections=[
        ("context", "Background and patient safety aims", """
Lithium remains one of the most effective treatments for bipolar disorder and is taken by approximately
1,150 people in the NHS Strathallan area. It has a narrow therapeutic range. Levels that are too high
can cause tremor, confusion, kidney damage and, in severe cases, seizures and death, and toxicity can
develop quickly with dehydration, intercurrent illness or the addition of common medicines such as
anti-inflammatory painkillers. National guidance recommends a serum lithium level every three months
and kidney and thyroid function tests at least every six months.

A review by the Board's Mental Health Pharmacy team in 2021 found that responsibility for monitoring was
divided between secondary care psychiatry, general practice and, in some areas, community mental health
teams of the Health and Social Care Partnership, with no single record of who was due what. Results were
filed in different systems. Community pharmacies supplying lithium had no means of knowing whether a
recent level had been taken. Between 2019 and 2021, nine people were admitted to hospital in Strathallan
with lithium toxicity, and two significant adverse event reviews concluded that monitoring had lapsed
without anyone noticing.

Steady State established a single Board-wide lithium register, held by the mental health pharmacy team
and populated from prescribing data. The regional laboratory sends every lithium, kidney and thyroid
result to the register automatically. Practices and community mental health teams receive a monthly
recall list. Community pharmacists check the register before each supply, using a read-only view, and
can offer a finger-prick prompt and an appointment at the practice. Everyone taking lithium is given a
pocket record book and an alert card.

The project was governed by a short-life working group reporting to the Board's Area Drug and
Therapeutics Committee and to the Health and Social Care Partnership's clinical and care governance
group. Its aims were stated at the outset: that no person taking lithium in Strathallan should go more
than four months without a serum level, that every abnormal result should reach a clinician who is
responsible for acting on it within one working day, and that community pharmacists should be able to
see, at the point of supply, whether monitoring is up to date.
"""),
        ("evidence", "Evidence of improvement", """
Data were extracted from the register and from Board prescribing and admissions data for the twelve months
before implementation (2021/22) and the two years following (2022/23 and 2023/24).

<<Q:The proportion of people taking lithium with a serum level recorded in the previous three months
increased from 58% to 91%.>> <<Q:The proportion with kidney and thyroid function tested within six months
rose from 49% to 88%.>> <<Q:Emergency admissions for lithium toxicity fell from nine in the three years
before the register to two in the two years since.>>

<<Q:On the statistical process control chart of monthly monitoring compliance, there has been a run of
twenty consecutive points above the original mean, indicating a sustained shift.>> <<Q:Lithium supplies
made by community pharmacies without a level in the previous four months fell from approximately one in
three to fewer than one in twenty.>>
"""),
        ("stakeholders", "Involvement of people who use services, carers and staff", """
<<P:Seven people who take lithium, recruited through Tideline Mood Support, met with the project group
four times during the design phase.>> <<P:They asked that the recall letter should not open with a
warning about toxicity, which several described as frightening, and the letter was redrafted with them
so that it begins with what the test is for.>> <<P:It was at their suggestion that the pocket record book
includes a page on what to do when you have vomiting or diarrhoea, and two of them drafted that page.>>

<<P:Family members who attend Tideline's carers' evenings reviewed the alert card and asked for it to name
the medicines to avoid in plain language, which was done.>>

<<S:Community pharmacists piloted the read-only register view in eight pharmacies and requested that the
date of the last level be displayed in red when more than three months old, a change the Board's eHealth
team made before roll-out.>> <<S:Practice nurses and community psychiatric nurses agreed between them who
would take which blood tests, at a series of locality meetings facilitated by the Health and Social Care
Partnership.>> <<S:Biochemists at the regional laboratory set the thresholds for automatic notification
of high results after reviewing three years of historical data with the project pharmacists.>>
"""),
        ("value", "Value and sustainability", """
The register is maintained by a band 5 pharmacy technician, at a cost of around £34,000 a year, met by
the Board. The cost of a single admission for lithium toxicity, frequently involving high dependency
care and haemodialysis, is considerably greater than this, and kidney damage from chronic toxicity is
irreversible.

The register is now part of routine mental health pharmacy work and is reported quarterly to the Board's
Area Drug and Therapeutics Committee, which gives it a durable home beyond the original project funding.

The partnership has also brought benefits that were not anticipated. General practices say that the
monthly recall list has ended the confusion about whether the practice or the community mental health
team should take the blood. Community pharmacists, who previously had little
contact with the mental health service, now have a named pharmacist to telephone when they have a concern
about a person's lithium. The Board considers that the same model could be applied to other medicines
that require regular blood monitoring, and a scoping exercise for methotrexate and other disease-modifying
drugs is under way.
"""),
        ("spread", "Spread and sharing", """
The register model has been shared with three other Scottish health boards through the national mental
health pharmacy network, and one has implemented it. Community Pharmacy Strathallan has presented the
read-only view at the national community pharmacy conference.

<<PS:Tideline's members also adapted the pocket record book into a version for people with a learning
disability who take lithium, working with the Board's learning disability nurses, and this is now issued
across the Board area.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I293  suicide prevention in the emergency department - pdf - CAPS headings
#       - terse ED consultant voice - no quantitative evidence (activity
#       counts, single percentages, a staff confidence figure with no
#       baseline, 'no deaths' with no comparison, a target, an evaluation
#       under way) - patient and staff involvement present
# ---------------------------------------------------------------------------
entry(
    id="I293", format="pdf", layout="caps_headings", topic="suicide_prevention_emergency_department",
    project="independent19-safecorner-293", pdf_font="LiberationSans",
    title="SAFE CORNER: keeping people at risk of suicide safe while they wait in the emergency department",
    cover=[
        "ENTRANT: Haverleigh Healthcare NHS Trust, Emergency Department",
        "PARTNERS: Haverleigh and Dene Mental Health NHS Foundation Trust (Liaison Psychiatry) / Harbour Light (suicide crisis and bereavement charity) / Haverleigh Metropolitan Borough Council, Public Health",
        "CONTACT: Consultant in Emergency Medicine and ED Mental Health Lead - ext. 4471 - Haverleigh General Hospital, Dene Road, HV4 2QT",
    ],
    primary_entrant=dict(name="Haverleigh Healthcare NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Haverleigh and Dene Mental Health NHS Foundation Trust", type="nhs_trust"),
        dict(name="Harbour Light", type="charity"),
        dict(name="Haverleigh Metropolitan Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
Haverleigh General sees 118,000 attendances a year. About 4,000 of them are people who have self-harmed
or are thinking about ending their lives. They wait longer than anyone else in the department, often
twelve hours or more for a mental health bed or a crisis team, and they wait in the worst places: a
corridor chair, a cubicle with a ligature point, or the main waiting room next to a drunk man shouting.

In 2021 and 2022 we had four serious incidents involving these patients. One man left the department
unseen and was found dead the next morning. One woman tied a ligature in a cubicle toilet. Two patients
absconded while awaiting assessment and were brought back by the police. Each review said the same
things: no consistent risk assessment at triage, no safe place to wait, no one with time to sit with the
person, and no contact after they left.

Safe Corner has four parts. A short suicide risk screen at triage, done by the triage nurse in under two
minutes. A dedicated four-chair area and two anti-ligature rooms near the nurses' station. A support
worker from Harbour Light, on shift from 4pm to midnight, who sits with people while they wait. And a
follow-up phone call from Harbour Light within 72 hours of leaving the department, for anyone who agrees.
"""),
        ("evidence", "EVIDENCE", """
Safe Corner opened in February 2023. In its first twelve months:

2,870 people were screened at triage, and 1,140 of them waited in the Safe Corner area. Harbour Light
support workers sat with 610 people. 82% of the people offered a 72-hour follow-up call accepted, and
Harbour Light reached 71% of them.

Fourteen patients left the Safe Corner area before assessment. There have been no deaths by suicide
within seven days of discharge among people who waited in Safe Corner. With numbers this small we do not
read anything into that.

In a survey in January 2024, 78% of ED nurses said they felt confident assessing suicide risk. We did
not run the survey before Safe Corner opened.

Our target is that nobody waits more than four hours for a mental health assessment. We are not near it.
The median wait is still over six hours and depends on mental health bed availability, which is outside
this project.

The council's public health team is linking our data with the local suicide audit and with repeat
self-harm attendances. First results are due in autumn 2025.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<P:Harbour Light brought together eight people who had been in our ED after a suicide attempt, and they
walked the department with us at 2am on a Saturday.>> <<P:They picked the place for Safe Corner, away from
the ambulance doors, and told us to take the clock off the wall because watching it made the wait worse.>>
<<P:The sister of the man who died in 2021 asked to be involved; she wrote the wording of the card handed
to every patient explaining the follow-up call, and she reviews each quarter's incident reports with us.>>

<<S:Triage nurses tested three versions of the risk screen over six weeks and chose the shortest, after
showing that the longer ones were being skipped at busy times.>> <<S:Our security officers, who were often
the people stopping patients leaving, asked for training in de-escalation rather than restraint and helped
write the protocol for what happens when a patient at risk tries to leave.>> <<S:Liaison psychiatry nurses
and the Harbour Light team agreed between them the rules for handing over a patient at shift change, after
two early near misses.>>

The Trust board received a presentation on Safe Corner in April 2023. All ED doctors and nurses have done
the Trust's suicide awareness e-learning.
"""),
        ("value", "VALUE", """
The rooms cost £62,000 to refit. Harbour Light's support workers and follow-up calls cost about £118,000
a year, paid by the council from its suicide prevention grant. One suicide costs society well over
£1.5 million by the usual estimates. We cannot prove we have prevented one.

What we can say is that people at risk no longer wait in the corridor. Staff know where to put them and
who will sit with them. That is worth having even before the evaluation reports.
"""),
        ("spread", "SPREAD", """
Haverleigh and Dene has asked us to help set up Safe Corner at its second acute partner, Dene Valley
Hospital, in 2025. We have shared the risk screen with the regional emergency medicine network and
Harbour Light has been asked to provide follow-up calls for the neighbouring borough.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I294  surgical site infection after discharge - docx - rubric headings -
#       infection prevention nurse, report register - patient involvement
#       partly in the context section, passive voice - no flags
# ---------------------------------------------------------------------------
entry(
    id="I294", format="docx", layout="rubric_headings", topic="surgical_site_infection_post_discharge",
    project="independent19-woundwatch-294", docx_font="Cambria",
    title="Wound Watch: finding and treating surgical site infections after patients go home",
    cover=[
        "Submitted by Brackenfield Teaching Hospitals NHS Foundation Trust (Infection Prevention and Control, and Surgical Division)",
        "In partnership with Brackenfield Community Health NHS Trust (District Nursing) and Brackenfield GP Federation",
        "Author: Lead Nurse, Surgical Site Infection Surveillance | 0114 496 0872",
    ],
    primary_entrant=dict(name="Brackenfield Teaching Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Brackenfield Community Health NHS Trust", type="nhs_trust"),
        dict(name="Brackenfield GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "Context and patient safety goals", """
Surgical site infection is one of the most common complications of surgery. Most infections become
apparent after the patient has left hospital, typically between the fifth and fourteenth day, and they
are therefore seen by district nurses, practice nurses and GPs rather than by the surgical team. Before
2022, Brackenfield's surveillance relied on readmissions and on a postal questionnaire at 30 days, which
was returned by fewer than half of patients. The Trust was not seeing most of its infections, and neither
were the surgeons who could have acted on them.

The two procedures with the highest rates were caesarean section and hip and knee replacement. Patients
described a fragmented experience: a wound that looked wrong was shown to a practice nurse, who prescribed
antibiotics without a swab, and the surgical team heard nothing until the patient was readmitted with a
deep infection.

<<P:The starting point for Wound Watch was a workshop in January 2022 at which eleven women who had
recently had a caesarean section, and six people who had had joint replacements, described their
recovery at home; it was the women who proposed that they should photograph their own wounds, since
most of them were already sending photographs to their midwives by text.>> <<P:Their descriptions of
being passed between services were used, word for word, in the business case.>>

Wound Watch therefore has three elements. Each patient receives a text message link on days 5, 10 and 21
after surgery, asking three questions and inviting a photograph of the wound. The photographs are
reviewed by a surveillance nurse within one working day, and concerns are passed directly to the
district nursing team or the surgical team. District and practice nurses use a shared wound assessment
and swab protocol, and results are returned to the surgical surveillance team. Alongside this, the
surgical division strengthened pre-operative skin decolonisation and warming in theatres.
"""),
        ("evidence", "Evidence of improved patient safety", """
Results are presented for the twelve months before Wound Watch (2021/22) and the twelve months after full
implementation (2023/24).

<<Q:Post-discharge surveillance capture, the proportion of patients whose wound status at 30 days was
known, increased from 38% to 89%.>> Because better surveillance finds more infections, recorded infection
rates in the two periods are not directly comparable, and we therefore also report outcomes that do not
depend on case-finding.

<<Q:Readmissions for wound infection after caesarean section and hip or knee replacement fell from 61 to
29.>> <<Q:Return to theatre for deep or organ-space infection after hip and knee replacement fell from 14
cases to 5.>> <<Q:The proportion of suspected infections in the community that were swabbed before
antibiotics were started rose from 22% to 81%.>>

<<Q:Over the second year, the surveillance rate of infection after caesarean section fell from 9.8% to
5.1% once case-finding had stabilised.>>
"""),
        ("stakeholders", "Stakeholder involvement, including patients and staff", """
<<P:The questions in the text message were tested by patients on the surgical and maternity wards over
two months, and were reduced from eight to three after they reported that the longer version took too
long to complete on a phone.>> <<P:A retired engineer who had experienced a deep infection after a knee
replacement joined the project board and insisted on a photograph guide showing how to take a clear
picture in poor light, which he then helped to write.>>

<<S:District nurses from Brackenfield Community Health designed the shared wound assessment with the
surveillance team, and their request that the surgical team be copied into every positive swab result
was adopted.>> <<S:Theatre practitioners and anaesthetists ran the warming audit themselves and changed
the pre-operative checklist so that temperature is recorded before the patient leaves the anaesthetic
room.>> <<S:Practice nurses from the GP Federation tested the swab protocol in six practices and asked for
a single pre-printed request form, which the microbiology laboratory produced.>>

Midwives were trained in reviewing wound photographs, and the Trust's information governance team
approved the messaging system.
"""),
        ("value", "Value added", """
The text messaging and photograph review system costs approximately £22,000 a year, and the surveillance
nurse time is met from the infection prevention budget. A readmission for surgical site infection costs
several thousand pounds and a deep joint infection can cost more than £50,000 to treat. For patients,
the value is being seen quickly by someone who knows their operation, rather than waiting for a wound to
break down.
"""),
        ("spread", "Spread", """
Wound Watch has been extended to colorectal and breast surgery, and the shared wound assessment is now
used by all district nursing teams in the county. The regional infection prevention network has invited
the Trust to lead a post-discharge surveillance group for the region's acute trusts.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I295  continuous glucose monitoring in pregnancy - pdf via soffice (style
#       headings) - PRIVATE digital health company is the primary entrant with
#       NHS partners (ineligible) - bid writer register - Q, P and S present
# ---------------------------------------------------------------------------
entry(
    id="I295", format="pdf", layout="style_headings", topic="glucose_monitoring_pregnancy",
    project="independent19-glucosepregnancy-295", render_via="soffice", docx_font="Liberation Sans",
    title="Sweet Spot: remote glucose monitoring for women with diabetes in pregnancy",
    cover=[
        "Submitted by Glucentra Health Ltd, in partnership with Calder Mill Hospitals NHS Trust, Ribbledale and Calder NHS Foundation Trust and NHS Calder and Ribble Integrated Care Board",
        "Contact: Head of NHS Partnerships, Glucentra Health Ltd, 3 Canal Wharf, Calder Mill CM1 4DL. Tel 0161 555 0934",
    ],
    primary_entrant=dict(name="Glucentra Health Ltd", type="private"),
    partners=[
        dict(name="Calder Mill Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Ribbledale and Calder NHS Foundation Trust", type="nhs_trust"),
        dict(name="NHS Calder and Ribble Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "The challenge", """
Diabetes in pregnancy, whether type 1, type 2 or gestational diabetes, raises the risk of stillbirth,
of babies born very large with birth injuries, and of newborn babies with dangerously low blood sugar
who need to be admitted to the neonatal unit. Tight control of the mother's glucose reduces these risks,
but it depends on frequent readings being seen and acted on quickly.

Across the two maternity units in Calder and Ribble, around 1,300 women a year are cared for by the
antenatal diabetes teams. Until 2022 most recorded finger-prick readings in a paper diary, brought to
clinic every two weeks. By the time a midwife or diabetologist saw a run of high readings, a fortnight
had passed, at a stage of pregnancy when a fortnight matters. Women with type 1 diabetes had access to
continuous glucose sensors, but their data sat in a separate manufacturer portal that clinic staff rarely
had time to open.

Glucentra Health provides a platform that brings readings from glucose meters and sensors into a single
dashboard. Sweet Spot, developed with both trusts and the ICB, adapted it for pregnancy: readings are
uploaded automatically from the woman's phone, the dashboard highlights anyone outside agreed pregnancy
targets, and a diabetes midwife reviews the list every weekday and contacts women directly by message or
phone. Women with gestational diabetes are offered a sensor for the remainder of their pregnancy if
their readings are unstable.
"""),
        ("evidence", "Outcomes", """
The trusts' maternity and neonatal systems were used to compare births to women with diabetes in 2021,
before Sweet Spot, with births in 2023.

<<Q:Babies of mothers with diabetes admitted to the neonatal unit for low blood sugar fell from 14.6% to
8.9%.>> <<Q:The average time from a high reading to contact by the diabetes midwife fell from 11 days to
under 2 days.>> <<Q:The proportion of women with type 1 diabetes spending more than 70% of the time within
the pregnancy glucose target range in the third trimester rose from 31% to 52%.>>

<<Q:Babies born above the 97th centile for weight to mothers with gestational diabetes decreased from
12% to 8%.>> We continue to monitor stillbirth, where numbers are too small for firm conclusions.
"""),
        ("stakeholders", "Partnership and involvement", """
<<S:Diabetes midwives and consultant diabetologists at both trusts defined the alert thresholds and
rejected our original design, which generated so many alerts that the list was unusable; the final
rules were set after a four-week test in which midwives marked each alert as useful or not.>>
<<S:Neonatal nurses asked that the dashboard flag mothers whose babies would need early feeding and
blood glucose checks after birth, and this was added to the labour ward handover sheet.>>

<<P:Twenty-two pregnant women tested the app in a pilot at Calder Mill, and because many of them found
the daily food logging too demanding, food logging was made optional and replaced with a single
question about meals.>> <<P:Women who spoke Urdu, Polish and Bengali reviewed the translated messages
with the trust's interpreters and changed several phrases that they said sounded like a telling-off.>>

Our own product and engineering teams provided the technical development at no cost to the NHS during
the pilot.
"""),
        ("value", "Value", """
The ICB funds licences at about £38 per pregnancy, plus sensors for women who meet the criteria. Each
neonatal unit admission avoided saves an estimated £5,000 and keeps a mother and baby together. Midwives
report that their clinics run to time because routine reviews now take place remotely.
"""),
        ("spread", "Spread", """
Sweet Spot has since been adopted by a third maternity unit in a neighbouring ICB, and the regional
maternity network has included it in its digital maternity programme. The alert thresholds agreed with
the trusts are now the default configuration for all Glucentra pregnancy customers.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I296  deteriorating patients on virtual wards - docx - numbered questions -
#       nurse consultant voice - carers' charity partner - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I296", format="docx", layout="numbered_questions", topic="virtual_ward_deterioration",
    project="independent19-virtualward-296", docx_font="Calibri",
    title="Eyes on the Home Ward: spotting and acting on deterioration in patients on virtual wards",
    cover=[
        "Lead: Marshgate University Hospitals NHS Trust (Acute Medicine and Frailty Virtual Wards)",
        "Partners: Marshgate Community Services NHS Trust (Urgent Community Response)  *  Marshgate City Council (Careline telecare)  *  Carers in Marshgate (charity)",
        "Submitted by the nurse consultant for virtual wards",
    ],
    primary_entrant=dict(name="Marshgate University Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Marshgate Community Services NHS Trust", type="nhs_trust"),
        dict(name="Marshgate City Council", type="local_authority"),
        dict(name="Carers in Marshgate", type="charity"),
    ],
    sections=[
        ("context", "1. Describe the patient safety issue and the context", """
Marshgate opened its first virtual wards in 2022, for people with heart failure, chest infections and
frailty who would otherwise be in a hospital bed. At any one time we now look after about 85 patients in
their own homes. Patients are given a pulse oximeter, a blood pressure cuff and a thermometer, and they or
their families enter readings into a tablet, which sends them to our monitoring hub.

Virtual wards are safe only if deterioration is spotted and acted on as quickly as it would be on a
ward. In our first six months that was not happening reliably. Readings came in, but nobody was clear who
should go out to see a patient whose oxygen levels were falling at 11pm. The hub nurses phoned the
patient, then the GP out-of-hours service, then the ambulance service. Three patients deteriorated at
home and were admitted as emergencies much sicker than they should have been, and one of them died. Our
review also found that many readings were missing altogether in the evenings, usually because the carer
who entered them had gone home or gone to bed.

Eyes on the Home Ward changed four things. We adopted a single early warning score, adapted for home
monitoring, which triggers a response at defined levels. The Urgent Community Response team from the
community trust agreed to attend any virtual ward patient with a high score within two hours, at any time
of day or night. The council's Careline service, which already had staff on the road overnight, agreed
to visit patients whose readings were overdue and to take a set of observations. And a named
virtual ward doctor is available to the hub by phone 24 hours a day.
"""),
        ("evidence", "2. What is the evidence of improvement?", """
We compared the first six months of the virtual wards (April to September 2022) with the twelve months
after the changes were complete (April 2023 to March 2024).

<<Q:The median time from a high early warning score to a clinician seeing the patient fell from 4 hours
10 minutes to 1 hour 25 minutes.>> <<Q:Overdue readings, where a scheduled set of observations had not
arrived within two hours, fell from 18% of scheduled sets to 6%.>> <<Q:Unplanned admissions to hospital in
which the patient was found to have a NEWS2 score of 7 or more on arrival fell from 23 per 1,000 virtual
ward days to 9.>>

<<Q:Escalations handled entirely at home, without an ambulance or emergency department attendance, rose
from 31% to 58%.>>

These figures need some care. The virtual wards grew over the period, from about 40 patients at a time
to 85, and the mix of patients changed as the frailty ward opened. We have therefore reported rates per
1,000 virtual ward days where we can. Over the twelve months after the changes the Urgent Community
Response team made 1,240 visits to virtual ward patients and Careline made 690 overnight visits; these
are counts of activity rather than evidence that care is safer.

We have not been able to show a change in deaths on the virtual wards, which are rare and are reviewed
individually by the medical examiner. We would like every high score to be seen within an hour, and we are
not yet close to that at night.
"""),
        ("stakeholders", "3. How have patients, carers and staff been involved?", """
<<P:Carers in Marshgate held three evening sessions with family members who had looked after someone on a
virtual ward.>> <<P:Many of them were older spouses, and they told us plainly that they were frightened of
getting a reading wrong and being blamed, so the tablet now asks only for the three readings that matter
most in the evening, with a 'not sure' button that prompts a call from the hub.>> <<P:A daughter who
had cared for her father on the frailty virtual ward wrote the carer's guide with our team, including a
page headed 'When to stop waiting for us and ring 999'.>>

<<S:Hub nurses and Urgent Community Response clinicians spent two days together mapping every step of an
overnight escalation, and it was the community paramedics in that team who proposed the two-hour
response standard that we now use.>> <<S:Careline responders, who had never taken clinical readings
before, helped decide which observations they could safely take and asked for a simple laminated card with
photographs of each device.>> <<S:Ward doctors on the acute medical unit agreed to share the out-of-hours
virtual ward phone after their feedback that an additional separate rota would not be staffed.>>

Every patient admitted to a virtual ward receives a welcome call and a leaflet, and is asked to complete
a short experience questionnaire when they are discharged. The questionnaire results are reported to the
Trust's patient experience committee each quarter. All hub nurses have completed the Trust's
deteriorating patient training, and GPs were informed of the changes through the ICB's primary care
bulletin.
"""),
        ("value", "4. What value has the partnership added?", """
Each virtual ward bed costs a fraction of a hospital bed, but the value of the virtual ward depends
entirely on it being safe. The additional Urgent Community Response hours cost about £210,000 a year and
Careline's overnight visits about £45,000, both funded by the ICB.

Working across three organisations has given patients something none of us could provide alone: a
nurse who can see the numbers, a clinician who can go to the house, and a responder who is already in
the area at three in the morning.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I297  pharmacist-led reviews of high-dose opioids - pdf - form table -
#       PCN clinical pharmacist, brisk and factual - no patient involvement
#       and no staff involvement (patients invited to reviews, letters, people
#       who declined, 'patients at the centre', a survey with no change; GPs
#       briefed, receptionists trained, pharmacists doing their job, clinical
#       director oversight, a plan to gather staff feedback)
# ---------------------------------------------------------------------------
entry(
    id="I297", format="pdf", layout="form_table", topic="opioid_deprescribing_primary_care",
    project="independent19-opioidreview-297", pdf_font="LiberationSerif",
    title="Turning Down the Dose: pharmacist-led reviews for people on high-dose opioids",
    cover_table=[
        ("Entry title", "Turning Down the Dose: pharmacist-led reviews for people on high-dose opioids"),
        ("Lead organisation", "Lowmoor Riverside Primary Care Network (six GP practices)"),
        ("Partner organisations", "Lowmoor Community Health NHS Trust - Community Pain Management Service; Lowmoor City Council - Drug and Alcohol Commissioning (Pathways Lowmoor treatment service)"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
        ("Lead contact", "Senior Clinical Pharmacist, Lowmoor Riverside PCN - 0113 496 0128"),
    ],
    primary_entrant=dict(name="Lowmoor Riverside Primary Care Network", type="primary_care"),
    partners=[
        dict(name="Lowmoor Community Health NHS Trust", type="nhs_trust"),
        dict(name="Lowmoor City Council", type="local_authority"),
    ],
    sections=[
        ("context", "Context and patient safety goals", """
Lowmoor Riverside PCN serves 71,000 patients in six practices in one of the most deprived parts of the
city. In 2021 our prescribing data showed that 214 patients were taking opioids for persistent pain at a
dose equivalent to 120 mg of oral morphine a day or more, the level above which the risk of harm rises
sharply without any further gain in pain relief. Many had been on these doses for years. Some were also
prescribed gabapentin or pregabalin, or a benzodiazepine, combinations that greatly increase the risk of
fatal overdose.

Three deaths in the PCN area between 2019 and 2021 involved prescribed opioids. In each case the
patient's medication had been repeated for more than a year without a face-to-face review.

Turning Down the Dose offers every patient on a high dose a structured review with a clinical pharmacist
prescriber: a 40-minute appointment, a discussion of what the medicine is and is not doing, and, where
the patient agrees, a slow and agreed reduction plan. Patients with complex pain are referred to the
community pain service, which runs a joint clinic in the PCN once a month. Patients whose use suggests
dependence are offered a warm referral to the council's treatment service, Pathways Lowmoor, and
everyone on a high dose or a risky combination is offered naloxone.
"""),
        ("evidence", "Evidence of improvement", """
Figures are from practice prescribing systems in March 2021 and March 2024.

<<Q:Patients prescribed 120 mg oral morphine equivalent or more a day fell from 214 to 131.>> <<Q:Patients
co-prescribed a high-dose opioid with a gabapentinoid fell by 38%.>> <<Q:Patients co-prescribed an opioid
and a benzodiazepine fell from 96 to 52.>>

<<Q:The proportion of patients on 50 mg morphine equivalent or more who had had a medication review in
the previous twelve months rose from 29% to 84%.>> Our target of a review for every one of these
patients by March 2025 has not yet been reached.

The pharmacists completed 486 reviews. 97 patients were referred to the joint pain clinic and 41 to
Pathways Lowmoor. 170 naloxone kits were supplied through the practices.
"""),
        ("stakeholders", "How were patients, carers and staff involved?", """
Patients are at the centre of this project. Every patient on the register was sent a personal letter
inviting them to a review, followed by a phone call from the practice. Around one in six declined a
review, and their decision was respected and recorded.

At the end of each review, patients were asked to complete a short feedback form. Of 312 returned, 88%
said they felt listened to. The form did not lead to changes in how reviews were run.

GPs in all six practices were briefed on the project at their practice meetings, and reception teams
were trained to book the longer appointments. The pharmacists themselves completed an accredited
course in pain management before starting. The project was overseen by the PCN clinical director, who
reported quarterly to the PCN board.

We plan to hold a focus group with patients who have reduced their dose, and to ask practice staff for
their views on the service, during 2025.
"""),
        ("value", "Value added", """
The two pharmacist posts are funded through the national additional roles scheme. Reduced opioid and
gabapentinoid prescribing saves the practices about £41,000 a year in drug costs. More importantly,
each reduction lowers the chance of an accidental overdose, a fall or a road accident.
"""),
        ("spread", "Spread and sharing", """
The review template and letter have been adopted by two other PCNs in Lowmoor, and the ICB medicines
optimisation team has included the approach in its prescribing incentive scheme for 2024/25. The joint
pain clinic model is being extended to a second PCN.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I298  choking risk in learning disability services - docx - no headings -
#       council service manager, chatty - the council's own in-house services
#       called a partnership, no partner organisation (ineligible) - P and S
#       present, Q present
# ---------------------------------------------------------------------------
entry(
    id="I298", format="docx", layout="no_headings", topic="choking_learning_disability",
    project="independent19-choking-298", docx_font="Georgia",
    title="Slow Down, Sit Up: reducing choking among adults with a learning disability in Wyndham's supported living and day services",
    cover=[
        "Entrant: Wyndham Borough Council, Adult Social Care - Learning Disability Services",
        "A partnership between the council's in-house supported living service, Wyndham Day Opportunities and the council's Workforce Development team",
        "Contact: Service Manager, Learning Disability Services, Civic Centre, Wyndham WY1 1AA",
    ],
    primary_entrant=dict(name="Wyndham Borough Council", type="local_authority"),
    partners=[],
    sections=[
        ("context", None, """
I manage the council's in-house learning disability services: eleven supported living houses and three
day centres, supporting about 170 adults. Many of the people we support have difficulty swallowing, and
choking is one of the leading causes of avoidable death for people with a learning disability. In the
national reviews of deaths of people with a learning disability, choking and aspiration pneumonia come
up again and again.

In 2021 one of the men we support, who I will call Michael, choked on a sandwich at a day centre. Staff
got the food out and he survived, but the review afterwards was uncomfortable reading. He had a
swallowing plan from a speech and language therapist saying his food should be soft and bite-sized. The
plan was in his file at home, but not at the day centre, and the sandwich had come from a café on an
outing. We found that plans were often out of date, written in language that support workers did not
understand, and not shared when people moved between their home and the day centre.

Slow Down, Sit Up is our response. It brings the supported living service, the day centres and our own
workforce team together around a single, simple mealtime plan for each person, a placemat that shows
what that person can eat and how, and a rule that no food is offered on an outing unless it matches the
placemat. Referrals to the community learning disability team's speech and language therapists carried on
as before, and their assessments are what the placemats are based on.
"""),
        ("evidence", None, """
We compared the two years before (2020 to 2021) with the two years after the placemats were introduced
(2022 to 2023), using our incident system and the monthly mealtime audit.

<<Q:Choking incidents, where someone needed back blows or abdominal thrusts, fell from 17 to 6.>>
<<Q:The proportion of people with a swallowing plan whose mealtime plan was the same in their home and
their day centre went from 40% to 97%.>> <<Q:Meals observed during the monthly audit where the food did
not match the person's plan fell from roughly one in five to one in twenty-five.>>

<<Q:Hospital admissions for aspiration pneumonia among the people we support went down from nine to
four.>> We know these are small numbers, and one bad winter could change them.
"""),
        ("stakeholders", None, """
<<P:The placemats were designed by the Speak Up group, a self-advocacy group of people we support, who
meet every fortnight at the Brook Street day centre.>> <<P:They decided that the placemat should have a
photograph of the person's own plate of food, not a drawing, and that it should say 'I' rather than
'he' or 'she': 'I need my food chopped small', 'I need to sit up straight'.>> <<P:When we tried the first
version, Michael told us the words were too small to read at the table, and the placemat was redesigned
in large print.>>

<<P:Families were invited to a Saturday session, and a mother whose son had choked twice asked for a
section about what to do when the person is eating at her house at the weekend; that section is now
on the back of every placemat.>>

<<S:Support workers on the night shift, who prepare breakfast and the next day's packed lunches, said
that the plans assumed a kitchen full of staff, and their version of the packed lunch checklist replaced
ours.>> <<S:Cooks at the day centres tested the texture guide for a month and suggested the photographs
of each texture that now sit on the kitchen wall.>> <<S:The workforce team built the training around the
questions that staff sent in anonymously, rather than the slide set we had originally planned.>>
"""),
        ("value", None, """
Placemats cost about £6 each to print and laminate, and the training is delivered by our own workforce
team. A choking death is a tragedy for the person, their family and the staff who were there, and an
admission for aspiration pneumonia can mean weeks in hospital for someone who finds hospital frightening.
People we support have also told us they feel more confident eating out, because staff are no longer
nervous about what they can order.
"""),
        ("spread", None, """
The placemat has been shared with the independent supported living providers that the council
commissions, and three of them have started using it. We have also shown it to the regional learning
disability network, and the Speak Up group has made a short video explaining it.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I299  prescriptions across the England-Wales border - pdf - with appendix
#       - ICB chief pharmacist, formal - Welsh health board and a private IT
#       supplier as partners (eligible) - patient involvement by residents and
#       a carer - no staff involvement (staff trained, briefed, a newsletter,
#       developers doing their job, a survey with no change, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I299", format="pdf", layout="with_appendix", topic="cross_border_prescribing",
    project="independent19-borderscripts-299", pdf_font="LiberationSerif", pdf_align="L",
    title="Border Bridge: making prescriptions and discharge medicines work for people who live on one side of the border and are treated on the other",
    cover=[
        "Lead organisation: NHS Severn Marches Integrated Care Board (Medicines Optimisation)",
        "Partners: Maldwyn Teaching Health Board / Bwrdd Iechyd Addysgu Maldwyn; Marches Local Pharmaceutical Committee; Clearscript Systems Ltd (prescribing software supplier)",
        "Submitted by the ICB Chief Pharmacist",
    ],
    primary_entrant=dict(name="NHS Severn Marches Integrated Care Board", type="icb"),
    partners=[
        dict(name="Maldwyn Teaching Health Board", type="nhs_trust"),
        dict(name="Marches Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Clearscript Systems Ltd", type="private"),
    ],
    sections=[
        ("context", "Context", """
About 11,000 people live in the villages along the border between Severn Marches and Maldwyn. Many are
registered with a GP practice in England but live in Wales, collect their medicines from a Welsh
pharmacy, and are admitted to the Welsh district general hospital at Trefaldwyn, which is nearer than
any English hospital. Others live in England and are registered with a Welsh practice. For most
purposes this is invisible. For prescriptions, it is not.

The electronic prescription service used by English practices does not reach pharmacies in Wales, and
Welsh hospital discharge letters are not received electronically by English practices. In practice this
meant paper prescriptions posted or collected by hand, discharge summaries that arrived by post ten days
after the patient, and medicines stopped in hospital that carried on being issued by the GP. Nobody had
designed it that way; it was the result of two health systems that had grown apart since devolution,
each of which worked well within its own borders.

Between 2020 and 2022 the ICB and the Health Board recorded 41 incidents involving cross-border patients'
medicines, including people with Parkinson's disease going without their tablets for several days and a
man whose warfarin was restarted by his practice after the hospital had stopped it because of a bleed.

Border Bridge has three parts. A printed token with a barcode, generated by the English practice system,
which Welsh pharmacies can scan through a secure gateway built by Clearscript, so that they dispense
against an electronic prescription rather than a piece of paper. A direct electronic route from
Trefaldwyn hospital's discharge system to the shared inbox of each English practice that has patients
there. And a cross-border pharmacy technician, employed by the Health Board and funded by both
organisations, who checks every discharge for medicines changes and telephones the practice when one
has not been acted on within three working days.
"""),
        ("evidence", "Evidence of improvement", """
Data are for the year before Border Bridge (April 2022 to March 2023) and the first year of full
operation (April 2023 to March 2024). Definitions are in Appendix A.

<<Q:Discharge summaries for cross-border patients received by the English practice within 48 hours of
discharge rose from 39% to 92%.>> <<Q:Medicines changes made in hospital that had not been acted on by
the practice 14 days after discharge fell from 27% to 7%.>> <<Q:Reported incidents of missed doses of
time-critical medicines in cross-border patients dropped from 17 in the first year to 5 in the second.>>

<<Q:Prescriptions rejected or delayed at Welsh pharmacies because of paperwork problems fell by about
three quarters, according to the LPC's monthly returns.>> The gateway handled 26,400 tokens in its first
year.
"""),
        ("stakeholders", "Involvement of patients, carers and staff", """
<<P:Residents of the border villages, through the Llanhedd and Caerwen community health forum, described
their experience at two public meetings, and it was their account of driving forty minutes to collect a
paper prescription, then forty minutes back to a Welsh pharmacy, that led us to the token design.>>
<<P:Forum members tested the first tokens in three pharmacies, and because older residents could not
read the small print under the barcode, it was enlarged and a line in Welsh was added.>> <<P:A woman who
cares for her husband, who has Parkinson's disease, sat on the programme board for its first year and
reviewed every incident involving a time-critical medicine.>>

Pharmacists in the Welsh pharmacies taking part were trained to use the gateway, and staff in the
English practices were told about the new inbox through the ICB's practice newsletter. Ward pharmacists
at Trefaldwyn were briefed by the project manager. Clearscript's developers built and maintain the
gateway under contract. An online staff survey in autumn 2023 received 64 responses, mostly positive,
and no changes were made as a result. The programme was directed by the ICB chief pharmacist, with the
Health Board's director of pharmacy as deputy. We plan to hold engagement sessions with practice
teams in 2025.
"""),
        ("value", "Value", """
The gateway cost £58,000 to build and £9,000 a year to run, and the technician post about £31,000 a
year, shared between the two organisations. Against this, a single admission for a bleed on warfarin or
a fall after missed Parkinson's medicines costs several thousand pounds, and people on the border no
longer have to choose between their nearest hospital and a working prescription.
"""),
        ("spread", "Spread", """
The Welsh Government's digital medicines programme has asked to use the gateway as a model for other
border areas, and a second English ICB with Welsh border practices has started using the token. The
discharge route has been extended to the English practices registered with Welsh patients in the other
direction.
"""),
    ],
    trailer=[
        ("heading", "Appendix A: definitions and data sources"),
        ("para", "Cross-border patient: a patient whose GP practice is in one country and whose usual pharmacy or admitting hospital is in the other. Time-critical medicines are as listed in the Health Board's policy (e.g. Parkinson's medicines, insulin, anticoagulants, anti-epileptics)."),
        ("para", "Sources: Trefaldwyn discharge system; practice inbox audit (sample of 300 discharges each year); ICB and Health Board incident systems; Marches LPC monthly pharmacy returns."),
        ("heading", "Appendix B: contact"),
        ("para", "Medicines Optimisation, NHS Severn Marches ICB, Riverside House, Ludlowe SY8 2NN. Tel 01584 661 902. Ref BB-MO-2024-03."),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I300  wrong-tooth extraction - docx - reordered (evidence first) - special
#       care dentist and patient safety lead, human-factors register - NO
#       stakeholder section; staff involvement told in the context section and
#       patient involvement in value and spread
# ---------------------------------------------------------------------------
entry(
    id="I300", format="docx", layout="reordered", topic="wrong_tooth_extraction",
    project="independent19-righttooth-300", docx_font="Calibri",
    title="Right Tooth, Every Time: a shared safety check for dental extractions across primary, community and hospital care",
    cover=[
        "Lead entrant: Ravensworth Community Health NHS Trust, Community Dental Service",
        "Partners: Ravensworth University Hospitals NHS Trust (Oral and Maxillofacial Surgery) - Ravensworth Local Dental Committee - NHS England Local Dental Network (Ravensworth and Tees)",
        "Entry written by a consultant in special care dentistry and the service's patient safety lead. Telephone 01642 855 310",
    ],
    primary_entrant=dict(name="Ravensworth Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Ravensworth University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Ravensworth Local Dental Committee", type="primary_care"),
        dict(name="NHS England Local Dental Network (Ravensworth and Tees)", type="public_other"),
    ],
    sections=[
        ("evidence", "Results first", """
We compared the three years before Right Tooth (2019 to 2021) with the three years after (2022 to 2024),
across the community dental service's sedation and general anaesthetic lists and the hospital's oral
surgery department.

<<Q:Wrong-tooth extractions, a never event, fell from five in the three years before to none in the
three years after.>> <<Q:Referrals from general dental practices with ambiguous or conflicting tooth
notation dropped from 23% to 3% of referrals.>> <<Q:At our observational audit, the full pre-extraction
check was completed for 98% of patients, up from 61% when we started using it.>>

<<Q:Near misses reported by the teams, where the wrong tooth was identified before extraction, rose from
4 in the three years before to 19 in the three years after, which we read as a safer reporting culture
rather than more risk.>>
"""),
        ("context", "Why this matters", """
Removing the wrong tooth is irreversible. It usually means that a healthy tooth is lost and the patient
still needs the original extraction, and for a child having orthodontic extractions it can undo years of
planning. Most of the extractions in the community dental service and the hospital's oral surgery
department are done for patients referred from general dental practice, often under sedation or general
anaesthetic, so the person removing the tooth has rarely met the patient before and depends entirely on
the referral.

Our five wrong-tooth extractions between 2019 and 2021 had similar roots. Different practices used
different tooth numbering systems, and the same tooth can have three different names. Referrals were
handwritten or typed in free text. Radiographs were not always attached. Children's baby teeth and adult
teeth were confused. And the safety check before extraction was done from memory by the person holding
the forceps, when they were already focused on the procedure.

<<S:Dental nurses across the three community clinics and the hospital department were asked to walk us
through the last five minutes before an extraction, and it was they who proposed that the nurse, not the
dentist, should read the tooth aloud from the referral and the radiograph, and that the dentist should
point to it before picking up an instrument.>> <<S:General dental practitioners on the Local Dental
Committee redesigned the referral form over three meetings, agreeing a single numbering system and a
tooth chart that must be ticked, and they insisted that the form refuse to submit without a radiograph
or a stated reason why there is none.>> <<S:Oral surgery registrars piloted the checklist on two lists a
week for a month and removed two steps they found duplicated the theatre safety checklist.>>

Right Tooth therefore combines a single electronic referral form with mandatory tooth charting, a
'stop before you touch' read-back between nurse and dentist, and a short local safety standard for
invasive procedures that is the same in every setting where extractions are done.
"""),
        ("value", "Value", """
The electronic referral form was built within the Local Dental Network's existing referral management
system, so its cost was small. The training took one hour per team. A wrong-tooth extraction usually
leads to a claim, a never event investigation and a loss of trust that is hard to repair, and for the
patient it means a lost healthy tooth and a second procedure.

<<P:The father of a twelve-year-old girl who had the wrong tooth removed before orthodontic treatment
agreed to meet the project team, and his suggestion that the patient or parent should be asked to point
to the tooth themselves, where they can, became the final step of the check.>> <<P:Parents on our
children's sedation list tried this step during the pilot and asked for a hand mirror to be offered, so
that the child can see which tooth is being talked about.>>
"""),
        ("spread", "Spread", """
The referral form is now mandatory for all general dental practices referring for extraction to either
service, and the Local Dental Network has shared it with the two neighbouring networks. The read-back
has been added to the regional dental safety standard.

<<P:Members of the hospital orthodontic department's youth panel made a one-minute film explaining the
check to other young people, choosing the music and the script themselves, and it plays in both
waiting rooms.>>
"""),
    ],
    flags=[dict(code="missing_section", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I301  intravitreal eye injections moved to a community hub - pdf - numbered
#       questions - ophthalmology service manager voice - private clinic
#       company as partner (fine) - no quantitative evidence (activity, a
#       single overdue figure, a single audit, a target, a planned audit) -
#       no patient involvement (letters, a satisfaction survey with no change,
#       a charity that did not reply, an explicit negation, a plan) - NO value
#       section
# ---------------------------------------------------------------------------
entry(
    id="I301", format="pdf", layout="numbered_questions", topic="intravitreal_injections_community",
    project="independent19-eyeinjections-301", pdf_font="DejaVuSans", pdf_align="L",
    title="Both Eyes Open: safe, timely eye injections closer to home",
    cover=[
        "Coldharbour Eye Hospital NHS Foundation Trust (lead) + Coldharbour Local Optical Committee + ClearView Clinics Ltd",
        "Entry by the service manager for medical retina, on behalf of the partnership. 020 7946 0778",
    ],
    primary_entrant=dict(name="Coldharbour Eye Hospital NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Coldharbour Local Optical Committee", type="primary_care"),
        dict(name="ClearView Clinics Ltd", type="private"),
    ],
    sections=[
        ("context", "1. What was the problem, and what did you do?", """
Coldharbour Eye Hospital treats about 4,800 people with wet age-related macular degeneration, diabetic
macular oedema and retinal vein occlusion. All of them need injections of medicine into the eye, every
four to sixteen weeks, often for years. If an injection is late, the swelling at the back of the eye can
return and sight can be lost permanently. By 2021 the hospital's injection clinics were full, and a
failsafe review found people who were weeks overdue, with no system to tell us which of them were at the
highest risk.

Moving injections out of the main hospital created a second risk. Injecting the wrong eye is a never
event, and it is more likely in a busy clinic where the patient may be treated in one eye on some visits
and both on others, and where the nurse giving the injection may not be the clinician who made the
decision.

Both Eyes Open has three parts. Community optometrists with the right equipment carry out monitoring
scans in their own practices, and consultants review the scans remotely, so that patients come to the
hospital only when they need treatment. A community injection hub in a shopping centre, run by
ClearView Clinics under an NHS contract, gives injections by nurse injectors trained and supervised by
the hospital. And a single failsafe tracker, shared between the hospital, the optometrists and the hub,
shows every patient's due date and flags anyone who is overdue.

Every patient has the eye to be treated marked above the brow, and the nurse, a second member of staff
and the patient confirm the eye against the decision on the tracker before the room lights are dimmed.
"""),
        ("evidence", "2. What evidence is there that care is safer?", """
The hub opened in May 2022. By March 2024 it had given 14,200 injections, and community optometrists had
carried out 3,100 monitoring visits.

On 31 March 2024, 6% of patients on the tracker were more than two weeks overdue for an injection. Our
target is that no patient is more than two weeks overdue, and we are working through a list of patients
who missed appointments because of transport problems.

An audit of 200 randomly selected hub records in January 2024 found a documented three-way laterality
check in every one. Hub nurses report any near miss through the hospital's incident system, and each one
is discussed at the joint governance meeting.

We have not yet measured whether patients' vision has been better preserved. The hospital is taking part
in the national macular degeneration audit, which will allow us to compare visual acuity before and after
the new pathway when it reports in 2025.
"""),
        ("stakeholders", "3. How did you involve patients, carers and staff?", """
<<S:Community optometrists designed the scan referral protocol with our consultants at four evening
sessions organised by the Local Optical Committee, and it was their request for a named consultant to
call if a scan looked urgent, rather than an email inbox, that was built into the pathway.>> <<S:The hub's
nurse injectors tested the three-way eye check in the hospital clinic for a month before the hub opened,
and they moved the check to before the lights are dimmed after finding that the brow mark could not be
seen in the dark.>> <<S:Medical secretaries and booking clerks, who had been managing overdue lists by
hand, helped the hospital's IT team design the tracker screens, and several of their colour codes were
kept.>>

Patients were not involved in designing the pathway, because it was set up at speed to clear the backlog
after the pandemic. Every patient was sent a letter explaining the change of venue, with a map and a
telephone number for questions. A satisfaction survey at the hub found that 94% of patients rated their
visit as good or very good; no changes were needed. The local sight loss charity was sent the patient
leaflet for comment but did not reply. We plan to set up a patient reference group for the hub in 2025.
"""),
        ("spread", "4. How has the work been shared or spread?", """
The hospital has opened a second community hub in the north of the borough, using the same tracker and
eye check. The Local Optical Committee has shared the scan protocol with two neighbouring committees, and
the regional eye care network has used our tracker as the basis of its failsafe standard.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="value"),
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I302  oxygen prescribing and target saturations in COPD - docx - bold
#       headings - respiratory physiotherapist and consultant, warm 'we' -
#       patient group partner, people described without the word 'patients',
#       a carer involved in the value section - SPC wording - no flags
# ---------------------------------------------------------------------------
entry(
    id="I302", format="docx", layout="bold_headings", topic="oxygen_prescribing_copd",
    project="independent19-oxygentarget-302", docx_font="Verdana",
    title="The Right Air: prescribing oxygen to a target, from the ambulance to the ward",
    cover_table=[
        ("Entry title", "The Right Air: prescribing oxygen to a target, from the ambulance to the ward"),
        ("Lead organisation", "Fairhaven General Hospitals NHS Trust (Respiratory Medicine)"),
        ("Partners", "Coastline Ambulance Service NHS Trust  |  Coastline Community Health NHS Trust (Community Respiratory Team)  |  Breathe Easy Fairhaven"),
        ("Entry written by", "A clinical specialist respiratory physiotherapist and a consultant respiratory physician"),
        ("Phone", "01303 552 418"),
    ],
    primary_entrant=dict(name="Fairhaven General Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Coastline Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Coastline Community Health NHS Trust", type="nhs_trust"),
        dict(name="Breathe Easy Fairhaven", type="patient_group"),
    ],
    sections=[
        ("context", "Where the problem lay", """
Oxygen is a drug, but for years it has been treated as if it were fresh air. For most acutely ill
people, a little too much oxygen does little harm. For people with chronic obstructive pulmonary disease
who retain carbon dioxide, it can be dangerous: too much oxygen can push carbon dioxide up, cause
drowsiness and acidosis, and lead to the need for a ventilator. National guidance says these people
should be given oxygen to a target saturation of 88 to 92%, not the 94 to 98% that suits most others.

In 2021 our respiratory team audited admissions with an exacerbation of COPD. Almost half arrived with
oxygen saturations above 96%, having been given high-flow oxygen in the ambulance, and on the wards only
a third had oxygen prescribed with a target range. Nurses were turning oxygen up whenever a saturation
alarm sounded. Some patients carried an oxygen alert card from the community respiratory team saying
that they were at risk, but ambulance crews and emergency department staff rarely saw it, or did not
know what to do with it.

The Right Air joins up the ambulance service, the emergency department, the wards and the community
respiratory team around one message: know your target. People at risk are identified by the community
team and given a new-style alert card and a flag on their ambulance service record. Crews use a 28%
Venturi mask, not a high-flow mask, for anyone with the flag. In hospital, the electronic prescribing
system will not let oxygen be prescribed without a target range, and the observation chart shows the
target next to every saturation reading.
"""),
        ("evidence", "What has changed", """
We compared the twelve months from April 2021 with the twelve months from April 2023, using the Trust's
electronic records and the ambulance service's patient records.

<<Q:The proportion of inpatients on oxygen with a target range prescribed rose from 31% to 88%.>> <<Q:The
proportion of people with COPD arriving at the emergency department with saturations above 96% fell from
44% to 18%.>> <<Q:Patients with COPD who needed non-invasive ventilation for acidosis that developed after
arrival at hospital fell from 37 to 15.>>

<<Q:The monthly run chart of target range prescribing shows a sustained shift, with every month since
July 2022 above the original median.>> <<Q:Ambulance crews' use of a controlled-oxygen mask for flagged
patients rose from under a quarter of journeys to almost nine in ten.>>

We aimed for 95% of inpatients on oxygen to have a target prescribed by the end of 2023, and are not
there yet.
"""),
        ("stakeholders", "Who helped design it", """
<<P:Members of Breathe Easy Fairhaven, all of them living with COPD, told us at a group meeting that the
old alert card was a folded piece of paper that fell apart in a wallet, and they chose the credit-card
size and the wording of the new one.>> <<P:Several of them had been given high-flow oxygen in an
ambulance and remembered being told to 'breathe it in deeply'; they asked that the card speak directly to
the crew, so it now begins 'I have COPD. My oxygen target is 88 to 92%.'>>

<<S:Ward nurses on the two respiratory wards told us that saturation alarms set at 94% were driving them to
turn oxygen up, and at their request the observation system now sets the alarm to each patient's own
target.>> <<S:Paramedics from Coastline tested the flag on their handheld devices for three months and
asked for it to appear before the patient's address, so that it is seen during the call.>> <<S:Ward
pharmacists agreed the wording of the prescribing screen with the electronic prescribing team and made
the target range a required field.>>

<<S:Community respiratory nurses rewrote the criteria for issuing an alert card after finding that too
many people were being given one who did not retain carbon dioxide.>>
"""),
        ("value", "Why it is worth doing", """
The new alert cards cost pennies each, and the changes to the prescribing and observation systems were
made within existing contracts. A stay that includes non-invasive ventilation is usually several days
longer, and a high-dependency bed is among the most expensive in the hospital.

<<P:The wife of a man who had been ventilated twice after high-flow oxygen in an ambulance spoke at our
first joint training day for crews and nurses, and her account was filmed with her agreement and is now
part of the induction for every new paramedic in the Coastline area.>> Those who have watched it tell
us it is the part of the training they remember.
"""),
        ("spread", "Spreading the word", """
Coastline Ambulance Service has extended the flag and Venturi mask standard across its whole area,
covering five acute trusts. The regional respiratory network has adopted our alert card, and two other
trusts have asked for the configuration of our prescribing screen.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I303  nasogastric tube position checks - pdf - no headings - PRIVATE
#       software company is the primary entrant with NHS trust partners
#       (ineligible) - chief executive voice - staff involvement present - no
#       patient involvement (beneficiaries, a leaflet, families informed, a
#       plan, 'patient voice' with nobody named)
# ---------------------------------------------------------------------------
entry(
    id="I303", format="pdf", layout="no_headings", topic="nasogastric_tube_placement",
    project="independent19-ngtube-303", pdf_font="LiberationSans",
    title="CheckPoint NG: closing the loop on nasogastric tube position checks",
    cover=[
        "Entrant: Placera Systems Ltd (clinical safety software), Unit 12, Innovation Quarter, Tarnbridge TB3 9XP",
        "Delivered with Tarnbridge and Wolds Hospitals NHS Trust and Eastholme University Hospitals NHS Foundation Trust",
        "Author: Chief Executive and co-founder, Placera Systems. Company no. 11223344",
    ],
    primary_entrant=dict(name="Placera Systems Ltd", type="private"),
    partners=[
        dict(name="Tarnbridge and Wolds Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Eastholme University Hospitals NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", None, """
A nasogastric tube passed into the lungs instead of the stomach, and then used to give feed or
medicines, can kill. It is one of the longest-standing never events in the NHS, and national alerts have
been issued about it repeatedly since 2005. The safety checks are well known: test the pH of fluid drawn
back from the tube, and if that is not possible, confirm the position on an X-ray that is read by a
competent person and documented before anything goes down the tube.

The checks fail in the gaps between people. The nurse who passes the tube is not the doctor who reviews
the X-ray. The X-ray is reviewed on a screen in another part of the hospital, sometimes hours later, and
the decision is recorded in a note the nurse may never see. Tubes move when patients cough, vomit or are
turned, and re-checks before each use are easily skipped on a busy night shift.

Placera was founded in 2019 by a former critical care nurse and a software engineer. CheckPoint NG is a
bedside app, used on the tablets that wards already have, which records every tube from insertion to
removal. It records the pH result with a photograph of the test strip, sends an X-ray request with a
standard set of questions, and presents the X-ray to an accredited reviewer with a structured template.
Until the reviewer has recorded 'safe to use', the tube shows as red on the ward dashboard and on the
feed pump's barcode check, which means the pump will not start.

We are a company of fourteen people, and we know that the NHS has seen many technology suppliers promise
more than they deliver. From the beginning we agreed with both trusts that CheckPoint NG would be treated
as a clinical change led by their nutrition and nursing teams, with our software as the tool rather than
the answer. Each trust kept its own policy on tube placement; the app enforces that policy rather than
replacing it. Each trust named a clinical safety officer who signed off the hazard log before go-live, and
every change to the clinical content since then has gone through the trusts' own governance before we
released it.

The hardest part of the design was not the software. It was agreeing, across two trusts and several
professions, exactly who could record that a tube was safe, and what they had to see before they did so.
Until then, the answer at both trusts had been 'a competent person', which in practice meant whoever was
available.
"""),
        ("evidence", None, """
Tarnbridge and Wolds began using CheckPoint NG on its critical care, stroke and gastroenterology wards
in March 2022, and Eastholme on all adult inpatient wards in September 2022. Each trust compared twelve
months before and twelve months after.

<<Q:At Tarnbridge and Wolds, tubes used before a documented position check fell from 6.4% of tubes in the
audit sample to 0.3%.>> <<Q:At Eastholme, the median time from X-ray to a documented decision that the
tube was safe to use dropped from 3 hours 50 minutes to 55 minutes.>> <<Q:Across both trusts, X-rays
for tube position that had to be repeated because the first image did not show the tube tip fell from 19%
to 7%.>>

<<Q:Reported incidents involving a tube used without a documented check fell from 28 across the two trusts
in the year before to 4 in the year after.>> <<Q:There were no never events involving a misplaced tube at
either trust during the period, and there had been one in the year before, at Eastholme.>>
"""),
        ("stakeholders", None, """
<<S:Nutrition nurse specialists at both trusts wrote the clinical content of the app with us, and it was
the Eastholme nutrition team who asked for the photograph of the pH strip, after finding that colour
readings were being recorded from memory.>> <<S:Radiographers told us that most repeated films were
caused by the wrong instruction on the request, and the X-ray request screen was rebuilt around the
wording they proposed.>> <<S:Night-shift ward nurses at Tarnbridge tested the app for six weeks before
go-live and asked that the re-check before each feed be a single tap when the pH is unchanged, which is
how it now works.>> <<S:The trusts' medical device teams and the pump manufacturer agreed the link to the
feed pumps with our engineers, after a joint risk assessment.>>

Patients are the reason the product exists, and every one of the 3,900 patients who had a tube placed in
the first year benefited from a safer process. A leaflet explaining the checks is given to patients and
their families where possible. Families of patients receiving tube feeding at home are told how the
position was confirmed before discharge. We would like to include the patient voice in the next version
of the app, and are talking to a nutrition support charity about how to do so.
"""),
        ("value", None, """
Each trust pays an annual licence of £24,000, which includes training and support. A single never event
costs a trust far more than that in investigation, harm and litigation, and the reduction in repeat
X-rays alone saves radiographer time and radiation dose. Ward managers say that for the first time they
can see at a glance which tubes are safe to use.
"""),
        ("spread", None, """
Three further trusts have signed contracts for CheckPoint NG in 2024/25. The two partner trusts have
shared their implementation experience at a national nutrition nurses' conference, and we are adapting
the app for the checks needed before gastrostomy tubes are used after insertion.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I304  medicines for people leaving hospital homeless - docx - style
#       headings - inclusion health nurse lead, passionate - lived experience
#       involvement by 'experts by experience' and 'guests' - no quantitative
#       evidence (counts, single percentages, a target, an evaluation) - no
#       staff involvement (ward staff trained, housing officers briefed, a
#       project manager doing her job, a planned staff survey)
# ---------------------------------------------------------------------------
entry(
    id="I304", format="docx", layout="style_headings", topic="homeless_discharge_medicines",
    project="independent19-homelessmeds-304", docx_font="Calibri",
    title="Out With What You Need: safe medicines for people leaving hospital with nowhere to live",
    cover=[
        "Westferry and Docklands Hospitals NHS Trust - Inclusion Health Team (lead)",
        "with Westferry City Council (Housing Options) / The Doorway (homelessness charity) / Westferry Local Pharmaceutical Committee",
        "Enquiries: Lead Nurse, Inclusion Health, 020 7946 0913",
    ],
    primary_entrant=dict(name="Westferry and Docklands Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Westferry City Council", type="local_authority"),
        dict(name="The Doorway", type="charity"),
        dict(name="Westferry Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "Why we started", """
Every week, somewhere between ten and fifteen people leave our two hospitals with no home to go to. Some
are sleeping rough, some are sofa-surfing, some are in a hostel that does not allow them to keep
medicines in their room. Many have serious illnesses: infections that need weeks of antibiotics,
diabetes, epilepsy, heart failure, HIV, or an opioid dependence that has been managed on the ward.

The way hospital discharge works assumes a home, a GP and a regular pharmacy. Our inclusion health team
kept seeing the same people come back: a man with a leg infection who had been given a fortnight of
antibiotics in a paper bag that was stolen on his first night; a woman with epilepsy who had no GP and
could not get a repeat prescription; people discharged on methadone on a Friday evening whose community
prescription would not start until the Monday. Some of them came back within days, more unwell. Two
people died within a month of discharge in 2022, and in both cases the medicines they needed had not
reached them.

Out With What You Need is a discharge pathway for people who are homeless. The inclusion health team
identifies them on admission. A ward pharmacist and the team plan medicines from day one: simpler
regimens where possible, once-daily doses, long-acting injections where appropriate. The Doorway's day
centre will hold medicines safely and hand out daily doses. The council's housing options team is told
about the discharge at least two days in advance. A named community pharmacy is agreed and receives the
discharge prescription electronically, and the person leaves with a small, waterproof medicines wallet
and a card listing what they take.
"""),
        ("evidence", "What we can show so far", """
From April 2023 to March 2024, 612 people were supported through the pathway. 540 left with a named
community pharmacy agreed, and 388 used The Doorway's medicines storage at some point.

We audited a sample of 120 discharges in March 2024: 84% had a complete medicines plan documented before
the day of discharge, and 9 in 10 left with a medicines wallet. We did not audit discharges in this way
before the pathway existed, so we cannot say what the figures were before.

Our aim is that nobody on the pathway is readmitted within 28 days because they could not get or keep
their medicines. We record these readmissions now, but the numbers for the first year are small and we
have nothing to compare them with.

The Doorway has funded an independent evaluation by Westferry University, which is looking at
readmissions, emergency attendances and deaths for people on the pathway compared with a matched group
from before it began. It will report in 2025.
"""),
        ("stakeholders", "The people who shaped it", """
<<P:The Doorway's experts by experience, six men and two women who have slept rough in Westferry and been
admitted to our hospitals, worked with us for the whole of the first year.>> <<P:They told us that the
paper bag of medicines was the problem, not the solution, and it was their design for a waterproof wallet
with a zip and no hospital logo, so that nobody could tell what was in it, that we had made.>>
<<P:They also set the rule that nobody is discharged after 4pm on a Friday without a confirmed
pharmacy, after describing what a weekend on the street without methadone is like.>>

<<P:Guests at The Doorway's Tuesday breakfast club chose the name of the pathway, voting between three
options that the experts by experience had drawn up.>>

Ward nurses and pharmacists on the medical wards were trained in the new pathway at their team
meetings, and the council's housing officers were briefed on the two-day notice. The pathway documents
were written by our project manager, and the work was reported to the Trust's discharge steering group.
We intend to survey ward staff about the pathway next year.
"""),
        ("value", "Value", """
The pathway costs about £96,000 a year, most of it for a specialist pharmacist and a housing link worker,
funded by the ICB's health inequalities fund. One emergency readmission for a leg infection or a seizure
costs several thousand pounds. More importantly, people who have often been let down by services now
leave hospital with their medicines and someone who knows where they will be.
"""),
        ("spread", "Spread", """
Two other London trusts have visited to learn about the pathway, and one is starting a version of it.
The Doorway has shared the wallet design with homelessness charities across the region, and the
Westferry LPC has offered the named-pharmacy arrangement to every community pharmacy in the borough.
"""),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)
