"""Sixty-first independent evaluation set (I961..I976) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing ambulance services, acute and
community trusts, GP federations, primary care networks, an integrated care board, a
council careline service, universities, children's and community health charities, a
patients' group and the odd private company send in, in their own voices and at their
own length.  The theme of this set is diagnosis and deterioration: missed and delayed
diagnosis, early warning scores, sepsis and acute kidney injury, in hospitals, the
ambulance service, NHS 111 and general practice, with universities and charities.

Topics: antibiotics given by paramedics for red flag sepsis before hospital (an ambulance
service with two acute trusts and a university, own headings), type 1 diabetes in
children diagnosed late, after diabetic ketoacidosis has set in (a children's diabetes
charity founded by a bereaved family, no headings, long), laboratory alerts for acute
kidney injury in people at home (a private pathology company as primary entrant,
numbered questions with cover bullets), early warning scores sent with GP referrals to
the acute medical unit (a GP federation, a form), giant cell arteritis and sudden sight
loss (an acute trust rheumatology service with an optical committee and a patients'
group, rubric headings), boys with testicular pain who call NHS 111 (a private urgent
care company running NHS 111 as primary entrant, lists), heart attacks missed in women
by ambulance crews and emergency departments (a university lead, two columns),
deterioration of patients sitting in the emergency department waiting room (departments
of one trust, no partner, a pdf made from Word), the first nights on a ward after
leaving intensive care (an acute trust with a university and an intensive care
survivors' group, results first, no spread section), patients who keep coming back to
their GP with unexplained symptoms that turn out to be cancer (a primary care network
with a cancer charity and a university, CAPS headings), blood tests and medicines after
acute kidney injury once people leave hospital (an integrated care board, a form with a
cover table), blood tests at the bedside for the urgent community response team (a
community trust with a university and the ambulance service, with appendix), careline
responders who check for illness after a fall at home (a council careline service, bold
headings with a cover table), ruptured abdominal aortic aneurysm mistaken for kidney
stones or back pain (a vascular network hosted by an acute trust, style headings),
callers to NHS 111 with possible sepsis (a sepsis survivors' group as lead, numbered
questions) and pulse oximeters that read high on darker skin (a community health
charity with a university, short lists with no evidence section).

Lead types and layouts: I961 emergency_service (ambulance), pdf own_headings; I962
charity, docx no_headings; I963 private, docx numbered_questions with cover bullets;
I964 primary_care (GP federation), pdf form_table; I965 nhs_trust (acute), docx
rubric_headings; I966 private, pdf bullet_lists; I967 university, pdf two_column; I968
nhs_trust (no partner), pdf style_headings via soffice; I969 nhs_trust (acute), docx
reordered; I970 primary_care (PCN), pdf caps_headings; I971 icb, docx form_table with a
cover table; I972 nhs_trust (community), pdf with_appendix; I973 local_authority, docx
bold_headings with a cover table; I974 nhs_trust (vascular network host), docx
style_headings; I975 patient_group, pdf numbered_questions; I976 charity, docx
bullet_lists.

Flags: no_patient_involvement I963, I964, I968, I970, I974; no_staff_involvement I962,
I966, I973, I975; no_quantitative_evidence I964, I970, I972 (a measured change told only
in the value section), I976; ineligible I963 (private lead), I966 (private lead), I968
(no partner); missing_section I969 (spread, with patient involvement told in the
context section) and I976 (evidence).  I961, I965, I967 and I971 have no flags.

Build it with

    .venv/bin/python data/independent/build.py --set 61   (writes data/corpus/independent61/)

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
    numbers trained, activity counts (calls, tests, alerts, referrals, scans, doses,
    people screened or identified), single figures with no baseline, a zero with no
    earlier figure, figures that did not change, budgets, costs and savings estimates,
    phone numbers, postcodes, reference numbers, targets not yet reached, plans and
    hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    ('more than halved', 'a third fewer', a sustained shift on an SPC chart);
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, volunteers with lived experience, unusual names
    for the people involved, unusual job titles, list items), wherever in the entry it
    is told; a volunteer or peer worker with lived experience, employed by a partner,
    who helped design the work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, evaluators analysing data, surveys and questionnaires after which nothing
    changed.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices, GP federations, primary care networks and local
optical and pharmaceutical committees are primary_care; patients' groups, survivors'
groups and kidney patients' associations are patient_group; children's and community
health charities are charity; a university is university; pathology companies and
urgent care companies are private; a vascular network hosted by a trust is typed as its
host trust).  A department or team of the entrant's own organisation is not a partner.
Flags are written by hand and build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I961  antibiotics given by paramedics for red flag sepsis - pdf - own
#       headings - consultant paramedic, confident - ambulance service with
#       two acute trusts and a university - survivors, a bereaved husband and
#       staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I961", format="pdf", layout="own_headings", topic="prehospital_antibiotics_red_flag_sepsis",
    project="independent61-beforethedoor-961", pdf_font="LiberationSans", pdf_align="L",
    title="Before the Door: paramedic-given antibiotics for people with red flag sepsis",
    cover=[
        "Lead entrant: Cheviot and Wear Ambulance Service NHS Trust",
        "Partners: Wearmouth Royal Hospitals NHS Foundation Trust; Hexley General Hospital NHS Trust; University of Tynebridge (School of Health and Paramedic Science)",
        "Submitted by the Consultant Paramedic for Acute Care",
    ],
    primary_entrant=dict(name="Cheviot and Wear Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Wearmouth Royal Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Hexley General Hospital NHS Trust", type="nhs_trust"),
        dict(name="University of Tynebridge", type="university"),
    ],
    sections=[
        ("context", "The problem we were trying to fix", """
Every hour that antibiotics are delayed in a person with septic shock makes it more likely that they
will die. Our crews are often the first clinicians to see someone with sepsis, frequently in a cold
house at three in the morning, and they are good at spotting it: the breathing is fast, the skin is
mottled, the person is confused or simply 'not right'. What happened next was out of their hands. The
patient was taken to hospital, and in the winters of 2021 and 2022 that often meant a long wait outside
the emergency department before anyone could give the first dose.

Our own clinical audit in early 2022 tracked 200 patients whom crews had recorded as having red flag
sepsis. The ambulance had been with them for a median of 52 minutes before arrival at hospital. Once
they arrived, many waited again: to be handed over, to be triaged, to have a cannula put in and blood
cultures taken, and then for the antibiotic to be prescribed and given. For some patients the first
dose came more than three hours after a paramedic had said the word sepsis.

Paramedics had been asking for years why they could not simply give the antibiotic themselves. The
honest answer was that nobody had agreed who owned the risk. The hospitals worried about blood cultures
being missed, which would make it harder to choose the right treatment later, and about allergic
reactions in the back of an ambulance. The microbiologists worried about broad-spectrum antibiotics
being given to people who turned out to have a viral illness. We worried about training more than a
thousand paramedics and keeping the drug in date on a fleet of vehicles.

Before the Door brought the ambulance service, the two hospitals that receive most of our sepsis
patients, and the university's paramedic science team together to answer those worries one at a time.
Since October 2023, a paramedic who finds a patient with red flag sepsis, who is not allergic to
penicillin and who will not reach hospital within 30 minutes, takes two sets of blood cultures, gives a
single dose of intravenous antibiotic under a patient group direction and phones a pre-alert straight to
the nurse in charge of the emergency department. The blood culture bottles travel with the patient in a
labelled pouch and are booked in by the hospital on arrival.
"""),
        ("evidence", "What the figures show", """
We compared the twelve months before the pathway (October 2021 to September 2022) with the first twelve
months after it (October 2023 to September 2024). The data come from our electronic patient record,
linked by the university team to the sepsis audits of both hospitals.

<<Q:The median time from the crew reaching the patient to the first dose of antibiotic fell from 94
minutes to 38 minutes.>> <<Q:The share of patients with red flag sepsis who had antibiotics within an
hour of first contact with the ambulance service went up from 22% to 71%.>> <<Q:Deaths within 30 days
among these patients went down from 19.8% to 16.1%, although the university team is careful to say that
this is a small difference and the two groups of patients were not identical.>>

Crews gave 1,326 doses of antibiotic in the first year. Blood cultures were taken before the antibiotic
in 96% of cases, and the hospitals' laboratories have reported that ambulance-taken cultures are no more
likely to be contaminated than their own. There were four suspected allergic reactions, all mild.
"""),
        ("stakeholders", "Who shaped it", """
<<P:Two members of the regional sepsis survivors' network, and the husband of a woman who died of
sepsis in 2021 after waiting in an ambulance outside the emergency department, sat on the steering
group from the first meeting.>> <<P:They pushed us to have crews say 'I think this could be sepsis'
out loud in the pre-alert and to the family, because, as they put it, that was the sentence nobody had
ever said to them.>> <<P:The same three people rewrote the leaflet that crews now leave with relatives,
and asked for it to explain why blood had been taken in the house.>>

<<S:Paramedics from six stations carried the kit on their shifts for three months, and the drug pouch
was redesigned twice after they said the first one would not fit in the response bag.>>
<<S:Emergency department consultants and microbiologists at both hospitals agreed the antibiotic, the
exclusions and the blood culture labelling, and pharmacists from the ambulance service and Wearmouth
wrote the patient group direction together.>> <<S:Dispatchers in our emergency operations centre
pointed out that pre-alerts were getting stuck at hospital switchboards, so both hospitals now take the
sepsis pre-alert on a direct line to the nurse in charge.>>

All 1,140 registered paramedics completed an online module and a practical session on taking blood
cultures before the pathway went live.
"""),
        ("value", "Value for money and experience", """
A dose of the antibiotic costs less than £10, and a blood culture set about £12. The pouches, cool boxes
and training came to around £86,000 in the first year, paid for by the two hospitals and the ambulance
service together. An admission to intensive care with septic shock costs many times the cost of the
whole scheme, and a death from sepsis is a life cut short, often in middle age.

Crews say that for the first time they feel they are treating sepsis rather than just transporting it.
Emergency department nurses say that a patient who arrives with the antibiotic already given and the
cultures in the pouch is one less thing to worry about on a full department.
"""),
        ("spread", "Sharing it", """
The patient group direction, the pouch design and the training package have been shared with the
national ambulance medical directors' group. Two neighbouring ambulance services have visited, and one
is starting a pilot on its rural stations in 2025. The university has published the evaluation in a
paramedic journal and is leading a wider study across the region.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I962  type 1 diabetes in children diagnosed late, in DKA - docx - no
#       headings - long - founder of a children's diabetes charity, first
#       person, heartfelt - charity with the ICB, the acute trust children's
#       diabetes team and a GP federation - parents and young people involved
#       - NO staff involvement (GP practices sent kits and a letter, practice
#       staff trained, a named clinical lead, a survey that changed nothing,
#       a plan)
# ---------------------------------------------------------------------------
entry(
    id="I962", format="docx", layout="no_headings", topic="type1_diabetes_children_late_diagnosis",
    project="independent61-testtoday-962", docx_font="Georgia",
    title="Test Today: finding type 1 diabetes in children before it becomes an emergency",
    cover=[
        "The Freya Lowe Foundation (registered charity), with NHS Orrin Valley Integrated Care Board, Orrin Valley Hospitals NHS Trust (Children's Diabetes Team) and Orrin Valley GP Federation",
        "Written by Kate Lowe, co-founder and chair of trustees",
    ],
    primary_entrant=dict(name="The Freya Lowe Foundation", type="charity"),
    partners=[
        dict(name="NHS Orrin Valley Integrated Care Board", type="icb"),
        dict(name="Orrin Valley Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Orrin Valley GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", None, """
Our daughter Freya was seven when she died. For about three weeks she had been drinking more than usual,
getting up in the night for the toilet, and she had lost weight, although we only saw that afterwards in
photographs. She was tired and grumpy and we thought she was coming down with something. When she started
being sick we took her to the GP, who thought it was a tummy bug and told us to keep her drinking. Two
days later she was breathing strangely and we called 999. She had diabetic ketoacidosis, which is what
happens when a child's body has no insulin left and starts to break down fat for fuel, and by the time
she reached hospital her brain had started to swell. She died the next evening.

I am not writing this to blame the GP, who has since been kind to us and who was as upset as we were. I
am writing it because Freya's story is not rare. Around a quarter to a third of children in this country
who are found to have type 1 diabetes are already in diabetic ketoacidosis when they are diagnosed. Many
of them have seen a health professional in the weeks before. The signs are known as the four Ts: toilet,
thirsty, tired and thinner. A finger-prick blood glucose test takes a few seconds and would have told us
the answer on the first visit.

After Freya died my husband Rob and I set up the Foundation in her name. At first we did what many
bereaved parents do. We raised money, we printed posters about the four Ts, and we gave talks in schools.
It felt good, but we had no way of knowing whether it was making any difference. Then in 2021 the
consultant who looked after Freya at Orrin Valley, who had stayed in touch with us, sent us the figures
for the children diagnosed in her clinic over the previous three years. Nearly half had been in
ketoacidosis when they arrived. Posters were not enough.

So we asked a simple question: what would have to be true for every child with the four Ts to have a
finger-prick test on the day they are seen, and for a high reading to reach the children's diabetes team
the same day? The answer involved three organisations we did not run and had no power over, and that is
why this became a partnership.

The first problem was equipment. Many GP practices in Orrin Valley did not have a working blood glucose
meter in every consulting room, and some did not have the small strips for blood ketones at all. Some
meters were out of date or had not been checked. The second problem was that a GP who found a high
reading was not always sure what to do next, and some arranged a fasting blood test for the following
week, which is exactly the wrong thing. Guidance says a child with suspected type 1 diabetes should be
seen by a specialist team the same day. The third problem was that the parents themselves, like us, did
not know the signs, or knew them but did not think they applied to their child.

Test Today started in March 2022. The Foundation paid for a blood glucose and ketone meter for every
consulting room in the 38 practices in the GP federation, and for the strips for the first two years. The
ICB then agreed to take over the cost of the strips through its usual prescribing budget from 2024. The
children's diabetes team set up a single phone number, answered around the clock by a paediatric
registrar or a diabetes nurse, for any GP, practice nurse, health visitor, school nurse or NHS 111
clinician who finds a child with a high reading. The rule is simple and is printed on a card stuck to
every meter: if a child has any of the four Ts, test today; if the glucose is above 11, ring the number
today; do not send them for a fasting test. The children's team will see the child that day, either on
the children's assessment unit or, if they are well, in a rapid clinic the next morning.

We also wanted parents to know the signs without frightening them. The ICB agreed to put the four Ts
into the red book that every new parent is given, onto the school nurse letters that
go home at the start of reception, and onto posters in pharmacies, GP waiting rooms and children's
centres. The Foundation ran a stall at every school fete and family fun day we could get to, and we have
handed out thousands of fridge magnets.

None of this is clever. It is a meter, a card, a phone number and a message. What was missing before was
anybody whose job it was to join these things up. We are a tiny charity with two part-time staff and a
lot of volunteers, and we have been able to do it only because the ICB, the hospital and the federation
decided to take it seriously.
"""),
        ("evidence", None, """
The children's diabetes team keeps a record of every child diagnosed with type 1 diabetes in Orrin
Valley, including whether they were in ketoacidosis and how severe it was. We compared the three years
before Test Today (2019 to 2021) with the first three years after (2022 to 2024).

<<Q:Children who were already in diabetic ketoacidosis when their diabetes was diagnosed fell from 46%
(41 of 89 children) to 24% (23 of 96 children).>> <<Q:Severe ketoacidosis, the kind that needs
intensive care or high dependency care, went down from 14 children to 4.>> <<Q:The median time from a
child's first contact with a GP about their symptoms to their diagnosis, taken from the children's
notes, fell from 4 days to the same day.>>

There have been no deaths from ketoacidosis at diagnosis in Orrin Valley since 2020. The phone line
took 612 calls in the three years, and 187 of the children who were tested turned out to have type 1
diabetes. The rest had a reading that was normal or only slightly raised, and most were reassured and
sent home from the rapid clinic.
"""),
        ("stakeholders", None, """
From the beginning we wanted this to be shaped by families, because we know what it is like to be the
parent who did not know.

<<P:Twelve parents of children with type 1 diabetes, some whose children were diagnosed in ketoacidosis
and some who were not, met with us five times in the first year and chose the wording on the card, the
poster and the fridge magnet.>> <<P:It was a mum in that group who said the poster must not show a
child in a hospital bed, because parents would look away, and so the poster now shows a boy in a
football kit with a water bottle.>> <<P:Young people from the hospital's teenage diabetes group recorded
short videos about the signs they had ignored themselves, which we use in schools, and they insisted
that the videos were funny rather than sad.>>

<<P:Rob and I sat on the project's steering group throughout, and the rule 'do not send them for a
fasting test' was added to the card after we told the group about a family we had met whose son was
sent for one.>>

Every practice was sent its meters with a letter from the federation's clinical director explaining the
pathway. The children's diabetes nurses trained practice nurses and GPs at the federation's protected
learning time afternoons in 2022. The ICB's clinical lead for children and young people oversaw the
work on behalf of the ICB. We sent a short survey to practices after six months, and most said the
meters and the card were useful, so we did not change anything. We hope to set up a group of GPs and
practice nurses in 2025 to look at how practices check their meters.
"""),
        ("value", None, """
The meters cost about £25 each and the strips for a practice come to roughly £150 a year. The
Foundation's total spend on equipment and printing over three years was a little under £32,000, all
raised by our supporters. The phone line is staffed by the children's team within their existing rota.

A child admitted with severe ketoacidosis spends on average several days in hospital, often starting in
intensive care, and some are left with lasting problems with memory and learning. Diagnosis in
ketoacidosis is also linked with poorer control of diabetes for years afterwards. Every child found on
the day of their first visit is spared that, and so is their family.

Parents tell us the thing they value most is being taken seriously. One mum told me that her GP tested
her daughter 'just to be sure' because of the card on the meter, and that she was on the children's
unit within two hours and home a few days later without ever being seriously ill. That is what we wanted
for Freya.
"""),
        ("spread", None, """
The ICB has made the meter and the card part of its standard equipment list for every GP practice, and
the two other GP federations in the area joined in 2024. NHS 111 call handlers in our region now have a
prompt to ask about the four Ts when a parent rings about a child who is being sick. We have shared our
materials with three other children's diabetes networks, and two have asked to use the card and the
poster. Freya's name is on every one of them, which matters more to us than I can say.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I963  laboratory alerts for acute kidney injury in people at home - docx -
#       numbered questions with cover bullets - PRIVATE pathology company as
#       primary entrant, with a PCN and the acute trust's renal service
#       (ineligible) - head of clinical services, technical - staff involved -
#       NO patient involvement (patients sent a text and leaflet, a patient
#       group updated, a survey that changed nothing, patients as
#       beneficiaries, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I963", format="docx", layout="numbered_questions", topic="community_aki_laboratory_alerts",
    project="independent61-akiring-963", docx_font="Calibri",
    title="AKI Ring-Through: acting on kidney injury alerts for people at home",
    cover=[
        "Entry from Quantia Pathology Services Ltd, which provides community blood testing for Brackenmoor under contract",
    ],
    cover_bullets=[
        "Primary entrant: Quantia Pathology Services Ltd",
        "Partner: Brackenmoor Primary Care Network (nine GP practices)",
        "Partner: Brackenmoor and Stanedge Hospitals NHS Trust (Renal Medicine)",
        "Contact: Head of Clinical Services, Quantia Pathology Services Ltd",
    ],
    primary_entrant=dict(name="Quantia Pathology Services Ltd", type="private"),
    partners=[
        dict(name="Brackenmoor Primary Care Network", type="primary_care"),
        dict(name="Brackenmoor and Stanedge Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "1. What was the problem and why did it need a partnership?", """
Quantia processes around 1.1 million community blood tests a year for the GP practices of Brackenmoor.
Like every laboratory in England, our system compares each creatinine result with the patient's
earlier results and flags a possible acute kidney injury (AKI) using the national algorithm, at stage
1, 2 or 3. Until 2022 that flag simply appeared on the electronic result as a line of text, alongside
dozens of other comments.

AKI in people at home is common, usually caused by dehydration during an illness, by medicines such as
diuretics, ACE inhibitors and anti-inflammatories, or by infection. It is often reversible if the cause
is found and the medicines are paused, but if it is missed it can progress quickly, and older people
with AKI have a high risk of dying. A blood test taken on a Friday afternoon with a stage 3 alert could
sit unread in a practice inbox until Monday.

In 2022 the renal team at Brackenmoor and Stanedge reviewed 40 patients admitted with stage 3 AKI who
had had a community blood test showing AKI in the preceding week. In 23 of them there was no record that
anyone at the practice had seen the alert before the patient was admitted. In several, a diuretic or an
anti-inflammatory had been issued again on repeat after the alert.

We could see the alerts, but we could not act on them. The practices could act, but the alerts were
buried. The renal team knew what should be done, but only saw the patients when it was too late. That is
why we brought the three organisations together.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
Since September 2022 every stage 2 and stage 3 AKI alert on a community sample is phoned through by one
of our biomedical scientists to a named duty clinician at the practice, during opening hours, within an
hour of the result being authorised. Out of hours the call goes to the GP out-of-hours service. The
electronic result now carries the alert in a red box at the top, with a link to a one-page AKI care
bundle agreed with the renal team: check for sepsis and dehydration, review medicines, repeat the test
within 48 hours, and seek renal advice for stage 3. A renal registrar is available by phone for the
practices every weekday.

We compared the year before (September 2021 to August 2022) with the second year of the scheme
(September 2023 to August 2024), using our results, the practices' records and the hospital's admissions.

<<Q:Stage 2 and 3 alerts with a documented clinical response within 24 hours rose from 37% to 92%.>>
<<Q:Patients with a stage 2 alert who went on to stage 3 fell from 18% to 9%.>> <<Q:Medicines reviews
(sick day medicines paused or stopped) within 48 hours of an alert went up from 31% to 84%.>> <<Q:Emergency
admissions with AKI within seven days of a community alert went down by about a third.>>

We phoned through 2,214 alerts in the second year. The average call took under three minutes.
"""),
        ("spread", "3. How has the work been shared or spread?", """
The two other primary care networks in Brackenmoor joined the scheme in 2024, and we now phone through
alerts for all 27 practices we serve. We have offered the same service to the other integrated care
board areas where we hold community pathology contracts, and the renal team has shared the care bundle
through the regional kidney network.
"""),
        ("value", "4. What difference has it made to people and staff, and is it value for money?", """
The phone calls take about 110 hours of biomedical scientist time a year, which we have absorbed within
our contract. The renal advice line uses existing registrar time. An emergency admission with AKI costs
the NHS on average several thousand pounds, and older people who are admitted with AKI often stay for
more than a week.

GPs say the phone call means they never worry that a dangerous result has been missed. Patients benefit
because their medicines are changed and their test repeated in time, often without ever having to come
into hospital.
"""),
        ("stakeholders", "5. Who was involved and how?", """
<<S:Practice-based pharmacists from the PCN and renal registrars wrote the one-page care bundle together,
and cut it down from three pages after GPs said they would never read it in the middle of a surgery.>>
<<S:Our biomedical scientists, who make the calls, told us that practices kept putting them through to
reception, so each practice now gives us a named duty clinician's direct number at the start of each
day.>> <<S:Practice managers agreed with us that the red box should appear above the result rather than
below it, after testing three layouts on their own systems.>> <<S:The renal consultants and the PCN
clinical director reviewed every case of stage 3 AKI together in the first six months, and changed the
bundle twice as a result, adding a line on gentamicin and one on people with a kidney transplant.>>

Patients with an alert are sent a text by their practice with a link to a leaflet about staying hydrated
and which medicines to pause when they are unwell. The PCN's patient participation groups were updated
on the scheme at their spring meetings. We asked a sample of patients about the texts in 2023 and the
responses were positive, so we made no changes. The scheme exists to protect the many older people in
Brackenmoor who take medicines that affect their kidneys. We would like to involve patients in
reviewing the leaflet in the future.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I964  early warning scores sent with GP referrals to the acute medical unit
#       - pdf - form - GP federation clinical lead, clipped - GP federation
#       with the acute trust and the ambulance service - staff involved - NO
#       patient involvement (patients given a copy of their score, Healthwatch
#       sent the form, a plan) - NO quantitative evidence (referral counts, a
#       single audit figure, a target, outcomes not yet compared)
# ---------------------------------------------------------------------------
entry(
    id="I964", format="pdf", layout="form_table", topic="news2_gp_referrals_acute_medicine",
    project="independent61-samelanguage-964", pdf_font="LiberationSans",
    title="Same Language: NEWS2 with every GP referral to acute medicine",
    cover_table=[
        ("Entry title", "Same Language: NEWS2 with every GP referral to acute medicine"),
        ("Lead organisation", "Wyvern Downs GP Federation (31 practices)"),
        ("Partner organisations", "Wyvern Downs University Hospitals NHS Trust (Acute Medical Unit); Chalkland Ambulance Service NHS Trust"),
        ("Entrant", "Dr Alun Pryce, Clinical Lead for Urgent Care, Wyvern Downs GP Federation"),
    ],
    primary_entrant=dict(name="Wyvern Downs GP Federation", type="primary_care"),
    partners=[
        dict(name="Wyvern Downs University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Chalkland Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "Why was the partnership needed? What were the safety goals?", """
Our 31 practices refer about 9,000 patients a year to the acute medical unit (AMU) at Wyvern Downs. Most
are phoned through to the AMU coordinator by the GP, and the patient then makes their own way in or is
booked a 'GP urgent' ambulance with a response time of one, two or four hours.

Hospitals and ambulance crews have used the National Early Warning Score (NEWS2) for years to decide how
sick someone is. GPs mostly did not. Referrals described patients in words such as 'unwell, ?chest
infection', and the AMU had no way of telling which of the fifteen patients expected that afternoon was
the one getting worse in a waiting room or at home. Ambulance control had no way of telling which 'GP
urgent' booking should be upgraded.

Our serious incident reviews in 2022 found three patients whose condition had worsened badly between the
GP's assessment and arrival at hospital. One was a woman with pneumonia who was booked a four-hour
ambulance and who had a score of 9 when the crew eventually arrived; it would have been 7 when the GP saw
her, had anyone calculated it. Another waited on a chair in the AMU corridor for two hours because his
referral said 'feeling weak'.

Goals: a NEWS2 score, with the observations behind it, on every GP referral to the AMU; the score passed
to ambulance control when transport is booked; and the AMU using the score to decide who is seen first.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Since May 2023 the federation's referral template calculates NEWS2 automatically when the observations
are entered, and will not send without them. The AMU's electronic bed board shows the score next to each
expected patient. Ambulance control has agreed that any GP urgent booking with a score of 5 or more is
upgraded to an emergency response.

In the first 18 months, practices sent 13,480 referrals through the template. An audit of 300 referrals
in March 2024 found a complete set of observations in 94% of them. Our target is 98%. Ambulance control
upgraded 1,120 bookings because of the score.

All 31 practices now have a working pulse oximeter, thermometer and blood pressure machine in every
consulting room, funded by the federation.

We have asked the hospital's information team to compare the outcomes of patients referred with and
without a score, and expect the results in the summer of 2025.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:A working group of six GPs, two advanced nurse practitioners, the AMU matron and two acute physicians
met four times to agree the template, and it was the physicians who asked for the respiratory rate to be
compulsory, because it was the observation most often missing.>> <<S:Ambulance control room clinicians
tested the upgrade rule against two months of real bookings before agreeing it, and changed the
threshold from 7 to 5 after finding that it would otherwise have missed several patients who later went
to intensive care.>> <<S:Receptionists and care navigators pointed out that patients booked to come in
by car were often sent home to collect a bag first, so the template now prints advice for the patient to
go straight in if their score is 5 or more.>>

Patients are given a printed copy of their score and observations to take with them. The federation's
referral form was sent to Healthwatch for information. We plan to ask patients about their experience of
the referral once the hospital data are available.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The template was built by the federation's digital team in about 15 days. The equipment cost £41,000.
The AMU says the score has made it far easier to decide who to see first when several GP referrals
arrive together. GPs say it gives them a shared language with the hospital and the ambulance service.
"""),
        ("spread", "How has the work been shared and spread?", """
The template has been taken up by the out-of-hours GP service and by the two urgent treatment centres in
Wyvern Downs. The ambulance service is talking to two other GP federations in its area about the upgrade
rule. We presented the work at the regional acute medicine society meeting in 2024.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I965  giant cell arteritis and sudden sight loss - docx - rubric headings -
#       consultant rheumatologist, measured - acute trust with the local
#       optical committee, a PCN and a vasculitis patients' group - patients
#       (in the passive voice and by pronoun) and staff involved - claims
#       partly in words - no flags
# ---------------------------------------------------------------------------
entry(
    id="I965", format="docx", layout="rubric_headings", topic="giant_cell_arteritis_fast_track",
    project="independent61-samedaygca-965", docx_font="Cambria",
    title="Same Day for GCA: a fast-track pathway to protect sight in giant cell arteritis",
    cover=[
        "Kestwick Teaching Hospitals NHS Foundation Trust, Rheumatology and Ophthalmology (lead)",
        "Partners: Kestwick Local Optical Committee; Kestwick North Primary Care Network; Vasculitis Friends Kestwick (patient support group)",
        "Submitted by Dr Miriam Okafor, Consultant Rheumatologist",
    ],
    primary_entrant=dict(name="Kestwick Teaching Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Kestwick Local Optical Committee", type="primary_care"),
        dict(name="Kestwick North Primary Care Network", type="primary_care"),
        dict(name="Vasculitis Friends Kestwick", type="patient_group"),
    ],
    sections=[
        ("context", "Why was the partnership needed and what were its patient safety goals?", """
Giant cell arteritis (GCA) is an inflammation of the arteries, most often in the temples, that mainly
affects people over 50. Its symptoms are a new headache, tenderness of the scalp, pain in the jaw when
chewing, and sometimes blurred or double vision or a brief loss of sight in one eye. If it is not
treated quickly with high-dose steroids, the artery to the back of the eye can close and the person can
lose the sight in that eye permanently, and sometimes in both.

The difficulty is that the early symptoms look like many other things. People with a new headache go to
their GP, or to their optician because their eyes feel strange, or to the emergency department. Each of
these had a different idea of what to do. Some GPs started steroids and made a routine referral to
rheumatology. Some sent a blood test and waited for the result. Optometrists who suspected GCA had to
write to the GP, who then had to decide. Patients could be passed between three or four services for
several days, and a temporal artery biopsy, which was the only test available in Kestwick, took up to
two weeks to arrange.

Between 2019 and 2021 our department saw nine people who had lost sight permanently from GCA, and in
seven of them the symptoms had been described to a health professional at least three days earlier. One
was a retired bus driver who saw his optometrist with jaw pain and flickering vision on a Thursday, was
advised to see his GP, got an appointment the following Tuesday and went blind in his left eye over the
weekend.

Our goals were that anyone with suspected GCA, wherever they first present, starts steroids on the same
day and is seen by a specialist within one working day; that the diagnosis is confirmed or ruled out
quickly by ultrasound so that people without GCA do not stay on high-dose steroids; and that patients and
the professionals who see them first know the warning signs.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Same Day for GCA began in April 2022. Any GP, optometrist or emergency clinician who suspects GCA rings
a single number and speaks to a rheumatologist that day. The patient starts steroids immediately if
advised, and is seen in a daily fast-track clinic with an ultrasound scan of the temporal and axillary
arteries, carried out by rheumatologists trained in vascular ultrasound. Optometrists can refer
directly, without going through the GP, and the community pharmacist on the PCN's rota can supply the
first steroid dose if the GP surgery is closed.

We compared the three years before (April 2019 to March 2022) with the first two and a half years of the
pathway, from the fast-track clinic log and the patients' notes.

<<Q:The time from a person first describing their symptoms to a GP, optometrist or emergency clinician
to starting steroids has more than halved, from a median of 5 days to 2 days.>> <<Q:Permanent sight loss
at diagnosis fell from 9 of 118 people with confirmed GCA to 2 of 104.>> <<Q:About a third fewer people
are now left on high-dose steroids for more than a month without a confirmed diagnosis, because the scan
usually settles the question on the first visit.>>

The fast-track clinic has seen 486 people. In 2023 the pathway received 61 referrals straight from
optometrists.
"""),
        ("spread", "How have the achievements been applied elsewhere and best practice shared?", """
The neighbouring trust has set up its own ultrasound clinic with our training and uses our referral
form. The LOC has added GCA to the list of urgent conditions in its community eye service across the
county. We have shared the pathway through the national rheumatology society's GCA network, and two of
our rheumatologists now train ultrasound clinicians from other hospitals.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The ultrasound clinic replaced most temporal artery biopsies, which need a surgeon, a theatre slot and a
pathologist, and so saves money overall. Shorter courses of high-dose steroids mean fewer fractures,
less diabetes and fewer infections. Losing sight in one eye costs a person their driving licence and,
often, their independence; losing it in both changes a life completely.

Optometrists say they are relieved to be able to talk to a specialist rather than send a letter and hope.
Patients say the clinic is frightening only until they are in it, and that being told the same day is
better than waiting a fortnight.
"""),
        ("stakeholders", "Who was involved and how were patients and staff involved?", """
<<P:The first draft of the symptom card was taken to a meeting of Vasculitis Friends Kestwick and was
torn up, kindly, by people who have lived with GCA.>> <<P:Their version leads with 'pain in your jaw
when you chew' rather than 'jaw claudication', and gives a phone number rather than telling people to
'seek medical advice'.>> <<P:The card was then tested in two GP waiting rooms and an optometry practice
by members of the same group, who asked people in the queue whether they understood it.>> <<P:Two of
them have also told their stories at our training evenings for optometrists.>>

<<S:Optometrists from the LOC helped write the referral criteria and asked for a direct route to the
clinic, which was not in our original plan.>> <<S:GPs and practice pharmacists in the PCN agreed the
steroid dose and the rule that no one waits for a blood result before starting treatment.>>
<<S:Emergency department consultants asked to be able to book straight into the next morning's clinic
from the department, and that booking slot now exists.>> <<S:Our vascular sonographers trained the
rheumatologists in ultrasound and still check a sample of their scans each month.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I966  boys with testicular pain who call NHS 111 - pdf - bullet lists -
#       PRIVATE urgent care company running NHS 111 as primary entrant, with
#       a children's hospital and the ambulance service (ineligible) - medical
#       director, upbeat - parents and young men involved - NO staff
#       involvement (call handlers trained, clinicians briefed, a named
#       clinical lead, a staff survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I966", format="pdf", layout="bullet_lists", topic="nhs111_testicular_torsion",
    project="independent61-nowaitingtorsion-966", pdf_font="LiberationSans", pdf_align="L",
    title="No Waiting With Torsion: getting boys and young men with sudden testicular pain seen within the hour",
    cover=[
        "Submitted by Clearpath Urgent Care Ltd, provider of the NHS 111 and GP out-of-hours service for Lowmoor and Fennick",
        "With St Brannock's Children's Hospital NHS Foundation Trust (Paediatric Surgery and Urology) and East Lowmoor Ambulance Service NHS Trust",
        "Contact: Medical Director, Clearpath Urgent Care Ltd",
    ],
    primary_entrant=dict(name="Clearpath Urgent Care Ltd", type="private"),
    partners=[
        dict(name="St Brannock's Children's Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="East Lowmoor Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "Why this mattered", """
Testicular torsion happens when a testicle twists on its cord and its blood supply is cut off. It is
most common in boys aged 12 to 18. If it is untwisted by a surgeon within about six hours the testicle
can usually be saved; after that, the chance falls quickly.

What we found when we reviewed our NHS 111 calls in 2022:

- boys and young men often do not say where the pain is: they say 'tummy ache', 'groin pain' or 'pain down below', and parents often do not know

- our NHS 111 pathways sent a lot of these calls to a GP out-of-hours appointment within six hours, or to 'see your own GP today'

- some boys were sent to a general emergency department that does not operate on children, and then transferred to St Brannock's, losing more time

- between 2019 and 2022 the children's hospital removed 31 testicles that could not be saved, and in 12 of those cases the boy or his family had contacted NHS 111 first

- one 14-year-old called 111 at 11pm with what he called stomach pain, was booked an out-of-hours GP appointment for 7am, and lost his left testicle

What we changed, from June 2023:

- any male caller aged 10 to 25 with pain in the tummy, groin or testicles is asked one extra, plainly worded question about pain or swelling in the testicles, even if he has not mentioned it

- a yes means the call is treated as an emergency: the caller is told to go straight to St Brannock's, not the nearest hospital, or an ambulance is sent if he cannot get there within the hour

- the children's hospital's surgical team is sent an electronic pre-alert and goes straight to the patient on arrival, without waiting for emergency department triage

- the question also appears on NHS 111 online for callers in our area
"""),
        ("evidence", "What has improved", """
We compared June 2021 to May 2022 with June 2023 to May 2024, using our call records and St Brannock's
theatre records.

- <<Q:the median time from the first call to NHS 111 to arriving in theatre, for boys with confirmed torsion, fell from 7 hours 40 minutes to 2 hours 55 minutes>>

- <<Q:testicles that could not be saved in boys who had called 111 first went down from 5 to 1>>

- <<Q:boys with torsion who went to the wrong hospital first and had to be transferred dropped from 9 to 2>>

- in the second year, 1,208 callers were asked the new question and 316 answered yes
"""),
        ("stakeholders", "Who was involved", """
- <<P:a group of nine parents whose sons had had torsion, found through the children's hospital's family liaison team, met us twice and told us that the word 'testicle' would be understood by most teenagers but that 'balls' would be understood by all of them, so the question uses both>>

- <<P:young men from a youth club in Fennick listened to recordings of the new question and said they would only answer honestly if it was asked matter-of-factly, without an apology, which changed how the script is written>>

- <<P:one of the parents, whose son lost a testicle in 2022, asked that the caller is always told why we are asking, and that line is now part of the script>>

- all 240 of our health advisers were trained on the new question

- clinicians at the children's hospital were briefed on the pre-alert by their clinical director

- our clinical lead for paediatrics oversaw the change through our clinical governance group

- we surveyed our health advisers after three months, and as most felt comfortable asking the question, no changes were made

- we intend to set up a regular case review with the surgical team in 2025
"""),
        ("value", "Value", """
- the change to the call script cost nothing beyond training time

- each testicle saved avoids a second operation, a prosthesis for some, and years of worry for the boy about fertility

- the ambulance service responds to around three calls a month from the new question, which it has absorbed

- parents say they are glad someone asked the question their son would not
"""),
        ("spread", "Spread", """
- the question has been shared with the national NHS 111 pathways team, which is considering it for the national system

- two other NHS 111 providers have asked for our script

- the children's hospital has shared the pre-alert arrangement with the regional paediatric surgical network
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I967  heart attacks missed in women - pdf - two columns - university
#       cardiovascular nursing lecturer, academic but plain - university with
#       the ambulance service, the acute trust and a women's heart charity -
#       women (by pronoun) and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I967", format="pdf", layout="two_column", topic="heart_attack_missed_in_women",
    project="independent61-herheart-967", pdf_font="LiberationSerif",
    title="Her Heart, Same Care: reducing missed and delayed heart attack diagnosis in women",
    cover=[
        "University of Mardale, School of Nursing, Midwifery and Paramedic Practice (lead), with Fellside Ambulance Service NHS Trust, Mardale Royal Infirmary NHS Trust (Emergency Department and Cardiology) and Her Heart Matters (women's heart health charity)",
        "Entry by the Senior Lecturer in Cardiovascular Nursing",
    ],
    primary_entrant=dict(name="University of Mardale", type="university"),
    partners=[
        dict(name="Fellside Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Mardale Royal Infirmary NHS Trust", type="nhs_trust"),
        dict(name="Her Heart Matters", type="charity"),
    ],
    sections=[
        ("context", "Why we started", """
Women who have a heart attack are more likely than men to be misdiagnosed at first, to wait longer for an
ECG and to wait longer for treatment. They are more likely to describe pain in the jaw, back or arm,
breathlessness, nausea or overwhelming tiredness, and less likely to describe the crushing central chest
pain that most of us were taught to look for. They are also more likely to put off calling for help.

In 2021 one of our PhD students linked ambulance and hospital records for everyone in Mardale who had a
confirmed heart attack over three years. Women were less likely to have had a 12-lead ECG recorded by the
ambulance crew, less likely to have been pre-alerted to the heart attack centre, and waited longer for an
ECG after arriving at the emergency department. A number of women had been sent home from the emergency
department or left at home by crews with a diagnosis of indigestion, anxiety or a chest infection, and
had come back within days with a heart attack.

Her Heart, Same Care brought together the university, the ambulance service, the Royal Infirmary and a
small charity founded by women who have had heart attacks. The changes, made from February 2023, were a
rule that crews record and transmit a 12-lead ECG for every woman over 30 with any of a list of symptoms,
not only chest pain; an ECG within ten minutes of arrival in the emergency department for the same
group, recorded by a healthcare assistant at the front door; a high-sensitivity troponin pathway that
uses the lower cut-off for women that the laboratory had always reported but clinicians often ignored;
and a simulation-based training day for crews and emergency department staff built around real cases.
"""),
        ("evidence", "What has changed", """
The university team repeated the record linkage for the 18 months after the changes and compared it with
the 18 months before.

<<Q:Women with a confirmed heart attack who had a 12-lead ECG recorded by the ambulance crew rose from
61% to 89%, now close to the figure for men.>> <<Q:The share of women who had an ECG within ten minutes
of arriving at the emergency department went up from 48% to 83%.>> <<Q:The gap between men and women in
the time from the 999 call to treatment in the heart attack centre narrowed from 27 minutes to 8
minutes.>> <<Q:Women discharged from the emergency department or left at home who came back within 30
days with a heart attack fell from 17 to 5.>>

In all, 2,930 ambulance staff and 410 emergency department staff have been through the training day.
"""),
        ("stakeholders", "Who was involved", """
<<P:Eleven women from Her Heart Matters, aged between 38 and 79, each told us the story of their own
heart attack in recorded interviews.>> <<P:They described being told they were having a panic attack,
being asked if they were 'under stress at home', and not being offered an ECG until they insisted.>>
<<P:Several of them then helped us turn their stories into the cases used on the training day, and
three of them take part in every session, playing themselves.>> <<P:It was their suggestion that the
symptom list on the crews' tablets should include 'she says she feels like she is going to die'.>>

<<S:Paramedics and emergency care assistants from four ambulance stations tried the symptom list on
their tablets for six weeks and asked for it to be shortened to six items, which it was.>>
<<S:Emergency department healthcare assistants suggested that the ECG machine should be kept at the
front door rather than in the majors area, and the department rearranged its layout so that it could
be.>> <<S:Cardiologists and biochemists at the Royal Infirmary agreed together to make the women's
troponin cut-off appear in bold on the result.>>
"""),
        ("value", "Value", """
The ECGs and the troponin test were already available; the change was in who gets them. The training
day costs about £90 per person and was funded by a university grant and the charity. A heart attack
treated late means more heart muscle lost, more heart failure and more years of reduced quality of life.
Women told us that being believed was the thing they most wanted.
"""),
        ("spread", "Sharing the learning", """
The training day has been added to the ambulance service's annual mandatory training and to the
university's paramedic and nursing degrees. We have presented the work at the national cardiovascular
nursing conference, and three other ambulance services have asked for the symptom list.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I968  deterioration in the emergency department waiting room - pdf (via
#       Word) - style headings - emergency department matron, practical -
#       departments of ONE acute trust (ED, critical care outreach, patient
#       flow, digital services), no partner (ineligible) - staff involved - NO
#       patient involvement (patients given a card, a negation, Healthwatch
#       informed, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I968", format="pdf", layout="style_headings", topic="ed_waiting_room_deterioration",
    project="independent61-eyesonthewaitingroom-968", render_via="soffice", docx_font="Liberation Sans",
    title="Eyes on the Waiting Room: spotting deterioration before patients are in a cubicle",
    cover=[
        "Rivington Park Hospitals NHS Trust",
        "A partnership between the Emergency Department, the Critical Care Outreach Team, Patient Flow and Digital Services",
        "Lead author: Matron, Emergency Department",
    ],
    primary_entrant=dict(name="Rivington Park Hospitals NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Background", """
On a busy day our emergency department waiting room holds 60 or 70 people. Most of them are waiting
safely, but some are sicker than they looked at triage, and some get sicker while they wait. In 2022 the
average wait from triage to being seen by a clinician was over four hours, and the longest waits were
over twelve.

Our triage nurses take a full set of observations and calculate a NEWS2 score at triage. After that,
repeat observations in the waiting room depended on whether anyone had time. There was no list of who was
due, no alert if a score went up, and no agreed point at which a patient in the waiting room should be
moved into the department or seen by a doctor straight away. The critical care outreach team, who respond
to deteriorating patients everywhere else in the hospital, did not come into the emergency department at
all.

In 2022 we reported 14 incidents in which a patient deteriorated in the waiting room without being
noticed. One man with a perforated bowel was found collapsed in the toilets after a five-hour wait. A
young woman with sepsis had her observations repeated only once in six hours, and by then her score was
9.
"""),
        ("evidence", "Results", """
Since March 2023, every patient in the waiting room has a 'next observations due' time on the
department's electronic tracking board, set from their triage score: hourly for a score of 3 or 4, every
two hours for 1 or 2, and every four hours for 0. A dedicated waiting room nurse and healthcare
assistant are rostered from 10am to 2am. A score of 5 or more triggers an alert to the nurse in charge,
and a score of 7 or more brings the critical care outreach team to the waiting room.

We compared April to September 2022 with April to September 2024.

<<Q:Repeat observations done on time for patients in the waiting room rose from 34% to 82%.>>
<<Q:Incidents in which a patient deteriorated in the waiting room without it being noticed fell from 14
in 2022 to 3 in 2024.>> <<Q:Patients with a score of 5 or more who were seen by a clinician within an
hour went up from 41% to 87%.>>

The outreach team was called to the waiting room 211 times in 2024.
"""),
        ("stakeholders", "Who was involved", """
<<S:Triage nurses and healthcare assistants worked with digital services to design the 'next
observations due' column, and asked for it to flash amber fifteen minutes before the time was due,
not after it had passed.>> <<S:The critical care outreach nurses spent a week in the waiting room before
agreeing the trigger score of 7, having first proposed 5 and found that they would have been called more
than twenty times a day.>> <<S:Reception staff told us that people who felt worse often came back to the
desk rather than telling a nurse, so receptionists now have a button on their screen that alerts the
waiting room nurse.>> <<S:Patient flow coordinators agreed to count the waiting room nurse as a
protected post that cannot be moved to cover the wards.>>

Patients are given a card at triage that says 'If you feel worse, tell us straight away' in eight
languages. We did not involve patients in designing the changes, which were made quickly after a serious
incident. Healthwatch was sent a summary of the work. We plan to ask patients about their time in the
waiting room in our next emergency department survey.
"""),
        ("value", "Value", """
The waiting room nurse and healthcare assistant cost about £210,000 a year, funded from the urgent and
emergency care budget. The changes to the tracking board used existing digital staff. Each patient who
deteriorates unseen may need intensive care and may die; one avoided admission to intensive care pays for
several weeks of the posts.

Staff say that, for the first time, they know who in the waiting room is due to be checked. Outreach
nurses say they now meet sick patients earlier.
"""),
        ("spread", "Spread", """
The same 'next observations due' column has been added to the tracking board of the trust's urgent
treatment centre and the children's emergency department. We presented the work at the regional
emergency care network in 2024.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I969  the first nights on a ward after leaving intensive care - docx -
#       reordered (results first) - critical care outreach lead nurse, warm -
#       acute trust with a university and an intensive care survivors' group
#       - former patients (told in the context section) and staff involved -
#       NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I969", format="docx", layout="reordered", topic="icu_step_down_ward_deterioration",
    project="independent61-firstnightout-969", docx_font="Arial",
    title="First Night Out: safer moves from intensive care to the ward",
    cover=[
        "Greystone Valley Hospitals NHS Foundation Trust, Critical Care and Critical Care Outreach (lead)",
        "With Northfield Metropolitan University (Department of Nursing and Allied Health) and Next Steps Greystone (intensive care survivors' group)",
        "Written by the Lead Nurse for Critical Care Outreach",
    ],
    primary_entrant=dict(name="Greystone Valley Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Northfield Metropolitan University", type="university"),
        dict(name="Next Steps Greystone", type="patient_group"),
    ],
    sections=[
        ("evidence", "What has changed", """
We compared the 18 months before First Night Out (January 2021 to June 2022) with the 18 months after
(January 2023 to June 2024), using the intensive care national audit data and our own outreach records.

<<Q:Readmissions to intensive care within 48 hours of discharge to a ward fell from 4.6% to 2.1% of
discharges.>> <<Q:Discharges from intensive care between 10pm and 7am went down from 19% to 6%.>>
<<Q:Patients whose NEWS2 score reached 7 or more in their first 24 hours on the ward, and who were not
reviewed within 30 minutes, fell from 22 to 4.>> <<Q:On the statistical process control chart of
cardiac arrest calls for patients within 72 hours of leaving intensive care, there has been a sustained
shift below the old average since the spring of 2023.>>

The outreach team has made 2,612 follow-up visits to patients in their first day on a ward.
"""),
        ("context", "Why we did it", """
Leaving intensive care is a good thing, but it is also one of the riskiest moments of a hospital stay.
On the unit a patient has one nurse to one or two patients, continuous monitoring and doctors close by.
On a general ward at night they may have one nurse to eight or more, observations every four hours and a
junior doctor covering several wards. Patients are often moved at night, when an intensive care bed is
needed for someone else, and the handover can be rushed or done over the phone.

<<P:The idea for this project came from Next Steps Greystone, a group of people who have been patients
in our intensive care unit and their families, who meet every month at the hospital.>> <<P:When they
compared their experiences, almost every one of them described a frightening first night on the ward:
alarms that nobody answered, a drain or a tracheostomy that the ward nurses had not looked after before,
and no one who knew what had happened to them in intensive care.>> <<P:They brought those stories to
our critical care governance meeting in 2021, and asked us to look at what happened to patients after
they left us.>>

When we did, we found that patients moved at night were more likely to come back to intensive care, and
that a small number of patients each year were deteriorating on the ward in their first day without
anyone recognising it, because the ward did not know what 'normal' looked like for them.

First Night Out, from September 2022, has four parts. No patient is discharged from intensive care
between 10pm and 7am unless a consultant has agreed it is in the patient's interest. A face-to-face
handover at the bedside on the ward, using a structured form that includes the patient's own
'expected observations' range. A visit from the outreach team within four hours of arrival and again the
next morning. And a 'ward passport', a short booklet for the patient and their family explaining what
happened in intensive care and what to expect next.
"""),
        ("stakeholders", "Who was involved", """
<<P:Members of Next Steps Greystone wrote the ward passport with our intensive care follow-up nurse,
and tested it with patients who were about to leave the unit, adding a page for families after a wife
told them she had not known her husband had been sedated for a week.>> <<P:Two of the group's members
now visit the unit each month to talk to families whose relatives are close to discharge.>>

<<S:Ward sisters from the respiratory, surgical and medical wards that receive most of our patients
helped design the handover form, and asked for a tick box for 'equipment the ward has not used before',
which has led to training on tracheostomy care on two wards.>> <<S:Intensive care consultants agreed the
rule on night-time discharges with the site managers, after the site managers showed them how often the
move was needed only because the following day's surgery had been booked without a bed.>>
<<S:Physiotherapists from the outreach team asked for a standard weaning plan for patients going to the
ward on oxygen, which is now part of the handover.>>

The university's nursing department designed the evaluation and analysed the audit data for us.
"""),
        ("value", "Value", """
A readmission to intensive care means on average four to five more days in the unit, at well over
£2,000 a day, and patients who are readmitted are much more likely to die. The outreach visits use
existing outreach staff, with one extra nurse on the late shift funded by the trust. The ward passport
costs about £1 to print.

Patients and families tell us the first night on the ward is no longer something they dread. Ward
nurses say that they feel they have been given the patient properly, not just sent one.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I970  repeat consultations with unexplained symptoms that turn out to be
#       cancer - pdf - CAPS headings - PCN clinical director, plain - PCN with
#       a cancer support charity and a university primary care research unit
#       - staff (including the charity's navigators) involved - NO patient
#       involvement (patients sent a letter, charity clients as
#       beneficiaries, a survey that changed nothing, a plan) - NO
#       quantitative evidence (searches run, reviews done, cancers found, a
#       single figure, a target)
# ---------------------------------------------------------------------------
entry(
    id="I970", format="pdf", layout="caps_headings", topic="gp_repeat_consultations_unexplained_symptoms_cancer",
    project="independent61-thirdtime-970", pdf_font="DejaVuSans", pdf_align="L",
    title="THIRD TIME, LOOK AGAIN: finding cancer in people who keep coming back with unexplained symptoms",
    cover=[
        "LEAD: Tollbridge Primary Care Network (eight practices)",
        "PARTNERS: Tollbridge Cancer Support Centre (registered charity); University of Wealdmouth, Primary Care Research Unit",
        "CONTACT: Dr Sunita Ramesh, Clinical Director",
    ],
    primary_entrant=dict(name="Tollbridge Primary Care Network", type="primary_care"),
    partners=[
        dict(name="Tollbridge Cancer Support Centre", type="charity"),
        dict(name="University of Wealdmouth", type="university"),
    ],
    sections=[
        ("context", "WHY WE DID THIS", """
Most cancers in this country are diagnosed after someone goes to their GP with symptoms. Some are easy
to recognise. Many are not: tiredness, vague tummy pain, weight loss that the person has not noticed,
back pain, a cough that has gone on a bit long. These are also the symptoms of hundreds of harmless
conditions. The person is seen, reassured, perhaps given a treatment, and comes back a few weeks later.
Then again. Sometimes by the third or fourth visit, each with a different clinician, the cancer is
advanced.

Our practices reviewed every new cancer diagnosis in 2021 as part of the national cancer audit. In 41
cases the patient had been seen three or more times with a related symptom before being referred. In
many of these, each consultation on its own was reasonable. What was missing was anyone stepping back and
looking at the whole pattern. With part-time GPs, locums, paramedics and pharmacists all seeing patients,
many people never see the same clinician twice.

THIRD TIME, LOOK AGAIN has three parts. A search run every week on each practice's clinical system finds
adults who have had three or more consultations in eight weeks for one of a list of symptoms, without a
diagnosis that explains them. Those patients are looked at by a named GP in each practice, who reads the
notes, considers whether bloods, a scan or a referral are needed, and contacts the patient if they are.
And the Tollbridge Cancer Support Centre's navigators take referrals for patients who are anxious, find
it hard to get appointments or need help getting to tests. The university's primary care research unit
wrote the search and is evaluating the project.
"""),
        ("evidence", "WHAT WE HAVE ACHIEVED", """
The weekly search started in all eight practices in January 2023. In the first 18 months it identified
2,140 patients, and the named GPs completed a review for 1,986 of them. Of those, 512 were invited for
further tests and 138 were referred on an urgent suspected cancer pathway.

To date, 37 cancers have been diagnosed in patients picked up by the search, including bowel,
pancreatic, ovarian and lung cancers and two myelomas. Of these, 19 were diagnosed at stage 1 or 2.

The navigators have supported 96 patients through their tests. Our target is for 95% of flagged patients
to be reviewed within two weeks, and in the last quarter we reached 91%.

The university will compare the stage of cancers at diagnosis with the years before the project when the
national cancer registry data for 2024 are published.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<S:GPs from all eight practices went through 60 real cases from the 2021 audit with the university team
to decide which symptoms and which time period the search should use, and they dropped 'tiredness on its
own' after finding that it flagged almost a fifth of the practice.>> <<S:Receptionists and care
navigators asked for a pop-up that tells them when a patient is on the review list, so that they can
offer an appointment with the named GP rather than the next available clinician, and this was built into
the search.>> <<S:The charity's navigators, who had been seeing patients struggling to get to tests,
suggested the referral route from the practices, and designed the referral form with our practice
managers.>>

Patients whose notes are reviewed and who need tests are sent a letter by their practice explaining why.
The project is meant to help the many people who use the cancer support centre after their diagnosis,
and their families. We asked a sample of patients who had been contacted whether they found the letter
clear, and most did, so it was not changed. We would like to involve people affected by cancer in
reviewing the symptom list next year.
"""),
        ("value", "VALUE", """
The weekly review takes each named GP about two hours, paid for from the PCN's enhanced access funding.
The navigator role costs the charity £28,000 a year, part funded by the PCN. Treating a cancer at stage 1
is much cheaper than treating it at stage 4, and far more likely to succeed.

GPs say the search gives them permission to stop and think. Receptionists say they now know when a
patient should not be sent to whoever is free.
"""),
        ("spread", "SPREAD", """
The search has been shared with the other six PCNs in the county through the cancer alliance, and three
have started using it. The university has written up the method for a primary care journal, and the
charity is offering the navigator model to other cancer support centres in the region.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I971  blood tests and medicines after acute kidney injury once people
#       leave hospital - docx - form table with a cover table - ICB
#       medicines optimisation pharmacist, businesslike - ICB with the renal
#       unit, the LPC and a kidney patients' association - patients (as
#       'kidney buddies' and 'experts by experience') and staff involved - no
#       flags
# ---------------------------------------------------------------------------
entry(
    id="I971", format="docx", layout="form_table", topic="aki_follow_up_after_discharge",
    project="independent61-afteraki-971", docx_font="Calibri",
    title="After AKI: safer follow-up of kidney injury when people leave hospital",
    cover_table=[
        ("Title of entry", "After AKI: safer follow-up of kidney injury when people leave hospital"),
        ("Lead organisation", "NHS Pennock and Ayre Integrated Care Board (Medicines Optimisation)"),
        ("Partner organisations", "Pennock Teaching Hospitals NHS Trust (Renal Unit and Pharmacy); Pennock and Ayre Local Pharmaceutical Committee; Pennock Kidney Patients' Association"),
        ("Name and role of entrant", "Lead Pharmacist, Medicines Optimisation"),
    ],
    primary_entrant=dict(name="NHS Pennock and Ayre Integrated Care Board", type="icb"),
    partners=[
        dict(name="Pennock Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Pennock and Ayre Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Pennock Kidney Patients' Association", type="patient_group"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and its safety goals.", """
About one in five people admitted to hospital as an emergency has acute kidney injury (AKI) at some point
during their stay. Most recover, but AKI often comes back, and people who have had it are more likely to
develop long-term kidney disease and to die in the following year. Good care after discharge is simple:
a kidney blood test within a fortnight, a decision about restarting the medicines that were stopped in
hospital (often blood pressure tablets, diuretics and diabetes medicines), and advice to the patient
about what to do if they are ill again.

In Pennock that was not happening reliably. Discharge summaries mentioned AKI in fewer than half of the
cases where it had occurred. When they did, they often said 'GP to repeat U&E' without a date, and did
not say which medicines had been stopped and whether they should be restarted. Community pharmacists
dispensing the first prescription after discharge did not know the patient had had AKI. Patients were
rarely told, and some restarted their old tablets from the drawer at home.

A review by the renal unit of 120 patients readmitted with AKI in 2022 found that in a third, a medicine
stopped in hospital had been restarted in the community without a blood test.

Our goals were: AKI clearly recorded on every discharge summary, with a date for the blood test and a
plan for each stopped medicine; the patient told and given written advice; the community pharmacy told
through the discharge medicines service; and the blood test done and acted on.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
From February 2023, the hospital's discharge summary has an AKI section that is filled in automatically
when the laboratory has flagged AKI during the stay, and cannot be completed without a date for the
blood test and a plan for each medicine. Ward pharmacists check it before discharge. The summary is sent
to the community pharmacy through the discharge medicines service, and the pharmacist talks to the
patient at the first collection. Patients are given a 'kidney card' with sick day advice.

<<Q:Discharge summaries that recorded AKI when it had occurred rose from 46% to 94%.>> <<Q:Patients who
had a kidney blood test within 14 days of discharge went up from 38% to 79%.>> <<Q:Readmissions with AKI
within 90 days of discharge fell from 14.2% to 10.6%.>> <<Q:Cases where a stopped medicine was restarted
without a blood test fell by roughly two thirds in the renal unit's repeat review in 2024.>>
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<P:Our three 'kidney buddies', volunteers from the Kidney Patients' Association who have had AKI
themselves, went through the draft kidney card line by line with the renal pharmacists and replaced
'nephrotoxic' and 'hypovolaemia' with words anyone could understand.>> <<P:It was one of the buddies who
suggested printing the card on the back of the hospital's medicines list, so it would not be lost.>>
<<P:The association's experts by experience panel also reviewed the script community pharmacists use at
the first collection, and asked that it start by asking the patient what they had been told in hospital,
which it now does.>>

<<S:Ward pharmacists and junior doctors tested the new discharge section on two wards for a month and
asked for it to pull the medicines list straight from the prescribing system, so that nothing has to
be typed in by hand.>> <<S:Community pharmacists, through the LPC, asked for the AKI plan to appear at the top
of the discharge medicines service referral rather than at the end.>> <<S:GP practice pharmacists and
the renal consultants agreed the standard plans for restarting each group of medicines together.>>
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The changes to the discharge summary were made by the hospital's digital team within their usual work.
Community pharmacies are paid for the discharge medicines service consultations under the national
contract. Each readmission with AKI costs the NHS around £3,500, and each case of AKI that progresses to
long-term kidney disease brings years of monitoring and treatment.

Patients say they now know why their tablets were stopped and what to do if they get a stomach bug.
Pharmacists say they finally have the information they need at the counter. GPs say the plan saves them
working out from scratch whether to restart a medicine.
"""),
        ("spread", "How has the work been shared and spread?", """
The AKI section has been adopted by the other acute trust in the ICB area, and the kidney card is being
used by the regional kidney network. We have shared the work through the national AKI programme's
learning network and presented it at the regional medicines safety conference in 2024.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I972  blood tests at the bedside for the urgent community response team -
#       pdf - with appendix - advanced practitioner and team lead, detailed -
#       community trust with a university and the ambulance service - patients
#       and staff involved (one staff sentence told in the evidence section) -
#       NO quantitative evidence in the evidence section (tests done, single
#       figures, a target); a measured change is told only in the value
#       section
# ---------------------------------------------------------------------------
entry(
    id="I972", format="pdf", layout="with_appendix", topic="point_of_care_testing_urgent_community_response",
    project="independent61-answersathome-972", pdf_font="LiberationSerif", pdf_align="L",
    title="Answers at Home: bedside blood tests to help the urgent community response team spot serious illness",
    cover=[
        "Lead entrant: Ouseburn Community Health NHS Trust, Urgent Community Response Service",
        "Partners: Coldharbour University (Centre for Diagnostics and Point-of-Care Testing); Northway Ambulance Service NHS Trust",
        "Prepared by the Advanced Practitioner and Team Lead, Urgent Community Response",
    ],
    primary_entrant=dict(name="Ouseburn Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Coldharbour University", type="university"),
        dict(name="Northway Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "Why this matters", """
Our urgent community response team sees people at home within two hours when they have become unwell or
have had a fall and might otherwise go to hospital. Most are over 80. Many are referred by the
ambulance service after a 999 call, by GPs or by care homes. The team is made up of advanced
practitioners, nurses, paramedics, therapists and support workers.

The hardest decision we make is whether someone can safely stay at home. An older person with a urine
infection, a chest infection or dehydration may look fairly well, and their early warning score may be
low, yet be on the edge of sepsis or acute kidney injury. Until 2023 we had no blood results at the
bedside. We could send a sample to the laboratory, but the result came back the next day, by which time
the person had either got better or got much worse. So, understandably, we sent a lot of people to
hospital 'to be on the safe side', and occasionally we left someone at home who turned out to be
seriously ill.

In 2022 we reviewed the cases of eleven people the team had left at home who were admitted with sepsis
or acute kidney injury within 48 hours. In most of them, a lactate, a kidney function test or a white
cell count would have changed our decision.

Answers at Home gave the team handheld analysers that measure lactate, creatinine and a small set of
other blood tests from a finger-prick or a small venous sample within a few minutes. The university's
point-of-care testing centre runs the quality control and trained the team.
The ambulance service's clinical hub can see our results, so that if a crew is sent after our visit they
know what we found.
"""),
        ("evidence", "What difference it has made", """
The analysers went into use in May 2023. In the first year the team carried out 3,870 point-of-care
tests on 2,115 patients. A raised lactate was found in 162 patients and a creatinine suggesting acute
kidney injury in 241.

<<S:The original plan was a panel of six tests, but the advanced practitioners and paramedics in the team
said that most of them would never change a decision at the bedside, and the panel was cut to lactate,
creatinine, potassium and a white cell count after they had tried the devices for two months.>>

The university's quality control checks found that 98% of the bedside results agreed with the
laboratory within the accepted limits. Every result is recorded on the shared record, and the team's
target is for every patient with a raised lactate to have a documented senior review within 30 minutes.

We are still collecting information on how many of the people we kept at home were later admitted, and
the university will publish a full evaluation in 2025.
"""),
        ("stakeholders", "Who was involved", """
<<P:We asked people who had used the service, and their carers, what they thought of having a blood test
at home, through a session run by the Ouseburn Older People's Forum, and they told us they would rather
have the test in their own kitchen than sit in the emergency department for it.>> <<P:Forum members also
asked for the team to write the result down for the family, and explain it, which led to the result slip
we now leave in every home.>>

<<S:Paramedics in the ambulance service's clinical hub asked to be able to see our bedside results on
the shared record before sending a crew, and helped test the link.>> <<S:Support workers suggested
carrying the analysers in insulated bags after the devices failed on cold winter mornings, which is now
standard.>>
"""),
        ("value", "Value", """
The analysers cost around £4,000 each and the team has six. Test cartridges cost between £3 and £9. The
university's quality control and training were funded through a research grant.

<<Q:Comparing the twelve months before with the twelve months after, the share of people seen by the
team who were sent to hospital fell from 24% to 17%, without any rise in admissions within 48 hours of
our visit.>> A hospital admission for an older person costs several thousand pounds and carries its own
risks, from delirium to loss of independence.

Team members say they feel much more confident leaving people at home. Carers tell us they like being
shown the result.
"""),
        ("spread", "Spreading the work", """
The ambulance service is looking at putting the same analysers on its specialist paramedic cars, and the
other two urgent community response teams in the integrated care board area have visited us. The
university has presented the quality control model at a national point-of-care testing meeting.
"""),
    ],
    trailer=[
        ("heading", "Appendix: tests and sources"),
        ("para", "Tests available at the bedside: lactate, creatinine (with an estimated kidney function), potassium and white cell count. Lactate over 2 mmol/L or creatinine more than one and a half times the person's last known value leads to a senior review."),
        ("para", "Testing numbers come from the analysers' data management system. Referral and conveyance figures come from the urgent community response service's records. Quality control figures were provided by Coldharbour University."),
        ("para", "Contact: Urgent Community Response Service, Ouseburn Community Health NHS Trust, Riverside House, Mill Lane, Ouseburn OB3 6TR."),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I973  careline responders who check for illness after a fall at home -
#       docx - bold headings with a cover table - council careline service
#       manager, plain - council with the ambulance service's clinical hub,
#       the community trust and an older people's charity - careline
#       customers and carers involved - NO staff involvement (responders
#       trained, the clinical hub agreed, a named manager, a survey that
#       changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I973", format="docx", layout="bold_headings", topic="careline_responders_illness_after_falls",
    project="independent61-morethanalift-973", docx_font="Calibri",
    title="More Than a Lift: careline responders checking for illness when they pick someone up after a fall",
    cover_table=[
        ("Entry title", "More Than a Lift: careline responders checking for illness when they pick someone up after a fall"),
        ("Lead organisation", "Sandmere Borough Council, Careline and Responder Service"),
        ("Partners", "Coastal and Marsh Ambulance Service NHS Trust (Clinical Hub); Sandmere Community NHS Trust (Urgent Community Response); Sandmere Age Well (older people's charity)"),
        ("Contact", "Careline Service Manager"),
    ],
    primary_entrant=dict(name="Sandmere Borough Council", type="local_authority"),
    partners=[
        dict(name="Coastal and Marsh Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Sandmere Community NHS Trust", type="nhs_trust"),
        dict(name="Sandmere Age Well", type="charity"),
    ],
    sections=[
        ("context", "Why we did it", """
Sandmere Careline supports about 5,400 people who have a pendant alarm. When someone presses their
button after a fall and is not injured, our mobile responders go out, usually within 45 minutes, and use
a lifting cushion to help them up. That saves the ambulance service a journey and saves the person a long
wait on the floor. Our responders are not clinicians. Until 2023 their job ended once the person was
back in their chair and comfortable.

The trouble is that a fall is often the first sign that something else is wrong. An older person with a
urine infection, a chest infection, dehydration or a new heart rhythm problem may fall because they are
weak or dizzy, not because they tripped. In 2022 the community trust looked at people our responders had
picked up and left at home, and found a steady number who were admitted to hospital within two days with
sepsis, pneumonia or acute kidney injury. In several cases the responder's notes said things like
'seemed a bit confused' or 'very hot to touch', but there was nothing the responder could do with that
information.

More Than a Lift, started in April 2023, gives our responders a small kit: a thermometer, a pulse
oximeter and an automatic blood pressure cuff, and a short checklist of 'soft signs' such as new
confusion, not eating or drinking and not passing urine. After every lift they take a set of
observations. If anything is outside the normal range or on the checklist, they make a video call to the
ambulance service's clinical hub, where a paramedic or nurse looks at the person on screen, goes through
the observations and decides what happens: an ambulance, a same-day visit from the community trust's
urgent community response team, a GP call, or safe to stay at home with a check-back call.
"""),
        ("evidence", "What has changed", """
We compared April 2022 to March 2023 with April 2023 to March 2024, matching our records with hospital
admissions through the community trust.

<<Q:People picked up by a responder and left at home who were admitted to hospital with an acute illness
within 48 hours fell from 6.8% to 2.9%.>> <<Q:Among those admissions, people admitted with sepsis went
down from 31 to 9.>> <<Q:Ambulances sent after a responder visit, where the ambulance crew then
found the person needed to go to hospital, rose from 58% to 77%, which tells us the calls are being made
for the right people.>>

In the second year responders made 1,912 video calls to the clinical hub after 6,480 lifts, and 402
people were seen the same day by the urgent community response team.
"""),
        ("stakeholders", "How people were involved", """
<<P:Members of Sandmere Age Well's over-75s group tried the video call from their own sitting rooms,
acting as the patient, and told us that the tablet screen was too small for them to see the clinician's
face, so responders now carry a larger tablet.>> <<P:Carers of Careline customers, through Age Well's
carers' café, asked to be rung whenever a clinician is called, even in the night, and that is now part of
the procedure.>> <<P:Mr Dennis Halloran, who has used Careline for eight years, checked the leaflet that
explains the new checks and asked for it to say clearly that nobody would be taken to hospital against
their wishes.>>

All 38 responders were trained in taking observations by the ambulance service's clinical educators. The
clinical hub agreed to take video calls from our responders within its existing service. The project
was led by our Careline Service Manager. We sent a survey to responders after six months and most said
the kit was easy to use, so we kept it as it was. We plan to set up a responder forum in 2025.
"""),
        ("value", "Value", """
Each kit costs about £260 and tablets about £300 each. The clinical hub's time comes from its existing
budget. An emergency admission of an older person with sepsis costs several thousand pounds and often
leads to a longer stay and a loss of independence.

Careline customers tell us they feel someone is looking out for them, not just lifting them up.
"""),
        ("spread", "Spread", """
Two neighbouring councils' careline services have started taking observations after lifts, and the
ambulance service has offered the same video call route to all the careline services in its area. We
presented the work at the national telecare association's conference in 2024.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I974  ruptured abdominal aortic aneurysm mistaken for kidney stones or
#       back pain - docx - style headings - vascular surgeon and network
#       lead, direct - vascular network hosted by an acute trust, with the
#       ambulance service, a university medical school and a PCN - staff
#       involved - NO patient involvement (men and families as beneficiaries,
#       families of men who died written to, a negation, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I974", format="docx", layout="style_headings", topic="ruptured_aaa_misdiagnosis",
    project="independent61-thinkaorta-974", docx_font="Calibri",
    title="Think Aorta First: stopping ruptured aneurysms being mistaken for kidney stones",
    cover=[
        "Harnham Vascular Network, hosted by Harnham University Hospitals NHS Foundation Trust",
        "Working with Westmarch Ambulance Service NHS Trust, Harnham Medical School (University of Harnham) and Coombe Valley Primary Care Network",
        "Lead: Consultant Vascular Surgeon and Clinical Lead, Harnham Vascular Network",
    ],
    primary_entrant=dict(name="Harnham University Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Westmarch Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="University of Harnham", type="university"),
        dict(name="Coombe Valley Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "The problem", """
A ruptured abdominal aortic aneurysm (AAA) is one of the most lethal emergencies in medicine. Most people
who rupture die, many before reaching hospital. Those who do reach a vascular centre quickly have a real
chance, because the aorta can often be repaired with a stent graft or open surgery. But the diagnosis is
often missed. The pain is in the back, the flank or the tummy, and in older men it is easily put down to
kidney stones, a muscle strain or constipation. The blood pressure may be normal at first.

The vascular network serves four hospitals, but only Harnham University Hospitals carries out emergency
aortic surgery. Our audit of every patient who had a ruptured AAA in the network between 2019 and 2021
found that 14 of 41 had first been given another diagnosis, most often renal colic. Some had been seen by
a GP and sent home with painkillers. Some were taken by ambulance to one of the other hospitals, given
morphine and sent for a routine kidney scan, and only transferred to Harnham hours later. Every hour
mattered.

Think Aorta First has three parts, introduced from January 2023. A simple rule for GPs, ambulance crews
and emergency departments: any man over 60, or woman over 70, with new back, flank or tummy pain is
treated as a possible ruptured AAA until proved otherwise, especially if they have no history of kidney
stones. Ambulance crews who suspect a leaking aneurysm take the patient straight to Harnham, bypassing
the nearest hospital, after a call to the vascular registrar. And emergency clinicians at all four
hospitals are trained to do a focused bedside ultrasound of the aorta, which takes a couple of minutes.
"""),
        ("evidence", "Evidence of improvement", """
We compared the three years before (2019 to 2021) with the first two years after (2023 and 2024), using
the network's vascular registry and the ambulance service's records.

<<Q:People with a ruptured AAA who were first given another diagnosis fell from 14 of 41 to 4 of 29.>>
<<Q:The median time from first contact with a GP, ambulance crew or emergency department to arrival in
the vascular theatre went down from 3 hours 35 minutes to 1 hour 50 minutes.>> <<Q:Secondary transfers
of patients with a ruptured AAA from another hospital to Harnham were cut by more than half.>>
<<Q:Survival to discharge for those reaching theatre rose from 52% to 64%, although we recognise these
are small numbers.>>

Over 300 emergency doctors and nurses have been signed off as competent in bedside aortic ultrasound.
"""),
        ("stakeholders", "Engagement", """
<<S:Paramedics and the ambulance service's clinical advisers worked with our vascular registrars to
write the bypass criteria, and asked for a single phone number that is always answered by the vascular
registrar rather than the switchboard.>> <<S:Emergency physicians at the three other hospitals tested
the bedside ultrasound teaching on their own shop floors and asked for a shorter, two-view scan that
could be done in resus, which is what is now taught.>> <<S:GPs in the PCN reviewed the cases of missed
diagnosis from their own practices with us, and it was their idea to put the 'think aorta' rule as a
prompt in the clinical system whenever renal colic is coded for a man over 60.>> <<S:The medical
school's clinical skills tutors built the ultrasound training with our sonographers and changed it after
the first two courses, when trainees said they needed more time scanning real patients.>>

The work is aimed at older men and their families, for whom a missed diagnosis is usually fatal. The
families of men who died of a ruptured AAA in 2021 were written to about the network's review. We were
not able to involve patients or families in the design of the project. We would like to work with a
patient group on a public awareness campaign in 2025.
"""),
        ("value", "Value", """
Bedside ultrasound machines were already in every emergency department. The training was funded by the
medical school as part of its postgraduate programme. Each person who survives a ruptured AAA is a life
saved, and an emergency repair that happens early costs far less than one that follows hours of shock.
"""),
        ("spread", "Spreading the learning", """
The 'think aorta' prompt is now on the clinical system in all of the county's practices. The ambulance
service has adopted the bypass criteria across its whole area, which includes two other vascular
networks. We presented the work at the national vascular society meeting in 2024.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I975  callers to NHS 111 with possible sepsis - pdf - numbered questions -
#       a sepsis survivors' group as lead, chair of the group, plain and
#       personal - with the ambulance service's NHS 111 and the acute trust -
#       survivors and bereaved families involved - NO staff involvement
#       (health advisers trained, clinicians told, a named clinical lead, a
#       staff survey that changed nothing, a plan) - claims partly in words
# ---------------------------------------------------------------------------
entry(
    id="I975", format="pdf", layout="numbered_questions", topic="nhs111_sepsis_callers",
    project="independent61-sayitsepsis-975", pdf_font="DejaVuSans", pdf_align="L",
    title="Say It on the Phone: helping NHS 111 recognise sepsis in adults",
    cover=[
        "Lead: Sepsis Voices Eastmoor (survivors' and families' group)",
        "Partners: Eastmoor Ambulance Service NHS Trust (NHS 111); Eastmoor General Hospital NHS Trust",
        "Entry by the Chair, Sepsis Voices Eastmoor",
    ],
    primary_entrant=dict(name="Sepsis Voices Eastmoor", type="patient_group"),
    partners=[
        dict(name="Eastmoor Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Eastmoor General Hospital NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "1. What was the problem and why did it need a partnership?", """
Sepsis Voices Eastmoor started in 2019 as a handful of people meeting in a café: people who had survived
sepsis and people whose husbands, wives, parents or children had died of it. When we told each other our
stories, one thing kept coming up. Many of us, or the people we lost, had phoned NHS 111 before going to
hospital, and had been told to take paracetamol, drink plenty and see a GP if things did not improve.

We do not blame the call handlers. Sepsis in adults often starts like flu or a urine infection. The
words that should worry people, such as 'I feel like I am going to die', 'my skin looks blotchy' or 'I
have not had a wee all day', are not always asked about, and a caller who is very unwell may not
volunteer them. Family members often know something is badly wrong but are not asked what they think.

In 2022 we asked the ambulance service, which runs NHS 111 for Eastmoor, whether it would look at this
with us, and the hospital became a partner because its sepsis team had been seeing the same patients
arrive in a poor state after a 111 call the day before. The result is a short 'sepsis screen' added to adult calls
about fever, infection or feeling very unwell, with three questions in plain English, and a question to
any relative or carer on the line: 'Are you worried this is much worse than usual?' A positive answer
sends the call to a 111 clinician within 20 minutes instead of the usual queue, and the clinician can
send an ambulance or direct the person to the emergency department with a sepsis pre-alert.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
The sepsis screen has been in use since March 2023. The hospital's sepsis team looked at every adult
admitted with sepsis who had called NHS 111 in the 48 hours before, for the year before and the year
after the change.

<<Q:The share of these patients whose call was passed to a 111 clinician within 30 minutes rose from 41%
to 77%.>> <<Q:Callers who were given home care advice and then admitted with sepsis within 24 hours
roughly halved, from 63 to 30.>> <<Q:Patients with sepsis who arrived at the emergency department after
a 111 call with a pre-alert already made went up from 12% to 58%.>>

In the first year, 8,740 callers answered the sepsis screen questions, and 1,460 were passed to a
clinician because of them.
"""),
        ("spread", "3. How has the work been shared or spread?", """
The ambulance service has added the sepsis screen to its 999 clinical assessment for lower-priority
calls. We have shared the questions and the relative's question with the national sepsis charity and
with two other NHS 111 providers. The hospital's sepsis team has presented the work at the regional
deteriorating patient network.
"""),
        ("value", "4. What difference has it made, and is it value for money?", """
The screen adds under a minute to an adult call. The clinician calls that result from it are absorbed by
111 within its current staffing. A patient with sepsis who reaches hospital early needs less intensive
care and is more likely to survive, and the cost of a week in intensive care is many times the cost of a
clinician's phone call.

For us, the value is simple. Somebody is now asking the question that nobody asked us.
"""),
        ("stakeholders", "5. Who was involved and how?", """
<<P:Fourteen of our members listened to anonymised recordings of real 111 calls from people who later
turned out to have sepsis, and picked out the moments where they thought the call could have gone
differently.>> <<P:They wrote the three screening questions in their own words, and insisted on 'I have
not had a wee all day' rather than 'reduced urine output'.>> <<P:It was our member Carol, whose husband
Pete died of sepsis in 2018, who suggested that the relative or carer on the line should always be asked
whether they are worried, because she had been in the room during his call and nobody spoke to her.>>
<<P:Two members who survived sepsis also recorded short videos for the 111 training.>>

All 420 health advisers and clinicians at NHS 111 Eastmoor were trained in the sepsis screen using
those videos. Emergency department staff at the hospital were told about the 111 sepsis pre-alert
through the trust's weekly bulletin. The ambulance service's clinical lead for NHS 111 oversaw the
change through its clinical governance process. NHS 111 sent a survey to health advisers after three
months, and most said the questions were easy to ask, so no changes were made. We hope to invite 111
staff to one of our meetings next year.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I976  pulse oximeters that read high on darker skin - docx - bullet lists
#       - short - community health charity director, brisk - charity with a
#       university medical physics department and a PCN - community members
#       and staff involved (list items) - NO evidence section and no measured
#       change anywhere in the entry
# ---------------------------------------------------------------------------
entry(
    id="I976", format="docx", layout="bullet_lists", topic="pulse_oximetry_darker_skin",
    project="independent61-readingbeyond-976", docx_font="Arial",
    title="Reading Beyond the Number: pulse oximeters and darker skin",
    cover=[
        "Lead: Kinara Community Health Forum (registered charity), Ravelstone",
        "Partners: University of Ravelstone, Department of Medical Physics; Ravelstone Central Primary Care Network",
        "By the Director, Kinara Community Health Forum",
    ],
    primary_entrant=dict(name="Kinara Community Health Forum", type="charity"),
    partners=[
        dict(name="University of Ravelstone", type="university"),
        dict(name="Ravelstone Central Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "Why", """
- pulse oximeters can over-read oxygen levels in people with darker skin, so a reading of 94% may hide a real level that is much lower

- early warning scores, NHS 111 advice and GP decisions all lean on that number

- oximeters are also used in care homes, by community nurses and by ambulance crews, and most people who own one at home bought it online without any advice about how to read it

- during the pandemic, many of our community members were sent home with oximeters and told to ring if the number fell below 92, and some became very ill while the number still looked fine

- in 2022 two families told us their relatives had been reassured by a 'normal' reading days before being admitted to intensive care

- the 14 practices in Ravelstone Central serve a population where more than half of patients are from Black, Asian and other minority ethnic groups

- since 2023: practices use an agreed guide that tells clinicians to treat a borderline reading in a person with darker skin as lower than it looks, to look for other signs of low oxygen such as breathlessness when talking and a fast breathing rate, and to check a second device if in doubt

- the oximeters used in the practices were checked against a reference device at the university, and the PCN has replaced the models that performed worst

- the Forum runs community sessions explaining what the number on an oximeter does and does not mean, and what to say to a GP or 111 if you are worried
"""),
        ("stakeholders", "Who helped", """
- <<P:forty community members with a range of skin tones volunteered to have their readings compared with a reference device at the university, and several of them then helped us present the findings to GPs>>

- <<P:our community health champions, who are local people trained by the Forum, wrote the session materials and chose to call them 'Reading Beyond the Number'>>

- <<P:the two families whose relatives became ill in 2022 helped us write the line in the guide that says 'if the family say the person is worse, believe them'>>

- <<S:GPs, practice nurses and paramedics from the PCN helped the university decide which devices to test, and agreed the wording of the guide at two clinical meetings>>

- <<S:the PCN's care navigators asked for a short script for telephone calls, which the Forum's champions wrote with them>>
"""),
        ("value", "Value", """
- replacing the worst-performing oximeters cost the PCN about £3,800

- the university's testing was funded by a small research grant

- 300 oximeters from the Forum's loan scheme have been checked and relabelled

- 26 community sessions have been held in mosques, churches, a gurdwara and community centres

- a delayed recognition of low oxygen can mean intensive care, or a death that should not have happened

- the PCN's clinical pharmacist has added a note about skin tone to the home oximetry leaflet given out with every device the practices lend

- people tell us they now feel able to say 'the number is not the whole story'
"""),
        ("spread", "Spread", """
- the ICB has shared the guide with all primary care networks in its area

- the university has published its device testing results so that other areas can use them when buying oximeters

- the ambulance service has asked for the guide to be included in its clinical bulletin

- we have been invited to run a session for the regional NHS 111 clinical team in 2025, and two other community health charities have asked for our session materials
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)
