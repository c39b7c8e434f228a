"""One-hundred-and-eighth independent evaluation set (I1713..I1728) for the HSJ 'Best
Partnership Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing pathology and imaging services,
acute and community trusts, GP federations, primary care networks, an ambulance service,
councils, charities, a patients' group, a university, an integrated care board, a
pharmaceutical committee and the odd private company send in, in their own voices and at
their own length.  The theme of this set is diagnostics: pathology results that go
unseen, radiology alerts, point-of-care testing, endoscopy, screening programmes and test
results in general practice.

Topics, with the lead's type and the layout:
  I1713 blood and microbiology results still pending when patients leave hospital, that
        the GP never sees (nhs_trust, acute; pdf own_headings);
  I1714 falsely high potassium results from GP blood samples held up on rural courier
        runs (nhs_trust, pathology network host; docx bold_headings with a cover table);
  I1715 finger-prick HbA1c and cholesterol tests in a mobile health van whose abnormal
        results never reached the GP (private health screening company as primary
        entrant; pdf bullet_lists);
  I1716 Barrett's oesophagus surveillance endoscopies lost after the first biopsy
        (patient_group as lead; docx numbered_questions with cover bullets);
  I1717 abdominal aortic aneurysm screening for Gypsy, Roma and Traveller men (charity;
        docx no_headings, long);
  I1718 critical findings on GP-requested chest x-rays reported after the surgery has
        closed (emergency_service, ambulance; pdf caps_headings);
  I1719 babies referred from newborn hearing screening who never reach audiology
        (nhs_trust, community; pdf form_table with a cover table);
  I1720 follow-up scans recommended in ultrasound reports that are never booked
        (primary_care, a primary care network; docx form_table);
  I1721 point-of-care troponin testing in rural minor injury units (university; pdf
        two_column);
  I1722 PSA monitoring after prostate cancer treatment handed to general practice
        (charity; docx rubric_headings, no value section);
  I1723 skin biopsies from GP minor surgery that never reach the laboratory
        (primary_care, a GP federation; docx results first, no spread section);
  I1724 unexpected cancer in routine surgical specimens after the patient has gone home
        (departments of one acute trust, no partner; pdf made from Word);
  I1725 babies of mothers with hepatitis B who miss vaccine doses and the 12-month blood
        test (local_authority, council public health; pdf with_appendix);
  I1726 results requested by locum GPs that nobody files or acts on (icb; pdf
        numbered_questions);
  I1727 colon capsule endoscopy kits swallowed at home (private capsule endoscopy company
        as primary entrant; docx bullet_lists);
  I1728 point-of-care CRP tests in community pharmacies for coughs and chest infections
        (primary_care, a local pharmaceutical committee; docx style_headings).

Build it with

    .venv/bin/python data/independent/build.py --set 108   (writes data/corpus/independent108/)

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
    (including 'halved', 'a third fewer' or a sustained shift on an SPC chart);
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

Organisation types follow the earlier sets (ambulance services are emergency_service; GP
practices, GP federations, primary care networks and local pharmaceutical committees are
primary_care; patients' support groups are patient_group; charities working with
communities or people affected by a condition are charity; a university is university;
health screening companies, couriers and device companies are private).  A department or
team of the entrant's own organisation is not a partner.  Flags are written by hand and
build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1713  results pending at hospital discharge - pdf - own headings - acute
#        trust consultant chemical pathologist, measured - acute trust with a
#        GP federation and the ICB - patients (passive voice) and staff
#        involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1713", format="pdf", layout="own_headings", topic="results_pending_at_discharge",
    project="independent108-nothinglefthanging-1713", pdf_font="LiberationSans", pdf_align="L",
    title="Nothing Left Hanging: results that are still pending when patients leave hospital",
    cover=[
        "Lead organisation: Callowmere General Hospital NHS Foundation Trust (Pathology and Acute Medicine)",
        "Partners: Callowmere and District GP Federation; NHS Callowmere and Vale Integrated Care Board",
        "Entry written by Dr Rhian Pettifer, Consultant Chemical Pathologist",
    ],
    primary_entrant=dict(name="Callowmere General Hospital NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Callowmere and District GP Federation", type="primary_care"),
        dict(name="NHS Callowmere and Vale Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Why this mattered", """
Every day our acute medical unit sends people home before all of their tests are back. That is usually the
right thing to do. Nobody should stay in a hospital bed waiting for a blood culture to be reported at 48
hours, or for a vitamin B12 level, a myeloma screen or a thyroid antibody test that the laboratory batches
once a week. The difficulty is what happens to the result when it finally arrives.

Before this work the answer was: it depended. The result went to the consultant whose name was on the
request, who might by then be on a different rota for a fortnight. It appeared in the hospital record,
which the GP cannot see unless they go looking. The discharge summary sometimes said 'results awaited',
without saying which, or who would look at them. In most cases somebody did pick the result up. In some
they did not.

We found out how often when we reviewed three incidents in the winter of 2022. A woman in her sixties
was sent home after a fall with a blood culture that grew Staphylococcus aureus the next afternoon; the
microbiologist phoned the ward, the ward had a different team on, and she was readmitted four days later
with a spinal abscess. A man discharged after a collapse had a very low cortisol that was reported after
he left and read by nobody for three weeks. A third patient had a positive coeliac screen that nobody
acted on for nine months.

Each case was investigated separately, and each came to the same conclusion: the hospital thought the GP
would see the result, the GP thought the hospital would deal with it, and the patient assumed no news was
good news. No single organisation could fix that on its own, because the gap was between us.

The GP federation agreed to join because its practices had their own version of the same story:
letters arriving weeks after a result with the words 'please check' and no indication of whether anyone
already had. The ICB joined because it had commissioned both services and had no measure of whether
results reported after discharge were being acted on. We agreed at the first meeting that every pending
result should have a single, named owner, written down where everyone could see it, and that the
patient should know who that owner was.
"""),
        ("evidence", "What changed and how we know", """
Since June 2023 every discharge summary from the acute medical unit and the two frailty wards has a
section called 'Tests still to come back', filled automatically from the laboratory system with every
request that has no final result at the time of discharge. Each test has an owner: either 'hospital team
will act' or 'GP to review', chosen by the discharging doctor from a short list agreed with the GP
federation. Results that the hospital owns go to a shared electronic in-tray for the discharging
specialty, which is checked every weekday by a named registrar and by the acute medicine advanced nurse
practitioners at weekends. Microbiology phones positive blood cultures for discharged patients to the
in-tray holder, not to the ward.

We audited pending results for 400 consecutive discharges before the change and 400 after.
<<Q:Results that were still pending at discharge and had no documented action within seven days of
being reported fell from 61 of 402 (15%) to 9 of 388 (2%).>> <<Q:The proportion of discharge summaries
that listed pending tests at all rose from 23% to 96%.>> <<Q:Positive blood cultures in discharged
patients where the patient was contacted within 24 hours of the result went from 11 of 19 in 2022 to 27
of 28 in 2024.>>

In the same period 3,140 results were routed to the new in-tray. We have had no further serious incident
linked to a result reported after discharge, though we know this is too short a time to be sure.
"""),
        ("stakeholders", "People who shaped it", """
<<S:Junior doctors on the acute medical unit told us in two lunchtime sessions that they were reluctant
to 'own' a result for a patient they would never see again, and they proposed the short list of owner
choices that is now in the discharge template.>> <<S:GP partners from five federation practices read
through fifty real discharge summaries with us and marked which pending tests they wanted to handle
themselves, which is how the list of 'GP to review' tests was agreed.>> <<S:The microbiology duty
biomedical scientists pointed out that the ward was the wrong place to phone once the patient had gone,
and the phoning procedure was rewritten around their suggestion.>> <<S:The ICB's patient safety lead
chaired the monthly steering group, which included the hospital's clinical systems team, and agreed the
audit measures.>>

<<P:The wording of the section was tested on people who had recently been discharged from the unit,
eight of whom were interviewed at follow-up clinic, and it was changed from 'Pending investigations' to
'Tests still to come back' because most of them did not know what 'pending' meant here.>> <<P:Two of
those interviewed, a retired teacher and her husband, went on to join the steering group and asked that
the patient copy of the summary say who will contact them, which it now does.>>
"""),
        ("value", "What it has been worth", """
The template change was built by the trust's clinical systems team in about twelve days of work. The
shared in-tray and its checking take roughly forty minutes of registrar time on a weekday. There has been
no extra cost to general practice; GPs tell us the list actually saves them time, because they no longer
have to search the hospital record to find out whether something is outstanding.

The cost of a single missed result can be very high. The readmission with a spinal abscess in 2022 meant
five weeks in hospital and a claim against the trust is still open. Beyond money, patients told us the
worst part was discovering that the result had been sitting there all along.
"""),
        ("spread", "Spreading it further", """
The surgical wards at Callowmere adopted the same section in April 2024 and the emergency department is
due to follow. The ICB has written the 'Tests still to come back' section into its discharge summary
standard for both acute trusts in the system, and the second trust is now building it. We presented the
work at the regional pathology quality meeting and the GP federation has shared its list of 'GP to
review' tests with two neighbouring federations who asked for it.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1714  falsely high potassium from delayed GP samples - docx - bold
#        headings with a cover table - pathology quality manager, dry -
#        pathology host trust with a courier company, a PCN and the ICB -
#        staff involved - NO patient involvement (patients as beneficiaries,
#        sent a leaflet, a survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1714", format="docx", layout="bold_headings", topic="pseudohyperkalaemia_gp_sample_transport",
    project="independent108-rightpotassium-1714", docx_font="Calibri",
    title="The Right Potassium: stopping delayed GP blood samples from giving false alarms",
    cover_table=[
        ("Entry title", "The Right Potassium: stopping delayed GP blood samples from giving false alarms"),
        ("Lead organisation", "Dunsford Valley Hospitals NHS Trust, host of the Dunsford and Wessock Pathology Network"),
        ("Partners", "Swiftline Medical Logistics Ltd; Wessock Rural Primary Care Network; NHS Dunsford and Wessock Integrated Care Board"),
        ("Contact", "Pathology Quality Manager"),
    ],
    primary_entrant=dict(name="Dunsford Valley Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Swiftline Medical Logistics Ltd", type="private"),
        dict(name="Wessock Rural Primary Care Network", type="primary_care"),
        dict(name="NHS Dunsford and Wessock Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Background", """
The pathology network receives about 2,600 blood samples a day from 41 GP practices. Samples taken in the
morning are collected by courier and reach the central laboratory in the afternoon. For practices in the
Wessock hills the last collection can be as early as 11am, and samples taken after that sit in the
practice overnight.

Potassium leaks out of red blood cells when whole blood is stored for a long time, especially when it is
cold. A sample that has sat in an unheated practice or a courier van in January will often give a
potassium result that looks dangerously high when the patient's real level is normal. This is known as
pseudohyperkalaemia.

The laboratory phones any potassium above 6.5 mmol/L to the practice or, after 6.30pm, to the GP out of
hours service. Out of hours clinicians, faced with a frightening number and a patient they do not know,
usually did what the guidance tells them to do: they sent the patient to the emergency department for a
repeat test and an ECG. Most of those patients had a normal potassium on arrival. Some were frail and
spent the night on a trolley. At the same time, genuine high potassium results could be lost among the
false ones, because practices had learnt to treat winter results from certain surgeries as 'probably the
sample'. In one case in 2022 a true potassium of 7.1 in a patient on spironolactone and an ACE inhibitor
was assumed to be spurious and not repeated for two days.

The problem crossed every boundary in the system: the practices that took the samples, the courier that
carried them, the laboratory that analysed and phoned them, and the out of hours and emergency services
that dealt with the consequences.
"""),
        ("evidence", "Evidence of improvement", """
The changes were introduced in stages between October 2022 and March 2023:

- the courier introduced a second afternoon collection from the eleven most remote practices and
  temperature-controlled boxes in all vans;
- practices in the PCN now book routine blood tests before 11am where they can, and the clinical system
  shows a warning if a potassium is requested after the last collection;
- the laboratory records the time the sample was taken and the time it arrived, and any sample older than
  twelve hours has a comment added to the result and, if the potassium is high, a plasma repeat is
  requested from the practice the next morning instead of an emergency referral, unless the patient has a
  known risk;
- the out of hours service has an agreed decision aid for phoned potassium results.

<<Q:Potassium results above 6.0 mmol/L from GP samples fell from 1,214 in 2021/22 to 468 in 2023/24.>>
<<Q:Of potassium results phoned out of hours, the proportion where the patient was sent to the emergency
department dropped from 64% to 22%.>> <<Q:The proportion of GP samples arriving more than twelve hours
after being taken went down from 18% to 4%.>> No genuine high potassium phoned out of hours has since
been missed, as far as our case review can tell.
"""),
        ("stakeholders", "Involvement", """
<<S:Courier drivers told us at a depot meeting that their vans had no heating in the rear and that the
boxes for the hill practices sat longest, and they drew up the revised route that added the afternoon
collection.>> <<S:Practice phlebotomists and healthcare assistants in the Wessock PCN mapped their
clinic times against the collection times and moved their blood clinics, and they asked for the warning
on the clinical system.>> <<S:Out of hours GPs and advanced practitioners tested the decision aid on
thirty past cases and asked for the patient's usual medicines to be included on the phoned result, which
the laboratory now provides.>> <<S:Biomedical scientists in the blood sciences laboratory designed the
sample age comment and agreed its wording with the duty biochemists.>>

The people most affected by this were patients sent to the emergency department at night for nothing,
and the changes have been made on their behalf. Patients in the PCN were sent a leaflet explaining why
they may be offered a morning appointment for blood tests. We asked fifty patients in waiting rooms
whether they minded the earlier times and nearly all said they did not, so nothing further was changed.
We hope to hear from patients directly when the network reviews its transport contract next year.
"""),
        ("value", "Value", """
The second courier collection costs about £28,000 a year, shared between the ICB and the pathology
network. Each avoided night-time emergency department attendance is estimated at around £250, before the
cost of any admission. Repeat samples that are needed only because the first sample was too old have
also fallen, which saves phlebotomy and laboratory time.

Out of hours clinicians say the decision aid takes the fear out of a difficult phone call. Laboratory
staff report fewer arguments on the phone about whether a result is real.
"""),
        ("spread", "Spread", """
The sample age comment is now applied to every potassium in the network, including samples from the two
community hospitals. The courier has adopted temperature-controlled boxes for all of its NHS contracts in
the region. We have shared the decision aid with two other pathology networks and it has been discussed
at the regional out of hours clinical leads group.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1715  point-of-care HbA1c and cholesterol in a mobile health van - pdf -
#        bullet lists - PRIVATE health screening company as primary entrant
#        with a council and a PCN (ineligible) - operations director, upbeat -
#        visitors to the van involved - NO staff involvement (van nurses
#        trained, practices sent a protocol, a named clinical lead doing
#        their job, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1715", format="pdf", layout="bullet_lists", topic="mobile_van_point_of_care_results_to_gp",
    project="independent108-checkandconnect-1715", pdf_font="LiberationSans", pdf_align="L",
    title="Check and Connect: making sure finger-prick results from our health van reach the GP",
    cover=[
        "Submitted by Wayside Health Checks Ltd",
        "In partnership with Brackenford City Council (Public Health) and Brackenford East Primary Care Network",
        "Contact: Operations Director",
    ],
    primary_entrant=dict(name="Wayside Health Checks Ltd", type="private"),
    partners=[
        dict(name="Brackenford City Council", type="local_authority"),
        dict(name="Brackenford East Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "The problem", """
Wayside runs a mobile health van for Brackenford City Council. It parks at supermarkets, mosques, the
bus station and the Saturday market, and anyone over 30 can walk in for a free check. Our nurses measure
blood pressure and use finger-prick analysers to give an HbA1c and a cholesterol result in about five
minutes.

What we found in our own review in 2022:

- around one visitor in twelve had an HbA1c in the diabetes range or a very high cholesterol

- we gave them a printed slip and told them to see their GP, but we had no way of knowing if they did

- many visitors were not registered with a GP, or did not know which practice they were with

- when practices did receive our slip, it arrived as a scanned letter with no code, and nobody was asked to act on it

- a man we saw in the market in March 2022 with an HbA1c of 118 was admitted with diabetic ketoacidosis seven weeks later; his practice had our letter, filed without action

What Check and Connect does, since February 2023:

- every abnormal result is sent the same day as a coded electronic message into the patient's GP record, using a template agreed with the PCN, and creates a task for the practice

- visitors who are not registered are helped to register on the spot with a PCN practice using a tablet in the van

- results above an urgent threshold are phoned to the practice duty doctor before the visitor leaves the van

- the van calls every person with an abnormal result six weeks later to check they have been seen

Why it needed a partnership:

- we could not send anything into a GP record without the practices agreeing a template and a coding rule

- the council, as commissioner, had to agree that registering people and following them up was part of the van's job

- the PCN had to agree which practice would take on people who were not registered anywhere, so that no practice was left with all of them
"""),
        ("evidence", "Results", """
We compared the twelve months before the change with the twelve months after.

- <<Q:people with an HbA1c in the diabetes range who had a GP appointment within 30 days went up from 31% to 82%>>

- <<Q:abnormal results with no record of follow-up at three months fell from 214 to 37>>

- <<Q:the average time for an urgent result to reach a GP went down from 9 days to under 2 hours>>

- 7,460 people were checked at the van in the second year and 412 were helped to register with a GP

- the urgent thresholds were reviewed twice
"""),
        ("stakeholders", "Who was involved", """
- <<P:we asked visitors queueing at the van over four Saturdays what would stop them seeing a GP, and their answers, mostly about not being registered, led to the on-the-spot registration>>

- <<P:members of the Brackenford Bangladeshi Women's Group tried out the results slip and rewrote it in plain English and Sylheti, which is the version we now hand out>>

- <<P:a van visitor whose diabetes was found through the check recorded a short video for us about why he went to his GP, and asked us to add the six-week call after he said nobody had checked on him>>

- all nine van nurses were trained on the new template

- practices were sent the protocol and a short guide

- our clinical lead, Dr Aisha Kapoor, signed off the urgent thresholds, as her role requires

- we plan to hold a practice managers' forum next spring
"""),
        ("value", "Value", """
- the coded message template cost about £6,000 to build and is now used for every check

- the council funds the van through its public health grant at no extra cost for Check and Connect

- finding diabetes early and treating it avoids emergency admissions such as the one in 2022, which cost the NHS many times the cost of a year of the van

- visitors tell us they like knowing their GP already has their result

- the six-week calls take about one day a week of an administrator's time

- practices say the coded template means the result is in the right place in the record, not lost among scanned letters
"""),
        ("spread", "Spread", """
- the same approach is being set up for the van we run for a neighbouring council

- the PCN has shared the template with the ICB's primary care team

- we have spoken about Check and Connect at a national conference on community health checks
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1716  Barrett's oesophagus surveillance lost after first biopsy - docx -
#        numbered questions with cover bullets - patients' support group as
#        lead, volunteer chair, personal - support group with the acute
#        trust endoscopy unit and a GP federation - members (unusual name)
#        and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1716", format="docx", layout="numbered_questions", topic="barretts_surveillance_endoscopy_failsafe",
    project="independent108-notforgotten-1716", docx_font="Arial",
    title="Not Forgotten: keeping people with Barrett's oesophagus on their surveillance list",
    cover=["Entry to the HSJ Patient Safety Awards, Best Partnership Solution Improving Patient Safety"],
    cover_bullets=[
        "Lead: Harnsey Barrett's and Reflux Support Group",
        "Partners: Harnsey and Lowe Hospitals NHS Trust (Endoscopy Unit); Harnsey South GP Federation",
        "Written by the group's volunteer chair",
    ],
    primary_entrant=dict(name="Harnsey Barrett's and Reflux Support Group", type="patient_group"),
    partners=[
        dict(name="Harnsey and Lowe Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Harnsey South GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "1. What was the problem and why did it need a partnership?", """
Barrett's oesophagus is a change in the lining of the gullet caused by long-term acid reflux. In a small
number of people it can turn into cancer, so people with Barrett's are offered a camera test
(gastroscopy) with biopsies every two to five years, depending on the length of the Barrett's segment
and what the biopsies show. If early changes are found, they can be treated through the camera and
cancer can usually be prevented.

Our group was started in 2016 by three people who had been diagnosed with Barrett's. By 2021 we had
about 140 members. At nearly every meeting someone would say they had not heard anything about their
next camera test. Some were years overdue. One of our founder members, Graham, was told at his first
gastroscopy that he would be seen again in three years. He heard nothing. Six years later he went to his
GP with difficulty swallowing and was found to have oesophageal cancer. He died in 2021.

When we asked the hospital how this could happen, the honest answer was that surveillance depended on
the endoscopist ticking a box on the report and a booking clerk adding the person to a waiting list. If
the box was not ticked, or the person moved address, or was removed after missing one letter, or the
list was paused during the pandemic, nothing flagged it. GPs received the report but most assumed the
hospital would recall the patient. Nobody held a complete list of who had Barrett's.

We are a small group run by volunteers. We had no access to hospital records and no power to change
anything. What we had was our members' own experience and a lot of determination. We wrote to the
hospital's chief executive after Graham died, and to our surprise the head of the endoscopy unit rang us
the following week and asked to meet. The GP federation joined because its practices were receiving the
reports and its clinical lead recognised that practices had no reliable list either.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
Since January 2023 the endoscopy unit keeps a Barrett's register. Every report with a diagnosis of
Barrett's now forces the endoscopist to choose a surveillance interval before the report can be signed,
and the person is added to the register automatically. The register is matched every month against the
booking system, and anyone whose due date has passed without an appointment is flagged to a nurse
specialist. GPs receive a coded diagnosis and the due date, and the GP federation's practices run a
quarterly search for Barrett's patients with no recent gastroscopy and send the list to the nurse
specialist.

When the register was first built, the unit found 1,092 people with Barrett's on its reports since 2012.
<<Q:Of those due surveillance, 38% were more than a year overdue in January 2023, and this had come down
to 6% by September 2024.>> <<Q:Reports of Barrett's without a surveillance interval fell from about one
in four to none, once the field became compulsory.>> Twenty-three people were found to have dysplasia at
their catch-up gastroscopy and four had early cancers, all of which were treated through the camera.
"""),
        ("spread", "3. How has the work been shared or spread?", """
The British Society of Gastroenterology's regional network invited the nurse specialist and one of our
members to speak at its meeting in 2024. Two other endoscopy units in the region have asked for the
register design, and the GP federation's search has been shared with the integrated care board to offer
to every practice in the county. We have written up the story for a national patient charity's
newsletter.
"""),
        ("value", "4. What difference has it made to people and staff, and is it value for money?", """
The register was built by the trust's information team using existing software. The nurse specialist
time, about one day a week, is paid for by the trust. The practice searches take ten minutes a quarter.
Treating early changes through the camera costs a fraction of oesophageal cancer surgery and
chemotherapy, and people keep their quality of life.

For our members, the greatest difference is peace of mind. One member said she had been ringing the
hospital every six months for years 'just in case'. Now she has a letter with her due date on it and a
name to call.
"""),
        ("stakeholders", "5. Who was involved and how?", """
This began with us. <<P:Our 'reflux circle', the Tuesday evening meet-up for people who live with
Barrett's, collected members' own appointment histories over three months, and it was their list of
thirty-one overdue people that persuaded the hospital to search its records.>> <<P:They then sat with the
nurse specialist and designed the recall letter, insisting it should show the person's due date and a
direct phone number instead of a general switchboard.>> <<P:Graham's widow, Pauline, spoke at the
trust's patient safety committee and was given a place on the project board, where she asked that people
who miss an appointment are phoned rather than discharged, and they now are.>>

<<S:Endoscopists and the booking team worked together over several sessions to design the compulsory
interval field, and the booking clerks suggested the monthly match against the booking system because
they knew how often people fell off the list when they moved house.>> <<S:Practice pharmacists in the GP
federation wrote the quarterly search and tested it in four practices before it was rolled out.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1717  AAA screening for Gypsy, Roma and Traveller men - docx - no
#        headings, long - community health charity manager, warm - charity
#        with the AAA screening programme host trust, the council's
#        Traveller liaison service and a GP practice - men, families and
#        staff involved - NO quantitative evidence (men screened, sites
#        visited, single figures, a target, dates)
# ---------------------------------------------------------------------------
entry(
    id="I1717", format="docx", layout="no_headings", topic="aaa_screening_gypsy_roma_traveller_men",
    project="independent108-onthesite-1717", docx_font="Georgia",
    title="Screening on the Site: bringing aneurysm checks to Gypsy, Roma and Traveller men in Eskdown",
    cover=[
        "Eskdown Travelling Communities Health Trust (registered charity), with Eskdown and Fellbridge Hospitals NHS Trust (AAA Screening Programme), Eskdown County Council (Gypsy and Traveller Liaison Service) and Highmoor Lane Surgery",
        "Entry by the Community Health Manager",
    ],
    primary_entrant=dict(name="Eskdown Travelling Communities Health Trust", type="charity"),
    partners=[
        dict(name="Eskdown and Fellbridge Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Eskdown County Council", type="local_authority"),
        dict(name="Highmoor Lane Surgery", type="primary_care"),
    ],
    sections=[
        ("context", None, """
Every man in England is invited for a quick ultrasound scan of his tummy in the year he turns 65. It
looks for an abdominal aortic aneurysm, a swelling of the main blood vessel in the abdomen that usually
gives no warning until it bursts. Most men who have a ruptured aneurysm die, many before they reach
hospital. Found early, an aneurysm can be watched and, if it grows, repaired with a planned operation
that most men recover from well.

The invitation comes by letter, to the address the GP practice holds. For a lot of the men we work with,
that is where the problem starts. Some live on council or private sites, some on the roadside, some in
houses but travel for work for much of the summer. Post goes to a site office, to a relative, or to an
address that is years out of date. Some men cannot read the letter. Some are not registered with a GP at
all, so they are never invited. And even when a letter does arrive, a scan at a hospital clinic in town,
at a set time on a weekday, is not something many of the men we know would go to, especially if they
have had bad experiences of being turned away or talked down to in health services.

We have worked with Gypsy, Roma and Traveller families in Eskdown for eighteen years, mostly on
registering with GPs, children's immunisations and maternity care. Men's health had always been the hard
part. In 2021 a man from one of the county's permanent sites, a well-known horse dealer and grandfather,
collapsed at a fair and died of a ruptured aneurysm at 71. He had never been screened. His family told us
that he had not known such a scan existed, and that if he had, he would have gone 'if they came to him'.

We went to the screening programme with that sentence. The programme's own figures showed that it had
very little idea how many men from travelling communities it was reaching, because ethnicity was not
recorded well, but the staff knew from experience that it was not many. The council's liaison officers
knew every site in the county and every family on it. The GP practice at Highmoor Lane, which has
registered more Traveller families than any other in Eskdown, had the records. We had the trust of the
families. Nobody had all four.

What we agreed, in the spring of 2022, was simple to describe and harder to do. The screening
programme would bring its portable ultrasound machine to the sites, to the two big horse fairs, and to
the evangelical church gatherings that many families attend, on days agreed with the families. Our
community health workers, two of whom are from Traveller families themselves, would go round in the
weeks before, explain what the scan is and put names down. The liaison service would arrange access,
space and parking. The practice would search its register for men aged 65 to 74 who had never been
screened, and would register on the day anyone who was not registered anywhere. Men over 65 can
self-refer to the programme, so nobody needed to be turned away for being too old.

We also agreed on what would happen if an aneurysm was found, because there was no point in finding one
if the man then never came back. Men with a small aneurysm are normally recalled for a scan every year or
every three months. The programme agreed that the recall could happen on the site, and that our workers
would be told, with the man's consent, so that we could remind him and help with transport if he needed
to go to the vascular clinic.
"""),
        ("evidence", None, """
Since June 2022 the screening team has held 27 sessions on sites, at the two fairs and at church
gatherings. 318 men have been scanned, of whom 201 had never been screened before and 64 were over 74.
Before the project, the programme could identify only a handful of men from travelling communities in
its records each year, but because ethnicity was recorded so poorly we do not have a reliable earlier
figure to compare with.

Eleven men were found to have an aneurysm. Eight are under surveillance and every one of them has
attended every recall so far, all of them on site. Three had an aneurysm large enough to need referral;
all three saw a vascular surgeon within two weeks and two have had a planned repair. One of them was a
cousin of the man who died at the fair.

Our community health workers also registered 46 men with a GP for the first time at screening sessions,
and the practice has since seen many of them for blood pressure checks. The practice now codes ethnicity
for every new Traveller registration, so in future years the programme will be able to measure uptake
properly. The programme has set itself a target of screening 75% of eligible men from these communities
by 2026.
"""),
        ("stakeholders", None, """
None of this would have happened without the families. <<P:Before the first session we sat in trailers
and kitchens with men and their wives on three sites and asked them how a scan should be offered, and it
was the men who told us it had to be in a private space, with a male sonographer if possible, and never
on a day when there was a funeral or a fair nearby.>> <<P:The widow and sons of the man who died at the
fair agreed to tell his story at the first session, and his eldest son went round the site with our
worker asking the older men to come, which was more persuasive than anything we could have written.>>
<<P:Women from the church group designed a picture card explaining the scan, because they said most of
the men would not read a leaflet but would look at a picture their wives put on the table.>>

<<PS:Our two community health workers from Traveller families, who had been through the process with
their own fathers, worked with the screening team on the script used at the sessions and cut out words
like 'abdominal' and 'surveillance'.>> <<S:The screening technicians and the programme coordinator tried
out the portable set-up at the first site and changed it after the first day, moving the couch into the
site's community room because the van was too cramped and too public.>> <<S:Council liaison officers
advised which sites should be visited together, because of family disagreements between some sites,
and the session timetable was built around their advice.>> <<S:Reception staff at Highmoor Lane asked
for a simple registration form that could be completed without proof of address, and the practice
manager agreed it with the integrated care board.>>
"""),
        ("value", None, """
The screening programme meets the cost of its staff and equipment from its existing budget; the
sessions replace clinic time that would otherwise have been half empty. The charity's community health
worker time, about two days a month, is funded by a small grant from the council's public health team.
The liaison service provides access and space as part of its normal work.

An emergency repair of a ruptured aneurysm, when the man survives to reach hospital, can cost the NHS
tens of thousands of pounds and often means a long stay in intensive care. A planned repair is cheaper,
far safer and usually means a few days in hospital. More than money, this is about men living to see
their grandchildren grow up.

For the families, the difference is trust. Men who came for a scan have since come to us about other
things, blood pressure, diabetes, their hearts, that they would never have mentioned before. One man
told us it was the first time 'the NHS came to the site for something that was not a problem'.
"""),
        ("spread", None, """
The screening programme has shared its site session protocol with the national screening team and with
two neighbouring programmes. A Roma community organisation in the city of Fellbridge has asked us to help
them set up sessions at a community centre used by Roma families, and the programme is planning the first
of these. We have presented the project at a regional meeting on inclusion health and at the council's
health and wellbeing board, and we have written a short guide for other charities working with
travelling communities who want to do the same. We are also talking to the diabetic eye screening
programme about whether the same approach would work for them.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1718  critical findings on GP chest x-rays reported after hours - pdf -
#        capital headings - ambulance service clinical hub manager, brisk -
#        ambulance service with the acute trust radiology department and a
#        GP out of hours provider - staff involved - NO patient involvement
#        (negation, patients told, a plan); a subtle Q ('halved')
# ---------------------------------------------------------------------------
entry(
    id="I1718", format="pdf", layout="caps_headings", topic="critical_findings_gp_chest_xray_out_of_hours",
    project="independent108-afterfive-1718", pdf_font="DejaVuSans", pdf_align="L",
    title="AFTER FIVE: acting on urgent chest x-ray findings when the surgery has closed",
    cover=[
        "LEAD: Northmarch Ambulance Service NHS Trust, Clinical Assessment Hub",
        "PARTNERS: Royal Kenmoor Hospitals NHS Trust (Department of Radiology); Kenmoor Urgent Care Federation (GP out of hours)",
        "CONTACT: Clinical Hub Manager",
    ],
    primary_entrant=dict(name="Northmarch Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Royal Kenmoor Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Kenmoor Urgent Care Federation", type="primary_care"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
GPs in Kenmoor can send patients for a chest x-ray at the hospital without an appointment. The films are
reported by radiologists and reporting radiographers, often late in the day or in the evening as the
department works through its backlog. Most reports are routine. A small number show something that
needs action the same day: a large pneumothorax, a big pleural effusion in a breathless patient, a
lesion compressing the airway, signs of a collapsed lung.

Under the old system the radiologist flagged these as 'urgent' and the report was sent electronically to
the practice. If the report landed after 6.30pm, nobody read it until the next morning, or on Monday if it
was a Friday. The radiology secretaries would try to phone the practice, but after hours the phone went
to a recorded message. Radiologists sometimes phoned the patient themselves if they could find a number,
but they had no way of assessing them or arranging care, and often could not get through.

In two cases in 2022 patients with a large pneumothorax were not contacted until the following working
day. One, a young man with a history of asthma, was found collapsed at home by his partner and needed
chest drain insertion in the emergency department. The coroner's inquest into a third case, in a
neighbouring area, made clear that this was a known risk across the country.

Nobody owned the gap between a report that said 'urgent' and a clinician who could act on it after
hours. The ambulance service's clinical assessment hub is staffed 24 hours a day by paramedics and
nurses who can phone patients, assess them and send the right help. It was the obvious place to close
that gap.
"""),
        ("evidence", "WHAT HAS IMPROVED", """
Since April 2023 any GP-requested chest x-ray reported between 5pm and 8am, or at a weekend, with a
finding on an agreed list of ten critical findings, is phoned by the reporter to a dedicated line in the
clinical hub. A hub clinician phones the patient within an hour, assesses them and either arranges an
ambulance, an urgent care appointment with the out of hours GP service or advice to attend the
emergency department. The outcome is sent to the practice and added to the radiology record.

In the first eighteen months the hub received 287 critical finding calls. <<Q:The median time from report
to first contact with the patient for a critical finding after hours has more than halved, from 2 hours
40 minutes in the hospital's 2022 audit to 58 minutes.>> <<Q:Critical findings on after-hours reports
where the patient was not contacted until the next working day went from 41% of cases to 3%.>>
<<Q:Incidents reported by the radiology department about being unable to reach anyone after hours fell
from 36 in 2022 to 2 in the most recent twelve months.>>

Of the 287 patients contacted, 109 were sent to the emergency department and 61 were seen by the out of
hours GP service.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<S:Consultant radiologists and reporting radiographers drew up the list of ten critical findings with the
hub's senior paramedics, and took out two findings, such as a new lung mass, that they agreed did not need
a call in the middle of the night.>> <<S:Hub call handlers asked for a structured call script so that they
could record the finding accurately, and they tested it with radiology secretaries over two weeks before
it went live.>> <<S:GPs from the out of hours federation agreed which patients they could see in their
urgent care centres, and changed their booking rules so that the hub can book directly.>> <<S:The
radiology information team and the ambulance service's digital team worked out how to send the outcome
back into the radiology record without double entry.>>

We did not involve patients in designing the service, because the pathway was clinical and had to be
set up quickly. Patients who are called are told why the hub is ringing and are given a copy of the
outcome. We would like to ask patients who have received a call what it felt like, and plan to do this in
2025.
"""),
        ("value", "VALUE", """
The hub already operates 24 hours a day, and the extra calls, a little over three a week, have been
absorbed within existing staffing. Radiology's costs have not changed. Getting a patient with a tension
pneumothorax or a large effusion assessed in the evening rather than the next morning can avoid an
emergency call, intensive care and a long stay. Radiologists say they are relieved to be able to hand
over a worry to someone who can act on it.

Hub clinicians say the calls are among the most worthwhile they make, because they are ringing someone
who has no idea they are unwell, and can often sort things out before an emergency develops.
"""),
        ("spread", "SPREAD", """
The second acute trust in the ambulance service's area has agreed to use the same line from early 2025
and the hub has offered it for urgent CT and ultrasound findings from GP requests. The approach has
been presented to the national ambulance clinical hub leads' network and to the Royal College of
Radiologists' regional meeting.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1719  babies referred from newborn hearing screening who never reach
#        audiology - pdf - form with a cover table - screening programme
#        manager, plain - community trust with the acute trust audiology
#        department, the council's health visiting service and a deaf
#        children's charity - parents involved - NO staff involvement
#        (screeners trained, health visitors briefed, a named lead, a plan);
#        a subtle Q ('a third fewer')
# ---------------------------------------------------------------------------
entry(
    id="I1719", format="pdf", layout="form_table", topic="newborn_hearing_screening_referral_failsafe",
    project="independent108-heardintime-1719", pdf_font="LiberationSans",
    title="Heard in Time: making sure babies referred from newborn hearing screening reach audiology",
    cover_table=[
        ("Entry title", "Heard in Time: making sure babies referred from newborn hearing screening reach audiology"),
        ("Lead organisation", "Ambridge Vale Community Health NHS Trust (Newborn Hearing Screening Programme)"),
        ("Partner organisations", "Corbury Royal Hospital NHS Trust (Paediatric Audiology); Ambridge Vale County Council (Health Visiting Service); Soundways Deaf Children's Charity"),
        ("Entrant", "Local Screening Manager, Newborn Hearing Screening Programme"),
    ],
    primary_entrant=dict(name="Ambridge Vale Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Corbury Royal Hospital NHS Trust", type="nhs_trust"),
        dict(name="Ambridge Vale County Council", type="local_authority"),
        dict(name="Soundways Deaf Children's Charity", type="charity"),
    ],
    sections=[
        ("context", "Why was the partnership needed? What were the safety goals?", """
Every baby born in Ambridge Vale, about 6,800 a year, is offered a hearing screen in the first weeks of
life. Most pass. Around 2 to 3 in every 100 do not get a clear response and are referred to the
paediatric audiology department at Corbury Royal for a full assessment, ideally within four weeks.
Babies with a permanent hearing loss who are found early and fitted with hearing aids in the first
months of life have a much better chance of developing speech and language.

Our programme's job ends at the point of referral. In 2022 we looked at what happened next. Some
families never received the appointment letter because they had moved, or the letter went to the
grandparents' address given at the birth. Some did not understand why their baby needed to be seen,
because they had been told in the maternity unit that 'lots of babies fail the first time'. Some had
the appointment cancelled because of audiology staffing and were never rebooked. Health visitors saw
these babies at their new birth visit and at six to eight weeks but did not know the baby had been
referred.

Our quality assurance visit in 2022 found that the programme was not meeting the national standard for
babies seen in audiology within four weeks of the screen, and that eleven babies referred in the
previous year had no record of ever being seen. One of them, a little girl, was diagnosed with a severe
hearing loss at 14 months after her nursery raised concerns.

Goals: every referred baby seen by audiology within four weeks; no referred baby without a known outcome;
families who understand why the appointment matters.

No single organisation could do this on its own. The screening programme knows which babies are
referred, but not whether they are seen. Audiology knows who attends, but not who was referred and never
booked. Health visitors see almost every family in the first months, but had no way of knowing about a
hearing referral. The deaf children's charity supports families after a diagnosis and knew, from
parents, how confusing the time between the screen and the first appointment could be.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Since March 2023 each referral is added to a shared tracking list that the screening programme, audiology
and the health visiting service can all see. Audiology books the appointment before the family leaves
the screening session, by phone, wherever possible. If a baby is not seen within three weeks, the
screening coordinator phones the family and, if needed, asks the health visitor to follow up at home.
Families receive a card from the screener with the appointment, a phone number and a short explanation,
and a text reminder two days before.

<<Q:Referred babies seen in audiology within four weeks of the screen rose from 71% in 2022 to 96% in
2024.>> <<Q:Appointments not attended by families were a third fewer in 2024 than in 2022.>> <<Q:Babies
with no recorded outcome three months after referral went from 11 in 2022 to none in 2024.>>

Audiology has diagnosed 19 babies with a permanent hearing loss since the change. Every one was fitted with
hearing aids, where appropriate, before four months of age.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<P:Parents whose babies had been referred were invited to two coffee mornings at the Soundways family
centre, and they told us that the screener's words 'probably nothing' had made them think the
appointment was optional, so the card and the screener's explanation were rewritten with them.>>
<<P:One mother, whose son was diagnosed late, read every version of the card and asked for the text
reminder, which we added.>> <<P:Deaf parents in the charity's family group asked for the card to give a
text number as well as a phone number, and it now does.>>

All screeners were trained in the new booking process. Health visitors were briefed at their team
meetings. The local screening manager oversaw the tracking list as part of her role. We plan to set up a
joint review group with audiology and health visiting next year.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The tracking list uses the programme's existing screening software and cost nothing extra. Booking the
audiology appointment at the screen takes about five minutes of screener time. Cards and texts cost less
than £1,500 a year. Finding a permanent hearing loss early avoids years of extra speech and language
therapy and specialist education support, and gives a child the best start in life. Parents say they feel
much less anxious when they leave the screening session with a date.

Audiology staff report fewer wasted appointments and less time spent trying to trace families. Health
visitors say they now know to ask about the hearing appointment at the new birth visit.
"""),
        ("spread", "How has the work been shared and spread?", """
The regional screening quality assurance team has shared the tracking list with all programmes in the
region, and two have adopted it. We presented at the national newborn hearing screening conference in
2024. The health visiting service is looking at using the same approach for babies referred from the
newborn physical examination for hip and eye problems.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1720  follow-up scans recommended in ultrasound reports never booked -
#        docx - form table - PCN clinical director, clipped - PCN with the
#        acute trust imaging department and the community diagnostic centre -
#        patients and staff involved - NO quantitative evidence (audit counts,
#        single figures, a target, activity)
# ---------------------------------------------------------------------------
entry(
    id="I1720", format="docx", layout="form_table", topic="ultrasound_recommended_follow_up_scans",
    project="independent108-rescan-1720", docx_font="Calibri",
    title="Rescan Reliably: follow-up ultrasound scans recommended by radiology, booked and done",
    cover_table=[
        ("Title of entry", "Rescan Reliably: follow-up ultrasound scans recommended by radiology, booked and done"),
        ("Lead organisation", "Tamsford North Primary Care Network (eight GP practices)"),
        ("Partner organisations", "West Tamsford Hospitals NHS Trust (Imaging Department); Tamsford Community Diagnostic Centre, hosted by Tamsford Community NHS Trust"),
        ("Name and role of entrant", "Dr Owen Hallam, Clinical Director"),
    ],
    primary_entrant=dict(name="Tamsford North Primary Care Network", type="primary_care"),
    partners=[
        dict(name="West Tamsford Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Tamsford Community NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the problem and the safety goals.", """
GPs in our eight practices request about 9,000 ultrasound scans a year, mostly of the abdomen, pelvis,
thyroid and neck. A good number of reports end with a recommendation: 'suggest repeat scan in six
months' for a thyroid nodule, an ovarian cyst, a gallbladder polyp, a kidney cyst with some complex
features or a slightly enlarged lymph node. Most of these findings turn out to be harmless. A few do
not.

Who books the repeat scan? Radiology assumed the GP would re-request it. GPs assumed radiology would
recall the patient, as some departments do. Patients assumed they would hear from someone. The repeat
scan often fell between all three. If the GP did mean to re-request it, they had to set themselves a
reminder six months ahead, and those reminders were easily lost when a GP left, went part-time or was a
locum.

In 2022 one of our patients had an ovarian cyst reported with a recommendation to rescan in eight weeks.
It was not booked. She was diagnosed with ovarian cancer eleven months later. Our significant event
review found four other patients in the same practice with recommended follow-up scans that had never
happened.

The community diagnostic centre, which opened in 2022 and now does most of our routine scans, did not have
a way of recalling patients either. The problem needed the practices, the hospital imaging department and
the diagnostic centre to agree one way of working.

Goals: every recommended follow-up scan either booked or consciously cancelled by a clinician; no
patient relying on memory or luck.

We were not the first to notice this. Our practices had each tried their own fixes, from spreadsheets to
reminder tasks, and each worked until the person who kept it left. What was different this time was
that all three organisations agreed that the recall belonged to the service that did the scan, with the
GP kept informed and able to say no.
"""),
        ("evidence", "What evidence is there of improvement in safe care as a direct result of the partnership?", """
From February 2023 reporters at both sites use a fixed phrase and a code, 'FOLLOW-UP SCAN ADVISED', with
the interval, at the top of any report recommending a repeat. The imaging system adds these patients to
a recall list held by the diagnostic centre, which books the scan itself unless the GP declines within
two weeks. Each practice receives a monthly list of its patients with a recommended rescan and their
booking status, and a named GP checks it.

In the first eighteen months 1,146 follow-up scans were advised on reports for our patients. 1,081 have
been booked or done, 52 were cancelled by a GP after review, usually because the patient had already been
referred to a specialist, and 13 are being chased. The monthly lists take each practice about twenty
minutes.

Eighteen of the rescans led to an urgent referral, including two thyroid cancers and one ovarian cancer
found at an early stage.

We have not yet repeated the original audit across all eight practices, which we plan to do in early
2025. Our target is for 100% of advised rescans to be booked within a month of the report.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Sonographers at the diagnostic centre and consultant radiologists at the hospital agreed the fixed
phrase, and the sonographers asked that it be placed at the top of the report rather than in the
conclusion because they knew GPs skim to the end.>> <<S:Practice administrators who manage incoming
reports in four practices tested the monthly list for three months and asked for it to show the date of
the original scan and the name of the requesting clinician, which it now does.>> <<S:The diagnostic
centre's booking team suggested that they, not the practice, book the rescan, because they had the
capacity and the patient details already.>>

<<P:The patient whose cancer was found late, and her sister, met the project group and described how she
had waited for a letter that never came; at her request the recall letter now tells patients the reason
for the scan in plain words.>> <<P:Members of the PCN's patient reference group read the letter and asked
for the phrase 'this is a routine check' to be added, to avoid alarming people.>>
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The fixed phrase and the recall list cost nothing beyond staff time. The rescans themselves were always
meant to happen, so they add no extra demand in principle. GPs say they no longer have to keep a private
list of reminders. Finding a cancer at an early stage saves the cost of late treatment and, far more
importantly, lives.

Patients no longer have to wonder whether anyone is keeping track of their scan. The booking team at
the diagnostic centre says it is easier to book a rescan months ahead than to find space for a sudden
request from a worried GP.
"""),
        ("spread", "How has the work been shared and spread?", """
The ICB has asked the other five PCNs in Tamsford to adopt the monthly list, and the hospital imaging
department has applied the fixed phrase to CT and MRI reports for GP patients. We presented the work at
the regional diagnostics network's patient safety group.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1721  point-of-care troponin in rural minor injury units - pdf - two
#        columns - university senior lecturer in emergency care, academic -
#        university with the community trust, the ambulance service and the
#        acute trust laboratory - patients and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1721", format="pdf", layout="two_column", topic="point_of_care_troponin_rural_miu",
    project="independent108-chestpainclose-1721", pdf_font="LiberationSerif",
    title="Closer to Home: safe point-of-care troponin testing for chest pain in rural minor injury units",
    cover=[
        "University of Westmarch, School of Health and Emergency Care (lead), with Westmarch Community Services NHS Trust (Minor Injury Units), Marches and Borders Ambulance Service NHS Trust and Westmarch Royal Infirmary NHS Trust (Blood Sciences)",
        "Entry by the Senior Lecturer in Emergency and Urgent Care",
    ],
    primary_entrant=dict(name="University of Westmarch", type="university"),
    partners=[
        dict(name="Westmarch Community Services NHS Trust", type="nhs_trust"),
        dict(name="Marches and Borders Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Westmarch Royal Infirmary NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why we needed to work together", """
Westmarch is a large rural county with one emergency department, in the county town. Its four minor
injury units, run by the community trust, are between 25 and 50 miles from that department. People with
chest pain often walk into them, because they are close and because many people do not think their
symptoms are serious enough for 999.

Until 2022 the units had no way of testing for a heart attack. Nurse practitioners recorded an ECG and,
if there was any doubt, called an ambulance to take the person to the emergency department. Most of
these people turned out not to have had a heart attack, but the transfers tied up ambulances for three
hours at a time in an area where response times were already long. Worse, when ambulances were delayed,
people with chest pain sometimes waited in a minor injury unit for hours, and a few left and drove
themselves home.

Point-of-care troponin analysers can give a result in under fifteen minutes from a finger-prick or a
venous sample. Used carelessly they are risky: the analysers must be quality controlled, staff must know
the limits of a single result, and a 'normal' troponin taken too soon after the pain started can miss a
heart attack. Our university's emergency care research group had studied how high-sensitivity
point-of-care assays perform in practice. We brought together the community trust, the ambulance
service and the hospital laboratory to see whether they could be used safely in the units.

The risks were real on every side. Nurse practitioners had never had a laboratory test at their
fingertips and worried about being blamed if they sent someone home who later had a heart attack. The
laboratory was uneasy about analysers running in buildings 40 miles away that its own staff would rarely
visit. The ambulance service wanted fewer transfers but did not want to lose sight of people who needed
them. And the cardiologists wanted to be certain that any pathway would be at least as safe as the old
rule of transferring everyone.
"""),
        ("evidence", "What has changed", """
Since September 2022 all four units use a point-of-care troponin analyser within a pathway agreed by the
hospital's cardiologists and the laboratory. A person whose pain started more than three hours before
the test, who has a normal ECG and a troponin below the agreed threshold, can go home with advice and a
follow-up call. Anyone else is transferred. The laboratory runs quality control on every analyser and
reviews every result remotely each morning.

We compared the twelve months before and after. <<Q:Ambulance transfers from the units for chest pain fell
from 612 to 287.>> <<Q:The average time people with chest pain spent in a unit fell from 3 hours 50
minutes to 1 hour 35 minutes.>> <<Q:People who left a unit with chest pain before being seen or
transferred dropped from 23 to 4.>> Of the 1,140 people sent home on the pathway, two returned within
thirty days with a heart attack; both were reviewed and both had been sent home within the rules.
"""),
        ("stakeholders", "Who shaped the pathway", """
<<S:Nurse practitioners from the four units spent two afternoons with cardiologists and the laboratory's
point-of-care team working through real cases, and it was the nurses who asked for the three-hour rule
to be printed on the analyser itself.>> <<S:Ambulance clinicians told us which patients they would
still want to convey, and their list became the pathway's exclusion criteria.>> <<S:Biomedical
scientists designed the remote morning review after the unit staff said they had no one to ask when a
result looked odd.>>

<<P:Twelve people who had been transferred from a unit with chest pain, most of them older farmers and
their wives, were interviewed by our research students, and they told us that the worst part was being
sent 40 miles with no way home afterwards.>> <<P:Their comments shaped the discharge advice and the
follow-up call, which they helped word.>>
"""),
        ("value", "Value", """
Each analyser cost about £7,500 and the test cartridges about £18 each. Each avoided ambulance transfer
saves an estimated £300 and, more importantly, keeps an ambulance in the county for an emergency. The
university's evaluation was funded by a regional research grant.

Nurse practitioners say they feel more able to care for people in their own community. People who
would once have been sent to the county town, often without a lift home, can now be at home within a
couple of hours.
"""),
        ("spread", "Spreading the approach", """
Two other rural community trusts have visited the units. The university has built the pathway into its
advanced clinical practice course, and the ambulance service is considering whether its clinical hub can
use the troponin result when deciding whether to send an ambulance.

We have published the evaluation in an open-access journal and presented it at the national urgent
care conference. The most important lesson for others is that the analyser is the easy part: the
pathway, the quality control and the remote review by the laboratory are what make it safe.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1722  PSA monitoring after prostate cancer treatment handed to general
#        practice - docx - rubric headings - prostate cancer charity
#        development officer, conversational - charity with the acute trust
#        urology service and a PCN - men and staff involved - NO value
#        section
# ---------------------------------------------------------------------------
entry(
    id="I1722", format="docx", layout="rubric_headings", topic="psa_follow_up_after_prostate_cancer",
    project="independent108-risingpsa-1722", docx_font="Cambria",
    title="Watching the Numbers: PSA follow-up after prostate cancer treatment in general practice",
    cover=[
        "Lead organisation: Men Together Prostate Cancer Support (charity)",
        "Partners: Ravensmoor Teaching Hospitals NHS Trust (Urology and Uro-oncology); Ravensmoor Riverside Primary Care Network",
        "Entrant: Development Officer, Men Together",
    ],
    primary_entrant=dict(name="Men Together Prostate Cancer Support", type="charity"),
    partners=[
        dict(name="Ravensmoor Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Ravensmoor Riverside Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "Context: why was the partnership needed?", """
After treatment for prostate cancer, by surgery or radiotherapy, men have a PSA blood test every six to
twelve months, usually for ten years or more. A rising PSA can be the first sign that the cancer has come
back, and acting on it early gives men more options.

In 2020 the hospital moved most of this follow-up to general practice, to free clinic time. The
discharge letter asked the GP to check PSA regularly and re-refer if it rose above a threshold. Our
members quickly started telling us it was not working. Some had never had a PSA test since discharge.
Some had tests but nobody looked at the trend, so a PSA that had risen slowly from 0.1 to 1.8 over three
years was filed each time as 'within range' because the laboratory range for men in general is much
higher. Some were told by reception that their result was 'normal' when the urologist would have wanted
to see them.

One of our volunteers, Dennis, found his own rising PSA on the NHS app, worked out that it had doubled in
a year, and rang the urology nurses himself. By then his cancer had spread to his bones.

Nobody had done anything wrong on paper. The hospital had written to the GP, the GP practices had
filed the letters, and the laboratory had reported each result against its normal range. But no one was
looking at the whole picture for each man, and the men themselves had been told they were 'discharged',
which many took to mean they were cured.
"""),
        ("evidence", "Evidence: what has improved?", """
Since October 2022 every man discharged to GP follow-up is added to a PSA register in his practice,
with his personal threshold and the date of his next test. The hospital laboratory now prints a
comment on any PSA for a man on the register, showing his last three results and whether the
threshold has been crossed, and sends an alert to the urology nurse specialists at the same time. The
PCN's pharmacy technicians run a monthly search for men whose test is overdue.

<<Q:Across the PCN's six practices, men on post-treatment follow-up who were overdue a PSA test fell from
41% in the baseline search to 8% a year later.>> <<Q:The average time from a PSA crossing the threshold to
the man being seen by urology fell from 97 days to 19 days.>> Twenty-two men have been re-referred
through the alert since the start.
"""),
        ("stakeholders", "Stakeholders: how were patients and staff involved?", """
<<P:Men from our Thursday support group went through their own results with the urology nurses and
showed them how easily a slow rise could be missed; the laboratory comment showing the last three
results was their idea.>> <<P:Dennis and two other members sat on the project group and wrote the
letter that each man now receives when he is discharged, explaining his threshold in plain terms.>>
<<P:Partners and wives at our carers' evening asked that the letter also be sent to the man's next of
kin if he wishes, and that option has been added.>>

<<S:Urology nurse specialists and GPs from the PCN agreed the personal thresholds together, and GPs asked
for them to be written in the same units the laboratory uses, which had been a source of confusion.>>
<<S:PCN pharmacy technicians designed the monthly search and changed it after testing it in two
practices, where it was picking up men who had been discharged completely.>> <<S:Reception teams told us
they had no way of knowing which PSA results were for men after treatment, and the register code now
displays a prompt when they open a result.>>
"""),
        ("spread", "Spread: how has the work been shared?", """
The hospital has offered the laboratory comment and alert to all 58 practices it serves, and the ICB has
included the register in its cancer follow-up framework. We have shared our discharge letter with other
prostate cancer support groups in the region through a national network of groups.

Two other PCNs in Ravensmoor have started the monthly search, and one has adapted it for women on
long-term follow-up after breast cancer treatment. Our volunteers have spoken at two GP training events
about what it feels like to be the one who spots your own rising PSA.
"""),
    ],
    flags=[dict(code="missing_section", criterion="value")],
)


# ---------------------------------------------------------------------------
# I1723  skin biopsies from GP minor surgery that never reach the lab -
#        docx - sections in an unusual order (results first) - GP federation
#        quality lead, plain - GP federation with the pathology laboratory,
#        the courier and the community dermatology service - staff involved -
#        NO patient involvement (patients sent texts, PPG updated, a plan) -
#        NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I1723", format="docx", layout="reordered", topic="gp_minor_surgery_specimen_tracking",
    project="independent108-everysample-1723", docx_font="Cambria",
    title="Every Sample Counted: tracking skin biopsies from GP minor surgery to the laboratory",
    cover=[
        "Lead: Orlestone and Weald GP Federation",
        "Partners: Kentmere Valley Hospitals NHS Trust (Cellular Pathology) and Kentmere Community Healthcare NHS Trust (Community Dermatology Service)",
        "Author: Quality and Governance Lead, Orlestone and Weald GP Federation",
    ],
    primary_entrant=dict(name="Orlestone and Weald GP Federation", type="primary_care"),
    partners=[
        dict(name="Kentmere Valley Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Kentmere Community Healthcare NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("evidence", "What we achieved", """
<<Q:Skin specimens taken in our practices with no histology report after four weeks fell from 4.1% in the
six months before the tracker to 0.3% in the most recent six months.>> <<Q:Specimens rejected by the
laboratory because of missing or mismatched labels went down from 57 in 2022 to 9 in 2024.>> <<Q:The
average time from a report showing a skin cancer to the patient being told went from 16 days to 5 days.>>

Since May 2023, 6,380 specimens have been logged on the tracker by the federation's 22 practices.
"""),
        ("context", "The problem", """
GPs with a special interest and trained practice nurses in our federation carry out minor skin surgery:
removing moles, cysts, skin tags and small lesions that might be a skin cancer. Every specimen should go
to the hospital's cellular pathology laboratory in a pot, with a request form, and come back with a
report.

In 2022 a patient asked her GP for the result of a mole removed three months earlier. There was none.
The pot had never reached the laboratory. When she had the scar excised again, it showed a melanoma.
After that, three practices searched their records and between them found 41 specimens from the previous
year with no report. Some had been lost in transit. Some had been sent with a handwritten form the
laboratory could not match. Some had arrived and been reported, but the report had gone to the wrong
practice or to a GP who had left.

Nobody was checking that every sample sent came back. The practices assumed the laboratory would chase
them; the laboratory had no way of knowing what it had not received; and the community dermatology
service, which sees the patients with skin cancers, was receiving referrals weeks late.

From May 2023 every specimen is logged on a shared electronic tracker at the time it is taken, with a
printed barcode label. The courier scans the pots when collected and the laboratory scans them on
arrival. Any specimen not received within three working days, or not reported within three weeks, turns
red on the practice's dashboard and the laboratory's. Reports of any skin cancer go straight to the
community dermatology service as well as to the practice.
"""),
        ("stakeholders", "Who was involved", """
<<S:Practice nurses who do minor surgery told us the pots were often labelled after the procedure, away
from the patient, and they designed the new order of work: label printed and checked with the patient on
the couch before the first cut.>> <<S:Laboratory reception staff walked us through every reason they had
rejected specimens over a month, and the printed barcode label was built to fix each one.>> <<S:The
courier's drivers asked for a single sealed bag per practice per day, so that missing pots could be
spotted at collection, and this was adopted.>> <<S:Dermatology nurse specialists agreed with our GPs the
list of diagnoses that should be sent straight to them.>>

Patients now receive a text telling them when their specimen has reached the laboratory, and a second
text when a result is ready. The federation's patient participation group was kept up to date on the
project at its quarterly meetings. We hope to involve patients in reviewing the text messages next year.
"""),
        ("value", "Value", """
The tracker was adapted from software the laboratory already used for hospital clinics, at a cost of
about £9,000. Barcode printers for the practices cost about £140 each. Lost specimens mean repeat
surgery, delayed diagnosis and, for melanoma, worse outcomes. Each claim for a delayed cancer diagnosis
can cost hundreds of thousands of pounds. Staff say they feel much more confident that nothing is slipping
through.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="spread"),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1724  unexpected cancer in routine surgical specimens after discharge -
#        pdf made from Word (soffice), style headings - departments of one
#        acute trust (histopathology, general surgery, cancer services), NO
#        partner (ineligible) - consultant histopathologist, careful -
#        patients and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1724", format="pdf", layout="style_headings", topic="unexpected_cancer_routine_histology",
    project="independent108-unexpected-1724", render_via="soffice", docx_font="Liberation Serif",
    title="The Unexpected Finding: closing the loop on incidental cancers in routine surgical specimens",
    cover=[
        "Entered by Stanmoor Hospitals NHS Foundation Trust: Department of Cellular Pathology, Department of General Surgery and the Cancer Services Office",
        "Contact: Consultant Histopathologist and Cancer Pathology Lead",
    ],
    primary_entrant=dict(name="Stanmoor Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Background", """
Every year our laboratory examines several thousand specimens removed during operations that are not
expected to show cancer: appendices, gallbladders, hernia sacs, skin tags, haemorrhoids, uterine
fibroids. In a small number, perhaps one or two in every thousand, the histopathologist finds something
no one suspected: a neuroendocrine tumour of the appendix, a gallbladder cancer, a lymphoma in a hernia
sac.

By the time the report is issued, usually a week or more after the operation, the patient has gone home.
The report goes to the consultant surgeon named on the form, who may be on leave, or may have been a
locum, or may have done the operation on behalf of a colleague. In 2022 we reviewed two cases where
an unexpected cancer report was not seen by anyone for more than two months. In one, a woman in her
forties with a gallbladder cancer was only told when she rang to ask about her follow-up appointment.

The second case was a man in his seventies whose appendix, removed as an emergency, contained a
neuroendocrine tumour that needed a further operation. The report was filed in the notes of the locum
surgeon who had operated, and was found by chance when the man's GP wrote to ask why he was still having
pain. By then the tumour had spread to nearby lymph nodes.

Our own review showed the problem was not carelessness by any one person. Reports were sent to the
consultant on the form, and the form was often filled in by a junior doctor at the start of a busy list.
Histopathologists who found something unexpected would sometimes phone the secretary or email the
surgeon, but there was no agreed route and no way of knowing whether the message had been acted on. The
cancer services office, which tracks patients through their diagnosis and treatment, only heard about a
cancer when someone referred it. Between three departments of the same hospital, each doing its own job,
a patient with a new cancer could go unnoticed for weeks.

We set ourselves one aim: that every unexpected cancer found in a routine specimen is known to a named
clinician and discussed by the right cancer team within a week of the report.
"""),
        ("evidence", "Results", """
Since January 2023 any report with an unexpected malignant or significant finding is marked by the
histopathologist with a new alert code. The code sends an electronic alert to the cancer services office,
which adds the patient to the relevant cancer multidisciplinary meeting list within two working days and
confirms with the surgical team who will tell the patient. A weekly report of open alerts goes to the
surgical clinical director.

<<Q:The median time from an unexpected cancer report to discussion at a multidisciplinary meeting fell
from 34 days in 2021 to 6 days in 2024.>> <<Q:Unexpected cancer reports with no documented action after
four weeks went from 9 of 52 in 2021 to none of 61 in 2024.>>
"""),
        ("stakeholders", "Involvement", """
<<S:Consultant histopathologists and biomedical scientists agreed which findings should trigger an
alert, and they removed several low-risk findings after the cancer services office warned it would be
swamped.>> <<S:Surgical registrars asked for the alert to name the consultant in charge at the time of
the operation, not only the surgeon who operated, and the form was changed.>> <<S:Cancer pathway
navigators in the cancer services office designed the tracking list and the weekly report.>> <<S:Theatre coordinators pointed out that the consultant in charge was already recorded on the theatre
system, and the information team linked the two systems at their suggestion.>>

<<P:The woman whose gallbladder cancer was found late agreed to meet the project team with her husband,
and they asked that every patient be told by a consultant in person or by phone, never by letter, which
is now written into the procedure.>> <<P:Volunteers from the trust's cancer patient panel reviewed the
information sheet given to patients when an unexpected finding is discussed, and rewrote the opening
paragraph.>>
"""),
        ("value", "Value", """
The alert code and the tracking list were built within the laboratory information system at no extra
cost. Cancer pathway navigators spend about two hours a week on the alerts. Delayed diagnosis of cancer
is one of the most costly types of claim against the NHS, and more importantly every week matters to the
patient.

Histopathologists say they no longer lie awake wondering whether an unexpected report has been read.
Surgeons say the weekly report of open alerts has become part of their team meeting, and registrars
value knowing exactly who is responsible for telling the patient.
"""),
        ("spread", "Spread", """
The same alert code is now used for unexpected findings in cervical and endometrial specimens from the
gynaecology department. We have presented the work at a regional pathology meeting and shared the
procedure with two other trusts' cellular pathology departments.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1725  babies of mothers with hepatitis B: vaccine doses and the 12-month
#        blood test - pdf - with appendix - council consultant in public
#        health, formal - county council public health team with the
#        maternity unit, the health visiting provider and the ICB - parents
#        involved - NO staff involvement (staff trained, a named coordinator,
#        practices sent guidance, a plan); Q as a shift on an SPC chart
# ---------------------------------------------------------------------------
entry(
    id="I1725", format="pdf", layout="with_appendix", topic="hepatitis_b_infant_vaccination_dried_blood_spot",
    project="independent108-sixdoses-1725", pdf_font="LiberationSerif", pdf_align="L",
    title="Every Dose, Every Baby: completing protection for babies born to mothers with hepatitis B",
    cover=[
        "Lead: Fernleigh County Council, Public Health Directorate",
        "Partners: Fernleigh and Harlow Vale Hospitals NHS Trust (Maternity and Antenatal Screening); Fernleigh Children's Community Services NHS Trust (Health Visiting); NHS Fernleigh Integrated Care Board",
        "Entry by the Consultant in Public Health (Health Protection)",
    ],
    primary_entrant=dict(name="Fernleigh County Council", type="local_authority"),
    partners=[
        dict(name="Fernleigh and Harlow Vale Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Fernleigh Children's Community Services NHS Trust", type="nhs_trust"),
        dict(name="NHS Fernleigh Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "The problem", """
Every pregnant woman is offered a blood test for hepatitis B. When a mother has the infection, her baby
can catch it at birth, and babies who are infected this early usually carry the virus for life, with a
high risk of liver cirrhosis and liver cancer as adults. The risk can be almost entirely removed if the
baby has a hepatitis B vaccine within 24 hours of birth, further doses at 4 weeks, 8, 12 and 16 weeks
and at one year, and a dried blood spot test at one year to check the baby has not been infected.

In Fernleigh about 60 babies a year are born to mothers with hepatitis B. The birth dose is given in
hospital and is reliably done. After that the baby's care is spread between general practice, where most
of the vaccines are given, the health visiting service and the screening programme, and the families are
often among the most mobile in the county: recently arrived families, some in temporary accommodation,
some who return abroad for long periods.

A review by our health protection team in 2022 found that fewer than two-thirds of these babies had
received the 4-week dose on time and that the 12-month blood test had been done for only about half. The
review also found two toddlers, both born in the county, who had been infected; neither had completed
the course. Nobody held the whole picture. Each organisation did its own part well, but no one checked
the baby through from birth to the blood test.

The families themselves were often unaware of what was needed. A mother might be told at the birth that
her baby was having an injection 'because of your hepatitis', and then hear nothing more until the
routine immunisation letters arrived, which do not mention the extra doses. Families who moved address
in the first months, which many did, could drop out of every system at once.
"""),
        ("evidence", "What has improved", """
Since April 2023 the council's health protection team keeps a single tracking list of every baby born to a
mother with hepatitis B in the county, from the antenatal result onwards. The maternity unit notifies the
team before the birth. GP practices receive a named letter for each baby with the schedule and are
phoned a week before each dose is due. Health visitors check the baby's red book at each contact and
report any missed dose the same day. At 11 months the team arranges the dried blood spot test,
offering a home visit by a health visitor where the family finds it hard to get to the practice.

We plot the proportion of babies who receive each dose on time on a statistical process control chart.
<<Q:For the 4-week dose, the chart shows a sustained shift upwards from a mean of 64% in 2021-22 to a
mean of 93% from mid-2023, with every month since above the previous upper control limit.>>
<<Q:Completion of the 12-month dried blood spot test rose from 52% of eligible babies in 2022 to 90% in
2024.>> No baby born since the tracking list started has been found to be infected.
"""),
        ("stakeholders", "Involvement", """
<<P:We met mothers living with hepatitis B through the hospital's liver clinic and a Chinese community
association, and they told us that they had no idea the baby needed six doses and a test, because the
only conversation had been at the birth.>> <<P:Those mothers then helped write a one-page schedule, in
six languages, that is now handed over at the 36-week antenatal appointment, and one of them suggested
putting it inside the red book cover.>> <<P:Fathers attending the liver clinic asked for the reminder
texts to come to both parents, which we now do.>>

GP practice nurses and health visitors were trained in the schedule through short online sessions. Our
health protection coordinator runs the tracking list as part of her job. Practices were sent guidance on
recording the doses. We plan to set up a multi-agency review group in 2025.
"""),
        ("value", "Value", """
The tracking list takes about four hours a week of a health protection coordinator's time. The vaccines
and the dried blood spot test were already funded. Preventing a single lifelong hepatitis B infection
avoids decades of monitoring and treatment and a real risk of liver cancer.
"""),
        ("spread", "Spread", """
The regional health protection team has shared our tracking list with the other upper-tier councils in
the region. We have presented the work to the regional screening and immunisation network, and the
antenatal screening team is adapting the approach for babies of mothers with HIV and syphilis.
"""),
    ],
    trailer=[
        ("heading", "Appendix: the schedule and data sources"),
        ("para", "Hepatitis B vaccine schedule for babies born to mothers with hepatitis B: monovalent vaccine within 24 hours of birth and at 4 weeks; hexavalent vaccine at 8, 12 and 16 weeks; monovalent vaccine and dried blood spot test at 12 months. Some babies also receive hepatitis B immunoglobulin at birth."),
        ("para", "Data on doses are taken from the child health information system and checked against GP records. Dried blood spot results come from the regional virology laboratory. The statistical process control chart uses monthly data from April 2021 to September 2024."),
        ("para", "Contact: Health Protection Team, Fernleigh County Council, County Hall, Fernleigh FE1 4QT."),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1726  results requested by locum GPs that nobody files or acts on - pdf
#        - numbered questions - ICB primary care quality manager, corporate -
#        ICB with a GP federation, a locum agency-run chambers (social
#        enterprise counted as primary care) and the local medical committee -
#        staff involved - NO patient involvement (patients as beneficiaries,
#        Healthwatch updated, a plan) - NO quantitative evidence (counts of
#        practices, searches, results reallocated, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1726", format="pdf", layout="numbered_questions", topic="locum_requested_results_ownership",
    project="independent108-ownerless-1726", pdf_font="LiberationSans", pdf_align="L",
    title="No Orphan Results: making sure tests requested by locum GPs have an owner",
    cover=[
        "Lead organisation: NHS Severn Reach Integrated Care Board",
        "Partners: Severn Reach Primary Care Federation; Severn Reach Locum Chambers (GP locum social enterprise)",
        "Submitted by the Primary Care Quality and Safety Manager",
    ],
    primary_entrant=dict(name="NHS Severn Reach Integrated Care Board", type="icb"),
    partners=[
        dict(name="Severn Reach Primary Care Federation", type="primary_care"),
        dict(name="Severn Reach Locum Chambers", type="primary_care"),
    ],
    sections=[
        ("context", "1. What was the patient safety problem?", """
Around one GP session in six in Severn Reach is worked by a locum. Locum GPs request blood tests, urine
cultures, x-rays and scans like any other GP. When the result comes back, it lands in the electronic
inbox of the clinician who requested it. If that clinician was a locum who has since moved on, the
result may sit unread. Some practices had a system for reassigning locum results; many did not, or
relied on one administrator who checked when she had time.

Significant event reports to the ICB between 2021 and 2022 included a raised calcium that sat in a
departed locum's inbox for seven weeks, a positive urine culture in a pregnant woman that was not
treated, and a chest x-ray suggesting lung cancer that was read by the practice only when the patient
came back with weight loss. A search of clinical systems run by the ICB's digital team in one week in
2022 found results in inboxes belonging to clinicians who had not worked in the practice for more than
a month in a large share of our practices.

The problem was not confined to locums. Results requested by GP registrars at the end of their
placement, by salaried GPs on long-term leave, and by clinicians in the extended access hubs who
worked across several practices could all end up in an inbox that nobody was watching. But locum
results were the largest group, and the one where responsibility was least clear, because the locum
had no continuing relationship with the practice or the patient.

The ICB could not fix this alone. It holds the contracts but does not run practices or employ locums.
The federation runs the shared clinical system team and could search every practice. The locum chambers
books most of the locum sessions in the area and could build the buddy arrangement into every booking.
"""),
        ("evidence", "2. What has changed and what is the evidence?", """
From July 2023 all 64 practices in the ICB area follow a shared standard. Every locum session is linked
to a named 'results buddy', a salaried GP or partner in the practice, and results requested by the locum
are automatically copied to that buddy's inbox. The locum chambers includes the buddy's name on the
booking confirmation. At the end of each month, the federation's clinical system team runs a search
across all practices for unread results in inboxes of clinicians who have not logged in for 14 days,
and sends each practice its list.

Since the standard began, the monthly searches have found and reallocated 2,937 results. The number of
practices with a named results buddy for every locum session is 61 of 64. We have not yet repeated the
2022 one-week search in the same form, so we cannot give a like-for-like comparison. The ICB's
target is that no result waits more than five working days in an inactive inbox by March 2025.
"""),
        ("spread", "3. How has the work been shared or spread?", """
The standard has been adopted by the two neighbouring ICBs for their practices and the search has been
shared on the national primary care digital community forum. The locum chambers now uses the buddy
system for practices outside Severn Reach too.
"""),
        ("value", "4. What difference has it made, and is it value for money?", """
The standard cost nothing to introduce beyond staff time. The monthly search takes the federation team
about a day. Salaried GPs say that the buddy arrangement has made locum sessions less of a worry.
Locum GPs say they are more willing to request tests they think are needed, because they know the
result will be seen. Each delayed diagnosis avoided spares patients harm and the NHS the cost of
complaints and claims.
"""),
        ("stakeholders", "5. Who was involved and how?", """
<<S:A working group of practice managers, salaried GPs and locums from the chambers met four times to
write the standard, and the locums asked for the buddy to be named on their booking confirmation so that
they could contact them directly about an abnormal result.>> <<S:Practice administrators who process
results tested the search in eight practices and asked for the list to be sorted by urgency code, which
the federation's team then built in.>> <<S:The local medical committee reviewed the standard and changed
the wording on responsibility for results so that it matched the GP contract.>>

The work protects every patient who sees a locum GP. The local Healthwatch was updated on the standard at
its quarterly meeting with the ICB. We intend to ask patients whether they would like to be told the name
of the GP who will follow up their result.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1727  colon capsule endoscopy kits swallowed at home - docx - bullet lists
#        - PRIVATE capsule endoscopy company as primary entrant, with the
#        acute trust endoscopy unit and the ICB (ineligible) - clinical
#        services director, upbeat - patients and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1727", format="docx", layout="bullet_lists", topic="home_colon_capsule_endoscopy_safety",
    project="independent108-capsuleathome-1727", docx_font="Arial",
    title="Capsule at Home Safely: colon capsule endoscopy with the right checks before and after",
    cover=[
        "Primary entrant: Intravista Diagnostics Ltd",
        "Partners: Hallowmead University Hospitals NHS Trust (Endoscopy Unit); NHS Hallowmead and Coast Integrated Care Board",
        "Submitted by the Clinical Services Director, Intravista Diagnostics",
    ],
    primary_entrant=dict(name="Intravista Diagnostics Ltd", type="private"),
    partners=[
        dict(name="Hallowmead University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="NHS Hallowmead and Coast Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "What was the problem?", """
Intravista provides colon capsule endoscopy for the Hallowmead endoscopy unit. Instead of a colonoscopy,
the patient swallows a small camera capsule at home after taking bowel preparation, wears a recorder for
the day and posts it back. The pictures are read by trained reporters and the report goes to the
hospital.

In the first year of the service, 2021 to 2022, we found several safety problems:

- some patients at risk of the capsule getting stuck, for example after bowel surgery or with Crohn's disease, had not been screened out

- patients did not always know what to do if the capsule had not passed after two weeks

- some patients took their bowel preparation incorrectly, and around one capsule study in five could not be fully read

- reports with significant findings went to the requesting clinician by post, and two were delayed by more than a month

- patients on diabetes medicines and blood thinners were not always given advice on adjusting them for the bowel preparation

Why we needed partners:

- the decision about who is suitable for a capsule belongs to the hospital's gastroenterologists, not to us, so the checklist had to be theirs as much as ours

- urgent findings are only useful if someone in the hospital acts on them the same day, which meant agreeing a named person to receive them

- the ICB commissions the service and had to agree that a pre-procedure video call, which adds cost, was part of the contract

- patients move between our service and the hospital's endoscopy unit, for example when a capsule shows a polyp that needs removing, and nobody wanted them to fall between the two
"""),
        ("evidence", "What has improved?", """
- since September 2022 every patient has a video call with an Intravista nurse before the kit is sent, using a checklist agreed with the hospital's gastroenterologists

- patients at risk of retention now have a dissolvable 'patency' capsule first

- findings needing urgent action are phoned to the hospital's endoscopy nurse coordinator the day they are read

- <<Q:capsule studies that could not be completed or read fell from 19% in 2021/22 to 7% in 2023/24>>

- <<Q:the average time for reports with significant findings to reach the hospital team fell from 12 days to 1 day>>

- <<Q:retained capsules needing a procedure to remove them went from 4 in the first year to none in the last two years>>

- 3,204 capsule studies have been carried out since the checklist started

- 214 patients were given a patency capsule first, and 23 of them were found to be unsuitable for a full capsule study and were offered a different test
"""),
        ("stakeholders", "Who was involved?", """
- <<P:patients who had had a capsule study were interviewed by phone, and they told us the printed instructions were confusing, so the instructions were rewritten with a group of them and a short video was added>>

- <<P:a patient whose capsule was retained joined our clinical governance meeting and asked for a 'capsule passport' card to carry in case of an emergency admission; this is now sent with every kit>>

- <<S:the hospital's gastroenterologists and endoscopy nurses wrote the pre-procedure checklist with our nurses, and took out questions they felt were unnecessary>>

- <<S:the endoscopy nurse coordinator suggested the urgent findings phone call after the two delayed reports>>

- <<S:our couriers' drivers helped us redesign the returns packaging after recorders were damaged in transit>>
"""),
        ("value", "Value", """
- a capsule study costs less than a colonoscopy and frees endoscopy lists for patients who need a procedure

- each incomplete study means another test, so reducing them saves money and avoids delay

- patients tell us they value avoiding a hospital visit

- the video call takes about twenty minutes of nurse time per patient, which is included in the contract price

- hospital endoscopy nurses say the urgent phone call means they can book a follow-up colonoscopy before the patient has even received the written report
"""),
        ("spread", "Spread", """
- the checklist has been adopted by the two other trusts we work with

- we have presented at a national capsule endoscopy meeting and shared the checklist with the ICB's diagnostics programme

- the capsule passport has been taken up by a national patient charity for people with inflammatory bowel disease
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1728  point-of-care CRP in community pharmacies for coughs and chest
#        infections - docx - style headings - LPC chief officer, brisk - local
#        pharmaceutical committee with a PCN, the ICB and a COPD support
#        group - patients (pronouns after a group) and staff involved - no
#        flags
# ---------------------------------------------------------------------------
entry(
    id="I1728", format="docx", layout="style_headings", topic="pharmacy_point_of_care_crp_chest_infection",
    project="independent108-fingerprickfirst-1728", docx_font="Calibri",
    title="Finger-Prick First: point-of-care CRP testing in community pharmacies for chest infections",
    cover=[
        "Lead: Thornmere Local Pharmaceutical Committee",
        "Partners: Thornmere South Primary Care Network; NHS Thornmere and Ashby Integrated Care Board; Breathe Easy Thornmere (COPD support group)",
        "Author: Chief Officer, Thornmere LPC",
    ],
    primary_entrant=dict(name="Thornmere Local Pharmaceutical Committee", type="primary_care"),
    partners=[
        dict(name="Thornmere South Primary Care Network", type="primary_care"),
        dict(name="NHS Thornmere and Ashby Integrated Care Board", type="icb"),
        dict(name="Breathe Easy Thornmere", type="patient_group"),
    ],
    sections=[
        ("context", "The problem", """
Coughs and chest infections are one of the commonest reasons people walk into a community pharmacy. Most
are viral and get better on their own. A few are pneumonia, which can kill, particularly in older people
and in people with COPD. Pharmacists had no way of telling the difference except by asking questions and
looking at the person, and in winter, when GP appointments were hard to get, people were either sent away
with cough medicine or told to try to see a GP.

This caused two kinds of harm. Some people with pneumonia were reassured and got worse at home. Others,
with a viral cough, got an antibiotic they did not need through an urgent care service because they
could not face another wait, adding to antibiotic resistance and side effects.

A C-reactive protein (CRP) test from a finger-prick gives a result in four minutes and helps to tell
whether a bacterial infection is likely. It is used in some GP practices but was new to community
pharmacy in Thornmere.

No pharmacy could start testing on its own. Pharmacists needed an agreed route to a GP the same day when
the test was high, and GPs needed to trust that the pharmacy assessment was reliable enough to act on.
The ICB had to fund the tests and agree a protocol for delayed prescriptions. And the people most at
risk, those with long-term lung disease, needed to know the service existed and that it was safe.
"""),
        ("evidence", "What changed", """
From November 2022 twelve pharmacies in the PCN area offered a CRP test, together with a structured
assessment that includes pulse, oxygen saturation, temperature and breathing rate, to adults with a cough
of less than three weeks. People with a high CRP or any red flag are sent the same day to a GP with a
direct booking slot held by the PCN; those with a low CRP and no red flags are given self-care advice and
a safety-net leaflet; those in between are given a delayed prescription through the pharmacy under an
agreed protocol.

<<Q:In the PCN's practices, antibiotic prescriptions for acute cough fell by nearly a quarter between the
winters of 2021/22 and 2023/24, while they fell only slightly in the rest of the county.>> <<Q:Emergency
admissions with pneumonia in which the person had visited a pharmacy in the previous week with the same
symptoms went from 17 in winter 2021/22 to 6 in winter 2023/24.>> In the two winters, 2,406 people had a
CRP test in a pharmacy and 311 were sent to a GP the same day.
"""),
        ("stakeholders", "How people were involved", """
Breathe Easy Thornmere helped us from the start. <<P:Its members told us that people with COPD often wait
too long because they do not want to 'bother' anyone, and they asked that anyone with COPD who has a
raised CRP be phoned by the GP practice the next day, which the PCN agreed to do.>> <<P:They also tried
out the finger-prick test at one of their meetings and chose the wording of the safety-net leaflet.>>

<<S:Pharmacists from the first four pharmacies ran the test for a month before the others and asked for
the oxygen saturation threshold to be lowered for people with COPD after two difficult cases.>> <<S:GPs
in the PCN reviewed the first 100 referrals with the pharmacists and agreed that the direct booking slot
should be held until 4pm, after which pharmacists can refer to the out of hours service.>>
"""),
        ("value", "Value", """
Each CRP test costs about £6 in consumables, and the ICB pays pharmacies a fee of £15 per assessment.
Each avoided admission with pneumonia saves several thousand pounds, and each unnecessary antibiotic
avoided helps to protect everyone. Every CRP analyser is checked each week with a control
sample supplied by the hospital laboratory, at no charge to the pharmacies. <<S:Pharmacy staff who took part in the pilot told us the assessment
took longer than we had planned, so the fee was increased after the first winter.>>
"""),
        ("spread", "Spread", """
The ICB has extended the service to all 48 pharmacies in Thornmere and Ashby from October 2024, and we have
shared the protocol with other pharmaceutical committees in the region.

The main lesson we would pass on is that the test itself is simple. What makes it safe is the
agreement with general practice about what happens next, and the safety-net advice for the people who
are sent home.
"""),
    ],
    flags=[],
)
