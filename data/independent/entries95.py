"""Ninety-fifth independent evaluation set (I1505..I1520) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The entries
are meant to be ordinary: the kind of thing neurology and neurosurgery services, community
rehabilitation teams, councils, charities, support groups, universities and ambulance
services send in, in their own voices and at their own length.  The theme of this set is
neurology and the brain: epilepsy and sudden death in epilepsy, Parkinson's medicines on
time, head injury and concussion, stroke rehabilitation, spinal cord injury and
neurodisability.

Topics: seizure safety for people with epilepsy living in homeless hostels (a council
homelessness service, bold headings with a cover table), Parkinson's medicines when people
are nil by mouth before planned surgery (an acute trust, own headings), concussion in adult
grassroots rugby and riding (a private sports medicine company as primary entrant, lists),
brain injury in survivors of domestic abuse (a domestic abuse charity, no headings),
driving too soon after a stroke (a community trust stroke rehabilitation team, numbered
questions with cover bullets, no spread section), bowel care for people with spinal cord
injury admitted to general hospitals (a spinal cord injury members' association, a pdf
form), hip surveillance for children with cerebral palsy (a university, two columns),
missed intrathecal baclofen pump refills (one neurosciences trust's own departments with no
partner, pdf via soffice), swimming pools and people with epilepsy (a leisure trust, rubric
headings), dissociative seizures treated as epileptic status by ambulance crews (an
ambulance service, capital headings), blood monitoring for multiple sclerosis disease-
modifying treatments (a GP federation, a docx form with no evidence section), medicines
that can worsen myasthenia gravis (a local pharmaceutical committee, with appendix), MRI
scans for people with deep brain stimulators (a private imaging company as primary entrant,
sections in an unusual order), head injury after unwitnessed falls in care homes (an
integrated care board, style headings), blocked shunts in children with hydrocephalus at
school (a hydrocephalus charity, numbered questions) and safe swallowing at home after a
stroke (a community trust speech and language therapy service with home care companies,
lists, no value section).

Build it with

    .venv/bin/python data/independent/build.py --set 95   (writes data/corpus/independent95/)

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
    (including 'halved', 'a third fewer' and a sustained shift on an SPC chart);
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, volunteers with lived experience, unusual names
    for the people involved, list items), wherever in the entry it is told; a volunteer
    or peer worker with lived experience, employed by a partner, who helped design the
    work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance and police services are
emergency_service; GP federations and local pharmaceutical committees are primary_care;
patients' support groups and members' associations are patient_group; leisure trusts,
domestic abuse, driving assessment and hydrocephalus charities and care associations are
charity; a university is university; home care, imaging and sports medicine companies are
private).  A department or team of the entrant's own organisation is not a partner.
Flags are written by hand and build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1505  seizure safety in homeless hostels - docx - bold headings with a
#        cover table - council homelessness commissioner, plain - council with
#        the community trust's epilepsy nurses and a hostel charity -
#        residents and staff involved - SPC shift as one claim - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1505", format="docx", layout="bold_headings", topic="epilepsy_homeless_hostels",
    project="independent95-safenights-1505", docx_font="Calibri",
    title="Safe Nights: seizure safety for people with epilepsy living in hostels",
    cover_table=[
        ("Entry title", "Safe Nights: seizure safety for people with epilepsy living in hostels"),
        ("Lead organisation", "Corringham Borough Council, Housing Options and Homelessness Service"),
        ("Partners", "Corringham and Wyre Community NHS Trust (Adult Epilepsy Nurse Service); Harbour Lights Housing Trust (registered charity)"),
        ("Contact", "Homelessness Commissioning Manager"),
    ],
    primary_entrant=dict(name="Corringham Borough Council", type="local_authority"),
    partners=[
        dict(name="Corringham and Wyre Community NHS Trust", type="nhs_trust"),
        dict(name="Harbour Lights Housing Trust", type="charity"),
    ],
    sections=[
        ("context", "The problem", """
Corringham has five hostels and eleven supported houses for single homeless adults, with around 260 beds
between them. Harbour Lights runs four of the hostels. When we looked at deaths among hostel residents over
three years, epilepsy came up again and again. Two men died alone in their rooms after a seizure at night,
and a woman drowned in a shared bath. None of them had seen an epilepsy specialist for years.

Epilepsy is far more common among homeless people than in the general population. Head injuries, alcohol
and drug use, missed meals, lack of sleep and stolen or lost medicines all make seizures more likely. Many
residents do not have a GP they see regularly, and prescriptions lapse when people move on. Hostel staff
told us they often did not know a resident had epilepsy until they found them on the floor. When they did
know, there was no plan, so the response depended on who was on shift.

Ambulance crews were called to our hostels for seizures several times a week. Most people were taken to
the emergency department, waited for hours and then walked out before they were seen by anyone who could
look at their medicines. The next week the same thing would happen again.

Nobody was doing anything wrong on their own. The hostel teams were not trained in epilepsy, the epilepsy
nurses had never been asked to work outside clinics, and the council commissioned the beds without asking
about health needs. We needed all three of us to change how we worked at the same time.

There was also a question of trust. Many residents have had poor experiences of health services and are
wary of anyone who looks official. Some had stopped taking their medicines because they were frightened of
the side effects, or because the tablets had been stolen from their rooms and they could not face the
surgery to ask for more. A few hid their seizures from staff for fear of being moved to another hostel or
losing their place altogether. Any solution had to start from the hostel, not from a clinic letter.
"""),
        ("evidence", "What difference it has made", """
Safe Nights started in January 2023. Every new resident is asked, in the first week, whether they have ever
had a seizure. Anyone who says yes is seen in the hostel by an epilepsy nurse within 14 days. The nurse
agrees a one-page seizure plan with them, sorts out a repeat prescription with a local GP practice and, if
the person agrees, arranges a bed sensor and a room nearer the staff office. Hostel staff have a grab sheet
for each person, showing what their seizures look like and when to call 999.

So far 118 residents have been seen by the nurses and 74 have a seizure plan in place. Forty-one bed
sensors have been fitted.

<<Q:Ambulance call-outs for seizures to our hostels and supported houses fell from 212 in 2022 to 131 in
2024.>> <<Q:On our monthly run chart, call-outs dropped below the previous average in March 2023 and have
stayed below it for 19 months in a row, which is a sustained shift and not a chance dip.>>

<<Q:The proportion of residents with epilepsy who had a valid prescription for their antiseizure medicines
rose from around half at our first audit to 88% at the last one.>> There have been no deaths from epilepsy
in our hostels since Safe Nights began.
"""),
        ("stakeholders", "Who was involved", """
<<P:We asked six residents with epilepsy, through Harbour Lights' residents' meeting, what would help, and
they told us that a plan written in medical language would be left in a drawer, so the seizure plan is now
written in their own words and they keep a copy in their wallet.>> <<P:One of them, a man who had lived in
hostels on and off for ten years, suggested the nurses come at lunchtime, when people are in for food,
and that is when the clinics now run.>> <<P:Residents also chose the bed sensor from the three we
trialled, after one model's alarm woke the whole corridor.>>

<<S:Night project workers at Harbour Lights wrote the grab sheet with the epilepsy nurses, and they asked
for the instruction on when to give rescue medicine to be in a box at the top of the page.>> <<S:The
epilepsy nurses changed their referral criteria after talking to hostel managers, so that a single
witnessed seizure is enough to be seen.>> <<S:A steering group of hostel managers, the lead epilepsy nurse
and two council commissioners met every month in the first year and decided on each change.>>
"""),
        ("value", "Value for money", """
The nurses' time is funded by a council public health grant of £46,000 a year. The bed sensors cost £180
each. Each ambulance call-out and emergency department visit avoided saves far more than a nursing visit,
and the lives saved cannot be priced. Hostel staff say they feel less frightened on night shifts because
they know what to do.

There are savings that are harder to count. A resident whose seizures are better controlled is more likely
to keep a tenancy when they move on, less likely to be evicted after a seizure that damaged a room or
frightened other residents, and more able to take up training or work. Several residents have told their
key workers that, for the first time in years, they have a named person to ring about their epilepsy. For
the hostels, fewer emergencies at night means staff can spend their time on the support that helps people
move on.

We have been careful to make the work sustainable. The seizure question and the grab sheet are part of
each provider's standard assessment paperwork, so they do not depend on any one manager. The epilepsy nurse
post is written into the public health plan for the next three years. And the GP practice that agreed to
register hostel residents has been given a small payment through the primary care network for the extra
reviews, so prescriptions no longer lapse when someone is between surgeries.
"""),
        ("spread", "Spreading the learning", """
The seizure question is now part of the council's contract with every supported housing provider in the
borough. Harbour Lights has taken Safe Nights to its two hostels in the neighbouring district, and the
community trust is offering the same outreach to the women's refuge and the young people's foyer. We have
shared our grab sheet and the plan template with the regional homeless health network.

What we would say to anyone trying this elsewhere is that the nurses going into the hostels made the
difference. The paperwork matters, but it was the fact that residents saw the same nurse at the same table
every fortnight that got people talking about their seizures. We would also say: ask about seizures on
day one, because a lot of people move on within a few weeks and the chance is lost.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1506  Parkinson's medicines when nil by mouth before planned surgery - pdf
#        - own headings - consultant anaesthetist, clinical - acute trust with
#        community trust Parkinson's nurses and a Parkinson's support group -
#        patients (passive, in value section) and staff involved - NO
#        quantitative evidence (counts, single audit figure, a target, dates)
# ---------------------------------------------------------------------------
entry(
    id="I1506", format="pdf", layout="own_headings", topic="parkinsons_nil_by_mouth_surgery",
    project="independent95-keeptakingthem-1506", pdf_font="LiberationSans", pdf_align="J",
    title="Keep Taking Them: Parkinson's medicines for people who are nil by mouth before planned surgery",
    cover=[
        "Aldermoor Teaching Hospitals NHS Foundation Trust (Pre-operative Assessment and Anaesthesia) in partnership with Aldermoor and Fenby Community Health NHS Trust (Parkinson's Nurse Specialist Service) and Fenby Parkinson's Friends",
        "Written by a consultant anaesthetist and the lead pre-operative assessment nurse",
    ],
    primary_entrant=dict(name="Aldermoor Teaching Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Aldermoor and Fenby Community Health NHS Trust", type="nhs_trust"),
        dict(name="Fenby Parkinson's Friends", type="patient_group"),
    ],
    sections=[
        ("context", "Why this mattered", """
Levodopa and the other dopamine medicines used in Parkinson's have to be taken on time, every time. A
delay of an hour or two can leave a person rigid, unable to swallow or speak, and at risk of aspiration.
Stopping them suddenly can, rarely, cause a reaction that looks like neuroleptic malignant syndrome and
can kill.

People having planned surgery are told not to eat or drink for several hours beforehand. For years our
standard letter said 'nothing by mouth from midnight' and gave no instruction about medicines. Many people
with Parkinson's, sensibly trying to follow the rules, missed their morning doses, and if their operation
was late in the list they could go twelve hours or more without them. Some arrived in theatre unable to
move. Others could not take tablets afterwards because they were too stiff to swallow, and the alternative
patch or dispersible forms were not on the ward.

Our pre-operative assessment clinic did not routinely ask the Parkinson's nurses for advice, and the
Parkinson's nurses usually did not know their patients were having surgery until afterwards. Two incidents
in 2022, one of them a woman who developed aspiration pneumonia after a hip replacement, made it clear
that we needed to plan together before the day of surgery, not react on the ward.

There were smaller problems too, each of which added to the risk. Dose times in the electronic prescribing
system defaulted to standard drug rounds, such as 8am, 12 noon and 6pm, rather than the person's own
times, so a patient who normally took levodopa at 7am, 10am, 1pm and 4pm could find doses moved by hours.
Some anti-sickness medicines commonly used after anaesthesia block dopamine and make Parkinson's worse.
Recovery nurses were not always told that a patient had Parkinson's, and the handover from theatre to the
ward rarely mentioned medicine times. None of this was anybody's fault; it was simply that no one had
looked at the whole journey from the point of view of a person with Parkinson's.
"""),
        ("evidence", "What we have done and what we can show", """
Since April 2023 every person with Parkinson's booked for planned surgery is flagged by the pre-operative
assessment nurses, who send a short referral to the Parkinson's nurses. The Parkinson's nurse writes an
individual medicines plan: which doses to take with a sip of water on the morning of surgery, what to give
if the person cannot swallow afterwards, and when the patch or a dispersible form should be used. The plan
goes into the electronic record, onto the theatre list and into the ward's drug chart.

We have also changed the standard pre-operative letter for everyone. It now says, in bold, that people
should keep taking their Parkinson's medicines with a small sip of water unless told otherwise, and people
with Parkinson's are put first on the morning list wherever possible.

From April 2023 to March 2025, 184 people with Parkinson's were flagged and 171 had an individual medicines
plan before their operation. In our most recent audit of 40 people, 92% received every dose within 30
minutes of the time on their plan on the day of surgery. Our target is 100%. Rotigotine patches are now kept
on all six surgical wards and in the day surgery unit. We have had no serious incidents related to missed
Parkinson's medicines in surgical patients since the plan was introduced, and we will repeat the audit
each year.
"""),
        ("stakeholders", "Working together", """
<<S:Surgical ward pharmacists worked with the Parkinson's nurses to write the list of safe alternatives when
a person cannot swallow, and they asked for it to be printed on the back of the plan rather than in a
separate guideline.>> <<S:Theatre coordinators told us that putting everyone with Parkinson's first on the
list was not always possible on orthopaedic days, so together we agreed a rule that the latest acceptable
start time is written on each person's plan.>> <<S:The consultant anaesthetists discussed the draft plan at
their departmental meeting and changed the advice on anti-sickness medicines that people with Parkinson's
must not be given.>>

All surgical nurses have had a short training session on time-critical medicines, and the flag on the
theatre list is explained in the induction for new starters.
"""),
        ("value", "Value and experience", """
The service runs within the existing hours of the pre-operative nurses and the Parkinson's nurses, who see
a handful of extra patients each month. Stocking rotigotine patches on the surgical wards costs about £600 a
year. A single case of aspiration pneumonia can add two weeks to a hospital stay, as well as the harm to the
person.

<<P:The wording of the new pre-operative letter was rewritten line by line at two meetings of Fenby
Parkinson's Friends, whose members removed the phrase 'nil by mouth' from the heading because they said
nobody outside hospital knows what it means.>> <<P:A member who had had two knee replacements, one before and
one after the plan existed, described both days to the theatre team, and it was her idea to put the
latest start time on the plan.>>
"""),
        ("spread", "Spread", """
The same approach is now used for people with Parkinson's having endoscopy and cardiac procedures at
Aldermoor. Our letter and plan template have been shared with the other two hospitals in the integrated
care system, and the regional anaesthesia network has asked us to present the work at its spring meeting.

We have also written the key steps into the trust's perioperative medicines policy, so the approach does
not depend on the people who set it up. The pre-operative assessment template in the electronic record now
asks about Parkinson's as a mandatory question, and the flag carries through to the theatre list, the
recovery area and the ward. Our next step is to offer the same planning to people with other conditions
where medicine timing is critical, starting with myasthenia gravis and type 1 diabetes.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1507  concussion in adult grassroots rugby and riding - pdf - bullet
#        lists - PRIVATE sports medicine company as primary entrant with a
#        university and an acute trust (ineligible) - upbeat director -
#        staff involved - NO patient involvement (players surveyed with no
#        change, given cards, a planned panel, a negation)
# ---------------------------------------------------------------------------
entry(
    id="I1507", format="pdf", layout="bullet_lists", topic="concussion_adult_grassroots_sport",
    project="independent95-sitoutsafe-1507", pdf_font="DejaVuSans", pdf_align="L",
    title="Sit Out, Stay Safe: concussion recognition and return to play in adult grassroots rugby and riding",
    cover=[
        "Primary entrant: KineticEdge Sports Medicine Ltd",
        "Partners: University of Westmarch (School of Sport and Exercise Science); Westmarch Hospitals NHS Trust (Emergency Department)",
        "Submitted by the Clinical Director, KineticEdge Sports Medicine Ltd",
    ],
    primary_entrant=dict(name="KineticEdge Sports Medicine Ltd", type="private"),
    partners=[
        dict(name="University of Westmarch", type="university"),
        dict(name="Westmarch Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The problem", """
KineticEdge provides pitchside physiotherapy and first aid cover to amateur rugby clubs, riding schools and
equestrian events across Westmarch. Professional sport has clear concussion rules. At grassroots level, where
most adults play, there is usually no doctor present and the decision whether a player carries on is often
made by a coach, a team-mate or the player themselves.

What we saw in 2021 and 2022:

- adult players with obvious signs of concussion, such as lying still, being unsteady or confused, going back on to the pitch after a few minutes

- riders who had fallen and hit their heads getting straight back on the horse, because 'that is what you do'

- players back in a match a week later, with headaches and poor sleep, and a second head injury before they had recovered

- people turning up at the emergency department late at night with a worsening headache and nobody with them who knew what had happened

- no shared advice between the clubs, the emergency department and GPs about when it was safe to return to work, driving or sport

Why a partnership:

- we see the injury at the pitch or in the arena, but we lose sight of the player once they leave

- the emergency department sees the players who come in but has no link back to the clubs

- the university had the research skills to tell us honestly whether anything we did made a difference
"""),
        ("evidence", "Results", """
Sit Out, Stay Safe began in the 2022/23 season in 14 rugby clubs and 6 riding centres. It has three parts:

- a simple rule, 'if in doubt, sit them out', with the signs printed on a pitchside card

- a standard head injury advice sheet given to every player or rider who is removed, which the emergency department also uses

- a graduated return to play plan, with a minimum of 21 days before contact or jumping, unless cleared by a doctor

Findings from the university's evaluation, comparing the 2021/22 season with the 2023/24 season:

- <<Q:players with a suspected concussion who returned to the same match or ride fell from 38% to 6%>>

- <<Q:players who returned to full contact within seven days of a concussion fell from 41% to 9%>>

- <<Q:second head injuries within the same season fell from 17 to 4>>

- 312 coaches, club first aiders and riding instructors completed the online module
"""),
        ("stakeholders", "Who was involved", """
- <<S:emergency department consultants at Westmarch Hospitals worked with our physiotherapists to write the advice sheet, and insisted on a section about when not to drive>>

- <<S:the university's sport scientists designed the evaluation and, after the first half-season, persuaded us to change the return-to-play plan from 14 to 21 days for adults with a previous concussion>>

- <<S:our pitchside physiotherapists tested the card in matches and cut it down from two sides to one, because nobody would read two sides in the rain>>

- players were given the card in their club membership pack

- we sent an online questionnaire to 900 players at the start of the project; most said they would welcome clearer rules, which matched what we expected, so no changes were made

- we did not run focus groups with players, because of the timing of the season

- we plan to set up a players' and riders' panel next year
"""),
        ("value", "Value", """
- the card, advice sheet and online module were developed for about £18,000, shared between KineticEdge and a university research grant

- clubs pay nothing to take part

- avoiding a single second-impact injury avoids months off work and, in rare cases, lifelong disability

- the emergency department now gives one consistent message to every sports head injury, which saves time at triage

- players who are kept off for the full return-to-play period are less likely to miss weeks of work later in the season

- the scheme gives clubs something they did not have before: a clear, defensible rule that takes the decision away from a player who wants to carry on
"""),
        ("spread", "Spread", """
- the county rugby association has asked all 38 of its clubs to adopt the card from next season

- two further riding centres and a pony club branch have joined

- the university has published the evaluation and shared it with other university sports departments

- we are talking to amateur boxing and martial arts clubs about an adapted version

- the online module is free for any club in the country to use, and the advice sheet can be downloaded from the university's website

- we are working with the university on a second study looking at concussion in women's rugby, where the evidence is thinner
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1508  brain injury in survivors of domestic abuse - docx - no headings -
#        domestic abuse charity chief executive, personal - charity with the
#        acute trust ED, police and a brain injury group - survivors involved
#        (indirectly, by a group name and pronouns) - NO staff involvement
#        (advocates trained, ED staff briefed, officers given cards, one named
#        neuropsychologist doing her job, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1508", format="docx", layout="no_headings", topic="brain_injury_domestic_abuse_survivors",
    project="independent95-behindthebruises-1508", docx_font="Georgia",
    title="Behind the Bruises: finding and supporting brain injury in survivors of domestic abuse",
    cover=[
        "Safe Harbour Kelston (registered charity), with Kelston General Hospital NHS Trust, Kelston and Dene Police and Kelston Brain Injury Group",
        "Entry by the Chief Executive, Safe Harbour Kelston",
    ],
    primary_entrant=dict(name="Safe Harbour Kelston", type="charity"),
    partners=[
        dict(name="Kelston General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Kelston and Dene Police", type="emergency_service"),
        dict(name="Kelston Brain Injury Group", type="patient_group"),
    ],
    sections=[
        ("context", None, """
For twenty years we have supported women and men escaping domestic abuse in Kelston. We have always known
that many of them have been hit around the head, pushed down stairs or strangled, sometimes many times over
many years. What we did not understand, until recently, was what that does to the brain. Survivors would
miss appointments, forget what they had agreed with their advocate, lose their temper in the refuge or
struggle to follow a court process. We, and the services around them, too often saw this as chaos or
unwillingness. Some were described as 'not engaging' and their cases closed.

Non-fatal strangulation and repeated blows to the head can cause a brain injury that is never diagnosed.
Survivors rarely go to hospital at the time, and if they do they are treated for the visible injury. A
survivor with an undiagnosed brain injury is at greater risk of falls, seizures, depression and suicide,
and may be less able to keep herself safe, because planning and remembering a safety plan depend on the
very skills that have been damaged. In 2022 a woman we had supported died after a fall at home. Her
inquest heard that she had had several untreated head injuries and had been having blackouts for months.

No single service could have put this right. We see survivors over many months, but we are not clinicians.
The hospital has the expertise to assess a brain injury, but survivors rarely reach it, and when they do
the link to the abuse is not made. The police are often the first to see a survivor after an assault, but
officers had no way of knowing that a person who seemed drunk or uncooperative might be concussed or
recovering from being strangled. And the Brain Injury Group had years of experience of living with a brain
injury, but had never been asked to work with domestic abuse services. We needed to join these pieces up
so that a survivor with a brain injury would be recognised, wherever she first came into contact with help.
"""),
        ("evidence", None, """
Behind the Bruises started in June 2023. Every survivor referred to us is now asked a short set of screening
questions about head injury, strangulation and symptoms such as headaches, memory problems and dizziness.
Anyone who screens positive is offered a same-week appointment at a brain injury clinic held at the
hospital, and support from the Brain Injury Group alongside their advocacy. Our advocates adapt how they
work: shorter meetings, written summaries, text reminders and fewer people in the room.

In the first eighteen months we screened 640 survivors and 251 screened positive. <<Q:Before the project,
about one in ten survivors who told us about a head injury had ever seen a doctor about it; now six in ten
are seen in the clinic.>> <<Q:Cases closed because the survivor was 'not engaging' fell from 22% of cases
in 2022 to 9% in 2024.>> <<Q:Emergency department attendances for falls and seizures among the survivors we
support dropped by a third over the same period.>>
"""),
        ("stakeholders", None, """
The questions did not come from us. <<P:They were chosen by the Thursday group, eight women who had been
through our refuge, who went through a long list from the research with us and threw out every question
that made them feel they were being tested.>> <<P:They also told us that 'brain injury' frightened people,
so the leaflet talks about 'after being hurt around the head or neck', which was their wording.>>
<<P:Two members of the Kelston Brain Injury Group who live with a brain injury from an assault spent a
morning with us explaining what a bad day feels like, and that is why advocates now send a written summary
after every meeting.>>

All 34 of our advocates completed two days of brain injury training. Emergency department nurses were
briefed on strangulation at their monthly teaching, and police officers now carry a card with the signs.
Dr Ruth Okafor, the clinical neuropsychologist, runs the weekly clinic as part of her job plan. We intend
to bring the advocates, nurses and officers together next year to review the pathway.
"""),
        ("value", None, """
The clinic is funded for two years by a charitable trust at £62,000 a year. Every survivor who stays in
contact with us and keeps to a safety plan is less likely to be hurt again, and every fall or seizure
avoided saves the hospital money as well as the harm. Survivors tell us that, for the first time, they
understand why they have been struggling and that it is not their fault.
"""),
        ("spread", None, """
We have shared the screening questions with the other domestic abuse services in the county and with the
regional violence reduction unit. The hospital has added strangulation questions to its emergency
department assessment for anyone disclosing domestic abuse. We spoke at the national domestic abuse
conference in 2024 and three services have asked for our materials.

Our advice to other services is to start by asking. The screening questions take less than five minutes,
and the answers have changed how we understand many of the people we support. Once you know that a
survivor has a brain injury, missed meetings and forgotten plans look very different, and so does the help
she needs to stay safe. We are now working with the county's family courts to explain what a brain injury
can mean for a survivor giving evidence.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1509  driving too soon after a stroke - docx - numbered questions with
#        cover bullets - stroke occupational therapist, conversational -
#        community trust with a GP federation and a driving assessment
#        charity - stroke survivors and staff involved - 'a third fewer' -
#        NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I1509", format="docx", layout="numbered_questions", topic="driving_after_stroke",
    project="independent95-backbehindthewheel-1509", docx_font="Arial",
    title="Back Behind the Wheel? Safe, consistent advice on driving after a stroke",
    cover=[
        "Entry for the Best Partnership Solution Improving Patient Safety category",
    ],
    cover_bullets=[
        "Lead: Pennick Vale Community Health NHS Trust, Community Stroke Rehabilitation Team",
        "Partners: Pennick Vale GP Federation; Southmoor Mobility and Driving Centre (registered charity)",
        "Author: Clinical Lead Occupational Therapist, Community Stroke Rehabilitation",
    ],
    primary_entrant=dict(name="Pennick Vale Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Pennick Vale GP Federation", type="primary_care"),
        dict(name="Southmoor Mobility and Driving Centre", type="charity"),
    ],
    sections=[
        ("context", "1. What problem were you trying to solve?", """
Pennick Vale is a rural area with poor public transport. For most people who have had a stroke here,
driving means independence: getting to the shops, seeing family, going back to work. It is often the first
thing they ask us about when we visit them at home, and sometimes the only thing.

After a stroke a person must not drive for at least a month, and some must tell the licensing authority and
stop for longer, or for good, for example if they have lost part of their field of vision, have ongoing
problems with attention or judgement, or have had seizures. Many strokes leave no obvious physical
weakness, so people feel ready to drive long before it is safe. Problems with vision, attention and
reaction times may not be noticed by the person or their family.

When we reviewed our caseload in 2022 we found that advice about driving was given inconsistently. The
stroke unit gave a leaflet on discharge, which many people did not read. Our therapists talked about driving
if the person asked. GPs were asked about driving at a routine appointment and did not always have the
information they needed from the hospital. Some people were told different things by different
professionals, and several had started driving again within days of going home. In one case a man with an
undetected loss of vision on his left side drove into a cyclist two weeks after his stroke. Nobody had
formally checked his visual fields.

No one service owned the question of whether a person was safe to drive, so we set out to make it a shared
job between us, the GPs and the local driving assessment centre.

We also knew that the conversation is a hard one. For an older man in a village with one bus a day, being
told he cannot drive can feel like being told he has lost his life as he knew it. Therapists told us they
sometimes avoided the subject because they did not want to damage the relationship they were building with
the person. GPs said they felt they were being asked to make a judgement about driving without the
information or the tools to do it. Families were often caught in the middle, knowing that something was
not right but not wanting to be the one to take the keys away.
"""),
        ("evidence", "2. What difference has your work made?", """
Since March 2023, every person referred to our community stroke team has a 'driving conversation' at their
first visit, recorded in a standard template that the GP can see. The template covers what the rules say for
that person's stroke, whether they need to tell the licensing authority, and whether they need a visual
field test or a cognitive screen. Anyone with doubts is referred to Southmoor Mobility and Driving Centre for
an on-road assessment, which the trust now funds for people who cannot afford it. GPs have a one-page guide
and a direct line to our team.

<<Q:The proportion of people with a documented driving conversation within two weeks of discharge rose from
31% in our 2022 audit to 94% in 2024.>> <<Q:Among people we followed up at three months, those who said they
had driven before they were allowed to fell by about a third.>> <<Q:Visual field testing before a person
returned to driving went from being done in fewer than one in five cases to nearly all of them.>>

Southmoor carried out 86 on-road assessments for our patients in 2024. Of these, 19 people were advised not
to return to driving and 23 were advised to drive only with adaptations or after further lessons.
"""),
        ("value", "3. What value has the project delivered?", """
An on-road assessment costs around £250. The driving conversation takes ten to fifteen minutes of therapist
time. Compared with the cost of a single road traffic collision, let alone the harm to the person, the
other road users and their families, this is very small.

Stroke survivors tell us they would rather hear a clear answer, even if it is 'not yet', than be left to
guess. Their families say they feel less pressure to decide for them.

For those who cannot return to driving, the driving conversation now leads into practical help: our
occupational therapists link people to community transport, concessionary bus passes and the local
volunteer driver scheme, so that stopping driving does not mean becoming housebound. For the team, having a
standard template has made a difficult conversation easier to start, and new staff say they feel more
confident raising it.
"""),
        ("stakeholders", "4. How were patients, carers and staff involved?", """
<<P:We asked members of the Pennick Vale stroke survivors' café what they had been told about driving, and
their stories showed us how confusing the advice had been; they then helped us write the wording of the
driving conversation so that it opens with what the person can do, not what they cannot.>> <<P:A husband and
wife, whose husband had driven too soon after his stroke, agreed to be filmed talking about it, and the film
is now shown in our training.>>

<<S:Community occupational therapists and physiotherapists designed the template together and tested it for
two months before it went live, changing the order of the questions after finding that people stopped
listening once the word 'licence' was mentioned.>> <<S:Two GPs from the federation joined our working group
and asked for the guide to fit on one page and to say exactly which conditions need the licensing authority
to be told.>> <<S:Instructors at Southmoor told us that many people arrived for an assessment without any
information about their stroke, so we now send a short summary with each referral.>>
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I1510  bowel care for people with spinal cord injury admitted to general
#        hospitals - pdf - form table - members' association chair, direct -
#        members' association with an acute trust and the spinal injuries
#        centre - members involved - NO staff involvement (nurses trained,
#        ward managers briefed, a named nurse specialist doing her job, a
#        questionnaire with no change, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1510", format="pdf", layout="form_table", topic="spinal_cord_injury_bowel_care_hospital",
    project="independent95-mybowelcare-1510", pdf_font="LiberationSans",
    title="My Bowel Care: safe bowel management for people with spinal cord injury in general hospitals",
    cover_table=[
        ("Entry title", "My Bowel Care: safe bowel management for people with spinal cord injury in general hospitals"),
        ("Lead organisation", "Rowanmere Spinal Cord Injury Association (members' organisation)"),
        ("Partner organisations", "Rowanmere University Hospitals NHS Trust; Northgate Hospitals NHS Foundation Trust (Northgate Spinal Injuries Centre)"),
        ("Entrant", "Chair of the Association"),
    ],
    primary_entrant=dict(name="Rowanmere Spinal Cord Injury Association", type="patient_group"),
    partners=[
        dict(name="Rowanmere University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Northgate Hospitals NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Describe the problem your partnership set out to address", """
Most people with a spinal cord injury cannot empty their bowels without help. At home we follow our own
routine, often every day or every other day, at a set time, usually with suppositories and digital rectal
stimulation or manual evacuation. Done properly it keeps us continent and well. If it is missed, we can
become constipated, impacted and, for those of us with injuries above the middle of the chest, at risk of
autonomic dysreflexia, a sudden and dangerous rise in blood pressure.

When our members are admitted to a general hospital for something unrelated, such as a chest infection or a
broken leg, their bowel care often stops. Ward nurses have told us they are not trained or not allowed to do
digital stimulation or manual evacuation, or that they need a doctor's order. Some members have gone five or
six days without bowel care. Others have been given large doses of laxatives instead, leading to
incontinence, skin damage and distress. In 2022 one of our members was readmitted to intensive care with
autonomic dysreflexia caused by faecal impaction after four days on a general ward.

We are a small members' association, run by and for people with spinal cord injury. We could not fix this on
our own, but we could bring the two hospitals together and make sure our members' voice shaped the answer.

The spinal injuries centre has the expertise, but it is over an hour away and most of our members are
admitted to their local hospital. The local hospital sees only a few people with spinal cord injury each
month, so ward nurses may go a year or more without caring for one. Policies written for older people with
constipation did not fit a person whose bowel has no normal nerve supply. The answer had to combine the
centre's knowledge, the local hospital's willingness to change its policy, and the experience of the
people who live with this every day.
"""),
        ("evidence", "What evidence do you have that patient safety has improved?", """
My Bowel Care was introduced on all adult wards at Rowanmere University Hospitals in September 2023. It has
three parts. Every person with a spinal cord injury who is admitted is asked for their 'bowel passport', a
one-page record of their routine kept on their phone or in their wallet, or is helped to write one. The
trust's policy now states clearly that registered nurses who have completed the training can carry out
digital stimulation and manual evacuation as part of a person's normal routine. And the spinal injuries
centre's outreach nurse can be contacted by phone for advice seven days a week.

We audited the care of members admitted in the year before and the year after. <<Q:The number of people who
went more than three days without bowel care while in hospital fell from 23 of 40 admissions to 6 of 38.>>
<<Q:Episodes of autonomic dysreflexia linked to the bowel recorded on general wards went from nine to two.>>
<<Q:Members rating their bowel care in hospital as 'safe' or 'very safe' rose from 15% to 71%.>>
"""),
        ("stakeholders", "How have patients, service users and staff been involved?", """
<<P:The bowel passport was designed by our members at three workshops in the association's meeting room,
where they compared the notes they already carried and agreed a single layout.>> <<P:Members who had been on
general wards read every draft of the hospital policy and made it say that the person's own routine comes
first and that no one should be given laxatives instead without their agreement.>> <<P:Two members with high
level injuries tested the passport on their own admissions in the summer of 2023 and asked for a box for
the signs of autonomic dysreflexia to be added.>>

By March 2025, 286 ward nurses had completed the training, which is delivered by Sister Janet Adeyemi, the
spinal injuries centre's outreach nurse specialist, as part of her role. Ward managers were briefed at
their monthly meeting. A questionnaire was sent to nurses on the pilot wards; the replies were positive and
we did not change anything as a result. The hospital plans to set up a nursing reference group for the
pathway next year.
"""),
        ("value", "What value has your project delivered?", """
The training and passport cost about £9,500 in the first year, most of it nurse time. The association
printed the passports with a small grant. One intensive care admission for autonomic dysreflexia costs many
times that amount. For members, the difference is being treated with dignity at a time when they are
already unwell, and not being left in pain or soiled.
"""),
        ("spread", "How has the solution been shared and spread?", """
The spinal injuries centre is offering the training and passport to the other five hospitals in its
catchment, and two have started. Our passport has been shared with the national spinal injury charities and
adapted by a members' group in the south west. We have written an article for a nursing journal.

The lesson we would share is that the fix was not complicated. Most of what was needed already existed:
people with spinal cord injury know their own routines, and the spinal injuries centre knows how to teach
bowel care. What was missing was a clear policy saying that ward nurses could do it, and a simple way for a
person to show the ward what they need. We would encourage any hospital to check its own policy on digital
stimulation and manual evacuation, because that alone removes the main barrier.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1511  hip surveillance for children with cerebral palsy - pdf - two
#        columns - university professor of physiotherapy, academic - university
#        with community paediatric physiotherapy, the acute trust and a parents'
#        forum - parents and staff involved - 'halved' - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1511", format="pdf", layout="two_column", topic="cerebral_palsy_hip_surveillance",
    project="independent95-watchingthehips-1511", pdf_font="LiberationSerif",
    title="Watching the Hips: a shared hip surveillance programme for children with cerebral palsy",
    cover=[
        "University of Brackenford, School of Health and Rehabilitation (lead), with Brackenford and Lea Community Health NHS Trust (Children's Physiotherapy), Brackenford Hospitals NHS Trust (Paediatric Orthopaedics) and Lea Valley Parent Carer Forum",
        "Entry by the Professor of Paediatric Physiotherapy, University of Brackenford",
    ],
    primary_entrant=dict(name="University of Brackenford", type="university"),
    partners=[
        dict(name="Brackenford and Lea Community Health NHS Trust", type="nhs_trust"),
        dict(name="Brackenford Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Lea Valley Parent Carer Forum", type="patient_group"),
    ],
    sections=[
        ("context", "Background", """
About a third of children with cerebral palsy develop hip displacement: the ball of the hip joint gradually
moves out of the socket because of muscle imbalance. It causes no symptoms at first. By the time it is
painful, the hip has often dislocated, and the child needs major surgery, may lose the ability to sit
comfortably or to stand for transfers, and can live with chronic pain.

Displacement can be found early with regular hip X-rays and a simple measurement, and caught early it can be
treated with much smaller operations. Surveillance programmes in other countries have almost eliminated
hip dislocation in cerebral palsy. In Brackenford and Lea, surveillance depended on which consultant or
therapist a child saw. There was no register of children with cerebral palsy, no agreed schedule of X-rays,
and results were not always passed back to the child's physiotherapist. When we reviewed the records of 212
children in 2021, we found children who had not had a hip X-ray for four years and several who were first
referred to an orthopaedic surgeon with a hip already out of joint.

The reasons were not hard to find. Children with cerebral palsy see many professionals, and each assumed
that someone else was arranging the X-rays. X-rays were often taken in different positions, so the
measurements could not be compared. Physiotherapists, who see the children most often, had no easy way to
request an X-ray or see the result. And families, understandably, did not know that a painless hip could
be slowly moving out of its socket. The university had developed a measurement method and a research
database; the NHS services had the children and the clinics. The obvious answer was to bring the two
together.
"""),
        ("evidence", "Results", """
Since 2022 every child with cerebral palsy in the area is on a single register held by the community trust.
The child's physiotherapist records a standard motor function level and the register shows when the next
X-ray and clinical check are due. The university's research team reads and measures every X-ray using the
same method and returns the result within a week, with a traffic-light rating that triggers referral to the
orthopaedic team when needed.

Coverage has grown steadily: 268 children are now on the register. <<Q:Children who were up to date with
hip surveillance for their age and motor function level rose from 41% to 93%.>> <<Q:The number of children
referred to orthopaedics with a hip that had already dislocated halved, from ten in the two years before the
programme to five in the two years after.>> <<Q:The average age at first hip surgery went down from 9.1 to
6.4 years, which means more children are now having the smaller preventive operations rather than
reconstruction.>>
"""),
        ("stakeholders", "Involvement", """
<<P:Parents from the Lea Valley Parent Carer Forum helped us decide how results should be shared; they asked
to receive a copy of the traffic-light letter themselves, not just hear about it months later, and this
is now standard.>> <<P:A group of parents also reviewed the information leaflet and asked us to include
pictures of what a hip X-ray appointment looks like for a child who uses a wheelchair.>>

<<S:Community physiotherapists agreed the X-ray schedule with the orthopaedic surgeons at a joint workshop,
and changed it so that children at lower risk have fewer X-rays.>> <<S:Radiographers at the hospital asked
for a standard positioning guide because measurements were unreliable when children were not lying
straight, and they helped produce it.>>
"""),
        ("value", "Value", """
The register runs on existing software. X-ray reading is done by a part-time research physiotherapist
funded by the university. A hip reconstruction costs far more than years of surveillance, and the pain and
loss of function it prevents matter most to the children and families.

For the services, a single register means fewer duplicated appointments and fewer X-rays taken 'just in
case'. Orthopaedic clinics now see children at the point when a small operation can help, rather than
being asked to rescue a hip that has already dislocated.
"""),
        ("spread", "Spread", """
The register template and X-ray reading method have been taken up by the two neighbouring community trusts.
Our measurement training is now part of the university's postgraduate physiotherapy course, and we have
published the results in a peer-reviewed journal.

We would encourage others to start with the register. Once every child is on a single list with a due
date, most of the rest follows. A shared method for measuring the X-rays makes the results trustworthy
across services, and sending the result straight back to the physiotherapist and the family closes the loop
that was so often broken before.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1512  missed intrathecal baclofen pump refills - pdf via soffice - style
#        headings - neuromodulation nurse consultant - ONE neurosciences trust's
#        own departments, no partner organisation (ineligible) - patients and
#        staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1512", format="pdf", layout="style_headings", topic="intrathecal_baclofen_pump_refills",
    project="independent95-refillready-1512", render_via="soffice", docx_font="Liberation Serif",
    title="Refill Ready: preventing missed refills of intrathecal baclofen pumps",
    cover=[
        "Harrowgate Neurosciences NHS Foundation Trust",
        "A partnership between the trust's Department of Neurosurgery, Pharmacy Aseptic Unit and Community Neurorehabilitation Team",
        "Entry by the Nurse Consultant in Neuromodulation",
    ],
    primary_entrant=dict(name="Harrowgate Neurosciences NHS Foundation Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "The challenge", """
Intrathecal baclofen pumps are small devices placed under the skin of the abdomen that deliver a muscle
relaxant directly into the fluid around the spinal cord. They are used for people with severe spasticity
from spinal cord injury, multiple sclerosis, cerebral palsy or brain injury. We look after 174 people with
pumps. Each pump has to be refilled every one to six months. If the pump runs empty, or the alarm date is
missed, the person can go into baclofen withdrawal: high fever, severe spasms, confusion and, in some cases,
organ failure and death.

Refills were booked by hand in a paper diary. Drug for each refill was made up by the aseptic unit, which
needed five working days' notice. The community team, who see many of these patients at home, did not know
the refill dates. In 2022 we had three near misses where a pump reached its low reservoir alarm before a
refill was done, and one man was admitted through the emergency department with withdrawal symptoms after
his appointment was cancelled because of snow and not rebooked.

Three separate parts of the trust were each doing their job, but nobody had sight of the whole process.
Neurosurgery nurses booked refills and did most of them in clinic. Pharmacy made up the drug and needed
accurate, timely orders. The community neurorehabilitation team saw the same patients at home every week
for their spasticity and therapy, but did not know when a refill was due or what to do if a pump alarm
sounded. Patients themselves were often the only people keeping track, writing the date on a calendar at
home, and some had cognitive problems that made this unreliable.
"""),
        ("evidence", "Results", """
In 2023 we replaced the diary with an electronic refill register that calculates the alarm date for each
pump from the last refill volume and dose, and books the next refill three weeks before it. The aseptic unit
receives an automatic order. The community team can see every patient's next date and can do refills at home
for people who cannot travel. Every cancelled refill must be rebooked within two working days and is flagged
to the nurse consultant.

<<Q:Refills done within seven days of the low reservoir alarm date, which we count as too close for comfort,
fell from 29 in 2022 to 3 in 2024.>> <<Q:Admissions for baclofen withdrawal went from four in the two years
before the register to none in the two years since.>> <<Q:Refills delayed because the drug was not ready
fell from 11% to under 1%.>>
"""),
        ("stakeholders", "Involvement", """
<<P:People who have pumps were invited to a workshop, and they told us that the worst part was not knowing
whether anyone was tracking their date, so each person now receives a text with their next refill date and
the date their alarm would sound.>> <<P:One woman with multiple sclerosis, who had been through withdrawal
before she came to us, reviewed the warning signs card and asked that it tell family members what to say to
an ambulance crew.>>

<<S:Aseptic unit pharmacists designed the automatic order with the neurosurgery nurses and changed it to
include the concentration, after finding two orders with the wrong strength in the first month.>>
<<S:Community neurorehabilitation nurses, who had never done refills, asked to be trained and now run a
monthly home refill round, which they planned themselves.>>
"""),
        ("value", "Value", """
The register was built by the trust's clinical systems team in about six weeks. Home refills save patients
long journeys, and avoiding a single admission to intensive care for withdrawal saves tens of thousands of
pounds. The most important value is peace of mind for the people who rely on these pumps and their families.
"""),
        ("spread", "Spread", """
The register has been shared with two other neuromodulation centres and with the national neuromodulation
nursing forum. We are now using the same approach for people with intrathecal pain pumps.

The main lesson for other centres is that a pump's alarm date is a fixed, predictable point, and missing it
is entirely preventable. Building the register around that date, rather than around clinic availability,
changed how we think about refills: the appointment is booked to protect the patient, and the clinic fits
around it.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1513  swimming pools and people with epilepsy - docx - rubric headings -
#        leisure trust head of aquatics, practical - leisure trust with the
#        council's public health team and an epilepsy support group - staff
#        involved - NO patient involvement (swimmers as beneficiaries, the
#        group handed out leaflets, a survey with no change, a plan) - NO
#        quantitative evidence (counts trained, registrations, a zero with no
#        earlier figure, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1513", format="docx", layout="rubric_headings", topic="epilepsy_swimming_pool_safety",
    project="independent95-swimsafe-1513", docx_font="Calibri",
    title="Swim Safe with Epilepsy: safer swimming in public pools for people who have seizures",
    cover=[
        "Lead organisation: Lynford Leisure Trust (charitable trust operating the city's public pools)",
        "Partners: Lynford City Council (Public Health); Lynford Epilepsy Support",
        "Entry submitted by the Head of Aquatics and Safety, Lynford Leisure Trust",
    ],
    primary_entrant=dict(name="Lynford Leisure Trust", type="charity"),
    partners=[
        dict(name="Lynford City Council", type="local_authority"),
        dict(name="Lynford Epilepsy Support", type="patient_group"),
    ],
    sections=[
        ("context", "Context and patient safety goals", """
Lynford Leisure Trust runs nine public swimming pools across the city, with around 1.3 million swims a year.
People with epilepsy are at much higher risk of drowning than other people, and most drownings of people
with epilepsy in public places happen in pools. A seizure in water can be silent. A swimmer may simply stop
moving and slip under, and in a busy session it can take a lifeguard precious seconds to notice.

For many years the message to people with epilepsy was effectively 'do not swim', or swim only with a
one-to-one companion. We think that is wrong. Swimming is good for physical and mental health, and most
people with epilepsy can swim safely with some simple precautions. But in 2022 a young man with epilepsy had
a seizure in the deep end of one of our pools during a public session. He was brought out by a lifeguard and
made a full recovery, but our review found that the lifeguard had not been trained to recognise a seizure
in water, had not known how to support a person having a seizure in the pool, and that nobody on duty knew
the swimmer had epilepsy.

Our goals were to let people with epilepsy swim with confidence, to make sure our lifeguards could spot and
manage a seizure in water, and to make it easy for swimmers to let us know discreetly that they might have a
seizure.

We could not do this alone. We know how to run pools and train lifeguards, but not about epilepsy. The
council's public health team had been looking at drowning prevention across the city and had the data on
who was most at risk. Lynford Epilepsy Support is in touch with several hundred local people who have
epilepsy and could tell them about the scheme in a way they would trust. Together we could change what
happens at the poolside and make sure people knew it had changed.
"""),
        ("evidence", "Evidence of improvement", """
Since September 2023 all nine pools have offered a voluntary 'Swim Safe' wristband, in a colour chosen to be
visible in water, which tells the lifeguard that the swimmer may have seizures. Swimmers register once at
reception and can add a short note about what their seizures look like. Lifeguards are told at the start of
each session where wristband wearers are swimming and position themselves accordingly. At the quieter
sessions, two lanes are kept for swimmers who want to be nearer the side.

All 212 of our lifeguards and 46 swimming teachers have completed a seizure-in-water module, with a
practical assessment in the pool. Each pool now has a seizure support aid, a soft head float that allows
a lifeguard to keep a person's face out of the water until the seizure ends.

By the end of March 2025, 318 swimmers had registered for a wristband. There have been seven seizures in
the water among wristband wearers, and in each case the swimmer was supported within seconds and brought
out safely. Our aim is for every pool in the county, including school and hotel pools, to offer the scheme
by 2027.
"""),
        ("stakeholders", "Stakeholder engagement", """
<<S:The wristband idea came from a group of senior lifeguards at our Riverside pool, who trialled three
colours in the water and chose the one that showed up best under the lights and at the bottom of the
pool.>> <<S:Lifeguard trainers rewrote the national seizure guidance into a practical module after finding
that the classroom version did not prepare staff for moving a person in deep water, and they added the
head float after testing it against two other aids.>> <<S:The council's public health team and our duty
managers agreed together how wristband information would be stored and who can see it.>>

Lynford Epilepsy Support put our leaflet into the packs it sends to new members and shared posts on its
social media. We surveyed wristband holders after six months and they were positive about the scheme, so
no changes were needed. We hope to set up a swimmers' forum in 2025.
"""),
        ("value", "Value for money and sustainability", """
The wristbands cost 60p each and the head floats £140 each. The training is built into our annual lifeguard
competency hours, so there was no extra staffing cost. The council's public health team paid for printing
and the first year of wristbands, about £3,000 in total. One drowning or near drowning has a lasting cost to
the person and their family, and to the lifeguard who was on duty.
"""),
        ("spread", "Spread and shared learning", """
We have shared the training module and wristband process with the national lifesaving body and with the
other leisure trusts in the region. Two trusts in neighbouring counties started the scheme in 2024. The
council has included it in its physical activity strategy as an example of making leisure services safer
for people with long-term conditions.

Other operators have asked us whether the wristband might put people off, because it marks them out. Our
answer is that it is entirely voluntary, the colour is also used for our general 'weak swimmer' band so it
does not announce a diagnosis, and anyone can stop wearing it at any time. We would advise other pools to
start with the lifeguard training, because that benefits every swimmer who has a seizure, whether or not
we know about their epilepsy in advance.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1514  dissociative seizures treated as epileptic status by ambulance crews
#        - pdf - caps headings - consultant paramedic, frank - ambulance service
#        with a mental health trust's neuropsychiatry service and the acute
#        trust's neurology department - staff involved - NO patient
#        involvement (patients sent their plan, consent, a planned group,
#        a negation)
# ---------------------------------------------------------------------------
entry(
    id="I1514", format="pdf", layout="caps_headings", topic="dissociative_seizures_ambulance_care",
    project="independent95-rightresponse-1514", pdf_font="LiberationSans", pdf_align="L",
    title="The Right Response: safer ambulance care for people with dissociative seizures",
    cover=[
        "Lead: Northmoor Ambulance Service NHS Trust",
        "Partners: Northmoor Partnership NHS Foundation Trust (Neuropsychiatry Service); Castlebeck University Hospitals NHS Trust (Department of Neurology)",
        "Submitted by a Consultant Paramedic, Northmoor Ambulance Service",
    ],
    primary_entrant=dict(name="Northmoor Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Northmoor Partnership NHS Foundation Trust", type="nhs_trust"),
        dict(name="Castlebeck University Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "WHY WE NEEDED TO CHANGE", """
Dissociative seizures look like epileptic seizures but are not caused by abnormal electrical activity in
the brain. They are real and frightening for the person, and they are common: around one in five people
seen in specialist epilepsy clinics with seizures that do not stop with treatment turn out to have them.

The danger for these patients comes from us. A crew arriving at a prolonged seizure follows the status
epilepticus guideline: buccal midazolam, then intravenous or rectal drugs, then a rush to hospital. For a
person with dissociative seizures those drugs do not work, so the crew gives more. Some patients we looked
at had been given three or four doses of benzodiazepine in an hour, had stopped breathing adequately and
had been anaesthetised and intubated in the emergency department. A few people had been intubated several
times in one year. Every one of those episodes carries a risk of aspiration, airway injury and death.

The neurologists knew who had a confirmed diagnosis, but our crews did not. The person's own care plan sat
in clinic letters that never reached the ambulance service. And our clinical guideline said nothing about
dissociative seizures at all.

There was also a problem of attitude, which we have to be honest about. Some crews, faced with the same
person several times a month, had come to see them as attention-seeking or as time-wasters. That is wrong
and it is dangerous, because it can lead to real epilepsy, or a real injury, being missed. We wanted to
replace frustration with a clear plan that tells the crew what this person's seizures look like and what
to do, so that each call is handled calmly and safely.
"""),
        ("evidence", "WHAT HAS CHANGED", """
Since October 2023, with the person's consent, the neurology department sends the ambulance service a short
care plan for every adult with a confirmed diagnosis of dissociative seizures who has needed an ambulance in
the past year. The plan is attached to the person's address and phone numbers on our dispatch system, so the
crew sees it on the way. It tells them what the person's seizures usually look like, what helps, and when
they must treat the episode as possible epilepsy. Our clinical guideline now includes a section on
dissociative seizures and a decision aid for crews.

One hundred and nine plans are now live. <<Q:For people with a plan, the average number of benzodiazepine
doses given per ambulance attendance fell from 1.8 to 0.3.>> <<Q:Intubations in the emergency department
for a seizure later confirmed as dissociative went from 14 in the year before to 3 in the year after.>>
<<Q:Ambulance attendances that ended in conveyance to hospital for these patients dropped from 81% to
47%.>>
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<S:Paramedics from three stations and the clinical support desk helped write the decision aid, and they
insisted on a clear list of red flags, such as injury or an unusual seizure pattern, that override the plan,
because they were worried about missing real epilepsy.>> <<S:Neuropsychiatrists and neurologists agreed the
wording of the plan with our clinical governance group, and changed the term 'non-epileptic attack' to
'dissociative seizure' after our crews said the old term was being read as 'not real'.>> <<S:Emergency
department consultants at Castlebeck reviewed the first twenty cases with us and asked for the plan to be
visible on their own system as well, which it now is.>>

Patients are sent a copy of their plan with a letter explaining how it will be used, and their consent is
recorded by the neurology team. We did not hold a separate patient group for this project, as the
neuropsychiatry service felt it was too soon after diagnosis for many people. A lived experience panel is
planned for the next phase.
"""),
        ("value", "VALUE", """
The plans are written within existing neurology clinic time, and adding them to our dispatch system cost
nothing. Each avoided intubation saves an intensive care bed for a day or more, and each avoided conveyance
saves around two hours of crew time. Crews say they feel more confident walking into these calls.

There is value for the patients too, even if it is harder to count. Fewer trips to hospital mean fewer
hours spent in a busy emergency department, and fewer doses of sedating drugs mean people recover faster
and can get on with their day. The plans also make sure that each person's diagnosis travels with them, so
they do not have to explain it again, often while still recovering from a seizure.
"""),
        ("spread", "SPREAD", """
The guideline section has been shared with the national ambulance clinical leads group and adopted by one
neighbouring service. The neurology department is extending the plans to people seen in the two other
hospitals in our region.

We would advise other ambulance services to start by asking their neurology colleagues for a list of
people with a confirmed diagnosis who are frequent callers. In our case a small number of people accounted
for most of the harm, and a plan for each of them made the biggest difference. The guideline changes then
help crews with everyone else, including people who have not yet been diagnosed.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1515  blood monitoring for MS disease-modifying treatments - docx - form
#        table - GP federation clinical pharmacist, concise - GP federation with
#        the neurosciences trust MS service and an MS support group - patients
#        and staff involved - NO evidence section, but a measured change told
#        in the value section
# ---------------------------------------------------------------------------
entry(
    id="I1515", format="docx", layout="form_table", topic="ms_disease_modifying_treatment_monitoring",
    project="independent95-sharedbloods-1515", docx_font="Calibri",
    title="Shared Bloods: safe monitoring of multiple sclerosis treatments closer to home",
    cover_table=[
        ("Title of entry", "Shared Bloods: safe monitoring of multiple sclerosis treatments closer to home"),
        ("Lead organisation", "Calder Brook GP Federation"),
        ("Partner organisations", "West Calder Neurosciences NHS Trust (Multiple Sclerosis Service); Calder Valley MS Support Group"),
        ("Name and role of entrant", "Lead Clinical Pharmacist, Calder Brook GP Federation"),
    ],
    primary_entrant=dict(name="Calder Brook GP Federation", type="primary_care"),
    partners=[
        dict(name="West Calder Neurosciences NHS Trust", type="nhs_trust"),
        dict(name="Calder Valley MS Support Group", type="patient_group"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and its safety goals.", """
Disease-modifying treatments for multiple sclerosis reduce relapses and slow disability, but several of them
need regular blood tests. Depending on the drug, these check the white cell count, liver function, kidney
function or thyroid function, sometimes monthly for years. Missed or unreviewed results can mean a serious
infection, liver damage or an autoimmune condition is found late.

About 900 people in the Calder Valley take these medicines. They are prescribed by the neurosciences trust's
MS service, which is 40 miles away for many of them. Bloods were done in a mixture of places: the hospital,
the GP surgery, or not at all. Results taken at the surgery did not always reach the MS team, and results
taken at the hospital did not reach the GP. Each side assumed the other was checking. In 2022 an MS nurse
found a patient whose white cell count had been dangerously low for three months on results that nobody had
looked at.

The problem was made worse by the number of different treatments now in use. Each has its own monitoring
schedule, and these change during the first year of treatment and again after a switch from one drug to
another. Practice staff could not be expected to know them all, and the MS nurses, who carry large
caseloads across a wide area, had no reliable way of knowing which results had come back and which had
never been taken. Patients were often the ones keeping track, and when they were unwell, in a relapse or
simply tired, the tests slipped.

Shared Bloods gives every person on a monitored treatment a single schedule agreed by the MS service, with
bloods taken at their own GP practice, and a shared electronic results list reviewed every week by a
federation clinical pharmacist, who escalates abnormal results to the MS nurses the same day.

The MS service keeps responsibility for prescribing and for acting on abnormal results. The practices take
the blood and the federation keeps the list. Everyone can see the same information, so nobody has to
assume that someone else is checking.

For the person, the change is simple: one schedule, one text reminder, a blood test at their own surgery,
and a phone call from the MS nurse only when something needs to change.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<P:Members of the Calder Valley MS Support Group told us that the journey to hospital for a five-minute
blood test was one of the main reasons people missed them, and they helped us choose which practices would
offer early morning appointments for people who work.>> <<P:Three members tested the text reminder and
asked for it to say which test was due and why, which it now does.>>

<<S:Practice nurses and phlebotomists from the federation's 22 practices agreed the process with the MS
nurses at two evening meetings and asked for a single request form for all MS drugs instead of one per
drug.>> <<S:The MS nurses and our pharmacists together wrote the escalation rules after reviewing a month of
real results side by side.>>
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The federation pharmacist spends about half a day a week on the results list, funded from our existing
additional roles budget. Patients save a round trip of up to 80 miles for each blood test.
<<Q:The share of people with their blood monitoring up to date rose from 64% when we started to 96% after
twelve months.>> MS nurses say they can now spend their clinic time on treatment decisions rather than
chasing results.
"""),
        ("spread", "How has the work been shared and spread?", """
The approach has been presented to the neurosciences trust's other two catchment areas, and one GP
federation there has started a pilot. We are using the same shared results list for people on monitored
medicines for rheumatoid arthritis and psoriasis.

Our written agreement with the MS service sets out who does what, and it is reviewed every year by the
federation's medicines safety group.
"""),
    ],
    flags=[dict(code="missing_section", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1516  medicines that can worsen myasthenia gravis - pdf - with appendix -
#        LPC chief officer, brisk - local pharmaceutical committee with the
#        acute trust neuromuscular service and a myasthenia support group -
#        people with myasthenia involved - NO staff involvement (pharmacists
#        trained and sent alerts, a named nurse doing her job, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1516", format="pdf", layout="with_appendix", topic="myasthenia_gravis_medicines_alert",
    project="independent95-checkfirst-1516", pdf_font="LiberationSerif", pdf_align="L",
    title="Check First: stopping medicines that can worsen myasthenia gravis from being supplied",
    cover=[
        "Lead entrant: Dunmere Local Pharmaceutical Committee",
        "Partners: Dunmere Hospitals NHS Trust (Neuromuscular Service); Dunmere and District Myasthenia Support Group",
        "Prepared by the Chief Officer, Dunmere LPC",
    ],
    primary_entrant=dict(name="Dunmere Local Pharmaceutical Committee", type="primary_care"),
    partners=[
        dict(name="Dunmere Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Dunmere and District Myasthenia Support Group", type="patient_group"),
    ],
    sections=[
        ("context", "The issue", """
Myasthenia gravis is an autoimmune condition that causes muscle weakness, which can affect the eyes, face,
swallowing and breathing. Several common medicines can make it worse, sometimes suddenly. They include some
antibiotics, such as certain macrolides and fluoroquinolones and gentamicin, magnesium given into a vein,
some heart and blood pressure medicines and some drugs used in anaesthesia. A person with myasthenia given
one of these can become weak within hours and, at worst, go into a myasthenic crisis, where breathing fails.

Most people with myasthenia in Dunmere are cared for by the hospital's neuromuscular service, but they get
most of their everyday prescriptions from GPs, out-of-hours doctors, dentists and walk-in centres, and their
medicines from community pharmacies. Prescribers do not always know the person has myasthenia or which
medicines to avoid. In 2022 two people in the county were admitted to intensive care after being given an
antibiotic for a chest infection by an out-of-hours service.

Community pharmacies are the last check before a medicine reaches the person, and they see every
prescription from every prescriber. That is why we, as the committee representing the county's 96
pharmacies, took the lead.

The neuromuscular service had tried before to spread the word by giving people a list of medicines to avoid,
but lists are long, change over time and are hard to remember in a busy out-of-hours clinic. What was
missing was a check at the point of supply, by someone who could see the person's record and talk to the
prescriber. Pharmacies were already doing this for allergies and interactions; we only needed to add one
more condition to the checks they already make.
"""),
        ("evidence", "What has improved", """
Check First started in May 2023. People with myasthenia are asked by the neuromuscular service whether they
want to be added to a 'check first' flag on the patient medication record at their regular pharmacy. When a
prescription for a listed medicine arrives, the pharmacist checks with the prescriber before supplying it,
using a short script and a list of safer alternatives agreed with the neuromuscular consultants. People
also carry a wallet card, and a summary is sent to their GP practice for the record.

By March 2025, 214 people had a check first flag. Pharmacies logged 131 interventions where a listed
medicine was queried. <<Q:In the audit of the neuromuscular service's admissions, emergency admissions for
worsening myasthenia linked to a medicine fell from eleven in the two years before Check First to three in
the two years after.>> <<Q:In a repeat survey of members of the support group, those who said a pharmacist
had ever checked a new medicine with them because of their myasthenia rose from 18% to 74%.>>
"""),
        ("stakeholders", "Involvement", """
<<P:The wallet card was designed with the Dunmere and District Myasthenia Support Group, whose members tried
out early versions at their monthly meeting and asked for it to be the same size as a bank card so it would
fit into a purse.>> <<P:One member, who had been in intensive care after an antibiotic, wrote the short
explanation on the back of the card in her own words.>> <<P:Members also told us that they often did not
know which of the medicines they were prescribed were a risk, so the card lists the most common ones by
their everyday names.>>

Every pharmacy in the county was sent the script and the alerts list, and 188 pharmacists and pharmacy
technicians completed the online training. Sister Helen Marsh, the myasthenia nurse specialist, added
patients to the flag list as part of her clinic work. We intend to bring pharmacists, GPs and the hospital
together to review the medicines list each year.
"""),
        ("value", "Value", """
Adding the flag and checking with the prescriber takes a few minutes. The cards cost £420 to print. An
intensive care admission for myasthenic crisis can last days or weeks. The approach uses only what
pharmacies already have: the medication record, their professional judgement and a phone.
"""),
        ("spread", "Spread", """
Check First has been shared with the other LPCs in the region and with the national myasthenia charity. We
are looking at using the same flag for other conditions where a common medicine can be dangerous, such as
people with Addison's disease or long QT syndrome.

The lesson for other areas is that community pharmacy can be a safety net for rare conditions, provided
that the specialist service tells pharmacies who is at risk and gives them an agreed list of safer
alternatives. Without that list, a pharmacist can only raise a worry; with it, they can offer the
prescriber an answer.
"""),
    ],
    trailer=[
        ("heading", "Appendix: medicines on the Check First list"),
        ("para", "Medicines flagged for a check with the prescriber include: aminoglycoside antibiotics such as gentamicin; macrolide antibiotics such as clarithromycin and azithromycin; fluoroquinolone antibiotics such as ciprofloxacin and levofloxacin; intravenous magnesium; beta-blockers started for the first time; quinine; and some drugs used in anaesthesia. The full list is reviewed each year with the neuromuscular consultants."),
        ("para", "Data sources: intervention counts from pharmacy records submitted to the LPC; admissions from the Dunmere Hospitals neuromuscular service audit; survey of support group members carried out in April 2023 and April 2025."),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1517  MRI scans for people with deep brain stimulators - docx - reordered
#        (evidence first, stakeholders before context) - PRIVATE imaging company
#        as primary entrant with a neurosciences trust (ineligible) - MRI
#        safety lead, technical - patients and staff involved - claims in words
# ---------------------------------------------------------------------------
entry(
    id="I1517", format="docx", layout="reordered", topic="deep_brain_stimulator_mri_safety",
    project="independent95-safescan-1517", docx_font="Cambria",
    title="SafeScan DBS: safe MRI scanning for people with deep brain stimulators",
    cover=[
        "Primary entrant: ClearScan Imaging Ltd (community diagnostic centre operator)",
        "Partner: Ashcombe Neurosciences NHS Foundation Trust (Functional Neurosurgery and Neuromodulation Service)",
        "Author: Head of MR Safety, ClearScan Imaging Ltd",
    ],
    primary_entrant=dict(name="ClearScan Imaging Ltd", type="private"),
    partners=[
        dict(name="Ashcombe Neurosciences NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("evidence", "Results", """
Since the SafeScan DBS pathway started in February 2023, every MRI request for a person with a deep brain
stimulator that comes to any of our six community diagnostic centres is routed to a named MR safety expert.
The request cannot be booked until the neuromodulation nurses at Ashcombe have confirmed the exact device,
leads and settings, and the scan is done only on the scanner and with the sequences approved for that
device. On the day, a neuromodulation nurse or trained radiographer switches the stimulator into MRI mode
and back again afterwards.

<<Q:Scans that had to be abandoned on the day because the device could not be identified fell from about one
in three to almost none.>> <<Q:Waits for an MRI for people with a stimulator came down from many months,
often because scans were refused outright, to a matter of weeks.>> <<Q:Incidents where a stimulator was left
switched off or on the wrong settings after a scan went from four in 2022 to none in 2024.>>

We have now done 143 scans under the pathway.
"""),
        ("stakeholders", "Working with patients and staff", """
<<P:People with Parkinson's and dystonia who have stimulators told us, through the neuromodulation
service's patient forum, that being switched off for a scan was the part they feared most, because their
tremor or spasms return within minutes; they asked for the switch-off to happen in the scanner room, not the
waiting area, and for the scan to be first on the list, and both are now standard.>> <<P:The patient
information sheet was checked by forum members, who added what it feels like when the stimulator is turned
off so that people know what to expect.>>

<<S:Our MRI radiographers and the Ashcombe neuromodulation nurses wrote the checklist together over four
joint sessions, and radiographers asked for photographs of the common handheld programmers to be included
because they could not tell them apart.>> <<S:The trust's MR physicist reviewed our scanner settings and
changed two sequences after testing them on a phantom with a stimulator fitted.>>
"""),
        ("context", "Why this was needed", """
Deep brain stimulation is used to treat Parkinson's disease, dystonia, essential tremor and some forms of
epilepsy. A stimulator has leads placed deep in the brain, connected to a battery under the skin of the chest.
People with these devices often need MRI scans, for their neurological condition or for something else
entirely, such as a back problem or a suspected cancer.

MRI can be done safely with many of these devices, but only under strict conditions. If the wrong scanner
or sequences are used, the leads can heat up and burn the brain tissue around them. If the stimulator is not
put into the right mode, or not switched back on, the person can be left with severe symptoms.

Many of the scans for people with stimulators in our region are now requested through community diagnostic
centres run by ClearScan on behalf of the NHS. Before 2023 our radiographers had no reliable way to find out
which device a person had. Some scans went ahead with incomplete information. More often they were cancelled
on the day, after the person had travelled, been switched off and been left shaking in the waiting room.

Neither organisation could solve this alone. The neuromodulation team at Ashcombe holds the records of
every device it has implanted and has the expertise to program them, but it does not run the community
scanners. We run the scanners and employ the radiographers, but we had no access to the device records and
no staff who could operate a stimulator. A shared pathway was the only way to get both the information and
the expertise into the scanning room at the same time.
"""),
        ("value", "Value", """
The pathway uses existing scanner time. Each cancelled scan wastes a slot that costs around £200 and, more
importantly, leaves a person without a diagnosis. Doing these scans in the community, close to home, also
frees up time on the neurosciences centre's own scanners.

For the people concerned the value is simpler. They can have the scan they need, near home, without being
turned away at the door, and without spending longer than necessary with their stimulator switched off.
"""),
        ("spread", "Spread", """
We are extending the same model to people with spinal cord stimulators and vagus nerve stimulators. The
checklist has been shared with other community diagnostic centre operators through the national MR safety
group.

We would encourage other imaging providers to stop treating these scans as too risky to do at all. With the
right checks, most people with a modern stimulator can be scanned safely, and refusing to scan them simply
moves the risk elsewhere, to a missed diagnosis or a long journey to a specialist centre.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1518  head injury after unwitnessed falls in care homes - docx - style
#        headings - ICB quality lead, measured - ICB with the ambulance service
#        and a care providers' association - care home staff involved - NO
#        patient involvement (residents as beneficiaries, families told, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1518", format="docx", layout="style_headings", topic="care_home_unwitnessed_falls_head_injury",
    project="independent95-lookandlisten-1518", docx_font="Calibri",
    title="Look, Listen, Decide: head injury after unwitnessed falls in care homes",
    cover=[
        "NHS Thornleigh and Weald Integrated Care Board (lead), with South Weald Ambulance Service NHS Trust and Thornleigh Care Providers' Association",
        "Entry by the Head of Quality for Care Homes, NHS Thornleigh and Weald ICB",
    ],
    primary_entrant=dict(name="NHS Thornleigh and Weald Integrated Care Board", type="icb"),
    partners=[
        dict(name="South Weald Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Thornleigh Care Providers' Association", type="charity"),
    ],
    sections=[
        ("context", "Background", """
There are 143 care homes for older people in Thornleigh and Weald. Falls are common, and many of them are
unwitnessed: a resident is found on the floor in the night and nobody saw whether they hit their head. Many
residents take anticoagulants, which greatly increase the risk of bleeding inside the skull after even a
minor knock. Most have dementia and cannot tell staff what happened.

Care homes faced an impossible choice. Some called 999 after every unwitnessed fall, and residents waited
for hours on the floor or in a chair for an ambulance, then many hours more in the emergency department,
often becoming more confused, dehydrated and at risk of pressure damage. Others did not call, and in a few
cases a bleed was missed. In 2022 a man of 88 on anticoagulants was found on the floor, put back to bed and
checked in the morning. He had a subdural haemorrhage and died two days later.

There was no shared guidance on what to look for, how often to check a resident after a fall, or when a CT
scan was needed. Care staff had not been trained in neurological observations, and the ambulance service had
no way of advising a home without sending a crew.

The pressure on the ambulance service made this worse. In winter, falls from care homes were often given a
low priority, so residents could wait on the floor for many hours. Some homes did not have equipment to lift
a person safely, and staff were told not to move someone who might be injured. Hospital staff, for their
part, were frustrated at frail residents arriving with no information about what had happened or what they
were like normally, and at being asked to scan people who did not need it while others who did were
delayed.

We wanted to give care homes a clear and safe way to decide, with support from a clinician, and to make
sure that the residents who really needed a scan got one quickly.
"""),
        ("evidence", "What the data shows", """
Look, Listen, Decide was launched in all care homes in March 2023. It gives care staff a simple flowchart
for any fall where a head injury cannot be ruled out, with a version of neurological observations adapted for
care homes and timings for checks over 24 hours. It sets out clearly who must go to hospital for a scan,
such as anyone on an anticoagulant or anyone with a new drop in consciousness. For other residents, the home
calls the ambulance service's clinical hub, where a paramedic or nurse reviews the observations by video and
decides with the home whether a crew is needed.

<<Q:Emergency department attendances from care homes after an unwitnessed fall without injury fell from an
average of 96 a month in 2022 to 58 a month in 2024.>> <<Q:The average time residents on anticoagulants
waited between the fall and a CT scan came down from 9.4 hours to 4.1 hours.>> <<Q:Long lies of more than
two hours while waiting for an ambulance after a fall fell by 60%.>> Over the same period there has been no
increase in bleeds found late.
"""),
        ("stakeholders", "How we worked with others", """
<<S:A group of twelve care home managers and senior carers, chosen by the care providers' association,
wrote the flowchart with the ambulance service's falls lead over five meetings, and they cut it to a single
page after night staff in two pilot homes said they could not follow three pages at four in the morning.>>
<<S:Clinical hub paramedics tested the video assessment with the pilot homes and added a step for the care
worker to show the resident's pupils and grip on camera.>>

Residents' families were told about the new approach by letter and through the homes' newsletters. We hope
to involve residents and relatives in the review of the flowchart in 2025.
"""),
        ("value", "Value for money", """
Each avoided emergency department attendance saves an ambulance journey and an average of six hours in the
department, and residents are spared a long, distressing wait. The training, delivered by the ICB's care
home support team, cost about £24,000 in its first year. Ambulance crews are freed up for other calls.
"""),
        ("spread", "Spread", """
The flowchart has been adopted by the neighbouring ICB and by the learning disability supported living
providers in our area. The ambulance service has shared the video assessment model with other services
nationally.

Our most important lesson has been that care staff are very capable of carrying out careful observations
when they are given a clear tool and someone to call. Many of the homes now use the same observation chart
after any fall, not just where a head injury is suspected, and some have asked for similar support for
residents who become suddenly unwell at night.

We have also learned that the clinical hub is only as good as the information it receives. The video call
works best when the care worker has already done a full set of observations and has the resident's usual
baseline to hand, so the flowchart now asks homes to keep a simple 'what is normal for me' note at the front
of each resident's care plan, covering their usual level of alertness, speech and mobility.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1519  blocked shunts in children with hydrocephalus at school - pdf -
#        numbered questions - charity founder and parent, warm - hydrocephalus
#        charity with the children's hospital neurosurgery team and the county
#        council education service - parents and young people involved - NO
#        staff involvement (school staff trained, SENCOs briefed, a named nurse
#        doing her job, a plan) - NO quantitative evidence (counts, a single
#        figure, a zero with no earlier figure)
# ---------------------------------------------------------------------------
entry(
    id="I1519", format="pdf", layout="numbered_questions", topic="hydrocephalus_shunt_blockage_school",
    project="independent95-shuntaware-1519", pdf_font="DejaVuSans", pdf_align="L",
    title="Shunt Aware at School: spotting a blocked shunt before it is too late",
    cover=[
        "Lead: Shunt Aware (registered charity for families of children with hydrocephalus)",
        "Partners: Ellesford Children's Hospital NHS Foundation Trust (Paediatric Neurosurgery); Ellesford County Council (Education and SEND Service)",
        "Entry written by the founder of Shunt Aware",
    ],
    primary_entrant=dict(name="Shunt Aware", type="charity"),
    partners=[
        dict(name="Ellesford Children's Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="Ellesford County Council", type="local_authority"),
    ],
    sections=[
        ("context", "1. What was the problem?", """
Many children with hydrocephalus have a shunt, a thin tube that drains extra fluid from the brain into the
tummy. Shunts can block, often without warning, and a blocked shunt can become life-threatening within
hours. The early signs are easy to mistake for something ordinary: a headache, being sick, being unusually
sleepy or irritable, or a child who just does not seem themselves.

I started Shunt Aware after my daughter's shunt blocked at primary school. She was sent to lie down in the
medical room with 'a bug' and by the time I collected her she was hard to wake. She needed emergency surgery.
When I talked to other parents I found that almost all of us had a similar story. Schools did not know what
a shunt was, the child's health care plan usually said nothing about it, and staff had no idea that sickness
and headache in this child needed a different response.

Our county has around 120 children and young people with shunts at school or college. None of the schools we
asked had any training about hydrocephalus.

We are a small charity run by parents, and we knew we could not train every school ourselves. The
neurosurgery team knew the children and the warning signs, but had no way of reaching schools. The
council's education service writes the model health care plans that every school uses and runs the network
for special educational needs coordinators. Working together, we could put the warning signs into the
documents that schools already use, rather than adding another leaflet to the pile.
"""),
        ("evidence", "2. What difference has it made?", """
Since January 2024 every child with a shunt known to the neurosurgery team has a 'shunt alert' page added to
their individual health care plan, with their own usual signs, the number of the neurosurgery ward and a
simple rule: if in doubt, call the parent and the ward, and if the child is drowsy or cannot be woken, call
999. We have produced a short film and a poster for the staff room.

So far 97 children have a shunt alert page. Schools have contacted the neurosurgery ward for advice 64 times,
and on 11 of those occasions the child was brought straight in. Nine of those children needed a shunt
revision. A survey of schools in the autumn term found that 87% knew which of their pupils had a shunt. No
child known to us has become critically unwell at school since the alert pages began. We want every school
in the county to have a trained first aider by the end of 2026.
"""),
        ("stakeholders", "3. Who was involved and how?", """
<<P:The alert page was designed around a kitchen table by six families from Shunt Aware, who listed the
things their own children do when a shunt is blocking, like going quiet, squinting or asking for the
lights off, and those phrases are used on the page.>> <<P:Two teenagers with shunts made the film
themselves, deciding what to say to teachers about how it feels, and they asked that it show a pupil being
believed when they say they feel unwell.>> <<P:Parents also pushed for the rule to say 'call the parent and
the ward', because several of them had been told by schools to wait and see.>>

Over 400 teachers, teaching assistants and school first aiders have watched the film and completed the
quiz. Special educational needs coordinators were briefed at the council's termly network meeting. Sarah
Lamb, the neurosurgery nurse specialist, checks each alert page as part of her role. We plan to ask school
nurses for their views next year.
"""),
        ("value", "4. What value does it offer?", """
The film cost £2,400 to make, paid for by a fundraising walk. The alert page adds a few minutes to a health
care plan review. Each blocked shunt caught early means a planned operation rather than an emergency one,
and can mean the difference between a child who recovers fully and one left with brain damage.

For families, the value is knowing that their child will be taken seriously. Many parents of children with
shunts describe living with a constant low-level fear every time the phone rings during the school day.
Knowing that the school has a plan, and that staff know what a blocked shunt can look like, makes it
easier to let their child go on trips, stay for clubs and simply be at school like everyone else.
"""),
        ("spread", "5. How has it been shared?", """
The alert page template is now part of the county council's model health care plan. The children's hospital
has shared it with the other neurosurgical centres in England, and two hydrocephalus groups in other
regions are adapting it for their local schools.

We would like every child with a shunt in the country to have an alert page. It costs almost nothing, it
takes a few minutes, and it puts the knowledge that parents carry in their heads into the hands of the
people who are with their child all day.
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1520  safe swallowing at home after a stroke - docx - bullet lists -
#        speech and language therapy team lead, practical - community trust
#        with two home care companies and a stroke club - stroke survivors,
#        carers and care workers involved - NO value section
# ---------------------------------------------------------------------------
entry(
    id="I1520", format="docx", layout="bullet_lists", topic="stroke_dysphagia_home_care",
    project="independent95-safeswallow-1520", docx_font="Arial",
    title="Safe Swallow at Home: modified diets and drinks for stroke survivors receiving home care",
    cover=[
        "Lead: Fenmarsh Community Healthcare NHS Trust, Adult Speech and Language Therapy",
        "Partners: Brightwell Home Care Ltd; Carewise Homecare Ltd; Fenmarsh Stroke Club",
        "Submitted by the Team Lead, Adult Speech and Language Therapy",
    ],
    primary_entrant=dict(name="Fenmarsh Community Healthcare NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Brightwell Home Care Ltd", type="private"),
        dict(name="Carewise Homecare Ltd", type="private"),
        dict(name="Fenmarsh Stroke Club", type="patient_group"),
    ],
    sections=[
        ("context", "Why we did this", """
Around half of people who have a stroke have difficulty swallowing at first, and many still have problems
when they go home. Our speech and language therapists recommend foods of a certain texture and drinks
thickened to a certain level, and safe ways of eating, such as sitting upright and taking small mouthfuls.
Getting these wrong can lead to choking, aspiration pneumonia, dehydration and weight loss.

In Fenmarsh most stroke survivors who need help with meals at home get it from two home care companies. In
2022 we found that:

- recommendations were written in a discharge letter that care workers rarely saw

- care workers were unsure what the texture levels meant and many had never been shown how to thicken a drink

- thickener was often missing, or the wrong product was used, so drinks were too thin or too thick

- several people were given ordinary meals because 'that is what they asked for', without anyone talking through the risk with them

- two stroke survivors receiving home care were admitted with aspiration pneumonia in one month

Why a partnership:

- we write the recommendations, but we are not there at mealtimes

- the care companies are there at mealtimes, up to three times a day, but were not getting the information or the training

- the stroke club knows what it is like to live with these recommendations every day, including how hard it can be to accept them
"""),
        ("evidence", "What happened", """
Since June 2023:

- every stroke survivor discharged with swallowing recommendations and home care has a one-page 'swallow plan' with photographs of the right textures, left in the kitchen and copied to the care company

- a speech and language therapist visits at the first mealtime after discharge, with the care worker present

- each care company has two 'swallow champions' who can be phoned by care workers on shift

- thickener is prescribed and delivered before discharge

Results, comparing the twelve months before with the twelve months after:

- <<Q:admissions with aspiration pneumonia among stroke survivors with home care fell from 19 to 7>>

- <<Q:care workers who could correctly describe the texture level for the person they were supporting went from 38% to 91% in spot checks>>

- <<Q:visits where the right thickener was not in the house dropped from roughly one in five to fewer than one in twenty>>

- 61 swallow plans were written in the first year
"""),
        ("stakeholders", "Who took part", """
- <<P:members of Fenmarsh Stroke Club who live with swallowing problems told us which photographs made sense to them and which looked like 'hospital food', and their choices are on the swallow plan>>

- <<P:a carer whose wife had choked at home wrote the section of the plan on what to do if someone starts coughing during a meal>>

- <<P:stroke survivors who preferred to eat food outside their recommendations worked with our therapists on a 'risk feeding' conversation guide, so that their choice is respected and recorded>>

- <<S:care workers from both companies tested the swallow plan for a month and asked for it to be laminated and to fit on a fridge door>>

- <<S:the care companies' trainers and our therapists redesigned the mealtime training, adding a hands-on session after care workers said the video alone did not help them mix thickener properly>>

- <<S:the swallow champions, who are experienced care workers, meet our therapists every quarter to review incidents and changes>>
"""),
        ("spread", "Sharing and spreading", """
- the swallow plan is being used for people with Parkinson's and motor neurone disease who have home care

- the council has written the swallow champion role into its new home care contract for all providers from April 2025

- we have presented the model at the regional stroke network and shared the plan template with three other community trusts
"""),
    ],
    flags=[dict(code="missing_section", criterion="value")],
)
