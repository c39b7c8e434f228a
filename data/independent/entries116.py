"""One-hundred-and-sixteenth independent evaluation set (I1841..I1856) for the HSJ 'Best
Partnership Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to read like ordinary submissions from GP federations, trusts, councils,
charities, universities and patient groups, each in its own voice and at its own length.
The theme of this set is women's and reproductive health outside maternity: menopause,
endometriosis, gynaecology waiting lists, pelvic mesh, abortion and early pregnancy care,
breast and cervical screening, and men's health checks.

Topics: women with a womb left on oestrogen-only HRT and unchecked HRT swaps during
shortages (a GP federation, own headings, pdf), the long wait for an endometriosis
diagnosis (a university, bold headings with a cover table), harm reviews of women waiting
for gynaecology surgery (an acute trust, numbered questions), women with complications
after vaginal mesh who are lost between services (a private pelvic health physiotherapy
company as primary entrant, a pdf form), ectopic pregnancy missed at first contact (a
miscarriage and pregnancy loss charity, no headings), safeguarding and gestation checks in
early medical abortion by telephone (an abortion care charity, caps headings), abnormal
cervical screening results and colposcopy appointments lost to follow-up (a council public
health team, two columns), breast screening for women who use wheelchairs (an integrated
care board, sections in an unusual order, no spread section), health checks for men at
work (a fire and rescue service, pdf via soffice), fast-track scans for bleeding after
the menopause (an acute trust, rubric headings), pain in outpatient hysteroscopy (a
women's patient group, bullet lists), the valproate pregnancy prevention programme in
community pharmacy (a local pharmaceutical committee, with appendix), raised PSA results
followed up in one GP practice (no partner, numbered questions, pdf), breast screening
invitations missed after a change of GP (a private digital booking company as primary
entrant, bullet lists, pdf), HPV self-sampling for women who have never been screened (a
women's health charity, a short form with no evidence section) and cervical screening and
contraception for women leaving prison (a community health trust, style headings).

Build it with

    .venv/bin/python data/independent/build.py --set 116   (writes data/corpus/independent116/)

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
    trained, activity counts (appointments, calls, referrals, checks, kits, people screened
    or identified), single figures with no baseline, a zero with no earlier figure,
    figures that did not change, budgets, costs and savings estimates, phone numbers,
    reference numbers, targets not yet reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    ('halved', 'a third fewer', a sustained shift on an SPC chart with the two levels);
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
pharmaceutical committees are primary_care; patients' and women's support and campaign
groups are patient_group; registered charities, including not-for-profit abortion care
providers, are charity; national public bodies and the probation service are
public_other; a university is university; physiotherapy, digital booking and other
companies are private).  A department or team of the entrant's own organisation is not a
partner.  Flags are written by hand and build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1841  oestrogen-only HRT in women with a womb, HRT swaps in shortages - pdf
#        - own headings - GP federation pharmacist lead, brisk - federation
#        with the local pharmaceutical committee and a menopause charity -
#        women and staff involved (staff under unusual job titles) - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1841", format="pdf", layout="own_headings", topic="hrt_unopposed_oestrogen_shortage_swaps",
    project="independent116-balancedhrt-1841", pdf_font="LiberationSans", pdf_align="L",
    title="Balanced HRT: making menopause prescribing safe across practices and pharmacies",
    cover=[
        "Lead organisation: Calderbrook GP Federation (19 member practices)",
        "Partners: Calderbrook and Orme Local Pharmaceutical Committee; The Pause Collective (menopause support charity)",
        "Entry written by the Federation Lead Pharmacist, with the Pause Collective's coordinator",
    ],
    primary_entrant=dict(name="Calderbrook GP Federation", type="primary_care"),
    partners=[
        dict(name="Calderbrook and Orme Local Pharmaceutical Committee", type="primary_care"),
        dict(name="The Pause Collective", type="charity"),
    ],
    sections=[
        ("context", "The safety problem", """
Hormone replacement therapy is now one of the most common repeat items issued by our 19 practices.
That is good news: more women are getting treatment for menopause symptoms that had been ignored for
years. But the speed of the growth, and the national shortages of some HRT products that came with
it, opened up a safety gap that nobody owned.

A woman who still has her womb and takes oestrogen needs a progestogen as well, either as a tablet, a
patch that combines both hormones, or a hormonal coil. Oestrogen on its own thickens the lining of the
womb and over time raises the risk of endometrial hyperplasia and cancer. This is basic, well known and
easy to get wrong. Our searches in early 2023 found women whose progestogen had dropped off their repeat
list when a combined patch was switched to a separate gel, women whose coil had passed its licensed
date for endometrial protection without anyone noticing, and women who had been given a gel by one
clinician and a progestogen by another but only ever collected the gel.

The shortages made this worse. When a product was unavailable, pharmacies rang the practice, or the
woman rang the practice herself, and a swap was made quickly, often by a different clinician, sometimes
over the phone from the pharmacy counter. Swaps were not always between equivalent doses. We found women
on double the oestrogen they needed and women who had been moved from a combined product to an
oestrogen-only one with nothing added.

Women themselves were often the ones who spotted the problem. The Pause Collective runs peer groups in
four towns, and its coordinator came to us in spring 2023 with a list of questions women had asked in
the groups that she could not answer: 'Do I still need the little tablet now I am on the gel?' 'My
pharmacist gave me a different patch, is it the same?' 'Nobody told me the coil has to be changed sooner
for HRT.' That conversation started the partnership.

One case made the risk concrete for all of us. A woman in her early fifties had been started on a
combined patch by her GP. During the shortage of 2022 the patch was unavailable for several weeks, and
she was switched by telephone to an oestrogen gel with a plan to add a progestogen tablet. The tablet
was issued once as an acute prescription and never again. Eighteen months later she was referred with
irregular bleeding and was found to have atypical endometrial hyperplasia, which needed a hysterectomy.
She told the Pause Collective that she had asked at the pharmacy whether she still needed 'the other
one' and had been told to check with her GP, and that she could never get an appointment to ask.

Nobody in that chain was careless. The GP made a reasonable swap. The pharmacist gave a reasonable
answer. The repeat prescribing system did exactly what it was set up to do. The harm happened in the
gaps between them, which is why we thought it had to be fixed by the practices, the pharmacies and the
women together.
"""),
        ("evidence", "What changed and how we know", """
We ran the same set of searches in all 19 practices in April 2023 and again every quarter since. The
searches look for women with a womb on systemic oestrogen without a current progestogen, women with a
52mg levonorgestrel coil used for HRT that is more than five years old, and women whose HRT product was
changed in the previous three months.

<<Q:The number of women with a womb on systemic oestrogen with no progestogen recorded fell from 212 in
April 2023 to 19 in April 2024, and each of the remaining 19 has a documented reason, such as a recent
hysterectomy not yet coded.>> <<Q:Women with an HRT coil past its date for endometrial protection went
from 87 to 11 over the same year.>>

Since the shared swap table was introduced in July 2023, community pharmacists have used it for 1,460
HRT substitutions. <<Q:When we audited a sample of 200 swaps before the table and 200 after, the
proportion where the new product gave a different oestrogen dose fell from 23% to 3%.>>

We also looked at referrals for bleeding on HRT from our practices to the gynaecology service. These
have not changed much, and we would not expect them to yet, because the harm we are trying to prevent
takes years to appear.

Behind each of the figures above is a conversation. Every woman found by the searches was contacted by
her practice, usually by one of the federation's pharmacists, to check what she was actually taking and
to put things right. Some had stopped their progestogen on purpose because of side effects and had not
told anyone; they were offered alternatives such as a hormonal coil or a different progestogen. Others
had no idea they were supposed to be taking anything else. A small number had had bleeding that they
had put down to the HRT and had not mentioned, and they were referred for investigation.
"""),
        ("stakeholders", "Who was involved", """
<<P:Thirty-four women from the Pause Collective's peer groups went through the first draft of our HRT
card, a wallet card listing what each woman takes and why, and told us to drop the medical words and
add a line saying 'If you have a womb, you need both'.>> <<P:They also asked for a tick box for the coil
change date, which was added.>> <<PS:The Collective's coordinator, who has been through an early
menopause herself and is paid by the charity, sat on our working group throughout and chaired the
sessions with women.>>

<<S:Dispensing assistants and medicines counter staff from eleven pharmacies told us at an LPC evening
that swaps were being agreed on the phone with whoever answered at the surgery, so the swap table
now names which alternatives the pharmacist can offer without a call.>> <<S:The practices' repeat
prescribing clerks, who do most of the work on repeat lists, pointed out that progestogen tablets were
set up as 'acute' items and vanished after one issue; they designed the fix, which links the two items
on the repeat template.>> <<S:Two GPs with a special interest in menopause and a community gynaecologist
reviewed every line of the swap table before it went out.>>
"""),
        ("value", "Value and experience", """
The searches are run by the federation's existing pharmacy team, and the swap table is a two-page
document that is updated whenever the shortage list changes. The cards cost 12p each. We estimate that
pharmacies save an average of ten minutes per shortage because they no longer have to wait for a call
back, and practices save a similar amount of clinician time.

The longer-term value is harder to put a figure on, but endometrial cancer treatment and the
investigations for bleeding are expensive and frightening, and preventing even a handful of cases
matters. Women in the peer groups tell us they feel more confident asking questions at the pharmacy.

For the pharmacy teams there has been a less obvious benefit. During the worst of the shortages,
counter staff were dealing with upset and sometimes angry women every day, because they could not
supply what was on the prescription and could not say when it would be available. Having an agreed list
of safe alternatives means they can offer a solution on the spot, which has taken a great deal of the
heat out of those conversations.
"""),
        ("spread", "Spreading the approach", """
The integrated care board has adopted the searches for all practices in the county and asked us to run
a webinar for the other federations. The LPC has shared the swap table with its neighbouring committees,
and the Pause Collective has given a copy of the card to the national menopause charity network. We
update the table every month and publish it on the LPC website.

What we would say to anyone copying this work is that the searches are the easy part. The harder and
more important part is agreeing, between practices and pharmacies, who is allowed to make which change
and how the other will find out. Once that was settled, the rest followed.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1842  waiting years for an endometriosis diagnosis - docx - bold headings
#        with a cover table - university research lead, academic - university
#        with an acute trust and an endometriosis support group - women and
#        staff involved - NO quantitative evidence (counts, a target, a single
#        figure, survey with no baseline)
# ---------------------------------------------------------------------------
entry(
    id="I1842", format="docx", layout="bold_headings", topic="endometriosis_diagnostic_delay",
    project="independent116-notjustperiods-1842", docx_font="Calibri",
    title="Not Just Bad Periods: shortening the road to an endometriosis diagnosis",
    cover_table=[
        ("Entry title", "Not Just Bad Periods: shortening the road to an endometriosis diagnosis"),
        ("Lead organisation", "University of Hartsmere, School of Health Sciences"),
        ("Partner organisations", "Hartsmere and Lowick Hospitals NHS Foundation Trust (Gynaecology); Endo Voices Hartsmere (support group)"),
        ("Contact", "Dr Priya Ranganathan, Senior Lecturer in Women's Health"),
    ],
    primary_entrant=dict(name="University of Hartsmere", type="university"),
    partners=[
        dict(name="Hartsmere and Lowick Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Endo Voices Hartsmere", type="patient_group"),
    ],
    sections=[
        ("context", "Background", """
Endometriosis affects roughly one in ten women and people assigned female at birth during their
reproductive years. Tissue similar to the lining of the womb grows elsewhere, usually in the pelvis,
causing pain, heavy bleeding, bowel and bladder symptoms and sometimes infertility. In the UK the
average time from first symptoms to diagnosis is about eight years. During that time many women are
told their pain is normal, are treated for irritable bowel syndrome or urinary infections, visit
emergency departments repeatedly and are given opioids, and some develop deep disease affecting the
bowel or kidneys that would have been easier to treat earlier.

We regard this delay as a patient safety issue and not only a matter of quality of life. Ureteric
endometriosis can silently destroy a kidney. Repeated opioid prescribing in young women carries its own
harm. And the experience of not being believed damages trust in health services for years.

Our research group had been studying diagnostic delay using interviews and linked primary care records.
In 2022 we were approached by Endo Voices Hartsmere, a support group of around 300 members, who wanted
to turn the research into something that changed practice locally. The gynaecology department at
Hartsmere and Lowick had its own concerns: it was receiving referrals late, often after years of
attendances, and its waiting list for laparoscopy was long.

Together we designed a pathway with three parts: a symptom prompt for GPs and practice nurses based on
the national guideline, a direct referral route to a one-stop endometriosis clinic with transvaginal
ultrasound by an expert sonographer, and an alert for women attending the emergency department with
pelvic pain for the third time in a year.

The stories we heard from women in the support group during the early meetings were remarkably
consistent. Symptoms began in their teens. They were told that painful periods were part of being a
woman. They tried several contraceptive pills, often without any explanation of why. They saw different
GPs each time and had to start their story again. Several had been admitted to hospital with suspected
appendicitis and sent home when the appendix was normal, without any mention of endometriosis. By the
time they were referred to gynaecology many had given up on education or lost jobs. One member
described it as 'ten years of being politely disbelieved'.

The research told the same story in numbers: in the linked records of women eventually diagnosed with
endometriosis, there were on average many primary care consultations for pelvic pain, bowel or bladder
symptoms before the first gynaecology referral. The missed opportunities were there in the record, but
no single clinician could see the pattern.
"""),
        ("evidence", "Evidence of impact", """
The pathway went live in 14 practices in September 2023 and in the emergency department in January
2024. By the end of October 2024 the one-stop clinic had seen 318 women. Of these, 141 had findings on
expert ultrasound consistent with endometriosis, including 22 with deep disease and 3 with kidney
involvement that needed urgent surgery.

The emergency department alert has been triggered 96 times, and in each case a referral letter was
generated for the clinic. We have trained 210 GPs, practice nurses and emergency department staff using
a 40-minute module written by the group.

Our aim is to bring the average time from first GP visit with pelvic pain to specialist review in the
pilot practices below two years by 2026. We do not yet have enough follow-up to say whether this has
been achieved. We are collecting the data through the linked records study and will report in 2025.

In a survey of 120 women seen at the clinic, 88% said they felt believed by the clinician who referred
them.
"""),
        ("stakeholders", "Involvement", """
<<P:Members of Endo Voices Hartsmere were part of the project from the first meeting; eight of them
formed a design group that rewrote the GP symptom prompt so that it used their words, such as 'pain
that stops you going to school or work', rather than clinical terms.>> <<P:They asked for the
emergency department alert to trigger at the third attendance instead of the fifth proposed by the
clinicians, and this was changed.>> <<P:Two members with lived experience co-wrote and narrate the
training module, and one of them co-authored our published protocol.>>

<<S:Gynaecologists, specialist nurses and sonographers from the trust agreed the clinic model with the
group and decided to run ultrasound and consultation in the same visit after sonographers pointed out
that women were otherwise waiting twice.>> <<S:Emergency department nurses tested the alert wording over
two weeks and asked for it to appear on the discharge screen rather than at triage, which is where it
now sits.>> <<S:A GP advisory panel of six local GPs met four times to review the symptom prompt and
removed two questions they felt would not be asked in a ten-minute appointment.>>
"""),
        ("value", "Value", """
The university funded the research staff time and the training module through a knowledge exchange
grant of £48,000. The trust has funded the one-stop clinic by converting two existing general
gynaecology sessions a week. Earlier diagnosis is likely to reduce repeat GP and emergency attendances,
imaging and opioid prescribing, and to allow some women to be treated medically instead of surgically.

For the women and their families, the value is in being listened to. Many have said that just hearing
the word 'endometriosis' from a clinician was a turning point.

For the university, the project has been a demonstration that research on diagnostic delay can be
turned into a local service within two years, rather than sitting in a journal. Our students now spend
time in the one-stop clinic as part of their placements, and two have chosen endometriosis care as the
subject of their dissertations.
"""),
        ("spread", "Spread and sustainability", """
The integrated care board has asked us to extend the pathway to all 52 practices in the area in 2025.
The training module is freely available and has been shared with two other universities' nursing
programmes. Endo Voices has presented the project at a national endometriosis conference, and we have
published the protocol and are preparing an evaluation paper.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1843  harm reviews for women waiting for gynaecology surgery - docx -
#        numbered questions - acute trust associate medical director, formal -
#        trust with the ICB and a GP federation - staff involved - NO patient
#        involvement (women sent letters, a questionnaire that changed
#        nothing, a patient panel planned, women as beneficiaries); claims
#        partly in words
# ---------------------------------------------------------------------------
entry(
    id="I1843", format="docx", layout="numbered_questions", topic="gynaecology_waiting_list_harm_review",
    project="independent116-waitwell-1843", docx_font="Arial",
    title="Wait Well: clinical review of women waiting for gynaecology surgery",
    cover=[
        "Primary entrant: Saltmarsh Valley Hospitals NHS Trust, Women's Services Division",
        "Partners: NHS Saltmarsh and Fenner Integrated Care Board; Fennerside GP Federation",
        "Submitted by the Associate Medical Director for Elective Recovery",
    ],
    primary_entrant=dict(name="Saltmarsh Valley Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="NHS Saltmarsh and Fenner Integrated Care Board", type="icb"),
        dict(name="Fennerside GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "1. Describe the safety issue and why a partnership was needed", """
At the end of 2022 the trust had 5,870 women on its gynaecology waiting list, the longest list of any
specialty in the organisation. Around 1,900 were waiting for surgery, many for hysterectomy for heavy
bleeding or fibroids, for prolapse repair, or for treatment of endometriosis. Some had been waiting
more than two years.

Gynaecology has historically been treated as a specialty where waiting is uncomfortable but not
dangerous. Our own incident reports told a different story. Women with fibroids and heavy bleeding
were arriving in the emergency department with haemoglobin levels low enough to need transfusion.
Women with prolapse were developing urinary retention and kidney problems. A small number of women
listed for 'benign' surgery turned out to have cancer when they were finally operated on. In 2022 we
declared two serious incidents in which women came to harm while on the list.

The difficulty was that the list was managed as an administrative queue, ordered by the date a woman was
added. Nobody was looking at whether her condition had changed since then, and the information that
would tell us, such as a falling blood count or repeated GP visits for bleeding, sat in primary care
records that the hospital could not see. Equally, GPs did not know where their patients were on the list
or who to contact if they got worse.

We agreed with the integrated care board and the GP federation that the only safe way to manage a list
of this size was to review it clinically, together, and to keep reviewing it.

There were practical obstacles. The hospital could not simply look into GP records, so we needed a
data-sharing agreement that allowed federation clinicians, working under contract to the trust, to review
records for the purpose of prioritisation. That took four months to agree with the information
governance teams of all three organisations. We also needed to decide what a review would actually
look for: a review that tried to assess everything would never be finished, and one that looked at too
little would miss the women at greatest risk. The red flag list was the answer to that question, and it
has been refined several times since.
"""),
        ("evidence", "2. What evidence do you have that the partnership has improved safety?", """
From March 2023 every woman waiting more than 18 weeks for gynaecology surgery has had a structured
review. The federation's clinical pharmacists and GPs check the primary care record for a short list of
red flags: a haemoglobin below 100 g/L, two or more GP contacts for bleeding or pain in three months,
new urinary symptoms, unexplained weight loss or postmenopausal bleeding. Any flag is passed to a
consultant gynaecologist, who decides whether the woman should be moved up the list, seen sooner in
clinic, started on treatment such as iron or hormonal therapy while she waits, or referred on a cancer
pathway.

By December 2024 the team had reviewed 3,240 women, and 412 were re-prioritised. Fourteen were found to
need urgent investigation for possible cancer, and four cancers were diagnosed.

<<Q:Emergency admissions for heavy bleeding among women on the surgical waiting list have halved, from
58 in the 12 months before the reviews began to 29 in the most recent 12 months.>> <<Q:Blood
transfusions given to women on the list fell by a third over the same period.>> <<Q:The number of women
waiting over 104 weeks went from 146 in March 2023 to none in December 2024.>>

We have had no serious incidents relating to harm on the gynaecology waiting list since the reviews
started.
"""),
        ("stakeholders", "3. How were patients, staff and partners involved?", """
<<S:The federation's clinical pharmacists drew up the first draft of the red flag list, and the
consultants removed two items and added postmenopausal bleeding after a case review.>> <<S:Waiting list
coordinators in the trust's booking office told us the reviews were creating duplicate records, and
they designed the single 'review status' field that both organisations now use.>> <<S:A monthly meeting
of consultants, federation GPs and the ICB's elective care lead governs the programme and has changed
the review interval twice.>>

Every woman on the list was sent a letter explaining the review and giving a phone number to call if her
symptoms got worse. We sent a questionnaire to 400 women in the autumn of 2023 asking about their
experience of waiting; the responses were broadly what we expected and did not lead to changes in the
process. We plan to set up a women's panel to advise on the next phase of the work.
"""),
        ("value", "4. What has been the impact on patients, staff and value for money?", """
The reviews cost around £96,000 a year, mainly federation pharmacist and GP time, funded by the ICB from
elective recovery money. Against this, each emergency admission avoided saves around £2,600 and each
transfusion avoided around £400, and starting iron or hormone treatment earlier makes surgery safer when
it does happen.

Consultants say they now have a far better idea of who on their list is at risk. GPs say they know who
to contact. The women who were moved up the list, and the four women whose cancers were found, are the
ones who have benefited most.
"""),
        ("spread", "5. How has the learning been shared?", """
The ICB is extending the review model to the urology and general surgery lists in 2025, using the same
federation team. We presented the approach at the regional elective recovery network and at a national
gynaecology meeting. The red flag list and the review template are available to any trust that asks.

The most important lesson for others is that a waiting list is a clinical risk register, not just a
queue. The information needed to know who is getting worse usually exists already; it is simply held
by a different organisation. Bringing primary care clinicians into the review of a hospital list was
the step that made the difference.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1844  women with vaginal mesh complications lost between services - pdf -
#        form table - PRIVATE pelvic health physiotherapy company as primary
#        entrant, with the regional mesh centre and a mesh survivors' group
#        (ineligible) - clinical director, warm - women (unusually named) and
#        staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1844", format="pdf", layout="form_table", topic="pelvic_mesh_complications_pathway",
    project="independent116-meshconnect-1844", pdf_font="DejaVuSans",
    title="Mesh Connect: a joined-up route for women living with mesh complications",
    cover_table=[
        ("Entry title", "Mesh Connect: a joined-up route for women living with mesh complications"),
        ("Primary entrant", "Pelvica Pelvic Health Physiotherapy Ltd"),
        ("Partners", "North Penmoor Teaching Hospitals NHS Trust (Regional Specialist Mesh Centre); Mesh Survivors Penmoor"),
        ("Entrant name and role", "Claire Ashdown, Clinical Director, Pelvica"),
    ],
    primary_entrant=dict(name="Pelvica Pelvic Health Physiotherapy Ltd", type="private"),
    partners=[
        dict(name="North Penmoor Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Mesh Survivors Penmoor", type="patient_group"),
    ],
    sections=[
        ("context", "Why was the partnership needed? What were the safety goals?", """
Between the late 1990s and 2018 thousands of women in England had surgical mesh implanted through the
vagina to treat stress urinary incontinence or prolapse. Many were fine. A significant minority
developed chronic pain, erosion of the mesh into the vagina, bladder or bowel, recurrent infections and
pain during sex. The national review of these procedures found that women had been dismissed for years
and that their symptoms were too often put down to the menopause or to anxiety.

Specialist mesh centres were set up in 2021 to assess and treat women with complications, including
removing mesh where that is the right choice. Our region's centre is at North Penmoor. But referral to
the centre was only the beginning. Women waited many months for an appointment, were sent home after
surgery with little support, and then had to find their own way back into local services for pelvic
floor physiotherapy, pain management and bladder care. Their GPs often did not know what had been
done. Some women were given exercises that were unsafe after mesh removal. Others were started on pelvic
floor 'strengthening' programmes while they had untreated erosion.

Pelvica is a physiotherapy company with six clinics, and it holds an NHS contract for community pelvic
health physiotherapy in the region. Our physiotherapists were seeing women who had fallen through the
gaps between the centre and the community, and we wanted to fix that with the people who knew most
about it.

One woman who came to one of our clinics in 2022 had had a full mesh removal at the centre six weeks
earlier. She had no discharge letter with her, her GP had not received one, and she had been told only
to 'take it easy'. She had been doing high-impact pelvic floor exercises she had found online, and she
had a wound breakdown that needed further surgery. Her story was not unusual, and the members of Mesh
Survivors Penmoor could tell us many more like it.
"""),
        ("evidence", "What evidence is there that the partnership has improved safety?", """
Since June 2023 every woman referred to the mesh centre is given a named Pelvica physiotherapist before
her first appointment, who assesses her and agrees a safe interim plan. After any mesh removal the
centre sends a structured handover to that physiotherapist, the woman and her GP within two working
days. Women can contact the physiotherapist directly if symptoms change.

<<Q:Women re-attending the emergency department within 30 days of mesh removal fell from 19% in the year
before Mesh Connect to 7% in the first year.>> <<Q:The share of women with a written rehabilitation plan
at discharge went from 31% to 96%.>> <<Q:Reported incidents in which a woman was given exercises that
were unsuitable after mesh surgery went from 11 in 2022 to 1 in 2024.>>

In the first 18 months 274 women joined the pathway.

The handover from the centre covers what was removed, what remains, any nerve or bladder injury, the
surgeon's restrictions and the date for review. Our physiotherapists see each woman within ten working
days of surgery, in person or by video, and share a written rehabilitation plan with her and her GP.
"""),
        ("stakeholders", "How were patients, staff and partners involved?", """
<<P:From the start the work was steered by what we call the Expert Voices panel, nine members of Mesh
Survivors Penmoor who have lived with mesh complications for between four and fifteen years.>> <<P:The
panel wrote the 'what to expect' booklet that every woman now receives, and insisted on a section about
sex and relationships that the clinicians had left out.>> <<P:It was the panel who asked for direct
contact with a named physiotherapist instead of a general booking line, and that became the centre of
the model.>>

<<S:Urogynaecologists and specialist nurses from the mesh centre worked with our physiotherapists to
agree which exercises are safe at each stage after partial and full removal.>> <<S:Our physiotherapists
piloted the handover form for three months and cut it from four pages to one after finding that the
critical information was being missed.>> <<S:Pain specialists at the trust reviewed the interim plans
and added a step for nerve pain medicines to be reviewed by the GP.>>
"""),
        ("value", "What difference has it made to patient and staff experience, and is it value for money?", """
The pathway runs within our existing NHS contract, with one additional physiotherapist post funded by
the trust at a cost of £47,000 a year. Fewer emergency attendances and readmissions after mesh removal
surgery more than cover this.

Women tell us that for the first time they feel that someone is holding the whole picture. One woman
said she had spent eleven years being passed between departments and now has one person to call.
Physiotherapists say they feel safer treating these women because they know exactly what surgery was
done.

For GPs, the structured handover has meant that for the first time they know what has been done and
what to watch for, including the signs of infection or nerve injury that should prompt an urgent call
back to the centre.
"""),
        ("spread", "How has the work been shared?", """
The mesh centre has shared the handover form with the other specialist centres through the national
network. Mesh Survivors Penmoor has presented the booklet to national patient groups. We are talking to
two other community physiotherapy providers about adopting the model.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1845  ectopic pregnancy missed at first contact - docx - no headings -
#        pregnancy loss charity founder, personal - charity with an acute
#        trust, an ambulance service and a GP federation - women involved -
#        NO staff involvement (staff trained, crews sent guidance, one named
#        lead doing her job, a plan to ask staff later)
# ---------------------------------------------------------------------------
entry(
    id="I1845", format="docx", layout="no_headings", topic="ectopic_pregnancy_missed_first_contact",
    project="independent116-thinkectopic-1845", docx_font="Georgia",
    title="Think Ectopic: catching ectopic pregnancy at the first contact",
    cover=[
        "The Willowmere Pregnancy Loss Charity, with Brackley Royal Hospitals NHS Trust, Eastmarch Ambulance Service NHS Trust and Brackley GP Federation",
        "Entry by the founder and chair of trustees",
    ],
    primary_entrant=dict(name="The Willowmere Pregnancy Loss Charity", type="charity"),
    partners=[
        dict(name="Brackley Royal Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Eastmarch Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Brackley GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", None, """
In 2019 my younger sister collapsed at work with a ruptured ectopic pregnancy. She had been to her GP
surgery twice and to an urgent treatment centre once in the previous ten days with pain low on one side
and a bit of bleeding. She was told it was probably a urine infection, then that it was probably a
miscarriage and she should wait it out. She did not know she was pregnant until the second visit, and
nobody did a pregnancy test at the first. She survived, after emergency surgery and four units of
blood. She lost a fallopian tube. She was lucky.

I set up the Willowmere charity a year later to support women and couples after pregnancy loss. Within
months I had heard dozens of stories like my sister's. Ectopic pregnancy affects around 1 in 90
pregnancies. It still causes deaths in the UK, and in the national confidential enquiries a missed
diagnosis at an earlier contact is a recurring theme. The symptoms are often not the textbook picture:
diarrhoea, shoulder tip pain, feeling faint, or pain that comes and goes. Women may not know they are
pregnant. Pregnancy tests are not always done.

We wanted to do something practical. The national guidance is clear that any woman of reproductive
age with abdominal pain, unexplained collapse or gastrointestinal symptoms should have a pregnancy
test. The question was how to make that happen every time, at every front door: GP reception and
triage, the ambulance, the urgent treatment centre and the emergency department.

We are a small charity with two paid staff and a lot of volunteers. We had no clinical authority, and
we knew that a campaign on its own would fade. What we did have was the stories of women who had been
through it, and the determination to keep turning up. We wrote to the medical director at Brackley
Royal, the clinical director of the GP federation and the ambulance service's head of clinical
practice, and asked for their organisations' support. Both trusts and the
federation agreed to back the work.
"""),
        ("evidence", None, """
The Think Ectopic bundle has three parts. Pregnancy tests are now stocked in every consulting room in the
federation's practices and in every ambulance in the Brackley area, and a prompt appears on the GP
clinical system and on the ambulance electronic patient record whenever a woman aged 14 to 50 presents
with abdominal pain, pelvic pain, collapse or diarrhoea and vomiting. Any positive test with pain or
bleeding goes straight to the early pregnancy unit at Brackley Royal, which now takes direct referrals
from GPs and paramedics seven days a week instead of only through the emergency department. And every
woman with a positive test is given our 'Know the signs' card, which tells her which symptoms mean she
should call 999 and not wait.

<<Q:In the year before the bundle, 26 of the 61 women treated for ectopic pregnancy at Brackley Royal
had been seen at least once elsewhere in the previous fortnight without a pregnancy test; in the year
after, that was 7 out of 58.>> <<Q:Women who needed emergency surgery for a ruptured ectopic fell from 21
to 9.>> <<Q:The median time from first contact to the early pregnancy unit dropped from 4 days to under
24 hours.>>

There have been no deaths from ectopic pregnancy in the area in either year.
"""),
        ("stakeholders", None, """
<<P:Eleven women from our support groups who had had an ectopic pregnancy met with us over three
evenings to write the 'Know the signs' card.>> <<P:They chose to put shoulder tip pain and 'feeling like
you need to open your bowels' at the top because those were the symptoms that they had been told were
nothing, and they asked for the card to say plainly 'you can still have an ectopic if your test was
negative before'.>> <<P:A couple who lost a baby to a late-diagnosed ectopic recorded a short video about
their experience, and they asked for it to be shown to women as well as clinicians, so it now sits on
our website next to the card.>>

All 420 clinical staff at the federation's practices and 380 paramedics completed a 20-minute e-learning
module on atypical presentations of ectopic pregnancy. Ambulance crews were sent a clinical bulletin
and the early pregnancy unit's direct number. Emergency department nurses were briefed at their safety
huddles. The trust's early pregnancy lead nurse, Sister Harriet Gale, arranged the direct referral line
as part of her role. We intend to ask frontline staff for their views on the bundle in 2025.
"""),
        ("value", None, """
The pregnancy tests cost about 30p each and the cards 8p. The ambulance service absorbed the cost of
the prompt change and the e-learning. The early pregnancy unit's extended hours were funded by the
trust within its gynaecology budget. Emergency surgery for a ruptured ectopic, with blood transfusion
and a stay in hospital, costs many times more than a pregnancy test, and the human cost to a young
woman who loses a tube, or her life, cannot be measured.

Women who have used the card tell us it gave them permission to push back. One woman wrote to us that
she rang 999 with shoulder pain after reading it, and was in theatre within two hours.
"""),
        ("spread", None, """
We have shared the card and the prompt wording with four other charities supporting women after
pregnancy loss and with the national early pregnancy network. The ambulance service has added the
prompt across its whole region, not just Brackley. The federation has published the template on its
website for other practices to download.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1846  safeguarding and gestation checks in early medical abortion by
#        telephone - pdf - caps headings - abortion care charity, measured
#        and careful - charity with a city council's children's safeguarding
#        service, an acute trust and the ICB - women involved (passive
#        voice) and staff involved - a claim in words - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1846", format="pdf", layout="caps_headings", topic="telemedicine_abortion_safeguarding_gestation",
    project="independent116-safeathome-1846", pdf_font="LiberationSerif", pdf_align="J",
    title="Safe at Home: safeguarding and gestation checks in telephone early medical abortion",
    cover=[
        "Aldermoor Reproductive Health Trust (registered charity and NHS-funded abortion care provider)",
        "In partnership with Northfold City Council (Children's Safeguarding and Early Help), Northfold Teaching Hospitals NHS Trust (Early Pregnancy and Gynaecology Ultrasound) and NHS Northfold Integrated Care Board",
        "Entry prepared by the Director of Nursing and Safeguarding",
    ],
    primary_entrant=dict(name="Aldermoor Reproductive Health Trust", type="charity"),
    partners=[
        dict(name="Northfold City Council", type="local_authority"),
        dict(name="Northfold Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="NHS Northfold Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "THE CHALLENGE", """
Since 2022 women in England have been able to have an early medical abortion at home after a telephone
or video consultation, without attending a clinic, up to nine weeks and six days of pregnancy. For most
women this is safer, quicker and more private. Aldermoor provides around 9,000 abortions a year across
Northfold and the surrounding counties, and about three quarters are now arranged this way.

Telemedicine brings two particular risks that we take seriously. The first is gestation. If a woman is
further on in her pregnancy than she thinks, or if the pregnancy is outside the womb, taking the
medicines at home can lead to heavy bleeding, an incomplete abortion needing surgery, or a missed ectopic
pregnancy. Most women can date their pregnancy accurately from their last period, but some cannot, and
the decision about who needs a scan must be made well.

The second is safeguarding. A clinician on the phone cannot see who else is in the room. Young people
under 18, women experiencing domestic abuse or reproductive coercion, and women being trafficked or
exploited can be harder to identify remotely. In 2022 two of our safeguarding reviews found that a
woman had been coached during her call by the person harming her.

We could not address either risk alone. Scanning capacity sits in the NHS. Safeguarding responses sit
with the council and the police. The ICB commissions the service and holds the local picture of where
women are falling through.

It is important to say what this work is not. It is not an argument against telemedicine, which has
made abortion care quicker and more accessible, and which most women prefer. Nor does it mean asking
every woman to attend in person, which would bring back delays that carry their own risks. The aim was to
keep the great majority of women on the simplest and fastest route, while making sure that the small
number for whom it is not safe are identified reliably and quickly.

Before 2023 the decision about whether a woman needed a scan rested largely on the judgement of the
individual clinician on the call, with broad criteria that were interpreted differently by different
people. Some clinicians scanned very few women; others sent many for scans that were not needed, adding
days of delay. And while our staff were trained in safeguarding, the route from a concern on the phone
to action by the council could take several days, during which a young person or a woman at risk might
already have taken the medicines and gone back into the situation that was harming her.

We were also aware that women who are being coerced rarely say so directly. Clinicians described calls
in which the woman's answers seemed scripted, or in which a second voice could be heard in the
background, but they had no safe way to check. The woman might be in danger if the clinician raised it
openly.
"""),
        ("evidence", "WHAT WE HAVE ACHIEVED", """
In April 2023 we introduced a new structured telephone assessment with three changes. Every caller is
now asked, at the start, if she is able to speak freely, and she is given a simple code word to use if
she is not, which moves her to a call back at a time she chooses or to a face-to-face appointment.
Any woman who is unsure of her dates, has irregular periods, has had a recent pregnancy, has pain on one
side or has risk factors for ectopic pregnancy is booked for a scan at one of three Northfold Teaching
Hospitals sites within 48 hours under an agreed referral route. And every young person under 18, and
every woman who discloses abuse, is discussed the same day with a named safeguarding practitioner from
the council's early help team, who works from our office two days a week.

The scan criteria were deliberately written to be specific, so that two clinicians faced with the same
woman would make the same decision. Where a woman does not meet the criteria, she can still be offered a
scan if the clinician has any doubt, and these decisions are reviewed at a monthly meeting. Women who
are offered a scan are told why, and are offered the choice of a scan and continuing with treatment at
home, or attending a clinic for the whole of their care.

<<Q:Women needing surgery after an early medical abortion at home because the pregnancy was further on
than assessed fell from 1.1% of home treatments in 2022 to 0.4% in 2024.>> <<Q:Ectopic pregnancies first
recognised after the abortion medicines had been taken went down from nine in 2022 to two in 2024.>>
<<Q:There were a third fewer unplanned attendances at emergency departments after home treatment in
2024 than in 2022, even though the number of home treatments went up.>>

In 2024 the code word was used 64 times, and 311 safeguarding discussions were held with the council's
early help team. We see these discussions as a sign that risks are being spotted, and each one is
recorded on the woman's notes with the outcome.
"""),
        ("stakeholders", "WORKING TOGETHER", """
<<P:The opening question and the code word were tested in role play by women who had used the service
in the previous year, recruited through our aftercare survey, and the wording was changed twice at
their suggestion.>> <<P:A group of young women supported by the council's sexual exploitation team was
asked how they would want to be spoken to; on their advice, the call for under-18s no longer starts
with questions about their partner.>>

<<S:Nurses and midwives on our telephone team wrote the scan criteria with the trust's early pregnancy
consultants, who agreed to take referrals without a GP letter.>> <<S:The council's early help
practitioners worked alongside our call handlers for a month, listening to calls, and designed the same
day discussion process that we now use.>> <<S:Our safeguarding committee, which includes the ICB's
designated nurse for safeguarding, reviews every case where the code word was used and has twice
changed the call back timings.>>
"""),
        ("value", "VALUE FOR MONEY", """
The scans cost the system around £95 each and we request about 1,300 a year. The early help
practitioner post is jointly funded by the council and the ICB. Each avoided surgical procedure saves
about £1,100, and each avoided emergency attendance about £250. Telemedicine remains considerably cheaper
than a clinic appointment for women who do not need one.

Staff say they feel safer making decisions about gestation and safeguarding because they know the
support is there. Women tell us they value being able to choose how and when they speak to us.

There are also benefits that do not appear in the cost figures. The early pregnancy units at Northfold
Teaching Hospitals told us that they were previously seeing women after an incomplete home abortion with
little information about what had happened, which made their care harder. They now have a direct line
to our nurses. The council's early help team tells us it has a much better picture of young people at
risk of sexual exploitation, because we are often the first service to know that a girl is pregnant.
"""),
        ("spread", "SHARING THE LEARNING", """
We have shared the opening question, the code word process and the scan criteria with the other
independent-sector abortion providers and with the national professional body for abortion care, and
we are working on a joint version for use nationally. The council has shared its model for a
practitioner based in a health service with two neighbouring authorities. The ICB has included the
referral route for scans in its commissioning specification from April 2025.

We would add one lesson that has taken us longer to learn than we expected. Safeguarding in
telemedicine is not mainly about asking more questions; it is about creating a safe moment in which a
woman can tell you something, and making sure that when she does, there is someone on the other end who
can act the same day. That has depended on people from three organisations working in the same room,
and on a level of trust that we did not have at the start.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1847  abnormal cervical screening results and colposcopy lost to follow up
#        - pdf - two columns - council public health consultant, data-minded -
#        council with the acute trust's colposcopy service and a primary care
#        network - named women and staff involved - a shift on an SPC chart -
#        no flags
# ---------------------------------------------------------------------------
entry(
    id="I1847", format="pdf", layout="two_column", topic="colposcopy_non_attendance_follow_up",
    project="independent116-nextstep-1847", pdf_font="LiberationSans",
    title="The Next Step: making sure women with abnormal smear results get to colposcopy",
    cover=[
        "Harrowfield Borough Council, Public Health (lead), with Harrowfield and District Hospitals NHS Trust (Colposcopy Service) and Harrowfield Central Primary Care Network",
        "Entry by a Consultant in Public Health, Harrowfield Borough Council",
    ],
    primary_entrant=dict(name="Harrowfield Borough Council", type="local_authority"),
    partners=[
        dict(name="Harrowfield and District Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Harrowfield Central Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "Why it mattered", """
Cervical screening only prevents cancer if women with abnormal results go on to colposcopy and, where
needed, treatment. A positive HPV test with abnormal cells leads to an invitation to colposcopy. If a
woman does not attend, the hospital sends a second letter and, after a second missed appointment,
usually discharges her back to her GP.

In Harrowfield, a borough with high deprivation and a young, diverse population, the colposcopy
service told us in 2022 that its non-attendance rate for first appointments was among the highest in
the region. When we looked at who was not attending, the pattern was clear: younger women, women from
the most deprived neighbourhoods, women whose first language is not English, and women who had had a
traumatic experience of screening or a previous procedure. Some of them had been discharged and their
GP practice had not noticed. Two women in the borough were diagnosed with cervical cancer in 2022 after
they had been discharged from colposcopy for non-attendance in earlier years.

No one organisation held all the levers. The hospital sends letters and runs clinics. The practices
know the women and can talk to them. The council's public health team commissions community outreach
and has the data skills to link the two.

We started with a joint review of the records of every woman who missed a first colposcopy appointment
in the first half of 2022. The reasons were not what the hospital had assumed. Very few women had simply
forgotten. Many had not understood the letter, or had read it as a cancer diagnosis and been too
frightened to go. Others had moved house, had no childcare, worked shifts, or had a previous experience
of a painful or humiliating examination.
"""),
        ("evidence", "What the data shows", """
From January 2023 the trust shares a weekly list of women who have not confirmed or attended a first
colposcopy appointment with the PCN's care coordinators, who phone each woman, find out what is in the
way and rebook her directly into the colposcopy system. Women can ask for a female clinician, an
interpreter, a longer appointment or to bring someone with them. The council funds a community health
worker who speaks Urdu, Punjabi and Polish and who can go with a woman to her first appointment.

We track first appointment non-attendance on a statistical process control chart each month.
<<Q:The chart shows a sustained shift after the change, with the mean monthly non-attendance rate for
first colposcopy appointments moving from 17% in the 24 months before to 8% in the 21 months since.>>
<<Q:Women discharged back to their GP after two missed colposcopy appointments went from 71 in 2022 to
19 in 2024.>>

The care coordinators made 1,148 calls in 2024. The community health worker went with 96 women to their
appointment.
"""),
        ("stakeholders", "Who helped shape it", """
<<P:Before anything was changed, two local women, Maryam and Jo, who had both missed colposcopy
appointments after frightening first smears, spent an afternoon with the colposcopy nurses explaining
what had put them off.>> <<P:Their account of the invitation letter, which both had read as meaning they
had cancer, led to the letter being rewritten, and they checked the new version.>> <<P:Maryam went on to
help train the community health worker and still meets her every few months.>>

<<S:The PCN's care coordinators worked out the script for the phone calls themselves, after listening to
the nurses describe what colposcopy involves, and they asked for direct booking access so they did not
have to send women back to the hospital switchboard.>> <<S:Colposcopy nurses agreed to hold two
evening clinics a month after the coordinators reported that many women could not get time off work.>>
"""),
        ("value", "Value", """
The care coordinator time comes from existing PCN roles. The community health worker costs the council
£31,000 a year from the public health grant. Each case of cervical cancer prevented avoids treatment
costs of many tens of thousands of pounds, and a far greater cost to the woman and her family. Fewer
missed appointments also mean fewer wasted clinic slots, which has helped the colposcopy service reduce
its waiting times.

The care coordinators say the calls are among the most rewarding part of their work, because they can
hear the relief when a woman realises that an abnormal result is not a cancer diagnosis and that
treatment, if she needs it, is usually quick. Women who have been supported by the community health
worker have told her that they would not have gone on their own.
"""),
        ("spread", "Spreading", """
The trust has offered the weekly list to the other three primary care networks in Harrowfield, two of
which start in 2025. We have written up the approach for the regional screening and immunisation team
and presented it at the cancer alliance's screening board.

Our advice to other areas is to start by looking at who is not attending and asking them why. The
answers are rarely about forgetting, and almost always about fear, language, money or time, all of
which a partnership between the hospital, general practice and the council is well placed to address.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1848  breast screening for women who use wheelchairs - docx - reordered
#        (evidence first) - ICB quality lead, plain - ICB with the breast
#        screening service's trust and a disabled people's organisation -
#        women and staff involved - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I1848", format="docx", layout="reordered", topic="breast_screening_wheelchair_users",
    project="independent116-screenedtoo-1848", docx_font="Cambria",
    title="Screened Too: making breast screening work for women who use wheelchairs",
    cover=[
        "Lead: NHS Tamber and Weald Integrated Care Board (Quality and Screening Team)",
        "Partners: Weald Coast University Hospitals NHS Trust (Tamber and Weald Breast Screening Service); Access Forward (disabled people's organisation)",
        "Written by the Head of Quality, NHS Tamber and Weald ICB",
    ],
    primary_entrant=dict(name="NHS Tamber and Weald Integrated Care Board", type="icb"),
    partners=[
        dict(name="Weald Coast University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Access Forward", type="charity"),
    ],
    sections=[
        ("evidence", "What has improved", """
<<Q:Breast screening uptake among women flagged as wheelchair users in our area went from 38% in
2021/22 to 61% in 2023/24.>> <<Q:The proportion of appointments for these women that ended without a
usable mammogram fell from 24% to 6%.>>

Since the changes began in May 2022, 1,210 women have had an accessibility flag added to their
screening record, and the service has held 44 dedicated accessible clinics.

The changes were simple. A search in GP records now identifies women who use a wheelchair or cannot
stand unaided and sends a flag to the screening office. Flagged women are offered an appointment at the
static unit, in a longer slot, with a call from the accessibility coordinator beforehand to talk through
what they need. The unit has a hoist, a transfer board and a positioning chair, and radiographers have
practised seated and supported imaging techniques.
"""),
        ("context", "The safety issue", """
Women with physical disabilities, particularly those who use wheelchairs, are less likely to be screened
for breast cancer and more likely to be diagnosed late. Access Forward, a disabled people's
organisation in our area, raised this with us after a member in her sixties was diagnosed with a stage 3
cancer. She had been invited to screening three times. Each time, the mobile unit in her local
supermarket car park had steps, and the alternative appointment at the static unit was in a room where
the mammography machine could not be lowered far enough for her to be imaged in her chair. She was told
she would need to stand, which she could not do, and she was sent home.

When we looked at the data, we found that the screening service had no reliable way of knowing in
advance that a woman needed an accessible appointment. GP records held the information but it did not
reach the screening system. Women were turning up to units they could not get into, or to appointments
too short for safe positioning, and many simply stopped coming.

This is a safety issue. A missed screen means a cancer that could have been found early is found late.

It is also a question of fairness. The screening programme is offered to every woman in the age range,
and the service has a duty to make reasonable adjustments so that disabled women can use it. Until we
looked closely, nobody had put the two together. The screening service had an accessible room and a
machine that could, with the right technique, image a seated woman, but the information that would let it
plan for her never arrived, and radiographers had not had the time or equipment to do it well.
"""),
        ("stakeholders", "People involved", """
<<P:Twelve women from Access Forward who use wheelchairs visited the static screening unit with the
radiographers and showed them where they got stuck, from the car park kerb to the changing cubicle.>>
<<P:They asked for a named contact they could ring before the appointment, and the service created the
role of accessibility coordinator in response.>> <<P:One of the women, a retired occupational therapist,
helped choose the transfer equipment that the unit bought.>>

<<S:Mammographers from the screening service tried out positioning techniques with volunteers and
decided that accessible appointments needed 30 minutes, not 10, with two radiographers present.>>
<<S:Practice managers in three pilot GP practices worked with the ICB's data team to design the search
that sends accessibility needs to the screening service.>>
"""),
        ("value", "Value for money", """
The ICB paid £18,500 for transfer and positioning equipment and funds the accessibility coordinator for
two days a week. The dedicated clinics use existing radiographer time, organised differently. Treating a
late-stage breast cancer costs far more than treating one found at screening, and women have a much
better chance of survival.

Women tell us that being expected and prepared for makes the whole experience feel less like a battle.
The radiographers say the longer slots mean they can take their time without feeling rushed.

There has been a wider effect too. Having seen what was possible, the screening service has started to
look at other groups of women who find it hard to use the mobile units, including women with a learning
disability and women with severe anxiety, and the accessibility coordinator now takes calls from any
woman who needs an adjustment, not only wheelchair users. The ICB has included accessible screening in
its quality schedule for the service, and will ask for the uptake figures to be reported every quarter.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I1849  health checks for men at work - pdf via soffice (style headings) -
#        fire and rescue service wellbeing manager, upbeat - fire service with
#        a GP federation and a men's health charity - staff involved - NO
#        patient involvement (men checked and told results, sent letters, a
#        questionnaire with no change, men's views to be sought later) - NO
#        quantitative evidence (checks done, men referred, single figures, a
#        target)
# ---------------------------------------------------------------------------
entry(
    id="I1849", format="pdf", layout="style_headings", topic="mens_health_checks_workplace",
    project="independent116-checkyourengine-1849", render_via="soffice", docx_font="Liberation Serif",
    title="Check Your Engine: blood pressure and health checks for men where they work",
    cover=[
        "Lead organisation: Greyhaven and Moor Fire and Rescue Service (Health and Wellbeing Team)",
        "Partners: Greyhaven GP Federation; Talk Straight Men's Health (registered charity)",
        "Entry by the Health and Wellbeing Manager",
    ],
    primary_entrant=dict(name="Greyhaven and Moor Fire and Rescue Service", type="emergency_service"),
    partners=[
        dict(name="Greyhaven GP Federation", type="primary_care"),
        dict(name="Talk Straight Men's Health", type="charity"),
    ],
    sections=[
        ("context", "Where it started", """
Men in their forties and fifties are the group least likely to see a GP and most likely to have high
blood pressure, raised cholesterol or undiagnosed diabetes that nobody knows about. They are also the
group most likely to die young from a heart attack or stroke. In Greyhaven, which has a lot of
manual, shift and outdoor work, take-up of the NHS Health Check among men aged 40 to 74 has been low
for years.

We know this because we see it in our own service. In 2022 one of our watch managers, a fit man of 49
who had never been to his GP, had a stroke at home between shifts. He had high blood pressure that had
never been measured. He has recovered, but it shook the whole service. When we offered blood pressure
checks at our stations afterwards, we found several more men with readings high enough to need
treatment that week.

Our firefighters already go into workplaces, farms and community venues to give fire safety advice. Our
thinking was simple: if we can get men to let us into their workplace to talk about smoke alarms, we
can also check their blood pressure. The GP federation could make sure that anyone with a worrying
reading was seen quickly, and the men's health charity knew how to talk to men about their health in a
way that did not put them off.

Blood pressure was the obvious place to start. It takes two minutes to measure, the equipment is cheap
and portable, and a high reading is both common and treatable. A raised reading also gives a reason to
talk about other things, such as smoking, weight, drinking and prostate symptoms, which men are often
reluctant to raise with a GP.
"""),
        ("evidence", "What we have done so far", """
Check Your Engine started in March 2023. Firefighters and the charity's outreach workers have since
visited 86 workplaces, including haulage depots, building sites, a meat processing plant, two
livestock markets and a bus garage, as well as all 14 of our own fire stations.

In that time 2,640 men have had a blood pressure check, a pulse check for irregular heartbeat and a
short questionnaire about smoking, alcohol and family history. Of these, 412 had a raised reading and
were booked directly into an appointment at their GP practice or one of the federation's extended
access hubs, usually within a week. 57 had a reading so high that they were advised to be seen the same
day, and 38 had an irregular pulse and were referred for an ECG.

The federation tells us that 71% of the men booked in attended their appointment. Our target is for
5,000 men to have had a check by March 2026. We hope to be able to report on how many have started
treatment and whether their blood pressure has come down, but these figures are not yet available.
"""),
        ("stakeholders", "Who was involved", """
<<S:The idea came from firefighters at two of our stations, who ran the first checks on their own
colleagues and then designed the workplace version, including the 'two minute check' that fits into a
tea break.>> <<S:The Fire Brigades Union's health and safety representatives reviewed how results would
be recorded and insisted that no information would be shared with employers, which is how the consent
form is now written.>> <<S:Practice nurses and receptionists from the federation helped set up the
booking route and asked for a single phone number for firefighters to ring, which is now in place.>>

Every man who had a check was told his result there and then and given a card with the reading on it.
Those with a raised reading were also sent a letter by their GP practice. After the first six months
we asked the men who had been checked to fill in a short questionnaire; most said they found it
useful, and we carried on as before. We would like to get the men themselves more involved in shaping
the next phase, and the charity is planning to recruit some of them as champions in 2025.
"""),
        ("value", "Is it worth it?", """
The checks use firefighters' time on community safety visits that were already planned. The charity's
outreach workers are funded by a £35,000 grant from the county's public health team. Blood pressure
monitors and pulse oximeters cost £4,200. Each stroke or heart attack prevented saves many thousands of
pounds in NHS and social care, and, more importantly, keeps a man in work and with his family.

Firefighters tell us they enjoy it. Employers like it because their staff do not need to take time off
to see a nurse.
"""),
        ("spread", "Spreading the word", """
Two neighbouring fire and rescue services have asked for our training pack and consent form, and we have
presented at the national fire sector health and wellbeing conference. The GP federation has suggested
adding the checks to the community diagnostic centre's outreach programme. We have made our materials
freely available.

We have also learned some practical lessons that we pass on to anyone who asks. Checks work best when
they are offered at the start or end of a shift, not in the middle. Men are far more likely to take part
if a colleague goes first. And a check is only useful if there is a quick and simple route into general
practice afterwards, which is why the federation's booking line has been so important.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1850  fast-track scans for bleeding after the menopause - docx - rubric
#        headings - acute trust gynaecology oncology nurse consultant,
#        methodical - trust with two PCNs and a community diagnostic centre
#        run by a community trust - staff involved - NO patient involvement
#        (leaflets, feedback reported to a board, Healthwatch at a launch,
#        women as beneficiaries)
# ---------------------------------------------------------------------------
entry(
    id="I1850", format="docx", layout="rubric_headings", topic="postmenopausal_bleeding_direct_access_scan",
    project="independent116-straighttoscan-1850", docx_font="Calibri",
    title="Straight to Scan: direct access ultrasound for women with bleeding after the menopause",
    cover=[
        "Lead organisation: Ridgeway and Colne Hospitals NHS Foundation Trust (Gynaecology and Gynae-oncology)",
        "Partner organisations: Ridgeway Community Health NHS Trust (Ridgeway Community Diagnostic Centre); Colne North Primary Care Network; Colne South Primary Care Network",
        "Submitted by the Nurse Consultant, Gynaecological Cancer",
    ],
    primary_entrant=dict(name="Ridgeway and Colne Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Ridgeway Community Health NHS Trust", type="nhs_trust"),
        dict(name="Colne North Primary Care Network", type="primary_care"),
        dict(name="Colne South Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "Context: why was the partnership needed and what were its safety goals?", """
Bleeding after the menopause is the most common sign of womb cancer. Around one in ten women with
postmenopausal bleeding will have cancer, and an early diagnosis is usually curable with surgery. National
guidance is that any woman over 55 with postmenopausal bleeding should be referred on the suspected
cancer pathway, and that the first test should be a transvaginal ultrasound to measure the thickness of
the womb lining.

In our area that first test was taking too long. A woman saw her GP, was referred to the gynaecology
clinic, waited for a clinic appointment, was seen by a doctor and then sent for a scan, and then waited
again for the results and a second appointment. At every step there were delays and opportunities for
things to go wrong: referrals with missing information, scans requested but not booked, women lost
between the clinic and the scan department. In 2022 the average time from GP referral to a scan was 19
days and only 58% of women had a diagnosis or cancer ruled out within 28 days, against a national
standard of 75%.

We also found that some women were not referred at all, particularly women on HRT, who were sometimes
told bleeding was expected, and women who bled only once.

Our safety goals were to shorten the time to scan, make sure no referral was lost, and make sure the
right women were referred in the first place.

The partnership was needed because each part of the pathway sat with a different organisation. The GP
made the referral, the community diagnostic centre had the scanning capacity, and the hospital held the
specialist expertise and the cancer tracking. Until 2023 none of them could see what the others were
doing, and there was no single list of women waiting for a scan after bleeding.
"""),
        ("evidence", "Evidence: what has improved and how do you know?", """
Since February 2023 GPs in the two primary care networks refer women with postmenopausal bleeding
straight to the scan at the community diagnostic centre using a short electronic form. Scans are
booked within 72 hours and reported the same day by a sonographer using agreed thresholds. Women with a
thin lining and no other concerns are discharged back to their GP with a letter and a safety-netting
plan. Women with a thickened lining or other findings go straight into a one-stop clinic for
hysteroscopy and biopsy, usually within a week.

<<Q:The average time from GP referral to scan fell from 19 days to 6 days.>> <<Q:The proportion of women
with a diagnosis or cancer ruled out within 28 days rose from 58% in 2022 to 89% in 2024.>> <<Q:Referrals
returned to the GP because of missing information went from around one in eight to fewer than one in
fifty.>>

The community diagnostic centre has carried out 1,930 scans for the pathway. Forty-one cancers have
been diagnosed, 36 of them at stage 1.
"""),
        ("stakeholders", "Stakeholders: how were patients, staff and partner organisations involved?", """
<<S:The sonographers at the community diagnostic centre set the measurement protocol with the
gynaecologists and asked for every report to include a clear 'next step' line so that GPs would know
what to do.>> <<S:GPs from the two networks trialled the referral form for six weeks and removed three
questions they said were slowing them down.>> <<S:Gynae-oncology clinical nurse specialists wrote the
safety-netting letter and the script for discharging women with a normal scan, after auditing the first
200 discharges together with the GP leads.>> <<S:The trust's cancer booking team changed the booking
rules so that a scan slot is reserved for every referral the moment it arrives, after they pointed out
that slots were being lost overnight.>>

Women having a scan are given a leaflet explaining the pathway and what happens next. Patient
experience feedback collected by the community diagnostic centre is reported each quarter to the
cancer board. A representative from the local Healthwatch attended the launch event in February
2023. The women who have benefited most are those who were found to have an early cancer.
"""),
        ("value", "Value: what difference has it made to patients and staff, and is it value for money?", """
The direct access pathway removes one hospital appointment for most women, saving around £160 per
woman in clinic costs. The community diagnostic centre was already funded and had capacity for the
extra scans. Gynaecologists' clinic time has been freed for women who need to be seen.

Women are getting an answer faster and with fewer visits, and for most of them that answer is
reassurance. GPs have told us the form is quick to complete.

For the gynaecology team the biggest change is that women arriving at the one-stop clinic have already
had their scan, so the consultation can move straight to what the scan shows and what needs to happen
next. That has made the clinic calmer and more focused, and it means women with a cancer reach the
specialist team much earlier in their journey.
"""),
        ("spread", "Spread: how has the learning been shared?", """
The cancer alliance has funded the roll-out of the pathway to the other four PCNs in the county during
2025. We have presented the work at the regional gynaecological cancer network and at a national
community diagnostics event. The referral form, the sonography protocol and the safety-netting letter
are available on request.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1851  pain in outpatient hysteroscopy - docx - bullet lists with cover
#        bullets - women's patient group coordinator, campaigning - patient
#        group with an acute trust and a university - women involved (partly
#        by pronoun) - NO staff involvement (clinicians briefed and trained,
#        a named consultant doing her job, results sent to staff, a hope)
# ---------------------------------------------------------------------------
entry(
    id="I1851", format="docx", layout="bullet_lists", topic="outpatient_hysteroscopy_pain",
    project="independent116-yourchoicehysteroscopy-1851", docx_font="Arial",
    title="Your Choice, Your Comfort: safer and less painful outpatient hysteroscopy",
    cover=[
        "An entry from the Kestlow Women's Health Voices group",
    ],
    cover_bullets=[
        "Lead: Kestlow Women's Health Voices (patient group)",
        "Partners: Kestlow and Brynford NHS Foundation Trust (Gynaecology Outpatients); Kestlow Metropolitan University (School of Nursing and Midwifery)",
        "Contact: the group's coordinator",
    ],
    primary_entrant=dict(name="Kestlow Women's Health Voices", type="patient_group"),
    partners=[
        dict(name="Kestlow and Brynford NHS Foundation Trust", type="nhs_trust"),
        dict(name="Kestlow Metropolitan University", type="university"),
    ],
    sections=[
        ("context", "What was wrong", """
Outpatient hysteroscopy means passing a thin camera through the cervix into the womb, usually without
an anaesthetic, to look for the cause of abnormal bleeding, take a biopsy or remove a polyp or a coil.
For many women it is quick and bearable. For a significant number it is excruciating.

Our group started in 2021 as a handful of women who met online after describing their experiences on
social media. What we had in common:

- we had been told it would 'feel like a smear test' or 'a bit of period pain'

- we had not been told we could ask for the procedure to stop, or for a general anaesthetic or sedation

- several of us had fainted, vomited or been left shaking, and one woman had a vasovagal collapse in the car park afterwards

- some of us were told to take two paracetamol beforehand and that was all

- some of us did not go back for a follow-up procedure that we needed, because we were too frightened

That last point is the safety issue. A woman who is too traumatised to return for a biopsy may be
living with an undiagnosed cancer. Severe pain and vasovagal collapse are also harms in their own
right. Professional guidance already said that women should be offered a choice of pain relief and
setting, and should be able to stop at any time. It was not happening consistently.

We approached the gynaecology department at Kestlow and Brynford, which has one of the busiest
outpatient hysteroscopy services in the region, and a nursing researcher at Kestlow Metropolitan
University who had studied pain in gynaecology procedures.

We were not sure how we would be received. We had been described in the local press as 'campaigners',
and we expected to be told that our experiences were unusual. Instead the trust shared its own
audit data with us, which showed that severe pain was much more common than anyone had assumed, and
asked us to help put it right.
"""),
        ("evidence", "What has changed", """
Since September 2023:

- every woman booked for outpatient hysteroscopy receives a new information sheet and a phone call from a nurse a week before, to talk through pain relief options and the alternative of a day-case procedure under anaesthetic

- women are offered a choice of local anaesthetic, gas and air, or a procedure under sedation or general anaesthetic, and the choice is recorded

- women score their pain at the end of the procedure, and anyone scoring 7 or more out of 10 is followed up by phone

- a 'stop' signal is agreed before the procedure starts

The results, from the trust's audit:

- <<Q:The proportion of women scoring their pain at 7 or more out of 10 fell from 29% in the audit before the changes to 11% a year later.>>

- <<Q:Procedures abandoned part way through because of pain dropped from 14% to 5%.>>

- <<Q:Women who did not attend a planned follow-up procedure fell from 52 in the year before to 21 in the year after.>>

- 1,380 procedures were carried out in the year, and 186 women chose a day-case procedure under anaesthetic instead
"""),
        ("stakeholders", "How we worked", """
This has been led by women from the start.

- <<P:Seventeen members of our group wrote the information sheet with the university researcher, and they insisted that it describe the pain honestly and say in bold that the woman can stop at any time.>>

- <<P:They also recorded short audio accounts of their own procedures, good and bad, which are now played at the start of the trust's training session.>>

- <<P:Our members designed the questions for the pre-procedure phone call, and after the first month they changed the order so that pain relief is discussed before consent, not after.>>

- the consultant gynaecologist who leads the outpatient service, Miss Amelia Ward, arranged the clinic changes as part of her role

- all nurses and doctors who carry out hysteroscopy completed the training session

- staff were sent the audit results each quarter

- we hope to work more closely with the nursing team on the next phase
"""),
        ("value", "Was it worth it?", """
- the changes cost very little: the information sheet, a nurse's time for the phone calls (about 15 minutes each) and some more day-case slots

- a procedure abandoned because of pain wastes a clinic slot and has to be repeated, often in theatre, at a cost of around £900

- most importantly, women are coming back for the tests they need

- women who have had the procedure since the changes have written to the group to say that knowing they could stop made it bearable, even when it hurt
"""),
        ("spread", "Spreading the word", """
- we have shared the information sheet with other hysteroscopy units through a national women's health network

- the university is using the audio accounts in its nursing and medical teaching

- two neighbouring trusts have asked for the pre-procedure call script
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1852  valproate pregnancy prevention in community pharmacy - pdf - with
#        appendix - LPC chief officer, practical - local pharmaceutical
#        committee with an acute trust's epilepsy nurses, a mental health
#        trust and an epilepsy charity - women and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1852", format="pdf", layout="with_appendix", topic="valproate_pregnancy_prevention_pharmacy",
    project="independent116-valproatecheck-1852", pdf_font="LiberationSerif", pdf_align="L",
    title="Every Time: valproate safety checks for women and girls at the pharmacy counter",
    cover=[
        "Lead entrant: Dunmere and Holt Local Pharmaceutical Committee",
        "Partners: Dunmere General Hospital NHS Trust (Epilepsy Specialist Nursing Service); Dunmere and Holt Mental Health NHS Trust; Epilepsy Support Dunmere (registered charity)",
        "Prepared by the LPC Chief Officer",
    ],
    primary_entrant=dict(name="Dunmere and Holt Local Pharmaceutical Committee", type="primary_care"),
    partners=[
        dict(name="Dunmere General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Dunmere and Holt Mental Health NHS Trust", type="nhs_trust"),
        dict(name="Epilepsy Support Dunmere", type="charity"),
    ],
    sections=[
        ("context", "Why this matters", """
Sodium valproate is an effective medicine for epilepsy and is also used for bipolar disorder. Taken in
pregnancy, it carries a high risk of birth defects and of developmental problems in the child. Since
2018 women and girls who could become pregnant must only take valproate under a pregnancy prevention
programme: an annual specialist review, a signed risk form, effective contraception, and clear
information every time the medicine is supplied.

Community pharmacies supply almost all of the valproate taken in Dunmere and Holt. When we audited
pharmacies in 2022 we found that the pregnancy prevention programme was, in practice, often invisible at
the counter. Packs were being split and supplied without the patient card or the warning on the box.
Pharmacists could not see whether a woman's annual review was up to date. Women on valproate for
bipolar disorder were less likely to have had a specialist review than women with epilepsy, and some
did not know the risks at all. We also found girls who had been on valproate since childhood and had
reached puberty without anyone having the conversation.

A pharmacist sees a woman on valproate every month. That is twelve chances a year to check that she
knows the risks and is protected. We wanted to use them.

None of this could be done by pharmacies alone. Pharmacists cannot carry out the annual specialist
review or sign the risk form, and when they found a woman who had missed hers, there was often no clear
route to arrange one. The specialist teams, for their part, had no way of knowing which of the women on
their caseload were collecting valproate without the right information. The epilepsy charity had heard
from many women who only learned of the risks after a pregnancy.
"""),
        ("evidence", "What has improved", """
From May 2023 every pharmacy in the LPC area uses the Every Time checklist whenever valproate is supplied
to a woman or girl aged 12 to 55. The pharmacist checks that the whole pack with its warning is
supplied, asks three short questions about contraception, pregnancy plans and the date of her last
specialist review, and refers directly to the epilepsy nurses or the mental health trust's pharmacist
if anything is missing. The specialist teams reply to the pharmacy and the GP within two weeks.

<<Q:In the LPC's audit of 60 pharmacies, supplies made without the patient card or the pack warning fell
from 41% in 2022 to 4% in 2024.>> <<Q:The proportion of women and girls on valproate in the area with a
signed annual risk form rose from 49% to 87%.>> <<Q:For women taking valproate for bipolar disorder, the
figure went from 22% to 79%.>>

Pharmacists made 318 referrals to the specialist teams in the first 18 months. There were 3 pregnancies
exposed to valproate in the area in 2024; we do not have a comparable figure for earlier years.
"""),
        ("stakeholders", "Who was involved", """
<<P:Members of Epilepsy Support Dunmere, including women who took valproate through pregnancy before the
risks were widely known, helped us write the three counter questions and made sure they did not sound
like an accusation.>> <<P:Two mothers of teenage girls on valproate asked us to add a version for
parents, which is now part of the checklist.>> <<P:Service users at the mental health trust's
recovery college tested the questions in role play and told us that many women with bipolar disorder
had never heard of the programme, which is why the mental health trust now has its own referral
route.>>

<<S:Twelve community pharmacists and pharmacy technicians piloted the checklist for two months and
shortened it by half.>> <<S:The epilepsy specialist nurses and the mental health trust's lead pharmacist
agreed the response times and wrote the reply template together.>> <<S:Pharmacy dispensers pointed out
that split packs were the main reason warnings were lost, and the LPC now encourages original pack
dispensing in all pharmacies.>>
"""),
        ("value", "Value", """
The checklist takes about two minutes per supply. The LPC paid for printing and training from its own
budget, around £6,000. The lifetime costs of caring for a child affected by valproate in pregnancy run
into hundreds of thousands of pounds, quite apart from the human cost.

Pharmacists say the checklist gives them a reason to raise a difficult subject. Women tell us they
would rather be asked every time than not at all.
"""),
        ("spread", "Sharing the learning", """
The checklist has been adopted by three other LPCs and shared through the national pharmacy body. The
ICB has written it into its medicines safety plan, and the mental health trust is using the referral
route for its own outpatients.
"""),
    ],
    trailer=[
        ("heading", "Appendix: the Every Time checklist and data sources"),
        ("para", "Every Time checklist (for women and girls aged 12 to 55 collecting valproate): 1. Is the full pack with the warning label being supplied, with the patient card? 2. Are you using contraception, and which? 3. Are you planning a pregnancy, or could you be pregnant? 4. When did you last see your specialist about valproate? Refer if any answer is missing or unclear."),
        ("para", "Audit figures are from the LPC's annual pharmacy audit (60 pharmacies, 2022 and 2024). Risk form figures are from GP records searched by the ICB's medicines optimisation team. Pregnancy figures are from the trust's antenatal records."),
        ("para", "Dunmere and Holt Local Pharmaceutical Committee, Unit 4, Riverside Court, Dunmere."),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1853  raised PSA results followed up in one GP practice - pdf - numbered
#        questions - GP partner, terse - NO partner organisation (ineligible)
#        - practice staff involved - NO patient involvement (men texted,
#        patient participation group updated at its AGM, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1853", format="pdf", layout="numbered_questions", topic="raised_psa_follow_up_gp",
    project="independent116-psasafetynet-1853", pdf_font="DejaVuSans", pdf_align="L",
    title="PSA Safety Net: no raised result left behind",
    cover=[
        "Entrant: Orchard Lane Medical Centre, Wetherstone",
        "A practice-led project involving our GPs, nurses, pharmacist and administration team",
        "Contact: Dr Gareth Lloyd, GP Partner and Clinical Safety Lead",
    ],
    primary_entrant=dict(name="Orchard Lane Medical Centre", type="primary_care"),
    partners=[],
    sections=[
        ("context", "1. What was the problem?", """
Orchard Lane has 11,200 patients, of whom about 2,100 are men over 50. Men can ask their GP for a PSA
blood test to check for prostate cancer, and the test is also done when men have urinary symptoms. A
raised PSA usually means a referral on the suspected cancer pathway, or a repeat test in a few weeks.

In 2022 a man in his sixties was diagnosed with advanced prostate cancer. When we reviewed his record we
found that he had had a raised PSA two years earlier. The result had been marked 'repeat in 6 weeks' by
a locum GP. The repeat was never booked. Nobody noticed. He had assumed that no news was good news.

We then searched the whole practice and found 23 men with a raised PSA in the previous three years and
no repeat test or referral recorded. Three of them were subsequently diagnosed with prostate cancer,
one with spread to the bones.

The problem was not one person's mistake. Our system relied on the clinician who filed a result to
remember to set up the next step, and on the patient to book it. There was no safety net.
"""),
        ("evidence", "2. What difference has the project made?", """
Since March 2023 every raised PSA result is added to a practice register, whatever action is taken. The
practice pharmacist checks the register every Monday and chases any man whose repeat test or referral
is overdue. PSA results cannot be filed without choosing an action from a drop-down list, and the
action creates a task with a due date.

<<Q:Raised PSA results with no follow-up action recorded after 12 weeks went from 23 in the three years
before the register to 1 in the 21 months since.>> <<Q:The average time from a raised PSA to a
referral on the suspected cancer pathway has come down from 17 days to 4 days.>>

In 2024, 184 men were on the register at some point, and 9 prostate cancers were diagnosed through the
pathway.
"""),
        ("stakeholders", "3. Who was involved?", """
<<S:Our administration team, who process all incoming results, suggested the drop-down list after
pointing out that 'repeat in 6 weeks' written in free text was not picked up by any search.>>
<<S:The practice nurses changed the blood test booking template so that the repeat PSA is booked
before the man leaves the room.>> <<S:The GPs agreed the thresholds for referral and repeat testing by
age at a clinical meeting, and the practice pharmacist took on the Monday checks after testing them for
a month and adjusting the search.>>

Men with a raised result are now sent a text message telling them that a follow-up test has been
booked. The patient participation group was updated about the project at its annual meeting. We would
like to work with the PPG on information for men about PSA testing in the future.
"""),
        ("value", "4. Value and impact", """
The register takes the practice pharmacist about 30 minutes a week. There was no other cost. Finding a
prostate cancer while it is still contained in the prostate means treatment is more likely to cure it,
and is far less expensive than treating advanced disease.

The GPs feel more confident that nothing is being missed.

The same approach has since been used for other results that need a repeat test, such as raised
calcium and abnormal liver tests, using the same drop-down list and weekly check.
"""),
        ("spread", "5. Sharing the learning", """
We have shared the search, the register template and the drop-down list with the other practices in
our primary care network, and we have written to the clinical system supplier suggesting the drop-down
list is built into the system for everyone. We presented the significant event and our response at the
local GP learning event in November 2023.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1854  HPV self-sampling for women never screened - docx - form table -
#        short - women's health charity manager, plain - charity with a PCN
#        and the council's public health team - women and staff involved -
#        NO evidence section and no measured change anywhere
# ---------------------------------------------------------------------------
entry(
    id="I1854", format="docx", layout="form_table", topic="hpv_self_sampling_never_screened",
    project="independent116-myownkit-1854", docx_font="Calibri",
    title="My Own Kit: HPV self-sampling for women who have never been screened",
    cover_table=[
        ("Title of entry", "My Own Kit: HPV self-sampling for women who have never been screened"),
        ("Lead organisation", "Sisters in Health Ashbourne (registered charity)"),
        ("Partner organisations", "Ashbourne East Primary Care Network; Ashbourne City Council (Public Health)"),
        ("Name and role of entrant", "Programme Manager, Sisters in Health Ashbourne"),
    ],
    primary_entrant=dict(name="Sisters in Health Ashbourne", type="charity"),
    partners=[
        dict(name="Ashbourne East Primary Care Network", type="primary_care"),
        dict(name="Ashbourne City Council", type="local_authority"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and its safety goals.", """
Sisters in Health is a small charity supporting Black African, Black Caribbean and South Asian women in
east Ashbourne with their health. Many of the women we work with have never had cervical screening,
even though they have been invited many times. The reasons they give us include embarrassment, fear of
pain, previous sexual violence or female genital mutilation, not wanting a male clinician, not being
able to get an appointment at a time that fits around work and children, and not understanding what the
test is for.

Women who are never screened are the women most likely to be diagnosed with cervical cancer, and to be
diagnosed late. Since the screening programme moved to testing first for HPV, it has become possible for
a woman to take her own vaginal swab, which is as accurate for HPV as a sample taken by a nurse. Only
women who test positive need a speculum examination.

In 2023 our PCN was chosen to offer self-sampling kits to women who are overdue for screening. The
practices did not have a good way of reaching the women who had ignored letters for years. We did.
Together with the council's public health team, which commissions our outreach work, we set up My Own
Kit: women can collect a kit at one of our groups, at a community centre or at the practice, take the
sample at home, and return it in a freepost envelope. Our health advocates follow up every woman who
tests positive and support her to attend her follow-up appointment.

Our health advocates are local women who speak the languages of the communities we serve. They already
run our weekly groups on diabetes, blood pressure and mental wellbeing, so the women know them. Kits are
never posted out cold: every woman who takes one has had the chance to talk to an advocate first,
privately if she wants, about what the test is for and what happens if it is positive.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<P:Women from our Tuesday and Saturday groups tried the kits in 2023 and told us the instructions in the
box were too complicated, so they made a picture guide in five languages, which is now given out with
every kit.>> <<P:Some of the women who had survived genital cutting asked that we offer to talk through
the test in private before they took a kit, and our advocates now do this.>>

<<S:The PCN's practice nurses and care coordinators met our advocates to agree who should be offered a
kit and how positive results are passed on, and the nurses set aside longer follow-up appointments with
a female nurse on request.>> <<S:The public health team's screening lead helped us design the
monitoring form after our advocates asked for a simpler way to record returns.>>
"""),
        ("value", "What has been the impact on patient and staff experience, and value for money?", """
Since the launch in January 2024 our advocates have given out 740 kits and 412 have been returned. Each
kit costs the programme about £12. Our outreach is funded through the council's public health contract,
£42,000 a year. Women tell us that taking the sample at home felt private and in their control, and
several said it was the first time they had felt able to be screened.
"""),
        ("spread", "How has the work been shared and spread?", """
We have shared the picture guide with the regional screening and immunisation team and with two other
women's charities. The council hopes to extend the offer to the two other PCNs in the city from 2025.

We have learned that the kit itself is only part of the answer. What made the difference was that
women could get it from someone they already knew and trusted, in a place where they already felt
comfortable, with time to ask questions.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1855  breast screening invitations missed after a change of GP - pdf -
#        bullet lists - PRIVATE digital booking company as primary entrant,
#        with the breast screening service's trust and the ICB (ineligible) -
#        product director, crisp - women involved - NO staff involvement
#        (radiographers trained, practices informed, a named manager signing
#        off as part of her role)
# ---------------------------------------------------------------------------
entry(
    id="I1855", format="pdf", layout="bullet_lists", topic="breast_screening_missed_invitations_gp_change",
    project="independent116-nooneleftout-1855", pdf_font="LiberationSans", pdf_align="L",
    title="No One Left Out: catching breast screening invitations lost when women change GP",
    cover=[
        "Primary entrant: ScreenSlot Health Ltd (digital appointment booking)",
        "Partners: Brentmoor and Vale Hospitals NHS Trust (Brentmoor Breast Screening Service); NHS Brentmoor Integrated Care Board",
        "Entry by the Product Director, ScreenSlot Health",
    ],
    primary_entrant=dict(name="ScreenSlot Health Ltd", type="private"),
    partners=[
        dict(name="Brentmoor and Vale Hospitals NHS Trust", type="nhs_trust"),
        dict(name="NHS Brentmoor Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "The problem", """
Women aged 50 to 71 are invited for breast screening every three years. Invitations are sent by
practice: the screening service works through one GP practice at a time, so every woman registered with
that practice is invited within the same few months.

The gap we found:

- when a woman moves to a practice that has already been screened in the current round, she can miss her invitation until that practice comes up again, which can mean a gap of up to five or six years between screens

- women who move house often, such as those in rented housing or leaving relationships, are affected most

- the screening service relied on women to phone and ask, and most did not know they could

- in 2022 the Brentmoor service identified two women whose breast cancers were diagnosed late after a missed round following a change of practice

ScreenSlot provides the online booking system for the Brentmoor Breast Screening Service. We could see the
problem in the booking data, but we could not fix it alone.

The screening service holds the screening records, the ICB holds the practice registration data, and
our system holds the bookings. Linking the three needed a data-sharing agreement and changes to the booking
rules, which took most of the first half of 2023.
"""),
        ("evidence", "What changed", """
What we built, from June 2023:

- a weekly match between new practice registrations and the screening service's records, which flags women who have moved into a practice already screened in the current round

- an automatic text and letter to each flagged woman offering her an appointment within eight weeks at the static unit or the nearest mobile unit

- a simple online rebooking link, with a phone option for women who prefer it

Results:

- <<Q:Women who had moved practice and went more than 36 months without an invitation fell from 1,870 at the start of the project to 140 in December 2024.>>

- <<Q:Uptake among women who had moved practice rose from 47% to 68%.>>

- 6,320 women were flagged by the weekly match in the first 18 months
"""),
        ("stakeholders", "Involvement", """
- <<P:A group of women recruited through the ICB's citizens' panel, all of whom had moved house in the past five years, tested the text message wording and asked for the word 'overdue' to be taken out because it sounded like a bill.>>

- <<P:The same group told us that the rebooking link should show the nearest mobile unit first, and we changed the order.>>

- radiographers and screening office staff were trained in the new flag on the booking screen

- GP practices were informed by letter about the weekly match

- the screening office manager, Ms Lorna Pike, signed off the data flow as part of her role
"""),
        ("value", "Value", """
- the weekly match and messages cost the trust £1,100 a month under its existing contract with us

- each cancer found at screening rather than later is cheaper to treat and more likely to be cured

- women who were lost to the programme now get an offer without having to ask
"""),
        ("spread", "Spread", """
- two other breast screening services using our system have switched the weekly match on

- the ICB has shared the approach with the regional screening quality assurance service

- we have offered the matching logic free of charge to other booking system suppliers
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1856  cervical screening and contraception for women leaving prison -
#        docx - style headings with cover bullets - community trust
#        healthcare in justice lead, reflective - trust with the probation
#        service and a women's centre - women involved (first told in the
#        context section) and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1856", format="docx", layout="style_headings", topic="prison_release_cervical_screening_contraception",
    project="independent116-throughthegate-1856", docx_font="Cambria",
    title="Through the Gate: women's health that follows women out of prison",
    cover=[
        "An entry for the Best Partnership Solution Improving Patient Safety category",
    ],
    cover_bullets=[
        "Lead organisation: Hollybank Community Health NHS Trust (Healthcare in Justice Services, HMP Ferncastle)",
        "Partners: Probation Service, Ferncastle and Mardale Delivery Unit; The Lantern Women's Centre, Ferncastle (registered charity)",
        "Author: Head of Healthcare, HMP Ferncastle",
    ],
    primary_entrant=dict(name="Hollybank Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Probation Service, Ferncastle and Mardale Delivery Unit", type="public_other"),
        dict(name="The Lantern Women's Centre", type="charity"),
    ],
    sections=[
        ("context", "Background", """
HMP Ferncastle is a women's prison holding around 340 women. Most stay for a few weeks or months; about
a hundred women are released every month. Many have never had reliable health care in the community.
They are more likely than other women to have missed cervical screening, to have had an abnormal result
that was never followed up, and to be at risk of an unplanned pregnancy soon after release, often in
circumstances that are not safe.

In prison, we can offer screening, colposcopy referrals and contraception, and many women take them up.
The problem was what happened at the gate. A woman might have her screening sample taken and be
released before the result came back. A woman with an abnormal result might have a colposcopy
appointment booked in the prison's local hospital when she was going to live 80 miles away. A woman who
started a contraceptive injection in prison would be due her next one 13 weeks later, by which time she
had usually not registered with a GP. Results were returned to the prison after women had gone, and we
had no way to reach them.

<<P:We learned how often this happened from the women themselves: a group of women at the Lantern
Women's Centre who had been released from Ferncastle sat down with our nurses in 2022 and went through,
one by one, the appointments and results they had lost on the way out.>> <<P:It was their list of
'things that went missing' that shaped what we set out to fix.>> Two of them had later been diagnosed
with abnormal cells that needed treatment, and one had become pregnant within a month of release.

We could not fix this from inside the prison. Once a woman walks out of the gate, the prison healthcare
team has no contact with her. The people who do have contact are her probation practitioner, who she
must see regularly, and, for many women, the women's centre, which offers a safe and familiar place
where she can get help with housing, benefits and relationships. Bringing those two organisations into
the design of women's health care after release was the heart of this project.
"""),
        ("evidence", "Results", """
Since April 2023 every woman who has a screening test, an abnormal result or a contraceptive
treatment in prison has a women's health plan that goes with her on release. The plan is shared, with
her consent, with her probation practitioner and, if she chooses, with the Lantern centre, which holds
drop-in women's health clinics run by a nurse from our trust twice a week. Results that arrive after
release are sent to the centre, which contacts the woman through her probation practitioner if it
cannot reach her directly. Colposcopy appointments are booked in the area where she will live.

<<Q:Of women released with a screening result still awaited, the proportion who were told their result
within six weeks of release went from 34% in 2022/23 to 83% in 2024/25.>> <<Q:Women with an abnormal
result who attended colposcopy within three months of release increased from 9 of 31 to 27 of 35.>>
<<Q:Women who were due a repeat contraceptive injection after release and received it on time went from
around one in five to more than half.>>

In 2024/25, 412 women left Ferncastle with a women's health plan.
"""),
        ("stakeholders", "Partnership and involvement", """
<<S:Probation practitioners agreed to add a health prompt to their first appointment with each woman
after release, and suggested using the existing probation reporting appointment at the Lantern centre so
that women could see the nurse on the same day.>> <<S:Our prison nurses designed the women's health plan
with the centre's support workers and tested three versions before settling on a single page.>>
<<PS:Peer mentors at the Lantern centre, women with their own experience of prison who are employed by
the centre, helped to design the drop-in clinics and now meet women on the day of release.>>

<<P:Women in the prison's health council reviewed the consent wording and asked for the plan to be given
to them in a sealed envelope, so that they could decide who else saw it.>>
"""),
        ("value", "Value for money", """
The nurse sessions at the centre cost the trust about £28,000 a year and are funded from the prison
healthcare contract. Probation time is part of existing supervision. Each abnormal result that reaches
treatment, and each unplanned pregnancy avoided, matters enormously to the woman involved, and the
cost of treating an advanced cervical cancer is many times the cost of the whole scheme.

Women say the plan means they do not have to tell their story again. Our nurses say they now know that
what they start in prison is more likely to be finished.

Probation practitioners have also noticed a difference. A woman who has attended a health appointment
at the centre on the same day as her probation appointment is more likely to keep coming, and the centre
has become a place where women feel able to raise other worries, including about their safety.
"""),
        ("spread", "Sharing and spreading", """
The plan and the process have been shared with the other women's prisons through the national health
and justice network, and the probation region has asked us to help design a version for women released
from the two other women's prisons it covers. The Lantern centre has shared its drop-in model with
other women's centres.
"""),
    ],
    flags=[],
)
