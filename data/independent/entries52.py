"""Fifty-second independent evaluation set (I817..I832) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing hospices, community heart failure and
respiratory teams, renal units, ambulance services, carers' and young carers' charities,
councils' reablement services, primary care networks, pharmaceutical committees,
integrated care boards, a university, a lung support group and the odd private company
send in, in their own voices and at their own length.  The theme of this set is end of
life and palliative care, long-term conditions (heart failure, COPD, kidney disease,
diabetes) and rehabilitation at home, with hospices, community services and carers'
organisations.

Topics: subcutaneous diuretics at home for people with advanced heart failure (a
community heart failure nursing service with a hospice), oxygen alert cards for people
with COPD who retain carbon dioxide (an ambulance service lead, numbered questions with
cover bullets), diabetes care in the last weeks of life (a hospice lead, no headings,
long), a register and shared plan for people with kidney failure who choose not to have
dialysis (a renal unit, two columns), home-based cardiac rehabilitation with safety checks
(a university lead, CAPS headings), pulmonary rehabilitation at home after a COPD flare-up
(a private digital health company as primary entrant, lists), moving and handling by
family carers looking after someone dying at home (a carers' charity, lists), reviewing
preventive medicines in the last year of life (a primary care network, a form), blood
tests at the community pharmacy while heart failure medicines are increased (a
pharmaceutical committee, a form), follow-up at home within 72 hours of leaving hospital
after a COPD flare-up (an integrated care board, rubric headings), safer opioids for
people with kidney failure who are dying at home (a hospice lead, numbered questions),
glucose sensors with alerts to family carers for people on insulin who live with dementia
(a private technology company as primary entrant, a cover table), rehabilitation at home
in the first fortnight after a broken hip (a council reablement service, results first,
no spread section), rapid discharge for people who want to die at home (departments of
one trust, no partner, a pdf made from Word), young carers who help a parent with
medicines, oxygen or dialysis (a young carers' charity, with appendix, long) and
breathlessness crisis plans at home (a lung support group as lead, short, no evidence
section).

Lead types and layouts: I817 nhs_trust (community), pdf own_headings; I818
emergency_service, docx numbered_questions with cover bullets; I819 charity (hospice),
docx no_headings; I820 nhs_trust (acute renal unit), pdf two_column; I821 university, pdf
caps_headings; I822 private, pdf bullet_lists; I823 charity (carers), docx bullet_lists;
I824 primary_care (PCN), docx form_table; I825 primary_care (LPC), pdf form_table; I826
icb, docx rubric_headings; I827 charity (hospice), pdf numbered_questions; I828 private,
docx bold_headings with a cover table; I829 local_authority, docx reordered; I830
nhs_trust (no partner), pdf style_headings via soffice; I831 charity (young carers), pdf
with_appendix; I832 patient_group, docx style_headings.

Build it with

    .venv/bin/python data/independent/build.py --set 52   (writes data/corpus/independent52/)

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
    screened or identified, plans written, medicines stopped), single figures with no
    baseline, a zero with no earlier figure, figures that did not change, budgets, costs
    and savings estimates, phone numbers, postcodes, reference numbers, targets not yet
    reached, plans and hopes;
  * Q: a measured change in an outcome or a safety process measure anywhere in the entry,
    in digits or in words ('roughly halved', 'about a third fewer', 'from about one in
    five to one in twelve', a sustained shift on an SPC chart); no_quantitative_evidence
    looks only at the evidence section (or the whole entry when the evidence section is
    missing), so a measured change placed only in the value section still leaves the flag
    set;
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, volunteers with lived experience, unusual names for
    a group, unusual job titles, list items), wherever in the entry it is told; a former
    carer with lived experience, employed by a partner, who helped design the work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, people
    who had a conversation about their own care, plans and intentions, negations, unnamed
    'stakeholders', organisations agreeing or funding, a single named lead doing their
    job, staff delivering the service, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance services are emergency_service; GP
federations, primary care networks and local pharmaceutical committees are primary_care;
kidney patients' associations, heart and lung support groups are patient_group; hospices,
carers' and young carers' charities are charity; a university is university; digital
health and glucose monitoring companies are private).  A department or team of the
entrant's own organisation is not a partner.  Flags are written by hand and build.py
cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I817  subcutaneous diuretics at home for advanced heart failure - pdf - own
#       headings - community heart failure nurse lead, practical - community
#       trust with a hospice, the acute trust's cardiology team and a GP
#       federation - a peer support group, a wife and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I817", format="pdf", layout="own_headings", topic="heart_failure_subcutaneous_diuretics_home",
    project="independent52-fluidathome-817", pdf_font="LiberationSans", pdf_align="L",
    title="Fluid at Home: subcutaneous diuretics for people with advanced heart failure who want to stay out of hospital",
    cover=[
        "Lead organisation: Wenlow Community Health NHS Trust, Community Heart Failure Nursing Service",
        "Partners: St Brannoc's Hospice; Wenlow and Marsh Hospitals NHS Foundation Trust (Cardiology); Wenlow Rural GP Federation",
        "Entry written by the Heart Failure Nurse Team Leader",
    ],
    primary_entrant=dict(name="Wenlow Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="St Brannoc's Hospice", type="charity"),
        dict(name="Wenlow and Marsh Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Wenlow Rural GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "Why we needed to do this", """
Heart failure is one of the commonest reasons for an emergency admission among older people in Wenlow,
and for people in the last year of life it is often the reason they spend their final months going in
and out of hospital. When the body holds on to fluid, the legs and belly swell and the lungs fill up,
and the person becomes so breathless that they cannot lie flat. The usual treatment is a water tablet,
furosemide, and when the tablets stop working because the gut is swollen too, the only option has been
to go into hospital for the drug to be given into a vein.

For many of the people on our caseload that admission was the thing they dreaded most. They were frail,
often had several other illnesses, and came home weaker each time, more muddled, and sometimes with a
pressure sore or a urine infection picked up on the ward. Some told us plainly that they would rather
stay at home and take their chances. A few did exactly that, refusing to go in, and became very unwell
at home with nobody able to offer them the treatment that would have helped.

There were also safety problems in the way things worked when people did go in. Doses of diuretic were
changed in hospital and the changes were not always clear on the discharge letter. Blood tests to check
kidney function and potassium after a dose change were requested by the hospital but sent to the GP, who
often did not know why they had been done. Between 2020 and 2022 our service reported nine incidents in
which a patient had been harmed because a diuretic dose was wrong or a blood result was not acted on,
including two people admitted with dangerously low potassium.

Furosemide given under the skin, through a small needle connected to a pump worn on a belt, had been
used in a few places in the country. It meant people could have the same treatment at home, with a nurse
visiting each day. But our trust could not do it alone. We needed the hospital cardiology team to agree
who was suitable and to be on hand for advice, the hospice to support people whose heart failure was
reaching the end of life and who might need help with other symptoms at the same time, and GPs to be
confident about what was happening to their patients and who was responsible for the blood tests.

The partnership started in May 2022. A heart failure nurse assesses the patient at home, discusses them
with the on-call cardiology registrar or the heart failure consultant using an agreed checklist, and
starts the pump the same day. A nurse visits every day, weighs the person, checks their blood pressure
and takes blood every other day. Results come straight to the heart failure nurses, not the GP. The
hospice's community team joins for anyone on the palliative care register, and the hospice pharmacist
checks the whole medicines list. GPs get a one-page summary at the start and the end of each course.
"""),
        ("evidence", "What has changed", """
Between May 2022 and April 2024 we gave 203 courses of subcutaneous furosemide at home to 141 people. The
average course lasted six days.

<<Q:We compared the 141 people treated with the year before they started: emergency admissions for heart
failure fell from 187 to 74, and days spent in hospital fell from 1,690 to 512.>> <<Q:Incidents involving
a wrong diuretic dose or a blood result not acted on fell from nine in the two years before the
partnership to two in the two years since.>> Neither of those two caused lasting harm.

<<Q:Among people on the palliative care register who died during the period, the proportion who died in
hospital went down from 58% in 2021/22 to 27% in 2023/24.>>

Eleven courses were stopped early and the person admitted, mostly because their kidney function got
worse. We treat every one of these as a learning case and discuss it at the monthly review meeting with
the cardiologists and the hospice.
"""),
        ("stakeholders", "Who took part", """
<<P:The Heartbeat Tuesday group, a peer support group for people with heart failure that meets at the
hospice, spent two sessions with us before we started, and its members said the thing that would put
them off was having to go to bed with a pump attached, so we chose a smaller pump that can sit in a pouch
and the hospice's volunteers made soft pouches in three sizes.>> <<P:They also wrote the 'what to expect'
sheet we leave in the home, including the line 'you may need the toilet a lot on the first day, and that
means it is working'.>> <<P:A woman whose husband was one of the first people treated kept a diary of the
week for us, and her suggestion of a single phone number that reaches a heart failure nurse until 8pm is
now how the service works.>>

<<S:Heart failure nurses and cardiology registrars wrote the suitability checklist together and changed it
twice in the first six months, after the nurses found that patients with very low blood pressure did
badly.>> <<S:District nurses, who cover the weekend visits, asked for the pump to be one they already used
for other medicines, which is why we chose it.>> <<S:The hospice pharmacist and the trust's medicines
safety officer designed the dose chart after going through each of the nine earlier incidents with the
nurses involved.>> <<S:GPs in the federation told us they did not want the blood results at all while the
pump was running, and helped us set up the link so that results go to our team.>>
"""),
        ("value", "Value for money and experience", """
Each course costs about £480 in nursing time, pumps and drugs. A heart failure admission in Wenlow lasts
on average nine days and costs around £4,000. Even allowing for the patients who were admitted anyway,
the saving is substantial, but the greater value is in time spent at home. People tell us they sleep in
their own bed, see their grandchildren and keep their dog. Heart failure nurses say they finally feel able
to offer something when a patient says 'I am not going back in'.
"""),
        ("spread", "Sharing the learning", """
The checklist, dose chart and patient sheet are on the regional heart failure network's website, and two
neighbouring community trusts have started their own services using them. The hospice has added
subcutaneous diuretics to its training for nurses in care homes. We presented the service at a national
heart failure nurses' conference in 2024 and at our trust's annual quality day.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I818  oxygen alert cards for people with COPD who retain carbon dioxide -
#       docx - numbered questions with cover bullets - consultant paramedic,
#       clinical - ambulance service with the community respiratory service
#       and the acute trust's respiratory and lung function teams - staff
#       involved - NO patient involvement (patients given cards and a letter,
#       a questionnaire that changed nothing, lung support groups updated, a
#       negation, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I818", format="docx", layout="numbered_questions", topic="copd_oxygen_alert_hypercapnia_ambulance",
    project="independent52-rightair-818", docx_font="Arial",
    title="Right Air: oxygen alert cards for people with COPD at risk of carbon dioxide retention",
    cover=[
        "Lead organisation: North Cantrell Ambulance Service NHS Trust",
        "Entrant: Consultant Paramedic, Respiratory and Long-Term Conditions",
    ],
    cover_bullets=[
        "Partner: Cantrell Valley Community NHS Trust (Community Respiratory Service)",
        "Partner: Cantrell Royal Hospitals NHS Foundation Trust (Respiratory Medicine and Lung Function Department)",
    ],
    primary_entrant=dict(name="North Cantrell Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Cantrell Valley Community NHS Trust", type="nhs_trust"),
        dict(name="Cantrell Royal Hospitals NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "1. What was the problem and why did it need a partnership?", """
Some people with chronic obstructive pulmonary disease (COPD) retain carbon dioxide when they are given
too much oxygen. In a flare-up, high-flow oxygen given by well-meaning ambulance crews or emergency
department staff can push their carbon dioxide level up so far that they become drowsy, stop breathing
properly and need a machine to help them breathe. National guidance says these patients should be given
oxygen to a lower target, usually 88 to 92%, but a crew arriving at a house at 3am has no way of knowing
who is at risk unless the patient or the family tells them, and a breathless, frightened person rarely
does.

In 2021 our clinical audit team reviewed 300 calls to people with a known diagnosis of COPD who were
taken to hospital. In more than half, oxygen was given at a high flow without any target being
recorded. The hospital's review of people admitted to its respiratory high-dependency unit found a
number whose carbon dioxide levels had risen after oxygen in the ambulance, and two serious incidents in
which the patient needed intensive care.

The frustrating thing was that the information existed. The community respiratory team and the
hospital's lung function department knew exactly which patients had retained carbon dioxide in the past,
because they had their blood gas results. That knowledge sat in their records and never reached us.
Nobody had asked for it, and there was no route for it to travel.

The idea was simple: identify everyone at risk, give them a card, and put an alert on our dispatch
system so that any crew attending knows the target before they open the oxygen cylinder. Doing it needed
all three organisations.
"""),
        ("evidence", "2. What evidence is there of improvements in safe care?", """
From January 2023 the community respiratory team and the lung function department went through their
records and identified people with a previous blood gas showing carbon dioxide retention. Each had a
consultation to confirm their target, was given an alert card and a venturi mask, and had an address
alert placed on our computer-aided dispatch system, which shows the target on the crew's screen. By March
2024, 1,126 people had an alert.

<<Q:In our repeat audit of 300 calls in 2023/24, crews recorded a target saturation for 83% of patients
with an alert, compared with 19% of people with COPD in the 2021 audit.>> <<Q:Patients with an alert who
arrived at hospital with an oxygen saturation above 96% fell from 41% to 12%.>> <<Q:Admissions to the
respiratory high-dependency unit needing non-invasive ventilation within four hours of arrival by
ambulance went down from 132 in 2021/22 to 97 in 2023/24.>>

The audit was carried out by the same two clinical audit facilitators each time, using the same
questions, so that the results could be compared fairly.
"""),
        ("spread", "3. How has the work been shared or applied elsewhere?", """
The alert process is now written into our clinical guideline, and the community respiratory teams in the
other two counties we cover have begun identifying their patients. The regional respiratory network has
shared our card design with its members, and the hospital's emergency department now asks about the card
at triage. NHS 111 clinicians see the same address alert when a card holder calls.
"""),
        ("value", "4. What has been the impact on staff and patients, and value for money?", """
Cards and venturi masks cost less than £3 per patient. The alerts use our existing dispatch system. A
stay in the high-dependency unit on non-invasive ventilation costs several thousand pounds and carries
real risk for the patient. Paramedics say the alert gives them the confidence to hold back on oxygen,
which goes against years of training that oxygen is always safe. Patients have said they feel safer
knowing the crew will know about them.
"""),
        ("stakeholders", "5. How were patients and staff involved?", """
<<S:Paramedics from six stations met with respiratory physiologists and the community respiratory nurses
to agree the wording of the alert, and they asked for the target to appear on the first line of the crew
screen rather than in the notes, which is where it now sits.>> <<S:Emergency operations centre staff
pointed out that address alerts were lost when a patient moved house, so the community team now sends us
a monthly list of changes.>> <<S:The lung function scientists suggested printing the date of the last
blood gas on the card, after finding that some patients' results were several years old.>> <<S:Emergency
department nurses tested the card at triage for a month and asked for it to be red, not white, because
white cards disappeared among other paperwork.>>

Every patient identified was given a card and a letter explaining what it was for. We posted a
questionnaire to 200 card holders in 2023; most said they kept the card with them, so the design was left
as it was. The county's lung support groups were updated on the project at their spring meetings. No
patients sat on the project group, which was put together quickly after the serious incidents. We plan to
invite card holders to help review the card and the letter in 2025.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I819  diabetes care in the last weeks of life - docx - no headings - long
#       - hospice consultant in palliative medicine, first person, reflective
#       - hospice with the community trust's district nurses and diabetes
#       specialist nurses and the acute trust's diabetes team - a bereaved
#       wife (told in the context), carers, patients and staff involved (one
#       by a pronoun) - 'roughly halved' and a change in words - no flags
# ---------------------------------------------------------------------------
entry(
    id="I819", format="docx", layout="no_headings", topic="diabetes_end_of_life_deintensification",
    project="independent52-lessismore-819", docx_font="Georgia",
    title="Less Is More at the End: safer diabetes care in the last weeks of life",
    cover=[
        "St Cuthwin's Hospice, Morland Bridge (registered charity), working with Morland Bridge Community Healthcare NHS Trust and Morland and Eskdale Hospitals NHS Trust",
        "Written by Dr Helen Raistrick, Consultant in Palliative Medicine",
    ],
    primary_entrant=dict(name="St Cuthwin's Hospice", type="charity"),
    partners=[
        dict(name="Morland Bridge Community Healthcare NHS Trust", type="nhs_trust"),
        dict(name="Morland and Eskdale Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", None, """
When I started in palliative medicine, diabetes was one of the things we did not think about much.
People were dying, and blood sugar seemed a small matter beside that. I have learned since that it is not
small at all. Over the years I have watched people in their last weeks have their fingers pricked four
times a day, be woken at night for an insulin injection, and be told they could not have the ice cream
they were craving. I have also seen the opposite: people whose steroids for a brain tumour pushed their
sugar so high that they became thirsty, confused and dehydrated, and nobody checked, because everyone
assumed that monitoring had stopped.

Both are problems of safety. A hypo in someone who is barely eating can cause a fall, a fit and a
frightening, undignified death. Very high sugar causes thirst, drowsiness and infections and,
occasionally, a hyperosmolar state that can kill within days. In between are the people whose insulin was
carried on at the full dose after they stopped eating, because it was given by a district nurse who had
not been told that anything had changed.

The people we look after at home who have diabetes are cared for by at least four services: the GP, the
district nurses who give the insulin, the hospital or community diabetes team, and us. Until 2022 each of
them worked from its own plan, if there was a plan at all. When the hospice took a patient on, we would
often find an insulin chart written by the diabetes team two years earlier, a GP record with a different
dose, and the district nurses working from whatever was stuck to the fridge.

It was Mrs Ansell who made us do something about it. Her husband George had type 2 diabetes on
twice-daily insulin and lung cancer that had spread to his liver. In his last fortnight he was eating a
few spoonfuls a day, but the district nurses kept giving his evening insulin because that was what the
chart said, and twice she found him at night sweating and unrousable. The second time she thought he had
died. <<P:Some months after his death she came to see me with a list of the things that should have
happened, and she sat with us over the following year while we wrote the plan, reading every draft and
crossing out anything that a frightened wife at two in the morning would not understand.>>

So we set out to agree, across all four services, one way of looking after diabetes in people in the
last year of life, and especially in the last weeks. The plan we ended up with is built on national
guidance, but that guidance had been available for years and had not changed anything on its own. What
was different this time was agreeing who does what, and writing it down in one place.

Every person with diabetes on the hospice caseload now has a 'diabetes at the end of life' plan. It is
written by the hospice doctor or nurse specialist with the diabetes specialist nurses, and it moves
through three stages as the person becomes more unwell. At the first stage the aim is to avoid hypos and
symptoms, not to achieve tight control, and tablets such as gliclazide are usually stopped. At the second
stage, when the person is eating very little, insulin is reduced to a single daily dose of long-acting
insulin and checks drop to once a day. In the last days, insulin is usually stopped altogether for people
with type 2 diabetes, and checks stop unless the person has symptoms. People with type 1 diabetes keep a
small dose of long-acting insulin to the end, because without it they can develop ketoacidosis, which is
a miserable way to die. There is a separate section for anyone on steroids, who needs a check in the
afternoon, when the sugar peaks.

The plan lives in the shared electronic record that the hospice, the community trust and the GPs all
use, with a paper copy in the home. Only the hospice or the diabetes team can change it, and any change
sends a task straight to the district nursing team who give the insulin.

I want to say a little more about steroids, because they caught us out more than anything else.
Dexamethasone is used a great deal in palliative care, for brain tumours, for nausea, for appetite and
for pain from tumours pressing on nerves. It can push blood sugar very high, even in people who have
never had diabetes, and the rise comes in the afternoon and evening, hours after the morning dose. A
finger-prick test done by a district nurse at nine in the morning will often look perfectly normal. We
found people whose sugar was running at over 25 every evening, who were thirsty, passing urine all night
and falling on the way to the toilet, and whose morning readings had reassured everyone. The plan now
asks for one check in the late afternoon for anyone on steroids, and gives a simple dose of morning
insulin or gliclazide to use if it is high, with the steroid dose reduced as soon as it is safe.

None of this was new knowledge. Every service involved could have told you about it in theory. What we
had lacked was a single place where it was written down for a particular person, and a single service
that everybody agreed was allowed to change it.
"""),
        ("stakeholders", None, """
The plan would not look the way it does without the people who had to live with it. I have mentioned
Mrs Ansell. <<P:We also took the draft to the hospice's family carers' support group, and the carers asked
for a page in plain English headed 'What to do if he is sweaty, pale or hard to wake', with photographs of
the glucose gel and how to use it, which is now the back page of the plan.>> <<P:Two patients with type 1
diabetes who were under our care, both of whom had managed their own insulin for more than forty years,
told us they would not accept anyone taking it over while they could still do it themselves, so the plan
now says clearly that the person stays in charge for as long as they want to.>>

The diabetes specialist nurses were wary at first, and with good reason, because they had seen people
come to harm when insulin was stopped too early. <<S:They rewrote the section on type 1 diabetes twice
and insisted on the rule that long-acting insulin is never stopped without a conversation with their
team.>> <<S:District nurses from the three localities told us that the old charts had no space to record
why a dose had not been given, and they designed the recording sheet we now use, with a box for 'not
eating, dose withheld as per plan'.>> <<S:Our own hospice at home healthcare assistants, who are often the
ones in the house at mealtimes, asked what they should do if the person eats more than expected one day,
and this led to the 'good day' instructions.>> <<S:The hospital's diabetes consultants went through the
plan at their governance meeting and added a section for people using insulin pumps.>>
"""),
        ("evidence", None, """
We have looked at the 164 people with diabetes who died under the care of the hospice community team in
the two years after the plan started (June 2022 to May 2024) and compared them with the 151 people with
diabetes who died under our care in the two years before.

<<Q:Episodes of hypoglycaemia needing treatment in the last month of life roughly halved, from 58 to 27,
even though there were more people with diabetes on our caseload.>> <<Q:Hospital admissions in the last
month of life for high or low blood sugar fell from 14 to 3.>> <<Q:In our audit of case notes, people
with diabetes who were still having four or more finger-prick tests a day in their last week of life went
from about two in three to fewer than one in ten.>> We did not find any case of diabetic ketoacidosis in a
person with type 1 diabetes in either period.

One measure that matters a great deal to us is harder to count, but we have tried. <<Q:In the two years
before the plan, families raised four complaints or concerns about diabetes care, all about hypos or about
fingers being pricked when the person was dying, and in the two years since they have raised none.>>

These are small numbers, and I would not want to claim more for them than they can bear. The people in
the two periods were not identical, and the hospice at home service grew over the same time, so some of
the difference may be down to more people being seen earlier. The audit was done by two of our junior
doctors, using the same case note questions for both periods, and a sample was checked by one of the
diabetes specialist nurses. The hypos were counted from the district nursing records, which we think are
reasonably complete because any hypo treated by a nurse has to be reported.
"""),
        ("value", None, """
The plan costs almost nothing. The diabetes specialist nurses spend about half an hour on each patient,
and the hospice covers its own time. Fewer finger-prick tests and injections mean fewer visits for the
district nurses, and every admission avoided in the last month of life is a person who can die where they
wanted to, and a hospital bed for someone else.

Families tell us that being allowed to offer the food the person fancies, without worrying about their
sugar, has given them back something ordinary at a time when very little feels ordinary. One daughter
told me that her mother's last proper meal was a bowl of rice pudding with jam, and that under the old
chart she would not have been allowed it. District nurses say they now feel they have permission to
withhold a dose that would have worried them before, and that they know who to ring if they are unsure.
"""),
        ("spread", None, """
The plan has been adopted by the two other hospices in the county, and by the community trust for all of
its patients on the palliative care register, whether or not they are known to a hospice. We have shared
it through the regional palliative care network, and it has been the starting point for a care home
version, which the diabetes specialist nurses are now trying out in six nursing homes. I have spoken
about it at two national meetings, and each time somebody has come up afterwards with their own story of
a hypo at the end of life. I suspect there are a great many more of those stories than anyone has written
down.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I820  register and shared plan for people with kidney failure who choose
#       not to have dialysis - pdf - two columns - renal supportive care lead
#       nurse, measured - acute trust renal unit with a hospice, a GP
#       federation and a kidney patients' association - patients, families
#       and staff involved - NO quantitative evidence (register counts,
#       medicines stopped, a single figure for place of death, a target, data
#       not yet comparable)
# ---------------------------------------------------------------------------
entry(
    id="I820", format="pdf", layout="two_column", topic="conservative_kidney_management_shared_plan",
    project="independent52-kidneysupportive-820", pdf_font="LiberationSans",
    title="Without Dialysis, Not Without Care: a register and shared plan for people who choose conservative kidney management",
    cover=[
        "Halberton General Hospital NHS Trust, Renal Unit (lead entrant), with St Ida's Hospice, Halberton and Tarn GP Federation and the Halberton Kidney Patients' Association",
        "Submitted by the Lead Nurse for Kidney Supportive Care",
    ],
    primary_entrant=dict(name="Halberton General Hospital NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="St Ida's Hospice", type="charity"),
        dict(name="Halberton and Tarn GP Federation", type="primary_care"),
        dict(name="Halberton Kidney Patients' Association", type="patient_group"),
    ],
    sections=[
        ("context", "The problem", """
Some people with advanced kidney disease decide, with their kidney team, not to start dialysis. Most are
older and have other serious illnesses, and for them dialysis three times a week may add little time and
take away a great deal of the life they have left. Conservative kidney management means treating the
symptoms of kidney failure, such as itch, breathlessness, tiredness and fluid, keeping the blood as
balanced as possible with medicines and diet, and planning for the end of life.

Until 2022, people who chose this path at Halberton were usually discharged from the renal clinic back to
their GP with a letter. From that point they tended to disappear. Their GP often did not know what
conservative care involved. Medicines that are dangerous in kidney failure, such as anti-inflammatory
painkillers, or gabapentin at normal doses, were started or carried on. Injections for anaemia stopped
because nobody was ordering them. When the person became unwell, there was no plan, and the ambulance
crew took them to the emergency department, where staff did not know they had chosen not to have
dialysis.

Two cases in 2022 made the problem impossible to ignore. A man in his eighties was started on gabapentin
for nerve pain at the full dose and was admitted a week later, drowsy and confused, and spent nine days in
hospital. A woman who had told everyone she wanted to die at home was taken to the emergency department
with fluid on her lungs, waited fourteen hours on a trolley and died there.
"""),
        ("evidence", "What we have done and what we have found", """
Since September 2022 every person who chooses conservative care stays on the renal unit's kidney
supportive care register instead of being discharged. Each has a named kidney supportive care nurse and a
shared plan on the county's shared care record, covering symptoms, medicines to avoid, what to do if they
become unwell and where they would like to be cared for at the end. The hospice joins a review every six
months, and the GP federation's clinical pharmacists review the person's medicines within a month of them
joining the register.

As of March 2024 there were 214 people on the register. Of these, 198 (93%) had a shared plan on the
shared care record, and 171 had had the pharmacist's medicines review. The pharmacists stopped or changed
312 medicines, most often anti-inflammatory painkillers, gabapentin and pregabalin at doses too high for
the kidneys, and metformin.

Of the 63 people on the register who died in 2023/24, 49 died at home, in a care home or in the hospice,
which is where almost all of them had said they wanted to be.

Our aim is for every person to have a plan within four weeks of choosing conservative care; at present
the average is seven weeks. We have asked the hospital's information team for admission figures for
people on conservative care before the register began, but these patients were not coded consistently
before 2022, so we have not yet been able to make a fair comparison.
"""),
        ("stakeholders", "Who was involved", """
<<P:Members of the Halberton Kidney Patients' Association, including three people who had themselves
chosen not to have dialysis, worked with us over five meetings to decide what the shared plan should
contain, and they added a section we had not thought of, called 'What I still want to do', which now comes
first.>> <<P:One of those members, a retired headteacher in his eighties, suggested the name 'kidney
supportive care' because 'conservative management' sounded to him like a political party, and the whole
county now uses it.>> <<P:Families of people who had died on conservative care told the association that
the hardest moment was an ambulance crew arriving without knowing the person had decided against
dialysis, so the plan now opens with a short statement for crews.>>

<<S:Renal nurses and the hospice's clinical nurse specialists sat in on each other's clinics for a month
and then wrote the joint review template together.>> <<S:The federation's clinical pharmacists drew up
the list of medicines to avoid, and changed it after GPs pointed out that it did not say what to use
instead.>>
"""),
        ("value", "Value", """
The kidney supportive care nurse post costs about £58,000 a year and was funded by the renal unit from a
vacant dialysis nurse post. The hospice provides the joint reviews from within its existing community
service. A single dialysis session costs several hundred pounds, and for these patients dialysis is not
what they want. People on the register tell us they now know who to call. GPs say that for the first time
they understand what the renal team expects of them.
"""),
        ("spread", "Sharing", """
The register and shared plan have been presented to the regional kidney network, and a neighbouring
renal unit has started a similar register. The list of medicines to avoid is now on the GP federation's
prescribing app. The patients' association has put the plan on its website for other associations to
use.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I821  home-based cardiac rehabilitation with safety checks - pdf - CAPS
#       headings - university senior lecturer, academic but plain - university
#       with the community trust's cardiac rehabilitation service, a heart
#       support group and the district council - patients and partners
#       involved - NO staff involvement (rehabilitation staff trained, a named
#       lead who designed it, GP practices sent a letter, a staff survey that
#       changed nothing, a plan) - 'about a third fewer'
# ---------------------------------------------------------------------------
entry(
    id="I821", format="pdf", layout="caps_headings", topic="home_cardiac_rehab_safety_checks",
    project="independent52-heartathome-821", pdf_font="DejaVuSans", pdf_align="L",
    title="HEART AT HOME: safer home-based cardiac rehabilitation for people who cannot get to classes",
    cover=[
        "LEAD: University of Eastmarch, School of Health and Sport Sciences",
        "PARTNERS: Eastmarch Community NHS Trust (Cardiac Rehabilitation Service); Eastmarch Heart Support Group; Eastmarch District Council (Active Communities Team)",
        "CONTACT: Dr Imogen Thrale, Senior Lecturer in Cardiac Rehabilitation",
    ],
    primary_entrant=dict(name="University of Eastmarch", type="university"),
    partners=[
        dict(name="Eastmarch Community NHS Trust", type="nhs_trust"),
        dict(name="Eastmarch Heart Support Group", type="patient_group"),
        dict(name="Eastmarch District Council", type="local_authority"),
    ],
    sections=[
        ("context", "WHY WE DID THIS", """
Cardiac rehabilitation after a heart attack, a stent or heart surgery is one of the best-evidenced
treatments in cardiology. It lowers the chance of dying and of being readmitted, and helps people get
back to work and to the things they enjoy. Yet in Eastmarch, as in much of the country, only around half
of the people who are offered it take part. The classes run in two towns, in the daytime, and people who
live in the villages, who work shifts, who care for someone else, or who simply do not like the idea of
exercising in a sports hall, tend not to come.

The alternative offered until 2022 was a home programme made up of a booklet and two phone calls. It was
better than nothing, but it had safety gaps. People exercised alone, with no way of knowing whether they
were working too hard. Many did not recognise the warning signs that should make them stop, such as chest
tightness that does not settle or unusual breathlessness, and some ignored them. The phone calls did not
include a medicines check, and a review of case notes found people who had quietly stopped their beta
blocker or statin within weeks of leaving hospital because of side effects nobody had asked about.

Heart at Home replaced the booklet with a 12-week programme. Each person is lent a wrist heart rate
monitor set to a personal upper limit agreed at their assessment. There are short exercise videos at
three levels, a weekly phone call from a cardiac physiologist, who sees the heart rate data before the
call, and a nurse medicines review in week two. Everyone has a simple rule for when to stop and call, and
a direct number for the rehabilitation team in working hours. The council's Active Communities Team runs
led walks in eight villages so that people can exercise with others once they feel ready.
"""),
        ("evidence", "WHAT WE FOUND", """
We compared everyone who started the home programme in 2021, when it was a booklet and two calls (212
people), with everyone who started Heart at Home between April 2022 and March 2024 (418 people).

<<Q:Completion of the home programme rose from 41% to 72%.>> <<Q:Unplanned admissions for chest pain or
heart failure within 12 weeks of starting fell from 11% to 6%.>> <<Q:There were about a third fewer 999
calls for chest pain during or just after exercise at home than in the 2021 group, allowing for the larger
number of people taking part.>> <<Q:The share of people still taking all their prescribed heart medicines
at the end of the programme went up from 78% to 93%.>>

The monitors recorded 3,140 sessions in which a person's heart rate went above their agreed limit. In
most of them the person slowed down within two minutes, which is what the monitor's vibration is meant to
prompt. The evaluation was approved by the university's ethics committee and the numbers were checked by
a statistician who was not part of the project.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<P:Members of the Eastmarch Heart Support Group tried out the exercise videos at home for a month before
we launched them, and told us that the first versions were too fast and were filmed with young
instructors who did not look like them, so we refilmed them with group members doing the exercises.>>
<<P:The same members designed the traffic-light symptom diary, and it was their idea to put the 'stop and
call' rule on a fridge magnet instead of inside the booklet.>> <<P:Wives, husbands and partners who came
to one of the group's evenings asked to be able to join the weekly call, which is now booked at a time
when they can be there.>>

The cardiac rehabilitation nurses and physiologists at the trust were trained in the programme by the
university before it started. The programme was designed by Dr Imogen Thrale as part of her clinical
academic fellowship, and she supervised its delivery. GP practices were sent a letter about Heart at Home
with a referral form. We asked the rehabilitation staff to complete a survey at the end of the first
year, and as the responses were positive nothing was changed. We plan to hold workshops with staff in the
next phase to look at extending the programme to people with heart failure.
"""),
        ("value", "VALUE", """
The monitors cost about £60 each and are cleaned and lent again; each one has now been used by six or
seven people. The weekly calls take around 15 minutes. Overall the cost per person is slightly lower than
for a place in a class, because there is no venue and no travel. An unplanned cardiac admission costs the
NHS around £3,000.

People tell us they liked being able to exercise at six in the morning before work, or in the evening
when the grandchildren had gone home. Several said the monitor made them brave enough to push themselves
a little, because they knew it would tell them when to stop.
"""),
        ("spread", "SPREAD", """
Heart at Home has been presented to the regional cardiac network and at a national cardiovascular
prevention conference, and two other community trusts in the region are setting it up with our
materials. The videos are free to use on the support group's website. The council has added the village
walks to its offer for people with other long-term conditions. A paper describing the evaluation has been
submitted to a peer-reviewed journal.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I822  pulmonary rehabilitation at home after a COPD flare-up - pdf - bullet
#       lists - PRIVATE digital health company as primary entrant, with the
#       community trust's respiratory service, the ICB and a lung support
#       group (ineligible) - clinical director, upbeat - patients (as 'our
#       early users') and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I822", format="pdf", layout="bullet_lists", topic="copd_home_pulmonary_rehab_after_exacerbation",
    project="independent52-breatheback-822", pdf_font="LiberationSans", pdf_align="L",
    title="BreatheBack: pulmonary rehabilitation at home in the weeks after a COPD flare-up",
    cover=[
        "Submitted by Airwise Health Ltd",
        "In partnership with Sandmere Community NHS Trust (Community Respiratory Service), NHS Sandmere and Coast Integrated Care Board and the Sandmere Breathe Together Group",
        "Contact: Clinical Director, Airwise Health Ltd",
    ],
    primary_entrant=dict(name="Airwise Health Ltd", type="private"),
    partners=[
        dict(name="Sandmere Community NHS Trust", type="nhs_trust"),
        dict(name="NHS Sandmere and Coast Integrated Care Board", type="icb"),
        dict(name="Sandmere Breathe Together Group", type="patient_group"),
    ],
    sections=[
        ("context", "The problem", """
Pulmonary rehabilitation (a programme of exercise and education for people with lung disease) should
start within four weeks of leaving hospital after a COPD flare-up. It reduces readmissions and helps
people recover their strength.

What we found in Sandmere in 2022:

- the wait for a place in a pulmonary rehabilitation class was around five months

- fewer than one in ten people leaving hospital after a flare-up started rehabilitation within four weeks

- many people were too breathless, or too anxious, to travel to a class so soon after being so unwell

- people who tried to exercise at home on their own had no way of knowing when their oxygen level was dropping too low, and some stopped moving altogether for fear of another attack

- a third of the people admitted with a flare-up were back in hospital within 90 days

What BreatheBack does, since September 2022:

- people leaving hospital after a flare-up are offered a tablet computer and a finger pulse oximeter, set up at home by one of our support workers within a week

- the app guides them through short exercise sessions three times a week, starting very gently

- the oximeter links to the app, and the session pauses if the oxygen level falls below a limit set for each person by the community respiratory physiotherapist

- a physiotherapist from the community team reviews the readings every weekday and has a video call with each person once a week

- any worrying reading or symptom goes to the community respiratory team's duty nurse the same day
"""),
        ("evidence", "Results", """
We compared people discharged after a flare-up between September 2022 and August 2024 who took up
BreatheBack (486 people) with the two years before the service started.

- <<Q:people starting pulmonary rehabilitation within four weeks of discharge rose from 8% to 57%>>

- <<Q:readmissions for COPD within 90 days fell from 33% to 21% among people leaving hospital after a flare-up>>

- <<Q:the average distance walked in the six-minute walk test at the end of the programme went up by 54 metres, compared with 31 metres for the old class-based programme>>

- 11,920 exercise sessions were completed, and 612 were paused by the oximeter

- no one has been harmed during a session
"""),
        ("stakeholders", "Who was involved", """
- <<P:our first 20 users, all members of the Sandmere Breathe Together Group, tried the app for six weeks before launch and asked for bigger buttons, a slower voice and a 'rest now' button that works at any point in the session>>

- <<P:they also told us that the word 'exacerbation' meant nothing to them, so the app now says 'flare-up' everywhere>>

- <<P:a group member who uses home oxygen helped us write the advice on exercising with oxygen, and recorded the introduction video>>

- <<S:community respiratory physiotherapists set the oxygen limits and the exercise levels, and changed the starting level after the first month because it was too hard for people straight out of hospital>>

- <<S:the duty nurses asked for a single daily list of people who need a call, instead of individual alerts, which we built>>

- <<S:ward respiratory nurses at the acute hospital suggested offering BreatheBack before the person leaves the ward, not by phone afterwards, and uptake went up once this changed>>

- all physiotherapists and nurses in the team were trained on the dashboard
"""),
        ("value", "Value", """
- BreatheBack costs the ICB £320 per person for a 12-week programme, including the equipment, which is cleaned and reused

- a COPD readmission costs the NHS around £2,800

- the community team's physiotherapists can support more people at once than in a class

- people tell us they feel less frightened of being breathless, because they know the oximeter is watching
"""),
        ("spread", "Spread", """
- the ICB has extended BreatheBack to people referred by their GP after a flare-up managed at home

- two other community trusts are now using BreatheBack

- the Breathe Together Group has shared the app with other lung support groups in the region
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I823  moving and handling by family carers looking after someone dying at
#       home - docx - bullet lists - carer support manager, warm - carers'
#       charity with the council's equipment service, a hospice at home team
#       and district nursing - carers, a former carer employed by the hospice
#       (PS) and staff involved - NO quantitative evidence in the evidence
#       section (carers trained, deliveries, a single percentage, a survey with
#       no baseline, a target); a measured change sits only in the value
#       section
# ---------------------------------------------------------------------------
entry(
    id="I823", format="docx", layout="bullet_lists", topic="family_carers_moving_handling_end_of_life",
    project="independent52-liftturnsettle-823", docx_font="Calibri",
    title="Lift, Turn, Settle: safer moving and handling for family carers looking after someone who is dying at home",
    cover=[
        "Lead: Tolland Carers' Alliance (registered charity)",
        "Partners: Tolland County Council (Integrated Community Equipment Service); Fernhill Hospice (Hospice at Home Team); Tolland Community NHS Trust (District Nursing)",
        "Written by the Carer Support Manager, Tolland Carers' Alliance",
    ],
    primary_entrant=dict(name="Tolland Carers' Alliance", type="charity"),
    partners=[
        dict(name="Tolland County Council", type="local_authority"),
        dict(name="Fernhill Hospice", type="charity"),
        dict(name="Tolland Community NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why this mattered", """
When someone chooses to die at home, the person who does most of the lifting, turning and washing is
usually a husband, wife, son or daughter. Paid carers may come in two or four times a day, but in between,
and all night, it is the family. Many of the carers who ring our helpline are in their seventies
themselves.

What came up on our helpline, again and again, in 2021 and 2022:

- a hospital bed, a hoist or a stand aid had been delivered and left in the front room, sometimes with the instructions still in the box

- nobody had shown them how to use it, or they had been shown once, quickly, by a driver who was already late for the next delivery

- they were pulling their relative up the bed by the arms, or lifting them onto the commode on their own, because that was the only way they knew

- their relative had slipped to the floor during a transfer and they had had to call 999 to get them back into bed

- they had hurt their own backs and shoulders, and some could no longer carry on caring

For the person who is dying, a fall or a drag up the bed can mean a fracture, a skin tear or a pressure sore in their last weeks. For the carer, an injury can mean the end of being able to keep their promise to care for them at home.

Lift, Turn, Settle began in March 2023. When the equipment service delivers a bed, hoist or stand aid for someone on the end of life pathway, it tells us and the hospice at home team the same day. Within 48 hours one of our trained carer support workers, or a hospice at home healthcare assistant, visits and goes through the equipment with the carer, using the carer's own home and the person's own bed. The district nurses add a moving and handling plan to the person's notes, written so the family can follow it, and a helpline number that is answered by the hospice overnight.
"""),
        ("evidence", "What has happened so far", """
- 388 carers have had a home moving and handling session since March 2023

- the equipment service has delivered 1,204 items to people on the end of life pathway in that time, and technicians demonstrated the equipment at 96% of those deliveries

- 57 carers have used the overnight helpline for advice about moving their relative

- our aim is for every carer to be visited within 48 hours of a bed being delivered; at present 71% are

- in our 2024 survey, 89% of the carers who answered said they felt confident using the equipment

- the scheme's budget for 2023/24 was £62,000, funded jointly by the council and the hospice
"""),
        ("stakeholders", "Who was involved", """
- <<P:a group of eleven carers, some still caring and some bereaved, met with us four times to plan the sessions, and they told us to start with the thing carers fear most, getting someone up off the floor, rather than with the hoist>>

- <<P:the same carers chose the title 'Lift, Turn, Settle' and rewrote our handout so that every step has a photograph>>

- <<PS:Maureen Oakes, who cared for her husband through motor neurone disease and now works for the hospice as a carer support worker, helped design the session and co-delivered the first twenty visits, adding a section on how to ask for help without feeling a failure>>

- <<P:one carer suggested a laminated card to hang on the bed rail showing the moving plan, which the district nurses now leave in every home>>

- <<S:district nurses and the hospice at home healthcare assistants agreed the moving and handling plan template together, and changed it after the healthcare assistants said the first version used words families did not understand>>

- <<S:the equipment service's delivery technicians told us they were often asked to demonstrate but had no time, so the council added twenty minutes to every end of life delivery slot>>

- <<S:the council's occupational therapists trained our carer support workers and then reviewed the session content with them after the first three months, dropping the slide sheet technique that most carers found too difficult>>
"""),
        ("value", "Value", """
- each home session costs around £85 in staff time and travel

- <<Q:calls from carers to our helpline about a relative who had fallen or slipped during a transfer went from 23 in 2022 to 8 in 2024>>

- an emergency call-out for a person who has slipped to the floor, and a possible admission in their last days, costs far more than the visit

- carers tell us they feel less alone and more able to keep caring

- the hospice says fewer families ring in a panic in the middle of the night
"""),
        ("spread", "Spread", """
- the council has written the same-day notice into its contract with the equipment service's delivery provider

- the two other hospices in the county have asked to join from April 2025

- we shared the handout and the bed rail card with the national carers' network and at the county's end of life care board
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I824  reviewing preventive medicines in the last year of life - docx - form
#       table - PCN clinical director, plain - primary care network with a
#       hospice and the local pharmaceutical committee - staff involved - NO
#       patient involvement (patients and families had a conversation about
#       their own medicines, families sent a letter, a negation, patient
#       participation groups given a presentation, a hope)
# ---------------------------------------------------------------------------
entry(
    id="I824", format="docx", layout="form_table", topic="palliative_deprescribing_preventive_medicines",
    project="independent52-fewertablets-824", docx_font="Calibri",
    title="Fewer Tablets, Fewer Falls: reviewing preventive medicines for people in their last year of life",
    cover_table=[
        ("Title of entry", "Fewer Tablets, Fewer Falls: reviewing preventive medicines for people in their last year of life"),
        ("Lead organisation", "Kelder Vale Primary Care Network (eight GP practices)"),
        ("Partner organisations", "Priory Fields Hospice; Kelder and Wyke Local Pharmaceutical Committee"),
        ("Name and role of entrant", "Clinical Director, Kelder Vale Primary Care Network"),
    ],
    primary_entrant=dict(name="Kelder Vale Primary Care Network", type="primary_care"),
    partners=[
        dict(name="Priory Fields Hospice", type="charity"),
        dict(name="Kelder and Wyke Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and its safety goals.", """
People in the last year of life are often still taking medicines that were started years earlier to
prevent strokes and heart attacks: blood pressure tablets, statins, aspirin, anticoagulants and diabetes
tablets. As they lose weight, eat less and become frailer, some of these medicines start to do harm.
Blood pressure falls too low and people faint or fall. Diabetes tablets cause hypos when meals are
skipped. Anticoagulants and aspirin together cause bleeding. And swallowing a dozen tablets a day becomes a
burden in itself.

In 2022 the 1,130 patients on the palliative care registers of our eight practices were taking an
average of eleven regular medicines each. Reviews were rare, because each prescriber assumed someone else
was looking. The hospital had started them, the GP repeated them, the community pharmacy dispensed them
into a weekly pack, and nobody asked whether they were still needed. Two cases that year were discussed at
our significant event meeting: a woman with advanced dementia who was still on three blood pressure
tablets after losing a stone in weight, and who fell and broke her hip; and a man with pancreatic cancer
on apixaban and aspirin who was admitted with a bleed from his stomach a fortnight before he died.

From January 2023 every patient added to a practice palliative care register has a medicines review by a
PCN clinical pharmacist within four weeks, using a short guide agreed with the hospice. The hospice's
consultant joins a monthly meeting to discuss anyone complicated. Community pharmacies can send a
'last year of life' flag to the PCN pharmacists when they notice a person on the register struggling to
swallow or losing weight, and pharmacies update weekly packs within two working days of a change.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
We compared patients on the palliative care registers in 2022 with those on the registers in 2024, using
the practices' records and the hospital's admission data.

<<Q:The average number of regular medicines per patient fell from 11.2 to 7.4.>> <<Q:Falls with injury
recorded in the GP record fell from 142 in 2022 to 87 in 2024, while the number of patients on the
registers rose slightly.>> <<Q:Emergency admissions for bleeding in people on the registers went down
from 26 to 11.>> <<Q:Recorded hypoglycaemia among patients on the registers taking diabetes medicines fell
by about two thirds.>>

The pharmacists completed 1,486 reviews over the two years.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:The PCN clinical pharmacists wrote the review guide with the hospice's consultant and two of our GPs,
and after the first three months they added a section on medicines that should not be stopped suddenly,
such as steroids and some heart tablets, because the GPs had raised concerns.>> <<S:Community pharmacists,
through the LPC, asked for the flag to be a simple online form instead of a phone call, and they tested
it in five pharmacies before it went live.>> <<S:Care co-ordinators in the practices suggested that
reviews be booked to coincide with the district nurse's visit, so that the nurse could help explain the
changes, and this is now how it is done.>>

Each review includes a conversation with the patient or, if they are too unwell, with their family about
which medicines matter most to them. Families were sent a letter explaining why medicines might be
reduced. We did not set up a patient reference group for this work, as the people concerned were so
unwell. The practices' patient participation groups were given a presentation on the project in 2024. We
hope to ask bereaved families about their experience in the coming year.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
Stopping medicines that were no longer helping has saved around £41,000 a year in prescribing costs.
Every fall, hip fracture or bleed avoided is an admission avoided at the very end of life. GPs say the
reviews have given them the confidence to stop medicines they had been unsure about. Pharmacists say the
weekly packs are simpler and there are fewer queries.
"""),
        ("spread", "How has the work been shared and spread?", """
The review guide is now used by the two neighbouring primary care networks and has been adopted by the
hospice for all its community patients. The LPC has shared the flag form with every community pharmacy in
Kelder and Wyke. We presented the work at the integrated care board's medicines safety group.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I825  blood tests at the community pharmacy while heart failure medicines
#       are increased - pdf - form table - LPC chief officer, brisk -
#       pharmaceutical committee with the community heart failure service and
#       the pathology partnership host trust - people with heart failure
#       involved - NO staff involvement (pharmacists trained and accredited, a
#       named nurse consultant doing her job, GP practices emailed, a survey of
#       pharmacists that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I825", format="pdf", layout="form_table", topic="heart_failure_medicines_bloods_community_pharmacy",
    project="independent52-checkbeforestep-825", pdf_font="LiberationSans",
    title="Check Before You Step Up: blood tests at the pharmacy for people whose heart failure medicines are being increased",
    cover_table=[
        ("Entry title", "Check Before You Step Up: blood tests at the pharmacy for people whose heart failure medicines are being increased"),
        ("Lead organisation", "Bramwick Local Pharmaceutical Committee"),
        ("Partner organisations", "Bramwick Community Health NHS Trust (Heart Failure Service); Bramwick Royal Infirmary NHS Trust (host of the Bramwick Pathology Partnership)"),
        ("Entrant", "Chief Officer, Bramwick LPC"),
    ],
    primary_entrant=dict(name="Bramwick Local Pharmaceutical Committee", type="primary_care"),
    partners=[
        dict(name="Bramwick Community Health NHS Trust", type="nhs_trust"),
        dict(name="Bramwick Royal Infirmary NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Background and aims", """
People with heart failure with a weak heart pump do best on four types of medicine, each started at a low
dose and increased every two weeks or so. Several of these medicines can raise potassium or affect the
kidneys, so a blood test is needed before each increase. In Bramwick the heart failure nurses made the
dose decisions, but the blood tests were done at GP surgeries, where the wait for a phlebotomy appointment
was often two to three weeks. Titration stalled and many patients never reached the doses that would
protect them. Worse, some doses were increased without a recent blood test because the nurse could not
wait any longer, and in 2022 the heart failure service reported six patients admitted with dangerously
high potassium or a sudden drop in kidney function.

From June 2023, eighteen community pharmacies took blood for the heart failure service. The patient books
a slot at their usual pharmacy, the sample goes to the laboratory on the same-day courier, the result goes
straight to the heart failure nurses, and the new dose is sent to the same pharmacy, which updates the
patient's medicines and tells them the change. The aim was to have a blood result within three working
days of every planned dose change, and no dose increased without one.
"""),
        ("evidence", "Evidence of improvement", """
<<Q:The average time from a dose change being due to a blood result being available fell from 16 days
in 2022 to 3 days in 2023/24.>> <<Q:Admissions for high potassium or acute kidney injury in people being
titrated went down from 19 in the year before to 7 in the year after.>> <<Q:The proportion of patients
reaching the target dose of all their heart failure medicines within six months rose from 34% to 61%.>>

The pharmacies took 2,730 blood samples in the first year. Data are from the heart failure service's
titration database and the laboratory system.
"""),
        ("stakeholders", "Involvement of patients and staff", """
<<P:Members of the Heart to Heart support group, most of them on titration themselves, told us that the
worst part was not knowing whether the dose had changed, so the pharmacy now gives a printed slip with the
new dose and a picture of the tablet.>> <<P:Two group members tested the online booking system and found
it did not work on older phones, and a phone booking line was added as a result.>>

Pharmacists at the eighteen pharmacies were trained and accredited in taking blood by the pathology
partnership. The service follows the titration protocol written by Rachel Okafor, the heart failure nurse
consultant, who reviews every result as part of her role. GP practices were informed by email. We
surveyed the pharmacists after six months and they were happy with the service, so nothing was changed.
We would like to set up a pharmacist reference group in 2025.
"""),
        ("value", "Value", """
Pharmacies are paid £9 for each blood sample, and the courier already visits every pharmacy daily. Each
admission for high potassium costs the NHS around £2,500. People with heart failure say the pharmacy is
closer, quicker and friendlier than waiting for a surgery appointment.
"""),
        ("spread", "Spread", """
The ICB has asked the LPC to offer the same route to the anticoagulation and rheumatology services.
Two neighbouring LPCs have taken our service specification, and we shared it at the regional community
pharmacy conference in 2024.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I826  follow-up at home within 72 hours of leaving hospital after a COPD
#       flare-up - docx - rubric headings - ICB respiratory programme lead,
#       formal - ICB with the acute trust, the community trust and a breathing
#       support group - patients and staff involved (one staff suggestion told
#       in the value section) - an SPC chart shift - no flags
# ---------------------------------------------------------------------------
entry(
    id="I826", format="docx", layout="rubric_headings", topic="copd_discharge_72_hour_follow_up",
    project="independent52-seventytwo-826", docx_font="Cambria",
    title="Seventy-Two Hours: follow-up at home for everyone leaving hospital after a COPD flare-up",
    cover=[
        "NHS Orrin Valley Integrated Care Board (lead)",
        "Partners: Orrin Valley Hospitals NHS Trust (Respiratory Medicine); Orrin Valley Community Services NHS Trust (Community Respiratory Team); Orrin Valley Better Breathing Group",
        "Submitted by the Respiratory Programme Lead",
    ],
    primary_entrant=dict(name="NHS Orrin Valley Integrated Care Board", type="icb"),
    partners=[
        dict(name="Orrin Valley Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Orrin Valley Community Services NHS Trust", type="nhs_trust"),
        dict(name="Orrin Valley Better Breathing Group", type="patient_group"),
    ],
    sections=[
        ("context", "Why was the partnership needed and what were its patient safety goals?", """
COPD is the second most common cause of emergency admission in Orrin Valley. In 2021/22 around one in four
people discharged after a flare-up was readmitted within 30 days, one of the highest rates in the region.
Reviews of readmissions showed the same gaps each time. People went home on a reducing course of steroids
and antibiotics with no clear instructions. Inhalers were changed in hospital and the old ones were still
in the cupboard, so some people took both and others took neither. Home oxygen was ordered but not
delivered. Nobody saw the person at home in the first few days, which is when most readmissions start.

A national discharge bundle for COPD existed, but in Orrin Valley it was completed for fewer than half of
patients, and when it was, the information stayed in the hospital notes. The community respiratory team
received a referral for some patients, often by fax and often a week later.

The partnership's goals were that every person discharged after a COPD flare-up would have the discharge
bundle completed before leaving, would be visited at home by the community respiratory team within 72
hours, and would have a written plan for what to do if their breathing got worse again.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
The ICB's analyst team tracked 30-day readmissions monthly from April 2021 using a statistical process
control chart.

<<Q:From the month the 72-hour visits began in January 2023, readmissions within 30 days fell below the
previous mean for eleven consecutive months, a sustained shift in the chart from a mean of 24% to a new
mean of 16%.>> <<Q:Patients seen at home within 72 hours of discharge rose from 12% in 2022 to 81% in
2024.>> <<Q:At the first home visit, nurses found a mix-up between old and new inhalers in 29% of patients
in the first quarter of 2023, falling to 9% by the last quarter of 2024 as the ward began to take the old
inhalers away with the patient's consent.>>

The community team made 2,214 home visits in the two years.
"""),
        ("spread", "How have the achievements been applied elsewhere and best practice shared?", """
The same 72-hour model has been extended to people discharged after an admission for heart failure, using
the community heart failure nurses. The ICB has shared the discharge bundle and the visit template with
the other two ICBs in the region, and one has started a pilot. The work was presented at the regional
respiratory network and at a national COPD conference.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The community respiratory team needed two extra nurses, funded by the ICB at around £105,000 a year.
Fewer readmissions have saved many more bed days than that would pay for. <<S:It was the ward
respiratory nurses who proposed that the bundle be completed and sent to the community team before the
patient leaves, instead of afterwards, and that one change made the 72-hour visits possible.>> Community
nurses say they now meet patients while there is still time to change things. Patients say they feel
they have not been dropped on leaving hospital.
"""),
        ("stakeholders", "Who was involved and how were patients and staff involved?", """
<<P:Members of the Orrin Valley Better Breathing Group rewrote the 'what to do if my breathing gets worse'
plan, which was four pages of medical language, into a single card with three colours, and they chose the
questions the nurse asks at the first visit.>> <<P:One member, who had been readmitted three times in a
year, told the steering group that nobody had ever taken away her old inhalers, and the ward now offers to
do so.>> <<PS:The group's volunteer co-ordinator, who lives with COPD and is employed part-time by the
community trust as a peer supporter, sat on the steering group and shaped the visit template.>>

<<S:Community respiratory nurses and hospital respiratory physiotherapists wrote the visit template
together and tested it for a month before it was used across the whole area.>> <<S:Home oxygen assessment
staff agreed to a next-day delivery target after discussing the readmission reviews with the steering
group.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I827  safer opioids for people with kidney failure who are dying at home -
#       pdf - numbered questions - hospice lead pharmacist, technical - hospice
#       with the renal unit and renal pharmacy, district nursing and the LPC -
#       staff involved - NO patient involvement (families given a leaflet,
#       negations, a routine bereavement survey that changed nothing, a hope)
#       - NO quantitative evidence (prescriptions checked, people switched, a
#       single audit figure, a zero with no earlier figure, a target)
# ---------------------------------------------------------------------------
entry(
    id="I827", format="pdf", layout="numbered_questions", topic="opioids_kidney_failure_end_of_life_home",
    project="independent52-kindertokidneys-827", pdf_font="LiberationSerif", pdf_align="J",
    title="Kinder to the Kidneys: choosing safer opioids for people with kidney failure who are dying at home",
    cover=[
        "Lead: Kirkhallam Hospice",
        "Partners: Aldersey Teaching Hospitals NHS Trust (Renal Unit and Renal Pharmacy); Kirkhallam Community NHS Trust (District Nursing); Kirkhallam Local Pharmaceutical Committee",
        "Author: Lead Pharmacist, Kirkhallam Hospice",
    ],
    primary_entrant=dict(name="Kirkhallam Hospice", type="charity"),
    partners=[
        dict(name="Aldersey Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Kirkhallam Community NHS Trust", type="nhs_trust"),
        dict(name="Kirkhallam Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "1. What was the patient safety problem and why did it need a partnership?", """
Morphine is the opioid most often prescribed for pain and breathlessness at the end of life, and for most
people it is safe and effective. In people whose kidneys are failing it is not. The body breaks morphine
down into substances that are normally cleared by the kidneys; when the kidneys cannot clear them, they
build up, causing drowsiness, twitching and jerking of the limbs, hallucinations and agitation. At the
end of life these signs are easily mistaken for the dying process itself, or for pain, and the response
is often to give more morphine, which makes things worse.

Anticipatory medicines, the 'just in case' injections prescribed so that symptoms can be treated quickly
at home, were almost always prescribed as morphine in Kirkhallam, whatever the person's kidney function.
The prescription forms did not ask for it. Community pharmacies stocked morphine and midazolam but rarely
the alternatives that are safer in kidney failure, such as alfentanil, so even a prescriber who knew the
risk could struggle to get the right drug to the home on a Friday evening.

The hospice's community team had seen several people with advanced kidney disease, some who had chosen
not to have dialysis and some who had stopped it, become severely agitated and twitching in their last
days after morphine injections. In one case in 2022 a man who had stopped dialysis was given repeated
doses by the out-of-hours service for what looked like pain and distress; when the hospice team arrived
the next morning he was jerking continuously, and his wife described his last day as the worst of her
life.

No single organisation could fix this. The hospital knew the patients' kidney function. The district
nurses gave the injections and were the first to see the signs. The pharmacies held the stock. The
hospice wrote most of the anticipatory prescriptions and the guidance.
"""),
        ("evidence", "2. What evidence is there of improvements in safe care?", """
From April 2023 the anticipatory prescribing form used across Kirkhallam asks for the most recent kidney
function result. If it is below 30, the form directs the prescriber to a renal-safe choice, usually
low-dose oxycodone or alfentanil, with the doses set out. Fourteen community pharmacies across the area now
keep alfentanil in stock, chosen so that there is one within 20 minutes' drive of every home. District
nurses carry a card describing the signs of opioid build-up and what to do.

Since then the hospice pharmacists have checked 1,040 anticipatory prescriptions, and 186 people with a
kidney function below 30 have been prescribed a renal-safe opioid. In an audit of forms in March 2024, the
kidney function result was recorded on 94% of them. No case of opioid toxicity in a person with kidney
failure has been reported to the hospice since the guidance started.

Our target is for the kidney function result to be recorded on every form, and for every person on the
renal unit's supportive care register to have a renal-safe anticipatory prescription in place before
they need it.
"""),
        ("spread", "3. How has the work been shared or applied elsewhere?", """
The prescribing guidance has been adopted by the other hospice in the county and by the out-of-hours GP
service, whose electronic template now includes the kidney function prompt. The renal unit has added the
guidance to the letter it sends when a patient chooses not to have dialysis or decides to stop. We
presented the work to the regional palliative care pharmacists' network.
"""),
        ("value", "4. What has been the impact on staff and patient experience, and value for money?", """
Alfentanil costs slightly more than morphine, but the difference over a course of anticipatory
medicines is a few pounds. The pharmacies' extra stock is covered by the existing palliative care stock
scheme. Each episode of opioid toxicity can mean an emergency call-out, a distressing death or a hospital
admission in the last days of life. District nurses say they now know what to look for and feel confident
to ask for a change.
"""),
        ("stakeholders", "5. How were patients and staff involved?", """
<<S:The renal pharmacists and the hospice pharmacists wrote the guidance together, and changed the
starting doses twice after the hospice doctors and the renal consultants reviewed the first cases.>>
<<S:District nurses asked for a pocket card with pictures of the signs, because the written descriptions
of twitching and jerking were hard to match to what they were seeing, and two of them helped choose the
pictures.>> <<S:Community pharmacists, through the LPC, decided which pharmacies should hold alfentanil by
mapping their opening hours against where patients live.>> <<S:Out-of-hours GPs tested the new form on a
sample of past cases and asked for the kidney function box to be at the top.>>

Families of patients are given a leaflet explaining the signs of opioid build-up. We did not feel it was
right to ask people in their last days of life to take part, and we did not approach bereaved families.
Comments about pain control in the hospice's routine bereaved relatives' survey were positive and no
changes were needed. We hope to work with the kidney patients' association on a leaflet for people
considering stopping dialysis next year.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I828  glucose sensors with alerts to family carers for people on insulin
#       who live with dementia - docx - bold headings with a cover table -
#       PRIVATE glucose monitoring company as primary entrant, with the
#       community trust and a carers' charity (ineligible) - head of clinical
#       partnerships, corporate - staff of all three organisations involved -
#       NO patient involvement (carers trained and sent an information pack, a
#       survey that changed nothing, a negation, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I828", format="docx", layout="bold_headings", topic="glucose_sensor_carer_alerts_dementia",
    project="independent52-watchingnumbers-828", docx_font="Calibri",
    title="Someone Is Watching the Numbers: glucose sensors with alerts to carers for people on insulin who live with dementia",
    cover_table=[
        ("Entry title", "Someone Is Watching the Numbers: glucose sensors with alerts to carers for people on insulin who live with dementia"),
        ("Primary entrant", "GlucoLink Care Ltd"),
        ("Partners", "Wrayford Community NHS Trust (Diabetes Specialist Nursing and District Nursing); Wrayford Carers' Network (registered charity)"),
        ("Contact", "Head of Clinical Partnerships, GlucoLink Care Ltd"),
    ],
    primary_entrant=dict(name="GlucoLink Care Ltd", type="private"),
    partners=[
        dict(name="Wrayford Community NHS Trust", type="nhs_trust"),
        dict(name="Wrayford Carers' Network", type="charity"),
    ],
    sections=[
        ("context", "The challenge", """
In Wrayford around 230 people with dementia who live at home have insulin injections given by district
nurses. Most have type 2 diabetes, some have type 1. Many cannot recognise or describe the symptoms of a
low blood sugar, and many live alone or with a spouse who is also elderly. Hypos at night can go unnoticed
until the morning visit, and high sugar can build up over days before anyone realises.

Finger-prick tests are only done when the nurse visits, usually once or twice a day, and people with
dementia often find them distressing. Between 2021 and 2022 the district nursing service recorded 48
severe hypos in this group that needed an ambulance, and several people were found on the floor after a
night-time hypo.

GlucoLink provides a platform that takes readings from a continuous glucose sensor worn on the arm and
sends them to a secure dashboard. In this partnership the dashboard is watched by the community trust's
diabetes specialist nurses in working hours, and alerts for low readings are sent by text and app to a
named family carer or neighbour, day and night, and to the district nursing team's duty phone. The
Carers' Network supports the family carers who receive the alerts.
"""),
        ("evidence", "Evidence of improvement", """
The service began in February 2023, and by March 2024, 164 people were wearing a sensor linked to the
platform.

<<Q:Severe hypos needing an ambulance in people with dementia on insulin fell from 48 in the year before
the service to 17 in the first full year.>> <<Q:Among people wearing a sensor, the average time spent with
a glucose level below 4 fell from 6.1% of the day in the first fortnight to 1.8% at six months.>>
<<Q:Admissions for high or low blood sugar in this group went down from 31 to 14.>>

The diabetes specialist nurses changed insulin doses for 112 people as a result of the sensor data.
"""),
        ("stakeholders", "Involvement", """
<<S:Diabetes specialist nurses and district nurses agreed the alert thresholds with our clinical team,
and raised the night-time low alert after the first month because carers were being woken by readings
that did not need action.>> <<S:The district nursing team leaders asked for the daily summary to be
sorted by the time of the next planned visit, so that nurses could see who needed to be seen first, and
we rebuilt the dashboard to do this.>> <<S:Support workers at the Carers' Network told us that the alert
wording was too technical and rewrote the text messages in plain English, with a clear 'what to do now'
line.>>

Family carers were trained to use the app by the Carers' Network's support workers, and every family was
sent an information pack. A survey of carers after three months showed they were satisfied, so the app was
not changed. We did not involve people with dementia themselves in the design, as the timescale for the
launch was short. We plan to set up a carers' user panel in 2025.
"""),
        ("value", "Value", """
The sensors are prescribed on the NHS for people on insulin under national guidance. The platform is
provided to the community trust for £14 per person per month. A severe hypo with an ambulance call-out and
admission costs the NHS several thousand pounds. Carers say they sleep better knowing they will be woken
if something is wrong, and nurses say they can plan their visits around the people who need them most.
"""),
        ("spread", "Spread", """
The community trust is extending the service to people without dementia who have frequent hypos. We have
presented the partnership at a national diabetes technology conference, and two other community trusts
are in discussion with us.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I829  rehabilitation at home in the first fortnight after a broken hip -
#       docx - sections in an unusual order (results first) - council head of
#       reablement, plain - council reablement service with the community
#       trust's therapists and the acute trust's orthogeriatric team - patients
#       involved in the passive voice inside the results section, staff
#       involved - a change in words ('from about one in five to about one in
#       twelve') - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I829", format="docx", layout="reordered", topic="hip_fracture_rehab_home_first_fortnight",
    project="independent52-firstfortnight-829", docx_font="Cambria",
    title="The First Fortnight: rehabilitation at home after a broken hip",
    cover=[
        "Lead: Corvale City Council, Reablement and Home First Service",
        "Partners: Corvale Community Health NHS Trust (Community Therapy Service) and Corvale Infirmary NHS Foundation Trust (Orthogeriatric Service)",
        "Author: Head of Reablement, Corvale City Council",
    ],
    primary_entrant=dict(name="Corvale City Council", type="local_authority"),
    partners=[
        dict(name="Corvale Community Health NHS Trust", type="nhs_trust"),
        dict(name="Corvale Infirmary NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("evidence", "What we achieved", """
We compared people who went home from Corvale Infirmary after a hip fracture in 2021/22 (318 people) with
those who went home in 2023/24 under The First Fortnight (341 people).

<<Q:Falls in the first 30 days at home went from about one in five people to about one in twelve.>>
<<Q:Readmissions within 30 days fell from 17% to 10%.>> <<Q:The average time from arriving home to the
first visit by a physiotherapist or occupational therapist came down from 9 days to the next day.>>
<<Q:The proportion of people still living in their own home 120 days after the fracture rose from 71% to
80%.>>

<<P:Before it was used, the home exercise booklet was tried out by eleven people who had broken a hip the
winter before, and it was rewritten after they found the drawings hard to follow; photographs of a local
woman in her eighties doing each exercise were used instead.>> Everyone who goes home now leaves the ward
with the booklet and a date and time for their first home visit.
"""),
        ("context", "The problem", """
Most older people who break a hip have surgery within a day or two and, if all goes well, are home within
a fortnight. The first two weeks at home are when they are most at risk. They are unsteady, often in
pain, sometimes still confused after the anaesthetic, and many are scared to move. Some stay in a chair
all day and become weaker; others try to do too much, too soon, and fall again.

Before 2023 the handover from hospital to home was patchy. The reablement service, run by the council,
sent care workers to help with washing and dressing. The community therapy service, run by the community
trust, did the physiotherapy and occupational therapy, but usually had a waiting list of a week or more.
The two services had separate referral forms and separate notes, and the care workers had no idea what
exercises the person was meant to be doing or what they were and were not allowed to do. The orthogeriatric
team's advice on bone-strengthening medicines and on falls often stayed in the discharge letter.

The First Fortnight brings all of this together. The orthogeriatric team's discharge co-ordinator sends
one referral to a joint hub that both services read. A therapist visits within one working day of the
person getting home. Reablement workers are shown the person's exercises and help them practise at every
visit, using the same booklet. A joint review at day 14 decides what happens next.
"""),
        ("stakeholders", "Who was involved", """
<<S:Reablement workers told us that they were often asked by people what they were allowed to do and did
not know the answer, so therapists and reablement workers wrote the 'can do, not yet' sheet together,
which now sits at the front of the booklet.>> <<S:Community physiotherapists and the orthogeriatric
nurses agreed the joint referral and changed it after the first month, when the physiotherapists said it
did not show whether the person could put full weight on the leg.>> <<S:The council's rota planners
suggested that the same small team of reablement workers visits each person throughout the fortnight, and
continuity has been the thing people mention most.>>

<<P:Relatives who took part in a feedback evening asked for a phone number they could ring if they were
worried at the weekend, and the hub now has one.>>
"""),
        ("value", "Value", """
The joint hub uses existing staff from both services. Each readmission after a hip fracture costs around
£6,000, and a move into a care home costs the council far more over the following years. Reablement
workers say they feel more useful now that they are part of the rehabilitation and not just there to help
with personal care. Therapists say they see people earlier, before they lose confidence.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I830  rapid discharge for people who want to die at home - pdf (via Word)
#       - style headings - consultant nurse in palliative care, warm -
#       departments of ONE acute trust (palliative care, discharge team,
#       pharmacy, transport office) presented as a partnership, no partner
#       organisation (ineligible) - bereaved relatives involved as 'the
#       Thursday Group', staff involved
# ---------------------------------------------------------------------------
entry(
    id="I830", format="pdf", layout="style_headings", topic="fast_track_discharge_to_die_at_home",
    project="independent52-homeintime-830", render_via="soffice", docx_font="Liberation Sans",
    title="Home in Time: rapid discharge for people who want to die at home",
    cover=[
        "Haddon Cross Hospitals NHS Trust",
        "A joint project of the Specialist Palliative Care Team, the Integrated Discharge Team, Inpatient Pharmacy and the Patient Transport Office",
        "Lead: Consultant Nurse, Specialist Palliative Care",
    ],
    primary_entrant=dict(name="Haddon Cross Hospitals NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Background", """
Many people who are dying in hospital tell us they would rather be at home. When that happens, there is
usually a very short window in which it is possible, sometimes only a day or two. In 2022 our specialist
palliative care team audited every patient who had asked to go home to die. Around one in four died on
the ward while still waiting to leave. For the others, the median wait from the decision to the person
leaving the ward was more than four days.

The reasons were familiar to anyone who works in a hospital. The medicines to take home, including the
'just in case' injections, went into the ordinary pharmacy queue. The ambulance was booked through the
routine transport system and could not be guaranteed on a particular day. The discharge team were
arranging care packages and equipment for dozens of other patients. Nobody owned the whole process, and
every delay added to the next one. Worst of all, a few people were discharged late in the day without
their medicines or without a bed at home, and came back through the emergency department within hours.

Home in Time set out to make a rapid discharge for a dying person something the hospital could do
reliably within 24 hours. The specialist palliative care team provides a named co-ordinator who takes
ownership from the moment the decision is made. Pharmacy keeps pre-labelled end-of-life discharge packs
that can be completed within an hour. The patient transport office has two protected stretcher slots each
day for rapid discharges. The discharge team uses a single checklist that covers everything the family
and the community services need, from the bed to the district nurses' first visit.
"""),
        ("evidence", "What has changed", """
We repeated the audit for the 12 months to March 2024 and compared it with 2022.

<<Q:The median time from the decision to go home to leaving the ward fell from 4.2 days to 1.5 days.>>
<<Q:The proportion of patients who asked to go home but died in hospital while waiting fell from 24% to
9%.>> <<Q:Readmissions within seven days of a rapid discharge went down from 11% to 4%.>>

In the year to March 2024 there were 286 rapid discharges. Every one of them left with a full set of
medicines.
"""),
        ("stakeholders", "Who was involved", """
<<P:The Thursday Group, nine people whose husband, wife, mother or father had died at home after leaving
one of our wards, met with the project team each month for a year, and it was they who told us that the
worst part was not the waiting but not knowing what was happening, so families now get a phone call from
the co-ordinator every afternoon until the discharge happens.>> <<P:Two members of the group read every
version of the family information sheet, and one of them insisted it should say plainly that the person
might die on the journey, and what would happen if they did.>>

<<S:Ward nurses on the respiratory and oncology wards tested the checklist for three months and cut it
from four pages to two.>> <<S:Pharmacy technicians designed the pre-labelled packs after working out,
with the palliative care nurses, which medicines were needed in almost every case.>> <<S:Transport
controllers suggested protected slots after showing us how often a rapid discharge had been bumped by an
earlier booking.>>
"""),
        ("value", "Value", """
The co-ordinator role is part of the existing specialist palliative care team. The protected transport
slots are used for other urgent discharges if they are not needed by midday. Each day a dying person
spends in hospital waiting to go home costs a bed day, but the real cost is the chance to die at home,
which does not come back. Ward staff tell us they feel relieved to have someone who owns the process.
"""),
        ("spread", "Spreading the learning", """
The checklist and pre-labelled packs have been shared with the other acute trust in the county. We have
presented Home in Time to the regional end of life care network and at the trust's quality conference.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I831  young carers who help a parent with medicines, oxygen or dialysis -
#       pdf - with appendix - long - young carers' charity health worker,
#       heartfelt - young carers' charity with the council's early help
#       service, a GP federation and the community trust's school nursing and
#       respiratory teams - young carers and parents involved - NO staff
#       involvement (school nurses briefed, GP practices sent a letter and a
#       template, nurses carried out visits, a named lead, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I831", format="pdf", layout="with_appendix", topic="young_carers_medicines_long_term_conditions",
    project="independent52-notyourjobalone-831", pdf_font="LiberationSans", pdf_align="L",
    title="Not Your Job Alone: young carers who help a parent with medicines, oxygen or dialysis at home",
    cover=[
        "Lead entrant: Marbury Young Carers (registered charity)",
        "Partners: Marbury Metropolitan Borough Council (Early Help Service); Marbury and Lune GP Federation; Marbury Community NHS Trust (School Nursing and Community Respiratory Team)",
        "Prepared by the Young Carers Health Worker",
    ],
    primary_entrant=dict(name="Marbury Young Carers", type="charity"),
    partners=[
        dict(name="Marbury Metropolitan Borough Council", type="local_authority"),
        dict(name="Marbury and Lune GP Federation", type="primary_care"),
        dict(name="Marbury Community NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why this matters", """
Marbury Young Carers supports around 640 children and young people aged 8 to 18 who look after someone at
home. Most of them care for a parent. Some of those parents have a mental illness, or a drug or alcohol
problem, or a disability. A growing number have a long-term physical illness: COPD, often with oxygen at
home; heart failure; kidney failure, including a few on peritoneal dialysis at home; and diabetes, very
often on insulin.

When our workers went through the support plans of our young carers in 2022 to see what they actually did at home, what they found shocked even our own staff. A
ten-year-old was drawing up his mother's insulin every evening because her eyesight had gone. A
thirteen-year-old was changing her father's oxygen cylinders and had been doing so since she was eleven.
A fifteen-year-old was setting up his mum's dialysis overnight when she was too tired, and had never been
shown how. Many were popping tablets out of packets and handing them over, sometimes morning and night
before and after school, sometimes when a parent was too unwell or too muddled to know what they had
already taken.

Nobody had asked them to do this, exactly. It had crept up. The parent's GP, nurse or hospital team
usually did not know there was a child in the house doing it, or assumed another adult was helping. The
children did not tell anyone because they were frightened that the family would be split up, or that they
would get into trouble for a mistake. And there were mistakes. In 2022 one of our young carers, aged
twelve, gave his mother a second dose of insulin because he did not know she had already injected, and
she was taken to hospital unconscious. Another found her father blue and breathless because the oxygen
tubing had come apart, and did not know whether to call 999.

We knew this was not something a young carers' charity could fix by itself. We could support the
children, but we could not change a parent's medicines, arrange a district nurse, or make sure the GP knew
who was really giving the tablets. The people who could do those things were the GP practices, the
community nurses and the council's early help service. The school nurses were often the only health
professionals who saw the children themselves, but they did not always know which of them were carers.

Not Your Job Alone started in April 2023. It has four parts:

- a 'young carer' code on both the parent's and the child's GP record, so that any clinician seeing the parent knows that a child is involved in their care

- a home visit from a community nurse (the respiratory nurse, the district nurse or the kidney team's home therapies nurse) to look at what the young person is doing and reduce it, for example by moving to once-a-day medicines, arranging a pharmacy-filled pack, or sending a nurse for insulin

- a Young Carer Medicines Passport, a small booklet for the young person that says what they do, what they should never do, and who to call

- a monthly school nurse drop-in at our youth centre, where young carers can ask questions without a parent in the room

The early help service is told about every family with consent, and can offer extra support at home,
such as a care worker at the times the young person is at school.

We have been careful throughout to say that the aim is not to stop young people caring. Many of them are
proud of what they do and their parents depend on them. The aim is that they should never be doing
something that is unsafe for them or for their parent, and that somebody should always know.
"""),
        ("evidence", "What difference it has made", """
Between April 2023 and March 2025, 214 young carers looking after a parent with a long-term condition
joined the project.

<<Q:In our annual young carers' survey, the share of young carers who said they gave a parent's medicines
without any adult checking fell from 61% in 2022 to 22% in 2024.>> <<Q:Young carers who said they knew
who to call in a medical emergency at home rose from 38% to 87% over the same period.>> <<Q:Incidents
involving a medicine given by a young carer that we knew about, where the parent needed medical
attention, fell from nine in 2022/23 to two in 2024/25.>>

Community nurses carried out 143 home visits, and as a result 61 parents were switched to simpler
medicine regimes, 38 started having their insulin given by a district nurse or care worker, and 27 moved
to a pharmacy-filled weekly pack. Every one of the 214 young carers now has a passport and a code on their
parent's GP record.
"""),
        ("stakeholders", "Who was involved", """
The project would not exist without the young carers themselves. <<P:A group of twelve young carers aged
11 to 17 met with us every other week for three months to design the passport, and they threw out our
first version because it looked like 'something from the doctor's', choosing instead a small booklet in
the style of a travel passport that fits in a blazer pocket.>> <<P:They chose what it says on the front:
'I help, but I am not the nurse'.>> <<P:The younger members of the group, some only eleven, asked for a
page with pictures for the emergency steps, and drew the first sketches themselves.>>

<<P:Parents were involved too: seven parents with COPD, heart failure or kidney disease came to two
evening sessions and told us they had felt ashamed to admit their children were helping, and they asked
that the nurse's visit be described as a 'medicines check for the family', not a safeguarding visit,
which is how it is now offered.>>

All school nurses in Marbury were briefed on the project and given a list of the young carers at their
schools. GP practices were sent a letter explaining the young carer code and a template to record it.
The community nurses carried out the home visits within their usual caseloads. The project has been led
by our Young Carers Health Worker, Jodie Mensah, who co-ordinates the referrals between the organisations.
We plan to bring school nurses, community nurses and GPs together next year to review how the visits are
working.
"""),
        ("value", "Value", """
The passports cost about £2 each to print. The Young Carers Health Worker post costs £36,000 a year and is
funded by the council's public health grant. The community nurses' visits are part of their existing
work. Simpler medicines can save money as well as mistakes, and one avoided admission for a severe hypo
pays for a great many passports.

The value we care most about is harder to count. One young carer, who is fourteen, told us that the
nurse's visit was the first time an adult had asked her what she did at home. Another said that since
his mum's insulin has been given by the district nurse, he has been able to stay for after-school
football. Parents tell us they feel less guilty. School staff tell us some of these children are
arriving at school less tired.
"""),
        ("spread", "Spreading the work", """
We have shared the passport and the GP code guidance with the national young carers' network, and three
other young carers' services have started using them. The GP federation has put the young carer code into
its template for all long-term condition reviews, so that the question 'is a child helping you with your
medicines?' is now asked at every asthma, COPD, diabetes and heart failure review in Marbury. The council
has included the approach in its new carers' strategy.
"""),
    ],
    trailer=[
        ("heading", "Appendix: the Young Carer Medicines Passport and data sources"),
        ("para", "The passport contains: my name and who I care for; what I help with (tick boxes for tablets, inhalers, oxygen, insulin, dialysis, other); things I should never do (for example, draw up insulin or change a dose); what to do in an emergency, with pictures; my school nurse and my young carers worker; and a page for my own worries and questions."),
        ("para", "Survey figures are from the Marbury Young Carers annual survey of all registered young carers (2022: 301 responses; 2024: 344 responses). Incident figures are those reported to us by young carers, parents or partner organisations. Home visit and medicines change figures were provided by Marbury Community NHS Trust."),
        ("para", "Marbury Young Carers, The Old Library, Chapel Street, Marbury MB3 6QT. Registered charity."),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I832  breathlessness crisis plans at home - docx - style headings - short -
#       a lung support group's secretary, conversational - lung support group
#       as lead with a hospice and the community trust's respiratory team -
#       members (one told in the context: members run the plan sessions) and
#       staff involved - NO evidence section and no measured
#       change anywhere (plans written, costs)
# ---------------------------------------------------------------------------
entry(
    id="I832", format="docx", layout="style_headings", topic="breathlessness_crisis_plan_home",
    project="independent52-breathingspace-832", docx_font="Calibri",
    title="Breathing Space Plans: knowing what to do at home in a breathlessness crisis",
    cover=[
        "Pennock Valley Lung Support Group (lead)",
        "With Pennock Valley Hospice and Pennock Community Health NHS Trust (Community Respiratory Team)",
        "Written by the group's secretary",
    ],
    primary_entrant=dict(name="Pennock Valley Lung Support Group", type="patient_group"),
    partners=[
        dict(name="Pennock Valley Hospice", type="charity"),
        dict(name="Pennock Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "What was the problem?", """
Our group has about ninety members, most with COPD and some with lung fibrosis or other lung diseases,
and we meet once a fortnight in a church hall. If you ask any of us what frightens us most, it is the
moment when you suddenly cannot get your breath. It can happen on the stairs, in the shower or at three in
the morning for no reason at all. Panic makes it worse, and many of us, or our husbands and wives, have
rung 999 in that moment because we did not know what else to do. Sometimes that was the right thing.
Often it was not, and it ended in a long wait in the emergency department, a night on a trolley and
sometimes a chest infection caught in hospital.

The hospice runs a breathlessness service with a physiotherapist and an occupational therapist who teach
breathing techniques, positions and the use of a hand-held fan, but until 2023 it only saw people
referred by a hospital consultant, and most of our members had never heard of it. The community
respiratory team saw people after an admission but did not have time to go through a crisis plan with
them.

Together we developed the Breathing Space Plan. It is a single sheet, kept on the fridge, that says what
the person does first (sit forward, fan, 'blow as you go' breathing), what to take and when, when to ring
the community respiratory team's number, and when to ring 999. <<P:Members of our group, trained by the
hospice physiotherapist, run the plan sessions themselves, going through the plan with each new member
over a cup of tea and changing the wording when a new member finds it confusing.>> The respiratory nurses
then check the medical part.
"""),
        ("stakeholders", "Who took part?", """
<<P:Our members wrote the first draft of the plan at three of our meetings, using their own words for what
happens in a crisis, and it was a member who suggested putting the first three steps in very large print,
because you cannot read small print when you cannot breathe.>> <<P:Husbands, wives and grown-up children
who come with our members asked for a section for them, 'what you can do while they are breathless', and
wrote most of it.>>

<<S:The hospice physiotherapist and occupational therapist tested the plan with the respiratory nurses
and changed the order of the steps after the nurses pointed out that people were reaching for their
reliever inhaler before trying to slow their breathing.>> <<S:The respiratory nurses agreed to give our
members a direct number for the team in working hours, after discussing it with the group at one of our
meetings.>>
"""),
        ("value", "What difference has it made to people, and is it good value?", """
Since the spring of 2023, 260 plans have been completed with members and other people with lung
disease in the valley. The plan costs pennies to print, and the hand
fans we give out cost £4 each, paid for by a grant from the town council. Our volunteers give their time
for nothing, and the hospice gives the training.

Members tell us that they feel more in control. One said that for the first time in years she did not
keep her coat and shoes by the bed in case the ambulance came. The respiratory nurses say the plan makes
their conversations quicker, because people already know the basics.
"""),
        ("spread", "Has it been shared?", """
The plan is now given out by the community respiratory team at every first visit, and the hospice has
opened its breathlessness service to referrals from GPs and from our group. Two other lung support groups
in the county have asked for a copy and are starting their own plan sessions.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)
