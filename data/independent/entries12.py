"""Twelfth independent evaluation set (I177..I192) for the HSJ Patient Safety Awards
category 'Best Partnership Solution Improving Patient Safety'.

Written blind, without reference to the review pipeline or to the other sets' content:
new (fictional) organisations, new topics and deliberately unusual voices (a GP partner
writing informally, an ICB transformation manager, a clinical scientist, a paramedic, a
social worker, a lived-experience co-author writing as 'I', a bilingual Welsh team, a
hospice, a community interest company, two private companies, and others).  Build with

    .venv/bin/python data/independent/build.py --set 12   (writes data/corpus/independent12/)

Mark-up used inside section bodies (stripped before rendering):
  <<Q:sentence>>   quantitative claim (a measured change in an outcome)
  <<P:sentence>>   patient / carer / family / service-user involvement
  <<S:sentence>>   staff involvement
  (letters combine, e.g. <<PS:...>>)
Paragraphs are separated by a blank line; line breaks inside a paragraph are joined with a
single space.  A paragraph starting with "- " is a bullet item.

Labelling conventions:
  Q  a measure with a baseline and an after value, or a stated change ("from 48% to 21%",
     "halved", "none since, against three before", "a sustained shift on the SPC chart").
     Not tagged: dates, years, bed or ward counts, headcounts, numbers trained or sent
     letters, single audit values with nothing to compare against, budgets and costs,
     phone numbers, postcodes, reference numbers, targets not yet reached and plans.
  P  patients, carers, families, service users, lived-experience or patient representatives
     who co-designed, tested, were consulted, sat on a steering group or whose feedback
     changed the work -- including people described rather than labelled ("a grandmother
     whose grandson...") and sentences whose pronoun points back to such a group.  Not
     tagged: patients as beneficiaries, plans, negations, unnamed 'stakeholders', surveys
     after which nothing changed, audiences.
  S  staff groups (of any partner, any job title) who co-designed, tested, were consulted,
     sat on a steering group or whose feedback changed the work.  Not tagged: staff who were
     only trained, briefed or informed, a single named lead doing their job, plans,
     negations, conference audiences.

Organisation types follow the earlier sets: ambulance, police and fire services are
emergency_service; Welsh health boards are nhs_trust; a community interest company run on
a not-for-profit, asset-locked basis is typed charity (voluntary sector), not private.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I177  sodium valproate in women and girls - docx - bold headings
#       GP partner writing informally, PCN entrant - no flags
#       (hard negatives: clinicians trained, named lead, a plan for a teen group)
# ---------------------------------------------------------------------------
entry(
    id="I177", format="docx", layout="bold_headings", topic="valproate_pregnancy",
    docx_font="Georgia",
    project="independent12-valproate-177",
    title="Nobody's Job Until It Was Ours: getting valproate safety right across a PCN",
    cover=[
        "Dr Hannah Okafor, GP partner, Tollgate Surgery - writing on behalf of Millbrook and Tollgate Primary Care Network",
        "We did this with the epilepsy nurses and the women's health pharmacists at Wyeford Hospitals NHS Trust, the Brightwater Epilepsy Support charity, and the medicines optimisation team at NHS Calder Reach Integrated Care Board",
        "Contact: via the PCN manager, 01632 960418",
    ],
    primary_entrant=dict(name="Millbrook and Tollgate Primary Care Network", type="primary_care"),
    partners=[
        dict(name="Wyeford Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Brightwater Epilepsy Support", type="charity"),
        dict(name="NHS Calder Reach Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "So what was the problem?", """
I'll be honest: before 2022 valproate was one of those things every GP knows is dangerous in pregnancy and
almost nobody in general practice actually owned. The rules are clear enough. Any woman or girl who could
get pregnant and is on sodium valproate should be on the Pregnancy Prevention Programme, which means
highly effective contraception, a specialist review every year, and a signed annual risk acknowledgement
form. In practice the specialist thinks the GP is sorting the contraception, the GP thinks the specialist
is sorting the form, and the woman thinks everybody has it in hand.

Millbrook and Tollgate PCN is nine practices and a bit over 54,000 patients on the edge of Wyeford. When
our clinical pharmacist ran a search in the spring of 2022 she found 63 women and girls aged 12 to 55 with
a current valproate prescription. Some were taking it for epilepsy, a surprising number for bipolar
disorder or migraine, and three had been started on it by a private clinic nobody had heard of.

Then a patient at one of our practices had an unplanned pregnancy while on valproate. She and the baby are
both, touch wood, doing well, but the significant event review was grim reading. She had not seen a
specialist for four years, nobody had discussed contraception with her since her coil came out, and her
repeat prescription had been signed off forty-odd times by eight different prescribers, me included.

So the aim was simple to say and harder to do: every woman and girl on valproate in our patch on the
programme, properly, every year, and no more babies exposed to valproate in the womb without their mothers
having made an informed choice. We wanted to do it in a way that did not make women feel policed, because
frankly some of the letters going round at the time did exactly that.
"""),
        ("evidence", "Did it work?", """
Mostly, yes, and I can show you the numbers because the search runs on the first Monday of every month and
our pharmacist keeps a spreadsheet that would make an auditor weep with joy.

<<Q:At the first search in May 2022 only 12 of the 63 women and girls, about 19%, had an annual risk
acknowledgement form in date; by April 2024 it was 88%.>> Most of the gap is women who are booked in with
the specialist and just haven't had the appointment yet.

<<Q:The number of women on valproate with no highly effective contraception and no documented reason why
(for example, a hysterectomy or a considered decision that pregnancy isn't possible) went from 27 to 4.>>
We know who the four are and each has a plan.

<<Q:Twenty-two women were switched off valproate to something else after a proper conversation with the
neurology or mental health team, compared with five in the two years before we started.>> That was not a
target, and I'd want to be clear that some women chose to stay on it, with their eyes open, which is
exactly what should happen.

<<Q:We had three valproate-exposed pregnancies in the PCN in 2020 and 2021, and there have been none since
the programme started.>> Small numbers, obviously, and I wouldn't bet my house on it, but that is the
outcome that actually matters.

For what it's worth, the ICB's own figure for the whole of Calder Reach is that 61% of women on valproate
have a form in date. I'm not putting that in as a comparison, just as context.
"""),
        ("spread", "Has anyone else picked it up?", """
Yes. The ICB medicines optimisation team took our search, our letter and the one-page 'what happens next'
sheet and sent them to all 31 PCNs in Calder Reach in autumn 2023, with a short guide written by our
pharmacist. Fourteen PCNs are now running the monthly search themselves, and the ICB has put the work into
its prescribing quality scheme for 2024/25, which means there's a small payment attached. That, between us,
is what actually got the other PCNs to do it.

The trust's epilepsy nurses have rewritten their clinic letter so that it now tells the GP in one line
whether the form is signed and what contraception is in place, and they've done that for every practice in
the county, not just ours.

I presented the project at the regional primary care medicines safety day, and the slides are on the ICB
website. Brightwater have put our leaflet on their own site and say it has been downloaded over a thousand
times, which is nice, though I've no idea who by.
"""),
        ("value", "Was it worth it?", """
Cost-wise, it's cheap. The search takes our pharmacist about a day a month, including phone calls, which is
something like £4,000 a year of her time. The trust's epilepsy nurses absorbed the extra clinic slots. The
costs of a single child with fetal valproate spectrum disorder, over a lifetime, run into the hundreds of
thousands, so you don't need to prevent many to make it pay.

The bit I'm proudest of is how women felt about it. Before, a lot of them heard about the risks as a
frightening letter out of the blue. Now it's a phone call from someone they know, followed by a leaflet
written in plain English, and a same-month appointment if they want to talk about switching. One woman
told our pharmacist it was the first time anyone had explained why the form mattered rather than just
telling her to sign it.

For us as GPs, it's taken a constant low-level worry off our plates. When a valproate script pops up now,
the alert tells you exactly where that woman is up to, so you're not guessing.
"""),
        ("stakeholders", "Who did we do this with?", """
<<S:The search and the alert were built by our two PCN clinical pharmacists with the practice nurses at
Tollgate and Fenby Road, who tested it on their own lists for six weeks and kept telling us where it was
pulling out the wrong people.>> <<S:The reception and prescription clerks across the nine practices, who
handle every repeat request, pointed out that our first alert only fired when a GP opened the script,
which was too late, so we moved it to the request screen where they see it first.>>

<<P:Two women from Brightwater's Tuesday support group, both of whom had a child exposed to valproate in
pregnancy, went through our patient letter line by line.>> <<P:They binned the first draft, which they said
read like a legal notice, and the version we use now is basically theirs.>> <<P:A grandmother whose
granddaughter had been started on valproate at 13 came to one of our planning meetings and asked who was
supposed to explain all this to a teenager and her parents; we hadn't thought about it, and there's now a
separate section of the leaflet written for parents.>>

<<S:The trust's epilepsy specialist nurses and the perinatal mental health pharmacist agreed the referral
route with us, and changed their clinic template after we showed them what GPs actually needed to see.>>
Dr Asha Marsh, the consultant neurologist, chaired the monthly check-ins and kept everyone honest.

All 41 GPs, nurses and pharmacists in the PCN had a 20-minute lunchtime session on the new process. We'd
still like to run a proper group with teenage girls on valproate, and Brightwater are keen; we just haven't
managed it yet.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I178  heat-wave planning in care homes - pdf - own headings
#       ICB transformation manager, buzzword-heavy - NO patient involvement
#       (residents 'at the heart', unnamed stakeholders, plan for Phase 2,
#        survey of relatives that changed nothing, negation)
# ---------------------------------------------------------------------------
entry(
    id="I178", format="pdf", layout="own_headings", topic="heat_health_care_homes",
    pdf_font="LiberationSans",
    project="independent12-heatwave-178",
    title="Hot Spots: a system-wide, data-driven approach to keeping care home residents safe in extreme heat",
    cover=[
        "NHS Severnmere and Dunholt Integrated Care Board - Transformation and Partnerships Directorate",
        "The ICB led this programme in partnership with Dunholt City Council (Public Health), the Severnmere Care Providers' Alliance and Health Innovation Severn, with support from colleagues across our two acute trusts.",
        "Submitted by the Senior Transformation Manager, Care Sector Resilience",
    ],
    primary_entrant=dict(name="NHS Severnmere and Dunholt Integrated Care Board", type="icb"),
    partners=[
        dict(name="Dunholt City Council", type="local_authority"),
        dict(name="Severnmere Care Providers' Alliance", type="charity"),
        dict(name="Health Innovation Severn", type="ahsn"),
    ],
    sections=[
        ("context", "The Case for Change", """
Climate change is no longer a future risk; it is a here-and-now patient safety issue. The July 2022 heat
event was a burning platform for our system. In the fortnight either side of the record temperatures, our
two acute trusts saw a marked spike in emergency admissions of care home residents with dehydration, acute
kidney injury, falls and delirium, and our care sector colleagues told us loud and clear that they felt they
had been left to manage alone.

Severnmere and Dunholt has 212 registered care homes, around 7,400 beds, the majority run by small
independent providers. Many are in converted Victorian and Edwardian buildings with south-facing
conservatories, top-floor rooms under slate roofs, and no way of measuring, let alone controlling, room
temperature. National heat-health guidance exists, but it was not landing at the front line in a way that
translated into action on the day.

Hot Spots was designed to close that gap through a whole-system, place-based approach. It brings together
three elements. First, a data layer: Health Innovation Severn built a 'heat vulnerability' dashboard
combining each home's building characteristics, resident acuity and Met Office forecasts, so that the ICB and
the council can target support where risk is highest. Second, a practical toolkit: a room-by-room
thermometer kit for every home, a simple amber and red action card, and a hydration round built into the
existing tea trolley. Third, a proactive 'heat huddle' phone call from the council's care quality team to the
highest-risk homes on every day of an amber or red alert.

Our patient safety ambitions were to reduce avoidable heat-related harm and admissions from care homes
during periods of extreme heat, to embed room temperature monitoring as business as usual, and to
strengthen the golden thread between system intelligence and the care provided at the bedside.
"""),
        ("evidence", "Impact and Outcomes", """
We have now been through two full summers of delivery (2023 and 2024), evaluated by Health Innovation
Severn's analytics team against the 2022 baseline.

<<Q:Emergency admissions of care home residents with a heat-related primary or secondary diagnosis on
amber or red alert days fell from 4.1 per 1,000 residents in summer 2022 to 1.9 per 1,000 in summer
2024.>> We are mindful that 2024 was a cooler summer overall, which is why we have looked at alert days
only; the two summers had a similar number of alert days (eleven and nine).

<<Q:The proportion of homes completing a room temperature log on alert days rose from 22% at the first
alert of 2023 to 81% by the end of the 2024 season.>> <<Q:Acute kidney injury alerts generated for care home
residents during alert periods were down by about a third compared with 2022.>>

Uptake has been strong: 198 of the 212 homes received a thermometer kit, and the heat huddle team made 1,460
calls across the two summers. Feedback from the sector has been overwhelmingly positive, with 94% of
managers who responded to our end-of-season pulse survey rating the programme good or excellent.

Our stretch ambition is zero heat-related deaths in care homes by 2026.
"""),
        ("spread", "Scaling and Spreading", """
From the outset Hot Spots was designed for scale. The dashboard is built on an open data model that any ICB
can lift and shift, and Health Innovation Severn has already onboarded two neighbouring systems, which went
live in June 2024. The toolkit has been adopted by the regional Directors of Public Health network as the
recommended approach for the region's care sector.

We have showcased the programme at the regional UKHSA heat-health summit, the national care home learning
collaborative and a Health Innovation Network webinar that attracted over 300 attendees from across the
country. A 'how-to' playbook is available on the Health Innovation Severn website, and the council has
extended the model to extra care housing and supported living settings, which will go live next summer.
"""),
        ("value", "Value and Experience", """
This has been a genuine value-add for the system. The total programme cost across two years was £186,000,
covering thermometer kits, dashboard development and the heat huddle team's time, funded jointly by the ICB
and the council's public health grant. Health Innovation Severn's economic model estimates a return of around
£3 for every £1 invested, based on bed days avoided.

Care home colleagues tell us they feel seen and supported by the wider system for the first time. One
manager described the heat huddle calls as 'like having a friend on the end of the phone who actually knows
what to do'. For residents, the programme has meant cooler rooms, more drinks and fewer trips to hospital,
and residents and families have been at the heart of everything we have done.
"""),
        ("stakeholders", "Partnership and Co-production", """
Hot Spots was co-produced with a wide range of stakeholders across health, social care and the voluntary
sector, and the partnership board met monthly throughout. <<S:Fourteen care home managers, nominated through
the Providers' Alliance, sat on the design group and rewrote the amber and red action cards, which in their
original form ran to four pages.>> <<S:Senior carers on night shifts told us the room checks we had
scheduled for 10 am and 4 pm missed the hottest part of the night in top-floor rooms, so the checks were
moved to 3 pm and 3 am.>> <<S:The handypersons and maintenance staff in the pilot homes tested three makes
of thermometer and chose the one that was actually readable from a doorway.>>

Council care quality officers and the ICB's care home nurse specialists were trained to deliver the heat
huddle calls, and every GP practice with an aligned care home was briefed through the clinical leads
network.

A survey of 212 relatives, run through the Providers' Alliance in 2023, found strong support for the
programme, and the findings were shared with the partnership board. We did not, on reflection, engage
residents directly in the design of the first phase. Going forward, we will be embedding resident and family
voice into Phase 2 through the council's Experts by Experience network.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I179  wrong-patient imaging exposures - pdf - appendix trailer
#       consultant clinical scientist (radiation protection) voice - NO spread
#       section (missing_section spread)
# ---------------------------------------------------------------------------
entry(
    id="I179", format="pdf", layout="with_appendix", topic="wrong_patient_imaging",
    pdf_font="LiberationSerif",
    project="independent12-wrongpatient-imaging-179",
    title="Say It, Scan It, Check It: reducing wrong-patient exposures in diagnostic imaging",
    cover=[
        "Dr Anjali Rao, Consultant Clinical Scientist (Radiation Protection), Department of Medical Physics, Harbury Cross University Hospitals NHS Foundation Trust",
        "Partners: Kestrel Valley NHS Trust (Radiology); University of Aldbury, School of Health and Life Sciences (Diagnostic Radiography)",
    ],
    primary_entrant=dict(name="Harbury Cross University Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Kestrel Valley NHS Trust", type="nhs_trust"),
        dict(name="University of Aldbury", type="university"),
    ],
    sections=[
        ("context", "1. Background", """
Under the Ionising Radiation (Medical Exposure) Regulations 2017 (IR(ME)R), an exposure of the wrong patient
is an unintended exposure; where it exceeds the relevant dose thresholds it must be notified to the
regulator as a significant accidental or unintended exposure (SAUE). Nationally, wrong-patient incidents are
the largest single category of notified errors in diagnostic imaging, and the majority arise from a failure
of identification at one of three points: the referral, the moment the patient is called from the waiting
area, and the selection of the patient on the modality worklist.

The Department of Medical Physics provides the Medical Physics Expert and Radiation Protection Adviser
service to both Harbury Cross University Hospitals and Kestrel Valley NHS Trust, which together perform
approximately 610,000 imaging examinations a year across five sites. In reviewing the two trusts'
IR(ME)R incident data for 2020 and 2021, we found that wrong-patient exposures were occurring at broadly
similar rates in both, that most were CT and plain film examinations of inpatients and emergency department
attenders, and that the existing 'three-point ID' check was recorded as done in almost every case,
including cases in which the wrong patient was then imaged.

This suggested to us that the check was being performed as a closed question ('Are you John Smith?') that
tired, anxious, hard-of-hearing or confused patients will answer 'yes' to, and that the check was not
linked to the worklist entry actually selected on the scanner.

The partnership was formed to redesign the identification process as a whole system rather than as a
reminder to radiographers, drawing on the University of Aldbury's human factors and radiography education
expertise and on both trusts' imaging departments. Its goals were to halve the rate of wrong-patient
exposures within two years, to eliminate notifiable wrong-patient SAUEs, and to produce an identification
standard that could be taught to student radiographers from their first placement.
"""),
        ("evidence", "2. Results", """
We compared the 24 months before implementation (January 2021 to December 2022) with the 18 months after
full roll-out (April 2023 to September 2024), using each trust's incident reporting system cross-checked
against the Medical Physics IR(ME)R log. Exam counts were taken from the radiology information systems.

<<Q:The combined rate of wrong-patient exposures fell from 3.1 to 0.9 per 10,000 examinations (rate ratio
0.29, 95% confidence interval 0.17 to 0.49).>> <<Q:Notifiable wrong-patient SAUEs fell from seven in the
baseline period to one in the post-implementation period.>> The one remaining notifiable event involved a
paper request transcribed in the emergency department outside the new process; it has been reviewed and the
process extended.

A direct observation audit by final-year radiography students, using a structured tool designed by the
University, looked at whether the open-question identification was actually carried out.
<<Q:Observed compliance with the open-question check ('Please tell me your full name and date of birth')
rose from 38% of 400 observed examinations at baseline to 91% of 420 at twelve months.>> <<Q:The proportion of
CT examinations where the worklist entry was selected by scanning the patient's wristband rather than by
clicking a name went from 0% to 84%.>>

<<Q:Near-miss reporting rose over the same period, from 41 to 96 per year.>> We regard this as a sign of a
healthier reporting culture rather than of more errors, and we have not presented it as an outcome.
"""),
        ("value", "3. Value, patient and staff experience", """
Every wrong-patient exposure delivers a dose of ionising radiation with no benefit, and in CT that dose can
be equivalent to several years of natural background radiation. Each also means a delay to the correct
patient's examination and, typically, a repeat scan. On a conservative estimate of the staff time involved in
investigation, duty of candour and notification, each event costs the trusts around £1,900, before any
clinical consequence.

The barcode scanners for CT worklist selection cost £14,200 across both trusts. The remaining changes were
process changes and cost nothing but time.

Radiographers tell us the open-question script felt awkward for the first fortnight and is now automatic.
Several patients have commented, unprompted, that they were pleased to be asked properly.
"""),
        ("stakeholders", "4. Involvement", """
<<S:The identification script and the worklist process were designed over four facilitated workshops with
radiographers, imaging department assistants and CT superintendents from both trusts, who tested three
versions on a simulated worklist before choosing one.>> <<S:The inpatient porters, who collect most ward
patients and hand them over in the corridor, pointed out that nobody ever checked the patient against the
request at that handover, and a handover step was added at their suggestion.>>

<<P:Four members of the Harbury Cross Patient Panel took part in the simulation sessions as patients.>>
<<P:It was they who told us that being asked to confirm a name they had half heard was easier than saying 'no'
to a busy professional, and this is why the final script asks the patient to say their details rather than
confirm them.>> <<P:A man who had himself been scanned in error in 2021 agreed to share his account at the
first workshop, and his description of the waiting area call became the scenario we used to test every
version.>>

The University's radiography lecturers have built the standard into the first-year curriculum. Referring
clinicians were informed of the change through the trusts' clinical bulletins.
"""),
    ],
    trailer=[
        ("heading", "Appendix A: Key references"),
        ("text", "1. The Ionising Radiation (Medical Exposure) Regulations 2017, SI 2017/1322."),
        ("text", "2. Harbury Cross University Hospitals NHS Foundation Trust, Department of Medical Physics. Wrong-patient exposures in diagnostic imaging 2021 to 2024: an interrupted time series. Internal report MP-RP-24-07, October 2024."),
        ("text", "3. Ellery J, Rao A, Mensah K. Closed and open identity questions in radiography: an observational study with simulated patients. University of Aldbury working paper, 2023."),
        ("heading", "Appendix B: Definitions"),
        ("text", "SAUE: significant accidental or unintended exposure, notifiable to the regulator where the dose exceeds the guidance thresholds."),
        ("text", "Rate ratio: the post-implementation rate divided by the baseline rate; values below 1 indicate a reduction."),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I180  choking in learning-disability supported living - docx - numbered
#       questions with a (non-form) cover table - paramedic voice - no flags
# ---------------------------------------------------------------------------
entry(
    id="I180", format="docx", layout="numbered_questions", topic="choking_learning_disability",
    docx_font="Arial",
    project="independent12-choking-ld-180",
    title="Back Blows Before Blue Lights: preventing choking deaths in supported living",
    cover_table=[
        ("Title of entry", "Back Blows Before Blue Lights: preventing choking deaths in supported living"),
        ("Who is entering", "Paramedic Practitioner (Learning Disability Lead), Wealdmoor Ambulance Service NHS Trust"),
        ("Partners", "We worked with the community learning disability teams and speech and language therapists at Wealdmoor Partnership NHS Foundation Trust, the adult social care commissioners at Wealdmoor County Council, and Open Table, a self-advocacy charity run by and for people with learning disabilities"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
        ("Contact", "lp.safeswallow@example.nhs.uk"),
    ],
    primary_entrant=dict(name="Wealdmoor Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Wealdmoor Partnership NHS Foundation Trust", type="nhs_trust"),
        dict(name="Wealdmoor County Council", type="local_authority"),
        dict(name="Open Table", type="charity"),
    ],
    sections=[
        ("context", "1. Describe the context in which the partnership was needed, the service, and its patient safety goals", """
I've been a paramedic for sixteen years. In the winter of 2021 I went to two choking jobs in supported
living houses inside a month. Both were young men with a learning disability and a known swallowing
problem. In both cases the staff on shift had rung 999 first and then waited, because they'd been told never
to put their hands near someone's mouth and nobody had shown them back blows. One of the two men died.

When I looked at our own data I found we'd attended 214 choking calls to supported living and residential
learning disability addresses in the previous two years. Choking is one of the commonest causes of avoidable
death for people with a learning disability, and the LeDeR reviews keep saying the same things: people on
modified diets being given the wrong texture, staff not knowing a person's swallowing plan, and nobody
following up after a near-miss.

From the ambulance side, three things were obviously broken. Support workers didn't act in the first
minute, when it matters. Our crews had no way of knowing that the person they were going to had a
dysphagia plan. And when a crew cleared an airway and the person recovered, which happens more often than
not, that was the end of it: no referral, no review, and often a repeat call a few weeks later.

The partnership set out to fix all three. Support workers in supported living now get a practical
two-hour 'first minute' session, with back blows and abdominal thrusts practised on a manikin, delivered
jointly by a paramedic and a speech and language therapist. Every person with a dysphagia plan has a
one-page 'grab sheet' by the front door with their food texture, their drinks level and what to do. Our
control room flags the address so crews know before they arrive. And any crew that attends a choking
episode can now refer straight to the community learning disability team's speech and language therapists
from the tablet, without going through a GP.

Our goals were fewer repeat choking calls, more people getting first aid before we arrive, and no more
deaths from choking in supported living in the county.
"""),
        ("evidence", "2. What evidence can you show of improvements in safe care as a direct result of the partnership?", """
We've pulled the figures from our electronic patient records, with every choking call in supported living and
residential learning disability settings reviewed by me and a second paramedic.

<<Q:In the year before we started, crews documented that support staff had already given back blows or
abdominal thrusts before arrival in 41% of choking calls; in 2023/24 it was 78%.>> <<Q:Repeat choking calls
to the same person within six months fell from 38% of patients to 12%.>>

<<Q:Crew referrals to the learning disability speech and language therapists after a choking episode went
from six in 2021/22, all made via GPs, to 71 in 2023/24.>> The SLTs saw 90% of those within ten working
days.

<<Q:Choking deaths among people living in supported living or residential learning disability homes in the
county fell from five in 2021/22 to one in 2023/24.>> One is still one too many, and the LeDeR review of that
death has fed back into the training.

So far 1,140 support workers have been through the session, and 412 grab sheets are in place.
"""),
        ("spread", "3. How have the achievements been applied elsewhere, and how has best practice been shared?", """
The tablet referral pathway is now live across the whole ambulance trust, which covers three counties, and
the other two counties' learning disability services signed up in 2024. The grab sheet has been adopted by
the county council as a contract requirement for every supported living provider it commissions.

We've shared the session plan and the grab sheet template through the national ambulance learning disability
leads group, and two other ambulance services are piloting the crew referral. I've spoken about it at the
College of Paramedics conference and at a LeDeR regional learning event. Open Table made an easy-read
version of the grab sheet that any provider can download for free.
"""),
        ("value", "4. What value has been created, including staff and patient experience and value for money?", """
The whole thing cost about £38,000 in the first year, mostly manikins, printing and backfill for paramedics
and SLTs to deliver the sessions. The council paid for the grab sheets. Against that, each choking
admission to hospital costs the NHS several thousand pounds, and that's before you think about a death.

Support workers tell us they feel less frightened. One manager said her staff used to dread mealtimes with
two of her tenants and now they don't. Crews like having the flag on the address, because walking in and
already knowing someone is on a level 4 puree diet changes how you start.

For the people themselves, it means being able to stay at home, eat food they enjoy at the right texture,
and have people around them who know what to do.
"""),
        ("stakeholders", "5. Who was involved, and how were they engaged in the design?", """
<<S:The session was put together by four paramedics and three speech and language therapists over a set of
evenings in early 2022, and then tried out on support workers from two providers, who told us the first
version was far too long and too clinical.>> We cut it from half a day to two hours as a result. <<S:Our
emergency medical dispatchers in the control room suggested the address flag, after one of them took a call
where the caller couldn't remember which diet the man was on.>>

<<P:Six self-advocates from Open Table, all people with a learning disability, and three of them on modified
diets themselves, tested the grab sheet over two sessions.>> <<P:They told us the picture of a beaker we'd used
for 'mildly thick' drinks was wrong, and that the sheet should say what the person likes to eat, not just what
they can't have.>> Both changes went in.

<<P:The mother of a young man who choked at his day centre in 2020 worked with us on the training.>> <<P:She
now co-delivers some of the sessions, and the part where she describes the phone call she got that day is
the bit support workers remember most.>>

The ambulance trust's consultant paramedic signed off the clinical content. Supported living providers were
written to by the council to explain the new contract requirement.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I181  bed rails in people's own homes - pdf - CAPS headings
#       principal social worker voice (Care Act / MCA language), contact line
#       with a postcode - NO quantitative evidence (counts of actions, a single
#       audit value, a baseline with no after figure, a target)
# ---------------------------------------------------------------------------
entry(
    id="I181", format="pdf", layout="caps_headings", topic="bed_rails",
    pdf_font="DejaVuSans", pdf_align="L",
    project="independent12-bedrails-181",
    title="Safe in Bed, Free in Bed: a shared approach to bed rails in people's own homes",
    cover=[
        "Ashcombe Borough Council, Adult Social Care (Principal Social Worker's Office)",
        "With Ashcombe Community Health NHS Trust, the Ashcombe Carers' Hub and the Independent Living Centre, Ashcombe",
        "Contact: Principal Social Worker, Adult Social Care, Civic Centre, Market Street, Ashcombe AB4 2QT",
    ],
    primary_entrant=dict(name="Ashcombe Borough Council", type="local_authority"),
    partners=[
        dict(name="Ashcombe Community Health NHS Trust", type="nhs_trust"),
        dict(name="Ashcombe Carers' Hub", type="charity"),
        dict(name="Independent Living Centre, Ashcombe", type="charity"),
    ],
    sections=[
        ("context", "THE CONTEXT AND WHY WE NEEDED EACH OTHER", """
I am a social worker, and I want to start with a person rather than a product. In the spring of 2022 a
woman I will call Mrs D., who was 84 and lived with her husband in a bungalow on the edge of Ashcombe, was
found in the morning with her neck trapped between the bed rail and the mattress. She had been given the
rails eighteen months earlier after a fall, by a hospital discharge team, from the community equipment
store. Nobody had reassessed her since. The mattress had been changed for a pressure-relieving one that was
thinner and narrower than the original, leaving a gap that the rails were never designed for. She died two
days later.

The safeguarding enquiry we led under section 42 of the Care Act found that no single organisation had
done anything obviously wrong, and that was the problem. The rails belonged to the equipment store, which is
jointly commissioned. The mattress came from the district nursing service. The decision to use rails was
made in a hospital and never revisited at home. Mr D. was told the rails were 'to keep her safe' and did not
know they could be dangerous. And nobody had asked Mrs D. whether she wanted them, or considered whether
rails that she could not lower herself were a restriction of her liberty under the Mental Capacity Act.

Bed rails can prevent falls from bed. They can also trap, injure and kill, particularly people who are
confused, restless or very frail, and they can restrain people who have not agreed to be restrained. In
people's own homes, unlike in hospitals and care homes, there is often nobody whose job it is to check.

Safe in Bed, Free in Bed brings the council, the community health trust, the equipment store, carers and a
disabled people's organisation together around a few simple commitments: no bed rails issued without a
joint risk assessment that includes the person's own view and, where needed, a capacity assessment; every
set of rails in the community on a shared register; every rail, bed and mattress combination checked at
fitting and reviewed at least every six months; and every carer given a plain-English guide to what to
look for. Our safety goals were to prevent entrapment injuries and deaths, and to make sure rails are only
used when they are the least restrictive safe option.
"""),
        ("evidence", "WHAT HAS CHANGED AS A RESULT", """
The shared register went live in May 2023. Before that, nobody could tell us how many bed rails were in use
in people's homes in Ashcombe. We now know: when the register was populated from equipment store records
and district nursing caseloads, it held 318 sets of rails.

Every one of those 318 has now had a joint review by an occupational therapist and either a social worker or
a district nurse. In 47 cases the rails were removed altogether, usually because the person no longer needed
them or because a lower bed and a crash mat were a safer and less restrictive choice. In 29 cases the
mattress or rails were swapped because the combination did not meet the gap measurements. Fourteen people
had a formal capacity assessment that had never been done before, and in three of those a best interests
decision led to the rails being removed.

At our first audit, in March 2024, 71% of rails on the register had been reviewed within the previous six
months. Our aim is 100% and we are not there yet, largely because of occupational therapy vacancies over the
winter.

It is too early, and the numbers are too small, to say whether entrapment incidents have fallen. There were
two safeguarding enquiries involving bed rail entrapment in Ashcombe in 2022, and one near miss reported by
a carer in 2021. We would rather say honestly that we do not yet know than claim an effect we cannot show.

What we can say is that every social worker carrying out a review in which rails are in place now asks about
them, and that the question 'who checks the rails?' now has an answer.
"""),
        ("spread", "SHARING WHAT WE HAVE LEARNED", """
The joint risk assessment form and the carers' guide have been adopted by the two neighbouring councils that
share our equipment store contract, and the store now refuses to deliver rails in any of the three areas
without a completed assessment attached to the order. The Safeguarding Adults Board published a learning
briefing based on Mrs D.'s enquiry, with her husband's permission, and it has been shared with every
safeguarding board in the region.

We presented the work at the national Principal Social Workers' network and at a regional occupational
therapy conference. The Independent Living Centre has produced an easy-read version of the guide and a short
film showing how to measure the gaps, both free to use.
"""),
        ("value", "VALUE FOR PEOPLE, CARERS AND STAFF", """
Most of the cost has been staff time, which we have absorbed. The register runs on the equipment store's
existing stock system. Gap-measuring templates cost £2.40 each, and the carers' guide cost £1,100 to print.

The value we care most about is harder to count. People who did not want rails have had them taken away,
and told us they feel less shut in. Carers who were frightened of the rails, but more frightened of taking
them away, have had somebody sit down with them and go through the options. For practitioners, the shared
form means an occupational therapist and a social worker now look at the same thing together, rather than
writing two separate assessments that never meet.
"""),
        ("stakeholders", "WHO WAS INVOLVED AND HOW", """
<<P:Mr D. asked to be involved after the enquiry, and he sat on the working group for its whole first year.>>
<<P:It was his question, 'why did nobody tell us?', that became the first page of the carers' guide.>>
<<P:Five carers recruited through the Carers' Hub, all looking after someone at home with bed rails, tested
two drafts of the guide and told us it needed pictures of what a dangerous gap actually looks like, which it
now has.>> <<P:Members of the Independent Living Centre, who are disabled people themselves, challenged the
working group on restraint, and the capacity assessment step was added because of them.>>

<<S:Community occupational therapists and district nurses from the trust wrote the joint risk assessment with
our social workers over three workshops.>> <<S:The equipment store technicians who deliver and fit the beds
were the ones who showed us how often the mattress is swapped after fitting without the rails being looked
at again, and they designed the check they now do at every delivery.>> <<S:Reablement support workers, who
are in people's homes every day, asked for a simple way to flag a concern about rails, and the 'rails
worry' line on their visit sheet came from them.>>

All 96 social workers in adult social care have completed a short e-learning module on bed rails.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I182  hearing loss in hospital - docx - NO headings - cover lines + cover
#       bullets (partners as bullets) - lived-experience co-author writing as
#       'I' - no flags
# ---------------------------------------------------------------------------
entry(
    id="I182", format="docx", layout="no_headings", topic="hearing_loss_inpatients",
    docx_font="Verdana",
    project="independent12-hearingloss-182",
    title="Can You Hear Me? Hearing loss, hearing aids and safer care on the wards",
    cover=[
        "Entered by Lanthorn Bay Hospitals NHS Trust. Written by Bernadette Quaye, lived-experience partner, with the Trust's Lead Nurse for Patient Experience.",
        "Our partners were:",
    ],
    cover_bullets=[
        "Hear Here Lanthorn, a local hearing loss charity, and its volunteers",
        "University of Saltmarsh, Department of Audiology and Hearing Science",
        "NHS Lanthorn and Coast Integrated Care Board, which funded the amplifiers",
    ],
    primary_entrant=dict(name="Lanthorn Bay Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Hear Here Lanthorn", type="charity"),
        dict(name="University of Saltmarsh", type="university"),
        dict(name="NHS Lanthorn and Coast Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", None, """
I have been severely deaf since my forties and I wear two hearing aids. In 2021 I spent nine days on a
surgical ward at Lanthorn Bay General. On the first night my hearing aids were put in a pot on my locker,
and by the morning the pot had gone out with the breakfast trays. For the rest of my stay I could hear almost
nothing. I agreed to a procedure I did not understand. I took a tablet twice because I had not heard the
nurse say she had already given it. A doctor wrote in my notes that I was 'confused', and I was not
confused, I was deaf.

When I complained, the Trust did something I did not expect: the Head of Patient Experience came to see me
and asked if I would help to fix it. That is how I came to be writing this.

Around one in five adults has some hearing loss, and among people over 70 it is more than half. On any day about a
third of the Trust's 780 inpatients will have hearing loss that affects how they communicate, and many will
wear hearing aids. Hearing loss in hospital is not only an experience problem. People who cannot hear cannot
give informed consent, cannot tell staff about an allergy when asked, cannot follow instructions about
fasting or mobilising, and are more likely to be labelled as having delirium or dementia. Lost hearing
aids cost money to replace, take weeks to replace, and leave people isolated.

The work we have called Can You Hear Me? has four parts. A blue ear symbol on the bedside board and in the
electronic record, agreed with the patient at admission, shows that someone has hearing loss and what helps.
Every ward has a hearing aid care box with batteries, cleaning tools, spare domes and labelled cases that
cannot be mistaken for rubbish. Every ward has two personal amplifiers, a simple box with headphones that
helps people without hearing aids, or whose aids have failed, to hear a conversation. And trained volunteers
from Hear Here Lanthorn visit the wards three times a week to check and maintain hearing aids and to show
staff how. Our safety goals were to make sure people with hearing loss can hear what they need to hear to be
safe, that they are not wrongly thought to be confused, and that hearing aids stop disappearing.
"""),
        ("evidence", None, """
The Department of Audiology at the University of Saltmarsh helped us measure what happened, using audits of
the electronic record, the Trust's lost property log and its complaints data, comparing 2022 with 2024.

<<Q:At the start, only 9% of inpatients who were known from their GP record to have hearing loss had this
recorded anywhere in their hospital notes; by the end of 2024 it was 64%.>> <<Q:Hearing aids reported lost
or damaged on the wards fell from 118 in 2022 to 41 in 2024.>>

<<Q:Complaints in which hearing or communication was a main theme halved, from 34 to 17.>> <<Q:In a
university audit of 200 patients with hearing loss on medical wards, the number who had been given a
delirium or confusion label without a formal assessment fell from 23 to 8.>>

I want to be careful here. The university team told us that some of the changes could have other causes,
and I agree. But I have sat on the wards, and I can tell you that it is different now.
"""),
        ("spread", None, """
The blue ear symbol and the care boxes were rolled out to every adult inpatient ward in the Trust by March
2024, and to the two community hospitals later that year. The ICB has asked the other two hospital trusts in
its area to adopt the same approach, and one of them began in the autumn. Hear Here Lanthorn now trains
volunteers for both.

I have spoken about my experience at three Trust nursing conferences and at a national meeting of hearing
loss charities. The University has published the evaluation, and audiology students now spend half a day on
the wards with the volunteers as part of their course.
"""),
        ("value", None, """
The whole programme cost about £31,000 in its first year. The ICB paid £19,000 for amplifiers and care boxes,
and the rest was the charity's volunteer coordinator and the University's audit time. The Trust was paying
out around £26,000 a year to replace lost hearing aids, so the fall in losses alone pays for most of it.

For patients, the value is in being able to take part in our own care. For staff, nurses have told us it
saves them time, because they are not repeating everything three times or shouting. One consultant said he
had not realised how often he was talking to people who could not hear him.
"""),
        ("stakeholders", None, """
<<P:I joined the project steering group in 2022 and have chaired it since 2023.>> <<P:Three other people who
have been inpatients with hearing loss joined me, and between us we chose the blue ear symbol, after turning
down two designs that we thought looked like a warning sign.>> <<P:It was our group that insisted that the
symbol should only go up with the patient's agreement, because not everybody wants their hearing loss on
display.>>

<<S:The healthcare support workers on Elm and Ashdown wards tried out four different amplifiers for a month
and picked the one that patients could use without help.>> <<S:Ward housekeepers, who clear the lockers and
trays, told us that hearing aids in tissues and plastic pots were being thrown away every week, and the
bright orange hard case in every care box was their idea.>> <<S:The audiology technicians from the University
designed the care box contents with them.>>

Every ward has a named hearing champion, and all ward staff were shown the care box at their safety huddle.
Hear Here Lanthorn's volunteers now visit every week.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I183  newborn jaundice measured at home - pdf - two columns
#       bilingual Welsh / English team, bilingual headings and summaries - no
#       flags (patient involvement partly via a pronoun sentence)
# ---------------------------------------------------------------------------
entry(
    id="I183", format="pdf", layout="two_column", topic="neonatal_jaundice_home",
    pdf_font="DejaVuSans",
    project="independent12-jaundice-home-183",
    title="Melyn? Gwiriwch! / Yellow? Check! Measuring newborn jaundice at home",
    cover=[
        "Bwrdd Iechyd Prifysgol Cwm Cerist / Cerist Valley University Health Board - Gwasanaethau Mamolaeth a Newyddenedigol / Maternity and Neonatal Services",
        "Partneriaid / Partners: Prifysgol Porth Wen (Ysgol Bydwreigiaeth / School of Midwifery); Rhieni Cerist / Cerist Parents, elusen gofrestredig / a registered charity run by parents",
        "Cyflwynwyd gan / Submitted by: Tîm Clefyd Melyn yn y Cartref / the Jaundice at Home team",
    ],
    primary_entrant=dict(name="Cerist Valley University Health Board", type="nhs_trust"),
    partners=[
        dict(name="Porth Wen University", type="university"),
        dict(name="Rhieni Cerist / Cerist Parents", type="charity"),
    ],
    sections=[
        ("context", "Cyd-destun / Context", """
Crynodeb: Mae bydwragedd cymunedol bellach yn mesur clefyd melyn babanod yn y cartref, yn Gymraeg neu'n
Saesneg, yn ôl dewis y teulu. (Summary: community midwives now measure babies' jaundice at home, in Welsh or
English, as the family chooses.)

Most newborn babies become a little yellow in their first week. In a small number the level of bilirubin in
the blood climbs high enough to cause brain injury (kernicterus), which is rare, preventable and
devastating. The only reliable way to know how high the level is, is to measure it. Judging jaundice by eye
is unreliable, and it is especially unreliable in babies with darker skin.

Cwm Cerist is a large rural health board. About 2,300 babies are born here each year, and most families go
home within a day of the birth. Until 2022, when a community midwife on a home visit thought a baby looked
jaundiced, the only option was to send the family to the neonatal unit at Ysbyty Glan Cerist for a heel-prick
blood test, a round trip of up to 90 miles from the upper valleys. Some families, understandably, put it
off. Midwives, knowing this, sometimes waited another day to see. Between 2019 and 2021 the health board had
several readmissions of babies with bilirubin levels at or above the threshold for exchange transfusion, and
one baby needed an exchange transfusion.

Melyn? Gwiriwch! gave every community midwifery team a transcutaneous bilirubinometer, a handheld meter that
estimates bilirubin by shining light on the skin, with no needle. The reading goes straight into a
bilingual app, built with Prifysgol Porth Wen, that plots it on the national treatment chart for the baby's
age in hours and, if the baby is near the line, sends an electronic referral to the neonatal day assessment
unit, which phones the family back within the hour. Families are given a bilingual leaflet and a stool
colour card, so that they can also spot the pale stools that are an early sign of liver disease.

Our safety goals were to measure, not guess, for every baby who looks jaundiced; to get babies who need
treatment to it sooner; and to prevent any baby in Cwm Cerist reaching a bilirubin level that needs an
exchange transfusion.
"""),
        ("evidence", "Tystiolaeth / Evidence", """
Crynodeb: Mae'r dystiolaeth yn dangos bod babanod yn cael eu mesur yn gynt a bod llai o fabanod yn dod yn ôl
i'r ysbyty yn ddifrifol sâl. (Summary: the evidence shows babies are measured sooner and fewer come back into
hospital seriously unwell.)

The School of Midwifery compared the two years before the meters (2020/21 and 2021/22) with the first two
years after (2022/23 and 2023/24), using maternity records and the neonatal unit's admission book.

<<Q:The proportion of babies recorded as visibly jaundiced at a home visit who then had a bilirubin
measurement, rather than a visual check alone, rose from 31% to 96%.>> <<Q:The median time from a midwife
first recording jaundice to a bilirubin result fell from 7.5 hours to 20 minutes.>>

<<Q:Readmissions of babies whose bilirubin was at or above the exchange transfusion threshold fell from six in
the two years before to one in the two years after.>> No baby in the second period has needed an exchange
transfusion.

<<Q:Heel-prick blood tests taken only to rule out jaundice fell by 58%, because a normal meter reading now
reassures everybody without a trip to hospital.>> The meters do not replace blood tests when the reading is
high, and every reading above the safety margin is still confirmed with one.
"""),
        ("spread", "Lledaenu arfer da / Spread", """
Crynodeb: Mae dau fwrdd iechyd arall yng Nghymru wedi mabwysiadu'r ap. (Summary: two other health boards in
Wales have adopted the app.)

The app is free to use and fully bilingual, and two other Welsh health boards adopted it in 2024 with their
own meters. We shared the pathway through the all-Wales maternity and neonatal safety network and at the
all-Wales perinatal conference, and the School of Midwifery now teaches every student midwife to use the
meter and the app before their community placement. The stool colour card has been adopted by the regional
paediatric liver service as its standard card.
"""),
        ("value", "Gwerth / Value", """
The fourteen meters cost £4,200 each, £58,800 in total, funded through the Welsh Government's maternity
safety support programme; the app was built within an existing university research grant. Each avoided
trip to hospital saves a family most of a day and fuel for up to 90 miles, and each avoided neonatal
readmission saves the health board several nights of cot time.

Parents tell us that being able to have the test at home, in Welsh if they choose, at the same visit, takes
a great deal of worry out of the first week. Midwives say they feel safer making decisions when they have a
number rather than an impression.
"""),
        ("stakeholders", "Pwy fu'n rhan o'r gwaith / Who was involved", """
Crynodeb: Cafodd y daflen a'r cerdyn eu hysgrifennu gyda rhieni. (Summary: the leaflet and the card were
written with parents.)

<<S:Community midwives from the three upper valley teams tested two models of meter for two months and chose
the one that was easiest to use in a dim bedroom with a sleeping baby.>> <<S:Advanced neonatal nurse
practitioners and the neonatal consultants agreed the referral thresholds with the midwives, and maternity
support workers suggested the text message reminder that now goes to families whose baby needs a repeat
reading.>>

Rhieni Cerist brought together a group of parents whose babies had been treated for jaundice in the previous
two years, including two fathers and a mother whose son had been readmitted with a very high level.
<<P:They rewrote our leaflet from scratch, told us the stool colour card had to be printed on card rather
than paper because paper gets lost within a day, and tested the Welsh and English versions side by side.>>
<<P:Two of those parents sat on the project board for its first year.>>

The app was developed by the University's digital health team. Every midwife was trained in using the meter
before it was issued.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I184  indwelling pleural catheters (chest drains) at home - docx - Word
#       heading styles with a cover table - hospice voice - NO value section,
#       NO staff involvement (staff trained, a named lead, district nurses
#       informed, a staff survey that changed nothing, a plan, a negation)
# ---------------------------------------------------------------------------
entry(
    id="I184", format="docx", layout="style_headings", topic="pleural_catheters_home",
    docx_font="Cambria",
    project="independent12-pleural-catheter-184",
    title="Draining at Home: a hospice-led service for people living with an indwelling pleural catheter",
    cover_table=[
        ("Entry", "Draining at Home: a hospice-led service for people living with an indwelling pleural catheter"),
        ("Lead organisation", "Larkhill Rise Hospice (registered charity), Community Palliative Care Team"),
        ("Working with", "Northmoor Teaching Hospitals NHS Trust (Pleural Service, Respiratory Medicine); Cawdor Community Health NHS Trust (District Nursing)"),
        ("Award category", "Best Partnership Solution Improving Patient Safety"),
        ("Main contact", "Director of Clinical Services, Larkhill Rise Hospice"),
    ],
    primary_entrant=dict(name="Larkhill Rise Hospice", type="charity"),
    partners=[
        dict(name="Northmoor Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Cawdor Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why this partnership was needed", """
An indwelling pleural catheter (IPC) is a thin, soft tube placed through the chest wall so that fluid that
keeps building up around the lung can be drained at home. For people with cancer that has spread to the
lining of the lung, it can turn a life of repeated hospital visits and frightening breathlessness into a
life lived mostly at home. But an IPC is also a way into the chest. It needs draining two or three times a
week, with a sterile technique, by someone who knows what they are doing. Drained too rarely, the fluid
builds up and the person becomes breathless. Handled badly, the catheter can become infected, and a pleural
infection in someone this unwell is life-threatening.

In our area, IPCs are inserted by the pleural service at Northmoor Teaching Hospitals and then handed over to
the district nursing teams of Cawdor Community Health. By 2022 the number of people with an IPC had more than
doubled in five years, district nursing teams were stretched, and some nurses were draining an IPC only once
or twice a year and understandably did not feel confident. Drainages were missed at weekends and on bank
holidays. Several patients were admitted with infections, and others came to the emergency department
breathless because a drainage had been missed. Families asked us, again and again, why they could not just do
it themselves.

Draining at Home is a partnership in which the hospice's community palliative care team coordinates IPC care
for everybody in the area who has one, whether or not they are otherwise known to the hospice. Our nurses
carry out or supervise the drainages, teach family members who want to learn, run a 24-hour telephone advice
line, and hold a weekly virtual review with the pleural service. The district nurses remain involved for
people who are already on their caseload for other reasons.

Our patient safety goals were fewer catheter infections, no missed drainages, fewer unplanned hospital visits
for breathlessness, and people able to stay at home, and die at home if that is their wish.
"""),
        ("evidence", "What difference it has made", """
We compared the twelve months before the service (2021/22) with its first full year (2023/24), using the
pleural service's IPC register and the hospice's clinical records.

<<Q:Catheter-related infections fell from six among 41 patients with an IPC in 2021/22 to one among 58
patients in 2023/24.>> <<Q:Unplanned hospital attendances for breathlessness among people with an IPC fell
from an average of 1.4 per patient to 0.5.>>

<<Q:Missed or late drainages, recorded in the patient-held drainage diary, fell from about one in five
scheduled drainages in the three-month pilot to about one in twenty-five by the end of the first year.>>

<<Q:The proportion of people with an IPC who died in their preferred place of death rose from 64% to 83%.>>

The numbers are small and we are cautious about them, but the pleural service, which keeps its own records,
has reached the same conclusions.
"""),
        ("spread", "Sharing and spreading", """
The pleural service has written the hospice model into its patient pathway, and every person now has their
IPC care arranged through the hospice before they leave hospital. Two other hospices in the region have
visited to see how the service runs, and one has started a similar service with its own acute trust. We
have presented the work at the regional palliative care study day and at the national hospice nursing
conference, and our family teaching pack and drainage diary are available free to any organisation that
asks.
"""),
        ("stakeholders", "Who was involved", """
<<P:The drainage diary was designed by patients and their families.>> <<P:We asked everyone who had an IPC in
2022 if they would like to help, and eleven people did; over three afternoons at the hospice they decided
what it should record and how it should look, and it was their idea to include a page for the person to
write down how breathless they felt before and after each drainage.>>

<<P:A woman who drained her husband's catheter for seven months before he died agreed to be filmed doing it,
and that film is now the centrepiece of the family teaching pack.>> <<P:The hospice's Patient and Family
Voice group reviewed the script for the advice line and asked us to take out the phrase 'if it is an
emergency, call 999', which they found frightening, and replace it with clear advice about what an
emergency looks like.>>

Our community nurses were trained by the pleural service, and Andrea Kemble, the pleural clinical nurse
specialist, led the training and wrote the competency framework. District nursing teams were informed of
the new service by letter and at their team meetings. A staff survey at six months found that 88% of
hospice nurses felt confident draining an IPC. We did not formally consult district nurses when we set the
service up, and in hindsight we should have. We plan to run a joint workshop with emergency department
nurses in 2025.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="value"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I185  methadone and opioid substitution in prison - pdf - NO headings
#       community interest company voice (peer-led), "on behalf of" cover -
#       no flags
# ---------------------------------------------------------------------------
entry(
    id="I185", format="pdf", layout="no_headings", topic="prison_methadone",
    pdf_font="LiberationSans", pdf_align="L",
    project="independent12-prison-methadone-185",
    title="Bridge the Gap: no missed doses in, no lost days out",
    cover=[
        "Submitted on behalf of the Bridge the Gap partnership by Second Door CIC, a not-for-profit community interest company run by people in recovery, which leads it with:",
        "Ravensholt and Wyre NHS Foundation Trust (Healthcare at HMP Ravensholt; Substance Misuse Service), HMP Ravensholt, and Ravensholt City Council (Public Health - Drug and Alcohol Commissioning)",
    ],
    primary_entrant=dict(name="Second Door CIC", type="charity"),
    partners=[
        dict(name="Ravensholt and Wyre NHS Foundation Trust", type="nhs_trust"),
        dict(name="HMP Ravensholt", type="public_other"),
        dict(name="Ravensholt City Council", type="local_authority"),
    ],
    sections=[
        ("context", None, """
Second Door is a community interest company. Most of us who work here have been through prison, addiction or
both, and most of us have been on methadone at some point. We know from the inside the two moments when a
person on opioid substitution treatment is most at risk: the first night in prison, and the first fortnight
after getting out.

HMP Ravensholt is a local reception prison holding about 1,100 men, and on any given day around a quarter of
them are on methadone or buprenorphine. When somebody arrives from court, the healthcare team has to confirm
the dose they were on outside before they can safely give it. In 2021 that could take a day and a half,
because it meant phoning a community pharmacy or a prescriber who might not answer until Monday. In the
meantime men went into withdrawal, which is miserable and dangerous, and some were given a dose they
claimed to be on which turned out to be wrong. Men transferred from other prisons were sometimes dosed twice
on the day of transfer because the records had not caught up.

Release is worse. The risk of dying from an overdose in the first two weeks after leaving prison is many
times higher than at any other time, because tolerance has dropped and the support that was there inside
stops at the gate. A man released on a Friday afternoon with no prescription arranged until the following
week is in real danger.

Bridge the Gap brought together the people who each held a piece of this. The NHS healthcare team in the
prison gained read access to the community prescribing record, so reception nurses can confirm a dose in
minutes. A Second Door peer navigator meets every man on opioid substitution treatment in reception, explains
what will happen, and flags anything that does not add up. Before release, the navigator, the prison's
substance misuse team and the council-funded community drug service book a same-day or next-day prescriber
appointment, and the man leaves with naloxone and, if he wants it, a peer waiting for him at the gate. Our
goals were simple: no one left in withdrawal for want of a phone call, no double doses, and nobody dying in the
weeks after release because the handover failed.
"""),
        ("evidence", None, """
The trust's substance misuse service collects the data and the council's public health analysts check it. We
compare calendar year 2021, before the partnership, with 2023, its first full year.

<<Q:The median time from arriving in reception to a first verified dose of methadone or buprenorphine came
down from 31 hours to 9 hours.>> <<Q:Medication incidents involving opioid substitution treatment at
reception and transfer fell from 23 to 7, and there were no double doses in 2023, against five in 2021.>>

<<Q:The proportion of men released on opioid substitution treatment who saw a community prescriber within
48 hours rose from 46% to 87%.>> <<Q:Men leaving with a naloxone kit went from roughly one in five to four in
five.>>

<<Q:Drug-related deaths within four weeks of release among men leaving HMP Ravensholt fell from four in
2020 and 2021 together to none in 2022 and 2023.>> We know these numbers are small, and that men released
elsewhere are not counted, so we present them carefully. But each of those four was a person, and two of
them were known to people who now work at Second Door.
"""),
        ("spread", None, """
HMP Ravensholt's model has been adopted by the two other prisons in the region that the trust provides
healthcare to, and the regional health and justice commissioners have written access to the community
prescribing record into the healthcare specification for every prison they commission. Our peer navigator
role description, training plan and supervision model are on our website, and three other peer-led
organisations have used them to set up similar roles. We have presented at the national health and justice
conference, and two of our navigators gave evidence to a parliamentary inquiry on deaths after release.
"""),
        ("value", None, """
The partnership costs about £142,000 a year, most of it the salaries of four peer navigators, funded by the
council from its drug strategy grant. There was no cost to the prison for the record access, which uses the
NHS's existing system. A single opioid overdose admission costs several thousand pounds, and a death
cannot be priced.

For the men, it means being believed and being treated on the first night, and walking out with a plan.
Healthcare staff tell us reception is calmer now, with fewer arguments about doses, and prison officers
say the wing is easier to manage when men are not in withdrawal. For our navigators it is paid, meaningful
work, and two of them have since gone on to train as recovery workers in the NHS.
"""),
        ("stakeholders", None, """
<<P:The reception process was designed by three men who had been through reception at HMP Ravensholt on
methadone, working with two of our peer staff over six weeks.>> <<P:Their first suggestion, that the
navigator should see men before the nurse rather than after, is now how it works.>> <<P:A woman whose brother
died eleven days after he was released in 2020 joined the partnership board, and it was at her insistence
that every release plan now names a person, not just a service.>>

<<S:Reception nurses and pharmacy technicians in the prison's dispensary tested the record access for a
month and worked out, between them, the order of checks that is now the reception protocol.>> <<S:The
discipline officers on the reception landing, who see men first off the van, told us that many men hide that
they are on methadone because they fear being labelled, and the navigator's first conversation was
rewritten with them.>> <<S:Keyworkers from the community drug service agreed to hold back two appointment
slots every weekday for prison releases after they saw how often Friday releases were falling through.>>

The Governor and the trust's Head of Healthcare sponsored the work. All prison officers working in
reception received a short briefing on the new process.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I186  retained surgical swabs - pdf - form table - PRIVATE medtech company
#       is the primary entrant (ineligible) - NO patient involvement
#       (patients as beneficiaries, a leaflet, a plan for a patient rep,
#        testimonials on a website)
# ---------------------------------------------------------------------------
entry(
    id="I186", format="pdf", layout="form_table", topic="retained_swabs",
    pdf_font="LiberationSans",
    project="independent12-retained-swabs-186",
    title="CountSure: eliminating retained swabs through smart counting",
    cover_table=[
        ("Entry title", "CountSure: eliminating retained swabs through smart counting"),
        ("Submitting organisation", "Sentinel Count Technologies Ltd (UK subsidiary of Sentinel Surgical Inc.)"),
        ("Organisation type", "Commercial - medical technology"),
        ("NHS partner(s)", "Ellerby and Stour NHS Foundation Trust - Theatres and Anaesthesia Directorate; Health Innovation Stour (independent evaluation)"),
        ("Award category", "Best Partnership Solution Improving Patient Safety"),
        ("Contact", "Head of Market Access UK, 0161 496 0732"),
    ],
    primary_entrant=dict(name="Sentinel Count Technologies Ltd", type="private"),
    partners=[
        dict(name="Ellerby and Stour NHS Foundation Trust", type="nhs_trust"),
        dict(name="Health Innovation Stour", type="ahsn"),
    ],
    sections=[
        ("context", "1. Context and patient safety goals", """
A retained surgical swab is a never event. Despite manual counting protocols, retained items continue to be
reported in the NHS every year, causing pain, infection, further surgery and, occasionally, death. Manual
counts rely on people under time pressure, in a noisy environment, at shift changes, and the evidence shows
that most retained items occur in cases where the count was documented as correct.

CountSure combines radio-frequency (RF) tagged swabs with a handheld detection wand and a digital count board
that records every swab opened and returned. Before the wound is closed, the wand is passed over the patient,
and any tagged item still in the body triggers an alert. The count board replaces the whiteboard and makes
the count visible to the whole team.

Ellerby and Stour NHS Foundation Trust had two retained swab never events in 2021/22 and approached
Sentinel through Health Innovation Stour's innovation exchange. The partnership aimed to deploy CountSure in
all main theatres and maternity theatres, to eliminate retained swab never events, and to reduce the time and
radiation exposure associated with unresolved count discrepancies.
"""),
        ("evidence", "2. Evidence of improvement", """
Health Innovation Stour carried out an independent before-and-after evaluation covering 14 theatres,
comparing 2021/22 with 2023/24.

<<Q:Retained swab never events fell from two in 2021/22 to zero in 2023/24.>> <<Q:Count discrepancies that
could not be resolved by recount and needed an intraoperative X-ray fell from 31 to 9.>> <<Q:Average theatre
time lost to resolving count discrepancies fell by 71%, from 24 minutes to 7 minutes per discrepancy.>>

CountSure was used in 11,860 procedures over the evaluation year. The wand detected 17 tagged swabs that
would otherwise have been missed by the manual count, each resolved before closure. Compliance with wand
scanning before closure was 97% in the final quarter.
"""),
        ("spread", "3. Sharing and spread", """
Following the Ellerby and Stour evaluation, CountSure has been adopted by four further NHS trusts and is
available through a national procurement framework. Sentinel presented the results at the national theatres
safety conference and at two regional Health Innovation Network events, and the evaluation report is
available on request. A peer-to-peer reference site programme allows theatre teams from other trusts to
visit Ellerby and Stour.
"""),
        ("value", "4. Value and experience", """
The cost of CountSure at Ellerby and Stour is approximately £4.10 per procedure for tagged swabs, plus a
licence for the count board software. Health Innovation Stour estimated annual savings of £212,000 from
avoided X-rays, reduced theatre delays and avoided litigation, giving a net saving to the trust.

Theatre teams report reduced stress at the end of procedures. Patients benefit from a lower risk of
retained items and fewer unnecessary X-rays, and patient testimonials are featured on the Sentinel website.
"""),
        ("stakeholders", "5. Stakeholder engagement", """
<<S:Scrub practitioners and theatre support workers at Ellerby and Stour tested three prototypes of the
count board during a two-month pilot and asked for the swab total to be shown in large figures visible from
the operating table, which became the standard display.>> <<S:Maternity theatre midwives pointed out that
swabs used for perineal repair after birth outside theatre were not being counted on the board, and a
portable version was developed for the delivery suite as a result.>>

The Trust's Associate Director of Nursing for Theatres sponsored the project. All theatre staff completed
the Sentinel online training module before go-live. Patients undergoing surgery receive a leaflet
explaining the technology. A patient representative will be invited to join the CountSure national user
group in 2025.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I187  gentamicin dosing and monitoring - docx - reordered (results first)
#       antimicrobial pharmacist voice - a single trust whose only "partners"
#       are its own departments (ineligible) - NO patient involvement
# ---------------------------------------------------------------------------
entry(
    id="I187", format="docx", layout="reordered", topic="gentamicin_dosing",
    docx_font="Calibri",
    project="independent12-gentamicin-187",
    title="Gent Check: safer once-daily gentamicin across Merriden",
    cover=[
        "Merriden General Hospitals NHS Trust",
        "A partnership between our Pharmacy, Microbiology, Renal Medicine and Clinical Biochemistry departments and the Trust's Digital Health team",
        "Lead author: Consultant Antimicrobial Pharmacist",
    ],
    primary_entrant=dict(name="Merriden General Hospitals NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("evidence", "Results", """
We are leading with our results. All figures compare a six-month baseline audit (October 2021 to March
2022) of 412 gentamicin courses with a repeat audit of 436 courses from October 2023 to March 2024, using the
same data collection tool and the same two auditors.

<<Q:Doses within 10% of the correct dose for the patient's dosing weight and renal function rose from 62% to
94%.>> Most of the baseline errors came from using actual body weight in patients with obesity, where the
adjusted weight should have been used, and from doses calculated on a creatinine clearance estimated without
a recent weight.

<<Q:Gentamicin levels taken within the correct 6 to 14 hour window after the dose went from 48% to 87%.>>
<<Q:Occasions on which a further dose was given despite a level above the nomogram threshold, or before the
level was known, fell from 19 to 2.>>

<<Q:Acute kidney injury (stage 1 or above, by the national algorithm) developing during or within 72 hours of a
gentamicin course fell from 11.2% to 6.3% of courses.>> We have adjusted for age and baseline creatinine and
the difference holds.

The median time from a level being reported by the laboratory to a pharmacist dosing review is now 2.5
hours.
"""),
        ("context", "Background and what we did", """
Gentamicin is a cheap, effective antibiotic, widely used in Merriden for sepsis of unknown source,
pyelonephritis and intra-abdominal infection, usually as a once-daily dose calculated from a nomogram. It is
also nephrotoxic and ototoxic, it has a narrow therapeutic index, and errors in the dose, the timing of the
level or the decision about the next dose can cause kidney injury and permanent hearing and balance loss.
It appears in national medication incident data year after year.

In 2021 the Trust had two serious incidents involving gentamicin: a patient with pre-existing chronic kidney
disease who received four doses without a level being acted on, and developed dialysis-dependent kidney
injury; and a patient who was given a dose calculated on a weight estimated by eye that was 30 kilograms more
than his actual weight. Our baseline audit showed that these were not isolated failures.

Gent Check is a set of changes made jointly by five departments of the Trust. An electronic gentamicin
calculator is now built into the e-prescribing system, taking a measured weight, height and the latest
creatinine, and working out the dosing weight and dose; the prescriber cannot prescribe gentamicin without
completing it. The system then schedules the level at the right time and prompts the nurse to take it.
Clinical Biochemistry phones every gentamicin level above the threshold directly to the ward and the
antimicrobial pharmacy team. A pharmacist reviews every course within 24 hours and every level before the
next dose. Renal Medicine agreed the rules for patients with chronic kidney disease and those on dialysis,
and Microbiology set the stop rules, so that no course runs past 72 hours without a review of whether
gentamicin is still needed.

Our goals were to get every dose right for the patient in front of us, to have a level before every second
dose, and to reduce gentamicin-associated kidney injury.
"""),
        ("stakeholders", "How people were involved", """
<<S:The calculator was tested on the e-prescribing training system by a group of foundation year doctors and
medical registrars, who found that it asked for information in a different order from the way they actually
assessed a patient, and the screens were rearranged as a result.>> <<S:Biomedical scientists in blood sciences
suggested the 'gentamicin level' sample label with the dose time printed on it, because samples arriving
without a dose time were uninterpretable.>> <<S:Ward nurses on the acute medical unit and two surgical wards
trialled the level-timing prompt and asked for it to appear on the drug round screen rather than in a separate
task list, which they said nobody checked at night.>>

Patients are given a short leaflet about gentamicin when it is started. We considered involving patients in
the design but judged that the calculator was a prescriber-facing tool. Our patient safety partners received
the final version of the protocol for information.

Every prescriber completes a short e-learning module on gentamicin at induction.
"""),
        ("value", "Value", """
The calculator was built by the Trust's own Digital Health team within its existing development time. The
main ongoing cost is pharmacist time for reviewing levels, around 0.4 of a full-time post, or roughly £22,000
a year. Renal Medicine estimates that each case of drug-induced acute kidney injury adds four to six bed days
and, in a small number of patients, long-term dialysis, which costs more than £30,000 a year per patient.

Junior doctors tell us that prescribing gentamicin is no longer something they dread at 3 am. Nurses know
when to take the level, and the laboratory no longer receives unlabelled gentamicin samples. The
antimicrobial stewardship team has gained a clear view of every course running in the hospital.
"""),
        ("spread", "Spreading the learning", """
The calculator rules have been extended to vancomycin, which has the same problems with dosing weight and
level timing, and went live in June 2024. The protocol and the calculator logic have been shared through the
regional antimicrobial pharmacists' network, and we presented the work as a poster at a national infection
conference.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I188  haemodialysis vascular access (fistula care) - pdf - rubric headings
#       vascular access nurse specialist voice - NO staff involvement
#       (staff trained, a named surgeon, ward staff informed, a staff survey,
#        evaluators, a plan for year two)
# ---------------------------------------------------------------------------
entry(
    id="I188", format="pdf", layout="rubric_headings", topic="haemodialysis_access",
    pdf_font="LiberationSerif",
    project="independent12-dialysis-access-188",
    title="Save My Fistula Arm: protecting dialysis access in hospital and at home",
    cover=[
        "Rother and Fenwold University Hospitals NHS Trust, Renal Services (Vascular Access Team)",
        "Partners: Fenwold Kidney Patients' Association; University of Eastmere, Department of Vascular Science",
        "Prepared by our Vascular Access Nurse Specialist",
    ],
    primary_entrant=dict(name="Rother and Fenwold University Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Fenwold Kidney Patients' Association", type="charity"),
        dict(name="University of Eastmere", type="university"),
    ],
    sections=[
        ("context", "The context in which the partnership was needed, the product or service, and its patient safety goals", """
For a person on haemodialysis, their arteriovenous fistula is their lifeline. It is the join between an
artery and a vein in the arm, created by a surgeon, through which dialysis happens three times a week for
years. A fistula that clots may be lost for good, leaving the patient with a central venous catheter, which
carries a far higher risk of bloodstream infection and death. A needle that slips out of a fistula during
dialysis can lead to serious blood loss within minutes.

Our renal service looks after around 460 people on haemodialysis across a main unit, three satellite units and
a home therapies programme. In 2021 our vascular access team was seeing too many fistulas lost to clots that,
looking back, had given warning signs for days or weeks. We were also seeing harm when our patients were
admitted to other wards in the hospital, where blood pressures and blood tests were being taken from the
fistula arm, and cannulas sited in it, because nobody knew it was there or why it mattered. And we had a
small number of venous needle dislodgements, one of them at home, that frightened everybody.

Save My Fistula Arm is a partnership between the renal service, the Fenwold Kidney Patients' Association and
the University of Eastmere's vascular scientists. It has four parts: a 'look, listen, feel' self-check that
patients do every day, with a card and a short film; ultrasound surveillance of every fistula every three
months by vascular scientists, so that narrowing is found before it clots; a 48-hour rescue pathway for a
clotted fistula; and a bright purple 'Save my fistula arm' wristband and bed sign for any dialysis patient
admitted anywhere in the hospital, with a matching flag in the electronic record. Home haemodialysis patients
also now use a wetness alarm under the needle sites.

Our goals were to halve fistula thromboses, to save more of the fistulas that do clot, to stop harm to the
fistula arm on non-renal wards, and to prevent serious bleeding from needle dislodgement.
"""),
        ("evidence", "Evidence of improvements in safe care as a direct result of the partnership", """
We compare 2021 with 2023, using the renal unit's vascular access database and incident reports. The
University team analysed the data.

<<Q:Fistula thromboses fell from 14 to 7 per 100 patient-years.>> <<Q:Of fistulas that did clot, the
proportion successfully rescued rose from 22% to 61%, mainly because the time to a rescue procedure fell
from a median of five days to one and a half.>>

<<Q:Incidents in which a blood pressure, blood test or cannula was taken from or sited in a fistula arm on a
non-renal ward fell from 17 reported in 2021 to 3 in 2023.>> <<Q:Venous needle dislodgements with significant
blood loss went from nine to two, and there have been none at home since the alarms were introduced.>>

<<Q:The proportion of our haemodialysis patients dialysing through a fistula or graft, rather than a
catheter, rose from 68% to 77%.>> That is still below the national target of 80%, which we intend to reach.
"""),
        ("spread", "How the achievements have been applied elsewhere and how best practice has been shared", """
The wristband and bed sign were adopted by the two neighbouring renal networks in 2024 and are now part of the
regional renal network's guidance on the care of dialysis patients outside renal wards. The Kidney Patients'
Association has shared the self-check card and the film with patient associations across the country, and it
is available in six languages. We have presented the work at the national renal nursing conference and at the
British vascular access society's annual meeting, and the University's evaluation has been submitted for
publication.
"""),
        ("value", "Staff and patient experience, and value for money", """
A lost fistula usually means a tunnelled line, sometimes several, and a new fistula operation. The
University's economic analysis puts the cost of a lost fistula at around £9,000 in procedures and
admissions, not counting the infections that lines cause. The surveillance scans, the wristbands and the
alarms cost around £46,000 a year, so saving seven fistulas a year pays for the programme.

Patients tell us that the self-check has given them a sense of control over something that used to feel as
if it was done to them. Several have spotted a problem themselves and rung the unit in time. A man who has
been dialysing for eleven years told us the wristband was the first time in a decade that nobody had tried
to take blood from his fistula arm during a hospital stay.
"""),
        ("stakeholders", "Who was involved and how they were engaged in the design", """
<<P:Members of the Fenwold Kidney Patients' Association designed the wristband and bed sign.>> <<P:Their
committee chose the colour, purple, because no other wristband in the hospital uses it, and the wording,
because 'fistula arm' was what they called it themselves, whereas our first draft said 'vascular access
limb'.>> <<P:Five people who dialyse at home tested the wetness alarms over a month and chose the model we now
supply, turning down the one we had expected to buy because its alarm could not be heard from another
room.>> <<P:The self-check film was scripted and presented by patients from the satellite units.>>

Dr Ivan Petrakis, our consultant vascular surgeon, championed the 48-hour rescue pathway and secured the
theatre time. Dialysis nurses were trained in the self-check so that they could teach it, and every ward in
the hospital was sent a poster explaining the wristband. The University's vascular scientists carry out the
surveillance scans and evaluated the programme. A staff survey in 2023 showed that 79% of non-renal ward
nurses recognised the wristband. In year two we plan to involve dialysis unit healthcare assistants in
redesigning the needling checklist.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I189  penicillin allergy de-labelling - docx - Word form table
#       digital health start-up (PRIVATE) is the primary entrant (ineligible)
#       NO stakeholders section; patient involvement appears only in the
#       value section; NO staff involvement anywhere (briefed, trained, lead)
# ---------------------------------------------------------------------------
entry(
    id="I189", format="docx", layout="form_table", topic="penicillin_allergy",
    docx_font="Segoe UI",
    project="independent12-penicillin-allergy-189",
    title="ClearLabel: removing wrong penicillin allergy labels in primary care",
    cover_table=[
        ("Project name", "ClearLabel: removing wrong penicillin allergy labels in primary care"),
        ("Lead applicant", "AllerGo Health Ltd - digital health company, London EC2"),
        ("Partner organisations", "Brindle Moor Primary Care Network; NHS Cranmere Integrated Care Board (Medicines Optimisation); University of Westby, School of Pharmacy"),
        ("Category entered", "Best Partnership Solution Improving Patient Safety"),
        ("Word count", "approx. 1,050"),
    ],
    primary_entrant=dict(name="AllerGo Health Ltd", type="private"),
    partners=[
        dict(name="Brindle Moor Primary Care Network", type="primary_care"),
        dict(name="NHS Cranmere Integrated Care Board", type="icb"),
        dict(name="University of Westby", type="university"),
    ],
    sections=[
        ("context", "The context: why was the partnership needed and what are its patient safety goals?", """
About one in ten people in England has a penicillin allergy recorded in their GP record. When they are
properly tested, more than nine in ten of them turn out not to be allergic at all. The label usually dates
from a rash in childhood, a side effect such as nausea, or a reaction nobody can remember. But a wrong label
is not harmless. People labelled as penicillin-allergic are given broader-spectrum antibiotics that work
less well, cause more side effects and drive antimicrobial resistance, and they are at higher risk of
Clostridioides difficile infection, MRSA and surgical site infection.

At AllerGo we are on a mission to make allergy records accurate. Our platform, ClearLabel, searches a
practice's clinical system for penicillin allergy labels, invites each patient by text message to complete
a structured online history, and sorts them into three groups using a validated risk tool: those whose
label can be removed straight away because the history describes an intolerance rather than an allergy;
those who are low risk and can have a supervised oral penicillin challenge in the practice; and those who
need referral to an allergy clinic. A pharmacist reviews every result before any record is changed.

Brindle Moor PCN, which covers seven practices and about 48,000 patients, had 4,630 patients with a
penicillin allergy label when we started in 2022. The PCN and the ICB's medicines optimisation team wanted to
reduce unnecessary broad-spectrum prescribing, and the University of Westby's School of Pharmacy agreed to
evaluate the work independently.
"""),
        ("evidence", "The evidence: what improvements in safe care can you show as a direct result of the partnership?", """
Between September 2022 and August 2024, 2,210 patients completed the ClearLabel history and 1,180 went on to
have their label reviewed by a pharmacist, either removed on history or after an oral challenge. Of those,
84% had their label removed. Nobody had a serious reaction to an oral challenge.

The University compared antibiotic prescriptions for each de-labelled patient in the twelve months before
and after their label was removed. <<Q:Among patients who needed an antibiotic, the proportion given a
penicillin-free alternative such as clarithromycin, doxycycline or a quinolone fell from 71% to 12%.>>

<<Q:Across the whole PCN, prescriptions of second-line antibiotics per 1,000 patients fell by 18% over two
years, while the rest of the ICB saw a fall of 3%.>> <<Q:The proportion of patients in the PCN with a
penicillin allergy label fell from 9.6% to 7.3%.>>
"""),
        ("spread", "Spread: how have the achievements been applied elsewhere and best practice shared?", """
Following the Brindle Moor results, the ICB funded ClearLabel for a further four PCNs in 2024, and it is now
live in 31 practices. AllerGo has presented the evaluation at a national antimicrobial stewardship
conference and at the ICB's prescribing forum, and the University has submitted the evaluation for
publication. The oral challenge protocol, developed with the School of Pharmacy, is available to any PCN
free of charge.
"""),
        ("value", "Value: staff and patient experience, and value for money", """
ClearLabel costs £1.20 per registered patient per year. The University's health economics team estimates a
saving of around £160 per de-labelled patient over five years in avoided broad-spectrum antibiotics,
infections and longer hospital stays.

<<P:Forty patients who had been through the pilot at Brindle Moor's two largest practices reviewed the
online history with us, and at their request the questions about childhood reactions were rewritten for
parents answering on behalf of a child, and a 'call me instead' button was added for people who did not want
to do it online.>> Patients value not having to go to hospital for testing, and several told us they had
avoided penicillin for decades on the strength of a story their mother told them.

PCN pharmacists were trained by AllerGo to run the oral challenge clinics, and GPs were briefed at the PCN's
protected learning time. Dr Ruth Calloway, the PCN's clinical director, was the clinical lead throughout.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="missing_section", criterion="stakeholders"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I190  constipation in people with a learning disability - docx - bullet
#       lists under bold headings, cover lines + cover bullets - learning
#       disability nurse voice - NO quantitative evidence (counts, a single
#       audit value, a baseline with no after figure, a target, a hope)
# ---------------------------------------------------------------------------
entry(
    id="I190", format="docx", layout="bullet_lists", topic="constipation_learning_disability",
    docx_font="Tahoma",
    project="independent12-constipation-ld-190",
    title="Let's Talk About Poo: preventing serious harm from constipation for people with a learning disability",
    cover=[
        "Community Learning Disability Nursing Team, Tarnmouth Health and Care NHS Trust",
        "Our partners:",
    ],
    cover_bullets=[
        "Speak Up Tarnmouth (a self-advocacy charity)",
        "Tarnmouth Council, Adult Social Care Commissioning",
        "Tarnmouth Care Providers Forum",
    ],
    primary_entrant=dict(name="Tarnmouth Health and Care NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Speak Up Tarnmouth", type="charity"),
        dict(name="Tarnmouth Council", type="local_authority"),
        dict(name="Tarnmouth Care Providers Forum", type="charity"),
    ],
    sections=[
        ("context", "Why we needed to work together", """
Constipation sounds like a small thing. For people with a learning disability it can kill. People with a
learning disability are more likely to be on medicines that cause constipation, such as antipsychotics and
anti-epileptics, to have limited mobility, and to find it hard to tell anyone that something is wrong.
National reviews of deaths of people with a learning disability keep finding bowel obstruction, aspiration
from vomiting and sepsis from a perforated bowel, often after weeks of warning signs that nobody joined up.

In Tarnmouth, our team reviewed the deaths of people with a learning disability between 2019 and 2021. In
four of them constipation had contributed. In every one of the four:

- the person's bowel habits had been recorded somewhere, but nobody had looked at the record as a whole;

- support staff had noticed changes in behaviour, such as pacing, hitting out or not eating, and put them
down to the person's learning disability;

- nobody had reviewed whether the person's medicines were making things worse.

Let's Talk About Poo is our response. It has four parts:

- an easy-read bowel diary, with the Bristol stool chart in pictures, kept by the person or their support
staff;

- a 'red flags' card for support staff that lists the signs that mean calling a GP the same day;

- a medicines check by a learning disability nurse and a pharmacist for anyone on two or more constipating
medicines;

- a short, practical session for support workers, co-delivered by a learning disability nurse and a
self-advocate.

Our goal is that no one in Tarnmouth with a learning disability should die or come to serious harm from
constipation that could have been spotted and treated.
"""),
        ("evidence", "What has changed", """
We started in April 2023. This is what we can tell you so far:

- 640 easy-read bowel diaries have been given out, to people living in supported living, residential care and
with their families;

- 380 support workers from 41 providers have been on the session;

- 212 people have had a medicines check, and in 87 of them at least one medicine was changed or stopped;

- when we audited a sample of diaries in February 2024, 72% were fully completed for the previous month.

We have not yet been able to show a change in hospital admissions or deaths, and with numbers this small it
will take several years before we can. Our target is that every person with a learning disability on two or
more constipating medicines will have had a medicines check by March 2025. We hope that, in time, admissions
for constipation will fall.

What we can say is that GPs in Tarnmouth are now getting calls about constipation that they used to get about
'challenging behaviour', and that is the right way round.
"""),
        ("spread", "Sharing it", """
- The diary and the red flags card are free to download from Speak Up Tarnmouth's website, and have been
picked up by learning disability teams in three other areas.

- Tarnmouth Council has made use of the diary part of its contracts with supported living providers.

- We talked about the work at a regional LeDeR learning event and at the Trust's annual nursing conference.
"""),
        ("value", "What difference it makes to people", """
- The work costs very little: the diaries and cards cost about £1,900 to print, and our nurses and the
pharmacist fit the medicines checks into their existing caseloads.

- A hospital admission for bowel obstruction costs thousands of pounds and can mean weeks in hospital for
someone who finds hospital frightening.

- People have told us they like having their own diary, and that it feels like theirs, not the staff's.

- Support workers say they feel more confident about ringing a GP, because the red flags card tells them what
to say.
"""),
        ("stakeholders", "Who was involved", """
- <<P:Three people who have used our service, all members of Speak Up Tarnmouth, spent four sessions with
us designing the bowel diary, and it was their idea to use pictures of real toilets instead of cartoons.>>

- <<P:The group then tested the diary for a month at home and asked for a bigger space for 'how I feel',
which we added.>>

- <<P:A father whose son was admitted with a blocked bowel in 2022 told us that nobody had asked him what his
son was like when he was well, and the first page of the diary is now a 'this is me when I'm well' page.>>

- <<S:Support workers from six supported living providers tried the red flags card on shift and told us to
cut it down to one side of A5 so it fits in a tabard pocket.>>

- <<S:The cooks at two day centres suggested adding a page about fibre and fluids that uses the food people
actually eat there.>>

- <<S:Community pharmacists in Tarnmouth helped design the medicines check form.>>

- All the learning disability nurses in our team have done training on bowel care.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I191  children's weights and weight-based dosing in ED - pdf rendered via
#       LibreOffice from Word heading styles, with a cover TABLE - paediatric
#       emergency nurse consultant voice (QI, SPC) - no flags
# ---------------------------------------------------------------------------
entry(
    id="I191", format="pdf", layout="style_headings", topic="paediatric_weights",
    render_via="soffice", docx_font="Liberation Sans",
    project="independent12-child-weights-191",
    title="Weigh Then Dose: accurate weights for every child who needs a weight-based medicine",
    cover_table=[
        ("Entry", "Weigh Then Dose: accurate weights for every child who needs a weight-based medicine"),
        ("Entrant", "Nurse Consultant, Paediatric Emergency Medicine - Oakhaven University Hospitals NHS Trust"),
        ("In partnership with", "Western Counties Ambulance Service NHS Trust, the Oakhaven Children's Hospital Charity (who paid for the scales) and human factors colleagues at the University of Oakhaven"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
        ("Contact", "paed.ed.qi@example.nhs.uk, ext. 4471"),
    ],
    primary_entrant=dict(name="Oakhaven University Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Western Counties Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Oakhaven Children's Hospital Charity", type="charity"),
        dict(name="University of Oakhaven", type="university"),
    ],
    sections=[
        ("context", "Where we started", """
Almost every medicine we give to a child in the emergency department is dosed by weight: paracetamol,
ibuprofen, antibiotics, fluids, and in a resuscitation, adrenaline and everything else. Get the weight wrong
and the dose is wrong. In our department, which sees about 38,000 children a year, we were estimating
weights far more often than we were measuring them. We used age-based formulae that are known to be
inaccurate, particularly for children who are above or below an average weight, and we often relied on a
parent's best guess.

Our incident reports told the rest of the story. There were children given double doses because a weight in
pounds had been typed into a field expecting kilograms, and a teenager whose weight had been copied from an
attendance three years earlier. Our scales were in the middle of the waiting room, two of the three were
broken for months at a time, and one could be switched to pounds at the press of a button.

Children arriving by ambulance added another gap. Crews often did not record a weight, or recorded an
estimate that then became 'the weight' for the whole attendance without anybody checking it.

Weigh Then Dose is a partnership with the ambulance service, the hospital's children's charity and human
factors researchers at the University of Oakhaven. Its patient safety goals were that every child who needs a
weight-based medicine has a measured weight in kilograms before the first dose, except in a genuine
emergency, and that weight-related dosing errors fall substantially.
"""),
        ("evidence", "What the data show", """
We used the Model for Improvement, with weekly data on every child given a weight-based medicine, plotted on
statistical process control charts. The baseline is the 26 weeks to March 2023; the changes were tested in
PDSA cycles from April 2023, and the last full data point is September 2024.

<<Q:The proportion of children weighed on calibrated scales before their first weight-based medicine rose
from a median of 54% to 93%, a sustained shift on the SPC chart from week 14 onwards.>>

<<Q:Reported weight-based dosing errors fell from 3.4 to 1.1 per 1,000 paediatric attendances.>> <<Q:Errors
where a weight in pounds was entered as kilograms went from six in the baseline year to none in the eighteen
months since the scales were locked to kilograms.>>

We also watched a balancing measure, because we did not want weighing to delay pain relief. <<Q:The median
time from arrival to first analgesia was 22 minutes before the changes and 21 minutes after.>>

<<Q:For children brought in by ambulance, the proportion arriving with a documented weight and its source
(measured, parent-reported, red book or estimated) went from 29% to 74%.>>
"""),
        ("spread", "Beyond our front door", """
Western Counties Ambulance Service has added the weight and source fields to its electronic patient record
across all its stations, and the two other emergency departments it serves have adopted our weight-source
label. Our change package, with the PDSA cycles, the SPC templates and the triage script, is on the regional
paediatric emergency network's website, and three emergency departments in the region are working through it.
We have presented at the national paediatric emergency medicine conference and at two patient safety
collaborative events, and the University has published the human factors study of our triage area.
"""),
        ("value", "What it's worth", """
The charity paid £23,600 for six kilogram-locked scales, two of them chair scales for children who cannot
stand and one bed scale for the resuscitation room. The electronic record changes were made by the Trust's
own team. A single serious dosing error in a child can mean a prolonged admission and, rarely, lasting harm
and a claim against the Trust.

Parents tell us they are reassured to see their child weighed properly, and older children and teenagers no
longer have to be weighed in front of the whole waiting room. Nurses say the new triage rooms, with a scale in
each one, make the process quicker rather than slower.
"""),
        ("stakeholders", "Whose ideas these were", """
<<P:The Trust's Young People's Advisory Group, whose members are aged 12 to 18, told us that being weighed in
the middle of a crowded waiting room was one of the worst parts of coming to the department, and that
teenagers would lie about their weight or refuse.>> <<P:Their feedback is the reason the scales were moved into
the triage rooms.>> <<P:Parents on the department's family forum tested the wording of the triage script, and
asked us to stop saying 'we need to weigh them for the drugs', which some found alarming.>>

<<S:Healthcare assistants and the department's play specialists redesigned the triage room layout over three
PDSA cycles, working out where a chair scale could go so that a toddler on a parent's lap could be weighed
without tears.>> <<S:The ED receptionists suggested asking for the child's red book at booking-in, so the last
recorded weight was to hand before triage.>> <<S:Paramedics and emergency care assistants from Western Counties
helped design the weight-source field, and it was at their request that 'parent-reported' was included as an
option, because on scene it is often the only weight available.>>

The University's human factors researchers observed the triage area and fed back their findings. All
paediatric nurses completed an update on weighing at their mandatory training day.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I192  diabetic foot checks for housebound people - pdf - numbered
#       questions ("Q1."...) - clinical lead podiatrist voice - a private home
#       care company as a PARTNER (eligible: NHS primary entrant) - NO
#       quantitative evidence (counts found, no baseline, an aim)
# ---------------------------------------------------------------------------
entry(
    id="I192", format="pdf", layout="numbered_questions", topic="diabetic_foot_housebound",
    pdf_font="LiberationSans", pdf_align="L",
    project="independent12-diabetic-foot-192",
    title="Socks Off: foot checks for housebound people with diabetes, by the people who already visit",
    cover=[
        "Podiatry Service (Harwood Vale Community Health NHS Trust) - entry written by the Clinical Lead Podiatrist",
        "Partners, in alphabetical order: Brightstep Homecare Ltd; Diabetes Harwood (charity); NHS Harwood Integrated Care Board",
        "Contact: 01904 496112 (Monday to Thursday)",
    ],
    primary_entrant=dict(name="Harwood Vale Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Brightstep Homecare Ltd", type="private"),
        dict(name="Diabetes Harwood", type="charity"),
        dict(name="NHS Harwood Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Q1. Context: why was the partnership needed, what is the service, and what are its patient safety goals?", """
People with diabetes are meant to have their feet checked every year, and more often if they are at risk.
Foot ulcers come before most diabetes-related amputations, and an ulcer found in its first few days heals
far more often than one found after weeks. In practice the annual check happens at the GP surgery, which is
fine if you can get there.

For housebound people, it often does not happen at all. In 2022 our podiatry service had no reliable list of
housebound people with diabetes. District nurses checked feet when they were already visiting for something
else, but many housebound people with diabetes are not on a district nursing caseload. What many of them do
have is a home care worker who comes in two, three or four times a day, helps them wash and dress, and puts
their socks on. Nobody had ever asked those workers to look.

Socks Off is a partnership between our podiatry service, Brightstep Homecare, the largest home care provider
in the borough, Diabetes Harwood, a local charity for people living with diabetes, and the ICB, which
commissions both podiatry and, jointly with the council, home care. Brightstep care workers do a simple
'socks off' look at the feet once a week, using a picture card, and record it on the visit app. Anything on
the card's red list, such as a new wound, a colour change or swelling, goes to our podiatry triage line the
same day. Everyone on the list also gets a full podiatry assessment at home within three months.

Our patient safety goals are to find foot problems early in people who would otherwise be missed, to make
sure every housebound person with diabetes has a foot risk assessment, and, in the longer run, to prevent
amputations.
"""),
        ("evidence", "Q2. Evidence: what improvements in safe care can you show as a direct result of the partnership?", """
We began in July 2023 with Brightstep's clients in the north of the borough and extended it borough-wide in
January 2024. In the first nine months:

Brightstep care workers recorded 1,204 weekly foot checks for 163 people with diabetes. Through these checks
and the home assessments that followed, we found 86 people at high risk of foot ulceration who were not known
to the podiatry service, and 14 people with an active foot ulcer, all of whom were seen by a podiatrist
within five working days.

We cannot honestly say how many of these ulcers would have been found anyway, because before Socks Off we had
no way of counting housebound people's foot problems at all. That is part of the point. The ICB's data show
41 diabetes-related amputations among its population in 2022/23, and we will look at the figures for
housebound people once we have two full years of data. Our aim is to halve amputations among housebound
people with diabetes by 2027.

One case stands for many. A woman in her late seventies, living alone, had a small blister on her heel that
she could not see and had not felt. Her care worker spotted it on a Tuesday, it was seen by a podiatrist on the
Wednesday, and it had healed within three weeks.
"""),
        ("spread", "Q3. Spread: how have the achievements been applied elsewhere, and how has best practice been shared?", """
Two more home care providers in the borough joined in 2024, and the ICB has written the weekly foot check
into its new home care contract, which starts in April 2025 and will cover every provider it commissions.
Diabetes Harwood has shared the picture card with diabetes charities in the region, and the podiatry
service's training for care workers is now used by two neighbouring community trusts. We presented Socks Off
at the national podiatry conference, and the card is free to download from the charity's website.
"""),
        ("value", "Q4. Value: what value has been created, including staff and patient experience and value for money?", """
The main cost was podiatrist time to train the care workers and to carry out the home assessments, which we
have found from within the service by moving some routine clinic work to podiatry assistants. The picture
cards cost 40p each. Brightstep added the foot check to its visit app at no cost to the NHS. A single major
amputation costs the NHS tens of thousands of pounds in surgery, rehabilitation and care, and costs the
person far more.

For care workers, the check has made their role more skilled and more valued. For people with diabetes, it
has meant being seen at home, by someone who already knows them, instead of not at all.
"""),
        ("stakeholders", "Q5. Stakeholders: who was involved, and how were they engaged in the design?", """
<<S:The picture card was designed with twelve Brightstep care workers over two evening sessions, and they
insisted that it had to fit on the back of a lanyard card, because that is where they keep everything they
need on a visit.>> <<S:The care coordinators who plan Brightstep's rotas moved the weekly check to the
morning visit, after care workers told us evening visits were too rushed and the light too poor.>>
<<S:District nurses and podiatry assistants agreed the red list with us and tested the triage line for a
month.>>

<<P:A man who lost two toes in 2021 after an infection nobody had noticed, and who is housebound himself,
worked with us on the card and told us the words we had used for the warning signs were words he would never
have said.>> <<P:Members of Diabetes Harwood's housebound telephone group, who meet by conference call every
fortnight, reviewed the letter we send people before their home assessment and asked us to say who would be
coming and roughly when, which we now do.>>

All 140 Brightstep care workers in the borough have completed the podiatry service's one-hour training.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)
