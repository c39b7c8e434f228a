"""Fiftieth independent evaluation set (I785..I800) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing councils' early years, home education
and children's services, police forces, ambulance services, acute, community and mental
health trusts, GP federations, integrated care boards, a university, children's, youth and
kinship care charities, parents' groups and the odd private children's home provider send
in, in their own voices and at their own length.  The theme of this set is children and
young people: schools, nurseries, school nursing, CAMHS, paediatric wards, youth services
and children's social care, with the councils, charities and NHS partners around them.

Topics: babies sleeping in buggies, car seats and dark sleep rooms in day nurseries (a
council early years service, own headings), vapes containing cannabis and synthetic
cannabinoids in secondary schools (a police force, bold headings with a cover table), 16
and 17 year olds admitted to adult wards (divisions of one trust, no partner, a pdf made
from Word), children with complex health needs on home-to-school transport (an ambulance
service, CAPS headings), young carers who give a parent their medicines (a young carers'
charity, no headings, long), health and safeguarding for children educated at home (a
council home education service, a form), parents able to call for a review of their child
on the children's wards (an acute trust with a university and a parents' network, rubric
headings), medicines in children's homes (a private children's home company as primary
entrant, numbered questions with cover bullets), the first four weeks after a young person
starts an antidepressant (a GP federation with CAMHS, two columns), refeeding young people
with eating disorders on a children's ward (results first, no value section), planned
returns to school after hospital care for self-harm (a university lead, numbered
questions), health information for kinship carers when a child arrives in an emergency (a
kinship care charity, style headings), health forms and medicines on youth residential
trips (a youth charity on its own, lists), children who fail the school entry vision
screen and are never seen (a community trust school nursing service, with appendix), safe
discharge of newborn babies on a pre-birth child protection plan (an integrated care board
safeguarding team, a form with no evidence section) and children with sickle cell disorder
at school (a parents' and young people's group as lead, no headings, short).

Lead types and layouts: I785 local_authority, pdf own_headings; I786 emergency_service
(police), docx bold_headings with a cover table; I787 nhs_trust (no partner), pdf
style_headings via soffice; I788 emergency_service (ambulance), pdf caps_headings; I789
charity, docx no_headings; I790 local_authority, pdf form_table; I791 nhs_trust, docx
rubric_headings; I792 private, docx numbered_questions with cover bullets; I793
primary_care (GP federation), pdf two_column; I794 nhs_trust, docx reordered; I795
university, pdf numbered_questions; I796 charity, docx style_headings; I797 charity (no
partner), docx bullet_lists; I798 nhs_trust, pdf with_appendix; I799 icb, docx form_table;
I800 patient_group, pdf no_headings.

Build it with

    .venv/bin/python data/independent/build.py --set 50   (writes data/corpus/independent50/)

Mark-up used inside section bodies (stripped before rendering):
  <<Q:sentence>>   quantitative claim (a measured change in an outcome: a baseline and an
                   after value, or a stated change such as 'halved' or 'a third fewer')
  <<P:sentence>>   patient / carer / family / service-user involvement (children, young
                   people, parents and kinship carers count here)
  <<S:sentence>>   staff involvement (any staff group, including partners' staff, who
                   co-designed, tested, were consulted, governed the work or gave feedback
                   that changed it)
  (letters combine, e.g. <<PS:...>>)
Paragraphs are separated by a blank line; line breaks inside a paragraph are joined with
a single space.  A paragraph starting with "- " is a bullet item.

Labelling conventions (as in entries29.py and entries31.py):
  * not Q: dates, financial years, bed/ward/home/school/setting counts, headcounts,
    numbers trained, activity counts (visits, calls, referrals, reviews, plans, forms,
    vaccinations, people screened or identified), single figures with no baseline, a
    zero with no earlier figure, survey percentages with no earlier figure, budgets,
    costs and savings estimates, phone numbers, postcodes, reference numbers, targets
    not yet reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    ('halved', 'half as many', 'a third fewer', a sustained shift on an SPC chart);
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, unusual names for the group, list items),
    wherever in the entry it is told; a care-experienced young person or peer worker
    with lived experience, employed by a partner, who helped design the work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing, endorsing or
    funding, a single named lead doing their job, audiences at meetings that were only
    updated, surveys and questionnaires after which nothing changed, evaluation
    interviews that changed nothing.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices, GP federations, primary care networks, local
pharmaceutical committees and local optical committees are primary_care; parents'
groups, parent carer forums and patients' support groups are patient_group; young
carers', kinship care, youth, youth counselling, eating disorder and safer sleep
charities are charity; a university is university; children's home companies are
private).  A department, division or team of the entrant's own organisation is not a
partner, and a grant-giving foundation that only funded the work is not a partner.
Flags are written by hand and build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I785  babies sleeping in buggies, car seats and dark rooms in nurseries -
#       pdf - own headings - council early years quality manager, practical -
#       council with the community trust's health visitors and a safer sleep
#       charity - parents and nursery staff involved (parents as 'mums and
#       dads'; a bereaved-style family voice told in the spread section) -
#       a claim in words ('halved') - no flags
# ---------------------------------------------------------------------------
entry(
    id="I785", format="pdf", layout="own_headings", topic="safe_sleep_day_nurseries",
    project="independent50-sleepsafenursery-785", pdf_font="LiberationSans", pdf_align="L",
    title="Sleep Safe at Nursery: safer sleep for babies and toddlers in Fenhallow's early years settings",
    cover=[
        "Lead organisation: Fenhallow City Council, Early Years and Childcare Service",
        "Partners: Fenhallow Community Health NHS Trust (Health Visiting Service); The Cradle Trust (safer sleep charity)",
        "Written by the Early Years Quality Improvement Manager",
    ],
    primary_entrant=dict(name="Fenhallow City Council", type="local_authority"),
    partners=[
        dict(name="Fenhallow Community Health NHS Trust", type="nhs_trust"),
        dict(name="The Cradle Trust", type="charity"),
    ],
    sections=[
        ("context", "Why we needed to act", """
Fenhallow has 214 registered nurseries, pre-schools and childminders, and on any weekday
about 2,300 children under two are in their care. Most of those babies have at least one
sleep during the day while their parents are at work. For years the council's early years
advisers thought about sleep the way everybody else did: as something that happens in the
quiet room after lunch, not as a safety issue.

That changed in November 2022. A seven-month-old boy at a nursery in the east of the city
was left to nap in his buggy, with a blanket tucked round him, because he had fallen asleep
on the walk back from the park and staff did not want to wake him. He was in a side room with
the blind down. When a member of staff looked in about forty minutes later he had slipped
down in the buggy with his chin on his chest and was not breathing. Staff started CPR and he
was resuscitated by the ambulance crew. He spent five days in paediatric intensive care and
has made a good recovery.

When we looked into it with the nursery, we found nothing unusual about what had happened.
It was what happened in a lot of settings. Our advisers visited 40 settings over the next two
months and saw babies asleep in car seats, bouncers, buggies and on bean bags, babies swaddled
tightly because their parents had asked for it, sleep rooms so dark that staff could not see a
baby's face from the door, and sleep checks written up at the end of the day from memory. Many
settings had a sleep policy, but few said anything about where and how a baby should sleep,
only how often to look in.

Nobody clearly owned the problem. Ofsted inspects against the early years framework, which
says children must be safe while they sleep but not how. Health visitors give safer sleep
advice to parents at home but had never been asked about nursery. The Cradle Trust, a
national safer sleep charity with a regional office in Fenhallow, had the expertise but
worked mostly with maternity units and families. And nursery staff were often caught between
a parent's instructions ('she only settles on her front', 'he has to be swaddled') and what
they half-knew was right.

In early 2023 the council's early years service, the community trust's health visiting
service and the Cradle Trust decided to tackle it together. We wanted every baby in every
setting to sleep on their back, on a firm flat surface in a cot or on a mat, with their face
in view, checked and recorded at least every ten minutes; and we wanted parents and nursery
staff to be hearing the same message from everyone.
"""),
        ("evidence", "What has changed", """
Sleep Safe at Nursery has four parts: a model sleep policy for settings, a sleep-check log
kept by the door of every sleep room, a 'sleep conversation' card that the key person goes
through with parents when a baby starts, and a trained sleep champion in every setting that
takes children under two. Health visitors now hand out the same card at the twelve-month
review.

Our advisers have repeated the unannounced sleep-room visits every year, observing every
baby asleep at the time of the visit. <<Q:Babies observed asleep in a buggy, car seat, bouncer
or on a bean bag fell from 31 of 118 in the first round of visits in early 2023 to 4 of 126 in
the spring of 2025.>> <<Q:The share of settings where the sleep log had been filled in at the
time of each check, rather than afterwards, went up from 22% to 94% over the same period.>>

Settings tell us about sleep incidents as part of their notifications. <<Q:Reports of a baby
found in an unsafe position, with bedding over the face or wedged against the side of a cot
were halved between 2022/23 and 2024/25.>> There have been no further serious incidents during
sleep in a Fenhallow setting.

So far 640 practitioners have attended the two-hour safer sleep session and 203 settings have
a named sleep champion. The council bought 150 travel cots for small settings and
childminders who did not have enough.
"""),
        ("stakeholders", "Who was involved", """
<<P:Mums and dads at the Acorn Lane and Riverside children's centres went through the first
draft of the sleep conversation card with us and said it read like a telling-off, so they
rewrote the opening lines in their own words.>> <<P:Parents of babies with reflux asked for the
card to explain why their babies should still sleep on their backs, because they had been
given different advice by different people, and that section is now on the back of the
card.>>

<<S:Room leaders from eleven nurseries tested the sleep log for six weeks and asked for it to
fit on a clipboard by the door, with tick boxes instead of free text, which is the version now
in use.>> <<S:Childminders in the pilot pointed out that many babies arrive already swaddled by
their parents, and the Cradle Trust's advisers rewrote the swaddling section of the model
policy with them.>> <<S:Health visitors suggested adding a question about where the child naps
at nursery to the twelve-month and two-year reviews, and they now ask it.>>
"""),
        ("value", "Value", """
The main costs were the travel cots, about £6,000, printing, and the time of our advisers and
the Cradle Trust's trainers, which came from existing budgets. A single baby in intensive care
costs the NHS thousands of pounds a day, and the cost to a family of a sleep death cannot be
counted.

Nursery managers tell us it is easier to say no to a parent's request when they can point to
a policy the whole city follows. Parents say they like hearing the same thing from the health
visitor and the nursery.
"""),
        ("spread", "Sharing the learning", """
The model policy and the sleep log are free to download from the council's early years
website and have been taken up by two neighbouring councils. The Cradle Trust has added a
nursery module to its national safer sleep training, using our materials, and Ofsted's
regional early years team has shared the sleep log with inspectors as an example of good
practice. <<P:The mother of the boy who was resuscitated in 2022 now speaks at our induction
sessions for new nursery managers, and at her request every session begins with her son's
story and a photograph of the buggy.>>

The lesson we would pass on is that the risk was hidden in plain sight. Every setting we
visited thought of itself as safe, and most of them were, in every other way.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I786  vapes containing THC and synthetic cannabinoids in secondary schools
#       - docx - bold headings with a cover table - police schools inspector,
#       blunt - police with council trading standards and youth service, the
#       children's emergency department and a young people's drug service -
#       young people involved - NO staff involvement (safeguarding leads
#       trained, heads briefed, ED sent alerts, a named inspector, a
#       questionnaire that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I786", format="docx", layout="bold_headings", topic="school_vapes_synthetic_cannabinoids",
    project="independent50-notwhatitsays-786", docx_font="Arial",
    title="Not What It Says: vapes containing cannabis and synthetic cannabinoids in Wyvernbridge secondary schools",
    cover_table=[
        ("Entry title", "Not What It Says: vapes containing cannabis and synthetic cannabinoids in Wyvernbridge secondary schools"),
        ("Lead organisation", "Wyvernbridge and Hexley Police, Schools and Youth Engagement Team"),
        ("Partner organisations", "Wyvernbridge Borough Council (Trading Standards and Youth Service); Wyvernbridge General Hospital NHS Trust (Children's Emergency Department); Lantern Young People's Drug and Alcohol Service (charity)"),
        ("Contact", "Inspector, Schools and Youth Engagement"),
    ],
    primary_entrant=dict(name="Wyvernbridge and Hexley Police", type="emergency_service"),
    partners=[
        dict(name="Wyvernbridge Borough Council", type="local_authority"),
        dict(name="Wyvernbridge General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Lantern Young People's Drug and Alcohol Service", type="charity"),
    ],
    sections=[
        ("context", "Background", """
In the autumn of 2023 our school liaison officers started getting the same call from head
teachers across the borough. A pupil had collapsed in the toilets or on the field after a few
puffs on a vape somebody had passed round. Some were vomiting, some were shaking, some could
not be roused, and two had seizures. The school rang 999, an ambulance took the pupil to the
children's emergency department, and by the time anyone asked what had been in the vape it
had gone.

The pupils thought they were using an ordinary nicotine vape, or at worst 'a THC one' bought
through social media. When trading standards tested the vapes we did manage to seize, many
contained synthetic cannabinoids, the drugs sometimes called spice, which are far stronger
than cannabis, unpredictable, and which the young people had no idea they were taking.

The information existed, but in different places. Schools knew about the collapses. The
emergency department knew what symptoms the young people had. Trading standards had the test
results, but they took weeks and went into an enforcement file. The youth drug and alcohol
service was hearing from young people where the vapes were being sold. We were seizing vapes
from pupils without knowing which ones were dangerous. And nobody was warning young people in
a way they would listen to.

Not What It Says started in January 2024. Schools hand any vape they confiscate to their
school liaison officer, with nothing that identifies the pupil. Trading standards sends
batches for rapid testing, and results go to schools, the emergency department and the youth
service within days. When a dangerous product turns up, schools get a short alert, the youth
service puts a warning out on its social media channels, and trading standards and the police
go after the shops and sellers. Lantern offers a same-week appointment to any pupil who has
collapsed or been caught with a vape, arranged through the school, without it becoming a
police matter.
"""),
        ("evidence", "What difference has it made", """
Trading standards has tested 318 vapes handed in by schools. 96 contained THC and 71 contained
a synthetic cannabinoid. Eleven shops have been prosecuted or had stock seized, and two online
sellers have been shut down.

<<Q:Attendances at the children's emergency department by 11 to 16 year olds after using a
vape fell from 47 in the autumn term of 2023 to 19 in the autumn term of 2024.>> <<Q:Ambulance
calls to secondary schools for a pupil who had collapsed after vaping went from 23 in 2023 to
8 in 2024, according to the ambulance service's call data.>> <<Q:The time from a vape being
seized in school to the test result reaching the school came down from about seven weeks to
five working days.>>

Lantern has seen 142 young people referred by schools through the scheme.
"""),
        ("stakeholders", "Who was involved", """
<<P:Members of the borough's youth council, aged 13 to 17, told us that the first posters we
designed, with a skull and crossbones on them, were a joke to anyone their age, and the
campaign now uses their own line, 'You don't know what's in it'.>> <<P:Two Year 11 students who
had collapsed after using a vape agreed to be filmed talking about what happened, and they
chose to be filmed from behind with their voices changed.>> <<P:Young people at Lantern's Friday
drop-in asked for warnings to go out on the youth service's channels rather than in letters
home, because they said nobody reads a letter from school, and that is what we do.>>

All 27 secondary schools and the pupil referral unit signed up to the scheme. Designated
safeguarding leads in every school were trained by Lantern and the police in what to do when
a pupil collapses or hands in a vape. Head teachers were briefed at the borough head
teachers' forum. Emergency department staff receive every alert by email. The work is led by
Inspector Dawn Fellowes, who chairs the monthly partnership meeting and keeps the test log. We
sent a questionnaire to school staff after the first term and the answers were positive, so
we left the process as it was. We intend to hold a joint review with teachers and emergency
department nurses next year.
"""),
        ("value", "Value for money", """
Rapid testing costs trading standards about £35 a vape. Everything else runs within existing
police, council, hospital and charity budgets. Every pupil who does not need an ambulance and
an emergency department visit saves the NHS several hundred pounds, and a seizure in a
fifteen-year-old is something no teacher should have to deal with.

Head teachers say they finally know what to do with a drawer full of confiscated vapes. Pupils
have told Lantern the warnings were the first useful thing anyone had said to them about
vaping.
"""),
        ("spread", "Spread", """
The handover process has been adopted by the neighbouring force and its council, and the
regional trading standards group now pools test results across six councils, so that a
dangerous product found in one area is flagged in the others. We presented the work at the
national police schools officers' conference in 2024, and the youth council's campaign
materials are free for other areas to use.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I787  16 and 17 year olds admitted to adult wards - pdf (via Word) - style
#       headings - matron for adolescent care, formal - divisions, teams and
#       the youth forum of ONE trust, no partner organisation (ineligible) -
#       young people and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I787", format="pdf", layout="style_headings", topic="adolescents_on_adult_wards",
    project="independent50-notquiteadults-787", render_via="soffice", docx_font="Liberation Serif",
    title="Not Quite Adults: keeping 16 and 17 year olds safe when they are admitted to adult wards",
    cover=[
        "Kingsbarrow and District Hospitals NHS Foundation Trust",
        "A joint project of the Children and Young People's Division, the Divisions of Medicine and Surgery, the Safeguarding Team and the trust's Youth Forum",
        "Author: Matron for Adolescent and Young Adult Care",
    ],
    primary_entrant=dict(name="Kingsbarrow and District Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Background", """
Young people aged 16 and 17 are children in law, but in most hospitals, including ours, they
are admitted to adult wards. In 2022/23, 612 young people of this age were admitted to
Kingsbarrow's adult wards, most often after an injury, with abdominal pain, after
self-poisoning, or with problems related to alcohol or drugs. Our children's wards admit up
to the sixteenth birthday unless a young person has a long-term condition and is already
known to the paediatric team.

A review of incidents by the trust's safeguarding team in 2022 showed how exposed these young
people could be. A 16-year-old girl was placed in a surgical bay opposite a man under police
guard from the local prison. A 17-year-old boy admitted after a paracetamol overdose
discharged himself during the night, and the ward had not known he was a child in the care of
the local authority. Staff on adult wards often did not realise that child safeguarding
procedures applied, that a young person's parents could usually be involved, or that a young
person who had self-harmed needed a mental health assessment before going home, just as a
15-year-old would.

Not Quite Adults started in April 2023. Every admission of a 16 or 17 year old now triggers an
alert on the bed management system and the electronic record. A youth worker from the
children's division sees every young person within one working day. The safeguarding team
screens each admission within 24 hours, using a short checklist that asks about
exploitation, care status, education and substance use. Bed managers follow a placement rule
that keeps young people out of bays with adults under police or prison escort and, wherever
possible, in side rooms or in bays near the nurses' station. Young people admitted after
self-harm are seen by the trust's liaison psychiatry team before discharge, on the same
pathway as younger children.
"""),
        ("evidence", "Results", """
We compared 2022/23, the year before the project, with 2024/25.

<<Q:Young people on adult wards who had a safeguarding screen within 24 hours of admission went
up from 18% to 89%.>> <<Q:Young people placed in a bay with an adult under police or prison
escort fell from 9 in 2022/23 to none in 2024/25.>> <<Q:Self-discharges before treatment was
complete fell from 31 to 12.>> <<Q:Young people admitted after self-harm who had a mental
health assessment before leaving went from 71% to 98%.>>

The youth workers saw 588 young people in 2024/25. The safeguarding screens led to 64
referrals to children's social care, 19 of them about possible criminal or sexual
exploitation.
"""),
        ("stakeholders", "How young people and staff were involved", """
<<P:Members of the trust's Youth Forum, who are aged 14 to 21 and many of whom have been
inpatients themselves, spent two evenings on our adult surgical and medical wards with the
matron and wrote a report on what it would feel like to be 16 there.>> <<P:They asked for three
things: somewhere to charge a phone, not to be put next to people who were 'very old or very
ill' unless there was no choice, and someone to explain who was who, and all three are now
part of the placement rule and the youth worker's first visit.>> <<P:A 17-year-old who had been
admitted after a motorbike crash designed the 'welcome to the ward' card with the youth
workers.>>

<<S:Ward managers from the surgical and acute medical wards met the safeguarding team to agree
the checklist, and cut it from two pages to eleven questions after testing it on their own
wards for a month.>> <<S:Bed managers and night site coordinators wrote the placement rule with
us and asked for a list of the side rooms that could be used, which is now printed on the bed
board.>> <<S:The youth workers suggested that they should also see young people who come to the
emergency department and are not admitted, and this was added in 2024.>>
"""),
        ("value", "Value", """
The two youth worker posts cost about £68,000 a year and are funded from the children's
division budget. The alerts and checklist use existing systems. Staff on adult wards say they
are relieved to have someone to call, and young people say the wards feel less frightening.
The cost of a serious safeguarding failure, to a young person and to the trust, is far higher
than the cost of the posts.
"""),
        ("spread", "Spread", """
The placement rule and checklist have been adopted at the trust's second site, Dunstall
Community Hospital, and by the emergency department. We have shared them with the regional
children and young people's network, and two other trusts have asked for copies.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I788  children with complex health needs on home-to-school transport -
#       pdf - CAPS headings - ambulance service consultant paramedic,
#       clinical and direct - ambulance service with council SEND transport,
#       community trust children's nurses and a parent carer forum - staff
#       involved - NO patient involvement (the parent carer forum only
#       endorsed and circulated, parents sent a form, a survey that changed
#       nothing, a negation, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I788", format="pdf", layout="caps_headings", topic="school_transport_complex_health_needs",
    project="independent50-safejourneys-788", pdf_font="DejaVuSans", pdf_align="L",
    title="SAFE JOURNEYS: children with complex health needs on home-to-school transport",
    cover=[
        "LEAD: Tarnside and Dales Ambulance Service NHS Trust (Paediatric Clinical Lead and Emergency Operations Centre)",
        "PARTNERS: Haverleigh County Council (Home to School Transport and SEND Service); Haverleigh Community Health NHS Trust (Children's Community Nursing); Haverleigh Parent Carer Forum",
        "CONTACT: Consultant Paramedic, Children and Young People",
    ],
    primary_entrant=dict(name="Tarnside and Dales Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Haverleigh County Council", type="local_authority"),
        dict(name="Haverleigh Community Health NHS Trust", type="nhs_trust"),
        dict(name="Haverleigh Parent Carer Forum", type="patient_group"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
Every school day Haverleigh County Council transports about 1,900 children with special
educational needs and disabilities between home and school, in taxis and minibuses run by 34
contracted operators. Around 240 of those children have a health condition that can become an
emergency on the way: epilepsy needing rescue medicine, a tracheostomy, a gastrostomy, oxygen,
a heart condition or a severe allergy. In the rural west of the county some journeys last over
an hour.

We first saw the problem in our own data. In 2022/23 our emergency operations centre took 52
calls from school transport vehicles. Drivers and passenger assistants often could not tell
the call handler the child's name, date of birth or condition, let alone what medicine they
took. Rescue medicine was frequently not on the vehicle: it had been left at school, was in the
fridge at home, or the assistant had not been told they could give it. In March 2023 a
nine-year-old boy had a seizure on a minibus that lasted nearly forty minutes. His buccal
midazolam was in his school bag in the boot, and the passenger assistant, in her first week,
did not know it was there or that she was allowed to give it. He was admitted to paediatric
intensive care.

Each organisation held a piece of the picture. The council's SEND transport team knew which
children were on which route but not their health needs. The children's community nurses
wrote care plans for school but not for the journey. The operators trained drivers and
assistants in safeguarding and wheelchair restraint, not in medical emergencies. And our
crews arrived with nothing to go on.

SAFE JOURNEYS began in September 2023. Every child with a significant health need has a
one-page travel health passport, kept in a red wallet on the vehicle, with a photograph, the
condition, what to do, which medicine to give and when to call 999. Rescue medicines travel in
a sealed bag that is handed over and signed for at the vehicle door. Passenger assistants on
these routes are trained by the children's community nurses. The council sends us every route
with a passport reference number, so that our call handlers can open the passport as soon as
a transport vehicle rings 999.
"""),
        ("evidence", "WHAT HAS IMPROVED", """
We compared the school year before SAFE JOURNEYS (2022/23) with the first full year
(2023/24).

<<Q:999 calls from school transport where the caller could not give the child's condition or
medicines fell from 41 of 52 to 6 of 47.>> <<Q:Children who had a prolonged seizure on transport
and were given their rescue medicine before the ambulance arrived went up from 3 of 19 to 16 of
21.>> <<Q:Children taken to an emergency department from a school transport vehicle fell from
38 to 22.>>

There are now 238 travel health passports in use, and 412 passenger assistants and drivers
have been trained. The council has made the passport and the medicines handover a condition
of its transport contracts.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<S:Passenger assistants and drivers from four of the largest operators told us the medicines
bag was regularly left behind at school at home time, so the handover now happens at the
vehicle door and both adults sign the sheet.>> <<S:Call handlers in our emergency operations
centre tested the passport look-up for two months and asked for a single reference number on
the wallet instead of the child's name, so that it can be read out quickly and safely.>>
<<S:Children's community nurses wrote the passenger assistant training and changed it after
the first sessions, adding practice on a moving minibus because assistants said a classroom
was nothing like the real thing.>> <<S:The council's SEND transport officers designed the route
sheet that links each child to their passport.>>

The Haverleigh Parent Carer Forum endorsed the passport and sent it to its 600 member
families. Parents were sent a passport form to complete with their child's nurse before the
start of term. We surveyed parents after the first term and most were happy with the
passport, so we did not change it. We did not have parents on the working group, which in
hindsight we should have. We plan to ask young people who use school transport how the
passport could be improved.
"""),
        ("value", "VALUE", """
The wallets and sealed bags cost about £4 per child. Training takes four hours per assistant
and is paid for by the operators under their contracts. An admission to paediatric intensive
care costs several thousand pounds a day, and a crew arriving to a child who has already had
their rescue medicine can often treat them at the roadside.

Passenger assistants say they feel trusted and less frightened. Call handlers say a call from
a school bus is no longer a guessing game.
"""),
        ("spread", "SPREAD", """
The passport has been shared with the other ambulance services in the region through the
regional paediatric clinical leads group, and one neighbouring county council has started to
use it. The children's community nurses now include the journey in every school healthcare
plan they write, and the council has extended the passport to children travelling to short
breaks and respite services.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I789  young carers who give a parent their medicines - docx - no headings -
#       long - young carers' charity chief executive, first person, personal -
#       charity with council early help, the LPC and a GP federation - young
#       carers and parents involved - claims in words ('half as many') - NO
#       staff involvement (pharmacies briefed, pharmacists trained, practices
#       sent guidance, school leads given a copy, a named project lead, a
#       question to school leads that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I789", format="docx", layout="no_headings", topic="young_carers_medicines",
    project="independent50-tooyoungtoguess-789", docx_font="Book Antiqua",
    title="Too Young to Guess: supporting young carers who help a parent with their medicines",
    cover=[
        "Elmsworth Young Carers (registered charity), working with Elmsworth Borough Council Early Help Service, Elmsworth and Netherby Local Pharmaceutical Committee and Elmsworth Partnership GP Federation",
        "Entry by the Chief Executive, Elmsworth Young Carers",
    ],
    primary_entrant=dict(name="Elmsworth Young Carers", type="charity"),
    partners=[
        dict(name="Elmsworth Borough Council", type="local_authority"),
        dict(name="Elmsworth and Netherby Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Elmsworth Partnership GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", None, """
When I started at Elmsworth Young Carers nine years ago, I assumed the hardest things for the
children we support would be the tiredness, the missed school and the worry. Those are real.
What I did not expect was how many of them were in charge of somebody else's medicines.

We support around 410 young carers aged between 8 and 18. Most look after a parent: a mum with
multiple sclerosis, a dad with severe depression, a parent with a drug or alcohol problem, a
parent with cancer, or a parent who does not read much English and relies on their child to
read the labels. Some look after a brother or sister with a disability. A lot of them help
with medicines, from reminding someone to take their tablets to collecting prescriptions,
filling a weekly pill box, measuring liquid morphine or working out what to do when a dose has
been missed. Hardly any of them have ever been shown how.

In 2022 we added a few questions about medicines to the yearly questionnaire our young
carers fill in. Almost half said
they helped a family member with medicines every week. A third said they had at some point
guessed a dose because they did not understand the label. Several described giving a
parent two doses because they could not remember whether the first had been taken. One girl
of twelve had been giving her mother's epilepsy tablets at the wrong times for months, because
the instructions had changed in hospital and her mother had been too confused after a seizure
to explain. A boy of fourteen was collecting methadone and diazepam for his father from the
pharmacy on his own, and was frightened of being stopped by the police on the way home.

We also heard what happened when things went wrong. A ten-year-old rang 999 when his mum, who
has diabetes, collapsed after he had given her insulin at the wrong time. He was alone with her
for twenty minutes before the ambulance came. He did everything right after that, but he
should never have been in that position.

What struck me most was how ordinary all of this seemed to the children. When I asked one of
our thirteen-year-olds how she knew how much of her dad's liquid morphine to give, she showed me
the mark she had drawn on the measuring spoon with a felt pen, and said it was fine because the
pharmacist had once told her it was '5 mils'. She was proud of it. She had worked it out on her
own because there was nobody else to ask, and she was terrified of getting it wrong. Children
like her do not think of themselves as carers, let alone as people giving controlled drugs. They
think of themselves as helping their mum or dad, which is exactly what they are doing. And many
of them are very reluctant to tell anyone, because they worry that if a teacher or a doctor
finds out, someone will decide their parent cannot cope and the family will be split up.

That fear shaped everything we did. Whatever we built had to feel like help for the family, not
like a check on the parent.

The adults around these children often did not know. GP practices record carers, but rarely
children, and a prescription is made out to the patient, not to the person who gives it.
Community pharmacists hand medicines over the counter to a child collecting for a parent every
day, and many had noticed, but had no way of passing on a concern short of a safeguarding
referral, which felt far too heavy. Schools sometimes knew that a pupil was a young carer, but
not what the caring involved. The council's early help teams carry out young carers'
assessments, but the form barely mentioned medicines.

So we set out to do three things. First, to find young carers who help with medicines through
the places they already go: the pharmacy counter, the GP surgery and school. Second, to make
sure each of them has a simple medicines plan, agreed with their family and the parent's GP or
pharmacist, that says what the young carer should and should not be doing. Third, to take the
riskiest jobs, such as controlled drugs, injections and complicated regimes, away from children
altogether, by putting the right adult support in place.
"""),
        ("evidence", None, """
Too Young to Guess began in April 2023. Community pharmacies in the borough now ask a simple
question when a child collects a prescription: 'Do you help give these at home?' If the answer
is yes, the pharmacist offers a short chat and, with the family's agreement, refers the child
to us. GP practices in the federation add a young carer code to the parent's record, and the
practice clinical pharmacist reviews the parent's medicines with the aim of making the regime
simpler and safer: fewer times a day, a clearer label, a blister pack where it helps, and
delivery rather than collection for controlled drugs. Our workers then sit down with the young
carer and the family and write a one-page medicines plan, and the early help service has added
medicines to its young carers' assessment.

In the first two years, pharmacies asked the question 1,140 times and referred 196 young
carers to us. Our workers have written 190 medicines plans. The practice pharmacists have
reviewed the medicines of 171 parents and changed the regime for 118 of them. Home delivery of
controlled drugs, or collection by an adult, has been arranged for 23 families.

<<Q:When the same questions went out in the 2024 questionnaire, half as many young carers said
they had ever had to guess a dose as in 2022.>> <<Q:Calls to our helpline from young carers worried that a
medicine had been given wrongly went from 63 in 2022 to 21 in 2024.>> <<Q:For the 118 parents
whose regime was simplified, the number of doses a child had to give each day fell from an
average of five to two.>>
"""),
        ("stakeholders", None, """
The young carers shaped almost every part of this. <<P:A group of fourteen young carers aged 11
to 17 met with us over six Saturday mornings in 2023 and designed the medicines plan, and it was
their idea to split it into three columns: 'I do this', 'I can help with this' and 'This is a
grown-up's job'.>> <<P:They also chose the wording of the pharmacy question, after trying out
several versions on each other, because they said anything with the words 'young carer' in it
would make most children say no.>> <<P:Younger carers, aged 8 to 10, drew the pictures for a
version of the plan for children who are not confident readers.>>

<<P:Some of the parents we work with came to a separate evening session, and one mother, who has
bipolar disorder, asked that every plan include what her son should do if she refused her
medicines, because that was what worried him most; the question is now on every plan.>> <<P:A
father who had relied on his daughter to collect his methadone asked us to help him explain to
her why that was stopping, and with his permission his account is now used in our training.>>

All 38 community pharmacies in the borough received a briefing from the LPC, and pharmacists
and counter staff completed a short online training module. GP practices were sent guidance on
coding young carers. Teachers who act as young carer leads in schools were given a copy of the
plan and told about the referral route. Our project lead, Jas Bhamra, has managed the work day
to day and writes the quarterly report for the partners. We asked school leads in 2024 whether
the information was useful and nearly all said it was, so we have kept it the same. We would
like to bring pharmacists, practice pharmacists and school staff together next year to look at
what could work better.
"""),
        ("value", None, """
The project costs about £48,000 a year, mainly a young carers worker and printing, and is paid
for by the council and a local charitable trust. Practice pharmacist time comes from existing
roles in the federation, and pharmacies use their existing consultation rooms. A single
admission after an insulin or opioid mistake costs far more than that, but the real value is
harder to count. Children who were carrying the weight of getting a parent's medicines right
now have an adult who is responsible for the difficult parts.

Young carers tell us they feel less on their own. One fifteen-year-old told her worker that the
plan was 'the first time anyone wrote down that some of it wasn't my job'. Parents say they had
not realised how much their children were doing.

There have been costs we did not expect. Some families needed far more than a medicines plan
once we started talking to them: a proper carer's assessment for the parent, help with money, or
a referral for the parent's own mental health. That has added to our workers' caseloads. But
every one of those conversations started because a pharmacist asked a child a single question
at the counter, and I think that is the best argument for the project I can make.
"""),
        ("spread", None, """
The medicines plan and the pharmacy question are free to download from our website, and the
national network of young carers' services has shared them with its members. Two neighbouring
councils have added medicines to their young carers' assessments, and the LPC has asked the
regional community pharmacy group to include the question in its young carers guidance. We
spoke about the project at the regional safeguarding children partnership conference in 2024
and at a national young carers' awareness event.

If I could say one thing to anyone reading this, it would be to look at the child at the
pharmacy counter. Many of them are not just collecting a prescription for their mum; they are
the one who will be giving it.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I790  health and safeguarding for children educated at home - pdf - form
#       table - council home education team manager, dry - council with the
#       community trust's 0-19 service and a GP federation - staff involved -
#       NO patient involvement (families sent letters, a support group told,
#       a questionnaire that changed nothing, children not asked, a plan) -
#       NO quantitative evidence (letters, reviews, vaccinations, referrals,
#       a single percentage, a target)
# ---------------------------------------------------------------------------
entry(
    id="I790", format="pdf", layout="form_table", topic="elective_home_education_health",
    project="independent50-seenandsafe-790", pdf_font="LiberationSans",
    title="Seen and Safe: health and safeguarding for children who are educated at home",
    cover_table=[
        ("Entry title", "Seen and Safe: health and safeguarding for children who are educated at home"),
        ("Lead organisation", "Redmarsh Metropolitan Borough Council, Elective Home Education and Children Missing Education Service"),
        ("Partner organisations", "Redmarsh Community NHS Trust (0-19 Public Health Nursing Service); Redmarsh GP Federation"),
        ("Entrant", "Team Manager, Elective Home Education"),
    ],
    primary_entrant=dict(name="Redmarsh Metropolitan Borough Council", type="local_authority"),
    partners=[
        dict(name="Redmarsh Community NHS Trust", type="nhs_trust"),
        dict(name="Redmarsh GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and its safety goals.", """
Parents in England have the right to educate their children at home, and most
home-educating families do it well. But a child who is not on a school roll can drop out of
sight of every service that would normally notice when something is wrong. Children in school
are seen by the school nursing team, have their vision and hearing checked, are offered
vaccinations at school and are seen every day by teachers trained to spot neglect and abuse.
A child educated at home may see none of these people.

There are about 1,150 children on the elective home education register in Redmarsh. Our
service has four advisers, who offer every family a visit each year, which families are free
to decline.

In 2022 a local child safeguarding practice review looked at the case of a 13-year-old girl
who had been taken out of school two years earlier. She was admitted to hospital with diabetic
ketoacidosis, the first sign of type 1 diabetes, after months of weight loss and tiredness. She
had not been seen by a health professional since leaving school, her family had declined our
adviser's visits, she was overdue two sets of vaccinations, and her GP practice had no record
that she was no longer at school. The review found that nobody was individually at fault, but
that the system had no way of keeping children like her in view.

We set three goals: every child on the register to be offered the same health contacts as a
child in school; every GP practice to know which of its registered children are educated at
home; and any concern picked up at a health contact to reach the right professional quickly.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Since September 2023 the council shares the register with the 0-19 service each month under
an information sharing agreement. Every family is offered a school nurse health review for
each child at the ages when children in school would have one, vision and hearing screening
at school entry age, and vaccinations at community clinics, including on Saturdays. The GP
federation has set up a 'home educated' code, which practices add when the council notifies
them, so that the GP sees it whenever the child is booked in.

- 1,150 families were written to about the health offer in the first year

- 486 children had a school nurse health review

- 312 vaccinations were given at community and Saturday clinics

- 61 children were referred on after a review, including 14 to children's social care and 22 to their GP about an unmet health need

- 94% of children on the register have the code on their GP record

Our target is for three quarters of children on the register to have had a health review by
the end of 2026. We do not yet know whether the scheme has made a difference to vaccination
rates or to the number of children coming to harm, and we will report on this next year.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:School nurses and our home education advisers designed the health review letter and the
review itself together, and dropped the word 'assessment' after the advisers warned that many
families would read it as an inspection of their teaching.>> <<S:Nurses from the immunisation
team suggested the Saturday clinics, having noticed that home-educating families rarely came to
the weekday catch-up sessions.>> <<S:Practice managers from the federation chose where the 'home
educated' code should appear on screen, after finding that in the first version it was hidden
in a tab GPs never opened.>>

Families on the register were sent a letter and leaflet explaining the health offer. The local
home education support group was told about the scheme at one of its monthly meetings. We sent
an online questionnaire to families whose children had a health review, and most said it was
helpful, so the review was not changed. Children themselves have not been asked for their views
at this stage. We would like to set up a reference group of home-educating parents and young
people in 2025.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The health reviews and vaccinations are part of the 0-19 service's existing contract with the
council; they simply were not being offered to these children before. The GP code took the
federation's digital lead about two days to set up. Advisers say they feel less alone with
their worries about individual children, because there is now a school nurse to talk to. The
cost of one child coming to serious harm unseen is impossible to put a figure on.
"""),
        ("spread", "How has the work been shared and spread?", """
The information sharing agreement and the health review letter have been shared with the
regional group of elective home education leads, and two other councils are now using them.
The safeguarding children partnership has included the scheme in its response to the practice
review, and we presented it at the regional school nursing network in 2024.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I791  parents able to call for a review of their child on children's wards
#       - docx - rubric headings - consultant paediatrician and ward sister,
#       warm - acute trust with a university and a parents' network - parents
#       and staff involved (wording 'chosen by them', passive voice) - a shift
#       on an SPC chart; evaluation interviews not tagged - no flags
# ---------------------------------------------------------------------------
entry(
    id="I791", format="docx", layout="rubric_headings", topic="parent_initiated_escalation_childrens_wards",
    project="independent50-worriedaskus-791", docx_font="Calibri",
    title="Worried? Ask Us: parents calling for a review of their child on Brightwater's children's wards",
    cover=[
        "Lead: Brightwater Teaching Hospitals NHS Trust, Children's Services",
        "Partners: University of Brightwater (School of Health Sciences); Little Steps Families Network (support group for parents of children with long-term and complex conditions)",
        "Written by a consultant paediatrician and the ward sister of Puffin Ward",
    ],
    primary_entrant=dict(name="Brightwater Teaching Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="University of Brightwater", type="university"),
        dict(name="Little Steps Families Network", type="patient_group"),
    ],
    sections=[
        ("context", "Why was the partnership needed and what were its patient safety goals?", """
Parents know their children. They notice when a chatty child goes quiet, when a baby's cry
sounds different, when something is just not right, often hours before it shows on a chart.
National reviews of children who died in hospital have found, again and again, that a parent
said they were worried and was not listened to.

Brightwater's three children's wards admit around 6,800 children a year. We use the paediatric
early warning score (PEWS), which is based on observations such as heart rate and breathing.
Until 2022 there was no formal way for a parent to raise a concern other than to tell the
bedside nurse, who might be busy, might be caring for several children and might not share the
parent's worry. Complaints we received showed that at night in particular parents felt
they were being a nuisance.

In one case in 2021, the mother of a two-year-old admitted with a chest infection told three
different nurses over a night that her daughter was 'not herself'. The little girl's
observations were only mildly abnormal, and she was not seen by a doctor until the morning
ward round, by which time she had sepsis and needed transfer to intensive care. She recovered.
Her mother's words in her complaint were: 'I kept saying it, and everyone was kind, and nobody
did anything.'

Our goals were simple. Any parent who is worried should be able to get a senior review of their
child, at any time, without having to persuade anyone. Parents' concerns should be recorded and
count towards escalation in the same way as observations. And staff should see it as normal,
not as a criticism, when a parent uses it.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Worried? Ask Us started on Puffin Ward in June 2022 and on the other two wards in January 2023.
Every bed space has a card with a direct number that rings the paediatric critical care outreach
nurse, day or night. At each set of observations nurses ask parents, 'How is your child compared
with earlier?', and the answer is recorded on the PEWS chart. A 'worse' answer adds to the score
and prompts a review by the nurse in charge.

In 2023/24 parents called the outreach number 212 times. In 38 of those calls the child needed
an urgent review by a registrar or consultant, and eleven children were moved to high
dependency care as a result.

<<Q:The median time from a parent's concern being recorded to review by a registrar came down
from 94 minutes in an audit in early 2022 to 27 minutes in 2024.>> <<Q:On our statistical process
control chart of unplanned transfers from the wards to intensive or high dependency care there
has been a sustained shift below the old centre line since early 2023, with twelve consecutive
months below it.>> <<Q:Serious incidents in which a parent's concern about a deteriorating child
had not been acted on went from four in 2021/22 to none in 2023/24.>>

The University of Brightwater's evaluation, which included interviews with 31 parents and 24
staff, found that parents felt more confident to speak up and that staff did not feel
undermined.
"""),
        ("stakeholders", "How were patients and staff involved?", """
The idea came from families. <<P:The mother whose daughter was transferred to intensive care in
2021 met the ward sister and consultant after her complaint and asked why there was no number
she could have rung herself, which is where the direct line came from.>> <<P:The wording on the
bedside card, 'You know your child. If you are worried, call us', was chosen over our own
version by parents from the Little Steps network, many of whom have spent months on our wards
with children who have complex conditions, at four meetings with us.>> <<P:They also asked that
the question at observations be about the child compared with earlier, not 'are you worried?',
because parents of children with complex needs are always worried.>>

<<S:Night staff nurses were concerned that parents would call about everything, so the outreach
nurses kept a log for the first three months and went through it with the ward teams, after
which the night staff agreed to extend the scheme to the other wards.>> <<S:Paediatric
registrars helped write the escalation steps and asked that the outreach nurse always speak to
them directly rather than bleep them, which is now the rule.>> <<S:Play specialists suggested a
version of the card for older children and teenagers, so that they can ask for a review
themselves, and designed it with the hospital school teachers.>>
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The outreach service already existed; the direct number and the cards cost under £2,000. Each
transfer to intensive care that is avoided saves the NHS a great deal, but the real gain is
children getting help sooner. Parents tell us they feel part of the team. Staff say they would
rather have a call early than find a child deteriorating later, and the flood of calls some
feared never came.
"""),
        ("spread", "How have the achievements been applied elsewhere and best practice shared?", """
The card, the PEWS question and the evaluation report have been shared with all the children's
units in our regional paediatric network, and four have introduced the scheme. The university
has published the evaluation and uses the scheme in teaching student children's nurses. Little
Steps has shared the bedside card with parent groups across the country.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I792  medicines in children's homes - docx - numbered questions with cover
#       bullets - PRIVATE children's home company as primary entrant, with
#       the council, the ICB's looked after children health team and CAMHS
#       (ineligible) - director of care, businesslike - young people ('our
#       young people', pronouns, care-experienced Young Inspectors as PS) and
#       staff involved
# ---------------------------------------------------------------------------
entry(
    id="I792", format="docx", layout="numbered_questions", topic="childrens_homes_medicines",
    project="independent50-rightmedicinerightchild-792", docx_font="Calibri",
    title="Right Medicine, Right Child: medicines safety in our children's homes",
    cover=[
        "Primary entrant: Oakbridge Children's Care Ltd (19 registered children's homes in and around Mossbury)",
        "Submitted by the Director of Care and Quality, Oakbridge Children's Care Ltd",
        "Partner organisations:",
    ],
    cover_bullets=[
        "Mossbury City Council, Children's Social Care",
        "NHS Mossbury and Tarn Integrated Care Board, Looked After Children Health Team",
        "Mossbury Community and Mental Health NHS Trust, Child and Adolescent Mental Health Services (CAMHS)",
    ],
    primary_entrant=dict(name="Oakbridge Children's Care Ltd", type="private"),
    partners=[
        dict(name="Mossbury City Council", type="local_authority"),
        dict(name="NHS Mossbury and Tarn Integrated Care Board", type="icb"),
        dict(name="Mossbury Community and Mental Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "1. What was the problem, and why did it need a partnership?", """
Oakbridge runs 19 children's homes for young people aged 10 to 17, most of them placed by
Mossbury City Council and neighbouring councils. The young people who live with us have usually
had very difficult childhoods, and many have ADHD, anxiety, depression, attachment
difficulties or a learning disability. In 2022, 71% were prescribed at least one regular
medicine and a third were on three or more, including stimulants for ADHD, which are controlled
drugs, melatonin, antidepressants and antipsychotics.

In children's homes medicines are given by residential support workers, not nurses. Young
people often arrive at short notice, sometimes at night, with a carrier bag of boxes from a
previous placement and no up-to-date list. Their prescriber may be a CAMHS team or a
paediatrician in another part of the country. Staff turnover in the sector is high. In 2022 our
own incident data showed 4.1 medicines errors for every 1,000 doses given, mostly missed doses,
doses given twice because of confusion at handover, and stock that did not add up.

Two incidents showed us we could not fix this on our own. A 15-year-old boy was given another
young person's risperidone because the boxes were stored together and the labels looked alike.
A 14-year-old girl who had been placed with us a week earlier took an overdose of sertraline she
had brought with her and hidden; nobody had told us she had a history of overdose, or that she
still had tablets from her previous foster home.

The problem sat between organisations. The council's social workers had the placement
information, the ICB's looked after children health team had the health history, CAMHS held
the prescriptions and the risk assessment, and we gave the medicines.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
Since May 2023 every new placement triggers a medicines reconciliation by one of the ICB's
looked after children pharmacists within five working days, using information from the young
person's GP, previous placement and CAMHS. The council's placement team sends a 'medicines and
risk' page with every referral and will not confirm an emergency placement until it has been
sent. A medicines passport goes with each young person if they move. Each home has a locked
cabinet for every young person, and CAMHS prescribers have a named contact in every home.

<<Q:Medicines errors fell from 4.1 per 1,000 doses in 2022 to 1.3 per 1,000 doses in 2024.>>
<<Q:Controlled drug stock discrepancies found at the weekly checks fell from 37 in 2022 to 6 in
2024.>> <<Q:Young people arriving at one of our homes without an up-to-date medicines list went
from 58% of new placements to 12%.>>

The ICB pharmacists completed 143 reconciliations in the first 18 months and stopped or changed
medicines for 41 young people.
"""),
        ("spread", "3. How has the work been shared or spread?", """
The council has added the 'medicines and risk' page to its placement process for all children's
homes and foster carers, not only ours. The ICB has offered pharmacist reconciliation to the
other three children's home providers in its area, and we presented the work at the national
children's homes association conference in 2024.
"""),
        ("value", "4. What difference has it made to young people and staff, and is it good value?", """
The pharmacist time, about a day a week, is funded by the ICB. Our own costs were the cabinets,
about £180 per young person, and training time. Fewer errors mean fewer trips to the emergency
department and fewer anxious phone calls in the middle of the night. Residential support
workers say they now feel confident that what they are giving is right, and our young people
say medicine time feels less like being 'processed'.
"""),
        ("stakeholders", "5. Who was involved and how?", """
<<P:Our young people at three of the homes told us that being called out of the lounge for
medicines in front of everyone was embarrassing, and was one of the reasons they refused them,
so medicines are now given in the young person's room or the office at a time they help to
choose.>> <<P:They also designed the front page of the medicines passport, which they named 'My
Meds', and insisted that it say what each medicine is for in their own words.>> <<PS:The
council's Young Inspectors, care-experienced young people employed on a sessional basis by the
council to review services, visited five of our homes and recommended that young people aged 16
and over be assessed to manage some of their own medicines as preparation for leaving care,
which is now part of every pathway plan.>>

<<S:Residential support workers from all 19 homes helped write the new handover sheet, after
telling us the old one had no space for 'given late' or 'refused', which is why some doses were
being given twice.>> <<S:Registered managers agreed with the ICB pharmacists a list of
look-alike medicines that must be kept on separate shelves.>> <<S:CAMHS nurses and psychiatrists
asked for a single weekly email from each home about refused or missed doses instead of phone
calls, and they designed the template.>>
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I793  the first four weeks after a young person starts an antidepressant -
#       pdf - two columns - GP federation clinical lead, succinct - GP
#       federation with CAMHS, the ICB and a youth counselling charity - staff
#       involved - NO patient involvement (young people given a leaflet,
#       parents sent texts, a negation, a youth group to be asked next year,
#       young people as beneficiaries)
# ---------------------------------------------------------------------------
entry(
    id="I793", format="pdf", layout="two_column", topic="young_people_antidepressant_starts",
    project="independent50-firstfourweeks-793", pdf_font="LiberationSans",
    title="The First Four Weeks: safer starts on antidepressants for young people in Calvercombe",
    cover=[
        "Calvercombe GP Federation (lead), with Calvercombe and Wessford Mental Health NHS Foundation Trust (CAMHS), NHS Calvercombe Integrated Care Board (Medicines Optimisation) and Open Door Youth Counselling (charity)",
        "Entry by the Clinical Lead for Children and Young People, Calvercombe GP Federation",
    ],
    primary_entrant=dict(name="Calvercombe GP Federation", type="primary_care"),
    partners=[
        dict(name="Calvercombe and Wessford Mental Health NHS Foundation Trust", type="nhs_trust"),
        dict(name="NHS Calvercombe Integrated Care Board", type="icb"),
        dict(name="Open Door Youth Counselling", type="charity"),
    ],
    sections=[
        ("context", "Why we needed to act", """
When a young person aged 12 to 17 starts an antidepressant, usually fluoxetine, the first few
weeks carry a particular risk. Some young people become more agitated or have new thoughts of
suicide before the medicine starts to help, and national guidance advises close contact,
ideally weekly, in the first month. In Calvercombe, as in many areas, CAMHS would start the
medicine and then ask the GP to take over prescribing, often in a letter that arrived a
fortnight later. The young person's next CAMHS appointment might be six weeks away.

Our 42 practices were issuing repeat prescriptions without always knowing who was keeping an
eye on the young person, and quantities were often large, two months at a time, for
convenience. Some young people stopped their medicine suddenly because they felt worse and
nobody had asked. In 2022 a 15-year-old took an overdose of 56 tablets that had been prescribed
to her in one go. She survived after a stay on the children's ward, and the review that
followed found that her GP practice and CAMHS had each believed the other was seeing her.

We agreed a shared plan. CAMHS prescribes the first 28 days and arranges a weekly contact for
four weeks, by a CAMHS nurse or, for young people already seeing them, a counsellor at Open
Door. The GP takes over prescribing only after a handover message through the shared care
record. No more than 14 days' supply is issued at a time for the first three months. A GP
record alert shows the young person's CAMHS contact, and practice pharmacists check quantities
every month.
"""),
        ("evidence", "What has changed", """
We compared 2022, the year before the plan, with 2024, using prescribing data and the CAMHS
record.

<<Q:Prescriptions for more than 28 days' supply of an antidepressant to under-18s fell from 38%
to 4%.>> <<Q:Young people who had a contact in each of their first four weeks rose from about a
third to 91%.>> <<Q:Attendances at the emergency department after self-poisoning with their own
prescribed antidepressant fell from 14 to 5.>>

In 2024, 263 young people started an antidepressant under the plan.
"""),
        ("stakeholders", "Who was involved", """
<<S:CAMHS psychiatrists and GPs from six practices drafted the plan at two evening workshops,
and the GPs asked for the handover to come through the shared care record rather than by
letter, because letters were arriving after the first repeat was due.>> <<S:Practice
pharmacists suggested the monthly quantity check and wrote the search that finds any under-18
on an antidepressant with more than 14 days' supply.>> <<S:Counsellors at Open Door offered to
provide the weekly contact for young people already seeing them, and helped design the
check-in questions so that they matched what they already ask.>> <<S:The ICB's medicines
optimisation pharmacists reviewed the draft and added a section on what to do when a young
person misses a weekly contact.>>

Young people starting an antidepressant are given a leaflet about what to expect in the first
weeks, and their parents or carers get a text reminder about the weekly contact. We had hoped
to involve young people in writing the leaflet but could not arrange it in time, so we adapted
national material. Open Door's youth participation group will be asked to review the leaflet
next year. The plan is meant to benefit every young person who starts an antidepressant in
Calvercombe.
"""),
        ("value", "Value", """
The plan uses existing staff time in CAMHS, Open Door and the practices. Smaller quantities
mean more prescriptions, which adds a little in dispensing fees. An overdose admission costs a
children's ward several thousand pounds, and the cost to a family of losing a child is beyond
any sum. GPs say they now know who is responsible, and CAMHS clinicians say they no longer
worry about what happens between appointments.
"""),
        ("spread", "Spread", """
The ICB has adopted the plan across its whole area from 2025, including the services of the
two other mental health trusts it commissions. We have shared the search and the shared care
template with other GP federations through the regional primary care network, and presented
the work at a national conference on children's mental health in primary care.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I794  refeeding young people with eating disorders on a children's ward -
#       docx - sections in an unusual order (results first) - lead paediatric
#       dietitian, detailed - acute trust with the mental health trust's
#       eating disorder service and an eating disorders charity - a young
#       person, her mum, peer workers (PS) and staff involved; staff
#       involvement told in the context section - a claim in words ('a third
#       fewer') - NO value section
# ---------------------------------------------------------------------------
entry(
    id="I794", format="docx", layout="reordered", topic="eating_disorder_refeeding_childrens_ward",
    project="independent50-saferefeeding-794", docx_font="Cambria",
    title="Safe Refeeding: young people with eating disorders admitted to the children's ward",
    cover=[
        "Lead organisation: Ottersby General Hospital NHS Trust, Children's Ward and Paediatric Dietetics",
        "Partners: Ottersby and Fellside Mental Health NHS Trust (Children and Young People's Community Eating Disorder Service); Beacon Recovery (eating disorders charity)",
        "Written by the Lead Paediatric Dietitian",
    ],
    primary_entrant=dict(name="Ottersby General Hospital NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Ottersby and Fellside Mental Health NHS Trust", type="nhs_trust"),
        dict(name="Beacon Recovery", type="charity"),
    ],
    sections=[
        ("evidence", "What we achieved", """
Safe Refeeding started in October 2022. We compare the two years before (October 2020 to
September 2022) with the two years after (October 2022 to September 2024).

<<Q:Young people whose blood phosphate fell to a dangerous level in the first week of refeeding
went from 9 of 41 admissions before to 2 of 48 after.>> <<Q:A third fewer young people had to be
moved to the high dependency unit because of a slow heart rate or a salts imbalance.>> <<Q:The
median length of stay on the children's ward fell from 23 days to 15 days.>> <<Q:Nasogastric
feeding under restraint, which young people describe as the most distressing part of an
admission, was needed in 6 admissions after the change compared with 15 before.>>

Every admission since the change has had a risk assessment against national guidance on the
day of admission, and 96% have had a meal plan agreed within 24 hours.
"""),
        ("context", "The problem we faced", """
Young people with anorexia nervosa who become medically unstable are admitted to our children's
ward, sometimes for weeks, while they wait for a specialist eating disorder bed or until they
are well enough to go home. Since the pandemic these admissions have become a regular part of
the ward's work, with at least one such young person on the ward most weeks.

They are among the most medically fragile patients we care for. Restarting nutrition too fast
can cause refeeding syndrome, in which phosphate, potassium and magnesium fall suddenly and can
affect the heart; restarting too slowly, the old cautious approach, means further weight loss
and a longer stay. National guidance, Medical Emergencies in Eating Disorders (MEED), was
updated in 2022 to recommend starting at a higher calorie level with close monitoring.

Our nurses are skilled children's nurses but had little training in eating disorders. Meal
times were battles. Young people hid food, exercised at night and sometimes pulled out their
feeding tubes. The community eating disorder team, run by the mental health trust, saw the
young people before and after admission but had no formal role while they were on the ward.
There was no agreed plan for blood tests, heart monitoring or how to increase the calories, and
each consultant did it differently. In 2021 a 14-year-old girl developed severe refeeding
syndrome on her fourth day with us and needed transfer to intensive care.

<<S:The Safe Refeeding protocol was drafted over the summer of 2022 by the ward's senior nurses,
our dietitians, two consultant paediatricians and the eating disorder team's consultant
psychiatrist, who met weekly on the ward and reworked each part as they tried it out.>> It sets
out the starting calories, how quickly to increase them, which blood tests and heart checks to
do and when, and what to do about an abnormal result. The eating disorder team now visits every
young person on the ward three times a week and leads a joint ward round every Tuesday. Beacon
Recovery provides meal support training for ward staff and peer support for young people and
their families.
"""),
        ("stakeholders", "Who made it happen", """
<<P:We asked young people who had been on the ward, and their parents, what had made meal times
so hard, and a 16-year-old we will call Rosie, who had been admitted twice, told us that being
watched by a different nurse at every meal made it worse, so each young person now has the same
two meal support staff on each shift wherever possible.>> <<P:Rosie's mum asked for a written
plan that parents could see, because she never knew what her daughter was supposed to be eating,
and the meal plan is now shared with families every day.>> <<PS:Beacon's two peer support
workers, who have both recovered from anorexia and are employed by the charity, helped write the
meal support guidance for staff and still run the monthly training session.>>

<<S:Healthcare assistants asked for training in what to say when a young person refuses to eat,
and the eating disorder team's nurses built a half-day session around the situations they
described.>> <<S:Night staff pointed out that young people were exercising in their rooms after
lights out, and the nursing team agreed a plan for checks with the eating disorder service that
respects young people's privacy.>> <<S:Our phlebotomists and the ward pharmacist worked out a
blood test timetable that avoids early morning tests on weighing days, because the two together
caused great distress.>>
"""),
        ("spread", "Sharing it", """
The protocol has been adopted by the two other children's wards in the county and shared
through the regional paediatric network. The community eating disorder team uses the same
calorie plan for young people who are refed at home. We presented the work at a national MEED
implementation meeting in 2024, and Beacon now offers its meal support training to other
hospitals.
"""),
    ],
    flags=[dict(code="missing_section", criterion="value")],
)


# ---------------------------------------------------------------------------
# I795  planned return to school after hospital care for self-harm - pdf -
#       numbered questions - university associate professor, academic - a
#       university with the council's inclusion service, a children's
#       hospital liaison team and a youth mental health charity - young
#       people, parents and staff involved - NO quantitative evidence in the
#       evidence section (counts, a survey figure with no baseline, a target,
#       data awaited), though the context reports a measured change from an
#       earlier pilot
# ---------------------------------------------------------------------------
entry(
    id="I795", format="pdf", layout="numbered_questions", topic="return_to_school_after_self_harm",
    project="independent50-backtoschool-795", pdf_font="LiberationSerif", pdf_align="J",
    title="Back to School Safely: planning a young person's return to school after hospital care for self-harm",
    cover=[
        "Lead entrant: University of Drayfield, School of Nursing and Midwifery (Centre for Child and Adolescent Mental Health)",
        "Partners: Drayfield City Council (Educational Psychology and Inclusion Service); Drayfield Children's Hospital NHS Foundation Trust (Paediatric Liaison Mental Health Team); Kinder Minds (youth mental health charity)",
        "Author: Associate Professor of Child and Adolescent Mental Health Nursing",
    ],
    primary_entrant=dict(name="University of Drayfield", type="university"),
    partners=[
        dict(name="Drayfield City Council", type="local_authority"),
        dict(name="Drayfield Children's Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="Kinder Minds", type="charity"),
    ],
    sections=[
        ("context", "1. What was the problem and why was a partnership needed?", """
Self-harm is the commonest reason for a young person to attend an emergency department with a
mental health problem, and the weeks after an attendance are a period of raised risk of
repetition and, less often, of suicide. In Drayfield about 300 young people aged 11 to 17
attend the children's hospital each year after self-harm. Most go home the same day or after
one night, with a safety plan agreed with the paediatric liaison mental health team and a
letter to their GP.

Most of these young people are back at school within a few days. Our earlier qualitative work
with young people, parents and school staff, published in 2022, found that the return to school
was one of the least planned and most anxious parts of the whole episode. Schools were usually
not told, or found out through rumour or social media. Pastoral staff did not know whether to
mention it, what the safety plan said or whom to call if they were worried. Young people
described walking back into the same corridors, and sometimes the same friendship group, that
had contributed to their distress, with nobody having a plan.

<<Q:A small pilot of planned returns in two secondary schools in 2022/23 found that repeat
attendances at the emergency department within three months fell from 9 of 26 young people in
the year before the pilot to 3 of 24 during it.>> On the strength of this, the university, the
council's inclusion service, the hospital and Kinder Minds agreed to offer the approach to every
secondary school in the city.
"""),
        ("evidence", "2. What was done, and what evidence is there of improvement?", """
Since September 2023, the liaison team asks every young person and their parent, before they
leave hospital, whether they agree to the school being contacted. If they agree, the team
shares a short summary and the safety plan with the school's designated mental health lead
through a secure portal, and an educational psychologist or inclusion officer from the council
helps the school arrange a return meeting within five school days. The meeting agrees a named
trusted adult, what the young person wants classmates and teachers to be told, any changes to
the timetable and whom to call if things get worse. Kinder Minds offers every young person six
sessions with a youth worker.

In the first school year (September 2023 to July 2024):

- 214 young people were asked about sharing with school, and 161 agreed

- 143 return meetings took place within five school days, and 11 more within ten

- 48 of the city's 52 secondary and special schools held at least one meeting

- 97 designated mental health leads and pastoral staff attended our training

- 118 young people took up sessions with Kinder Minds

- in our evaluation questionnaire, 82% of young people said they felt safer at school because of the plan

Our target is for 90% of return meetings to take place within five school days. We are still
collecting repeat attendance data for the whole cohort and will report it in 2025, when a full
year of follow-up is available.
"""),
        ("spread", "3. How has the work been shared?", """
The return meeting template, the consent wording and the training materials are freely
available on the university's website. Two neighbouring councils have started using the
approach with their own hospitals, and the model has been presented at the national conference
of school and college mental health leads and at a regional child death overview panel learning
event. A paper describing the first year is under review.
"""),
        ("value", "4. What has been the impact on young people, staff and value for money?", """
A return meeting takes about an hour of school staff time and an hour of an educational
psychologist's or inclusion officer's time. The Kinder Minds sessions cost around £240 per young
person and are funded by the council. A repeat attendance after self-harm costs the NHS several
hundred pounds at the least, and every young person kept safe matters far more than that.
Pastoral staff tell us they now feel they know what to do. Young people say they valued being
asked what their classmates should be told.
"""),
        ("stakeholders", "5. Who was involved, and how?", """
<<P:Members of Kinder Minds' youth board, aged 14 to 19 and all with their own experience of
self-harm, worked with us on the consent wording and insisted that the young person, not the
parent, decides what the school is told, apart from a few safeguarding exceptions that they
helped us explain.>> <<P:They also rewrote the return meeting template so that it opens with
'What would make coming back easier?' instead of a list of risks.>> <<P:Parents who took part in
our 2022 study helped plan the pilot and asked for a named contact at school whom they could
ring, which became the 'trusted adult'.>>

<<S:Designated mental health leads from the two pilot schools tested the meeting template and
asked for a shorter version for young people who had missed only a day or two.>> <<S:Liaison
nurses at the children's hospital changed their discharge conversation to include the question
about school, after trying out three different wordings over a month.>> <<S:Educational
psychologists from the council suggested holding the meeting somewhere other than the head
teacher's office, which young people found intimidating, and this is now in the guidance.>>
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I796  health information for kinship carers when a child arrives in an
#       emergency - docx - style headings - kinship care charity family
#       support manager, heartfelt - charity with the council, the community
#       trust's children in care health team and a PCN - kinship carers, a
#       teenager and staff involved - NO quantitative evidence (placements,
#       handovers, calls, supplies, registrations, a survey figure with no
#       baseline, a statement that no comparison is possible)
# ---------------------------------------------------------------------------
entry(
    id="I796", format="docx", layout="style_headings", topic="kinship_carers_emergency_health_handover",
    project="independent50-arrivingwithnothing-796", docx_font="Calibri",
    title="Arriving with Nothing: health information for kinship carers when a child moves in at short notice",
    cover=[
        "Kith and Kin Ebbingford (registered charity supporting family and friends carers), lead entrant",
        "Partners: Ebbingford County Council (Children's Social Care); Ebbingford Community Health NHS Trust (Children in Care Health Team); Ebbingford North Primary Care Network",
        "Entry written by the Family Support Manager",
    ],
    primary_entrant=dict(name="Kith and Kin Ebbingford", type="charity"),
    partners=[
        dict(name="Ebbingford County Council", type="local_authority"),
        dict(name="Ebbingford Community Health NHS Trust", type="nhs_trust"),
        dict(name="Ebbingford North Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "Background", """
Kinship carers are grandparents, aunts, uncles, older brothers and sisters and family friends
who take in a child when the child's parents cannot look after them. Many do it in an
emergency. The phone rings late at night, a social worker or a police officer is at the door,
and a child arrives with whatever they happen to be wearing. In Ebbingford about 180 children a
year move in with a relative or friend this way, usually after a parent has been arrested,
taken into hospital or found unable to care for them.

The child's health needs do not stop at the door, but the information about them often does.
The calls to our helpline in the first week of a placement tell the same story again and
again: no inhaler, no epilepsy
tablets, no idea of the child's allergies, which GP the child was registered with or whether
their jabs were up to date. Medicines were left in the parents' home, which might be locked or
a crime scene. A kinship carer who has not yet been approved as a foster carer has no paperwork
that a GP surgery or pharmacy will accept, and registering the child can take weeks.

Sometimes this puts children in danger. In 2022 a four-year-old boy with asthma was placed with
his grandmother late on a Friday night without his inhalers. By Saturday afternoon he was
wheezing badly, she did not know whom to call, and he was admitted to the children's ward. A
nine-year-old girl with epilepsy went three days without her medicine because her aunt did not
know she took any, and had a seizure at her new school.

These problems fell between all of us. Children's social care arranges the placement. The
community trust's children in care health team carries out health assessments, but only once a
child is formally looked after, and many children living with relatives are not. GP practices
want proper paperwork before registering a child or issuing a prescription. And we, the
charity, pick up the pieces when carers ring us the next morning.
"""),
        ("evidence", "What we have done and what has changed", """
Arriving with Nothing started in June 2023. When a social worker arranges an emergency placement
with a relative or friend, they now complete a one-page health handover on their phone before
they leave: the child's GP, known conditions, medicines and allergies, and where the medicines
are. If medicines have been left behind, the emergency duty team or the police collect them, or
the duty GP in the primary care network issues an emergency supply. The children in care health
team phones every kinship carer within two working days, whether or not the child is formally
looked after. Practices in the network register these children as temporary residents on the
day, accepting a letter from children's social care in place of other paperwork. And our team
gives every new kinship carer a 'first night' bag with a few essentials and a card listing whom
to call about what.

Between June 2023 and May 2025:

- 186 children were placed with kinship carers in an emergency

- social workers completed the health handover for 151 of them

- the children in care health team spoke to the carer within two working days for 139 children

- 44 children had an emergency supply of medicines arranged on the day or the next morning

- 97 children were registered as temporary residents with a practice in the network

In our survey of kinship carers in 2024, nine in ten said they knew whom to contact about the
child's health in the first week. We have not been able to compare emergency admissions before
and after, because before 2023 placements with relatives were not recorded in a way that could
be matched with hospital data.
"""),
        ("stakeholders", "Who was involved", """
<<P:Six grandparents, an aunt and a family friend who had taken in children in an emergency met
us and the council over three evenings, and they wrote the list of questions on the health
handover, starting with 'Where are the child's medicines right now?'>> <<P:One grandfather, who
had spent a week trying to register his granddaughter with his own GP, came with us to meet the
practice managers in the primary care network, and his account persuaded them to accept the
council's letter.>> <<P:A 15-year-old living with her nan chose what went into the 'first night'
bag for teenagers, including a phone charger and toiletries, because she said those were what
she had missed most.>>

<<S:Social workers from the emergency duty team tested the handover on their phones for two
months and asked for it to be cut to a single screen, because they often fill it in standing in
a hallway at midnight.>> <<S:Nurses in the children in care health team suggested phoning all
kinship carers, not only those caring for formally looked after children, and agreed with their
managers to absorb the extra calls.>> <<S:Receptionists and practice managers in the network
wrote the temporary registration procedure and chose the wording of the council's letter.>>
"""),
        ("value", "Value for money and experience", """
The 'first night' bags cost about £25 each and are paid for by donations. The health handover
and the phone calls use existing staff time. A weekend admission of a child with asthma costs
the NHS more than a year's worth of first night bags. Carers tell us they feel less alone at
the most frightening moment. Social workers say the handover gives them something concrete to
do for the child's health before they leave.
"""),
        ("spread", "Sharing what we learned", """
The health handover has been adopted by the council's fostering service for emergency foster
placements. We have shared the approach with the national network of kinship care charities,
and two other councils in the region have asked for the handover form and the GP letter. The
primary care network has shared its temporary registration procedure with the other four
networks in the county.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I797  health forms and medicines on youth residential trips - docx -
#       bullet lists - short - youth charity head of youth work, upbeat - a
#       youth charity entering ON ITS OWN; a foundation that funded the form
#       is thanked but is not a partner (ineligible) - young people and
#       parents involved - NO staff involvement (volunteer leaders trained,
#       youth workers briefed, a named head of youth work who wrote the
#       policy, feedback that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I797", format="docx", layout="bullet_lists", topic="youth_residential_trips_health_forms_medicines",
    project="independent50-campready-797", docx_font="Arial",
    title="Camp Ready: up-to-date health forms and safe medicines on youth residential trips",
    cover=[
        "Brackenmoor Youth Trust (registered charity), entering on its own behalf",
        "With thanks to the Hallworth Foundation, which paid for our digital health form",
        "Contact: Head of Youth Work",
    ],
    primary_entrant=dict(name="Brackenmoor Youth Trust", type="charity"),
    partners=[],
    sections=[
        ("context", "Why we did it", """
Brackenmoor Youth Trust runs youth clubs, outdoor activity weekends and summer camps for young
people aged 10 to 18. Every year about 3,000 young people go on one of our 60 or so residential
trips.

What we found in 2022:

- health forms were on paper, filled in once when a young person joined and hardly ever updated

- many forms were more than a year old, and some did not mention conditions diagnosed since

- medicines travelled in rucksacks, carrier bags and sometimes a leader's pocket

- leaders did not always know who had an adrenaline pen or an inhaler, or where it was

- a 13-year-old with a severe nut allergy had a reaction at camp and her adrenaline pen was found in a minibus parked a mile away

- a 12-year-old's insulin was packed in a cool box with ice and froze, and his blood sugar was high for two days before anyone realised why

What we do now, since spring 2023:

- parents complete a digital health form, which must be checked and updated no more than 14 days before every residential

- two leaders check medicines in at departure against the form, and they go in a labelled pouch that stays with the young person or the trip first-aider

- every residential has a named 'trip health lead' who holds the list

- an allergy and diet list goes to the centre's caterers a week before arrival

- a young person whose form has not been updated does not travel, and we ring the family the day before to sort it out, so this has only happened twice

- spare inhalers and a spare adrenaline pen, with parents' written agreement, go in the trip health lead's bag on every residential
"""),
        ("evidence", "What has improved", """
- <<Q:medicines incidents on residentials fell from 27 in 2022 to 9 in 2024>>

- <<Q:health forms more than a year out of date at the time of a trip fell from 41% to 3%>>

- <<Q:young people sent home early from a residential because of a health problem went down from 22 to 10>>

- 2,940 digital forms were completed in 2024
"""),
        ("stakeholders", "Who was involved", """
- <<P:members of our youth council tried the digital form on their phones and said the first version asked about 'conditions' in a way that made them feel like patients, so it now asks 'Is there anything about your health we should know to keep you safe?'>>

- <<P:parents of young people with type 1 diabetes showed us how they pack insulin for trips and wrote the packing guide every parent now receives>>

- <<P:the girl whose adrenaline pen was left in the minibus, and her dad, suggested the rule that pens travel on the young person and never in a vehicle>>

- all 240 volunteer leaders completed online training on the new system

- youth workers were briefed at a team meeting

- the project was led by our Head of Youth Work, Priya Sandhu, who wrote the new policy

- we asked leaders for feedback after the 2023 summer camps and most found the system easy, so it stayed as it was

- we would like leaders to help review the system in 2025
"""),
        ("value", "Value", """
- the digital form cost £9,500 to set up, paid for by the Hallworth Foundation, and costs about £600 a year to run

- medicine pouches cost £2 each

- every young person who stays on a trip instead of being sent home is a family that keeps trusting us

- parents tell us they feel reassured
"""),
        ("spread", "Spread", """
- we have shared the form and the packing guide with two other youth organisations in the county

- the outdoor centres we use have asked for our allergy list template for their other groups

- we would happily send the form questions to any youth group that asks
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I798  children who fail the school entry vision screen and are never seen
#       - pdf - with appendix - school nursing service lead, technical -
#       community trust 0-19 service with the acute trust's orthoptists, the
#       council's public health team and the local optical committee - staff
#       involved - NO patient involvement (parents sent letters and texts, a
#       survey that changed nothing, children as beneficiaries, a negation
#       with a hope)
# ---------------------------------------------------------------------------
entry(
    id="I798", format="pdf", layout="with_appendix", topic="school_vision_screening_follow_up",
    project="independent50-lookagain-798", pdf_font="LiberationSans", pdf_align="L",
    title="Look Again: making sure children who fail their school entry vision screen are seen",
    cover=[
        "Lead entrant: Whinmoor Community Health NHS Trust, 0-19 Children's Public Health Service (School Nursing)",
        "Partners: Whinmoor and Lakes University Hospitals NHS Trust (Orthoptic Service); Whinmoor Borough Council (Public Health); Whinmoor Local Optical Committee",
        "Prepared by the School Nursing Service Lead, with the Head Orthoptist at Whinmoor and Lakes University Hospitals",
    ],
    primary_entrant=dict(name="Whinmoor Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Whinmoor and Lakes University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Whinmoor Borough Council", type="local_authority"),
        dict(name="Whinmoor Local Optical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "Why it matters", """
Every child in Whinmoor has their eyesight checked in their reception year at school, at the
age of four or five. The aim is to find children with reduced vision in one or both eyes, most
often because of amblyopia (a 'lazy eye'), while it can still be treated. Glasses and patching
work best if treatment starts before the age of seven. After that a child may be left with
permanently poor sight in one eye, which rules out some careers, such as driving for a living,
and leaves them at real risk if they ever lose the sight of their good eye.

Screening is carried out in school by trained screeners from our school nursing service. Each
year around 3,300 children are screened and about 300 do not pass. Until 2022 those children
were referred to the hospital orthoptic clinic, and their parents were sent a letter asking them
to ring and book. Many did not. After two missed appointments the hospital discharged the child
back to the GP, who usually did nothing further because the GP had not made the referral.
Nobody held the whole list.

In 2022 the orthoptists audited every child who had failed screening in 2020/21. Nearly two
fifths had not been seen within six months, and some had never been seen at all. Among them was
a seven-year-old boy who, when he finally attended after his teacher raised concerns, was found
to have very poor vision in one eye that could no longer be fully corrected.

The families least likely to attend were those who lived furthest from the hospital, did not
speak English at home, or had several young children and no car. The hospital clinic is on the
edge of town and only opens in school hours.
"""),
        ("evidence", "What has changed", """
Look Again started in September 2022. Children who do not pass screening can now be seen by a
community optometrist near their school or home, as well as at the hospital, under a pathway
agreed with the local optical committee and paid for by the council's public health team. The
school nursing service keeps a single failsafe list of every child who fails screening and
follows each one up: a text to the parent two weeks after the result, a phone call at four
weeks, and a home visit or a conversation at school if there is still no appointment. Children
come off the list only when they have been seen, and the orthoptists review every community
optometrist's report.

<<Q:Children who failed screening and were seen within 12 weeks rose from 44% in 2021/22 to 86% in
2023/24.>> <<Q:Children lost to follow-up after missing two appointments fell from 212 over the
two years before the project to 37 over the two years since.>> <<Q:The average age at which
children with amblyopia started treatment came down from 6 years 2 months to 5 years 4
months.>>

In 2023/24, 31 community optometry practices saw 168 children through the pathway.
"""),
        ("stakeholders", "Who was involved", """
<<S:Our screeners pointed out that parents were often handed the result letter in a book bag and
never saw it, so results are now sent by text as well, in the family's first language where we
know it.>> <<S:Community optometrists from the local optical committee worked with the
orthoptists to agree a short report form, and asked for a direct phone line to the orthoptic
clinic for advice, which is now staffed every afternoon.>> <<S:The orthoptists started late
afternoon clinics twice a week after the clinic's reception staff showed them that most missed
appointments fell in the middle of the school day.>> <<S:School nurses suggested using the
contact details held by school attendance officers when a parent's number had changed, and
worked out with the council's information governance team how this could be done lawfully.>>

Parents receive a letter and a text explaining the result and where they can take their child.
We sent a short survey to parents whose children were seen by a community optometrist, and most
were satisfied, so the pathway was left as it was. The children who gain most are those from
families who found it hard to get to the hospital. We have not yet asked parents or children to
help shape the information we send out, and would like to.
"""),
        ("value", "Value", """
The council's public health team pays community optometrists £45 for each child seen, about
£7,500 a year. The failsafe list takes about a day a week of a school nursing administrator's
time. Treating amblyopia early is cheap; a lifetime of poor sight in one eye is not. Parents
tell us it is much easier to take a child to an optician in town after school than to take a
day off work for the hospital.
"""),
        ("spread", "Spreading the work", """
The pathway has been shared with the regional orthoptic network, and two neighbouring areas are
setting up community optometry pathways of their own. We now use the same failsafe list design
for hearing screening follow-up. We presented the work at a national child vision screening
conference in 2024.
"""),
    ],
    trailer=[
        ("heading", "Appendix: pathway and data definitions"),
        ("para", "Pathway: reception vision screening in school; result sent to parents by letter and text; referral to the hospital orthoptic clinic or to a community optometrist chosen by the family; failsafe follow-up by the school nursing service at two and four weeks; orthoptic review of every community optometrist's report."),
        ("para", "Seen within 12 weeks: first appointment attended within 12 weeks of the screening date. Lost to follow-up: discharged after two missed appointments without being seen, or not seen within 12 months. Figures are taken from the school nursing screening database and the orthoptic service's patient administration system."),
        ("para", "Contact: 0-19 Children's Public Health Service, Whinmoor Community Health NHS Trust, Moorgate House, Whinmoor WH3 2LP."),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I799  safe discharge of newborn babies on a pre-birth child protection plan
#       - docx - form table - ICB designated nurse for safeguarding children,
#       procedural - ICB with the council's children's social care, the
#       maternity service and the police public protection unit - staff
#       involved - NO patient involvement (parents given a copy and told, the
#       maternity voices partnership updated, a plan) - NO evidence section,
#       but a measured change is reported in the context section, so the
#       entry is not flagged for quantitative evidence
# ---------------------------------------------------------------------------
entry(
    id="I799", format="docx", layout="form_table", topic="pre_birth_plan_newborn_discharge",
    project="independent50-beforewegohome-799", docx_font="Calibri",
    title="Before We Go Home: safe discharge of newborn babies who have a pre-birth child protection plan",
    cover_table=[
        ("Title of entry", "Before We Go Home: safe discharge of newborn babies who have a pre-birth child protection plan"),
        ("Lead organisation", "NHS Kirkhallam and Vale Integrated Care Board, Safeguarding Children Team"),
        ("Partner organisations", "Kirkhallam City Council (Children's Social Care); Kirkhallam Hospitals NHS Trust (Maternity and Neonatal Services); Kirkhallam Constabulary (Public Protection Unit)"),
        ("Name and role of entrant", "Designated Nurse for Safeguarding Children"),
    ],
    primary_entrant=dict(name="NHS Kirkhallam and Vale Integrated Care Board", type="icb"),
    partners=[
        dict(name="Kirkhallam City Council", type="local_authority"),
        dict(name="Kirkhallam Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Kirkhallam Constabulary", type="emergency_service"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and its safety goals.", """
When children's social care is worried about an unborn baby, for example because of domestic
abuse, serious drug use by a parent or an older child who has already been removed, it carries
out a pre-birth assessment and, where the risk is high, makes a child protection plan before the
baby is born. The plan says where the baby will go after the birth: home with support, to a
mother and baby placement, to a relative, or into foster care with an application to court.

Babies do not arrive in office hours. In Kirkhallam between 60 and 70 babies a year are born
with a pre-birth plan, and a large share of them are born at night or at a weekend, when the
allocated social worker is not at work. Maternity staff did not always know there was a plan,
because it sat in the social care record with a paper copy in the maternity notes, and discharge
from the postnatal ward can happen within hours. In 2021 a five-week-old baby suffered serious
head injuries at home. He had been discharged on a Saturday to his parents, although the plan
said the family should go to a mother and baby placement, because the ward could not reach
anybody who could confirm the plan and the parents said it had changed.

The protocol we agreed in 2023 has four parts. A discharge planning meeting is held by 36 weeks
of pregnancy with the social worker, the named midwife and, where relevant, the police public
protection unit. A red alert with the agreed plan is placed on the electronic maternity record.
No baby with a pre-birth plan leaves hospital until children's social care has confirmed the
plan, through the allocated social worker in the day or the emergency duty team out of hours,
using a confirmation form sent to the ward. And the police are told of every birth where the
plan names a risk from a particular adult.

<<Q:Since the protocol started in April 2023, babies on a pre-birth plan who were discharged
before children's social care had confirmed the plan fell from 14 of 63 in 2022/23 to 1 of 71 in
2023/24.>> That one baby was discharged to a grandparent, in line with the plan, a few hours
before the form arrived, and came to no harm.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Midwives on the postnatal ward told us they often learned about a plan from the parents
themselves, and with the named midwife for safeguarding they designed the red alert and the
wording that appears on the maternity record.>> <<S:Social workers from the emergency duty team
asked for a single confirmation form that they could complete from home at night, and they
tested it with the ward over three weekends before it went live.>> <<S:Officers from the police
public protection unit drew up the list of situations in which they need to be told of a birth,
after going through the cases from 2021 and 2022 with us.>> <<S:Neonatal nurses pointed out that
babies admitted to the neonatal unit were being missed because the alert only showed on the
postnatal system, and it now shows on both.>>

Parents are given a copy of their discharge plan at the 36-week meeting, and their social worker
explains the protocol to them. The local Maternity Voices Partnership was updated on the
protocol at one of its meetings. We would like to involve parents who have been through a
pre-birth assessment in reviewing the information we give families, with support from an
independent advocacy service.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The protocol uses existing staff and systems. The main cost was a change to the maternity
record, which the trust's digital team made in-house. One serious injury to a baby carries
lifelong costs, and the harm cannot be measured in money. Midwives say they no longer have to
choose between keeping a family on the ward with no authority to do so and sending a baby home
without knowing it is safe. Emergency duty team social workers say the form makes a hard
decision clearer.
"""),
        ("spread", "How has the work been shared and spread?", """
The protocol has been adopted by the neighbouring trust whose maternity unit delivers some
Kirkhallam babies, and the safeguarding children partnership has written it into its
multi-agency procedures. We shared it with the regional network of designated safeguarding
professionals in 2024.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I800  children with sickle cell disorder at school - pdf - no headings -
#       short - chair of a parents' and young people's group, plain - a
#       patient group as lead with the hospital haematology team and the
#       council's inclusion service - parents and young people involved - NO
#       staff involvement (teachers trained, school nurses briefed, a named
#       schools coordinator doing her job)
# ---------------------------------------------------------------------------
entry(
    id="I800", format="pdf", layout="no_headings", topic="sickle_cell_children_at_school",
    project="independent50-waterwarmthplan-800", pdf_font="LiberationSans", pdf_align="L",
    title="Water, Warmth and a Plan: children with sickle cell disorder at school in Colbrook",
    cover=[
        "Colbrook Sickle Cell Parents and Young People's Group (lead), with Colbrook University Hospitals NHS Trust (Paediatric Haematology) and Colbrook City Council (Education and Inclusion Service)",
        "Written by the Chair of the group",
    ],
    primary_entrant=dict(name="Colbrook Sickle Cell Parents and Young People's Group", type="patient_group"),
    partners=[
        dict(name="Colbrook University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Colbrook City Council", type="local_authority"),
    ],
    sections=[
        ("context", None, """
Our group was started by four mums in a church hall in 2014. Today we support 64 families in
Colbrook who have a child with sickle cell disorder. Sickle cell is an inherited blood
condition. When a child gets cold, dehydrated, overtired or unwell, the red blood cells can
change shape and block small blood vessels. This causes severe pain and can lead to strokes,
chest problems and life-threatening infections. A fever in a child with sickle cell is an
emergency.

Our children spend most of their day at school, and for years that was where things went wrong.
Teachers stopped them keeping water bottles on their desks, or would not let them go to the
toilet as often as they needed, so they drank less. They were sent out for PE on freezing days
in shorts and taken swimming in cold pools. A child with a temperature was put on the bus home
or told to sit in the office. In 2022 a ten-year-old girl in our group was sent home with a high
temperature and a headache; her mum was at work and did not get the message for two hours. She
was admitted that evening with acute chest syndrome and spent a week in high dependency care.

Most schools had never had a child with sickle cell before. Health care plans, where there were
any, were general and often out of date.
"""),
        ("evidence", None, """
Since September 2023 every child in our group has a school health plan based on a template that
covers water, toilet breaks, keeping warm, PE and swimming, and what to do if the child has a
fever or pain, with the haematology ward's phone number. The council's inclusion service has
asked every school with a child with sickle cell to use it. <<Q:The average number of school
days missed in a year by the children in our group fell from 19 in 2022/23 to 11 in
2023/24.>> <<Q:Hospital admissions with a sickle cell crisis that started during the school day
went down from 17 to 6 over the same period.>> These figures come from our families' own records
and the hospital's admission data.
"""),
        ("stakeholders", None, """
<<P:Parents in the group wrote the plan template at three evening meetings, using what had gone
wrong for their own children, and insisted that 'a fever means ring 999 or the ward, never send
home' be the first line.>> <<P:Young people aged 11 to 16 from our Saturday club made a short film
for teachers about what a sickle cell crisis feels like, and chose to include being told off for
asking to go to the toilet.>> <<P:Year 6 children in the group asked for a small card they could
show a supply teacher instead of having to explain in front of the class, and they designed
it.>>

Teachers and teaching assistants in 31 schools watched the film and had a short training
session. School nurses were briefed on the plan by the council. Our schools coordinator, Mrs
Adaeze Okafor, visits each school at the start of the year to go through the plan with the
child's class teacher.
"""),
        ("value", None, """
The project cost about £6,000, for the film, printing and Mrs Okafor's hours, paid for by a
grant from a local community foundation. Every admission avoided saves the NHS several nights on
a children's ward, and every day in school matters for a child's future. Parents tell us they
can go to work without dreading the phone ringing.
"""),
        ("spread", None, """
The template, the card and the film are free on our website. The regional haemoglobinopathy
network has shared them with other hospitals, and a national sickle cell charity has added the
film to its resources for schools. We would be glad to help any group of parents who want to do
the same thing in their own town.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)
