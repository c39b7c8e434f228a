"""One-hundred-and-nineteenth independent evaluation set (I1889..I1904) for the HSJ 'Best
Partnership Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The entries
are meant to be ordinary: the kind of thing GP federations, neuroscience and spinal
centres, hospices, councils, fire services, optometrists, universities and charities send
in, in their own voices and at their own length.  The theme of this set is brain and
nerves: epilepsy and sudden death in epilepsy, head injury and concussion in older people,
stroke rehabilitation at home, motor neurone disease, brain tumours and spinal cord injury.

Topics:
  I1889 people with epilepsy who have dropped out of review and their risk of sudden death
        (primary_care, GP federation; docx bold headings with a cover table)
  I1890 anti-seizure medicines in the first days after arrival in prison (nhs_trust,
        community health in justice service; pdf own headings)
  I1891 older people sent home alone after a head injury (nhs_trust, acute trust emergency
        department; docx numbered questions with cover bullets)
  I1892 concussion after falls mistaken for dementia in older people (university; pdf two
        columns)
  I1893 falls during home exercise in early supported discharge after stroke (nhs_trust,
        community stroke team; docx no headings)
  I1894 medicines after stroke once people are home: swallowing and dual antiplatelets
        (primary_care, local pharmaceutical committee; pdf capital headings)
  I1895 choking and breathlessness crises at home in motor neurone disease (charity,
        hospice; pdf form)
  I1896 oxygen given to people with motor neurone disease in emergencies (private home
        ventilation company as primary entrant; docx sections in an unusual order)
  I1897 steroid side effects in people with brain tumours at home (nhs_trust, neuro-oncology
        service; docx rubric headings)
  I1898 optometrist findings of swollen optic discs and fast-track brain imaging (icb; pdf
        with appendix)
  I1899 seizure medicines after brain tumour surgery (one neurosciences trust's own
        departments, no partner; pdf made from Word, no spread section)
  I1900 assisted cough for people with tetraplegia admitted to general hospitals (nhs_trust,
        spinal injuries centre; docx style headings)
  I1901 getting home safely after spinal cord injury while adaptations wait (local_authority;
        pdf numbered questions, no evidence section)
  I1902 seizures while caring for a newborn: mothers with epilepsy after birth (nhs_trust,
        maternity service; docx lists)
  I1903 older people who fall and hit their head waiting for help at home (emergency_service,
        fire and rescue service; docx form)
  I1904 blood pressure checks at home after stroke (private remote monitoring company as
        primary entrant; pdf lists)

Build it with

    .venv/bin/python data/independent/build.py --set 119   (writes data/corpus/independent119/)

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
    titles, list items), wherever in the entry it is told; a volunteer or peer worker
    with lived experience, employed by a partner, who helped design the work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices, GP federations, primary care networks, local
pharmaceutical committees and local optical committees are primary_care; patients' and
survivors' groups and charity branches run by members are patient_group; hospices and
condition charities are charity; prisons and national public bodies are public_other; a
university is university; integrated care boards are icb; equipment, ventilation and
remote monitoring companies are private).  A department or team of the entrant's own
organisation is not a partner.  Flags are written by hand and build.py cross-checks them
against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1889  people with epilepsy lost to review, SUDEP risk - docx - bold
#        headings with a cover table - GP federation clinical lead, direct -
#        GP federation with the acute trust epilepsy nurses and an epilepsy
#        charity - bereaved families, people with epilepsy and staff
#        involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1889", format="docx", layout="bold_headings", topic="epilepsy_lost_to_review_sudep",
    project="independent119-backinview-1889", docx_font="Calibri",
    title="Back in View: finding people with epilepsy who have slipped out of review",
    cover_table=[
        ("Entry title", "Back in View: finding people with epilepsy who have slipped out of review"),
        ("Lead organisation", "Calverleigh GP Federation"),
        ("Partner organisations", "Calverleigh and Ness Hospitals NHS Foundation Trust (Epilepsy Specialist Nursing Service); The Nightjar Epilepsy Trust"),
        ("Contact", "Dr Hannah Okafor, Clinical Lead for Long-Term Conditions"),
    ],
    primary_entrant=dict(name="Calverleigh GP Federation", type="primary_care"),
    partners=[
        dict(name="Calverleigh and Ness Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="The Nightjar Epilepsy Trust", type="charity"),
    ],
    sections=[
        ("context", "The problem", """
There are about 2,900 adults with epilepsy registered with the 21 practices in our federation. Most of
them are well looked after. A smaller group are not. They were seen in the neurology clinic years ago,
discharged back to their GP, and since then have collected repeat prescriptions without anybody asking
how many seizures they are having, whether they take their tablets, or whether they know that epilepsy
can kill.

Sudden unexpected death in epilepsy, usually called SUDEP, is the commonest cause of death directly
linked to epilepsy. The biggest single risk is having tonic-clonic seizures that are not controlled,
especially at night and especially when the person sleeps alone. Much of that risk can be reduced:
by reviewing treatment, by taking medicines regularly, and by simple measures such as a night-time
monitor or someone nearby who knows what to do.

In 2021 two young men registered with our practices died of SUDEP within four months of each other.
Neither had been reviewed by anyone for more than three years. One had told a receptionist that his
seizures were "a bit more frequent lately" when he asked for an early prescription. Nobody passed it on.

Looking back through their records, we could see how it had happened. Each had been discharged from
the neurology clinic with a letter advising annual review in primary care. The epilepsy review in
general practice had for many years been tied to a payment for recording seizure-free status, and when
that payment ended, so did the reviews in many practices. Prescriptions carried on being issued
automatically. Nobody had made a decision to stop seeing these people; it had simply stopped.

We also found that people who were not reviewed were not a random group. They were more likely to be
young men, to live alone, to work shifts, to have a learning disability or a mental health problem,
and to have had a change in their medicine brand without anyone checking how they got on. In other
words, the people at highest risk of SUDEP were the people least likely to be seen.

<<P:The mother of one of those young men contacted the federation after his death and asked to help, and
her questions, above all "why did nobody ever tell him it could kill him?", shaped what we set out to
do.>> We agreed with the hospital's epilepsy specialist nurses and the Nightjar Epilepsy Trust that we
would find every adult with epilepsy who had not had a review in the last 15 months, offer them one, and
make sure that the conversation about risk actually happened.

The work also had to deal with a quieter problem. Many of the people on our lists had been told about
SUDEP once, at diagnosis, perhaps fifteen years earlier, in a clinic letter they may never have read.
Risk changes over time: a new job with night shifts, a relationship ending and moving to live alone,
drinking more, a change of medicine brand. A conversation held once is not enough, and in general
practice nobody had been given the time or the confidence to hold it again.
"""),
        ("evidence", "What difference has it made?", """
Our pharmacists ran a search in every practice in September 2022 and again every quarter since. The
first search found 612 adults with no epilepsy review in over 15 months, and 148 of them had a record
of a seizure in the last year. Each practice now gets a list every quarter, and the people with recent
seizures are booked first, with a 40-minute appointment with a practice nurse or GP who has done the
federation's epilepsy training.

<<Q:The number of adults with epilepsy in the federation who had not been reviewed for more than 15
months fell from 612 in September 2022 to 171 in September 2024.>> <<Q:Among people seen, the proportion
with a recorded conversation about SUDEP risk went up from 9% to 74%.>> The Nightjar Epilepsy Trust's
risk checklist is now completed at every review.

<<Q:Emergency department attendances for seizures among the 148 people with recent seizures went down
from 97 in the year before their review to 58 in the year after.>> The epilepsy nurses have taken 83
referrals from practices for people whose treatment needed specialist advice, most of whom would
previously have waited for a routine neurology appointment.

There have been no SUDEP deaths in people who have had a Back in View review. We know that the numbers
are small and that SUDEP is rare, so we do not claim this is proof of anything on its own.
"""),
        ("stakeholders", "Who took part", """
<<P:Eight people with epilepsy, recruited through the Nightjar Epilepsy Trust's local support group,
read our invitation letter and told us it sounded like a telling-off, so they rewrote it in their own
words.>> <<P:They also asked that the review offer a phone option first, because many of them cannot
drive and the bus to some surgeries takes an hour, and that is how we now start.>> <<P:Two bereaved
families spoke at our first training day and helped us write the part of the review that covers SUDEP,
including the words the nurse uses to begin that conversation.>>

<<S:Practice nurses told us the existing review template was a tick-box exercise and worked with the
epilepsy specialist nurses to rebuild it around four questions: how many seizures, what kind, when, and
who is there.>> <<S:Reception teams in three practices suggested a pop-up on the prescription screen for
anyone asking for an early epilepsy prescription, and the pharmacists built it.>> <<S:The federation's
clinical pharmacists tested the search in two practices and changed it after finding it missed people
coded only as having 'seizures'.>>
"""),
        ("value", "Value for money", """
The work is paid for from the federation's long-term conditions budget and a grant of £18,000 from the
Nightjar Epilepsy Trust for training and materials. The searches cost nothing but pharmacist time.

Training a practice nurse to hold an epilepsy review, including the SUDEP conversation, takes one day,
followed by two supervised clinics with an epilepsy specialist nurse. So far 46 nurses and GPs across
the federation have been trained, at a cost of around £300 each including backfill.

Each avoided emergency attendance saves around £350 and each avoided admission far more. But the real
value is harder to count. People told us they had never been asked about their seizures at night, and
several now use a bed monitor or have changed who they live with or how they sleep.
"""),
        ("spread", "Sharing the learning", """
The search, the review template and the invitation letter have been shared with the other two GP
federations in the integrated care system, and one has started using them. The Nightjar Epilepsy Trust
is offering the training day to practices in two other counties. We presented the work at the regional
neurology network meeting in March 2024.

We have learned that the searches are the easy part. What makes the difference is a trained clinician
with enough time, a template that asks the right questions, and a clear route to specialist advice
when the answers are worrying. We would encourage any federation or primary care network to start by
running the search and looking hard at the names that come back. Many of them will be people nobody
in the practice has spoken to in years.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1890  anti-seizure medicines on arrival in prison - pdf - own headings -
#        health in justice service manager, procedural - community trust with
#        the prison and an epilepsy charity - staff involved - NO patient
#        involvement (men given leaflets, a survey that changed nothing, a
#        plan, a negation)
# ---------------------------------------------------------------------------
entry(
    id="I1890", format="pdf", layout="own_headings", topic="prison_reception_antiseizure_medicines",
    project="independent119-firstnight-1890", pdf_font="LiberationSans", pdf_align="L",
    title="First Night, First Dose: keeping anti-seizure medicines going when people arrive in prison",
    cover=[
        "Lead organisation: Fernhollow Community Health NHS Trust, Health in Justice Service",
        "Partners: HMP Ashgrove; The Westmere Epilepsy Society",
        "Entry prepared by the Head of Healthcare, HMP Ashgrove",
    ],
    primary_entrant=dict(name="Fernhollow Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="HMP Ashgrove", type="public_other"),
        dict(name="The Westmere Epilepsy Society", type="charity"),
    ],
    sections=[
        ("context", "Background", """
HMP Ashgrove is a local reception prison holding about 1,100 men. Around 80 new men arrive from the
courts every week, often late in the evening, and many have come from police custody where they may
have missed doses of their usual medicines. Between 1% and 2% of them have epilepsy.

For someone with epilepsy, the first nights in prison are dangerous. Anti-seizure medicines need to be
taken regularly, and missing even one or two doses can bring on a seizure. Sleep is broken, stress is
high and alcohol or drug withdrawal can add to the risk. A seizure in a locked cell at night may not be
seen by anyone until the morning unlock.

Before this project, a man arriving with epilepsy would be seen by a reception nurse, who recorded his
medicines as best he could remember them. The prescription then had to be confirmed with his GP, which
could not happen until the next working day, and supplies had to be ordered from the pharmacy, which
could take up to three days. Men arriving on a Friday evening could go until Tuesday without their
medicines.

In 2022 the prison had two deaths in custody that involved epilepsy. In one, a man of 29 had a seizure
in his cell on his second night and was found unresponsive at unlock. He had not had his lamotrigine
since his arrest, three days earlier. The prisons and probation ombudsman's report was clear that the
delay in getting his medicines was a factor.

Epilepsy is not the only condition affected by delays in reception, but it is one where a missed dose
can turn into an emergency within hours. It is also a condition that is easily overlooked: men may not
mention it, may be embarrassed about it, or may have had their medicines taken from them at the police
station and not returned. Records from GPs are often incomplete, and some men have not been registered
with a GP for years.

The healthcare team, the prison and the Westmere Epilepsy Society agreed in late 2022 that the answer
had to cover the whole of the first week: the reception interview, the first dose, where the man
sleeps, what officers on the night shift know and what happens if he has a seizure.
"""),
        ("evidence", "Results", """
First Night, First Dose began in January 2023. The reception nurse now asks every new arrival about
seizures using five screening questions. If epilepsy is confirmed or strongly suspected, the nurse
checks the national summary care record straight away to see the current prescription, and gives the
first dose from a stock of the eight most commonly used anti-seizure medicines now kept in reception.
The man is placed on the first night centre in a cell with an observation panel and a bed alarm, and
his name goes on the night officers' handover sheet.

<<Q:The proportion of men with epilepsy who missed at least one dose of their anti-seizure medicine in
their first 72 hours in custody fell from 41% in 2022 to 8% in 2024.>> <<Q:Seizures recorded during
the first week in custody fell from 23 in 2022 to 6 in 2024, while the number of men arriving with
epilepsy stayed about the same.>>

<<Q:Ambulance call-outs to the prison for seizures dropped by more than half, from 31 to 14.>> There
have been no deaths in custody involving epilepsy since the project started.

The pharmacy team checks the reception stock weekly, and the Head of Healthcare reviews every seizure
on the wing at the monthly medicines safety meeting.
"""),
        ("stakeholders", "Involving people", """
<<S:Reception nurses designed the five screening questions themselves, after pointing out that men
often say 'no' when asked 'do you have epilepsy?' but 'yes' when asked 'have you ever had a fit?'.>>
<<S:Night-shift prison officers asked for the handover sheet to show what a seizure looks like and what
to do, and they tested three versions on the first night centre before choosing one.>> <<S:The prison's
pharmacy technicians worked out which eight medicines to stock by going through two years of
prescriptions with the Westmere Epilepsy Society's nurse adviser.>>

Every man with epilepsy is given a leaflet about the night-time arrangements and how to use the bed
alarm. We asked 36 men on the wing to fill in a feedback form in 2023; the answers were positive and we
did not need to make changes. Prisoners were not part of the project group, partly because of the
short time most men spend with us on remand. We plan to ask the prison council to look at the leaflet
next year.
"""),
        ("value", "Value", """
The reception stock costs about £1,200 a year to keep, including medicines that go out of date. Each
ambulance call-out to the prison also needs two officers to escort the man to hospital, at a cost of
several hundred pounds a shift, so the fall in call-outs has saved more than the stock costs. More
importantly, a seizure in a cell at night is one of the most frightening things that can happen in
prison, for the man himself and for the officers who find him.
"""),
        ("spread", "Spread", """
The trust provides healthcare in four other prisons and the approach is being introduced in all of them
during 2025. We have shared the screening questions and the stock list with the national health and
justice clinical network. The Westmere Epilepsy Society has written the work up as a short guide for
prison healthcare teams.

The hardest part has been keeping the reception stock in date and in the right place, in a busy
reception area where staff change often. The weekly pharmacy check has solved most of that. We would
advise any prison healthcare team thinking of doing the same to start with the stock and the night
handover sheet, because those two things make the most difference in the first 72 hours.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1891  older people sent home alone after a head injury - docx - numbered
#        questions with cover bullets - ED consultant, warm - acute trust with
#        the council's reablement service and an older people's charity -
#        older people (passive voice) and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1891", format="docx", layout="numbered_questions", topic="older_people_head_injury_discharge_alone",
    project="independent119-firstfortyeight-1891", docx_font="Arial",
    title="The First Forty-Eight: making it safe for older people to go home after a head injury",
    cover=[
        "Submitted by Pellingford Hospitals NHS Trust, Emergency Department",
    ],
    cover_bullets=[
        "Partner: Pellingford Borough Council, Reablement and Home from Hospital Service",
        "Partner: Pellingford Later Life (registered charity)",
        "Entry written by Dr Simon Achebe, Consultant in Emergency Medicine",
    ],
    primary_entrant=dict(name="Pellingford Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Pellingford Borough Council", type="local_authority"),
        dict(name="Pellingford Later Life", type="charity"),
    ],
    sections=[
        ("context", "1. What was the problem, and why did it need a partnership?", """
Every week our emergency department sees around 60 people over 75 who have hit their head, usually in a
fall at home. Most have a scan and most scans are clear, and so most of them go home. That is the right
thing. But the standard advice we gave them, a sheet that said a responsible adult should stay with you
for the next 24 hours, was written for a young rugby player, not for a widow of 86 who lives alone.

Older people, especially those on blood thinners, can bleed slowly inside the skull after a head injury
that looked minor at first. The signs, such as growing confusion, drowsiness, headache or vomiting, can
take a day or two to appear, and someone who lives alone may not notice them in themselves. We found
that many of our patients went home to nobody. Some were told to ring a relative who lived 200 miles
away. Some were kept in overnight just because there was no one at home, which meant a trolley in the
corridor and a high chance of delirium.

In 2022 a man of 81 went home alone at 2am after a fall with a normal scan. He was found by his daughter
36 hours later, confused and on the floor, with a subdural haematoma that had not been visible on the
first scan. He survived but did not go home again. That case made us see that the problem was not in
the hospital but in the hours after the person leaves it, and that we could not solve it alone.

The national guidance on head injury tells us who to scan and when. It says very little about what
happens to an older person after a normal scan, other than that someone should keep an eye on them.
For a growing number of our patients there is nobody to do that. The council already ran a Home from
Hospital service for people leaving wards, and Pellingford Later Life already phoned lonely older
people every week. What was missing was a link between them and our department, open in the evening
and at night, when most of our older patients with head injuries are ready to leave.
"""),
        ("evidence", "2. What evidence do you have that it has worked?", """
Since February 2023 every older person going home after a head injury is asked, "Who will be with you
tonight and tomorrow?" If the answer is nobody, the department rings the council's Home from Hospital
team, who can provide a reablement worker to visit that evening and twice the next day, and
Pellingford Later Life, whose volunteers make a check-in phone call on the second and third days. Both
follow a short checklist of warning signs and know exactly who to call.

<<Q:The number of older people with a minor head injury kept in overnight only because they lived alone
fell from an average of 22 a month in 2022 to 7 a month in 2024.>> <<Q:The median time from a delayed
bleed starting to cause symptoms to the person being back in hospital, in the cases we reviewed, went
down from 31 hours to 9 hours.>> Over the same period 1,406 people received a visit or a call.

<<Q:The proportion of older people leaving after a head injury with a named person recorded for the
first 48 hours rose from 38% to 93%.>> Fourteen people have been brought back by the visiting worker or
volunteer with signs of a bleed, and all fourteen had a second scan within two hours of arriving.
"""),
        ("spread", "3. How has the learning been spread?", """
The council has asked us to share the approach with the two other acute hospitals that discharge
patients into the borough, and one of them started in September 2024. Pellingford Later Life has
trained volunteers in a neighbouring charity. The advice leaflet is available for any trust to use.
"""),
        ("value", "4. What has been the impact on staff and patients, and value for money?", """
An overnight stay on an acute ward costs around £400. Avoiding around 15 such stays a month more than
pays for the extra reablement visits, which the council provides from its existing hospital discharge
funding. The volunteers' calls cost the charity about £3 each.

Older people and their families have told us that going home to their own bed with someone coming in
is far better than a night on a trolley. For the department, it has taken away a difficult decision
that often had to be made at 3am.

There have been costs of a different kind. Some evenings the reablement service has had no one free,
and we have had to keep a person in overnight after all. The charity's volunteers needed more support
than we expected in the first months, because some calls were upsetting. We now have a named nurse on
each shift who takes calls from the visiting workers and the volunteers, and a debrief session every
month for anyone who has had a difficult call.
"""),
        ("stakeholders", "5. How were patients, carers and staff involved?", """
<<P:The new head injury advice sheet was rewritten, line by line, by a group of five older people who had
themselves been sent home from our department after a fall, brought together by Pellingford Later
Life.>> <<P:At their suggestion the sheet now has large print, a tear-off card for the fridge and a
single number to ring, rather than three.>> <<P:The check-in call script was tested by volunteers with
members of the charity's lunch club, who told us the questions sounded like a quiz and should be asked
as part of an ordinary chat.>>

<<S:Emergency department nurses pointed out that the question about who would be at home was being
asked at triage, hours before discharge, when the answer might change, so it was moved to the discharge
checklist.>> <<S:Reablement workers helped draw up their own checklist of warning signs, and asked for a
direct line to the department's nurse in charge, which they now have.>> <<S:Radiographers and the
department's pharmacist agreed with us which patients on blood thinners should have a repeat scan.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1892  concussion after falls mistaken for dementia - pdf - two columns -
#        university senior lecturer, academic - university with the memory
#        assessment service and an older people's forum - forum members and
#        staff involved - NO quantitative evidence (people screened, staff
#        trained, a single audit figure, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1892", format="pdf", layout="two_column", topic="post_concussion_older_people_memory_clinic",
    project="independent119-askaboutthefall-1892", pdf_font="LiberationSerif",
    title="Ask About the Fall: recognising concussion in older people referred to memory services",
    cover=[
        "University of Marlcaster, School of Health and Social Care (lead), with Marlcaster Mental Health NHS Trust (Memory Assessment Service) and the Silverleaf Older People's Forum",
        "Entry by Dr Ruth Vasquez, Senior Lecturer in Older People's Health",
    ],
    primary_entrant=dict(name="University of Marlcaster", type="university"),
    partners=[
        dict(name="Marlcaster Mental Health NHS Trust", type="nhs_trust"),
        dict(name="Silverleaf Older People's Forum", type="patient_group"),
    ],
    sections=[
        ("context", "Why this mattered", """
Concussion is usually thought of as a sports injury. Yet the age group with the highest rate of
traumatic brain injury in England is people over 75, and most of those injuries come from falls at
home. After a blow to the head an older person may become forgetful, slow, muddled, tired and low in
mood for weeks or months. Those are also the symptoms that lead a GP to refer someone to a memory
clinic.

Our research group, which studies brain injury in later life, reviewed 200 consecutive referrals to
the Marlcaster Memory Assessment Service in 2022. In 27 of them a fall with a head injury had happened
in the three months before the memory problems were noticed. In only four of those 27 had the fall
been mentioned in the GP's referral letter. Several of the people had been given a diagnosis of
dementia, and one had been started on a dementia medicine, before anyone connected the two.

This matters for safety. An older person with concussion who is wrongly told they have dementia may
lose their confidence, their driving licence or their independence, and their real needs, such as a
check for a slow bleed, a review of their blood thinners or a falls assessment, may be missed. And the
fall that caused the injury may happen again.

The link between head injury and memory problems in later life is not new to researchers, but it had
not reached everyday practice. Memory clinic referral forms did not ask about falls. GP referral
letters focused on the memory problem and the family's worries. Assessment tools used in memory clinics
are designed to pick up dementia, not the pattern of slowed thinking, poor concentration and fatigue
that follows concussion, which often improves over weeks or months.

The university had the research evidence and the expertise to train staff. The memory service had the
patients and the clinical responsibility. The forum brought the view of older people themselves, many
of whom had lived through falls and their after-effects.
"""),
        ("evidence", "What we have found so far", """
Since April 2023 every referral to the memory service has been screened by a nurse using three
questions about falls and head injuries in the past six months. In the first 18 months, 1,873
referrals were screened and 164 people were found to have had a recent head injury.

Those 164 were offered a concussion-focused assessment by a nurse trained by the university, a review
of any anticoagulant medicine, and a referral to the falls service. Of the 164, 61 were referred back
to their GP for a scan or a medicines review. Memory assessment was postponed for 12 weeks for 58
people whose symptoms were thought more likely to be from concussion.

By the end of the period 96 memory nurses, doctors and support workers had completed the university's
training module. A case note audit in June 2024 found the screening questions had been asked in 87% of
new referrals; our target is 95%. We are now following the 164 people up for a year to see how many go
on to be diagnosed with dementia.
"""),
        ("stakeholders", "Who was involved", """
<<P:Members of the Silverleaf Older People's Forum were part of the project from the start, and it was
a forum member who first told us that her 'dementia' had turned out to be the after-effects of a fall
in her garden.>> <<P:Forum members wrote the three screening questions with us, replacing the word
'concussion', which they said older people do not use about themselves, with 'a knock to the
head'.>> <<P:They also made the short film that memory nurses now show to families.>>

<<S:Memory nurses tested the screening questions over two months and asked us to add 'in the last six
months' because people kept telling them about falls from many years ago.>> <<S:Consultant
psychiatrists and old age medicine doctors from the trust agreed with the research team when a
memory assessment should be put on hold, and they changed the clinic's letter to GPs.>>
"""),
        ("value", "Value", """
The screening questions take about a minute. The training module was paid for from a university
knowledge exchange grant of £24,000, and is free to other services. A dementia diagnosis made in error
carries costs that are hard to count: unnecessary medicines, clinic appointments, and, more than
anything, the distress of the person and their family.
"""),
        ("spread", "Spread", """
The screening questions have been adopted by two other memory services in the region, and we have
published them with the training module on the university's website. We presented our findings at
the national memory services conference in 2024 and have submitted a paper for publication.

We have been careful not to claim too much. Some of the people whose memory assessment was postponed
will turn out to have dementia as well as, or instead of, the after-effects of a head injury. The
follow-up study will tell us more. But we are confident that asking about the fall is the right thing
to do, and that it is safe, because anyone whose symptoms get worse during the 12 weeks is seen
straight away.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1893  falls during home exercise in stroke early supported discharge -
#        docx - no headings - physiotherapist team lead, personal - community
#        trust with a stroke survivors' club and the council's reablement
#        service - stroke survivors involved - NO staff involvement (the
#        author doing her job, workers trained, therapists sent the sheet, a
#        plan)
# ---------------------------------------------------------------------------
entry(
    id="I1893", format="docx", layout="no_headings", topic="stroke_esd_home_exercise_falls",
    project="independent119-steadysteps-1893", docx_font="Georgia",
    title="Steady Steps: safer home exercise in the first weeks after a stroke",
    cover=[
        "Brackenmoor Community NHS Trust, Stroke Early Supported Discharge Team, working with the Brackenmoor Stroke Survivors' Club and Brackenmoor County Council (Reablement Service)",
        "Written by Niamh Calloway, Physiotherapist and Team Lead",
    ],
    primary_entrant=dict(name="Brackenmoor Community NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Brackenmoor Stroke Survivors' Club", type="patient_group"),
        dict(name="Brackenmoor County Council", type="local_authority"),
    ],
    sections=[
        ("context", None, """
When someone goes home from hospital soon after a stroke, our team carries on their rehabilitation in
their own home. We visit up to five times a week for the first six weeks. Between our visits we leave
people with exercises to do on their own or with a family member, because practice is what helps the
brain to recover. The more they do, the better.

The trouble is that a good deal of that practice happens standing up, and a person a few weeks after a
stroke often has a weak leg, poor balance and problems judging where their body is in space. They may
also have lost some of their awareness of one side. I started to notice, two or three years ago, that
several of the falls our patients had at home happened while they were doing their exercises. Some
were minor. One man fractured his wrist reaching for the worktop he had been told to hold on to. A
woman fell backwards doing a sit-to-stand practice from a low sofa and spent an hour on the floor
before her husband came home.

Our exercise sheets were the same ones we had used for years: small line drawings, written
instructions and a number of repetitions. They assumed that the person could read them, remember them
and set up their room safely. Most of our patients have some problem with reading, memory, vision or
attention after their stroke, and many live with a partner who is frightened of doing the wrong thing.

Nobody wants to give less exercise. The evidence that intensive, repeated practice helps people recover
after a stroke is strong, and the early weeks at home are when the brain is most ready to relearn.
The answer had to be to make practice safer, not to do less of it. That meant thinking about the
room as well as the exercise: the height of the chair, the rug by the bed, the position of the
worktop, the lighting in the hall, and who else is in the house at the time.
"""),
        ("stakeholders", None, """
<<P:I took the sheets to the Brackenmoor Stroke Survivors' Club and asked the members what they made of
them, and they were blunt: too many words, pictures of people who looked nothing like them, and no idea
what to do if they felt wobbly.>> <<P:Over four meetings, club members worked out with me a new set of
'exercise stations', each one set up in a safe spot in the person's own home, with a photo of the
person themselves doing the exercise on their first visit.>> <<P:Two members who had fallen at home
during their own rehabilitation suggested the 'stop card', a red card at each station that says what to
do if you feel dizzy, and a partner of one member rewrote the carers' guide.>>

As team lead, I drafted the safety checklist that our physiotherapists and occupational therapists now
use on the first visit, based on the falls reviews I carried out. Reablement workers from the council
were trained to check the exercise stations when they call. The whole team was sent the new materials
and a short guide in June 2023. We plan to ask the therapists what they think of the new system at our
away day next spring.
"""),
        ("evidence", None, """
We started using Steady Steps with everyone who joined our caseload from July 2023. We keep a record of
every fall reported to us by a patient or family.

<<Q:In the twelve months before Steady Steps, 21 of the falls reported by our patients happened during
exercise; in the twelve months after, 8 did, with a similar number of patients on the caseload.>>
<<Q:Falls needing an ambulance or a visit to the emergency department during the six-week programme fell
from 14 to 5.>> The team made 6,140 home visits in the year and set up 1,190 exercise stations.

We were worried that people might do less exercise if they were more careful. <<Q:In fact, the average
number of practice sessions people recorded in their diaries went up from 6 a week to 11 a week.>>
"""),
        ("value", None, """
The new materials cost very little: a printer, laminated cards and a camera on the team's tablets. A
fall that breaks a hip after a stroke can cost the health and care system over £20,000 and can end the
person's hope of living independently.

Patients and families say they feel safer and more confident. One wife told me she no longer hovers in
the doorway, terrified, while her husband does his standing practice.
"""),
        ("spread", None, """
The trust's other two stroke teams have started using Steady Steps, and I have shared the materials
through the regional stroke network. The council has asked whether the same approach could be used in
its general reablement service for people after a fall or a hip fracture.

If I were starting again, I would have gone to the club sooner. For years we had tried to solve the
problem by writing better instructions, and the answer turned out to be fewer words, better pictures
and a plan for when things go wrong. The exercise stations take about twenty minutes longer to set up
on the first visit, but they save time later, because people and their families know what they are
doing and ring us less often with worries.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1894  medicines after stroke at home: swallowing and dual antiplatelets -
#        pdf - capital headings - LPC chief officer, brisk - LPC with the
#        acute trust's stroke unit and the ICB - an aphasia group (unusual
#        name) and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1894", format="pdf", layout="caps_headings", topic="stroke_medicines_community_pharmacy",
    project="independent119-rightdose-1894", pdf_font="DejaVuSans", pdf_align="L",
    title="Right Dose, Right Form: community pharmacy checks after stroke",
    cover=[
        "Lead: Ashcombe and Tarn Local Pharmaceutical Committee",
        "Partners: Ashcombe General Hospital NHS Trust (Hyper-Acute and Stroke Rehabilitation Units); NHS Ashcombe and Tarn Integrated Care Board",
        "Author: Chief Officer, Ashcombe and Tarn LPC",
    ],
    primary_entrant=dict(name="Ashcombe and Tarn Local Pharmaceutical Committee", type="primary_care"),
    partners=[
        dict(name="Ashcombe General Hospital NHS Trust", type="nhs_trust"),
        dict(name="NHS Ashcombe and Tarn Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
People leave hospital after a stroke on several new medicines at once: usually a blood thinner or two,
a statin, and something for blood pressure. Two things kept going wrong once they got home.

First, swallowing. About four in ten people have problems swallowing after a stroke. In hospital a
speech and language therapist decides whether tablets can be swallowed whole, crushed or need to be
changed to a liquid. That advice often did not travel with the prescription. Families were crushing
tablets that must not be crushed, or the person was struggling with large tablets and quietly leaving
them out.

Second, the aspirin and clopidogrel trap. Many people are started on both for a short period after a
minor stroke or TIA, usually 21 days, then move to clopidogrel alone. If the stop date is missed, and it
often was, the person carries on taking both for months, with a much higher risk of bleeding. Community
pharmacists were seeing these prescriptions every month but had no way of knowing the plan.

A review by the integrated care board in 2022 found that both problems were common and had each led to
harm: a man admitted with a stomach bleed after five months on dual treatment, and a woman who choked
on a large tablet her daughter had been told to give whole.

Neither problem was anyone's fault. Hospital discharge letters are long, and the stop date for aspirin
was often buried in a paragraph of text. Swallowing advice was written in the speech and language
therapy notes, which GPs and community pharmacists cannot see. GPs were issuing repeat prescriptions in
good faith, and pharmacists were dispensing them. What was needed was a way to get two small pieces of
information from the stroke unit to the person handing over the medicines every month.
"""),
        ("evidence", "WHAT HAS CHANGED", """
Since March 2023 the stroke units send an electronic referral to the patient's chosen community
pharmacy on the day of discharge, using the existing discharge medicines service. It includes the
swallowing advice in plain words and, where relevant, the date the aspirin must stop. The pharmacist
calls or sees the person within a week and again at day 21.

<<Q:The proportion of people still taking both aspirin and clopidogrel more than 28 days after a minor
stroke or TIA, when the plan was to stop, fell from 31% in a 2022 audit of GP records to 6% in the same
audit repeated in 2024.>> <<Q:Reports to the pharmacy of tablets being crushed against advice, or left
out because they could not be swallowed, went down by about two thirds between the first and the
fourth quarter of the service.>>

In its first 18 months, 1,214 referrals were sent to 96 pharmacies, and 88% were completed. Pharmacists
have made 402 recommendations to GPs, most often to change a tablet to a liquid or soluble form.

The service has also picked up problems we had not expected: people given two boxes of the same
statin under different brand names, blood pressure tablets stopped in hospital but still on the repeat
list, and people who had not collected any medicines at all since discharge. Each was sorted out by
the pharmacist with the GP practice.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<P:The Tuesday Talkback group, a weekly meet-up for people with aphasia after stroke run at the
hospital's day unit, looked at the first version of the pharmacy leaflet and told us it was unreadable
for anyone with aphasia.>> <<P:Its members chose the pictures and the large-print layout of the
medicine chart that every patient now takes home, and asked for a space where the pharmacist writes
the date the aspirin stops in big red figures.>>

<<S:Community pharmacists on the LPC's clinical subgroup wrote the day 21 call script and tested it in
six pharmacies before it was rolled out.>> <<S:Speech and language therapists on the stroke unit
changed the way they record swallowing advice after pharmacists told them that 'modified' could mean
several different things.>> <<S:The ICB's medicines optimisation team and GP practice pharmacists
agreed how a recommendation from a community pharmacist is actioned in the practice within five working
days.>>
"""),
        ("value", "VALUE", """
The discharge medicines service is already commissioned nationally, so the pharmacies are paid for
each completed referral at the standard rate. The extra cost is the day 21 call, which the ICB funds at
£12 each. A single gastrointestinal bleed admission costs several thousand pounds.

For the pharmacists, the service has been a chance to use their clinical skills with a group of
patients they often felt unable to help, because they did not know the plan. Several pharmacies now
keep a note of the stroke survivors they support and check on them when they come in.
"""),
        ("spread", "SPREAD", """
The neighbouring LPC has started the same referral route with its stroke unit, and the ICB has asked
us to extend it to people discharged after heart attacks, who have a similar dual antiplatelet plan.

The main lesson for others is that the national discharge medicines service can carry far more than a
list of medicines. With a few extra lines, agreed between the hospital and the pharmacies, it can carry
the information that keeps people safe once they are home.
The pictorial medicine chart has been adopted by the trust for all patients with aphasia, whatever
their condition.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1895  choking and breathlessness crises at home in MND - pdf - form -
#        hospice director of care, compassionate - hospice with the ambulance
#        service and an MND association branch - a carer named in the context
#        section, members and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1895", format="pdf", layout="form_table", topic="mnd_choking_crisis_home",
    project="independent119-breathingspace-1895", pdf_font="LiberationSans",
    title="Breathing Space: planning for choking and breathlessness crises at home in motor neurone disease",
    cover_table=[
        ("Entry title", "Breathing Space: planning for choking and breathlessness crises at home in motor neurone disease"),
        ("Lead organisation", "St Brannoc's Hospice, Tarnside"),
        ("Partners", "Fellside Ambulance Service NHS Trust; Tarnside and Lune MND Association Branch"),
        ("Submitted by", "Director of Patient and Family Services, St Brannoc's Hospice"),
    ],
    primary_entrant=dict(name="St Brannoc's Hospice", type="charity"),
    partners=[
        dict(name="Fellside Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Tarnside and Lune MND Association Branch", type="patient_group"),
    ],
    sections=[
        ("context", "Describe the problem and why a partnership was needed", """
Motor neurone disease weakens the muscles used for swallowing, coughing and breathing. As it
progresses, many people have sudden episodes of choking on saliva or food, or of severe breathlessness,
often at night. These episodes are terrifying for the person and for the family, who usually ring 999.

When we looked at what happened next, we did not like what we found. Ambulance crews arriving at a
house in the middle of the night often knew nothing about the person's condition or their wishes. They
would give high-flow oxygen, which can be dangerous for someone with weak breathing muscles, and take
the person to an emergency department, where some waited hours on a trolley. Several people who had
said clearly that they wanted to die at home died in hospital after such an episode. Families told us
they had not known what else to do.

<<P:Claire Benham, whose husband Ian lived with MND for four years until 2022, came to us after his
death and joined the project group as a full member, bringing with her the night of Ian's last
admission and the question she kept asking: "why did nobody tell us there was another way?">>

The hospice community team, the ambulance service and the MND Association branch each held a part of
the answer. The hospice could plan and prescribe, the ambulance service could make sure crews knew the
plan, and the branch knew the families.

We also knew that any plan would only work if it was made early, while the person could still speak
and write and tell us what they wanted. Many people with MND lose their speech long before the end of
their illness. Plans made in a crisis, at 2am, are rarely plans at all.
"""),
        ("evidence", "What evidence is there of improvement?", """
Since June 2023 everyone with MND known to the hospice is offered a Breathing Space plan once their
swallowing or breathing starts to be affected. It includes a 'just in case' box with medicines to
relieve breathlessness and distress, a suction machine where needed, a written plan for the family, and
a flag on the ambulance service's system so that crews see the plan when a call comes in. Families have
a direct number for the hospice's 24-hour advice line.

In 18 months, 74 people have had a plan. <<Q:Among people with MND who died, the proportion who died in
the place they had chosen rose from 48% in the two years before Breathing Space to 81% in the 18 months
since.>> <<Q:999 calls for choking or breathlessness in people with MND that ended in a trip to
hospital fell from 29 in the year before to 11 in the first full year.>>

<<Q:The ambulance service's audit found that high-flow oxygen was given to people with MND without
checking their plan in 9 of 15 reviewed calls in 2022 and in 1 of 14 in 2024.>>
"""),
        ("stakeholders", "How were patients, carers and staff involved?", """
<<P:Branch members living with MND tested the family plan at home and told us it needed to fit on one
side of paper, to be kept on the fridge next to the suction machine, and so it does.>> <<P:Carers in the
branch's monthly support group practised with the just in case box with our nurses and asked for a
picture guide showing how to hold the person and clear their mouth, which they then helped to
photograph.>>

<<S:Paramedics and emergency call handlers from the ambulance service took part in three workshops and
designed the wording of the flag that appears on screen, asking for it to say what to do first, not
just the diagnosis.>> <<S:Hospice nurses on the night advice line asked to be able to see the same plan
as the crews, which led to the shared record we now use.>> <<S:The hospice's palliative care
consultants and the ambulance service's clinical lead for end of life care agreed the medicines in the
box together.>>
"""),
        ("value", "Impact on patients, staff and value for money", """
A just in case box costs around £90 and a suction machine about £250, lent by the hospice. Each avoided
admission saves the NHS an emergency department visit and, often, several days on a ward. More than
that, people are dying where they want to, with their family, and not in a corridor.

The 24-hour advice line was already run by the hospice for all its patients. Breathing Space has added
about five calls a week from families of people with MND, and the nurses on the line say these calls
are often shorter and calmer than before, because the family already has a plan in front of them.

Crews have told us that having a plan takes away an impossible decision in the middle of the night.
"""),
        ("spread", "How has the work been shared or spread?", """
The ambulance service covers two other hospices and both have adopted the Breathing Space plan. The MND
Association branch has shared the family plan with branches across the north of England. We presented
the project at the national hospice conference in 2024.

What we have learned is that a plan only works if everyone who might walk through the door at night
can see it and trusts it. A document in a drawer at home is not enough; nor is a note on the hospice
record that the ambulance crew cannot open. The shared flag, the one-page family plan and the 24-hour
line work together, and we would not recommend trying one without the others.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1896  oxygen given to people with MND in emergencies - docx - reordered
#        sections - PRIVATE home ventilation company as primary entrant, with
#        two acute trusts and the ambulance service (ineligible) - clinical
#        services director, corporate - staff involved - NO patient
#        involvement (alert cards handed out, a survey, beneficiaries, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1896", format="docx", layout="reordered", topic="mnd_oxygen_emergency_alert",
    project="independent119-checkthemask-1896", docx_font="Calibri",
    title="Check the Card: safer oxygen for people with motor neurone disease in an emergency",
    cover=[
        "Primary entrant: Aeris Home Ventilation Ltd",
        "In partnership with Northbrook University Hospitals NHS Foundation Trust, Kelham Valley Hospitals NHS Trust and Midshires Ambulance Service NHS Trust",
        "Contact: Director of Clinical Services, Aeris Home Ventilation Ltd",
    ],
    primary_entrant=dict(name="Aeris Home Ventilation Ltd", type="private"),
    partners=[
        dict(name="Northbrook University Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Kelham Valley Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Midshires Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("evidence", "Results", """
Check the Card went live across both hospital trusts and the ambulance service in January 2023. Each card shows the person's diagnosis, the safe oxygen saturation range agreed by their consultant,
their usual ventilator settings and mask type, and our 24-hour helpline number. A matching flag is held
on the ambulance service's system and on both hospitals' emergency department records.

<<Q:In the twelve months before launch, 17 people with MND arriving at the two emergency departments had
a blood gas showing dangerous carbon dioxide retention after oxygen was given without a target range; in
the twelve months after, there were 4.>> <<Q:The proportion of people with MND brought to hospital whose
own ventilator and mask came with them rose from 35% to 82%.>> <<Q:Admissions to intensive care for
people with MND in respiratory crisis fell by a third across the two trusts.>>

We have issued 312 alert cards, and every person on our home ventilation service now has one. Our
24-hour technical helpline took 146 calls from ambulance crews and emergency departments during the
year.
"""),
        ("context", "Background", """
Aeris Home Ventilation provides non-invasive ventilation machines, masks and technical support at home
to around 1,400 people across the Midshires, under contract to the two hospital trusts' respiratory
services. About a fifth of them have motor neurone disease.

People with MND whose breathing muscles are weak can be harmed by too much oxygen. Their body relies on
a lower oxygen level to keep breathing, and high-flow oxygen can make carbon dioxide build up in the
blood, leading to drowsiness, coma and death. In an emergency, though, the natural response of a
paramedic or an emergency department nurse faced with a breathless patient is to give oxygen at a high
rate. Just as dangerous, the person's own ventilator, which they may depend on for many hours a day, was
often left behind at home when they were taken to hospital.

After two deaths in 2021 in which high-flow oxygen was a factor, the two trusts asked us to help. We hold the details of every person on home ventilation and we are in their
homes every few months, so we were well placed to make sure the information travelled with them.

The two hospital trusts had each written guidance for their own emergency departments, but the
guidance was different in each, and the ambulance service, which takes patients to both, had its own.
None of it reached the person at home, and none of it was in front of the paramedic at the moment the
oxygen mask came out of the bag. The idea of the alert card came from a simple question: what would
a crew see first when they walked into the bedroom?
"""),
        ("stakeholders", "Involvement", """
<<S:Respiratory physiotherapists and consultants from both trusts worked with our clinical team to
decide what the card should say, and they insisted on a target oxygen saturation range and the person's
usual ventilator settings on the front.>> <<S:Paramedics from the ambulance service's clinical reference
group tested the card on a training simulator and asked for a large orange border so it would be seen
in a dark bedroom.>> <<S:Emergency department nurses at Kelham Valley pointed out that the ventilator
was often left in the ambulance, and together with the crews they agreed a 'mask and machine' check at
handover.>>

Every person with MND on our service was given the card and a letter explaining it at their next home
visit. We sent a satisfaction survey to all card holders in 2024, and the results were good, so the
card has not been changed. People living with MND are those who benefit most, and we hope to invite
the regional MND support network to review the card when it is next updated.
"""),
        ("value", "Value", """
Each card costs less than £2 to print and laminate. The larger saving is in staff time and worry: emergency
department teams no longer have to ring round to find out a patient's usual settings in the middle of
the night, and the technical helpline can talk them through the ventilator if it comes in with the
patient. Our engineers add it to the home visit they already
make. An intensive care stay costs around £2,000 a day, and each avoided episode of oxygen-induced
harm saves far more than the whole cost of the scheme.
"""),
        ("spread", "Spread", """
We provide home ventilation in six other regions and the card is being introduced in all of them. Our engineers' visit schedule has been adjusted so that every card is checked and, if the person's
ventilator settings have changed, replaced at each routine visit. The
ambulance service has added the card to its national patient safety network's shared learning, and the
regional respiratory network has asked for a copy.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1897  steroid side effects in people with brain tumours at home - docx -
#        rubric headings - neuro-oncology clinical nurse specialist, careful -
#        acute trust with a GP federation and a brain tumour charity -
#        patients, a carer and staff involved - NO quantitative evidence in
#        the evidence section (plans issued, a single figure, a target), with
#        a measured change told only in the value section
# ---------------------------------------------------------------------------
entry(
    id="I1897", format="docx", layout="rubric_headings", topic="brain_tumour_steroid_safety_home",
    project="independent119-steroidsteps-1897", docx_font="Cambria",
    title="Steroid Steps: safer dexamethasone for people living with a brain tumour",
    cover=[
        "Lead organisation: Kingsreach University Hospitals NHS Foundation Trust (Neuro-oncology Service)",
        "Partners: Kingsreach Primary Care Alliance (GP federation); Glia Brain Tumour Support (registered charity)",
        "Entry written by the Lead Clinical Nurse Specialist, Neuro-oncology",
    ],
    primary_entrant=dict(name="Kingsreach University Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Kingsreach Primary Care Alliance", type="primary_care"),
        dict(name="Glia Brain Tumour Support", type="charity"),
    ],
    sections=[
        ("context", "Context: what was the patient safety problem?", """
Almost everyone diagnosed with a brain tumour is given dexamethasone, a steroid that reduces swelling
around the tumour and can quickly ease headaches, weakness and confusion. It is a very useful medicine,
but it is also a risky one. At high doses, or when taken for months, it can cause high blood sugar and
diabetes, muscle wasting, stomach bleeding, infections, sleeplessness and changes in mood. Stopping it
suddenly after a long course can cause a dangerous drop in the body's own steroid hormones.

Our patients often went home on dexamethasone with a vague plan to reduce it 'when things settle'. The
plan was in the clinic letter, which might reach the GP weeks later. Nobody checked blood sugar at home.
Patients and families did not always know which symptoms to report, or that they must never stop the
tablets suddenly. GPs told us they did not feel confident changing a dose prescribed by a specialist
team, so the dose often stayed the same for months.

Our review of 60 patients in 2022 found that a third had been on dexamethasone for more than three
months without a documented reduction plan, and eleven had been admitted with problems caused by the
steroid itself, including very high blood sugar, a stomach bleed and a serious chest infection.

The people we look after are among the most vulnerable in any hospital's care. Many have problems with
memory, speech or concentration because of the tumour itself. Many are having radiotherapy and
chemotherapy at the same time, with appointments several days a week. Their families are coping with a
frightening diagnosis. A medicine plan that relies on them remembering verbal instructions, or on a
letter arriving at the GP surgery, is bound to fail some of the time.

We also found that dexamethasone was rarely anyone's main concern. The oncologists were focused on
the cancer treatment, the neurosurgeons on the operation, and GPs on the person's other conditions.
Steroid Steps gives the dexamethasone a named owner at each stage.
"""),
        ("evidence", "Evidence: what has improved, and how do you know?", """
From April 2023 every patient starting dexamethasone receives a Steroid Steps plan at their first
appointment. It sets out the dose, the date of each planned reduction and who is responsible for it, and
a copy goes to the GP the same day through the electronic referral system. Blood sugar is checked with a
finger-prick meter at home twice a week, and results above a set level trigger a call to the nurse
specialist. Every patient carries a steroid emergency card.

By the end of September 2024, 412 Steroid Steps plans had been issued. In our latest audit, 91% of
patients had a reduction plan documented within a week of starting treatment; our target is 100%. The
nurse specialists took 236 calls about high blood sugar readings in the same period, and arranged a GP
or diabetes review for 74 patients.

The steroid emergency card has been given to every patient on the plan, and the trust's electronic
record now shows a steroid alert for each of them, so that any clinician in the emergency department
can see at once that the person must not have their dexamethasone stopped suddenly.

We are collecting data on admissions and longer-term complications and will report them at the end of
the second year.
"""),
        ("stakeholders", "Stakeholders: how were patients, carers and staff involved?", """
<<P:People living with a brain tumour and their carers, from Glia Brain Tumour Support's Kingsreach
group, went through the draft plan with us at two evening meetings and asked for a calendar layout, so
that each reduction is marked on a date, like a medicine diary.>> <<P:One carer, whose wife had become
severely distressed and sleepless on high-dose steroids, wrote the section on changes in mood and
behaviour and what families can do.>>

<<S:GPs from the primary care alliance told us they would be happy to make the planned reductions
themselves if the plan gave them clear stop and start rules, and they helped write those rules.>>
<<S:The trust's diabetes specialist nurses set the blood sugar levels that trigger a call, and
community pharmacists suggested the plan be printed on the back of the prescription bag label as well.>>
"""),
        ("value", "Value: what has been the impact on patients, staff and resources?", """
The home blood glucose meters and strips cost around £25 per patient for a typical course. The nurse
specialists' time is the main cost and has been absorbed within the service.

<<Q:Emergency admissions caused by steroid side effects among our patients fell from 11 in 2022 to 4 in
the first full year of Steroid Steps.>> Each of those admissions typically meant four to six days on a
ward for a person who may have only months to live, time that should be spent at home.
"""),
        ("spread", "Spread: how has the work been shared?", """
The plan has been adopted by the neuro-oncology service at our partner hospital in the neighbouring
county and by two hospices. Glia Brain Tumour Support has added it to its online resources for patients
and families. We have shared the audit tool with the regional cancer alliance.

We would say to other teams that the plan itself is simple; the hard part is agreeing who owns each
step. Once the GPs knew that the plan was theirs to follow, and that they could ring the nurse
specialists with any doubts, the reductions started to happen on time.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1898  optometrist-detected swollen optic discs and fast-track imaging -
#        pdf - with appendix - ICB planned care lead, formal - ICB with the
#        local optical committee and the acute trust - staff involved - NO
#        patient involvement (patients sent letters, a survey, a negation,
#        a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1898", format="pdf", layout="with_appendix", topic="optometry_papilloedema_fast_track_imaging",
    project="independent119-seeingthesigns-1898", pdf_font="LiberationSerif", pdf_align="J",
    title="Seeing the Signs: a direct route from the optometrist's chair to a brain scan",
    cover=[
        "Lead entrant: NHS Severnbrook Integrated Care Board",
        "Partners: Severnbrook Local Optical Committee; Severnbrook Teaching Hospitals NHS Trust (Neuro-ophthalmology and Neuroradiology)",
        "Prepared by the Head of Planned Care Transformation, NHS Severnbrook ICB",
    ],
    primary_entrant=dict(name="NHS Severnbrook Integrated Care Board", type="icb"),
    partners=[
        dict(name="Severnbrook Local Optical Committee", type="primary_care"),
        dict(name="Severnbrook Teaching Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Background and rationale", """
Swelling of the optic discs, seen at the back of the eye during a routine sight test, can be the first
sign of raised pressure inside the skull. The causes include brain tumours, blood clots in the veins of
the brain and idiopathic intracranial hypertension, all of which need urgent assessment. High street
optometrists are often the first to see it, sometimes before the person has any other symptom beyond
headaches.

Until 2023 the route from the optometrist to a scan in Severnbrook was long and uncertain. The
optometrist would write to the GP or send the patient to the eye casualty department. The GP would
then refer on, often to the eye clinic, which might then refer to neurology, which would then request
an MRI. Each step added days or weeks. Some patients were sent to the emergency department, where they
waited many hours and were sometimes discharged without imaging because the findings were not easy to
interpret.

A patient safety review in 2022 examined five cases where a brain tumour or venous sinus thrombosis had
been diagnosed late after an optometrist had found swollen discs. In one, a woman of 34 waited 11 weeks
for a scan and lost much of the sight in one eye. The common theme was that nobody owned the pathway
from start to finish.

Optometrists in Severnbrook had raised the problem for some years. They are trained to recognise disc
swelling, and many have imaging equipment in their practices that is better than anything available
in a GP surgery, but they had no way of sending images into the hospital and no one to ring for
advice. The ICB was able to bring the commissioning, the funding and the digital systems together,
and the trust agreed to provide the specialist review.
"""),
        ("evidence", "Outcomes and evidence of improvement", """
The Seeing the Signs pathway began in May 2023. Optometrists who find suspected swollen discs take
photographs of the back of both eyes and upload them, with their findings, to a secure referral portal.
A neuro-ophthalmologist or specialist optometrist at the trust reviews every referral within one working
day, by looking at the photographs, and decides whether the patient needs to be seen the same day, a
scan within a week, or no further action.

<<Q:The median time from an optometrist finding swollen discs to the patient having a brain scan fell
from 41 days in 2022 to 6 days in 2024.>> <<Q:The proportion of referrals found on review to be a
false alarm, such as drusen or a normal variant, who were nonetheless sent to the emergency department,
fell from 58% to 7%, because these are now resolved from the photographs.>>

In the first 18 months, 486 referrals were received from 71 optometry practices; 61 people had a serious
cause found, including 14 brain tumours.
"""),
        ("stakeholders", "Stakeholder engagement", """
<<S:Optometrists from the Local Optical Committee designed the referral form and insisted that photographs
be compulsory, after telling us that written descriptions were often misread.>> <<S:The neuroradiology
team agreed to hold two scan slots a day for pathway patients, after working through the likely demand
with the ICB's analysts and the neuro-ophthalmologists.>> <<S:Emergency department consultants helped
define which findings need same-day attendance and which do not, and their suggestions reduced the
list of same-day reasons from eleven to five.>>

All patients referred receive a letter and a text message with their appointment and a leaflet
explaining why they are being seen. We surveyed 120 patients after their scan in 2024 and the results
were positive, so no changes were made. Patients were not directly involved in designing the pathway,
which had to be put in place quickly. We intend to work with Healthwatch Severnbrook on the next
revision of the leaflet.
"""),
        ("value", "Value for money", """
The pathway was funded by the ICB at £62,000 a year, mainly for the specialist review sessions and the
portal. Against this, emergency department attendances, duplicate eye clinic appointments and
neurology outpatient referrals have all been avoided. An earlier diagnosis also means a better chance
of saving sight and of treating a tumour before it grows.

For optometrists, the pathway has replaced an anxious and time-consuming process of letters and phone
calls with a single referral that takes about ten minutes. For the eye casualty department, it has
removed a stream of patients who were being sent there only because nobody knew where else to send
them.
"""),
        ("spread", "Spread and sustainability", """
The pathway has been made permanent by the ICB. The Local Optical Committee has shared the referral
form with optical committees in three neighbouring areas, and the neuro-ophthalmology team has
presented it at a national meeting. Two other ICBs have asked for our service specification.
"""),
    ],
    trailer=[
        ("heading", "Appendix: referral criteria and data sources"),
        ("para", "Refer through the portal if: disc swelling in one or both eyes on examination, with or without headache; or a new finding of blurred disc margins on photographs compared with a previous visit. Same-day referral to eye casualty if: sudden loss of vision, double vision, new weakness or drowsiness."),
        ("para", "Timings were taken from the referral portal and the trust's radiology information system. The 2022 baseline was taken from a manual review of all 94 referrals for suspected disc swelling made in that year."),
        ("para", "NHS Severnbrook Integrated Care Board, Riverside House, Quay Street, Severnbrook SV1 3QP."),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1899  seizure medicines after brain tumour surgery - pdf via soffice -
#        style headings - one neurosciences trust's own departments, NO
#        PARTNER (ineligible) - consultant neurosurgeon, academic - patients
#        (called 'co-researchers') and staff involved - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I1899", format="pdf", layout="style_headings", topic="post_craniotomy_antiseizure_plan",
    project="independent119-afterthesurgery-1899", render_via="soffice", docx_font="Liberation Serif",
    title="After the Surgery: a clear plan for seizure medicines when people leave neurosurgery",
    cover=[
        "Northgate Neurosciences NHS Foundation Trust",
        "A joint project of the trust's Neurosurgery, Neuro-oncology and Pharmacy departments",
        "Entrant: Mr David Lindqvist, Consultant Neurosurgeon",
    ],
    primary_entrant=dict(name="Northgate Neurosciences NHS Foundation Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "The problem", """
Many people who have an operation to remove a brain tumour are given an anti-seizure medicine, usually
levetiracetam, either because they have had seizures or to prevent them in the days after surgery. For
those who have never had a seizure, current evidence suggests the medicine can usually be stopped after
a week or so. For those who have, it is usually continued for much longer.

In practice, that distinction was often lost. Patients left the neurosurgical ward with a prescription
but no plan. GPs carried on prescribing indefinitely because they had no instruction to stop. Some
people took levetiracetam for years without needing it, and it can cause low mood, irritability and, in
a few, serious changes in behaviour. Others, who did need it, stopped it themselves because of the side
effects, or because they misunderstood what they had been told, and then had a seizure, sometimes
while driving.

A review of 100 patients operated on in 2021 found that 44 had no documented plan for their seizure
medicine at discharge. Eight had stopped it without advice and had a seizure afterwards, and three
people had been referred to mental health services with mood changes that were later put down to the
medicine.

There was a further problem with driving. People who have had a brain tumour removed have to tell the
driving licensing agency and usually stop driving for a period, which depends partly on whether they
have had seizures. A clear plan for the seizure medicine also helps people and their doctors give the
right information to the agency. Without it, some patients had been given conflicting advice by
different members of the team.

The three departments involved each held part of the answer but had never sat down together on this
question. Neurosurgeons made the decision to start the medicine; neuro-oncologists saw the patient in
clinic weeks later; pharmacists saw the discharge prescription but not the reasoning behind it.
"""),
        ("evidence", "What has changed", """
Since October 2022 every patient having brain tumour surgery leaves with a one-page seizure medicine
plan. It says whether they have had a seizure, whether the medicine is for treatment or prevention, the
date it should be reviewed or stopped, and who will do that. The neuro-oncology nurse specialists ring
each patient two weeks after discharge to check the plan is being followed, and the ward pharmacist
checks every plan before the patient goes home.

The plan uses a simple traffic light: green for medicine that should stop on a set date, amber for
medicine to be reviewed at the first clinic appointment, and red for medicine that must not be stopped
without specialist advice. The discharge letter to the GP repeats the plan word for word.

<<Q:The proportion of patients discharged with a documented seizure medicine plan rose from 56% in 2021
to 97% in 2024.>> <<Q:Among patients with no history of seizures, those still taking levetiracetam six
months after surgery fell from 62% to 15%.>> <<Q:Seizures after stopping the medicine without advice
fell from eight in the 2021 review to one in the equivalent group in 2024.>>
"""),
        ("stakeholders", "Involving patients and staff", """
<<P:Four co-researchers, all people who had had surgery for a brain tumour at Northgate, worked with us
for a year, and it was they who told us that the phrase 'prophylactic anticonvulsant' on discharge
letters meant nothing to them or their families.>> <<P:The co-researchers chose the traffic light
design of the plan and recorded a short audio version for people whose reading had been affected by
their surgery.>>

<<S:Ward pharmacists proposed adding the plan to the electronic discharge checklist so a patient cannot
leave without one, and they worked with the IT team to build it.>> <<S:Neurosurgical registrars and
nurse specialists met as a working group for six months and agreed which patients should have their
medicine stopped at one week and which should be reviewed in the neuro-oncology clinic.>>
"""),
        ("value", "Value", """
The plan costs nothing to produce. Stopping unnecessary levetiracetam in around 80 patients a year saves
a modest amount on prescriptions, but the real gain is in quality of life and safety: fewer people
suffering needless side effects, and fewer seizures from medicines being stopped without advice. The
nurse specialists' follow-up calls take about ten minutes each.

For patients, the biggest change is that they understand why they are taking the medicine and when it
will be reviewed. Several have told the nurse specialists that this has helped them to make decisions
about returning to work and to driving. For staff, a single agreed plan has ended a great deal of
uncertainty and repeated telephone calls between the hospital and GP practices.

We are aware that this entry describes work within one trust. The plan now goes to every patient's GP
with the discharge letter, and we have started talks with the local GP practices about how the stop
date is acted upon.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="missing_section", criterion="spread"),
    ],
)


# ---------------------------------------------------------------------------
# I1900  assisted cough for people with tetraplegia in general hospitals -
#        docx - style headings - spinal centre physiotherapy lead, practical -
#        acute trust's spinal injuries centre with two district hospital
#        trusts and a spinal injury members' network - members involved - NO
#        staff involvement (physiotherapists trained, nurses briefed, a named
#        lead writing the guide, a survey that changed nothing)
# ---------------------------------------------------------------------------
entry(
    id="I1900", format="docx", layout="style_headings", topic="tetraplegia_assisted_cough_general_wards",
    project="independent119-coughtogether-1900", docx_font="Calibri",
    title="Cough Together: assisted cough for people with tetraplegia admitted to local hospitals",
    cover=[
        "Oldcastle Royal Hospitals NHS Trust, Northern Spinal Injuries Centre (lead)",
        "Partners: Eastwold District Hospitals NHS Trust; Mardale and Fenby Hospitals NHS Trust; Spokes Spinal Injury Network",
        "Entry by the Clinical Lead Physiotherapist, Northern Spinal Injuries Centre",
    ],
    primary_entrant=dict(name="Oldcastle Royal Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Eastwold District Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Mardale and Fenby Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Spokes Spinal Injury Network", type="patient_group"),
    ],
    sections=[
        ("context", "Why this project was needed", """
People with a spinal cord injury in the neck, known as tetraplegia, cannot cough properly because the
muscles of the chest wall and abdomen are paralysed. A chest infection that would be a nuisance for
most people can be life-threatening for them, because they cannot clear the secretions from their
lungs. Assisted cough, where a trained person pushes firmly on the abdomen in time with the person's
attempt to cough, and cough assist machines are simple and effective, but they need to be done
correctly and often.

Our spinal injuries centre looks after about 1,100 people with tetraplegia living across the north of
the region. When they become unwell with a chest infection, most are admitted to their local district
hospital, not to us. Ward staff in those hospitals may see someone with tetraplegia once or twice a
year. A person with tetraplegia can lie in a medical ward for hours, unable to clear their chest,
while staff are reluctant to touch their abdomen for fear of hurting them.

Between 2019 and 2022, 23 people with tetraplegia from our catchment were transferred from a district
hospital ward to intensive care with a chest infection, and four died. In many of the cases reviewed,
assisted cough had not been done at all in the first 24 hours.

The reasons were understandable. Ward nurses and physiotherapists in a district hospital are
specialists in many things, but not in spinal cord injury. Assisted cough looks alarming to someone
who has not seen it done, and there is a fear of causing harm, especially in someone who may have had
abdominal surgery or who has a feeding tube. Cough assist machines were not available on most wards.
And nobody in the district hospital knew that the spinal centre could be called for advice at any time.
"""),
        ("evidence", "What difference has it made?", """
Since November 2022, when someone with tetraplegia is admitted to either district trust, the ward is
prompted by an alert on the hospital system to call the spinal centre's respiratory physiotherapist on
a dedicated phone line. We give advice the same day, and a video call to guide the ward team through
assisted cough if needed. Every person with tetraplegia on our register has a personal 'my cough' card
that shows how they like to be helped.

<<Q:Transfers to intensive care for a chest infection among people with tetraplegia admitted to the two
district trusts fell from 23 in the three years before to 5 in the two years since.>> <<Q:The average
time from admission to the first assisted cough went down from 19 hours to 3 hours.>> <<Q:Length of stay
for a chest infection in this group fell from a median of 12 days to 7.>>

In two years the advice line took 218 calls, and our team made 64 video calls to wards. Every person with tetraplegia on our register was sent their 'my cough' card
with a covering letter, and the district hospitals hold a copy on their record.
"""),
        ("stakeholders", "Involvement of patients and staff", """
<<P:Members of the Spokes Spinal Injury Network made the training video themselves, showing the
assisted cough techniques that work for them, filmed in their own homes with their own carers.>> <<P:It
was members of the network who came up with the idea of the 'my cough' card, and they tested three
versions before choosing a card that fits in a wallet and on the back of a wheelchair.>> <<P:A network
member who is a retired nurse reviewed the ward alert wording with us and asked for it to say 'call
before the chest gets worse', not 'call if needed'.>>

I wrote the advice line guidance and the ward protocol, drawing on our centre's existing practice.
Physiotherapists and nurses at both district hospitals were trained through a half-day session, and
around 180 staff have now completed it. Ward managers were briefed at their monthly meetings. We sent a
questionnaire to the district physiotherapists after six months and they were happy with the service,
so we did not alter it.
"""),
        ("value", "Value", """
An intensive care bed costs about £2,000 a day, and the average intensive care stay for these patients
was nine days. The advice line is staffed from within the centre's existing physiotherapy team, and the
cough assist machines lent to the district hospitals cost £4,500 each.

For people with tetraplegia, the most important thing is knowing that if they have to go into their
local hospital, the staff there will know what to do.

The cough assist machines lent to the district hospitals are serviced by our centre's equipment team,
and the ward alert is reviewed each year with the district trusts' digital teams. The whole service
has been set up without new posts.
"""),
        ("spread", "Spread", """
Two more district trusts in the region have asked to join from April 2025, and the regional spinal cord
injury network has included the approach in its recommendations to all spinal centres. The video is
free to watch on the Spokes website.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1901  getting home safely after spinal cord injury while adaptations
#        wait - pdf - numbered questions - council housing adaptations
#        manager, plain - council with the spinal injuries centre's discharge
#        team and a wheelchair users' group - members (by pronoun) and staff
#        involved - NO evidence section and no measured change anywhere
# ---------------------------------------------------------------------------
entry(
    id="I1901", format="pdf", layout="numbered_questions", topic="spinal_cord_injury_discharge_home_adaptations",
    project="independent119-homeready-1901", pdf_font="LiberationSans", pdf_align="L",
    title="Home Ready: safe interim homes for people leaving hospital after a spinal cord injury",
    cover=[
        "Lead organisation: Tollbridge City Council, Housing Adaptations and Independent Living Service",
        "Partners: Southmere Teaching Hospitals NHS Trust (Regional Spinal Injuries Unit, Discharge Team); Tollbridge Wheels Forum",
        "Submitted by the Housing Adaptations Manager",
    ],
    primary_entrant=dict(name="Tollbridge City Council", type="local_authority"),
    partners=[
        dict(name="Southmere Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Tollbridge Wheels Forum", type="patient_group"),
    ],
    sections=[
        ("context", "1. What was the safety issue and why was a partnership needed?", """
When someone leaves the spinal injuries unit after a new spinal cord injury, they usually need a home
that has been changed to fit their wheelchair: level access, a ground floor bedroom, a wet room, a
ceiling hoist, wider doors. Major adaptations like these take months. A disabled facilities grant has
to be approved, plans drawn, builders found and the work done. For council and housing association
tenants, a move to an accessible home may be needed instead, and such homes are scarce.

Meanwhile, people were either staying on in the spinal unit long after they were ready to leave,
losing confidence and taking a bed needed by someone newly injured, or going home to houses that were
not safe. We saw people sleeping on a sofa in the front room for months, being strip-washed by family
members, doing unsafe transfers in a cramped bathroom and falling. People with no feeling in their
legs or bottom developed pressure ulcers from makeshift beds and chairs. Some had to be readmitted.

The problem sat between organisations. The spinal unit knew what people needed but not what the
council could do or how fast. The council's adaptations team often heard about a new injury only when
a referral arrived weeks before the planned discharge date. Nobody was responsible for the months in
between.

The people affected were mostly young or middle-aged, injured in road accidents, falls from height or
sport, and facing a completely different life. Many had children at home. Several lived in rented homes
where the landlord would not allow major changes, and some had to give up a home they loved. The
months after leaving the unit are also the time when the risk of pressure ulcers, falls during
transfers and low mood is highest, so an unsafe interim home added danger at the worst possible
moment.
"""),
        ("stakeholders", "2. How were patients, carers and staff involved?", """
<<P:We went to the Tollbridge Wheels Forum, a group of wheelchair users many of whom have a spinal cord
injury, and asked what those interim months had been like for them.>> <<P:They told us that what
mattered most was a safe bed, a safe way to wash and a way to get out of the front door, and they
helped us draw up the list of 'essentials' that now has to be in place before anyone goes home.>>
<<P:Two of them also agreed to be on call to speak to newly injured people on the unit about what to
expect, and they wrote the guide to living in an interim home with us.>>

<<S:Occupational therapists on the spinal unit and the council's technical officers now hold a joint
housing meeting for every new patient within four weeks of admission, an idea put forward by the
unit's discharge coordinator and worked up with our surveyors.>> <<S:Council housing officers suggested
keeping a small number of accessible flats for short-term use by people leaving the unit, and they
found the first two from the council's own stock.>>
"""),
        ("value", "3. What has been the impact on patient and staff experience, and value for money?", """
Since the scheme began in April 2023, the council and the spinal unit have planned homes for 41
people. Two interim flats are now kept ready, and six people have used them while their own homes
were adapted. Temporary equipment such as a profiling bed, a pressure-relieving mattress, a shower
chair and a portable ramp is delivered before discharge through the community equipment service.

Each week a person stays in the spinal unit when they are medically ready to leave costs around £3,500.
The interim flats cost the council about £9,000 a year each in lost rent. Families tell us that the
worst part, not knowing where their relative would go, has gone.

For the spinal unit's staff, the early housing meeting has meant that discharge planning starts in the
first month, not the last, and that they can tell patients and families honestly what to expect. For
our surveyors, seeing the person while they are still in the unit, with their therapists, has made it
much easier to design the right adaptation first time.
"""),
        ("spread", "4. How has the work been shared?", """
The council's adaptations team is now using the same early housing meeting for people leaving the
regional brain injury rehabilitation unit. We have shared the essentials list and our interim flat
policy with the other four councils that send patients to the spinal unit, and two have asked us to
visit.

We have not yet been able to gather figures that show the effect of the scheme on readmissions, falls
or pressure ulcers, because the numbers of people are small and the spinal unit's records and ours are
kept separately. We are working with the unit to set up a shared record of everyone who goes home,
which we hope will allow us to report on outcomes in future.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1902  seizures while caring for a newborn - docx - bullet lists -
#        consultant midwife, upbeat - maternity trust with the council's
#        health visiting service and an epilepsy charity - staff involved -
#        NO patient involvement (mothers given a plan and a leaflet,
#        questionnaire with nothing changed, a hope that did not happen)
# ---------------------------------------------------------------------------
entry(
    id="I1902", format="docx", layout="bullet_lists", topic="postnatal_epilepsy_newborn_safety",
    project="independent119-safehands-1902", docx_font="Calibri",
    title="Safe Hands: keeping mothers with epilepsy and their babies safe after birth",
    cover_table=[
        ("Entry title", "Safe Hands: keeping mothers with epilepsy and their babies safe after birth"),
        ("Lead organisation", "Eastmarsh Hospitals NHS Trust (Maternity Services)"),
        ("Partners", "Eastmarsh County Council (0-19 Public Health Nursing Service); Lantern Epilepsy Support (charity)"),
        ("Contact", "Consultant Midwife for Complex Pregnancy"),
    ],
    primary_entrant=dict(name="Eastmarsh Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Eastmarsh County Council", type="local_authority"),
        dict(name="Lantern Epilepsy Support", type="charity"),
    ],
    sections=[
        ("context", "The challenge", """
About 60 women with epilepsy give birth in Eastmarsh each year. The weeks after birth are a risky time
for them:

- sleep is broken by night feeds, and lack of sleep is one of the strongest triggers for seizures

- medicine doses that were increased in pregnancy may need to be reduced again, and if this is not done at the right pace women can become drowsy or unsteady, or have a seizure

- a seizure while holding, feeding or bathing a baby can injure both mother and baby

- once women leave hospital, responsibility passes from the maternity team to health visitors and GPs, and the epilepsy plan often did not go with them

What we found:

- in 2021 and 2022 there were nine reported incidents in which a mother with epilepsy had a seizure while caring for her baby at home, including a baby who was dropped and a mother who had a seizure in the bath

- only about a third of women had a written postnatal epilepsy plan

- health visitors told us they were often not aware that the mother had epilepsy at all

- the national guidance on epilepsy in pregnancy says little about the first weeks at home, and our own trust guideline stopped at discharge

- mothers with epilepsy are often advised not to bath the baby alone or to change the baby on a high surface, but this advice was given inconsistently and often only verbally
"""),
        ("evidence", "What has improved", """
Since February 2023 every woman with epilepsy who gives birth in the trust:

- leaves hospital with a Safe Hands plan covering medicine doses week by week, how to protect sleep, and safe ways to feed, change and bathe the baby

- is referred to the health visiting service before discharge, with the plan attached

- is offered a home visit from a health visitor in the first week and a call from the epilepsy specialist midwife at two and six weeks

- has her anti-seizure medicine doses reviewed by the epilepsy nurse before discharge, with the reduction dates written into the plan

- has her partner or another family member offered a short session on what to do if she has a seizure while holding or feeding the baby

Results:

- <<Q:seizures reported in the first six weeks after birth fell from 14 in 2022 to 5 in 2024, with a similar number of births>>

- <<Q:women with a written postnatal epilepsy plan at discharge went up from 34% to 95%>>

- <<Q:incidents of a seizure while caring for a baby at home halved, from 4 a year to 2>>

- 128 women have had a Safe Hands plan so far
"""),
        ("stakeholders", "Who was involved", """
- <<S:specialist midwives, obstetricians and the trust's epilepsy nurses met monthly for six months to write the plan and agree the medicine reduction schedules>>

- <<S:health visitors from the council's 0-19 service said the plan arrived too late, so they helped design the referral that is now sent before the mother leaves hospital>>

- <<S:maternity ward midwives tested the plan with the first 20 women and asked for a shorter version for the bedside, which we added>>

- <<S:Lantern Epilepsy Support's specialist nurse adviser wrote the section on safe bathing and changing>>

- every woman is given a copy of the plan and a Lantern leaflet before she goes home

- we sent a questionnaire to women at six weeks; most found the plan helpful, and we kept it as it was

- we had hoped to set up a group of mothers with epilepsy to review the plan, but were not able to find enough women willing to take part
"""),
        ("value", "Value", """
- the plan is produced within existing midwifery and health visiting time

- the epilepsy specialist midwife post was already funded by the trust; Safe Hands has given it a clearer focus on the weeks after birth

- the calls at two and six weeks take around 15 minutes each

- Lantern Epilepsy Support provides changing mats and baby baths designed for use at floor level free of charge

- each serious injury to a baby or an admission for a mother's seizure avoided saves money, but above all it saves families from harm
"""),
        ("spread", "Spreading the work", """
- the plan has been shared with the regional maternal medicine network and adopted by one other trust

- Lantern Epilepsy Support has put the bathing and changing guide on its website for any parent with epilepsy

- the council is using the referral route for mothers with other long-term conditions

- the regional epilepsy network has asked us to present the work at its next meeting

- our next step is to link the plan to the trust's electronic maternity record, so that it appears automatically for every woman with epilepsy
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1903  older people who fall and hit their head waiting for help at home -
#        docx - form - fire service station manager, plain - fire and rescue
#        service with the ambulance service and the council's telecare
#        service - telecare users involved - NO staff involvement (crews
#        trained, control staff briefed, a named lead, a plan) - NO
#        quantitative evidence (call-outs, a single response time, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1903", format="docx", layout="form_table", topic="fire_service_falls_response_head_injury",
    project="independent119-uplift-1903", docx_font="Arial",
    title="Uplift: a fire service falls response for older people who have hit their head",
    cover_table=[
        ("Project name", "Uplift: a fire service falls response for older people who have hit their head"),
        ("Lead organisation", "Gorsedale Fire and Rescue Service"),
        ("Partner organisations", "Western Uplands Ambulance Service NHS Trust; Gorsedale County Council (Telecare and Community Alarms)"),
        ("Entrant", "Station Manager, Prevention and Community Safety"),
    ],
    primary_entrant=dict(name="Gorsedale Fire and Rescue Service", type="emergency_service"),
    partners=[
        dict(name="Western Uplands Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Gorsedale County Council", type="local_authority"),
    ],
    sections=[
        ("context", "Describe the problem your project addresses", """
An older person who falls at home and cannot get up may wait many hours for help. If they are not badly
hurt, an ambulance is not the best response, and at busy times the wait for one can be very long. But
lying on the floor is harmful in itself: pressure damage, dehydration, muscle breakdown, pneumonia and
loss of confidence can all follow a long lie.

People who have hit their head in a fall were a particular worry. Under the old arrangements, the
council's telecare responders were not allowed to lift anyone who had hit their head, so they had to
wait with the person, or leave them on the floor, for an ambulance. Head injury in an older person needs
a proper clinical assessment, but often this could be done by a paramedic over a video call rather
than by a crew driving across the county.

Gorsedale is a large rural county. Fire stations are spread across it, on-call firefighters live in
every market town, and fire engines are often closer to a fallen person than an ambulance.

Falls teams are made up of firefighters who volunteered for the role. They work from a small van rather
than a fire engine, so that a fire appliance is not taken off the run, and they can be recalled to a
fire if needed.

In 2022, before Uplift, the ambulance service in Gorsedale attended more than 6,000 calls to people who
had fallen at home. Many of them were not injured and needed only to be helped up and checked. At the
same time, the fire service had been working for some years on prevention, visiting older people's
homes to fit smoke alarms and give safety advice, and our crews already knew many of the people who
would go on to fall.

The three organisations agreed in early 2023 to work out how the fire service could help, safely and
within the law, without taking on work that needed a clinician.
"""),
        ("evidence", "What evidence do you have of improvement?", """
Uplift went live in September 2023. When a telecare alarm or 999 call is for a fall, and the person is
not thought to be seriously injured, the ambulance control room can ask the fire service to send a
two-person falls team in a small van. The team carries lifting equipment and a tablet, and a paramedic
in the ambulance clinical hub assesses the person by video, including a head injury check, before they
are lifted. If there are any warning signs, an ambulance is sent.

In its first year Uplift teams attended 1,140 falls, of which 312 involved a head injury. The average
time from call to arrival was 34 minutes. Of those attended, 78% were lifted and left safely at home
after the video assessment. Our target is an arrival within 30 minutes for all calls by the end of 2025.

The service operates from seven stations, seven days a week, between 8am and 10pm.
"""),
        ("stakeholders", "How were patients, families and staff involved?", """
<<P:Telecare users from the council's alarm service tried out the falls team's lifting cushion in their
own living rooms and told us it was frightening to be lifted without being told what was happening, so
the teams now talk the person through each step and let them hold the controller.>> <<P:A group of
older people at the Gorsedale Over-60s Network helped write the card left behind after every visit,
with advice on what to watch for over the next two days after a knock to the head.>>

I led the design of the service with the ambulance service's head of clinical operations. Eighty-four
firefighters have been trained in falls response, moving and handling and the head injury check.
Ambulance control staff were briefed on when to send the falls team. We plan to hold a review with
crews and paramedics from both services in 2025.
"""),
        ("value", "What has been the impact and value for money?", """
The service costs about £210,000 a year, shared by the three partners, mainly for the staff on the
falls teams, the vans and the equipment. Each avoided ambulance attendance saves around £250, and each
avoided hospital admission very much more. For the person on the floor, it means getting up and back
into their own chair sooner.
"""),
        ("spread", "How has the work been spread or shared?", """
We have shared the service model with the National Fire Chiefs Council and with fire services in two
neighbouring counties. The ambulance service is discussing a similar arrangement with the next county's
fire service.

We have also written a short guide for other fire and rescue services on setting up a falls response,
covering equipment, training, insurance and the arrangements with the ambulance clinical hub. The
most important lesson is that the video assessment by a paramedic is what makes it safe to lift
someone who has hit their head, and that this needs the ambulance service's clinical support from the
start.
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1904  blood pressure checks at home after stroke - pdf - bullet lists -
#        PRIVATE remote monitoring company as primary entrant, with an ICB
#        and a community trust (ineligible) - chief medical officer,
#        confident - stroke survivors and staff involved - no other flags
# ---------------------------------------------------------------------------
entry(
    id="I1904", format="pdf", layout="bullet_lists", topic="post_stroke_home_blood_pressure_monitoring",
    project="independent119-pressurepoint-1904", pdf_font="LiberationSans", pdf_align="L",
    title="PressurePoint: home blood pressure monitoring to prevent a second stroke",
    cover=[
        "Submitted by Veltara Health Ltd",
        "Working with NHS Corrin Valley Integrated Care Board and Corrin Valley Community Healthcare NHS Trust (Community Stroke Service)",
        "Contact: Chief Medical Officer, Veltara Health Ltd",
    ],
    primary_entrant=dict(name="Veltara Health Ltd", type="private"),
    partners=[
        dict(name="NHS Corrin Valley Integrated Care Board", type="icb"),
        dict(name="Corrin Valley Community Healthcare NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The issue", """
High blood pressure is the biggest single risk factor for having another stroke. After a stroke, the
aim is to bring it down and keep it down, usually with several medicines. In Corrin Valley:

- people went home from the stroke unit with a plan to have their blood pressure checked by their GP practice 'in a few weeks'

- many did not attend, because they could not drive, had communication problems, or did not know why it mattered

- when they did attend, a single reading in a busy surgery often led to the medicines being left unchanged

- an ICB audit in 2022 found that fewer than half of stroke survivors had a blood pressure at target a year after their stroke

- blood pressure medicines were often started in hospital at a low dose, with the expectation that the GP would increase them, but the increase rarely happened in the first few months, when the risk of another stroke is highest

- some people, especially those with memory problems after their stroke, were taking their tablets irregularly, and nobody knew until a reading in the surgery was high

PressurePoint gives every person leaving the community stroke service a validated home blood pressure
monitor that sends readings automatically through a small hub, with no smartphone needed. The readings
go to a dashboard watched by the community stroke team's nurses, who adjust medicines against an agreed
plan and contact the GP when needed.

Veltara Health developed the monitoring platform and provides the equipment, data hosting and
technical support. The community stroke service provides the clinical care. The ICB commissions the
service and set the outcomes it expected from the start.
"""),
        ("evidence", "Outcomes", """
Results for the first 620 people enrolled, from March 2023 to August 2024:

- <<Q:the proportion of stroke survivors with blood pressure at target six months after discharge went up from 44% in the 2022 audit to 71%>>

- <<Q:the average time to reach target blood pressure fell from 7 months to 11 weeks>>

- <<Q:emergency admissions with very high blood pressure in this group fell by almost half compared with the year before enrolment>>

- 94% of people were still sending readings at six months

- nurses made 1,870 medicine adjustments through the dashboard
"""),
        ("stakeholders", "Working with people", """
- <<P:stroke survivors from the Corrin Valley Stroke Club tried out four monitors at home and chose the one with the largest display and a single button, which is the one we supply>>

- <<P:people with aphasia and their partners tested the instruction leaflet and asked for a picture-only version, which they helped to draw up with a speech and language therapist>>

- <<S:community stroke nurses worked with our clinical team to set the alert levels on the dashboard, and asked for a 'quiet' setting so that a single high reading does not trigger a call>>

- <<S:GPs from two primary care networks agreed the medicine adjustment plan with the trust's stroke consultant and asked for a monthly summary rather than a letter for every change, which is what they now receive>>
"""),
        ("value", "Value", """
- the monitors and hubs cost about £85 per person, funded by the ICB under its contract with Veltara Health

- preventing one stroke saves the NHS and social care an estimated £45,000 in the first year alone

- nurses spend around 20 minutes a month per person on the dashboard, less than a clinic appointment

- people no longer need to travel to the surgery for blood pressure checks, which for many stroke survivors means arranging a lift or a taxi and a long wait

- because the hub uses the mobile network, the service works for people without broadband or a smartphone, who are often older and live in the rural parts of the valley
"""),
        ("spread", "Spread", """
- the ICB has extended PressurePoint to people who have had a transient ischaemic attack

- two other community trusts are piloting the same service

- we have presented the results at a national stroke conference

- the medicine adjustment plan and the alert levels have been shared with the regional stroke network, so that any service can use them with any monitoring system

- we are working with the community trust to offer the service in Polish and Punjabi, the two most common languages other than English among people leaving the stroke service
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)
