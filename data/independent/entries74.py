"""Seventy-fourth independent evaluation set (I1169..I1184) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The entries
are meant to be ordinary: the kind of thing ambulance services, community children's
teams, school nursing services, councils, police forces, GP federations, pharmacies,
universities and children's charities send in, in their own voices and at their own
length.  The theme of this set is children and young people: paediatric early warning
scores, transition to adult services, school nurses, safeguarding at the front door and
children's medicines.

Topics (lead's type and layout): a paediatric early warning score shared by paramedics and
a children's emergency department (an ambulance service, bold headings), early warning
scores and parents' concern for children with complex needs nursed at home (a community
trust, own headings), young people with congenital heart disease moving to adult
cardiology (a university, two columns), young people with sickle cell disease moving to
adult haematology (a sickle cell charity, numbered questions), weekend messages to a
school nurse text service about self-harm (a council public health team, no headings),
medicines given to pupils in primary schools (a community trust school health service,
caps headings), next-morning police notifications to schools after domestic abuse
incidents (a police force, a form), health information at the children's social care
front door (an integrated care board, pdf via soffice), bruising in babies who are not
yet mobile (a GP federation, rubric headings), children's weights on prescriptions for
liquid medicines in community pharmacies (a local pharmaceutical committee, lists),
valproate and girls with epilepsy growing up (an acute trust, sections in an unusual
order), medicines lost when children in care move placement (a council children's
services department, with appendix), a paediatric early warning score in one hospital's
emergency department (departments of one trust, no partner), medicines given to children
in day nurseries (a private nursery group as primary entrant, a form), young adults
leaving a children's hospice (a hospice on its own, no evidence section) and ADHD
medicines that stop at eighteen (a GP federation, lists, no value section).

Build it with

    .venv/bin/python data/independent/build.py --set 74   (writes data/corpus/independent74/)

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
    numbers trained, activity counts (visits, calls, referrals, checks, messages, people
    screened or identified), single figures with no baseline, a zero with no earlier
    figure, figures that did not change, budgets, costs and savings estimates, phone
    numbers, postcodes, reference numbers, targets not yet reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    (including a sustained shift on an SPC chart); no_quantitative_evidence looks only
    at the evidence section (or the whole entry when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, young people with lived experience, unusual
    titles, list items), wherever in the entry it is told; a peer worker with lived
    experience, employed by a partner, who helped design the work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance services and police forces are
emergency_service; GP federations, primary care networks and local pharmaceutical
committees are primary_care; parents' and patients' support groups are patient_group;
hospices and children's charities are charity; a university is university; nursery
companies and independent fostering agencies are private).  A department or team of the
entrant's own organisation is not a partner.  Flags are written by hand and build.py
cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1169  paediatric early warning score shared by paramedics and the children's
#        ED - docx - bold headings - ambulance service consultant paramedic -
#        ambulance service with an acute trust and the ICB - parents (told in
#        the context section, passive voice) and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1169", format="docx", layout="bold_headings", topic="paediatric_early_warning_ambulance_handover",
    project="independent74-onescore-1169", docx_font="Calibri",
    title="One Score from Door to Door: a shared paediatric early warning score for paramedics and the children's emergency department",
    cover=[
        "Lead organisation: Northmoor Ambulance Service NHS Trust",
        "Partners: Calderbrook Hospitals NHS Foundation Trust (Children's Emergency Department); NHS Calder and Northmoor Integrated Care Board",
        "Submitted by: Consultant Paramedic for Children and Young People",
    ],
    primary_entrant=dict(name="Northmoor Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Calderbrook Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="NHS Calder and Northmoor Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Where we started", """
Our crews take around 11,000 children to hospital every year. Until 2022 the ambulance service and the
children's emergency department at Calderbrook used completely different ways of describing how unwell a
child was. Paramedics recorded observations on the electronic patient record and gave a verbal handover.
The emergency department triaged using its own paediatric early warning score, which the paramedics had
never been trained in and which used different age bands for heart rate and breathing rate.

The result was that a child our crew thought was very poorly could join the queue for triage as if they
were an ordinary arrival, and the score the nurses worked out twenty minutes later was the first number
anyone wrote down. A review of two serious incidents in 2021, both involving toddlers with sepsis,
found that in each case the paramedic had been worried, had said so, and had not been heard because the
worry was not expressed in the department's language.

When we started to look at this, a small group of parents whose children had been taken to Calderbrook by
ambulance were invited to a workshop at the hospital. <<P:It was these mums and dads who told us that the
handover was the moment they felt most lost, and it was their suggestion that the paramedic should say
the score out loud in front of them so they knew what was being passed on.>> <<P:Two of the parents were
then asked to sit in on the project group for the rest of the year, and they rewrote the short leaflet
that crews now hand over.>>
"""),
        ("evidence", "What difference has it made", """
Since March 2023 every crew in the Calderbrook area uses the same age-banded paediatric early warning
score as the emergency department. The score is calculated automatically in the electronic patient
record from the observations the paramedic enters. It is pre-alerted to the department for any child
scoring five or more, and a senior doctor or nurse meets that ambulance in the bay.

<<Q:For children arriving by ambulance with a score of five or more, the median time from arrival to
review by a senior clinician fell from 47 minutes in 2022 to 14 minutes in 2024.>> <<Q:The proportion of
those children given antibiotics within an hour of arrival, where sepsis was suspected, rose from 58% to
87%.>> <<Q:Unplanned admissions to paediatric intensive care within 24 hours of arrival from the
emergency department fell from 21 in 2022 to 9 in 2024.>>

We also audit the score itself. In a sample of 300 handovers in 2024, the paramedic's score and the
triage nurse's score matched within one point in most cases.
"""),
        ("stakeholders", "Who worked on it", """
<<S:The score was adapted by a working group of paramedics, emergency department nurses, a paediatric
emergency medicine consultant and the ICB's children's clinical lead, which met every month for a
year.>> <<S:Paramedics who tried the first version on the road told us the age bands were too hard to
remember at a roadside, which is why the score is now worked out by the electronic record instead.>>
<<S:Triage nurses asked for a fixed phrase at handover, 'Northmoor score of six', and helped us test it
in simulation before it went live.>>

The ICB funded the changes to the electronic record and the training time.
"""),
        ("value", "Value for money", """
The cost of the project was about £38,000, mostly for software changes and backfill for training. A
single paediatric intensive care bed day costs several thousand pounds, and the drop in late
deterioration means fewer of those days. Crews tell us that handing over a child now feels like
passing on a baton rather than starting a new race. Families spend less time waiting to be seen.
"""),
        ("spread", "Spreading the work", """
The score is now used by all our crews across the county, including those taking children to the two
hospitals outside the Calderbrook system, both of which have agreed to adopt it in their emergency
departments during 2025. We have shared the software specification with two other ambulance services
and presented at the national ambulance children's clinical leads forum. The main lesson we would pass
on is that agreeing one score is a conversation between people, not a piece of technology: the software
was the easy part.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1170  early warning scores and parents' concern for children with complex
#        needs nursed at home - pdf - own headings - community children's
#        nursing team leader - community trust with a GP federation and a
#        parents' support group - parents involved - NO staff involvement
#        (nurses trained, GPs briefed, one named lead doing her job, a staff
#        survey that changed nothing)
# ---------------------------------------------------------------------------
entry(
    id="I1170", format="pdf", layout="own_headings", topic="home_pews_parent_concern_complex_needs",
    project="independent74-worriedathome-1170", pdf_font="LiberationSans", pdf_align="L",
    title="Worried at Home: spotting deterioration early in children with complex needs cared for at home",
    cover=[
        "Lead: Ashgrove Community Health NHS Trust (Community Children's Nursing Service)",
        "Partners: Ashgrove and Vale GP Federation; Little Lanterns (a support group for parents of children with complex health needs)",
        "Author: Team Leader, Community Children's Nursing",
    ],
    primary_entrant=dict(name="Ashgrove Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Ashgrove and Vale GP Federation", type="primary_care"),
        dict(name="Little Lanterns", type="patient_group"),
    ],
    sections=[
        ("context", "Why we needed to change", """
Our community children's nurses look after about 190 children at home who have complex health needs:
children on home oxygen or overnight ventilation, children fed through a tube into the stomach,
children with severe epilepsy and children with life-limiting conditions. Their parents are, in effect,
their nurses for most of the day and night.

When these children become unwell it can happen quickly, and the signs are often subtle. A child who
cannot speak may simply become quieter, or need a little more oxygen than usual. In hospital a
paediatric early warning score would pick this up. At home there was nothing equivalent. Parents rang
us, or their GP, or 111, and each service asked different questions. Some parents told us they had been
made to feel they were fussing. Others waited too long because they did not want to be a nuisance.

In 2022 we reviewed every emergency admission to paediatric intensive care of a child on our caseload.
In several, the parent had noticed a change a day or more before, had mentioned it to someone, and the
information had not led to anyone seeing the child.
"""),
        ("evidence", "What we have achieved", """
Since September 2023 every child on the caseload has a home early warning chart, set to their own
normal range, so that a child whose usual oxygen saturation is 92% is not scored as if they were a
healthy child. Parents record observations when they are worried, and the chart has a 'parent concern'
box which counts as a trigger on its own, whatever the numbers say. A score in the amber range means a
call to the community children's nursing team, who will visit the same day. A score in the red range,
or a parent who is very worried, means a call to 999.

Out of hours, the GP federation's clinicians can see the chart and the child's personal plan on the
shared record, and the federation's triage protocol treats a parent concern trigger as urgent.

<<Q:Unplanned admissions to paediatric intensive care among children on our caseload fell from 17 in
the year before the chart to 8 in the year after.>> <<Q:The average length of stay for children
admitted to hospital from our caseload went down from 6.4 days to 4.1 days, which we think reflects
children being brought in earlier in their illness.>> Over the year, parents triggered 412 same-day
visits.
"""),
        ("stakeholders", "Working with families and partners", """
<<P:The chart was designed with eight parents from Little Lanterns over three evening sessions in a
community centre, and it was their idea to add the parent concern box, after one mother said that the
numbers never told the whole story of her son.>> <<P:Those parents also chose the colours, the size of
the chart and the wording 'I am worried because...', and two of them tested it at home for six weeks
before it was rolled out, asking us to make it fit on the fridge door.>>

All 34 nurses in the team were trained in the chart by our clinical educator. The GP federation's
out-of-hours clinicians were briefed at their quarterly clinical meeting. The chart itself was written
up and approved by our lead nurse, Sarah Pennington, as part of her role in the trust's deteriorating
patient group. We sent a short survey to the nurses after six months; they were happy with the chart
and we did not make any changes.
"""),
        ("value", "Is it worth it?", """
The charts cost less than £2 each to print. The extra visits are absorbed in the team's existing
capacity, although they are sometimes at short notice. Each avoided intensive care admission saves a
great deal of money, but more importantly it saves a child from an experience that is frightening and
sometimes dangerous. Parents say they feel listened to and more confident about when to call.
"""),
        ("spread", "Sharing what we've learned", """
The chart and the parent concern box have been shared with the regional children's palliative care
network and with two neighbouring community children's nursing teams. The hospital children's ward
that most of our children are admitted to is looking at adding a parent concern box to its own
early warning chart. We have also written a short guide for other teams wanting to use the approach,
which stresses that the chart must be set to each child's own normal values.
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1171  young people with congenital heart disease moving to adult cardiology
#        - pdf - two columns - university senior lecturer, academic - a
#        university with a children's hospital, an adult trust and a heart
#        charity - staff involved - NO patient involvement (a survey that
#        changed nothing, letters, a planned youth panel, a negation) - subtle
#        Q ('halved')
# ---------------------------------------------------------------------------
entry(
    id="I1171", format="pdf", layout="two_column", topic="congenital_heart_transition_adult_cardiology",
    project="independent74-handingover-1171", pdf_font="LiberationSerif",
    title="Handing Over the Heart: keeping young people with congenital heart disease in care as they move to adult services",
    cover=[
        "Lead organisation: University of Westmarch, School of Nursing and Health Sciences",
        "With: Westmarch Children's Hospital NHS Foundation Trust; Penrose Valley Hospitals NHS Trust (Adult Congenital Heart Disease Service); Heartstrings Westmarch (charity)",
        "Corresponding author: Senior Lecturer in Children's Nursing",
    ],
    primary_entrant=dict(name="University of Westmarch", type="university"),
    partners=[
        dict(name="Westmarch Children's Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="Penrose Valley Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Heartstrings Westmarch", type="charity"),
    ],
    sections=[
        ("context", "Background", """
Most children born with a heart condition now survive into adulthood, but many will need lifelong
follow-up: further surgery, valve replacement, treatment of heart rhythm problems. The move from
children's to adult cardiology usually happens between 16 and 18, at the same time as exams, leaving
home and starting work. It is well described in the literature that a substantial number of young
people do not arrive at their first adult appointment and are then lost to follow-up, sometimes for
years, until they present with heart failure or an arrhythmia.

In Westmarch, children's cardiology is provided by the children's hospital and adult congenital care
by a separate trust forty miles away. An audit in 2021 traced a
cohort of young people discharged from children's services between 2016 and 2018 and found that many
had no contact with any cardiologist in the three years after transfer. Two of them had been admitted
as emergencies with complications that regular surveillance should have prevented.

We set out to design and evaluate a transition pathway owned jointly by both hospitals, with the
university leading the design and the evaluation.
"""),
        ("evidence", "Evaluation", """
The pathway began in January 2022. Each young person has a named transition nurse from the age of 14, a
joint clinic at 16 with both the children's and the adult cardiologist in the room, and a first adult
appointment booked before they leave children's services. If that appointment is missed, the adult
service tells the children's team and the transition nurse follows it up; the young person is not
discharged for non-attendance.

<<Q:Comparing the 2016 to 2018 cohort with the 2022 to 2023 cohort, the proportion of young people lost
to follow-up within two years of transfer was halved.>> <<Q:Attendance at the first adult appointment
rose from 61% to 89%.>> There were no emergency admissions with a preventable complication among the
young people on the pathway during the evaluation period. The full evaluation, including the
statistical methods, has been submitted for publication.
"""),
        ("stakeholders", "Partners and involvement", """
<<S:The pathway was developed by a design group of children's and adult cardiac nurse specialists, both
consultant cardiologists, a clinical psychologist and two clinic coordinators, who mapped every step
of the old process and agreed where responsibility changed hands.>> <<S:The clinic coordinators
pointed out that the adult booking system automatically discharged anyone who missed two appointments,
and they worked with us to remove that rule for this group.>>

Young people and their families were not part of the design group. We sent a questionnaire to young
people who had already transferred, and the replies were broadly positive, so the pathway was not
changed as a result. All young people on the pathway receive a letter explaining who their transition
nurse is. Heartstrings Westmarch funded the transition nurse post for the first two years. We plan to
set up a youth advisory panel with the charity in 2025.
"""),
        ("value", "Value", """
The transition nurse post costs around £48,000 a year. An emergency admission with heart failure in a
young adult can cost far more than that, and a lost year of surveillance cannot be recovered. For the
university, the project has given our nursing students placements in a real improvement project.
"""),
        ("spread", "Spread and sustainability", """
From April 2025 both trusts have funded the nurse post permanently. The pathway has been presented to
the national congenital heart network and at two nursing conferences, and a neighbouring network has
asked to use our joint clinic template.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1172  young people with sickle cell disease moving to adult haematology -
#        docx - numbered questions - charity director, warm - a sickle cell
#        charity with a hospital trust and the ICB - peer navigators (PS),
#        young people and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1172", format="docx", layout="numbered_questions", topic="sickle_cell_transition_adult_haematology",
    project="independent74-crossingover-1172", docx_font="Arial",
    title="Crossing Over: safer transition for young people with sickle cell disease",
    cover=[
        "Amani Sickle Cell Trust (registered charity) - lead entrant",
        "Working with Kingsmere University Hospitals NHS Trust (Paediatric and Adult Haematology) and NHS Kingsmere Integrated Care Board",
        "Entry written by Grace Adeyemi, Director, Amani Sickle Cell Trust",
    ],
    primary_entrant=dict(name="Amani Sickle Cell Trust", type="charity"),
    partners=[
        dict(name="Kingsmere University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="NHS Kingsmere Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "1. What was the problem and why did it need a partnership?", """
Sickle cell disease is the most common inherited condition in England, and in Kingsmere we support
more than 600 families living with it. Children with sickle cell are looked after by the paediatric
haematology team, who know them well. At 18 they move to the adult service, and for many young people
that is when things start going wrong.

The danger is a painful crisis. For a child, a crisis means the children's emergency department, where
staff know them and pain relief is usually given quickly. For a young adult, it means the adult
emergency department, where they may wait hours, be treated with suspicion when they ask for strong
pain relief, and sometimes be told they are drug seeking. Young people told us they stayed at home in
agony rather than face that. Some ended up with acute chest syndrome, which can kill.

In 2021 a 19-year-old man from our community died of acute chest syndrome a few days after being sent
home from an adult emergency department. His family asked us to make sure it did not happen to anyone
else.
"""),
        ("evidence", "2. What evidence do you have that the work has improved safety?", """
Crossing Over started in 2022. Every young person aged 16 to 19 has an individual pain plan, agreed with
their haematologist, which is on the hospital's electronic record and flagged when they arrive in the
emergency department. They are seen in a joint transition clinic. And they are matched with a peer
navigator, a young adult with sickle cell who has been through transition, who stays in touch and goes
with them to their first adult appointments if they want.

<<Q:The median time from arrival in the adult emergency department to first pain relief for young
people aged 18 to 19 fell from 68 minutes in 2021 to 29 minutes in 2024.>> <<Q:Missed first
appointments in the adult haematology clinic fell from 41% to 12%.>> <<Q:Admissions with acute chest
syndrome in this age group went down from 11 in 2021 to 4 in 2024.>>
"""),
        ("stakeholders", "3. How were patients, families and staff involved?", """
Our peer navigators are at the centre of Crossing Over. <<PS:The four navigators, all young adults with
sickle cell employed by the charity, designed the pain plan template with the haematology team and
insisted that it should say, in the first line, that the patient is not to be questioned about the
amount of pain relief they usually need.>> <<P:Twelve young people from our youth group tried out the
first version of the plan on their phones, and they asked for it to be something they could show at
reception, which is why it now comes as a QR code.>> <<P:The family of the young man who died spoke at
our first project meeting, and they asked that every adult emergency department nurse hear a young
person's story, which became the short film used in training.>>

<<S:Emergency department nurses and doctors from the adult department took part in two workshops and
told us they did not know how to find a patient's plan, so the trust's digital team added an alert that
opens when the patient is registered.>> <<S:The haematology consultants and specialist nurses from both
children's and adult services run the transition clinic together, and they redesigned the clinic letters
after feedback from the navigators.>>
"""),
        ("value", "4. What has been the value of the work?", """
The ICB funds the peer navigator posts at about £70,000 a year. Shorter stays and fewer intensive care
admissions for acute chest syndrome more than cover that. The biggest value is something you cannot
put a price on: young people tell us they are no longer afraid to go to hospital.
"""),
        ("spread", "5. How has the work been shared?", """
The pain plan template has been adopted by two other hospitals in the region. We have spoken at the
national haemoglobinopathies conference and worked with a national sickle cell charity to share the
peer navigator job description. We would be happy to help any service that wants to start.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1173  weekend messages about self-harm to a school nurse text service -
#        docx - no headings - council public health commissioner, brisk -
#        council with the community trust's school nursing service and a
#        mental health trust crisis line - young people and staff involved -
#        NO quantitative evidence (message counts, numbers trained, a single
#        figure, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1173", format="docx", layout="no_headings", topic="school_nurse_text_service_out_of_hours",
    project="independent74-nobodyreading-1173", docx_font="Calibri",
    title="Nobody Reading at the Weekend: making a school nurse text service safe out of hours",
    cover=[
        "Harwood Borough Council (Public Health) with Harwood and Fenby Community Healthcare NHS Trust (School Nursing Service) and Northway Mental Health NHS Foundation Trust (24-hour crisis line)",
        "Contact: Public Health Commissioning Lead, Children and Young People",
    ],
    primary_entrant=dict(name="Harwood Borough Council", type="local_authority"),
    partners=[
        dict(name="Harwood and Fenby Community Healthcare NHS Trust", type="nhs_trust"),
        dict(name="Northway Mental Health NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", None, """
Since 2019 every secondary school pupil in Harwood has been able to text a school nurse confidentially.
The service is popular: pupils use it to ask about periods, sexual health, sleep, friendships and
worries they would not raise face to face. The council commissions it as part of the 0 to 19 service,
and the school nurses answer messages between 9am and 5pm on weekdays during term time.

The problem was everything outside those hours. Young people did not always read the automatic reply,
and some sent messages on a Friday night or in the school holidays saying that they were hurting
themselves or thinking about ending their life. Those messages sat unread until a nurse logged in. In
the summer of 2022 a 14-year-old girl sent a message on a Saturday saying she had taken tablets. It was
read on Monday morning. She had, fortunately, told a friend, who told a parent, and she was treated in
time. The review that followed was blunt: we had built a service that young people trusted with the
most serious things and then left it unattended for more than two thirds of the week.
"""),
        ("evidence", None, """
From January 2023 the service changed in three ways. Messages sent out of hours are now scanned for a
list of risk words and phrases, agreed with the crisis line, and any message that matches gets an
immediate reply giving the crisis line number and the option to text the crisis line directly. The
crisis line can see, with the young person's agreement, the text conversation so far. And when the
school nurses log in on the next working day, flagged messages are at the top of the list and are
answered first, with a call to the school's safeguarding lead where needed.

In 2024 the service received 9,840 messages, of which 3,210 arrived out of hours. 186 out-of-hours
messages were flagged by the risk scan, and in 64 of those the young person chose to text the crisis
line. All flagged messages were answered by a school nurse within an hour of the start of the next
working day. 41 school nurses and 12 crisis line workers were trained in the new process. Our target
is for every young person who texts about self-harm out of hours to be in contact with a person within
15 minutes.
"""),
        ("stakeholders", None, """
<<P:The wording of the instant reply was written with members of the Harwood Youth Council, who tested
five versions on their own phones and told us that anything longer than two lines would not be read,
and that it must not sound like a robot.>> <<P:They also said the crisis line number should be a link
you can tap, not a number to copy, and that is how it now appears.>>

<<S:School nurses reviewed two years of out-of-hours messages with us, anonymised, to build the list of
risk words, and they added many phrases that young people actually use, such as 'kms', that we would
never have thought of.>> <<S:Crisis line workers asked for the full conversation to be shared, not only
the last message, and helped test the link between the two systems before it went live.>>
"""),
        ("value", None, """
The changes cost about £12,000 in software development, paid from the public health grant. The crisis
line absorbs the extra contacts within its existing staffing. The value is in young people in the most
danger being put in touch with help that same night rather than after a weekend.
"""),
        ("spread", None, """
The software supplier has made the risk scan available to the other school nurse text services that use
its platform, and we have shared our word list, with the young people's and nurses' agreement, with the
regional 0 to 19 commissioners' network. Two neighbouring councils are now linking their services to a
crisis line in the same way.
"""),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1174  medicines given to pupils in primary schools - pdf - caps headings -
#        school health service manager, procedural - community trust with the
#        council's education service and a PCN - school staff involved - NO
#        patient involvement (parents sent letters, children told, a parent
#        survey that changed nothing, a plan to ask school councils)
# ---------------------------------------------------------------------------
entry(
    id="I1174", format="pdf", layout="caps_headings", topic="medicines_administration_primary_schools",
    project="independent74-rightchild-1174", pdf_font="DejaVuSans", pdf_align="L",
    title="RIGHT CHILD, RIGHT DOSE: SAFER MEDICINES IN BRACKENFIELD PRIMARY SCHOOLS",
    cover=[
        "LEAD ORGANISATION: Brackenfield Community NHS Trust, School Health Service",
        "PARTNERS: Brackenfield County Council (Education and Inclusion); Brackenfield Central Primary Care Network",
        "ENTRY BY: School Health Service Manager",
    ],
    primary_entrant=dict(name="Brackenfield Community NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Brackenfield County Council", type="local_authority"),
        dict(name="Brackenfield Central Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
Brackenfield has 118 primary schools. On any school day, several hundred children are given a medicine
by a member of school staff: inhalers, antibiotics, medicines for ADHD, epilepsy and diabetes, and pain
relief. In most schools this is done by the school office staff or teaching assistants, who have no
clinical training, often between other jobs and often with a queue of children at the door.

Schools reported medicine incidents to the council's education safeguarding team, and when we looked at
them together in 2022 the picture was worrying. Children had been given another child's medicine
because two children had the same first name. Doses had been given twice because a lunchtime
supervisor did not know the office had already given one. Antibiotics had been given for weeks after
the course should have ended. In one school a boy was given a tablet for ADHD that had been prescribed
for his brother.

Each school used its own record sheet, most did not include a photograph of the child, and the written
instructions from parents were often different from the label on the box. Prescribers in general
practice were not aware that their instructions were being followed by school staff, and sometimes
prescribed three times a day when twice a day, outside school hours, would have done.
"""),
        ("evidence", "WHAT HAS IMPROVED", """
Right Child, Right Dose introduced, from September 2023, one standard medicine record for every primary
school in the county, with the child's photograph, the medicine as it appears on the pharmacy label, a
space for the second person to check, and a stop date. School nurses run a short training session for
the two or three staff in each school who give medicines, and visit each school once a term to check
the records. GP practices in the primary care network now prescribe, where they can, doses that can be
given outside school hours.

<<Q:Medicine incidents reported by primary schools fell from 19 a term in the school year 2022/23 to 6 a
term in 2023/24.>> <<Q:Incidents where a child was given the wrong child's medicine went from 14 in the
year before to 2 in the year after.>> <<Q:The proportion of school records with a stop date for
short-course medicines rose from about a quarter to 95% at the end-of-year check.>>
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<S:The record sheet was designed by a group of school office managers, teaching assistants and school
nurses, who met four times and tried out drafts in their own schools.>> <<S:Office staff told us that
the photograph needed to be at the top of the sheet, because that is where their eyes go first when a
child is standing in front of them, and that change was made.>> <<S:GPs and practice pharmacists in the
primary care network looked at the most common school-time doses and agreed with the school nurses which
could be changed to twice daily.>>

Parents were sent a letter explaining the new form at the start of the school year. Children were told
by their teachers that they would be asked their name and date of birth before being given a medicine.
We sent a survey to parents in the spring term; the replies were positive and no changes were needed.
Next year we plan to ask school councils what they think.
"""),
        ("value", "VALUE FOR MONEY", """
The cost of printing and training was around £9,000, shared between the trust and the council. Every
wrong medicine that is not given saves a call to the poison line, a worried parent and sometimes a
trip to the emergency department. Schools tell us they feel far more confident.
"""),
        ("spread", "SPREAD", """
The standard record sheet is now part of the council's guidance on supporting pupils with medical
conditions, and it has been offered to the county's secondary schools and academies. Two other school
nursing services in the region have asked for our training materials.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1175  police notifications to schools after domestic abuse incidents where a
#        child was present - docx - form table - police detective inspector,
#        formal - police force with council children's services and a
#        community trust - young people and school staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1175", format="docx", layout="form_table", topic="police_domestic_abuse_notifications_schools",
    project="independent74-morningstar-1175", docx_font="Calibri",
    title="Operation Morningstar: telling schools before nine when a child has been present at domestic abuse",
    cover_table=[
        ("Entry title", "Operation Morningstar: telling schools before nine when a child has been present at domestic abuse"),
        ("Lead organisation", "Eastmere Constabulary (Public Protection Unit)"),
        ("Partners", "Eastmere County Council (Children's Services and Education Safeguarding Team); Eastmere Community Health NHS Trust (School Nursing and Health Visiting)"),
        ("Contact", "Detective Inspector, Multi-Agency Safeguarding Hub"),
    ],
    primary_entrant=dict(name="Eastmere Constabulary", type="emergency_service"),
    partners=[
        dict(name="Eastmere County Council", type="local_authority"),
        dict(name="Eastmere Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Please describe the problem the partnership set out to address", """
Officers in Eastmere attend around 40 domestic abuse incidents every night. In many of them a child is
in the house, sometimes in the same room. Before Morningstar, information about these incidents reached
the child's school, if at all, days or weeks later, through a referral to children's social care. In
the meantime the child came to school the next morning, tired, frightened or injured, and the staff had
no idea why. Some children were told off for being late or for not doing their homework. Others were
sent home at the end of the day to the same house without anyone having asked how they were.

Health visitors and school nurses were in the same position: a health visitor might visit a family with
a new baby the day after police had been called there, knowing nothing about it.

A serious case review in 2021 into the injuries of a seven-year-old girl found that police had attended
her home five times in the previous year and that her school had known about none of those calls.
"""),
        ("evidence", "What evidence is there that the partnership has improved safety?", """
Under Morningstar, every domestic abuse incident attended by police where a child under 18 was present or
normally lives is reviewed by the Multi-Agency Safeguarding Hub early the next morning. A secure
notification goes to the designated safeguarding lead at the child's school, and for children under
five to the health visiting team, before 9am on school days. The school decides what support the child
needs that day. The notification contains only what the school needs to know.

<<Q:The proportion of notifications that reached the school before the start of the school day rose from
22% in the pilot's first month to 96% in the last six months.>> <<Q:In a survey of designated
safeguarding leads, the proportion who said they had learned about a domestic abuse incident involving a
pupil from the child or a parent, rather than from an agency, fell from 68% in 2022 to 15% in 2024.>>
<<Q:Repeat incidents at the same address within three months, where a child was present, fell by a
fifth over the first two years, although we recognise that many other factors play a part.>>
"""),
        ("stakeholders", "How were patients, service users and staff involved?", """
<<P:Young people from the Eastmere Young Survivors Group, all of whom had lived with domestic abuse, met
the project team three times and told us what they would have wanted a teacher to do the morning after,
which was mostly to be quiet, kind and to not make a fuss in front of other pupils.>> <<P:Their words
became the 'morning after' guide that every designated safeguarding lead now receives, and one of the
group recorded the voiceover for the training film.>>

<<S:Designated safeguarding leads from twelve schools helped design the notification, and they asked for
it to arrive by secure email rather than a phone call, because a call at 8.15am is often missed.>>
<<S:Health visitors and school nurses told us that they also needed the notifications, which is why
under-fives were added in the second phase.>> <<S:Response officers tested the new question on their
body-worn device record, 'Is there a child who lives here?', and suggested the wording.>>
"""),
        ("value", "What is the value of the work?", """
Morningstar uses existing MASH staff and the secure email system the council already had. The main cost
is about one extra officer's time each morning. Schools tell us that they can now offer the right help
on the right day, and children no longer have to explain, or hide, what happened the night before.
"""),
        ("spread", "How has the work been shared?", """
The protocol and the 'morning after' guide have been shared with all five forces in the region. Our
neighbouring force started a similar scheme in 2024 using our materials. The council has written
Morningstar into its safeguarding partnership's threshold document.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1176  health information at the children's social care front door - pdf via
#        soffice - style headings - ICB designated nurse, reflective - ICB with
#        the council's children's services and a community trust - staff
#        involved - NO patient involvement (families as beneficiaries, not yet
#        asked, a plan) - subtle Q ('a third fewer')
# ---------------------------------------------------------------------------
entry(
    id="I1176", format="pdf", layout="style_headings", topic="health_information_children_social_care_front_door",
    project="independent74-healthatthedoor-1176", render_via="soffice", docx_font="Liberation Serif",
    title="Health at the Door: bringing health information into the first decisions about a child",
    cover=[
        "Lead entrant: NHS Tollbridge and Weald Integrated Care Board (Designated Professionals for Safeguarding Children)",
        "Partners: Tollbridge County Council (Children's Services Front Door); Weald Community Healthcare NHS Trust",
        "Written by the Designated Nurse for Safeguarding Children",
    ],
    primary_entrant=dict(name="NHS Tollbridge and Weald Integrated Care Board", type="icb"),
    partners=[
        dict(name="Tollbridge County Council", type="local_authority"),
        dict(name="Weald Community Healthcare NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The issue", """
When someone is worried about a child in Tollbridge, the call goes to the council's children's services
front door. A social worker and a manager then decide, usually within a day, whether the family needs
an assessment, a child protection enquiry or no further action. The first and most important of those
decisions was nearly always taken without any health information at all.

That matters. The health visitor may know that a baby has missed three appointments. A GP may know that
a parent's mental health has got much worse. A school nurse may know that a teenager has been seen at a
sexual health clinic. Any of these can change the picture completely. In 2022 we looked back at 60
cases where a child was later seriously harmed, and in nearly half, health services held information
before the first decision that was never asked for.

Health practitioners were not based at the front door. When social workers wanted health information
they emailed a generic inbox, and the reply might take a week. Strategy discussions, where police,
social care and health decide together whether a child is at risk of significant harm, often went ahead
with nobody from health on the call.
"""),
        ("evidence", "What has changed", """
Since May 2023 two health practitioners, a health visitor and a school nurse employed by the community
trust, have worked at the front door every weekday. They have read access to the community health
record, the GP record summary and the children's emergency department attendance list, with agreed
rules on what is shared. They give a written health summary for every contact that goes to a manager
for a decision, usually within two hours, and join every strategy discussion.

<<Q:There were a third fewer strategy discussions held without health information in 2024 than in
2022.>> <<Q:The share of contacts where the front door decision was changed after the health summary,
for example to step up from no further action to an assessment, rose from almost none to one in nine,
which we read as risk that would previously have been missed.>> The health practitioners completed
4,870 health summaries in their first year.
"""),
        ("stakeholders", "Who was involved", """
<<S:The model was worked out over six months by a group that included front door social workers and
managers, health visitors, school nurses, a named GP for safeguarding and police from the safeguarding
hub, who went through real anonymised cases together to see what health information would have changed
each decision.>> <<S:The health visitors in that group were the ones who said a summary was needed in
writing, not just a conversation, so that it would be there for the next person to read.>> <<S:Social
work managers asked for the two-hour turnaround and helped write the template.>>

The families who come through the front door are the people we hope will benefit most, but we have not
yet asked children or parents about the service; it is hard to do so at a moment of crisis. We are
planning, with the council's children in care council, to ask young people about it in 2025.
"""),
        ("value", "Value and sustainability", """
The two posts cost around £110,000 a year, funded jointly by the ICB and the council. Getting the first
decision right saves children from harm and families from unnecessary investigations, and saves time
for everyone who would otherwise be chasing information later.
"""),
        ("spread", "Spread", """
The model has been presented to the regional network of designated professionals, and two other local
areas in the region have visited to see it working. The council's Ofsted inspection in 2024 described
the health presence at the front door as a strength.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1177  bruising in babies who are not yet mobile - docx - rubric headings -
#        GP federation safeguarding lead GP - GP federation with health
#        visiting and council children's social care - parents and staff
#        involved - NO quantitative evidence (numbers trained, referral counts,
#        an audit figure with no baseline, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1177", format="docx", layout="rubric_headings", topic="bruising_non_mobile_babies_protocol",
    project="independent74-tinymarks-1177", docx_font="Cambria",
    title="Tiny Marks Matter: a shared approach to bruising in babies who are not yet mobile",
    cover=[
        "Greyfriars Health Alliance (GP federation), lead entrant",
        "Partners: Greyfriars Community NHS Trust (Health Visiting Service); Greyfriars Borough Council (Children's Social Care)",
        "Dr Imran Chaudhry, Named GP for Safeguarding Children",
    ],
    primary_entrant=dict(name="Greyfriars Health Alliance", type="primary_care"),
    partners=[
        dict(name="Greyfriars Community NHS Trust", type="nhs_trust"),
        dict(name="Greyfriars Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", "Context", """
A bruise on a baby who cannot yet roll over, crawl or pull themselves up is unusual. Babies who are not
mobile rarely bruise by accident, and a small bruise can be the first sign of physical abuse, often
seen weeks before a much more serious injury. National reviews have shown again and again that such
bruises were seen by a professional and explained away.

In Greyfriars, the children's hospital had a clear protocol: any bruise in a non-mobile baby meant a
referral to children's social care and an assessment by a paediatrician the same day. But most of these
babies are seen not in hospital but in GP surgeries, at baby clinics and at home by health visitors. Our
GP practices had no shared protocol. Some GPs knew the guidance well, others did not, and the receptionist
booking the appointment had no way of knowing that 'a little bruise on her cheek' was urgent.

In 2021 a local child safeguarding practice review into a four-month-old boy with a fractured skull found
that a small bruise on his ear had been seen by two different professionals in the previous month, and
that neither had referred.
"""),
        ("evidence", "Evidence of improvement", """
Tiny Marks Matter started in April 2023. All 31 GP practices in the federation, and every health
visiting team, now follow the same one-page protocol. Receptionists use a short prompt: any mark or
bruise on a baby under six months, or a baby who is not yet moving about, is booked as an urgent
same-day appointment. A clinician who sees a bruise does not decide whether it is innocent, but refers,
using a direct phone line into the council's front door, and the baby is seen by a paediatrician that
day.

Since the launch 620 GPs, practice nurses, receptionists and health visitors have been trained. In the
first 18 months 74 babies were referred under the protocol, and in 9 of them the paediatric assessment
found other injuries that had not been seen. An audit of 40 referrals in 2024 found that the protocol
was followed fully in every case. Our aim is for every practice to have a trained safeguarding
administrator by the end of 2025.
"""),
        ("stakeholders", "Stakeholder involvement", """
<<S:The protocol was written with a group of GPs, practice nurses, two practice managers, health
visitors and a social work team manager, who worked through three real cases and agreed where each of
them would have acted.>> <<S:Receptionists from four practices told us that they were the first to hear
about most bruises, usually on the phone, and they wrote the script that reception teams now use.>>

<<P:We also took the draft leaflet for parents to two baby groups at children's centres, where mothers
and fathers told us that it read as though they were suspects, and they helped us rewrite it to explain
that every baby with a bruise is checked, so that no family is singled out.>> <<P:One father suggested
the line 'it is not about you, it is about every baby', which is now the heading of the leaflet.>>
"""),
        ("value", "Value", """
The training was delivered in protected learning time and through a recorded session, so the cost was
small. The direct phone line uses an existing number. Finding one injured baby weeks earlier can prevent
a life-changing head injury, and the cost of a single serious case review runs into tens of thousands of
pounds.
"""),
        ("spread", "Spread", """
The protocol has been adopted by the local safeguarding children partnership for all agencies in the
borough, including early years settings and the ambulance service. Two neighbouring GP federations have
taken our training materials and reception script, and we presented at the national named GPs'
conference in 2024.
"""),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1178  children's weights on prescriptions for liquid medicines - pdf -
#        bullet lists - LPC chief officer, terse - LPC with a children's
#        hospital and a PCN - parents involved - NO staff involvement
#        (pharmacists trained, counter staff briefed, one named lead pharmacist,
#        a survey that changed nothing)
# ---------------------------------------------------------------------------
entry(
    id="I1178", format="pdf", layout="bullet_lists", topic="child_weight_liquid_medicines_pharmacy",
    project="independent74-weightoday-1178", pdf_font="LiberationSans", pdf_align="L",
    title="Weigh Today, Dose Right: children's weights and liquid medicines in community pharmacy",
    cover=[
        "Lead: Lindenford Local Pharmaceutical Committee",
        "Partners: Lindenford Children's Hospital NHS Foundation Trust (Paediatric Pharmacy); Lindenford South Primary Care Network",
        "Contact: Chief Officer, Lindenford LPC",
    ],
    primary_entrant=dict(name="Lindenford Local Pharmaceutical Committee", type="primary_care"),
    partners=[
        dict(name="Lindenford Children's Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="Lindenford South Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "Background", """
Most children's medicines are liquids and most children's doses depend on weight. Yet the prescriptions
that reach community pharmacies almost never say what the child weighs.

- GP prescriptions for children under 12 carried a weight in fewer than one in twenty cases when we looked in 2022

- pharmacists could not check whether a dose was right, especially for antibiotics, anti-epileptic medicines and morphine

- parents often did not know their child's weight, or gave a weight from months ago

- several incidents involved tenfold errors, where a dose in millilitres was confused with milligrams

- in one case a two-year-old was given five times the intended dose of an anti-epileptic liquid for nine days

- the children's hospital saw the other side of this: children admitted with side effects from doses that were too high, and children with infections that had not cleared because the dose was too low for their weight

- nobody owned the problem, because each part of the system assumed another part had checked
"""),
        ("evidence", "Results", """
What we did, from June 2023:

- GP practices in the network add the child's weight, and the date it was measured, to every prescription for a child under 12

- pharmacies weigh the child if the weight is missing or more than three months old, using scales supplied through the project

- the children's hospital pharmacy gives a same-day phone advice line for pharmacists who are unsure of a dose

- every liquid medicine is handed out with an oral syringe marked at the right dose

What changed:

- <<Q:prescriptions for children under 12 with a weight recorded rose from 4% to 71% in the network's practices>>

- <<Q:dosing errors in children's liquid medicines reported by the network's pharmacies fell from 23 in 2022 to 7 in 2024>>

- <<Q:calls from pharmacies to prescribers to query a child's dose went down by about half, because the information was already on the prescription>>

- 1,960 children were weighed in pharmacies
"""),
        ("stakeholders", "Involvement", """
- <<P:parents at two toddler groups told us the biggest problem was knowing how much to give, not what was prescribed, and they asked for the marked syringe, which we now provide>>

- <<P:a group of parents from the network's patient participation groups checked the wording of the 'we will weigh your child' poster and changed it so it did not sound like a weight check for obesity>>

- pharmacists in all 38 pharmacies completed the training module

- pharmacy counter staff were briefed by their managers

- the dosing guidance was written by our lead paediatric pharmacist, Dr Ruth Okonjo, as part of her role at the hospital

- a survey was sent to pharmacists after six months; responses were good and nothing was changed
"""),
        ("value", "Value", """
- scales cost around £60 per pharmacy, funded by the ICB's medicines optimisation budget

- the advice line is part of the hospital pharmacy's existing on-call rota

- each tenfold error avoided could mean a child not needing admission or not suffering lasting harm

- weighing a child takes a couple of minutes and gives parents a reason to talk to the pharmacist about how to give the medicine
"""),
        ("spread", "Spread", """
- all the PCNs in Lindenford have agreed to add weights to children's prescriptions from 2025

- our poster and training module are on the national pharmacy association website

- we have asked the prescribing software suppliers to make weight a mandatory field for children
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1179  valproate and girls with epilepsy growing up - docx - reordered
#        (stakeholders first, evidence last) - consultant paediatric
#        neurologist, personal - acute trust with a PCN and an epilepsy support
#        group - girls and families and staff involved - Q as an SPC shift -
#        no flags
# ---------------------------------------------------------------------------
entry(
    id="I1179", format="docx", layout="reordered", topic="valproate_girls_epilepsy_transition",
    project="independent74-beforesixteen-1179", docx_font="Calibri",
    title="Before It Matters: valproate, girls with epilepsy and the years before adulthood",
    cover=[
        "Fernleigh Hospitals NHS Trust (Children's Epilepsy Service)",
        "with Fernleigh Central Primary Care Network and Fernleigh Epilepsy Connect (support group for people with epilepsy and their families)",
        "Dr Alison Murray, Consultant Paediatric Neurologist",
    ],
    primary_entrant=dict(name="Fernleigh Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Fernleigh Central Primary Care Network", type="primary_care"),
        dict(name="Fernleigh Epilepsy Connect", type="patient_group"),
    ],
    sections=[
        ("stakeholders", "Who made this happen", """
This project began with a conversation in clinic. <<P:A 15-year-old girl, who had been on sodium
valproate since she was six, asked me why nobody had ever told her that it could harm a baby, and she
and her mum then spent an afternoon with our epilepsy nurses going through every leaflet we gave out,
telling us which ones made sense to a teenager and which did not.>> <<P:Members of Fernleigh Epilepsy
Connect, including several young women who had been on valproate as girls, helped us write the
conversation guide and chose the age at which they thought it should start.>>

<<S:Our epilepsy nurse specialists designed the annual review and ran it in clinic for three months
before we changed anything else, and their feedback shaped the final version.>> <<S:Practice
pharmacists in the primary care network searched their records for girls on valproate who were not
known to us, and suggested the shared register that we now both keep.>>
"""),
        ("context", "Why this matters", """
Sodium valproate is a very effective medicine for some types of epilepsy, but taken in pregnancy it
carries a high risk of birth defects and developmental problems in the baby. Girls who start valproate
in childhood often carry on into their teens and twenties. National rules require a pregnancy
prevention programme and an annual risk acknowledgement form signed with a specialist for any girl or
woman who could become pregnant.

In practice, for girls, this responsibility fell between services. Children's clinics focused on
seizures; GPs assumed the hospital was doing the annual review; and many girls moved to adult services
without ever having had a conversation about valproate and pregnancy. In 2022 we found 46 girls aged
10 to 18 on valproate across our area, some of whom were prescribed it only by their GP.

There is also a real tension for families. For some girls valproate is the only medicine that has ever
controlled their seizures, and parents are understandably frightened of changing it. Conversations about
pregnancy with a ten-year-old and her parents need care, honesty and time, and a busy seizure clinic
rarely had any of those to spare.
"""),
        ("value", "Value", """
The project has cost little beyond clinical time: an extra 20 minutes in clinic once a year for each
girl and a shared spreadsheet. The avoidance of a single affected pregnancy is beyond price, both for
the family and in the lifelong care that a child affected by valproate may need.
"""),
        ("spread", "Sharing", """
The conversation guide has been adopted by the regional paediatric epilepsy network, and the adult
neurology service at our trust now uses the same register. We have shared the register search with
other primary care networks through the ICB's medicines team.
"""),
        ("evidence", "What the data show", """
Every girl on valproate is now on a shared register, held jointly by the hospital and the PCN. From the
age of ten, each has a conversation with her epilepsy nurse, at a pace that suits her, about what
valproate could mean later in life, and from puberty an annual review and risk acknowledgement, whoever
prescribes. Where another medicine would work, switching is offered.

We track the proportion of girls on the register with an up-to-date annual review on a statistical
process control chart. <<Q:After the register started, the chart showed a run of eleven months above
the previous centre line, and the mean rose from 38% to 92%.>> <<Q:The number of girls of 14 and over
still on valproate fell from 31 to 17, as those for whom an alternative was suitable were switched.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1180  medicines lost when children in care move placement - pdf - with
#        appendix - council head of service, formal - council children's
#        services with the ICB and an independent fostering agency - care-
#        experienced young people and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1180", format="pdf", layout="with_appendix", topic="looked_after_children_medicines_placement_moves",
    project="independent74-movingwithme-1180", pdf_font="LiberationSerif", pdf_align="J",
    title="Moving With Me: keeping children's medicines safe when they move to a new home",
    cover=[
        "Lead entrant: Kestonbury City Council, Children's Services",
        "Partners: NHS Kestonbury Integrated Care Board (Designated Nurse for Children in Care); Brightpath Fostering Ltd (independent fostering agency)",
        "Submitted by the Head of Service, Children in Care",
    ],
    primary_entrant=dict(name="Kestonbury City Council", type="local_authority"),
    partners=[
        dict(name="NHS Kestonbury Integrated Care Board", type="icb"),
        dict(name="Brightpath Fostering Ltd", type="private"),
    ],
    sections=[
        ("context", "The problem", """
Kestonbury City Council looks after about 540 children. Many of them move home during their time in
care, some several times a year, and a move often happens at short notice, at night or at the weekend.
Around a third of our children take a regular medicine: for epilepsy, asthma, ADHD, diabetes or mental
health conditions.

When a child moved, their medicines often did not move with them, or moved without the information
needed to give them safely. New foster carers and residential staff received a bag of boxes and bottles
with no list, or with an out-of-date list. Children's GP registration changed, so repeat prescriptions
stopped. In 2022 we reviewed 90 placement moves and found that in a large number the child missed at
least one day of a regular medicine. In one case a 12-year-old boy with epilepsy went four days without
his medicine after an emergency move and had a prolonged seizure at school.
"""),
        ("evidence", "What has improved", """
Moving With Me began in February 2023. Every child in care who takes a regular medicine has a one-page
medicines passport held on the council's case record and by the child's carer. When a move is planned
or happens in an emergency, the social worker must check the passport and the medicines before the
child leaves, the passport travels with the child, and the designated nurse's team contacts the new GP
within one working day.

<<Q:In a repeat review of 90 placement moves in 2024, moves where a child missed at least one day of a
regular medicine fell from 37 to 8.>> <<Q:Moves where the new carer received an up-to-date list of the
child's medicines rose from 29 to 81.>> <<Q:Incidents reported by foster carers and residential homes
involving a child's medicines fell by half between 2022 and 2024.>>
"""),
        ("stakeholders", "Who was involved", """
<<P:The passport was designed with the Kestonbury Children in Care Council, whose members told us they
were embarrassed when carers asked them in front of other children about their medicines, so the
passport now has a section the young person fills in themselves about how they like to be asked.>>
<<P:Two care leavers who had moved many times as teenagers reviewed the final design and asked for it
to fit inside a phone case, which is why it folds to that size.>>

<<S:Social workers, supervising social workers from Brightpath and residential care managers tested
the checklist on real moves for two months and told us which steps were impossible at 2am, which we
then removed.>> <<S:Nurses in the designated nurse's team worked with the social work teams to agree
who would contact the new GP.>>
"""),
        ("value", "Value", """
The passport costs almost nothing to produce. The main cost is staff time for the checks, which takes
about 15 minutes a move. Avoiding a single emergency admission after a missed medicine covers that
many times over. Children say they feel more in control of their own health.
"""),
        ("spread", "Spread", """
All independent fostering agencies and children's homes used by the council now use the passport as
part of their contract. We have shared it with neighbouring councils and with the national network of
designated nurses for children in care.
"""),
    ],
    trailer=[
        ("heading", "Appendix: what the medicines passport contains"),
        ("para", "Page one: the child's name, date of birth, GP practice and NHS number; each medicine, its strength, dose and when it is given; who prescribes it; when the next supply is due. Page two, written by the young person: 'How I like to take my medicines' and 'What I want my carer to know'."),
        ("para", "Review data are from the council's case records and foster carer incident reports. The designated nurse's team carried out both reviews using the same method."),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1181  paediatric early warning score in one hospital's ED - docx - style
#        headings - matron, plain - departments of one trust only (INELIGIBLE,
#        no partner) - staff involved - NO patient involvement (children and
#        parents as beneficiaries, told about the score)
# ---------------------------------------------------------------------------
entry(
    id="I1181", format="docx", layout="style_headings", topic="paediatric_early_warning_emergency_department",
    project="independent74-earlyeyes-1181", docx_font="Calibri",
    title="Early Eyes: a paediatric early warning score for children waiting in our emergency department",
    cover=[
        "Stanmoor General Hospital NHS Trust",
        "A partnership between the trust's Emergency Department, Children's Ward and Paediatric Critical Care Outreach Team",
        "Written by the Matron for Children's Emergency Care",
    ],
    primary_entrant=dict(name="Stanmoor General Hospital NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Background", """
Stanmoor General is a district general hospital. Our emergency department sees about 24,000 children a
year in a separate children's area. On busy evenings children can wait several hours after triage to be
seen by a doctor, and while they wait they are observed by a single nurse looking after up to twenty
children and their families.

Our children's ward had used a paediatric early warning score for years, but in the emergency
department observations were taken at triage and then, often, not again until the child was seen.
Children who were getting worse in the waiting room were picked up because a parent came to the desk or
a nurse happened to notice. Our incident reports for 2021 included three children with sepsis and one
with diabetic ketoacidosis whose condition worsened significantly while waiting.

The critical care outreach team, which supports the wards, had never been called to the emergency
department for a child, because the department's escalation route went only to its own doctors. A nurse
might have a sense that a child was not right but nothing to point to, and calling a registrar from the
ward could feel like going over someone's head. We wanted a system that gave every nurse
permission, and a reason, to ask for help early.
"""),
        ("evidence", "What has changed", """
Since November 2022 every child in the emergency department has observations repeated at a set interval
according to their triage category, and the score is calculated on the electronic observations system.
A score of three or more prompts the nurse to call the emergency department doctor. A score of five or
more, or a rise of two points, prompts a call to the children's ward registrar and the critical care
outreach team, who attend within 15 minutes.

<<Q:The proportion of children who had repeat observations within the expected time rose from 31% in
2022 to 86% in 2024.>> <<Q:Children transferred to intensive care who had been in the emergency
department for more than four hours before escalation fell from 12 in 2021 to 3 in 2024.>>
"""),
        ("stakeholders", "Who was involved", """
<<S:Nurses and doctors from the emergency department, the children's ward and the outreach team worked
together on the escalation rules, and emergency department nurses asked for the score to be calculated
by the system, so they did not have to do it by hand on a busy shift.>> <<S:Healthcare assistants
suggested a timer on the department's screen that turns amber when a child's observations are due, and
this was added in the second month.>>

Children and their parents are told about the score at triage, and a poster in the waiting area
explains that their child will be checked regularly.
"""),
        ("value", "Value", """
The score used the existing observations system and the outreach team's existing capacity. Fewer late
escalations mean fewer children needing intensive care and shorter stays. The only new cost was the
screen timer, at around £3,000. Nurses say they feel safer leaving a child in the waiting area when they
know the system will remind them, and the outreach team now knows the children before they reach the
ward.
"""),
        ("spread", "Spread", """
The score has been shared with the trust's urgent treatment centre, and we have presented it to the
regional children's emergency care network. The escalation rules are written into the trust's
deteriorating child policy, and new emergency department nurses learn the score in their first week.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1182  medicines given to children in day nurseries - pdf - form table -
#        PRIVATE nursery group as primary entrant (INELIGIBLE) with a council
#        early years team and a community trust - parents and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1182", format="pdf", layout="form_table", topic="day_nursery_medicines_administration",
    project="independent74-littledoses-1182", pdf_font="LiberationSans",
    title="Little Doses: safer medicines for babies and toddlers in day nurseries",
    cover_table=[
        ("Title", "Little Doses: safer medicines for babies and toddlers in day nurseries"),
        ("Lead organisation", "Little Acorns Nurseries Ltd"),
        ("Partner organisations", "Oldcastle City Council (Early Years and Childcare Team); Oldcastle Community Health NHS Trust (Health Visiting Service)"),
        ("Contact", "Director of Quality and Safeguarding, Little Acorns Nurseries Ltd"),
    ],
    primary_entrant=dict(name="Little Acorns Nurseries Ltd", type="private"),
    partners=[
        dict(name="Oldcastle City Council", type="local_authority"),
        dict(name="Oldcastle Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Describe the patient safety issue", """
Little Acorns runs 14 day nurseries in Oldcastle caring for about 1,100 children from six weeks to five
years old. Nursery staff give medicines every day: antibiotics, paracetamol and ibuprofen liquids,
inhalers, and for some children medicines for epilepsy, reflux or allergy. Small children cannot tell
you their name or whether they have already had their medicine, and several children in a room may
have the same medicine at the same time.

Our own incident reports in 2022 showed that the most common problems were doses given twice, because
the morning and afternoon staff did not share a record; paracetamol given at nursery after a parent had
given a dose at home without telling us; and medicines given to the wrong child in the baby room.
Parents' written consent forms were often incomplete. The council's early years team told us other
nurseries in the city had the same problems.

Nursery staff are not nurses. Most are young, many are apprentices, and the person giving a medicine at
2pm may have started work that week. Medicines often arrived in a bag at drop-off with a note from home,
and the dose on the note was sometimes different from the dose on the pharmacy label. Staff did not
always feel able to refuse a medicine or to question a parent. A baby with a fever who had already had
paracetamol at home could be given another dose at nursery, and any fever after that could be missed
because the medicine was masking it. We knew we could not solve this on our own, which is why we asked
the council and the health visiting service to work with us.
"""),
        ("evidence", "What evidence is there of improvement?", """
Since April 2023 all our nurseries use a single medicine record for each child with a photograph,
completed with the parent at drop-off, including the time of any dose given at home. Each dose is
checked by two members of staff and recorded straight away on a tablet. Health visitors gave the
training on children's doses and fever.

<<Q:Medicine errors across our nurseries fell from 41 in 2022 to 12 in 2024.>> <<Q:Doses of paracetamol
or ibuprofen given within four hours of a home dose fell from 17 to 1.>> <<Q:Incomplete consent forms
found at the council's quality visits went down from about one in three to one in twenty.>>
"""),
        ("stakeholders", "How were patients, families and staff involved?", """
<<P:Parents from three nurseries came to evening sessions and told us the drop-off conversation must be
quick, so the 'dose at home' question is now the first thing staff ask, and parents can tick it on the
app before they arrive.>> <<S:Room leaders from the baby rooms trialled the tablet record and asked for
the child's photograph to fill half the screen, which we changed.>> <<S:Health visitors and the
council's early years advisers reviewed our policy line by line with nursery managers.>>
"""),
        ("value", "What is the value of the work?", """
The tablets and software cost about £14,000 across all our nurseries. Fewer errors mean fewer calls to
111, fewer worried parents and fewer children being sent to the GP or hospital. Our staff say they feel
more confident and better supported, and new starters learn one clear process from their first day.
"""),
        ("spread", "How has it been shared?", """
The council has shared our medicine record and training with all private, voluntary and independent
nurseries in the city, and 23 other settings now use it.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
    ],
)


# ---------------------------------------------------------------------------
# I1183  young adults leaving a children's hospice - pdf - numbered questions -
#        hospice director of care, personal - hospice on its own with its own
#        teams (INELIGIBLE, no partner) - young adults and staff involved - NO
#        evidence section and no measured change anywhere
# ---------------------------------------------------------------------------
entry(
    id="I1183", format="pdf", layout="numbered_questions", topic="childrens_hospice_young_adult_transition",
    project="independent74-nextchapter-1183", pdf_font="DejaVuSans", pdf_align="L",
    title="The Next Chapter: safe handover of young adults leaving children's hospice care",
    cover=[
        "Rowanbrook Children's Hospice (registered charity)",
        "Delivered by our Transition Team, Family Support Team and Hospice at Home Nurses",
        "Entry by the Director of Care",
    ],
    primary_entrant=dict(name="Rowanbrook Children's Hospice", type="charity"),
    partners=[],
    sections=[
        ("context", "1. What problem were you trying to solve?", """
Rowanbrook cares for children and young people with life-limiting and life-threatening conditions:
severe neuromuscular conditions, complex epilepsy, rare metabolic conditions and others. Thanks to
better medical care, many of them now live well into adulthood. But our registration and our funding
are for children, and at some point between 18 and 25 every young person leaves us.

For years that ending was handled badly, and not only by us. Young adults who had been known to the same
nurses since they were babies moved to adult services that did not know them, often a GP, an adult
neurologist and a district nurse team who had never cared for someone with their condition. Their
symptom management plans, emergency plans and knowledge of what works for them stayed in our notes.
Families told us they felt they had fallen off a cliff.

We had a young man with Duchenne muscular dystrophy who, within six months of leaving our care, was
admitted to hospital with a chest infection. The ward did not know about his ventilation plan or his
wishes about intensive care, which were written down in detail in our records, and he spent two weeks
in intensive care that he had said he did not want.

We realised that leaving us was not a single event but a process that needed to start years before the
last day. Adult services could not be expected to know a young person they had never met, and a discharge
letter, however long, was not enough. The knowledge we needed to pass on was partly written down and
partly held in the heads of nurses who had cared for the young person for a decade.
"""),
        ("stakeholders", "2. How did you involve patients, families and staff?", """
<<P:Our young adults' group, which calls itself 'The Grown-Ups', told us what they wanted: to be in
charge of their own plan, to hold it themselves and not to have to tell their story again to every new
professional.>> <<P:They designed the 'About Me' summary, chose the headings and insisted on a page in
their own words.>> <<P:Parents who had been through the move with older sons and daughters met our
transition team and asked for a final joint visit, so that the last time they saw a Rowanbrook nurse it
was alongside the new team, and that visit is now standard.>>

<<S:Our hospice at home nurses and family support workers mapped the last year of care for six young
adults who had already left, and they pointed out that the emergency plans were the documents most
often missing when a young person arrived in hospital.>> <<S:The nurses then tested the handover pack
with two young adults before it was used for everyone.>>
"""),
        ("value", "3. What is the value of the work?", """
The Next Chapter uses our existing staff. Each handover takes about two days of nursing time spread over
a year. We believe it prevents distressing and unwanted treatment and helps young adults live as they
choose. Families tell us they no longer feel abandoned. Ending a long relationship well, rather than simply
closing the notes, also matters to the nurses who have cared for these young people for years.
"""),
        ("spread", "4. How has the work been shared?", """
Since 2023 every young adult leaving Rowanbrook has had a transition year with a named nurse, an 'About
Me' summary and emergency plan that they hold, and a joint final visit with their new adult team. We
have shared the 'About Me' template with the regional children's palliative care network and with
three other children's hospices, and we would like to work with adult hospices in the area in future.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
        dict(code="ineligible", criterion=None),
    ],
)


# ---------------------------------------------------------------------------
# I1184  ADHD medicines that stop at eighteen - docx - bullet lists - GP
#        federation clinical pharmacist, direct - GP federation with a mental
#        health trust and a community trust - young people involved - NO
#        staff involvement (GPs briefed, one named pharmacist lead, trained,
#        a plan) - NO value section
# ---------------------------------------------------------------------------
entry(
    id="I1184", format="docx", layout="bullet_lists", topic="adhd_medicines_transition_at_eighteen",
    project="independent74-nogap-1184", docx_font="Arial",
    title="No Gap at Eighteen: keeping ADHD medicines going when young people leave children's services",
    cover=[
        "Lead: Millbeck GP Federation",
        "Partners: Millbeck and Dales Mental Health NHS Foundation Trust (Adult ADHD Service); Dalesway Community NHS Trust (Community Paediatrics)",
        "Contact: Lead Clinical Pharmacist, Millbeck GP Federation",
    ],
    primary_entrant=dict(name="Millbeck GP Federation", type="primary_care"),
    partners=[
        dict(name="Millbeck and Dales Mental Health NHS Foundation Trust", type="nhs_trust"),
        dict(name="Dalesway Community NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The problem", """
Young people with ADHD in Millbeck are diagnosed and looked after by community paediatrics until they
are 18. Their medicines are prescribed by their GP under a shared care agreement with the paediatrician.
When they turn 18, the paediatrician discharges them. The adult ADHD service has a long waiting list.
The shared care agreement ends, and GPs are not allowed to keep prescribing without a specialist.

What that meant in practice:

- young people's prescriptions stopped suddenly, often in the middle of A-levels, an apprenticeship or a first job

- some bought medicines online or took a friend's tablets

- stopping and restarting stimulant medicines without monitoring carries risks to heart rate and blood pressure that nobody was checking

- some young people who stopped their medicine had road accidents, lost jobs or reached a crisis with their mental health

- in 2022 an 18-year-old was seriously injured in a car crash two months after his medicine was stopped

The gap was nobody's fault in particular. Each service was following its own rules. Paediatricians
discharge at 18 because their service is commissioned for children. The adult service has to prioritise
its waiting list. GPs cannot prescribe these medicines safely without specialist support. The only
people who saw the whole picture were the young people themselves and the pharmacists handling their
prescriptions, who could see the repeats running out.
"""),
        ("evidence", "What changed", """
Since September 2023:

- paediatricians refer every young person on ADHD medicine to the adult service at 17, not 18

- the adult ADHD service accepts them straight onto its caseload, without a new assessment, and takes over shared care from the day they turn 18

- GP practices keep prescribing throughout, with blood pressure and weight monitored by the practice

- the federation's pharmacists check the register every month and follow up anyone whose transfer has not been completed

Results:

- <<Q:young people whose ADHD prescriptions stopped for more than four weeks around their 18th birthday fell from 44 in the year before to 5 in the first year>>

- <<Q:the proportion with a blood pressure and pulse check in the three months after turning 18 went up from 20% to 83%>>
"""),
        ("stakeholders", "Who was involved", """
- <<P:young people from the Millbeck College neurodiversity peer group told us the worst part was not knowing who to ask, so each young person now gets a text from the federation pharmacist at 17 naming their new team>>

- <<P:the same group asked that the letter about the change should be written to them and not to their parents, and the letters were rewritten>>

- GPs in all 27 practices were briefed by email and at the federation's clinical meeting

- the monthly register check is run by our lead clinical pharmacist, Tom Ashworth, as part of his role

- practice nurses were trained in ADHD medicine monitoring

- we plan to set up a joint review group with the adult service in 2025
"""),
        ("spread", "Spreading the work", """
- the pathway is now written into the ICB's shared care agreement for ADHD medicines for the whole county

- two other GP federations have asked for our register search and text template

- the community paediatric service has started the same early referral for young people on melatonin and other medicines that need a specialist at 18

- we presented the work at the regional medicines optimisation network

- the adult ADHD service is using the same approach for young people moving into the area from other counties, whose prescriptions were often lost in the same way
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="value"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)
