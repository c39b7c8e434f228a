"""One-hundred-and-fifth independent evaluation set (I1665..I1680) for the HSJ 'Best
Partnership Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing acute and community trusts, ICBs,
GP federations, primary care networks, councils, charities, housing associations,
universities, ambulance services and the odd private company send in, in their own
voices and at their own length.  The theme of this set is outpatients, waiting and
booking: referral triage, patient-initiated follow-up, missed appointments, letters in
plain English, results by text and interpreters at booking.

Topics, with the lead's type and the layout:
  I1665 GP referrals returned by hospital triage that nobody follows up (nhs_trust,
        acute; pdf own_headings);
  I1666 patient-initiated follow-up for inflammatory bowel disease and the flare line
        that was not answered (nhs_trust, acute; docx bold_headings with a cover table);
  I1667 automatic discharge back to the GP after two missed appointments in heart
        failure and respiratory clinics (icb; docx no_headings);
  I1668 rewriting outpatient clinic letters in plain English, addressed to the patient
        (university; pdf two_column);
  I1669 sexual health blood test results sent by text, and positive results that were
        never picked up (local_authority, public health; pdf caps_headings);
  I1670 recording the need for an interpreter on the referral so the first outpatient
        appointment is booked with one (charity, refugee and migrant support; docx
        numbered_questions with cover bullets);
  I1671 two-way text reminders that let patients cancel and rebook outpatient
        appointments (private booking software company as primary entrant; pdf
        bullet_lists);
  I1672 straight-to-test triage of lower gastrointestinal referrals using FIT results
        (departments of one acute trust, no partner; docx rubric_headings);
  I1673 people with glaucoma whose follow-up slipped in the booking queue (patient_group,
        a glaucoma support group as lead; pdf with_appendix);
  I1674 appointment letters sent to out-of-date addresses (nhs_trust, acute, with a GP
        federation; docx style_headings);
  I1675 missed outpatient appointments among people in temporary and supported housing
        (charity, housing association; pdf form_table);
  I1676 falls clinic referrals from ambulance crews that were never booked
        (emergency_service, ambulance; docx reordered, results first, no spread
        section);
  I1677 asking about language at the first booking call and booking the interpreter with
        the appointment (private interpreting company as primary entrant; pdf
        style_headings made from Word via soffice);
  I1678 referral triage for suspected heart failure using NT-proBNP results
        (primary_care, GP federation; docx bullet_lists);
  I1679 patient-initiated follow-up in the epilepsy service and the seizure diary
        (nhs_trust, community; pdf numbered_questions);
  I1680 'waiting well' letters for people on the memory assessment waiting list
        (primary_care, primary care network; docx form_table, short, no evidence
        section).

Build it with

    .venv/bin/python data/independent/build.py --set 105   (writes data/corpus/independent105/)

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
  * not Q: dates, financial years, bed/ward/clinic/practice counts, headcounts, numbers
    trained, activity counts (appointments, letters, texts, calls, referrals, bookings,
    people contacted or identified), single figures with no baseline, a zero with no
    earlier figure, figures that did not change, budgets, costs and savings estimates,
    phone numbers, postcodes, reference numbers, targets not yet reached, plans and
    hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    (including 'halved', 'a third fewer' and a shift on an SPC chart);
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

Organisation types follow the earlier sets (ambulance services are emergency_service;
GP practices, GP federations and primary care networks are primary_care; patients'
support groups are patient_group; refugee charities, housing associations and
dementia charities are charity; a university is university; booking software,
text messaging and interpreting companies are private).  A department or team of the
entrant's own organisation is not a partner.  Flags are written by hand and build.py
cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1665  GP referrals returned by hospital triage - pdf - own headings -
#        acute trust outpatient improvement lead, measured - acute trust with
#        a GP federation and the ICB - patients and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1665", format="pdf", layout="own_headings", topic="returned_referrals_triage_followup",
    project="independent105-nodeadends-1665", pdf_font="LiberationSans", pdf_align="L",
    title="No Dead Ends: making sure a referral returned by hospital triage always lands somewhere",
    cover=[
        "Lead organisation: Wendlebury Hospitals NHS Foundation Trust (Outpatient Transformation Team)",
        "Partners: Fenmarsh GP Federation; NHS Lower Wendle Integrated Care Board",
        "Entry prepared by the Outpatient Improvement Lead with the federation's Clinical Director",
    ],
    primary_entrant=dict(name="Wendlebury Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Fenmarsh GP Federation", type="primary_care"),
        dict(name="NHS Lower Wendle Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Where the risk was", """
Every routine referral from a GP to one of our outpatient specialties is read by a consultant before an
appointment is offered. This is referral triage, and most of the time it works well: the consultant
decides how urgent the referral is, which clinic it needs, or whether the patient could have a test
first. About one referral in eight, though, is not accepted. It is returned to the practice with advice,
or with a request for more information, or with a note that another service would be better.

In 2022 our patient safety team reviewed three incidents in which a returned referral had simply
stopped. A man referred with a rising PSA had his referral sent back asking for a repeat test; the
letter was filed in the practice without anyone booking the test, and he was diagnosed with prostate
cancer fourteen months later. A woman referred to neurology was 'redirected' to the headache service in
the community; nobody told her, and she spent five months thinking she was on our waiting list. A child
referred to paediatrics had advice returned to a practice the family had left.

When we looked more widely, the problem was built into the process. Returned referrals went back
through the electronic referral system as a short free-text comment, often written in a hurry. Practices
received them in the same inbox as hundreds of other documents. There was no owner, no due date and no
way for anyone to see that nothing had happened. Patients were usually not told at all. From the
hospital's point of view the referral was closed; from the patient's point of view they were waiting.

We could not fix this from inside the hospital, and the practices could not fix it on their own. The
federation runs the shared workflow service for most practices in the area, and the ICB holds the
contract that sets out what triage should look like, so the three of us set up a joint group in
January 2023.

Before changing anything, we tried to understand the size of the problem. The trust's information team
pulled every referral returned in 2022, just under 7,000 of them, and the federation's workflow team
traced a random sample of 300 through the practices' records. What they found was not carelessness.
Practices were receiving returned referrals that said things like 'please re-refer if concerned', 'not
for this service' or 'GP to consider', with no clear statement of what the practice was expected to do,
by when, or whether the patient had been told. Some comments were addressed to the patient but never
sent to them. Some asked for tests that the practice did not know how to request.

We also found that the same patient could be returned more than once by different services, each
suggesting the other, and that nobody noticed because each return was a separate event. For a patient
with symptoms that crossed specialties, such as unexplained weight loss or persistent headache, this
could go on for many months.

The safety goals we set ourselves were simple to write down and harder to deliver: every returned
referral should have a clear outcome, an owner and a due date; every patient should be told what has
happened to their referral; and no redirected referral should depend on someone remembering to send it
again.
"""),
        ("evidence", "What difference it has made", """
Since June 2023 every returned referral carries one of five fixed outcomes, chosen from a list by the
consultant: test first and re-refer, advice to manage in primary care, redirected to another named
service, more information needed, or not appropriate. Each outcome has a matching task in the
practice's clinical system with a due date, created automatically by the federation's workflow team.
The patient is sent a short letter explaining what has happened to their referral and who now holds it.
Redirected referrals are passed on by the hospital, not sent back to the GP to do again.

We audited every returned referral in two three-month periods, before and after the change.
<<Q:Returned referrals with no recorded action by the practice after 60 days fell from 22% in
January to March 2023 to 4% in January to March 2024.>> <<Q:Redirected referrals where the patient was
still not on the receiving service's list after 30 days went from 61 out of 140 to 6 out of 152.>>

<<Q:There were a third fewer re-referrals for the same problem within a year, which we take as a sign
that the advice is being acted on the first time.>> <<Q:Incidents reported about returned referrals, three
in 2022, numbered one in 2024.>> About 1,900 referrals a quarter are now returned with a fixed outcome.
"""),
        ("stakeholders", "Who shaped it", """
<<S:The fixed list of five outcomes came from a workshop of eleven consultants from the highest-volume
specialties and eight GPs, who each brought real returned referrals and sorted them into piles until the
categories settled.>> <<S:Workflow coordinators at the federation told us that a due date mattered more
than any wording, and they built and tested the task templates in four practices before they went live
everywhere.>> <<S:Our booking team asked for redirected referrals to be passed on by us rather than
bounced back, because they were the ones taking the angry phone calls, and that became the rule.>>

<<P:The letter that patients now receive was drafted with six members of the trust's outpatient patient
panel, who read our first version and said it sounded as if they had been rejected.>> <<P:They rewrote
the opening line to 'Your GP's request has been looked at by a specialist' and asked that every letter
ends with a phone number that is answered by a person.>> <<P:The family of the man whose PSA test was
never repeated spoke at the launch event and agreed that his story could be used in our training.>>
"""),
        ("value", "Value", """
The changes were made within existing budgets. The federation's workflow team spends roughly one extra
hour a day on returned referrals. The trust's digital team spent about three weeks building the outcome
list into the referral system. Against that, a single delayed cancer diagnosis costs the NHS far more in
treatment and, far more importantly, can cost the patient their life.

Practices have told us the fixed outcomes save them time, because they no longer need to ring the
hospital to work out what a comment means. Consultants say that choosing from a list is quicker than
writing free text.

There is also a benefit in trust between organisations. Before this work, practices often read a
returned referral as the hospital turning work away, and consultants often saw referrals as incomplete.
Having a shared list of outcomes, agreed by both sides, has taken some of the heat out of those
conversations.
"""),
        ("spread", "Spreading it", """
The ICB has written the five outcomes into its outpatient referral standard for both acute trusts in the
system from April 2025. The second trust's ophthalmology and dermatology services started using them in
the autumn. We have shared the task templates with two other GP federations in the region and presented
the work at a regional outpatient transformation network meeting.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1666  patient-initiated follow-up for IBD and the flare line - docx -
#        bold headings with a cover table - IBD nurse consultant, candid -
#        acute trust with a community pharmacy group and the ICB - staff
#        involved - NO patient involvement (patients sent leaflets, a survey
#        that changed nothing, a plan, beneficiaries)
# ---------------------------------------------------------------------------
entry(
    id="I1666", format="docx", layout="bold_headings", topic="ibd_pifu_flare_line",
    project="independent105-flareline-1666", docx_font="Calibri",
    title="Someone Picks Up: a safe flare line for people on patient-initiated follow-up for IBD",
    cover_table=[
        ("Entry title", "Someone Picks Up: a safe flare line for people on patient-initiated follow-up for IBD"),
        ("Lead organisation", "Carrow Bay University Hospitals NHS Trust, Gastroenterology"),
        ("Partners", "NHS Carrow and Teme Integrated Care Board; Teme Valley GP Federation"),
        ("Contact", "Helen Okafor, IBD Nurse Consultant"),
    ],
    primary_entrant=dict(name="Carrow Bay University Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="NHS Carrow and Teme Integrated Care Board", type="icb"),
        dict(name="Teme Valley GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "Background", """
We look after roughly 3,400 people with Crohn's disease and ulcerative colitis. Before 2021 almost all of
them had a clinic appointment every six or twelve months whether they were well or not, and when they
were unwell they often could not get one. In 2021, like many trusts, we moved people whose disease was
stable onto patient-initiated follow-up, or PIFU. They stay under our care for two years, they do not
get routine appointments, and they contact us when they need us.

The part of PIFU that carries the risk is the contact. For IBD that contact is our advice line. At the
start it was an answerphone that the nurses checked between clinics. By the end of 2022 it was getting
more than 90 messages on a Monday, some of them from people who were bleeding heavily or had not eaten
for days. Messages were sometimes returned two or three days later. Some patients gave up and went to
their GP, whose only option was often a course of steroids, or to the emergency department.

Two serious incidents in the winter of 2022 made the point. A young woman with severe colitis left three
messages over four days and was admitted with toxic megacolon. An older man's message about new
abdominal pain was logged as a routine query and he was later found to have a bowel perforation.

We also found that people on PIFU who had not been in touch for a long time had often missed their
blood monitoring for azathioprine or methotrexate, because the blood test had previously been arranged at
the routine appointment. Nobody was watching for that.

None of this was a reason to abandon PIFU, which suits most of our patients far better than a fixed
appointment. But it did mean that the safety of the whole model rested on one thing: that when a
patient reached out, someone reached back quickly, and that the routine jobs once done at a clinic
visit, such as blood monitoring and bone health checks, still got done. We could not do the second part
on our own, because most of those blood tests are taken in GP practices and the results sit in the GP
record. That is why we approached the ICB and the GP federation in late 2022.
"""),
        ("evidence", "Evidence of improvement", """
Since March 2023 the flare line has been staffed from 8am to 6pm on weekdays by an IBD nurse who does
nothing else that day. Calls are triaged with a red, amber and green tool, and red calls are seen in a
hot clinic within 48 hours. GP practices in the federation can ring the same line for advice before
starting steroids. The ICB funds a monitoring search, run monthly by the federation's pharmacists, that
finds anyone on PIFU whose immunosuppressant blood tests are overdue.

<<Q:The median time from a patient's first message to a call back from a nurse went down from 2.1
working days in 2022 to 3 hours in 2024.>> <<Q:Emergency admissions with a flare among people on PIFU
fell from 118 in 2022 to 71 in 2024.>> <<Q:Courses of oral steroids started in primary care for people
on our PIFU list dropped from 302 to 164 over the same years.>>

The monitoring search identifies around 40 people a month who are overdue a blood test.
"""),
        ("stakeholders", "How people were involved", """
<<S:The IBD nurses designed the red, amber and green triage tool themselves after listening back to a
month of recorded messages, and they changed it twice after the first weeks because too many calls were
coming out amber.>> <<S:Federation pharmacists and two GP leads worked with our consultants to agree which
blood tests the monthly search looks for and what the practice should do when one is overdue.>>
<<S:Our medical secretaries pointed out that people were ringing the switchboard instead of the flare
line because the number on old letters was wrong, and they went through the letter templates with us
to correct every one.>>

Everyone moved onto PIFU was sent a leaflet and a fridge card with the flare line number. We sent a
questionnaire to 200 patients in 2023 asking how they found the service; the replies were generally
positive and we did not make any changes as a result. We would like to set up a patient advisory group
for the IBD service in the next year. The flare line is there for patients, and they are the ones who
have benefited most.
"""),
        ("value", "Value", """
The flare line nurse post costs about £52,000 a year, funded by releasing routine follow-up clinics. An
emergency admission for a flare of colitis typically costs several thousand pounds and can end in
surgery. The GP advice calls also mean fewer referrals into our routine clinics.

For the nurses, the main change is that the flare line is no longer something squeezed in between other
jobs. The nurse on the line knows that is her job for the day and can give each caller proper time.
"""),
        ("spread", "Spread", """
Our rheumatology and dermatology services, which also use PIFU for people on immunosuppressants, have
adopted the monitoring search. The ICB has asked the other acute trust in the system to set up a staffed
advice line for its PIFU patients in gastroenterology, and we have shared our triage tool with them.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1667  automatic discharge after missed appointments - docx - no headings
#        - ICB deputy director of quality, reflective - ICB with two acute
#        trusts and a carers' charity - patients involved (indirectly,
#        passive voice) and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1667", format="docx", layout="no_headings", topic="dna_discharge_heart_failure_respiratory",
    project="independent105-twostrikes-1667", docx_font="Georgia",
    title="Not Two Strikes and Out: rethinking discharge after missed outpatient appointments",
    cover=[
        "Lead organisation: NHS Harrowden and Sele Integrated Care Board",
        "Partners: Harrowden General Hospital NHS Trust; Sele Valley Hospitals NHS Foundation Trust; Carers Together Sele (charity)",
        "Written by the Deputy Director of Quality, on behalf of the partnership",
    ],
    primary_entrant=dict(name="NHS Harrowden and Sele Integrated Care Board", type="icb"),
    partners=[
        dict(name="Harrowden General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Sele Valley Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Carers Together Sele", type="charity"),
    ],
    sections=[
        ("context", None, """
For as long as anyone in our system can remember, both of our acute trusts have had an outpatient
access policy that says, in effect, that a patient who misses two appointments in a row without
telling the hospital is discharged back to their GP. The policy was written to protect clinic capacity,
and for many specialties it is reasonable. In 2022, a coroner's inquest into the death of a man with
heart failure made us ask whether it was safe everywhere.

He was 78 and lived alone. He had missed two heart failure clinic appointments, the first because the
letter went to his old flat and the second because he was too breathless to get to the bus stop. He was
discharged by letter. His GP practice filed the discharge letter as routine. He died at home eleven
weeks later with fluid on his lungs and a bag of unopened diuretics in his kitchen.

When our quality team looked at the data across both trusts, around 2,600 patients a year were being
discharged after missed appointments in cardiology and respiratory medicine alone. Many were exactly the
people least able to get to a clinic: frail, breathless, housebound, living with dementia, or caring for
someone else. The policy treated a missed appointment as a choice, when for these patients it was more
often a warning sign.
"""),
        ("evidence", None, """
From April 2023 the two trusts changed their access policies for heart failure, COPD, interstitial lung
disease and home oxygen clinics. A missed appointment now triggers a phone call from a named clinic
nurse within two working days. If the patient cannot be reached, the nurse rings the next of kin or
carer and then the GP practice, which is asked to make contact and reply within a week. Nobody in these
clinics is discharged for missing appointments without a clinician reviewing the notes and recording the
reason.

<<Q:Discharges for non-attendance from these clinics fell from 1,140 in 2022/23 to 212 in 2023/24.>>
<<Q:Among patients who missed an appointment, emergency admissions within 90 days went from 31% in
2022/23 to 19% in 2023/24.>> The clinic nurses made 3,480 calls in the first year, and in about a fifth
of them they found someone who needed to be seen sooner than their next booked appointment.
"""),
        ("stakeholders", None, """
<<P:Carers Together Sele held two evenings at which carers of people with heart and lung conditions
were asked what stopped the person they cared for from getting to clinic, and the answers were given to
the working group word for word.>> <<P:The new call script was read aloud to a small group of carers,
who were clear that the first question should be 'is everything all right?' rather than 'why did you
miss your appointment?', and the script was changed.>> <<P:Two patients from the Harrowden breathe-easy
group were on the working group throughout, and it was at their suggestion that home oxygen clinics
were added.>>

<<S:Heart failure nurse specialists and respiratory physiotherapists from both trusts wrote the
clinical review step and trialled it for two months in one clinic each.>> <<S:Outpatient booking
managers told us that patients were often failing to attend because they had been sent appointments at
the other trust's site, and they changed the booking rules so these patients are offered the nearer
site first.>> <<S:GP practice managers in the ICB's primary care forum agreed the one-week reply
and asked for the request to arrive as a task rather than a letter, which is how it now comes.>>
"""),
        ("value", None, """
The calls are made by existing clinic nurses, and each takes about ten minutes. The cost is small beside
the cost of an emergency admission with heart failure, which is one of the most common and expensive
reasons for older people to come into hospital. There has been no measurable effect on clinic waiting
times. Clinic nurses have told us that the calls are some of the most useful work they do.

We are open about what we have not solved. Some patients still do not come, and some are discharged
after a proper review because they are well and do not want to attend. That is their right. The
difference is that someone has now looked.

We also learned something about the word 'DNA', which both trusts used in their systems and letters.
It stands for 'did not attend', and it quietly places the responsibility on the patient. The two trusts
have now changed the wording in their letters to GPs to 'missed appointment', and the letter says what
the clinic has done to try to reach the person. It is a small change, but it shifts the conversation
from who was at fault to what should happen next.

Finally, the work has made visible a group of patients who had been invisible: people whose
appointments were never missed because they were never booked, as their referral had been bounced or
their follow-up had been lost. The clinic nurses now pick these people up as well when they review the
lists, and we expect this to be the next piece of work for the partnership.
"""),
        ("spread", None, """
The ICB has asked both trusts to review their access policies in every specialty by the end of 2025
using the same question: for which patients is a missed appointment a sign that something is wrong?
Diabetes and renal services are next. We have shared the revised policy wording with the regional
outpatient network and with two neighbouring ICBs.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1668  plain English outpatient letters - pdf - two columns - university
#        applied linguistics lecturer, academic - university with an acute
#        trust and a patients' reading panel - patients and staff involved -
#        NO quantitative evidence (readability single figures, counts of
#        letters and clinicians trained, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1668", format="pdf", layout="two_column", topic="plain_english_clinic_letters_to_patient",
    project="independent105-dearpatient-1668", pdf_font="LiberationSerif",
    title="Dear You: writing outpatient clinic letters to the patient, in plain English",
    cover=[
        "Lead: University of Eastmoor, School of Language and Communication",
        "Partners: Eastmoor and Brant Teaching Hospitals NHS Trust; Brant Readers' Panel (patient group)",
        "Entrant: Dr Imogen Harker, Senior Lecturer in Applied Linguistics",
    ],
    primary_entrant=dict(name="University of Eastmoor", type="university"),
    partners=[
        dict(name="Eastmoor and Brant Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Brant Readers' Panel", type="patient_group"),
    ],
    sections=[
        ("context", "The problem", """
Outpatient clinic letters are usually written by the doctor to the GP, with a copy to the patient. They
are full of abbreviations, Latin, and phrases such as 'I note he remains SOBOE' or 'plan: uptitrate'.
Patients receive them, often read them several times, and frequently misunderstand them. Actions meant
for the patient, such as 'please have bloods in two weeks' or 'stop the amlodipine', can be missed
because the patient thinks the GP will arrange it, and the GP thinks the patient has been told.

Our research group had studied these letters for several years. In 2022 the hospital trust asked us to
help it do something about them. It had reviewed incidents in which a patient had carried on taking a
medicine the clinic meant to stop, or had not booked a test that the letter assumed they would book.

The approach we took is simple to describe. Letters are now written to the patient, in the second
person, and copied to the GP. They begin with a box headed 'What happens next' that lists what the
patient needs to do, what the hospital will do and what the GP will do. Medical terms are explained the
first time they are used.

This approach is not new. Professional guidance has encouraged doctors to write to patients for
several years, and some clinicians have done so for a long time. What has been missing in most
hospitals is the practical support: templates that make it easy, examples from the doctor's own
specialty, and a way of making sure the GP still gets what they need. Our contribution as linguists
was to study what makes these letters hard to follow and to turn that into something busy clinicians
could use in the time they have.
"""),
        ("evidence", "What we found", """
We analysed a sample of 400 letters from the six pilot specialties before the change and 400 after. The
after letters scored a reading age of around 11 on a standard readability measure. Every after letter
had a 'What happens next' box.

By March 2024, 86 consultants and specialty doctors had attended our letter-writing workshops, and about
31,000 letters had been written in the new style. The trust has set itself a target that 90% of all
outpatient letters will be written to the patient by the end of 2025.

We also asked 150 patients who had received a new-style letter to tell us, in their own words, what they
needed to do next. Most could. We do not yet have a comparison from before the change, and a follow-up
study is planned.
"""),
        ("stakeholders", "Who took part", """
<<P:The Brant Readers' Panel, twenty people who read health information for the trust, marked up real
anonymised letters in pencil over six sessions, circling every word they did not understand.>> <<P:It
was the panel who asked for the 'What happens next' box, after several members said they always skip
to the end of a letter looking for instructions.>> <<P:Panel members also tested our glossary of common
terms and threw out about a third of our explanations as no clearer than the original.>>

<<S:Consultants from cardiology, rheumatology and urology volunteered their own letters for analysis and
then rewrote them with us, and their complaints about dictation time led us to build standard phrases
into the dictation templates.>> <<S:Medical secretaries tested the new templates and changed the layout
so that the box prints on the first page, not across a page break.>> <<S:GPs from four practices read
the new letters and asked that actions for the practice be listed separately, so they cannot be buried
among the patient's own actions.>>
"""),
        ("value", "Value", """
The project was funded through a university knowledge exchange grant of £38,000, which paid for a
research assistant and the workshops. The trust provided staff time. Writing in the new style does not
take longer once clinicians are used to it; some say it is quicker because they no longer write a
separate explanation for the patient.
"""),
        ("spread", "Spread", """
The trust is rolling out the approach across all specialties. Our workshop materials are free to
download and have been used by two other trusts. We have written a paper for a medical education journal
and spoken at a national conference on health communication.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1669  sexual health results by text - pdf - CAPS headings - council
#        sexual health commissioner, direct - council public health with the
#        sexual health provider trust and a text messaging company - service
#        users and staff involved - a change in words ('halved')
# ---------------------------------------------------------------------------
entry(
    id="I1669", format="pdf", layout="caps_headings", topic="sexual_health_results_by_text_unreturned_positives",
    project="independent105-closetheloop-1669", pdf_font="DejaVuSans", pdf_align="L",
    title="CLOSE THE LOOP: no positive sexual health result left waiting in a text inbox",
    cover=[
        "LEAD ORGANISATION: Ottering City Council, Public Health Commissioning",
        "PARTNERS: Ottering and District Community Health NHS Trust (Integrated Sexual Health Service); Relay Messaging Ltd",
        "CONTACT: Sexual Health Commissioning Manager",
    ],
    primary_entrant=dict(name="Ottering City Council", type="local_authority"),
    partners=[
        dict(name="Ottering and District Community Health NHS Trust", type="nhs_trust"),
        dict(name="Relay Messaging Ltd", type="private"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
The council commissions the city's sexual health service, which is run by the community trust. Since
2020 most testing has been done through postal kits ordered online and through walk-in clinics. Negative
results are sent by text. Positive and reactive results for chlamydia, gonorrhoea, syphilis, HIV and
hepatitis are meant to trigger a text asking the person to call the clinic, followed by a call from a
health adviser.

In 2022 the trust's health advisers raised a concern. A growing number of people with a positive result
were never being reached. The 'please call us' text went out, but many people did not call. Some had
changed their number, some ignored a message from an unknown sender, and some were frightened. The
health advisers were trying to ring them from a withheld number between clinics, and after three
attempts the case was closed. Nobody outside the team could see how many positives were left untreated.

When we audited six months of results, 14% of people with a positive chlamydia or gonorrhoea result had
no record of treatment after 28 days. For syphilis and new HIV diagnoses the numbers were small but every
one was serious: one young man with early syphilis was only treated after his partner, also untested,
became pregnant and was diagnosed at her antenatal booking.

The problem sat between organisations. The council commissions the service and sets its targets, but
those targets were about the number of tests done and how quickly results were sent, not about whether
people with a positive result were treated. The trust ran the clinics and employed the health advisers,
but had no easy way of seeing every open case at once. The messaging company sent the texts, but only
knew whether a message had been delivered, not whether anyone had acted on it. Each part worked as it
was designed to, and still people fell through.

We decided that the measure that mattered was simple: was every person with a positive result treated,
and how quickly? Everything we changed was aimed at that question.
"""),
        ("evidence", "WHAT HAS CHANGED", """
From May 2023 the text message was redesigned, the sender name now shows as the clinic, and the person
can reply to choose a call-back time. Anyone who has not been reached after 48 hours is passed to a
dedicated results health adviser, who tries other routes agreed at the time of testing, including
email, the GP practice and, with consent, a partner notification worker. A weekly dashboard, built by
the messaging company, shows every positive result and its status, and is reviewed by the council and
the trust at a monthly meeting.

<<Q:The proportion of people with a positive chlamydia or gonorrhoea result who had no record of
treatment after 28 days has more than halved, from 14% to 6%.>> <<Q:The median time from a positive
result to treatment fell from 11 days to 4 days.>> <<Q:Cases closed as 'unable to contact' went from 212
in 2022/23 to 61 in 2023/24.>>

The service now sends about 4,500 result texts a month.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<P:We asked young people at the city's youth sexual health drop-in what they would do if they got a
text asking them to call, and they told us bluntly that they would assume it was a scam or would be too
scared to ring, so the new message says plainly that treatment is free, quick and confidential.>>
<<P:Volunteers from a local HIV peer support charity tested six versions of the message on their own
phones and chose the final wording.>> <<P:People who had been treated after a positive result were
asked, at their treatment visit, how they would have preferred to be contacted, and their answers led to
the reply-to-book option.>>

<<S:The trust's health advisers set out the steps for the results adviser role themselves and wrote the
escalation routes.>> <<S:Relay Messaging's developers sat in the clinic for two days with the health
advisers to understand how results were handled before they built the dashboard.>> <<S:Clinic
receptionists suggested that the call-back times offered by text match their own staffing, and the
options were changed to fit.>>
"""),
        ("value", "VALUE", """
The results adviser post is funded from within the existing contract. The messaging company charged a
one-off fee of £6,500 for the dashboard. Untreated chlamydia can cause pelvic inflammatory disease and
infertility, and untreated syphilis in pregnancy can cause stillbirth; preventing even one such case
pays for the whole project many times over.

The monthly meeting has also changed how the council commissions the service. The contract now includes
a measure of the time from a positive result to treatment, alongside the older measures of tests done,
and the trust reports it every month. This gives both organisations a shared picture of what matters for
safety, rather than activity alone.
"""),
        ("spread", "SHARING", """
The dashboard and the message wording have been shared with the other councils in our regional sexual
health commissioning group, and two have asked their providers to adopt them. The trust's health advisers
presented the work at a national sexual health conference in 2024.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1670  interpreter need recorded on the referral and booked with the first
#        appointment - docx - numbered questions with cover bullets - refugee
#        charity CEO, warm - charity with an acute trust and a GP federation -
#        service users involved - NO staff involvement (booking staff trained,
#        an interpreting manager doing her job, GPs told, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1670", format="docx", layout="numbered_questions", topic="interpreter_flag_on_referral_first_appointment",
    project="independent105-firsttime-1670", docx_font="Arial",
    title="Right First Time: an interpreter booked with the first outpatient appointment",
    cover=[
        "An entry to the Best Partnership Solution Improving Patient Safety category",
    ],
    cover_bullets=[
        "Lead: Welcome House Kelsham (refugee and migrant support charity)",
        "Partners: Kelsham Royal Hospital NHS Trust; North Kelsham GP Federation",
        "Written by: Amira Haddad, Chief Executive, Welcome House Kelsham",
    ],
    primary_entrant=dict(name="Welcome House Kelsham", type="charity"),
    partners=[
        dict(name="Kelsham Royal Hospital NHS Trust", type="nhs_trust"),
        dict(name="North Kelsham GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "1. Why was the partnership needed?", """
Welcome House supports around 1,200 refugees, people seeking asylum and other migrants in Kelsham each
year. Our caseworkers spend a surprising amount of their time on hospital appointments. Time and again,
someone who does not speak English arrives for their first outpatient appointment and there is no
interpreter. Sometimes the clinic finds a telephone interpreter; sometimes a child or a stranger in the
waiting room is asked to help; sometimes the appointment is cancelled and the person goes back to the
bottom of the list.

The root of the problem was simple. GP practices knew the person needed an interpreter, and most GP
referral letters said so somewhere. But the hospital's booking system had no field for it, and booking
staff only read the referral's front page. Interpreters were only booked if the patient or a caseworker
rang ahead, and many of our clients did not know they could.

We collected cases over six months in 2022. Among them were a Tigrinya-speaking woman who was consented
for a gynaecological procedure with her 12-year-old son interpreting, an Arabic-speaking man who was told
about a cancer diagnosis through a telephone interpreter on a bad line, and a Dari-speaking grandmother
who was sent home from a diabetes clinic because no interpreter was available and who was not offered
another appointment for four months.

We took these cases to the hospital's patient experience team and the GP federation, and they agreed
that this was a safety problem and not only an inconvenience.

The safety goals we agreed were that every person who needs an interpreter should have one booked for
their first outpatient appointment without having to ask, that no child should be asked to interpret
for a parent in a hospital clinic, and that appointment letters should be understood by the people they
are sent to.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
Since July 2023 the GP federation's referral template has a mandatory question: 'Does this patient need
an interpreter? If so, which language and dialect?' The answer travels with the referral into a new field
in the hospital's booking system. When the first appointment is booked, the interpreter is booked at the
same time, and appointment letters go out with a translated cover note saying that an interpreter has
been arranged.

The hospital's interpreting service compared the six months before and after the change for first
outpatient appointments. <<Q:First appointments where a patient who needed an interpreter arrived to
find none booked fell from 38% to 7%.>> <<Q:First appointments cancelled on the day because no
interpreter was available went down from 164 to 29.>> <<Q:Recorded use of family members or friends as
interpreters at first appointments dropped from 71 occasions to 12.>>
"""),
        ("spread", "3. How has the work been shared?", """
The referral question is now part of the template used by all GP practices in the county. The hospital
has added the interpreter field to its booking for its community clinics as well. We have shared our
case collection and the translated cover note with refugee support organisations in three other cities.
"""),
        ("value", "4. What has been the impact and value for money?", """
Booking an interpreter in advance costs the same as booking one on the day, and face-to-face
interpreters booked in advance are easier to find for less common languages. A cancelled appointment
costs the hospital the slot and costs the patient weeks or months. Our caseworkers now spend far less
time ringing clinics.

For our clients the difference is dignity as much as safety. One man told us, after a kidney clinic
appointment with an interpreter he had not needed to ask for, that it was the first time in England he
had understood everything a doctor said to him.

There have been unexpected benefits as well. Because the language and dialect now sit on the hospital
record from the first referral, inpatient wards and the emergency department can see them too. The
interpreting service says that it now has a clearer picture of which languages are in demand, and has
recruited interpreters in two languages it struggled to cover before. Our caseworkers are using the
time they have got back to help clients register with GPs and dentists, which is where many problems
start.
"""),
        ("stakeholders", "5. How were patients and staff involved?", """
<<P:Eight clients from Welcome House's women's group and men's group told their stories to the project
group, through our own interpreters, and chose which of the cases should be used to explain the
problem.>> <<P:It was the women's group that asked for the cover note on appointment letters to be
translated, because they said an English letter was usually put aside until a caseworker could read
it.>> <<P:Clients who speak Dari, Tigrinya, Arabic and Kurdish Sorani checked the translated notes and
corrected two of them.>>

The hospital's booking staff were trained in using the new field. The interpreting services manager,
Sarah Lund, oversaw the booking process as part of her role. GP practices were told about the new
referral question by the federation's newsletter. We hope to bring booking staff and caseworkers together
for a joint session later this year.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1671  two-way text reminders to cancel and rebook - pdf - bullet lists -
#        PRIVATE booking software company as primary entrant, with an acute
#        trust (ineligible) - product director, upbeat - patients involved
#        (through pronouns) and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1671", format="pdf", layout="bullet_lists", topic="two_way_text_reminders_cancel_rebook",
    project="independent105-replyrebook-1671", pdf_font="LiberationSans", pdf_align="L",
    title="Reply to Rebook: two-way appointment reminders that free slots for the people who need them",
    cover=[
        "Submitted by Slotwise Health Technologies Ltd",
        "Working with Pellingham and Ross Hospitals NHS Foundation Trust",
        "Contact: Product Director, Slotwise Health Technologies Ltd",
    ],
    primary_entrant=dict(name="Slotwise Health Technologies Ltd", type="private"),
    partners=[
        dict(name="Pellingham and Ross Hospitals NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The challenge", """
Pellingham and Ross Hospitals sees about 620,000 outpatient appointments a year. In 2022:

- around 8% of appointments were missed without notice, one of the highest rates in the region

- the trust's reminder texts were one-way: they told people the time and asked them to phone if they could not come

- the phone line for cancellations was answered within five minutes less than half the time

- slots given up at short notice were rarely refilled, while urgent patients waited weeks

- missed appointments were highest in ophthalmology, diabetes and paediatrics, where a delayed review can mean lasting harm

- when someone missed an appointment, the clinic had no idea whether they had forgotten, were unwell, or no longer needed to come

The trust had tried the usual things. It sent reminders earlier, it sent a second reminder, and it put
posters in the waiting areas asking people to let the hospital know if they could not come. None of
these made much difference, because the hard part for the patient was still the phone call. For many
people the cancellation line was open only during working hours, and those were the hours in which they
could least easily make a call.

Slotwise had built two-way messaging for dental and physiotherapy practices. In late 2022 the trust's
outpatient director asked whether the same approach could work at the scale of a large acute trust,
with far more clinics, far more complex booking rules, and patients whose clinical priority had to come
first. We agreed to work on it together, with the trust's booking and clinical teams setting the rules
and our engineers building them.
"""),
        ("evidence", "Results", """
Reply to Rebook went live across the trust's adult outpatients in February 2023 and in paediatrics in
September 2023. People reply 1 to confirm, 2 to cancel or 3 to rebook, and a cancelled slot is offered
straight away to patients on a clinically prioritised 'ready at short notice' list.

- <<Q:the missed appointment rate fell from 8.1% in 2022 to 5.4% in 2024>>

- <<Q:in ophthalmology, patients with glaucoma or macular disease who were more than 25% overdue for review went from 4,120 to 2,690 over the same period>>

- 61,000 slots were given up by text in 2024, and 78% of them were refilled

- 212,000 confirmation replies were received in 2024

- the ready at short notice list has around 3,000 patients on it at any time

- the system is live in 41 specialties, and in the remaining clinics, such as injection clinics and chemotherapy, it is switched off by design

- the trust's own analysis found no difference in the missed appointment rate between patients who had a smartphone and those who did not, which was one of the concerns raised at the start
"""),
        ("stakeholders", "Who helped design it", """
- <<P:we met people in the waiting areas of the eye clinic and the diabetes centre over four days, and they told us plainly that they did not want to ring a phone line to cancel>>

- <<P:they also told us that a text offering an earlier slot should give them at least two hours to answer, because many are at work, so the offer window is now three hours>>

- <<P:parents at the children's outpatients department reviewed our wording and asked for the child's first name to be left out of the message for safety>>

- <<S:the trust's outpatient booking coordinators helped us set the rules for which patients are offered a freed slot, so that clinical priority always comes before length of wait>>

- <<S:ophthalmology consultants and nurses marked which appointment types could be offered at short notice and which could not, and asked for injection clinics to be excluded>>

- <<S:the trust's information governance team tested the reply handling with us and asked for replies from unrecognised numbers to be ignored>>
"""),
        ("value", "Value", """
- the trust pays a per-message fee within its existing reminder budget

- every refilled slot is a consultation that would otherwise have been wasted

- the cancellation phone line now receives far fewer calls, and booking staff can spend time on more complex bookings

- patients who give up a slot no longer have to wait on hold, which many told us had been the main reason they simply did not turn up

- the trust has not needed to add extra clinic sessions in ophthalmology to bring overdue reviews down, although demand has continued to grow
"""),
        ("spread", "Spread", """
- two more trusts in the same region have started using Reply to Rebook

- the trust has shared its rules for clinically prioritised rebooking with its ICB's elective recovery programme

- we have published the reply keywords and message templates so that any trust can use them, whichever supplier it works with
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1672  straight-to-test triage of lower GI referrals with FIT - docx -
#        rubric headings - departments of one acute trust, no partner
#        (ineligible) - consultant gastroenterologist, technical - staff
#        involved - NO patient involvement (patients as beneficiaries, sent
#        letters and kits, informed, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1672", format="docx", layout="rubric_headings", topic="fit_straight_to_test_lower_gi_triage",
    project="independent105-fitfirst-1672", docx_font="Calibri",
    title="FIT First: straight-to-test triage of suspected lower gastrointestinal cancer referrals",
    cover=[
        "Entrant: Dunmore Valley Hospitals NHS Trust",
        "A partnership between the trust's Gastroenterology, Colorectal Surgery, Pathology and Endoscopy departments",
        "Contact: Dr Rhys Maddox, Consultant Gastroenterologist and Clinical Lead for Lower GI Cancer",
    ],
    primary_entrant=dict(name="Dunmore Valley Hospitals NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Describe the partnership and why it was needed", """
Our trust receives around 9,000 urgent referrals a year for suspected lower gastrointestinal cancer. Until
2022 almost all of them were booked into a clinic appointment with a colorectal surgeon or
gastroenterologist, and most patients then waited again for a colonoscopy. Waiting times for the first
appointment had stretched to more than four weeks and the colonoscopy list was full of people at very
low risk, while people with a high chance of cancer waited alongside them.

A faecal immunochemical test, or FIT, measures blood in a stool sample. National guidance now says that
most people referred with lower GI symptoms should have a FIT result with their referral, and that the
result can be used to decide who needs urgent investigation. But in our trust the referral triage,
the clinic booking, the laboratory result and the endoscopy booking were handled by four departments
that did not share a process. Referrals arrived without a FIT result, triage clinicians could not see
the result when it did exist, and a high result did not move the patient up the endoscopy list.

We also found patients being lost. An audit of 2021 referrals found 42 patients whose FIT kit had been
sent out and never returned, with nobody chasing them; three of them were later diagnosed with
colorectal cancer through an emergency admission.

The four departments each had good reasons for working the way they did. The laboratory processed kits
in the order they arrived. The booking team booked clinics in the order referrals arrived. Endoscopy
booked in order of the date the test was requested. The clinicians triaged the referral letter in front
of them. Nobody owned the whole pathway, and the patient moved through it as a series of separate
queues. Bringing the departments together meant agreeing a single owner, which the trust's cancer board
gave to the lower GI clinical lead, and a shared set of rules written down in one place.

The safety goals we agreed were that no patient with a high FIT result should wait longer than two
weeks for a test, that no kit should go unreturned without someone chasing it, and that low-risk
patients sent back to their GP should never be left without a plan.
"""),
        ("evidence", "What evidence is there of improvement in safe care?", """
The 'FIT First' pathway went live in October 2022. Every referral is triaged within one working day by a
nurse specialist using the FIT result and a short symptom checklist. Patients with a FIT of 10 or above,
or with specified red flag features, go straight to a test, usually colonoscopy or CT colonography,
without a clinic appointment first. Patients with a low FIT and no red flags have a telephone assessment
and are safety-netted back to their GP with a clear plan. A daily list of kits not returned after 14
days goes to the triage nurses, who chase every one.

<<Q:The median time from referral to first test for patients with a FIT of 10 or above fell from 27 days
in 2021/22 to 9 days in 2023/24.>> <<Q:Kits sent out and never returned went from 11% of those issued to
2%.>> <<Q:The proportion of colorectal cancers in our catchment diagnosed after an emergency admission
dropped from 24% to 15% over the same period.>>

Colonoscopy capacity released for high-risk patients was about 1,300 procedures a year.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:The triage checklist was developed by the colorectal nurse specialists, who trialled it on 300 past
referrals and compared their decisions with what had actually happened before it was used on live
patients.>> <<S:Biomedical scientists in the pathology department pointed out that results were only
reaching the referral record if the kit had the NHS number on it, and redesigned the kit request form so
that it is always printed.>> <<S:Endoscopy booking staff asked for a separate 'FIT high' list rather than
flags on the main list, and built it with the IT department.>> <<S:Consultants from both gastroenterology
and colorectal surgery met monthly for the first year to review every cancer diagnosed in a low-FIT
patient.>>

Patients are sent a letter and a kit with clear instructions, and told by text when their result is back.
They are the people who benefit most from a shorter wait. We intend to ask patients about their
experience of the pathway in 2025.
"""),
        ("value", "What has been the impact on value for money?", """
A clinic appointment costs about £180 and most straight-to-test patients no longer need one before their
colonoscopy. Low-risk patients avoid an unnecessary invasive procedure. The chasing of unreturned kits takes
a triage nurse around an hour a day. Earlier diagnosis means more cancers are found at a stage when they
can be cured with less extensive treatment.

The pathway has also made the work of the four departments more predictable. Endoscopy knows each
morning how many high-FIT patients are coming through, and the laboratory reports FIT results within
two working days as a standard.
"""),
        ("spread", "How has the work been shared and spread?", """
The pathway has been presented to the regional cancer alliance and adopted by one neighbouring trust. The
triage checklist has been shared through the alliance's lower GI pathway group. We are applying the same
straight-to-test approach to suspected upper GI cancer referrals in 2025.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1673  glaucoma follow-up slipping in the booking queue - pdf - with
#        appendix - glaucoma support group chair, personal - patient group
#        with the acute trust's eye unit and the ICB - members and staff
#        involved - a shift on an SPC chart
# ---------------------------------------------------------------------------
entry(
    id="I1673", format="pdf", layout="with_appendix", topic="glaucoma_follow_up_overdue_booking",
    project="independent105-sightline-1673", pdf_font="LiberationSerif", pdf_align="J",
    title="Sightline: stopping people with glaucoma losing sight while their follow-up slips",
    cover=[
        "Lead organisation: Arnwick Glaucoma Support Group",
        "Partners: Arnwick and Tull Hospitals NHS Trust (Ophthalmology); NHS Tull Valley Integrated Care Board",
        "Entry written by the group's chair, with the eye unit's glaucoma lead",
    ],
    primary_entrant=dict(name="Arnwick Glaucoma Support Group", type="patient_group"),
    partners=[
        dict(name="Arnwick and Tull Hospitals NHS Trust", type="nhs_trust"),
        dict(name="NHS Tull Valley Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Why we started", """
Our group was set up in 2015 by a handful of people who met in the waiting room of the Arnwick eye
clinic. Today we have about 340 members, all living with glaucoma or caring for someone who is. Glaucoma
damages the optic nerve slowly and without pain. Whatever sight is lost cannot be restored, which is
why regular pressure checks and field tests matter so much: they catch a change before it becomes
blindness.

During 2021 and 2022 our members started telling us the same story. Their follow-up appointment, due in
four or six months, had not arrived. When they rang the booking line they were told they were 'on the
list' and would be contacted. Some waited more than a year. One of our longest-standing members, a
retired postman, lost the central vision in his better eye while he waited, and had to give up
driving and then reading.

We wrote to the hospital, and to its great credit the eye unit's glaucoma lead invited us to meet. It
turned out that the hospital was just as worried as we were. More than 5,000 glaucoma patients were
past the date they should have been seen. The booking system sorted them by how long they had been
waiting past their due date, not by how much sight they had to lose. A patient with advanced disease in
their only good eye could sit behind someone with a raised pressure and healthy nerves.

<<P:Our committee members, several of whom have lost sight themselves, worked with the glaucoma
consultants through the summer of 2022 to agree how patients should be prioritised.>> <<P:They were
insistent that risk, not waiting time, should decide the order, and that people who had never been told
what stage their glaucoma was at should be told.>>
"""),
        ("evidence", "What has happened", """
From January 2023 every patient on the glaucoma follow-up list was given a risk rating, high, medium or
low, by the glaucoma nurses and optometrists using the notes and the last field test. High-risk
patients are booked first, and no high-risk patient is allowed to go more than 25% past their due date
without a consultant review. Low-risk patients with stable disease are offered monitoring at one of six
accredited community optometry practices, funded by the ICB, with results reviewed virtually by the
hospital.

The eye unit tracks the number of high-risk patients overdue on a weekly statistical process control
chart. <<Q:The chart shows a sustained shift from April 2023: the weekly median of high-risk patients
more than 25% overdue fell from around 410 to around 60, and has stayed below the lower control limit
since.>> <<Q:Patients found at a follow-up visit to have lost vision because of a delay, recorded by
the consultants as 'harm from delay', went from 38 in 2022 to 9 in 2024.>>

About 1,700 low-risk patients are now monitored in the community.
"""),
        ("stakeholders", "How people took part", """
<<S:The glaucoma nurses and hospital optometrists designed the risk rating and tested it on a sample of
500 records, which showed that two of the first draft's categories needed merging.>> <<S:Community
optometrists in the six accredited practices agreed the test protocol with the hospital and asked for a
direct phone line to a glaucoma nurse for urgent concerns, which was set up.>> <<S:Booking clerks told
the project group which parts of the booking screen they actually looked at, so the risk rating was put
in the first column.>>

<<P:Members of our group rang every high-risk patient who had been waiting longest, with the hospital's
agreement, to explain what was happening and to ask whether anything had changed with their eyes.>>
<<P:Those calls uncovered eleven people who had noticed a change, and the group's volunteers then
helped redesign the letter that all patients now receive, so that it tells them what to do if their
sight changes while they wait.>>
"""),
        ("value", "Value", """
The community monitoring costs less per visit than a hospital appointment and is closer to home for most
patients. The risk rating took the glaucoma team a few weeks of work. The volunteers' time was given
freely. The cost to a person of losing their sight, and to the NHS and social care of supporting them,
is very large.

For our members the value is harder to put into figures. Several have told us that simply knowing where
they stand, and knowing that someone is watching the list, has taken away much of the worry of waiting.
Some low-risk members prefer being seen at a local optometrist, where there is no hospital car park and
the appointment is on time.
"""),
        ("spread", "Spread", """
The risk rating has been shared with the regional eye care network and is being used by a neighbouring
trust. We have spoken at two national patient group events about how a small support group can work
with a hospital on something this technical.
"""),
    ],
    trailer=[
        ("heading", "Appendix: definitions and sources"),
        ("para", "Risk rating: high risk means advanced field loss or an only eye, or uncontrolled pressure at the last visit; medium risk means early to moderate damage with controlled pressure; low risk means suspected glaucoma or ocular hypertension with a healthy nerve. Harm from delay is recorded by the consultant at the visit using the trust's standard definition."),
        ("para", "Weekly overdue figures come from the trust's outpatient waiting list data. Community monitoring activity is reported monthly to NHS Tull Valley Integrated Care Board. Arnwick Glaucoma Support Group, c/o The Eye Unit, Arnwick General Hospital, Arnwick AR3 5TL."),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1674  appointment letters sent to out-of-date addresses - docx - style
#        headings - head of patient access, matter-of-fact - acute trust with
#        a GP federation - patients involved - NO staff involvement (booking
#        staff briefed, a named lead doing her job, a staff survey that
#        changed nothing, practices informed)
# ---------------------------------------------------------------------------
entry(
    id="I1674", format="docx", layout="style_headings", topic="appointment_letters_wrong_address",
    project="independent105-rightdoor-1674", docx_font="Calibri",
    title="Right Door: making sure appointment letters reach the patient's current address",
    cover=[
        "Lead organisation: Kingsmere Hospital NHS Foundation Trust, Patient Access",
        "Partner: Brackenfield and Kingsmere GP Federation",
        "Contact: Head of Patient Access",
    ],
    primary_entrant=dict(name="Kingsmere Hospital NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Brackenfield and Kingsmere GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "Background", """
Every year our trust sends out around 700,000 appointment letters. For most people, the address on the
letter is the address where they live. For a significant minority it is not. People move home, and
tell their GP but not the hospital. Students, people in temporary accommodation and people fleeing
domestic abuse move often. Some addresses are simply typed wrongly at the first registration.

We knew returned letters were a nuisance. We did not understand that they were a safety risk until 2022,
when we reviewed the case of a woman in her thirties who missed three colposcopy appointments after an
abnormal smear. All three letters went to a house she had left two years earlier. She was discharged
for non-attendance, and by the time she was referred again she needed treatment that could have been
avoided. Her GP practice had held her correct address throughout.

We then looked at returned mail. The post room was receiving around 1,100 returned letters a month,
putting them in boxes and, after a few weeks, shredding them. Nobody checked whether the appointment had
been missed. Our patient administration system only checked the national address record when a patient
was first registered, not every time a letter was sent.

There was a further complication. The GP practices in the federation were holding more up-to-date
addresses than the hospital for many patients, but there was no routine way for that information to
travel. A patient who moved and registered with a new practice would have their address updated on the
national record eventually, but a patient who moved within the same practice area, and simply told the
receptionist, might not. Hospital booking staff could see the national record only if they opened a
separate screen, which in practice they did only when a letter came back.

The safety goal was straightforward: every appointment letter should go to the address where the
patient actually lives, and when it does not, someone should find out before the appointment is
missed rather than afterwards.
"""),
        ("evidence", "Evidence of improvement", """
From May 2023 we made three changes. First, the patient administration system now checks the address
against the national record every night for every patient with a letter due in the next week, and
updates it automatically where the national record is newer. Second, every returned letter is scanned
and logged, and the patient is contacted by phone and text within two working days. Third, the GP
federation's practices send a weekly file of address changes for patients who have told the practice
they have moved, and the trust's records are updated from it.

<<Q:Returned appointment letters fell from an average of 1,100 a month in 2022 to 240 a month in the
second half of 2024.>> <<Q:Missed first appointments where the letter had gone to an old address went
from 2.3% of all missed first appointments to 0.4%.>> <<Q:Patients discharged for non-attendance who
were later found never to have received their letters went down from 96 in 2022/23 to 14 in
2024/25.>>
"""),
        ("stakeholders", "Involvement", """
<<P:We contacted twelve patients who had missed appointments because of letters sent to old addresses,
and several agreed to meet us; they told us that they had assumed updating their GP would update the
hospital, and that was what led us to set up the weekly file from practices.>> <<P:A group of students
from the local university's students' union tested our text message about returned letters and told us
it looked like a phishing message, so it was rewritten to include the name of the clinic and no
link.>> <<P:A survivor of domestic abuse, introduced through a local refuge, helped us write the rules
for patients whose address must not be shared, so that no automatic update can reveal a new address.>>

Booking staff were briefed on the new process at team meetings. The changes were led by our Patient
Access Manager, Lucy Brennan, as part of her role. We surveyed booking staff after six months and they
were happy with the process, so nothing was changed. Practices in the federation were informed by
email when the weekly file started.
"""),
        ("value", "Value", """
Each returned letter costs postage and printing, about 90p, and far more in a wasted clinic slot. The
nightly address check uses an existing national service at no extra cost. The weekly file from practices
took the federation's data team about a week to set up. The main value is in appointments that people
now receive and attend.

There is a safeguarding value too. Before the change, an automatic update could in principle have
copied a new address from one record to another without anyone checking whether the patient wanted it
shared. The rules we now follow mean that records flagged for address protection are never updated
automatically, and are checked by a named person in the patient access team.
"""),
        ("spread", "Sharing and spreading", """
We have shared the nightly check with the other two trusts in our integrated care system, one of which
has switched it on. The federation has offered the weekly address file to the community trust for its
district nursing and therapy letters.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1675  missed outpatient appointments for people in temporary and
#        supported housing - pdf - form table - housing association head of
#        support, plain - housing association with the council and the acute
#        trust - staff involved - NO patient involvement (residents surveyed
#        with nothing changed, told, beneficiaries) - NO quantitative evidence
#        (appointments supported, a single figure, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1675", format="pdf", layout="form_table", topic="missed_appointments_temporary_supported_housing",
    project="independent105-gettingthere-1675", pdf_font="LiberationSans",
    title="Getting There: helping people in supported and temporary housing keep hospital appointments",
    cover_table=[
        ("Entry title", "Getting There: helping people in supported and temporary housing keep hospital appointments"),
        ("Lead organisation", "Harbourside Homes (housing association and registered charity)"),
        ("Partners", "Saltmouth City Council (Housing Options); Saltmouth University Hospitals NHS Trust"),
        ("Entrant", "Head of Support Services, Harbourside Homes"),
    ],
    primary_entrant=dict(name="Harbourside Homes", type="charity"),
    partners=[
        dict(name="Saltmouth City Council", type="local_authority"),
        dict(name="Saltmouth University Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why was the partnership needed? What were the safety goals?", """
Harbourside Homes runs supported housing for around 600 people in Saltmouth, including young people
leaving care, people recovering from homelessness and people with mental health problems. We also
manage much of the council's temporary accommodation for homeless families.

Our support workers saw the same thing again and again: residents with serious health conditions who
were missing hospital appointments. Letters went to a previous address, or arrived at a hostel and sat
in a pigeonhole. Residents moved between rooms and buildings without the hospital knowing. Some could not
afford the bus fare or did not know how to get to the hospital. After two missed appointments they were
usually discharged, and the cycle started again with the GP.

In 2022 a resident with type 1 diabetes who had missed several diabetes clinic appointments was found
unconscious in his room with diabetic ketoacidosis. A young woman in temporary accommodation missed an
antenatal scan and a follow-up for a heart murmur because the letters went to her mother's address.

The goals were to make sure that appointment letters for our residents reach them, that someone helps
them get there, and that the hospital does not discharge a resident for missing appointments without
talking to us first.

We also wanted the hospital to understand the lives of the people we house. A resident who misses an
appointment is rarely being careless. They may have moved three times in a year, have no credit on
their phone, be unable to read the letter, or be frightened of hospitals after past experiences. Some
have had their care ended so many times that they no longer expect anything else. A discharge letter
sent to their GP, when they may not even be registered with one, closes the door.

The partnership was formed in late 2022 after our director of housing and the hospital's deputy chief
operating officer met at a city health and housing board. The council joined because it places families
in temporary accommodation and knows when they are moved, often at very short notice.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Since April 2023, with the resident's consent, the hospital records a 'supported housing' alert and the
name of the support worker on its system. Appointment letters are copied to the scheme office, and a
text goes to the support worker a week before. The council's housing options team tells the hospital
within two days when a family in temporary accommodation is moved. A missed appointment for a resident
with an alert triggers a call to the support worker before any decision to discharge.

In the year to March 2024, 412 residents had the alert added, and support workers helped with 1,380
hospital appointments, including 260 where they went with the resident. The council paid for 940 bus
and taxi journeys. In March 2024, 88% of appointments for residents with an alert were attended.

Our target is for no resident with an alert to be discharged for non-attendance without a call to
their support worker. We are not there yet. The hospital is working on a report that will let us
compare missed appointments before and after.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Support workers from our young people's and mental health schemes designed the consent form and the
alert wording with the hospital's outpatient managers, and they cut the consent form from four pages to
one because residents would not sign something they could not read.>> <<S:The hospital's diabetes and
maternity clinic teams agreed to pilot the missed appointment call and changed the timing after the
first month so that the call is made on the same day.>> <<S:Council housing officers worked out with us
how the move notification could be sent securely, and they asked for a single email address at the
hospital so that it is not lost.>>

Residents were told about the scheme at house meetings and asked to sign the consent form. We surveyed
residents in the autumn and most said the support was helpful, so we carried on as before. The people
who benefit are residents who would otherwise have slipped through.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
Support workers already spent time helping residents with health; the scheme makes that time count. The
council's transport budget for the scheme is £14,000 a year. Every emergency admission avoided, such as a
diabetic emergency, saves thousands of pounds and can save a life.

Support workers tell us the scheme has changed their relationship with the hospital. They used to find
out about a missed appointment weeks later, if at all, usually from a resident waving a discharge letter.
Now they hear before it happens and can do something about it. Outpatient staff say it helps to have a
named person to call who knows the resident.
"""),
        ("spread", "How has the work been shared and spread?", """
Two other housing providers in the city have asked to join the scheme. The hospital is considering an
alert for people living in council temporary accommodation who are not our residents.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1676  falls clinic referrals from ambulance crews never booked - docx -
#        reordered (results first) - ambulance service falls lead, brisk -
#        ambulance service with a community trust and a council - staff
#        involved; patients involved only in the value section - NO spread
#        section
# ---------------------------------------------------------------------------
entry(
    id="I1676", format="docx", layout="reordered", topic="ambulance_falls_clinic_referrals_not_booked",
    project="independent105-nextstep-1676", docx_font="Cambria",
    title="Next Step: making sure a referral to the falls clinic from an ambulance crew becomes an appointment",
    cover=[
        "Lead: Westmarch Ambulance Service NHS Trust",
        "Partners: Westmarch Community Healthcare NHS Trust (Falls Prevention Service); Barrowdale County Council (Adult Social Care)",
        "Author: Falls and Frailty Lead Paramedic",
    ],
    primary_entrant=dict(name="Westmarch Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Westmarch Community Healthcare NHS Trust", type="nhs_trust"),
        dict(name="Barrowdale County Council", type="local_authority"),
    ],
    sections=[
        ("evidence", "Results", """
<<Q:Referrals from our crews to the falls clinic that led to a booked appointment within six weeks went
from 39% in 2022 to 87% in 2024.>> <<Q:Repeat 999 calls for a fall within 90 days among people our crews
had referred fell from 27% to 16% over the same years.>> <<Q:People waiting more than 12 weeks for a
falls assessment after an ambulance referral went down from 640 to 55.>>

Crews made about 7,800 falls referrals in 2024.
"""),
        ("context", "The problem", """
Our crews attend around 40,000 falls a year in Barrowdale. Most of the people we see are older and many
are not injured enough to go to hospital. Since 2019 crews have been able to refer these people to the
community falls prevention service, which offers a strength and balance assessment, a medicines review
and home hazard checks.

The referral went by secure email to a shared inbox at the community trust. In 2022 we found out that
well over half of these referrals never became an appointment. Some were incomplete, some went to the
wrong inbox, some were rejected because the person lived just over the county boundary, and some were
simply not processed when the service was short-staffed. Crews had no way of knowing what happened.
People were told 'someone from the falls service will be in touch', and then nobody was.

We met the community trust and the council's reablement team and found that all three organisations had
a piece of the answer. We now use a single electronic referral built into the crews' patient record,
which goes into the community trust's booking system directly, with a booking target of 10 working days.
Anyone not booked within that time is flagged to a falls coordinator employed jointly by the trust and
the council, who also arranges equipment and reablement where needed.

The falls coordinator also reviews any referral that cannot be booked, for example because the person
has gone into hospital or has moved, and writes back to the crew's station so that the crew know what
happened. That feedback loop was one of the things crews had asked for most: they had been making
referrals for years without ever hearing whether anything came of them, and many had stopped bothering.

The partnership meets monthly. The ambulance service brings its referral data, the community trust its
booking data and the council its reablement data, and the three are put side by side. For the first
time, we can follow a person from the moment a crew arrives at their home after a fall to the moment
they are seen by a physiotherapist, and we can see where they get stuck.
"""),
        ("stakeholders", "Who was involved", """
<<S:Paramedics from four stations tested the electronic referral on their tablets for six weeks and
asked for it to be cut down to the questions they could answer on scene.>> <<S:Falls service
physiotherapists and administrators agreed which fields were essential for booking, and they removed the
county boundary rule so that referrals are passed on rather than rejected.>> <<S:Council reablement
managers helped write the falls coordinator's job description and sit on the monthly review of the
flagged list.>>
"""),
        ("value", "Value and experience", """
The falls coordinator post costs about £41,000 a year, shared between the community trust and the
council. A fall resulting in a hip fracture costs the NHS and social care many times that. Each repeat
999 call for a fall takes an ambulance out of service for an average of two hours.

<<P:We went back to eighteen people our crews had referred in 2022 and never heard of again, and their
accounts of waiting, and of being afraid to get up in case they fell, were used to shape the leaflet
crews now leave.>> <<P:Three of them also tested the leaflet and asked that it give the falls service's
phone number rather than ours.>>

Crews tell us they can now leave someone at home knowing that the referral will be followed up.

The partnership has also been good for the relationship between the three organisations. Before this
work, the falls service saw ambulance referrals as a source of poor-quality paperwork and the ambulance
service saw the falls service as a black hole. Both views have softened now that each can see the
other's figures. The council has found that some people referred for a falls assessment were already
known to its reablement team, and the two services now share a single visit where they can.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I1677  language asked at the first booking call and interpreter booked
#        with the appointment - pdf made from Word (soffice) - style headings
#        - PRIVATE interpreting company as primary entrant, with the acute
#        trust and the ICB (ineligible) - operations director, corporate -
#        patients and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1677", format="pdf", layout="style_headings", topic="language_question_at_booking_interpreter",
    project="independent105-askonce-1677", render_via="soffice", docx_font="Liberation Serif",
    title="Ask Once: recording language at the first booking call so every appointment has an interpreter",
    cover=[
        "Primary entrant: LinguaCare Interpreting Services Ltd",
        "Partners: Marlow Cross Hospitals NHS Trust; NHS Marlow and Deane Integrated Care Board",
        "Submitted by the Operations Director, LinguaCare Interpreting Services Ltd",
    ],
    primary_entrant=dict(name="LinguaCare Interpreting Services Ltd", type="private"),
    partners=[
        dict(name="Marlow Cross Hospitals NHS Trust", type="nhs_trust"),
        dict(name="NHS Marlow and Deane Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "The challenge", """
LinguaCare has provided face-to-face, video and telephone interpreting to Marlow Cross Hospitals since
2019. Over that time we have seen the same pattern repeated hundreds of times. An interpreter is
requested on the morning of an outpatient appointment, or not at all, because the clinic only finds out
that the patient needs one when they arrive. Less common languages cannot be covered at short notice.
The clinic goes ahead with a relative interpreting, or with a telephone interpreter on a speakerphone,
or the patient is sent away.

The trust's central booking team books around 45,000 new outpatient appointments a year by phone. Until
2023 the booking call script did not ask about language at all. A language field existed on the
patient record, but it was filled in for fewer than one in five patients, and much of what was
recorded was wrong: 'Indian' or 'Asian' as a language, or 'Kurdish' with no dialect.

An incident in 2022 brought the issue into focus. A Portuguese-speaking woman attended a follow-up
appointment for a breast lump; her husband interpreted, and she later said she had not understood that
she needed a biopsy. She missed the biopsy appointment that was sent by letter. Her cancer was diagnosed
seven months later.

The problem was not a shortage of interpreters. In most languages we could supply an interpreter with a
day or two's notice. It was that the need was discovered too late. Responsibility was split: the GP
referral might say that the patient needed an interpreter, the booking team might or might not notice,
the clinic might or might not request one, and the request might arrive with us an hour before the
appointment. Each step was a chance for the need to be lost.

We approached the trust's head of outpatients in late 2022 with a proposal: if the need was captured
once, at the first booking call, and sent to us automatically, we could guarantee cover for most
appointments. The ICB, which was leading work on health inequalities across the system, agreed to
support the change and to measure its effect.
"""),
        ("evidence", "What has improved", """
Since March 2023 the booking call script asks every patient, 'What language would you like to use for
your appointment?', followed by a prompt for dialect and for sign language. The answer is saved to the
patient record and, if an interpreter is needed, the booking system sends a request to LinguaCare
automatically with the appointment time. The interpreter's name appears on the clinic list the day
before.

<<Q:Outpatient appointments for which an interpreter was requested at least 48 hours in advance rose
from 23% of all interpreter requests in 2022 to 81% in 2024.>> <<Q:Requests we could not fill went down
from 9% to 2%, and for less common languages such as Tigrinya, Pashto and Romanian Romani from 31% to
8%.>> <<Q:Appointments cancelled on the day because no interpreter was available fell from 410 to 57 a
year.>>

The language field is now completed for 96% of new outpatients.
"""),
        ("stakeholders", "Involvement of patients and staff", """
<<S:The trust's booking team leaders rewrote the language question three times after trying it on live
calls, because the first version, 'Do you need an interpreter?', was answered 'no' by many people who
did not want to seem a nuisance.>> <<S:Our interpreters suggested adding dialect and regional variety as
a separate prompt, and they drew up the list of dialects that the booking screen now offers.>>
<<S:Clinic nurses in the breast and urology services tested the clinic list display and asked for the
interpreter's name and whether they will attend in person or by video.>>

<<P:Members of the ICB's community language champions network, who are volunteers from local
communities, listened to recordings of the booking call in their own languages and told us where people
would not understand the question.>> <<P:Deaf patients from a local Deaf club asked for sign language
to be included in the question and for a text relay number on the appointment letter, and both were
done.>>
"""),
        ("value", "Value", """
Pre-booked interpreting costs the trust the same as same-day interpreting, and video interpreting,
which is easier to pre-book, costs less than face-to-face. Every appointment that goes ahead rather than
being cancelled saves a clinic slot and avoids delaying the patient's care. The ICB has estimated that
the reduction in on-the-day cancellations alone is worth about 350 clinic hours a year.
"""),
        ("spread", "Spread", """
The ICB has asked the community trust and the mental health trust to add the same question to their
booking scripts in 2025. We have offered the same automatic request link to the other NHS clients we
work with. The booking question itself belongs to the trust, and the trust has shared it freely with any
organisation that asks; it does not depend on using our service.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1678  referral triage for suspected heart failure using NT-proBNP - docx
#        - bullet lists - GP federation clinical lead, clipped - GP federation
#        with the acute trust's cardiology service and the ICB - staff
#        involved - NO patient involvement (PPG updated, patients texted,
#        beneficiaries) - NO quantitative evidence (counts, a single figure
#        with no baseline, thresholds, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1678", format="docx", layout="bullet_lists", topic="nt_probnp_heart_failure_referral_triage",
    project="independent105-pumpfirst-1678", docx_font="Calibri",
    title="BNP First: triaging suspected heart failure referrals by blood test result",
    cover=[
        "Lead organisation: Greywell and Stane GP Federation",
        "Partners: Stane Valley Hospitals NHS Trust (Cardiology); NHS Stane and Dunholm Integrated Care Board",
        "Entrant: Dr Paul Ekwueme, GP and Clinical Lead for Long-Term Conditions",
    ],
    primary_entrant=dict(name="Greywell and Stane GP Federation", type="primary_care"),
    partners=[
        dict(name="Stane Valley Hospitals NHS Trust", type="nhs_trust"),
        dict(name="NHS Stane and Dunholm Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Why we did this", """
National guidance is clear: anyone with suspected heart failure should have an NT-proBNP blood test,
and the level of the result decides how quickly they need an echocardiogram and a specialist
assessment. A very high result means a specialist appointment within two weeks.

In our area in 2022:

- GPs referred suspected heart failure into a general cardiology clinic, where it joined a waiting list of more than 20 weeks

- only about half of referrals included an NT-proBNP result, and results were not used to prioritise

- a review of 60 patients who were later admitted with newly diagnosed heart failure found that 19 had been referred and were still waiting for their first appointment when they were admitted

- three of them died during that admission

- the echocardiography service had its own separate waiting list, booked in date order

- GP practices could request an NT-proBNP test, but many did not know the thresholds, and some were sending the test and the referral on different days

- cardiology consultants were triaging referral letters that often said little more than 'breathless, ?heart failure'

Heart failure is common and serious. Around half of people diagnosed with it die within five years, and
many are first diagnosed during an emergency admission, when they are already very unwell. Treatment
started early, with the right combination of medicines, can add years of life and keep people out of
hospital. A long wait in a general queue was the opposite of what the guidance intended.

The federation, the cardiology service and the ICB agreed in late 2022 that the fix had to sit on both
sides of the referral: practices needed to send the right information, and the hospital needed to use it
to decide who was seen first. Neither could do it alone, and the ICB needed to fund the extra clinic
capacity in the short term while the old waiting list was worked through.
"""),
        ("evidence", "What has happened since", """
The new pathway started in February 2023:

- every suspected heart failure referral must include an NT-proBNP result; the referral form will not submit without one

- results above 2,000 ng/L are booked into a one-stop heart failure clinic with an echocardiogram on the same day, within two weeks

- results between 400 and 2,000 ng/L are booked within six weeks

- results below 400 ng/L are returned with advice to look for another cause

- in 2023/24 the federation's practices sent 1,460 referrals through the new pathway, and 380 of them went into the two-week slots

- the average wait for the one-stop clinic was 11 days in the last quarter

- the ICB's target is for 95% of high-result patients to be seen within two weeks by March 2025

- we have not yet been able to get admission data for the patients referred, and will report it when we can
"""),
        ("stakeholders", "Who was involved", """
- <<S:heart failure nurse specialists and two cardiologists worked with six GPs over three months to agree the thresholds and what the returned advice letters should say>>

- <<S:the federation's practice pharmacists asked for the advice to include which medicines to review first, because they were the ones following up low-result patients, and that section was added>>

- <<S:echocardiographers changed their booking so that two-week slots are held back every day for the one-stop clinic, after they pointed out that the previous plan would have doubled their Monday list>>

- patients are sent a text with their appointment date and a leaflet explaining the clinic

- the federation's patient participation group network was updated on the pathway at its spring meeting

- the people who benefit are patients with suspected heart failure, who are now seen in order of need
"""),
        ("value", "Value", """
- one-stop clinics avoid a separate echocardiogram appointment and a second clinic visit

- returning low-result referrals with advice frees cardiology appointments for people who need them

- the ICB funds the NT-proBNP tests at about £20 each, already part of the primary care pathology contract

- the one-stop clinic was set up by moving existing sessions, not by adding new ones

- GPs tell us the returned advice letters are useful in their own right, and some use them as a teaching tool for trainees
"""),
        ("spread", "Spread", """
- the neighbouring federation has adopted the referral form

- we shared the thresholds and advice letters with the regional cardiac network in September 2024
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1679  patient-initiated follow-up in the epilepsy service - pdf -
#        numbered questions - community trust epilepsy nurse lead, earnest -
#        community trust with an epilepsy charity and the ICB - people with
#        epilepsy involved - NO staff involvement (nurses trained, a named
#        lead doing his job, a plan) - change in words ('nearly halved')
# ---------------------------------------------------------------------------
entry(
    id="I1679", format="pdf", layout="numbered_questions", topic="epilepsy_pifu_seizure_diary",
    project="independent105-youcall-1679", pdf_font="DejaVuSans", pdf_align="L",
    title="You Call, We Come: safe patient-initiated follow-up for adults with epilepsy",
    cover=[
        "Lead organisation: Fernleigh Community Health NHS Trust, Adult Epilepsy Service",
        "Partners: Epilepsy Support Fernleigh (charity); NHS Fernleigh and Coombe Integrated Care Board",
        "Entry submitted by the Lead Epilepsy Nurse Specialist",
    ],
    primary_entrant=dict(name="Fernleigh Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Epilepsy Support Fernleigh", type="charity"),
        dict(name="NHS Fernleigh and Coombe Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "1. What was the problem and why did it need a partnership?", """
Our epilepsy service looks after about 2,100 adults. Many have well-controlled seizures and were coming
to clinic once a year, sometimes travelling a long way, to be told to carry on. Meanwhile people whose
seizures had changed were struggling to get seen. In 2022 we moved 900 adults with stable epilepsy onto
patient-initiated follow-up. They no longer get an annual appointment; they contact us when their
seizures change, when they have side effects, or when they are planning a pregnancy.

We soon found that PIFU in epilepsy carries particular risks. People who have seizures often do not
remember them, and may not realise that their seizures have become more frequent. Some people stopped
taking their medicines without telling anyone, believing that no appointment meant no problem. Women on
sodium valproate were not being reviewed each year, as the safety rules require. And a man on our PIFU
list died of sudden unexpected death in epilepsy after months of increasing night-time seizures that his
family had not connected with the need to call us.

We asked Epilepsy Support Fernleigh, the local charity, to help us think again.

The difficulty with PIFU for epilepsy is that the model assumes the patient is the best judge of when
they need help. For many conditions that is true. For epilepsy it is often not, because seizures can
affect memory and awareness, because many seizures happen at night or when the person is alone, and
because the people who see the seizures are often family members who are not the patient and may not
feel they have the right to ring the service. The safety of PIFU depends on building in prompts that
do not rely on the person noticing a problem and deciding to act on it.

We also needed the GP practices to play their part. Repeat prescriptions for anti-seizure medicines are
issued in general practice, and a person who stops collecting them is an early warning sign. The ICB
agreed to fund a quarterly search, run by its medicines optimisation team across all practices, that
lists anyone on our PIFU list who has not collected a prescription for three months. The list comes to
the epilepsy nurses, who make contact.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
Since April 2023 everyone on PIFU is offered a simple seizure diary, on paper or as an app, and a
six-monthly text asking three questions: have your seizures changed, are you taking your medicines as
prescribed, and is there anything you want to talk about? Any 'yes' produces a call from an epilepsy
nurse within five working days. Women of childbearing age on valproate are never put on PIFU. The
charity's helpline can refer people straight to the nurses.

<<Q:Emergency department attendances with seizures among people on PIFU nearly halved between 2022/23
and 2023/24, from 236 to 124.>> <<Q:The proportion of people on PIFU who had not collected an
anti-seizure medicine prescription for more than three months fell from 7% to 2%.>> The six-monthly text
goes to around 850 people.
"""),
        ("spread", "3. How has it been shared?", """
The ICB has asked the neurology service at the acute trust to use the same text questions for its own
epilepsy PIFU patients. We presented the work at the regional epilepsy nurses' network and the charity
has shared it with its national federation.
"""),
        ("value", "4. What has been the impact and value for money?", """
The text messages cost a few pence each. Nurse calls take around fifteen minutes. Moving stable patients
onto PIFU freed around 700 clinic appointments a year for people whose epilepsy is not controlled.
Each avoided emergency attendance saves money, and an avoided injury or death cannot be measured in money.

For the people on PIFU, the change has meant fewer journeys to clinic for appointments they did not need,
while knowing that the service will get in touch if something seems wrong. For the nurses, the
six-monthly text replaces a large number of routine appointments with a smaller number of calls to the
people who actually need them. The charity's helpline has also become a second front door to the
service, which matters for people who find it hard to contact the NHS directly.
"""),
        ("stakeholders", "5. How were patients and staff involved?", """
<<P:Members of Epilepsy Support Fernleigh's adult group helped us choose the three text questions,
testing longer and shorter versions on each other over two meetings.>> <<P:They told us a diary that
took more than a minute a day would be abandoned, so the one we offer has three tick boxes and a space
for notes.>> <<P:Family members who witness seizures asked for a way to add their own observations to
the diary, and the app now lets a second person log a seizure.>>

The epilepsy nurses were trained in the new triage and in using the app. The service manager, Tom Ashby,
oversaw the project and reported progress to the trust's clinical governance meeting. We plan to involve
the acute trust's neurologists in a review of the text questions next year.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1680  'waiting well' letters for the memory assessment waiting list - docx
#        - form table - short - PCN clinical director, plain - primary care
#        network with the mental health trust's memory service and a dementia
#        charity - patients, carers and staff involved - NO evidence section
#        and no measured change anywhere in the entry
# ---------------------------------------------------------------------------
entry(
    id="I1680", format="docx", layout="form_table", topic="memory_assessment_waiting_well_letters",
    project="independent105-waitingwell-1680", docx_font="Calibri",
    title="Waiting Well: plain letters and a named contact for people waiting for a memory assessment",
    cover_table=[
        ("Title of entry", "Waiting Well: plain letters and a named contact for people waiting for a memory assessment"),
        ("Lead organisation", "Oldbury Fields Primary Care Network"),
        ("Partner organisations", "Coldharbour Partnership NHS Foundation Trust (Memory Assessment Service); Memory Matters Coldharbour (charity)"),
        ("Name and role of entrant", "Clinical Director, Oldbury Fields PCN"),
    ],
    primary_entrant=dict(name="Oldbury Fields Primary Care Network", type="primary_care"),
    partners=[
        dict(name="Coldharbour Partnership NHS Foundation Trust", type="nhs_trust"),
        dict(name="Memory Matters Coldharbour", type="charity"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and its safety goals.", """
People referred by our practices for a memory assessment wait, at present, around nine months to be
seen. While they wait, things happen. People with undiagnosed dementia have car accidents, are
targeted by scammers, get lost, stop eating, or mix up their medicines. Their families often do not know
who to call, and end up ringing the GP surgery or the memory service, neither of which could tell them
much.

The letter sent by the memory service to confirm the referral was two pages long, written in formal
language, and said only that the person would be contacted 'in due course'. Families told our GPs that
they did not know whether the referral had been received or what to do if things got worse.

In 2023 we agreed with the memory service and the local dementia charity to replace that letter with a
single page written in plain English, and to give every person waiting a named contact at the charity.
The letter says how long the wait is likely to be, lists the warning signs that mean the person should
be seen sooner (such as driving worries, getting lost, not eating, or a sudden change), and gives the
phone number of the charity's dementia adviser. The adviser rings each family within a month of
referral, and can ask the memory service to move someone up the list.

The adviser also checks, on that first call, a short list of practical safety questions: whether the
person is still driving, whether anyone else helps with their medicines, whether they have been
approached by cold callers or scammers, and whether they have a lasting power of attorney. Where there
is a concern, the adviser can refer to the council's adult social care team, the practice's clinical
pharmacist or the local trading standards service, with the person's agreement.

Our safety goals were that nobody should wait for a memory assessment without knowing who to contact,
that families should recognise the signs that mean the wait has become unsafe, and that the memory
service should hear about those signs while it can still act on them.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<P:Carers from Memory Matters' Tuesday carers' café wrote the list of warning signs with us, from their
own experience of what went wrong while they waited.>> <<P:Two people living with early dementia read
drafts of the letter aloud and marked every sentence they had to read twice, and those sentences were
rewritten.>>

<<S:Memory service nurses agreed the rules for moving someone up the list after a call from the adviser,
and asked for the adviser's notes to come to them on a standard form, which they designed.>> <<S:Our
practice care coordinators suggested that the letter is also sent to the named carer if the person
agrees, and that is now part of the referral.>>
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The dementia adviser's time is funded by the PCN from its care coordination budget, at about £18,000 a
year. The letter costs nothing extra. Our receptionists say that families now know who to ring. Carers
say the letter made them feel that someone knew they were there.

The memory service has found that the adviser's calls bring to its attention people whose needs have
changed, so that the waiting list is ordered by need rather than only by date. Practices say that they
spend less time fielding calls from worried relatives, and that when a call does come they can point
to the letter and the adviser.
"""),
        ("spread", "How has the work been shared and spread?", """
The memory service is now using the same letter for referrals from all five PCNs in the borough, and the
charity has offered the adviser calls to the other PCNs from 2025.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)
