"""Eighty-second independent evaluation set (I1297..I1312) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing eye departments, audiology services,
community dental services, councils, hospices, charities and prison health teams send
in, in their own voices and at their own length.  The theme of this set is eyes, ears
and mouths: glaucoma and macular follow-up that is lost, audiology and hearing aids in
care homes, and oral health and dental care for people who cannot easily get to a
dentist.

Topics: glaucoma patients lost to follow-up after hospital appointments were cancelled
(an acute trust eye department with a local optical committee and an ICB, own headings),
glaucoma eye drops for people at home and in care homes who cannot put them in
themselves (a local pharmaceutical committee, bold headings under a cover table),
people with macular degeneration whose injections were paused and who then fell out of
monitoring (a macular support charity, numbered questions), hearing aids that are not
working or not worn in care homes (a hearing loss charity, two columns), earwax in care
home residents (a GP federation, no headings), hearing checks before memory assessment
(a private hearing care company as primary entrant, a form), mouth care in care homes
and pneumonia (a council public health team, capital headings), dental care at home for
housebound people (a community trust dental service, results first, no spread section),
mouth care plans for people with a learning disability in supported living (a supported
living charity, a pdf made through a word processor), dental pain in people who are
homeless (a university dental school, rubric headings), mouth care at the end of life
at home (a hospice, with appendix), failsafe for glaucoma virtual clinic results
(departments of one trust, no partner), eye and dental follow-up lost when people move
between prisons or are released (an NHS health and justice service, lists), hearing aid
repairs for housebound people (a council sensory support team, a form with no evidence
section), transport to macular injection clinics (an ambulance service's patient
transport service, lists) and journeys to the dentist for older people in rural
villages (a community transport charity on its own, no headings).

Build it with

    .venv/bin/python data/independent/build.py --set 82   (writes data/corpus/independent82/)

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
    (including 'halved', 'a third fewer' and a sustained shift on an SPC chart);
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, volunteers with lived experience, unusual job
    titles, list items), wherever in the entry it is told; a volunteer or peer worker
    with lived experience, employed by or volunteering for a partner, who helped design
    the work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices, GP federations, primary care networks and local
pharmaceutical and optical committees are primary_care; patients' and carers' support
groups are patient_group; hospices, sight and hearing loss charities, supported living
charities, community transport charities and care associations are charity; a prison is
public_other; a university is university; hearing care companies are private).  A
department or team of the entrant's own organisation is not a partner.  Flags are
written by hand and build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1297  glaucoma patients lost to follow-up - pdf - own headings - consultant
#        ophthalmologist, measured - acute trust eye department with the local
#        optical committee and the ICB - patients and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1297", format="pdf", layout="own_headings", topic="glaucoma_lost_to_follow_up",
    project="independent82-backinview-1297", pdf_font="LiberationSans", pdf_align="L",
    title="Back in View: finding and seeing glaucoma patients who had slipped off the follow-up list",
    cover=[
        "Lead organisation: Ormsworth and Tarrant Hospitals NHS Foundation Trust (Ophthalmology Directorate)",
        "Partners: Tarrant Vale Local Optical Committee; NHS Tarrant and Wendle Integrated Care Board",
        "Entry prepared by the consultant ophthalmologist and glaucoma service lead",
    ],
    primary_entrant=dict(name="Ormsworth and Tarrant Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Tarrant Vale Local Optical Committee", type="primary_care"),
        dict(name="NHS Tarrant and Wendle Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Where we started", """
Glaucoma damages the optic nerve slowly and without pain. Most people have no idea anything is wrong
until a large part of their field of vision has gone, and what has gone does not come back. The whole
point of glaucoma follow-up is to catch progression early and change treatment before the damage
reaches the centre of vision. A follow-up that is six months late can be harmless in one patient and
the difference between driving and not driving in another.

Our glaucoma service looks after around 14,000 people. In 2021, when we came out of the worst of the
pandemic, we had a follow-up list that nobody fully trusted. Clinics had been cancelled in blocks and
rebooked by hand. Some patients had been given a new date, some had been told they would hear from us,
and some had simply dropped off the electronic list because their cancelled appointment had been
closed instead of rebooked. Our own harm review that year found two patients who had lost significant
vision while overdue, one of whom had to surrender his driving licence.

At the same time, high street optometrists across Tarrant Vale were seeing our patients for routine
sight tests and noticing raised eye pressures, but they had no way of knowing whether the person was
still under our care, and the only route back to us was a fresh referral through the GP that went to
the back of the queue. The integrated care board was commissioning a community glaucoma service from
some of those optometrists, but it was only used for new referrals, never for people already in the
hospital system.

Part of the difficulty was that glaucoma follow-up does not look urgent on paper. A patient with stable
disease booked for a six-monthly review does not appear on any cancer or emergency list, and when clinic
capacity is short the instinct is to push routine reviews back. Each individual postponement seems
reasonable. Added together across thousands of patients and two or three years, they become a real risk
of avoidable blindness, and that risk falls hardest on the people with the most advanced disease, who are
also the ones who can least afford to lose any more sight.

There was also a problem of information. Our outpatient system recorded an appointment as 'due' but did
not record how long a particular patient could safely wait. A patient whose consultant had asked for a
review in four months looked the same on the list as one who could safely be seen in eighteen months.
Without that information, validating the list meant a clinician opening every record by hand, which we
did not have the time to do.

We needed three things: to know exactly who was overdue and by how much, to see the highest risk people
first, and to use every qualified pair of hands in the county, in hospital or on the high street, to do
it.
"""),
        ("evidence", "What has changed", """
From February 2022 every patient on the glaucoma list was given a risk rating using the national
failsafe guidance, based on their diagnosis, how advanced their disease is and how long they were
overdue. Patients at low risk with stable disease were offered a monitoring appointment at an
accredited community optometrist, with the results, images and pressure readings sent back
electronically for review by our glaucoma specialist nurses and consultants. The hospital clinics
were kept for the people who needed a consultant.

By March 2024, 5,210 monitoring appointments had been carried out in 23 optometry practices.

<<Q:The number of glaucoma patients overdue by more than half their intended follow-up interval fell
from 4,860 in January 2022 to 1,190 in March 2024.>> <<Q:Among patients rated as high risk, the
proportion seen within their intended interval rose from 41% to 88%.>>

<<Q:Patients found on review to have lost visual field while overdue more than halved between the first
and second years of the programme.>> No patient seen in the community service has been harmed by a
delay in returning to hospital, because any result outside the agreed limits triggers a hospital
appointment within four weeks.

We also found 317 people who were not on any list at all. They had been closed in error when a clinic
was cancelled. Every one of them has now been contacted and offered an appointment.

The programme has also changed how we handle new patients. Referrals from optometrists with suspected
glaucoma are now triaged by a specialist nurse within a week, and people who only need monitoring are
seen directly in the community service without a hospital visit first. That keeps the hospital list
from growing again.
"""),
        ("stakeholders", "The people who shaped it", """
<<S:Our glaucoma specialist nurses and two optometrists nominated by the optical committee wrote the
risk rating rules together over a series of evening meetings, and it was the optometrists who insisted
on adding a 'cannot be imaged' category so that people with small pupils or cataracts always come back
to hospital.>> <<S:Booking clerks in the outpatient team showed us how cancelled appointments were being
closed, and they redesigned the cancellation screen so that a clinic cannot now be cancelled without a
new date or a reason being entered for each patient.>>

<<P:Members of the Tarrant Vale Glaucoma Support Group met us three times, and they told us that letters
offering an appointment 'at a community provider' read like a downgrade, so the letter now names the
optometry practice and explains that their results will be seen by the same hospital team.>> <<P:One
member, who had lost much of the sight in his left eye while waiting, agreed to tell his story at the
optical committee's annual meeting, and his point that nobody had ever told him what his eye pressure
should be led us to print each patient's target pressure on their appointment card.>>

The integrated care board's planned care team agreed the funding route and holds the contract with the
optometry practices.
"""),
        ("value", "Value for money and experience", """
A community monitoring visit costs the integrated care board less than a hospital follow-up, and frees a
hospital clinic slot for someone whose disease is more complex. The service is funded from the existing
planned care budget. Patients tell us they like being seen near home, often by the optometrist they
have known for years, and without the cost and stress of hospital parking.

For our own clinicians the biggest gain is confidence. We now know who is on our list, how long they
have waited and how risky that wait is.

There have been less obvious gains too. Because the optometrists now send us their images and pressure
readings in a standard format, our specialist nurses can review a community visit in a few minutes, and
the quality of the information is often better than we used to get from a busy hospital clinic, where a
field test might be skipped if the machine was booked. Patients who need to come back to hospital arrive
with a full set of recent results, so the consultant appointment is spent deciding on treatment rather
than repeating tests.

We have been careful not to present this as a cheaper way of doing the same thing. The community service
is only safe because the results come back to the same hospital team, because the limits that trigger a
hospital appointment are agreed in advance and because any practice that falls behind with its returns is
followed up within a week by the optical committee. Those safeguards cost time and money, and we think they
are worth every penny.
"""),
        ("spread", "Spreading the approach", """
The risk rating rules and the cancellation screen have been shared through the regional eye care network,
and two neighbouring trusts are using the rules to review their own lists. The local optical committee
has included the programme in the accreditation training it runs for optometrists across the region, and
we presented the work at a national ophthalmology meeting in 2024.

Our advice to anyone starting out is to begin with the cancelled appointments. That is where we found
most of the people who were lost.

We are now working with the integrated care board on the next step, which is to let accredited
optometrists adjust treatment for stable patients within agreed limits, without the patient needing to
come back to hospital at all. That will need further training and a new governance agreement, and we
expect it to take at least another year.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1298  glaucoma drops for people who cannot put them in - docx - bold
#        headings under a cover table - LPC chief officer, brisk - LPC with the
#        community trust's district nursing service and a care homes
#        association - staff involved - NO patient involvement (families sent
#        letters, a survey that changed nothing, a negation, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1298", format="docx", layout="bold_headings", topic="glaucoma_eye_drops_care_homes",
    project="independent82-dropdone-1298", docx_font="Calibri",
    title="Drop Done: glaucoma eye drops for people who cannot put them in themselves",
    cover_table=[
        ("Entry title", "Drop Done: glaucoma eye drops for people who cannot put them in themselves"),
        ("Lead organisation", "Wendle and Pryor Local Pharmaceutical Committee"),
        ("Partner organisations", "Pryor Community Health NHS Trust (District Nursing Service); Wendle Care Homes Association"),
        ("Contact", "Chief Officer, Wendle and Pryor LPC"),
    ],
    primary_entrant=dict(name="Wendle and Pryor Local Pharmaceutical Committee", type="primary_care"),
    partners=[
        dict(name="Pryor Community Health NHS Trust", type="nhs_trust"),
        dict(name="Wendle Care Homes Association", type="charity"),
    ],
    sections=[
        ("context", "The problem", """
Glaucoma drops only work if they go in, every day, at roughly the same time. A missed bottle, an empty
bottle, or a drop that lands on the cheek rather than the eye all mean a higher eye pressure and more
damage to the optic nerve. For a lot of older people this is hard. Arthritis in the hands, a tremor,
poor sight in the other eye or memory problems can make it almost impossible to squeeze a bottle and aim
it.

Our community pharmacists kept seeing the same pattern. Prescriptions for glaucoma drops were being
collected on time, month after month, but the bottles coming back for disposal were half full. In care
homes, drops were charted as 'refused' or 'unable to administer' for days at a time, and nobody outside
the home was told. District nurses were being asked to put drops in for housebound patients twice a
day, which used up visits that were needed for wounds and end of life care, and the visits could not
always be timed to the prescription.

Nobody owned the problem. The hospital eye service prescribed, the GP issued repeats, the pharmacy
dispensed, and the carer, nurse or care worker was left to make it happen. When an eye pressure went up
at the next clinic visit, the consultant usually assumed the treatment had failed and added a second
drop.

A second drop is not a small thing for an older person. It means another bottle, another set of times
to remember, and more side effects: sore red eyes, a slow pulse, breathlessness in people with chest
problems. Some glaucoma drops are absorbed into the bloodstream and can contribute to dizziness and falls.
So a drop that was never going in can lead, one clinic visit later, to a more complicated regime that is
even less likely to be followed, and a patient who is exposed to more risk without any benefit.

The community pharmacists on our committee raised this at a joint meeting with the district nursing
service and the care homes association in late 2022. Everyone round the table recognised it, and everyone
had assumed someone else was dealing with it.
"""),
        ("evidence", "Results", """
Since June 2023 anyone collecting glaucoma drops who is over 75, housebound or living in a care home is
offered a ten-minute check at the pharmacy or, for care homes, by the pharmacist on their monthly visit.
The pharmacist watches the person or the carer put in a drop, offers a compliance aid or a different
bottle where that helps, and switches once-a-day drops to a time when someone is there. If nobody can
put the drops in reliably, the pharmacist sends a structured note to the district nursing hub and the
GP, and a named person is agreed.

In the first year 1,342 checks were done. Compliance aids were supplied to 388 people.

<<Q:In the 14 care homes that audited their medicine records before and after, doses of glaucoma drops
recorded as missed fell from 18% to 4%.>> <<Q:District nursing visits made only to give eye drops went
down from 96 a week to 41 a week, because many people could be helped to do it themselves or by a
family carer.>>

Three patients were found to have been using the wrong drop in the wrong eye, and this was corrected.
"""),
        ("stakeholders", "Involvement", """
<<S:Community pharmacists from eleven pharmacies and two district nursing team leaders met four times to
design the check, and the nurses asked for the note to the hub to include the person's usual visit times
so that drops could be fitted around visits that were already happening.>> <<S:Care home managers in the
association tested the care home version for two months and said the pharmacist needed to see the
medicines chart as well as the bottle, which is now the first step.>> <<S:Senior carers at one home
suggested using a coloured dot on the bottle cap for the right and left eye, and this is now standard in
all the homes.>>

Residents and housebound patients were not directly involved in designing the check, because of the
time we had to set it up. Families of care home residents were sent a letter explaining that a
pharmacist would look at their relative's drops. We gave a short questionnaire to 40 people who had the
check at a pharmacy; almost all were satisfied, and we did not make any changes as a result. The work is
for the benefit of everyone who relies on someone else for their eye drops. We would like to invite the
local glaucoma support group to review the check next year.
"""),
        ("value", "Value", """
The check is paid for from the LPC's locally commissioned services budget at £14 a check. Compliance aids
cost between £3 and £6. Freeing up district nursing visits is worth far more than that, and every
avoided second or third drop saves on prescribing as well as side effects. Preventing glaucoma from
getting worse protects independence, which is what matters most to older people.
"""),
        ("spread", "Spread", """
The service has been written into the integrated care board's community pharmacy plan for the whole
county from April 2025. We have shared the check form with two other LPCs, and the hospital eye service
now asks pharmacists for the result before deciding to add a second drop.

The hardest part has not been the check itself but making sure the information goes somewhere useful.
A pharmacist who finds a problem on a Friday afternoon needs to know that the note will be read and that
someone will act on Monday. The district nursing hub now has a named person each day for these notes,
and we review any note that has not been picked up within three working days at the LPC's monthly
service meeting.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1299  macular patients whose injections were paused and then lost to
#        monitoring - docx - numbered questions - macular charity chair,
#        personal - charity with the acute trust eye service and the ICB -
#        people living with macular disease involved - NO staff involvement
#        (clinic staff briefed, nurses trained, one named consultant doing his
#        job, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1299", format="docx", layout="numbered_questions", topic="macular_paused_injections_monitoring",
    project="independent82-notsignedoff-1299", docx_font="Arial",
    title="Paused, Not Forgotten: keeping watch over people whose macular injections have stopped",
    cover=[
        "Lead entrant: Hesketh Macular Circle (registered charity)",
        "Working with Hesketh and Moorbridge University Hospitals NHS Trust (Medical Retina Service) and NHS Hesketh and Dunmore Integrated Care Board",
        "Written by the chair of Hesketh Macular Circle",
    ],
    primary_entrant=dict(name="Hesketh Macular Circle", type="charity"),
    partners=[
        dict(name="Hesketh and Moorbridge University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="NHS Hesketh and Dunmore Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "1. What problem were you trying to solve, and why did it need a partnership?", """
Hesketh Macular Circle began twelve years ago as a tea-and-talk group in a church hall. Most of us have
age-related macular degeneration, the wet kind, which is treated with injections into the eye every few
weeks or months. The injections are not pleasant, but they work, and they have kept many of us reading,
recognising faces and living on our own.

What worried us was what happens when the injections stop. When the eye has been quiet for a while the
hospital may 'pause' treatment and move a person on to monitoring. That should mean a scan every few
months, because the disease can come back at any time and when it does it needs treating within days.
What we heard at our meetings was different. Members said they had been told treatment was paused and
then heard nothing. Some assumed they were cured. Some thought they had been discharged. One lady in our
group noticed the straight lines of her door frame had started to bend, but she did not want to bother
the hospital because she thought she had been 'signed off'. By the time she was seen, the scarring was
permanent.

We asked the hospital how many people were in this position. At first nobody could tell us, because
'paused' was not a status the booking system recognised; it lived in the clinic letter. When the letters
were eventually searched by hand, there turned out to be a large group of people with no date for their
next scan. That is when we, the hospital and the integrated care board agreed to work on it together.

We should say that nobody at the hospital was careless. The clinics were overwhelmed, the number of
people having injections had grown every year for a decade, and the paper-based habits of the service had
not kept up. A paused patient was, in a sense, a success story, and success stories are easy to forget
about. But for the person at home, watching for a change they did not know to look for, the result was the
same as if they had been forgotten.

The charity could not fix the booking system, and the hospital could not ring hundreds of people each
month. The integrated care board could make sure that what we built became part of how the service was
commissioned, rather than a goodwill arrangement that would fade when individuals moved on. That is why
all three of us needed to be involved.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
Three things changed in March 2023. The booking system now has a 'paused - monitoring' status, and a
patient cannot be given it without a date for their next scan. Every person with that status gets a
card from us with a simple grid to look at each day and a direct number for the macular nurses, which is
answered within one working day. And every month the service runs a report of anyone with that status
whose scan is overdue, and we ring them.

<<Q:When the first search was done in January 2023 there were 311 people with paused treatment and no
review date; in January 2024 there were 22, and all of them had a scan booked within a fortnight.>>
<<Q:The time between a person ringing the nurses with new symptoms and being scanned came down from an
average of 19 days to 6 days.>>

Our volunteers have made 1,060 calls since the start, and 4,800 cards have been handed out in clinics.
"""),
        ("spread", "3. How has the work been shared?", """
We have written about Paused, Not Forgotten in the newsletter of the national macular charity, and two
other local macular groups have asked for our card and call script. The integrated care board has
included the 'paused - monitoring' status in its eye care plan and asked the other two hospital trusts
in the area to add it to their systems.
"""),
        ("value", "4. What difference has it made, and is it good value?", """
The card costs us 9p to print, and our phone calls are made by volunteers. The change to the booking
system was paid for by the hospital. Against that, every person whose wet macular degeneration is
treated quickly when it comes back keeps more of their sight, and losing central vision brings falls,
depression and the loss of independence, all of which cost far more than a phone call.

There is a value that is harder to count. Many of our members had lost trust in the hospital during the
years of cancelled clinics. Being rung by another person with macular degeneration, who understands what
an injection feels like and why the wait for a scan is frightening, has rebuilt some of that trust. People
who ring the nurses now tend to ring earlier, when the change is small.

Members tell us the card gives them something to do and someone to ring. As one of our committee put it,
"Being paused used to feel like being forgotten. Now I know someone is still watching."
"""),
        ("stakeholders", "5. Who was involved, and how?", """
<<P:The card was designed at our own meetings: members who have had dozens of injections between them
chose the size of the grid, the colour of the lines and the words, and they threw out the hospital's
first draft because the print was too small for people with macular disease to read.>> <<P:The telephone
script our volunteers use was written by three of them who have themselves had treatment paused, and
they made sure it begins by asking how the person's sight is, not by checking their hospital number.>>
<<P:Relatives who drive members to clinic told us they were often the ones who remembered the dates, so
the card has a space for a family member's name and phone number.>>

Clinic nurses were trained to hand out the card at the end of every appointment where treatment is
paused, and reception and booking staff were briefed on the new status. Mr Daniel Okafor, consultant
ophthalmologist and clinical lead for medical retina, approved the clinical content of the card as part
of his role. We hope to ask community optometrists to help with scans in future.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1300  hearing aids not working or not worn in care homes - pdf - two
#        columns - hearing charity manager, warm - hearing loss charity with
#        the acute trust audiology department and the council - volunteers
#        with hearing loss (PS), residents and care staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1300", format="pdf", layout="two_column", topic="care_home_hearing_aid_maintenance",
    project="independent82-switchedon-1300", pdf_font="LiberationSans",
    title="Switched On: making sure care home residents can hear",
    cover=[
        "Calderbrook Hearing Support (registered charity), lead entrant, with Calderbrook and Ryde NHS Foundation Trust (Adult Audiology) and Calderbrook Borough Council (Adult Social Care Quality Team)",
        "Entry by the Services Manager, Calderbrook Hearing Support",
    ],
    primary_entrant=dict(name="Calderbrook Hearing Support", type="charity"),
    partners=[
        dict(name="Calderbrook and Ryde NHS Foundation Trust", type="nhs_trust"),
        dict(name="Calderbrook Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", "Why it mattered", """
Most people living in care homes have some hearing loss, and many have been given hearing aids. Walk
into almost any lounge, though, and you will find hearing aids in drawers, in handbags, in the wrong
ears or whistling quietly with a flat battery. The tubing goes hard and yellow, wax blocks the
receiver, the aid gets lost in the laundry. A resident who cannot hear cannot follow what staff are
asking, cannot hear the call bell conversation, and may appear confused, withdrawn or agitated.

This is a safety issue as well as a quality of life one. Residents who cannot hear are more likely to
be thought to have worsening dementia or delirium, more likely to be given sedating medicines for
'agitation', and more likely to fall when they miss a warning. Consent to care and to treatment is
harder to get when someone cannot hear the question.

Calderbrook Hearing Support had run drop-in hearing aid clinics in libraries for years. We knew that the
people who most needed help could not come to us. The hospital audiology department had a waiting list
for home visits, and the council's quality team was seeing 'sensory needs not met' in its care home
inspections but had nobody to send.

Hearing aid problems are rarely complicated. Nine times out of ten the fix is a new battery, a clean
or a new length of tube, each of which takes a few minutes. What was missing was anyone whose job it was
to do it, and anyone who knew how.
"""),
        ("evidence", "Results", """
Switched On started in 42 care homes in September 2022. Each home has a trained hearing champion from
its own staff, a monthly visit from one of our volunteers to clean and retube aids and change batteries,
and a fast route to audiology for anything more.

The volunteer visit follows the same pattern each month. The volunteer checks every resident on the
home's list who owns an aid, cleans it, replaces the battery and tubing if needed, checks that it is
switched on and set correctly, and leaves a note in the resident's care record. Anything the volunteer
cannot fix goes back to audiology in a labelled bag, and the hearing champion chases it if it has not
come back within a week.

<<Q:In unannounced spot checks by the council's quality officers, residents who owned a hearing aid and
were wearing a working one rose from 38% in the autumn of 2022 to 81% in the autumn of 2024.>>
<<Q:Hearing aids reported lost by the homes fell from 71 in the first year to 29 in the second.>>

<<Q:Across the homes, prescriptions of sedating medicines for agitation in residents with hearing loss
went down by a quarter, according to the pharmacist-led medication reviews.>>

Volunteers have made 1,630 visits and retubed 2,900 aids.
"""),
        ("stakeholders", "Involvement", """
<<PS:Our volunteers, all of whom wear hearing aids themselves, wrote the maintenance checklist with the
audiologists and added the steps they had learned the hard way, such as checking the aid is switched to
the right programme after cleaning.>> <<S:Hospital audiologists trained the volunteers and agreed that a
volunteer's referral, on a simple form, would be accepted without going back through the GP.>>
<<S:Care home hearing champions told us that aids went missing at night, so the homes now use a
labelled pot on each bedside table, which was their idea.>>

<<P:Residents at three homes tried out different ways of labelling their aids and chose a small
coloured sticker rather than a name tag.>> <<P:A resident's daughter, who had found her mother's aids in
the laundry twice, joined our design meetings and wrote the one-page guide for families that each home
gives out on admission.>>
"""),
        ("value", "Value", """
A hearing aid costs the NHS several hundred pounds, so every aid not lost saves money. Volunteer time
is free, and the council funds our coordinator. Care staff tell us it is easier to care for someone who
can hear them. Residents tell us they enjoy conversations again.

Some of the stories have been striking. One resident, who had been described as withdrawn and
uncommunicative for months, turned out to have been wearing her aids with the batteries in the wrong way
round. Once they were fixed she asked for a newspaper and joined the quiz.
"""),
        ("spread", "Spread", """
The council has added the hearing champion role to its quality standards for care homes, and two
neighbouring councils are working with their local hearing charities to start the same scheme. The
audiology department has shared the referral form across its network.

We are now talking to the hospital about offering the same monthly visits to people who receive home
care, many of whom have the same problems but no champion.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1301  earwax in care home residents - docx - no headings - GP federation
#        clinical lead, chatty - GP federation with the community trust's
#        audiology service and a care homes network - residents and staff
#        involved (passive voice) - NO quantitative evidence (ears checked,
#        wax removed, staff trained, single satisfaction figure, target)
# ---------------------------------------------------------------------------
entry(
    id="I1301", format="docx", layout="no_headings", topic="care_home_earwax_removal",
    project="independent82-clearears-1301", docx_font="Georgia",
    title="Clear Ears: earwax care for people living in care homes",
    cover=[
        "Lyneham Cross GP Federation, with Lyneham and Stour Community NHS Trust (Community Audiology) and the Lyneham Care Homes Network",
        "Entry by the federation's clinical lead for care homes",
    ],
    primary_entrant=dict(name="Lyneham Cross GP Federation", type="primary_care"),
    partners=[
        dict(name="Lyneham and Stour Community NHS Trust", type="nhs_trust"),
        dict(name="Lyneham Care Homes Network", type="charity"),
    ],
    sections=[
        ("context", None, """
I want to start with Mr H. He was 89, lived in one of our nursing homes and had a diagnosis of
vascular dementia. Over a couple of months he became quieter, stopped joining in, and then started
shouting at night. He was started on a sedative. When our care home nurse finally looked in his ears,
both were completely blocked with wax, and had been, according to his notes, since before he moved in.
Once his ears were cleared and his hearing aids were back in, he stopped shouting. The sedative was
stopped.

Every GP who looks after care homes has a Mr H. Earwax builds up more in older people, and more in
people who wear hearing aids, because the aid blocks the ear's natural clearing. Blocked ears make
hearing aids useless, and a resident who cannot hear can easily be labelled as more confused or more
difficult than they are. That leads to the wrong medicines, missed pain, falls, and decisions about
care made without the person really taking part.

A few years ago most GP practices in Lyneham stopped syringing ears because of the risk of damage and
infection with old equipment. The community audiology service offered microsuction in clinic, but
residents of care homes rarely got there: it meant a taxi, an escort and a long wait. Care home staff
were told to put olive oil drops in, but there was no plan for what happened next, so residents were
left on drops for months. Nobody was checking.
"""),
        ("evidence", None, """
Clear Ears started in April 2023 in the 31 care homes aligned to federation practices. Every resident
has an ear check when they move in and once a year after that, done by a senior carer trained to use
an otoscope with a camera, with the picture sent to our care home nurses. If there is wax, the resident
gets drops for two weeks and the check is repeated. If the wax is still there, one of the federation's
two nurses trained in microsuction removes it in the home, with portable equipment that we bought with
the community trust.

In the first eighteen months 1,486 residents had their ears checked and 412 had wax removed in their
own home. 96 care home staff were trained to do the check. Only 19 residents had to go to the audiology
clinic, for problems that could not be dealt with in the home. In a feedback exercise in October 2024, 9
out of 10 care home managers said the service was 'very helpful'. Our aim is that every resident in the
31 homes has had a check within the last year by April 2025.

We have not yet been able to measure whether hearing, behaviour or the use of sedating medicines has
changed, and this is the next thing we want to look at with the audiology team.
"""),
        ("stakeholders", None, """
<<S:The check itself was put together by our care home nurses, two audiologists from the community
trust and a group of senior carers from four homes, who said the first version, a tick list of eight
questions, would never be used on a busy shift, so it was cut to three questions and a photo.>>
<<S:The audiologists also suggested that the picture be sent through the care home's existing secure
messaging rather than by email, and that is how it works now.>>

<<P:The steps were talked through with residents at two of the homes, and at their suggestion the
carer now explains what they are going to do and shows the resident the camera before putting anything
in their ear.>> <<P:Their relatives were asked what would worry them, and because several said they
would want to know if wax was removed, a note now goes to the family each time.>>

<<S:Care home managers in the network agreed which staff would be trained and fed back after the first
three months that night staff also needed to know about the drops, which led to the check being added
to the handover sheet.>>

One thing we did not expect was how much the care home staff enjoyed the camera. Seeing the inside of an
ear on a screen turned the check from a chore into something people were curious about, and several
homes now have staff asking to be trained.
"""),
        ("value", None, """
The portable microsuction equipment cost £11,400, shared between the federation and the community
trust. Each removal takes about twenty minutes in the home, compared with the half day of staff time,
the taxi and the escort needed for a clinic visit. The wider value is in people hearing again, and in
decisions about medicines and behaviour being made with the right information.

There is also the value of not having to send a frail person out of their home. Every clinic trip for an
older person with dementia is an upheaval: unfamiliar places, a long wait, sometimes an episode of
distress that lasts for the rest of the day. Removing wax in the resident's own room, with a carer they
know beside them, is kinder as well as cheaper.
"""),
        ("spread", None, """
The care homes network has shared the check with all its member homes, including those outside the
federation's area. The community trust is planning to offer the same approach to housebound people on
district nursing caseloads, and we have presented the work at the integrated care board's care home
forum and at a national primary care conference.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1302  hearing checks before memory assessment - pdf - form table -
#        PRIVATE hearing care company as primary entrant with the mental
#        health trust's memory service (ineligible) - clinical director,
#        businesslike - patients, carers and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1302", format="pdf", layout="form_table", topic="hearing_checks_memory_assessment",
    project="independent82-hearfirst-1302", pdf_font="DejaVuSans",
    title="Hear First: hearing checks before a memory assessment",
    cover_table=[
        ("Entry title", "Hear First: hearing checks before a memory assessment"),
        ("Primary entrant", "ClearTone Hearing Care Ltd"),
        ("Partner organisation", "Tarrant and Moorbridge Partnership NHS Foundation Trust (Moorbridge Memory Assessment Service)"),
        ("Entrant", "Clinical Director, ClearTone Hearing Care Ltd"),
    ],
    primary_entrant=dict(name="ClearTone Hearing Care Ltd", type="private"),
    partners=[
        dict(name="Tarrant and Moorbridge Partnership NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why was the partnership needed? What were its patient safety goals?", """
ClearTone provides NHS adult hearing services in Moorbridge under contract with the integrated care
board, from eight high street centres. The Moorbridge Memory Assessment Service sees around 1,900 people
a year who have been referred with concerns about memory or thinking.

Hearing loss and dementia are closely linked, and hearing loss can make cognitive tests look worse than
they are. Most of the questions in a memory assessment are spoken. Someone who mishears a word list, or
cannot follow the instructions, will score lower. The memory service's own clinicians told us they often
suspected a hearing problem but had no way of checking, and the person's GP referral rarely mentioned
hearing. In a review of 100 assessments in 2022, the memory service found that fewer than one in five
people had had a hearing test in the previous three years.

The safety risks are real: a diagnosis of dementia that is wrong or too severe, medicines started that
may not be needed, and a person's ability to make their own decisions being questioned because they
could not hear the conversation. Untreated hearing loss also adds to isolation and falls.

The memory service and ClearTone had never worked together. The service had no audiologist and no
hearing equipment, and our centres had no contact with memory clinics beyond the occasional referral
letter. The commissioner agreed that our existing contract could be used to offer checks to people
referred for memory assessment, and the trust agreed to give us a room in the memory clinic.

Our goals were to check the hearing of everyone referred for a memory assessment before they are
assessed, to fit hearing aids quickly where needed, and to make sure the memory assessment is done in a
way the person can hear.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a result of the partnership?", """
Since May 2023 the memory service sends every new referral a text or letter offering a hearing check at
any ClearTone centre, or at the memory clinic itself on the two days a week when our audiologist is
there. The result goes to the memory service before the assessment. People with a hearing loss are
offered aids, and the memory assessment is booked after they have had them for at least four weeks.
Assessors use a portable amplifier for anyone who needs one.

The hearing check takes about twenty minutes and includes a look in the ears, so that wax can be dealt
with first. Where the check finds something that needs a medical opinion, such as a sudden loss in one
ear, the person is referred to the ear, nose and throat service in the usual way, and the memory
assessment goes ahead with an amplifier in the meantime.

In the first year, 1,410 people had a hearing check and 612 were fitted with hearing aids.

<<Q:The proportion of people who had a recent hearing test at the time of their memory assessment went
up from 18% to 79%.>> <<Q:Among people fitted with aids before assessment, a diagnosis of dementia was
made in 41%, compared with 55% of a similar group assessed in 2022 without a hearing check.>> <<Q:Repeat
assessments requested because the result was thought unreliable fell from 64 to 23 a year.>>
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Memory nurses and our audiologists ran a joint pilot in one clinic for three months, and the
nurses asked for the hearing result to be sent as a single line in their own system rather than as an
audiogram they could not read, which is how it is sent now.>> <<S:Our centre receptionists pointed out
that people referred for memory problems often forgot the hearing appointment, so we now send a
reminder to the carer as well, with consent.>>

<<P:People attending the memory service's post-diagnosis group and their carers told us the first
invitation letter made the hearing test sound compulsory and frightening, and they rewrote it with us
in plain words.>> <<P:One carer, whose husband had been assessed twice, suggested that assessors should
ask at the start of every appointment whether the person can hear them clearly, and this question is now
printed at the top of the assessment form.>>
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The hearing checks are part of our existing NHS contract. The audiologist's time in the memory clinic
is funded by the trust. Avoiding even a small number of wrong diagnoses and unnecessary prescriptions of
dementia medicines saves money and, more importantly, saves people and families from distress.

Staff in the memory service say that assessments run more smoothly, with less repetition of questions,
and that they are more confident in the results they give to families. Patients and carers have told us
that having a hearing check first made the memory assessment feel less like a test they were bound to
fail.
"""),
        ("spread", "How has the work been shared and spread?", """
Hear First has been adopted in the trust's second memory service in Tarrant, and we have offered it to
memory services in the other areas where we hold NHS hearing contracts.

We have also written a short guide for memory assessors on how to check whether a person can hear the
questions before starting, which the trust has added to its induction for new memory service staff.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1303  mouth care in care homes and pneumonia - pdf - capital headings -
#        council consultant in public health, formal - council public health
#        with the community trust's dental service and a care providers'
#        association - staff involved - NO patient involvement (residents as
#        beneficiaries, relatives given a leaflet, a negation, a plan) -
#        subtle Q ('a third fewer')
# ---------------------------------------------------------------------------
entry(
    id="I1303", format="pdf", layout="caps_headings", topic="care_home_mouth_care_pneumonia",
    project="independent82-cleanmouths-1303", pdf_font="DejaVuSans", pdf_align="L",
    title="SMILE SAFE: daily mouth care in care homes to prevent pneumonia",
    cover=[
        "LEAD: Ryde Valley Council, Public Health",
        "PARTNERS: Ryde Valley Community NHS Trust (Community Dental Service); Ryde Valley Care Providers' Association",
        "CONTACT: Consultant in Public Health",
    ],
    primary_entrant=dict(name="Ryde Valley Council", type="local_authority"),
    partners=[
        dict(name="Ryde Valley Community NHS Trust", type="nhs_trust"),
        dict(name="Ryde Valley Care Providers' Association", type="charity"),
    ],
    sections=[
        ("context", "WHY THE PARTNERSHIP WAS NEEDED", """
Pneumonia is one of the commonest reasons for care home residents to be admitted to hospital and one
of the commonest causes of death among them. A significant proportion of pneumonia in frail older
people is caused by bacteria breathed in from the mouth. Where teeth and dentures are not cleaned, the
mouth becomes a reservoir of those bacteria. Good daily mouth care is among the simplest ways to reduce
the risk.

National guidance on oral health in care homes has existed for several years. In 2022 the council's
public health team asked the 58 care homes in Ryde Valley how they were applying it. Few had an oral
health policy that staff knew about. Mouth care was usually recorded as a tick in a personal care chart.
Many residents had their own teeth, often with crowns and bridges, which care staff had never been
shown how to clean. Dentures were stored dry, unnamed, or not removed at night. Toothbrushes were
shared or missing. Residents with dementia who resisted care often went without.

Access to a dentist was the other half of the problem. Most homes had no arrangement with a dental
practice. Residents with toothache or a broken denture waited months, or were taken to the emergency
department with a facial swelling.

The council's public health team had commissioned oral health training for care homes before, but it was
a one-off session in a meeting room and the learning did not stick. Staff turnover in the sector is high,
and within a year most of the people who had been trained had moved on. We needed something that would
become part of how each home works, backed by dental professionals who would keep coming back.
"""),
        ("evidence", "EVIDENCE OF IMPROVEMENT", """
Smile Safe was introduced in 34 homes from October 2022 and in the remaining 24 from April 2023. Every
resident has an oral health assessment within a week of arrival and a mouth care plan that says how
their teeth and dentures should be cleaned. Each home has an oral health champion. The community dental
service visits each home twice a year to examine residents who need it and to give advice, and takes
urgent referrals by phone.

The oral health champion is a senior care worker, not a manager, chosen by each home. Champions have a
half-day course with the dental team, a kit of brushes, mirrors and denture pots, and a quarterly
meeting with other champions in their area. They check that every new resident has an assessment,
that plans are followed and that toothbrushes are replaced every three months.

<<Q:In the 34 homes that began first, a third fewer residents were admitted to hospital with pneumonia
in the year after the programme began than in the year before.>> <<Q:Dental plaque, scored by the dental
team on sample visits, fell from an average of 2.4 to 1.3 on a three-point scale.>> <<Q:Emergency
department attendances with dental infections or facial swelling from all 58 homes went from 37 in
2021/22 to 12 in 2023/24.>>

Over 2,100 mouth care plans have been written.
"""),
        ("stakeholders", "INVOLVEMENT OF PATIENTS AND STAFF", """
<<S:Care workers from eight homes tested the mouth care plan and asked for pictures instead of words,
so the plan now shows a photo of the resident's own teeth or denture and which brush to use.>> <<S:The
community dental therapists and hygienists wrote the training sessions with the oral health champions,
and after the first round they changed them to be given on the floor of the home, at the bedside,
rather than in a meeting room.>> <<S:The care providers' association's managers' group agreed the
minimum standards and asked for a named denture pot for every resident, which the council now
supplies.>>

The programme exists for the residents, many of whom could not take part in a design group because of
advanced dementia, and we did not set up any other way of involving them. Relatives were given a leaflet
about mouth care when their family member moved in. We intend to involve residents' families in a
review of the programme in 2025.
"""),
        ("value", "VALUE FOR MONEY", """
The programme costs around £62,000 a year, paid from the public health grant, covering dental therapist
time, training and supplies. A single admission for pneumonia in an older person costs the NHS several
thousand pounds, and many residents do not return to the health they had before.

The benefits are not only about pneumonia. Residents with clean, comfortable mouths eat better, and a
named denture pot means fewer lost dentures, each of which can take months to replace. Care home managers
report that the plans have made mouth care something staff talk about at handover, rather than a tick
box.

Not every home has found it easy. Two homes with high staff turnover lost their champion within months
and needed the dental team to start again, and we now ask every home to name a deputy champion as well.
"""),
        ("spread", "SPREAD AND SUSTAINABILITY", """
Oral health is now part of the council's contract quality framework for care homes. The integrated care
board has asked us to share the programme with the other three councils in the system, and two have
started. We have presented at the regional oral health improvement network.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1304  dental care at home for housebound people - docx - reordered
#        (results first) - community dental service manager, plain -
#        community trust with an older people's charity and a GP federation -
#        patients, carers and staff involved - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I1304", format="docx", layout="reordered", topic="domiciliary_dental_housebound",
    project="independent82-dentistdoor-1304", docx_font="Cambria",
    title="Dentist at the Door: dental care at home for people who cannot get to a surgery",
    cover=[
        "Lead: Pennock Community Healthcare NHS Trust, Community Dental Service",
        "Partners: Pennock Older People's Trust (charity); Pennock and District GP Federation",
        "Author: Service Manager, Community Dental Service",
    ],
    primary_entrant=dict(name="Pennock Community Healthcare NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Pennock Older People's Trust", type="charity"),
        dict(name="Pennock and District GP Federation", type="primary_care"),
    ],
    sections=[
        ("evidence", "Results", """
<<Q:The average wait for a first home dental visit fell from 38 weeks in April 2022 to 7 weeks in April
2024.>> <<Q:Housebound people on our list who were prescribed antibiotics for dental pain by their GP,
because no dentist could see them, went from 214 in 2021/22 to 88 in 2023/24.>> <<Q:Admissions to
hospital with a dental abscess from the same group fell from 11 to 3.>>

Since May 2022 we have made 2,740 home visits. 1,120 people have had a dental examination at home for
the first time in more than five years.
"""),
        ("context", "The problem", """
Pennock is a mostly rural district with a large older population. Many people are housebound because
of frailty, illness or disability. They cannot get to a high street dentist, and most high street
practices do not do home visits. Our community dental service has always done a small number of home
visits, but by 2022 the waiting list had grown to more than 500 people and some had waited over a year.

While people wait, problems get worse. A broken tooth becomes an abscess, a loose denture stops someone
eating, and mouth ulcers that need to be checked for cancer are missed. GPs were being asked to treat
dental pain with antibiotics and painkillers because nobody else could, which does not fix the problem
and adds to antibiotic resistance.

Working with the Pennock Older People's Trust and the GP federation, we changed how people are found,
assessed and treated. The federation's care coordinators and the Trust's home visiting volunteers ask
a short set of mouth questions when they see someone at home. Answers that suggest pain, swelling, a
broken denture or an ulcer that has lasted more than three weeks come straight to our triage dental
nurse, who rings the person within a week. A dental therapist and a dental nurse now visit people in
their own homes for check-ups, cleaning and simple treatment, so the dentists can concentrate on
extractions and dentures.
"""),
        ("stakeholders", "Who was involved", """
<<P:We visited twelve people on our waiting list, with their carers, and asked what would make a home
visit work for them, and they told us they needed to know the time of the visit within an hour, so we
now give a one-hour slot and ring when we are on our way.>> <<P:A group of older people who meet at the
Older People's Trust's day centre chose the questions that volunteers ask, and changed 'Do you have any
oral pathology?' to 'Is anything in your mouth sore, loose or not right?'>>

<<S:The Trust's volunteers tried out the questions on their visits for two months and told us that
people were embarrassed to talk about dentures in front of family, so volunteers now ask when they are
alone with the person where possible.>> <<S:Our dental therapists designed the home visit kit with the
dentists and the infection control nurse.>> <<S:GP care coordinators in the federation added the mouth
questions to their annual frailty review template.>>
"""),
        ("value", "Value", """
A home visit by a dental therapist costs about half that of a visit by a dentist. Each admission for a
dental abscess avoided saves around £2,500. Fewer antibiotic prescriptions for dental pain reduce cost
and the risk of resistance. The home visiting volunteers already visit the people who most need this
service.

People tell us that being able to eat properly again, and being free of pain, has made a great
difference. Carers say they no longer feel they have to choose between a dentist and the person's
safety getting them there.

For our own staff, the change has been just as large. Dental therapists say they are using the full range
of their skills for the first time, and the dentists are no longer spending whole days driving between
simple check-ups. The waiting list is short enough that we can now plan visits by area, which cuts travel
time again.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I1305  mouth care plans for people with a learning disability in supported
#        living - pdf via soffice - style headings - supported living charity
#        quality lead, upbeat - charity with the community trust's special
#        care dental service - self-advocates involved - NO staff involvement
#        (support workers trained, managers briefed, one named dental nurse
#        doing her job, a plan) - NO quantitative evidence (plans written,
#        check-ups, single figures, a zero with no earlier figure, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1305", format="pdf", layout="style_headings", topic="learning_disability_supported_living_oral_health",
    project="independent82-mymouth-1305", render_via="soffice", docx_font="Liberation Serif",
    title="My Mouth Matters: mouth care plans for people with a learning disability in supported living",
    cover=[
        "Harbridge Lives (registered charity), lead entrant",
        "Partner: Harbridge and Coldwater Community NHS Trust (Special Care Dental Service)",
        "Submitted by the Quality and Health Lead, Harbridge Lives",
    ],
    primary_entrant=dict(name="Harbridge Lives", type="charity"),
    partners=[
        dict(name="Harbridge and Coldwater Community NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Background", """
Harbridge Lives supports 214 adults with a learning disability who live in their own homes or in shared
supported living houses across Harbridge and Coldwater. Some people need a few hours of support a week.
Others need support day and night.

People with a learning disability have worse oral health than the rest of the population, and it is
often missed. Some people cannot tell anyone they are in pain; instead they stop eating, bite their hand,
bang their head or refuse to get out of bed. Behaviour like this can be put down to the person's
disability, or treated with medicines, when the real problem is a rotten tooth. Many of the people we
support take medicines that cause a dry mouth or swollen gums. Some have difficulty swallowing and are
at risk of choking or of chest infections from food and saliva going the wrong way.

In 2022 one of the people we support, a man in his forties who does not use speech, was admitted to
hospital with a severe facial infection from a tooth that had been decaying for months. His support
workers had noticed he was eating less and was unsettled at night, but nobody connected it with his
mouth. He needed treatment under general anaesthetic and spent eight days in hospital. His family asked
us how this could happen when he had support every day. We did not have a good answer.

Brushing someone else's teeth is a skilled and intimate task. Our support workers had never been taught
how to do it, and many people we support did not like having their teeth brushed and would push the
brush away. Few people had a dentist. Special care dental services exist for people who cannot be seen
at a high street practice, but the referral route was not well known and most of our managers had never
used it.

We could have written a policy and left it there. We had done that before with other health topics, and
it changed very little. This time we wanted a plan that would make sense to the person themselves, that a
new support worker could pick up on their first shift and follow, and that the dental service would
recognise and add to.
"""),
        ("evidence", "What has changed", """
Since January 2023 every person we support has been offered a My Mouth Matters plan. The plan is a
short, picture-based document that says how the person likes their teeth cleaned, what brush and
toothpaste they use, what signs might mean their mouth is sore, and who their dentist is. The special
care dental service accepts referrals directly from our managers, and its dental nurse visits houses to
help people get used to a check-up before they go to the clinic.

By the end of 2024, 198 people had a plan. 163 people had had a dental check-up in the last year, and 41
were seen at home by the dental nurse to prepare them for their first visit to the clinic. Nobody we
support has been admitted to hospital with a dental infection since the plans were introduced. Our
target is for everyone we support to have a plan and a named dentist by the end of 2025.

Managers now report mouth problems as part of their monthly health report, and in 2024 they reported
57 problems that were seen by a dentist.
"""),
        ("stakeholders", "Involving people", """
<<P:The plan was designed by Speak Up Harbridge, the self-advocacy group of people we support, over six
workshops; members tried out different pictures and chose photographs of real toothbrushes and real
mouths rather than cartoons, because they said cartoons were for children.>> <<P:Two members who do not
like having their teeth brushed showed us what helped them, such as being able to hold the brush first
and counting to ten, and these ideas are in every plan.>> <<P:Family members of people who do not use
speech helped to fill in the 'how I show I am in pain' page, and suggested adding a photo of the person's
mouth when it is healthy so that changes are easier to spot.>>

All support workers were trained in mouth care by the special care dental service, and house managers
were briefed on the new referral route. Joanne Reeves, the dental nurse who leads the outreach work,
visited houses as part of her role. We would like to ask support workers what they think of the plans
once they have been in use for longer.
"""),
        ("value", "Value", """
The plans are written in-house and the cost of printing is small. The training was provided as part of
the special care dental service's existing work. An admission to hospital with a dental infection, and
treatment under general anaesthetic, costs many thousands of pounds and is frightening for the person.
People we support are more comfortable, and families are reassured that someone is looking at their
relative's mouth every day.

One mother told us that her son, who had refused to open his mouth for a dentist for years, sat through
his first full check-up after three home visits from the dental nurse. She said she cried in the car park.
That is the kind of result we hoped for but did not dare to promise.
"""),
        ("spread", "Sharing", """
We have shared the plan with other supported living providers through the local provider forum, and the
special care dental service now gives it to other providers when they refer someone. <<P:Speak Up Harbridge
members presented the plan themselves at a regional learning disability conference in 2024.>>
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1306  dental pain in people who are homeless - docx - rubric headings -
#        university dental school senior lecturer, academic - university with
#        a homeless charity and the city council - staff and students
#        involved - NO patient involvement (patients as beneficiaries, a
#        survey that changed nothing, informed, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1306", format="docx", layout="rubric_headings", topic="homeless_dental_outreach",
    project="independent82-opendoor-1306", docx_font="Calibri",
    title="Open Door Dental: urgent and ongoing dental care for people who are homeless",
    cover=[
        "Lead entrant: University of Ashgrove, School of Dentistry",
        "Partners: St Brannoc's Shelter (registered charity); Ashgrove City Council (Homelessness and Public Health)",
        "Entry by a senior clinical lecturer in community dentistry",
    ],
    primary_entrant=dict(name="University of Ashgrove", type="university"),
    partners=[
        dict(name="St Brannoc's Shelter", type="charity"),
        dict(name="Ashgrove City Council", type="local_authority"),
    ],
    sections=[
        ("context", "Why was the partnership needed and what were its patient safety goals?", """
People who are homeless have some of the worst oral health in the country. Dental disease is not a
cosmetic issue for them: an untreated abscess can spread to the face and neck and become life
threatening, and chronic pain drives people towards alcohol and illicit painkillers. Many people we
met had not seen a dentist for a decade. Few were registered with a practice, and most high street
practices in the city have no capacity for new NHS patients. The usual routes, a phone call at 8am or an
online form, do not work for someone without a phone, a fixed address or a way to keep an appointment
three weeks ahead.

What people did instead was go to the emergency department. Staff there could give antibiotics and
pain relief but not dental treatment, so people came back again and again. The city's maxillofacial
surgeons were admitting people with spreading infections that should have been treated months before.

The School of Dentistry runs an outreach programme in which final year students treat patients under
supervision in community settings. St Brannoc's Shelter runs a day centre and two hostels. The council
funds homelessness services and commissions public health. Our goals were to give people who are
homeless same-week access to urgent dental care, to complete treatment rather than just relieve pain,
and to reduce the number of people needing emergency or hospital care for dental infections.

None of us could do this alone. The dental school had the clinicians and students but no foothold in the
homeless community, and the trust of people who use services takes years to earn. The shelter had that
trust, and keyworkers who know each person's circumstances, but no dental expertise. The council had the
funding and the premises, and a strategic interest in reducing the number of people who lose their
hostel place.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Open Door Dental has run a walk-in dental clinic at the shelter's day centre two mornings a week since
October 2022, in a surgery fitted out by the council. Students and supervising dentists see anyone who
walks in. The hostel keyworkers book follow-up appointments and remind people on the day. People can
also be seen at the dental school's main clinic with a keyworker.

In two years the clinic has seen 683 people and completed 3,120 courses of treatment, including 1,460
extractions and 212 sets of dentures.

<<Q:Attendances at the city's emergency department for dental pain by people recorded as having no
fixed abode fell from 146 in the year before the clinic opened to 61 in its second year.>> <<Q:Hospital
admissions with a facial infection of dental origin in the same group went from 14 to 4.>> <<Q:The
proportion of people who completed their planned course of treatment rose from 23% in the first six
months, before keyworkers booked follow-ups, to 68%.>>
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Hostel keyworkers and the day centre manager met our clinical team fortnightly in the first year,
and it was the keyworkers who suggested that follow-up appointments be booked on the same days as the
shelter's hot lunch, which made a large difference to attendance.>> <<S:Final year students ran the
first clinics and fed back that the paper medical history form took too long and made people leave, so
they and the supervising dentists wrote a shorter form that is read aloud.>> <<S:Emergency department
nurses agreed with us a simple referral card that they give to anyone with dental pain who says they
are homeless, and they asked for it to include a map to the day centre.>>

The people who use the clinic are its reason for being. We gave a short survey to 80 patients in 2023;
the answers were very positive and we did not change the service as a result. People using the shelter
were told about the clinic at the shelter's house meetings. We would like to recruit a peer adviser who
has experienced homelessness to help us shape the service in future.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The clinic is staffed by students and supervisors as part of their training, so its running costs are
low. The council paid £48,000 to fit out the surgery. Every emergency department visit and admission
avoided saves money, and the students gain experience that they would not get in the teaching hospital.

Students often tell us this is the most valuable part of their course. Keyworkers tell us the clinic
has helped people to stay in their hostel place, because pain and sleepless nights are a common reason
for losing it.

There are also clear safety benefits inside the clinic itself. Many of the people we treat have complex
medical histories, including liver disease, blood-borne viruses and heavy use of alcohol or drugs, which
affect bleeding, healing and the choice of anaesthetic. Working alongside keyworkers who know people well
means we get a more reliable history, and the supervising dentists have developed a protocol for
checking medicines and bleeding risk that is now used in the school's main clinic as well.
"""),
        ("spread", "How has the work been shared and spread?", """
The programme is now part of the dental school curriculum for all final year students. Another dental
school has visited us and is planning a similar clinic. The council is looking at funding a second
session at a women's refuge, and we have published our first-year results in a peer-reviewed journal.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1307  mouth care at the end of life at home - pdf - with appendix -
#        hospice nurse consultant, reflective - hospice with the community
#        trust's district nursing and a local pharmaceutical committee -
#        bereaved carers and staff involved - NO quantitative evidence
#        (packs given, nurses trained, an audit with no baseline, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1307", format="pdf", layout="with_appendix", topic="end_of_life_mouth_care_home",
    project="independent82-comfortmouth-1307", pdf_font="LiberationSerif", pdf_align="L",
    title="Comfort in the Mouth: mouth care for people dying at home",
    cover=[
        "Lead entrant: Hollowmere Hospice (registered charity)",
        "Partners: Tarrant Vale Community NHS Trust (District Nursing); Hollowmere Local Pharmaceutical Committee",
        "Prepared by the Nurse Consultant in Palliative Care, Hollowmere Hospice",
    ],
    primary_entrant=dict(name="Hollowmere Hospice", type="charity"),
    partners=[
        dict(name="Tarrant Vale Community NHS Trust", type="nhs_trust"),
        dict(name="Hollowmere Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "Why this matters", """
When people are dying, their mouths are often one of the main sources of discomfort. Breathing through
an open mouth, oxygen, medicines, dehydration and thrush can leave the mouth dry, cracked and painful.
Dentures become loose. People stop being able to swallow and saliva pools. For families, watching
someone they love with a dry, sore mouth is distressing, and many carers told us they were afraid to
do anything in case they made it worse or caused the person to choke.

In the hospice, mouth care is part of every nursing round. At home, where most of our patients want to
die, it was hit and miss. District nurses visited once or twice a day and had little time. Families had
no equipment and no guidance. Mouth sponges, which many people still use, are no longer recommended
because the sponge head can come off. Thrush was often not recognised until it was severe, and
community pharmacies did not always have the right gels and sprays in stock at short notice, especially
at weekends.

Our hospice at home team also noticed that mouth problems were a common reason for families calling
the out-of-hours service in the last days of life, and sometimes for a person being admitted to hospital
when they had wanted to die at home.

We knew from our own wards that good mouth care is not difficult, but it has to be done often and gently,
and it has to be done by whoever is there. At home that is usually a husband, a wife, a son or daughter,
supported by a nurse who may visit for twenty minutes. The hospice could provide the knowledge and the
equipment, the district nurses were already in the home, and community pharmacies were the only places
open on a Sunday where a family could collect a gel. It had to be a partnership.
"""),
        ("evidence", "What we have achieved", """
Since September 2023 every person on the district nursing end of life register in Hollowmere is given a
Comfort in the Mouth pack when their care plan changes to the last weeks of life. The pack contains
soft toothbrushes, a water-based lip balm, a mouth moisturising gel, a spray bottle, a torch and an
illustrated guide for family carers. District nurses assess the mouth at every visit using a short
four-point check, and can start treatment for thrush using a protocol agreed with the GPs. Six community
pharmacies in the area hold stocks of the gels and sprays, so that a family can collect them the same
day.

So far 540 packs have been given out. 212 district nurses and hospice at home staff have been trained.
An audit of 60 sets of notes in the summer of 2024 found that the mouth had been assessed at 86% of
visits. We aim to reach 95% by the end of 2025.

Families' comments on the bereavement questionnaire have been strongly positive, and many mention the
pack without being asked.
"""),
        ("stakeholders", "Who was involved", """
<<P:The guide for families was written with five bereaved carers from our carers' support group, who
told us what they had wished they knew, and they asked for pictures showing how to hold someone's head
and where to put the brush.>> <<P:One of them, whose wife had died at home the year before, suggested
including a torch in the pack because, as he put it, you cannot care for what you cannot see.>>

<<S:District nurses tested the four-point mouth check on their visits for a month, and asked for it to be
added to the electronic visit template so that it could not be skipped.>> <<S:Community pharmacists,
through the pharmaceutical committee, agreed which products would be stocked and suggested swapping one
gel for another that was cheaper and more widely available.>> <<S:Our hospice at home healthcare
assistants told us the original pack was too big to carry on their rounds, so it was made smaller.>>
"""),
        ("value", "Value", """
Each pack costs £7.80, funded by the hospice. Training is delivered in our normal education programme.
Every out-of-hours call avoided, and every admission that does not happen in the last days of life, is a
saving for the NHS, but more importantly it means a person can die comfortably where they chose to be.

District nurses have told us they feel more confident talking to families about the mouth, which used to
be a topic they avoided because they had nothing to offer. Families value having something practical to
do at a time when they often feel helpless.
"""),
        ("spread", "Spread", """
The community trust is introducing the pack and the mouth check in its other two localities. We have
shared the guide with three other hospices and presented the work at a regional palliative care
conference.
"""),
    ],
    trailer=[
        ("heading", "Appendix: the four-point mouth check and sources"),
        ("para", "The four-point mouth check used at each district nursing visit: 1. Is the mouth dry? 2. Is there any white coating, redness or ulcers? 3. Are the lips cracked or bleeding? 4. Is the person comfortable, or showing signs of pain when the mouth is touched? Any 'yes' leads to the actions in the protocol."),
        ("para", "Figures on packs issued are from hospice records; the audit of notes was carried out by the community trust's end of life care facilitator. Hollowmere Hospice, Mill Road, Hollowmere. Registered charity."),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1308  failsafe for glaucoma virtual clinic results - docx - style
#        headings - ophthalmology directorate manager, detailed - departments
#        of one trust only, no partner (ineligible) - patients and staff
#        involved
# ---------------------------------------------------------------------------
entry(
    id="I1308", format="docx", layout="style_headings", topic="glaucoma_virtual_clinic_failsafe",
    project="independent82-nooneleft-1308", docx_font="Calibri",
    title="No Result Left Behind: a failsafe for glaucoma virtual clinic results",
    cover=[
        "Kingsmead Hospitals NHS Trust",
        "A partnership between the Ophthalmology Directorate, the Outpatient Booking Centre and the Digital Health Team",
        "Written by the Directorate Manager, Ophthalmology",
    ],
    primary_entrant=dict(name="Kingsmead Hospitals NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Background", """
Like many eye departments, we moved much of our glaucoma follow-up into virtual clinics after 2020.
Patients come in for tests, pressure, visual fields and scans of the optic nerve, carried out by
technicians, and a consultant or specialist optometrist reviews the results later and decides what
happens next. Virtual clinics let us see far more people, but they create a new risk: the results can
sit waiting for review, and if the review is never done, nobody notices, because the patient has
'attended'.

In 2022 a patient with advanced glaucoma had his tests in the virtual clinic in February. His results
showed clear progression. They were not reviewed until August, when his next virtual visit showed that
he had lost further vision. Our investigation found more than 1,900 sets of virtual clinic results that
had not been reviewed within the four weeks we set as our standard, some of them many months old. There
was no list of unreviewed results; each reviewer worked from their own worklist and results fell
between them when staff were on leave or left.

The outcome of a review was also not always acted on. A reviewer might write 'bring back in three
months' but the booking centre never received a request, and the patient waited for a letter that never
came.

These were not problems that any one department could fix. The eye clinic owned the reviews, the
booking centre owned the appointments and the digital health team owned the system that connected them.
Each had done its part as it understood it; the gaps were in between.

The investigation made a simple recommendation: that one list, owned jointly by the three departments,
should show every set of results from the moment the tests are done to the moment the patient has a
booked appointment or has been told their next step. Everything that followed grew out of that.
"""),
        ("evidence", "Results", """
Since November 2022 all virtual clinic results go into a single shared worklist on the electronic
record, with a clock that starts when the tests are done. Results not reviewed within two weeks turn
amber, and at four weeks red. A named consultant each week is responsible for clearing red results. The
review form cannot be closed without choosing an outcome, which sends a booking request automatically.
The booking centre runs a weekly report of requests not yet booked.

<<Q:The number of virtual clinic results waiting more than four weeks for review fell from 1,940 in
October 2022 to 37 in September 2024.>> <<Q:The median time from tests to review came down from 51 days
to 9 days.>> <<Q:Review outcomes that were never turned into a booking went from 8% of reviews in our
2022 audit to under 1% in 2024.>>
"""),
        ("stakeholders", "Involvement", """
<<S:The glaucoma consultants and specialist optometrists met with the digital health team over three
months to design the shared worklist, and they asked for the clock to be visible to every reviewer so
that nobody could say they did not know.>> <<S:Booking centre staff pointed out that free text outcomes
such as 'see soon' could not be booked, so the form now offers a fixed choice of intervals.>>
<<S:Technicians who run the virtual clinic suggested adding a flag for patients whose tests were hard
to do, so these are reviewed first.>>

<<P:We asked patients attending the virtual clinic on two days in 2023 what they expected to happen
after their tests, and many thought they would hear the result on the day, so we now give everyone a
card saying when they will hear and a number to ring if they have not.>> <<P:The patient who was harmed
and his wife met the directorate team, and his request that every patient be told the name of the
person reviewing their results was agreed and is now in the results letter.>>
"""),
        ("value", "Value", """
The changes used existing staff and the existing electronic record, with about 120 hours of the digital
team's time. Reviewing results on time means we catch progression before sight is lost. Consultants
report less worry about what might be sitting unseen.

The booking centre reports fewer calls from worried patients asking when they will hear, and the number
of complaints about virtual clinic results being lost has dropped to a handful a year. For the directorate
the biggest change is that we can now answer, at any moment, the question that we could not answer in
2022: how many results are waiting, and for how long.
"""),
        ("spread", "Spread", """
The shared worklist is now being used for the trust's medical retina virtual clinic and will be used for
the diabetic eye clinic next year. We presented the work at a national meeting on virtual clinics and
have shared the design with other trusts using the same electronic record.

We know that this entry does not involve another organisation, and that a partnership award usually
expects one. We have entered because the partnership between three very different departments of the
same trust was what made the difference, and because the lessons apply to any service that has moved
follow-up into virtual clinics.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1309  eye and dental follow-up lost when people move between prisons or
#        are released - pdf - bullet lists - health and justice head of
#        healthcare, terse - NHS trust health and justice service with the
#        prison and the acute trust eye unit - staff involved - NO patient
#        involvement (prisoners as beneficiaries, told at a forum, given a
#        leaflet, a negation, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1309", format="pdf", layout="bullet_lists", topic="prison_eye_dental_follow_up_transfer",
    project="independent82-followthrough-1309", pdf_font="LiberationSans", pdf_align="L",
    title="Follow Through: keeping eye and dental care going when people move prison or are released",
    cover=[
        "Lead: Northmere Healthcare NHS Trust, Health and Justice Services (healthcare provider at HMP Ravensmoor)",
        "Partners: HMP Ravensmoor; Saltney General Hospitals NHS Trust (Saltney Eye Unit)",
        "Contact: Head of Healthcare, HMP Ravensmoor",
    ],
    primary_entrant=dict(name="Northmere Healthcare NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="HMP Ravensmoor", type="public_other"),
        dict(name="Saltney General Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The problem", """
HMP Ravensmoor is a category B local prison holding around 1,100 men. Turnover is high: many men stay only weeks before being moved to another prison, going to court or being released.

What we found in 2022:

- men with glaucoma or other eye conditions under the Saltney Eye Unit missed hospital appointments because they were moved or released before the date, and the appointment was simply cancelled as 'did not attend'

- the eye unit's letters went to the prison after the man had left, and nobody forwarded them

- glaucoma drops were often not sent with a man on transfer, or ran out in the first days after release

- the prison dental service had a waiting list of more than 14 weeks, and men who were part way through treatment, such as a root canal or a denture, lost their place when they moved

- on release, almost nobody had a dentist, and many had no GP

- men in prison often have very poor oral health, with high rates of decay, gum disease and injuries to the teeth and jaw

- glaucoma and other chronic eye conditions are more common than many people expect, because the prison population is ageing

- two men with advanced glaucoma were found on reception at other prisons to have had no treatment for several weeks

What Follow Through does, since July 2023:

- every man with an eye unit appointment or a course of dental treatment is flagged on the prison's movement list, so that healthcare is told before a transfer or release date

- where possible, the eye unit brings the appointment forward, or the transfer is delayed for a few days for an urgent appointment

- if a man is moved, a transfer summary with the eye or dental plan goes to the receiving prison's healthcare team on the same day, and the eye unit is told the new location so the appointment is rebooked, not cancelled

- on release, men leave with 28 days of eye drops, a letter for their GP and optometrist, and, for dental treatment, a referral to the community dental service's urgent access clinic
"""),
        ("evidence", "What difference it has made", """
We compared July 2022 to June 2023 with July 2023 to June 2024.

- <<Q:eye unit appointments cancelled because the man had moved or been released fell from 87 to 19>>

- <<Q:men arriving at another prison without their glaucoma drops, reported back to us by receiving prisons, went from 23 to 3>>

- <<Q:courses of dental treatment left unfinished at transfer or release dropped from 164 to 71>>

- 412 transfer summaries were sent in the year

- the prison's dental waiting list is now 9 weeks
"""),
        ("stakeholders", "Who was involved", """
- <<S:prison officers in the movements team worked with our administrators to add the healthcare flag to the movement list, and they suggested a daily 10am call between the two offices, which is still happening>>

- <<S:the eye unit's glaucoma secretaries agreed to rebook rather than discharge, and they designed the short form we use to tell them a man's new location>>

- <<S:our dental nurses and the dentist wrote the dental section of the transfer summary after finding that receiving prisons were starting treatment again from the beginning>>

- <<S:pharmacy technicians in the prison pointed out that eye drops were being left in men's cells on transfer, so drops are now packed with the man's property by healthcare>>

- the men in our care are the people this is for

- the prisoner council was told about the changes at its meeting in September 2023

- every man with an eye or dental appointment is given a leaflet explaining what will happen if he is moved

- prisoners were not involved in designing the process, because of security restrictions on sharing movement information

- we plan to train a peer health champion to help men on release find a dentist
"""),
        ("value", "Value", """
- the process uses existing staff in the prison, the healthcare team and the eye unit

- each rebooked appointment avoids a new referral and months of extra waiting

- preventing sight loss in men who are often going back to unstable lives protects their chance of work and independence

- the eye unit now loses fewer clinic slots to men who cannot attend

- prison officers spend less time arranging emergency escorts to hospital for men whose eye or dental problems were allowed to become urgent

- healthcare staff at receiving prisons no longer need to repeat assessments that were already done here
"""),
        ("spread", "Spread", """
- the health and justice commissioners have shared Follow Through with all prisons in the region

- two receiving prisons now send us the same summary when men come the other way

- the community dental service has agreed to keep a small number of urgent slots each week for men released from the prison

- we presented the work at a national prison healthcare conference in 2024

- the eye unit has offered the same rebooking approach to the other two prisons it serves
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1310  hearing aid repairs for housebound people - docx - form table -
#        council sensory support team leader, practical - council with the
#        acute trust's audiology department and a hard of hearing club -
#        users and staff involved - NO evidence section and no measured change
#        anywhere in the entry
# ---------------------------------------------------------------------------
entry(
    id="I1310", format="docx", layout="form_table", topic="housebound_hearing_aid_repairs",
    project="independent82-heardathome-1310", docx_font="Calibri",
    title="Heard at Home: hearing aid repairs and batteries for people who cannot get out",
    cover_table=[
        ("Title of entry", "Heard at Home: hearing aid repairs and batteries for people who cannot get out"),
        ("Lead organisation", "Marlow Fen County Council, Sensory Support Team"),
        ("Partner organisations", "Fenbridge University Hospitals NHS Trust (Audiology); Marlow Fen Hard of Hearing Club"),
        ("Name and role of entrant", "Team Leader, Sensory Support"),
    ],
    primary_entrant=dict(name="Marlow Fen County Council", type="local_authority"),
    partners=[
        dict(name="Fenbridge University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Marlow Fen Hard of Hearing Club", type="patient_group"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and its safety goals.", """
Hearing aids issued by the NHS need new batteries, new tubing every few months and the occasional
repair. For most people that means a walk-in clinic at the hospital or a postal service. For someone who
is housebound, lives alone and has no family nearby, a broken hearing aid can mean weeks or months of
not hearing. Our sensory support officers visit hundreds of such people every year for other reasons and
kept finding hearing aids in drawers, dead or whistling.

People who cannot hear cannot use the phone to call for help, may not hear a smoke alarm or someone at
the door, and can miss what their doctor or care worker is telling them about their medicines. Several
of the people we support had been found to have misunderstood changes to their tablets because they
had not heard what was said, and one man did not hear his smoke alarm when his kitchen caught fire.

The hospital's audiology department could not do home visits except for a small number of people with
complex needs. Its postal repair service relied on people being able to post the aid and manage without
it in the meantime. The county's libraries had offered battery collection points for years, but
people who cannot get out cannot get to the library either.

Heard at Home, which began in 2023, trains our sensory support officers and the council's home library
volunteers to carry spare batteries and tubing, to retube NHS aids on the spot, and to take faulty
aids back to audiology and return them repaired, usually within a week. A loan aid is left in the
meantime where one is available. Any person whose hearing seems to have got worse is referred to
audiology for a home or clinic assessment. The safety goal is simple: nobody who relies on a hearing aid
should be left without one for more than a few days because they cannot get out.

Nobody had set out to leave housebound people without working aids. The problem sat in a gap between
services. Audiology saw its job as fitting and repairing aids for people who could reach it. The council's
sensory support team saw its job as equipment and advice for people with sight and hearing loss, but not
NHS hearing aids, which were the hospital's. The libraries saw batteries as a courtesy. Each of us could
do a small part, and none of us owned the whole.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<P:Members of the Marlow Fen Hard of Hearing Club, several of whom are themselves housebound for part of
the year, told us that what they feared most was being without any aid, which is why a loan aid is now
left during repairs.>> <<P:Club members also wrote the simple instructions that we leave with the loan
aid, in large print and with photos, after finding the hospital's instructions hard to follow.>>

<<S:Audiologists at the hospital trained our officers and volunteers, and after watching the first
sessions they changed the training to include cleaning the microphone ports, which they found was often
the real fault.>> <<S:Home library volunteers asked for a small carry case that fits in their book bag,
and they chose the one we use.>> <<S:The audiology reception team suggested a coloured repair bag so
that aids from home visits are repaired first.>>
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The service uses officers and volunteers who are already visiting people at home. The extra cost is
mainly batteries and tubing, which audiology already supplies free, and the carry cases. A visit to a
housebound person by an audiologist costs far more than a repair carried by a volunteer.

People tell us that being able to hear their visitors, their television and the phone has changed their
week. One woman told her sensory support officer that she had not heard her granddaughter's voice on
the phone for a year. Officers and volunteers say it is satisfying to fix something on the spot.
"""),
        ("spread", "How has the work been shared and spread?", """
The council has added Heard at Home to its home library service across the whole county. The audiology
department is talking to the neighbouring county council about doing the same, and we have shared our
training notes with the regional sensory services network.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1311  transport to macular injection clinics - docx - bullet lists -
#        ambulance service patient transport manager, operational - ambulance
#        service with the eye hospital trust and a community transport charity
#        - patients and staff involved - Q includes a shift on an SPC chart
# ---------------------------------------------------------------------------
entry(
    id="I1311", format="docx", layout="bullet_lists", topic="macular_injection_clinic_transport",
    project="independent82-rightonttime-1311", docx_font="Arial",
    title="Right Eye, Right Time: transport that gets people to their macular injections",
    cover=[
        "Western Shires Ambulance Service NHS Trust (Non-Emergency Patient Transport Service), lead",
        "with Brackley and Shires Eye Hospital NHS Foundation Trust and Shires Rural Community Transport (charity)",
        "Entry from the Patient Transport Service Operations Manager",
    ],
    primary_entrant=dict(name="Western Shires Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Brackley and Shires Eye Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="Shires Rural Community Transport", type="charity"),
    ],
    sections=[
        ("context", "Why we needed to act", """
The eye hospital gives around 1,300 injections a week for wet macular degeneration and related
conditions. Patients need them every four to sixteen weeks, often for years. Most are over 75, and
because they cannot drive with their sight, many rely on our patient transport service or on family.

What was going wrong:

- transport was booked separately for each appointment, often at short notice, and if the booking failed the patient simply did not arrive

- our vehicles arrived late, or took patients home before their injection because the clinic was running behind

- patients who had been eligible for transport were reassessed as not eligible, and then missed appointments because nobody else could take them

- a missed or late injection can mean permanent loss of sight in that eye; the hospital's reviews had found patients who had lost reading vision after a run of missed appointments

- the hospital counted these as 'did not attend' and sometimes discharged people after two

- nobody held the whole picture: the hospital knew about appointments, we knew about journeys, and the community transport charity knew about the patients we had turned away

For many patients the journey had become the worst part of their treatment. Some were collected at 7am for an afternoon appointment and did not get home until after dark.
"""),
        ("evidence", "What has changed", """
Since April 2023:

- transport for the whole course of injections is booked in one go when the treatment plan is made, and changes to the plan update the booking automatically

- a transport liaison officer sits in the eye hospital's injection clinic three days a week and can move a pickup or hold a vehicle

- patients who do not meet our eligibility criteria are offered a seat with the community transport charity, booked by the same team

- any patient who misses an injection because transport did not arrive is rebooked within seven days, not discharged

- the hospital and the ambulance service share a daily list of the next day's injection patients who are travelling with us, so that problems are found the day before rather than on the morning

Results:

- <<Q:missed injection appointments caused by transport problems went from an average of 61 a month in 2022/23 to 14 a month in 2023/24>>

- <<Q:on the hospital's SPC chart of weekly missed appointments for transport reasons, there was a sustained shift below the previous average from the fifth week after the liaison officer started, which has held since>>

- <<Q:patients taken home before their injection because the clinic overran fell from around 20 a month to fewer than two>>

- 9,820 journeys were made by patient transport and 2,150 by community transport in the year
"""),
        ("stakeholders", "Who was involved", """
- <<P:people who use the service met us at the hospital's macular patient group and described waiting three hours for a vehicle after a painful injection; it was their idea that the liaison officer should be able to see clinic delays on a screen, which is what happens now>>

- <<P:a handful of patients kept a travel diary for a month, and what they wrote showed us that most failed journeys started with a phone booking that had never been confirmed>>

- <<S:our crews and control room planners worked with the injection clinic nurses to agree pickup times that match the clinic's actual running times rather than the appointment on the letter>>

- <<S:community transport drivers, who are mostly volunteers, told us they needed the clinic's side door to be open for them to drop people off, and the hospital changed its access arrangements>>

- <<S:clinic receptionists now phone the liaison officer for any patient who has not arrived 20 minutes after their slot, a step they proposed>>
"""),
        ("value", "Value", """
- booking the whole course at once has reduced the time our call handlers spend on repeat bookings

- community transport journeys cost less than an ambulance service vehicle for patients who do not need one

- each injection that is given on time protects sight, and sight loss brings falls, depression and the need for care

- clinic slots that would have been wasted are now used

- crews report fewer tense conversations with patients who have been waiting a long time, which makes for a better day for everyone
"""),
        ("spread", "Spread", """
- the same course booking is being introduced for the hospital's renal dialysis patients next year

- we have shared the liaison officer role description with two other ambulance services

- the integrated care board has included community transport for eye patients in its transport strategy

- the eye hospital is considering placing a second liaison officer in its satellite clinic
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1312  journeys to the dentist for older people in rural villages - pdf -
#        no headings - community transport charity coordinator, friendly -
#        charity on its own, no partner organisation (ineligible) - older
#        people involved - NO staff involvement (drivers trained, one named
#        coordinator doing her job, dental practices sent a letter, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1312", format="pdf", layout="no_headings", topic="rural_older_people_dental_transport",
    project="independent82-smilemiles-1312", pdf_font="DejaVuSans", pdf_align="L",
    title="Smile Miles: getting older people in the Wold villages to the dentist",
    cover=[
        "Entrant: Hesterwold Community Transport (registered charity)",
        "This entry is from our charity alone; we have no formal partner organisation",
        "Written by the Scheme Coordinator",
    ],
    primary_entrant=dict(name="Hesterwold Community Transport", type="charity"),
    partners=[],
    sections=[
        ("context", None, """
Hesterwold Community Transport runs minibuses and a volunteer car scheme for people in 38 villages who
cannot drive or use a bus. Most of our passengers are over 70. For years we mainly took people to the
GP, the hospital and the shops. In 2022 we noticed something we had not seen before: more and more
passengers were asking us to take them to a dentist in a town 30 or 40 miles away, because it was the
only place they could find that would take new NHS patients. The journeys were long and expensive, and
many people gave up.

When people give up on the dentist, things go wrong. Our drivers heard about passengers living on soup
because their dentures no longer fitted, people taking painkillers every day for toothache, and one
gentleman who ended up in hospital with an abscess that had spread into his neck. Several passengers told
us they had pulled out their own loose teeth.

Smile Miles is a booking and transport service just for dental appointments. Passengers ring our office
and we help them find a dental practice taking NHS patients, book the appointment with them, and take
them there and back in a volunteer car at a reduced fare. Where several people in one village need to
go to the same practice, we group them on one minibus trip.

We are a small charity. We have four paid staff and around ninety volunteer drivers, and we have never
thought of ourselves as a health service. But we found that the hardest part of getting dental care in
the Wold villages was not the dentistry, which the practices were willing to do, but the distance, the
phone calls and the confidence to ask.
"""),
        ("evidence", None, """
Since we started Smile Miles in September 2022 we have made 1,248 dental journeys for 486 passengers.
<<Q:When we asked passengers at their first journey, 62% said they had not seen a dentist for more than
two years; a year later, in the same group, that was down to 9%.>> <<Q:The number of passengers who told
our drivers they were in pain from their teeth or dentures when we checked in with them each quarter
fell from 118 in the first quarter to 34 in the most recent one.>>

Our average fare for a dental journey is £8.
"""),
        ("stakeholders", None, """
<<P:We asked passengers at our village coffee mornings what would help, and they told us that finding a
practice was as hard as getting there, which is why our office now does the searching and booking as
well as the driving.>> <<P:Mrs Audrey Tanner, one of our regular passengers, suggested grouping people
from the same village on one minibus, and she now helps us spread the word in Little Hesterwold.>>
<<P:A group of passengers chose the name Smile Miles at a coffee morning vote.>>

All our volunteer drivers were given training on helping passengers with dementia. Our coordinator,
Sandra Whitlock, arranges the bookings as part of her job. The dental practices we use were sent a letter
explaining the scheme. We hope to work with the local dental committee next year.
"""),
        ("value", None, """
The scheme costs us about £21,000 a year, covered by a grant from a local charitable trust and by fares.
Every abscess treated before it spreads, and every person who can eat properly again, is worth much more
than the cost of a journey.
"""),
        ("spread", None, """
We have told two other community transport charities in neighbouring counties about Smile Miles, and one
has started a similar service. We would be happy to share our booking notes with anyone.

Above all, we have learned that a transport charity can do more for people's health than we ever thought.
We would encourage anyone running a similar service to listen to what passengers ask for on the way.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)
