"""One-hundred-and-twenty-fourth independent evaluation set (I1969..I1984) for the HSJ 'Best
Partnership Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were read
(with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or any
earlier gold output.  All organisations, places and people are fictional.  The entries are
meant to be ordinary: the kind of thing integrated care boards, dental schools, police
forces, optical and dental committees, councils, GP federations, eye care charities,
ambulance services, homeless charities, eye departments, community dental services, mental
health trusts and a couple of private companies send in, in their own voices and at their
own length.  The theme of this set is eyes, ears, mouth and teeth: oral health in care
homes and aspiration pneumonia, dental trauma and emergency dentistry, glaucoma and
macular follow-up backlogs, audiology and hearing aids, and sight tests for people who
cannot easily get to an optician.

Topics (lead's type and layout):
  I1969 mouth care for nursing home residents on thickened fluids or tube feeds, and
        aspiration pneumonia (icb; pdf, own headings)
  I1970 knocked-out permanent teeth in children at school and sports clubs (university,
        a dental school; docx, bold headings with a cover table)
  I1971 broken jaws and facial fractures missed in people held in police custody after
        assaults (emergency_service, a police force; docx, numbered questions)
  I1972 sorting the glaucoma follow-up backlog by risk in community optometry
        (primary_care, a local optical committee; pdf, CAPS headings)
  I1973 home monitoring of the second eye in people treated for wet macular degeneration
        (PRIVATE digital eye health company as primary entrant; pdf, lists)
  I1974 hearing aid maintenance drop-ins in public libraries (local_authority, a council
        libraries service; docx, no headings)
  I1975 sudden hearing loss treated as earwax or a cold in general practice (primary_care,
        a GP federation; pdf, two columns)
  I1976 sight tests in special schools for children who cannot manage a high street test
        (charity, a learning disability eye care charity; docx, form)
  I1977 sight tests for older people after a fall at home (emergency_service, an ambulance
        service; pdf via Word, style headings)
  I1978 eye tests and glasses for people sleeping rough or living in hostels (charity, a
        homelessness charity; pdf with appendix, no spread section)
  I1979 people with raised eye pressure discharged to the community whose discharge letter
        never reached an optometrist (nhs_trust, departments of one trust, no partner; docx,
        rubric headings)
  I1980 a dental therapist's mouth check when someone moves into a care home (nhs_trust, a
        community dental service; docx, sections in an unusual order)
  I1981 emergency dental care for people seeking asylum housed in hotels (primary_care, a
        local dental committee; pdf, form)
  I1982 hearing aid and radio aid checks for deaf children in mainstream primary schools
        (local_authority, a council sensory support service; pdf, numbered questions, no
        evidence section)
  I1983 one-sided hearing loss picked up in high street hearing aid shops and sent for an
        MRI referral (PRIVATE hearing care retailer as primary entrant; docx, lists with
        cover bullets)
  I1984 sight tests for long-stay patients in a secure mental health hospital (nhs_trust,
        a mental health trust; docx, style headings, short)

Build it with

    .venv/bin/python data/independent/build.py --set 124   (writes data/corpus/independent124/)

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
    numbers trained, activity counts (visits, calls, referrals, checks, tests, pairs of
    glasses, people screened or identified), single figures with no baseline, a zero with
    no earlier figure, figures that did not change, budgets, costs and savings estimates,
    phone numbers, postcodes, reference numbers, targets not yet reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    (including 'halved', 'a third fewer' and a sustained shift on an SPC chart);
    no_quantitative_evidence looks only at the evidence section (or the whole entry when
    the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, volunteers with lived experience, unusual names for
    the people involved, list items), wherever in the entry it is told; a volunteer or peer
    worker with lived experience, employed by a partner, who helped design the work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices, GP federations, primary care networks and local optical,
dental and pharmaceutical committees are primary_care; parent carers' forums and patients'
groups are patient_group; homelessness, hearing loss and sight loss charities and care
providers' associations are charity; a university is university; digital health
companies, hearing care retailers, domiciliary optometry companies, hotel operators and
custody healthcare contractors are private).  A department or team of the entrant's own
organisation is not a partner.  Flags are written by hand and build.py cross-checks them
against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1969  mouth care for nursing home residents at risk of aspiration - pdf -
#        own headings - ICB quality lead, measured - ICB with a community
#        trust, a care providers' association and the county council -
#        relatives and staff involved (one relatives' group told in the
#        context section) - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1969", format="pdf", layout="own_headings", topic="care_home_mouth_care_aspiration_pneumonia",
    project="independent124-cleanmouth-1969", pdf_font="LiberationSans", pdf_align="L",
    title="Clean Mouth, Clear Chest: mouth care for nursing home residents who are at risk of aspiration",
    cover=[
        "Lead organisation: NHS Carrowmere and Lune Integrated Care Board (Quality and Nursing Directorate)",
        "Partners: Lunedale Community Health NHS Trust (Speech and Language Therapy and Community Dental Service); Carrowmere Care Providers' Association; Carrowmere County Council (Adult Social Care Quality Team)",
        "Written by the Deputy Director of Quality, Care Sector",
    ],
    primary_entrant=dict(name="NHS Carrowmere and Lune Integrated Care Board", type="icb"),
    partners=[
        dict(name="Lunedale Community Health NHS Trust", type="nhs_trust"),
        dict(name="Carrowmere Care Providers' Association", type="charity"),
        dict(name="Carrowmere County Council", type="local_authority"),
    ],
    sections=[
        ("context", "Why this mattered", """
There are 38 nursing homes in Carrowmere and Lune, caring for about 1,900 people. A large number of
them have swallowing difficulties after a stroke, with advanced dementia or with Parkinson's disease.
Many are on thickened drinks and a soft or pureed diet, and a smaller group are fed through a tube
into the stomach and take nothing by mouth at all.

It is easy to assume that someone who does not eat by mouth does not need their teeth cleaning. The
opposite is true. A mouth that is not used for eating dries out, plaque builds up quickly, and the
bacteria in it are the same bacteria that cause pneumonia when small amounts of saliva are breathed
into the lungs. For people whose swallow is already unsafe, a dirty mouth is one of the main things
that turns a silent aspiration into a serious chest infection.

When our learning from deaths reviews for 2021 were pulled together, aspiration pneumonia was the
most common cause of death recorded for nursing home residents admitted to hospital as an emergency.
Reviewers kept noting the same things in the records: 'mouth care declined', 'dentures not in place',
'oral care not documented for several days', 'thick coating on tongue on admission'. Staff in the
homes told us they were frightened of cleaning the mouths of people who might choke, did not have
suction toothbrushes, and had never been shown how to clean a mouth when the person cannot spit.

None of the organisations involved could fix this on their own. The speech and language therapists
knew about swallowing but were not in the homes every day. The community dental service had the
skills but a long waiting list. The homes had the carers but not the equipment or the training, and
the council's quality team and the ICB only saw the problem afterwards, in safeguarding alerts and
admission figures.

The idea of a simple picture chart above each bed, showing how that resident's mouth should be
cleaned and what position they should be in, came from the relatives' circle at Birchfield Lodge.
<<P:Relatives in that circle described watching carers give up on mouth care because their mother or
father clamped their teeth shut, and they drew the first version of the chart themselves with the
home's nurse.>>
"""),
        ("evidence", "What difference it has made", """
The programme started in six homes in September 2022 and reached all 38 homes by June 2023. Every
resident on modified diet or tube feeding now has a one-page mouth care plan with the bedside chart,
a suction toothbrush, a low-foam toothpaste and a twice-daily check recorded on the home's electronic
care record. A dental nurse from the community dental service visits each home every quarter to check
mouths and coach staff at the bedside.

<<Q:Emergency admissions with aspiration pneumonia from the 38 homes fell from 164 in the twelve months
before the programme to 97 in the twelve months after full roll-out.>> <<Q:Over the same period,
deaths in hospital following an admission with aspiration pneumonia went down from 52 to 31.>>

<<Q:The dental nurses score plaque and mouth dryness at each visit, and the proportion of residents
with a 'poor' mouth score dropped from 58% at the first round of visits to 19% a year later.>>
<<Q:Mouth care recorded twice a day in the electronic care record rose from 34% of resident days to
87%.>>

We are careful not to claim all of this for mouth care alone. Flu and COVID-19 vaccination rates were
similar in both years and we found no other change in how the homes managed swallowing, so we think
the programme accounts for most of the difference.

Since the start, 1,140 care staff have had bedside coaching and 612 suction toothbrushes have been
supplied.
"""),
        ("stakeholders", "Who shaped it", """
<<S:Speech and language therapists and dental nurses spent two days in Birchfield Lodge and Oakhanger
Court working alongside night and day carers, and the carers showed them that the standard suction
toothbrush tubing was too short for most beds, so the kit now comes with a longer tube.>> <<S:Senior
carers from five homes met monthly as a design group and rewrote the mouth care plan in plain words;
they removed the clinical scoring from the plan because it was slowing them down.>>

<<P:Families of residents tested the bedside chart in the first six homes and asked for a photograph
of the resident's own dentures on the chart, because dentures were often put in the wrong mouth.>>
<<PS:Two residents' daughters who both work as healthcare assistants in other homes joined the design
group and helped decide how to talk to residents who resist mouth care.>>

<<S:The Care Providers' Association's registered managers' network agreed the record template, after
asking for it to fit into the electronic care systems that the homes already use.>> <<S:Council
quality officers changed their visit checklist after feedback from home managers, so that they now
look at mouth care plans instead of only at care records.>>
"""),
        ("value", "Value for money", """
The kit costs about £18 per resident per quarter. The dental nurse visits are funded by the ICB at
around £96,000 a year. An emergency admission with aspiration pneumonia for a frail older person
costs in the region of £5,500, and many of these residents never return to the home.

Carers tell us they feel more confident and that mouth care is now seen as part of the job rather than
an optional extra. Families say their relatives are more comfortable and eat better when their mouths
are clean.

There were also costs we had not expected. Some homes had to change their night routines so that the
last mouth clean of the day happens before residents are settled, rather than being squeezed in at the
end of a long shift. A few homes needed extra bedside lights, because it is hard to clean a mouth you
cannot see. These were small changes, but they took the time of managers who already had a great deal
to do, and we are grateful to them.
"""),
        ("spread", "Sharing and spreading", """
The mouth care plan and bedside chart are now included in the county council's contract specification
for all nursing homes and are being offered to residential homes. The neighbouring ICB has taken the
programme into 20 of its homes. We have presented the work at the regional learning from deaths
network and the national care home oral health forum, and the training film made by the dental nurses
is free for any home to use.

The main lesson for anyone trying this elsewhere is that equipment and training on their own are not
enough. What changed practice in the homes was the quarterly visit, when a dental nurse stands next to
a carer at the bedside and shows them, with that resident, how it is done. Carers told us that a film
or a study day had never given them the confidence to put a toothbrush into the mouth of someone who
might choke, and that having someone alongside them did. We would also advise starting with the homes
that want to take part, and letting their managers persuade the others.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1970  knocked-out permanent teeth in children - docx - bold headings with
#        a cover table - university dental school, academic - dental school
#        with the council's school nursing, a county sports partnership and
#        the acute trust - staff involved - NO patient involvement (pupils
#        taught, parents sent leaflets, a survey that changed nothing, a plan
#        for a youth panel)
# ---------------------------------------------------------------------------
entry(
    id="I1970", format="docx", layout="bold_headings", topic="childhood_dental_avulsion_replantation",
    project="independent124-savethetooth-1970", docx_font="Calibri",
    title="Put It Back: saving knocked-out permanent teeth in children",
    cover_table=[
        ("Entry title", "Put It Back: saving knocked-out permanent teeth in children"),
        ("Lead organisation", "University of Hallowmere, School of Dentistry (Paediatric Dentistry Unit)"),
        ("Partners", "Hallowmere City Council (School Nursing Service); Wendle County Sports Partnership; Hallowmere Teaching Hospitals NHS Trust (Emergency Department and Maxillofacial Unit)"),
        ("Contact", "Senior Lecturer and Honorary Consultant in Paediatric Dentistry"),
    ],
    primary_entrant=dict(name="University of Hallowmere", type="university"),
    partners=[
        dict(name="Hallowmere City Council", type="local_authority"),
        dict(name="Wendle County Sports Partnership", type="charity"),
        dict(name="Hallowmere Teaching Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The problem", """
When a child's adult front tooth is knocked out, what happens in the first hour decides whether that
tooth can be saved. If it is picked up by the crown, rinsed briefly and pushed back into the socket,
or kept in milk, and the child reaches a dentist quickly, the tooth often survives for many years. If
it is wrapped in a tissue, left to dry in a pocket, or scrubbed clean, the cells on the root die within
about half an hour and the tooth will almost certainly be lost. For a child of nine or ten that means
years of temporary appliances and, eventually, an implant once they stop growing.

Our unit sees the results. In 2021 we reviewed the records of every child referred to the dental
hospital with a knocked-out permanent tooth over three years. Most injuries happened in school
playgrounds, in PE lessons, or at football and rugby clubs. In fewer than one case in five had the
tooth been put back at the scene. Teachers and coaches often did not know it could be done or were
worried about doing harm. Children arrived at the emergency department with the tooth in a dry tissue,
waited several hours, and were then told to see their own dentist in the morning.

There was no single route for these injuries. The emergency department did not have a dentist on
site, the maxillofacial team were often in theatre, and the dental hospital's urgent clinic only ran
in the mornings. Nobody was responsible for telling schools and clubs what to do.

One case from that review stays with us. A boy of eight fell from a climbing frame at lunchtime and
knocked out both upper front teeth. The teeth were found, washed under a hot tap with soap by a kind
dinner supervisor, wrapped in kitchen roll and put in an envelope for his mother. He was taken to the
emergency department, waited four hours, and was sent home with advice to see a dentist the next day.
Both teeth were lost within a year. Everyone involved had done their best with what they knew, and
everything they did was the opposite of what was needed.

The problem is not rare. Around one child in six will injure a permanent front tooth before leaving
school, and knocked-out teeth make up a small but important share of those injuries, because they are
the ones where minutes matter. Dental trauma is also far more common in children with additional needs,
who may fall more often and may find treatment harder to tolerate later on.
"""),
        ("evidence", "What we have achieved", """
Put It Back started in September 2022. It has three parts. First, school first aiders and club
coaches learn a simple 'find it, hold it by the top, rinse it, put it back, bite on a hanky' routine,
with a small pot of tooth storage solution in every first aid kit for when replanting is not possible.
Second, there is one phone number for the emergency department and the dental hospital, and a child
with a knocked-out tooth is seen by a dentist within two hours, 8am to 10pm, seven days a week.
Third, every child is followed up at the dental hospital with a set of agreed reviews.

So far 412 schools and 96 sports clubs have joined, and 2,870 staff and volunteer coaches have been
trained. 1,630 storage pots have been placed in first aid kits.

<<Q:Before the programme, 17% of knocked-out permanent teeth arriving at the dental hospital had been
replanted at the scene; in the two years since, 61% have been.>> <<Q:The median time from injury to
being seen by a dentist fell from 5 hours 40 minutes to 1 hour 50 minutes.>> <<Q:Teeth still in place
and healthy one year after injury rose from 29% to 68%.>>
"""),
        ("spread", "Spread", """
The first aid routine is now part of the council's school first aid guidance, and the county sports
partnership includes it in its safeguarding and welfare course for all new coaches. Two other dental
schools have asked for our training materials, and the national society for paediatric dentistry has
featured the pathway in its newsletter. We teach every dental student and dental therapy student the
phone pathway in their final year.

The follow-up schedule for each child, with the x-rays and checks needed at each review, has been
adopted by the regional paediatric dentistry network. Where children live too far from the dental
hospital, reviews are carried out by their own dentist using the same checklist, and the results are
sent back to us so that we can pick up early signs of root damage.
"""),
        ("value", "Value", """
The storage pots cost £2.40 each. Training sessions are run by dental students as part of their
community placement, supervised by our staff, so the cost to schools and clubs is nothing. A dental
implant for a young adult, with bone grafting and the years of appliances before it, can cost the NHS
several thousand pounds, and the loss of a front tooth in childhood affects confidence, schooling and
friendships.

The phone pathway has not needed new staff. It relies on the existing on-call rota for paediatric
dentistry, and the extra calls average fewer than two a week. The dental students' teaching sessions
have become one of the most popular parts of their community placement, and they tell us that
standing up in front of a school hall full of teachers has done wonders for their confidence.
"""),
        ("stakeholders", "Stakeholder involvement", """
<<S:School nurses from the council's service helped us design the first aid card, and after testing
it with PE teachers they asked us to take out the Latin names for teeth and to use a photograph
instead of a diagram.>> <<S:The emergency department's nurse practitioners and the maxillofacial
registrars worked with us on the phone pathway and asked for a direct line to the on-call paediatric
dentist rather than a switchboard, which is now in place.>> <<S:Club welfare officers from the sports
partnership tested the storage pots in first aid kits over a football season and told us the original
glass bottles broke in kit bags, so we changed to plastic.>>

Children in the schools took part in the assemblies where the routine was taught. Parents of injured
children were sent our leaflet on what to expect at follow-up. We asked parents to fill in a short
questionnaire after the first review appointment, and their answers were positive, so nothing needed
to change. We would like to set up a young people's panel to help us make a short video for
secondary schools in 2025.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1971  facial fractures missed in police custody - docx - numbered
#        questions - police custody inspector, plain - police force with the
#        maxillofacial unit and a private custody healthcare contractor -
#        detainees and staff involved - NO quantitative evidence (detainees
#        assessed, officers trained, one figure with no baseline, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1971", format="docx", layout="numbered_questions", topic="custody_facial_fracture_recognition",
    project="independent124-jawcheck-1971", docx_font="Arial",
    title="Jaw Check: recognising broken jaws and facial fractures in people held in police custody",
    cover=[
        "Primary entrant: Brackenshire Constabulary, Criminal Justice and Custody Command",
        "Partners: Brackenshire Royal Infirmary NHS Foundation Trust (Oral and Maxillofacial Surgery); Meridale Custody Health Ltd (healthcare provider in the force's custody suites)",
        "Submitted by Inspector Daniel Ogunleye, Custody Improvement Lead",
    ],
    primary_entrant=dict(name="Brackenshire Constabulary", type="emergency_service"),
    partners=[
        dict(name="Brackenshire Royal Infirmary NHS Foundation Trust", type="nhs_trust"),
        dict(name="Meridale Custody Health Ltd", type="private"),
    ],
    sections=[
        ("context", "1. What was the problem and why did it need a partnership?", """
Brackenshire Constabulary has four custody suites and detains around 21,000 people a year. A
significant number of them have been in a fight before they are arrested, often late at night and
often after drinking. Many have a swollen face, a cut lip or a bloody mouth. Most of these injuries
are minor. Some are not. A broken lower jaw, a fractured cheekbone or a fracture around the eye
socket can look very similar to bruising, and a drunk person with a broken jaw may not complain of
much pain until the alcohol wears off.

A missed jaw fracture is dangerous in custody. The person may not be able to swallow their saliva or
clear blood from their mouth, they may vomit, and if they fall asleep on their back in a cell the
airway can become blocked. Fractures around the eye can trap the eye muscles or bleed behind the eye
and threaten sight. Fractures that are found late are harder to repair and more likely to become
infected.

In 2022 two detainees were transferred to hospital from our cells several hours after arrival with
fractures that had been missed at booking-in, one of whom needed emergency airway management. An
independent review found that custody officers had recorded 'facial injury, refused medical' and
'minor swelling' without anyone looking inside the person's mouth or checking whether their teeth
met properly. Healthcare staff in the suites were nurses and paramedics with wide experience, but
facial fractures were not something they had been taught to assess.

Custody is a difficult place to examine a face. People arrive agitated, intoxicated or frightened, and
many do not want to be touched. The healthcare professional may have only a few minutes at booking-in
and may not see the person again for hours. Lighting in cells is poor, and a detainee who is asleep is
usually left to sleep. Officers carry out regular cell visits and rousing checks, but those checks are
designed to spot a head injury or the effects of drink and drugs, not a mouth that cannot close
properly or blood collecting at the back of the throat.

The hospital's maxillofacial team were seeing the other end of the same problem. People were arriving
at their clinic days after release from custody with fractures that had started to heal in the wrong
position, or with infections that had spread from a break through a tooth socket. Some had been told
in custody that they had bruising and should take painkillers.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
Jaw Check was introduced in all four suites in April 2023. Anyone booked in with an injury to the
face has a six-point check by the custody healthcare professional: can they bite together normally,
is there a step along the jaw or teeth, is there numbness of the lip or cheek, is there double vision,
is there bleeding inside the mouth, and can they open their mouth fully. Any positive answer means a
photograph of the face and mouth is sent securely to the on-call maxillofacial registrar, who advises
within 30 minutes whether the person needs to go to hospital now, can be seen in the morning clinic,
or can stay in custody with a set of checks.

Between April 2023 and March 2025, 3,412 detainees with facial injuries were checked, and 486
photographs were sent to the registrar. 118 people were taken to hospital, of whom 71 had a fracture
confirmed. The registrar's advice was given within 30 minutes in 94% of cases.

All 640 custody officers and detention officers have completed the Jaw Check e-learning. Our target is
for every detainee with a facial injury to have the six-point check recorded within one hour of
arrival, and we are working towards it.
"""),
        ("spread", "3. How has the work been shared or spread?", """
The National Police Chiefs' Council custody forum has asked us to present Jaw Check at its next
meeting. Meridale Custody Health has added the six-point check to its clinical guidance for the seven
other police forces where it provides custody healthcare. The maxillofacial unit has used our
photographs, with consent, in teaching for emergency department staff.

We have learned that the hard part was not the clinical questions, which the maxillofacial team knew
well, but fitting them into the busy and sometimes hostile first hour of custody. Anyone copying this
should plan around the booking-in desk and the cell hatch, not around an examination room.
"""),
        ("value", "4. What difference has it made to people and staff, and is it value for money?", """
The main cost is the registrar's time, which is about five minutes for each photograph. The secure
photo link already existed for other purposes. Each emergency transfer avoided saves two officers a
journey to hospital and several hours of their time. For the person detained, a fracture found early
can mean a simpler operation and less risk of a blocked airway in a cell.

For officers, the check has removed an uncomfortable judgement. Custody sergeants have told us that
before Jaw Check they often had to decide whether to send someone to hospital on the basis of a
description over the phone, knowing that an unnecessary trip would take officers off the street for
half a night, and an unnecessary delay could put a life at risk. The registrar's advice gives them a
clear answer that they can record and stand behind.
"""),
        ("stakeholders", "5. Who was involved and how?", """
<<S:Custody sergeants and healthcare professionals from all four suites met with the maxillofacial
registrars and consultants at three workshops, and it was the custody nurses who reduced the original
twelve questions to six that can be done through a cell hatch if needed.>> <<S:The registrars tested
the photo advice line for a month and asked for a standard set of three photographs, front, side and
open mouth, which is now on the form.>> <<S:Detention officers told us they often notice a detainee
struggling to drink or eat before anyone else does, so a 'cannot drink' prompt was added to the cell
visit record.>>

<<P:We also asked people who had been held in custody with a facial injury, through the independent
custody visitors' scheme and a local drug and alcohol service, what would have made them accept a
check, and several said they refused because they thought it meant staying longer in the cell, so the
healthcare professional now explains at the start that the check will not delay their release.>>
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1972  glaucoma backlog sorted by risk in community optometry - pdf -
#        CAPS headings - LOC chair, brisk - local optical committee with the
#        acute trust eye department and the ICB - patients (a glaucoma cafe)
#        and staff involved; an SPC shift as one claim - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1972", format="pdf", layout="caps_headings", topic="glaucoma_backlog_risk_stratification_optometry",
    project="independent124-pressurepoint-1972", pdf_font="DejaVuSans", pdf_align="L",
    title="Pressure Point: sorting the glaucoma follow-up backlog by risk, on the high street",
    cover=[
        "Lead: Tamsford and Rye Local Optical Committee",
        "With: Tamsford General Hospital NHS Foundation Trust (Ophthalmology) and NHS Tamsford, Rye and Marden Integrated Care Board",
        "Entrant: Chair, Tamsford and Rye Local Optical Committee",
    ],
    primary_entrant=dict(name="Tamsford and Rye Local Optical Committee", type="primary_care"),
    partners=[
        dict(name="Tamsford General Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="NHS Tamsford, Rye and Marden Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
By the end of 2021 the hospital eye service in Tamsford had just over 7,400 glaucoma and suspected
glaucoma patients waiting past the date they should have been seen. Some were eighteen months
overdue. Glaucoma damages the optic nerve slowly and without symptoms, and sight that is lost does
not come back. A patient who is a few months late for a check may come to no harm; a patient whose
pressure is high and rising may lose a large part of their field of vision in the same time.

The hospital's booking list was in date order. Nobody could tell which of those 7,400 people were at
high risk and which were stable, because the only way to find out was to see them, and there were not
enough clinic slots to see them. Meanwhile the 46 optometry practices in the area had the equipment
to measure eye pressure, scan the optic nerve and test the visual field, and many of their
optometrists held higher qualifications in glaucoma.

We had also heard directly what the wait felt like. The idea of a quick community check for everyone
on the backlog, rather than waiting for a hospital slot, was first put to the eye department at the
Tamsford Glaucoma Cafe. <<P:Members of the cafe, all living with glaucoma, told the consultants that
they would rather have a check at their own optician within a month than wait a year for the hospital,
and several volunteered to be the first to try it.>>

There was also a question of trust to overcome. Some consultants were uneasy about handing monitoring
to the high street, and some optometrists were uneasy about taking on patients with a serious eye
disease without being sure that the hospital would act quickly on what they found. The partnership
had to give both sides confidence: agreed equipment standards, a shared protocol, a named consultant
for each week's reviews, and a guarantee that any patient placed in the urgent group would be seen
within two weeks.
"""),
        ("evidence", "WHAT WE DID AND WHAT CHANGED", """
Patients on the overdue list were offered an appointment at a participating practice near home. The
optometrist measures pressure, takes a scan of the optic nerve and a visual field test, and uploads
the results to the hospital's electronic record. A consultant or specialist optometrist in the eye
department reviews them within two weeks and places the patient in one of three groups: see in
hospital urgently, stay on the hospital list at the right interval, or be monitored in the community.

Between March 2022 and February 2024, 5,960 patients had a community check. Of these, 312 were moved
to an urgent hospital appointment and 2,180 were discharged to community monitoring.

<<Q:The number of glaucoma patients overdue for follow-up fell from 7,420 in December 2021 to 1,150 in
February 2024.>> <<Q:Among patients seen after a wait, those found to have lost further visual field
since their last visit fell from 14.8% in 2021 to 6.1% in 2023.>>

<<Q:We plot the monthly number of patients more than six months overdue on a statistical process
control chart, and from August 2022 there has been a run of nineteen points below the previous mean,
a sustained shift that the hospital's analysts confirmed as special cause improvement.>>

Two patients were found to have pressure above 40 and were seen in hospital on the same day.

Each participating practice has to show that its equipment meets the agreed standard, and each
optometrist either holds a higher qualification in glaucoma or completes the committee's accreditation
course and ten supervised cases. Practices that fall short at the yearly audit are supported to
improve before they take on further patients.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<S:Optometrists from twelve practices helped write the clinical protocol with the glaucoma
consultants, and they insisted on a single upload route into the hospital record rather than email,
which is what we built.>> <<S:The eye department's specialist optometrists trialled the virtual review
for two months and changed the three groups after finding that the original 'low risk' group was too
broad.>> <<S:Practice managers and receptionists told us the booking letters were confusing patients,
so they now phone patients themselves to book.>>

<<P:Glaucoma cafe members also reviewed the patient letter and asked for it to say clearly that they
were not being discharged from the hospital, because that was their biggest worry.>>
"""),
        ("value", "VALUE FOR MONEY", """
A community check is paid at £68, compared with around £130 for a hospital follow-up. The hospital has
released around 2,000 clinic slots a year for new and complex patients.

The ICB funds the community checks from the budget that would otherwise have paid for additional
hospital clinics at weekends, which had been the main alternative considered in 2021. Patients travel less and wait
less.

The patients' travel saving is not trivial. Tamsford covers a large rural area, and a hospital
appointment could mean a round trip of forty miles, a day off work for a relative, and a parking
charge. Most community checks happen within three miles of the patient's home.
"""),
        ("spread", "SPREAD", """
The ICB has made community glaucoma monitoring a permanent service. Two neighbouring optical
committees have adopted our protocol, and we have shared it through the regional eye health network.

The most useful thing we did was to stop treating the backlog as one list. Once every patient had a
recent set of measurements, the hospital could see who truly needed a hospital slot, and the list that
had seemed impossible became manageable. We would encourage other areas to start there.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1973  home monitoring of the second eye in wet AMD - pdf - bullet lists -
#        PRIVATE digital eye health company as primary entrant, with an eye
#        hospital and a macular society branch (ineligible) - product lead,
#        upbeat - patients involved - NO staff involvement (nurses trained,
#        clinicians told, a named lead, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1973", format="pdf", layout="bullet_lists", topic="wet_amd_fellow_eye_home_monitoring",
    project="independent124-othereye-1973", pdf_font="LiberationSans", pdf_align="L",
    title="The Other Eye: home vision monitoring for people already treated for wet macular degeneration",
    cover=[
        "Submitted by Retivue Digital Ltd",
        "In partnership with Wenlow Eye Hospital NHS Foundation Trust (Medical Retina Service) and the Wenlow Macular Support Group",
        "Contact: Head of Product and Clinical Partnerships",
    ],
    primary_entrant=dict(name="Retivue Digital Ltd", type="private"),
    partners=[
        dict(name="Wenlow Eye Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="Wenlow Macular Support Group", type="patient_group"),
    ],
    sections=[
        ("context", "The problem", """
Wet age-related macular degeneration is treated with injections into the eye. Around four in ten
people treated in one eye will develop the disease in the other eye within five years. If the second
eye is treated within days of the change, most central vision can be kept. If it is weeks or months,
vision that matters for reading, faces and driving is lost.

What we knew in 2022:

- the Wenlow medical retina service had about 3,100 patients on injections and a follow-up backlog after the pandemic

- many patients were only being seen every 12 to 16 weeks, and the second eye was checked at those visits

- patients were told to cover one eye and look at an Amsler grid on the fridge, but few did it regularly, and changes in the second eye are easy to miss when the first eye already has poor sight

- audits showed that when the second eye converted, patients had lost a median of two lines of vision by the time it was treated

- the hospital's own review of complaints found several from patients who had noticed a change in their good eye, phoned the clinic, and been given the next routine appointment several weeks away

What The Other Eye does, since January 2023:

- patients use an app on their phone or tablet twice a week to do a short shape and letter test on each eye separately

- results go to a dashboard at the eye hospital; a drop outside the person's normal range creates an alert

- an alert means a call from the medical retina team and a scan within five working days

Why we think this needed a partnership:

- the hospital could not add more clinic visits, but could act quickly on a small number of well-targeted alerts

- our company could build and support the app, but had no way to reach patients or act on results

- the support group knew what older people with poor sight can and cannot manage on a screen
"""),
        ("evidence", "Results", """
We compared second-eye conversions in 2021/22, before the app, with 2023/24, among patients using it.

- <<Q:median time from the patient noticing or the app detecting a change to the first injection in the second eye fell from 38 days to 9 days>>

- <<Q:vision lost in the second eye before treatment started fell from a median of two lines on the chart to less than half a line>>

- <<Q:the proportion of second eyes that could still read the top half of a newspaper after a year went up from 52% to 79%>>

- 1,240 patients are using the app; 88% complete at least one test a week

- 412 alerts were raised, and 96 led to a second eye being treated

- alerts are reviewed by the medical retina team every working day; the median time from alert to a phone call is one working day

- 37 patients stopped using the app in the first year, most often because their sight in both eyes had become too poor to do the test
"""),
        ("stakeholders", "Who was involved", """
- <<P:the Wenlow Macular Support Group tested six early versions of the app at their monthly meetings, and members asked for larger buttons, a spoken voice for the instructions and a high-contrast yellow-on-black setting, all of which are in the app today>>

- <<P:two members who live alone and have no smartphone tried a tablet loan with us, and their feedback is why we now lend tablets with the app already installed and a prepaid data SIM>>

- <<P:carers of people with memory problems told us the twice-weekly reminder was too easy to dismiss, so it now repeats until the test is done>>

- the hospital's ophthalmic nurses were trained on the dashboard before launch

- consultants were told about the alerts at the medical retina team meeting

- Dr Priya Anand, Consultant Ophthalmologist, was the clinical safety officer for the deployment, as required by the clinical risk standard

- we plan to set up a clinician advisory group with the hospital and two other eye units in 2025
"""),
        ("value", "Value", """
- the app licence costs £4 per patient per month, and the tablet loan scheme around £110 per device

- each second eye treated earlier keeps reading and driving vision for longer, and sight loss is a major cause of falls, depression and loss of independence

- patients say they feel reassured that someone is watching their good eye between appointments

- the hospital has not needed to add clinic capacity; alerts are handled within the existing urgent scan slots

- the tablet loan scheme has been funded by a local charitable trust for its first two years
"""),
        ("spread", "Spread", """
- two further eye hospitals are running the app with their medical retina patients

- the support group has presented the project at the macular charity's national conference

- we are adding a link to community optometrists so that they can see results when patients attend for a sight test

- the app's test design and alert thresholds have been published so that other developers and eye units can examine them

- we are seeking funding for an independent evaluation with a university health economics team
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1974  hearing aid maintenance drop-ins in libraries - docx - no headings -
#        council libraries manager, chatty - council with the NHS audiology
#        department and a hearing loss charity - hearing aid users involved
#        (volunteers with lived experience) - NO staff involvement (library
#        staff trained, audiologists briefed, a named audiologist doing her
#        job, a staff survey that changed nothing)
# ---------------------------------------------------------------------------
entry(
    id="I1974", format="docx", layout="no_headings", topic="hearing_aid_maintenance_library_drop_ins",
    project="independent124-tubesandbatteries-1974", docx_font="Georgia",
    title="Tubes, Batteries and a Cup of Tea: hearing aid drop-ins at Fennick libraries",
    cover=[
        "Fennick Borough Council, Libraries and Community Hubs, with Fennick and Ashby Hospitals NHS Trust (Adult Audiology) and HearWell Fennick (hearing loss charity)",
        "Entry written by the Libraries and Community Hubs Manager",
    ],
    primary_entrant=dict(name="Fennick Borough Council", type="local_authority"),
    partners=[
        dict(name="Fennick and Ashby Hospitals NHS Trust", type="nhs_trust"),
        dict(name="HearWell Fennick", type="charity"),
    ],
    sections=[
        ("context", None, """
I should say straight away that libraries are not where most people would expect a patient safety
story to start. But ours began at the enquiry desk at Fennick Central, where staff kept being asked
the same question by older customers: "Do you know where I can get new tubes for my hearing aid?" The
honest answer was the hospital, two buses away, by appointment, on weekdays.

NHS hearing aids need looking after. The thin plastic tube that carries sound into the ear goes hard
and yellow and should be changed every few months. Wax guards block. Batteries run out. When any of
this happens the aid stops working or whistles, and many people simply put it in a drawer. The
audiology department told us that a large share of their repair appointments were for tubing and
wax guards, jobs that take five minutes, and that waits for repairs had stretched to several weeks.

Why is this a safety issue? Because people who cannot hear miss things that keep them safe. They
mishear instructions about their medicines, do not hear the smoke alarm or the doorbell, nod along in
appointments without understanding, and withdraw from company. Untreated hearing loss is linked to
falls and to a faster decline in memory. One of our regular customers, a retired engineer, told us he
had taken the wrong dose of his blood thinner for a week because he misheard the pharmacist and was
too embarrassed to ask again.

The hospital audiology department serves the whole of Fennick and Ashby, about 330,000 people, from
one site on the edge of town. Parking is difficult and the bus service is patchy. For a frail older
person, a repair appointment can mean a taxi each way and a morning's wait, all to have a tube changed.
Many simply do not go. Postal battery requests existed, but few people knew about them and the forms
were hard to fill in.

Libraries, on the other hand, are everywhere. We have five branches, two mobile libraries and a home
library service, and most of our older customers come in at least once a week. They already trust us.
It seemed obvious, once someone said it out loud, that we could be part of the answer.
"""),
        ("stakeholders", None, """
HearWell Fennick is a small charity run largely by people who wear hearing aids themselves.
<<P:Its volunteers, all hearing aid users, worked out with us what a drop-in should look like: they
told us it had to be in a quiet corner rather than the main floor, that it needed a hearing loop, and
that people would come more readily if it felt like a social group rather than a clinic, which is why
there is always tea.>> <<P:Two of the volunteers wrote the step-by-step retubing card that we now hand
out, and they changed the wording three times after watching other users try to follow it.>> <<P:A
woman who had stopped wearing her aids after a stroke, and came to the first drop-in with her
daughter, suggested the large-print battery calendar that is now given to everyone.>>

Library staff at the five branches were trained by the audiology department to retube aids, change
wax guards and hand out batteries. The hospital's audiologists were briefed on the scheme at a team
meeting. Sarah Whitcombe, the lead audiologist for rehabilitation, signed off the training and the
list of problems that must be referred back to the hospital, as is her role. We sent a short
questionnaire to library staff after six months and the replies were positive, so the scheme carried
on as it was.
"""),
        ("evidence", None, """
The drop-ins started in May 2023 at Fennick Central and now run weekly at five libraries, on
Saturdays as well as weekdays. In the first eighteen months there were 4,960 visits. 3,210 aids were
retubed, 2,780 wax guards changed and 11,400 batteries handed out. 214 people were referred back to
the hospital for problems we cannot fix, such as a broken aid or a sudden change in hearing, and the
hospital sees those people within a week.

<<Q:Routine repair appointments at the hospital audiology department fell from an average of 610 a
month before the drop-ins to 240 a month in the most recent six months.>> <<Q:The wait for a hospital
repair appointment went down from 6 weeks to 9 days.>> <<Q:Among the people audiology asked at their
annual review, the share who said they wore their hearing aids every day rose from 54% to 73%.>>
"""),
        ("value", None, """
The drop-ins use library space that we already have and staff who are on duty anyway. Batteries and
tubing are supplied by the hospital, which buys them in bulk. The charity's volunteers give their
time. Every routine repair that no longer needs a hospital appointment frees an audiologist for
people with complex needs, and every person who keeps wearing their aid is better able to hear their
GP, their pharmacist and their family.

There is also something harder to measure. Several people told us the drop-in is the only time in the
week they leave the house. One gentleman, 94, brings his late wife's hearing aid box each week, because
it is the one she kept her batteries in.
"""),
        ("spread", None, """
The audiology department is talking to the neighbouring borough's libraries about copying the
scheme, and HearWell Fennick has shared the retubing card with hearing loss charities across the
region. We have presented the work at the national libraries' health and wellbeing network, where a
number of library services asked for our training outline.

What we would say to another library service is that you do not need to be experts. The skills
involved are simple and can be taught in an afternoon, and there is a clear list of things you do not
try to fix. What matters is being open, being near, and being somewhere people already go. We would
also say: talk to the people who wear hearing aids first. They know exactly what goes wrong, and
they will tell you.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1975  sudden hearing loss treated as earwax or a cold - pdf - two columns
#        - GP federation clinical lead, clinical - GP federation with the ENT
#        and audiology departments and the local pharmaceutical committee -
#        patients (passive voice) and staff involved; claims in words
#        ('halved', 'a third fewer') - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1975", format="pdf", layout="two_column", topic="sudden_sensorineural_hearing_loss_primary_care",
    project="independent124-suddenlysilent-1975", pdf_font="LiberationSans",
    title="Suddenly Silent: getting sudden hearing loss treated within days, not weeks",
    cover=[
        "Lead organisation: Orrisdale GP Federation",
        "Partners: Orrisdale and Wyke Hospitals NHS Trust (ENT and Audiology); Orrisdale Local Pharmaceutical Committee",
        "Entry by the Federation's Clinical Lead for Elective Pathways",
    ],
    primary_entrant=dict(name="Orrisdale GP Federation", type="primary_care"),
    partners=[
        dict(name="Orrisdale and Wyke Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Orrisdale Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "The problem", """
Sudden sensorineural hearing loss is a loss of hearing in one ear that comes on over hours or a few
days, caused by a problem in the inner ear or the hearing nerve rather than a blockage. It is uncommon,
and it is an emergency. Treatment with steroids works best when it is started within a few days, and
a small number of cases are caused by a stroke or a tumour on the hearing nerve that needs to be found.

In general practice, and at the pharmacy counter, sudden deafness in one ear is usually put down to
earwax or a cold. People are told to use olive oil drops for two weeks and come back if it does not
clear. By then the chance of recovery has dropped a long way. When our ENT colleagues reviewed two
years of referrals, the median time from the start of the hearing loss to being seen in the hospital
was 26 days, and very few patients had had a simple tuning fork test in primary care.

The Orrisdale federation covers 31 practices and 290,000 people. We agreed with the hospital and the
pharmacy committee that something had to change in how this one symptom was handled, wherever the
patient first turned up.

Part of the difficulty is that sudden hearing loss is genuinely hard to tell apart from a blocked ear.
Both feel like cotton wool in the ear, both can come with a ringing noise, and both can follow a cold.
A GP who sees one case every year or two, at the end of a ten-minute appointment, cannot be expected to
remember the details. What helps is a quick bedside test. A tuning fork placed on the forehead sounds
louder in a blocked ear and quieter in an ear where the inner ear has been damaged, and a whisper test
confirms which side is affected. Both take under a minute, but few practices had a tuning fork and few
clinicians had used one since training.

Pharmacists face the same problem at the counter. Many people with sudden deafness go first to their
pharmacy and buy ear drops, and the pharmacist has no way of examining the ear or of getting the person
seen quickly by a specialist.
"""),
        ("evidence", "What happened", """
Since February 2023, anyone who reports hearing loss in one ear that came on within the last month,
with no obvious wax on inspection, has a whisper test and a tuning fork test in the practice or
pharmacy. If these suggest an inner ear cause, they are sent the same day to a rapid ENT and audiology
slot, which runs every weekday morning. Pharmacists can refer directly through the same route.

<<Q:The median time from onset to being seen in the hospital has more than halved, from 26 days to 9
days.>> <<Q:Patients starting steroids within 14 days of onset went up from 22% to 71%.>> <<Q:A third
fewer patients were left with a severe permanent loss in the affected ear at their three-month hearing
test than in the two years before.>>

407 patients have used the rapid slot. Eleven had an MRI scan that found a cause needing further
treatment.
"""),
        ("stakeholders", "Involvement", """
<<P:The referral card given to patients was written after interviews with people who had lost hearing
suddenly, several of whom had been told it was wax, and it now begins with the words 'This is not
earwax'.>> <<P:The pathway was also tested with members of the Orrisdale Hearing Loss Group, who asked
that the same-day slot be offered by text message because a phone call is hard when you have just
lost hearing in one ear.>>

<<S:Practice nurses and healthcare assistants, who see many of these patients in ear care clinics,
helped design the quick checks and asked for a tuning fork in every clinic room, which the federation
bought.>> <<S:Community pharmacists tested the referral route over three months and asked for a
direct ENT phone number for weekends, which the hospital agreed.>>

The federation's clinical governance group oversaw the project, and the hospital's ENT department
provided a short teaching session at each of the three locality education afternoons. <<S:ENT consultants and audiologists
changed the rapid clinic from afternoons to mornings after practices said that most patients came to
them first thing.>>
"""),
        ("value", "Value", """
The tuning forks cost £14 each. The rapid slots were created by changing how existing ENT clinics are
booked. Permanent single-sided deafness can mean hearing aids or an implant, loss of work and a higher
risk of accidents, so each ear saved matters a great deal to the person and to the NHS.

Patients we spoke to after using the rapid slot described the relief of being taken seriously. Several
said they had expected to be told to wait for the wax to soften. The federation has found that
clinicians are also more willing to examine ears properly now that there is somewhere to send people
the same day.
"""),
        ("spread", "Spread", """
The pathway has been adopted by the other two federations in the ICB area, and the pharmacy committee
has included it in its minor illness training for all pharmacists. We have published the protocol on
the regional ENT network website.

We learned that the pathway only works if the first clinician does the quick tests. Posters and
letters made little difference; a tuning fork in the room and a two-minute demonstration did. Any area
wanting to copy this should put its effort there.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1976  sight tests in special schools - docx - form table - charity
#        schools lead, direct - learning disability eye care charity with the council
#        SEND service, an optical committee and the community paediatric eye
#        service - staff involved - NO patient involvement (children tested,
#        parents sent letters, parents updated at a meeting) - NO quantitative
#        evidence (tests done, glasses supplied, a single figure)
# ---------------------------------------------------------------------------
entry(
    id="I1976", format="docx", layout="form_table", topic="special_school_sight_tests",
    project="independent124-seeingschool-1976", docx_font="Calibri",
    title="Seeing at School: sight tests in special schools for children who cannot manage a high street eye test",
    cover_table=[
        ("Title of entry", "Seeing at School: sight tests in special schools for children who cannot manage a high street eye test"),
        ("Lead organisation", "Clearsight Learning Disability Eye Care (charity)"),
        ("Partner organisations", "Brayfield City Council (Special Educational Needs and Disabilities Service); Brayfield Local Optical Committee; Brayfield Community Health NHS Trust (Children's Orthoptic Service)"),
        ("Name and role of entrant", "Schools Programme Lead"),
    ],
    primary_entrant=dict(name="Clearsight Learning Disability Eye Care", type="charity"),
    partners=[
        dict(name="Brayfield City Council", type="local_authority"),
        dict(name="Brayfield Local Optical Committee", type="primary_care"),
        dict(name="Brayfield Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and its safety goals.", """
Children with learning disabilities are many times more likely to have a sight problem than other
children, and far less likely to have it found. A high street eye test relies on a child sitting
still in a dark room, reading letters or naming pictures, and putting up with a stranger close to
their face. For a child who is autistic, who has no speech, or who uses a wheelchair in a small shop,
that test often cannot happen. Families are routinely turned away or told to 'come back when he is older'.

Undiagnosed sight problems in these children are not a small thing. A child who cannot see clearly
may trip and fall, may be frightened and distressed without anyone knowing why, may be labelled as
having challenging behaviour, and may miss out on learning. Some conditions, such as a lazy eye, can
only be treated while the child is young.

Brayfield has seven special schools with about 1,150 pupils. Before this project, there was no sight
testing in any of them. The hospital orthoptic service saw children only if referred, and most were
not.

Our safety goals were: every pupil in a special school offered a sight test in school every year;
glasses that are made to fit and survive daily life; and a clear route to the hospital for any child
with signs of eye disease.

No single organisation could do this. The council runs the special schools but employs no eye care
staff. The community trust's orthoptists are skilled with children who find testing hard, but they are
few and hospital based. High street optometrists can prescribe and supply glasses under the NHS
system, but most had never worked in a special school. Our charity has spent fifteen years developing
ways of testing sight that work for people with learning disabilities, and we could bring the parts
together.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Testing started in September 2023. An optometrist and an orthoptist visit each school for two or three
days a term, using tests that need no reading or talking. Glasses are made with flexible frames and
straps where needed, and are delivered and fitted in school. A written report in plain words goes to
the parents and to the class teacher.

In the 2023/24 school year, 1,034 children were tested. 389 needed glasses, and 412 pairs were
supplied, including spare pairs kept at school. 47 children were referred to the hospital eye service.
For 291 children it was their first ever sight test.

Of the 47 children referred to hospital, 12 were found to have a condition needing treatment, including
two with cataracts and several with a lazy eye that is now being patched. Each school now holds a
record of every pupil's glasses prescription and a note of how the child prefers to be tested, so
that the next visit is easier for the child.

At the end of the year, class teachers said that 78% of children given glasses were wearing them for
most of the school day.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Teaching assistants in the first two schools sat in on the tests and told the optometrists which
children would cope better in their own classroom than in a separate room, and testing in class is
now the normal approach.>> <<S:Dispensing opticians from three practices tested different frames with
school staff and chose the ones that stood up to a term of daily use.>> <<S:The orthoptists and the
optometrists agreed together which findings needed a hospital referral, after the orthoptists found
that the first version of the referral rules sent too many children unnecessarily.>> <<S:School
nurses changed the consent form after finding that parents were not returning the first version.>>

Children were tested in their own schools, in familiar surroundings. Parents were sent a letter and a
report after each test. The project was presented at the council's annual SEND information event, where
parents were updated on progress.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The sight tests and glasses are paid for through the NHS sight test and voucher system, with the
council paying for staff time in school. A single missed referral for a serious eye condition can cost
far more in the long run. Teachers have told us that some children have become calmer and more
engaged once they could see.

There are gains for schools too. A child who can see the board, the teacher's face and the signs and
symbols used in class is easier to teach and less likely to become distressed. Before the programme,
several schools were arranging their own escorted trips to opticians, taking a teaching assistant
away from a class for half a day for each child, often with no result because the child could not
manage the test.
"""),
        ("spread", "How has the work been shared and spread?", """
The council has written sight testing into the service level agreement for all of its special
schools. We have shared our approach with the regional network of special school head teachers and with
other eye care charities.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1977  sight tests after a fall at home - pdf made from Word, style
#        headings - ambulance service falls lead, reflective - ambulance
#        service with a domiciliary optometry company, the community trust's
#        falls service and the council - patients and staff involved (crews
#        told by pronoun) - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1977", format="pdf", layout="style_headings", topic="falls_home_sight_test_referral",
    project="independent124-lookingup-1977", render_via="soffice", docx_font="Liberation Serif",
    title="Looking Up: sight tests at home for older people after a fall",
    cover=[
        "Lead organisation: North Ranmoor Ambulance Service NHS Trust (Falls Response and Clinical Pathways)",
        "Partners: Homesight Optometry Ltd (domiciliary eye care provider); Ranmoor Community Healthcare NHS Trust (Community Falls Service); Ranmoor County Council (Adult Social Care)",
        "Prepared by the Consultant Paramedic for Falls and Frailty",
    ],
    primary_entrant=dict(name="North Ranmoor Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Homesight Optometry Ltd", type="private"),
        dict(name="Ranmoor Community Healthcare NHS Trust", type="nhs_trust"),
        dict(name="Ranmoor County Council", type="local_authority"),
    ],
    sections=[
        ("context", "Background", """
Our ambulance crews go to around 34,000 falls a year in people aged over 65 at home. Most of these
people are not badly hurt and, after an assessment, stay at home. We refer many of them to the
community falls service, which looks at strength and balance, medicines, blood pressure and the home.

One question was hardly ever asked: when did you last have your eyes tested? Poor sight is one of the
most common and most easily fixed causes of falls in older people. Cataracts, out-of-date glasses,
wearing reading glasses to walk around, and bifocals on the stairs all play a part. Many of the
people we lift from the floor have not had a sight test for years, often because they cannot get to
an optician. They are entitled to a free NHS sight test at home if they cannot leave the house
unaccompanied, but most do not know that, and their GP and carers often do not either.

In 2022 a paramedic team leader in our southern division reviewed 200 repeat falls call-outs. In more
than a third of cases the crew had recorded something about the person's sight, such as 'not wearing
glasses', 'glasses broken' or 'says cannot see well', but nothing had been done with that
information. Nobody had a route to pass it on.

One call in that review stays with the team leader who did it. A woman of 87 was attended three times
in seven weeks after falling at home. On each occasion the crew noted that her glasses were 'held
together with tape'. On the third occasion she had broken her wrist. When the falls service eventually
arranged a sight test, she was found to have dense cataracts in both eyes and a prescription that had
not been changed for nine years. After cataract surgery and new glasses she told us she had been
'walking around in a fog' and had assumed it was just her age.

The falls service and the council's reablement teams told us that they, too, often noticed poor
eyesight but had no easy way to get a test arranged at home. Domiciliary optometry providers, for
their part, wanted referrals but depended on people or their families finding them. Everyone held a
piece of the solution.

There was a further reason to act. People who fall and are not taken to hospital are at high risk of
falling again, and the weeks after a first fall are when a simple change can make the biggest
difference. A crew attending a fall is often the only professional to see the inside of the person's
home, the lighting, the stairs, and the glasses on the kitchen table with a cracked lens. We wanted
to make use of what crews see.
"""),
        ("evidence", "Results", """
Since May 2023, crews attending a fall in anyone over 65 ask three questions about sight: when was
your last eye test, do you have glasses that you can see well with, and do you have trouble seeing at
night or on the stairs. If there is a concern, and the person agrees, a referral goes electronically
to Homesight Optometry, which offers a home sight test within three weeks. The optometrist reports
back to the falls service and the GP. Where cataract is found, the referral to the hospital is made
directly.

In the first eighteen months 5,260 people were referred and 4,410 had a home sight test. 2,970 were
given new glasses, and 640 were referred for cataract surgery. 81 were found to have an eye condition
needing urgent treatment, including wet macular degeneration and very high eye pressure.

<<Q:Among people who had a home sight test, repeat 999 calls for a fall in the following six months
were about a third fewer than among people referred in the six months before the scheme started.>>
<<Q:Falls that led to a hip fracture in this group went down from 74 to 49.>>

We are aware that the falls service has also improved in other ways during this time, so we have
compared with people who were referred but declined a sight test, and the difference still holds.
"""),
        ("stakeholders", "Working together", """
The three questions were not written in an office. Paramedics and emergency care assistants in two
stations tried several versions over a month in the winter of 2022. <<S:They found that asking 'can
you see well?' almost always got the answer 'yes', and they replaced it with the question about night
and stairs, which picks up far more problems.>> <<S:Crew members also asked for the referral to be one
tap on the electronic patient record rather than a phone call, because they are often on to their
next job within minutes, and the digital team built it that way.>>

<<S:Homesight's optometrists worked with the community falls physiotherapists to agree what the
report should include, and the physiotherapists asked for a note on whether the person should avoid
varifocals, which is now a standard line.>> <<S:Council reablement workers told us people were often
given new glasses but kept wearing the old ones, so the optometrists now take the old pair away with
the person's agreement.>>

<<P:We invited people who had been referred in the first three months to a session at a day centre,
and eleven came; they told us the text message confirming the home visit looked like a scam, so it
now comes with the ambulance service's name and the name of the optometrist who will visit.>> <<P:One
of them, a former district nurse, helped us rewrite the leaflet crews leave behind, to explain in
plain words that the test is free.>>
"""),
        ("value", "Value for money", """
NHS domiciliary sight tests and glasses vouchers are already funded nationally, so the main cost has
been the referral system and the time of a coordinator at Homesight, paid by the council. A hip
fracture costs the NHS and social care more than £20,000 and often leads to a move into a care home.
Every fall we do not have to attend frees a crew for someone else.

For crews, the scheme has turned a frustration into something they can act on. Paramedics spend a
great deal of time on falls where they can do little beyond checking for injury, helping the person
up and leaving advice. Being able to make a referral that visibly leads to something, and hearing
back that someone now has glasses that work or a date for cataract surgery, has been good for morale.
"""),
        ("spread", "Spread and sustainability", """
The three questions are now in the ambulance service's falls assessment template across the whole
service area. The community falls service has added the same questions to its own first visit. Two
other ambulance services have asked for our electronic referral specification, and the national
falls network has invited us to present the results.

Our advice to other services is to keep the questions short and the referral simple. Crews will ask
three questions if they can see the point of them and if referring takes seconds. Anything longer
would not have survived a busy winter. We also learned to give feedback: every month each station
receives a short summary of what happened to the people they referred, and referral numbers rise each
time it goes out.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1978  eye tests and glasses for people sleeping rough or in hostels - pdf
#        with appendix - homelessness charity director, passionate -
#        homelessness charity with a university optometry school and the
#        local optical committee - hostel residents involved - NO staff
#        involvement (hostel staff trained, students supervised, a named
#        optometrist, a staff plan) - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I1978", format="pdf", layout="with_appendix", topic="homeless_eye_tests_glasses",
    project="independent124-clearviewstreet-1978", pdf_font="LiberationSerif", pdf_align="L",
    title="See the Way: eye tests and glasses for people who are homeless in Corrby",
    cover=[
        "Lead: Harbour Street Trust (homelessness charity), Corrby",
        "Partners: Corrby University, School of Optometry and Vision Science; Corrby and District Local Optical Committee",
        "Submitted by the Director of Health and Wellbeing, Harbour Street Trust",
    ],
    primary_entrant=dict(name="Harbour Street Trust", type="charity"),
    partners=[
        dict(name="Corrby University", type="university"),
        dict(name="Corrby and District Local Optical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "Why we started", """
Harbour Street Trust runs a day centre, two hostels and an outreach team for people sleeping rough in
Corrby. On any night we have contact with about 260 people. Their health is far worse than that of
the people around them, and their eyes are no exception.

Glasses are among the first things to go when someone loses their home. They are broken in fights,
stolen, left behind in a move or sat on in a doorway. Many of the people we work with have not had an
eye test for ten years or more. They do not have an address for the optician to send a reminder to,
they are turned away without ID, or they simply never get there because something else is more
urgent that day.

The consequences are real. People who cannot see clearly step into the road, trip on kerbs and stairs,
misread the labels on their medicines, and cannot fill in the forms that would get them housing or
benefits. We have had people injured falling down the hostel stairs at night. Serious eye diseases,
such as glaucoma, diabetic eye disease and cataracts, go unnoticed until the person is nearly blind.
One man we knew had lost the sight in one eye to a detached retina that he had felt coming on for
weeks but had nowhere to take.

The mainstream system is not designed with homeless people in mind. NHS sight tests are free for
people on certain benefits, but proving entitlement needs paperwork, and glasses vouchers cover only
basic frames, which is fine until they are stolen or broken the following week. Optical practices
are businesses with appointment books and reminders that depend on a fixed address. None of this is
anybody's fault, but the result was that people who most needed to see clearly were the least likely
to be able to.
"""),
        ("evidence", "What has changed", """
Since October 2022 a mobile eye clinic from the university's School of Optometry has come to the day
centre every fortnight. Final-year optometry students carry out full eye examinations under the
supervision of a qualified optometrist, and the optical committee's member practices make up and
deliver glasses free of charge within a week, to the day centre or the hostel. People can choose
their frames, and we keep a spare pair in a named box at the centre for anyone who wants one. Anyone
with signs of eye disease is referred to the hospital eye service, and our health workers go with them
to the appointment.

In the first two years there were 540 eye examinations. 418 people were given glasses, 93 were
referred to the hospital and 37 of those went on to treatment, including cataract surgery and laser
treatment for glaucoma.

<<Q:Falls on the stairs and in the corridors of our two hostels, recorded in our incident log, went
from 63 in 2021/22 to 28 in 2023/24.>> <<Q:Hospital eye appointments kept by people we referred rose
from fewer than one in three before we started going with them to 84% now.>>
"""),
        ("stakeholders", "Who was involved", """
<<P:The clinic was set up the way it is because of the people who use our day centre: a group of
residents from both hostels met with us four times and told us that they would not go to a clinic in
a building they did not know, that they wanted to be seen on a walk-in basis without booking, and
that they needed somewhere safe to keep their glasses at night.>> <<P:The named spare pair box was a
resident's idea, after his glasses were taken from him twice in the same month.>> <<P:Two people who
had slept rough for several years helped the university write the short explanation students give at
the start of each examination, and they cut out a lot of words.>>

Our hostel staff were trained by the university in spotting when someone may need an eye test. The
students are supervised by Dr Hannah Mortimer, a registered optometrist, whose job it is to oversee
their clinical work. We plan to hold a workshop with our support workers next year to see how the
clinic could link with our health checks.
"""),
        ("value", "Value for money", """
The clinic costs the Trust about £9,000 a year for a coordinator's time and transport. The
examinations are part of the students' training, and glasses are made at cost by the optical
practices, with a small grant from a local trust fund. One fall on the stairs that needs an ambulance
and an emergency department visit costs far more than a year of glasses for everybody we see.

What people tell us matters more. 'I could read my housing letter for the first time in two years,'
one man said. Another told us she had not been able to see her grandchildren's faces on her phone
until she got her glasses.

There are benefits for the university too. Students see eye conditions that are rarely found in the
teaching clinic, and they learn to examine people who may be anxious, unwell or intoxicated, and to
adapt the examination to the person in front of them. Several graduates have told us it was the most
important part of their training.
"""),
    ],
    trailer=[
        ("heading", "Appendix: how the clinic runs and where the figures come from"),
        ("para", "The clinic runs every other Tuesday, 10am to 2pm, at the Harbour Street day centre. There is no need for an appointment, an address or identification. Each examination includes vision, glasses prescription, eye pressure, a look at the back of the eye and a field test where the person is able."),
        ("para", "Examination and referral figures are from the university's clinic records. Falls figures are from the Harbour Street Trust incident log for the two hostels, which have had the same number of beds throughout. Attendance at hospital appointments is from our health workers' records."),
        ("para", "Harbour Street Trust, 14 Harbour Street, Corrby. Registered charity."),
    ],
    flags=[
        dict(code="missing_section", criterion="spread"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1979  ocular hypertension discharge letters that never reached an
#        optometrist - docx - rubric headings - consultant ophthalmologist,
#        candid - departments of one acute trust only (eye department,
#        health records, digital services), NO partner (ineligible) -
#        patients and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1979", format="docx", layout="rubric_headings", topic="ocular_hypertension_discharge_letters_lost",
    project="independent124-closingtheeye-1979", docx_font="Cambria",
    title="Nobody's Patient: making sure people discharged with raised eye pressure are picked up in the community",
    cover=[
        "Entrant: Strathwick Hospitals NHS Trust",
        "A joint project of the Trust's Ophthalmology Department, Health Records Service and Digital Services",
        "Lead author: Consultant Ophthalmologist and Glaucoma Service Lead",
    ],
    primary_entrant=dict(name="Strathwick Hospitals NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Describe the patient safety issue and why the partnership was needed", """
Ocular hypertension means the pressure in the eye is higher than normal but there is no damage to the
optic nerve yet. Some people with it go on to develop glaucoma. When the risk is low, national
guidance allows them to be discharged from the hospital and monitored by their community
optometrist, usually once a year, with a letter setting out what to check and when to refer back.

In 2021, under pressure to reduce our glaucoma waiting list, we discharged around 1,900 people with
ocular hypertension to community monitoring. Eighteen months later a patient came back to us through
the emergency eye clinic with advanced glaucoma in both eyes. She had been discharged with a letter
addressed to 'your optometrist'. She did not have a regular optometrist. The letter had gone to her
GP, who filed it. Nobody had checked her eyes since she left our clinic.

When we looked further, we found that discharge letters were printed and posted to the GP, with a copy
to the patient, and the patient was asked to take their copy to an optometrist. Our health records
team did not hold the details of community optometry practices. There was no way for us to know
whether anyone had taken on the patient's care.

This was not a failure of one person. Each department had done what it was asked to do. The clinic
had discharged patients in line with guidance, health records had sent the letters, and the GP
practices had filed them. The gap sat between our departments, and no single team could see it. That
is why we brought together the eye department, health records and digital services as a single
project team with one shared goal: every discharged patient has a named community practice that has
confirmed it will see them.
"""),
        ("evidence", "What evidence is there of improvement?", """
From June 2023 every person discharged with ocular hypertension is asked, before discharge, which
optometry practice they use, and if they have none they are helped to choose one near home. Digital
Services built a directory of all local practices into the patient record so that the discharge
letter goes electronically to the named practice as well as the GP and patient. The practice is asked
to confirm receipt. If there is no confirmation within four weeks, a member of the health records team
phones the patient and the practice. After the first year, a list of patients with no recorded
community check is sent to the glaucoma nurses to follow up.

We also went back through the 1,900 patients discharged in 2021 and 2022. 1,612 were traced and
booked with a practice; 61 were brought back into the hospital service after community checks found
raised pressure or early nerve damage.

<<Q:Discharge letters with a confirmed receiving optometry practice rose from none that we could
confirm in 2022 to 96% of discharges in 2024.>> <<Q:The proportion of discharged patients with a
recorded community eye pressure check within 15 months of discharge went up from 41% to 89%.>>
<<Q:Patients re-referred to the hospital with glaucoma damage that had progressed beyond the early
stage fell from 19 in the year to May 2023 to 4 in the year to May 2024.>>
"""),
        ("spread", "How has the work been shared and spread?", """
The same confirmation process is now used by our medical retina service when discharging patients
with early macular changes, and by the paediatric orthoptic service when discharging children. We have
presented the work to the regional ophthalmology network and at a national glaucoma society meeting.

For other eye departments, our advice is to look hard at what happens after discharge. The safety of
community monitoring depends entirely on the handover, and it is easy to assume that a letter sent is
a letter received and acted on.
"""),
        ("value", "What has been the impact and value for money?", """
The directory and electronic letter cost about £12,000 in development time. The phone calls take about
15 hours a week of health records time. Advanced glaucoma is costly to treat and the loss of sight it
causes cannot be reversed. The single patient whose story began this project is now registered as
severely sight impaired.

The confirmation process has also improved our relationships with local optometrists, who tell us that
they now receive clear letters with the information they need. Staff in the glaucoma service say they
feel more comfortable discharging patients now that they know someone will pick them up.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Health records administrators pointed out that the original plan to write to patients every
four weeks would be ignored, and they suggested the phone call, which is what we do.>> <<S:The
glaucoma nurse specialists redesigned the discharge conversation and wrote a short checklist they use
at every discharge, after finding in a trial that half of patients did not realise they were being
discharged.>> <<S:Digital Services developers sat in clinic for a morning to watch how discharge
letters were produced, and changed the letter template so that the practice's address is filled in
automatically.>>

<<P:The patient whose sight was lost, and her son, met with the glaucoma team twice; she asked that
every discharged patient be told in writing that if they hear nothing from the optometrist within a
year they should ring the hospital, and that sentence is now in every letter.>> <<P:Members of the
trust's eye clinic patient panel tested the new discharge leaflet and asked for it to be printed in
large type on yellow paper, which is easier to read with glaucoma.>>
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1980  a dental therapist's mouth check when someone moves into a care home
#        - docx - sections in an unusual order (who was involved first) -
#        community dental service manager, practical - community trust with
#        a PCN and the council - residents and staff involved (residents
#        told in the value section) - NO quantitative evidence (checks done,
#        plans written, a target, one figure with no baseline)
# ---------------------------------------------------------------------------
entry(
    id="I1980", format="docx", layout="reordered", topic="care_home_admission_dental_check",
    project="independent124-firstweekmouth-1980", docx_font="Arial",
    title="First Week, First Check: a mouth check for everyone moving into a care home",
    cover=[
        "Lead: Wexholme Community Health NHS Trust, Community Dental Service",
        "Partners: Wexholme South Primary Care Network (care home team); Wexholme Metropolitan Borough Council (Adult Social Care Commissioning)",
        "Author: Service Manager, Community Dental Service",
    ],
    primary_entrant=dict(name="Wexholme Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Wexholme South Primary Care Network", type="primary_care"),
        dict(name="Wexholme Metropolitan Borough Council", type="local_authority"),
    ],
    sections=[
        ("stakeholders", "Who was involved", """
<<S:The care home team in the primary care network, made up of two GPs, a care home nurse practitioner
and a clinical pharmacist, worked with our dental therapists to decide what the first-week check
should include; the pharmacist asked for a review of medicines that cause a dry mouth, which became
part of the check.>> <<S:Care home managers from the network's fourteen homes came to two design
sessions and told us that the first week after admission was the busiest time for their staff, so
the check is done by our therapist rather than by home staff.>> <<S:Senior carers in the pilot homes
tried out the mouth care plan template and asked for tick boxes instead of free text, which we
changed.>>

<<P:Families and residents helped too; at Elmcroft House a group of residents and their relatives met
our dental therapist over tea and asked that the check should include whether the person can still
manage their own toothbrush, because several residents did not want carers to take over.>>
"""),
        ("context", "What we were trying to fix", """
When someone moves into a care home, a great deal is assessed in the first few days: medicines,
mobility, skin, nutrition and falls risk. The mouth is almost always left out. Many people arrive
after a hospital stay in which their dentures were lost or their mouth was not cleaned. Others have
not seen a dentist for years. Broken teeth, ulcers, infections and badly fitting dentures go unnoticed
until the person stops eating, becomes distressed or develops a chest infection.

Our dental service kept being called to care homes for emergencies: an abscess in a man with
dementia who had been refusing food for a week, a woman whose denture had been rubbing an ulcer that
turned out to be a cancer, residents whose weight had dropped because eating hurt. In most of these
cases the problem would have been obvious to anyone who had looked in the person's mouth at
admission.

The fourteen care homes in Wexholme South look after about 620 residents, and around 250 people move
into them each year. No dentist in the area was taking on new care home residents, and the homes had
no way of getting a check done quickly.

Care homes cannot solve this alone. Care staff are not trained to examine mouths, and most have no
dental professional to call on. General dental practices are reluctant to take on residents who may
need home visits, longer appointments or special equipment. The community dental service has the
skills but had been set up to respond to referrals, not to check everyone. The primary care network's
care home team visits every home weekly, and was the obvious partner to make the mouth part of the
routine picture of a new resident's health.
"""),
        ("evidence", "What has happened so far", """
Since March 2024 every new resident in the fourteen homes is offered a mouth check by one of our
dental therapists within seven days of arrival. The therapist looks at the teeth, gums, tongue and
dentures, marks dentures with the person's name, writes a mouth care plan for the home, and refers to
the community dental service or a general dental practice if treatment is needed. The findings go
onto the care home team's shared record so that the GP and pharmacist can see them.

In the first twelve months 231 new residents had a check. 184 mouth care plans were written and 146
sets of dentures were marked. 58 residents were referred for treatment, including 9 urgent referrals
for suspected infection or a lesion needing a biopsy.

Our target is for 95% of new residents to have their check within seven days. This year 78% were seen
within seven days. The council has agreed to include the check in its care home contracts from April
2025.

The nine urgent referrals included two residents with abscesses that were treated before they spread,
and one resident whose ulcer was biopsied and found to be an early cancer, now treated. These are
individual cases rather than a measure of change, but they are exactly the kind of problem the check
was designed to find.
"""),
        ("value", "Value for money", """
A dental therapist's check takes about 40 minutes including travel between homes in the same area,
and the service costs around £38,000 a year, funded by the council and the ICB. An emergency
domiciliary dental visit costs more than twice as much as a planned check, and a hospital admission
for a dental abscess or aspiration pneumonia many times more.

Care home staff say they feel more confident about mouth care now that each resident has a plan that
was written for them. Residents who were asked about the check said it was quick and that they liked
having someone explain how their dentures should be cleaned.

Marking dentures has proved more valuable than we expected. Lost dentures are a constant problem in
care homes, especially when residents go into hospital, and a named denture is much more likely to
come back. Replacing a lost set costs the NHS several hundred pounds and can leave the person unable
to eat normally for weeks.
"""),
        ("spread", "Spread", """
The primary care network next door has asked us to extend the service to its eleven homes, and we are
working out how to do this with one more dental therapist. We have presented the work to the ICB's
care home programme board and at the regional community dental services network.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1981  emergency dental care for people seeking asylum in hotels - pdf -
#        form - LDC secretary, matter-of-fact - local dental committee with
#        the ICB, the council and a private hotel operator - staff involved;
#        hotel residents ('guests') involved, told in the value section -
#        no flags
# ---------------------------------------------------------------------------
entry(
    id="I1981", format="pdf", layout="form_table", topic="asylum_hotel_emergency_dental_care",
    project="independent124-toothachehotel-1981", pdf_font="LiberationSans",
    title="No More Waiting in Pain: urgent dental care for people seeking asylum in contingency hotels",
    cover_table=[
        ("Entry title", "No More Waiting in Pain: urgent dental care for people seeking asylum in contingency hotels"),
        ("Lead organisation", "Kelsby and Marne Local Dental Committee"),
        ("Partner organisations", "NHS Kelsby and Marne Integrated Care Board; Kelsby City Council (Refugee and Migrant Support Team); Lanyard Accommodation Services Ltd (hotel operator)"),
        ("Entrant", "Secretary, Kelsby and Marne Local Dental Committee"),
    ],
    primary_entrant=dict(name="Kelsby and Marne Local Dental Committee", type="primary_care"),
    partners=[
        dict(name="NHS Kelsby and Marne Integrated Care Board", type="icb"),
        dict(name="Kelsby City Council", type="local_authority"),
        dict(name="Lanyard Accommodation Services Ltd", type="private"),
    ],
    sections=[
        ("context", "Why was the partnership needed? What were the safety goals?", """
Since 2022 three hotels in Kelsby have been used to house people seeking asylum, with around 700
people staying at any one time, including about 150 children. Many have had no dental care for years.
Some have teeth broken by violence or during their journey, and many have long-standing infections.

Dental pain in the hotels was constant, and the route to help was broken. People were registered
with a GP but not with a dentist, because no practice in the city was taking on new NHS adult
patients. Urgent dental care through NHS 111 meant a phone call in English, often a long way to travel
and an appointment that might be days away. Hotel staff, with no health training, were handing out
painkillers from reception. People turned up at the emergency department with swollen faces at night,
and some had been taking far more paracetamol than is safe. In the winter of 2022 a young man was
admitted to intensive care with a spreading infection of the neck that had started as a dental
abscess, after a week of pain in his hotel room.

Our goals were: anyone in the hotels with dental pain or swelling is seen by a dentist within 48
hours, with an interpreter; nobody with a swelling that affects breathing or swallowing waits in a
hotel; and painkillers are used safely.

Nobody had a clear responsibility. The hotels are run by a private operator under a contract with the
Home Office, with staff who provide accommodation but not care. The council had a small support team
but no health budget. The ICB commissions dental services but had no direct contact with the people in
the hotels. Dental practices were willing to help, but could not take on hundreds of new patients
without extra funding, interpreters and a way of knowing who needed to be seen first.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Since April 2023 four general dental practices have provided two urgent sessions a week for hotel
residents, paid for by the ICB. A council support worker visits each hotel twice a week and uses a
short triage card, with pictures and in nine languages, to book appointments. Anyone with facial
swelling, fever or difficulty swallowing is sent straight to the emergency department with a letter.
Hotel reception desks no longer give out painkillers; instead there is a same-day pharmacy advice
route.

The four practices were chosen because they are on bus routes from the hotels, and the council
provides bus passes for appointments. Interpreters are booked by telephone for every appointment, and
the practices keep a short record of treatment which the person can take with them if they are moved
to another area, so that the next dentist knows what has been done.

In the first eighteen months 1,190 people were seen in the urgent sessions.

Results compared with the twelve months before the scheme: <<Q:emergency department visits for dental
pain or swelling by hotel residents fell from 136 to 41 a year>>; <<Q:hospital admissions for dental
infections fell from 12 to 3>>; and <<Q:the median time from the start of pain to seeing a dentist,
asked at the first appointment, went down from 11 days to 2 days>>.

<<Q:Paracetamol overdoses among hotel residents recorded by the emergency department dropped from
nine to one.>>
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Dentists and dental nurses from the four practices designed the triage card with the council's
support workers, and it was the dental nurses who insisted on the pictures after trying a written
version with interpreters.>> <<S:Hotel managers from Lanyard told us that night staff were under
pressure to give out medicines, and together we agreed a written policy that staff can point to, which
they say has made the evenings calmer.>> <<S:Emergency department consultants reviewed the red flag
questions and added one about trismus, which is now on the card as 'cannot open mouth wide'.>>
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The urgent sessions cost the ICB about £62,000 a year. One admission for a spreading neck infection
can cost more than that on its own, and every emergency department visit avoided saves around £250 and
frees time for other patients.

The people staying in the hotels, who the operator calls guests, shaped the scheme as much as anyone.
<<P:Guests at the Marne Road hotel met with us through the council's residents' forum and told us
they were afraid that seeing a dentist could affect their asylum claim, so every appointment letter
now says in their own language that it will not.>> <<P:A group of mothers at the Station Hotel asked
for sessions to be at times when their children were not at school, and an after-school slot was
added for children.>>
"""),
        ("spread", "How has the work been shared and spread?", """
The ICB has extended the sessions to a fourth hotel and to a hostel for people granted refugee status.
The triage card has been shared with dental committees in six other areas that house people seeking
asylum, and with the national body for local dental committees.

The main thing we would pass on is that urgent dental care for people in temporary accommodation does
not need a new service. It needs protected time in existing practices, a simple way to decide who is
seen first, interpreters, and someone on the ground in the hotels. Every area that houses people
seeking asylum has those ingredients.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1982  hearing aid and radio aid checks for deaf children in mainstream
#        primary schools - pdf - numbered questions - council sensory support
#        service head, earnest - council with the paediatric audiology
#        service and a deaf children's charity - children, parents and staff
#        involved - NO evidence section and no measured change anywhere
# ---------------------------------------------------------------------------
entry(
    id="I1982", format="pdf", layout="numbered_questions", topic="school_hearing_aid_radio_aid_checks",
    project="independent124-listeningcheck-1982", pdf_font="DejaVuSans", pdf_align="L",
    title="The Morning Listening Check: keeping deaf children's hearing aids and radio aids working at school",
    cover=[
        "Lead organisation: Aldercombe County Council, Sensory Support Service for Children and Young People",
        "Partners: Aldercombe Children's Hospital NHS Foundation Trust (Paediatric Audiology); Little Ears Aldercombe (a charity for deaf children and their families)",
        "Submitted by the Head of Sensory Support",
    ],
    primary_entrant=dict(name="Aldercombe County Council", type="local_authority"),
    partners=[
        dict(name="Aldercombe Children's Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="Little Ears Aldercombe", type="charity"),
    ],
    sections=[
        ("context", "1. What was the problem and why did it need a partnership?", """
About 340 deaf children in Aldercombe wear hearing aids or cochlear implants and go to mainstream
primary schools, often as the only deaf child in their class. Many also use a radio aid, a small
microphone worn by the teacher that sends the teacher's voice straight to the child's hearing aids.

A hearing aid that is not working is, for a young child, the same as not having one. Young children
often cannot tell anyone that their aid has stopped working, or do not notice because they are used
to not hearing everything. A flat battery, a blocked tube, a radio aid that has not been paired after
the weekend or a microphone left switched off can mean a child sits through a whole day of lessons
hearing very little. The child falls behind, is thought to be not paying attention, and may not
hear a fire alarm, a shouted warning in the playground or an adult telling them to stop at the
roadside on a school trip.

When our teachers of the deaf visited schools in 2022, they found that in roughly one visit in three
the child's equipment was not working properly when they arrived. In one school a child's radio aid
had been switched off for most of a term because the class teacher thought it was a behaviour
reward. Nobody had been told how to check the aids, and the audiology department only saw each child
every six months. The families were often the only people who knew how the equipment worked, and they
were not there during the school day.

No single organisation held the whole picture. The audiology department fits and programmes the aids
but does not see the child at school. Our teachers of the deaf visit each child, but only every few
weeks. Schools are with the child every day but did not know how the equipment worked or what to do
when it did not. Families understood their own child's aids well but had no way to check them once
the child had gone into class.
"""),
        ("spread", "2. How has the work been shared or spread?", """
Since September 2023 a named adult in every school with a deaf pupil, usually a teaching assistant,
does a two-minute 'morning listening check' with a stethoset and a simple checklist, and a weekly
check of the radio aid. A laminated card and a short video show how. Spare batteries and tubes are
kept in school. Problems that cannot be fixed on the spot are reported by text to the sensory support
service, which aims to have the equipment repaired or replaced within two school days, using a stock
of loan aids agreed with the audiology department.

The morning listening check has been adopted in all 212 schools in Aldercombe that have a deaf pupil,
and in the county's nurseries with a deaf child on roll. 290 teaching assistants have been trained.
The audiology department now includes the card in every pack given to families when a child is first
fitted with aids.

Each school records the daily check on a simple sheet kept with the equipment, and teachers of the
deaf look at the sheets when they visit. This gives us a clearer picture of which schools need more
support and which equipment is most often faulty, which we share with the audiology department each
term. Little Ears has shared the video with other deaf children's charities across the
region, and two neighbouring councils have asked to use our materials.
"""),
        ("value", "3. What has been the impact on staff and patient experience, and value for money?", """
The cost is small: a stethoset costs about £20, the cards and video were made in-house, and the loan
stock of aids is supplied by the audiology department from returned equipment. Teaching assistants
tell us they feel more confident. Parents say they worry less during the school day. For a deaf child,
being able to hear the teacher every day is the foundation of learning, friendship and safety.

Teachers of the deaf also tell us that their visits are now spent on teaching and advice rather than
on fixing equipment. Families of newly diagnosed children are given the card and video at their first
fitting, so that they arrive at school already knowing what a daily check involves.
"""),
        ("stakeholders", "4. How were patients and staff involved?", """
<<P:Deaf children themselves helped: a group of eight pupils aged seven to eleven, meeting at a Little
Ears Saturday club, tried out the first checklist and told us it was boring and babyish, and they drew
the pictures on the card that schools use now.>> <<P:Parents in the charity's family group told us
that the check should include asking the child 'can you hear me?' without the adult's face showing,
because children lip-read and can seem to hear when they cannot, and this was added.>>

<<S:Teaching assistants in six pilot schools tried the check for half a term and asked for the video
to be under three minutes and for the card to be attached to the radio aid case, both of which were
done.>> <<S:Paediatric audiologists worked with our teachers of the deaf to agree which faults a school
could fix and which needed a repair, and they set up the loan stock after our teachers explained how
long children were going without aids.>>
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1983  one-sided hearing loss found in hearing aid shops - docx - lists
#        with cover bullets - PRIVATE hearing care retailer as primary
#        entrant, with an acute trust ENT department and a GP federation
#        (ineligible) - clinical director, corporate - staff involved - NO
#        patient involvement (customers as beneficiaries, sent texts, a
#        satisfaction survey with no change, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1983", format="docx", layout="bullet_lists", topic="asymmetric_hearing_loss_retail_referral",
    project="independent124-oddear-1983", docx_font="Calibri",
    title="One Ear Different: direct referral from high street hearing care for one-sided hearing loss",
    cover=[
        "Primary entrant: SoundPath Hearing Ltd (34 high street hearing care centres)",
        "Entry submitted by the Clinical Director",
    ],
    cover_bullets=[
        "Partner: Penwarden and Tolley Hospitals NHS Trust (Ear, Nose and Throat and Radiology)",
        "Partner: Tolley Valley GP Federation",
    ],
    primary_entrant=dict(name="SoundPath Hearing Ltd", type="private"),
    partners=[
        dict(name="Penwarden and Tolley Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Tolley Valley GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "The safety issue", """
SoundPath sees around 60,000 people a year for hearing tests, most of them older adults buying
hearing aids privately. A small number of those tests show something that needs a doctor:

- a hearing loss that is much worse in one ear than the other

- one-sided tinnitus or a sudden change in hearing

- a loss with balance problems or numbness of the face

These can be signs of a vestibular schwannoma, a benign tumour on the hearing and balance nerve,
which needs an MRI scan. Most people with an uneven loss do not have a tumour, but the ones who do
need to be found while it is small.

What used to happen:

- our audiologists wrote to the customer's GP suggesting a referral to ENT

- the letter was often filed without action, or the GP asked for the hearing test to be repeated in the NHS audiology department

- the customer was then on two waiting lists in a row before anyone considered a scan

- in 2021 we identified four customers whose tumours were found more than two years after we first noted a one-sided loss

Why a partnership: we could identify the people who needed a scan, but could not order one; the
hospital could order scans, but only received these patients after long delays; and GPs were being
asked to act as a go-between for a decision they were not well placed to make.
"""),
        ("evidence", "What we achieved", """
Since January 2023, our audiologists in the Tolley Valley centres use an agreed set of criteria for
one-sided loss. If the criteria are met, the result is sent electronically to the hospital ENT
department, which triages it within a week and can request an MRI scan directly, copying in the GP.

- <<Q:the median time from our hearing test to an MRI scan fell from 41 weeks to 7 weeks>>

- <<Q:repeat hearing tests in NHS audiology for people we had already tested fell from 212 in 2022 to 19 in 2024>>

- <<Q:the average size of vestibular schwannomas at diagnosis in people referred by us went down from 17 mm to 8 mm>>

- 684 people have been referred through the route and 22 tumours found

- all 41 audiologists in the region have completed the criteria training
"""),
        ("stakeholders", "Who was involved", """
- <<S:ENT consultants and our senior audiologists agreed the referral criteria together over four meetings, and the consultants tightened them after a trial month when too many people with a small difference were being referred>>

- <<S:hospital radiographers asked for the referral form to include questions about pacemakers and metal implants, so that scans are not cancelled on the day, and this was added>>

- <<S:GPs from the federation's practices reviewed the letter they receive and asked for a single line at the top saying what action, if any, is needed from them>>

- customers who are referred are sent a text explaining what happens next

- we ran our usual customer satisfaction survey and scores stayed high, so we did not change the process

- we intend to ask a hearing loss charity to review our customer information next year
"""),
        ("value", "Value", """
- the route costs the hospital nothing extra, because the triage replaces a clinic appointment

- hundreds of unnecessary repeat hearing tests are no longer done in the NHS

- smaller tumours can often be watched or treated with radiotherapy instead of surgery, with less risk to hearing and facial movement

- GPs no longer have to process and forward letters about a test they did not request
"""),
        ("spread", "Spread", """
- the criteria are being used in all SoundPath centres and shared with two other hearing care companies

- the hospital has offered the same route to independent audiology providers in the area

- we have presented the work at the professional body for hearing aid dispensers' annual conference
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1984  sight tests for long-stay patients in a secure hospital - docx -
#        style headings - short - mental health trust physical health lead,
#        brief - mental health trust with a university optometry clinic -
#        staff involved - NO patient involvement (patients as beneficiaries,
#        told at the community meeting, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1984", format="docx", layout="style_headings", topic="secure_hospital_sight_tests",
    project="independent124-clearsightsecure-1984", docx_font="Calibri",
    title="Eyes Behind the Wall: sight tests for long-stay patients in a secure hospital",
    cover=[
        "Lead organisation: Moorcroft Partnership NHS Foundation Trust (Ashdyke Secure Services)",
        "Partner: University of Ramsden, Optometry Teaching Clinic",
        "Entry by the Physical Health Lead Nurse, Ashdyke Secure Services",
    ],
    primary_entrant=dict(name="Moorcroft Partnership NHS Foundation Trust", type="nhs_trust"),
    partners=[dict(name="University of Ramsden", type="university")],
    sections=[
        ("context", "The problem", """
Ashdyke is a medium and low secure hospital with 96 beds. Many patients stay for several years. Most
cannot go out to a high street optician: leave may not be granted, or an escorted trip needs two or
three staff and is often cancelled when the wards are short-staffed.

In 2022 our physical health audit found that fewer than a quarter of patients had a record of a sight
test in the previous two years. Many take antipsychotic medicines that can blur vision, several have
diabetes, and falls on the wards and in the gym were often recorded with 'not wearing glasses' or
'glasses broken'. One patient had been reported as refusing to read his care plan when in fact he
could not see it.

Poor sight matters in a secure hospital in ways that are easy to miss. Patients are expected to read
and sign their care plans, take part in education and occupational therapy, and follow written ward
rules. A patient who cannot see well may be seen as unco-operative or hostile. Blurred vision is also
a side effect that can lead people to stop taking their medicines without telling anyone.

Neither organisation could fix this alone. The trust has no eye care staff, and the university clinic
had never worked inside a secure setting, with its searches, restricted items and locked doors.
"""),
        ("evidence", "What changed", """
Since February 2023 the university's optometry teaching clinic has run a sight test clinic on site
every month, using portable equipment in a room in the therapies building. Every patient is offered a
test on admission and every year after. Glasses are made with frames approved by the security team.

<<Q:Patients with a sight test recorded in the last two years went from 23% in 2022 to 91% in 2024.>>
<<Q:Falls where poor sight or missing glasses were recorded as a factor fell from 27 in 2022 to 8 in
2024.>> Escorted trips to opticians, which used to take about 60 staff shifts a year, are no longer
needed.

In the first two years the clinic carried out 164 sight tests and supplied 97 pairs of glasses. Eleven
patients were referred to the hospital eye service, two of them with diabetic eye disease that needed
treatment.
"""),
        ("stakeholders", "Involvement", """
<<S:Ward nurses and the security team worked with the university optometrists to agree which equipment
could be brought on site and what frames were safe, and the security liaison nurse suggested the
frames with no metal parts that are now used.>> <<S:Healthcare assistants who escort patients told us
the best time for the clinic was mid-morning, after medication rounds, and the clinic was moved.>>

Patients were told about the clinic at each ward's community meeting. The work is for their benefit,
and many have had their first sight test in years. We plan to ask the patients' council to review the
invitation letter next year.
"""),
        ("value", "Value", """
The clinic costs about £7,500 a year, less than the staff time we used to spend on escorted trips.
Staff say patients are more willing to take part in education and therapy now that they can read the
materials.

Ward staff also say they spend less time arranging and then cancelling escorted trips, which were a
regular source of frustration for patients and staff alike.
"""),
        ("spread", "Spread", """
The trust is now offering the same clinic in its two long-stay rehabilitation units. We have shared
the security-approved frame list with other secure hospitals in the region.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)
