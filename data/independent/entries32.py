"""Thirty-second independent evaluation set (I497..I512) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries27.py / entries29.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing ambulance services, fire services,
police forces, councils, maternity and health visiting teams, charities, universities
and general practice send in, in their own voices and at their own length.  The theme of
the set is maternity, children and young people, and emergency services.

Topics: babies born before the ambulance arrives (an ambulance service consultant
midwife), preventing abusive head trauma in babies (a health visiting lead, with the
police), choking on food in day nurseries (a private nursery group as primary entrant),
children held in police custody who are at risk of self-harm (a police custody chief
inspector, long, no headings), concussion in school and youth sport (a university lead),
dog bites in children under five (a council public health team), clinical call-backs for
young children whose 999 calls wait for an ambulance (no value section), families with
babies placed in temporary accommodation out of borough (a council housing service),
injured pregnant women at the major trauma centre, avoidable repeat newborn blood spot
samples (departments of one trust, no partner), consent errors in school vaccination
sessions (a private software company as primary entrant), children who set fires (a fire
and rescue service), young people admitted after stabbings (a youth charity, sections in
an unusual order), babies who are small for their gestational age (a maternity service
with a university, no spread section), bronchiolitis safety-netting advice for parents (a
short entry from a GP federation) and young people drowning in open water (a fire and
rescue service, with a note at the end).

Build it with

    .venv/bin/python data/independent/build.py --set 32   (writes data/corpus/independent32/)

Mark-up used inside section bodies (stripped before rendering):
  <<Q:sentence>>   quantitative claim (a measured change in an outcome: a baseline and an
                   after value, or a stated change such as 'halved' or 'a third fewer')
  <<P:sentence>>   patient / carer / family / service-user involvement (here often
                   parents, pregnant women, children and young people)
  <<S:sentence>>   staff involvement (any staff group, including partners' staff, who
                   co-designed, tested, were consulted, governed the work or gave feedback
                   that changed it)
  (letters combine, e.g. <<PS:...>>)
Paragraphs are separated by a blank line; line breaks inside a paragraph are joined with
a single space.  A paragraph starting with "- " is a bullet item.

Labelling conventions (as in entries27.py and entries29.py):
  * not Q: dates, financial years, bed/ward/home/school/nursery counts, headcounts,
    numbers trained, activity counts (visits, calls, referrals, sessions, notifications,
    people screened or reached), single figures with no baseline, a zero with no earlier
    figure, figures that did not change, budgets, costs and savings estimates, phone
    numbers, reference numbers, targets not yet reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words;
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing), so a tagged change in the context section
    does not stop the flag;
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, young people with lived experience, unusual job
    titles, list items), wherever in the entry it is told; a youth worker with lived
    experience, employed by a partner, who helped design the work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices, GP federations and primary care networks are
primary_care; maternity voices partnerships are patient_group; hospices, youth and water
safety charities and air ambulance charities are charity; universities are university,
as in entries.py and entries2.py; day nursery groups and software companies are private).
A department or team of the entrant's own organisation is not a partner.  Flags are
written by hand and build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I497  babies born before the ambulance arrives - pdf - own headings -
#       consultant midwife employed by the ambulance service, warm and
#       practical - ambulance service with acute trust maternity and neonatal
#       services and a university paramedic science department - women and
#       staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I497", format="pdf", layout="own_headings", topic="births_before_arrival_ambulance",
    project="independent32-bornbeforearrival-497", pdf_font="LiberationSans", pdf_align="L",
    title="Ready for Baby: safer care when babies are born before the ambulance arrives",
    cover=[
        "Lead organisation: Wendmoor Ambulance Service NHS Trust",
        "Partners: Harlowfield Hospitals NHS Foundation Trust (Maternity and Neonatal Services); University of Stourmere (Department of Paramedic Science)",
        "Written by Janet Okafor, Consultant Midwife, Wendmoor Ambulance Service",
    ],
    primary_entrant=dict(name="Wendmoor Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Harlowfield Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="University of Stourmere", type="university"),
    ],
    sections=[
        ("context", "Why we started", """
Most babies in our area are born in one of two consultant units or the midwife-led birth centre. But every
year about 300 babies are born before arrival, which is the term we use when a baby arrives at home, in a
car or in the back of an ambulance before a midwife is there. Many of these births go well. Some do not.
The babies most at risk are the ones who come very fast or very early, and the mothers most at risk are
those who bleed heavily after the birth.

Paramedics deliver very few babies. A paramedic in our service might attend a birth once every two or
three years, so it is hard to keep skills and confidence up. When I joined the ambulance service as its
first consultant midwife in 2021, I went through two years of our records for births before arrival. Babies
were often cold by the time they reached hospital, because nobody had a hat for them and the ambulance
heater was not turned up. Third stage care (the delivery of the placenta) varied a lot. Some crews were
waiting in the house for the placenta for over an hour. Others were moving the mother before it came,
without giving the injection that helps the womb contract. Crews told me the hardest thing was not knowing
who to ring. The labour ward was busy and did not always pick up, and the crew did not know whether to take
a mother to the nearest hospital or to the one where she was booked.

In 2022 a baby girl born in the bathroom of a flat on the Cliffe estate was taken to hospital with a
temperature of 34.1 degrees and needed care on the neonatal unit. Her mother lost more than two litres of
blood. Both are well now, but the review showed almost everything we had been worried about.

We set up Ready for Baby with Harlowfield maternity and neonatal services and the paramedic science team at
the University of Stourmere. It has four parts. A 'birth pack' on every ambulance with a hat, a plastic
wrap for the baby, a thermometer, a cord clamp and a simple action card. A direct line from the ambulance
to a senior midwife at Harlowfield, who gives advice by video if the crew wants it, 24 hours a day. A
shared rule on where to take mother and baby, and on giving the injection for the third stage. And
hands-on training using a birthing simulator at the university, which students and qualified crews now do
together.
"""),
        ("evidence", "What changed", """
We compared the two years before the launch (2021 and 2022, 611 births before arrival) with 2023 and 2024
(598 births). The data comes from our electronic patient records, linked by the Harlowfield maternity
information team to the mother's and baby's hospital records.

<<Q:The proportion of babies who were cold on arrival at hospital, below 36.5 degrees, fell from 41% to
17%.>> <<Q:Babies born before arrival who needed admission to the neonatal unit for hypothermia went down
from 23 to 8.>> <<Q:The injection to help deliver the placenta was given in 14% of births before the launch
and in 71% afterwards.>> <<Q:Women who lost more than a litre of blood after a birth before arrival fell
from 9.8% to 6.1%.>>

The midwife advice line took 1,046 calls in its first two years, and crews used the video link in about a
third of them. The average time the crew spent on scene after the birth fell, but because the way it was
recorded changed in 2023 we have not used that figure.
"""),
        ("stakeholders", "Who helped", """
<<P:We asked the Harlowfield Maternity Voices Partnership to find women who had given birth before the
ambulance arrived, and eleven of them met with us over two evenings.>> <<P:They told us that the crew had
been kind but that they felt forgotten once the baby was out, because everyone was looking at the baby and
nobody was asking how they were, so the action card now has a line that says 'talk to mum'.>> <<P:Two of the
women also asked that partners are given a job, such as holding the torch or warming a towel, and this is
in the training now.>>

<<S:Paramedics from three stations tested the first version of the birth pack and threw out half of it,
saying it was too bulky to carry up the stairs of a tower block.>> <<S:Labour ward coordinators at
Harlowfield agreed the advice line rota among themselves and asked for the calls to come to a separate
phone, not the main labour ward line, which was set up in the first month.>> <<S:Neonatal nurses helped the
university design the simulation scenarios, and paramedic students gave feedback after each session that
led us to add a scenario for a breech birth in a car.>> <<S:Our emergency call handlers asked for a script
for callers who are alone and in labour, and they wrote it with the midwives.>>
"""),
        ("value", "Value", """
A birth pack costs £14 and the advice line is covered by the existing labour ward coordinator role, with a
phone and a tablet. The simulator was bought by the university for its paramedic degree and is shared with
us at no cost. One admission to the neonatal unit for a cold baby costs several thousand pounds, and it
separates a mother and baby at the very start.

Crews tell us they feel much less alone. One paramedic wrote to me that having a midwife 'in the room' on
the video meant she could concentrate on the baby instead of worrying about getting it wrong.
"""),
        ("spread", "Spreading the word", """
The birth pack is now on all 212 of our ambulances and rapid response cars. The neighbouring ambulance
service has copied the pack and the action card, and the advice line rule has been adopted by the other
maternity unit in our area. The university now teaches the joint simulation to all its paramedic students,
and we presented the work at the national ambulance midwifery network in 2024.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I498  preventing abusive head trauma in babies - docx - bold headings
#       with a cover table - named health visiting lead, plain - community
#       trust health visiting with acute trust maternity, council children's
#       safeguarding partnership and police - staff involved - no patient
#       involvement (parents given the message, fathers shown a film, a
#       survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I498", format="docx", layout="bold_headings", topic="abusive_head_trauma_infant_crying",
    project="independent32-steadyhands-498", docx_font="Calibri",
    title="Steady Hands: helping parents cope with a crying baby",
    cover_table=[
        ("Entry title", "Steady Hands: helping parents cope with a crying baby"),
        ("Lead organisation", "Brackwater Community Health NHS Trust (0-19 Health Visiting Service)"),
        ("Partners", "Brackwater and Lune Hospitals NHS Trust (Maternity); Brackwater Borough Council (Brackwater Safeguarding Children Partnership); Lunesdale Police"),
        ("Entrant", "Sarah Whitlock, Professional Lead for Health Visiting"),
    ],
    primary_entrant=dict(name="Brackwater Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Brackwater and Lune Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Brackwater Borough Council", type="local_authority"),
        dict(name="Lunesdale Police", type="emergency_service"),
    ],
    sections=[
        ("context", "The context", """
Abusive head trauma, sometimes called shaken baby syndrome, is one of the most serious injuries a baby can
suffer. Around one in five babies who are shaken die, and many of those who survive are left with brain
damage, blindness or epilepsy. The peak age is between six weeks and four months, which is also when babies
cry the most. In most cases the person who shook the baby was not known to children's services, and in many
cases it was a father or the mother's partner who had been left alone with a crying baby and lost control.

In Brackwater there were seven serious case reviews or child safeguarding practice reviews involving head
injuries to babies between 2017 and 2022. Reading them side by side, the Safeguarding Children Partnership
found the same thing every time: nobody had talked to the parents about crying. Midwives talked about
feeding and safe sleep. Health visitors talked about feeding, sleep and development. Fathers were often at
work and not at any of the appointments. Police investigating injuries found that many fathers said they
had never been told that crying is normal, that it peaks at around six weeks, or that it is all right to put
the baby down safely and walk away for a few minutes.

Steady Hands started in 2022. It is a short, simple message given at several points: by the midwife before
the mother leaves hospital, by the community midwife at the home visit, by the health visitor at the new
birth visit and again at six to eight weeks, and by practice nurses at the baby's first vaccinations. The
message has four parts: crying is normal, it will stop, it is all right to walk away, and never, ever shake
a baby. There is a fridge magnet, a short film for fathers and partners, and a card with the number of the
local parent helpline. Police officers who attend domestic incidents where there is a baby in the house also
leave the card.
"""),
        ("evidence", "Evidence of improvement", """
The health visiting service asked parents at the six to eight week review whether they remembered being
told about crying and what to do. <<Q:Before Steady Hands, in a sample of 300 families in 2021, 34% of
parents remembered being told; in the same sample size in 2024 it was 81%.>> <<Q:The proportion of fathers
and partners who said they had been given the message directly, rather than hearing it second-hand from the
mother, went up from 12% to 58%.>>

<<Q:Babies under one admitted to the children's hospital with a suspected abusive head injury went from 11
in the three years before the programme to 5 in the three years since.>> The numbers are small and a single
year can change the picture, so the Safeguarding Children Partnership will keep reviewing them.
"""),
        ("stakeholders", "How people were involved", """
<<S:Health visitors and community midwives designed the four-part message together at two workshops, and
they cut the first draft from ten points to four because they said nobody would remember ten points at
three in the morning.>> <<S:Detectives from the police child abuse investigation team told us what fathers
said in interview after a baby had been injured, and their accounts shaped the film script.>> <<S:Practice
nurses asked for the message to be added to the template for the eight-week vaccinations so that it would
be prompted on screen, and the ICB's digital team added it.>> <<S:Neighbourhood police officers suggested
leaving the card at domestic incidents, after one sergeant said she was often in homes with a new baby and
a stressed parent and had nothing to give them.>>

Every family with a new baby is given the magnet and the card. Fathers and partners are shown the film on
the postnatal ward or sent a link by text. We asked parents at the six to eight week review what they
thought of the magnet and the film, and the answers were positive, so we have not changed them. We would
like to work with the dads' group at the family hub to make a second film next year.
"""),
        ("value", "Value", """
The magnets, cards and printing cost around £7,000 a year across the borough. The film was made by a local
college media course for the price of the equipment hire. A baby with a severe head injury may need
lifelong care costing millions of pounds, and the human cost to the child and the family cannot be
measured. Health visitors say the message takes two minutes and gives them an easy way into a conversation
about how the parents are coping.
"""),
        ("spread", "Spreading the learning", """
Steady Hands is now included in the Safeguarding Children Partnership's multi-agency training. Two
neighbouring health visiting services use the message and the film, and the regional police forces have
shared the card through their child protection leads. We have presented the work at the regional
safeguarding conference.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I499  choking on food in day nurseries - pdf - form table - PRIVATE day
#       nursery group is the primary entrant, with the council early years
#       service and the community trust's health visiting and children's
#       dietetics as partners (ineligible) - quality and safeguarding
#       manager, businesslike - parents and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I499", format="pdf", layout="form_table", topic="nursery_food_choking",
    project="independent32-safebites-499", pdf_font="LiberationSans",
    title="Safe Bites: preventing choking on food in our day nurseries",
    cover_table=[
        ("Entry title", "Safe Bites: preventing choking on food in our day nurseries"),
        ("Primary entrant", "Little Acorns Nurseries Ltd (22 day nurseries across Westcombe and the surrounding district)"),
        ("Partner organisations", "Westcombe City Council (Early Years and Childcare Service); Westcombe Community NHS Trust (Health Visiting and Children's Dietetics)"),
        ("Submitted by", "Group Quality and Safeguarding Manager"),
    ],
    primary_entrant=dict(name="Little Acorns Nurseries Ltd", type="private"),
    partners=[
        dict(name="Westcombe City Council", type="local_authority"),
        dict(name="Westcombe Community NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why was the partnership needed and what were its patient safety goals?", """
Little Acorns cares for about 1,900 children between six months and five years old in 22 nurseries. Most of
them eat breakfast, lunch and tea with us. Young children choke easily because their airways are small and
they are still learning to chew. Grapes, cherry tomatoes, sausages, popcorn and chunks of apple are among
the most common causes, and there have been deaths of young children in nurseries in England in recent
years.

In 2022 a two-year-old in one of our nurseries choked on a piece of raw carrot at lunch. Staff did back
blows and the food came out, and he was checked by the ambulance crew and was fine. Our review found that
the cook had cut the carrot into sticks, which she had been told was safe at another job; the room leader
was serving food and not sitting with the children; and the paediatric first aid training of two staff in
the room had expired. When we looked across the group, every nursery was preparing food differently.

The council's early years team told us other settings had the same problem and the guidance was scattered.
We agreed with the council and the community trust's children's dietitians and health visitors to write one
food preparation guide for every age, to make sure an adult sits and eats with every group of children, to
keep paediatric first aid in date for every room, and to share all of this with parents so the same rules
apply at home.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
<<Q:Choking incidents where back blows were needed fell from 31 in 2022 to 12 in 2024 across the same 22
nurseries.>> <<Q:In unannounced mealtime spot checks by our quality team, food prepared in line with the
guide went up from 54% of meals in early 2023 to 96% in 2024.>> <<Q:Rooms with at least one member of
staff with in-date paediatric first aid at every mealtime rose from 78% to 100%.>> No child has needed
hospital treatment after choking in one of our nurseries since the guide was introduced.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Our nursery cooks worked with the dietitians on the preparation guide and photographed every food on
the menu cut the right way, which is now the poster in every kitchen.>> <<S:Room leaders tried out the
'sit and eat' rota in four nurseries and asked for mealtimes to be staggered so that there are enough adults
to sit at each table, which we now do everywhere.>> <<S:Health visitors suggested the same pictures be used
at the one-year review and helped us make a version for parents.>>

<<P:Parents from our parent forum told us they did not know the rules either and were sending in grapes and
cherry tomatoes whole in packed lunches, and they asked for a fridge sheet to take home.>> <<P:A group of
parents tested the fridge sheet and asked for it to be translated into Polish, Urdu and Romanian, which the
council's early years team paid for.>>
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The dietitians' time was given by the trust as part of its early years work. Extra first aid training cost
us around £11,000 in the first year. Staff say they feel much more confident at mealtimes, and parents have
told us they feel reassured. The guide is free for any setting to use.
"""),
        ("spread", "How has the work been shared and spread?", """
The council has sent the guide and the parent fridge sheet to all 164 registered early years settings and
childminders in Westcombe, and includes it in its early years safeguarding training. Our cooks have run two
open kitchen sessions for cooks from other nurseries, showing how each food should be cut. The health visiting
service uses the parent sheet at one-year reviews across the city.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I500  children in police custody at risk of self-harm - docx - no headings
#       - long - police custody chief inspector, first person, candid -
#       police force with mental health trust liaison and diversion and
#       council youth justice service - staff involved - no patient
#       involvement (children given a leaflet, appropriate adults present, a
#       negation, a survey that changed nothing, a planned youth panel)
# ---------------------------------------------------------------------------
entry(
    id="I500", format="docx", layout="no_headings", topic="children_police_custody_self_harm",
    project="independent32-notacell-500", docx_font="Arial",
    title="Not a Place for Children: reducing the time children at risk of self-harm spend in police custody",
    cover=[
        "Entered by Calderbrook Police, Criminal Justice and Custody Command",
        "With Calderbrook Health and Care NHS Trust (Liaison and Diversion Service and Child and Adolescent Mental Health Services) and Calderbrook Metropolitan Borough Council (Youth Justice Service)",
        "Written by Chief Inspector Daniel Mercer, Head of Custody",
    ],
    primary_entrant=dict(name="Calderbrook Police", type="emergency_service"),
    partners=[
        dict(name="Calderbrook Health and Care NHS Trust", type="nhs_trust"),
        dict(name="Calderbrook Metropolitan Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", None, """
I have run custody in Calderbrook for four years. We have three custody suites and between them they book in
about 26,000 people a year. Around 1,100 of those are children, by which I mean anyone under 18. Some have
been arrested for serious offences. Many have not. A lot of them are children we know well: children in
care, children who have been going missing, children being exploited by older people to carry drugs or
money. And a large number of them have self-harmed, or said they are thinking about it, or have a mental
health history we only find out about hours later.

A police cell is not a safe place for a child who wants to hurt themselves. The cells are designed to remove
ligature points, but children have found ways, and a child alone in a cell with their thoughts for twelve
hours is a risk however good the cell is. The law and the national guidance are clear that children should
be detained for as short a time as possible and should not be kept overnight unless there is no other
option. In practice, in 2021, children were spending on average more than eleven hours in our custody
suites, and well over a hundred a year were kept overnight.

The turning point for me was a boy of fifteen, whom I will not name, in the spring of 2021. He was arrested
at about 6pm for a public order offence after an argument in a shop. He told the custody sergeant during the
risk assessment that he had cut himself the week before. He was put on constant observation, which is what
the rules say. But the liaison and diversion nurse had gone home at 5pm, the youth justice service did not
cover evenings, his social worker could not be reached, and his mother would not come to the station. He sat
in a cell with an officer at the door until his interview at 11am the next day, seventeen hours later. In the
early hours he tied part of his clothing around his neck. The officer watching him stopped it in seconds and
he was not badly hurt. But it should never have got to that point, and when we looked at the custody records
for the year, we found 27 incidents of self-harm or attempted self-harm by children in our suites. Almost
all were in the evening or overnight.

When we talked it through with the health trust and the council, everybody could see their own part of the
problem. Our sergeants did not have the information they needed when a child was booked in. The liaison and
diversion service, which is commissioned to assess people in custody for mental health and vulnerability,
worked office hours only and concentrated on adults. CAMHS did not have a route into custody at all unless
the child was detained under the Mental Health Act. Youth justice had nobody available after 5pm or at
weekends, so interviews were put off to the next morning so that someone could attend. And the council's
duty to provide accommodation for children who are charged and refused bail, so that they are not held in
a cell overnight, was hardly ever used, because nobody knew who to ring for a bed.

So in 2022 we set out to change four things, together.

First, information. When a child is booked in, the custody sergeant now makes one call to a single number
staffed by the liaison and diversion service until midnight, seven days a week. The nurse checks the health
record and the CAMHS record (with the right safeguards) and the youth justice worker checks the youth
justice record, and within an hour the sergeant has a short summary of known risks, any safety plan, and who
the child's trusted adult is.

Second, assessment. Every child who has self-harmed, or says they are thinking of it, or who the sergeant is
worried about, is seen face to face by a liaison and diversion practitioner with children's training, and
where needed a CAMHS clinician joins by video. The practitioner writes a plan for the time in custody, which
might be as simple as allowing a book, a blanket, the cell door open with an officer sitting outside, or a
phone call to a named person.

Third, speed. The youth justice service now has an on-call worker until 10pm and at weekends, and
interviews for children are prioritised over adults. We set ourselves a rule that no child should be in
custody for more than eight hours without an inspector reviewing why.

Fourth, getting children out. The council opened two emergency foster placements and arranged an agreement
with a local children's home for beds that can be used at short notice, and there is now a named on-call
manager in children's services who finds the bed, so that a child who is charged and refused bail does not
stay in a cell overnight.
"""),
        ("evidence", None, """
We compared the 2021 calendar year with 2024, using our custody records system, which records the time every
detainee is booked in and released, every self-harm incident and whether a child stayed overnight. The
liaison and diversion service and youth justice matched their own records against ours.

<<Q:Self-harm incidents involving children in our custody suites fell from 27 in 2021 to 9 in 2024.>>
<<Q:The average time children spent in custody went down from 11.2 hours to 6.4 hours.>> <<Q:Children
kept in custody overnight fell from 138 to 41, and children who were charged and refused bail and then kept
in a cell until court went down from 52 to 7.>> <<Q:The share of children with a known self-harm risk who
were seen by a liaison and diversion practitioner before release rose from 29% to 94%.>>

Liaison and diversion practitioners saw 1,312 children in custody over the three years. There have been no
deaths or serious injuries of children in our custody suites in that time.

I should be honest that we have not managed to reduce the number of children arrested, which is a separate
piece of work for the force, and that the overnight number is still higher than I want it to be.
"""),
        ("stakeholders", None, """
<<S:Custody sergeants were the people who told us the real problem was information, not observation, and a
group of them from all three suites designed the one-page summary they now receive, including the order it
is laid out in.>> <<S:Detention officers, who do most of the constant observation, asked for guidance on
talking to a distressed child rather than just watching them, and the CAMHS team ran sessions for them and
changed the content after the first two sessions because the officers said the examples were about wards,
not cells.>> <<S:Liaison and diversion nurses agreed to change their rota to cover evenings after they
helped us work out from the custody data when children were actually arriving.>> <<S:Youth justice workers
suggested the eight-hour inspector review and wrote the checklist the inspector goes through.>> <<S:The
council's children's services managers and our inspectors met every month for the first year to go through
every child kept overnight, and those meetings changed the on-call arrangements twice.>>

Every child is given a leaflet in custody explaining their rights and what will happen, and a parent or an
appropriate adult is present for the interview, as the law requires. We did not ask children who had been
in custody to help design the changes, which on reflection I think we should have done. The youth justice
service sent a short questionnaire to children they were working with in 2023, and the answers did not lead
to any changes. We are now planning to set up a young people's panel with the youth justice service to look
at custody from a child's point of view.
"""),
        ("value", None, """
Most of the change came from doing things in a different order and working together, rather than from new
money. The extension of the liaison and diversion hours was paid for from the existing contract by moving
some daytime hours into the evening. The emergency foster placements cost the council about £90,000 a
year, which is much less than the cost of a secure placement. An hour of constant observation costs us the
time of one officer, and fewer and shorter detentions of children have freed up officer hours in every
suite.

For the children, it means less time alone in a cell, and for many of them a conversation with someone who
knows about mental health, sometimes for the first time. For my sergeants and detention officers, it means
they are no longer left holding a risk they cannot do anything about. One sergeant told me that before this
she dreaded a child being booked in at teatime on a Friday, and now she knows there will be someone on the
end of the phone.
"""),
        ("spread", None, """
We have shared our approach with the other forces in our region through the regional custody forum, and two
have asked for our summary template and our eight-hour review checklist. NHS England's liaison and diversion
programme has asked us to write up the evening rota as an example for other services. The council has
included the emergency bed arrangement in its sufficiency strategy for children in care, so that it will
continue whatever happens to individual posts.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I501  concussion in school and youth sport - docx - rubric headings -
#       university senior lecturer in sport and exercise medicine, academic
#       but readable - university with children's emergency department,
#       council education services and a primary care network - pupils,
#       young players and parents involved - no staff involvement (teachers
#       and coaches trained, ED staff told, practices sent guidance, a
#       survey that changed nothing, a planned coaches' panel)
# ---------------------------------------------------------------------------
entry(
    id="I501", format="docx", layout="rubric_headings", topic="concussion_school_youth_sport",
    project="independent32-ifindoubt-501", docx_font="Cambria",
    title="If in Doubt, Sit Them Out: recognising concussion and returning safely to school and sport in Harnley",
    cover=[
        "Lead entrant: University of Harnley, Institute of Sport and Exercise Medicine",
        "Partners: Harnley Teaching Hospitals NHS Trust (Children's Emergency Department); Harnley City Council (Education Services); Harnley North Primary Care Network",
        "Submitted by Dr Ruth Adebayo, Senior Lecturer in Sport and Exercise Medicine",
    ],
    primary_entrant=dict(name="University of Harnley", type="university"),
    partners=[
        dict(name="Harnley Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Harnley City Council", type="local_authority"),
        dict(name="Harnley North Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "Why was the partnership needed and what were its patient safety goals?", """
Concussion is a brain injury. In children and teenagers it usually gets better within a few weeks, but
the developing brain is more vulnerable, symptoms often last longer than in adults, and a second blow to the
head before the first injury has healed can be much more serious. In very rare cases it can be fatal.
National guidance for grassroots sport, published in 2023, says that anyone with a suspected concussion
should be removed from play and not return on the same day, and should follow a graded return to education
and then to sport over at least three weeks.

In Harnley, school and club sport are big. Rugby, football and hockey are played in almost every secondary
school, and there are more than 40 junior sports clubs in the city. Our institute had been running a study
of sports injuries in young people since 2019, and the pattern was clear. Concussions were being missed on
the pitch because nobody was sure what to look for. When they were recognised, children were often sent
back into the same match. And after a concussion there was no link between the emergency department, the
GP, the school and the club: a child could be told at the hospital to rest, go back to school the next day
with nobody there knowing, sit a maths test with a headache, and be back in training at the weekend.

We wanted three things. Every suspected concussion in school or club sport in the city recognised and the
child removed from play. Every child given a written return-to-learn and return-to-sport plan, the same
whichever door they came through. And the school and the club told, so that the plan is followed.

In 2022 we set up the partnership with the children's emergency department, the council's education
service, which supports the city's schools, and the primary care network in the north of the city, where
most of the junior clubs are. Together we produced a pitch-side recognition card, a simple return plan on
one page that the emergency department, GPs and school nurses all use, and a 'concussion passport' that
the child or parent shows to the school and the club so that each stage is signed off.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
We have used two sources: our injury surveillance study, which records concussions reported by 26 schools
and 19 clubs, and the children's emergency department's records of attendances with head injury from
sport.

<<Q:Among concussions recorded in the surveillance study, the proportion of children who were allowed to
carry on playing in the same match or training session after the injury fell from 38% in 2021/22 to 9% in
2023/24.>> <<Q:Children returning to full-contact sport within 14 days of a concussion fell from 46% to
12%.>> <<Q:The proportion of children leaving the emergency department after a sports concussion with a
written return plan went up from 21% to 88%.>>

There were 418 concussions recorded in the surveillance study in 2023/24. Schools in the study reported
that they were told about 79% of them, which we had not measured before.
"""),
        ("spread", "How have the achievements been applied elsewhere and best practice shared?", """
The council has sent the concussion passport to all 31 secondary schools and 74 primary schools in Harnley,
and it is now part of the council's guidance on health and safety in physical education. The county rugby
and football associations have put the pitch-side card on their websites. We have published the
surveillance findings in a peer-reviewed journal and presented them at two national sport and exercise
medicine conferences, and another university is using our passport in a study in its own city.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The cards and passports cost very little to print, about £4,000 in total, and the university funded the
surveillance study from a research grant. The cost of a missed concussion is mainly in lost schooling,
longer recovery and, rarely, a serious brain injury. Parents have told us that the passport gives them
something to show the school and the coach, instead of having to argue their case. Young people say they
understand why they are being kept out of a game.
"""),
        ("stakeholders", "Who was involved and how were patients and staff involved?", """
<<P:The first version of the passport was tested with the school council at Harnley Park Academy, and the
pupils told us it looked like a hospital form and that no fourteen-year-old would carry it, so it became a
card that fits in a phone case, with a QR code for the full plan.>> <<P:Twelve young players from two rugby
clubs who had been concussed were interviewed by one of our PhD students, and what they said about hiding
symptoms so that they would not be dropped from the team led to the line on the card that says 'you will
not lose your place for being honest'.>> <<P:Parents of a boy who had a second head injury two weeks after
the first, and was off school for a term, joined our steering group and asked that the school be contacted
by the emergency department directly, which is now done by email for every child with a sports
concussion.>>

More than 1,200 PE teachers, coaches and volunteers have been trained to use the pitch-side card. Emergency
department staff were told about the new return plan at their departmental teaching, and GP practices in
the network were sent the plan and the passport. We sent a survey to coaches in 2024 asking how the card was
working, and as the responses were positive we kept it as it was. We intend to set up a coaches' panel for
the next stage of the work.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I502  dog bites in children under five - pdf - CAPS headings - council
#       public health specialist, straightforward - council with children's
#       hospital, police and a dog welfare charity - parents and staff
#       involved - no quantitative evidence (a rise in the context section is
#       tagged, but the evidence gives only counts, a single audit figure and
#       a planned comparison)
# ---------------------------------------------------------------------------
entry(
    id="I502", format="pdf", layout="caps_headings", topic="dog_bites_young_children",
    project="independent32-dogsafe-502", pdf_font="LiberationSans",
    title="DOG SAFE FAMILIES: preventing serious dog bites to babies and young children in Oakridge",
    cover=[
        "LEAD: Oakridge County Council, Public Health",
        "PARTNERS: Oakridge Children's Hospital NHS Foundation Trust; Oakridge Constabulary; Safe Paws Dog Welfare Trust",
        "CONTACT: Public Health Specialist, Children and Families",
    ],
    primary_entrant=dict(name="Oakridge County Council", type="local_authority"),
    partners=[
        dict(name="Oakridge Children's Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="Oakridge Constabulary", type="emergency_service"),
        dict(name="Safe Paws Dog Welfare Trust", type="charity"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
Most serious dog bites to young children happen at home, from the family's own dog or a dog belonging to a
relative or friend. Young children are bitten on the face and neck because they are at the same height as
the dog's head. Injuries can need surgery under general anaesthetic, leave permanent scars, and in the worst
cases are fatal. Several children have been killed by dogs in England in the last few years.

<<Q:The children's hospital's plastic surgery team told us that admissions of children under five after a
dog bite had gone up by about 60% between 2017 and 2022.>> Many of the families had bought a large dog
during the pandemic. Some of the dogs had never been around small children. In two cases the family had
a new baby and the dog had been left in the same room while the baby slept.

Nobody was talking to families about this. Health visitors asked about pets as part of the home environment
check, but there was no advice to give and no route if they were worried about a dog. The emergency
department and the plastic surgeons treated the injuries, but nobody followed up at home. The police dealt
with dangerous dogs under the law but only after a serious attack.

Dog Safe Families started in 2023. Health visitors now ask about dogs at the antenatal contact and the new
birth visit and give simple advice: never leave a baby or young child alone with any dog, however gentle, use
baby gates to keep them apart, and watch for signs that the dog is stressed. If they are worried about a dog,
they can refer the family to the Safe Paws Dog Welfare Trust, which offers a free home visit by a dog
behaviour adviser. When a child under five attends the children's hospital with a dog bite, the emergency
department sends a notification to the health visitor and, with the family's agreement, to Safe Paws. Where
the injury is serious, the police dog legislation officer is told, so that they can assess whether the dog is
a risk to other children.
"""),
        ("evidence", "WHAT WE HAVE ACHIEVED", """
Health visitors have given the advice to around 9,800 families since the programme started. Safe Paws has
carried out 214 home visits, and in 31 of them the family decided, with the adviser, to rehome the dog.

The emergency department has sent 163 notifications to health visitors about children under five who were
bitten. In an audit of 40 of these in 2024, the health visitor had contacted the family within two weeks in
34 cases.

The police dog legislation officers have assessed 22 dogs following a serious bite to a young child, and
11 dogs were made subject to control orders.

The number of children admitted after dog bites goes up and down, and the programme is too new for us to
say whether it has made a difference. The hospital will compare admissions for the two years before and the
two years after the programme in 2025.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<P:We talked to six families whose child had been bitten, through the plastic surgery clinic, and the
parents told us that they had no idea a family dog could do this and would have welcomed advice when their
baby was born.>> <<P:Two mothers read the advice leaflet in draft and asked us to take out the words 'dangerous
dog', because nobody thinks of their own pet that way, and to use photographs of ordinary family dogs.>>

<<S:Health visitors chose the three questions to add to the new birth visit, after trying a longer list and
finding that families switched off.>> <<S:Emergency department nurses at the children's hospital designed the
notification form, and asked for it to be sent automatically from their record system so that it did not
depend on someone remembering.>> <<S:The police dog legislation officers and the Safe Paws behaviour advisers
agreed between them which cases should go to the police and which to the charity, so that families did not
feel reported for asking for help.>>
"""),
        ("value", "VALUE", """
Safe Paws provides the home visits free from its own charitable funds. The leaflets and baby gate vouchers
cost the council around £15,000 a year. A child with a serious facial dog bite may need several operations
and years of follow-up, and there is the emotional harm to the child and the family.
"""),
        ("spread", "SPREAD", """
The advice is now part of the county's antenatal and new birth health visiting pathway. We have shared the
programme with neighbouring councils and with the regional public health network, and Safe Paws is offering
the home visit service to two other counties.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I503  clinical call-backs for young children waiting for an ambulance -
#       docx - numbered questions - paediatric lead paramedic, a little
#       stiff - ambulance service with children's hospital and the ICB -
#       parents and staff involved - NO value section
# ---------------------------------------------------------------------------
entry(
    id="I503", format="docx", layout="numbered_questions", topic="ambulance_under_fives_clinical_callback",
    project="independent32-littleoneswaiting-503", docx_font="Calibri",
    title="Little Ones Waiting: paediatric clinical call-backs for children under five in the ambulance queue",
    cover=[
        "Lead entrant: Eastmarsh Ambulance Service NHS Trust (Integrated Emergency Operations Centre)",
        "Partners: Kingsreach Children's Hospital NHS Foundation Trust; NHS Eastmarsh and Kingsreach Integrated Care Board",
        "Author: Paediatric Lead Paramedic",
    ],
    primary_entrant=dict(name="Eastmarsh Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Kingsreach Children's Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="NHS Eastmarsh and Kingsreach Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "1. Why was the partnership needed and what were its patient safety goals?", """
Eastmarsh Ambulance Service receives around 4,500 emergency calls a month about children under five. Most of
these are for fever, breathing difficulty, fits and vomiting. After the call is triaged, many of these are
given a category 2 or category 3 response, which means the child should be seen within 40 minutes or
within two hours. During the winter of 2022/23, with long handover delays at hospitals, these response times
were not being met, and some young children were waiting four, five or six hours for an ambulance.

During that time parents were often not called back, and the child's condition could change. Our own
clinicians in the control room were mostly paramedics and nurses trained in adult care, and they told us
they were not confident assessing a baby over the phone. There were two incidents that winter where a child
under one got much worse while waiting for an ambulance, one with sepsis and one with bronchiolitis, and
both needed intensive care.

At the same time, the children's hospital had experienced paediatric nurses and doctors who were used to
telephone advice, through its own advice line for families of children with long term conditions.

The goal of the partnership was that every child under five who is waiting for an ambulance in category 2 or
3 receives a call back from a paediatric clinician within 30 minutes, who will reassess the child, upgrade
the response if needed, give advice, or arrange for the family to be seen in a more suitable place, such as
the children's assessment unit or a same-day GP appointment. The ICB funded paediatric nurses from the
children's hospital to work in our control room, in person and remotely, from 10am to midnight every day,
from November 2023.
"""),
        ("evidence", "2. What evidence is there of improvements in safe care?", """
We compared the winter of 2022/23 with the winter of 2023/24, from November to March each year.

<<Q:The proportion of children under five waiting for a category 2 or 3 ambulance who received a clinical
call back within 30 minutes increased from 18% to 86%.>> <<Q:Children whose response was upgraded after a
call back and who then arrived at hospital seriously ill (needing high-dependency or intensive care)
decreased from 2.4% of calls to 0.9%.>> <<Q:Incidents reported by our staff or the children's hospital about
a child who deteriorated while waiting fell from 37 to 11.>>

In the winter of 2023/24 the paediatric nurses made 9,620 call backs. After the call back, 29% of the
children were directed to another service, and the ambulance was cancelled.
"""),
        ("spread", "3. How has the work been applied elsewhere and best practice shared?", """
Following a presentation at the national ambulance clinical hub network, two other ambulance services have
visited our control room and one has started a similar model with its local children's hospital. The
paediatric call back script has been shared with NHS 111 providers in our region, and the ICB is
considering whether the same model could be used for young people with mental health needs.
"""),
        ("stakeholders", "4. How were patients, families and staff involved?", """
<<S:Control room clinicians and the children's hospital nurses designed the call back script together, and
after the first month they changed it to include a video call option, because the nurses said that seeing
the child breathing was far more useful than a description.>> <<S:Emergency call handlers asked that the
screen shows when the call back has been completed, so they can tell a parent who rings again that a nurse
has already spoken to them, which was added to the computer aided dispatch system.>> <<S:Doctors at the
children's assessment unit agreed with our paramedics which children could be sent directly to them without
going through the emergency department, and they reviewed this list every month for the first winter.>>

<<P:We worked with a group of parents from the children's hospital's parent advisory group who had had to
wait for an ambulance with a young child.>> <<P:They told us that the worst thing was not knowing if anyone
was coming, and that they did not know what signs to look for, so they helped write the 'while you wait'
text that is now sent to every family after the call back.>> <<P:One mother, whose son had a febrile
convulsion at home, recorded a short video for parents about what to do if it happens again.>>
"""),
    ],
    flags=[dict(code="missing_section", criterion="value")],
)


# ---------------------------------------------------------------------------
# I504  babies in families placed in temporary accommodation out of borough
#       - pdf (via Word) - style headings - council housing needs manager,
#       plain and a little defensive - London borough with community trust
#       health visiting, a neighbouring borough and a primary care network -
#       staff involved - no patient involvement (families sent a text, given
#       a wallet, a survey that changed nothing, a plan) - no quantitative
#       evidence (notifications counted, a single figure, a zero with no
#       earlier figure, a planned evaluation)
# ---------------------------------------------------------------------------
entry(
    id="I504", format="pdf", layout="style_headings", topic="temporary_accommodation_health_visiting",
    project="independent32-nobabylost-504", render_via="soffice", docx_font="Liberation Sans",
    title="No Baby Lost: making sure families in temporary accommodation stay known to health visitors",
    cover=[
        "London Borough of Pellingham, Housing Needs and Homelessness Service (lead)",
        "Partners: Northfleet and Pellingham Community Health NHS Trust (Health Visiting); London Borough of Carrowgate (Housing and Early Help); Pellingham Central Primary Care Network",
        "Author: Housing Needs Manager (Temporary Accommodation)",
    ],
    primary_entrant=dict(name="London Borough of Pellingham", type="local_authority"),
    partners=[
        dict(name="Northfleet and Pellingham Community Health NHS Trust", type="nhs_trust"),
        dict(name="London Borough of Carrowgate", type="local_authority"),
        dict(name="Pellingham Central Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "The problem", """
Pellingham has more than 3,200 households in temporary accommodation, and about a third of them are placed
outside the borough because there is nothing available locally. Many are families with babies or young
children. They are often moved with a few days' notice, sometimes more than once, into bed and breakfast
hotels, hostels or private flats, and they may be miles away from their GP, their midwife and their health
visitor.

When a family moves, the health visiting service in the new area is supposed to be told, and the family
should be transferred. In practice this depended on the family telling their GP and the GP record being
moved, which can take weeks or months. Housing officers did not see it as their job to tell health services,
and often did not know whether there was a baby in the household, because the household record was not
always updated after a birth. The result was that babies went missing from health visiting. They missed
their new birth visit or their six to eight week check and, sometimes, their immunisations.

A child safeguarding practice review in 2022 looked at the death of a five-month-old baby in a single room in
a bed and breakfast hotel in a neighbouring borough. The family had been moved three times since the birth,
and no health visitor had seen the baby after the first move. The review found that the baby had been
sleeping in an adult bed, because there was no room for a cot, and that nobody had assessed this. It said
housing services needed to be part of the answer.

From 2023, every time our service places a household with a pregnant woman or a child under five, the
housing officer completes a short notification, which goes the same day to a single health visiting inbox.
The health visiting service checks its records, contacts the family, and if the family has been placed in
Carrowgate, passes the notification to Carrowgate's health visiting service and early help team under an
agreement between the two boroughs. The primary care network has agreed to register families in temporary
accommodation as temporary residents immediately, so that they do not lose access to a GP. Every placement of
a family with a baby now comes with a cot, if needed.
"""),
        ("evidence", "Results", """
Since the notification started in April 2023 our housing officers have sent 1,460 notifications, of which
410 were for families placed in Carrowgate and 290 in other boroughs. The health visiting service contacted
92% of families within ten working days of the notification.

We have supplied 318 cots to families in temporary accommodation. The primary care network has registered
520 families as temporary residents.

Since the scheme started no baby placed in temporary accommodation by our service has been reported to us as
missing from health visiting. We do not have earlier figures to compare, because this was not recorded
before. The Safeguarding Children Partnership has asked the university to evaluate the scheme in 2025.
"""),
        ("stakeholders", "Who was involved", """
<<S:Housing officers helped design the notification form, which had to be quick enough to complete while
they were on the phone to a family being placed, and they asked for it to be built into the housing case
management system rather than sent by email.>> <<S:Health visitors from the single point of contact team
and Carrowgate's early help workers agreed the handover rules together, including what happens at weekends,
after testing the route on 20 families.>> <<S:Reception managers at the GP practices told us families were
being turned away because they had no proof of address, and they wrote the temporary resident guidance for
the network.>>

Families are sent a text message when they are placed, giving the health visiting phone number, and are
given a wallet for the baby's red book. We carried out a survey of families in temporary accommodation in
2024, which told us that most were happy with the contact they had with health visitors, so we made no
changes. We plan to involve families with lived experience of temporary accommodation in the next stage.
"""),
        ("value", "Value", """
The notification takes housing officers about five minutes. The cots cost about £80 each and are paid for
from the homelessness budget. Health visitors spend less time trying to trace families. The cost of a baby's
death or a serious injury, to the family and the services, cannot be measured in money.
"""),
        ("spread", "Spread", """
The notification is being adopted by all London boroughs in our sub-region through the London Councils
temporary accommodation group. Two other health visiting services are using the same inbox model. We have
shared the learning with the national Child Safeguarding Practice Review Panel.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I505  injured pregnant women at the major trauma centre - pdf - two column
#       - obstetric consultant and trauma nurse coordinator, clinical and
#       concise - acute trust (major trauma centre and maternity) with the
#       ambulance service, an air ambulance charity and the maternity voices
#       partnership - women and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I505", format="pdf", layout="two_column", topic="trauma_in_pregnancy_pathway",
    project="independent32-twopatients-505", pdf_font="LiberationSans",
    title="Two Patients, One Team: care of injured pregnant women from the roadside to the trauma centre",
    cover=[
        "Northbridge University Hospitals NHS Trust - Major Trauma Centre and Maternity Services (lead), with Northern Counties Ambulance Service NHS Trust, Pennine Air Ambulance and Northbridge Maternity Voices Partnership",
        "Entry by a Consultant Obstetrician and the Major Trauma Nurse Coordinator",
    ],
    primary_entrant=dict(name="Northbridge University Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Northern Counties Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Pennine Air Ambulance", type="charity"),
        dict(name="Northbridge Maternity Voices Partnership", type="patient_group"),
    ],
    sections=[
        ("context", "Why the partnership was needed", """
Injury is one of the leading causes of death in pregnancy, mostly from road traffic collisions, falls and
domestic assault. Pregnant women who are injured need care from two teams at once, because the best
treatment for the baby is to treat the mother well. But the body changes in pregnancy can hide serious
bleeding, and after about 20 weeks the womb can press on the main blood vessels when the woman lies flat on
her back, which lowers her blood pressure.

Northbridge is the major trauma centre for the region and receives about 40 injured pregnant women a year,
brought by road and air ambulance. In 2021 a review of our cases found that women were often strapped flat on
a spinal board without being tilted, that the obstetric team was called late or not at all, and that women
who were rhesus negative did not always receive anti-D after injury, which is needed to protect future
pregnancies. Crews were not sure whether to take a woman to the trauma centre or to the nearest maternity
unit.

From 2022 we agreed a single pathway with the ambulance service and the air ambulance. Crews use a
pregnancy checklist: estimate how far along she is, tilt or manually move the womb to the left, and say
'trauma in pregnancy' in the pre-alert call. The pre-alert triggers a call to the obstetric registrar and
the neonatal team, who attend the trauma bay. A pregnancy section was added to the trauma team checklist,
including a blood test to check for bleeding from baby to mother and anti-D when needed.
"""),
        ("evidence", "What has improved", """
We compared injured pregnant women over 20 weeks who came to the trauma centre in 2020 and 2021 (71 women)
with those in 2023 and 2024 (78 women), using the trauma audit data and maternity records.

<<Q:Left tilt or manual displacement of the womb documented before arrival rose from 22% to 89%.>> <<Q:An
obstetrician was present in the trauma bay within 15 minutes of arrival for 31% of women before and 92%
after.>> <<Q:Rhesus negative women who received anti-D within 72 hours of injury went up from 58% to
97%.>>
"""),
        ("stakeholders", "People involved", """
<<P:Three women who had been injured while pregnant, two in car crashes and one in an assault, met with the
team through the Maternity Voices Partnership.>> <<P:They told us they had been terrified that nobody was
checking the baby, so the checklist now says that someone must tell the woman, as soon as possible, whether
the baby's heartbeat has been heard.>> <<P:The woman who had been assaulted asked that a safe question about
domestic abuse is asked when she is alone, and this is now in the trauma team's checklist.>>

<<S:Paramedics and air ambulance doctors tested the checklist on simulated patients using a pregnancy suit
and asked for it to be on the same card as the major trauma triage tool.>> <<S:Midwives and emergency nurses
agreed who brings the fetal monitor to the trauma bay, after the first drills showed that nobody did.>>
<<S:Blood bank staff suggested sending the test for fetal bleeding with the first trauma bloods, so it is
never forgotten.>>
"""),
        ("value", "Value", """
The pathway used existing staff and equipment, and the pregnancy suit for training was paid for by the air
ambulance charity. Women say they felt looked after as mothers as well as patients. Trauma team leaders say
the obstetric team arriving early takes away a great deal of uncertainty.
"""),
        ("spread", "Spread", """
The checklist has been adopted by the other two ambulance services in the regional trauma network and by
all trauma units in the region, including the smaller hospitals that receive injured women with less serious
injuries. We presented the work at the national trauma conference in 2024, and the
regional network has included it in its standard trauma team training.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I506  avoidable repeat newborn blood spot samples - docx - style headings -
#       screening and immunisation midwife, formal - departments of ONE
#       acute trust (maternity, community midwifery, neonatal unit, newborn
#       screening laboratory) described as partners, no partner organisation
#       (ineligible) - staff involved - no patient involvement (parents given
#       a leaflet, told why a repeat was needed, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I506", format="docx", layout="style_headings", topic="newborn_blood_spot_repeat_samples",
    project="independent32-rightfirsttime-506", docx_font="Calibri",
    title="Right First Time: reducing avoidable repeat newborn blood spot samples",
    cover=[
        "Kestrel Valley Hospitals NHS Trust",
        "A partnership between Maternity Services, Community Midwifery, the Neonatal Unit and the Newborn Screening Laboratory",
        "Lead: Antenatal and Newborn Screening Coordinator (Midwife)",
    ],
    primary_entrant=dict(name="Kestrel Valley Hospitals NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Background", """
Every baby in England is offered the newborn blood spot test at five days old. A midwife pricks the baby's
heel and puts four drops of blood on a card, which is sent to the laboratory to screen for nine rare but
serious conditions, including sickle cell disease, cystic fibrosis, congenital hypothyroidism and inherited
metabolic disorders. Some of these conditions can cause severe harm or death within the first weeks of life
if they are not treated early.

If the sample is not good enough, for example because the blood spots are too small, layered or smeared, or
the card is incomplete, the laboratory asks for a repeat. A repeat means another heel prick for the baby,
another visit, worry for the parents and, most importantly, a delay in getting a result. The national
standard is that fewer than 2% of samples should need to be repeated.

Kestrel Valley has about 5,800 births a year. In 2021/22, 6.4% of our first samples needed to be repeated,
one of the highest rates in the region. A review of incidents found cases where a baby with congenital
hypothyroidism started treatment later than the recommended 14 days because of a repeat sample, and a case
where a card sat in a community midwife's bag for four days before posting.

The trust set up the Right First Time project in 2022, involving maternity services, the community midwifery
teams, the neonatal unit and the newborn screening laboratory. The project introduced hands-on training with
a practice heel, a checklist printed on the back of the sample envelope, a weekly feedback report from the
laboratory to each midwifery team showing their own avoidable repeats, and tracked courier collection from
community hubs every day.
"""),
        ("evidence", "Results", """
<<Q:The avoidable repeat rate fell from 6.4% of first samples in 2021/22 to 1.7% in 2023/24.>> <<Q:The
proportion of samples arriving at the laboratory within three working days of being taken went up from 81%
to 98%.>> <<Q:Babies screened positive for congenital hypothyroidism who started treatment by 14 days of age
rose from 7 of 12 to 11 of 11.>>

The laboratory has sent 104 weekly feedback reports to midwifery teams.
"""),
        ("stakeholders", "Engagement", """
<<S:Community midwives told the project group that the most common problem was not the technique but filling
in the card in a cramped living room, and they designed the checklist on the envelope.>> <<S:Neonatal nurses
suggested a separate process for babies on the unit, because they often have blood taken for other tests, and
the laboratory agreed to accept samples taken from a line at the same time, which has reduced the number of
heel pricks.>> <<S:Laboratory scientists worked with the midwifery team leaders to decide what the weekly
report should show and changed its format twice after feedback from the teams.>>

Parents are given the national leaflet about the test in pregnancy and again at the visit. If a repeat is
needed, the midwife explains to the parents why. We hope to ask parents about their experience of repeat
samples in the future.
"""),
        ("value", "Value", """
Each avoidable repeat costs a midwife visit and laboratory time. With fewer repeats, community midwives have
more time for other visits. The courier service costs around £9,000 a year.

The real value is in earlier treatment. A baby with congenital hypothyroidism who starts treatment late is
at risk of permanent harm to development, and a baby with a metabolic disorder can become seriously ill
within days. A faster, first-time result also means less worry for parents, who are no longer asked to bring
their baby back for another heel prick because of a problem with the card.
"""),
        ("spread", "Spread", """
The envelope checklist has been shared with other maternity units through the regional screening quality
assurance service, and three units have adopted it. The weekly feedback report has been presented at the
regional newborn screening network.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I507  consent errors in school vaccination sessions - docx - form table -
#       PRIVATE software company is the primary entrant, with the community
#       trust's school age immunisation service and the county council as
#       partners (ineligible) - customer success director, upbeat - parents
#       and young people involved - no staff involvement (nurses trained,
#       school office staff sent a guide, a clinical lead signed off, a nurse
#       survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I507", format="docx", layout="form_table", topic="school_vaccination_consent_errors",
    project="independent32-rightjab-507", docx_font="Arial",
    title="Right Child, Right Jab: digital consent for school vaccinations in Hartmoor",
    cover_table=[
        ("Title of entry", "Right Child, Right Jab: digital consent for school vaccinations in Hartmoor"),
        ("Primary entrant", "Vaxora Digital Ltd"),
        ("Partner organisations", "Hartmoor Community Health NHS Trust (School Age Immunisation Service); Hartmoor County Council (Education and Public Health)"),
        ("Name and role of entrant", "Director of Customer Success, Vaxora Digital Ltd"),
    ],
    primary_entrant=dict(name="Vaxora Digital Ltd", type="private"),
    partners=[
        dict(name="Hartmoor Community Health NHS Trust", type="nhs_trust"),
        dict(name="Hartmoor County Council", type="local_authority"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and its safety goals.", """
The School Age Immunisation Service in Hartmoor vaccinates around 95,000 children and young people a year in
310 schools, including the flu vaccine, HPV, the teenage booster and MenACWY. Until 2022, consent was
collected on paper forms sent home in book bags. Forms came back late, half-completed, signed by the wrong
person, or not at all. On the day, nurses worked from printed class lists and piles of forms, often in a
school hall with hundreds of children.

This led to vaccine errors. In 2021/22 the service reported 64 incidents where a child was vaccinated without
valid consent, was given a vaccine they had already had, or was given the nasal flu vaccine when a parent had
said no because of the gelatine content, or when the child had a condition that meant they should have had
the injection instead. In one case two boys with the same name in the same year group were mixed up and one
was given a vaccine his parents had refused.

Vaxora Digital builds consent and scheduling software for public health services. We worked with the trust
and the council to replace paper with an online consent form, linked to the school census and to the child's
vaccination record, so that on the day each nurse has a tablet showing a photo of the child where the
school provides one, the consent decision, any health questions answered by the parent and any vaccines
already given.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
<<Q:Vaccination incidents reported by the immunisation service fell from 64 in 2021/22 to 14 in 2023/24.>>
<<Q:Incidents where a child was vaccinated without valid consent went down from 23 to 2.>> <<Q:Consent forms
returned before the session day rose from 61% to 89%, so fewer children are left out or sent back to class.>>

More than 240,000 consent responses have been submitted through the system since it started.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<P:We held two online sessions with a panel of parents recruited through the council's parent carer forum,
and they told us the form was too long, so the health questions were cut from fourteen to six, with
follow-up questions only if a parent answered yes.>> <<P:Young people from the Hartmoor Youth Council tested
the version for teenagers who can give their own consent, and asked for it to work on a phone in under two
minutes and to explain in plain language what each vaccine is for.>> <<P:Parents who do not speak English
asked for the form in other languages, and it is now available in eleven.>>

All 68 immunisation nurses were trained to use the tablets before the first session. School office staff
were sent a step-by-step guide for uploading class lists. The service's clinical lead signed off the final
version of the form. We sent a survey to the nurses after the first term, and since the results were good,
no changes were made. We plan to set up a user group of nurses for future updates.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The trust pays an annual licence for the system, which is partly offset by savings on printing and posting
forms. Less time is spent chasing forms and checking paperwork on the day. Parents can give consent at any
time and get a text when their child has been vaccinated.

For children, fewer errors means fewer vaccines given that a parent did not want, fewer doses repeated and
fewer children missing out because a form was lost in a school bag. Schools tell us the sessions run more
smoothly and take less of the school day.
"""),
        ("spread", "How has the work been shared and spread?", """
The same system has been taken up by two other school age immunisation services. The council has used the
consent form model for its school dental programme, and we have presented the work at a national school
nursing conference.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I508  children who set fires - pdf - numbered questions - fire service
#       children and young people's manager, earnest - fire and rescue
#       service with mental health trust CAMHS, city council children's
#       social care and police - young people and parents involved - no staff
#       involvement (firefighters trained, CAMHS informed, social workers sent
#       the form, a staff survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I508", format="pdf", layout="numbered_questions", topic="child_fire_setting_intervention",
    project="independent32-sparkchange-508", pdf_font="DejaVuSans", pdf_align="L",
    title="Spark Change: a joint response to children and young people who set fires",
    cover=[
        "Ravensholme Fire and Rescue Service, Prevention and Protection Department (lead entrant)",
        "Partners: Ravensholme Partnership NHS Foundation Trust (Child and Adolescent Mental Health Services); Ravensholme City Council (Children's Social Care); Ravensholme Police",
        "Author: Children and Young People's Prevention Manager",
    ],
    primary_entrant=dict(name="Ravensholme Fire and Rescue Service", type="emergency_service"),
    partners=[
        dict(name="Ravensholme Partnership NHS Foundation Trust", type="nhs_trust"),
        dict(name="Ravensholme City Council", type="local_authority"),
        dict(name="Ravensholme Police", type="emergency_service"),
    ],
    sections=[
        ("context", "1. The service and why a partnership was needed", """
Most children are curious about fire and some will play with matches or lighters. For a smaller group, fire
setting is a sign of something else: trauma, neglect, a diagnosis such as ADHD or autism, being bullied, or
being drawn into anti-social behaviour by older young people. These children burn themselves, burn their
homes and put their families and neighbours at risk. In Ravensholme we attend about 600 deliberate fires a
year, and the police think around a third of them are started by under-18s.

For many years the fire service has run a fire-setter intervention scheme, where a trained firefighter
visits the child at home for a few sessions to talk about fire safety and the consequences of fire setting.
It works well for children who are curious. It does not work for children whose fire setting is linked to
mental health or family problems, and it was these children who kept coming back to us. In 2021 a
twelve-year-old boy who had been through our scheme twice set fire to his bedroom and was badly burned. The
review found that the school, social care and CAMHS all knew about worries in the family, but our
firefighter did not, and nobody had asked why he was setting fires.

In 2022 we agreed a joint approach. Every referral is screened within a week by a panel made up of a fire
service prevention officer, a CAMHS clinician, a social worker from the children's front door and a police
youth officer. Children whose fire setting appears to be curiosity get the standard firefighter visits.
Children with wider needs get a plan that combines firefighter visits with a CAMHS assessment, support from
social care or early help, and where relevant a police youth diversion worker. Every home gets a fire safety
check and smoke alarms, and lighters and matches are kept locked away.
"""),
        ("evidence", "2. Evidence of improvement as a direct result of the partnership", """
We looked at all children referred to the scheme in the two years before the panel (2020 and 2021, 188
children) and the two years after (2023 and 2024, 231 children), and whether they set another fire within
12 months, using fire service incident records and police records.

<<Q:Children who set another fire within 12 months of referral fell from 31% to 9%.>> <<Q:Children admitted
to the regional burns unit after a fire they had set themselves went down from 14 in the two years before to
5 in the two years after.>> <<Q:Deliberate fires in the city attributed to under-18s fell by about a
quarter over the same period.>>

The panel has met 96 times and 74 children have had a CAMHS assessment as a result of a referral.
"""),
        ("spread", "3. How the work has been applied elsewhere", """
The screening panel has been written up by the National Fire Chiefs Council as a case study, and two other
fire services in our region have set up similar panels with their local CAMHS. We have also shared our
screening tool with the regional youth justice network.
"""),
        ("value", "4. Staff and patient experience and value for money", """
The panel uses the time of staff who already exist, for about two hours a week. A single house fire can cost
hundreds of thousands of pounds in damage, and a child with serious burns needs months of treatment and
skin grafts. Parents say that for the first time somebody looked at the whole child, not only the fire.
"""),
        ("stakeholders", "5. Who was involved, including patients and staff", """
<<P:Young people who had been through the old scheme were asked by our youth engagement officer what would
have helped them, and they said they had felt like they were being told off, so the sessions now start with
the young person's interests, not with pictures of burns.>> <<P:A fifteen-year-old girl who had set fires in
her children's home helped us rewrite the letter that goes to families, and took out the word 'arson'.>>
<<P:Parents of children on the scheme told us they had no idea how to talk to their child about it, and
they asked for a short guide for parents, which they then reviewed before it was printed.>>

All 42 firefighter advocates completed a two-day course on trauma and child development. CAMHS clinicians
were informed about the new route at a team meeting, and social workers were sent the referral form and a
briefing note. A survey of our advocates after the first year showed they were positive about the new
approach, and no changes were made as a result. We intend to hold a workshop with advocates and CAMHS
clinicians in the coming year to review the screening tool.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I509  young people admitted after stabbings - docx - reordered (context,
#       people, value, then results and spread) - youth charity chief
#       executive, passionate, first person plural - charity with major
#       trauma centre, police and council violence reduction partnership -
#       young people, a peer youth worker and staff involved - no
#       quantitative evidence (young people seen, a single engagement
#       figure, a zero with no earlier figure, an evaluation planned)
# ---------------------------------------------------------------------------
entry(
    id="I509", format="docx", layout="reordered", topic="youth_violence_hospital_youth_workers",
    project="independent32-teachablemoment-509", docx_font="Arial",
    title="The Moment After: youth workers at the bedside for young people injured by violence",
    cover=[
        "Open Door Youth Trust (lead entrant)",
        "Working with Easthaven University Hospitals NHS Trust (St Barnabas Major Trauma Centre), Easthaven Police and Easthaven City Council (Violence Reduction Partnership)",
        "Submitted by Marcus Bell, Chief Executive, Open Door Youth Trust",
    ],
    primary_entrant=dict(name="Open Door Youth Trust", type="charity"),
    partners=[
        dict(name="Easthaven University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Easthaven Police", type="emergency_service"),
        dict(name="Easthaven City Council", type="local_authority"),
    ],
    sections=[
        ("context", "Why we are doing this", """
Every week, young people in Easthaven are brought into St Barnabas with stab wounds, injuries from assaults
or, less often, gunshot wounds. Most are boys and young men between 14 and 24. The trauma team is brilliant
at saving their lives. But for years the same young people kept coming back, sometimes injured again within
months, sometimes now as the person who had done the injuring, and sometimes they did not come back because
they had been killed.

The time a young person spends in hospital after being hurt is what youth workers call a reachable moment.
They are frightened, they are away from the people around them on the street, and often for the first time
they are thinking about whether they want their life to carry on like this. Nobody was using that moment.
Young people were patched up and discharged, often to the same address and the same situation. Ward staff
were worried about them but did not know where to refer them. The police would come to take a statement,
and most young people refused to give one.

In 2022 Open Door, which has been working with young people in the east of the city for twenty years, agreed
with the hospital and the council's Violence Reduction Partnership to put youth workers into the emergency
department and the trauma wards. Our workers are there from 11am to 11pm, seven days a week, when most of
the young people come in. The emergency department and ward staff refer any young person aged 11 to 25 who
has been injured by violence, or is at risk of it. Our youth worker meets them at the bedside, and if they
want to, keeps working with them for up to six months after they leave hospital: getting them into
education or work, helping them move away from the area if they need to, connecting them to mental health
support, and being there.

We are not the police. That was the hardest thing to agree. The police are partners, because they share
information with us about risks to young people and because they want the violence to stop as much as we
do. But what young people tell our workers stays with us unless someone is at risk of serious harm, and the
police have respected that.
"""),
        ("stakeholders", "Young people, families and staff", """
<<P:Before we started, we spent three months asking young people who had been stabbed or assaulted what
would have helped when they were in hospital, and they said they wanted someone who was not in a uniform,
who would not judge them, and who would still be there after they left.>> <<P:They also told us that the
worst time was the first night at home, so our workers now call or visit on the day of discharge.>>
<<PS:One of our youth workers, Jerome, was himself stabbed at 17 and spent two weeks at St Barnabas, and he
designed the first conversation our workers have at the bedside, down to where to stand.>> <<P:Mothers of
young people on the programme formed their own support group and asked us to include families in the
support, which we now offer to every family.>>

<<S:Emergency department nurses and trauma ward sisters told us that the youth workers had to be able to
come into the resuscitation area, and they wrote the guidance on when it is and is not safe to do so.>>
<<S:The trauma consultants agreed to add a question to the trauma team checklist, 'has the young person been
offered the youth worker?', after the first three months showed that young people discharged at night were
being missed.>> <<S:Police officers from the violent crime unit met our workers monthly to agree how
information about risks to young people would be shared, and these meetings produced the information sharing
agreement that we still use.>>
"""),
        ("value", "What it means and what it costs", """
The service costs around £320,000 a year for eight youth workers and a manager, funded by the Violence
Reduction Partnership and a charitable trust. A single stabbing that needs surgery and intensive care can
cost the NHS more than £50,000, and the cost of a murder to society is estimated at several million pounds.

Ward staff tell us they feel less helpless when a young person comes in, and the young people tell us they
feel that someone is on their side. One young man said to his worker: 'You are the first person who asked me
what I wanted.'
"""),
        ("evidence", "What we have seen so far", """
Since the service started in October 2022, our youth workers have met 612 young people in the emergency
department and on the wards. Of those, 71% agreed to keep working with us after they left hospital.

Of the young people who stayed in contact with us for at least three months, none has come back to St
Barnabas with a new stab wound so far. We have helped 138 young people into education, training or work, and
supported 41 families to move house.

We know that these are early figures. We have asked the university's criminology department to carry out a
full evaluation, comparing readmissions with a matched group of young people from before the service
started, and we expect the results in 2026.
"""),
        ("spread", "Sharing what we have learned", """
We have shared our approach with two other major trauma centres in the region and trained their partner
charities' youth workers in the bedside conversation. The Violence Reduction Partnership has included the
service in its regional strategy, and we are working with the children's hospital in the city to offer the
same support to younger children who are injured by violence.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I510  babies who are small for their gestational age - pdf - no headings -
#       consultant midwife, reflective - acute trust maternity with a
#       university school of midwifery and a primary care network - staff
#       involved - no patient involvement (women given a leaflet, the
#       maternity voices partnership updated, a survey that changed nothing,
#       a plan) - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I510", format="pdf", layout="no_headings", topic="fetal_growth_restriction_detection",
    project="independent32-measuretwice-510", pdf_font="LiberationSerif",
    title="Measure Twice: finding small babies before birth in Marrowfield and the Dene Valley",
    cover=[
        "Marrowfield Hospitals NHS Foundation Trust, Maternity Services",
        "In partnership with the University of Marrowfield (School of Midwifery and Health Sciences) and Dene Valley Primary Care Network",
        "Written by Helen Atherton, Consultant Midwife for Public Health and Quality",
    ],
    primary_entrant=dict(name="Marrowfield Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="University of Marrowfield", type="university"),
        dict(name="Dene Valley Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", None, """
Babies who are not growing well in the womb are at much higher risk of stillbirth. When a baby is known to be
small before birth, it can be monitored closely and delivered at the right time, and the risk falls sharply.
The trouble is that most small babies are not known to be small until they are born. In England the national
care bundle for reducing stillbirth asks maternity services to measure the growth of every baby carefully
and to act on the results, but each service has to work out how to do that.

When I took on this work in 2021, only about three in ten babies born in Marrowfield below the tenth centile
for their weight had been identified before birth. Looking back at our stillbirths over three years, I found
that in more than half of them the baby had been small and nobody had picked it up. Sometimes the fundal
height (the measurement with a tape measure from the top of the pubic bone to the top of the womb) had been
measured wrongly or plotted on the wrong chart. Sometimes a measurement had been plotted correctly but
nobody had noticed that it had crossed a line. Sometimes women who should have had growth scans because of
risk factors such as smoking or high blood pressure had not been referred. And because most of our community
midwives work from GP surgeries in the Dene Valley, often a long way from the hospital, it could take two
weeks for a woman to get a scan once she was referred.

We did three things, with the university and the Dene Valley Primary Care Network. The university's midwifery
lecturers built a training programme on measuring and plotting fundal height, using a pregnancy model, with
a competency check every year for every midwife. We moved from paper charts to a computerised growth chart
that plots the measurements automatically and flags any that fall below the line. And we set up a growth scan
clinic in the PCN's largest surgery, run by sonographers from the hospital two days a week, so that women in
the valley can be scanned within three working days close to home.
"""),
        ("evidence", None, """
We compared babies born in 2021 with babies born in 2024, using our maternity records and the national
perinatal mortality surveillance data.

<<Q:The proportion of babies born below the tenth centile who had been identified as small before birth rose
from 29% to 52%.>> <<Q:Women referred for a growth scan who were scanned within three working days went up
from 38% to 91%.>> <<Q:Our stillbirth rate fell from 4.1 per 1,000 births in 2021 to 3.2 per 1,000 in 2024.>>
We know that a change in a stillbirth rate over a few years can be down to chance, and the number of
stillbirths is small, so we are cautious about that last figure.

The university assessed 231 midwives for competency in fundal height measurement in the first year.
"""),
        ("stakeholders", None, """
<<S:Community midwives told us that the computerised chart had to work on the GP surgery computers, which
are on a different system from the hospital, and the digital midwife worked with the PCN's IT lead and
a group of five midwives to test it on both systems before it went live.>> <<S:Sonographers agreed to run
the valley clinic after they visited the surgery and helped choose the room and the scanner, and they asked
for a hospital consultant to be on call by phone on clinic days, which we arranged.>> <<S:Midwifery students
from the university tested the training on each other and suggested the short videos that midwives can now
watch on their phones before the yearly check.>> <<S:GP receptionists at the surgery asked for a simple
booking sheet, because women were phoning the surgery rather than the hospital, and they designed it
themselves.>>

Women are given a leaflet about their baby's growth and what to do if they notice a change in the baby's
movements. The Maternity Voices Partnership was updated on the work at its quarterly meeting. We asked women
who used the valley clinic to fill in a short survey, and as they were very positive about it we made no
changes. We would like to work with women to produce a short film about growth scans.
"""),
        ("value", None, """
The valley clinic costs about £85,000 a year for sonographer time and the lease of the scanner, which the
integrated care board has agreed to fund. The training programme was developed by the university as part of
its continuing professional development offer, and the trust pays a fee per midwife. The computerised chart
was included in the licence for our maternity record system.

For women, it means less travelling, often 40 minutes each way, and less waiting and worrying. Midwives tell
us they feel more confident, and that the chart takes away some of the doubt of whether a measurement
matters. And the cost to a family of a stillbirth that could have been prevented is beyond any figure.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="spread"),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I511  bronchiolitis safety-netting advice for parents - docx - bullet
#       lists - short - GP federation clinical director, brisk - GP
#       federation with the acute trust's children's services and community
#       trust health visiting - parents involved - no staff involvement
#       (receptionists trained, the ambulance service told, a GP survey that
#       changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I511", format="docx", layout="bullet_lists", topic="bronchiolitis_safety_netting_parents",
    project="independent32-breathewatch-511", docx_font="Calibri",
    title="Watch the Breathing: safer bronchiolitis advice for parents of babies in Ashcombe",
    cover=[
        "Lead: Ashcombe GP Federation",
        "Partners: Ashcombe and Weald Hospitals NHS Trust (Children's Services); Weald Community Health NHS Trust (Health Visiting)",
        "By the Clinical Director, Ashcombe GP Federation",
    ],
    primary_entrant=dict(name="Ashcombe GP Federation", type="primary_care"),
    partners=[
        dict(name="Ashcombe and Weald Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Weald Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why", """
- bronchiolitis is a chest infection that affects most babies in their first year, and every winter some become very unwell, mainly those under three months, born early or with heart or lung problems

- most can be looked after at home, but parents need to know when to come back: feeding less than half the usual amount, no wet nappy for 12 hours, working hard to breathe, pauses in breathing

- in Ashcombe, babies were being seen by GPs, the urgent treatment centre, NHS 111 and the children's emergency department, and each gave different advice, or none in writing

- in the winter of 2022/23 two babies seen by a GP and sent home came back to the children's emergency department very unwell and needed intensive care; in both cases the parents said they had not been told what to watch for

- since October 2023: one advice sheet and one text message used by all 19 practices, the urgent treatment centre and the children's emergency department; babies under three months with bronchiolitis get a next-day phone call from a practice nurse or a children's community nurse; health visitors check on babies they know about during the season
"""),
        ("evidence", "What changed", """
- <<Q:babies with bronchiolitis who came back to hospital and needed high-flow oxygen or intensive care after being sent home from a GP appointment fell from 17 in winter 2022/23 to 6 in winter 2023/24>>

- <<Q:parents who could name at least two warning signs when phoned the next day went up from 39% to 84%>>

- <<Q:repeat GP appointments for the same illness within 48 hours fell by about a third>>

- 2,310 advice texts sent over the winter

- figures from the practices' clinical system, the hospital's records and the next-day call log
"""),
        ("stakeholders", "Who helped", """
- <<P:a parents' group at Ashcombe family hub looked at the hospital's old leaflet and told us it was three pages and nobody read it, so the sheet is now one side with four pictures>>

- <<P:the same parents picked the wording of the text and asked for a link to a short video showing what 'working hard to breathe' looks like>>

- <<P:a mum whose baby needed intensive care in 2022 asked that the sheet says clearly 'it is OK to come back', which is now the first line>>

- receptionists in all practices were trained to book babies under three months on the same day

- the ambulance service and NHS 111 were told about the advice sheet

- we sent a survey to GPs in March 2024 and most were happy with the sheet, so it was not changed

- next winter we plan to ask practice nurses how the next-day calls are working
"""),
        ("value", "Value", """
- the text service costs around £1,200 a winter, paid for by the federation

- next-day calls take about ten minutes each

- an intensive care admission for a baby costs thousands of pounds a night, and is terrifying for the family

- parents say they feel more confident to keep their baby at home, and to know when not to

- GPs and nurses say one sheet for everyone means they no longer have to find the right leaflet in a ten-minute appointment

- the children's emergency department had its busiest bronchiolitis season for five years in 2023/24, and fewer babies bouncing back helped it to cope
"""),
        ("spread", "Spread", """
- the children's emergency department now gives the same sheet to every baby it sends home

- the neighbouring federation is using it this winter

- the sheet has been shared across the integrated care system through the children and young people's programme

- health visitors now hand it out at the new birth visit to families whose baby is born between September and January, before any illness starts
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I512  young people drowning in open water - pdf - bold headings, with a
#       note at the end - fire service water safety lead, community-minded -
#       fire and rescue service with county council education and public
#       health and a water safety charity - young people, a bereaved family
#       and staff involved - no quantitative evidence (lessons, throwlines
#       and rescues counted, a single survey figure, a hope)
# ---------------------------------------------------------------------------
entry(
    id="I512", format="pdf", layout="rubric_headings", topic="open_water_drowning_young_people",
    project="independent32-floattolive-512", pdf_font="LiberationSerif",
    title="Cold Water Kills: keeping young people safe around Tarnfield's rivers, lakes and quarries",
    cover=[
        "Lead organisation: Tarnfield Fire and Rescue Service",
        "Partners: Tarnfield County Council (Education Services and Public Health); Lakes and Rivers Safety Trust",
        "Entry prepared by the Water Safety Lead, Tarnfield Fire and Rescue Service",
    ],
    primary_entrant=dict(name="Tarnfield Fire and Rescue Service", type="emergency_service"),
    partners=[
        dict(name="Tarnfield County Council", type="local_authority"),
        dict(name="Lakes and Rivers Safety Trust", type="charity"),
    ],
    sections=[
        ("context", "The context and our aims", """
Tarnfield has two large rivers, dozens of lakes and reservoirs and several flooded quarries. On hot days
young people go there to swim and jump in, often in groups and often after school or at weekends. The water
looks inviting, but even in summer it is cold enough to cause cold water shock, which makes people gasp and
breathe in water and can make even strong swimmers unable to swim within minutes. Quarries are deep, with
sudden drops and hidden machinery. Rivers have currents that are stronger than they look.

Between 2018 and 2022, seven young people aged between 12 and 19 drowned in open water in Tarnfield. Most were
boys, most were with friends, and none were in places with lifeguards. Our crews also rescued many others.
The fire service is the emergency service that goes into the water, and our firefighters were tired of
recovering the bodies of teenagers.

Schools taught swimming in primary school, but many children left without being able to swim 25 metres, and
nobody taught them about cold water or what to do if a friend got into trouble. Messages from the fire
service and the council came out at the start of summer but were aimed at adults.

In 2023 we set up Cold Water Kills with the council's education and public health teams and the Lakes and
Rivers Safety Trust, a local charity that trains open water lifeguards. It has three parts. Every secondary
school is offered a 50-minute lesson for Year 7 and Year 9 delivered by a firefighter and a young lifeguard
from the trust, covering cold water shock, the 'float to live' technique, and how to help a friend without
getting in. Throwline stations with a simple instruction sign have been put at the spots where young people
swim. And a summer campaign on social media, written by young people, runs from May to September.
"""),
        ("evidence", "What the evidence shows", """
In the two school years since the start, firefighters and lifeguards have delivered the lesson to about
18,400 pupils in 41 of the county's 46 secondary schools. We have installed 46 throwline stations at 19 sites.
The trust's lifeguards have patrolled the three busiest sites on hot weekends, and they report 37 rescues or
assists over the two summers.

In a survey after the lesson, 88% of pupils could describe the float to live technique. The summer campaign
videos were viewed more than 210,000 times.

Throwlines from our stations have been used in at least six rescues that we know of, including one in which
two 14-year-old boys were pulled out of the river at Sallow Bridge by a passer-by in August 2024.

Drowning deaths are rare, and numbers vary a great deal from one year to the next, so we cannot yet say
whether the programme has reduced them. We hope that over time it will.
"""),
        ("stakeholders", "How young people and staff were involved", """
<<P:We worked with the county youth council and a group of 15 young people from three secondary schools to
plan the lesson and the campaign.>> <<P:They told us not to lecture them or tell them not to swim, because
they would do it anyway, but to tell them how to be safe when they did, and that changed the whole tone of the
lesson.>> <<P:They wrote and filmed the campaign videos themselves on their phones.>> <<P:The parents of
Callum Reeves, who drowned at Hollin Quarry in 2021 aged 16, helped us choose the sites for the first
throwline stations and spoke at the launch, and his mother asked that every lesson ends with how to call
999 and give a location, which it now does.>>

<<S:Firefighters from our water rescue teams developed the lesson with the trust's lifeguards and rewrote it
after the first five schools, because they said the slides had too much text and the pupils only listened to
the real stories.>> <<S:PE teachers and heads of year tried the lesson in their schools and asked for it to be
taught in two stages, Year 7 and Year 9, rather than once, because the older pupils were the ones taking the
risks.>> <<S:The council's countryside rangers chose the exact position of each throwline station so it
could be seen from the water's edge.>>
"""),
        ("value", "Value for money and experience", """
Each throwline station costs about £350, and the lesson uses firefighter time that is part of our prevention
work. The trust's lifeguards are volunteers, and the council's public health team funds their training,
about £18,000 a year. Teachers say the lesson is one of the few safety lessons that pupils talk about
afterwards. Our firefighters say they would rather stand in a school hall than on a riverbank.
"""),
        ("spread", "Sharing and spreading", """
The lesson has been shared with the National Water Safety Forum and is being adapted by two neighbouring fire
services. The council has written throwline stations into its planning guidance for new developments near
water, and the young people's campaign videos have been used by water companies in the region on their own
reservoirs.
"""),
    ],
    trailer=[
        ("heading", "A note on sources"),
        ("para", "Pupil numbers and lesson dates are taken from Tarnfield Fire and Rescue Service prevention records. Rescue and assist figures come from the Lakes and Rivers Safety Trust patrol logs. Details of deaths between 2018 and 2022 are from the county's child death overview panel and coroner's reports, shared with the families' consent."),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)
