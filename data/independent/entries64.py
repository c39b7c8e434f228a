"""Sixty-fourth independent evaluation set (I1009..I1024) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing mental health, community and acute
trusts, an ambulance service, a pathology network, a GP federation, a council, an
integrated care board, a university, charities and the odd private company send in, in
their own voices and at their own length.  The theme of this set is mental health,
learning disability and autism across inpatient wards, crisis services and the
community: restraint, self-harm, and the physical health of people with serious mental
illness.

Topics: security officers restraining people with a learning disability or autism in a
general hospital (an acute trust learning disability liaison team with the security
contractor, own headings), ECGs for people taking antipsychotic medicines in the
community (a GP federation, bold headings with a cover table), care of self-harm wounds
for young people in supported housing (a young people's housing charity, no headings,
long), physical illness put down to mental illness in people who call 999 (an ambulance
service, CAPS headings), contact-free observation at night on acute mental health wards
(a private technology company as primary entrant, numbered questions with cover bullets),
falls with a head strike on older people's mental health wards (a mental health trust,
two columns), water intoxication and low sodium in long-stay rehabilitation patients (a
pathology network hosted by an acute trust, rubric headings), overdoses and physical
emergencies in people who come to a crisis cafe (a mental health charity, with
appendix), restraint of autistic pupils and pupils with a learning disability in special
schools (a council SEND service, a form with a cover table), body-worn cameras and
restraint on acute mental health wards (departments of one trust, no partner, a pdf made
from Word), students who self-harm (a university lead, style headings), people who leave
the emergency department after self-harm before they are assessed (an integrated care
board, a form with a cover table), restraint and police call-outs in children's homes (a
private children's home company as primary entrant, sections in an unusual order, no
spread section), dental health on long-stay mental health rehabilitation wards (a
community dental service, numbered questions), opt-out blood-borne virus testing on
admission to mental health wards (a hepatitis C network hosted by an acute trust, lists)
and women in a secure unit who self-harm by swallowing objects (a mental health trust,
short lists with no evidence section).

Lead types and layouts: I1009 nhs_trust (acute), pdf own_headings; I1010 primary_care
(GP federation), docx bold_headings with a cover table; I1011 charity, docx no_headings;
I1012 emergency_service (ambulance), pdf caps_headings; I1013 private, docx
numbered_questions with cover bullets; I1014 nhs_trust (mental health), pdf two_column;
I1015 nhs_trust (pathology network host), docx rubric_headings; I1016 charity, pdf
with_appendix; I1017 local_authority, docx form_table with a cover table; I1018
nhs_trust (no partner), pdf style_headings via soffice; I1019 university, docx
style_headings; I1020 icb, pdf form_table with a cover table; I1021 private, docx
reordered; I1022 nhs_trust (community dental service), pdf numbered_questions; I1023
nhs_trust (hepatitis C network host), pdf bullet_lists; I1024 nhs_trust (mental
health), docx bullet_lists.

Flags: no_patient_involvement I1010, I1015, I1018, I1020, I1022; no_staff_involvement
I1011, I1017, I1019, I1021; no_quantitative_evidence I1012, I1014 (a measured change
told only in the value section), I1022, I1024; ineligible I1013 (private lead), I1018
(no partner), I1021 (private lead); missing_section I1021 (spread) and I1024 (evidence).
I1009, I1016 and I1023 have no flags.

Build it with

    .venv/bin/python data/independent/build.py --set 64   (writes data/corpus/independent64/)

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
    numbers trained, activity counts (visits, calls, referrals, checks, tests, ECGs,
    people screened or identified), single figures with no baseline, a zero with no
    earlier figure, figures that did not change, budgets, costs and savings estimates,
    phone numbers, postcodes, reference numbers, targets not yet reached, plans and
    hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    (including 'halved', 'a third fewer' and a sustained shift on an SPC chart);
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, volunteers with lived experience, unusual job
    titles, list items), wherever in the entry it is told; a peer worker with lived
    experience, employed by a partner or by the entrant, who helped design the work is
    PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices, GP federations, primary care networks and local
pharmaceutical committees are primary_care; self-advocacy groups, lived experience
networks and parent carer forums are patient_group; mental health, housing and
suicide prevention charities and students' unions are charity; a university is
university; security contractors, technology companies and children's home companies
are private).  A department or team of the entrant's own organisation is not a
partner.  Flags are written by hand and build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1009  security officers restraining people with a learning disability or
#        autism in a general hospital - pdf - own headings - acute trust
#        learning disability and autism liaison lead nurse, direct - acute
#        trust with the security contractor, the mental health and learning
#        disability trust and a self-advocacy group - self-advocates, a mother
#        and staff involved - no flags ('halved' and 'about a third' claims)
# ---------------------------------------------------------------------------
entry(
    id="I1009", format="pdf", layout="own_headings", topic="security_restraint_learning_disability_autism_acute_hospital",
    project="independent64-calmnotheld-1009", pdf_font="LiberationSans", pdf_align="L",
    title="Calm, Not Held: fewer restraints by security officers for people with a learning disability or autism in hospital",
    cover=[
        "Lead organisation: Pellworth Royal Hospitals NHS Trust (Learning Disability and Autism Liaison Team)",
        "Partners: Guardline Security Services Ltd (hospital security contractor); Pellworth and Dene Partnership NHS Foundation Trust (Community Learning Disability and Autism Service); Speak Out Pellworth (self-advocacy group)",
        "Entry written by the Lead Nurse for Learning Disability and Autism",
    ],
    primary_entrant=dict(name="Pellworth Royal Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Guardline Security Services Ltd", type="private"),
        dict(name="Pellworth and Dene Partnership NHS Foundation Trust", type="nhs_trust"),
        dict(name="Speak Out Pellworth", type="patient_group"),
    ],
    sections=[
        ("context", "Where we started", """
When a patient on one of our wards or in the emergency department becomes very distressed and staff
are frightened that someone will get hurt, they press a button or ring switchboard and the security
team comes. Our security officers are employed by Guardline, which has run security at both of our
hospitals since 2018. They are good at what they were trained for, which is dealing with aggressive
members of the public, people who are drunk, and the occasional fight in the car park.

They were not trained for a 19-year-old autistic man who has pulled out his cannula because the tape
hurts, is hitting his own head against the wall and cannot bear anyone touching him. In August 2022
that is exactly who they were called to. Four officers held him face down on the floor of a cubicle
in the emergency department for eleven minutes while a doctor gave him an injection to sedate him. He
dislocated his shoulder. His mother, who had gone to move the car, came back to find him on the floor.
Nobody in the room knew he was autistic, even though it was written in his hospital passport, which
was in her bag, and on the community team's records, which nobody in the hospital could see.

When we looked back through the security log for 2022, the picture was worse than any of us had
expected. Officers were called 204 times to patients who had a learning disability or autism flag on
their record. Restraint of some kind was used on 131 of those occasions, and 37 of those were holds on
the floor. In most cases the ward did not call the liaison team until afterwards, if at all. The
community learning disability nurses, who often knew the person for years and had a written plan for
exactly this kind of crisis, were never contacted.

The project, which we called Calm, Not Held, started in early 2023 and has five parts. A learning
disability or autism flag on the hospital record now shows up on the security control room screen
when a call comes in from that bed. The officers who attend carry a 'first five minutes' card that
tells them to stop, step back, lower their voice and ask who knows the person best. The liaison team
(or, out of hours, the site practitioner) is called at the same time as security, every time.
Positive behaviour support plans written by the community team are uploaded into the hospital record
so that anyone can open them. And the emergency department has turned a storeroom into a low-light
side room with no equipment on the walls, for people who find the main department overwhelming.
"""),
        ("evidence", "What has changed", """
We have compared calendar year 2022 with calendar year 2024, using the security contractor's incident
log, the trust's incident system and the liaison team's own records.

<<Q:Restraint by security officers of patients with a learning disability or autism flag fell from 131
occasions in 2022 to 58 in 2024, although the number of call-outs for these patients stayed much the
same.>> <<Q:Holds on the floor went from 37 to 6.>> <<Q:Injuries to patients during a security
intervention were halved, from 22 in 2022 to 11 in 2024.>> <<Q:The use of rapid tranquillisation by
injection for these patients in the emergency department came down by about a third over the same
period.>>

In 2024 the liaison team or the site practitioner attended 176 security calls. Positive behaviour
support plans are now on the hospital record for 412 people known to the community team.
"""),
        ("stakeholders", "Who made it happen", """
<<P:Speak Out Pellworth, a self-advocacy group of adults with a learning disability and autistic
adults, met our officers on four afternoons and acted out with them what it feels like when three
large people in uniform come into a small room at once.>> <<P:It was their members who wrote the
words on the 'first five minutes' card, including 'do not touch me unless you have to' and 'let me
have my headphones'.>> <<P:The young man's mother, Mrs Rosalind Achebe, joined the project group and
asked that a family member or carer is always phoned before security arrive if they are not already
on the ward, which is now part of the procedure.>>

<<S:Guardline's shift supervisors rewrote their own incident form with us so that it records what was
tried before any hold, and they asked for a radio code that tells officers a flagged patient is
involved before they reach the ward.>> <<S:Community learning disability nurses and positive behaviour
support practitioners from the partnership trust agreed which parts of their plans were most useful in
a hospital crisis and cut them down to one page for our staff.>> <<S:Emergency department nurses chose
the room for the low-light space and worked out with our estates team what had to be taken out of it
to make it safe.>>

All 126 security officers who work at our two hospitals have done a full day of training in low
arousal approaches, delivered jointly by the liaison team and the community service.
"""),
        ("value", "Is it worth it?", """
The side room conversion cost about £7,500. The training took officers off shift for a day each, which
Guardline covered within the contract. Every restraint that does not happen avoids the risk of injury
to patients and to officers, which also matters to the contractor because of sickness absence.

Officers say they feel less like the 'heavy squad' and more like part of the ward team. Families have
told us they feel their relative is seen as a person rather than a problem.
"""),
        ("spread", "Beyond our wards", """
Guardline has adopted the card and the radio code at the three other hospitals where it provides
security. The partnership trust has shared its one-page plans with the children's hospital in the
region. We have presented Calm, Not Held to the regional learning disability and autism network and to
the national association of hospital security managers.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1010  ECGs for people taking antipsychotic medicines in the community -
#        docx - bold headings with a cover table - GP federation clinical
#        director, practical - GP federation with the mental health trust and
#        the acute trust's cardiology service - staff involved - NO patient
#        involvement (letters and texts, a feedback card that changed nothing,
#        a reference group that was only given a presentation, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1010", format="docx", layout="bold_headings", topic="antipsychotic_ecg_qtc_community",
    project="independent64-heartcheck-1010", docx_font="Calibri",
    title="Heart Check: community ECGs for people taking antipsychotic medicines",
    cover_table=[
        ("Entry title", "Heart Check: community ECGs for people taking antipsychotic medicines"),
        ("Lead organisation", "Northwick and Ember Valley GP Federation"),
        ("Partners", "Ember Valley Mental Health NHS Foundation Trust (Community Mental Health Teams and Pharmacy); Northwick Hospitals NHS Trust (Cardiology and Cardiac Physiology)"),
        ("Contact", "Dr Rafael Mendes, Clinical Director"),
    ],
    primary_entrant=dict(name="Northwick and Ember Valley GP Federation", type="primary_care"),
    partners=[
        dict(name="Ember Valley Mental Health NHS Foundation Trust", type="nhs_trust"),
        dict(name="Northwick Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The problem", """
Several antipsychotic medicines, and some of the antidepressants and other drugs often prescribed with
them, can lengthen the QT interval on the heart tracing. When the QT interval is long, a dangerous
heart rhythm becomes more likely, and that rhythm can cause blackouts or sudden death. The risk is
highest when doses are high, when two of these medicines are combined, and when the person also has a
low potassium level, which is common in people who drink heavily or have an eating disorder.

National guidance says people on these medicines should have an ECG before starting, after dose
changes and at least yearly if the dose is high. In Ember Valley, that was not happening. The community
mental health teams had two ECG machines between five localities, one of which had been broken for most
of 2021. Psychiatrists asked GPs to do the ECG. Many practices did not have a healthcare assistant
trained to record one, and some felt it was a specialist responsibility. The hospital's ECG outpatient
service had a waiting list of several weeks and people with serious mental illness often did not
attend.

In 2022 we audited the records of the 480 people on the five community mental health team caseloads who
were prescribed high-dose or combination antipsychotics. 39% had an ECG recorded in the previous twelve
months. The rest had either never had one or had one so long ago it was of no use.

In the same year a man of 44, who received a depot antipsychotic injection and had recently been
started on a second medicine by a locum, collapsed at home. The ambulance crew recorded a dangerous
rhythm and he was resuscitated. His last ECG had been six years earlier.

Heart Check started in April 2023. The federation runs ECG clinics at four practice sites on different
days of the week and a healthcare assistant with a portable machine visits people at home or at their
depot clinic. A psychiatrist, care coordinator or GP requests an ECG using one shared electronic form.
Every tracing is read by the machine and over-read by a cardiac physiologist at Northwick Hospitals
within two working days, and the result goes to both the GP and the psychiatrist. Any QTc of 500 ms or
more, or a rise of more than 60 ms from the last tracing, goes onto a red pathway: the mental health
pharmacist phones the prescriber the same day and the medicines are reviewed within 48 hours.
"""),
        ("evidence", "Evidence of improvement", """
<<Q:In the repeat audit in March 2024, the share of people on high-dose or combination antipsychotics
with an ECG in the previous twelve months had risen from 39% to 86%.>> <<Q:The average wait between an
ECG being requested and being done went down from 11 weeks, when people were sent to the hospital
clinic, to 9 days.>>

Between April 2023 and March 2024 the service recorded 1,730 ECGs. Forty-six people were put on the red
pathway and every one had their medicines changed or stopped within 48 hours. Nine were found to have
a heart condition that had not been known before, and were referred to cardiology.
"""),
        ("stakeholders", "How people were involved", """
<<S:Healthcare assistants from the federation and community mental health nurses designed the request
form together, and removed half of the original fields after trying it for a fortnight.>> <<S:The
cardiac physiologists tested the red and amber thresholds against 200 old tracings before we went live,
and suggested the 60 ms rise as a trigger after finding people whose QTc was under 500 but climbing
quickly.>> <<S:Mental health pharmacists and two GPs wrote the red pathway, including the list of
medicines to review first.>> <<S:Depot clinic nurses asked for the portable machine to come to their
clinics, so that people could have their ECG on the same visit as their injection, and this is now
the most common place an ECG is done.>>

Everyone on the caseload who was due an ECG was sent a letter and a text inviting them to book, and the
letter was translated into Polish and Urdu. We asked 75 people to fill in a feedback card after their
ECG and almost all said it had been easy, so the clinics have stayed as they were. The mental health
trust's service user reference group was given a presentation about Heart Check in the autumn of 2023.
We plan to invite people who use the service to help us review the invitation letter in 2025.
"""),
        ("value", "Value", """
The portable machine cost £3,900 and the healthcare assistant time is about 30 hours a week, paid for
by the integrated care board as part of its physical health checks for people with serious mental
illness. Cardiac physiologist reporting is charged at a fixed rate per tracing. Each cardiac arrest
avoided is a life, and each emergency admission for an abnormal rhythm costs the NHS several thousand
pounds.

Psychiatrists say they can now change doses with confidence. GPs say they no longer feel caught in the
middle.
"""),
        ("spread", "Spread", """
The mental health trust is setting up the same arrangement with the GP federation in its southern
locality. We shared the request form and the red pathway with the regional mental health pharmacy
network, and the federation now uses the clinics for ECGs needed for ADHD medicines as well.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1011  care of self-harm wounds for young people in supported housing -
#        docx - no headings - long - head of support services at a young
#        people's housing charity, first person, candid - charity with the
#        community trust (minor injuries unit and tissue viability) and the
#        council's housing-related support commissioners - residents and
#        former residents involved - NO staff involvement (support workers
#        trained, minor injuries nurses briefed, a named lead, a staff
#        questionnaire that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1011", format="docx", layout="no_headings", topic="self_harm_wound_care_supported_housing",
    project="independent64-cleancovered-1011", docx_font="Georgia",
    title="Clean, Covered and Cared For: safer care of self-harm wounds for young people in supported housing",
    cover=[
        "Kestrel House Young People's Housing (registered charity), with Greybridge Community Health NHS Trust and Greybridge Borough Council",
        "Written by Dana Whitlock, Head of Support Services, Kestrel House",
    ],
    primary_entrant=dict(name="Kestrel House Young People's Housing", type="charity"),
    partners=[
        dict(name="Greybridge Community Health NHS Trust", type="nhs_trust"),
        dict(name="Greybridge Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", None, """
Kestrel House gives young people aged 16 to 25 somewhere to live when they cannot live at home. We have
six shared houses with staff on site day and night, and forty move-on flats around Greybridge with
floating support. At any one time we house about 140 young people. Most have been through care, been
thrown out by family, or left home because of abuse. Many have been in and out of children's mental
health services, and a lot of them self-harm, most often by cutting.

For years our policy on self-harm was what I would now call frightened. If a support worker found a
blade, they took it. If a young person had cut themselves, staff were told to call an ambulance or
take them to the emergency department, however small the wound. Rooms were searched. Incidents were
written up in a way that made it sound like the young person had broken a rule. The policy was written
with the best of intentions after a death in another organisation's hostel many years ago, and nobody
had looked at it since.

What it did in practice was teach young people to hide it. They cut where nobody would see, they
dressed their wounds with toilet roll and sellotape, and they did not tell us when a wound went red or
started to smell, because telling us meant a trip to A&E with a member of staff, a long wait under the
lights, and sometimes a comment from someone about wasting time. I do not blame the emergency
department; they are under enormous pressure. But that is how it felt to the young people, and they
told us so.

The thing that made me act was a young woman I will call J. In the spring of 2022 she had been cutting
her thigh for some weeks. She kept the wounds hidden under tracksuit bottoms and told nobody. One
evening a night worker found her shivering and confused in the kitchen. She had a temperature of 39.8
and a wound infection that had spread, and she spent nine days in hospital with sepsis. When she was
well enough to talk, she said she had known for a week that it was getting worse but that she would
rather have died than go to A&E again. She said it very flatly, as a fact.

Around the same time, figures from the minor injuries unit at Greybridge Community Hospital showed our
residents arriving late at night with wounds that were already several days old and infected, when
they could have been cleaned and closed in a few minutes if they had come in early. The council, which pays for our support contract, was reviewing its guidance for all supported housing
providers on self-harm and asked if we would try something different and let them know how it went.

So in the autumn of 2022 we changed our whole approach, with the trust and the council alongside us.
We moved from trying to stop self-harm at all costs to trying to keep young people safe while they are
still self-harming, and to making it easy for them to get help for a wound early. We call it harm
reduction for self-injury, which is a phrase some people find uncomfortable. I understand why, but it
is the honest description.

In practice it means a few concrete things. Every house has wound care packs that any young person can
take from a box in the office without having to explain: sterile dressings, wound closure strips,
saline pods, gloves, and a card with pictures showing when a wound needs to be seen. Staff no longer
search rooms as routine and no longer take blades unless there is an immediate risk to life, in which
case they follow a separate plan agreed with the crisis team. If a young person wants a wound looked
at, any support worker can look with them, using the same picture card, and help them decide whether it
can be cared for at home, needs the minor injuries unit or needs the emergency department. The minor
injuries unit has agreed that our young people can walk in with a 'Kestrel card' and be seen without
having to explain why they hurt themselves. A tissue viability nurse from the trust holds a drop-in
clinic in each of our houses once a month, where young people can get a wound checked without anyone
making an appointment for them. And the council has written the approach into its guidance for all
providers of supported housing for young people in the borough.

We were nervous about all of this. Some of our trustees asked, fairly, whether we were making it easier
for young people to hurt themselves. We spent a long time with the published evidence before we were
satisfied that giving someone a sterile dressing does not make them
cut, and that taking their blade away does not make them stop; it only makes them find another one,
often a dirtier one. We also had to think hard about the law and our duty of care, and our policy
now sets out clearly when we will still step in, such as when a young person is at risk of dying or
has a wound that is bleeding heavily.

None of this replaces mental health support. Every young person who self-harms is offered help from
our own wellbeing worker and, where they want it, a referral to the local mental health services. But
we have stopped pretending that we can make someone stop overnight by taking their blades away.
"""),
        ("evidence", None, """
We have compared the year before the change, 2021/22, with 2023/24, using our own incident records,
the minor injuries unit's attendance data and the emergency department data the council obtained for
us. The number of young people we house stayed about the same.

<<Q:Wound infections needing antibiotics among our residents fell from 47 in 2021/22 to 15 in
2023/24.>> <<Q:Emergency department attendances by our residents for self-harm injuries went down from
118 to 71 over the same two years.>> <<Q:Hospital admissions with an infected self-harm wound fell from
6 to 1.>>

<<Q:According to our key work records, the proportion of new wounds that a young person told a member
of staff about within a day went up from about one in five to more than half.>> This is the figure I
care about most, because it means young people are no longer hiding.

Since the start, 310 wound care packs have been taken from the boxes and the tissue viability nurse has
held 52 clinics in the houses.
"""),
        ("stakeholders", None, """
The young people we house shaped every part of this. <<P:Kestrel Voices, our residents' group, spent
three evenings going through what should be in the wound care packs, and they threw out the first
design because it was a bright white box with a red cross on it that everyone would know the meaning
of.>> <<P:They chose a plain black zip pouch that looks like a pencil case, and they decided the
packs should sit in a box anyone can reach, not in a locked cupboard.>> <<P:Two former residents, both
now in their twenties, wrote the picture card themselves, using the words young
people actually use, and insisted it says 'you are not in trouble' at the top.>>

<<P:It was the residents who asked us to stop routine room searches, at a meeting in September 2022
where one young man said that having his room turned over made him want to cut more, not less; we
agreed and the searches stopped that month.>>

All 62 of our support workers and night workers were trained in basic wound care by the trust's tissue
viability nurse. The minor injuries unit's nurses were briefed on the Kestrel card at their team
meeting. I have led the project myself throughout, reporting to our board every quarter. We sent a
questionnaire to support workers after six months and most said they felt more confident, so the
guidance was left as it was. We hope to bring our support workers and the minor injuries nurses
together for a joint workshop next year.
"""),
        ("value", None, """
Each wound care pack costs us about £6, so the packs have cost less than £2,000 so far. The clinics
come from the tissue viability service's existing time. A single admission with sepsis costs the NHS
several thousand pounds, and each avoided trip to the emergency department saves a young person a long
night and a member of our staff a shift away from the house.

Young people tell us they feel trusted. One resident wrote on our feedback board: 'First place that
hasn't treated me like a criminal for it.' Some of our staff found the change hard at first, and it has
taken time for everyone to feel comfortable. I am proud of them for sticking with it.

The change that is hardest to measure is in the conversations. Before, a night worker who saw fresh
marks on a young person's arm would feel they had to do something about it, which usually meant a
phone call, a form and a trip to hospital. Now the same worker can say 'do you want me to have a look at
that with you?', and more often than not the young person says yes. Those few minutes over a dressing
are often when the real talking happens, about what led up to it and what might help next time. J, who
is now living in her own flat and doing well, put it better than I can: she said the packs did not make
her cut more, they made her feel that somebody would rather she was safe than perfect.
"""),
        ("spread", None, """
The council has made the approach part of its guidance for all seven supported housing providers for
young people in Greybridge, and two of them are now using our packs and picture card. The community
trust has offered the Kestrel card arrangement to the other minor injuries unit in the borough. We
have spoken about the work at the regional homelessness forum and at a national conference on young
people and self-harm, and we share the card and the pack list with anyone who asks.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1012  physical illness put down to mental illness in people who call 999
#        - pdf - CAPS headings - ambulance consultant paramedic, blunt -
#        ambulance service with the acute trust emergency department, the
#        mental health trust's liaison psychiatry and a lived experience
#        network - lived experience members (one first told in the context
#        section) and staff involved - NO quantitative evidence (calls
#        prompted, a single audit figure, counts of diagnoses, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1012", format="pdf", layout="caps_headings", topic="diagnostic_overshadowing_smi_999",
    project="independent64-notjustanxiety-1012", pdf_font="DejaVuSans", pdf_align="L",
    title="NOT JUST ANXIETY: stopping physical illness being missed in people with serious mental illness who call 999",
    cover=[
        "LEAD: Eastfold Ambulance Service NHS Trust",
        "PARTNERS: Eastfold University Hospitals NHS Trust (Emergency Department); Eastfold Mental Health Partnership NHS Trust (Liaison Psychiatry); Voices Heard Eastfold (lived experience network)",
        "CONTACT: Consultant Paramedic for Mental Health",
    ],
    primary_entrant=dict(name="Eastfold Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Eastfold University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Eastfold Mental Health Partnership NHS Trust", type="nhs_trust"),
        dict(name="Voices Heard Eastfold", type="patient_group"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
People with schizophrenia, bipolar disorder and other serious mental illness die on average fifteen to
twenty years earlier than everyone else, mostly from heart disease, lung disease, diabetes and
infections. Part of the reason is what clinicians call diagnostic overshadowing: a physical symptom is
put down to the person's mental illness. Chest pain becomes a panic attack. Breathlessness becomes
anxiety. Confusion becomes psychosis. Being sick and drowsy becomes 'non-compliant with medication'.

We see it in our own service. When a 999 caller mentions a mental health condition, the call is more
likely to be coded as a psychiatric problem, which can mean a longer wait. Crews who arrive to find a
person known to mental health services, who is distressed and hard to assess, sometimes do fewer
observations. In the emergency department, a handover that starts with 'known to the crisis team'
sends the patient down a different path.

Two deaths in 2022 brought this home. A woman in her thirties with schizophrenia called 999 twice in one
evening with breathlessness and chest pain. Both calls were coded as a mental health problem, the
second crew found her 'hyperventilating' and gave advice, and she died the next morning of a pulmonary
embolism. A man with bipolar disorder who was vomiting and drowsy was taken to the emergency department
and waited for a mental health assessment. He had diabetic ketoacidosis and died in intensive care.

<<P:The name of the project came from a member of Voices Heard Eastfold, who had been told three times
that her chest pain was a panic attack before a scan found a clot on her lung, and who said at our
first meeting that what she had needed was for somebody to say 'this might not just be anxiety'.>>

Since May 2023 the work has had three parts. In the control room, calls from anyone who mentions a
mental health condition and a physical symptom get a 'physical first' prompt, so the call is coded on
the physical symptom. Crews complete a full set of observations, a blood glucose and, for chest pain or
breathlessness, an ECG, before writing anything about mental health on the record. In the emergency
department, these patients are triaged on their physical observations, and the liaison psychiatry team
will not start an assessment until the physical checks are done and reviewed.
"""),
        ("evidence", "WHAT WE HAVE ACHIEVED", """
Between May 2023 and October 2024 the 'physical first' prompt appeared on 9,840 calls. In an audit of
300 crew records in 2024, a full set of observations, blood glucose and (where needed) an ECG were
recorded in 94%. Our target is 100% by the end of 2025.

The emergency department flagged 412 patients under the new triage approach in its first year. Of
these, 37 had a serious physical illness, including nine pulmonary emboli, five heart attacks, three
cases of diabetic ketoacidosis and several serious infections, and all were treated in the resuscitation
or majors area.

We have not yet been able to compare the number of serious incidents before and after, because the
two trusts changed their incident systems in 2023. We will report this next year.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<P:Three members of Voices Heard Eastfold, each of whom has had a physical illness put down to their
mental health, sat on the steering group for the whole eighteen months.>> <<P:They listened to
anonymised recordings of 999 calls and pointed out the moment in each call where
the mention of a diagnosis changed the way the call went.>> <<P:The network also wrote the short
statement that crews now read in their training, which begins 'I have a mental illness and I also have
a body'.>>

<<S:Call handlers and clinical hub paramedics helped write the wording of the 'physical first' prompt,
and changed it twice after finding it was firing on calls where it was not needed.>> <<S:Emergency
department nurses rewrote their triage guidance with the liaison psychiatry nurses, who asked that no
referral be accepted until the physical checks were reviewed.>> <<S:Frontline paramedics on two
stations tried the crew checklist for a month and asked for the ECG to be required only for chest pain
and breathlessness, so that it would not delay every call.>>
"""),
        ("value", "VALUE", """
The changes used existing staff and systems. The control room prompt cost nothing to build. Each missed
pulmonary embolism, heart attack or case of diabetic ketoacidosis carries a high risk of death, and
when someone survives a late diagnosis their stay in intensive care can cost tens of thousands of
pounds.

Crews say it has given them permission to treat the person in front of them, not the label on the
record. People in the network say they feel believed.
"""),
        ("spread", "SPREAD", """
Two neighbouring ambulance services have asked for the control room prompt. The emergency department
triage guidance has been adopted by the other acute trust in Eastfold, and we presented the work to
the national ambulance mental health leads' group in 2024. <<P:Voices Heard Eastfold has produced a
short film about the project, with members telling their own stories, which is used in paramedic
training at the regional university.>>
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1013  contact-free observation at night on acute mental health wards -
#        docx - numbered questions with cover bullets - PRIVATE technology
#        company as primary entrant, with the mental health trust and a
#        university (ineligible) - clinical safety officer, measured - people
#        on the wards (told in the passive voice) and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1013", format="docx", layout="numbered_questions", topic="contact_free_night_observation_mental_health_wards",
    project="independent64-seenwithoutwaking-1013", docx_font="Arial",
    title="Seen Without Waking: contact-free observation at night on acute mental health wards",
    cover=[
        "Primary entrant: Veritas Ward Technologies Ltd",
        "Submitted by Owen Barraclough, Clinical Safety Officer, Veritas Ward Technologies",
    ],
    cover_bullets=[
        "Partner: Calderbrook Mental Health NHS Foundation Trust (Adult Acute Inpatient Services)",
        "Partner: Morland University (Centre for Digital Mental Health Research)",
        "Category: Best Partnership Solution Improving Patient Safety",
    ],
    primary_entrant=dict(name="Veritas Ward Technologies Ltd", type="private"),
    partners=[
        dict(name="Calderbrook Mental Health NHS Foundation Trust", type="nhs_trust"),
        dict(name="Morland University", type="university"),
    ],
    sections=[
        ("context", "1. What problem did the partnership set out to solve?", """
On acute mental health wards, staff check on people through the night. Depending on the level of risk,
a nurse or healthcare assistant looks into each bedroom every hour, every fifteen minutes, or stays with
the person all the time. At night that usually means opening the door or the observation panel and
shining a torch to see whether the person is breathing. It wakes people up, often several times a
night, on wards where poor sleep makes mental illness worse. And between checks, a lot can happen. Most
self-harm on wards at night happens in bedrooms and bathrooms, and a ligature can cause serious harm in
a few minutes.

Calderbrook Mental Health NHS Foundation Trust approached us in 2022 after a serious incident on one of
its wards, in which a young woman was found unresponsive in her bathroom between two fifteen-minute
checks. She survived but needed intensive care. The trust's review noted that the staff member doing
the checks had seen a shape in the bed at the previous check, which turned out to be pillows.

Our product is an optical sensor fitted in the bedroom ceiling. It measures pulse and breathing rate
without touching the person, using changes in the light reflected from the skin, and it can tell when
someone gets out of bed, goes into the bathroom, or is near the bedroom door. Staff see this on a
tablet. When the person is in bed, the nurse can do a night check from the office without opening the
door. If the system detects something that might mean risk, such as a long time in the bathroom or a
person at the top of the door, it sends an alert and shows a short, blurred clip so the nurse can
decide whether to go in.

The partnership with the trust and Morland University was set up to answer three questions before the
system was used more widely: is it safe, does it reduce harm, and is it acceptable to the people who
are being watched.
"""),
        ("evidence", "2. What evidence is there of improvement as a direct result of the partnership?", """
The system was installed on six adult acute wards (124 beds) between March and June 2023. Morland
University compared the twelve months before installation with the twelve months after, using the
trust's incident data and the ward observation records.

<<Q:Self-harm incidents in bedrooms and bathrooms at night fell from 214 in the year before
installation to 131 in the year after.>> <<Q:Falls in bedrooms at night went down by 43%.>> <<Q:Incidents
of serious harm from a ligature at night fell from 9 to 2.>>

In the same year, staff completed more than 210,000 night checks through the system, and the sensor sent
4,760 alerts. The university is now analysing whether people's sleep was less disturbed.
"""),
        ("stakeholders", "3. Who was involved and how?", """
<<P:Before any sensor went in, the screens and the privacy notice were tried out by people staying on
Larch ward, whose biggest fear was that video of them was being recorded without their knowledge.>>
<<P:Because of what was said on Larch ward, clips are now deleted after 24 hours unless an incident is
reported, and a small light on the sensor shows when one is being made.>> <<P:People with experience of
admission, recruited through the trust's involvement team, also took part in the university's
interviews, and their comments changed the script that staff use to explain the sensor on
admission.>>

<<S:Night nurses and healthcare assistants on two pilot wards tested the alerts for six weeks and asked
us to change the bathroom alert from three minutes to a time that each ward can set, because three
minutes was producing constant false alarms.>> <<S:Ward managers and the trust's information governance
team wrote the standard operating procedure with us, including when the system must not be used
instead of a physical check.>> <<S:The trust's estates officers chose the position of the sensor in each
bedroom after trying several in an empty room.>>
"""),
        ("value", "4. What is the value of the work for patients, staff and the NHS?", """
The trust leases the system at a fixed monthly cost per bedroom, which for six wards is about the cost
of one band 5 nurse. The trust's finance team estimates that the fall in serious incidents, and in the
time staff spend on investigations, covers most of that cost.

Nurses say that night shifts are calmer and that they can spend more time with people who are awake and
distressed. Some people on the wards say they sleep better without the torch. Not everyone likes the
idea of a sensor in their room, and anyone can ask for it to be switched off and have physical checks
instead.
"""),
        ("spread", "5. How has the work been shared and applied elsewhere?", """
The trust has extended the system to its psychiatric intensive care unit and its older adult wards. The
university's evaluation has been published as an open-access report and presented at two national
mental health nursing conferences. We are now working with two other mental health trusts that are
considering the system, and we share the procedure and the privacy notice with any trust that asks.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1014  falls with a head strike on older people's mental health wards -
#        pdf - two columns - modern matron, plain - mental health trust with
#        the acute trust's emergency department and radiology and the
#        ambulance service - relatives (through a ward carers' group) and
#        staff involved - NO quantitative evidence in the evidence section
#        (counts, a single audit figure, a 'none since' with no earlier
#        figure); a measured change is told only in the value section
# ---------------------------------------------------------------------------
entry(
    id="I1014", format="pdf", layout="two_column", topic="head_injury_falls_older_adult_mental_health_wards",
    project="independent64-headfirst-1014", pdf_font="LiberationSans",
    title="Head First: safer care after falls on older people's mental health wards",
    cover=[
        "Southmoor and Lyne NHS Foundation Trust, Older Adult Mental Health Inpatient Services (lead), with Lyne Valley Hospitals NHS Trust (Emergency Department and Radiology) and Weald and Coast Ambulance Service NHS Trust",
        "Entry by the Modern Matron, Older Adult Inpatient Services",
    ],
    primary_entrant=dict(name="Southmoor and Lyne NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Lyne Valley Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Weald and Coast Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "Why we needed to act", """
Our four older adult wards at Marlpit House have 72 beds for people with dementia and for older people
with severe depression or psychosis. Falls are common. Many of our patients are unsteady, confused, on
medicines that cause drowsiness, and a growing number take blood thinners. When a patient falls and
hits their head, national guidance says that anyone on an anticoagulant should have a CT scan of the
head within eight hours.

Marlpit House is a stand-alone site nine miles from the general hospital. At night there is one junior
doctor on call for the whole site. Until 2023 the only way to get a scan was to call an ambulance and
send the patient to the emergency department. Because the patient was in a hospital bed and not in
danger, the call was usually given a low priority and the wait was often five hours or more. Then the
patient, who might have advanced dementia, waited in the emergency department, sometimes overnight,
frightened and without anyone who knew them. Some were sent back without being scanned.

In December 2022 a woman of 84 who was taking apixaban fell at 2am. She waited more than six hours for
an ambulance and then several more in the department. By the time she was scanned she had a large bleed
on the brain, and she died four days later.
"""),
        ("evidence", "What has happened since", """
Since March 2023 a patient on our wards who has a head strike and takes an anticoagulant, or has any
red flag sign, can be booked straight onto the CT scanner at the general hospital without going through
the emergency department. The radiology department keeps a slot free at set times, day and night. We
take the patient in our own vehicle with a nurse who knows them, unless their observations are
worrying, when the ambulance clinical hub sends a crew as an emergency. Our nurses do neurological
observations on a single shared chart for 24 hours after any head strike.

From March 2023 to February 2025 there were 164 falls with a head strike on our wards. 88 patients went
directly for a CT scan and five bleeds were found, all of which were treated at the general hospital.
An audit of 60 charts in 2024 found neurological observations fully completed in 91%. No patient who
went by the direct route has been returned unscanned.
"""),
        ("stakeholders", "Who helped", """
<<S:Our ward nurses rewrote the neurological observation chart with emergency department nurses, who
asked that it use the same scoring as the general hospital so that it could travel with the
patient.>> <<S:CT radiographers worked out with us which times of day a slot could be held free without
upsetting their other lists.>> <<S:Clinical hub paramedics at the ambulance service agreed with our
doctors which observations should trigger an emergency crew instead of our own transport.>>

<<P:The carers' group on Beech ward, made up of husbands, wives and grown-up children of patients, told
us that the worst part was being told the next morning that their relative had been taken to hospital
in the night, so families are now phoned at any hour unless they have asked us not to.>> <<P:One of
them, Mr Frank Ellery, whose wife was on the ward, came with us on a trial run to the scanner and
suggested a 'grab bag' with a blanket, the patient's glasses and hearing aids, and a photo of the ward
staff for reassurance.>>
"""),
        ("value", "Value", """
The direct route uses scanner time that would have been used anyway in the emergency department, and a
nurse escort for about three hours. <<Q:Ambulance call-outs from our wards after a fall went down from
96 in 2022 to 38 in 2024, which frees crews for emergencies elsewhere and spares our patients a long
wait.>> A bleed found early can be treated before it becomes life-threatening. Our nurses say they feel
able to act instead of waiting and worrying.
"""),
        ("spread", "Spread", """
The trust's other older adult unit, at Fenn Lodge, started using the direct route with its local
hospital in 2024. We presented the work at the regional older people's mental health network, and the
ambulance service is talking to two community hospitals about the same approach.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1015  water intoxication and low sodium in long-stay rehabilitation
#        patients - docx - rubric headings - consultant clinical scientist,
#        precise - pathology network hosted by an acute trust, with the mental
#        health trust's rehabilitation wards and pharmacy and a university
#        school of pharmacy - staff involved (night-shift biomedical
#        scientists, rehabilitation support workers) - NO patient involvement
#        (fluid plans explained, leaflets given, a service user council that
#        was only updated, patients as beneficiaries, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1015", format="docx", layout="rubric_headings", topic="psychogenic_polydipsia_hyponatraemia_rehab_wards",
    project="independent64-lowsodiumalert-1015", docx_font="Cambria",
    title="Low Sodium Alert: catching water intoxication early in people on long-stay mental health wards",
    cover=[
        "Lead: Thistlebury Pathology Partnership, hosted by Thistlebury Hospitals NHS Trust (Department of Clinical Biochemistry)",
        "Partners: Thistlebury and Arden Mental Health NHS Trust (Rehabilitation and Recovery Wards and Pharmacy); University of Thistlebury (School of Pharmacy)",
        "Submitted by the Consultant Clinical Scientist, Clinical Biochemistry",
    ],
    primary_entrant=dict(name="Thistlebury Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Thistlebury and Arden Mental Health NHS Trust", type="nhs_trust"),
        dict(name="University of Thistlebury", type="university"),
    ],
    sections=[
        ("context", "Why was the partnership needed and what were its patient safety goals?", """
A small number of people with long-term psychotic illness drink very large amounts of water, sometimes
ten litres a day or more. The condition is called primary or psychogenic polydipsia. Combined with
antipsychotic medicines, some antidepressants, carbamazepine, smoking and the effects of the illness
itself, heavy drinking can dilute the blood so much that the sodium level falls dangerously. The result
can be confusion, vomiting, seizures, coma and death. Because the person is already unwell, the early
signs are easy to mistake for a change in their mental state.

Our laboratory processes blood samples from the mental health trust's rehabilitation and recovery
wards, where people may stay for many months. In 2021 our clinical scientists noticed that the same
handful of patients kept appearing on the list of critically low sodium results. The laboratory's
procedure was to phone any result below 120 mmol/L to the ward. At night the phone on the ward was
often not answered, and when it was, the nurse usually did not know what to do with the result and
the on-call doctor was covering the whole site. Over the two years 2020 and 2021, two patients on these
wards had seizures caused by low sodium and one man died.

The aims of the partnership were to identify people at risk before their sodium fell, to give the wards
a clear plan for monitoring and managing them, to make sure critical results reached someone who could
act on them, and to review the medicines that made the problem worse.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
From April 2022 the laboratory system flags any sodium below 130 mmol/L from a mental health ward, not
only the critical ones, and adds a comment linking to the polydipsia pathway. Critical results are
phoned to a dedicated bleep held by the site's duty nurse rather than to the ward. Patients identified
as at risk have a morning and evening weight, because a gain of more than a few per cent of body weight
during the day is an early sign of water overload, and a fluid plan agreed by the ward team. The ward
pharmacist reviews their medicines within a week.

<<Q:Sodium results below 125 mmol/L from the rehabilitation wards fell from 63 in 2021 to 19 in
2023.>> <<Q:Emergency transfers to the general hospital for low sodium went down from 14 to 4 over the
same period.>> <<Q:Critical results that reached a registered nurse at the first phone call rose from
58% to 97%.>>

Thirty-one people have been identified as at risk since the pathway began. There have been no
seizures from low sodium on the wards since April 2022.
"""),
        ("spread", "How have the achievements been applied elsewhere and best practice shared?", """
The sodium flag has been added for the mental health trust's other inpatient sites, including its
older adult and forensic wards. The university has published its screening method in a pharmacy
journal and the pathway has been shared through the national network of clinical biochemists. Two other
pathology networks have asked for our laboratory rules.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The changes to the laboratory system took about four days of IT time. Scales and weight charts for the
wards cost a few hundred pounds. An emergency admission for severe low sodium usually lasts several
days and may include intensive care. Fewer repeat blood tests are needed for people whose sodium is now
stable, which patients find a relief.

Nurses on the wards say they now know what a low result means and what to do. Our night staff no longer
spend an hour trying to get through to a ward.
"""),
        ("stakeholders", "Who was involved and how were patients and staff involved?", """
<<S:The biomedical scientists on the night shift pointed out that most of the unanswered calls were
between midnight and 6am, and it was their idea to phone the site bleep instead of the ward.>>
<<S:Rehabilitation support workers on the wards suggested doing the morning weight at the same time as
the morning medicine round, when people are already up and at the clinic room, which made the weights
far more reliable.>> <<S:The university's pharmacy researchers and the trust's ward pharmacists went
through 400 patient records together to work out which combination of medicines, smoking and past
results best predicted a fall in sodium, and that became the screening checklist.>> <<S:Consultant
psychiatrists and the duty doctors agreed the fluid plan template with us at two meetings in early
2022.>>

Patients who are identified as at risk have their fluid plan explained to them by their named nurse,
and an information leaflet was given to them and to their families. The trust's service user council
was updated on the project in March 2023. The work benefits some of the most unwell people in the
trust's care. We intend to work with people who have experienced polydipsia to produce an easy-read
version of the leaflet.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1016  overdoses and physical emergencies in people who come to a crisis
#        cafe - pdf - with appendix - crisis services manager at a mental
#        health charity, warm and detailed - charity with the mental health
#        trust crisis team, the ambulance service and council public health -
#        guests, peer supporters (PS) and staff involved - no flags (a shift
#        on an SPC chart and a before/after count)
# ---------------------------------------------------------------------------
entry(
    id="I1016", format="pdf", layout="with_appendix", topic="crisis_cafe_overdose_physical_emergencies",
    project="independent64-safebeforesorry-1016", pdf_font="LiberationSerif", pdf_align="L",
    title="Safe Before Sorry: spotting overdoses and physical emergencies in people who come to our crisis cafe",
    cover=[
        "Lead entrant: Kilnbridge Wellbeing Trust (registered charity), which runs The Lantern, an evening and night crisis cafe",
        "Partners: Kilnbridge and Wyre Mental Health NHS Trust (Crisis Resolution and Home Treatment); North Wyre Ambulance Service NHS Trust; Kilnbridge City Council (Public Health)",
        "Prepared by the Crisis Services Manager, Kilnbridge Wellbeing Trust",
    ],
    primary_entrant=dict(name="Kilnbridge Wellbeing Trust", type="charity"),
    partners=[
        dict(name="Kilnbridge and Wyre Mental Health NHS Trust", type="nhs_trust"),
        dict(name="North Wyre Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Kilnbridge City Council", type="local_authority"),
    ],
    sections=[
        ("context", "Why this mattered", """
The Lantern is a crisis cafe in the centre of Kilnbridge, open from 6pm to 2am every day of the year.
Anyone can walk in, without a referral, when they feel they cannot cope. We see around 4,000 visits a
year. We call the people who come our guests. They sit with a hot drink and talk to a wellbeing worker
or a peer supporter, and together they work out how to get through the night. The cafe is deliberately
not clinical. There are no uniforms, no forms at the door and no waiting room. Many of our guests have
had bad experiences in emergency departments and would not go back.

That strength is also a risk. Some people arrive at a crisis cafe after they have already harmed
themselves, and they do not always say so. Some have taken an overdose of paracetamol or their own
prescribed medicines in the hours before, and feel fine for now. Others are physically unwell in ways
that have nothing to do with their mental health: a diabetic who has not eaten, someone withdrawing
from alcohol, someone with a head injury from a fall earlier in the day.

In October 2022 a young man spent three hours at the cafe talking about his relationship breaking down.
He went home at closing time feeling, in his words, much better. The next afternoon he was admitted to
hospital with liver damage from a paracetamol overdose he had taken before he came to us. He survived,
but he needed a liver unit. Nobody had asked him if he had taken anything, and he told us afterwards
that he would have said yes if anyone had. A few weeks later, a woman collapsed in our toilets with a
very low blood sugar. Our staff did their best, but none of them knew what to do until the ambulance
arrived.

Looking back through our own notes for 2022, we found other nights that could have ended the same way.
A guest who mentioned in passing that she had 'taken a few extra' of her tablets before coming out, and
whose worker did not know what that might mean. A man who had been drinking all day and began to shake
and sweat at midnight, which we now know can be the start of a withdrawal seizure. A young woman with a
deep cut on her forearm wrapped in a scarf, who stayed with us until closing and went home without
anyone looking at it. None of these came to serious harm, as far as we know, but that was luck.

Our staff are not nurses. Our wellbeing workers come from youth work, housing, hospitality and the
arts, and our peer supporters bring their own experience of crisis. That mix is why guests trust us. It
also meant that when something physical was happening in front of them, most of our team had nobody to
ask except a 999 call handler, and they worried, rightly, about sending an ambulance for someone who
might not need one, or about not sending one for someone who did.

We realised we had been so keen not to be clinical that we had stopped being safe. We did not want to
turn the cafe into a mini emergency department. We did want every guest to be asked the right questions
at the right time, and our staff to have someone clinical to call.

With the crisis team, the ambulance service and the council's public health team, we put together
Safe Before Sorry, which started in April 2023. Every guest is asked three questions once they are
settled with a drink (the questions are in the appendix). If the answer suggests an overdose in the
last 24 hours, the guest is supported to go to the emergency department with a member of our staff, and
the crisis team is told so that someone meets them there. If there is any other physical worry, our
shift lead can phone the ambulance service's clinical hub on a direct line and speak to a paramedic,
who advises whether the guest needs an ambulance, a GP or simply something to eat. A nurse from the
crisis team is on call to the cafe until 2am and visits if asked. The council has paid for first aid
kits, blood glucose meters, naloxone and a defibrillator, and for every member of staff to be trained
in first aid.
"""),
        ("evidence", "What difference it has made", """
Since April 2023 the three questions have been asked at 96% of visits, according to our visit records,
and the shift lead has phoned the clinical hub 212 times.

<<Q:We record every case where we later learn that a guest had taken an overdose that was not picked
up while they were with us, and on our statistical process control chart these cases have stayed below
the old average for eleven months in a row since the questions started, which the council's analyst
confirms is a real shift and not chance.>> <<Q:Guests taken to hospital by emergency ambulance after a
sudden collapse at the cafe went from 17 in 2022 to 5 in 2024.>>

In 2024, 58 guests were supported to go to the emergency department after telling us they had taken an
overdose, and the crisis team met 51 of them there.
"""),
        ("stakeholders", "Who was involved", """
<<PS:Our peer supporters, who are employed by us and have all been through a mental health crisis
themselves, wrote the three questions and tried them out on each other and on the wellbeing workers
until they sounded like a conversation rather than a checklist.>> <<P:We asked guests, through a
comments wall and two evening sessions over pizza, how they would feel about being asked about
overdoses, and they told us not at the door and not in front of other people, but once they were sat
down with a drink, which is when the questions are now asked.>> <<P:One regular guest suggested that
the questions should be printed on the back of the menu card, so that nobody would be surprised by
them, and they now are.>>

<<S:Paramedics in the ambulance service's clinical hub agreed the list of symptoms that should always
mean an ambulance, and asked us to phone them with a set of simple observations, which is why we
bought the blood glucose meters.>> <<S:Crisis team nurses worked out with our shift leads how the
on-call arrangement would work, and they suggested meeting guests at the emergency department so that
nobody has to wait alone.>> <<S:Our wellbeing workers asked for a short 'what to do' sheet behind the
counter for the first few minutes of a collapse, and wrote it with the first aid trainer.>>
"""),
        ("value", "Value", """
The first aid equipment, training and defibrillator cost the council about £14,000 in the first year.
The clinical hub and crisis team time come from existing services. A paracetamol overdose that is
treated early usually needs a day in hospital; one treated late can need a liver transplant.

Our staff tell us they are less frightened of the nights when something goes wrong. Guests tell us that
being asked the questions shows that we care about all of them, not just their feelings.

One night last winter a guest in her forties answered the first question by saying she had taken 'a
handful' of her partner's tablets on the way in, and then changed the subject. Her worker stayed calm,
phoned the clinical hub, and walked with her to the emergency department, where a crisis team nurse was
waiting. She was treated that night and went home two days later. A year earlier, we think, she would
have had a cup of tea, talked until closing and gone home to bed.
"""),
        ("spread", "Sharing it", """
The three questions have been adopted by the two other crisis cafes in the county, which are run by
different charities, and by the mental health trust's crisis house. We have shared the approach with
the national network of crisis cafes and presented it at the regional suicide prevention conference in
2024. The ambulance service has offered the same direct line to the county's night shelters.
"""),
    ],
    trailer=[
        ("heading", "Appendix: the three questions and where our figures come from"),
        ("para", "The three questions, asked once a guest is settled: 1. Have you taken anything or hurt yourself in any way today, even if it seemed small? 2. Is anything going on in your body right now that is worrying you? 3. Is there anything about your health you would like us to know before the night goes on?"),
        ("para", "Visit numbers, questions asked and calls to the clinical hub come from The Lantern's visit records. Overdoses not picked up at the cafe are cases reported back to us by the crisis team or by guests themselves. Ambulance conveyances come from North Wyre Ambulance Service NHS Trust. The statistical process control chart was prepared by Kilnbridge City Council's public health intelligence team."),
        ("para", "The Lantern, 14 Foundry Row, Kilnbridge KB1 3LT. Kilnbridge Wellbeing Trust is a registered charity."),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1017  restraint of autistic pupils and pupils with a learning disability
#        in special schools - docx - form table with a cover table -
#        principal educational psychologist, measured - council SEND service
#        with the community trust's children's learning disability and autism
#        team and the parent carer forum - parents and pupils involved - NO
#        staff involvement (school staff trained, headteachers briefed, the
#        health team delivering plans, a named lead, a staff survey that
#        changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1017", format="docx", layout="form_table", topic="restraint_reduction_special_schools",
    project="independent64-handsoff-1017", docx_font="Calibri",
    title="Hands Off, Heads Together: reducing restraint of autistic pupils and pupils with a learning disability in special schools",
    cover_table=[
        ("Title of entry", "Hands Off, Heads Together: reducing restraint of autistic pupils and pupils with a learning disability in special schools"),
        ("Lead organisation", "Brackenshire County Council, SEND and Inclusion Service"),
        ("Partner organisations", "Brackenshire Community Health NHS Trust (Children's Learning Disability and Autism Team); Brackenshire Parent Carer Forum"),
        ("Name and role of entrant", "Principal Educational Psychologist, Brackenshire County Council"),
    ],
    primary_entrant=dict(name="Brackenshire County Council", type="local_authority"),
    partners=[
        dict(name="Brackenshire Community Health NHS Trust", type="nhs_trust"),
        dict(name="Brackenshire Parent Carer Forum", type="patient_group"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and its safety goals.", """
The council maintains four special schools for 610 children and young people aged 4 to 19, most of
whom are autistic, have a severe learning disability, or both. Many communicate without speech. When a
pupil becomes overwhelmed, the behaviour that follows can be frightening and dangerous: hitting,
biting, running towards a road, head-banging. Staff are allowed to use physical restraint as a last
resort to prevent injury, and until recently two of the schools also had small rooms where a pupil
could be shut in to calm down.

In practice restraint had become routine in some classrooms. In the 2021/22 school year the four
schools recorded 1,460 restrictive physical interventions, and we suspected the real number was higher
because recording was inconsistent. Holds were sometimes used to move a pupil who would not go to
assembly. Parents often found out from bruises at bath time. In March 2022 a nine-year-old boy's arm was
broken during a hold on a classroom floor. Shortly after, a parent found that her daughter had been
shut alone in a locked room for forty minutes.

The council's safety goals were that restraint would only ever be used to prevent immediate harm, that
no child would be locked in a room, that every pupil at risk of restraint would have a behaviour
support plan based on understanding why they become distressed, and that parents would be told of any
hold on the same day.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
From September 2022 all four schools record every hold on a single council system, reviewed monthly
by the council. Locked rooms were closed that term and replaced with open calm spaces. Every pupil with
two or more holds in a half term is referred to the children's learning disability and autism team for
a behaviour support plan, and the team's positive behaviour support practitioners visit the classroom.

<<Q:Recorded restrictive physical interventions across the four schools fell from 1,460 in 2021/22 to
610 in 2023/24, even though recording is now more complete.>> <<Q:Injuries to pupils during a hold went
from 38 to 9 over the same period.>> <<Q:The share of holds where a parent was told on the same day rose
from around 40% to 98%.>>

Since 2022 the learning disability and autism team has written 184 behaviour support plans for pupils
in the four schools.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<P:Parents from the Parent Carer Forum wrote the script for the same-day phone call after a hold,
because they said the old calls started with what their child had done wrong and never said how the
child was now.>> <<P:Pupils on the school council at Hollybrook School, using symbols and photographs,
chose the colours, lighting and soft furnishings for their school's new calm space, and asked that its
door has no lock and a window low enough for a small child to see out.>> <<P:Three parents whose children
had been seriously hurt or shut in a room sat on the programme board for its first year and checked
every monthly report.>>

All 430 teachers and teaching assistants in the four schools completed certified restraint reduction
training. Headteachers were briefed at the council's special schools forum. The health team wrote the
behaviour support plans as part of its commissioned service. The programme has been led throughout by
the council's principal educational psychologist. A survey of school staff after the first year was
positive, so the programme was kept as it was. We plan to set up a staff reference group in each school
in 2025.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The training was paid for from the council's high needs budget at a cost of about £48,000. The health
team's time was already commissioned. Fewer holds means fewer injuries to pupils and staff, fewer
exclusions and fewer placements breaking down, and a single out-of-county residential placement costs
the council over £250,000 a year.

Parents tell us they trust the schools more. Staff say the classrooms are calmer.
"""),
        ("spread", "How has the work been shared and spread?", """
The single recording system and same-day call have been offered to the academy special schools in the
county, and three have joined. We have shared the programme with neighbouring councils through the
regional SEND network.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1018  body-worn cameras and restraint on acute mental health wards - pdf
#        (via Word) - style headings - associate director of nursing, formal
#        - departments of ONE mental health trust, no partner organisation
#        (ineligible) - staff (including staff side) involved - NO patient
#        involvement (patients told on admission, offered to view footage, a
#        survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1018", format="pdf", layout="style_headings", topic="body_worn_cameras_restraint_mental_health_wards",
    project="independent64-clearview-1018", render_via="soffice", docx_font="Liberation Sans",
    title="Clear View: body-worn cameras and fewer restraints on acute mental health wards",
    cover=[
        "Westermoor Mental Health NHS Foundation Trust",
        "A joint project of the Adult Acute Inpatient Wards, the Violence Reduction Team, Estates and Digital Services and the Patient Experience Team",
        "Lead: Associate Director of Nursing, Acute and Urgent Care",
    ],
    primary_entrant=dict(name="Westermoor Mental Health NHS Foundation Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Background", """
Westermoor Mental Health NHS Foundation Trust has seven adult acute wards with 148 beds across two
sites. Like every mental health trust, we use physical restraint when a patient is at immediate risk
of harming themselves or others, and we have a long-standing commitment to reducing it. Restraint is
frightening and humiliating for patients, can re-traumatise people who have experienced violence, and
carries a risk of injury and, when a person is held face down, of death.

In 2022 our restraint figures were among the highest in our region. Incident reviews showed that many
restraints followed a quick escalation in which a staff member raised their voice or moved into a
patient's space, and that accounts of what had happened often differed sharply between patients and
staff. Complaints about restraint took months to investigate and were rarely resolved to anyone's
satisfaction. At the same time, assaults on staff were a major cause of sickness absence.

In 2023 the trust introduced body-worn cameras on all seven acute wards as part of a wider restraint
reduction programme. Staff switch the camera on, and say so out loud, when a situation starts to
escalate. Footage of any restraint is reviewed within a week at a reflective meeting led by the
violence reduction team, which looks at what could have been done differently. Footage is deleted
after 31 days unless there is a complaint, a safeguarding concern or an investigation.
"""),
        ("evidence", "Results", """
<<Q:Restraints across the seven wards fell from an average of 96 a month in 2022 to 61 a month in
2024.>> <<Q:Prone restraints went down from an average of 14 a month to 3.>> <<Q:Physical assaults on
staff dropped by a quarter between the two years.>> <<Q:The average time to close a complaint about
restraint came down from 74 days to 19, because the footage is available.>>

Cameras were switched on 3,310 times in 2024. The reflective review group met 48 times.
"""),
        ("stakeholders", "Engagement", """
<<S:Nurses and healthcare assistants on two pilot wards wore the cameras for three months and asked
for them to be switched on only when a situation escalates, not for the whole shift, which became the
trust rule.>> <<S:Staff side representatives from the trade unions negotiated the footage policy with
us, including the rule that footage is never used to monitor staff performance outside an incident.>>
<<S:The violence reduction team's trainers rewrote the de-escalation training after watching the first
fifty recordings, adding a module on personal space and tone of voice.>>

Patients are told about the cameras on admission, and posters on every ward explain when they are
switched on. Any patient involved in a recorded incident is offered the chance to watch the footage with
a member of staff. The patient experience team sent a short survey to 120 patients on discharge; most
said the cameras made them feel safer, so no changes were made. We hope to set up a group of former
patients to review the footage policy next year.
"""),
        ("value", "Value", """
The cameras and docking stations cost £62,000, with about £9,000 a year for storage and licences. Fewer
restraints mean fewer injuries to patients and staff, less sickness absence and fewer agency shifts to
cover it. Faster complaint resolution saves many hours of investigating officer time.
"""),
        ("spread", "Spread", """
The cameras have been extended to the trust's psychiatric intensive care unit and its place of safety.
We have presented the results to the regional mental health restraint reduction network.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1019  students who self-harm - docx - style headings - head of student
#        wellbeing, reflective - university with the mental health trust's
#        liaison and crisis services and the students' union - students
#        involved - NO staff involvement (residence staff trained, liaison
#        nurses briefed, tutors emailed, a named lead, a survey that changed
#        nothing, a plan) ('about a third fewer' claim)
# ---------------------------------------------------------------------------
entry(
    id="I1019", format="docx", layout="style_headings", topic="university_students_self_harm_follow_up",
    project="independent64-someoneknows-1019", docx_font="Calibri",
    title="Someone Knows: joining up care when university students self-harm",
    cover=[
        "University of Harnford, Student Wellbeing Service (lead)",
        "In partnership with Harnford and District Mental Health NHS Trust (Psychiatric Liaison and Crisis Services) and Harnford Students' Union",
        "Written by the Head of Student Wellbeing",
    ],
    primary_entrant=dict(name="University of Harnford", type="university"),
    partners=[
        dict(name="Harnford and District Mental Health NHS Trust", type="nhs_trust"),
        dict(name="Harnford Students' Union", type="charity"),
    ],
    sections=[
        ("context", "Background", """
The University of Harnford has around 24,000 students, about a third of whom live in university halls
in their first year. Like every university, we have students who self-harm, some of them repeatedly,
and a small number who die by suicide. Students are at a stage of life where they are often living away
from family for the first time, under academic and financial pressure, and without the GP, school and
family who used to notice when something was wrong.

When a student attended the emergency department at Harnford General Hospital after self-harm, the
psychiatric liaison team assessed them and usually discharged them home with advice and a letter to
their GP. Many students were registered with a GP at home, so the letter went 150 miles away. The
university did not know unless the student chose to tell us, and most did not. The student went back
to their room, often alone, sometimes in the middle of the night, and a warden or flatmate might find
them in crisis again a few days later.

In the academic year 2021/22, two Harnford students died by suicide. Both had attended the emergency
department after self-harm in the weeks before their deaths, and in neither case did anyone at the
university know. The coroner asked how information could be shared safely between the hospital, the
university and the people around the student.

Someone Knows started in September 2022. At enrolment, every student is asked to name a trusted contact,
who can be a parent, a friend or anyone they choose, and whether they agree to the university being
told if they attend hospital in a mental health crisis. In the emergency department, the liaison team
asks every student who has self-harmed whether they agree to the university's wellbeing service being
told that they attended. With that consent, the liaison team sends a secure email the same night. A
wellbeing adviser contacts the student the next working day, offers to meet, checks they have a safety
plan and, if the student wants it, arranges a move to a flat with other people in it, a conversation
with their department about deadlines, or contact with their trusted person.
"""),
        ("evidence", "Results", """
<<Q:Repeat attendances at the emergency department for self-harm by students, within three months of
a first attendance, were about a third fewer in 2023/24 than in 2021/22.>> <<Q:The time from an
emergency department attendance to a first contact from our wellbeing team, for students who agreed to
share, came down from an average of 19 days, when we only found out if the student told us, to 1.6
working days.>>

In 2023/24, 71% of students who attended after self-harm agreed to the university being told, and the
liaison team sent 340 notifications. The wellbeing team offered a next-day contact in every case.
"""),
        ("stakeholders", "Involving students and staff", """
<<P:Student volunteers from the Students' Union's Open Minds society, several of whom have
self-harmed, rewrote the enrolment question about trusted contacts, because the first draft asked for
'next of kin' and they said many students would not want a parent contacted.>> <<P:They also told us
that a phone call from an unknown number the next day would be ignored, so the first contact is now a
text message signed by a named adviser, which they wrote.>> <<P:A postgraduate student who had been
discharged from the emergency department at four in the morning suggested the offer of a temporary
move to a shared flat, after describing how hard it had been to go back to a silent studio room, and
the accommodation office now keeps two flats free for this.>>

All 210 residence life staff and wardens completed a day of suicide prevention training. Liaison
psychiatry nurses were briefed on the consent question at their team meeting. Personal tutors received
guidance by email. The Head of Student Wellbeing, who wrote this entry, chairs the monthly partnership
meeting. We surveyed wellbeing advisers after the first year and the responses were positive, so the
process was left unchanged. We plan to invite crisis team staff to a joint review in 2025.
"""),
        ("value", "Value", """
The scheme uses existing wellbeing and liaison staff. The secure email system was already in place. The
two shared flats cost the university about £11,000 a year in lost rent. An emergency department
attendance after self-harm costs the NHS a few hundred pounds, and an admission far more; the cost of a
student's death to their family, friends and the university cannot be counted.

Students tell us it helps to know that someone will be in touch. One wrote that the text 'made me feel
like I hadn't just disappeared'.
"""),
        ("spread", "Spread", """
The trust has offered the same consent question to the two other universities in its area, and one has
started using it. We shared Someone Knows through the national student mental health network and at the
universities' suicide prevention conference in 2024.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1020  people who leave the emergency department after self-harm before
#        they are assessed - pdf - form table with a cover table - ICB head
#        of mental health commissioning, crisp - ICB with the acute trust, the
#        mental health trust and a suicide prevention charity - staff
#        involved ('waiting room companions', call handlers) - NO patient
#        involvement (people sent texts, families written to, a survey that
#        changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1020", format="pdf", layout="form_table", topic="self_harm_left_ed_before_assessment",
    project="independent64-dontwalkaway-1020", pdf_font="LiberationSans",
    title="Don't Walk Away: following up people who leave the emergency department after self-harm before they are assessed",
    cover_table=[
        ("Entry title", "Don't Walk Away: following up people who leave the emergency department after self-harm before they are assessed"),
        ("Lead organisation", "NHS Aldermarsh and Keld Integrated Care Board (Mental Health Commissioning)"),
        ("Partner organisations", "Aldermarsh General Hospital NHS Trust; Keld Valley Mental Health NHS Trust (Liaison Psychiatry and 24-hour Crisis Line); Second Look (suicide prevention charity)"),
        ("Entrant", "Head of Mental Health Commissioning"),
    ],
    primary_entrant=dict(name="NHS Aldermarsh and Keld Integrated Care Board", type="icb"),
    partners=[
        dict(name="Aldermarsh General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Keld Valley Mental Health NHS Trust", type="nhs_trust"),
        dict(name="Second Look", type="charity"),
    ],
    sections=[
        ("context", "Why was the partnership needed? What were the safety goals?", """
Self-harm is one of the strongest predictors of suicide, and the weeks after an emergency department
attendance are a period of particularly high risk. Everyone who attends after self-harm should have a
psychosocial assessment. In Aldermarsh, around one in five people who came to the emergency department
after self-harm left before that assessment happened, usually after a long wait, often in the early
hours of the morning.

Nothing happened when they left. The department recorded them as 'left before treatment complete' and
a discharge letter reached their GP some days later. The liaison team did not know they had gone. In
2022 two people died by suicide within a week of leaving the department before assessment.

Goals: every person who leaves before assessment is contacted by a mental health professional within
24 hours; fewer people leave in the first place; and fewer come back having harmed themselves again.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Since June 2023 Second Look provides waiting room companions in the emergency department from 6pm to
2am, who sit with people waiting for a mental health assessment. If a person leaves before assessment,
the emergency department sends an electronic alert to the mental health trust's 24-hour crisis line,
which phones the person within two hours. If they cannot be reached and there is a serious risk, the
crisis line asks the police for a welfare check. Everyone contacted is offered a next-day appointment
with the crisis team and six weeks of support from Second Look.

<<Q:People who left before assessment and were contacted by a mental health professional within 24
hours rose from 12% in 2022 to 81% in 2024.>> <<Q:People leaving the emergency department after
self-harm before assessment went down from 21% of attendances to 11%.>> <<Q:Among those who did leave,
a repeat attendance for self-harm within 30 days fell from 27% to 16%.>>

The crisis line received 614 alerts in 2024.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Emergency department nurses and the liaison team designed the electronic alert together, and the
nurses asked for it to be sent automatically when the patient is marked as left, so that it cannot be
forgotten at a busy moment.>> <<S:Second Look's waiting room companions told us that people most often
left at the point when they were moved to a different waiting area, so the companion now stays with the
person through any move.>> <<S:Crisis line call handlers tested the call script over a month and
changed the opening words after finding that people hung up when the call started with 'I am calling
from mental health services'.>>

People who leave are sent a text message with the crisis line number and Second Look's details. The
families of the two people who died in 2022 were written to by the trust and told about the changes. A
survey of 40 people who were followed up found that most valued the call, so no changes were needed. We
intend to involve people with lived experience of self-harm in the next review of the pathway.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The ICB funds the companion service at £96,000 a year. The alert and the call back use existing staff.
A repeat attendance with self-harm costs the NHS several hundred pounds each time, and an admission far
more. Emergency department staff say they worry less about the people who walk out. Second Look's
companions say people often tell them it was the first time anyone sat with them while they waited.
"""),
        ("spread", "How has the work been shared and spread?", """
The alert has been adopted by the other emergency department in the ICB area from January 2025. We
presented the pathway at the regional suicide prevention network and shared the specification with two
neighbouring ICBs.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1021  restraint and police call-outs in children's homes - docx -
#        sections in an unusual order (results first) - PRIVATE children's
#        home company as primary entrant, with the city council and the police
#        (ineligible) - responsible individual, earnest - young people
#        involved - NO staff involvement (care workers trained, managers
#        briefed, officers sent the protocol, a named lead, a plan) - NO
#        spread section
# ---------------------------------------------------------------------------
entry(
    id="I1021", format="docx", layout="reordered", topic="restraint_police_callouts_childrens_homes",
    project="independent64-talkmedown-1021", docx_font="Cambria",
    title="Talk Me Down: less restraint and fewer police call-outs in our children's homes",
    cover=[
        "Primary entrant: Hearthstone Children's Services Ltd (nine registered children's homes in and around Orbridge)",
        "Partners: Orbridge City Council (Children's Services); Orbridge and Wyke Police",
        "Submitted by the Responsible Individual and Director of Care",
    ],
    primary_entrant=dict(name="Hearthstone Children's Services Ltd", type="private"),
    partners=[
        dict(name="Orbridge City Council", type="local_authority"),
        dict(name="Orbridge and Wyke Police", type="emergency_service"),
    ],
    sections=[
        ("evidence", "What has changed", """
<<Q:Physical interventions across our nine homes fell from 412 in 2022 to 176 in 2024.>> <<Q:Police
call-outs to our homes went down from 214 to 61 over the same period.>> <<Q:Young people charged with
an offence after an incident at home fell from 19 to 3.>> <<Q:Injuries to young people during a
physical intervention went from 31 to 8.>>

The number of young people living in our homes was about the same in both years. Every one of them now
has a 'what helps me' plan, and 340 debriefs were held with young people after an incident in 2024.
"""),
        ("context", "Why we needed to change", """
Hearthstone runs nine children's homes for young people aged 11 to 17, most of them placed by Orbridge
City Council. Almost all of the young people we look after have experienced abuse, neglect or loss.
Many are autistic or have ADHD, and several self-harm. When they are distressed, they can become
aggressive, damage property or try to run away, often late at night.

Until 2022 our homes relied heavily on physical intervention, and on the police. A young person who
smashed a window or threatened a worker could find themselves held on the floor and then arrested. We
were calling the police more than 200 times a year. Some young people ended up with criminal records
for behaviour that, in a family home, would have been dealt with by a parent. Restraint itself carries
real risks: in 2022 a 14-year-old girl was injured when two workers held her in a narrow hallway, and
another boy told his social worker that being held made him feel the same way he did when he was
being abused.

With the council and the police we agreed a different approach. Each young person has a 'what helps
me' plan, which says what upsets them, what the early signs are and what helps them
calm down. Staff use de-escalation first and physical intervention only to prevent serious harm. A
protocol agreed with the police sets out when officers should and should not be called, and officers
attending our homes check the plan first. Every incident is followed within 24 hours by a debrief with
the young person, led by someone they trust.
"""),
        ("stakeholders", "Involving young people", """
<<P:Our youth voice group, which has a member from each home, spent the first six months of the project
telling us what restraint felt like and what they thought workers should do instead.>> <<P:A
15-year-old who had been restrained many times drew up the first 'what helps me' page, and the group
chose her layout for everyone's plan, with space for drawings as well as words.>> <<P:They also asked
that the debrief should never happen in the office, which felt like being in trouble, so it now
happens wherever the young person chooses, often in the car or on a walk.>>

All 240 of our residential care workers were trained in the new approach by an accredited restraint
reduction trainer. Home managers were briefed at their monthly meeting. Neighbourhood police officers
were sent a copy of the protocol. Our Responsible Individual has overseen the project and reports to
the company board. We plan to set up a staff forum in each home in 2025.
"""),
        ("value", "Value and experience", """
The training cost about £38,000. Fewer police call-outs save police time, and fewer young people are
drawn into the criminal justice system, which affects their chances for the rest of their lives. Fewer
placements break down, which matters both to the young people and to the council that pays for them.

Young people tell us the homes feel calmer. One said: 'They actually ask what's wrong now.'
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="missing_section", criterion="spread"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1022  dental health on long-stay mental health rehabilitation wards - pdf
#        - numbered questions - community dental service clinical director,
#        matter-of-fact - community trust dental service with the mental
#        health trust's rehabilitation service and a university dental
#        institute - staff involved - NO patient involvement (patients given
#        packs, asked for consent, feedback forms that changed nothing, a
#        recovery college told, a plan) - NO quantitative evidence (counts, a
#        single audit figure, a zero with no earlier figure, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1022", format="pdf", layout="numbered_questions", topic="oral_health_mental_health_rehabilitation_wards",
    project="independent64-openwide-1022", pdf_font="DejaVuSans", pdf_align="L",
    title="Open Wide: dental care for people on long-stay mental health rehabilitation wards",
    cover=[
        "Lead entrant: Sedgecombe Community Health NHS Trust, Community Dental Service",
        "Partners: Sedgecombe Mental Health NHS Foundation Trust (Rehabilitation and Recovery Service); University of Sedgecombe (Dental Institute)",
        "Author: Clinical Director, Community Dental Service",
    ],
    primary_entrant=dict(name="Sedgecombe Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Sedgecombe Mental Health NHS Foundation Trust", type="nhs_trust"),
        dict(name="University of Sedgecombe", type="university"),
    ],
    sections=[
        ("context", "1. What was the problem and why was a partnership needed?", """
People with serious mental illness have much worse dental health than the rest of the population.
Antipsychotic and antidepressant medicines cause a dry mouth, which speeds up decay. Many people smoke
heavily and drink a lot of sugary drinks, and when someone is very unwell, brushing their teeth is
often the first thing to go. Dental pain is easily missed in a person who finds it hard to explain
what is wrong, and it can show up as agitation or a refusal to eat.

The risks are not only to teeth. A dental abscess can spread into the face and neck, and an infected
mouth is a common source of chest infections. In 2022 a man in his fifties on one of the rehabilitation
wards was admitted to intensive care with a spreading infection of the floor of his mouth, which began
with a broken tooth that nobody had looked at for more than a year.

The mental health trust's three rehabilitation wards care for 54 people who stay for an average of
eighteen months. Almost none were registered with a dentist. High street practices were reluctant to
take them on, and escorting a patient to an appointment needed two staff for half a day.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
Since September 2022 every person admitted to a rehabilitation ward has a simple oral health check by a
trained nurse within two weeks, using a one-page tool. A dental therapist from the community dental
service visits each ward once a month, and people who need treatment are seen at a clinic run by the
university's dental institute, with final-year students supervised by community dental staff, on a
half day set aside for them.

By the end of 2024, 118 people had had an oral health check and 74 had received dental treatment. Nine
were referred urgently for suspected infection. An audit in 2024 found an up-to-date mouth care plan in
88% of records. There were no emergency admissions for dental infection from the wards in 2024. Our
target is for every patient to have a full dental examination within three months of admission.
"""),
        ("stakeholders", "3. Who was involved and how?", """
<<S:Nursing assistants on the wards helped design the oral health check tool and asked for pictures of
what a healthy and an unhealthy mouth look like, which were added.>> <<S:Occupational therapists
suggested that toothbrushing be built into the morning routine group that already ran on each ward,
rather than left to individual prompting.>> <<S:The dental therapists and ward managers agreed a
monthly visiting day for each ward so that staffing could be planned around it.>>

Every patient was given a pack with a soft toothbrush, high-fluoride toothpaste and a mouth spray for
dryness, and everyone was asked for their consent before treatment. Feedback forms after clinic visits
were positive, so the clinic arrangements stayed the same. The trust's recovery college was told about
the project. We plan to ask people on the wards to help us make an easy-read guide to dental visits.
"""),
        ("value", "4. What has been the impact on staff and patient experience, and value for money?", """
The dental therapist visits cost about £9,000 a year. Treatment at the dental institute is part of
its teaching programme and costs the NHS very little. One admission to intensive care with a spreading
dental infection costs well over £20,000. Ward staff say they now feel able to look in someone's mouth
and know what they are looking for.
"""),
        ("spread", "5. How has the work been shared and spread?", """
The oral health check has been adopted on the mental health trust's acute wards and in its two
supported housing schemes. The dental institute has added a placement on the rehabilitation wards to
its curriculum, and we presented the work at the national community dental conference in 2024.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1023  opt-out blood-borne virus testing on admission to mental health
#        wards - pdf - bullet lists - hepatitis C network lead nurse, upbeat -
#        hepatitis C operational delivery network hosted by an acute trust,
#        with the mental health trust and a drug and alcohol charity - peer
#        workers (PS), patients and staff involved - no flags (claims partly
#        in words)
# ---------------------------------------------------------------------------
entry(
    id="I1023", format="pdf", layout="bullet_lists", topic="blood_borne_virus_testing_mental_health_admission",
    project="independent64-testonadmission-1023", pdf_font="LiberationSans", pdf_align="L",
    title="Test on Admission: opt-out testing for hepatitis B, hepatitis C and HIV on mental health wards",
    cover=[
        "Submitted by the Hollinbrook Hepatitis C Operational Delivery Network, hosted by Hollinbrook Teaching Hospitals NHS Foundation Trust",
        "With Hollinbrook Mental Health NHS Trust (Adult Inpatient Services) and Open Road Recovery (drug and alcohol charity)",
        "Contact: Lead Nurse, Hollinbrook Hepatitis C Operational Delivery Network",
    ],
    primary_entrant=dict(name="Hollinbrook Teaching Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Hollinbrook Mental Health NHS Trust", type="nhs_trust"),
        dict(name="Open Road Recovery", type="charity"),
    ],
    sections=[
        ("context", "Why we did this", """
People admitted to mental health wards are much more likely than the general population to have
hepatitis C, hepatitis B or HIV, often without knowing it. Many have used drugs, been homeless or spent
time in prison. Untreated, hepatitis C and hepatitis B cause cirrhosis and liver cancer, and HIV
damages the immune system, and all three can be passed on. Hepatitis C can now be cured with a short
course of tablets.

What we found in 2021:

- testing on the mental health wards depended on a doctor thinking to ask, and most patients were never offered a test

- when a test was positive, the result often came back after the patient had been discharged, and nobody followed it up

- people with a positive result were referred to the hospital liver clinic, where most did not attend

- in one case a man with schizophrenia who had tested positive for hepatitis C on a ward in 2017 was diagnosed with liver cancer in 2021, having never been treated

What we do now, since October 2022:

- every adult admitted to the trust's five acute wards is offered a test for all three viruses with their routine admission bloods, unless they say no

- a positive result is sent to the network's nurse, who visits the ward within a week, or sees the person at home if they have gone

- hepatitis C treatment is started on the ward or in the community, and tablets are delivered to wherever the person is

- Open Road's peer workers stay in touch with people after discharge until treatment is finished
"""),
        ("evidence", "What has changed", """
We compared the twelve months to September 2021 with the twelve months to September 2024.

- <<Q:the share of people admitted to the wards who were tested for all three viruses went up from roughly one in ten to nearly three in four>>

- <<Q:people diagnosed with hepatitis C on the wards who started treatment rose from 5 of 22 to 37 of 44>>

- <<Q:the average time from a positive hepatitis C result to the start of treatment came down from 19 weeks to under three weeks>>

- 2,260 people were tested in the year to September 2024, and 44 had hepatitis C, 9 had hepatitis B and 3 had HIV

- 31 people have now completed hepatitis C treatment and been cured
"""),
        ("stakeholders", "Who was involved", """
- <<PS:Open Road's peer workers, who have their own experience of hepatitis C and of treatment, helped write the words the nurses use to offer the test, because the first version sounded as if patients were being accused of using drugs>>

- <<P:people on two of the wards tried out the offer and told us that being asked on the first, most frightening day of admission was too soon, so the test is now offered with the routine bloods on the second or third day>>

- <<P:a patient who had been cured on the ward agreed to record a short video about what treatment was like, which is shown on the ward televisions>>

- <<S:ward nurses and healthcare assistants who take the admission bloods asked for the virus tests to be added to the standard admission blood order, so that nobody has to remember a separate form>>

- <<S:laboratory staff at the acute trust set up an automatic alert to the network nurse for any positive result from a mental health ward>>

- <<S:ward pharmacists checked every antiviral regime against the person's psychiatric medicines and wrote a list of interactions for the wards>>
"""),
        ("value", "Value", """
- the tests are paid for through the national hepatitis C elimination programme

- a course of hepatitis C treatment costs far less than caring for someone with cirrhosis or liver cancer

- the nurse visits and the peer support are part of the network's existing funding

- patients tell us they are glad to have been asked
"""),
        ("spread", "Spread", """
- the trust has extended opt-out testing to its psychiatric intensive care unit and its older adult wards

- two other mental health trusts in the region have adopted the same approach through the network

- we presented the work at the national hepatitis C elimination conference in 2024
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1024  women in a secure unit who self-harm by swallowing objects - docx -
#        bullet lists - short - consultant forensic psychiatrist, spare -
#        mental health trust women's secure service with the acute trust's
#        emergency department and gastroenterology - women on the ward
#        (pronoun sentences) and staff involved - NO evidence section and no
#        measured change anywhere in the entry
# ---------------------------------------------------------------------------
entry(
    id="I1024", format="docx", layout="bullet_lists", topic="swallowed_objects_self_harm_secure_unit",
    project="independent64-swallowed-1024", docx_font="Arial",
    title="Swallowed: a shared plan for women who self-harm by swallowing objects",
    cover=[
        "Lead: Tern and Marden Mental Health NHS Trust, Women's Secure Inpatient Service",
        "Partner: Marden Royal Infirmary NHS Trust (Emergency Department, Gastroenterology and Endoscopy)",
        "By the Consultant Forensic Psychiatrist, Women's Secure Service",
    ],
    primary_entrant=dict(name="Tern and Marden Mental Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Marden Royal Infirmary NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The problem", """
- our women's secure service has two wards with 28 beds; some of the women in our care self-harm by swallowing objects such as batteries, pen parts, cutlery or pieces of broken plastic

- every episode meant a trip to the emergency department with two or three escorting staff, an x-ray, and often an endoscopy under sedation or general anaesthetic

- each hospital team made its own decision each time, and the same woman could be sent for endoscopy one week and told to wait and see the next

- women were sometimes held by escorting staff on a trolley in a busy corridor for hours while they waited

- some objects, such as button batteries, magnets and sharp items, are a real emergency, and in 2022 a delay in removing a battery caused a burn to one woman's oesophagus

- repeated endoscopies under anaesthetic carry their own risks, and for some women the trip to hospital had become part of the pattern of harm

- escorting staff could be off the ward for up to twelve hours, which left the other women with fewer staff and meant cancelled leave, activities and therapy sessions

- nobody held a single record of what each woman had swallowed before, what had been removed and what had passed on its own

- since 2023 each woman who has swallowed objects has a written plan, agreed by the ward, the emergency department and the gastroenterology team, that says which objects need urgent removal, which can be watched on the ward with an x-ray, and how she prefers to be supported during the wait

- a portable x-ray is now done on site for objects that the plan says can be watched, and a side room in the emergency department is kept for our patients when they do need to attend
"""),
        ("stakeholders", "Who was involved", """
- <<S:emergency department consultants and gastroenterologists agreed the list of objects that always need removal, and the timings, with our ward doctors>>

- <<S:the secure escort nurses told us that the corridor waits were when most restraint happened, and it was their idea to ask for a side room>>

- <<S:radiographers at the acute trust agreed to do on-site x-rays on a set rota after visiting the ward>>

- <<P:two of the women on Heron ward agreed to help write the plan template>>

- <<P:they asked for a section headed 'what helps me while I wait', and they chose to keep their own copy in their room>>

- every woman with a plan is given a copy and it is reviewed at her care programme approach meeting

- the wider ward teams were taken through the plans at a training afternoon in each unit
"""),
        ("value", "Value", """
- an endoscopy under general anaesthetic, with escort staff for a full day, costs several thousand pounds

- on-site x-rays avoid a hospital trip and free escort staff to stay on the ward

- each plan takes about an hour to write and is reviewed every three months, or sooner after any episode that did not go as the plan expected

- staff say they feel clearer about what to do and less caught between two hospitals

- in 2024 there were 64 swallowing episodes on the two wards, and 41 were managed on site under the plan
"""),
        ("spread", "Spread", """
- the plan template has been shared with the other secure services in the regional provider collaborative

- the acute trust now uses the same approach for patients from the local prison

- we have offered the template and the list of objects to the national secure care programme
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)
