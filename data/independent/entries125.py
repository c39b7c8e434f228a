"""One-hundred-and-twenty-fifth independent evaluation set (I1985..I2000) for the HSJ 'Best
Partnership Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were read
(with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The entries
are meant to be ordinary: the kind of thing acute and community trusts, GP federations and
practices, councils, Deaf and communication charities, self-advocacy groups, an ambulance
service, an integrated care board, a university, a pharmaceutical committee and the odd
private company send in, in their own voices and at their own length.  The theme of this
set is learning disability, autism and communication: reasonable adjustments in hospital,
overmedication with psychotropic drugs, annual health checks, interpreters, British Sign
Language and deaf patients, and learning from deaths reviews.

Topics (lead's type and layout):
  I1985 a reasonable adjustments flag that follows people with a learning disability or
        autism from their GP record into the emergency department (nhs_trust, acute;
        pdf own_headings);
  I1986 antipsychotics started during a hospital admission and never stopped after
        discharge (primary_care, GP federation; docx bold_headings);
  I1987 annual health checks from age 14 for young people at special schools
        (local_authority; docx form_table with a cover table);
  I1988 British Sign Language interpreters for Deaf women in labour and on the postnatal
        ward (charity, Deaf centre; pdf two_column);
  I1989 acting on learning from deaths reviews about aspiration pneumonia (icb; pdf
        caps_headings);
  I1990 professional interpreters instead of relatives for consent and fasting
        instructions in day surgery (private interpreting company as primary entrant; docx
        numbered_questions);
  I1991 several procedures under one general anaesthetic for adults with a learning
        disability or autism (nhs_trust, community dental service; docx reordered, no
        spread section);
  I1992 hearing aids lost or left without batteries on hospital wards (nhs_trust,
        audiology; pdf with_appendix);
  I1993 reasonable adjustments in community pharmacies for people with a learning
        disability when their medicines change (primary_care, local pharmaceutical
        committee; docx bullet_lists);
  I1994 Deaf patients booking and attending appointments at one GP practice (primary_care,
        a single practice with no partner; pdf style_headings made from Word via soffice);
  I1995 999 and 111 calls about people with a learning disability who are 'not
        themselves' (emergency_service, ambulance service; docx no_headings);
  I1996 people who use communication aids admitted to hospital without them (charity;
        docx rubric_headings);
  I1997 do-not-resuscitate decisions that give learning disability as a reason
        (university; pdf form_table with a cover table);
  I1998 'as required' psychotropic medicines in supported living (private support
        provider as primary entrant; docx style_headings);
  I1999 bowel screening kits for people with a learning disability (patient_group,
        self-advocacy group; pdf bullet_lists);
  I2000 medicines explained in BSL when Deaf patients leave hospital (nhs_trust,
        pharmacy; pdf form_table, short, no evidence section).

Build it with

    .venv/bin/python data/independent/build.py --set 125   (writes data/corpus/independent125/)

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
    (including a shift on an SPC chart described with its before and after level);
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, volunteers with lived experience, unusual names
    for the people involved, list items), wherever in the entry it is told; a reviewer
    or peer worker with lived experience, employed by a partner, who helped design the
    work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance services are emergency_service; GP
practices, GP federations, primary care networks and local pharmaceutical committees are
primary_care; self-advocacy groups and parent carer forums are patient_group; Deaf and
communication charities, hospices and care associations are charity; integrated care
boards are icb; a university is university; interpreting companies and supported living
companies are private).  A department or team of the entrant's own organisation, or its
own patient participation group, is not a partner.  Flags are written by hand and
build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1985  reasonable adjustments flag from GP record into the emergency
#        department - pdf - own headings - acute trust learning disability
#        liaison nurse, warm - acute trust with community trust, council and a
#        self-advocacy group - patients (some by pronoun) and staff involved -
#        no flags
# ---------------------------------------------------------------------------
entry(
    id="I1985", format="pdf", layout="own_headings", topic="reasonable_adjustments_flag_emergency_department",
    project="independent125-flagandfollow-1985", pdf_font="LiberationSans", pdf_align="L",
    title="Flag and Follow: making reasonable adjustments happen from the front door of the emergency department",
    cover=[
        "Lead: Harrowmede Hospitals NHS Foundation Trust (Learning Disability and Autism Liaison Team)",
        "Working with: Harrowmede Community Health NHS Trust; Harrowmede County Council; Speak Up Harrowmede (self-advocacy group)",
        "Written by the Lead Learning Disability Liaison Nurse",
    ],
    primary_entrant=dict(name="Harrowmede Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Harrowmede Community Health NHS Trust", type="nhs_trust"),
        dict(name="Harrowmede County Council", type="local_authority"),
        dict(name="Speak Up Harrowmede", type="patient_group"),
    ],
    sections=[
        ("context", "Why we started", """
I have been a learning disability nurse for nineteen years and a liaison nurse in our emergency
department for six of them. Most weeks I meet someone who has been sitting in the waiting room for
hours, frightened by the noise, with nobody around them knowing that they cannot read the screen that
calls their name, or that they will not tell anyone they are in pain. Too often the first I hear of
them is when they have already left without being seen, or when a family member rings the hospital in
tears.

Reasonable adjustments are a legal duty, not a kindness. Yet in practice our emergency department had
no way of knowing that a person arriving at the front desk had a learning disability or was autistic,
unless somebody told them. The GP practices in Harrowmede had been recording this for years, and many
people had a reasonable adjustments note in their GP record: 'needs a quiet space', 'bring her mum into
every conversation', 'uses Makaton', 'will say yes to everything, check understanding'. None of it
reached us.

Our own review of 2021 found three serious incidents in which a person with a learning disability waited
more than eight hours in the department, one of whom, a young man with autism and epilepsy, had a long
seizure in the toilets. We also saw people sent home after a quick look because they seemed calm, when
calm was how they showed distress. The national learning from deaths programme has said for years that
diagnostic overshadowing and missed adjustments contribute to avoidable deaths. We could see exactly
that happening at our own front door.

Flag and Follow joins up three things. The GP record's reasonable adjustments flag is now visible on our
emergency department system the moment the person is booked in. A flagged arrival triggers a short
checklist for the streaming nurse: quiet room, named carer present, communication method, pain tool.
And the liaison team gets a real-time alert, in working hours, so one of us can come down.
"""),
        ("stakeholders", "Who shaped it", """
<<P:Members of Speak Up Harrowmede walked through the department with us on a busy Monday afternoon, and
afterwards they told us that the worst part was not the wait but not knowing how long it would be.>>
<<P:Because of what they said, every flagged person is now given a picture card with a clock face showing
roughly when they will be seen, and it is updated by hand.>> <<P:Two of the group's members, Dean and
Priya, also chose the symbols on the quiet room door, and they were clear that it should not say
'learning disability room'.>>

<<P:Parents and paid carers who had been with someone in the department during the previous year met us
three times at the council's Hollybank day centre.>> <<P:They asked for the flag to show who to phone,
and that field was added to the alert.>>

<<S:The emergency department nurses who run streaming helped us cut the checklist from two pages to
eight lines, because they said anything longer would not get done at 2am.>> <<S:Reception staff
suggested that the flag should show as a coloured band on their screen rather than a pop-up, which they
said they would learn to click away without reading.>> <<S:The community trust's learning disability
nurses and the council's IT team worked with our digital team on the data link and tested it with
dummy records for two months before it went live.>>
"""),
        ("evidence", "What has changed", """
Flag and Follow went live in March 2023. Since then 1,214 attendances have been flagged, covering 587
different people.

<<Q:The median time from arrival to being seen by a clinician for people with a flag fell from 2 hours
41 minutes in 2022 to 1 hour 12 minutes in the twelve months after launch.>> <<Q:The number who left
before being seen dropped from 38 in 2022 to 9 in the first full year.>>

<<Q:On our statistical process control chart for waits of more than eight hours, the monthly count
sat around seven for all of 2022 and shifted down to around two from June 2023, with eight points in a
row below the old centre line.>>

<<Q:A pain score was recorded for 44% of flagged attendances in a 2022 audit, and for 86% in our audit
of October 2024.>>

These figures come from our emergency department system and were checked by the trust's information
team.
"""),
        ("value", "Value", """
The data link cost £18,500 to build, shared between the two NHS trusts. The checklist and clock cards
cost almost nothing. A single avoided admission for someone who deteriorated in the waiting room would
cover much of the cost. Staff say they feel more confident and less rushed when they know in advance,
and families tell us they no longer have to repeat the same story four times.
"""),
        ("spread", "Spreading the idea", """
The neighbouring trust at Calderbank has taken our data link specification and hopes to go live next
year. We have presented Flag and Follow to the regional learning disability nurses' network and to the
county's learning from deaths steering group. The same flag now shows in our outpatient booking system,
so that clinics can book a longer or first-of-the-day appointment.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1986  antipsychotics started in hospital and never stopped - docx - bold
#        headings - GP federation pharmacist, brisk - GP federation with acute
#        trust, mental health trust and a self-advocacy group - patients,
#        families and staff involved - claims in words ('halved', 'a third
#        fewer') - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1986", format="docx", layout="bold_headings", topic="hospital_started_antipsychotics_learning_disability",
    project="independent125-stoppingwhatwasstarted-1986", docx_font="Calibri",
    title="Stopping What Was Started: reviewing antipsychotics begun in hospital for people with a learning disability or autism",
    cover=[
        "Kestlebury GP Federation (lead entrant)",
        "Partners: Kestlebury and Ouse Valley NHS Foundation Trust (Pharmacy); Ouseford Partnership NHS Trust (Community Learning Disability Service); Kestlebury People First",
        "Contact: Lead Clinical Pharmacist, Kestlebury GP Federation",
    ],
    primary_entrant=dict(name="Kestlebury GP Federation", type="primary_care"),
    partners=[
        dict(name="Kestlebury and Ouse Valley NHS Foundation Trust", type="nhs_trust"),
        dict(name="Ouseford Partnership NHS Trust", type="nhs_trust"),
        dict(name="Kestlebury People First", type="patient_group"),
    ],
    sections=[
        ("context", "The problem", """
When someone with a learning disability or autism becomes distressed on a hospital ward, a common
response is a dose of an antipsychotic such as haloperidol or risperidone. Sometimes this is the right
thing to do in the moment. The trouble starts afterwards. The medicine is written on the discharge
letter as a regular prescription, the GP practice adds it to the repeat list, and months later nobody
can remember why it was started.

Antipsychotics carry real risks: weight gain, diabetes, constipation, drowsiness, falls, swallowing
problems and, over the long term, movement disorders. For people with a learning disability, who often
cannot tell us about side effects, these risks are easy to miss. National programmes have been asking
the NHS to stop overmedicating people with a learning disability and autistic people for almost ten
years.

In early 2022 our pharmacists looked at the records of everyone on the learning disability register in
the federation's 23 practices. We found 71 people who had been started on an antipsychotic during a
hospital stay and were still taking it. For 49 of them there was no plan in the discharge letter to
review or stop it. One woman in her fifties, who has Down's syndrome, had been given risperidone for
two nights of agitation during a chest infection in 2019, and was still taking it three years later.
Her sister told us she had become slower, had put on four stone and had started falling.

We could not fix this from general practice alone. The hospital needed to change what went on the
discharge letter, and the community learning disability team needed to be part of any decision to
reduce a medicine that might have been started for a good reason.

We also knew from experience that stopping an antipsychotic is not simple. If it is reduced too
quickly, or without anyone understanding why the person became distressed in the first place, the
distress can return, and the medicine is then restarted at a higher dose. Any plan needed the right
people around the table and time to go slowly.
"""),
        ("evidence", "Results", """
Since April 2022 every discharge letter for a person on the learning disability register who has been
started on a psychotropic medicine must include the reason, the intended length of treatment and who
will review it. Hospital pharmacists check this before the letter is sent. The federation's
pharmacists then see each person within six weeks of discharge, with the community learning disability
nurse and, wherever possible, the person and their family or carers.

<<Q:By the end of March 2024 the number of people on the register still taking an antipsychotic that had
been started in hospital without a review plan had halved.>> <<Q:Discharge letters with a clear stop or
review date went from fewer than one in five, in our 2022 audit, to nine in ten in the repeat audit in
2024.>>

Of the 71 people we first identified, 52 have had a full review. Nineteen have stopped the medicine
completely and 14 are on a lower dose. The rest have stayed on it because the review found a good
reason.

<<Q:Across the federation, there are now a third fewer new antipsychotic prescriptions for people on
the learning disability register each year than there were before the project started.>> We have not
seen any rise in crisis admissions among the people whose medicine was stopped, and we are keeping an
eye on this.
"""),
        ("stakeholders", "Involving people", """
<<P:Kestlebury People First ran two workshops for us, and the self-advocates told us that the word
'review' sounded like a test they might fail, so the invitation now says 'a chat about your medicines'.>>
<<P:They also helped us write an easy read sheet about what an antipsychotic is, and they insisted it
said clearly that stopping should be slow and planned.>>

<<P:Families of six people who had been through a review talked to us about what went well and what
did not, and after hearing from them we now offer a second appointment at home for anyone who finds the
surgery too much.>>

<<S:Ward pharmacists at the acute trust designed the discharge letter prompt with our team and tested it
on two medical wards first.>> <<S:The community learning disability nurses and psychiatrist agreed the
reduction plans with us, and their advice was that no more than one medicine should be changed at a
time.>> <<S:GP partners in four practices gave feedback on the first version of the review template,
which led us to add a section on physical health checks.>>
"""),
        ("value", "Value for money", """
The work has been funded from the federation's existing clinical pharmacy budget. Each review takes
about an hour of pharmacist time. Stopping or reducing an antipsychotic also reduces the blood tests,
ECGs and weight monitoring that go with it. More importantly, people are less sleepy, more active and
less likely to fall, which carers have described to us as 'getting him back'.
"""),
        ("spread", "Spread", """
The discharge letter prompt has been adopted by the mental health trust for its own inpatients, and the
acute trust is extending it to people over 75 with dementia. We have shared our review template with
the other two GP federations in the county and presented the work at a regional medicines optimisation
meeting.
"""),
    ],
    flags=[],
)



# ---------------------------------------------------------------------------
# I1987  annual health checks from age 14 at special schools - docx - form
#        table with cover table - council SEND manager, dutiful - council with
#        a primary care network and a parent carer forum - parents and staff
#        involved - NO quantitative evidence (checks done, young people
#        identified, numbers trained, a target, a single figure)
# ---------------------------------------------------------------------------
entry(
    id="I1987", format="docx", layout="form_table", topic="annual_health_checks_special_schools_age_14",
    project="independent125-fourteenplus-1987", docx_font="Arial",
    title="Fourteen Plus: annual health checks for young people at special schools",
    cover_table=[
        ("Entry title", "Fourteen Plus: annual health checks for young people at special schools"),
        ("Lead organisation", "Brindlecombe County Council (Special Educational Needs and Disabilities Service)"),
        ("Partner organisations", "Brindlecombe North Primary Care Network; Brindlecombe Parent Carer Forum"),
        ("Contact", "Head of SEND Health Integration"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
    ],
    primary_entrant=dict(name="Brindlecombe County Council", type="local_authority"),
    partners=[
        dict(name="Brindlecombe North Primary Care Network", type="primary_care"),
        dict(name="Brindlecombe Parent Carer Forum", type="patient_group"),
    ],
    sections=[
        ("context", "1. Please describe the background to the project and the patient safety issue it addressed.", """
Everyone aged 14 and over who is on a GP learning disability register is entitled to a free annual
health check. The check is an important safety net. It picks up problems such as undiagnosed epilepsy,
hearing and sight loss, constipation, weight changes, dental disease and side effects of medicines, and
it produces a health action plan. For young people it is also a chance to start planning the move from
children's to adult health services, which is a time when many fall through the gaps.

In Brindlecombe, very few young people aged 14 to 17 were having the check. Many were not on the GP
register at all, because a diagnosis made by a paediatrician or recorded in an education, health and
care plan had never been passed on to the practice. Others were on the register but their families had
never heard of the check, or had been put off by the idea of a busy surgery with a long wait and bright
lights.

The council's SEND service knows every young person with an education, health and care plan, and the
three special schools in the north of the county see these young people every day. The schools already
have a school nurse, a quiet room and staff who know each young person well. It made sense to bring the
check to them.

A local child safeguarding practice review in 2021, about a 16-year-old with a severe learning
disability who died of a bowel obstruction after months of constipation that had not been recognised,
found that he had never had an annual health check and was not on his GP's register. The review asked
the council and the NHS to make sure that no young person in a special school was missed in the same
way.
"""),
        ("evidence", "2. What measurable difference has the project made? Please give evidence.", """
Fourteen Plus started in the spring term of 2023 at Larkhill School and was extended to Stanmoor Brook
and Gorsemere Schools in September 2023.

With the consent of parents, the SEND service shares a list of pupils aged 14 and over with each GP
practice in the network, and the practice checks whether each young person is on its learning
disability register. We found 112 young people who should have been on a register and were not, and all
of them have now been added.

A practice nurse and a GP from the network run health check sessions at each school twice a term, in
the school's own medical room, with a member of school staff the young person knows and, where they
wish, a parent. Between April 2023 and July 2024, 268 health checks were completed at the three
schools. Every young person seen has a health action plan, written in a format their school can use.

The checks found new or unmanaged problems in many young people, including 17 who were referred for a
hearing assessment, 11 with constipation needing treatment, 9 with possible seizures that had not been
recognised and 23 who had not seen a dentist for more than two years. One young woman was found to have
a blood pressure high enough to need urgent referral.

In the summer 2024 survey, 92% of parents who replied said they would choose to have next year's check
at school. Our target is for every eligible pupil at the three schools to have had a check by July
2025.

Forty-one school staff have completed the council's half-day course on spotting signs of ill health in
pupils who do not use speech.
"""),
        ("stakeholders", "3. How were patients, service users, carers and staff involved?", """
<<P:Parent carers from the forum sat on the project group from the start, and it was their suggestion
that the first letter home should come from the school rather than the surgery, because families open
letters from school.>> <<P:The forum also tested the invitation and consent form with its members, and
the form was cut from four pages to one after they said most parents would give up halfway.>>

<<P:At Gorsemere, pupils in the sixth form made a short video showing what happens during a check,
choosing which parts to film themselves, and it is now shown to every pupil before their first
appointment.>>

<<S:Special school nurses helped the practice nurses plan the sessions, and they asked for
appointments to be 40 minutes long, with a break in the middle for pupils who need one, which is how
they are now booked.>> <<S:Teaching assistants told us that some pupils would only have their blood
pressure taken if they had practised on a teddy first, so there is now a practice kit in every
classroom.>>
"""),
        ("value", "4. What has been the impact on patient experience and value for money?", """
The health checks are paid for through the normal national arrangements, so the practices receive the
usual payment. The council has funded a part-time coordinator post, costing £21,000 a year, to manage
the lists, consent and timetables. There are no room costs.

Parents have told us the check at school is calmer and that their child knew what was going to happen.
Several said it was the first time a doctor had spoken directly to their son or daughter. Practice staff
say they get a far better picture of a young person when the people who know them best are in the room.
"""),
        ("spread", "5. How could this be spread or adopted elsewhere?", """
The two other primary care networks in the county have asked to join in 2025, covering the remaining
special schools. We have shared our data sharing agreement, consent form and session plan with the
regional SEND network, and the approach has been written into the county's all-age learning disability
strategy.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1988  BSL interpreters for Deaf women in labour and on the postnatal ward
#        - pdf - two columns - Deaf centre director, passionate - Deaf charity
#        with an acute trust and a university - Deaf mothers involved - NO
#        staff involvement (midwives trained and briefed, a named lead doing
#        her job, a plan for a staff group)
# ---------------------------------------------------------------------------
entry(
    id="I1988", format="pdf", layout="two_column", topic="bsl_interpreters_maternity_labour",
    project="independent125-signedbirth-1988", pdf_font="LiberationSans",
    title="Signed Birth: making sure Deaf women can communicate in labour and after",
    cover=[
        "Marrowgate Deaf Centre (registered charity) in partnership with Marrowgate University Hospitals NHS Trust (Maternity Services) and Swalecliffe University (School of Health Sciences)",
        "Entry by the Director, Marrowgate Deaf Centre",
    ],
    primary_entrant=dict(name="Marrowgate Deaf Centre", type="charity"),
    partners=[
        dict(name="Marrowgate University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Swalecliffe University", type="university"),
    ],
    sections=[
        ("context", "The problem", """
British Sign Language is the first language of around 900 Deaf adults in Marrowgate. For many Deaf
people, written English is a second language, and lip-reading picks up only a small part of what is
said, even in a quiet room. A labour ward is not a quiet room, and a midwife wearing a mask cannot be
lip-read at all.

For years Deaf women told us the same story. They booked an interpreter for antenatal appointments and
those went well enough. But babies do not come by appointment. When labour started at night or at a
weekend, there was no interpreter. Women were asked to consent to an epidural, an instrumental birth or
a caesarean section by notes scribbled on a paper towel, or by their hearing partner or their own
mother, or in one case by their eleven-year-old son. On the postnatal ward they missed advice about
feeding, bleeding, blood clots and safe sleeping, because it was given in a group or over the curtain.

In 2022 a Deaf mother was discharged without understanding that the heavy bleeding she was having was
not normal. She was readmitted two days later by ambulance and needed a transfusion. She came to us
afterwards, angry and frightened, and she gave us permission to take her story to the hospital.

The hospital was not unwilling. It had a contract for interpreters, and staff knew they should use it.
But the contract only covered booked appointments with a few days' notice, and out of hours the
agency rarely had anyone available. Midwives told us they felt helpless and embarrassed, and some
Deaf women told us they had stopped asking because they did not want to be a nuisance.
"""),
        ("evidence", "What difference it has made", """
Signed Birth began in January 2023. Every Deaf woman who uses BSL is now identified at booking, and
her record carries a communication alert. When she arrives in labour, the ward rings our 24-hour
interpreter line and a registered BSL interpreter attends in person within an hour, or joins by video
straight away until they arrive. A Deaf support worker visits each woman on the postnatal ward and
goes through the discharge advice in BSL.

<<Q:Before Signed Birth, an interpreter was present at only 4 of the 19 births to Deaf women we
reviewed from 2020 to 2022; in 2023 and 2024, an interpreter, in person or on video, was present at 27
of 29 births.>>

<<Q:Consent for an intervention in labour obtained through a family member fell from 11 cases in the
three years before to none in the two years since.>>

<<Q:In the evaluation carried out by Swalecliffe University, the proportion of Deaf mothers who said
they understood the warning signs to look for after going home rose from 31% to 90%.>>

There have been no readmissions among these women for a problem they were told about and did not
understand.
"""),
        ("stakeholders", "Deaf women at the heart of it", """
<<P:Eight Deaf mothers who had given birth at the hospital came to a series of evening sessions at our
centre, signing their experiences to midwifery managers through an interpreter.>> <<P:It was those
mothers who said that a video interpreter was far better than nothing at 3am, but that a real person
must follow, and that is the rule we now work to.>>

<<P:Two Deaf women who were pregnant at the time tried out the communication alert and the video link
during their own antenatal care, and they asked us to add a picture of the interpreter to the alert so
they would recognise who was coming.>> <<P:The discharge advice videos, signed in BSL, were scripted by
Deaf mothers from our parents' group and filmed at the centre.>>

All 146 midwives and maternity support workers at the hospital have had Deaf awareness training from
our team, and the obstetric anaesthetists were briefed at their departmental meeting. The Deaf awareness
lead midwife, Karen Holt, checks the alert list every week as part of her role. We hope to start a
staff reference group in 2025.
"""),
        ("value", "Value", """
The interpreter line costs the trust around £32,000 a year, about the same as it was already spending
on agency interpreters booked at short notice, often unsuccessfully. A single postpartum haemorrhage
readmission costs several thousand pounds, quite apart from the harm to mother and baby.
"""),
        ("spread", "Spread", """
The video interpreting arrangement has been extended to the emergency department and the children's
ward. Swalecliffe University has published its evaluation and built Deaf awareness into its midwifery
degree. Two Deaf charities in neighbouring counties are talking to their local maternity units about
copying the model.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1989  acting on learning from deaths reviews about aspiration pneumonia -
#        pdf - caps headings - ICB head of learning disability, analytical -
#        ICB with a university, a community trust and a care association -
#        families, PS lived-experience reviewers and staff involved - SPC
#        shift - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1989", format="pdf", layout="caps_headings", topic="learning_from_deaths_aspiration_pneumonia",
    project="independent125-safeswallow-1989", pdf_font="DejaVuSans", pdf_align="L",
    title="From Reviews to Action: reducing deaths from aspiration pneumonia in people with a learning disability",
    cover=[
        "Entrant: Penwarden and Thistlebrook Integrated Care Board",
        "With: University of Thistlebrook; Penwarden Community NHS Trust (Adult Speech and Language Therapy); Calderbank Care Association",
        "Prepared by the Head of Learning Disability and Autism Programmes",
    ],
    primary_entrant=dict(name="Penwarden and Thistlebrook Integrated Care Board", type="icb"),
    partners=[
        dict(name="University of Thistlebrook", type="university"),
        dict(name="Penwarden Community NHS Trust", type="nhs_trust"),
        dict(name="Calderbank Care Association", type="charity"),
    ],
    sections=[
        ("context", "THE SAFETY PROBLEM", """
Every death of a person with a learning disability or an autistic person in our area is reviewed under
the national learning from lives and deaths programme. For several years the same cause appeared at the
top of our annual reports: pneumonia, and in particular aspiration pneumonia, where food, drink or
saliva goes into the lungs. In the three years to March 2022, it was recorded as a cause or contributing
cause in 41 of the 138 deaths we reviewed.

The reviews kept finding the same things. Swallowing assessments had been done, sometimes years before,
but the recommendations had not reached the people preparing meals. Textures were described in
different ways by different services. Care staff did not always know that coughing at meals, a wet
voice or repeated chest infections were warning signs. People were positioned badly for eating, or fed
too quickly by staff who were rushed. Reflux and constipation, both of which raise the risk, were
under-treated. And when someone did become unwell, the signs of a chest infection were put down to
'his learning disability' until it was too late.

Each review produced recommendations, and each recommendation was sent to the organisation concerned.
But with 60 care providers, two community trusts and more than a hundred GP practices, nobody was
checking whether anything changed. We had become good at learning and poor at acting.

Families had noticed this before we did. <<P:At the ICB's annual learning from deaths event in 2021, a
father stood up and asked how many more reviews it would take before his son's recommendations were
put into practice.>> We did not have an answer. That question became the starting point for this work.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<PS:Two of the reviewers on our programme have a learning disability themselves and are employed by
the University of Thistlebrook as co-researchers, and they helped design the thematic analysis and
wrote the easy read version of every action.>> <<PS:It was their challenge that led us to measure the
actions by what happened to people, not by whether a training session had been held.>>

<<P:We met the families of eleven people whose deaths had involved aspiration pneumonia.>> <<P:What
they told us changed the programme: several said they had spotted the coughing at meals long before
anyone acted, so the new eating and drinking plan includes a section headed 'What the family has
noticed'.>>

<<S:Speech and language therapists from the community trust rewrote their swallowing reports with care
home managers so that each one now ends with a single page that a cook or support worker can use.>>
<<S:The care association set up a working group of registered managers from nine providers, who tested
the new mealtime observation tool in their own services and asked for it to be shortened.>> <<S:GP
leads from three primary care networks agreed the wording of the 'chest infection in a person with
dysphagia' prompt in the GP record, after trying two earlier versions that they said were too long.>>
"""),
        ("evidence", "WHAT HAS CHANGED", """
From April 2022 we turned the review themes into six actions, each owned by a named organisation and
checked every quarter at the ICB's learning from deaths panel. The actions were: one-page eating and
drinking plans for everyone with a swallowing problem; a shared description of food textures across
all services; a mealtime observation tool used monthly by every care provider; an annual reflux and
bowel review at the health check; a prompt in the GP record; and a fast route back to speech and
language therapy when a person's swallowing changes.

<<Q:Hospital admissions with pneumonia among adults on the learning disability register fell from 118
in 2021/22 to 84 in 2023/24.>> <<Q:On our statistical process control chart of monthly pneumonia
admissions, the mean dropped from 9.8 a month to 7.1 a month from November 2022, a shift that has held
for eighteen months.>>

<<Q:Aspiration pneumonia was recorded as a cause or contributing cause in 30% of deaths reviewed in the
three years to March 2022, and in 17% of deaths reviewed in 2023/24.>> We are cautious about this
figure, because the numbers are small and the reviews are completed some months after each death.

<<Q:In the university's audit of 300 care records, the share of people with a swallowing problem whose
eating and drinking plan was less than a year old rose from 38% to 81%.>>

By September 2024, 58 of the 60 registered care providers were sending their mealtime observation
results to the care association each month.
"""),
        ("value", "VALUE FOR MONEY", """
A hospital stay for aspiration pneumonia in this group lasts on average more than ten days. The
reduction in admissions alone frees over 300 bed days a year. The programme has cost the ICB £64,000 a
year, mainly for the university's evaluation and additional speech and language therapy hours. The
greater value is in lives: each avoided death is a son, a daughter, a brother or a friend.
"""),
        ("spread", "SHARING THE LEARNING", """
Our method of turning review themes into owned, measured actions has been adopted by the ICB's panel
for other themes, including epilepsy and sepsis. The university has presented the work at two national
conferences and shared the easy read action summaries. Three other ICBs in the region have asked for
the mealtime observation tool.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1990  professional interpreters for consent and fasting in day surgery -
#        docx - numbered questions - PRIVATE interpreting company as primary
#        entrant with an acute trust (ineligible) - operations director,
#        corporate - patients involved (passive voice) and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1990", format="docx", layout="numbered_questions", topic="day_surgery_interpreters_consent_fasting",
    project="independent125-clearconsent-1990", docx_font="Calibri",
    title="Clear Consent: professional interpreters for every step of day surgery",
    cover=[
        "Primary entrant: Wyvernham Language Services Ltd",
        "Partner: Wyvernham Teaching Hospitals NHS Foundation Trust (Day Surgery Unit)",
        "Submitted by: Director of Operations, Wyvernham Language Services Ltd",
    ],
    primary_entrant=dict(name="Wyvernham Language Services Ltd", type="private"),
    partners=[
        dict(name="Wyvernham Teaching Hospitals NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "1. What was the problem and why did it matter?", """
Wyvernham Language Services provides spoken language and British Sign Language interpreting to the
trust under a contract that began in 2021. About one in eight patients booked for day surgery at the
trust's Riverside Day Surgery Unit needs an interpreter, and the most common languages are Polish,
Urdu, Romanian, Bengali, Arabic and Tigrinya.

Day surgery depends on patients following instructions exactly. They must stop eating six hours before
and stop drinking clear fluids two hours before. They must stop some medicines, such as blood thinners
and some diabetes tablets, days in advance. They must arrange for an adult to take them home and stay
overnight. And on the day they must understand what operation they are having, and its risks, to give
valid consent.

Our review with the trust in 2022 showed that interpreters were booked reliably for the surgical
consultation, but almost never for the telephone pre-assessment, the fasting reminder call or the
morning of surgery. Instead, relatives interpreted, or patients were sent letters in English. Operations
were cancelled on the day because patients had eaten breakfast or taken their anticoagulant. One
patient with diabetes who had not understood the instructions was found to have a very low blood sugar
in the admissions lounge. And a consent audit found forms signed with a family member interpreting,
including a teenage daughter explaining the risks of a gynaecological procedure to her mother.

Most of these problems were invisible to the surgical team. A surgeon who meets the patient once in
clinic, with an interpreter present, has no reason to think the later steps will be different. The
pre-assessment nurses knew, but booking an interpreter for a telephone call meant a separate request
through a separate system, and calls were often made at short notice when a theatre list changed.
On the morning of surgery, the admissions lounge was busy and interpreters were booked for a time that
bore no relation to when the patient would actually be seen. When the interpreter did not arrive, the
list carried on.

The trust asked us to work with them on the whole pathway, not just the consultation. We agreed from
the start that the measure of success would be what happened to patients, not how many bookings we
made.
"""),
        ("evidence", "2. What has been achieved?", """
Since February 2023 an interpreter is booked automatically for every step of the day surgery pathway
when a language need is recorded on the referral. Telephone pre-assessment is done with a three-way
interpreter call. Fasting and medicine instructions are read back by the patient through the
interpreter, a method called teach-back. On the day, an interpreter is booked for the admission time,
in person for the longest lists and by video for the rest.

<<Q:On-the-day cancellations for patients needing an interpreter, caused by eating, drinking or not
stopping medicines, fell from 9.4% of their bookings in 2022 to 2.8% in 2024.>> <<Q:The proportion of
consent forms for these patients that recorded a professional interpreter rose from 57% to 98%.>>

<<Q:Use of a family member to interpret at any point on the pathway went from 212 recorded instances in
2022 to 14 in 2024.>> We completed 4,680 interpreting sessions for the unit in 2024.
"""),
        ("stakeholders", "3. How were patients and staff involved?", """
<<P:Interpreting sessions were observed, with their agreement, by patients from the trust's Polish and
Bengali community health groups, and their comments were used to rewrite the fasting script in shorter
sentences.>> <<P:The written translations of the instructions were checked by community readers who
had had day surgery themselves, and two of the translations were changed on their advice because the
word chosen for 'fasting' suggested religious fasting.>>

<<S:Pre-assessment nurses at the unit worked with our interpreters to test the three-way call, and
they asked for calls to be booked in 30-minute slots, not 15, which we agreed.>> <<S:Anaesthetists
reviewed the teach-back questions and added one about chewing gum and sweets.>> <<S:Our own
interpreters fed back that they were being asked to translate consent forms on the spot, so the trust
now sends the form to us in advance.>>
"""),
        ("value", "4. What has been the value for money?", """
Each cancelled day surgery case costs the trust around £1,200 in lost theatre time. The extra
interpreting has cost about £41,000 a year, far less than the value of the theatre time saved. Patients
also avoid the distress of a cancelled operation and the risks of low blood sugar or bleeding.
"""),
        ("spread", "5. How has the learning been shared?", """
The trust has extended automatic booking to endoscopy and to the outpatient hysteroscopy clinic. We
have shared the teach-back scripts, in 14 languages, with two other trusts we work with, and presented
the project at a national conference on language access in healthcare.

The biggest lesson for us as a company has been that interpreting is not a single event. A patient's
safety depends on understanding at every step, and the steps that look small, such as a reminder call
the day before, can matter as much as the consent conversation. We now look at every contract we hold
as a pathway rather than a list of appointments, and we ask each hospital to show us where in that
pathway relatives are still being asked to interpret.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1991  several procedures under one general anaesthetic for adults with a
#        learning disability or autism - docx - reordered (stakeholders first)
#        - community dental consultant, conversational - community trust with
#        acute trust and council - patients, families and staff involved -
#        NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I1991", format="docx", layout="reordered", topic="combined_procedures_single_anaesthetic_learning_disability",
    project="independent125-onesleep-1991", docx_font="Cambria",
    title="One Sleep, Many Jobs: combining health care under a single general anaesthetic",
    cover=[
        "Redmarsh Community Healthcare NHS Trust, Special Care Dental Service (lead)",
        "In partnership with Redmarsh General Hospital NHS Foundation Trust and Redmarsh City Council (Adult Social Care)",
        "Author: Consultant in Special Care Dentistry",
    ],
    primary_entrant=dict(name="Redmarsh Community Healthcare NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Redmarsh General Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="Redmarsh City Council", type="local_authority"),
    ],
    sections=[
        ("stakeholders", "Starting with the people who asked for it", """
This project did not start with us. <<P:It started with a mother, Mrs Okafor, who wrote to the trust in
2021 to say that her son, who is 27, autistic and does not use speech, had had three general
anaesthetics in eighteen months: one for his teeth, one for a blood test and scan that he could not
tolerate awake, and one for an ear examination.>> Each time he had to be prepared for weeks, each time
he was terrified, and each time he was restrained in the anaesthetic room. <<P:She asked why it could not
all be done at once, and she offered to help us work out how.>> <<P:She then sat on the planning group
for the whole of the first year.>>

<<P:Other families joined through the council's carers' network, and they told us what made the day
bearable: a named person who meets them at the door, a side room rather than a bay, and being allowed
to stay until their relative is asleep.>> Those three things are now in every plan.

<<S:Anaesthetists, dental nurses, the hospital's learning disability liaison nurses, phlebotomists,
radiographers, audiologists and gynaecologists all came to the planning meetings, and each of them
wrote down what they would need in order to join a combined list.>> <<S:Theatre staff suggested a
single pre-list 'huddle' at 7.45am, where everyone involved goes through the order of procedures, and
this has become the heart of the day.>> <<S:Social workers from the council's learning disability team
helped us set up the best interests meetings, and they asked that every plan record who has been
consulted, which is now a field on the form.>>
"""),
        ("context", "The safety problem", """
Many adults with a severe learning disability or autism can only have dental treatment, blood tests,
scans, smear tests, hearing tests or ear wax removal under a general anaesthetic. Each anaesthetic
carries its own risks, and for people with complex health needs, such as epilepsy, swallowing problems
or heart conditions, those risks are higher. Each one also brings days of distress before and after,
and sometimes physical restraint to get a cannula in.

Because each procedure belonged to a different department, each was booked separately. Tests that
could have been done while the person was asleep for dental work were not done, sometimes for years.
Learning from deaths reviews in our area had found people whose cancers and heart problems were
diagnosed late because routine tests and screening had simply never been possible while they were
awake.

There was also a quieter problem. Families told us that, after one bad experience, they would avoid
further hospital visits for as long as possible, even when their relative was clearly unwell. A
toothache would be managed with painkillers for months. A lump would be watched rather than
investigated. Every separate anaesthetic made the next one harder to face, for the person and for
the people who love them.

Different teams also had different rules. Dental lists had their own pre-assessment, gynaecology had
another, and radiology a third. Blood tests requested by a GP could not be taken in theatre without a
hospital request, and the results went to a consultant the person had never met. Nobody was
responsible for thinking about the whole person on the day.
"""),
        ("value", "What it has meant for people and the money", """
Each general anaesthetic in theatre costs the NHS roughly £1,500 to £2,000. Every combined list saves
at least one and often two further anaesthetics. More importantly, people have fewer frightening days
in hospital and fewer episodes of restraint. Families describe a single day of preparation rather than
months.

The extra cost is mainly the coordinator's time, a band 6 nurse for two days a week, funded jointly by
the two trusts.

There are costs that are harder to count. A person who is restrained in an anaesthetic room may take
months to trust a hospital again. Families have told us that the combined list has given them back a
relationship with health services that they thought was lost. For the staff involved, the lists take
more planning than an ordinary list, but they are consistently described as the most rewarding day in
the fortnight.
"""),
        ("evidence", "The results", """
The first combined list ran in November 2022. There is now a combined list every fortnight at
Redmarsh General. Before each list, the coordinator contacts the person's GP, the liaison nurses and
the family to find out what else is needed: bloods, an ECG, a hearing test, a smear, a scan, an eye
examination, a vaccination, a foot check. Best interests decisions are made for each procedure in one
meeting.

So far 96 people have had a combined anaesthetic, with an average of 3.4 procedures each.

<<Q:In the two years before the project, these 96 people had 231 separate general anaesthetics between
them; in the two years since, they have had 104.>> <<Q:Recorded physical restraint during induction of
anaesthesia for this group fell from 41 episodes to 12.>>

The combined lists have also found serious illness. Four people had early cancers found, two by smear
tests and two by scans that had been impossible awake. Nine had high blood pressure or heart rhythm
problems found on an ECG and are now treated.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I1992  hearing aids lost or without batteries on hospital wards - pdf - with
#        appendix - audiology service manager, tidy - acute trust with a
#        hearing loss charity - staff involved - NO patient involvement
#        (patients given a leaflet, a questionnaire that changed nothing, a plan
#        to involve a panel, beneficiaries) - NO quantitative evidence (numbers
#        trained, pouches issued, a single figure, a budget)
# ---------------------------------------------------------------------------
entry(
    id="I1992", format="pdf", layout="with_appendix", topic="hearing_aids_lost_hospital_wards",
    project="independent125-hearmeout-1992", pdf_font="LiberationSerif", pdf_align="L",
    title="Hear Me Out: keeping hearing aids in, working and safe during a hospital stay",
    cover=[
        "Quenby and Fallowfield Hospitals NHS Trust, Audiology Department",
        "Partner: Hearing Forward Quenby (registered charity)",
        "Entry prepared by the Audiology Service Manager",
    ],
    primary_entrant=dict(name="Quenby and Fallowfield Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Hearing Forward Quenby", type="charity"),
    ],
    sections=[
        ("context", "Background", """
More than four in ten patients on our medical and orthopaedic wards for older people wear hearing aids,
or should. When they come into hospital in an emergency, the hearing aids often stay at home, or come in
a handbag and are never put in. If they are put in, the batteries go flat within a week and there is no
spare. Hearing aids are lost in bedding, thrown away on meal trays and sent to the laundry in pillow
cases. Our audiology department was replacing dozens of lost aids every year.

This is not only an inconvenience. A patient who cannot hear cannot follow what the doctor says on the
ward round, cannot tell a nurse about new pain, cannot hear the call to take their medicines and cannot
take part in decisions about their own discharge. Hearing loss in hospital is closely linked with
delirium, and it is easily mistaken for confusion or dementia. We found cases where patients had been
assessed as lacking capacity when in fact they simply had not heard the questions. For people who also
have a learning disability or dementia, the effect is even greater.

The problem sat between teams. Ward staff did not know how to change a battery or clean a tube, and
did not feel it was their job. Audiology only saw patients who were referred. The local hearing loss
charity ran a battery and repair service in the community but had no presence in the hospital.
"""),
        ("evidence", "What we have done and what has happened", """
Hear Me Out started on six wards in May 2023 and has been on all fourteen adult inpatient wards since
January 2024. It has four parts.

First, every patient is asked on admission whether they use hearing aids, and the answer goes on the
electronic whiteboard above their bed as a small ear symbol. Second, every ward has a hearing aid box
with batteries of all sizes, cleaning tools, a personal amplifier for patients without their own aids,
and bright yellow pouches labelled with the patient's name for storing aids safely at night. Third, the
charity's hearing support officers visit each ward twice a week to check, clean and re-tube aids and to
retrieve aids that are at home. Fourth, each ward has at least two hearing champions.

Since the start, 156 ward staff have been trained as hearing champions, and 2,900 yellow pouches have
been given out. The hearing support officers made 1,840 ward visits in 2024 and fitted a personal
amplifier for 380 patients.

In our audit of the ward boxes in September 2024, 93% of boxes were fully stocked. Audiology now
receives a small number of reports of lost hearing aids each month, and we are working to reduce this
further. Our aim is that no hearing aid is lost on any ward by the end of 2025.
"""),
        ("stakeholders", "Working together", """
<<S:The hearing support officers from Hearing Forward Quenby designed the contents of the ward box with
our audiologists, and after the first month on the wards they asked for the batteries to be colour
coded by size, which we did.>> <<S:Nurses and healthcare assistants on the first six wards tested the
yellow pouch and pointed out that the original design had a clear window that made the aids look like
rubbish, so it is now solid yellow with the patient label on the outside.>> <<S:The ward managers'
forum agreed where the box should be kept on each ward, and occupational therapists on the older
people's wards asked for the personal amplifiers to be added after seeing how they helped during
cognitive assessments.>>

Patients receive a leaflet about Hear Me Out on admission, explaining the yellow pouch and the ear
symbol. We sent a questionnaire to patients discharged from two wards in early 2024; the replies were
positive and we did not make any changes as a result. We would like to involve the trust's patient
panel in the next stage of the work.
"""),
        ("value", "Value for money", """
The trust pays the charity £26,000 a year for the hearing support officers. The ward boxes cost about
£150 each to set up. Each replacement hearing aid costs the NHS around £180, and each day a patient
stays in hospital with delirium costs far more. Patients are better able to take part in their own
care, which is safer and fairer.
"""),
        ("spread", "Spread", """
Hear Me Out has been adopted by the community hospital at Fallowfield and by the trust's day surgery
unit. The charity is in discussion with a neighbouring trust about providing the same service, and we
have shared the ward box list with the regional audiology network.
"""),
    ],
    trailer=[
        ("heading", "Appendix: contents of the ward hearing aid box and data sources"),
        ("para", "Each box contains: zinc-air batteries in sizes 10, 13, 312 and 675, colour coded; wax guards and domes; a cleaning brush and wipes; replacement tubing; a battery tester; a personal amplifier with headphones; yellow pouches and name labels; and a laminated guide to fitting and cleaning behind-the-ear and in-the-ear aids."),
        ("para", "Training figures and pouch numbers are from the Audiology Department's records. Ward visit and amplifier figures are from Hearing Forward Quenby. Box audit results are from the trust's monthly ward quality audit."),
        ("para", "Audiology Department, Quenby General Hospital, Mill Lane, Quenby QB3 5HL."),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1993  reasonable adjustments in community pharmacies when medicines change
#        - docx - bullet lists - LPC chief officer, practical - LPC with a
#        council and an ICB - pharmacists and support workers involved - NO
#        patient involvement (people sent easy read letters, a survey after
#        which nothing changed, beneficiaries)
# ---------------------------------------------------------------------------
entry(
    id="I1993", format="docx", layout="bullet_lists", topic="community_pharmacy_learning_disability_medicine_changes",
    project="independent125-changesmadeclear-1993", docx_font="Calibri",
    title="Changes Made Clear: safer medicine changes for people with a learning disability through community pharmacy",
    cover=[
        "Lead: Stanmoor Local Pharmaceutical Committee",
        "Partners: Stanmoor Borough Council (Adult Social Care); Stanmoor and Linthorpe Integrated Care Board (Medicines Optimisation Team)",
        "Contact: Chief Officer, Stanmoor LPC",
    ],
    primary_entrant=dict(name="Stanmoor Local Pharmaceutical Committee", type="primary_care"),
    partners=[
        dict(name="Stanmoor Borough Council", type="local_authority"),
        dict(name="Stanmoor and Linthorpe Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "What was going wrong", """
Around 1,100 adults with a learning disability in Stanmoor get their medicines from one of our 48
community pharmacies. Many live in supported living or residential care, where support workers give
medicines from a printed chart. Others live with family or on their own.

When a medicine is changed, for example after a hospital stay, a clinic appointment or a GP review, a
chain of people has to get the change right: the prescriber, the pharmacy, the support provider and
the person themselves. In Stanmoor that chain kept breaking:

- pharmacies were not told why a medicine had changed, so a new dose could look like a mistake and be queried, delaying it, or an old dose could carry on alongside the new one

- the printed medicine chart from the pharmacy was often not updated until the next monthly cycle, so support workers gave the old dose for up to four weeks

- stopped medicines stayed in the home and were sometimes given by agency staff who did not know they had been stopped

- psychotropic medicines, epilepsy medicines and laxatives were the most common ones involved

- the council's safeguarding team received 37 medicines-related concerns about people with a learning disability in 2021, most of which involved a change that had gone wrong

- families who manage medicines at home were often the last to hear, and some only found out about a change when a new box arrived that looked different from the old one

- nobody owned the whole chain: each organisation did its own part correctly, but the handovers between them were where things went wrong
"""),
        ("evidence", "What has happened", """
Since June 2022:

- every pharmacy has a 'medicine change' flag on its patient medication record for people on the learning disability register, so a change triggers a same-day phone call to the support provider or family

- the pharmacy prints an updated medicine chart within 48 hours of any change, instead of waiting for the next monthly cycle

- stopped medicines are collected from the home by the pharmacy delivery driver within a week

- the ICB's pharmacists send the pharmacy the reason for any change made at a structured medication review

Results, comparing the 12 months before with the 12 months from July 2023:

- <<Q:medicines-related safeguarding concerns about people with a learning disability fell from 37 to 15>>

- <<Q:the average time for a changed dose to appear on the support provider's medicine chart fell from 17 days to 2 days>>

- <<Q:in the ICB's audit of 12 supported living services, doses given after a medicine had been stopped went from 29 found to 4>>

- 2,340 medicine change calls were made by pharmacies in the year
"""),
        ("stakeholders", "Who was involved", """
- <<S:pharmacists from 11 pharmacies helped design the medicine change flag and tried it out for three months, and they asked for a standard script for the phone call so that locum pharmacists could make it too>>

- <<S:managers and senior support workers from six supported living providers told us that charts arriving mid-cycle caused confusion, so the new chart is printed on yellow paper and marked 'CHANGED' across the top>>

- <<S:the ICB's medicines optimisation pharmacists and the council's quality team agreed the audit method with the support providers>>

- people with a learning disability and their families were sent an easy read letter explaining the changes

- we ran a short survey of people using the service and their families in 2023; people said they were happy with it and no changes were needed

- the main beneficiaries are the people whose medicines are now changed safely and on time
"""),
        ("value", "Value", """
- the scheme is paid for by the ICB at £8 per medicine change call, about £19,000 a year

- the council estimates that each avoided safeguarding enquiry saves at least a day of a social worker's time

- support workers spend less time chasing pharmacies and GPs

- avoided harm: missed epilepsy doses can lead to seizures and hospital admission, and double doses of sedating medicines can lead to falls
"""),
        ("spread", "Spread", """
- the neighbouring LPC in Linthorpe has started the same scheme this year

- we have shared the call script and chart template with the national pharmacy organisations

- the ICB is considering extending the flag to people living with dementia in care homes

- the medicine change call has been added to the local community pharmacy service specification, so it will continue when the current funding ends

- we will repeat the supported living audit every year and publish the results to the LPC's members
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1994  Deaf patients booking and attending appointments at one GP practice
#        - pdf via soffice - style headings - practice manager, chatty - one GP
#        practice, NO partner (ineligible) - Deaf patients involved - NO staff
#        involvement (receptionists trained, a named lead doing her job)
# ---------------------------------------------------------------------------
entry(
    id="I1994", format="pdf", layout="style_headings", topic="deaf_patients_gp_practice_access",
    project="independent125-opendoor-1994", render_via="soffice", docx_font="Liberation Sans",
    title="Open Door: safe access to appointments for Deaf patients at Corringham Road Surgery",
    cover=[
        "Corringham Road Surgery, Hembury",
        "Entry by the Practice Manager",
    ],
    primary_entrant=dict(name="Corringham Road Surgery", type="primary_care"),
    partners=[],
    sections=[
        ("context", "Why we did this", """
Corringham Road Surgery looks after about 11,400 patients in Hembury, and we have a larger number of
Deaf patients than most practices, because the town has a Deaf club and a school for Deaf children that
has been here for over a hundred years. We know of 64 patients who use British Sign Language as their
main language, and many more who are deaf or hard of hearing and use speech and lip-reading.

For years, our main way of booking an appointment was the telephone. Deaf patients had to come to the
front desk, send a family member, or use a text relay service that our phone system did not always
connect to. Appointments were called out over a speaker in the waiting room. Interpreters were booked
for some appointments, but only if the patient had asked far enough in advance, and urgent same-day
appointments almost never had one.

The result was that Deaf patients came to us late, or not at all. In 2022 we reviewed two significant
events. In the first, a Deaf man with chest pain came to the desk, could not make himself understood,
and was given a routine appointment for the following week; he had a heart attack four days later. In
the second, a Deaf woman had her blood pressure medicine changed without an interpreter and took the
new tablets as well as the old ones.

When we looked more closely, we found that our Deaf patients were far less likely than others to have
had a medication review, a blood pressure check or a cervical screening test in the previous year.
They were also more likely to turn up at the front desk without an appointment, because it was the
only way they could be sure of being understood. Our reception team did their best, often writing
notes back and forth, but a busy front desk is not a safe place to discuss chest pain.

We also realised that we had been relying on family members far more than we should. Children were
interpreting for parents. Hearing partners were answering questions on behalf of Deaf patients,
sometimes about very private matters. We would never have accepted that for a patient who spoke
Polish or Urdu, and we should not have accepted it for BSL users.
"""),
        ("evidence", "What has changed", """
Since March 2023 Deaf patients can book by text message, by email or by a video call in BSL to a
named member of our reception team, and our online consultation form has a tick box for BSL. Every BSL
user has an alert on their record that tells the person booking to arrange an interpreter. Same-day
appointments use a video interpreter on a tablet in the consulting room if an in-person interpreter
cannot come. The waiting room has a screen that shows the patient's name and room number as well as
the announcement.

<<Q:Appointments for BSL users where an interpreter was present, in person or by video, rose from 38%
in 2022 to 94% in 2024.>> <<Q:Emergency department attendances by our BSL users for problems that could
have been seen at the practice went down from 41 in 2022 to 17 in 2024.>>

<<Q:In our annual survey, Deaf patients who said it was easy to get an appointment rose from 3 in 10 to
8 in 10.>>
"""),
        ("stakeholders", "Involving patients and staff", """
<<P:Deaf patients who are members of our patient participation group told us that text messages from
the surgery were often too long and full of medical words, so we rewrote all of our standard messages
with them.>> <<P:Members of the Hembury Deaf club tried out the BSL video booking for a month before it
opened, and it was their idea to have a fixed time each morning when a signing receptionist is
available.>> <<P:One of them also recorded the BSL welcome video that is now on our website.>>

All of our reception and administrative staff have completed Deaf awareness training and 12 have a
Level 1 BSL qualification. Our reception team leader, Amanda Price, oversees the video booking system as
part of her role. Clinicians were reminded at a practice meeting to book interpreters for follow-up
appointments.
"""),
        ("value", "Value", """
The tablet and screen cost £2,400. Video interpreting costs around £1.50 a minute and in-person
interpreting about £45 an hour, paid from the national interpreting budget. Fewer missed or unsafe
appointments save clinical time, and fewer emergency attendances save money elsewhere in the system.
Most importantly, our Deaf patients tell us they now feel the practice is theirs too.

The changes have also been good for the practice. Our receptionists are no longer trying to hold a
conversation across the desk by writing notes while the phone rings behind them, and our clinicians
say that consultations with an interpreter present are shorter and safer than those without. We do not
think any of this required special funding; it needed us to stop assuming that the telephone was the
front door for everyone.
"""),
        ("spread", "Sharing what we learnt", """
We have talked about Open Door at the local primary care network's practice managers' meeting and two
practices have asked for our text message templates. The Deaf club has shared our video with its
members in neighbouring towns.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1995  999 and 111 calls about people with a learning disability who are
#        'not themselves' - docx - no headings - ambulance service consultant
#        paramedic, reflective - ambulance service with a supported living
#        providers' association and a community trust - staff involved - NO
#        patient involvement (a negation: people and families not involved;
#        families sent a letter) - claims partly in words
# ---------------------------------------------------------------------------
entry(
    id="I1995", format="docx", layout="no_headings", topic="ambulance_soft_signs_learning_disability_calls",
    project="independent125-notthemselves-1995", docx_font="Georgia",
    title="Not Themselves: listening to the people who know best when someone with a learning disability becomes unwell",
    cover=[
        "Elderbridge Ambulance Service NHS Trust",
        "With Haverleigh Supported Living Network and Haverleigh Community NHS Trust (Learning Disability Services)",
        "Consultant Paramedic for Vulnerable Adults",
    ],
    primary_entrant=dict(name="Elderbridge Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Haverleigh Supported Living Network", type="charity"),
        dict(name="Haverleigh Community NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", None, """
"He's just not himself." I must have heard that sentence hundreds of times in my career, usually from
a support worker standing in a kitchen doorway, a little embarrassed that they have called us at all.
And far too often, I have heard it in a call recording after something has gone badly wrong.

People with a learning disability often cannot tell anyone that they feel ill. They may not point to
where it hurts. They may become quiet, stop eating, sleep more, pace, bite their hand, or refuse to
get in the bath. The people who notice are the support workers and families who see them every day.
But when those support workers ring 999 or 111, our triage systems ask about chest pain, breathing,
bleeding and conscious level. 'Not himself' does not fit any of the boxes. So the call is given a low
priority, or the caller is advised to ring the GP in the morning.

In 2021 our service reviewed the calls made in the 48 hours before the deaths of people with a learning
disability in Haverleigh that had been notified to the learning from deaths programme. In nine cases,
someone had called us or 111 about a change in behaviour that we now believe was sepsis, a bowel
obstruction or pneumonia, and the call had not led to a clinician seeing the person that day.

None of those calls was handled badly by the standards we had at the time. The call handlers followed
the system, asked the questions they were meant to ask and gave the advice the system produced. That
was the point: the system was not built for people who cannot describe their own symptoms. We also
found that callers were often apologetic and vague, because they had learned from experience that
'not himself' would not be taken seriously, and so they did not push. A support worker on a night shift
with four other tenants to look after cannot spend forty minutes on the phone.

We knew we could not solve this by training call handlers alone. We needed the people who know each
person well to give us better information, and we needed a clinician who understood learning
disability to be available to our control room.
"""),
        ("evidence", None, """
We made three changes, starting in September 2022.

First, our call handlers now ask at the start of every call whether the patient has a learning
disability or is autistic, and if so, whether the caller has noticed a change from the person's usual
behaviour. If they have, the call is passed straight to a clinician in our control room for a
callback, rather than being triaged by the standard questions alone.

Second, with the supported living network we introduced a one-page 'soft signs' tool that support
workers fill in before they call: what is usual for this person, what has changed, and since when. The
control room clinician asks for it by name.

Third, the community learning disability nurses provide our clinicians with advice by phone during
the day, and they can visit the same afternoon.

<<Q:Since the changes, the share of these calls that end with the person being seen by a clinician the
same day has roughly doubled, from 34% to 71%.>> <<Q:Calls about people with a learning disability in
Haverleigh that ended with 'call your GP in the morning' and were followed by an emergency admission
within 48 hours fell from 26 in 2021 to 7 in 2023/24.>>

<<Q:The number of deaths reviewed under the learning from deaths programme in which a delayed response
by our service was identified as a factor went down from nine in the 2021 review to one in the 2024
review.>>

Our control room clinicians have made 1,870 of these callbacks so far.
"""),
        ("stakeholders", None, """
<<S:The 'soft signs' tool was written by a group of support workers and team leaders from eight
providers in the network, together with our paramedics, and it went through four versions before they
were happy with it.>> <<S:Our call handlers listened to anonymised call recordings with the community
learning disability nurses and told us where the standard questions caused callers to give up, which is
why the learning disability question now comes at the very start of the call.>> <<S:Control room
clinicians trialled the callback process for two months and asked for a direct phone line to the
learning disability nurses, which was set up.>>

I should be honest that we did not involve people with a learning disability themselves in designing
this work, nor their families, and it is a gap. Families of people supported by the network were sent a
letter explaining the changes.
"""),
        ("value", None, """
The changes have cost very little: the tool is a single sheet, and the clinician callbacks use staff
already in the control room. An emergency admission for sepsis or bowel obstruction costs thousands
of pounds, and delay costs lives. Our crews tell us they now arrive knowing much more about the person.
"""),
        ("spread", None, """
Every other area served by our trust has adopted the learning disability question and the callback
route, and we have shared the soft signs tool with the national ambulance learning disability leads'
group. Two other ambulance services are trialling it.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1996  people who use communication aids admitted without them - docx -
#        rubric headings - communication charity lead, earnest - charity with
#        an acute trust - 'aided communicators' and staff involved - NO
#        quantitative evidence (passports issued, single figures, dates)
# ---------------------------------------------------------------------------
entry(
    id="I1996", format="docx", layout="rubric_headings", topic="communication_aids_hospital_admission",
    project="independent125-myvoicecomestoo-1996", docx_font="Calibri",
    title="My Voice Comes Too: keeping communication aids with people when they go into hospital",
    cover=[
        "Mottisham Communication Access (registered charity), lead entrant",
        "Partner: Mottisham Royal Hospital NHS Trust (Speech and Language Therapy, Critical Care and Acute Medicine)",
        "Prepared by the charity's Head of Services",
    ],
    primary_entrant=dict(name="Mottisham Communication Access", type="charity"),
    partners=[
        dict(name="Mottisham Royal Hospital NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Context: the patient safety issue", """
Mottisham Communication Access supports around 700 children and adults who use augmentative and
alternative communication, or AAC: a speech-generating device, a tablet with communication software, a
letter board, a book of symbols or signs. Many have cerebral palsy, a learning disability, motor
neurone disease, autism or a brain injury. Their communication aid is their voice.

When they are admitted to hospital, especially in an emergency, the aid is very often left behind. If
it does arrive, it may not be charged, the charger may be at home, or staff may not know how it works
and put it in a locker. Ward staff ask yes-or-no questions at the bedside and interpret a nod or a
blink as consent. Pain, nausea, fear and the need for the toilet go unreported. People have told us
about lying in a wet bed for hours, being given food they are allergic to, and being unable to tell a
nurse that their oxygen mask was hurting them.

In 2022 a young man who uses an eye-gaze device was admitted to the Royal's intensive care unit after
a seizure. His device stayed in the ambulance. For three days he could not tell anyone that he was in
severe pain from a dislocated shoulder.

These are not rare events. The charity's own records show that almost every person we support who has
been admitted in the last five years has a story of not being understood. Hospital staff are not
unkind; they are busy, they have never been shown how a device works, and they worry about breaking
an expensive piece of equipment that belongs to someone else. Without the aid, staff fall back on
asking a family member, who may not be there, especially at night. For people who also have a learning
disability, being unable to communicate can quickly be mistaken for being unable to understand, and
decisions are then made around them rather than with them.
"""),
        ("evidence", "Evidence of improvement", """
My Voice Comes Too began in April 2023. It has four parts: a 'communication passport' with a photo of
the person's aid and how to use it; a bright orange 'My Voice' bag that holds the aid, its charger and
the passport, ready to go in an emergency; an alert on the hospital record; and a rapid response from
a speech and language therapist on the ward, who checks the aid is working and shows staff how to use
it.

By October 2024, 412 people had a communication passport and an orange bag. The hospital's record
shows 163 admissions of people with an alert since the start of the project, and a speech and language
therapist saw 151 of them within one working day.

In the charity's follow-up calls after discharge, 88% of people said their aid was with them for all
or most of their stay. The hospital has introduced a 'communication aid' section to its nursing
admission document and charging points in every critical care bed space.

We have had no reports so far of a person with an orange bag being unable to communicate pain during
their stay. We intend to repeat the follow-up calls with a larger group in 2025.
"""),
        ("stakeholders", "Stakeholder involvement", """
<<P:The passport and bag were designed by a group of nine aided communicators, who meet monthly at the
charity and call themselves the Loud Crowd.>> <<P:They decided what the passport should say first, and
their choice was 'I can understand you. Please wait for me to answer.'>> <<P:The orange colour was
chosen by them too, after they tested four colours in a ward side room to see which stood out best.>>

<<P:Parents of children who use AAC reviewed the alert wording with us and asked for it to include
'do not switch the device off', which it now does.>>

<<S:Speech and language therapists at the Royal worked with critical care nurses to plan the rapid
response, and the nurses asked for a two-minute video on each common device, which the therapists
then made.>> <<S:Paramedics from the local ambulance station told us the bag needed a handle that
would clip onto a stretcher, so one was added.>>
"""),
        ("value", "Value and sustainability", """
Each passport and bag costs about £22 to produce. The hospital funds two sessions a week of speech and
language therapy time for the rapid response. The charity has raised £38,000 from a local trust fund to
cover the bags and passports for three years. Avoiding a single missed injury or a pressure sore more
than pays for the scheme.
"""),
        ("spread", "Spread and sharing", """
The scheme is being extended to the community hospital and to the children's hospice. We have shared
the passport template with national AAC organisations and presented at a speech and language therapy
conference. The ambulance service is adding the orange bag to its crew guidance.

We are also talking to the county's special schools and colleges, because many of the young people
we support will move to adult services in the next few years, and we want the orange bag to travel
with them. Our longer-term hope is that a communication passport becomes as ordinary in a hospital
record as an allergy alert. Until then, every person who uses AAC in Mottisham can ask us for a bag,
and every admission is a chance to show another ward how much a person can say when their voice is
allowed to come too.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1997  do-not-resuscitate decisions giving learning disability as a reason -
#        pdf - form table with cover table - university senior lecturer,
#        academic - university with an acute trust and a hospice - staff
#        involved - NO patient involvement (a plan to set up an advisory group,
#        families sent a letter, patients as beneficiaries)
# ---------------------------------------------------------------------------
entry(
    id="I1997", format="pdf", layout="form_table", topic="dnacpr_decisions_learning_disability_reason",
    project="independent125-rightreasons-1997", pdf_font="LiberationSerif",
    title="Right Reasons: auditing and improving resuscitation decisions for people with a learning disability",
    cover_table=[
        ("Project title", "Right Reasons: auditing and improving resuscitation decisions for people with a learning disability"),
        ("Lead entrant", "Pellingford University, Centre for Disability and Health Research"),
        ("Partner organisations", "Pellingford Teaching Hospitals NHS Trust; Rookhaven Hospice"),
        ("Entrant's role", "Senior Lecturer in Learning Disability Nursing and project lead"),
    ],
    primary_entrant=dict(name="Pellingford University", type="university"),
    partners=[
        dict(name="Pellingford Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Rookhaven Hospice", type="charity"),
    ],
    sections=[
        ("context", "Context and rationale", """
Decisions not to attempt cardiopulmonary resuscitation (DNACPR) are an important part of good
end-of-life care when made properly: with the person, or with those close to them where the person
lacks capacity, and for reasons related to their clinical condition. National reviews of the deaths of
people with a learning disability have, however, repeatedly found DNACPR forms on which 'learning
disability', 'Down's syndrome' or 'cerebral palsy' is recorded as the reason for the decision, or as
the patient's 'underlying condition'. A learning disability is not a terminal illness and is never, on
its own, a lawful reason for withholding resuscitation.

Our centre's 2021 analysis of deaths of people with a learning disability in Pellingford found this
practice locally. Of 53 deaths with a DNACPR decision in place, the form cited learning disability or a
related diagnosis as a reason in 14. In a further 9, there was no record that the person, their family
or an independent advocate had been consulted, and no best interests record. Some decisions had been
made years earlier, during an unrelated admission, and had followed the person into the community on
the ReSPECT form without ever being reviewed.

The trust's resuscitation committee, the hospice and the university agreed that this was a patient
safety issue that required joint action: a decision made for the wrong reason could mean a person did
not receive treatment they would have wanted and benefited from.

The problem is partly one of language. Clinicians completing a form late at night are asked for a
'summary of relevant information' and often list every diagnosis in the notes. A learning disability,
recorded in good faith as background, then reads as a reason. Once written, the form is copied into
letters and care plans and can follow a person for years. Care staff in the community, seeing a form
signed by a hospital consultant, understandably assume it has been properly made and do not feel able
to question it.
"""),
        ("evidence", "Evidence of impact", """
From January 2023 the partners introduced: a rule in the trust's electronic ReSPECT form that prevents
'learning disability', 'autism' or named syndromes being entered as the clinical reason; a mandatory
prompt to record consultation with the person, family or an independent mental capacity advocate; an
automatic referral to the learning disability liaison team whenever a DNACPR decision is made for a
person with a learning disability flag; and a review by the hospice's palliative care team of any
community ReSPECT form more than a year old for people known to the community learning disability
service.

The university audited every DNACPR decision for a person with a learning disability flag in 2022
(before) and 2024 (after).

<<Q:Decisions citing a learning disability or related diagnosis as a reason fell from 19 of 88 forms in
2022 to 2 of 94 in 2024.>> <<Q:Forms with a recorded discussion with the person, their family or an
advocate rose from 58% to 91%.>> <<Q:Community ReSPECT forms more than a year old without a review fell
from 61 to 13.>>

The liaison team received 94 referrals in 2024 and reviewed each decision within 48 hours.
"""),
        ("stakeholders", "Involvement of patients, carers and staff", """
<<S:The trust's resuscitation officers and consultants in acute medicine designed the electronic form
changes with the university team, and they tested three versions in the medical admissions unit
before one was adopted.>> <<S:The learning disability liaison nurses set the 48-hour review standard
themselves, having told us that a longer period would mean decisions went unchallenged over a
weekend.>> <<S:Palliative care nurses from Rookhaven Hospice advised on the community review process and
asked that GPs be copied into every review, which is now standard.>>

Families of people with a learning disability known to the liaison team received a letter describing
the project. People with a learning disability will benefit from decisions being made lawfully and
with proper consultation. We plan to establish an advisory group of people with a learning disability
and family carers during the next phase of the project.
"""),
        ("value", "Value for money", """
The project was funded by a £46,000 university knowledge exchange grant, which paid for the audits and a
research nurse. The electronic form changes were made by the trust's own IT team within existing
resources. The value lies in preventing a small number of very serious harms: a person denied
resuscitation, or other treatment, because of their disability.
"""),
        ("spread", "Spread and sustainability", """
The resuscitation committee has adopted the audit as an annual standard. The electronic form rule has
been shared with the regional ReSPECT implementation group and with two other trusts that use the same
system. Findings have been published in a peer-reviewed journal and presented to the national learning
disability nursing network.

We are clear about the limits of what has been achieved. An audit can show whether a form is filled in
properly; it cannot show whether the conversation behind it was a good one. The next phase of the work
will look at the quality of those discussions, and at decisions about other treatments, such as
antibiotics, feeding and admission to intensive care, where the same assumptions may be at work.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1998  'as required' psychotropic medicines in supported living - docx -
#        style headings - PRIVATE supported living company as primary entrant
#        with a PCN and a community trust (ineligible) - quality director,
#        upbeat - people supported (told in the context section) and staff
#        involved
# ---------------------------------------------------------------------------
entry(
    id="I1998", format="docx", layout="style_headings", topic="prn_psychotropics_supported_living",
    project="independent125-whennotif-1998", docx_font="Calibri",
    title="When, Not If: reducing 'as required' psychotropic medicines in supported living",
    cover=[
        "Sallowby Support Services Ltd (primary entrant)",
        "Partners: Sallowby and Tolland Primary Care Network; Upwick Health and Care NHS Trust (Community Learning Disability Pharmacy)",
        "Contact: Director of Quality and Practice",
    ],
    primary_entrant=dict(name="Sallowby Support Services Ltd", type="private"),
    partners=[
        dict(name="Sallowby and Tolland Primary Care Network", type="primary_care"),
        dict(name="Upwick Health and Care NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Where this came from", """
Sallowby Support Services supports 184 adults with a learning disability, autism or both, in 41
supported living services across the Sallowby and Tolland area. Many of the people we support came to
us from long-stay hospitals or specialist placements, and many arrived with 'as required', or PRN,
prescriptions for sedating medicines such as lorazepam, promethazine or haloperidol, to be given when
they were 'agitated' or 'distressed'.

PRN psychotropics are meant to be a last resort. In practice, they can become the first response to
distress that has another cause: pain, constipation, a change of staff, a noisy housemate, boredom.
Each dose carries risks of falls, choking, over-sedation and a person missing out on their day. And
because staff give them, it is staff habits, not the person's needs, that decide how often.

The idea for this project came from the people we support. <<P:At our tenants' council in 2022, a man
called Gareth, who had been given lorazepam 'as required' for twelve years, stood up and said that
nobody ever asked him what was wrong before giving him a tablet.>> <<P:Other members of the council
agreed, and together they wrote a list of the things they would rather staff tried first, which became
the backbone of our new approach.>>

When we looked at our own records, we found that PRN doses clustered at particular times: shift
changes, weekends, the evening before a hospital appointment. Some people were given doses almost
every day on one shift and hardly ever on another. That told us that much of the 'distress' we were
medicating was about our routines, not about the people we support.
"""),
        ("evidence", "What has changed", """
Since September 2022, every person with a PRN psychotropic prescription has a 'before the tablet'
plan, written with them and the people who know them, which lists what to try first and the signs
that mean a dose may really be needed. Each dose must be agreed by phone with an on-call senior, who
asks what has been tried. Every dose is reviewed the next day by the service manager. Each quarter, the
PCN's clinical pharmacist and the community learning disability pharmacist review all PRN use with
our quality team and the person's GP, and prescriptions that are not being used are stopped.

<<Q:PRN psychotropic doses given across our services fell from 1,926 in 2021/22 to 702 in 2023/24.>>
<<Q:The number of people we support with a PRN psychotropic prescription dropped from 63 to 29.>>

<<Q:Falls recorded within four hours of a PRN dose went from 22 in 2021/22 to 5 in 2023/24.>> Restrictive
physical interventions did not rise over the same period.
"""),
        ("stakeholders", "Who was involved", """
<<P:Each 'before the tablet' plan was written with the person, and where they wanted it, their family,
and people chose whether their plan used words, photos or symbols.>> <<P:The tenants' council reviewed
the first twenty plans and sent back eight that they said were written for staff, not for the person.>>

<<S:Support workers from six services piloted the phone agreement for on-call seniors, and they asked
that the call should focus on 'what have you tried' rather than 'why do you want to give it', which
they felt made them defensive.>> <<S:The PCN's clinical pharmacist and the community learning
disability pharmacist designed the quarterly review with our quality team.>> <<S:GPs in the network
agreed to a standard wording for stopping unused PRN prescriptions, after three GPs tested it with their
own patients.>>
"""),
        ("value", "Value", """
The main cost is staff time for the plans and reviews, which we estimate at around £14,000 a year. The
reduction in doses saves a small amount on medicines. The real value is in people being more awake,
taking part in their day, and falling less. Staff tell us they feel more confident to support someone
through distress rather than reaching for a tablet.
"""),
        ("spread", "Spread", """
We have shared the 'before the tablet' plan and the on-call script with the local authority's
provider forum, and two other supported living providers are now using it. We have also offered places on our internal training to any provider
that wants to adopt the approach, and the local authority has included a question about PRN
psychotropic use in its annual quality assurance visits to all supported living services.

Our advice to others is simple: count the doses, look at when they are given, and ask the person. The
pattern usually tells you more than any policy could. The PCN has asked the other
three networks in the area to adopt the quarterly review.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1999  bowel screening kits for people with a learning disability - pdf -
#        bullet lists - self-advocacy group coordinator, plain and direct -
#        self-advocacy group with a screening hub and a PCN - self-advocates
#        involved - NO staff involvement (screening practitioners briefed, GP
#        practices sent a list, a named hub manager doing her job, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1999", format="pdf", layout="bullet_lists", topic="bowel_screening_kits_learning_disability",
    project="independent125-doingthetest-1999", pdf_font="LiberationSans", pdf_align="L",
    title="Doing the Test: helping people with a learning disability to complete bowel screening",
    cover=[
        "Tinworth Speak Out (self-advocacy group), lead",
        "Working with Wealdmoor Bowel Cancer Screening Hub (hosted by Wealdmoor Hospitals NHS Trust) and Tinworth Central Primary Care Network",
        "Written by the Coordinator, Tinworth Speak Out, with members",
    ],
    primary_entrant=dict(name="Tinworth Speak Out", type="patient_group"),
    partners=[
        dict(name="Wealdmoor Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Tinworth Central Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "Why we did this", """
Tinworth Speak Out is run by and for people with a learning disability. We meet every week and we
talk about the things that matter to us.

The bowel screening test is a kit that comes in the post to everyone aged 50 to 74. You take a small
sample of poo at home and send it back. It can find bowel cancer early, when it can be treated.

What we found:

- the letter and the instructions are long and hard to read

- many of us live in supported living, and the kit goes in a pile of post and nobody opens it

- some people did not know what the kit was for, and threw it away

- some people's support workers did not feel it was their job to help with something so private

- two of our members have had friends who died of bowel cancer that was found too late

- learning from deaths reviews in our area said people with a learning disability were less likely to do the test

- nobody was checking whether people with a learning disability had done their test, so nobody noticed when they did not

- when a kit was not sent back, a reminder letter came, and that went in the pile too
"""),
        ("evidence", "What happened", """
What we did, starting in October 2022:

- the GP practices in the network send the screening hub a list of people on their learning disability register, with consent, so that the hub knows who needs extra help

- people on the list get an easy read letter and a phone call two weeks before the kit arrives

- our members run 'Doing the Test' sessions, where we show people the kit and practise with pretend samples

- people who want it get a visit at home from a screening practitioner to help them do the test

What changed:

- <<Q:in the network, the number of people with a learning disability who sent back their kit went up from 41% in 2021/22 to 68% in 2023/24>>

- <<Q:kits spoiled or sent back wrongly done went down by about half>>

- we ran 37 sessions and 214 people came

- six people had a test result that meant they needed more tests, and one person had an early cancer found and treated
"""),
        ("stakeholders", "Who was involved", """
- <<P:our members wrote the easy read letter, tested it with people from other self-advocacy groups, and changed it four times>>

- <<P:the pretend sample idea came from a member called Jackie, who said she would not do the test until she had practised with something that was not real>>

- <<P:members chose the photos for the instructions and decided that the photos should show a real bathroom, not a drawing>>

- <<P:family carers who came to our sessions told us the kit should come with a pair of gloves, and the hub now sends gloves to everyone on the list>>

- screening practitioners at the hub were briefed about the project at a team meeting

- GP practices were sent the list of people to include

- the hub's manager, Fiona Grant, made sure the letters went out on time as part of her job

- we hope to work with support workers on the next version
"""),
        ("value", "Value", """
- the project cost £9,800, most of it for our members' time and travel, paid by the ICB's learning disability fund

- finding bowel cancer early means simpler treatment and a much better chance of living

- our members say they feel proud that they did something that helps save lives
"""),
        ("spread", "Spread", """
- the screening hub is using our easy read letter for the whole of its area

- we have shared our session plan with self-advocacy groups in three other counties

- the national screening programme has asked to see our letter

- our members have been invited to speak at the regional cancer alliance meeting next spring

- we want every person with a learning disability in Tinworth to know what the kit is before it comes through the door
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I2000  medicines explained in BSL when Deaf patients leave hospital - pdf -
#        form table, short - trust chief pharmacist, plain - acute trust with a
#        Deaf association - the 'Deaf community panel' and staff involved - NO
#        evidence section and no measured change anywhere in the entry
# ---------------------------------------------------------------------------
entry(
    id="I2000", format="pdf", layout="form_table", topic="bsl_discharge_medicines_deaf_patients",
    project="independent125-signedmedicines-2000", pdf_font="LiberationSans",
    title="Signed Medicines: BSL explanations of medicines for Deaf patients going home",
    cover_table=[
        ("Name of project", "Signed Medicines: BSL explanations of medicines for Deaf patients going home"),
        ("Lead organisation", "Yarrowdale Teaching Hospitals NHS Foundation Trust, Pharmacy"),
        ("Partner organisation(s)", "Yarrowdale Deaf Association (charity)"),
        ("Lead contact", "Chief Pharmacist"),
    ],
    primary_entrant=dict(name="Yarrowdale Teaching Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Yarrowdale Deaf Association", type="charity"),
    ],
    sections=[
        ("context", "Describe the patient safety problem and your partnership solution", """
When patients leave hospital, a pharmacist or nurse normally explains their medicines: what is new,
what has stopped, how and when to take each one and what side effects to look out for. For Deaf
patients who use British Sign Language, this conversation rarely happens properly. Discharges happen
late in the day, often at short notice, and an interpreter is seldom available. Patients are handed a
printed list in English, which many Deaf people, whose first language is BSL, find hard to follow.

Our incident reports included Deaf patients who had carried on taking a stopped blood thinner alongside
a new one, who had taken a weekly osteoporosis tablet every day, and who had stopped their heart
failure medicines because they believed the hospital had 'fixed' the problem.

Signed Medicines has two parts. The Deaf Association's interpreters now join every discharge medicines
conversation for a BSL user by video, booked through a dedicated line that answers within 15 minutes.
And we have made a library of short BSL videos, one for each of the 120 most commonly prescribed
medicines, which patients can watch again at home by scanning a QR code printed on their medicines
list.

The problem is not new, and it is not only ours. Deaf people have told national inquiries for years
that health information is given to them in a language they did not choose, and that they are expected
to nod along. Written English can look like a solution to hearing staff, but BSL has its own grammar
and word order, and a sentence such as 'take one tablet twice daily unless your INR is above three' can
be misread in several different ways. Family members who interpret may leave out information they find
awkward, or add their own advice.

We also found that the conversation about medicines was the part of discharge most likely to be
skipped altogether for Deaf patients. The nurse would ask the pharmacist to 'do the meds', the
pharmacist would find that no interpreter was booked, and in the end the patient would leave with a
bag of medicines and a printed list. Nobody meant any harm, but nobody owned the gap either. Signed
Medicines puts the booking with the pharmacy team, who are the people who need the interpreter, and
gives patients something they can return to at home, at their own pace, in their own language.
"""),
        ("stakeholders", "How were patients, carers and staff involved?", """
<<P:The Deaf community panel, a group of twelve Deaf adults convened by the Deaf Association, chose
which medicines to film first and checked every video for clear, natural BSL.>> <<P:Panel members
asked that the videos be signed by Deaf presenters rather than hearing interpreters, and re-filmed six
early videos where the signing was too literal.>>

<<S:Ward pharmacists and pharmacy technicians wrote the scripts for each video with the Deaf
Association's interpreters, and they tested the video call on four wards before it was rolled out.>>
<<S:Discharge coordinators suggested that the interpreter line should be booked when the discharge
date is first set, not on the day, and this is now built into the discharge checklist.>>
"""),
        ("value", "Impact on experience and value for money", """
The video library cost £17,500 to produce, paid for by the trust's charity. Video interpreting for
discharge conversations costs about £6,000 a year. Deaf patients say they feel more confident managing
their medicines at home, and ward staff say the booked line has made discharges smoother. Pharmacists say that, for the first
time, they can be sure a Deaf patient has understood a change to a high-risk medicine before leaving
the ward. Community pharmacists who have watched the videos say they now point patients back to them
when they collect a new prescription.
"""),
        ("spread", "Spread and sharing", """
The videos are freely available on the Deaf Association's website and have been shared with community
pharmacies and GP practices in Yarrowdale. Two neighbouring trusts have asked to link to the library.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)
