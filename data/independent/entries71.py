"""Seventy-first independent evaluation set (I1121..I1136) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing acute, community and maternity
services, medical examiner offices, coroners' services, ambulance and fire services,
integrated care boards, safeguarding adults boards, families' charities, children's
hospices, self-advocacy groups, universities, GP federations, a single GP practice and
an independent hospital group send in, in their own voices and at their own length.  The
theme of this set is what happens after harm: learning from deaths, families after an
incident, the duty of candour, patient safety incident response, inquests and reports to
prevent future deaths.

Topics: medical examiner scrutiny extended to deaths at home, in care homes and in the
hospice (an acute trust's medical examiner office with a GP federation and the coroner,
own headings), an independent family liaison worker for every family in a patient safety
incident investigation (a families' charity, bold headings with a cover table),
plain-language duty of candour letters (a university linguistics group lead, two
columns), one system response to coroners' prevention of future deaths reports (an
integrated care board, a form with a cover table), preparing bereaved families and NHS
staff witnesses for inquests (a council coroner's service, no headings, long), turning
learning from the deaths of people with a learning disability into action on
constipation (a self-advocacy group as lead, CAPS headings), peer support for general
practice staff after a patient dies or is seriously harmed (a GP federation with a
university, numbered questions with cover bullets), joint review of harm to patients
waiting for an ambulance (an ambulance service, a pdf made from Word), bereaved parents'
questions in perinatal mortality reviews (an acute trust maternity service, rubric
headings, no stakeholders section), a key worker for families through the child death
review process (a children's hospice, lists), safety-netting changed after a patient's
death from a late cancer diagnosis (one GP practice on its own, no partner, style
headings), joint review of deaths after transfer from independent hospitals to the NHS
(a private independent hospital group as primary entrant, numbered questions), same-day
conversations with families after a fall with harm on the wards (departments of one
trust, no partner, results first), joint learning after deaths in prison custody (a
community trust's prison healthcare service, with appendix), multi-agency reviews after
fatal and serious house fires (a fire and rescue service, lists) and making
safeguarding adults review recommendations stick (a safeguarding adults board hosted by
a council, a short form with no evidence section).

Lead types and layouts: I1121 nhs_trust (acute, medical examiner office), pdf
own_headings; I1122 charity, docx bold_headings with a cover table; I1123 university, pdf
two_column; I1124 icb, docx form_table with a cover table; I1125 local_authority
(coroner's service), docx no_headings; I1126 patient_group, pdf caps_headings; I1127
primary_care (GP federation), docx numbered_questions with cover bullets; I1128
emergency_service (ambulance), pdf style_headings via soffice; I1129 nhs_trust (acute
maternity), docx rubric_headings; I1130 charity (children's hospice), pdf bullet_lists;
I1131 primary_care (GP practice, no partner), docx style_headings; I1132 private, pdf
numbered_questions; I1133 nhs_trust (no partner), docx reordered; I1134 nhs_trust
(community, prison healthcare), pdf with_appendix; I1135 emergency_service (fire), docx
bullet_lists; I1136 local_authority (safeguarding adults board), pdf form_table with a
cover table.

Flags: no_patient_involvement I1123, I1127, I1132, I1135; no_staff_involvement I1122,
I1126, I1130; no_quantitative_evidence I1124 (a measured change told only in the value
section), I1131, I1135, I1136; ineligible I1131 (no partner), I1132 (private lead), I1133
(no partner); missing_section I1129 (stakeholders, with patient and staff involvement told
in the context and value sections) and I1136 (evidence).

Build it with

    .venv/bin/python data/independent/build.py --set 71   (writes data/corpus/independent71/)

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
    numbers trained, activity counts (visits, calls, referrals, reviews, meetings,
    people supported or identified), single figures with no baseline, a zero with no
    earlier figure, figures that did not change, budgets, costs and savings estimates,
    phone numbers, postcodes, reference numbers, targets not yet reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    ('halved', 'a third lower', a sustained shift on an SPC chart);
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, volunteers with lived experience, unusual names
    for the people involved such as prisoners who are Listeners or a families' panel,
    list items), wherever in the entry it is told; a volunteer with lived experience,
    working for a partner, who helped design the work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys, reply cards and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices and GP federations are primary_care; self-advocacy and
patients' groups are patient_group; families' charities, bereavement charities and
children's hospices are charity; coroners and prisons are public_other; a university is
university; independent hospital groups are private).  A department or team of the
entrant's own organisation is not a partner.  Flags are written by hand and build.py
cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1121  medical examiner scrutiny of community deaths - pdf - own headings -
#        lead medical examiner, reflective - acute trust ME office with a GP
#        federation and the senior coroner - bereaved relatives and staff
#        involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1121", format="pdf", layout="own_headings", topic="medical_examiner_community_deaths",
    project="independent71-everydeath-1121", pdf_font="LiberationSans", pdf_align="L",
    title="Every Death Looked At: bringing medical examiner scrutiny to deaths outside hospital",
    cover=[
        "Lead organisation: Hollowmere Teaching Hospitals NHS Foundation Trust (Medical Examiner Office)",
        "Partners: Hollowmere and Dunsby GP Federation; HM Senior Coroner for Hollowmere and West Dunsby",
        "Entry written by Dr Ruth Amadi, Lead Medical Examiner",
    ],
    primary_entrant=dict(name="Hollowmere Teaching Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Hollowmere and Dunsby GP Federation", type="primary_care"),
        dict(name="HM Senior Coroner for Hollowmere and West Dunsby", type="public_other"),
    ],
    sections=[
        ("context", "Where we started", """
When the medical examiner system began in our hospital in 2020, it covered only the people who died on
our wards, around 2,300 deaths a year. Roughly another 3,000 people a year die in Hollowmere and West
Dunsby at home, in a care home or in the hospice. Until 2023 those deaths were certified by a GP with
nobody else looking at the records and, unless the family complained, nobody asking whether anything
had troubled them about the care.

Medical examiners are senior doctors, in our office from general practice, anaesthetics, geriatric
medicine, psychiatry and palliative care, who give a few sessions a week to look independently at each
death. We read the notes, we talk to the doctor completing the certificate, and we phone the bereaved
family before the death is registered. That call is where most of the learning comes from. Families
notice things that are never written down.

Three things told us that community deaths needed the same attention. The first was a family who had
tried, over several months, to tell somebody that their father's blood thinner had never been restarted
after a hospital stay. He died of a stroke at home. Nobody asked them anything at the time, and the first
anyone heard of it was a formal complaint nearly two years later. The second was the coroner's office,
which was receiving referrals from general practice that varied enormously: some practices sent deaths
that plainly did not need an inquest, which delayed funerals, while deaths that should have been
referred, after a fall or a medication error, sometimes were not. The third was the register office,
which was sending back a high share of community death certificates because of errors in the wording of
the cause of death, so that grieving relatives had to return to the surgery.

No single organisation could put that right. The hospital trust hosts the medical examiner office, but
the records, the certifying doctors and the relationships with families in the community all sit with
general practice, and the coroner decides which deaths need investigating and how referrals should be
made. So in late 2022 we agreed to build the community service together.

It is simple to describe. When a patient of one of the federation's 41 practices dies, the practice
notifies our office through a shared portal that pulls in the last six months of the GP record. A
medical examiner reviews it, usually within a day, and speaks to the GP who will complete the
certificate. A medical examiner officer phones the family within two working days. If the death needs
referral, the coroner's officers take it through a single agreed route. If the family raises a concern,
or the medical examiner sees something in the records, it goes to whichever organisation provided the
care, for a structured judgement review or a conversation with the practice.
"""),
        ("evidence", "What the numbers show", """
We compared the calendar year 2022, the last before the community service, with 2024, the first full
year in which it covered every practice.

<<Q:The share of community death certificates rejected by the register office and sent back for
correction fell from about one in nine in 2022 to one in sixty in 2024.>> <<Q:Community deaths referred
to the coroner that were then returned as needing no investigation went down from 38% to 11%.>> <<Q:The
average time from a death at home to the certificate being ready for the family went from 6.2 working
days to 3.1.>>

Between April 2023 and December 2024 the office reviewed 5,870 community deaths and spoke to the family
in 5,512 of them. Families raised a concern about care in 311 cases, and 74 of those led to a
structured judgement review by the organisation concerned.

<<Q:Formal complaints to the practices from bereaved families have roughly halved since families began
speaking to a medical examiner soon after the death, from 52 in 2022 to 27 in 2024.>> We think many
concerns that used to become complaints are now heard, and answered, while they are still questions.
"""),
        ("stakeholders", "Working with families and colleagues", """
<<P:Before the first community call was made, six bereaved relatives recruited through the hospital's
bereavement service listened to role-played calls with us and told us that the first minute decided
everything, so every call now opens with condolences and a plain promise that nothing we do will hold up
the funeral.>> <<P:The widow of the man whose blood thinner was never restarted agreed to help, and she
rewrote the letter that follows our call so that it tells families who to ring if something occurs to
them later.>>

<<S:GP partners from eight practices piloted the portal for three months and insisted that it pull the
records in automatically, because the first version asked practice staff to upload documents by hand and
it was not being done.>> <<S:The coroner's officers and our medical examiner officers spent two weeks
working side by side to agree the wording of the referral form and the list of deaths that must always
be referred.>> <<S:Practice managers asked for one named medical examiner officer for each practice, so
that reception staff always know who to call, and the rota was rebuilt around that request.>>

Every GP in the area was sent a short guide, and the federation ran three lunchtime webinars when the
service started.
"""),
        ("value", "Value for money and experience", """
The community service is funded through the national medical examiner allocation to the trust, about
£410,000 a year for the community element, almost all of it in medical examiner and officer sessions.
Practices no longer spend time on certificates that come back, and the coroner's officers spend less time
on referrals that do not need them. A certificate that has to be redone means a family going back to the
surgery in the first raw week after a death.

GPs tell us they value having a second pair of eyes on a difficult certificate. Families tell us the call
matters because it is the first time anyone has asked them what they thought.
"""),
        ("spread", "Spreading the learning", """
We have shared the portal specification and our call script with the regional medical examiner network,
and two neighbouring offices are adapting the portal for their own practices. Themes from family concerns
go every quarter to the integrated care board's learning from deaths group, which has used them to change
the discharge summary template so that stopped medicines, and the reason for stopping them, are listed
separately. We presented the work at the national medical examiners' conference in 2024.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1122  independent family liaison in patient safety investigations - docx -
#        bold headings with a cover table - founder of a families' charity,
#        personal - charity with two trusts and the ICB - families involved -
#        NO staff involvement (investigators trained, specialists briefed, a
#        sponsor, a named coordinator, a questionnaire that changed nothing, a
#        plan)
# ---------------------------------------------------------------------------
entry(
    id="I1122", format="docx", layout="bold_headings", topic="family_liaison_patient_safety_investigations",
    project="independent71-alongside-1122", docx_font="Calibri",
    title="Alongside: an independent family liaison worker for every patient safety investigation",
    cover_table=[
        ("Entry title", "Alongside: an independent family liaison worker for every patient safety investigation"),
        ("Lead organisation", "Clearwater Families After Harm (registered charity)"),
        ("Partners", "Brackenford University Hospitals NHS Trust; Brackenford and Lyle Mental Health NHS Foundation Trust; NHS Brackenford and Lyle Integrated Care Board"),
        ("Contact", "Founder and Director, Clearwater Families After Harm"),
    ],
    primary_entrant=dict(name="Clearwater Families After Harm", type="charity"),
    partners=[
        dict(name="Brackenford University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Brackenford and Lyle Mental Health NHS Foundation Trust", type="nhs_trust"),
        dict(name="NHS Brackenford and Lyle Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Why we started", """
Clearwater Families After Harm was set up in 2019 by a small group of parents and partners whose
relatives had died or been badly hurt in NHS care in Brackenford. What we had in common was not only what
happened to the person we loved, but what happened afterwards. We were asked to agree terms of reference
full of words we did not understand. We were interviewed, if at all, after the investigation had reached
its conclusions. Our questions were missing from the final report, or were answered in a single line.
Reports arrived in the post, once on a Saturday morning, with nobody to talk them through.

When the Patient Safety Incident Response Framework replaced the old serious incident process, both
Brackenford trusts said they wanted to do better at involving families. The framework says families
should be treated as partners in an investigation. But the people doing the investigating work for the
organisation whose care is being examined, and however kind they are, many families cannot trust them at
the start. We suggested something different, and the trusts and the ICB agreed to try it.

Alongside gives every family affected by a patient safety incident investigation at either trust their
own family liaison worker, employed by our charity and not by the NHS. The liaison worker makes contact
within five working days of the trust deciding to investigate, meets the family wherever they prefer,
helps them write down their questions in their own words, and makes sure those questions are in the
terms of reference before the investigation starts. They go to every meeting with the family, read the
draft report with them, and stay in touch for as long as the family wants after the report is finished.
The trusts pay for the service through a contract with the charity, and the ICB pays for our liaison
workers' training and clinical supervision.
"""),
        ("evidence", "What has changed", """
We looked at every patient safety incident investigation report finished by the two trusts in 2021/22,
before Alongside, and at every one finished in 2023/24.

<<Q:Reports in which the family's own questions were listed and answered went from 4 of 19 in 2021/22 to
33 of 36 in 2023/24.>> <<Q:The median time from the incident to the first meeting with the family came
down from 41 days to 9.>> <<Q:Complaints made by families after an investigation had been completed fell
from 23 to 6.>>

Since April 2023 our liaison workers have supported 58 families, and 51 of them chose to stay in touch
with us after the report was shared.
"""),
        ("stakeholders", "How people were involved", """
<<P:Alongside was designed by twelve families who had been through an investigation at one of the two
trusts, over five evening meetings in our office, and it was their decision that the liaison worker must
never be employed by the organisation being investigated.>> <<P:They also asked that the first meeting
be held wherever the family chooses, at home, in a café or at our office, and never on hospital premises,
which is now written into the contract.>> <<P:The family questions guide was tried out by four bereaved
parents, who cut it from six pages to one and took out every mention of 'scope'.>>

All 46 patient safety investigators at the two trusts have been trained by our liaison workers in how to
hold a first conversation with a family. The trusts' patient safety specialists were briefed on the
model when it started, and the ICB's head of patient safety sponsors the contract. Our liaison
coordinator, Patience Adebayo, allocates every new case and supervises the liaison workers. We sent a
short questionnaire to investigators after the first year and the answers were positive, so the model
was not changed. We plan to hold joint workshops for investigators and families next year.
"""),
        ("value", "Value", """
Each family costs the trusts around £1,900 in liaison time over the life of an investigation. A complaint
that ends up with the Ombudsman, or a legal claim that honest answers early on might have avoided, costs
many times that, in money and in distress.

Families tell us they could trust the process because somebody was on their side. Investigators say the
families' questions often point them to the parts of the care that most needed looking at.
"""),
        ("spread", "Spreading the learning", """
A neighbouring integrated care board has commissioned us to offer Alongside to families at its two acute
trusts from April 2025. We have shared the family questions guide with the national network of patient
safety specialists and presented at the regional PSIRF learning event. Two other families' charities
have asked for our training materials for liaison workers.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1123  plain-language duty of candour letters - pdf - two columns -
#        professor of health communication, measured - university linguistics
#        group with an acute trust and a community trust - staff involved - NO
#        patient involvement (letters received, reply cards that changed
#        nothing, 'at the heart', a negation, a hope)
# ---------------------------------------------------------------------------
entry(
    id="I1123", format="pdf", layout="two_column", topic="duty_of_candour_letters_plain_language",
    project="independent71-sayingsorry-1123", pdf_font="LiberationSerif",
    title="Saying Sorry in Writing: plain-language duty of candour letters in two Elmsworth trusts",
    cover=[
        "University of Elmsworth, Health Communication Research Group (School of English and Linguistics), lead entrant, with Elmsworth Royal Hospitals NHS Trust and Elmsworth Community Care NHS Trust",
        "Entry by Professor Imogen Sallis, Director of the Health Communication Research Group",
    ],
    primary_entrant=dict(name="University of Elmsworth", type="university"),
    partners=[
        dict(name="Elmsworth Royal Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Elmsworth Community Care NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why the letters matter", """
The statutory duty of candour requires NHS bodies, after a notifiable patient safety incident, to tell
the person or their family what happened, to apologise, and to follow this up in writing. The
conversation is the most important part. But the letter is what families keep, reread and show to
others, and for many it becomes the official record of how the organisation behaved.

In 2022 the two Elmsworth trusts asked our research group to look at their candour letters. We analysed
180 letters sent in 2021 and 2022, with names removed. Their average reading age, on standard
readability measures, was 17. Many relied on the passive voice ('an incident occurred during which your
medication was omitted'), so that nobody seemed to have done anything. About a third never used the
word 'sorry', preferring 'we regret'. Several contained the phrase 'without admission of liability',
which families read as the hospital protecting itself. A fifth had been posted before anyone had spoken
to the patient or family at all.

We formed a partnership with both trusts to change this. Linguists in our group worked with the trusts
on a new letter template and a short guide to writing candour letters. We run a letter clinic by secure
email: any member of staff can send us a draft, and a linguist returns comments within two working
days. We also teach a 90-minute session on the language of apology.
"""),
        ("evidence", "Results", """
We repeated the analysis on every candour letter sent by the two trusts in 2024.

<<Q:The average reading age of candour letters fell from 17 to 11.>> <<Q:Letters containing a clear,
personal apology in the first paragraph rose from 38% to 94%.>> <<Q:Letters posted before any
conversation had taken place with the patient or family fell from 22% to 3%.>>

The letter clinic has reviewed 412 drafts since it opened in March 2023, and 530 staff have attended the
apology session.
"""),
        ("stakeholders", "Involvement", """
<<S:Patient safety leads and family liaison staff at both trusts went through real letters with our
researchers line by line, and it was they who traced the legal phrases to a template supplied by the
trusts' solicitors many years earlier.>> <<S:Ward managers and consultants who had written candour
letters tested the new template for two months and asked for a page on what to say in the first phone
call, which was added.>> <<S:The trusts' legal services teams agreed to drop 'without admission of
liability' after a meeting with the clinicians and our linguists.>>

Everyone who received a candour letter in 2024 was also sent a reply card asking how the letter felt to
read. Most of the cards that came back were positive, and the template was left as it was. Patients and
families are at the heart of the template. We did not interview patients in this phase because ethical
approval would have taken too long, and we hope to recruit a panel of people who have received candour
letters to review the template in 2025.
"""),
        ("value", "Value", """
The partnership costs the trusts about £38,000 a year, which pays for two linguists' time on the letter
clinic and the training. Badly worded letters cost far more: they lead to complaints, lose trust, and
can push families towards litigation when what they wanted was an honest explanation.

Staff tell us candour letters are the hardest thing they write, and that they are glad to have someone
to check them.
"""),
        ("spread", "Spread", """
The template and guide are free to download from the university's website and have been adopted by a
mental health trust and a hospice in the region. We have published the analysis in an open-access
journal and presented it at a national patient safety conference. The integrated care board has asked
us to run the apology session for general practice.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1124  one system response to prevention of future deaths reports - docx -
#        form table with a cover table - associate director of patient
#        safety, dry - ICB with the senior coroner, the council, the ambulance
#        trust and the acute trust - a bereaved father and staff involved - NO
#        quantitative evidence in the evidence section (report and action
#        counts, a target, single figures); a measured change in the value
#        section only
# ---------------------------------------------------------------------------
entry(
    id="I1124", format="docx", layout="form_table", topic="prevention_of_future_deaths_reports_response",
    project="independent71-closingtheloop-1124", docx_font="Arial",
    title="Closing the Loop: one system response to coroners' prevention of future deaths reports",
    cover_table=[
        ("Title of entry", "Closing the Loop: one system response to coroners' prevention of future deaths reports"),
        ("Lead organisation", "NHS Hesketh Vale Integrated Care Board (Patient Safety and Quality Directorate)"),
        ("Partner organisations", "HM Senior Coroner for Hesketh Vale; Hesketh Vale County Council (Public Health); Wessmoor Ambulance Service NHS Trust; Hesketh Vale Hospitals NHS Trust"),
        ("Name and role of entrant", "Associate Director of Patient Safety"),
    ],
    primary_entrant=dict(name="NHS Hesketh Vale Integrated Care Board", type="icb"),
    partners=[
        dict(name="HM Senior Coroner for Hesketh Vale", type="public_other"),
        dict(name="Hesketh Vale County Council", type="local_authority"),
        dict(name="Wessmoor Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Hesketh Vale Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and its safety goals.", """
When a coroner concludes an inquest and believes action is needed to prevent further deaths, they must
send a report, known as a regulation 28 or prevention of future deaths report, to the people or
organisations who can act. Each must reply within 56 days saying what they will do. The reports and the
replies are published.

In Hesketh Vale, replies were drafted by whichever organisation received the report, usually by its
legal team, and signed by its chief executive. Many reports went to more than one organisation, and each
replied separately without knowing what the others had said. Actions were promised and then not
followed up, because the reply was treated as the end of the matter. The same themes kept returning. In
the three years to 2022 the coroner sent reports about long waits for an ambulance after a fall at home,
about observations not being repeated in the emergency department, and about mental health risk
information not being shared between services, and more than once she noted at a later inquest that she
had raised the same concern before. By 2022 there was a real risk that the reports were making no
difference at all.

Since September 2022 the ICB has hosted a monthly prevention of future deaths panel, with senior clinical
and governance leads from the hospital trust, the ambulance trust and the council's public health team,
and the mental health trust when a report concerns it. Every report received by any partner is logged on
one tracker. The panel agrees who will draft the reply, and if a report is addressed to several
organisations we send one joint reply. Each action has an owner, a date and a description of the
evidence that will show it is done. Six months after the reply, the ICB writes to the coroner with an
update.

Our goals: every report answered on time, with one joined-up reply where more than one organisation is
involved; every promised action owned and tracked until it is done; and the learning shared across the
system rather than filed.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Since September 2022 the panel has dealt with 27 prevention of future deaths reports addressed to one or
more partners, 11 of which were addressed to more than one organisation and answered jointly. Every reply
was sent within 56 days.

The replies contained 143 actions. At the end of December 2024, 118 had been completed with evidence
reviewed by the panel, and 25 were in progress. Our target is for every action to be closed within twelve
months of the reply; for actions now past that point we are at 81%.

Each completed action is summarised in a quarterly learning bulletin that goes to around 2,600
clinicians and managers across the system. The coroner has received a six-month update on every report.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:The coroner's officers and the panel administrator designed the tracker together, after the officers
explained that they needed to see at a glance which replies were due and which actions were overdue.>>
<<S:Clinical leads from the ambulance trust and the hospital's emergency department wrote the first joint
reply together, on long waits after falls, and their single shared action plan became the model for
later replies.>> <<S:Public health analysts suggested grouping reports by theme rather than by
organisation, and the quarterly bulletin is now laid out that way.>>

<<P:Mr Daniel Okafor, whose daughter's death led to one of the first reports the panel handled, joined it
as a lay member in 2023 and asked that every bereaved family be sent the final reply and told what has
happened to each action, which is now our standard practice.>> <<P:He reads every draft reply and has
twice sent one back because it described actions in language a family could not follow.>>
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The panel costs little beyond the time of its members and a part-time administrator, about £18,000 a
year. Joint replies save duplicated legal and managerial time. <<Q:More importantly, repeat reports, in
which the coroner raises a concern she has already raised in an earlier report, have fallen from five in
the two years before the panel to one in the two years since.>> Staff tell us the bulletin is the first
place they have ever seen what happened after an inquest.
"""),
        ("spread", "How has the work been shared and spread?", """
The tracker and the joint reply template have been shared with the other integrated care boards in the
region, and two have set up similar panels. The senior coroner has described our approach at the
regional coroners' meeting. We are now adding reports from neighbouring coroner areas that concern our
providers.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1125  preparing families and staff witnesses for inquests - docx - no
#        headings - long - senior coroner's officer, chatty first person -
#        council coroner's service with the acute trust and a bereavement
#        charity - families, bereaved volunteers (PS) and staff involved -
#        no flags (one measured change in words)
# ---------------------------------------------------------------------------
entry(
    id="I1125", format="docx", layout="no_headings", topic="inquest_preparation_families_staff",
    project="independent71-nobodywalksincold-1125", docx_font="Georgia",
    title="Nobody Walks In Cold: preparing bereaved families and NHS staff for inquests in Corringham",
    cover=[
        "Corringham Borough Council, Coroner's Service (lead)",
        "Working with Corringham General Hospital NHS Trust (Legal Services and Bereavement Office) and Quiet Harbour Bereavement Support (registered charity)",
        "Written by Maureen Lacey, Senior Coroner's Officer",
    ],
    primary_entrant=dict(name="Corringham Borough Council", type="local_authority"),
    partners=[
        dict(name="Corringham General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Quiet Harbour Bereavement Support", type="charity"),
    ],
    sections=[
        ("context", None, """
I have been a coroner's officer in Corringham for nineteen years, and for most of that time I have
watched families walk into the inquest room at the town hall without the faintest idea of what was about
to happen to them. They had usually spoken to me on the phone a few times. They might have had a letter
from the hospital. Then on the day they would sit down across the room from a row of people in suits,
the hospital's barrister, its solicitor, a senior nurse, a consultant they had never met, and hear for
the first time, in public, what had happened to their mother or husband or son.

I remember one man in particular, in 2021. His mother had died in Corringham General after a fall on a
ward. He knew she had fallen. He learned in court, from a healthcare assistant giving evidence, that she
had fallen twice that night and that the second fall had not been reported to a doctor until the
morning. He stood up and walked out. When I found him in the corridor he said to me, "Why didn't anybody
tell me?" and I did not have an answer. The hospital had known for months. Its own investigation had
found it. It had simply never been shared with him before the inquest.

It was not only families. The hospital staff who were called as witnesses were often terrified. Many had
never been inside a court. Some were told only a week beforehand that they would have to give evidence.
Bundles of medical records arrived at our office the night before the hearing, or on the morning of it,
and more than once the coroner had to adjourn because something important was missing, which meant
families going home and coming back months later to go through it all again.

The coroner is independent, and nothing I describe here changes that. The coroner decides what the
inquest will look at and who gives evidence, and neither the hospital nor the charity has any say in
that. What we wanted to change was everything around the inquest: what families know before they
arrive, how staff are prepared, and whether the papers are there in time.

In 2022 our senior coroner asked me to sit down with the head of legal services at the hospital and the
manager of Quiet Harbour, the bereavement charity that many of the families I speak to end up leaning on.
We met in the café at the town hall, because it felt like neutral ground, and we kept meeting there every
month for a year.

What came out of those meetings is what we now call Nobody Walks In Cold. It has four parts. First, when
an inquest is opened into a death in the hospital's care, the hospital offers the family a meeting,
usually six to eight weeks before the hearing, with a senior clinician and someone from its patient
safety team, to go through the hospital's own investigation and answer questions. A Quiet Harbour
volunteer can go with them. Second, the hospital sends its records and witness statements to our office
no later than four weeks before the hearing, and we disclose them to the family in the usual way. Third,
every family is offered a visit to the inquest room before the day, with me or one of my colleagues, so
they can see where they will sit and ask what happens. Fourth, every hospital witness is offered a
preparation session with the legal team and a chance to see the room as well.

A typical pre-inquest meeting takes place in a quiet room away from the wards, often the bereavement
suite, and usually in the early evening so that relatives do not have to take time off work. The
consultant who leads it has read the records and the investigation report beforehand. The family are
given a copy of the report to keep and can take as long as they like going through it. Nobody from the
hospital's legal team attends unless the family asks for them. Afterwards the patient safety team writes
to the family summarising what was said and listing any questions that could not be answered on the
night, with a date by which they will be. If the family still has questions when the hearing comes
round, they can raise them with me, and I make sure the coroner knows.

For staff the change has been just as real. Before, a nurse might get a letter from our office asking
for a statement and hear nothing more until a summons arrived. Now the hospital's legal team meets every
witness at least a fortnight before the hearing, explains what an inquest is and what it is not, and
walks them round the room. Witnesses are told they can bring a colleague with them and that the
hospital's staff psychology service is there afterwards if they need it. We tell witnesses the order of
evidence and roughly when they will be called, so that nobody spends a whole day sitting outside the
door with their stomach in knots.

None of this is new or clever. Most of it is what good practice already says should happen. The
difference is that it now happens every time, because three organisations have agreed it and check it
together every quarter.
"""),
        ("evidence", None, """
We keep a simple log at the coroner's office of every inquest into a death in the hospital's care, and we
looked back at 2021 to compare.

<<Q:In 2021 about one family in three had been told what the hospital's own investigation found before
they came to the inquest; in 2024 it was nearly all of them, 58 of 61.>> <<Q:Inquests into hospital
deaths adjourned on the day because documents were late or missing fell from 14 in 2021 to 2 in
2024.>> <<Q:The average time from an inquest being opened to the final hearing has come down from 11
months to 7.>>

Since the scheme began in January 2023 the hospital has held 96 pre-inquest meetings with families,
Quiet Harbour volunteers have gone with 71 families to meetings or hearings, and 43 families have
visited the inquest room beforehand. The hospital's legal team has run preparation sessions for 120
staff witnesses.

I would add one thing that does not show in a table. In 2021 I lost count of the families who told me on
the day of an inquest that they felt ambushed. It is a long while since anyone used that word to me.
"""),
        ("stakeholders", None, """
<<P:Before we settled anything, four families who had been through inquests at the town hall before the
scheme agreed to meet us, and every one of them said that the first person from the hospital to speak to
them properly had been its barrister, which is why the pre-inquest meeting must be led by a clinician and
not a lawyer.>> <<P:One of those families asked that the meeting be offered by phone as well as in
writing, because a letter on its own can be put in a drawer and forgotten, and that is what the hospital
now does.>>

<<PS:Quiet Harbour's volunteer companions, every one of whom has sat through an inquest for someone they
loved, wrote the 'What to expect at an inquest' booklet with us and tested it on each other before it was
printed.>>

<<S:Ward sisters, junior doctors and healthcare assistants who had given evidence told the legal team
that the worst part had been not knowing what kind of questions they might be asked, and the preparation
session was rewritten around what they said.>> <<S:The coroner's clerks suggested the four-week deadline
for documents, because they could see from the listings which hearings were most at risk, and they now
send the hospital a reminder at six weeks.>> <<S:Staff in the hospital's bereavement office asked to be
the ones who make the first call offering the meeting, since families already know their voices, and the
process was changed to allow it.>>
"""),
        ("value", None, """
The cost has been small. The hospital pays Quiet Harbour £14,000 a year towards volunteer expenses and
training. Staff time for the pre-inquest meetings comes from the patient safety team and senior
clinicians. The coroner's service has absorbed the room visits. An adjourned inquest wastes a day of
court time and the time of every witness and lawyer in the room, and, worst of all, sends a family home
to wait months more.

What matters more is how people feel when they leave. A daughter wrote to me after her father's inquest
last year to say that she had disagreed with some of what the hospital said, but had never felt that
anything was being hidden from her. Staff witnesses say they felt prepared rather than put on trial. My
own colleagues say their calls with families are easier, because families already know what to expect.

I also think it has changed the hospital a little. Senior clinicians now sit in a room with a family
months before anyone sits in a courtroom, and they tell me that it has changed the way they think about
what an investigation is for.
"""),
        ("spread", None, """
The senior coroner has described the scheme at the regional coroners' meeting, and two neighbouring
coroner areas have asked for our paperwork. The hospital has extended the pre-inquest meeting to deaths
in its community services. Quiet Harbour is training volunteers for a mental health trust in the next
county, and we have written the four parts up as a two-page guide that any coroner's service and
hospital could agree between them.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1126  learning from deaths of people with a learning disability turned
#        into action on constipation - pdf - CAPS headings - self-advocacy
#        group coordinator, plain English - self-advocacy group with the ICB's
#        LeDeR programme and community learning disability nurses - members
#        and family carers involved (the first one told in the context) - NO
#        staff involvement (staff trained by members, nurses given copies,
#        practices sent a template, a named contact doing her job, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1126", format="pdf", layout="caps_headings", topic="learning_disability_deaths_constipation_action",
    project="independent71-bowelsmatter-1126", pdf_font="DejaVuSans", pdf_align="L",
    title="BOWELS MATTER: self-advocates turning learning from deaths into action on constipation",
    cover=[
        "LEAD: Voices Ahead Self-Advocacy, Lowther",
        "PARTNERS: NHS Lowther and Fennick Integrated Care Board (LeDeR Programme); Lowther Community Health NHS Trust (Community Learning Disability Nursing)",
        "CONTACT: Voices Ahead Coordinator",
    ],
    primary_entrant=dict(name="Voices Ahead Self-Advocacy", type="patient_group"),
    partners=[
        dict(name="NHS Lowther and Fennick Integrated Care Board", type="icb"),
        dict(name="Lowther Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "WHY WE DID THIS", """
Voices Ahead is a self-advocacy group run by and for people with a learning disability in Lowther. We
have 64 members. We meet every week at the community centre on Tanner Street and we speak up about the
things that matter to us.

When a person with a learning disability dies in England, there is a review called LeDeR, which stands
for Learning from Lives and Deaths. In Lowther the reviews are organised by the ICB. In 2022 the ICB shared
with us easy read summaries of the local reviews from the last three years, with no names in them.

What we read upset us. Constipation had played a part in the deaths of several people. Some had been
taking tablets that make constipation worse. Some had their laxatives stopped in hospital and never
started again. Nobody had kept track of when they last opened their bowels. Some could not say they were
in pain, and the people around them did not notice. Constipation sounds like a small thing. It is not.
It can block the bowel, and it can kill.

The reviews had made recommendations, but we could not see that anything had happened because of them.
That is where this project began.

<<P:At three meetings in the autumn of 2022, our members went through the easy read summaries together
and voted for constipation to be the first thing we would work on, ahead of epilepsy and choking.>>

What we did, with the ICB and the community learning disability nurses:

- made a Bowel Passport, an easy read booklet a person keeps, that says what is normal for them, what medicines they take and what to do if something changes

- made a picture poo diary that people or their supporters fill in every day

- <<P:ran training, led by our members, for support workers in supported living and for GP practice teams>>

- asked the ICB to add questions about bowels to the annual health check template that every GP practice in Lowther uses
"""),
        ("evidence", "WHAT HAS CHANGED", """
The Bowel Passport was launched in March 2023. By the end of 2024, 210 people in Lowther had one.

<<Q:For those 210 people, emergency admissions to hospital with constipation or a blocked bowel fell
from 31 in the year before they had a passport to 12 in the year after.>> <<Q:Annual health checks in
Lowther that recorded a question about bowels went up from 22% in 2022/23 to 79% in 2024/25.>>

<<P:Our members have run 38 training sessions, for 640 support workers and 95 GP practice staff.>>
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<P:Eight members, with their supporters, drew the pictures for the poo diary and chose the words, and
they picked 'poo' rather than 'bowel movement' because that is the word people actually use.>>
<<P:Dennis, who has lived in supported living for twenty years, tried the passport for three months and
asked for a page about the food he likes, because he said nobody would remember that he will not eat
fruit unless it is in a crumble.>> <<P:Family carers from our parents' circle asked for the passport to
go with the person into hospital, so it is now sized to fit in the hospital grab bag.>>

<<P:After the first four training sessions our members changed the way they run them, so that each one
now starts with a story from a real review, because they said support workers listened more after
that.>>

The ICB's LeDeR local area contact, Sunita Rao, booked the rooms and coordinated the work with us.
Community learning disability nurses were given copies of the passport to use with people on their
caseload. All GP practices were sent the new health check template. We would like to work with
community pharmacists on reviewing laxatives next year.
"""),
        ("value", "VALUE", """
The passports and diaries cost about £3 each to print. The ICB paid Voices Ahead £22,000 over two years
for members' time, supporters and printing. One emergency admission with a blocked bowel can mean a week
or more in hospital, and sometimes an operation.

Our members say the work has made them feel like experts, because they are. One
member said, "They listen to us now."
"""),
        ("spread", "SPREAD", """
The Bowel Passport has been shared with LeDeR teams across the region, and two other self-advocacy
groups are running our training in their own areas. The ICB has asked us to do the same kind of work on
choking next. We presented the work at a national LeDeR conference in 2024.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1127  peer support for practice staff after a patient dies or is harmed -
#        docx - numbered questions with cover bullets - GP federation clinical
#        director, candid - GP federation with a university school of
#        psychology and the community trust's staff psychology service -
#        staff involved - NO patient involvement (patients as beneficiaries,
#        families contacted under candour, PPGs told, a negation and a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1127", format="docx", layout="numbered_questions", topic="second_victim_peer_support_general_practice",
    project="independent71-aftertheworstday-1127", docx_font="Calibri",
    title="After the Worst Day: support for general practice teams after a patient dies or is seriously harmed",
    cover=[
        "Pennock Valley GP Federation (lead entrant), on behalf of its 23 member practices",
        "Submitted by Dr Colm Brannigan, Clinical Director",
    ],
    cover_bullets=[
        "Partner: University of Halbury, School of Psychology",
        "Partner: Pennock Valley Community NHS Trust, Staff Psychological Wellbeing Service",
    ],
    primary_entrant=dict(name="Pennock Valley GP Federation", type="primary_care"),
    partners=[
        dict(name="University of Halbury", type="university"),
        dict(name="Pennock Valley Community NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "1. What was the problem and why did it need a partnership?", """
In general practice, when something goes badly wrong, the people involved usually carry on working the
same afternoon. There is no ward manager to send them home, often no colleague free to sit with them,
and the next patient is already in the waiting room.

In 2022 two events in our federation made us face this. A receptionist in one practice booked a routine
appointment for a toddler whose mother had described him as floppy; the child was admitted with
meningococcal sepsis the next day and survived with serious injuries. The receptionist never came back
to work. In another practice a salaried GP who had missed a pulmonary embolism in a young woman, who
died, resigned three months later and told us the significant event meeting had felt like a trial.

People call these staff the 'second victims' of an incident. Some dislike the phrase, but the experience
is real: guilt, sleeplessness, fear of complaints and of the regulator, and a loss of confidence that can
last for years. Staff in that state practise defensively, report less and leave more, and the learning
from the incident is often lost because nobody feels safe enough to talk honestly.

The federation could not fix this alone. Our practices are small independent businesses with no staff
psychology service of their own. We needed people who understood the psychology of harm and how to
train peer supporters, and a route to proper psychological care for those who need more than a
conversation.

Our approach has three parts. We trained volunteers from across the practices as Pennock Peers, who
contact any member of staff involved in a serious incident within 72 hours, always from a different
practice. We replaced the old significant event meeting with a structured 'learning conversation' that
separates support for the people involved from the review of what happened. And the community trust's
staff psychology service accepts fast-track referrals from the peers, with a first appointment within
ten working days.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
The university's psychologists surveyed staff in all 23 practices in the autumn of 2022, before the
scheme began, and again in the autumn of 2024, using the same questions.

<<Q:Staff who said they would feel able to talk openly in their practice about a mistake they had made
rose from 34% to 71%.>> <<Q:Incidents reported by our practices to the national reporting system went up
from 61 in 2022 to 148 in 2024, which we read as greater openness rather than less safe care.>> <<Q:Of
the staff involved in a serious incident, 7 of 19 left their practice within six months in 2021 and
2022, compared with 1 of 22 in 2023 and 2024.>>

Since January 2023 the peers have contacted 88 members of staff after an incident, and 17 of them were
referred for psychological support.
"""),
        ("stakeholders", "3. Who was involved, and how?", """
<<S:Receptionists, practice nurses, salaried GPs and practice managers from eleven practices came to
four design sessions run by the university's psychologists, and they told us that a phone call from a
partner in your own practice feels like being summoned, so the first contact is now always from a peer
somewhere else.>> <<S:The first fourteen peers practised the learning conversation guide on each other
using real, anonymised events and rewrote its opening questions, which had started with 'what went
wrong'.>> <<S:The community trust's staff psychologists agreed the fast-track criteria with the peers
after the peers described the kinds of distress they were meeting.>>

Everything in the scheme is ultimately for patients, who are safer when the people caring for them can
speak honestly about mistakes. The families affected by the incidents were contacted by the practices
under the duty of candour, separately from this work. Patient participation groups were told about the
scheme at their annual meetings. We have not asked patients for their views so far, and we intend to do
so once summaries of learning conversations are shared more widely.
"""),
        ("spread", "4. How has the work been shared or spread?", """
Two neighbouring GP federations have trained their own peers using our materials, with the university
running the training. We have presented the scheme to the regional primary care patient safety network
and to our local faculty of the Royal College of General Practitioners. The learning conversation
template has been shared through the integrated care board's network of patient safety specialists.
"""),
        ("value", "5. What difference has it made, and is it value for money?", """
Training a peer costs about £600, including the university's time. The fast-track psychology sessions
are provided within the community trust's existing agreement with the federation. Replacing a GP who
leaves costs a practice tens of thousands of pounds in locum fees and recruitment, and losing an
experienced receptionist costs more than most people realise.

The peers tell us the role is one of the most meaningful things they have done. Staff who were
supported say it made the difference between leaving and staying.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1128  joint review of harm to patients waiting for an ambulance - pdf (via
#        Word) - style headings - head of patient safety, formal - ambulance
#        service with the ICB and an acute trust - relatives (passive voice)
#        and staff involved - no flags (an SPC shift)
# ---------------------------------------------------------------------------
entry(
    id="I1128", format="pdf", layout="style_headings", topic="ambulance_long_wait_harm_joint_review",
    project="independent71-harminthequeue-1128", render_via="soffice", docx_font="Liberation Sans",
    title="Harm in the Queue: learning together from patients harmed while waiting for an ambulance",
    cover=[
        "Northwold Ambulance Service NHS Trust (lead organisation)",
        "Partners: NHS Northwold Integrated Care Board; Kestrel Bay Hospitals NHS Trust",
        "Author: Head of Patient Safety, Northwold Ambulance Service",
    ],
    primary_entrant=dict(name="Northwold Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="NHS Northwold Integrated Care Board", type="icb"),
        dict(name="Kestrel Bay Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Background", """
Northwold Ambulance Service covers a mostly rural area served by two large hospitals. In the winters of
2021/22 and 2022/23, long delays in handing patients over at hospital meant crews were held outside
emergency departments for hours, and patients waiting at home for an ambulance waited far longer than
the national standards allow. Some of them were harmed while they waited: older people lying on the
floor after a fall who developed pressure damage or kidney injury, people having a stroke who missed the
window for clot-busting treatment, and a small number who died before help arrived.

The trust already reviewed every call with a very long wait. But those reviews were done by the
ambulance service on its own. They examined the call and the dispatch decisions and could not see what
had kept crews at the hospital. Families were rarely told that a review had taken place, and the
findings went to the trust's own committees, where the actions that were needed, such as releasing
crews faster at the emergency department door, were outside the trust's control.

In 2023 we agreed with the integrated care board and Kestrel Bay Hospitals to review harm from long waits
together. A joint panel meets every fortnight. It reviews every case in which a patient came to moderate
or severe harm, or died, while waiting, using a shared structured review tool, with the hospital's
emergency department and the ICB at the table. Families are contacted by a named person from whichever
organisation is best placed to answer their questions. Every quarter the panel sends a summary of themes
to the ICB's urgent and emergency care board, which owns the system actions.
"""),
        ("evidence", "Evidence of improvement", """
The panel has reviewed 1,104 long-wait incidents since April 2023, finding moderate or severe harm in 63
and a contribution to death in 9.

<<Q:Our statistical process control chart of moderate or severe harm per 1,000 long-wait incidents shows
a sustained shift below the previous mean from June 2023, with eleven consecutive months under the
centre line.>> <<Q:Families contacted by a named person within ten working days of harm being identified
rose from 12% in the year before the panel to 89% in 2024.>> <<Q:The median time to hand over patients
at Kestrel Bay emergency department went down from 74 minutes in winter 2022/23 to 31 minutes in winter
2023/24, after the hospital adopted the release-to-respond rule agreed at the panel.>>
"""),
        ("stakeholders", "Stakeholder involvement", """
<<P:The letter that now goes to families was read in draft by bereaved relatives, who asked for it to
say plainly how many hours their relative had waited rather than hide it behind a phrase such as 'a
delayed response'.>> <<P:Relatives of two patients who died while waiting joined the panel's annual
review in 2024, and their account of that night led the hospital and the ambulance service to agree a
joint welfare call-back to anyone still waiting after four hours.>>

<<S:Emergency department consultants, ambulance clinical supervisors and ICB quality leads sit on the
panel, and they rewrote the review tool after the first two months because it did not capture the time
crews spent at the hospital door.>> <<S:Control room dispatchers suggested adding a welfare call field
to the tool, pointing out that calls back to waiting patients were often made but never recorded.>>

The trust's Head of Patient Safety chairs the panel.
"""),
        ("value", "Value", """
The panel uses existing patient safety and governance staff from each organisation, roughly a day a
fortnight between them. Harm reviews that used to be done twice, once by each organisation, are now done
once. Every hour saved at handover puts an ambulance back on the road. The financial cost of harm is
large, but the human cost, to patients, to families and to crews who arrive to find that someone has
died waiting, is far larger.

Crews say they feel that what they see is finally being heard by the hospital.
"""),
        ("spread", "Sharing and spreading", """
The joint review tool has been shared with the other ambulance services in the region through the
national ambulance patient safety network, and one has adopted it with its local acute trusts. The ICB
has extended the panel to the second hospital in the area from January 2025.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1129  bereaved parents' questions in perinatal mortality reviews - docx -
#        rubric headings - senior bereavement midwife, gentle - acute trust
#        maternity with a baby loss charity and the neighbouring neonatal
#        intensive care trust - NO stakeholders section (parents' and staff
#        involvement told in the context and value sections)
# ---------------------------------------------------------------------------
entry(
    id="I1129", format="docx", layout="rubric_headings", topic="perinatal_mortality_review_parent_questions",
    project="independent71-yourquestionsfirst-1129", docx_font="Cambria",
    title="Your Questions First: bereaved parents at the centre of the review of their baby's death",
    cover=[
        "Lead: Rowanbrook Hospitals NHS Foundation Trust, Maternity and Neonatal Services",
        "Partners: Little Lanterns Baby Loss Support (registered charity); Asterley Women's and Children's NHS Trust (Neonatal Intensive Care Unit)",
        "Written by the Senior Bereavement Midwife",
    ],
    primary_entrant=dict(name="Rowanbrook Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Little Lanterns Baby Loss Support", type="charity"),
        dict(name="Asterley Women's and Children's NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why was the partnership needed and what were its patient safety goals?", """
Whenever a baby dies in our care, before birth from 22 weeks of pregnancy or in the first four weeks of
life, we review the care using the national perinatal mortality review tool. The review looks at
everything from the first antenatal appointment to the baby's death and asks whether different care
might have made a difference. It matters enormously to parents. Yet until 2022 most parents whose babies
died at Rowanbrook had no part in it. They were told that a review would happen, and some months later
they were sent a letter with the findings.

Babies born at Rowanbrook who need intensive care are transferred to the neonatal unit at Asterley, so a
baby who dies may have been cared for by two trusts. Each trust reviewed its own part of the care
separately, and the two reviews sometimes reached different conclusions, which parents then had to
make sense of on their own.

<<P:The idea for this work came from parents: in the spring of 2022, seven mothers and three fathers from
Little Lanterns, the local baby loss charity, met our bereavement team and told us that their own
questions, about a scan, a phone call to triage or a night on the postnatal ward, had never been asked,
let alone answered.>> <<P:They then helped us write a short, gentle letter inviting parents to send us
their questions and memories, in writing, by phone or in a meeting with a Little Lanterns befriender,
and it was they who chose the words 'your questions first' for it.>>

<<S:Our bereavement midwives, obstetricians, the neonatologists at Asterley and the review administrators
then spent three months redesigning the review process so that parents' questions are the first item at
every review meeting, and the Asterley team agreed that any baby cared for by both trusts would have one
joint review.>>

Our goals were that every bereaved family is invited to contribute to the review, that every question
they raise is answered in the final report, and that parents receive the report sooner, in a meeting
rather than by post.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
We compared reviews started in 2021 with those started in 2024.

<<Q:The share of reviews in which parents gave questions or comments before the review meeting rose from
11% in 2021 to 87% in 2024.>> <<Q:The time from a baby's death to the parents receiving the written
report has halved, from a median of 22 weeks to 11 weeks.>> <<Q:Babies cared for at both trusts who had
a single joint review went from none of 9 in 2021 to 12 of 12 in 2024.>>

In 2024 we carried out 41 reviews. In 36 of them, the parents met a consultant and a bereavement midwife
to go through the report together.
"""),
        ("spread", "How have the achievements been applied elsewhere and best practice shared?", """
The invitation letter and the parents' questions template have been adopted by the other two maternity
units in our local maternity and neonatal system, and the regional neonatal network now recommends joint
reviews for every baby transferred between trusts. We shared the work at a national perinatal
mortality review conference in 2024, and Little Lanterns has sent the letter to baby loss charities
across the region.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The changes cost very little: about two hours of bereavement midwife time for each family, and the time
of Little Lanterns befrienders, which we fund at £6,000 a year. The reviews are better for it, because a
review that starts with the parents' questions looks at the whole journey and not just the last few
hours.

<<P:Two parents from Little Lanterns now co-chair our annual learning event, and they chose to open it
with parents' own words from that year's reviews.>> <<S:Neonatal nurses at Asterley asked to be invited to
the joint reviews of babies they had looked after, rather than only reading the outcome, and they now
attend.>>

Parents tell us that being asked mattered, even when the answers were hard to hear.
"""),
    ],
    flags=[dict(code="missing_section", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1130  a key worker for families through the child death review - pdf -
#        bullet lists - head of family support at a children's hospice, warm -
#        hospice with the council's child death review partnership and the ICB
#        - parents and siblings involved - NO staff involvement (support
#        workers trained, professionals briefed, a panel chair doing his job, a
#        survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1130", format="pdf", layout="bullet_lists", topic="child_death_review_key_worker",
    project="independent71-onepersontocall-1130", pdf_font="LiberationSans", pdf_align="L",
    title="One Person to Call: a key worker for bereaved families through the child death review",
    cover=[
        "Submitted by Hazelwick Children's Hospice (registered charity)",
        "Working with Hazelwick City Council (Child Death Review Partnership) and NHS Hazelwick and Orme Integrated Care Board",
        "Contact: Head of Family Support, Hazelwick Children's Hospice",
    ],
    primary_entrant=dict(name="Hazelwick Children's Hospice", type="charity"),
    partners=[
        dict(name="Hazelwick City Council", type="local_authority"),
        dict(name="NHS Hazelwick and Orme Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Why we did this", """
Hazelwick Children's Hospice supports families of children with life-limiting conditions and, since
2020, families whose child has died suddenly or unexpectedly.

What we saw before 2022:

- when a child dies, parents may meet police officers, paediatricians, a coroner's officer, social workers, health visitors and hospital bereavement staff, all within a few days

- national guidance says every bereaved family should have a single key worker through the child death review process, but in Hazelwick nobody held that role

- parents were rarely told that a child death review meeting was taking place, and most never heard what the child death overview panel had concluded

- what parents knew, about the days before the death, a call to NHS 111 or a problem with equipment at home, seldom reached the review

- in 2021 one family learned from a local newspaper that the panel had discussed their daughter's death and made recommendations about safe sleep

What One Person to Call does, since September 2022:

- a hospice family support worker becomes the family's key worker and contacts them within two working days of the death being notified

- the key worker explains each step, goes with the parents to meetings and is the one number they need

- the key worker asks the parents what questions they want answered and takes those questions to the child death review meeting

- after the panel has met, the key worker visits the family to share what was learned and what will change
"""),
        ("evidence", "What has changed", """
- <<Q:families offered a key worker within two working days of the death went from none in 2021 to 41 of 44 in 2024>>

- <<Q:child death review meetings that considered questions from the child's parents rose from 6 of 39 in 2021 to 38 of 44 in 2024>>

- <<Q:families told the outcome of the panel's review went from about one in five to nine in ten>>

- key workers supported 83 families between September 2022 and December 2024

- the hospice now has two full-time key workers
"""),
        ("stakeholders", "Who was involved", """
- <<P:parents from our bereaved families' group wrote the first letter that key workers send, and asked that it never use the words 'case' or 'the deceased'>>

- <<P:one father, whose son died in 2021, asked for the key worker's phone to be answered at weekends, because that was when he had most needed to talk, and the rota now covers Saturdays and Sundays>>

- <<P:brothers and sisters from the hospice's sibling group made a short booklet explaining the review to other children, in their own words and drawings>>

- hospice family support workers were trained as key workers by the council's child death review manager

- paediatricians, police child death investigators and coroner's officers were briefed on the new role at their team meetings

- the panel chair, Dr Ewan Blackstock, added parents' questions as a standing item on the panel's agenda

- we sent a survey to professionals after the first year and their comments were positive, so we made no changes

- we plan a joint workshop with paediatricians and the police in 2025
"""),
        ("value", "Value", """
- each key worker costs about £38,000 a year, and the council and the ICB fund the two posts between them

- families deal with one person instead of a dozen

- parents say they felt held rather than processed

- a family who understands what happened is less likely to be left with questions that turn, years later, into complaints
"""),
        ("spread", "Spread", """
- neighbouring child death review partnerships have asked for our letters and key worker guide

- the regional children's hospice network has adopted the key worker model for families of children who die suddenly

- we presented the work at a national child death review conference in 2024
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1131  safety-netting changed after a late cancer diagnosis - docx - style
#        headings - GP partner, earnest - ONE GP practice and its own teams,
#        NO partner (ineligible) - the patient's family, the PPG and staff
#        involved - NO quantitative evidence (list sizes, tasks, diagnoses
#        found, a single audit figure, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1131", format="docx", layout="style_headings", topic="gp_safety_netting_after_cancer_death",
    project="independent71-learningfrommrh-1131", docx_font="Calibri",
    title="Learning from Mr H: how one practice changed its safety-netting after a late cancer diagnosis",
    cover=[
        "Quarry Lane Surgery, Bexmoor",
        "A whole-practice project: GP partners, salaried GPs, practice nurses, reception team and practice management",
        "Submitted by Dr Alison Greaves, GP Partner and Patient Safety Lead",
    ],
    primary_entrant=dict(name="Quarry Lane Surgery", type="primary_care"),
    partners=[],
    sections=[
        ("context", "Background", """
Quarry Lane Surgery looks after 9,200 patients in Bexmoor. In 2022 one of our patients, whom his family
have asked us to call Mr H, died of pancreatic cancer at the age of 58. In the ten months before his
diagnosis he saw four different clinicians in the practice, for tiredness, back pain, indigestion and
weight loss. Each consultation, on its own, was reasonable, and his blood tests were normal. Nobody put
the four together, and nobody arranged to see him again if things did not improve. By the time he was
sent for a scan, the cancer had spread.

His wife made a complaint. We met the family, apologised, and went through what had happened with them.
We carried out a significant event analysis and then, because it was clear this was not about one
clinician, we spent a year changing the way the whole practice handles patients who keep coming back
with vague symptoms.

We made three changes. Every clinician now records safety-netting advice with a single code, with a
follow-up task if the patient must be reviewed by a certain date. Reception staff flag any patient
booking a third appointment within three months for a problem that has not been resolved, so that the
clinician sees the pattern. And a weekly search finds patients with unexplained weight loss recorded who
have not had a follow-up.
"""),
        ("evidence", "Results", """
Since the changes began in March 2023, 214 patients have been placed on the safety-netting list and 1,130
follow-up tasks have been completed.

Through the weekly search and the third-appointment flag, 19 patients have been found to have a serious
diagnosis, six of them cancers.

An audit of 50 consultations in November 2024 found safety-netting advice coded in 88% of them. Our
target is 95%, and we will audit again in May 2025.
"""),
        ("stakeholders", "Involving patients and staff", """
<<P:Mr H's wife and daughter met us twice, and his daughter suggested that every patient given
safety-netting advice should also get it by text message, so they have it in writing, which we now
do.>> <<P:Members of our patient participation group went through the text wording and changed 'if
symptoms persist' to 'if you are not better in three weeks, book again and mention this message'.>>

<<S:Our reception team designed the third-appointment flag themselves, after pointing out that they
often noticed the same patient coming back but had no way of telling the doctor.>> <<S:The practice
nurses and our healthcare assistant asked to join the weekly search meeting, because many patients with
weight loss are weighed by them first, and they now run it.>> <<S:GP partners and salaried GPs agreed
the safety-netting code and the wording of the follow-up task at two clinical meetings.>>
"""),
        ("value", "Value", """
The changes cost nothing but time: about an hour a week for the search and a few seconds in each
consultation. A late cancer diagnosis can cost a patient the chance of a cure and leaves a family with
questions for the rest of their lives.

The team says it feels safer. Several of our receptionists have told us they now feel part of the
clinical team.
"""),
        ("spread", "Sharing", """
We have presented the changes at our primary care network's clinical meeting, and the weekly search has
been shared with the other practices in Bexmoor. Mr H's family have agreed that his story can be used in
teaching for GP registrars.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1132  joint review of deaths after transfer from independent hospitals -
#        pdf - numbered questions - PRIVATE independent hospital group as
#        primary entrant with an NHS foundation trust (ineligible) - group
#        medical director, corporate - staff involved - NO patient involvement
#        (families contacted under candour and sent a review, a leaflet, a
#        survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1132", format="pdf", layout="numbered_questions", topic="independent_sector_transfer_deaths_joint_review",
    project="independent71-joinedupreview-1132", pdf_font="LiberationSans", pdf_align="J",
    title="Joined-Up Review: learning together when patients are transferred from independent hospitals to the NHS",
    cover=[
        "Primary entrant: Calderstone Healthcare Group Ltd (five independent hospitals)",
        "Partner: Fellbridge University Hospitals NHS Foundation Trust",
        "Submitted by Mr Anand Verma, Group Medical Director",
    ],
    primary_entrant=dict(name="Calderstone Healthcare Group Ltd", type="private"),
    partners=[
        dict(name="Fellbridge University Hospitals NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "1. What was the patient safety problem and why was a partnership needed?", """
Calderstone's five independent hospitals carry out around 38,000 operations a year, more than two
thirds of them for NHS patients. None of our hospitals has an intensive care unit. When a patient
becomes seriously unwell after surgery, they are transferred by ambulance to the nearest NHS hospital,
which for four of our sites is Fellbridge University Hospitals.

Until 2023, if a transferred patient died or was seriously harmed, the review took place at Fellbridge,
because that is where the patient was. The Calderstone surgeon and anaesthetist might be asked for a
statement, but our hospital rarely saw the findings. Our own review looked only at the care before
transfer. Neither organisation saw the whole picture. Responsibility under the duty of candour was also
unclear: families sometimes heard from both organisations, with different accounts, or from neither.

In 2022 a woman in her sixties died at Fellbridge from a bowel perforation after a routine gynaecological
operation at one of our hospitals. The two reviews reached different conclusions about when she first
showed signs of deterioration, and her family received two letters that contradicted each other. That
was the point at which both organisations agreed things had to change.

Since April 2023 every unplanned transfer from Calderstone to Fellbridge that ends in death or serious
harm has a single joint review within four weeks, using a shared structured judgement tool, with
clinicians from both sides. One lead organisation is agreed for the candour conversation, so the family
hears one account. Learning is shared at a joint quarterly meeting.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
We compared the 2022/23 financial year with 2023/24.

<<Q:Unplanned transfers from our hospitals to Fellbridge fell from 4.1 to 2.6 per 1,000 operations.>>
<<Q:Transfers in which the receiving team had the full operation note and observation chart when the
patient arrived rose from 48% to 96%.>> <<Q:The median time from the first abnormal early warning score
to the decision to transfer came down from 3 hours 40 minutes to 1 hour 25 minutes.>>

Since April 2023 there have been 37 joint reviews, and a single lead organisation was agreed for the
candour conversation in every one.
"""),
        ("stakeholders", "3. Who was involved and how?", """
<<S:Resident medical officers from our hospitals and Fellbridge's critical care outreach nurses
redesigned the transfer checklist together, after the outreach nurses described patients arriving with no
operation note.>> <<S:Anaesthetists from both organisations agreed the early warning score triggers at
which a Calderstone patient must be discussed with Fellbridge's outreach team, and changed them after the
first six months.>> <<S:Ward nurses at two of our hospitals tested the escalation flowchart on night
shifts and asked for the outreach team's direct number to be printed on it.>>

Families of patients who died or were seriously harmed were contacted under the duty of candour and
offered a copy of the joint review. Every patient is given a leaflet before surgery explaining what
happens if they need to be transferred. We sent a survey to patients who had been transferred and the
responses were mostly positive, so we did not change the process. We plan to invite a patient
representative to the joint quarterly meeting next year.
"""),
        ("value", "4. What is the impact on patients and staff, and is it value for money?", """
The joint review process uses existing clinical governance time in both organisations. Fewer transfers
mean fewer critical care beds taken at Fellbridge and fewer patients exposed to the risks of an
emergency transfer. A single joint review also saves the duplicated effort of two investigations into
the same death.

Our clinicians say they now learn from outcomes they never used to hear about. Fellbridge's outreach
team say they know what to expect when our patients arrive.
"""),
        ("spread", "5. How has the learning been shared?", """
Calderstone's fifth hospital has adopted the joint review model with its own local NHS trust. We have
shared it with the independent sector's national clinical governance forum and with the integrated care
board, which is considering making it a requirement for every independent sector provider in its area.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1133  same-day conversations with families after a fall with harm -
#        docx - sections in an unusual order (results first) - deputy chief
#        nurse, plain - departments of ONE acute trust (patient safety, falls,
#        patient experience, chaplaincy), NO partner (ineligible) - families
#        (first told in the context section, by pronoun, and as a families'
#        panel) and staff involved - 'a third lower' in words
# ---------------------------------------------------------------------------
entry(
    id="I1133", format="docx", layout="reordered", topic="candour_conversations_inpatient_falls",
    project="independent71-samedayfacetoface-1133", docx_font="Arial",
    title="Same Day, Face to Face: being open with families after a fall causes harm on our wards",
    cover=[
        "Saltmarsh District Hospitals NHS Trust",
        "A partnership between the trust's Patient Safety Team, Falls Prevention Service, Patient Experience Team and Chaplaincy and Bereavement Service",
        "Lead: Deputy Chief Nurse",
    ],
    primary_entrant=dict(name="Saltmarsh District Hospitals NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("evidence", "What we achieved", """
<<Q:Families told about a fall with harm within 24 hours rose from 41% in 2022 to 92% in 2024.>>
<<Q:Complaints about falls on our wards are a third lower than before, down from 45 in 2022 to 30 in
2024.>> <<Q:Falls causing moderate or severe harm fell from 0.19 to 0.13 per 1,000 occupied bed days
over the same period.>>

Since the same day, face to face standard began in February 2023, ward teams have held 212 conversations
with families after a fall with harm, and a patient safety practitioner was present at 187 of them.
"""),
        ("stakeholders", "Who took part", """
<<S:Ward sisters from the six wards with the most falls tested the conversation guide for two months and
cut it down to a single side, with the first sentence written out in full, because they said starting
was the hardest part.>> <<S:Chaplains and bereavement officers joined the falls team's training sessions
and rewrote the section on what to say if the patient has died, drawing on their own experience of
breaking bad news.>> <<S:Porters and healthcare assistants, who are often first on the scene, asked for
clear advice on what they should and should not say to relatives, and a pocket card was produced for
them.>>

<<P:The members of our Falls Family Panel, relatives whose mothers and fathers fell on our wards,
reviewed every version of the family leaflet and insisted that it give the name and direct number of the
person who will call them back.>>
"""),
        ("context", "Why we needed to change", """
Saltmarsh District Hospitals has around 700 beds, and most of our inpatients are over 75. Falls are the
commonest patient safety incident we report, and each year some lead to a broken hip, a head injury or
a death. When a fall causes moderate or severe harm, the duty of candour requires us to tell the patient
or their family promptly, to apologise, and to follow this up in writing.

In 2022 we found we were not doing this well. Families often heard about a fall days later, at visiting
time, from the patient, or in one case from a porter who assumed they already knew. Letters went out
weeks afterwards. Conversations, when they happened, were often left to whichever junior doctor was on
duty.

<<P:We first heard how this felt from the daughter of a woman who broke her hip on one of our medical
wards: she wrote to the chief executive, and then she and her brother came in to spend an afternoon with
the falls team, going through what they had been told and when.>> <<P:It was they who suggested the
words 'same day, face to face', and the standard we use now is built on what they asked for.>>

The project brought together four parts of the trust: the patient safety team, the falls prevention
service, the patient experience team and the chaplaincy and bereavement service. Every fall with harm
now triggers a conversation with the family on the same day, led by the nurse in charge with a patient
safety practitioner, followed within ten working days by a letter and an offer to meet the consultant.
"""),
        ("spread", "Spreading the work", """
The same day, face to face standard has been extended to hospital-acquired pressure ulcers of category 3
and above and to medication errors that cause harm. We have shared the conversation guide and the pocket
card with the regional falls prevention network.
"""),
        ("value", "Value for money and experience", """
The standard uses existing staff, and the training takes an hour. Complaints take a great deal of staff
time to investigate and answer, and the way a family first hears about harm shapes everything that
follows.

Nurses tell us they now feel able to have these conversations instead of dreading them. Families have
written to thank ward teams for telling them straight away, even when the news was bad.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1134  joint learning after deaths in prison custody - pdf - with appendix
#        - head of healthcare, detailed - community trust's prison healthcare
#        service with the prison and the mental health in-reach team -
#        prisoners who are Listeners, the prisoner council, a bereaved sister
#        and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1134", format="pdf", layout="with_appendix", topic="deaths_in_custody_joint_learning",
    project="independent71-everydeathcounts-1134", pdf_font="LiberationSerif", pdf_align="L",
    title="Every Death Counts: learning together after deaths in custody at HMP Ashcombe",
    cover=[
        "Lead entrant: Greyfriars Community Health NHS Trust (Healthcare Services at HMP Ashcombe)",
        "Partners: HMP Ashcombe (HM Prison and Probation Service); Westleigh Mental Health NHS Foundation Trust (Prison Mental Health In-reach Team)",
        "Prepared by the Head of Healthcare, HMP Ashcombe",
    ],
    primary_entrant=dict(name="Greyfriars Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="HMP Ashcombe", type="public_other"),
        dict(name="Westleigh Mental Health NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why we needed to work together", """
HMP Ashcombe is a category B men's prison holding around 1,100 men, many of them on remand. Every death
in prison custody is investigated independently by the Prisons and Probation Ombudsman and is the
subject of an inquest. Between 2019 and 2021 there were fourteen deaths at Ashcombe: eight from natural
causes, four self-inflicted and two related to drugs.

Each investigation produces recommendations, addressed separately to the prison, the healthcare provider
and the mental health in-reach team, and each organisation drew up its own action plan. When we looked
back in 2022, the same recommendations were appearing again and again: officers calling the wrong
medical emergency code, delays in getting healthcare staff to the cell, cell bells not answered quickly
at night, risk information not shared between the mental health team and the wing, and families not
told promptly. Three of the fourteen investigations said, in effect, that an earlier recommendation had
not been acted on.

The families of men who die in prison often feel they are told nothing. Some learned of a death from
another prisoner's family, or from social media, before the prison's family liaison officer reached
them.

In 2022 the governor, the head of healthcare and the in-reach team manager agreed to respond to deaths
together. The Ashcombe Learning Group meets within seven days of every death, before the ombudsman's
investigation begins, for a joint hot debrief. Every recommendation, whichever organisation it is
addressed to, goes onto one action log that the group reviews monthly. The three organisations run joint
medical emergency drills on each wing every quarter. Naloxone is held on every landing and every officer
carries a radio code card. Families are contacted by the prison's family liaison officer within four
hours of a death and offered a named healthcare contact in the first week.

None of this is complicated. What was missing was the habit of treating a death as something the three
organisations had to understand together, rather than three separate reports to be answered.
"""),
        ("evidence", "What difference it has made", """
We compare the three years before the Learning Group, 2019 to 2021, with the three years since, 2022 to
2024. The numbers are small and we do not claim too much from them.

<<Q:The median time from a medical emergency code being called to the first healthcare responder
reaching the cell fell from 6 minutes to 3 minutes, based on radio log timings.>> <<Q:Ombudsman
recommendations that repeated an earlier recommendation fell from 9 of 23 to 2 of 17.>> <<Q:Self-inflicted
deaths fell from four to one, and drug-related deaths from two to none.>> <<Q:Families contacted within
four hours of a death rose from 5 of 14 to 11 of 12.>>

We now hold 48 emergency drills a year, and all 410 uniformed staff have completed the emergency response
refresher.
"""),
        ("stakeholders", "Who was involved", """
<<P:Men on the wings who volunteer as Listeners, prisoners trained to offer confidential support to
others, told us after a death in 2022 that cell bells at night often went unanswered for a long time, and
the new cell bell protocol, with a night manager checking response times each morning, follows what they
proposed.>> <<P:The prisoner council, the residents' forum elected on each wing, chose where naloxone
would be kept on each landing and helped write the wing notices about it.>> <<P:The sister of a man who
died in 2021 met the Learning Group and asked that families be offered a named contact in healthcare, not
only in the prison, and that is now part of our family contact procedure.>>

<<S:Wing officers and healthcare assistants ran the first drills together and asked for the radio code
card, because under pressure officers were calling the wrong code.>> <<S:The in-reach team's nurses and
the healthcare team's pharmacist rewrote the shared risk form after the first three hot debriefs.>>
<<S:Night orderly officers suggested the morning check of cell bell response times.>>
"""),
        ("value", "Value", """
The Learning Group meets within existing working hours, and naloxone kits cost about £20 each. Every
death in custody brings an investigation, an inquest and many hours of staff time across all three
organisations, as well as the loss of a life and the grief of a family.

Staff say the hot debriefs are hard but that they leave with something to do. Families say they had
someone to call.
"""),
        ("spread", "Spreading the learning", """
The joint action log and the hot debrief format have been adopted by two other prisons in the region
where our trust provides healthcare. The ombudsman's regional team has cited our approach as good
practice in two reports. We have shared the drill scenarios with the national prison healthcare network.
"""),
    ],
    trailer=[
        ("heading", "Appendix: terms and sources"),
        ("para", "Listeners: prisoners selected and trained by a national charity to give confidential emotional support to fellow prisoners. Hot debrief: a meeting of the staff involved, held soon after a death, to support them and identify immediate learning. Medical emergency codes: radio codes used by prison staff to summon healthcare, with different codes for breathing difficulties and for bleeding."),
        ("para", "Response times are taken from the prison's radio logs. Recommendation figures are from published ombudsman reports. Family contact figures are from the prison's family liaison records."),
        ("para", "Contact: Head of Healthcare, Healthcare Centre, HMP Ashcombe, Ashcombe Road, Ashcombe AS3 9XY."),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1135  multi-agency reviews after fatal and serious fires - docx - bullet
#        lists - station manager, blunt - fire and rescue service with the
#        county council, the community trust and the police - staff involved
#        - NO patient involvement (families written to, residents as
#        beneficiaries, a negation, a plan, a leaflet sent) - NO quantitative
#        evidence (reviews held, actions, referrals, visits, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1135", format="docx", layout="bullet_lists", topic="fatal_fire_multi_agency_reviews",
    project="independent71-lookingback-1135", docx_font="Arial",
    title="Looking Back Together: multi-agency reviews after fatal and serious house fires",
    cover=[
        "Brindlecombe Fire and Rescue Service (lead entrant)",
        "Partners: Brindlecombe County Council (Adult Social Care); Brindlecombe Community NHS Trust; Brindlecombe Constabulary",
        "Submitted by the Station Manager, Community Risk Reduction",
    ],
    primary_entrant=dict(name="Brindlecombe Fire and Rescue Service", type="emergency_service"),
    partners=[
        dict(name="Brindlecombe County Council", type="local_authority"),
        dict(name="Brindlecombe Community NHS Trust", type="nhs_trust"),
        dict(name="Brindlecombe Constabulary", type="emergency_service"),
    ],
    sections=[
        ("context", "Why we needed this", """
- between 2019 and 2021 eleven people died in accidental house fires in Brindlecombe

- most were over 70, lived alone and were getting care or support from at least one of the partners

- the same factors kept coming up: smoking, home oxygen, hoarding, poor mobility, alcohol, and skin creams soaked into bedding and clothes

- each organisation reviewed its own part, if it reviewed anything at all, and the findings were never put side by side

- our fire investigators could say how a fire started, but not what carers, nurses or social workers had known about the person

- when partners did meet, it was often months later, and the actions belonged to nobody in particular

What we do now, since April 2022:

- every fatal fire, and every fire in which someone is seriously injured, has a multi-agency review within 28 days

- the review builds one timeline of every contact the person had with any partner in the year before the fire

- a panel of senior managers from all four partners agrees the actions, with a named owner for each

- themes go to the county's safeguarding adults board twice a year
"""),
        ("evidence", "What has been achieved", """
- 22 reviews held between April 2022 and December 2024, 19 of them within 28 days

- 61 actions agreed, of which 49 are complete

- adult social care made 420 referrals to us for home fire safety visits in 2024

- the community trust's home oxygen service now sends us its patient list every month, and our crews have visited all 380 households on it

- 9 people identified through reviews as at very high risk were given fire-retardant bedding and a smoke alarm linked to telecare

- our target is for every review to be held within 28 days
"""),
        ("stakeholders", "Who was involved", """
- <<S:social workers, district nurses and our watch managers wrote the timeline template together over three sessions, and added a column for 'what we were worried about' after finding that worries were written in notes but never shared>>

- <<S:the community trust's home oxygen nurses asked for a fire risk question to be part of every oxygen assessment, and wrote it with our prevention officers>>

- <<S:police fire investigators suggested holding the review once the scene examination is finished rather than waiting for the inquest, and agreed what can be shared while an investigation is open>>

- <<S:home care agency managers told us their carers did not know how to refer to us, so the council added a one-click referral to the agencies' care planning system>>

- families of people who died are written to by the panel chair to tell them a review is taking place

- the reviews exist to protect residents at risk, especially older people who live alone

- we did not involve families in the reviews in the first two years because of police investigations and inquests

- we plan to offer bereaved families a meeting with the panel chair from 2025

- a leaflet on smoking and home oxygen was sent to 900 households
"""),
        ("value", "Value", """
- the reviews use existing staff time, about a day per review across the four partners

- national estimates put the cost to society of a single fire death at well over £1 million

- partners say they understand each other's roles far better

- crews say they finally hear what happened to people they could not save
"""),
        ("spread", "Spread", """
- the timeline template has been shared with the national fire chiefs' prevention group

- two neighbouring fire and rescue services have started multi-agency reviews using our terms of reference

- the safeguarding adults board has added fire risk to its self-neglect guidance
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1136  making safeguarding adults review recommendations stick - pdf -
#        form table with a cover table - short - board business manager,
#        procedural - safeguarding adults board hosted by the city council,
#        with the police, the ICB and the community and mental health trust -
#        a bereaved brother, people with lived experience and staff involved
#        - NO evidence section and no measured change anywhere in the entry
# ---------------------------------------------------------------------------
entry(
    id="I1136", format="pdf", layout="form_table", topic="safeguarding_adults_review_recommendations",
    project="independent71-reviewtoroutine-1136", pdf_font="LiberationSans",
    title="From Review to Routine: making safeguarding adults review recommendations stick",
    cover_table=[
        ("Title of entry", "From Review to Routine: making safeguarding adults review recommendations stick"),
        ("Lead organisation", "Marchmont Safeguarding Adults Board, hosted by Marchmont City Council"),
        ("Partner organisations", "Marchmont Police; NHS Marchmont Integrated Care Board; Marchmont Community and Mental Health NHS Trust"),
        ("Name and role of entrant", "Business Manager, Marchmont Safeguarding Adults Board"),
    ],
    primary_entrant=dict(name="Marchmont City Council", type="local_authority"),
    partners=[
        dict(name="Marchmont Police", type="emergency_service"),
        dict(name="NHS Marchmont Integrated Care Board", type="icb"),
        dict(name="Marchmont Community and Mental Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and its safety goals.", """
When an adult with care and support needs dies or is seriously harmed, and there is concern that
agencies could have worked together better, the safeguarding adults board must hold a safeguarding
adults review. Marchmont has held eleven reviews since 2017. Most concerned self-neglect, alcohol and
mental health, and several concerned people who died alone at home after months of missed
appointments, unanswered doors and closed cases.

Reading the reviews side by side in 2022 was uncomfortable. The same recommendations appeared in review
after review: escalate when a person keeps refusing help; hold a multi-agency meeting instead of closing
the case; think about whether the person has the capacity to make that particular decision; talk to the
family. Each review produced an action plan, each agency reported its actions complete, and then the
next review found the same thing.

The board's partners agreed to stop treating each review as a separate project. Since 2023 every
recommendation is turned into a change to a shared procedure rather than a one-off action; each change
is tested by front-line staff at a 'learning into practice' session within three months; and the board
checks, through case file audits carried out by staff from another agency, whether the procedure is
being used. The main product so far is a single multi-agency self-neglect and risk escalation pathway,
which replaces four separate agency policies.

Our goals are that no future review repeats a recommendation we have already made, that front-line
staff know and use the escalation pathway, and that families are part of every review.
"""),
        ("stakeholders", "How were patients, families and staff involved?", """
<<P:The brother of a man whose death led to our 2021 review told the board how many times he had tried
to tell services that his brother was not coping, and at his request the pathway now says that a family
member's concern is reason enough to call a multi-agency meeting.>> <<P:People with lived experience of
self-neglect and hoarding, recruited through a local peer support group, went through the draft pathway
with us and asked for the word 'non-engagement' to be removed because it blamed the person, and it has
been replaced by 'not yet able to accept help'.>>

<<S:Social workers, police neighbourhood officers, community psychiatric nurses and GP practice staff
took part in six learning into practice sessions, working through real anonymised cases, and after the
first session they asked for a one-page flowchart, because nobody reads a thirty-page policy in a
crisis.>> <<S:Safeguarding leads from each partner carry out the cross-agency case file audits and have
twice changed the audit questions.>>
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The work uses staff already employed by the partners and the board's existing budget, with about £4,000
a year spent on venues and printing. A single safeguarding adults review costs the board around £25,000
in independent reviewer fees, before anyone's staff time is counted. Front-line staff tell us the
flowchart has given them permission to escalate. Families of people whose deaths were reviewed recently
have told the board they felt listened to.
"""),
        ("spread", "How has the work been shared and spread?", """
The escalation pathway has been adopted by the neighbouring safeguarding adults board, which shares a
police force and a mental health trust with us. We presented the approach to the national network of
safeguarding adults board chairs in 2024, and the learning into practice session plans are on the
board's website for anyone to use.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)
