"""Eighty-eighth independent evaluation set (I1393..I1408) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing orthopaedic and hip fracture teams,
ambulance services, GP federations and primary care networks, integrated care boards,
councils, rural and farming charities, an air ambulance charity, universities, a mental
health trust and the odd private company send in, in their own voices and at their own
length.  The theme of this set is bones, joints and injuries: hip fracture, fragility
fractures and osteoporosis, plaster casts and compartment syndrome, spinal injuries, and
sports and farm injuries in rural areas.

Topics (lead's type and layout): getting people up and walking the day after hip fracture
surgery, weekends included (an acute trust with a university and a community trust, pdf
own headings); yearly zoledronic acid infusions for osteoporosis that lapsed when a
hospital day unit closed (a GP federation, docx bold headings with a cover table);
rigid collars and full spinal immobilisation of frail older people after low-level falls
(an ambulance service, docx numbered questions with cover bullets); an app that checks
people sent home in a new plaster cast for warning signs of compartment syndrome (a
private digital health company as primary entrant, pdf CAPS headings); farmers who keep
working with an injury and first aid on isolated farms (a farming community charity,
docx no headings); pitchside care for suspected neck injuries in community rugby (a
university, pdf form with a cover table); compartment syndrome missed in people with
limb injuries seen at urgent treatment centres and minor injury units (an integrated
care board, docx rubric headings); bone health checks for older people on long-term
steroids in a rural dispensing practice (one GP practice on its own, no partner, pdf two
columns); fractures in adults with a learning disability and epilepsy (a community
trust learning disability service, docx style headings, no value section); riders
injured on remote bridleways and moorland (an air ambulance charity, pdf with appendix);
six-monthly denosumab injections that run late (a primary care network, docx form with a
cover table); bone density checks before planned hip and knee replacement (a private
orthopaedic treatment centre company as primary entrant, pdf made from Word);
quad bike injuries in children and young people on farms (a county council public health
team, docx sections in an unusual order, results first); fractures during moving and
handling of children with complex disabilities (a community trust children's service,
pdf numbered questions); neck fractures missed in older people after minor falls at
home (a GP federation, docx lists); and older people on mental health wards who break a
hip (a mental health trust, pdf lists, no evidence section).

Build it with

    .venv/bin/python data/independent/build.py --set 88   (writes data/corpus/independent88/)

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
  * not Q: dates, financial years, bed/ward/home/school/practice/club counts, headcounts,
    numbers trained, activity counts (visits, calls, referrals, checks, kits, scans,
    people screened or identified), single figures with no baseline, a zero with no
    earlier figure, figures that did not change, budgets, costs and savings estimates,
    phone numbers, postcodes, reference numbers, targets not yet reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    (including 'halved', 'a third fewer' or a sustained shift on an SPC chart);
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, volunteers with lived experience, unusual names
    for the people involved, list items), wherever in the entry it is told; a volunteer
    or peer worker with lived experience, employed by a partner, who helped design the
    work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices, GP federations and primary care networks are
primary_care; self-advocacy and parent carers' groups are patient_group; farming,
air ambulance and osteoporosis charities and a county rugby union are charity; a
university is university; digital health companies and independent treatment centre
companies are private).  A department or team of the entrant's own organisation is not a
partner.  Flags are written by hand and build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw



# ---------------------------------------------------------------------------
# I1393  walking the day after hip fracture surgery, weekends included - pdf -
#        own headings - acute trust orthogeriatric lead, warm - acute trust with
#        a university physiotherapy school and a community trust - patients,
#        relatives and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1393", format="pdf", layout="own_headings", topic="hip_fracture_day_one_mobilisation",
    project="independent88-firststeps-1393", pdf_font="LiberationSans", pdf_align="L",
    title="First Steps Tomorrow: getting people up the day after hip fracture surgery, seven days a week",
    cover=[
        "Lead organisation: Hallowmere Hospitals NHS Foundation Trust (Orthogeriatric and Trauma Service)",
        "Partners: Lockridge University, School of Health and Rehabilitation Sciences; Hallowmere Community Health NHS Trust",
        "Written by the consultant orthogeriatrician on behalf of the project group",
    ],
    primary_entrant=dict(name="Hallowmere Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Lockridge University", type="university"),
        dict(name="Hallowmere Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Where we started", """
We admit around 620 people a year with a broken hip to Hallowmere General. Their average age is 84.
Most have fallen at home or in a care home, many are living with dementia, and a good number were only
just managing before the fall. For them, the operation is the easy part. What happens in the next 48
hours decides whether they walk again, whether they become delirious, whether they get a chest
infection or a pressure sore, and whether they ever go home.

Everybody knows that getting people out of bed and standing on the first day after surgery is one of the
most powerful things we can do. In 2021 we were not doing it reliably. On a Monday to Thursday, most of
our patients were sat out and stood by a physiotherapist the next day. If the operation was on a Friday
or a Saturday, the chance fell away sharply, because our weekend physiotherapy cover was one person for
the whole of trauma and orthopaedics and she spent most of her shift on the people who were due to go
home. Patients operated on late in the evening often missed the next day too, because they were 'too
drowsy' on the morning ward round and nobody came back.

We also found that people who got up late stayed in hospital longer and were more likely to be
discharged to a care home. Some of them had been living independently before they fell. That felt to us
like a harm we were causing, not a consequence of the fracture.

The fix could not come from the hospital alone. We did not have the physiotherapists to staff seven days,
and recruiting them was not going to happen quickly. Lockridge University trains physiotherapy and
occupational therapy students and was looking for high quality placements. The community trust's
intermediate care team was already taking many of our patients home or to its community beds, and wanted
them to arrive fitter.

We set ourselves three aims: that every patient who is well enough would be sat out and stood on the
first day after surgery, whatever day of the week the operation was; that nobody would be left in bed
because the right person was not on shift; and that planning for home would start on the ward, not in
the community bed.
"""),
        ("evidence", "What the numbers show", """
From April 2022 we changed three things. Final-year physiotherapy students from the university now work
weekend shifts on the trauma ward, supervised by a band 7 physiotherapist, as part of a paid placement.
Our healthcare assistants were given a short competency in sitting people out and standing them with a
frame, so that the first stand does not have to wait for a therapist. And a community trust
intermediate care therapist joins our Thursday board round, so that the plan for getting home starts
in the first few days.

<<Q:The proportion of patients mobilised out of bed by the day after surgery rose from 61% in 2021 to
89% in 2023/24, and for people operated on at a weekend it went from 38% to 86%.>> <<Q:New delirium
recorded after the operation fell from 31% to 19% of patients over the same period.>> <<Q:Hospital-acquired
pneumonia in hip fracture patients dropped from 47 cases in 2021 to 22 in 2023/24.>>

<<Q:The average length of stay on the trauma ward came down from 17.2 days to 12.9 days, and the
share of people who had come from their own home and returned to it within 30 days went from 52% to
66%.>>

We check these figures against our national hip fracture audit submissions every quarter. Thirty-day
mortality was 6.8% last year, which is close to the national average.
"""),
        ("stakeholders", "Who shaped it", """
<<S:The healthcare assistants on the trauma ward wrote the competency themselves with our practice
educator, and it was their idea to keep a 'first stand' board by the nurses' station so that nobody is
missed at handover.>> <<S:The university's placement lead and our weekend physiotherapists designed the
student shift together, and after the first term the students asked for a 30-minute huddle with the
nurse in charge at the start of each shift, which is now part of the day.>> <<S:Intermediate care
therapists from the community trust tested the Thursday board round for three months and changed the
handover sheet so that it asks what the person's stairs are like at home.>>

We also asked people who had been through it. <<P:Two women who had broken their hips in the winter of
2021 walked the ward with us and described how frightening the first stand had been, and because of
what they said, every patient is now told the evening before that someone will help them up in the
morning and why.>> <<P:Relatives were asked on the ward what would help, and their request for a chair
they could sit in beside the bed, so they could encourage their mum or dad to get up, led to us buying
twelve folding chairs.>>
"""),
        ("value", "Is it worth it?", """
The weekend student shifts cost about £38,000 a year in placement payments and supervision. Each day of
hospital stay saved is worth roughly £400, and the reduction in length of stay alone more than covers
the cost. Fewer people going into a care home after their fracture is the bigger saving, for the council
and for families, although we have not tried to put a figure on it.

Staff tell us that weekends feel different. The students say the placement has made them want to work in
older people's care, and four of them have applied for jobs with us.

The ward feels busier in a good way at weekends, with more people sitting in chairs for lunch and fewer
lying flat in bed. Nurses say that people who are up on the first day are easier to care for, eat
better and are less likely to become confused at night.
"""),
        ("spread", "Sharing it", """
The university has offered the same weekend placement model to the two other trusts it works with, one
of which starts in September. We presented the work at the regional orthogeriatric network and the
competency for healthcare assistants is now used on our elective orthopaedic ward. The community trust
has asked whether the same approach could work in its community hospital beds.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1394  yearly zoledronic acid infusions lapsed when a hospital day unit
#        closed - docx - bold headings with a cover table - GP federation
#        medicines lead, clipped - GP federation with the acute trust and the
#        ICB - staff involved - NO patient involvement (patients recalled and
#        sent letters, a survey that changed nothing, a plan, a negation)
# ---------------------------------------------------------------------------
entry(
    id="I1394", format="docx", layout="bold_headings", topic="zoledronic_acid_infusions_lapsed",
    project="independent88-nextdose-1394", docx_font="Calibri",
    title="Next Dose Due: restarting yearly bone-strengthening infusions in the community",
    cover_table=[
        ("Entry title", "Next Dose Due: restarting yearly bone-strengthening infusions in the community"),
        ("Lead organisation", "Carrow Dales GP Federation"),
        ("Partners", "Saltmarsh and Carrow Hospitals NHS Trust (Metabolic Bone Service); NHS Carrow and Fenside Integrated Care Board"),
        ("Contact", "Priya Banerjee, Head of Medicines Optimisation, Carrow Dales GP Federation"),
    ],
    primary_entrant=dict(name="Carrow Dales GP Federation", type="primary_care"),
    partners=[
        dict(name="Saltmarsh and Carrow Hospitals NHS Trust", type="nhs_trust"),
        dict(name="NHS Carrow and Fenside Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Background", """
Zoledronic acid is a once-a-year drip that strengthens bones in people with osteoporosis, usually those
who have already broken a hip, wrist or vertebra, or who cannot take tablets. Until 2020 the infusions
were given in the medical day unit at Saltmarsh General. The day unit was turned into a COVID ward in
March 2020 and never reopened in its old form.

Nobody decided to stop the infusions. They just stopped. The hospital assumed practices would pick up
the patients. Practices assumed the hospital would send for them. The patients, many of whom are in
their eighties, assumed that no letter meant no need.

In 2022 one of our pharmacists reviewed a woman of 79 who had broken her other hip. She had had two
infusions after her first fracture and none for three years. When we searched the records of all 23
member practices we found 410 patients who had been started on zoledronic acid by the hospital, of whom
266 were overdue for their next dose by more than six months. Some had been overdue for over two years.
Some had since died or moved, and some had rightly finished treatment, but nobody had checked.

This mattered because the benefit of zoledronic acid fades. Most people need three to six yearly doses,
depending on their fracture history and their bone density, and then a planned review. A gap of a year
or two is not a disaster on its own, but a gap that nobody knows about tends to become permanent. In
the meantime people were still being prescribed calcium and vitamin D on repeat, which gave everyone the
impression that their bones were being looked after.

There was also nowhere obvious for the infusions to go. The hospital's remaining day unit was full with
chemotherapy and blood transfusions. Our practices did not have the staff, the chairs or the monitoring
to give an intravenous drug that can cause a fever, flu-like symptoms and, rarely, a sharp drop in
calcium. And nobody was commissioned to do it, so each organisation could reasonably say it was not its
job.
"""),
        ("evidence", "What changed", """
The federation now runs an infusion clinic two days a week in its treatment room at Carrow Health
Centre, staffed by a federation nurse and supervised by the metabolic bone consultant, who reviews every
patient's notes before they are booked. The hospital sends the federation a monthly list of anyone
started or reviewed. Practices code the date of each infusion so that the next one is due on a recall.

<<Q:Of the patients under the care of the service, those more than six months overdue for an infusion
fell from 266 of 410 in October 2022 to 19 of 452 in October 2024.>> <<Q:New fragility fractures in
this group went down from 41 in the two years before the clinic opened to 23 in the two years since.>>

In the first year 318 infusions were given. Every patient had their kidney function and calcium checked
beforehand. There were 11 acute phase reactions, all mild.
"""),
        ("stakeholders", "Involvement", """
<<S:Practice pharmacists from the federation went through the overdue list with the metabolic bone
consultant over four evening sessions and together they agreed the rules for who should restart, who
needed a review first and who should stop.>> <<S:The federation nurses who run the clinic asked for the
pre-infusion blood test to be done at the patient's own practice a week before, because in the pilot
too many people arrived with no result, and the booking process was changed to do this.>> <<S:The ICB's
medicines optimisation team and practice managers worked out how to code the infusions so that the recall
shows up in every practice's system.>>

Every patient on the list was written to and offered an appointment. A questionnaire was given to
people at their first clinic visit in 2023, and most rated the clinic as good or excellent, so we kept
it as it was. No patients sat on the project group. We intend to ask the local osteoporosis support
group to look at our patient leaflet next year.
"""),
        ("value", "Value for money", """
The clinic costs about £46,000 a year to run, which the ICB funds through a local enhanced service.
A hip fracture costs the NHS and social care well over £14,000 in the first year. If the clinic prevents
even a handful of fractures a year it pays for itself.

Patients no longer travel to Saltmarsh, which for many in the rural west of the patch was a round trip of
over an hour, often by hospital transport. The metabolic bone consultant now spends her clinic time on
the people who need a specialist opinion rather than on booking infusions.
"""),
        ("spread", "Spread", """
Two neighbouring federations have asked for our search and our clinic protocol. The ICB is writing the
monthly list from the hospital into its contract for the metabolic bone service, so that other areas
are not left relying on goodwill.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1395  rigid collars and full spinal immobilisation in frail older people
#        after low falls - docx - numbered questions with cover bullets -
#        ambulance service consultant paramedic, measured - ambulance service
#        with the major trauma network and an acute trust - staff involved,
#        patients involved subtly (an older people's council in the value
#        section) - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1395", format="docx", layout="numbered_questions", topic="spinal_immobilisation_older_fallers",
    project="independent88-gentlespine-1395", docx_font="Arial",
    title="Gentle Spine: safer spinal care for older people after a fall from standing",
    cover=[
        "Primary entrant: North Pennine and Ridings Ambulance Service NHS Trust",
    ],
    cover_bullets=[
        "Partner: West Ridings Major Trauma Network (hosted by Kelderby Teaching Hospitals NHS Trust)",
        "Partner: Ashworth Moor Hospitals NHS Foundation Trust (Emergency Department and Radiology)",
        "Entry prepared by the Consultant Paramedic for Trauma",
    ],
    primary_entrant=dict(name="North Pennine and Ridings Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Kelderby Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Ashworth Moor Hospitals NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "1. What was the problem and why did it need a partnership?", """
Older people who fall from standing height are the largest group of patients with spinal injury that
our crews see. The neck fracture most common in this group, at the top of the spine, can happen with a
fall that looks trivial. Until recently our guidance, like that of many services, pushed crews to
immobilise anyone with neck pain after a fall using a rigid collar, blocks and a long board or
scoop stretcher.

For a frail 90-year-old with a curved spine, this does real harm. A rigid collar does not fit a neck
that is bent forward, and forcing it can cause pain and, in rare cases, move a fracture. Lying flat on a
hard board for hours causes pressure damage within a short time, makes breathing harder, and is very
distressing for someone with dementia, who will often fight it. In our service review of 2021 we found
people who had been strapped to a board for more than four hours while waiting to be handed over, and
two who developed pressure ulcers on the back of the head from a collar.

We could not change this on our own. Crews will only stop immobilising if they know the emergency
department will accept the patient without it and will scan promptly, and the trauma network had to
agree that the change was clinically safe.

There was also a cultural side. For a generation of paramedics, the collar was a symbol of doing things
properly. Crews worried that if they did not immobilise and a fracture was later found, they would be
blamed. Emergency department staff worried about patients arriving 'unprotected'. National guidance had
begun to move away from routine rigid collars, but nobody locally had agreed what should replace them,
and for older fallers in particular there was very little written down. In the meantime we had a steady
stream of frail people spending hours on boards in ambulance queues, and an increasing number of
complaints from families who had watched their mother or father in distress.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
The Gentle Spine guidance came into use in November 2022. Crews assess older fallers using a short
decision tool. If a spinal injury cannot be ruled out, the person is kept in the position they find most
comfortable, supported with a folded blanket or vacuum mattress, and not placed in a rigid collar. The
emergency department agreed to scan these patients within an hour of arrival, and the ambulance
handover screen shows a 'Gentle Spine' flag.

<<Q:Use of rigid collars in patients aged 75 and over after a fall from standing fell from 71% of those
with suspected spinal injury in 2021/22 to 9% in 2023/24.>> <<Q:Pressure damage from immobilisation
devices reported by the emergency department went from 17 incidents in 2021/22 to 2 in 2023/24.>>
<<Q:The median time from arrival to CT scan for these patients fell from 2 hours 50 minutes to 58
minutes.>>

We also looked at missed injuries. Every older faller with a confirmed neck fracture during the first
year of Gentle Spine was reviewed by the trauma network's audit nurse, working through the ambulance
record, the CT report and the spinal team's notes.

No spinal cord injury has been found to have been caused or made worse by the change, on review of every
confirmed fracture by the trauma network.
"""),
        ("spread", "3. How has it been shared?", """
The trauma network has adopted Gentle Spine across its three trauma units, and the neighbouring
ambulance service has asked for our decision tool and training video. We presented the work at a
national prehospital trauma conference in 2024.

The decision tool is now part of the induction course for all new ambulance clinicians in the service,
and the vacuum mattress refresher is included in our annual mandatory training.
"""),
        ("value", "4. What difference has it made, and is it value for money?", """
Vacuum mattresses cost about £900 each and were already carried on most vehicles. Training took 40
minutes of online learning per clinician. Fewer pressure ulcers and shorter waits for scanning save
money, but the main gain is dignity and comfort.

Older people were part of this. <<P:The Ashworth Moor Older People's Council invited us to one of its
meetings, and after hearing how the old method felt to two of its members who had been boarded, it asked
us to add a line to the tool about explaining to the person what we are doing and why, which we did.>>
<<P:One member, a retired nurse who had fallen and been collared in 2020, was filmed for the training
video and helped write its script.>>
"""),
        ("stakeholders", "5. Who was involved, and how?", """
<<S:A working group of paramedics, emergency medicine consultants, a spinal surgeon and radiographers
met six times to write the decision tool, and it was the radiographers who pointed out that a
one-hour scan target could only work if the flag appeared on the handover screen before arrival.>>
<<S:Forty crew members piloted the tool for three months at two stations and asked us to cut it from
twelve questions to seven.>> <<S:Emergency department nurses told us that patients arriving without
collars were being re-collared in resus out of habit, and they wrote the department's own matching
guidance.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1396  app that checks people sent home in a new plaster cast for warning
#        signs of compartment syndrome - pdf - CAPS headings - PRIVATE digital
#        health company as primary entrant, with an acute trust fracture
#        clinic (ineligible) - product director, upbeat - patients and staff
#        involved
# ---------------------------------------------------------------------------
entry(
    id="I1396", format="pdf", layout="caps_headings", topic="plaster_cast_compartment_syndrome_app",
    project="independent88-castwatch-1396", pdf_font="DejaVuSans", pdf_align="L",
    title="CASTWATCH: remote checks for people going home in a new plaster cast",
    cover=[
        "SUBMITTED BY: Ortelis Health Technologies Ltd",
        "IN PARTNERSHIP WITH: Brackenford Hospitals NHS Trust (Fracture Clinic and Plaster Room)",
        "CONTACT: Product Director, Ortelis Health Technologies Ltd",
    ],
    primary_entrant=dict(name="Ortelis Health Technologies Ltd", type="private"),
    partners=[dict(name="Brackenford Hospitals NHS Trust", type="nhs_trust")],
    sections=[
        ("context", "THE PROBLEM", """
Every week the plaster room at Brackenford General puts around 180 people into a new cast, most of them
after a broken wrist, ankle or forearm. Almost all go home the same day. They are given a leaflet that
tells them to come back if their fingers or toes become numb, swollen, pale or blue, or if the pain gets
much worse, because these can be signs that the cast is too tight or that compartment syndrome is
developing. Compartment syndrome is rare but serious: pressure builds inside the muscles and, if it is not
relieved within hours, the muscle and nerves die.

The leaflet relies on people reading it, remembering it at 2am and deciding that their pain is bad
enough to go back. Many do not. People told the fracture clinic that they did not want to waste anyone's
time, that they thought the pain was normal, or that they could not get back to the hospital at night.
Others came back for nothing, frightened by normal swelling. The trust had two serious incidents in
2021 in which people with a tight cast waited more than 12 hours before returning.

The fracture clinic team wanted a way to keep an eye on people after they left without asking them to
come back to the hospital, and without adding phone calls that the plaster room simply did not have the
staff to make. Ortelis had built a symptom check-in platform for people recovering from surgery and
approached the trust about adapting it. This entry describes what the two organisations built together.

The risk is highest in the first 48 hours, when swelling is at its worst, and at night, when people are
least likely to seek help and most likely to take another painkiller and try to sleep it off. The clinic
also had no way of knowing whether people had understood the leaflet at all: it was printed only in
English, and the plaster room sees a large number of people for whom English is not a first language.
"""),
        ("evidence", "RESULTS", """
CastWatch went live in February 2023. When a cast is put on, the plaster technician enrols the person
on a tablet in the plaster room. The app then sends short check-in questions at 4, 12, 24 and 48 hours,
with photos of what to look for, and asks the person to photograph their fingers or toes. Any answer
that suggests a problem goes straight to the fracture clinic's on-call practitioner by day or the
orthopaedic on-call team at night, who phone the person back within 30 minutes.

<<Q:Returns to the emergency department within 72 hours of casting for cast problems fell from 9.4% of
people casted in 2022 to 5.1% in 2023/24.>> <<Q:Among people who did need their cast split or removed,
the median time from first symptom to the cast being released went down from 7 hours to 2 hours 20
minutes.>> Two cases of compartment syndrome were picked up through the app and both went to theatre
the same night.

14,260 people have been enrolled so far. 92% answered at least one check-in.
"""),
        ("stakeholders", "INVOLVEMENT", """
<<P:Twenty patients from the fracture clinic tested early versions on their own phones, and older users
told us the photo instructions were too small, so the app now shows one large picture per screen.>>
<<P:Parents of children in casts asked for the questions to be worded so they could answer on their
child's behalf, and these versions were written with them.>>

<<S:Plaster technicians and fracture clinic nurses chose the timing of the check-ins and rejected our
first plan of asking every two hours as unworkable overnight.>> <<S:The orthopaedic registrars who take
the night-time alerts asked for each alert to show the type of cast and the time it was applied, and
this was added before go-live.>>
"""),
        ("value", "VALUE", """
The trust pays a licence of £3.20 per person enrolled. Each avoidable emergency department attendance
costs about £150. The app saves staff time answering worried phone calls and gives the plaster room a
record of every check-in.

For the orthopaedic team, being told about a problem early, with a photograph, means many worries can be
settled on the phone. For patients, the check-ins are a reassurance that someone is keeping an eye on
them during the first nights at home. The app is available in eleven languages, and a text message
version is offered to people without a smartphone.
"""),
        ("spread", "SPREAD", """
CastWatch is now used by three further trusts, and we are adding versions for people in splints and
boots after ankle fractures. We have shared the anonymised results with the national fracture clinic
network.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1397  farmers who keep working with an injury, and first aid on isolated
#        farms - docx - no headings - farming charity's farm support manager,
#        personal - farming charity with the ambulance service, an air
#        ambulance charity and a rural GP practice - farmers and families
#        involved - NO staff involvement (paramedics delivered sessions,
#        crews briefed, practices sent posters, one named lead, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1397", format="docx", layout="no_headings", topic="farm_injuries_first_aid_delayed_care",
    project="independent88-dontcarryon-1397", docx_font="Georgia",
    title="Don't Just Carry On: farm injuries, first aid and getting seen in time",
    cover=[
        "Upper Tarrand Farming Community Network (registered charity), working with Western Fells Ambulance Service NHS Trust, Fellside Air Ambulance and Kettlebeck Surgery",
        "Entry from the Farm Support Manager",
    ],
    primary_entrant=dict(name="Upper Tarrand Farming Community Network", type="charity"),
    partners=[
        dict(name="Western Fells Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Fellside Air Ambulance", type="charity"),
        dict(name="Kettlebeck Surgery", type="primary_care"),
    ],
    sections=[
        ("context", None, """
If you have never lived on a hill farm it is hard to explain how far away help can feel. Many of the
farms we support in Upper Tarrand are at the end of a track two or three miles long, with no mobile
signal in the yard, and the nearest emergency department is an hour and a half away on a good day.
Farming is still one of the most dangerous jobs in the country. Livestock crush and kick, quad bikes roll,
people fall from bale stacks, trailers and barn roofs, and machinery catches hands and arms.

What we kept hearing at market and in kitchens was not only about the big accidents. It was about the
injuries people did not get seen. A farmer with a broken wrist who strapped it up and kept lambing for
a fortnight. A woman kicked by a cow who carried on with a cracked rib until she could not breathe. A
lad who came off a quad, hurt his back and drove himself home because there was stock to see to. By the
time they saw anyone, a simple fracture had healed crooked, a wound was infected, or a back injury had
been made worse. Dr Hugh Lennard at Kettlebeck Surgery told us that he regularly saw farm injuries that
were a week or more old, and that some of his patients only came in because their wives made them.

There was also the first hour after a serious accident. Families told us they did not know what to do
while they waited, whether to move someone, how to stop bleeding, or how to guide the ambulance or the
helicopter in.
"""),
        ("evidence", None, """
Over two years we have put a farm first aid kit, designed for the kind of injuries that happen on farms,
into 340 farms, each with a bleeding control pack, a foil blanket, splints, a laminated card with the
farm's grid reference and a simple guide to what to do. Sessions on first aid and on when to get an
injury checked have been held at marts, young farmers' clubs and agricultural shows, reaching more than
1,100 people.

We asked farmers who came to the sessions how long they had waited before getting their last injury seen.
<<Q:In our survey in 2022 the median wait was five days; when we asked again in 2024, among people who
had been injured since taking part, it was one day.>> <<Q:Kettlebeck Surgery's records show that farm
injuries first seen more than 72 hours after they happened fell from 46 of 88 in 2021/22 to 17 of 79 in
2023/24.>>

The air ambulance crews have also noticed that landing sites are now easier to find, because farmers
have the grid reference card by the phone, though we have no figures for that.
"""),
        ("stakeholders", None, """
This started at the kitchen table. <<P:Farming families who had been through an accident, some of them
bereaved, met with us over a winter and picked every item in the kit, throwing out a fancy eyewash
station and insisting on a proper tourniquet because of the machinery injuries they had seen.>> <<P:The
wording on the 'get it checked' card was written by the Tuesday mart regulars, who said a card that told
them what to do would be ignored but one that told them what happened to someone who did not bother
might be read, so it now tells three short true stories.>> <<P:Two of the young farmers' clubs tested
the first aid sessions on their members and asked for them to be held in the evening in the club
hut, not in a village hall in the daytime.>>

Paramedics from the ambulance service delivered the first aid sessions. Air ambulance crews were
briefed about the grid reference cards at their station meeting. Kettlebeck Surgery and the other
practices in the valley were sent posters for their waiting rooms. Our farm support manager organised
the whole programme and visited every farm that took a kit. We would like to bring the practice nurses
and the paramedics together with farmers next year to plan a second phase.
"""),
        ("value", None, """
Each kit costs £64, and the whole programme, including the sessions, has cost about £31,000, paid for by
a grant from a rural trust and by local farm suppliers. A fracture that heals badly can end a farming
career, and a farmer who cannot work often means a family that loses the farm. One avoided week in
hospital pays for a great many kits.

The farmers themselves are not given to praise, but one of them stopped me at the spring show and told
me the kit had been used when his son cut his leg on a gate. "We knew what to do," he said. "That was the
difference."
"""),
        ("spread", None, """
Farming networks in two neighbouring counties have asked for our kit list and our session plan. The
ambulance service has shared the grid reference card with its control room, and the national farm safety
partnership featured the programme in its autumn campaign. We have written a short guide for any rural
charity that wants to do the same.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1398  pitchside care for suspected neck injuries in community rugby - pdf -
#        form with a cover table - university sports medicine lecturer,
#        academic - university with the county rugby union and the ambulance
#        service - players and staff involved - NO quantitative evidence
#        (clubs and first aiders trained, incidents handled, a zero with no
#        baseline, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1398", format="pdf", layout="form_table", topic="community_rugby_neck_injury_pitchside",
    project="independent88-neckfirst-1398", pdf_font="LiberationSans",
    title="Neck First: pitchside care for suspected neck injuries in community rugby",
    cover_table=[
        ("Entry title", "Neck First: pitchside care for suspected neck injuries in community rugby"),
        ("Lead organisation", "University of Harrowgate, Institute of Sport and Exercise Medicine"),
        ("Partner organisations", "Dunmore County Rugby Football Union; Pennine Vale Ambulance Service NHS Trust"),
        ("Entrant", "Dr Alys Morgan, Senior Lecturer in Sport and Exercise Medicine"),
    ],
    primary_entrant=dict(name="University of Harrowgate", type="university"),
    partners=[
        dict(name="Dunmore County Rugby Football Union", type="charity"),
        dict(name="Pennine Vale Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "Why was the partnership needed? What were the safety goals?", """
Serious neck injuries in rugby are rare, but when they happen in the amateur game the first few minutes
are often handled by whoever is nearest: a coach, a parent, a teammate. In Dunmore there are 52
community clubs, many of them in small market towns and villages, with pitches a long way from the
nearest hospital. Most have a volunteer first aider at home games. Few of those volunteers had ever been
taught what to do if a player goes down in a scrum or a tackle and cannot feel their arms.

Our research group had interviewed first aiders, coaches and players at county clubs in 2021 as part of
a study on injury care in the community game. We heard about players being pulled to their feet to see
if they were 'alright', helmets and scrum caps yanked off, injured players being driven to hospital in a
teammate's car, and long arguments on the touchline about whether to ring 999. We also heard that when an
ambulance was called, crews sometimes struggled to find the pitch, which was often down an unmarked lane
behind a pub or a school.

The goals were for every club to have someone who knows what to do, for the ambulance to find the pitch,
and for no player with a possible neck injury to be moved by untrained hands.

The partnership brought together what each organisation had. The university had the research evidence
and experience of teaching sports first aid. The county union had the relationship with every club and
the means to make training part of how clubs are run. The ambulance service had the control room, the
crews and the knowledge of what makes a rural call easy or hard to reach.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Neck First was launched at the start of the 2022/23 season. It has three parts: a three-hour practical
course for club first aiders, run by the university and taught alongside paramedics; a pitchside card
with a simple 'stop, hold, call' sequence; and a 'pitch passport' for each ground, giving the ambulance
service the grid reference, the best entrance and a contact phone number.

By the end of the 2023/24 season, 212 first aiders from 49 of the 52 clubs had completed the course.
Pitch passports are held by the ambulance control room for all 52 grounds. First aiders reported 31
suspected neck injuries to us over the two seasons using our online form, and in every one the player
was kept still until assessed. None of the reported players had been moved before help arrived. Two had
a fracture confirmed in hospital, and both have made a good recovery.

The ambulance control room reports that it now receives the pitch passport details with every call from
a rugby ground, and crews have given us informal feedback that finding the grounds is easier.

Our aim is that every club has at least two trained first aiders by the end of the 2025/26 season.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<P:Players who had been injured, including a former prop who was left with weakness in one arm after a
scrum collapse in 2019, sat on the course design group and told us exactly what it felt like to be
lying on the pitch while people argued over them.>> <<P:It was the players' suggestion that the course
should include a scenario in which a teammate insists the injured player should get up, and this is now
the final exercise.>> <<P:The county's women's and girls' section reviewed the card and asked for the
pictures to show female players as well, which they now do.>>

<<S:Paramedics and emergency call handlers from the ambulance service helped write the pitch passport
and changed its layout twice after testing it in the control room.>> <<S:Physiotherapists from the
university's sports injury clinic trialled the course with first aiders from four clubs and shortened the
theory section after their feedback.>> The county union's safeguarding officer approved the course
materials.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The course costs £45 per first aider, paid by the county union. The cards and passports cost less than
£2,000 to produce. A single spinal cord injury can mean a lifetime of care. First aiders tell us they
feel far more confident, and several clubs say that parents are reassured.
"""),
        ("spread", "How has the work been shared and spread?", """
The national union has asked to use the course as a model for its community first aid programme, and
two other counties are running it this season. The ambulance service has offered pitch passports to
football and hockey clubs in the same area. We have published the course evaluation in a sports medicine
journal.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1399  compartment syndrome missed in limb injuries seen at urgent treatment
#        centres and minor injury units - docx - rubric headings - ICB
#        urgent care clinical lead, formal - ICB with the acute trust, the
#        community trust that runs the minor injury units and the GP
#        federation that runs the urgent treatment centre - staff involved -
#        NO patient involvement (patients as beneficiaries, an information
#        card handed out, a negation, a plan); Q partly in words
# ---------------------------------------------------------------------------
entry(
    id="I1399", format="docx", layout="rubric_headings", topic="compartment_syndrome_urgent_treatment_centres",
    project="independent88-painoutofplace-1399", docx_font="Calibri",
    title="Pain Out of Place: recognising compartment syndrome in urgent treatment centres and minor injury units",
    cover=[
        "Lead organisation: NHS Eastmere and Holt Integrated Care Board",
        "Partner organisations: Eastmere University Hospitals NHS Foundation Trust; Holt Community Health NHS Trust (minor injury units); Eastmere City GP Federation (Eastmere Urgent Treatment Centre)",
        "Submitted by the ICB Clinical Lead for Urgent and Emergency Care",
    ],
    primary_entrant=dict(name="NHS Eastmere and Holt Integrated Care Board", type="icb"),
    partners=[
        dict(name="Eastmere University Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Holt Community Health NHS Trust", type="nhs_trust"),
        dict(name="Eastmere City GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "Context: the partnership, the service and its safety goals", """
Acute compartment syndrome happens when bleeding or swelling inside a closed muscle compartment, most
often in the lower leg or forearm, raises the pressure enough to cut off blood supply to the muscle and
nerves. It is a surgical emergency. The key early sign is pain that is out of proportion to the injury,
especially pain when the muscles are stretched. Numbness and weak pulses come late, when much of the
damage may already be done.

Across Eastmere and Holt, many limb injuries are never seen in the main emergency department. They go
instead to the urgent treatment centre in the city, run by the GP federation, or to one of three minor
injury units in the market towns, run by the community trust and staffed by emergency nurse
practitioners. These services see young, fit people with tibial fractures from football and cycling,
crush injuries at work, and older people on anticoagulants who have bumped a shin. They are not set up to
watch someone for hours, and the injured person is often sent home with a backslab and painkillers, or
transferred to the main hospital by car.

Between 2019 and 2022 the ICB's patient safety team reviewed six cases of compartment syndrome across the
system in which the diagnosis was delayed by more than six hours. Four had first been seen at an urgent
treatment centre or minor injury unit. In two, a young man lost muscle in his lower leg and needed
several operations. The common thread was that the person's pain was treated with stronger and stronger
painkillers, and nobody asked whether the pain made sense for the injury.

Each organisation held part of the answer. The minor units had the first contact but not the expertise
or the time to observe. The acute trust had the orthopaedic surgeons but only saw the patient once the
damage was done. The GP federation's urgent treatment centre was open late into the evening, when many of
these injuries present after sport. The ICB could bring the providers together, look at incidents across
the whole system and fund a change that none of them would have paid for alone.

Our safety goals were simple: that pain out of proportion would be recognised as a warning sign
wherever the person was first seen; that there would be a fast, easy route to an orthopaedic opinion; and
that no one would be sent home in a backslab without knowing what to watch for.
"""),
        ("evidence", "Evidence of improvement in safe care", """
From June 2023 the four units have used a shared 'pain out of place' prompt for every patient with a
fracture or crush injury of the leg or forearm. If the person needs a second dose of strong painkillers,
or their pain score has gone up rather than down, the clinician must check for pain on passive stretch
and speak to the orthopaedic registrar at the main hospital through a direct line. The registrar can
accept the patient straight to the orthopaedic assessment area, bypassing the emergency department.
Everyone sent home in a backslab is given a card with the warning signs.

<<Q:Since the prompt was introduced, the average time from arrival at a minor unit to orthopaedic
review for patients later diagnosed with compartment syndrome has halved, from just under nine hours to
four and a quarter.>> <<Q:There were six cases of delayed diagnosis in the three and a half years
before the change and one in the eighteen months since.>>

The orthopaedic direct line took 388 calls in its first year. The ICB now audits every case of
compartment syndrome in the system within two weeks.
"""),
        ("stakeholders", "Stakeholder involvement", """
<<S:Emergency nurse practitioners from the minor injury units and the urgent treatment centre's
advanced practitioners met three times with the orthopaedic consultants to agree the wording of the
prompt, and it was the nurse practitioners who insisted on the 'second dose' trigger, because they said
the pain score alone was too easy to talk yourself out of.>> <<S:Orthopaedic registrars trialled the
direct line for a month and asked for a two-line referral template, which the minor units now use.>>
<<S:The GP federation's clinical governance group reviewed the first three months of calls and changed
the prompt to include people on anticoagulants with no fracture.>>

The change is designed for the benefit of every person with a limb injury who walks into one of our
units. Patients are handed the warning signs card when they leave. No patient representatives were part
of the working group. We plan to test the card with the ICB's citizens' panel later this year.
"""),
        ("value", "Value", """
The prompt and the card cost very little to produce. The direct line uses an existing registrar phone.
A single case of missed compartment syndrome can lead to years of disability and a large clinical
negligence claim; the ICB's legal team estimates that the system has paid out over £1.2 million on such
claims in the last decade.

Staff in the minor units say they feel less alone when they are worried about a patient, and the
registrars prefer a phone call early to a disaster late.
"""),
        ("spread", "Spread and sustainability", """
The prompt is built into the electronic records used at all four units, so it cannot be skipped. The
neighbouring ICB has asked us to share it with their urgent treatment centres, and the regional trauma
network is considering including it in its guidance for minor injury services.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1400  bone health checks for older people on long-term steroids in a rural
#        dispensing practice - pdf - two columns - one GP practice on its own
#        (its dispensary and branch surgery are not partners; ineligible) -
#        GP partner, chatty - staff involved, patients involved indirectly
# ---------------------------------------------------------------------------
entry(
    id="I1400", format="pdf", layout="two_column", topic="steroid_induced_osteoporosis_rural_practice",
    project="independent88-steroidsandbones-1400", pdf_font="LiberationSans",
    title="Steroids and Bones: protecting people on long-term prednisolone in a rural practice",
    cover=[
        "Entrant: Oldbury Fen Medical Practice (dispensing practice with branch surgery at Wickham St Giles)",
        "Entry by Dr Rachel Osei, GP Partner",
    ],
    primary_entrant=dict(name="Oldbury Fen Medical Practice", type="primary_care"),
    partners=[],
    sections=[
        ("context", "Why we did this", """
We are a rural dispensing practice with 9,800 patients spread across the fens, with our main surgery in
Oldbury Fen and a branch surgery in Wickham St Giles. We have an older population than most, and quite
a lot of them take prednisolone for long periods: for polymyalgia, for chest disease, for
inflammatory arthritis, sometimes for reasons nobody can quite remember.

Steroids taken for three months or more thin the bones quickly. Guidance says that anyone over 65 on
long-term steroids, or anyone who has had a fragility fracture while on them, should be offered bone
protection straight away, usually a bisphosphonate with calcium and vitamin D. It is one of those
things every GP knows and every practice forgets.

In 2022 a patient of ours, on prednisolone for six years for polymyalgia, had three vertebral fractures
in a year. She had never had bone protection. When we searched, we found 214 people on long-term
steroids, and only 88 of them were on any bone protection at all.

Some of the rest had been started on steroids in hospital, or by a specialist, and the letter had said
'consider bone protection', which in practice meant nobody did. Others had been on steroids for years
and the bone question had simply never been asked. A few had been on bone protection once and stopped
it because of indigestion or because their prescription had lapsed when they went into hospital.
"""),
        ("evidence", "What has changed", """
We set up a simple register of everyone on long-term steroids. Our dispensers now flag any repeat
prescription for prednisolone where there is no bone protection on the record, and our clinical
pharmacist reviews each one within a fortnight. Anyone eligible is offered a bisphosphonate, or a
referral for a bone density scan, and we review the steroid dose at the same time.

<<Q:The share of people on long-term steroids who are on bone protection, or have a documented reason
not to be, went up from 41% in March 2022 to 87% in March 2024.>> <<Q:The average daily prednisolone dose
among people on the register fell from 8.1mg to 6.4mg, because the reviews found people who could
reduce.>>

We are a small practice, so fracture numbers are too small to mean much, but there have been two new
fragility fractures in this group since the register started.
"""),
        ("stakeholders", "Who was involved", """
<<S:The dispensary team came up with the idea of the repeat prescription flag, and they tested it for two
months at Wickham St Giles before we used it at both sites.>> <<S:Our practice nurses, who do the chest
and arthritis reviews, redesigned their templates with the clinical pharmacist so that a bone question
pops up when steroids are on the record.>>

<<P:The wording of the letter inviting people for review was rewritten after our patient group's
Thursday coffee morning went through it line by line and said it sounded as though we thought they were
about to break.>> <<P:Three of the ladies who come to the polymyalgia support meeting at the village hall
told us they had stopped their calcium tablets because they were too big to swallow, and so we now offer
the chewable and dissolvable kinds first.>>
"""),
        ("value", "Value", """
Generic alendronic acid costs pennies a week. A vertebral fracture causes pain for months and a hip
fracture can end independent life. The reviews take about 20 minutes each and have been done within our
existing pharmacist and nurse time.

Being a dispensing practice helped. Because we dispense most of our own patients' medicines, we see every
prescription go out of the door, and the dispensers know many of the patients by name. A prompt at the
dispensary counter reaches people who might not come in for a review for months.
"""),
        ("spread", "Sharing", """
We have shared our search and template with the other practices in our primary care network, and two are
starting to use them. We talked about it at the local GP education evening in the autumn.

The search will run every month, and the dispensary flag does not depend on any one person remembering,
so we think it will last.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1401  fractures in adults with a learning disability and epilepsy - docx -
#        style headings - community learning disability nurse consultant,
#        plain and careful - community trust with a self-advocacy group, a GP
#        federation and a supported living charity - self-advocates (called
#        'experts by experience') and staff involved - NO value section
# ---------------------------------------------------------------------------
entry(
    id="I1401", format="docx", layout="style_headings", topic="learning_disability_epilepsy_bone_health",
    project="independent88-strongerbones-1401", docx_font="Calibri",
    title="Stronger Bones, Safer Lives: preventing and spotting fractures in adults with a learning disability and epilepsy",
    cover=[
        "Lead: Westerleigh Community Health NHS Trust, Community Learning Disability Service",
        "Partners: Speak Up Westerleigh (self-advocacy group); Westerleigh and Marden GP Federation; Brightholme Supported Living (charity)",
        "Entry written by the Nurse Consultant for Learning Disabilities",
    ],
    primary_entrant=dict(name="Westerleigh Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Speak Up Westerleigh", type="patient_group"),
        dict(name="Westerleigh and Marden GP Federation", type="primary_care"),
        dict(name="Brightholme Supported Living", type="charity"),
    ],
    sections=[
        ("context", "The problem", """
Adults with a learning disability break bones more often than other people, and at a younger age. Many
have epilepsy and have taken anti-seizure medicines for decades, some of which weaken the bones. Many
spend long periods indoors and get little sunlight, so low vitamin D is common. Some have poor mobility,
some have low body weight, and seizures themselves cause falls. On top of this, a lot of the people we
support cannot easily tell anyone that they are in pain, or they show it in ways that are misread as
'challenging behaviour'.

We saw the results in our service. Between 2019 and 2021 our team knew of 27 fractures among the roughly
1,400 adults on our caseload. In a third of them there had been a delay of more than two days before the
person had an X-ray. In one case a young man in supported living had a broken hip for nine days. He had
been 'off his legs' and agitated, and staff thought he was unsettled after a change in his routine.
Several fractures had been found by chance, on an X-ray for something else, and nobody knew when they
had happened.

Nobody was looking at bone health for this group in a joined-up way. GPs did the annual health check but
the template did not ask about bones. Our epilepsy nurses reviewed seizure control but not vitamin D.
Support workers in supported living knew the people best but did not know the signs of a fracture in
someone who cannot say where it hurts.

Each partner brought something the others lacked. Speak Up Westerleigh knew what it is like to be on the
receiving end of health care that is not designed for you. The GP federation held the annual health
checks and the prescriptions. Brightholme's support workers spend every day with the people we support
and are the first to notice a limp or a wince. Our service had the specialist nurses, the epilepsy
expertise and the relationships with everyone else.

Our aims were to make sure that every adult with a learning disability and epilepsy has their bone health
checked, that those at high risk are treated, and that fractures are recognised quickly when they do
happen.
"""),
        ("evidence", "What has improved", """
Since January 2023 the programme has had four parts:

- every adult with a learning disability and epilepsy in the federation's practices has a bone health question set added to their annual health check, including vitamin D, falls, seizures and medicines

- anyone at high risk is referred for a bone density scan, or started on treatment if a scan is not possible

- our epilepsy nurses review whether a person's anti-seizure medicine could be changed to one that is kinder to bones

- support workers at Brightholme use a 'something's changed' pain and movement checklist, and any concern goes to the GP on the same day

<<Q:Among adults on the programme, the proportion with a recorded vitamin D level in the previous two years
went from 22% to 81%.>> <<Q:People at high risk of fracture who were on bone protection went up from 17 of
96 to 64 of 103.>> <<Q:The average delay from a change being noticed to an X-ray being taken, for people
who turned out to have a fracture, came down from four days to under one day.>>

There were 11 fractures in the group in 2023 and 2024 combined. Numbers are small, and we will need
several more years to know whether the fracture rate itself is falling.
"""),
        ("stakeholders", "Working together", """
Speak Up Westerleigh has been part of this from the beginning. <<P:Five experts by experience from the
group, two of whom have epilepsy and one of whom has broken her wrist and her ankle in seizures, helped us
decide what the bone health questions should be and how to ask them.>> <<P:They said that the word
'osteoporosis' meant nothing to them, so the easy read leaflet they wrote with us is called 'Looking after
your bones' and uses pictures of a skeleton that one of them drew.>> <<P:They also told us that being
told to go out in the sun was no use if staff did not have time to take them, and Brightholme has since
added a daily outdoor activity to support plans.>>

<<S:Support workers from Brightholme's houses trialled the 'something's changed' checklist for three
months and removed half the questions because they said it took too long at the end of a shift.>>
<<S:Practice nurses and learning disability nurses reworked the annual health check template together,
and the practice nurses asked for the bone questions to sit next to the epilepsy questions so they would
not be skipped.>> <<S:The federation's GPs and our epilepsy nurses agreed a list of medicine changes that
the nurses could suggest directly.>>
"""),
        ("spread", "Spreading the work", """
The bone health questions have been shared with the regional learning disability network, and two other
community trusts are testing them. The 'something's changed' checklist is now used by three other
supported living providers in Westerleigh. We are working with the GP federation on a version of the
template for people with cerebral palsy and no epilepsy.

The self-advocates presented the easy read leaflet themselves at the national learning disability nursing
conference in 2024, and it has been downloaded from our website by organisations across the country.
"""),
    ],
    flags=[dict(code="missing_section", criterion="value")],
)


# ---------------------------------------------------------------------------
# I1402  riders injured on remote bridleways and moorland - pdf - with
#        appendix - air ambulance charity's head of clinical operations,
#        outdoorsy - air ambulance charity with a county riding association,
#        the ambulance service and a national park authority - riders and
#        staff involved - NO quantitative evidence (cards and sessions counted,
#        call numbers, a single figure, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1402", format="pdf", layout="with_appendix", topic="equestrian_injuries_remote_bridleways",
    project="independent88-riderdown-1402", pdf_font="LiberationSerif", pdf_align="L",
    title="Rider Down: faster help for riders injured on remote bridleways and moorland",
    cover=[
        "Lead entrant: High Moors Air Ambulance (registered charity)",
        "Partners: Coldmoor and District Riding Association; Northmoor Ambulance Service NHS Trust; Coldmoor National Park Authority",
        "Prepared by the Head of Clinical Operations, High Moors Air Ambulance",
    ],
    primary_entrant=dict(name="High Moors Air Ambulance", type="charity"),
    partners=[
        dict(name="Coldmoor and District Riding Association", type="charity"),
        dict(name="Northmoor Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Coldmoor National Park Authority", type="public_other"),
    ],
    sections=[
        ("context", "The problem", """
Horse riding is one of the most dangerous sports there is. When a rider falls, they fall from a height
of up to three metres, sometimes at speed, sometimes with the horse landing on them. Head, spinal, pelvic
and chest injuries are common. In Coldmoor there are hundreds of miles of bridleway across open moorland,
forestry and farmland, and on a summer weekend they are full of riders, many of them riding alone.

High Moors Air Ambulance is tasked to around 40 riding accidents a year. Our crews kept describing the
same difficulties. The rider, or whoever found them, could not say where they were. Calls came from
people who had got a signal on a hilltop and then lost it. Riders' companions had ridden off to find help
and left the injured person alone. Well-meaning people had helped a rider with a neck or back injury to
sit up or even to get back on. Loose horses were wandering on roads. And the land ambulance, unable to
get down a track, waited at a gate while we searched from the air.

In 2022 a woman in her sixties lay on the moor for over two hours with a broken pelvis and hypothermia
after her horse came home without her. Her family knew roughly which route she took. Nobody knew where to
start looking.
"""),
        ("evidence", "What we have done and what we have seen", """
Rider Down was launched at the county show in June 2023. It has four parts:

- a free 'rider card' carried in the riding jacket, with the rider's emergency contact, medical
conditions and the instruction to use a location app that gives the 999 call handler an exact position

- numbered waymarker posts at every bridleway junction on the moor, put up by the national park rangers,
each listed on the ambulance service's mapping system

- a short 'fallen rider' first aid session for riding clubs, covering when not to move someone, how to
keep them warm, and what to do with the horse

- an agreement that the ambulance control room will task the air ambulance directly for any rider off
road with a suspected head, spinal or pelvic injury

Since the launch, 3,400 rider cards have been handed out at shows, yards and tack shops, 186 waymarker
posts have been installed, and 27 first aid sessions have been delivered to 410 riders. Our crews
attended 52 riding accidents in the first 18 months. In the most recent six months, call handlers were
given an exact location in 19 of the 24 riding calls.

Our target is for every bridleway junction in the national park to have a numbered post by the end of
2025.
"""),
        ("stakeholders", "Who was involved", """
<<P:Riders who had been injured on the moor, including the woman whose story we told above, came to our
base for two evening workshops and decided what should go on the rider card and what should not.>>
<<P:The riding association's members asked for the card to fit in the small pocket of a body protector,
and they tested three sizes on their own rides before choosing one.>> <<P:It was a group of riders from a
trekking centre who suggested that the posts should be numbered rather than named, because names were
forgotten in a panic.>>

<<S:Our critical care paramedics and doctors wrote the first aid session with the riding association's
coaches and cut out most of the medical words after the coaches tried it out at their own yards.>>
<<S:Ambulance control room staff tested the waymarker numbers on their mapping system before the posts
went up and found that several junctions had been given the same number, which the rangers then
changed.>> <<S:National park rangers chose where to put each post, based on where they knew riders
actually went rather than where the bridleways are on the map.>>
"""),
        ("value", "Value", """
The rider cards cost 9p each to print and the posts about £60 each, installed by rangers as part of their
normal work. The first aid sessions are free, delivered by our crews on their training days. Every
minute saved in finding a rider with a serious injury matters, especially in cold weather.

Riders tell us the card gives them confidence to ride out alone. Our crews tell us that landing next to a
numbered post is a very different experience from searching a hillside.
"""),
        ("spread", "Sharing it", """
Two other national parks have asked for our waymarker numbering system, and the national riding safety
charity has included the rider card in its guidance. We are talking to mountain bike and walking groups
about using the same posts.
"""),
    ],
    trailer=[
        ("heading", "Appendix: what is on the rider card"),
        ("para", "Front: RIDER DOWN? Call 999. Ask for ambulance. Use the location app or give the post number. Do not move the rider if they have pain in the neck or back, or cannot feel their arms or legs. Keep them warm. Do not let them get back on."),
        ("para", "Back: name, emergency contact, medical conditions, medicines, blood group (optional), horse's name and the yard's phone number."),
        ("para", "Figures in this entry are from High Moors Air Ambulance's own mission records, Northmoor Ambulance Service control room data and the Coldmoor National Park Authority ranger service."),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1403  six-monthly denosumab injections that run late - docx - form with a
#        cover table - PCN clinical director, brisk - primary care network with
#        the acute trust's metabolic bone service and the local pharmaceutical
#        committee - patients involved (passive voice, a reading group) - NO
#        staff involvement (nurses trained, pharmacists briefed, a named
#        pharmacist doing her job, a practice survey that changed nothing, a
#        plan)
# ---------------------------------------------------------------------------
entry(
    id="I1403", format="docx", layout="form_table", topic="denosumab_overdue_rebound_fractures",
    project="independent88-sixmonths-1403", docx_font="Calibri",
    title="Six Months, Not Seven: keeping denosumab injections on time",
    cover_table=[
        ("Title of entry", "Six Months, Not Seven: keeping denosumab injections on time"),
        ("Lead organisation", "Ferriby and Hale Primary Care Network (eight GP practices)"),
        ("Partner organisations", "Humbermere Teaching Hospitals NHS Trust (Metabolic Bone Service); Humbermere Local Pharmaceutical Committee"),
        ("Name and role of entrant", "Dr Kwame Asante, Clinical Director"),
    ],
    primary_entrant=dict(name="Ferriby and Hale Primary Care Network", type="primary_care"),
    partners=[
        dict(name="Humbermere Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Humbermere Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and its safety goals.", """
Denosumab is an injection given every six months to people with osteoporosis, usually older women who
cannot take or have not responded to tablets. It works well while it is being given. The danger is what
happens when it is stopped or delayed. Within months of a missed dose the bone breakdown that it was
holding back rebounds, and some people have several spinal fractures in quick succession, sometimes
five or more. The guidance is clear that doses should not be more than four weeks late and that
denosumab should never be stopped without a plan for another treatment.

In our eight practices the injections are started by the hospital's metabolic bone service and then
handed to practice nurses to give. The recall depended on each practice's own system. Some used a
paper diary. Some relied on the patient to book. When a practice nurse left, or a patient moved
practice, or the injection came from a community pharmacy that had run out, doses slipped. Some
patients were told by a hospital doctor for an unrelated reason to 'stop all your bone medicines', and
did.

In early 2023 a woman of 74 at one of our practices was admitted with four new vertebral fractures. Her
denosumab was eleven months overdue. A search across the network that spring found 623 people on
denosumab, of whom 142 were more than four weeks late for their injection and 37 had not had one for
over a year, with no record of anyone deciding to stop.

The partnership was needed because the risk sat in the gaps between organisations. The hospital
starts the treatment and knows the danger of stopping, but does not give the injections. Practices give
the injections but had no shared way of knowing who was due. Community pharmacies supply the drug in
some practices and know when stock is short, but had no route to tell anyone.
"""),
        ("evidence", "What evidence is there of improvement? Please give data where you can.", """
From June 2023:

- the network runs one shared denosumab register across all eight practices, checked every week by a PCN
clinical pharmacist

- every patient is booked for their next injection at the one before, and a text reminder is sent two
weeks ahead

- anyone more than two weeks late is phoned, and anyone more than four weeks late is discussed with the
metabolic bone service the same week

- community pharmacies that supply the injection tell the practice if they cannot get stock, and the
hospital has agreed an emergency supply route

- nobody can be taken off the register without a documented plan from the bone service

<<Q:People more than four weeks late for their injection fell from 142 of 623 (23%) in March 2023 to 21
of 651 (3%) in March 2024 and 14 of 668 (2%) in March 2025.>> <<Q:People with no injection for over a
year and no decision to stop went from 37 to none.>> <<Q:Admissions with multiple vertebral fractures
among people on the register fell from nine in the 18 months before the change to one in the 18 months
after.>>
"""),
        ("stakeholders", "How were patients, carers and staff involved?", """
<<P:Before the text reminder and the patient card were finalised, they were read aloud at the Hale
osteoporosis support group's monthly meeting, and the wording was changed after members said that
'rebound' sounded like something minor, so the card now says that stopping can cause 'several broken
bones in the spine'.>> <<P:Two women who had had rebound fractures agreed to be interviewed, and what
they said about never having been told the risk shaped the first-appointment checklist.>>

All practice nurses in the network were trained on the new register and recall process. Community
pharmacists were briefed by the local pharmaceutical committee at its autumn meeting. Our PCN clinical
pharmacist, Helen Marsh, set up the register and checks it every week as part of her role. We sent a
short survey to practice managers after six months; they were happy with the process, so nothing was
changed. We plan to form a bone health working group with the practice nurses next year.
"""),
        ("value", "What has been the impact on patient experience, and value for money?", """
The register uses software we already had. The pharmacist's weekly check takes about two hours. Each
admission with multiple spinal fractures costs the NHS several thousand pounds, and for the person it
can mean months of severe pain, loss of height and a hunched back that never recovers. Patients now
leave each injection with the date of the next one, and several have told their nurse that they finally
understand why the timing matters.

For the practices, one register instead of eight separate systems means that a nurse leaving or a
patient moving no longer puts anyone at risk.
"""),
        ("spread", "How has the work been shared and spread?", """
The metabolic bone service has asked the other five networks it works with to set up the same register,
and the local pharmaceutical committee has shared the stock-shortage process with all pharmacies in
Humbermere. We presented the work at the integrated care board's primary care quality group.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1404  bone density checks before planned hip and knee replacement - pdf
#        made from Word - PRIVATE orthopaedic treatment centre company as
#        primary entrant with an NHS trust and an ICB (ineligible) - medical
#        director, corporate - staff involved - NO patient involvement
#        (patients as beneficiaries, sent leaflets, a survey that changed
#        nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1404", format="pdf", layout="style_headings", topic="bone_density_before_joint_replacement",
    project="independent88-boneready-1404", render_via="soffice", docx_font="Liberation Serif",
    title="Bone Ready: finding osteoporosis before planned hip and knee replacement",
    cover=[
        "Primary entrant: Meridian Orthopaedic Centres Ltd (Redwater Independent Treatment Centre)",
        "Partners: Redwater and Calder Hospitals NHS Trust; NHS Calder Valley Integrated Care Board",
        "Submitted by the Group Medical Director",
    ],
    primary_entrant=dict(name="Meridian Orthopaedic Centres Ltd", type="private"),
    partners=[
        dict(name="Redwater and Calder Hospitals NHS Trust", type="nhs_trust"),
        dict(name="NHS Calder Valley Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Background and safety goals", """
Redwater Independent Treatment Centre carries out around 2,100 planned hip and knee replacements a year
for NHS patients referred by the ICB, most of them people in their sixties and seventies. A small number
of these patients go on to break the bone around their new joint, either during the operation or after
a fall in the months that follow. These periprosthetic fractures are among the most difficult injuries
in orthopaedics. They often need a major second operation at the NHS trust, which has the specialist
surgeons, and carry a high risk of death and loss of independence.

Many of the people who suffer them have undiagnosed osteoporosis. Poor bone quality also affects the
choice of implant and whether it should be cemented. Before this work, nobody checked bone health
before surgery. Our pre-operative assessment looked at the heart, lungs, kidneys and anaemia but not at
bones. The trust's fracture surgeons were seeing our patients come back with fractures and no record
that osteoporosis had ever been considered.

Our goals were to identify people with probable osteoporosis before their operation, to make sure the
surgeon knows about it when planning the procedure, and to start treatment so that the bone around the
new joint is as strong as possible.
"""),
        ("evidence", "Evidence of improvement", """
From September 2022, every patient at pre-operative assessment has a fracture risk score calculated by
the nurse. Anyone at high risk, and anyone who has had a previous fragility fracture, is sent for a bone
density scan at the trust, which keeps slots for our patients. The result is back before the surgical
planning meeting. People with osteoporosis are started on treatment, and the surgeon considers a cemented
implant.

The trust's metabolic bone service reviews anyone with severe osteoporosis or a previous spinal
fracture, and advises on whether surgery should be delayed while treatment starts. The bone health
treatment is continued by the patient's GP after discharge, with a letter setting out the plan.

In the two years since, 1,640 patients were identified as high risk and 1,390 had a scan. 512 were found
to have osteoporosis, almost none of whom knew.

<<Q:Intraoperative fractures fell from 1.4% of primary hip replacements in 2020/21 and 2021/22 to 0.6% in
2022/23 and 2023/24.>> <<Q:Periprosthetic fractures within a year of surgery in patients treated at the
centre, recorded by the trust, went down from 19 in the two years before Bone Ready to 8 in the two years
after.>>

Pre-operative assessment appointments are six minutes longer on average.
"""),
        ("stakeholders", "Involvement", """
<<S:The trust's periprosthetic fracture surgeons and our hip surgeons met at four joint audit meetings to
review every fracture since 2019, and it was the trust surgeons who proposed scanning before surgery
rather than after a fracture.>> <<S:Our pre-operative assessment nurses tested the fracture risk score
for a month and asked for it to be built into the assessment software so that it calculates
automatically, which was done before roll-out.>> <<S:Radiographers at the trust's bone density unit
worked out the slot arrangement with our bookings team and suggested reporting within 48 hours.>>

Patients are sent a leaflet about bone health with their pre-operative letter. We asked patients about
their experience of the extra scan in our routine questionnaire, and the scores were in line with the
rest of the pathway, so we made no changes. The programme is intended to benefit every person having a
joint replacement with us. We will invite former patients to review the leaflet in 2025.
"""),
        ("value", "Value", """
A bone density scan costs around £70. A periprosthetic fracture costs the NHS an estimated £25,000 or
more in surgery, hospital stay and rehabilitation, and the ICB pays for both the scan and any revision
surgery, so the savings flow back to the local system. The ICB has built the pathway into its contract
with us from 2025.
"""),
        ("spread", "Spread", """
Bone Ready has been rolled out across Meridian's four other treatment centres, and the trust has adopted
the same risk check for its own elective patients. We have shared the pathway with the national
orthopaedic improvement programme.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1405  quad bike injuries in children and young people on farms - docx -
#        sections in an unusual order (results first) - county council public
#        health consultant, reflective, long - council with the police rural
#        crime team, the young farmers' federation and the acute trust's
#        children's emergency department - young people (by an unusual name)
#        and staff involved - Q partly as an SPC shift and in words - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1405", format="docx", layout="reordered", topic="quad_bike_injuries_children_farms",
    project="independent88-helmetson-1405", docx_font="Cambria",
    title="Helmets On, Kids Off: reducing quad bike injuries among children and young people on Hartmoor farms",
    cover=[
        "Lead: Hartmoor County Council, Public Health Team",
        "Partners: Hartmoor and Wessendale Police (Rural Crime and Road Safety Team); Hartmoor Federation of Young Farmers' Clubs; Greybridge Hospitals NHS Foundation Trust (Children's Emergency Department)",
        "Author: Consultant in Public Health, Hartmoor County Council",
    ],
    primary_entrant=dict(name="Hartmoor County Council", type="local_authority"),
    partners=[
        dict(name="Hartmoor and Wessendale Police", type="emergency_service"),
        dict(name="Hartmoor Federation of Young Farmers' Clubs", type="charity"),
        dict(name="Greybridge Hospitals NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("evidence", "What changed", """
We track quad bike and side-by-side vehicle injuries in under-18s seen at the children's emergency
department at Greybridge, which receives almost all injured children from the county, using a monthly
statistical process control chart that runs back to 2018.

<<Q:From the spring of 2023 the chart shows a sustained shift below the previous average, with eleven
consecutive months under the old centre line, and the monthly average has come down from 4.6
attendances to 2.7.>> <<Q:Admissions of children with head injuries from quad bike crashes roughly
halved, from 23 in the two years before the campaign to 12 in the two years since.>> <<Q:The share of
injured young people who were wearing a helmet at the time, recorded by emergency department nurses,
rose from about one in five to more than half.>>

Over the same period, the
police rural crime team spoke to 260 farms about quad bike safety, and 1,150 helmets were sold through
the young farmers' discount scheme.
"""),
        ("context", "Why we started", """
Hartmoor is a county of small family farms, most of them livestock, on steep ground. Quad bikes are
everywhere. They are used to check sheep, move feed and get around fields that no car could manage, and
on many farms children grow up riding them. The law and the manufacturers are clear that children under
16 should not ride adult-sized quads, and that nobody should carry a passenger on a machine designed for
one. On the ground, that is not how it works. Children ride on the back with a parent, drive to the
top field to check the ewes, or take a bike out with friends on a Sunday afternoon. Helmets are rare.

In 2021 and 2022 three children died in quad bike accidents in the county: a boy of eleven who was
riding alone and rolled on a bank, a girl of nine who was a passenger with her father, and a boy of
fifteen who crashed on a lane at night. Each death devastated a small community. The children's
emergency department at Greybridge was seeing an injured child from a quad bike nearly every week in
the summer months, many with head injuries, broken femurs and crush injuries to the chest.

We knew from the start that the council could not solve this by telling farmers what to do. Many
farming families feel that people in offices do not understand their lives, and campaigns that have
tried to shame parents in the past have been ignored or resented. Public health messages about
quad bikes tend to arrive as leaflets that go straight in the bin with the rest of the post. We needed
partners who were trusted in farming communities, people who understood how quads are really used,
and evidence that could show whether anything had worked.

The county council brought the public health team, the data and a small budget. The police rural crime
team brought years of relationships with farmers built through their work on machinery and livestock
theft, and officers who grew up on farms themselves. The young farmers' federation brought 23 clubs and
around 1,400 members aged 10 to 26, many of whom ride quads every day. The children's emergency
department at Greybridge brought the injury data and the clinicians who had treated these children.

We set three aims at the start: that no child under 16 would drive an adult-sized quad, that nobody
would carry a passenger on a single-seat machine, and that everybody on a quad would wear a helmet. We
knew the first would be the hardest. Many farming parents learned to ride as children themselves and
believe, with some reason, that a child who grows up around machinery learns to respect it. We decided
early on that we would not argue about this. We would give families the facts about what happens to
children's bodies in a rollover, put good helmets within easy reach, and let young people make the
case to each other.

The campaign ran in three waves. The first, in the spring of 2023, focused on helmets, timed for lambing
when quad use is at its peak. The second, in the summer holidays, was about passengers and children
riding alone. The third, in the autumn, went into schools through the young farmers' clubs and the
county's agricultural college, where the quad squad ran sessions for younger pupils.
"""),
        ("stakeholders", "Who made it happen", """
The heart of the campaign is the young farmers themselves. <<P:A group of club members aged 14 to 24,
who called themselves the 'quad squad', spent two winters working with us on what would actually change
behaviour, and it was the quad squad who decided to drop the word 'ban' and focus on helmets and no
passengers.>> <<P:They made the short films that went out on social media, filmed on their own farms, and
chose to include a young man from the county who had been badly injured as a teenager and now uses a
wheelchair, who agreed to tell his story in his own words.>> <<P:The mother of one of the children who
died in 2021 was asked by the club federation whether she would speak to them, and after meeting the
quad squad she asked for the campaign to carry her son's favourite saying, 'Helmet on, then go', which
is on every sticker.>>

<<S:Nurses and doctors at the children's emergency department agreed to add 'helmet worn?' and 'driver
or passenger?' to the injury record, after their play specialists pointed out that children would answer
honestly if asked by them rather than by a police officer.>> <<S:Officers from the rural crime team
suggested taking the helmet discount scheme to livestock markets and farm sales, where they were already
visiting about machinery theft, and they tested the approach at two marts before it was used across the
county.>> <<S:Our public health analysts and the emergency department's data team built the control chart
together and agreed the definitions so that the data would be comparable back to 2018.>>

Farm machinery dealers were sent a letter about the campaign and most displayed the posters.
"""),
        ("value", "Value for money and what it has meant", """
The campaign has cost around £52,000 over three years, including the films, the stickers and a subsidy
of £15 a helmet, funded from the council's public health grant and a contribution from a farm insurer.
A child with a serious head injury may need intensive care, months of rehabilitation and a lifetime of
support. The emergency department estimates that each admission for a quad bike injury costs over
£8,000, before counting any long-term care.

The deeper value is harder to put in pounds. Farming families in Hartmoor have talked to us about quad
bikes in a way they never did before, because the conversation started with their own young people. The
quad squad members have become a kind of local authority on the subject, and the federation has made
farm safety a standing item at every club meeting.
"""),
        ("spread", "Spreading the word", """
The films have been watched more than 90,000 times and have been picked up by young farmers' federations
in three other counties. The national farm safety partnership has asked the quad squad to help with its
next campaign. Greybridge has shared its injury record questions with two other children's emergency
departments in the region, so that helmet use can be compared. The police force is including quad bike
safety in its rural crime prevention visits across both counties it covers.

What we would say to any other area is to begin with the people who ride the bikes, not with the
statistics, and to use the statistics to show them what they have achieved.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1406  fractures during moving and handling of children with complex
#        disabilities - pdf - numbered questions - community trust children's
#        physiotherapy lead, careful - community trust with the council's
#        special schools and a parent carers' forum - staff involved - NO
#        patient involvement (the forum agreed and funded, parents sent a
#        leaflet and told, a questionnaire that changed nothing, a plan, a
#        negation) - NO quantitative evidence (numbers trained, handling plans
#        written, scans, a single figure)
# ---------------------------------------------------------------------------
entry(
    id="I1406", format="pdf", layout="numbered_questions", topic="fragile_bones_children_complex_disability_handling",
    project="independent88-handlewithcare-1406", pdf_font="DejaVuSans", pdf_align="L",
    title="Handle With Care: preventing fractures in children with fragile bones and complex disabilities",
    cover=[
        "Lead organisation: Thamesbury Community Healthcare NHS Trust, Children's Physiotherapy and Occupational Therapy",
        "Partners: Thamesbury Borough Council (Special Educational Needs and its three special schools); Thamesbury Parent Carers' Forum",
        "Entry prepared by the Clinical Lead Physiotherapist, Children's Services",
    ],
    primary_entrant=dict(name="Thamesbury Community Healthcare NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Thamesbury Borough Council", type="local_authority"),
        dict(name="Thamesbury Parent Carers' Forum", type="patient_group"),
    ],
    sections=[
        ("context", "1. What was the problem and why did it need a partnership?", """
Children and young people with severe cerebral palsy and other complex disabilities who cannot walk or
bear weight often have very thin, fragile bones. Many also take anti-seizure medicines, have feeding
difficulties and low vitamin D, and spend much of the day sitting. Their thigh bones and lower legs can
break during ordinary care: being lifted into a standing frame, having their legs moved during
changing, being stretched by a well-meaning adult, or being hoisted with a sling that catches a leg.

These fractures are often not noticed at first. The child may be unable to speak, and their distress
can look like their usual discomfort. When a fracture is found, an awful question follows: was this
abuse? Families and school staff have been put through child protection investigations that, in the
end, found a child with bones so fragile that a routine change had broken them. In the meantime trust is
lost on all sides.

In Thamesbury we support around 180 children who cannot walk and who have other risk factors for
fragile bones. Most attend one of the council's three special schools. Between 2020 and 2022 we knew of
nine fractures in this group. Five happened at school and four at home. Three led to safeguarding
referrals. In every case, the child's physiotherapy plan said nothing about bone fragility, the school
had no information about it, and the child had never had a bone health assessment.

The problem needed a partnership because no one organisation held the whole picture. The trust's
physiotherapists wrote the children's plans but did not lift them every day. The schools' staff lifted
them every day but had never been told their bones were fragile. The community paediatricians could
assess bone health but only saw the children once or twice a year. And the council, as the authority
responsible for the schools and for safeguarding, needed a way of telling a fragile bone fracture from
an abusive injury quickly and fairly.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
Since September 2023:

- every child who cannot bear weight and has at least one other risk factor has a 'bone care' flag on
their trust record, and a bone health review by the community paediatrician, including vitamin D and,
where needed, a referral for a bone density scan

- each flagged child has an individual handling plan that says how to lift, change, stretch and position
them, with photographs of the child's own equipment, shared with school and home

- all staff at the three special schools who help with moving and handling have completed a two-hour
session on fragile bones, run by our physiotherapists in the schools

- a 'new swelling or new distress' protocol tells school staff and families to get an X-ray the same
day, and to contact the child's physiotherapist, before any assumptions are made

So far 146 children have been flagged, 139 have a handling plan in place, and 61 have had a bone density
scan. 412 school staff have attended the training. Every fracture reported in the group since then
has been X-rayed on the day the change was noticed.
"""),
        ("spread", "3. How has the work been shared or spread?", """
The handling plan template has been shared with the children's community services in two neighbouring
trusts and with the regional children's physiotherapy network. The council has included the bone care
flag in the information that goes with any child who moves to a residential school or short breaks
service. We have presented the approach to the local safeguarding children partnership, which has added
a note about fragile bones to its guidance on unexplained injuries in disabled children.
"""),
        ("value", "4. What difference has it made, and is it value for money?", """
The programme was delivered within existing physiotherapy and paediatric time, with about £6,000 from the
council for printing and equipment such as slide sheets and better-fitting slings. A femoral fracture in
a child with complex disability often means surgery, weeks of pain and time out of school, and a
safeguarding investigation can cost a family months of distress.

School staff say they feel safer handling the children now that they know exactly what to do for each
one. Families say that having the same plan at home and at school is reassuring.
"""),
        ("stakeholders", "5. Who was involved, and how?", """
<<S:Teaching assistants and school nurses from all three special schools worked with our physiotherapists
over a term to design the handling plan template, and they insisted on photographs of each child's own
equipment rather than generic diagrams.>> <<S:The community paediatricians and the trust's named nurse
for safeguarding wrote the 'new swelling or new distress' protocol together, after the safeguarding team
pointed out that the first draft could delay an X-ray while a referral was discussed.>> <<S:School
moving and handling leads tested the plans on their own classes for six weeks and asked for a one-page
version that could be kept on the back of each child's wheelchair.>>

The Thamesbury Parent Carers' Forum agreed to support the programme and paid for the printing of the
handling plans. Parents of every flagged child were sent a leaflet explaining the bone care flag and
were told about the new protocol at their child's next review. We gave a questionnaire to families at
the end of the first year; the replies were positive and so no changes were made. Families were not
part of the design group, which was made up of professionals. We hope to involve parents in reviewing the
plans in the coming year.
"""),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1407  neck fractures missed in older people after minor falls at home and
#        in care homes - docx - lists - GP federation home visiting service
#        manager, matter-of-fact - GP federation with the ambulance service
#        and the acute trust's radiology and emergency departments - families
#        involved - NO staff involvement (clinicians trained, care homes sent
#        guidance, a named clinical lead, a survey that changed nothing, a
#        plan)
# ---------------------------------------------------------------------------
entry(
    id="I1407", format="docx", layout="bullet_lists", topic="missed_cervical_fractures_older_fallers_home",
    project="independent88-lookattheneck-1407", docx_font="Arial",
    title="Look at the Neck: finding neck fractures in older people after a minor fall at home",
    cover=[
        "Lead: Brookmere GP Federation (Acute Home Visiting Service)",
        "Partners: South Anglian Ambulance Service NHS Trust; Brookmere and Lyng Hospitals NHS Trust (Radiology and Emergency Department)",
        "Contact: Service Manager, Acute Home Visiting Service",
    ],
    primary_entrant=dict(name="Brookmere GP Federation", type="primary_care"),
    partners=[
        dict(name="South Anglian Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Brookmere and Lyng Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The problem", """
Our acute home visiting service sends paramedics and advanced nurse practitioners to see housebound
patients and care home residents on behalf of the federation's 31 practices. Many of the visits are
after a fall. The ambulance service also passes us older people who have fallen but do not seem to need
hospital, so that they can be seen at home instead.

What we found in our 2022 incident review:

- older people can break their neck, usually at the top of the spine, in a simple fall from standing or
from a chair, often hitting their forehead or face

- the main sign is neck pain, but people with dementia may not complain, and people with arthritis
already have a stiff, sore neck

- the standard rules used to decide whether someone needs a neck scan were designed for younger adults
and say less about frail older people

- in 2021 and 2022 we found seven patients seen at home after a fall who were later found to have a neck
fracture, between two and 19 days later

- one woman, who had a bruise on her forehead and a sore neck, was diagnosed only when she developed
weakness in both arms

- there was no agreed route for a home visiting clinician to get a CT scan for someone who did not need
to go to the emergency department for any other reason

The federation could not fix this alone. We needed the hospital's radiology department to accept
referrals from our clinicians, and the ambulance service to use the same questions and to take people
for a scan and back home again. None of the three organisations had a process for this before 2023.
"""),
        ("evidence", "What we did and what happened", """
What changed from March 2023:

- a 'look at the neck' prompt in the home visiting record for everyone aged 65 or over seen after a fall,
asking about head or face strike, neck pain or stiffness that is new or worse, and any change in how the
person holds their head

- anyone with a positive answer is referred for a same-day CT of the neck through a direct booking line
to radiology, with ambulance transport arranged through the ambulance service's falls car if needed

- the ambulance service's falls car clinicians use the same prompt when they attend an older person who
has fallen, and can book the scan through the same line

- the radiology department reports these scans within two hours and sends the result to the home
visiting clinician and the GP

- care homes were given a one-page guide on what to look out for in the days after a fall

Results:

- <<Q:neck fractures found more than 24 hours after the first visit went from seven in 2021 and 2022 to
one in 2023 and 2024>>

- <<Q:the average time from home visit to CT scan for older fallers with neck symptoms fell from 3.4 days
to 5 hours>>

- 318 scans were requested through the direct line in the first two years, and 29 showed a fracture

- <<Q:emergency department attendances for older fallers seen by our service went down by about a
quarter, because people who only needed a scan no longer had to wait in the department>>
"""),
        ("stakeholders", "Involvement", """
People and families:

- <<P:the daughter of the woman whose fracture was found late met the service manager and the
radiology lead and told them that her mother had said her neck hurt on the day she fell, but nobody wrote
it down, which is why the prompt asks the clinician to record the patient's own words>>

- <<P:members of the federation's patient reference group looked at the information sheet given to
people going for a scan and asked for it to explain that the scan is a precaution and not a sign that
something is definitely wrong, which was added>>

- <<P:relatives of care home residents were asked at two care home family meetings what would worry them,
and their answer, that they were not told when their relative had fallen, led to the guide asking homes
to phone the family the same day>>

Staff and partners:

- all 46 home visiting clinicians completed an online module on neck injuries in older people

- care homes were sent the one-page guide by email

- Dr Simon Aldous, the federation's clinical lead, wrote the prompt and signed off the pathway as part of
his role

- radiology staff were told about the direct booking line at their department meeting

- a survey of home visiting clinicians after six months was positive, so nothing was changed

- we plan to hold a joint learning event with the ambulance falls car team next year
"""),
        ("value", "Value", """
- the direct booking line uses existing CT capacity at the hospital; the federation pays nothing extra

- each avoided emergency department visit saves around £250 and many hours on a trolley for a frail
older person

- a missed neck fracture can lead to paralysis or death, and to a long and costly hospital stay
"""),
        ("spread", "Spread", """
- the ambulance service has added the same questions to its falls car assessment across the county

- the neighbouring federation has asked for the prompt and the booking line arrangement

- we have written up the pathway for the regional urgent community response network
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1408  older people on mental health wards who break a hip - pdf - lists -
#        mental health trust older adults' matron, practical - mental health
#        trust with the acute trust's orthogeriatric service and the
#        ambulance service - patients' relatives and staff involved - NO
#        evidence section and no measured change anywhere in the entry
# ---------------------------------------------------------------------------
entry(
    id="I1408", format="pdf", layout="bullet_lists", topic="hip_fracture_mental_health_older_adult_wards",
    project="independent88-twowards-1408", pdf_font="LiberationSans", pdf_align="L",
    title="Two Wards, One Patient: safer care for older people on mental health wards who break a hip",
    cover=[
        "Lead organisation: Pendlebrook Mental Health NHS Foundation Trust (Older Adults' Inpatient Services)",
        "Partners: Pendlebrook Royal Infirmary NHS Trust (Orthogeriatric and Trauma Service); North Western Counties Ambulance Service NHS Trust",
        "Contact: Matron, Older Adults' Inpatient Services",
    ],
    primary_entrant=dict(name="Pendlebrook Mental Health NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Pendlebrook Royal Infirmary NHS Trust", type="nhs_trust"),
        dict(name="North Western Counties Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "Why this matters", """
Our four older adults' wards care for people with severe dementia, depression and psychosis, many of
whom are frail, unsteady and on medicines that make falls more likely. Despite everything we do to
prevent falls, every year some of our patients fall and break a hip. In 2022/23 there were eight.

What used to happen:

- staff on a mental health ward are not used to spotting a hip fracture, especially in someone who
cannot explain their pain, and the person was sometimes left in a chair or helped to walk

- the ambulance could take hours to arrive, because a fall on a hospital ward was not treated as urgent
by the 999 system

- at the acute hospital, the person arrived without the information the trauma team needed: their
usual mental state, their medicines, their capacity to consent and how to calm them

- on the trauma ward, people with severe dementia or psychosis became very distressed, some were given
sedation and some pulled out drips and catheters

- when they were ready to leave, neither hospital was sure who should have them, and people stayed on
the trauma ward for weeks or came back to us without a plan for walking, pain or bone protection

- families told us that they had to repeat the same story to both hospitals, sometimes several times a day

- in one case in 2022 a man of 81 with dementia sat in a chair on our ward for most of a day with a
broken hip before anyone realised; he died three weeks later in the acute hospital
"""),
        ("stakeholders", "Who was involved", """
What we built together, from April 2023:

- a 'suspected hip fracture' protocol for our wards: do not stand the person up, give pain relief, use a
scoop stretcher to move them to bed, call 999 using agreed words

- a 'mental health passport' that goes with the person, written by the ward team, covering their usual
self, what upsets them, what helps, their medicines and their capacity

- a mental health nurse from our ward who visits the person on the trauma ward every day, and a liaison
psychiatrist who advises on medicines and delirium

- a joint discharge plan agreed by both trusts within 72 hours of surgery

How people were involved:

- <<S:our ward nurses and healthcare assistants wrote the suspected hip fracture protocol with the
orthogeriatricians, and it was the healthcare assistants who asked for a scoop stretcher on every ward
after describing how they had lifted people off the floor by hand>>

- <<S:ambulance clinicians from the local hub reviewed our 999 script and changed the words we use so
that the call is correctly categorised>>

- <<S:trauma ward nurses at the infirmary tested the mental health passport for three months and asked
for a section on how the person likes to be spoken to, which is now on the front page>>

- <<P:families of patients who had broken a hip on our wards met with both trusts, and at their request
the passport now includes a photograph of the person as they usually are, so trauma staff can see who
they are caring for>>

- <<P:the wife of the man who died in 2022 joined our steering group and helped write the training
video for new staff, which begins with her account of that day>>
"""),
        ("value", "Value", """
- the scoop stretchers cost £2,400 in total

- the daily visits by a mental health nurse take about an hour and are covered by our existing ward
staffing

- the liaison psychiatry time is part of the acute trust's existing contract with us

- a hip fracture costs the NHS well over £14,000 in the first year; each day saved on the trauma ward and
each avoided complication matters to the person and to both trusts

- families tell us that knowing someone from our ward is visiting every day has made a frightening time
easier
"""),
        ("spread", "Sharing", """
- the protocol and passport are now used on our working-age adult wards as well

- we presented the work to the regional older people's mental health network in 2024

- the acute trust is adapting the passport for people with a learning disability

- the ambulance service has shared the 999 script with two other mental health trusts in its area

- we have offered the protocol to the independent mental health hospitals in the county, which also care
for older people
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)
