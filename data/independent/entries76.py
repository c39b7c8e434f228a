"""Seventy-sixth independent evaluation set (I1201..I1216) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing GP federations, primary care
networks, practices, councils, charities, trusts and the odd private company send in, in
their own voices and at their own length.  The theme of this set is general practice:
test results and incoming letters, repeat prescribing, care navigation at reception,
online access to records, and home visits.

Topics: blood tests requested by hospital clinics, taken in general practice, whose
results have no owner (a GP federation with the acute trust and a patients' forum, own
headings), clinical letters processed by practice administrators and the actions they
miss (an integrated care board, bold headings with a cover table), repeat prescriptions
for methotrexate and lithium issued without up-to-date blood monitoring (a local
pharmaceutical committee, numbered questions with cover bullets), red flag symptoms
missed by reception care navigation (a private training company as primary entrant,
lists), online record access and domestic abuse (a domestic abuse charity, no headings,
long), annual reviews and blood tests for housebound patients (a community trust, CAPS
headings), repeat prescription ordering for tenants in supported living (a supported
living charity, rubric headings), text messages that tell patients their results are
'normal' (a university lead, two columns), late-morning home visit requests and the
ambulance service (an ambulance service, style headings), reception staff who hear about
falls and carers in crisis (a council adult social care team, a form with a cover table),
hospital clinic letters asking the GP to start a medicine (an acute trust, lists),
abnormal results for patients the practice cannot reach (one GP practice on its own, no
partner, a pdf made from Word), anticipatory medicines at home that run out or go out of
date (a hospice lead, results first, no spread section), a repeat prescription ordering
app that lets people order stopped medicines (a private app company as primary entrant,
numbered questions), interpreters and care navigation at reception for people with
little English (a council public health team, with appendix) and proxy online access for
relatives of people with dementia (a patient participation group as lead, a short form
with no evidence section).

Lead types and layouts: I1201 primary_care, pdf own_headings; I1202 icb, docx
bold_headings with cover table; I1203 primary_care, docx numbered_questions with cover
bullets; I1204 private, pdf bullet_lists; I1205 charity, docx no_headings; I1206
nhs_trust (community), pdf caps_headings; I1207 charity, docx rubric_headings; I1208
university, pdf two_column; I1209 emergency_service, docx style_headings; I1210
local_authority, pdf form_table; I1211 nhs_trust (acute), docx bullet_lists; I1212
primary_care (one practice, no partner), pdf style_headings made from Word; I1213
charity (hospice), docx reordered; I1214 private, pdf numbered_questions; I1215
local_authority, pdf with_appendix; I1216 patient_group, docx form_table.

Build it with

    .venv/bin/python data/independent/build.py --set 76   (writes data/corpus/independent76/)

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
emergency_service; GP practices, GP federations, primary care networks and local
pharmaceutical committees are primary_care; patients' groups, forums and patient
participation groups are patient_group; hospices, domestic abuse, refugee and supported
living charities are charity; integrated care boards are icb; a university is
university; training, software and app companies are private).  A department or team of
the entrant's own organisation is not a partner.  Flags are written by hand and build.py
cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1201  hospital-requested blood tests taken in general practice with no
#        owner - pdf - own headings - GP federation with the acute trust and
#        a patients' forum - patients and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1201", format="pdf", layout="own_headings", topic="hospital_requested_tests_result_ownership",
    project="independent76-whoseresult-1201", pdf_font="LiberationSans", pdf_align="L",
    title="Whose Result Is It? Closing the gap on hospital-requested blood tests taken at the surgery",
    cover=[
        "Lead organisation: Ashcombe Vale GP Federation (24 member practices)",
        "Partners: Ashcombe Vale Hospitals NHS Trust (Pathology and Outpatient Services); Ashcombe Vale Patients' Forum",
        "Entry prepared by the Federation's Clinical Governance Lead",
    ],
    primary_entrant=dict(name="Ashcombe Vale GP Federation", type="primary_care"),
    partners=[
        dict(name="Ashcombe Vale Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Ashcombe Vale Patients' Forum", type="patient_group"),
    ],
    sections=[
        ("context", "Where it was going wrong", """
A consultant in a hospital clinic asks for a blood test before the next appointment. To save the patient
a trip to the hospital, the clinic letter says "bloods at GP surgery in six weeks". The patient books
with the practice nurse or the phlebotomist, the sample goes to the same laboratory, and the result
comes back. The question nobody had ever answered properly was: comes back to whom?

In Ashcombe Vale the answer depended on who had filled in the request form. If the practice had used
its own electronic request, the result landed in the GP inbox, where a GP who had never seen the patient
for this problem had to decide whether a creeping creatinine or a falling platelet count mattered. If
the hospital had given the patient a paper form, the result went back to the consultant's name, which
could mean a generic outpatient inbox that was checked when the clinic letter was typed, sometimes
months later. Often it went to both, and each assumed the other had looked.

Our significant event reviews in 2022 found eleven cases where an abnormal result in this grey zone had
not been acted on for more than four weeks. They included a man on a disease-modifying drug for
rheumatoid arthritis whose white cell count had dropped sharply, a woman whose rising calcium was filed
as "for hospital", and a patient on a kidney transplant waiting list whose potassium was dangerously
high. Nobody had been careless. The system simply had no owner.
"""),
        ("evidence", "What difference it has made", """
From April 2023 every test requested by a hospital clinic but taken in general practice carries a
'requester owns result' code. The laboratory system routes the result to a named consultant team's
electronic inbox, and a copy goes to the practice marked "for information - hospital to act". Abnormal
results that are not acknowledged by the hospital team within three working days are escalated
automatically to the specialty's duty registrar, and the practice can see that they have been picked up.

We repeated the same audit of 400 randomly selected hospital-requested results in the spring of 2022 and
the spring of 2024. <<Q:The proportion with no documented action by anyone fell from 17% to 3%.>>
<<Q:For abnormal results, the median time to a documented decision went from 12 days to 2 days.>>
<<Q:Significant events involving results of this kind fell from eleven in 2022 to two in 2024.>>

GP time has also been saved. Before the change, practices estimated that about one result in twelve in
the GP inbox related to a hospital clinic; that work now sits with the team that asked for the test.
"""),
        ("stakeholders", "Who shaped it", """
<<P:Members of the Ashcombe Vale Patients' Forum told us that patients were usually the only people who
knew a test had been done at all, and they asked for a simple card telling them who would ring them about
the result, which every phlebotomy appointment now includes.>> <<P:Two forum members who have long-term
kidney conditions tested the wording of the card and asked us to add a line saying what to do if they
have heard nothing after two weeks.>>

<<S:Phlebotomists and practice nurses from six practices kept a log for a month of every hospital form
they saw, which showed us how many different ways the clinics were asking for tests.>> <<S:Consultants
and clinic secretaries in rheumatology, renal medicine and haematology agreed the escalation rule with
us and asked for the three-day limit rather than the five days we first proposed.>> <<S:The laboratory
IT team built and tested the routing code alongside two practice managers, who checked that nothing went
missing from the practice copy.>>
"""),
        ("value", "Value for money and experience", """
The change used existing laboratory and clinical systems. The main cost was about forty days of
laboratory IT time and the printing of the patient cards. The value lies in avoided harm: a delayed
response to a low white cell count or a high potassium can mean an emergency admission, or worse.

Patients say they like knowing whom to expect a call from. GPs say they feel less exposed, because they
are no longer left holding results for specialist treatment they did not start.
"""),
        ("spread", "Spreading the approach", """
The acute trust is extending the routing code to its community outpatient clinics, and the pathology
network that covers our neighbouring area has asked for our specification. We have presented the work
at the regional primary care safety forum and written a short guide for other federations on agreeing
result ownership with their local hospital.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1202  incoming clinical letters processed by practice administrators -
#        docx - bold headings with cover table - ICB with the acute trust and a
#        GP federation - staff involved - NO patient involvement (patients as
#        beneficiaries, PPG chairs updated, leaflet sent, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1202", format="docx", layout="bold_headings", topic="gp_incoming_letters_administrator_workflow",
    project="independent76-lettersright-1202", docx_font="Calibri",
    title="Letters Right First Time: safer handling of incoming clinical correspondence in general practice",
    cover_table=[
        ("Entry title", "Letters Right First Time: safer handling of incoming clinical correspondence in general practice"),
        ("Lead organisation", "NHS Brackenmoor and Leys Integrated Care Board"),
        ("Partners", "Brackenmoor General Hospital NHS Foundation Trust; Leys Valley GP Federation"),
        ("Contact", "Primary Care Quality Lead, NHS Brackenmoor and Leys ICB"),
    ],
    primary_entrant=dict(name="NHS Brackenmoor and Leys Integrated Care Board", type="icb"),
    partners=[
        dict(name="Brackenmoor General Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="Leys Valley GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "Background", """
A typical GP practice in Brackenmoor and Leys receives between 150 and 300 clinical letters every working
day: discharge summaries, outpatient letters, results from other providers, notes from the out-of-hours
service. Over the last few years most practices have moved to a model in which trained administrators
read each letter, code the diagnoses, file the routine ones and pass to a GP only those that need a
clinician. Done well, it saves GPs hours a week. Done badly, it means important actions disappear into
the record without anyone doing them.

Our review of incidents reported by practices in 2022 found that letters were the single biggest source
of safety concerns in general practice. Most were not about lost letters. They were letters that had
been read, coded and filed, but where the action inside them had been missed: "please stop
clopidogrel after twelve months", "please repeat the scan in three months", "please refer to the
memory clinic if no improvement". Administrators had been trained by their own practice in their own
way, and there was no shared standard for what must go to a GP.
"""),
        ("evidence", "Results", """
Letters Right First Time introduced a single protocol for all 41 practices in the ICB area. It lists the
kinds of letter that must always be seen by a clinician, the phrases that signal an action for the
practice, and what the administrator should do with each. There is a two-day training course, an online
competency check and a monthly sample audit in which a GP reviews twenty filed letters at random.

The hospital trust now puts any action for the GP in a box headed "Actions for general practice" at the
top of every discharge summary and outpatient letter, instead of in the final paragraph.

<<Q:In the audit of filed letters, the proportion containing an action for the practice that had not been
done within 14 days fell from 23% in the baseline audit in October 2022 to 6% in October 2024.>>
<<Q:Letter-related incidents reported by practices went down from 64 in 2022/23 to 29 in 2023/24.>>

So far 212 administrators have been trained and 180 have passed the competency check. The ICB has set a
target that every practice will have at least two accredited administrators by March 2026.
"""),
        ("stakeholders", "Working together", """
<<S:Document administrators from nine practices worked with us over four workshops to write the
protocol, and it was their suggestion to organise it around the words that appear in letters, such as
'please', 'consider' and 'recommend', rather than around clinical conditions.>> <<S:GPs from the
federation reviewed every draft and removed several categories that they felt administrators could
safely file.>> <<S:The hospital's medical secretaries and two consultant leads redesigned the letter
templates with the federation, and they tested three versions of the action box in the renal and
cardiology clinics before choosing one.>>

Patients are the people who benefit most from this, because they are the ones harmed when an action is
missed. The chairs of patient participation groups were updated on the project at the ICB's patient
forum in 2023. A leaflet explaining the new letter format was sent to practices to display in waiting
rooms. We intend to ask patients how they would like to be told about actions in their own letters
during the next phase.
"""),
        ("value", "Value", """
The training programme cost the ICB around £48,000 over two years, mainly for trainers' time and backfill
for administrators. Practices tell us that trained administrators free up between two and four hours of
GP time a week in a typical practice, and that new administrators become confident more quickly.

The value for patients is simpler: the follow-up scan gets booked, the medicine gets stopped when it
should.
"""),
        ("spread", "Spread and sustainability", """
The protocol and training are now part of the ICB's primary care workforce offer and are included in
the induction for new practice staff. Two neighbouring ICBs have taken the protocol, and the hospital
trust has asked its other commissioners to adopt the action box as standard. We have shared the
audit tool through the regional primary care network.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1203  repeat prescriptions for methotrexate and lithium without up-to-date
#        monitoring - docx - numbered questions with cover bullets - LPC with
#        a PCN and the acute trust - people who take the medicines (a peer
#        network) and staff with unusual titles involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1203", format="docx", layout="numbered_questions", topic="repeat_prescribing_high_risk_monitoring",
    project="independent76-checkbeforeissue-1203", docx_font="Arial",
    title="Check Before You Hand Over: blood monitoring for people on methotrexate and lithium",
    cover=[
        "Carrow Fen Local Pharmaceutical Committee",
    ],
    cover_bullets=[
        "Partners: North Carrow Primary Care Network; Carrow Fen Hospitals NHS Trust (Rheumatology and Pharmacy)",
        "Written by the LPC's Chief Officer",
        "Area: 58 community pharmacies and 14 GP practices",
    ],
    primary_entrant=dict(name="Carrow Fen Local Pharmaceutical Committee", type="primary_care"),
    partners=[
        dict(name="North Carrow Primary Care Network", type="primary_care"),
        dict(name="Carrow Fen Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "1. What problem were you trying to solve?", """
Methotrexate and lithium are two of the medicines that most often cause serious harm in people treated
in the community. Both are safe when the right blood tests are done at the right time, and both can
cause severe illness when they are not: bone marrow suppression and liver damage with methotrexate,
toxicity and kidney damage with lithium. In our area about 1,900 people take methotrexate and about 600
take lithium, and almost all of them get their supply as a repeat prescription from their GP, collected
from a community pharmacy.

The repeat prescribing system assumes that someone has checked the monitoring before the prescription
is signed. In practice, in a busy surgery, the check is often a tick on a screen, and the repeat goes
through whether the last blood test was three weeks or seven months ago. The pharmacist handing over
the medicine usually had no way of knowing either way. In 2022 two people in our area were admitted with
methotrexate toxicity and one with lithium toxicity; in all three, the last blood test was well overdue
and the prescription had been reissued several times.
"""),
        ("evidence", "2. What has changed?", """
Since February 2023 community pharmacies in the area can see the date and result of the latest
monitoring blood test through the shared care record when they dispense methotrexate or lithium. If the
test is overdue, the pharmacy supplies the medicine (so that nobody is left without it), gives the
person a "blood test due" slip and sends a message to the practice through the agreed pathway. The
practice books the test within seven days.

<<Q:In the practices of North Carrow PCN, the share of people on methotrexate whose monitoring was up to
date when their repeat was dispensed rose from 71% in January 2023 to 94% in January 2025.>> <<Q:For
lithium, the share with a serum lithium level in the previous three months went up from 62% to 89% over
the same period.>> <<Q:Hospital admissions with methotrexate or lithium toxicity in the area went down
from three in 2022 to none in 2024.>>

Pharmacies sent 1,344 overdue monitoring messages in the first two years.
"""),
        ("stakeholders", "3. How were patients and staff involved?", """
<<P:People who take lithium, several of them members of the Carrow Bipolar Peer Network, met with us
twice and explained that being refused their medicine at the counter would be frightening and could
make them unwell, which is why the scheme always supplies first and chases the blood test second.>>
<<P:They also rewrote the "blood test due" slip so that it sounded like a reminder, not a telling-off.>>
<<P:Rheumatology patients at the hospital's methotrexate education session went through the slip too and
asked for the date of their last test to be printed on it.>>

<<S:Dispensers and medicine counter assistants from eight pharmacies tried out the process for two
months and told us that the shared record took too long to open at a busy counter, so the check is now
made when the prescription is assembled, not when it is handed over.>> <<S:Practice prescription clerks
in North Carrow helped us decide which practice inbox the messages should go to.>> <<S:The trust's
rheumatology nurse specialists and the PCN's clinical pharmacists agreed the monitoring intervals that
the pharmacies use.>>
"""),
        ("value", "4. What was the value for money and the effect on people?", """
The scheme runs within the existing community pharmacy contract and the shared care record the ICB
already paid for. One admission with methotrexate toxicity can mean weeks in hospital and, for some
people, death. People on these medicines tell us they feel looked after by their pharmacy, and the
pharmacists tell us that they feel they are doing the clinical job they trained for.
"""),
        ("spread", "5. How has it spread?", """
The other three PCNs in the LPC area joined during 2024. We have added azathioprine and mercaptopurine,
and the LPC has shared its pathway documents with other committees through the national network of
local pharmaceutical committees.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1204  red flag symptoms missed by reception care navigation - pdf - lists -
#        PRIVATE training company as primary entrant with two PCNs
#        (ineligible) - patients involved - NO staff involvement (receptionists
#        trained, a survey that changed nothing, one named GP lead)
# ---------------------------------------------------------------------------
entry(
    id="I1204", format="pdf", layout="bullet_lists", topic="reception_care_navigation_red_flags",
    project="independent76-rightdoor-1204", pdf_font="LiberationSans", pdf_align="L",
    title="The Right Door First Time: red flag awareness for care navigators at the front desk",
    cover=[
        "Submitted by: Frontdesk Navigate Ltd",
        "Working with: Harrowgate Marsh Primary Care Network and Elmstead Rural Primary Care Network",
        "Author: Director of Training, Frontdesk Navigate Ltd",
    ],
    primary_entrant=dict(name="Frontdesk Navigate Ltd", type="private"),
    partners=[
        dict(name="Harrowgate Marsh Primary Care Network", type="primary_care"),
        dict(name="Elmstead Rural Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "Why we did this", """
Frontdesk Navigate trains reception and patient services teams in general practice. Since 2021 most
practices have asked their receptionists to act as "care navigators": to ask callers briefly what the
problem is and send them to the right person, whether that is a GP, a nurse, a clinical pharmacist, a
physiotherapist, a community pharmacy or the minor injuries unit.

What the two PCNs told us in 2023:

- receptionists were making hundreds of navigation decisions a day, often with a queue on the phones

- each practice had its own list of symptoms to escalate, and some had none

- in four incidents reviewed by the PCNs that year, a caller had described a symptom that needed urgent attention, such as sudden weakness on one side, chest pain at rest or a feverish baby who would not feed, and had been offered a routine appointment or sent to the pharmacy

- receptionists said they were frightened of getting it wrong and did not feel they had permission to interrupt a GP

- callers who were anxious or in pain often played their symptoms down, saying things like "it's probably nothing" or "I don't want to be a bother"

The PCNs asked us to build a programme that would give every front desk the same short list of red flags, the same words to use and a clear route to a clinician, without turning receptionists into clinicians.
"""),
        ("evidence", "What we found", """
The programme ran from September 2023 in all 17 practices. It combines a one-page red flag card for the
desk, a half-day course with role play, and a simple rule: any red flag goes straight to the duty
clinician, who must answer within five minutes.

- <<Q:in monthly call audits, the proportion of calls with a red flag symptom that were passed to the duty clinician the same day rose from 58% before the programme to 93% after six months>>

- <<Q:incidents in which a red flag was missed at reception went from four in 2023 to one in 2024>>

- <<Q:receptionists who said they felt confident to interrupt a clinician about an urgent call went from 31% to 86% in our before-and-after questionnaire>>

- 164 reception and patient services staff have completed the course
"""),
        ("stakeholders", "Who took part", """
- <<P:patient participation group members from five practices played the part of callers in our role-play scenarios, using symptoms from their own experience, and told us when a receptionist's question made them feel they were being fobbed off>>

- <<P:after hearing them, we changed the opening question on the card from "What is the problem?" to "Can you tell me what is worrying you today?">>

- <<P:a carer whose husband had a stroke while waiting for a routine appointment agreed to be filmed telling his story, and that film now opens every course>>

- all reception teams were trained by our facilitators in practice time

- practice managers were sent a feedback survey after the course; responses were positive and the course was left as it was

- the red flag list was signed off by Dr Amrit Sandhu, the PCN clinical director, as part of his clinical governance role
"""),
        ("value", "Value", """
- the course costs £95 per learner, funded from the PCNs' training budgets

- the red flag card costs almost nothing to print and replace

- a missed stroke or heart attack carries a human cost that no budget captures
"""),
        ("spread", "Spread", """
- four more PCNs in the county have booked the programme for 2025

- the red flag card has been translated into a version for community pharmacy counter staff

- we are talking to the training hub about making the course part of the induction for all new reception staff
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1205  online record access and domestic abuse - docx - no headings - long -
#        domestic abuse charity with a PCN and the council - survivors
#        (unusual name, pronouns) and practice staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1205", format="docx", layout="no_headings", topic="online_record_access_domestic_abuse",
    project="independent76-safeonline-1205", docx_font="Georgia",
    title="Safe to Tell: protecting people experiencing domestic abuse when GP records go online",
    cover=[
        "Harbour Lights Domestic Abuse Service (registered charity), working with Westmere Primary Care Network and Westmere Borough Council Community Safety Team",
        "Entry by the Health Partnerships Manager, Harbour Lights",
    ],
    primary_entrant=dict(name="Harbour Lights Domestic Abuse Service", type="charity"),
    partners=[
        dict(name="Westmere Primary Care Network", type="primary_care"),
        dict(name="Westmere Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", None, """
When people were given access to their GP record through the NHS App, most of us saw it as good news,
and for most people it is. For the women and men we support, it created a new danger that nobody had
planned for. Abusive partners often control their victim's phone. They know the passcode, they check the
apps, and they read the messages. If someone tells their GP or practice nurse about the abuse, and that
conversation appears in the record on their phone a few days later, the person who is hurting them can
read it. So can a referral to us, a note about a bruise, or the fact that they asked for the
contraceptive pill.

We first heard about this from a woman who came to our refuge in 2022. She had told her GP, for the first
time in eleven years, what her husband was doing. Two days later he read the consultation in the app on
her phone. She told us the beating that followed was the worst she had had. She also told us she would
never tell a doctor anything again.

When we raised it with the practices in Westmere, they were shocked, but they did not know what to do.
There was guidance about withholding harmful information from online access, but nobody had ever been
shown how to apply it, and no one in the practice was responsible for it. Receptionists were switching
on online access at the request of callers without knowing whether the caller was the patient. Some
practices had set up proxy access for husbands to order their wife's prescriptions, with no idea that the
husband was the danger.

The Safe to Tell approach has three parts. First, any clinician who hears a disclosure of domestic abuse,
or suspects it, uses a single code that hides that consultation and any later entries about abuse from
online view, and flags the record so that nobody grants proxy access or changes contact details without
speaking to the patient alone. Second, practice reception teams follow a short checklist before switching
on online access or changing a phone number. Third, our independent domestic violence advisers offer a
"safe phone" conversation: we help the person check their own phone, their app settings and who else can
see them.
"""),
        ("evidence", None, """
The approach has been in place in all nine Westmere PCN practices since June 2023. Practices have used
the protective code on 486 records. Our advisers have taken 212 referrals from the practices in that
time, and 97 people have had a safe phone conversation.

<<Q:Before Safe to Tell, the practices' own audit found that only 14% of records with a domestic abuse
code also had the abuse-related entries hidden from online access; a year later the figure was 88%.>>
<<Q:The number of proxy access arrangements in which the proxy was recorded as a suspected perpetrator
fell from 23 at the start to none.>> Our advisers record every case in which a survivor reports that an
abuser found out about a disclosure through the NHS App or a practice text message. <<Q:There were seven
such reports in the year before the scheme and one in the year after.>>

Referrals to us from general practice have also grown, which we think is because people feel safer
telling their GP.
"""),
        ("stakeholders", None, """
<<P:Our Survivors' Voice group, nine women and two men who have all lived with domestic abuse, were with us
from the start.>> <<P:They went through the NHS App screen by screen with the PCN's digital lead and
showed her exactly where an abuser would look first, which is why the code hides test requests and
referral letters as well as consultation notes.>> <<P:They also wrote the question that receptionists
now ask before changing any contact details: "Is this a good number for us to reach you on your own?">>
<<P:One member, who had been through the experience in the opening story, asked that the safe phone
conversation be offered in the practice, not only at our office, and it now is.>>

<<S:Receptionists and care navigators from three practices helped us test the checklist on real calls for
a month, and suggested that it should appear automatically on screen when someone asks for online
access.>> <<S:The practices' Caldicott guardians and information governance leads worked through
the legal questions with our safeguarding lead, and agreed that hiding information for safety reasons
was not only allowed but expected.>> <<S:The council's domestic abuse coordinator and the PCN's
safeguarding GP wrote the training together, using the cases the Survivors' Voice group had given
us.>>
"""),
        ("value", None, """
Safe to Tell has been run on a grant of £36,000 from the council's community safety fund, which pays for
part of an adviser's time and the training. The protective code and the checklist cost nothing. The cost
of domestic abuse to the NHS and to society is enormous, and a single disclosure that goes wrong can
close the door for years.

The practices tell us that staff feel they now have something to do when they are worried, instead of
feeling helpless. Survivors tell us that the most important thing is that they can speak to their doctor
again.
"""),
        ("spread", None, """
The council has asked all four PCNs in the borough to adopt the approach during 2025, and the
integrated care board's safeguarding team has included the checklist in its guidance on online access
for every practice in the area. We have shared the materials with other domestic abuse services through
our regional network, and have been asked to contribute to national guidance on online access and
safeguarding. Most of all we want every practice to understand that an app designed for convenience can
become a tool of control, and that a few simple steps can prevent it.
"""),
    ],
    flags=[],
)



# ---------------------------------------------------------------------------
# I1206  annual reviews and blood tests for housebound patients - pdf - CAPS
#        headings - community trust with two PCNs - staff involved - NO
#        patient involvement (a survey after which nothing changed, letters,
#        a planned panel, a negation)
# ---------------------------------------------------------------------------
entry(
    id="I1206", format="pdf", layout="caps_headings", topic="housebound_patients_long_term_condition_reviews",
    project="independent76-seenathome-1206", pdf_font="DejaVuSans", pdf_align="L",
    title="Seen at Home: annual reviews and monitoring bloods for people who cannot get to the surgery",
    cover=[
        "Lead: Pennock Valley Community Health NHS Trust (Community Nursing and Phlebotomy Services)",
        "Partners: Pennock Town Primary Care Network; Upper Pennock and Moor Primary Care Network",
        "Contact: Associate Director of Community Nursing",
    ],
    primary_entrant=dict(name="Pennock Valley Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Pennock Town Primary Care Network", type="primary_care"),
        dict(name="Upper Pennock and Moor Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "THE PROBLEM AND WHAT WE CHANGED", """
People who cannot leave their homes are among the most unwell patients a GP practice has. Many have
diabetes, heart failure, chronic kidney disease or COPD, and many take medicines that need regular blood
tests. Yet they were the group most likely to miss their annual review. The review is built around a
visit to the practice nurse; if you cannot get to the practice, it quietly does not happen.

In 2022 the two primary care networks identified 1,420 people on their housebound registers. When the
PCN pharmacists looked at their records, they found that many had no HbA1c, kidney function or potassium
result for more than a year, including people on medicines such as ACE inhibitors, spironolactone and
metformin where those results decide whether the dose is safe. Requests for "housebound bloods" were sent
to our district nursing teams one at a time, competed with wound care and end of life visits, and were
often done weeks late or not at all. Nobody was looking at the whole picture of a person's care: a
district nurse might take a blood sample for one practice request on Monday and another nurse would
arrive for a different one on Thursday.

Seen at Home replaced single requests with one planned visit each year, in the person's birth month. A
healthcare assistant from our new housebound team visits with a single checklist agreed with the
practices, takes all the bloods needed, checks blood pressure, weight, pulse and feet, asks the standard
review questions for each long-term condition and records everything straight into the practice
record. The PCN clinical pharmacist then does a structured medication review by phone within two weeks,
and any problems go to the GP.
"""),
        ("evidence", "RESULTS", """
The service started in May 2023 and every person on the two registers had been offered a visit by the
end of April 2024.

<<Q:The proportion of housebound patients with diabetes who had an HbA1c result in the previous 12 months
went from 54% in April 2023 to 91% in April 2024.>> <<Q:Among housebound patients taking an ACE
inhibitor, an angiotensin receptor blocker or spironolactone, the share with a kidney function and
potassium result in the last year rose from 47% to 88%.>> <<Q:Separate district nursing visits made only
to take blood fell by more than two thirds, from an average of 310 a month to 92 a month, freeing nurses
for wound care and end of life care.>>

The pharmacists' reviews led to 611 medicine changes, including 74 doses reduced or stopped because of
kidney function.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<S:District nurses and phlebotomists from both localities sat down with the PCN pharmacists and the
practice nurse leads to build the single checklist, and the nurses insisted that foot checks and a
falls question be added because those were what they saw missed most often.>> <<S:The healthcare
assistants who now make the visits tested the checklist in 40 homes in the first month and cut it from
six pages to two.>> <<S:Practice managers agreed how the birth-month list would be produced each month
and changed it after the pilot so that people with a review already booked were not visited twice.>>

Housebound patients were not involved in designing the service. Every patient on the register was sent
a letter before their first visit explaining what would happen. We ran a satisfaction questionnaire in
early 2024, and the replies were very positive, so the visit has not been altered. We would like to set
up a small panel of housebound patients and their carers in the coming year to advise us on the next
stage.
"""),
        ("value", "VALUE FOR MONEY", """
The service is staffed by four healthcare assistants and a coordinator, funded jointly by the trust and
the two PCNs at a cost of about £190,000 a year. Much of that is offset by the district nursing time
released. Catching a high potassium or a falling kidney function before it causes harm avoids
admissions that are expensive and frightening for frail people.
"""),
        ("spread", "SPREADING THE WORK", """
Seen at Home is being extended to the remaining three PCNs in Pennock Valley from April 2025. The
trust has shared the checklist and the visit template with the community trusts in the region, and
the integrated care board is using the model in its plan for proactive care of housebound people.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1207  repeat prescription ordering for tenants in supported living - docx
#        - rubric headings - supported living charity with a PCN and
#        community pharmacies - tenants involved - NO staff involvement
#        (support workers trained, pharmacies briefed, one named lead) - NO
#        quantitative evidence (counts, dates, a zero with no baseline, target)
# ---------------------------------------------------------------------------
entry(
    id="I1207", format="docx", layout="rubric_headings", topic="supported_living_repeat_prescription_ordering",
    project="independent76-mymedsontime-1207", docx_font="Calibri",
    title="My Medicines On Time: safer repeat prescription ordering for people in supported living",
    cover=[
        "Kindred Living Trust (registered charity providing supported living)",
        "In partnership with Castlebrook Primary Care Network and Castlebrook Community Pharmacy Group (four independent pharmacies)",
        "Submitted by the Director of Quality, Kindred Living Trust",
    ],
    primary_entrant=dict(name="Kindred Living Trust", type="charity"),
    partners=[
        dict(name="Castlebrook Primary Care Network", type="primary_care"),
        dict(name="Castlebrook Community Pharmacy Group", type="primary_care"),
    ],
    sections=[
        ("context", "Context: the issue and why it mattered", """
Kindred Living supports 230 adults with learning disabilities and autistic adults in their own tenancies
across Castlebrook. Most of our tenants take several regular medicines, often including antiepileptic
medicines, antipsychotics and laxatives, and most rely on their support team to order repeat
prescriptions, collect them and help them take them.

For years the ordering was done by whichever support worker was on shift when the tablets looked low.
Some tenants were registered with practices that used online ordering, some with practices that only
accepted paper slips, and some had their pharmacy order on their behalf. Medicines ran out, especially
over bank holidays. Other times two people ordered the same thing and the cupboard filled up with boxes.
When a GP stopped or changed a medicine, the old item sometimes stayed on the repeat list and carried on
arriving. Tenants themselves were often left out of the whole business, even those who were keen and
able to take charge of their own medicines with a little help, because the system was built around the
staff rota rather than around the person. In 2022 we recorded incidents including a tenant with epilepsy who went without his
lamotrigine for two days and had a seizure, and another who was given a stopped antipsychotic alongside
its replacement for a week.
"""),
        ("evidence", "Evidence of impact", """
Since April 2023 each tenant has a named "medicines day" each month. Orders are placed by one trained
senior support worker per house, twelve days before the medicine runs out, through one online route
agreed with all five practices in the PCN. The pharmacy checks every order against the current repeat
list and rings the house if anything has changed.

- 230 tenants now have a medicines day and a single ordering route.

- 41 senior support workers have completed the ordering training.

- The four pharmacies have made 318 calls to houses about changed or stopped items since April 2023.

- In the last quarter of 2024 there were no recorded occasions on which a tenant ran out of a regular medicine.

- We have set ourselves a target of no duplicate orders by the end of 2025.

We have not yet been able to compare incident rates with the period before the project, because our
incident system changed in 2023, and we do not want to claim improvements we cannot show.
"""),
        ("stakeholders", "Stakeholder involvement", """
<<P:Tenants were at the heart of the design: our self-advocacy group, Speak Up Castlebrook, met four
times and chose the idea of a "medicines day" because, as one member put it, "I know when my birthday
is, so I can know when my tablets are coming".>> <<P:Members made an easy read calendar with pictures
of their own medicines, which every tenant who wants one now has on the kitchen wall.>> <<P:A tenant
who had run out of her inhaler twice went with our project lead to meet the pharmacy team and explained
what it had been like.>>

All support workers in the houses were trained in the new process. The pharmacies were briefed on the
medicines day at a meeting with the PCN. The process itself was written by our medicines lead nurse,
Gemma Okafor, as part of her role. The PCN informed its practices by email.
"""),
        ("value", "Value and patient experience", """
The project cost about £12,000, mostly for training time and printing the easy read calendars. We
believe it has reduced wasted medicines, although we have not costed this. Tenants tell us they like
knowing when their medicines will come, and families say they worry less.
"""),
        ("spread", "Spread and sustainability", """
The medicines day is now written into our medicines policy for all services, including our two new
services opening in 2025. We have shared the easy read calendar with other supported living providers
through the regional provider forum.
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1208  text messages telling patients results are 'normal' - pdf - two
#        columns - university lead with a PCN and a patients' group - patients
#        and staff involved - no flags ("a third fewer")
# ---------------------------------------------------------------------------
entry(
    id="I1208", format="pdf", layout="two_column", topic="results_text_messages_normal_wording",
    project="independent76-normalisnt-1208", pdf_font="LiberationSans",
    title="When Normal Isn't: rewriting the results text messages sent by GP practices",
    cover=[
        "University of Eastmarsh, School of Health and Social Sciences (lead)",
        "With Sandgate Coastal Primary Care Network and the Sandgate Health Matters patients' group",
        "Entry by a Senior Lecturer in Primary Care",
    ],
    primary_entrant=dict(name="University of Eastmarsh", type="university"),
    partners=[
        dict(name="Sandgate Coastal Primary Care Network", type="primary_care"),
        dict(name="Sandgate Health Matters", type="patient_group"),
    ],
    sections=[
        ("context", "Background", """
Most practices now tell patients about their test results by text message. The messages are sent in
batches after a GP has filed the results, and the wording comes from a small set of templates: "Your
recent results are normal, no further action is needed", or "Please book a routine appointment to
discuss your results".

The trouble is that "normal" in a GP's filing system often means "no action now", not "nothing there".
A mildly low haemoglobin that the GP wants rechecked in three months, a prediabetic HbA1c, or a raised
PSA being watched, can all be filed as satisfactory. When the practice text says "normal", patients
understandably stop worrying and do not book the recheck. The "routine appointment" message has the
opposite problem: several patients in the PCN had waited weeks for a slot when the GP had wanted to see
them within days.

Our research team was asked by the PCN to look at 1,000 results messages and the records behind them.
In around one in eight the message did not match what the GP had intended.

Patients were not at fault. They read the words they were sent and did what those words suggested. One
woman in the review had been told by text that her results were normal, and it was only when she
attended for something else four months later that she learnt her GP had wanted her blood count
rechecked in a month. Her haemoglobin had fallen further in the meantime. The practices had no way of
seeing which message had gone to which patient without opening each record, so nobody had noticed the
pattern.
"""),
        ("evidence", "What changed", """
With the PCN we designed six new templates that match the GP's decision, not the laboratory range, and
added a seventh for "I need to speak to you this week" with a link to book. GPs choose the template as
they file the result. Each message now says what the next step is and when.

We compared the six months before the change, in 2023, with the six months after it. <<Q:Rechecks that
the GP had asked for were booked on time a third more often after the change.>> <<Q:Patients who
contacted the practice to ask what their message meant fell by a third, from 410 calls a month to
270.>> <<Q:The proportion of messages that did not match the GP's intended action went down from 12% to
2%.>>
"""),
        ("stakeholders", "Working together", """
<<P:Members of Sandgate Health Matters read every existing template aloud in a workshop and marked the
words they found confusing.>> <<P:It was them who pointed out that "no further action" sounded to many
people like "we are not going to do anything for you", so we dropped it.>> <<P:Eight people who had
recently had an abnormal result took part in interviews with our researchers, and their accounts
shaped the wording of the "this week" message.>>

<<S:GPs and practice pharmacists in the PCN tried the new templates in two practices for a month and
asked us to put the templates in the order in which they are most often used, to save clicks.>>
<<S:Reception teams told us which questions patients rang them about, and we used their tally to decide
which templates needed rewriting first.>>
"""),
        ("value", "Value", """
The templates cost nothing to run. Each avoided call to the practice frees a receptionist for someone
else, and each recheck done on time means problems such as anaemia or rising blood sugar are caught
earlier. The study was funded by a small university knowledge exchange grant.
"""),
        ("spread", "Spread", """
All 11 practices in the PCN use the templates, and the supplier of the messaging software has made them
available to every practice that uses its system nationally. We are publishing the evaluation in an
open access journal. We are also working with a second PCN on a version of the templates in the
five languages most often spoken in the area.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1209  late-morning home visit requests and the ambulance service - docx -
#        style headings - ambulance service with a GP federation - staff
#        involved - NO patient involvement (beneficiaries, a negation, a
#        leaflet, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1209", format="docx", layout="style_headings", topic="gp_home_visits_early_triage_ambulance",
    project="independent76-beforenoon-1209", docx_font="Calibri",
    title="Before Noon: earlier home visits to stop afternoon 999 calls from general practice",
    cover=[
        "Northridge Ambulance Service NHS Trust, in partnership with Calder Brook GP Federation",
        "Entry submitted by the Consultant Paramedic for Primary and Urgent Care",
    ],
    primary_entrant=dict(name="Northridge Ambulance Service NHS Trust", type="emergency_service"),
    partners=[dict(name="Calder Brook GP Federation", type="primary_care")],
    sections=[
        ("context", "Setting the scene", """
Every ambulance service knows the afternoon peak of calls from GP practices. A request for a home visit
comes in at 10am. The GP sees it after morning surgery, visits at three or four o'clock, finds an older
person who is septic, breathless or has fallen and cannot get up, and rings for an ambulance. By then
our crews are stretched, the call is often categorised as a "healthcare professional admission" with a
two- or four-hour response, and the patient waits on the floor or in bed, getting worse, until after
dark. They arrive at the emergency department late in the evening, when beds are scarcest.

We looked at a year of calls from the 28 practices in Calder Brook. More than half of GP-requested
ambulances were booked after 2pm. Our crews told us stories of patients who had been unwell since early
morning, whose condition had been obvious from the first phone call, but who were not seen by anyone
until mid-afternoon. Long waits for these patients were a regular theme in our incident reports.

The GP federation had the same worry from the other side: GPs said that they could not visit earlier
because morning surgery was full, and that visit requests often gave too little information to decide
how urgent they were.
"""),
        ("evidence", "Outcomes", """
From January 2024, every home visit request to a Calder Brook practice is triaged by a GP or advanced
practitioner by 10.30am using a short shared tool. Anyone who may need hospital is passed to a
specialist paramedic from our urgent care team, who visits before noon, with direct access to the GP
for advice. If admission is needed, the paramedic arranges it at that point, in the morning.

<<Q:The share of GP-requested ambulance journeys in Calder Brook that were booked before noon rose from
38% in 2023 to 71% in 2024.>> <<Q:The average wait for an ambulance after a GP request fell from 3 hours
14 minutes to 1 hour 22 minutes.>> <<Q:Patients waiting more than four hours for an ambulance after a
home visit went from 212 in 2023 to 48 in 2024.>> The specialist paramedics made 2,930 visits in the
year and managed 61% of patients at home.
"""),
        ("stakeholders", "How people were involved", """
<<S:GPs and practice visiting teams from the federation met our specialist paramedics every fortnight
for the first three months and together rewrote the triage tool after the first month, adding questions
about whether the person could stand and whether they were eating and drinking.>> <<S:Our emergency
operations centre clinicians suggested that paramedic visits should be tasked through the same system
as 999 calls, so that they could be stood down if a crew was already nearby.>> <<S:Receptionists in four
practices tried out a new visit request form and asked for a box for the caller's own description of
what had changed.>>

The patients who benefit are mostly frail older people, many living alone or in care homes. We did not
ask patients or families to help design the service, as it was set up at short notice to deal with
winter pressures. A leaflet about the paramedic visit is given to patients when it happens, and we plan
to ask a patient panel to review the service in its second year.
"""),
        ("value", "Value", """
The paramedic visits are funded by the integrated care board at about £420,000 a year. A morning
admission avoids hours on a trolley, and treating people at home avoids some admissions altogether.
Crews say afternoons are calmer, and GPs say they finish surgery knowing the sickest patients have
already been seen.
"""),
        ("spread", "Spread and learning", """
Two other GP federations in our area started the same model in autumn 2024. We have presented it at the
national ambulance urgent care network, and the triage tool is available to any service that asks.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1210  reception staff who hear about falls and carers in crisis - pdf -
#        form with cover table - council adult social care with a PCN and a
#        carers' charity - carers and staff involved - no flags (SPC shift)
# ---------------------------------------------------------------------------
entry(
    id="I1210", format="pdf", layout="form_table", topic="reception_navigation_falls_carers_social_care",
    project="independent76-sameday-1210", pdf_font="LiberationSans",
    title="Same Day Connect: from the surgery front desk to social care help the same day",
    cover_table=[
        ("Project title", "Same Day Connect: from the surgery front desk to social care help the same day"),
        ("Lead organisation", "Fernhill City Council (Adult Social Care, Early Help Team)"),
        ("Partners", "Fernhill East Primary Care Network; Fernhill Carers Together (charity)"),
        ("Entrant's role", "Head of Early Help and Prevention"),
    ],
    primary_entrant=dict(name="Fernhill City Council", type="local_authority"),
    partners=[
        dict(name="Fernhill East Primary Care Network", type="primary_care"),
        dict(name="Fernhill Carers Together", type="charity"),
    ],
    sections=[
        ("context", "Describe the problem and the solution", """
GP receptionists and care navigators hear things that nobody else hears. A daughter rings to say her
father has fallen twice this week but "doesn't want any fuss". A wife calls to cancel her husband's
appointment because she cannot get him into the car any more. A man asks for a prescription for his
mother and mentions he has not slept for three nights. None of these is a medical emergency, and none of
them fits a GP appointment, so too often the call ended with "I'll pass it on" and nothing happened.

The council's early help team can send a falls responder, a carer's emergency assessment, a piece of
equipment or a short period of home care the same day. But in 2022 fewer than 5% of its referrals came
from general practice, and most of those came by letter from a GP, days later.

Same Day Connect gives the seven practices in Fernhill East a direct phone line and an online form to
the early help team, and a list of "listen out for" phrases. A care navigator who hears one of these
phrases offers to connect the caller to the team while they wait. The team calls back within two hours.

The idea is not to add another service, but to make sure that what the receptionist hears is acted on
by the people who can help, on the same day, rather than being written on a sticky note.
"""),
        ("evidence", "What is the evidence of improvement?", """
We have tracked emergency admissions after a fall at home for people over 75 registered with the seven
practices, using a statistical process control chart of monthly counts since 2021. <<Q:Since Same Day
Connect started in March 2023 there has been a sustained shift on the chart, with fourteen consecutive
months below the previous median, and the monthly median has dropped from 41 admissions to 29.>>

<<Q:Carer breakdowns that ended in an emergency care home placement fell from 22 in the year before the
scheme to 9 in the year after.>>

The early help team took 1,186 referrals from the practices in the first two years.
"""),
        ("stakeholders", "How were patients, carers and staff involved?", """
<<P:Fernhill Carers Together brought a group of carers to two sessions at the surgery, and it was they
who came up with most of the "listen out for" phrases, because they were the words they had used
themselves when they rang their own practice and got nowhere.>> <<P:Carers also asked that the team
should always phone back the person who called, not the patient, unless told otherwise, which is now
the rule.>>

<<S:Care navigators from all seven practices were part of the design group, and they asked for the
online form to be no longer than one screen so that it could be filled in while the caller was still
on the line.>> <<S:Early help workers and the PCN's social prescribers agreed between them who would
take which calls, and changed the plan after the first month when they found some callers were being
contacted twice.>>
"""),
        ("value", "What has been the impact on experience and value for money?", """
The scheme runs within the early help team's existing budget, plus £8,000 for training and printed
materials. A single fall admission for an older person costs the NHS several thousand pounds and can
lead to permanent care. Carers say they feel listened to, and receptionists say they no longer feel
they are putting the phone down on people who need help.
"""),
        ("spread", "How has the work spread?", """
The council is extending Same Day Connect to the city's other three PCNs during 2025, and the
integrated care board has included the "listen out for" card in its care navigation training for all
practices.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1211  hospital clinic letters asking the GP to start a medicine - docx -
#        lists - acute trust with a GP federation and a patients' panel -
#        patients and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1211", format="docx", layout="bullet_lists", topic="outpatient_letters_gp_start_medicine",
    project="independent76-whostarts-1211", docx_font="Arial",
    title="Who Starts It? Ending the wait for medicines recommended in outpatient letters",
    cover=[
        "Lead: Kestrel Downs University Hospitals NHS Trust (Outpatient Pharmacy and Medical Directorate)",
        "Partners: Kestrel Downs GP Federation; Kestrel Downs Outpatient Patients' Panel",
        "Contact: Chief Pharmacist, Kestrel Downs University Hospitals NHS Trust",
    ],
    primary_entrant=dict(name="Kestrel Downs University Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Kestrel Downs GP Federation", type="primary_care"),
        dict(name="Kestrel Downs Outpatient Patients' Panel", type="patient_group"),
    ],
    sections=[
        ("context", "The problem", """
A patient is seen in a hospital clinic. The consultant decides that a new medicine is needed, but does
not prescribe it. Instead the clinic letter, typed days or weeks later, says "I would be grateful if
you could start..." The letter arrives at the GP practice, joins the queue, and eventually a GP or
practice pharmacist reads it and issues a prescription, if they agree and if they notice the request.

What we found when we looked at 600 letters from 2022:

- 1 in 5 outpatient letters asked the GP to start or change a medicine

- the median time from the clinic to the patient receiving the medicine was 23 days

- in 9% of cases the medicine was never started, usually because the request was buried in the letter

- some of the delayed medicines were for conditions where a delay matters, such as anticoagulants for atrial fibrillation, or treatments for heart failure and inflammatory bowel disease

- patients told the practice they had been told by the consultant "your GP will sort it", while the GP had not yet seen the letter

Some GPs were also uneasy about starting a specialist medicine they did not know well, on the strength of a letter, without the information on dosing and monitoring that the hospital team had. That uncertainty added further days while they wrote back with questions. Meanwhile the patient, who had left clinic expecting to start treatment that week, rang the practice, then the hospital secretary, then the practice again.
"""),
        ("evidence", "What has improved", """
From May 2023 the trust made three changes, agreed with the federation:

- any medicine the consultant wants started within four weeks is prescribed by the clinic, for at least the first month, using the outpatient electronic prescribing system and collected from the hospital pharmacy or sent to the patient's chosen community pharmacy

- requests to the GP for later changes appear in a box at the top of the letter with the words "GP action required"

- clinic letters are sent electronically within seven days

- <<Q:the median time from clinic to the patient having the medicine fell from 23 days to 1 day>>

- <<Q:the share of recommended medicines never started dropped from 9% to 2%>>

- <<Q:letters reaching the practice within seven days rose from 44% to 86%>>
"""),
        ("stakeholders", "Who was involved", """
- <<P:members of the trust's Outpatient Patients' Panel shadowed three clinics and told us that patients were often unsure whether they would get a prescription or not, so the clinic now gives every patient a slip saying who will prescribe and when>>

- <<P:panel members also chose the wording "GP action required" from four options>>

- <<S:GPs and practice pharmacists from the federation went through the 600 letters with our pharmacists and agreed which medicines should always be started by the hospital>>

- <<S:consultants in cardiology, gastroenterology and neurology tested outpatient prescribing in their clinics and asked for a list of the drugs most often recommended to be built into the system, which saved them time>>

- <<S:outpatient secretaries helped redesign the letter template so that the action box appeared automatically>>
"""),
        ("value", "Value", """
- the trust absorbs the cost of a first month's supply, about £210,000 a year, which is partly offset by medicines being started earlier and some admissions being avoided

- practices estimate they save around three hours of GP or pharmacist time a week each

- patients no longer need to chase a prescription between two organisations
"""),
        ("spread", "Spread", """
- the approach now covers all adult outpatient specialties

- the federation has shared it with the integrated care board, which is asking its other trusts to adopt it

- we have written up the work for a national hospital pharmacy journal
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1212  abnormal results for patients the practice cannot reach - pdf made
#        from Word - style headings - one GP practice on its own (NO partner,
#        ineligible) - staff involved - NO patient involvement (texts and
#        letters sent, PPG updated) - NO quantitative evidence (single figures,
#        counts, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1212", format="pdf", layout="style_headings", topic="abnormal_results_uncontactable_patients",
    project="independent76-threetries-1212", render_via="soffice", docx_font="Liberation Serif",
    title="Three Tries and a Plan: reaching patients with abnormal results",
    cover=[
        "The Ridgeway Surgery, Lowther Green",
        "Entry by the Practice Manager and the GP partner for clinical governance",
    ],
    primary_entrant=dict(name="The Ridgeway Surgery", type="primary_care"),
    partners=[],
    sections=[
        ("context", "Background", """
The Ridgeway Surgery looks after 13,600 patients in Lowther Green and the villages to the north. Like
every practice, we regularly get test results that need a patient to be contacted quickly: a very low
haemoglobin, a high potassium, an abnormal liver test, a positive urine culture in a pregnant woman.
The GP files the result with an instruction, and a member of the team phones the patient.

The difficulty is the patient who cannot be reached. Mobile numbers change, landlines are gone, people
work shifts, some do not answer withheld numbers, and some have moved without telling us. Until 2023
our process was simply to "keep trying". In practice a result could be passed from one person to
another for days, with nobody sure how many attempts had been made or when to give up and do something
different. In one case in 2022, a patient with a sodium level low enough to cause seizures was not
reached for five days; she was eventually admitted through the emergency department after a fall.

We decided to fix this within the practice, using our own team and our own clinical system.

We also found that the team had no shared view of which results were still waiting. Each person kept
their own notes, sometimes on paper, and when someone went on leave their list went with them. The
duty GP had no way of knowing, at the end of the day, whether an urgent result from the morning had
been dealt with.
"""),
        ("evidence", "Evidence of improvement", """
The "three tries and a plan" process started in April 2023. Every abnormal result needing contact is
given a deadline by the GP (same day, 48 hours or one week). The team makes up to three attempts by
phone at different times of day, with a text message after the first. After the third failed attempt
the result goes back to the duty GP, who decides the plan: a letter, a call to next of kin, a home visit
by the practice's paramedic, or in urgent cases a request to the police for a welfare check.

In the first eighteen months 2,742 results went through the process. The duty GP made a plan for 161
patients who could not be reached after three attempts, and 14 home visits were made. In our latest
spot audit, 96% of urgent results were acted on within the deadline. Our aim is 100% by the end of 2025.
"""),
        ("stakeholders", "Involvement", """
<<S:Our reception and administration team designed the tracking list themselves, and it was a
receptionist, Lorna, who suggested making attempts at different times of day after noticing that
evening calls were answered far more often.>> <<S:The nurses and the paramedic practitioner agreed with
the GPs what each deadline should be and added the option of a home visit.>> <<S:After the first three
months the duty GPs asked for the list to show the reason for the result on screen, and the team
changed the template.>>

Patients were sent a text message in 2023 asking them to check that the practice has their correct
phone number. A notice about the process was put on our website and in the waiting room, and the
patient participation group was told about it at its spring meeting.
"""),
        ("value", "Value", """
The process uses our existing staff and system. The only cost was two afternoons of protected time for
the team to design it. Staff say they feel clearer about what to do and who is responsible, and that
they no longer go home worrying about a result that is still sitting in the inbox.
"""),
        ("spread", "Spread", """
We have shared our template and tracking list with other practices at the local protected learning
time event and on request.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1213  anticipatory medicines at home that run out or go out of date -
#        docx - results first - hospice with a PCN and the LPC - bereaved
#        carers and staff involved (staff told in the context section) - NO
#        spread section
# ---------------------------------------------------------------------------
entry(
    id="I1213", format="docx", layout="reordered", topic="anticipatory_medicines_home_repeat_expiry",
    project="independent76-readywhenneeded-1213", docx_font="Cambria",
    title="Ready When Needed: keeping end of life medicines in date and in the home",
    cover=[
        "St Brannoc's Hospice (registered charity), with Trevarth and Coast Primary Care Network and Kernow West Local Pharmaceutical Committee",
        "Submitted by the Hospice Community Services Lead",
    ],
    primary_entrant=dict(name="St Brannoc's Hospice", type="charity"),
    partners=[
        dict(name="Trevarth and Coast Primary Care Network", type="primary_care"),
        dict(name="Kernow West Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("evidence", "Results", """
<<Q:In the year before Ready When Needed, hospice at home nurses and district nurses found that
anticipatory medicines were missing, incomplete or out of date at 19% of the out-of-hours visits where
they were needed; in the year after, the figure was 4%.>> <<Q:The median time for a dying person in
distress to receive a dose at night, from the call to the injection, came down from 2 hours 40 minutes
to 55 minutes.>>

<<Q:Calls to the out-of-hours GP service for an urgent prescription for someone at the end of life halved
over the same period.>> In all, 642 people have had their medicines checked under the scheme since it
started in October 2023.
"""),
        ("context", "Why we needed to act", """
When someone is dying at home, a small box of "just in case" medicines is prescribed so that a nurse can
give pain relief, anti-sickness medicine or something for agitation or breathing at any hour, without
waiting for a prescription. In Trevarth and the coastal villages, the nearest pharmacy open at night can
be forty minutes' drive away.

The box is often prescribed weeks or months before it is needed. Medicines run out after several doses,
doses change, injections pass their expiry date, and the paper authorisation chart that nurses need
goes missing. Nobody owned the job of checking. <<S:Our hospice at home nurses and the district nurses
told us, in a joint debrief after a very difficult night, that they were regularly arriving at 2am to
find an empty or out-of-date box, and they worked with us to list every way it could go wrong.>>

The result was people dying in pain or distress while a nurse rang round for a prescriber and a
pharmacy, and families who carried that memory for the rest of their lives.

It was not that any one organisation was failing. The GP had prescribed the box, the pharmacy had
supplied it, and the nurses visited when called. What was missing was anyone whose job it was to look
inside the box before it was needed, and to notice that a dose had changed or that the last ampoule
had been used the night before.
"""),
        ("stakeholders", "Who was involved", """
Ready When Needed puts a simple check on a named person. Each week the hospice's community pharmacy
technician reviews every patient on the PCN's palliative care register who has anticipatory medicines,
checks stock and expiry dates with the visiting nurse, and sends any repeat or updated prescription to
the patient's nominated pharmacy, which holds the stock and delivers it.

<<P:Three bereaved relatives, whose husbands or mothers had died at home, joined our planning group and
described the nights when the medicines were not there; one of them suggested a tick sheet inside the
box lid so that families could see what had been used.>> <<P:Families currently caring for someone at
home tested the tick sheet and asked for it to be printed larger.>>

<<S:Community pharmacists, through the LPC, agreed which medicines each pharmacy would always keep in
stock and suggested the weekly delivery slot.>> <<S:GPs in the PCN worked out a single standard prescription for the
boxes with the pharmacy technician, after she pointed out that different practices used different
quantities.>>
"""),
        ("value", "Value", """
The hospice funds the pharmacy technician post at about £31,000 a year. Out-of-hours prescribing visits
and emergency call-outs cost far more, and an ambulance called because a dying person's symptoms cannot
be controlled at home can lead to an admission nobody wanted. Families tell us that knowing the box is
full and up to date gives them peace of mind at the hardest time of their lives.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I1214  repeat prescription ordering app that lets people order stopped
#        medicines - pdf - numbered questions - PRIVATE app company as primary
#        entrant with the ICB and an LPC (ineligible) - patients and staff
#        involved
# ---------------------------------------------------------------------------
entry(
    id="I1214", format="pdf", layout="numbered_questions", topic="repeat_prescription_app_stopped_medicines",
    project="independent76-onlywhatscurrent-1214", pdf_font="DejaVuSans", pdf_align="L",
    title="Only What's Current: stopping old medicines being reordered through a prescription app",
    cover=[
        "Primary entrant: Repeatly Health Ltd",
        "Partners: NHS Wyvern Vale Integrated Care Board (Medicines Optimisation Team); Wyvern Vale Local Pharmaceutical Committee",
        "Submitted by the Chief Clinical Officer, Repeatly Health Ltd",
    ],
    primary_entrant=dict(name="Repeatly Health Ltd", type="private"),
    partners=[
        dict(name="NHS Wyvern Vale Integrated Care Board", type="icb"),
        dict(name="Wyvern Vale Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "1. What was the patient safety issue?", """
Repeatly is a free app that lets people order repeat prescriptions from their GP practice and choose
where to collect them. Around 140,000 people in Wyvern Vale use it. The app stores a person's previous
orders so that they can reorder with one tap.

In 2023 the ICB's medicines team raised a concern with us. Practices were seeing requests for medicines
that had been stopped: a blood thinner replaced by a different one, an old dose of a heart failure
medicine, a painkiller stopped after a fall. Because the app remembered the old order, people kept
asking for it. Busy practices sometimes approved these requests, and on several occasions a person ended
up taking two anticoagulants, or the old and new doses together. The community pharmacies were also
seeing the problem at the counter.

We had designed reordering to be quick and easy, and it was. We had not thought enough about what
happens when a medicine is no longer meant to be taken. The app had no way of knowing that a GP had
stopped something, because it only looked at the person's own order history. As a company we accepted
that this was our problem to solve, but we could not solve it alone: we needed the ICB to tell us how
changes are recorded in practice systems, and the pharmacies to tell us what they were seeing.
"""),
        ("evidence", "2. What evidence is there that it has worked?", """
From October 2023 the app reads the current repeat list from the practice system every time it opens,
and only shows medicines that are currently on repeat. Anything stopped or changed since the last order
is shown in grey with the words "Stopped by your practice - speak to them if you think this is wrong".

<<Q:Requests through the app for items that were no longer on the repeat list fell from an average of
2,100 a month across Wyvern Vale to 160 a month.>> <<Q:Reports from community pharmacies of a stopped
medicine being dispensed after an app order went from 37 in the six months before the change to 5 in
the six months after.>>
"""),
        ("stakeholders", "3. How did you involve patients and staff?", """
<<P:We invited app users who take five or more medicines to test the greyed-out design, and they told us
that simply hiding stopped medicines made them think the app was broken, which is why they are now
shown in grey with an explanation.>> <<P:A group of older users at a Wyvern Vale library digital
skills session tried the app with us and asked for larger text on the warning.>>

<<S:Pharmacists in the ICB's medicines optimisation team and practice prescription clerks helped us
decide what should happen to medicines that had been changed rather than stopped.>> <<S:Community
pharmacists from the LPC shared every example of a stopped medicine being ordered, and reviewed each
version of the design.>>
"""),
        ("value", "4. What has been the value for money?", """
The change was made at our own cost as part of our commitment to safety. It has reduced wasted
medicines and saved practice time rejecting requests. Most importantly, it has closed a route by which
people could be given two medicines that should never be taken together.
"""),
        ("spread", "5. How has it been spread?", """
The change is live for every Repeatly user across England. We have shared the design principle with
NHS England's digital team and the other app suppliers through a supplier forum, and the ICB has
written about it in its prescribing newsletter.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1215  interpreters and care navigation at reception for people with
#        little English - pdf - with appendix - council public health with a
#        refugee charity and a PCN - experts by experience and staff involved
#        - no flags ("halved")
# ---------------------------------------------------------------------------
entry(
    id="I1215", format="pdf", layout="with_appendix", topic="reception_interpreters_limited_english",
    project="independent76-heardfirsttime-1215", pdf_font="LiberationSerif", pdf_align="L",
    title="Heard First Time: interpreters and care navigation at the GP front desk",
    cover=[
        "Lead entrant: Tamesbury Borough Council, Public Health",
        "Partners: Open Doors Tamesbury (refugee and migrant charity); Tamesbury Central Primary Care Network",
        "Written by the Consultant in Public Health for Health Inequalities",
    ],
    primary_entrant=dict(name="Tamesbury Borough Council", type="local_authority"),
    partners=[
        dict(name="Open Doors Tamesbury", type="charity"),
        dict(name="Tamesbury Central Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "Why this matters", """
In Tamesbury one resident in nine speaks little or no English, and more than 70 languages are spoken in
the borough. Most practices now ask patients to explain their problem to a receptionist or fill in an
online form before they can be offered an appointment. For someone who speaks Tigrinya, Pashto or
Kurdish Sorani, that first step is often where things go wrong.

Receptionists told us they did not know how to book an interpreter for a phone call at the desk, and
many did not know they were allowed to. Patients were asked to bring a relative, often a child, to
explain their symptoms. Some were turned away and told to come back with someone who spoke English.
Others were booked into routine appointments for problems that were urgent, because nobody could
understand what they were describing. Case reviews by the PCN in 2022 included a pregnant woman with
bleeding who was given an appointment for the following week, and a man with chest pain whose son, aged
twelve, interpreted for him at the front desk.
"""),
        ("evidence", "What difference it has made", """
Heard First Time started in February 2023 in the eight practices of Tamesbury Central PCN. Every
reception desk has a one-touch telephone link to an interpreting service, available in under two
minutes, for care navigation calls and conversations at the desk. Each patient's preferred language
and need for an interpreter is recorded prominently in the practice record and on the online form,
which now offers the twelve most common local languages. Receptionists have a card with pictures and
short phrases to start the conversation.

<<Q:The use of children under 16 as interpreters at the reception desk, as recorded in the practices'
own logs, halved in the first year.>> <<Q:In an audit of 300 care navigation contacts with patients
who need an interpreter, the share where an interpreter was used rose from 22% to 79%.>> <<Q:Urgent
problems booked into a routine appointment for this group fell from 11% of audited contacts to 3%.>>

Interpreting at the desk was used 5,810 times in the first two years.
"""),
        ("stakeholders", "Who was involved", """
<<P:Open Doors' experts by experience, a group of refugees and migrants who have used local GP
services, mapped with us every step of trying to get an appointment, and it was their map that showed
the front desk was where most people gave up.>> <<P:They chose the pictures on the receptionists' card
and recorded the welcome messages on the practice phone lines in six languages.>>

<<S:Receptionists and care navigators from four practices tested the interpreter phone link for six weeks
and asked for a shortcut button on the desk phone, because dialling a long number with a queue waiting
was putting them off.>> <<S:Practice managers and the PCN's health inequalities lead agreed the standard
for recording language needs and changed it after receptionists said the field was hidden on a second
screen.>> <<PS:Two bilingual community health workers employed by Open Doors, both of whom arrived in
the UK as refugees themselves, co-designed the receptionist training and now deliver it.>>
"""),
        ("value", "Value", """
Telephone interpreting at the desk costs about £1.20 a minute and is funded from the council's public
health grant for the pilot, at around £38,000 a year. A misunderstood symptom can mean a missed
diagnosis, an emergency admission or a harmful medicine error, all of which cost far more. Patients tell
us that being greeted in their own language changes how they feel about the practice.
"""),
        ("spread", "Spread", """
The integrated care board has agreed to fund the interpreter link for all practices in the borough
from April 2025. The receptionist training is now part of the training hub's care navigation course,
and we have shared our approach with other councils in the region.
"""),
    ],
    trailer=[
        ("heading", "Appendix: data sources and the reception card"),
        ("para", "Audit figures come from a sample of 300 care navigation contacts in each of the baseline period (October to December 2022) and the follow-up period (October to December 2023), reviewed by the PCN's health inequalities lead. Interpreting use is taken from the interpreting provider's invoices."),
        ("para", "The reception card shows pictures for pain, bleeding, breathing, fever, pregnancy, children, medicines and mental health, with the phrase 'Would you like an interpreter? It is free' in twelve languages."),
        ("para", "Open Doors Tamesbury, 14 Market Row, Tamesbury TB2 6QE. Registered charity."),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1216  proxy online access for relatives of people with dementia - docx -
#        short form - patient participation group lead with the practice and
#        a care home - carers involved - NO staff involvement (practice manager
#        agreed, receptionists trained, GP partner signed off) - NO evidence
#        section and no measured change anywhere
# ---------------------------------------------------------------------------
entry(
    id="I1216", format="docx", layout="form_table", topic="proxy_online_access_dementia_carers",
    project="independent76-onbehalf-1216", docx_font="Calibri",
    title="On Their Behalf: safe proxy online access for people caring for someone with dementia",
    cover_table=[
        ("Entry title", "On Their Behalf: safe proxy online access for people caring for someone with dementia"),
        ("Lead organisation", "Meadowcroft Surgery Patient Participation Group"),
        ("Partner organisations", "Meadowcroft Surgery, Hadley Cross; Willowmere House Care Home (Willowmere Care Ltd)"),
        ("Entrant", "Chair of the Patient Participation Group"),
    ],
    primary_entrant=dict(name="Meadowcroft Surgery Patient Participation Group", type="patient_group"),
    partners=[
        dict(name="Meadowcroft Surgery", type="primary_care"),
        dict(name="Willowmere Care Ltd", type="private"),
    ],
    sections=[
        ("context", "What was the problem and what did you do?", """
Many of us in the patient participation group care for someone with dementia, or have done. We know
what it is like to manage a parent's or partner's medicines, appointments and test results when they
can no longer do it themselves. The surgery offers proxy access, which lets a carer see and order on
someone else's behalf through the NHS App, but in practice almost nobody used it properly. Instead,
carers were logging in as the person with dementia, using their password and their phone, because that
was the only way they could order prescriptions. Some were ordering medicines twice, because two family
members were both doing it. Others had no idea that a blood test had come back abnormal until the next
crisis.

There was also a risk the other way. Proxy access had sometimes been set up for a relative without any
check of whether the person had agreed when they still could, or whether there was a power of attorney
for health and welfare. In one case known to a group member, a son who was not on good terms with his
mother's main carer could see her records and was cancelling her appointments.

On Their Behalf is a simple process that we wrote with the surgery. A carer who asks for proxy access is
given a one-page form that records the person's consent, or the legal authority where the person no
longer has capacity, and which named carer will order medicines. The surgery records proxy access
prominently on the record, so that every member of staff can see who is allowed to act. Carers are
offered a short session at the surgery, run by PPG volunteers, on how to use proxy access in the NHS
App. Willowmere House, the care home where many of the surgery's patients with advanced dementia live,
uses the same form for residents' families.
"""),
        ("stakeholders", "How were patients, carers and staff involved?", """
<<P:The form was written by five members of the PPG who are current or former carers, and they tested
it on each other and with the Tuesday carers' café before it was used.>> <<P:Carers at the café asked
for a section naming the one person who orders medicines, which was added.>> <<P:The PPG volunteers who
run the NHS App sessions changed the content after the first two sessions, when carers said they mostly
wanted to know how to see test results.>>

The practice manager agreed to the project and arranged for the form to be added to the surgery
website. The reception team was trained to give out the form and to check the proxy record. Dr Helen
Marsh, the GP partner for safeguarding, signed off the consent wording as part of her role. The care
home manager was sent a copy of the form.
"""),
        ("value", "What has been the impact and value?", """
The project has cost almost nothing: the form is printed at the surgery, and the sessions are run by
volunteers in the surgery's meeting room. Carers tell us that for the first time they feel they are
doing things properly and are not breaking the rules. They like being able to see results and letters
without having to ring the surgery. The surgery says it is clearer who to speak to about a patient.
"""),
        ("spread", "How has the work been shared?", """
We have presented the form at the local PPG network meeting, and two other practices in Hadley Cross
have asked for copies. We hope the integrated care board will share it more widely.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)
