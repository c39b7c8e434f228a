"""Sixty-seventh independent evaluation set (I1057..I1072) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional, apart from
a national public body or two named as partners.  The entries are meant to be ordinary:
the kind of thing GP federations, primary care networks, pathology networks, councils,
charities, a care association, a university, an ambulance service, NHS trusts, an
integrated care board, a patients' group and the odd private company send in, in their
own voices and at their own length.  The theme of this set is diagnostics and test
results: pathology and radiology results that are not acted on, screening programmes,
point-of-care testing, and results follow-up between hospital and GP.

Topics: bowel test kits (FIT) handed out in general practice and never returned (a GP
federation with the hospital laboratory, the ICB and a bowel cancer support group, own
headings), NHS Health Check results from outreach checks in mosques, markets and
workplaces that never reached the GP record (a council public health team, bold headings
with a cover table), blood glucose meters in care homes with no quality control (a care
association, no headings, long), iron deficiency anaemia found on GP blood tests and not
investigated (a pathology network hosted by an acute trust, CAPS headings), the other
findings on lung health check CT scans, such as coronary calcium and emphysema (an
integrated care board, numbered questions with cover bullets), familial
hypercholesterolaemia hidden in routine cholesterol results (a university lead, two
columns), urine culture results showing that the antibiotic already started will not
work (a primary care network, a form with a cover table), blood tests taken at home by
paramedics and community nurses whose results have no owner (an ambulance service,
numbered questions), abnormal results from home blood test kits bought online (a private
home testing company as primary entrant, lists), blood samples rejected by the laboratory
and never taken again (departments of one trust, no partner, a pdf made from Word), women
who do not attend colposcopy after an abnormal cervical screening result (an acute trust
colposcopy service, results first, no spread section), screening invitations for trans
and non-binary people (an LGBT+ health charity, style headings), the follow-up chest x-ray
six weeks after pneumonia (an acute trust respiratory and radiology team, with appendix,
long), blood test results that come back after men are released from prison (a private
prison healthcare company as primary entrant, lists), vertebral fractures on CT and bone
density reports that never lead to treatment (an osteoporosis members' group as lead, a
form with a cover table) and quality checks for point-of-care analysers in rural general
practice and community pharmacy (a primary care network, short, no evidence section).

Lead types and layouts: I1057 primary_care (GP federation), pdf own_headings; I1058
local_authority, docx bold_headings with a cover table; I1059 charity (care
association), docx no_headings; I1060 nhs_trust (pathology network host), pdf
caps_headings; I1061 icb, docx numbered_questions with cover bullets; I1062 university,
pdf two_column; I1063 primary_care (PCN), docx form_table with a cover table; I1064
emergency_service (ambulance), pdf numbered_questions; I1065 private, pdf bullet_lists;
I1066 nhs_trust (no partner), pdf style_headings via soffice; I1067 nhs_trust (acute),
docx reordered; I1068 charity (LGBT+ health), docx style_headings; I1069 nhs_trust
(acute), pdf with_appendix; I1070 private, docx bullet_lists; I1071 patient_group, pdf
form_table with a cover table; I1072 primary_care (PCN), docx rubric_headings.

Flags: no_patient_involvement I1058, I1060, I1063, I1066, I1069; no_staff_involvement
I1059, I1068, I1070, I1071; no_quantitative_evidence I1062 (a measured change told only
in the value section), I1065, I1066, I1072; ineligible I1065 (private lead), I1066 (no
partner), I1070 (private lead); missing_section I1067 (spread, with patient involvement
told in the context section) and I1072 (evidence).  I1057, I1061 and I1064 have no
flags.

Build it with

    .venv/bin/python data/independent/build.py --set 67   (writes data/corpus/independent67/)

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
    numbers trained, activity counts (visits, calls, referrals, checks, kits, tests,
    people screened, flagged or identified), single figures with no baseline, a zero
    with no earlier figure, baseline figures on their own, figures that did not change,
    budgets, costs and savings estimates, phone numbers, postcodes, reference numbers,
    targets not yet reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    ('halved', 'a third fewer', a sustained run above the centre line of a chart);
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, unusual job titles, list items), wherever in the
    entry it is told;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters and texts,
    plans and intentions, negations, unnamed 'stakeholders', organisations agreeing,
    hosting or funding, a single named lead doing their job, audiences at meetings that
    were only updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance services are emergency_service;
GP practices, GP federations, primary care networks and local pharmaceutical committees
are primary_care; patients' support and members' groups are patient_group; care
associations and community charities are charity; national public bodies such as NHS
England and the Probation Service are public_other; a university is university; home
testing and prison healthcare companies are private).  A department or team of the
entrant's own organisation is not a partner.  Flags are written by hand and build.py
cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1057  bowel test kits (FIT) never returned - pdf - own headings - GP
#        federation clinical lead for cancer, practical - GP federation with
#        the acute trust laboratory and colorectal team, the ICB and a bowel
#        cancer support group - patients and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1057", format="pdf", layout="own_headings", topic="fit_kits_not_returned_primary_care",
    project="independent67-kitback-1057", pdf_font="LiberationSans", pdf_align="L",
    title="Kit Back: making sure every bowel test kit handed out in general practice comes back and is acted on",
    cover=[
        "Lead organisation: Orrinsford GP Federation (24 member practices)",
        "Partners: Orrinsford and Wey Hospitals NHS Foundation Trust (Blood Sciences and Colorectal Surgery); NHS Wey Valley Integrated Care Board; Lower Wey Bowel Cancer Support Group",
        "Entry written by the Federation's Clinical Lead for Cancer",
    ],
    primary_entrant=dict(name="Orrinsford GP Federation", type="primary_care"),
    partners=[
        dict(name="Orrinsford and Wey Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="NHS Wey Valley Integrated Care Board", type="icb"),
        dict(name="Lower Wey Bowel Cancer Support Group", type="patient_group"),
    ],
    sections=[
        ("context", "The problem", """
A faecal immunochemical test, or FIT, looks for tiny traces of blood in a sample of stool. GPs use it
to decide which people with bowel symptoms, such as a change in bowel habit, weight loss or anaemia,
need an urgent referral for suspected bowel cancer. It is a good test. It is cheap, it is done at
home, and a negative result in the right person is genuinely reassuring. But it only works if the kit
comes back.

In our practices a kit was usually handed over at reception or posted out after a telephone
consultation. The patient was asked to take the sample and post it to the laboratory in a pre-paid
envelope, or drop it back at the surgery. When the result arrived it appeared in the GP's inbox like
any other. When it did not arrive, nothing appeared at all. There is no alert for a result that never
comes. The GP who asked for the test had usually moved on to the next patient, and in a busy practice
might not see that person again for months.

We learned what this meant in 2022. A man of 58 had seen one of our GPs in March with looser stools
and tiredness, and was given a kit. He put it in a kitchen drawer, meaning to do it after a family
wedding, and forgot. Nobody chased him, because nobody knew. He came back eleven months later with a
blocked bowel and was found to have a cancer that had already spread to his liver.

When we went back through the records of three practices for the first half of 2022, about one kit in
five handed out had never been returned. Others had been sent in without a name on the tube, or had
arrived at the laboratory after the sample had expired, and were rejected. The laboratory knew which
samples arrived but not which kits had been handed out, and the practices knew which kits had been
handed out only if someone had written it down. Nobody had the list that mattered: the people who had
been given a kit and had not sent it back.

Kit Back changed three things. Every kit is now requested on the electronic ordering system before it
is handed over, so the laboratory holds an open request from the moment the patient leaves the
surgery, and the label is printed with the patient's details. Every Monday the laboratory sends the
federation a list of open requests more than 14 days old. And a small team of care navigators in the
federation's hub works through that list: a text message at 14 days, a phone call at 21 days, and at
28 days a task to the requesting GP, who decides whether to refer the patient without waiting any
longer.
"""),
        ("evidence", "What has changed", """
We compared the six months from January to June 2022, before the change, with the whole of 2023/24.

<<Q:The proportion of kits handed out that were never returned fell from 19% to 6%.>> <<Q:The median
time from a kit being given out to a result being available to the GP went down from 17 days to 9
days.>> <<Q:Samples rejected by the laboratory because the tube was unlabelled or arrived too late
have halved.>>

In 2023/24 the hub team sent 4,260 reminder texts, made 1,180 phone calls and passed 214 unreturned
kits back to GPs. Most of those 214 patients were then referred or seen again. Over the same year, 37
bowel cancers were diagnosed in people who had a FIT through Kit Back. We do not know how many of
them would have been missed without it, and we have not tried to guess.
"""),
        ("stakeholders", "Who helped and how", """
<<P:Members of the Lower Wey Bowel Cancer Support Group, several of whom had been diagnosed after a
FIT, sat down with the kit and the instructions at one of their monthly meetings and tried to follow
them as if for the first time.>> <<P:They found the leaflet hard going and were put off by the
picture of the sampling stick, so they rewrote it in plain words, with a tick-box list on the
envelope, and added a line saying that the people who handle the samples do this all day and are
not embarrassed by them.>> <<P:One member also pointed out that many people did not realise the kit
had a use-by date, and the date is now printed in large type on the label.>>

<<S:The care navigators in the hub wrote the text message and the phone script themselves, after
listening back to the first fifty calls together, and they moved the first text from seven days to
fourteen when they found that most people had simply not got round to it yet.>> <<S:Specimen
reception staff at the laboratory told us that hand-written labels caused most of the rejected
samples, which is why labels are now printed at the practice.>> <<S:The colorectal nurse specialists
and two of our GPs agreed together which patients should be referred straight away if their kit has
not come back by 28 days.>>
"""),
        ("value", "Is it worth it?", """
Each kit costs the NHS a few pounds. The hub team's time adds up to about 0.6 of a full-time post,
paid for by the ICB from its cancer funding at around £17,000 a year. A bowel cancer found at an early
stage is far cheaper to treat than one found late, and far more likely to be cured.

For practices, the relief is not having to remember who has not sent a kit back. GPs say they feel
safer handing one out, and reception teams no longer field calls from patients asking whether their
result has arrived when the sample never did.
"""),
        ("spread", "Sharing it", """
All 24 practices in the federation use Kit Back. The ICB has asked the two other GP federations in Wey
Valley to adopt it from April 2025, and the laboratory, which serves all three, is ready to send them
the same weekly list. We have shared the text message script and the rewritten instructions through
the regional cancer alliance, and the laboratory has presented the open-request list at a national
pathology meeting.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1058  NHS Health Check results from outreach checks not reaching the GP
#        record - docx - bold headings with a cover table - consultant in
#        public health, measured - council with an outreach charity and a GP
#        federation - staff involved - NO patient involvement (people given
#        printed results, a survey that changed nothing, venues agreeing to
#        host, beneficiaries, a plan for a community panel)
# ---------------------------------------------------------------------------
entry(
    id="I1058", format="docx", layout="bold_headings", topic="outreach_health_check_results_gp_record",
    project="independent67-resultsthattravel-1058", docx_font="Calibri",
    title="Results That Travel: getting outreach NHS Health Check results into the GP record",
    cover_table=[
        ("Entry title", "Results That Travel: getting outreach NHS Health Check results into the GP record"),
        ("Lead organisation", "Tarnwick City Council (Public Health)"),
        ("Partner organisations", "Tarnwick Community Wellbeing Trust (registered charity, outreach health checks); Tarnwick Central GP Federation"),
        ("Entrant", "Consultant in Public Health, Tarnwick City Council"),
    ],
    primary_entrant=dict(name="Tarnwick City Council", type="local_authority"),
    partners=[
        dict(name="Tarnwick Community Wellbeing Trust", type="charity"),
        dict(name="Tarnwick Central GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "Background", """
The NHS Health Check is a check-up for adults aged 40 to 74, looking for early signs of heart disease,
stroke, kidney disease and type 2 diabetes. The council commissions it. For years almost all checks in
Tarnwick were done in GP surgeries, and the people who came were mostly those who least needed them.
In 2021 we began commissioning the Tarnwick Community Wellbeing Trust to run outreach checks in places
people already go: mosques and gurdwaras, the covered market, two large warehouses, the taxi rank
office and the football ground on match days. Its nurses and health care assistants use finger-prick
point-of-care tests for cholesterol and HbA1c, so results are ready within minutes.

The outreach checks reached exactly the people we hoped: men in their forties and fifties who had not
seen a GP in years, people working nights, and communities at high risk of diabetes and heart disease.
They also found a great deal of undiagnosed illness. What they did not do was get that illness into
the hands of a GP.

At the time, results were sent to the person's practice on a PDF form by secure email. Each practice
had a different inbox, some checked weekly by an administrator and some, it turned out, not checked
at all. The form could not be read automatically, so nothing was coded. The person was handed a
printed copy and told to book an appointment with their GP if anything was raised. Many did not. Some
did, and found their GP had no record of the check.

In September 2022 a 52-year-old taxi driver had a check at the rank office. His blood pressure was
196/118. The nurse told him to see his GP that week and emailed the form to his practice. The email
went to an inbox that had not been used since a practice merger. He did not make an appointment
because he felt fine. Seven weeks later he had a stroke. Our review found this was not unusual: of the
37 people found at outreach checks in 2022 with a blood pressure of 180/110 or above, only nine had
been seen by their practice within a week.

Since April 2023 outreach results are sent as a structured electronic message that files straight into
the GP record with the right codes, so a raised blood pressure, cholesterol or HbA1c appears in the
practice's own searches and recall lists. Any result above an urgent threshold triggers a phone call
from the outreach nurse to the practice's duty clinician the same day, and the person leaves the check
with an appointment already booked. The federation's data team checks every fortnight that each
outreach result sent has been received and coded, and chases any that have not.
"""),
        ("evidence", "Evidence of improvement", """
We compared outreach checks carried out in 2022 with those in 2024.

<<Q:Outreach Health Check results coded in the GP record within 14 days rose from 41% to 94%.>>
<<Q:People with a blood pressure of 180/110 or above who were seen by a GP or practice nurse within a
week went from 9 of 37 in 2022 to 58 of 63 in 2024.>> <<Q:People with an HbA1c in the diabetes range
at an outreach check who had a confirmatory blood test within a month rose from about a third to
85%.>>

The trust's teams carried out 6,950 outreach checks in 2024, 38% of them with people who had had no
contact with their practice in the previous two years. The structured message has been used for every
outreach check since April 2023.
"""),
        ("stakeholders", "Involvement", """
<<S:Practice managers from the federation and the federation's data team designed the structured
message with the council's information governance officer, and it was the practice managers who
insisted that urgent results must also be phoned through, because they did not trust any inbox to be
read the same day.>> <<S:The outreach nurses tested the new process at the market and the taxi rank
for six weeks and asked for the appointment to be booked before the person left, after finding that
many people with very high readings said they would sort it out themselves and then did not.>>
<<S:Duty doctors in four practices agreed the urgent thresholds with the trust's clinical lead, and
changed the HbA1c threshold after the first month when they found they were being called about people
who could safely be seen within a fortnight.>>

Everyone who has an outreach check is given a printed copy of their results, in Urdu, Punjabi, Bengali
or Polish where needed, and is told what will happen next. We surveyed 300 people after their check in
2023 and 88% said they understood their results, so we kept the results sheet as it was. The mosque
committees, the football club and the two employers all agreed to keep hosting the checks. The project
is aimed squarely at people who do not usually see their GP, and we plan to set up a community panel
with them in 2025 to help decide where the outreach team should go next.
"""),
        ("value", "Value", """
The structured message was built within the GP system supplier's existing contract, for about £6,000
of council money. The phone call and booking add around five minutes to a check with an urgent result.
Catching very high blood pressure before a stroke, or diabetes before it damages eyes, kidneys and
feet, is the whole point of the programme, and a single stroke costs health and social care tens of
thousands of pounds in its first year.

Practice staff say they no longer have to open PDFs and type in numbers, and the outreach nurses say
they go home less worried about the people they have seen.
"""),
        ("spread", "Spread", """
The same message is now used by the two community pharmacies that offer Health Checks in Tarnwick, and
the council has written it into the new outreach contract. We have shared the specification with the
public health teams of the four neighbouring councils and presented the work at the regional NHS
Health Check network. One neighbouring council began using the message in October 2024.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1059  blood glucose meters in care homes with no quality control - docx -
#        no headings - long - care association chief officer, first person,
#        chatty - care association with the acute trust's point-of-care testing
#        service and the community diabetes nurses - a resident and families
#        involved - NO staff involvement (carers and nurses trained, managers
#        briefed, a named point-of-care manager auditing, nurses reviewing
#        readings as their job, a questionnaire that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1059", format="docx", layout="no_headings", topic="care_home_glucose_meter_quality_control",
    project="independent67-readingitright-1059", docx_font="Georgia",
    title="Reading It Right: safer blood glucose testing in Cheverell care homes",
    cover=[
        "Cheverell and District Care Association (registered charity representing 31 care homes), working with Cheverell Hospitals NHS Trust (Point of Care Testing Service) and Cheverell Community Health NHS Trust (Diabetes Specialist Nursing)",
        "Entry by the Chief Officer, Cheverell and District Care Association",
    ],
    primary_entrant=dict(name="Cheverell and District Care Association", type="charity"),
    partners=[
        dict(name="Cheverell Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Cheverell Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", None, """
I have run the care association for nine years, and before that I managed a nursing home for eleven,
so I have seen a lot of blood glucose meters. Until recently almost every one of our member homes
bought its own. Some came from the local chemist, some from online suppliers, and some were left
behind when a resident moved in with their own. In one home I visited in 2022 there were four
different makes on the same floor, each with its own strips, and nobody could tell me when any of them
had last been checked against anything.

That matters more than it sounds. About one resident in five in our homes has diabetes, and many of
them are on insulin or on tablets that can drop their blood sugar dangerously low. Nurses and senior
carers make decisions on the number the meter shows: whether to give the insulin, whether to give a
snack, whether to call 111. If the meter is wrong, the decision is wrong. Strips that have been left
open, kept in a hot room or used after their expiry date can read high or low. A meter that has never
had a quality control check can drift without anyone knowing. Hospitals deal with this through their
point-of-care testing service, which checks every meter on every ward regularly. Care homes had
nothing like it. We were, in effect, running a small laboratory in every home with no quality control
at all.

We found out how risky this was in the winter of 2022. A lady of 88 in one of our nursing homes, who
had type 2 diabetes and was on insulin, was checked before her evening dose. The meter said 6.2, so
the nurse gave her insulin as usual. Later that evening she was found very drowsy and hard to wake.
The ambulance crew's meter read 1.9. She recovered in hospital, but the home's meter, when the hospital
tested it, was reading more than three times too high, because its strips had been kept on a
windowsill above a radiator for months.

Three weeks later, in another home, a younger resident with type 1 diabetes became very unwell with
diabetic ketoacidosis. Nobody had checked his ketones, because the home did not have a ketone meter
and did not know that one was needed when his sugars were running high.

I took both stories to the hospital's point-of-care testing manager and asked, rather bluntly, whether
her service could help us. To my surprise the answer was yes, as long as the homes would play by the
same rules as the wards. The community trust's diabetes service joined as well, since it was the
service being asked to make decisions over the phone on readings nobody could trust.

Reading It Right, as it became, has four parts. First, every home that joined swapped its assorted
meters for one standard model, the same one the hospital uses, with blood ketone testing built in,
supplied and registered by the point-of-care testing service. Second, each home runs a quality control
check on every meter every week, using control solutions the service provides, and the results are
uploaded when the meter is docked. Third, every glucose and ketone reading is uploaded to a secure web
page that the diabetes nurses can see, so that when a home rings for advice the nurse is looking at
the same numbers. Fourth, every resident on insulin or a sulphonylurea has a one-page plan saying what
to do at each reading, including when to test ketones and when to call for help.

None of this is clever. It is what hospitals have done for twenty years. What was new was a hospital
laboratory service taking responsibility for equipment in buildings it does not own, used by staff it
does not employ, and a group of independent care homes agreeing to be audited by it. I do not think
either would have happened without the two incidents, and I am sorry that it took them.

Not every home joined at once. Some had only just bought new meters of their own and did not want to
throw them away; some were worried about what an outside audit might find and who would see the
results. The association agreed to pay the first year's registration for every home from its
reserves, and the hospital agreed that audit findings would go to the home and the association only,
not to commissioners or inspectors, unless a resident had come to harm. That settled most of it. By
the end of the first year the homes that had held back were asking when they could join, mainly
because the homes that had joined were no longer being asked by the diabetes nurses to read numbers
down the phone that nobody believed.
"""),
        ("evidence", None, """
Twenty-three of our 31 homes had joined by March 2023, and the rest have joined since. Between them
they now have 96 registered meters, and 4,100 weekly quality control checks were recorded in 2024.

<<Q:At the first audit in spring 2023, roughly one meter in four failed its quality control check or
was being used with out-of-date strips; at the latest audit, in September 2024, 2 of 96 did.>>
<<Q:Ambulance call-outs for low blood sugar among residents of the 23 homes that joined first fell
from 41 in 2022 to 17 in 2024.>> <<Q:Admissions with diabetic ketoacidosis from those homes went from
five in 2022 to none in 2024.>>

The diabetes nurses can now see readings for about 170 residents online. In 2024 they made 312 changes
to insulin or tablet doses on the strength of those readings, most of them without needing to visit.
"""),
        ("stakeholders", None, """
<<P:We asked the families of residents with diabetes what worried them, and the daughter of one
resident told us that her mother's readings were written on scraps of paper that got lost, which is
one of the reasons we chose a meter that uploads every reading.>> <<P:Mr Arthur Pennell, a resident at
Lime Tree House who has managed his own type 1 diabetes for more than fifty years, tried two meters
for a fortnight and told us which one he could read without his glasses and which one he trusted, and
that is the meter we bought.>> <<P:He also asked that residents who can still test themselves should
be allowed to carry on doing so, and the one-page plan now has a box for that.>>

All 412 nurses and senior carers in our homes who test blood glucose have been trained by the
point-of-care testing service, and each has to pass a short practical assessment before they can use
a meter. Home managers were sent the new policy and briefed at our members' meeting in February 2023.
The point-of-care testing manager, Gillian Roe, audits each home every quarter, and the diabetes nurses
review the uploaded readings every week as part of their caseload. We sent a questionnaire to staff
after the training; most said it was useful, so it has stayed as it is. We would like to set up a
group of care staff to act as meter champions next year.
"""),
        ("value", None, """
The meters cost about £30 each, and the control solutions and strips cost little more than homes were
already spending on assorted strips, because the hospital buys them in bulk. The point-of-care testing
service charges the association £4,200 a year for registration and audit, which we share between the
homes. One ambulance call-out and admission for a hypo costs the NHS several thousand pounds, and for a
frail resident a night in hospital can mean weeks of getting back on their feet.

What I notice most is calm. Nurses in our homes tell me that when they ring the diabetes team now, the
conversation is about the resident, not about whether the reading is right. Families say they like
knowing that the readings go somewhere and that someone looks at them.
"""),
        ("spread", None, """
Two care associations in neighbouring counties have visited to see how it works, and one is talking to
its own hospital's point-of-care testing team. The hospital has offered the same arrangement to the 14
supported living services in Cheverell, and the community trust's district nurses now use the same
meters in people's own homes, so a reading means the same thing wherever it is taken. We have written
up the policy and the one-page plan and will share them with anyone who asks.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1060  iron deficiency anaemia found in general practice and not
#        investigated - pdf - CAPS headings - consultant haematologist, dry -
#        pathology network hosted by an acute trust with a PCN and the ICB -
#        staff involved - NO patient involvement (patients sent texts and a
#        leaflet, patient groups told at a meeting, a hope that did not happen,
#        beneficiaries)
# ---------------------------------------------------------------------------
entry(
    id="I1060", format="pdf", layout="caps_headings", topic="iron_deficiency_anaemia_gp_investigation",
    project="independent67-notjustlowiron-1060", pdf_font="DejaVuSans", pdf_align="L",
    title="NOT JUST LOW IRON: making sure iron deficiency anaemia found in general practice is investigated",
    cover=[
        "LEAD: Eskdown Pathology Network, hosted by Eskdown and Marsh University Hospitals NHS Trust",
        "PARTNERS: Eskdown North Primary Care Network (eight practices); NHS Eskdown and Marsh Integrated Care Board",
        "AUTHOR: Consultant Haematologist and Clinical Lead for Blood Sciences",
    ],
    primary_entrant=dict(name="Eskdown and Marsh University Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Eskdown North Primary Care Network", type="primary_care"),
        dict(name="NHS Eskdown and Marsh Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "WHY THIS MATTERED", """
Iron deficiency anaemia (IDA) is common and usually has a harmless cause, such as heavy periods or a
poor diet. In men of any age and in women who no longer have periods, it is different. In these groups
IDA is often the first sign of slow blood loss from the bowel or stomach, and national guidance says
that new, unexplained IDA in a man or a post-menopausal woman should lead to an urgent referral for
investigation of the gut, together with a blood test for coeliac disease.

Most IDA is found by GPs, often on a blood test done for another reason. The result arrives in a busy
inbox flagged only as 'low'. It is easy to prescribe iron tablets and move on. The tablets correct the
blood count, which is reassuring, while the cause is left alone.

In 2021 the network looked at 300 consecutive adults in the eight practices of Eskdown North who had a
new result showing IDA and who met the criteria for investigation. Only 38% had been referred or
investigated within eight weeks. The median time to any investigation was 74 days. Nearly half had not
had a coeliac test. Among the patients who were eventually found to have bowel cancer, three had been
taking iron tablets for more than a year.

The laboratory was producing accurate results, the practices were acting in good faith and the
guidance was clear. What was missing was anything that turned a result into an action.

From April 2022 the laboratory system recognises a new IDA pattern automatically: a low haemoglobin
with a low ferritin, in a man aged 18 or over or a woman aged 50 or over, with no IDA result in the
previous year. It adds a coeliac antibody test to the same sample without a new request, and attaches
a short comment to the report recommending urgent referral for investigation unless a cause is
already known. Every Monday the laboratory sends the PCN a list of these patients. The PCN's clinical
pharmacists check each record within a week, and if nothing has been done they send a task to the GP
with a pre-filled referral form for the straight-to-test pathway. The ICB funded the pharmacists' time
and paid for the changes to the laboratory system.
"""),
        ("evidence", "WHAT HAS IMPROVED", """
We repeated the audit for the 12 months to March 2024, using the same criteria.

<<Q:Patients with new IDA who were referred or investigated within eight weeks rose from 38% to
81%.>> <<Q:The median time from the blood test to the first investigation fell from 74 days to 19
days.>> <<Q:Patients with new IDA who had a coeliac test went from just over half to 98%.>>

In the 2023/24 cohort 412 patients were flagged and the pharmacists sent 129 tasks to GPs.
Investigation found 14 bowel cancers, 4 stomach or oesophageal cancers and 22 cases of coeliac
disease.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<S:The PCN's clinical pharmacists designed the weekly check and the template they use, and asked for
the laboratory list to include each patient's current medicines so that they could see at a glance who
was already on iron or a blood thinner.>> <<S:GPs in the eight practices tested three versions of the
report comment and rejected the first two as too long; the one in use was written by a GP registrar
in one of the practices.>> <<S:Biomedical scientists in the haematology laboratory worked out the rule
that recognises a new IDA pattern and tested it against two years of old results before it went
live.>> <<S:The gastroenterologists agreed which patients could go straight to colonoscopy or CT
without being seen in clinic first.>>

Patients whose result is flagged are sent a text by their practice asking them to book a call with the
GP. A leaflet explaining why the tests are needed is given to everyone referred. The PCN's patient
participation groups were told about the project at their annual joint meeting. We had hoped to ask
patients what they thought of the texts, but this has not yet happened. In the end it is patients who
benefit, and many of them will never know that anything changed.
"""),
        ("value", "VALUE", """
The laboratory changes took about 15 days of IT time. Pharmacist time is around three hours a week
across the PCN. A coeliac test added to an existing sample costs a few pounds and saves a second blood
test. Finding a bowel cancer a few months earlier can be the difference between an operation that
cures it and treatment that does not. GPs say the comment and the pre-filled form make it quicker to
do the right thing than the wrong one.
"""),
        ("spread", "SPREAD", """
The rule and the comment have been switched on for all 61 practices served by the network since April
2024, and the ICB is funding pharmacist checks in two further PCNs. We have shared the rule with the
other pathology networks in the region and presented the work at a national haematology meeting in
2024.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1061  the other findings on lung health check CT scans - docx - numbered
#        questions with cover bullets - ICB programme manager, a little
#        corporate - ICB with the acute trust's lung health check service, a
#        PCN and a lung support group - patients (partly in passive voice) and
#        staff involved; one claim is a run of points above the centre line -
#        no flags
# ---------------------------------------------------------------------------
entry(
    id="I1061", format="docx", layout="numbered_questions", topic="lung_health_check_incidental_findings",
    project="independent67-beyondthenodule-1061", docx_font="Arial",
    title="Beyond the Nodule: acting on the other things lung health check scans find",
    cover=[
        "Lead organisation: NHS Marwood and Teign Integrated Care Board (Cancer and Long Term Conditions Programme)",
        "Submitted by the Senior Programme Manager, Early Diagnosis",
        "Partners:",
    ],
    cover_bullets=[
        "Marwood Royal Hospital NHS Trust (Targeted Lung Health Check Service and Radiology)",
        "Marwood Coast Primary Care Network",
        "Breathe Easy Marwood (support group for people living with lung conditions)",
    ],
    primary_entrant=dict(name="NHS Marwood and Teign Integrated Care Board", type="icb"),
    partners=[
        dict(name="Marwood Royal Hospital NHS Trust", type="nhs_trust"),
        dict(name="Marwood Coast Primary Care Network", type="primary_care"),
        dict(name="Breathe Easy Marwood", type="patient_group"),
    ],
    sections=[
        ("context", "1. Why was the partnership needed, and what were its patient safety goals?", """
The Targeted Lung Health Check programme invites people aged 55 to 74 who have ever smoked for a
check, and those at highest risk for a low-dose CT scan of the chest. Its purpose is to find lung
cancer early, and in Marwood and Teign it has done that well. But the scans also show other things.
Around half show calcium in the coronary arteries, a sign of heart disease. Many show emphysema. A
smaller number show thyroid nodules, enlarged lymph nodes, or findings in the liver, kidneys or bones.

The national protocol sets out which of these findings should be reported and what should happen
next: for example, that a person with moderate or severe coronary calcification who is not on a
statin should be offered one, and that a person with emphysema should have spirometry. These
recommendations go to the person's GP in the scan report.

When we looked in 2022 at 500 people from the first round of scans in Marwood Coast, the
recommendations had mostly not been acted on. Of people with moderate or severe coronary calcification
who were not already on a statin, only 22% had been offered one within three months. Of those with
emphysema and no diagnosis of COPD, fewer than a third had had spirometry. The reports were long,
written for radiologists, and the actions were buried in the middle. GPs receiving them had no extra
time to act on them, and many assumed the lung health check team would follow up. The participants,
meanwhile, had often been told only that there was no sign of cancer, which they understandably took
as a clean bill of health.

Our goals were that every actionable finding is acted on within three months, that participants
understand what their scan showed, and that the work does not land on already stretched GPs.

From January 2023 the radiologists add a short structured summary at the top of each report, with
each finding and its recommended action coded. The ICB funds an incidental findings clinic, run by the
PCN's clinical pharmacists and a practice nurse, which works through every summary for the network's
patients, offers a statin or books spirometry, and refers on where the protocol says so. Participants
receive a plain-language letter explaining what was found and what will happen next.
"""),
        ("evidence", "2. What evidence is there of improvements in safe care as a direct result of the partnership?", """
We compared the first round of scans (2021/22) with scans done since January 2023.

<<Q:Among people with moderate or severe coronary calcification who were not already on a statin,
those offered one within three months rose from 22% to 79%.>> <<Q:Spirometry completed within six
months for people with emphysema on their scan and no COPD diagnosis went from 31% to 70%.>>
<<Q:The monthly percentage of summaries fully actioned within 30 days moved up after the clinic
opened and stayed up, with fourteen consecutive months above the old centre line on our run
chart.>>

The clinic has seen 1,940 people since it opened. Sixty-three were found to have COPD that had never
been diagnosed, and 11 people with thyroid nodules were referred for ultrasound.
"""),
        ("spread", "3. How have the achievements been applied elsewhere and best practice shared?", """
The structured summary is now used for all lung health check scans reported at Marwood Royal, which
covers four PCNs, and the ICB has funded incidental findings clinics in two more PCNs from October
2024. The summary template has been shared with the regional cancer alliance, and two other lung
health check programmes have asked to use it.
"""),
        ("value", "4. What has been the impact on staff and patient experience, and value for money?", """
The clinic costs about £48,000 a year in pharmacist and nurse time. A statin costs pennies a day, and a
heart attack or stroke prevented is worth far more, to the person and to the NHS. Finding COPD early
means people can have the right inhalers and pulmonary rehabilitation before a serious flare-up. GPs
have told us that the summary has taken a job off their desks, and people seen in the clinic say they
were glad that someone explained the rest of their scan.
"""),
        ("stakeholders", "5. Who was involved and how were patients and staff involved?", """
<<P:The wording of the participant letter was rewritten over two sessions with Breathe Easy
Marwood.>> <<P:Several of its members had been scanned in the first round, and they struck out the
phrase 'incidental finding', because to them it sounded like something being hidden, and asked that
the letter start with what the scan did not show before explaining what it did.>> <<P:They also asked
for a phone number that would be answered by a person, and the clinic's direct line is the
result.>>

<<S:The PCN's clinical pharmacists designed the clinic template and the order of the consultation,
and after the first two months they added a blood pressure and cholesterol check to every appointment
because so many people had not had one for years.>> <<S:Radiologists at Marwood Royal agreed the
structured summary with the pharmacists and the PCN's clinical director, and shortened it twice at the
pharmacists' request.>> <<S:Practice receptionists suggested that clinic letters should come from the
person's own practice rather than the ICB, because people did not recognise the ICB's name.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1062  familial hypercholesterolaemia hidden in routine cholesterol
#        results - pdf - two columns - senior lecturer, academic - university
#        with the acute trust's biochemistry and lipid clinic, a PCN and an FH
#        families' group - patients and staff involved - NO quantitative
#        evidence (results flagged, people identified, referred and tested,
#        a single percentage, a target; the one measured change is told only
#        in the value section)
# ---------------------------------------------------------------------------
entry(
    id="I1062", format="pdf", layout="two_column", topic="familial_hypercholesterolaemia_lab_flag",
    project="independent67-sevenpointfive-1062", pdf_font="LiberationSerif",
    title="Seven Point Five: finding familial hypercholesterolaemia hidden in routine cholesterol results",
    cover=[
        "University of Ludcombe, Institute of Population Health (lead), with Ludcombe Teaching Hospitals NHS Trust (Clinical Biochemistry and Lipid Clinic), Ludcombe South Primary Care Network and FH Families Ludcombe",
        "Entry by the Senior Lecturer in Primary Care Research",
    ],
    primary_entrant=dict(name="University of Ludcombe", type="university"),
    partners=[
        dict(name="Ludcombe Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Ludcombe South Primary Care Network", type="primary_care"),
        dict(name="FH Families Ludcombe", type="patient_group"),
    ],
    sections=[
        ("context", "Background and rationale", """
Familial hypercholesterolaemia (FH) is an inherited disorder of cholesterol metabolism affecting
approximately one person in 250. Untreated, it confers a substantially elevated risk of premature
coronary heart disease, often in the fourth or fifth decade of life. Treatment with statins and, where
necessary, other lipid-lowering therapy largely removes this excess risk, and because FH is inherited
in an autosomal dominant pattern, each diagnosis identifies first-degree relatives with a one-in-two
chance of carrying the same variant, including children, in whom treatment is recommended from around
the age of ten.

Fewer than one in ten people with FH in the United Kingdom are thought to have been diagnosed. This is
not because they have never had a cholesterol test. An analysis of local laboratory data before the
project showed that many adults with results strongly suggestive of FH (a total cholesterol of 7.5
mmol/L or more, or an LDL cholesterol of 4.9 mmol/L or more) had been tested, sometimes repeatedly,
in general practice. Their results were commonly filed with a lifestyle comment or a statin
prescription, without the question of an inherited cause being raised and without consideration of
family members.

The problem therefore sits at an organisational boundary: between the laboratory, which sees the
number but not the patient; general practice, which sees the patient but has little time to consider
uncommon diagnoses; and the specialist lipid clinic, which sees only those referred to it.

Seven Point Five, which began in October 2022, links the three. The laboratory flags results above
the thresholds with a standard comment and sends a monthly list to the research team. Working under
the PCN's data-sharing agreement, the team applies the Dutch Lipid Clinic Network score using the GP
record, including recorded family history, and returns a prioritised list to each practice with a
suggested referral letter. The lipid clinic offers genetic testing to those with a probable or
definite score, and its genetic counsellor arranges cascade testing of relatives.
"""),
        ("evidence", "Results to date", """
Between October 2022 and September 2024 the laboratory flagged 2,840 results from the PCN's 11
practices. Applying the score identified 611 people with possible, probable or definite FH, of whom
388 were referred to the lipid clinic. So far 142 have had genetic testing and 61 were found to carry
a variant causing FH. Cascade testing has reached 97 relatives, including 38 children and young
people, 29 of whom tested positive.

Eighty-four per cent of practice lists were reviewed by a GP within a month of being sent. The
national ambition is to identify a quarter of the expected number of people with FH; in the PCN's
population that would be about 190 people, and we are roughly a third of the way there.

We did not collect comparable figures before the project began, and cannot therefore say how many of
these people would have been found without it.
"""),
        ("stakeholders", "Involvement of patients and staff", """
<<P:FH Families Ludcombe, a group of families living with the condition, reviewed the letter that
people with a new diagnosis are given to pass to their relatives, and its members, several of whom
had lost a parent young, rewrote it so that it begins with what can be done rather than with the
risk.>> <<P:Two parents in the group also suggested a separate page for children's GPs, because their
own children's doctors had not known what to do with the letter, and that page is now included.>>

<<S:Biomedical scientists and the duty biochemist agreed the wording of the laboratory comment after
testing three versions with GPs in the PCN.>> <<S:Practice nurses in four practices trialled the
prioritised lists and asked for them to be sorted by score rather than by date, with family history in
a separate column, which we did.>> <<S:The lipid clinic nurses and the genetic counsellor redesigned
the clinic letter to GPs after practices told them it did not say clearly who was responsible for
prescribing.>>
"""),
        ("value", "Value and experience", """
The project is funded by a three-year research grant of £186,000, which covers the searching and the
evaluation; the laboratory comment cost nothing to add. Genetic testing is funded through the national
genomic test directory.

The benefit lies in treatment. <<Q:Among the 61 people with a confirmed variant, the proportion whose
LDL cholesterol was below their treatment target rose from 18% when they were identified to 57% a year
after their first lipid clinic appointment.>> Every child identified through cascade testing has the
chance to start treatment before any damage is done. Practice staff tell us the lists are the first
time they have been given a practical way to act on an uncommon diagnosis without having to find it
themselves.
"""),
        ("spread", "Spread", """
The laboratory comment has been switched on for all practices served by Ludcombe Teaching Hospitals
since April 2024. The search method and the relatives' letter have been published open access, and
two other university groups are testing the method in their own areas. The ICB has included FH
identification in its cardiovascular prevention plan.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1063  urine culture results showing the antibiotic will not work - docx -
#        form table with a cover table - PCN lead clinical pharmacist, plain -
#        PCN with the acute trust's microbiology and the LPC - staff involved -
#        NO patient involvement (patients phoned, beneficiaries, a patient group
#        given a presentation, a negation, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1063", format="docx", layout="form_table", topic="urine_culture_antibiotic_mismatch",
    project="independent67-rightbugrightdrug-1063", docx_font="Calibri",
    title="The Right Bug, the Right Drug: acting on urine culture results that show the antibiotic will not work",
    cover_table=[
        ("Title of entry", "The Right Bug, the Right Drug: acting on urine culture results that show the antibiotic will not work"),
        ("Lead organisation", "Quenby and Harrowfield Primary Care Network (nine GP practices)"),
        ("Partner organisations", "Harrowfield General Hospital NHS Trust (Microbiology); Harrowfield and Quenby Local Pharmaceutical Committee"),
        ("Name and role of entrant", "Lead Clinical Pharmacist, Quenby and Harrowfield PCN"),
    ],
    primary_entrant=dict(name="Quenby and Harrowfield Primary Care Network", type="primary_care"),
    partners=[
        dict(name="Harrowfield General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Harrowfield and Quenby Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and its safety goals.", """
Urinary tract infections are one of the commonest reasons for an antibiotic in general practice. For
most people the GP or nurse starts an antibiotic straight away and, in certain groups (men, pregnant
women, older people, care home residents, people with a catheter or repeated infections), also sends a
urine sample for culture. The result comes back two to four days later, showing which bacteria grew
and which antibiotics will work against them.

Sometimes the result shows that the bacteria are resistant to the antibiotic the patient is already
taking. Until 2023 the laboratory report did not know what the patient was taking, because the
request rarely said. It simply listed the results. In the practice, the report might be filed by a
workflow administrator, a locum or a GP who had not seen the patient, often with the comment 'on
antibiotics, no action'. The patient carried on taking a drug that could not work. For a fit young
woman that might mean a few more uncomfortable days. For an 85-year-old it could mean a kidney
infection, sepsis or a fall.

In 2022 we audited every culture from the nine practices that showed resistance to the antibiotic
recorded in the GP record as started. Of 412 such results, 29% had no change of treatment within 48
hours, and in 21 cases the patient was later admitted with a kidney infection or urosepsis. None of
the reports had said anything about a mismatch, because the laboratory had no way of knowing there was
one.

Since April 2023 the electronic request has a compulsory field for the antibiotic started. The
laboratory system compares it with the sensitivity results, and when the bacteria are resistant the
report is headed 'MISMATCH: organism resistant to antibiotic stated on request' and arrives in the
practice as a high-priority task that cannot be filed without an action being recorded. The PCN's
clinical pharmacists look at every mismatch report across all nine practices each weekday morning,
contact the patient and arrange a new prescription. When a patient collects a second antibiotic, the
community pharmacist checks that the first one has been stopped.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
We compared 2022 with the year from April 2023 to March 2024.

<<Q:Mismatch results with a change of treatment within 48 hours rose from 71% to 97%.>>
<<Q:Admissions with a kidney infection or urosepsis within 14 days of a GP urine sample fell from 46
to 21.>> <<Q:Urine requests that stated which antibiotic had been started went from 12% to 91%.>>

In the year the laboratory flagged 538 mismatch results for the PCN.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Consultant microbiologists and biomedical scientists at Harrowfield General wrote the mismatch
rule and tested it on six months of old results before switching it on.>> <<S:Workflow administrators
from the practices told us that the commonest reason for filing a resistant result was that they could
not tell whether the patient was still taking the antibiotic, and they designed the 'cannot file
without action' step with the practice system's supplier.>> <<S:Community pharmacists, through the
LPC, asked for the pharmacist's reason for the change to be printed on the new prescription, so that
they could explain it at the counter, and this is now standard.>>

Patients whose treatment needs to change are phoned by a PCN pharmacist, and the new prescription is
sent to their usual pharmacy. Older people and care home residents, who are most at risk of harm, have
gained the most. The PCN's patient participation group received a presentation on the work in March
2024. No patients took part in designing the mismatch rule; we recognise that this is a gap, and we
plan to ask the patient group to help us write a leaflet.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The change to the request form and the laboratory rule used existing systems and about ten days of IT
time. Pharmacist review takes around 40 minutes each weekday across the PCN. An admission with
urosepsis costs the NHS around £3,500, and for a frail older person it can be the start of a long
decline. GPs and workflow staff say they no longer have to guess whether a resistant result matters.
"""),
        ("spread", "How has the work been shared and spread?", """
The laboratory has switched the mismatch rule on for all 58 practices it serves, and the ICB has added
the compulsory antibiotic field to its standard urine request. We presented the work at the regional
antimicrobial stewardship group in September 2024.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1064  blood tests taken at home by paramedics and community nurses whose
#        results have no owner - pdf - numbered questions - consultant
#        paramedic, procedural - ambulance service with the community trust,
#        the acute trust's pathology service and a GP federation - a
#        relative, patients on the caseload and staff with unusual job titles
#        involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1064", format="pdf", layout="numbered_questions", topic="home_visit_blood_test_result_ownership",
    project="independent67-whoseresult-1064", pdf_font="DejaVuSans", pdf_align="L",
    title="Whose Result Is It? Making sure blood tests taken at home by paramedics and community nurses have an owner",
    cover=[
        "Lead: South Wyvern Ambulance Service NHS Trust (Specialist Paramedic Practice)",
        "Partners: Wyvernham Community Health NHS Trust (District Nursing and Urgent Community Response); Wyvernham Hospitals NHS Trust (Wyvernham Pathology); Wyvernham Vale GP Federation",
        "Author: Consultant Paramedic, Primary and Urgent Care",
    ],
    primary_entrant=dict(name="South Wyvern Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Wyvernham Community Health NHS Trust", type="nhs_trust"),
        dict(name="Wyvernham Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Wyvernham Vale GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "1. Describe the problem and why a partnership was needed", """
Ten years ago almost every blood test taken in someone's home in Wyvernham was taken by a district
nurse or a practice phlebotomist, on behalf of a GP who had asked for it. Today the picture is very
different. Our specialist paramedics work on rotation in GP practices and in the urgent community
response team. Community matrons, advanced nurse practitioners and practice pharmacists all see
patients at home and decide for themselves that bloods are needed. In 2023 about 2,300 blood tests a
month were taken in people's homes in Wyvernham by someone other than the patient's GP.

The laboratory system had not caught up. Only doctors, and a few hospital nurses, had requester codes
of their own. Everyone else had to request tests in the name of a GP, usually the patient's own or
whichever GP was on duty. The result went back to that GP's inbox, sometimes days later, with nothing
to say who had taken the sample or why. The GP had often never heard of the visit. Some results were
addressed to the urgent community response team's generic account, which was not an inbox anyone
checked.

On a Friday afternoon in November 2022 one of our specialist paramedics visited a 79-year-old man who
was weak and off his legs, and took bloods. His potassium came back early that evening at 6.9, a
dangerous level. The laboratory phoned the practice named on the request, which had closed, and then
the out-of-hours service, which had no record of the patient being seen. The result was logged as
'not our patient'. He was found collapsed on the Sunday.

When the laboratory looked at one month of samples from home visits for us, about 60% had been
requested under the name of a GP who was not the person who took them, and 412 results had not been
opened by anyone within three working days.

Whose Result Is It? gave every non-medical clinician who takes blood at home a requester code of their
own, linked to their team. Results now come back to a shared electronic results inbox for each team,
which a named clinician on the rota checks at 10am and 3pm every day, including weekends. Critical
results out of hours are phoned to the ambulance service's clinical hub, which is open all night and
can see who took the sample, and a clinician there calls the patient. The result is also copied
automatically to the patient's GP, with the name and role of the person who took it.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
We compared the baseline month (October 2022) with October 2024.

<<Q:Blood tests from home visits requested in the name of a GP rather than the clinician who took the
sample fell from about 60% to 4%.>> <<Q:Results from home visits not opened by anyone within three
working days fell from 412 to 19.>> <<Q:For critical results from home visits, the median time from
the laboratory phoning the result to a clinician speaking to the patient fell from 16 hours to 55
minutes.>>

In 2024 the clinical hub took 286 critical result calls for samples taken at home. 181 clinicians now
have their own requester code.
"""),
        ("spread", "3. How has the work been shared or applied elsewhere?", """
The laboratory has extended requester codes to community midwives and the hospice at home team. The two
other ambulance services in our region have visited the clinical hub, and one has started the same
arrangement with its local laboratory. We presented the work at a national pathology governance
conference in 2024.
"""),
        ("value", "4. What has been the impact on staff and patients, and value for money?", """
Setting up the requester codes and team inboxes took about 30 days of laboratory IT time and no new
money. The clinical hub has absorbed the critical result calls within its existing rota. One admission
with severe high potassium costs the NHS several thousand pounds and can be fatal. GPs tell us they no
longer receive results for patients they have never seen, and paramedics say they can now finish what
they started.
"""),
        ("stakeholders", "5. Who was involved, and how were patients and staff involved?", """
<<P:The daughter of the man whose potassium result was missed came to every one of the first six
design meetings, and it was her suggestion that the person who takes the sample should tell the
patient, before leaving, whose name the result will come back to, which is now part of every
visit.>> <<P:The text that patients receive when a result needs action was agreed with people on the
urgent community response caseload during their visits, who asked for it to give the name of the
clinician who saw them rather than a team name they would not recognise.>>

<<S:Results clerks and the phlebotomy co-ordinator at the laboratory mapped every route a home visit
sample could take, and found the generic account that nobody checked.>> <<S:Clinical hub dispatchers
and the hub's senior paramedics tested the out-of-hours call for three months and asked for the sample
taker's mobile number to be included, so that they could ask what the visit had found.>> <<S:District
nurses and specialist paramedics together chose the twice-daily inbox times, after the nurses said a
single morning check would miss results that come back in the afternoon.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1065  abnormal results from home blood test kits bought online - pdf -
#        bullet lists - PRIVATE home testing company as primary entrant, with
#        the acute trust's chemical pathology and a PCN (ineligible) - medical
#        director, upbeat - customers and staff involved - NO quantitative
#        evidence (customers tested and reached, a percentage against a
#        target, a rating, summaries sent, nothing before and after)
# ---------------------------------------------------------------------------
entry(
    id="I1065", format="pdf", layout="bullet_lists", topic="direct_to_consumer_blood_test_abnormal_results",
    project="independent67-clearnextstep-1065", pdf_font="LiberationSans", pdf_align="L",
    title="Clear Next Step: what happens when a home blood test bought online finds something serious",
    cover=[
        "Submitted by Vitalis Home Testing Ltd",
        "In partnership with Sandmere University Hospitals NHS Trust (Chemical Pathology) and Sandmere West Primary Care Network",
        "Contact: Medical Director, Vitalis Home Testing Ltd",
    ],
    primary_entrant=dict(name="Vitalis Home Testing Ltd", type="private"),
    partners=[
        dict(name="Sandmere University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Sandmere West Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "Why we did this", """
Vitalis sells finger-prick blood test kits online and in high street chemists. Customers take a
sample at home, post it to our accredited laboratory and see their results in our app, usually within
three days. In 2024 around 48,000 people used our kits, most of them in the south of England.

What we found in 2022:

- most results are normal, but some are not: very high blood sugar, a very low haemoglobin, markedly raised liver enzymes, kidney function that suggests serious disease

- our app marked these results in red and told customers to 'speak to your GP', and that was where our involvement ended

- many customers did nothing, some because they assumed we would tell their GP and some because they did not realise how serious the result was

- others arrived at their GP surgery with a screenshot and no explanation, and GPs did not know how reliable the test was or whether to repeat it

- in one case in 2022 a customer with a haemoglobin of 62 g/L, less than half the normal level, did not act for three weeks and was admitted after collapsing at work

- GP professional bodies had warned, fairly, that private tests create work and risk for general practice while the company takes no responsibility for what happens next

What Clear Next Step does, since June 2023:

- results are sorted into three bands, 'routine', 'see your GP within two weeks' and 'act now', using thresholds agreed with the chemical pathologists at Sandmere University Hospitals

- every 'act now' result is phoned to the customer by one of our doctors within 24 hours, who explains it and advises whether to see their GP that day, call 111 or go to A&E

- with the customer's consent, a structured summary is sent by secure NHS email to their GP practice, saying what was tested, how, in which laboratory, the result and whether a repeat is advised

- a one-page guide for GPs explains which of our tests should be repeated in an NHS laboratory and which can be relied on
"""),
        ("evidence", "Results", """
- in the 18 months to December 2024, 2,310 customers had an 'act now' result

- our doctors reached 2,190 of them (95%) within 24 hours; our target is 98%

- 1,420 customers agreed to a summary being sent to their GP, and 96% of summaries were sent on the same working day as the call

- customers rated the call 4.7 out of 5

- we do not yet know what happened to customers after they saw their GP, and we are working with the PCN on a way to find out
"""),
        ("stakeholders", "Who was involved", """
- <<P:twelve customers who had received an 'act now' result took part in interviews with our user research team, and told us that the red warning in the app frightened them without telling them what to do, so the app now shows a plain next step instead of a colour>>

- <<P:several of the same customers said they would not have agreed to their GP being told if the request came by email, so consent is now asked for during the doctor's call>>

- <<S:GPs and practice pharmacists from Sandmere West PCN tested the summary template on real cases and asked for it to say plainly whether a repeat test was needed and who should arrange it, which is now the first line>>

- <<S:chemical pathologists at Sandmere University Hospitals set the 'act now' thresholds with our medical team and reviewed them after six months, lowering the threshold for potassium>>

- our doctors were trained in giving difficult news by telephone
"""),
        ("value", "Value", """
- the call and the GP summary are included in the price of every kit, so customers do not pay extra

- a clear summary saves the practice from repeating tests that do not need repeating, and from chasing the customer for details

- a serious result acted on within a day, rather than weeks, can prevent an admission or worse

- our doctors say they prefer being able to talk to customers rather than leaving them alone with a red number
"""),
        ("spread", "Spread", """
- Clear Next Step now applies to every customer in the UK, not only those in Sandmere

- we have shared the thresholds and summary template with the trade association for private laboratories

- two other PCNs have asked to receive summaries in the same format
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1066  blood samples rejected by the laboratory and never taken again -
#        pdf (via Word) - style headings - blood sciences quality manager,
#        formal - departments of ONE acute trust described as a joint project,
#        no partner organisation (ineligible) - staff involved - NO patient
#        involvement (patients texted, a leaflet, a committee updated, a
#        negation) - NO quantitative evidence (rejection and rebooking counts,
#        printers installed, a single audit figure, incidents with no
#        comparison, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1066", format="pdf", layout="style_headings", topic="rejected_pathology_samples_not_repeated",
    project="independent67-rejectednotforgotten-1066", render_via="soffice", docx_font="Liberation Serif",
    title="Rejected, Not Forgotten: making sure blood samples the laboratory cannot test are taken again",
    cover=[
        "Brockhurst Vale Hospitals NHS Trust",
        "A joint project of Blood Sciences, the Phlebotomy Service, Outpatient Services and Clinical Systems",
        "Lead: Quality Manager, Blood Sciences",
    ],
    primary_entrant=dict(name="Brockhurst Vale Hospitals NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Background", """
Every day the Blood Sciences laboratory at Brockhurst Vale receives around 6,000 samples from the
trust's wards, outpatient clinics and phlebotomy service. A small proportion cannot be tested. The tube
may be unlabelled, or the label may not match the request; the sample may be clotted, haemolysed or
too small; the wrong tube may have been used; or it may have taken too long to arrive. In these cases
the laboratory, rightly, does not produce a result. Instead it issues a report stating that the
sample has been rejected and why.

For many years that report was the end of the laboratory's involvement. The assumption was that the
person who requested the test would see the rejection and arrange a repeat. On the wards this mostly
happened, because the patient was still there. In outpatients it often did not. The consultant who
asked for the test might not look at the results system until the next clinic, months later, and a
rejection report looks very like a result and is easily filed without being read.

In 2022 a patient taking methotrexate for rheumatoid arthritis had her routine full blood count
rejected because the tube was unlabelled. No repeat was arranged. Six weeks later she was admitted
with a severe infection and a very low white cell count. The investigation concluded that the rejected
test would probably have shown her count beginning to fall. In the same year the laboratory
identified rejected troponin, INR and drug level samples that had never been repeated.

The project, which began in May 2023, made three changes. A rejection now creates a task on the
electronic patient record for the requesting team, not only a report, and the task stays open until
someone records what has been done. For outpatients, the phlebotomy service automatically offers the
patient a new appointment by text, within a timescale set by the type of test. And wards now print
sample labels at the bedside from the patient's wristband, so that hand-written labels are no longer
used.
"""),
        ("evidence", "Results", """
In 2023/24 the laboratory rejected 14,600 samples, about 0.7% of all samples received. The phlebotomy
service offered automatic repeat appointments for 3,900 rejected outpatient samples. Bedside label
printers were installed on all 38 adult inpatient wards by February 2024.

An audit of 150 rejected outpatient samples in June 2024 found that 88% had been repeated within seven
days. Four incidents involving a rejected sample that was not repeated were reported in 2023/24. The
trust's target is for 95% of rejected outpatient samples to be repeated within seven days by March
2025.
"""),
        ("stakeholders", "Engagement", """
<<S:Phlebotomists told us that most labelling errors happened in busy clinics where they were
labelling several patients' tubes at once, and they chose the layout of the clinic printers, which now
print one patient's labels at a time.>> <<S:Outpatient nurses in rheumatology, dermatology and
gastroenterology, who look after patients on drugs that need blood monitoring, helped the clinical
systems team design the rejection task and asked for it to give the reason for rejection in plain
English.>> <<S:Biomedical scientists on the sample reception bench drew up the list of 'must repeat'
tests, such as drug levels and troponin, which trigger a phone call as well as a task.>>

Patients receive a text apologising and inviting them to book a new blood test at a time that suits
them. A leaflet explaining why samples are sometimes rejected is available in the phlebotomy waiting
areas. The trust's patient experience committee was updated on the project in January 2024. We have
not yet asked patients for their views on the texts.
"""),
        ("value", "Value", """
The bedside printers cost £96,000 across the wards and were paid for from the trust's digital
budget. The task and the text service use existing systems. Each repeat blood test costs a few pounds;
each missed result can cost a great deal more, in harm to the patient and in the cost of an admission
and an investigation.
"""),
        ("spread", "Spread", """
The rejection task has been extended to the microbiology and cellular pathology laboratories. The
work has been presented to the regional pathology quality managers' group.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1067  women who do not attend colposcopy after an abnormal screening result
#        - docx - reordered (results first) - lead colposcopy nurse, warm,
#        first person - acute trust with a PCN and a women's centre charity -
#        women (first told in the context section) and staff involved; claims
#        in words ('a third fewer') - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I1067", format="docx", layout="reordered", topic="colposcopy_non_attendance",
    project="independent67-secondstep-1067", docx_font="Cambria",
    title="Second Step: helping women get to colposcopy after an abnormal cervical screening result",
    cover=[
        "Lead: Tilsworth and Ambleford NHS Foundation Trust, Colposcopy Service",
        "Partners: Ambleford Town Primary Care Network; Ambleford Women's Centre (registered charity)",
        "Written by Ruth Adebayo, Lead Colposcopy Nurse Specialist",
    ],
    primary_entrant=dict(name="Tilsworth and Ambleford NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Ambleford Town Primary Care Network", type="primary_care"),
        dict(name="Ambleford Women's Centre", type="charity"),
    ],
    sections=[
        ("evidence", "Where we are now", """
I will start with the results, because they are what persuaded our managers to keep going.

<<Q:Women who did not attend their first colposcopy appointment fell from roughly one in six in 2022
to about one in fourteen in 2024.>> <<Q:Women discharged back to their GP after missing two
appointments without ever being seen were a third fewer in 2024 than in 2022.>> <<Q:The median time
from referral to a woman's first colposcopy fell from seven weeks to four, partly because fewer
appointments are wasted.>>

In 2024 we saw 2,130 women for a first appointment. The women's centre supported 164 of them, and our
nurse navigator phoned 1,020 before their appointment.
"""),
        ("context", "How it started", """
Cervical screening works by finding changes in the cells of the cervix before they become cancer.
When a screening test shows high-risk HPV with abnormal cells, or HPV that does not go away, the woman
is referred to us for colposcopy, a closer look at the cervix, often with a small biopsy or treatment
at the same visit. If she does not come, the screening has found something and nothing has been done
about it.

Our non-attendance rate for first appointments was one of the highest in the region. Women who missed
two appointments were discharged back to their GP with a letter, as the guidance then allowed. The
practice was expected to follow the woman up, but there was no agreed way of doing so, and many women
were simply lost. In 2021 a woman of 34 who had missed two appointments in
2019 came back to us with cervical cancer.

<<P:We wanted to understand why women did not come, so we asked them.>> <<P:It was a woman called Michelle,
who had missed three appointments herself before she finally came to see us, who explained it most
clearly: the letter said 'abnormal' and 'colposcopy', she was sure it meant cancer, and so she put it
in a drawer and tried not to think about it.>> <<P:Michelle went on to spend an afternoon with us
rewriting the invitation letter line by line, and she insisted that its first sentence should say that
most women who are referred do not have cancer.>>

Since March 2023 Second Step has had four parts. Every woman referred is phoned by our nurse navigator
before her appointment, to explain what will happen and to answer questions. Practice nurses, who take
the screening samples, tell women at the time of the test that they might be referred and what that
would mean. Women who need extra support, because of anxiety, past trauma, a learning disability or
language, can be accompanied by a support worker from the women's centre, who can also meet them
beforehand. And no woman is now discharged after missed appointments until the navigator, her practice
and, where they know her, the women's centre have all tried to reach her.
"""),
        ("stakeholders", "The people who shaped it", """
<<P:Women who come to the women's centre's Thursday group talked with us about what would make it
easier to attend, and they asked for evening clinics and for a chaperone who was not a doctor, so we
now run an evening clinic every month and every woman is offered a support worker.>> <<P:Two women
who had experienced sexual violence helped us write a short note, which any woman can ask to have
added to her record, so that she does not have to explain again why an examination is hard for
her.>>

<<S:Practice nurses from the PCN told us they had never seen what happens at colposcopy, so they came
to observe clinics, and afterwards they wrote the few sentences they now say to every woman when they
take her screening sample.>> <<S:Our booking clerks suggested that the navigator's call should come
from a number that shows as the hospital, because many women ignored withheld numbers, and they
changed the booking system to make that happen.>> <<S:Support workers at the women's centre and our
nurses designed the accompanied appointment together, including meeting in the centre's café first
for women who could not face walking into the hospital.>>
"""),
        ("value", "Why it is worth it", """
The nurse navigator post costs about £38,000 a year and is funded by the trust. The women's centre
receives £12,000 a year from the PCN for its support workers' time. A missed colposcopy appointment is
a wasted clinic slot, and a cervical cancer found late means major treatment, possible loss of
fertility and, for some women, death.

Women tell us the phone call made all the difference, and our nurses say the clinics feel calmer
because women arrive knowing what to expect. I think we also simply understand our patients better
than we did.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I1068  screening invitations for trans and non-binary people - docx - style
#        headings - charity health programmes manager, direct - LGBT+ health
#        charity with a GP federation and NHS England's regional screening
#        team - community members involved - NO staff involvement (reception
#        staff trained, practice managers sent templates, a named screening
#        lead running searches, nurses invited to a webinar, a hope)
# ---------------------------------------------------------------------------
entry(
    id="I1068", format="docx", layout="style_headings", topic="trans_nonbinary_screening_invitations",
    project="independent67-invited-1068", docx_font="Calibri",
    title="Invited: making sure trans and non-binary people get the screening invitations their bodies need",
    cover=[
        "Lead: Spectrum Health Collective Pellingham (LGBT+ health charity)",
        "Partners: Pellingham GP Federation; NHS England (South Midlands Screening and Immunisation Team)",
        "Written by the Collective's Health Programmes Manager",
    ],
    primary_entrant=dict(name="Spectrum Health Collective Pellingham", type="charity"),
    partners=[
        dict(name="Pellingham GP Federation", type="primary_care"),
        dict(name="NHS England", type="public_other"),
    ],
    sections=[
        ("context", "The problem", """
The national screening programmes send invitations based on the sex recorded on a person's GP record.
For most people that works. For trans and non-binary people it often does not. A trans man who has
changed his record to male, and who still has a cervix, stops receiving cervical screening
invitations. A trans woman recorded as female receives cervical screening invitations she does not
need, and will not be invited for abdominal aortic aneurysm (AAA) screening at 65, which she may
need. Who should be invited for breast screening depends on hormone treatment and surgery, and the
default invitation is often wrong in both directions.

The screening programmes have guidance on this, and GP practices can ask for a person to be invited
manually. In practice almost nobody knew. Our own drop-in records for 2022 showed that most trans men
and non-binary people with a cervix who used our services had not had a screening test since changing
their record. Many trans people avoid their practice altogether after a hurtful experience, and are
unlikely to ask for something they do not know exists.

Then, late in 2022, a trans man in his forties who uses our services was diagnosed with cervical
cancer. He had changed his GP record at 31, had never been invited again, and had assumed the NHS
would let him know if he needed anything.

Invited was set up with the Pellingham GP Federation and the regional screening and immunisation team
in 2023. Practices run a search every quarter for people whose record includes a gender identity code
or a change of recorded sex. Each person found is sent a personal letter explaining which screening
they may need and how to opt in. The screening team opts people in manually for cervical, breast or AAA
screening as needed. And we host a monthly screening session at our own centre, with a sample taker
from the federation's sexual health hub, for people who would rather not go to their practice.
"""),
        ("evidence", "What has changed", """
<<Q:Among trans men and non-binary people with a cervix registered at federation practices, the
proportion up to date with cervical screening rose from 27% at the first search in 2023 to 61% in
September 2024.>> <<Q:Trans women aged 65 to 74 who had been invited for AAA screening went from 3 of
19 to 17 of 21.>>

The searches found 486 people across the federation's 17 practices, and 212 have opted in to at least
one programme. Our Saturday sessions have provided 131 cervical screening tests, and nine people were
referred on to colposcopy.
"""),
        ("stakeholders", "Who was involved", """
<<P:The letter, and the information on our website that goes with it, were written with eleven trans
and non-binary people from our community groups, who spent three evenings going through every
word.>> <<P:They took the phrase 'women's health' out of the letter, asked for it to say 'if you have
a cervix' rather than making assumptions, and insisted that it should arrive in a plain envelope with
nothing about gender on the outside.>> <<P:They also chose to hold the screening sessions on a
Saturday morning, with a member of the group on hand to welcome people.>>

All reception and administrative staff in the federation's 17 practices completed our e-learning
module on trans-inclusive care before the searches started. Practice managers were sent the search,
the letter template and a short guide. The federation's screening lead, Dr Nisha Banerjee, runs the
searches each quarter and passes the results to practices. Practice nurses were invited to a webinar
on screening for trans patients. We would like practice nurses to help shape the next phase of the
work.
"""),
        ("value", "Value", """
Invited cost £22,000 over two years, mostly for our community engagement worker's time and for
printing, funded by the ICB's health inequalities fund. The screening tests themselves are paid for by
the national programmes. A cervical cancer prevented or found early spares someone major treatment,
and for people who already face barriers in health care it matters that the NHS gets this right
without them having to fight for it. People at our sessions have told us it was the first time a
nurse had asked them their pronouns.
"""),
        ("spread", "Spread", """
The regional screening team has shared the search and letter with every GP federation in its area,
and three have started using them. A national network of LGBT+ health organisations has published the
letter as an example of good practice. We are now working with the screening programmes on making
invitations right at the point a person's record is changed, rather than relying on searches
afterwards.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1069  the follow-up chest x-ray six weeks after pneumonia - pdf - with
#        appendix - long - consultant respiratory physician, detailed - acute
#        trust respiratory and radiology with a GP federation and the ICB -
#        staff involved - NO patient involvement (patients given a slip and a
#        leaflet, a clinic survey that changed nothing, beneficiaries, a plan
#        to involve the patient panel later)
# ---------------------------------------------------------------------------
entry(
    id="I1069", format="pdf", layout="with_appendix", topic="follow_up_chest_xray_after_pneumonia",
    project="independent67-sixweekslater-1069", pdf_font="LiberationSerif", pdf_align="L",
    title="Six Weeks Later: making sure the follow-up chest x-ray after pneumonia actually happens",
    cover=[
        "Lead entrant: Kestrel Bay Hospitals NHS Trust (Respiratory Medicine and Radiology)",
        "Partners: Coldharbour and Kestrel Bay GP Federation; NHS Kestrel Coast Integrated Care Board",
        "Prepared by a Consultant Respiratory Physician on behalf of the project group",
    ],
    primary_entrant=dict(name="Kestrel Bay Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Coldharbour and Kestrel Bay GP Federation", type="primary_care"),
        dict(name="NHS Kestrel Coast Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Why this mattered", """
Pneumonia is one of the commonest reasons for an emergency admission to our hospital. Most people
recover well. A small number, particularly smokers and people over 50, have an underlying lung cancer
that caused the pneumonia or was hidden by it. For this reason, guidance has long suggested that
patients in these groups should have a repeat chest x-ray about six weeks after treatment, to make
sure the shadow on the lung has cleared. Our respiratory department recommended a follow-up x-ray for
all adults with pneumonia aged 50 or over, and for all current and former smokers.

For many years the recommendation was written at the bottom of the discharge summary: 'GP to arrange
repeat CXR in 6 weeks.' That short sentence was doing a great deal of work. It assumed that the GP
would read the summary and notice the sentence, create a request and contact the patient; that the
patient would go; and that someone would look at the result and act on it. Each of those steps could
fail, and there was no alarm when one did.

In 2021 we audited 400 consecutive patients discharged after pneumonia who met our criteria. Only 47%
had had a follow-up chest x-ray within 12 weeks. About one in five of those who were sent an
appointment did not attend. Some GPs had assumed the hospital would arrange the x-ray, because that
was what the other hospital in the area did. Some patients had been told nothing about it. Looking back
over 2019 to 2021, we found nine patients whose lung cancer was diagnosed more than six months after a
pneumonia admission at which a follow-up x-ray had been recommended and not done. Several of those
cancers could no longer be operated on.

Nobody in this chain was careless. The hospital wrote the recommendation. The GP practices were
dealing with hundreds of discharge summaries a week. The radiology department did the x-rays it was
asked to do. Patients trusted that the NHS would let them know if something needed doing. The problem
was that the follow-up belonged to everyone, and therefore to no one.

We set up Six Weeks Later in 2022 with the GP federation and the ICB. The principle was simple: the
team that recommends the x-ray should request it, book it and own the result.

Since September 2022, when a patient who meets the criteria is discharged, the ward's discharge
co-ordinator requests the follow-up chest x-ray on the hospital system before the patient leaves. The
request carries a six-week due date and sits on a radiology 'planned' list. The radiology booking team
sends the patient an appointment at whichever of three community x-ray sites is closest to home, about
two weeks before it is due. The patient is given a printed slip at discharge saying that an
appointment will follow.

If the patient does not attend, the radiology failsafe officer, a post created for the project,
contacts them to rebook, and after two missed appointments writes to the GP and the respiratory team.
The result is reported to the respiratory consultant who recommended the x-ray, not to the GP. If the
shadow has cleared, the consultant sends a short letter to the GP and the patient. If it has not, the
patient is booked straight onto the lung cancer pathway for a CT scan, and the GP is told.

The GP federation's part was to agree that practices would no longer be asked to arrange these
x-rays, to have the sentence removed from the discharge summary template, and to make sure that every
practice knew what to expect.

Getting there was not straightforward. The new request went live on two wards first, and in the first
month about a third of eligible patients were still missed, because the discharge checklist was often
completed before the consultant had made a final decision about follow-up; the checklist now cannot be
closed until the follow-up question is answered. The radiology information system could not at first
hold a request with a due date six weeks ahead, so a separate planned list had to be built. Funding
for the failsafe officer took the ICB three months to agree. And there was a fair question about the
workload of reviewing results in the respiratory department, which in practice has turned out to be
about twenty results a week, most of them normal and dealt with by a short letter.

We were also clear from the start about what the project would not do. It does not change the
clinical criteria for a follow-up x-ray, which remain those in the appendix, and it does not replace
the judgement of the consultant, who can decide that a particular patient does not need one. Nor does
it cover patients who are treated for pneumonia in the community without coming into hospital, whose
follow-up remains with their GP; we have shared the criteria with practices so that they can use the
same approach if they wish.
"""),
        ("evidence", "What the audit shows", """
We repeated the 2021 audit for patients discharged in 2023, using the same criteria.

<<Q:The proportion of eligible patients who had a follow-up chest x-ray within 12 weeks rose from 47%
to 88%.>> <<Q:Non-attendance for the follow-up x-ray went down from about one in five to one in
twelve.>> <<Q:Of the lung cancers found through the follow-up x-ray, the share diagnosed at stage 1 or
2 more than doubled, from 3 of 11 in 2019 to 2021 to 8 of 12 in 2023.>>

In 2023, 1,120 follow-up x-rays were booked. Ninety-six showed a shadow that had not cleared; 12 of
those patients were found to have lung cancer and 31 had another condition that needed treatment.
"""),
        ("stakeholders", "Who was involved", """
<<S:Discharge co-ordinators on the respiratory and acute medical wards helped design the request, and
suggested it should be part of the discharge checklist they already use, so that it could not be
forgotten.>> <<S:Radiographers at the three community x-ray sites told us that many patients arrived
without knowing why they were there, and asked for the reason to be printed on the appointment letter,
which it now is.>> <<S:The radiology booking team and the failsafe officer worked out the rebooking
rules together, including a phone call before the letter for patients over 80.>> <<S:GPs on the
federation's clinical board reviewed the plan and asked to keep receiving a copy of every result,
which they now do.>>

Patients are given a printed slip at discharge and a leaflet explaining why the x-ray matters. We asked
40 patients in the follow-up clinic whether they had understood why they were having the x-ray; most
had, so the leaflet was left as it was. The work is for patients, above all those whose cancer might
otherwise be found too late. We intend to involve the hospital's patient panel when we extend the
approach to other follow-up scans.
"""),
        ("value", "Value", """
The failsafe officer post costs about £29,000 a year and was funded by the ICB for its first two
years. Booking the x-rays ourselves has not added to radiology's workload, because the x-rays were
always meant to be done; we are simply doing the ones that used to be missed. The federation estimates
that practices used to spend around ten minutes on each request, arranging and chasing it, which is
time given back to them.

Most importantly, a lung cancer found at stage 1 can often be cured by surgery or radiotherapy. Found
at stage 4, it usually cannot. Ward staff say it is one less thing to worry about after a patient
goes home, and GPs have told us it is a relief no longer to carry a task hidden in a sentence at the
end of a letter.
"""),
        ("spread", "Spread", """
Our gastroenterology team has adopted the same approach for repeat ultrasound after gallstone
pancreatitis, and the urology team for follow-up imaging after kidney stones. The ICB has asked the
other acute trust in Kestrel Coast to adopt it, and we presented the work to the regional lung cancer
network in 2024.
"""),
    ],
    trailer=[
        ("heading", "Appendix: criteria, definitions and data sources"),
        ("para", "Eligibility for a follow-up chest x-ray: adults admitted with community-acquired pneumonia confirmed on x-ray who are aged 50 or over, or who are current or former smokers, and who are not already under follow-up for lung disease or receiving end of life care."),
        ("para", "Staging: lung cancers are staged using the eighth edition of the TNM classification. Stages 1 and 2 are usually suitable for treatment aimed at cure."),
        ("para", "Data sources: the 2021 and 2023 audits were carried out by the respiratory department using the radiology information system and discharge records. Cancer staging is taken from the lung cancer multidisciplinary team database."),
        ("para", "Contact: Respiratory Medicine Department, Kestrel Bay General Hospital, Harbour Road, Kestrel Bay KB3 9QT."),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1070  blood test results that come back after men are released from
#        prison - docx - bullet lists - PRIVATE prison healthcare company as
#        primary entrant, with the Probation Service, a drug and alcohol
#        charity and a PCN (ineligible) - head of healthcare, list-minded -
#        men in the prison and former prisoners involved - NO staff
#        involvement (staff trained, probation officers briefed, a named lead,
#        a survey that changed nothing, a hope)
# ---------------------------------------------------------------------------
entry(
    id="I1070", format="docx", layout="bullet_lists", topic="prison_release_pending_results",
    project="independent67-resultsdontstaybehind-1070", docx_font="Arial",
    title="Results Don't Stay Behind: following up blood tests for men released from HMP Ravensclough",
    cover=[
        "Primary entrant: Castellan Justice Health Ltd, healthcare provider at HMP Ravensclough",
        "Partners: The Probation Service (Ravensclough Probation Delivery Unit); Ravensclough Recovery Partnership (drug and alcohol charity); Ravensclough and Dale Primary Care Network",
        "Submitted by the Head of Healthcare, HMP Ravensclough",
    ],
    primary_entrant=dict(name="Castellan Justice Health Ltd", type="private"),
    partners=[
        dict(name="The Probation Service", type="public_other"),
        dict(name="Ravensclough Recovery Partnership", type="charity"),
        dict(name="Ravensclough and Dale Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "Why we needed to change", """
HMP Ravensclough is a local prison holding around 900 men. About 160 men are released every month, many at short notice from court or at the end of short sentences.

What we found in 2022:

- healthcare takes around 1,200 blood samples a month, including testing for hepatitis B, hepatitis C and HIV on arrival, and monitoring for men on medicines such as lithium, clozapine and methotrexate

- results often came back after the man had been released, sometimes on the same afternoon he left

- results came back to the prison healthcare record, where nobody was responsible for men who were no longer in our care

- many men had no GP, or were registered with a GP they had not seen for years, and the GP record was never updated with the result

- in an audit of three months in 2022, 61% of results returned after release had no onward action recorded, including 11 positive hepatitis C results and one lithium level in the toxic range

- a man with a positive hepatitis C result, released in 2021, was diagnosed with cirrhosis of the liver two years later; nobody had ever told him the result

What we do now, since February 2023:

- a pending results check is part of every release plan, and where possible bloods are taken early enough for the results to be back before release

- men are registered with a GP before release, through the PCN's named practice for people leaving prison, and the practice receives a copy of any pending request

- a healthcare administrator checks every morning for results returned for men released in the last 60 days, and a nurse acts on each one, by phoning the man, his GP or his probation officer

- with consent given before release, positive hepatitis C results are passed to the recovery partnership's outreach nurse, who can start treatment in the community, often on the day she finds the man
"""),
        ("evidence", "What has improved", """
- we compared three months in 2022 with the same three months in 2024

- <<Q:results returned after release with no onward action fell from 61% to 9%>>

- <<Q:men released with a positive hepatitis C result who started treatment within three months went from 12 of 58 to 41 of 63>>

- <<Q:men registered with a GP on the day of release rose from 44% to 87%>>

- the morning check covered 2,140 results in 2024
"""),
        ("stakeholders", "Who was involved", """
- <<P:the prison's health forum, a group of men who represent their wings on health matters, told us that many men refuse blood tests near release because they think the results will follow them into probation, so the consent conversation now explains exactly who will see them>>

- <<P:two men who had been released and later returned to Ravensclough described how they had never been told their results, and one of them suggested giving every man a card with the healthcare phone number and a reference, which we now do>>

- <<P:health forum members tested the wording of the card and asked for it to be small enough to fit in the back of a phone case>>

- all healthcare staff were trained on the new release process

- probation officers in the Ravensclough delivery unit were briefed on how to pass on a message about a result

- the process is overseen by our head of healthcare

- we surveyed our nurses after six months and they were positive, so the process was not changed

- we hope to involve the recovery partnership's outreach staff in reviewing the process next year
"""),
        ("value", "Value", """
- the morning check takes an administrator about 15 hours a week, within our existing contract

- hepatitis C treatment is paid for by the national elimination programme, and every man cured avoids the cost and suffering of liver disease and cannot pass the virus on

- a toxic lithium level that is missed can be fatal

- men tell us they are surprised, and pleased, to be phoned after they have left
"""),
        ("spread", "Spread", """
- our company has introduced the same morning check in its four other prisons

- the probation delivery unit has shared the result message process with two neighbouring units

- we presented the work at a regional health and justice meeting in 2024
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1071  vertebral fractures on CT and bone density reports that never lead
#        to treatment - pdf - form table with a cover table - chair of an
#        osteoporosis members' group, earnest - members' group with the
#        community trust's fracture liaison service, the acute trust's
#        radiology and a GP federation - members involved - NO staff
#        involvement (radiologists sent a standard, nurses doing their usual
#        work, a named lead nurse, practices told in a newsletter, a hope)
# ---------------------------------------------------------------------------
entry(
    id="I1071", format="pdf", layout="form_table", topic="vertebral_fracture_dexa_reports_not_actioned",
    project="independent67-spotthebreak-1071", pdf_font="LiberationSans",
    title="Spot the Break: turning bone scan and CT reports into treatment for osteoporosis",
    cover_table=[
        ("Entry title", "Spot the Break: turning bone scan and CT reports into treatment for osteoporosis"),
        ("Lead organisation", "Marlstone Bone Health Support Group (a members' group for people living with osteoporosis)"),
        ("Partner organisations", "Marlstone Community Health NHS Trust (Fracture Liaison Service); Marlstone General Hospital NHS Trust (Radiology); Marlstone GP Federation"),
        ("Entrant", "Chair, Marlstone Bone Health Support Group"),
    ],
    primary_entrant=dict(name="Marlstone Bone Health Support Group", type="patient_group"),
    partners=[
        dict(name="Marlstone Community Health NHS Trust", type="nhs_trust"),
        dict(name="Marlstone General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Marlstone GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "Why was the partnership needed?", """
Our group has about 140 members, most of us women over 60, all living with osteoporosis and many with
spinal fractures. We meet monthly in a church hall in Marlstone and run a telephone support line. Over
the years we kept hearing the same story. A member would tell us that years before she was diagnosed,
a scan for something else had mentioned a 'wedge' or 'loss of height' in a vertebra, and nobody had
said anything to her. Or that she had had a bone density (DEXA) scan, the report had recommended
treatment, and months later she still had not started it.

Spinal fractures caused by osteoporosis are often painless, or put down to ordinary backache. They are
the commonest osteoporotic fracture and the strongest warning that another fracture, often a hip, is
on the way, and treatment greatly reduces that risk. But a fracture that is mentioned only in the
middle of a CT report about the chest or abdomen, and not in its conclusion, is easily missed by the
doctor who asked for the scan. And a DEXA report sent to the GP, with its recommendation buried in the
text, depends on someone in a busy practice noticing it.

In 2022, at our request, the fracture liaison service looked at a sample of CT reports from Marlstone
General that mentioned a vertebral fracture. Only 6% of those patients had ever been referred to the
service. Of DEXA reports recommending treatment, only 44% of patients had started it within three
months. That is why we asked the hospital, the community trust and the GP federation to work with us.

Since June 2023 radiologists at Marlstone General use a standard phrase, 'vertebral fragility
fracture', in the conclusion of any report that shows one, as national guidance recommends, and the
radiology system sends a weekly list of these reports to the fracture liaison service. The fracture
liaison nurses contact each patient, assess them and send the GP a treatment recommendation. DEXA
reports now begin with a boxed 'GP action' line. And our group offers everyone starting treatment a
call from a member who has been through it, because many people stop their tablets in the first few
months out of worry about side effects.
"""),
        ("evidence", "What evidence is there of improvement?", """
We compared the 2022 sample with reports from January to June 2024.

<<Q:People with a vertebral fragility fracture on CT who were contacted by the fracture liaison
service within three months rose from 6% to 71%.>> <<Q:Of people whose DEXA report recommended
treatment, those who had started it within three months went from 44% to 83%.>>

In 2024 the weekly list included 318 patients, and our members made 204 buddy calls.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<P:Members of our group, many of them with spinal fractures of their own, read through twenty
anonymised DEXA reports at one of our meetings and pointed out that they could not find the
recommendation anywhere, which is how the boxed 'GP action' line came about.>> <<P:Our members wrote
the script for the buddy calls and recorded a short video about starting treatment, which the fracture
liaison service now sends to every new patient.>> <<P:One member, Mrs Pauline Hurst, whose fractures
had been missed on two scans, spoke at the hospital's radiology meeting and asked for the fracture to
be put in the conclusion of the report, not hidden in the body of it.>>

Radiologists were sent the new reporting standard by the clinical director of radiology. The fracture
liaison nurses took on the weekly list as part of their usual work, and the lead nurse, Sister Janet
Okafor, co-ordinates it. GP practices were told about the DEXA action box in the federation's
newsletter. We hope that radiographers and practice pharmacists will join us in the next stage.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
Our group's work is done by volunteers and costs only the price of phone calls and tea. The fracture
liaison service has absorbed the extra patients within its existing staffing, although it has asked
the ICB for another nurse. Osteoporosis treatment usually costs less than £50 a year, while a hip
fracture costs the NHS and social care well over £10,000 in its first year, and often costs the
person their independence. Members who have had buddy calls tell us they would have given up their
tablets without them.
"""),
        ("spread", "How has the work been shared and spread?", """
The standard phrase has been adopted by the other hospital trust in the county. We have shared the
buddy call script with the national osteoporosis charity's network of support groups, and two groups
are starting their own.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1072  quality checks for point-of-care analysers in rural general practice
#        and community pharmacy - docx - rubric headings - short - PCN
#        clinical director, plain - PCN with the acute trust's point-of-care
#        testing committee and the LPC - patients and staff involved - NO
#        evidence section and no measured change anywhere in the entry
# ---------------------------------------------------------------------------
entry(
    id="I1072", format="docx", layout="rubric_headings", topic="point_of_care_analysers_primary_care_quality",
    project="independent67-sametest-1072", docx_font="Calibri",
    title="Same Test, Same Standard: quality checks for point-of-care blood tests in rural general practice and community pharmacy",
    cover=[
        "Lead: Wendlebury Rural Primary Care Network",
        "Partners: Wendlebury Hospitals NHS Trust (Point of Care Testing Committee); Wendlebury Local Pharmaceutical Committee",
        "Submitted by the PCN Clinical Director",
    ],
    primary_entrant=dict(name="Wendlebury Rural Primary Care Network", type="primary_care"),
    partners=[
        dict(name="Wendlebury Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Wendlebury Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "Why was the partnership needed and what were its patient safety goals?", """
Our seven rural practices and the community pharmacies around them use small point-of-care analysers
to test blood during the appointment: CRP to help decide whether a chest infection needs antibiotics,
INR for people on warfarin, and HbA1c and cholesterol for long-term condition reviews. The nearest
hospital laboratory is 40 minutes away, and a same-day result saves patients a second trip.

Until 2024 each practice and pharmacy bought its own analysers, from four different suppliers. None
was registered with the hospital's point-of-care testing committee. Quality control was done when
someone remembered, results were typed into the record by hand, and nobody outside the building knew
whether the machines were accurate. In 2023 a practice nurse noticed that an INR analyser was reading
lower than the hospital laboratory for the same patient. When it was checked, it had not had a quality
control test for over a year, and two patients had had their warfarin increased on the strength of its
readings. One of them was admitted with a bleed.

Same Test, Same Standard brings every analyser in the PCN and its pharmacies under the hospital's
point-of-care governance. Each analyser is registered, receives monthly external quality assessment
samples from the hospital, and is connected so that results go straight into the patient's record
with the identity of the device. Operators must be trained and certified, and the committee can
withdraw any analyser that fails.

Our goals were simple: that a point-of-care result in a village surgery or pharmacy should be as
reliable as one from the hospital laboratory, that every result should be recorded against the right
patient without being copied by hand, and that a faulty analyser should be found by a routine check
rather than by a patient coming to harm.
"""),
        ("stakeholders", "Who was involved and how were patients and staff involved?", """
<<S:Practice nurses and healthcare assistants who use the analysers every day chose which models to
keep, after trying them side by side for a month, and asked for the quality control reminder to appear
on the analyser's screen rather than in an email.>> <<S:Community pharmacists, through the LPC, worked
with the hospital's point-of-care testing co-ordinator to write a shorter operator course that fits
around a pharmacy's opening hours.>>

<<P:Patients from the anticoagulation clinic at one of our practices, who have had their INR tested by
finger-prick for years, met the project group and asked to be shown their result on the screen at the
time, which the connected analysers now do.>> <<P:The same patients asked for the result to go into
their yellow anticoagulant book without being copied by hand, and the printed label the analyser
produces was their idea.>>
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
Registration with the committee costs each practice about £600 a year, which the PCN pays from its
shared budget. Keeping point-of-care testing in rural practices saves patients a round trip of up to
80 miles and means treatment can be decided in one appointment. The connected analysers remove the
need to type results in by hand. Staff say they trust the results more. We have not yet collected
figures on errors or incidents since the scheme began; the committee's first annual quality report is
due in the spring of 2025.
"""),
        ("spread", "How have the achievements been applied elsewhere and best practice shared?", """
The ICB has asked the other three rural PCNs in the county to join from 2025, and the hospital's
committee has offered registration to every community pharmacy in the county that has an analyser. We
described the scheme at the LPC's annual meeting in November 2024.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)
