"""Fifty-eighth independent evaluation set (I913..I928) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing hospital procedure teams, dental
practices and schools, councils, GP federations, pharmacies, ambulance services and
patient charities send in, in their own voices and at their own length.  The theme of
this set is surgery and procedures outside the operating theatre: endoscopy,
interventional radiology, dental surgery, cosmetic and day procedures, and the handovers
around them, with partners from primary care, universities and patient charities.

Topics: conscious sedation for older and frailer patients in an endoscopy unit (an acute
trust with a university human factors centre and a bowel cancer charity), dental
extractions close to home for people with bleeding disorders (a members' group for
people with bleeding disorders as lead, with a haemophilia centre and the local dental
committee), contraceptive implants that cannot be felt when they are due to come out (a
council public health commissioning team), aftercare for people who go home on the day
of cosmetic surgery (a private cosmetic surgery company as primary entrant), nerve
injuries after dental implants and wisdom tooth removal (a university dental school),
the semen test that confirms a vasectomy has worked (a GP federation, no headings, long),
out-of-hours transfers to interventional radiology for major bleeding (an ambulance
service), bedside chest drains, abdominal drains and lumbar punctures moved into a
procedures unit (departments of one trust, no partner), checking blood thinners before
planned cardioversion through community pharmacies (a local pharmaceutical committee, a
form), bleeding days after polyp removal that turns up at another hospital (an
integrated care board), pain and fainting in outpatient hysteroscopy (an acute trust
gynaecology service, a pdf made from Word), emergency readiness for sedation in high
street dental practices (a private dental group as primary entrant, a form), handover of
patients with nephrostomies, biliary drains and biopsies after interventional radiology
(an acute trust, with appendix), aftercare for prostate biopsies done under local
anaesthetic in clinic (sections in an unusual order, no spread section), Deaf people who
use British Sign Language having endoscopy and imaging procedures (a Deaf charity, no
headings, long) and a safety check for joint injections in general practice (a primary
care network, short lists with no evidence section).

Lead types and layouts: I913 nhs_trust (acute endoscopy unit), pdf own_headings; I914
patient_group, docx bold_headings with a cover table; I915 local_authority, docx
numbered_questions with cover bullets; I916 private, pdf bullet_lists; I917 university,
pdf two_column; I918 primary_care (GP federation), docx no_headings; I919
emergency_service (ambulance), pdf caps_headings; I920 nhs_trust (no partner), docx
rubric_headings; I921 primary_care (LPC), pdf form_table with a cover table; I922 icb,
docx style_headings; I923 nhs_trust (acute gynaecology), pdf style_headings via soffice;
I924 private, docx form_table with a cover table; I925 nhs_trust (acute interventional
radiology), pdf with_appendix; I926 nhs_trust (acute urology), docx reordered; I927
charity (Deaf), pdf no_headings; I928 primary_care (PCN), docx bullet_lists.

Flags: no_patient_involvement I915, I919, I920, I924, I928; no_staff_involvement I914,
I918, I923, I927; no_quantitative_evidence I917, I920, I925 (a measured change told only
in the value section), I928; ineligible I916 (private lead), I920 (no partner), I924
(private lead); missing_section I926 (spread) and I928 (evidence).  I913, I921 and I922
have no flags.

Build it with

    .venv/bin/python data/independent/build.py --set 58   (writes data/corpus/independent58/)

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
  * not Q: dates, financial years, bed/ward/room/practice counts, headcounts, numbers
    trained, activity counts (procedures, calls, checks, cards, passports, referrals,
    drills, samples), single figures with no baseline, a zero with no earlier figure,
    figures that did not change, budgets, costs and savings estimates, phone numbers,
    postcodes, reference numbers, targets not yet reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    ('halved', 'about a third fewer', a sustained shift on an SPC chart);
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, volunteers with lived experience, unusual job
    titles, list items), wherever in the entry it is told; a volunteer or peer worker
    with lived experience, employed by a partner, who helped design the work is PS, and
    one who is not employed is P;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance services are emergency_service;
GP federations, primary care networks, local pharmaceutical committees and local dental
committees are primary_care; members' and support groups of patients are patient_group;
registered charities, including Deaf, men's sheds and women's health charities, are
charity; a university is university (the corpus's type for it), while a 'University
Hospitals' NHS trust is nhs_trust; cosmetic surgery companies and dental groups trading
as limited companies are private).  A department or team of the entrant's own
organisation is not a partner.  Flags are written by hand and build.py cross-checks them
against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I913  conscious sedation in the endoscopy unit - pdf - own headings -
#       endoscopy unit manager, practical - acute trust with a university
#       human factors centre and a bowel cancer charity - patients and staff
#       involved (recovery nurses first heard in the context) - Q includes
#       'halved' - no flags
# ---------------------------------------------------------------------------
entry(
    id="I913", format="pdf", layout="own_headings", topic="endoscopy_conscious_sedation_older_patients",
    project="independent58-lightertouch-913", pdf_font="LiberationSans", pdf_align="L",
    title="Lighter Touch: safer conscious sedation for older and frailer patients in the endoscopy unit",
    cover=[
        "Lead organisation: Wrayburn Teaching Hospitals NHS Foundation Trust (Endoscopy Unit)",
        "Partners: University of Wrayburn (Centre for Human Factors in Healthcare); Wrayburn Bowel Cancer Support (registered charity)",
        "Written by the Endoscopy Unit Manager and the Lead Nurse Endoscopist",
    ],
    primary_entrant=dict(name="Wrayburn Teaching Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="University of Wrayburn", type="university"),
        dict(name="Wrayburn Bowel Cancer Support", type="charity"),
    ],
    sections=[
        ("context", "Why we needed to change", """
Wrayburn's endoscopy unit is on the ground floor of the outpatient block, two floors and a long corridor
away from the theatres and the anaesthetic department. We carry out about 21,000 procedures a year in six
rooms: gastroscopies, colonoscopies, ERCPs, endoscopic ultrasound and bronchoscopies for the chest
physicians. Most patients have conscious sedation, usually midazolam, often with fentanyl for a
colonoscopy. Sedation makes a difficult test bearable, but it is also the moment when an endoscopy room is
most like an operating theatre, without the anaesthetist and the recovery team that a theatre would have.

In 2021 we had a run of incidents that made us stop and look. Reversal drugs (flumazenil or naloxone) were
given 38 times during the year, nearly always to patients over 75. Twice a patient needed breathing
support with a bag and mask. In October 2021 a woman of 88 with kidney disease was given a dose of
midazolam that would have been ordinary for a fit man of 40. She stopped breathing properly on the
recovery trolley and spent two nights in the high dependency unit. Nobody had broken our guideline. The
guideline set a maximum dose, but it gave no starting dose by age and did not mention frailty at all.

When we looked closer, the picture was worse than we had thought. Doses varied widely between
endoscopists. Top-up doses were often given because the patient was in pain, when what they needed was a
pause or a change of position. The only monitoring was a pulse oximeter, which is slow to show a problem
in someone who is breathing added oxygen. <<S:Our recovery nurses told us that handover from the procedure
room was often a single line, 'had sedation, fine', and that they frequently did not know how much had
been given or when the last dose was, which is why a proper handover became one of our first aims.>>

We also realised that we had never really asked patients whether they wanted sedation at all. Our
appointment letter said 'you will be offered sedation', and that was that.

In early 2022 we asked two partners for help. The Centre for Human Factors in Healthcare at the University
of Wrayburn studies how teams make decisions under pressure, and it agreed to look at how sedation
decisions were actually made in our rooms. Wrayburn Bowel Cancer Support, a local charity for people with
bowel cancer and those on surveillance, has many members who have had a lot of colonoscopies, and it
agreed to help us see sedation from the other side of the trolley.

From April 2022 we introduced five changes: a starting dose chart by age and frailty score, with lower
maximum doses for anyone over 80 or with kidney or liver disease; capnography, which shows a change in
breathing within seconds, for every sedated patient; a 'sedation pause' before any top-up, when the nurse
and the endoscopist agree out loud whether the problem is pain, position or anxiety; a handover card that
goes with the patient to recovery; and a real choice of Entonox, sedation or no sedation, explained at the
pre-assessment call.
"""),
        ("evidence", "What has changed", """
We compared the year before the changes (April 2021 to March 2022) with the two years after, using the
unit's sedation log, the incident system and the capnography records.

<<Q:The use of a reversal drug in sedated patients halved, from 38 occasions in the year before to 17 and
then 14 in the two years after.>> <<Q:Episodes where oxygen saturation fell below 90% for more than 30
seconds dropped from 2.6% of sedated procedures to 0.9%.>> <<Q:The average midazolam dose given to
patients over 80 came down from 3.4 mg to 2.1 mg, without any rise in the number of procedures stopped
because of discomfort.>>

<<Q:The share of colonoscopy patients choosing Entonox or no sedation rose from 11% to 29%.>> Capnography
has now been used in more than 31,000 procedures. The sedation pause is recorded on the procedure report,
and in our last audit of 150 reports it had been documented every time a top-up was given.
"""),
        ("stakeholders", "Who was involved and how", """
<<P:Members of Wrayburn Bowel Cancer Support, many of whom have surveillance colonoscopies every year or
two, met us in two evening sessions at the charity's drop-in centre and told us that nobody had ever
explained that sedation was optional, or that Entonox wears off in minutes and lets you drive home.>>
<<P:They rewrote the sedation section of our appointment letter, and one member, a retired pharmacist who
has had eleven colonoscopies, suggested that every patient is asked at pre-assessment how they coped last
time, a question that is now on the call script.>>

<<S:Researchers from the university observed 64 lists over six weeks and interviewed endoscopists, nurses
and healthcare assistants about how top-up doses were decided, and it was a healthcare assistant's remark
that 'everyone reaches for the syringe when the patient groans' that led to the sedation pause.>>
<<S:Recovery nurses designed the handover card themselves, with the total dose, the time of the last dose,
any reversal given and a box for 'anything else I should know'.>> <<S:The consultant and nurse
endoscopists used the starting dose chart for a month and then, at a joint meeting, moved the frailty
bands after finding that the first version under-sedated younger frail patients having ERCP.>>
"""),
        ("value", "Value for money and experience", """
Capnography modules for six rooms and the recovery area cost £38,000 from the trust's medical equipment
budget. Entonox is cheaper than sedation, and patients who use it need a shorter stay in recovery and no
escort home, which frees recovery spaces later in the day. A high dependency bed costs well over £1,000 a
night, and a patient who stops breathing on a trolley is the kind of event nobody in the unit wants to
go through again.

Nurses say the sedation pause has made it easier to speak up. Patients tell us they like being asked.
"""),
        ("spread", "Sharing the learning", """
We presented the starting dose chart and the sedation pause at the regional endoscopy network in 2023,
and three other units in the region now use the chart. The university has written up the observation
study for a nursing journal and uses our handover card in its teaching for advanced practitioners. The
charity has put the rewritten letter on its website for members who are treated elsewhere.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I914  dental extractions for people with bleeding disorders - docx - bold
#       headings with a cover table - volunteer chair of a members' group,
#       personal - patient group with a haemophilia centre and the local
#       dental committee - members and parents involved - NO staff
#       involvement (dentists trained and sent a pack, a named nurse doing
#       her job, a questionnaire that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I914", format="docx", layout="bold_headings", topic="dental_extractions_bleeding_disorders",
    project="independent58-safeextraction-914", docx_font="Georgia",
    title="Safe Extraction: dental care close to home for people with bleeding disorders",
    cover_table=[
        ("Entry title", "Safe Extraction: dental care close to home for people with bleeding disorders"),
        ("Lead organisation", "Bleeding Disorders Network Southmoor (a members' group for people with haemophilia, von Willebrand disease and other bleeding disorders, and their families)"),
        ("Partners", "Southmoor Royal Hospitals NHS Trust (Haemophilia and Thrombosis Centre); Southmoor Local Dental Committee"),
        ("Contact", "Chair of the Network (volunteer)"),
    ],
    primary_entrant=dict(name="Bleeding Disorders Network Southmoor", type="patient_group"),
    partners=[
        dict(name="Southmoor Royal Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Southmoor Local Dental Committee", type="primary_care"),
    ],
    sections=[
        ("context", "Where it started", """
I have mild haemophilia A. For most of my life it has not stopped me doing much, but it has always made
going to the dentist complicated. Like most people with a bleeding disorder, I need a plan before a tooth
comes out: sometimes a dose of clotting factor, sometimes tranexamic acid tablets or mouthwash, and the
dentist needs to know what to do if the socket is still oozing at ten o'clock at night. Without that plan,
high street dentists are understandably nervous. Many simply refuse and send us to the dental hospital,
which in 2021 had a waiting list of more than eight months for a routine extraction.

Our network has around 340 members across Southmoor. <<P:When we asked them about dental care at our annual
meeting in 2021, the stories were depressingly alike.>> Members had lived with toothache for months while
they waited. Some had gone to an emergency dentist while on holiday, not mentioned their condition
because they were afraid of being turned away, and bled for two days. One teenager with moderate
haemophilia had a tooth out at a new practice, was sent home with no tranexamic acid, and was admitted
the next evening needing factor replacement and a blood transfusion. The haemophilia centre saw the end
result of all this, but it had no link with the dentists who were doing the work.

The idea behind Safe Extraction is simple. Every member who wants one gets a one-page Dental Passport from
the haemophilia centre. It sets out their diagnosis, what cover they need for which procedures (a
check-up, a filling, a scale and polish, a simple extraction, a surgical extraction) and the centre's
24-hour number. The Local Dental Committee keeps a list of practices willing to treat people with a
passport for simple procedures, and the haemophilia centre has agreed to give any dentist who is unsure an
advice call within the week. Surgical extractions, and anyone with severe haemophilia or inhibitors,
still go to the dental hospital, but they now go with a plan attached.
"""),
        ("evidence", "What difference it has made", """
The passport was launched in March 2022. We compared the two years before with the two years after, using
the haemophilia centre's records of bleeding episodes, the dental hospital's waiting list and our own
annual members' survey.

<<Q:Attendances at the haemophilia centre or the emergency department for bleeding after a dental
procedure fell from 19 in 2020 and 2021 to 6 in 2022 and 2023.>> <<Q:The average wait for a member needing
a simple extraction came down from 34 weeks, when almost all of us went to the dental hospital, to under
3 weeks, now that most are done by our own practices.>> <<Q:Members who told our annual survey that they
had put off dental treatment because of their bleeding disorder went from nearly half in 2021 to about
one in six in 2024.>>

So far 212 passports have been issued and 41 practices are on the list.
"""),
        ("stakeholders", "Who was involved", """
<<P:The passport was designed at two members' evenings, where around thirty of us looked at draft
versions and threw out the first one because it ran to four pages and was full of words that a dental
receptionist would never understand.>> <<P:Parents in the network asked for a children's version with a
photo of the child on the front, and that is now the standard for under-16s.>> <<P:Gareth Lowe, the
teenager whose extraction went wrong in 2021, agreed to tell his story in a short video, and it was his
suggestion to put a line in bold at the top of every passport saying 'Please read before you pick up an
instrument'.>>

All 41 practices on the list received a pack from the Local Dental Committee, and 96 dentists and dental
nurses attended an evening training session run by the haemophilia centre. The centre's clinical nurse
specialist, who leads the work on the hospital side, takes the advice calls and issues each passport. We
sent a short questionnaire to the dentists after the training, and as the answers were positive we left
the pack as it was. Next year we would like to ask dental receptionists how the passport works at the
front desk.
"""),
        ("value", "Value", """
The passport costs almost nothing to produce. Each extraction done safely in a local practice instead of
the dental hospital saves a hospital appointment, and each bleeding episode avoided can save doses of
clotting factor costing several thousand pounds, as well as a night or two in hospital.

For members, the difference is being able to see the same dentist as the rest of the family, near home,
without dread. Several have told us it is the first time they have felt able to be completely honest at
the dentist.
"""),
        ("spread", "Spreading the idea", """
The haemophilia centre has shared the passport with the other centres in the region through the
regional haemophilia network, and two have started using it. We have given the template to the national
patient organisation for bleeding disorders, which now offers it to members across the country. The
Local Dental Committee has asked whether the same approach could help people with other rare conditions
that affect dental treatment.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I915  contraceptive implants that cannot be felt - docx - numbered
#       questions with cover bullets - council public health commissioning
#       manager, formal - council with community trust sexual health, acute
#       trust radiology and a GP federation - staff involved - NO patient
#       involvement (women sent letters, a questionnaire that changed nothing,
#       Healthwatch noted it, a negation, a plan) - Q includes 'about a third
#       fewer'
# ---------------------------------------------------------------------------
entry(
    id="I915", format="docx", layout="numbered_questions", topic="impalpable_contraceptive_implant_removal",
    project="independent58-foundandremoved-915", docx_font="Calibri",
    title="Found and Removed: one route for contraceptive implants that cannot be felt",
    cover=[
        "Fellbrook City Council, Public Health (Sexual and Reproductive Health Commissioning)",
        "Submitted by the Senior Public Health Commissioning Manager",
        "In partnership with:",
    ],
    cover_bullets=[
        "Fellbrook Community Health NHS Trust, Integrated Sexual Health Service",
        "Fellbrook General Hospital NHS Trust, Department of Radiology",
        "Fellbrook GP Federation",
    ],
    primary_entrant=dict(name="Fellbrook City Council", type="local_authority"),
    partners=[
        dict(name="Fellbrook Community Health NHS Trust", type="nhs_trust"),
        dict(name="Fellbrook General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Fellbrook GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "1. Describe the context and why a partnership was needed", """
The council commissions contraception services for Fellbrook's 310,000 residents. Contraceptive implants,
the small flexible rod placed under the skin of the upper arm, are among the most effective methods
available, and about 4,600 are fitted or replaced each year by the integrated sexual health service and
by 38 GP practices working through the GP Federation.

Almost all implants are fitted and removed without difficulty. A small number, however, are placed too
deeply or move after fitting, and when the woman comes back to have the implant taken out it cannot be
felt. Trying to remove an implant that cannot be felt, without imaging, risks damage to nerves and blood
vessels in the arm. National guidance is clear that these women need an ultrasound scan to find the
implant first, and removal by a clinician with specialist training.

In 2021 there was no agreed route for this in Fellbrook. A GP who could not feel an implant might refer
to the sexual health service, which would refer to radiology for an ultrasound, which would send the
report back to the GP, who would then refer again. Some women were referred to gynaecology, where the
wait was longest of all. We found women who had waited more than six months for removal, during which
time they continued to receive a hormone they no longer wanted. Some had asked for removal because they
wanted to try for a pregnancy and had to put that on hold. Two had undergone attempts at removal in a GP
surgery that left them with a scar and numbness in the forearm, and in both cases the implant was still
in place.

In early 2022 the council brought the sexual health service, radiology and the GP Federation together to
agree one pathway. Any clinician who cannot feel an implant now refers directly to a complex removals
clinic run by the sexual health service. Radiology reserves two ultrasound slots each week immediately
before the clinic, so that the implant is found and removed on the same morning. At the end of every
fitting, the fitter and the woman check together that the implant can be felt, and the fitter records
this. Any fitter whose implants are repeatedly found to be too deep is offered a review of their
technique by the sexual health service.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
The pathway started in May 2022. We compared 2021/22 with 2023/24, using the sexual health service's
clinic records, the radiology information system and incident reports from the GP Federation.

<<Q:The average time from referral to removal of an implant that could not be felt fell from 17 weeks to
3 weeks.>> <<Q:Attempts to remove an implant that could not be felt without imaging, which are now
reported as incidents, went from 23 in the year before the pathway to 2 in 2023/24.>> <<Q:Among fitters
whose technique was reviewed, implants later found to be sited too deeply were about a third fewer in
the following year than in the year before.>>

The complex removals clinic has seen 214 women in two years. In nine cases the implant had moved well
away from the site of insertion and the woman was referred on to a specialist centre.
"""),
        ("stakeholders", "3. Who was involved, and how were patients and staff involved?", """
<<S:Practice nurses and GPs who fit implants for the Federation met the sexual health consultants three
times to agree the referral criteria, and it was the practice nurses who asked for a clear rule that
nobody attempts to remove an implant they cannot feel, so that they could say no without feeling they had
let the woman down.>> <<S:Sonographers in the radiology department proposed the two reserved slots just
before the clinic, after pointing out that separate appointments meant the woman came in twice and the
report often arrived after the clinic had finished.>> <<S:Sexual health nurses suggested the joint check
at the end of each fitting, because they had noticed that women who had felt the implant themselves were
more likely to come back early if they later could not find it.>>

Women referred to the clinic receive a letter and a leaflet explaining the scan and the removal. We asked
80 women to complete a questionnaire after their removal; satisfaction was high and no changes were made
as a result. The pathway was presented to Fellbrook Healthwatch in 2023, which noted it. Women were not
asked to help design the pathway, which on reflection we should have done, and we plan to invite women
who have had a difficult removal to review the leaflet in 2025.
"""),
        ("value", "4. What has been the impact on patient and staff experience, and value for money?", """
The ultrasound slots sit within radiology's existing sessions, and the complex removals clinic replaced
an informal arrangement, so the extra cost to the council is about £18,000 a year for clinic time.
Avoiding a repeat GP appointment, a separate scan appointment and a gynaecology referral for each woman
saves more than that. More importantly, it avoids nerve damage from blind attempts at removal.

Clinicians in general practice say they are relieved to have a clear answer. For women, it means one
visit instead of four or five, and an end to months of waiting.
"""),
        ("spread", "5. How has the work been spread and shared?", """
The pathway is now written into the council's contract for sexual health services and into the GP
Federation's specification for long-acting contraception. Two neighbouring councils have asked for the
referral form, and we presented the work at the regional sexual health commissioners' network in
November 2023.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I916  aftercare after day-case cosmetic surgery - pdf - bullet lists -
#       PRIVATE cosmetic surgery company as primary entrant, with an acute
#       trust and a GP federation (ineligible) - medical director, upbeat -
#       former patients and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I916", format="pdf", layout="bullet_lists", topic="cosmetic_day_surgery_aftercare_handover",
    project="independent58-knownatthedoor-916", pdf_font="DejaVuSans", pdf_align="L",
    title="Known at the Front Door: safer aftercare for people who go home on the day of cosmetic surgery",
    cover=[
        "Submitted by Aurelia Aesthetic Surgery Ltd (three day-surgery clinics in Quarrington and nearby towns)",
        "In partnership with Quarrington Hospitals NHS Trust (Emergency Department and Department of Plastic Surgery) and Quarrington Central GP Federation",
        "Contact: Medical Director, Aurelia Aesthetic Surgery Ltd",
    ],
    primary_entrant=dict(name="Aurelia Aesthetic Surgery Ltd", type="private"),
    partners=[
        dict(name="Quarrington Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Quarrington Central GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "Why we did this", """
Aurelia carries out around 2,300 cosmetic operations a year in three day-surgery clinics, including
liposuction, tummy tucks, breast surgery and eyelid surgery. Almost all of our patients go home on the
same day.

What we found in 2022:

- when a patient had a problem after going home, such as bleeding, a wound infection, a swollen painful leg or breathlessness, most went to the nearest NHS emergency department, not back to us

- emergency department staff often had no idea what operation had been done, which drugs had been used or who to call

- patients were sometimes too embarrassed to say they had had cosmetic surgery, and a few said nothing at all

- our out-of-hours phone line went to a nurse who could not always reach a surgeon

- GPs were rarely told about the operation, so when patients went to them with a problem they started from scratch

- in one case in 2022 a woman with a blood clot in the lung after liposuction waited more than five hours in the emergency department before anyone linked her symptoms to her surgery

What Known at the Front Door does, since March 2023:

- every patient leaves with a wallet-sized card showing the operation, the date, the anaesthetic and local anaesthetic doses, any blood-thinning injections and a 24-hour number that goes straight to the on-call Aurelia surgeon

- with the patient's consent, a summary of the operation is sent on the same day to their GP through the GP Federation's shared record

- the emergency department has a named route to the plastic surgery registrar for any complication of cosmetic surgery, whoever did the operation

- every patient is scored for clot risk before surgery and has a call from one of our nurses on day 1 and day 5
"""),
        ("evidence", "Results", """
We compared March 2022 to February 2023 with March 2023 to February 2024.

- <<Q:Aurelia patients seen at the Quarrington emergency department within 30 days of surgery where the department had no details of the operation fell from 41 of 58 to 4 of 39>>

- <<Q:the average time from arrival in the emergency department to review by a plastic surgeon for these patients went down from 6 hours 10 minutes to 1 hour 35 minutes>>

- <<Q:readmissions within 30 days of tummy tuck surgery fell from 7.8% to 4.1%>>

- the on-call surgeon line took 612 calls in the year

- our nurses made 4,380 follow-up calls on day 1 and day 5
"""),
        ("stakeholders", "Who was involved", """
- <<P:twelve former patients from our client panel met us twice and told us they had played down their surgery at the emergency department because they felt judged, so the card is designed to be handed over without having to explain anything>>

- <<P:the same panel chose the card's size and plain design, so that it fits behind a bank card and does not say 'cosmetic' on the front>>

- <<S:emergency department nurses and doctors told us what they needed to know in the first ten minutes, and their list became the back of the card>>

- <<S:plastic surgery registrars at the trust agreed with our surgeons which complications they would take over and which we would manage, after two joint case reviews>>

- <<S:GP Federation practice managers worked out with our team how the operation summary could reach the GP record without a practice having to scan a letter>>

- <<S:our own day-case nurses asked for the day 5 call after noticing that most wound infections showed up between days 4 and 7>>
"""),
        ("value", "Value", """
- the cards cost about 30p each and the GP summary uses the Federation's existing system

- the on-call surgeon rota was already in place; what changed is that the number now goes straight to the surgeon

- every hour saved in the emergency department frees a cubicle, and a blood clot found early is far less dangerous than one found late

- patients tell us they feel safer going home
"""),
        ("spread", "Spread", """
- the emergency department now uses the same route for complications of cosmetic surgery done by any provider, including surgery abroad

- we have shared the card with two other independent cosmetic surgery providers in the region

- we presented the work at a national meeting of independent sector patient safety leads in 2024
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I917  nerve injuries after dental implants and wisdom tooth removal - pdf
#       - two columns - senior clinical lecturer, reflective - university
#       dental school with the local dental committee and a support group -
#       people with nerve injuries and staff involved - NO quantitative
#       evidence (calls, patients seen, a single figure with no baseline, a
#       target, numbers trained, results still to come)
# ---------------------------------------------------------------------------
entry(
    id="I917", format="pdf", layout="two_column", topic="dental_implant_nerve_injury_referral",
    project="independent58-thirtyhours-917", pdf_font="LiberationSerif",
    title="The Thirty-Hour Window: fast help for nerve injuries after dental implant and wisdom tooth surgery",
    cover=[
        "University of Tamberley, School of Dentistry (Department of Oral Surgery), lead entrant, with Tamberley and Ferrow Local Dental Committee and the Facial Nerve Injury Support Group",
        "Entry prepared by a Senior Clinical Lecturer in Oral Surgery",
    ],
    primary_entrant=dict(name="University of Tamberley", type="university"),
    partners=[
        dict(name="Tamberley and Ferrow Local Dental Committee", type="primary_care"),
        dict(name="Facial Nerve Injury Support Group", type="patient_group"),
    ],
    sections=[
        ("context", "Why this work was needed", """
Dental implants and the removal of wisdom teeth are now routine procedures in high street practices.
Most go well, but a small number damage one of the two nerves that give feeling to the lower lip, chin and
tongue. The result can be numbness, tingling or, worst of all, constant burning pain. For implants, the
evidence suggests that if an implant is pressing on the nerve, removing it within about 30 hours gives
the best chance of recovery. After that, the damage is often permanent.

Our oral surgery clinic at the dental teaching hospital kept seeing people too late. A typical story was
of a patient who woke the day after implant surgery with a numb lip, rang the practice, was told it was
the anaesthetic wearing off or ordinary swelling and to wait, and was referred to us by letter weeks
later. By then, nothing could be done except to help them live with it. Some were in pain that affected
their eating, their sleep and their work. Several had made complaints or legal claims against their
dentist, and the dentists concerned often felt isolated and unsure what to do.

The problem was not that dentists did not care. There was no quick route to specialist advice, no agreed
way of checking nerve function after surgery, and no standard instruction to patients about what was and
was not normal.

In 2022 the school, the Local Dental Committee and the Facial Nerve Injury Support Group, a small group
for people living with nerve injuries after dental treatment, set up the Thirty-Hour Window. It has three
parts: a dedicated phone line to the on-call oral surgery registrar for any dentist worried about a nerve
injury, with a guaranteed assessment at the dental hospital on the same or the next day; a short
post-operative check for practices to use, including a phone call to the patient on the morning after
surgery; and clear written advice telling patients to ring the practice at once if numbness has not gone
by the next morning.
"""),
        ("evidence", "What we have achieved", """
The phone line opened in October 2022. Up to the end of December 2024 it has taken 146 calls from 58
practices, and 61 patients have been brought in for assessment, 44 of them after implant surgery and 17
after wisdom tooth removal. In 2024, 38 of the 44 implant-related cases referred to us were seen within 30
hours of surgery. Before the line opened we had no reliable way of recording the time from surgery to
referral, because referrals came by letter and the date of surgery was often missing, so we cannot make
a direct comparison.

The post-operative check has been taken up by 52 practices. Our target is for 90% of implant-related
cases to be seen within 30 hours by the end of 2025. We have also run four evening courses on nerve
injury, attended by 203 dentists.

The longer-term outcomes of the patients we have seen, including how many regain normal feeling, are
being followed up by the school as part of a research study and will be reported in 2026.
"""),
        ("stakeholders", "Who was involved", """
<<P:Members of the Facial Nerve Injury Support Group, all of whom live with the effects of a nerve injury
after dental treatment, told us at the start that the worst part of their experience had been being
told to wait and see, and that nobody had warned them what to look out for.>> <<P:They wrote the patient
advice sheet with us, insisting that it say plainly: 'If your lip, chin or tongue is still numb the
morning after your operation, ring the practice straight away and use the words nerve injury'.>> <<P:Two
members also speak at our evening courses, and their accounts have changed the way we teach consent for
implant surgery.>>

<<S:Implant dentists on the Local Dental Committee tested the post-operative check in their own practices
for three months and shortened it to four questions that a dental nurse can ask by phone.>> <<S:The oral
surgery registrars designed the on-call rota and the assessment template themselves, and asked for
access to cone beam CT at any time of day, which the dental hospital agreed.>> <<S:Dental nurses in the
pilot practices suggested that the morning-after call is booked into the diary at the time of surgery, so
that it is never forgotten.>>
"""),
        ("value", "Value", """
Claims for nerve injury after dental treatment are among the most costly in dentistry, and a single claim
can run to tens of thousands of pounds. The phone line is answered by the existing on-call registrars and
adds only a few calls a week. The post-operative check costs nothing but a few minutes of a dental
nurse's time.

For patients, being seen quickly means knowing that someone is taking them seriously. For dentists, it
means they are no longer on their own when something goes wrong.
"""),
        ("spread", "Sharing the work", """
The advice sheet and the post-operative check are now part of the Local Dental Committee's guidance for
every practice offering implants in Tamberley and Ferrow, and the school teaches them to final year
students. We presented the pathway at a national oral surgery meeting in 2024, and two other dental
schools have asked for our rota and assessment template.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I918  the semen test after vasectomy - docx - no headings - long - GP and
#       clinical lead, first person, chatty - GP federation with a hospital
#       andrology laboratory and a men's sheds charity - men and their
#       partners involved (as 'Shed members', 'the lads', wives) - NO staff
#       involvement (GPs trained, reception briefed, a named laboratory
#       manager doing his job, a questionnaire that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I918", format="docx", layout="no_headings", topic="post_vasectomy_semen_analysis",
    project="independent58-allclear-918", docx_font="Arial",
    title="All Clear Means All Clear: making sure the final check after vasectomy actually happens",
    cover=[
        "Merebrook GP Federation, Community Vasectomy Service (lead)",
        "With Merebrook and Hale Hospitals NHS Trust (Andrology Laboratory) and Merebrook Men's Sheds (registered charity)",
        "Written by Dr Sam Okonjo, GP and clinical lead for the vasectomy service",
    ],
    primary_entrant=dict(name="Merebrook GP Federation", type="primary_care"),
    partners=[
        dict(name="Merebrook and Hale Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Merebrook Men's Sheds", type="charity"),
    ],
    sections=[
        ("context", None, """
I have been doing vasectomies for fourteen years, first in my own practice and, since 2019, for the
Merebrook GP Federation, which runs the community vasectomy service for the whole of Merebrook and the
Hale valley. We do about 900 a year in two minor operations rooms, one at each end of the patch, under
local anaesthetic. It takes about twenty minutes, and most men are back at work within a couple of days.

The part that goes wrong is not the operation. It is what happens afterwards. A vasectomy does not work
straight away. There are still sperm in the tubes beyond the cut, and a man needs to keep using
contraception until a semen sample, usually at least twelve weeks later, shows that there are none, or
only a very small number that are not moving. Only then can we give what we call clearance. Every man is
told this, in the consultation, on the consent form, in the leaflet and on the day.

And yet when we looked at our figures in 2021, only about half of the men we had operated on had ever
sent in a sample. Some forgot. Some thought the operation was the end of it. Some tried, but the sample
has to reach the laboratory within an hour of being produced, and the andrology laboratory at Merebrook
General is open on weekday mornings only, a forty-minute drive for men living up the valley. Some sent
samples that arrived too late to be tested, and gave up. A few were told on the phone by someone at their
own practice that the result was 'normal', which for a semen test after a vasectomy means something very
different.

We knew of six pregnancies in the three years to 2021 where the man had had a vasectomy with us and had
not been cleared. Each one was a shock to a couple who thought they had made a settled decision, and in
some cases it was followed by a very difficult choice about the pregnancy.

So in 2022 we set out to make the final check as easy as the operation. Most of what we changed was
logistics. The laboratory agreed to accept samples from six collection points, four GP surgeries and two
community pharmacies, with a courier that gets them to the laboratory within the hour on any weekday
morning. Men book a collection slot by text. The laboratory now sends every post-vasectomy result to our
service rather than to the man's own GP, and one of our nurses phones or texts every man with his result
in words that cannot be misunderstood: 'You are clear and can stop using other contraception', or 'You
are not clear yet and must keep using contraception'. Men who have not booked a sample by sixteen weeks
get a reminder, then another at twenty weeks, and then a phone call.

We also rewrote all of our written information, and this is where Merebrook Men's Sheds came in. The
Sheds are community workshops where men, mostly but not all retired, get together to make and mend
things, have a cup of tea and talk. There are three in our area. I had been to the one in Hale Bridge to
give a talk on prostate health, and <<P:afterwards a surprising number of the men there told me, over the
kettle, that they had had the snip at some point and had never been quite sure whether they were 'done',
which is what persuaded me that our information needed rewriting by the people it was meant for.>>
"""),
        ("stakeholders", None, """
<<P:The Shed members who had had a vasectomy, about a dozen of them across the three Sheds, read our old
leaflet over two sessions and told me bluntly that it was written for doctors, and that the single most
important sentence, about carrying on with contraception, was hidden on page three.>> <<P:The lads
rewrote it with me, and it is now one side of A5 with that sentence at the top in large type, and a
tear-off slip for the fridge with the date of the test written on it.>> <<P:Some of their wives and
partners came along to the second session, and it was one of them who suggested that the clearance text
should go to both partners if the man agrees, which we now offer.>> <<P:The Shed at Hale Bridge also put
us straight on geography: men in the valley would never drive to Merebrook for a test, they said, which
is why two of the six collection points are in the valley.>>

All eleven GPs who operate for the service attended a refresher session run by the laboratory on how the
results are reported. Reception staff at the four collection surgeries and the counter staff at the two
pharmacies were briefed on how to take in a sample and fill in the courier form. The laboratory manager,
who leads the work at the hospital end, checks the courier times every month. We sent a short
questionnaire to all of our clinical staff after the first year and the answers were positive, so nothing
was changed. I would like to get the laboratory scientists and our nurses together next year to look at
the wording of the results again.
"""),
        ("evidence", None, """
We compared men who had their vasectomy in 2020 and 2021 with men who had it in 2022 and 2023, all with
at least twelve months of follow-up.

<<Q:The proportion of men who returned a semen sample that could be tested went up from 52% to 87%.>>
<<Q:Samples rejected by the laboratory because they arrived more than an hour after being produced fell
from about one in five to fewer than one in twenty.>> <<Q:Pregnancies reported to us where the man had not
yet been cleared went down from six in the three years before the change to one in the three years
since, and in that case the couple had decided not to use contraception after being told he was not yet
clear.>>

The courier has carried 1,640 samples since it started, and our nurses have sent 1,590 result messages.
"""),
        ("value", None, """
The courier costs about £11 a sample, around £18,000 a year, which the integrated care board agreed to
fund once it saw our figures. That is the price of a handful of outpatient appointments. An unplanned
pregnancy after a vasectomy is, for the couple, far more than a cost: it is often the hardest thing that
has ever happened to them, and for the NHS it can mean antenatal care, a delivery, or a termination, and
sometimes a complaint or a claim.

Men like being able to drop a sample at the chemist round the corner on the way to work. Our nurses no
longer spend their afternoons chasing results from the laboratory. And I no longer dread the phone call
from a man whose partner has just found out she is pregnant.
"""),
        ("spread", None, """
The integrated care board has asked the county's other vasectomy provider to use the same collection
points and courier, which it has done since 2024. The Men's Sheds have passed our leaflet on to the
national association for Men's Sheds, which has shared it with other Sheds. I presented the work at a
regional primary care conference in 2023, and several GPs who do vasectomies elsewhere have asked for the
result wording.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I919  out-of-hours transfers to interventional radiology for major
#       bleeding - pdf - CAPS headings - consultant paramedic, clipped -
#       ambulance service with a hub trust and two district hospital trusts -
#       staff involved - NO patient involvement (patients beneficiaries, a
#       negation, families told, a story read at the launch, a plan) - Q
#       includes an SPC shift and 'about a third fewer'
# ---------------------------------------------------------------------------
entry(
    id="I919", format="pdf", layout="caps_headings", topic="out_of_hours_ir_embolisation_transfer",
    project="independent58-bleedline-919", pdf_font="LiberationSans",
    title="BLEED LINE: getting patients with major bleeding to interventional radiology, day and night",
    cover=[
        "LEAD: Eastmarch Ambulance Service NHS Trust, Critical Care and Inter-Hospital Transfer",
        "PARTNERS: Eastmarch Royal Infirmary NHS Foundation Trust (Interventional Radiology); Ludworth General Hospital NHS Trust; Brinscombe District Hospital NHS Trust",
        "CONTACT: Consultant Paramedic, Critical Care",
    ],
    primary_entrant=dict(name="Eastmarch Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Eastmarch Royal Infirmary NHS Foundation Trust", type="nhs_trust"),
        dict(name="Ludworth General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Brinscombe District Hospital NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
Some patients who are bleeding heavily are best treated not in an operating theatre but in an
interventional radiology (IR) suite, where a radiologist passes a fine tube through an artery and blocks
the bleeding vessel from the inside. This is embolisation. It is used for bleeding from the gut, after
childbirth, from the kidney or liver after an injury, and after some operations. It can save a life and
avoid a major operation, but only if the patient gets there in time.

In our region only the Eastmarch Royal Infirmary has an IR team on call 24 hours a day. Ludworth and
Brinscombe have IR during the working day only. Out of hours, a patient bleeding at either district
hospital has to be transferred.

Before 2022 this was slow and unreliable. The district hospital doctor rang the Royal's switchboard and
asked for the on-call radiologist. The radiologist asked to see the CT images, which often could not be
viewed in Eastmarch until someone in IT had been woken up. Once the transfer was agreed, the request came
to our control room as an ordinary urgent transfer, competing with 999 calls. Crews did not know the
patient was bleeding until they arrived. At the Royal the patient went to the emergency department, was
assessed again, and only then went to IR. Reviews of three deaths in 2021 found delays at every step.

BLEED LINE changed that in April 2022. The district hospital rings a single number in our clinical hub,
which sets up a three-way call with the on-call IR consultant and the referring doctor within ten
minutes. The IR consultant views the CT images through an image link that is always on. If transfer is
agreed, the hub sends a critical care paramedic crew as a time-critical transfer, carrying blood from the
district hospital's blood bank in a cool box, and the patient goes straight to the IR suite, not to the
emergency department.
"""),
        ("evidence", "WHAT WE HAVE ACHIEVED", """
We compared the 18 months before the launch with the 24 months after.

<<Q:The median time from the first phone call to the patient arriving in the IR suite fell from 3 hours
40 minutes to 1 hour 25 minutes.>> <<Q:On the statistical process control chart of call-to-embolisation
time there has been a sustained shift below the old centre line since the summer of 2022, with every
month since then below the previous average.>> <<Q:Patients needing more than ten units of blood before
their bleeding was stopped were about a third fewer after the change than before it.>>

There were 182 BLEED LINE calls in the two years. 131 patients were transferred and 118 had embolisation.
The image link has been available 99.8% of the time.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<S:IR consultants at the Royal and emergency and acute medicine consultants at Ludworth and Brinscombe
met monthly for six months to agree which patients should be transferred, and they wrote the one-page
referral checklist that is read out on every call.>> <<S:Critical care paramedics tested the transfer
bag and cool box on a series of simulated transfers and asked for blood to travel in the district
hospital's own transport box, which the blood banks agreed to.>> <<S:Clinical hub dispatchers asked for a
separate BLEED LINE button on their screens after the first month, because finding the right call type
was taking too long.>> <<S:IR radiographers and nurses at the Royal rewrote their call-in procedure so
that the suite is ready when the crew arrives.>>

The patients who need BLEED LINE are critically ill at the time, and we did not involve patients in its
design. Families are told by the district hospital where their relative has gone and are given the
Royal's number. The story of a patient who survived a major bleed was read out at the launch event. We
plan to approach the regional trauma survivors' charity about reviewing the information given to
families.
"""),
        ("value", "VALUE", """
Transfers use existing critical care paramedic crews. The image link cost £24,000 to set up and is now
used for other specialties. Each patient who has embolisation instead of major surgery avoids days in
intensive care, which can cost more than £2,000 a day. Less blood is used.

District hospital doctors say they no longer spend an hour on the phone. Crews say they know what they are
going to.
"""),
        ("spread", "SPREAD", """
The same three-way call and direct admission are now used for out-of-hours transfers for emergency
vascular surgery. The neighbouring ambulance service has visited our clinical hub and is setting up a
similar line with its own IR centre. We presented BLEED LINE at the national interventional radiology
meeting in 2023.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I920  bedside drains and lumbar punctures moved into a procedures unit -
#       docx - rubric headings - consultant physician, formal - departments
#       of ONE 'University Hospitals' trust, no partner organisation
#       (ineligible) - staff involved (junior doctors first heard in the
#       context) - NO patient involvement (leaflets, comment cards, a plan,
#       beneficiaries) - NO quantitative evidence (procedure counts, numbers
#       trained, single audit figures, incidents with no comparison, a target)
# ---------------------------------------------------------------------------
entry(
    id="I920", format="docx", layout="rubric_headings", topic="ward_bedside_procedures_unit",
    project="independent58-notatmidnight-920", docx_font="Cambria",
    title="Not on the Ward at Midnight: a procedures unit for chest drains, abdominal drains and lumbar punctures",
    cover=[
        "Orchard Vale University Hospitals NHS Trust",
        "A partnership between the Departments of Respiratory Medicine, Gastroenterology and Hepatology, Radiology and Medical Education",
        "Lead author: Consultant Physician and Clinical Lead for the Medical Procedures Unit",
    ],
    primary_entrant=dict(name="Orchard Vale University Hospitals NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "The context in which the partnership was needed, the product or service, and its patient safety goals", """
Every day, patients on our medical wards need invasive procedures that are done at the bedside rather
than in an operating theatre: chest drains and pleural aspirations for fluid or air around the lung,
abdominal drains for fluid in people with liver disease, and lumbar punctures to sample spinal fluid.
These are not minor procedures. National safety alerts have described deaths from chest drains inserted
in the wrong place or without ultrasound, and serious bleeding after drains in patients with abnormal
clotting.

Until 2022 at Orchard Vale these procedures were usually done by junior doctors on the ward, whenever
they could find time, often late in the evening or at night. Ultrasound machines had to be borrowed from
other departments. There was no standard checklist, and consent was variable. <<S:Junior doctors told us
at a trainees' forum that they were often asked to do procedures they had seen only once or twice, with
nobody senior free to supervise, and that forum was the starting point for the unit.>> Our incident
reports for 2021 included a chest drain placed on the wrong side, a liver punctured during an abdominal
drain, two lumbar punctures attempted in patients taking anticoagulants, and many failed procedures that
had to be repeated.

The Medical Procedures Unit opened in September 2022 in a two-bay room next to the acute medical unit. It
is open from 8am to 8pm on weekdays and from 9am to 5pm at weekends, staffed by a nurse practitioner
trained in pleural and abdominal procedures and a supervising registrar, with its own ultrasound machine.
Any ward can book a procedure. Radiology provides ultrasound training and a weekly review of images, and
the Medical Education team runs simulation training for all new doctors. Every procedure follows a local
safety checklist, including a check of blood clotting and anticoagulants, site marking with ultrasound and
a 'time out' before the needle goes in. Outside these hours, only urgent procedures are done on the wards,
and they use the same checklist.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Between September 2022 and August 2024 the unit carried out 2,184 procedures: 1,106 pleural procedures,
742 abdominal drains and 336 lumbar punctures. 91% were done between 8am and 8pm, and every pleural and
abdominal procedure in the unit was guided by ultrasound.

A total of 164 doctors and 12 nurses have completed the simulation training. In an audit of 120
procedures in March 2024, the safety checklist had been fully completed in 112.

Eleven incidents relating to bedside procedures were reported in 2023/24, none of which caused severe
harm. We are working towards a target of 95% of planned procedures being done in the unit rather than on
the wards.
"""),
        ("spread", "How have the achievements been applied elsewhere and best practice shared?", """
The acute medical unit at our second hospital has opened a smaller version two days a week. The checklist
has been adopted by the haematology day unit for bone marrow biopsies. We presented the unit at a
regional acute medicine meeting in 2024.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The unit costs about £210,000 a year, mostly for staff, funded from the medical division's budget, and
the ultrasound machine cost £32,000. Failed procedures, repeated drains and complications all add bed
days, and a single serious complication can lead to a long stay or a claim. Junior doctors say they feel
safer, and ward nurses say they now know when the procedure will happen.
"""),
        ("stakeholders", "Who was involved and how were patients and staff involved?", """
<<S:The nurse practitioners and registrars who staff the unit wrote the checklist with the radiology team
and tested it for six weeks, removing steps that duplicated the consent form and adding a question about
the last dose of any anticoagulant after a near miss in the first week.>> <<S:Ward sisters asked for an
online booking system so that they could see free slots instead of phoning, and the digital team built
it with them.>> <<S:Foundation doctors who had been through the simulation training suggested adding a
session on talking to patients during a lumbar puncture, which is now part of the course.>>

Patients are given a leaflet about their procedure when it is booked, and consent is taken in the unit. A
comment card is available in the waiting area. We intend to ask patients who have repeated drains, such
as people with liver disease, about their experience of the unit in the coming year. The unit benefits
every patient on our medical wards who needs one of these procedures.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I921  blood thinners before planned cardioversion - pdf - form table with
#       a cover table - LPC chief officer, plain - pharmaceutical committee
#       with an acute trust cardiology day unit and a heart rhythm support
#       group - members (passive voice) and staff involved - Q includes a
#       fall to none from an earlier figure - no flags
# ---------------------------------------------------------------------------
entry(
    id="I921", format="pdf", layout="form_table", topic="cardioversion_anticoagulation_pharmacy_check",
    project="independent58-threeclearweeks-921", pdf_font="LiberationSerif",
    title="Three Clear Weeks: checking blood thinners before planned cardioversion through community pharmacies",
    cover_table=[
        ("Entry title", "Three Clear Weeks: checking blood thinners before planned cardioversion through community pharmacies"),
        ("Lead organisation", "Scarrowby Local Pharmaceutical Committee"),
        ("Partner organisations", "Scarrowby Hospitals NHS Trust (Cardiology Day Unit); Scarrowby Heart Rhythm Support Group"),
        ("Name and role of entrant", "Chief Officer, Scarrowby LPC"),
    ],
    primary_entrant=dict(name="Scarrowby Local Pharmaceutical Committee", type="primary_care"),
    partners=[
        dict(name="Scarrowby Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Scarrowby Heart Rhythm Support Group", type="patient_group"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and its safety goals.", """
Electrical cardioversion is a short procedure in which a controlled shock, given under brief sedation,
restores a normal heart rhythm in people with atrial fibrillation. Scarrowby's cardiology day unit
carries out about 520 planned cardioversions a year. Because restoring the rhythm can dislodge a clot
from the heart, patients must have taken an anticoagulant without missing a dose for at least three
weeks beforehand. If doses have been missed, the procedure should be postponed or a scan of the heart
done first.

Until 2022 the day unit relied on asking the patient on the morning of the procedure. Patients who had
missed a dose did not always remember, or did not like to say so after travelling in and fasting. When
they did say so, the procedure was cancelled on the day and the slot was lost. In 2021 two patients had
a stroke within a week of a planned cardioversion, and in both cases it emerged afterwards that doses
had been missed in the weeks before.

Community pharmacists dispense these medicines every month, can see when prescriptions are collected and
are used to talking to people about how they take their medicines. The LPC proposed that pharmacies do
the check properly, in advance. Under Three Clear Weeks, when a patient is listed for cardioversion the
day unit sends a referral to their nominated pharmacy. The pharmacist gives the patient a simple dose
diary, holds a short consultation four days before the procedure to go through the diary, the
collection records and any problems, and sends a structured report to the day unit. If doses have been
missed, the day unit rebooks the patient before they travel.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
<<Q:Cardioversions cancelled on the day because of doubts about anticoagulation fell from 14% of bookings
in 2021/22 to 3% in 2023/24.>> <<Q:Strokes or mini-strokes within 30 days of planned cardioversion went
from 4 in 2021/22 to none in 2023/24.>> <<Q:In audits of 100 sets of notes, the share of patients with a
reliable record of the previous three weeks' doses rose from 58% to 97%.>> In 2023/24 pharmacies
completed 486 checks, and 37 patients were rebooked before they travelled.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<P:The dose diary was tested by members of the Scarrowby Heart Rhythm Support Group who had been through
cardioversion, and it was changed at their request from a grid of ticks to a strip that fits inside the
lid of a medicine box.>> <<P:Members also warned that people would feel they were being checked up on, so
the letter now describes the pharmacy consultation as a chance to 'make sure nothing gets in the way of
your procedure'.>>

<<S:Pharmacists from eight pharmacies piloted the consultation for three months and cut the report from
two pages to seven questions.>> <<S:Day unit nurses agreed with the LPC the answers that should trigger a
phone call, and asked for reports to arrive at least three days before the procedure so that the slot
could be offered to someone else.>>
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
Pharmacies are paid £15 for each completed check, about £7,300 a year, funded by the trust. Every slot
that is refilled in advance is worth more than that, and a single stroke can cost the NHS and social
care tens of thousands of pounds. Patients no longer fast and travel only to be sent home, and day unit
staff say lists run more smoothly.
"""),
        ("spread", "How has the work been shared and spread?", """
The trust has extended the check to patients booked for catheter ablation for atrial fibrillation. Two
neighbouring LPCs are piloting it with their local cardiology units, and we have shared the referral and
report templates through the regional community pharmacy network.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I922  bleeding after polyp removal that turns up at another hospital -
#       docx - style headings - ICB endoscopy network programme manager,
#       measured - ICB with two acute trusts, the ambulance service and a
#       bowel health charity - volunteers and staff involved - Q includes a
#       run chart - no flags
# ---------------------------------------------------------------------------
entry(
    id="I922", format="docx", layout="style_headings", topic="post_polypectomy_bleed_cross_hospital",
    project="independent58-rightdoor-922", docx_font="Calibri",
    title="Back to the Right Door: safer care for people who bleed after polyp removal",
    cover=[
        "NHS Vennmoor and Ash Valley Integrated Care Board (lead), on behalf of the Vennmoor and Ash Valley Endoscopy Network",
        "Partners: Vennmoor General Hospital NHS Trust; Ash Valley Hospitals NHS Foundation Trust; Westway Ambulance Service NHS Trust; Bowel Health Vennmoor (registered charity)",
        "Prepared by the Network Programme Manager and the Network Clinical Lead for Endoscopy",
    ],
    primary_entrant=dict(name="NHS Vennmoor and Ash Valley Integrated Care Board", type="icb"),
    partners=[
        dict(name="Vennmoor General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Ash Valley Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Westway Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Bowel Health Vennmoor", type="charity"),
    ],
    sections=[
        ("context", "Background", """
Removing polyps during colonoscopy is one of the most effective ways of preventing bowel cancer. Bowel
cancer screening, and the growing use of colonoscopy for symptoms, mean that more large polyps are
removed every year in our two hospitals' endoscopy units, often using techniques that cut away a wide
area of the bowel lining. A small proportion of patients bleed afterwards, and the bleeding can start up
to two weeks later, when the patient is at home.

Vennmoor and Ash Valley have two acute trusts and a shared population of about 900,000 people. Patients
often have their colonoscopy at whichever hospital has the shorter wait, not the one nearest home. When
they bleed, they call 999 or go to their nearest emergency department. In 2021 the network's review of
delayed bleeding found that more than half of these patients arrived at a hospital other than the one
where the polyp was removed. That hospital had no record of the procedure, did not know the size of the
polyp or whether clips had been placed, and sometimes had no endoscopist on call. Patients waited for CT
scans they did not need, were transferred late at night, or had blood thinners restarted too soon
because nobody knew the plan. One man in his seventies, on an anticoagulant, was admitted twice in a
week and needed a transfusion each time.

In 2022 the ICB brought the two trusts, the ambulance service and Bowel Health Vennmoor, a charity that
supports people through bowel investigations and treatment, together to fix this. We agreed three
changes. Every patient who has a polyp larger than 2 cm removed goes home with a Polyp Card giving the
date, the size and site of the polyp, whether clips were used, the plan for blood thinners and a direct
number for the unit that did the procedure. The ambulance service's clinical hub can see a flag on the
patient's record for fourteen days afterwards and, if the patient is stable, take them to the hospital
that did the procedure. And both emergency departments now follow one agreed pathway for a bleed after
polyp removal, with direct access to the on-call endoscopist at either trust.
"""),
        ("evidence", "Evidence of improvement", """
We compared the 18 months before the cards were introduced in October 2022 with the 18 months after,
using both trusts' endoscopy and emergency department records and the ambulance service's conveyance
data.

<<Q:Patients with a bleed after polyp removal who were first seen at a hospital with no record of the
procedure fell from 54% to 19%.>> <<Q:Transfers between the two hospitals for these patients went down
from 31 to 9.>> <<Q:The average length of stay for a delayed bleed dropped from 3.8 days to 2.1 days, and
the run chart shows the lower level has held in every quarter since early 2023.>>

Over the same period 2,640 Polyp Cards were issued.
"""),
        ("stakeholders", "Involving patients and staff", """
<<P:Volunteers from Bowel Health Vennmoor, several of whom have had large polyps removed themselves,
tested the card and its leaflet and told us that the most useful thing would be a clear instruction about
when to ring the unit and when to ring 999, which became the first line on the back of the card.>>
<<P:One volunteer, who bled after a polyp removal in 2020 and was seen in three different departments in
one night, now sits on the network's steering group.>>

<<S:Endoscopy nurses at both trusts designed the card with the charity and decided that it should be
completed by the recovery nurse, not the endoscopist, so that it is never forgotten.>> <<S:Paramedics and
clinical hub clinicians worked out with the emergency department consultants which patients were stable
enough to be taken past their nearest hospital, and the criteria were changed after three months to
include patients on anticoagulants.>> <<S:Consultant endoscopists at both trusts agreed to take calls
about each other's patients, which had not happened before.>>
"""),
        ("value", "Value", """
The cards cost a few pence each to print, and the record flag uses a system the ambulance service
already had. Each transfer avoided saves an ambulance journey of up to two hours and a bed for the
night, and shorter stays free up beds on the gastroenterology wards. Patients say the card makes them
feel less alone in the first fortnight.
"""),
        ("spread", "Spread and sustainability", """
The card has been adopted by the regional bowel cancer screening programme for all its endoscopy units,
and the ambulance service has offered the fourteen-day flag to other procedures, starting with patients
who have had a liver biopsy. We presented the work at the regional gastroenterology meeting in 2024. Every
delayed bleed across both trusts is still reviewed each quarter.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I923  pain and fainting in outpatient hysteroscopy - pdf (via Word) -
#       style headings - lead nurse hysteroscopist, direct - acute trust with
#       a women's health charity and a university - women involved - NO staff
#       involvement (clinic staff trained, the wider team briefed, a named
#       research midwife doing her job, a survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I923", format="pdf", layout="style_headings", topic="outpatient_hysteroscopy_pain",
    project="independent58-saystop-923", render_via="soffice", docx_font="Liberation Sans",
    title="You Can Say Stop: making outpatient hysteroscopy safer and less painful",
    cover=[
        "Penrose Vale Hospitals NHS Trust, Gynaecology Outpatient Services (lead)",
        "Partners: Women's Voices Penrose (registered charity); University of Penrose, School of Health Sciences",
        "Author: Lead Nurse Hysteroscopist",
    ],
    primary_entrant=dict(name="Penrose Vale Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Women's Voices Penrose", type="charity"),
        dict(name="University of Penrose", type="university"),
    ],
    sections=[
        ("context", "The problem", """
Hysteroscopy is a look inside the womb with a thin camera passed through the cervix. It is used to
investigate bleeding after the menopause, heavy periods and fertility problems, and to remove polyps,
take biopsies or retrieve lost coils. At Penrose Vale about 1,900 hysteroscopies a year are done in our
outpatient clinic, usually with no anaesthetic or with a local anaesthetic only, in a room that looks
more like a consulting room than a theatre.

Most women find it uncomfortable but manageable. A significant minority find it extremely painful, and
national campaigning by women who have had traumatic experiences has made this impossible to ignore.
Pain is not only a matter of comfort. Severe pain can make women faint during the procedure or soon
after, and a procedure stopped part way through means that a diagnosis, sometimes of cancer, is delayed
while the woman waits for a repeat under general anaesthetic.

In 2021 a review by the trust's patient experience team found that women were rarely told in advance
that they could choose a different kind of pain relief or a general anaesthetic, that some did not know
they could ask the clinician to stop, and that pain was not recorded in any consistent way. That year we
recorded 41 fainting episodes needing treatment in the clinic, and 9% of procedures were abandoned.

We set up You Can Say Stop in 2022 with Women's Voices Penrose, a local charity that campaigns on women's
health, and the University of Penrose. The changes were: a new information sheet and a short film sent
with every appointment, explaining the choices (no anaesthetic, local anaesthetic, gas and air, or a
general anaesthetic on a day surgery list); a conversation before every procedure to confirm the woman's
choice; an agreed stop word that means the clinician stops at once, with no questions asked; pain scores
recorded at three points and reviewed every month; and a clear protocol for women who feel faint.
"""),
        ("evidence", "What has changed", """
We compared 2021 with 2023, using the clinic's procedure records and pain scores and a short
questionnaire completed by women before they left the clinic.

<<Q:Procedures abandoned because of pain fell from 9% in 2021 to 3% in 2023.>> <<Q:Women reporting severe
pain during the procedure, a score of 7 or more out of 10, went down from 31% to 12%.>> <<Q:Fainting
episodes needing treatment in the clinic halved, from 41 to 20.>> <<Q:The share of women who said they had
been offered a choice of pain relief before the day went up from 22% to 94%.>>

In 2023, 168 women chose a general anaesthetic or sedation instead of an outpatient procedure.
"""),
        ("stakeholders", "Working with women", """
<<P:Around twenty members of Women's Voices Penrose, many of whom had had a hysteroscopy at our trust or
elsewhere, took part in two focus groups and told us that the one thing that would have helped most was
knowing they were allowed to stop.>> <<P:They chose the stop word itself ('red') and went through our
information sheet line by line, removing phrases such as 'mild discomfort' that they said had left them
feeling they had overreacted.>> <<P:Three women agreed to appear in the short film and talk about their
own procedures, one of which had been abandoned.>>

All hysteroscopists, nurses and healthcare assistants in the clinic attended a half-day session on pain
and communication, and the wider gynaecology team was briefed at a departmental meeting. A research
midwife from the university, Dr Helen Marr, ran the focus groups and wrote the evaluation report. We
asked clinic staff to complete a short survey after six months, and as the responses were positive the
session was not changed. We plan to involve the day surgery team in reviewing the general anaesthetic
route next year.
"""),
        ("value", "Value", """
The film cost £3,500 to make, paid for from the university's public engagement fund. Pain scores are
recorded on the existing procedure record. Each abandoned procedure that is avoided saves a repeat
appointment or a theatre slot and shortens the time to diagnosis. Women tell us they feel in control of
what happens to them.
"""),
        ("spread", "Spreading the learning", """
The stop word and pain scoring have been adopted by our colposcopy clinic. Women's Voices Penrose has
shared the information sheet with campaign groups in other regions, and we presented the work at a
national gynaecology nursing conference in 2024.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I924  emergency readiness for sedation in high street dental practices -
#       docx - form table with a cover table - PRIVATE dental group as primary
#       entrant, with the ambulance service and a university dental school
#       (ineligible) - clinical director, businesslike - staff involved - NO
#       patient involvement (instructions given, feedback cards that changed
#       nothing, a negation, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I924", format="docx", layout="form_table", topic="dental_practice_sedation_emergency_readiness",
    project="independent58-readyinthechair-924", docx_font="Calibri",
    title="Ready in the Chair: emergency readiness for conscious sedation in high street dental practices",
    cover_table=[
        ("Title of entry", "Ready in the Chair: emergency readiness for conscious sedation in high street dental practices"),
        ("Lead organisation", "Ivory Lane Dental Care Ltd (a group of 22 dental practices)"),
        ("Partner organisations", "Coldmarsh Ambulance Service NHS Trust; University of Coldmarsh, School of Dentistry (Clinical Simulation Unit)"),
        ("Name and role of entrant", "Clinical Director, Ivory Lane Dental Care Ltd"),
    ],
    primary_entrant=dict(name="Ivory Lane Dental Care Ltd", type="private"),
    partners=[
        dict(name="Coldmarsh Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="University of Coldmarsh", type="university"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and its safety goals.", """
Ivory Lane provides NHS and private dental care from 22 practices. Eleven of them offer conscious
sedation for nervous patients and for more complex treatment such as surgical extractions and implants:
intravenous midazolam for adults, and inhalation sedation with nitrous oxide and oxygen for children and
some adults. Together they provide about 6,800 sedation appointments a year.

Sedation in dentistry is safe when it is done well, but it happens in ordinary high street buildings,
often upstairs, with small teams and no anaesthetist. In 2022 an internal review, after a patient had a
severe allergic reaction during sedation, found that the oxygen cylinder in that surgery was nearly
empty, that the team had not practised a medical emergency together for over a year, and that the
ambulance crew had spent several minutes finding the entrance to the upstairs surgery through a shared
back yard. The patient recovered, but we recognised that the same thing could happen at any of our sites.

We approached the ambulance service and the university's dental school, which runs a clinical simulation
unit, for help. Together we agreed a standard for all our sedation practices: daily checks of oxygen,
suction and emergency drugs recorded on a shared checklist; an unannounced medical emergency drill for
each sedation team every quarter, run by the simulation unit's trainers; an access sheet for each site,
held by the ambulance service, showing the entrance, parking and route to the surgery; and a confirmed
escort for every adult having intravenous sedation before the appointment goes ahead.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
We compared the twelve months before the standard (October 2021 to September 2022) with October 2023 to
September 2024.

<<Q:In unannounced drills, the average time for a sedation team to give oxygen to a collapsed simulated
patient fell from 4 minutes 20 seconds to 1 minute 10 seconds.>> <<Q:Daily emergency equipment checks
that were fully completed rose from 61% of sedation days to 98%.>> <<Q:Sedation appointments cancelled on
the day because the patient had no escort went down from 12% to 4%.>> The simulation unit has run 88
drills across the eleven practices.
"""),
        ("spread", "How has the work been shared and spread?", """
The ambulance service has offered access sheets to every dental practice in its area, and 140 have sent
one in. The dental school has added our drill scenarios to its teaching for dental care professionals. We
presented the work at a national dental sedation conference in 2024.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The drills are charged at £180 each, about £16,000 a year, paid by Ivory Lane. The checklist and access
sheets cost nothing. Dental nurses say the drills have made them more confident, and our sedation
dentists say the escort check has ended awkward conversations on the day.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Dental nurses from five practices worked with the simulation trainers to write the drill scenarios,
and asked for drills to take place in their own surgeries with their own equipment, rather than in the
university's simulation suite.>> <<S:Ambulance control room staff designed the access sheet after
paramedics told them that finding the surgery, not treating the patient, was often the slowest part of a
call to a dental practice.>> <<S:Practice managers suggested confirming escorts by text two days before,
which is now done for every intravenous sedation appointment.>>

Patients having sedation are given written instructions before and after their appointment and must
bring an adult escort. We asked 200 patients to complete a feedback card after sedation; scores were high
and no changes were made. Patients were not consulted when the standard was written. We intend to set up
a patient panel for our sedation services in 2025.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I925  handover after interventional radiology procedures (nephrostomies,
#       biliary drains, biopsies) - pdf - with appendix - IR nurse specialist,
#       practical - acute trust with community trust district nursing and a
#       university school of nursing - patients, a carer (passive voice) and
#       staff involved - NO quantitative evidence in the evidence section
#       (usage counts, a single audit figure, incidents with no comparison,
#       a plan), though a measured change is told in the value section
# ---------------------------------------------------------------------------
entry(
    id="I925", format="pdf", layout="with_appendix", topic="interventional_radiology_drain_handover",
    project="independent58-tubeshome-925", pdf_font="LiberationSerif", pdf_align="L",
    title="Tubes Home: safer handover after interventional radiology, from the IR suite to the ward and home",
    cover=[
        "Harlingham Hospitals NHS Trust, Interventional Radiology Department (lead entrant)",
        "Partners: Harlingham Community Services NHS Trust (District Nursing); Harlingham University (School of Nursing and Midwifery)",
        "Prepared by the Interventional Radiology Nurse Specialist",
    ],
    primary_entrant=dict(name="Harlingham Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Harlingham Community Services NHS Trust", type="nhs_trust"),
        dict(name="Harlingham University", type="university"),
    ],
    sections=[
        ("context", "The problem", """
Interventional radiology (IR) has changed care for many patients. Using imaging to guide needles, wires
and tubes, our radiologists drain blocked kidneys with a nephrostomy, relieve jaundice with a biliary
drain, drain abscesses and take biopsies of the liver, kidney and lung, all without an operation.
Harlingham's IR department carries out about 4,200 procedures a year.

The procedure itself is usually quick. The risks often come afterwards. Most patients go back to a
general ward, where the nurses may look after only a handful of IR patients a year. After a liver or
kidney biopsy the patient needs observations at set times to pick up bleeding, which can be hidden. A
patient going home with a nephrostomy or a biliary drain needs the tube flushed and the dressing changed,
and the district nurses need to know what the tube is, how it is secured and who to call if it stops
draining or falls out.

In 2022 we reviewed incidents involving IR patients after they had left the department. We found patients
whose observations after a biopsy had been missed because the ward did not know the plan, nephrostomy
tubes pulled out when patients were moved, drains clamped by mistake, and patients sent home with a tube
the district nurses had never been told about. One woman went home on a Friday with a biliary drain and
no supplies, and her district nurse spent much of the weekend on the phone trying to find out what it
was. The drain blocked and she was readmitted with sepsis.

We set up Tubes Home with the community trust's district nursing service and the university's school of
nursing. It has four parts: an IR handover sheet that goes with every patient to the ward, with the
observations needed, the warning signs and the IR nurse's number; a drain passport for every patient
going home with a tube; a phone call from the IR nurse to the district nursing team before the patient is
discharged; and a short online learning module on caring for IR drains, for ward and community nurses.
"""),
        ("evidence", "What we have done so far", """
The handover sheet was introduced in March 2023 and has been used for more than 3,900 patients. In an
audit of 100 patients who had a liver or kidney biopsy in February 2024, observations had been recorded
at all the planned times in 84.

Since the start, 412 drain passports have been issued and the IR nurses have made 398 calls to district
nursing teams before discharge. The online module has been completed by 640 nurses, 210 of them district
nurses. The IR nurse line receives around 60 calls a month.

Two serious incidents involving drains were reported in 2023/24, and both have been investigated under
the trust's incident process. We plan to compare bleeding complications after biopsy before and
after the handover sheet once two full years of data are available.
"""),
        ("stakeholders", "Who was involved", """
<<P:Patients who had lived with a nephrostomy at home were asked what they had needed to know, and four
of them, together with two partners who had done much of the tube care, helped us design the drain
passport.>> <<P:It was one of these carers, a man whose wife had a nephrostomy for eight months, who asked
for a photograph of the tube as it should look, so that he could see straight away if it had moved.>>

<<S:District nurses from three localities went through the first drafts of the passport and the learning
module with our IR nurses and asked for a section on what to do when a tube falls out at night, which had
not been in the draft.>> <<S:Ward sisters on the surgical and medical wards tested the handover sheet for
a month and cut it down to a single side.>> <<S:Nursing lecturers at the university built the online
module with our nurses and tried it out with student nurses, changing it to include short videos of real
drains after the first trial.>>
"""),
        ("value", "Value", """
The handover sheet and passport cost very little to print, and the module was written within the
university's existing teaching time. <<Q:Unplanned returns to hospital with a blocked or dislodged
nephrostomy fell from 46 in 2022 to 19 in 2024, which we think is largely down to district nurses
knowing what to look for.>> Each return means an emergency department visit and often a repeat procedure
in IR. District nurses tell us they feel far more confident caring for these tubes.
"""),
        ("spread", "Spreading the learning", """
The handover sheet has been shared with the two other hospitals in the regional IR network, and one now
uses it. The urology department has adopted the drain passport for patients going home with stents and
catheters. The university module is open to nurses from other trusts, and 120 have completed it.
"""),
    ],
    trailer=[
        ("heading", "Appendix: the drain passport and data sources"),
        ("para", "Page 1: the patient's name, the type of tube (nephrostomy, biliary drain or other drain), the date it was put in, a photograph of the tube and dressing as they should look, and the date of the next tube change. Page 2: how to flush the tube and change the bag, with pictures. Page 3: warning signs (no drainage, leaking, bleeding, fever or shivering, the tube moving or falling out) and what to do. Page 4: the 24-hour IR nurse number and the district nursing team's number."),
        ("para", "Handover sheet use and the biopsy audit are from the IR department's records; passport and call numbers from the IR nurse specialists' log; module completion from Harlingham University's learning system; returns to hospital from the trust's emergency department and IR systems."),
        ("para", "Contact: Interventional Radiology Nurse Specialist, Harlingham General Hospital, Mill Lane, Harlingham HG3 5RT."),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I926  aftercare for prostate biopsies under local anaesthetic in clinic -
#       docx - reordered (context, stakeholders, evidence, value) - urology
#       clinical nurse specialists, warm - acute trust with a prostate cancer
#       support group and a primary care network - men, volunteers and staff
#       involved - Q includes 'roughly two thirds' - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I926", format="docx", layout="reordered", topic="prostate_biopsy_clinic_aftercare",
    project="independent58-afterthebiopsy-926", docx_font="Arial",
    title="After the Biopsy: safer aftercare for men having prostate biopsies under local anaesthetic",
    cover=[
        "Stannerley University Hospitals NHS Trust, Department of Urology (lead)",
        "Working with Stannerley Prostate Cancer Support Group and Stannerley North Primary Care Network",
        "Written by the Uro-oncology Clinical Nurse Specialist team",
    ],
    primary_entrant=dict(name="Stannerley University Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Stannerley Prostate Cancer Support Group", type="patient_group"),
        dict(name="Stannerley North Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "Why we started", """
Men with a raised PSA blood test or an abnormal MRI scan of the prostate usually need a biopsy. Until
2021 most biopsies at Stannerley were done through the back passage, which carries a risk of serious
infection. Like many units we moved to transperineal biopsy, through the skin behind the scrotum, done
under local anaesthetic in an outpatient clinic room rather than in theatre. We now do about 1,300 a year.

The new technique carries a much lower risk of infection, but moving the procedure to clinic brought its
own problems. Men go home within an hour. A few develop problems in the following days: they cannot pass
urine, they bleed more than expected, or they develop a fever. In our first year we found that men with
these problems were ringing NHS 111 or their GP practice, where staff did not know what procedure they
had had or what was normal. Some were told to wait and were later admitted; others were sent to the
emergency department with blood in their urine that was entirely expected. At the same time men were
anxious about their results, which took up to three weeks, and many rang their practice to chase them.

In 2022 we set out to make the days after the biopsy as safe as the procedure. Every man now leaves with
an aftercare card that explains what is normal (some blood in the urine or semen for several weeks) and
what is not (being unable to pass urine, a fever, heavy bleeding with clots), with a direct number for
the urology nurses on weekdays and the urology ward at other times. Practices in the primary care network
receive an electronic notice on the same day, and their care navigators have a simple script. Men are
given a date when they will hear their result, and are phoned on that date even if the result is not
ready.
"""),
        ("stakeholders", "The people who shaped it", """
<<P:Men from the Stannerley Prostate Cancer Support Group who had had biopsies in our clinic came to two
evening meetings and told us that the worst part was not the procedure but the waiting, and not knowing
what was normal afterwards.>> <<P:They wrote the 'what is normal' section of the aftercare card in their
own words, and asked for the results date to be written on the card by hand in front of them.>> <<P:Two
of the group's volunteers now ring men who have had a biopsy, if the man agrees, to talk through what
happens next.>>

<<S:Care navigators from the network's practices helped us write the script they use when a man rings
after a biopsy, and asked for the same-day notice to appear as an alert on the record rather than as a
letter.>> <<S:The urology nurses and the network's GPs agreed which problems should come straight back to
urology and which could be managed in general practice, after going through twenty calls together.>>
<<S:Staff on the urology ward suggested that out-of-hours calls are logged in a shared list so that the
nurses can ring every man back the next morning.>>
"""),
        ("evidence", "What has happened since", """
We compared the year before the aftercare changes (2021/22) with 2023/24.

<<Q:Men attending an emergency department within 14 days of a biopsy with a problem that could have been
dealt with by a phone call, such as expected bleeding, fell from 61 to 22.>> <<Q:Admissions with urinary
retention where the man had waited more than 12 hours before getting help went down from 14 to 3.>>
<<Q:Calls to the network's practices from men chasing biopsy results dropped by roughly two thirds, from
an estimated 40 a month to about 12.>>

The urology nurse line took 1,120 calls in 2023/24. Admissions with sepsis after biopsy are now rare,
mostly because of the change of technique rather than the aftercare changes.
"""),
        ("value", "Was it worth it?", """
The aftercare card costs a few pence. The nurse line is answered by the existing clinical nurse
specialists, who estimate it takes about an hour a day between them. The emergency attendances and
admissions avoided save far more than that. For men, knowing what is normal and having one number to
call takes away a great deal of worry at a frightening time, and GPs tell us they finally know what to
say when a man rings.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I927  Deaf BSL users having endoscopy and imaging procedures - pdf - no
#       headings - long - Deaf charity chief officer, vivid - charity with
#       an acute trust's endoscopy unit and radiology department and a
#       university Deaf studies department - Deaf volunteers involved - NO
#       staff involvement (staff trained and briefed, a patient experience
#       manager doing her job, the university funding and hosting, a survey
#       that changed nothing, a hope)
# ---------------------------------------------------------------------------
entry(
    id="I927", format="pdf", layout="no_headings", topic="deaf_bsl_users_endoscopy_imaging_procedures",
    project="independent58-handsfree-927", pdf_font="LiberationSans",
    title="Hands Free to Sign: safer endoscopy and imaging procedures for Deaf people who use British Sign Language",
    cover=[
        "Lead entrant: Rookhaven Deaf Association (registered charity)",
        "Partners: Rookhaven and District Hospitals NHS Trust (Endoscopy Unit and Radiology Department); University of Rookhaven (Department of Deaf Studies)",
        "Written by the Chief Officer, Rookhaven Deaf Association",
    ],
    primary_entrant=dict(name="Rookhaven Deaf Association", type="charity"),
    partners=[
        dict(name="Rookhaven and District Hospitals NHS Trust", type="nhs_trust"),
        dict(name="University of Rookhaven", type="university"),
    ],
    sections=[
        ("context", None, """
There are about 900 Deaf people in Rookhaven whose first language is British Sign Language (BSL). Many of
them read English as a second language, and some find reading it hard. For years our advocacy workers
have gone with Deaf people to hospital appointments when no interpreter was booked, and the appointments
that worried us most were procedures: endoscopies, biopsies, scans with contrast and procedures in the
radiology department.

Think about what a gastroscopy is like for a Deaf person. The consent conversation happens in English,
sometimes with a family member interpreting because no interpreter has turned up. The lights are dimmed.
The staff wear masks, so lip-reading is impossible. The patient lies on their side with a tube in their
mouth and cannot sign, or see anyone sign. If sedation is given, they may still be drowsy in recovery at
exactly the moment when the nurse explains what to look out for at home. A radiographer asking someone to
hold their breath or keep still during a CT-guided biopsy is talking to someone who cannot hear them.

The consequences were sometimes serious. Between 2019 and 2021 our advocacy log recorded 23 procedures for
Deaf people that were cancelled or stopped part way through because communication broke down. One Deaf
woman had a colonoscopy without understanding that a polyp would be removed. One man was sent home after
a gastroscopy with written instructions he could not read well, did not realise that the chest pain he
developed that night was a warning sign, and came back two days later with a small tear in his gullet.
He recovered. He had thought the pain was normal, because nobody had told him otherwise in a language he
understood.

In 2022 the Association went to the trust's endoscopy unit and radiology department, and to the
University of Rookhaven's Department of Deaf Studies, with a simple proposal: a Deaf BSL user should be
able to go through a procedure, from booking to going home, with full access to communication at every
step. We called it Hands Free to Sign.

It is worth saying what the system looked like before, because none of it was anybody's fault in
particular. Interpreters were booked by the outpatient booking team for a fixed hour, usually starting at
the appointment time. Endoscopy lists often run late, so the interpreter would arrive, wait, and then
have to leave for their next booking just as the patient went into the procedure room. Nobody booked an
interpreter for recovery, because nobody thought of recovery as part of the appointment. Radiology had no
way of knowing that a patient was Deaf until they walked in, because the flag on the hospital record was
not visible on the radiology system. And family members, often a teenage son or daughter, were regularly
asked to interpret consent for procedures that they did not understand themselves, about parts of their
parent's body that neither of them wanted to discuss in front of the other.

This is what changed. The booking systems now carry a flag for BSL users, set from the GP referral or by
the patient through our office, and the flag means an interpreter is booked for the whole visit, not just
the consent conversation, including recovery and discharge. Deaf patients are given the first or last
slot on a list, so that a delay does not eat into the interpreter's booking. In the procedure room, staff
use clear face masks or lower their mask to speak when it is safe, the interpreter stands where the
patient can see them, and a small set of touch signals is agreed beforehand: a tap on the shoulder means
'we are about to start', a hand resting on the arm means 'keep still', and the patient raising a flat
hand means 'stop'. For CT and other scans, a card with pictures shows 'hold your breath' and 'breathe
normally', and the radiographer holds it up to the window. Discharge advice is given in BSL by the
interpreter and backed up by short BSL videos that patients can watch again at home on their phone. After
a procedure, a Deaf patient can contact the unit by text message or through a video relay service,
instead of a phone number they cannot use.
"""),
        ("stakeholders", None, """
None of this was designed by hearing people on their own. <<P:A group of eleven Deaf volunteers, all BSL
users and most of whom had had an endoscopy or a scan themselves, met with us every month for a year and
worked through every step of a patient's journey, acting out procedures in a procedure room that the
trust let us use one evening.>> <<P:It was the volunteers who came up with the touch signals, after trying
several and finding that some felt frightening when you could not see who was touching you.>> <<P:They
also chose which parts of the discharge advice should become BSL videos, and three of them signed the
videos themselves.>> <<P:The man who had come back with the tear in his gullet joined the group at its
second meeting, and his experience is the reason every video ends with the same sentence: 'If you have
pain in your chest or tummy tonight, this is not normal, contact the unit now'.>>

The trust's endoscopy and radiology staff attended Deaf awareness training delivered by our team, and all
radiographers were briefed on the picture card. The trust's patient experience manager, who has been our
main contact, arranged the room bookings and the change to the booking system. The University's
Department of Deaf Studies paid for the filming of the BSL videos from its public engagement fund and
hosts them on its website. We asked staff in the endoscopy unit to fill in a short survey six months
after the training; the answers were positive, so we did not change the training. We hope that in the
next stage nurses and radiographers will sit down with the Deaf volunteers to review the touch signals
together.
"""),
        ("evidence", None, """
Our advocacy log and the trust's booking data allow a before and after comparison.
<<Q:Procedures for BSL users that were cancelled or stopped because of communication problems fell from
23 out of 71 booked in the three years to 2021 to 3 out of 88 booked in the two years since the scheme
started.>> <<Q:The proportion of BSL users who had an interpreter with them at discharge, not only at
consent, went up from 18% to 91%.>> <<Q:Among BSL users we asked after a procedure, the share who said
they understood what to look out for at home rose from about a third before the scheme to almost nine in
ten.>>

The BSL videos have been watched more than 2,300 times, many of them, we suspect, by Deaf people getting
ready for a procedure elsewhere.
"""),
        ("value", None, """
Booking an interpreter for a whole visit rather than a consent conversation costs about £90 more per
procedure, roughly £4,000 a year. Against that, every cancelled slot on an endoscopy list, every repeat
procedure and every complication spotted late costs the trust far more. The videos cost £2,800 to film.

For Deaf people the difference is harder to put a price on. Deaf people tell us that for the first time
they felt like a patient, not a problem. One woman said that lying on the trolley, seeing the
interpreter's face in the light, was the first time she had not been frightened in a hospital.

There is also a cost that does not show up in any budget. When Deaf people stop trusting hospitals, they
stop coming. Several of the people our advocacy workers supported before 2022 had cancelled follow-up
endoscopies, or refused a biopsy, because the last one had been so frightening. Some of those
procedures were for suspected cancer. We cannot say how many diagnoses were delayed as a result, but we
know it happened, and we know that Deaf people are more likely than hearing people to be diagnosed with
cancer late.
"""),
        ("spread", None, """
The trust has extended the BSL flag to its outpatient clinics and its day surgery unit. We have shared
the touch signals and the videos with Deaf organisations in three other areas, and two hospitals in the
region have asked to use the videos. The University has written about the project for a journal on Deaf
people's health, and we presented it at a national conference on access to health care for Deaf people
in 2024.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I928  safety check for joint and soft tissue injections in general
#       practice - docx - bullet lists - short - PCN clinical director, brisk
#       - PCN with the community trust's MSK service - staff involved - NO
#       patient involvement (patients confirm the side, a leaflet, a negation,
#       a plan) - NO evidence section and no measured change anywhere
# ---------------------------------------------------------------------------
entry(
    id="I928", format="docx", layout="bullet_lists", topic="joint_injection_safety_check_primary_care",
    project="independent58-leftmeansleft-928", docx_font="Calibri",
    title="Left Means Left: a safety check for joint and soft tissue injections in general practice",
    cover=[
        "Lead: Kellbridge South Primary Care Network",
        "Partner: Kellbridge Community NHS Trust, Musculoskeletal (MSK) Service",
        "By the PCN Clinical Director and the MSK First Contact Practitioner Lead",
    ],
    primary_entrant=dict(name="Kellbridge South Primary Care Network", type="primary_care"),
    partners=[
        dict(name="Kellbridge Community NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why", """
- GPs, first contact physiotherapists and nurses in our eight practices give around 2,600 steroid injections a year into joints and soft tissues: knees, shoulders, hips, wrists, trigger fingers and tennis elbows

- most are done in an ordinary consulting room, in a ten or fifteen minute appointment, and nobody thinks of them as surgery

- in 2022 two patients in the network had an injection on the wrong side or in the wrong place: one into the right shoulder instead of the left, and one into the wrong finger

- there were near misses too: a patient on an anticoagulant injected without the clinician knowing, a patient with diabetes not warned that their blood sugar would rise, and a second injection into the same knee three weeks after the first

- unlike a hospital procedure room, there was no checklist, no site marking and no pause before the needle went in

- each practice had its own way of doing things, and the locums who cover many of our injection clinics brought their own habits with them

- in June 2023 we introduced a one-page safety check for every injection in every practice in the network, based on the one the community MSK service already used in its own clinics

- the check covers identity, the side and site confirmed and marked with a skin pen, anticoagulants, diabetes, any injection in the last three months, the drug and dose read aloud, and what to watch for afterwards

- it is built into the clinical system as a template that has to be completed before the injection can be recorded
"""),
        ("stakeholders", "Who was involved", """
- <<S:first contact physiotherapists from the MSK service shared their own checklist and went through it line by line with two of our GPs and a practice nurse, cutting it down to what can be done in a short appointment>>

- <<S:our practice nurses asked for the site to be marked before the patient gets onto the couch, because they had found that people often point to the wrong side once they are lying down>>

- <<S:the PCN's digital lead and the reception teams designed the template so that it opens automatically when an injection appointment is booked>>

- patients are asked to confirm their name, date of birth and the side of the injection as part of the check

- every patient is given a leaflet about the injection afterwards

- patients were not involved in writing the check, as it is a clinical tool

- we plan to ask the practices' patient participation groups for their views on the leaflet next year
"""),
        ("value", "Value", """
- the template was built by our digital lead in existing time, and the skin pens cost under £100 for the whole network

- the check adds about a minute to each appointment

- an injection in the wrong place causes pain and worry, can lead to a complaint or a claim, and damages trust in the practice

- clinicians say it makes them feel safer, especially locums who do not know the practice
"""),
        ("spread", "Spread", """
- the template has been shared with the other two PCNs in Kellbridge

- the MSK service uses the same check in its community clinics, so patients see the same process wherever they have an injection

- we presented the check at the county's protected learning time event for primary care in 2024

- the county's GP training scheme has added the check to its teaching on minor procedures for GP registrars

- the template has recorded 2,470 completed checks from June 2023 to the end of 2024
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)
