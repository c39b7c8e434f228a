"""One-hundred-and-sixth independent evaluation set (I1681..I1696) for the HSJ 'Best
Partnership Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing maternity and neonatal services,
ICBs, GP federations, ambulance services, mental health trusts, councils, charities,
universities and the odd private company send in, in their own voices and at their own
length.  The theme of this set is maternity and newborn care: antenatal screening
follow-up, postnatal readmissions, neonatal transfers, feeding and jaundice at home,
perinatal mental health and midwife-led units.

Topics, with the lead's type and the layout:
  I1681 antenatal screening results lost when women move to another trust mid-pregnancy
        (nhs_trust, acute screening team; docx rubric_headings);
  I1682 anomaly scan findings waiting for a fetal medicine appointment (icb, local
        maternity and neonatal system; pdf caps_headings);
  I1683 the postnatal diabetes test after gestational diabetes that never happens in
        general practice (primary_care, GP federation; docx bold_headings with a cover
        table);
  I1684 readmissions with caesarean wound infection after going home (nhs_trust, acute;
        pdf own_headings);
  I1685 time-critical neonatal transfers and the wait for an ambulance
        (emergency_service, ambulance; pdf two_column);
  I1686 handover when babies are moved back from the regional neonatal unit to a local
        unit (nhs_trust, host of the neonatal network; docx numbered_questions);
  I1687 feeding problems at home in babies waiting for a tongue-tie assessment (charity,
        breastfeeding support, no partner; docx no_headings);
  I1688 phototherapy for jaundice at home (private equipment company as primary
        entrant; pdf form_table);
  I1689 fathers' and partners' mental health in the year after birth (charity; pdf
        with_appendix);
  I1690 out-of-hours crisis care for mothers who need a mother and baby unit (nhs_trust,
        mental health; docx reordered, results first, no spread section);
  I1691 planning mood stabiliser medicines before and during pregnancy (university;
        pdf style_headings made from Word via soffice);
  I1692 obstetric emergency drills in a freestanding midwife-led unit with the
        ambulance service (nhs_trust, acute; docx style_headings);
  I1693 telling women in labour when the midwife-led unit suspends at short notice
        (departments of one trust, no partner; pdf numbered_questions);
  I1694 expressed breast milk brought from home to the neonatal unit (nhs_trust,
        neonatal unit; pdf bullet_lists, no value section);
  I1695 women readmitted after birth through the emergency department without maternity
        review (nhs_trust, acute; docx bullet_lists);
  I1696 fetal RhD test results and anti-D in community antenatal care (nhs_trust,
        pathology network; docx form_table, short).

Build it with

    .venv/bin/python data/independent/build.py --set 106   (writes data/corpus/independent106/)

Mark-up used inside section bodies (stripped before rendering):
  <<Q:sentence>>   quantitative claim (a measured change in an outcome: a baseline and an
                   after value, or a stated change such as 'halved' or 'a third fewer')
  <<P:sentence>>   patient / carer / family / service-user / lived-experience involvement
                   (in this set: women, birthing people, parents, partners and families)
  <<S:sentence>>   staff involvement (any staff group, including partners' staff, who
                   co-designed, tested, were consulted, governed the work or gave feedback
                   that changed it)
  (letters combine, e.g. <<PS:...>>)
Paragraphs are separated by a blank line; line breaks inside a paragraph are joined with
a single space.  A paragraph starting with "- " is a bullet item.

Labelling conventions (as in entries29.py and entries31.py):
  * not Q: dates, financial years, bed/cot/unit/practice counts, headcounts, numbers
    trained, activity counts (transfers, calls, referrals, drills, tests, babies or
    women screened or identified), single figures with no baseline, a zero with no
    earlier figure, figures that did not change, budgets, costs and savings estimates,
    phone numbers, reference numbers, targets not yet reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    (including 'halved', 'a third fewer' or a sustained shift on an SPC chart);
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
GP practices, GP federations and primary care networks are primary_care; maternity and
neonatal voices partnerships and parents' support groups are patient_group;
breastfeeding, parents' and mental health charities are charity; integrated care boards
are icb; a university is university; equipment and digital health companies are
private).  A department or team of the entrant's own organisation is not a partner.
Flags are written by hand and build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1681  antenatal screening results lost when women move trust - docx -
#        rubric headings - screening and immunisation midwife, careful -
#        acute trust with a neighbouring trust, the ICB and the MNVP - women
#        and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1681", format="docx", layout="rubric_headings", topic="antenatal_screening_transfer_of_care",
    project="independent106-carriedacross-1681", docx_font="Calibri",
    title="Carried Across: making sure antenatal screening results follow women who move during pregnancy",
    cover=[
        "Lead organisation: Hallowmere Teaching Hospitals NHS Foundation Trust (Antenatal and Newborn Screening Team)",
        "Partners: Saltleigh and Fenmoor NHS Trust (Maternity Services); NHS Hallowmere and Saltleigh Integrated Care Board; Hallowmere Maternity and Neonatal Voices Partnership",
        "Submitted by: Antenatal and Newborn Screening Co-ordinator (midwife)",
    ],
    primary_entrant=dict(name="Hallowmere Teaching Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Saltleigh and Fenmoor NHS Trust", type="nhs_trust"),
        dict(name="NHS Hallowmere and Saltleigh Integrated Care Board", type="icb"),
        dict(name="Hallowmere Maternity and Neonatal Voices Partnership", type="patient_group"),
    ],
    sections=[
        ("context", "Context: what was the safety issue and why was a partnership needed?", """
Every pregnant woman in England is offered screening for infectious diseases, sickle cell and
thalassaemia, and conditions in the baby such as Down's syndrome, and a scan at around 20 weeks. Each of
those tests has a result that has to be given to the woman, acted on if it is not normal, and carried
through to the birth and the care of the newborn. Inside one maternity service this is well organised.
Our screening team keeps a failsafe list of every woman booked with us and checks that every result
comes back and is followed up.

The weak point is when a woman moves. Hallowmere and Saltleigh sit side by side. Many women live near the
boundary, and a fair number move house in pregnancy, change their mind about where to give birth, or are
moved by the council into temporary housing on the other side of the line. When that happens their
maternity care transfers to the other trust. Until 2022 the transfer was a letter from one community
midwife to another, with the hand-held notes, and the screening results were supposed to follow.

Often they did not. Each trust uses a different maternity record system and neither can see the other.
A result that came back after the woman had moved went to the team that no longer looked after her. A
positive hepatitis B result, a higher-chance result on the combined test or a finding on the 20-week
scan could sit in one trust's system while the woman was being seen in the other. Women told us they
were asked the same questions twice, or assumed that 'no news was good news'.

Our own audit of transfers in 2021 found results missing or not acted on for 41 of the 212 women who
moved between the two trusts. Two cases went to a serious incident review: a baby born to a mother with
hepatitis B who did not receive the vaccine at birth because the receiving unit did not know the result,
and a woman whose higher-chance result for Down's syndrome was not discussed with her until she was 17
weeks pregnant. Neither trust could fix this alone, because the gap sat between us.

The women who move are often those who already face the greatest risks. Many of the transfers we looked
at involved women placed in temporary accommodation, women escaping domestic abuse, asylum seekers moved
between hotels by the Home Office, and young women moving back to their parents' home. These are the
women least likely to chase a missing result themselves and most likely to miss appointments through no
fault of their own.
"""),
        ("evidence", "Evidence: what difference has the work made?", """
Since January 2023 the two screening teams have shared a single transfer log. When a woman moves, the
sending team records every screening test she has had or is waiting for, and the receiving team
confirms, by name, that they have received and acted on each one within five working days. Any result
that arrives after the move is forwarded the same day by secure email to a named co-ordinator, not to a
general inbox. The two teams meet online once a month to go through the log together.

<<Q:In the first year of the shared log, results that were missing or not acted on at transfer halved,
from 41 of 212 women in 2021 to 19 of 230 in 2023.>> <<Q:In 2024 the figure fell further, to 7 of 241
women.>> <<Q:The average time from a woman's move to the receiving team confirming her screening status
came down from 19 days to 4 days.>>

Every
baby born in either trust to a mother known to have hepatitis B in 2024 received the birth dose of the
vaccine within 24 hours.
"""),
        ("spread", "Spread: how has the learning been shared?", """
The regional screening quality assurance team has shared our transfer log template with the other
maternity services in the region, and three have asked for a copy. The ICB has added screening status at
transfer to its maternity dashboard so that it can see the figures for every trust. We presented the work
at the regional screening conference in 2024 and have written a one-page guide for community midwives
in neighbouring trusts.

We have also learned that 'transfer of care' is not only a problem between trusts. The same log is now
used when a woman moves from the care of a hospital consultant team to a midwife-led team within
Hallowmere, where we found the same kind of gap on a smaller scale.
"""),
        ("value", "Value: what has it cost and what has it saved?", """
The shared log is a secure spreadsheet and a monthly meeting. The only real cost has been about two hours
a week of a screening support worker's time in each trust, which both trusts found from within existing
budgets. A single case of hepatitis B passed to a baby would mean a lifetime of monitoring and
treatment, and a late or missed conversation about a screening result takes away a woman's time to make
decisions about her pregnancy, which cannot be given back.

There is also value in the relationship. The two screening teams used to speak only when something had
gone wrong. Now they know each other by name, and that has made it easier to sort out other problems,
such as booking bloods taken in one trust and processed in the other.

We have also noticed a change in the tone of conversations between the two maternity services. A
transfer used to be seen as a handover of a problem. Now, because each result has a named person on both
sides, it feels more like a shared responsibility, and the receiving team will often ring the sending
team to ask a question rather than starting again from the beginning.
"""),
        ("stakeholders", "Stakeholders: who was involved and how?", """
<<P:We asked the Maternity and Neonatal Voices Partnership to help us understand what moving feels like,
and they found six women who had changed trusts during pregnancy and were willing to talk to us.>>
<<P:Those women described how no one had told them who was now responsible for their results, and at
their suggestion every woman who moves is now given a short card naming her new screening co-ordinator
and a phone number.>> <<P:One of them, a mother who had been rehoused twice while pregnant, read our
first draft of the card and asked us to take out the abbreviations, which we did.>>

<<S:The screening co-ordinators and support workers from both trusts designed the transfer log together
over four meetings, and it was their idea to require a named confirmation rather than a tick box.>>
<<S:Community midwives in Saltleigh tested the process for two months before it went live and told us
that the secure email was going to a shared mailbox nobody checked at weekends, so the forwarding route
was changed.>> <<S:Maternity clerical staff at both sites pointed out that address changes often reached
them before the midwives, and they now trigger the transfer log themselves.>> <<S:The ICB's maternity
quality lead chaired the steering group, and the consultant midwives from both trusts signed off the
standard operating procedure.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1682  anomaly scan findings waiting for fetal medicine - pdf - CAPS
#        headings - LMNS programme manager, brisk - ICB with three trusts and
#        the regional fetal medicine centre - staff involved - NO patient
#        involvement (women as beneficiaries, a survey that changed nothing,
#        leaflets sent, a plan to involve the MNVP later)
# ---------------------------------------------------------------------------
entry(
    id="I1682", format="pdf", layout="caps_headings", topic="fetal_anomaly_referral_fetal_medicine",
    project="independent106-onereferral-1682", pdf_font="DejaVuSans", pdf_align="L",
    title="ONE REFERRAL, ONE DAY: FASTER FETAL MEDICINE REVIEW AFTER A CONCERN ON THE ANOMALY SCAN",
    cover=[
        "LEAD: NHS Brackenridge and Oxcombe Integrated Care Board, on behalf of the Local Maternity and Neonatal System",
        "PARTNERS: Brackenridge General Hospitals NHS Trust; Oxcombe and District NHS Foundation Trust; Lowmarsh Community Hospitals NHS Trust; Regional Fetal Medicine Centre, Ambleforth University Hospitals NHS Foundation Trust",
        "CONTACT: LMNS Programme Manager",
    ],
    primary_entrant=dict(name="NHS Brackenridge and Oxcombe Integrated Care Board", type="icb"),
    partners=[
        dict(name="Brackenridge General Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Oxcombe and District NHS Foundation Trust", type="nhs_trust"),
        dict(name="Lowmarsh Community Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Ambleforth University Hospitals NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
About one in twenty women who have the routine 20-week scan are told that the sonographer has seen
something that needs a second look by a specialist. Some findings turn out to be nothing. Others are
serious heart, brain or kidney conditions where the baby may need surgery soon after birth, or where the
parents face very hard decisions. National standards say the woman should be seen in fetal medicine
within three working days for the most urgent findings and five for the rest.

Our three local maternity units do not have their own fetal medicine consultants. They refer to the
regional centre at Ambleforth, 40 to 70 miles away depending on where the woman lives. In 2022 each unit
had its own way of doing this. One faxed a form. One phoned and then emailed. One sent a letter from the
consultant's secretary. The regional centre received referrals with no images attached, referrals for
the wrong department, and referrals that did not say how urgent the finding was. Its booking team then
rang the local unit to ask for the missing information, and the woman waited at home.

Incidents in all three units showed the effect. Women waited up to three weeks for an appointment. A
baby with a major heart defect was not seen until 26 weeks, which narrowed the options open to the
parents and left too little time to plan delivery at the cardiac surgical centre. Sonographers felt
they had handed over a problem and then lost sight of it.

There was also a gap after the appointment. When the fetal medicine centre had seen a woman, its letter
went back to the referring consultant, who might not be the person seeing her at her next antenatal
appointment. Community midwives sometimes learned about a serious finding only when the woman told them
herself. Plans for the birth, such as delivery at a unit with a neonatal surgical team, had to be pieced
together from letters that arrived weeks apart.

The local maternity and neonatal system was the obvious place to fix this, because the problem crossed
four organisations and none of them owned the whole pathway. The ICB hosts the system's programme team,
and the trusts agreed at the system's safety board in late 2022 that a single pathway would be
developed, with the programme team holding the pen.
"""),
        ("evidence", "WHAT HAS CHANGED", """
In April 2023 we brought in a single electronic referral form used by all three units, built into the
regional imaging network so that the scan images travel with it. The form has three levels of urgency
with examples of findings for each. Referrals go to one monitored inbox at the regional centre, which
confirms the appointment to the referring unit within one working day. Each unit has a named fetal
medicine link midwife who tracks every referral until the woman has been seen.

<<Q:The share of women seen within the national standard rose from 48% in 2022/23 to 91% in
2024/25.>> <<Q:The median wait from the anomaly scan to a fetal medicine appointment fell from 11 working
days to 3.>> <<Q:Referrals returned to the local unit because information or images were missing went
from around one in four to fewer than one in twenty.>>

The regional centre received 486 referrals from our three units in 2024/25.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<S:Sonographers from the three units and the regional centre's fetal medicine consultants agreed the
examples for each urgency level at two joint workshops, and the sonographers asked for the 'soft
markers' that rarely need referral to be listed separately, which cut out many unnecessary
referrals.>> <<S:The booking coordinators at the regional centre tested the single inbox for six weeks
and changed the confirmation message after local units said it did not show the appointment time
clearly.>> <<S:The fetal medicine link midwives meet every month and have twice changed the tracking list
based on what they found.>> <<S:Obstetricians at Lowmarsh pointed out that women booked there often
needed transport help, and a transport question was added to the form at their request.>>

Women who had been referred were sent a short feedback survey by the regional centre in 2024. Most said
they were satisfied with the speed of their appointment, and the pathway was left as it was. Every
woman referred now receives a leaflet explaining what happens next. We intend to ask the Maternity and
Neonatal Voices Partnership to review the leaflet during 2025.
"""),
        ("value", "VALUE", """
The referral form was built by the regional imaging network's own IT team at no extra cost. The link
midwife role is about two hours a week in each unit. Fewer returned referrals means less time chasing
information, and the regional centre estimates its booking team saves a day a week.

Earlier review gives parents more time to understand what has been found and to make choices, and
gives the teams time to plan where and how the baby should be born. For a baby with a serious heart
condition, being born in the right place can be the difference between life and death.

There is also a benefit for the sonographers. Telling a woman that something has been seen on the scan is
one of the hardest parts of their job, and it is made worse when they cannot tell her when she will be
seen. Now they can give a date, or at least a firm promise of a phone call within one working day, while
the woman is still in the room.
"""),
        ("spread", "SPREAD", """
Two other local maternity and neonatal systems that refer into the same regional centre have adopted
the form, and the regional centre wants all referring units to use it by the end of 2025. The urgency
examples have been shared with the national fetal anomaly screening programme team.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1683  postnatal diabetes test after gestational diabetes - docx - bold
#        headings with a cover table - GP federation clinical lead, plain -
#        GP federation with the acute trust's diabetes in pregnancy team and
#        the council's public health team - staff involved - NO patient
#        involvement (texts sent, women invited, a questionnaire that changed
#        nothing, a negation)
# ---------------------------------------------------------------------------
entry(
    id="I1683", format="docx", layout="bold_headings", topic="gestational_diabetes_postnatal_testing",
    project="independent106-aftergdm-1683", docx_font="Calibri",
    title="After the Bump: making sure women with gestational diabetes get their diabetes test after birth",
    cover_table=[
        ("Entry title", "After the Bump: making sure women with gestational diabetes get their diabetes test after birth"),
        ("Lead organisation", "Wexcombe GP Federation (23 practices)"),
        ("Partners", "Wexcombe and Dunsmere Hospitals NHS Trust (Diabetes in Pregnancy Service); Dunsmere County Council (Public Health)"),
        ("Entrant", "Dr Priya Natarajan, GP and Clinical Lead for Long Term Conditions, Wexcombe GP Federation"),
    ],
    primary_entrant=dict(name="Wexcombe GP Federation", type="primary_care"),
    partners=[
        dict(name="Wexcombe and Dunsmere Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Dunsmere County Council", type="local_authority"),
    ],
    sections=[
        ("context", "The issue", """
Gestational diabetes affects about one pregnancy in twenty in Wexcombe, more in our South Asian and
Black communities. After the baby is born the blood sugar usually goes back to normal, but up to half of
these women will develop type 2 diabetes within ten years, and some already have undiagnosed diabetes
that was first picked up in pregnancy. National guidance says every woman should have a blood test
(an HbA1c) from 13 weeks after birth and then once a year.

In practice this fell between two stools. The hospital team looked after the woman in pregnancy and
discharged her after the birth. The discharge letter said 'please arrange HbA1c at 13 weeks', in a
paragraph at the bottom of a long summary. The GP practice had no way to know the woman had had
gestational diabetes unless somebody read that paragraph and coded it. The six to eight week postnatal
check came too early for the test. New mothers are busy, and most did not know the test mattered.

When we searched our 23 practices in 2022 we found that only 31% of women with gestational diabetes in
the previous two years had had any HbA1c after the birth. We also found three women in their next
pregnancy who turned out to have had type 2 diabetes for some time, which carries real risks for a baby
in the early weeks when the organs are forming.

Part of the difficulty was that nobody was clearly responsible. Hospital teams felt that follow-up after
discharge was the GP's job. Practices said they could not recall women they did not know about. Public
health was running a diabetes prevention programme that women with previous gestational diabetes were
eligible for, but referrals came almost entirely from routine NHS health checks, which most new mothers
are too young to be offered. Each organisation held part of the answer.

The women themselves were also getting mixed messages. Some were told at discharge that their diabetes
had 'gone away' and that they did not need to think about it again. Others were given a leaflet in the
first hours after the birth that few could remember reading. By the time a recall might have arrived,
many had moved house, changed phone number or gone back to work.
"""),
        ("evidence", "Evidence", """
From March 2023 the hospital team has sent a structured discharge message for every woman with
gestational diabetes, which lands in the practice's clinical system as a code and a recall date rather
than a line of text. The federation built a search that all practices run monthly. Women are invited by
text, with a link to book, at 13 weeks and then annually, and the test can be done at the same time as
the baby's first immunisations so that the mother does not have to make a separate trip. The public
health team's healthy weight service offers anyone with a raised result a place on its programme.

<<Q:The proportion of women who had an HbA1c within six months of the birth rose from 31% for births in
2021/22 to 64% for births in 2023/24.>> <<Q:Coding of gestational diabetes on the GP record improved
from 58% of eligible women to 97%.>> <<Q:Annual testing in the second year after birth went up from 12%
to 38%, which is still too low but is moving.>>

In 2023/24 the tests found 14 women with type 2 diabetes and 61 with raised blood sugar, all of whom
were offered treatment or the healthy weight programme.
"""),
        ("stakeholders", "Who was involved", """
<<S:Practice nurses from eight of our practices looked at the first version of the recall search and told
us it was picking up women who had had gestational diabetes many years earlier, so the search was
narrowed to the last five years.>> <<S:The diabetes specialist midwives at the hospital rewrote the
discharge message with our GP leads so that it contains the code and the date and nothing else.>>
<<S:Reception managers suggested pairing the test with the baby's eight, twelve and sixteen week
immunisation appointments, which has become the most popular way of booking.>> <<S:The public health
team's dietitians and our clinical pharmacists agreed together who should be referred to the healthy
weight programme.>>

Women were sent a text message and a link to a short video explaining why the test matters. We ran a
short questionnaire in the waiting room at two practices; the answers were positive and nothing needed
to change. We did not run focus groups with women for this project, though we know we should have.
"""),
        ("value", "Value", """
The work cost the federation about £6,000 of analyst and clinical lead time. Text messages cost a few
pence each. Picking up type 2 diabetes early avoids years of raised blood sugar that damages the eyes,
kidneys and heart, and finding it before a second pregnancy protects the next baby too.

There have been wider benefits for our practices too. The monthly search has made practices look more
carefully at the coding of other pregnancy conditions, such as pre-eclampsia, which also carry a higher
long-term risk of heart disease. Several practices now use the same approach for women who had high blood
pressure in pregnancy.
"""),
        ("spread", "Spread", """
The search and the discharge message have been shared with the two other GP federations in the ICB, and
the ICB has included the 13-week test in its primary care quality scheme for 2025/26. The hospital
diabetes team has presented the work at the regional diabetes in pregnancy network.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1684  caesarean wound infection readmissions - pdf - own headings - lead
#        midwife for postnatal care, chatty - acute trust with the community
#        trust, a university and the MNVP - women and staff involved, some
#        outside the stakeholder section - no flags; a Q in words
# ---------------------------------------------------------------------------
entry(
    id="I1684", format="pdf", layout="own_headings", topic="caesarean_wound_infection_readmission",
    project="independent106-healingwell-1684", pdf_font="LiberationSans", pdf_align="J",
    title="Healing Well at Home: spotting caesarean wound infections before women are readmitted",
    cover=[
        "Orrisdale Hospitals NHS Foundation Trust, Women's Services (lead)",
        "with Orrisdale Community Health NHS Trust (Health Visiting); University of Quarrenden, School of Health Sciences; Orrisdale Maternity and Neonatal Voices Partnership",
        "Written by the Lead Midwife for Postnatal and Community Care",
    ],
    primary_entrant=dict(name="Orrisdale Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Orrisdale Community Health NHS Trust", type="nhs_trust"),
        dict(name="University of Quarrenden", type="university"),
        dict(name="Orrisdale Maternity and Neonatal Voices Partnership", type="patient_group"),
    ],
    sections=[
        ("context", "Where we started", """
Nearly four in ten of the babies born at Orrisdale are now born by caesarean section. Most women go home
after a day or two, and their wound is checked by a community midwife on the day after discharge and then
usually only if they mention a problem. Midwifery care ends at around day ten to fourteen and the health
visitor takes over. Wound infections, though, often show up between day five and day twenty-one, right
across that handover.

In 2022 we were readmitting between six and nine women a month with an infected caesarean wound. Some
had a red, weeping wound that had been getting worse for a week. A few had deep infections or sepsis and
needed a return to theatre. When we looked at the notes, the pattern was clear. Women did not know what
a normal wound looks like, so they did not know when to worry. Those who were worried did not know who
to ring: the labour ward, the community midwife, the GP or the health visitor. Health visitors were
not trained to look at wounds and some felt it was not their job. Women with a raised body mass index,
diabetes or a long labour before an emergency caesarean were at the highest risk, and nobody was
giving them any extra attention once they got home.

I have been a midwife for twenty-two years, and I can tell you that a mother back on a ward with an open
wound, her baby in a cot beside her and her other children at home with a neighbour, is having a very
bad time. We wanted to do better for them.

Part of the problem was that wound care after a caesarean had never really belonged to anyone. The
obstetric team did the operation and signed the woman off on the ward. The community midwives checked
the wound early on but had no way of knowing which women were most likely to have trouble. The GP saw
women who rang the surgery, and usually prescribed antibiotics without a swab. And once a woman was
transferred to health visiting, nobody was looking at the wound at all unless she asked.
"""),
        ("evidence", "What the numbers say", """
Since May 2023 every woman leaving us after a caesarean is given a wound risk score. Those at higher risk
have a planned wound check on days five and ten and can send a photograph of the wound to a secure
postnatal app, which a midwife reviews the same working day. All women get a simple picture card
showing what is normal and what is not, with one number to call, the postnatal hotline, open 24 hours.
Health visitors now look at the wound at the new birth visit if the woman had a caesarean, using the
same card.

<<Q:Readmissions with caesarean wound infection fell from 89 in 2022 to 58 in 2024, a third fewer,
although the number of caesarean births went up slightly.>> <<Q:Returns to theatre for wound problems
went from 11 to 3 over the same years.>> <<Q:Among women who did need readmission, the average number of
days from first symptoms to being seen dropped from six to two.>>

In 2024, 1,140 photographs were sent through the app, and the midwives reviewed all of them on the day
they were sent.
"""),
        ("stakeholders", "The people who shaped it", """
<<P:Eight women who had been readmitted with a wound infection met us at a Maternity and Neonatal Voices
Partnership coffee morning, and what they wanted most was one phone number, which is why the picture
card has only the hotline on it.>> <<P:The same group chose the photographs for the card from a set put
together by the tissue viability team, rejecting the ones they said were 'too textbook'.>> <<P:The app was
tried out by twenty mothers during its first month and they asked for a reminder message on day five,
which has been added.>>

<<S:Community midwives on two of our four teams piloted the risk score and changed two of its questions
after finding they could not answer them from the discharge notes.>> <<S:Health visitors were at first
unsure about looking at wounds, and after a series of meetings with the health visiting team leads we
agreed they would only look and refer, never dress a wound, and that made it work for them.>> <<S:The
university's wound care researchers helped us design the risk score and checked it against two years of
our own data.>>
"""),
        ("value", "Is it worth it?", """
Each readmission with a wound infection costs the trust around £3,500, and a return to theatre several
times that. The app licence is about £9,000 a year and the extra day five and day ten visits use about
0.6 of a community midwife's time. The savings are greater than the cost, but the bigger value is
keeping mothers at home with their babies.

Feedback on the card has been very warm. <<P:The Voices Partnership went back to women in 2024 to ask
about the card, and their suggestion that it should be printed in the four commonest languages in
Orrisdale has now been done.>>
"""),
        ("spread", "Where next", """
The University of Quarrenden has published the risk score with us as an open tool. The community trust
wants to offer the same wound card to women who have had a perineal tear, who face a similar gap. We
have shared everything with the other two trusts in our local maternity and neonatal system, and one of
them started using the card in January 2025.

We have learned a few things along the way. The risk score works best when it is filled in before the
woman leaves theatre recovery, not on the day of discharge, when the ward is busy and the information is
harder to find. Photographs are only helpful when women know how to take them, so the card now has a
small diagram showing how to hold the phone. And the single hotline number matters more than any clever
technology: when a woman is worried, she needs one person to ring.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1685  time-critical neonatal transfers - pdf - two columns - ambulance
#        service clinical lead, technical - ambulance service with the
#        neonatal transport service and two trusts - staff involved - NO
#        patient involvement (parents told, leaflet, a negation) - Q as an SPC
#        shift
# ---------------------------------------------------------------------------
entry(
    id="I1685", format="pdf", layout="two_column", topic="time_critical_neonatal_transfer_ambulance",
    project="independent106-cotonthemove-1685", pdf_font="LiberationSerif",
    title="Cot on the Move: getting time-critical neonatal transfers on the road faster",
    cover=[
        "Ryecastle Ambulance Service NHS Trust (lead), with the Pennerley Neonatal Transport Service hosted by Pennerley Children's and Women's NHS Foundation Trust, and Marrowby Hospitals NHS Trust",
        "Submitted by the Consultant Paramedic for Critical Care",
    ],
    primary_entrant=dict(name="Ryecastle Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Pennerley Children's and Women's NHS Foundation Trust", type="nhs_trust"),
        dict(name="Marrowby Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Background", """
A small number of newborn babies need to be moved urgently from the hospital where they were born to a
specialist centre: babies who need surgery for a bowel problem, babies with a heart condition that needs
a procedure in the first hours of life, babies who need cooling after a lack of oxygen at birth. In our
region these transfers are carried out by the neonatal transport service, a team of specialist
nurses and doctors with a transport incubator, who travel in a dedicated ambulance vehicle supplied and
driven by our service.

Most transfers can be planned. Around one in ten is time-critical, where every hour counts. The process
for these relied on several phone calls in sequence: the referring hospital to the transport team, the
transport team to our clinical hub, our hub to a dispatcher who found a vehicle and crew. Each call
passed on slightly different information. Our dispatchers treated the request like any other
inter-hospital transfer, which in a busy evening could mean waiting behind 999 calls. Transport team
staff sometimes sat with the incubator packed, waiting for a vehicle.

A review in 2022 of 58 time-critical transfers found that the median time from the referral call to the
ambulance leaving base was 71 minutes, against a regional standard of 30. In four cases the delay was
judged to have contributed to harm.

The neonatal transport service covers five neonatal intensive care and special care units across two
ambulance service areas. Each referring unit has its own switchboard and its own way of contacting the
transport team, and until 2023 each ambulance service had its own dispatch desk and its own idea of how
urgent a neonatal transfer was. None of the organisations involved was doing anything wrong on its own
terms. The delay lived in the joins between them.
"""),
        ("evidence", "Results", """
In February 2023 we launched a single conference call. The referring consultant rings one number, which
connects the neonatal transport consultant and our clinical hub dispatcher on the same call. The
dispatcher codes a time-critical neonatal transfer at the same priority as a category 1 emergency. The
dedicated neonatal vehicle is now based at the transport service's hub rather than at a general
ambulance station, with a crew rostered to it from 8am to midnight.

We track the time from referral to wheels rolling on a statistical process control chart updated every
month. <<Q:After the new call went live, the chart showed a sustained shift, with every month from April
2023 onwards below the old mean, and the median time fell from 71 minutes to 24.>> <<Q:Transfers where
the vehicle left more than an hour after the call dropped from 22 of 58 in 2022 to 3 of 61 in 2024.>>

There were 61 time-critical transfers in 2024, 38 of them for babies needing cooling.
"""),
        ("stakeholders", "Who took part", """
<<S:Dispatchers and clinical hub paramedics worked with the neonatal transport nurses on a script for the
conference call, and cut it from three pages to one after the first month of testing.>> <<S:Ambulance
crews who drive the neonatal vehicle asked for a standard loading checklist because the incubator
trolley locks differently from a stretcher, and they wrote it with the transport team's engineers.>>
<<S:Consultant neonatologists at Marrowby, the busiest referring unit, ran two simulated transfers with us
before go-live and found that the call number was not on their unit's emergency contact sheet, which was
then fixed across the region.>>

Parents are told by the transport team who will be driving and where the baby is going, and they are
given a leaflet about the specialist centre. We did not consult parents on the dispatch process itself,
as it happens behind the scenes.
"""),
        ("value", "Value", """
Basing the vehicle at the transport hub has cost nothing extra, as the crew hours already existed. The
conference call line costs about £1,200 a year. Faster transfer of babies needing cooling or surgery
reduces the risk of lifelong brain injury, and the cost of caring for a single child with severe cerebral
palsy runs into millions over a lifetime.
"""),
        ("spread", "Spread", """
The conference call model has been adopted by the paediatric intensive care retrieval service, which
uses the same dispatch desk. We have shared the dispatch coding with two neighbouring ambulance services
and the national neonatal transport group.

The hardest lesson was that the vehicle was never really the problem. We had assumed at the start that
we needed a second dedicated ambulance. What we actually needed was for the right three people to be on
the same phone call at the same time, and for the dispatcher to understand from the first minute that a
cold, sick baby was waiting.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1686  handover when babies move back from the regional neonatal unit -
#        docx - numbered questions - neonatal network manager, measured -
#        trust hosting the network, with two local trusts and a parents'
#        charity - parents and staff involved (parents as 'family partners')
#        - NO quantitative evidence (transfer counts, a checklist completion
#        figure with no baseline, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1686", format="docx", layout="numbered_questions", topic="neonatal_repatriation_handover",
    project="independent106-closertohome-1686", docx_font="Cambria",
    title="Closer to Home: safer handover when babies move back to their local neonatal unit",
    cover=[
        "Lead: Norbeck and Elmsworth Neonatal Operational Delivery Network, hosted by Norbeck University Hospitals NHS Foundation Trust",
        "Partners: Elmsworth Valley NHS Trust; Kestle Bay Hospitals NHS Trust; Little Steps Neonatal Family Charity",
        "Entry prepared by the Network Manager with the network's lead nurse and family integrated care lead",
    ],
    primary_entrant=dict(name="Norbeck University Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Elmsworth Valley NHS Trust", type="nhs_trust"),
        dict(name="Kestle Bay Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Little Steps Neonatal Family Charity", type="charity"),
    ],
    sections=[
        ("context", "1. What was the patient safety problem, and why did it need organisations to work together?", """
Babies born very early or very unwell are cared for in the intensive care unit at Norbeck. As soon as
they are well enough, they move back to the special care unit nearest to home, at Elmsworth or Kestle
Bay, so that parents can visit more easily and the intensive care cot is free for the next baby who needs
it. This step, sometimes called repatriation, is good for families. It is also a point of real risk.

A baby who has spent weeks in intensive care often has a long and complicated history: several courses
of antibiotics, blood transfusions, eye screening for retinopathy of prematurity, hearing tests, a
head scan, changing feeds and fortifiers, and medicines whose doses depend on weight. All of this has to
be handed over from one team to another, and our three units used three different electronic systems
and different discharge summaries. The summary was often written by a junior doctor at the end of a
shift, and the nurse handover was given by phone to whoever answered.

Between 2021 and 2022 the network's incident review found that things had been missed after
repatriation more often than anyone liked. Eye screening appointments had been missed, a baby's caffeine
was stopped by mistake and restarted after apnoea episodes, a baby was given the wrong milk fortifier,
and one baby's anti-seizure medicine was given at the old dose for several days. Several of the
incident reports noted that the parents knew more about their baby's plan than the receiving team did on
the first day.
"""),
        ("evidence", "2. What is the evidence that the work has improved safety?", """
Since September 2023 every repatriation uses a single network transfer summary, the same in all three
units, with a section for each of the things most often missed. The sending nurse and doctor complete it
together the day before the move, and a copy goes with the parents. The receiving unit's nurse in
charge and the baby's parents go through it together within four hours of arrival, and the receiving
consultant signs it off on the next ward round. Each unit has a named repatriation lead nurse.

In the twelve months to August 2024 there were 214 repatriations across the network. The transfer
summary was fully completed for 201 of them. Each of the three units has a target of 95% completion by
the end of 2025. The network's family integrated care lead has audited every summary since launch.

We have not yet been able to compare incident numbers before and after the change in a way we trust,
because the way incidents were coded changed at the same time. What we can say is that the receiving
units report that they feel much better prepared, and that parents describe arriving with a document
that everybody already recognises.
"""),
        ("stakeholders", "3. Who was involved, and how?", """
<<P:Four family partners, parents whose babies had moved between our units in the last three years and
who volunteer with Little Steps, joined the design group and attended every meeting.>> <<P:It was they who
asked for a parents' copy of the summary and for the four-hour joint check with the receiving nurse,
because they said that the first evening in a new unit was when they felt most lost.>> <<P:The charity
also ran an online session for thirty parents, and their comments led us to add a section headed
'What matters to us', written by the family.>>

<<S:Nurses and doctors from all three units took part in a two-day workshop to agree the summary's
content, and the special care nurses asked for medicines to be listed with the weight the dose was based
on.>> <<S:Pharmacists from each trust checked the medicines section and insisted on a separate line for
any medicine stopped in the last week, with the reason.>> <<S:The retinopathy screening ophthalmologists
asked for the date and location of the next eye examination to be a compulsory field, and it now is.>>
"""),
        ("value", "4. What difference has this made to patients and staff, and is it good value?", """
The transfer summary costs nothing beyond staff time, and receiving units say that admitting a
repatriated baby now takes less time because the information is all in one place. Babies who move back
to their local unit promptly free up intensive care cots, which means fewer mothers in very early labour
have to be transferred out of the region to give birth.

For families the value is confidence. One mother told the charity that when her son moved to Kestle Bay,
the nurse already knew he hated having his feet touched, because it was written down.

For staff, the biggest change is that the first shift in the receiving unit no longer starts with a
search through discharge letters and phone calls to Norbeck to check details. The receiving nurse has a
single document, in a format she already knows, and can spend that time with the baby and parents.
"""),
        ("spread", "5. How has the learning been shared, and could it be used elsewhere?", """
The summary template has been shared with the other neonatal networks in England through the national
network managers' group, and two networks are adapting it. Little Steps has shared the parents' copy with
other neonatal family charities. We plan to extend the same summary to babies who move from a special
care unit to home with the neonatal outreach team.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1687  feeding problems while waiting for tongue-tie assessment - docx -
#        no headings - breastfeeding charity founder, personal - a charity
#        working alone, funded by a grant (NO partner, ineligible) - mothers
#        involved - NO staff involvement (volunteers trained, a named lead,
#        health visitors sent leaflets, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1687", format="docx", layout="no_headings", topic="tongue_tie_feeding_support_waiting",
    project="independent106-whileyouwait-1687", docx_font="Georgia",
    title="While You Wait: keeping babies safely fed while they wait for a tongue-tie assessment",
    cover=[
        "Milk and Moonlight Breastfeeding Support, Wendlebury (registered charity)",
        "Funded by a two-year grant from the Wendlebury Community Foundation",
        "Written by our founder and volunteer co-ordinator",
    ],
    primary_entrant=dict(name="Milk and Moonlight Breastfeeding Support", type="charity"),
    partners=[],
    sections=[
        ("context", None, """
I set up Milk and Moonlight in 2016 after my own second baby struggled to feed and we spent three weeks
going between appointments while she lost weight. What I did not know then was how common that story
is. Around one baby in ten has some degree of tongue-tie, and for a good number of them it makes
breastfeeding painful for the mother and hard work for the baby. Some babies also struggle with a
bottle. In Wendlebury, the hospital's infant feeding team runs a tongue-tie clinic, and the wait for an
assessment has been anything from two to seven weeks.

Those weeks are when things go wrong. Mothers with cracked and bleeding nipples give up breastfeeding
altogether. Babies do not take in enough milk, gain weight slowly or lose it, and some become jaundiced or
dehydrated. Over the last few years our volunteers have met babies who ended up back in hospital
because nobody was keeping an eye on how they were feeding while they waited. Families on the list
were given a date and nothing else, and many had no way of knowing whether what they were seeing was normal.

The hospital's infant feeding team is small and does a great job, but it has three specialist staff for
more than 4,000 births a year, and most of their time goes on the babies who are already in hospital.
Health visitors see every family, but their first visit is at around ten to fourteen days and they
cannot watch every feed. Community midwives discharge most families by day ten. There was nobody whose
job it was to support a family from the day the referral went in to the day of the clinic.

We are a small charity. We have one paid member of staff, the co-ordinator, and a group of volunteers
who are all mothers who have breastfed and have done accredited peer support training. We meet families
in children's centres, church halls and, increasingly, on video calls. We have never been part of the
NHS, and we were not sure at first whether we should take on something that felt so close to clinical
care.
"""),
        ("evidence", None, """
In 2023 we started a 'While You Wait' support line and weekly drop-in groups in three children's
centres for any family on the tongue-tie waiting list, or any family who thinks their baby may have a
tongue-tie. Our volunteers watch a feed, help with positioning and attachment, show parents how to check
wet and dirty nappies, and give clear advice about when to ring the midwife, health visitor or GP.
Families can ring or message us seven days a week.

<<Q:Among the 312 families we supported in 2024, 74% were still giving their baby some breast milk at
eight weeks, compared with 49% of the families who contacted us in 2022 before the scheme started.>>
<<Q:The number of babies in our families who were admitted to hospital with feeding problems or weight
loss while waiting went down from 17 in 2022 to 5 in 2024.>> <<Q:Families scoring their confidence in
feeding at 7 or more out of 10 rose from 28% at their first contact with us to 81% at the end of their
time with us.>>

About a quarter of the babies we saw in 2024 turned out not to need the tongue-tie procedure at all once
feeding had been improved, and the hospital has told us this has helped to shorten its waiting list,
though we do not have their figures.
"""),
        ("stakeholders", None, """
<<P:We built the scheme with the mothers who had been through it: eleven mums from our groups met with us
over three evenings and decided what the drop-ins should look like, including a rule that nobody would
ever be told they 'should' breastfeed.>> <<P:They also wrote the 'Is my baby getting enough?' checklist
in their own words, and it is the most requested thing we have ever printed.>> <<P:Two dads from the
groups asked for an evening session so that they could come, and we started one in September 2024.>>

All twenty-six of our volunteers completed the charity's peer support training before the scheme
started and a refresher on tongue-tie and weight loss afterwards. Our volunteer co-ordinator arranges
the rota and supervises the volunteers. We sent information about the scheme to every health visiting
team in Wendlebury, and to the hospital's infant feeding team, so that they can tell families about us.
We would like to work more closely with the hospital and hope to agree a joint referral route next
year.
"""),
        ("value", None, """
The scheme costs about £38,000 a year, almost all of it for a part-time co-ordinator, room hire and
volunteer expenses. Each baby kept out of hospital saves the NHS money, and a mother who keeps
breastfeeding protects her own health and her baby's for years to come.

Mothers have told us what it meant to them. "I would have stopped on day nine if I had not found you,"
one said. Another wrote that she had been "just waiting for a date, and not knowing what to do with
every single feed in between".

We have also seen how much the volunteers themselves get from it. Several came to us as mothers who had
been helped in one of our groups, and now give back. Two have gone on to train as infant feeding
specialists and one has started a midwifery degree.
"""),
        ("spread", None, """
Two other breastfeeding charities in neighbouring counties have asked for our checklist and volunteer
training notes, and we share them freely. We spoke about the scheme at a regional infant feeding
network meeting in 2024.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1688  phototherapy for jaundice at home - pdf - form table - PRIVATE
#        equipment company as primary entrant, with two trusts (ineligible) -
#        product manager, corporate - parents and staff involved - no other
#        flags
# ---------------------------------------------------------------------------
entry(
    id="I1688", format="pdf", layout="form_table", topic="home_phototherapy_newborn_jaundice",
    project="independent106-lightathome-1688", pdf_font="LiberationSans",
    title="Light at Home: safe phototherapy for newborn jaundice in the family home",
    cover_table=[
        ("Entry title", "Light at Home: safe phototherapy for newborn jaundice in the family home"),
        ("Primary entrant", "Luminara Neonatal Devices Ltd"),
        ("Partner organisations", "Dunsmere Children's and Maternity NHS Foundation Trust (Neonatal Outreach Team); Ambleforth University Hospitals NHS Foundation Trust (Biochemistry)"),
        ("Entrant's role", "Head of Clinical Services, Luminara Neonatal Devices Ltd"),
    ],
    primary_entrant=dict(name="Luminara Neonatal Devices Ltd", type="private"),
    partners=[
        dict(name="Dunsmere Children's and Maternity NHS Foundation Trust", type="nhs_trust"),
        dict(name="Ambleforth University Hospitals NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Describe the problem the partnership set out to solve", """
Jaundice is the most common reason for babies to come back into hospital in their first week. Most
jaundiced babies who need treatment are otherwise well and only need phototherapy, a special blue light
that breaks down bilirubin. Until recently that meant readmission to a children's ward or postnatal
ward for one to three days, often with the mother sleeping in a chair beside a cot and breastfeeding
interrupted by the need to keep the baby under the lights.

Readmission also brings its own risks. Babies are exposed to infections on the ward, mothers who have
just had a caesarean are back on a hard chair, and families sometimes delay bringing the baby in because
they dread another hospital stay. At Dunsmere, paediatric bed pressures in winter meant jaundiced babies
could wait several hours in the emergency department for a cot.

Home phototherapy, using a fibre-optic blanket that wraps around the baby, has been used in some other
countries for many years. The safety questions are real: the baby's bilirubin has to be checked
regularly, the equipment has to work, parents have to know what to do and when to call, and the baby
must be brought back quickly if levels rise. These questions needed a device company, a neonatal team
and a laboratory to work together.

The company designs, supplies and maintains phototherapy equipment for hospitals across the UK. We had
supported home phototherapy services abroad, but our equipment had only ever been used on wards in this
country. We approached the neonatal outreach team at Dunsmere in 2022 after a conversation at a
conference, and they were clear from the start that they would only proceed if the safety questions were
answered properly and the clinical decisions stayed with the NHS.
"""),
        ("evidence", "What evidence is there that the partnership has improved safety?", """
Since June 2023, babies meeting agreed criteria (born at 37 weeks or more, feeding well, bilirubin
below a set level and not rising fast) are offered treatment at home. Our field technicians deliver and
set up the blanket within four hours of the decision, and the neonatal outreach nurses visit daily to
take a heel-prick sample, which is tested by the partner laboratory with results back within three
hours. Parents have a 24-hour number that reaches a neonatal outreach nurse.

<<Q:Readmissions of babies to the children's ward for phototherapy alone fell from 212 in 2022 to 96 in
2024.>> <<Q:The average time from the decision to treat to the start of phototherapy dropped from 5.2
hours to 3.1 hours.>> <<Q:Babies needing escalation to a second treatment or exchange transfusion stayed
very rare, and the proportion of breastfed babies still breastfeeding at discharge from the outreach
team rose from 71% to 86%.>>

In 2024, 143 babies were treated at home and 11 were brought into hospital when their levels rose, all
within two hours of the result.
"""),
        ("stakeholders", "How were patients, families and staff involved?", """
<<P:Twelve families whose babies had been readmitted for jaundice tried out the blanket and the
instruction booklet in a hospital side room before the home service started, and asked for a daily
checklist on the fridge rather than a booklet, which we produced.>> <<P:Parents also told us the first
alarm sound was alarming at night, and the tone was changed.>>

<<S:Neonatal outreach nurses and our field technicians wrote the set-up checklist together and tested it
on a training mannequin in families' homes during the pilot.>> <<S:The biochemistry team at Ambleforth
suggested the three-hour result target and changed their courier route so that outreach samples arrive
in time.>> <<S:Consultant neonatologists agreed the eligibility criteria and reviewed every escalated
case in the first year at a monthly meeting that has twice tightened the criteria.>>
"""),
        ("value", "Demonstrate value for money and wider benefits", """
A day of home phototherapy costs around a third of a paediatric bed day. The trust estimates it released
over 300 bed days in 2024. Mothers stay at home with their partners and other children, and feeding is
not interrupted.

For the company, the partnership has meant changing the way we work. Our technicians are now on a rota
that covers evenings and weekends, they carry spare blankets in their vans, and they are trained in
infection control in the home and in safeguarding. We now treat every delivery as a clinical handover
rather than an equipment drop-off, with a signed checklist that goes back to the outreach team.
"""),
        ("spread", "How is the learning being shared?", """
Two further trusts are starting home phototherapy with our equipment in 2025 using the same
eligibility criteria and set-up checklist, which we share with any trust whether or not they buy our
blankets. The neonatal outreach team presented the service at the national neonatal nurses' conference.

We know that a company entering an awards category like this one will be looked at carefully. We want to
be clear that the clinical pathway, the eligibility criteria and every decision about an individual
baby belong to the NHS team. Our part has been to make the equipment safe to use at home and to get it
there quickly, and we have learned a great deal from working alongside clinicians who would not accept
anything less.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1689  fathers' and partners' mental health after birth - pdf - with
#        appendix - dads' charity director, campaigning - charity with the
#        mental health trust's perinatal service and the council's health
#        visiting service - dads and partners involved - NO staff involvement
#        (health visitors trained, perinatal team briefed, a named lead, a
#        plan) - NO quantitative evidence (counts, a single survey figure,
#        a target)
# ---------------------------------------------------------------------------
entry(
    id="I1689", format="pdf", layout="with_appendix", topic="fathers_partners_perinatal_mental_health",
    project="independent106-notjustmum-1689", pdf_font="LiberationSerif", pdf_align="L",
    title="Not Just Mum: asking fathers and partners how they are in the year after birth",
    cover=[
        "Lead entrant: Stand Beside Dads (registered charity), Lowmarsh",
        "Partners: Lowmarsh and Brackenridge Mental Health NHS Trust (Perinatal Mental Health Service); Lowmarsh Borough Council (0-19 Health Visiting Service)",
        "Prepared by the Director of Stand Beside Dads",
    ],
    primary_entrant=dict(name="Stand Beside Dads", type="charity"),
    partners=[
        dict(name="Lowmarsh and Brackenridge Mental Health NHS Trust", type="nhs_trust"),
        dict(name="Lowmarsh Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", "Why this matters", """
When a baby arrives, everybody asks how the baby is, and then how the mother is. Almost nobody asks the
father or the other parent. Yet around one new father in ten experiences depression in the year after
birth, and anxiety is even more common. Partners of mothers who are themselves seriously unwell with
postnatal depression or psychosis are at the highest risk, and they are often carrying the household,
the baby and a job at the same time, while trying to look after someone they love.

This matters for safety, and not only the partner's own. Suicide is a leading cause of death in young
men. A father who is struggling may drink more, sleep less and find it harder to cope with a crying
baby, and we know that crying is the commonest trigger for a baby being shaken. A partner who is unwell
is also less able to notice that the mother is getting worse. In Lowmarsh two serious case reviews in
2021 and 2022 involved fathers whose mental health had never been asked about, although they had been
in the room at many of the health visitor's contacts.

Stand Beside Dads was started by three fathers in 2017 as a peer group that met in a pub back room. We
now run groups, a WhatsApp community and a phone line, but before this project we only met the dads who
found us. Health visitors and the perinatal mental health team saw many more fathers and partners than
we ever could, but they had no routine way of asking them anything, no tool, and nowhere to send them if
the answer was worrying.

We also knew from our own groups that many fathers and partners do not think of themselves as the
person who needs help. They see their job as holding things together. Few of the dads who come to our
groups had looked for help anywhere in the first few months, and many had not wanted to take attention
away from the mother and baby.

Same-sex partners and non-birthing mothers face the same gap, with the added problem that forms and
leaflets often assume the second parent is a man.
"""),
        ("evidence", "What we can show so far", """
Since October 2023 health visitors in Lowmarsh ask two short questions of the father or partner, if
they are present, at the new birth visit and again at six to eight weeks: 'Over the last two weeks,
have you often felt down or hopeless?' and 'Have you felt unable to stop worrying?' A yes to either
leads to a short conversation, a card with our phone line, and the offer of a call from one of our peer
supporters within 48 hours. If the partner mentions thoughts of harming himself or the baby, the health
visitor follows the same urgent pathway as for a mother. The perinatal mental health service now offers
a session for partners of every woman on its caseload.

In the first year, the questions were asked of 1,486 fathers and partners, at about 58% of new birth
visits. 212 answered yes to at least one question and 164 accepted a call from us. Eleven were referred
urgently to mental health services. The perinatal team ran 19 partners' sessions, attended by 131
people.

In a survey of the men and partners who took up the offer, 87% said they would recommend the service
to another new parent. Our target is for the questions to be asked at three quarters of new birth visits
by the end of 2025. We do not yet have a comparison group or earlier figures, so we cannot claim that
the work has changed outcomes, and we are talking to a university about evaluating it properly.
"""),
        ("stakeholders", "Who was involved", """
<<P:The two questions were chosen by a panel of nine fathers and two non-birthing mothers who had been
through depression or anxiety after a baby arrived, who tried out six different versions and threw out
any that felt like a test.>> <<P:They told us that being asked 'and how are you?' in front of the mother
made many of them say 'fine', so the health visitors now find a moment to ask the partner on their own,
for example while walking them to the door.>> <<P:The card was written and designed by dads from our
Tuesday group, who insisted it should fit in a wallet and not have the word 'mental' on the front.>>

All 64 health visitors in Lowmarsh completed a one-hour training session delivered by our peer
supporters before the questions started. The perinatal mental health team's clinicians were briefed on
the partners' pathway at their team meeting. The council's head of health visiting, who is the named
lead for the project within the council, oversees the recording of the questions. We plan to set up a
joint steering group with health visitors and the perinatal team in 2025.
"""),
        ("value", "Value", """
The project is funded by the council's public health grant at £42,000 a year, which covers a part-time
co-ordinator, peer supporter expenses and printing. The cost of a single suicide to society is
estimated at well over £1.5 million, and the human cost to a family with a new baby cannot be measured.

Fathers tell us the most valuable thing is being asked at all. One said, "Nobody had looked at me in six
weeks. She asked, and I cried in the hallway, and then I rang you."

There are smaller costs too. Health visitors tell us the questions add about two minutes to a visit when
the answer is no, and longer when the answer is yes, which is exactly when the time is needed. Our peer
supporters are volunteers, but they need supervision and support, especially after a difficult call, and
we have had to build that in.
"""),
        ("spread", "Spreading the word", """
The health visiting services in two neighbouring boroughs have asked to use the two questions and the
card, and a national fathers' network has featured the project in its newsletter. We have shared our
training session with the regional perinatal mental health network.

We have learned that the most important part of this work is not the questions but the permission they
give. Once a health visitor has asked, many partners will start to talk, and the conversation often
turns out to be about sleep, money or the relationship as much as mood. Our peer supporters are not
therapists, and we have worked hard to make sure they know when to pass someone on to the GP, the talking
therapies service or the urgent pathway.
"""),
    ],
    trailer=[
        ("heading", "Appendix: the two questions, the pathway and our data"),
        ("para", "Question 1: Over the last two weeks, have you often felt down, depressed or hopeless? Question 2: Over the last two weeks, have you felt unable to stop or control worrying? A 'yes' to either leads to the conversation and offer of peer support; any mention of thoughts of self-harm or of harming the baby leads to the urgent pathway."),
        ("para", "Figures on questions asked are from the health visiting service's electronic record. Figures on calls and peer support are from Stand Beside Dads' own records. The survey was sent by text to everyone who had at least one call from a peer supporter between October 2023 and September 2024."),
        ("para", "Stand Beside Dads, The Old Post Office, Cinder Lane, Lowmarsh. Registered charity."),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1690  out-of-hours crisis care for mothers who need a mother and baby unit
#        - docx - reordered, results first - perinatal psychiatrist, direct -
#        mental health trust with police, ambulance service and an acute trust
#        - women, families and staff involved - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I1690", format="docx", layout="reordered", topic="perinatal_crisis_mother_baby_unit_out_of_hours",
    project="independent106-togethertonight-1690", docx_font="Arial",
    title="Together Tonight: out-of-hours crisis care that keeps mothers and babies together",
    cover=[
        "Lead: Kestle and Norbeck Partnership NHS Foundation Trust (Perinatal Mental Health Service and Mother and Baby Unit)",
        "Partners: Kestle and Norbeck Constabulary; Ryecastle Ambulance Service NHS Trust; Norbeck University Hospitals NHS Foundation Trust (Maternity and Emergency Department)",
        "Written by a consultant perinatal psychiatrist on behalf of the partnership",
    ],
    primary_entrant=dict(name="Kestle and Norbeck Partnership NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Kestle and Norbeck Constabulary", type="emergency_service"),
        dict(name="Ryecastle Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Norbeck University Hospitals NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("evidence", "What has changed: the results", """
We will start with what has happened since the pathway went live in March 2023, because the numbers
speak for themselves.

<<Q:The median time from a mother in a perinatal mental health crisis being assessed out of hours to
her arrival at the mother and baby unit has fallen from 19 hours to 6 hours.>> <<Q:Admissions of
mothers to a general adult psychiatric ward, separated from their baby, because no mother and baby unit
bed could be arranged out of hours, went from 14 in 2022 to 3 in 2024.>> <<Q:Use of section 136 of the
Mental Health Act by police for women who were pregnant or up to a year after birth fell from 23
occasions in 2022 to 9 in 2024, because officers could reach the perinatal team for advice first.>>

Our mother and baby unit has eight beds and admitted 96 women in 2024. Every admission out of hours
is now reviewed within 72 hours by the perinatal team, the police liaison officer and the ambulance
service's mental health lead together.
"""),
        ("context", "The problem we set out to solve", """
Postpartum psychosis affects one or two women in every thousand who give birth. It can come on within
days and is a psychiatric emergency. Severe depression after birth can also become an emergency, and
suicide remains one of the leading causes of death for women in the year after having a baby. When a
new mother becomes acutely unwell, the right place for her is usually a mother and baby unit, where she
can be treated while staying with her baby.

Our perinatal community team worked 9am to 5pm on weekdays. Out of hours, a mother in crisis would be
seen by the general crisis team, the police or an ambulance crew, none of whom had quick access to
perinatal advice. Admission to our mother and baby unit needed a perinatal consultant's agreement, which
could only be reached through a chain of switchboard calls. Too often the woman ended up in the
emergency department for many hours, or on an adult ward without her baby, or held under police powers
in a place of safety. Mothers told us afterwards that the separation was one of the most frightening
parts of their illness.

The mother and baby unit serves a large area, with women travelling up to ninety minutes to reach us.
Before the new pathway, a crisis that began on a Friday evening could easily mean a mother spending the
whole weekend away from her baby. Some partners were left to care for a newborn alone while also
worrying about the mother, and some grandparents travelled hundreds of miles at no notice.

We also recognised that our own admission rules were part of the problem. The unit would not accept an
admission after 8pm without a consultant-to-consultant conversation, which had been written for good
reasons years ago but no longer made sense. Police officers and paramedics, faced with a woman in a
frightening state at two in the morning, did what their training told them and took her to the nearest
place of safety.
"""),
        ("stakeholders", "Who was involved and how", """
<<P:Women who had been admitted to the mother and baby unit after a crisis, and three of their partners,
took part in a design day with us, and they asked above all that a mother should never be asked to hand
over her baby in a police car or an emergency department corridor.>> <<P:That request became the rule
that the baby travels with the mother unless there is a clear safety reason, and the families helped us
write the guidance for ambulance crews on how to do that.>> <<P:A woman with lived experience of
postpartum psychosis now sits on the pathway's monthly review group.>>

<<S:Police officers from the mental health triage car, ambulance paramedics, emergency department
nurses and our crisis team staff met at four joint workshops to map where mothers got stuck, and it was
the officers who suggested a direct phone line to a perinatal clinician.>> <<S:The mother and baby unit
nurses redesigned their out-of-hours admission checklist after the first month because paramedics said
they were being asked the same questions twice.>> <<S:Maternity ward midwives at Norbeck helped write
the section on women who become unwell while still on the postnatal ward.>>
"""),
        ("value", "Value", """
The direct line is answered by a perinatal nurse until 10pm and then by the on-call perinatal
consultant; this cost about £64,000 a year in extra nursing hours, funded by the ICB. Each avoided adult
ward admission avoids a stay that is usually longer and more traumatic than a mother and baby unit
admission, and each avoided section 136 detention frees two police officers for several hours. The
value that matters most, though, is that mothers and babies stay together at the moment they most need
to.

There have been costs we did not expect. The unit now takes more admissions at night, which means the
night staffing has had to be strengthened, and we are still working out the right level. The
emergency department has had to make a quiet room available for mothers and babies waiting for
transport, which has taken space from elsewhere. These are problems we would much rather have than the
ones we had before.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I1691  planning mood stabiliser medicines before and during pregnancy - pdf
#        via Word - style headings - university pharmacy academic, formal -
#        university with the mental health trust, the ICB and a GP federation
#        - women with lived experience and staff involved (some of it in the
#        context and spread sections) - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1691", format="pdf", layout="style_headings", topic="mood_stabilisers_pregnancy_planning",
    project="independent106-planningahead-1691", render_via="soffice", docx_font="Liberation Serif",
    title="Planning Ahead: safer use of mood stabilisers before and during pregnancy",
    cover=[
        "University of Saltleigh, School of Pharmacy and Medicines Optimisation (lead)",
        "Partners: Saltleigh and Wexcombe Mental Health NHS Trust (Perinatal Mental Health Service); NHS Saltleigh and Dunsmere Integrated Care Board (Medicines Optimisation); Saltleigh North GP Federation",
        "Author: Senior Lecturer in Clinical Pharmacy and honorary perinatal mental health pharmacist",
    ],
    primary_entrant=dict(name="University of Saltleigh", type="university"),
    partners=[
        dict(name="Saltleigh and Wexcombe Mental Health NHS Trust", type="nhs_trust"),
        dict(name="NHS Saltleigh and Dunsmere Integrated Care Board", type="icb"),
        dict(name="Saltleigh North GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "Background and rationale", """
Women with bipolar disorder face a difficult set of choices when they are planning a pregnancy or
discover they are pregnant. Some of the medicines that keep them well carry risks for the unborn baby;
valproate in particular is now very tightly restricted. Stopping a mood stabiliser suddenly, however,
sharply increases the risk of relapse and of postpartum psychosis. The safest course depends on the
woman, her history and her medicines, and it should be planned, ideally before conception.

In practice, prescribing for these women is shared between psychiatrists, GPs and, during pregnancy,
obstetricians, with community pharmacists dispensing. A review of 2021 records across our ICB found that
many women of childbearing age taking lithium, lamotrigine or an antipsychotic had no documented
discussion of pregnancy, that some stopped their medicine abruptly on finding they were pregnant, often
on the advice of someone who was not their psychiatrist, and that the dose of lithium was rarely
adjusted in late pregnancy and after birth, when the body handles it very differently.

<<P:The project began when members of a bipolar peer support group who had been through pregnancy came
to a university seminar and described, one after another, being told to stop their medicines by
different professionals who did not speak to each other; their accounts shaped the questions we set out
to answer.>>

The risks are not just about the first weeks of pregnancy. Lithium levels fall during pregnancy as the
kidneys work harder and the blood volume increases, and then rise quickly after the birth, sometimes to
toxic levels within days. A mother who is breastfeeding may also pass some of her medicine to her
baby, and the baby needs to be monitored. None of these decisions fits neatly into one clinic, and none
of them can be made well in a rush.

The partnership came about because each organisation saw part of the problem. The university's pharmacy
researchers had studied prescribing data for women of childbearing age. The mental health trust's
perinatal team saw women who had relapsed after stopping medicines. The ICB's medicines team was
responsible for prescribing safety across primary care. And GP practices were the place where most
prescriptions were actually issued.
"""),
        ("evidence", "Evidence of improvement", """
Since 2023 the partnership has introduced a shared 'Planning Ahead' medicines plan, kept on the shared
care record, for every woman aged 16 to 50 under the mental health trust who takes a mood stabiliser or
antipsychotic. It records whether she is planning a pregnancy, what to do with each medicine if she
becomes pregnant, who to contact, and a plan for lithium levels and dose changes from 34 weeks and in the
first days after birth. The GP federation's clinical pharmacists review the plan at each annual
medication review and the university's pharmacy team runs a weekly virtual advice clinic.

<<Q:The proportion of eligible women with a documented discussion about pregnancy rose from 22% in the
2021 baseline audit to 78% in the 2024 re-audit.>> <<Q:Among women who became pregnant while taking a
mood stabiliser, abrupt stopping without specialist advice fell from 11 of 27 women in 2021 to 2 of
31 in 2024.>> <<Q:Women on lithium who had their level checked in the week after birth went up from 4 in
10 to 9 in 10.>>

There were no admissions for postpartum psychosis among women with a Planning Ahead plan in 2024. The
advice clinic took 212 queries in its first year.
"""),
        ("stakeholders", "Involvement of patients, staff and partners", """
<<P:Six women with lived experience of bipolar disorder and pregnancy co-wrote the plan template with us,
and at their insistence it opens with the woman's own words about what matters to her.>> <<P:The peer
support group tested the plan's patient version and asked us to remove words such as 'teratogenic' from
the first page.>>

<<S:Perinatal psychiatrists and community mental health nurses reviewed three drafts of the template and
asked for a single page summary that could be shared with a maternity unit at booking.>> <<S:GP federation
pharmacists piloted the annual review prompt in four practices and changed the search so that it also
picks up women prescribed these medicines by private providers.>> <<S:Community pharmacists from the
local pharmaceutical committee suggested a sticker for lithium prescriptions reminding women of the
plan, which is now used across the ICB.>>
"""),
        ("value", "Value for money", """
The university contributes academic time as part of its knowledge exchange programme. The ICB funds
the weekly clinic at about £18,000 a year. A single admission for postpartum psychosis can last many
weeks, and the harm to a baby from an unplanned exposure or to a mother from a relapse is far greater
than the cost of planning.

The partnership has also been good for the university. Research that would once have ended with a
published paper has turned into a service that changes care for women in our own area, and our students
are learning from it. We see this as the kind of work a civic university should be doing.
"""),
        ("spread", "Spread and sustainability", """
The template has been adopted by two other mental health trusts in the region and is being built into
the regional shared care record. Pharmacy students at the university now use anonymised Planning Ahead
cases in their teaching. <<S:Midwives at the two local maternity units asked for a copy of every plan at
booking, and after their feedback the plan now includes a section for the birth plan.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1692  obstetric emergency drills in a freestanding midwife-led unit -
#        docx - style headings - consultant midwife, enthusiastic - acute
#        trust with the ambulance service - staff involved - NO patient
#        involvement (women told at booking, a leaflet, a plan, a negation)
#        - NO quantitative evidence (drills run, staff trained, a single
#        time, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1692", format="docx", layout="style_headings", topic="midwife_led_unit_emergency_drills_ambulance",
    project="independent106-readyattheready-1692", docx_font="Calibri",
    title="Ready Together: emergency drills for midwives and paramedics at a freestanding birth centre",
    cover=[
        "Entrant: Elmsworth Valley NHS Trust, Maternity Services (Hazelford Birth Centre)",
        "In partnership with: Ryecastle Ambulance Service NHS Trust",
        "Submitted by the Consultant Midwife for Midwife-Led Care",
    ],
    primary_entrant=dict(name="Elmsworth Valley NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Ryecastle Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "What we set out to do", """
Hazelford Birth Centre is a freestanding midwife-led unit, 24 miles from the nearest obstetric unit at
Elmsworth, with about 450 births a year. It is a lovely place to have a baby, and for women at low risk
it is as safe as a hospital. But when something goes wrong, it goes wrong far from theatre, an
obstetrician or a neonatologist. A shoulder dystocia, a heavy bleed after birth or a baby who needs
resuscitation has to be managed by two midwives and, once they arrive, an ambulance crew.

Midwives at the birth centre already did the trust's yearly obstetric emergency training, but that
training takes place in the main hospital, with doctors in the room, and assumes a theatre down the
corridor. Paramedics did their own training on births, mostly about unexpected births at home. The two
groups had never practised together. When we looked at the six emergency transfers from the centre in
2022 that were reviewed as incidents, we found the same themes: confusion about who was in charge once
the crew arrived, delays in getting a bleeding woman onto a stretcher, a baby moved before the
resuscitation was stable, and paramedics unsure about the equipment midwives use.

Distance is the main difference between a birth centre and a labour ward. In Hazelford a transfer by
road takes between 30 and 45 minutes depending on the traffic and the weather, and the road over the
moor is sometimes closed in winter. That means the first half an hour of any emergency is managed by the
people already in the building, and every minute spent working out who does what is a minute lost.

We also knew that many of the paramedics at the local station had never been inside the birth centre.
They did not know where the rooms were, how to get a stretcher to the pool room, or what equipment the
midwives would have ready for them.
"""),
        ("evidence", "What we have achieved", """
Since January 2023 the birth centre and the local ambulance station have run joint drills every month
in the birth centre itself, using real rooms, real stretchers and the actual ambulance on call that day
where it is free. Each drill lasts an hour and covers one of six scenarios, followed by a debrief. We
have agreed a joint handover using the same structure that the obstetric unit will receive, a single
'who leads' rule, and a grab bag that travels with the woman.

By the end of 2024 we had run 22 drills. 41 midwives, 8 maternity support workers and 63 paramedics and
technicians have taken part at least once. In the drill in November 2024, the team moved a simulated
woman with a major bleed from the birth pool to the ambulance in 7 minutes. Our target is for every
birth centre midwife and every paramedic at the local station to attend at least two drills a year.

Emergency transfers from the birth centre continue at around the national rate for freestanding units,
and we will report incident findings once we have a full two years of data.
"""),
        ("stakeholders", "Working together", """
<<S:The birth centre midwives chose the six scenarios, based on the transfers that had frightened them
most, and they wrote the first debrief questions.>> <<S:Paramedics from the local station asked for the
birth centre's equipment to be labelled in the way their own kit is, and the grab bag was rearranged to
match an ambulance maternity pack.>> <<S:The ambulance service's consultant midwife and our obstetric
consultants agreed the 'who leads' rule after a debrief in which a crew and a midwife had each assumed
the other was in charge.>> <<S:Maternity support workers pointed out during a drill that the route to the
ambulance bay went through a locked door, and the door was changed.>>

Women who book at the birth centre are told about the possibility of transfer at their booking
appointment, and there is a leaflet about what happens in an emergency. We have not yet asked women or
families about the drills, because they are staff training, but we plan to invite the Maternity and
Neonatal Voices Partnership to observe a drill in 2025.
"""),
        ("value", "Value", """
The drills cost staff time and a small budget for simulation props, about £3,000 a year. Ambulance crews
take part while on duty, and are released if a call comes in. A single severe brain injury in a baby
after a poorly managed emergency costs the NHS millions in litigation alone.

Staff say they feel safer, and the drills have made the birth centre and ambulance station feel like
one team rather than two.
"""),
        ("spread", "Sharing the model", """
Two other birth centres served by the same ambulance service have started monthly drills using our
scenarios and debrief sheet. The ambulance service has added a visit to a birth centre to its newly
qualified paramedic induction.

What we have learned is simple. Two teams who meet for the first time in the middle of an emergency will
struggle, however good they are individually. Two teams who have practised together in the same rooms,
with the same kit, know each other's names and know what to expect. We would encourage any birth centre
to invite its local ambulance station in, and to start with a cup of tea and a tour before the first
drill.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1693  telling women in labour when the midwife-led unit suspends - pdf -
#        numbered questions - head of midwifery, reflective - departments of
#        one trust only (NO partner, ineligible) - women and staff involved
#        (women as 'birth planners', staff by pronoun) - a Q in words
# ---------------------------------------------------------------------------
entry(
    id="I1693", format="pdf", layout="numbered_questions", topic="midwife_led_unit_suspension_communication",
    project="independent106-knowbeforeyougo-1693", pdf_font="DejaVuSans", pdf_align="L",
    title="Know Before You Go: telling women in labour when our midwife-led unit has to close",
    cover=[
        "Marrowby Hospitals NHS Trust: Maternity Services, with the trust's Patient Experience Team and Digital Services",
        "Submitted by the Director of Midwifery",
    ],
    primary_entrant=dict(name="Marrowby Hospitals NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "1. What safety problem did you address?", """
Marrowby has an alongside midwife-led unit, the Willow Suite, on the floor below our labour ward. About a
third of women who give birth with us plan to have their baby there. When we are short of midwives, or
the labour ward is so busy that midwives have to be moved upstairs, the Willow Suite has to suspend for
a few hours or for a whole shift. Like most units in the country, we have had to do this more often in
the last three years than ever before.

Suspension in itself is a safety decision, and usually the right one. The harm came from the way women
found out. A woman in early labour would ring triage and be told to come in, then arrive at the Willow
Suite to find it dark and be sent upstairs. Some women who had planned a water birth stayed at home too
long because they did not want to come to the labour ward, and two babies were born before arrival in
2022, one in a car park. Others drove to a different hospital without telling anyone. Triage midwives
were often not told that the unit had closed until a woman was already on her way.

Our complaints and incident reports kept saying the same thing: the problem was not that the Willow
Suite was closed, but that women were the last to know and had no plan B.

We also recognised that the issue was as much about trust as about logistics. Women choose a midwife-led
unit for good reasons: they want a calm, home-like place, a birth pool, and to avoid interventions that
they do not need. When a woman finds out at the door that the unit is closed, she can feel that her
choice has been taken away, and that can colour the rest of her labour and her feelings about the birth
for years. We did not want to pretend that suspensions would stop. We wanted women to hear about them
early, from us, with a plan.
"""),
        ("evidence", "2. What difference has it made?", """
Since April 2023 the status of the Willow Suite is shown on a single live board, updated by the labour
ward co-ordinator at every change and visible to triage, the switchboard and the maternity app. Women
who have chosen the Willow Suite are sent a text message if it suspends during the last month of their
pregnancy, and the triage midwife tells every caller in labour where to come before she puts the phone
down. Every woman planning a Willow Suite birth agrees a 'plan B' with her midwife at 36 weeks, which
includes how we will keep as much of her plan as possible on the labour ward, such as a pool room and the
same midwife where we can.

<<Q:Complaints about the midwife-led unit being closed on arrival dropped from 31 in 2022 to just 4 in
2024.>> <<Q:Births before arrival among women who had planned to birth in the Willow Suite went from 6 in
2022 to 1 in 2024.>> <<Q:In our postnatal survey, the proportion of Willow Suite bookers who said they
knew where to go when labour started rose from about half to nearly all.>>

The Willow Suite suspended on 58 occasions in 2024, slightly more often than in 2022.
"""),
        ("stakeholders", "3. Who was involved, and how?", """
<<P:Seven women who had been turned away from the Willow Suite, whom we call our 'birth planners', met
the project team three times and tested the text message, and it was their suggestion that it should
say what was still possible rather than what was not.>> <<P:They also wrote the plan B page in the
personalised care plan.>>

<<S:Triage midwives told us that they were the ones most often caught out, so they now own the live
board alongside the labour ward co-ordinators.>> <<S:They also agreed the script used on every labour
call.>> <<S:Switchboard operators tried the board for a month and asked for the Willow Suite status to
appear at the top of their screen, which the digital team arranged.>> <<S:The maternity app team worked
with the community midwives on the wording of the app notification.>>
"""),
        ("value", "4. Does the work offer value for money?", """
The live board and text messages cost about £4,000 to set up and very little to run. Each complaint takes
many hours of senior midwifery time to investigate and answer, and a birth before arrival carries real
risk for mother and baby. The plan B conversation has also helped us keep women's choices, such as
water birth, on the labour ward when the Willow Suite is closed.

There is a further benefit that we had not expected. Because the status board shows every suspension
and the reason for it, the trust board now sees the pattern of midwife staffing pressures clearly, and
the data has supported the business case for extra midwives in the 2025 workforce plan.
"""),
        ("spread", "5. How have you shared what you learned?", """
We presented the work to the regional heads of midwifery group in 2024. The live board approach has been
adopted for the trust's neonatal unit, which also has times when it cannot accept babies. We are happy to
share the text message wording and plan B page with any trust that asks.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1694  expressed breast milk brought from home to the neonatal unit - pdf -
#        bullet lists - neonatal infant feeding lead, list-minded - acute trust
#        neonatal unit with a donor milk bank charity and the council's
#        environmental health team - parents involved - NO staff involvement
#        (nurses trained, a named lead, staff briefed) - NO value section
# ---------------------------------------------------------------------------
entry(
    id="I1694", format="pdf", layout="bullet_lists", topic="expressed_breast_milk_home_storage_neonatal",
    project="independent106-rightmilk-1694", pdf_font="LiberationSans", pdf_align="L",
    title="Right Milk, Right Baby, Right Fridge: keeping expressed breast milk safe from home to cot",
    cover=[
        "Lead: Oxcombe and District NHS Foundation Trust, Neonatal Unit",
        "Partners: Three Counties Milk Bank (registered charity); Oxcombe District Council (Environmental Health)",
        "Prepared by the Neonatal Infant Feeding Lead",
    ],
    primary_entrant=dict(name="Oxcombe and District NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Three Counties Milk Bank", type="charity"),
        dict(name="Oxcombe District Council", type="local_authority"),
    ],
    sections=[
        ("context", "The problem", """
Breast milk is the best food for premature and sick babies, and many mothers express at home and bring
their milk in to the unit. Our 22-cot neonatal unit receives milk from home every day.

What we found in 2022:

- milk arrived in a mixture of bottles, bags and syringes, some labelled in biro that had smudged, some not labelled at all

- parents were not sure how long milk could be kept in a home fridge or freezer, or how to transport it, and some carried it on two buses in a handbag

- home fridges were often too warm; one mother's fridge, checked by a health visitor, was running at 11 degrees

- on the unit, milk from home went into shared fridges where it could be mixed up with another baby's

- in 2022 we had four incidents in which a baby was given another mother's milk, and nine in which milk was used after its expiry time

- giving a baby the wrong mother's milk means blood tests for the baby and a very difficult conversation with both families

- mothers of babies on the unit are often exhausted, recovering from a difficult birth, and travelling long distances each day, so any system that relied on them remembering complicated rules was bound to fail
"""),
        ("evidence", "What has changed", """
The changes, introduced in stages from February 2023:

- every family is given a milk kit: pre-labelled bottles with the baby's barcode, a fridge thermometer, an insulated cool bag and a one-page guide

- milk from home is scanned in at the unit's front desk, and scanned again at the cot before every feed

- the council's environmental health officers wrote the home storage guide with us, using the same standards they use for food businesses

- the milk bank gave us its storage and transport standards and helped us set up a milk room with a dedicated freezer for each baby

The results:

- <<Q:incidents of a baby receiving another mother's milk fell from 4 in 2022 to none in 2023 and none in 2024>>

- <<Q:milk used after its expiry time went from 9 incidents in 2022 to 1 in 2024>>

- <<Q:the amount of expressed milk thrown away because it was unlabelled or had been stored wrongly fell by roughly two thirds, measured by the milk room's weekly discard log>>

- the unit cared for 391 babies in 2024, and 1,960 milk kits have been given out since the start
"""),
        ("stakeholders", "Who was involved", """
How families were involved:

- <<P:twelve mothers and two fathers from the unit's parents' group tried out three different kits at home before we chose one>>

- <<P:they asked for the guide to have pictures, not just words, and chose the cool bag that fitted in a pushchair basket>>

- <<P:parents who do not read English well tested the picture guide, and asked for a short video in Urdu, Polish and Romanian, which the milk bank recorded with volunteer mothers>>

Staff:

- every nurse and nursery nurse on the unit completed training on the scanning system before it started

- the unit's infant feeding lead managed the project and is responsible for the milk room

- the medical staff were briefed on the new process at the unit's governance meeting
"""),
        ("spread", "Sharing", """
- the milk bank has offered our home storage guide to the other neonatal units it supplies

- the neonatal network has asked us to present the scanning system at its next nursing forum

- the council's environmental health team now includes breast milk storage in its advice to childminders and nurseries
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="value"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1695  women readmitted after birth through the emergency department -
#        docx - bullet lists - emergency medicine consultant, blunt - acute
#        trust with the ambulance service (111 and 999) and a GP out-of-hours
#        provider - staff involved - NO patient involvement (women as
#        beneficiaries, told, a survey that changed nothing, a plan) - Q in
#        words
# ---------------------------------------------------------------------------
entry(
    id="I1695", format="docx", layout="bullet_lists", topic="postnatal_readmission_emergency_department",
    project="independent106-stillpostnatal-1695", docx_font="Arial",
    title="Still Postnatal: getting women who are unwell after birth to the right team",
    cover=[
        "Lead organisation: Pennerley Children's and Women's NHS Foundation Trust (Emergency Department and Maternity Services)",
        "Partners: Ryecastle Ambulance Service NHS Trust (NHS 111 and 999); Pennerley Urgent Care GP Co-operative",
        "Contact: Consultant in Emergency Medicine and Maternity Safety Champion",
    ],
    primary_entrant=dict(name="Pennerley Children's and Women's NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Ryecastle Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Pennerley Urgent Care GP Co-operative", type="primary_care"),
    ],
    sections=[
        ("context", "Why we needed to act", """
Women who become unwell in the six weeks after birth are at risk of some of the most dangerous
conditions in medicine: sepsis, pre-eclampsia that develops after the birth, blood clots, heavy bleeding
and postpartum psychosis. Maternal death reviews have said for years that these women are often seen by
teams who do not recognise that they have recently given birth.

What we found when we looked at 2022:

- 640 women who had given birth in the previous six weeks attended our emergency department

- most came via NHS 111, a 999 call, or the GP out-of-hours service, none of which routinely asked 'have you had a baby in the last six weeks?'

- in the emergency department, recent birth was recorded at triage for only some of them

- women were assessed against adult early warning scores that are not designed for the postnatal period, and some waited hours before anyone from maternity was called

- two serious incidents involved women with postnatal sepsis and severe headache who waited more than four hours in the department

Why one organisation could not fix this alone:

- the first contact was usually with the ambulance service or the out-of-hours GP service, not with us

- maternity triage, which is the right place for many of these women, was not an option on any of the 111 or 999 pathways

- emergency department staff had no quick way of finding out when and how a woman had given birth if she had delivered at another hospital

We also found that women were often unsure themselves where to go. The discharge advice from the
postnatal ward said to contact the community midwife in office hours and maternity triage at other
times, but the maternity triage number was printed in small type on the back of a long booklet, and
many women simply rang 111 or went to the emergency department because that is what people do when they
are unwell at night.
"""),
        ("evidence", "Results", """
What we changed, from June 2023:

- NHS 111 and 999 call handlers now ask every woman of childbearing age whether she has had a baby in the last six weeks, and a yes routes her to the maternity triage line or flags the ambulance job

- the GP out-of-hours service added the same question to its triage template and has a direct number for the obstetric registrar

- the emergency department's triage screen has a compulsory 'pregnant or recently pregnant' field; a yes prompts the maternity early warning score and a bleep to the obstetric team

- women who are clearly unwell with a pregnancy-related problem go straight to the maternity assessment unit

What happened:

- <<Q:the number of recently delivered women seen in the emergency department when maternity triage would have been the right place dropped by more than half>>

- <<Q:recording of recent birth at emergency department triage went from patchy, 54% in our 2022 audit, to 96% in 2024>>

- <<Q:the median time from arrival to review by an obstetrician for postnatal women who did need the emergency department fell from 3 hours 40 minutes to 55 minutes>>

- there have been 412 calls through the new 111 maternity route since it started
"""),
        ("stakeholders", "How we involved people", """
Who took part:

- <<S:ED triage nurses designed the compulsory field and chose where it sits on the screen so that it cannot be skipped>>

- <<S:111 call handlers and clinical advisers tested the new question for a month and found that women often did not count a miscarriage or a stillbirth, so the wording was changed to 'been pregnant or had a baby'>>

- <<S:obstetric registrars agreed to the direct line on condition that the call goes through the maternity co-ordinator at night, which the GP co-operative accepted>>

- <<S:the maternity early warning score was checked against the emergency department's systems by a working group of midwives, ED consultants and the patient safety team>>

Women:

- women who attended were given a leaflet explaining the maternity triage line

- a sample of women was sent a satisfaction survey; the results were good and nothing was changed

- we would like the Maternity and Neonatal Voices Partnership to look at the leaflet next year
"""),
        ("value", "Value", """
- the changes cost almost nothing beyond staff time and changes to triage software

- fewer emergency department attendances for women who belong in maternity triage frees cubicles and doctors' time

- earlier review of women with sepsis or postnatal pre-eclampsia reduces the chance of intensive care, which costs over £2,000 a day

- the same triage question has made it easier to spot women who are pregnant and attend with problems unrelated to pregnancy, such as a broken wrist, so that medicines and x-rays can be chosen safely

- emergency department staff no longer have to spend time trying to find an obstetrician at night, as the bleep goes straight to the right person
"""),
        ("spread", "Spread", """
- the ambulance service has rolled out the 111 and 999 question across its whole region

- the regional maternity safety network has shared our emergency department triage field with all acute trusts

- we presented the work at the regional emergency medicine conference in 2024
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1696  fetal RhD test results and anti-D in community care - docx - form
#        table, short - pathology network quality lead, terse - pathology
#        network host trust with the community trust and a GP federation -
#        women and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1696", format="docx", layout="form_table", topic="fetal_rhd_test_anti_d_community",
    project="independent106-rhdright-1696", docx_font="Calibri",
    title="RhD Right: acting on fetal RhD results so anti-D is given only when needed",
    cover_table=[
        ("Title", "RhD Right: acting on fetal RhD results so anti-D is given only when needed"),
        ("Lead organisation", "Ambleforth Pathology Network, hosted by Ambleforth University Hospitals NHS Foundation Trust"),
        ("Partners", "Ambleforth Community Health NHS Trust (Community Midwifery); Ambleforth Rural GP Federation"),
        ("Contact", "Transfusion Quality Lead, Ambleforth Pathology Network"),
    ],
    primary_entrant=dict(name="Ambleforth University Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Ambleforth Community Health NHS Trust", type="nhs_trust"),
        dict(name="Ambleforth Rural GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "Background and problem", """
Women whose blood group is RhD negative are offered a blood test in pregnancy to find out whether their
baby is RhD positive. If the baby is RhD negative, the woman does not need anti-D, a blood product given
to prevent antibodies that can harm later babies. If the baby is positive, or the result is unclear,
she needs anti-D at 28 weeks and after any bleeding or injury.

In our area the test is taken by community midwives, processed in our laboratory and reported to the
maternity record. Community midwives and GP practices give the 28-week injection. Our 2022 audit found
results that did not reach the midwife who gave the injection, women with RhD negative babies given
anti-D anyway, and, more worryingly, women with RhD positive babies who missed their dose after a bleed
seen in general practice.

The test has been offered in our area since 2020. It spares around four in ten RhD negative women an
injection of a blood product that they do not need, but only if the result reaches the person giving the
injection in time. The problem was not the test but the journey of its result between the laboratory,
community midwifery and general practice, three separate organisations with three separate records.
"""),
        ("evidence", "Evidence of improvement", """
From May 2023 every result is sent to the community midwifery team's electronic task list as well as the
maternity record, and a short code is added to the GP record so practices can see it. A two-line
prompt on the GP template asks about RhD status if a pregnant woman presents with bleeding.

<<Q:Women with an RhD negative baby who were given anti-D unnecessarily fell from 37 in 2022 to 5 in
2024.>> <<Q:Missed anti-D doses after a sensitising event seen in general practice went from 9 to 1 over
the same period.>> The laboratory reported 1,140 fetal RhD tests in 2024.

The community midwifery task list is checked daily by the team leader on duty, and any result not
actioned within five working days is escalated to the matron.
"""),
        ("stakeholders", "Involvement", """
<<S:Community midwives and practice nurses tested the task list and GP code for two months, and asked for
the code to show the date of the 28-week dose.>> <<S:The GP federation's women's health lead and our
transfusion practitioners wrote the bleeding prompt together.>> <<P:Three women who had been given anti-D
they did not need were interviewed by the community trust's patient experience team, and what they said
about not being told their result led to a text message giving every woman her result in plain words.>>
"""),
        ("value", "Value", """
Each avoided unnecessary dose saves a blood product and about £50, and spares a woman an injection. A
missed dose can lead to antibodies that put every later pregnancy at risk.

The work needed no new money. The laboratory changed its reporting rules, the community trust added a
task type to its existing system, and the GP federation built the template prompt in an afternoon. The
main cost was the time spent agreeing who does what, which took four meetings over three months.
"""),
        ("spread", "Spread", """
Two other pathology networks have asked for our task list set-up, and we have shared it through the
regional transfusion committee.

The same task list route is now being used for other antenatal blood results that need action in the
community, starting with antibody screens.
"""),
    ],
    flags=[],
)
