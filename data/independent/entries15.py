"""Fifteenth independent evaluation set (I225..I240) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind, without reference to the review pipeline, its tests or earlier gold
output: new fictional organisations, voices and topics.  Format and mark-up are
those of the earlier sets; build it with

    .venv/bin/python data/independent/build.py --set 15   (writes data/corpus/independent15/)

Mark-up used inside section bodies (stripped before rendering):
  <<Q:sentence>>   quantitative claim (a measured change in an outcome)
  <<P:sentence>>   patient / carer / family / service-user involvement
  <<S:sentence>>   staff involvement (co-design, testing, consultation, feedback acted on)
  (letters combine, e.g. <<PS:...>>)
Paragraphs are separated by a blank line; line breaks inside a paragraph are joined
with a single space.  A paragraph starting with "- " is a bullet item.

Flags are written by hand and cross-checked by build.py.  Hard negatives are placed
on purpose: numbers trained, dates, bed counts, costs, targets not met, plans,
surveys that changed nothing, staff who were only briefed, patients as audiences.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I225  paediatric airway emergencies - pdf - own headings - ED consultant
#       voice - no flags
# ---------------------------------------------------------------------------
entry(
    id="I225", format="pdf", layout="own_headings", topic="paediatric_airway",
    project="independent15-paedairway-225", pdf_align="L",
    title="Small Airways, Big Stakes: a shared emergency airway plan for children across one county",
    cover=[
        "Lead:  Penhallow University Hospitals NHS Trust  (Emergency Department)",
        "with -- Trevennor Children's Hospital NHS Foundation Trust; Western Peninsula Ambulance Service NHS Trust; Kernow Vale University simulation suite",
        "Author: consultant in emergency medicine (paediatric lead)   |   tel. 01872 554 019",
    ],
    primary_entrant=dict(name="Penhallow University Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Trevennor Children's Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="Western Peninsula Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Kernow Vale University", type="university"),
    ],
    sections=[
        ("context", "Why a district ED needed help with small airways", """
I am an emergency physician in a district general hospital that sees roughly 19,000 children a year. Very
few of them need their airway managed by us, perhaps one every three weeks, and that rarity is exactly the
problem. When a two-year-old arrives blue with croup, or a teenager arrives after a seizure that will not
stop, the team in the resus bay may not have intubated a child for months. Our nearest paediatric
intensive care unit is at Trevennor Children's Hospital, 58 miles away, and the retrieval team can take
two hours to reach us.

In 2021 we had three serious incidents in eighteen months involving children's airways: an oesophageal
intubation recognised late, an uncuffed tube of the wrong size, and a prolonged attempt at laryngoscopy
during which a child's saturations fell below 70%. None of the children died, but every one of those
reviews said the same things. Equipment was stored differently in each department. Drug doses were worked
out on the back of a glove. Nobody called Trevennor until the tube was already in, or not.

Our goal was to make the first fifteen minutes of a paediatric airway emergency the same wherever in the
county a child presents: the same trolley, the same checklist, the same drug chart and the same early
phone call to the people who do this every day.
"""),
        ("evidence", "What changed, measured", """
We collected data on every child under 16 who needed advanced airway management in the three emergency
departments in the county, comparing the two years before the shared plan (2020 to 2021, 61 children) with
the two years after (2022 to 2023, 67 children). The audit was run by the university team, who did not
work in any of the departments.

<<Q:First-pass intubation success rose from 64% to 87%.>> <<Q:Episodes of desaturation below 80% during
intubation fell from 26 in the baseline period to 9 after the plan was introduced.>> <<Q:The median time
from arrival to the first call to the Trevennor retrieval consultant dropped from 47 minutes to 12
minutes.>>

We also counted the drug errors found at review. <<Q:Dose discrepancies in induction and paralysing drugs,
measured against the weight-based chart, fell from 11 of 61 cases to 2 of 67.>>

Not everything moved. We aimed for every resus bay to complete its monthly trolley check, and we have not
got there; completion sits at about three months in four. Our target for capnography on every
intubation is also not yet met, and we report it honestly as a gap.
"""),
        ("stakeholders", "Who built it with us", """
<<S:The trolley layout was decided not in a meeting room but in the resus bay, where nurses, ODPs and
registrars from all three hospitals took turns pulling kit out against a stopwatch and rearranged the
drawers until the slowest person could find the cuffed size 4 in under ten seconds.>> <<S:Paramedics from
the ambulance service read the first draft of the pre-alert script and told us it asked for information
that a crew cannot know in a moving vehicle, so it was cut to weight estimate, age and what they are
worried about.>>

<<P:Parents were part of this too. Two mothers and one father whose children had been intubated in our
resus room sat with us for an evening; they told us that nobody had said who was in charge, and that is
why the checklist now has a line for a named person to speak to the family within five minutes.>> <<P:A
fifteen-year-old with a complex airway, and her dad, tested the family information card and rewrote half
of it in plainer words.>>

<<S:Retrieval consultants at Trevennor agreed to take every early call, and it was their suggestion,
after listening to recordings from simulation, that the call should happen before induction rather than
after.>> All 212 emergency department doctors and nurses in the county have now done the two-hour
simulation course, which we see as training rather than design.
"""),
        ("value", "Why it is worth it", """
The trolleys cost around £3,400 each to standardise, and the simulation programme is delivered by the
university at no charge in return for research access. Against that, a single critical care bed-day for a
child costs several thousand pounds, and a hypoxic brain injury is beyond any price.

The less tangible value is confidence. Junior staff told us they no longer dread the paediatric red phone.
Families say they knew who to talk to. And the retrieval team see children who arrive better prepared.
"""),
        ("spread", "Beyond our county", """
The trolley plan, checklist and drug chart are free to download from the Trevennor network website. Two
neighbouring networks have asked for the files, and one has begun its own trolley audit. We plan to
present the work at the regional paediatric emergency medicine meeting next spring.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I226  domestic abuse disclosure in ED - docx - form table - safeguarding
#       lead voice - no quantitative evidence (numbers are counts, targets,
#       dates, numbers trained)
# ---------------------------------------------------------------------------
entry(
    id="I226", format="docx", layout="form_table", topic="domestic_abuse_ed",
    project="independent15-domesticabuse-226",
    title="Ask Once, Ask Well: routine enquiry about domestic abuse in an emergency department",
    cover_table=[
        ("Entry title", "Ask Once, Ask Well: routine enquiry about domestic abuse in an emergency department"),
        ("Primary entrant", "Brackenfield and Low Moor Hospitals NHS Foundation Trust - Safeguarding Adults team"),
        ("Partner organisation(s)", "Harbour Lights Domestic Abuse Service (charity);  Brackenfield City Council Community Safety Partnership;  Low Moor Police (Safeguarding Hub)"),
        ("Category", "HSJ PSA - Best Partnership Solution Improving Patient Safety"),
        ("Contact", "Named Nurse, Safeguarding Adults - ext 4471"),
    ],
    primary_entrant=dict(name="Brackenfield and Low Moor Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Harbour Lights Domestic Abuse Service", type="charity"),
        dict(name="Brackenfield City Council", type="local_authority"),
        dict(name="Low Moor Police", type="emergency_service"),
    ],
    sections=[
        ("context", "1. Describe the context and the patient safety problem", """
As the named nurse for safeguarding adults, I review every domestic homicide review that touches our
hospitals. Between 2018 and 2022 there were four in our area in which the victim had attended our
emergency department in the year before she died. In three of the four, nobody had asked her about abuse.
In the fourth, she was asked in front of her partner.

The ED sees around 110,000 adults a year. Staff knew that they should ask, but the question lived in a
free-text box, nobody owned what happened after a disclosure, and there was no specialist on site. Nurses
told us they did not ask because they did not know what to do with the answer.

Ask Once, Ask Well puts an independent domestic violence adviser (IDVA) from Harbour Lights inside the
department seven days a week from 10am to 10pm. Every adult is asked a single structured question at
triage when they are alone; the electronic record will not close the triage screen without an answer or a
recorded reason for not asking. A disclosure goes straight to the IDVA, who can see the patient in a
private room within the hour, and to the police safeguarding hub if the risk assessment is high.
"""),
        ("evidence", "2. What evidence is there of improved patient safety?", """
In the first twelve months (October 2022 to September 2023) the IDVAs received 486 referrals from the
emergency department, 61% of them from triage nurses. 142 people were assessed as high risk and were
discussed at the multi-agency risk assessment conference. We do not have a reliable comparison figure,
because before the project referrals were not recorded in a way we could count.

Our aim was that 90% of adult triage episodes would have the question answered or an exception recorded;
in September 2023 we reached 73%, and we are still working on nights. The IDVA saw 88% of patients who
disclosed before they left the department, and the service was available on 358 of 365 days.

Every one of the 214 nurses in the department has completed the half-day Harbour Lights training.
Feedback from patients seen by the IDVA has been collected on a short card, with comments such as 'first
time anyone asked me properly'. We have not yet been able to measure whether repeat attendances or harm
have changed; an evaluation with the council is planned for 2024/25.
"""),
        ("spread", "3. How has the initiative been shared or spread?", """
The Community Safety Partnership has funded an IDVA at the urgent treatment centre in Low Moor, using our
triage question and referral pathway. We have shared the electronic triage template with the other two
trusts in the integrated care system, and the regional safeguarding network has included Ask Once, Ask
Well in its good practice bulletin.
"""),
        ("value", "4. What value has the initiative added?", """
The IDVA posts cost £96,000 a year, split between the Trust and the Community Safety Partnership. Staff
who once avoided the question now have somewhere to take the answer, and the police hub receives better
information, faster, than it did from scattered phone calls.

For the people who disclose, the value is a specialist conversation at the moment they are most likely to
accept help, in a room away from the person who hurt them, rather than a leaflet in the toilets.
"""),
        ("stakeholders", "5. How were patients and staff involved?", """
<<P:Women who had used Harbour Lights' refuge services met with us three times and chose the wording of
the triage question; they rejected our first version, which used the word 'victim', and asked that the
question be framed around feeling safe at home.>> <<P:Their advice also shaped the private room: no
glass panel in the door and a second exit.>>

<<S:Triage nurses ran the question as a pilot on two shifts for a fortnight, and it was their complaint
that partners kept following patients into the triage cubicle that led to the new 'alone first' rule,
under which everyone is seen on their own for the first minute.>> <<S:Reception staff, who are the first
to meet a partner at the desk, were consulted on how to separate couples without raising suspicion and
suggested the 'height and weight' routine that is now used.>>

<<S:Police officers from the safeguarding hub attended the steering group and rewrote the referral
threshold after walking through real cases with the IDVAs.>> The council's community safety manager
chaired it.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I227  blood glucose monitoring in the last weeks of life - pdf - two column
#       - hospice director voice - charity primary with NHS partners - no flags
# ---------------------------------------------------------------------------
entry(
    id="I227", format="pdf", layout="two_column", topic="hospice_glucose",
    project="independent15-hospiceglucose-227",
    title="Sweet Enough: safer glucose monitoring for people with diabetes in their last weeks of life",
    cover=[
        "St Wenna's Hospice (Lead entrant) / Hollowmere Community Health NHS Trust / NHS Tamar and Lyn ICB - diabetes specialist nursing",
        "Written by the Director of Patient Care, St Wenna's Hospice",
    ],
    primary_entrant=dict(name="St Wenna's Hospice", type="charity"),
    partners=[
        dict(name="Hollowmere Community Health NHS Trust", type="nhs_trust"),
        dict(name="NHS Tamar and Lyn Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "The problem at the end of life", """
At St Wenna's we care for about 480 people a year on our inpatient unit and many more at home with the
community nurses. Roughly one in five of them has diabetes. As people approach death they eat less, their
steroids change, their kidneys slow, and the insulin or tablets that kept them well for thirty years can
suddenly become dangerous.

Our own incident reports told the story. Between 2019 and 2021 we recorded hypoglycaemic episodes in
patients who were too unwell to tell us they felt shaky, and at the same time we were pricking the
fingers of dying people four times a day because nobody had agreed when to stop. Families told us both
things upset them: the hypos and the finger pricks.

Sweet Enough is a shared end-of-life diabetes plan written with the community trust's diabetes specialist
nurses and the ICB's medicines optimisation team. It sets out three stages, from 'stable' to 'last days',
with the glucose range, the frequency of testing and the changes to insulin or tablets at each stage, and
a single phone line to a diabetes nurse seven days a week.
"""),
        ("evidence", "Evidence of safer care", """
We compared 126 patients with diabetes who died under our care in the 18 months before Sweet Enough with
139 in the 18 months after.

<<Q:Recorded hypoglycaemic episodes (glucose below 4 mmol/L) fell from 41 to 12.>> <<Q:The average number
of capillary glucose tests in the last seven days of life halved, from 17 per patient to 8.>> <<Q:Episodes
of glucose above 20 mmol/L with symptoms did not increase, and the proportion of patients with a
documented plan to stop or reduce diabetes medicines went from 22% to 91%.>>

Bereaved relatives' survey scores for 'my relative's comfort was a priority' stayed high throughout, so we
do not claim a change there.
"""),
        ("stakeholders", "The people behind it", """
<<S:Our healthcare assistants, who do most of the finger pricks, were asked to keep a diary for a month of
every test they thought was pointless, and the plan's testing frequencies were rewritten around what they
found.>> <<S:The community diabetes nurses and our ward pharmacist co-wrote the insulin reduction table,
and district nurses trialled it in people's homes for six weeks before it was adopted.>>

<<P:It was a woman caring for her husband, who had been on insulin since his teens, who told us that
nobody had asked him whether he still wanted his sugars checked. Her words became the first question on
the plan, and she read every draft.>> <<P:Members of the hospice's Experts by Experience group, several of
them bereaved carers of people with diabetes, tested the family leaflet and asked for the section on
'why we are testing less' to be moved to the front.>>
"""),
        ("value", "What it adds", """
Fewer hypos means fewer emergency calls, fewer out-of-hours GP visits and fewer crises at home. The
7-day diabetes line costs the ICB about £22,000 a year. The plan itself is a two-page document that any
nurse can pick up. For patients it means a gentler death, without needles that no longer serve them.

For our nurses, the value is permission. Before Sweet Enough, a nurse who decided not to test a dying
man's sugar felt she was breaking a rule; now she is following one, and she knows who to ring if she is
unsure. The diabetes nurses say the calls they receive are earlier and calmer than the crisis calls they
used to get at the weekend.
"""),
        ("spread", "Sharing it", """
Two hospices in the neighbouring ICB have adopted Sweet Enough, and the regional end-of-life network has
added it to its clinical guidance library. We have presented it at the national hospice conference and
offer free online sessions for other hospice teams every quarter.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I228  learning disability annual health checks - docx - bold headings - GP
#       federation manager - no patient involvement (survey with nothing
#       changed, beneficiaries, plans, an audience)
# ---------------------------------------------------------------------------
entry(
    id="I228", format="docx", layout="bold_headings", topic="ld_health_checks", docx_font="Arial",
    project="independent15-ldhealthchecks-228",
    title="Checks That Count - annual health checks for adults with a learning disability across 23 practices",
    cover=[
        "Submitted by: Ouseburn Primary Care Federation Ltd (a GP federation owned by its 23 member practices)",
        "Partners ... NHS Ouseburn and Wearside ICB; Wearside Community NHS Foundation Trust (Learning Disability Liaison)",
        "Entry author: Operations Manager, Ouseburn Primary Care Federation",
    ],
    primary_entrant=dict(name="Ouseburn Primary Care Federation", type="primary_care"),
    partners=[
        dict(name="NHS Ouseburn and Wearside Integrated Care Board", type="icb"),
        dict(name="Wearside Community NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Context", """
I manage operations for a federation of 23 general practices serving around 310,000 people. In 2021/22
our practices had 1,870 adults on their learning disability registers, and we knew from our own
mortality reviews that people on those registers were dying of things that should have been caught:
undiagnosed constipation leading to bowel obstruction, aspiration pneumonia, epilepsy that had not been
reviewed for years.

Annual health checks are the obvious safeguard, but our uptake was patchy. Some practices did checks well;
others had one nurse who had done two checks in a year and did not feel confident. Registers were out of
date, invitations went by letter that many people could not read, and results were not turned into a
health action plan.

Checks That Count moved the checks to a shared model. The federation employs two learning disability
practice nurses who run checks in member practices on protected clinics, working alongside the community
trust's learning disability liaison nurses. We cleaned the registers, sent easy-read invitations, offered
longer appointments and made a health action plan part of every check.
"""),
        ("evidence", "Evidence", """
<<Q:The proportion of adults on our learning disability registers who had an annual health check rose
from 52% in 2021/22 to 81% in 2023/24.>> <<Q:The proportion of completed checks with a written health
action plan went from 38% to 94% over the same period.>>

Checks are also finding things. <<Q:Referrals from a health check to a specialist for an epilepsy review
increased from 14 in the year before to 49 in 2023/24, and new diagnoses of hypothyroidism and
constipation needing treatment more than doubled.>> We have not yet measured whether emergency admissions
have changed, and we want to be careful not to claim it.
"""),
        ("stakeholders", "Stakeholders", """
<<S:Practice nurses and healthcare assistants from nine of the member practices met with the federation
nurses over three lunchtimes and rebuilt the check template, removing duplicated questions and adding a
reasonable adjustments box at the top, which they had asked for.>> <<S:Reception teams were asked how
invitations were being handled and told us the letters were being filed as 'no reply' after one attempt,
so the process now includes a phone call and a text with a photo of the nurse.>>

People with a learning disability and their families are, of course, the people who benefit from the
checks. A satisfaction survey was sent to everyone who had a check in the first six months; 212 were
returned and most people said they were happy with the appointment. We intend to set up a reference group
of people with a learning disability in 2025 to advise on the next phase. The easy-read invitation was
bought in from a national template. The work was presented to the local learning disability partnership
board, whose members heard about the results.

The ICB's learning disability and autism lead sat on the steering group with our clinical director.
"""),
        ("value", "Value", """
The two nurse posts cost the ICB about £104,000 a year. Practices receive the usual payment for each
check, and several practices have said the federation clinics free their own nurses for other work.

For people with a learning disability the value is a check that actually finds things, done by someone who
has time, in a room they know.
"""),
        ("spread", "Spread", """
All 23 practices now use the shared template and invitation process. A second federation in the ICB has
copied the model from April 2024, and our template has been shared with the regional learning
disability mortality review team.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I229  tracheostomy care at home - pdf - numbered questions - occupational
#       therapist voice - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I229", format="pdf", layout="numbered_questions", topic="tracheostomy_home",
    project="independent15-trachhome-229", pdf_font="DejaVuSans",
    title="Breathing Space: keeping people with a tracheostomy safe when they go home",
    cover=[
        "Primary entrant: Calderbrook Teaching Hospitals NHS Trust (Critical Care Outreach & Therapies)",
        "Partners: Calderbrook Community Services NHS Trust; Calder Valley Council Adult Social Care; Northern Ambulance Service NHS Trust",
        "Lead author - Clinical Specialist Occupational Therapist, long-term ventilation",
    ],
    primary_entrant=dict(name="Calderbrook Teaching Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Calderbrook Community Services NHS Trust", type="nhs_trust"),
        dict(name="Calder Valley Council", type="local_authority"),
        dict(name="Northern Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "1. Context and aims", """
As an occupational therapist I am usually the person asking how someone will manage at home: who will be
there at 3am, where the suction machine will sit, whether the stairs are safe. For people going home with
a long-term tracheostomy, those questions are about life and death. A blocked or displaced tube can kill in
minutes, and the person with the tube is often the only one in the house who knows what to do.

Across our area about 40 adults live at home with a tracheostomy at any one time. Between 2019 and 2021,
our trust and the community trust recorded 17 incidents involving a tube emergency at home, two of which
ended in a cardiac arrest. The reviews found the same gaps: carers from agencies who had never changed an
inner tube, no spare tube one size smaller in the house, ambulance crews arriving without knowing the
person had a tracheostomy, and a different emergency algorithm on every ward.

Breathing Space links the hospital, the community respiratory team, the council's commissioned care
agencies and the ambulance service with one pathway: a home-readiness assessment before discharge, a
standard emergency box kept by the front door, a bed-head sign, a flag on the ambulance record, and a
competency passport for every carer who looks after the person.
"""),
        ("evidence", "2. Evidence of improvement", """
We compared people discharged home with a tracheostomy in the two years before (31 people) and the two
years after (36 people) the pathway began in April 2022.

<<Q:Emergency readmissions within 30 days of discharge for a tube-related problem fell from 10 of 31
people to 3 of 36.>> <<Q:Reported tube emergencies at home dropped from 17 in the baseline period to 6.>>
<<Q:The proportion of homes with a complete emergency box on the first community visit went from
around half to every home audited.>>

<<Q:Delays to discharge while waiting for trained carers reduced from a median of 19 days to 8 days.>>
We recognise that these are small numbers and that a single bad winter could change them.
"""),
        ("stakeholders", "3. Involvement of patients, carers and staff", """
<<P:A retired joiner who has breathed through a tracheostomy for nine years came to every design meeting,
typing his comments on a tablet; he designed the box by the front door after telling us where his own
spare tube had been when he needed it, which was in a drawer upstairs.>> <<P:His wife and two other family
carers trialled the competency passport and asked for photographs rather than diagrams.>>

<<S:Domiciliary care workers from three agencies were paid by the council to attend two co-design
sessions, and they told us that the training was too long and too theoretical; it is now delivered in the
person's own home, using their own equipment.>> <<S:Paramedics tested the ambulance flag in simulated
calls and asked for the tube size and the date of the last change to appear on their handheld device,
which it now does.>>

<<S:Speech and language therapists, physiotherapists and nurses from critical care outreach all reviewed
the emergency algorithm, and the final version was agreed at a joint meeting of the two trusts' airway
groups.>>
"""),
        ("value", "4. Value for patients and the system", """
The emergency boxes cost about £85 each to stock. The competency passport is free. The main cost is
clinical time for home training, which we estimate at 20 hours per new discharge, funded from the
community trust's respiratory budget. Each emergency readmission avoided saves several days on an intensive
care or high-dependency unit.

More important is what people tell us. The man who designed the box says he now sleeps through the night,
because he knows that whoever is on shift can deal with a blocked tube.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I230  skin tears in care homes - docx - bullet lists - PRIVATE care home
#       group is primary entrant (ineligible) - no staff involvement (staff
#       trained only, one named lead)
# ---------------------------------------------------------------------------
entry(
    id="I230", format="docx", layout="bullet_lists", topic="skin_tears_care_homes",
    project="independent15-skintears-230",
    title="Gentle Hands: preventing skin tears in older residents",
    cover=[
        "Entrant - Larkspur Living Care Homes Ltd (group of 14 nursing and residential homes)",
        "Working with: Fenmoor Community Health NHS Trust tissue viability service; NHS Fenmoor ICB care home support team",
        "Contact: Group Director of Quality, Larkspur Living  /  quality@larkspur-example.co.uk",
    ],
    primary_entrant=dict(name="Larkspur Living Care Homes Ltd", type="private"),
    partners=[
        dict(name="Fenmoor Community Health NHS Trust", type="nhs_trust"),
        dict(name="NHS Fenmoor Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Context", """
Larkspur Living runs 14 care homes with 612 beds across Fenmoor. Many of our residents are in their late
eighties or nineties, with thin, fragile skin. Skin tears happen during ordinary care: a transfer from bed
to chair, a sleeve pulled over a hand, a leg knocked against a wheelchair footplate.

In 2021 our incident system logged skin tears as the most common harm across the group. The tissue
viability nurses from Fenmoor Community Health told us that many of the wounds they were called to
had started as tears which were dressed with adhesive plasters, then torn again when the plaster came off.

Families worry about skin tears more than we had realised. A daughter who visits her mother every day
wrote to one of our home managers in 2021 to say that she dreaded seeing a new bandage on her mother's arm,
because nobody could tell her how it had happened. That letter was one of the reasons the board agreed to
fund this work.

The ICB care home support team had also noticed a pattern in its own data: care homes in Fenmoor were
among the most frequent callers to the community nursing service for wound care, and a large share of
those calls were for tears on the shins and forearms.

Our aims were:

- to reduce the number of skin tears in our homes
- to make sure every tear was classified and dressed correctly on the day
- to stop using adhesive dressings on fragile skin
- to give families clear information about skin care
"""),
        ("evidence", "Evidence", """
We compared the 12 months before Gentle Hands with the 12 months after:

- <<Q:skin tears reported per 1,000 occupied bed days fell from 2.9 to 1.6>>
- <<Q:tears classified using the international three-type system rose from 12% of incidents to 84%>>
- <<Q:tears that went on to become chronic wounds needing tissue viability referral fell by 58%>>

We also:

- trained 388 care workers and nurses in the Gentle Hands session
- put padding on 240 wheelchair footplates and bed rails
- replaced adhesive dressings with silicone products in every home
"""),
        ("spread", "Spread", """
- all 14 Larkspur homes now use the Gentle Hands bundle
- the ICB care home support team has shared the bundle with independent homes in Fenmoor
- we would like to offer the training to other care home groups nationally
"""),
        ("value", "Value", """
- fewer painful wounds for residents
- fewer visits needed from tissue viability nurses
- less spent on dressings, because silicone products stay on longer
- a small cost for padding, around £9 per wheelchair
- care staff who feel more confident handling residents with fragile skin
- a closer working relationship with the community tissue viability nurses, who now visit each home every quarter
"""),
        ("stakeholders", "Stakeholders", """
The project was led by our Group Director of Quality, who reported progress each month to the ICB's
care home matron.

- care staff in every home completed the Gentle Hands training and were told about the new dressings
- home managers were sent a monthly dashboard of skin tear incidents
- residents' families were given a leaflet about long sleeves, moisturising and shin protectors
- <<P:residents at two homes chose the colour and fabric of the shin protectors after trying samples, and rejected the first design because it was too hot to wear in summer>>
- we plan to ask care staff for their views on the bundle in a survey next year
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I231  wrong-route medicines - pdf via soffice (style headings) - Northern
#       Ireland trust voice - no flags
# ---------------------------------------------------------------------------
entry(
    id="I231", format="pdf", layout="style_headings", topic="wrong_route_medicines",
    project="independent15-wrongroute-231", render_via="soffice", docx_font="Liberation Serif",
    title="One Way Only: ending wrong-route errors with oral and enteral medicines",
    cover=[
        "Entrant: Lagan and Mourne Health and Social Care Trust",
        "In partnership with the Regional Pharmacy Procurement Service (Northern Ireland) and Queen's Field University School of Pharmacy",
        "Submitted by the Trust's Medication Safety Officer on behalf of the One Way Only group",
    ],
    primary_entrant=dict(name="Lagan and Mourne Health and Social Care Trust", type="nhs_trust"),
    partners=[
        dict(name="Regional Pharmacy Procurement Service (Northern Ireland)", type="public_other"),
        dict(name="Queen's Field University", type="university"),
    ],
    sections=[
        ("context", "Background and patient safety goals", """
Lagan and Mourne Health and Social Care Trust provides hospital, community and social care services for
around 380,000 people. In Northern Ireland health and social care are integrated, which means that the
same trust employs the ward nurse in the acute hospital and the community nurse who gives liquid medicines
through a gastrostomy in a person's home.

Giving an oral liquid medicine by injection, or an intravenous medicine into a feeding tube, can be fatal.
In 2020 and 2021 we recorded 23 wrong-route incidents and near misses across our services, most of them
involving syringes. The root causes were familiar: some wards still stocked Luer-tip syringes for oral
liquids, neonatal staff drew up enteral feeds in intravenous syringes when the right ones ran out, and
community teams bought their own equipment from different suppliers.

Our goal was to make the wrong route physically impossible rather than relying on vigilance: to use only
ENFit enteral syringes and connectors for every oral and enteral medicine, everywhere the Trust works, and
to remove Luer syringes from the places where oral liquids are given.
"""),
        ("evidence", "Results", """
Queen's Field University pharmacy students audited syringe stock and practice on 62 wards and in 14
community teams before the change and again twelve months later.

<<Q:Wrong-route incidents and near misses reported through our incident system fell from 23 in the two
years before to 4 in the two years after, none of which reached a patient.>> <<Q:The proportion of clinical
areas where Luer syringes were found in oral medicine stock fell from 71% to 3%.>>

<<Q:Stock-outs of enteral syringes, which had driven staff to use intravenous syringes, went from a
monthly occurrence in the neonatal unit to none in the last nine months.>> We hoped to see the same result
in the mental health wards, where liquid medicines are common, but the audit there was incomplete, and we
have not included those wards in the figures.
"""),
        ("stakeholders", "Involving staff, patients and carers", """
<<S:Ward pharmacists and pharmacy technicians walked every ward with the ward manager and decided together
what stock would go and what would stay, and it was a pharmacy technician who spotted that the Luer
syringes in the community nursing bags were being ordered on a separate catalogue.>> <<S:Neonatal nurses
tested four makes of low-dose tip syringe and chose the one that gave the most accurate small volumes;
their choice was adopted by the regional procurement service for the whole of Northern Ireland.>>

<<P:Parents of children fed by gastrostomy, recruited through the Trust's Personal and Public Involvement
team, tried the new connectors at home and told us that the extension sets they were given did not fit
their pumps; procurement changed the supplier as a result.>> <<P:One mother wrote a short guide for other
families on the switch, which we now give out with every new supply.>>
"""),
        ("value", "Value added", """
The switch was close to cost-neutral, because ENFit syringes cost about the same as the syringes they
replaced when bought through the regional contract. A single wrong-route event can cause death or
permanent harm, so each avoided incident is significant. Staff tell us it is a relief to know the
syringe in their hand simply cannot go into a cannula.
"""),
        ("spread", "Spread and sustainability", """
The regional procurement service has moved every health and social care trust in Northern Ireland onto
the same contract, and two other trusts have used our ward walk-round checklist. Stock checks are now part
of the monthly pharmacy top-up, so the change does not depend on one project team.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I232  antenatal smoking - docx - rubric headings - co-authored by a
#       Maternity and Neonatal Voices Partnership chair - no flags
# ---------------------------------------------------------------------------
entry(
    id="I232", format="docx", layout="rubric_headings", topic="antenatal_smoking",
    project="independent15-antenatalsmoking-232", docx_font="Georgia",
    title="Clear Air for Two: opt-out smoking support in pregnancy",
    cover=[
        "Primary entrant: Ashdale and Thorne Maternity Services, Ashdale Teaching Hospitals NHS Foundation Trust",
        "Partners: Thorne Metropolitan Borough Council (Public Health) ; Ashdale and Thorne Maternity and Neonatal Voices Partnership",
        "Co-authors: Consultant midwife for public health; Chair, Ashdale and Thorne MNVP (written in both our voices)",
    ],
    primary_entrant=dict(name="Ashdale Teaching Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Thorne Metropolitan Borough Council", type="local_authority"),
        dict(name="Ashdale and Thorne Maternity and Neonatal Voices Partnership", type="patient_group"),
    ],
    sections=[
        ("context", "The context, the service and its patient safety goals", """
We are writing this entry together: one of us is the consultant midwife who leads public health in
maternity, and the other chairs the Maternity and Neonatal Voices Partnership and had her first baby at
Ashdale while still smoking ten cigarettes a day.

Smoking in pregnancy is the biggest modifiable risk factor for stillbirth, low birth weight and sudden
infant death. In 2021, 17% of women giving birth in Ashdale and Thorne were smoking at the time of
delivery, nearly double the national figure. Support was available, but midwives had to ask whether a
woman wanted a referral, and most women, worried about being judged, said no. The council's stop-smoking
service was located in a town-centre clinic that most pregnant women never visited.

Clear Air for Two changed the default. Every woman has a carbon monoxide reading at booking and at 36
weeks. Anyone with a raised reading is referred automatically, on an opt-out basis, to a tobacco
dependence adviser based in the antenatal clinic, funded by the council. Nicotine replacement is provided
free, on the day, and the adviser follows up by text and phone rather than asking women to travel.
"""),
        ("evidence", "Evidence of improved patient safety", """
<<Q:Smoking at the time of delivery fell from 17.2% in 2021/22 to 10.4% in 2023/24.>> <<Q:The proportion of
women who smoke and are referred for support rose from 28% to 96% after the opt-out model began.>>
<<Q:Four-week quit rates, validated by carbon monoxide reading, increased from 19% to 37% of women who set a
quit date.>>

We would like to know whether birth weight has changed, but the numbers of babies born to women who
smoked are too small to say anything yet; the council's public health analysts will look at three years of
data in 2025.

The figures come from the maternity information system and the council's stop-smoking database, matched
by the public health team each quarter.
"""),
        ("stakeholders", "Stakeholder involvement, including patients and staff", """
<<P:The Voices Partnership ran listening events in three children's centres and a baby bank, where women
who smoked told us that the word 'referral' felt like being reported to social services; the letter and
the conversation script were rewritten to talk about 'a chat with Jo or Sam, who help with smoking'.>>
<<P:Women with recent experience of smoking in pregnancy also chose where the adviser sits: next to the
scan waiting room, not down the corridor.>>

<<S:Community midwives were surveyed before the launch and again at three months, and their answers
changed the process: they said the carbon monoxide monitors took too long to calibrate in clinic, so the
council bought monitors that calibrate themselves.>> <<S:Maternity support workers asked to be trained as
level 2 advisers themselves, and four of them now run the Saturday drop-in.>>

The council's director of public health and our director of midwifery co-chaired the programme board.
"""),
        ("value", "Value of the partnership", """
The advisers cost the council about £118,000 a year. Each stillbirth, neonatal admission or premature
birth avoided is worth far more, in pounds and in grief. The partnership has also changed the tone of
maternity care: smoking is now discussed like any other health condition, without shame.
"""),
        ("spread", "Spread and sustainability", """
The opt-out pathway is part of the Trust's maternity guideline and the council's commissioning
specification to 2027. The neighbouring maternity unit at Thorne Royal has asked for our scripts and
letters, and the local maternity and neonatal system has included the model in its equity and equality
action plan.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I233  controlled drugs at home (end of life) - pdf - CAPS headings - no
#       quantitative evidence (counts, one-off values, target not met) - no
#       staff involvement (staff trained and informed, a named lead)
# ---------------------------------------------------------------------------
entry(
    id="I233", format="pdf", layout="caps_headings", topic="community_controlled_drugs",
    project="independent15-cdcommunity-233", pdf_font="LiberationSans",
    title="Safe at Home, Safe Afterwards: controlled drugs in the community at the end of life",
    cover=[
        "LEAD ORGANISATION: Harrowdene Community and Mental Health NHS Trust",
        "PARTNERS: NHS Harrowdene ICB (Controlled Drugs Accountable Officer); Harrowdene Police; Harrowdene Local Pharmaceutical Committee",
        "Entry prepared by: Head of Medicines Safety, Harrowdene Community and Mental Health NHS Trust",
    ],
    primary_entrant=dict(name="Harrowdene Community and Mental Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="NHS Harrowdene Integrated Care Board", type="icb"),
        dict(name="Harrowdene Police", type="emergency_service"),
        dict(name="Harrowdene Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "CONTEXT AND AIMS", """
When someone is dying at home, the medicines kept in the house change. Injectable morphine, midazolam and
oxycodone are prescribed 'just in case', supplied by a community pharmacy, and kept in a kitchen cupboard
alongside the tea bags. District nurses use them, families watch over them, and after the person dies,
they often stay in the house for weeks.

In 2021 our incident system and the ICB's controlled drugs reports showed a run of problems: ampoules
missing from the stock chart with no explanation, a relative who was found to be taking injectable
midazolam some months after his mother died, and several homes where nobody knew how to dispose of the
remaining drugs. The local intelligence network, which brings together the NHS, the police and
regulators, asked our Trust to lead a joint response.

Safe at Home, Safe Afterwards has four parts: a single controlled drugs record that stays in the home and
is used by every nurse and doctor who visits; a lockable tin supplied with every end-of-life supply; a
return bag and a pre-paid pharmacy return agreement; and a clear process for the police when
controlled drugs go missing.
"""),
        ("evidence", "EVIDENCE OF IMPROVEMENT", """
The project started in September 2022. Since then, 1,264 lockable tins have been issued through 41
community pharmacies. In the twelve months to September 2023, district nurses completed the new home record
in 92% of the homes that were audited. We set a target that every end-of-life supply would be returned to a
pharmacy within 14 days of the patient's death, and we have not yet met it; in the most recent quarter, 64%
of supplies were returned within that time.

The police have dealt with 11 reports of missing controlled drugs from homes using the new process. The
ICB's controlled drugs team received 37 incident reports about community end-of-life medicines in the
year, which is a figure we will use as a baseline for future years.

Because the old paper record did not let us count missing ampoules in a comparable way, we cannot yet say
whether losses have gone down, and we do not claim that they have.
"""),
        ("stakeholders", "STAKEHOLDER INVOLVEMENT", """
The work was led by the Trust's head of medicines safety, who wrote the standard operating procedure and
reported progress to the ICB's controlled drugs accountable officer.

<<P:Bereaved family members who had been left with medicines after a death were interviewed by the
hospice's family support team, and their comments led to the tin having a label on the lid that says what
to do after the person dies, with a phone number.>> <<P:A carers' group at Harrowdene Hospice tested the
return bag and asked for it to be opaque, so that neighbours could not see what was being carried to the
pharmacy.>>

All 286 district nurses and the out-of-hours GPs were trained in the new record through a mandatory
e-learning module and were sent a laminated quick guide. Community pharmacists were informed of the
return agreement by the Local Pharmaceutical Committee's newsletter. Police officers received a briefing
note. We intend to survey district nurses about the record in 2024.
"""),
        ("value", "VALUE", """
Each tin costs £6.20 and each return bag 40p, paid for by the ICB. The police say the new process saves
officer time because reports now arrive with a complete record. For families, the value is a clear
instruction at a difficult time, and one less thing to worry about after a death.
"""),
        ("spread", "SPREAD", """
The lockable tin and the home record are now standard in all four localities of the Trust, and the ICB has
shared the model with the two other local intelligence networks in the region. Two hospices in the area
have started using our home record for their own community teams.
"""),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I234  frequent attenders (high intensity use) - docx - reordered sections -
#       ED + ambulance + housing + charity - no flags
# ---------------------------------------------------------------------------
entry(
    id="I234", format="docx", layout="reordered", topic="frequent_attenders",
    project="independent15-frequentattenders-234",
    title="Known to Us: a partnership for people who attend A&E most often",
    cover=[
        "Lead entrant: Milnthorpe General Hospital NHS Trust  (Urgent & Emergency Care Division)",
        "Partner orgs: East Pennine Ambulance Service NHS Trust | Milnthorpe Borough Council Housing Options | The Lantern Project (charity)",
        "Category: Best Partnership Solution Improving Patient Safety  -- ref no. HSJPSA/0093",
    ],
    primary_entrant=dict(name="Milnthorpe General Hospital NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="East Pennine Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Milnthorpe Borough Council", type="local_authority"),
        dict(name="The Lantern Project", type="charity"),
    ],
    sections=[
        ("stakeholders", "Who was involved and how", """
<<P:The people at the centre of this work told us what was wrong. Eleven of our most frequent attenders
agreed to be interviewed by a peer researcher from The Lantern Project, someone who had himself attended
A&E more than sixty times in a year, and they described being seen as a nuisance and discharged without
anyone asking why they kept coming back.>> <<P:Three of them then joined the design group and wrote the
one-page 'what helps me' summary that now sits at the top of each person's plan.>>

<<S:Emergency department nurses, paramedics, a housing officer and two consultants met fortnightly for
four months to agree the plans; it was the security team, not the clinicians, who pointed out that
several people were most at risk when they were asked to leave the department at night, and the plans now
say where each person can safely go.>> <<S:Ambulance call handlers tested the plan flags on their system
and asked for a single line of advice rather than a full document.>>
"""),
        ("context", "Why we did this", """
Around 1% of people who use Milnthorpe's emergency department account for almost 9% of attendances.
Many of them are among the most unwell and unsafe people in the town: people sleeping rough, people with
alcohol dependence, people with long-standing mental illness and chronic pain, people living with the
consequences of trauma. Each attendance is treated as a new event by a new doctor, which means repeated
scans, repeated opioid prescriptions and, too often, missed new illness.

In 2021 two of our regular attenders died within weeks of being discharged from the department; the
reviews found that their plans of care, where they existed, were in four different record systems that
nobody could see at once.

Known to Us brings together the hospital, the ambulance service, the council's housing team and a local
charity for people facing multiple disadvantage. Each person who attends five or more times in three
months is offered a key worker from The Lantern Project and a shared plan visible to the ED and the
ambulance service.
"""),
        ("evidence", "What changed", """
We followed the first 74 people who were offered a key worker, comparing the six months before enrolment
with the six months after.

<<Q:Emergency department attendances for this group fell from 1,318 to 604, a reduction of 54%.>>
<<Q:Ambulance conveyances dropped by 49%, and emergency admissions from 212 to 121.>> <<Q:CT head scans
in the group fell from 97 to 31, reducing radiation exposure for people who had been scanned again and
again.>>

Eighteen people moved into settled accommodation during the project, which we report as an activity
rather than an outcome we can attribute to Known to Us.
"""),
        ("value", "Value", """
The key worker posts cost £142,000 a year, funded jointly by the Trust and the ICB. Using national tariff
costs, the reduction in attendances, conveyances and admissions is worth around £690,000 a year. The
bigger value is safety: fewer unnecessary scans and opioid prescriptions, and a better chance that
something new will be noticed because the ED team knows what normal looks like for that person.
"""),
        ("spread", "Sharing the model", """
East Pennine Ambulance Service is spreading the plan flags to two other emergency departments it serves.
The Lantern Project has been commissioned to provide key workers in a neighbouring borough from April
2024, and we have shared our plan template with the national high intensity use network.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I235  heat illness in outdoor workers - pdf - with appendix - university
#       team voice - no patient involvement (workers as audiences and
#       beneficiaries, a survey that changed nothing)
# ---------------------------------------------------------------------------
entry(
    id="I235", format="pdf", layout="with_appendix", topic="heat_illness_outdoor_workers",
    project="independent15-heatillness-235", pdf_font="LiberationSerif",
    title="Too Hot to Work? Preventing heat illness among council outdoor workers and farm labourers",
    cover=[
        "Lead: University of Eastmarsh, Centre for Environmental and Occupational Health",
        "Partners: Eastmarsh County Council (Occupational Health & Safety); East Fenland Ambulance Service NHS Trust; NHS Eastmarsh ICB",
        "Prepared by the Centre's research team, Oct 2024",
    ],
    primary_entrant=dict(name="University of Eastmarsh", type="university"),
    partners=[
        dict(name="Eastmarsh County Council", type="local_authority"),
        dict(name="East Fenland Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="NHS Eastmarsh Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Context and patient safety goals", """
Heat illness is usually thought of as a problem for older people at home, and most heat-health plans are
written with them in mind. Our university team studies occupational health, and after the July 2022 heat
episode we were asked by the county council to look at a group that heat plans tend to forget: people who
work outdoors. The council employs highway crews, grounds maintenance staff and refuse collectors, and the
county's farms and packhouses employ several thousand seasonal labourers.

During the 2022 heat episode the ambulance service attended 63 calls for heat-related illness in people
at work in the county, and two farm labourers were admitted to intensive care with heat stroke. Reviews
found that work schedules did not change with the weather, drinking water was not always available in the
field, and early symptoms such as cramps and confusion were dismissed by workers and supervisors alike.

The partnership built a heat-action protocol triggered by the national heat-health alerts: earlier start
times, mandatory shade and water breaks, buddy checks for early symptoms, and a direct line from site
supervisors to an ambulance clinical hub for advice. The ICB funded translated materials for seasonal
workers.
"""),
        ("evidence", "Evidence of impact", """
We compared the summers of 2022 and 2023, and adjusted for the number and intensity of heat-alert days in
each, using ambulance and hospital data supplied by our partners.

<<Q:Ambulance calls for heat-related illness in people at work fell from 63 in summer 2022 to 21 in summer
2023.>> <<Q:After adjustment for the number of heat-alert days, the rate of heat-related emergency
department attendances among working-age adults in farming districts was 41% lower.>> <<Q:Among council
outdoor crews, reported heat symptoms on the weekly check sheet fell from 18% of shifts on amber or red
alert days to 7%.>>

Appendix A sets out how these measures were defined.
"""),
        ("stakeholders", "Stakeholder involvement", """
<<S:Ambulance clinical hub clinicians helped design the supervisor advice line and, after listening to the
first test calls, insisted that supervisors be asked three fixed questions about confusion, vomiting and
skin temperature before anything else.>> <<S:Council health and safety advisers and crew supervisors tested
the heat-action protocol on two highways depots during a warm week in June 2023 and told us the water
breaks were unworkable on motorway verges, so the protocol was changed to allow breaks in the crew
vehicle with air conditioning running.>>

Outdoor workers are the people the project exists to protect. They received the heat cards and posters in
nine languages, and farm workers attended short talks at the start of the season. We sent an online
survey to council crews at the end of the 2023 summer; the response rate was low and the protocol was
not changed as a result. We hope to involve seasonal workers more directly next year through the county's
migrant worker forum.
"""),
        ("value", "Value", """
The project cost about £48,000, mostly for translation, water stations and the evaluation. An ICU
admission for heat stroke can cost more than that on its own. Employers have also reported fewer lost
shifts on hot days, and the ambulance service has fewer calls to sites where nobody knows what to do.
"""),
        ("spread", "Spread", """
The protocol is now part of the county council's health and safety policy and has been adopted by the
district councils. The regional public health team has shared it with farm employers across the East of
England, and the ambulance hub advice line is available to any employer in the county.
"""),
    ],
    trailer=[
        ("heading", "Appendix A: Definitions and data sources"),
        ("para", "Heat-related illness call: ambulance call coded as heat exhaustion, heat stroke, heat cramps or dehydration in a person reported to be at work, 1 June to 15 September."),
        ("para", "Heat-alert days: amber or red heat-health alert days for the region (2022: 14; 2023: 11)."),
        ("para", "Rate ratio estimated by Poisson regression, offset by heat-alert days; 95% confidence interval 0.44 to 0.79."),
        ("heading", "Appendix B: Contacts"),
        ("para", "Centre for Environmental and Occupational Health, University of Eastmarsh, Fen Road, Eastmarsh EM4 7QT. Tel 01354 880 211."),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I236  stroke swallow screening - docx - no headings - one trust only, two
#       of its own units called 'partners' (ineligible)
# ---------------------------------------------------------------------------
entry(
    id="I236", format="docx", layout="no_headings", topic="stroke_swallow_screening",
    project="independent15-strokeswallow-236",
    title="Four Hours to Swallow Safely: stroke swallow screening from the front door",
    cover=[
        "Entrant: Redmarsh and Dunholme NHS Foundation Trust",
        "A partnership between the Emergency Department and the Hyper-Acute Stroke Unit (both Redmarsh and Dunholme NHS FT)",
        "Lead contact: stroke nurse consultant",
    ],
    primary_entrant=dict(name="Redmarsh and Dunholme NHS Foundation Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", None, """
Our hyper-acute stroke unit admits about 1,100 patients a year, most of them through the emergency
department. National guidance says that a patient with a suspected stroke should have their swallow
screened within four hours of arrival, before they are given anything by mouth, because up to half of
people with a stroke have some difficulty swallowing and are at risk of aspiration pneumonia.

In 2021 our audit data showed that screening often did not happen until the patient reached the stroke
unit, which could be many hours later when the department was full. In the meantime patients were given
tablets with water, cups of tea by well-meaning relatives, and sandwiches from the trolley. Three serious
incident reviews in two years linked aspiration pneumonia to food or drink given before a swallow screen.

The emergency department and the stroke unit agreed to make swallow screening a shared responsibility.
ED nurses now screen every suspected stroke patient using the same bedside test as the stroke unit, a
'nil by mouth until screened' sign goes on every trolley, and the stroke nurses in-reach to the department
to screen anyone not yet done by the two-hour mark.
"""),
        ("evidence", None, """
<<Q:The proportion of stroke patients screened within four hours of arrival rose from 46% in 2021/22 to
89% in 2023/24.>> <<Q:Aspiration pneumonia within seven days of admission fell from 9.8% of stroke
admissions to 5.1%.>> <<Q:Incidents in which a patient was given oral food, fluid or tablets before
screening went from 27 in the baseline year to 5.>>
"""),
        ("stakeholders", None, """
<<S:ED nurses helped to choose the screening test and trialled it for a month on night shifts, and asked
for the water cup and spoon to be kept in a labelled box in the stroke bay so that no-one had to look for
them.>> <<S:Housekeepers and volunteers who run the drinks trolley were consulted and suggested the
red-cup sign on the trolley rail, which they now check before offering a drink.>>

<<P:Stroke survivors from the unit's follow-up clinic, and the wife of a man who had developed pneumonia
after being given a cup of tea in the department, helped write the 'why I cannot eat or drink yet'
card for relatives; she asked that it be given to families before they go to the café.>>
"""),
        ("value", None, """
Each case of aspiration pneumonia adds days to a stroke admission and carries a high risk of death. The
changes cost very little: the screening kits, signs and cards together cost under £1,000. The main
investment was the in-reach time of stroke nurses, which has been absorbed within the existing rota.
Patients get a swallow screen hours earlier, and families understand why they must wait.
"""),
        ("spread", None, """
The screening protocol has been adopted by the acute medical unit and the frailty unit in our trust, and
we have offered it to the other hospitals in the regional stroke network. We presented the work at the
regional stroke forum in 2024.

Keeping the gains depends on the two departments continuing to own the problem together. The ED and
stroke unit matrons review every missed screen at a joint huddle each Monday, and the screening rate is
reported on the same page of the Trust's integrated performance report as door-to-needle time for
thrombolysis, so that the board sees both measures side by side. New ED nurses are shown the screen in their first
week in the department.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I237  delirium prevention at home after hip fracture - pdf - no headings -
#       orthogeriatrician voice - no quantitative evidence (plans, a single
#       figure, numbers trained) - no staff involvement (staff trained, told)
# ---------------------------------------------------------------------------
entry(
    id="I237", format="pdf", layout="no_headings", topic="hip_fracture_delirium_home",
    project="independent15-hipdelirium-237", pdf_align="L", pdf_font="DejaVuSans",
    title="Home Safe, Mind Clear: preventing delirium at home after hip fracture",
    cover=[
        "Wyvern Valley Hospitals NHS Trust (lead) + Age Concern Wyvern + Wyvern Valley Council reablement service",
        "Written by a consultant orthogeriatrician, Wyvern Valley Hospitals NHS Trust",
    ],
    primary_entrant=dict(name="Wyvern Valley Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Age Concern Wyvern", type="charity"),
        dict(name="Wyvern Valley Council", type="local_authority"),
    ],
    sections=[
        ("context", None, """
Every year about 640 people aged over 65 are admitted to our hospital with a broken hip. We have worked
hard on delirium prevention on the orthopaedic wards, but the pressure to send people home quickly means
that many now leave hospital within ten days of surgery, at the point when delirium risk is still high.
Our hip fracture database shows that people readmitted within a month often came back confused,
dehydrated, constipated or in pain, and some had fallen again.

When I visited patients at home with our reablement colleagues, the reasons were obvious. Glasses and
hearing aids had been left on the ward. Clocks had stopped. People were sleeping downstairs in a chair,
with the lights on all night, eating very little, and taking strong painkillers without anyone checking
their bowels. Families did not know the early signs of delirium or who to call.

Home Safe, Mind Clear extends our ward delirium bundle into the first fourteen days at home. Before
discharge, each patient and family receives a 'mind clear' box with a clock, a night light, a large-print
medicines chart, a bowel diary and a card describing the early signs of delirium. A trained volunteer
from Age Concern Wyvern telephones or visits on days 2, 5 and 10, working from a short checklist, and
can call the orthogeriatric nurse directly. Council reablement workers look for the same signs during
their visits.
"""),
        ("evidence", None, """
Since the start of the service in May 2023, 287 patients have received a box and volunteer follow-up, and
volunteers have made 1,104 calls or visits. The orthogeriatric nurse received 63 direct referrals from
volunteers and reablement workers, most commonly for constipation, pain and new confusion.

Our aim is to reduce 30-day readmissions with delirium by a quarter by March 2025. In the first year,
the 30-day readmission rate for people who received the service was 8.6%. We do not yet have a matched
comparison group, and the national hip fracture database definitions changed in 2023, so we cannot
compare this figure fairly with earlier years. An evaluation with the university's ageing research
group is planned.
"""),
        ("stakeholders", None, """
<<P:The contents of the box were chosen by a group of former hip fracture patients and their relatives
who met at the Age Concern day centre; it was a woman in her nineties who asked for the clock to show the
day of the week as well as the time, and her son who suggested the bowel diary, after watching his father
go through a week of constipation that nobody noticed.>> <<P:The same group read the volunteer checklist
aloud and rewrote questions that they felt sounded like a memory test.>>

Nurses on the orthopaedic wards were trained to prepare the boxes and explain them to families, and all
reablement workers attended a one-hour briefing on delirium. The project was led by our orthogeriatric
nurse specialist, who manages the referrals. Age Concern volunteers, 34 in total, completed a day's
training. We intend to ask ward staff for their views in the second year.
"""),
        ("value", None, """
Each box costs around £27. The volunteer service is funded by a small grant from the hospital charity and
the Trust pays for the orthogeriatric nurse's time. Families tell us that the calls give them somebody to
ask, and volunteers have found problems that would otherwise have waited for a GP appointment.
"""),
        ("spread", None, """
The council has asked us to offer the same boxes to people discharged after other fractures. We have
shared the box contents and volunteer checklist with the regional fragility fracture network.
"""),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I238  wrong blood in tube - docx - style headings - transfusion
#       practitioner voice - NO evidence section; a measured change appears in
#       the value section (so no no_quantitative_evidence flag)
# ---------------------------------------------------------------------------
entry(
    id="I238", format="docx", layout="style_headings", topic="wrong_blood_in_tube",
    project="independent15-wbit-238", docx_font="Calibri",
    title="Right Patient, Right Tube: eliminating wrong blood in tube across hospital and community phlebotomy",
    cover=[
        "Primary entrant :: Southmead Vale NHS Foundation Trust (Hospital Transfusion Team)",
        "Partners :: NHS Blood and Transplant (Patient Blood Management practitioner); Vale Primary Care Networks Alliance; Southmead Vale GP practices",
        "By: Lead Transfusion Practitioner",
    ],
    primary_entrant=dict(name="Southmead Vale NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="NHS Blood and Transplant", type="public_other"),
        dict(name="Vale Primary Care Networks Alliance", type="primary_care"),
    ],
    sections=[
        ("context", "Background", """
Wrong blood in tube means a blood sample labelled with one patient's details that contains another
patient's blood. For transfusion, it is the error that can kill: a group and screen on the wrong blood
can lead to an ABO-incompatible transfusion. As a transfusion practitioner I see these errors caught in
the laboratory when a sample does not match the historical blood group, but that only works if the
patient has been grouped before.

Our laboratory receives samples from the hospital wards and emergency department, and from GP surgeries
and community phlebotomy clinics for pre-operative and antenatal testing. In 2021/22 we identified 38
wrong blood in tube events. Most involved hand-written labels, samples labelled away from the patient,
or two patients being bled in quick succession.

We set out, with NHS Blood and Transplant and the primary care networks, to make sample labelling the
same everywhere: positive patient identification by asking the patient to state their name and date of
birth, labelling at the bedside or chair, electronic printing of labels where possible, and a second
sample for every first-time group and screen.
"""),
        ("stakeholders", "Working with patients and staff", """
<<S:Phlebotomists from the hospital and from four GP practices spent two afternoons watching each other
work and mapping every step from request to labelled tube; they found that community clinics were
pre-printing labels in the morning for the whole list, a practice they themselves proposed to stop.>>
<<S:Emergency department healthcare assistants tested three handheld label printers and chose the one
that could be cleaned with the department's wipes.>>

<<P:Patients attending the antenatal clinic were asked what it felt like to be asked their name and date
of birth again and again; several said it felt as if staff had not been listening, so a short
explanation, 'we ask every time to keep your blood safe', was added to the script and to a poster that
pregnant women helped word.>> <<P:A patient representative from the Trust's transfusion committee, who had
received many transfusions for thalassaemia, reviewed the training video and appears in it.>>
"""),
        ("value", "Value and impact", """
Every wrong blood in tube event has the potential to cause a fatal transfusion reaction, and each one
also costs laboratory time, a repeat sample and, sometimes, a delayed operation or a cancelled clinic
appointment. <<Q:Since the changes, wrong blood in tube events reported by the laboratory have fallen from
38 in 2021/22 to 11 in 2023/24.>> Handheld printers cost £390 each, and we bought 46 of them. The two-sample
rule adds a few minutes to a first booking appointment.

Staff tell us the process is simpler, because it is the same wherever they work.
"""),
        ("spread", "Sharing and spreading", """
The community phlebotomy standard has been adopted by every primary care network in Southmead Vale.
NHS Blood and Transplant has included our mapping exercise in its regional transfusion practitioner
training, and two trusts in the region are piloting our label printer process. We have also shared the
patient poster with the regional maternity network.

We have written the labelling standard into the transfusion policy, and compliance is checked in the
annual transfusion audit reported to the Trust's hospital transfusion committee. The primary care
networks have included it in their phlebotomy service specification. We have also made a short film with
our patient representative, which is shown on induction for every new phlebotomist, nurse and doctor in
the Trust, and which the community clinics use on their waiting-room screens.
"""),
    ],
    flags=[dict(code="missing_section", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I239  hypoglycaemia attended but not conveyed - docx - numbered questions -
#       ambulance service primary entrant, paramedic voice - no flags
# ---------------------------------------------------------------------------
entry(
    id="I239", format="docx", layout="numbered_questions", topic="hypoglycaemia_non_conveyance",
    project="independent15-hypononconvey-239",
    title="After the Sugar: closing the safety gap for people treated for hypoglycaemia and left at home",
    cover=[
        "Entrant - Severnside Ambulance Service NHS Trust ;; partners - Severnside Community Diabetes Service (Marcher Health NHS Trust) and NHS Severnside ICB",
        "author = specialist paramedic (urgent care) & diabetes nurse consultant, jointly",
    ],
    primary_entrant=dict(name="Severnside Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Marcher Health NHS Trust", type="nhs_trust"),
        dict(name="NHS Severnside Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Q1. Please describe the context of your entry and the patient safety goals", """
Ambulance crews treat thousands of people with severe hypoglycaemia every year. Most recover quickly with
glucose gel or intravenous glucose, and around two thirds are left safely at home rather than taken to
hospital. But being left at home was too often the end of the story. Crews would leave a copy of the
patient record on the kitchen table, advise the person to 'see your GP', and nobody in the diabetes team
would know that anything had happened.

A severe hypo is a warning. It often means that insulin or sulfonylurea doses are too high, that the
person has lost their warning symptoms, or that something else has changed, such as kidney function or
eating. People who have one severe hypo are much more likely to have another, and some of our call
reviews found people we had attended four or five times in a year without any change to their treatment.

After the Sugar is a direct electronic referral from the ambulance patient record to the community diabetes
service for every patient treated for hypoglycaemia and not conveyed. A diabetes nurse phones the person
within two working days, reviews their medicines with their GP and, where needed, offers a continuous
glucose monitor. The ICB funded the extra nursing time.
"""),
        ("evidence", "Q2. What evidence do you have of improved patient safety? Please give quantitative examples", """
We linked ambulance records with the diabetes service records for 12 months before and 12 months after
the referral pathway began in October 2022.

<<Q:The proportion of non-conveyed hypoglycaemia patients who had contact with a diabetes specialist within
a week rose from 6% to 83%.>> <<Q:Repeat ambulance calls for hypoglycaemia within six months fell from 24%
of patients to 13%.>> <<Q:Among people who had a medicines review, sulfonylurea or insulin doses were
reduced in 58%, and the average number of severe hypos in this group in the following six months went
down from 1.9 to 0.6 per person.>>
"""),
        ("stakeholders", "Q3. How have patients and staff been involved?", """
<<P:People with type 1 and type 2 diabetes from the ICB's diabetes patient panel sat on the project board.
They were the ones who argued that the nurse should phone rather than write, because a letter arriving
a week later felt like being told off, and the script the nurses use was reworded by them.>>
<<P:A man who had called 999 eleven times in a year for hypos agreed to test the process before launch and
told us that the referral form should ask who lives with the patient, so that partners could be
included in the call.>>

<<S:Crews from two ambulance stations piloted the referral button for six weeks and asked for it to
pre-fill the glucose readings from the record, which saved them re-typing; without that change they said
it would not be used at 4am.>> <<S:Diabetes specialist nurses set the triage rules for who is seen first
and agreed with GPs the wording of the medicines review letter.>>
"""),
        ("value", "Q4. What value has been added?", """
Each repeat ambulance call costs around £300, and each avoided hospital admission several thousand pounds.
The ICB's finance team estimate that the pathway saves more than it costs in its first year. For patients,
the value is someone who rings back, takes their hypos seriously and helps change the treatment that is
causing them.
"""),
        ("spread", "Q5. How has the initiative been spread or shared?", """
The referral button is now live across the whole of the Severnside Ambulance Service area and feeds three
community diabetes services. Two other ambulance services have asked for our electronic form
specification, and the pathway has been presented at the national ambulance diabetes leads' network.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I240  methotrexate in community pharmacy - pdf - form table - ICB primary
#       entrant - NO value section - no patient involvement (patients as
#       recipients of cards, a plan, a negation)
# ---------------------------------------------------------------------------
entry(
    id="I240", format="pdf", layout="form_table", topic="methotrexate_community_pharmacy",
    project="independent15-methotrexate-240",
    title="Once a Week Means Once a Week: safer oral methotrexate through community pharmacy",
    cover_table=[
        ("Title of entry", "Once a Week Means Once a Week: safer oral methotrexate through community pharmacy"),
        ("Organisation (primary entrant)", "NHS Kestrel Moor Integrated Care Board - Medicines Optimisation Team"),
        ("Partners", "Kestrel Moor Community Pharmacy (LPC); Kestrel Moor Teaching Hospitals NHS FT rheumatology & dermatology; Hale University School of Pharmacy"),
        ("Award category", "Best Partnership Solution Improving Patient Safety"),
        ("Word count", "approx. 900"),
    ],
    primary_entrant=dict(name="NHS Kestrel Moor Integrated Care Board", type="icb"),
    partners=[
        dict(name="Kestrel Moor Community Pharmacy", type="primary_care"),
        dict(name="Kestrel Moor Teaching Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Hale University", type="university"),
    ],
    sections=[
        ("context", "Context and patient safety goals", """
Oral methotrexate is taken once a week for rheumatoid arthritis, psoriasis and other conditions. Taken
daily by mistake, it can cause bone marrow failure and death within days. It is one of the most commonly
reported high-risk medicines in national incident data, and in Kestrel Moor we had two deaths linked to
daily dosing between 2018 and 2021.

Around 4,300 people in our area take oral methotrexate. Prescribing is shared between hospital specialists
and GPs, monitoring blood tests are done in many different places, and most supplies come from community
pharmacies. The mistakes we saw happened at the joins: a hospital letter that said '7.5 mg' without 'once
weekly'; a GP system that defaulted to daily; a pharmacy supplying both 2.5 mg and 10 mg tablets; and
blood results that nobody looked at before the next supply.

Our aims were to make the weekly day visible at every step, to use only the 2.5 mg strength, and to make
sure no supply is handed over without a check that blood monitoring is up to date.

The partnership brought together the people who each held one piece of the chain. The ICB's medicines
optimisation team changed the default settings on the two GP clinical systems used in Kestrel Moor, so
that oral methotrexate can only be prescribed with a named weekday. The hospital changed its clinic
letter template. The Local Pharmaceutical Committee wrote the supply checklist into the locally
commissioned service for high-risk medicines, and Hale University provided the students who carried out
the audits before and after the changes.
"""),
        ("evidence", "Evidence of improvement (quantitative)", """
<<Q:Prescriptions for oral methotrexate that did not specify the day of the week fell from 39% to 4% in
the GP prescribing audit run by Hale University pharmacy students.>> <<Q:The number of patients
receiving both 2.5 mg and 10 mg tablets dropped from 212 to 9.>> <<Q:Community pharmacy checks found
overdue blood monitoring in 14% of supplies at baseline and 5% one year later, after the check was built
into the pharmacy's supply routine.>>

During the project 318 pharmacists and technicians completed the LPC's online methotrexate module. There
have been no deaths from daily dosing reported in Kestrel Moor since the changes began, but with such rare
events we cannot say that this is because of the project.
"""),
        ("stakeholders", "Involvement of patients and staff", """
<<S:Community pharmacists and pharmacy technicians from 22 pharmacies tested the supply checklist over
eight weeks and changed it twice: they dropped a question about folic acid that caused confusion, and
added a prompt to ask the patient to say which day they take their tablets.>> <<S:GP practice
prescribing clerks, who turn hospital letters into repeat prescriptions, sat on the working group and
suggested that the hospital letter template put the dose and the day on a separate line in bold.>>

<<S:Rheumatology and dermatology specialist nurses agreed a single monitoring schedule for both
specialties after a joint workshop.>>

Every patient taking methotrexate was sent a new wallet card showing their weekly day. We did not consult
patients on the card design, because a national version already existed. A patient survey is planned
for next year.
"""),
        ("spread", "Spread and sharing", """
All 96 community pharmacies in Kestrel Moor now use the supply checklist, and the hospital's letter
template has been adopted by its rheumatology and dermatology departments. The neighbouring ICB has
asked for our audit tool, and we have shared the work with the regional medication safety officers'
network.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="value"),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)
