"""Thirty-third independent evaluation set (I513..I528) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries27.py / entries29.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional, apart from
a few national public bodies named as partners.  The entries are meant to be ordinary:
the kind of thing NHS teams, councils, police forces, charities, GP practices and prison
healthcare providers send in, in their own voices and at their own length.  The theme is
a mixed programme: diagnostics, cancer, learning disability and autism, prisons and
justice health, and digital tools.

Topics: hepatitis C testing and treatment in a prison (with a declaration at the end),
risk information on the person escort record between police custody, court and prison
(a form with an unusual cover), autistic people and people with a learning disability in
police custody (a police force as lead), DPD deficiency testing before fluoropyrimidine
chemotherapy, dental checks before radiotherapy for head and neck cancer (no spread
section), red flags in online consultation requests in general practice (a GP partner,
no headings), artificial intelligence triage of chest x-rays for suspected lung cancer (a
private technology company as primary entrant), breast and cervical screening for women
with a learning disability (a self-advocacy group as lead, sections in an unusual order),
blood tests for autistic children, lost and unlabelled histology specimens (departments
of one trust, no partner), raised NT-proBNP results and waits for echocardiography (with
appendix), kidney function checks before contrast CT in a community diagnostic centre
(a cover table with a declaration), a digital hospital passport for people with a
learning disability shared with ambulance crews (no value section), PSA monitoring after
prostate cancer moved into general practice, hospital appointments missed by people in
prison (a private prison healthcare company as primary entrant) and raised CA125 results
and pelvic ultrasound (a short entry with no headings).

Build it with

    .venv/bin/python data/independent/build.py --set 33   (writes data/corpus/independent33/)

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

Labelling conventions (as in entries27.py and entries29.py):
  * not Q: dates, financial years, bed/ward/home/school/practice counts, headcounts,
    numbers trained, activity counts (visits, calls, referrals, checks, kits, people
    screened, tested or identified), single figures with no baseline, a zero with no
    earlier figure, figures that did not change, budgets, costs and savings estimates,
    phone numbers, postcodes, reference numbers, targets not yet reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words;
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, volunteers with lived experience, unusual job
    titles, list items), wherever in the entry it is told; a peer worker with lived
    experience, employed by a partner, who helped design the work is PS; people in
    prison and people held in police custody who helped shape the work are P;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices, GP federations and primary care networks are
primary_care; parent carer forums, self-advocacy groups and patient support groups are
patient_group; charities are charity; national public bodies, including prisons run by
HM Prison and Probation Service and HM Courts and Tribunals Service, are public_other;
technology companies, imaging companies and prison healthcare companies are private).  A
department or team of the entrant's own organisation is not a partner.  Flags are written
by hand and build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I513  hepatitis C testing and treatment in a prison - pdf - own headings
#       with a declaration trailer - prison healthcare head of nursing,
#       steady - community trust health in justice service with acute trust
#       hepatology, the prison and a liver charity whose peer workers have
#       lived experience - prisoners, peers and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I513", format="pdf", layout="own_headings", topic="prison_hepatitis_c_test_treat",
    project="independent33-clearcell-513", pdf_font="LiberationSerif", pdf_align="J",
    title="Test, Treat, Stay Treated: hepatitis C elimination at HMP Ashcombe",
    cover=[
        "Lead organisation: Wyvernside Community Health NHS Trust (Health in Justice Services)",
        "Partners: Marlstone Royal Hospitals NHS Foundation Trust (Hepatology); HMP Ashcombe; Clearway Liver Trust (peer support charity)",
        "Entry written by the Head of Healthcare and Nursing, HMP Ashcombe",
    ],
    primary_entrant=dict(name="Wyvernside Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Marlstone Royal Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="HMP Ashcombe", type="public_other"),
        dict(name="Clearway Liver Trust", type="charity"),
    ],
    sections=[
        ("context", "The problem we set out to solve", """
HMP Ashcombe is a category B local prison holding around 1,100 men, most of them on remand or serving
short sentences. Roughly 90 new men arrive every week from the courts, and about the same number leave,
either on release or on transfer to another prison. Many of the men we care for have injected drugs at
some point, and hepatitis C is far more common here than in the population outside.

Hepatitis C is now curable with eight to twelve weeks of tablets. But untreated it slowly damages the
liver, and some people go on to cirrhosis, liver failure or liver cancer. It also passes on to others
through shared needles and, inside prison, through shared razors and tattooing equipment.

One man's story shows what used to happen. He was diagnosed with hepatitis C at another prison in 2019,
started treatment, and was released four weeks into a twelve-week course with no tablets and no
appointment. He was back in custody with us six months later, had his test repeated, waited three months
for a hospital escort that was cancelled twice, and was transferred before he was seen. When he finally
came through our new pathway in 2022 he had been carrying the virus for at least five years after first
being diagnosed, and by then he had early scarring of the liver. He is now cured. <<P:He is also, with his
permission, the reason our peer workers start every conversation by asking 'have you been tested or
treated before, and what happened?'>>

Before 2022 our approach was opt-in. Men were offered a blood test at their health screen on the first
night, when they were often in withdrawal, frightened or angry, and most said no. If a test was done it
went to the hospital laboratory, the result took up to three weeks, and by then many men had moved on.
Those who tested positive then waited for a hepatology clinic, which meant an escorted hospital visit,
and escorts were often cancelled. Treatment, if it started at all, was often interrupted by release or
transfer, and we had no reliable way of passing on that someone was halfway through a course. In a
review of 2021 we found men who had started treatment three times in three different prisons and never
finished.

The partnership was set up in early 2022 with four aims: test every man who agrees within seven days of
arrival, get a result the same day, start treatment in the prison rather than at the hospital, and make
sure nobody leaves mid-course without tablets and a named person to finish it with.

In practice a week now looks like this. On Tuesday and Friday mornings a healthcare assistant and one of
Clearway's peer workers go onto the induction wing and offer every new arrival a finger-prick antibody
test. Anyone with a positive antibody result has a second sample taken there and then for the viral load
test, which goes to the hospital laboratory on the afternoon run and comes back within two days. The
hepatology nurse specialist holds a clinic in the healthcare centre every other Thursday, with a
consultant hepatologist joining by video for anyone with signs of cirrhosis, and treatment is usually
prescribed at that first appointment. The prison pharmacy dispenses it. Each man on treatment has a
'treatment passport' on the prison clinical record, so that if he is moved at short notice the receiving
prison can see exactly how many days he has left and who to contact.

None of this was complicated on paper. The hard part was getting four organisations, with four different
sets of rules, to agree who did what. The prison had to agree to give healthcare time on the induction
wing on the same days each week, even when the regime was disrupted. The hospital had to agree that its
nurse would treat men without them ever coming to the hospital. Clearway had to get its peer workers
security cleared, which took months, and the trust had to agree to share clinical information with a
charity. <<S:We did this through a monthly operational group of clinical and operational staff from all
four partners, which still meets, is chaired in turn by each of them, and has changed the protocol
several times when something was not working.>>
"""),
        ("evidence", "What has changed", """
We compared the calendar year 2021 with the year from April 2023 to March 2024, using the prison
clinical record, the hepatology team's treatment database and Clearway's release records.

<<Q:The proportion of new arrivals tested for hepatitis C within seven days rose from 41% to 93%.>>
<<Q:The median time from a positive antibody test to starting treatment fell from 71 days to 9 days.>>
<<Q:Men who started treatment but were lost before completing it, through release or transfer, fell
from 38% to 9%.>> <<Q:Of the men whose cure could be checked twelve weeks after treatment, the cure rate
went up from 74% to 95%.>>

Over the year we tested 3,870 men and started 214 on treatment. The hepatology team now holds a
fortnightly clinic inside the prison, so no man has needed a hospital escort for hepatitis C since the
summer of 2022.
"""),
        ("stakeholders", "Working with the men and the staff", """
Clearway's peer workers are at the heart of this. <<PS:Two of them, both men who were treated for
hepatitis C while serving sentences themselves and are now employed by Clearway, helped us redesign the
first-night offer, and it was their suggestion to move the test from the first night to the induction
wing on day two or three, when men are calmer.>> <<PS:The peers also wrote the 'cured in eight weeks'
leaflet with us and took out most of the medical language.>>

<<P:Men on the induction wing were asked, through the prison council, what put them off testing, and
they told us that nobody wanted to be seen going to healthcare for a 'hep test', so we now test everybody
on the wing on the same morning with a finger-prick machine that gives a result in about an hour.>>
<<P:Prisoner representatives on the council also asked that men who test positive are told in private
by a nurse rather than called out over the wing speaker, and this is now written into the procedure.>>

<<S:Our healthcare assistants trialled three point-of-care testing devices and chose the one that gave a
reliable result with a finger-prick sample, because most of the men have very poor veins.>> <<S:Hepatology
nurse specialists and our prison pharmacists agreed a simplified prescribing protocol together after the
pharmacists pointed out that in-possession tablets were being traded on some wings, so treatment is now
given as supervised doses for the first two weeks.>> <<S:Discharge and resettlement officers from the
prison told us they were the first to know about court releases, often with an hour's notice, and they
now ring the healthcare hub so that a 28-day supply can be packed before the man leaves.>>
"""),
        ("value", "Value for money and experience", """
The drugs are funded through the national elimination programme, so the main costs have been the
point-of-care machines (about £9,000 for two), Clearway's two peer worker posts, which are jointly funded
by the trust and the charity, and the hepatology nurse's time inside the prison. Running clinics on site
means no escorts, which saves the prison two officers and a vehicle for every clinic visit that would
otherwise have been needed.

For the men the difference is very practical. They find out the same morning and can start within a week
or two. Several have told the peers it was the first time anything medical in prison went to plan.
Healthcare staff find it rewarding to offer a cure rather than just a referral.

There is also a public health value that is harder to put a figure on. Every man cured inside is one less
person who can pass the virus on, both on the wings and in the community after release, and many of the
men we treat go back to areas where injecting drug use is common. The peer workers say that word spreads
on the wings much faster than any leaflet: once a few men on a landing have been cured, others come
forward and ask to be tested.
"""),
        ("spread", "Sharing the model", """
The regional health and justice commissioners have asked us to help two other local prisons in the
region set up the same model this year, and one has already started on-wing testing. Clearway has
presented the peer-led approach at the national prison healthcare conference. Our release protocol,
with the 28-day supply and a named community hepatology nurse, has been adopted by the community drug
and alcohol service, which now follows up men with hepatitis C on the day of release.
"""),
    ],
    trailer=[
        ("heading", "Declaration"),
        ("para", "This entry has been seen and approved by the Head of Health in Justice Services at Wyvernside Community Health NHS Trust, the Governor of HMP Ashcombe, the Clinical Director for Hepatology at Marlstone Royal Hospitals and the Chief Executive of Clearway Liver Trust. No individual patient can be identified from the information given."),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I514  risk information on the person escort record - docx - form table with
#       an unusual cover (reference, category, previous entry) - liaison and
#       diversion service manager, procedural - mental health trust with
#       police, HM Courts and Tribunals Service and a prison - staff involved -
#       no patient involvement (people told about the form, a questionnaire
#       that changed nothing, a plan to ask the prison council)
# ---------------------------------------------------------------------------
entry(
    id="I514", format="docx", layout="form_table", topic="person_escort_record_risk_information",
    project="independent33-carriedforward-514", docx_font="Arial",
    title="Carried Forward: making sure self-harm and health risks travel with people from police custody to court to prison",
    cover_table=[
        ("Awards category", "Best Partnership Solution Improving Patient Safety"),
        ("Entry reference", "PSA-BP-0417"),
        ("Title", "Carried Forward: making sure self-harm and health risks travel with people from police custody to court to prison"),
        ("Lead organisation", "Northvale and Dene Mental Health NHS Foundation Trust (Liaison and Diversion Service)"),
        ("Partner organisations", "Dene Valley Police; HM Courts and Tribunals Service (Dene Valley Magistrates' and Crown Courts); HMP Greystone"),
        ("Has this project been entered for an award before?", "No"),
    ],
    primary_entrant=dict(name="Northvale and Dene Mental Health NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Dene Valley Police", type="emergency_service"),
        dict(name="HM Courts and Tribunals Service", type="public_other"),
        dict(name="HMP Greystone", type="public_other"),
    ],
    sections=[
        ("context", "Section 1: Describe the problem and the patient safety aims of the partnership", """
When someone is arrested, held in police custody, taken to court and then sent to prison, they pass
through the hands of at least four organisations in a day or two: the police, the escort contractor, the
court cells and the prison reception. The person escort record (PER) is the form that is supposed to go
with them and carry the important risks, such as recent self-harm, suicidal thoughts, a head injury,
withdrawal from alcohol or drugs, epilepsy or medicines they need.

In practice the information was getting lost. Our liaison and diversion practitioners assess people in
custody suites and at court, and we often found that something important we had recorded, for example
that a man had tried to hang himself in his cell the night before, had not made it onto the PER. Custody
staff filled in the PER from the police system, which did not always include our assessment. At court, a
second PER was sometimes started because the first one could not be found. At the prison the reception
nurse relied on the PER and the person's own account, often late at night.

In 2022 a young woman remanded from Dene Valley Magistrates' Court self-harmed seriously on her first night
at HMP Greystone. The review found that the liaison and diversion team had assessed her at court as being
at high risk and had told the court cell staff verbally, but nothing was written on the PER.

Our aims were that every risk identified by liaison and diversion, police healthcare or court staff is
written on the PER before the person leaves that location, and that the prison reception nurse can see it
before the first night.
"""),
        ("evidence", "Section 2: What evidence is there that patient safety has improved?", """
The main change was a short 'health and risk handover' page that the liaison and diversion practitioner
completes on the electronic PER, with a prompt for custody and court staff to confirm it before the van
leaves. The prison healthcare team receive an electronic copy on arrival.

We audited 200 PERs of people arriving at HMP Greystone from Dene Valley courts in October 2022 and again
in October 2024. <<Q:PERs where a known self-harm risk was correctly recorded rose from 54% to 91%.>>
<<Q:PERs that arrived with a medication list for people on regular medicines rose from 22% to 78%.>>

<<Q:Self-harm incidents in the first 72 hours after arrival at the prison among people sent from Dene
Valley courts fell from 31 in 2022 to 17 in 2024.>> We know that other changes in the prison's early days
support will have contributed.
"""),
        ("stakeholders", "Section 3: How were patients, service users and staff involved?", """
<<S:Custody detention officers, court cell staff and prison reception nurses came to two joint workshops
at the police headquarters, where they walked through real PERs (with names removed) and picked out where
information went missing.>> <<S:The reception nurses said they could not read handwritten PER entries
made in a moving van, and the escort supervisors agreed to stop handwritten additions except in an
emergency.>> <<S:Our own liaison and diversion practitioners tested the handover page for six weeks at two
courts and asked for the free text box to be shortened to three lines, because long entries were not
being read.>> <<S:The police custody inspector and the prison's safer custody manager now co-chair a
monthly review of any PER that arrives incomplete.>>

People leaving court are told that health information will be passed to the prison. We asked people on
the prison's induction wing to fill in a short questionnaire about their journey, and most said they had
not been asked about their health on the way, but we did not change the process as a result. We would
like to involve the prison's peer council in the next version of the handover page.
"""),
        ("value", "Section 4: What has been the impact on experience, and the value for money?", """
There was no extra cost beyond staff time. The electronic PER was already in use, and the handover page
was added by the national digital team at our request. Reception nurses say they now go into the first
night assessment already knowing what to look for. Officers and escort staff say it is clearer who is
responsible for writing what. Every serious self-harm incident avoided spares the person harm and avoids
a hospital escort, which can tie up two officers for a whole shift.
"""),
        ("spread", "Section 5: How has the learning been shared or spread?", """
The handover page has been offered to all liaison and diversion services in the region through NHS
England's health and justice team. Dene Valley Police have added the same prompt to their two other
custody suites, and HMP Greystone is sharing its reception checklist with the women's prison that takes
remands from the same courts.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I515  autistic people and people with a learning disability in police
#       custody - pdf - CAPS headings - police custody inspector, plain and a
#       bit formal - police force with mental health trust liaison and
#       diversion and an autistic adults' group - autistic people and a
#       father involved - no staff involvement (officers trained, a named
#       lead, appropriate adults told, a plan to survey officers)
# ---------------------------------------------------------------------------
entry(
    id="I515", format="pdf", layout="caps_headings", topic="autism_learning_disability_police_custody",
    project="independent33-quietcell-515", pdf_font="DejaVuSans", pdf_align="L",
    title="Calmer Custody: safer detention for autistic people and people with a learning disability",
    cover=[
        "Cheviot Vale Police, Criminal Justice and Custody Department (lead)",
        "With Cheviot Vale Mental Health NHS Trust (Liaison and Diversion) and Spectrum Voices Cheviot (autistic adults' group)",
        "Contact: Inspector, Custody Standards and Safer Detention",
    ],
    primary_entrant=dict(name="Cheviot Vale Police", type="emergency_service"),
    partners=[
        dict(name="Cheviot Vale Mental Health NHS Trust", type="nhs_trust"),
        dict(name="Spectrum Voices Cheviot", type="patient_group"),
    ],
    sections=[
        ("context", "BACKGROUND", """
Cheviot Vale Police runs three custody suites which between them book in around 19,000 detainees a year.
National research suggests that autistic people and people with a learning disability are
over-represented in custody and are more likely to be harmed there. A custody suite is loud, bright and
unpredictable. Cell doors bang, alarms sound, people shout. Detainees are searched, which involves being
touched by strangers, and may be left alone for long periods without knowing what is happening or why.

For an autistic person this can lead to extreme distress. In our own use of force records we found
detainees who had been restrained because they were banging their heads on the cell wall, hiding under
the bench, or would not respond to questions. Officers interpreted this as non-compliance or intoxication.
In 2021 an autistic man aged 19 was restrained on the floor of a cell by four officers after becoming
distressed during a strip search. He had not been identified as autistic at booking in and no
appropriate adult had been called, although his mother told us afterwards that she had tried to tell the
arresting officers.

The Calmer Custody project began in 2022. Its aims were to identify people who may be autistic or have a
learning disability at the custody desk, to call an appropriate adult quickly, to adapt the environment
and the search, and to involve the liaison and diversion team early.
"""),
        ("evidence", "RESULTS", """
<<Q:The proportion of detainees identified as possibly autistic or having a learning disability who had
an appropriate adult present within two hours of arrival went up from 38% in 2021 to 81% in 2024.>>
<<Q:Use of force incidents in custody involving detainees in this group fell from 46 in 2021 to 19 in
2024.>> <<Q:Self-harm incidents in the cell among this group fell from 27 to 11 over the same period.>>

The liaison and diversion team saw 1,240 detainees flagged through the new questions in 2024.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<P:Spectrum Voices Cheviot is a group of autistic adults who meet monthly in the city, and six of its
members, three of whom had been held in custody themselves, spent a day walking through our central
custody suite with us.>> <<P:They told us what was hardest: the noise of the cell hatch, the flickering
light in the booking-in area, being asked the same questions by different people, and not being told how
long they would be there.>> <<P:Because of their walk-through, we converted two cells into low-stimulus
cells with dimmable lights, a soft-closing hatch and a clock that detainees can see.>> <<P:The group also
wrote the 'what happens next' card with pictures, which custody officers now give to every detainee
flagged at booking in, and they insisted that it gives times rather than saying 'soon'.>>

<<P:The father of a young man with a learning disability who had been arrested twice asked that families
be able to ring the custody desk directly to tell us about their relative's needs, and a direct line for
families and carers was set up in 2023.>>

All 310 custody officers and detention staff have had autism and learning disability awareness training.
The project was led by Inspector Dawn Keeling. Appropriate adult schemes were informed of the new
two-hour target. We plan to survey custody staff about the low-stimulus cells later this year.
"""),
        ("value", "VALUE", """
Converting the two cells cost about £14,000. The training was delivered within the existing custody
training programme. Each use of force incident generates officer time, injury risk to detainees and
officers, and a review, and some lead to complaints or claims. The main value is in detainees leaving
custody unharmed and in a fit state to be interviewed.
"""),
        ("spread", "SPREAD AND SHARING", """
The booking-in questions and the 'what happens next' card have been shared with the National Police
Chiefs' Council custody forum. Two neighbouring forces have visited the low-stimulus cells. The liaison
and diversion team has adapted the card for use in court cells.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I516  DPD deficiency testing before fluoropyrimidine chemotherapy - docx -
#       rubric headings - consultant oncology pharmacist, technical - acute
#       trust cancer centre with the pathology host trust and two district
#       hospitals - staff involved - no patient involvement (patients given
#       a leaflet, consented, a survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I516", format="docx", layout="rubric_headings", topic="dpd_testing_fluoropyrimidine_chemo",
    project="independent33-testfirst-516", docx_font="Cambria",
    title="Test Before You Treat: DPD deficiency testing for everyone starting capecitabine or 5-FU",
    cover=[
        "Kingsbrook University Hospitals NHS Foundation Trust - Kingsbrook Cancer Centre (lead)",
        "Partners: Wyre Valley Hospitals NHS Trust (Clinical Biochemistry, host of the regional pathology network); Ellesmere General Hospital NHS Trust (Oncology Day Unit); Hanbury Hospitals NHS Trust (Oncology Day Unit)",
        "Submitted by the Consultant Pharmacist, Cancer Services",
    ],
    primary_entrant=dict(name="Kingsbrook University Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Wyre Valley Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Ellesmere General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Hanbury Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why was the partnership needed and what were its patient safety goals?", """
Fluoropyrimidines (5-fluorouracil, given intravenously, and capecitabine, taken as tablets) are among the
most widely used anti-cancer drugs, particularly for bowel, breast, stomach and pancreatic cancer. They are
broken down in the body by the enzyme dihydropyrimidine dehydrogenase (DPD). Around one person in twenty
has partly reduced DPD activity and a very small number have almost none. In these people a standard dose
builds up to toxic levels and can cause severe diarrhoea, mouth ulcers, collapse of the blood count and
sepsis. Some die in the first cycle of treatment.

A genetic test for the most important DPD variants has been recommended nationally since 2020. In our
network, however, testing was patchy. The cancer centre tested some patients, the two district hospital
day units tested almost none, and the laboratory turnaround was around two weeks, which oncologists felt
was too long to wait before starting treatment. Samples went to a laboratory outside the region. Results
came back as a scanned letter and were not always seen before the first dose. In 2021 we had two
patients admitted to intensive care with severe toxicity after their first cycle of capecitabine, one of
whom died; both were later found to carry a DPD variant.

The partnership aimed for every patient starting a fluoropyrimidine anywhere in the network to have a DPD
result in their electronic prescribing record before the first dose, with a dose reduction prescribed
where needed, and for the result to come back within five working days.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Wyre Valley's biochemistry department brought the genotyping test in-house in April 2022 on equipment it
already had for other genetic tests. The result now goes straight into the regional chemotherapy
prescribing system as a coded field, and the system blocks a first cycle of 5-FU or capecitabine from
being verified by a pharmacist unless a result, or a documented clinical reason to proceed, is present.

<<Q:The proportion of patients with a DPD result available before their first dose rose from 12% in
2021 to 98% in 2024 across the three trusts.>> <<Q:The median laboratory turnaround time fell from 14
calendar days to 4 working days.>> <<Q:Emergency admissions with severe toxicity (grade 3 or 4) during the
first cycle fell from 7.9% of patients starting treatment in 2021 to 3.1% in 2024.>>

In 2024, 2,215 patients were tested and 102 were found to carry a variant; all had their starting dose
reduced.
"""),
        ("spread", "How have the achievements been applied elsewhere and best practice shared?", """
The prescribing system block and the coded result field have been shared with the other two cancer
networks that use the same system, and one has switched it on. The laboratory now also provides testing
for a neighbouring cancer centre. We presented the work at the British Oncology Pharmacy Association
symposium and our standard operating procedure is available on the regional cancer network website.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The test costs the laboratory about £60 per patient. A single admission to intensive care with severe
fluoropyrimidine toxicity can cost more than £30,000, and the human cost of a death from a preventable
drug reaction is very great. Oncologists no longer have to choose between waiting for a result and
starting treatment. Pharmacists say the system block removes guesswork at the verification stage.
"""),
        ("stakeholders", "Who was involved and how were patients and staff involved?", """
<<S:Consultant biochemists and clinical scientists at Wyre Valley validated the in-house test and agreed
the reporting wording with the oncology pharmacists, so that the result now says in plain terms what
starting dose is recommended.>> <<S:Chemotherapy nurses at Ellesmere and Hanbury told us that samples were
being missed because the test was requested at the consultation and the blood was taken days later, so
the DPD sample is now taken at the same time as the consent visit.>> <<S:Oncologists from all three
trusts sat on the steering group with the pharmacists and agreed the dosing rules for people with a
variant.>> <<S:The chemotherapy prescribing system administrators built the block after the pharmacists
who verify prescriptions described how easy it was to miss a scanned letter.>>

Every patient is given an information leaflet explaining the test and signs consent for it at the same
time as consenting to chemotherapy. We asked patients in the day units to complete a short survey about
the test and almost all said they were happy to have it, so no changes were needed. We intend to ask the
cancer centre's patient panel to review the leaflet next year.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I517  dental checks before radiotherapy for head and neck cancer - pdf -
#       two column - special care dentist, warm and practical - community
#       trust dental service with the acute trust head and neck cancer team
#       and a mouth cancer support group - patients and staff involved - NO
#       spread section
# ---------------------------------------------------------------------------
entry(
    id="I517", format="pdf", layout="two_column", topic="dental_assessment_head_neck_radiotherapy",
    project="independent33-mouthready-517", pdf_font="LiberationSans",
    title="Mouth Ready: dental assessment and treatment before radiotherapy for head and neck cancer",
    cover=[
        "Carnbrea Community Health NHS Trust, Special Care Dental Service (lead) with Trewellan University Hospitals NHS Trust (Head and Neck Cancer Multidisciplinary Team) and Open Mouth Trewellan (mouth cancer support group)",
        "Entry by a Consultant in Special Care Dentistry",
    ],
    primary_entrant=dict(name="Carnbrea Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Trewellan University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Open Mouth Trewellan", type="patient_group"),
    ],
    sections=[
        ("context", "Why this mattered", """
Radiotherapy to the head and neck saves lives, but it permanently reduces the blood supply to the jaw
bone and the saliva glands. If a damaged tooth has to be taken out after radiotherapy, the bone may not
heal and can die. This is called osteoradionecrosis. It is painful, can lead to infection, fractures of
the jaw and major surgery, and it can happen years after treatment. The safest approach is for every
patient to have a full dental assessment before radiotherapy starts, so that any teeth that will cause
trouble later are treated or removed while the bone can still heal.

In Trewellan about 180 people a year start radiotherapy for head and neck cancer. The hospital had no
dentist of its own. Patients were asked to see their own dentist before treatment, but many did not
have one, many had not seen a dentist for years, and general dentists were often unsure what was needed
and understandably reluctant to take out teeth in someone about to have cancer treatment. Some patients
went into radiotherapy with no dental check at all. Others had their radiotherapy start delayed while
someone tried to find a dentist.

Between 2019 and 2021 our service saw eleven people with osteoradionecrosis, most of whom had never had
a pre-radiotherapy dental assessment.

Since the summer of 2022 our special care dentists have run a weekly clinic in the hospital's head and
neck outpatient area. Every patient who is going to have radiotherapy is booked into it by the cancer
nurse specialist on the day the treatment plan is agreed at the multidisciplinary team meeting. We take
x-rays, decide which teeth need to come out, and do extractions within a week, under local anaesthetic
or sedation, or in the hospital theatre if they are already having surgery. Each patient gets a
fluoride programme, a mouth care plan and follow-up with our service for life if they have no dentist.
"""),
        ("evidence", "What has improved", """
We compared patients starting head and neck radiotherapy in 2021 with those in 2023.

<<Q:Patients who had a dental assessment before their radiotherapy started rose from 58% to 96%.>>
<<Q:Radiotherapy start dates delayed because of dental problems went down from 17% of patients to 4%.>>
<<Q:The average time from the multidisciplinary team decision to completed dental treatment fell from 26
days to 8 days.>>

Osteoradionecrosis takes years to develop, so it is too early to say whether it has fallen, but we are
tracking every patient.
"""),
        ("stakeholders", "Who was involved", """
<<P:Members of Open Mouth Trewellan, a support group of people who have had mouth and throat cancer,
told us that being sent to find a dentist in the same week as their diagnosis was one of the hardest
parts of the whole experience.>> <<P:Two members who developed osteoradionecrosis after treatment in
2018 helped us write the patient booklet, and they asked us to be honest about the risk rather than
burying it, so it now has a page called 'why we are taking this tooth out'.>> <<P:The group also
suggested that the dental clinic should be on the same corridor and the same day as the cancer nurse
clinic, so people do not have to make another trip, and that is how it runs now.>>

<<S:The cancer nurse specialists designed the booking step with us and asked for a simple rule rather
than a referral letter, so any patient with a radiotherapy plan is booked automatically.>> <<S:Clinical
oncologists and radiographers agreed with our dentists a timetable that allows ten days of healing after
extractions before radiotherapy starts, after the radiographers told us that masks were being made
before swelling had settled.>> <<S:Dental nurses from our service suggested the fluoride trays are made
at the first visit rather than later, because many patients find it too sore to have impressions taken
once radiotherapy starts.>>
"""),
        ("value", "Value", """
The clinic costs around £72,000 a year for a dentist and a dental nurse for one day a week, plus theatre
sessions. Treating a single case of advanced osteoradionecrosis can involve jaw surgery and
reconstruction with bone from the leg, which costs many times that, as well as causing great suffering.
Delays to radiotherapy can reduce the chance of cure. Patients tell us they feel looked after, and the
cancer nurses no longer spend hours phoning round dental practices.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I518  red flags in online consultation requests in general practice - docx
#       - no headings - GP partner and PCN clinical director, informal first
#       person - PCN with the ICB and the online consultation supplier -
#       patients (PPG) and reception staff involved - no quantitative
#       evidence (request counts, one audit figure, a zero with no earlier
#       figure, a target)
# ---------------------------------------------------------------------------
entry(
    id="I518", format="docx", layout="no_headings", topic="online_consultation_red_flags",
    project="independent33-redflagsonline-518", docx_font="Arial",
    title="Not Just Another Form: catching urgent symptoms in online consultation requests",
    cover=[
        "Entered by Hulme Bridge and Riverside Primary Care Network (five GP practices)",
        "Partners: NHS Calder Moss Integrated Care Board (Primary Care Digital Team) and Triago Health Ltd (online consultation supplier)",
        "Written by Dr Sam Okafor, GP partner and PCN Clinical Director",
    ],
    primary_entrant=dict(name="Hulme Bridge and Riverside Primary Care Network", type="primary_care"),
    partners=[
        dict(name="NHS Calder Moss Integrated Care Board", type="icb"),
        dict(name="Triago Health Ltd", type="private"),
    ],
    sections=[
        ("context", None, """
A confession to start with. When our practices switched to online consultation forms during the
pandemic, I thought the main risk was that we would be swamped. We were. What I did not think about
enough was what happens to the one request in a few hundred that is actually an emergency.

Our five practices now get somewhere between 900 and 1,300 online requests on a typical Monday. Most are
routine: repeat medicines, fit notes, a rash that has been there a month. But in among them are people
typing things like 'crushing chest pain since this morning' or 'my baby has been floppy and not feeding',
often at seven in the morning, expecting someone to read it straight away. The supplier's system did ask
a few red flag questions, but only on some of the forms, and the answers simply appeared as text in the
request. Requests went into a queue in the order they arrived. On a bad day a receptionist or care
navigator might not open the request for a couple of hours.

In early 2023 two of our practices had significant events within a fortnight. A man in his fifties
described chest pain on the form at 7.40am and was not called until after 11. He had had a heart attack.
A woman whose form mentioned new weakness in her arm and slurred speech was booked into a routine
telephone slot for the next day; fortunately her daughter took her to A&E. Neither of these was anyone's
fault in the usual sense. The system was simply not built to spot them.

So we got together with the ICB's primary care digital team, who hold the contract with Triago, and with
Triago themselves. What we agreed was fairly simple. Every form now starts with the same short set of red
flag questions (chest pain, breathlessness, stroke symptoms, heavy bleeding, a very unwell baby or child,
thoughts of suicide), whatever the person is asking about. If any answer is yes, the person is shown a
clear message telling them to ring 999 or go to A&E, and the request is still sent but jumps to the top
of the queue with a red banner and an alert on the duty doctor's screen. Forms are switched off outside
practice hours, with a message pointing to 111, so nobody types an emergency into a system that nobody
is reading. And each practice has a named person on every shift whose job is to clear red banner
requests within 15 minutes.

It did not all go smoothly. In the first fortnight the banner was firing on something like one request in
ten, because a question about 'any pain' was catching everything from toothache to tennis elbow, and the
duty doctors were drowning. We took that question out and split breathlessness into 'new' and 'usual for
you'. One of our practices uses a different telephone system, and for a while the alert went to a screen
that nobody was sitting at; the fix was embarrassingly simple once we noticed it, which was to send it to
the duty doctor's mobile as well. And we had to have a frank conversation with Triago about whether a
person who ticks 'yes' to chest pain should be able to send the form at all. In the end we agreed that
they should, because some people will ignore the 999 message whatever it says, and we would rather know
about them than not.
"""),
        ("evidence", None, """
I will be honest that we have not yet got the before and after numbers we would like, partly because
the old system did not record when a request was first opened.

Since the change went live in September 2023 the system has put a red banner on 2,340 requests across
the five practices. In an audit of 150 of those in March 2024, 96% had been reviewed by a clinician
within 15 minutes. In the same audit, about one in five resulted in a same-day face-to-face assessment
or a 999 call, and the rest were dealt with by phone.

We aim to get every red banner reviewed within 15 minutes, and we are not quite there on Monday
mornings.

The ICB is setting up a proper measure across all practices using Triago, which will give us figures we
can compare over time.
"""),
        ("stakeholders", None, """
This would have been a much worse piece of work without two groups of people.

<<P:Members of our PCN patient participation group sat down with laptops and phones at a Saturday
session and filled in the new forms pretending to have various problems.>> <<P:They found that our first
wording ('Do you have any red flag symptoms?') meant nothing to them, and they rewrote each question in
everyday words, such as 'Is your child much sleepier than usual or hard to wake?'.>> <<P:One member, who
is partially sighted, tested the forms with her screen reader and found that the emergency message was
not read out at all, which Triago fixed before launch.>>

<<S:Our care navigators and receptionists, who are the people actually working the queue, told us they
had no way of seeing which requests were urgent without opening each one, and they designed the red
banner and the 'clear in 15' rota themselves.>> <<S:The duty doctors at each practice agreed the list of
red flag questions at a PCN clinical meeting, and took out two questions that were triggering banners
for minor problems.>>

Triago's developers made the changes to the form, and the ICB's digital team made sure the same set-up
is available to other practices.
"""),
        ("value", None, """
Cost to us has been almost nothing in money terms; the changes were made under the ICB's existing
contract. The real cost is the time of the person on the red banner rota, which we have found from
within the reception teams. Care navigators say the red banner has taken a lot of the fear out of
working the queue. The value is that the patient who types 'chest pain' at twenty to eight gets a phone
call within a quarter of an hour, or is told to ring 999 straight away.
"""),
        ("spread", None, """
The ICB has made our red flag set the default for all 62 practices in Calder Moss that use Triago, and
Triago is offering it to its other customers nationally as an option. We have written the whole thing up
on two sides of A4 for other PCNs and I have talked about it at the regional primary care digital
network.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I519  AI triage of chest x-rays for suspected lung cancer - pdf - form
#       table - PRIVATE technology company is the primary entrant, with an
#       acute trust and the ICB as partners (ineligible) - company bid
#       writer, polished - staff involved - no patient involvement (patients
#       informed by posters, a patient panel updated, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I519", format="pdf", layout="form_table", topic="ai_chest_xray_lung_cancer_triage",
    project="independent33-firstlook-519", pdf_font="LiberationSans",
    title="FirstLook: AI prioritisation of GP chest x-rays to speed up lung cancer diagnosis",
    cover_table=[
        ("Entry name", "FirstLook: AI prioritisation of GP chest x-rays to speed up lung cancer diagnosis"),
        ("Primary entrant", "Lumetra Imaging Intelligence Ltd"),
        ("Partner organisations", "Haldon Bay Hospitals NHS Trust (Radiology); NHS Haldon and Teign Integrated Care Board"),
        ("Entry submitted by", "Head of Clinical Partnerships, Lumetra Imaging Intelligence Ltd"),
        ("Supporting statement from", "Clinical Director for Radiology, Haldon Bay Hospitals NHS Trust"),
    ],
    primary_entrant=dict(name="Lumetra Imaging Intelligence Ltd", type="private"),
    partners=[
        dict(name="Haldon Bay Hospitals NHS Trust", type="nhs_trust"),
        dict(name="NHS Haldon and Teign Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Background and aims", """
A chest x-ray requested by a GP is often the first test in the journey to a lung cancer diagnosis.
Haldon Bay Hospitals carries out around 62,000 GP-requested chest x-rays a year. Like many trusts, it has
too few radiologists for the number of images, and in 2022 the average wait for a GP chest x-ray to be
reported was 11 days, with some waiting over a month. An x-ray showing a probable cancer waited in the
same queue as thousands of normal films. Every week's delay matters in lung cancer, where many people are
already diagnosed at a late stage.

Lumetra's FirstLook software reads every chest x-ray within minutes of it being taken and flags those
with features that may represent cancer, such as a nodule, a mass or collapse of part of a lung. Flagged
images move to the top of the radiologists' reporting list. If a radiologist confirms a suspicious
finding, the report triggers a direct booking for a CT scan the same week, without waiting for the GP to
re-refer, under a pathway agreed with the ICB and the lung cancer team. The software does not replace the
radiologist: every image is still reported by a person.

The partnership's aims were to report all flagged x-rays within 24 hours and to cut the time from x-ray
to CT for people with a suspicious finding.
"""),
        ("evidence", "Evidence of improvement", """
FirstLook went live in February 2023. The trust's radiology information system data for the 12 months
before and after were analysed by the trust's business intelligence team.

<<Q:For GP chest x-rays later confirmed to show a suspicious finding, the median time from x-ray to
report fell from 9 days to under 1 day.>> <<Q:The median time from x-ray to CT scan for these patients
fell from 19 days to 6 days.>> <<Q:The proportion of lung cancers diagnosed through the GP chest x-ray
route at stage 1 or 2 rose from 29% to 37%.>>

The software flagged 4,870 x-rays in the year, of which radiologists confirmed 612 as needing CT.
"""),
        ("stakeholders", "Involvement of patients and staff", """
<<S:Consultant radiologists and reporting radiographers at Haldon Bay took part in a three-month silent
trial in which FirstLook's flags were recorded but not shown, and they reviewed every disagreement with
our clinical team before agreeing the threshold for flagging.>> <<S:Radiographers asked for the flag not
to be visible on the x-ray room screen, because they felt it might change what they said to patients, and
it is now shown only on the reporting workstation.>> <<S:The lung cancer nurse specialists and the
respiratory consultants designed the direct-to-CT booking step with the ICB's cancer lead, and GPs on the
ICB's cancer board asked for a same-day text to the practice when a patient is booked for CT, which was
added.>>

Posters in the x-ray waiting areas explain that software is used to help prioritise reporting. The
trust's patient panel was updated on the project at its quarterly meeting. We plan to hold a patient
focus group on the use of AI in imaging in the coming year.
"""),
        ("value", "Value for money and experience", """
The software licence is paid for by the ICB at a fixed cost per x-ray. By prioritising reports, it
helps the trust use its limited radiologist time where it matters most. Radiologists report that they
are less anxious about what might be sitting unreported in the queue. For patients, a shorter wait
between x-ray and CT means less time living with uncertainty.
"""),
        ("spread", "Spread and sharing", """
The direct-to-CT pathway has been adopted by the regional cancer alliance as a model for the other two
trusts in the area, one of which has started a silent trial of FirstLook. Results were presented at the
UK Imaging and Oncology congress.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I520  breast and cervical screening for women with a learning disability -
#       docx - reordered (context, stakeholders, evidence, spread, value) -
#       self-advocacy group as lead, easy to read and first person plural -
#       self-advocacy group with the breast screening service, a PCN and the
#       county council - women with a learning disability and supporters
#       involved - no staff involvement (practice nurses trained,
#       radiographers given a talk, a named lead, a plan to ask staff)
# ---------------------------------------------------------------------------
entry(
    id="I520", format="docx", layout="reordered", topic="learning_disability_cancer_screening",
    project="independent33-myscreening-520", docx_font="Verdana",
    title="My Screening, My Choice: breast and cervical screening for women with a learning disability in Brannock",
    cover=[
        "Lead organisation: Brannock Speaking Up (self-advocacy group for adults with a learning disability)",
        "Partners: Brannock and Wold Hospitals NHS Trust (Breast Screening Service); Wold Valley Primary Care Network; Brannock County Council (Learning Disability Commissioning)",
        "Written by our coordinator with the members of the Women's Health Group",
    ],
    primary_entrant=dict(name="Brannock Speaking Up", type="patient_group"),
    partners=[
        dict(name="Brannock and Wold Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Wold Valley Primary Care Network", type="primary_care"),
        dict(name="Brannock County Council", type="local_authority"),
    ],
    sections=[
        ("context", "Why we did this", """
Brannock Speaking Up is run by and for adults with a learning disability. We have about 140 members
across the county. In 2022 some of our women members started talking at our meetings about cancer. One of
our members, Julie, had died of cervical cancer the year before, aged 46. She had never had a smear test.
Her sister told us that every time the letter came, Julie put it in a drawer, because she did not
understand it and was frightened.

We found out that women with a learning disability are much less likely to go for breast screening and
cervical screening than other women. When cancer is found, it is often found late. Our members told us the
reasons. The letters are hard to read. Nobody explains what will happen. The waiting room is busy and
noisy. The test can hurt or feel very embarrassing, and nobody asks if you would like someone with you. If
you are in supported living, your support worker might not know the letter has come. Some women had
been told by a doctor years ago that they 'did not need' a smear test, which was not true.

The county council gave us a small grant, and we asked the breast screening service and the GP practices
in the Wold Valley Primary Care Network to work with us. We wanted every woman with a learning disability
in Wold Valley to be offered screening in a way that works for her, to be able to say yes or no with the
right information, and for fewer cancers to be missed.

What happens now: every woman on the practice learning disability register gets an easy read invitation
that we wrote, followed by a phone call to her or her supporter. She can have a 'practice visit' first,
to see the room and meet the nurse without having the test. She can have a longer appointment at the
start or end of the day, bring someone with her, and stop at any time. The breast screening unit has
a quiet slot once a month for women with a learning disability, with a visit to the mobile unit
beforehand if she wants one.
"""),
        ("stakeholders", "Who was involved", """
The Women's Health Group at Brannock Speaking Up is where this started. <<P:Nine women with a learning
disability met every two weeks for a year and made all the easy read materials, including the invitation,
a picture story of a smear test and a picture story of a mammogram.>> <<P:They chose the photos
themselves, and they said the pictures must show a real nurse's room and a real screening van, not
drawings.>> <<P:Two members, Sharon and Bee, went to the breast screening unit and tried out the machine
with their clothes on, and told the unit that the changing cubicle was too small for a woman and her
supporter, so now a bigger room is used for the quiet slot.>> <<P:The group also wrote a 'my screening
choices' card, which a woman can hand to the nurse to say what helps her, for example 'tell me before you
touch me' or 'I want my mum in the room'.>>

<<P:Family carers and supporters from two supported living services came to a meeting and told us that
letters were being opened by staff and filed away, so the invitation now has a big sticker on the front
saying 'please read this with me'.>>

All the practice nurses in the primary care network went to a training session about learning disability
and screening. The breast screening radiographers had a talk from our
coordinator at their team meeting. Dr Rachel Ames, a GP in the network, was the clinical lead for the
practices. We hope to ask nurses and radiographers what they think of the new way of working next year.
"""),
        ("evidence", "What has changed", """
The practices in Wold Valley looked at their learning disability registers at the start and after two
years.

<<Q:The number of eligible women with a learning disability who were up to date with cervical screening
went up from 29% in 2022 to 52% in 2024.>> <<Q:For breast screening, attendance by women with a learning
disability went up from 41% to 63% over the same time.>>

Over the two years, 61 women had a practice visit before their test and 23 came to the quiet slot at the
breast screening unit. Two women were found to have changes that needed treatment, and both were treated
early.
"""),
        ("spread", "Sharing it", """
Our easy read invitation and picture stories are now used by all the practices in Brannock, not just Wold
Valley. The breast screening service is using the quiet slot in its other two units. We have shared our
materials with other self-advocacy groups in the region, and we talked about our work at a national
learning disability conference in 2024. Our members did the talk.
"""),
        ("value", "Value for money and what people say", """
The grant was £18,000 over two years, which paid for our coordinator's time and for printing. Finding a
cancer early is much better for the woman and costs the NHS much less than treating a late cancer.

Our members say they feel listened to. One woman told us: 'I was scared for ten years. Now I know what
happens, it is all right.' Her sister said it was the first time a health letter had made sense to the
family.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I521  blood tests for autistic children - docx - bullet lists - hospital
#       play specialist team lead, friendly - children's hospital with
#       council SEN service and a parent carer forum - parents, young people
#       and staff involved - no quantitative evidence (counts, a single
#       satisfaction figure, no baseline)
# ---------------------------------------------------------------------------
entry(
    id="I521", format="docx", layout="bullet_lists", topic="autistic_children_blood_tests",
    project="independent33-easybloods-521", docx_font="Calibri",
    title="Easier Bloods: planned blood tests for autistic children and young people",
    cover=[
        "Harrowdene Children's Hospital NHS Foundation Trust - Play Specialist and Phlebotomy Teams (lead)",
        "Partners: Harrowdene City Council (Special Educational Needs and Disabilities Service); Harrowdene Parent Carer Forum",
        "Entry written by the Lead Hospital Play Specialist",
    ],
    cover_bullets=[
        "Children and young people aged 2 to 18",
        "Started: January 2023",
    ],
    primary_entrant=dict(name="Harrowdene Children's Hospital NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Harrowdene City Council", type="local_authority"),
        dict(name="Harrowdene Parent Carer Forum", type="patient_group"),
    ],
    sections=[
        ("context", "The problem", """
- blood tests are one of the most common things we do to children, and for most children they are over in a few minutes

- for many autistic children, and children with a learning disability or sensory needs, a blood test in a busy outpatient phlebotomy room can be terrifying: the noise, the smell, being held, the wait

- we were seeing children held down by three or four adults, which is frightening and can cause bruising and injury to the child and to staff, and which leaves the child even more scared next time

- many tests were abandoned, so important monitoring was missed, for example blood levels for epilepsy medicines, thyroid tests for children with Down's syndrome, and blood counts for children on medicines that can affect the bone marrow

- some children had not had a blood test for years and were only tested when they came in under general anaesthetic for something else, or when they became very unwell

- a 14-year-old boy on sodium valproate was admitted in 2022 with liver problems after three abandoned blood tests in a year

- parents told us they dreaded the appointment for weeks and some stopped bringing their children
"""),
        ("evidence", "What we have done and what we have seen", """
- since January 2023 every child whose referral mentions autism, a learning disability or previous difficulty with blood tests is offered an 'Easier Bloods' plan instead of a walk-in appointment

- a play specialist phones the family first and fills in a one-page plan: what frightens the child, what helps, what the child calls things, whether numbing cream or a distraction works

- the test is done in a quiet room at the start of the day, with no waiting, and the child can practise with the play specialist beforehand, sometimes over several visits

- for some children the test is done at their special school by a phlebotomist and a play specialist, in a room the child knows

- the phlebotomist tries to collect all the tests the child needs, from different teams, at one time

- in the first 18 months we completed 312 planned blood tests for 205 children, 48 of them at school

- we have not kept a count of abandoned tests before the project, so we cannot yet compare

- in a survey of parents in 2024, 89% said the Easier Bloods appointment was better than their child's last blood test

- restraint is now recorded for every child on an Easier Bloods plan, and we plan to report on it next year
"""),
        ("stakeholders", "Who was involved", """
- <<P:parents from Harrowdene Parent Carer Forum came to two workshops and told us what had gone wrong in the past, and one mother pointed out that the hardest part for her son was the waiting room, not the needle, which is why we now have no waiting>>

- <<P:the forum's parents helped write the one-page plan and asked for a question about what the child calls a blood test, because some children panic at the word 'needle'>>

- <<P:three autistic teenagers from a special school tried out the quiet room and asked for the ceiling light to be turned off and for a lamp instead, which we did>>

- <<S:play specialists and phlebotomists worked out the plan together, and the phlebotomists asked for an extra ten minutes per appointment, which the outpatient manager agreed>>

- <<S:school nurses and teachers at two special schools offered a room and helped us work out the best time of day for the school visits, after they told us mornings were usually calmer than afternoons>>

- the council's SEND service put us in touch with the schools and helped with the paperwork for visiting them
"""),
        ("value", "Value", """
- each planned test takes longer than a walk-in test, but one successful test replaces several failed ones

- combining tests means fewer visits and fewer general anaesthetics just to take blood

- staff injuries from holding children are a real risk, and staff tell us they feel happier doing a test in a calm way

- parents tell us they no longer dread the appointment
"""),
        ("spread", "Sharing and spreading", """
- the one-page plan is now used by our dental and x-ray departments

- we have shared the plan with the two district hospitals that refer to us

- we are talking to the community children's nursing team about doing planned bloods at home for children who cannot manage school or hospital
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I522  lost and unlabelled histology specimens - pdf (via Word) - style
#       headings - cellular pathology service manager, formal - departments
#       of ONE acute trust (theatres, outpatients, cellular pathology, the
#       internal transport team) described as partners, no partner
#       organisation (ineligible) - staff involved - no patient involvement
#       (patients told, letters after incidents, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I522", format="pdf", layout="style_headings", topic="histology_specimen_tracking",
    project="independent33-everyspecimen-522", render_via="soffice", docx_font="Liberation Serif",
    title="Every Specimen Counts: tracking tissue samples from theatre and clinic to the laboratory",
    cover=[
        "Ashbourne Vale Hospitals NHS Trust",
        "A partnership between Cellular Pathology, Main and Day Theatres, Outpatient Services, Endoscopy and Internal Transport",
        "Lead author: Cellular Pathology Service Manager",
    ],
    primary_entrant=dict(name="Ashbourne Vale Hospitals NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Introduction and aims", """
Biopsies and tissue removed in operations are sent to the cellular pathology laboratory so that a
pathologist can examine them under the microscope. For many patients this is the test that tells them
whether they have cancer. If a specimen is lost, the diagnosis may be delayed or never made, and the
patient may need another procedure to take a new sample, if that is even possible. If a specimen is
labelled with the wrong patient's details, or is unlabelled, there is a risk that a result is given to
the wrong person.

Ashbourne Vale receives about 48,000 histology specimens a year from four theatre suites, the endoscopy
unit, dermatology and gynaecology clinics and a number of outpatient areas across two hospital sites.
Until 2022 specimens were recorded in paper books at the point of collection and signed for by porters
and laboratory reception staff. Reconciliation between the books was not done routinely. Our incident
reports for 2021 showed 37 specimens that were lost or could not be traced for more than 24 hours, 92
that arrived unlabelled or with labelling that did not match the request form, and four where the loss
was permanent. In one case a skin biopsy from a patient with a suspected melanoma was never found and the
patient had to return for wider excision without a diagnosis.

The aims of the project were to introduce electronic tracking of every specimen from the moment it is
taken to arrival in the laboratory, to print labels at the point of the procedure directly from the
electronic request, and to halve lost and mislabelled specimens within two years.
"""),
        ("evidence", "Results", """
Barcode labels printed from the electronic request were introduced in theatres and endoscopy in
September 2022 and in outpatient areas in March 2023. Each specimen is scanned when it leaves the
clinical area, when it is collected by the transport team and when it arrives at laboratory reception. A
daily report lists any specimen that has been scanned out but not in.

<<Q:Specimens lost or untraceable for more than 24 hours fell from 37 in 2021 to 6 in 2024.>>
<<Q:Specimens arriving unlabelled or with mismatched labels fell from 92 to 21 over the same period.>>
<<Q:The median time from the end of the procedure to arrival in the laboratory fell from 26 hours to 9
hours.>> <<Q:Permanent losses fell from four in 2021 to none in 2024.>>
"""),
        ("stakeholders", "Engagement and involvement", """
<<S:Theatre scrub practitioners and healthcare assistants tested the label printers in two theatres for
a month and asked for the printer to be mounted on the wall beside the specimen bench, not on the
anaesthetic trolley where it was first placed.>> <<S:Transport drivers pointed out that specimens from the
satellite site were waiting in an unlocked fridge for the afternoon run, and a second collection at
lunchtime was added at their suggestion.>> <<S:Biomedical scientists in specimen reception designed the
daily 'scanned out, not in' report, and clinic nurses in dermatology asked for a screen alert if a
specimen had not been received by the next day, which was built by the informatics team.>>

Patients are told at the time of their procedure how and when they will receive their result. Patients
affected by a lost or mislabelled specimen receive a letter and an apology under the duty of candour. We
plan to include a patient representative in our annual review of specimen incidents.
"""),
        ("value", "Value for money and experience", """
The hand-held scanners and label printers cost around £41,000, funded from the trust's digital capital
programme. A repeat procedure because of a lost specimen costs several hundred to several thousand
pounds, before counting the distress and delay for the patient. Laboratory staff spend far less time
chasing missing specimens, and theatre staff no longer need to handwrite labels at the end of a long
list.
"""),
        ("spread", "Spread", """
Tracking has been extended to cytology specimens and to the microbiology samples from theatres. We have
shared the project with the regional pathology network and with two neighbouring trusts that use the same
laboratory information system.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I523  raised NT-proBNP results and waits for echocardiography - pdf -
#       numbered questions with an appendix trailer - GP federation clinical
#       lead, measured - GP federation with acute trust cardiology, the
#       community heart failure nurses and a heart support group - patients
#       and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I523", format="pdf", layout="numbered_questions", topic="nt_probnp_echo_heart_failure_diagnosis",
    project="independent33-heartfirst-523", pdf_font="DejaVuSans", pdf_align="L",
    title="Heart First: acting on raised NT-proBNP results so heart failure is diagnosed before the next admission",
    cover=[
        "Lead entrant: Kestle Moor GP Federation (31 practices)",
        "Partners: Kestle Moor Hospitals NHS Trust (Cardiology and Echocardiography); Kestle Community Services NHS Trust (Community Heart Failure Nursing Team); Kestle Moor Heart Support Group",
        "Entry prepared by the Federation's Clinical Lead for Long-Term Conditions",
    ],
    primary_entrant=dict(name="Kestle Moor GP Federation", type="primary_care"),
    partners=[
        dict(name="Kestle Moor Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Kestle Community Services NHS Trust", type="nhs_trust"),
        dict(name="Kestle Moor Heart Support Group", type="patient_group"),
    ],
    sections=[
        ("context", "1. Why was the partnership needed, and what were its patient safety goals?", """
Most people with heart failure are diagnosed after an emergency admission, often when they are already
very breathless and fluid-overloaded, even though many of them had seen their GP with symptoms in the
months before. National guidance says that a person with suspected heart failure should have a blood
test called NT-proBNP and, if it is raised, an echocardiogram (a scan of the heart) and specialist
assessment within two or six weeks depending on the level.

In Kestle Moor this was not happening. GPs were requesting NT-proBNP tests, but a raised result did not
trigger anything. The GP had to remember to refer, using a general cardiology referral form, and the
referral then joined a routine echo waiting list that in 2022 was over 20 weeks. There was no way of
telling which patients on the list had a very high result. A review of emergency heart failure
admissions in 2022 found that a third of patients had had a raised NT-proBNP in primary care in the
previous six months, and most were still waiting for an echo when they were admitted. Some died waiting.

The partnership set out to make sure that every raised NT-proBNP result from a GP practice is seen by
someone who acts on it, that people with the highest levels are scanned within two weeks, and that
treatment can be started while people wait.
"""),
        ("evidence", "2. What evidence is there of improvement as a direct result of the partnership?", """
Since May 2023 every NT-proBNP result above the national threshold from a Kestle Moor practice is sent
by the laboratory to a shared electronic worklist as well as to the GP. The community heart failure
nurses review the worklist every weekday, check the GP record, and book the patient directly into a
one-stop clinic where an echo and a heart failure nurse assessment happen on the same visit. Patients
with very high levels are seen within two weeks. The nurses can start diuretics and other first-line
medicines under a protocol agreed with the cardiologists while the patient waits.

<<Q:For patients with an NT-proBNP above 2,000, the median time from blood test to echo fell from 17
weeks in 2022 to 12 days in 2024.>> <<Q:The proportion of emergency heart failure admissions in which the
patient had a raised NT-proBNP in primary care in the previous six months but no echo went down from 33%
to 9%.>> <<Q:Deaths within a year of a raised result among patients still waiting for an echo fell from
41 in the year before to 12 in the most recent year.>>

Over the 12 months to April 2024 the worklist received 2,960 raised results, and the one-stop clinic saw
2,410 patients.
"""),
        ("spread", "3. How has the work been applied elsewhere and best practice shared?", """
The laboratory worklist was set up using the pathology network's existing results system, and the other
GP federation in the same ICB area joined in January 2024. We presented the work at the British Society
for Heart Failure annual meeting and the ICB has included the one-stop clinic in its cardiology strategy.
"""),
        ("value", "4. What has been the impact on staff and patient experience, and value for money?", """
An emergency admission with heart failure costs the NHS several thousand pounds and lasts on average more
than a week. The one-stop clinic needs one extra sonographer and heart failure nurse session a day, paid
for by the ICB. GPs say the worklist has taken away the worry of a raised result getting lost in a busy
inbox. Patients get a diagnosis and treatment in one visit rather than waiting months.
"""),
        ("stakeholders", "5. Who was involved, and how were patients and staff involved?", """
<<P:Members of the Kestle Moor Heart Support Group, most of whom were diagnosed after an emergency
admission, told us at a meeting in the winter of 2022 that nobody had explained what the blood test was
for or what to do if they got worse while waiting.>> <<P:They wrote the 'while you wait' letter that now
goes to every patient with a raised result, which tells them which symptoms mean they should ring 111 or
999, and they asked for it to include a simple weight chart.>> <<P:Two members also helped us test the
one-stop clinic by going through it as mock patients before it opened, and because of what they said we
moved the echo before the nurse appointment so that the nurse has the result to talk about.>>

<<S:Cardiac physiologists and sonographers agreed to run the one-stop clinic after they helped design a
shortened echo protocol for the first visit.>> <<S:Heart failure nurses and GPs from four practices
piloted the worklist for three months and changed the threshold for the two-week slot after they found
too many patients were being booked into it.>> <<S:Practice pharmacists asked for the medicines started
by the nurses to be added automatically to the GP record, which the federation's digital team arranged.>>
"""),
    ],
    trailer=[
        ("heading", "Appendix: definitions and data sources"),
        ("para", "NT-proBNP: N-terminal pro B-type natriuretic peptide, a blood test used to rule heart failure in or out. Thresholds used are those in the national guideline on chronic heart failure in adults (400 ng/L for referral within six weeks; 2,000 ng/L for referral within two weeks)."),
        ("para", "Waiting times and results are taken from the pathology results system and the echocardiography booking system. Admission and mortality data were provided by the trust's information team and matched to primary care results by the ICB's data service."),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I524  kidney function checks before contrast CT in a community diagnostic
#       centre - docx - bold headings with a cover table that includes a
#       word count and a sign-off - CDC operational manager, businesslike -
#       acute trust with a GP federation and a private imaging provider as
#       partner - kidney patients involved - no staff involvement (GPs and
#       radiographers told, a named lead, a plan) - no quantitative evidence
# ---------------------------------------------------------------------------
entry(
    id="I524", format="docx", layout="bold_headings", topic="contrast_ct_kidney_function_cdc",
    project="independent33-contrastcheck-524", docx_font="Georgia",
    title="Contrast Check: safe kidney function screening before contrast CT at Hollins Cross Community Diagnostic Centre",
    cover_table=[
        ("Project title", "Contrast Check: safe kidney function screening before contrast CT at Hollins Cross Community Diagnostic Centre"),
        ("Lead organisation", "Greymoor Hospitals NHS Trust (Hollins Cross Community Diagnostic Centre)"),
        ("Partner organisations", "Greymoor North GP Federation; Lindale Imaging Services Ltd"),
        ("Word count", "Approx. 750"),
        ("Signed off by", "Divisional Director, Clinical Support Services"),
    ],
    primary_entrant=dict(name="Greymoor Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Greymoor North GP Federation", type="primary_care"),
        dict(name="Lindale Imaging Services Ltd", type="private"),
    ],
    sections=[
        ("context", "Background", """
Hollins Cross Community Diagnostic Centre opened in a former retail unit in 2022 to take tests out of
the main hospital and closer to where people live. It offers CT, MRI, ultrasound, x-ray, blood tests and
breathing tests. The CT service is run for the trust by Lindale Imaging Services under contract, and
most of the people referred to it come from GP practices, including many on urgent suspected cancer
pathways.

Many CT scans need an injection of iodine-based contrast. For most people this is safe, but for people
with reduced kidney function there is a risk that the contrast will make their kidneys worse, and some
medicines such as metformin need to be paused. The guidance says that people with risk factors should
have a recent kidney function blood test (eGFR) before the scan. In the hospital this was easy, because
almost every patient had had blood taken recently. At the diagnostic centre it was not. GP referrals
often had no eGFR or one that was more than a year old. Radiographers were then faced with a choice
between scanning without a result, which was unsafe for some people, sending the patient away, which
delayed a cancer diagnosis, or sending them to the hospital for a blood test and rebooking.

In the first six months after opening, the centre recorded 214 contrast CT appointments cancelled or
rebooked on the day because of a missing eGFR, and there were three incidents where patients with poor
kidney function were scanned with contrast without a recent result and later needed hospital care.
"""),
        ("evidence", "Evidence of improvement", """
Contrast Check was introduced in June 2023. When a GP referral for contrast CT arrives, the booking team
uses an electronic screening questionnaire agreed with the federation. If the patient has a risk factor
and no eGFR within the last three months, the centre's own phlebotomy clinic books a blood test at least
two days before the scan, in the same building, and the result is checked by a radiographer the day
before. Patients on metformin with low kidney function get advice on pausing it. A point-of-care
creatinine machine in the CT suite is used if a result is still missing on the day.

In the year to June 2024, 3,412 patients were screened with the questionnaire and 1,106 had a blood test
booked before their scan. The point-of-care machine was used 187 times. An audit in March 2024 of 100
contrast CT scans found that 97 had a valid eGFR or a documented reason recorded before the scan.
We have not yet repeated the count of appointments cancelled on the day for a missing result.
"""),
        ("value", "Value", """
The point-of-care machine cost £6,200 and the tests cost about £4 each. Booking the blood test in the
same building uses phlebotomy capacity that already existed. Each cancelled CT slot is a lost scan for
someone else, and each delay on a cancer pathway is a worry for the patient. For people with kidney
problems, avoiding contrast damage may avoid a hospital admission or a need for dialysis.
"""),
        ("stakeholders", "Involvement", """
<<P:We asked the Greymoor Kidney Patients' Association to look at the questionnaire and the letter, and
its members told us that many people did not know their kidney function was reduced, so the question
'Has anyone ever told you your kidneys don't work as well as they should?' was added.>> <<P:Members also
asked for the letter to say clearly whether to eat, drink and take medicines on the day, because they had
been given conflicting advice in the past, and the letter was rewritten with their wording.>>

GP practices in the federation were told about the new process through the federation newsletter and a
lunchtime webinar. Lindale's radiographers were trained in the use of the point-of-care machine. The
project was led by the centre's operational manager, Ruth Dacre. We intend to ask referring GPs and
radiographers for their views once the process has run for two years.
"""),
        ("spread", "Spread", """
The screening questionnaire is being adopted by the trust's main CT department for outpatient
referrals. The ICB has asked for the process to be written into the specification for the region's two
other community diagnostic centres, which are also opening CT services.
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I525  digital hospital passport shared with ambulance crews - pdf - bullet
#       lists - ambulance service learning disability and autism lead,
#       direct - ambulance service with the acute trust, a supported living
#       charity and a self-advocates' group - people with a learning
#       disability, families and staff involved - NO value section
# ---------------------------------------------------------------------------
entry(
    id="I525", format="pdf", layout="bullet_lists", topic="digital_hospital_passport_ambulance",
    project="independent33-passportonline-525", pdf_font="LiberationSans", pdf_align="L",
    title="My Passport Goes Too: a digital hospital passport for people with a learning disability or autistic people, visible to ambulance crews",
    cover=[
        "Aldermoor Ambulance Service NHS Trust (lead), with Aldermoor General Hospital NHS Trust, Keystone Care and Support (supported living charity) and Aldermoor Self-Advocates",
        "Contact: Learning Disability and Autism Clinical Lead, Aldermoor Ambulance Service",
    ],
    primary_entrant=dict(name="Aldermoor Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Aldermoor General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Keystone Care and Support", type="charity"),
        dict(name="Aldermoor Self-Advocates", type="patient_group"),
    ],
    sections=[
        ("context", "What was wrong", """
- many people with a learning disability and autistic people have a paper 'hospital passport' that tells staff how they communicate, what upsets them, what is normal for them and what medicines they take

- in an emergency the paper passport is often left behind, out of date, or in a drawer nobody can find at 3am

- our crews told us they regularly arrived at a house or a day centre to find a person who could not tell them what was wrong, with a support worker who had only started that week

- without knowing what is normal for the person, it is very hard to tell whether they are ill: is this person always quiet, or are they very unwell? do they always walk unsteadily, or is this new?

- learning disability mortality reviews in our area found several deaths where a change from the person's usual behaviour was missed, including a man whose constipation and sepsis were put down to 'challenging behaviour'

- crews also did not know about reasonable adjustments, like not using a siren, or letting someone hold a particular object

- in 2022 we set up a partnership to put the passport online, so that it travels with the person automatically
"""),
        ("evidence", "What has changed", """
- the digital passport is held on the ambulance service's patient record system and linked to the person's NHS number

- when a call is made to the person's address, or a crew searches their NHS number, a flag appears on the crew's tablet and they can open the passport before they arrive

- the hospital emergency department can see the same passport when the ambulance hands over

- people and their supporters can update it at any time through a simple web form, and Keystone checks each one every six months

- by the end of 2024, 1,380 people had a digital passport

- <<Q:in an audit of ambulance records for people with a learning disability, the proportion where the crew recorded the person's usual baseline (how they normally communicate and behave) went up from 18% in 2022 to 74% in 2024>>

- <<Q:people with a digital passport conveyed to the emergency department who had a reasonable adjustment recorded on arrival rose from 11% to 69%>>

- <<Q:complaints and incidents involving people with a learning disability or autistic people attended by our crews fell from 29 in 2022 to 12 in 2024>>
"""),
        ("stakeholders", "Who made it happen", """
- <<P:Aldermoor Self-Advocates chose what goes on the first screen, which is 'how I talk', 'what scares me' and 'what is normal for me', because they said those are the things a paramedic needs in the first minute>>

- <<P:members recorded short videos of themselves explaining their passports, which we used in crew training, and one member, Kieran, asked to come out on an ambulance shift so he could see what the tablet looked like, which he did>>

- <<P:family carers told us that many of their relatives would not let strangers touch them, so there is now a question 'how to approach me' near the top>>

- <<S:Keystone's support workers tested the web form with 30 of the people they support and asked for it to accept photos, so that people can show a picture of their usual skin colour or how they normally sit>>

- <<S:paramedics and emergency care assistants from two stations trialled the flag on their tablets and asked for it to show on the call details screen before they arrive, not only once the patient record is opened>>

- <<S:emergency department learning disability liaison nurses worked with our clinical team on the handover script, which now starts with 'this person has a passport'>>
"""),
        ("spread", "Spreading it", """
- the digital passport is now available to people supported by four other supported living providers in the county

- the neighbouring ambulance service, which uses the same record system, is setting it up

- we presented it to the national ambulance learning disability and autism network, and our web form has been shared with NHS England's regional learning disability team

- we are working with the two mental health trusts in our area so that their crisis teams can see the passport too
"""),
    ],
    flags=[dict(code="missing_section", criterion="value")],
)


# ---------------------------------------------------------------------------
# I526  PSA monitoring after prostate cancer moved into general practice -
#       docx - numbered questions - urology cancer nurse specialist,
#       thorough - acute trust urology with a PCN and a prostate cancer
#       support group - men, partners and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I526", format="docx", layout="numbered_questions", topic="psa_surveillance_after_prostate_cancer",
    project="independent33-psawatch-526", docx_font="Calibri",
    title="PSA Watch: safe remote monitoring for men after prostate cancer treatment",
    cover=[
        "Stourfield Hospitals NHS Trust, Urology Cancer Services (lead)",
        "Working with Stourfield East Primary Care Network and Stourfield Prostate Cancer Support Group",
        "Submitted by the Macmillan Urology Cancer Nurse Specialist",
    ],
    primary_entrant=dict(name="Stourfield Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Stourfield East Primary Care Network", type="primary_care"),
        dict(name="Stourfield Prostate Cancer Support Group", type="patient_group"),
    ],
    sections=[
        ("context", "1. Why was the partnership needed?", """
After treatment for prostate cancer, men need regular PSA blood tests for many years, because a rising
PSA is usually the first sign that the cancer has come back. For men on hormone treatment, PSA is also
how we know whether the treatment is still working. Traditionally these men came back to the hospital
urology clinic every three to six months for a blood test and a short appointment.

By 2021 we had more than 2,400 men on PSA follow-up and the clinic could not keep up. The pandemic made it
worse. Appointments were pushed back, and because the blood test was usually booked by the clinic, the
test was pushed back too. When we looked in 2021 we found that over a quarter of men were more than three
months overdue for their PSA. Some GP practices were also doing PSA tests, but there was no agreement
about who should look at the result. We found men whose PSA had been rising for a year without anyone
acting on it. In two cases the cancer had spread to the bones by the time it was picked up.

We wanted to move stable men out of the clinic into a remote monitoring system, with the blood test done
at their GP practice, the result checked by the hospital cancer team against agreed rules, and a quick
way back to a specialist if the PSA rises.
"""),
        ("evidence", "2. What evidence is there of improvements in safe care?", """
PSA Watch started in October 2022 with the six practices in the Stourfield East PCN and was extended to
the rest of the county in 2023. Men who are stable are moved onto the system by their consultant. The
system sends the man a text and the practice a request when a blood test is due. The result goes
directly into the system, and the cancer nurse specialists review every result against the man's own
rules. If the PSA has gone up past his trigger, he is booked back into clinic within two weeks. If a test
is not done, the system sends a reminder and then flags it to the nurses.

<<Q:Men more than three months overdue for a PSA test fell from 27% in 2021 to 4% in 2024.>>
<<Q:Rising PSA results that were acted on within two weeks rose from 45% to 94%.>> <<Q:Men found to have
bone metastases at the time a PSA rise was first acted on fell from 14 in 2021 to 4 in 2024.>>

By the end of 2024, 1,910 men were on PSA Watch and the clinic had released about 3,800 appointments a
year.
"""),
        ("spread", "3. How has the work been spread and shared?", """
The same system is now being used for men with testicular cancer and for people on surveillance after
kidney cancer, with the rules written by their own consultants. Two trusts in the region have visited us
and one is now using our protocols. We shared the work through the regional cancer alliance and at the
British Association of Urological Nurses conference.
"""),
        ("value", "4. What has been the impact on patient and staff experience, and value for money?", """
Each clinic appointment avoided saves a man a trip to the hospital, often with a partner taking time off
work to drive him, and parking costs. Most men say they prefer it, although a few have chosen to stay in
clinic and we have respected that. The system costs about £40,000 a year, which is less than the cost of
the clinic appointments it has replaced. Consultants now see the men who need them, and nurses feel more
in control of who is due what.
"""),
        ("stakeholders", "5. Who was involved and how?", """
<<P:The Stourfield Prostate Cancer Support Group was involved from the first meeting.>> <<P:Some of its
members were worried that being 'discharged to a computer' would mean being forgotten, and they asked for
every man to have a named nurse and a phone number, which they now do.>> <<P:Members and their partners
helped write the information pack and suggested that the text message should give the result as well as
saying it had been checked, because they said waiting to find out was the worst part.>> <<P:A group of
twelve men tested the texts and the web portal for two months before launch and we changed the portal
wording three times as a result.>>

<<S:Practice nurses and phlebotomists in the PCN told us that men were turning up with the wrong request
form, and they helped design a single electronic request that appears in the GP system automatically.>>
<<S:The urology consultants and nurse specialists agreed the PSA trigger rules together, man by man for
the first 300, before agreeing standard rules.>> <<S:Clerical staff in the cancer office suggested the
weekly 'not done' list, which they now work through by phone.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I527  hospital appointments missed by people in prison - docx - style
#       headings - PRIVATE prison healthcare company is the primary entrant,
#       with the prison and the acute trust as partners (ineligible) - head
#       of healthcare, confident - prisoner health champions involved - no
#       staff involvement (officers briefed, nurses told, a named lead, a
#       survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I527", format="docx", layout="style_headings", topic="prison_hospital_appointments_escorts",
    project="independent33-noemptychair-527", docx_font="Calibri",
    title="No Empty Chair: making sure people in prison get to their hospital appointments",
    cover=[
        "Primary entrant: Castellan Justice Health Ltd (healthcare provider at HMP Fellbrook)",
        "Partners: HMP Fellbrook; Fellbrook Teaching Hospitals NHS Trust (Outpatient and Cancer Services)",
        "Author: Head of Healthcare, HMP Fellbrook",
    ],
    primary_entrant=dict(name="Castellan Justice Health Ltd", type="private"),
    partners=[
        dict(name="HMP Fellbrook", type="public_other"),
        dict(name="Fellbrook Teaching Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The challenge", """
HMP Fellbrook is a category C training prison for around 900 men, many of them serving long sentences
and a growing number over the age of 60. Castellan Justice Health provides primary care, nursing and
mental health services in the prison under contract. When a man needs to see a hospital specialist, have
a scan or start cancer treatment, he has to be taken out under escort, usually by two officers, and
sometimes three if he is category B or at risk of escape.

In 2022 more than a third of hospital appointments for men at Fellbrook were missed. The most common
reason was that there were not enough officers on the day to staff the escort, because of staff shortages
and other priorities such as bedwatches for men already in hospital. Appointments were also missed
because the hospital letter went to the wrong address, because the man was moved to another prison,
or because the man refused on the day without anyone understanding why. Each missed appointment went to
the back of the hospital's waiting list.

The consequences were serious. In 2022 two men on urgent cancer pathways had their diagnosis delayed by
more than two months because of repeated cancelled escorts, and one man with a heart valve problem
missed three cardiology appointments in a row.

No Empty Chair was set up in 2023 with the prison and the trust. It has four parts: a daily escort
planning meeting with the prison's operations manager that ranks appointments by clinical priority, so
that cancer and urgent appointments are protected; video consultations from the prison's healthcare
centre for follow-up appointments that do not need an examination; a single hospital booking contact for
all Fellbrook appointments; and a conversation with every man before his appointment about what will
happen and whether he will be handcuffed.

Underneath these sits an agreement that took most of 2023 to reach. The prison agreed that escorts for
cancer and other urgent appointments would be the last thing cut on a short-staffed day, not the first.
The trust agreed that a cancelled Fellbrook appointment would be rebooked within two weeks rather than
going back to the end of the list, and that consultants would offer video follow-up wherever it was
clinically safe. We agreed to give the hospital a single named contact and to tell them by 9am if an
escort was at risk, so that the slot could be offered to someone else.
"""),
        ("evidence", "Results", """
We compared the financial year 2022/23 with 2023/24, using the healthcare appointments log and the
trust's outpatient data.

<<Q:Hospital appointments missed because of escort problems fell from 38% of all booked appointments to
14%.>> <<Q:Appointments on urgent cancer pathways missed for any reason fell from 21% to 3%.>> <<Q:Refusals
on the day went down from 61 in 2022/23 to 19 in 2023/24.>>

The trust now provides 14 video clinics a month into the prison. In 2023/24 there were 512 video
appointments, each of which would previously have needed an escort.
"""),
        ("stakeholders", "Involvement", """
<<P:Our prisoner health champions, men who are trained to give health information to other men on their
wing, told us that many refusals happened because men were frightened of being seen in handcuffs in a
public waiting room, or did not know they would be brought back the same day.>> <<P:The health champions
wrote the 'going to hospital' sheet that every man now receives before his appointment, and they
suggested that a nurse speaks to each man the day before, which has become part of the process.>> <<P:Men
on the older prisoners' wing asked for video appointments to be held in a private room rather than the
healthcare waiting area, and the room used was changed as a result.>>

Prison officers were briefed on the escort priority list at their morning meetings. Healthcare nurses
were told about the new booking process. I led the project as head of healthcare and chair the daily
meeting. We sent a short survey to the outpatient clinic staff at the hospital about video clinics and
most were satisfied, so no changes were made. We hope to ask operational staff for their views on the
priority list later this year.
"""),
        ("value", "Value for money", """
Each escort costs the prison around £600 in officer time, and more if overtime is needed. The video
clinics have replaced hundreds of escorts a year. A missed appointment also costs the hospital a wasted
slot. For the men, the biggest value is that their illness is diagnosed and treated on time, as it would
be for anyone outside.
"""),
        ("spread", "Spread", """
The escort priority list has been shared with the other prisons in the prison group and two have adopted
it. Fellbrook Teaching Hospitals is setting up video clinics into a second prison. We have presented the
work to the regional health and justice partnership board.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I528  raised CA125 results and pelvic ultrasound - pdf - no headings -
#       short - ICB cancer programme manager, brisk - ICB with the acute
#       trust gynaecology and radiology teams and a GP federation - staff
#       involved - no patient involvement (women sent letters, a plan) - no
#       quantitative evidence (activity counts and a single figure)
# ---------------------------------------------------------------------------
entry(
    id="I528", format="pdf", layout="no_headings", topic="ca125_ultrasound_ovarian_cancer",
    project="independent33-ca125safetynet-528", pdf_font="LiberationSans", pdf_align="J",
    title="CA125 Safety Net: no raised result without a scan",
    cover=[
        "NHS Penmore and Lyne Integrated Care Board, Cancer Programme (lead)",
        "With Penmore General Hospital NHS Trust (Gynaecology Oncology and Radiology) and Lyne Valley GP Federation",
    ],
    primary_entrant=dict(name="NHS Penmore and Lyne Integrated Care Board", type="icb"),
    partners=[
        dict(name="Penmore General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Lyne Valley GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", None, """
Ovarian cancer is often found late because its early symptoms (bloating, feeling full quickly, tummy
pain, needing to pass urine more often) are vague. The national guidance is that a woman with these
symptoms should have a CA125 blood test and, if it is raised, an urgent ultrasound scan of the pelvis and
abdomen. In Penmore and Lyne the second step depended on the GP noticing the result and requesting the
scan. A review of ovarian cancer diagnoses in 2022 found women whose raised CA125 had not been followed by
a scan for several months, and in some cases not at all. The reasons were ordinary ones: a locum who had
left, a result filed as 'seen' by mistake, a scan request rejected by radiology because a box was missing.

Each organisation could see its own part of the problem but not the whole of it. The laboratory issued
the result and had done its job. Radiology could only book scans it had been asked for. Practices were
receiving hundreds of results a day and relied on whoever was on duty to spot the one that mattered. The
ICB's cancer programme brought the laboratory, radiology, gynaecology oncology and the GP federation
together in the autumn of 2023 with one aim: that no woman with a raised CA125 from a GP test should
go without a scan, whoever happened to be reading the result.
"""),
        ("evidence", None, """
From February 2024 every raised CA125 from a GP request in Penmore and Lyne generates an automatic
request for an urgent pelvic ultrasound, which radiology books directly with the woman. The GP is told the
scan has been booked. If the scan shows something suspicious, the radiologist refers the woman straight
to the gynaecology oncology team. A weekly list of raised results without a scan is checked by the
federation's clinical pharmacist team.

In the first ten months, 486 raised CA125 results triggered an automatic scan request. 471 women had
their scan within two weeks, and 15 needed more than one reminder. Twenty-two women were referred on to
gynaecology oncology and nine were diagnosed with ovarian cancer. The weekly list has been empty in most
weeks since the summer. We will compare stage at diagnosis with earlier years once a full year of cancer
registry data is available.
"""),
        ("stakeholders", None, """
<<S:Sonographers and radiologists at Penmore General agreed to accept the automatic requests after they
helped write the minimum information the request must contain, and asked for a free-text box for the
GP's clinical concern.>> <<S:GPs on the federation's clinical board tested the automatic request in six
practices for a month and asked that the practice is sent a message when the scan is booked, not only when
the report is issued.>> <<S:Gynaecology oncology nurse specialists suggested that radiology refers
suspicious scans directly to them rather than back to the GP, which saves a week.>> Women with a raised
result are sent a letter explaining why they are having a scan. We plan to ask the cancer alliance's
patient panel to review the letter.
"""),
        ("value", None, """
The automatic request was built in the existing pathology and radiology systems at no extra cost. It
removes a step that could fail, which is the GP having to act on the result, and it has taken a worry
away from practices. The scans would have been needed anyway; the difference is that they now happen
within two weeks, and nobody has to remember to ask for them. Ultrasound capacity was found by moving
two routine lists a week to evening sessions.
"""),
        ("spread", None, """
The cancer alliance is sharing the approach with the other two ICBs in the alliance, and the same
automatic request is being considered for raised PSA results in men over 70.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)
