"""Eighty-fifth independent evaluation set (I1345..I1360) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional, apart from
a national public body (the Office of the Public Guardian) named as a partner.  The
entries are meant to be ordinary: the kind of thing stroke units, GP federations and
primary care networks, community dental and health visiting services, sight loss and
deafblind charities, councils, a university, an integrated care board, an ambulance
service, a patients' forum and the odd private company send in, in their own voices and
at their own length.  The theme of this set is communication and access: interpreters,
Deaf and blind patients, easy read, accessible information, people with aphasia after
stroke, and consent.

Topics (lead's type and layout): consent and capacity conversations with people who have
aphasia on a stroke unit (an acute trust, pdf own headings); Deaf British Sign Language
users booking and attending GP appointments (a GP federation, docx bold headings with a
cover table); video interpreting in an emergency department (a private interpreting
company as primary entrant, docx numbered questions with cover bullets); easy read
consent for adults with a learning disability having dental treatment under general
anaesthetic (a community trust dental service, docx no headings); bowel screening kits
that blind and partially sighted people can use (a sight loss charity, pdf CAPS
headings); relatives wrongly asked to consent, and lasting powers of attorney missed, on
hospital wards (a council, pdf form with a cover table); hearing loss recorded so that
telephone triage is not missed (a primary care network, docx lists, no evidence section);
aphasia-friendly medicines reviews in community pharmacy (a university, pdf two
columns); children and relatives used as interpreters by health visitors and district
nurses (a community trust, docx rubric headings); deafblind people admitted to hospital
(a deafblind charity, pdf with appendix); interpreters for mental capacity and best
interests assessments (a council, docx sections in an unusual order, no spread section);
pre-operative and consent information that blind and partially sighted people can read
(a blind and partially sighted people's forum, pdf style headings via soffice); booked
interpreters who do not arrive in primary and community care (an integrated care board,
docx form with a cover table); communication with patients who cannot speak or
understand the crew at the scene (an ambulance service, pdf numbered questions);
professional interpreters at the consent conversation before planned surgery
(departments of one acute trust, no partner, docx style headings); and live captions for
patients with hearing loss in GP consultations (a private captioning company as primary
entrant, pdf lists).

Lead types and layouts: I1345 nhs_trust (acute), pdf own_headings; I1346 primary_care
(GP federation), docx bold_headings with a cover table; I1347 private, docx
numbered_questions with cover bullets; I1348 nhs_trust (community dental), docx
no_headings; I1349 charity (sight loss), pdf caps_headings; I1350 local_authority, pdf
form_table with a cover table; I1351 primary_care (PCN), docx bullet_lists; I1352
university, pdf two_column; I1353 nhs_trust (community), docx rubric_headings; I1354
charity (deafblind), pdf with_appendix; I1355 local_authority, docx reordered; I1356
patient_group, pdf style_headings via soffice; I1357 icb, docx form_table with a cover
table; I1358 emergency_service (ambulance), pdf numbered_questions; I1359 nhs_trust
(acute, no partner), docx style_headings; I1360 private, pdf bullet_lists.

Build it with

    .venv/bin/python data/independent/build.py --set 85   (writes data/corpus/independent85/)

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
    numbers trained, activity counts (visits, calls, referrals, checks, kits, bookings,
    interpreter sessions, people screened or identified), single figures with no
    baseline, a zero with no earlier figure, figures that did not change, budgets, costs
    and savings estimates, phone numbers, postcodes, reference numbers, targets not yet
    reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    ('halved', 'a third fewer', a sustained shift on a run or SPC chart);
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, volunteers with lived experience, unusual names
    for a group, list items), wherever in the entry it is told; a volunteer or peer
    worker with lived experience, employed by a partner, who helped design the work is
    PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices, GP federations, primary care networks and local
pharmaceutical committees are primary_care; self-advocacy groups, stroke clubs, patients'
forums and hearing loss support groups are patient_group; sight loss, Deaf and deafblind
charities and aphasia charities are charity; national public bodies such as the Office
of the Public Guardian are public_other; a university is university; interpreting,
captioning and video relay companies are private).  A department or team of the
entrant's own organisation is not a partner.  Flags are written by hand and build.py
cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw



# ---------------------------------------------------------------------------
# I1345  consent and capacity with people who have aphasia on a stroke unit -
#        pdf - own headings - consultant speech and language therapist,
#        reflective - acute trust with an aphasia charity and a university -
#        people with aphasia and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1345", format="pdf", layout="own_headings", topic="aphasia_consent_capacity_stroke_unit",
    project="independent85-everyvoice-1345", pdf_font="LiberationSans", pdf_align="L",
    title="Every Voice Counts: supported conversations for consent and capacity with people who have aphasia after stroke",
    cover=[
        "Lead organisation: Pellbridge Teaching Hospitals NHS Foundation Trust (Hyperacute and Acute Stroke Service)",
        "Partners: Open Door Aphasia Pellbridge (registered charity); Trevenna University, Department of Language and Communication Science",
        "Written by the Consultant Speech and Language Therapist, Stroke",
    ],
    primary_entrant=dict(name="Pellbridge Teaching Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Open Door Aphasia Pellbridge", type="charity"),
        dict(name="Trevenna University", type="university"),
    ],
    sections=[
        ("context", "Why this mattered", """
About a third of the 1,100 people admitted to our stroke service each year have aphasia. They may
understand much more than they can say, or they may speak fluently but not follow what is said to them.
In the first days after a stroke they are asked to make some of the biggest decisions of their lives:
whether to have a feeding tube, whether to join a trial, whether they want to be resuscitated, whether to
go home or to a care home.

When we looked honestly at what happened on our wards, we did not like it. A man was recorded as having
'consented' to a gastrostomy because he nodded, when his family later pointed out that he nodded at
everything, including questions that made no sense. A woman was assessed as lacking capacity to decide
where to live after a ten-minute conversation at the bedside with no pictures, no written words and her
hearing aid in the drawer. Nobody had stopped to ask whether her communication, rather than her
decision-making, was the problem.

The Mental Capacity Act is clear that all practicable steps must be taken to help someone make a decision
before they are treated as unable to. On a busy stroke unit those steps were rarely taken, and almost
never written down. Speech and language therapists were asked to help with about one in ten capacity
assessments, usually after the decision had already been made.

We could not fix this with a policy. Doctors and nurses needed practical tools and the confidence to use
them, and the tools needed to work for people with aphasia, not just look good to clinicians. That is why
we went to Open Door Aphasia, a local charity run with and for people living with aphasia, and to the
communication science team at Trevenna University, who had been studying supported conversation for
some years and had never had the chance to test it on an acute ward.
"""),
        ("stakeholders", "Who shaped it", """
The heart of the project is a set of decision packs: one for each of the eight decisions most often
asked of our patients, each with simple written key words, photographs, a rating scale from 'yes
definitely' to 'no definitely' and space to record how the person answered. <<P:Every pack was built
at Open Door's Wednesday group, where members living with aphasia sorted our draft pictures into
'makes sense' and 'confusing' piles and threw out nearly half of them.>> <<P:One member, a retired
engineer who lost most of his speech after a stroke in 2019, pointed out that we had drawn a feeding
tube going into the nose when the decision was about a tube into the stomach, and he redrew it
himself.>> <<P:Their spouses and adult children were asked what they wished had happened when their own
relative was in hospital, and their answers became the 'before you start' checklist on the front of
each pack: hearing aid in, glasses on, quiet room, time of day when the person is most alert.>>

<<S:Stroke nurses on the hyperacute unit tried the first packs on night shifts and told us they were
too bulky to carry, so they were cut to a single folded card for the urgent decisions and a fuller
booklet for the others.>> <<S:Our stroke consultants and registrars were consulted at two governance
meetings and asked for a box to record which supported conversation steps were used, which is now part
of the electronic capacity assessment form.>> <<S:The trust's Mental Capacity Act lead and the
safeguarding team reviewed the recording form with the university team and changed the wording so that
it matched the trust's legal guidance.>>

Researchers from the university observed 40 conversations on the ward, with consent, and fed back what
worked in plain terms. <<S:Their findings were discussed at a ward teaching session where healthcare
assistants suggested adding a 'point to the answer' card for people who could not hold a pen, and this
was added in the second version.>>
"""),
        ("evidence", "What changed and how we know", """
We audited every mental capacity assessment and every consent form for people with aphasia on the stroke
unit for six months before the packs were introduced in September 2023, and then monthly since.

<<Q:The proportion of capacity assessments for people with aphasia that recorded the communication
support used rose from 14% in the six months before to 83% in the twelve months after.>> <<Q:Speech and
language therapy was involved before the decision in 61% of assessments, compared with 9% before.>>

<<Q:On our run chart of assessments concluding that the person lacked capacity, there has been a
sustained shift below the old median since November 2023, with the monthly proportion moving from
around 58% to around 31%.>> We think this means that people who could decide for themselves were given
the chance to, rather than that standards slipped, because in every audited case the record now shows
what was tried and how the person responded.

<<Q:Complaints and concerns from families about decisions being made without the patient went from 11 in
the year before to 3 in the year after.>> Two of those three related to patients on other wards before
they were transferred to us, which has helped us make the case for spreading the work.
"""),
        ("value", "Value for patients, staff and the trust", """
The packs cost about £6 each to print and laminate and are reused after cleaning. The university
contributed researcher time through a knowledge exchange grant, and Open Door was paid for its members'
time at the charity's usual rate. Speech and language therapy time has not grown much, because nurses
and doctors now do the first supported conversation themselves and call us only when they are stuck.

For patients the value is simple. A woman who had been told by a junior doctor that she 'would need a
care home' was given the chance, with the packs and a speech and language therapist, to show that she
understood the risks of going home and wanted to take them. She went home with a package of care and
has lived there for a year.

Staff have gained too. Nurses who were anxious about 'getting capacity wrong' now have something
practical to reach for, and the electronic form makes it easy to show what they tried. Junior doctors
rotating through the stroke service take the approach with them to other wards, and the packs are now
being borrowed for patients with dementia or delirium. The speech and language therapy team spends less
time untangling decisions after the event and more time on rehabilitation.

We also believe the work has reduced legal and reputational risk for the trust. Decisions about feeding
tubes, resuscitation and discharge destination are among those most often challenged by families, and a
clear record of the support given to the patient is the best protection the trust, and the patient,
can have.
"""),
        ("spread", "Where it goes next", """
The neighbouring stroke unit at Corran General has adopted the packs, and the regional stroke network
has asked us to produce a version for the community stroke teams and care homes. The university has
published the packs free to download under an open licence, with a short video made by Open Door
members. We are working with the trust's critical care and older people's wards, where many patients
have communication difficulties that are not caused by stroke.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1346  Deaf BSL users booking and attending GP appointments - docx - bold
#        headings with a cover table - GP federation digital lead, direct -
#        GP federation with a Deaf charity and a video relay company - Deaf
#        people (indirectly, pronouns) and staff involved - a measured change
#        in words - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1346", format="docx", layout="bold_headings", topic="deaf_bsl_gp_booking_interpreters",
    project="independent85-signandbook-1346", docx_font="Calibri",
    title="Sign and Book: safe GP access for Deaf people who use British Sign Language",
    cover_table=[
        ("Entry title", "Sign and Book: safe GP access for Deaf people who use British Sign Language"),
        ("Lead organisation", "Corrow Valley GP Federation (22 practices)"),
        ("Partner organisations", "Corrow Deaf Centre (registered charity); SignLink Relay Ltd (video relay and interpreting provider)"),
        ("Contact", "Digital and Access Lead, Corrow Valley GP Federation"),
    ],
    primary_entrant=dict(name="Corrow Valley GP Federation", type="primary_care"),
    partners=[
        dict(name="Corrow Deaf Centre", type="charity"),
        dict(name="SignLink Relay Ltd", type="private"),
    ],
    sections=[
        ("context", "The problem we set out to solve", """
There are around 400 Deaf people in the Corrow Valley whose first or preferred language is British Sign
Language. For them, the usual way into general practice - ringing at 8am and waiting in a queue - simply
does not work. Until 2023 most relied on a hearing relative, a neighbour or a text to a receptionist's
mobile to get an appointment. When they arrived, an interpreter had often not been booked, because the
practice did not know the person was Deaf or had not realised that a BSL interpreter takes at least 48
hours to arrange.

The consequences were not just inconvenient. Our federation's incident log for 2022 included a Deaf man
whose teenage son interpreted a conversation about his bowel cancer symptoms and left out the word
'blood' because he was embarrassed; a woman who was given a new blood pressure tablet after a
consultation conducted by lip-reading and writing notes, and who took it three times a day instead of
once; and several people who gave up trying to book and turned up at the urgent treatment centre
instead.

No single practice could fix this on its own. Interpreters are booked through a contract held by the
federation, practices each have their own phone and online systems, and the people who knew what Deaf
patients were going through were at the Deaf Centre, not in the surgeries.

There was also a problem of language that hearing staff often did not see. Many Deaf people who use BSL
read English as a second language, and some read it only a little. Written notes passed across a desk,
text messages full of abbreviations and leaflets about new medicines could be as confusing as speech.
Reception teams were doing their best, and several had learnt some basic signs, but a friendly 'hello'
in BSL is not the same as a consultation about chest pain. Many receptionists felt embarrassed and
helpless when a Deaf patient came to the desk, and some would rather send a text and hope for the best.

Finally, practices had no shared way of recording that a person was Deaf. Some used a code for
'deafness', some a free-text note, some nothing at all. The code for 'requires BSL interpreter' existed
but was used by only a handful of practices. Without it, nothing in the system could prompt a
receptionist to book an interpreter, and locum GPs had no way of knowing before they called the patient's
name in a waiting room.
"""),
        ("evidence", "What has improved", """
Since May 2023 every practice in the federation has a 'Sign and Book' button on its website. It opens a
video call with a BSL interpreter from SignLink, who relays the conversation with the practice
reception team in real time. The patient's record is coded as a BSL user with a pop-up alert, and any
appointment booked for them automatically triggers an interpreter request for a double-length slot. For
urgent same-day appointments, a video interpreter joins the consultation on a tablet.

We checked every appointment booked for a coded BSL user in the six months before launch and in the
same six months of 2024. <<Q:Appointments where no interpreter was present, and the consultation went
ahead with a relative, lip-reading or written notes, more than halved between the two periods.>>
<<Q:Attendances at the urgent treatment centre by people coded as BSL users, which we think reflects
people who could not get through to their practice, dropped from 38 to 17.>>

In 2024 the Sign and Book button was used 1,126 times. The number of patients coded as BSL users in our
practices rose from 97 to 311, which mainly shows how many we did not know about before.
"""),
        ("stakeholders", "Who was involved", """
The idea came out of an evening at the Deaf Centre in late 2022 when our digital lead went to explain the
new online booking system. The people in the room were polite but clear: a written form in English is
not accessible to someone whose first language is BSL. <<P:They showed us, on their own phones, how
they book other services by video relay, and asked why the NHS could not do the same.>>

<<P:Over the next three months a group of Deaf Centre members met with us every fortnight, with an
interpreter, and tested three different video relay services before choosing the one they found
clearest on a phone screen.>> <<P:It was their idea to record a short BSL video explaining how the
button works, and two of them appear in it.>>

<<S:Receptionists and care navigators from six practices took part in test calls before launch and asked
for a script for the first few seconds of a relay call, because the delay while the interpreter signed
made them think the line had dropped.>> <<S:Practice managers agreed the double-length appointment rule
after a discussion at the federation board, where two GPs described how a ten-minute slot with an
interpreter leaves about four minutes of clinical time.>> <<S:SignLink's interpreters told us that they
were often joining consultations with no idea what they were about, and they now receive a one-line
reason for the appointment when they are booked.>>
"""),
        ("value", "Value", """
The video relay service costs the federation about £19,000 a year, shared across the 22 practices. The
face-to-face interpreting budget has not increased, because more consultations now happen by video. A
single avoided attendance at the urgent treatment centre costs less than the interpreter for two GP
appointments.

Deaf patients tell us that being able to book like everyone else, without asking a family member, has
given them privacy they did not have before. Receptionists say they feel less awkward and more
confident.

There is a less visible benefit too. When a teenage son no longer has to interpret his father's cancer
symptoms, the son is protected as well as the father. Children of Deaf adults have often interpreted
for their parents since they were very young, and the Deaf Centre has long argued that no child should
be put in that position in a GP consultation. The federation's safeguarding guidance for practices now
says so.
"""),
        ("spread", "Spread and sustainability", """
The integrated care board has written video relay access into its communication support specification
for all practices in the county from April 2025. Two neighbouring federations have visited, and the
Deaf Centre has presented the project at a regional Deaf health conference. The BSL video is free for
any practice to use.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1347  video interpreting in an emergency department - docx - numbered
#        questions with cover bullets - PRIVATE interpreting company as
#        primary entrant, with an acute trust and a refugee charity
#        (ineligible) - operations director, upbeat - patients and staff
#        involved
# ---------------------------------------------------------------------------
entry(
    id="I1347", format="docx", layout="numbered_questions", topic="video_interpreting_emergency_department",
    project="independent85-firstminute-1347", docx_font="Arial",
    title="Language in the First Minute: on-demand video interpreting in the emergency department",
    cover=[
        "Submitted on behalf of the partnership by:",
    ],
    cover_bullets=[
        "Primary entrant: Polyglot Health Interpreting Ltd",
        "Partner: Hartsmere and Lowden University Hospitals NHS Trust (Emergency Department)",
        "Partner: Welcome Hartsmere (refugee and asylum seeker support charity)",
        "Author: Operations Director, Polyglot Health Interpreting",
    ],
    primary_entrant=dict(name="Polyglot Health Interpreting Ltd", type="private"),
    partners=[
        dict(name="Hartsmere and Lowden University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Welcome Hartsmere", type="charity"),
    ],
    sections=[
        ("context", "1. What was the patient safety problem and why was a partnership needed?", """
Hartsmere's emergency department sees about 130,000 attendances a year. Roughly one patient in twelve
needs an interpreter, across more than 60 languages, with Romanian, Polish, Arabic, Kurdish Sorani,
Tigrinya and Pashto the most common. Until 2023 the department relied on a telephone interpreting line
with a single handset kept at the nurses' station, plus whichever bilingual member of staff happened to
be on shift.

In practice, this meant that triage often happened without an interpreter at all. The handset was
frequently in use or missing, the wait for rarer languages could be 20 minutes or more, and staff in a
crowded department understandably reached for the nearest relative or a translation app. A review of
incidents by the trust found pain scores that could not be recorded, allergies that were missed, and a
young Tigrinya-speaking man whose chest pain was triaged as anxiety because the only history was taken
through his cousin.

As the trust's interpreting provider we knew our telephone service was part of the problem. We could not
change how the department worked, and the trust could not change how quickly we answered. Welcome
Hartsmere, which supports many of the people who were having the worst experiences, could tell both of
us what it was like from the other side of the trolley.

Staff were not short of goodwill. Many nurses had their own workarounds: a phrasebook, a colleague from
another department who spoke Polish, a translation app on their personal phone. But each workaround
carried its own risk. A translation app cannot tell a nurse that a woman has not understood the question
about whether she might be pregnant. A bilingual porter is not trained to interpret medical terms and may
be embarrassed to ask about symptoms. And a relative, however willing, may have their own reasons to
soften or change what is said, which matters a great deal when the presenting problem could be domestic
abuse, self-harm or a sexual health concern.

The department also has a high turnover of agency and junior staff who did not know where the handset
was or how to use it, and the PIN code needed to reach the interpreting line was printed on a laminated
card that was often missing. None of these problems was dramatic on its own. Together they meant that
the people least able to explain their symptoms were the least likely to be properly assessed.
"""),
        ("evidence", "2. What difference has the partnership made?", """
Since March 2023 every triage room, majors bay and resuscitation bay has a wall-mounted tablet that
connects to a video or audio interpreter in one tap, with the ten most common languages answered within
60 seconds around the clock. Triage nurses record the interpreter's ID number in the notes.

<<Q:The proportion of triage assessments for patients needing an interpreter that were carried out with a
professional interpreter rose from 23% in a two-week snapshot audit in 2022 to 88% in the same audit in
2024.>> <<Q:Median time to connect to an interpreter fell from 9 minutes to under one minute for the ten
most common languages.>> <<Q:Incidents in the department where language was recorded as a contributory
factor went down from 27 in 2022 to 8 in 2024.>>

Over 2024 the tablets were used for 21,400 interpreted sessions, an average of 58 a day.
"""),
        ("stakeholders", "3. How were patients, carers and staff involved?", """
<<P:Welcome Hartsmere ran three listening sessions for us with people who had recently been to the
department, in Arabic, Tigrinya and Pashto, and they told us they did not want relatives used for
anything about pain, pregnancy or mental health; this is now written on the tablet's home screen as a
prompt to staff.>> <<P:Two volunteers from the charity tested the tablets in a mock cubicle and asked for
the interpreter's face to be shown full screen, because lip movement helped them follow.>>

<<S:Emergency nurses and healthcare assistants chose where the tablets would be mounted after a week of
trying portable ones, which kept going missing.>> <<S:The department's consultants asked for audio-only
to be the default in resuscitation, where video was distracting, and our engineers changed the software
so that it is.>> <<S:Our own interpreters, many of whom had never worked in an emergency department,
spent shifts observing triage and wrote a short glossary of emergency terms in each language that all
interpreters now use.>>
"""),
        ("value", "4. What has been the value for money and impact on experience?", """
The tablet service costs the trust about £4,000 a month more than the old telephone line, mainly for
faster answering. The trust estimates that shorter triage times for interpreted patients save around
900 nursing hours a year. Misdiagnosis and repeat attendances are costly; one missed acute coronary
syndrome can cost far more than the whole annual contract.

Patients supported by Welcome Hartsmere tell the charity that they now feel seen as patients rather than
as a problem. Nurses say they no longer dread the patient who does not speak English.

One nurse described triaging a Pashto-speaking woman at 3am who had come in with abdominal pain. With
the tablet she was able to ask, privately and without the woman's husband interpreting, whether she
might be pregnant and whether she felt safe at home. The answers changed the woman's care that night.
"""),
        ("spread", "5. How has the learning been shared?", """
The trust's maternity triage unit and its urgent treatment centre have adopted the same set-up. We have
presented the work at a national interpreting conference, and Welcome Hartsmere has shared its listening
session questions with other refugee charities so that they can run their own.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1348  easy read consent for dental treatment under general anaesthetic -
#        docx - no headings - community dental service manager, personal -
#        community trust with a self-advocacy group and the council's
#        learning disability team - self-advocates and carers involved - NO
#        staff involvement (dental nurses trained, a named lead dentist doing
#        her job, theatre staff briefed, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1348", format="docx", layout="no_headings", topic="easy_read_consent_dental_general_anaesthetic",
    project="independent85-myteethmysay-1348", docx_font="Georgia",
    title="My Teeth, My Say: easy read consent for dental treatment under general anaesthetic",
    cover=[
        "Marlhaven Community Health NHS Trust, Special Care Dental Service, working with Speak Up Marlhaven (self-advocacy group) and Marlhaven City Council Community Learning Disability Team",
        "Entry from the Service Manager, Special Care Dental Service",
    ],
    primary_entrant=dict(name="Marlhaven Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Speak Up Marlhaven", type="patient_group"),
        dict(name="Marlhaven City Council", type="local_authority"),
    ],
    sections=[
        ("context", None, """
Our special care dental service treats adults who cannot have dental care in an ordinary high street
practice. Many of them have a learning disability. Each year about 260 of them need treatment under a
general anaesthetic, usually because they cannot tolerate treatment in the chair, and the list for this
is long: in 2022 the average wait was over a year.

Until recently, the consent process went like this. A dentist saw the person in clinic, talked mostly to
whoever came with them, filled in a consent form or a best interests form, and booked the operation.
On the day, in the anaesthetic room, it was not unusual for someone to become very frightened, refuse to
go any further, or be held for the anaesthetic to be given. Sometimes teeth were taken out that the
person had never understood would be removed. One young woman woke up with four fewer teeth and was so
distressed that she would not eat for days and would not return to the service for two years.

Most of these people can take part in decisions about their own treatment, and many can consent for
themselves, if the information is given in a way they understand and they are given enough time.
The law says so, and so does common sense. The information we had was a standard NHS leaflet written for
the general public, with long sentences and no pictures.

The consent appointment was also too short. A standard 20-minute clinic slot included the examination,
any X-rays that could be managed, a conversation with the carer about medical history and the
paperwork. There was no time to go through the information slowly, to come back to it, or to let the
person visit the place where the treatment would happen. People were expected to agree, in a strange
room, to something that would happen months later in another strange room, and then to remember it.

None of this was anyone's fault, and the dentists involved were doing their best in the time they had.
But it was not safe, and the people who knew most about what would help were not dentists at all.
"""),
        ("stakeholders", None, """
We went to Speak Up Marlhaven, the city's self-advocacy group, and asked for help. <<P:Seven of its
members, all of whom have been to the dentist under a general anaesthetic themselves, spent four
sessions with us going through every step of the day and telling us which bits had frightened them.>>
<<P:They wrote the words for an easy read booklet, 'Going to Sleep at the Dentist', and chose the
photographs, insisting that we use real photos of our own waiting room and anaesthetic room rather than
drawings.>> <<P:One member, Callum, suggested a 'my questions' page at the back, and another asked for a
page that says clearly which teeth might come out and that the person can say no.>>

<<P:Family carers and paid support workers who came to a session at the council's day centre asked for a
version for them as well, explaining how to prepare the person in the weeks before, and they tested the
draft with the people they support at home.>> The council's community learning disability nurses now
share the booklet with people on their caseload who are on our waiting list.

Our dental nurses have all been trained in using the booklet and in the Mental Capacity Act. Dr Ruth
Amadi, our lead dentist for sedation and anaesthesia, wrote the revised pathway and updated the consent
policy. Theatre staff at the day surgery unit were briefed on the new process at their monthly meeting.
We plan to ask the anaesthetists for their views when the pathway is reviewed next year.
"""),
        ("evidence", None, """
Since the new pathway started in January 2023, everyone referred for treatment under general anaesthetic
is sent the easy read booklet and offered a 'get to know us' visit to walk through the rooms. The
consent conversation takes place at a longer appointment at least two weeks before the operation, and
the consent form records what the person understood and what they chose.

<<Q:The proportion of people who signed their own consent form, rather than having a best interests
decision made for them, rose from 31% in 2022 to 54% in 2024.>> <<Q:Cancellations on the day because the
person refused or became too distressed fell from 29 in 2022 to 9 in 2024.>> <<Q:The use of physical
holding to give the anaesthetic, which we record every time it happens, went down from 18 occasions to
5.>>

In 2024, 112 people had a 'get to know us' visit.
"""),
        ("value", None, """
Each cancelled session on the day wastes about £1,500 of theatre time, so the fall in cancellations has
more than paid for the printing and the extra appointment time. Speak Up Marlhaven was paid for its
members' time from the trust's patient involvement budget.

The real value is harder to count. A man in his forties who had been held down for his last three
dental treatments walked into the anaesthetic room holding his booklet and pointed to the page that
said 'I can say stop'. He did not need to say it.
"""),
        ("spread", None, """
The booklet is now used by two other special care dental services in the region, and the trust's
endoscopy and day surgery units have asked Speak Up Marlhaven to help them write easy read versions of
their own information. The booklet is available free on the trust website.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1349  bowel screening kits blind and partially sighted people can use -
#        pdf - CAPS headings - sight loss charity chief officer, plain -
#        sight loss charity with the screening hub's trust and the ICB -
#        patients (an unusually named group) and staff involved - NO
#        quantitative evidence (kits sent, people helped, a single figure, a
#        target)
# ---------------------------------------------------------------------------
entry(
    id="I1349", format="pdf", layout="caps_headings", topic="bowel_screening_kits_sight_loss",
    project="independent85-screenbytouch-1349", pdf_font="DejaVuSans", pdf_align="L",
    title="SCREEN BY TOUCH: bowel screening that blind and partially sighted people can do on their own",
    cover=[
        "LEAD ORGANISATION: Fenwold Sight Support (registered charity)",
        "PARTNERS: Eastmarch Hospitals NHS Foundation Trust (Eastmarch Bowel Cancer Screening Hub); NHS Fenwold and Eastmarch Integrated Care Board",
        "CONTACT: Chief Officer, Fenwold Sight Support",
    ],
    primary_entrant=dict(name="Fenwold Sight Support", type="charity"),
    partners=[
        dict(name="Eastmarch Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="NHS Fenwold and Eastmarch Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
Bowel cancer screening saves lives, but only for people who complete the test. Everyone aged 50 to 74 is
sent a home testing kit every two years. The kit comes with a printed leaflet, small print instructions
and a tiny sample tube with a line that must not be overfilled. The result comes back by letter.

For many of the 9,000 people registered blind or partially sighted in our area, that is a dead end. Our
advice line heard the same stories again and again: kits left in a drawer because the person could not
read the instructions; kits sent back spoiled because the sample was in the wrong place; a result letter
asking someone to come for a colonoscopy that sat unopened for weeks until a neighbour read it. One of
our members, a man of 68 with macular degeneration, was eventually diagnosed with bowel cancer after
three unreturned kits. He told us he had been too embarrassed to ask anyone to help with a poo sample.

The screening hub was aware that uptake was lower in some groups but had no way of knowing which people
on its list had sight loss. GP records rarely recorded it in a way the screening system could use, and
nobody had asked blind people what would help.

The result letters were a particular worry. A normal result can wait. An abnormal result needs the person
to ring the hub, agree to an assessment with a specialist screening practitioner and go for a
colonoscopy within a few weeks. If the letter is not read, that chain breaks at the first link. The hub
followed up non-responders with a second letter, which of course had the same problem, and after that
the person's GP was told. By then weeks had often passed.

We also heard from people who had asked a family member or a carer to help, and found it humiliating.
Some had asked a paid carer who was rushed and not sure what to do. Others simply did not have anybody
to ask. Sight loss is more common in older people who live alone, which is exactly the age group that
bowel screening is for.
"""),
        ("stakeholders", "WHO TOOK PART", """
<<P:Our Tuesday Touch and Talk circle, a group of members with a wide range of sight loss who meet at our
resource centre, unpacked real screening kits with us and showed us exactly where they got stuck.>>
<<P:They asked for a tactile guide with raised markers for the collection paper, the stick and the line
on the tube, and they tried out four versions before settling on one.>> <<P:Two members recorded the
spoken instructions themselves because they felt a familiar local voice would be trusted more than an
automated one.>>

<<S:Screening practitioners at the hub went through the kit with the group and suggested that the
freephone helpline number be printed in large raised digits on the outside of the envelope, which the
hub agreed to do.>> <<S:The hub's administration team worked out with our staff how an 'accessible
format' marker could be added to a person's screening record so that every future invitation and result
goes out in their chosen format.>>
"""),
        ("evidence", "WHAT WE HAVE ACHIEVED", """
The service started in April 2023. Anyone who is blind or partially sighted can ask, through us, their
GP practice or the hub helpline, to receive their kit with an audio guide on a USB stick or QR code, a
tactile guide, and large print or braille instructions. Results are sent in the same format, and anyone
with an abnormal result is telephoned by a screening practitioner rather than sent a letter.

So far 1,270 people have an accessible format marker on their screening record and 846 adapted kits have
been sent out. Our volunteers have made 214 home visits to help people who wanted someone with them
while they did the test. 61 people with an abnormal result have been phoned by the hub.

Of the adapted kits sent out in 2024, 72% were returned and usable. Our target is for uptake in this
group to match the overall local uptake figure by 2026. The hub has not yet been able to compare uptake
with the years before, because people with sight loss were not identified on its system until the
project began.
"""),
        ("value", "VALUE", """
The tactile guide costs £1.80 to produce and the USB stick £2.40. Volunteer home visits are covered by
our existing volunteer programme. The ICB funded the first year with a grant of £18,500. Finding a bowel
cancer early rather than late makes treatment simpler and much more likely to succeed, as well as far
less costly.

Members tell us that being able to do the test on their own, privately, is what matters most.

The accessible format marker also has a value beyond bowel screening. Once the hub knows that a person
needs audio or braille, that information can in principle be shared with other screening programmes,
and we are talking to the ICB about whether it can flow back to GP records as well.
"""),
        ("spread", "SPREAD", """
The national screening programme has asked for our tactile guide and audio files to consider for use
across England. We have shared them with four other sight loss charities and with the breast and
cervical screening teams in Eastmarch, who are looking at how they could use the accessible format
marker for their own invitations.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1350  relatives wrongly asked to consent, and lasting powers of attorney
#        missed, on hospital wards - pdf - form with a cover table - council
#        Mental Capacity Act lead, formal - council with an acute trust and
#        the Office of the Public Guardian - staff involved - NO patient
#        involvement (patients as beneficiaries, relatives sent a leaflet, a
#        survey that changed nothing, a negation, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1350", format="pdf", layout="form_table", topic="lasting_power_of_attorney_consent_wards",
    project="independent85-whocansayyes-1350", pdf_font="LiberationSans",
    title="Who Can Say Yes? Checking lasting powers of attorney before relatives are asked to decide",
    cover_table=[
        ("Entry title", "Who Can Say Yes? Checking lasting powers of attorney before relatives are asked to decide"),
        ("Lead organisation", "Stavely Borough Council, Adult Social Care (Mental Capacity Act and DoLS Team)"),
        ("Partner organisations", "Stavely and Orme Hospitals NHS Trust; Office of the Public Guardian"),
        ("Entrant", "Mental Capacity Act Lead, Stavely Borough Council"),
    ],
    primary_entrant=dict(name="Stavely Borough Council", type="local_authority"),
    partners=[
        dict(name="Stavely and Orme Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Office of the Public Guardian", type="public_other"),
    ],
    sections=[
        ("context", "Why was the partnership needed? What were the safety goals?", """
When an adult lacks capacity to make a decision about their treatment, only two people can make it for
them: a clinician acting in their best interests, or an attorney appointed under a registered health and
welfare lasting power of attorney (LPA). Next of kin have no legal power to consent, however close they
are.

Our Deprivation of Liberty Safeguards assessors, who visit the hospital's wards every week, kept finding
the same two errors. Relatives were being asked to 'sign the consent form' for procedures, or to agree to
do not attempt resuscitation decisions, as if they had legal authority. And, just as worrying, people
who had a registered health and welfare LPA were having decisions made without their attorney being
consulted at all, because nobody had checked. In 2022 we raised 46 concerns with the trust about one or
other of these errors.

The harm is real. One woman's attorney, her son, had been given authority to refuse life-sustaining
treatment on her behalf and knew she did not want to be tube-fed. He was never contacted, and she
received a nasogastric tube for three weeks. In another case a nephew with no legal standing agreed to a
care home placement against the wishes the patient had expressed before her dementia advanced.

Why did this keep happening? Three reasons stood out from our assessors' case notes. First, there was no
quick way to check whether an LPA existed: the OPG search service was little known and needed a
separate application. Second, the consent form itself had a space for 'signature of relative', which
invited the error. Third, families often arrived saying 'I have power of attorney', meaning a property
and financial affairs LPA, and this was taken at face value.

Neither organisation could solve this alone. The trust owned the forms, the records and the ward
processes. The council's team had the legal knowledge and saw the errors across every ward. The OPG held
the register and could make checking it simple.

The safety goals were that every adult admitted who may lack capacity has their LPA status checked
within 72 hours, that no relative is asked to sign a consent form without legal authority, and that
attorneys are involved in every decision within their powers.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Since April 2023, ward staff can check whether a person has a registered LPA through the Office of the
Public Guardian's online search service, using a trust-wide account set up with the OPG. The result is
recorded on a new LPA field on the electronic record, which shows on the front screen and on the
discharge summary. Our team's assessors audit a sample of records every quarter.

<<Q:The proportion of patients aged over 75 with an LPA status recorded within 72 hours of admission rose
from 6% in the baseline audit in January 2023 to 71% in the audit in December 2024.>> <<Q:Consent forms
signed by a relative with no legal authority, found in the quarterly audit of 150 consent forms, went
from 19 to 2.>> <<Q:Concerns raised by our assessors with the trust about either error fell from 46 in
2022 to 13 in 2024.>>

In 2024 ward staff made 3,890 searches of the OPG register.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Ward sisters from the four older people's wards met with our assessors at a half-day workshop and
mapped the moments when relatives were being asked to sign; it was their suggestion to put the LPA check
into the admission clerking rather than leave it to discharge.>> <<S:Junior doctors tested the
electronic LPA field for a month and asked for a drop-down that distinguishes a property and financial
affairs LPA from a health and welfare one, because they were mixing them up.>> <<S:Staff from the
Office of the Public Guardian's search team worked with the trust's information governance lead to agree
a single account, after the first plan of individual logins for every nurse proved unworkable.>>

The project is there to protect patients who cannot speak for themselves. Families of patients on the
older people's wards were given a leaflet explaining what an LPA is and what a next of kin can and cannot
do. We sent a questionnaire to 80 relatives in 2024 asking whether the leaflet was clear, and as the
responses were positive no changes were made. We did not hold sessions with patients or families during
the development of the project. A carers' reference group is planned for 2025.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
There was no cost for the OPG search service. The LPA field was built by the trust's own digital team in
about ten days. Our assessors' audit time comes from existing posts. Getting decisions right first time
avoids complaints, legal challenge, and the distress of treatment that a person would not have wanted.
Staff report more confidence in conversations with families about who decides.
"""),
        ("spread", "How has the work been shared and spread?", """
The OPG has used the partnership as a case study in guidance for NHS trusts on using its search service.
The trust's community hospitals adopted the LPA field in September 2024 and the council has shared the
audit tool with the other two councils in the integrated care system. We presented the work at the
regional Mental Capacity Act leads' network.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1351  hearing loss recorded so telephone triage is not missed - docx -
#        lists - PCN clinical director, brief - primary care network with a
#        hearing loss support group and the community audiology service -
#        patients and staff involved - NO evidence section, no measured
#        change anywhere
# ---------------------------------------------------------------------------
entry(
    id="I1351", format="docx", layout="bullet_lists", topic="hearing_loss_telephone_triage_gp",
    project="independent85-heardfirst-1351", docx_font="Arial",
    title="Heard First Time: making telephone triage safe for people with hearing loss",
    cover=[
        "Lead: Ashby Wharf Primary Care Network (five practices)",
        "Partners: Ashby Hearing Support Group; Lindham Community Health NHS Trust (Adult Audiology)",
        "Entry by the Clinical Director",
    ],
    primary_entrant=dict(name="Ashby Wharf Primary Care Network", type="primary_care"),
    partners=[
        dict(name="Ashby Hearing Support Group", type="patient_group"),
        dict(name="Lindham Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why we did this", """
Since 2020 most first contacts in our five practices have been by telephone: a care navigator takes the
call, and a clinician rings back. For people with hearing loss this has been a safety problem.

- clinicians ring back from a withheld number, and people with hearing loss often do not answer unknown calls or cannot hear them

- after two missed call-backs the request is closed, and the person has to start again the next day

- people mishear medicine names and doses on the phone, such as 'fifteen' and 'fifty'

- relatives take calls on the person's behalf, which raises consent and confidentiality questions

- none of our practices recorded hearing loss in a way that showed up when a call-back was booked

- hearing aids and phones do not always work well together, and many people turn their hearing aids off at home to save the batteries

- an older man with a urine infection missed three call-backs in two days and was admitted with sepsis

What we changed, from March 2024:

- a short 'how should we contact you?' form, on paper at reception and online, records a person's hearing need and preferred contact method

- the answer is saved as a coded communication need with an alert that appears whenever anyone books a call-back or an appointment

- call-backs for people with a hearing need come from a number that shows as the practice, or are replaced by a text asking the person to reply or book a video slot

- medicine changes discussed by phone are always followed by a text or letter with the medicine name and dose written down

- practices check that hearing loops work at reception every week and record it
"""),
        ("stakeholders", "Who helped", """
- <<P:members of Ashby Hearing Support Group, which meets monthly at the library, told us about the missed calls and took part in three workshops with our care navigators>>

- <<P:they chose the options on the new 'how should we contact you?' form: text, email, video with captions, call to a named relative, or a face-to-face appointment>>

- <<P:one member, a retired teacher who wears two cochlear implants, tested the practices' video consultation software and found that the captions only worked on one of the two systems>>

- <<S:care navigators from all five practices designed the wording of the reminder that now appears when a call-back is booked for someone with a hearing need>>

- <<S:GPs and nurse practitioners agreed at a PCN clinical meeting that a person with a recorded hearing need cannot have a request closed for missed calls without a text or a second contact method being tried>>

- <<S:audiologists from the community trust offered to add the PCN's form to their clinic letters and suggested adding a question about hearing aid use on the phone>>
"""),
        ("value", "Value", """
- the form and the alert use our existing clinical systems, so there was no extra cost

- text messages cost the PCN about a penny each

- missed call-backs waste clinician time, so reaching people first time saves time as well as reducing risk

- group members say they feel the practices have finally understood

- care navigators say the alert saves them guessing, and that they no longer feel they are shouting down the phone at people
"""),
        ("spread", "Spread", """
- all five practices have used the form since March 2024 and over 1,400 patients have a recorded communication need

- the integrated care board has asked us to share the form with the other PCNs in the borough

- the audiology service is using it in all three of its clinics
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1352  aphasia-friendly medicines reviews in community pharmacy - pdf -
#        two columns - university senior lecturer, academic but readable -
#        university with the LPC and a stroke club - stroke survivors (told
#        in the context section) and pharmacists involved - a measured change
#        in words - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1352", format="pdf", layout="two_column", topic="aphasia_friendly_pharmacy_medicines_reviews",
    project="independent85-clearwords-1352", pdf_font="LiberationSerif",
    title="Clear Words at the Counter: aphasia-friendly medicines conversations in community pharmacy",
    cover=[
        "Lead: University of Kestrelford, School of Health and Social Care (Speech and Language Therapy)",
        "Partners: Kestrelford and District Local Pharmaceutical Committee; Kestrelford Stroke Club",
    ],
    primary_entrant=dict(name="University of Kestrelford", type="university"),
    partners=[
        dict(name="Kestrelford and District Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Kestrelford Stroke Club", type="patient_group"),
    ],
    sections=[
        ("context", "Background", """
People who have had a stroke usually leave hospital on several new medicines: an antiplatelet or
anticoagulant, a statin, blood pressure tablets and often others. Community pharmacists offer the New
Medicine Service and medicines reviews to help people understand and take them. For the one in three
stroke survivors who have aphasia, these conversations, usually rushed and at a counter, often fail.

The project began when speech and language therapy students on placement at Kestrelford Stroke Club
heard members describe their pharmacy visits. <<P:Members of the club's Tuesday talkback group later
spent two terms with our students and staff, explaining what went wrong and rating draft materials,
and the communication aids we now use are largely their design.>> They told us that pharmacists spoke
too fast, used words like 'anticoagulant' and 'statin' without explanation, handed over leaflets they
could not read and rarely checked what they had understood.

A review of incidents reported to the LPC found people with aphasia who had taken both a new and an old
blood thinner, and a man who stopped his statin because he thought he had been told to take it 'for a
week'.

There is good evidence from stroke rehabilitation that supported conversation techniques help people with
aphasia to understand and take part in conversations: slowing down, using key written words, pictures
and gesture, checking understanding with simple yes and no questions, and giving time. These techniques
are routinely taught to speech and language therapists and, increasingly, to nurses on stroke units.
They are almost never taught to pharmacists, who are often the health professional a stroke survivor
sees most often in the year after leaving hospital.

The LPC was keen to help. Its members had seen the same problems but had no training or materials, and
community pharmacy contracts give little time for longer conversations. The question we set ourselves was
whether a small, cheap kit and a short course could make these conversations safer.

The risks are not small. After a stroke, secondary prevention medicines greatly reduce the chance of
another stroke, but only if they are taken. People with aphasia are more likely to be readmitted, more
likely to have medication errors and less likely to be asked what they understand. Many rely on a
partner to manage their medicines, and some live alone with nobody to check.
"""),
        ("evidence", "Evidence of improvement", """
From September 2023 we trained pharmacists in 24 pharmacies in supported conversation and gave each a kit:
a medicines chart with photographs of each tablet, a 'what is it for?' picture card set and a one-page
checklist. Pharmacists offer a longer appointment in a quiet room and send a copy of the chart to the
person's GP.

We compared 120 people with aphasia who had a New Medicine Service consultation in those pharmacies in
the year before with 134 in the year after. <<Q:Medicine-related incidents reported for people with
aphasia by the participating pharmacies were a third fewer in the year after than in the year
before.>> <<Q:The proportion who could correctly say what each medicine was for at the follow-up call
rose from 38% to 79%.>>

Pharmacists completed 134 supported consultations in the year.

The comparison is not a trial. The two groups were similar in age and in the type of stroke, but
pharmacists who volunteered for the project may have been more interested than most, and some of the
change may reflect wider improvements in stroke follow-up in Kestrelford. We have tried to be cautious
in what we claim.
"""),
        ("stakeholders", "Involvement", """
<<S:Six community pharmacists joined a design group with our speech and language therapy staff and
tested the kit in their own pharmacies for six weeks, after which they asked for the picture cards to
be bound into a ring so they would not get lost behind the counter.>> <<S:The LPC's officers helped
design the checklist so that it fits within the New Medicine Service record.>> <<P:Stroke club members
played themselves in role-play training for pharmacists and changed the script after the first session
because it did not leave enough pauses.>>
"""),
        ("value", "Value", """
The kit costs about £25 per pharmacy and the training takes three hours, delivered in the evening
by a speech and language therapist and a pharmacist together. Pharmacists are paid for the New
Medicine Service as usual. A single stroke caused by stopping a blood thinner or a statin has huge
human and financial costs.

The longer conversation takes on average eight minutes more than a usual New Medicine Service
consultation. Several of the pharmacies now use the picture cards with other customers as well, including
people with dementia and people whose first language is not English.
"""),
        ("spread", "Spread", """
The LPC has offered the training to all 78 pharmacies in the area. The university has built the kit
into its pharmacy and speech and language therapy teaching, and two other universities are using it.
The kit and a recording of the training are free to download. Kestrelford Stroke Club has offered to
send members to help train pharmacists in neighbouring areas.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1353  children and relatives used as interpreters by health visitors and
#        district nurses - docx - rubric headings - community trust head of
#        quality, careful - community trust with the council's interpreting
#        unit and a bilingual advocacy charity - staff involved - NO patient
#        involvement (families as beneficiaries, leaflets sent, community
#        leaders updated, a survey that changed nothing, a negation)
# ---------------------------------------------------------------------------
entry(
    id="I1353", format="docx", layout="rubric_headings", topic="family_interpreters_community_nursing_health_visiting",
    project="independent85-notourchildren-1353", docx_font="Calibri",
    title="Not the Children's Job: professional interpreting for home visits by health visitors and district nurses",
    cover=[
        "Lead organisation: Brackley Moor Community Healthcare NHS Trust",
        "Partner organisations: Brackley Moor City Council (Interpreting and Translation Unit); Bridges Bilingual Advocacy (registered charity)",
        "Submitted by the Head of Quality and Patient Safety, Community Services",
    ],
    primary_entrant=dict(name="Brackley Moor Community Healthcare NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Brackley Moor City Council", type="local_authority"),
        dict(name="Bridges Bilingual Advocacy", type="charity"),
    ],
    sections=[
        ("context", "Context: why the partnership was needed and what we set out to achieve", """
Brackley Moor is one of the most linguistically diverse cities in the region. More than 90 languages
are spoken in local schools, and in some of our health visiting teams one family in four needs an
interpreter. Our health visitors, school nurses and district nurses make about 310,000 home visits a
year, and the great majority of these take place in people's homes, without a receptionist, without a
telephone interpreting line set up in advance and often without knowing beforehand who will be in the
house.

For years the easiest solution was the person who happened to be there. A ten-year-old translating for
her mother at a new birth visit. A husband answering questions about his wife's mood after childbirth.
A teenage grandson explaining to his grandmother how to inject her insulin. Staff knew this was not
right, but the alternatives were slow: face-to-face interpreters had to be booked five working days in
advance through the council, and the telephone line needed a landline or a phone on speaker with a good
signal, which in many of the tower blocks in the east of the city was impossible.

Our incident reviews in 2021 and 2022 showed what this cost. A mother's disclosure of domestic abuse was
missed because her partner was interpreting. A child was kept off school for a week to interpret at his
father's leg ulcer dressings. A woman's postnatal depression screening was recorded as normal when the
questions had been put to her by her sister-in-law, who later told the midwife she had 'left out the
sad questions'. A district nurse gave insulin instructions through a twelve-year-old, and the dose was
given twice.

The council's Interpreting and Translation Unit provides interpreters to the city's services, including
ours, under a long-standing agreement. Bridges Bilingual Advocacy is a local charity whose bilingual
advocates support families in the six largest community languages. We asked them both to help us make
professional interpreting the normal, easy choice for every home visit.

Our goals were simple: no child under 18 interpreting at any visit; no family member interpreting at any
visit involving safeguarding, mental health, consent or medicines; and an interpreter available for an
unplanned visit within the hour.
"""),
        ("evidence", "Evidence of improvement in safe care as a direct result of the partnership", """
From June 2023 every health visitor and district nurse carries a work phone with a video interpreting
app linked to the council's unit, which guarantees a connection within ten minutes for the 20 most
common languages and within an hour for others. The family's language and interpreting need is recorded
on the electronic record and flagged at the top of the visit list. Bridges' advocates can be booked for
longer visits such as new birth and safeguarding reviews, so that the same trusted person attends each
time.

We audited 400 home visit records to families needing an interpreter before the change and 400 after.
<<Q:Visits where a professional interpreter was used rose from 41% in the first half of 2023 to 86% in
the first half of 2024.>> <<Q:Visits recorded as interpreted by a child under 18 fell from 34 in the
baseline audit to 3.>> <<Q:Postnatal mood screening completed with a professional interpreter went up
from 29% to 91% of eligible mothers.>>

<<Q:Incidents in which language or interpreting was a contributing factor fell from 22 in 2022/23 to 7 in
2024/25.>> In 2024/25 the video app was used for 18,900 calls.
"""),
        ("stakeholders", "How patients and staff were involved", """
<<S:Health visitors and district nurses from four localities formed a working group with the council's
interpreting coordinators and tested three different apps in the tower blocks with the worst signal,
before choosing the one that worked over wifi and mobile data.>> <<S:It was the health visitors who
pointed out that a family's language was recorded on the GP record but not on ours, and they designed
the new interpreting flag.>> <<S:Interpreters from the council's unit asked for a two-minute briefing
before each call so they know whether it is a baby check or a safeguarding discussion, and this is now
part of the app.>> <<S:Bridges' advocates helped write the guidance on when a family member must not
interpret and led the training sessions for our teams.>>

Families who need interpreters were sent a leaflet in twelve languages explaining that the trust will
now always offer a professional interpreter and that this is free. Community and faith leaders were
updated on the project at the council's community cohesion forum. We surveyed 150 families through
interpreters after visits in 2024, and as most said they were happy with the interpreting, the service
carried on unchanged. We have not yet held any co-design sessions with families themselves, and we know
this is a gap. The change is intended above all to benefit mothers, babies and older people whose voices
were previously filtered through someone else.
"""),
        ("value", "Impact on experience and value for money", """
Video interpreting costs about a third of a face-to-face interpreter for the same visit, because there
is no travel time. The trust's overall interpreting spend has risen by about £60,000 a year, but visits
are shorter and fewer need to be repeated because information was lost. One safeguarding case review
costs more than that in staff time alone, before counting the harm to the child.

Staff say they feel more confident that they are hearing what the mother or patient actually thinks.
Several health visitors say that mothers now disclose things they never would have said in
front of a relative.
"""),
        ("spread", "Spread and sharing", """
The council has offered the same video interpreting arrangement to its own social work teams and to the
city's three GP federations. The community midwifery service of the acute trust began using it in
October 2024. We have shared our guidance on family interpreters with the regional safeguarding
children partnership, which has included it in its multi-agency procedures.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1354  deafblind people admitted to hospital - pdf - with appendix -
#        deafblind charity director, passionate - deafblind charity with an
#        acute trust and an ambulance service - deafblind people involved -
#        NO staff involvement (ward staff trained, a named liaison nurse doing
#        her job, crews briefed, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1354", format="pdf", layout="with_appendix", topic="deafblind_hospital_admission_communication",
    project="independent85-handinhand-1354", pdf_font="LiberationSerif", pdf_align="L",
    title="Hand in Hand: safer hospital stays for people who are deafblind",
    cover=[
        "Lead entrant: Northolme Deafblind Alliance (registered charity)",
        "Partners: Northolme and Carrow Hospitals NHS Foundation Trust; Fellside Ambulance Service NHS Trust",
        "Entry prepared by the Director of Services, Northolme Deafblind Alliance",
    ],
    primary_entrant=dict(name="Northolme Deafblind Alliance", type="charity"),
    partners=[
        dict(name="Northolme and Carrow Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Fellside Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "What was going wrong", """
Imagine waking in a hospital bed and being unable to see or hear. You do not know where you are, who
has just touched your arm, or why a needle is going into your hand. Nobody tells you when your meal
arrives, and it is taken away again untouched. When you try to get up to find the toilet, someone pulls
you back and you are labelled 'agitated'.

That is what a hospital admission has been like for many of the 1,600 people in our area who have
combined sight and hearing loss. Most are older people whose sight and hearing have both declined with
age, and some were born deafblind or have Usher syndrome. Many communicate using clear speech close to
one ear, large print, hands-on signing or the deafblind manual alphabet, spelled onto the palm of the
hand. Very few hospital staff have ever met someone who uses these methods.

Our members brought us story after story. A woman who uses the manual alphabet spent five days on a
ward with her only means of communication being a relative who visited for an hour each evening. A man
with Usher syndrome was given sedation for 'delirium' after he became distressed when his hearing aids
and glasses were left in a bag in the ambulance. Another member fell in the night trying to find a call
bell she could not see, and broke her wrist.

The charity has communicator guides, trained staff who support deafblind people to communicate and get
around, but until 2023 nobody at the hospital or in the ambulance service knew to call us, and our
guides had no right to be on the ward.
"""),
        ("stakeholders", "Who designed it", """
<<P:Members of our Tactile Voices group, eleven deafblind adults who meet monthly with communicator guides
at our centre, spent six sessions designing the 'Hand in Hand' passport with us, working in the
manual alphabet, large print and braille.>> <<P:They decided what it should say first: not the
diagnosis, but 'I am deafblind. Touch my shoulder before you speak. Spell on my left palm.'>>
<<P:Three members tested a vibrating pager call bell at home for a month and chose the one they could
feel most easily under a pillow.>>

<<P:Family carers of members who cannot easily take part in groups were visited at home, and at their
request the passport now has a page for the person's usual routine, including how they like to be told
that food has arrived.>>

Ward staff on the trust's medical and older people's wards have all been trained by our guides in basic
deafblind awareness and the manual alphabet. The trust's learning disability and sensory liaison nurse,
Helen Brack, receives every alert and arranges the ward support. Ambulance crews were briefed through
their clinical update bulletin. We hope to set up a staff reference group at the hospital next year.
"""),
        ("evidence", "What has changed", """
Since April 2023, every member who wants one has a passport, a bright orange card that they carry and
that is also scanned onto their hospital record. Ambulance crews who find one call our 24-hour line,
and a communicator guide meets the person at the emergency department, or on the ward within four hours.
Every deafblind inpatient has a vibrating call bell, a named nurse each shift, and a daily visit from a
guide.

<<Q:Among members admitted to the trust, falls during the admission went from 9 in the two years before to
2 in the two years after.>> <<Q:The average length of stay for these admissions fell from 14 days to 9
days.>> <<Q:Sedation given for agitation or distress, taken from the drug charts of every admission we
supported, went from 17 occasions to 4.>>

The trust's alert has been placed on 402 records and our guides have supported 143 admissions.
"""),
        ("value", "Value", """
A guide's visit to the ward costs the charity about £45. The trust pays us a fixed annual sum of £38,000
to cover the service. Each day of avoided stay saves the trust around £400, and a hip or wrist fracture
after a fall adds weeks.

Members tell us that having someone there who can spell on their hand has made the difference between
feeling imprisoned and feeling cared for.
"""),
        ("spread", "Spreading the work", """
The ambulance service has added the Hand in Hand passport to its guidance for crews across the whole of
its area, covering two other acute trusts, and we are in discussion with both. The national deafblind
charities' network has shared the passport template with its members. We are working with the trust on
a version for outpatient appointments.
"""),
    ],
    trailer=[
        ("heading", "Appendix: the Hand in Hand passport (front page) and sources"),
        ("para", "Front page wording: I am deafblind. Touch my shoulder before you speak. Spell on my left palm. Please do not move my glasses or hearing aids. If I seem confused, I may not know where I am. Call my communicator guide on the number on the back."),
        ("para", "Data on falls, length of stay and sedation are from the trust's incident and patient administration systems and from drug charts reviewed by the trust's sensory liaison nurse. Admissions supported are from the charity's records, April 2021 to March 2025."),
        ("para", "Northolme Deafblind Alliance, Quarry House, Mill Lane, Northolme NL3 9TD. Registered charity."),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1355  interpreters for mental capacity and best interests assessments -
#        docx - sections in an unusual order (involvement first) - council
#        principal social worker, thoughtful - council with a Deaf charity
#        and a mental health trust - people assessed (passive voice) and
#        staff involved - changes in words - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I1355", format="docx", layout="reordered", topic="interpreters_mental_capacity_assessments",
    project="independent85-inyourlanguage-1355", docx_font="Cambria",
    title="In Your Own Language: interpreters for mental capacity and best interests assessments",
    cover=[
        "Lead organisation: Redgrave Metropolitan Borough Council, Adult Social Care",
        "Partners: Redgrave Deaf Action (charity); Redgrave and Tarn Mental Health NHS Foundation Trust",
        "Author: Principal Social Worker for Adults",
    ],
    primary_entrant=dict(name="Redgrave Metropolitan Borough Council", type="local_authority"),
    partners=[
        dict(name="Redgrave Deaf Action", type="charity"),
        dict(name="Redgrave and Tarn Mental Health NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("stakeholders", "How the work was shaped", """
We want to start with the people this is about. <<P:Early drafts of our practice guidance were read aloud,
in BSL and in Polish and Urdu, to four people who had been through a capacity assessment themselves,
including two Deaf residents of a care home, and the section on 'taking time' was rewritten around what
they said.>> <<P:One of them, a Deaf man in his eighties, explained that his assessor had asked him
questions through his care worker, who knew a few signs, and that he had agreed to everything because
he wanted the meeting to end; his words open the guidance.>> <<P:Relatives who had acted as interpreters
at assessments were invited to a session at the Deaf Action centre, and it was their idea to give
families a short card explaining why the council will now use a professional interpreter even when they
offer.>>

<<S:Best interests assessors and social workers from the council's hospital, community and DoLS teams
met monthly for six months with Deaf Action's BSL interpreters and the mental health trust's approved
mental health professionals, and together they wrote the checklist for assessments that need an
interpreter.>> <<S:The interpreters pointed out that many concepts in a capacity assessment, such as
'weigh up' and 'residence', have no direct sign and need time to explain, so the checklist now includes a
pre-meeting between assessor and interpreter.>> <<S:Team managers agreed to double the time allowed in
the workload system for an interpreted assessment, after assessors showed how rushed interpreted visits
had been.>>
"""),
        ("context", "The problem", """
Every year the council's social workers and best interests assessors carry out around 3,500 mental
capacity assessments, for decisions about where people live, their care, their money and their
liberty. The mental health trust's staff carry out many more. The Mental Capacity Act requires that
people are given all practicable help to make their own decisions, and the code of practice is explicit
that this includes an interpreter where the person does not use English, or uses BSL.

In practice, a 2022 audit of our own assessments found that where the person's first language was not
English, a professional interpreter was used in fewer than half. Family members, care workers with
'some' of the language, and in one case a grandson aged fourteen, were standing in. Several people were
found to lack capacity in assessments where it was not clear they had understood the questions at
all. One woman who spoke only Punjabi was moved into a care home following an assessment conducted in
English with her son translating; it later emerged that she had wanted to go home, and that her son
had not passed this on.

For Deaf people the picture was worse. Our Deaf community is small but close, centred around the Deaf
Action centre, and the charity was hearing regularly from Deaf people in care homes and hospitals who
felt decisions had been made about them, not with them. BSL interpreters were booked through a
different route from spoken language interpreters and could take two weeks to arrange, so assessors,
under pressure to meet deadlines, often went ahead without one.

A wrong finding of incapacity takes away a person's right to decide for themselves. It can lead to
someone being deprived of their liberty in a care home they did not choose, or to treatment they would
have refused. This is a patient safety issue in the broadest sense, and we could not fix it without
the people who provide interpreting and the people who know what it is like to be assessed.
"""),
        ("evidence", "What has improved", """
Since February 2023 we have had one booking route for BSL and spoken language interpreters, with a
48-hour turnaround for assessments, a pre-meeting between assessor and interpreter, and a rule that
family members, friends and care staff are not used to interpret for a capacity assessment except in a
genuine emergency, which must be recorded.

Our quality assurance team repeated the audit in 2024 on a sample of 200 assessments where the person
did not use English or used BSL. <<Q:The use of a professional interpreter roughly doubled compared with
the 2022 audit, and is now the norm in almost every assessment we sampled.>> <<Q:Assessments where a
family member or carer interpreted fell by about two thirds.>> <<Q:Findings that a person lacked
capacity were reached in noticeably fewer of the interpreted assessments than in 2022, falling from just
over half to around a third.>>

Challenges to DoLS authorisations for people who do not use English, brought by the person or their
representative, have also gone down, though the numbers are too small to draw firm conclusions.
"""),
        ("value", "Value", """
Interpreting for capacity assessments costs the council about £72,000 a year, roughly £25,000 more than
before. This is small beside the cost of a single care home placement that a person did not need or
want, which can exceed £50,000 a year, or a legal challenge in the Court of Protection.

For assessors, the change has been welcome. They had been uneasy about relying on relatives, and now
have permission, time and a route to do it properly. For the people assessed, it is about dignity and
about having a real say in their own lives. As one Deaf woman put it after an assessment with a
qualified BSL interpreter: 'For the first time, I was the one being asked.'
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I1356  pre-operative and consent information blind and partially sighted
#        people can read - pdf (via Word) - style headings - chair of a
#        blind and partially sighted people's forum, personal - forum with an
#        eye hospital and a sight loss charity - members and staff involved,
#        some of it told in the value section - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1356", format="pdf", layout="style_headings", topic="accessible_preop_consent_information_sight_loss",
    project="independent85-readitmyway-1356", render_via="soffice", docx_font="Liberation Serif",
    title="Read It My Way: pre-operative instructions and consent that blind and partially sighted people can read for themselves",
    cover=[
        "Lead: Cressington Visually Impaired People's Forum",
        "Partners: Cressington Eye and Ear Hospital NHS Foundation Trust; Beacon Sight Loss Services (registered charity)",
        "Written by the Chair of the Forum, with the hospital's Lead Nurse for Pre-operative Assessment",
    ],
    primary_entrant=dict(name="Cressington Visually Impaired People's Forum", type="patient_group"),
    partners=[
        dict(name="Cressington Eye and Ear Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="Beacon Sight Loss Services", type="charity"),
    ],
    sections=[
        ("context", "Why we started", """
Our forum is a group of around 90 blind and partially sighted people in Cressington. We meet, we
campaign, and we support each other. Many of us are patients of the eye hospital, and most of us have
had surgery there or elsewhere. So when we talk about our experience of hospital, we are talking about
our own.

The same problem came up again and again at our meetings. Before an operation, the hospital sends a
letter telling you when to stop eating, which medicines to stop and when, what drops to use and where
to go. After it, you get a sheet about your eye drops and what to watch out for. All of it was in 11 or
12 point print. For people whose sight is the reason they are having surgery, that was absurd, and it
was dangerous.

Members described turning up after eating breakfast because they could not read the fasting time, and
being sent home. One member carried on taking warfarin because she could not read the instruction to
stop it, and her operation was cancelled on the day. Another used his post-operative drops in the wrong
order for two weeks. And at the consent stage, members had been asked to sign a form that they could not
read, with a doctor summarising it quickly. One of us asked a doctor to read the whole form aloud and was
told there was no time.

The hospital had a policy under the Accessible Information Standard, but it was not working in the
pre-assessment clinic. Nobody asked people how they wanted information, and there was no way to produce
large print, audio or braille quickly. We took the problem to the hospital, and Beacon Sight Loss
Services, which has a transcription unit, offered to help.

It is worth saying why this is a safety issue and not only a matter of courtesy. Stopping an
anticoagulant or a diabetes tablet at the right time before surgery, fasting correctly, and using
post-operative drops in the right order and for the right length of time are all things that, if they
go wrong, can lead to bleeding, infection, a cancelled operation or a worse result. People with sight
loss were being asked to follow written instructions that they could not read, and the system assumed
that someone at home would read it to them. Many of us live alone.
"""),
        ("evidence", "What has changed", """
Since September 2023, everyone referred for surgery is asked on the referral form and at pre-assessment
how they want to receive information: standard print, large print, audio, email, braille or a phone
call. The answer is recorded on the hospital's patient record and flows to every letter. Beacon's
transcription unit turns pre-operative and post-operative leaflets into the chosen format within two
working days. At the consent appointment, the whole form is read aloud by the surgeon, and the person
takes home a copy in their own format.

<<Q:Operations cancelled on the day because pre-operative instructions had not been followed, among
patients with a recorded sight impairment, fell from 41 in the twelve months before to 12 in the
twelve months after.>> <<Q:The proportion of patients with sight loss who had their information needs
recorded at pre-assessment went from 7% to 88%.>> <<Q:In the hospital's follow-up calls, the proportion
of these patients who could correctly describe their eye drop routine rose from 55% to 90%.>>

Beacon has produced 2,130 leaflets in alternative formats since the service began.
"""),
        ("stakeholders", "Who was involved", """
<<P:Forum members rewrote the pre-operative letter with the pre-assessment nurses over three sessions,
cutting it from four pages to one and putting the fasting and medicines instructions first, in bold.>>
<<P:Members who read braille checked every transcribed leaflet before it went into use, and members who
prefer audio chose the reader's voice and the speed.>>

<<S:Pre-assessment nurses tested the new question about information needs for a month and moved it from
the end of the assessment to the start, because by the end patients were tired and rushed.>>
<<S:Consultant ophthalmologists agreed at their governance meeting to read the full consent form aloud,
after two of them sat in on a forum meeting and heard members' accounts.>> <<S:Beacon's transcription
staff worked with the hospital's medical records team to set up a secure way of receiving leaflets and
returning them.>>
"""),
        ("value", "Value", """
Transcription costs the hospital about £9,000 a year under a service agreement with Beacon. Each
cancelled operation on the day wastes around £1,000 of theatre time, so the fall in cancellations has
more than covered it.

For us as a forum, this has been a real partnership, not consultation after the fact. <<P:When the
hospital's patient information group, which now includes two forum members, revised the cataract leaflet
last spring, those members insisted that the audio version be ready on the same day as the printed one,
and it was.>> Patients who have used the new formats tell us that, for the first time, they went into
their operation knowing exactly what was going to happen.
"""),
        ("spread", "Spreading the learning", """
The hospital is extending the information needs question to all outpatient clinics in 2025, starting
with the ear, nose and throat clinics, where many patients have hearing loss. Beacon has offered the same
transcription service to the two general hospitals in the area. We have shared our rewritten letter with
forums for blind and partially sighted people in three other cities.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1357  booked interpreters who do not arrive in primary and community care
#        - docx - form with a cover table - ICB equality and contracts
#        manager, bureaucratic - ICB with an interpreting company and a GP
#        federation - staff involved - NO patient involvement (a survey that
#        changed nothing, community groups updated, a plan) - NO quantitative
#        evidence (booking counts, a fill rate with no baseline, a target, a
#        budget)
# ---------------------------------------------------------------------------
entry(
    id="I1357", format="docx", layout="form_table", topic="interpreter_no_shows_primary_community_care",
    project="independent85-theresontime-1357", docx_font="Calibri",
    title="There, On Time: a single interpreting service for primary and community care",
    cover_table=[
        ("Title of entry", "There, On Time: a single interpreting service for primary and community care"),
        ("Lead organisation", "NHS Severn Marches Integrated Care Board"),
        ("Partner organisations", "Lexis Community Interpreting Ltd; Ludford and Teme GP Federation"),
        ("Name and role of entrant", "Head of Equality, Diversity and Inclusion, NHS Severn Marches ICB"),
    ],
    primary_entrant=dict(name="NHS Severn Marches Integrated Care Board", type="icb"),
    partners=[
        dict(name="Lexis Community Interpreting Ltd", type="private"),
        dict(name="Ludford and Teme GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and its safety goals.", """
Until 2023 interpreting for primary and community care in Severn Marches was bought in five different
ways. Each of the two former clinical commissioning groups had its own contract, community services had
a third, dental and optometry practices made their own arrangements, and some GP practices paid for a
local agency out of their own budgets. There were different booking forms, different phone numbers and
different rules on notice periods and cancellations.

The result was confusion, and sometimes harm. Practices reported through the ICB's incident reporting
system that face-to-face interpreters frequently did not arrive, or arrived for the wrong patient, or
spoke the wrong language or dialect, such as a Kurmanji speaker being sent to a patient who spoke
Sorani. When an interpreter did not arrive, the appointment either went ahead without one or was
rebooked, often weeks later. In 2022 the ICB received 64 incident reports and 19 complaints where
interpreting had failed, including a delayed cancer referral for a woman whose two appointments were
both cancelled because no interpreter came, and a child's vaccination given without consent being
properly understood by the parent.

The ICB's safety goals were to make sure that every patient who needs an interpreter gets one at the
time they need it; that the right language and dialect is booked first time; and that practices and
community teams have one simple way of booking. We could only do that with a provider willing to
change how it worked and with a federation that could bring practices with it.

There were also problems that did not show up as incidents. Reception staff spent a long time on the
phone trying to find an interpreter for a same-day appointment, and often gave up. Community nurses
visiting people at home in rural parts of the county were rarely able to get a face-to-face interpreter
at all, because travel times made the bookings unattractive to agencies. And because each contract
recorded its data differently, nobody at the ICB could say how many interpreted appointments took place
across the system, let alone how many failed.

The national guidance on interpreting in primary care is clear that family members and friends should
not normally be used, and that patients should not be asked to bring their own interpreter. Our
arrangements made that guidance very hard to follow.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
From July 2023 a single contract with Lexis covers all GP practices, community services, dental and
optometry practices in Severn Marches. There is one online booking portal, which asks for language and
dialect from a drop-down list linked to the patient's recorded need, and a guaranteed video or
telephone interpreter within 15 minutes if a face-to-face interpreter cannot attend.

In the first 18 months the service handled 46,800 bookings in 71 languages, 61% face to face, 28% by
video and 11% by telephone. The fill rate for face-to-face bookings, meaning bookings where the
interpreter attended on time, was 91% in the most recent quarter. The contract target is 95%, which we
expect to reach in 2025/26.

The portal records the reason for every failed booking. In the most recent quarter the commonest reasons
were late cancellations by the practice and bookings made for the wrong date, rather than interpreters
failing to attend, and these are now fed back to practices each month.

All 84 GP practices and all community nursing and therapy teams are now using the portal. 1,120
practice and community staff have completed the online booking training. The ICB's contract monitoring
meetings with Lexis take place monthly and review every failed booking.

Because bookings under the previous arrangements were not recorded in a comparable way, we cannot yet say
how the fill rate compares with before.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Practice managers from the federation sat on the procurement panel and wrote the scenarios used to
test bidders, including a same-day booking for a rare dialect and a home visit in a rural village.>>
<<S:Receptionists and community nurses tested two versions of the booking portal and asked for the
dialect drop-down to be mandatory, after they described how often the wrong dialect had been sent.>>
<<S:Interpreters working for Lexis raised the problem of being sent to rural home visits with no
address details until the morning, and the portal now releases the full address 24 hours in advance.>>

Patients who use interpreters were surveyed by Healthwatch in 2024, and as the results were broadly
positive no changes were made to the service. Voluntary and community sector organisations were updated
on the new contract at the ICB's community partnership forum. We intend to set up a patient reference
group with refugee and migrant organisations in the coming year.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The single contract costs £1.38 million a year. By bringing five arrangements together and using video
where suitable, the ICB expects to save around £210,000 a year compared with the combined cost of the
previous contracts. Practices no longer pay for interpreting from their own budgets.

Practice staff say booking is quicker and they know who to call when something goes wrong. The
federation's practice managers' group reports fewer hours spent chasing interpreters.
"""),
        ("spread", "How has the work been shared and spread?", """
The contract specification and the dialect list have been shared with the two neighbouring ICBs, one of
which is using them in its own procurement. The model was presented at the regional health inequalities
network in November 2024. We are in discussion with community pharmacies about joining the contract.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1358  communication with patients who cannot speak or understand the crew
#        at the scene - pdf - numbered questions - ambulance service
#        paramedic practice lead, practical - ambulance service with an
#        aphasia charity and a Deaf charity - stroke survivors, Deaf people
#        and crews involved - NO quantitative evidence (books placed, crews
#        trained, app uses, a single survey figure, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1358", format="pdf", layout="numbered_questions", topic="ambulance_scene_communication_aids",
    project="independent85-showme-1358", pdf_font="LiberationSans", pdf_align="L",
    title="Show Me: communication tools for ambulance crews when patients cannot speak or understand",
    cover=[
        "Lead: Westmoor Ambulance Service NHS Trust",
        "Partners: Cairnside Aphasia Network (charity); Westmoor Deaf Community Association (charity)",
        "Author: Consultant Paramedic, Clinical Practice",
    ],
    primary_entrant=dict(name="Westmoor Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Cairnside Aphasia Network", type="charity"),
        dict(name="Westmoor Deaf Community Association", type="charity"),
    ],
    sections=[
        ("context", "1. What was the problem and why did it need a partnership?", """
Ambulance crews depend on what patients tell them. Where is the pain? When did it start? What tablets do
you take? Are you allergic to anything? Can you feel this? Every one of those questions is harder, or
impossible, when the patient has aphasia after a stroke, is Deaf and uses BSL, has a learning
disability, has dementia, or does not speak English.

Our clinical audit of patient clinical records in 2022 found that in cases where the crew had recorded
a communication difficulty, pain scores were missing in more than half, and allergy status was
recorded as 'unknown' in a third. Our complaints and incident reviews included a Deaf woman whose
abdominal pain was treated as intoxication because she could not make herself understood, and a man
with aphasia from a previous stroke whose new stroke symptoms were put down to his old ones, delaying his
arrival at the hyperacute stroke unit beyond the window for clot-busting treatment.

Crews had nothing to help them except a pen and the back of a glove packet. Telephone interpreting was
available through the control room but took time to set up and was no help for someone who is Deaf or
has aphasia. We knew we did not have the expertise to design something better alone.

There were commercial communication apps on the market, but none had been designed for the back of an
ambulance at night, with a patient on a trolley, poor lighting and no mobile signal. Many relied on the
patient reading text, which is exactly what many people with aphasia find hardest. Translation apps were
being used by some crews on their own phones, which raised questions about information governance and
accuracy, and they were no help at all for BSL users.

We approached two local charities that we already knew through our patient engagement work: the
Cairnside Aphasia Network, which runs conversation groups for stroke survivors across the county, and
the Westmoor Deaf Community Association, which is run by and for Deaf people.
"""),
        ("stakeholders", "2. Who was involved and how?", """
<<P:Members of Cairnside Aphasia Network, most of them stroke survivors with aphasia, worked with us over
eight months to design the 'Show Me' communication book, choosing pictures and symbols and testing each
page to see whether they could use it to answer a question.>> <<P:They insisted on a pain scale with
faces and a body map large enough to point to with a shaky hand, and they removed any page that needed
reading more than three words.>> <<P:Deaf members of the Westmoor Deaf Community Association filmed
short BSL clips of the 30 questions crews ask most often, which play on the crew's tablet, and they
tested them on a mock call in a member's home.>>

<<S:Paramedics and emergency care assistants from six stations used prototype books on shift for three
months and asked for the book to be made wipeable and small enough to fit in the response bag.>>
<<S:Two specialist paramedics in stroke care reviewed the stroke pages with the aphasia group and added a
page that asks, with pictures, whether this feels the same as or different from the person's old
stroke.>>
<<S:Our emergency operations centre staff suggested a prompt on the call screen when the caller
mentions that the patient is Deaf or cannot speak, so that the crew knows before arriving.>>
"""),
        ("evidence", "3. What evidence is there of improvement?", """
'Show Me' books were placed on all 412 frontline vehicles from February 2024, and the BSL clips and a
phrase tool in 24 languages were added to crew tablets at the same time. 2,600 frontline staff have
completed the 20-minute e-learning module. The tablet tool was opened 7,450 times in 2024.

In a staff survey in autumn 2024, 78% of responding clinicians said they had used the book or the tablet
tool at least once. Our target is for pain scores to be recorded in 90% of patients with a recorded
communication difficulty by March 2026. We have begun a repeat of the 2022 audit and will report the
results next year.

Crews have shared many individual accounts of how the tools helped, including a man with aphasia who
used the body map to show that his pain was in his back, not his chest, leading to an aortic aneurysm
being suspected at the scene.
"""),
        ("value", "4. What difference has it made, and is it value for money?", """
Each book costs £7.50 to print, and the tablet content was developed within existing digital budgets.
The charities were paid for their members' time. One avoided delay in stroke treatment, or one missed
serious diagnosis, would pay for the whole project many times over.

Crews say they feel less helpless, and our charity partners say their members feel more confident about
calling 999.
"""),
        ("spread", "5. How has the work been shared?", """
The book and clips are freely available, and two other ambulance services and the regional stroke
network have asked to use them. We presented the work at a national paramedic conference in 2024, and
the hyperacute stroke unit at Westmoor General now keeps the book in its assessment area.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1359  professional interpreters at the consent conversation before planned
#        surgery - docx - style headings - acute trust, departments of one
#        trust, NO partner (ineligible) - deputy director of nursing, formal -
#        staff involved - NO patient involvement (patients as beneficiaries,
#        translated letters sent, a survey that changed nothing, a negation)
# ---------------------------------------------------------------------------
entry(
    id="I1359", format="docx", layout="style_headings", topic="interpreters_surgical_consent_conversation",
    project="independent85-understoodconsent-1359", docx_font="Calibri",
    title="Understood Before Signed: professional interpreters for every consent conversation before planned surgery",
    cover=[
        "Entrant: Lowbridge and Calder Valley Hospitals NHS Trust",
        "A collaboration between the trust's Surgical Division, Pre-operative Assessment Service, Interpreting and Translation Service and Patient Safety Team",
        "Lead author: Deputy Director of Nursing, Surgical Division",
    ],
    primary_entrant=dict(name="Lowbridge and Calder Valley Hospitals NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Background and the safety problem", """
Around 9% of the patients listed for planned surgery at our two hospitals need an interpreter, most
commonly for Urdu, Punjabi, Bengali, Polish and Arabic. Consent for surgery is a process, not a
signature: the patient must understand what is proposed, the benefits, the material risks and the
alternatives, including doing nothing. The law since the Montgomery judgement is clear that this means
the risks that matter to this patient, which can only be found out through a real conversation.

In 2022 our patient safety team reviewed 60 consent forms for patients whose records stated that they
needed an interpreter. In only 17 was a professional interpreter recorded as present when the form was
signed. In the rest, the form had been signed with a relative interpreting, with no interpreter noted,
or, in six cases, on the morning of surgery in the admissions lounge with a nurse using a translation
app. Two serious incidents that year involved patients who said afterwards that they had not understood
what operation they were having: a woman who did not know that her hysterectomy would include removal of
her ovaries, and a man who had not understood that his knee replacement might not relieve all his pain
and who had expected to return to heavy manual work.

The reasons were practical. Consent was often taken by a registrar in a busy clinic where an interpreter
had been booked for the first part of the appointment but not the second. Pre-operative assessment
nurses, who saw patients later, were not expected to revisit consent. On the day of surgery, surgeons
confirming consent had no quick access to an interpreter in the admissions lounge.

The interpreting service itself was stretched. Requests for clinics were often made the day before, and
face-to-face interpreters for the less common languages were booked weeks ahead. Clinic schedules
overran, so an interpreter booked for 30 minutes at 10am would leave for their next booking before the
surgeon had reached the consent discussion. Relatives stepped in, and in many cases they did a
conscientious job. But a relative cannot be expected to translate the risk of nerve injury accurately,
and some relatives chose, out of kindness, not to pass on the more frightening risks at all.

This was a problem that crossed several parts of the trust. Surgeons owned the consent process,
pre-operative assessment owned the patient's preparation, the interpreting service owned the bookings
and the patient safety team saw the incidents. No single department could fix it, and so the
improvement group brought all four together, reporting to the surgical division's quality board.
"""),
        ("evidence", "Evidence of improvement", """
From March 2023 the trust made three changes. First, every patient with a recorded interpreting need who
is listed for planned surgery now has a dedicated consent appointment, booked with a professional
interpreter for 40 minutes, separate from the clinic in which surgery is first discussed. Second, the
consent form now has a mandatory field for the interpreter's name and booking reference, and the
electronic consent system will not allow the form to be completed without it. Third, the admissions
lounges at both hospitals have video interpreting units, so that consent can be confirmed with an
interpreter on the day.

We repeated the consent form review in 2024, using the same method. <<Q:Consent forms for patients
needing an interpreter that recorded a professional interpreter rose from 17 of 60 (28%) in 2022 to 57
of 60 (95%) in 2024.>> <<Q:Forms signed on the day of surgery for these patients fell from 21% to
3%.>> <<Q:Complaints and incidents in which a patient said they had not understood their operation went
from 9 in 2022 to 2 in 2024.>>

In 2024 the interpreting service provided 1,940 consent appointments.
"""),
        ("stakeholders", "Involvement of patients and staff", """
<<S:Consultant surgeons in orthopaedics, general surgery and gynaecology were consulted through their
divisional governance meetings and agreed the separate consent appointment after a pilot in
gynaecology showed it did not lengthen waiting times.>> <<S:Pre-operative assessment nurses redesigned
their appointment template so that, for patients with an interpreter, the nurse checks understanding of
the planned operation and can ask for consent to be revisited if the patient is unsure.>> <<S:Staff
interpreters from the trust's interpreting service helped the surgeons' consent working group agree
plain-language versions of the commonest risks, such as infection, blood clots and nerve damage, in each
of the five main languages.>>

The changes were designed to benefit patients who do not speak English as a first language. Patients
listed for surgery are now sent their appointment letters in their own language. We asked patients who
had used the new consent appointment to complete a short questionnaire, and because the results were
very positive we kept the appointment as it was. We did not set up a patient panel for this project,
although the patient experience team has offered to help with one in future.
"""),
        ("value", "Value for money and experience", """
The separate consent appointment costs the trust about £65 per patient in interpreter and clinician time.
Fewer cancellations on the day, because a patient has not understood or has changed their mind, save
more than that: a cancelled hip or knee replacement wastes around £2,500 of theatre time. Claims arising
from inadequate consent are among the most expensive the NHS faces.

Surgeons say they are more confident that their patients know what they are agreeing to. Interpreters say
they feel more valued because they are part of the conversation rather than fitted in at the end of a
clinic.
"""),
        ("spread", "Spread and sustainability", """
The separate consent appointment is now standard in all surgical specialties at both hospitals, and the
trust's endoscopy and interventional radiology services began using it in 2024. The plain-language risk
phrases have been shared with the regional consent leads' network.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1360  live captions for patients with hearing loss in GP consultations -
#        pdf - lists - PRIVATE captioning company as primary entrant, with a
#        primary care network and a hearing loss charity (ineligible) - chief
#        executive, salesy - people with hearing loss involved - NO staff
#        involvement (GPs trained, practice teams told, a named clinical lead,
#        a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1360", format="pdf", layout="bullet_lists", topic="live_captions_gp_consultations_hearing_loss",
    project="independent85-captionedcare-1360", pdf_font="DejaVuSans", pdf_align="L",
    title="Captioned Care: live captions for people with hearing loss in GP consultations",
    cover=[
        "Primary entrant: Subtitle Health Ltd",
        "Partners: Dunmore Coast Primary Care Network; Hear Here Dunmore (hearing loss charity)",
        "Submitted by the Chief Executive, Subtitle Health Ltd",
    ],
    primary_entrant=dict(name="Subtitle Health Ltd", type="private"),
    partners=[
        dict(name="Dunmore Coast Primary Care Network", type="primary_care"),
        dict(name="Hear Here Dunmore", type="charity"),
    ],
    sections=[
        ("context", "The challenge", """
One in five adults has some hearing loss, rising to more than half of people over 70. Dunmore Coast has
one of the oldest populations in the country. In GP consultations, people with hearing loss often miss
or mishear key information, and they are often too embarrassed to say so.

What we found when we started working with Dunmore Coast PCN in 2022:

- masks and screens during and after the pandemic had made lip-reading much harder, and many patients had stopped asking for things to be repeated

- video and telephone consultations, now a large share of appointments, are particularly hard for people with hearing loss

- patients were leaving consultations unsure of medicine doses, of what tests they were having and why, and of what to do if things got worse

- a review of complaints by the PCN found several where a patient with hearing loss had misunderstood advice, including one woman who took a double dose of a new blood pressure tablet

- the Accessible Information Standard requires practices to meet communication needs, but live captioning was not on offer anywhere in the county

Subtitle Health develops real-time captioning software for healthcare. Our software shows what the
clinician says as text on a screen facing the patient, or on the patient's own phone during a video or
phone consultation. We wanted to prove that it could work safely in a busy general practice, and we
needed a PCN and a charity to do that.
"""),
        ("stakeholders", "Involvement", """
- <<P:Hear Here Dunmore recruited 24 of its members, all with moderate to severe hearing loss, who tested the captions in mock consultations at the charity's centre and rated accuracy and readability>>

- <<P:they told us the text was too small and moved too fast, so we added a choice of three text sizes and a pause button that the patient controls>>

- <<P:two members who are cochlear implant users asked for a written summary of the key points at the end, which is now emailed or printed for every captioned consultation>>

- <<P:the charity's volunteers, who have hearing loss themselves, chose the wording of the poster in waiting rooms that invites patients to ask for captions>>

- GPs and nurses in the six practices completed a 30-minute online training module before using the software

- practice teams were told about the launch at the PCN's monthly meeting

- Dr Alan Fairweather, the PCN's clinical lead for digital, signed off the clinical safety case as part of his role

- we plan to hold focus groups with reception staff in 2025
"""),
        ("evidence", "Results", """
- captions went live in all six practices in September 2023 on a screen in every consulting room and in the video consultation system

- <<Q:in the charity's survey of members before and after the launch, the proportion who said they understood everything in their last GP consultation rose from 31% to 74%>>

- <<Q:complaints to the PCN from patients with hearing loss about misunderstood advice fell from 14 in 2022/23 to 4 in 2023/24>>

- <<Q:requests from these patients for a repeat appointment to go over the same information went down from an average of 22 a month to 9 a month>>

- 3,560 captioned consultations took place in the first year

- caption accuracy, checked by our team on a sample of recorded consultations with consent, was 96% for clinical terms
"""),
        ("value", "Value", """
- the licence costs the PCN £7,200 a year for all six practices

- fewer repeat appointments free up GP and nurse time

- avoiding one medication error or hospital admission would cover the cost several times over

- patients say they feel included and respected, and that they no longer have to pretend they have heard
"""),
        ("spread", "Spread", """
- two more PCNs in the county will start using captions in 2025

- Hear Here Dunmore has presented the project at a national hearing loss conference

- we are working with a hospital outpatient department on a pilot in its audiology and ophthalmology clinics
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)
