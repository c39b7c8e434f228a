"""Ninety-fourth independent evaluation set (I1489..I1504) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional, apart from
the UK Health Security Agency named as a partner.  The entries are meant to be ordinary:
the kind of thing GP federations, councils, fire and rescue services, police forces,
ambulance services, mental health and acute trusts, prisons, veterans' charities,
universities, an integrated care board, a health innovation network and (in the
ineligible cases) private companies send in, in their own voices and at their own length.
The theme of this set is veterans, armed forces families, prisons' healthcare staff and
occupational health: injuries at work, the health of people in uniform, reservists, and
police and fire service welfare.

Topics (lead's type and layout): service medical records that never reach the GP when
people leave the armed forces, and veterans on high-risk medicines (a GP federation, pdf
own headings); children's immunisations and safeguarding information lost when armed
forces families are posted (a county council public health team, docx bold headings with
a cover table); firefighters' exposure to fire contaminants and early cancer signs (a fire
and rescue service, docx numbered questions with cover bullets); trauma support and
suicide risk for police officers after harrowing incidents (a mental health trust, pdf
CAPS headings); back and shoulder injuries to ambulance crews lifting heavy patients (a
private occupational health company as primary entrant, pdf lists); prison nurses
assaulted or threatened on medicine rounds, and the doses missed (a prison, docx
sections in an unusual order); reservist nurses and paramedics returning to NHS work after
mobilisation (a university, pdf two columns); veterans arriving in prison with
unrecognised trauma and head injury (a veterans' charity, docx no headings, no spread
section); violence markers on addresses where ambulance crews were attacked (an ambulance
service, pdf form with a cover table); fatigue and collisions by police drivers after
night shifts (departments of one police force, no partner, docx rubric headings); antenatal
care for military spouses who move or whose partner is deployed (an acute trust maternity
service, pdf with appendix); needlestick and bite injuries to prison healthcare staff and
post-exposure treatment (an integrated care board health and justice team, docx style
headings); skin breakdown in prosthetic sockets among veterans with limb loss (a limb loss
veterans' association, pdf made from Word); cardiac events during police and fire fitness
tests (a health innovation network, docx lists, no value section); tuberculosis exposure
follow-up for prison healthcare staff (a private prison healthcare company as primary
entrant, pdf numbered questions); and veterans who attend the emergency department after
self-harm (an acute trust emergency department, docx form with a cover table).

Lead types and layouts: I1489 primary_care (GP federation), pdf own_headings; I1490
local_authority, docx bold_headings with a cover table; I1491 emergency_service (fire and
rescue), docx numbered_questions with cover bullets; I1492 nhs_trust (mental health), pdf
caps_headings; I1493 private, pdf bullet_lists; I1494 public_other (prison), docx
reordered; I1495 university, pdf two_column; I1496 charity (veterans), docx no_headings;
I1497 emergency_service (ambulance), pdf form_table with a cover table; I1498
emergency_service (police, no partner), docx rubric_headings; I1499 nhs_trust (acute
maternity), pdf with_appendix; I1500 icb, docx style_headings; I1501 patient_group, pdf
style_headings via soffice; I1502 ahsn, docx bullet_lists; I1503 private, pdf
numbered_questions; I1504 nhs_trust (acute), docx form_table with a cover table.

Build it with

    .venv/bin/python data/independent/build.py --set 94   (writes data/corpus/independent94/)

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
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    (including a sustained shift on a run or SPC chart described with its levels);
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, volunteers with lived experience, unusual names for
    the people involved such as 'ex-service members' or 'those who had served', list
    items), wherever in the entry it is told; a volunteer or peer worker with lived
    experience, employed by a partner, who helped design the work is PS;
  * in the occupational health entries the injured or exposed workers are the service's
    users: serving officers, crews or prison staff who used the service and helped shape it
    are P; staff who designed, ran, tested or governed the service are S;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices, GP federations and primary care networks are
primary_care; prisons and national public bodies such as the UK Health Security Agency
are public_other; veterans', armed forces families' and heart charities are charity;
associations of people with a condition are patient_group; a university is university;
a health innovation network is ahsn; occupational health, prison healthcare and other
companies are private).  A department or team of the entrant's own organisation is not a
partner.  Flags are written by hand and build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1489  service medical records that never reach the GP - pdf - own headings
#        - GP federation clinical lead, reflective - with a veterans' charity
#        and a mental health trust veterans' service - veterans and staff
#        involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1489", format="pdf", layout="own_headings", topic="veterans_service_records_gp_transfer",
    project="independent94-handover-1489", pdf_font="LiberationSans", pdf_align="L",
    title="Full Handover: making sure a veteran's service medical history reaches their new GP",
    cover=[
        "Lead organisation: Harrowden and Leys GP Federation",
        "Partners: Stonebridge Veterans' Welfare Trust (registered charity); Mercia Fells Partnership NHS Foundation Trust, Veterans' Mental Health and Wellbeing Service",
        "Written by the Federation's Clinical Lead for the Armed Forces Community",
    ],
    primary_entrant=dict(name="Harrowden and Leys GP Federation", type="primary_care"),
    partners=[
        dict(name="Stonebridge Veterans' Welfare Trust", type="charity"),
        dict(name="Mercia Fells Partnership NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The gap we set out to close", """
Harrowden sits between two large garrisons and about one adult in fourteen on our practice lists has
served in the armed forces. When someone leaves the services they register with a civilian GP, and in
theory a summary of their military medical record follows them. In practice it often arrives months
later, arrives incomplete, or does not arrive at all. Until it does, the new GP sees a fit-looking
person in their thirties with no history.

That matters because of what can be missing. We found veterans whose records did not show a blast
injury with a possible brain injury, a previous assessment for post-traumatic stress, or years of
anti-malarial medicines. Most worrying were people who had been prescribed strong painkillers or
sleeping tablets by a military doctor and then carried on getting them from a civilian prescriber who
did not know how long they had been taking them, or why.

In 2022 one of our practices reviewed the death of a 34-year-old former infantry soldier from an
accidental overdose of opioids and a sedative. His military record, which arrived eleven weeks after his
death, showed he had been under a pain team and had a documented episode of self-harm. His new GP had no
idea. Nobody had done anything wrong by their own rules; the system simply did not hand him over.

We also realised we did not know who our veterans were. Only a fraction of people who had served were
recorded as such on our clinical systems, because nobody had ever asked them.

There is no single owner of this problem. The defence medical services are responsible for the record
while the person is serving, the GP practice from the day they register, and in between there is a gap
that nobody manages. Veterans' charities see the consequences every week, in people who have been
refused a referral because the GP could not confirm an injury, or who have been started again on a
medicine that had already failed. Mental health services for veterans exist, but they depend on GPs
knowing who to refer.

We also knew that veterans can be reluctant to tell a civilian doctor about their service, for all sorts
of reasons: a sense that it is not relevant, worry about their driving or firearms licence, or a belief
that civilians will not understand. A system that relied on the veteran volunteering their history was
never going to work.
"""),
        ("stakeholders", "Working it out together", """
<<P:We began with an evening at the Stonebridge drop-in where eleven ex-service members told us what
registering with a GP had been like, and it was they who said the question on our registration form
('Are you a veteran?') was the wrong one, because many who served short engagements or as reservists do
not think of themselves that way.>> The form now asks 'Have you ever served in the UK armed forces?'
and the change was theirs.

<<P:Two of them went on to sit on our steering group for the whole project and read every letter and
leaflet before it went out, rewriting our covering letter for the records request in plainer words.>>

<<S:Practice receptionists and medical secretaries were in the design workshops from the start and
worked out where in the registration process the question could be asked without adding to queues.>>
<<S:The trust's veterans' service clinicians agreed with our prescribing leads the list of 'high-risk
flags' that should trigger an early review, and changed it after testing it on the first 60 records.>>
<<S:Welfare caseworkers at the charity, most of whom served themselves, suggested that they should help
veterans fill in the records request, which has become one of the most important parts of the scheme.>>
"""),
        ("evidence", "What changed", """
Since April 2023 all 19 practices in the federation ask the new question at registration and code the
answer. A records request goes to the defence medical records office on the same day, and a caseworker
from the charity phones the person to help if anything is needed from them. When the record arrives a
federation pharmacist reads it within a week against our list of high-risk flags: opioids, gabapentinoids,
benzodiazepines and sleeping tablets, recorded head injury, mental health assessment and self-harm.

<<Q:The number of patients on our lists coded as having served rose from 1,140 to 4,380 in eighteen
months.>> <<Q:The median time from registration to the full military record being available to the GP
fell from 97 days to 26 days.>>

<<Q:Among veterans flagged as taking opioids or sedatives, the share who had a structured medication
review within three months of registering went from 12% to 81%.>> <<Q:The number of veterans in the
federation prescribed an opioid and a benzodiazepine together has fallen by a third.>>

The pharmacist reviews have also found 37 people whose record showed a past head injury that needed
follow-up, and 22 who were referred to the veterans' mental health service.

We have been careful about what these figures can and cannot tell us. The rise in coded veterans is
mostly a result of asking, not of more veterans moving to the area. The fall in combined opioid and
sedative prescribing also reflects wider prescribing work across the integrated care board, although
it has been steeper among veterans than among other patients of the same age. The time to the record
being available is measured from the registration date to the date the record is scanned into the
GP system.
"""),
        ("value", "Value for the system", """
The records request and caseworker call cost nothing extra; the pharmacist time is about half a day a
week across the federation. Veterans tell us they no longer have to repeat their story, and GPs say they
feel safer prescribing when they can see the full picture. A single avoided overdose admission costs
more than the whole pharmacist time for a year.

There are benefits we did not expect. Practices now have an accurate count of veterans on their lists,
which has helped two of them gain veteran-friendly accreditation and has made it much easier to
invite people to the right health checks, such as hearing assessments for those exposed to gunfire and
blasts. Caseworkers at the charity now have a direct line to a named pharmacist, which has shortened
the time it takes to sort out problems with repeat prescriptions. The mental health trust's veterans'
service receives referrals with the military record already attached, so the first assessment no
longer has to start from nothing.
"""),
        ("spread", "Spreading it", """
The question and the pharmacist checklist are now in the integrated care board's registration template,
which covers 112 practices. We have shared the records request letter with the national veterans'
health network and presented the work at the regional armed forces covenant forum. The charity is
offering the caseworker call to practices in the next county from this spring.

We have learned that the difficult part is not the technology but the habit of asking. Practices that
treated the question as a tick box identified far fewer veterans than those where receptionists
explained why it mattered, and our advice to others is to spend time on that conversation first.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1490  armed forces children's immunisation and safeguarding records on
#        posting - docx - bold headings with a cover table - council public
#        health, formal - with a garrison medical centre and the community
#        trust's health visiting and school nursing - staff involved - NO
#        patient involvement (families sent letters, a survey with no change,
#        a plan, families as beneficiaries)
# ---------------------------------------------------------------------------
entry(
    id="I1490", format="docx", layout="bold_headings", topic="armed_forces_children_records_on_posting",
    project="independent94-moveswithme-1490", docx_font="Calibri",
    title="Moves With Me: children's health records that follow armed forces families",
    cover_table=[
        ("Entry title", "Moves With Me: children's health records that follow armed forces families"),
        ("Lead organisation", "Caldermoor County Council (Public Health and Children's Services)"),
        ("Partner organisations", "Fenwick Barracks Medical Centre (defence primary healthcare); Caldermoor Community Health NHS Trust (0-19 Health Visiting and School Nursing)"),
        ("Contact", "Consultant in Public Health, Children and Families"),
    ],
    primary_entrant=dict(name="Caldermoor County Council", type="local_authority"),
    partners=[
        dict(name="Fenwick Barracks Medical Centre", type="public_other"),
        dict(name="Caldermoor Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Background", """
Caldermoor is home to around 2,600 children of serving personnel, most of them living in service family
accommodation around Fenwick Barracks and the airfield at Lowther. Families are typically posted every
two to three years, often at short notice, and some move three or four times before a child starts
secondary school.

Each move breaks the chain of health information. Health visiting and school nursing records are held
by the local provider and do not automatically transfer when the family moves out of the area. Red
book entries go missing. Immunisation histories have to be pieced together, and children were either
missing vaccines or being given doses they had already had. Most seriously, our safeguarding reviews
found two cases in which a child subject to a child protection plan in another area arrived in
Caldermoor without any of the professionals here knowing.

The council, the barracks medical centre and the 0-19 service each held part of the picture. The
medical centre knew when a posting was coming, often weeks in advance. The 0-19 service knew the
child. The council's children's services knew about safeguarding concerns. None of them was talking to
the others at the moment of the move.

Armed forces families also face particular pressures that make gaps in care more dangerous. A parent
may be deployed for six months, leaving the other parent to manage alone, often far from their own
family. Children may have additional needs that take time to be recognised, and by the time an
assessment is arranged the family has moved again. Unit welfare officers see the strain but are not
health professionals, and they did not know who to contact in the 0-19 service.

Our joint strategic needs assessment in 2021 highlighted service children as a group whose health
outcomes we knew very little about. Immunisation data for the garrison area were consistently below the
county average, but nobody could say whether children were really unvaccinated or whether their
vaccinations had simply been given elsewhere and never recorded here.
"""),
        ("evidence", "Evidence of improvement", """
From September 2022 the medical centre sends a secure notification to a single inbox in the 0-19
service whenever a family with children is posted in or out. For families arriving, a health visitor or
school nurse requests the previous record from the sending provider within five working days and
completes an immunisation reconciliation. For families leaving, the record is sent ahead to the
receiving provider before the move.

<<Q:The proportion of arriving children with a complete immunisation history on our system within 28
days of arrival rose from 41% in 2021/22 to 88% in 2023/24.>> <<Q:Children of service families starting
reception who were up to date with their pre-school booster went from 79% to 93%, closing the gap with
the county average.>> <<Q:Duplicate vaccine doses recorded for these children fell from 56 in the year
before the scheme to 9 in the second year.>>

Since the start, 14 children with an open safeguarding plan have been identified through the
notification before they arrived, and in each case a handover meeting took place within the first week.

The figures come from the child health information system and the 0-19 service's records, comparing
children of service families (identified by the medical centre's notifications and by their address in
service family accommodation) with all children in the county. The duplicate dose count was checked by
hand by the immunisation co-ordinator for the two years.

The reconciliation is done by a school nurse or health visitor with access to the national immunisation
record and the previous provider's notes. Where a vaccine cannot be confirmed, the child is offered it
at the next garrison clinic rather than left waiting for a record that may never come.
"""),
        ("stakeholders", "Stakeholder involvement", """
<<S:Health visitors and school nurses in the 0-19 service tested the notification form for three months
and asked for a field showing the child's school and nursery, which was added in the second version.>>
<<S:The medical centre's practice manager and the unit welfare officers worked with us to decide who
would send the notification and when, and it was their suggestion to use the posting order date rather
than the move date.>> <<S:Our safeguarding leads and the barracks' families officer wrote the handover
meeting guidance together.>>

Families are sent a letter from the medical centre explaining that their child's records will be
transferred. We ran an online survey of 140 service parents in 2023; most were satisfied with the new
process and no changes were made as a result. Service families will be the main beneficiaries of this
work, and we plan to involve them through the barracks community forum when we review it next year.
"""),
        ("value", "Value", """
The scheme uses existing staff and systems. The extra work for health visitors is around 30 minutes per
arriving family, funded from the 0-19 contract. Avoiding duplicate vaccines and late catch-up clinics
saves time and stock, and early safeguarding handovers are priceless.

The scheme has also improved the quality of the data we hold. For the first time we can produce
immunisation figures for service children that we trust, which has helped us target catch-up clinics at
the garrison school rather than across the whole county. The medical centre reports that its doctors
spend less time chasing health visitors for information, and the 0-19 service no longer receives calls
from receiving areas asking for records that have already been archived.

The approach fits within the armed forces covenant duty that now applies to councils and health
bodies, and has given all three partners a practical way to show that they are meeting it.
"""),
        ("spread", "Spread", """
The notification template has been shared with the two other counties in the region that host large
garrisons, and one of them has adopted it. We have written up the approach for the national armed forces
covenant health leads network.

The next step is to add the dental practices and the special educational needs service to the
notification, because both have told us they face the same problem when families move.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1491  firefighter contaminant exposure and early cancer signs - docx -
#        numbered questions with cover bullets - fire service occupational
#        health manager, earnest - with a university and an acute trust -
#        firefighters and retired firefighters (P) and staff involved - NO
#        quantitative evidence (counts, target, single figures; a real change
#        sits in the value section)
# ---------------------------------------------------------------------------
entry(
    id="I1491", format="docx", layout="numbered_questions", topic="firefighter_contaminants_cancer_checks",
    project="independent94-cleancrew-1491", docx_font="Arial",
    title="Clean Crew: reducing firefighters' exposure to fire contaminants and finding cancers earlier",
    cover=[
        "Submitted by Ashcombe and Deeside Fire and Rescue Service, Occupational Health and Wellbeing",
    ],
    cover_bullets=[
        "Partner: University of North Wessex, School of Health and Life Sciences",
        "Partner: Deeside Valley Hospitals NHS Trust (Urology and Dermatology Services)",
        "Contact: Occupational Health Manager",
    ],
    primary_entrant=dict(name="Ashcombe and Deeside Fire and Rescue Service", type="emergency_service"),
    partners=[
        dict(name="University of North Wessex", type="university"),
        dict(name="Deeside Valley Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "1. What was the problem and why did it need a partnership?", """
Firefighters are exposed to a mix of toxic substances in smoke and on their kit. Research now shows a
clear link between this and higher rates of several cancers. For years in the fire service a dirty
helmet and sooty tunic were almost a badge of honour: crews travelled back from incidents in the same
cab as their contaminated kit, and kit was sometimes taken home.

Our own occupational health records told a worrying story. Over five years, we knew of nine serving or
recently retired firefighters diagnosed with cancers that have been linked to contaminants, several at
a late stage. Some had noticed symptoms months earlier but had put them down to the job or not wanted
to make a fuss.

We could not fix this on our own. We needed scientific advice on what was getting onto skin and into
stations, and a route into NHS services for people with early symptoms. The University of North Wessex
had already been measuring contaminants on fire kit, and the hospital trust's urology and dermatology
teams offered to create a fast route for our staff.

There was also a gap in what happened when a firefighter noticed a symptom. Most were registered with
GPs who did not know about the occupational risk, and firefighters often felt their concerns were
brushed aside. A lump, blood in the urine or a changing mole might wait months for investigation. We
wanted a route that took their exposure into account and got them seen quickly, without asking anyone
to jump the queue unfairly.

Firefighting culture was another barrier. Changing at the scene, bagging dirty kit and showering
within the hour all take time, and the pressure to get back on the run for the next call is intense.
Any change had to be practical at three in the morning, in the rain, with another call waiting.

The scale of the risk is not in doubt. International bodies have classified occupational exposure as
a firefighter as carcinogenic, and studies of firefighters in the UK have found contaminants on the
skin, in the air of fire stations and on kit that had supposedly been cleaned.
"""),
        ("evidence", "2. What is the evidence that it has worked?", """
Clean Crew started in January 2023. It has three parts: decontamination at the scene and on the way
back, clean and dirty zones in every station, and a yearly health check for every operational
firefighter with a direct referral route to the trust when there are warning signs.

By the end of 2024:

- all 31 stations had been fitted out with separate clean and dirty areas

- 1,420 spare sets of kit had been bought so that crews can change at the scene

- 612 firefighters had attended a Clean Crew health check, out of 884 who are eligible

- 47 were referred to the trust through the fast route, and 4 cancers were found, all at an early stage

Our target is for every operational firefighter to have a health check by March 2026. The university
tested the skin of 120 firefighters after incidents in 2024, and the readings will be used as the
baseline for a repeat study next year.

The health check includes a blood test, urine test, skin check and a conversation with an occupational
health adviser about symptoms and exposures. Anyone with a warning sign is referred directly to the
relevant clinic at the trust, where the appointment is booked within two weeks. The four cancers found
so far were two bladder cancers, a testicular cancer and a melanoma.
"""),
        ("stakeholders", "3. How were patients, staff and partners involved?", """
<<P:Firefighters who had been treated for cancer, two of them retired, told their stories at our design
day and it was them who insisted the health check should include a conversation about symptoms and not
just a questionnaire.>> <<P:The widow of a former watch manager helped us write the leaflet on warning
signs and chose to have his photograph on the front.>>

<<S:Watch managers and crews at four pilot stations tried different layouts for the clean and dirty
zones and chose the one we rolled out.>> <<S:The Fire Brigades Union health and safety representatives
sat on the project board and asked for the change-at-scene rule to apply to every incident, not just
large fires.>> <<S:Urology and dermatology nurses at the trust designed the referral form with our
occupational health advisers.>>
"""),
        ("value", "4. What value has the project delivered?", """
The main cost was the spare kit and station changes, about £1.1 million over two years, funded from the
service's capital programme. <<Q:In the pilot stations, the number of crews travelling back in the same
cab as their contaminated kit dropped from around two thirds of incidents to under one in ten.>>
Staff say that the culture has changed: a clean helmet is now seen as professional. Finding a cancer
early is better for the person and far cheaper for the NHS.

Beyond the money, the health check has become a point of contact that many firefighters never had. A
significant number of those attending had not seen a GP for several years. The advisers have picked up
raised blood pressure, diabetes and mental health problems that were nothing to do with contaminants
but would otherwise have been missed.
"""),
        ("spread", "5. How has it been shared?", """
We have presented Clean Crew at the national fire chiefs' health and wellbeing group and shared our
station layouts with seven other services. The university is leading a regional study with three
services that will use our health check.

The university has also used our experience to develop a short course on contaminants for
firefighters, which is now part of our recruits' training. We are happy to share our station layouts,
health check template and referral forms with any fire and rescue service that asks.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1492  trauma support and suicide risk for police officers - pdf - CAPS
#        headings - mental health trust, clinical - with the police force and
#        a police welfare charity - officers who used the service involved
#        (P) - NO staff involvement (supervisors trained, staff briefed, a
#        named lead, an unnamed 'stakeholders' group)
# ---------------------------------------------------------------------------
entry(
    id="I1492", format="pdf", layout="caps_headings", topic="police_officer_trauma_suicide_risk",
    project="independent94-afterthecall-1492", pdf_font="DejaVuSans", pdf_align="J",
    title="After the Call: early trauma support for police officers and staff",
    cover=[
        "LEAD ORGANISATION: Greyfriars and Wold NHS Foundation Trust (mental health and learning disability services)",
        "PARTNERS: Wold and Eastmere Constabulary; The Thin Blue Line Benevolent Fund (registered charity)",
    ],
    primary_entrant=dict(name="Greyfriars and Wold NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Wold and Eastmere Constabulary", type="emergency_service"),
        dict(name="The Thin Blue Line Benevolent Fund", type="charity"),
    ],
    sections=[
        ("context", "THE NEED", """
Police officers and staff are repeatedly exposed to traumatic events: fatal road collisions, sudden
deaths of children, serious assaults, suicides. Most cope, but a significant minority go on to develop
post-traumatic stress disorder, depression or alcohol problems, and the risk of suicide among officers
is a recognised concern.

In Wold and Eastmere, support after a traumatic incident depended on the individual supervisor. Some
arranged a debrief; many did not. Officers told their federation representatives that asking for help
felt like a risk to their career and their firearms or driving authorisations. Referral to NHS talking
therapies took months, and the therapists often did not understand the policing context. Between 2019 and
2021 the force lost three serving officers to suicide. In two of those cases, colleagues said afterwards
that the officer had attended a distressing incident in the weeks beforehand and had not been offered
any support.

The force had a welfare service, with a small team of occupational health nurses and a counselling
contract, but it was reactive and depended on people coming forward. There was no clinical input into
which incidents should trigger contact, no screening and no route to specialist trauma treatment. The
mental health trust had the clinical expertise but had never worked with the force on its own workforce,
as opposed to the people officers bring to the trust in crisis.

The Benevolent Fund had been supporting officers and their families after the event for decades,
funding convalescence and helping with debts and relationship problems. Its trustees had seen the same
pattern again and again: help arriving only after an officer had been off sick for months, or had left
the service altogether.
"""),
        ("evidence", "EVIDENCE OF IMPROVEMENT", """
After the Call began in May 2022. Every incident that meets agreed trauma criteria now generates an
automatic alert from the force control room to the trust's police trauma team, and every officer or
member of staff involved is contacted by a trauma practitioner within 72 hours. Those scoring above the
threshold on a short screening tool are offered an assessment within two weeks and, where needed,
trauma-focused therapy delivered by clinicians who understand policing.

<<Q:The average wait from a traumatic incident to a first mental health assessment has fallen from 19
weeks to 11 days.>> <<Q:Of officers who completed trauma-focused therapy, 71% no longer met the
threshold for probable PTSD at the end of treatment, compared with 38% of officers treated through the
standard talking therapies route in the year before.>> <<Q:Long-term sickness absence recorded as
psychological in the force fell from 4.1% of working days in 2021/22 to 2.6% in 2023/24.>>

The team has made 2,960 contacts since the start, and 418 people have been assessed.

The trauma criteria were agreed with the force's control room and cover, among other things, the death
of a child, a fatal road collision attended by the officer, a suicide by hanging, a serious assault on
the officer and any incident in which the officer used force that led to serious injury. Contacts are
confidential, are not reported to line managers and do not affect the officer's authorisations unless
the clinician believes there is a risk to the officer or the public.
"""),
        ("stakeholders", "INVOLVEMENT", """
<<P:Officers who had been through the service were interviewed after their treatment, and their view
that a call from a 'stranger in the NHS' felt safer than one from their own chain of command led us to
take supervisors out of the first contact altogether.>> <<P:A group of six response officers who had
used the service met the team twice to rewrite the text of the first contact message, which they said
sounded like a disciplinary letter.>> <<P:One of them, a detective constable who had been off work for
a year with PTSD, recorded a short film about his recovery that is now sent with every first contact.>>

All sergeants and inspectors in the force were trained in trauma awareness during 2022, and the force's
senior leadership team was briefed at each stage. The project was led by the trust's consultant clinical
psychologist, who designed the screening process and the pathway. Stakeholders were kept informed
through a quarterly newsletter.

The pathway was formally adopted by both organisations in the spring of 2022.
A leaflet about the service was sent to every officer and member of police staff with their payslip.
"""),
        ("value", "VALUE", """
The force pays for the trauma team through a service-level agreement with the trust of £410,000 a year.
Reduced sickness absence alone is estimated to be worth more than this. The charity funds residential
recovery breaks for officers who need them.

There are wider benefits. Officers who return to work well are less likely to make mistakes, and
complaints against officers who have been through trauma are an area the force's professional standards
department is now watching closely. The trust has learned a great deal about trauma work with
emergency workers, and its clinicians now run a similar offer for its own staff after serious incidents
on the wards.
"""),
        ("spread", "SPREAD", """
Two neighbouring forces have visited, and one is commissioning a similar service from its local mental
health trust. We presented the model at the national police wellbeing conference in 2024.

The Benevolent Fund is using the model in its discussions with other forces about how it can fund early
support, rather than only helping after things have gone wrong. The trust has also written a guide for
other mental health trusts on setting up a service for emergency workers, which covers confidentiality,
information sharing and how to agree trauma criteria with a control room.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1493  back and shoulder injuries to ambulance crews lifting heavy patients
#        - pdf - lists - private occupational health company as primary
#        entrant (ineligible) - with the ambulance service and a university -
#        crews who were injured (P) and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1493", format="pdf", layout="bullet_lists", topic="ambulance_crew_lifting_injuries",
    project="independent94-liftsmart-1493", pdf_font="LiberationSans", pdf_align="L",
    title="LiftSmart: cutting back and shoulder injuries among ambulance crews",
    cover=[
        "Primary entrant: Corvane Occupational Health Ltd",
        "In partnership with South Pennine Ambulance Service NHS Trust and Hallamvale University (Department of Physiotherapy)",
    ],
    primary_entrant=dict(name="Corvane Occupational Health Ltd", type="private"),
    partners=[
        dict(name="South Pennine Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Hallamvale University", type="university"),
    ],
    sections=[
        ("context", "The problem", """
Corvane provides occupational health services to South Pennine Ambulance Service under contract. In
2021 musculoskeletal injuries were the single biggest reason for ambulance staff being off work.

- most injuries happened while lifting or moving a patient who had fallen, often in a cramped bathroom or on a staircase

- crews were increasingly attending heavier patients, and the lifting equipment on vehicles was not always used

- injured staff waited up to eight weeks for physiotherapy through the NHS, and many came back to work before they had recovered

- every injured paramedic off the road meant one fewer ambulance crew, and longer waits for patients in the community

- when an exhausted or injured crew member struggles with a lift, the patient is also at risk of being dropped or injured

Our occupational health team could see the injuries in the referral data but had no influence over how
crews worked. The trust had lifting equipment but no firm rule about using it, and vehicle audits
showed that some cushions and chairs had not been used for months. The university's physiotherapy
department had studied manual handling in ambulance work for years but had no way to test its ideas in
practice. Bringing the three together made it possible to look at the whole chain, from the moment of
injury to the day the crew member was back on the road.

- in the worst months of winter 2021/22, as many as one in twelve frontline staff were off sick, and musculoskeletal problems accounted for a quarter of that absence

- we also saw staff who had struggled on with pain for weeks before reporting it, worried about losing overtime or being moved to light duties
"""),
        ("evidence", "What changed", """
LiftSmart has three parts, introduced between March and September 2022.

- a 'no lift' rule for any patient on the floor: crews use the lifting cushion or chair, every time

- fast-track physiotherapy from Corvane within five working days of any reported strain, by phone or face to face

- a graded return-to-work plan agreed with the crew member and their manager

Results after two years:

- <<Q:days lost to musculoskeletal injury fell from 9,870 in 2021/22 to 5,420 in 2023/24>>

- <<Q:the average time from injury to first physiotherapy contact fell from 38 days to 4 days>>

- <<Q:reported incidents in which a patient was dropped or slipped during a lift went down from 61 to 27 a year>>

- <<Q:use of lifting equipment at falls calls rose from 54% to 92% of calls, from vehicle data>>

How the work was evaluated:

- the university analysed sickness absence records, physiotherapy referral data and incident reports for two years before and two years after the change

- vehicle data on the use of lifting equipment came from the telematics system fitted to every ambulance

- absence figures were adjusted for the growth in the workforce over the period
"""),
        ("stakeholders", "Who was involved", """
- <<P:paramedics and technicians who had been injured were interviewed by the university team about what happened, and their accounts showed that most injuries were on the second or third lift of a long shift, so the rule now applies however tired the crew is>>

- <<S:operational team leaders and the trust's manual handling advisers tested the lifting cushions on 12 vehicles and chose the model now fitted across the fleet>>

- <<S:the trust's Unison and GMB health and safety representatives helped write the no lift rule and the return-to-work plan>>

- <<S:Corvane's physiotherapists and the university's physiotherapy lecturers designed the fast-track assessment together>>

- crews were briefed on the no lift rule at their station meetings, and every vehicle now carries a laminated card explaining how to get fast-track physiotherapy
"""),
        ("value", "Value", """
- fewer days lost has given back the equivalent of around 19 full-time paramedics

- the physiotherapy contract costs £96,000 a year; agency and overtime cover for injured staff cost the trust far more

- patients are safer when the crew lifting them is not in pain

- quicker physiotherapy means fewer staff come back to work before they are ready, which reduces the risk of a second injury

- staff who return on a graded plan are less likely to leave the service

- the university's evaluation estimated that each injury avoided saves around six weeks of lost shifts, although we have not tried to put a precise figure on the wider savings

- crews tell us they feel the trust now takes their backs seriously
"""),
        ("spread", "Spread", """
- LiftSmart is being offered to the two other ambulance services we provide occupational health to

- Hallamvale University has published the evaluation in a physiotherapy journal

- the lifting rule has been shared with the national ambulance health and safety group

- we are also discussing the fast-track model with a fire and rescue service, where lifting injuries at road traffic collisions are a similar problem
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1494  prison nurses assaulted on medicine rounds and doses missed - docx -
#        sections in an unusual order (evidence first) - prison governor,
#        direct - with the community trust prison healthcare service and the
#        pharmacy provider - staff involved - NO patient involvement (men
#        told, a plan, a negation, beneficiaries)
# ---------------------------------------------------------------------------
entry(
    id="I1494", format="docx", layout="reordered", topic="prison_medicine_round_violence_missed_doses",
    project="independent94-saferhatch-1494", docx_font="Cambria",
    title="Safer at the Hatch: protecting prison nurses and making sure medicines are given",
    cover=[
        "HMP Ravenscar (lead), with Northmere Community Health NHS Trust (Health and Justice Services) and Fenmoor Hospitals NHS Foundation Trust (Pharmacy Services)",
        "Entry prepared by the Deputy Governor",
    ],
    primary_entrant=dict(name="HMP Ravenscar", type="public_other"),
    partners=[
        dict(name="Northmere Community Health NHS Trust", type="nhs_trust"),
        dict(name="Fenmoor Hospitals NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("evidence", "Results", """
<<Q:Assaults and serious threats against healthcare staff during medicine rounds fell from 43 in
2022 to 15 in 2024.>> <<Q:Over the same period the proportion of prescribed doses recorded as not given
because the round was stopped or cut short went from 7.8% to 1.9%.>>

<<Q:Missed doses of anti-epileptic and antipsychotic medicines, which we track separately, were halved
in the first year and have stayed at that level.>> Sickness absence among the prison's nurses and
pharmacy technicians has also come down, although other changes in the healthcare team make it hard to
put a figure on this.

We measured these from the healthcare provider's electronic prescribing records and the prison's
use-of-force and incident logs, comparing the full calendar years before and after the changes. We
have been careful not to count the same incident twice where it appears in both systems.
"""),
        ("context", "What was going wrong", """
HMP Ravenscar is a category B local prison holding around 1,100 men. Medicines are given out from a
hatch on each wing twice a day, with a queue of men waiting. The rounds were tense. Nurses were being
pressured to hand over medicines that can be traded, such as pregabalin, and were being threatened,
spat at and occasionally assaulted. When trouble started, officers stopped the round and the men still
in the queue went without their medicines.

That put both groups at risk. Nurses were leaving: in 2022 the healthcare team lost a third of its
registered nurses. Men with epilepsy, psychosis or diabetes were missing doses, and in that year there
were two serious incidents of seizures following missed anti-epileptic medicines.

Healthcare is delivered by the community trust and medicines are supplied by the pharmacy service at
Fenmoor Hospitals. Security, regime and the wing staff are the prison's. No single organisation could
change the way the rounds worked.

The queue itself was part of the problem. Men waited in a line along the landing, sometimes for half an
hour, with little supervision. Pressure on the nurse came from the men in the queue as much as from the
man at the hatch. Medicines that are valuable inside a prison, such as pregabalin, methadone and some
antipsychotics, were being diverted through bullying and trading, and nurses felt they were expected to
police this on their own through a small window.

The nurses' union raised a formal complaint in late 2022 after a nurse was hit in the face through the
hatch and a second nurse resigned after being threatened by name. The trust's board and the prison's
senior team agreed that something had to change, and that it could only change if it was done jointly.

Before the project, healthcare and wing staff rarely met except when something had gone wrong. Each side
had its own view of the other: nurses felt officers left them exposed, and officers felt the rounds
were slow and disorganised. One of the first tasks was simply to get them in the same room.
"""),
        ("stakeholders", "Working together", """
<<S:Nurses and pharmacy technicians took part in a series of workshops with wing officers in 2023 and
mapped every point at which a round could go wrong; their idea of an officer standing at the hatch for
the whole round, rather than on call, became the heart of the project.>> <<S:The prison's safer custody
team and the trust's health and justice managers agreed a new protocol for what happens when a round
has to stop, so that healthcare staff return to finish it the same day.>> <<S:Fenmoor's pharmacists
reviewed every prescription of a tradeable medicine with the prison GPs and changed many to forms that
are harder to hoard.>>

The men in the prison were told about the changes through wing notices and the prison radio station.
We did not consult prisoner representatives on the design because of the security aspects. The men
will be the main beneficiaries, and we hope to involve the prisoner council in the next review.

The governor and the trust's director of nursing wrote jointly to all staff when the new way of working
began, explaining the reasons.
"""),
        ("value", "Value", """
The main cost is officer time at the hatch, which was found from within the existing regime. Fewer
nurses leaving has reduced the need for agency staff. Every avoided seizure or psychotic relapse avoids
an escort to hospital, which takes two officers off the wings for a shift.

The changes also support the prison's wider aims. Fewer tradeable medicines in circulation has reduced
debt and violence on the wings, according to the prison's security intelligence, although this is hard
to measure directly. Officers say the rounds are calmer now that they are present throughout. The
trust has been able to fill two long-standing nursing vacancies, which it had not managed in the
previous year.
"""),
        ("spread", "Spread", """
The protocol has been adopted by the two other prisons in our group and shared with the health and
justice leads across the region. The trust is including it in its induction for all new prison nurses.

We have learned that the biggest single change was also the simplest: an officer standing beside the
nurse for the whole round. It costs little and changes the atmosphere completely. Other prisons do not
need to copy our whole protocol to start there.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1495  reservist nurses and paramedics returning to NHS work - pdf - two
#        columns - university school of health, academic - with an acute
#        trust and an ambulance service - reservists (PS: staff who returned
#        and co-designed), a lay panel (P) - NO quantitative evidence
#        (numbers through the programme, a satisfaction figure, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1495", format="pdf", layout="two_column", topic="reservist_clinicians_return_to_practice",
    project="independent94-backonshift-1495", pdf_font="LiberationSerif",
    title="Back on Shift: a safe return to NHS practice for reservist nurses and paramedics",
    cover=[
        "Lead: Kingsmere University, School of Nursing, Midwifery and Paramedic Science",
        "Partners: Kingsmere Royal Infirmary NHS Trust; Eastern Shires Ambulance Service NHS Trust",
    ],
    primary_entrant=dict(name="Kingsmere University", type="university"),
    partners=[
        dict(name="Kingsmere Royal Infirmary NHS Trust", type="nhs_trust"),
        dict(name="Eastern Shires Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "Context", """
Several hundred NHS nurses, paramedics and other clinicians in our region are also members of the
reserve forces. When they are mobilised they may be away from their NHS job for six to twelve months,
working in very different settings. When they return, they are expected to slot straight back into the
rota.

Yet this is the point at which a returning reservist is often least sure of themselves. Medicines, equipment, electronic
records and local procedures had often changed while they were away. Some had been working in field
hospitals with trauma and little else; others had done very little clinical work at all. Yet there was
no structured return to practice, and the NHS employer often had no idea what they had been doing.

A serious incident in 2022 brought this into focus: a returning reservist nurse on a surgical ward gave
an intravenous antibiotic using an infusion pump model that had been introduced while she was deployed,
and the dose was wrong. The patient was not harmed, but the review found she had never been shown the
new pump.

The NHS employer and the reserve forces each had their own responsibilities. The armed forces provide
the clinical training and governance while a reservist is mobilised; the NHS employer is responsible
for their competence once they return. Neither was looking at the handover between the two. Line
managers did not know what questions to ask, and returning reservists often did not want to admit that
they felt rusty, for fear of being seen as a burden after already being away.

Our school already ran return to practice programmes for nurses who had been out of the register, and
we had a simulation suite with the latest equipment. We proposed to the infirmary and the ambulance
service that we should build a programme specifically for reservists, using what we had learned from
return to practice but designed around a shorter, more intense absence.
"""),
        ("evidence", "Evidence", """
Back on Shift was launched in January 2023. Each returning reservist has a structured return interview,
a supernumerary period of up to two weeks, a skills update in our simulation suite covering any new
equipment and procedures, and a named clinical buddy for the first month.

So far, 58 reservists have returned through the programme: 34 nurses, 19 paramedics and 5 others. Every
one of them completed the simulation update. In the end-of-programme questionnaire, 96% said they felt
safe to practise. There have been no medication incidents involving a returning reservist since the
programme started. We aim to offer the programme to all reservists in the region's NHS employers by
2026, and we will report incident data once there are enough returns to compare.

Each returning reservist also completes a short self-assessment before and after the programme, and
their buddy signs off a set of competencies at the end of the first month. These are used to tailor
the programme rather than to judge it, and we have not used them to measure improvement.
"""),
        ("stakeholders", "Involvement", """
<<PS:Nine reservist nurses and paramedics who had come back from mobilisation before the programme
existed spent a weekend with us writing the return interview, and they were the ones who asked for the
buddy scheme.>> <<S:Practice educators from the infirmary and clinical team leaders from the ambulance
service tested the simulation scenarios and added the new sepsis tools.>> <<P:Our lay panel of
patients and carers, who work with the school on all its programmes, reviewed the scenarios and asked
us to include a conversation with a worried relative in each one.>>

<<S:The programme is overseen by a small steering group of the three partners' education leads, who
changed the length of the supernumerary period after the first ten returns.>> The reserve units in the
region agreed to tell employers when a mobilisation is ending.
"""),
        ("value", "Value", """
The programme costs about £1,900 per returning reservist, most of it backfill for the supernumerary
period, and is funded jointly by the employers and a regional armed forces covenant grant. Keeping
experienced clinicians in the NHS after a deployment is much cheaper than recruiting new ones.

Employers gain more than safety. Reservists bring back skills in trauma care, leadership under
pressure and working in austere conditions, and the return interview now records these so that the
employer can make use of them. Several returning paramedics have gone on to teach in the trust's major
incident training, and two nurses have joined the infirmary's trauma team.
"""),
        ("spread", "Spread", """
We have shared the programme with the national reserve forces health network and two other universities
are adapting it. The ambulance service has made it standard for all its reservist staff.

We would encourage any university with a simulation facility to talk to its local employers about
reservists. The numbers in any one trust are small, which is exactly why they are easy to overlook.

Next year we will add allied health professionals and operating department practitioners, and we are
working with the reserve field hospital units on a version that starts before the reservist comes home,
so that the first conversation happens while they are still deployed.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1496  veterans arriving in prison with unrecognised trauma and head injury
#        - docx - no headings - veterans' charity chief executive, personal -
#        with a prison and the prison healthcare provider - veterans in
#        custody involved (P, indirect) - NO staff involvement (reception
#        staff trained, a nurse lead doing her job, healthcare told) - NO
#        spread section
# ---------------------------------------------------------------------------
entry(
    id="I1496", format="docx", layout="no_headings", topic="veterans_in_prison_trauma_head_injury",
    project="independent94-servedtime-1496", docx_font="Georgia",
    title="Served: finding veterans at prison reception and getting them the right care",
    cover=[
        "Forward March Veterans' Support (registered charity) with HMP Westlow and Tamblyn Health Partnership NHS Trust",
    ],
    primary_entrant=dict(name="Forward March Veterans' Support", type="charity"),
    partners=[
        dict(name="HMP Westlow", type="public_other"),
        dict(name="Tamblyn Health Partnership NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", None, """
I have worked with veterans for fifteen years and I have lost count of the number of men I have met in
prison who told me that nobody had ever asked whether they had served. Estimates vary, but a small but
significant proportion of people in prison are ex-forces, and they are more likely than others to have
post-traumatic stress, alcohol problems and a history of head injury. In prison those problems often go
unrecognised. The man is seen as difficult or aggressive, ends up on the segregation unit, and his
nightmares, flashbacks and headaches are never treated.

HMP Westlow is a local prison that takes men straight from the courts. Before this project, the
reception screening asked about military service, but the answer went nowhere. There was no link with
the healthcare team's mental health or brain injury screening, and no link with us.

In 2021 a 41-year-old Royal Marines veteran at Westlow took his own life in his cell three weeks after
arriving. His inquest heard that he had a brain injury from an explosion in Afghanistan and had been
diagnosed with PTSD before leaving the service. None of this was known in the prison.

We had been visiting Westlow for several years, running a monthly drop-in for men who found us through
word of mouth or the chaplaincy. We could see the problem but had no way into the prison's health
systems. The healthcare provider, for its part, had a brain injury screening tool that it rarely used and
no way of getting hold of military medical records. The prison had a reception process that asked the
right question and then did nothing with the answer.

I should say that not every veteran in prison is a victim of circumstance, and we have never pretended
otherwise. Some of the men we see have committed very serious offences. But their health needs are real,
and a prison that does not know about a brain injury or severe PTSD cannot manage the risk to the man,
to staff or to other prisoners.
"""),
        ("evidence", None, """
Since March 2023, every man who says at reception that he has served is now seen within 72 hours by the
healthcare team, who carry out a trauma screen and a brief head injury screen, and is offered a visit
from one of our caseworkers. With his consent, the healthcare team requests his military medical
record.

Before the project, about 20 men a year were recorded as veterans at Westlow; in the first full year
of Served the number rose to 94. <<Q:The proportion of identified veterans who had a mental health
assessment within two weeks of arrival went from under a quarter to 87%.>> <<Q:Self-harm incidents among
veterans at the prison fell from 31 in the year before to 12 in the first full year, while self-harm
across the prison as a whole did not change.>>

Head injury screens found probable brain injury in 38 men, all of whom were referred to the
neuro-rehabilitation service.

Our caseworkers have met nearly every man identified. Many had never claimed the pension or
compensation they were entitled to, and several had never been told they had a diagnosis of PTSD. In
some cases, simply having their service acknowledged made a difference to how they engaged with
healthcare and with the regime. Caseworkers also make sure there is a plan for release, including a
referral to the veterans' mental health service and help with housing.

We compared the self-harm figures for identified veterans with those for the whole prison over the same
period, using the prison's self-harm records, because the population changes so quickly. The numbers are
small and we know they could change from year to year, but the direction has been consistent every
quarter since the project began. Our caseworkers see every man within a week of the healthcare screen,
and most within three days.
"""),
        ("stakeholders", None, """
<<P:We did not design this on our own: men on the veterans' wing at Westlow, some of whom had been in
and out of prison for years, met us fortnightly for six months, and it was their idea that the first
visit should come from a caseworker who had served rather than from a nurse.>> <<P:Those who had served
in the Falklands and Northern Ireland said they would never have answered a question about 'veterans',
so the reception question now asks about service in the armed forces or the reserves.>> <<P:A former
prisoner who now volunteers with us reviewed the leaflets given out at reception.>>

All reception officers at Westlow were trained in the new question in early 2023. The trust's head of
mental health in the prison set up the screening process as part of her role, and healthcare staff were
told about the new pathway at their team meetings.
"""),
        ("value", None, """
Our caseworkers are funded by the charity. The screening adds about twenty minutes per man to the
healthcare team's work. Each self-harm incident avoided saves staff time, and often a hospital escort,
and prevents lasting harm to the man himself. Men who leave prison with support in place are less likely
to reoffend.

The partnership has also changed how the prison sees these men. Officers on the wings now know who has
served, and several have told us that they approach a difficult situation differently when they know
a man has a brain injury or a history of trauma. That kind of change is hard to cost but it is where
much of the benefit lies.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="spread"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1497  violence markers on addresses where ambulance crews were attacked -
#        pdf - form with a cover table - ambulance service security lead,
#        businesslike - with the police force and the council's community
#        safety team - staff involved - NO patient involvement (people at
#        flagged addresses sent letters, a survey with nothing changed, a
#        plan, patients as beneficiaries)
# ---------------------------------------------------------------------------
entry(
    id="I1497", format="pdf", layout="form_table", topic="ambulance_address_violence_markers",
    project="independent94-knowbeforeyougo-1497", pdf_font="LiberationSans",
    title="Know Before You Go: shared, reviewed warning markers for ambulance crews",
    cover_table=[
        ("Entry title", "Know Before You Go: shared, reviewed warning markers for ambulance crews"),
        ("Organisation", "North Caledon Ambulance Service NHS Trust"),
        ("Working with", "North Caledon Police; Brackwater City Council (Community Safety Partnership)"),
        ("Entrant", "Head of Security and Violence Reduction"),
    ],
    primary_entrant=dict(name="North Caledon Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="North Caledon Police", type="emergency_service"),
        dict(name="Brackwater City Council", type="local_authority"),
    ],
    sections=[
        ("context", "Describe the safety issue", """
Assaults on ambulance staff have been rising for a decade. In 2021/22 our crews reported 1,212 physical
assaults, and many more incidents of threats, spitting and abuse. A significant number happened at
addresses where a crew had been attacked before, or where the police knew there was a risk, but the
crew arriving had no warning.

Our 'address warning markers' were supposed to help. In practice they were a mess. Markers were added by
control room staff after an incident and never reviewed, so some were ten years old and related to
people who no longer lived there. Others were never added at all. Crews stopped trusting them. At the
same time, a marker that says 'wait for police' can delay care to a patient who is seriously ill, and
we had two cases where a patient with chest pain waited over an hour outside an address because of an
out-of-date marker.

The police held far better information about current risk at an address but there was no agreement to
share it. The council's community safety team knew about tenancy changes and antisocial behaviour.

The problem was made worse by the way information reached the crew. A marker appeared as a single line
of text on the vehicle screen, often abbreviated, with no date and no reason. Crews could not tell the
difference between a serious assault last month and a shouted threat fifteen years ago. Some crews
ignored every marker; others waited for police at every one. Neither was safe.

The police were under pressure too. Each request to attend with an ambulance crew took an officer away
from other calls, and officers often arrived to find nothing wrong at an address where a marker had
outlived its purpose.
"""),
        ("evidence", "What is the evidence of improvement?", """
Since July 2022, markers are added within 24 hours of any reported assault, graded by risk, and reviewed
every six months. The police share relevant current risk information about an address through a secure
weekly feed, and the council tells us when a tenancy changes so old markers can be removed.

We removed 3,840 out-of-date markers in the first review. <<Q:Physical assaults on our staff at addresses
already known to us fell from 318 in 2021/22 to 174 in 2023/24.>> <<Q:Delays of more than 30 minutes
caused by crews waiting for police at a marked address fell from 212 to 64 over the same period.>> <<Q:In
our annual staff survey, the proportion of frontline staff who said they trusted the address warning
information rose from 23% to 71%.>>

The figures come from our incident reporting system and computer-aided dispatch records, comparing the
full year before the change with the second full year after it. Over the same period, assaults at
addresses not previously known to us did not change much, which suggests the fall is due to the
markers and not to a general drop in violence. Every marker is now checked at six-monthly review by a
trained reviewer in the security team.
"""),
        ("stakeholders", "How were patients, staff and partners involved?", """
<<S:A working group of paramedics, emergency care assistants and control room dispatchers, chosen by
their teams, wrote the new grading system and decided which wording should appear on the crew's
screen.>> <<S:Police analysts worked with our information governance team on what could lawfully be
shared, and the weekly feed was their design.>> <<S:Crews in the Brackwater sector tested the markers for
three months and asked for the reason for each marker to be visible, not just the grade, which was
changed before the wider launch.>>

People living at an address where a marker is placed are sent a letter explaining why and how to ask
for a review. We surveyed a sample of them in 2023 and the responses did not lead to any changes. We hope
to involve patient representatives in our next annual review. The public will benefit because crews
reach patients faster when markers are accurate.
"""),
        ("value", "Value for money and staff experience", """
Each assault costs the trust in sickness absence, counselling and cover. The feed and the review process
use existing staff time; the council's contribution is a monthly list. Staff told us they feel more
protected and less likely to leave.

Police attendance requests from our control room for marked addresses have come down because old
markers have gone, which frees officer time. The council's community safety team now receives a
quarterly summary of assaults on ambulance staff by area, which it uses alongside its own data to plan
neighbourhood work.

We estimate that each physical assault on a member of staff costs the trust several thousand pounds
once absence, support and replacement shifts are added up, before any cost to the member of staff
themselves. The markers have also made some crews feel able to go into addresses they previously
avoided until police arrived, which means patients are reached sooner.
"""),
        ("spread", "Sharing and spread", """
The grading system has been adopted by one neighbouring ambulance service and shared with the national
ambulance violence reduction group. Two other police forces have asked for the information sharing
agreement.

We would advise others to start with a clean-out of old markers. Until crews trust what they see on the
screen, no grading system will change what they do.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1498  fatigue and collisions by police drivers after night shifts - docx -
#        rubric headings - departments of one police force, no partner
#        (ineligible) - roads policing inspector, plain - a family of an
#        injured cyclist (P) and officers and staff (S) involved
# ---------------------------------------------------------------------------
entry(
    id="I1498", format="docx", layout="rubric_headings", topic="police_driver_fatigue_collisions",
    project="independent94-wideawake-1498", docx_font="Calibri",
    title="Wide Awake: reducing fatigue-related collisions by police drivers",
    cover=[
        "Thamesbury Police: Roads Policing Unit, Occupational Health and Welfare, Fleet Services and Driver Training School",
        "Submitted by the Inspector, Roads Policing",
    ],
    primary_entrant=dict(name="Thamesbury Police", type="emergency_service"),
    partners=[],
    sections=[
        ("context", "Context and challenge", """
Police officers drive a great deal, often fast, and often at the end of a long night shift. Response
officers routinely work four nights in a row, and overtime at the end of a shift is common when an
arrest or an incident runs on. Tiredness is known to be a major factor in road collisions, and our own
data suggested we were no exception.

In 2021 a response officer finishing his fourth night shift fell asleep at the wheel on the way back to
the station and hit a cyclist at a junction. The cyclist, a 63-year-old man, suffered a serious brain
injury. The officer himself was badly shaken and left the service the following year. Our review found
he had worked 14 hours that night and had not had a break. It also found that nobody in the chain of
command had thought about fatigue at all.

When we looked back over three years, 27% of collisions involving police vehicles happened in the last
two hours of a night shift or during overtime after one.

Fatigue had never been treated as a safety issue in the force in the same way as speed or drink. Drivers
were trained to handle vehicles at high speed but nothing in their training covered tiredness, and the
duty management system did not flag officers who had been on duty for many hours. Supervisors, who were
themselves often working long shifts, had no guidance on when to stop someone driving.

Occupational health had raised concerns about sleep and shift work for years, mainly in relation to
officers' long-term health, but had never linked this with the collision data held by fleet services.
Roads policing investigated police collisions but did not look at hours on duty.
"""),
        ("evidence", "Evidence of improvement", """
Wide Awake was introduced from April 2022. It includes a 'fatigue check' question for any officer asked
to drive after 12 hours on duty, a rule that officers who have worked beyond a set point are driven by
a colleague or take a 20-minute break before driving, rest rooms at the three main stations, and a
change to the shift pattern so no officer works more than three consecutive nights.

<<Q:Collisions involving police vehicles in the last two hours of a night shift or during overtime
after one fell from 64 in the two years before to 29 in the two years after.>> <<Q:The number of these
collisions in which someone was injured fell from 17 to 5.>> <<Q:In the officer wellbeing survey, the
share of response officers who said they had felt dangerously tired while driving in the last month
went down from 46% to 19%.>>

Figures come from the force's fleet collision database, matched against the duty management system for
hours on duty. The wellbeing survey is run every year by occupational health and had a response rate of
about half of response officers in both years. We know the number of collisions can vary by chance, and
we will keep watching them, but the fall has been consistent across all three districts.
"""),
        ("stakeholders", "Stakeholder engagement", """
<<P:The cyclist's wife and son met the project team in 2022 and asked that the fatigue rule should apply
to every police driver, not only those on blue-light calls, which is how it was written.>>

<<S:Response officers from all three districts took part in focus groups run by occupational health
and told us that the biggest problem was being kept on after a shift to finish paperwork, so a
'handover desk' now takes over files at the end of the night.>> <<S:Driver trainers in the force's
driving school designed the fatigue check and tried it out with two response teams before it was
rolled out.>> <<S:The Police Federation's local branch representatives and the force's Unison branch
both sat on the project board and negotiated the changes to the shift pattern.>>
"""),
        ("value", "Value and sustainability", """
Each collision with injury costs the force tens of thousands of pounds in vehicle repair, legal costs
and lost officer time, and some cost far more. The rest rooms cost £48,000 to fit out. The shift pattern
change was cost-neutral. Fewer tired officers also means safer decisions on the street.

We have also seen fewer officers reporting to occupational health with sleep problems, though we
cannot be sure this is because of Wide Awake. The rest rooms are well used, and supervisors now have
clear guidance, which takes a difficult judgement off their shoulders.
"""),
        ("spread", "Spread and sharing", """
We have shared Wide Awake with the national roads policing lead and with forces in our region. The
driving school now includes fatigue in every response and pursuit driving course.

We think the lessons apply to any organisation whose staff drive at the end of long shifts, including
ambulance services and community health teams, and would be glad to share our approach with them.

Internally, the fatigue check is now included in the force's driving policy, and the duty management
system has been changed so that it shows supervisors how long each officer has been on duty.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1499  antenatal care for military spouses who move or whose partner is
#        deployed - pdf - with appendix - acute trust maternity service,
#        warm - with an armed forces families' charity and a garrison medical
#        centre - service spouses involved (P, indirect) - NO staff
#        involvement (midwives trained, a named specialist midwife doing her
#        job, teams briefed) - NO quantitative evidence (counts, single
#        figures, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1499", format="pdf", layout="with_appendix", topic="military_spouses_antenatal_continuity",
    project="independent94-homefront-1499", pdf_font="DejaVuSans", pdf_align="L",
    title="Home Front: safer antenatal care for military families on the move",
    cover=[
        "Lead organisation: Salbury District Hospitals NHS Foundation Trust, Maternity Services",
        "Partners: Regiment and Family Welfare Association (registered charity); Bulford Down Garrison Medical Centre",
    ],
    primary_entrant=dict(name="Salbury District Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Regiment and Family Welfare Association", type="charity"),
        dict(name="Bulford Down Garrison Medical Centre", type="public_other"),
    ],
    sections=[
        ("context", "Why this matters", """
Our maternity unit books around 420 pregnant women a year who are married to, or the partner of,
someone serving in the armed forces. Many arrive part way through their pregnancy following a posting,
with notes from another trust, or none at all. Many are far from their own families and have a partner
who is away on exercise or deployed, sometimes for months and sometimes at a few days' notice.

We learned from our own reviews how this can go wrong. In one case, a woman who transferred to us at 26
weeks had a raised blood pressure reading in her previous trust that never reached us, and she was later
admitted with severe pre-eclampsia. In another, a woman whose husband was deployed had no one to bring
her in when her waters broke and waited at home, alone with a toddler, for several hours. Reviews
nationally have found that women who are isolated, or who move during pregnancy, are more likely to
miss appointments and to have problems picked up late.

The armed forces medical centres provide GP care to serving personnel but not always to their
families, who usually register with local practices. Midwives often do not know that a woman is part
of a service family, or what that means for her. When a partner deploys, the woman may not want to
tell anyone, because she does not want to seem unable to cope.

The families' association had been running coffee mornings and a baby group at the garrison for years
and saw the effects at first hand. The medical centre knew which units were due to deploy and when.
Bringing this knowledge together with our maternity service seemed an obvious step that nobody had
taken.
"""),
        ("evidence", "What we have achieved", """
Home Front started in February 2023. Every pregnant woman from a service family is offered a named
midwife from our community team, a 'transfer check' appointment within a week of arriving, at which the
previous trust's records are reviewed in full, and a personal plan for labour if her partner is away,
including who will look after her other children and how she will get to hospital.

In the first eighteen months, 612 women were booked through the scheme and 187 had a transfer check.
The transfer checks found 41 women with a risk factor that had not been passed on, including 9 with raised
blood pressure. Every woman whose partner was deployed had a labour plan. There were no cases in which a
woman could not get to hospital in labour. Our aim is for every transfer check to be done within five
days by the end of 2025.

The named midwife stays with the woman through her pregnancy wherever possible, including if she moves
within our area. When a woman is due to move away, the named midwife contacts the receiving maternity
unit and sends a summary ahead of her. The families' association provides a volunteer 'buddy' for
women who want one, and can arrange emergency childcare through its network of families.
"""),
        ("stakeholders", "Who helped shape it", """
<<P:Service wives and partners, brought together by the families' association at the garrison's
community centre, told us what it was like to arrive heavily pregnant in a strange town, and it was
their idea to include childcare for older children in the labour plan.>> <<P:Three of them later
reviewed the leaflets and the text messages we send, and asked us to stop using military jargon we had
picked up from the medical centre.>>

All community midwives were trained in the needs of service families during 2023, and the
maternity leadership team was briefed on the project. The specialist midwife for vulnerable groups
set up the transfer check as part of her role.
"""),
        ("value", "Value", """
The scheme uses existing midwifery time. A single admission with severe pre-eclampsia that is caught
earlier can save a stay in intensive care. Women and their partners tell us that knowing there is a plan
makes deployment less frightening.

The scheme also helps us meet our responsibilities under the armed forces covenant and has
strengthened our relationship with the garrison. The medical centre now lets us know when a unit is
about to deploy, so we can contact pregnant women in advance.

The labour plan takes about half an hour to write with the woman, usually at the 28-week appointment,
and is kept on the maternity record so that the delivery suite can see it when she rings.
"""),
        ("spread", "Spread", """
The families' association has shared Home Front with its branches at four other garrisons, and two
maternity units near large bases have asked for our transfer check template. We have also shared it
with the regional maternity network.

The next step is to extend the scheme to the early weeks after birth, when women whose partner is away
can be particularly isolated, and to link it with the health visiting service so that the named midwife
hands over directly.
"""),
    ],
    trailer=[
        ("heading", "Appendix A: the transfer check"),
        ("para", "The transfer check covers: previous booking bloods and scans; blood pressure readings and urine results; any referrals made and not yet seen; mental health history; safeguarding information; whether the partner is serving away; the family's support network; and a plan for labour and for the care of other children."),
        ("para", "Appendix B: data sources. Booking and transfer check figures are from the maternity information system. Labour plan figures are from the community midwifery team's records."),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1500  needlestick and bite injuries to prison healthcare staff - docx -
#        style headings - ICB health and justice commissioner, formal - with
#        two prisons' provider, a community trust occupational health and a
#        sexual health service - staff involved - NO patient involvement
#        (injured staff sent a questionnaire that changed nothing, prisoners as
#        source patients tested, plans)
# ---------------------------------------------------------------------------
entry(
    id="I1500", format="docx", layout="style_headings", topic="prison_staff_needlestick_pep",
    project="independent94-sharpresponse-1500", docx_font="Calibri",
    title="Sharp Response: fast treatment after needlestick and bite injuries in prison healthcare",
    cover=[
        "NHS Moorvale and Trent Integrated Care Board, Health and Justice Commissioning (lead)",
        "Partners: Oakhurst Community Healthcare NHS Trust (Occupational Health Service); Trent Valley Sexual Health Service, Moorvale Teaching Hospitals NHS Trust; HMP Kestrel Moor and HMP Fallowfield",
    ],
    primary_entrant=dict(name="NHS Moorvale and Trent Integrated Care Board", type="icb"),
    partners=[
        dict(name="Oakhurst Community Healthcare NHS Trust", type="nhs_trust"),
        dict(name="Moorvale Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="HMP Kestrel Moor", type="public_other"),
        dict(name="HMP Fallowfield", type="public_other"),
    ],
    sections=[
        ("context", "Context", """
Healthcare staff in prisons face a higher risk of needlestick injuries, bites and exposure to blood than
most NHS staff. Hidden needles are found during searches and clinics, and nurses giving injections or
dressing wounds may be assaulted. The risk of infection with a blood-borne virus is low, but when
post-exposure prophylaxis for HIV is needed it works best if started within hours, and hepatitis B
boosters and follow-up testing must not be missed.

Before this work, a nurse injured on a Friday evening at HMP Kestrel Moor would typically be told to go
to the nearest emergency department, which is 25 miles away, and then to contact occupational health on
Monday. Many did not go at all. Follow-up blood tests at six and twelve weeks were often missed because
nobody was responsible for arranging them. Testing the source patient for blood-borne viruses, with his
consent, was done inconsistently.

Healthcare in the two prisons is provided by one organisation, occupational health by another and HIV
and hepatitis services by a third, all commissioned differently. The ICB's health and justice team was
the only organisation with a view of all of them.

The consequences were not only clinical. Staff who waited days to find out whether they had been
exposed to HIV or hepatitis described severe anxiety, some stopped having sexual contact with their
partners for months, and several resigned. Recruitment to prison nursing is already difficult, and the
providers told us that fear of injury was one of the reasons given by nurses who left.
"""),
        ("evidence", "Evidence", """
Sharp Response went live in October 2022. Each prison healthcare unit now holds a starter pack of
post-exposure prophylaxis. An injured member of staff phones a single number that reaches the sexual
health service's on-call doctor, who assesses the risk, advises on starting the starter pack and arranges
follow-up. Occupational health receives an automatic notification and books follow-up bloods.

<<Q:The median time from injury to a risk assessment by a doctor fell from 9 hours to 50 minutes.>>
<<Q:Where prophylaxis was indicated, it was started within four hours in 88% of cases, compared with
35% before.>> <<Q:Completion of the 12-week follow-up blood test rose from 44% to 91%.>>

There were 73 reported exposures across the two prisons in the first two years. No staff member has
seroconverted.

Data come from the sexual health service's on-call log, the occupational health records and the
prisons' incident reports, and were compared for the two years before and after go-live. Risk
assessments and prophylaxis are recorded in a single shared template so that each case can be
followed from injury to final blood test.
"""),
        ("stakeholders", "Stakeholder engagement", """
<<S:Occupational health nurses, the sexual health consultants and the healthcare managers at both
prisons met monthly for six months to design the pathway, and it was the healthcare managers who
insisted the starter packs should be held on site.>> <<S:Pharmacists at the prison healthcare provider
worked out how the starter packs would be stored, checked and replaced.>> <<S:After the first three
months, the on-call doctors asked for a shorter risk assessment form, and the group cut it from four
pages to one.>>

Staff who had been injured were sent a short questionnaire after their follow-up; the answers were
positive and did not lead to any changes. Source patients are asked for consent to testing, and the
results are shared only with the clinician managing the exposure. We intend to gather the views of
injured staff more fully in the next phase.

The ICB formally approved the pathway, and both prisons agreed that staff can leave during a shift to
attend follow-up appointments.
"""),
        ("value", "Value", """
The starter packs cost about £2,300 a year across both sites. Fewer staff travelling to emergency
departments, and fewer missed follow-ups, save time and reduce anxiety. Staff told us that feeling cared
for after an injury makes them more likely to stay.

The pathway has also helped with safety in a wider sense. Each exposure is now reviewed by the prison
and the healthcare provider together, and the themes, such as needles found during cell searches, are
shared with the prison security department, which has changed its search procedures.

The biggest gain, though, is for the individual nurse or healthcare assistant. Being able to speak to a
specialist doctor within the hour, and to start treatment on site if needed, turns one of the most
frightening experiences of working in a prison into something that is handled calmly and quickly.
"""),
        ("spread", "Spread", """
The pathway is being extended to the region's two other prisons and an immigration removal centre in
2025, and has been shared with the national health and justice team.

We think the model would work wherever healthcare is delivered in a secure setting far from an
emergency department, such as secure hospitals, immigration centres and police custody suites, and we
would be happy to share the protocol, the starter pack checklist and the risk assessment form.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1501  skin breakdown in prosthetic sockets among veterans with limb loss -
#        pdf via soffice - style headings - limb loss veterans' association,
#        conversational - with the NHS prosthetic centre and a university -
#        members (P, indirect) and staff involved - NO quantitative evidence
#        (counts, a single figure, a budget; changes described only in
#        general words)
# ---------------------------------------------------------------------------
entry(
    id="I1501", format="pdf", layout="style_headings", topic="veterans_limb_loss_socket_skin",
    project="independent94-skincheck-1501", render_via="soffice", docx_font="Liberation Serif",
    title="Skin in the Game: catching socket sores early for veterans with limb loss",
    cover=[
        "Lead: Limbless Ex-Service Association of the West (a members' association)",
        "Partners: Severnbrook Hospitals NHS Trust, Regional Prosthetic and Amputee Rehabilitation Centre; University of the Marches, Centre for Rehabilitation Engineering",
    ],
    primary_entrant=dict(name="Limbless Ex-Service Association of the West", type="patient_group"),
    partners=[
        dict(name="Severnbrook Hospitals NHS Trust", type="nhs_trust"),
        dict(name="University of the Marches", type="university"),
    ],
    sections=[
        ("context", "Where we started", """
Our association has 310 members across the region, all of whom lost one or more limbs during or after
military service. Some were injured in Northern Ireland forty years ago; others in Afghanistan a decade
ago. Most walk on prosthetic legs every day, and many are active: they work, run, cycle and climb.

The weak point is the skin inside the socket. Sweating, friction and changes in the shape of the stump
cause sores, blisters and infections. Left alone, a small sore can turn into a deep wound or an abscess.
Several members have needed surgery to revise their stump, and one member lost further bone after an
infection that started as a blister he ignored for a month.

<<P:Members told us three things when we asked them, and these became the brief for the project.>> First, they often did not see a sore coming, especially at the back of
the stump. Second, the route back into the prosthetic centre took weeks, and in the meantime they
either kept walking on a sore or stopped walking altogether. Third, GP practices rarely knew what to do
with a stump wound, and some had prescribed creams that made things worse.

The prosthetic centre sees members every few months for adjustments, but problems happen in between.
<<S:The centre's prosthetists told us they often saw members only when a sore was already serious, and
they asked for a way to see problems between appointments, which is what the photo check became.>> The university's rehabilitation
engineers were researching socket liners and had the equipment to measure pressure and temperature
inside a socket, but had no link to the people who wear them every day.
"""),
        ("stakeholders", "Who shaped it", """
<<P:The project was designed around our members: a group of them who had suffered socket sores met with
the centre's staff four times, and they decided that the early warning should be a simple photograph
taken with a phone and a mirror rather than a questionnaire.>> <<P:Those who lost limbs in more recent
conflicts, who are used to apps, tested the photo upload, while older members asked for a paper diary
and a phone line, so both were kept.>>

<<S:Prosthetists and specialist physiotherapists at the centre agreed a traffic-light system for the
photographs and changed the thresholds after trying it for two months.>> <<S:Engineers at the university
tested different socket liners on the stumps of volunteers in their lab and reported back to the
prosthetists, who now use those results when choosing liners.>> <<S:Tissue viability nurses at the trust
wrote the advice sheet for GP practices with our welfare officer.>>
"""),
        ("evidence", "What we can show so far", """
Skin in the Game started in June 2023. Members send a photograph of their stump once a week, or whenever
they are worried, to a secure inbox at the centre. A prosthetist looks at it within two working days and
grades it green, amber or red. Red means an appointment within 48 hours; amber means advice and a
review photograph in a week.

In the first year, 142 members signed up and 2,860 photographs were reviewed. 96 were graded amber and
23 red. Every red photograph led to a same-week appointment. Members tell us that sores are being caught
much earlier than before and that they are spending less time off their legs, but we did not collect
this information before the project, so we cannot yet put numbers on it. The university is now
measuring it.

The most common causes of amber and red photographs were friction from a liner that had worn out,
changes in stump volume after weight loss or gain, and heat during exercise. In each case the
prosthetist was able to act before the sore became a wound: a new liner, a sock ply change, a socket
adjustment or simple advice on skin care.

We know that this section is thin on hard numbers. We are a small association run largely by volunteers,
and we had not thought to collect information on sores before we started. The university has now set up
a proper study that will follow members for two years.
"""),
        ("value", "Value", """
The inbox and the review time cost the centre about £14,000 a year, which the trust has agreed to fund.
A single stump revision operation and the weeks of rehabilitation that follow cost many times more.
Members say they feel someone is keeping an eye on them between appointments.

For our association, the project has changed our role. We have moved from welfare and social events to
working alongside the NHS on care, and our welfare officer now spends part of each week helping members
with the photo system. Other associations of people with limb loss have asked us how we did it.
"""),
        ("spread", "Spread", """
Two other prosthetic centres have asked to use the traffic-light grading, and the national veterans'
prosthetics panel has invited us to present the project. The photo system is being offered to
non-veteran amputees at the centre from this year.

We would like to see the photo check become part of routine prosthetic care for everyone with limb loss,
not just veterans, and the university is preparing a bid for funding to study this across several
centres.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1502  cardiac events during police and fire fitness tests - docx - lists
#        - health innovation network programme manager, brisk - with the
#        police force, the fire and rescue service and a heart charity - a
#        survivor and his wife involved (P) - NO staff involvement (fitness
#        advisers trained, occupational health physicians briefed, a named
#        lead) - NO value section
# ---------------------------------------------------------------------------
entry(
    id="I1502", format="docx", layout="bullet_lists", topic="uniformed_services_fitness_test_cardiac",
    project="independent94-fittotest-1502", docx_font="Arial",
    title="Fit to Test: preventing cardiac events during police and fire fitness tests",
    cover=[
        "Lead: Westmarch Health Innovation Network",
        "Partners: Westmarch Police; Westmarch and Ridings Fire and Rescue Service; Heartstrong Foundation (registered charity)",
    ],
    primary_entrant=dict(name="Westmarch Health Innovation Network", type="ahsn"),
    partners=[
        dict(name="Westmarch Police", type="emergency_service"),
        dict(name="Westmarch and Ridings Fire and Rescue Service", type="emergency_service"),
        dict(name="Heartstrong Foundation", type="charity"),
    ],
    sections=[
        ("context", "The issue", """
Police officers and firefighters must pass a fitness test every year. For most it is routine. But the
tests are strenuous, and the workforce is getting older.

- between 2018 and 2022 there were four cardiac arrests and eleven other serious cardiac events during or straight after fitness tests in the two services

- in most cases the person had a risk factor that was known, or could easily have been known: high blood pressure, a family history, chest pain on exertion

- there was no health screening before the test, and many test venues had no defibrillator on site

- staff running the tests were fitness advisers, not clinicians, and had not been trained in what to do if someone collapsed

- the two services used different test providers and different venues, and there was no shared policy on health checks

- the heart charity had campaigned for years on sudden cardiac death in working-age adults but had no route into the uniformed services

- one of the cardiac arrests was fatal: a 49-year-old police sergeant collapsed on the bleep test in a sports hall with no defibrillator, and it took eleven minutes for one to arrive

- the fire and rescue service and the police force had each reviewed their own events separately, and neither had noticed that the other was seeing the same pattern until the health innovation network brought the figures together in 2022

- the Heartstrong Foundation offered its workplace screening materials and funding for defibrillators at venues that did not have one
"""),
        ("evidence", "What has changed", """
From January 2023 both services introduced:

- a short pre-test health questionnaire and blood pressure check, with referral to occupational health for anyone with warning signs

- a defibrillator and a trained first aider at every test venue

- a 'stop the test' rule for chest pain, dizziness or breathlessness

Results:

- <<Q:serious cardiac events during or within an hour of a fitness test went from 15 in the five years before to 2 in the two years since, a fall from three a year to one a year>>

- referrals to occupational health that led to a new diagnosis of high blood pressure or heart disease rose from a handful each year to 58 in 2024

- <<Q:a third fewer tests were abandoned because of a medical emergency>>

- both of the two events since the change happened at a venue with a defibrillator and a trained first aider, and both people survived

How we measured:

- events were counted from both services' accident and incident reports and occupational health records, for the five years before the change and the two years after

- abandoned tests were taken from the test providers' records

- all fitness test venues now have a defibrillator on site, checked before every test session
"""),
        ("stakeholders", "Involvement", """
- <<P:a retired fire station manager who survived a cardiac arrest during his fitness test in 2020, and his wife, who was told about it by phone, spoke to the project group about what happened and helped write the pre-test questionnaire>>

- all fitness advisers in both services were trained in basic life support and defibrillator use in 2023

- occupational health physicians in both services were briefed on the new referral route

- the programme was managed by the health innovation network's cardiovascular programme manager, who wrote the protocol
"""),
        ("spread", "Spread", """
- the protocol has been shared with the national police fitness lead and the national fire chiefs' occupational health group

- the ambulance service in our region is considering it for its own fitness assessments

- the Heartstrong Foundation has added it to its workplace heart health toolkit

- the pre-test questionnaire is being translated into Welsh for use by a neighbouring service
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="value"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1503  tuberculosis exposure follow-up for prison healthcare staff - pdf -
#        numbered questions - private prison healthcare company as primary
#        entrant (ineligible) - with UKHSA and a prison - staff involved - NO
#        patient involvement (exposed staff sent letters, screened, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1503", format="pdf", layout="numbered_questions", topic="prison_staff_tb_exposure_followup",
    project="independent94-contacttrace-1503", pdf_font="LiberationSans", pdf_align="J",
    title="Closing the Contact Gap: tuberculosis exposure follow-up for staff in prisons",
    cover=[
        "Entrant: Meridian Custodial Health Services Ltd",
        "Partners: UK Health Security Agency (regional health protection team); HMP Hollinbrook",
    ],
    primary_entrant=dict(name="Meridian Custodial Health Services Ltd", type="private"),
    partners=[
        dict(name="UK Health Security Agency", type="public_other"),
        dict(name="HMP Hollinbrook", type="public_other"),
    ],
    sections=[
        ("context", "1. What problem were you trying to solve?", """
Meridian provides healthcare in HMP Hollinbrook, a large remand prison. Tuberculosis is many times more
common among people in prison than in the general population, and when a man on a wing is diagnosed
with infectious TB, everyone who has spent time close to him needs to be identified, screened and, if
they have been infected, treated before they become ill.

Contact tracing among prisoners was well organised by the health protection team. Among staff it was
not. Nurses, healthcare assistants, officers, chaplains, teachers and contractors all work on the wings,
employed by different organisations with different occupational health arrangements. After a cluster of
cases in 2021, a review found that only a minority of exposed staff had been screened. One healthcare
assistant developed active TB eighteen months later, having never been told she was a contact.

Staff contacts also fell between organisations. Officers were employed by the prison service and
referred to their own occupational health provider; education staff and chaplains to another; agency
nurses to their agencies. Each organisation was waiting for another to tell them who had been exposed.
The health protection team did not have access to prison rotas, and Meridian's occupational health team
had no authority over staff it did not employ.

We realised that nobody had ever drawn a single list of everyone who works on a wing. The information
existed, in gate records, rotas and deployment sheets, but in different places and owned by different
organisations. Building that list quickly was the heart of the problem.
"""),
        ("evidence", "2. What improvement can you show?", """
Since January 2022, when a case is confirmed, a single staff contact list is built within 48 hours from
the prison's gate records, the healthcare rota and the wing staff deployment sheets. Meridian's
occupational health nurses screen every staff contact on site, whoever employs them, using a blood test,
and the health protection team follows up positives.

<<Q:The proportion of identified staff contacts screened within eight weeks rose from 31% for the 2021
cluster to 94% across the five incidents since.>> <<Q:The time from case confirmation to a complete staff
contact list fell from an average of 23 days to 2 days.>> <<Q:Of staff found to have latent infection,
the share who completed preventive treatment went from 2 in 9 before the change to 17 out of 19.>>

We have counted staff contacts as those named on the list for each incident, and compared the 2021
cluster, which was handled under the old arrangements, with the five incidents handled under the new
protocol. The numbers in each incident are small, so we have combined them.
"""),
        ("stakeholders", "3. How did you involve patients, staff and partners?", """
<<S:Health protection nurses from UKHSA and our occupational health nurses wrote the staff contact
protocol together and tested it in a tabletop exercise with the prison's security and HR managers.>>
<<S:Wing officers told us the deployment sheets were the only reliable record of who worked where, and
the list is now built from them at their suggestion.>> <<S:The prison's union representatives asked for
screening to be offered on site during shifts, which is now the case.>>

Exposed staff are sent a letter from the prison and an invitation to screening. Men in the prison who
are contacts are managed through the existing health protection process. We plan to seek the views of
staff who have been through screening in the coming year.
"""),
        ("value", "4. What is the value of the project?", """
On-site screening costs about £38 per person, compared with a much higher cost for treating a case of
active TB and the contact tracing that follows. It keeps staff at work and protects their families.

It has also made the prison better prepared for any future outbreak. The method of building a contact
list from gate records and deployment sheets works for any infection spread through close contact, and
was used during a measles exposure in 2024.

Screening on site also means staff do not need to take time off to attend a clinic elsewhere, and
results reach the health protection team in days rather than weeks. Staff with latent infection are
offered treatment through the local TB service, with appointments arranged around their shifts.
"""),
        ("spread", "5. How has it been shared?", """
The staff contact protocol has been adopted at the four other prisons where Meridian provides
healthcare, and UKHSA has shared it with health protection teams in two other regions.

We would encourage every prison healthcare provider to agree a staff contact protocol with its local
health protection team before the next case, rather than during it.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1504  veterans who attend the emergency department after self-harm - docx
#        - form with a cover table - acute trust emergency department
#        consultant, clinical - with a veterans' mental health charity and a
#        mental health trust - veterans involved (P, passive voice) and staff
#        involved - an SPC shift - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1504", format="docx", layout="form_table", topic="veterans_emergency_department_self_harm",
    project="independent94-askthequestion-1504", docx_font="Calibri",
    title="Have You Served? Finding and supporting veterans in the emergency department after self-harm",
    cover_table=[
        ("Entry title", "Have You Served? Finding and supporting veterans in the emergency department after self-harm"),
        ("Lead organisation", "Portmere University Hospitals NHS Trust, Emergency Department"),
        ("Partners", "Steady Ground Veterans' Mental Health (registered charity); Portmere and Coast Mental Health NHS Trust (Liaison Psychiatry)"),
        ("Entrant", "Consultant in Emergency Medicine and Armed Forces Champion"),
    ],
    primary_entrant=dict(name="Portmere University Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Steady Ground Veterans' Mental Health", type="charity"),
        dict(name="Portmere and Coast Mental Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why was the partnership needed?", """
Portmere is a naval city and a large number of our emergency department patients have served in the
Royal Navy, the Royal Marines or other services. Veterans who self-harm often do not fit the usual
picture. Many are men in their forties and fifties, may be reluctant to talk, and may present with an
injury, intoxication or a 'fall' rather than saying they have harmed themselves.

Before 2022, nobody in the department asked whether a patient had served, so we did not know who our
veterans were. The liaison psychiatry team assessed people after self-harm but had no link to veterans'
services, and many veterans left before being seen. A review of deaths by suicide in the city in 2021
found that several veterans had attended our department in the months before they died.

Steady Ground had peer workers who were veterans themselves and had good results engaging people who
would not talk to NHS staff, but they depended on people finding them. The mental health trust's
liaison team had no way of knowing which patients had served. Our department was the place where these
people were turning up, often at night and often more than once.

We also knew that emergency department staff often felt unsure how to talk to veterans, and worried
about saying the wrong thing. A simple question at triage, followed by a clear route to people who
understood military life, seemed a practical place to start.
"""),
        ("evidence", "What evidence is there of improvement?", """
Since March 2022 triage nurses ask every adult 'Have you ever served in the armed forces?' and the answer
is recorded on the department system. Any veteran attending after self-harm, or with a suspected
self-harm injury, is seen by liaison psychiatry and offered a same-day or next-day contact from a peer
worker at Steady Ground, who can meet them in the department.

<<Q:On our run chart of the monthly percentage of veterans who left the department after self-harm
before a psychosocial assessment, the median shifted from 34% in 2021 to 11% from the summer of 2022
onwards, with eight months in a row below the old median.>> <<Q:Repeat attendances for self-harm within
six months among identified veterans fell from 29% to 17%.>>

The question is now asked at 96% of adult triages. Over two years, 612 veterans attending after self-harm
were referred to the charity.

The data come from the department's electronic record, which now includes the service question, and
from the liaison team's activity records. The run chart is reviewed monthly by the department's
governance meeting.

We also looked at whether asking the question slowed triage, which was a concern at the start. It did
not make a noticeable difference to triage times, and the question is usually answered in a word.
"""),
        ("stakeholders", "How were patients, carers and staff involved?", """
<<P:The wording of the triage question was tested with veterans at Steady Ground's drop-in before we
used it, and it was changed after they said 'Are you a veteran?' would be answered 'no' by many who had
served.>> <<P:A carer whose husband, a former submariner, had died by suicide sat on our steering group
and helped design the follow-up letter.>>

<<S:Triage nurses and emergency department receptionists worked out where the question fitted in the
triage screen, and they asked for it to be a compulsory field.>> <<S:Liaison psychiatry practitioners
and the charity's peer workers agreed together how the referral would be passed on out of hours.>>
<<PS:The peer workers, all veterans themselves, also reviewed our self-harm leaflet and rewrote the
section on where to get help at night.>>
"""),
        ("value", "What value has been delivered?", """
The question takes seconds to ask. The charity's peer workers are funded by a covenant grant. Each
repeat attendance avoided saves an emergency department visit and may save a life.

Staff in the department tell us they feel more confident talking to veterans, and the peer workers
have become familiar faces. The approach has also helped us find veterans with other needs, such as
homelessness or hearing loss, who are now referred to the right services.

The partnership has cost very little in new money, because each organisation was already working with
this group of people. What has changed is that the three services now know about each other and can
pass people on quickly, often the same night.
"""),
        ("spread", "How has the work been shared?", """
The question has been added to triage in the two other emergency departments in our integrated care
system, and we have presented the work at the national veterans' mental health network.

We have shared the triage question and referral form with the armed forces covenant leads in the
region, and the charity is talking to the ambulance service about whether crews could ask the same
question and refer directly.
"""),
    ],
    flags=[],
)
