"""Fortieth independent evaluation set (I625..I640) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional, apart from
the Probation Service, named as a lead entrant.  The entries are meant to be ordinary:
the kind of thing mental health trusts, councils' adult social care and housing
services, police forces, the probation service, drug and alcohol charities, primary care,
homelessness charities and the odd private provider send in, in their own voices and at
their own length.  The theme of this set is mental health, adult social care, housing,
substance misuse and the criminal justice system.

Topics: long waits for Mental Health Act assessments in the community (a council AMHP
service), anaesthetic safety for electroconvulsive therapy on a stand-alone mental health
site (rubric headings), vulnerable adults whose homes are taken over by drug dealers
('cuckooing', a police lead, CAPS headings), gabapentinoids prescribed with opioids (a
primary care network, a form), thiamine and Wernicke's encephalopathy in people with
alcohol-related brain damage moving into care (a private care provider as primary
entrant), a wound clinic for injecting-related wounds at a needle exchange (a drug and
alcohol charity, no headings, long), alcohol withdrawal in people given alcohol abstinence
monitoring tags (the Probation Service as lead, two columns), GHB overdoses linked to
chemsex (a sexual health service), suicide risk linked to gambling in mental health
crisis care (sections in an unusual order, no spread section), home care providers that
hand back care at short notice (a council commissioning team, lists), personal assistants
employed through direct payments doing health tasks (a council direct payments team, a
cover table), people leaving mental health wards for supported exempt accommodation (a
council housing quality team, with appendix, long), intoxicated detainees with head
injuries in police custody (a private custody healthcare company as primary entrant, a
form), suicide risk in the days after release from police custody (a police lead, no
value section), a winter night check for people sleeping rough (a night shelter charity
on its own, no headings, short) and medicines support in extra care housing (a short
entry with numbered questions).

Build it with

    .venv/bin/python data/independent/build.py --set 40   (writes data/corpus/independent40/)

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
    screened or identified), single figures with no baseline, a zero with no earlier
    figure, figures that did not change, budgets, costs and savings estimates, phone
    numbers, postcodes, reference numbers, targets not yet reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words;
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, volunteers with lived experience, unusual job
    titles, list items), wherever in the entry it is told; a peer worker with lived
    experience, employed by a partner, who helped design the work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices, GP federations, primary care networks and local
pharmaceutical committees are primary_care; a user-led organisation of disabled people is
patient_group; hospices, drug and alcohol charities, care associations and night
shelters are charity; national public bodies such as the Probation Service are
public_other; care providers and custody healthcare companies are private).  A department
or team of the entrant's own organisation is not a partner.  Flags are written by hand
and build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I625  long waits for Mental Health Act assessments - pdf - own headings -
#       council AMHP service lead, plain - council with the mental health
#       trust, police and ambulance service - carers' group, people who had
#       been detained and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I625", format="pdf", layout="own_headings", topic="mental_health_act_assessment_waits",
    project="independent40-notleftwaiting-625", pdf_font="LiberationSerif", pdf_align="L",
    title="Not Left Waiting: safer waits for Mental Health Act assessments in Sedgecombe",
    cover=[
        "Lead organisation: Sedgecombe Metropolitan Borough Council, Approved Mental Health Professional (AMHP) Service",
        "Partners: Sedgecombe and Wold Mental Health NHS Foundation Trust; West Wold Police; Heartwood Ambulance Service NHS Trust",
        "Entry prepared by the AMHP Service Lead",
    ],
    primary_entrant=dict(name="Sedgecombe Metropolitan Borough Council", type="local_authority"),
    partners=[
        dict(name="Sedgecombe and Wold Mental Health NHS Foundation Trust", type="nhs_trust"),
        dict(name="West Wold Police", type="emergency_service"),
        dict(name="Heartwood Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "The problem we set out to fix", """
When someone is so unwell that they may need to be admitted to hospital under the Mental Health Act,
an Approved Mental Health Professional (AMHP) coordinates an assessment with two doctors, at least one
of whom must be approved under section 12 of the Act. In Sedgecombe the AMHP service is run by the
council and covers a population of about 330,000. We receive around 1,500 requests for an assessment
each year.

Until 2022 an assessment could only go ahead when all the pieces were in place at the same time: an
AMHP, two doctors, a bed if admission looked likely, and the police and an ambulance if the person was
likely to be at risk on the way to hospital. Each piece was arranged separately, by phone, usually by an
AMHP who was also trying to do the assessment itself. If there was no bed, the assessment was usually
put off until the next day, and sometimes the day after that. Meanwhile the person was at home, often
with a frightened family, or in a police cell or the emergency department.

In the winter of 2021/22 we had three serious incidents in which people came to harm while waiting for
an assessment that had already been requested. One man in his forties waited 70 hours at his mother's
house. On the third evening he walked out and was found by the police on a motorway bridge. In another
case a young woman seriously assaulted her father. The reviews all said the same things: nobody had
sight of everyone who was waiting, families were not told what to do or who to ring while they waited,
and the police and ambulance service were asked to attend at short notice with very little information,
which delayed assessments even further.

Our aims were to cut the time from request to assessment, to make sure nobody who was waiting was out
of sight of services, and to make the wait safer for the person and for those around them.

From May 2022 we have had a shared waiting list that the AMHP service, the trust's bed managers and
crisis team, the police mental health tactical advisers and the ambulance service's mental health desk
can all see. There is a call at 9.30am every day, seven days a week, where each person on the list is
discussed and a plan is agreed for their wait. The trust now pays for a rota of section 12 doctors, so
the AMHP no longer rings round. And everyone waiting has a 'while you wait' plan, agreed with them where
possible and with their family, with a named contact, a check-in call from the crisis team at least
twice a day and clear advice on what to do if things get worse.
"""),
        ("evidence", "What has changed", """
We looked at every request for assessment in the 12 months before the change (May 2021 to April 2022)
and in the 12 months to April 2024, using the AMHP service database and the trust's incident system.

<<Q:The median time from a request to the start of the assessment fell from 29 hours to 11 hours.>>
<<Q:The proportion of people waiting more than 24 hours went down from 47% to 15%.>>

<<Q:Incidents in which a person came to harm, or harmed someone else, while waiting for an assessment
fell from 21 in the year before to 7 in the year after.>> None of the seven was rated as serious harm.

<<Q:The proportion of assessments that needed the police to attend dropped from 28% to 18%, because we
now plan with the police in the morning instead of calling them at the last minute.>> Ambulance transport for people being admitted is now booked at the morning call in most cases.

We also checked that shorter waits had not simply meant more people being detained. They had not: the
proportion of assessments ending in detention was 58% before and 57% after.
"""),
        ("stakeholders", "Working with families and staff", """
<<P:Sedgecombe Carers in Mind, a group of relatives of people with serious mental illness, met us four
times while we were putting the 'while you wait' plan together.>> <<P:They told us the worst part was
being told 'someone will be in touch' and then hearing nothing, so they wrote the first page of the
plan themselves: who to ring, when to expect a call, and what counts as things getting worse.>>
<<P:Two people who had been detained after a long wait also talked to us, and one of them asked that
the person being assessed is told, and not only their family, roughly when the assessment is likely to
happen, which is now part of every plan.>>

<<S:The AMHPs designed the shared waiting list with the trust's bed managers over three workshops, and
it was their idea to show the waiting time in red once it passes 12 hours.>> <<S:Section 12 doctors
from the trust and from general practice said they would join a rota if it was paid and if they were
not phoned after 10pm, and the rota was built around that.>> <<S:The police tactical advisers and the
ambulance mental health desk asked for a short risk summary before any attendance, and the AMHPs now
send one after the morning call.>>
"""),
        ("value", "Is it worth it?", """
The section 12 rota costs the trust around £85,000 a year, roughly what it was already paying in
one-off fees. The police estimate that fewer attendances free up around 1,800 officer hours a year.
Shorter waits also mean fewer very unwell people spending a day or more in the emergency department,
which is bad for them and for everyone else there.

AMHPs say the morning call has taken away most of the frantic phoning that used to fill their day.
Families tell us they no longer feel abandoned.
"""),
        ("spread", "Where it goes next", """
The neighbouring council's AMHP service, which works with the same mental health trust, joined the
morning call in 2024. We have presented the work to the regional AMHP leads' network and shared the
'while you wait' plan with AMHP services nationally. The trust now uses the same shared list for people
who have been assessed and are waiting for a bed.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I626  anaesthetic safety for ECT on a stand-alone mental health site -
#       docx - rubric headings - consultant psychiatrist ECT lead, formal -
#       mental health trust with the acute trust's anaesthetists and the
#       ambulance service - staff involved - no patient involvement (leaflet,
#       consent, nearest relatives told, a questionnaire that changed
#       nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I626", format="docx", layout="rubric_headings", topic="ect_anaesthetic_safety",
    project="independent40-safewake-626", docx_font="Cambria",
    title="Safe Sleep, Safe Wake: anaesthetic safety for electroconvulsive therapy on a stand-alone mental health site",
    cover=[
        "Callowmere Partnership NHS Foundation Trust, ECT Service (lead)",
        "In partnership with Callowmere General Hospitals NHS Trust (Department of Anaesthesia) and Heathfield Ambulance Service NHS Trust",
        "Submitted by Dr Priya Raman, Consultant Psychiatrist and ECT Lead",
    ],
    primary_entrant=dict(name="Callowmere Partnership NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Callowmere General Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Heathfield Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "Background and rationale for the partnership", """
Electroconvulsive therapy (ECT) remains an effective treatment for severe depression, catatonia and
some other serious mental illnesses, particularly where other treatments have failed or where the
person's life is at risk through not eating or drinking. Each treatment is given under a short general
anaesthetic with a muscle relaxant. In Callowmere, ECT is provided in a dedicated suite at Harrow Lane
Hospital, a mental health site six miles from the nearest acute hospital. The suite delivers around 600
treatments a year to between 40 and 50 patients, most of them over 65 and many with significant
physical illness alongside their depression.

The anaesthetists are provided by Callowmere General Hospitals NHS Trust under a service level
agreement. Until 2022 the sessions were staffed from the acute trust's general rota. In practice this
meant that a different anaesthetist, often a trainee, attended most weeks, had not met the patients
before and was working in an unfamiliar building, away from the usual support of an acute hospital.
Pre-anaesthetic assessment was carried out by psychiatry trainees, who were understandably less
confident about cardiac and respiratory risk. The referring wards were not always clear about fasting
or about which medicines to give or withhold on the morning of treatment.

A review of incidents in 2020 and 2021 found a pattern that concerned both trusts. A patient on a
community ward was given breakfast before treatment and aspirated on induction, requiring transfer to
the acute hospital. A patient on lithium had treatment proceed without recent blood results and later
developed lithium toxicity. On two occasions a prolonged seizure was managed with some delay because
the emergency medicines on site differed from those the visiting anaesthetist was used to. A further
incident highlighted that an emergency transfer to the acute hospital had been categorised by the
ambulance service as a routine inter-facility transfer, with a resulting wait of over an hour.

In 2022 the two trusts and the ambulance service established a joint ECT Safety Group, reporting to
both trusts' medicines and resuscitation committees. The partnership agreed four changes: a named
consultant anaesthetist lead and a small fixed team of four anaesthetists and two operating department
practitioners who cover all ECT sessions; an anaesthetist-led pre-ECT assessment clinic held one week
before each course starts; a standard pre-treatment checklist covering fasting, blood tests and
morning medicines, to be completed by the referring ward; and an agreed emergency transfer protocol,
with the ambulance service recognising a call from the ECT suite as an emergency and a pre-alert going
directly to the acute hospital's emergency department. Emergency drugs and airway equipment in the
suite were brought into line with those used in the acute trust's theatres.
"""),
        ("evidence", "Demonstrable improvement in patient safety", """
We compared the 18 months before the changes (January 2021 to June 2022) with the 18 months after
(January 2023 to June 2024), using the ECT suite's treatment log and both trusts' incident reporting
systems.

<<Q:Treatment sessions cancelled on the day because of an incomplete pre-assessment, missing blood
results or a patient who had not fasted fell from 14% of planned sessions to 3%.>> <<Q:Anaesthetic
adverse events, defined as oxygen saturation below 90%, aspiration or a prolonged seizure requiring
medication, fell from 2.9 to 1.1 per 100 treatments.>>

<<Q:The proportion of patients with a documented anaesthetic pre-assessment by a consultant or senior
anaesthetist before their first treatment rose from 22% to 96%.>> There have been two emergency
transfers since the protocol was introduced, and on both occasions an ambulance arrived within 15
minutes.
"""),
        ("stakeholders", "Involvement of staff, patients and the public", """
<<S:The checklist was drafted by the ECT nurses and the operating department practitioners, who knew
from experience where things tended to go wrong, and then tested on two wards for a month before being
adopted.>> <<S:Ward nurses on the older adult wards pointed out that night staff were responsible for
fasting but were rarely told when treatment was booked, so a 'nil by mouth from midnight' card is now
placed at the bedside by the ECT coordinator the day before.>> <<S:The fixed team of anaesthetists
reviewed the emergency drugs and airway equipment and replaced the suite's older difficult airway
trolley with one identical to those in the acute trust's theatres.>> <<S:Paramedics from the local
station took part in two simulated emergencies in the ECT suite and found that a stretcher could not be
turned in the recovery corridor, so the emergency route now goes through the side entrance.>>

Every patient receives an information leaflet about ECT and the anaesthetic, and consent follows the
trust's policy and the Mental Health Act where applicable. Nearest relatives are informed when a course
is planned. Patients are asked to complete a short questionnaire at the end of their course; the
responses have been positive and no changes have been needed. The Safety Group intends to invite a
former patient to join it in 2025.
"""),
        ("value", "Value and sustainability", """
The fixed anaesthetic team is funded within the existing service level agreement; the main change has
been in how the acute trust allocates its sessions. The pre-assessment clinic uses one anaesthetic
session a fortnight. Each cancelled session wastes theatre time and prolongs the patient's inpatient
stay, and an avoidable transfer to the acute hospital costs far more than the clinic. Anaesthetists
report that they now know the patients and the building, and ECT nurses describe the sessions as calmer
and better organised. The work has been built into both trusts' ECT policies and the service level
agreement, so it does not depend on particular individuals.
"""),
        ("spread", "Sharing and spread of learning", """
The pre-treatment checklist has been adopted by the trust's second ECT clinic in the north of the
county. The model was presented at the regional ECT network meeting in 2024 and the checklist and
transfer protocol have been shared with three other mental health trusts that provide ECT away from an
acute hospital site. The ambulance service has applied the same call categorisation to the trust's
other inpatient sites.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I627  'cuckooing' - vulnerable adults whose homes are taken over by drug
#       dealers - pdf - CAPS headings - police neighbourhood inspector, blunt
#       - police with the city council (housing and adult social care), the
#       mental health trust and a drug and alcohol charity - a tenant who had
#       been cuckooed, estate residents and staff involved - no quantitative
#       evidence (referrals, moves, arrests, an audit with no baseline)
# ---------------------------------------------------------------------------
entry(
    id="I627", format="pdf", layout="caps_headings", topic="cuckooing_vulnerable_adults",
    project="independent40-takingbackthedoor-627", pdf_font="DejaVuSans",
    title="TAKING BACK THE DOOR: protecting vulnerable adults whose homes are taken over by drug dealers",
    cover=[
        "LEAD: Kestover Constabulary, City Neighbourhood Policing Team",
        "PARTNERS: Kestover City Council (Housing Services and Adult Social Care); Kestover Mental Health NHS Trust (Community Mental Health Teams); Second Step Recovery Kestover (drug and alcohol charity)",
        "AUTHOR: Inspector, City Neighbourhood Policing Team",
    ],
    primary_entrant=dict(name="Kestover Constabulary", type="emergency_service"),
    partners=[
        dict(name="Kestover City Council", type="local_authority"),
        dict(name="Kestover Mental Health NHS Trust", type="nhs_trust"),
        dict(name="Second Step Recovery Kestover", type="charity"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
'Cuckooing' is when drug dealers take over the home of a vulnerable person and use it to store and sell
drugs. The people it happens to are usually living alone in a council or housing association flat and
have something that makes them easy to exploit: a learning disability, a mental illness, a drug or
alcohol problem of their own, or just loneliness. It often starts with a friendly visit and free drugs.
Within weeks the dealers have a key, the tenant is sleeping on the floor of their own bedroom, and
sometimes they are beaten, made to carry drugs or threatened with what will happen to their family.

In Kestover we were dealing with it badly. Each agency saw a piece of it. Neighbourhood officers saw
the comings and goings and the complaints from neighbours. Housing officers saw the rent arrears, the
damage and the anti-social behaviour reports, and in a number of cases started eviction proceedings
against the tenant. Mental health and drug workers saw their client stop turning up, or turn up with
injuries, and did not know what was going on at home. Adult social care sometimes got a safeguarding
referral, but by the time anyone visited the flat the tenant would say everything was fine, with the
dealers standing behind them.

The case that changed things was a man in his sixties with schizophrenia who lived alone on the
Hollins Park estate. Over eight months his flat was taken over by a county line. Police had been called
eleven times by neighbours. Housing had served notice on him for anti-social behaviour. His mental
health team had recorded that he 'seemed unsettled'. He was found in his flat with serious head
injuries in February 2022 and spent six weeks in hospital. The safeguarding adults review was blunt
that every one of us had part of the picture and none of us had put it together.

WHAT WE DID

From September 2022 we set up a fortnightly Cuckooing Panel, chaired by the neighbourhood inspector,
with a housing manager, an adult social care practice manager, a community mental health team manager
and a team leader from Second Step. Any of us can refer a home where we think cuckooing is happening.
There is a short checklist of signs (new 'friends', lots of visitors, the tenant not answering the
door or always with someone, missed appointments, new injuries, a sudden drop in benefits money).

Each referral gets a plan within 72 hours. The plan always starts with the tenant's safety, not with
enforcement. That means a joint visit at a time when the dealers are not there, a safe place to talk
(usually the drug service or the GP surgery), an emergency move if the tenant wants one, and the
housing team putting any eviction on hold. The police then deal with the dealers, using closure orders
on the property where needed, and the housing team changes the locks and fits a door viewer.
"""),
        ("evidence", "RESULTS SO FAR", """
Between September 2022 and August 2024 the panel took 163 referrals. Most came from housing officers
(61) and neighbourhood officers (54), with the rest from mental health teams, Second Step and adult
social care.

In that time 97 tenants were moved to another property at their own request, 31 of them as emergency
moves on the same day. Partial closure orders were obtained on 44 properties, meaning nobody but the
tenant can enter. There were 38 arrests linked to panel cases and 22 tenants started or went back into
drug or alcohol treatment.

The safeguarding adults board audited 40 panel cases in spring 2024 and found that a safety plan was in
place within 72 hours in 36 of them. No eviction for anti-social behaviour has gone ahead for a tenant
who was being cuckooed since the panel began.

Cuckooing was not recorded as a category by any of the partners before 2022, so we do not have earlier
figures to compare with. The police are now recording it consistently and we will be able to look at
repeat victimisation next year.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<P:A woman in her fifties, whose flat had been taken over twice, agreed to meet the panel members in
the drug service building and told us straight that she would never have talked to anyone who came to
her door in uniform, which is why joint visits are now led by the worker she already knows.>> <<P:She
also helped us write the small card that is left with tenants, and insisted it did not have the police
crest on the front.>> <<P:Residents on the Hollins Park estate met the neighbourhood team at two
tenants' association meetings and asked for a way to report concerns without being seen to, so we set
up a text number that goes to the neighbourhood team.>>

<<S:Housing officers and neighbourhood officers drew up the checklist of signs together at a
half-day session, taking out anything that relied on getting inside the flat.>> <<S:Community mental
health nurses said they were being asked to share information without knowing what would happen to
it, so the panel's information sharing agreement was rewritten with their managers and the trust's
Caldicott Guardian.>> <<S:Second Step's outreach workers suggested using their building as the safe
place to meet, because tenants already went there and the dealers would not think anything of it.>>
"""),
        ("value", "VALUE", """
The panel uses existing staff time. The main cost is emergency moves and lock changes, which housing
pays for from its tenancy sustainment budget, around £400 per case. Against that, one eviction through
the courts costs the council several thousand pounds, and a tenant who is evicted often ends up
homeless and back in front of all of us. The man whose case started this needed six weeks in hospital
and then a residential placement. Staff tell us it is a relief to have somewhere to take a worry
instead of sitting on it.
"""),
        ("spread", "SPREAD", """
The checklist and the panel terms of reference have been shared with the other two districts in the
force area, and one has set up its own panel. We presented the work to the regional county lines
meeting in 2024. Two housing associations with homes in the city now send their own housing officers
to the panel.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I628  gabapentinoids prescribed with opioids - docx - form table - PCN
#       senior clinical pharmacist, practical - primary care network with a
#       drug and alcohol charity, the ICB and the LPC - staff involved - no
#       patient involvement (letters, reviews, keyworkers told clients, a
#       feedback form that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I628", format="docx", layout="form_table", topic="gabapentinoid_opioid_coprescribing",
    project="independent40-safertogether-628", docx_font="Calibri",
    title="Safer Together: reducing the risks of gabapentinoids prescribed with opioids in Brindlecombe",
    cover_table=[
        ("Entry title", "Safer Together: reducing the risks of gabapentinoids prescribed with opioids in Brindlecombe"),
        ("Lead organisation", "Pennock Cross Primary Care Network"),
        ("Partner organisations", "Horizon Recovery Brindlecombe (drug and alcohol service, registered charity); NHS Brindlecombe and Ashby Integrated Care Board (Medicines Optimisation Team); Brindlecombe Local Pharmaceutical Committee"),
        ("Name and role of entrant", "Senior Clinical Pharmacist, Pennock Cross PCN"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
    ],
    primary_entrant=dict(name="Pennock Cross Primary Care Network", type="primary_care"),
    partners=[
        dict(name="Horizon Recovery Brindlecombe", type="charity"),
        dict(name="NHS Brindlecombe and Ashby Integrated Care Board", type="icb"),
        dict(name="Brindlecombe Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "Describe the problem and the aims of the partnership", """
Pregabalin and gabapentin (gabapentinoids) are prescribed for nerve pain and anxiety. On their own they
are fairly safe, but taken with opioids such as codeine, tramadol, morphine or methadone they add to the
effect on breathing, and the combination is now found in a large share of drug-related deaths. They are
also bought and sold on the street, and people who use heroin tell drug workers that pregabalin
'boosts' it.

Pennock Cross PCN is six practices with about 58,000 patients in the south of Brindlecombe, an area
with high rates of chronic pain, long-term unemployment and drug use. In 2022 our searches found 612
patients on a gabapentinoid and an opioid at the same time, some on very high doses of both. Some of
them were also on methadone or buprenorphine from Horizon Recovery, the local drug service, and their
GP did not always know. Horizon did not always know about the pregabalin. Prescriptions were often
issued early, with 'lost' or 'stolen' scripts, and different community pharmacies were dispensing the
opioid and the gabapentinoid.

In 2022 two patients of our practices died of overdoses in which pregabalin and an opioid were both
found. One was on methadone from Horizon and pregabalin from his GP, and nobody had put the two
together.

Our aims were to reduce the number of people on both medicines, bring down high doses, make sure the
GP, the drug service and the pharmacy each knew what the others were prescribing and dispensing, and
make sure everyone at risk had naloxone.
"""),
        ("evidence", "What evidence is there that the partnership has improved patient safety?", """
We compared searches run in the same way in October 2022 and October 2024 across all six practices.

<<Q:Patients prescribed a gabapentinoid and an opioid together fell from 612 to 371.>> <<Q:Patients on
the highest-risk combination (pregabalin above 300mg a day or gabapentin above 1,800mg a day, with 50mg
or more of morphine equivalent) fell from 148 to 52.>> <<Q:Early repeat requests for gabapentinoids
recorded by the practices dropped from an average of 41 a month to 12 a month.>>

<<Q:Horizon's records show that non-fatal overdoses involving a gabapentinoid among clients registered
with our practices fell from 19 in 2022 to 8 in 2024.>> Horizon has given out 214 naloxone kits to
patients identified through the searches. Every patient on both medicines now has a shared medicines
record between their practice and Horizon.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:The GPs and clinical pharmacists agreed the tapering guidance together at two PCN clinical meetings,
and changed it after GPs said the first draft moved too quickly for people who had been on pregabalin
for years.>> <<S:Horizon's recovery workers and prescribing nurses told us they often found out about
GP prescribing only when a client mentioned it, so Horizon now sends a monthly list to each practice and
the practices send one back.>> <<S:Community pharmacists asked, through the LPC, for a flag on the
prescription when a patient was on a supervised opioid from Horizon, so they could tell if a second
pharmacy was involved, and this flag has been added.>> <<S:The ICB's medicines optimisation team and
the practice managers agreed a single approach to early repeat requests so that patients could not go
from practice to practice.>>

Patients were sent a letter explaining why their medicines were being reviewed and were invited to a
review with a clinical pharmacist. Horizon's keyworkers told their clients about the reviews in their
usual sessions. A feedback form was given out at the reviews, and most comments were positive, so no
changes were made. We plan to ask Horizon's service user council for their views on the letters.
"""),
        ("value", "Value and experience", """
The reviews were carried out by PCN clinical pharmacists funded through the Additional Roles scheme, so
there was no new cost. The fall in gabapentinoid prescribing saved around £38,000 in prescribing costs
over the two years. GPs say they feel supported when they have to say no to an early prescription,
because the same approach is used across every practice. Horizon's staff say they now have a proper
picture of what their clients are taking.
"""),
        ("spread", "Spread and sustainability", """
The searches and the monthly list between practices and Horizon have been adopted by the other three
PCNs in Brindlecombe. The ICB has added the combination to its prescribing dashboard so that every
practice can see its own figures. The tapering guidance has been shared with the regional medicines
safety network.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I629  thiamine and Wernicke's encephalopathy in people with alcohol-related
#       brain damage moving into care - docx - numbered questions - PRIVATE
#       specialist care provider is the primary entrant, with the county
#       council and the acute trust's alcohol care team (ineligible) -
#       clinical director, warm - residents, a sister and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I629", format="docx", layout="numbered_questions", topic="alcohol_related_brain_damage_thiamine",
    project="independent40-thiaminefirst-629", docx_font="Arial",
    title="Thiamine First: preventing Wernicke's encephalopathy in people with alcohol-related brain damage moving from hospital into care",
    cover=[
        "Primary entrant: Cedarwell Care Ltd (specialist residential and supported living services for adults with alcohol-related brain damage)",
        "Working with Marrowfield County Council (Adult Social Care) and Marrowfield and Leys Hospitals NHS Foundation Trust (Alcohol Care Team)",
        "Submitted by the Clinical Director, Cedarwell Care",
    ],
    primary_entrant=dict(name="Cedarwell Care Ltd", type="private"),
    partners=[
        dict(name="Marrowfield County Council", type="local_authority"),
        dict(name="Marrowfield and Leys Hospitals NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "1. What was the problem and what did the partnership set out to do?", """
Cedarwell Care runs two residential homes and a supported living service in Marrowfield for adults with
alcohol-related brain damage (ARBD). Most of the people we support are in their forties and fifties.
Years of heavy drinking and poor diet have left them with problems with memory, planning and
judgement, and many also have liver disease, falls and epilepsy. Most come to us straight from a
hospital ward, often after a long admission, and the council funds their placement.

One of the main causes of ARBD is a lack of thiamine (vitamin B1). If a person who is still low in
thiamine becomes unwell, stops eating or starts drinking again, they can develop Wernicke's
encephalopathy, which causes confusion, unsteadiness and eye problems and can lead to permanent
memory loss or death. It is treatable with high-dose thiamine, but it is easily missed, because the
signs look very like the confusion and unsteadiness our residents already have.

When we looked back at 2021 and 2022 we found that residents were often arriving from hospital with no
thiamine on their discharge medicines, or with oral thiamine that stopped when the hospital supply ran
out. Our staff were not confident about spotting Wernicke's. When residents did become more confused
our staff rang 111 or the GP and were often told it was 'their dementia'. In 2022 one of our residents,
a man of 52, was admitted with Wernicke's encephalopathy two weeks after leaving hospital. He survived
but lost most of the progress he had made.

In 2023 we agreed a shared pathway with the hospital's alcohol care team and the council's adult
social care team. Everyone with ARBD leaving the hospital for a care placement has a thiamine plan on
their discharge letter. The social worker arranging the placement checks the plan is there before
agreeing the discharge date. Our staff use a short 'is this Wernicke's?' checklist if a resident
becomes more confused, unsteady or drowsy, or stops eating, and there is a direct phone line to the
alcohol care team, who can advise on the same day.
"""),
        ("evidence", "2. What is the evidence that care is safer?", """
We compared the 24 months before the pathway (2021 and 2022) with the 18 months after it started
(January 2023 to June 2024), for everyone admitted to our services from Marrowfield and Leys hospitals.

<<Q:People arriving with a clear thiamine plan on their discharge letter rose from 31% to 94%.>>
<<Q:Hospital admissions of our residents with suspected or confirmed Wernicke's encephalopathy fell
from 6 in the two years before to 1 in the 18 months after.>> <<Q:Placements that broke down in the
first three months, usually because the person went back into hospital, went down from 9 of 34 to 3 of
29.>>

Our staff have used the checklist 57 times and called the alcohol care team's line 41 times. In most
cases the resident was given high-dose thiamine and stayed at home.
"""),
        ("stakeholders", "3. How were the people who use services and staff involved?", """
<<P:Residents at our Elm House home talked with us about what had happened to them when they left
hospital, and several said that they had been given a bag of tablets and nobody had told them what
the vitamins were for.>> <<P:Three residents helped write a one-page sheet explaining thiamine in
plain words, which now goes with every new resident, and they chose to call it 'Why I take my B1'.>>
<<P:The sister of a resident who had been readmitted with Wernicke's asked to be phoned if her brother
started to seem 'not himself', and families are now asked at admission whether they would like this.>>

<<S:Support workers and team leaders tested the checklist over two months and cut it down to five
questions that fit on a card in their pocket.>> <<S:The alcohol care team nurses suggested that they
ring the home the day after discharge to check the thiamine has arrived, and this is now part of the
pathway.>> <<S:Social workers in the council's hospital team asked for the thiamine plan to be a box on
the discharge form rather than somewhere in the letter, so they could check it quickly, and the trust
changed the form.>>
"""),
        ("value", "4. What has it meant for people and is it value for money?", """
Thiamine costs a few pence a day. An admission with Wernicke's encephalopathy often means several weeks
in hospital and can leave a person needing nursing care for the rest of their life, at a cost to the
council of well over £1,000 a week. Residents who stay well can move on to supported living, and six
have done so since the pathway started. Our staff say they feel more confident raising concerns, and
the alcohol care team say they now hear about problems early.
"""),
        ("spread", "5. How has the learning been shared?", """
The council has written the thiamine plan into its contracts with the other care providers that take
people with ARBD. The hospital has added the thiamine box to the discharge form for all patients seen
by the alcohol care team, not only those going into care. We have presented the work at the regional
ARBD network and shared the checklist with other specialist providers.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I630  injecting-related wounds treated at the needle exchange - docx - no
#       headings - long - charity nurse lead, first person, chatty - drug
#       and alcohol charity with the community trust's tissue viability
#       service, the acute trust (emergency department and infectious
#       diseases) and the council's public health team - people who inject
#       drugs, peer workers and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I630", format="docx", layout="no_headings", topic="injecting_wounds_needle_exchange",
    project="independent40-woundclinic-630", docx_font="Verdana",
    title="The Wound Clinic at the Needle Exchange: treating injecting wounds before they turn into sepsis",
    cover=[
        "Westgate Recovery Partnership (registered charity), Gullbridge",
        "With Gullbridge Community Health NHS Trust (Tissue Viability and Community Nursing), Gullbridge Royal Infirmary NHS Foundation Trust (Emergency Department and Infectious Diseases) and Gullbridge City Council (Public Health)",
        "Written by Sam Okafor, Nurse Lead, Westgate Recovery Partnership",
    ],
    primary_entrant=dict(name="Westgate Recovery Partnership", type="charity"),
    partners=[
        dict(name="Gullbridge Community Health NHS Trust", type="nhs_trust"),
        dict(name="Gullbridge Royal Infirmary NHS Foundation Trust", type="nhs_trust"),
        dict(name="Gullbridge City Council", type="local_authority"),
    ],
    sections=[
        ("context", None, """
I came to Westgate as a nurse in 2020 after years in a surgical ward, and the thing that shocked me
most in my first month was the state of people's legs. Around 900 people use our needle and syringe
programme in Gullbridge. Many have been injecting for twenty years or more, and as the veins in their
arms give out they move to their legs and groin. A lot of them have open wounds: abscesses, ulcers,
infected injection sites, sometimes wounds that have been open for years. Since 2022 we have also been
seeing wounds that are much worse than anything I had seen before, deep and slow to heal, which we
think is linked to what is now being mixed into the street heroin supply.

People were not getting these wounds treated. They did not want to go to their GP, if they had one,
because they felt judged or because they had been struck off. The practice nurse appointments were at
times when people were busy getting money or drugs. The emergency department was the only place they
trusted to be seen, and they went there only when things were really bad: a leg that was hot, swollen
and stinking, a fever, or when they could no longer walk. By then many had cellulitis, deep abscesses,
blood clots or sepsis. Some needed surgery to drain an abscess and a few needed amputations. In 2021
two of our clients died of sepsis that started with an injecting wound.

When someone did get admitted, it often went badly. Withdrawal started within hours, their methadone
dose was not confirmed, they felt watched and judged, and many walked out before their antibiotics
were finished. The infectious diseases team told me that was the part that kept them awake at night,
because people came back a few weeks later much sicker.

What we have now is simple to describe. Since March 2022 there is a nurse-led wound clinic in the back
room of the needle exchange on Canal Road, four afternoons a week, walk-in, no appointment and no
questions about whether you have a GP. It is run by me and a community nurse from the tissue viability
team, who is seconded to us two days a week. We clean and dress wounds, take swabs, check for signs of
sepsis or a clot using a simple scoring tool, and give people dressings to take away. The tissue
viability team set up a dressing formulary with us so that we use the same products as the community
nurses, and they review any wound that is not healing in six weeks.

If someone needs antibiotics, we have a patient group direction for the common ones, agreed by the
community trust and the hospital's infectious diseases team. If someone needs more than that, there is
a direct line to the emergency department consultant on duty, and we send them in with a letter that
says what we have found, what they use and what their opioid substitute dose is, so they do not have to
start from scratch at triage. The hospital agreed to confirm the methadone or buprenorphine dose with
us and start it on admission, so nobody goes into withdrawal on the ward.

The council's public health team funds the clinic through the drug and alcohol treatment grant and
pays for the dressings. They also linked us up with the city's wound care data system, so our records
look the same as everyone else's.

I will be honest that the first few months were hard. People did not come. We had set the clinic up in
a nice clean room with a couch and a trolley and it looked like a GP surgery, which was the last thing
our clients wanted. It was only when we changed how we ran it, which I talk about below, that it filled
up.
"""),
        ("evidence", None, """
We have tried to measure this properly, with help from the council's public health analysts and the
hospital's information team. We compared the two years before the clinic (March 2020 to February 2022)
with the two years after (March 2022 to February 2024).

<<Q:Emergency admissions to Gullbridge Royal Infirmary for skin and soft tissue infections in people
known to inject drugs fell from 286 in the two years before to 171 in the two years after.>> <<Q:Of
those admissions, the number with sepsis on arrival went down from 64 to 29.>> <<Q:Patients who left
hospital before finishing their treatment against medical advice dropped from 38% to 17%, which the
infectious diseases team put down mainly to the opioid substitute dose being confirmed and started on
the day of admission.>>

The clinic itself has seen 612 different people and carried out 4,380 wound care contacts. We have
referred 96 people straight to the emergency department with a letter. <<Q:Among people with a leg
ulcer who came to the clinic at least monthly, the average wound size measured by the tissue viability
nurse fell by more than half over six months.>>

There have been no deaths from injecting-related sepsis among our clients since the clinic opened,
though I know that may change, and the numbers are small.

We have not been able to measure everything we would like. We do not know how many people had wounds
and never came, and some of our clients are registered with GPs outside the city, so the hospital
figures may not catch everyone.
"""),
        ("stakeholders", None, """
The thing that turned the clinic round was the people who use it.

<<P:After the first quiet months, I asked the Thursday group at the needle exchange, about ten people
who inject and who meet for a brew and a chat, what we were doing wrong, and they told me.>> <<P:They
said the room felt like a doctor's, that the couch was too high for people with bad legs to get on to,
and that nobody would sit in a waiting area where anyone walking past could see them, so we moved the
clinic into the needle exchange itself, put the chairs behind a screen and kept the couch for when it
was needed.>> <<P:They also told us people would come if they could get dressings to do it themselves,
and the take-away dressing packs, with pictures rather than instructions, were designed by three of
them.>>

<<PS:Two of our peer workers, who used to inject and now work for Westgate, sat in on the clinic for
the first year and did the welcome, and they were the ones who persuaded the hospital to accept our
letter in place of the triage questions that people found so off-putting.>> <<PS:One of them, Marcus,
wrote the 'what happens if you go in' sheet that we give to anyone we send to the emergency
department.>>

<<S:The tissue viability nurses worked with me on the dressing formulary and agreed to use cheaper
dressings that can be left on for longer, because many of our clients cannot come back every day.>>
<<S:Emergency department nurses and doctors met us twice to agree what our letter should include, and
they asked for the opioid substitute dose and the time it was last taken to be at the top.>> <<S:The
infectious diseases consultants and the community pharmacists who dispense methadone helped us write
the patient group direction and the dose confirmation arrangement, and the pharmacists now phone the
ward directly if someone is admitted.>>
"""),
        ("value", None, """
The clinic costs around £110,000 a year, most of it nursing time and dressings. An admission for a
serious skin infection in someone who injects drugs lasts on average more than a week, and an admission
with sepsis much longer, so even on rough figures the clinic pays for itself several times over in bed
days. That is before counting surgery and amputations that have not happened.

What I find hardest to put into words is how people's lives change when a wound heals. Some of our
clients had not worn proper shoes for years. One woman came to us with a wound she had kept covered
with kitchen roll for eighteen months. When it healed she said she could finally go and see her
grandchildren without worrying about the smell. More people have also started talking to us about
treatment for their drug use, because they have got used to coming in and seeing a nurse.

For staff, the emergency department team say the letter saves them time and makes the assessment much
easier, and the ward nurses say that confirming the methadone dose has taken away a lot of the
arguments and self-discharges that used to happen on the first night.
"""),
        ("spread", None, """
The council has asked us to open a second clinic at the hub in the north of the city, and this starts
in 2025. The patient group direction and the dressing formulary have been shared with two other drug
services in the region. We presented the clinic at a national harm reduction nursing conference in
2023, and the hospital has used the dose confirmation arrangement as the model for all patients on
opioid substitute treatment who are admitted, not just those sent from us.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I631  alcohol withdrawal in people given alcohol abstinence monitoring
#       tags - pdf - two columns - senior probation officer with a recovery
#       charity's clinical lead, plain - the Probation Service with a drug
#       and alcohol charity and a GP federation - staff involved - no
#       patient involvement (people on orders screened, given a leaflet and
#       asked questions, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I631", format="pdf", layout="two_column", topic="alcohol_abstinence_tag_withdrawal",
    project="independent40-sobersafely-631", pdf_font="LiberationSans",
    title="Sober Safely: checking for alcohol withdrawal before people start an alcohol abstinence monitoring requirement",
    cover=[
        "The Probation Service, Oxlade Probation Delivery Unit (lead), with Turning Tide Recovery (Oxlade drug and alcohol service, registered charity) and Oxlade GP Federation",
        "Entry by a Senior Probation Officer and the Turning Tide Clinical Lead",
    ],
    primary_entrant=dict(name="The Probation Service", type="public_other"),
    partners=[
        dict(name="Turning Tide Recovery", type="charity"),
        dict(name="Oxlade GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "The safety issue", """
An alcohol abstinence monitoring requirement (AAMR) can be added by a court to a community sentence or
a suspended sentence where alcohol played a part in the offence. The person wears a tag on their ankle
that measures alcohol in their sweat around the clock, and they must not drink at all, usually for up
to 120 days. It is an effective sentence and many people do well on it.

The problem is that some people given an AAMR are physically dependent on alcohol. If someone who has
been drinking heavily every day stops suddenly, they can have withdrawal seizures or delirium
tremens, which can kill. The AAMR was designed for people whose drinking is harmful but who are not
dependent, but the pre-sentence checks did not always pick up dependence, and there is an obvious
reason for someone facing custody to play down how much they drink.

In 2022 two people in Oxlade had withdrawal seizures within a week of their tag being fitted. One of
them fell and fractured his skull. Neither had been assessed by a drug and alcohol service and
neither had been offered a supervised detox. The case review found that probation staff had no
screening tool, the court had no way of knowing about dependence, and there was no quick route to
Turning Tide or the GP for someone who needed a medically managed withdrawal.

Since April 2023, probation court officers use a short alcohol dependence screen (the SADQ) as part of
every pre-sentence report where an AAMR is being considered. Anyone who scores in the moderate or
severe range is seen by a Turning Tide nurse within two working days, before the tag is fitted if
possible. Where a detox is needed, it is arranged at home with Turning Tide or through the GP
federation's shared care prescribers, and the start of the tag can be delayed by the court for up to a
fortnight. Everyone starting an AAMR now gets a card explaining the symptoms of withdrawal and who to
call.
"""),
        ("evidence", "Results", """
We compared the 12 months before (April 2022 to March 2023) with the 12 months after (April 2023 to March
2024).

<<Q:The proportion of people starting an AAMR who had been screened for alcohol dependence rose from 12%
to 97%.>> <<Q:Recorded withdrawal seizures or emergency attendances for alcohol withdrawal in the first
two weeks of a tag fell from 9 to 2.>> <<Q:Orders breached because of drinking in the first fortnight
fell from 23% to 11%.>>

In the year, 58 people scored as dependent and were seen by Turning Tide, and 31 had a supervised
detox before or at the start of their order.
"""),
        ("stakeholders", "Who was involved", """
<<S:Probation court officers tried out three screening tools with Turning Tide's nurses and chose the
SADQ because it could be done in ten minutes at court.>> <<S:The GP federation's shared care
prescribers asked that anyone needing a detox at home had a named relative or friend who would be
with them, and this became part of the pathway.>> <<S:Magistrates' court legal advisers told us that
benches would only agree to delay the tag if the pre-sentence report said exactly when the detox would
finish, so the report template was changed.>>

People starting an AAMR are screened by probation staff and given the withdrawal card when their tag
is fitted. We intend to ask people who have completed an order about their experience during 2025.
"""),
        ("value", "Value", """
Screening takes around ten minutes. A home detox costs a fraction of a hospital admission for
withdrawal seizures. Fewer breaches mean fewer returns to court and fewer people sent to custody.
Probation staff say they feel safer recommending an AAMR now that dependence is checked.
"""),
        ("spread", "Sharing", """
The screen has been adopted by the other two probation delivery units in the region, and the
pathway has been shared with the national AAMR programme team and the regional drug and alcohol
commissioners.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I632  GHB overdoses linked to chemsex - pdf (via Word) - style headings -
#       sexual health consultant, reflective - acute trust sexual health
#       service with an LGBT+ charity, the ambulance service and the city
#       council - men who use chems involved - no staff involvement (clinic
#       staff trained, crews sent a bulletin, ED told, a staff survey that
#       changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I632", format="pdf", layout="style_headings", topic="ghb_chemsex_overdose",
    project="independent40-knowyourg-632", render_via="soffice", docx_font="Liberation Sans",
    title="Know Your G: reducing GHB overdoses linked to chemsex in Ravensholm",
    cover=[
        "Ravensholm Hospitals NHS Foundation Trust, Lantern Street Sexual Health Service (lead)",
        "Partners: Ravensholm LGBT+ Centre (registered charity); Coldharbour Ambulance Service NHS Trust; Ravensholm City Council (Public Health)",
        "Dr Tom Hadley, Consultant in Genitourinary Medicine",
    ],
    primary_entrant=dict(name="Ravensholm Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Ravensholm LGBT+ Centre", type="charity"),
        dict(name="Coldharbour Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Ravensholm City Council", type="local_authority"),
    ],
    sections=[
        ("context", "Why we started", """
'Chemsex' is the use of drugs, mainly GHB (or GBL), crystal methamphetamine and mephedrone, to have sex,
usually among gay, bisexual and other men who have sex with men. Most of the men who come to our clinic
and tell us they use chems are not in contact with drug services, do not think of themselves as drug
users and would not walk into a drug service if we sent them there.

GHB is the drug that worries us most. The gap between the dose that gives the effect people want and
the dose that makes them unconscious is tiny, it is measured in millilitres, it is often mixed with
alcohol, and people redose in the middle of the night without remembering when they last took it. Men
'go under' (become unconscious) and sometimes stop breathing. Friends are reluctant to call 999 because
of fear of the police, and because being found at a chill-out can mean being outed.

Over 2021 and 2022 the ambulance service attended a growing number of GHB overdoses in the city, and
we knew of at least three deaths of our patients where GHB was involved. We also saw men in the clinic
who had been sexually assaulted while unconscious. <<P:When we asked, most of the men using GHB told us
they did not know how to dose safely, did not know that GHB and alcohol together are especially
dangerous, and did not know what to do if a friend went under.>>

Know Your G started in 2023. It has three parts. The clinic asks every man who reports chemsex a few
extra questions and offers a harm reduction conversation with a specialist health adviser, along with
a pack that includes a dosing timer card, an oral syringe for accurate measuring and clear advice on
what to do if someone goes under. The LGBT+ Centre runs a weekly evening drop-in and an online
chat service where men can get the same advice without coming to a clinic. And the ambulance service
agreed to send a referral to the LGBT+ Centre, with consent, after attending a GHB overdose, so that men
get a follow-up call within a few days.
"""),
        ("evidence", "Evidence of impact", """
We compared 2022 with 2024, using ambulance service data for the city, the emergency department's
attendance codes and our own clinic records.

<<Q:Ambulance attendances for suspected GHB overdose in Ravensholm fell from 214 in 2022 to 139 in
2024.>> <<Q:Among men attending the clinic who reported GHB use, the proportion who said they
measured their dose and timed redosing rose from 21% to 67% in our annual audit.>> <<Q:Repeat
ambulance attendances for GHB overdose by the same person within six months fell from 44 to 17.>>

Over the two years the clinic had 1,160 harm reduction conversations and the Centre's drop-in and chat
service had around 2,300 contacts. The ambulance service made 86 referrals to the Centre.
"""),
        ("stakeholders", "Involving the community", """
<<P:The Know Your G pack was designed with the LGBT+ Centre's chemsex support group, a group of men who
use or have used chems, who meet on Tuesday evenings.>> <<P:They threw out our first leaflet because
it read like a public health warning, and rewrote it in the way men actually talk about using,
including what 'going under' looks like and how to put a friend in the recovery position.>> <<P:It was
their idea to include an oral syringe in the pack, because they said people were guessing their dose
with bottle caps.>> <<P:Two men from the group also recorded short videos about calling an ambulance
that are now used in the online chat service.>>

All health advisers in the clinic were trained to have the harm reduction conversation. Ambulance
crews were sent a bulletin explaining the referral route, and emergency department staff were told
about the service at their teaching session. We surveyed clinic staff after a year and they were
positive about the approach, so nothing was changed. We plan to involve paramedics in reviewing the
referral form next year.
"""),
        ("value", "Value", """
The packs cost about £4 each. The council's public health team funds one health adviser post and the
Centre's drop-in from its drug and alcohol budget, around £60,000 a year in total. Every ambulance
attendance that does not happen saves a crew for an hour or more, and many GHB overdoses also end up in
the emergency department and sometimes in intensive care.

Men tell us they feel they are being treated as adults who can make choices, not as a problem. The
Centre says more men have come forward for help to stop using altogether since the drop-in opened.
"""),
        ("spread", "Spread", """
The pack and the questions have been shared with two other sexual health services in the region, and
the ambulance referral route is being extended to the rest of the ambulance service's area. We
presented the work at a national sexual health conference in 2024.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I633  suicide risk linked to gambling in mental health crisis care - docx
#       - reordered (context, stakeholders, evidence, value) - clinical
#       psychologist, thoughtful - mental health trust gambling clinic and
#       crisis team with the borough council and a gambling support charity
#       - people with lived experience, a wife and staff involved - NO spread
#       section
# ---------------------------------------------------------------------------
entry(
    id="I633", format="docx", layout="reordered", topic="gambling_harm_suicide_crisis_care",
    project="independent40-askaboutgambling-633", docx_font="Georgia",
    title="Ask About Gambling: finding suicide risk linked to gambling in mental health crisis care",
    cover=[
        "Ambervale Partnership NHS Foundation Trust: Ambervale Gambling Harms Clinic and the Crisis Resolution and Home Treatment Team",
        "Partners: Ambervale Borough Council (Public Health); Open Hand Gambling Support (registered charity)",
        "Contact: Clinical Lead Psychologist, Ambervale Gambling Harms Clinic",
    ],
    primary_entrant=dict(name="Ambervale Partnership NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Ambervale Borough Council", type="local_authority"),
        dict(name="Open Hand Gambling Support", type="charity"),
    ],
    sections=[
        ("context", "How it started", """
People with a gambling problem are at much higher risk of suicide than the general population, and the
risk is highest at moments of crisis: when the debts come to light, when a partner finds out, when the
last of the savings has gone. Yet gambling is almost invisible in mental health services. People rarely
mention it unless they are asked, and until 2023 nobody in our crisis services asked.

Our gambling harms clinic opened in 2021 to treat people with severe gambling problems from across the
region. Within the first year, we noticed that many of the people referred to us had been in contact
with the trust's own crisis team in the months before, sometimes more than once, and that gambling had
not been recorded in any of those contacts. Their crisis had been put down to depression, a
relationship breakdown or money worries, and they had been discharged with a safety plan that did not
mention gambling at all. Two people known to the crisis team died by suicide in 2022, and in both cases
their families told the coroner afterwards that gambling was at the heart of it.

Open Hand, a local charity that runs peer support groups and a helpline for people affected by
gambling, had the same experience from the other side. <<P:Their members told them they had been seen
by crisis services and nobody had asked, and it was a group of those members who first brought the
problem to us.>>

The project had three parts. First, a single screening question about gambling (the Lie/Bet question)
added to every crisis team assessment and to the trust's 24-hour mental health helpline. Second, for
anyone who answers yes, a gambling-specific safety plan: blocking software and bank gambling blocks set
up there and then, self-exclusion from betting shops and websites, a conversation about who holds the
money, and a same-week appointment with the gambling clinic or a call from Open Hand. Third, the
council's public health team trained staff in the council's debt advice and housing options services
to ask the same question and refer into the same route.
"""),
        ("stakeholders", "Who shaped it", """
<<P:Members of Open Hand's Wednesday peer support group met the crisis team managers and told them,
bluntly, what had happened when they were in crisis and were not asked about gambling.>> <<P:One member
said that the most useful thing anyone had done for him was to sit with him while he set up a gambling
block on his banking app, because on his own he could not bring himself to do it, and that step is now
in every gambling safety plan.>> <<P:The wife of a man who died in 2022 talked to us about how she had
not known where to turn, and at her suggestion the plan now includes a leaflet for partners and family
with Open Hand's family helpline number.>>

<<S:Crisis team practitioners tested the screening question for two months and asked for it to be
placed near the start of the assessment, not in the 'other' section at the end, because by then people
were tired and closed down.>> <<S:Helpline call handlers said they did not feel able to talk about
blocking software, so the clinic's therapists made them a two-minute script and a list of the blocks
that the main banks offer.>> <<S:Debt advisers at the council suggested adding a question about
whether the person was borrowing to gamble, which has been added to the screen.>>
"""),
        ("evidence", "What has changed", """
We compared the 12 months before the screening question was introduced with the 12 months after,
using the crisis team's electronic records, the clinic's referral data and the trust's serious
incident records.

<<Q:Crisis team assessments where gambling was recorded rose from 0.4% to 6.1%.>> In the year after, the crisis team
referred 118 people to the gambling clinic or to Open Hand. <<Q:Among people who screened positive and were seen by the clinic, the average score on the
suicidal ideation scale fell by 40% between assessment and the end of treatment.>>

There have been no deaths by suicide among people who screened positive and were referred on. We are
aware that the numbers are small and that a year is a short time.
"""),
        ("value", "Why it is worth it", """
The screening question takes less than a minute. The gambling-specific safety plan takes about twenty
minutes and uses free blocking tools and bank blocks. Treatment at the clinic is funded nationally, and
Open Hand's groups are run by volunteers. Against that, a suicide has a devastating and lasting effect
on families and communities, and a large financial cost to services as well.

Staff tell us that they now feel they have something practical to offer when gambling comes up,
instead of just a phone number. People who have been through the route say it was the first time
anyone had taken the gambling seriously.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I634  home care providers that hand back care at short notice - pdf -
#       bullet lists - council head of commissioning, brisk - county council
#       with the community trust's district nurses and the care providers'
#       association - staff involved - no patient involvement (letters and
#       phone calls, families told, a survey that changed nothing, a plan) -
#       no quantitative evidence (transfers, visits, a zero with no earlier
#       figure, no comparison)
# ---------------------------------------------------------------------------
entry(
    id="I634", format="pdf", layout="bullet_lists", topic="home_care_provider_handback",
    project="independent40-noonedropped-634", pdf_font="LiberationSans", pdf_align="L",
    title="No One Dropped: keeping people safe when a home care provider hands back care at short notice",
    cover=[
        "Stourley County Council, Adult Social Care Commissioning (lead)",
        "With Stourley Community Health NHS Trust (District Nursing) and Stourley Care Association (the county's independent care providers' association, a registered charity)",
        "Written by the Head of Commissioning, Home Care",
    ],
    primary_entrant=dict(name="Stourley County Council", type="local_authority"),
    partners=[
        dict(name="Stourley Community Health NHS Trust", type="nhs_trust"),
        dict(name="Stourley Care Association", type="charity"),
    ],
    sections=[
        ("context", "Why we needed to act", """
About 3,100 people in Stourley get home care arranged by the council, from 46 providers. Some of those
providers are small and fragile. When one closes, loses its registration or decides it can no longer
cover a rural area, it hands the care back to us, sometimes with only a few days' notice.

What used to happen:

- the council's brokerage team rang round other providers one person at a time, usually starting with whoever was at the top of the list

- the new provider often got only a name, an address and a number of visits, with no information about medicines, mobility, skin or risks

- time-critical visits (insulin, Parkinson's medicines, end of life care) were treated the same as any other visit

- district nurses sometimes found out only when they visited and the person had not been washed, fed or given their tablets

- in 2022 a provider in the west of the county handed back 74 packages with five days' notice, and over the following week an older man with diabetes was found unwell at home after two days without visits, and a woman missed her Parkinson's medicines for a day and a half and fell

What we do now (since January 2023):

- a 'handback cell' meets the same day a provider gives notice: brokerage, a social work manager, a district nursing team leader and the care association's duty manager

- every person is given a risk rating (red, amber, green) using a simple tool, and red cases are placed first

- the outgoing provider must send a one-page handover for each person, including medicines, mobility, equipment, key safe code and next of kin, before the last visit

- district nurses visit every red-rated person within 24 hours of the move

- the care association's members can offer emergency cover through a shared 'first responder' rota while permanent places are found
"""),
        ("evidence", "What has happened since", """
- there have been six handbacks since January 2023, covering 412 people

- every red-rated person (131 people) had a district nursing visit within 24 hours of the move

- all 412 people had their first visit from a new provider, or from the council's emergency response team, on the day the old provider stopped

- the outgoing provider sent a one-page handover for 389 of the 412 people, and the rest were completed by social workers from the council's own records

- no missed time-critical visits have been reported during a handback since the cell was set up

- we did not keep these records for handbacks before 2023, so we cannot compare
"""),
        ("stakeholders", "Who was involved", """
- <<S:district nursing team leaders helped write the risk rating tool and insisted that anyone with a catheter, a syringe driver or pressure damage should automatically be red>>

- <<S:the care association's members told us that a one-page handover was the most they could realistically get out of a provider that was closing, so the template was cut down from four pages>>

- <<S:brokerage officers asked for the first responder rota after spending whole days ringing round, and the care association set it up with eight of its members>>

- people whose care was moving were sent a letter and had a phone call from a social worker to explain what was happening

- families and next of kin were told the name of the new provider before the first visit

- we sent a short survey to people after the first two handbacks, and the replies were mostly positive, so nothing was changed

- we would like to set up a panel of people who use home care to review the process in 2025
"""),
        ("value", "Value", """
- the cell uses existing staff time; the first responder rota is paid at the usual hourly rate

- one emergency hospital admission of a frail older person costs more than a month of home care

- district nurses say they now hear about moves in advance instead of finding out on the doorstep

- providers say it is easier to take on packages when they know what they are taking on
"""),
        ("spread", "Spread", """
- the handback template is now a condition of all home care contracts in the county

- the approach has been shared with the regional association of directors of adult social services and two neighbouring councils have asked for the tool

- we are using the same cell when a care home closes
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I635  personal assistants employed through direct payments doing health
#       tasks - docx - bold headings with a cover table - council direct
#       payments development manager, friendly - council with a user-led
#       disabled people's organisation and the community trust - direct
#       payment employers involved - no staff involvement (PAs trained,
#       training delivered, social workers briefed, a PA survey that
#       changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I635", format="docx", layout="bold_headings", topic="direct_payments_personal_assistants_health_tasks",
    project="independent40-safehands-635", docx_font="Trebuchet MS",
    title="Safe Hands at Home: helping people who employ personal assistants through direct payments to keep health tasks safe",
    cover_table=[
        ("Title", "Safe Hands at Home: helping people who employ personal assistants through direct payments to keep health tasks safe"),
        ("Organisation", "Welbourne Borough Council, Adult Social Care (Direct Payments Team)"),
        ("Partners", "Welbourne Disabled People's Forum (user-led organisation); Welbourne Community Health NHS Trust (Community Nursing and Bladder and Bowel Service)"),
        ("Contact", "Direct Payments Development Manager"),
    ],
    primary_entrant=dict(name="Welbourne Borough Council", type="local_authority"),
    partners=[
        dict(name="Welbourne Disabled People's Forum", type="patient_group"),
        dict(name="Welbourne Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why the work was needed", """
Around 700 people in Welbourne use a direct payment from the council to arrange their own care, and
about 450 of them use it to employ one or more personal assistants (PAs). Direct payments give people
choice and control: they choose who helps them, when, and how. Many of our direct payment users are
younger disabled adults with complex needs, such as spinal injury, muscular dystrophy or multiple
sclerosis.

A lot of these PAs carry out health tasks that in a care home or hospital would be done by a nurse or
a trained care worker: changing a catheter bag, bowel care, feeding through a tube, giving rescue
medicine for seizures, using a cough assist machine. Nobody was checking whether they had been shown how
to do it. The PA might have been taught by the person themselves, by the last PA, or by a YouTube
video. If something went wrong, the PA had no one to ask, and the person using the direct payment, who
is legally the employer, often did not know where to turn either.

In 2022 we had a run of safeguarding concerns linked to health tasks. One man with a spinal injury was
admitted with autonomic dysreflexia after a new PA did not know what to do when his catheter blocked.
A woman with a gastrostomy developed an infection after her PA used the wrong technique for weeks.
Both reviews found that the person had asked for help and had been passed between the council, who said
it was a health matter, and community nursing, who said PAs were not their staff.

Since 2023 the council and the community trust have agreed a delegated health tasks framework for
PAs. A community nurse assesses the task, teaches the PA in the person's own home and signs off their
competence, and reviews it each year or sooner if the person's needs change. The direct payment
covers the PA's time for training. There is a named nurse contact for advice, and the Disabled People's
Forum runs a PA employer support line and an online register of trained PAs that employers can use
when recruiting.
"""),
        ("evidence", "Difference made", """
We compared 2022 with 2024, using safeguarding records, the trust's incident system and the direct
payments team's own reviews.

<<Q:Safeguarding concerns involving a health task carried out by a PA fell from 23 in 2022 to 9 in
2024.>> <<Q:The proportion of direct payment users with a PA doing a health task who had a written,
signed-off task plan rose from 18% in our first review to 81%.>> <<Q:Unplanned hospital admissions
linked to catheter, bowel or tube problems among direct payment users fell from 31 to 17.>>

So far 286 PAs have been assessed and signed off for at least one task, and the register lists 142
PAs who are available for new work.
"""),
        ("stakeholders", "How people took part", """
<<P:The framework was written with members of the Disabled People's Forum who employ their own PAs,
who met with us five times over six months.>> <<P:They were very clear that
they did not want nurses taking over or telling them how to run their own lives, so the task plan is
written in the employer's words and it is the employer who decides how the task should be done, within
what is safe.>> <<P:Jade, who has muscular dystrophy and employs four PAs, suggested the register of
trained PAs after losing a PA and having to train a new one from scratch while she was unwell.>> <<P:The
Forum's members also tested the employer support line before it opened and asked for it to be open
until 8pm, because that is when most problems happen.>>

PAs are trained and assessed in the person's home. The training is delivered by the trust's community
nursing and bladder and bowel teams. Social workers and direct payment support officers were briefed
on the framework at team meetings. We sent a survey to PAs after the first year and most said the
training was useful, so we did not make changes. We plan to set up a PA forum in 2025.
"""),
        ("value", "Value for money", """
Training a PA costs the council around £150 in paid time, and a nurse visit. A single hospital
admission with autonomic dysreflexia or a tube infection costs many times that. Direct payment users
tell us they feel more confident as employers and less alone when something goes wrong, and that
having trained PAs means they are less likely to lose their direct payment and have to go back to
agency care.
"""),
        ("spread", "Spreading the learning", """
The framework has been adopted by the integrated care board for people with personal health budgets
across the county. We have shared it with the national network of user-led organisations and with
three neighbouring councils. The Forum has been asked to run the register for a neighbouring borough.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I636  people leaving mental health wards for supported exempt
#       accommodation - pdf - with appendix - long - council supported
#       housing quality manager, candid - city council with the mental health
#       trust, a housing advice charity and the police - tenants, a father
#       and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I636", format="pdf", layout="with_appendix", topic="exempt_accommodation_mental_health_discharge",
    project="independent40-safeplacetoland-636", pdf_font="LiberationSerif", pdf_align="L",
    title="A Safe Place to Land: people leaving mental health wards for supported exempt accommodation in Haxbury",
    cover=[
        "Lead: Haxbury City Council, Housing Options and Supported Housing Quality Team",
        "Partners: Haxbury Mental Health NHS Foundation Trust; Haxbury Housing Advice Centre (registered charity); Haxbury and Ravel Police",
        "Written by the Supported Housing Quality Manager",
    ],
    primary_entrant=dict(name="Haxbury City Council", type="local_authority"),
    partners=[
        dict(name="Haxbury Mental Health NHS Foundation Trust", type="nhs_trust"),
        dict(name="Haxbury Housing Advice Centre", type="charity"),
        dict(name="Haxbury and Ravel Police", type="emergency_service"),
    ],
    sections=[
        ("context", "Background", """
Haxbury has seen a very fast growth in what is called 'exempt accommodation'. This is shared housing,
usually large terraced houses split into rooms, where the landlord claims a higher rate of housing
benefit because some 'care, support or supervision' is provided. When it is done well, it gives people
who would otherwise be homeless a room of their own and a support worker. When it is done badly, it
means a locked bedroom in a house with eight strangers, some of whom are using drugs or have just come
out of prison, and a support worker who visits for half an hour a week, if at all. Because this housing
is not registered as care and is not properly regulated, the council had very few powers to check the
quality of the support being paid for. Between 2018 and 2022 the number of exempt bed spaces in the city
more than doubled, to around 5,800.

For people leaving a mental health ward with nowhere to go, exempt accommodation had become the default.
Ward staff under pressure to free a bed would be given the number of a provider who could 'take someone
today', and the person would be discharged into a room they had not seen, often in a house they knew
nothing about. The provider often knew nothing about their mental health history, their medicines or
their risks. In some houses, other residents were selling drugs, and people who had been unwell were
exploited, robbed or assaulted.

One case shows what this meant in practice. A woman in her thirties with bipolar disorder, who had
been in hospital for eleven weeks, was discharged on a Friday afternoon to a room in a shared house on
the other side of the city. The ward had been given the address that morning. Nobody from the ward or
the community team had seen the house. The provider's support worker did not know she was on lithium,
which needs regular blood tests, and did not know that she had been exploited by a man who, it turned
out, was living two doors along the same street. Within a fortnight she had stopped her medicines,
had been robbed of her bank card, and was back on the ward under section, having been found by the
police wandering on a dual carriageway at night. When the community team tried to find out what
support she had been getting, the provider could not produce a single record of a visit.

In 2022 the trust's serious incident reviews identified four deaths, two by suicide and two from drug
overdoses, of people who had been discharged from a mental health ward into exempt accommodation within
the previous three months. In each case the review found the same things: no visit to the property
before discharge, no handover to the provider, no way for the community team to know whether the
promised support was being given, and no routine link between the trust and the council, which was
paying for the housing benefit.

The council had been working on the quality of exempt accommodation for some time, but mostly from the
point of view of housing standards and anti-social behaviour. The deaths made us look at it as a patient
safety issue, and we realised we could not fix it without the trust.

In 2023 we launched A Safe Place to Land. The main parts are:

- a Quality Charter for exempt accommodation providers, with minimum standards for support (at least
  three hours of face-to-face support a week for anyone discharged from a mental health ward, a named
  support worker, a safety plan shared with the community team, and rules about who can be placed in
  the same house)

- a council 'approved list' of houses that meet the charter and have been inspected jointly by a
  council housing officer and a support quality officer, with the police checking for known problems at
  the address

- a rule, agreed by the trust's board, that nobody is discharged from a mental health ward into exempt
  accommodation that is not on the approved list, unless a consultant and a council housing officer
  have agreed it in writing

- a housing link worker, employed by Haxbury Housing Advice Centre and based on the wards, who finds the
  placement, visits with the person before discharge, and stays in touch for the first eight weeks

- a handover meeting (in person or by video) between the ward, the community mental health team and the
  provider's support worker before discharge, using a standard handover form

- a joint 'concerns' inbox where community staff, police officers and residents can report a house, and
  a monthly panel that reviews these reports and can remove a house from the list
"""),
        ("evidence", "Evidence of improvement", """
We compared the 18 months before the scheme started (July 2021 to December 2022) with the 18 months
after (January 2023 to June 2024) for everyone discharged from the trust's adult acute wards into exempt
accommodation in Haxbury. The figures come from the trust's patient records and incident system, the
council's housing records and the Housing Advice Centre's case records. Definitions are given in the
appendix.

<<Q:Deaths within three months of discharge among people discharged into exempt accommodation fell from
6 in the 18 months before to 1 in the 18 months after.>> <<Q:Readmissions to a mental health ward within
30 days went down from 24% to 13%.>> <<Q:The proportion of people who had a handover meeting with the
provider before they left the ward rose from under 10% to 88%.>> <<Q:People who had left or been evicted
from their placement within three months fell from 41% to 19%.>>

Over the 18 months, 214 people were discharged into exempt accommodation, and the housing link workers
supported 187 of them. There are now 63 houses on the approved list. The concerns inbox has received 152
reports, and 11 houses have been removed from the list after review.

We know that some of these changes may also have been affected by other things, including the trust
opening a crisis house in 2023 and changes in the local drug supply. But the staff who work on the
wards and in the community are clear that the difference is real.
"""),
        ("stakeholders", "How people were involved", """
<<P:Before we drafted the Quality Charter, the Housing Advice Centre held four sessions with people who
were living in, or had recently left, exempt accommodation after a stay in hospital.>> <<P:They told us
that what frightened them most was arriving at a house at night, not knowing who else lived there, and
they asked for a visit before discharge and a photo of the room and the house, both of which are now
part of the process.>> <<P:They also said the worst houses were the ones where the support worker was
never seen, so the charter now requires providers to keep a log of visits that the tenant signs.>> <<P:The
father of a young man who died of an overdose four weeks after moving into a shared house spoke at the
launch of the scheme and then joined the monthly panel as a lay member.>>

<<S:Ward nurses and discharge coordinators worked with the council's housing officers to design the
handover form, and asked that it include the person's early warning signs and the medicines they were
on, because providers had told them they never got this.>> <<S:Community mental health team staff asked
to be able to report a house to the concerns inbox without it being seen as a formal complaint, and the
inbox was set up to allow this.>> <<S:Neighbourhood police officers suggested checking addresses
against their records of drug dealing and exploitation before a house was approved, and they now do
this for every inspection.>> <<S:The housing link workers shaped the eight-week follow-up and asked for it to include a visit on the first night.>>

We also worked with the better providers in the city, who had been frustrated for years at being
undercut by poor ones. <<S:Support managers from several of these providers helped to test the charter
and told us which rules about who can share a house they could realistically keep to, which changed
the final wording.>>
"""),
        ("value", "Value", """
The three housing link worker posts cost about £120,000 a year and are funded jointly by the trust and
the council. Joint inspections use existing staff time. Against that, every readmission to a mental
health ward costs the NHS many thousands of pounds, and the council pays out millions each year in
housing benefit for exempt accommodation, so making sure that money buys real support matters.

There is also a cost in police time. Before the scheme, a small number of houses generated a large
share of the calls from residents and neighbours about drug dealing, fights and people going missing.
Several of those houses are no longer used for people leaving hospital, and some have closed. We do not
claim all the credit for that, but the joint inspections have given the council and the police a
shared picture that neither of us had before.

For the people we are trying to help, the difference is that they now arrive somewhere that someone has
checked, with a support worker who knows they are coming. Ward staff say they feel far less worried
about discharging people, and that they no longer feel they are sending people to 'the first place
with a free room'.
"""),
        ("spread", "Spread", """
The Quality Charter has been shared with other councils in the region where exempt accommodation has
grown quickly, and two have adopted it. The approved list now applies to people leaving prison and
hospital discharges from the general hospital, not just the mental health wards. We have given evidence
to a national review of supported housing, and the trust is using the handover form for all discharges
to supported housing, not only exempt accommodation.
"""),
    ],
    trailer=[
        ("heading", "Appendix: definitions and data sources"),
        ("para", "Exempt accommodation: supported housing where the housing benefit claim is exempt from the usual local housing allowance limits because the landlord provides care, support or supervision. Deaths within three months: any death, from any cause, recorded in the trust's patient records within 92 days of discharge. Readmission: admission to any mental health inpatient bed within 30 days of discharge."),
        ("para", "Readmission, death and handover figures are from Haxbury Mental Health NHS Foundation Trust records. Placement outcome figures are from Haxbury Housing Advice Centre case records. Approved list and concerns inbox figures are from Haxbury City Council."),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I637  intoxicated detainees with head injuries in police custody - pdf -
#       form table - PRIVATE custody healthcare company is the primary
#       entrant, with the police force and the acute trust's emergency
#       department as partners (ineligible) - regional clinical lead,
#       matter-of-fact - staff involved - no patient involvement (detainees
#       assessed, an advice card on release, independent custody visitors
#       updated, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I637", format="pdf", layout="form_table", topic="police_custody_intoxication_head_injury",
    project="independent40-headcheck-637", pdf_font="DejaVuSans",
    title="Head Check: safer care of intoxicated detainees with head injuries in police custody",
    cover_table=[
        ("Entry title", "Head Check: safer care of intoxicated detainees with head injuries in police custody"),
        ("Organisation submitting the entry", "Sentinel Custody Healthcare Ltd (healthcare provider to Millhaven Police custody suites)"),
        ("Partner organisations", "Millhaven Police (Custody Command); Millhaven Royal Hospital NHS Trust (Emergency Department)"),
        ("Contact", "Regional Clinical Lead, Sentinel Custody Healthcare"),
    ],
    primary_entrant=dict(name="Sentinel Custody Healthcare Ltd", type="private"),
    partners=[
        dict(name="Millhaven Police", type="emergency_service"),
        dict(name="Millhaven Royal Hospital NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Background and aims", """
Sentinel Custody Healthcare provides nurses and paramedics (healthcare professionals, or HCPs) to the
three custody suites run by Millhaven Police, which between them hold about 19,000 detainees a year.
Around a third are intoxicated with alcohol, drugs or both when they arrive, and many have been
fighting or have fallen. Nationally, head injury in an intoxicated detainee is one of the main causes of
death in or soon after police custody, because the signs of a bleed on the brain (drowsiness,
confusion, vomiting, slurred speech) look exactly like being drunk.

In Millhaven, decisions about whether an intoxicated detainee with a head injury should go to hospital
were made in different ways by different HCPs. Rousing checks, where detention officers wake the
detainee and check their response, were recorded as 'roused OK' with no detail. When detainees were
taken to the emergency department they were often brought straight back after a short wait and a
clinical decision that they were 'fit to detain', without a CT scan, because the emergency department
staff did not have the custody history. In 2022 a man arrested for being drunk and disorderly, who had
a cut on his head, was found unresponsive in his cell after six hours. He had a bleed on the brain and
survived with lasting disability.

The partnership's aims were to make sure that every intoxicated detainee with a possible head injury
is assessed in the same way, that rousing checks actually detect deterioration, and that the emergency
department has the information it needs to decide on imaging.
"""),
        ("evidence", "Evidence of improvement", """
We compared 12 months before the changes (2022) with 12 months after (2024), using custody records,
Sentinel's clinical records and the emergency department's records for detainees.

<<Q:Intoxicated detainees with a head injury who had a structured HCP assessment using the new Head
Check tool rose from 35% to 94%.>> <<Q:Rousing checks recorded with the full response (speech,
movement and eyes) rather than 'roused OK' went up from 12% to 83% in monthly audits.>> <<Q:Detainees
returned to hospital within 24 hours after being declared fit to detain fell from 27 to 8.>>

There were 14 bleeds on the brain found in detainees taken to hospital in 2024, all identified before
deterioration in custody.
"""),
        ("stakeholders", "Involvement of staff and patients", """
<<S:Detention officers told us they found the old rousing check confusing and were not sure what
counted as a good response, so they worked with our HCPs to write a three-question check printed on a
card in every cell corridor.>> <<S:Custody sergeants asked for a simple red flag list that would
tell them when to call an ambulance without waiting for the HCP, and this was agreed with the
emergency department consultants.>> <<S:Emergency department consultants and Sentinel's nurses agreed a
one-page transfer form that travels with the detainee, and the consultants asked for the time of the
last alcohol or drug use to be added.>>

Every intoxicated detainee with a head injury is assessed using the Head Check tool, and detainees are
given a head injury advice card when they are released. The independent custody visitors were updated
on the work at their quarterly meeting. We would like to hear from people who have been detained about
their experience of the checks in future.
"""),
        ("value", "Value", """
The Head Check tool and the card cost very little to produce. Fewer returns to hospital save police
officer time escorting detainees, around six hours each time, and emergency department time. A single
death or serious injury in custody leads to an investigation by the Independent Office for Police
Conduct, and the human cost to the person and their family is much greater than any figure.
"""),
        ("spread", "Spread", """
Millhaven Police have asked us to include the Head Check tool in the custody training for all new
sergeants. Sentinel has introduced it in the two other police forces where we provide custody
healthcare, and we have shared it with the national custody healthcare forum.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I638  suicide risk in the days after release from police custody - docx -
#       style headings - police chief inspector, earnest - police with the
#       mental health trust's liaison and diversion service and a suicide
#       prevention charity - a bereaved mother, men who had been released
#       under investigation and staff involved - NO value section
# ---------------------------------------------------------------------------
entry(
    id="I638", format="docx", layout="style_headings", topic="post_custody_release_suicide_risk",
    project="independent40-afterthedoorcloses-638", docx_font="Calibri",
    title="After the Door Closes: reducing suicide risk in the days after release from police custody",
    cover=[
        "Hesketh Vale Constabulary, Criminal Justice and Custody Department (lead)",
        "In partnership with Hesketh Vale Mental Health NHS Trust (Liaison and Diversion Service) and Harbourlight (suicide prevention charity)",
        "Prepared by Chief Inspector Rachel Ainsley, Head of Custody",
    ],
    primary_entrant=dict(name="Hesketh Vale Constabulary", type="emergency_service"),
    partners=[
        dict(name="Hesketh Vale Mental Health NHS Trust", type="nhs_trust"),
        dict(name="Harbourlight", type="charity"),
    ],
    sections=[
        ("context", "Context", """
Most of the attention on safety in police custody is, rightly, on the time a person spends in a cell.
But the national figures show that more people die by suicide in the days after they leave police
custody than die while they are in it. The risk is particularly high for people arrested for sexual
offences, especially offences involving indecent images of children, for people arrested for domestic
abuse, and for anyone released 'under investigation' with no date for a decision, sometimes for many
months. They often leave custody in the middle of the night, having lost their phone and computer to
seizure, facing the prospect of their family, employer and community finding out.

In Hesketh Vale we reviewed all deaths within 28 days of release from our custody suites between 2019
and 2022. There were 19, of which we believe 13 were suicides. Almost all the people who died had been
seen by a custody healthcare professional and most had been asked about suicidal thoughts, but the
question was focused on their safety while in the cell. On release, they were given a generic leaflet
and sent on their way. Nobody made contact with them afterwards, and investigating officers, who were
often the only people in regular contact, had no training and no route for raising concerns.

In 2023 we set up After the Door Closes with the trust's Liaison and Diversion Service, which already
works in our custody suites, and Harbourlight, a charity that supports people at risk of suicide. Every
person leaving custody has a pre-release risk assessment completed by the custody sergeant, which now
looks forward to the days after release, not only backwards at the time in custody. Anyone at raised
risk is offered a short conversation with a Liaison and Diversion practitioner before they leave and a
'next seven days' safety plan. With their consent, they are referred to Harbourlight, who will phone
them within 24 hours and offer support for as long as they want it. People are not released between
midnight and 6am if they are assessed as at raised risk, unless they choose to leave. Investigating
officers now have a short guide and a direct line to Liaison and Diversion if they are worried about
someone they are in contact with.
"""),
        ("evidence", "Evidence", """
We compared the 18 months before the project (July 2021 to December 2022) with the 18 months after
(January 2023 to June 2024).

<<Q:The proportion of people at raised risk who left custody with a written safety plan rose from 9% to
78%.>> <<Q:Releases of people assessed as at raised risk between midnight and 6am fell from 31% to 7%.>>
<<Q:Suspected suicides within 28 days of release from our custody suites fell from 7 in the 18 months
before to 2 in the 18 months after.>>

Harbourlight received 534 referrals and made contact with 461 people, and 212 of them accepted ongoing
support. Investigating officers have used the direct line 87 times.

We know the numbers of deaths are small and that it will take longer to be sure of the effect. The
coroner's conclusions are still awaited for some cases.
"""),
        ("stakeholders", "Engagement", """
<<P:A mother whose son died two days after being released under investigation in 2021 met the project
team several times and spoke at our custody staff training days.>> <<P:She asked that people are not
simply handed a leaflet but told, face to face, that the next few days are likely to be the hardest,
and that a named person will call them, and this is now how the safety plan conversation starts.>>
<<P:Harbourlight also arranged for us to meet three men who had been arrested and released under
investigation, who told us the 3am release with no phone was the worst moment, which is why we changed
the release times and now offer a phone call home before release.>>

<<S:Custody sergeants helped rewrite the pre-release risk assessment and asked for it to be shorter
than the first version, which they said they would never have time to complete on a busy night.>>
<<S:Liaison and Diversion practitioners suggested the 'next seven days' safety plan and tested it for
two months in one custody suite before it went force-wide.>> <<S:Investigating officers from the online
child abuse investigation team said they often had the most contact with suspects and no idea what to
do if they were worried, and their feedback led to the guide and the direct line.>>
"""),
        ("spread", "Sharing and spread", """
The revised pre-release risk assessment has been shared with the national police custody forum and
three other forces have asked for it. We have presented the work to the regional suicide prevention
network and at a national conference on deaths after police contact. The integrated care board has
included the Harbourlight service in its suicide prevention plan.
"""),
    ],
    flags=[dict(code="missing_section", criterion="value")],
)


# ---------------------------------------------------------------------------
# I639  a winter night check for people sleeping rough - docx - no headings
#       - short - night shelter charity coordinator, plain and personal - the
#       charity on its own, no partner (ineligible) - guests who sleep rough
#       involved - no staff involvement (volunteers trained and given a
#       rota, a volunteer feedback form that changed nothing, a hope) - no
#       quantitative evidence (checks, people found, bags, a zero with no
#       earlier figure)
# ---------------------------------------------------------------------------
entry(
    id="I639", format="docx", layout="no_headings", topic="rough_sleeping_winter_night_checks",
    project="independent40-nobodyoutinthecold-639", docx_font="Times New Roman",
    title="Nobody Out in the Cold: a winter night check for people sleeping rough in Lowmarsh",
    cover=[
        "Canal Street Shelter Trust, Lowmarsh (registered charity)",
        "Written by Jo Pemberton, Project Coordinator",
    ],
    primary_entrant=dict(name="Canal Street Shelter Trust", type="charity"),
    partners=[],
    sections=[
        ("context", None, """
We are a small charity that has run a night shelter in Lowmarsh for twelve years, with 14 beds in the
old Methodist hall on Canal Street and a breakfast club on Sunday mornings. Most of our work is done by
volunteers. Every winter some people who sleep rough in the town will not come into the shelter, or
cannot, because they have a dog, because they do not want to be in a room with other people, or
because they have been barred for drinking.

The town's emergency cold weather beds only open when the forecast is below zero for three nights in a
row, and in between those nights people are out in temperatures that are only just above freezing,
often wet through. In January 2023 a man we knew well, who had slept in the doorway of the old bank for
most of that winter, was found dead in the morning after a night of freezing rain. The forecast had
not triggered the cold weather beds. He was 47.

After that, we decided that on every night from November to March when the temperature was forecast to
be 3 degrees or below, or there was heavy rain or wind, our volunteers would go out in pairs between
10pm and midnight and check on everyone we knew to be sleeping out. They take hot drinks, dry socks,
a sleeping bag if needed, and a list of the places that are open. If someone looks unwell or cannot be
woken, they ring 999. If someone wants to come in, we find them a space at the shelter, even if it
means a mat on the floor, and we have changed our rules so that a person can bring their dog on those
nights.
"""),
        ("evidence", None, """
Over the winter of 2023/24 our volunteers went out on 71 nights and made 1,164 checks. We knew of
between 11 and 19 people sleeping out at any one time.

We gave out 236 sleeping bags and over 900 pairs of dry socks. Volunteers rang 999 on nine occasions,
five times for someone who was very cold and confused and four times for other reasons. On 142
occasions someone who had been sleeping out agreed to come into the shelter for the night.

Nobody we were checking on died on the streets last winter.
"""),
        ("stakeholders", None, """
<<P:Before the first winter we asked the guests at our Sunday breakfast club, many of whom were
sleeping out, what would help, and they told us that a knock on the shoulder at 2am would frighten
people, so the checks are now done before midnight.>> <<P:They also told us that wet feet were the
thing that made them most ill, which is why the volunteers carry dry socks rather than blankets.>>
<<P:Two men who had been barred from the shelter for drinking helped us work out a way for them to come
in on the coldest nights, with a separate space and an agreement they wrote with us themselves.>>

All the volunteers who do the checks are trained in basic first aid and in spotting hypothermia, and
they are given a rota at the start of the winter. We asked the volunteers to fill in a feedback form at
the end of the season, and they were happy with how it had gone, so nothing was changed. We hope to
bring in more volunteers next winter.
"""),
        ("value", None, """
The night checks cost us about £6,000 over the winter, most of it sleeping bags and socks, paid for by
donations from local churches and businesses. Our volunteers give their time for free. An ambulance
call-out and a hospital admission for hypothermia would cost far more, and there is no price on a life.
"""),
        ("spread", None, """
We have written up how we run the checks and shared it with the other night shelters in the county
through the regional homelessness forum, and one of them has started doing the same.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I640  medicines support in extra care housing - pdf - numbered questions -
#       short - extra care housing manager, straightforward - borough council
#       with the community trust's pharmacy technicians and the LPC - a
#       tenants' forum involved - no staff involvement (care staff trained,
#       technicians did the reviews, pharmacies told, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I640", format="pdf", layout="numbered_questions", topic="extra_care_housing_medicines_support",
    project="independent40-medsinextracare-640", pdf_font="LiberationSans", pdf_align="L",
    title="Medicines in Extra Care: closing the gap between housing and care",
    cover=[
        "Dunsworth Borough Council, Adult Social Care and Housing (lead)",
        "With Dunsworth Community Health NHS Trust (Medicines Management Team) and Dunsworth Local Pharmaceutical Committee",
        "By the Extra Care Housing Manager",
    ],
    primary_entrant=dict(name="Dunsworth Borough Council", type="local_authority"),
    partners=[
        dict(name="Dunsworth Community Health NHS Trust", type="nhs_trust"),
        dict(name="Dunsworth Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "1. What was the problem?", """
The council runs four extra care housing schemes in Dunsworth, with 236 flats. Tenants have their own
front door and tenancy, and an on-site care team provides care to those who need it. Because the
schemes are housing and not care homes, tenants manage their own medicines unless they have a care
plan that says otherwise.

In practice many tenants had become less able to manage their medicines since they moved in, often
gradually, and nobody had noticed. Care staff could only help with medicines written into a care plan,
so they would see a tenant's tablets piled up on the kitchen table and could not do anything about
it. Some tenants were getting medicines from two or three different pharmacies. In 2023 two tenants
were admitted to hospital, one after taking a week's worth of blood pressure tablets in two days and
one with a low blood sugar after taking her diabetes tablets twice. When we looked into both cases,
care staff had been in the flat every day and had noticed something was wrong, but the tenant did not
have medicines support in their care plan, and staff did not know who to tell. The GP practices were
not aware that these tenants lived in a scheme with care staff on site, and the pharmacies were
delivering medicines to the flats with nobody checking that they were being taken.

Since 2024 every tenant is offered a medicines check when they move in and every year after that, by a
pharmacy technician from the community trust. Anyone who is struggling is offered support in their
care plan, and each scheme now has one nominated community pharmacy for tenants who want it.
"""),
        ("evidence", "2. What difference has it made?", """
<<Q:Medicines incidents reported in the four schemes fell from 38 in 2023 to 14 in 2024.>> <<Q:Tenants
who needed help with their medicines and had it written into their care plan went up from 41% to
92%.>> <<Q:Hospital admissions linked to medicines among tenants fell from 9 to 3.>> The technicians
carried out 198 medicines checks in the first year.
"""),
        ("stakeholders", "3. Who was involved?", """
<<P:The tenants' forums at all four schemes discussed the idea before it started, and tenants at
Beech Court said they did not want it to feel like an inspection, so the checks are now called a
'medicines chat' and are done over a cup of tea in the tenant's own flat.>> <<P:Tenants also asked that
they could keep their own pharmacy if they wanted to, which is why the nominated pharmacy is a choice
and not a rule.>>

Care staff were trained to support medicines by the trust's medicines management team. The pharmacy
technicians carried out the checks as part of their work. Community pharmacies were told about the
scheme through the LPC newsletter. We plan to ask the care teams for their views on the process.
"""),
        ("value", "4. Value", """
The technicians' time is funded by the trust as part of its work to prevent hospital admissions. Each
medicines chat takes about 45 minutes. The nominated pharmacies deliver to the scheme office once a
week instead of to individual flats, which saves them time. Some tenants had medicines they no longer
needed stopped after their chat, and their GPs were sent the technician's notes. A single admission to
hospital for an older person after a medicines error often means a stay of a week or more and can
mean the person cannot return to their flat. Tenants say they feel safer, and families have told us
they worry less.
"""),
        ("spread", "5. Spread", """
Two housing associations with extra care schemes in the borough have asked to join. We have shared the
approach with the regional extra care housing network.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)
