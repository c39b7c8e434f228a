"""Ninetieth independent evaluation set (I1425..I1440) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional, apart from
the UK Health Security Agency named as a partner.  The entries are meant to be ordinary:
the kind of thing sexual health services, councils, GP federations and primary care
networks, pharmaceutical committees, HIV and youth charities, a university, an integrated
care board, an ambulance service, a maternity unit and the odd private company send in,
in their own voices and at their own length.  The theme of this set is sexual health,
contraception and HIV: testing and results, PrEP, partner notification, young people and
safeguarding in sexual health clinics.

Topics (lead's type and layout): HIV pre-exposure prophylaxis continued through
community pharmacy with kidney checks and HIV tests that used to be missed (a community
trust sexual health service with the pharmaceutical committee and a peer support group,
pdf own headings); partner notification for gonorrhoea and infectious syphilis (a county
council public health team, docx bold headings with a cover table); risk assessment and
safeguarding for under-16s who come to sexual health clinics (a community trust young
people's service, docx numbered questions with cover bullets); HIV testing in general
practice for people with indicator conditions (a GP federation, docx no headings, long);
emergency contraception in community pharmacy followed by bridging contraception and a
fast route to a copper coil (a local pharmaceutical committee, pdf CAPS headings); blood
pressure and migraine checks for the combined pill prescribed online (a private online
pharmacy company as primary entrant, pdf lists); post-exposure prophylaxis out of hours
for students after sexual assault (a university, pdf two columns); reactive finger-prick
HIV tests at community outreach events that never reached an HIV clinic (an African and
Caribbean community health charity, docx rubric headings); coil fitting in general
practice and lost threads, perforation and lapsed fitter competence (a primary care
network, a pdf made from Word); contraception before discharge from the maternity unit
(an acute trust maternity service, docx sections in an unusual order, results first, no
spread section); test of cure after gonorrhoea treatment (services of one trust, no
partner, docx style headings); safeguarding information sharing from a young people's
drop-in clinic (a youth health charity, pdf numbered questions); HIV medicines missing
from GP records and dangerous interactions (an integrated care board, pdf with appendix);
ambulance crews caring for people after sexual assault (an ambulance service, docx form
with a cover table); contraception and sexual health in drug and alcohol services (a drug
and alcohol charity, a short pdf form with no value section); and syphilis alerts and
testing reminders through a dating app (a private dating app company as primary entrant,
docx lists).

Build it with

    .venv/bin/python data/independent/build.py --set 90   (writes data/corpus/independent90/)

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
    tested, screened or identified), single figures with no baseline, a zero with no
    earlier figure, figures that did not change, budgets, costs and savings estimates,
    phone numbers, postcodes, reference numbers, targets not yet reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    (including 'halved', 'a third fewer' and a sustained shift on an SPC or run chart);
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, volunteers with lived experience, unusual names
    for the people involved, list items), wherever in the entry it is told; a volunteer
    or peer worker with lived experience, employed by a partner, who helped design the
    work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters or texts,
    plans and intentions, negations, unnamed 'stakeholders', organisations agreeing or
    funding, a single named lead doing their job, audiences at launches and meetings that
    were only updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance, police, fire and rescue services are
emergency_service; GP practices, GP federations, primary care networks and local
pharmaceutical committees are primary_care; HIV, youth, community health, drug and alcohol
charities and students' unions are charity; peer support groups of people living with HIV
are patient_group; national public bodies such as the UK Health Security Agency are
public_other; a university is university; online pharmacies, dating app companies and
forensic healthcare companies are private).  A department or team of the entrant's own
organisation is not a partner.  Flags are written by hand and build.py cross-checks them
against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1425  PrEP continued through community pharmacy - pdf - own headings -
#        consultant in sexual health, direct - community trust with the LPC,
#        a peer support group and the council - PrEP users, a peer navigator
#        and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1425", format="pdf", layout="own_headings", topic="prep_continuation_community_pharmacy",
    project="independent90-prepwithoutgaps-1425", pdf_font="LiberationSans", pdf_align="L",
    title="PrEP Without Gaps: safe continuation of HIV prevention medicine through community pharmacy",
    cover=[
        "Lead organisation: Hartsmere Community Healthcare NHS Trust (Hartsmere Integrated Sexual Health Service)",
        "Partners: Hartsmere and Ribble Local Pharmaceutical Committee; Positive Hartsmere (peer support group for people affected by HIV); Hartsmere Borough Council (Public Health)",
        "Written by Dr Owen Lathbury, Consultant in Sexual Health and HIV",
    ],
    primary_entrant=dict(name="Hartsmere Community Healthcare NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Hartsmere and Ribble Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Positive Hartsmere", type="patient_group"),
        dict(name="Hartsmere Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", "What was going wrong", """
Pre-exposure prophylaxis, or PrEP, is a daily or event-based tablet that stops people getting HIV. It is
one of the most effective prevention tools we have ever had, but it is not a medicine you can simply hand
over and forget. Before each new supply a person needs a recent negative HIV test, because starting or
continuing PrEP in someone who has already acquired HIV can lead to drug resistance and a delay in proper
treatment. People on PrEP also need their kidney function checked, at least once a year and more often
if they are older or have other risks.

When PrEP became routinely available through sexual health clinics, demand in Hartsmere far outstripped
our appointment capacity. By 2022 we had around 2,300 people on PrEP and a single clinic site with a
waiting time of five to seven weeks for a routine review. People did what anyone would do when they ran
out: some stopped, some bought generic PrEP online, and some borrowed tablets from friends. Very few of
those routes involved an HIV test or a kidney check.

Two incidents in 2022 brought this home. A man who had bought PrEP online for several months without
testing was diagnosed with HIV when he finally got an appointment; the virus already showed resistance to
one of the two PrEP drugs. A second person, a woman in her fifties on daily PrEP, had a falling kidney
function that had been flagged by our laboratory eighteen months earlier but never acted on, because she
had not been able to get back into clinic.

We also knew that our clinic model suited some people better than others. Gay and bisexual men in their
twenties and thirties knew how to navigate the booking system. Women, trans people, people from Black
African communities and people who worked shifts were much less likely to be on PrEP at all, and much
more likely to drop off once they had started.

We could not simply add more clinic slots; we had neither the rooms nor the staff. We needed somewhere
closer to people, open longer hours, and able to do the safety checks properly. Community pharmacies
were the obvious answer, but they had no access to our records, no way of taking a blood sample for
kidney function, and in many cases no experience of talking to people about sex.
"""),
        ("evidence", "What has changed for people on PrEP", """
From May 2023, people who have been on PrEP for at least three months and have no complications can
choose to collect their next supply from one of 19 accredited pharmacies across the borough. At each
collection the pharmacist hands over a self-sampling kit for HIV and, once a year, a finger-prick kit for
kidney function, which the person posts to our laboratory. The pharmacist can see a short summary of the
person's clinic record through a shared portal and will not release a supply unless there is an HIV test
result from the last three months or a kit is completed on the spot. Results come back to our clinic,
where health advisers follow up anything abnormal within two working days.

<<Q:The proportion of people on PrEP who had an HIV test within three months before each supply rose from
58% in the year before the scheme to 91% in the year to May 2024.>> <<Q:People with a kidney function
check more than twelve months overdue went from 240 in April 2023 to 35 in April 2024.>> <<Q:Gaps of more
than a month in PrEP supply, which we measure from prescription records, fell from 31% of people on PrEP
to 12%.>>

There have been no new HIV diagnoses among people collecting PrEP from pharmacies. Across the whole
service, 1,140 people now collect from a pharmacy, and 214 of them are women, trans or non-binary people,
or people from Black African communities, groups we had struggled to reach before.

<<Q:The routine clinic wait for a PrEP review has come down from five to seven weeks to under two weeks,
which means the people who do need to be seen, such as those with side effects or abnormal results, get
in quickly.>>
"""),
        ("stakeholders", "Working it out together", """
<<P:Before we designed anything, members of Positive Hartsmere and people already on PrEP met with us
over three evenings and told us, bluntly, that they would not use a pharmacy if they had to talk about
sex at the counter.>> <<P:They asked for a private room every time, a code word to give at the counter
instead of a name, and a text message when the supply was ready, and all three became conditions of a
pharmacy's accreditation.>> <<PS:Jonah Mbeki, a peer navigator employed by Positive Hartsmere who has been
on PrEP himself for six years, sat on the design group and wrote the first version of the guide that
pharmacists give to new PrEP users.>>

<<S:Pharmacists from six pilot pharmacies tested the portal with us for two months and asked for the
HIV test date to be shown at the very top of the summary screen, where it now sits.>> <<S:Our health
advisers changed the way abnormal kidney results are handled after they found that the laboratory's
flag was going to a shared inbox nobody owned, and they now have a named adviser on each day.>> <<S:The
LPC's training lead and our senior nurses wrote the accreditation standard together, and counter staff
at the pilot pharmacies reviewed the wording of the code-word card.>>
"""),
        ("value", "Is it worth it?", """
Each pharmacy supply costs the service a fee of £18 plus the kit, compared with around £95 for a clinic
review. A single new HIV infection costs the NHS several hundred thousand pounds in lifetime treatment,
quite apart from the effect on the person. The council has funded the pharmacy fees from the public
health grant because it releases clinic appointments for people with symptoms.

People on PrEP tell us the scheme fits around their lives. Pharmacists tell us they enjoy it and that it
has brought new customers through their doors for other things too.
"""),
        ("spread", "Sharing it", """
The pharmacy standard, the portal summary screen and the code-word card are available to any sexual
health service that asks. Two neighbouring services have visited and one has begun a pilot with its own
pharmaceutical committee. We have presented the work at a national sexual health conference and at the
regional HIV prevention network.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1426  partner notification for gonorrhoea and syphilis - docx - bold
#        headings with a cover table - council consultant in public health,
#        measured - council with the community trust sexual health service
#        and UKHSA - staff involved - NO patient involvement (index patients
#        sent texts, a survey that changed nothing, a plan, a negation)
# ---------------------------------------------------------------------------
entry(
    id="I1426", format="docx", layout="bold_headings", topic="sti_partner_notification",
    project="independent90-tellthem-1426", docx_font="Calibri",
    title="Tell Them Safely: partner notification for gonorrhoea and infectious syphilis",
    cover_table=[
        ("Entry title", "Tell Them Safely: partner notification for gonorrhoea and infectious syphilis"),
        ("Lead organisation", "Eastwold County Council (Public Health)"),
        ("Partners", "Marlcombe Community NHS Trust (Eastwold Sexual Health Service); UK Health Security Agency (East Wolds Health Protection Team)"),
        ("Contact", "Ruth Adebayo-Clarke, Consultant in Public Health"),
    ],
    primary_entrant=dict(name="Eastwold County Council", type="local_authority"),
    partners=[
        dict(name="Marlcombe Community NHS Trust", type="nhs_trust"),
        dict(name="UK Health Security Agency", type="public_other"),
    ],
    sections=[
        ("context", "The problem we set out to solve", """
Eastwold, like much of England, has seen large rises in gonorrhoea and infectious syphilis. Each
diagnosis is only half the job. Unless the people the patient has had sex with are told, tested and
treated, the infection will return to the same person or pass on to others. For syphilis, the stakes are
particularly high: untreated infection can damage the brain, eyes and heart, and in pregnancy can cause
stillbirth or serious harm to the baby.

Partner notification is traditionally done by sexual health advisers, who talk to the patient about their
recent partners and then either support the patient to tell them or contact the partners directly. In
Eastwold this had become a paper exercise. Health adviser posts had been cut during a re-procurement, the
clinic's notes system recorded the number of partners named but not whether any of them attended, and
nobody looked at the figures from one year to the next.

In 2022 the UKHSA health protection team identified a cluster of infectious syphilis across two market
towns, including a pregnant woman whose partner had been diagnosed at our clinic four months earlier. The
partner had named her, but the record showed only 'patient to inform'. Nobody had checked.

As commissioner of the sexual health service, the council carried responsibility for the contract, but
the problem sat across organisations: the clinic did the work, the UKHSA held the outbreak data, and
neither was set up to see the whole picture.

When we pulled together a year of records, the picture was worse than we feared. For gonorrhoea, fewer
than half of named partners had any record of attending a clinic anywhere in the county. For syphilis,
where partners from up to three months back need testing, the clinic's notes often recorded only the
most recent partner. Some partners had been contacted by phone from a withheld number and had hung up,
assuming it was a scam. Others had been told by the index patient in a text that simply said 'get
checked', with no explanation of what for, and had gone to their GP, who had tested for chlamydia only.

We also found that the health advisers who remained were spending most of their time on HIV and
safeguarding work and had little protected time for partner notification at all. The outbreak data held
by the UKHSA showed repeated infections moving between the same small networks of people, but this was
never fed back to the clinic in a form the health advisers could use.
"""),
        ("evidence", "Evidence of improvement", """
We agreed three changes in early 2023. First, every case of gonorrhoea and infectious syphilis now has a
partner notification plan recorded in a structured template, with each partner listed and a date by
which they should be tested. Second, the clinic offers an anonymous notification service: the health
adviser sends a text or email to each partner from the clinic, without naming the index patient, giving
a direct booking link and an appointment within two working days. Third, health advisers review every
open plan at two and four weeks, and the UKHSA team joins a monthly meeting to look at clusters.

The national audit measure is the number of partners confirmed as tested for each index case. <<Q:For
gonorrhoea this went from 0.41 in 2022 to 0.78 in 2024.>> <<Q:For infectious syphilis, the proportion of
named partners tested within four weeks went up from 38% to 67% over the same period.>> <<Q:Repeat
gonorrhoea diagnoses in the same person within six months, which usually means an untreated partner,
fell from 14% of cases to 8%.>>

In 2024 health advisers sent 1,912 anonymous notifications. No pregnant partner of a syphilis case has
been missed since the new template was introduced, although we know that this is a small number and we
cannot be sure it will stay that way.
"""),
        ("stakeholders", "Who was involved", """
<<S:The clinic's health advisers designed the template themselves over a series of lunchtime sessions,
and they removed half of the fields we had proposed because they could not be completed during a real
consultation.>> <<S:Receptionists pointed out that partners who rang with a notification text were being
put through the general booking line and waiting days, so a separate ring-fenced slot list was set up at
their suggestion.>> <<S:The UKHSA health protection nurses and the clinic's lead nurse agreed the monthly
cluster meeting format and tested it for three months before it became routine.>>

Index patients were sent a text explaining that their partners would be contacted anonymously unless they
chose to tell them in person. We ran a short online questionnaire for people who used the service in
2023, and most respondents said the anonymous texts were acceptable, so we kept the wording as it was.
Patients were not part of the project group, mainly because of the sensitivity of the subject. We
intend to set up a service user panel for the sexual health service during the next contract year.
"""),
        ("value", "Value", """
The anonymous notification system was built on the clinic's existing text messaging contract and cost
about £6,000 to set up. The structured template took health adviser time rather than money. Treating a
case of syphilis early costs little; the cost of congenital syphilis or late neurological disease is
enormous, both for the person and the NHS.

Health advisers tell us they feel their work is visible again and that the monthly review gives them a
reason to chase partners rather than closing the case.

The council has agreed to fund one additional health adviser post from the public health grant from April
2025, on the strength of the results, so that partner notification has protected time rather than
competing with other urgent work.
"""),
        ("spread", "Spread", """
The template and text wording have been shared with the other sexual health services in the UKHSA region.
Two have adopted the anonymous notification service. The council has written partner notification
outcomes into the new sexual health contract as a key performance indicator.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1427  under-16s in sexual health clinics: risk assessment and safeguarding
#        - docx - numbered questions with cover bullets - young people's
#        service lead nurse, warm - community trust with the council's
#        children's services and a youth charity - young people involved
#        (told in the context section, under a nickname) and staff involved -
#        no flags
# ---------------------------------------------------------------------------
entry(
    id="I1427", format="docx", layout="numbered_questions", topic="under16_sexual_health_safeguarding",
    project="independent90-askmeproperly-1427", docx_font="Arial",
    title="Ask Me Properly: safer risk assessment for under-16s in sexual health clinics",
    cover=[
        "Greyford and Wendle Community NHS Trust, Young People's Sexual Health Service",
    ],
    cover_bullets=[
        "Partner: Greyford City Council (Children's Services and the Exploitation Hub)",
        "Partner: Wendlebury Youth Trust (registered charity)",
        "Entry by the Lead Nurse for Young People's Sexual Health",
    ],
    primary_entrant=dict(name="Greyford and Wendle Community NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Greyford City Council", type="local_authority"),
        dict(name="Wendlebury Youth Trust", type="charity"),
    ],
    sections=[
        ("context", "1. What was the safety problem and why was a partnership needed?", """
Every year around 900 young people under 16 come to our clinics for contraception, testing or emergency
contraception. Most of them are in ordinary relationships with people their own age and need good,
confidential care. A small number are being groomed, exploited or abused, and the clinic may be the only
professional they see.

Our staff were supposed to complete a risk assessment proforma with every under-16. In practice the
proforma was long, clinical, and felt like an interrogation. Our 2022 audit found it fully completed in
just over half of consultations. Where it was completed, concerns were often written in the notes but not
passed on, because staff did not know who in children's services to call, or had called before and heard
nothing back.

A serious case review in a neighbouring area, and one of our own cases in which a 14-year-old attended
three times for emergency contraception before anyone asked who she was having sex with, made it clear we
had to change.

The first people we asked were young people themselves. <<P:Six members of Wendlebury Youth Trust's
Speak Out panel, who like to be called the Thursday crew after the evening they meet, went through our
proforma line by line and told us which questions made them want to lie or walk out.>> <<P:They rewrote
the opening of the conversation so that it starts with what the young person came in for, and only then
moves on to relationships and safety.>>

We could not fix the second half of the problem, what happens after a concern is raised, without
children's services. The council's exploitation hub had a duty line, but nobody at the clinic had ever
met the people who answered it.

There were other gaps too. Our clinics run in four places, and each had developed its own habits: one
site used the proforma only for under-14s, another only if the young person was accompanied by an older
partner. Locum and bank staff often did not know the proforma existed. When a concern was raised, there
was no way of seeing whether the same young person had been to another of our sites with a similar story
a few weeks earlier, because the records were searched by name and many young people gave a different
name, or just a first name, each time.

We also learned that school nurses, who often knew the same young people, had no route into our records
and no way to be told, even with consent, that a young person they were worried about had attended.
"""),
        ("evidence", "2. What is the evidence that care is safer?", """
Since March 2023 all clinicians use the new Ask Me Properly conversation guide with every under-16, and
any concern is passed the same day to a named contact at the exploitation hub, who replies within 24
hours to say what has been done. The clinic's safeguarding nurse reviews every assessment each week.

We track completion of the full assessment on a run chart. <<Q:It shows a sustained shift from an average
of 54% of under-16 consultations with a complete assessment in the year before the change to an average
of 96% since, with every month above 90%.>> <<Q:Concerns passed to children's services from the clinic
rose from 11 in 2022 to 37 in 2024, and the proportion of those that the hub judged to need action went
up from 45% to 70%, which suggests we are spotting the right young people rather than simply referring
more.>>

<<Q:Repeat attendances for emergency contraception by under-16s with no completed assessment fell from
29 in 2022 to 3 in 2024.>>
"""),
        ("spread", "3. How has the learning been shared?", """
The conversation guide and the hub contact arrangement have been adopted by the school nursing service in
the same trust and by two GP practices that run young people's clinics. We presented at a regional
safeguarding children partnership event and the guide is now part of the partnership's multi-agency
training on exploitation.

We have also shared our run chart method and the audit questions with the national association of
sexual health nurses, so that other services can measure their own completion in the same way.
"""),
        ("value", "4. What difference has it made, and what did it cost?", """
The new guide cost nothing but time. The hub contact arrangement uses staff who were already in post.
The cost of failing to spot exploitation is measured in harm to children, not in money, but later
intervention is always more expensive for every service involved.

Clinicians say the conversation feels natural and that young people open up more. <<S:Our nurses and
doctors trialled three drafts of the guide in clinic over six weeks, and it was their feedback that cut
it from four pages to one double-sided card.>> <<S:Social workers from the exploitation hub sat in on
clinic sessions and then changed the hub's referral form so that it asks for the young person's own
words rather than a clinician's summary.>> <<P:The card was checked again by the Thursday crew before it was
printed, and they asked for the phrase 'you are not in trouble' to appear twice.>>
"""),
        ("stakeholders", "5. Who was involved and how?", """
<<PS:As well as the young people described above, the project group included clinic staff, the
safeguarding nurse and the council's exploitation hub manager.>> <<S:Receptionists told us that young people were
being asked for their date of birth at the front desk in front of other patients, and they changed the
booking-in process so that age is confirmed privately.>> <<S:The youth trust's youth workers helped us
run the sessions with the panel and advised on how to keep them safe and confidential.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1428  HIV testing in general practice for indicator conditions - docx -
#        no headings, long - GP federation clinical lead, reflective - GP
#        federation with the acute trust HIV service, an HIV charity and the
#        ICB - people living with HIV involved (passive voice), staff
#        involved - claims in words ('halved', 'a third fewer') - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1428", format="docx", layout="no_headings", topic="hiv_indicator_condition_testing_gp",
    project="independent90-missedchance-1428", docx_font="Georgia",
    title="No More Missed Chances: HIV testing in general practice for people with indicator conditions",
    cover=[
        "Northmoor and Aire GP Federation (lead), with Northmoor Teaching Hospitals NHS Foundation Trust (HIV and Sexual Health Department), the Lighthouse Positive Living Trust and NHS West Aire Integrated Care Board",
        "Entry by Dr Helen Okoro, GP and Clinical Lead for Sexual Health, Northmoor and Aire GP Federation",
    ],
    primary_entrant=dict(name="Northmoor and Aire GP Federation", type="primary_care"),
    partners=[
        dict(name="Northmoor Teaching Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Lighthouse Positive Living Trust", type="charity"),
        dict(name="NHS West Aire Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", None, """
I have been a GP in Northmoor for nineteen years, and for most of that time I thought of HIV as something
that the sexual health clinic dealt with. That changed in 2021, when a patient of mine, a woman in her
forties from a West African background, died of an HIV-related illness weeks after diagnosis. When we
looked back at her record, she had been seen in our practice eleven times in the previous four years,
with shingles, unexplained weight loss, a low platelet count and recurrent oral thrush. Each of those is a
recognised indicator condition: a problem that is more common in people with undiagnosed HIV and that
national guidance says should prompt an HIV test. Nobody, including me, had offered her one.

She was not unusual. When the HIV department at Northmoor Teaching Hospitals reviewed everyone diagnosed
late in our area over three years, more than two-thirds had seen a GP with at least one indicator
condition in the year or two before. People diagnosed late, with a CD4 count below 350, are far more
likely to die in the first year after diagnosis, more likely to have passed the virus on without knowing,
and more likely to need long and expensive hospital care.

Why were we missing them? Partly it was that HIV simply did not cross our minds in a ten-minute
appointment about shingles. Partly it was that GPs and nurses felt awkward raising it, particularly with
older patients, women, and people whose first language was not English. Partly it was that the test
itself felt like a specialist matter: consent, pre-test counselling and what to do with a positive
result were things we had been taught were complicated, even though national guidance had long since
simplified them. And partly it was that nobody was measuring it. No practice knew how often it tested,
and nobody asked.

Our federation covers 31 practices and about 410,000 patients. We already worked together on
extended-hours appointments and some shared clinical projects, but sexual health had never been on our
list. The HIV department had been trying for years to get primary care interested, mostly by sending
letters and guidance that disappeared into inboxes. The Lighthouse Positive Living Trust, a charity
that supports people living with HIV in the city, had been saying loudly that its members were being
diagnosed late after years of contact with the NHS. The integrated care board had just made reducing late
HIV diagnosis one of its priorities in its prevention plan, but had no obvious way of acting on it.

<<PS:So in early 2022 we set up a small group: two GPs, a practice nurse, a practice manager, a consultant
and a health adviser from the HIV department, the charity's chief executive and two of its members, and
a commissioning manager from the ICB.>> <<PS:We met monthly, in the evening, at the charity's building, which
turned out to matter more than we expected: it meant the clinicians were guests, not hosts.>>
"""),
        ("evidence", None, """
What we built was not complicated. The federation's clinical systems team wrote a pop-up prompt for all
31 practices that appears when a clinician codes one of the main indicator conditions, such as shingles
in someone under 65, community-acquired pneumonia, unexplained low platelets or white cells, recurrent
candida, hepatitis B or C, lymphoma, or a new diagnosis of another sexually transmitted infection. The
prompt suggests an HIV test and offers a one-click order. The HIV department agreed that any reactive
result would be phoned to the practice the same day and that the patient would be seen in the HIV clinic
within 48 hours, with a health adviser ringing the practice to arrange it, so no GP would be left
holding a positive result without support. The laboratory added an automatic comment to every HIV
request from primary care with the direct number for advice.

We also made it easier to talk about. Each practice received a short training session, in person, from
one of our GPs and a health adviser. We dropped the idea of separate pre-test counselling and instead
gave clinicians a single sentence to use, and we encouraged practices to offer HIV testing routinely at
new patient registration, as the guidance already recommends in an area with our prevalence.

The results have been better than any of us expected. <<Q:In the two years before the prompt went live,
practices tested about one in eight people who had an indicator condition coded; in the two years after,
it was nearly one in two.>> <<Q:The number of people in our area diagnosed with HIV at a late stage
halved, from 26 in 2021 to 13 in 2024, while the total number of new diagnoses stayed about the same.>>
<<Q:When the HIV department repeated its review of missed opportunities, there were a third fewer
newly diagnosed people who had seen a GP with an indicator condition without being offered a test.>>

Between April 2022 and March 2025 practices in the federation did 14,800 HIV tests. Forty-seven people
were newly diagnosed with HIV through general practice, and every one of them was seen in the HIV clinic
within the 48 hours agreed. Some were people in their sixties and seventies, some were women who had
never been asked about sex by a doctor, and several had been in and out of the practice for years.

We have looked hard at whether something else could explain the change. Testing nationally also rose
after the pandemic, and an opt-out testing programme started in the city's emergency department in 2023.
But the emergency department programme diagnoses a different group, mostly people who were not
registered with a GP or had not seen one, and the rise in testing was clearly in the practices, not just
in the area.
"""),
        ("stakeholders", None, """
The most important voices in this project did not belong to clinicians. <<P:The wording of the pop-up,
and the single sentence we ask clinicians to use, were read aloud to a group of people living with HIV
at the charity's Tuesday drop-in, and were changed twice on the strength of what they said.>> <<P:The
original line, 'HIV testing is recommended for people with this condition', was judged by them to sound
like an accusation, and what practices now say is 'We offer everyone with this kind of illness a blood
test for HIV, as a routine check; is that alright?'>> <<P:Two of the charity's members also came to our
practice training sessions and spoke, with great courage, about how they were diagnosed, and several
practices said afterwards that it was those stories that changed their minds.>>

<<S:Practice nurses asked for the prompt to appear only once per condition per year, because early
versions fired every time a code was used and they were learning to ignore it.>> <<S:Practice managers
helped design the monthly testing report that each practice now receives, and asked that it compare
their practice with the federation average rather than rank practices against each other.>> <<S:Health
advisers from the HIV department worked with our receptionists to write a short script for booking
follow-up appointments that did not mention HIV over the phone, after receptionists raised concerns about
patients being overheard at home.>>
"""),
        ("value", None, """
The pop-up and reporting cost about £9,000 in clinical systems time, paid by the ICB. The training was
delivered by our own staff. The tests themselves cost a few pounds each. Against that, the lifetime cost
of treating HIV is much the same whether diagnosed early or late, but a late diagnosis adds an average
of several weeks of inpatient care in the first year, and people diagnosed late are more likely to have
passed on the virus to partners without knowing.

For practices, the change has also been cultural. Clinicians tell us that testing has stopped feeling
like a big conversation and started feeling like a normal part of care, which is exactly what we wanted.
"""),
        ("spread", None, """
The ICB has asked the other two GP federations in West Aire to adopt the same prompt and reporting from
this year, and the clinical systems templates have been shared through the national HIV prevention
network. We have written up the missed opportunities review with the HIV department so that other areas
can repeat it with their own data. Lighthouse has produced a short film with its members that practices
anywhere can use in training.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1429  emergency contraception in pharmacy, bridging contraception and a
#        copper coil route - pdf - CAPS headings - LPC chief officer, brisk -
#        LPC with the sexual health service and the council - women and
#        staff involved - NO quantitative evidence (consultations, numbers
#        trained, a single audit figure, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1429", format="pdf", layout="caps_headings", topic="emergency_contraception_pharmacy_bridging",
    project="independent90-morningafter-1429", pdf_font="LiberationSans", pdf_align="J",
    title="After the Morning After: emergency contraception in pharmacy with a safe next step",
    cover=[
        "Submitted by Kestle and Brayford Local Pharmaceutical Committee",
        "In partnership with Brayford Sexual Health (provided by South Kestle Healthcare NHS Trust) and Kestle County Council",
        "Contact: Chief Officer, Kestle and Brayford LPC",
    ],
    primary_entrant=dict(name="Kestle and Brayford Local Pharmaceutical Committee", type="primary_care"),
    partners=[
        dict(name="South Kestle Healthcare NHS Trust", type="nhs_trust"),
        dict(name="Kestle County Council", type="local_authority"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
Most emergency contraception in Kestle is supplied by community pharmacies: about 11,000 consultations a
year. Pharmacy is quick, local and open at weekends, which is what people need. But the service we had
was designed around a single tablet and very little else.

Three safety gaps kept coming up. First, the copper coil is by far the most effective emergency
contraception, yet almost nobody was offered it, because pharmacists had no way to get someone into a
clinic within the five days it can be fitted. Second, oral emergency contraception needs a higher dose
of levonorgestrel in women with a higher body weight or taking medicines such as some epilepsy drugs and
St John's wort, and ulipristal is made less effective by starting hormonal contraception too soon
afterwards; pharmacists' records showed weight was often not asked about and advice on restarting the
pill was inconsistent. Third, a woman who takes emergency contraception and has no ongoing method is
likely to need it again, or to become pregnant, within weeks.

The sexual health service saw the consequences: women attending for termination who had used pharmacy
emergency contraception earlier that month, and young women returning to pharmacies again and again.

Pharmacists were not to blame. They worked to a specification written ten years earlier, with a paper
form that asked for the date of the last period and little else. There was no easy way to ask someone
how much they weighed without causing embarrassment, no prompt for interacting medicines, and no
arrangement to offer anything beyond the single tablet. When a pharmacist did think a coil would be
better, the advice was to ring the sexual health clinic's booking line, which in practice meant a
recorded message and a call back the following day. By then the window had often closed.

There was also no join-up between the pharmacy and the clinic. A woman might be seen in three different
pharmacies in six months and nobody would know. The council commissioned both services but through
different contracts, managed by different officers, with different ways of measuring success.
"""),
        ("evidence", "WHAT WE HAVE DONE AND WHAT IT SHOWS", """
In 2023 the LPC, the council, which commissions both services, and Brayford Sexual Health agreed a new
specification. Every pharmacy consultation now includes a structured check of weight and interacting
medicines on a shared electronic template. Every woman is offered a three-month supply of the
progestogen-only pill to start straight away, or at the right time after ulipristal, so that she has
cover while she arranges longer-term contraception. And pharmacists can book a copper coil appointment
directly into a ring-fenced daily slot at the sexual health clinic, with a taxi voucher if needed.

Since September 2023:

- 64 pharmacies have signed up, and 212 pharmacists and pharmacy technicians have completed the training

- 15,420 emergency contraception consultations have been recorded on the template

- 6,310 women have accepted bridging contraception

- 388 copper coil appointments have been booked from pharmacies, of which 301 were attended

Our audit of 400 consultations in June 2024 found that weight and interacting medicines were recorded in
97% of them. We do not have a comparable figure from before, because the old paper forms were not kept.
Our aim is that one in ten women who are eligible should be offered a same-week coil appointment by the
end of 2025.
"""),
        ("stakeholders", "WHO TOOK PART", """
<<S:The first version of the template was tested by pharmacists in eight pharmacies, who told us it took
too long, and they cut it down by moving the medicines check to a single yes-or-no question with a
drop-down list.>> <<S:Nurses at the sexual health clinic designed the ring-fenced coil slots and suggested
the taxi voucher after noticing that women from the rural north of the county were not turning up.>>
<<S:Council commissioners and the LPC's pharmacist representatives agreed the payment structure together,
after pharmacists explained that paying per consultation discouraged the longer conversation about
ongoing contraception.>>

<<P:Young women from the college in Brayford told us, in two sessions run with their student services
team, that they would not take up the bridging pill if they were made to feel they had done something
wrong, and the consultation wording was changed to present it as 'something most people take away'.>>
<<P:A group of mothers from a Kestle children's centre checked the leaflet and asked for it to explain
the copper coil in plain words, with a picture of its real size.>>
"""),
        ("value", "VALUE", """
A three-month supply of the progestogen-only pill costs a few pounds. An unplanned pregnancy costs the
NHS far more, whatever its outcome, and can change a woman's life. The coil appointments use clinic time
that was previously lost to did-not-attends.

Pharmacists tell us the service feels more professional, and clinic staff are seeing women earlier.

The council has combined the two contracts under one commissioning manager, which has made it much
easier to make changes across both services. The cost of the bridging supply and the taxi vouchers is
about £41,000 a year, met from the public health grant.
"""),
        ("spread", "SPREAD", """
The specification has been shared with the regional network of pharmaceutical committees and two
neighbouring councils have asked for it. The template is available free to any LPC.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1430  combined pill prescribed online: blood pressure and migraine with
#        aura - pdf - lists - PRIVATE online pharmacy company as primary
#        entrant (ineligible), with a trust sexual health service and a
#        headache charity - superintendent pharmacist, corporate but plain -
#        customers and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1430", format="pdf", layout="bullet_lists", topic="online_combined_pill_bp_migraine_checks",
    project="independent90-pillcheck-1430", pdf_font="DejaVuSans", pdf_align="L",
    title="Pill Check: safer online prescribing of the combined contraceptive pill",
    cover=[
        "Primary entrant: Pillbox Direct Ltd (online pharmacy and prescribing service)",
        "Partners: Hollins Vale NHS Foundation Trust (Integrated Sexual Health Service); The Aura Trust (headache and migraine charity)",
        "Submitted by the Superintendent Pharmacist",
    ],
    primary_entrant=dict(name="Pillbox Direct Ltd", type="private"),
    partners=[
        dict(name="Hollins Vale NHS Foundation Trust", type="nhs_trust"),
        dict(name="The Aura Trust", type="charity"),
    ],
    sections=[
        ("context", "The safety issue", """
Pillbox Direct is a registered online pharmacy with an in-house prescribing team. Around 38,000 women get
their contraceptive pill from us, most of them the combined pill. Ordering online is convenient, but it
removes two things that used to happen at a face-to-face review:

- a blood pressure reading taken by a professional, which matters because the combined pill raises the risk of stroke and blood clots in women with high blood pressure

- a proper conversation about migraine, because women who have migraine with aura should not take the combined pill at all

Our questionnaire asked customers to type in a recent blood pressure and to tick a box if they had
migraine with aura. An internal review in 2022 showed the weaknesses:

- many readings were clearly copied from an old appointment or were round numbers such as 120/80 entered year after year

- the migraine question used clinical language that many women did not understand; several who later told us about flashing lights or zigzag lines before a headache had ticked 'no'

- two customers had a stroke while taking the combined pill supplied by us; both had migraine with aura that had not been picked up

We could not fix this alone. We needed help to measure blood pressure reliably at home and to ask about
migraine in a way women recognise, and we wanted an NHS service to see our approach and tell us where we
were wrong.

We also knew that many of our customers choose us because they cannot easily get to a GP or clinic:
shift workers, students away from home, women in rural areas and women who find it hard to talk about
contraception face to face. Any new checks had to be safe without creating barriers that would push them
towards buying pills from unregulated websites, which some already did.

The NHS sexual health service at Hollins Vale agreed to work with us because it was seeing women who had
been prescribed the combined pill online and who, on examination in clinic, should not have been taking
it. It had no way of feeding that back to the companies concerned. The Aura Trust, a charity for people
with headache and migraine, had been campaigning for clearer advice on migraine and contraception and
offered to help us test our questions with women who have migraine.
"""),
        ("evidence", "What changed", """
Since January 2024:

- every customer renewing the combined pill must submit a blood pressure reading taken in the last
  month, either from a validated home monitor (we lend one free for two weeks) or from a pharmacy check,
  with a photograph of the display

- the migraine question was replaced by three plain questions with pictures of typical aura symptoms

- anyone with a reading above the safe limit, or possible aura, is switched to a progestogen-only method by one of our prescribers after a phone call, or referred to the NHS sexual health service if they prefer

Results:

- <<Q:The proportion of blood pressure readings that were repeated exactly from the previous order fell from 41% to 6%.>>

- <<Q:Customers identified as having migraine with aura rose from 0.4% of combined pill users to 2.9%, which is much closer to what would be expected in women of this age.>>

- <<Q:Combined pill supplies to women with a blood pressure above the safe limit, found on later review, went down from 212 in 2023 to 19 in 2024.>>

- 1,060 women were moved to a safer method in 2024 and 87 were referred to the NHS service
"""),
        ("stakeholders", "Who helped", """
- <<P:Members of the Aura Trust's online community tested our new migraine questions and the pictures, and told us that 'visual disturbance' meant nothing to them whereas 'zigzag lines or a shimmering patch' did.>>

- <<P:Twelve of our own customers who had been switched to the progestogen-only pill agreed to be interviewed, and because several said the first phone call felt like being told off, the prescribers' script was rewritten.>>

- <<S:Our prescribing pharmacists and the sexual health service's consultants reviewed 200 anonymised consultations together and agreed the thresholds and wording for switching methods.>>

- <<S:Customer service advisers suggested lending home monitors, because they were fielding calls from women who could not get a pharmacy appointment.>>
"""),
        ("value", "Value", """
- a home monitor costs us £14 to lend and post, and most are returned

- a stroke in a young woman costs the NHS tens of thousands of pounds in the first year and can be devastating

- women are now asking for advice about other methods, which our prescribers see as a good thing

- the NHS service's consultants now meet our prescribing team every quarter to review difficult cases, at no charge to either organisation
"""),
        ("spread", "Sharing", """
- the question set and pictures have been offered free to other online providers and to the national pharmacy regulator's working group on online prescribing

- the NHS sexual health service now uses the same aura pictures in its own online booking questions
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1431  post-exposure prophylaxis out of hours for students after sexual
#        assault - pdf - two columns - university head of student wellbeing,
#        earnest - university with the acute trust, the students' union and
#        a forensic healthcare company that runs the SARC - student survivors
#        involved - NO staff involvement (security staff and wardens trained,
#        ED staff briefed, a named lead wrote the pathway)
# ---------------------------------------------------------------------------
entry(
    id="I1431", format="pdf", layout="two_column", topic="student_sexual_assault_pepse_out_of_hours",
    project="independent90-seventytwo-1431", pdf_font="LiberationSerif",
    title="Seventy-Two Hours: getting students to emergency care and HIV prevention after sexual assault",
    cover=[
        "University of Castlemere (lead), with Castlemere Royal Infirmary NHS Trust, Castlemere Students' Union and Northgate Forensic Health Ltd (operator of the Castlemere Sexual Assault Referral Centre)",
        "Entry by the Head of Student Health and Wellbeing",
    ],
    primary_entrant=dict(name="University of Castlemere", type="university"),
    partners=[
        dict(name="Castlemere Royal Infirmary NHS Trust", type="nhs_trust"),
        dict(name="Castlemere Students' Union", type="charity"),
        dict(name="Northgate Forensic Health Ltd", type="private"),
    ],
    sections=[
        ("context", "The problem", """
After a sexual assault there are things that only work if they happen quickly. Post-exposure
prophylaxis after sexual exposure, known as PEPSE, can prevent HIV but must be started within 72 hours,
and the sooner the better. Emergency contraception works best in the first day or two. Forensic samples
are most useful if taken early. Yet students who are assaulted, most often at night and at weekends,
frequently tell nobody for days.

The University of Castlemere has 27,000 students, 6,000 of them in halls. Our disclosure records for
2021/22 showed that, of students who told a member of university staff about a recent assault, only a
minority were seen by the sexual assault referral centre or a sexual health service within 72 hours.
Students told us later that they did not know where to go, thought the emergency department was only for
injuries, or were put off by being asked if they wanted to report to the police.

Our own out-of-hours staff, mainly campus security and residence wardens, were often the first people
told, but had no clear guidance beyond calling the police.

Students are at particular risk in the first weeks of the autumn term, when many are away from home for
the first time, drinking more than they are used to, and do not yet have friends they trust. Our records
show that about a third of disclosures relate to assaults in the first six weeks of the year. Many of
the students who disclosed to us were international students, who were often unsure whether they were
entitled to free NHS care, and some were worried that contact with the police would affect their visa.

The emergency department at the Royal Infirmary stocks PEPSE, and the SARC takes self-referrals, but
neither had any link with the university. A student who went to the emergency department at 2am might
wait several hours and be discharged with a leaflet. A student who rang the SARC might be offered an
appointment the next day, but then have no way of getting there.

The university's student wellbeing service is only open in office hours. The students' union runs a
night-time welfare service at its venues, but its volunteers had no guidance on sexual assault beyond
calling security. It was clear that the people most likely to be told about an assault at night were
the least prepared to help.
"""),
        ("evidence", "What has improved", """
Since September 2022, any student who discloses a recent assault to a warden or security officer is
offered a direct, confidential call to the SARC's 24-hour line, and a taxi paid by the university to the
SARC or, if the SARC is closed, to the emergency department, where a PEPSE starter pack and emergency
contraception are kept. No police report is needed. The SARC follows up with the student and the
university's wellbeing team within one working day.

<<Q:Among students who disclosed an assault within 72 hours, the proportion seen by the SARC or the
emergency department within that window rose from 35% in 2021/22 to 82% in 2023/24.>> <<Q:The median time
from disclosure to being seen fell from 31 hours to 6 hours.>> <<Q:Students offered PEPSE, where it was
clinically indicated, went from fewer than half to all but one in the same period.>>

In 2023/24 the taxi scheme was used 58 times.
"""),
        ("stakeholders", "Involvement", """
<<P:Five students who had been assaulted in previous years worked with us over a term to design the small
card that wardens give out, and it was their idea to put the SARC number on the front and the words 'you
do not have to report to the police' on the back.>> <<P:They also asked that the taxi booking be made
without the driver knowing the destination was a SARC, which we arranged with the taxi firm.>>

All 140 wardens and 60 security officers completed a half-day training course. Emergency department
staff were briefed through the trust's clinical bulletin. The pathway itself was written by Dr Fiona
Marsh, our Head of Student Health and Wellbeing, and signed off by the three partner organisations.
"""),
        ("value", "Value", """
The taxi scheme costs around £2,500 a year. The card and training cost under £4,000. A single HIV
infection prevented saves the NHS many times that, and timely care after assault reduces the risk of
long-term harm to a student's health and studies.
"""),
        ("spread", "Spread", """
We have shared the card and pathway with the universities in our region through the student safety
network. The students' union has included the card in every fresher's welcome pack. Another university
in the county has asked to adopt the taxi arrangement with its own SARC.

We would like in future to add a text message follow-up a week after the SARC visit, to check that
students have completed their course of PEPSE, which must be taken for 28 days.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1432  reactive finger-prick HIV tests at community outreach - docx -
#        rubric headings - charity director, community voice - African and
#        Caribbean community health charity with the acute trust HIV clinic
#        and the council - community members and staff involved - NO
#        quantitative evidence (tests done, reactive results, all linked with
#        no earlier figure, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1432", format="docx", layout="rubric_headings", topic="community_hiv_point_of_care_linkage",
    project="independent90-nextday-1432", docx_font="Calibri",
    title="Next Day, Not Never: linking people with reactive community HIV tests to care",
    cover=[
        "Lead organisation: Harambee Health Link (registered charity)",
        "Partners: Southmere University Hospitals NHS Trust (Department of HIV Medicine); Southmere Borough Council (Public Health)",
        "Written by Grace Nyambura, Director, Harambee Health Link",
    ],
    primary_entrant=dict(name="Harambee Health Link", type="charity"),
    partners=[
        dict(name="Southmere University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Southmere Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", "Why was this partnership needed and what were the safety goals?", """
Harambee Health Link was started by a group of African and Caribbean women in Southmere twenty years ago,
after too many funerals. Today we offer HIV, hepatitis and blood pressure testing at churches, markets,
barbershops, hair salons and community festivals, because many people in our communities will not walk
into a sexual health clinic.

Our outreach workers use finger-prick HIV tests that give a result in a minute. A negative result is
reliable. A reactive result is not a diagnosis: the person needs a blood test at an HIV clinic to
confirm it, and if it is confirmed they need to start treatment. For years, that last step was where
people were lost. We would give the person a leaflet and the clinic's phone number and hope.
Sometimes they rang. Often they did not.

We found out how bad this was in 2022, when the HIV clinic told us that a woman we had tested at a church
event eighteen months earlier had just been admitted to intensive care with pneumocystis pneumonia. She
had never gone to the clinic. She was frightened of being seen there by someone from her church, she did
not have the bus fare, and when she rang, she was put on hold and gave up.

Our safety goal was simple: nobody with a reactive test at one of our events should leave without a
confirmed next step, and nobody should be lost between us and the clinic.

We had tried to solve this on our own before. We gave people printed referral letters, rang them a week
later, and offered to book the clinic appointment for them. It helped a little, but we had no way of
knowing whether they had gone, because the clinic could not tell us without the person's consent, and we
had never asked for it. The clinic, for its part, did not know who we had tested, so could not chase
anyone. Each organisation assumed the other was following up.

The council, which funds our outreach, measured us on the number of tests we did. Nobody measured what
happened next.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Since April 2023, when a test is reactive, the outreach worker phones a dedicated mobile held by a
health adviser at the HIV clinic during the event. The health adviser speaks to the person there and
then, and books a confirmatory test for the next working day, either at the clinic or, if they prefer,
at our own office, where a clinic nurse now runs a Wednesday session. We pay for a taxi if needed, and an
outreach worker can go with them. The health adviser tells us when the person has attended.

Between April 2023 and March 2025 we carried out 4,730 HIV tests at 212 community events. Thirty-one tests
were reactive. Every one of those 31 people had a confirmatory test, 24 of them on the next working day.
Twenty-two were confirmed as having HIV and all 22 have started treatment. Before the partnership we
did not record what happened after a reactive result, so we cannot say how many people were lost in
earlier years, only that we know of some.

We have also tested 1,350 people for hepatitis B and C and referred 17. The council has set us a target
of 6,000 tests a year by 2026.
"""),
        ("stakeholders", "How were patients, service users and staff involved?", """
<<P:Members of our Positive Sisters group, women who are living with HIV and were mostly diagnosed late,
told us what had stopped them going to the clinic after a reactive test, and it was their idea to have
the clinic nurse come to our office instead.>> <<P:Two of them now come to outreach events and stand with
the person while the health adviser is on the phone, something they asked to do themselves.>>

<<S:Our outreach workers designed the reactive result script with the clinic's health advisers, and they
insisted that the person should never be handed the phone while other people can hear.>> <<S:The health
advisers asked for the dedicated mobile after trying to take calls on the clinic's main line, which was
too busy, and they set up the rota that covers every event.>>
"""),
        ("value", "What has been the impact on experience, and what is the value for money?", """
The dedicated phone and the Wednesday nurse session cost about £14,000 a year, which the council pays
from the public health grant. A single person diagnosed late and admitted to intensive care can cost the
NHS that much in a few days. More importantly, people are starting treatment while they are well, and
once treated they cannot pass on the virus.

People tell us that being spoken to by a real person, there and then, took away the fear.
"""),
        ("spread", "How has the learning been shared and spread?", """
We have shared the reactive result script and the phone rota with three other community organisations in
the city that do outreach testing. The HIV clinic now offers the same arrangement to the council's
drug and alcohol outreach team. We spoke about the work at a national conference on HIV in Black
communities in 2024.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1433  coil fitting in general practice: lost threads, perforation, lapsed
#        competence - pdf made from Word (style headings) - PCN clinical
#        director, practical - PCN with the community trust SRH service and
#        the acute trust gynaecology ultrasound service - staff involved - NO
#        patient involvement (women given leaflets and texts, feedback that
#        changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1433", format="pdf", layout="style_headings", topic="gp_iud_fitting_lost_threads_competence",
    project="independent90-threadsafe-1433", render_via="soffice", docx_font="Liberation Serif",
    title="Thread Safe: shared governance for coil and implant fitting in general practice",
    cover=[
        "Lead: Felbridge and Oakhurst Primary Care Network (nine GP practices)",
        "Partners: Wyvern Valley Community Health NHS Trust (Sexual and Reproductive Health Service); Wyvern Valley Hospitals NHS Trust (Gynaecology and Early Pregnancy Ultrasound)",
        "Author: Dr Priya Raman, Clinical Director",
    ],
    primary_entrant=dict(name="Felbridge and Oakhurst Primary Care Network", type="primary_care"),
    partners=[
        dict(name="Wyvern Valley Community Health NHS Trust", type="nhs_trust"),
        dict(name="Wyvern Valley Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Background", """
Intrauterine devices (coils) and contraceptive implants are the most reliable forms of contraception, and
in our area most of them are fitted in general practice rather than in a specialist clinic. Our nine
practices fit around 1,500 coils a year, including hormonal coils used for heavy periods and as part of
hormone replacement therapy.

Coil fitting is safe in trained hands, but it carries real risks. The device can perforate the womb
during fitting, it can be expelled without the woman noticing, and the threads used to check its
position and to remove it can disappear from view. When threads cannot be seen, the woman needs an
ultrasound scan to find the device, and until then she may not be protected against pregnancy.

In 2022 we reviewed our own processes after a woman became pregnant with a coil that had been expelled
months earlier. She had been told at her six-week check that the threads could not be felt, advised to
use condoms, and given a request form for an ultrasound. The scan was never booked, because the form had
gone to a general radiology queue with a routine priority and a waiting time of fourteen weeks. When we
looked further we found a number of other problems:

- no practice kept a register of women with lost threads, so nobody knew how many were waiting

- fitters' letters of competence, which need regular re-certification through a minimum number of fittings and updates, had lapsed for several GPs and nurses without anyone noticing

- there was no agreed route to get a difficult removal or a suspected perforation seen quickly

- the nearest specialist clinic, run by the community trust, had the skills but was not commissioned to take these referrals from general practice

These were not problems any one practice could solve. Some of them sat in the hospital, some in the
specialist service, and some in how our practices organised themselves.
"""),
        ("evidence", "Results", """
From March 2023 we put in place a single lost threads pathway. A fitter who cannot see or feel threads
refers directly, using a one-page form, to a weekly early pregnancy unit ultrasound list that the
hospital has ring-fenced for us. If the scan shows the device is not in the right place, the woman is
seen in the community trust's complex contraception clinic within two weeks. Each practice keeps a lost
threads register, reviewed monthly by a named nurse, and the PCN keeps a shared list of fitters with the
date their competence is due for renewal.

<<Q:The proportion of women with lost threads waiting more than four weeks for a scan fell from 63% in
2022 to 9% in 2024.>> <<Q:The median wait for a scan went down from 11 weeks to 10 days.>> <<Q:Fitters
with an up-to-date letter of competence went from 13 of 24 in January 2023 to 22 of 22 in January 2025,
the total falling because two fitters chose to stop fitting rather than re-certify.>>

The register currently holds 41 women. There have been no pregnancies with a lost or expelled device in
women on the register.
"""),
        ("stakeholders", "Involvement", """
<<S:Practice nurses who fit coils designed the lost threads register and asked that it be kept on the
clinical system rather than a spreadsheet, so that it could not be lost when a nurse left.>> <<S:The
sonographers in the early pregnancy unit told us that our request forms often lacked the date of fitting
and the type of device, which they need to interpret the scan, and the form now has both as compulsory
fields.>> <<S:The community trust's consultants in sexual and reproductive health agreed the criteria for
complex referral with our GP fitters over two meetings and run a quarterly case review with them.>>

Women who have a coil fitted are given a leaflet explaining how to check their threads and what to do if
they cannot feel them, and are sent a text reminder at six weeks. We collect Friends and Family Test
feedback after fittings, which has been consistently positive and did not lead to any changes. We plan
to ask women who have been through the lost threads pathway about their experience during the coming
year.
"""),
        ("value", "Value", """
The ring-fenced ultrasound list replaced routine scans that would have happened anyway, so it has not
added cost. The complex clinic referrals are funded through an agreement between the ICB and the
community trust at about £160 per case. An unplanned pregnancy, or a perforation found late, costs far
more, and takes a heavy toll on the woman.

Fitters say they feel safer knowing where to send a difficult case. Keeping competence up to date has
also allowed us to plan training for new fitters, as two experienced GPs are close to retirement.
"""),
        ("spread", "Spread", """
The lost threads form and register template are now used by two other PCNs in Wyvern Valley, and the ICB
is considering making the pathway available county-wide. We presented the work at the regional
contraception and sexual health training day in 2024.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1434  contraception before leaving the maternity unit - docx - sections
#        in an unusual order (results first) - consultant midwife, lively -
#        acute trust maternity with the community trust sexual health service
#        and a PCN - mothers and staff involved - claims partly in words ('a
#        third fewer') - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I1434", format="docx", layout="reordered", topic="postnatal_contraception_before_discharge",
    project="independent90-beforeyougo-1434", docx_font="Cambria",
    title="Before You Go Home: contraception offered on the maternity unit",
    cover=[
        "Lead: Ambermouth and District Hospitals NHS Trust, Maternity Services",
        "Partners: Ambermouth Community Health Partnership NHS Trust (Sexual Health Ambermouth) and Ambermouth Central Primary Care Network",
        "Written by Sally Penhaligon, Consultant Midwife",
    ],
    primary_entrant=dict(name="Ambermouth and District Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Ambermouth Community Health Partnership NHS Trust", type="nhs_trust"),
        dict(name="Ambermouth Central Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("evidence", "What has changed", """
<<Q:Women leaving our maternity unit with an effective method of contraception, either started before
they went home or with a booked appointment for a coil or implant, went from 22% in 2022 to 61% in
2024.>> <<Q:Among women who gave birth with us in 2023, a third fewer became pregnant again within twelve
months than among those who gave birth in 2021, using the booking data from our own antenatal
clinic.>> <<Q:Requests for termination from women within a year of giving birth at our hospital,
measured by the sexual health service, fell from 48 in 2021 to 29 in 2024.>>

We now fit around 40 implants and 25 coils a month on the unit, including coils placed at caesarean
section, which almost never happened before.
"""),
        ("context", "Why we needed to change", """
When I started as a midwife, contraception was something we mentioned on the postnatal ward in a
hurry, usually as the woman was putting her coat on, and then left to 'your GP at six weeks'. That
six-week check is where it all falls down. Many women do not go, because they are exhausted and the
baby is the priority. Many GP practices no longer offer coils or implants. And fertility can return
within a month of birth, well before anyone asks about it.

A pregnancy less than a year after giving birth carries extra risks: premature birth, low birth weight,
and for women who have had a caesarean section, a higher risk of the scar giving way. In Ambermouth, a
coastal town with a young population and high deprivation, our data showed that around one woman in
seven who booked with us had given birth less than eighteen months before.

Maternity services are commissioned to deliver babies, not contraception. Sexual health services
provide contraception, but not on a maternity ward. General practice sits in between, with no time. So we
agreed to do it together. Since January 2023 the sexual health service has trained our midwives to fit
implants and trained obstetricians to place coils at caesarean section and shortly after vaginal birth.
Its nurses run a weekly postnatal contraception clinic in our building, and PCN practices can book women
into it directly if they missed the chance on the ward. Contraception is discussed at the 28 and 36 week
antenatal appointments, so that the decision is made before the birth, not in the fog afterwards.

Getting there was not straightforward. Our midwives had never been trained to fit implants, and there
were questions about indemnity, about who would stock the devices, and about who would follow up a woman
whose implant needed removing early. The sexual health service agreed to supply the devices and to see
any woman with a problem at its clinics. We agreed to record every fitting on the sexual health service's
system as well as our own, so that there would be one record the woman could be traced through. The
PCN's practices agreed to accept a standard letter and not to repeat the conversation unless the woman
wanted it.

Ward clerks were the surprise. <<S:It was the ward clerks who pointed out that the discharge checklist
had no box for contraception and added one, and who now hold the list of women waiting for the weekly
clinic.>>
"""),
        ("stakeholders", "Working with mothers and colleagues", """
<<P:Mothers from the Ambermouth Maternity and Neonatal Voices Partnership told us that being asked about
contraception straight after birth felt intrusive, and they suggested the antenatal conversation and
helped write the leaflet we now give at 28 weeks.>> <<P:One mum, who had twins fourteen months apart,
filmed a short video about her experience that we now play in antenatal classes.>>

<<S:Midwives who volunteered for implant training helped the sexual health nurses adapt the training
so that it fits around shifts, with short sessions on the unit rather than a full study day.>>
<<S:Obstetricians and theatre staff agreed a checklist for placing a coil at caesarean section, tested it
on twenty cases, and changed it to include a note for the woman's discharge letter.>> <<S:GPs from the
PCN asked for a single direct booking line into the weekly clinic and helped word the letter that goes
to every practice when a woman leaves the unit without a method.>>
"""),
        ("value", "Value", """
An implant costs under £100 and lasts three years. Fitting it on the unit saves a separate appointment
later. Each pregnancy that follows too soon after a previous one carries added costs for maternity and
neonatal services, and much higher risks for the mother and baby. The sexual health service's nurse time
is paid for from its existing budget, and the maternity service has absorbed the midwives' training time.

Women tell us they are grateful to have it sorted. Midwives have enjoyed learning a new skill, and our
retention survey suggests it has helped keep some experienced midwives in post.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I1435  test of cure after gonorrhoea - docx - style headings - lead health
#        adviser, terse - departments of one acute trust, NO partner
#        (ineligible) - staff involved - NO patient involvement (patients
#        texted, a negation, beneficiaries)
# ---------------------------------------------------------------------------
entry(
    id="I1435", format="docx", layout="style_headings", topic="gonorrhoea_test_of_cure",
    project="independent90-curecheck-1435", docx_font="Calibri",
    title="Cure Check: making test of cure after gonorrhoea treatment the rule, not the exception",
    cover=[
        "Radleigh Teaching Hospitals NHS Trust",
        "A joint project of the Department of Genitourinary Medicine, the Microbiology Laboratory and Outpatient Pharmacy",
        "Submitted by the Lead Health Adviser",
    ],
    primary_entrant=dict(name="Radleigh Teaching Hospitals NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Background", """
Gonorrhoea is becoming harder to treat. Strains resistant to ceftriaxone, the standard treatment, have
been found in England, and national guidance asks that everyone treated for gonorrhoea has a test of
cure two weeks after treatment, so that treatment failure, and possible resistance, is picked up before
it spreads.

In 2022 our department treated 1,480 people for gonorrhoea. Very few came back for a test of cure. Our
system relied on the patient remembering to book, and on clinicians remembering to remind them. The
laboratory did not know which samples were tests of cure, so a positive result was reported like any
other diagnosis and was not flagged for resistance testing. Pharmacy had no link to either.

Clinicians also told us that many patients who did return for a test of cure came too early, sometimes
within a week, when the test can still detect dead organisms and give a false positive result. Others
returned months later for an unrelated reason, by which time reinfection could not be distinguished from
treatment failure. A 2022 audit of 200 cases found that only 39% had a test of cure at any time, and only
a quarter of those were taken in the recommended window.

The national reference laboratory had asked all services to refer any isolate from a treatment failure
for further testing. We had referred none in the previous three years, not because there were none, but
because we were not finding them.
"""),
        ("evidence", "Results", """
From February 2023 every gonorrhoea treatment triggers an automatic test of cure booking, with a
self-sampling kit posted to the patient and a text reminder on day 14. Kits are labelled 'TOC' so the
laboratory treats a positive result as possible treatment failure, runs culture and sensitivity testing,
and phones the health adviser the same day.

<<Q:Test of cure completion rose from 39% in 2022 to 84% in 2024.>> <<Q:The time from a positive test of
cure to the patient being recalled for further treatment fell from a median of 9 days to 2 days.>> In
2024 the laboratory identified four treatment failures, all now treated, and referred two isolates to
the national reference laboratory.
"""),
        ("stakeholders", "Involvement", """
<<S:Health advisers and clinic nurses designed the automatic booking with the trust's digital team and
tested it for a month, after which they moved the reminder from day 10 to day 14 so that samples were not
taken too early.>> <<S:Biomedical scientists in microbiology suggested the TOC label and rewrote the
laboratory's reporting rules for those samples.>> <<S:Outpatient pharmacists asked to be copied in on
treatment failures so they can check which antibiotics were supplied.>>

Patients receive a text with their kit and reminder. We did not consult patients on the design, as the
changes were largely internal to the department and the laboratory. All patients treated for gonorrhoea
benefit.
"""),
        ("value", "Value", """
Kits cost about £7 each including postage. A single undetected resistant strain could lead to an
outbreak that is very expensive to control. Clinic time has been saved because tests of cure no longer
need an appointment.

The digital changes were built by the trust's own digital team in about six weeks. The cost of the kits
is met from the department's existing budget, and has been partly offset by fewer clinic attendances for
tests of cure.
"""),
        ("spread", "Spread", """
We have shared the labelling approach with the regional sexual health network and the laboratory has
presented it at the regional microbiology meeting.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1436  safeguarding information sharing from a young people's drop-in
#        clinic - pdf - numbered questions - youth charity chief executive,
#        plain - youth health charity with the council's children's social
#        care and the police - young people involved - NO staff involvement
#        (youth workers trained, social workers briefed, a named safeguarding
#        lead wrote the protocol, police attended the launch)
# ---------------------------------------------------------------------------
entry(
    id="I1436", format="pdf", layout="numbered_questions", topic="youth_dropin_safeguarding_information_sharing",
    project="independent90-nobodytold-1436", pdf_font="DejaVuSans", pdf_align="L",
    title="Someone Should Have Told Someone: safeguarding information sharing from a young people's sexual health drop-in",
    cover=[
        "Lead organisation: Tidewell Youth Health (registered charity)",
        "Partners: Tidewell Borough Council (Children's Social Care); Coastshire Police (Child Exploitation Team)",
        "Entry by the Chief Executive, Tidewell Youth Health",
    ],
    primary_entrant=dict(name="Tidewell Youth Health", type="charity"),
    partners=[
        dict(name="Tidewell Borough Council", type="local_authority"),
        dict(name="Coastshire Police", type="emergency_service"),
    ],
    sections=[
        ("context", "1. What was the problem?", """
Tidewell Youth Health runs a drop-in for young people aged 13 to 24 three evenings a week in the town
centre. Young people come for condoms, pregnancy tests, chlamydia and gonorrhoea tests, emergency
contraception and someone to talk to. Our nurses and youth workers see about 3,500 young people a year.

Because we are confidential and informal, young people tell us things they do not tell their parents,
their school or their social worker. Sometimes what they tell us is a warning sign: an older 'boyfriend'
who buys them things, being driven to parties in other towns, a phone they will not say who pays for.

Before 2023 we had no reliable way of sharing those concerns. We would ring the council's front door
team, who would ask whether we had the young person's consent and their full name and address, which
often we did not, because many of our young people give only a first name. The call would be logged as
'information only'. The police exploitation team, which might have recognised the older man's car or
the house where the parties were held, never heard about it.

In 2022 a 15-year-old girl who had come to us six times, each time with a concern noted in our records,
was found by police in a flat in another county, where she had been held for several days. Every one of
the six concerns had been recorded. None had reached anyone who could join them up.

When we looked back at our records over the previous two years, we found more than forty other young
people about whom a nurse or youth worker had written something worrying, and fewer than ten where
anything had been passed on. Our staff were not careless. They were torn between keeping the trust of
young people who might never come back if they felt betrayed, and a duty to protect them, and the system
gave them no middle way.

Children's social care and the police had the opposite problem: they knew about some
of the places and people involved in exploitation in Tidewell, but had no eyes on the young people who
were being drawn in before they went missing or were arrested.
"""),
        ("evidence", "2. What difference has it made?", """
Since April 2023, we have used a shared 'soft intelligence' form agreed with children's social care and
the police. It can be sent without the young person's full identity where that is all we have. It goes
to a single mailbox read every weekday by the council's exploitation coordinator and a police
analyst, who link it to other information and tell us within three working days whether any action has
been taken.

<<Q:Concerns passed on from the drop-in rose from 9 in 2022 to 64 in 2024, and the proportion that were
linked to an existing investigation or a known location went up from none to just over a third.>>
<<Q:The time from a concern being noted to it being seen by children's social care fell from an average
of 11 days, for the few that were shared, to 2 days.>>

In 2024 information from our forms contributed to the disruption of two addresses used for exploitation
and to protective plans for 12 young people.
"""),
        ("stakeholders", "3. Who was involved and how?", """
<<P:Our Youth Board, eight young people aged 15 to 21 who use the drop-in, told us they would stop coming
if they thought everything they said went to the police, so we agreed with them what would and would not
be shared.>> <<P:They wrote the explanation that is now on the wall of every consulting room, and chose
its title, 'What stays here and what doesn't'.>>

All 22 of our nurses and youth workers have completed training on the new form. The protocol was written
by our safeguarding lead, Maya Okonjo. Social workers in the front door team were briefed by the
council, and officers from the exploitation team attended our launch event in March 2023.
"""),
        ("value", "4. What has it cost, and what has it achieved?", """
The form and the mailbox cost nothing to set up. The exploitation coordinator's time is funded by the
council. For us the main cost was staff time for training. Against that, the cost of a single young
person being exploited, to them and to every service that later tries to help, is impossible to put a
figure on.

Young people have kept coming. Attendances at the drop-in in 2024 were at the same level as in 2022,
which tells us that sharing concerns carefully has not driven young people away, which was our biggest
fear at the start.
"""),
        ("spread", "5. How has it been shared?", """
The local safeguarding children partnership has adopted the soft intelligence form for all youth
services and sports clubs in Tidewell. We have shared it with the national network of young people's
sexual health charities.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1437  HIV medicines missing from GP records and dangerous interactions -
#        pdf - with appendix - ICB medicines optimisation lead, methodical -
#        ICB with two HIV services, the LPC and a peer support group - people
#        living with HIV involved (by pronoun), staff involved - a measured
#        change in the context section only - NO quantitative evidence
#        (records updated, interactions found, a single figure, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1437", format="pdf", layout="with_appendix", topic="hiv_medicines_gp_record_interactions",
    project="independent90-onerecord-1437", pdf_font="LiberationSerif", pdf_align="L",
    title="One Record, Every Medicine: making HIV treatment visible to GPs and community pharmacists",
    cover=[
        "Lead organisation: NHS Ferncastle and Wold Integrated Care Board (Medicines Optimisation Team)",
        "Partners: Ferncastle General Hospitals NHS Trust (HIV Service); Wold Coast Hospitals NHS Trust (HIV Service); Ferncastle and Wold Local Pharmaceutical Committee; Positive Voices Ferncastle (peer support group)",
        "Prepared by the Senior Medicines Optimisation Pharmacist",
    ],
    primary_entrant=dict(name="NHS Ferncastle and Wold Integrated Care Board", type="icb"),
    partners=[
        dict(name="Ferncastle General Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Wold Coast Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Ferncastle and Wold Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Positive Voices Ferncastle", type="patient_group"),
    ],
    sections=[
        ("context", "The safety problem", """
About 2,600 people living with HIV are cared for by the two HIV services in our area. Their antiretroviral
medicines are prescribed and supplied by the hospital clinics, often delivered to the person's home by a
homecare company. Because the GP does not prescribe them, they frequently do not appear on the GP record
at all, and so they are not visible to the community pharmacist, to a hospital doctor looking at the
shared care record, or to an out-of-hours clinician.

This matters because several HIV medicines interact seriously with common drugs. Boosted regimens
containing ritonavir or cobicistat can push the level of some statins, inhaled and injected steroids,
sedatives and anticoagulants to dangerous heights. Some antiretrovirals are made ineffective by indigestion
remedies or by supplements containing calcium, iron or magnesium. A GP starting simvastatin, or a
pharmacist selling an antacid over the counter, has no way of knowing the risk if the HIV medicine is not
on the record.

The HIV services had been seeing the consequences for some time. <<Q:Hospital admissions in our area
linked to interactions between boosted HIV regimens and other medicines, recorded by the two HIV
pharmacy teams, rose from 4 in 2019 to 11 in 2022.>> They included two people with Cushing's syndrome
caused by a steroid inhaler and one with severe muscle breakdown caused by a statin.

The obvious answer, to add HIV medicines to the GP record, had been discussed for years and never done.
Some people living with HIV do not want their HIV status on their GP record, or are worried about who
in the practice can see it. The hospitals' electronic prescribing systems did not send information to
GP systems. And nobody was sure whose job it was.
"""),
        ("evidence", "What has been achieved", """
In 2023 we agreed a process with both HIV services. At each annual review, the HIV pharmacist or doctor
asks the person whether they agree to their HIV medicines being recorded on their GP record as a
'hospital-issued medicine', using a form and leaflet designed for this purpose. With consent, the HIV
service sends a structured message to the practice, and a pharmacist in the practice or primary care
network adds the medicines and runs an interaction check against everything else the person takes.
Anything found is discussed with the HIV pharmacist the same week. Community pharmacies have been sent
a card for people to show when buying medicines, and a quick reference list of interactions.

By March 2025:

- 1,970 people had been asked, and 1,610 agreed to their medicines being added

- 1,540 GP records had been updated

- practice pharmacists had found 212 potentially serious interactions, and 188 medicines had been changed or stopped

Of the people asked, 82% agreed. Our target is that 95% of people under the care of the two HIV services
will have been asked by March 2026.
"""),
        ("stakeholders", "Who was involved", """
<<P:Members of Positive Voices Ferncastle raised the issue with us in the first place, after one of them
was prescribed a statin that interacted with his treatment.>> <<P:They were clear that consent must be
asked for, not assumed, and they drafted the consent form and leaflet, including the option of recording
the medicine without recording the diagnosis in the problem list.>> <<P:They also chose the words on the
pharmacy card, which says only 'I take a hospital medicine that interacts with others: please check
with the pharmacist'.>>

<<S:HIV pharmacists from both trusts wrote the interaction quick reference with the LPC, and community
pharmacists tested it at the counter for a month and asked for it to be one side of A4.>> <<S:Practice
pharmacists helped design the structured message so that it drops straight into the GP record without
retyping, after they found that retyping had introduced errors during the pilot.>> <<S:GP practice
managers raised concerns about access to sensitive records, and the ICB's information governance team
worked with them on a standard approach to confidentiality.>>
"""),
        ("value", "Value", """
The project has been delivered largely with existing pharmacist time across the ICB, the HIV services and
primary care. The structured message cost £11,000 to develop. The admissions caused by interactions were
long and expensive, and each one was avoidable.

People living with HIV tell us they feel safer knowing that their pharmacist can check. Clinicians in
general practice say they are more confident prescribing for patients with HIV.
"""),
        ("spread", "Spread", """
The consent form, the structured message and the interaction quick reference have been shared with the
national HIV pharmacy group and with two other ICBs, one of which is adapting the process for its own HIV
services. The HIV services are now asking the homecare company to include the same information on its
delivery notes.
"""),
    ],
    trailer=[
        ("heading", "Appendix: examples of interactions found and data sources"),
        ("para", "Examples of interactions found by practice pharmacists: simvastatin with a cobicistat-boosted regimen (statin stopped and switched); inhaled fluticasone with ritonavir (switched to an alternative inhaler); a calcium and vitamin D supplement taken at the same time as an integrase inhibitor (timing changed); apixaban with a boosted regimen (dose reviewed with the HIV pharmacist)."),
        ("para", "Data sources: consent and record updates from the HIV services' audit log; interactions from practice pharmacist returns to the ICB; admissions from the HIV pharmacy teams' incident records."),
        ("para", "NHS Ferncastle and Wold Integrated Care Board, Medicines Optimisation Team, Wold House, Ferncastle FW1 3QD."),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1438  ambulance crews caring for people after sexual assault - docx -
#        form with a cover table - ambulance service safeguarding lead,
#        careful - ambulance service with the community trust SARC and the
#        police - staff involved - NO patient involvement (survivors as
#        beneficiaries, a deliberate decision not to approach them, a
#        feedback card with no changes, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1438", format="docx", layout="form_table", topic="ambulance_sexual_assault_sarc_pathway",
    project="independent90-firstcrew-1438", docx_font="Arial",
    title="First Crew: ambulance care and direct SARC referral after sexual assault",
    cover_table=[
        ("Entry title", "First Crew: ambulance care and direct SARC referral after sexual assault"),
        ("Lead organisation", "Marrowdown Ambulance Service NHS Trust"),
        ("Partner organisations", "Marrowdown Community Health NHS Trust (Marrowdown Sexual Assault Referral Centre); Marrowdown and Vale Constabulary"),
        ("Contact", "Head of Safeguarding, Marrowdown Ambulance Service"),
    ],
    primary_entrant=dict(name="Marrowdown Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Marrowdown Community Health NHS Trust", type="nhs_trust"),
        dict(name="Marrowdown and Vale Constabulary", type="emergency_service"),
    ],
    sections=[
        ("context", "What was the problem and why was a partnership needed?", """
Ambulance crews are called to people who have been sexually assaulted more often than most people
realise, often at night, sometimes at a party or in the street, sometimes at home. In 2022 our records
showed around 900 such calls. Many patients have no serious physical injury, and the crew's instinct, and
our old guidance, was to take them to the emergency department.

For someone who has just been assaulted, the emergency department is often the worst place to be: hours
in a waiting room, repeated questions, no forensic facilities, and a real chance that forensic evidence
will be lost or that the person will leave before being seen. Time-critical treatment, emergency
contraception and HIV post-exposure prophylaxis, was often not started, because it was nobody's
priority in a busy department and the patient had not been triaged as urgent.

The local sexual assault referral centre offers crisis workers, forensic examiners, emergency
contraception and PEPSE around the clock, but crews did not know they could take patients there, or
thought they needed the police to refer. Police officers attending the same calls were unclear whether
they or the ambulance should transport the person.

A review in 2022, prompted by a complaint, found that a young woman assaulted at a festival had been
taken to an emergency department forty miles from the SARC, waited six hours, and left without being
examined or offered emergency contraception. She later discovered she was pregnant. The review found no
individual to blame; the crew had followed guidance that simply did not mention the SARC.

We could not change this alone. The SARC had the expertise and the facilities but no relationship with
crews. The police controlled the forensic process and many of the decisions about where a victim was
taken. The ambulance service controlled transport. Each organisation had its own safeguarding policy,
and none of them described how the three should work together at the scene.
"""),
        ("evidence", "What evidence is there of improvement?", """
Since June 2023 crews have a single decision aid: if the person has no injury needing hospital care, the
crew phones the SARC's 24-hour line from the scene, and a crisis worker speaks to the patient and
arranges direct admission to the SARC, with or without police involvement, according to the person's
wishes. Crews are guided on preserving evidence, for example keeping clothing in paper bags and
advising the person not to wash or drink if they can manage it. The police have agreed that officers will
meet the patient at the SARC rather than at the scene where that is safer.

<<Q:The proportion of patients conveyed by ambulance after sexual assault who were taken directly to the
SARC rose from 7% in 2022 to 58% in 2024.>> <<Q:Crew records documenting that emergency contraception
and HIV prevention were discussed went from 12% to 74% over the same period.>> <<Q:The SARC's audit of
people referred by ambulance found that the time from the 999 call to forensic examination fell from a
median of 14 hours to 4 hours.>>
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:A working group of paramedics and emergency medical technicians from all four ambulance divisions
wrote the decision aid with SARC crisis workers, and they shortened it to a single flowchart on the back
of the safeguarding card that every crew member already carries.>> <<S:Emergency operations centre call
handlers suggested adding a code to the 999 call so that crews are prompted about the SARC before they
arrive.>> <<S:The SARC's forensic nurses trained with crews on evidence preservation and, after feedback
from them, the SARC provided evidence bags for every ambulance.>> <<S:Police sergeants from the
constabulary's rape and serious sexual offences team helped agree who transports the patient and tested
the arrangement in two districts first.>>

Patients who have been assaulted are the people this work is for. We decided not to approach survivors
directly while designing the pathway, because we did not want to ask people to relive their experience
for us. The SARC gives every patient a feedback card, and the responses about ambulance care have been
positive; no changes have been needed. We hope to work with the local independent sexual violence
advisers' service to hear from survivors in the next year.
"""),
        ("value", "What has been the impact on experience, and value for money?", """
Conveying to the SARC rather than the emergency department frees ambulance crews faster and avoids an
emergency department attendance costing around £300. Avoiding an HIV infection or an unplanned pregnancy
saves far more, and better evidence preservation helps the police and the courts.

Crews tell us they feel they are doing the right thing for patients rather than simply taking them
somewhere.
"""),
        ("spread", "How has the work been shared?", """
The decision aid has been shared with the national ambulance safeguarding group and two other ambulance
services are adapting it with their own SARCs. The SARC now offers the same direct line to the NHS 111
clinical hub.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1439  contraception and sexual health in drug and alcohol services - pdf
#        - short form with a cover table - service manager, brief - drug and
#        alcohol charity with the sexual health service - women in treatment
#        involved - NO staff involvement (keyworkers trained, a nurse doing
#        her job, staff told) - NO value section
# ---------------------------------------------------------------------------
entry(
    id="I1439", format="pdf", layout="form_table", topic="contraception_drug_alcohol_services",
    project="independent90-herchoice-1439", pdf_font="LiberationSans",
    title="Her Choice: contraception and sexual health in drug and alcohol treatment",
    cover_table=[
        ("Entry title", "Her Choice: contraception and sexual health in drug and alcohol treatment"),
        ("Lead organisation", "Kingsmoor Recovery Partnership (registered charity)"),
        ("Partner", "Kingsmoor Healthcare NHS Trust (Kingsmoor Sexual Health)"),
        ("Entrant", "Service Manager, Kingsmoor Recovery Partnership"),
    ],
    primary_entrant=dict(name="Kingsmoor Recovery Partnership", type="charity"),
    partners=[dict(name="Kingsmoor Healthcare NHS Trust", type="nhs_trust")],
    sections=[
        ("context", "Why was this needed?", """
We provide community drug and alcohol treatment in Kingsmoor to about 1,900 adults, 520 of them women.
Many of the women we support have had children removed from their care, sometimes more than one. Many
have irregular periods because of drug use and assume they cannot get pregnant. Few of them use
sexual health clinics: appointment systems, waiting rooms and the fear of being judged keep them away.

Unplanned pregnancy in active drug use carries serious risks for the woman and baby, and pregnancies
were often found late, when options were limited. Chlamydia, gonorrhoea and hepatitis C were going
undiagnosed.

Kingsmoor Sexual Health offered a clinic in the town centre, but in 2022 its records showed that fewer
than forty women known to our service had attended in the whole year. Our keyworkers often talked with
women about contraception, but could only hand over a phone number, and most women did not ring it. Two
babies born in 2022 to women in our service had needed treatment for withdrawal in neonatal intensive
care after pregnancies that were only found when the women went into labour.

The partnership came out of a conversation between our service manager and the sexual health service's
lead nurse at a safeguarding meeting, and a simple question: what if the clinic came to us?

The answer needed both organisations. We had the building, the relationships with women and the hours
when they were already in the hub. The sexual health service had the nurse, the devices, the testing and
the clinical records. Neither could have done it on its own, and neither had to pay for anything new.
"""),
        ("evidence", "What evidence is there of improvement?", """
Since 2023 a sexual health nurse from Kingsmoor Sexual Health has run a weekly clinic inside our main
hub, offering implants, injections, pills, pregnancy tests and STI testing, with no appointment needed,
and keyworkers can bring a woman straight from her appointment.

<<Q:Women in our treatment service using a long-acting method of contraception rose from 9% in March
2023 to 27% in March 2025.>> <<Q:Pregnancies first identified after 20 weeks among women in treatment fell
from 11 in 2022 to 3 in 2024.>> The nurse has carried out 640 STI screens.

Since the clinic opened, 96 women have had an implant fitted and 71 have started contraceptive
injections at the hub. Thirty-eight women have been tested for hepatitis C at the clinic and referred
for treatment where needed, and every pregnancy test that was positive has been followed the same day by
a conversation with the nurse and, where the woman wanted it, a referral to the specialist midwife for
women who use drugs. Women can come to the clinic whether or not they have a keyworker appointment that
day, and around a third now come on their own.
"""),
        ("stakeholders", "How were service users and staff involved?", """
<<P:Women from our Tuesday women's group told us that a clinic in the hub would only work if it was in a
room away from the men's group, and the clinic now runs in the family room at the back of the building
with a separate entrance.>> <<P:They also asked for a female nurse, and for the clinic to keep going
through the school holidays, when many of them have contact with their children, and both requests were
met.>>

All keyworkers completed a one-hour session on contraception. The clinic is run by the sexual health
nurse, who sees women and records care in the sexual health service's own records. Staff were told about
the clinic at a team meeting.
"""),
        ("spread", "How has the work been shared?", """
The model has been presented to the council's drug and alcohol commissioning group and to the regional
network of drug treatment providers. The sexual health service is planning a similar clinic at the
homeless hostel.

We have also written a short guide for other drug and alcohol services on setting up an in-reach clinic,
including the room, the information sharing agreement and the records, which we will send to anyone who
asks.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="value"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1440  syphilis alerts and testing reminders through a dating app - docx -
#        lists - PRIVATE dating app company as primary entrant (ineligible),
#        with UKHSA and a sexual health service - head of trust and safety,
#        upbeat - users and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1440", format="docx", layout="bullet_lists", topic="dating_app_syphilis_alerts_testing",
    project="independent90-swipetest-1440", docx_font="Calibri",
    title="Swipe, Match, Test: syphilis alerts and testing reminders on a dating app",
    cover=[
        "Primary entrant: Kindred Apps Ltd (operator of the Linkup dating app)",
        "Partners: UK Health Security Agency (North Carrow Health Protection Team); Belmont Cross NHS Foundation Trust (Belmont Cross Sexual Health)",
        "Submitted by the Head of Trust and Safety, Kindred Apps",
    ],
    primary_entrant=dict(name="Kindred Apps Ltd", type="private"),
    partners=[
        dict(name="UK Health Security Agency", type="public_other"),
        dict(name="Belmont Cross NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why we got involved", """
Linkup is a dating app used mostly by gay, bisexual and other men who have sex with men. In the North
Carrow area about 46,000 people use it each month.

We are a small company of around 60 staff, based in North Carrow, and we have always thought of the app
as part of the community rather than just a business. We already ran a safety centre within the app with
advice on meeting people safely, and we had worked with a local LGBT+ charity on messages about drink
spiking. We had never worked directly with the NHS.

In 2023 the UKHSA health protection team contacted us about a sharp rise in infectious syphilis among
men in the city, many of whom had met partners through apps. The traditional approach to outbreaks:

- posters and leaflets in clinics, which mainly reach men already testing

- partner notification, which depends on people knowing how to contact their partners; many app partners are known only by a profile name

- paid adverts on apps, which users told us they scroll past without reading

The sexual health service also told us that syphilis is easy to miss: the first sore can be painless and
hidden, and the rash that follows is often mistaken for something else. Men were being diagnosed late,
some with eye and nerve involvement.

We had a choice about whether to get involved. Some of our users worry that health messages on a dating
app mark the app, and them, as a risk. Others told us they wanted the app to do more. We decided that a
platform on which so many people meet had a responsibility to help, provided we could do it in a way
that respected privacy: we do not hold any health information about our users, and we did not want to
start.

What we could offer was reach. Every user in the area opens the app several times a week. The clinic
and UKHSA could offer the right words, the testing and the treatment. Neither of us could do it
alone.
"""),
        ("evidence", "What we did and what changed", """
From September 2023:

- users in the outbreak area received an in-app health alert, written with the clinic, explaining the outbreak, the symptoms to look for and how to get a test

- users can opt in to a testing reminder every three months, with a one-tap link to order a free postal test or book at the clinic

- the app added an optional 'anonymous partner alert' that the clinic's health advisers can send, with the user's consent, to profiles the user has chatted with, without revealing who they are

Results, from the clinic and UKHSA:

- <<Q:Syphilis tests ordered by men in North Carrow through the clinic's online service went up from about 700 a month before the alert to about 1,150 a month in the six months after, and stayed above 1,000.>>

- <<Q:The proportion of infectious syphilis diagnoses at the secondary stage or later, rather than the early primary stage, fell from 47% to 31%.>>

- <<Q:In our own in-app survey, users reporting an STI test in the last three months rose from 34% before the campaign to 49% a year later.>>

- 2,900 users opted in to testing reminders and 212 anonymous partner alerts were sent
"""),
        ("stakeholders", "Who was involved", """
- <<P:We invited 30 Linkup users to three online workshops, and they told us that an alert starting with the word 'outbreak' felt like shaming, so the alert now opens with 'Looking after each other'.>>

- <<P:Users in the workshops also asked that alerts never appear while they were in a chat, and that reminders could be switched off with one tap, and both are now built in.>>

- <<S:Health advisers at Belmont Cross Sexual Health wrote the anonymous partner alert wording and tested it with our engineers on dummy accounts before it went live.>>

- <<S:Our trust and safety moderators raised concerns that partner alerts could be misused to harass people, and they designed the checks that mean only clinic staff can send them.>>

- <<S:UKHSA epidemiologists chose the areas and timing for each alert with our product team.>>
"""),
        ("value", "Value", """
- the app development cost us about £60,000, which we have funded ourselves

- the alerts cost the NHS nothing

- the clinic has handled the extra demand for postal tests within its existing contract, although it has
  asked its commissioner to review this if demand stays high

- finding syphilis at the primary stage means a single injection, rather than the long and complex treatment needed for late disease
"""),
        ("spread", "Spread", """
- we have offered the partner alert feature free to every sexual health service in the UK

- two other UKHSA regions have run the same in-app alert for their own outbreaks

- we shared what we learned at a national conference on digital sexual health
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)
