"""Forty-second independent evaluation set (I657..I672) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and entries29.py / entries31.py (as format examples) were
read, with the opening docstrings of the other entry files to avoid their topics and
organisation names; never the review pipeline, its models, flows, tests, benchmarks or
any gold output.  All organisations, places and people are fictional.  The entries are
meant to be ordinary: the kind of thing NHS teams, councils, charities, a university,
GP federations and a private company send in, in their own voices and at their own
length.  The theme of this set is patient safety in hospitals at night and at weekends,
in outpatients and in day units, with partners from primary care, councils and charities.

Topics: frail older people discharged on a Friday or at the weekend (a council adult
social care team), sleeping tablets started on hospital wards at night that become
long-term prescriptions (a primary care network, a cover table), volunteer night
companions for people with dementia and delirium on hospital wards (a dementia charity,
no headings, long), harm from bowel preparation before colonoscopy in older and frail
people (an endoscopy day unit), eye drops after day-case cataract surgery (no spread
section), domestic abuse support in the emergency department at nights and weekends (a
domestic abuse charity, CAPS headings), GP referrals to same day emergency care that
arrive after it closes (a GP federation, a form), evacuating hospital wards at night (with
a fire and rescue service), follow-up of results after insourced weekend endoscopy lists
(a private company as primary entrant), moving patients between wards at night
(departments of one trust, no partner), red flag symptoms booked into routine weekend
extended access appointments (a GP federation on its own, no headings, with a
declaration), accessible outpatient letters for blind and partially sighted people (a
sight loss charity, sections in an unusual order), risk-based night-time observations
(a university lead, two columns), hospice advice for people dying on hospital wards at
night and at weekends (a hospice lead, no value section), interpreters for patients who do
not speak English at night (lists) and adults with a learning disability discharged
after missed outpatient appointments (a short form).

Build it with

    .venv/bin/python data/independent/build.py --set 42   (writes data/corpus/independent42/)

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
    titles, list items), wherever in the entry it is told; a volunteer with lived
    experience who trains others for a partner and helped design the work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices, GP federations, primary care networks, GP cooperatives
and local pharmaceutical committees are primary_care; self-advocacy groups and older
people's forums are patient_group; hospices, care associations and other charities are
charity; a university is university; insourcing and other companies are private).  A
department or team of the entrant's own organisation is not a partner.  Flags are
written by hand and build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I657  frail older people discharged on a Friday or at the weekend - pdf -
#       own headings - council head of hospital discharge, plain - council
#       with acute trust, a home from hospital charity and a primary care
#       network - older people and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I657", format="pdf", layout="own_headings", topic="weekend_discharge_frail_older_people",
    project="independent42-homefortheweekend-657", pdf_font="LiberationSans", pdf_align="L",
    title="Home for the Weekend: safer Friday and weekend discharges for older people in Tallowmere",
    cover=[
        "Lead organisation: Tallowmere City Council (Adult Social Care, Hospital Discharge and Reablement)",
        "Partners: Tallowmere General Hospital NHS Trust; Home Again Tallowmere (home from hospital charity); Tallowmere North Primary Care Network",
        "Written by the Head of Hospital Discharge, Adult Social Care",
    ],
    primary_entrant=dict(name="Tallowmere City Council", type="local_authority"),
    partners=[
        dict(name="Tallowmere General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Home Again Tallowmere", type="charity"),
        dict(name="Tallowmere North Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "The problem we set out to fix", """
Tallowmere General Hospital discharges around 260 people aged 75 and over each week. For years the
busiest day for those discharges has been Friday, and most of them happen in the afternoon or evening,
once the ward has finally got the medicines back from pharmacy and transport has been booked. Then comes
the weekend. Until 2023 our reablement service and most home care agencies did not start new packages
of care on a Saturday or Sunday, GP practices were closed until Monday morning, and the hospital's
discharge team worked weekdays only.

The result was that a lot of frail older people went home on a Friday night to two days with nobody
checking on them. Some had a care package that started on the Monday. Some had been told a district
nurse would call but the referral had not been sent. Some went home with new medicines they did not
understand, or without the blister pack their community pharmacy usually made up for them.

We could see this in our own safeguarding referrals and in the hospital's readmission figures, which
showed that older people discharged between Friday lunchtime and Sunday were more likely to come back
within 72 hours than people discharged earlier in the week. In November 2022 an 88-year-old woman who
lived alone was discharged at 7pm on a Friday after a chest infection. Her care package was due to
start on the Monday. On the Sunday a neighbour found her on the kitchen floor, dehydrated and confused.
She went back into hospital and stayed for five weeks. Nobody had broken the rules of their own
service. The gap was between us.

Home for the Weekend started in April 2023. It has four parts:

- every older person expected to go home between Friday and Sunday is picked out at the Thursday board round, and the ward, the council's discharge social workers and Home Again agree what needs to be in place before they go

- the council's reablement service now starts new packages seven days a week, and keeps three 'weekend start' slots a day for hospital discharges

- Home Again volunteers phone or visit everyone who lives alone and is discharged on a Friday, Saturday or Sunday, within 24 hours, using a short checklist: food, heating, medicines, can they reach the phone, do they know who to call

- the discharge summary carries a 'weekend discharge' flag, and the PCN's care coordinators ring each of these patients on the Monday morning and book a GP or pharmacist review if it is needed

Anyone the volunteers are worried about is passed straight to the council's weekend duty team, which can
send a reablement worker out the same day.
"""),
        ("evidence", "What has changed", """
We compared the twelve months before (April 2022 to March 2023) with the twelve months after, for people
aged 75 and over discharged home from the hospital's medical and older people's wards between Friday
midday and Sunday midnight. The figures come from the trust's information team and from our social care
records.

<<Q:Readmissions within 72 hours in this group fell from 9.4% to 5.6%.>> <<Q:Ambulance call-outs to these
patients in their first three days at home, which the ambulance service shared with us for the PCN's
postcodes, fell from 71 to 38.>> <<Q:The number of people who went home at the weekend with a new care
package that did not start until the Monday went down from 214 to 19.>>

Home Again volunteers made 2,930 calls and 611 home visits in the first year. They passed 148 people to
the weekend duty team, most often because there was no food in the house or the heating was not working.
The PCN care coordinators made 2,410 Monday calls.

<<Q:Because the weekend is now safer, wards are more willing to discharge on Saturdays and Sundays, and
weekend discharges of older people rose from 12% to 19% of all their discharges.>>
"""),
        ("stakeholders", "How people shaped it", """
<<P:Members of the Tallowmere Older People's Forum went through the volunteers' checklist with us at two
of their meetings, and it was their idea to ask 'who will you ring if you feel unwell tonight, and is the
number by the phone?'>> <<P:A man whose wife had been sent home on a Friday evening the year before told
the forum that she had gone home with a new blood thinner and nobody had said it replaced her old tablets,
so the volunteers now check whether any tablets have been stopped.>>

<<S:Ward sisters and discharge coordinators from four wards designed the Thursday check and cut it down to
one page after the first month because, as one of them put it, nobody reads page two on a Thursday.>>
<<S:Our reablement workers told us that weekend starts only worked if the equipment came home with the
patient, so the hospital's therapy team now sends a walking frame or commode with the patient instead of
booking a delivery.>> <<S:Home Again's volunteer coordinators asked for a direct number for the weekend
duty team instead of the council's main switchboard, and were given one in the second month.>> <<S:The
PCN's care coordinators suggested the Monday calls come from the patient's own practice rather than a
central team, because people were more likely to answer a number they knew.>>

All nursing staff on the medical wards were briefed about the Thursday check at their team meetings.
"""),
        ("value", "Value", """
The council pays Home Again £38,000 a year for the weekend calls and visits, and we moved existing
reablement hours to the weekend rather than buying new ones. Each readmission that is avoided saves a
hospital stay that for an older person is often well over a week, and for many older people a
readmission is the start of losing their independence.

Volunteers say they feel they are doing something that matters. Families tell us they are less anxious
about a Friday discharge now that they know someone will call.
"""),
        ("spread", "Where it has gone next", """
The Thursday check has spread to the surgical wards and to Tallowmere's community hospital. The second
PCN in the city started Monday calls in January 2024. We presented the work at the regional Better Care
Fund network, and our neighbouring council is now funding its own home from hospital charity to make
weekend calls.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I658  sleeping tablets started on hospital wards at night - docx - bold
#       headings with a cover table - PCN senior clinical pharmacist,
#       practical - PCN with acute trust pharmacy and the LPC - staff
#       involved - no patient involvement (a leaflet, a questionnaire that
#       changed nothing, PPGs told, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I658", format="docx", layout="bold_headings", topic="hospital_started_hypnotics_night",
    project="independent42-sleepsafe-658", docx_font="Calibri",
    title="Sleep Safe: stopping sleeping tablets started on hospital wards at night from becoming long-term prescriptions",
    cover_table=[
        ("Entry title", "Sleep Safe: stopping sleeping tablets started on hospital wards at night from becoming long-term prescriptions"),
        ("Lead organisation", "Ambleford Central Primary Care Network"),
        ("Partners", "Ambleford and District Hospitals NHS Foundation Trust (Pharmacy and Medicines Optimisation); Ambleford Local Pharmaceutical Committee"),
        ("Contact", "Senior Clinical Pharmacist, Ambleford Central PCN"),
    ],
    primary_entrant=dict(name="Ambleford Central Primary Care Network", type="primary_care"),
    partners=[
        dict(name="Ambleford and District Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Ambleford Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "Context", """
Ambleford Central Primary Care Network is six GP practices with about 58,000 patients between them. Our
clinical pharmacists do structured medication reviews for older people and people on a lot of medicines.
In 2022 we kept finding the same thing: older people taking zopiclone or another 'Z-drug' every night
who had never had a sleep problem before. When we looked back through their records, the first
prescription had very often been written in hospital.

It is easy to see how it happens. A hospital ward is a hard place to sleep. It is noisy and bright, and
people are worried and in pain. A patient who is awake at 2am asks for something to help, and zopiclone
is on the chart as an as-required medicine. After a few nights it is on the regular chart. When the
patient goes home it is on the discharge letter with a supply, and the practice adds it to the repeat
list because it looks like a hospital decision.

Sleeping tablets in older people increase the risk of falls, hip fractures, confusion and road accidents,
and they are hard to stop once people are used to them. They also cause falls on the wards at night, when
patients get up to go to the toilet still drowsy.

In an audit of our six practices in the autumn of 2022, 212 patients aged 65 and over had started a
sleeping tablet in the previous year. For 129 of them the first prescription came from the hospital. Only
11 of the discharge letters said how long the tablets should be taken for.

Sleep Safe started in March 2023 on two older people's wards at Ambleford General. It has three parts.
On the wards, night staff try a 'sleep first' approach (earplugs, an eye mask, lights dimmed at 11pm and
night-time observations grouped together) before any sleeping tablet is given, and any hypnotic started
on the ward is prescribed for a maximum of three nights and marked 'hospital only'. The discharge letter
has a new line for sleeping tablets, which must say 'not started', 'started in hospital and stopped
before discharge' or 'started in hospital, stop by' a given date, and no more than seven tablets are
supplied. In the community, our PCN pharmacists get a weekly list of discharged patients with a hypnotic
on their letter and phone each one within two weeks, and community pharmacies check the stop date when
they do the Discharge Medicines Service.
"""),
        ("evidence", "Evidence of improvement", """
<<Q:Patients aged 65 and over discharged from the two pilot wards with a hypnotic on their discharge
letter fell from 13% in the six months before Sleep Safe to 4% in the six months after.>> <<Q:Among
patients in our PCN who went home on a hospital-started hypnotic, the share still taking it three months
later went down from 61% to 18%.>> <<Q:Falls between 10pm and 6am on the two pilot wards fell by about a
third, from 58 in 2022 to 37 in 2023.>>

Our pharmacists phoned 187 patients in the first year. The hospital pharmacy team has since audited all
the medical wards once and found that 94% of hypnotic prescriptions had a stop date.
"""),
        ("stakeholders", "How people were involved", """
<<S:Night sisters and healthcare assistants on the two pilot wards told the hospital's elderly care
pharmacist that they gave zopiclone mostly because they had nothing else to offer, and they chose what
went into the sleep kit themselves, including soft foam earplugs rather than the silicone ones pharmacy
first suggested.>> <<S:Junior doctors who work nights helped word the 'hospital only' prescription and
asked for it to be a drop-down choice on the electronic prescribing system so it took no longer than the
old way.>> <<S:Community pharmacists, through the LPC, asked for the stop date to be printed on the
dispensing label as well as on the letter, which the hospital pharmacy now does.>> <<S:GPs in our six
practices agreed at a PCN clinical meeting not to add a hospital-started hypnotic to repeat without a
pharmacist review, after two of them presented patients who had been on zopiclone for years.>>

Patients who go home with a hypnotic are given a leaflet, 'Sleeping well after hospital', and our
pharmacists talk it through with them on the phone. We sent a short questionnaire to 40 patients after
the phone call; most found it helpful and we did not change anything as a result. The patient
participation groups of our practices were told about the project at their spring meetings. We would
like to work with patients on a new version of the leaflet next year.
"""),
        ("value", "Value", """
The sleep kits cost about £1.20 each. Pharmacist time for the phone calls comes from our existing
Additional Roles posts and is about two hours a week. A hip fracture costs the NHS around £14,000 in the
first year and for many older people means losing their independence. Fewer repeat prescriptions also
save a little on the drugs bill. Night staff say they now have something useful to offer a patient who
cannot sleep, other than a tablet.
"""),
        ("spread", "Spreading and sharing", """
The hospital extended the 'sleep first' approach and the three-night rule to all adult inpatient wards
from April 2024, and the sleeping tablet line is now on every discharge letter. The other three PCNs in
Ambleford have started using the weekly list. We have shared our materials with the ICB's medicines
optimisation team, which has included hospital-started hypnotics in its prescribing priorities for
2024/25.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I659  volunteer night companions for people with dementia and delirium -
#       docx - no headings - long - dementia charity volunteer services
#       manager, warm - charity with acute trust and a university school of
#       nursing - carers and staff involved - no quantitative evidence
#       (shifts, patients, falls with no comparison, a single percentage,
#       stories, an evaluation still to come)
# ---------------------------------------------------------------------------
entry(
    id="I659", format="docx", layout="no_headings", topic="night_companions_dementia_wards",
    project="independent42-someonethere-659", docx_font="Georgia",
    title="Someone There at Night: volunteer night companions for people with dementia and delirium at Kellingford Royal Hospital",
    cover=[
        "Entered by Forget Me Not Dementia Support, Kellingford (registered charity)",
        "In partnership with Kellingford Royal Hospital NHS Trust (Department of Medicine for Older People) and the University of Kellingford (School of Nursing and Midwifery)",
        "Written by Janine Osei, Volunteer Services Manager",
    ],
    primary_entrant=dict(name="Forget Me Not Dementia Support", type="charity"),
    partners=[
        dict(name="Kellingford Royal Hospital NHS Trust", type="nhs_trust"),
        dict(name="University of Kellingford", type="university"),
    ],
    sections=[
        ("context", None, """
Forget Me Not has supported families living with dementia in Kellingford for more than twenty years.
Most of what we do happens in the community: carers' groups, memory cafés, a helpline and home visits
from our dementia advisers. We had never thought of ourselves as having a part to play on a hospital
ward at night until carers started bringing it up at our groups.

<<P:What they told us, again and again, was that the worst part of a hospital stay was the nights.>>
Their husband, wife, mum or dad would be settled when they left at the end of visiting, and then in the
morning the nurse would tell them he had been 'unsettled' overnight, had tried to climb out of bed, had
pulled out his cannula, had fallen, or had been given something to calm him down. One carer described
finding her husband in the morning with a bruise on his face and no clear explanation of how it had
happened. Many said they would have stayed if they could, but they were exhausted themselves, or did not
drive at night, or had been told visiting finished at eight.

When we talked to the older people's wards at Kellingford Royal, the nurses told the same story from the
other side. A typical night shift on a 28-bed ward for older people has two registered nurses and two or
three healthcare assistants. Several patients will have dementia, some will have delirium, and some will
need two staff to help them to the toilet. If one patient is awake, frightened and trying to get up, a
nurse or healthcare assistant may spend most of the night with them, which leaves everyone else with
less. Falls at night, and especially falls with head injuries, were a worry on every ward. The trust's
own falls reports show that more than half of its inpatient falls happen between 8pm and 8am.

Our idea was simple. If what frightens people at night is waking up in a strange place with nobody they
know, then a calm, kind person sitting with them, chatting, making a cup of tea, walking with them to the
toilet, might help. We call them night companions. They are volunteers, not staff, and they do not do
personal care or anything clinical. They sit with a patient the nurse in charge has asked them to be
with, and they call a nurse if the patient needs anything a volunteer should not do.

We started on two wards in October 2023 and added two more in April 2024. Companions work from 7pm to
11pm or from 11pm to 3am. Every companion has an enhanced DBS check, the trust's volunteer induction and
a day of dementia and delirium training that we wrote with the hospital's dementia nurse specialist.
Student nurses from the University of Kellingford can volunteer as companions, and when they do it during
their older people's placement the time counts towards their practice learning hours.

Each patient who has a companion has a 'This is me at night' sheet, filled in by the family or by one of
our dementia advisers, which says things like what the person likes to be called, what they usually do
when they cannot sleep, what music or conversation calms them, and whether they normally get up in the
night to go to the toilet.
"""),
        ("evidence", None, """
This is the part of the entry we found hardest to write, because we are a small charity and we are still
learning how to measure what we do. The University of Kellingford is carrying out a proper evaluation,
comparing the four wards with similar wards that do not have companions, and the results will be ready
in the spring of 2025.

What we can tell you now is this. Between October 2023 and September 2024, 46 volunteers gave 2,114 night
shifts and sat with 689 different patients. Fifty-two of those shifts were done by student nurses.

The trust records every fall, and we looked at falls during the shifts when a companion was with the
patient. There were three in that time, and none of them caused a serious injury. We cannot yet compare
this with patients who did not have a companion, because the trust's falls data does not record whether
a companion was there, and the evaluation will look at this properly.

Nurses in charge on the four wards fill in a short form after each shift. On 1,820 of the shifts they
said the companion had freed a member of staff to care for other patients. On 96% of the forms they said
they would ask for a companion again for the same patient.

The stories matter to us as much as the numbers. One companion, a retired teacher, sat with a man who
had been a bus driver for forty years and kept trying to get up because he thought he was late for his
shift. She talked with him about the routes he used to drive, and he settled and slept. The next morning
the nurse told his daughter he had had his best night since he was admitted, and he had not needed the
sedative he had been given on the two nights before. Another patient, a woman with advanced dementia who
did not speak much any more, held a companion's hand and sang along to hymns on the companion's phone
until she fell asleep.

There have been no incidents in which a companion was harmed or did something they should not have done.
"""),
        ("stakeholders", None, """
Night companions grew out of what families told us, and families have shaped it all the way through.
<<P:Eight carers from our Tuesday carers' group, all of whom had had a husband, wife or parent with
dementia in hospital in the previous two years, met with us and the ward sisters three times in the
summer of 2023 to plan how it would work.>> <<P:They wrote the first version of the 'This is me at
night' sheet, and they were the ones who said it had to fit on one side of paper and be kept at the
bedside, not in the notes, because 'nobody reads the notes at 3am'.>> <<P:One of them, Doreen, whose
husband Ron died on one of the wards in 2022, helped us choose the first volunteers and still comes to
our training to tell Ron's story.>>

<<S:The ward sisters and night nurses on the first two wards decided which patients would be offered a
companion, and after the first month they asked us to change the shift times, because the hardest hours
were after 11pm rather than early in the evening, which is why there is now a late shift.>> <<S:The
hospital's dementia nurse specialist and our dementia advisers wrote the training together, and the
healthcare assistants who came to the first session asked for a section on what a volunteer should do
if a patient wants to go to the toilet, which we added.>> <<S:Lecturers in the School of Nursing and
Midwifery and the trust's practice education team worked out how students could volunteer safely without
being counted in the staffing numbers, and the student nurses who did the first shifts asked to keep a
reflective diary, which is now part of the placement.>>

Companions fill in a short handover note for the nurse in charge at the end of every shift, and we meet
them as a group once a month for support.
"""),
        ("value", None, """
Night companions cost Forget Me Not about £42,000 in the first year. That paid for a part-time volunteer
coordinator, training, DBS checks and volunteers' travel, including taxis home after late shifts. The
trust provides a room, uniforms (a purple polo shirt, so patients and staff can tell the companions from
staff) and parking. The money came from a grant from the Kellingford Community Foundation and from our
own fundraising.

Compared with the cost of an extra healthcare assistant on a ward at night to watch one patient, which
the wards often have to book from an agency, a companion is very good value, although we want to be clear
that companions do not replace staff. A fall with a head injury or a broken hip means a longer stay, more
scans and, for many older people, not being able to go back to their own home.

For families, the value is peace of mind. Several carers have told us that for the first time they went
home and slept properly while their husband or wife was in hospital. For the volunteers, many of whom
have looked after someone with dementia themselves, it is a way of giving something back. And student
nurses say it has taught them more about caring for people with dementia than anything in the classroom.
"""),
        ("spread", None, """
The trust has asked us to extend night companions to its stroke ward and to the orthopaedic ward where
people with hip fractures are cared for, and we are recruiting volunteers for both. We have shared our
training and the 'This is me at night' sheet with two other dementia charities in the region and with
the trust's neighbouring hospital, which is talking to its own volunteer service about starting
something similar. The university has added a session on night companions to its second-year nursing
module, and our volunteer coordinator presented the work at the regional dementia action alliance in
June 2024.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I660  harm from bowel preparation before colonoscopy in older and frail
#       people - pdf - numbered questions - endoscopy lead nurse, plain -
#       acute trust endoscopy unit with a GP federation and a care homes
#       association - patients and a relative involved - no staff
#       involvement (nurses trained, practices sent a guide, care home
#       managers briefed, a named consultant lead, a survey that changed
#       nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I660", format="pdf", layout="numbered_questions", topic="bowel_preparation_frail_colonoscopy",
    project="independent42-safeprep-660", pdf_font="DejaVuSans", pdf_align="L",
    title="Safe Prep: protecting older and frail people from the harms of bowel preparation before colonoscopy",
    cover=[
        "Rowanbury Hospitals NHS Trust, Endoscopy Unit (lead)",
        "Partners: Rowanbury East GP Federation; Rowanbury Care Homes Association",
        "Author: Lead Nurse, Endoscopy",
    ],
    primary_entrant=dict(name="Rowanbury Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Rowanbury East GP Federation", type="primary_care"),
        dict(name="Rowanbury Care Homes Association", type="charity"),
    ],
    sections=[
        ("context", "1. Why was the partnership needed, and what were its patient safety goals?", """
Our endoscopy unit at Rowanbury General Hospital does about 7,400 colonoscopies a year, nearly all as day
cases. Before a colonoscopy the bowel has to be completely empty, so patients take strong laxatives
(bowel preparation) at home the day before and on the morning of the test. For most people this is
unpleasant but safe. For older and frail people it carries real risks: dehydration, low sodium and
potassium, acute kidney injury, low blood sugar in people with diabetes, and falls when people get up
again and again in the night to get to the toilet, often in the dark and in a hurry.

These risks are made worse by medicines that many older people take, such as diuretics, ACE inhibitors
and some diabetes medicines, which should be paused around the time of the preparation. Our instructions
used to tell patients to 'check with your GP' about their medicines, but few did, and GP practices
usually did not know the test had been booked.

In 2022 we had two serious incidents. An 81-year-old woman taking her preparation through the night got
up to go to the toilet at 3am, fell and broke her hip; she never had her colonoscopy. A 77-year-old man
who carried on taking his usual diuretic and metformin during his preparation arrived for his test
confused and was admitted with acute kidney injury. We also found that care home residents often arrived
with a poorly prepared bowel and had to have the test repeated, so they went through the preparation
twice.

Our goals were to stop avoidable harm from bowel preparation in people aged 75 and over and in care home
residents, to make sure every one of them had a plan for their medicines, and to reduce the number of
tests repeated because of poor preparation. Since September 2023:

- every patient aged 75 or over, living in a care home, or with diabetes or kidney disease gets a telephone pre-assessment from an endoscopy nurse about a week before the test

- the nurse uses a medicines pause guide, written by one of our consultant gastroenterologists from national guidance and sent by the GP federation to all its practices, and the patient's practice gets a copy of the plan the same day

- frail patients are booked onto afternoon lists and the timings have changed so that the last dose is taken by 8pm, so nobody is up all night

- patients are offered a lower-volume preparation and told to keep a commode or bucket by the bed and a light on

- care homes get a preparation pack with a fluid chart and a checklist, and residents can be admitted to the day unit the night before if the home cannot provide the extra help overnight
"""),
        ("evidence", "2. What evidence is there of improvements in safe care as a direct result of the partnership?", """
We compared the twelve months before the changes (September 2022 to August 2023) with the twelve months
after, for patients aged 75 and over.

<<Q:Emergency admissions within seven days of bowel preparation with acute kidney injury, dehydration or
low sodium fell from 19 to 6.>> <<Q:Falls at home during bowel preparation, as reported to us at the
check-in before the procedure, fell from 14 to 3.>> <<Q:The proportion of colonoscopies in this age group
with inadequate bowel preparation went down from 21% to 9%, and for care home residents it went down from
38% to 12%.>>

Our nurses made 2,870 pre-assessment calls in the year, and fourteen care home residents used the
overnight admission.
"""),
        ("spread", "3. How has the partnership been shared and applied elsewhere?", """
The medicines pause guide has been adopted by the radiology department for CT colonography, which uses a
similar preparation, and by the trust's second endoscopy unit at Holtby Community Hospital. The GP
federation has added it to its local formulary website. We presented Safe Prep at the regional endoscopy
nurses' network and at a national gastroenterology meeting in 2024, and two other trusts have asked for
our care home pack.
"""),
        ("value", "4. What impact has it had on patient and staff experience, and on value for money?", """
A repeated colonoscopy costs around £600 and means the patient has to go through the preparation again,
so fewer repeats save money as well as sparing patients. Avoiding emergency admissions frees beds. The
pre-assessment calls take about 15 minutes of nurse time each and were funded by moving one nurse from
the booking office. Patients tell us they feel much less anxious knowing exactly what to do with their
tablets.
"""),
        ("stakeholders", "5. How were patients and staff involved?", """
<<P:Six members of the unit's patient panel, all over 70 and all of whom had had a colonoscopy, went
through our old instruction leaflet line by line and said it was written for people who were young, well
and had a toilet next to the bedroom.>> <<P:They rewrote it with us in large print with a timetable to
tick off, and it was their suggestion to tell people plainly to put a commode or bucket by the bed and
leave a light on.>> <<P:The daughter of a care home resident whose colonoscopy had been repeated twice
came with us to a meeting of the care homes association, described what the preparation had been like
for her mother, and asked for the option of an overnight stay in the unit, which we now offer.>>

Endoscopy nurses were trained to do the telephone pre-assessments using the medicines pause guide. GP
practices were sent the guide by the federation, and care home managers were briefed at the
association's quarterly forum. Our consultant gastroenterologist, Dr Amir Haddad, has led the clinical
side of the project. We asked staff in a short survey whether the calls had made their work easier, and
most said yes, so nothing was changed. We plan to hold a workshop with care home staff next year.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I661  eye drops after day-case cataract surgery - docx - style headings -
#       eye unit matron, straightforward - acute trust eye day surgery unit
#       with the LPC and a society for the blind - patients, a partially
#       sighted volunteer and staff involved - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I661", format="docx", layout="style_headings", topic="eye_drops_after_cataract_day_surgery",
    project="independent42-dropsdoneright-661", docx_font="Arial",
    title="Drops Done Right: helping people use their eye drops safely after cataract surgery",
    cover=[
        "Eastholme University Hospitals NHS Trust, Eye Day Surgery Unit",
        "Partners: Eastholme Local Pharmaceutical Committee and the Eastholme Society for the Blind",
        "Submitted by the Eye Unit Matron",
    ],
    primary_entrant=dict(name="Eastholme University Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Eastholme Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Eastholme Society for the Blind", type="charity"),
    ],
    sections=[
        ("context", "Background", """
Our eye day surgery unit does around 8,600 cataract operations a year, almost all as day cases under
local anaesthetic. Patients go home about two hours after the operation with two or three kinds of eye
drops (an antibiotic, a steroid and sometimes an anti-inflammatory) to use up to four times a day for
four weeks, with the steroid tailed off at the end.

Most of our patients are over 70. Many have arthritis in their hands, a tremor or poor sight in the other
eye, and some live alone. Putting drops into your own eye is harder than it sounds, and people often
miss, squeeze the bottle too hard, touch the eye with the nozzle or get the bottles mixed up. If the drops
are not used properly the eye can become inflamed, the pressure in the eye can rise, and in rare cases a
serious infection (endophthalmitis) can cost the person the sight in that eye.

When we reviewed eye casualty attendances in 2022, we found that many people coming back in the first
month after cataract surgery had inflamed eyes because they had not been using their drops as
prescribed. Others came to eye casualty at the weekend, when the day unit's phone line was closed,
because they had run out of drops or were not sure what to do, and waited hours to be seen. A woman of 84
who lived alone and had severe arthritis had not managed to get a single drop in for ten days and came
back with severe inflammation.

Since January 2023:

- every patient is asked at pre-assessment whether they can put in eye drops, and practises with a bottle of artificial tears in front of a nurse

- anyone who cannot is given a drop aid and shown how to use it, and the nurse can ask for a home visit from a volunteer from the Eastholme Society for the Blind

- patients go home with a large print drops chart with the colours of the bottle caps printed on it

- community pharmacies taking part offer a 'drops check' three to five days after surgery, watching the patient put in a drop and going through the chart, with a direct line to the eye unit for any worries, including on Saturdays
"""),
        ("evidence", "Results", """
We compared patients who had surgery in 2022 with those who had surgery in 2024.

<<Q:Unplanned attendances at eye casualty within four weeks of cataract surgery fell from 6.4% of
patients to 3.2%.>> <<Q:Of those attendances, the share caused by inflammation where the patient had not
been using their drops properly fell from just over half to about a fifth.>> <<Q:Weekend attendances at
eye casualty by patients in their first month after cataract surgery went down from an average of 11 a
weekend to 4.>>

Community pharmacies did 2,950 drops checks in 2024, and the society's volunteers visited 310 people at
home. Pharmacists referred 84 patients back to the eye unit, most because the eye was red or painful.
"""),
        ("stakeholders", "Involving patients and staff", """
<<P:Members of the Eastholme Society for the Blind's Thursday social group, who between them had had more
than thirty cataract operations, tried out six different drop aids with us and picked the two we now give
out.>> <<P:They also told us our drops chart was printed too small and in grey, and helped us redesign it
in bold type with a coloured band to match each bottle cap.>> <<PS:A volunteer from the society who is
partially sighted herself, and who now trains the other volunteers, suggested that the home visits happen
on day two rather than day seven, because by day seven people had often given up.>>

<<S:Pre-assessment nurses in the unit tested the practice drop with patients for a month and asked for a
simple score on the assessment form ('can do', 'can do with aid', 'cannot do'), which now decides who is
offered a volunteer visit.>> <<S:Community pharmacists designed the drops check with the unit's
optometrist and asked for a direct phone number into the unit so they did not have to send people to eye
casualty.>>
"""),
        ("value", "Value for money and experience", """
Drop aids cost between £2 and £4 each. Pharmacies are paid £12 for each drops check, which the trust
funds from its cataract budget. Each eye casualty attendance takes about an hour and a half of doctor and
nurse time, and a case of endophthalmitis needs urgent treatment and often leaves lasting damage to
sight. Patients say the practice drop at pre-assessment made them feel far more confident, and
pharmacists say the checks are quick and rewarding.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I662  domestic abuse support in the emergency department at nights and
#       weekends - pdf - CAPS headings - domestic abuse charity head of
#       services, direct - charity with acute trust, council community
#       safety and police - survivors and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I662", format="pdf", layout="caps_headings", topic="domestic_abuse_ed_nights_weekends",
    project="independent42-nightlight-662", pdf_font="LiberationSerif",
    title="Night Light: domestic abuse support in the emergency department at nights and weekends",
    cover=[
        "Lead organisation: Stepping Stones Domestic Abuse Service, Calderwick (registered charity)",
        "Partners: Calderwick Royal Infirmary NHS Trust (Emergency Department and Safeguarding Team); Calderwick Metropolitan Borough Council (Community Safety Partnership); Calderwick and Moorside Police",
        "Contact: Head of Services, Stepping Stones",
    ],
    primary_entrant=dict(name="Stepping Stones Domestic Abuse Service", type="charity"),
    partners=[
        dict(name="Calderwick Royal Infirmary NHS Trust", type="nhs_trust"),
        dict(name="Calderwick Metropolitan Borough Council", type="local_authority"),
        dict(name="Calderwick and Moorside Police", type="emergency_service"),
    ],
    sections=[
        ("context", "WHY THIS WAS NEEDED", """
Stepping Stones has had an independent domestic violence adviser (IDVA) based at Calderwick Royal
Infirmary since 2019. The hospital IDVA sees people in the emergency department, the maternity unit and
on the wards, and helps with safety planning, refuges, reporting to the police and legal protection,
while the person is somewhere relatively safe.

The post was funded for weekday office hours. But when we looked at a year of emergency department
attendances where domestic abuse was recorded, 71% of them happened between 6pm and 8am or at the
weekend. Those are the hours when people are most likely to be assaulted at home, often after drinking,
and they were the hours when there was nobody from a specialist service in the hospital.

At night, emergency department staff did what they could. They asked about safety and, if the patient
agreed, sent a referral by email to the IDVA inbox. The IDVA picked it up the next morning, or on the
Monday. By then the person had usually gone home, often to the person who had hurt them. Phoning someone
who lives with their abuser is dangerous, and many referrals ended with a phone that was never answered
or a text that could not safely be sent.

In 2022 a woman came to the emergency department three times in eight weeks, each time on a Friday or
Saturday night, with injuries she said were from falls. A referral was made on the third visit and picked
up on the Monday. We could not reach her. Five weeks later she was admitted with life-threatening
injuries. The review that followed found that every agency had a piece of the picture and nobody had been
able to act at the moment it mattered.

Nobody in the emergency department wanted it to be like this. Nurses and doctors could see what was
happening and had nowhere to send people at the moment they were ready to talk. Reception staff were worried about abusers turning up at the desk. The police were
frustrated that by the time a case reached them the person no longer wanted to make a statement. The
council's community safety partnership had domestic abuse as one of its top priorities but had never
funded anything inside a hospital.

Night Light began in June 2023. It has four parts:

- an IDVA on site in the emergency department from 6pm to 2am on Friday and Saturday nights, and an IDVA on call by phone from 6pm to 8am on other nights and on Sundays

- a prompt on the emergency department's electronic triage system to ask about domestic abuse for every patient with an assault or an unexplained injury, and a private room near the majors area where that conversation can happen

- a police domestic abuse officer who can come to the hospital at night if the person wants to report, instead of asking them to go to a police station

- same-night referral to the multi-agency risk assessment conference (MARAC) for people at high risk, through the council's community safety team
"""),
        ("evidence", "WHAT HAS IMPROVED", """
We compared the twelve months before Night Light with its first twelve months.

<<Q:Referrals to the IDVA service from the emergency department made between 6pm and 8am or at weekends
rose from an average of 9 a month to 32 a month.>> <<Q:The proportion of people referred who spoke to an
IDVA within 24 hours rose from 23% to 84%.>> <<Q:Among people supported by an IDVA after an emergency
department attendance, repeat attendances with an assault-related injury within six months fell from 29%
to 11%.>>

In the first year, 118 people made a safety plan with an IDVA before they left the hospital, 41 went from
the hospital to a refuge or other safe accommodation, and 64 were referred to MARAC.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<P:Women from our Survivors' Voice group, four of whom had been to the emergency department after an
assault, told us that the most dangerous thing we could do was send someone home with a leaflet, because
an abuser who found it would know.>> <<P:Instead they designed a small card the size of a bank card,
printed to look like an appointment reminder from a dental practice, with our helpline number given as
the 'practice number'.>> <<P:The same group chose the colours and furniture for the private room, and
asked for a phone charger to be kept in it, because many people arrive with a flat phone and no way of
contacting anyone.>> <<P:A man who had been supported by the IDVA after coming to the emergency department
at night also talked to us about what stops men from saying anything, and his words are now used in the
training for reception staff.>>

<<S:Emergency department nurses and doctors helped decide which patients the triage prompt should appear
for, and after the first two months they asked for it to be switched off for patients brought in
unconscious, because it could not be answered and was just being clicked away.>> <<S:Reception and
security staff told us that abusers often came to the department with the patient or turned up later, and
worked with us on a plan to keep the patient safe while they wait, including using the private room and
never confirming to a caller that a patient is in the department.>> <<S:Police domestic abuse officers
agreed with the hospital safeguarding team how they could see a patient in the hospital at night without
a uniformed officer walking through the waiting room.>>

All emergency department staff have had domestic abuse training from our team.
"""),
        ("value", "VALUE", """
The night and weekend IDVA hours cost £68,000 a year, funded jointly by the council's community safety
partnership and the hospital's charitable funds. The cost of a single domestic homicide to public
services has been estimated at well over £2 million, and people who get support early are less likely to
come back to the emergency department injured.

Staff in the emergency department say they feel less helpless, because there is now something they can
do at 3am other than send an email. For the people we support, the difference is that help is there
while they are safe, not on Monday morning.
"""),
        ("spread", "SPREADING THE MODEL", """
The trust has asked us to extend the on-site IDVA hours to Sunday evenings from April 2025. The triage
prompt has been adopted by Calderwick's urgent treatment centre, and the card has been shared with other
domestic abuse services through our regional network. We presented Night Light at the national
conference of health-based IDVA services in 2024, and a neighbouring council has funded a night-time IDVA
pilot in its own hospital.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I663  GP referrals to same day emergency care arriving after it closes -
#       pdf - form table - GP federation clinical director, brisk - GP
#       federation with acute trust and ambulance service - staff involved
#       - no patient involvement (text messages, a reference group told, no
#       survey, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I663", format="pdf", layout="form_table", topic="sdec_evening_gp_referrals",
    project="independent42-openaftereight-663", pdf_font="LiberationSans",
    title="Open After Eight: safe routes for GP referrals to same day emergency care in the evening and at weekends",
    cover_table=[
        ("Entry title", "Open After Eight: safe routes for GP referrals to same day emergency care in the evening and at weekends"),
        ("Lead organisation", "Aldingham GP Federation"),
        ("Partner organisations", "Aldingham General Hospital NHS Trust (Same Day Emergency Care and Acute Medicine); North Coast and Fells Ambulance Service NHS Trust"),
        ("Entrant", "Dr Sunil Rao, Clinical Director, Aldingham GP Federation"),
    ],
    primary_entrant=dict(name="Aldingham GP Federation", type="primary_care"),
    partners=[
        dict(name="Aldingham General Hospital NHS Trust", type="nhs_trust"),
        dict(name="North Coast and Fells Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "Why was the partnership needed and what were its safety goals?", """
Same day emergency care (SDEC) at Aldingham General lets GPs send people who need urgent tests or
treatment (a suspected blood clot, a chest infection in a frail patient, a worrying blood result) to be
seen and, if possible, sent home the same day without going through the emergency department. It works
well in the day. The problem was the end of the day.

SDEC is open from 8am to 8pm on weekdays and from 10am to 6pm at weekends. Most GP referrals are made in
the afternoon, after morning surgery and home visits, and many patients do not reach the hospital until
the evening. Patients referred at 5pm were arriving at 7.30pm and being told SDEC was closing. They were
sent round to the emergency department waiting room, often without the GP's letter, and waited behind
everyone else. Some sat there all night. Weekend referrals from the out-of-hours GP service were even
more likely to arrive after closing.

In 2022 a 58-year-old man referred by his GP with a suspected pulmonary embolism arrived at SDEC at
7.45pm, was redirected to the emergency department and waited nine hours to be seen. He collapsed in the
waiting room. In the same year the trust recorded 37 incidents involving GP-referred patients waiting in
the emergency department after being redirected from SDEC.

From March 2023 we agreed four changes:

- GP referrals after 4pm on weekdays and after 2pm at weekends go through a single phone call to the SDEC or acute medicine consultant, who decides where the patient should go and accepts them by name

- patients accepted after SDEC closes go straight to a reserved area on the acute medical unit, not to the emergency department

- the ambulance service takes GP-referred patients who need an ambulance directly to SDEC or the acute medical unit, as the consultant has decided

- a live 'SDEC status' page on the federation's clinical website shows whether SDEC is open, busy or closing, so GPs and out-of-hours clinicians know before they refer
"""),
        ("evidence", "Evidence of improvement", """
<<Q:GP-referred patients redirected from SDEC to the emergency department fell from an average of 64 a
month in 2022 to 7 a month in 2024.>> <<Q:Of GP-referred patients arriving after 6pm, the share who
waited more than four hours to be seen by a clinician fell from 46% to 13%.>> <<Q:Incidents involving
GP-referred patients waiting in the emergency department fell from 37 in 2022 to 6 in 2024.>> The status
page is viewed around 1,500 times a month.
"""),
        ("stakeholders", "Involvement of patients and staff", """
<<S:GPs from six member practices and the SDEC consultants met four times to agree which conditions should
go to SDEC after 4pm and which to the acute medical unit, and the GPs asked for one phone number instead
of the three they used to have to try.>> <<S:SDEC nurses suggested the status page after noticing that
many late referrals could have been sent earlier if the GP had known how busy the unit was.>> <<S:Staff in
the ambulance service's clinical hub asked for the consultant's name to be given when the ambulance is
booked, so that crews can hand over to a named person, and this is now part of the referral.>>
<<S:Out-of-hours GPs tested the pathway over four weekends and asked for the acute medical unit's number
to be added to their system.>>

Patients referred to SDEC now get a text message from their practice telling them where to go. The
federation's patient reference group was told about the changes at its annual meeting. We did not carry
out a patient survey before or after the change, and plan to do one in 2025.
"""),
        ("value", "Value", """
The reserved area on the acute medical unit uses four chairs and a trolley that were already there and
is covered by the unit's existing night team. The phone line is answered by consultants who are already
on duty. Keeping GP-referred patients out of the emergency department helps the department as well as
the patients, and patients who wait less are less likely to get worse while they wait. GPs say they feel
confident referring late in the day again.
"""),
        ("spread", "Spread", """
The trust's second site adopted the same pathway in 2024, and NHS 111 clinicians in our area now use the
status page. We have shared the pathway with the regional urgent and emergency care network.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I664  evacuating hospital wards at night - docx - rubric headings - trust
#       fire safety adviser, formal - acute trust with fire and rescue
#       service and council emergency planning - staff involved - no patient
#       involvement (patients told on admission, a patient panel
#       presentation, a negation, a hope) - no quantitative evidence in the
#       evidence section (exercises, sheets fitted, a single real event, an
#       audit finding); a measured change sits in the value section
# ---------------------------------------------------------------------------
entry(
    id="I664", format="docx", layout="rubric_headings", topic="night_ward_evacuation",
    project="independent42-readyatnight-664", docx_font="Cambria",
    title="Ready at Night: making it safe to evacuate hospital wards at night",
    cover=[
        "Wexcombe Hospitals NHS Trust (lead): Fire Safety, Estates and Nursing",
        "Partners: Wexcombe and Downland Fire and Rescue Service; Wexcombe Borough Council (Emergency Planning and Resilience)",
        "Submitted by the Trust Fire Safety Adviser",
    ],
    primary_entrant=dict(name="Wexcombe Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Wexcombe and Downland Fire and Rescue Service", type="emergency_service"),
        dict(name="Wexcombe Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", "Why was the partnership needed and what were its patient safety goals?", """
The main ward block at Wexcombe General Hospital was built in 1974. It has seven floors of wards, most
with 28 beds, and two lifts that cannot be used in a fire. At night a ward usually has two registered
nurses and two healthcare assistants. On our older people's and stroke wards, more than half the patients
cannot walk without help and several need a hoist.

The plan for a fire on a ward is progressive horizontal evacuation: patients are moved away from the fire
through fire doors into the next compartment on the same floor, and only taken down the stairs if the
fire spreads. It is a good plan on paper. In practice very few of our night staff had ever moved a
patient who could not walk through a set of fire doors, and none had taken a patient down a staircase.
Evacuation sheets, which sit under the mattress and let a bed-bound patient be pulled along the floor or
down the stairs, had been fitted to some beds years ago and lost when the mattresses were replaced. Fire
drills happened in the day, when there are more staff and managers about.

At 3am one night in February 2022 a fire started in a linen cupboard on a surgical ward. Staff put it out
quickly with an extinguisher and nobody was hurt, but smoke filled the corridor. The nurse in charge told
the investigation afterwards that she had no idea how she would have moved 27 patients with four staff,
and that she had never thought about it before.

We asked the fire and rescue service to help us, and the council's emergency planning team joined
because, if a whole ward block ever had to be evacuated, the council would help to find places and
transport for the patients. Our goals were that every night shift on every ward would know its
evacuation plan, that every bed-bound patient would have an evacuation sheet and a personal plan, and
that the hospital and the council would have a tested plan for a full evacuation at night.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Since September 2022 we have held night-time evacuation exercises on every ward in the main block,
between 10pm and 4am, with fire service crews present. 468 night staff have taken part in at least one
exercise. Weighted training manikins are used in place of patients.

Evacuation sheets have been fitted to 640 beds, and every bed-bound patient has a personal evacuation
plan on the electronic nursing record, which is reviewed at the evening safety huddle. Every ward now has
a night-time evacuation card on the wall by the nurses' station, showing which compartment to move to
and how many staff each patient needs.

In July 2024 a fan motor overheated in the ceiling of Ward 9, an older people's ward, at about 2am. Staff
moved 24 patients into the next compartment in 11 minutes, following their card, before the fire service
arrived. Nobody was hurt. The fire service's review said the response had been calm and well organised.

In January 2024 the trust and the council held a tabletop exercise of a full night-time evacuation of the
main block, followed by a live test of the council's emergency transport call-out at 1am. The fire
service's most recent audit of the hospital found no areas of concern.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Night nurses in charge from each floor sat down with fire service crew managers to write the
evacuation card, and they insisted it show the number of staff needed for each patient rather than just
the route, because at night the question is always 'how many of us does this take'.>> <<S:Porters and
security officers, who are often the first people to reach a ward at night, asked for a role in the plan,
and they now bring the evacuation trolley and hold open the fire doors.>> <<S:After the first exercises,
healthcare assistants told us the evacuation sheets were too hard to pull on the old vinyl floors, and the
estates team tried three other types with them before choosing the one we now use.>> <<S:The council's
emergency planning officers and our site managers worked out together how many beds in the trust's
community hospital and in local care homes could be used at short notice, and which council buses and
drivers could be called out at night.>>

Patients are told about fire safety when they are admitted, and the trust's patient panel had a
presentation about the project in 2023. Patients were not involved in the exercises, for their own
safety. We would like to hear from patients and families about how the plans are explained to them.
"""),
        ("value", "What has been the impact on patient and staff experience, and what is the value for money?", """
The evacuation sheets cost around £85 each, about £54,000 in total, paid for from the trust's estates
budget. Staff time for the exercises was around two hours for each member of staff. The fire service
provided crews as part of its statutory fire safety work. A serious fire with patients who could not be
moved would be a disaster that no amount of money could put right.

<<Q:The exercises also looked at why the alarms go off, and because ward staff now know what sets off
the detectors, false alarm call-outs to the hospital at night fell from 61 in 2022 to 38 in 2024, which
keeps fire crews free for real emergencies.>>

Night staff tell us they feel much more confident. One nurse in charge said after her exercise that it
was the first time she felt she could actually protect her patients if something happened.
"""),
        ("spread", "How has the work been shared and applied elsewhere?", """
The same approach is now used in the trust's two community hospitals and in the mental health unit on
the Wexcombe site, which is run by another trust. The fire and rescue service has shared the evacuation
card and the night exercise plan with the other three hospitals in its area, and the council has added a
night-time hospital evacuation to its multi-agency emergency plan. We presented the work at a national
healthcare fire safety conference in 2024.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I665  follow-up of results after insourced weekend endoscopy lists - pdf -
#       bullet lists - PRIVATE insourcing company is the primary entrant,
#       with the acute trust and a primary care network as partners
#       (ineligible) - head of clinical governance, businesslike - patients
#       involved - no staff involvement (endoscopists and nurses trained,
#       trust staff told, practices sent a template, a survey that changed
#       nothing, a hope)
# ---------------------------------------------------------------------------
entry(
    id="I665", format="pdf", layout="bullet_lists", topic="weekend_insourced_endoscopy_results",
    project="independent42-weekendlists-665", pdf_font="DejaVuSans", pdf_align="L",
    title="Weekend Lists, Weekday Standards: closing the follow-up gap after insourced weekend endoscopy",
    cover=[
        "Submitted by ScopeWorks Clinical Services Ltd",
        "In partnership with Lydgate Valley Hospitals NHS Trust (Endoscopy and Cellular Pathology) and Lydgate South Primary Care Network",
        "Contact: Head of Clinical Governance, ScopeWorks Clinical Services Ltd",
    ],
    primary_entrant=dict(name="ScopeWorks Clinical Services Ltd", type="private"),
    partners=[
        dict(name="Lydgate Valley Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Lydgate South Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "Background", """
ScopeWorks provides insourced endoscopy teams to NHS trusts to help bring down waiting lists. Since 2021
we have run Saturday and Sunday lists in the endoscopy unit at Lydgate Valley Hospitals, about 3,800
procedures a year, mostly gastroscopies and colonoscopies for people referred by their GP.

What we found in 2022:

- biopsy and polyp results came back from the trust's laboratory on a weekday, addressed to the weekend endoscopist, who might not be at the trust again for a fortnight

- the results sat in an electronic inbox that nobody at the trust was watching

- our procedure report to the GP did not say what follow-up was needed, because that depended on the biopsy result

- recommendations for surveillance colonoscopy after polyps were removed were not always added to the trust's waiting list

- in one case in 2022, a biopsy showing early bowel cancer was not acted on for seven weeks

What we changed from January 2023:

- every weekend patient is under a named trust consultant, and results go to the trust's endoscopy results team, not to the individual endoscopist

- a failsafe tracker follows every weekend sample until the result is back and has been acted on

- the procedure report has an 'actions for GP' box and a 'what happens next' box, completed once the results are in

- surveillance procedures are booked by the trust's team before the episode is closed

- the PCN's practices have a named contact at the trust for any query about a weekend patient
"""),
        ("evidence", "Results", """
We compared 2022 with the financial year 2023/24, using the trust's endoscopy reporting system and the
tracker.

- <<Q:the median time from a weekend histology result being reported to a documented action fell from 19 days to 3 days>>

- <<Q:recommended surveillance colonoscopies not booked within three months fell from 23% to 2%>>

- <<Q:queries from GP practices about weekend patients' results fell from about 40 a month to fewer than 5>>

- the tracker followed 2,410 samples in 2023/24
"""),
        ("stakeholders", "Involvement", """
- <<P:members of the Lydgate Bowel Cancer Support Group read our old procedure report and said they could not tell from it whether they had cancer or not, so the 'what happens next' box is now written in plain English and a copy goes to the patient>>

- <<P:a patient whose result was delayed in 2022 met our medical director and the trust's endoscopy lead, and asked that patients are told on the day who will give them their results and by when, which is now printed on the discharge sheet>>

- all 14 of our endoscopists and 22 of our nurses were trained in the new process

- trust endoscopy staff were told about the changes through the unit's newsletter

- PCN practices were sent the new report template and the contact details

- our nurses filled in a survey after six months; most said the process was clear, and nothing was changed

- we hope to run a joint workshop for trust and ScopeWorks staff in 2025
"""),
        ("value", "Value", """
- the tracker runs on the trust's existing endoscopy system

- the results team's extra work is paid for by ScopeWorks within the contract price

- a delayed cancer diagnosis can change the treatment a patient needs and their outcome

- GP practices spend less time chasing results
"""),
        ("spread", "Spread", """
- we have brought in the same process at the other three trusts where we run weekend lists

- the trust now uses the tracker for its own evening lists

- we have shared the process with the regional endoscopy network
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I666  moving patients between wards at night - docx - numbered questions -
#       deputy chief nurse, measured - departments of ONE acute trust (site
#       management, patient flow, portering, nursing, digital) described as
#       a partnership, no partner organisation (ineligible) - patient
#       partners, carers and staff involved - no quantitative evidence
#       (counts, a single audit figure, no earlier figures)
# ---------------------------------------------------------------------------
entry(
    id="I666", format="docx", layout="numbered_questions", topic="night_ward_moves",
    project="independent42-nomovesafterten-666", docx_font="Calibri",
    title="No Moves After Ten: reducing moves of patients between wards at night",
    cover=[
        "Brayford Park Hospitals NHS Trust",
        "A partnership between our Site Management Team, Patient Flow, Portering Services, Nursing and Digital Services",
        "Lead: Deputy Chief Nurse",
    ],
    primary_entrant=dict(name="Brayford Park Hospitals NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "1. Why was the partnership needed and what were its safety goals?", """
Like most acute hospitals, Brayford Park often has more patients than beds. When the emergency department
is full at night, the site team moves patients who are 'fit to move' from the acute medical unit to other
wards, to make room for new admissions. A patient may be woken at 1am, helped into a wheelchair with their
belongings in a bag, and taken to a ward where nobody knows them.

Moves at night are risky. Handover is rushed and often done by phone. Medicines, notes and equipment get
left behind. Older people and people with dementia are more likely to become delirious and to fall in an
unfamiliar place. In a review of serious incidents in 2022, we found that four of the eleven falls with
serious harm in older patients happened within 24 hours of a move between wards, and three of those moves
had been at night. In one case a man's insulin chart was left on the acute medical unit and he missed his
morning dose.

In 2023 the trust brought together site management, patient flow, portering, nursing and digital services
with three aims: no moves between wards after 10pm unless there is a clinical reason; a standard handover
and checklist for every move that does still happen; and a clearer picture each afternoon of which
patients are likely to move, so that moves can happen in the evening instead of the small hours.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
The 'No Moves After Ten' rule came in in October 2023. Any move after 10pm has to be agreed by the senior
nurse on site and recorded with a reason on the electronic bed management system. From October 2023 to
September 2024, 1,126 moves after 10pm were recorded, and the most common reason was a patient needing a
side room because of an infection.

The move checklist (medicines, notes, equipment, belongings, family told) is now part of the electronic
transfer record. In an audit of 100 moves in June 2024, the checklist had been fully completed for 87.

The 'likely to move' list is produced at the 5pm bed meeting. We do not have reliable figures for the
number of night moves before the rule came in, because the old system did not record the time of a move
accurately, so we cannot yet show a before and after. We are looking at falls after moves with the falls
prevention team and expect to report on this next year.
"""),
        ("stakeholders", "3. How were patients and staff involved?", """
<<S:Night site managers and bed managers helped write the rule, and it was their suggestion to allow a
move after 10pm only with the agreement of the senior nurse on site, rather than banning all night moves,
which they said would leave patients stuck in the emergency department.>> <<S:Porters told us they often
arrived to move a patient and found nothing ready, so a 'ready to move' status was added to the bed
management system, designed with the portering supervisors.>> <<S:Ward sisters on the receiving wards
chose the items on the checklist.>>

<<P:Two patient partners who sit on the trust's patient flow group, one of whom had been moved three times
in one night during an admission in 2022, helped us write the short leaflet that explains to patients why
they are being moved and what will happen to their belongings.>> <<P:Carers of people with dementia, through
the trust's carers' forum, asked that families be phoned before a move rather than finding out at
visiting time, and that is now on the checklist.>>
"""),
        ("value", "4. What has been the impact on experience, and is it good value?", """
The project has cost very little beyond staff time, and the changes to the bed management system were
made by the trust's own digital team. Patients and families tell us they appreciate knowing about a move
in advance. Night staff on the receiving wards say handovers are better, and porters say they spend less
time waiting at bedsides.
"""),
        ("spread", "5. How has the learning been shared and spread?", """
The checklist has been adopted by the trust's community hospital, and the 'likely to move' list is now
part of every bed meeting, including at weekends. We have presented the work at the regional patient flow
network and shared the leaflet with two neighbouring trusts.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I667  red flag symptoms booked into routine weekend extended access
#       appointments - pdf - no headings, with a declaration - GP federation
#       extended access service manager - the federation ON ITS OWN, no
#       partner organisation (ineligible) - care navigators, hub GPs and
#       practice managers involved - no patient involvement (texts, a
#       patient group told, not asked yet)
# ---------------------------------------------------------------------------
entry(
    id="I667", format="pdf", layout="no_headings", topic="weekend_extended_access_red_flags",
    project="independent42-rightslot-667", pdf_font="LiberationSerif", pdf_align="L",
    title="Right Slot, Right Day: red flag symptoms and weekend extended access appointments",
    cover=[
        "Oxendale GP Federation",
        "Weekend Extended Access Service: hubs at Oxendale Health Centre, Millrace Surgery and Church Lane Medical Practice",
        "Written by the Extended Access Service Manager",
    ],
    primary_entrant=dict(name="Oxendale GP Federation", type="primary_care"),
    partners=[],
    sections=[
        ("context", None, """
Oxendale GP Federation runs the extended access service for its 14 member practices. On Saturdays and
Sundays our three hubs offer GP, nurse and pharmacist appointments, booked by the receptionists and care
navigators of the member practices.

The appointments were meant for routine problems: reviews, minor illnesses, smear tests and blood
pressure checks. But on a Friday afternoon, when the practices are full, receptionists would often offer a
weekend hub appointment to anyone who wanted to be seen. When we looked at a sample of Saturday
appointments in 2022, we found patients booked into 10-minute routine slots on a Saturday afternoon with
chest pain, with blood in their urine and weight loss, with a child who had a high fever and a rash, and
with a sudden severe headache. The hub GPs often only saw the booking note when the patient walked in. In
one case a 64-year-old man booked on a Friday for 'indigestion and tightness' was seen on the Sunday
afternoon and sent straight to hospital by ambulance, where he was found to have had a heart attack the
day before.

This work was done entirely within the federation, by our own teams and member practices, and there are
no partner organisations in this entry.

From February 2023 we made three changes. First, every receptionist and care navigator booking a weekend
hub appointment uses a short red flag script, and any patient with a red flag symptom is passed to the
practice's duty doctor that day instead. Second, a hub duty GP reads every booking note for the weekend
at 8am on Saturday and Sunday and phones any patient whose note suggests something urgent. Third, hub
clinicians now have full access to the patient's record at the hub, with the booking practice's
agreement, instead of a summary.
"""),
        ("evidence", None, """
We compared six months of weekend appointments before the changes (August 2022 to January 2023) with the
same months a year later.

<<Q:Patients seen at a hub who had to be sent straight to hospital because their symptoms had already been
urgent at the time of booking fell from 41 to 9.>> <<Q:Booking notes with a red flag symptom that had not
been passed to a duty doctor fell from 6.8% of the notes we audited to 1.1%.>> The 8am check led to 212
phone calls from the hub duty GP in the six months, and 37 of those patients were advised to go to the
emergency department or call 999.
"""),
        ("stakeholders", None, """
<<S:Care navigators from five member practices wrote the red flag script with the hub GPs, and they cut it
down from a national list of more than forty symptoms to twelve questions they could actually ask on the
phone.>> <<S:Hub GPs suggested the 8am check after discussing the heart attack case at a significant event
meeting, and they agreed the rota for it among themselves.>> <<S:Practice managers asked for the script to
sit inside the appointment booking screen so that it could not be skipped, and the federation's IT lead
set this up.>>

Patients booked into a hub appointment now get a text message saying what the hub can and cannot help
with. The federation's patient group was told about the changes at its meeting in March 2023. We have not
yet asked patients what they think of the new process.
"""),
        ("value", None, """
The 8am check takes about 45 minutes of GP time on each weekend day and is paid for from the extended
access contract. Sending people with urgent symptoms to the right place on the Friday rather than the
Sunday avoids harm and wasted appointments. Receptionists say they feel safer booking weekend
appointments now they have a script to follow.
"""),
        ("spread", None, """
The member practices now use the red flag script for their own weekday bookings as well. We have shared
it with two neighbouring federations and presented the work at the ICB's primary care quality meeting.
"""),
    ],
    trailer=[
        ("heading", "Declaration"),
        ("para", "I confirm that the information in this entry is accurate and that the board of Oxendale GP Federation has approved its submission. Signed on behalf of the federation by the Chief Operating Officer, 14 October 2024."),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I668  accessible outpatient letters for blind and partially sighted
#       people - docx - reordered (context, stakeholders, evidence, value,
#       spread) - sight loss charity chief executive, first person plural -
#       charity with acute trust outpatients and council sensory services -
#       members involved - no staff involvement (booking staff trained, a
#       named lead championed it, managers told, officers sent a guide, a
#       plan)
# ---------------------------------------------------------------------------
entry(
    id="I668", format="docx", layout="reordered", topic="accessible_outpatient_letters_sight_loss",
    project="independent42-letterswecanread-668", docx_font="Verdana",
    title="Letters We Can Read: accessible outpatient appointment information for blind and partially sighted people",
    cover=[
        "Lead: Sightline Marchbury (charity for blind and partially sighted people)",
        "Partners: Marchbury Hospitals NHS Foundation Trust (Outpatients and Patient Access); Marchbury County Council (Sensory Services Team)",
        "Written by our Chief Executive, Paul Kendrick, who is registered blind",
    ],
    primary_entrant=dict(name="Sightline Marchbury", type="charity"),
    partners=[
        dict(name="Marchbury Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Marchbury County Council", type="local_authority"),
    ],
    sections=[
        ("context", "The problem", """
There are around 9,400 people in Marchbury registered as blind or partially sighted, and many more who
are not registered but cannot read ordinary print. Most of them are older, and most of them have a lot
of hospital appointments: the eye clinic, of course, but also diabetes, heart, cancer and kidney clinics.

Hospital letters arrive in standard print. People who cannot read them wait for a relative or a
neighbour to visit, or ask the postman, or put the letters in a drawer. Appointment changes are missed.
Instructions to fast, to stop a tablet or to bring a sample are missed. And after two missed
appointments, many clinics discharge the patient back to their GP.

That is a safety problem, not just an inconvenience. In 2022 one of our members, a woman of 79 with
macular degeneration and heart failure, missed two cardiology follow-up appointments because the letters
were in a pile on her kitchen table. She was discharged to her GP, and eight months later she was
admitted with severe heart failure. Another member missed a scan because the letter telling him it had
been moved was sent in print, and his cancer follow-up was delayed by four months.

The Accessible Information Standard has required NHS organisations to record and meet people's
communication needs since 2016, but in Marchbury it was not working. The hospital's patient
administration system had a field for it, but it was almost always empty. The council's sensory services
team knew exactly who needed large print, braille, audio or a phone call, because they assess everyone
who is newly registered, but that information never reached the hospital.

Letters We Can Read began in May 2023. With the person's consent, the council's rehabilitation officers
now record the person's preferred format at their assessment and send it securely to the hospital, where
it is added to the patient's record. The hospital sends letters in that format (accessible email, large
print, braille or audio), and every flagged patient gets a phone call before any appointment that needs
preparation. Before any flagged patient is discharged for not attending, the booking team phones them,
and if they cannot be reached, the team phones us. Our helpline will also read any hospital letter to a
member over the phone, with their consent.
"""),
        ("stakeholders", "Who was involved", """
<<P:Our members were at the centre of this from the start: twelve blind and partially sighted people from
our Tuesday and Friday groups tested every format the hospital proposed, and turned down the first large
print template because the font was too thin and the appointment time was buried in the middle of a
paragraph.>> <<P:They asked for the date, time and place of the appointment to be the first three lines of
every letter, in bold, which is now how the hospital sends all its large print letters.>> <<P:Braille
readers in the group asked for braille letters to be kept short, with the full details given in a phone
call, because a two-page letter runs to six pages in braille.>> <<P:Maureen Felton, one of our members,
who lost most of her sight to glaucoma, recorded the audio version of the hospital's welcome leaflet for
outpatients.>>

Hospital booking staff were given sight loss awareness training by our staff. The hospital's Head of
Patient Access championed the project within the trust. Outpatient managers were told about the new
process at their monthly meeting, and the council's rehabilitation officers were sent a guide to
recording formats. We are planning to ask hospital staff what they think of the new process next year.
"""),
        ("evidence", "What difference has it made", """
The hospital's information team compared patients with a recorded accessible information need in the year
before the project (May 2022 to April 2023) and the year after.

<<Q:The number of patients with an accessible information need recorded on the hospital's system rose
from 310 to 3,870.>> <<Q:Among these patients, missed outpatient appointments fell from 16% to 7%.>>
<<Q:Patients with sight loss discharged back to their GP for not attending fell from 58 to 9.>>

Our helpline read 1,240 hospital letters to members in the first year.
"""),
        ("value", "Value", """
Large print letters cost the hospital almost nothing extra, because they are printed from the same
system. Braille and audio letters are produced by a specialist company at about £3 each. Every missed
appointment wastes a clinic slot that someone else could have used, and for our members a missed
appointment can mean a missed diagnosis.

Members say they feel in control of their own health, and several have told us they no longer have to ask
a neighbour to read private letters about their health.
"""),
        ("spread", "Spread", """
The hospital is extending the process to its community services and its radiology department. The
council now passes information about communication needs to the two GP federations in the county, with
consent, and we have shared our letter templates with sight loss charities in three other counties
through our national umbrella organisation.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I669  risk-based night-time observations on medical wards - pdf - two
#       columns - professor of adult nursing with the trust's deputy
#       director of nursing, measured - university with acute trust and an
#       older people's forum - forum members and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I669", format="pdf", layout="two_column", topic="risk_based_night_observations",
    project="independent42-sleepwell-669", pdf_font="LiberationSerif",
    title="Sleep Well, Stay Safe: risk-based night-time observations on adult medical wards",
    cover=[
        "University of Trentholme, School of Health Sciences (lead), with Trentholme Teaching Hospitals NHS Trust and the Trentholme Older People's Forum",
        "Entry by the Professor of Adult Nursing and the trust's Deputy Director of Nursing for Quality",
    ],
    primary_entrant=dict(name="University of Trentholme", type="university"),
    partners=[
        dict(name="Trentholme Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Trentholme Older People's Forum", type="patient_group"),
    ],
    sections=[
        ("context", "Background and aims", """
Nurses take patients' observations (pulse, blood pressure, breathing rate, oxygen level, temperature and
level of consciousness) to spot patients who are getting worse. On the adult medical wards at
Trentholme General, as in many hospitals, almost every patient had observations at least every four
hours, day and night, however well they were. That meant being woken at 2am for a blood pressure cuff and
a thermometer, often with the light above the bed switched on.

Poor sleep in hospital is not just unpleasant. It is linked to delirium, falls, slower recovery and worse
pain. <<P:Older people who had recently been inpatients told the Older People's Forum that being woken
for observations was one of the worst things about being in hospital, and the forum brought this to the
trust's nursing quality committee in 2021.>> But nurses were understandably wary of doing fewer
observations at night, because the national early warning score (NEWS2) exists precisely because
deterioration gets missed, and night is when there are fewest staff to notice.

Our research team at the university had studied night-time observations for several years. In an
analysis of 48,000 sets of night observations we found that, in patients who had a NEWS2 score of 0 at
10pm and had been stable for 24 hours, the 2am observations very rarely changed anything. We wanted to
turn that into safe practice, and the trust wanted to reduce delirium and falls at night without missing
deterioration.

The sleep-safe night plan was tested on four medical wards from February 2023. At the 9pm safety huddle,
the nurse in charge and the nurses looking after each bay agree which patients are suitable: adults with
a NEWS2 score of 0 or 1 at 10pm, stable for 24 hours, and with no concern from a nurse or the family.
These patients have a full set of observations at 10pm and 6am, with a quiet check of breathing and
colour from the bedside every two hours without waking them. Anyone can stop the plan for a patient at
any time, and patients who are not suitable carry on as before.
"""),
        ("evidence", "Results", """
The university team compared the four wards in the six months before (August 2022 to January 2023) with
the twelve months after.

<<Q:The proportion of patients who said they had been woken for observations on their last night fell
from 64% to 21%.>> <<Q:New delirium, recorded with the 4AT test, fell from 11.6% of patients aged 65 and
over to 7.8%.>> <<Q:Falls between 10pm and 7am fell from 4.9 to 3.6 per 1,000 bed days.>>

The safety measures the trust watched most closely did not change: cardiac arrest calls and unplanned
admissions to critical care from the four wards stayed at the same level, and a review of every patient
on the plan who later deteriorated found none where the change in observations had delayed treatment. On
an average night, 31% of patients were on the plan.
"""),
        ("stakeholders", "Involvement", """
<<P:Members of the Older People's Forum, several of whom had been patients on the medical wards, ran focus
groups with other older people about sleep in hospital, and what they heard shaped what we tried
first.>> <<P:It was forum members who insisted that the quiet checks be done with a small torch rather
than the overhead light, and who wrote the bedside card explaining the plan to patients and telling them
they can ask to be checked at any time.>> <<P:Two forum members sat on the project steering group
throughout and helped analyse the patient survey.>>

<<S:Ward nurses, healthcare assistants and the critical care outreach team helped set the rules for who is
suitable, and after the first month the night nurses asked for patients on oxygen to be excluded, which
they now are.>> <<S:Night sisters on the four wards suggested moving the decision to the 9pm huddle,
because in the original plan it was made on the day ward round by doctors who did not know how patients
were at night.>> <<S:Nursing students on placement on the wards helped collect the survey data, and their
questions about why the plan stopped at weekends led to it being extended to seven nights a week.>>
"""),
        ("value", "Value", """
The plan costs nothing to run beyond a small torch for each nurse and the printing of the bedside cards.
The university's research was funded by a National Institute for Health and Care Research grant. Each case
of delirium adds several days to a hospital stay, and falls at night can mean fractures and head injuries.
Nurses say they can use the time saved at 2am to look more closely at the patients who are most unwell,
and patients say they sleep better.
"""),
        ("spread", "Sharing and spread", """
The trust has extended the sleep-safe plan to all 14 adult medical wards and is testing it on surgical
wards. The university team has published the results and presented them at a national nursing research
conference. Two other trusts in the region are using our protocol, and the forum has shared its bedside
card with older people's groups in their areas.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I670  hospice advice for people dying on hospital wards at night and at
#       weekends - pdf (via Word) - style headings - hospice medical
#       director, reflective - hospice with acute trust and an out-of-hours
#       GP cooperative - bereaved relatives involved - no staff involvement
#       (junior doctors taught, ward staff told, a template sent, a named
#       lead, a survey that changed nothing, a plan) - NO value section
# ---------------------------------------------------------------------------
entry(
    id="I670", format="pdf", layout="style_headings", topic="hospice_out_of_hours_hospital_end_of_life",
    project="independent42-outofhours-670", render_via="soffice", docx_font="Liberation Sans",
    title="Out of Hours, Not Out of Reach: hospice support for people dying on hospital wards at night and at weekends",
    cover=[
        "St Brannock's Hospice, Wyeford (lead organisation)",
        "Partners: Wyeford General Hospital NHS Trust; Wyeford Urgent Care GP Cooperative (out-of-hours GP service)",
        "Written by the Hospice Medical Director",
    ],
    primary_entrant=dict(name="St Brannock's Hospice", type="charity"),
    partners=[
        dict(name="Wyeford General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Wyeford Urgent Care GP Cooperative", type="primary_care"),
    ],
    sections=[
        ("context", "The problem", """
About 1,100 people die at Wyeford General Hospital each year. The hospital's specialist palliative care
team is small and works Monday to Friday, nine to five. At night and at weekends, the care of people who
are dying on the wards falls to junior doctors and ward nurses who may have little experience of managing
pain, breathlessness, agitation and noisy breathing at the end of life, and who are often covering many
wards at once.

The hospice has always had a 24-hour advice line for district nurses and GPs, but hospital staff did not
know about it or did not think it was meant for them. In a review of deaths in the hospital in 2022, the
trust's learning from deaths team found that people who died at the weekend were less likely to have had
anticipatory medicines prescribed (the 'just in case' medicines for symptoms at the end of life) and more
likely to have had distressing symptoms recorded in their last day. There had also been incidents where
syringe driver doses were wrongly converted from oral morphine at night.

A second problem was rapid discharge. Some people who are dying want to go home to die, and a rapid
discharge can be arranged in a few hours. But when it happened on a Friday evening or at the weekend, the
out-of-hours GP service often did not know the person had come home, there were no anticipatory medicines
or care plan in the house, and sometimes the person came back to hospital by ambulance in distress.

Since April 2023:

- hospital doctors and nurses can call the hospice advice line at any hour and speak to a hospice nurse specialist or the hospice consultant on call

- a hospice nurse specialist works on the hospital wards on Saturday and Sunday mornings, seeing people who are dying and whose symptoms are not under control

- every rapid discharge at the weekend goes through a checklist, and the hospice sends a special patient note to the out-of-hours GP service the same day, with the care plan and a list of the medicines in the house
"""),
        ("evidence", "What has changed", """
The hospital's end of life care audit looked at people who died on the wards at night or at the weekend
in 2022 and in 2024.

<<Q:The proportion who had anticipatory medicines prescribed in their last 24 hours of life rose from 58%
to 91%.>> <<Q:The proportion with uncontrolled pain or agitation recorded in their last 24 hours fell from
34% to 17%.>> <<Q:Weekend rapid discharges to die at home that ended in readmission within 48 hours fell
from 9 of 44 to 2 of 51.>>

The advice line took 1,460 calls from hospital staff in 2024, about two thirds of them at night.
"""),
        ("stakeholders", "Involvement", """
<<P:The bereaved relatives' group at the hospice, which meets monthly, talked with us about what it had
been like when a husband, wife or parent died on a hospital ward at the weekend, and several described
waiting hours for a doctor while their relative was in distress.>> <<P:Their stories changed our first
plan, which was only an advice line: they asked for someone from the hospice to actually come to the
ward, and that is why we added the weekend ward visits.>> <<P:A daughter whose father was sent home to die
on a Saturday and readmitted the same night helped us write the rapid discharge checklist, including the
question 'does the family know who to phone tonight?'>>

Hospital junior doctors have had teaching from the hospice consultants on prescribing at the end of life.
Ward staff were told about the advice line through the trust's weekly bulletin and posters on every ward.
The out-of-hours GP service was sent the special patient note template. I lead the partnership for the
hospice. We surveyed hospital junior doctors after six months; most said the advice line was useful, and
we made no changes. We plan to ask ward nurses to help us review the checklist next year.
"""),
        ("spread", "Sharing and spreading", """
The hospice has offered the same arrangement to the community hospital in Wyeford. The special patient
note is now used by the district nursing service for all end of life discharges, not just those from the
hospital. We have presented the work at the regional palliative and end of life care network and shared
our checklist with three other hospices.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="value"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I671  interpreters at night for patients who do not speak English - docx -
#       bullet lists - head of patient experience, plain - acute trust with
#       council community languages service and a refugee charity - women's
#       group and staff involved - no quantitative evidence (uses, call-outs,
#       a single audit figure, a zero with no baseline, no earlier record)
# ---------------------------------------------------------------------------
entry(
    id="I671", format="docx", layout="bullet_lists", topic="night_interpreting_hospital",
    project="independent42-heardatnight-671", docx_font="Arial",
    title="Heard at Night: professional interpreters for patients who do not speak English, at any hour",
    cover=[
        "Penwarden Hospitals NHS Trust (Patient Experience and Equality Team), lead",
        "Partners: Penwarden City Council (Community Languages Service); Welcome House Refugee Support",
        "By the Head of Patient Experience",
    ],
    primary_entrant=dict(name="Penwarden Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Penwarden City Council", type="local_authority"),
        dict(name="Welcome House Refugee Support", type="charity"),
    ],
    sections=[
        ("context", "Why", """
- about one in nine of our patients prefers a language other than English; the most common are Polish, Romanian, Arabic, Urdu, Tigrinya, Kurdish and Farsi

- in the day, the council's Community Languages Service provides face-to-face interpreters to the hospital, booked in advance

- at night and at weekends there was only a telephone interpreting line, which many staff did not know how to use and which was slow to connect for less common languages

- so at night staff used family members, other patients, a cleaner who spoke the language, or a translation app on their own phone

- in 2022 a 15-year-old boy was asked to interpret for his mother in the emergency department at 1am while she was having a miscarriage

- in the same year a Tigrinya-speaking man who had arrived in the UK three weeks earlier was given a medicine he was allergic to on a ward at night, because the allergy question had been asked through another patient

- from May 2023 we brought in video interpreting on tablets on every ward and in the emergency department, 24 hours a day in 40 languages, with a direct line to the council's on-call interpreters for Tigrinya, Kurdish and Farsi, which the video service struggled with

- we made a rule that children are never used as interpreters, and family members only for everyday things like 'would you like a drink', never for consent, symptoms, medicines or bad news

- a 'language need' flag now shows on the electronic bed board, so night staff know before they go to the bedside

- an 'I need an interpreter' card in 30 languages is given out by Welcome House and the council to people who have recently arrived
"""),
        ("evidence", "What we have seen so far", """
- the video interpreting tablets were used 3,870 times between 10pm and 8am in the first year, and 5,120 times at weekends

- the council's on-call interpreters were called out 146 times at night

- in an audit of 60 night-time admissions of patients with a language need in March 2024, a professional interpreter was used for the admission assessment in 52

- there have been no reported incidents of a child interpreting since the rule was introduced

- we did not record how often interpreters were used at night before the change, so we cannot give a comparison; the audit will be repeated every year
"""),
        ("stakeholders", "Who helped", """
- <<P:women from Welcome House's Wednesday women's group, who between them speak eleven languages, told us about being interpreted for by their own children and husbands in hospital, and about the things they could not say in front of them>>

- <<P:they chose the wording of the 'I need an interpreter' card and tested it in their own languages, correcting two translations the printers had got wrong>>

- <<S:night nurses on two wards tested the tablets for a month and asked for them to be kept on a charging stand at the nurses' station, already logged in, because logging in took too long at 3am>>

- <<S:emergency department receptionists suggested adding the language flag at booking in, so that it follows the patient onto the ward's bed board>>

- <<S:the council's interpreters agreed an on-call rota for the three languages the video service could not cover well, after their team leader showed us how often those calls failed>>

- all staff have been sent a short guide to working with interpreters
"""),
        ("value", "Value", """
- video interpreting costs about £1.10 a minute, and the council's on-call interpreters are paid through the trust's existing contract

- a wrong allergy, a missed symptom or an invalid consent can cause serious harm and lead to claims

- people tell Welcome House they feel safer coming to hospital at night
"""),
        ("spread", "Spread", """
- the tablets are being rolled out to outpatient clinics and the maternity unit

- the council has shared the card with GP practices across Penwarden

- we have shared our rule on children interpreting with the other trusts in the region
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I672  adults with a learning disability discharged after missed outpatient
#       appointments - docx - form table - short - outpatient services
#       manager, brisk - acute trust with council learning disability team,
#       a self-advocacy group and a primary care network - self-advocates
#       and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I672", format="docx", layout="form_table", topic="learning_disability_outpatient_did_not_attend",
    project="independent42-missednotdischarged-672", docx_font="Calibri",
    title="Missed, Not Discharged: keeping adults with a learning disability on track after missed outpatient appointments",
    cover_table=[
        ("Title of entry", "Missed, Not Discharged: keeping adults with a learning disability on track after missed outpatient appointments"),
        ("Lead organisation", "Holmbridge Hospitals NHS Trust (Outpatients and Learning Disability Liaison Service)"),
        ("Partner organisations", "Holmbridge Metropolitan Borough Council (Community Learning Disability Team); Holmbridge Speak Up (self-advocacy group); Holmbridge West Primary Care Network"),
        ("Entrant", "Outpatient Services Manager"),
    ],
    primary_entrant=dict(name="Holmbridge Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Holmbridge Metropolitan Borough Council", type="local_authority"),
        dict(name="Holmbridge Speak Up", type="patient_group"),
        dict(name="Holmbridge West Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "Why was the partnership needed? What were the safety goals?", """
Our outpatient policy, like many, said that adults who did not attend two appointments in a row would be
discharged back to their GP. For most people that is reasonable. For adults with a learning disability it
was not. Many rely on a carer, support worker or family member to read letters, book transport and come
with them. When a support worker leaves or a letter goes to the wrong address, appointments are missed
through no fault of the patient.

In 2022 a learning disability mortality review found that a man with a learning disability and epilepsy
had been discharged from neurology after two missed appointments; his seizures got worse and he died the
following year. When we checked our records, 86 adults with a learning disability had been discharged for
not attending in 2022, including from cardiology, diabetes and cancer follow-up clinics.

Since April 2023 no adult with a learning disability flag can be discharged for not attending without a
check. After one missed appointment the booking team tells the learning disability liaison nurses, who
contact the person, their carers and, with consent, the council's community learning disability team to
find out what went wrong and rebook with reasonable adjustments. The PCN's practices make sure the flag is
shared with the hospital for everyone on their learning disability register.

Our goals were simple: no adult with a learning disability lost from follow-up because of a missed
letter or a change of carer, fewer missed appointments in the first place, and a hospital flag for every
adult on a GP learning disability register, so that the hospital knows who needs the extra check.
"""),
        ("evidence", "What evidence is there of improvement?", """
<<Q:Adults with a learning disability discharged for not attending fell from 86 in 2022 to 11 in 2024.>>
<<Q:Missed appointments in this group fell from 19% to 9%.>> <<Q:Patients on the PCN's learning
disability register who have the hospital flag rose from 41% to 93%.>>
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<P:Members of Holmbridge Speak Up told us hospital letters were full of long words and did not say why the
appointment mattered, and they helped write an easy read appointment letter with a photo of the
clinic.>> <<P:They also asked for a phone call a week before, which the booking team now makes.>>
<<S:Booking clerks suggested adding the liaison nurses' email to the 'did not attend' screen so they could
tell them with one click.>> <<S:Community learning disability nurses and the liaison nurses agreed
together who phones whom, so that families are not called three times.>>
"""),
        ("value", "What is the value for patients, staff and money?", """
Each check takes about 20 minutes of a liaison nurse's or booking clerk's time, and the easy read letter
is printed from the same booking system as every other letter, so there was no new money. A missed
diagnosis or a long-term condition that gets worse costs far more, in admissions and in harm, and
avoidable deaths of people with a learning disability are a national priority. Clinic slots are used
better too, because appointments are rebooked at a time that suits the person and their support worker.
Families and support workers say the calls help them keep track, and consultants say they are no longer
asked to sign discharge letters for patients they know should still be under their care.
"""),
        ("spread", "How has the work been shared?", """
We are adopting the same check for adults with severe mental illness and for people with dementia. The
PCN has shared the flag check with the other three PCNs in Holmbridge.
"""),
    ],
    flags=[],
)
