"""Fifty-seventh independent evaluation set (I897..I912) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing local pharmaceutical, optical and
dental committees, GP practices, GP federations, primary care networks, integrated care
boards, universities, an ambulance service's NHS 111 service, a community dental service,
a council, a boaters' charity, a patients' association and the odd private company send
in, in their own voices and at their own length.  The theme of this set is general
practice, community pharmacy, dentistry and optometry: prescribing safety, test results,
repeat medicines, remote consultations and access for people who struggle to get care,
with primary care networks, federations, local committees and universities.

Topics: prescription queries from community pharmacists who cannot get through to the
practice (a local pharmaceutical committee), retinal checks in community optometry for
people taking hydroxychloroquine (a local optical committee, a cover table), children's
medicines prescribed by telephone and video without a weight (an ambulance service's NHS
111 service, numbered questions with cover bullets), repeat medicines reordered
automatically through an app (a private app company as primary entrant, lists), dental
teams working from out-of-date medical histories (a university dental school, two
columns), checking who is on the line in telephone and video consultations (one GP
practice on its own, no headings), sudden flashes, floaters and other eye symptoms sent
from GP reception to community optometrists (an integrated care board, CAPS headings),
people living on canal boats who cannot stay registered with a GP or get their repeat
medicines (a boaters' welfare charity, no headings, long), children in pain while they
wait for dental extractions under general anaesthetic (a community dental service), test
results that come back after a patient has moved practice (a primary care network, a
form), drug interaction alerts that prescribers click past (a university school of
pharmacy), medicine instructions for adults who find reading hard (a council adult
learning service, with appendix), online repeat requests for medicines that need blood
monitoring (a GP federation, results first, no spread section), people who cannot get
out but are not known to be housebound (a patients' association as lead, a pdf made from
Word), priority telephone access for patients who cannot wait in the 8am queue (a private
telephony company as primary entrant, a form) and steroid eye drops prescribed by
community optometrists (an acute trust eye department, short lists with no evidence
section).

Lead types and layouts: I897 primary_care (LPC), pdf own_headings; I898 primary_care
(LOC), docx bold_headings with a cover table; I899 emergency_service (ambulance service,
NHS 111), docx numbered_questions with cover bullets; I900 private, pdf bullet_lists;
I901 university, pdf two_column; I902 primary_care (GP practice, no partner), docx
no_headings; I903 icb, pdf caps_headings; I904 charity, pdf no_headings; I905 nhs_trust
(community dental service), docx rubric_headings; I906 primary_care (PCN), pdf form_table
with a cover table; I907 university, docx style_headings; I908 local_authority, pdf
with_appendix; I909 primary_care (GP federation), docx reordered; I910 patient_group, pdf
style_headings via soffice; I911 private, docx form_table with a cover table; I912
nhs_trust (acute), docx bullet_lists.

Build it with

    .venv/bin/python data/independent/build.py --set 57   (writes data/corpus/independent57/)

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
  * not Q: dates, financial years, practice/pharmacy/home counts, headcounts, numbers
    trained, activity counts (visits, calls, queries, referrals, reviews, scans, blood
    tests, cards, people screened, found or identified), single figures with no
    baseline, a zero with no earlier figure, figures that did not change, budgets, costs
    and savings estimates, phone numbers, postcodes, reference numbers, targets not yet
    reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    ('halved', 'a third fewer', a sustained shift on an SPC chart);
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing), so a measured change told only in the value
    section still leaves the flag set;
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, volunteers with lived experience, unusual job
    titles, list items), wherever in the entry it is told; a peer worker with lived
    experience, employed by the entrant or a partner, who helped design the work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches, meetings and
    demonstrations that were only updated, surveys and questionnaires after which
    nothing changed.

Organisation types follow the earlier sets (ambulance services are emergency_service; GP
practices, GP federations, primary care networks and local pharmaceutical, optical and
dental committees are primary_care; a patients' association of patient participation
groups is patient_group; boaters' welfare, waterways and adult literacy charities are
charity; a university is university; app and telephony companies are private).  A
department or team of the entrant's own organisation is not a partner.  Flags are written
by hand and build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I897  prescription queries from community pharmacists that cannot get
#       through to the practice - pdf - own headings - LPC chief officer,
#       practical - LPC with a GP federation and the ICB - pharmacists,
#       practice staff and people turned away at the counter involved - no
#       flags ('halved' is a claim)
# ---------------------------------------------------------------------------
entry(
    id="I897", format="pdf", layout="own_headings", topic="pharmacy_prescription_query_line",
    project="independent57-ringthrough-897", pdf_font="LiberationSans", pdf_align="L",
    title="Ring-Through: a direct line for community pharmacists with a question about a prescription",
    cover=[
        "Lead organisation: Hallamore Local Pharmaceutical Committee",
        "Partners: Hallamore GP Federation; NHS Wyndle and Fenwold Integrated Care Board (Medicines Optimisation Team)",
        "Written by the Chief Officer of Hallamore LPC",
    ],
    primary_entrant=dict(name="Hallamore Local Pharmaceutical Committee", type="primary_care"),
    partners=[
        dict(name="Hallamore GP Federation", type="primary_care"),
        dict(name="NHS Wyndle and Fenwold Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "What was going wrong", """
Every community pharmacist checks each prescription before it is handed over, and every day a few of them
do not look right. The strength is different from last month. The dose says 'as directed' for a medicine
that should never be taken that way. A weekly tablet has been written as daily. Two medicines that should
not be taken together appear on the same prescription, or a child's dose has been calculated for an adult.
None of this is unusual in itself, and most of the time there is a good explanation. But the pharmacist
cannot simply guess. They have to speak to the person who wrote the prescription.

In Hallamore that had become very hard. Our 58 pharmacies serve 31 GP practices, and almost all of those
practices moved to a cloud telephone system with a queue during 2021 and 2022. A pharmacist with a query
joined the same queue as everyone else. Waits of 40 minutes were common, and pharmacists often gave up, with a
patient standing at the counter. The choices left were poor ones: send the
person away without their medicine and ask them to come back, hand it over and hope, or make the change
themselves and tell the practice afterwards.

We saw the results in the incident reports our members share with us. In the autumn of 2022 a man was
given a full month of a blood pressure tablet at four times his previous dose because the pharmacist
could not reach the practice and the patient was sure it was right; it was a typing error, and he was
admitted after a fall. A mother went without her daughter's epilepsy medicine over a weekend because the
strength on the prescription did not match the bottle and nobody at the surgery picked up before it
closed. Pharmacists were frustrated, practices felt nagged, and patients were caught in the middle.

The problem did not belong to one organisation. The practices owned the phones, the pharmacies owned the
question, and the ICB owned the contract for both. That is why we went to the GP federation and the ICB's
medicines team together.
"""),
        ("evidence", "What difference it has made", """
Ring-Through started in March 2023. Each practice now has a professional line that bypasses the patient
queue and is answered by a named member of the team between 8.30am and 6pm. The pharmacist also logs the
query on a short shared form, so there is a record of what was asked and what was decided. If the
practice has not answered an urgent query within two hours, the federation's clinical pharmacists in the
hub pick it up, because they can see the GP record and can speak to the duty doctor directly.

In the first eighteen months pharmacists logged 4,118 queries. About a third were about doses, a quarter
about strengths or formulations and the rest about interactions, quantities, duplicates and controlled
drug details. The federation hub picked up 612 of them.

We compared the three months before the start with the same three months a year later, using the log
that 22 pharmacies had kept by hand as a baseline. <<Q:Queries still not resolved when the pharmacy
closed fell from 22% to 6%.>> <<Q:The time it took a pharmacist to get an answer has halved, from an
average of 58 minutes to 27.>> <<Q:People sent away from the counter without a medicine they needed that
day dropped from 31 in the baseline quarter to 9 in the same quarter of 2024.>>

Every incident reported by our members in which a prescription error reached a patient because the
practice could not be contacted is now reviewed at the joint meeting of the three organisations.
"""),
        ("stakeholders", "Who shaped it", """
<<S:Fourteen pharmacists, from large chains and small independents, worked on the shared form with the
ICB's pharmacy technicians over four evening sessions, and they cut the number of fields from twelve to
five so that it could be filled in while the patient waits.>> <<S:Practice managers and senior care
navigators from six practices tested the professional line for two months and asked for it to show the
pharmacy's name on the phone display, which the telephone supplier then set up for every practice.>>
<<S:The federation's hub pharmacists suggested the two-hour rule after finding that most urgent queries
they picked up had already waited most of a day.>>

<<P:We also asked six people who had been sent home from a pharmacy without their medicine to tell us
what had happened, and one of them pointed out that nobody had said why she was waiting, so pharmacists
now give a small slip saying 'we are checking with your surgery' with a time to come back.>> <<P:Two of
the same group read the slip in draft and asked for the pharmacy's phone number to be printed on it.>>
"""),
        ("value", "Value for money", """
The professional lines used spare capacity in the practices' existing telephone contracts. The hub
pharmacists' time is about six hours a week, paid by the ICB from its medicines safety budget. There was
no cost to pharmacies apart from their time. A single avoided admission after a dosing error pays for a
year of the hub time many times over.

Pharmacists tell us the best thing is being able to give someone an answer while they are still in the
shop. Practice teams say the queries are clearer and arrive in one place rather than as sticky notes.
"""),
        ("spread", "Spread and learning", """
The ICB has written the professional line into its local enhanced service for all 74 practices across
Wyndle and Fenwold from April 2025. Two neighbouring LPCs have taken our shared form. We have talked about
Ring-Through at the regional community pharmacy conference and to the national body for LPCs.

The lesson for others is that a small fix to a telephone system can be a safety fix, as long as someone
agrees who answers the call and what happens when they do not.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I898  retinal checks for people taking hydroxychloroquine - docx - bold
#       headings with a cover table - LOC secretary, methodical - local
#       optical committee with the acute trust's rheumatology and eye
#       services and a PCN - optometrists, rheumatology nurses and practice
#       staff involved - NO patient involvement (patients sent letters and
#       booked, a survey that changed nothing, a plan for a panel, patients
#       as beneficiaries)
# ---------------------------------------------------------------------------
entry(
    id="I898", format="docx", layout="bold_headings", topic="hydroxychloroquine_retinal_monitoring_optometry",
    project="independent57-clearsight-898", docx_font="Calibri",
    title="Clear Sight on Hydroxychloroquine: retinal checks in community optometry",
    cover_table=[
        ("Entry title", "Clear Sight on Hydroxychloroquine: retinal checks in community optometry"),
        ("Lead organisation", "Brackwater Local Optical Committee"),
        ("Partners", "Brackwater and Lune Hospitals NHS Trust (Rheumatology and Ophthalmology); Brackwater Central Primary Care Network"),
        ("Contact", "Secretary, Brackwater LOC"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
    ],
    primary_entrant=dict(name="Brackwater Local Optical Committee", type="primary_care"),
    partners=[
        dict(name="Brackwater and Lune Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Brackwater Central Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "Background and aims", """
Hydroxychloroquine is a long-established medicine for rheumatoid arthritis, lupus and some skin
conditions. It is usually well tolerated, but after about five years of use it can damage the retina. The
damage is permanent and can carry on getting worse after the medicine is stopped. National guidance
recommends yearly retinal imaging for everyone who has taken it for five years or more, and earlier for
people with risk factors such as kidney disease or a high dose for their weight.

In Brackwater the hospital eye service was meant to provide this screening. In practice it had never had
the capacity. When the rheumatology nurses reviewed their caseload in 2022 they found 1,140 people taking
hydroxychloroquine, of whom 486 had been on it for more than five years. Only 97 had had retinal imaging
in the previous two years. Most of the rest had never been referred, because the GP practice thought the
hospital was doing it, and the hospital thought the GP would refer.

At the same time, most of the optometry practices in Brackwater had invested in optical coherence
tomography (OCT) scanners, which are exactly the equipment needed, and were using them mainly for private
eye examinations. The local optical committee represents all 41 optometry practices in the area and had
been looking for ways to use that equipment for NHS work.

Our aims were: every eligible patient identified and invited; the scan done in a community optometry
practice close to home; the images read by someone trained to spot early toxicity; and a clear route back
to rheumatology if the medicine needs to stop.
"""),
        ("evidence", "Evidence of improvement", """
The service started in June 2023. The primary care network's clinical pharmacists search the practices'
records for anyone on hydroxychloroquine and send the list to the rheumatology team, which confirms who
needs screening. Patients are then invited to book with any of the 23 accredited optometry practices. The
optometrist carries out the scan and a visual field test and uploads the images to the hospital's system,
where they are read by a consultant ophthalmologist or a specially trained optometrist within four weeks.

<<Q:The proportion of patients on hydroxychloroquine for more than five years who had a retinal scan in
the last two years rose from 20% (97 of 486) in 2022 to 81% (412 of 508) in September 2024.>> <<Q:The
average wait from referral to scan went down from 34 weeks in the hospital eye clinic to 3 weeks in
community practices.>>

Eleven patients have been found to have early signs of retinal toxicity. In all of them the medicine was
reviewed by rheumatology within a month, and nine have switched to a different treatment. Before the
service, the few cases that came to light had usually been found only after the person noticed their
sight getting worse.
"""),
        ("stakeholders", "Stakeholder involvement", """
<<S:A group of six optometrists from different practices met with the rheumatology nurse specialists and
a consultant ophthalmologist to agree the imaging protocol, and the optometrists persuaded the hospital to
accept a widefield scan rather than a second appointment for people of Asian heritage, in whom the damage
often shows outside the central area.>> <<S:The PCN's clinical pharmacists rewrote the practice search
twice after finding that it missed patients whose prescriptions were issued by the hospital rather than
the practice.>> <<S:Reception teams at three practices told us the invitation letter caused many phone
calls because it did not say which optometrists took part, so the list of practices is now printed on
the back.>>

Patients were sent an invitation letter with the list of practices and could book by phone or online.
After the first six months we sent a short questionnaire to 150 patients who had been scanned; they were
very satisfied with the service and no changes were needed. The scheme is intended to protect the sight
of everyone taking hydroxychloroquine in Brackwater. We plan to set up a patient panel with the local
lupus and arthritis support groups during 2025.
"""),
        ("value", "Value", """
Each screening appointment costs £48, paid by the ICB under a local contract. A hospital eye clinic
appointment for the same test costs more than twice as much and takes a slot that could be used for
people with glaucoma or macular disease. Sight loss from hydroxychloroquine toxicity is permanent and
life-changing, and the costs of supporting someone who has lost central vision are considerable.

Optometrists value using their skills and equipment for NHS patients. Rheumatology nurses say they no
longer worry about who has slipped through.
"""),
        ("spread", "Spread", """
The scheme has been extended to the other two primary care networks in Brackwater, and the ICB plans to
offer it across the whole area during 2025. We have shared our protocol, the practice search and the
invitation letter with the regional optical committees' network, and presented at the national optometry
conference in October 2024.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I899  children's medicines prescribed remotely without a weight - docx -
#       numbered questions with cover bullets - NHS 111 clinical lead,
#       formal - ambulance service (NHS 111 clinical assessment service) with
#       the LPC and the out-of-hours GP federation - parents involved
#       indirectly (passive voice, 'mums and dads'), staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I899", format="docx", layout="numbered_questions", topic="remote_prescribing_children_weight",
    project="independent57-weighfirst-899", docx_font="Arial",
    title="Weigh First: safer doses for children prescribed by telephone and video",
    cover=[
        "Primary entrant: Marchlands Ambulance Service NHS Trust (NHS 111 Clinical Assessment Service)",
        "Entry prepared by the Clinical Lead for Remote Prescribing",
    ],
    cover_bullets=[
        "Partner: Marchlands Local Pharmaceutical Committee",
        "Partner: Tollgate Urgent Care GP Federation (out-of-hours GP service)",
    ],
    primary_entrant=dict(name="Marchlands Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Marchlands Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Tollgate Urgent Care GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "1. Describe the context in which the partnership was needed and its patient safety goals", """
The NHS 111 clinical assessment service run by Marchlands Ambulance Service employs GPs, advanced
paramedics, nurses and pharmacists who assess callers by telephone and, increasingly, by video. Together
with the out-of-hours service provided by Tollgate Urgent Care GP Federation, our clinicians issue around
9,000 electronic prescriptions a year for children under twelve, mostly antibiotics, paracetamol and
ibuprofen, steroids for croup and antihistamines.

For most children's medicines the right dose depends on weight. In a face-to-face consultation the child
can be weighed. In a remote consultation the clinician has to ask, and a parent at two in the morning
with a feverish toddler may not know, or may give a weight from a health visitor check a year earlier.
Our audit of 400 remote prescriptions for children in the summer of 2022 found that 38% had no weight
recorded at all, and the dose had been chosen from the age band. Age-band dosing is acceptable for some
medicines but not for all, and for small or large children it can be wrong by a wide margin.

Community pharmacists were seeing the consequences. Marchlands LPC collected 46 reports from its members
over six months of children's prescriptions from 111 or out of hours where the dose looked wrong for the
child in front of them. In one case a three-year-old of low weight was prescribed an adult-strength
antibiotic suspension at a dose meant for an eight-year-old. The pharmacist noticed, but could not reach
the prescriber because the out-of-hours shift had ended.

There were other gaps. The two services used the same prescribing software but had set it up
differently, so a clinician who worked shifts for both could find a weight prompt in one and none in the
other. Video consultations, which we had hoped would help, did not: a clinician can see that a child
looks small for their age, but cannot see how heavy they are. And when a prescription was sent
electronically to a pharmacy in the evening, the pharmacist often received it after the parent had
already arrived at the counter with a distressed child, leaving very little time to check anything.

A serious incident review in early 2022 brought these threads together. A two-year-old with croup was
prescribed a steroid by a 111 clinician at a dose based on the age band, and then seen again by the
out-of-hours service the next evening, where a second clinician, not realising a dose had been given,
prescribed another. The child came to no lasting harm, but the review found that neither clinician had
a weight, neither had been prompted to ask, and the pharmacist who dispensed the second prescription had
tried and failed to contact either service.

Our goals were that every remote prescription for a child under twelve would have a weight recorded and
its source noted; that the dose would be checked against that weight; and that a pharmacist who spotted a
problem could reach a prescriber within the same shift.
"""),
        ("evidence", "2. What evidence is there of improvements in safe care as a direct result of the partnership?", """
Since January 2023 the prescribing screen used by both services will not complete a prescription for a
child under twelve until a weight is entered, with a choice of where it came from: weighed today at home,
weighed in the last month, parent's estimate or not known. If the weight is not known, the clinician can
only prescribe medicines on a short list that are safe with age-band dosing, or must arrange for the child
to be seen. Pharmacists have a direct number for the 111 clinical pharmacist on duty, day or night.

We repeated the audit of 400 prescriptions in the summer of 2023 and again in 2024. <<Q:Prescriptions
for children with no weight recorded fell from 38% in 2022 to 4% in 2023 and 1% in 2024.>> <<Q:Doses
outside the recommended range for the child's recorded weight went down from 7.5% of prescriptions to
1.25%.>> <<Q:Reports from community pharmacies of a wrong dose in a child's prescription from 111 or out of
hours fell from 46 in the six months before the change to 11 in the same six months of 2024.>>

The direct number for pharmacists received 1,380 calls in 2024.
"""),
        ("spread", "3. How have the achievements been applied elsewhere and best practice shared?", """
The weight screen has been adopted by the ambulance service's own clinical hub for callers to 999 who are
managed without an ambulance. The supplier of the prescribing software has made the feature available to
all its NHS customers, and at least four other 111 providers have switched it on. We shared the audit tool
through the national network of integrated urgent care pharmacists.
"""),
        ("value", "4. What has been the impact on staff and patient experience, and value for money?", """
The changes cost £14,000 in software configuration, shared between the two services. The pharmacists'
direct line is staffed by the 111 clinical pharmacist already on duty. The cost of treating one child
harmed by an overdose of a common medicine, or the extra visits caused by an underdosed infection, is far
greater.

The short list of medicines that can be prescribed without a weight also means that a child does not
have to be taken to a treatment centre at night simply to be weighed, which was a real burden for
families without a car in the rural parts of Marchlands. Where a child does need to be seen, the
clinician now explains why, and offers the nearest centre with scales and a children's nurse.

Clinicians say the prompt feels natural now. Parents have been positive about being asked to weigh their
child, and several have told us it made them feel the clinician was taking care.
"""),
        ("stakeholders", "5. How were patients and staff involved?", """
<<S:The screen was designed by a working group of 111 and out-of-hours GPs, advanced paramedics and two
community pharmacists nominated by the LPC, and it was the pharmacists who asked for the 'source of
weight' choice so that they could judge how much to trust the figure.>> <<S:Call handlers pointed out that
parents often did not have scales, so the script now suggests weighing yourself holding the child and
then on your own.>> <<S:The out-of-hours GPs tested three versions of the short list of age-band medicines
over a month of shifts and removed two medicines they felt were unsafe without a weight.>>

<<P:Before it went live, the wording clinicians would use to ask for a weight was put in front of mums
and dads at two children's centres, and it was their view that 'roughly how heavy is he' was better
understood than 'what is his weight in kilograms', so both are now used.>> <<P:A father whose daughter
was given the wrong dose in 2022 came to our review meeting and told the group how the pharmacist's
call had felt from his side; his suggestion that parents should always be told the dose in millilitres as
well as milligrams has been added to the script.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I900  repeat medicines reordered automatically through an app - pdf -
#       bullet lists - PRIVATE repeat prescription app company as primary
#       entrant, with a PCN and the LPC (ineligible) - head of clinical
#       governance, upbeat - app users involved - NO staff involvement
#       (practice teams trained, pharmacists briefed, a named clinical lead,
#       a survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I900", format="pdf", layout="bullet_lists", topic="app_repeat_ordering_oversupply",
    project="independent57-onlywhatyouneed-900", pdf_font="DejaVuSans", pdf_align="L",
    title="Only What You Need: stopping automatic repeat orders of medicines people no longer take",
    cover=[
        "Submitted by RxCycle Health Ltd, provider of the RxCycle repeat prescription app",
        "Working with Kestrelford North Primary Care Network and Kestrelford Local Pharmaceutical Committee",
        "Contact: Head of Clinical Governance, RxCycle Health Ltd",
    ],
    primary_entrant=dict(name="RxCycle Health Ltd", type="private"),
    partners=[
        dict(name="Kestrelford North Primary Care Network", type="primary_care"),
        dict(name="Kestrelford Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "The problem", """
RxCycle is an app that lets people order their repeat prescriptions and choose a pharmacy to collect from
or have them delivered. About 61,000 people in Kestrelford use it. When we launched in 2020, the most
popular feature was 'auto-reorder', which sends a request to the GP practice every time a medicine is due
to run out.

By 2022 we had learned that convenience has a cost:

- people who had been told by a doctor to stop a medicine kept receiving it because the order went in automatically

- 'when required' medicines, such as painkillers and inhalers, were ordered every month whether or not they were used

- medicines that had been changed in hospital were still reordered at the old dose until someone noticed

- some people, particularly older people on many medicines, had cupboards full of stock and were confused about which boxes to take

- a woman who had been taken off warfarin and started on a different blood thinner received both for three months, and was admitted with bleeding

What Only What You Need does, since February 2023:

- auto-reorder is switched off for all 'when required' medicines and for any medicine the practice flags as needing monitoring

- before each automatic order the app asks 'Are you still taking this?', with 'Yes', 'No' and 'Not sure' options

- a 'No' or 'Not sure' answer sends a message to the practice's prescribing team instead of an order

- if the practice stops or changes a medicine on the clinical record, the app removes the old item within 24 hours
"""),
        ("evidence", "Results", """
We compared the 12 months before the changes with the 12 months after, for the 21,400 app users
registered with the network's nine practices.

- <<Q:automatic orders for medicines that the practice had already stopped fell from 3,920 to 214>>

- <<Q:orders for 'when required' medicines went down by 41%, with no rise in requests for urgent supplies>>

- <<Q:incidents reported by the practices in which someone had taken a stopped or duplicated medicine fell from 27 to 6>>

- app users answered 'No' or 'Not sure' 8,860 times in the year

- 'Are you still taking this?' appeared on about 310,000 orders
"""),
        ("stakeholders", "Who was involved", """
- <<P:we invited 40 app users, mostly over 65, to test the 'Are you still taking this?' question, and they told us that 'Not sure' was essential, because many people did not know whether a medicine had been stopped or just not sent>>

- <<P:a group of carers who order for a parent asked for an option to add a note for the practice, which we built>>

- <<P:members of the network's patient participation groups chose the wording of the message that appears when a medicine has been removed, preferring 'Your doctor has stopped this medicine' to our more technical first draft>>

- practice prescription clerks and clinical pharmacists in all nine practices were trained to use the new message inbox

- community pharmacists were briefed at the LPC's autumn meeting

- our Chief Clinical Officer, a GP, signed off the clinical safety case as part of her role

- we surveyed practice managers after six months and they were happy with the new inbox, so we left it as it was

- we plan to set up a prescribing advisory group with practice and pharmacy staff in 2025
"""),
        ("value", "Value", """
- the changes were built within our existing development budget

- less waste means lower prescribing costs for the NHS, estimated at over £90,000 a year in this network alone

- fewer unneeded medicines in the home means fewer chances of taking the wrong one

- app users say they feel more in control of their medicines
"""),
        ("spread", "Spread", """
- the changes are live for all 420 practices whose patients use RxCycle

- we have shared our approach with NHS England's team that runs the national app

- the LPC has asked pharmacies that run their own managed repeat services to adopt the same question
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I901  dental teams working from out-of-date medical histories - pdf - two
#       columns - university dental school lead, academic but plain -
#       university with the local dental committee and the ICB - patients and
#       dental staff involved - NO quantitative evidence in the evidence
#       section (practices signed up, records viewed, a single audit figure, a
#       target, a zero); a measured change told only in the value section
# ---------------------------------------------------------------------------
entry(
    id="I901", format="pdf", layout="two_column", topic="dental_medical_history_gp_record_access",
    project="independent57-fullpicture-901", pdf_font="LiberationSerif",
    title="The Full Picture: giving dental teams an up-to-date list of their patients' medicines",
    cover=[
        "Lead: University of Kelderby, School of Dentistry (Department of Oral Medicine and Dental Public Health)",
        "Partners: Kelderby and Dunmere Local Dental Committee; NHS Kelderby Integrated Care Board (Primary Care Dental Commissioning and Digital Team)",
        "Entry written by a Senior Lecturer in Oral Medicine",
    ],
    primary_entrant=dict(name="University of Kelderby", type="university"),
    partners=[
        dict(name="Kelderby and Dunmere Local Dental Committee", type="primary_care"),
        dict(name="NHS Kelderby Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "The problem", """
Before any dental treatment that might cause bleeding or needs a local anaesthetic, the dentist needs to
know what medicines the patient takes. Anticoagulants and antiplatelets, bone-protecting drugs,
immunosuppressants, steroids and some cancer treatments all change what is safe. In general practice that
information sits in the GP record. In dentistry it depends on a paper or tablet form that the patient fills
in from memory in the waiting room.

Patients do their best, but most people cannot name all their medicines, many leave out injections given
every few months, and very few know the difference between 'a blood thinner' and an anti-inflammatory.
Older patients often bring a carer who does not know either. Dental practices are not connected to GP
systems and, until recently, had no way of checking.

Our oral medicine clinic at the dental school sees the consequences: patients referred with bleeding that
would not stop after an extraction, a man with jaw necrosis after a tooth was removed while he was on a
bone-protecting injection he had not mentioned, and a woman on a biologic medicine for arthritis with a
severe infection after a routine procedure. In each case the medicine was clearly recorded in the GP
record.
"""),
        ("evidence", "What has happened", """
The Full Picture began in April 2023. With the patient's consent, a dentist or dental nurse in a
participating practice can now view the patient's medicines, allergies and recent problems from the GP
record through the shared care record viewer that the ICB already provided to pharmacies and care homes.
The dental school wrote the information governance documents, the training and a short guide to which
medicines matter for which treatments.

By December 2024, 64 of the 88 NHS dental practices in Kelderby had signed up and 410 dentists and dental
nurses had completed the training. The viewer was used 23,600 times in 2024.

In an audit of 300 records from 20 practices in the summer of 2024, the medical history in the dental
record matched the GP medicines list in 92% of cases. Our target is for every practice to be using the
viewer by the end of 2025. No patient referred to our clinic with post-extraction bleeding in 2024 had a
medicine missing from their dental record.
"""),
        ("stakeholders", "Who was involved", """
<<S:Dentists and dental nurses from nine practices tested the viewer for three months and told us the
first version showed so much of the GP record that it was hard to find the medicines, so the ICB's
digital team made a dental view that opens on the medicines list.>> <<S:The local dental committee's
members argued, successfully, that dental nurses should be able to check the record at the start of the
appointment, rather than only the dentist.>>

<<P:We held two workshops with patients from the school's teaching clinics and a local older people's
forum, who were happy for their dentist to see their medicines but wanted to be asked each time, which is
why consent is recorded at every course of treatment and not once for ever.>> <<P:Three patients who take
anticoagulants reviewed the leaflet explaining the scheme and asked us to remove the word 'summary',
which they felt suggested something was being left out.>>
"""),
        ("value", "Value", """
The viewer already existed, so the main costs were our staff time and the training, around £26,000 in
total, funded by the ICB. <<Q:Across the participating practices, referrals to the local oral surgery
service for bleeding after an extraction fell from 41 in 2022 to 17 in 2024.>> Each avoided emergency
referral saves a hospital visit and a great deal of worry for the patient.

Dental teams say they feel safer, especially on busy days and with new patients.
"""),
        ("spread", "Spread", """
The ICB is offering the viewer to community dental services and to the dental hospital. We have shared our
training and guide with the other dental schools in the region and with the national body for local
dental committees, and undergraduate students now learn to use the viewer before they treat patients.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I902  checking who is on the line in telephone and video consultations -
#       docx - no headings - practice GP partner, chatty - a single GP
#       practice with its own teams, NO partner (ineligible) - reception,
#       nurses and GPs involved - NO patient involvement (patients told by
#       text, the patient participation group updated, a negation, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I902", format="docx", layout="no_headings", topic="remote_consultation_identity_checks",
    project="independent57-whoamispeakingto-902", docx_font="Georgia",
    title="Who Am I Speaking To? Identity checks in telephone and video consultations",
    cover=[
        "Fernhill Road Surgery, Oakhampstead",
        "A whole-practice project involving our GPs, nurses, pharmacist, care navigators and practice management team",
        "Entry by Dr Priya Lakhani, GP Partner and Patient Safety Lead",
    ],
    primary_entrant=dict(name="Fernhill Road Surgery", type="primary_care"),
    partners=[],
    sections=[
        ("context", None, """
I want to start with the phone call that changed how we work. In the spring of 2022 one of our GPs rang
back a man about his blood test results. A man answered, confirmed his name, and the GP explained that his
kidney function had got worse and that he needed to stop one of his tablets. It was his son, who had the
same name and lived at the same address. The son did not take that tablet, so no harm came of it, but the
father carried on taking it for another three weeks until his next blood test. That could have ended
very differently.

When we looked, it was not a one-off. Fernhill Road has about 11,000 patients. Since 2020 well over half
of our consultations have been by telephone, and a growing number by video. A face-to-face appointment
has several built-in checks: the patient walks in, the receptionist sees them, the clinician can look at
them. On the phone we have a voice and a number, and the number on the record is often a landline for the
household, a daughter's mobile, or a number the patient stopped using years ago.

We went through our incident reports for the previous two years and found nine cases where a clinician had
spoken to the wrong person, or shared information with a family member without the patient's agreement.
There were also near misses that nobody had reported, such as calling a 'Mrs Khan' and only realising
halfway through that there were three Mrs Khans at that number. One nurse had given
cervical screening results to a woman's mother.
"""),
        ("evidence", None, """
Since September 2022 every remote consultation starts the same way. The clinician asks the person to give
their full name and date of birth, rather than reading it out and asking them to confirm. If the person
is not the patient, the clinician checks whether there is a recorded consent for that person to speak
for them. For video consultations the patient is asked to show their face at the start, even if it is
then switched off. Every phone number on the record is now labelled with whose number it is, and care
navigators update the labels whenever a patient contacts us.

<<Q:Incidents in which a clinician spoke to the wrong person or shared information without consent fell
from nine in the two years before the change to one in the two years since.>> <<Q:In our monthly audit
of 40 recorded telephone consultations, the share in which identity was checked with two open questions
went up from 35% in August 2022 to 96% a year later, and has stayed above 90% since.>>

We have also labelled the phone numbers of more than 8,000 patients, and recorded consent for a family
member or carer to speak on a patient's behalf for 1,270 people.
"""),
        ("stakeholders", None, """
<<S:The new opening for calls was written by our care navigators and two of the practice nurses, who
tried different versions with each other and chose the one that sounded least like a bank.>> <<S:The GPs
argued at first that asking for a date of birth would upset older patients who had known them for years,
and after a month's trial they agreed it did not, so we kept it.>> <<S:Our clinical pharmacist pointed out
that medication reviews done by phone were the riskiest because they involve the most detail, and she
suggested a second check before any change to a medicine is explained.>> <<S:The practice manager and
the reception team rebuilt the way phone numbers are labelled on the record, after the team found that
our system let them store a number without saying whose it was.>>

Patients were told about the new checks by text message and a notice on the website. The patient
participation group was updated on the project at its meeting in November 2022. We did not ask patients
to help design the checks, because we felt at the time that it was a clinical matter. We would like to
work with the group on a leaflet about consent for family members to speak for a patient.
"""),
        ("value", None, """
None of this cost money. It adds perhaps twenty seconds to each call. The recorded consent saves time
later, because a carer who calls on a patient's behalf can be helped straight away. The cost of getting it
wrong can be harm, a complaint, a breach of confidentiality or a loss of trust that is hard to win back.
"""),
        ("spread", None, """
We have shared our call opening and the phone number labels with the other practices in our area at a
practice managers' meeting and by email. The local medical committee has put our guide in its newsletter.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I903  sudden flashes, floaters and other urgent eye symptoms sent from GP
#       reception to community optometrists - pdf - capital headings - ICB
#       primary care commissioning manager, brisk - ICB with the local
#       optical committee, two PCNs and the acute trust's eye department -
#       people who had a retinal detachment involved - NO staff involvement
#       (care navigators trained, optometrists sent a guide, a named adviser
#       leading, a survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I903", format="pdf", layout="caps_headings", topic="urgent_eye_symptoms_gp_to_optometry",
    project="independent57-eyesfirst-903", pdf_font="LiberationSans", pdf_align="L",
    title="EYES FIRST: sending people with sudden eye symptoms straight to a community optometrist",
    cover=[
        "LEAD: NHS Wyndle and Fenwold Integrated Care Board (Primary Care Commissioning)",
        "PARTNERS: Wyndle Local Optical Committee; Fenwold Rural Primary Care Network; Wyndle Town Primary Care Network; St Aldric's Hospital NHS Foundation Trust (Eye Department)",
        "CONTACT: Primary Care Commissioning Manager (Eye Health)",
    ],
    primary_entrant=dict(name="NHS Wyndle and Fenwold Integrated Care Board", type="icb"),
    partners=[
        dict(name="Wyndle Local Optical Committee", type="primary_care"),
        dict(name="Fenwold Rural Primary Care Network", type="primary_care"),
        dict(name="Wyndle Town Primary Care Network", type="primary_care"),
        dict(name="St Aldric's Hospital NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
A sudden shower of floaters, flashing lights or a dark curtain coming across part of the vision can be
the first sign of a retinal tear or detachment. Treated within a day or two, a tear can often be sealed
with a laser in a few minutes. Left for a week, it can become a detachment that needs major surgery and
may leave permanent loss of sight, especially if the centre of the retina, the macula, comes away.

In Wyndle and Fenwold most people with these symptoms phone their GP practice. What happened next
depended on who answered. Some were booked into a routine GP appointment days later. Some were told to go
to the emergency department, which has no eye specialist on site and sends them on to the eye department
the next morning. Some were told to see an optician, without being told that it was urgent or which
optometrists could see them. GPs do not have the equipment to examine the retina properly, so even a GP
appointment usually ended in a referral.

Since 2021 the ICB has commissioned a community urgent eye service: 29 optometry practices that can see
people with urgent eye problems within 24 hours, examine the retina with dilating drops, and refer
directly to the eye department. But almost nobody knew about it. In 2022 only 6% of its referrals came from
GP practices.

The eye department's audit of retinal detachment operations in 2022 found that more than half of patients
arrived with the macula already off, and that many had first contacted their GP practice several days
before.
"""),
        ("evidence", "WHAT CHANGED AND THE RESULTS", """
Eyes First started in May 2023 in the 23 practices of two primary care networks. When a caller mentions
a sudden change in their eyes, the care navigator asks four questions from a card: new floaters, flashing
lights, a shadow or curtain, or sudden loss of vision. Anyone answering yes to any of them is offered an
appointment that day or the next with a community urgent eye service optometrist, booked directly through
a shared online diary, or told to go straight to the eye department if the vision has gone.

<<Q:The average time from first contacting the GP practice to being examined fell from 5.8 days to 0.9
days for patients from the two networks.>> <<Q:Among patients from the two networks who needed surgery for
a detached retina, the share who arrived with the macula already off fell from 54% to 31%.>> The 23
practices sent 1,460 people to the urgent eye service in the first full year, and around one in nine of
them was referred on to the eye department.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<P:We met with seven people who had been treated for a retinal detachment, through the eye department's
patient support group, and asked them to tell us what had happened between their first symptoms and
their surgery.>> <<P:Several said they had not thought it was urgent because the receptionist had offered
a routine appointment, and two had been reassured by a relative, so the card now ends with the sentence
'This needs to be seen today', which the group chose.>> <<P:One member, a retired bus driver, asked that
the advice leaflet should explain that flashing lights can be more noticeable in the dark, and this was
added.>>

All care navigators in the 23 practices were trained to use the card by the LOC's clinical lead. The
participating optometrists were sent a guide to the new booking diary. The work was led by the ICB's
optometric adviser as part of her role. We surveyed practice managers after three months and the
feedback was positive, so nothing was changed. We intend to set up a joint group of care navigators and
optometrists in 2025.
"""),
        ("value", "VALUE", """
The urgent eye service was already commissioned, so most of the cost was training time and printing, about
£6,000. An examination by a community optometrist costs the NHS £38. A visit to the emergency department
followed by an eye department appointment costs several times more, and GP appointments are freed for
other patients. Saving the sight of one person with a detached retina is worth far more than the cost of
the whole scheme.
"""),
        ("spread", "SPREAD", """
The ICB is rolling out Eyes First to all 74 practices in Wyndle and Fenwold during 2025. NHS 111 has
agreed to use the same four questions and the same booking diary. We have shared the card and the diary
set-up with the regional eye care network.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I904  people living on boats who cannot stay registered with a GP or get
#       their repeat medicines - pdf - no headings - boaters' welfare charity
#       coordinator, personal and long - charity with a PCN, the waterways
#       charity and a university school of nursing - boaters (involvement told
#       partly in the context section, with unusual names) and staff
#       involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I904", format="pdf", layout="no_headings", topic="liveaboard_boaters_gp_access_repeat_medicines",
    project="independent57-towpathhealth-904", pdf_font="LiberationSerif", pdf_align="J",
    title="Towpath Health: keeping people who live on the canal registered, reachable and on their medicines",
    cover=[
        "Cutside Boaters' Welfare Trust (registered charity) with Lockbridge Canalside Primary Care Network, the Midshire Waterways Trust and the University of Lockbridge School of Nursing and Midwifery",
        "Written by the Welfare Coordinator, Cutside Boaters' Welfare Trust",
    ],
    primary_entrant=dict(name="Cutside Boaters' Welfare Trust", type="charity"),
    partners=[
        dict(name="Lockbridge Canalside Primary Care Network", type="primary_care"),
        dict(name="Midshire Waterways Trust", type="charity"),
        dict(name="University of Lockbridge", type="university"),
    ],
    sections=[
        ("context", None, """
About 1,300 people live on boats along the forty miles of the Grand Midshire Canal that run through
Lockbridge and the villages either side. Some have a home mooring, but most are what the waterways call
continuous cruisers: their licence requires them to move on every fourteen days, to a different place,
so over a year they might travel the whole length of the canal and back. Among them are young families
who cannot afford rent, retired couples who chose the life, people who ended up on a boat after a
divorce or an eviction, and a good number of people with long-term physical and mental health problems
who find it easier to live quietly on the water.

I have worked for the Trust for nine years, and for most of that time the question I was asked most often
was not about boats at all. It was 'Why won't the doctor's register me?' Practices asked for a proof of
address, and a boater on the move has none. Those who did manage to register were often removed from
the list when a letter came back undelivered or when they moved outside the practice area, sometimes
without knowing it until they rang for a repeat prescription and were told they were no longer a
patient. Their prescriptions went to a pharmacy in whichever town they had been in when they set it up,
which might be twenty miles and a fortnight away by boat. Letters about test results and hospital
appointments went to addresses they had left years before, or to a friend's house on the other side of
the country.

The results were predictable, and sometimes frightening. A man with epilepsy ran out of his tablets
while moored in a remote stretch and had a seizure on the towpath. A woman with type 1 diabetes spent a
weekend rationing her insulin because her prescription had been sent to a pharmacy she could not reach.
A boater in his sixties was sent a letter asking him to come back urgently after a blood test showed
signs of a blood cancer; it went to his sister's old flat, and he found out three months later. A young
mother did not get her baby's immunisation invitations for a year.

<<P:In the winter of
2021 a group of about a dozen continuous cruisers who meet at our drop-in at Hollow Lock sat down with us
and listed every way the system had let them down, and it was their list, written on the back of a
lock-keeper's rota, that we took to the primary care network.>> <<P:Those same boaters insisted from the
start that any solution should not mark them out as a problem group, and that they should be able to
choose who held their post.>>

We knew we could not change this alone. We are a small charity with three paid staff and about forty
volunteers. The practices held the registration rules and the records. The waterways trust knew where
every licensed boat was and had welfare officers who visited people on the bank. And the university had
student nurses who needed community placements and lecturers who were keen to help.

There was also a question of trust. Many boaters have had poor experiences with officialdom, whether
with councils, benefits offices or the waterways trust's own enforcement team, and some have chosen
this life partly to be left alone. Anything that looked like monitoring them would have failed. That is
one reason the work had to be led by a charity that boaters already knew. <<P:It is also why the boaters'
own group was given the final say on every question that Towpath Health asks of people.>>
"""),
        ("evidence", None, """
Towpath Health started in April 2023 and has four parts. First, all eight practices in the primary care
network have agreed a shared registration policy: any boater whose licence covers the canal in our area
can register at the practice of their choice, using the Trust's office as a 'care of' postal address, and
will not be removed from the list because they have moved along the canal. Second, the practices record
each boater's mobile number as the main contact and send results and appointments by text, with letters
going to the Trust's office, where we hold post for up to three months and text the person when
something arrives. Third, boaters can change their nominated pharmacy by text or through the NHS App as
they move, and the four pharmacies closest to the canal have agreed to stock the most common
medicines that boaters on our list need. Fourth, once a month a towpath health stop, run by student
nurses under the supervision of a lecturer and a practice nurse, moors at a different point on the
canal, offering blood pressure checks, wound care, vaccinations, help with registration and a chance to
talk to someone.

We measured what we could, using the welfare list that the Trust and the waterways trust keep together,
which now has 740 boaters on it.

<<Q:The share of boaters on the welfare list who were registered with a GP practice rose from 41% in
March 2023 to 88% in September 2024.>> <<Q:Boaters removed from a practice list without asking to be went
from 63 in the year before Towpath Health to 4 in its second year.>> <<Q:Requests to pharmacies along the
canal for emergency supplies of repeat medicines by people living on boats fell by about two thirds
over the same period, according to the pharmacies' own records.>>

In the first eighteen months the Trust handled 2,140 items of post for 390 boaters, and the towpath health
stop saw 1,060 people. Ninety-one children living on boats are now up to date with their immunisations.
Not everything has worked. Some boaters still prefer not to register anywhere, and we respect that, and
text messages are only useful if there is a phone signal, which on some stretches of the canal there is
not.

The cases that started all this have not gone away completely, but they are now rare, and when they
happen we hear about them quickly and can act.
"""),
        ("stakeholders", None, """
<<P:The group from the Hollow
Lock drop-in, who now call themselves the Towpath Health crew, tested the text messages that practices
send and asked for every message to say which practice it came from, because a text saying only 'please
call the surgery' is no use to someone who has been registered in three places.>> <<P:Two of them
rewrote the registration leaflet in plain language and suggested we leave copies in the lock-side
noticeboards and the canal-side pubs, which is where most boaters now pick them up.>> <<PS:Dawn, a
boater who now works for us part time as a peer worker, helped design the health stop, and it was her
idea to moor it beside water points, where everyone has to stop sooner or later.>>

<<S:Practice managers from all eight practices met three times with us to agree the registration policy,
and the receptionists at two of them drew up the checklist that staff now use when a boater registers,
after finding that the national guidance on registering people without an address was not being used
because nobody had seen it.>> <<S:The waterways trust's welfare officers suggested adding a question about
health to their regular licence checks, and they now give out our leaflet when a boater seems to be
struggling.>> <<S:Pharmacists at the four canal-side pharmacies agreed the list of medicines to keep in
stock after looking at six months of their own emergency supply records.>> <<S:Nursing lecturers and the
practice nurses changed the health stop after the first three months, moving it from weekdays to
Saturdays when they found that most working boaters could not come in the week.>>
"""),
        ("value", None, """
The project has cost about £38,000 a year, mainly for the Trust's post service and a part-time
coordinator, paid for by the primary care network's health inequalities fund. The student nurses'
placements are funded through the university in the usual way. The practices and pharmacies have
absorbed the extra work. Against this, an emergency admission for uncontrolled diabetes or a prolonged
seizure costs several thousand pounds, and a missed cancer diagnosis costs far more, in money and in a
person's life.

The value that matters most to us is harder to count. Boaters tell us that for the first time they feel
the health service is on their side. One woman said to me, 'I stopped feeling like a nuisance.' Student
nurses who have worked on the health stop say they have learned more about health inequalities in a few
Saturdays on the towpath than in a term of lectures, and several have said they want to work in
community nursing.

Receptionists at the practices tell us they no longer dread a boater walking in, because there is now a
clear answer to give.
"""),
        ("spread", None, """
The waterways trust has shared Towpath Health with its teams on other canals and rivers, and two other
boaters' welfare groups are working with their local practices on the same model. The university has
built the health stop into its community nursing placements permanently and has written it up for a
nursing journal. We have spoken about the work at the regional health inequalities network and at the
national inland waterways conference.

We would say to anyone thinking of doing the same: start by asking the people who live on the water what
goes wrong, and then find the one or two rules that cause most of the trouble. For us it was the proof of
address and removal from the list. Once the practices agreed to change those, most of the rest followed.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I905  children in pain and with dental infections while they wait for
#       extractions under general anaesthetic - docx - rubric headings -
#       community dental service clinical director, careful - community trust
#       with a university dental school, the local dental committee and the
#       council's oral health team - staff involved - NO patient involvement
#       (parents phoned and told, children as beneficiaries, a questionnaire
#       that changed nothing, a negation, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I905", format="docx", layout="rubric_headings", topic="children_dental_general_anaesthetic_waiting",
    project="independent57-nowaitingintpain-905", docx_font="Calibri",
    title="Not Waiting in Pain: safer care for children on the waiting list for dental treatment under general anaesthetic",
    cover=[
        "Lead organisation: Saltmarsh Community Health NHS Trust, Community and Special Care Dental Service",
        "Partners: University of Greyhythe, School of Dentistry (Paediatric Dentistry Unit); Saltmarsh and Pell Local Dental Committee; Saltmarsh City Council (Public Health, Oral Health Improvement Team)",
        "Author: Clinical Director, Community and Special Care Dental Service",
    ],
    primary_entrant=dict(name="Saltmarsh Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="University of Greyhythe", type="university"),
        dict(name="Saltmarsh and Pell Local Dental Committee", type="primary_care"),
        dict(name="Saltmarsh City Council", type="local_authority"),
    ],
    sections=[
        ("context", "The context in which the partnership was needed, the product or service, and its patient safety goals", """
Tooth decay remains the most common reason for young children to be admitted to hospital in England. In
Saltmarsh, where levels of decay in five-year-olds are among the highest in the region, the community
dental service provides general anaesthetic lists for children whose teeth need to come out and who
cannot cope with treatment in the chair, usually because they are very young, very anxious or have
several badly decayed teeth.

After the pandemic our waiting list for these lists grew to more than 900 children. By early 2022 the
longest waits were over eighteen months. While they waited, many children were in pain, eating and
sleeping badly and missing school. Some had repeated courses of antibiotics from their dentist or GP for
abscesses that could only be cured by taking the tooth out. Some developed spreading facial swelling and
were admitted to the children's ward for intravenous antibiotics, and a few needed emergency surgery under
general anaesthetic in the acute hospital, which is exactly what the waiting list was meant to avoid.

Nobody was looking at the children on the list as a whole. General dental practitioners had referred them
and assumed they were in the queue. We had the list but no information about how each child was doing.
The dental school had paediatric dentistry trainees and clinic space but little access to the children
who most needed their skills. And the council's oral health team was working with the same families on
prevention without knowing which children were waiting.

Our goals were to find the children on the list who were in pain or had infection, to treat them sooner,
and to stop any child's teeth getting worse while they waited.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Since May 2022 every child on the list is phoned by a dental nurse at least every three months, using a
short set of questions about pain, swelling, sleep, eating and antibiotics. Any child with swelling or
repeated antibiotics is offered an appointment within a week at a 'hot clinic' run jointly with the
dental school, where trainees supervised by consultants can often remove the worst tooth under local
anaesthetic or inhalation sedation. The dental school also provides two extra general anaesthetic lists
a month in its day unit. The council's oral health team visits or contacts every family on the list to
offer toothbrushing support, toothbrushes and high-fluoride toothpaste, and referring dentists apply
fluoride varnish every three months while the child waits.

<<Q:Emergency admissions of children on our waiting list with facial swelling from a dental infection
fell from 38 in 2021/22 to 14 in 2023/24.>> <<Q:The median wait for a general anaesthetic list went down
from 62 weeks in April 2022 to 29 weeks in April 2024.>> <<Q:Children on the list who had two or more
courses of antibiotics while waiting fell from just over half to one in five, based on the answers given at
the triage calls.>>

The hot clinic saw 486 children in its first two years, and 212 had a tooth removed there, so no longer
needed a general anaesthetic.
"""),
        ("spread", "How have the achievements been applied elsewhere and best practice shared?", """
The triage questions and the hot clinic model have been shared with the other community dental services
in the region through the managed clinical network for paediatric dentistry, and two have set up hot
clinics. The dental school now includes the hot clinic in its postgraduate training programme. We
presented the work at the national community dental services conference in 2024.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
A child's admission for intravenous antibiotics for a dental infection costs around £2,800. Removing a tooth
in the hot clinic costs a fraction of a general anaesthetic list. The triage calls take about ten minutes
each. The council's oral health team is funded from the public health grant.

Dental nurses say they feel they are finally doing something for children they used to worry about.
Referring dentists say they know where to send a child in pain.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:The triage questions were written by the dental nurses who make the calls, with the service's
paediatric dentists, and after a month of calls the nurses changed the order so that swelling comes first,
because parents tended to describe pain in general before mentioning it.>> <<S:Trainees and consultants
from the dental school's paediatric unit designed the hot clinic with our senior dental officers and
decided together which treatments could safely be offered there.>> <<S:Through the local dental
committee, general dental practitioners agreed a new referral form and asked for a direct number for the
hot clinic, which they now have.>> <<S:The council's oral health improvement officers suggested sending
the toothbrushing pack with the first triage call rather than waiting for a visit.>>

Parents are phoned at each triage call and told what will happen next. The work is aimed at the children
on the list, most of them under seven. We sent a questionnaire to 200 families in 2023 and most were
positive, so the calls were left as they were. It was not possible to involve children directly in the
design. We hope to ask the council's young people's panel for their views next year.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I906  test results for patients who change GP practice while the result is
#       pending - pdf - form - PCN clinical director, terse - primary care
#       network with the pathology network's host trust and the ICB - staff
#       and patients involved (passive voice) - no flags ('a third fewer' is
#       a claim)
# ---------------------------------------------------------------------------
entry(
    id="I906", format="pdf", layout="form_table", topic="results_patients_changing_practice",
    project="independent57-resultsintransit-906", pdf_font="LiberationSans",
    title="Results in Transit: tests that come back after a patient has moved practice",
    cover_table=[
        ("Entry title", "Results in Transit: tests that come back after a patient has moved practice"),
        ("Lead organisation", "Pelham Cross Primary Care Network (eight GP practices)"),
        ("Partner organisations", "Elmstow Hospitals NHS Foundation Trust (host of the Elmstow and Vale Pathology Network); NHS Elmstow and Vale Integrated Care Board"),
        ("Entrant", "Dr Marcus Adeyemi, Clinical Director, Pelham Cross PCN"),
    ],
    primary_entrant=dict(name="Pelham Cross Primary Care Network", type="primary_care"),
    partners=[
        dict(name="Elmstow Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="NHS Elmstow and Vale Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Why was the partnership needed? What were the safety goals?", """
Pelham Cross is a city-centre network with a young, mobile population: students, people in short-term
lets, and families moving between temporary accommodation. Our eight practices register about 9,000 new
patients a year and lose about the same number.

When a GP requests a blood test, urine test or swab, the result comes back electronically to the practice
that asked for it. If the patient has left that practice in the meantime, the result still arrives there,
but the patient is no longer on its list. What happened to those results varied. Some practices filed
them with a note. Some sent them on by post. Some tried to phone the patient. Nobody knew the new
practice, if there was one. The new practice did not know a test was pending.

In 2022 a significant event review at one practice found a result showing a very high potassium level
for a woman who had re-registered across the city the week before. It was filed as 'patient left'. She
was admitted two weeks later with an irregular heart rhythm. A later audit found raised PSA, positive
chlamydia and abnormal liver results handled in the same way.

The pathology network knew where each result went but not whether the patient was still there. The
registration system knew where the patient had gone but was not connected to results. The ICB could
change the rules for all practices. Hence the partnership.

Goals: every result for a patient who has left goes to the new practice, or to a named clinician if there
is none; no abnormal result is filed without a clinician seeing it.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
From February 2023 the pathology network checks the patient's current registration when each result is
reported. If the patient has moved practice since the test was requested, the result goes to both the
requesting practice and the new one, marked 'Result for a patient who has changed practice'. If the
patient is not registered anywhere, abnormal results go to the PCN's duty clinician, who tries to contact
the patient and keeps a log.

We audited results for patients who had left our practices in the six months before and after the
change. <<Q:Abnormal results filed without any clinician seeing them fell from 71 of 380 (19%) to 3 of
402 (under 1%).>> <<Q:The time for an abnormal result to reach a clinician responsible for the patient
went down from a median of 16 days to 1 day.>> <<Q:Significant events about results for patients who had
moved were a third fewer in 2024 than in 2022.>>

In 2024 the duty clinician dealt with 288 abnormal results for patients who were not registered
anywhere and reached 241 of them.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Results administrators from all eight practices mapped what happened to a 'patient left' result in
each practice, and showed the pathology IT team that the new practice could be found from the national
registration service at the moment of reporting.>> <<S:The pathology network's clinical scientists
advised on which results count as abnormal for this purpose and changed the list after our duty GPs said
it flagged too many borderline cholesterol results.>> <<S:Practice managers agreed the wording of the
marker and a shared protocol with the ICB's primary care team.>>

<<P:Students from the university health forum and residents of two temporary accommodation hostels were
asked what would make them answer a call from an unknown practice, and on their advice the duty clinician
now sends a text first saying who is calling and why.>> <<P:Their suggestion that the text should not
mention the test was also taken up.>>
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The change to the reporting rules cost the pathology network about two days of IT time. The duty
clinician role takes around three hours a week across the network. One missed cancer or a potassium
level that leads to a cardiac arrest costs far more. Results administrators say they no longer have to
decide what to do with results that are not theirs.
"""),
        ("spread", "How has the work been shared and spread?", """
The pathology network has applied the same rule to all 96 practices it serves. The ICB has included it in
its results management standard, and we shared it through the regional primary care patient safety
network.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I907  drug interaction alerts that prescribers click past - docx - style
#       headings - university pharmacy practice researcher with a GP
#       federation and the LPC - prescribing clerks, pharmacists and GPs, and
#       patients, involved (unusual job titles) - no flags (a sustained shift
#       on the SPC chart is a claim)
# ---------------------------------------------------------------------------
entry(
    id="I907", format="docx", layout="style_headings", topic="prescribing_interaction_alert_fatigue",
    project="independent57-alertsthatmatter-907", docx_font="Cambria",
    title="Alerts That Matter: cutting the noise from drug interaction warnings in general practice",
    cover=[
        "Lead entrant: University of Ravelmouth, School of Pharmacy and Medicines Sciences",
        "Partners: Ravelmouth and Coombe GP Federation; Ravelmouth Local Pharmaceutical Committee",
        "Written by a Reader in Pharmacy Practice",
    ],
    primary_entrant=dict(name="University of Ravelmouth", type="university"),
    partners=[
        dict(name="Ravelmouth and Coombe GP Federation", type="primary_care"),
        dict(name="Ravelmouth Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "Background", """
Every time a GP, nurse prescriber or pharmacist prescribes in general practice, the clinical system
checks the new medicine against everything else the patient takes and shows an alert for any
interaction it finds. In principle this is one of the most important safety features in primary care. In
practice, most alerts are about interactions that do not matter much or that the prescriber already
knows about, and prescribers learn to click past them. Research calls this alert fatigue.

When we recorded the alerts shown in the federation's 19 practices over a month in 2022, prescribers saw
more than 41,000 interaction alerts and overrode 96% of them. Among the overridden alerts were some that
really did matter: clarithromycin with simvastatin, trimethoprim with methotrexate, two medicines that
both prolong the QT interval, and potassium-sparing diuretics with ACE inhibitors in people with poor
kidney function. Community pharmacists were catching some of these at the dispensing stage, but by no
means all, and when they did, sorting out the query with the practice could take hours.

The federation asked the school of pharmacy to help, because we had researchers working on alert
design, and the LPC joined because its members were seeing the end result.
"""),
        ("evidence", "What we found and what changed", """
We did not invent a new system. Working with the clinical system supplier's configuration options, the
federation switched off or downgraded alerts for around 180 interaction pairs of low risk in general
practice, and made a short list of 34 high-risk pairs 'hard stops' that need a
reason to be typed before the prescription can be issued. The pharmacy school built a monthly report
showing each practice how many high-risk interactions were prescribed and what happened next.

<<Q:The number of interaction alerts shown to prescribers fell by about 70%, from over 41,000 a month to
around 12,500.>> <<Q:On our statistical process control chart of high-risk interacting prescriptions
issued per 10,000 items, the rate shifted below the previous mean for eleven consecutive months from
March 2023, a sustained fall from an average of 6.1 to 2.4.>>

We are careful about what these figures show. We cannot yet say how much harm has been prevented, and
the study of hospital admissions linked to interactions will report in 2025.
"""),
        ("stakeholders", "Involvement", """
<<S:The panel that chose which alerts to switch off included four GPs, three practice pharmacists, two
community pharmacists and two prescribing clerks, the administrators who process repeat prescriptions,
and the clerks were the ones who told us that many alerts were being overridden by them at the repeat
stage, not by clinicians, so the hard stops now go to a clinician.>> <<S:Community pharmacists from the
LPC tested the list against a year of their own interventions and added nine pairs that the panel had
missed.>> <<S:Practice pharmacists used the monthly report for three months and asked for it to name the
patients involved, so that they could review each case rather than just see a number.>>

<<P:We also recruited eight patients who take five or more regular medicines, through the federation's
patient network, to a discussion group, and they asked that when a prescriber overrides a serious alert
the patient should be told what to watch out for, which the hard-stop box now prompts.>>
"""),
        ("value", "Value", """
The reconfiguration used the federation's existing contract with the supplier. The university's
contribution was funded by a small research grant of £62,000. Prescribers save time on every
prescription. A single admission with rhabdomyolysis, bone marrow suppression or a dangerous heart rhythm
costs thousands of pounds and can be fatal.
"""),
        ("spread", "Spread", """
The list of high-risk pairs and the low-risk exclusions have been shared with the ICB, which is offering
them to the other two federations in the area. We have published our method and presented it at the
national primary care pharmacy conference. The supplier is considering offering the configuration to
other customers.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I908  medicine instructions for adults who find reading hard - pdf - with
#       appendix - council adult learning manager, warm - council adult
#       learning and public health with the LPC and an adult literacy charity
#       - adult learners involved - NO staff involvement (pharmacists trained,
#       practices sent a guide, a named lead, a survey that changed nothing, a
#       plan) - NO quantitative evidence (sessions, labels, a single figure
#       with no baseline, a target, a zero)
# ---------------------------------------------------------------------------
entry(
    id="I908", format="pdf", layout="with_appendix", topic="low_literacy_medicine_instructions",
    project="independent57-readitright-908", pdf_font="LiberationSans", pdf_align="L",
    title="Read It Right: safer medicine instructions for adults who find reading difficult",
    cover=[
        "Lead: Dunmere Borough Council (Adult and Community Learning Service, with Public Health)",
        "Partners: Dunmere Local Pharmaceutical Committee; Open Page Dunmere (adult literacy charity)",
        "Prepared by the Adult and Community Learning Manager",
    ],
    primary_entrant=dict(name="Dunmere Borough Council", type="local_authority"),
    partners=[
        dict(name="Dunmere Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Open Page Dunmere", type="charity"),
    ],
    sections=[
        ("context", "Why we started", """
Around one adult in six in England has very low literacy, and in some wards of Dunmere it is closer to one
in four. Many of these adults manage well day to day. They have learned ways round reading: they ask
someone, they remember, they recognise shapes and colours. Medicines are where those ways round can
fail. A label that says 'Take ONE tablet TWICE a day with food' or 'Do not take more than 8 in 24 hours'
assumes that the person can read it, and the leaflet inside the box is written for a reading age of
fifteen or more.

We came to this from an unusual direction. Our adult learning service runs reading and writing classes
in libraries and community centres, and in those classes medicines kept coming up. A learner who had
taken her husband's tablets for a week because the boxes looked the same. A man who took his weekly
tablet every day because he could not read the word 'weekly'. A young mother who had given her baby an
adult dose of paracetamol because she could not read the measuring instructions. Few of them had ever
told a pharmacist or a doctor that they could not read, because they were ashamed.

We also learned that our public health colleagues had been looking at hospital admissions caused by
medicines in the borough and had found that they were highest in the same wards where literacy is lowest.
Nobody had connected the two.

We could not fix this as a council on our own. The labels are printed by pharmacies, so we needed the
pharmaceutical committee. And we needed Open Page, the literacy charity that runs one-to-one reading
support, because it is trusted by people who would never walk into a council office.
"""),
        ("evidence", "What we have done and what we know so far", """
Read It Right started in September 2023. It has three parts.

Pharmacies taking part offer, to anyone who asks or who seems to be struggling, labels with a simple
pictogram for the time of day and the number of tablets, alongside the usual words. The pharmacist also
offers a 'show me' check: the person shows how they will take the medicine, rather than being asked
whether they understand. A discreet card, 'I find reading hard - please explain', can be handed over at
the counter without saying anything.

In the literacy classes and Open Page's reading sessions, learners can bring their own medicines and work
through the labels with a tutor, as part of their normal learning.

Public health has produced a short guide for GP practices on spotting and supporting patients who find
reading hard.

So far:

- 39 of the borough's 52 pharmacies are offering pictogram labels

- 1,180 adult learners have taken part in a medicines session in class

- 2,600 'I find reading hard' cards have been given out, through libraries, food banks and job centres

- in a check with 120 learners in summer 2024, 86% could say correctly how and when to take each of their medicines

- our target is for every pharmacy in the borough to offer pictogram labels by the end of 2025

- no learner who has been through the sessions has told us of taking a medicine wrongly since

We have not yet been able to measure the effect on hospital admissions. Public health is looking at the
data and will report in 2026.
"""),
        ("stakeholders", "Who was involved", """
<<P:The pictograms were chosen by adult learners themselves: three classes, about thirty people in all,
looked at six different sets used in other countries and voted for the one that was clearest, and then
asked for a moon symbol for bedtime instead of a clock, because they found clock faces hard.>> <<P:A
group of Open Page learners acted out going into a pharmacy and asking for help, and from that came the
idea of the card, so that nobody has to say out loud that they cannot read.>> <<P:Maureen, a learner who
joined our classes at the age of 63, worked with us on the wording of the card and insisted that it say
'find reading hard' rather than 'cannot read', because, as she put it, 'I can read, just not that'.>>

Pharmacists and pharmacy staff in the participating pharmacies were trained in using the pictograms and
the 'show me' check by the LPC. GP practices were sent the public health guide. The project has been
led by our adult learning manager, who chairs a monthly steering meeting. We surveyed pharmacists after
six months and they were positive about the training, so we have kept it as it is. We hope to bring
pharmacy staff and tutors together in a working group next year.
"""),
        ("value", "Value", """
The project has cost about £21,000, mostly for printing the cards and the pictogram stickers and for the
pharmacists' training time, paid for from the public health grant. The literacy sessions are part of
the adult learning service's existing classes. An admission caused by a medicine taken wrongly costs the
NHS around £3,000, and some of those admissions are of children.

Learners tell us that being able to read their own medicines is one of the most motivating things they
have done in class. Several have gone on to take a qualification.
"""),
        ("spread", "Spreading the work", """
Two neighbouring councils' adult learning services have asked for our session plans. The LPC has shared
the pictogram labels with the other committees in the region, and the national body for adult learning
has featured Read It Right in its newsletter. We are talking to pharmacy system suppliers about building
the pictograms into their labelling software.
"""),
    ],
    trailer=[
        ("heading", "Appendix: the pictograms and where our figures come from"),
        ("para", "Pictogram set: a rising sun for morning, a full sun for midday, a setting sun for evening and a moon for bedtime, each with a row of tablet shapes showing how many to take; a knife and fork for 'with food'; a crossed-out glass for 'no alcohol'."),
        ("para", "Pharmacy figures are from Dunmere LPC. Learner numbers are from the council's adult learning records and Open Page's session registers. The learner check in 2024 was carried out by tutors using each learner's own medicines."),
        ("para", "Dunmere Borough Council, Adult and Community Learning Service, Central Library, Market Street, Dunmere DN4 2RX."),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I909  repeat requests through the NHS App for medicines that need blood
#       monitoring - docx - sections in an unusual order (results first) -
#       GP federation medicines lead, practical - GP federation with the
#       pathology service and the LPC - patients (by pronoun) and staff
#       involved - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I909", format="docx", layout="reordered", topic="online_repeat_requests_monitoring_bloods",
    project="independent57-bloodsbeforerepeats-909", docx_font="Calibri",
    title="Bloods Before Repeats: linking online repeat requests to the blood tests that keep medicines safe",
    cover=[
        "Lead: Swanbourne Valley GP Federation (22 practices)",
        "Partners: Swanbourne General Hospital NHS Trust (Pathology Services); Swanbourne Local Pharmaceutical Committee",
        "Author: Medicines Optimisation Lead Pharmacist, Swanbourne Valley GP Federation",
    ],
    primary_entrant=dict(name="Swanbourne Valley GP Federation", type="primary_care"),
    partners=[
        dict(name="Swanbourne General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Swanbourne Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("evidence", "Results", """
<<Q:Across the 22 practices, patients on medicines needing regular blood monitoring whose tests were
overdue by more than three months fell from 31% in January 2023 to 9% in December 2024.>> <<Q:Repeat
prescriptions issued for these medicines while monitoring was overdue went down from around 2,300 a
month to just over 600.>> <<Q:Emergency admissions with a high potassium level or acute kidney injury among
patients on these medicines fell from 84 in 2022 to 51 in 2024.>>

In 2024, 9,850 blood tests were booked directly from a repeat request, and the six community pharmacies
offering blood taking did 2,140 of them.
"""),
        ("context", "The problem", """
Many common medicines need regular blood tests to stay safe. Blood pressure tablets such as ACE
inhibitors and water tablets can affect the kidneys and potassium levels. Thyroid tablets need the dose
checking. Some diabetes and epilepsy medicines, and many others, need monitoring at least once a year.
Guidance is clear; what happens in practice is less so.

Since the NHS App made it easy to order repeat prescriptions, well over half of repeat requests in our 22
practices now arrive online. They go to a prescription clerk, who checks that the medicine is on the
repeat list and passes it to a GP or pharmacist to sign, usually in a batch of dozens. Nobody in that
chain was reliably checking whether a blood test was due. The app did not tell the patient, and the
clerks were not trained to look. The result was that some patients received monitored medicines for
years without a test.

A serious incident in 2022 brought this home. A man in his seventies on two blood pressure tablets and a
water tablet was admitted with a dangerously high potassium level and kidney failure. He had ordered every
repeat through the app on time, and had not had a blood test for nearly three years.

We did not own all the pieces. Practices held the repeat lists. The hospital's pathology service ran the
phlebotomy clinics, which had long waits. Community pharmacies were the place many patients actually
went, and some were keen to take blood.
"""),
        ("stakeholders", "How people were involved", """
<<S:Prescription clerks from eight practices sat with us to go through how they processed online
requests, and it was they who suggested that a 'bloods due' message should appear at the moment of the
request, not weeks later in a recall letter.>> <<S:GPs and practice pharmacists agreed a list of 26
monitored medicines and the interval for each, and changed it after the pathology service's biochemists
pointed out that some tests were being requested more often than needed.>> <<S:Pharmacists from six
community pharmacies trained in phlebotomy and worked with the pathology team on how samples would be
collected, and they asked for afternoon collections so that samples taken after lunch did not sit
overnight.>>

<<P:We asked patients who use the app, through practice participation groups, to try out the new
message.>> <<P:They told us it read like a threat ('Your prescription may be delayed'), so it was
rewritten to explain why the test matters and to offer a booking straight away.>> <<P:Several of them also asked for the option to
have the test at a pharmacy near work, which is how the pharmacy blood-taking came about.>>
"""),
        ("value", "Value", """
The changes to the app and the practices' systems used existing functions, at no extra cost. Pharmacies
are paid £9 for each blood sample taken, funded by the ICB. Patients save a trip to a hospital
phlebotomy clinic. A single admission with acute kidney injury costs around £4,000, and some of these
patients do not recover their previous kidney function.

Prescription clerks say they feel more confident. GPs say the batches of repeats they sign are safer.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I910  people who cannot get out but are not known to the practice as
#       housebound - pdf (via Word) - style headings - patients' association
#       chair, plain-spoken - patient group with a PCN, the LPC and the
#       district council's housing service - members and staff involved - NO
#       quantitative evidence (people found, reviews and vaccinations done, a
#       single figure, a target, a plan to compare admissions)
# ---------------------------------------------------------------------------
entry(
    id="I910", format="pdf", layout="style_headings", topic="hidden_housebound_primary_care",
    project="independent57-behindthedoor-910", render_via="soffice", docx_font="Liberation Sans",
    title="Behind the Front Door: finding people who cannot get to the surgery and are not known to be housebound",
    cover=[
        "Orchard Vale Patients' Association (lead), on behalf of the patient participation groups of Orchard Vale",
        "Working with Orchard Vale Primary Care Network, Orchard Vale and Tamsey Local Pharmaceutical Committee and Tamsey District Council (Housing Services)",
        "Written by the Chair of the Patients' Association",
    ],
    primary_entrant=dict(name="Orchard Vale Patients' Association", type="patient_group"),
    partners=[
        dict(name="Orchard Vale Primary Care Network", type="primary_care"),
        dict(name="Orchard Vale and Tamsey Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Tamsey District Council", type="local_authority"),
    ],
    sections=[
        ("context", "How this started", """
The Orchard Vale Patients' Association brings together the patient participation groups of the seven
practices in our primary care network. We are all volunteers. Most of us are retired, and several of us
look after someone at home.

<<P:Three years ago one of our members, a retired district nurse, raised the case of her neighbour at
one of our meetings.>> He was
in his eighties, lived alone, and had not left his flat for nearly two years because of his breathing and
his knees. His practice had him down as an ordinary patient. Every year he was sent a letter inviting him
to his asthma review, his flu jab and his blood tests, and every year he did not go. Nobody followed it
up. His medicines came by delivery from the pharmacy, which is how he got by. When she finally persuaded
him to let a GP visit, he was found to have heart failure that had never been treated.

<<P:Several members said they knew someone like him, and together they asked the primary care network
to look into it, which was the start of this project.>> We learned that practices
keep a list of housebound patients, who get home visits for reviews and vaccinations, but people only get
on the list if someone asks. People who stop going out gradually, because of pain, breathlessness,
anxiety, dementia or simply the stairs, do not ask. They drop out of sight.

There are people who do see them. Pharmacy delivery drivers knock on the same doors every week or month.
Council housing officers and sheltered housing wardens know which tenants never come out. Neighbours
know. But none of them had a way of telling the practice, or knew that it would make any difference.
"""),
        ("evidence", "What we did and what has happened", """
Behind the Front Door began in January 2023. We agreed a simple 'concern card' with the primary care
network. Pharmacy delivery drivers, housing officers, wardens and our own members can fill it in, with the
person's agreement, if they think someone cannot get to the surgery. The card goes to the network's care
coordinators, who check the record, phone the person and, if they agree, add them to the housebound list
and arrange a home visit from the network's team: a nurse, a pharmacist or a paramedic.

In the first two years:

- 612 concern cards were sent, 388 of them by pharmacy delivery drivers

- 471 people were added to a practice's housebound list

- 402 had a home review of their medicines and long-term conditions, and 57 were found to have a condition that had not been diagnosed

- 366 had their flu vaccination at home in the winter of 2023

- the network's housebound list now has 1,940 people on it

- our aim is for every person on the list to have a yearly home review, and in 2024 we reached about three quarters

We would like to know whether all this has prevented falls and admissions. The network's data analyst is
looking at this and we hope to report it next year.
"""),
        ("stakeholders", "Who was involved", """
<<P:Members of the Patients' Association wrote the concern card,
tested it on each other and on their neighbours, and took out a question about the person's income
because, as one member said, 'nobody will fill in a card that asks that'.>> <<P:Our members from the
sheltered housing schemes suggested that wardens should be able to send the card, which is why it was
extended to the council's housing service.>> <<P:Before we started, members visited twelve people who had
stopped going out, with the practices' agreement, and asked them what would make them accept a visit, and
it was because of their answers that the first call always comes from the care coordinator by name, not
from 'the surgery'.>>

<<S:Pharmacy delivery drivers from five pharmacies met with us and the LPC and told us they often
worried about customers but had no one to tell; they asked for a card small enough to keep in the van,
and that is the size it is.>> <<S:The care coordinators changed the way cards are handled after the first
month, agreeing to phone within five working days because they found people lost heart if they waited
longer.>> <<S:Housing officers from the district council helped us reword the card for tenants who are
wary of anything that looks official.>>
"""),
        ("value", "Value", """
The card and the training sessions for drivers and housing officers cost about £4,000, paid for by the
primary care network. The home reviews are done by staff already employed by the network through the
additional roles scheme. A visit at home costs more than an appointment at the surgery, but an
emergency admission of someone with undiagnosed heart failure costs much more.

For us as patients, the greatest value is that people who had disappeared from view are now seen.
"""),
        ("spread", "Spread", """
Two other primary care networks in the county have asked for our card and our guide for delivery
drivers. The LPC has shared the approach with pharmacies across the county. We have spoken about it at the
national association of patient participation groups' conference.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I911  callers with the greatest needs who cannot get through to their GP
#       practice at 8am - docx - form with a cover table - PRIVATE telephony
#       company as primary entrant, with a PCN and the ICB (ineligible) -
#       account director, salesy - staff involved - NO patient involvement
#       (callers as beneficiaries, recorded message, a demonstration to a
#       patient group, a survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I911", format="docx", layout="form_table", topic="gp_telephone_access_priority_callers",
    project="independent57-rightcallfirst-911", docx_font="Arial",
    title="Right Caller First: priority access by phone for patients who cannot wait in a queue",
    cover_table=[
        ("Entry name", "Right Caller First: priority access by phone for patients who cannot wait in a queue"),
        ("Organisation submitting", "Calldeck Communications Ltd"),
        ("Partners", "Hartmoor South Primary Care Network (six practices); NHS Hartmoor and Daleside Integrated Care Board"),
        ("Submitted by", "Account Director, NHS Primary Care, Calldeck Communications Ltd"),
    ],
    primary_entrant=dict(name="Calldeck Communications Ltd", type="private"),
    partners=[
        dict(name="Hartmoor South Primary Care Network", type="primary_care"),
        dict(name="NHS Hartmoor and Daleside Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Describe the context in which the partnership was needed and its patient safety goals", """
Calldeck supplies cloud telephone systems to more than 900 GP practices. In 2022 we started hearing the
same concern from practices in Hartmoor South: the morning queue was not just an inconvenience, it was a
safety risk. Between 8am and 9am the six practices in the network received up to 1,800 calls between
them. Callers waited 30 minutes or more, many gave up and tried again, and some did not try again.

The people least able to cope with a queue were often the ones who most needed to get through: a carer
of someone receiving end of life care, a person with a severe mental illness who had run out of
medicines, an older person who could not hold a phone for half an hour, a parent with a sick baby.
Practices told us about a woman with terminal cancer whose husband gave up after three attempts and
called 999, and a man with schizophrenia who missed two days of his medicine because he could not face the
queue.

The network's goals were to make sure that these patients reached a person quickly, without having to
explain themselves to an automated message, and that no one lost their place in the queue by hanging up.
"""),
        ("evidence", "What evidence is there of improvement?", """
Since April 2023 the six practices can mark the phone numbers of patients on their palliative care,
severe mental illness, learning disability and frailty registers, and of their named carers, as priority
numbers. When a priority number calls, the system routes it past the queue to a dedicated care navigator.
All other callers are offered a call-back that keeps their place in the queue, and anyone who chooses a
'medical emergency' option hears advice to hang up and dial 999.

<<Q:Calls from priority numbers answered within two minutes rose from 22% to 94%.>> <<Q:Calls abandoned
in the 8am to 9am hour fell from 34% to 9% across the six practices.>> <<Q:The number of times patients on
the palliative care register called 999 or NHS 111 during practice hours went down from 146 in 2022/23 to
88 in 2023/24.>>

About 5,200 phone numbers are now marked as priority numbers, and the call-back option is used around
900 times a day.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Care navigators from all six practices worked with our engineers to decide which registers should
count as priority, and they added named carers after pointing out that most calls about a dying patient
come from a relative's phone.>> <<S:Practice managers tested the call-back option for a month at two
practices and asked for it to be switched off after 5pm, when call-backs could not be guaranteed before
closing.>> <<S:Mental health practitioners employed by the network advised on the wording the care
navigators use with priority callers, and changed it so that it does not ask the person to explain why
they are calling.>>

Patients were told about the new call-back option through the practices' recorded messages and
websites. We demonstrated the system to the network's patient participation groups at their joint
meeting in 2023. We surveyed 300 callers after six months, and most said the call-back was helpful, so we
did not change it. The work is designed to benefit the most vulnerable patients in the network. We plan to
hold focus groups with carers in 2025.
"""),
        ("value", "What has been the impact and is it value for money?", """
Priority routing and call-back were provided within the practices' existing contract with us, at no extra
cost to the NHS. The care navigators who answer priority calls were already employed by the practices.
Every avoidable 999 call or emergency attendance by a palliative care patient costs the NHS money and
can take a person away from home at the end of their life.
"""),
        ("spread", "How has the work been shared and spread?", """
Priority routing is now offered to all our GP practice customers, and 180 practices have switched it
on. The ICB has recommended it to all practices in Hartmoor and Daleside. We presented the work at a
national primary care digital conference.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I912  steroid eye drops prescribed by community optometrists and eye
#       pressure checks - docx - short bullet lists - hospital eye
#       department consultant, brief - acute trust eye department with the
#       local optical committee and the LPC - optometrists, pharmacists and
#       patients involved - NO evidence section and no measured change
#       anywhere in the entry
# ---------------------------------------------------------------------------
entry(
    id="I912", format="docx", layout="bullet_lists", topic="optometrist_prescribed_steroid_eye_drops",
    project="independent57-dropcheck-912", docx_font="Calibri",
    title="Drop Check: safer steroid eye drops prescribed by community optometrists",
    cover=[
        "Thornmoor Hospitals NHS Trust, Eye Department (lead)",
        "With Thornmoor Local Optical Committee and Thornmoor Local Pharmaceutical Committee",
        "Consultant Ophthalmologist and clinical lead for the community eye pathway",
    ],
    primary_entrant=dict(name="Thornmoor Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Thornmoor Local Optical Committee", type="primary_care"),
        dict(name="Thornmoor Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "What we set out to do", """
Since 2021, optometrists with an independent prescribing qualification in Thornmoor have been able to
treat more eye conditions in the community, including inflammation inside the eye and severe allergic eye
disease. Both are often treated with steroid eye drops.

Steroid drops are effective but carry risks:

- in some people they raise the pressure in the eye, which can damage the optic nerve within weeks if it is not picked up

- stopping them suddenly can make the inflammation come back worse

- they can make some eye infections, such as herpes, much worse

- patients sometimes keep using them long after they should have stopped, or get more from another source

Problems we found in 2022:

- there was no agreed plan for checking eye pressure after steroid drops were started in the community

- the GP was often not told, so the drops did not appear on the patient's medicines list

- community pharmacists had no way of knowing how long the course was meant to last

- two patients seen in our eye casualty had high eye pressure after several weeks of drops with no follow-up

- one woman had been using steroid drops for more than four months, getting new bottles through the pharmacy, because she thought they were 'the eye drops for her allergy'

- some optometrists were unsure who should check the pressure, and some assumed the GP would

Why a partnership: the optometrists prescribe, the pharmacists supply and see the patient when they come back for more, and the eye department carries the risk when it goes wrong. None of us could close the gaps alone.

What Drop Check does, since June 2023:

- every optometrist prescription for steroid drops comes with a written tapering plan and a booked pressure check at two to four weeks

- the optometrist sends a summary to the GP practice electronically on the same day

- the prescription carries the words 'Drop Check course: stop date on label', and pharmacists add the stop date to the label

- a pharmacist who is asked for more steroid drops after the stop date contacts the prescribing optometrist before supplying

- if the pressure is raised at the check, the optometrist can book the patient into the eye department's next-day clinic directly

- a short shared record of every course is kept by the optical committee, so that practices can see whether checks are being done

We have not yet collected enough information to report results, and will review the first two years of courses in 2025.
"""),
        ("stakeholders", "Who was involved", """
- <<S:prescribing optometrists from eleven practices agreed the pressure check interval with our glaucoma consultants, and asked for a direct phone line to the eye department for advice, which they now have>>

- <<S:community pharmacists suggested putting the stop date on the label, after telling us that patients often brought back empty bottles asking for more>>

- <<P:patients from the eye department's user group read the tapering plan and said the first version was confusing, so it is now a simple calendar with a box to tick each day>>

- <<P:the same group asked for the calendar to say in large print what to do if the eye becomes more painful or red, and this was added>>

- <<S:the optical committee's prescribing leads wrote the GP summary template with two local GPs, who asked for the stop date to be in the first line>>
"""),
        ("value", "Value", """
- the pressure checks are done by the prescribing optometrist and paid at the usual community eye service rate

- a patient treated in the community avoids an eye casualty visit

- loss of sight from steroid-induced glaucoma is permanent and avoidable

- optometrists say they feel more confident prescribing steroids now that the follow-up is agreed, and pharmacists say the stop date on the label makes conversations at the counter easier
"""),
        ("spread", "Spread", """
- the pathway and the tapering calendar have been shared with the regional eye care network and two neighbouring optical committees
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)
