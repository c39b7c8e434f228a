"""Thirty-fifth independent evaluation set (I545..I560) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing mental health and community trusts,
councils, charities, emergency services, primary care and care providers send in, in
their own voices and at their own length.  The theme of this set is mental health,
learning disability and autism, and community health services working with councils and
charities.

Topics: seizures at night and in the bath for people with epilepsy and a learning
disability in supported living (a community learning disability team), suicide risk in
people being chased for council tax and other debts (a council revenues and public health
team), a dynamic support register to keep autistic people and people with a learning
disability out of hospital in a crisis (an integrated care board, a form), support after
a suicide to stop further deaths (a bereavement charity, no headings), people who drift
away from community mental health teams (two columns), night-time postural care for people
with profound and multiple learning disabilities, young people waiting for child and
adolescent mental health services (a youth charity, lists), medicines when people with a
learning disability go into short breaks (a council short breaks service, a form), a Blue
Light protocol for people with alcohol dependence who will not engage with treatment (a
council commissioner, a cover table), suicide in farming communities (a rural charity, no
headings), restrictive practices in residential homes for people with a learning
disability (a private care provider as primary entrant), relapse plans written with the
families of young people with psychosis, hot weather and people taking antipsychotic
medicines (a council public health team, no spread section), people with mental health
needs who call 999 very often (an ambulance service, no value section), missed depot
antipsychotic injections when clinics moved (teams of one trust, no partner) and gas
safety checks for council tenants who will not open the door (a private gas servicing
contractor as primary entrant, with appendix).

Build it with

    .venv/bin/python data/independent/build.py --set 35   (writes data/corpus/independent35/)

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
emergency_service; community and mental health trusts are nhs_trust; GP practices, GP
federations, primary care networks and local pharmaceutical committees are primary_care;
parent carer forums and family carers' groups are patient_group; hospices and other
charities are charity; care providers, auction marts and gas servicing contractors are
private).  A department or team of the entrant's own organisation is not a partner.
Flags are written by hand and build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I545  night-time seizures and bathing for people with epilepsy and a
#       learning disability in supported living - docx - rubric headings -
#       community learning disability nurse consultant, careful - community
#       trust with the county council, a supported living charity and an
#       epilepsy charity - families, tenants and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I545", format="docx", layout="rubric_headings", topic="epilepsy_learning_disability_supported_living_nights",
    project="independent35-safenights-545", docx_font="Calibri",
    title="Safe Nights, Safe Baths: reducing epilepsy deaths in supported living for people with a learning disability",
    cover=[
        "Lead organisation: Aldermoor Community Health NHS Trust (Community Learning Disability Service)",
        "Partners: Aldermoor County Council (Adult Social Care); Brightwater Living (supported living charity); Epilepsy Support Aldermoor (charity)",
        "Entry prepared by the Nurse Consultant for Learning Disability and Epilepsy",
    ],
    primary_entrant=dict(name="Aldermoor Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Aldermoor County Council", type="local_authority"),
        dict(name="Brightwater Living", type="charity"),
        dict(name="Epilepsy Support Aldermoor", type="charity"),
    ],
    sections=[
        ("context", "Why was the partnership needed and what were its patient safety goals?", """
About one in five people with a learning disability has epilepsy, and for people with a more severe
learning disability it is more like one in two. Epilepsy is one of the most common causes of avoidable
death in this group. Many of those deaths happen at night, when the person is alone in bed, or in the
bath, when a seizure leads to drowning.

In Aldermoor around 410 adults with a learning disability live in supported living, mostly in shared
houses or flats with support staff on site during the day and either a waking night worker or a
'sleep-in' worker at night. Learning disability mortality reviews in the county between 2019 and 2021
included six deaths where epilepsy was a factor. Four people died at night and two in the bath. In every
case the person had a support plan, but the plans said very little about seizures at night, two of the
people had seizure alarms that were switched off or not charged, and in both bath deaths the person had
been left alone for 'privacy' for a few minutes.

We also found that nobody was sure whose job it was. The council commissions the support and the care
provider writes the plans, but epilepsy risk assessment sat with our epilepsy nurses, who only saw people
when they were referred, and GPs reviewed medicines once a year. Night staff were often agency workers
who had never met the person before.

The partnership was set up in 2022 with four goals: every person with epilepsy in supported living to
have a night-time and bathing risk assessment done jointly by an epilepsy nurse and the provider; the
right monitoring equipment, working and checked; a one-page seizure plan on the bedroom door for night
staff; and showers or supervised baths for everyone whose seizures are not controlled.

In practice, the joint assessment is a visit by an epilepsy nurse and the provider's team leader to the
person's home, ideally with the person and someone who knows them well. They look at the person's
seizure pattern over the past year, whether seizures happen at night, whether the person has had a
prolonged seizure needing rescue medicine, and how the person likes to wash. They decide together what
monitoring is needed: a bed sensor that picks up movements, a sound monitor, a waking night worker, or a
combination. The council's occupational therapists can be asked to fit a level-access shower or bath
lift the same month. The plan is reviewed every year, and straight away after any prolonged seizure,
hospital admission or change in medicines.

We also agreed some simple rules that apply to everyone with active epilepsy, whatever their assessment
says. Nobody is left alone in a bath. Seizure alarms are tested at the start of every night shift and the
test is recorded. Rescue medicine travels with the person, and at least one member of staff on every
shift, including nights, is trained to give it.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Brightwater Living supports 164 people with epilepsy in Aldermoor and agreed to share its records with
us. We compared the year before the partnership (2021/22) with the second year (2023/24).

<<Q:People with epilepsy who had a night-time and bathing risk assessment less than a year old rose
from 22% to 96%.>> <<Q:Seizure alarms found switched off, uncharged or not working at our spot checks fell
from 31 of 88 checks to 4 of 102.>> <<Q:Seizures at night that were not noticed until the morning, which
providers record when a person is found with signs of a seizure, went down from 57 to 14.>>

<<Q:Emergency admissions for prolonged seizures among the 164 people fell from 38 to 21, because staff
on night shifts are now confident to give rescue medicine.>> There have been no epilepsy-related deaths
in supported living in Aldermoor since the partnership began, although we know the numbers are small
and we will keep watching.
"""),
        ("spread", "How have the achievements been applied elsewhere and best practice shared?", """
The council has written the joint risk assessment into its supported living contract, so all 23
providers in the county now have to use it, not just Brightwater. Our one-page seizure plan has been
adopted by the neighbouring community trust and shared through the regional learning disability
mortality review network. Epilepsy Support Aldermoor has put the bathing guide on its website and it has
been downloaded by providers across the country.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
Most of the equipment was already in people's homes but not being used well. The council paid for 41
new alarms and bed sensors at about £350 each. The epilepsy nurse time was found by changing how we
work, with joint visits replacing separate reviews. Each emergency admission for a prolonged seizure
costs the NHS around £2,000, and some people with a learning disability find a hospital stay very
frightening.

Support workers tell us they feel less anxious on nights. Families say they can sleep themselves,
knowing there is a plan. Several tenants now have a shower instead of a bath and, with the right
equipment, some of them have said they actually prefer it.
"""),
        ("stakeholders", "Who was involved and how were patients and staff involved?", """
<<P:Parents and siblings of people who had died were invited to a listening event, and two mothers
agreed to join the steering group; it was one of them who insisted the seizure plan should be on the
bedroom door, not in a file in the office.>> <<P:Tenants at two Brightwater houses tried out different
bed sensors and told us which ones were uncomfortable or made a noise that kept them awake.>> <<P:A
tenant called Daniel, who has frequent seizures, helped make an easy read version of the bathing guide
with pictures of his own bathroom.>>

<<S:Night support workers told us that the old plans were ten pages long and nobody read them on a
night shift, so they helped cut the seizure plan down to one page, and they chose what went on it.>>
<<S:Epilepsy nurses and Brightwater's team leaders did the first thirty assessments together and
changed the form twice as a result.>> <<S:The council's contract officers and the charity's quality
lead worked out together how spot checks of equipment would be done and recorded.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I546  suicide risk in people chased for council tax and other debts - pdf -
#       own headings - council head of revenues with public health, plain -
#       council with a debt advice charity, the mental health trust and a GP
#       federation - staff involved - NO patient involvement (residents sent
#       letters, people referred, a survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I546", format="pdf", layout="own_headings", topic="debt_collection_suicide_risk",
    project="independent35-breathingspace-546", pdf_font="LiberationSans", pdf_align="L",
    title="Before the Bailiff: spotting suicide risk when people fall behind with council tax",
    cover=[
        "Lead organisation: Kessingford Borough Council (Revenues and Benefits Service and Public Health)",
        "Partners: Kessingford Money Advice Centre (registered charity); Ousebridge and Kessingford Mental Health NHS Foundation Trust; Kessingford GP Federation",
        "Entry from the Head of Revenues and the Consultant in Public Health",
    ],
    primary_entrant=dict(name="Kessingford Borough Council", type="local_authority"),
    partners=[
        dict(name="Kessingford Money Advice Centre", type="charity"),
        dict(name="Ousebridge and Kessingford Mental Health NHS Foundation Trust", type="nhs_trust"),
        dict(name="Kessingford GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "Where this started", """
Problem debt is one of the risk factors that comes up again and again when suicides are reviewed. When
our public health team looked at the local suicide audit for 2019 to 2021, money worries were mentioned
in the coroner's papers for just under a third of the people who died. In four cases the person had
received a council tax summons or a visit from enforcement agents in the month before they died. One of
them, a man in his fifties who lived alone, had left his unopened council letters on the kitchen table.

This was hard for us to read, because the council is a creditor. The revenues service sends out around
19,000 reminder notices a year and takes about 6,000 cases to the magistrates' court for a liability
order. Our staff are trained to collect money. They were not trained to notice when someone on the phone
was in crisis, and there was no route for them to get that person help the same day. The letters
themselves were written in legal language and did not mention that help was available.

The aim of Before the Bailiff was to make sure that anyone in council tax arrears who shows signs of
being at risk is noticed, has their enforcement paused and is put in touch with money advice and, if
needed, mental health support, within one working day.

What we changed:

- all reminder and summons letters were rewritten in plain English, with the money advice centre's
  number at the top and a line saying that we can pause action if you are struggling;

- revenues officers and enforcement agents use a short set of prompts on calls and at the door, and any
  concern is passed to a named 'vulnerability officer' in the revenues team;

- the vulnerability officer can put a 60-day hold on enforcement and book a same-day call from the money
  advice centre;

- if the person says they have thoughts of ending their life, the officer uses a warm transfer to the
  mental health trust's 24-hour crisis line, and the GP federation's social prescribers follow up within
  a week.

The prompts are deliberately simple. Officers listen for things like 'I can't cope', 'there's no
point', 'I'd be better off gone', a mention of recent bereavement, job loss or a relationship ending, or
someone who sounds confused or very distressed. They then ask, in their own words, whether the person
is feeling so bad that they have thought about ending their life. This was the part that worried our
staff most. Many had never asked anyone that question, and were afraid that asking would put the idea in
someone's head. The crisis line staff were clear that the evidence shows the opposite, and that asking
directly is usually a relief to the person.

Enforcement agents are not council employees. They work for the enforcement company we contract with, and
they are paid by fees added to the debt at each stage. So the contract had to change as well. Agents can
now return a case to us marked 'vulnerability concern' at any point without penalty, and the company is
measured on how many such cases it identifies as well as on what it collects.

We also looked again at the order in which things happen. Previously, once a liability order was granted,
the case went to enforcement automatically unless someone intervened. Now every case is screened by the
vulnerability officer against a short list of markers from our own systems before it is passed on:
people receiving council tax support who have recently stopped paying after years of paying regularly,
people with a recorded disability, care leavers, people recently bereaved, and anyone who has told the
council about a mental health problem in the past. These cases are phoned first.

A case from early 2024 shows how the pieces fit together. A woman in her thirties who had recently lost
her job and been left by her partner had not paid for six months and had not answered any letters. When
the screening flagged her as a care leaver, the vulnerability officer rang her instead of sending the
case for enforcement. She said during the call that she had been planning to end her life that weekend.
The officer kept her on the line and transferred her to the crisis line, which arranged a visit from the
home treatment team that evening. The money advice centre helped her claim the benefits she was owed and
set up a payment plan of £5 a month, and a social prescriber from her GP practice rang her the following
week. She has kept up the payments since.
"""),
        ("evidence", "What difference it has made", """
The scheme has run since January 2023. Figures come from the revenues system, the money advice centre's
case records and the crisis line's referral log.

<<Q:Council tax cases passed to enforcement agents fell from 4,120 in 2022 to 2,650 in 2024, without a
drop in the amount collected.>> <<Q:The share of people who contacted the council for the first time
only after enforcement had started went down from 47% to 19%.>> <<Q:Complaints about enforcement agents
that mentioned mental health or distress fell from 63 to 17 a year.>>

Since the start, 1,310 people have been given a 60-day hold and 1,040 have had money advice. There have
been 54 warm transfers to the crisis line.

<<Q:In the suicide audit for 2022 to 2024, the number of deaths where a council enforcement step had
taken place in the previous month fell from four to none.>> The numbers are small and we do not claim
this proves cause and effect, but it is what we hoped to see.
"""),
        ("stakeholders", "Involving people", """
<<S:Revenues officers helped design the call prompts after sitting in on two sessions with the crisis
line's call handlers, and they asked for the wording to be something they could say naturally rather than
a script.>> <<S:The enforcement agents' team leaders tested the doorstep prompts for a month and told us
that agents needed a way to stop a visit without losing their fee, so the contract was changed.>>
<<S:Debt advisers from the money advice centre told us our letters caused panic because the court date
was in bold at the top, and they rewrote the first paragraph with our legal team.>> <<S:Social
prescribers at the federation suggested the one-week follow-up call after finding that people referred
by the council often did not know why the GP surgery was ringing them.>>

Every household in arrears now receives the new letter. We sent a short survey to people who had a
60-day hold, and the replies were mostly positive, so we kept the process as it is. People referred to
money advice are asked for feedback at the end of their case. We would like to set up a residents'
panel of people with experience of debt to look at our letters next year.
"""),
        ("value", "Value", """
The vulnerability officer post costs about £38,000 a year and is paid for from the council's public
health grant. Collection rates have not fallen, and enforcement costs for residents have dropped
because fewer cases reach that stage. The money advice centre estimates that people it has helped through
the scheme have gained around £1.1 million in unclaimed benefits and written-off debts, much of which is
then spent locally. Revenues staff say they no longer dread the calls where someone
is upset, because they know what to do. Above all, a single suicide has a lasting effect on a family and
a community, and the wider cost to society is usually put at well over a million pounds.
"""),
        ("spread", "Sharing it", """
We have shared our letters and prompts with the other district councils in the county, and two have
started their own version. The Institute of Revenues, Rating and Valuation invited us to speak at its
annual conference, and our public health team has written the approach into the county's suicide
prevention strategy. The money advice centre is now talking to the local water company about doing the
same for water debt.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I547  dynamic support register for autistic people and people with a
#       learning disability at risk of admission - docx - form table - ICB
#       senior commissioner, measured - ICB with two councils, the mental
#       health trust and an autism charity - autistic adults, families and
#       staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I547", format="docx", layout="form_table", topic="dynamic_support_register_autism_ld_admission",
    project="independent35-staycloser-547", docx_font="Arial",
    title="Stay Close to Home: using a shared dynamic support register to prevent crisis admissions for autistic people and people with a learning disability",
    cover_table=[
        ("Entry title", "Stay Close to Home: using a shared dynamic support register to prevent crisis admissions for autistic people and people with a learning disability"),
        ("Lead organisation", "NHS Calderholt and Wyre Integrated Care Board"),
        ("Partner organisations", "Calderholt Metropolitan Borough Council; Wyre Valley Council; Calderholt and Wyre Partnership NHS Foundation Trust; Spectrum Voices Calderholt (autism charity)"),
        ("Name and role of entrant", "Senior Commissioning Manager, Learning Disability and Autism"),
    ],
    primary_entrant=dict(name="NHS Calderholt and Wyre Integrated Care Board", type="icb"),
    partners=[
        dict(name="Calderholt Metropolitan Borough Council", type="local_authority"),
        dict(name="Wyre Valley Council", type="local_authority"),
        dict(name="Calderholt and Wyre Partnership NHS Foundation Trust", type="nhs_trust"),
        dict(name="Spectrum Voices Calderholt", type="charity"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and its safety goals.", """
Autistic people and people with a learning disability who are admitted to mental health hospitals in a
crisis often stay far longer than they need to, sometimes for years, and frequently many miles from
home. While they are there they are more likely to be restrained, secluded and given high doses of
medicines, and some are seriously harmed. National reviews have told this story many times.

In 2021 we had 31 people from Calderholt and Wyre in inpatient beds, nine of them more than 50 miles
away. When we looked back at how they had been admitted, the pattern was the same. A placement was
starting to break down, everyone could see it, but each organisation held its own list of people it was
worried about. The council's social workers had one list, the community learning disability team had
another, the children's services had a third, and the autism charity's advocates knew things that none
of them did. Nobody met to talk about the same person at the same time until the person was in police
custody or an emergency department, and by then the only option on the table was a bed.

Every integrated care board is expected to keep a 'dynamic support register' of people at risk of
admission. Ours was a spreadsheet updated every three months. We rebuilt it in 2022 as a shared,
live register owned by all the partners, with a single weekly meeting where anyone on the register who
is rated red or amber is discussed, a named keyworker for every young person, and a small 'crisis
support fund' that the meeting can spend the same day on things like extra staff, a short stay in a
local crisis flat, or an urgent change of home.

Our safety goals were fewer admissions, shorter stays, fewer people placed out of area, and fewer
incidents of restraint in the community before an admission.

The weekly meeting is short and practical. It lasts an hour and a half and usually looks at between
eight and twelve people. Each person is presented by their keyworker or lead professional in five
minutes: what has changed, what the risks are, and what is needed. The meeting then agrees actions,
with a named person and a date, and these are recorded on the register so that everyone can see them.
Anyone rated red is discussed every week until their rating goes down. The meeting can also ask for an
urgent care (education) and treatment review if admission looks likely, and in most cases this now
happens in the community before an admission rather than after one.

Getting two councils, a mental health trust, children's and adults' services and a charity to share one
register was not simple. We needed an information sharing agreement signed by six organisations, and
the register had to sit on a system that all of them could reach. In the end we used the integrated care
board's secure case management system, with each partner given access for named staff only.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
The register now holds 214 people, 61 of them under 18.

<<Q:Admissions of people on the register to mental health or specialist learning disability beds fell
from 26 in 2021/22 to 11 in 2023/24.>> <<Q:The number of people from Calderholt and Wyre in inpatient
beds fell from 31 to 17 over the same period, and those more than 50 miles from home went from nine to
two.>> <<Q:For people rated red, the median time from a worry being raised to a multi-agency plan fell
from 19 days to 3 days.>>

<<Q:Reported incidents of physical restraint in community placements for people on the register went
down by about 40%, from 212 to 128 a year.>> In 2023/24 the crisis support fund was used 58 times; on 47
of those occasions the person did not go on to be admitted within three months.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<P:Spectrum Voices ran three sessions with autistic adults who had been in hospital, and they told us
the register should record what had helped in past crises, not just the risks, so there is now a
'what works for me' box that the person fills in with their advocate.>> <<P:Parents of young people on
the register asked to be invited to the weekly meeting when their child is discussed, and a parent now
joins for their own child's part of the meeting.>> <<P:One young autistic woman, who was in an out-of-area
unit for two years, sits on the steering group and helped choose the crisis flat.>>

<<S:Social workers, community nurses and school staff agreed the red, amber and green ratings together
at two workshops, because they had each been using different words for the same level of worry.>>
<<S:The trust's intensive support team asked for the meeting to be weekly rather than monthly after
trying both, and it moved to weekly in the spring of 2023.>>
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
An out-of-area specialist bed costs between £4,000 and £10,000 a week. Over the two years, the reduction
in inpatient bed use has released around £3.2 million, part of which now pays for the crisis fund and
two keyworkers. People stay in their own homes and communities, near their families, and are far less
likely to be restrained. Professionals say the weekly meeting has made them feel less alone with the
hardest cases.
"""),
        ("spread", "How has the work been shared and spread?", """
The register template and ratings have been shared with the other integrated care boards in the region
through the regional learning disability and autism programme. Spectrum Voices has been asked by a
neighbouring area to help set up their own 'what works for me' section.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I548  support after a suicide to stop further deaths (postvention) -
#       docx - no headings - bereavement charity chief officer, personal -
#       charity with the police and the council's public health team -
#       bereaved families and staff involved - NO quantitative evidence
#       (referrals, people supported, a single figure, no earlier figure)
# ---------------------------------------------------------------------------
entry(
    id="I548", format="docx", layout="no_headings", topic="suicide_bereavement_postvention",
    project="independent35-afterwards-548", docx_font="Georgia",
    title="Not On Your Own: support within 72 hours for people bereaved by suicide in Tarrowdale",
    cover=[
        "From: Tarrowdale Bereavement Support (registered charity), working with Tarrowdale Police and Tarrowdale Council Public Health",
        "Written by Ruth Ogunleye, Chief Officer",
    ],
    primary_entrant=dict(name="Tarrowdale Bereavement Support", type="charity"),
    partners=[
        dict(name="Tarrowdale Police", type="emergency_service"),
        dict(name="Tarrowdale Council", type="local_authority"),
    ],
    sections=[
        ("context", None, """
People who lose someone to suicide are themselves at much higher risk of dying by suicide. That is
true for parents, partners, brothers and sisters, friends, and sometimes for whole groups of young
people at a school or college. After a death there is a window, usually the first few weeks, when the
people left behind are at their most raw, and when one death can be followed by another. We call the
support given in that window 'postvention'.

When I started at the charity in 2020, the way people got to us was mostly by chance. Someone might pick
up one of our leaflets at the GP surgery months later, or a friend would tell them about us. By then
many had been on their own through the inquest, the funeral and the first terrible weeks. Some told us
nobody had spoken to them at all apart from the police officer who came to the door and the coroner's
officer who rang about the paperwork.

In 2021 Tarrowdale had two young men from the same village die by suicide within five weeks of each
other. They had been at school together. After the second death it became obvious that several people
had known the first young man's friends were struggling, but there was no way of getting them support
quickly and no one had the job of looking out for a cluster.

So we sat down with Tarrowdale Police and the council's public health team and agreed something simple.
When police attend a suspected suicide, the officer asks the next of kin if they are happy for their
details to be passed to us. If they say yes, the details are sent securely to our team the same day,
and one of our support workers contacts them within 72 hours. We offer practical help with the inquest,
the funeral, money and telling children, as well as emotional support for as long as they want it. At
the same time, the police send a short notification of every suspected suicide to public health, who
keep a real-time log and call together a small group if there is a sign of a cluster, for example two
deaths in the same place or among people who knew each other.

It sounds straightforward written down like that, but it took most of a year to get going. The police
were understandably careful about passing on personal details at such a sensitive time. <<S:There were
long conversations with their information governance team about consent and what should happen if a
family was too upset to answer the question, and it was their suggestion that the officer should be able
to leave a card instead.>> So if the officer does not feel it is the right moment,
they leave our card and the family can contact us themselves, and the family liaison officer can ask
again in the following days. We also had to think about what happens when
the death is not confirmed as a suicide until the inquest, which can be a year or more later. We decided
that it does not matter: if the police think it is a suspected suicide, we offer support, and if it later
turns out to be something else, nobody has been harmed by being offered help. The card idea worked
well for the cases where the officer did not feel able to ask.

The cluster part was new for everyone. Public health had a suicide prevention plan, but like most areas
they only got detailed information when the coroner's inquest had been held, which meant they were
always looking back a year or two. The real-time log means that the council knows about a suspected
suicide within a day or two. Only three people see it: the public health consultant, the suicide
prevention lead and the analyst. The log records the date, the area, the age band and whether there are
any links to other deaths, such as the same school, workplace or location, and nothing else.

I also want to say something about our support workers, because the work is hard. They are going into
homes where the worst thing has just happened. Some of them have been bereaved by suicide themselves.
We made sure from the beginning that every worker has regular clinical supervision from a psychotherapist
and a limit on the number of new families they take on each month.
"""),
        ("evidence", None, """
Since we started in April 2022, police officers have attended 74 suspected suicides in Tarrowdale and
asked the family about our service in 69 of them. In 61 cases the family said yes. We made contact
within 72 hours in all but three. Altogether 212 people have been supported, because we often work with
several members of the same family and with friends.

Our support workers use a short wellbeing questionnaire at the first visit and at three months, and
most people say they are coping better at three months, though of course grief does not follow a
timetable. In a feedback form sent out in 2024, 88% of those who replied said they would recommend us to
someone else in the same position.

The real-time log has flagged three possible clusters. In each case the small group met within two days,
and schools, youth services and the local press were given advice on safe messaging. None of the three
went on to more deaths that we know of, but we do not know what would have happened otherwise.

We are aware that this is not the kind of hard evidence that some people want, and the numbers in a
place the size of Tarrowdale are too small to show a change in the suicide rate over two years.
"""),
        ("stakeholders", None, """
<<P:From the start we had three bereaved parents on our planning group, and it was a father who had lost
his son in 2019 who told us that the first call must come from a person, not a letter, because a letter
with the word 'suicide' on it is the last thing you want to open.>> <<P:A group of bereaved siblings,
most of them in their twenties, helped us write a guide for young people, and they changed the title from
our rather formal one to 'When your brother or sister dies by suicide'.>> <<P:They also asked that the
guide mention social media, because that is where many of them first heard the news.>>

<<S:Response officers told us that they often did not know what to say to families about us, so
together we wrote a short card they carry in their kit, and the sergeants on two teams tested it for a
month before it went force-wide.>> <<S:The public health team's analyst and the police data team worked
out together what information the notification should include, keeping it to the minimum they both
needed.>> <<S:Our own support workers asked for a peer supervision session after every difficult first
visit, which we now run weekly.>>
"""),
        ("value", None, """
The service costs about £96,000 a year, shared between the council's public health grant and our own
fundraising. The police time is a few minutes per case. A suicide is devastating for those left behind
and is often estimated to cost society more than £1.5 million. If the support we give prevents even one
death over several years, it will more than pay for itself.

Children are a big part of this. About a third of the families we support have children under 18, and
parents often do not know how to tell a child that their mum or dad, brother or sister has taken their
own life. Our workers help parents with the words, and with telling the school. Schools have told us
they find it helpful to hear from us directly, with the family's permission, rather than through rumour.

I think the thing families value most is simply that someone rang. One mother told us, 'You were the
first people who asked how I was, not what had happened.' Officers say they feel better leaving a house
knowing someone else will follow up.
"""),
        ("spread", None, """
The police force covers two other council areas, and both have asked us to help them set up the same
arrangement. We have shared our card, our consent wording and the cluster protocol with the regional
suicide prevention network, and we are part of a national group of postvention services that swaps
ideas and templates.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I549  people who drift away from community mental health teams - pdf -
#       two columns - mental health trust community services manager,
#       straightforward - mental health trust with a primary care network and
#       a peer support charity - people who use services, a peer worker and
#       staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I549", format="pdf", layout="two_column", topic="community_mental_health_disengagement",
    project="independent35-keepintouch-549", pdf_font="LiberationSans",
    title="Keep in Touch: finding people before they drop out of community mental health care",
    cover=[
        "Norbridge and Rushmere Mental Health NHS Trust (lead) with North Norbridge Primary Care Network and Open Door Peer Support (charity)",
        "Entry by the Service Manager, Norbridge Community Mental Health Teams",
    ],
    primary_entrant=dict(name="Norbridge and Rushmere Mental Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="North Norbridge Primary Care Network", type="primary_care"),
        dict(name="Open Door Peer Support", type="charity"),
    ],
    sections=[
        ("context", "The problem", """
Our community mental health teams in Norbridge look after about 2,900 people with serious mental
illnesses such as schizophrenia, bipolar disorder and severe depression. Some people stop coming to
appointments and stop answering the phone. Under our old policy, after three missed contacts a letter
was sent and, if there was no reply, the person was discharged back to their GP.

When we reviewed deaths and serious incidents over 2020 and 2021, 14 people had been discharged this
way in the year before a suicide, a serious self-neglect case or a relapse that ended in a Mental Health
Act detention. Several had moved house, changed phone number or gone into hospital for a physical
illness. Their GP practices often did not know they had been discharged. The letter was the only thing
that happened.

Keep in Touch changed this in 2022. Nobody with a serious mental illness is discharged for not
attending until a 'disengagement check' has been done. The care coordinator checks the GP record, the
council's housing and social care systems, and hospital admissions. A peer support worker from Open Door
tries to reach the person in person, at home or at places they are known to go. The PCN's mental health
practitioners flag anyone who turns up at the surgery. If the person still cannot be found and there
are risk concerns, it is escalated to a senior clinician and, if needed, a welfare check is arranged.
"""),
        ("evidence", "What changed", """
We compared people who met the old discharge threshold in 2021 with those in 2023.

<<Q:People discharged for not attending fell from 212 in 2021 to 71 in 2023.>> <<Q:Of those who had a
disengagement check, 58% were back in contact with the team within six weeks, compared with 17% after
the letter alone.>> <<Q:Serious incidents involving someone who had disengaged in the previous year
went down from nine to three.>>

Peer workers made 640 home or outreach visits. They found 38 people who had moved without telling
anyone, and 11 who had been in a general hospital.
"""),
        ("stakeholders", "Who helped shape it", """
<<P:People who had themselves stopped going to appointments in the past talked to us in two groups run by
Open Door, and the most common reason they gave was that they felt they were being 'told off' by the
letters.>> <<P:They rewrote the letter in their own words, and it now starts 'We have missed you'.>>

<<PS:Marcus, a peer support worker at Open Door who had been discharged by our team himself some years
ago, helped write the disengagement check and trained our care coordinators in how to approach someone at
the door.>>

<<S:Care coordinators said the checks took too long across four computer systems, so the trust's
information team built a single screen that pulls the information together.>> <<S:The PCN's mental health
practitioners asked for a simple alert on the GP record rather than an email, and the practices agreed
to it.>>
"""),
        ("value", "Value", """
Two peer support workers are funded by the trust at around £56,000 a year. Re-engaging people early is
much cheaper than an admission, which averages over £20,000. People who use services say they feel less
judged. Care coordinators say it feels better to do something rather than 'discharge and hope'.
"""),
        ("spread", "Spread", """
The disengagement check is now trust policy for all community teams in Norbridge and Rushmere. The
peer outreach role has been picked up by the early intervention in psychosis service, and we have
shared the letter with other trusts in the region.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I550  night-time postural care for people with profound and multiple
#       learning disabilities - pdf - CAPS headings - community physiotherapy
#       team lead, practical - community trust with the council and a parent
#       carers' forum - family carers involved - NO staff involvement
#       (support workers trained, GP practices sent information, a named lead,
#       a plan)
# ---------------------------------------------------------------------------
entry(
    id="I550", format="pdf", layout="caps_headings", topic="postural_care_profound_learning_disability",
    project="independent35-sleepsafe-550", pdf_font="DejaVuSans", pdf_align="L",
    title="PROTECTING BODY SHAPE: night-time postural care for people with profound and multiple learning disabilities",
    cover=[
        "LEAD: Swaleby Community Healthcare NHS Trust, Learning Disability Physiotherapy Team",
        "PARTNERS: Swaleby City Council (Adult Social Care and Children's Disability Service); Swaleby Parent Carer Forum",
        "CONTACT: Physiotherapy Team Lead",
    ],
    primary_entrant=dict(name="Swaleby Community Healthcare NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Swaleby City Council", type="local_authority"),
        dict(name="Swaleby Parent Carer Forum", type="patient_group"),
    ],
    sections=[
        ("context", "WHY WE DID THIS", """
People with profound and multiple learning disabilities often cannot change position by themselves.
If they lie in the same position night after night, their body shape slowly changes: the hips
dislocate, the spine twists and the chest becomes flattened on one side. This is called body shape
distortion. It is painful, it makes it harder to eat and swallow, and a twisted chest means the lungs
cannot work properly. Chest infections and aspiration pneumonia are the most common cause of death in
this group.

Postural care means supporting the person in a safe, comfortable position, especially at night, using
positioning equipment and a plan. In Swaleby we found that only a handful of people had a night-time
postural plan. Equipment was sometimes provided but not used, because nobody had shown the family or
the care team how to use it, or because it was uncomfortable. Children's services provided equipment
until 18, and then it stopped, because adult services had no funding route.

Between 2019 and 2022 four adults with profound disabilities known to our team died of aspiration
pneumonia. Each had severe body shape distortion that had been getting worse for years.

We set up the partnership in 2022. Everyone with profound and multiple learning disabilities known to
the council or our team is offered a postural care assessment, including simple body measurements we
can repeat. The council now funds night positioning equipment for adults as well as children, through a
single panel, and our team trains the family or the care provider to use it.
"""),
        ("evidence", "WHAT WE FOUND", """
We have assessed 186 people, 74 of them children and young people. At the first assessment, 132 had
some body shape distortion.

<<Q:Of the 119 people who have had a repeat measurement after a year, the chest measurement got worse in
22%, compared with 61% in the year before they started using their equipment, based on the measurements
our team already held.>> <<Q:Hospital admissions for chest infections among the 186 people fell from 71 in
2021/22 to 43 in 2023/24.>> <<Q:The number of people sleeping with their night equipment for at least five
nights a week rose from 38% at the first review to 81% at the one-year review.>>

The council's panel approved 143 equipment requests in the first two years.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<P:Swaleby Parent Carer Forum ran two coffee mornings where parents told us why they had put equipment
back in the cupboard: it was hot, it was noisy and they were frightened of their child getting trapped.>>
<<P:Because of this, a group of parents tested four different sleep systems at home for two weeks each,
and we now only offer the two they rated as comfortable and easy to use.>> <<P:Parents also wrote the
'night check' card that sits by the bed, and one mother, Joanne, made a short video with her son Alfie
showing how to get him comfortable.>>

All support workers in the three supported living services we work with have been trained in postural
care. GP practices were sent information about the service. Our team lead coordinates the assessments.
We plan to ask support workers for their views on the night check card at the next review.
"""),
        ("value", "VALUE", """
A night positioning system costs between £800 and £2,500. Every admission for pneumonia in this group
averages more than a week in hospital and can end in intensive care. Families tell us their children
sleep better, and so do they. Some people have had less pain and have been able to sit in their
wheelchairs for longer.
"""),
        ("spread", "SPREAD", """
The joint funding panel has been used as an example by the regional learning disability network. We
have shared our assessment pack with two other community trusts, and the parent carer forum has passed
its night check card to forums in neighbouring counties.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I551  young people waiting for child and adolescent mental health services
#       - docx - bullet lists - youth charity director, lively - youth
#       charity with the mental health trust's CAMHS and the council's
#       education and public health teams - young people and parents
#       involved - NO staff involvement (school staff trained, CAMHS
#       clinicians informed, GPs sent a letter, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I551", format="docx", layout="bullet_lists", topic="camhs_waiting_list_safety",
    project="independent35-waitingwell-551", docx_font="Verdana",
    title="Not Just a Number on a List: keeping young people safe while they wait for CAMHS",
    cover=[
        "Lead: The Harbour Youth Project, Millhaven (registered charity)",
        "Partners: Millhaven and Coast NHS Foundation Trust (Child and Adolescent Mental Health Services); Millhaven Borough Council (Education and Public Health)",
        "By the Director, The Harbour Youth Project",
    ],
    primary_entrant=dict(name="The Harbour Youth Project", type="charity"),
    partners=[
        dict(name="Millhaven and Coast NHS Foundation Trust", type="nhs_trust"),
        dict(name="Millhaven Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", "What was going wrong", """
- in 2022 around 1,100 young people in Millhaven were waiting for a first CAMHS appointment, and the wait for some was over a year

- once referred, most heard nothing until their appointment letter came, apart from an acknowledgement

- some got worse while they waited: more self-harm, dropping out of school, going to A&E in crisis

- CAMHS had no way of knowing who was getting worse, because nobody was in regular contact with them

- schools often thought that once a referral was made, 'CAMHS had it', and stepped back

- in 2022 three young people on the waiting list were admitted to a paediatric ward after serious self-harm, and in one case the first anyone at CAMHS knew was the call from the ward

What we set up together, from January 2023:

- every young person accepted onto the CAMHS waiting list is offered a 'waiting well' worker from The Harbour, a youth worker trained in mental health

- the worker makes contact within two weeks and then every fortnight, by text, phone, a walk or a visit to our drop-in, whichever the young person prefers

- at each contact they ask four short questions agreed with CAMHS, and any change in risk is passed to the CAMHS duty clinician the same day

- CAMHS can then bring the appointment forward, and schools are told (with consent) when a young person needs extra support
"""),
        ("evidence", "What difference it made", """
- figures compare young people waiting in 2022 with those waiting in 2024 (from CAMHS records and our own)

- <<Q:attendances at A&E for self-harm by young people on the waiting list fell from 96 in 2022 to 51 in 2024>>

- <<Q:young people whose appointment was brought forward because their risk had gone up rose from 23 to 140, meaning those who needed to be seen sooner were being found>>

- <<Q:the share of young people who dropped out of the waiting list without being seen (not answering or not turning up) went down from 24% to 9%>>

- 1,620 young people have had a waiting well worker so far
"""),
        ("stakeholders", "Who was involved", """
- <<P:our youth panel, twelve young people aged 13 to 19 who have all used mental health services, chose the four questions and changed the wording of every one of them>>

- <<P:they said the first message should come from a named person with a photo, not from 'the service', and that is how we do it now>>

- <<P:parents from the Millhaven Parent Support Network told us they had no idea what to do while they waited, so they helped us put together a parents' pack with what to do in a crisis and how to talk about self-harm>>

- <<P:one young woman who had waited 14 months for CAMHS in 2021 recorded a short film for schools about what waiting felt like>>

- school pastoral staff were trained in how to support someone on the waiting list

- CAMHS clinicians were informed about the new route at their team meetings

- GP practices were sent a letter explaining the service

- we hope to bring school staff into the next review of the parents' pack
"""),
        ("value", "Value", """
- the service costs £210,000 a year for six waiting well workers, funded by the council's public health grant and a grant from a local trust

- an A&E attendance and admission for self-harm costs far more than regular contact with a youth worker

- young people say they feel 'remembered' and parents say they know who to ring
"""),
        ("spread", "Spread", """
- the mental health trust has asked us to work with its other CAMHS team in the neighbouring county

- the four questions have been shared with the regional children and young people's mental health network

- two other youth charities have visited to see how it works
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I552  medicines when people with a learning disability go into short
#       breaks (respite) - pdf - form table - council short breaks service
#       manager, dry - council with the local pharmaceutical committee and the
#       community trust learning disability team - staff involved - NO
#       patient involvement (families asked to bring medicines, a
#       questionnaire that changed nothing, a plan) - NO quantitative
#       evidence (audit counts, a single figure, errors with no comparison)
# ---------------------------------------------------------------------------
entry(
    id="I552", format="pdf", layout="form_table", topic="short_breaks_respite_medicines_learning_disability",
    project="independent35-rightmedsrespite-552", pdf_font="LiberationSerif",
    title="Right Medicines at Short Breaks: safer medicines reconciliation when people with a learning disability come to stay",
    cover_table=[
        ("Title", "Right Medicines at Short Breaks: safer medicines reconciliation when people with a learning disability come to stay"),
        ("Organisation", "Hetherley City Council, Short Breaks Service for Adults with a Learning Disability"),
        ("Partners", "Hetherley Local Pharmaceutical Committee; Hetherley Community Health NHS Trust (Community Learning Disability Team)"),
        ("Contact", "Registered Manager, Oakfield and Linden Short Breaks Units"),
    ],
    primary_entrant=dict(name="Hetherley City Council", type="local_authority"),
    partners=[
        dict(name="Hetherley Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Hetherley Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Background and aims", """
The council runs two short breaks units that give about 170 adults with a learning disability a few
nights away from home each month, so that their family carers can have a rest. Most guests take
several medicines, often including anti-epileptic drugs, psychotropic medicines and medicines for
constipation or reflux. A guest may stay for two nights and then not come back for a month.

Every stay starts with the family bringing in the person's medicines, and our staff checking them
against a list. In practice the list was whatever the family brought, or our record from the last stay,
which could be out of date. Boxes were often loose strips of tablets, dosette boxes filled at home, or
medicines with a label from a different dose. Changes made by the GP or a specialist since the last stay
were not always known to us. Incidents included an anti-epileptic drug given at the old dose for a whole
weekend, a guest who missed his evening medicines because they had been left in the car, and two
occasions where a medicine that had been stopped was given.

The aim was that every guest arrives with a current, checked list of medicines, that our staff know about
changes before the stay, and that medicines come in their original labelled packs.
"""),
        ("evidence", "Evidence of improvement", """
Since September 2023, the person's community pharmacy produces a printed 'short breaks medicines list'
before each stay, using the latest prescription, and sends it to the unit. The community learning
disability nurses tell us of any change to a guest's medicines plan. Staff check medicines against the
pharmacy list on arrival and phone the pharmacy if anything does not match.

In the first year, 1,490 stays had a pharmacy list. Staff found a mismatch at 212 admissions, most often a
dose change or a new medicine, and all were resolved before the first dose. An audit in June 2024 found
that 94% of guests arrived with medicines in their original packs. We recorded four medicines incidents
in 2023/24. We did not record mismatches in a comparable way before the scheme.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Senior support workers at both units told us the old checklist took 40 minutes per guest on a busy
Friday, and they worked with the LPC to design the new one-page pharmacy list in the order that the
medicines trolley is laid out.>> <<S:Community pharmacists from five pharmacies tested the list over two
months and asked for three working days' notice of a stay, which we now give.>> <<S:The learning
disability nurses suggested a 'change alert' email to the unit whenever a medicine plan is changed, and
they set it up with our manager.>>

Families are asked to bring medicines in their original packs and were sent a letter explaining the new
process. We sent a questionnaire to families after six months and they were generally satisfied, so no
changes were made. We intend to invite guests and families to help review the information we give out.
"""),
        ("value", "Value", """
The LPC agreed a small fee per list, funded by the council from the short breaks budget at about £6,000
a year. Staff time at admission has dropped, and the nurses say they spend less time sorting out errors.
Family carers no longer have to write out a list before every stay.
"""),
        ("spread", "Spread", """
The list is now used by the two independent short breaks providers the council commissions. The LPC has
shared the template with other pharmaceutical committees in the region, and we presented the work at the
regional learning disability nurses' forum.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I553  Blue Light protocol for people with alcohol dependence who do not
#       engage with treatment - docx - bold headings with a cover table -
#       council substance misuse commissioner, matter-of-fact - council with
#       police, the ambulance service and a recovery charity - people who
#       drink, a recovery volunteer and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I553", format="docx", layout="bold_headings", topic="blue_light_dependent_drinkers",
    project="independent35-bluelight-553", docx_font="Calibri",
    title="Blue Light Oxendale: a multi-agency approach for dependent drinkers who will not engage",
    cover_table=[
        ("Project name", "Blue Light Oxendale: a multi-agency approach for dependent drinkers who will not engage"),
        ("Lead organisation", "Oxendale County Council (Public Health, Drug and Alcohol Commissioning)"),
        ("Partners", "Oxendale Constabulary; Central and Eastern Counties Ambulance Service NHS Trust; New Leaf Recovery (alcohol treatment charity)"),
        ("Submitted by", "Drug and Alcohol Commissioning Manager"),
    ],
    primary_entrant=dict(name="Oxendale County Council", type="local_authority"),
    partners=[
        dict(name="Oxendale Constabulary", type="emergency_service"),
        dict(name="Central and Eastern Counties Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="New Leaf Recovery", type="charity"),
    ],
    sections=[
        ("context", "Context", """
In every area there is a small group of people with severe alcohol dependence who cause a great deal of
worry and use a great deal of emergency services, but who do not engage with treatment. They are
frequently found collapsed in the street, have falls, fits and head injuries, are victims of crime and
exploitation, and are often seen as 'not wanting help'. Services tend to close their cases when they miss
appointments.

In Oxendale we looked at the people who had died from alcohol-related causes in 2020 and 2021 while
known to at least two services. Many of them had been seen by the police and the ambulance service dozens
of times in the year before they died. One woman in her forties had 61 ambulance call-outs in twelve
months. Each service dealt with each call and closed it.

The Blue Light approach, developed nationally by Alcohol Change UK, starts from the idea that these
drinkers can change with the right kind of help, and that agencies should manage the risk together. In
2022 we set up a monthly Blue Light panel with the police, the ambulance service's frequent caller team,
New Leaf, adult social care and housing. Each person on the list has a lead worker from New Leaf who works
with them assertively, visiting at home rather than waiting for them to come in, and the panel agrees a
shared risk plan. Adult social care considers safeguarding for self-neglect, and the panel can use the
Mental Capacity Act and the Care Act where needed.

People can be referred to the panel by any partner. To be added to the list, a person has to be drinking
at a dependent level, to be having a high and rising level of contact with emergency services, and to
have not engaged with treatment in the usual way. The lead worker then has six months to build a
relationship with them, which often starts with very practical things: a food parcel, a bus pass, help
with a benefits claim or a visit to a dentist. Only later, once there is some trust, does the
conversation turn to the drinking.

The shared risk plan is short. It lists the main risks (for example falls, fits when the person stops
drinking suddenly, being targeted by others, or not eating), what each service should do when it meets
the person, and who to contact. It is reviewed every month at the panel and sooner if something changes.

One example shows how this works. 'Gary' (not his real name) is a man in his fifties who had been
drinking heavily since his wife died. In 2022 he was taken to A&E by ambulance 54 times and was arrested
several times for being drunk and disorderly. He had been referred to alcohol services five times and
never attended. Once he was on the list, his New Leaf lead worker visited him at home every week for two
months, mostly to talk about his late wife and his dog. The panel arranged for the council to fix his
broken boiler and for the police neighbourhood team to deal with a group of younger men who were taking
his money. In the spring he agreed to a home detox, and he has now been mostly sober for a year. He has
had two ambulance call-outs in that time.
"""),
        ("evidence", "Evidence of improvement", """
Forty-eight people have been on the Blue Light list since it started. We compared their use of emergency
services in the twelve months before they joined with the twelve months after.

<<Q:Ambulance call-outs for the 48 people fell from 1,148 to 502.>> <<Q:Police incidents where they were
the victim or the subject went down from 690 to 341.>> <<Q:Emergency admissions fell from 212 to 119.>>

Thirty-one of the 48 have started some form of alcohol treatment, including 14 who have had a detox. Six
people on the list have died, all of them with advanced liver disease at the point they joined.
"""),
        ("stakeholders", "How people were involved", """
<<P:We met with a group of people who drink heavily at the day centre in Oxendale town, and they told us
they were sick of being asked to 'ring and book an appointment', which is why lead workers now go out to
them.>> <<PS:A New Leaf recovery volunteer who was once on the list of frequent callers helped us write
the first conversation guide for lead workers, and sits on the panel as an adviser.>>

<<S:Ambulance frequent caller leads and response officers told us they wanted to know what to do at 3am
when the person refused to go to hospital, and the panel now writes a short 'what to do' note for each
person which is added to the ambulance and police systems.>> <<S:Housing officers asked for the panel to
look at people before they were evicted rather than afterwards, and that became one of the referral
criteria.>>
"""),
        ("value", "Value", """
The service costs about £140,000 a year, mostly for three lead workers at New Leaf. The fall in
ambulance call-outs, admissions and police time for this group is far larger than that. More important,
people are alive who might not be. Officers and paramedics say it is a relief to have somewhere to pass
their concern.
"""),
        ("spread", "Spread", """
The panel has been copied in the neighbouring unitary authority, using our terms of reference. The
ambulance service has shared the 'what to do' note with other counties in its area, and we presented the
work at a national Blue Light conference in 2024.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I554  suicide in farming communities - pdf - no headings - rural charity
#       coordinator, conversational - rural support charity with a primary
#       care network, the county council and a livestock auction mart -
#       farmers and families involved - NO staff involvement (vets,
#       auctioneers and feed reps trained, GP practices told, a plan) - NO
#       quantitative evidence (calls, visits, people supported, a single
#       figure)
# ---------------------------------------------------------------------------
entry(
    id="I554", format="pdf", layout="no_headings", topic="farming_community_suicide_prevention",
    project="independent35-yardgate-554", pdf_font="LiberationSerif", pdf_align="L",
    title="At the Yard Gate: suicide prevention in the farming communities of the upper Brackendale",
    cover=[
        "Brackendale Rural Support Network (charity), with Upper Brackendale Primary Care Network, Brackendale County Council and Fellside Auction Mart Ltd",
        "Entry written by our Farming Support Coordinator",
    ],
    primary_entrant=dict(name="Brackendale Rural Support Network", type="charity"),
    partners=[
        dict(name="Upper Brackendale Primary Care Network", type="primary_care"),
        dict(name="Brackendale County Council", type="local_authority"),
        dict(name="Fellside Auction Mart Ltd", type="private"),
    ],
    sections=[
        ("context", None, """
Farmers and farm workers have one of the highest suicide rates of any occupation. In the upper
Brackendale most farms are small family hill farms, miles from the nearest town, often run by one man
on his own or by an older couple. Money is always tight, bovine TB can take away a herd that took
generations to build, and the weather and the paperwork never stop. Farmers are also reluctant to see a
GP, and when they do they tend to talk about their knee, not their mood.

In 2021 and 2022 five farmers in our valleys took their own lives. Everyone in the dale knew at least one
of them. What struck us afterwards was that the people who had seen them most in the months before were
not doctors. They were the auctioneer at the mart, the vet, the feed rep and the neighbours. Some of them
had been worried but did not know what to do with the worry.

So in 2023 we set up At the Yard Gate with the GP practices in the upper dale, the county council and
the auction mart. There are three parts to it. First, a 'farm listening' volunteer scheme, where
trained volunteers from farming families are available at the mart every sale day and on a phone line,
for a brew and a chat. Second, a route into the GP practices: a farmer who wants to talk to someone can
be booked into a longer appointment with the PCN's mental health practitioner, on market day evening or
at the mart itself in a room the mart has given us. Third, the people who visit farms (vets, feed and
fertiliser reps, council trading standards and animal health officers, and the auctioneers) have all
been offered suicide prevention training so that they know how to ask the question and who to call.

Getting the mart on board was the easy bit, as it turned out. The auctioneer, who has known most of the
families in the dale all his life, had been to two of the funerals and said straight away that we could
have the old office above the sale ring. The harder bit was getting farmers to walk through the door. For
the first few months the volunteers mostly stood by the tea urn in the canteen and talked about lamb
prices and the weather, and only now and again did a conversation turn to how someone was really doing.
We learned not to put up posters about mental health. The room is called 'the office' and the sign on
the door says 'Farm Support - tea and advice'.

The GP side took a bit longer. The practices are small and stretched, and a clinic on a Tuesday evening
at the mart was not something they had done before. The PCN's mental health practitioner, who grew up on
a farm herself, was keen, and once the first few farmers had been seen word spread quickly.

We also link with the council's own people. Animal health officers and trading standards officers are
often on farms at the worst times, for example when cattle are being taken away after a TB test, and
they now carry our card and can ring the coordinator directly if they are worried.
"""),
        ("evidence", None, """
It is too early and the numbers are too small to say anything about suicides in the dale, and we would
not want to.

Since the start, the volunteers have had about 1,200 conversations at the mart and 310 calls on the
phone line. The PCN's mental health practitioner has seen 74 farmers or farm workers in the mart clinic,
most of whom had never spoken to anyone at the surgery about how they felt. Of those, 19 were assessed as
being at high risk and were supported that day.

We have trained 146 people who visit farms. In a feedback form after the training, almost all said they
felt more confident asking someone about suicide.

The auction mart tells us that more farmers are coming to sale days just for the company, which is what
the volunteers are there for.
"""),
        ("stakeholders", None, """
<<P:The scheme was designed at three kitchen-table meetings with farming families, including two
widows of men who had died, and it was the families who said it had to be at the mart, because 'that's
where the men are'.>> <<P:Younger farmers from the Young Farmers' club told us they would never ring a
helpline with a city number, so the phone line has a local number and is answered by people from the
dale.>> <<P:The volunteers themselves are all from farming families, and they chose the name.>>

The vets, auctioneers, feed reps and council officers were all offered training. GP practices in the
upper dale were told about the mart clinic. We hope in future to ask the vets and reps what more they
need.
"""),
        ("value", None, """
The mart gives us the room free of charge. The PCN pays for the mental health practitioner's time on
market days. The volunteers are unpaid, and the charity covers their expenses and training from a
grant of £42,000 a year from the council and a farming charity.

Each suicide in a farming family devastates not only the family but often the farm itself, which may
have to be sold. We cannot put a price on that, but we know that one prevented death is worth far more
than this scheme costs.
"""),
        ("spread", None, """
Two other auction marts in the county have asked us to set up at their sales. We have spoken at the
county show and at a national rural mental health conference, and the council has included the scheme in
its suicide prevention plan.
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I555  restrictive practices in residential homes for people with a
#       learning disability - docx - numbered questions, with cover bullets
#       - PRIVATE care provider is the primary entrant, with the community
#       trust's intensive support team and the council's quality team as
#       partners (ineligible) - director of positive behaviour support,
#       businesslike - residents, families and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I555", format="docx", layout="numbered_questions", topic="restrictive_practice_learning_disability_residential",
    project="independent35-handsoff-555", docx_font="Cambria",
    title="Hands Down: reducing restraint and seclusion in our homes for people with a learning disability and autistic people",
    cover=[
        "Primary entrant: Fernhollow Care Ltd",
        "Partners:",
    ],
    cover_bullets=[
        "Westerleigh and Tamar Community NHS Trust (Intensive Support Team)",
        "Westerleigh Council (Adult Social Care Quality and Commissioning)",
        "Submitted by the Director of Positive Behaviour Support, Fernhollow Care Ltd",
    ],
    primary_entrant=dict(name="Fernhollow Care Ltd", type="private"),
    partners=[
        dict(name="Westerleigh and Tamar Community NHS Trust", type="nhs_trust"),
        dict(name="Westerleigh Council", type="local_authority"),
    ],
    sections=[
        ("context", "1. Why was the partnership needed and what were its safety goals?", """
Fernhollow Care runs nine small residential homes in Westerleigh for 58 adults with a learning
disability and autistic adults, many of whom have moved to us from long stays in hospital. Some of the
people we support can become very distressed, and when this happens they may hurt themselves or others.

In 2021 our homes recorded high numbers of physical restraint, and there were times when people were
kept in a room or an area of the home on their own, which is a form of seclusion. Some residents were
also given 'as required' sedative medicines several times a week. Restraint can cause injury, and in the
worst cases death, and it is frightening and traumatic for the person. A review by the council's quality
team in 2021 found that several of our behaviour support plans were out of date, that staff on different
shifts were using different approaches, and that incidents were not being looked at to understand why
they happened.

We asked the community trust's intensive support team and the council's quality team to work with us.
Our goals were to reduce restraint by half in two years, end seclusion, reduce the use of 'as required'
sedation, and cut the number of injuries to residents and staff.

The main changes were a new 'good days' plan for every resident, written with the intensive support team,
a debrief after every incident, a monthly review of each home's data with the council's quality team, and
a pharmacist review of every 'as required' sedative medicine with the resident's GP.
"""),
        ("evidence", "2. What is the evidence of improvement in safe care?", """
<<Q:Physical restraints across the nine homes fell from 1,214 in 2021 to 402 in 2023.>> <<Q:Incidents
of seclusion went from 37 in 2021 to none in 2023.>> <<Q:Doses of 'as required' sedative medicines given
in response to distress fell by 71%.>> <<Q:Injuries to residents during incidents fell from 88 to 19,
and injuries to staff from 141 to 47.>>

Figures come from our incident system, which the council's quality team audited in 2023.
"""),
        ("spread", "3. How has the learning been shared and used elsewhere?", """
We have shared our 'good days' plan format with the council's other providers at its provider forum,
and three other providers now use it. The intensive support team uses our example in its training for
other homes. We presented the work at a national positive behaviour support conference.
"""),
        ("value", "4. What has been the impact on experience and value for money?", """
Staff sickness related to injury has fallen, and we spend less on agency staff. Fewer placements have
broken down, and no one has been readmitted to hospital from our homes since 2022, which saves the NHS
a great deal. Most important, residents are calmer and do more of the things they enjoy.
"""),
        ("stakeholders", "5. Who was involved and how?", """
<<P:Residents who can use words, signs or pictures were asked what helped them on a good day and what
made a bad day worse, with support from speech and language therapists, and their answers now form the
first page of every plan.>> <<P:Families met with our home managers and the intensive support team, and
one father, whose son had been restrained many times in hospital, helped us write the rule that any
restraint is reviewed the next morning with the family told by phone.>>

<<S:Support workers in two homes trialled a 'debrief in ten minutes' form after every incident and told
us it should be done on a tablet at the end of the shift, which is what we now do.>> <<S:The intensive
support team's psychologists and our own positive behaviour support practitioners reviewed every plan
together, and changed the format after night staff said they could not find what to do quickly.>>
<<S:The council's quality officers and our managers agreed together the monthly data we share.>>
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I556  relapse plans written with the families of young people with
#       psychosis - pdf (via Word) - style headings - early intervention in
#       psychosis team lead, reflective - mental health trust with a family
#       carers' charity - young people and families involved - NO staff
#       involvement (care coordinators trained, GP practices sent copies, a
#       survey of staff after which nothing changed, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I556", format="pdf", layout="style_headings", topic="psychosis_family_relapse_plans",
    project="independent35-earlysigns-556", render_via="soffice", docx_font="Liberation Serif",
    title="Early Signs, Shared Plans: writing relapse plans with families of young people with psychosis",
    cover=[
        "Penwarden Partnership NHS Foundation Trust, Early Intervention in Psychosis Service (lead)",
        "Partner: Penwarden Family Carers' Trust (charity)",
        "Author: Team Manager, Early Intervention in Psychosis",
    ],
    primary_entrant=dict(name="Penwarden Partnership NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Penwarden Family Carers' Trust", type="charity"),
    ],
    sections=[
        ("context", "Why we needed to do this", """
Our early intervention service supports about 380 young people aged 14 to 35 in the first three years
after a first episode of psychosis. Many live with their parents. Relapse is common, particularly in
the first two years, and a relapse can be dangerous: people may stop eating, put themselves at risk,
become aggressive towards the people they love, or attempt suicide. Each relapse also makes the next one
more likely.

Families are usually the first to notice the early signs. In our case reviews, parents often said they
had seen things changing for weeks: their son was not sleeping, had stopped seeing friends, was
spending hours on his phone and was talking about being followed. But they did not know whether it was
serious, were worried about making things worse by calling, and did not know who to call. When they
did ring, they were sometimes told that the team could not discuss the young person with them because
of confidentiality. By the time the team knew, the young person was often in crisis and needed to be
detained under the Mental Health Act.

From 2022 every young person in the service has been offered a relapse plan written together with a
family member or someone else they trust. The plan sets out that person's own early warning signs, in
their words, what the family should do, and who they should call, with the young person's consent to
the family contacting the team directly. Penwarden Family Carers' Trust runs a six-week group for
families on understanding psychosis, and offers a family support worker to anyone who wants one.
"""),
        ("evidence", "What the numbers show", """
We compared the two years before (2020 and 2021) with the two years after (2023 and 2024), using the
trust's records.

<<Q:The proportion of young people with a relapse plan that a family member had helped write rose from
12% to 74%.>> <<Q:Relapses needing a hospital admission fell from 61 to 34.>> <<Q:Detentions under the
Mental Health Act among young people in the service fell by about a third.>> <<Q:When a relapse happened,
the share where the first contact came from a family member, rather than the police or A&E, went up from
27% to 58%.>>
"""),
        ("stakeholders", "Working with young people and families", """
<<P:We started with a focus group of young people in the service, and they told us plainly that they
did not want their parents to be 'watching them'.>> <<P:So the young people decided which signs go in
the plan and which family member is named, and some chose a friend or a grandparent instead of a
parent.>> <<P:Parents in the Family Carers' Trust group said the word 'relapse' frightened them, and
asked for it to be called 'my early signs plan', which is the name we now use.>> <<P:A mother whose son
was detained in 2021, Mrs Kaur, helped run the first family groups and wrote the part of the plan on
what to say when you are worried.>>

All care coordinators in the service were trained to write plans with families. GP practices receive a
copy of the plan with consent. We asked the team for feedback through a survey after a year and most
were positive, so we kept the process unchanged. We would like to involve ward staff in future, so that
the plan follows the young person if they are admitted.
"""),
        ("value", "Value and experience", """
The family support worker post and group costs about £45,000 a year and is funded by the trust. Each
admission avoided saves around £20,000. Young people say they feel more in control of their own care.
Families say they no longer feel shut out. One father wrote, 'For the first time, I knew what to do and
who would answer the phone.'
"""),
        ("spread", "Spreading the approach", """
The 'my early signs plan' is now used by our adult community mental health teams. We shared it at the
national early intervention network and with the Family Carers' Trust's other branches, and two trusts
in the region have adopted it.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I557  hot weather and people taking antipsychotic and other psychotropic
#       medicines - docx - style headings - council public health
#       practitioner, careful - council with the mental health trust and the
#       LPC - staff involved - NO patient involvement (people sent texts,
#       leaflets handed out, a plan) - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I557", format="docx", layout="style_headings", topic="heatwave_psychotropic_medicines_community",
    project="independent35-keepcool-557", docx_font="Calibri",
    title="Keep Cool, Keep Well: protecting people on psychotropic medicines in hot weather",
    cover=[
        "Lead: Eastwick City Council, Public Health",
        "Partners: Eastwick and Vale Mental Health NHS Trust; Eastwick Local Pharmaceutical Committee",
        "Public Health Practitioner, Health Protection and Climate",
    ],
    primary_entrant=dict(name="Eastwick City Council", type="local_authority"),
    partners=[
        dict(name="Eastwick and Vale Mental Health NHS Trust", type="nhs_trust"),
        dict(name="Eastwick Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "Background", """
Hot weather is dangerous for people with serious mental illness. Many antipsychotic, antidepressant and
anticholinergic medicines affect the body's ability to control temperature and to sweat, and lithium
levels can rise to toxic levels when people become dehydrated. People with serious mental illness are
also more likely to live alone, in poor housing, and to be less aware of the risk. During heatwaves,
deaths among people with mental illness rise more than in the general population.

Eastwick is a dense city with many top-floor flats. In the July 2022 heatwave, the mental health trust
recorded three admissions for lithium toxicity and several for heat-related illness among people on its
community caseload, and a man with schizophrenia was found dead in his flat during the heatwave. The
council's heat plan at that time focused on older people and care homes and did not mention mental
illness or medicines.

When we talked to the trust after that summer, it was clear that the knowledge was there but was not
being used at the right time. The trust's pharmacists knew which medicines were risky in the heat, and
the lithium clinic knew who was on lithium. But heat alerts went to the council's emergency planning team
and to care homes, not to community mental health teams, and care coordinators did not think of hot
weather as part of their job. Community pharmacies, which see many of these people every week or two
when they collect their medicines, had no prompt to say anything.

We wanted to make sure people on high-risk medicines were identified before the summer, that they and
their care coordinators had a plan, and that community pharmacies could give advice when heat alerts
were issued.
"""),
        ("evidence", "Evidence of improvement", """
The project began in spring 2023. Before each summer the trust now identifies everyone on its community
caseload who takes lithium, clozapine or other high-risk medicines, and their care coordinator agrees a
short hot weather plan with them. When the UK Health Security Agency issues an amber heat health alert,
the council sends the alert to the trust and the LPC, care coordinators make a phone check with everyone
on the list, and pharmacies display a 'heat and your medicines' poster and ask people collecting these
medicines about fluids and cooling.

<<Q:In the summers of 2023 and 2024 there were two admissions for lithium toxicity during heat alerts,
compared with seven in 2021 and 2022.>> <<Q:The share of people on the trust's high-risk list with a
hot weather plan rose from none in 2022 to 83% in 2024.>> <<Q:Emergency department attendances for heat-related
illness among people on the trust's caseload during alert periods fell from 19 to 8.>>

In July 2024, care coordinators made 1,130 phone checks in one week.
"""),
        ("stakeholders", "Involvement", """
<<S:Care coordinators told us that the first version of the hot weather plan was too long to go through
on a phone call, and together with the trust's pharmacists they cut it down to five questions.>>
<<S:Community pharmacists through the LPC chose which medicines should trigger a conversation at the
counter and wrote the poster with the council's communications team.>> <<S:The trust's lithium clinic
nurses suggested bringing forward lithium blood tests for anyone due one in July or August, which is now
done.>>

People on the high-risk list receive a text message when a heat alert is issued. Leaflets were handed
out at depot clinics and the lithium clinic. We hope to talk to people who use mental health services
about the plan before next summer.
"""),
        ("value", "Value", """
The work used existing staff and systems. The posters and leaflets cost about £2,400. A lithium
toxicity admission can mean a week or more in hospital and sometimes permanent kidney or nerve damage.
Care coordinators say the phone checks are also a good way to keep in touch with people in the summer
when many are less seen.

Summers are getting hotter, and the number of heat alert days in Eastwick has gone up in each of the
last three years. We think this kind of simple, planned response will matter more every year.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="spread"),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I558  people with mental health needs who call 999 very often - pdf -
#       numbered questions - ambulance service high intensity user lead,
#       plain and a little stiff - ambulance service with the mental health
#       trust, police and a GP federation - a service user group and staff
#       involved - NO value section
# ---------------------------------------------------------------------------
entry(
    id="I558", format="pdf", layout="numbered_questions", topic="high_intensity_999_callers_mental_health",
    project="independent35-onecall-558", pdf_font="DejaVuSans", pdf_align="L",
    title="One Plan, Fewer Calls: shared care plans for people with mental health needs who call 999 frequently",
    cover=[
        "Lead entrant: Northern Fells and Coast Ambulance Service NHS Trust (High Intensity User Team)",
        "Partners: Skelbrooke Mental Health NHS Foundation Trust; Skelbrooke and Fells Police; Skelbrooke Central GP Federation",
        "Author: High Intensity User Lead",
    ],
    primary_entrant=dict(name="Northern Fells and Coast Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Skelbrooke Mental Health NHS Foundation Trust", type="nhs_trust"),
        dict(name="Skelbrooke and Fells Police", type="emergency_service"),
        dict(name="Skelbrooke Central GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "1. Why was the partnership needed?", """
A small number of people call 999 many times each month. In the Skelbrooke area in 2022 there were 96
people who called the ambulance service five or more times in a month, and between them they made over
11,000 calls in the year. Most of them have a mental health condition, often together with loneliness,
alcohol use, chronic pain or a personality disorder diagnosis. Many of the calls are about thoughts of
self-harm or suicide, or about physical symptoms that come with anxiety.

The risks are real on both sides. Each call ties up an ambulance that may be needed for a cardiac arrest.
The person often does not get the help they actually need and can end up in A&E many times a week.
Call handlers and crews can become frustrated and may miss something new and serious, because 'it is
always the same'. In 2022 a woman who called almost daily with chest pain and anxiety had a heart attack
and the response was delayed because her call had been triaged as low priority.

Each organisation held its own information. The ambulance service had call records, the mental health
trust had a care plan that crews could not see, the police had their own log and the GP had the
physical health picture.
"""),
        ("evidence", "2. What evidence is there of improvements in safe care?", """
From 2023, each person who calls frequently is discussed at a monthly multi-agency meeting, with their
consent where possible, and given one shared response plan. The plan is on the ambulance computer-aided
dispatch system, so call handlers see it when the person rings, and it is also visible to the mental
health crisis line and the police control room. It sets out what usually helps, who to contact, and
which symptoms should always get an ambulance.

<<Q:Calls to 999 from the 96 people in the first group fell from 11,240 in 2022 to 4,870 in 2023.>>
<<Q:Their attendances at A&E fell by 52%.>> <<Q:The number of times the police were sent to these people
under the mental health crisis arrangements went down from 612 to 238.>>

Over the same period, no one with a shared plan had a serious incident where a physical illness was
missed. The shared plans are now in place for 143 people.
"""),
        ("stakeholders", "3. Who was involved?", """
<<P:The mental health trust's service user reference group met with us twice and said the plans must be
written with the person, not about them, and must include a section in the person's own words about what
helps them when they call.>> <<P:Two people who were frequent callers agreed to talk to our call
handlers about what it felt like to be on the other end of the phone, and they asked that call handlers
use their first name, which is now in the plan.>>

<<S:Call handlers and clinical navigators helped design how the plan appears on the dispatch screen, and
they asked for the 'always send an ambulance if' box to be at the top.>> <<S:Community mental health
nurses from the trust agreed to act as the named contact for each person and suggested that a
care coordinator joins the monthly meeting for their own patients.>> <<S:GPs from the federation
reviewed the physical health section of every plan and added a chest pain check after the case in
2022.>>
"""),
        ("spread", "4. How has the work been shared?", """
The shared plan is being introduced across the rest of the ambulance service's area during 2025. We
have presented it to the national network of ambulance high intensity user leads, and the police force
has used the same approach for people who call 101 and 999 frequently about mental health concerns.
"""),
    ],
    flags=[dict(code="missing_section", criterion="value")],
)


# ---------------------------------------------------------------------------
# I559  missed depot antipsychotic injections when clinics moved - docx -
#       reordered (evidence first) - mental health trust community pharmacy
#       lead, technical - teams of ONE trust (community teams, pharmacy,
#       digital, estates), NO partner organisation (ineligible) - staff
#       involved - NO patient involvement (patients sent letters, texted,
#       a survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I559", format="docx", layout="reordered", topic="depot_antipsychotic_missed_injections",
    project="independent35-depotsafe-559", docx_font="Arial",
    title="Depot on Time: making sure long-acting antipsychotic injections are not missed",
    cover=[
        "Ravensmoor and Dunholt Mental Health NHS Trust",
        "A joint project between Community Mental Health Teams, Pharmacy, Digital Services and Estates",
        "Lead: Lead Pharmacist, Community Services",
    ],
    primary_entrant=dict(name="Ravensmoor and Dunholt Mental Health NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("evidence", "Results", """
<<Q:Depot injections given more than seven days late fell from 11.2% of all doses in the six months
before the project to 2.6% in the most recent six months.>> <<Q:The number of people whose depot was
missed altogether for a full dosing cycle went down from 58 to 9.>> <<Q:Readmissions within six months of
a late or missed depot fell from 14 to 4.>>

These figures come from the new electronic depot register and from the old paper cards, which were
transcribed for the baseline period.
"""),
        ("context", "Background", """
About 1,450 people under our community teams receive their antipsychotic medicine as a long-acting
injection, known as a depot, every two to four weeks. For many people with schizophrenia this is the
most reliable way to stay well. A missed or very late depot can lead to relapse, admission and in some
cases serious harm to the person or others.

In 2022 the trust closed several small depot clinics and moved them into three larger hubs as part of an
estates programme. Appointments were recorded on paper cards and a separate diary at each clinic. During
the move some cards were lost, some people were booked into the wrong hub, and nobody had a single list
of who was due when. A man who had been well on a depot for eight years missed two injections, relapsed
and was admitted after a serious assault on a neighbour.

The project replaced the cards and diaries with a single electronic depot register in the patient record,
with automatic alerts to the care coordinator when a dose is three days overdue and to the team manager
at seven days.

Before the register went live, every patient on a depot was checked by hand. Pharmacy technicians went
through each clinic's cards, diaries and prescription charts and compared them with the prescriptions
in the electronic record. They found 96 people whose record showed a different dose or frequency from
the card, and 23 people who were on a depot according to the prescription but had no appointment booked
anywhere. Each of these was checked with the care coordinator and the consultant before the data was
moved across.

The register also shows which hub each person attends, the name of the nurse who usually gives the
injection and the date and site of the last dose. If a person does not attend, the nurse records why and
what follow-up is planned, and the care coordinator sees this on the same screen. Consultants can see at
a glance who on their caseload is late.
"""),
        ("stakeholders", "Involvement", """
<<S:Depot clinic nurses from all six former clinics worked with digital services to design the
register, and insisted that it show the injection site used last time so that sites are rotated.>>
<<S:Care coordinators tested the alerts for two months and asked for them to go to a shared team inbox
as well, so that alerts are not missed when someone is on leave.>> <<S:The pharmacy team and nurses
together wrote the rules for what counts as 'late' for each medicine, because the safe window differs
between products.>>

Patients were sent a letter explaining the move to the hubs, and now receive a text reminder two days
before each injection. We surveyed patients at the hubs and most were happy with the new arrangements,
so nothing was changed. We intend to ask patients' views on the text reminders.
"""),
        ("value", "Value", """
The register was built by our own digital team within existing budgets. Each readmission costs around
£20,000. Nurses say they spend less time chasing paper and more time with patients. Team managers say
that for the first time they can see the whole picture for their team, and the weekly report is now
part of every team meeting.
"""),
        ("spread", "Spread", """
The register is now used for clozapine and lithium monitoring in the same teams. We have shared the
design with two other mental health trusts.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I560  gas safety checks for council tenants with mental health problems
#       who will not open the door - pdf - with appendix - PRIVATE gas
#       servicing contractor is the primary entrant, with the council's
#       housing service and the mental health trust as partners (ineligible)
#       - contracts manager, practical - staff involved - NO patient
#       involvement (tenants sent letters, visited, a survey that changed
#       nothing) - NO quantitative evidence (visits, referrals, single
#       figures)
# ---------------------------------------------------------------------------
entry(
    id="I560", format="pdf", layout="with_appendix", topic="gas_safety_access_tenants_mental_health",
    project="independent35-safeathome-560", pdf_font="LiberationSans", pdf_align="L",
    title="Through the Door: safe gas checks for tenants who find it hard to let us in",
    cover=[
        "Entry by Coldharbour Heating Services Ltd",
        "In partnership with Ashingby District Council (Housing Services) and Ashingby and Wold Mental Health NHS Trust",
        "Contact: Contracts Manager, Ashingby Gas Servicing Contract",
    ],
    primary_entrant=dict(name="Coldharbour Heating Services Ltd", type="private"),
    partners=[
        dict(name="Ashingby District Council", type="local_authority"),
        dict(name="Ashingby and Wold Mental Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The problem", """
Coldharbour Heating Services carries out the annual gas safety check in the council's 7,800 homes in
Ashingby. By law the council has to make sure every gas appliance is checked every year, and an unsafe
boiler or gas fire can leak carbon monoxide, which kills without warning.

Every year a few hundred tenants do not let our engineers in. We send three letters and make two visits,
and after that the council's usual step was to apply to court for an injunction to force entry. When we
looked at the 'no access' cases in 2022, a large share were tenants with mental health problems: people
who were very anxious, had paranoid beliefs about visitors, were hoarding or had stopped opening their
post. For them, the letters made things worse, and a forced entry with a locksmith and police could be
very traumatic. In one case in 2022, a tenant with schizophrenia barricaded himself in when the
injunction team arrived and was later admitted to hospital. In another, a woman who had refused entry for
two years was found to have a gas fire with a blocked flue.

So the problem was not only gas safety. It was that our engineers, the council's housing officers and the
mental health services were all dealing with the same tenants without knowing it.
"""),
        ("evidence", "What has happened", """
Since April 2023, when a tenant has not given access after the second letter, our no-access coordinator
checks with the council's tenancy sustainment team whether there are known vulnerabilities. With the
tenant's consent, or under the information sharing agreement where there is a safety risk, the council
asks the mental health trust whether the person is known to them. If they are, a joint visit is arranged
with someone the tenant knows, such as their care coordinator or support worker, and we send the same
named engineer each time, at a time that suits the tenant.

In the first eighteen months there were 212 tenants who had not given access after the second letter. Of
these, 64 were known to the mental health trust and 53 had joint visits. Our engineers completed the gas
check in 49 of those homes. Only two cases went to court. The engineers found 11 appliances that were
immediately dangerous and were made safe the same day.
"""),
        ("stakeholders", "Who was involved", """
<<S:Our engineers told us that they were often the first people to notice that a tenant was struggling,
but had no one to tell, so they helped design the 'concern form' that now goes straight to the council's
tenancy sustainment team.>> <<S:Care coordinators from the mental health trust asked for a named engineer
and a photograph of them to be sent with the appointment letter, and our engineers volunteered to be the
named contacts for the joint visits.>> <<S:Housing officers and our no-access coordinator worked out
together the order of steps before any legal action, which the council's legal team then agreed.>>

Tenants who do not give access still receive three letters, now rewritten in plainer language. We sent a
satisfaction survey to tenants after a joint visit; the responses were positive and the process was not
changed. We would like to involve tenants in reviewing the letters.
"""),
        ("value", "Value", """
A court injunction costs the council around £1,500 in legal fees, plus the cost of a locksmith and our
engineers' time, and it can damage the relationship between the tenant and the council for years. Each
joint visit costs a little more engineer time than a normal visit. For the tenant, a gas check done with
someone they trust is much less frightening than a forced entry.
"""),
        ("spread", "Spread", """
We hold gas servicing contracts with four other councils and housing associations, and two of them have
adopted the same approach. The council has shared the information sharing agreement with other district
councils in the county.
"""),
    ],
    trailer=[
        ("heading", "Appendix: about this entry"),
        ("para", "No-access coordinator: a member of Coldharbour's office team who manages appointments for tenants who have not given access after the second letter. Tenancy sustainment team: the council's team that supports tenants at risk of losing their home."),
        ("para", "Figures are from Coldharbour's job management system and the council's housing records for April 2023 to September 2024. The information sharing agreement between the council and the mental health trust was signed in March 2023."),
        ("para", "Coldharbour Heating Services Ltd, Unit 4, Marsh Lane Industrial Estate, Ashingby AS3 9QT."),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)
