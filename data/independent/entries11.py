"""Eleventh independent evaluation set (I161..I176) for the HSJ Patient Safety Awards category
'Best Partnership Solution Improving Patient Safety'.

Written blind, without reference to the review pipeline, its models, flows, tests or
benchmarks, and without reference to any earlier set except for the file format and the
mark-up conventions.  All organisations, places and people are fictional.  The set is meant
to be deliberately unlike what a tool tuned on earlier writers would expect: sixteen new
voices (a ward team telling its story as 'we', a terse ambulance medical director, a
technology company's bid writer, an emergency department consultant, a hospice nurse
consultant, a patient-safety specialist who writes in human-factors jargon, a civil-service
custody healthcare commissioner, an exuberant charity worker, a Scottish health board, a
Welsh university health board, a Northern Ireland HSC trust, a charity's list of
achievements, a paediatric pharmacist answering numbered questions, a laboratory company's
scientific officer, a district nursing team leader and an integrated care board
programme lead) and topics not used much before.

Build it with

    .venv/bin/python data/independent/build.py --set 11   (writes data/corpus/independent11/)

Mark-up used inside section bodies (stripped before rendering):
  <<Q:sentence>>   quantitative claim (measured change in an outcome, with a baseline and
                   an after value, or a stated change such as 'halved' or 'fell by a third')
  <<P:sentence>>   patient / carer / family / service-user / lived-experience involvement
  <<S:sentence>>   staff involvement (any staff group co-designing, testing, consulted,
                   governing, or giving feedback that changed the work)
  (letters combine, e.g. <<PS:...>>)
Paragraphs are separated by a blank line; line breaks inside a paragraph are joined with a
single space.  A paragraph starting with "- " is a bullet item.

Labelling notes for this set:
  * Not Q: dates, financial years, bed, ward and home counts, headcounts, numbers trained,
    numbers of tests done, single audit values without a comparison, budgets and costs,
    estimated savings, phone numbers, reference numbers, targets not yet reached, plans.
  * Not P / S: patients or staff only as beneficiaries, people only trained, briefed or
    informed, presentation audiences, a single named lead doing their job, unnamed
    'stakeholders', intentions and plans, negations, surveys after which nothing changed.
  * Many deliberate hard negatives sit next to real involvement, and some involvement is
    written in unusual ways (votes, mothers co-writing leaflets, porters' suggestions that
    were adopted) or by unusual job titles (housekeepers, custody nurses, chaplains, dental
    nurses, ward clerks, phlebotomists, theatre practitioners, link workers).

Flags are written out by hand and build.py cross-checks them against the mark-up.
Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; Scottish, Welsh and Northern Irish health boards and HSC trusts are
nhs_trust; hospices and other charities are charity).
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I161  restrictive practice on adult acute mental health wards - docx -
#       rubric headings - ward team writing as 'we' - no flags
# ---------------------------------------------------------------------------
entry(
    id="I161", format="docx", layout="rubric_headings", topic="restrictive_practice", docx_font="Calibri",
    project="independent11-restrictive-practice-161",
    title="Hands Down, Voices Up: reducing restraint on four acute wards",
    cover=[
        "Submitted by Ellerbeck and Saltmere Partnership NHS Foundation Trust",
        "In partnership with Unlocked Voices (a lived-experience charity) and Marlstone University, School of Health and Social Care",
        "Written by the ward managers and peer workers of Aster, Birch, Cedar and Damson wards",
    ],
    primary_entrant=dict(name="Ellerbeck and Saltmere Partnership NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Unlocked Voices", type="charity"),
        dict(name="Marlstone University", type="university"),
    ],
    sections=[
        ("context", "The context in which the partnership was needed, the product or service, and its patient safety goals", """
We are the four adult acute wards at the Ellerbeck site: Aster, Birch, Cedar and Damson. Between us we
have 78 beds and we admit people at what is often the worst point of their lives. For a long time we were
also, if we are honest, wards where people got held down. Our own incident data for 2021 showed physical
restraint on our wards at roughly twice the average for trusts of our size, and a stubborn number of those
restraints were face-down.

Nobody came to work wanting that. When we sat together and talked about it, what came out was that most
restraints started with something small: a locked door to the kitchen, a phone taken away, a leave
cancelled at short notice because there were not enough staff to escort. By the time the alarm went off,
the chance to talk had gone.

Unlocked Voices is a charity run by people who have been detained under the Mental Health Act. Several of
its members had been restrained on our wards. <<P:We asked them to help us understand what those minutes
felt like from the floor, and what might have stopped them happening.>> Marlstone University's School of Health
and Social Care joined to help us measure the change properly rather than by feel.

What we built together is called Hands Down, Voices Up. It has four parts: a one-page Calm Plan written with
each person in the first two days, saying in their own words what helps and what makes things worse; a
'blanket rules' review that removed restrictions that applied to everyone regardless of risk; a short
debrief after every restraint, offered to the person restrained as well as to staff; and a weekly
safety huddle on each ward where the week's incidents are read out and talked about.

Our safety goals were to reduce physical restraint, to end planned prone restraint except in a genuine
emergency, and to reduce the use of rapid tranquillisation by injection.
"""),
        ("evidence", "Evidence of improvements in safe care as a direct result of the partnership", """
We started on Cedar in January 2022 and all four wards were using the full package by September 2022. The
University's team took incident data from the Trust's reporting system and occupied bed days from the
patient administration system, and plotted both on statistical process control charts. The comparison
below is the eighteen months before Cedar started against the eighteen months after all four wards were
running.

<<Q:Physical restraint fell from 21.4 to 9.8 episodes per 1,000 occupied bed days across the four wards.>>
<<Q:Prone restraint fell further still: there were 64 episodes in the eighteen months before and 11 in the
eighteen months after, and none of the eleven was planned.>>

<<Q:Rapid tranquillisation by injection went down by about 55%, and the SPC chart for Damson shows a
sustained shift below the old mean from the third month onwards.>>

<<Q:Injuries to patients recorded during restraint dropped from 37 to 12, and injuries to staff during
restraint from 52 to 19.>>

We also wanted to know whether we had simply moved the problem elsewhere, so the University looked at
seclusion and at transfers to the psychiatric intensive care unit over the same period and found nothing
to suggest that restraint had been swapped for something else. We want to be careful about one thing: during 2022 the Trust also opened a new crisis house, which
may have eased pressure on admissions. The University looked at this and found that the drop in restraint
was already visible on Cedar before the crisis house opened.
"""),
        ("spread", "How the achievements have been applied elsewhere and best practice shared", """
Our two older adult wards adopted the Calm Plan in 2023, after their ward managers spent a week shadowing
on Birch. The psychiatric intensive care unit has taken the blanket rules review and the debrief, although
it kept its own care plan format because, as their charge nurse put it, their patients need something even
shorter.

The Trust's restrictive practice group now uses our weekly huddle template on every inpatient ward.
Unlocked Voices has run two workshops for a neighbouring trust, and members of our team have spoken at the
regional reducing restrictive practice network. We have put the Calm Plan, the huddle template and the
debrief prompts on the charity's website, free for anyone to use.
"""),
        ("value", "Staff and patient experience and value for money", """
People tell us the wards feel different. One man who had been admitted three times wrote on his discharge
card: 'This time nobody put me on the floor. They asked me what I needed and then they went and got it.'

Staff say the same. Our exit interviews are no longer full of people leaving because they could not face
another restraint. We have not tried to put a pound figure on that.

The partnership has been cheap. The Trust pays Unlocked Voices £18,000 a year for its members' time, at the
same hourly rate we pay our own peer workers. The University's evaluation was funded by a small research
grant. Everything else is staff time we were already spending, but now spending on talking rather than
holding.
"""),
        ("stakeholders", "Who was involved, how they were engaged in design, and evidence of patient and staff involvement", """
<<P:Seven members of Unlocked Voices, all of whom had been restrained on a mental health ward, met us
eleven times over six months and wrote the first draft of the Calm Plan themselves.>> <<P:When we showed
them our version, they crossed out the word 'triggers', which one of them said made people sound like
firearms, and the heading is now 'Things that wind me up'.>>

<<P:Patients on Cedar chose between three versions of the plan by putting stickers on the one they liked
best, and the winning version is the one every ward now uses.>>

<<S:Our healthcare support workers on nights told us that most of the blanket rules only existed because of
one incident years ago that nobody could remember, and they went through the list with us rule by rule.>>
<<S:The housekeepers on Birch, who see patients at mealtimes more than anyone, suggested that the kitchen
be unlocked for hot drinks at night, and that change has stayed.>>

<<PS:Two peer workers employed by the Trust, both with their own experience of admission, lead the weekly
huddles alongside the ward managers.>>

Every member of ward staff attended the Trust's new de-escalation refresher in 2022. Families were sent a
letter explaining the new approach when their relative was admitted. Carers have asked for a bigger role,
and a carers' representative will join our ward governance meeting from next spring.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I162  ambulance handover delays at the emergency department - pdf - capital
#       headings - terse ambulance medical director - no patient involvement
#       (patients as beneficiaries, a survey that changed nothing, Healthwatch
#       sent a report, an admitted gap)
# ---------------------------------------------------------------------------
entry(
    id="I162", format="pdf", layout="caps_headings", topic="ambulance_handover", pdf_font="LiberationSans",
    pdf_align="L",
    project="independent11-ambulance-handover-162",
    title="Release to Respond: getting crews back on the road from Quenby Royal",
    cover=[
        "Entrant: Western Fells Ambulance Service NHS Trust",
        "Partners: Quenby Royal Infirmary NHS Foundation Trust; NHS Quenby and Fells Integrated Care Board",
        "Author: Medical Director, Western Fells Ambulance Service",
    ],
    primary_entrant=dict(name="Western Fells Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Quenby Royal Infirmary NHS Foundation Trust", type="nhs_trust"),
        dict(name="NHS Quenby and Fells Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "CONTEXT", """
The problem, plainly. Winter 2022. Ambulances queued outside Quenby Royal for hours. Crews stuck. Calls
in the community waiting. On the worst night we had 19 vehicles outside one department. Meanwhile a
woman in a village 14 miles away waited over three hours for a crew after a fall that turned out to be a
fractured hip with a bleed.

Handover delay is not an emergency department problem or an ambulance problem. It is a system problem
that harms two groups of patients at once: the patient on the trolley in the back of the vehicle, and the
patient at home who cannot get one.

The solution we built with the Infirmary and the ICB is Release to Respond. Three parts:

- A staffed Rapid Assessment and Handover Area (RAHA) next to the ambulance entrance. Eight trolley
spaces, two chairs. Jointly staffed by ED nurses and our paramedics.

- A hard 45-minute release rule. At 45 minutes the crew hands over to RAHA staff and leaves. No
exceptions without a senior clinician on both sides agreeing.

- A shared real-time dashboard, funded by the ICB, showing vehicles at the door, RAHA occupancy and
calls waiting in the community.

Goals. Cut harm to patients waiting in vehicles. Cut harm to patients waiting at home. Get handovers
below 30 minutes.
"""),
        ("evidence", "EVIDENCE", """
Baseline: October 2022 to March 2023. Comparison: October 2023 to March 2024. Same months, same
hospital, data from our computer-aided dispatch system.

<<Q:Median handover time at Quenby Royal went from 71 minutes to 29 minutes.>>

<<Q:Vehicle hours lost to handover delays over 60 minutes fell by 62%.>>

<<Q:Mean category 2 response time across the Quenby dispatch area improved from 52 minutes to 34.>>

<<Q:Incidents of moderate or greater harm linked to delay, reported by either organisation, went down from
14 in the baseline winter to 3.>> We reviewed all three with the Infirmary. Two would probably have
happened anyway.

Not everything moved. Time from RAHA to a cubicle in the department did not change much. That is the
next problem.

For reference: the RAHA cost £640,000 to staff for the winter. We employ 1,240 clinical staff. None of
those numbers is an outcome.
"""),
        ("spread", "SPREAD", """
Two other acute trusts in our patch opened RAHA areas in autumn 2024, using our standard operating
procedure. The 45-minute rule is now ICB policy across all four emergency departments. We presented at the
national ambulance medical directors' group. The dashboard code is shared with any service that asks.
"""),
        ("value", "VALUE", """
Each hour a vehicle is freed is an hour of emergency cover back in the community. Over the winter that
came to several thousand hours. The ICB funded RAHA staffing from winter money. We think it paid for itself
in avoided harm, but we have not tried to cost that.

Patients in RAHA are in a warm, lit room with a toilet instead of the back of a vehicle. They benefit.
Crews can finally take breaks. Crew morale at Quenby is visibly better.

We ran a patient experience survey in RAHA in February 2024. 212 people returned it. Most were satisfied.
Nothing in the free text suggested we should change the model, so we have not.
"""),
        ("stakeholders", "STAKEHOLDERS", """
<<S:Paramedics and ED nurses worked out the RAHA staffing rota between them over three joint sessions, and
it was a paramedic who proposed the two-chair 'fit to sit' space for walking patients.>>

<<S:Our hospital ambulance liaison officers flagged that crews were reluctant to leave at 45 minutes for
fear of blame, so the release form now carries the name of the accepting RAHA nurse, which was their
suggestion.>>

<<S:The ED porters pointed out that trolleys were being blocked by the linen cage, and the layout of the
area was changed the following week.>>

Senior leaders from all three organisations sat on the programme board. The local Healthwatch was sent
the evaluation report. We did not have a patient representative on the board. That was a gap, and we
know it.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I163  positive patient identification wristbands and scanning - docx - form
#       table - technology company is the primary entrant (ineligible) - bid
#       writer voice - no patient involvement (comfort survey, demo audience)
# ---------------------------------------------------------------------------
entry(
    id="I163", format="docx", layout="form_table", topic="patient_identification",
    project="independent11-patient-id-163",
    title="ScanSure: closing the loop on positive patient identification",
    cover_table=[
        ("Entry title", "ScanSure: closing the loop on positive patient identification"),
        ("Lead entrant", "Identica Health Technologies Ltd"),
        ("Partner organisations", "Thornwick Vale Hospitals NHS Trust; Penhallow Institute of Technology (Human Factors Laboratory)"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
        ("Contact", "Bids and Partnerships Team, bids@identica-health.example, 0117 496 0281"),
    ],
    primary_entrant=dict(name="Identica Health Technologies Ltd", type="private"),
    partners=[
        dict(name="Thornwick Vale Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Penhallow Institute of Technology", type="university"),
    ],
    sections=[
        ("context", "Please describe the context in which the partnership was needed, the product or service, and its patient safety goals", """
Misidentification remains one of the most persistent sources of avoidable harm in hospital care. A blood
sample taken from the wrong patient, a medicine given to the person in the next bed, a scan booked under a
similar name: each is preventable, and each begins with a moment when a member of staff did not, or could
not, confirm who they were treating.

Identica Health Technologies is a UK-based company specialising in barcode and near-field identification
for healthcare. In 2022 Thornwick Vale Hospitals NHS Trust approached us after a series of wrong blood in
tube incidents and two medication errors linked to missing or illegible wristbands. The Trust's audit found
that roughly one inpatient in twelve at any moment had no wristband, a wristband that could not be
scanned, or a wristband with handwritten corrections.

ScanSure is our answer: a soft, latex-free wristband printed at the bedside with a high-contrast 2D
barcode that can be read through creases and condensation, handheld scanners linked to the Trust's
electronic patient record, and a 'hard stop' that prevents a sample label being printed or a medicine
being recorded as given until the wristband has been scanned. The Penhallow Institute's Human Factors
Laboratory helped us evaluate scanner placement and the design of on-screen alerts.

The safety goals were to eliminate wrong blood in tube events, reduce identification-related medication
errors, and ensure every inpatient wears a readable wristband at all times.
"""),
        ("evidence", "Please provide evidence of improvements in safe care as a direct result of the partnership", """
ScanSure went live on the Trust's medical and surgical wards in stages between March and November 2023.
The Trust's transfusion laboratory and patient safety team supplied the data below, comparing the twelve
months before go-live with the twelve months after full deployment.

<<Q:Wrong blood in tube events fell from 23 to 4.>> <<Q:Medication incidents in which the wrong patient
received a medicine dropped by 71%.>>

<<Q:In the Trust's monthly wristband audit, the proportion of inpatients without a readable wristband went
from 8.4% to 1.1%.>>

The system has now completed more than 2.6 million scans. First-time scan success rate was 97.8% in
the most recent month.
"""),
        ("spread", "How have the achievements been applied elsewhere, and how has best practice been shared?", """
Following the success at Thornwick Vale, ScanSure has been adopted by two further NHS trusts and is in
procurement at a third. Identica has presented the results at three national digital health exhibitions
and at our own customer conference, attended by over 300 clinical and informatics leaders.

The Penhallow Institute published its usability findings in an open-access human factors journal, and the
Trust's transfusion practitioner has spoken about the project at the regional transfusion committee.
"""),
        ("value", "Please describe the impact on staff and patient experience, and value for money", """
For patients, ScanSure means a wristband that is comfortable to wear for a long admission and that does not
need to be cut off and replaced every time it smudges. Patients were delighted with the softer material. We
surveyed 400 inpatients about comfort after go-live; feedback was broadly positive and no changes to the
band were needed.

For staff, the hard stop removes the pressure to remember every check at three in the morning. The Trust
estimates that each avoided wrong blood in tube event saves around £3,000 in repeat testing, investigation
and delay, and the licence is priced per bed at a rate competitive with comparable systems.
"""),
        ("stakeholders", "Who was involved, how were they engaged in the design, and what evidence is there of patient and staff involvement?", """
<<S:Phlebotomists at Thornwick Vale tested four scanner prototypes on real ward rounds and rejected the
first two because they could not be used one-handed while holding a tourniquet.>> <<S:Ward clerks pointed
out that wristbands were printed at the admissions desk long before the patient reached the ward, and the
bedside printing step was introduced as a result.>>

<<S:The Trust's blood transfusion practitioners and night-shift nurses sat with the Penhallow researchers to
redesign the alert screen, which now shows the patient's photograph and date of birth side by side.>>

A patient panel was shown a demonstration of the system at the Trust's launch event in March 2023.
Identica's clinical advisory board, chaired by our Chief Medical Officer, oversaw the project, and wide
engagement with stakeholders took place throughout.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None),
           dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I164  opt-out blood-borne virus testing in the emergency department - pdf -
#       two columns - ED consultant and BBV nurse - no flags
# ---------------------------------------------------------------------------
entry(
    id="I164", format="pdf", layout="two_column", topic="bbv_testing", pdf_font="LiberationSerif",
    project="independent11-bbv-testing-164",
    title="Test Everyone, Lose No One: opt-out HIV and hepatitis testing at Gresham Bridge",
    cover=[
        "Gresham Bridge University Hospitals NHS Trust (Emergency Department and Viral Hepatitis Service)",
        "with Positive Path Gresham (HIV peer support charity), Liver Aid North (charity) and Gresham Bridge City Council Public Health",
        "Authors: Consultant in Emergency Medicine; Lead Nurse, Blood-Borne Viruses",
    ],
    primary_entrant=dict(name="Gresham Bridge University Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Positive Path Gresham", type="charity"),
        dict(name="Liver Aid North", type="charity"),
        dict(name="Gresham Bridge City Council", type="local_authority"),
    ],
    sections=[
        ("context", "Why this, why here", """
Gresham Bridge has one of the highest diagnosed HIV prevalence rates outside London, and the region's
hepatitis C services have long believed that many people with chronic infection have never been tested.
Undiagnosed infection is a patient safety issue, not just a public health one. A late HIV diagnosis carries
a many-fold higher risk of death in the first year. Hepatitis B and C quietly cause cirrhosis and liver
cancer. And the emergency department is often the only contact some people have with the NHS.

Before 2022 our ED tested for blood-borne viruses only when a clinician thought of it. Audits showed that
even patients with clear indicators, such as injecting drug use or recurrent pneumonia, were often
discharged untested. Worse, when a test was done and came back positive after the patient had left, there
was no reliable way to find them: results sat in an inbox, and some people were never told.

The partnership set out to do two things: test every adult who has blood taken in the ED for HIV,
hepatitis B and hepatitis C unless they decline, and make sure that every person with a new positive result
is contacted, supported and linked into care. The City Council's public health team commissioned the
peer-support element, Positive Path and Liver Aid North provide peer navigators, and the Trust runs the
testing and the specialist clinics.
"""),
        ("evidence", "What has improved", """
Testing started on 4 April 2022. We compare the 12 months before with the 24 months after.

<<Q:The proportion of adult ED attenders having blood taken who were also tested for HIV rose from 6% to
74%, and for hepatitis C from 4% to 72%.>>

Over the two years we carried out 61,300 HIV tests and found 97 new HIV diagnoses, 212 active hepatitis C
infections and 158 hepatitis B infections, many in people who had attended the department before.

<<Q:Median time from a positive result to the first specialist appointment fell from 41 days to 9 days.>>
<<Q:The share of people with a new positive result who were never successfully contacted went from 19% to
under 3%.>>

<<Q:Of new HIV diagnoses, the proportion diagnosed late (CD4 count below 350) fell from 58% in the three
years before the programme to 39% during it.>>

We are cautious about the last figure, since people diagnosed through opt-out testing will tend to be
diagnosed earlier by design. But for each of those patients, earlier is safer.
"""),
        ("spread", "Sharing it", """
Two neighbouring EDs began opt-out testing in 2023, using our order set, our results-handling protocol and
our letter templates. Our BBV lead nurse sits on the regional working group for opt-out testing, and the
peer navigator model has been written up as a case study by the national HIV charity sector network. We
host visits every quarter for departments planning to start.
"""),
        ("value", "Worth it?", """
The additional laboratory cost is modest per test, and the cost of treating late-diagnosed HIV or
decompensated liver disease is very high. The City Council has agreed to fund the navigators for a further
three years.

For staff, the biggest change is that no one has to decide who 'looks like' they need a test. That removes
an awkward judgement and a lot of unconscious bias. For patients, most hear about the test on a poster and
never think about it again. For the few who have a positive result, the navigators make the difference: one
man told us he only came to clinic because the person who rang him 'had been exactly where I was'.
"""),
        ("stakeholders", "People who made it happen", """
<<PS:Positive Path's three peer navigators, each living with HIV, co-wrote the results-handling protocol
with our BBV nurses and now make the first call to anyone with a new diagnosis.>>

<<P:Members of a service-user forum at the city's drug and alcohol service rewrote the wording of the
text message that asks people to get in touch, after telling us our first version sounded 'like a debt
collector'.>>

<<S:ED healthcare assistants, who take most of the blood in the department, suggested adding the extra
bottle at the point of cannulation rather than as a separate request, and that single change did more for
our testing rate than any poster.>> <<S:Consultants and nurses from the hepatology and HIV clinics agreed
between them who would hold which results overnight, and that rota was their design.>>

The Trust's board was briefed quarterly. Posters about opt-out testing went up in all waiting areas.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I165  recognising reversible deterioration in hospice inpatients - docx - NO
#       headings - hospice nurse consultant, reflective - evidence section has
#       only counts, single audit values and targets (a real claim sits in the
#       value paragraphs) -> no_quantitative_evidence
# ---------------------------------------------------------------------------
entry(
    id="I165", format="docx", layout="no_headings", topic="hospice_deterioration", docx_font="Georgia",
    project="independent11-hospice-deterioration-165",
    title="Not Yet: telling reversible illness from dying in a hospice bed",
    cover=[
        "Harebell House Hospice, Carnbray (registered charity), with Carnbray Teaching Hospitals NHS Trust and Wolds Edge GP Federation",
        "Entry written by our Nurse Consultant in Palliative Care",
    ],
    primary_entrant=dict(name="Harebell House Hospice", type="charity"),
    partners=[
        dict(name="Carnbray Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Wolds Edge GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", None, """
Hospices are good at dying. We are less practised at noticing when someone who is not dying has become
acutely unwell. People come to our sixteen-bed inpatient unit for symptom control or respite as well as
for the end of life, and some of them develop problems that are treatable and sometimes very treatable:
a high calcium level that makes them drowsy and confused, an infection, a blood clot, a spinal cord
compression that could be caught before it takes away the use of their legs.

In 2022 two reviews of our own care made uncomfortable reading. In one, a woman in her fifties admitted
for pain control became sleepy over two days. We took it for the natural course of her illness. Her
calcium, when it was finally checked, was very high; she recovered with treatment in hospital, but
missed her daughter's wedding while she did. In the other, a man's new leg weakness was recorded by three
different people before anyone picked up the phone.

Neither of these was about a lack of kindness. They were about a culture that, for good reasons, leans
towards comfort and away from investigation, and about a hospice that had no easy way to reach a hospital
doctor at two in the morning.

So we asked the acute oncology and medical teams at Carnbray Teaching Hospitals, and the GP federation that
covers our out-of-hours medical rota, to work with us on what we came to call Not Yet. It has three simple
parts. Every inpatient has a short 'what matters and what we would treat' conversation recorded within a
day of admission. Nurses use a prompt card, adapted from the hospital's early warning approach, that asks
'could this be reversible?' whenever someone changes. And there is a direct line to the hospital's acute
oncology registrar, with agreed criteria for transfer or for a hospital doctor to advise on treatment in
the hospice.
"""),
        ("evidence", None, """
It is honestly hard to measure what has not happened, and we had not been counting the right things
before we began, so there is no baseline we trust. What we can tell you is what we have been doing since
the Not Yet card went into use in May 2023.

The card has been used 412 times on the inpatient unit. The direct line to the acute oncology registrar
has been called 87 times, and on 31 of those occasions the patient was treated in the hospice with hospital
advice rather than moved.

When we audited 50 sets of notes in January 2024, 46 contained a recorded 'what we would treat'
conversation. Our next aim is to have this in every set of notes by the end of 2024, and to cut the number
of people who have to travel to hospital at night by a third.

We have also reviewed every unplanned transfer since the card came in, with the hospital team, and each
review has been discussed at our joint mortality and morbidity meeting.
"""),
        ("stakeholders", None, """
<<P:Margaret, who came to our day hospice every Thursday, and her husband Alan read every draft of the
admission conversation and told us bluntly which questions felt like being asked to sign your own death
certificate.>> <<P:Because of them, the conversation now starts with 'What would you like us to try to fix?'
rather than with resuscitation.>>

<<P:Relatives of people who had died in our care took part in our simulation training, playing the family
at the bedside, and their comments changed how we teach nurses to explain a transfer.>>

<<S:Our healthcare assistants, who are often the first to notice someone is not themselves, chose the
wording on the prompt card from three options the nurses had written.>> <<S:The hospice chaplain and our
bank night nurses both sat on the small working group, and it was the night nurses who insisted that the
registrar's number be printed on the card rather than kept in a folder.>>

<<S:The acute oncology nurses at the hospital agreed the transfer criteria with our doctors over four
lunchtime meetings, and rewrote them twice after trying them out on real cases.>>

Everyone who works on the inpatient unit completed the new training, and the GP federation's out-of-hours
doctors received a briefing pack.
"""),
        ("spread", None, """
Two other hospices in the county have visited us, and one, in the south of the county, now uses our card
with small changes of its own. The acute oncology team has shared our transfer criteria with the community
palliative care nurses, who are trying a version of it for people at home. We presented our approach at
the regional hospice nursing forum and have been asked to write it up for a palliative care nursing
journal.
"""),
        ("value", None, """
The direct line costs nothing extra, because the registrar was already on duty. The card cost a few
hundred pounds to print. The training has taken about a day of each nurse's time.

What it is worth is harder to say in money. <<Q:Complaints from families about how we handled a change in
someone's condition went from nine in 2022 to two in 2023.>> Nurses tell us they feel less alone at night.
And at least one woman who would otherwise have missed a family wedding went to her granddaughter's
christening instead, because a nurse with our card in her pocket asked 'could this be reversible?'
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I166  clozapine monitoring moved into community pharmacies - pdf - own
#       headings - patient-safety specialist fond of human-factors jargon -
#       no staff involvement (staff trained, briefed, surveyed, a plan, an
#       admitted gap; one facilitator doing her job)
# ---------------------------------------------------------------------------
entry(
    id="I166", format="pdf", layout="own_headings", topic="clozapine_monitoring", pdf_font="DejaVuSans",
    pdf_align="L",
    project="independent11-clozapine-166",
    title="Closing the Clozapine Loop: a socio-technical redesign of community clozapine monitoring",
    cover=[
        "Primary entrant: Kelderby Mental Health and Community NHS Trust",
        "System partners: Kelderby Local Pharmaceutical Committee; Kelderby Primary Care Collaborative; Health Innovation Kelderby",
        "Submitted by the Trust's Patient Safety Specialist",
    ],
    primary_entrant=dict(name="Kelderby Mental Health and Community NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Kelderby Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Kelderby Primary Care Collaborative", type="primary_care"),
        dict(name="Health Innovation Kelderby", type="ahsn"),
    ],
    sections=[
        ("context", "1  Problem framing: the system as found", """
Clozapine is the only licensed medicine for treatment-resistant schizophrenia and, for many people, it is
transformative. It is also a high-risk medicine with a tightly coupled monitoring regime: a full blood
count before every supply, plus vigilance for myocarditis, for constipation progressing to
clozapine-induced gastrointestinal hypomotility (CIGH), and for toxicity when smoking status changes.

Our PSIRF patient safety incident response plan identified clozapine as a priority area after thematic
analysis of 34 incidents over three years. Applying a SEIPS 2.0 lens, the latent conditions were clear. The
work-system required people to travel to a single hospital-based clinic for venepuncture; results and
supply were sequentially dependent across three organisations with no shared visibility; and when a blood
test was missed, the default system response was a gap in supply. Work-as-imagined assumed a linear
pathway. Work-as-done was a web of phone calls, workarounds and informal 'grace periods', which made the
system resilient on good days and brittle on bad ones.

The intervention, Closing the Clozapine Loop, relocates monitoring to where people already collect their
medicine. Eleven community pharmacies now offer finger-prick point-of-care blood counts, with results
uploaded directly to the monitoring service and visible to the Trust's clozapine clinic and the person's GP.
A bowel-habit screening question is built into every pharmacy visit as a forcing function: the supply
cannot be released until it is answered. Health Innovation Kelderby provided improvement-science support
and the evaluation framework.

Safety goals, framed as outcomes: fewer unplanned treatment interruptions; earlier detection of
neutropenia and CIGH; fewer emergency admissions related to clozapine.
"""),
        ("evidence", "2  Measurement for improvement: outcomes, process and balancing measures", """
Measures were tracked on SPC charts with standard run and shift rules; comparisons are for the 18 months
pre- and post-implementation for the 286 people on the community caseload.

Outcome measures. <<Q:Unplanned interruptions to clozapine lasting 48 hours or more fell from 47 episodes
to 13.>> <<Q:Emergency admissions with constipation or CIGH went from 9 to 2.>> <<Q:The SPC chart for
overdue blood counts shows special-cause improvement from month four, with a sustained shift in the mean
from 11.2% of people overdue in any given week to 2.6%.>>

Process measures. Median time from blood sample to supply release is now under one hour (previously not
measured, so this is reported as a single value). Bowel screening question completion was 98% in the
latest quarter.

Balancing measures. We monitored clinic workload and pharmacy dispensing errors; neither showed
special-cause variation in the wrong direction.
"""),
        ("spread", "3  Scale and spread", """
Adoption has followed a 'spread by pull' model rather than mandate. Two neighbouring mental health trusts
have taken the pharmacy-based model through their own clinical governance processes, and Health Innovation
Kelderby has packaged the standard operating procedures, data flows and training materials as an adoption
toolkit. The forcing-function approach to bowel screening is being tested in a depot antipsychotic clinic.
Learning has been shared via the regional patient safety collaborative and a national clozapine special
interest group webinar.
"""),
        ("value", "4  Value: experience and economics", """
The economic case rests on avoided admissions (each CIGH admission averages several days on a medical
ward), reduced clinic venepuncture capacity, and reduced time spent by care coordinators chasing results.
Health Innovation Kelderby's modelling suggests a favourable return, though we regard it as indicative.

For people taking clozapine the experience shift is substantial: no more two-bus journeys to a hospital
clinic, and a pharmacist they already know. One person described it as 'the first part of my treatment that
fits around my life'.

From a staff perspective, the redesign removes the cognitive load of tracking results across
organisations, which human factors theory would predict to lessen error-producing conditions.
"""),
        ("stakeholders", "5  Co-design and engagement", """
<<P:People taking clozapine and their carers, recruited through the Trust's involvement register, took part
in three co-design workshops, and it was a carer who identified that the old letters about missed blood
tests were read as threats to stop treatment altogether.>> <<P:They then tested the new text-message
reminders over two months, and the wording and timing were changed twice on their feedback.>>

Governance sat with the Trust's existing Medicines Optimisation Committee, which received quarterly
highlight reports, with improvement facilitation from me as Patient Safety Specialist. I mapped the current-state process from incident data
and the existing standard operating procedures.

All participating community pharmacists completed point-of-care testing training and competency sign-off.
Clozapine clinic nurses and GP practice teams were briefed before go-live. A staff survey was circulated to
pharmacies at month three; the response rate was low and the comments were broadly positive, so no changes
were made. Frontline community pharmacists and clinic nurses were not part of the design phase, which in
hindsight was a gap in our socio-technical approach; they will be invited into the next PDSA cycle.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I167  healthcare for detainees in police custody - docx - numbered
#       questions - passive-voice commissioning style - NO spread section -
#       evidence is activity counts, a single audit value, an ambition and a
#       forecast -> missing spread, no_quantitative_evidence
# ---------------------------------------------------------------------------
entry(
    id="I167", format="docx", layout="numbered_questions", topic="custody_healthcare", docx_font="Times New Roman",
    project="independent11-custody-healthcare-167",
    title="Safer Detention: integrated NHS healthcare in Marlshire police custody suites",
    cover=[
        "Primary entrant: Marlshire Community Health NHS Trust (Health and Justice Services)",
        "Partner organisations: Marlshire Constabulary; Office of the Marlshire Police and Crime Commissioner",
        "Prepared on behalf of the Safer Detention Partnership Board by the Health and Justice Commissioning and Contracts Officer",
    ],
    primary_entrant=dict(name="Marlshire Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Marlshire Constabulary", type="emergency_service"),
        dict(name="Office of the Marlshire Police and Crime Commissioner", type="public_other"),
    ],
    sections=[
        ("context", "1. Please set out the context in which the partnership was needed, the product or service, and its patient safety goals.", """
Persons detained in police custody are recognised as a population with a high prevalence of physical and
mental ill-health, substance dependence and recent injury. It has been established through successive
national reviews that a significant proportion of deaths in or following police custody involve alcohol
or drugs, head injury, or a failure to identify and act upon a deterioration in the detainee's condition.

Prior to 2022, healthcare in the three Marlshire custody suites was provided by a sessional forensic
medical examiner service under a contract held by the Constabulary. Response times were variable, no
nurse was present on site for much of the night, and clinical records were held on paper separately from
the custody record. A thematic review commissioned by the Police and Crime Commissioner in 2021 concluded
that detainees' clinical risk was being assessed primarily by custody sergeants and detention officers
without ready access to clinical advice.

It was therefore agreed by the partners that healthcare would be transferred to the NHS. Since April 2022,
custody nurses employed by Marlshire Community Health NHS Trust have been present in each suite around the
clock, supported by a remote on-call forensic physician. A joint risk assessment has been introduced,
completed by the custody sergeant and reviewed by a custody nurse within one hour of arrival for every
detainee who is intoxicated, reports drug use, has a head injury, or is otherwise identified as at risk. A
structured rousing protocol has been adopted for intoxicated detainees, and an escalation route to the
emergency department at Marlshire General Hospital has been agreed.

The patient safety goals of the partnership are: the prevention of avoidable death and serious harm in
custody; the timely identification and management of withdrawal, head injury and acute mental illness; and
the safe continuation of prescribed medication, including opioid substitution therapy, during detention.
"""),
        ("evidence", "2. What evidence is there of improvements in safe care as a direct result of the partnership?", """
The following information has been compiled from the custody healthcare clinical system and from the
Constabulary's custody records for the period April 2022 to March 2024.

A total of 19,406 detainees were received into the three suites during the period, of whom 8,117 were
seen by a custody nurse. Clinical assessments within one hour of arrival were recorded for 7,652 detainees
meeting the risk criteria.

Opioid substitution therapy was continued in custody for 1,203 detainees, following verification with the
prescribing service.

A compliance audit of the rousing protocol was undertaken in November 2023, in which 93% of checks were
found to have been completed at the required interval and documented correctly.

An ambition of zero avoidable deaths in custody has been set by the Partnership Board. It is anticipated,
on the basis of the first year's activity data, that transfers to the emergency department for conditions
that could be managed in custody will be reduced by approximately 20% during 2024/25.
"""),
        ("value", "3. What has been the impact on staff and patient experience, and what value for money has been achieved?", """
The annual value of the NHS custody healthcare contract is £2.9 million, funded jointly by NHS England
Health and Justice commissioning and the Police and Crime Commissioner. It is considered by the
Partnership Board that the contract represents good value, given the officer time that would otherwise be
spent escorting detainees to hospital for assessment and the reputational and human cost associated with a
death in custody.

Detainees have been reported by custody nurses to be more willing to disclose drug and alcohol use to a
nurse than to a police officer. It has been commented by custody sergeants, in the Constabulary's annual staff
survey, that the presence of a nurse on site makes the management of vulnerable detainees less daunting.
"""),
        ("stakeholders", "4. Who was involved, how were they engaged in the design, and what evidence is there of patient and staff involvement?", """
The Safer Detention Partnership Board, chaired by the Deputy Police and Crime Commissioner, has overseen
the programme since its inception and meets quarterly.

<<S:Custody sergeants and detention officers from all three suites were consulted on draft versions of the
joint risk assessment, and a number of amendments were made as a result, including the removal of
duplicate questions already asked at booking-in.>> <<S:The rousing protocol was piloted by custody nurses
at Marlshire Central over a six-week period, and the interval for re-rousing was revised at their
recommendation.>>

<<P:Individuals with lived experience of detention, recruited through a user-led recovery organisation,
were consulted on the wording of the detainee health information leaflet, and their suggested changes
to the language and format were adopted in full.>>

Detainees are provided with the health information leaflet on arrival. Independent custody visitors were
informed of the new arrangements and continue to visit each suite unannounced. Further engagement with
detainees' families is planned for 2025.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread"),
           dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I168  safe sleep for babies - pdf - with appendix (card text and references)
#       - exuberant charity worker - no staff involvement (health visitors
#       trained, midwives briefed, family-hub staff planned for next year)
# ---------------------------------------------------------------------------
entry(
    id="I168", format="pdf", layout="with_appendix", topic="safe_sleep", pdf_font="LiberationSans",
    project="independent11-safe-sleep-168",
    title="Snug and Safe: every baby, every night, every bed",
    cover=[
        "Entered by Cradle Safe Tamsworth (registered charity)",
        "Proudly working with Tamsworth Community Healthcare NHS Trust (Health Visiting) and Tamsworth Borough Council (Family Hubs)",
        "Written by our Family Engagement Coordinator",
    ],
    primary_entrant=dict(name="Cradle Safe Tamsworth", type="charity"),
    partners=[
        dict(name="Tamsworth Community Healthcare NHS Trust", type="nhs_trust"),
        dict(name="Tamsworth Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", "Why this matters so much to us", """
Hello! I'm the Family Engagement Coordinator at Cradle Safe Tamsworth, and I honestly can't believe I get
to write about this project for an award, because it has been the most exciting two years of my working
life.

Cradle Safe was started by a Tamsworth couple whose son died suddenly and unexpectedly in his sleep at
eleven weeks old. Their wish, and now ours, is that no other family here goes through that. Sudden
unexpected death in infancy is thankfully rare, but it is still one of the commonest causes of death in
babies after the first month, and most of the risk factors are things families can change once they
know about them: sleeping on a sofa with a baby, sharing a bed after drinking or smoking, a baby put down
on their front, a cot full of pillows and bumpers.

The problem in Tamsworth was never that the advice didn't exist. It was that it arrived as a leaflet in a
bag of leaflets on the day you left hospital, exhausted, with a brand-new person to keep alive! Our local
child death reviews kept finding families who had been 'given the advice' and had never actually taken it
in, especially young parents, families in overcrowded housing and families who don't read English.

So Snug and Safe was born. In partnership with Tamsworth Community Healthcare and the Council's Family
Hubs, we created: a short, warm video (in six languages!); a fridge-magnet 'Snug and Safe' card; a
safe sleep conversation at every health visitor contact up to six months; and a free sleeping-space
scheme that delivers a baby box or travel cot to any family who doesn't have a safe place for their baby
to sleep. Our goal is simple: every baby in Tamsworth sleeping safely, every night.
"""),
        ("evidence", "What has changed?", """
This is my favourite bit! Health visitors ask about sleep at the new birth visit and again at the six to
eight week check, and they record the answers on the child health system. The Trust's information team
compared the year before Snug and Safe started (2021/22) with its second year (2023/24).

<<Q:Parents saying their baby always sleeps on their back in a clear cot or Moses basket went from 61% to
84% at the six to eight week check.>>

<<Q:The number of families telling their health visitor they had fallen asleep with their baby on a sofa
in the past week was cut in half.>>

<<Q:Families in the most deprived fifth of Tamsworth saw the biggest change, with safe sleep reported at 52%
before and 81% after.>>

We have delivered 1,317 baby boxes and travel cots so far, and the video has been watched over 22,000 times!
Thankfully infant deaths are too few for us to show a change in deaths, and we would never want to claim one.
"""),
        ("stakeholders", "The amazing people behind it", """
<<P:Two mums from the neonatal unit's parents' group co-wrote the words for the fridge-magnet card with us
over cups of tea, and they were the ones who said to take out every 'never' and 'don't' and say what to
do instead.>>

<<P:The dads' group at the Eastgate Family Hub tested three versions of the video, and we reshot the
whole thing after they said none of the dads in it looked like anyone they knew.>>

<<P:Grandparents matter too: a group of nans and grandads at our Tuesday coffee morning pointed out that
they had been taught to put babies on their fronts, and the video now has a grandparent section because
of them.>>

All 96 health visitors in Tamsworth attended our safe sleep training, and they loved it! Midwives at
Tamsworth General were briefed about the scheme, and children's social workers receive our cards to hand
out. Next year we'd love Family Hub staff to help us design phase two.
"""),
        ("spread", "Sharing the love", """
Two neighbouring councils have asked for the video, and we have given them the files for free so they can
add their own local details. The Tamsworth Safeguarding Children Partnership has made the Snug and Safe
conversation part of its multi-agency guidance, and we have presented at a national infant loss charity
conference. The card has also been translated into two more languages by the regional child death overview
panel, who now send it to every family in the region after a baby's birth.
"""),
        ("value", "Is it worth it? Absolutely!", """
The whole project costs about £85,000 a year, most of which is the sleeping-space scheme. A baby box costs
less than a takeaway for two. The Council's public health grant covers half the cost, and the rest comes
from our own fundraising: bake sales, a sponsored walk and a very generous local garage.

Families love it. One young mum told her health visitor: 'Nobody told me before, they just gave me a bag.'
Health visitors say the card makes it easier to bring up a subject that can feel like telling parents off.
"""),
    ],
    trailer=[
        ("heading", "Appendix 1: Text of the Snug and Safe card"),
        ("para", "Snug and Safe: on my back, in my own clear space, in the same room as you for the first six months. Keep me smoke-free. If you feel sleepy while feeding me, put me down in my cot. Sofas and armchairs are not safe places to sleep with me."),
        ("para", "Need a safe place for your baby to sleep? Ask your health visitor or call Cradle Safe on 01632 960 447."),
        ("heading", "Appendix 2: Sources"),
        ("para", "Tamsworth Child Death Overview Panel annual reports, 2019/20 to 2021/22."),
        ("para", "Tamsworth Community Healthcare NHS Trust, child health information system extract, safe sleep questions, April 2021 to March 2024."),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I169  rapid response after non-fatal overdose - docx - bold headings with a
#       cover table - Scottish health board style - no flags
# ---------------------------------------------------------------------------
entry(
    id="I169", format="docx", layout="bold_headings", topic="drug_related_deaths", docx_font="Arial",
    project="independent11-overdose-response-169",
    title="Within the Day: a rapid response to non-fatal overdose across Ardmoray",
    cover_table=[
        ("Title of entry", "Within the Day: a rapid response to non-fatal overdose across Ardmoray"),
        ("Lead organisation", "NHS Ardmoray"),
        ("Partner organisations", "Ardmoray Alcohol and Drug Partnership; Ardmoray Council (Health and Social Care Partnership); Ardmoray Recovery Network (third sector)"),
        ("Award category", "Best Partnership Solution Improving Patient Safety"),
        ("Contact", "Consultant in Public Health Medicine, NHS Ardmoray"),
    ],
    primary_entrant=dict(name="NHS Ardmoray", type="nhs_trust"),
    partners=[
        dict(name="Ardmoray Alcohol and Drug Partnership", type="public_other"),
        dict(name="Ardmoray Council", type="local_authority"),
        dict(name="Ardmoray Recovery Network", type="charity"),
    ],
    sections=[
        ("context", "Background and aims", """
Scotland's rate of drug-related deaths remains the highest recorded in Europe, and Ardmoray has not been an
exception. A review of drug-related deaths in the Board area in 2020 and 2021 found that almost half of
those who died had experienced at least one non-fatal overdose in the preceding year, and that in many
cases an emergency department attendance or an ambulance call-out had been the last contact with any
service. Those contacts were not being used. People were discharged from the Emergency Department at
Ardmoray Royal Hospital in the early hours with a leaflet and advice to self-refer, and the Alcohol and
Drug Partnership's services often did not learn of the overdose until days later, if at all.

The Within the Day pathway was developed jointly by NHS Ardmoray, the Alcohol and Drug Partnership, the
Health and Social Care Partnership and the Ardmoray Recovery Network. Its principle is that anyone who
survives an overdose and comes into contact with services should be offered support, in person, within
the same day. A notification from the Emergency Department, the acute medical unit or the custody suites
goes to a single duty worker in the Board's substance use service, who allocates a pairing of a harm
reduction nurse and a peer navigator from the Recovery Network. The pair offer take-home naloxone, a same-day
assessment for medication assisted treatment in line with the national MAT Standards, and practical
support with housing, benefits and mental health.

The aims agreed by the partnership were: to reduce repeat non-fatal overdose; to increase the proportion of
people starting or re-starting opioid substitution treatment on the same day; and, over time, to contribute
to a reduction in drug-related deaths in Ardmoray.
"""),
        ("evidence", "Outcomes", """
The pathway went live in February 2022. Public Health Scotland's drug-related hospital statistics and the
Board's own notification log have been used to compare the two years before go-live with the two years after.

<<Q:Among people notified to the pathway, the proportion who had a further non-fatal overdose within six
months fell from 33% in the pre-implementation cohort to 17%.>>

<<Q:Same-day starts or re-starts of opioid substitution treatment following an overdose rose from 12% of
eligible people to 64%.>>

<<Q:Take-home naloxone was in the possession of 29% of people at the point of notification in the first
quarter and 71% of people at the point of notification in the most recent quarter, reflecting repeat
contacts across the pathway.>>

<<Q:Drug-related deaths in the Board area fell from 41 in 2021 to 29 in 2023.>> The partnership does not
claim this reduction as its own. Other national and local measures were introduced over the same period,
and numbers of this size can vary from year to year.
"""),
        ("stakeholders", "Involving people with lived and living experience, and staff", """
<<P:The Ardmoray Lived Experience Panel, made up of twelve people with lived and living experience of drug
use, helped design the first conversation the peer navigators have, and insisted that the offer of
naloxone come before any question about treatment.>> <<P:Panel members voted on the name for the pathway
from a shortlist of five, and chose Within the Day over the Board's preferred option.>>

<<PS:Peer navigators employed by the Recovery Network, all in recovery themselves, helped write the
pathway's operating procedures alongside the Board's harm reduction nurses.>>

<<S:Emergency Department reception staff told us that people often left before being seen, so the
notification is now triggered at booking-in rather than at discharge, at their suggestion.>> <<S:Community
link workers in GP practices asked to be copied into notifications for people on their lists, and the
process was amended to include them.>>

Elected members were briefed through the Integration Joint Board. A wide range of stakeholders was kept
informed through the Alcohol and Drug Partnership's quarterly bulletin.
"""),
        ("spread", "Sharing and spread", """
Two other Scottish health boards have visited Ardmoray to see the pathway and one has since launched its
own version, adapted for a largely rural area. The Board's custody healthcare team has extended the same
notification to people released from police custody after a suspected overdose. The pathway was presented
at the national MAT Standards learning event and has been shared through the national drug deaths
network's practice library.
"""),
        ("value", "Experience and value", """
The pathway costs approximately £410,000 per year, jointly funded by the Alcohol and Drug Partnership and
the Board, of which most is staff time for the nurses and peer navigators. Given the human and financial
cost of a single drug-related death, the partnership regards this as good value.

People supported by the pathway describe it as the first time a service 'came to them'. One man said: 'I
didn't have to phone anyone or wait for a letter. They were at the door that afternoon.' Staff in the
Emergency Department say they no longer feel they are discharging people into nothing.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I170  metastatic spinal cord compression pathway - pdf (via LibreOffice) -
#       style headings, bilingual Welsh/English - Welsh university health board
#       - no patient involvement (PREMs shared 'for information', a plan, the
#       citizen voice body notified, patients benefit)
# ---------------------------------------------------------------------------
entry(
    id="I170", format="pdf", layout="style_headings", topic="spinal_cord_compression", render_via="soffice",
    docx_font="Liberation Serif",
    project="independent11-mscc-170",
    title="Asgwrn Cefn / Backbone: a single pathway for suspected metastatic spinal cord compression",
    cover=[
        "Bwrdd Iechyd Prifysgol Dyffryn Tawel / Dyffryn Tawel University Health Board",
        "Mewn partneriaeth â / In partnership with: Canolfan Ganser Penrhos / Penrhos Cancer Centre NHS Trust and Prifysgol Glan-yr-Afon / Glan-yr-Afon University",
        "Cyflwynwyd gan / Submitted by: Acute Oncology Service Lead",
    ],
    primary_entrant=dict(name="Dyffryn Tawel University Health Board", type="nhs_trust"),
    partners=[
        dict(name="Penrhos Cancer Centre NHS Trust", type="nhs_trust"),
        dict(name="Glan-yr-Afon University", type="university"),
    ],
    sections=[
        ("context", "Cyd-destun / Context", """
Metastatic spinal cord compression (MSCC) is an oncological emergency. When cancer spreads to the spine and
presses on the spinal cord, the time between the first warning signs and permanent paralysis may be a
matter of hours. Outcome depends overwhelmingly on the patient's ability to walk at the time treatment
starts, so delay in recognition, imaging or treatment translates directly into avoidable harm.

Dyffryn Tawel University Health Board serves a largely rural population across three former county areas,
with two district general hospitals and no on-site radiotherapy. Radiotherapy and specialist oncology are
provided by Penrhos Cancer Centre NHS Trust, forty miles away, and spinal surgery by a tertiary centre
further still. A review of all MSCC cases in the Health Board in 2021 found that patients with suspected
MSCC were assessed differently at each hospital, that overnight whole-spine MRI was not consistently
available, and that referrals to the Cancer Centre were made by a mixture of telephone, email and fax.
Several patients lost the ability to walk while waiting.

The Backbone pathway, developed by the Health Board and the Cancer Centre with evaluation support from
Glan-yr-Afon University, provides: a single all-Wales-compatible referral proforma; a 24-hour MSCC
coordinator line staffed by acute oncology nurses by day and by the Cancer Centre's on-call oncology
registrar at night; a commitment to whole-spine MRI within 24 hours of suspicion, and within four hours if
neurological signs are present; and shared 'red flag' education for primary and community care.

The safety goals were to shorten the time from suspicion to MRI and to definitive treatment, and to
increase the proportion of patients still walking at the start of treatment.
"""),
        ("evidence", "Tystiolaeth / Evidence", """
Data were collected prospectively by the MSCC coordinators and validated against radiology and radiotherapy
records by the University team. Comparison is between the 2021 review cohort (n=74) and patients treated in
2023 (n=81).

<<Q:Median time from first documented suspicion to MRI fell from 31 hours to 9 hours.>>

<<Q:The proportion of patients receiving definitive treatment within 24 hours of MRI confirmation increased
from 42% to 79%.>>

<<Q:Patients able to walk independently or with an aid at the start of treatment rose from 51% to 68%, and
the proportion still walking at 30 days showed a similar improvement.>>

Referrals now arrive on the standard proforma in 96% of cases.
"""),
        ("spread", "Lledaenu / Spread", """
The referral proforma has been adopted by a neighbouring health board for its own patients treated at the
Penrhos Cancer Centre, and the Cancer Centre has proposed it as the basis of a national proforma. The red
flag education module, produced bilingually, is now part of the Health Board's mandatory training for
district nurses and community therapists. The pathway has been presented at the Welsh acute oncology
network and at a UK acute oncology conference, where it received a poster prize.
"""),
        ("value", "Gwerth / Value", """
Preventing paralysis has an enormous effect on a person's remaining life, and on the care they need. The
University's health economist estimated that each case of preserved mobility avoids substantial costs of
long-term care and rehabilitation, although we regard the figures as indicative. The coordinator line was
funded by reconfiguring existing acute oncology nurse posts rather than by new investment.

Patients have benefited from faster and more consistent care wherever in the Health Board they present.
Patient experience was captured through a short PREMs questionnaire at discharge, and the results were
shared with the steering group for information.
"""),
        ("stakeholders", "Rhanddeiliaid / Stakeholders", """
<<S:Radiographers at both district general hospitals proposed the whole-spine MRI protocol that is now
used, which reduced scan time enough to make overnight scanning feasible with a single radiographer on
duty.>>

<<S:Acute oncology nurses and emergency department nurses tested the first two versions of the referral
proforma on real referrals and cut it from four pages to one.>> <<S:Physiotherapists on the medical wards
raised concerns about when patients could safely be mobilised, and the pathway's mobilisation guidance was
rewritten with them.>>

The steering group comprised the clinical directors and service managers of both organisations, with a
University research fellow. The regional citizen voice body was notified of the pathway's launch. We intend
to recruit people affected by cancer from the Cancer Centre's patient forum to help review the pathway
in 2025.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I171  line infections in outpatient IV antibiotic therapy at home - docx -
#       criteria in a non-standard order - Northern Ireland HSC trust - NO
#       stakeholders section (service-user and staff involvement is described
#       in the other sections) -> missing stakeholders only
# ---------------------------------------------------------------------------
entry(
    id="I171", format="docx", layout="reordered", topic="opat_line_safety", docx_font="Calibri",
    project="independent11-opat-lines-171",
    title="Clean Lines at Home: a regional bundle for safer IV antibiotics outside hospital",
    cover=[
        "Northern Glens Health and Social Care Trust",
        "with Southern Loughs Health and Social Care Trust and the Regional Infection Prevention Collaborative",
        "Prepared by the OPAT Clinical Nurse Specialist team",
    ],
    primary_entrant=dict(name="Northern Glens Health and Social Care Trust", type="nhs_trust"),
    partners=[
        dict(name="Southern Loughs Health and Social Care Trust", type="nhs_trust"),
        dict(name="Regional Infection Prevention Collaborative", type="public_other"),
    ],
    sections=[
        ("value", "What it has meant for service users, staff and the health service", """
We are starting with value because that is where this project began: with service users for whom going
home on IV antibiotics was the best thing that had happened in their treatment, coming back in with
infected lines.

Outpatient parenteral antimicrobial therapy (OPAT) lets people with infections such as cellulitis, bone
infections and endocarditis finish weeks of intravenous treatment at home or in a clinic instead of a
hospital bed. For the health service it frees beds. For service users it means sleeping in their own bed
and, for many, getting back to work. When it goes wrong, it usually goes wrong through the line: a midline
or PICC that becomes infected, blocked or dislodged.

<<P:Service users who had been through OPAT told us, at a listening event we ran with the Collaborative,
that the booklet they were given was written for nurses, and three of them then rewrote it with us page by
page.>> The booklet they produced is shorter, uses photographs of real dressings, and has a tear-off
'call us if' card that lives on the fridge.

Across both Trusts the bundle has been delivered within existing budgets. The Collaborative funded printing
and a half-time data analyst for a year. Each line infection avoided saves, on average, a readmission of
around a week, and a bed released for someone else.
"""),
        ("context", "Why the partnership was needed and what it set out to do", """
Northern Glens and Southern Loughs Trusts run OPAT services that share a boundary and, increasingly, share
patients. Before 2022 they used different line care procedures, different dressings, different training
for district nursing teams, and different rules about who could flush a line. A service user discharged
from one Trust to a home address in the other could receive three different sets of instructions in a week.

The Regional Infection Prevention Collaborative brought the two Trusts together after both reported rising
line infection rates to the regional surveillance programme in the same quarter. Together we developed the
Clean Lines bundle: one line care procedure and dressing across both Trusts; a competency passport for
district nurses, treatment room nurses and trained self-administering service users; a weekly line check
using a simple photograph uploaded to the OPAT team; and an agreed 'same-day line review' route when anything
looks wrong.

<<S:District nurses from both Trusts chose the single dressing after a four-week trial in which they used
each of three products on their own caseloads and scored them.>> <<S:The OPAT nurses and the vascular access
team drew up the line check photograph standard together, after district nursing sisters told them that
written descriptions of 'redness' meant different things to different people.>>

The patient safety goal was a sustained reduction in line-associated bloodstream infections and other line
complications among people receiving OPAT.
"""),
        ("evidence", "What improved", """
Both Trusts submit OPAT line data to the regional surveillance programme, using the same definitions. The
Collaborative's analyst compared the eighteen months before the bundle (July 2020 to December 2021) with the
eighteen months after it was in use in both Trusts (July 2022 to December 2023).

<<Q:Line-associated bloodstream infections fell from 2.9 to 1.1 per 1,000 line days across the two
services.>>

<<Q:Unplanned line removals because of blockage or dislodgement dropped by 46%.>>

<<Q:Readmissions to hospital during an OPAT episode went from 14% of episodes to 8%.>>

Over the same period the services managed 2,410 OPAT episodes, and 318 service users were trained to give
their own antibiotics.
"""),
        ("spread", "Spread and shared learning", """
The Clean Lines procedure has been adopted by a third HSC trust and is under consideration by the regional
OPAT network as the standard for the whole region. The competency passport is now also used for people
going home on parenteral nutrition. <<PS:A service user who trained as a self-administering patient, and who
now works for the Trust as a patient experience facilitator, reviewed our training sessions for new
district nurses, and the section on what a line infection feels like from the inside was added at her
suggestion.>> She also described her own line infection at the regional learning event.

Our results were presented at the regional infection prevention conference and a national OPAT meeting.
"""),
    ],
    flags=[dict(code="missing_section", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I172  time-critical Parkinson's medicines in hospital - docx - bullet lists
#       of achievements - Parkinson's charity as primary entrant - no flags
# ---------------------------------------------------------------------------
entry(
    id="I172", format="docx", layout="bullet_lists", topic="parkinsons_medicines", docx_font="Verdana",
    project="independent11-parkinsons-meds-172",
    title="On Time, Every Time: Parkinson's medicines at Wexmoor hospitals",
    cover=[
        "Entrant: Tremor Together Wexmoor (registered charity)",
        "Partners:",
    ],
    cover_bullets=[
        "Wexmoor and District Hospitals NHS Foundation Trust",
        "NHS Wexmoor and Holt Integrated Care Board",
    ],
    primary_entrant=dict(name="Tremor Together Wexmoor", type="charity"),
    partners=[
        dict(name="Wexmoor and District Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="NHS Wexmoor and Holt Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "The problem we set out to solve", """
- People with Parkinson's need their medicines at exactly the times their body is used to. A dose even
thirty minutes late can mean they stiffen, cannot swallow safely, fall or become confused.

- In hospital, medicines rounds happen at set times that rarely match a person's own schedule. Too many
people with Parkinson's have lain frozen in a hospital bed waiting for a tablet that was 'due at the next
round'.

- A 2021 audit at Wexmoor General found that roughly half of all Parkinson's doses were given more than 30
minutes late or missed, and that people kept 'nil by mouth' before surgery often received no alternative.

- Missed and late doses were not anyone's fault. Nurses were juggling thirty patients, the right medicine
was often not on the ward, and the electronic prescribing system simply offered the standard round times.
Each problem was small; together they added up to people with Parkinson's leaving hospital worse than they
arrived, and some never getting home at all.

- Tremor Together Wexmoor is a local charity with 640 members. We asked the hospital Trust and the ICB to
work with us to fix this, and they said yes.

- What we built: self-administration wherever safe; electronic prescribing that schedules doses at the
person's own times and alerts at 15 minutes; a 'Get It On Time' bedside sign; stock of Parkinson's
medicines on every ward; and a nil-by-mouth plan agreed with anaesthetists.
"""),
        ("evidence", "What we achieved", """
- <<Q:Doses given within 30 minutes of the prescribed time went up from 54% to 88% between the 2021
audit and the 2023 re-audit, using the same method.>>

- <<Q:Missed doses in people who were nil by mouth fell from 38 in the audit year to 6.>>

- <<Q:Average length of stay for people with Parkinson's admitted as an emergency came down from 13.1 days
to 9.4 days.>>

- <<Q:Falls on the wards among inpatients with Parkinson's were reduced by about a third.>>

- 212 people with Parkinson's have self-administered their own medicines during an admission since
self-administration began.

- Every adult ward now holds a stock of the eight most-used Parkinson's medicines.
"""),
        ("stakeholders", "Who was involved", """
- <<P:Six members of Tremor Together sat on the project steering group from day one, alongside the Trust's
deputy chief pharmacist and a consultant geriatrician.>>

- <<P:Members with Parkinson's tested four designs of the bedside sign on a mock ward, and we went with the
design they could read while lying flat.>>

- <<P:Carers' group members explained how they manage doses at home, and their 'alarm on the phone'
routine became the basis of the electronic prescribing alert.>>

- <<S:Ward pharmacists and pharmacy technicians built the list of stock medicines by going through two
years of missed-dose incidents themselves.>>

- <<S:Housekeepers, who serve meals and drinks, pointed out that people were often asleep or away for a
scan at mealtime doses, and asked to be included in the 15-minute alert so they could let the nurse know.>>

- <<S:Anaesthetists and theatre practitioners wrote the nil-by-mouth plan with our Parkinson's nurse
specialist.>>

- Ward nurses all completed our 'Get It On Time' e-learning.
"""),
        ("spread", "Sharing it", """
- The Trust's community hospital adopted the whole package in 2023.

- The ICB has written time-critical medicines into its quality schedule for all providers, including the
independent hospital in Holt.

- Our bedside sign has been downloaded by more than 40 hospitals from our website.

- We spoke at a national Parkinson's nursing conference and at the regional medicines safety network.
"""),
        ("value", "Why it was worth it", """
- The whole project cost £46,000 over two years, shared between the charity, the Trust and the ICB.

- Shorter stays for people with Parkinson's free up beds for others.

- Members say they feel safe coming into hospital now. One told us: 'I had my pills in my own hand and the
nurse just checked I'd taken them. I felt like a person, not a patient.'

- Nurses say the alert takes the guesswork out of a busy round.

- The charity gained too: <<P:three of the members who sat on the steering group now volunteer as
'medicines buddies', visiting people with Parkinson's on the wards and reporting back to the ward team
when a dose has been missed.>> Our membership has grown as people discover us through the bedside sign.

- The ICB has estimated that shorter stays alone more than cover the cost of the project, but we are a
charity, not accountants, so we would rather point to the members who went home walking.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I173  hospital-acquired hyponatraemia from IV fluids in children - pdf -
#       numbered questions - paediatric pharmacist, dry - a single trust with
#       no partner organisation (internal departments only) -> ineligible
# ---------------------------------------------------------------------------
entry(
    id="I173", format="pdf", layout="numbered_questions", topic="paediatric_iv_fluids", pdf_font="LiberationSans",
    project="independent11-paeds-fluids-173",
    title="Salt Sense: safer intravenous fluids for children at Saltmere",
    cover=[
        "Organisation: Saltmere Hospitals NHS Trust (Children's Services and Pharmacy)",
        "Partner organisation(s): not applicable",
        "Author: Lead Paediatric Pharmacist",
    ],
    primary_entrant=dict(name="Saltmere Hospitals NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Q1  Context, service and safety goals", """
Children given hypotonic intravenous fluids can develop hospital-acquired hyponatraemia: a fall in blood
sodium that can cause cerebral oedema, seizures and, rarely, death. National guidance moved to isotonic
maintenance fluids for most children several years ago. Practice at Saltmere did not fully follow.

In 2021 a five-year-old on our surgical ward had a seizure on the second post-operative day. Her sodium was
124 mmol/L. She had been on a hypotonic fluid prescribed from a stock bag that should no longer have been on
the ward. She recovered. The investigation did not find a careless individual. It found a system that made the unsafe
choice the easy one. Specifically: hypotonic bags still stocked in three clinical areas;
paediatric fluids prescribed on the adult chart; no prompt for daily electrolytes; and infusion pumps without
a paediatric drug library.

Salt Sense is a partnership between our Pharmacy, Paediatrics, Paediatric Surgery, Theatres and Medical
Devices departments. Components:

- removal of hypotonic maintenance fluids from all paediatric and theatre stock, with a restricted-use
process for the few exceptions

- a dedicated paediatric fluid prescription and balance chart, with a built-in prompt for daily sodium

- a paediatric library on all infusion pumps used for children, with soft and hard limits

- a parent 'fluid diary' for children on maintenance fluids

Why a single trust: the failures were inside our own walls, in our stock rooms, our charts and our pumps,
so the fix had to be too. We chose to do it thoroughly in one place before offering it to anyone else.

Goals: no child harmed by hospital-acquired hyponatraemia; all maintenance fluids isotonic unless
specifically justified; daily electrolytes for every child on IV fluids beyond 24 hours.
"""),
        ("evidence", "Q2  Evidence of improvement", """
Data sources: pharmacy stock records, electronic prescribing, the laboratory system and incident reports.
Baseline period: January to December 2021. Comparison period: January to December 2023.

<<Q:Maintenance fluid prescriptions for children that were isotonic rose from 63% to 98%.>>

<<Q:Children on IV fluids for more than 24 hours who had a sodium measured at least daily went from 47% to
91%.>>

<<Q:Episodes of hospital-acquired hyponatraemia (sodium below 130 mmol/L after admission) in children on IV
fluids fell from 19 to 4.>> None of the four caused harm.

The new pump library's hard limits stopped 37 potential infusion errors in 2023. We have no earlier figure
to compare this with, because before the library there was nothing to stop them.

Hypotonic maintenance bags in paediatric and theatre stock: none since March 2022.
"""),
        ("spread", "Q3  Spread and sharing", """
The paediatric pump library was shared with the two other hospitals in our regional paediatric network,
both of which use the same pump model. Our fluid chart has been requested by five trusts. We presented
the work at the regional paediatric pharmacy group and a national neonatal and paediatric pharmacists'
conference, to an audience of about 200 pharmacists. The adult critical care unit has since reviewed its
own fluid stock using our method.
"""),
        ("value", "Q4  Experience and value for money", """
Cost was mainly staff time. The new chart costs about the same to print as the old one. Pump library
configuration used existing Medical Devices staff. Isotonic fluids cost the same as hypotonic ones.

Nurses say the chart is easier to follow and that the sodium prompt removes an awkward conversation about
whether bloods are 'really needed'. Parents say the fluid diary gives them something to do at the bedside
and makes them feel part of the team.

For the Trust, one avoided case of hyponatraemic encephalopathy would pay for the whole project many
times over, in intensive care days alone. We have not tried to put a number on the distress avoided for a
family.
"""),
        ("stakeholders", "Q5  Stakeholders and involvement", """
<<S:Paediatric nurses on the surgical and medical wards tested three drafts of the fluid chart on real
patients over six weeks, and moved the sodium prompt from the back to the front page.>> <<S:Theatre
practitioners and anaesthetists agreed which fluids would stay in theatre stock and wrote the
restricted-use form.>> <<S:Medical device engineers and paediatric nurses set the pump limits together,
drug by drug.>>

<<P:Parents of children on the surgical ward tested the fluid diary, and the tick-boxes for wet nappies
and drinks were their addition.>>

All paediatric medical staff received a teaching session at induction. The Trust's executive team was
kept informed through the Medication Safety Committee. We did not work with any outside organisation on
this project.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I174  perioperative anaphylaxis investigation - pdf - entry form table - a
#       laboratory company is the primary entrant (ineligible) - scientific
#       officer voice - evidence is counts, single audit values and targets
#       -> ineligible, no_quantitative_evidence
# ---------------------------------------------------------------------------
entry(
    id="I174", format="pdf", layout="form_table", topic="perioperative_anaphylaxis", pdf_font="LiberationSerif",
    project="independent11-periop-anaphylaxis-174",
    title="Trace the Trigger: rapid investigation of suspected perioperative anaphylaxis",
    cover_table=[
        ("Entry title", "Trace the Trigger: rapid investigation of suspected perioperative anaphylaxis"),
        ("Primary entrant", "Halcyon Diagnostics Ltd"),
        ("Partners", "Kingsmere University Hospitals NHS Foundation Trust (Anaesthesia and Immunology); University of Kingsmere, Department of Immunology"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
        ("Submitted by", "Chief Scientific Officer, Halcyon Diagnostics"),
    ],
    primary_entrant=dict(name="Halcyon Diagnostics Ltd", type="private"),
    partners=[
        dict(name="Kingsmere University Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="University of Kingsmere", type="university"),
    ],
    sections=[
        ("context", "Context", """
Perioperative anaphylaxis occurs in roughly one in 10,000 anaesthetics. It is frequently severe, and its
investigation is time-critical: serum mast cell tryptase should be sampled as soon as possible after the
reaction, again at one to two hours, and at baseline after 24 hours. Without correctly timed samples and a
specialist referral, the culprit agent (most often a neuromuscular blocking agent, an antibiotic,
chlorhexidine or a dye) may never be identified. A patient who is then re-exposed at a future operation
faces a second, potentially fatal, reaction.

Halcyon Diagnostics is an independent specialist immunology laboratory. In 2022 we agreed with Kingsmere
University Hospitals to provide a dedicated perioperative anaphylaxis service across the Trust's 31
operating theatres: a standardised sampling kit held in every anaesthetic room, courier collection within
two hours at any time of day, tryptase results reported within four hours, and automatic referral to the
Trust's drug allergy clinic. The University's Department of Immunology contributed an assay validation
study and a structured data set.

Before the partnership, tryptase samples at Kingsmere were sent through the routine hospital laboratory
and forwarded to an external reference centre, with results often returning after the patient had gone
home. Referral to the allergy clinic depended on the anaesthetist remembering to write a letter, which, after
a difficult night, did not always happen.

Patient safety goals: correctly timed tryptase samples in every suspected case; every patient referred for
allergy investigation; no re-exposure of a patient to a confirmed culprit agent.
"""),
        ("evidence", "Evidence of improvement", """
Between launch in June 2022 and May 2024 the service received samples from 68 suspected perioperative
reactions, and processed 214 tryptase samples in total. Median laboratory turnaround from receipt to report
was 2 hours 40 minutes.

In a 2023 audit of all suspected cases, 92% had a complete set of correctly timed tryptase samples. All 68
patients were referred to the drug allergy clinic, and 41 have completed testing, with a culprit agent
identified in 29.

No patient with a confirmed culprit agent has been re-exposed to it at a subsequent procedure. Our target
for 2024/25 is to reduce the wait from reaction to allergy clinic appointment to six weeks.

A formal comparison with pre-launch practice was not possible because suspected reactions were not
reliably recorded before the service began.
"""),
        ("spread", "Spread and sharing", """
Halcyon Diagnostics is now in discussion with two further NHS trusts about adopting the service model. The
sampling kit design and standard operating procedure have been shared with the regional anaesthesia
network, and the University's validation study has been submitted for publication. We presented the
service at an international allergy congress and at the national anaesthesia quality improvement meeting.
"""),
        ("value", "Staff and patient experience; value for money", """
Anaesthetists report that the kit removes uncertainty at a stressful moment, since everything needed is in
one box with a timed checklist. Patients receive a letter and wallet card stating the culprit agent, which
they can show at any future procedure.

The service is charged per case at a fixed fee inclusive of courier collection. Given the cost of a second
anaphylactic reaction, including critical care admission, we consider this excellent value.

For the Trust's allergy clinic, receiving a complete, correctly timed set of results with every referral
means fewer repeat appointments and fewer inconclusive investigations. For the laboratory, the partnership
has created a data set that we believe is among the most complete in the country for this rare event.
"""),
        ("stakeholders", "Stakeholder involvement", """
<<S:Theatre practitioners and operating department practitioners tested three prototype sampling kits
during simulated anaphylaxis drills, and the final kit uses colour-coded tubes in the order they requested.>>
<<S:Consultant anaesthetists and the allergy clinic nurses jointly wrote the referral criteria, and
changed them after the first three months when they found that some mild reactions were being missed.>>

<<P:Patients who had experienced anaphylaxis under anaesthesia reviewed the patient letter and wallet card
with the allergy clinic, and the card was redesigned to show the culprit agent in large print on the
front, at their request.>>

Halcyon's quality manager oversaw laboratory accreditation for the new assay. The Trust's Chief Medical
Officer sponsored the partnership.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None),
           dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I175  insulin given by care home staff with district nurse oversight - pdf -
#       NO headings - district nursing team leader, plain speech - NO value
#       section - no staff involvement (carers trained and signed off, teams
#       informed, managers sent the protocol with no replies, a planned
#       reference group, one lead writing the protocol)
# ---------------------------------------------------------------------------
entry(
    id="I175", format="pdf", layout="no_headings", topic="insulin_care_homes", pdf_font="DejaVuSans",
    pdf_align="L",
    project="independent11-carehome-insulin-175",
    title="Insulin at Home, Safely: delegated insulin in Brayton care homes",
    cover=[
        "Brayton Community Health NHS Trust, District Nursing Service (North and East teams)",
        "Working together with Brayton City Council Adult Social Care and the Brayton Care Association",
        "Written by a District Nursing Team Leader",
    ],
    primary_entrant=dict(name="Brayton Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Brayton City Council", type="local_authority"),
        dict(name="Brayton Care Association", type="charity"),
    ],
    sections=[
        ("context", None, """
I lead one of the district nursing teams in Brayton. Until 2022, if you lived in a residential care home in
our city and needed insulin, a district nurse had to come and give it, every time. For some residents that
meant two or three visits a day. For my team it meant planning the whole day around insulin rounds across
23 homes, with the first visit at half past seven and the last one whenever we could get there.

It was not safe. On bad days, with sickness or snow, insulin was late. Sometimes breakfast was given at
eight and the insulin arrived at eleven, or the insulin was given and the resident had already eaten
nothing. Hypos were happening, and so were high sugars that tipped people into hospital. Care home staff
could see it going wrong but were not allowed to do anything about it.

Brayton City Council and the Brayton Care Association, which represents most of the city's care homes,
agreed with our Trust to try delegation. Senior carers who pass a training course and a competency check
give insulin to named residents, using pen devices. A district nurse stays responsible for the resident's
diabetes care, reviews every resident on delegated insulin each month, and is on the end of the phone. Each
home has a hypo box, a blood sugar chart that tells you what to do at each reading, and an 'insulin
passport' that goes with the resident to hospital or appointments.

Our goals were to get insulin given on time, to cut hypos, and to stop residents ending up in hospital
because of their diabetes.
"""),
        ("evidence", None, """
We started with six homes in May 2022 and all 23 were on board by March 2023. The Trust's data team
compared the year before each home started with its first year of delegation, using our own incident
reports and the ambulance service's call data for the homes.

<<Q:Insulin doses given more than an hour late went from about one in five to fewer than one in twenty.>>

<<Q:Hypoglycaemia episodes needing help from another person fell from 58 to 21 across the homes.>>

<<Q:Ambulance call-outs to the homes for diabetic emergencies dropped from 34 to 12.>>

There were 4 insulin errors by care home staff in the first year, none causing harm, and each was looked
at with the home.
"""),
        ("stakeholders", None, """
<<P:At Fernside, the residents' meeting tried out what should go in the hypo box and picked jelly sweets
and small cartons of juice over the glucose tablets we had planned, because, as one lady said, 'those
tablets taste like chalk'; every home's box now has the residents' choice in it.>>

<<P:Mr Okoro at Rowan Court, who has had type 1 diabetes for fifty years, tried three makes of insulin pen
and told us which one he could manage with his arthritis, and that is the one the homes now use.>>

Senior carers from all 23 homes completed the delegated insulin course and were signed off as
competent by a district nurse. District nursing teams were told about the change at handover and in
the team brief. Care home managers were sent a copy of the protocol to comment on; we did not get any
comments back. I wrote the protocol myself from national guidance, and the Trust's clinical governance
lead signed it off. GP practices with residents in the homes were informed by letter. We plan to set up a
reference group of care home staff next year to review the protocol.
"""),
        ("spread", None, """
The Council has asked us to extend delegation to nursing-free supported living for people with learning
disabilities, and two schemes started in 2024. A neighbouring community trust has borrowed our training
course and competency checklist, and we shared our paperwork through the regional district nursing
leaders' network and at a diabetes nursing study day. The blood sugar chart is now used by our own
community teams for people in their own homes who have carers.
"""),
    ],
    flags=[dict(code="missing_section", criterion="value"),
           dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I176  acting on learning from the deaths of people with a learning
#       disability - docx - style headings with a cover table - ICB programme
#       lead - no flags
# ---------------------------------------------------------------------------
entry(
    id="I176", format="docx", layout="style_headings", topic="learning_disability_mortality", docx_font="Calibri",
    project="independent11-ld-mortality-176",
    title="Learning into Action: from mortality reviews to fewer avoidable deaths of people with a learning disability",
    cover_table=[
        ("Entry", "Learning into Action: from mortality reviews to fewer avoidable deaths of people with a learning disability"),
        ("Entrant", "NHS Ashcombe and Lyne Integrated Care Board"),
        ("In partnership with", "Ashcombe Speak Up (self-advocacy charity); Ashcombe County Council; Lyne Valley Hospitals NHS Trust"),
        ("Lead author", "Learning Disability and Autism Programme Lead"),
    ],
    primary_entrant=dict(name="NHS Ashcombe and Lyne Integrated Care Board", type="icb"),
    partners=[
        dict(name="Ashcombe Speak Up", type="charity"),
        dict(name="Ashcombe County Council", type="local_authority"),
        dict(name="Lyne Valley Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why we needed to act", """
People with a learning disability in England die, on average, more than twenty years younger than the
general population, and national reviews of their deaths have found that a large share of those deaths
were avoidable. Every integrated care board now reviews the deaths of people with a learning disability
and autistic people in its area. The difficulty, in Ashcombe and Lyne as elsewhere, was that reviews were
completed, recommendations were written, and then very little changed.

When we analysed three years of our own reviews in 2021, the same causes kept returning: aspiration
pneumonia, constipation that was missed until it became a bowel obstruction, and sepsis that was not
recognised because the person could not say they felt unwell. Many of the people who died lived in
supported living or residential care, where support workers had little or no training in spotting these
problems.

Learning into Action is our response. Rather than a review programme that reports upwards, we built a
partnership that acts locally. <<P:Ashcombe Speak Up, a charity run by and for people with a
learning disability, co-chairs the governance panel with the ICB.>> The County Council brings the social care
providers. Lyne Valley Hospitals brings its learning disability liaison nurses. Together we chose three
priorities: bowel health, eating and drinking safely, and recognising when someone is becoming unwell.
"""),
        ("evidence", "What has changed", """
We compare 2020/21, the year before the programme, with 2023/24, using hospital admissions data for people
on GP learning disability registers and our own review data.

<<Q:Emergency admissions for constipation or bowel obstruction among people with a learning disability fell
from 71 to 38.>>

<<Q:Admissions for aspiration pneumonia went down by about a quarter.>>

<<Q:In completed mortality reviews, the proportion of deaths judged to have had care that fell short and
contributed to the death went from 23% in 2020/21 to 11% in 2023/24.>>

We report this last figure carefully, because review teams and methods change over time.
"""),
        ("stakeholders", "Who did this, and how", """
<<P:Self-advocates from Ashcombe Speak Up sit on the governance panel with the same vote as any other
member, and it was their vote that made bowel health the first priority, after two members spoke about
friends who had died.>>

<<P:Members of Speak Up made the easy-read 'My Poo Diary' themselves, drawing the pictures and choosing
the words, and they tested it with people in three supported living services.>> <<P:Family carers told
the panel that hospital staff did not read the hospital passport, and the Trust moved the passport's key
page into the electronic record as a pop-up because of that.>>

<<S:Support workers from six supported living providers helped design the 'Soft Signs' card, which lists
the small changes that can mean someone is becoming unwell, and the wording on it is theirs.>>
<<S:Learning disability liaison nurses and speech and language therapists ran joint mealtime observations
in care homes, and the day centre cooks who joined them suggested the texture-check step now used before
every meal.>>

Providers were sent regular newsletters about the programme. Around 1,100 support workers have completed
the Soft Signs training. An autistic people's reference group is being set up for 2025.
"""),
        ("spread", "Spreading the learning", """
The My Poo Diary and the Soft Signs card have been adopted by two other integrated care boards in our
region, and Speak Up members have co-presented the work with ICB staff at a national learning disability
mortality conference. Lyne Valley Hospitals has shared the hospital passport pop-up with other trusts using
the same electronic record system. All materials are free on Speak Up's website.
"""),
        ("value", "What it is worth", """
Each avoided emergency admission saves the NHS several thousand pounds, and more importantly saves a person
with a learning disability a frightening and often prolonged hospital stay. The programme cost around
£120,000 a year, mostly to pay Speak Up members for their time and to fund the training.

A support worker wrote: 'I used to think a change in someone's mood was just a bad day. Now I check the
card.' One self-advocate said it best at our annual event: 'We are not just people that things happen to.
We made this.'
"""),
    ],
    flags=[],
)
