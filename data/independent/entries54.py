"""Fifty-fourth independent evaluation set (I849..I864) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing maternity and neonatal services,
health visiting teams, councils, charities, universities, a GP federation, a
pharmaceutical committee, a fire and rescue service and the odd private company send
in, in their own voices and at their own length.  The theme of this set is maternity,
neonatal and early years: antenatal care, labour wards, neonatal units, health visiting
and perinatal mental health, with councils, charities, universities and community
partners.

Topics: early-onset group B streptococcal infection in newborns, from a GP's test result
to observations on the first night (an acute trust maternity and neonatal service, with a
university and a bereaved parents' charity), carbon monoxide testing and opt-out stop
smoking support in pregnancy (a council public health team, a cover table), a second
question about mood asked by health visitors after birth, with peer supporters (a
community trust health visiting service, numbered questions with cover bullets),
pregnancy and birth in a women's prison (a charity lead, no headings, long), women
waiting between the stages of induction of labour across two units (two columns),
hypothermia in preterm babies between birth and the neonatal unit (a university lead,
CAPS headings), infant formula stretched with extra water by families using a food bank
(a food bank charity, a form), women who start antenatal care late (an integrated care
board with a community women's organisation, numbered questions), fathers' and
co-parents' mental health in the first year (a fathers' charity, style
headings), pulse oximetry screening for babies born at home and in a birth
centre (a private device company as primary entrant, lists), blood-thinning injections
after birth completed at home (a pharmaceutical committee, rubric headings),
extravasation injuries from drips on a neonatal unit (departments of one trust, no
partner, a pdf made from Word), urinary retention after birth (results first, no spread
section), scalds from hot drinks and bath water in babies and toddlers (a fire and rescue
service, with appendix), caesarean wound infections after discharge (a GP federation, a
form with a cover table) and checks on second-hand cots and car seats at a baby bank (a
baby bank charity on its own, short lists with no evidence section).

Lead types and layouts: I849 nhs_trust (acute maternity), pdf own_headings; I850
local_authority, docx bold_headings with a cover table; I851 nhs_trust (community), docx
numbered_questions with cover bullets; I852 charity, docx no_headings; I853 nhs_trust
(acute), pdf two_column; I854 university, pdf caps_headings; I855 charity (food bank),
docx form_table; I856 icb, pdf numbered_questions; I857 charity (fathers), docx
style_headings; I858 private, pdf bullet_lists; I859 primary_care (LPC), docx
rubric_headings; I860 nhs_trust (no partner), pdf style_headings via soffice; I861
nhs_trust (acute maternity), docx reordered; I862 emergency_service (fire and rescue),
pdf with_appendix; I863 primary_care (GP federation), pdf form_table; I864 charity (no
partner), docx bullet_lists.

Build it with

    .venv/bin/python data/independent/build.py --set 54   (writes data/corpus/independent54/)

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
  * not Q: dates, financial years, bed/ward/unit/centre counts, headcounts, numbers
    trained, activity counts (visits, calls, referrals, screens, vouchers, kits, people
    seen or identified), single figures with no baseline, a zero with no earlier
    figure, figures that did not change, budgets, costs and savings estimates, phone
    numbers, postcodes, reference numbers, targets not yet reached (even when worded
    as 'halve'), plans and hopes, comparisons that could not be made;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    ('halved', 'a third fewer', 'from just under half to almost two thirds', a
    sustained shift on an SPC chart); no_quantitative_evidence looks only at the
    evidence section (or the whole entry when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, parents, fathers, grandparents, women with lived
    experience, unusual job titles, list items), wherever in the entry it is told; a
    peer supporter or community connector with lived experience, employed by a partner,
    who helped design the work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed, enrolled or sent texts and
    leaflets, plans and intentions, negations, unnamed 'stakeholders', organisations
    agreeing, signing up or funding, a single named lead or worker doing their job,
    audiences at meetings that were only updated, surveys and questionnaires after which
    nothing changed, a problem described in the context without anyone shaping the work.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP federations and local pharmaceutical committees are primary_care;
maternity and neonatal voices partnerships, parents' support groups and women's health
forums are patient_group; food banks, baby banks, fathers' charities, community women's
organisations and bereaved parents' charities are charity; a prison is public_other; a
university is university; device companies are private).  A department or team of the
entrant's own organisation is not a partner.  Flags are written by hand and build.py
cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I849  early-onset group B strep infection in newborns - pdf - own headings -
#       consultant midwife and neonatal lead, measured - acute trust with a
#       PCN, a university midwifery school and a bereaved parents' charity -
#       parents, women and staff involved - claims include 'halved' and 'about
#       a third' - no flags
# ---------------------------------------------------------------------------
entry(
    id="I849", format="pdf", layout="own_headings", topic="group_b_strep_newborn_infection",
    project="independent54-knowgbs-849", pdf_font="LiberationSans", pdf_align="L",
    title="Know GBS, Watch Baby: preventing early-onset group B streptococcal infection in newborns in Brackendale",
    cover=[
        "Lead organisation: Brackendale Hospitals NHS Foundation Trust (Maternity and Neonatal Services)",
        "Partners: Brackendale Central Primary Care Network; University of Brackendale (School of Nursing and Midwifery); Hope for Rosa (registered charity)",
        "Entry prepared by the Consultant Midwife for Public Health and the Clinical Lead for the Neonatal Unit",
    ],
    primary_entrant=dict(name="Brackendale Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Brackendale Central Primary Care Network", type="primary_care"),
        dict(name="University of Brackendale", type="university"),
        dict(name="Hope for Rosa", type="charity"),
    ],
    sections=[
        ("context", "Why we needed to act", """
Group B streptococcus (GBS) is a common bacterium that lives harmlessly in the gut and vagina of
around one in four pregnant women. Most of their babies are never affected. A small number, though,
become infected around the time of birth. Early-onset GBS infection shows itself in the first week of
life, usually within the first twelve hours, and can cause sepsis, pneumonia and meningitis. Some
babies die, and some survive with brain injury, hearing loss or cerebral palsy. Much of this can be
prevented by giving the mother intravenous antibiotics in labour when GBS is known to be present, and
by watching babies with risk factors closely in the hours after birth.

About 5,600 babies are born in Brackendale each year, in our consultant-led unit and the midwife-led
unit next to it. When we looked back at every case of early-onset GBS infection between 2019 and 2021,
the same weak points came up again and again. GBS found by chance in a urine sample or a swab taken by
the woman's GP practice earlier in pregnancy was often not on the maternity record, so nobody offered
antibiotics in labour. Women who knew they carried GBS were sometimes told on arrival that there was
no time to start antibiotics before the birth. After birth, babies who needed observations every few
hours were missed on a busy postnatal ward, especially at night, and parents went home without knowing
what a baby with an infection looks like.

In September 2021 a baby girl called Rosa was born at full term after a quick labour. Her mother's GBS
had been found in a urine test at her GP surgery at 24 weeks, but the result never reached the
maternity notes. In the early hours of her first night Rosa was grunting and would not feed. Her
observations had been due at 2am and were not done until 6am. She was moved to the neonatal unit with
sepsis and died two days later. Her parents, Daniel and Priya Okafor, later set up a charity in her
name, Hope for Rosa.

Nobody owned the whole pathway. The GP practice did the test, the hospital gave the antibiotics, the
midwives did the observations, and the university trained the next generation of midwives using a
teaching package that said very little about newborn observations. In 2022 we brought these
organisations together, with Hope for Rosa, in a partnership we called Know GBS, Watch Baby.

It has four parts. Practices in the Brackendale Central Primary Care Network now send any GBS result
in pregnancy to a dedicated maternity inbox and add a coded alert to the woman's record, which appears
on the maternity system at her next contact. Every woman with known GBS has a labour plan that says
antibiotics should start as soon as she arrives, and triage midwives can give the first dose under a
patient group direction before a doctor has seen her. Babies with risk factors are placed on a newborn
early warning chart with observations at birth, one hour, two hours and then every two hours until
twelve hours old, and the postnatal ward's electronic board shows a countdown to the next set. And
every family goes home with a small card describing the signs of infection in a newborn in plain
words.

The University of Brackendale rewrote the newborn observation part of its midwifery degree and built a
simulation around a baby who becomes unwell on the first night, which is also used in the trust's own
mandatory training days.
"""),
        ("evidence", "What has changed", """
We compared the two years before the partnership (2020 and 2021) with 2023 and 2024, using the maternity
record, the neonatal unit database and the reports from the GP alert.

<<Q:Women with known GBS who received antibiotics at least four hours before birth rose from 61% to
89%.>> <<Q:Babies with risk factors whose observations were all done on time in the first twelve hours
went up from 48% to 92% in our monthly audits.>> <<Q:Cases of early-onset GBS infection halved, from 14
in the two years before to 7 in the two years after.>> None of the seven babies died.

<<Q:Transfers from the postnatal ward to the neonatal unit for suspected infection fell by about a third
over the same period, which we think reflects babies being spotted and treated earlier.>>

Since the start, GP practices have sent 412 GBS results to the maternity inbox. Around 10,800 families
have been given the card, which is now available in English, Polish, Urdu and Romanian.
"""),
        ("stakeholders", "Who was involved and how", """
<<P:Daniel and Priya Okafor wrote the first draft of the family card at their kitchen table, and when
our midwives' version used the word 'lethargic' they crossed it out and wrote 'sleepy, floppy and not
interested in feeds', which is what the card now says.>> <<P:Women who had carried GBS in pregnancy,
recruited through the local Maternity and Neonatal Voices Partnership, tested the card and the labour
plan, and told us that being handed a leaflet in labour was useless, so the labour plan is now
discussed at the 28-week appointment instead.>>

<<S:Maternity support workers on the postnatal ward pointed out that night-time observations were
being missed because they clashed with the medicines round, and suggested linking them to feed times,
which is now written into the chart.>> <<S:Practice administrators from four GP surgeries worked with
our digital midwife to design the alert, and asked for it to be triggered by the laboratory code rather
than by someone remembering to add it.>> <<S:Triage midwives asked for the patient group direction after
showing us that waiting for a doctor to prescribe was the main reason antibiotics started late.>>
<<S:Neonatal nurses and midwifery lecturers from the university wrote the simulation together and ran
it twice with ward staff before it went into the degree programme.>>
"""),
        ("value", "Value for money", """
The changes cost little. The GP alert uses existing systems, the card costs 6p to print and the
simulation was built within the university's teaching budget. The main cost was ten hours a week of a
digital midwife's time for the first year, about £19,000. The care of a single baby with GBS
meningitis on the neonatal unit can cost more than £50,000, and a lifetime of support for a child with
a brain injury far more.

Midwives say they feel more confident sending babies home. Hope for Rosa has received letters from
parents who rang the ward because of something on the card.
"""),
        ("spread", "Sharing the learning", """
The GBS alert has been adopted by all five primary care networks in Brackendale and by the
neighbouring local maternity and neonatal system. The university has shared its simulation with three
other universities through the regional midwifery education network. Hope for Rosa has given the card
to two other trusts, free of charge, and we presented the work at a national conference on infection
in newborns in 2024.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I850  carbon monoxide testing and opt-out stop smoking support in pregnancy
#       - docx - bold headings with a cover table - council tobacco control
#       lead, plain - council with the acute trust maternity service and the
#       ICB - staff involved - NO patient involvement (women as beneficiaries,
#       sent a text, a questionnaire that changed nothing, the MVP given a
#       presentation, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I850", format="docx", layout="bold_headings", topic="smoking_in_pregnancy_co_testing",
    project="independent54-smokefreestart-850", docx_font="Calibri",
    title="Smokefree Start: carbon monoxide testing and opt-out stop smoking support in pregnancy",
    cover_table=[
        ("Entry title", "Smokefree Start: carbon monoxide testing and opt-out stop smoking support in pregnancy"),
        ("Lead organisation", "Corven Borough Council (Public Health: Tobacco Control and Stop Smoking Service)"),
        ("Partners", "Corven and Westmere Hospitals NHS Trust (Maternity Services); NHS Corven and Tarn Integrated Care Board"),
        ("Contact", "Tobacco Control Lead, Public Health Corven"),
    ],
    primary_entrant=dict(name="Corven Borough Council", type="local_authority"),
    partners=[
        dict(name="Corven and Westmere Hospitals NHS Trust", type="nhs_trust"),
        dict(name="NHS Corven and Tarn Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Background", """
Smoking in pregnancy is the biggest avoidable cause of stillbirth, low birth weight and sudden infant
death in Corven. In 2021/22, 14.2% of women giving birth at Corven and Westmere Hospitals were recorded
as smokers at the time of delivery, well above the national rate and more than double it in our two
most deprived wards.

Until 2022 pregnant smokers were supported through two separate routes that did not join up.
Midwives were meant to carry out a carbon monoxide (CO) breath test at booking and ask women if they
wanted a referral to the council's stop smoking service. In practice the test was often skipped
because monitors were broken or there were no mouthpieces, and a woman had to say yes to a referral,
which most did not. When a referral was made it went by email to a general inbox, and our advisers
sometimes did not make contact for two or three weeks, by which time many women could not be reached.

There was no way for the hospital to know whether a woman had been seen by the council service, and no
second CO test later in pregnancy, so women who had started smoking again, or who were breathing in
smoke from a partner or a relative at home, were not picked up.

Smokefree Start, launched in September 2022, changed this in four ways. The ICB funded new CO monitors
for every community midwife, with a stock of mouthpieces held at each antenatal clinic. Every woman
now has a CO test at booking and at 36 weeks, and anyone with a reading of 4 parts per million or more
is referred automatically unless she actively declines. Referrals go electronically to the stop
smoking service's caseload system, and an adviser phones within two working days. Women who set a
quit date receive free nicotine replacement or a vape starter kit, weekly CO checks with their adviser
and, if they stay smokefree, shopping vouchers funded by the ICB. Partners and other household members
who smoke are offered the same support.
"""),
        ("evidence", "Evidence of improvement", """
<<Q:The proportion of women recorded as smoking at the time of delivery fell from 14.2% in 2021/22 to
9.1% in 2023/24.>> <<Q:CO tests recorded at booking went up from 57% of women to 94% over the same
period.>> <<Q:Among women referred to the stop smoking service, the share who set a quit date rose
from 22% to 61%, and the average time from referral to first contact came down from 13 days to 2.>>

In 2023/24 the service received 1,126 referrals from maternity, and 318 women were confirmed as
smokefree at four weeks by a CO reading. The shopping vouchers cost £41,000 in the first full year. Our
target is to bring smoking at the time of delivery down to 6% by 2026.
"""),
        ("stakeholders", "Involvement of staff and patients", """
<<S:Community midwives told us at their team meetings that the main reason tests were missed was not
time but awkwardness, because they did not want to seem to be judging women, so the booking script was
rewritten with them to present the CO test as a routine check of the air the baby is breathing, in the
same way as a blood pressure check.>> <<S:Our stop smoking advisers and the maternity digital team
designed the electronic referral together, and the advisers asked for the woman's preferred contact time
and language to be required fields.>> <<S:Maternity support workers in the antenatal clinics offered to
take over the 36-week CO test, and they now carry it out at the same appointment as the glucose test.>>

The main beneficiaries of the programme are pregnant women who smoke and their babies. Every woman
referred is sent a text message introducing the adviser who will call her. In 2023 we sent an online
questionnaire to 90 women who had used the service; 81% said they would recommend it, and as the
answers were positive we made no changes. The local Maternity Voices Partnership received a
presentation on the programme at its quarterly meeting. We have not yet set up a group of women with
experience of smoking in pregnancy, but we plan to do so in 2025.
"""),
        ("value", "Value", """
The CO monitors cost £9,800, and nicotine replacement and vape kits about £62,000 a year, paid for from
the public health grant and the national smoking in pregnancy allocation. Every pregnant smoker who
stops lowers the chance of her baby being stillborn or born too small, and the NHS is estimated to save
around £1,000 in care for mother and baby in the first year for each one who quits.

Midwives say the test is now a normal part of booking and no longer feels awkward.
"""),
        ("spread", "Spread", """
The opt-out model has been adopted by the neighbouring council, whose residents use the trust's second
maternity site, and the ICB has added the 36-week CO test to its maternity specification for all
providers from April 2025. We presented the model to the regional tobacco control network in 2024.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I851  a second question about mood asked by health visitors after birth -
#       docx - numbered questions with cover bullets - specialist health
#       visitor, warm - community trust with the mental health trust's
#       perinatal team, a peer support charity and the council - mothers
#       involved in the context section, peer supporters PS, staff involved
#       - no flags
# ---------------------------------------------------------------------------
entry(
    id="I851", format="docx", layout="numbered_questions", topic="health_visitor_postnatal_mood_peer_support",
    project="independent54-asktwice-851", docx_font="Arial",
    title="Ask Twice: finding mothers at risk of serious mental illness in the year after birth",
    cover=[
        "Halden Community Health NHS Trust, 0-19 Health Visiting Service (lead entrant)",
        "Entry by Nadia Roszak, Specialist Health Visitor for Perinatal and Infant Mental Health",
        "Working in partnership with:",
    ],
    cover_bullets=[
        "Halden and Lowe Mental Health NHS Foundation Trust (Community Perinatal Mental Health Team)",
        "Mothers Talk Halden (peer support charity)",
        "Halden Metropolitan Borough Council (Public Health Commissioning)",
    ],
    primary_entrant=dict(name="Halden Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Halden and Lowe Mental Health NHS Foundation Trust", type="nhs_trust"),
        dict(name="Mothers Talk Halden", type="charity"),
        dict(name="Halden Metropolitan Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", "1. What was the problem and why was a partnership needed?", """
Suicide is one of the leading causes of death for women in the year after having a baby. Health
visitors see almost every new mother in Halden at least four times in that year, and at each contact
we ask the two standard screening questions about low mood and loss of interest. Our audits showed
that we asked them almost every time. What the audits could not show was how often a woman said 'I'm
fine' when she was not.

In 2021 the mother of a seven-month-old baby took her own life. She had seen a health visitor at the six
to eight week contact and at her baby's six month review, and both times had answered no to the
screening questions. The review after her death found that she had been frightened that if she admitted
how she felt, her baby would be taken from her.

There were other gaps. When a health visitor was worried, the only route to specialist help was a
referral to the perinatal mental health team through the GP. Around four in ten of these referrals were
returned as 'not meeting threshold', often because the letter did not describe the risk well, and the
health visitor was left holding a worry with nowhere to take it. Mothers Talk Halden, a small charity
run by women who have had a mental illness after having a baby, ran peer groups in three children's
centres, but had no link with either service.

Ask Twice was set up in October 2022 to close these gaps. The health visitor asks the standard
questions and then, whatever the answer, asks a second, open question in words chosen by mothers. Any
health visitor can ring the perinatal team's duty clinician on the same day for a consultation, and
together they agree whether the mother needs an assessment, a peer supporter, or both. Every mother is
offered an introduction to a Mothers Talk peer supporter, who can come on a joint visit with the health
visitor.

<<P:The second question, 'A lot of mums find the first months much harder than they expected; what has
it been like for you?', came from eleven mothers who had been unwell after having a baby and who spent
four evenings with us working out what would have made them tell the truth.>> <<P:They told us that a
question which assumed it was normal to struggle made it easier to answer honestly, and they asked that
it is never read from a screen, which is now part of the training.>>
"""),
        ("evidence", "2. What evidence is there of improvement?", """
We compared the 12 months before Ask Twice started (October 2021 to September 2022) with 2023/24.

<<Q:Mothers identified by health visitors as having moderate or severe symptoms rose from 3.1% to 7.4%
of those seen at the six to eight week contact, which we believe reflects more honest answers rather
than more illness.>> <<Q:Of the mothers referred to the perinatal team, the proportion seen within 14
days went up from 38% to 81%.>> <<Q:Referrals returned as not meeting threshold fell from 41% to 9%.>>

<<Q:Attendances at the emergency department for self-harm by women in the first year after birth fell by
roughly a third, from 26 to 17.>> Health visitors made 612 same-day consultation calls to the perinatal
duty clinician in 2023/24, and 388 mothers were introduced to a peer supporter.
"""),
        ("spread", "3. How has the work been shared or spread?", """
The council has written Ask Twice into its new 0-19 service specification, so it will continue
whoever provides the service. The perinatal team now offers the same consultation line to GP practices
and community midwives, and Mothers Talk runs groups in all seven of Halden's family hubs. We have shared
the second question and the training materials with the regional perinatal mental health network, and
two neighbouring health visiting services have started to use them.
"""),
        ("value", "4. What has been the impact on patients and staff, and value for money?", """
The consultation line uses existing duty time in the perinatal team. The council funds Mothers Talk
£48,000 a year for peer supporters' sessions, supervision and travel. A single admission to a mother and
baby unit can cost more than that, and the loss of a mother to suicide is beyond any price.

Health visitors tell us they no longer lie awake worrying about a mother they could not get help for.
Mothers say that seeing the same peer supporter every week made the difference between coping and not.
"""),
        ("stakeholders", "5. How were patients, service users and staff involved?", """
<<PS:Mothers Talk's peer supporters, who are paid sessional workers and have all had a mental illness
after the birth of a child, co-wrote the Ask Twice training with the perinatal team and deliver part of
it themselves.>> <<P:Women who had used the peer service also sat on the project steering group for its
first year, and it was at their suggestion that peer supporters can now join health visitors on home
visits rather than only running groups.>>

<<S:Health visitors in the Halden North team tested the second question for three months and recorded
what happened after each use, which led us to drop an alternative wording that the team felt was too
intrusive.>> <<S:Perinatal mental health nurses and our health visiting leads agreed the criteria for the
same-day consultation over two workshops.>> <<S:GP mental health leads from the local practices asked to
be copied into every consultation outcome so that the GP knows what has been agreed, and this has been
built into the template.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I852  pregnancy and birth in a women's prison - docx - no headings - long -
#       charity director, first person, passionate - charity with the prison,
#       the acute trust maternity service and the community trust running
#       prison healthcare - women with experience of prison involved - NO
#       staff involvement (officers trained, managers briefed, midwives sent
#       an email, a named head of services, a questionnaire that changed
#       nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I852", format="docx", layout="no_headings", topic="pregnancy_birth_womens_prison",
    project="independent54-lockeddoor-852", docx_font="Georgia",
    title="No Baby Born Behind a Locked Door: safer pregnancy and birth for women at HMP Elmsmoor",
    cover=[
        "Cradle and Key (registered charity supporting pregnant women and mothers in the justice system)",
        "In partnership with HMP Elmsmoor, Rydale General Hospital NHS Trust (Maternity Services) and Rydale Community Health NHS Trust (Healthcare Services at HMP Elmsmoor)",
        "Written by Marianne Ekwueme, Director, Cradle and Key",
    ],
    primary_entrant=dict(name="Cradle and Key", type="charity"),
    partners=[
        dict(name="HMP Elmsmoor", type="public_other"),
        dict(name="Rydale General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Rydale Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", None, """
I have worked with pregnant women in prison for eleven years, first as a volunteer birth companion and
now as the director of Cradle and Key. I want to begin with something that should never happen in this
country and still does: a woman giving birth alone, or almost alone, in a locked prison cell.

HMP Elmsmoor holds around 330 women. At any one time between eight and fifteen of them are pregnant,
and a few more have just given birth. Many have had little or no antenatal care before they arrive.
Many use or have used drugs, have lived with domestic abuse, have mental health problems or have had
older children removed from their care. Some arrive already in the third trimester, on remand, not
knowing how long they will stay. Some do not tell anyone they are pregnant for weeks, because they are
frightened of what it will mean for the baby. By any measure these are high-risk pregnancies, and yet the
women carrying them have less control over their care than almost anyone else. They cannot pick up a
phone and ring the labour ward. They cannot walk to the hospital. After the doors are locked in the
evening, the only way to get help is the cell call bell, and the person who answers it is a prison
officer, not a midwife.

In the summer of 2022 a woman we were supporting, whom I will call Leanne, started having pains in the
evening at 35 weeks. She pressed her cell bell twice. The night officer, who had never had any training
about pregnancy, rang the healthcare unit, where the night nurse advised paracetamol and a review in the
morning. By the time the cell was unlocked at half past two she was pushing. Her daughter was born on
the cell floor, blue and not breathing, and was resuscitated by the ambulance crew. Both of them
survived. It could so easily have been otherwise.

When we went back over what had happened with the prison and the hospital, it was clear that this was
not one person's failure. Antenatal appointments at Rydale General were often cancelled because there
were not enough officers to escort women out of the prison. The prison's healthcare team had no midwife
of its own and depended on a community midwife who came once a fortnight. Nobody in the prison had a
copy of the woman's birth plan, or even always knew her due date. Women were released at short notice,
sometimes late in pregnancy, with no booking at a hospital near where they were going. And there was no
agreed rule about what a night officer should do when a pregnant woman said she was in pain.

It is worth saying a little more about escorts, because it shows how a sensible rule in one part of the
system can cause harm in another. Every trip out of the prison needs officers to go with the woman, and
on a day when the prison is short-staffed, the duty manager has to decide which outside appointments go
ahead. A scan or an antenatal check looks routine on a list, next to an urgent hospital appointment for
someone else, so it was the maternity appointments that were cancelled first. Each cancellation meant a
new appointment weeks later. For a woman with high blood pressure or a baby who was not growing well,
that delay could matter a great deal, and nobody in the prison was in a position to know which
appointments mattered most.

Release was the other moment of danger. A woman might be told on a Thursday that she was going to court
on Friday and might not come back. If she was released, she left with her belongings in a plastic bag,
often to a hostel or a friend's sofa in a town she did not know, with her maternity notes still in the
prison and no midwife expecting her. Some of the women we supported in those years did not see a midwife
again until they arrived in labour.

Cradle and Key had been supporting women at Elmsmoor for years, but as a charity we could only ever
work around the edges of the system. What changed in 2022 was that the prison and both trusts signed up to treating the
whole journey as a shared responsibility, from the day a pregnant woman arrives at the gate to the day
she and her baby leave.

What we put in place from October 2022 has five parts. First, a Rydale midwife now runs a weekly
antenatal clinic inside the prison, and scans and hospital appointments are booked on days when the
prison has agreed to give maternity escorts priority over other outside appointments. Second, every
pregnant woman has a pregnancy passport that she carries herself and that is copied to healthcare, with
her due date, her risks, her midwife's name and a summary of her birth plan. Third, from 34 weeks, or
earlier if she has risk factors, she is moved to a cell close to the healthcare unit, and the night
officer follows a one-page card called 'Pregnant and in Pain': ring the labour ward triage line
directly, where a midwife answers, and call 999 if the midwife advises it, without waiting for a
manager's permission. Fourth, every woman is offered a Cradle and Key birth companion, who is on call
to go to the hospital with her, so that no woman gives birth with only officers beside her. Fifth,
before release, the prison's healthcare team hands her care over to a named maternity unit near her new
address, and we make sure she has a phone and the number of the unit.

None of this is complicated. Most of it is common sense. But it needed a prison, two NHS trusts and a
charity to agree that it was their job, and that took time. Some of the hardest questions were
about night-time unlocking, because prisons have good reasons for their rules about opening cells at
night, and about escorts, because every officer taken off a wing for a hospital trip is one fewer on the
wing. It took most of a year to agree.
"""),
        ("evidence", None, """
We have compared the 18 months before the new arrangements (April 2021 to September 2022) with the 18
months after they were fully in place (January 2023 to June 2024).

<<Q:Antenatal hospital appointments missed because no escort was available fell from 37% to 6%.>>
<<Q:Women who had their first booking appointment with a midwife within two weeks of arriving at
Elmsmoor rose from 29% to 90%.>> <<Q:There were three births outside hospital in the 18 months before,
two in a cell and one in a prison van, and there have been none since.>>

The 'Pregnant and in Pain' card has been used 41 times, and on 12 of those occasions the woman went to
hospital in labour. Our birth companions have been with women at 47 births. Nineteen women have been
released from Elmsmoor while pregnant since January 2023, and a handover to a named maternity unit was
completed for 17 of them.
"""),
        ("stakeholders", None, """
The most important people in this work were the women themselves.

<<P:Six women who had been pregnant in prison, some at Elmsmoor and some elsewhere, met with us over
the spring of 2022 and designed the pregnancy passport, down to its size, which they insisted had to fit
in a back pocket because women in prison carry everything they own.>> <<P:They also wrote the words on
the night officers' card, and it was one of them who added the line 'If she says she is in labour,
believe her'.>> <<P:Leanne agreed to be filmed for the officers' training, and asked that the film show
what happened from her side of the door, which is how it was made.>> <<P:Mothers on the mother and baby
unit at Elmsmoor go through the passport with our workers every six months, and the section on feeding
and expressing milk was added because of them.>>

All 142 officers who work on the women's houseblocks have completed the 'Pregnant and in Pain' training,
delivered by a Rydale midwife and our own staff. Night operational managers were briefed on the card
before it was introduced. Midwives at Rydale General were sent the new escort arrangements by email, and
the labour ward triage line was told to expect calls from the prison. The project has been led from the
start by our Head of Services, Gemma Holt, who wrote the protocol and keeps the passport template up to
date. We sent a short questionnaire to healthcare staff at the prison after six months; the replies
were positive and we did not change anything as a result. We would like to involve prison officers in
reviewing the card during 2025.
"""),
        ("value", None, """
The weekly clinic uses four hours of a community midwife's time each week, funded by the hospital
trust. Our birth companion service costs around £38,000 a year and is paid for by a charitable trust.
Unlocking a cell at night for a woman in labour costs nothing. The pregnancy passport costs less than
a pound to print. The escort arrangement has not added officers; it has changed the order in which
appointments are protected. A baby who needs resuscitation and
intensive care after an unattended birth costs the NHS many thousands of pounds, and the cost to the
baby and her mother cannot be counted in money at all.

Women tell us that for the first time they felt like expectant mothers rather than prisoners who
happened to be pregnant.
"""),
        ("spread", None, """
The prison service's women's team has asked us to share the card and the passport with the other
women's prisons in the region, and two have adopted the card. Rydale General has added prison escorts
to its maternity booking system so that appointments for women in custody are flagged. We presented the
work at a national conference on women in the justice system in 2024, and we are talking to a second
hospital trust about a weekly clinic at a prison in its area.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I853  women waiting between stages of induction of labour - pdf - two
#       columns - matron for intrapartum care, brisk - acute trust with a
#       second trust's maternity unit and the maternity and neonatal voices
#       partnership - women and staff involved - NO quantitative evidence
#       (induction and transfer counts, a single audit figure, a target not
#       met, a comparison that could not be made)
# ---------------------------------------------------------------------------
entry(
    id="I853", format="pdf", layout="two_column", topic="induction_of_labour_waiting_delays",
    project="independent54-nextinline-853", pdf_font="LiberationSans",
    title="Next in Line: keeping women safe while they wait between the stages of induction of labour",
    cover=[
        "Tidewell Hospitals NHS Trust, Maternity Services (lead entrant), with Fernmoor General Hospital NHS Trust (Maternity Services) and the Fernmoor and Tidewell Maternity and Neonatal Voices Partnership",
        "Entry by the Matron for Intrapartum Care, Tidewell",
    ],
    primary_entrant=dict(name="Tidewell Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Fernmoor General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Fernmoor and Tidewell Maternity and Neonatal Voices Partnership", type="patient_group"),
    ],
    sections=[
        ("context", "The problem", """
About a third of women who give birth at Tidewell have their labour induced, more than twice as many as
fifteen years ago. Induction usually starts on the antenatal ward with a pessary or a balloon catheter.
When the cervix is ready, the woman moves to the labour ward to have her waters broken. That step
depends on a free room and a free midwife on the labour ward, and when the labour ward is busy, women
wait. Some waited more than a day after being ready, often with contractions starting, on a ward where
one midwife might be looking after eight or ten women.

Waiting is not just unpleasant. Women are usually induced for a reason: high blood pressure, a baby who
is small or not growing well, or waters that have broken early. While they wait, the baby's heart rate
is checked less often than it would be in labour, and the start of labour can be missed. Our incident
reviews in 2021 and 2022 found cases where a baby's heart rate had not been checked for several hours on
the antenatal ward, and one where a woman was in established labour for some time before anyone
realised.

Fernmoor General, sixteen miles away in a different trust, sometimes had the opposite problem: a quieter
labour ward and no way of knowing that Tidewell had women waiting. Transfers between the two units
happened only by phone, between coordinators who did not know each other, and were rare.

Next in Line started in March 2023. It has three parts. A shared live board shows both labour wards'
staffing, free rooms and the list of women ready for the next stage, in the order they became ready.
Every waiting woman has a midwife review, a heart rate tracing and a written plan every four hours, and
a consultant review if she has waited more than 12 hours. And a woman who is ready and waiting can be
offered a move to the other unit, with her notes visible on both systems. Women who are suitable can
also go home with a balloon catheter for the first stage.
"""),
        ("evidence", "What has happened since", """
Since March 2023, 3,980 women have been induced across the two units. The shared board has been used
every day since May 2023. Fifty-two women have moved from Tidewell to Fernmoor for the next stage of
their induction, and nine have moved the other way. 1,140 women have gone home with a balloon catheter.

In an audit of 80 women in January 2024, a four-hourly midwife review with a heart rate tracing was
documented for 88%. Our standard is that no woman waits more than 12 hours from being ready to having
her waters broken; in the last quarter this was met for 81% of women, against a target of 95%.

We have not been able to compare waiting times with the period before Next in Line, because until 2023
the time a woman became ready was not recorded anywhere. We are collecting outcomes for babies with the
regional neonatal network and expect the first full year of figures in the spring of 2025.
"""),
        ("stakeholders", "Who was involved", """
<<P:Women from the Maternity and Neonatal Voices Partnership who had waited during an induction walked
the antenatal ward with us at night and pointed out that nobody told them where they were in the queue,
which is why every woman is now told her place on the board and given an honest estimate of the
wait.>> <<P:They also asked for the option of waiting at home with a balloon catheter, and helped write
the leaflet for women who go home.>>

<<S:Labour ward coordinators from both units met every fortnight for the first three months and designed
the board, including the colours that show how long each woman has waited.>> <<S:Antenatal ward midwives
asked for a heart rate monitor to be kept on their ward at all times instead of being borrowed from the
labour ward, and the trust bought two.>> <<S:Obstetric registrars on both sites agreed the criteria for
who can safely move between units and checked them against the first twenty transfers.>>
"""),
        ("value", "Value", """
The board was built on software both trusts already use. The extra heart rate monitors cost £14,000.
Going home with a balloon frees an antenatal bed for the night. A baby injured by lack of oxygen during
an unmonitored wait can need lifelong care, and claims for such injuries are among the most costly the
NHS faces.

Midwives on the antenatal ward say the board has taken the guesswork out of handover, and the
coordinators now know each other by name.
"""),
        ("spread", "Spread", """
The local maternity and neonatal system has asked the third unit in the area to join the board in 2025.
We presented the work at the regional maternity safety forum, and the move between units has been
written into both trusts' escalation policies.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I854  hypothermia in preterm babies between birth and the neonatal unit -
#       pdf - CAPS headings - university reader in neonatal nursing, dense -
#       university research group with two trusts' neonatal and maternity
#       services - staff (including estates) involved - an SPC shift as a
#       claim - NO patient involvement (parents as the reason for the work,
#       given an explanation, a questionnaire that changed nothing, a negation,
#       a plan)
# ---------------------------------------------------------------------------
entry(
    id="I854", format="pdf", layout="caps_headings", topic="preterm_admission_hypothermia",
    project="independent54-warmfirstminute-854", pdf_font="DejaVuSans", pdf_align="L",
    title="WARM FROM THE FIRST MINUTE: preventing hypothermia in preterm babies between birth and the neonatal unit",
    cover=[
        "LEAD: University of Northmarch, Neonatal Care Research Group, School of Health and Life Sciences",
        "PARTNERS: Northmarch Women's Hospital NHS Foundation Trust (Neonatal Intensive Care Unit and Delivery Suite); Caddon Valley Hospitals NHS Trust (Local Neonatal Unit and Maternity Services)",
        "CONTACT: Reader in Neonatal Nursing, University of Northmarch",
    ],
    primary_entrant=dict(name="University of Northmarch", type="university"),
    partners=[
        dict(name="Northmarch Women's Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="Caddon Valley Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "WHY THIS WORK WAS NEEDED", """
Babies born early lose heat very quickly. They have thin skin, little fat and a large surface area for
their size, and in the first minutes after birth they are wet, in a room set for the comfort of adults
and often being handled by several people at once. A low temperature when they arrive on the neonatal
unit is associated with a higher risk of death, bleeding into the brain, bowel disease, low blood sugar
and breathing problems, and the more premature the baby, the stronger the association. The national
standard is that babies born before 32 weeks should have a temperature between 36.5 and 37.5 degrees
measured within an hour of birth.

In 2021 the two neonatal units in our area were below the national average on this measure. Around
seven in ten babies born before 32 weeks were admitted with a temperature in the normal range, and around
one in six of those born before 28 weeks arrived with a temperature below 36.0 degrees.

The reasons were spread across people and places. Operating theatres were kept cool for the surgical
team. The resuscitaire was sometimes switched on only when the baby was already born. Polythene wraps
were used inconsistently, and hats were often missing from the delivery pack. At Caddon Valley, babies
born by caesarean section were carried along a corridor to the neonatal unit in an incubator that had
not been warmed. Temperature was usually measured for the first time on arrival at the unit, by which
point it was too late to do anything except warm the baby up again.

Our research group had been studying thermal care of preterm babies for several years, but mainly
through observational studies and manikin work. In 2022 the two trusts asked us to help them turn what
was known into practice, and we agreed to lead a two-year improvement programme with them. Together we
introduced a bundle: a 'warm room call' as soon as a birth before 32 weeks is expected, so that the
delivery room or theatre is warmed to between 23 and 25 degrees; a polythene wrap, hat and thermal
mattress for every baby born before 32 weeks; a temperature check on the resuscitaire at ten minutes of
age; transfer in a pre-warmed incubator; and a short debrief form for every admission outside the normal
range.
"""),
        ("evidence", "WHAT HAS CHANGED", """
We plotted monthly admission temperatures for all babies born before 32 weeks at both hospitals on
statistical process control charts from January 2021 to June 2024, with the bundle fully introduced in
both units by March 2023.

<<Q:The proportion of babies born before 32 weeks admitted with a normal temperature shifted from a mean
of 71% to a mean of 90%, with every month since April 2023 above the old centre line, a sustained shift
on the chart in both units.>> <<Q:Admission temperatures below 36.0 degrees in babies born before 28
weeks fell from around one in six to one in twenty-five.>>

We watched for overheating as a balancing measure. Temperatures above 38.0 degrees stayed at under 2%
throughout and did not change. Over the period, 412 babies born before 32 weeks were admitted to the two
units, and 126 midwives, neonatal staff, theatre practitioners and anaesthetists took part in the
simulation training.
"""),
        ("stakeholders", "WHO TOOK PART", """
<<S:Delivery suite midwives and theatre staff at both hospitals helped us test the warm room call in
simulations, and it was a theatre practitioner at Caddon Valley who suggested that the call should be
made by the neonatal team as soon as a preterm birth is expected, not by the midwife, who is busy with the
mother.>> <<S:Neonatal nurses designed the ten-minute temperature check and the debrief form, and cut
the form down after the first month because it took too long to fill in.>> <<S:Obstetric anaesthetists
agreed to switch off the theatre air cooling for preterm caesarean sections and timed with us how long
each theatre took to warm up.>> <<S:Estates staff at Caddon Valley measured the temperature in the second
obstetric theatre with the research team for a week and then fitted it with its own thermostat.>>

Parents and their babies are the reason for this work, and every family whose baby was admitted was
given an explanation of the wrap, hat and mattress. The units' family care teams collected parents'
comments through their usual questionnaire, which were positive about warmth and did not lead to any
changes. We did not set up a parents' group for this phase, because the changes were mostly in the first
minutes after birth, but we plan to involve parents from the units' family forums in the next phase, on
skin-to-skin care during transfer.
"""),
        ("value", "VALUE", """
The bundle uses cheap equipment. A polythene wrap costs less than £2 and a thermal mattress about £9 per
baby, and the thermostat at Caddon Valley cost £1,400. A bleed into the brain or bowel disease can add
weeks to a baby's stay in intensive care, at over £1,500 a day, as well as the lifelong effects on the
child. Staff describe the warm room call as now simply part of how a preterm birth is prepared for.
"""),
        ("spread", "SPREAD", """
The neonatal operational delivery network has adopted the bundle for all six units in the region, and
the university has built it into its post-registration neonatal modules. We published the work in a
nursing journal in 2024 and shared the simulation scenarios with two other universities.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I855  infant formula stretched with extra water by families using a food
#       bank - docx - form table - food bank operations manager, plain - food
#       bank charity with the council's family hubs and the community trust's
#       infant feeding team - parents involved - NO staff involvement
#       (volunteers trained, health visitors sent a briefing, organisations
#       agreeing, the entrant doing her job, a plan) - NO quantitative
#       evidence (referral, voucher and kit counts, a zero with no earlier
#       figure, an aim)
# ---------------------------------------------------------------------------
entry(
    id="I855", format="docx", layout="form_table", topic="infant_formula_food_poverty",
    project="independent54-everyfeed-855", docx_font="Calibri",
    title="Every Feed Counts: safe infant formula for babies in families using the food bank",
    cover_table=[
        ("Title of entry", "Every Feed Counts: safe infant formula for babies in families using the food bank"),
        ("Lead organisation", "Bellmoor Community Food Bank (registered charity)"),
        ("Partner organisations", "Bellmoor City Council (Family Hubs and Early Help); Bellmoor Community Health NHS Trust (Health Visiting and Infant Feeding Team)"),
        ("Name and role of entrant", "Operations Manager, Bellmoor Community Food Bank"),
    ],
    primary_entrant=dict(name="Bellmoor Community Food Bank", type="charity"),
    partners=[
        dict(name="Bellmoor City Council", type="local_authority"),
        dict(name="Bellmoor Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and its safety goals.", """
Bellmoor Community Food Bank gives emergency food parcels to about 180 households a week from four
centres across the city. Like most food banks, we do not hand out infant formula. National guidance
discourages it, because formula given out without support can undermine breastfeeding, and because the
wrong formula, or the right formula made up in the wrong way, can harm a baby. For a long time we simply
said no and gave families a list of phone numbers.

During 2022 our volunteers began to see signs of what was happening instead: parents asking for extra
sugar 'for the bottle', bottles of cow's milk for babies who were clearly too young, and families who
had no money on the meter to boil a kettle. When a family cannot afford formula, the most common thing
they do is add extra water to make the tin last longer. An over-diluted feed leaves a baby hungry and
not gaining weight, and in the worst cases it causes dangerously low sodium in the blood, which can lead
to fits.

In November 2022 a three-month-old baby from a family who had used one of our centres was admitted to
the children's ward with seizures caused by low sodium. His mother had been making one scoop of powder
stretch to two bottles for three weeks. She had not asked anyone for help because she was afraid of
what would happen if she did.

Every Feed Counts started in March 2023. When a family with a baby under 12 months comes to the food
bank, a volunteer asks three short questions about how the baby is fed and, with the parent's
agreement, sends a referral through a secure online form to the trust's infant feeding team. The team
phones the parent the same day or the next working day, gives advice, arranges for the baby to be
weighed if needed and, if formula is needed, issues a voucher that can be exchanged at any council
family hub for a tin of first infant formula. Families also get a safe preparation kit: a picture
leaflet, a scoop leveller and, if they need one, a small kettle, funded by the council. Breastfeeding
mothers are offered feeding support, not formula.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
In the first 18 months, 341 families with babies under 12 months were asked the three questions, and 298
agreed to be referred to the infant feeding team. The team made contact with 286 of them within one
working day. 212 families received formula vouchers, 2,140 vouchers in total, and we gave out 174 safe
preparation kits and 61 kettles.

Health visitors weighed 96 babies after a referral, and 23 of them were below their expected weight and
were followed up more closely.

We are not aware of any baby referred through the scheme who has been admitted to hospital because of
how they were being fed. Our aim for the coming year is for every family with a baby to be offered a
referral on their first visit to the food bank.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<P:Before we started, eight parents who use the food bank met with us over two sessions at our Ridgeway
centre, and told us that being asked about feeding in a queue was humiliating, so the three questions are
now asked in a side room.>> <<P:They chose the design of the preparation leaflet, asking for photographs
of real tins and scoops instead of drawings, and one father suggested adding the kettle after explaining
that his family had sold theirs.>> <<P:Mothers from the Bellmoor breastfeeding peer support group read
our scripts and asked us to say clearly that breastfeeding mothers would not be pushed towards formula,
which changed the wording of the first question.>>

All 46 volunteers at our four centres were trained by the infant feeding team to ask the questions and
make a referral. Health visitors across the city were sent a briefing note about the scheme. The council
agreed to hold the vouchers at its family hubs, and the trust agreed to take referrals directly from the
food bank. As operations manager I look after the referral form and chase any referral that has not been
picked up. We plan to ask family hub staff how the voucher exchange is working during 2025.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
A tin of first infant formula costs about £11. The formula, kits and kettles for the first 18 months
came to around £23,500, paid from the council's household support fund. The infant feeding team's time
comes from its existing service. A baby admitted with low sodium may spend several days in hospital,
some of them in intensive care.

Parents tell us they feel less ashamed asking for help with feeding now that the question is asked of
everyone with a baby.
"""),
        ("spread", "How has the work been shared and spread?", """
Two other food banks in the county have asked to use our three questions and the referral form, and the
infant feeding team has started to take referrals from the council's local welfare assistance team in
the same way. We presented the scheme at the regional food poverty alliance in 2024.
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I856  women who start antenatal care late - pdf - numbered questions - ICB
#       equity programme lead, formal - ICB with the acute trust maternity
#       service, the council and a community women's organisation -
#       'Maternity Connectors' with lived experience (PS, told in the context
#       section), women involved in passive voice and staff involved - a
#       claim in words - no flags
# ---------------------------------------------------------------------------
entry(
    id="I856", format="pdf", layout="numbered_questions", topic="late_antenatal_booking_outreach",
    project="independent54-bookedintime-856", pdf_font="LiberationSerif", pdf_align="J",
    title="Booked in Time: reaching women who start antenatal care late",
    cover=[
        "Lead: NHS Tamber Valley Integrated Care Board, on behalf of the Tamber Valley Local Maternity and Neonatal System",
        "Partners: Tamber Valley Hospitals NHS Trust (Maternity Services); Tamber City Council (Public Health and Housing Options); Sisters Together Tamber (community women's organisation)",
        "Author: Equity and Equality Programme Lead, Tamber Valley LMNS",
    ],
    primary_entrant=dict(name="NHS Tamber Valley Integrated Care Board", type="icb"),
    partners=[
        dict(name="Tamber Valley Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Tamber City Council", type="local_authority"),
        dict(name="Sisters Together Tamber", type="charity"),
    ],
    sections=[
        ("context", "1. The problem and why a partnership was needed", """
Women are advised to book for antenatal care by ten weeks of pregnancy. Booking early means they can be
offered screening for sickle cell and thalassaemia, infections and chromosomal conditions at the right
time, start vitamin D and folic acid if they have not already, and have risks such as high blood
pressure, diabetes, previous caesarean section or domestic abuse picked up early. The national
confidential enquiries into maternal deaths have shown for many years that women who die in pregnancy or
after birth are more likely to have booked late or to have had little antenatal care.

In Tamber Valley in 2021/22, just under half of women booked by ten weeks, and 6.8% booked after 20
weeks. Late booking was concentrated among women who had recently arrived in the country, women in
temporary or unstable housing, young women under 20, and women from some of our Bangladeshi, Roma and
Somali communities. Many did not know that they could refer themselves without seeing a GP first. Some
could not register with a GP. Some thought antenatal care was only for women with problems, or feared
being charged or reported.

The booking process itself was a barrier. Women had to complete an online form in English or ring a
number that was answered only in office hours. Council housing officers and family hub staff met
pregnant women every week but had no way of referring them, and the maternity service had no presence
in the places where these women spent their time.

Booked in Time started in January 2023 and made four changes. First, a self-referral line and QR code in
nine languages, answered by midwifery support workers with interpreters available on the call. Second,
any council officer in housing options, the family hubs or the welfare team can refer a pregnant woman,
with her consent, using a two-question form. Third, women who book after 16 weeks are offered a fast
booking appointment within five working days, with screening bloods taken the same day. Fourth, Sisters
Together employs six Maternity Connectors: local women who meet other women in community venues,
explain what antenatal care is for and help them to refer themselves.

<<PS:The Connectors, all of whom have had babies in Tamber Valley in the last five years and some of whom
booked late themselves, chose the nine languages and the venues, and wrote the short recorded messages
that women hear while they wait on the line.>>
"""),
        ("evidence", "2. Evidence of improvement as a direct result of the partnership", """
We compared 2021/22 with 2023/24, using the maternity service's booking data.

<<Q:Women booking by ten weeks went up from just under half to almost two thirds.>> <<Q:Booking after 20
weeks fell from 6.8% to 3.1% of all bookings.>> <<Q:Women who missed the window for antenatal sickle cell
and thalassaemia screening because they booked too late fell from 61 to 19.>>

The self-referral line took 1,870 calls in 2023/24, and council officers referred 412 women. The
Connectors had conversations with around 2,300 women at 38 venues, including mosques, a Roma community
centre, two hostels, a college and several food banks.
"""),
        ("stakeholders", "3. How patients and staff were involved", """
<<P:The text reminders sent before a fast booking appointment were rewritten twice after being read
aloud at the Thursday women's group at the Al-Noor centre, where the first version was said to sound
like a debt collector's letter.>> <<P:Young mothers at the Tamber Young Parents group told us they would
never ring a hospital number, and asked for a way to book by text message, which the maternity service
added in October 2023.>>

<<S:The midwifery support workers who answer the line designed the call script, and asked for
interpreters to be joined through a three-way call rather than a call back, which has been in place
since the second month.>> <<S:Housing options officers helped design the two-question referral form and
tested it for a month, and suggested asking for a safe phone number, because many women share phones
with partners or relatives.>> <<S:Community midwives and the antenatal screening team agreed the fast
booking pathway between them, and changed it so that screening bloods could be taken by a maternity
support worker at the first appointment.>>
"""),
        ("value", "4. Value for money and experience", """
The self-referral line is staffed by two midwifery support workers at a cost of around £58,000 a year.
The Connector posts are funded from the ICB's health inequalities allocation at £96,000 a year.
Screening bloods on the day of a fast booking avoid a second appointment. Late booking is linked to
stillbirth, preterm birth and maternal death, and each of these carries costs for the NHS and for
families that dwarf the cost of the programme.

Women say it was the first time anyone had explained antenatal care to them in their own language.
"""),
        ("spread", "5. How the work has been shared", """
The QR code and the recorded messages have been shared with the two other local maternity and neonatal
systems in the region, and one has started its own connector roles with a community organisation. The
two-question referral form is now used by the council's refugee resettlement team as well. We presented
Booked in Time at the national maternity equity network in 2024.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I857  fathers' and co-parents' mental health in the first year - docx -
#       style headings - founder of a fathers' charity, conversational, first
#       person - charity with the community trust's health visiting service
#       and the mental health trust - fathers, mothers and a couple involved
#       - 'a third fewer' as a claim - NO staff involvement (health visitors
#       trained, managers updated, an organisation signing an agreement, a
#       named worker doing his job, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I857", format="docx", layout="style_headings", topic="fathers_perinatal_mental_health",
    project="independent54-dadscount-857", docx_font="Calibri",
    title="Dads Count: asking fathers and co-parents about their own mental health in the first year",
    cover=[
        "Lead: Dads Matter Wessmoor (registered charity)",
        "Partners: Wessmoor Community Health NHS Trust (0-19 Health Visiting Service); Wessmoor and Rill Mental Health NHS Foundation Trust (NHS Talking Therapies and Perinatal Mental Health Service)",
        "Written by Gareth Lyle, founder and chief executive, Dads Matter Wessmoor",
    ],
    primary_entrant=dict(name="Dads Matter Wessmoor", type="charity"),
    partners=[
        dict(name="Wessmoor Community Health NHS Trust", type="nhs_trust"),
        dict(name="Wessmoor and Rill Mental Health NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Where it started", """
I set up Dads Matter in 2019, three years after my son was born and two years after I came very close to
taking my own life. I did not know then that what I had was postnatal depression, because I did not know
that men could get it. Nobody asked me. Not the midwife, not the health visitor, not my GP. I was in the
room at almost every appointment, holding the baby, and every question was for my partner.

Around one in ten new fathers has depression in the year after a birth, and suicide is the biggest
killer of men under 50. When a father is unwell, the risk does not stop with him. Depression in fathers
is linked to depression in mothers, to rows and violence at home, to a crying baby being handled roughly
by a parent at the end of his rope, and to children who struggle later on. The safety of a baby depends
on the mental health of everyone in the house.

In Wessmoor, health visitors meet both parents at the new birth visit about half the time. Until 2023
the child's health record had nowhere to write anything about the father or co-parent, and there was no
route to help if a health visitor was worried about him. NHS Talking Therapies had a waiting list of
about seven weeks, and most dads who were referred never turned up.

Dads Count started in April 2023. At the new birth visit and the six to eight week contact, the health
visitor asks the father or co-parent two questions about his own mood, and the answers are recorded in a
new section of the child's record. Any dad who is struggling can be referred, if he agrees, to a
fast-track appointment with Talking Therapies, and he is offered a call from one of our dads' workers
within 48 hours. Dads in crisis can be put through to the perinatal mental health service's duty line,
which now takes calls about fathers as well as mothers. We also run a text line and a weekly evening
group.
"""),
        ("evidence", "What has changed", """
We compared the 12 months before the fast track started with the first 12 months after.

<<Q:Fathers referred to Talking Therapies by health visitors waited a median of 9 days for their first
appointment, down from 7 weeks.>> <<Q:A third fewer dads dropped out before that first appointment than
in the year before.>> <<Q:New birth visits with anything at all recorded about the father's or
co-parent's wellbeing went from almost none to 68%.>>

Health visitors asked the two questions at 2,410 contacts in the year. 236 dads were referred, and our
text line had around 1,100 conversations. Three fathers in crisis were seen the same day after a call to
the perinatal duty line.
"""),
        ("stakeholders", "How dads were involved", """
<<P:The two questions were written by the dads who come to our Tuesday evening group, who threw out the
standard mood questionnaire because, as one of them put it, no bloke is going to tick 'I have felt
miserable' in front of his partner's health visitor.>> <<P:They chose instead to ask 'How are you doing,
honestly?' and 'Is anything keeping you awake apart from the baby?', and they tried them out on each
other and on their mates before we took them to the health visiting service.>>

<<P:Mums were part of it too: a group of mothers from the Wessmoor breastfeeding cafe told us that they
were often the first to notice when their partner was struggling, so the health visitor now also asks the
mother how her partner is coping when he is not there.>> <<P:A same-sex couple from our group asked us to
use 'co-parent' as well as 'dad' on everything we produce, and we have.>>

All 84 health visitors in Wessmoor completed a 90-minute session on fathers' mental health, which I
delivered. The perinatal mental health team's managers were kept updated at their monthly business
meeting. NHS Talking Therapies signed an agreement to hold four fast-track appointments a week for dads
referred by health visitors. Our dads' worker, Sam Okonjo, runs the text line and calls every dad within
48 hours of a referral. We would like to hear from health visitors about how the questions feel to use,
and we plan a survey of them in 2025.
"""),
        ("value", "Was it worth it?", """
Dads Count costs us about £52,000 a year, mostly for two part-time dads' workers, paid for by the
council's public health grant and a lottery grant. The fast-track appointments come from Talking
Therapies' existing capacity. Against that, one suicide costs the economy well over a million pounds, and
a baby harmed by a parent who has reached breaking point pays for it all their life.

The dads who come to our group say that being asked made them feel like a parent, not a visitor.
"""),
        ("spread", "Where next", """
The father and co-parent section is now part of the health visiting record across the whole community
trust, which also covers two neighbouring council areas. Two other fathers' groups in the region are
using our questions, and we spoke about Dads Count at a national perinatal mental health conference in
2024.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I858  pulse oximetry screening for babies born at home and in a birth
#       centre - pdf - bullet lists - PRIVATE device company as primary
#       entrant, with the acute trust's community midwifery and a parents'
#       support group (ineligible) - clinical director, upbeat - parents
#       involved - NO staff involvement (midwives trained, managers told, a
#       survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I858", format="pdf", layout="bullet_lists", topic="newborn_pulse_oximetry_home_birth",
    project="independent54-everyheart-858", pdf_font="LiberationSans", pdf_align="L",
    title="Every Heart Checked: pulse oximetry screening for babies born at home and in a birth centre",
    cover=[
        "Submitted by NeoSense Medical Ltd (neonatal monitoring devices)",
        "In partnership with Cotterill and Ware Hospitals NHS Trust (Community Midwifery and the Ware Birth Centre) and Little Hearts Cotterill (support group for families of children with heart conditions)",
        "Contact: Clinical Director, NeoSense Medical Ltd",
    ],
    primary_entrant=dict(name="NeoSense Medical Ltd", type="private"),
    partners=[
        dict(name="Cotterill and Ware Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Little Hearts Cotterill", type="patient_group"),
    ],
    sections=[
        ("context", "Why we did it", """
NeoSense makes handheld monitors for newborn babies. In 2022 we were approached by Cotterill and Ware
Hospitals about a gap in their care.

- critical congenital heart disease (CCHD) affects around 1 in 500 babies, and some types are not picked up on the pregnancy scans

- a baby with CCHD can look perfectly well for the first day or two and then collapse suddenly when the duct near the heart closes

- measuring the oxygen level in a baby's right hand and a foot with a pulse oximeter in the first 24 hours finds many of these babies before they become unwell

- the trust already screened babies born on its labour ward, but babies born at home or at the Ware Birth Centre, about 600 a year, were often not screened, because community midwives did not carry a monitor designed for newborns and many of these babies went home within six hours

- in 2021 a baby born at the birth centre went home at five hours old and collapsed at home at 40 hours with an undiagnosed heart condition; he needed emergency surgery and five weeks in intensive care

What Every Heart Checked does, since February 2023:

- every community midwife and the birth centre has a NeoSense handheld newborn oximeter, supplied and maintained by us free of charge for the first two years

- the device talks the midwife through the screening steps and sends the result straight to the trust's maternity record over a secure link

- an abnormal result sends an alert to the phone of the neonatal registrar on call, with the readings attached

- babies who go home early have the screen done at a home visit between 6 and 24 hours after birth
"""),
        ("evidence", "What we achieved", """
We compared February 2022 to January 2023 with February 2023 to January 2024.

- <<Q:babies born at home or in the birth centre who had a pulse oximetry screen within 24 hours of birth rose from 12% to 94%>>

- <<Q:the average time from an abnormal screen to review by a neonatal doctor fell from 3 hours 40 minutes to 55 minutes>>

- <<Q:babies from home and birth centre births admitted after a collapse caused by undiagnosed heart disease went from three in the year before to none in the year after>>

- 1,214 screens were carried out in the year

- 19 babies had an abnormal result, and 4 of them were found to have a serious heart or lung condition
"""),
        ("stakeholders", "Who was involved", """
- <<P:parents from Little Hearts Cotterill, whose own children's heart conditions had been found late, chose the wording of the leaflet that explains the screen, and asked us to drop the word 'test' because it made parents think their baby could fail>>

- <<P:three families who had home births in 2022 tried the device out with a midwife at home and told us the probe felt cold on a newborn's skin, so it now comes in a warming pouch>>

- all 74 community midwives were trained on the device by our clinical trainers

- the trust's maternity managers received a report on screening rates every quarter

- we sent a feedback survey to midwives after three months; most of the answers were positive, so we did not make any changes

- we plan to set up a user group with midwives in 2025
"""),
        ("value", "Value", """
- the devices and the secure link were provided at no cost to the trust for the first two years, after which the trust will pay a yearly licence

- a home visit between 6 and 24 hours was already offered to most families, so the screen adds about ten minutes to it

- a baby who collapses with undiagnosed heart disease may need emergency surgery and weeks of intensive care, and some do not survive

- parents tell us they go home with one less worry
"""),
        ("spread", "Spread", """
- Every Heart Checked has been offered to the other two trusts in the county, and one has started using it

- we have presented the results at a national newborn screening meeting

- Little Hearts Cotterill has shared the parent leaflet with other heart support groups
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I859  blood-thinning injections after birth completed at home - docx -
#       rubric headings - LPC chief officer with the trust's women's health
#       pharmacist, detailed - pharmaceutical committee with the acute trust
#       and the ICB - staff involved - NO patient involvement (women given a
#       pack, asked at a call with nothing changed, the MVP chair sent the
#       leaflet, a negation, a hope)
# ---------------------------------------------------------------------------
entry(
    id="I859", format="docx", layout="rubric_headings", topic="postnatal_lmwh_injections_community_pharmacy",
    project="independent54-sixweeks-859", docx_font="Cambria",
    title="Six Weeks Covered: helping women complete blood-thinning injections after birth",
    cover=[
        "Lead: Dunstow and Rime Local Pharmaceutical Committee",
        "Partners: Dunstow Hospitals NHS Trust (Maternity Services and Pharmacy); NHS Dunstow and Rime Integrated Care Board (Medicines Optimisation)",
        "Submitted by the Chief Officer, Dunstow and Rime LPC, with the Lead Pharmacist for Women's Health, Dunstow Hospitals",
    ],
    primary_entrant=dict(name="Dunstow and Rime Local Pharmaceutical Committee", type="primary_care"),
    partners=[
        dict(name="Dunstow Hospitals NHS Trust", type="nhs_trust"),
        dict(name="NHS Dunstow and Rime Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Why was the partnership needed and what were its patient safety goals?", """
Blood clots in the legs and lungs remain one of the leading direct causes of death during pregnancy and
in the weeks after birth. Women at higher risk, for example after a caesarean section, with a high body
mass index, after a previous clot or with several other risk factors, are prescribed daily injections
of low molecular weight heparin to thin the blood, usually for ten days or six weeks after the birth.
Around 1,300 women a year leave Dunstow Hospitals' maternity unit with these injections.

In 2022 a review of a year's discharges found that the system relied on too many hand-offs. Women were often discharged with a week's supply and a note asking the GP to
continue the prescription. GP practices did not always receive the discharge letter in time, and some
did not realise the prescription was needed at all. Community pharmacies were not told to expect the
prescription and often did not stock the right strength. Women were not always shown how to inject, had
no sharps bin, and stopped early because of bruising, fear of needles or simply because they ran out.
Nobody checked whether the course was completed.

One case made the gaps plain. In the spring of 2022 a woman who had an emergency caesarean section was
discharged with ten days of injections when her risk assessment said she needed six weeks. Nobody
noticed. She was readmitted three weeks after the birth with a clot on the lung and spent five days in
hospital, away from her baby.

The partnership's goals were that every woman leaves hospital with the full course and the means to
give it safely, that her community pharmacy knows about her and checks on her, and that nobody stops
early without a conversation. Since June 2023 the hospital pharmacy dispenses the whole course before
discharge, with a sharps bin and a dose card. The discharge information goes electronically to the
woman's chosen community pharmacy through the Discharge Medicines Service, and the pharmacy phones her
on day 3 and day 14 to check how the injections are going, whether she has enough, and whether anyone
else is giving them. The ICB pays pharmacies a fee for the two calls and for taking back full sharps
bins.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
We compared an audit of 2022 discharges with the same audit repeated in 2024, together with community
pharmacy records and readmission data from the trust.

<<Q:Women prescribed six weeks of injections who completed the full course rose from 58% in 2022 to 87%
in 2024.>> <<Q:Discharge prescriptions with the wrong duration fell from about one in eight to one in
fifty.>> <<Q:Readmissions in the six weeks after birth with a blood clot in the legs or lungs went down
from 9 in 2022 to 4 in 2024.>>

Community pharmacies made 1,960 follow-up calls in the first year, and 212 full sharps bins were
returned.
"""),
        ("spread", "How have the achievements been applied elsewhere and best practice shared?", """
The trust's surgical wards have started to use the same discharge route for patients going home on
blood-thinning injections after orthopaedic surgery. The ICB has offered the service specification to
the other maternity unit in its area, and the model has been shared through the regional maternity
medicines safety group and the national LPC network.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
Dispensing the full course in hospital costs the same as dispensing it in the community, and saves GP
time writing and checking the prescription. The pharmacy fee for the two calls comes to about £14,000 a
year. A readmission with a clot on the lung costs several thousand pounds, and a fatal one is a tragedy
for a family with a new baby.

Pharmacists say they finally know who their postnatal patients are. Midwives say discharge is quicker
now the pack is ready.
"""),
        ("stakeholders", "Who was involved and how were patients and staff involved?", """
<<S:Community pharmacists from a working group of eight pharmacies wrote the day 3 and day 14 call script
with the trust's maternity pharmacists, and added a question about who is giving the injection after
finding that many partners were doing it without ever having been shown how.>> <<S:Postnatal ward
midwives told us that discharge was being held up while women waited for six weeks of injections from the
hospital pharmacy, so pharmacy technicians now prepare the pack the day before a planned caesarean
section.>> <<S:Practice pharmacists from the ICB's medicines optimisation team agreed that GP practices
would no longer be asked to continue the prescription, and helped rewrite the discharge letter so that
the duration is at the top.>>

Women are given a dose card, a sharps bin and a leaflet when they leave hospital. At the day 14 call
they are asked whether they have had any problems with the injections; almost all say no, and the
script has not been changed as a result. The chair of the Maternity and Neonatal Voices Partnership was
sent the final leaflet for information. Women were not involved in designing the service, which we
recognise as a gap, and we hope to work with the partnership on a short video showing how to inject
during 2025.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I860  extravasation injuries from drips on a neonatal unit - pdf (via Word)
#       - style headings - advanced neonatal nurse practitioner, technical -
#       departments of ONE acute trust (neonatal unit, plastic surgery, tissue
#       viability, pharmacy, digital) presented as a partnership, no partner
#       organisation (ineligible) - staff involved - NO patient involvement
#       (parents given a leaflet, told under duty of candour, a hope)
# ---------------------------------------------------------------------------
entry(
    id="I860", format="pdf", layout="style_headings", topic="neonatal_extravasation_injuries",
    project="independent54-eyesontheline-860", render_via="soffice", docx_font="Liberation Sans",
    title="Eyes on the Line: preventing extravasation injuries from drips in babies on the neonatal unit",
    cover=[
        "Kilnsey Bridge University Hospitals NHS Trust",
        "Entered jointly by the Neonatal Intensive Care Unit, Plastic Surgery, Tissue Viability, Pharmacy and Clinical Digital Services",
        "Lead author: Advanced Neonatal Nurse Practitioner",
    ],
    primary_entrant=dict(name="Kilnsey Bridge University Hospitals NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Background", """
Most babies on a neonatal unit need a drip at some point, for fluids, nutrition or medicines. In very
small babies the veins are fragile and the skin is thin, and fluid can leak out of the vein into the
surrounding tissue without anyone noticing for some time. This is called extravasation. Some of the
fluids we give, such as parenteral nutrition, concentrated glucose and calcium, are very damaging to
tissue. A serious extravasation injury can cause blistering, deep skin loss, scarring and contractures
that need plastic surgery, and the scar is sometimes the only visible reminder a family carries of their
baby's time in intensive care.

Our 34-cot unit cares for around 600 babies a year. In 2021 we recorded 18 extravasation injuries graded
3 or 4 on the standard scale, several of which needed a plastic surgery opinion and two of which needed
skin grafts. Our review found that cannula sites were checked irregularly and the checks were often not
written down, that some fluids known to be damaging were being given through small peripheral
cannulas when a longer central line would have been safer, and that when an injury was found the
'flush-out' treatment, which works best if it is done within an hour, was usually delayed for several
hours while the team found someone to do it.

Eyes on the Line, introduced in stages during 2022, brought together the neonatal unit, the plastic
surgery team, the tissue viability service, pharmacy and the trust's clinical digital team. It has five
elements: an hourly 'look, touch, compare' check of every cannula site, recorded on the electronic chart
with a prompt if it is missed; clear dressings so that sites can be seen without being disturbed; a list
of fluids that should only be given centrally, held by pharmacy; an extravasation kit on the unit; and an
agreement that the on-call plastic surgery registrar will come to perform a flush-out within an hour of
a grade 3 or 4 injury being found, with photographs taken at the time and uploaded to the record.
"""),
        ("evidence", "Results", """
We compared 2021 with 2023, the first full year with all five elements in place.

<<Q:Extravasation injuries graded 3 or 4 fell from 18 in 2021 to 5 in 2023.>> <<Q:Hourly cannula site
checks documented on the chart rose from 52% to 95% in monthly audits.>> <<Q:The median time from an
injury being found to a flush-out being done fell from around four hours to 50 minutes.>> <<Q:Babies needing a skin graft after
an extravasation injury went from two in 2021 to none in 2023.>>
"""),
        ("stakeholders", "Engagement", """
<<S:Neonatal nurses designed the 'look, touch, compare' check themselves, tried three versions over two
months and chose the one that could be done without waking the baby.>> <<S:Plastic surgery registrars
agreed the one-hour response after spending a teaching session on the unit, and asked for the
extravasation kit to include everything they need so that they did not have to bring equipment from
the main theatres.>> <<S:Neonatal pharmacists reviewed every infusion given on the unit and drew up the
list of fluids to be given only through a central line, which the consultants then agreed at their
governance meeting.>> <<S:Tissue viability nurses asked for the photographs to be taken at a fixed
distance with a ruler in the frame, so that healing could be compared, and the digital team built this
into the upload screen.>>

Parents are given a leaflet explaining why their baby's drip is checked every hour. If an injury
happens, parents are told straight away and offered a meeting with the consultant, in line with the
duty of candour. We would like to involve parents from the unit's family forum when we next review the
leaflet.
"""),
        ("value", "Value", """
Clear dressings cost a few pence more than the ones we used before, and the extravasation kits about
£40 each. The digital prompt was built by the trust's own team. A single skin graft for a baby means
another anaesthetic, a longer stay and months of dressings and follow-up, and the scar is lifelong.
Nurses say the hourly check has become second nature.
"""),
        ("spread", "Spread", """
The check and the central fluids list have been adopted by the trust's children's intensive care unit.
We presented Eyes on the Line at the regional neonatal nursing conference in 2024, and the neonatal
operational delivery network has asked us to share the chart with its other units.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I861  urinary retention after birth - docx - sections in an unusual order
#       (results first) - consultant midwife with the community bladder and
#       bowel lead, straightforward - acute trust maternity with the community
#       trust's bladder and bowel service and a women's pelvic health forum -
#       women and staff involved - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I861", format="docx", layout="reordered", topic="postpartum_urinary_retention",
    project="independent54-mindthebladder-861", docx_font="Cambria",
    title="Mind the Bladder: stopping urinary retention going unnoticed after birth",
    cover=[
        "Lead: Mereford and Dane Hospitals NHS Trust, Maternity Services",
        "Partners: Mereford Community NHS Trust (Bladder and Bowel Service) and Mereford Pelvic Health Forum (women's support group)",
        "Authors: Consultant Midwife, Mereford and Dane Hospitals, with the Clinical Lead for Bladder and Bowel Health, Mereford Community NHS Trust",
    ],
    primary_entrant=dict(name="Mereford and Dane Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Mereford Community NHS Trust", type="nhs_trust"),
        dict(name="Mereford Pelvic Health Forum", type="patient_group"),
    ],
    sections=[
        ("evidence", "What we achieved", """
<<Q:Women found to have more than a litre of urine in the bladder after birth fell from 23 in 2021/22 to
6 in 2023/24.>> <<Q:The proportion of women whose first wee after birth was timed and measured within
six hours rose from 44% to 91% in our quarterly audits.>> <<Q:Women who needed a catheter or were seen
urgently by the community bladder and bowel service for retention after they had gone home went down
from 17 to 5 over the same period.>>

Since the start we have run 38 short teaching sessions on the wards, and around 4,900 women have been
given the 'first wee' card.
"""),
        ("context", "The problem", """
After giving birth, especially after an epidural, a long labour, a forceps or ventouse delivery or a
tear that needed stitches, some women cannot empty their bladder properly. Because the area is numb or
sore, they may not feel that the bladder is full. If nobody notices, the bladder can stretch to hold
well over a litre, and an over-stretched bladder can be permanently damaged. Some women are left
needing to use a catheter for months, and a few for much longer.

At Mereford and Dane, about 4,200 babies are born each year. Our guideline said that women should pass
urine within six hours of birth and that the amount should be measured, but in practice nobody owned
this. The time of the first wee was rarely written down, women were not told why it mattered, measuring
jugs were often missing from the postnatal toilets, and the ward had one bladder scanner, which was
frequently on another ward. Women went home without anyone knowing whether they had emptied their
bladder.

The community bladder and bowel service saw the consequences. Their nurses were seeing women weeks or
months after birth who had been discharged with retention that nobody had picked up, some of whom now
had to catheterise themselves several times a day.

Mind the Bladder started in October 2022. Every woman now has a 'first wee' chart started at birth, with
the six-hour deadline written on it and on the ward's electronic board. Each postnatal toilet has a
measuring jug and a chart on the wall. The postnatal ward has two dedicated bladder scanners, and
midwives and maternity support workers are trained to use them. Women are given a card explaining what
to look out for, and any woman with a large volume, or who is discharged with a catheter, is referred
directly to the community bladder and bowel service, which phones her within two working days.
"""),
        ("stakeholders", "Who was involved", """
<<P:Women from the Mereford Pelvic Health Forum, several of whom had needed to use catheters for months
after giving birth, told us that nobody had ever explained that not feeling the need to wee was a warning
sign, and they wrote the 'first wee' card with us.>> <<P:They also asked for a jug and a simple chart in
every postnatal toilet, so that women could measure for themselves instead of waiting for a midwife,
which is now in place.>>

<<S:Maternity support workers suggested adding the six-hour deadline to the electronic board after
finding that the paper chart was often in the woman's bag, not by her bed.>> <<S:Community continence
nurses came onto the postnatal ward for a week to teach scanning, and rewrote the referral form with the
ward midwives so that it asks for the scan volume and the time of the last wee.>> <<S:Obstetric
anaesthetists reviewed the guidance on catheters after epidurals with us and agreed when a catheter
should stay in overnight.>>
"""),
        ("value", "Value", """
The two bladder scanners cost £17,000, paid for by the trust's maternity safety fund. Jugs and wall
charts cost very little. The community service's extra phone calls are part of its existing work. For a
woman, a few minutes of checking can prevent months of using a catheter while caring for a new baby, and
the cost to the NHS of a woman who needs long-term continence care far outweighs the cost of the
scanners.

Midwives say they now see measuring the first wee as part of safe postnatal care, not an extra task.
Women tell us they feel listened to about something many found embarrassing to raise.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I862  scalds from hot drinks and bath water in babies and toddlers - pdf -
#       with appendix - fire service head of prevention, practical - fire and
#       rescue service with the council's family hubs, community trust health
#       visiting and a children's hospital burns service - parents,
#       grandparents, a mother and staff involved - NO quantitative evidence
#       (visit, valve and session counts, a single figure with no baseline, a
#       target worded as 'halve', a comparison that could not be made)
# ---------------------------------------------------------------------------
entry(
    id="I862", format="pdf", layout="with_appendix", topic="toddler_scalds_hot_drinks_bath",
    project="independent54-coolcalm-862", pdf_font="LiberationSerif", pdf_align="L",
    title="Cool, Calm, Covered: preventing scalds from hot drinks and bath water in babies and toddlers",
    cover=[
        "Lead organisation: Harlock and Stenn Fire and Rescue Service (Prevention Directorate)",
        "Partners: Harlock City Council (Family Hubs and Early Years); Harlock Community Health NHS Trust (Health Visiting); Harlock Children's Hospital NHS Foundation Trust (Regional Paediatric Burns Service)",
        "Prepared by the Head of Prevention, Harlock and Stenn Fire and Rescue Service",
    ],
    primary_entrant=dict(name="Harlock and Stenn Fire and Rescue Service", type="emergency_service"),
    partners=[
        dict(name="Harlock City Council", type="local_authority"),
        dict(name="Harlock Community Health NHS Trust", type="nhs_trust"),
        dict(name="Harlock Children's Hospital NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why a fire service got involved", """
People are sometimes surprised that a fire and rescue service is leading work on scalds. Most of the
burns we see at house fires are to adults. But when we looked at the burns injuries treated at the
regional paediatric burns service at Harlock Children's Hospital, it was clear that the biggest group
of children being hurt by heat in their own homes were not in fires at all. They were babies and
toddlers, mostly between nine months and three years old, scalded by hot drinks, kettles, saucepans
and bath water.

A toddler's skin is much thinner than an adult's. A cup of tea made fifteen minutes earlier can still
cause a burn that needs a skin graft, and bath water that feels only warm to an adult hand can scald a
baby in seconds. The injuries are painful and frightening, and the scars can need treatment for years
as the child grows. Many of these injuries happen at exactly the moment children become mobile: they
pull on a tablecloth or a kettle flex, grab a mug from a coffee table, or turn on a hot tap in the bath.

Our home safety work had been aimed almost entirely at older people and at smoke alarms. Health visitors
were talking to families about home safety at the nine to twelve month review, but had no way of doing
anything practical about what they saw. The council's family hubs were running first aid sessions for
parents, but they were not linked to either service, and the burns service had years of detailed data
that nobody outside the hospital was using.

Cool, Calm, Covered started in April 2023. Health visitors ask three 'hot spots' questions at the nine
to twelve month review: where hot drinks are put down in the home, whether the hot water at the bath tap
is too hot to hold a hand under, and whether anyone in the home knows what to do for a burn. Families
who answer with a risk, and who agree, are referred to us for a free home safety visit, during which our
advisers fit a thermostatic mixing valve to the bath where the landlord or owner agrees, leave a bath
thermometer and a kettle flex tidy, and talk through where hot drinks can safely go. The family hubs run
short first aid sessions for parents and grandparents, built around the burns service's advice to cool
a burn under running water for twenty minutes. The burns service shares its figures with us every
quarter so that we can see where injuries are happening.
"""),
        ("evidence", "What we have done and what we know so far", """
Since April 2023, health visitors have asked the 'hot spots' questions at 3,860 reviews and referred
644 families to us. Our advisers have carried out 602 home safety visits, fitted 214 thermostatic mixing
valves with the agreement of landlords and housing associations, and given out 1,100 bath thermometers.
The family hubs have run 88 first aid sessions, attended by 1,240 parents and grandparents.

In 2023/24 the burns service treated 96 children under five from the Harlock area for scalds. Of those
whose parents were asked, 72% had cooled the burn under running water for at least twenty minutes before
arriving at hospital.

Our shared goal is to halve the number of scalds in under-fives treated by the burns service by 2027.
The burns service changed its recording system in 2022, so we cannot yet compare these figures with
earlier years, and the numbers are small enough to move up and down a good deal from one year to the
next.
"""),
        ("stakeholders", "How families and staff shaped it", """
<<P:We held sessions at three family hubs where parents and grandparents drew us plans of where the
kettle and the hot drinks actually go in their homes, and because of what they showed us, the advice
now concentrates on the sofa and the coffee table rather than the kitchen.>> <<P:Grandparents, who look
after a great many young children in Harlock while parents work, asked for first aid sessions of their
own in the daytime, and these now run every month.>> <<P:A mother whose son was scalded by a cup of tea
at fourteen months helped us make the first aid video and asked that it show how long twenty minutes
really feels, so the video runs a clock in the corner.>>

<<S:Health visitors helped write the three 'hot spots' questions and tried them at reviews for two
months, dropping a fourth question about hair straighteners because it took too long to explain.>>
<<S:Our home safety advisers asked for bath thermometers and kettle flex tidies to be carried on every
visit, and this started in the third month.>> <<S:Burns nurses at Harlock Children's Hospital went
through two years of their own cases with our prevention officers and found that hot drinks, not bath
water, caused most injuries, which changed the focus of the whole programme.>>
"""),
        ("value", "Value for money", """
A thermostatic mixing valve costs about £60 fitted, a bath thermometer £2 and a kettle flex tidy less
than £1. Home safety visits are part of our existing prevention work, and the first aid sessions are run
by family hub staff. A child with a scald needing a skin graft may need several operations and years of
scar treatment, costing the NHS tens of thousands of pounds.

Health visitors say that being able to offer something practical makes the home safety conversation
easier to have.
"""),
        ("spread", "Spreading it", """
The 'hot spots' questions have been added to the health visiting record template across the whole
community trust, which also serves two neighbouring districts. We have shared the programme with the
National Fire Chiefs Council's home safety group and with the three other fire services in our region,
and the burns service has offered its data to councils across its catchment area.
"""),
    ],
    trailer=[
        ("heading", "Appendix: first aid advice and data sources"),
        ("para", "First aid for a burn or scald, as taught in the family hub sessions: cool the burn under cool or lukewarm running water for twenty minutes; remove clothing and nappies near the burn unless they are stuck; cover it loosely with cling film; keep the child warm; and call 999 or go to the emergency department for any burn on a baby or young child."),
        ("para", "Data sources: referrals and reviews from the health visiting record; home safety visits and equipment from the fire and rescue service's prevention database; first aid sessions from the family hubs' booking system; scald admissions and first aid before arrival from the regional paediatric burns service."),
        ("para", "Contact: Prevention Directorate, Harlock and Stenn Fire and Rescue Service, Fire Service Headquarters, Mill Lane, Harlock HK3 5QD."),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I863  caesarean wound infections after discharge - pdf - form table with
#       a cover table - GP federation lead nurse, dry - GP federation with the
#       acute trust maternity and infection prevention teams and the LPC -
#       staff involved - NO patient involvement (women enrolled and sent
#       texts, called back, a negation, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I863", format="pdf", layout="form_table", topic="caesarean_wound_infection_after_discharge",
    project="independent54-healingwell-863", pdf_font="LiberationSans",
    title="Healing Well at Home: finding caesarean wound infections early after discharge",
    cover_table=[
        ("Entry title", "Healing Well at Home: finding caesarean wound infections early after discharge"),
        ("Lead organisation", "Sedgefold Primary Care Federation (GP federation of 22 practices)"),
        ("Partner organisations", "Sedgefold Hospitals NHS Trust (Maternity Services and Infection Prevention and Control); Sedgefold Local Pharmaceutical Committee"),
        ("Entrant", "Lead Nurse, Sedgefold Primary Care Federation"),
    ],
    primary_entrant=dict(name="Sedgefold Primary Care Federation", type="primary_care"),
    partners=[
        dict(name="Sedgefold Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Sedgefold Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "Background and aims", """
Around one in three babies at Sedgefold Hospitals is born by caesarean section, about 1,500 a year. Up
to one in ten caesarean wounds becomes infected, and most infections start after the woman has gone home.
Until 2023 these women were seen by whoever they happened to contact: their GP practice, the
out-of-hours service, a community pharmacy, a community midwife or the hospital's maternity triage line.
Each gave different advice. Antibiotics were often started late, or were the wrong choice for the
likely organism, and some women were not seen until the wound had opened. Infections treated in the
community were almost never reported back to the hospital, so the hospital's surgical site infection
surveillance missed most of them and could not see problems with particular theatres or techniques.

In 2022 two women were readmitted with deep wound infections and sepsis after being seen several times
in general practice without a wound swab or a clear plan.

Healing Well at Home started in March 2023. Women are sent a text message on days 5, 10 and 21 after a
caesarean asking three questions about redness, discharge and fever. Any yes answer brings a same-day
phone call from a nurse in the federation's wound hub, who can ask for a photograph through a secure
link, see the woman in one of three hub clinics the same or next day, take a swab and start treatment
using an antibiotic guide agreed with the hospital's microbiologists. Community pharmacies supply
dressings and refer women with symptoms to the hub. Every confirmed infection is reported to the
hospital's infection prevention team.
"""),
        ("evidence", "Evidence of improvement", """
<<Q:Caesarean wound infections that led to readmission fell from 31 in 2022 to 12 in 2024.>> <<Q:Women
with a suspected wound infection who started the recommended antibiotic within 24 hours of first
reporting symptoms went up from 40% to 86%.>> <<Q:Infections diagnosed after discharge that were
reported back to the hospital's surveillance team rose from about one in five to nearly all of them.>>

In 2024, 3,100 text messages were sent and the wound hub made 460 call backs. Figures are from the hub's
records, the trust's readmission data and the infection prevention team's surveillance database.
"""),
        ("stakeholders", "Involvement of patients and staff", """
<<S:Practice nurses from six practices designed the photograph triage and the hub clinic template, and
after the first month they asked for a ruler to be included in the photo guidance so that wounds could be
compared between visits.>> <<S:Community midwives told us women were confused about who to ring, so the
midwives' discharge letter now gives the hub number as the only contact for wound problems.>>
<<S:Microbiologists and GPs agreed the antibiotic guide together at two meetings, and changed it after
practice nurses reported that the first choice was often out of stock.>> <<S:Community pharmacists,
through the LPC, suggested that pharmacies supplying dressings should ask the three questions as well,
which is now part of the service.>>

Every woman who has a caesarean section is enrolled in the text messages before she leaves hospital
unless she opts out. Women who reply yes receive a call back from a nurse the same day. We did not set up
a women's panel for this project because of the time available, though we recognise this as a gap. We
plan to ask the Maternity Voices Partnership to review the wording of the texts in 2025.
"""),
        ("value", "Value", """
The text messages cost about £900 a year. The wound hub uses nursing time from the federation's existing
enhanced access service. A readmission with a deep wound infection means several nights in hospital,
often separated from a new baby, and sometimes a return to theatre.
"""),
        ("spread", "Spread", """
The hospital has offered the same text messages to women after other gynaecological operations. The
antibiotic guide has been adopted by the out-of-hours GP service. We presented the hub model at the
regional infection prevention network in 2024.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I864  checks on second-hand cots and car seats at a baby bank - docx -
#       bullet lists - short - chair of trustees, plain - a baby bank charity
#       on its own (referrers named, no partner organisation; ineligible) -
#       parents and paid coordinators involved - NO evidence section and no
#       measured change anywhere in the entry ('about a third' of seats turned
#       away is a single figure)
# ---------------------------------------------------------------------------
entry(
    id="I864", format="docx", layout="bullet_lists", topic="baby_bank_second_hand_equipment_safety",
    project="independent54-safesecondhand-864", docx_font="Calibri",
    title="Safe Second-Hand: checking cots, car seats and Moses baskets before they reach babies",
    cover=[
        "Lorrington Baby Bank (registered charity, run mainly by volunteers)",
        "Entry by Helen Marsh, Chair of Trustees",
    ],
    primary_entrant=dict(name="Lorrington Baby Bank", type="charity"),
    partners=[],
    sections=[
        ("context", "Why we did it", """
- Lorrington Baby Bank gives donated baby equipment, clothes and toiletries to families who are struggling, referred to us by midwives, health visitors, social workers, family hubs and food banks

- in 2023 we helped about 1,400 families and gave out 620 cots and 390 car seats

- almost everything we give is second-hand, donated by local families

- until 2023 our checks were whatever the volunteer on duty thought was sensible, and nothing was written down

- some of the car seats we gave out were only suitable for older babies, and families were using them to bring newborns home from hospital

- some donations were not safe: cots with a mattress that did not fit, leaving a gap where a baby could get stuck; cot bumpers, pillows and sleep pods; car seats with no history, past their use-by date or from a car that had been in a crash; and Moses basket stands that had been recalled

- in 2022 a health visitor found that a cot we had given to a family had a mattress so small that the baby had wedged herself in the gap; she was unhurt, but it was the moment we realised that good intentions were not enough

- we now check every item against a written checklist, give a brand new mattress with every cot, turn away bumpers, pillows, pods and sleep positioners, only accept car seats whose history we know, and check every item against the product recall lists

- every family taking a cot gets a safe sleep card
"""),
        ("stakeholders", "Who helped", """
- <<S:our two paid coordinators designed the checklist with the Saturday sorting team, and the sorters added the 'two finger' test for gaps between the mattress and the cot after trying it on the cots in our store>>

- <<P:parents who had been given equipment by us came to a coffee morning and told us they would rather wait a week for a checked car seat than get an unchecked one that day, which is why we now keep a waiting list instead>>

- <<P:two mums helped design the safe sleep card and asked for photographs of a real baby in a real cot instead of a cartoon>>

- all our volunteers have had safe sleep training from a national safe sleep charity's online course

- the midwives, health visitors and social workers who refer families to us were sent a copy of the checklist and the safe sleep card, so that they know what families will receive
"""),
        ("value", "Cost and value", """
- a new cot mattress costs us about £28, and a grant of £18,000 from a local community foundation has paid for the mattresses for two years

- we now turn away about a third of the car seats we are offered, and send them for recycling

- the checks take a volunteer about fifteen minutes per item

- parents say a new mattress makes a second-hand cot feel like a proper present for their baby

- a baby's death or injury from an unsafe cot or car seat is a loss no family should face, and most of these are preventable with a simple check
"""),
        ("spread", "What next", """
- we have shared our checklist with the other baby banks in the county through the regional baby bank network, and three are using it

- our trustees have agreed to keep buying new mattresses from our own fundraising when the grant ends

- we would like to find a car seat fitting expert who could check seats with us once a month, and to offer families a fitting check before they leave
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)
