"""Ninety-second independent evaluation set (I1457..I1472) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to read like ordinary submissions from acute and community trusts,
ambulance services, hospices, charities, councils, universities and integrated care
boards, in their own voices and at their own length.  The theme of this set is airways,
tubes and lines: tracheostomy and laryngectomy safety, oxygen prescribing, non-invasive
ventilation, nasogastric tube placement and central lines.

Topics: tracheostomy emergencies on general wards (an acute trust lead, own headings, pdf),
late deliveries of stoma supplies to people who have had a laryngectomy (a private
home delivery company as primary entrant, numbered questions, docx), oxygen prescribing
and target saturations in a hospice and community hospitals (a hospice lead, bold
headings with a cover table, docx), acute non-invasive ventilation started late in the
emergency department (a university lead, capital headings, pdf), home ventilation for
people with motor neurone disease during power cuts (a neurological charity lead, no
headings, docx), nasogastric tubes replaced at home and in nursing homes (a community
trust lead, a form, pdf), radiographer checks of nasogastric tube X-rays (departments of
one trust, no partner, sections in an unusual order, docx), PICC line care shared between
hospital and district nurses (an acute trust vascular access team lead, two columns, no
spread section, pdf), children with tracheostomies at school (a council lead, style
headings, docx), oxygen cylinders running out during long ambulance handovers (an
ambulance service lead, bullet lists, pdf), home oxygen orders at hospital discharge (an
integrated care board lead, rubric headings, docx), infections of tunnelled dialysis
catheters (a kidney patients' association lead, with appendix, pdf), nasogastric feeding
under restraint in eating disorder units (a mental health trust lead, a pdf made from
Word, no value section), air embolism when central lines are removed (a private hospital
group as primary entrant, a form, docx), long-term tracheostomies in nursing homes (a GP
federation lead, bullet lists, docx) and fever in children with central lines at home (a
children's cancer charity lead, numbered questions, pdf).

Build it with

    .venv/bin/python data/independent/build.py --set 92   (writes data/corpus/independent92/)

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
    (including a sustained shift on a run or SPC chart described with its levels);
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

Organisation types follow the earlier sets (ambulance services are emergency_service;
GP practices and GP federations are primary_care; kidney patients' associations and
similar support groups are patient_group; hospices and neurological and children's
charities are charity; a university is university; home delivery companies, electricity
network operators and independent hospital groups are private).  A department or team
of the entrant's own organisation is not a partner.  Flags are written by hand and
build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1457  tracheostomy emergencies on general wards - pdf - own headings -
#        consultant anaesthetist, reflective - acute trust with a university
#        simulation centre and the ambulance service - patients (one in the
#        context section) and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1457", format="pdf", layout="own_headings", topic="tracheostomy_ward_emergencies",
    project="independent92-knowtheneck-1457", pdf_font="LiberationSans", pdf_align="L",
    title="Know the Neck: safer care for people with a tracheostomy outside critical care",
    cover=[
        "Lead organisation: Fernhollow University Hospitals NHS Foundation Trust",
        "Partners: University of Marrick, Clinical Skills and Simulation Centre; Pennine Cross Ambulance Service NHS Trust",
        "Entry written by Dr Ruth Aldous, Consultant in Anaesthesia and Intensive Care, on behalf of the Tracheostomy Safety Group",
    ],
    primary_entrant=dict(name="Fernhollow University Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="University of Marrick", type="university"),
        dict(name="Pennine Cross Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "Where we started", """
A tracheostomy is a small opening in the front of the neck with a tube through it, and for the person
who has one it is their airway. If the tube blocks with secretions or slips out, they can stop breathing
within minutes. In intensive care this is managed by staff who see tracheostomies every day. The trouble
starts when the patient leaves us. At Fernhollow around 140 people a year move from critical care to a
general ward with a tracheostomy still in place, most often to the respiratory, neurosurgical,
head and neck or stroke wards, and a handful go home with one.

Between 2019 and 2021 we reviewed every incident involving a tracheostomy outside critical care. The
same things kept coming up. Ward nurses did not always know whether the patient had a tracheostomy or
a laryngectomy, which matters enormously, because a laryngectomy patient cannot be oxygenated through
the mouth at all. Spare tubes and suction catheters were missing from the bedside. Emergency calls
went to the cardiac arrest team rather than to someone with airway skills. In two cases a displaced
tube was not recognised for some time because the patient was still making breathing noises.

<<P:Before we designed anything, we sat down with four former patients who had spent time on our wards
with a tracheostomy, and their accounts of lying awake at night pressing a call bell they could not
speak into shaped much of what came next.>> One of them described the night her tube blocked as the
worst of her life, and said the nurse had been as frightened as she was.

We also realised that the problem did not stop at our front door. Paramedics were being called to
people at home with tracheostomies and laryngectomies and had no way of knowing which type of neck
breathing the person had, and the ambulance service had no shared training with us. Our simulation
partners at the University of Marrick had the space and the expertise to run realistic emergency
scenarios, but had never been asked to focus on this.

The safety group was set up in late 2021 with a simple brief from the trust's patient safety committee:
make sure that anyone, anywhere in the hospital, who meets a patient with a tracheostomy knows what kind
of airway it is, has the equipment to hand, and knows who to call. We gave ourselves eighteen months.
"""),
        ("stakeholders", "Who shaped the work", """
<<S:A working group of ward sisters from the six wards that receive most tracheostomy patients met
monthly for a year and decided what should be in the bedside emergency box, and they removed several
items the critical care team had proposed because nobody on a ward would know how to use them.>>
<<S:Physiotherapists and speech and language therapists rewrote the daily tracheostomy care chart so
that cuff pressure, inner tube changes and suction were on one page, after testing two drafts on the
neurosurgical ward.>> <<S:Paramedics from the ambulance service took part in joint simulations at the
university and asked for the bedhead sign to be copied into the patient's discharge pack, so that crews
called to the home could see it.>>

<<P:The patients we met earlier stayed with us; two of them acted as simulated patients in the
scenarios at the university, and their feedback on how it felt to be suctioned by a nervous nurse
changed the way we teach the procedure.>> <<P:A man who had been discharged home with a long-term
tracheostomy tested the home version of the bedhead sign with his wife and suggested that it should
go on the fridge rather than above the bed.>>

<<S:Our simulation technicians and lecturers at the university helped us write the scenarios and changed two of them after the first pilot day, when ward staff said they were unrealistic.>>
"""),
        ("evidence", "What difference it has made", """
From September 2022 every patient with a tracheostomy or laryngectomy outside critical care has a green
or red bedhead sign showing which kind of airway they have and what to do in an emergency, a bedside
box checked every shift, and a named critical care outreach nurse who visits daily. Emergency calls for
a tracheostomy problem now go to a dedicated airway team rather than the cardiac arrest team.

<<Q:Incidents involving a tracheostomy on a general ward in which the patient came to harm fell from 17
in the two years before the changes to 5 in the two years afterwards.>> <<Q:Our monthly bedside audit
found all emergency equipment present in 41% of checks in the first month and in 93% of checks twelve
months later.>> <<Q:Unplanned readmissions to critical care for tracheostomy-related problems went from
nine in 2021 to three in 2023.>>

Around 620 ward nurses, doctors and allied health professionals have been through the simulation
course. We have not had a death related to a tracheostomy outside critical care since the programme
began, although we had none in the two years before either, so we do not claim that as a result.
"""),
        ("value", "Value for patients and for money", """
The bedside boxes cost about £60 each to stock and the signs are printed in-house. The simulation
course is run by the university as part of its existing contract with the trust for clinical skills
training. The outreach nurse visits were absorbed by the existing outreach team by changing the order
of their morning round. A single unplanned return to critical care costs the trust in the region of
£9,000, before counting the harm to the patient.

Ward staff tell us they are less frightened of tracheostomies, and patients have told us they feel
safer knowing there is a plan above their bed.
"""),
        ("spread", "Spreading it further", """
The ambulance service now uses the same green and red signs for people at home and has added a
tracheostomy and laryngectomy scenario to its annual clinical update for every paramedic. The
university has made the simulation course available to the two neighbouring acute trusts, one of which
has adopted the bedside box in full. We have presented the work at the regional critical care network
and the signs and checklists are freely available to any trust that asks.

There is more to do. People with a tracheostomy still sometimes arrive in the emergency department
without any information about their airway, particularly when they come from another area. We are
working with the regional network on a shared airway passport, and the ambulance service is exploring
whether the type of neck airway can be flagged against the home address in its dispatch system, so
that a crew knows before they arrive. We have also started to look at the small number of people in
our area who live with a tracheostomy in care homes, where the staff may never have seen one before.

If we had one piece of advice for another trust, it would be to start with the bedhead sign. It is
cheap, it is quick, and it makes the most dangerous question, 'can this person be oxygenated from the
mouth?', answerable in a second by anyone who walks into the bay.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1458  late deliveries of laryngectomy stoma supplies - docx - numbered
#        questions - PRIVATE home delivery company as primary entrant with a
#        head and neck unit and a laryngectomy club (ineligible) - customer
#        services director, corporate - patients and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1458", format="docx", layout="numbered_questions", topic="laryngectomy_supplies_delivery",
    project="independent92-neverwithout-1458", docx_font="Arial",
    title="Never Without: reliable delivery of stoma supplies for people who breathe through their neck",
    cover=[
        "Primary entrant: Corvale Homecare Deliveries Ltd",
        "Partners: Stanbridge and Wyre Hospitals NHS Trust (Head and Neck Cancer Service); Stanbridge Laryngectomy Club",
        "Submitted by Helen Marchant, Director of Patient Services, Corvale Homecare Deliveries Ltd",
    ],
    primary_entrant=dict(name="Corvale Homecare Deliveries Ltd", type="private"),
    partners=[
        dict(name="Stanbridge and Wyre Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Stanbridge Laryngectomy Club", type="patient_group"),
    ],
    sections=[
        ("context", "1. Describe the problem and why a partnership was needed", """
After a total laryngectomy, a person breathes through a stoma in the front of the neck for the rest of
their life. To keep the airway healthy they rely on a steady supply of small items: heat and moisture
exchange cassettes that warm and filter the air, adhesive base plates to hold them, cleaning brushes
for the voice prosthesis and, for some, tubes to keep the stoma open. These items are used up every day.
If they run out, the person is breathing cold, dry, unfiltered air straight into their lungs, which
thickens secretions and can lead to mucus plugs that block the airway.

Corvale delivers prescribed appliances to about 11,000 people across the region, including around 230
people who have had a laryngectomy. In 2022 we reviewed complaints and found that people with a
laryngectomy were more likely than any other group to tell us they had run out of supplies. The causes
were a mix: prescriptions from GP practices arriving late, items being substituted with a similar but
incompatible product, deliveries left on doorsteps when the person was out, and a customer service line
that was very hard to use for someone whose voice depends on a prosthesis.

We could not fix this on our own because we did not control the prescriptions or know which product
each person had been fitted with. The head and neck clinical nurse specialists and speech and language
therapists at Stanbridge did, and the Laryngectomy Club knew what it was like to be on the receiving
end.

One case brought this home to us. In the winter of 2022 a customer in his seventies had run out of
cassettes over a bank holiday weekend. His repeat prescription had been sent to the wrong practice
after he moved house, our system showed the order as 'awaiting prescription', and nobody phoned him
because our call centre staff did not know that these items were any different from continence pads or
dressings. He used a damp cloth over his stoma for four days, developed a chest infection and was
admitted to hospital. When we investigated, we realised that there was no flag anywhere on our system
to say that a customer's supplies were part of their airway.

We approached the head and neck team at Stanbridge, who had been raising the same concerns with
suppliers for years, and the Laryngectomy Club, whose members had stories very similar to his.
"""),
        ("evidence", "2. What is the evidence that the solution has improved safety?", """
Since May 2023 every person with a laryngectomy on our books has a 'critical airway' marker on their
account. Their orders cannot be substituted without a call to the head and neck team, they receive an
automatic reorder reminder by text ten days before their stock should run out, and deliveries are never
left unattended. They can contact us by text or email instead of the phone.

<<Q:Reports from customers of running out of heat and moisture exchange cassettes fell from 38 in the
twelve months before the change to 6 in the twelve months after.>> <<Q:Substitutions of a laryngectomy
product without the clinical team's agreement went from 21 to none over the same period.>> The head
and neck team told us they saw fewer people in clinic with crusting around the stoma, although they
have not measured this.

Every laryngectomy order is now checked by one of our pharmacists before dispatch, and we run a
weekly report of any account where the expected reorder has not arrived. In the first year our
pharmacists made 214 of these checks and our team made 86 proactive calls to customers whose reorder
was overdue. We also carry out a quarterly review of every complaint from a laryngectomy customer
with the head and neck team.
"""),
        ("stakeholders", "3. How were patients, carers and staff involved?", """
<<P:Members of the Laryngectomy Club met our team at their monthly meeting three times and told us that
the phone line was the biggest barrier, which is why we introduced the text and email route; they also
tested the wording of the reminder texts.>> <<P:Two club members now sit on our patient panel and
review every complaint from a laryngectomy customer each quarter.>>

<<S:The clinical nurse specialists and speech and language therapists at Stanbridge drew up the list of
products that must never be substituted and agreed a same-day call-back when our pharmacists query an
order.>> <<S:Our delivery drivers suggested the 'never leave unattended' rule after describing parcels
left in the rain, and they designed the card they now leave with a time to rebook.>>
"""),
        ("value", "4. What is the value of the solution?", """
The changes cost about £14,000 to set up, mainly for changes to our ordering system, and very little to
run. A single emergency admission with a blocked airway can cost many thousands of pounds and is
frightening and dangerous for the person. People tell us they no longer keep a panic stock under the bed.
"""),
        ("spread", "5. How could the solution be spread?", """
We have applied the same critical marker to customers who depend on tracheostomy supplies, and we have
shared the approach with the national association of home delivery providers. The head and neck team
has asked the two other suppliers used in the region to adopt the no-substitution list.

We think the principle applies far beyond laryngectomy. Any home delivery company holds information
about which of its customers depend on a product to breathe, to feed or to stay alive, and most do not
use it. A simple marker on the account, and a rule that those customers are never substituted and never
left without stock, is within the reach of any supplier. We would be glad to share our specification
with others.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1459  oxygen prescribing in a hospice and community hospitals - docx -
#        bold headings with a cover table - hospice medical director, warm -
#        hospice with the community trust and the local pharmaceutical team -
#        staff involved - NO patient involvement (patients as beneficiaries,
#        families given a leaflet, a survey that changed nothing, a plan) -
#        a claim in words ('halved')
# ---------------------------------------------------------------------------
entry(
    id="I1459", format="docx", layout="bold_headings", topic="oxygen_prescribing_hospice_community_hospitals",
    project="independent92-rightair-1459", docx_font="Calibri",
    title="The Right Air: prescribing oxygen safely in a hospice and two community hospitals",
    cover_table=[
        ("Entry title", "The Right Air: prescribing oxygen safely in a hospice and two community hospitals"),
        ("Lead organisation", "St Aldhelm's Hospice, Dunmere"),
        ("Partners", "Dunmere and Coast Community Health NHS Trust (Ashby Tarn and Wellsea Community Hospitals); Dunmere and Coast Community Health NHS Trust Medicines Management Team"),
        ("Contact", "Dr Priya Venkatesan, Medical Director"),
    ],
    primary_entrant=dict(name="St Aldhelm's Hospice", type="charity"),
    partners=[
        dict(name="Dunmere and Coast Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why we did this", """
Oxygen is a medicine. Everyone knows that, and yet in our inpatient unit and in the two community
hospitals we share patients with, it was often treated as something you simply turn on. When we looked
at our own practice in 2022 we found patients receiving oxygen with no prescription at all, prescriptions
with no target range, and people with chronic lung disease who retain carbon dioxide being given high
flow rates because they looked breathless. In palliative care there is an extra layer: oxygen is
sometimes started for comfort when a fan, positioning or a small dose of morphine would help more, and
then nobody feels able to stop it.

Many of our patients move between the hospice and the community hospitals, and each had its own drug
chart and its own habits. A patient might be on a target of 88 to 92% in one place and arrive in the
other with no target at all. <<S:Night staff in the community hospitals told us they were unsure who could
change the flow rate.>>

We also found that nobody was quite sure whose job it was to review oxygen once it had been started.
On our inpatient unit the doctors assumed the nurses would turn it down when the patient's saturations
allowed; the nurses assumed the doctors would write a new prescription. In the community hospitals,
where medical cover comes from local GPs visiting once a day, a patient could stay on the same flow rate
for a week. Oxygen cylinders and concentrators were sometimes sent home with patients at discharge
without anyone checking whether the patient still needed them, which brings its own fire risk.

We decided that we could not fix this in the hospice alone. Our patients move too often between the
three sites, and the same nurses and GPs work in all of them. The community trust agreed to work with
us on a single standard, and its medicines management team offered pharmacist time to check charts.
"""),
        ("evidence", "What has improved", """
We agreed one oxygen prescribing standard across the three sites from March 2023, with a target range
that must be written on the chart, a prompt to consider whether oxygen is actually helping, and a
weekly pharmacist check. <<Q:In our monthly audit, the proportion of patients on oxygen without a
written target range has halved, from just under half to about a quarter, and it has stayed there for
nine months.>> <<Q:Oxygen given with no prescription at all went from 11 patients in the baseline audit
to one in the latest.>>

We recorded 64 oxygen-related prescribing interventions by pharmacists during the year. There have been
no incidents of harm from high-flow oxygen in people at risk of carbon dioxide retention since the
standard began.

Our audit looks at every patient on oxygen on one day each month across all three sites, and is
carried out by a pharmacist who was not involved in their care. We look at whether there is a
prescription, whether it includes a target range, whether the target range is appropriate for the
patient's condition and whether the patient's saturations are within it. We report the results to
each unit's monthly governance meeting and to the joint medicines safety group.
"""),
        ("stakeholders", "Working together", """
<<S:Nurses from all three inpatient units spent two afternoons with our palliative medicine doctors and
the trust's respiratory specialist nurse going through real cases, and they wrote the flowchart for when
to start and stop oxygen themselves.>> <<S:The community hospital pharmacists asked for the target range
to be a mandatory box on the chart rather than a free-text note, and the chart was reprinted with that
change.>> <<S:Healthcare assistants on the night shift told us the pulse oximeters on one ward were
unreliable, which led to the purchase of new ones before the standard went live.>>

Patients and families benefit most from this work. Families are given a leaflet explaining why oxygen
may not be the best answer to breathlessness. We ran a short survey of bereaved relatives about
breathlessness care and the answers were positive, so we left things as they were. We hope to set up a
family reference group next year.
"""),
        ("value", "Value", """
Most of the changes cost nothing but time. The new oximeters cost about £1,200. Avoiding one admission to
an acute hospital with carbon dioxide narcosis saves a great deal of money and, more importantly, spares
a dying patient and their family an ambulance journey and a bay in a busy ward.
"""),
        ("spread", "Spreading the work", """
The standard has been adopted by the community trust for all its inpatient beds, and we have shared it
with the regional palliative care network. Two other hospices have asked for our flowchart.

We have learned that oxygen in palliative care is as much about conversations as it is about charts.
Several nurses have told us that the flowchart has given them permission to suggest a fan, a change of
position or a different medicine before reaching for the oxygen, and to explain to families why. We
are now adding the oxygen standard to the induction for every new nurse and doctor joining any of the
three sites, and the community trust's education team has included it in its annual medicines update.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1460  acute NIV started late in the emergency department - pdf - capital
#        headings - university lead (respiratory nursing academic), formal -
#        university with the acute trust and the ambulance service - patients
#        involved (indirectly, passive voice) and staff involved - a shift on
#        an SPC chart
# ---------------------------------------------------------------------------
entry(
    id="I1460", format="pdf", layout="caps_headings", topic="acute_niv_timeliness_emergency_department",
    project="independent92-maskinthehour-1460", pdf_font="LiberationSerif",
    title="Mask in the Hour: timely non-invasive ventilation for acidotic COPD exacerbations",
    cover=[
        "Lead: University of Quarrington, School of Health and Life Sciences (Respiratory Care Research Group)",
        "Partners: Quarrington and District Hospitals NHS Foundation Trust; Eastmoor Ambulance Service NHS Trust",
        "Entry prepared by Professor Gareth Lowell and the project steering group",
    ],
    primary_entrant=dict(name="University of Quarrington", type="university"),
    partners=[
        dict(name="Quarrington and District Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Eastmoor Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "BACKGROUND AND RATIONALE", """
Acute non-invasive ventilation (NIV) reduces death in people with an exacerbation of chronic obstructive
pulmonary disease who develop respiratory acidosis. National audits have repeatedly shown that the
benefit depends on speed: NIV should start within an hour of the blood gas that shows acidosis, and too
often it does not. At Quarrington District Hospital the median time from the qualifying gas to the mask
going on was over three hours in 2021, and patients were frequently waiting in the emergency department
while a bed on the respiratory ward was found.

Our research group had been studying why these delays happen. <<S:Interviews with emergency department staff
pointed to three things: uncertainty about who should decide to start NIV, a lack of staff confident in
setting up the machine, and the belief that NIV could only be given on the respiratory ward.>> Separately,
the ambulance service knew that many of these patients had been given high-flow oxygen on the way in,
which can make the acidosis worse.

The consequences of delay are well known. A patient who waits hours for NIV may tire, become drowsy and
need intubation, or may die. Those who are intubated for COPD often have a long and difficult stay in
intensive care. For many older people with severe COPD, intubation may not be appropriate at all, and
NIV is the ceiling of treatment. For them, a delay of a few hours can be the difference between going
home and not.

Emergency department staff described feeling stuck. They could see that the patient needed NIV, but the
machines were kept on the respiratory ward, only respiratory nurses were trained to set them up, and a
bed had to be found before anything could start. The respiratory ward, in turn, was often full and
waiting for its own discharges.

We proposed a partnership: the university would bring improvement and evaluation methods and help design
the training, the trust would change its pathway, and the ambulance service would change its approach to
oxygen before arrival.
"""),
        ("evidence", "RESULTS", """
The new pathway went live in the emergency department in January 2023. A blood gas showing acidosis now
triggers an NIV decision by the emergency physician within 30 minutes, NIV can be started in a resuscitation
bay by trained emergency nurses, and the respiratory team is called to review rather than to accept a
transfer first.

We tracked the time from qualifying blood gas to the start of NIV for every eligible patient on a
statistical process control chart. <<Q:After the new pathway began there was a sustained shift on the
chart, with the median time falling from 184 minutes in 2021 to 58 minutes across 2023.>> <<Q:The
proportion of eligible patients starting NIV within an hour rose from 22% to 61%.>> <<Q:Among patients
arriving by ambulance, the proportion with a first oxygen saturation above 92% fell from 47% to 19% after
crews changed their approach.>>

Inpatient mortality for patients treated with NIV was 14% in 2023. The study was not designed to show
a change in mortality and we do not claim one.
"""),
        ("stakeholders", "INVOLVEMENT OF PATIENTS, PUBLIC AND STAFF", """
<<P:The design of the patient information card was informed by interviews with eleven people who had
received NIV during a previous admission, who were asked what they wish they had been told when the
mask was first put on.>> <<P:Their descriptions of panic and of not being able to ask for the mask to be
taken off led to the hand signal that every patient is now taught before NIV starts.>>

<<S:Emergency department nurses took part in a series of design workshops and chose the laminated
set-up guide that is clipped to each ventilator, after rejecting an earlier version as too long.>>
<<S:Paramedics on the ambulance service's clinical reference group reviewed the oxygen guidance and asked
for a simple prompt on the electronic patient record when the patient has a known COPD diagnosis.>>
<<S:Respiratory consultants and registrars agreed the decision rule and the escalation plan, and they
revised it twice after the first months of data.>>
"""),
        ("value", "VALUE AND SUSTAINABILITY", """
Training 48 emergency nurses to start NIV cost around £6,000 in backfill, funded by the trust. The
university's time was covered by a research grant. Shorter waits for NIV are expected to reduce the
need for intubation and intensive care, each day of which costs well over £1,500. The training is now
part of the emergency department's annual competency programme.
"""),
        ("spread", "SPREAD AND DISSEMINATION", """
The pathway and the training package have been published as an open resource, and the regional
respiratory network has asked the two other acute trusts in the ambulance service's area to adopt it. A
paper describing the evaluation has been submitted to a peer-reviewed journal, and the work has been
presented at a national respiratory conference.

The ambulance service has extended its oxygen prompt across its whole area, and its clinical audit team
is now monitoring first oxygen saturations for all patients with known COPD. The university has built
the evaluation into a funded doctoral study, which will look at whether the pathway holds up over three
winters and whether it can be adapted for smaller hospitals without a respiratory ward on site.

Our main lesson is that a clinical target that everyone agrees with can still go unmet for years if no
one owns the whole journey. Bringing the ambulance service, the emergency department, the respiratory
team and an academic partner around one table gave us, for the first time, a single picture of the
patient's path from the front door to the mask.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1461  home ventilation for people with MND during power cuts - docx - no
#        headings - neurological charity regional manager, personal - charity
#        with the home ventilation service and the electricity network
#        operator - patients and carers involved - NO staff involvement
#        (engineers trained, staff briefed, one named lead doing her job, a
#        plan)
# ---------------------------------------------------------------------------
entry(
    id="I1461", format="docx", layout="no_headings", topic="home_ventilation_mnd_power_cuts",
    project="independent92-keepbreathing-1461", docx_font="Georgia",
    title="When the Lights Go Out: keeping home ventilation running for people with motor neurone disease",
    cover=[
        "Hallowmere MND Support (registered charity), working with Hallowmere Teaching Hospitals NHS Trust (Regional Home Ventilation Service) and Western Lines Electricity Networks plc",
        "Written by Claire Ogunleye, Regional Care Development Manager, Hallowmere MND Support",
    ],
    primary_entrant=dict(name="Hallowmere MND Support", type="charity"),
    partners=[
        dict(name="Hallowmere Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Western Lines Electricity Networks plc", type="private"),
    ],
    sections=[
        ("context", None, """
Most people with motor neurone disease will, at some point, have weak breathing muscles. Many are offered
non-invasive ventilation at home, a machine that pushes air through a mask, at first overnight and then,
as the disease progresses, for much of the day. For some of the people we support the ventilator is
what keeps them alive. And like every other machine in the house, it runs on electricity.

In the storms of February 2022, eighteen families we know lost power for between six hours and three
days. Some had ventilators with internal batteries that lasted a few hours. Some had no battery at all.
One man's wife drove him to the emergency department in the middle of the night because his machine had
stopped and she did not know what else to do. Another family spent a night taking turns holding a mask
to his face while a neighbour ran an extension lead from a generator. None of the families was on the
electricity company's priority services register, because nobody had told them it existed.

Home ventilation services are very good at the machines. They set them up, change masks and filters,
and come out if something breaks. But planning for what happens when the power goes off fell between
the cracks. The hospital assumed families would call the electricity company. The electricity company
did not know who on its network relied on a ventilator. And families, understandably, had other things
on their minds. Living with MND means constant change, new equipment, new symptoms and endless
appointments, and a power cut is the last thing anyone thinks about until it happens.

We are a small charity. We employ four care development staff and rely on volunteers for everything
else. What we do have is a close relationship with the families we support, and we hear about the
things that go wrong.
"""),
        ("stakeholders", None, """
<<P:We asked families who had been through the storm to meet us, and nine people with MND and their
partners spent an evening telling us exactly what had gone wrong, which became the list of problems we
set out to fix.>> <<P:One of them, a retired electrician, pointed out that most of the battery packs
people had been given could not be charged in a car, and that changed which battery we asked the
hospital to supply.>> <<P:Carers from our Tuesday group went through the draft emergency plan line by
line and asked for a tear-off strip with the numbers to ring, which is now on the back.>>

The home ventilation service's engineers were trained in how to register a family on the priority
services register. Our own staff were briefed on the new plan at a team meeting. The home ventilation
service's lead physiotherapist, Sam Deverell, checked each family's equipment as part of her usual
reviews. We plan to ask the district nursing teams to help us review the plan next year.
"""),
        ("evidence", None, """
Every person with MND on home ventilation in our area now has a written power cut plan, a second
battery pack that lasts at least eight hours, and their name on the priority services register, which
means the network operator knows they depend on electricity and can contact them, send a generator or
move them up the list for reconnection. <<Q:When we started, none of the 46 people on home ventilation
were on the register; by March 2024, 44 of 46 were.>> <<Q:In the storms of November 2023, four families
lost power for more than six hours, and none needed to go to hospital, compared with five emergency
attendances for the same reason during the February 2022 storms.>>
"""),
        ("value", None, """
The extra batteries cost about £450 each and were funded by the hospital trust. The network operator
provides generators free of charge to registered customers who depend on medical equipment. An
emergency admission of someone with advanced MND is distressing and often the beginning of the end of
their time at home.
"""),
        ("spread", None, """
Our plan template has been shared with the national MND charity network, and the network operator has
started checking its register against the home ventilation lists of the two other hospital trusts in its
area. We would like every home ventilation service in the country to do the same.

We have also learned that a plan on paper is only as good as the last time someone looked at it. MND
moves quickly, and a person who used their ventilator for a few hours at night in the spring may need it
most of the day by the autumn. The plan is now reviewed at every home ventilation appointment and after
any change in the hours of use, and the extra battery is tested at the same time. Families keep the plan
by the front door, so that anyone who arrives in an emergency, whether a paramedic or a neighbour,
can find it straight away.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1462  nasogastric tubes replaced at home and in nursing homes - pdf - form
#        table - community nurse consultant, clipped - community trust with
#        the acute trust and a care homes association - patients, families
#        and staff involved - NO quantitative evidence (counts of people
#        trained, tubes replaced, single figures, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1462", format="pdf", layout="form_table", topic="nasogastric_tube_community_replacement",
    project="independent92-tubeathome-1462", pdf_font="LiberationSans",
    title="Right Place, Right Tube: checking nasogastric tube position at home and in nursing homes",
    cover_table=[
        ("Entry title", "Right Place, Right Tube: checking nasogastric tube position at home and in nursing homes"),
        ("Lead organisation", "Elmsworth Community Healthcare NHS Trust"),
        ("Partner organisations", "Elmsworth General Hospitals NHS Trust (Nutrition Support Team and Radiology); Elmsworth and District Care Homes Association"),
        ("Entrant", "Nurse Consultant, Community Enteral Feeding"),
    ],
    primary_entrant=dict(name="Elmsworth Community Healthcare NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Elmsworth General Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Elmsworth and District Care Homes Association", type="charity"),
    ],
    sections=[
        ("context", "Why was the partnership needed? What were the safety goals?", """
A growing number of people are fed through a nasogastric tube outside hospital: people recovering from
stroke who are waiting for a gastrostomy, people with head and neck cancer, and a few with progressive
neurological disease who have chosen not to have a gastrostomy. When a tube comes out at home, someone
has to put a new one in and check that the tip is in the stomach before anything goes down it. A tube
in the lung that is used for feed or medicines can kill.

In hospital, position is checked with pH paper and, if that fails, a chest X-ray. At home, there is no
X-ray. Our district nurses and the nursing homes in the area had no shared guidance. Some would not
replace a tube at all and sent the patient to the emergency department by ambulance, where they often
waited many hours. Others replaced tubes but used pH paper that was out of date or not the approved type.
Nobody knew what to do if the aspirate would not come.

Our goals were: no feeding through a tube that had not been confirmed in the stomach; fewer journeys to
hospital just for a tube; and a clear route to an X-ray when it was needed.

Two incidents in 2022 pushed us to act. In the first, a nursing home nurse replaced a tube for a
resident and, unable to get an aspirate, gave a small amount of water to 'see if it went down', which is
exactly what our training says never to do. The resident coughed and the tube was removed, and he came
to no lasting harm. In the second, a man with head and neck cancer waited nine hours in the emergency
department for a tube to be replaced and checked, missing two doses of his pain relief and all of his
feed for the day.

Neither organisation could solve this on its own. We had the nurses in people's homes; the hospital had
the expertise and the X-ray machines; the nursing homes had residents who needed tubes and staff who
wanted to do the right thing.
"""),
        ("evidence", "What evidence is there that the partnership improved safety?", """
Since June 2023 there has been one guideline for the whole area, written jointly by the community trust
and the hospital nutrition support team. Only nurses who have passed a competency assessment replace
tubes. Approved pH strips are supplied from a single stock. If pH cannot be confirmed after two
attempts, the nurse calls the nutrition support team, who can arrange a same-day X-ray at the
community hospital's radiology unit rather than the emergency department, with the image reported by
a radiologist within two hours.

In the first twelve months, 132 nasogastric tubes were replaced by community and nursing home nurses
using the guideline. Twenty-three patients needed an X-ray, all at the community hospital. We have had no
reported incidents of feeding through a misplaced tube in the community during this time. Eighty-six
district nurses and 41 nursing home nurses have completed the competency. Our target for the coming
year is that every nursing home caring for a tube-fed resident has at least two competent nurses.
"""),
        ("stakeholders", "How were patients, carers and staff involved?", """
<<S:District nurses and nursing home nurses tested the draft guideline for two months and told us the
pH colour chart was hard to read in poor light, so we changed to strips with a printed comparison card
and added a torch to the kit.>> <<S:The radiographers at the community hospital agreed a same-day slot and
designed the request form with us.>>

<<P:Relatives of three people being fed at home told us they had been sent to A&E for tube replacements
in the middle of the night, and their accounts of the wait persuaded the hospital to fund the community
X-ray route.>> <<P:A woman with motor neurone disease who has had many tube replacements at home helped
us write the information sheet, and insisted that it should say what the nurse will do if she coughs
during insertion.>>
"""),
        ("value", "What is the value of the solution?", """
An ambulance journey and an attendance at the emergency department for a tube replacement costs several
hundred pounds, and for a frail person the long wait is itself a risk. The pH strips and kits cost about
£8 per replacement. The competency assessment is delivered by the community trust's existing nutrition
nurses.

Most of all, it means that people who are fed by tube can stay where they live, in their own bed,
rather than spending a day and a night in an emergency department. For someone with advanced cancer or a
progressive neurological condition, that matters a great deal.
"""),
        ("spread", "How has the learning been shared?", """
The guideline has been shared with the neighbouring community trust and presented at the regional
nutrition nurses' forum. The care homes association has included it in its clinical policies pack for
members.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1463  radiographer checks of nasogastric tube X-rays - docx - reordered
#        sections - departments of one trust, NO partner (ineligible) -
#        consultant radiographer, plain - staff and patients (subtle:
#        'people who had lived with a tube') involved
# ---------------------------------------------------------------------------
entry(
    id="I1463", format="docx", layout="reordered", topic="nasogastric_xray_radiographer_check",
    project="independent92-tipcheck-1463", docx_font="Calibri",
    title="Tip Check: a second look at every nasogastric tube X-ray",
    cover=[
        "Kestrelford Royal Hospitals NHS Trust: Radiology Department, Nutrition and Dietetics, and the Acute Medical Unit",
        "Entry by Marion Hale, Consultant Radiographer",
    ],
    primary_entrant=dict(name="Kestrelford Royal Hospitals NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("evidence", "Results", """
Since February 2023 every chest X-ray requested to check a nasogastric tube has been flagged on the
radiology system. A radiographer trained in tube position looks at the image within 30 minutes and
records whether the tip is clearly below the diaphragm, in the midline and away from the airways, or
needs a doctor's review. The result is phoned to the ward. Feeding cannot start until the ward has a
documented interpretation.

<<Q:The median time from the X-ray being taken to a documented interpretation fell from 4 hours 10
minutes to 38 minutes.>> <<Q:Tubes that had to be re-inserted because the X-ray was not looked at and
the patient pulled the tube out while waiting went from around 12 a month to 3 a month.>> We have had no
Never Events involving nasogastric tubes since the scheme started.
"""),
        ("context", "The problem", """
Putting a nasogastric tube into the lung and then feeding through it is a Never Event, and most of the
cases reported nationally involve an X-ray that was misread or not looked at. At Kestrelford about 1,400
nasogastric tube X-rays are taken every year. The X-rays are quick, but the interpretation was slow:
the junior doctor who had requested the image often did not look at it for hours, and when they did they
were not always confident. Meanwhile the patient went without food, fluids and medicines, including
Parkinson's drugs and anti-epileptics.

In 2022 we had a near miss in which a tube was reported as correctly placed by a doctor on the ward when
it was in the right main bronchus. It was spotted by a radiographer the next morning before feeding had
started.

When we looked at how nasogastric tube X-rays were handled across the hospital, we found that no one
department owned the process. The ward requested the image, radiology took it, and the image then sat
on the system waiting for someone to look at it. Formal reports by radiologists were not routinely
requested for tube checks, because the national guidance allows a trained clinician to interpret the
image, and so the task fell to whichever junior doctor was on the ward, often at night and often after
being pulled away to something more urgent. The dietitians could see feeds being delayed and the
pharmacists could see medicines being missed, but neither could change the process.

Our radiographers see these images first. They are trained to recognise anatomy on a chest X-ray, and
several had already been quietly telling ward staff when they thought a tube looked wrong. It seemed
sensible to make that formal, with training, a checklist and a clear line of accountability.
"""),
        ("stakeholders", "Involving people", """
<<S:The radiographers designed the four-point checklist themselves and tested it against 200 old images
with the consultant radiologists, refining the wording until they agreed on every image.>> <<S:Nurses on
the acute medical and stroke wards asked for the result to be phoned rather than only entered on the
system, because the system alert was easily missed, and that became part of the process.>>
<<S:Dietitians helped set the rule that feeding does not start without a documented interpretation.>>

<<P:People who had lived with a tube during a long admission were asked, through the trust's patient
experience team, what waiting for an X-ray had been like, and it was their stories of going without
medicines that made us include medicine timings in the escalation rule.>>
"""),
        ("value", "Value", """
The scheme uses radiographers already on shift. Training took each radiographer about six hours. Faster
interpretation means patients get nutrition and medicines sooner and fewer tubes are wasted.

Every tube that has to be replaced costs the price of the tube, another X-ray, nursing and medical time,
and a further dose of radiation for the patient. Missed doses of time-critical medicines, particularly
for Parkinson's disease and epilepsy, carry their own risk of harm and longer stays. The radiographers
involved have also gained a new skill, and several have told us that the role has made them feel more
part of the ward team.
"""),
        ("spread", "Spread", """
We have described the scheme at the regional radiology managers' meeting and shared the checklist with
two neighbouring trusts.

The stroke unit has asked whether the same approach could be used for fine-bore tubes placed in
patients with swallowing problems after stroke, and we are looking at extending the checklist to
nasal bridle placement. Radiographer training in tube position is now part of our department's annual
competency programme, so that every radiographer on the rota, including at night and at weekends, can
carry out the check.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1464  PICC line care between hospital and district nurses - pdf - two
#        columns - vascular access nurse lead, conversational - acute trust
#        with the community trust and a GP federation - patients (pronouns)
#        and staff involved - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I1464", format="pdf", layout="two_column", topic="picc_line_community_care",
    project="independent92-linesathome-1464", pdf_font="LiberationSans",
    title="Lines at Home: one way of caring for PICC lines across hospital and community",
    cover=[
        "Saltmarsh and Tallowby Hospitals NHS Foundation Trust (Vascular Access Team), with Saltmarsh Community Services NHS Trust (District Nursing) and Tallowby GP Federation",
        "Entry by Jo Harrington, Lead Nurse for Vascular Access",
    ],
    primary_entrant=dict(name="Saltmarsh and Tallowby Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Saltmarsh Community Services NHS Trust", type="nhs_trust"),
        dict(name="Tallowby GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "What was going wrong", """
A PICC line is a thin tube put in a vein in the arm with its tip near the heart. People go home with
them for weeks or months, mostly for chemotherapy, long courses of antibiotics or nutrition. Between
hospital visits the line has to be flushed and the dressing changed every week, usually by a district
nurse.

When we looked at the lines that came back to us early in 2022, the picture was not good. Lines were
blocked because they had been flushed with the wrong technique. Dressings had been changed every few
days by one team and every fortnight by another. Some patients came to clinic with a line that had
slipped out several centimetres and nobody had measured it. Line infections were treated in the
emergency department with no record of when the line was last touched. <<S:District nurses told us they
were given no information when a patient left hospital with a line, not even the length or the type.>>

The hospital and the community each had their own policy, different equipment and different
paperwork. Patients were caught in the middle.

A PICC line is not a small thing to live with. People tell us it affects how they wash, how they sleep,
what they wear and whether they can pick up their grandchildren. When the care they receive varies from
week to week, it is hard for them to know who to trust. <<P:Several told us they had stopped mentioning
problems with the line because they were not sure anyone would know what to do.>>

We counted about 450 patients a year going home from our hospitals with a PICC line, and around 60 at
any one time on district nursing caseloads. Each district nurse might see only a handful a year, which
makes it hard to keep skills fresh. Our vascular access team, by contrast, places and cares for lines
every day, but had no role once a patient left the building.
"""),
        ("stakeholders", "Working it out together", """
<<S:Six district nurses from across the patch joined our vascular access nurses in a working group, and
they chose the single flushing technique and the weekly care record we now all use.>> <<S:GPs from the
federation asked for a one-page summary they could see on the clinical system when a patient rang
with a fever, and they tested it in their practices.>> <<S:Procurement leads from both trusts agreed a
single dressing and securement device.>>

<<P:We also talked to people who had been living with a line for months. They told us they often knew
more about their line than the nurse who came to see them, and they wanted their own copy of the
record; so now each person has a line passport that they keep, which they helped design.>> <<P:Two of
them checked the wording of the 'when to call' card.>>
"""),
        ("evidence", "What changed", """
From January 2023, everyone going home with a PICC line has a line passport, a discharge summary sent to
the district nursing team with the line details, and a weekly care plan that is the same whoever carries
it out. A vascular access nurse visits anyone whose line is not flushing within 24 hours.

<<Q:Line blockages needing a visit to hospital fell from 31 in 2022 to 12 in 2023.>> <<Q:Line
infections confirmed by blood culture dropped from 2.1 to 0.9 per 1,000 line days.>> <<Q:Lines removed
early because they had migrated or been pulled out fell by about a third.>>
"""),
        ("value", "Is it worth it", """
Each line infection costs around £9,000 to treat and can mean a stay in hospital and a delay to
chemotherapy. The single dressing has saved money across both trusts. The line passports cost pennies.
District nurses tell us they feel more confident and visits take less time.

Looking after a line well also means fewer replacements. Every new line means another procedure, another
X-ray to check the tip, and for some patients a delay to their treatment. With the line passport, nurses
no longer need to ring our team for basic details such as the line's length and type, because the
information is in the patient's hands. The weekly care record is the same in the community and in our day units, so any nurse
can pick it up and know what was done last time.

We know the work is not finished. We are now looking at midline catheters, which are being used more and
more for antibiotics at home and which we suspect have the same problems, and at how we can share the line
record electronically rather than on paper. We also want to look at the small number of patients who go
home with lines placed at other hospitals in the region, who do not yet get the passport.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I1465  children with tracheostomies at school - docx - style headings -
#        council SEND lead, practical - council with the children's hospital
#        long-term ventilation team and a families' group - families, a young
#        person and staff involved - NO quantitative evidence (schools and
#        staff trained, a zero with no baseline, single figures, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1465", format="docx", layout="style_headings", topic="tracheostomy_children_school",
    project="independent92-safeatschool-1465", docx_font="Calibri",
    title="Safe at School: supporting children with a tracheostomy in mainstream and special schools",
    cover=[
        "Lead: Ravensholt City Council, Special Educational Needs and Disability Service",
        "Partners: Ravensholt Children's Hospital NHS Foundation Trust (Long-Term Ventilation and Tracheostomy Team); Trachy Families Ravensholt",
        "Contact: Head of SEND Health Integration",
    ],
    primary_entrant=dict(name="Ravensholt City Council", type="local_authority"),
    partners=[
        dict(name="Ravensholt Children's Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="Trachy Families Ravensholt", type="patient_group"),
    ],
    sections=[
        ("context", "The problem we set out to solve", """
About thirty children and young people in Ravensholt live with a tracheostomy. Some have had one since
they were babies because of a narrow airway; others have a neuromuscular condition or a brain injury.
More and more of them are going to school, which is exactly as it should be. But a tracheostomy at school
brings real risks. The tube can block with secretions or come out during play, and the child may not be
able to call for help. The staff around them, usually a teaching assistant, need to know how to suction,
how to change a tube in an emergency and when to call 999.

Until 2022 each child's school arrangements were put together separately. The hospital team trained
whoever the school nominated, often once, and the training was not repeated when that person left or was
off sick. Some schools held spare tubes, some did not. <<P:Parents told us they had been phoned to come in
and suction their child, and some kept their children at home on days when the trained assistant was
absent.>> In one school a tube came out in the playground and the only trained member of staff was on a
trip; the child's mother, who happened to be nearby, replaced it.

Responsibility was split between education, health and social care, and each assumed another had it in
hand. That is why we set up this partnership.

We were also aware that the numbers were growing. Children with complex airway needs are surviving
longer and living fuller lives, and families rightly expect them to go to school with their brothers and
sisters. Several schools told us they wanted to welcome these children but were frightened of getting
it wrong, and some had told families, in effect, that they could not take the child until the health
service provided a nurse. That is not the law and it is not fair, but it reflected a real gap in
support.
"""),
        ("evidence", "What has changed", """
Since September 2023 every child with a tracheostomy has an individual airway plan written by the
hospital team with the family and the school, reviewed every term and whenever staff change. Each school
has at least three trained members of staff for each child, a standard emergency bag that the
hospital team checks, and a direct line to the tracheostomy nurses during school hours. Staff have to
pass a practical assessment on a training mannequin every six months.

So far 19 schools and 74 members of school staff have been trained and assessed. The council has funded
a relief pool of six trained teaching assistants who can cover absences at short notice. There have been
no emergencies in school in which the child was left without a trained adult since the scheme started.
The hospital team carried out 58 school visits in the first year. Our aim for 2025 is that every child
with a tracheostomy who wants to attend school full time can do so.
"""),
        ("stakeholders", "Who was involved", """
<<P:Parents from Trachy Families Ravensholt sat on the steering group from the start, and it was their
idea to create a relief pool of trained staff so that no child would be sent home when their usual
assistant was off.>> <<P:A fourteen-year-old who has had a tracheostomy since birth told us she did not
want her emergency bag to look like a medical kit, so the bags are now ordinary rucksacks chosen by the
children.>> <<P:Families also reviewed the individual airway plan template and simplified the language.>>

<<S:Teaching assistants and special school nurses took part in three design sessions with the
tracheostomy nurses and asked for the six-monthly practical assessment instead of a yearly one, because
they said their confidence faded quickly.>> <<S:Head teachers from four schools tested the airway plan and
suggested adding the child's normal breathing sounds and colour, which staff said was the most useful
part.>> <<S:The council's transport team and escorts helped work out what should happen if a tube came
out on the school bus.>>
"""),
        ("value", "Value", """
The relief pool costs the council about £150,000 a year. Before the scheme, several children were being
educated at home with a tutor, at a cost to the council, and parents were giving up work to be on call.
Keeping a child in school with their friends is worth more than we can easily put into money.
"""),
        ("spread", "Sharing what we learned", """
The airway plan template and training materials have been shared with the regional children's long-term
ventilation network, and two neighbouring councils are adapting them. We have also used the same model
for children with home ventilation who attend nursery.

Our biggest lesson is that training alone does not keep a child safe. What matters is that there is
always a trained adult in the room, that the plan is up to date, and that someone checks the bag. That
takes organisation, and it takes somebody to own it. In Ravensholt the council's SEND service has taken
that role, with the hospital team providing the clinical expertise. Other areas may decide it sits
better elsewhere, but somebody has to own it.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1466  oxygen cylinders running out during long ambulance handovers - pdf -
#        bullet lists - ambulance service medicines manager, direct - ambulance
#        service with the acute trust and a medical gases supplier - staff
#        involved - NO patient involvement (patients asked with nothing
#        changed, told, a negation, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1466", format="pdf", layout="bullet_lists", topic="ambulance_oxygen_cylinders_handover_delays",
    project="independent92-nevernearempty-1466", pdf_font="DejaVuSans", pdf_align="L",
    title="Never Near Empty: oxygen supply for patients waiting in ambulances outside hospital",
    cover=[
        "Lead organisation: Wealdmoor Ambulance Service NHS Trust",
        "Partners: Dunholt General Hospital NHS Trust; Arcadia Medical Gases Ltd",
        "Submitted by the Head of Medicines Management and the Emergency Department Matron, Dunholt",
    ],
    primary_entrant=dict(name="Wealdmoor Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Dunholt General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Arcadia Medical Gases Ltd", type="private"),
    ],
    sections=[
        ("context", "The problem", """
An ambulance carries two size CD oxygen cylinders. That is plenty for a normal journey. It is not
plenty for a patient on high-flow oxygen who then waits outside an emergency department for four, six or
ten hours because there is no space to hand them over. In the winter of 2022 to 2023, long waits outside
Dunholt General became routine.

Our crews began to report a frightening problem: cylinders running low with a patient still on board and
no obvious way of getting more. The issues we found were:

- ambulances had no way to connect to the hospital's piped oxygen while parked outside;

- the hospital's spare cylinders were kept in the department and crews were not always allowed to take
them;

- cylinders returned to the ambulance station were not always replaced quickly because the gas
supplier's deliveries were weekly;

- nobody was keeping track of how long each patient had been on oxygen in the vehicle;

- and crews sometimes turned the flow down to make the oxygen last, which put patients with low
saturations at risk.

We logged 27 incidents of a cylinder running empty or nearly empty outside the hospital in three months.
In two of them a patient's oxygen saturation fell below 85% before a new cylinder was found.

Nobody had planned for this. Ambulance vehicles were designed on the assumption that a patient would be
handed over within minutes of arrival. Hospital oxygen supplies were designed for patients inside the
building. The gas supplier's delivery schedule had been set years earlier, when demand was predictable.
When handover delays became long and common, all three assumptions failed at once, and the gap landed on
the crews, who were left ringing round for cylinders while looking after a sick patient.
"""),
        ("evidence", "What we achieved", """
From March 2023 we put in place:

- a 'cylinder check' every 30 minutes for any patient on oxygen in a vehicle outside the department,
recorded on the electronic patient record;

- a store of full cylinders in a locked cage at the ambulance bay, owned by the ambulance service and
restocked by the gas supplier twice a week instead of weekly;

- a rule that any patient on more than 4 litres a minute is moved into the department, into a
corridor space if necessary, within an hour;

- and a hospital escalation call if the oxygen running time left drops below 30 minutes.

<<Q:Incidents of cylinders running empty or nearly empty outside the hospital fell from 27 in January
to March 2023 to 4 in the same three months of 2024, even though total hours lost to handover delays
were similar.>> <<Q:Patients on high-flow oxygen waiting more than an hour in an ambulance went from 112
in the first quarter of 2023 to 19 in the first quarter of 2024.>>

The cage holds 40 cylinders. The supplier now makes 104 deliveries a year to the site.

Crews now record the cylinder check in the same place as the patient's observations, and the hospital's
site team can see on a dashboard how many patients on oxygen are waiting outside and for how long. The
escalation call has been used on a small number of occasions, each time leading to the patient being
moved into the department.
"""),
        ("stakeholders", "How people were involved", """
<<S:Paramedics and emergency care assistants from the Dunholt station came to two workshops and chose
the location of the cylinder cage, and they asked for the 30-minute check to be built into the
electronic record, which our digital team did.>> <<S:Emergency department nurses and the site managers
agreed the one-hour rule for patients on high-flow oxygen after testing it during two busy weekends.>>
<<S:The gas supplier's distribution team proposed the twice-weekly delivery and the swap arrangement for
empty cylinders.>>

We did not run separate sessions with patients, given how unwell most of these patients are. Patients
waiting on ambulances were asked a few questions about their experience by our patient experience team
during one week in February, but the answers were mostly about the wait itself and did not change the
design. Patients are told by the crew when their cylinder is being changed. We intend to involve our
patient panel when we review the scheme in 2025.
"""),
        ("value", "Value", """
- The cage and installation cost £3,800.

- Extra deliveries cost about £2,000 a year.

- One serious incident of a patient becoming hypoxic in a vehicle can lead to brain injury or death, and
an investigation costs far more than the whole scheme.
"""),
        ("spread", "Spreading the learning", """
- The cylinder cage and the 30-minute check are now in place at all five acute hospitals our service
works with.

- The approach has been shared with the national ambulance medicines managers' group.

- The acute trust has included the one-hour rule in its escalation policy.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1467  home oxygen orders at hospital discharge - docx - rubric headings -
#        ICB respiratory commissioning lead, structured - ICB with the acute
#        trust, the community respiratory team and the home oxygen supplier -
#        staff involved - NO patient involvement (patients as beneficiaries,
#        sent letters, patient reps only updated, a negation) - a claim in
#        words ('a third fewer')
# ---------------------------------------------------------------------------
entry(
    id="I1467", format="docx", layout="rubric_headings", topic="home_oxygen_discharge_orders",
    project="independent92-airhome-1467", docx_font="Arial",
    title="Air at Home: getting oxygen orders right when patients leave hospital",
    cover=[
        "NHS Harrowfield and Lune Integrated Care Board (lead)",
        "With Harrowfield Hospitals NHS Trust, Lune Valley Community Health NHS Trust (Home Oxygen Assessment and Review Service) and Breatheasy Home Oxygen Ltd",
        "Entry by the Respiratory Programme Lead, Harrowfield and Lune ICB",
    ],
    primary_entrant=dict(name="NHS Harrowfield and Lune Integrated Care Board", type="icb"),
    partners=[
        dict(name="Harrowfield Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Lune Valley Community Health NHS Trust", type="nhs_trust"),
        dict(name="Breatheasy Home Oxygen Ltd", type="private"),
    ],
    sections=[
        ("context", "Context and safety goals", """
When a patient leaves hospital needing oxygen at home, a home oxygen order form is completed and sent to
the supplier, who installs concentrators and cylinders. In our area about 900 such orders are made each
year from the acute trust. We found that many of them were unsafe. Orders were sent for patients who
smoked, without the fire risk being discussed. Flow rates on the order did not match what the patient had
been on in hospital. Patients were sent home before the equipment arrived, or with equipment that arrived
the day after they had been readmitted. And very few people were followed up by the community service to
check that they still needed oxygen, so some stayed on it for years without any benefit.

Our safety goals were to make sure every order was appropriate, that the flow rate was correct, that the
equipment was installed before or on the day of discharge, and that everyone was reviewed within three
months.

The process had grown up piecemeal. Each ward completed the paper form differently, and the forms were
faxed or emailed to the supplier by whoever was free. The supplier's call centre had no way of knowing
whether the information was right and installed what it was asked to. The community home oxygen service,
which is meant to assess and review everyone on long-term oxygen, was often not told that a new patient
existed until months later, when the GP noticed a bill or the supplier raised a query. Nobody was
looking at the whole pathway, and the ICB, which pays for the service, had only the invoices.

We brought the organisations together in the autumn of 2022 under the ICB's respiratory programme,
with a shared aim written on the first page of our project plan: every patient who goes home on oxygen
should go home on the right oxygen, safely installed, and be seen again.
"""),
        ("evidence", "Evidence of improvement", """
From April 2023 all hospital oxygen orders go through a single electronic form that must be checked by
a respiratory nurse before it is sent, with mandatory questions on smoking, fire risk and flow rate. The
supplier sends a confirmation to the ward when the equipment is installed. Every order automatically
triggers a referral to the community home oxygen service for review within twelve weeks.

<<Q:Orders sent with a flow rate that did not match the patient's prescription fell from 18% in an audit
of 200 orders in 2022 to 3% in a repeat audit of 200 orders in 2024.>> <<Q:There were a third fewer
readmissions within seven days among patients discharged with new oxygen in 2023/24 than in 2022/23.>>
<<Q:The proportion of patients reviewed by the community service within three months rose from 35% to
84%.>>

In the first year, 1,020 orders went through the new form. The supplier reported 14 fires in homes with
oxygen in our area during 2023, a figure we have no earlier comparison for.
"""),
        ("stakeholders", "Stakeholder involvement", """
<<S:Respiratory nurses and ward pharmacists in the acute trust co-designed the electronic form over four
sessions and dropped several questions that slowed down discharge without making it safer.>> <<S:The
community home oxygen team set the criteria for which patients needed a home visit rather than a clinic
review, and they changed them after the first three months because too many visits were booked.>>
<<S:The supplier's installation engineers told us about the homes where they had found oxygen being used
next to gas fires, which led us to add the fire service referral question.>>

Patients are the main beneficiaries. Every patient now receives a letter explaining the safety rules
before their equipment arrives. The ICB's patient and public involvement committee was updated on the
work at two meetings. We did not involve patients directly in designing the form, as it is a clinical
document.
"""),
        ("value", "Value for money", """
Home oxygen is expensive: our area spends about £2.3 million a year on it. Removing oxygen from patients
who no longer need it after review has saved an estimated £310,000 a year, which more than covers the
respiratory nurse time. Fewer readmissions free hospital beds.
"""),
        ("spread", "Spread and sustainability", """
The electronic form has been adopted by the second acute trust in our area and is being considered by
the neighbouring ICB. The supplier has offered it to other areas it serves.

Several lessons have come out of the work. The first is that a form is only as good as the person who
checks it, which is why the respiratory nurse check is mandatory and cannot be bypassed. The second is
that the link to the community service matters as much as the order itself: many patients who went home
on oxygen after an acute illness no longer need it three months later, and without a review they
would stay on it indefinitely. The third is that fire safety has to be part of the conversation at the
point of ordering, not an afterthought. We are now working with the fire and rescue service on a
direct referral for a home fire safety visit whenever oxygen is installed in a home where someone
smokes.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1468  infections of tunnelled dialysis catheters - pdf - with appendix -
#        long - kidney patients' association chair, heartfelt - patients'
#        association with the renal unit - patients involved - NO staff
#        involvement (nurses trained and told, a unit manager signing off, a
#        plan) - NO quantitative evidence (kits given out, counts, a survey
#        with no baseline, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1468", format="pdf", layout="with_appendix", topic="tunnelled_dialysis_catheter_infection",
    project="independent92-lineproud-1468", pdf_font="LiberationSerif", pdf_align="L",
    title="Look After Your Line: patients leading the fight against dialysis catheter infections",
    cover=[
        "Lead entrant: Ormsby and District Kidney Patients' Association",
        "Partner: Ormsby Hospitals NHS Trust (Renal Services)",
        "Written by Dennis Wharton, Chair, Ormsby and District Kidney Patients' Association",
    ],
    primary_entrant=dict(name="Ormsby and District Kidney Patients' Association", type="patient_group"),
    partners=[
        dict(name="Ormsby Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why this matters to us", """
I have been on haemodialysis for eleven years. For the first two I dialysed through a tunnelled line, a
plastic tube that goes into a large vein in the neck or chest and comes out through the skin below the
collarbone. The line is a lifeline, but it is also a way in for infection. A line infection can get into
the blood within hours. I had two. The second put me in intensive care for a week and I very nearly did
not come out.

I am not unusual. At any time around 70 of the 310 people on haemodialysis in the Ormsby renal network
have a tunnelled line rather than a fistula, usually because they started dialysis in a hurry or because
their fistula has failed. <<P:When our association asked members in 2021 what worried them most, line
infections came top, above transport, above diet, above anything.>>

When we talked to each other, we found that most of us had been taught very little about our lines. We
did not know the dressing should stay dry, that we should never let anyone use the line for anything but
dialysis, or that a fever at home on a non-dialysis day was an emergency. Some of us had been told to
have a bath; others that a shower was fine. People at the satellite units were told different things
from people at the main hospital. Some had taken their dressing off to wash and put it back on with tape
from the kitchen drawer. One member had let a phlebotomist take blood from her line in a GP surgery
because she did not know she should say no.

There was also the question of what happens at home. Most of the time a person with a line is not in the
unit at all. They are at work, at home, with the grandchildren, asleep. If something goes wrong on a
Sunday evening, the renal unit is not the first place they think of, and an emergency department that
does not know them may not know what a tunnelled line is either. Two of our members with a fever at home
had waited many hours in the emergency department before anybody took a blood culture from the line.

We felt that the people best placed to explain how to live safely with a line are the people who have
lived with one. So we asked the renal unit if we could work together on it.

The renal unit was already worried. Its nurses did their best to teach line care at the start of
dialysis, but the first weeks on dialysis are overwhelming, and most people remember very little of what
they are told. Written information was a photocopied sheet that had not been updated for years. The
unit's infection prevention nurse had been collecting data on line infections for the national
registry, and was keen to try something new, but there was no time and no money for a new programme.

What we could offer was people. Our association has around 400 members, many of whom have had a line
at some point. Some are still on dialysis; some have had a transplant; a few are carers of people who
have died. All of them know what it is like to have a tube coming out of your chest and to worry about it
every time you take your shirt off.
"""),
        ("stakeholders", "How patients and others were involved", """
<<P:Twelve of our members who have or have had a tunnelled line met over six months to write the 'Look
After Your Line' guide, choosing what to include from their own mistakes and near misses.>> <<P:They
decided it should be a short booklet with photographs of real lines taken by members, not drawings,
because drawings looked nothing like the real thing.>> <<P:Members also recorded three short videos, one
showing how to shower with a line and a waterproof cover, which were filmed in a member's own bathroom.>>

<<P:Our peer supporters, all of them people on dialysis, now visit every new patient who starts
dialysis with a line, within their first fortnight, to talk through the booklet, and after the first
twenty visits they asked for a shorter version for people who are very unwell at the start, which we
produced.>> <<P:The idea of a wallet card saying 'This line is for dialysis only' came from a member who
had been caught out at her GP surgery.>>

The renal nurses were trained by our peer supporters in how to use the booklet. All renal unit staff
were told about the project at their monthly team briefing. The renal unit manager, Sister Anne Bellamy,
agreed that the booklet could be given out in the units, as is her role. We plan to ask the nurses to
help us review the booklet in its second year.
"""),
        ("evidence", "What difference it has made", """
The booklet, wallet card, waterproof shower covers and a fever thermometer have been given to every
patient with a tunnelled line since March 2023, a total of 164 kits so far. Our peer supporters have made
138 visits. The videos have been watched more than 2,000 times on our website.

In a survey of 52 members with a line in early 2024, 47 said they now knew what to do if they had a
fever at home, and 49 said they would refuse if someone wanted to use their line for anything other than
dialysis. We did not ask those questions before the project began, so we cannot say how much has
changed.

The renal unit reports its line infection rate to the national registry every quarter, and our target
is for it to be the lowest in the region by 2026. We are hopeful that what our members have done will
contribute to that, but the figures are not yet ready to share.
"""),
        ("value", "Value", """
Each kit costs about £18 and was paid for by our association's fundraising and a small grant from the
hospital charity. Peer supporters are volunteers. A line infection that needs a hospital stay costs the
NHS many thousands of pounds, and for a person on dialysis it can mean losing the line, having a new one
put in and sometimes losing their life.

For our members the value is harder to measure. Several have told us that the booklet made them feel in
charge of their own line for the first time.

One of our peer supporters, who has been on dialysis for six years, put it like this: 'When a nurse tells
you to keep your dressing dry, you nod. When someone who has had sepsis from their line tells you, you
listen.' That is what this project is about. It is not a replacement for the care the renal unit gives,
but it reaches people in a way that a leaflet from a professional cannot.

The project has also been good for our volunteers. Several peer supporters have told us that being able
to help someone else at the start of dialysis has given meaning to their own difficult experience.
"""),
        ("spread", "Sharing it", """
The booklet and videos are free for any renal unit to use, and two other kidney patients' associations
have asked to adapt them. We presented the project at the national kidney patients' conference in 2024.
The renal unit has asked us to do the same for people with peritoneal dialysis catheters.
"""),
    ],
    trailer=[
        ("heading", "Appendix: what is in the kit, and where our figures come from"),
        ("para", "Each Look After Your Line kit contains: the 16-page booklet; a wallet card; two waterproof shower covers; a digital thermometer; and a fridge magnet with the renal unit's 24-hour number. Videos are hosted on the association's website."),
        ("para", "Kit and visit figures are from the association's own records. The survey was posted and emailed to members with a tunnelled line in February 2024. Line infection rates are held by Ormsby Hospitals NHS Trust Renal Services."),
        ("para", "Ormsby and District Kidney Patients' Association, c/o Renal Unit, Ormsby General Hospital, Ormsby OR3 9LP. Registered charity."),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1469  nasogastric feeding under restraint in eating disorder units - pdf
#        via soffice - style headings - mental health trust consultant
#        psychiatrist and dietitian, careful - mental health trust with the
#        children's hospital and a university - young people with lived
#        experience and staff involved - NO value section
# ---------------------------------------------------------------------------
entry(
    id="I1469", format="pdf", layout="style_headings", topic="nasogastric_feeding_eating_disorder_units",
    project="independent92-gentletube-1469", render_via="soffice", docx_font="Liberation Serif",
    title="Safer Tubes, Kinder Care: nasogastric feeding for young people in eating disorder units",
    cover=[
        "Hartsdale and Wendholme Partnership NHS Foundation Trust (lead), with Wendholme Children's Hospital NHS Trust and the University of Hartsdale, Department of Nutrition and Dietetics",
        "Entry by Dr Owen Pryce, Consultant Child and Adolescent Psychiatrist, and Leanne Farrow, Specialist Eating Disorders Dietitian",
    ],
    primary_entrant=dict(name="Hartsdale and Wendholme Partnership NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Wendholme Children's Hospital NHS Trust", type="nhs_trust"),
        dict(name="University of Hartsdale", type="university"),
    ],
    sections=[
        ("context", "Background", """
Some young people with severe anorexia nervosa cannot eat enough to stay alive, and when all other
options have been tried they may be fed through a nasogastric tube, sometimes under the Mental Health Act
and sometimes with physical restraint. This is among the most difficult things we do. It also carries
the physical risks of any nasogastric tube: a tube in the lung, a tube displaced during restraint, or
refeeding syndrome if feed is increased too quickly.

Our two adolescent eating disorder units admit about 60 young people a year. In 2021 an external review
found that our nasogastric practice differed between the units and from the children's hospital that
receives our patients when they are medically unstable. Tubes were being removed after each feed and
re-passed, sometimes several times a day, which meant many more restraints and many more chances of
misplacement. pH checks were not always documented before feeds. Staff were unsure whether mental health
nurses could pass tubes at all.

We also knew that the way nasogastric feeding is carried out has a lasting effect on young people. Many
of those we have cared for describe the tube, and especially the restraint, as the most traumatic part of
their illness, and some say it damaged their trust in staff for the rest of their admission. At the same
time, stopping tube feeding is not an option for a young person whose heart is failing from starvation.
We needed a way of doing it that was physically safer and less frightening.

The children's hospital had the expertise in tube placement and refeeding but little experience of
doing it under the Mental Health Act. We had the mental health expertise but had drifted into habits
that did not match current guidance. The university's dietetics department had been researching
refeeding in eating disorders and offered to help us measure what we were doing.
"""),
        ("evidence", "What has improved", """
Since October 2022 both units have followed a joint protocol agreed with the children's hospital. Tubes
are left in place between feeds unless the young person asks otherwise and it is safe, position is
checked with pH before every use and recorded on a single chart, and restraint for feeding follows an
agreed plan that is reviewed every day. The university's dietetics team helped us set refeeding rates
and audit them.

<<Q:The number of tube insertions per young person fed by tube fell from a median of 9 a week to 2 a
week.>> <<Q:Episodes of restraint linked to tube feeding fell by 58% between 2021/22 and 2023/24.>>
<<Q:Documented pH checks before feeds rose from 71% to 99%.>> There have been no misplaced tubes used for
feeding during the project.

These changes have also made a difference to the atmosphere on the units. Nurses describe feeds as
calmer, and young people are more often able to take part in choosing how the feed happens, such as
sitting in a chair rather than on the bed, or having a particular member of staff with them. We have not
yet found a reliable way to measure this, and the university is helping us develop one.
"""),
        ("stakeholders", "Involvement", """
<<P:Young people who had been tube fed on our units, some now recovered, worked with us as experts by
experience over a year; they told us that repeated passing of the tube was the worst part and that they
wanted a choice about leaving it in, which became the central change.>> <<P:A parents' group gave us
their views on the information leaflet, and they asked for a section on what parents can do to help on
the day of a feed, which was added.>>

<<S:Nurses and healthcare assistants on both units helped write the restraint plan and tested it on the
ward, and they asked for a debrief after every restrained feed, which is now routine.>> <<S:Paediatric
dietitians and gastroenterology nurses from the children's hospital reviewed the protocol and trained our
nurses in tube passing.>> <<S:Dietetics lecturers and students at the university designed the refeeding
audit tool with our dietitians.>>
"""),
        ("spread", "Spread", """
The joint protocol has been adopted by the regional provider collaborative for all three adolescent
eating disorder units in the region, and the university now teaches it on its postgraduate course in
eating disorder dietetics. We have presented the work at a national child and adolescent mental health
conference.

We are now working with the provider collaborative on shared training for all staff who take part in
restrained feeding, delivered jointly by mental health nurses and paediatric nutrition nurses, and on a
regional audit of refeeding practice. The protocol is reviewed every year with the children's hospital,
and we have agreed that any incident involving a nasogastric tube on either unit will be reviewed jointly
by both organisations.
"""),
    ],
    flags=[dict(code="missing_section", criterion="value")],
)


# ---------------------------------------------------------------------------
# I1470  air embolism when central lines are removed - docx - form table -
#        PRIVATE independent hospital group as primary entrant with an NHS
#        trust (ineligible) - group director of nursing, formal - staff and a
#        patient partner involved
# ---------------------------------------------------------------------------
entry(
    id="I1470", format="docx", layout="form_table", topic="central_line_removal_air_embolism",
    project="independent92-lieflatpull-1470", docx_font="Calibri",
    title="Lie Flat, Breathe Out: preventing air embolism when central lines are removed",
    cover_table=[
        ("Entry title", "Lie Flat, Breathe Out: preventing air embolism when central lines are removed"),
        ("Primary entrant", "Greyfriars Healthcare Group Ltd (six independent hospitals)"),
        ("Partner organisation", "Lyndhurst Valley NHS Foundation Trust (Critical Care and Vascular Access)"),
        ("Name and role of entrant", "Group Director of Nursing and Clinical Governance"),
    ],
    primary_entrant=dict(name="Greyfriars Healthcare Group Ltd", type="private"),
    partners=[
        dict(name="Lyndhurst Valley NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Describe the problem and why a partnership was needed", """
Air embolism during the removal of a central venous catheter is rare but can be catastrophic. If the
patient is sitting up when the line is pulled, or the exit site is not sealed, air can be drawn into the
vein and travel to the heart or brain. Many nurses who remove lines do so only occasionally, and the
correct technique, lying the patient flat or head down and asking them to breathe out or hold their
breath, is easily forgotten.

Our hospitals treat many NHS patients after major surgery, and central lines are removed on surgical
wards by ward nurses, not by critical care teams. In 2022 one of our patients had a suspected air
embolism after a line was removed while she was sitting in a chair. She recovered, but the review showed
that our policy had not been updated for years and was different from that of the NHS trust whose
critical care unit transfers patients to us and receives our sickest patients.

We asked ourselves how many of our nurses had ever been taught to remove a central line, and how
recently. The answer was uncomfortable. Many had learned at the bedside from a colleague, years ago, and
a significant number said they would sit the patient up to make the procedure easier. Line removal was
not covered in our induction. Our policy referred to equipment we no longer stocked. Meanwhile the NHS
trust had rewritten its procedure after a serious incident of its own, but the learning had never
crossed the boundary between the two organisations, even though we share patients every week.

Patients move between us in both directions. A patient who has major surgery with us and deteriorates is
transferred to the trust's critical care unit; a patient who has had a line inserted at the trust may
come to us for rehabilitation or further surgery. It made no sense for the two organisations to remove
lines in different ways.
"""),
        ("evidence", "What evidence is there of improvement?", """
We adopted the trust's line removal procedure across all six hospitals in March 2023, with a bedside
sticker, an occlusive dressing pack and a competency assessment for every nurse who removes central
lines. <<Q:An audit of 150 line removals found the patient positioned flat or head-down in 52% before
the change and 96% after it.>> <<Q:Use of an occlusive dressing at the exit site rose from 61% to 98%.>>
There have been no suspected air embolisms since.

The audit is repeated every six months in each hospital by a practice educator who observes line
removals on the wards. So far 212 of our nurses have completed the competency assessment, including all
nurses on the surgical wards and in our high dependency units. The bedside sticker is placed on every
patient's observation chart when a central line is inserted, so that the instructions are there on the day
it comes out.
"""),
        ("stakeholders", "Who was involved and how?", """
<<S:Ward nurses from three of our hospitals tested the bedside sticker and asked for the breathing
instruction to be in large print at the top, which changed its layout.>> <<S:The trust's vascular access
nurses and critical care educators trained our practice educators and reviewed our audit tool.>>
<<P:Our patient partner, who had had several central lines during cancer treatment, helped us write the
patient explanation that nurses read out before removal.>>
"""),
        ("value", "What is the value of the solution?", """
The dressing packs cost £2 each. Avoiding a single air embolism, with the possibility of stroke or death,
is of incalculable value to the patient and avoids a costly investigation and claim.

The competency assessment takes about 45 minutes and is delivered by our own practice educators, who
were trained by the trust's vascular access team at no charge. Aligning our procedure with the trust's
has also made transfers simpler, because nurses at both organisations now use the same language and the
same equipment. Staff who work bank shifts in both organisations no longer have to remember two
different ways of doing the same thing.
"""),
        ("spread", "How could the solution be spread?", """
The procedure is now used in every Greyfriars hospital and has been shared with the independent sector
providers' nursing network. The trust has included our sticker in its own vascular access policy.

We believe the same approach would work for any independent provider that shares patients with an NHS
trust. The most useful thing we did was simply to ask our NHS colleagues for their procedure and adopt
it, rather than writing our own. We are now doing the same for peripherally inserted central catheters
and for the removal of epidural catheters, both of which carry their own risks and where our practice
had drifted from the trust's.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1471  long-term tracheostomies in nursing homes - docx - bullet lists -
#        GP federation clinical lead, brisk - GP federation with the community
#        trust's respiratory physiotherapists and the acute trust's
#        tracheostomy team - staff involved - NO patient involvement
#        (residents as beneficiaries, families sent letters, residents unable
#        to take part, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1471", format="docx", layout="bullet_lists", topic="long_term_tracheostomy_nursing_homes",
    project="independent92-tracheathome-1471", docx_font="Calibri",
    title="Trachy Care Closer to Home: supporting nursing homes caring for residents with long-term tracheostomies",
    cover=[
        "Pellingham GP Federation (lead)",
        "Partners: Pellingham Community NHS Trust (Respiratory Physiotherapy); Pellingham and Stowe Hospitals NHS Trust (Tracheostomy Outreach)",
        "Contact: Dr Imran Sadiq, Clinical Lead for Care Homes",
    ],
    primary_entrant=dict(name="Pellingham GP Federation", type="primary_care"),
    partners=[
        dict(name="Pellingham Community NHS Trust", type="nhs_trust"),
        dict(name="Pellingham and Stowe Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why we needed to act", """
Five nursing homes in our area look after residents who have a long-term tracheostomy, most after a
severe brain injury or a stroke. At any time there are between 15 and 20 such residents. They are among
the most vulnerable people our GPs look after.

When we reviewed emergency admissions from these homes in 2022, we found:

- residents were being sent to hospital by ambulance for routine tube changes because nobody in the home
was able to do them;

- blocked tubes were the commonest reason for a 999 call;

- the homes had different suction equipment and some had no spare tubes of the right size;

- the GP was often the only professional the home could call, and most GPs have little tracheostomy
experience.

Behind each of those points was a resident. One man was taken to hospital four times in a year for tube
changes, each time by ambulance with a nurse escort, each time waiting for hours in the emergency
department. Another had a blocked tube at night; the nurse on duty had never suctioned a tracheostomy and
called 999, and the crew cleared the tube in the home.

The homes were doing their best. Their nurses are experienced, but tracheostomy care is specialised and
the hospital's outreach team had never been commissioned to work outside the hospital. No single
organisation had the job of supporting these residents, so we decided to share it.

Our federation provides the enhanced health in care homes service for all the practices in Pellingham,
so our GPs already visit these homes every week. That gave us a natural starting point. We approached
the community trust, whose respiratory physiotherapists were already seeing some of these residents
for chest clearance, and the acute trust's tracheostomy outreach team, who knew the residents well from
their time in hospital and had long been frustrated to see them come back for problems that could have
been managed at home.
"""),
        ("evidence", "What changed", """
From April 2023:

- every resident with a tracheostomy has a monthly review by a respiratory physiotherapist in the home;

- routine tube changes are done in the home by the hospital's tracheostomy outreach nurses;

- the homes have standard emergency equipment, checked monthly;

- GPs and nursing home staff can call the outreach team for advice seven days a week.

Results:

- <<Q:Emergency admissions for tracheostomy problems from the five homes fell from 23 in 2022/23 to 8 in
2023/24.>>

- <<Q:Ambulance journeys for routine tube changes dropped from 31 to 2.>>

- Outreach nurses made 96 visits in the first year.

- The physiotherapists carried out 188 monthly reviews.

- The physiotherapists check each home's emergency equipment at their monthly visit.

We also keep a log of every call to the advice line. Most calls are about secretions, cuff pressures or
a change in the resident's breathing, and most are resolved with advice over the phone.
"""),
        ("stakeholders", "Who was involved", """
- <<S:Nursing home nurses and managers from all five homes met with the physiotherapists and outreach
nurses to agree what equipment every home should have, and they chose a single suction unit after
trying three.>>

- <<S:GPs in the federation helped write the advice line criteria and asked for a written summary after
every outreach visit, which is now sent to the practice.>>

- <<S:Ambulance clinicians at the local station gave us their view of the most common call-outs, which
shaped the emergency equipment list.>>

- Residents benefit directly, although most are not able to communicate their views because of the
severity of their brain injuries.

- Families were sent a letter explaining the new arrangements.

- We would like to set up a way for families to give feedback next year.
"""),
        ("value", "Value", """
- Each avoided admission saves around £3,500.

- Each avoided ambulance journey saves around £250.

- Residents avoid the distress and infection risk of a trip to hospital.

- The outreach nurse time costs about £28,000 a year, funded by the ICB.

- GPs spend less time on urgent calls about tracheostomy problems they feel ill-equipped to manage.
"""),
        ("spread", "Spread", """
- The model is being extended to residents with long-term ventilation in the same homes.

- We have shared it with the two other GP federations in our ICB area.

- The respiratory physiotherapists now hold a quarterly skills session for nursing home staff in all
five homes.

- The ICB has agreed to fund the outreach nurse time for a further two years while it considers a
permanent arrangement.

- We have written a short guide for other federations on how to set up the same arrangement, including
the equipment list and the advice line criteria.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1472  fever in children with central lines at home - pdf - numbered
#        questions - children's cancer charity family support lead, warm -
#        charity with the children's hospital and the ambulance service -
#        families and teenagers ('line buddies') involved - NO staff
#        involvement (call handlers trained, crews briefed, a named lead
#        doing his job, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1472", format="pdf", layout="numbered_questions", topic="central_line_fever_children_cancer",
    project="independent92-feverfirst-1472", pdf_font="LiberationSans", pdf_align="L",
    title="Fever First: faster antibiotics for children with cancer and a central line",
    cover=[
        "Little Lanterns Children's Cancer Trust (registered charity) - lead",
        "Oakhurst Children's Hospital NHS Foundation Trust (Paediatric Oncology); Southmoor Ambulance Service NHS Trust - partners",
        "Submitted by the Family Support Manager, Little Lanterns",
    ],
    primary_entrant=dict(name="Little Lanterns Children's Cancer Trust", type="charity"),
    partners=[
        dict(name="Oakhurst Children's Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="Southmoor Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "1. What problem did you address?", """
Almost every child having treatment for cancer has a central line, either a tube coming out of the chest
or a port under the skin. Chemotherapy lowers their defences against infection, and a fever can mean a
line infection or sepsis. The rule is that a child with a fever and a central line should have
antibiotics within an hour of arriving at hospital. Every parent is told this at diagnosis.

<<P:In reality, families told us again and again that the hour did not start when they needed it to.>> They
rang the ward and were told to come in, then waited for an ambulance that was not given priority, or
drove themselves and queued at the emergency department behind children with sprains. Some were
asked to wait for a blood count before antibiotics were given. Parents described arguing at the
reception desk while their child shivered.

The families we support live across a large rural area, some more than an hour from Oakhurst. We wanted
the whole journey, from the moment the thermometer reads 38, to be treated as the emergency it is.

We are a charity that supports families from diagnosis to the end of treatment and beyond. We run a
family centre next to the hospital, a helpline, and a team of family support workers who visit at home.
We are not clinicians. But we hear, every week, about the gaps between the services that families use,
and the fever journey was the gap that worried families most. Several had stories of children who
became very unwell while waiting, and one family we supported lost their son to sepsis during
treatment, although his death was not linked to a delay.

The hospital knew the one-hour standard was not always met, and the ambulance service knew that a child
with cancer looked, on its triage system, much like any other child with a temperature. What was
missing was someone to join up the journey from the family's kitchen to the emergency department
cubicle.
"""),
        ("evidence", "2. What evidence is there that safety improved?", """
Since July 2023 families have a 'Fever First' card and a fridge magnet with the oncology ward's direct
line. When they ring, the ward alerts the ambulance service, which now categorises a child with cancer,
a central line and a fever as a priority call. Children arriving at the emergency department go straight
to a side room and antibiotics are given through the line before the blood results are back.

<<Q:The median time from arrival at hospital to the first dose of antibiotics fell from 94 minutes in
2022 to 41 minutes in the year after the card was introduced.>> <<Q:The proportion of children
receiving antibiotics within the hour rose from 38% to 82%.>> <<Q:Admissions to intensive care with
sepsis among children on treatment fell from seven in 2022 to two in 2023/24.>>
"""),
        ("stakeholders", "3. How were patients, families and staff involved?", """
<<P:The whole idea began at a parents' coffee morning at our family centre, where mothers and fathers
listed every delay they had met on the way to antibiotics, and that list became our plan.>> <<P:Our
'line buddies', teenagers who have finished treatment and now help younger children, chose the design
and words for the card and insisted that it should fit in a phone case.>> <<P:Parents tested the card
at the emergency department reception on two mock runs and told us the receptionists did not know what
it meant, so the card now has a short line for reception staff on the back.>>

Ambulance call handlers were trained to recognise the card. Emergency department staff were briefed at
their handover meetings. Dr Tom Ashworth, the consultant paediatric oncologist, agreed the clinical
wording as part of his role as lead for the service. We plan to ask ward nurses for their views at the
one-year review.
"""),
        ("value", "4. What value has the project brought?", """
The cards and magnets cost under £1,000 a year and are paid for by the charity. A child admitted to
intensive care with sepsis can stay for days and the cost runs into tens of thousands of pounds. The
greatest value is to families, who tell us the card gives them the confidence to insist.

There is also a value in trust. Families who have had a bad experience with a fever are more likely to
delay calling next time, hoping the temperature will settle. A family that knows the system will respond
quickly is more likely to ring straight away, which is exactly what we want.
"""),
        ("spread", "5. How has it been shared?", """
The card has been shared with the regional children's cancer network and two other principal treatment
centres have asked to use it. The ambulance service has added the priority category to its guidance for
the whole region.

We are now working with the children's cancer network to produce a version of the card for teenagers
and young adults, who are treated in a different unit and often travel to hospital on their own. We are
also looking at whether the same approach could help children with other conditions who have central
lines at home, such as those fed through a line.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)
