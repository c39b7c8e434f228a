"""One-hundred-and-fourth independent evaluation set (I1649..I1664) for the HSJ 'Best
Partnership Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing children's hospitals, community
children's nursing teams, children's hospices, councils' SEND and passenger transport
teams, integrated care boards, GP federations, fire and ambulance services, universities
and the odd private home care or equipment company send in, in their own voices and at
their own length.  The theme of this set is children with complex needs at home: home
ventilation, gastrostomy feeding, respite short breaks, special schools, school transport
and palliative care for children.

Topics, with the lead's type and the layout:
  I1649 paid carers for children going home on long-term ventilation (nhs_trust,
        children's hospital; pdf own_headings);
  I1650 dislodged gastrostomy buttons at special schools and weekends (nhs_trust,
        community; docx bold_headings);
  I1651 seizure rescue plans for sitting-service short breaks at home (charity; docx
        numbered_questions);
  I1652 lunchtime medicines in special schools (local_authority, SEND; pdf
        caps_headings);
  I1653 wheelchair restraints on home-to-school minibuses (local_authority, passenger
        transport; docx style_headings with a cover table);
  I1654 anticipatory medicines for children dying at home out of hours (charity,
        children's hospice; pdf two_column);
  I1655 wrong deliveries of feeds and pump sets to tube-fed children (private home
        enteral feeding company as primary entrant; docx form_table);
  I1656 home oxygen and fire safety for babies leaving the neonatal unit
        (emergency_service, fire and rescue; pdf numbered_questions);
  I1657 texture-modified lunches for children with swallowing difficulties in special
        schools (university; docx rubric_headings with a cover table);
  I1658 emergency short breaks when a parent carer is suddenly admitted (icb; pdf
        with_appendix);
  I1659 mismatched ventilator settings between hospital and home machines (nhs_trust on
        its own, departments only, no partner; docx reordered, results first);
  I1660 rescue medicines travelling with children on school transport (local_authority;
        docx bullet_lists, no spread section);
  I1661 children's advance care plans visible to ambulance crews (emergency_service,
        ambulance; pdf style_headings made from Word via soffice);
  I1662 remote alarms for home ventilators (private medical technology company as
        primary entrant; pdf bullet_lists);
  I1663 emergency health care plans for children with life-limiting conditions in GP
        practices (primary_care, GP federation; pdf form_table, short, no evidence
        section);
  I1664 bolus gastrostomy feeds given by special school staff (nhs_trust, community
        children's nursing; docx no_headings).

Build it with

    .venv/bin/python data/independent/build.py --set 104   (writes data/corpus/independent104/)

Mark-up used inside section bodies (stripped before rendering):
  <<Q:sentence>>   quantitative claim (a measured change in an outcome: a baseline and an
                   after value, or a stated change such as 'halved' or 'a third fewer')
  <<P:sentence>>   patient / carer / family / service-user / lived-experience involvement
                   (children, young people, parents and siblings included)
  <<S:sentence>>   staff involvement (any staff group, including partners' staff, who
                   co-designed, tested, were consulted, governed the work or gave feedback
                   that changed it)
  (letters combine, e.g. <<PS:...>>)
Paragraphs are separated by a blank line; line breaks inside a paragraph are joined with
a single space.  A paragraph starting with "- " is a bullet item.

Labelling conventions (as in entries29.py and entries31.py):
  * not Q: dates, financial years, bed/ward/home/school/practice counts, headcounts,
    numbers trained, activity counts (visits, calls, referrals, checks, kits, plans
    written, deliveries), single figures with no baseline, a zero with no earlier
    figure, figures that did not change, budgets, costs and savings estimates, phone
    numbers, reference numbers, targets not yet reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    ('halved', 'a third fewer', a shift on a run or SPC chart);
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, unusual names for the people involved, list
    items), wherever in the entry it is told;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance and fire and rescue services are
emergency_service; GP federations and local pharmaceutical committees are primary_care;
children's hospices and family support charities are charity; a university is
university; home enteral feeding, home oxygen, nursing agency, coach and medical
technology companies are private).  A department or team of the entrant's own
organisation is not a partner.  Flags are written by hand and build.py cross-checks them
against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1649  paid carers for children on long-term ventilation - pdf - own
#        headings - LTV nurse consultant, warm - children's hospital with an
#        ICB and a private nursing agency - parents (pronouns) and staff
#        involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1649", format="pdf", layout="own_headings", topic="home_ventilation_paid_carer_competency",
    project="independent104-safehandsathome-1649", pdf_font="LiberationSans", pdf_align="L",
    title="Safe Hands at Home: one competency passport for the carers of children on long-term ventilation",
    cover=[
        "Lead organisation: Harbrook Children's Hospital NHS Foundation Trust (Long-Term Ventilation Team)",
        "Partners: NHS Calder Vale and Rowe Integrated Care Board (Children's Continuing Care); Brightwater Home Nursing Ltd",
        "Written by the Nurse Consultant for Long-Term Ventilation",
    ],
    primary_entrant=dict(name="Harbrook Children's Hospital NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="NHS Calder Vale and Rowe Integrated Care Board", type="icb"),
        dict(name="Brightwater Home Nursing Ltd", type="private"),
    ],
    sections=[
        ("context", "Where we started", """
Our long-term ventilation team looks after 74 children and young people who breathe with the help of a
ventilator at home, some through a mask at night and some through a tracheostomy for most of the day. The
youngest went home at five months old. Almost all of them have a package of care at home funded through
children's continuing care, which means that for many hours of each week, often overnight, the person
watching the ventilator is not a parent but a paid carer employed by a nursing agency.

Those carers are the ones who respond first when a tracheostomy tube blocks, when the ventilator alarms
at three in the morning or when a child's oxygen levels start to drift. In 2022 we realised that we did
not actually know whether they could do it. Each agency trained its own staff in its own way. Our team
signed carers off on the ward before discharge, but carers changed often, new ones arrived who had never
met us, and the sign-off sheet stayed in a folder on the ward. Parents were left to teach the new carers
themselves, at the bedside, at night.

Two incidents brought this into focus. A carer who had been with a family for only a week did not
recognise that a tracheostomy tube had partly come out and spent several minutes increasing the oxygen
instead of changing the tube. And a young man on overnight ventilation was found with his circuit
disconnected, because the carer had silenced an alarm she did not recognise. Both children recovered.
Both families lost confidence in their packages, and one family asked for the care to stop altogether,
so that his mother was doing every night herself.

The integrated care board commissions the packages, the agencies employ the carers and our team holds the
clinical knowledge. No one of us could fix it alone.

It is worth saying how much these families carry. A child on a ventilator overnight needs someone awake
and watching, every night, for years. Without a package of care, a parent simply cannot sleep. So when a
package falls apart because the family no longer trusts the carers, the risk moves straight back onto
a parent who is already exhausted, and that is a safety problem of its own.
"""),
        ("stakeholders", "Working it out together", """
We started by asking parents what had gone wrong for them. <<P:Eleven mums and dads of children on
ventilation met with us over two evenings, and they were blunt: they were tired of being the trainer,
and they wanted to know that anyone walking through their front door had been checked by someone
other than them.>> <<P:They also asked that each carer should show them, in their own home, that they
could do an emergency tube change on the family's own equipment, and that check became the last step of
the passport.>> <<P:One father, whose son had been ventilated since birth, filmed the routine he wanted
every new carer to follow at the start of a shift, and his film is now part of the induction.>>

<<S:Brightwater's clinical leads and four of their most experienced carers sat with our nurses to write
the competencies, and they cut out anything that carers would never actually do at home.>>
<<S:The continuing care nurse assessors from the ICB tested the passport on two packages before it went
live and asked for a section on how often competencies should be refreshed, which we added.>>
<<S:Our own ward nurses pointed out that many sign-offs were failing because carers could only attend
on weekdays, so we now run assessment sessions on Saturday mornings.>>
"""),
        ("evidence", "What difference it has made", """
Safe Hands at Home began in April 2023. Every paid carer working with a ventilated child in the area now
holds a single competency passport, recorded on a shared register that the ICB, the agencies and our
team can all see. No carer can be placed on a package until the register shows they are signed off, and
competencies are checked again every twelve months or after any incident.

<<Q:Incidents in which a paid carer did not follow the emergency plan fell from 19 in the year before
the passport to 5 in its first full year.>> <<Q:Unplanned admissions to intensive care for children on
home ventilation because of an airway or equipment problem at home went from 13 to 6 over the same
period.>>

There are now 212 carers on the register. Two packages that had broken down have been restarted.
"""),
        ("value", "Value for patients, families and the system", """
Each emergency admission to intensive care costs many thousands of pounds and can mean a child spends
weeks in hospital. The passport itself costs very little: the register is a shared spreadsheet, and the
assessment sessions are run by staff who were already spending time on ad hoc training. The agencies say
that new carers are ready to work sooner, because they know exactly what they have to learn.

Families tell us they sleep better. That matters for safety too, because exhausted parents make
mistakes.
"""),
        ("spread", "Spreading the idea", """
The passport has been shared with the regional paediatric long-term ventilation network, and two other
children's hospitals have asked for the competency set. We are working with the ICB to add the same
approach to packages for children with a tracheostomy who are not ventilated.

The hardest part was not writing the competencies but agreeing who owned the register. In the end the
ICB took responsibility for it, because it commissions the packages, with our team responsible for the
clinical content and the agencies for keeping their staff up to date. We would advise anyone trying
this to settle that question first.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1650  dislodged gastrostomy buttons at special schools and weekends - docx
#        - bold headings - children's community nursing team leader, chatty -
#        community trust with acute trust and city council - pupils (school
#        council), parents and staff involved; Q in words - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1650", format="docx", layout="bold_headings", topic="gastrostomy_button_dislodgement_school",
    project="independent104-buttonback-1650", docx_font="Calibri",
    title="Button Back In: stopping blocked and dislodged gastrostomy buttons turning into hospital stays",
    cover=[
        "Lenfield Community Health NHS Trust, Children's Community Nursing Team (lead)",
        "With Lenfield General Hospitals NHS Trust (Children's Emergency Department and Paediatric Surgery) and Lenfield City Council (Special Educational Needs and the city's four special schools)",
        "Entry by the Children's Community Nursing Team Leader",
    ],
    primary_entrant=dict(name="Lenfield Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Lenfield General Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Lenfield City Council", type="local_authority"),
    ],
    sections=[
        ("context", "The problem", """
About 260 children in Lenfield are fed through a gastrostomy, and most have a low-profile 'button' that
sits flat on the tummy and is held in by a small water-filled balloon. Buttons are brilliant, but they
do come out. A child pulls at it, the balloon bursts, it gets caught on a seat belt or a wheelchair
strap. If it is not put back within an hour or so, the hole, which we call the stoma, starts to close.
Then the child needs a trip to theatre.

Before this project, if a button came out at school, the school rang the parent, the parent came to
school, and then usually took the child to the emergency department, because school staff were not
allowed to touch it and most parents did not carry a spare. At weekends our team was not working, so
families went straight to the emergency department, where staff who rarely saw buttons sometimes tried to
put in a urinary catheter to keep the stoma open, and sometimes did not have the right size. Children
waited for hours. A few ended up having the stoma re-made under anaesthetic.

The four special schools between them have about 70 pupils with a button, and for them a dislodged
button was a fairly regular event, sometimes several times a term for the same child. Each time meant a
lost school day and often a long wait in the emergency department for a child who finds noise, waiting
and strangers very hard. One mother told us she had stopped sending her daughter to school on days when
she could not be sure she would be near her phone.

The three organisations each held part of the answer. We had the nurses and the know-how, the hospital
had the surgical team and the emergency department, and the council ran the schools and set their
policies on what staff could and could not do.
"""),
        ("evidence", "What happened", """
We did three things. Every child with a button now has a spare button and a 'stoma saver' kit that
goes with them in their school bag, checked by us every term. Staff in the four special schools who
look after tube-fed pupils have been trained, and signed off, to put a spare button back in or to put in
a stoma saver tube until a nurse arrives. And our team now runs a weekend phone line and visiting
service, shared with the paediatric surgical nurses at the hospital, so that a family at home on a
Sunday can get a nurse rather than an ED cubicle.

<<Q:In the twelve months before Button Back In, 88 children came to the emergency department with a
dislodged or blocked button, and in the twelve months after, that number roughly halved.>>
<<Q:Children who needed a general anaesthetic because the stoma had closed went from nine to one.>>
The average time to get a button back in, for the cases where we have a record, is now well under an
hour, although we did not collect this consistently before so we cannot say by how much it has
changed.

We have issued 241 spare-button kits and trained 58 school staff.
"""),
        ("stakeholders", "Who helped", """
<<P:The school council at Riverside Special School, which is made up of pupils, most of whom use
communication aids, tested three different bag tags with us and chose the bright yellow one that now
tells anyone who opens the bag that a spare button is inside.>> <<P:Parents from the Lenfield Tube
Feeding Families group told us that the instructions we had written were far too long, and they helped
us cut them down to a single picture card.>>

<<S:Teaching assistants and school nurses at all four special schools helped us decide what they felt
safe to do, and it was their idea to practise on a teaching model each term rather than once a year.>>
<<S:The ED nurses and paediatric surgical nurse specialists worked out the weekend rota with us and
agreed the stoma saver kit contents, after ED staff told us the sizes they most often did not have.>>
"""),
        ("value", "Value", """
An emergency department attendance is expensive, and a trip to theatre much more so. The kits cost
about £40 each, mainly the spare button, which families were entitled to anyway. The real gain is for
children: less time in hospital, fewer anaesthetics and less time out of school. Parents say they no
longer have to leave work every time a button comes out.

Schools say they feel trusted to deal with something that used to mean a phone call and a lost day.
For our own team, the weekend line has added a few calls a month, which we have managed within the
existing on-call arrangements.
"""),
        ("spread", "Spread", """
The city council is adding gastrostomy button training to the health needs policy for all its
mainstream schools. We have shared the picture card and the weekend rota model with two neighbouring
community trusts and the regional children's nutrition nurses' network.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1651  seizure rescue plans for sitting-service short breaks - docx -
#        numbered questions - charity service manager, earnest - family
#        support charity with council and community trust - staff involved -
#        NO patient involvement (parents surveyed, nothing changed; families
#        sent letters; a parent panel planned; children as beneficiaries)
# ---------------------------------------------------------------------------
entry(
    id="I1651", format="docx", layout="numbered_questions", topic="short_breaks_sitting_service_seizure_plans",
    project="independent104-breathingspace-1651", docx_font="Arial",
    title="Breathing Space: safe seizure care when short breaks come to the family home",
    cover=[
        "Lead entrant: Stepping Stones Family Breaks (registered charity)",
        "Partners: Orrisdale County Council (Children with Disabilities Service) and Orrisdale Community NHS Trust (Children's Epilepsy Nursing Service)",
        "Contact: Short Breaks Service Manager",
    ],
    primary_entrant=dict(name="Stepping Stones Family Breaks", type="charity"),
    partners=[
        dict(name="Orrisdale County Council", type="local_authority"),
        dict(name="Orrisdale Community NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "1. What was the patient safety problem and why did it need a partnership?", """
Stepping Stones provides short breaks for families of disabled children in Orrisdale. Much of what we do
is a sitting service: one of our short break workers goes to the family home for an evening or a
Saturday afternoon so that parents can go out, catch up on sleep or spend time with their other
children. The council commissions most of these breaks. We support around 180 children, and just over
half of them have epilepsy.

Many of those children have a rescue medicine, usually buccal midazolam, to be given if a seizure goes
on for too long. The instructions come from the epilepsy nurses in an individual seizure plan. Our
problem was that the plan we had on file was often not the plan the family had at home. Plans were
updated at clinic, the family got a new copy, and nobody told us. In 2022 one of our workers gave a dose
based on an old plan that said five minutes, when the child's new plan said to wait for three and then
call an ambulance. Another worker arrived to find the family's midazolam had expired months before. No
child was harmed, but we were relying on luck.

The sitting service is one of the things families value most. It is often the only time a parent gets
a break, and it only works if they can go out trusting that their child is safe. Our workers are not
nurses. They are trained in basic care, moving and handling, and giving rescue medicine according to a
plan, and they rely completely on that plan being right.

The information sat with three organisations. The epilepsy nurses wrote and updated the plans. The
council knew which children had been assessed as needing a break and paid for it. We sent the workers.
No one organisation could keep the plans in step on its own, and until 2023 there was no arrangement
between us to do so.
"""),
        ("evidence", "2. What has changed, and how do you know?", """
From January 2023, the epilepsy nursing service sends every updated seizure plan for a child known to
Stepping Stones straight to our secure inbox, on the same day, and the council's short breaks
coordinator checks on the first of each month that the plans we hold match the council's list of
children with a rescue medicine. Our workers check the date on the plan and the expiry date on the
medicine at the start of every visit, and record it on their phone.

<<Q:In our 2022 audit, 31 of 97 seizure plans we held were out of date; in the repeat audit in
January 2024, 2 of 101 were.>> <<Q:Visits where the rescue medicine at home was found to be missing or
expired dropped from 23 in 2022 to 6 in 2023.>> There have been no more incidents involving an out-of-date
plan.
"""),
        ("stakeholders", "3. How were patients, families and staff involved?", """
<<S:Our short break workers told us, in team meetings, that they often found the plan in a kitchen drawer
and had no way of knowing whether it was current, and they designed the start-of-visit check that we now
use.>> <<S:The epilepsy nurses agreed with us a shorter version of the seizure plan that fits on one side
of A4, after two of them spent an evening shadowing our workers on visits.>> <<S:The council's short
breaks coordinator and our service manager met monthly for the first six months to sort out problems
with the list.>>

All families who use the sitting service were sent a letter explaining the new arrangements and asking
them to tell us about any new plan. We also sent a questionnaire to parents in the summer of 2023; most
said they were happy with the service and we did not change anything as a result. We would like to
set up a parents' advisory panel next year. Ultimately it is the children who benefit, because the
person caring for them has the right information.
"""),
        ("value", "4. What difference has this made to patient experience and value for money?", """
The changes cost almost nothing: an inbox, a monthly check and a few minutes at the start of each visit.
Workers say they feel much more confident giving rescue medicine. One ambulance call-out or hospital
admission for prolonged seizures costs far more than the whole year's administration.
"""),
        ("spread", "5. How could this be used elsewhere?", """
Any short breaks provider that goes into family homes faces the same problem. We have shared our check
and the one-page plan with the regional short breaks providers' network, and the council is building the
same plan-sharing arrangement into its contracts with two other providers from April 2025.

We think the same approach would work for other plans that change often, such as feeding plans for
children who are tube fed and emergency plans for children with a tracheostomy, and we are discussing
this with the community children's nurses.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1652  lunchtime medicines in special schools - pdf - caps headings -
#        council SEND health lead, formal - council with community trust school
#        nursing and an LPC - parents and staff involved - NO quantitative
#        evidence (counts of staff trained, schools, an audit single figure,
#        a target)
# ---------------------------------------------------------------------------
entry(
    id="I1652", format="pdf", layout="caps_headings", topic="special_school_medicines_administration",
    project="independent104-rightdoseschool-1652", pdf_font="DejaVuSans", pdf_align="J",
    title="Right Dose, Right Child: medicines at school for pupils with complex health needs",
    cover=[
        "Brantwick Borough Council, Special Educational Needs and Disabilities Service",
        "In partnership with Brantwick and Fenn Community NHS Trust (Special School Nursing Team) and Brantwick Local Pharmaceutical Committee",
    ],
    primary_entrant=dict(name="Brantwick Borough Council", type="local_authority"),
    partners=[
        dict(name="Brantwick and Fenn Community NHS Trust", type="nhs_trust"),
        dict(name="Brantwick Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "BACKGROUND", """
Brantwick has five maintained special schools with 740 pupils between them. A large minority take
medicines during the school day: anti-epileptic drugs, reflux medicines, muscle relaxants, laxatives,
and in some cases controlled drugs. Many pupils cannot swallow tablets, so medicines are given as liquids
or through a gastrostomy, often several at once at lunchtime.

Schools had been managing this with paper records, bottles brought in by parents in carrier bags and
instructions copied from the label. Labels said 'as directed'. Doses changed after clinic appointments
and the school found out weeks later. School nurses visit each school only once or twice a week, so most
doses are given by teaching assistants. In 2022 our own review of incident forms found medicines given to
the wrong child on two occasions, a double dose of a seizure medicine and several missed doses, and
schools told us they were anxious about the responsibility they carried.

The three organisations each saw a different part of the problem. The council is responsible for the
schools and for making sure pupils with medical needs are supported. The school nurses write the health
care plans and train staff. The community pharmacies dispense the medicines but had no idea that part
of a prescription was going to school. Nobody was responsible for the whole journey of a medicine from
the prescription to the child.
"""),
        ("stakeholders", "WORKING WITH FAMILIES AND STAFF", """
<<P:A group of parents, recruited through the Brantwick Parent Carer Forum, went through every step of
how a medicine gets from the pharmacy to their child's lunchtime and marked where they thought it went
wrong; the biggest gap they found was that nobody told the school when a dose changed.>> <<P:On their
advice, parents now get a 'dose change' slip from the pharmacy to hand in with any new supply.>>

<<S:Headteachers and the teaching assistants who give medicines at each school met with the school
nurses four times to agree a single medicines policy for all five schools, and the teaching assistants
insisted on a second person checking every controlled drug, which is now in the policy.>>
<<S:Community pharmacists from the Local Pharmaceutical Committee proposed that school supplies should
be dispensed in separate, clearly labelled containers with the exact dose and time, and they worked out
with the schools what the labels should say.>> <<S:School nurses tested the new electronic medicines
record in one school for a term and asked for changes to the way missed doses are shown.>>
"""),
        ("evidence", "OUTCOMES", """
The new arrangements have been in place in all five schools since September 2023. Every pupil who takes
medicines at school now has a medicines plan written by the school nurse, the medicines come in
school-only labelled packs, and doses are recorded on an electronic chart that the school nurse can see
from her office.

We have trained 146 school staff to give medicines, and all of them have passed a competency check
observed by a school nurse. 312 pupils have a medicines plan on the new chart. Pharmacies have
dispensed 1,480 school-only packs since the start.

In an audit of 40 medicines charts in the summer term of 2024, 38 were fully completed. There was one
reported incident of a missed dose in the autumn term of 2023, which was picked up the same day.

Our target is that every special school pupil's plan is reviewed within two weeks of any change made
in clinic. We have not yet reached this, but we expect to by the end of 2025.
"""),
        ("value", "VALUE AND IMPACT", """
The cost of the project was mainly staff time, and a small licence fee for the electronic chart of about
£6,000 a year shared between the schools. Staff in the schools say the work is calmer, and headteachers
report that they are no longer worried about being inspected on medicines. Parents no longer need to come
into school to explain a new dose.

There are less obvious benefits too. School nurses no longer spend part of every visit sorting out
bottles and unclear labels, and can spend the time on care plans and training. Pharmacies have fewer
queries from schools. The council has one policy to maintain instead of five.
"""),
        ("spread", "SHARING AND SPREADING", """
The medicines policy has been offered to the two academy special schools in the borough, and one has
adopted it. We have presented the work at the regional SEND health leads meeting and shared the labels
with the other local pharmaceutical committees in the region.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1653  wheelchair restraints on home-to-school minibuses - docx - style
#        headings with a cover table - passenger transport manager, practical
#        - council with community trust wheelchair service and a wheelchair
#        users' charity - young wheelchair users involved - NO staff
#        involvement (drivers trained, escorts briefed, a named lead doing
#        their job, an operator agreeing)
# ---------------------------------------------------------------------------
entry(
    id="I1653", format="docx", layout="style_headings", topic="school_transport_wheelchair_restraints",
    project="independent104-lockedandloaded-1653", docx_font="Calibri",
    title="Clicked In: safe wheelchair travel on home-to-school transport",
    cover_table=[
        ("Entry title", "Clicked In: safe wheelchair travel on home-to-school transport"),
        ("Lead organisation", "Millhaven County Council (Passenger Transport Unit)"),
        ("Partners", "Millhaven Community NHS Trust (Children's Wheelchair Service); Wheels Forward (young wheelchair users' charity)"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
    ],
    primary_entrant=dict(name="Millhaven County Council", type="local_authority"),
    partners=[
        dict(name="Millhaven Community NHS Trust", type="nhs_trust"),
        dict(name="Wheels Forward", type="charity"),
    ],
    sections=[
        ("context", "The problem", """
Every school day the council's contracted minibuses and taxis take about 430 children who travel in
their wheelchairs to special schools and mainstream schools across Millhaven. The wheelchair is strapped
to the floor with four tie-downs, and the child wears a lap and diagonal belt that should be anchored to
the vehicle, not to the chair.

In the autumn of 2022 a minibus braked hard to avoid a car on a rural road. A ten-year-old boy's chair
moved forward because one of the rear straps had been hooked onto a part of the frame that was not a
crash-tested point, and his head hit the seat in front. He needed stitches and was off school for a
week. When we looked into it, we found that nobody could tell the drivers which points on each chair were
the right ones. Many of the children's chairs had been changed or adjusted by the wheelchair service
since the council last assessed them. Some chairs were not crash tested at all and should never have
been used with the child sitting in them. Drivers and passenger assistants were doing their best with
whatever they found.

The information needed to keep each child safe was split between three places. The wheelchair service
knew the chair, the crash test status and the approved anchorage points. The council knew the route,
the vehicle and the operator. The family knew when the chair had been changed. Our contracts required
operators to 'secure wheelchairs safely' but gave them nothing to work from.
"""),
        ("evidence", "What we have achieved", """
Since February 2023, every child who travels in their wheelchair has a 'Clicked In' transport card,
produced by the wheelchair service, with a photograph of their chair showing the four tie-down points in
yellow and stating whether the chair is crash tested. The card is attached to the chair and a copy is
held by the operator. When the wheelchair service issues or modifies a chair, it sends the council a
new card within five working days, and chairs that are not crash tested are flagged so that the
child can transfer to a vehicle seat or a different chair is issued.

<<Q:Spot checks by our compliance officers found tie-downs attached to the wrong points in 41% of
wheelchairs checked in the 2022 spring term and in 6% of those checked in the 2024 spring term.>>
<<Q:Reported incidents in which a wheelchair moved during a journey fell from eleven in the 2021/22
school year to two in 2023/24.>> We also found 37 chairs that were not crash tested; all of those
children now travel safely.
"""),
        ("stakeholders", "Involvement", """
<<P:Eight young people who use wheelchairs, members of the Wheels Forward youth panel, looked at early
versions of the card and told us they wanted it to be on the chair itself, not in a folder, so that any
new driver would see it.>> <<P:They also tried out the tie-down routine on a minibus at the depot and
told us which straps hurt or pulled on their chairs, and two of them recorded a short video for other
young people explaining what should happen when they get on the bus.>>

All 212 drivers and passenger assistants on wheelchair routes were trained by the wheelchair service's
technicians in the spring of 2023. Escorts were briefed on the new cards at their annual safeguarding
update. The Passenger Transport Unit's compliance manager, Gary Ashdown, led the spot checks as part of
his usual contract monitoring. The bus operators agreed to the new requirements when contracts were
renewed.
"""),
        ("value", "Value", """
The cards cost very little to make. The wheelchair service absorbed the work of producing them within its
normal review appointments. A single serious injury in a vehicle would cost the NHS and the council
much more, and would be devastating for a family.

There have been other benefits. Parents tell us they are less anxious watching their child being loaded
onto the bus. Operators have fewer disputes with families about how a chair should be secured, because
the card settles the question. Children who were travelling in chairs that were not crash tested have
either been given a new chair or now transfer to a proper vehicle seat, which is safer still.
"""),
        ("spread", "Spreading the approach", """
We have shared Clicked In with the national association of transport coordinating officers and with the
wheelchair services in three neighbouring counties. The council's adult social care transport team is
using the same card for adults travelling to day centres.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1654  anticipatory medicines for children dying at home - pdf - two
#        column - children's hospice medical director, reflective - hospice
#        with ICB and LPC - staff involved - NO patient involvement (families
#        as beneficiaries, a negation, bereaved parents to be invited later)
# ---------------------------------------------------------------------------
entry(
    id="I1654", format="pdf", layout="two_column", topic="children_end_of_life_anticipatory_medicines",
    project="independent104-readywhenneeded-1654", pdf_font="LiberationSerif", pdf_align="L",
    title="Ready When Needed: end-of-life medicines for children dying at home",
    cover=[
        "Little Lanterns Children's Hospice (lead) with NHS Tarrowby and Ness Integrated Care Board and Tarrowby Local Pharmaceutical Committee",
        "Submitted by the Medical Director, Little Lanterns Children's Hospice",
    ],
    primary_entrant=dict(name="Little Lanterns Children's Hospice", type="charity"),
    partners=[
        dict(name="NHS Tarrowby and Ness Integrated Care Board", type="icb"),
        dict(name="Tarrowby Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "Why we did this", """
Each year somewhere between fifteen and twenty-five children and young people known to Little Lanterns
die at home, which is what most of their families choose. In the last days of life a child may need
medicines for pain, breathlessness, agitation, secretions or seizures, and these need to be in the house
before the symptoms start. For adults, 'just in case' medicines are routine. For children, they are not.

Children's doses depend on weight and are often tiny. Many community pharmacies do not stock the
strengths or the buccal and nasal forms that children's palliative care uses. GPs, understandably, are
uneasy prescribing doses they never see. In practice, the medicines were often arranged late on a Friday
or not at all, and our nurses spent hours driving between pharmacies. In 2022 we reviewed the deaths of
children at home over two years and found several where a child had been in distress for hours overnight
while a medicine was found, and one where a dose had been calculated wrongly because an adult
syringe driver chart had been used.

No single organisation could solve this. The hospice has the specialist knowledge and the nurses who
are with the family. The ICB commissions community pharmacy services and can pay for stock to be held.
The community pharmacies dispense and need to know what to keep and how it will be paid for. Before we
started, each of these had tried to improve things on its own, with little effect.
"""),
        ("evidence", "What changed", """
We agreed a single children's anticipatory medicines chart, with doses set by our consultants by weight
band, which our consultants now prescribe directly. The ICB funded four 'hub' pharmacies across the area
that hold an agreed stock of every medicine on the chart and can dispense the same day, seven days a
week. Our nurses carry a sealed emergency box for out-of-hours use.

<<Q:Before the change, medicines were in the home at least 48 hours before death for 9 of 21 children;
since, it has been 19 of 22.>> <<Q:The average time from prescription to the medicines arriving at
the home went down from just over 11 hours to under 3 hours.>> <<Q:Out-of-hours calls to our on-call
doctor about symptoms not controlled because a medicine was not available fell from 17 in 2022 to 3 in
2024.>>

We have not had another dosing error from the wrong chart.
"""),
        ("stakeholders", "Who was involved", """
<<S:The hospice's community nurses, the on-call paediatric consultants and four community pharmacists
worked together for six months to choose the medicines and strengths on the chart, and the pharmacists
removed two preparations that were too hard to get hold of.>> <<S:The ICB's medicines optimisation team
set up the hub arrangement after talking to the pharmacists about stock and waste, and changed the
payment scheme when pharmacists said holding stock that might expire was a risk for them.>>
<<S:GPs in two practices reviewed the chart and asked for the hospice to remain the prescriber, which
is why that is now the rule.>>

We did not ask families to help design this; at such a time it did not feel right. The people who
benefit most are the children and the parents caring for them at home. We hope to invite bereaved
parents who have offered to help the hospice to review the chart and the information leaflet in 2025.
"""),
        ("value", "Value", """
The ICB pays each hub pharmacy a small retainer, and the stock costs about £3,500 a year in total,
including expired items. Against that, we have avoided hospital admissions at the very end of life,
which are distressing for everyone and costly. Our nurses are spending far less time driving around.

There is also a benefit to the staff involved. Our nurses describe those long nights waiting for
medicines as among the most stressful parts of their work, and they say that knowing the medicines will
be there lets them concentrate on the child and the family.
"""),
        ("spread", "Spread", """
The chart and the hub model have been presented to the regional children's palliative care network, and
two other children's hospices have adopted the chart. The ICB is looking at whether the same hub
pharmacies can support adult palliative care medicines in rural areas.

We are also sharing the weight-band chart with the children's ward at the local hospital, so that a
child discharged home to die from the ward goes home with the same chart as a child known to the
hospice.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1655  wrong deliveries of feeds and pump sets - docx - form table -
#        PRIVATE home enteral feeding company as primary entrant, with the
#        community trust's dietitians and an ICB (ineligible) - head of
#        patient services, corporate - parents and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1655", format="docx", layout="form_table", topic="home_enteral_feed_delivery_errors",
    project="independent104-rightfeedrightdoor-1655", docx_font="Calibri",
    title="Right Feed, Right Door: safer home deliveries for tube-fed children",
    cover_table=[
        ("Project title", "Right Feed, Right Door: safer home deliveries for tube-fed children"),
        ("Organisation submitting", "Nourish Homecare Ltd"),
        ("Partner organisations", "Easterholm Community Health NHS Trust (Paediatric Dietetics); NHS Easterholm and Wold Integrated Care Board"),
        ("Contact", "Head of Patient Services, Nourish Homecare Ltd"),
    ],
    primary_entrant=dict(name="Nourish Homecare Ltd", type="private"),
    partners=[
        dict(name="Easterholm Community Health NHS Trust", type="nhs_trust"),
        dict(name="NHS Easterholm and Wold Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Describe the problem your project addressed", """
Nourish Homecare delivers enteral feeds, feeding pumps, giving sets and syringes to about 1,100 children
fed by tube at home in the Easterholm area, under a contract held by the ICB. Prescriptions are set by
the children's dietitians and the orders are placed through our ordering team. Deliveries come every
four weeks.

In 2022 we received 214 complaints from families about deliveries. Most were about missing items, but
some were serious: the wrong feed, a feed meant for an adult, the wrong strength of a specialist formula,
or giving sets that did not fit the child's pump. For a child with a metabolic condition or severe
allergy, the wrong feed can cause real harm. Parents often did not notice, because feed boxes look alike.
When the dietitian changed a feed, the change sometimes took two delivery cycles to reach the house,
and families were left to ration or buy food themselves.

Part of the problem was the number of hands an order passed through. A dietitian would email a change to
the GP, the GP would update the prescription, our ordering team would pick up the new prescription when
it arrived, and the warehouse would pick the order from the system. Any one of those steps could be
missed or delayed. The dietitians had no way of seeing what we were about to deliver, and we had no way
of knowing that a change had been made until the prescription arrived.

The ICB, which holds our contract, asked us in early 2023 to work with the dietitians to put this right.
We agreed that the solution had to cut out as many of those steps as possible and give the family a way
of checking the delivery themselves.
"""),
        ("evidence", "What evidence do you have that the project improved safety?", """
Since May 2023, every change to a child's feed is sent by the dietitian directly into our ordering
system through a secure form, rather than by email or phone, and our ordering team must confirm it back
to the dietitian within one working day. Each delivery now comes with a photo checklist showing exactly
what the boxes should look like, and our drivers go through it with the parent at the door.

<<Q:Deliveries with the wrong feed or the wrong strength fell from 37 in 2022 to 8 in 2023/24.>>
<<Q:The average time for a feed change to reach the family fell from 16 days to 4.>> <<Q:Complaints
about deliveries fell by almost two thirds.>>
"""),
        ("stakeholders", "How were patients, carers and staff involved?", """
<<P:We asked ten families to keep a diary of their deliveries for two months, and what they wrote about
unpacking boxes on the doorstep with a child on a pump led directly to the photo checklist.>>
<<P:Parents on the ICB's children's complex care reference group reviewed the checklist and asked for the
feed names to be printed in large letters with the child's name at the top, which we did.>>

<<S:The paediatric dietitians worked with our ordering team to design the secure form, and it was the
dietitians who asked for a compulsory confirmation back to them.>> <<S:Our delivery drivers told us that
they were often rushed, so we changed their routes to allow an extra ten minutes at each home with a
child on specialist feeds.>>
"""),
        ("value", "What value has the project delivered?", """
Each wrong delivery costs us a return journey and waste, and can cost the NHS an admission. We estimate
savings of around £40,000 a year in wasted stock and repeat deliveries. Families tell us they trust the
deliveries again.

Dietitians tell us they spend far less time chasing deliveries and handling calls from worried parents.
Our ordering team has fewer urgent same-day deliveries to arrange, which were costly and stressful for
our drivers. The ICB has a clearer picture of what is being supplied against each prescription.
"""),
        ("spread", "How has the learning been shared?", """
We are rolling out the secure form and photo checklist to the adult home enteral feeding service we run
in the same area, and have offered it to two other ICBs that we supply.

The dietitians have presented the project at the regional paediatric dietetics meeting, and the ICB
intends to include the confirmation step in its next home enteral feeding specification.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1656  home oxygen and fire safety for babies leaving the neonatal unit -
#        pdf - numbered questions - fire service prevention manager, brisk -
#        fire service with acute trust neonatal unit and home oxygen company -
#        parents involved (passive, in the context section) and staff
#        involved; Q as an SPC shift - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1656", format="pdf", layout="numbered_questions", topic="neonatal_home_oxygen_fire_safety",
    project="independent104-safebreaths-1656", pdf_font="LiberationSans", pdf_align="J",
    title="Safe Breaths at Home: fire safety for babies going home on oxygen",
    cover=[
        "Kestrelford Fire and Rescue Service (Prevention Directorate), lead partner",
        "Kestrelford Hospitals NHS Foundation Trust (Neonatal Unit and Neonatal Outreach Team)",
        "Oxyline Home Oxygen Ltd",
    ],
    primary_entrant=dict(name="Kestrelford Fire and Rescue Service", type="emergency_service"),
    partners=[
        dict(name="Kestrelford Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Oxyline Home Oxygen Ltd", type="private"),
    ],
    sections=[
        ("context", "1. What was the issue?", """
Babies born very early often go home from the neonatal unit still needing a little oxygen, sometimes for
months. In our area that is around 45 babies a year. The oxygen comes from a concentrator and cylinders,
with long tubing running around the home. Oxygen makes fires start more easily and burn much faster.
Smoking, candles, gas hobs, hair straighteners and even some creams near the tubing can all be
dangerous.

Adult home oxygen users have had fire service safety visits for some years. Babies did not, because the
referral route went from the respiratory teams who look after adults and nobody had linked it to
neonatal units. In 2022 a family in Kestrelford had a fire when a relative lit a cigarette near the
concentrator. Nobody was hurt, but the room was damaged, and the baby and her twin were moved out of
the house for weeks.

The idea for the project came from that family. <<P:After the fire, the baby's parents were invited to
talk to the neonatal team and to us, and it was their account of what nobody had told them that shaped
the first version of our home visit.>> <<P:Their questions, such as whether they could still use the
gas fire, were used word for word in the leaflet.>>

The three partners each held a piece of the answer. The neonatal unit knew which babies were going home
on oxygen and when. Oxyline installed the equipment and saw inside the home, but had no safety role
beyond the equipment itself. We had the skills to make a home safer, but did not know the babies
existed.
"""),
        ("evidence", "2. What improvement has there been?", """
Since March 2023 every baby going home on oxygen from the neonatal unit is referred to us before
discharge, and our home safety team visits the home, with the neonatal outreach nurse where possible,
before or within a week of the baby going home. We fit smoke alarms, a fire-retardant 'oxygen break' on
the tubing and check where the concentrator will stand. Oxyline will not install equipment until the
referral has been made.

<<Q:Before the project, 6 of 44 babies discharged on oxygen had a fire safety visit; in the first year
of the project, 41 of 43 did.>> <<Q:We also track incidents in all homes with oxygen on a control chart,
and since the project the monthly rate of oxygen-related fire incidents and near misses has shown a
sustained shift below the previous average, with eight consecutive months below the centre line.>>
"""),
        ("stakeholders", "3. Who was involved?", """
<<S:Neonatal outreach nurses came with our home safety advisers on the first twenty visits and changed
the checklist so that it covered things that matter for babies, such as where the cot is and whether
older siblings can reach the tubing.>> <<S:Oxyline's engineers agreed the referral step with us and
suggested that their installation visit and ours should be on the same day where families wanted it,
which we now offer.>> <<S:Our own crews fed back that they did not know which homes had oxygen, so the
addresses are now on the mobile data terminals in fire engines.>>

<<P:A group of parents from the neonatal unit's parents' forum tried out the leaflet and asked for it
to be translated into Polish and Urdu.>>
"""),
        ("value", "4. What has been the value?", """
A home safety visit costs the fire service about £120 in staff time. A house fire with injuries costs
many tens of thousands, and a burn to a baby is something no family recovers from easily. Parents tell
our advisers that they feel safer bringing their baby home.

For the neonatal unit, the visits have also brought to light other problems in the home, such as damp,
overcrowding and unsafe sleeping arrangements, which the outreach nurses have been able to deal with
before the baby arrives. For Oxyline, the shared visit means fewer return trips to move equipment that
had been put in the wrong place.
"""),
        ("spread", "5. How has it been shared?", """
The neonatal network has asked the other four neonatal units in the region to refer to their local fire
services in the same way, and two have started. We have presented the work at the national fire
prevention conference.

Oxyline supplies home oxygen across three regions and has offered to make the referral step a standard
part of its installation for all babies, wherever the fire service is willing to take referrals. We
would be glad to share our checklist and leaflet with any fire service.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1657  texture-modified lunches in special schools - docx - rubric
#        headings with a cover table - university speech and language therapy
#        lecturer, academic - university with council school catering and
#        community trust SLT - pupils, parents and staff (staff told in the
#        context section) involved - NO quantitative evidence (meals served,
#        staff trained, a single audit figure, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1657", format="docx", layout="rubric_headings", topic="special_school_dysphagia_texture_modified_meals",
    project="independent104-samelunch-1657", docx_font="Cambria",
    title="Same Lunch, Safe Swallow: texture-modified school meals for children with dysphagia",
    cover_table=[
        ("Title", "Same Lunch, Safe Swallow: texture-modified school meals for children with dysphagia"),
        ("Lead", "Wendlebury University, School of Health Sciences (Speech and Language Therapy)"),
        ("Partners", "Wendlebury County Council (School Catering Service); Wendlebury Community NHS Trust (Children's Speech and Language Therapy)"),
        ("Submitted by", "Dr Anjali Rao, Senior Lecturer in Speech and Language Therapy"),
    ],
    primary_entrant=dict(name="Wendlebury University", type="university"),
    partners=[
        dict(name="Wendlebury County Council", type="local_authority"),
        dict(name="Wendlebury Community NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Context: what problem were you addressing?", """
Dysphagia, difficulty with eating, drinking and swallowing, is common among children with cerebral
palsy, neuromuscular conditions and profound and multiple learning disabilities. Food that is the wrong
texture can be inhaled into the lungs, causing choking or aspiration pneumonia, which is one of the
leading causes of death in this group. Each child with dysphagia should have a plan from a speech and
language therapist that says exactly what texture of food and thickness of drink is safe, using the
international IDDSI framework.

In Wendlebury the council's catering service cooks lunches for the county's six special schools. Until
2023 the kitchens produced a 'soft' option and a 'blended' option, and classroom staff adjusted them at
the table with forks, blenders and thickener. The result was unpredictable. Food described as minced
and moist contained hard pieces. Thickener was added by eye. A child at one school choked on a piece of
sausage in a 'soft' meal and needed back blows from a teaching assistant.

<<S:The idea for the partnership came from the county's school cooks, who told a student project team
from the university that they had never been trained in what the therapists' levels meant and were
guessing.>> <<S:The community trust's children's therapists, in turn, explained to the council that they
could not write plans that matched what the kitchens could actually produce, and they asked to be part
of the redesign.>>

The university's involvement began as a student project. Final-year speech and language therapy
students spend a placement each year in the special schools, and in 2022 they were asked to look at
lunchtimes. What they found formed the basis of this partnership, and the university has since provided
the food science kitchen, a research assistant and the evaluation.
"""),
        ("evidence", "Evidence: what difference has the project made?", """
Since September 2023 every special school kitchen in Wendlebury produces meals at four IDDSI levels,
following recipes tested and measured in the university's food science kitchen. Each meal is tested
with the standard fork and spoon tests before it leaves the kitchen, and each child's plate carries a
colour-coded label matching their therapist's plan. Pre-thickened drinks have replaced thickener powder
at the table.

In the 2023/24 school year the kitchens served around 41,000 texture-modified meals. All 64 school cooks
and 190 classroom staff have completed training in IDDSI levels. In an observed audit of 120 lunchtime
meals in June 2024, 117 were at the level set out in the child's plan.

We have not had another choking incident requiring back blows or an ambulance that we know of, and
our aim is to show over the next two years whether chest infections in these children fall.
"""),
        ("stakeholders", "Stakeholders: how were patients, families and staff involved?", """
<<P:Pupils at two schools took part in taste panels for every new recipe, using symbol cards and
thumbs up and down, and dishes that they did not like were reworked or dropped.>> <<P:Parents of
children with dysphagia came to an open kitchen evening, tried the meals themselves and asked for the
recipes so that they could cook the same textures at home, so we produced a family recipe book with
them.>>

<<S:Speech and language therapists from the trust, and final-year therapy students on placement, tested
every recipe against the IDDSI standards with the cooks and rejected several early versions.>>
<<S:Classroom staff told us that colour labels on the lid were lost, so the colour is now printed on the
plate itself.>>
"""),
        ("value", "Value: what has been the impact on patient experience and value for money?", """
The recipes use ordinary ingredients and the costs per meal are similar to the old options. Pre-thickened
drinks cost slightly more than powder, which the council has met from its catering budget. An admission
for aspiration pneumonia in a child with complex needs can last weeks, so preventing even one is
worthwhile. Teachers say that lunchtime is calmer and children who used to refuse food are now eating.
"""),
        ("spread", "Spread: how has the work been shared?", """
The recipes and testing guides are freely available from the university, and have been adopted by the
catering service of a neighbouring council. The project is now part of the university's speech and
language therapy curriculum. We have presented at the national dysphagia conference.

We have also written up the recipe testing method for a peer-reviewed journal, so that other catering
services can check their own recipes in the same way rather than relying on manufacturers' claims.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1658  emergency short breaks when a parent carer is admitted - pdf - with
#        appendix - ICB associate director for children, policy voice - ICB
#        with council and a short breaks charity - NO patient involvement
#        (families beneficiaries, a survey that changed nothing) - NO staff
#        involvement (social workers trained, a launch, a named lead)
# ---------------------------------------------------------------------------
entry(
    id="I1658", format="pdf", layout="with_appendix", topic="emergency_short_breaks_parent_carer_admission",
    project="independent104-safeplacetonight-1658", pdf_font="LiberationSerif", pdf_align="L",
    title="A Safe Place Tonight: emergency short breaks for disabled children when a parent is suddenly admitted",
    cover=[
        "NHS Corrie Vale Integrated Care Board, lead entrant",
        "Partners: Corrie Vale Metropolitan Council (Children's Disability Social Work); Hollybrook Children's Short Breaks (charity)",
        "Author: Associate Director, Children and Young People's Commissioning",
    ],
    primary_entrant=dict(name="NHS Corrie Vale Integrated Care Board", type="icb"),
    partners=[
        dict(name="Corrie Vale Metropolitan Council", type="local_authority"),
        dict(name="Hollybrook Children's Short Breaks", type="charity"),
    ],
    sections=[
        ("context", "Context", """
Many disabled children with complex health needs in Corrie Vale are cared for at home by one parent,
often a single mother. When that parent is suddenly admitted to hospital, for example after a fall,
a stroke or a mental health crisis, the child may need suction, tube feeds, oxygen or seizure rescue
medicine within hours. Relatives may not know how. Foster carers cannot usually take a child with this
level of need at short notice. The child is then often admitted to the children's ward simply because
there is nowhere else safe, or left with someone who is not trained.

In 2022 our children's continuing care team reviewed 14 such emergencies over 18 months. Six children
were admitted to a hospital bed although they were not ill, two stayed more than a week, and in one case
a fourteen-year-old girl with a gastrostomy and epilepsy was cared for by an elderly grandparent who
missed two doses of her anti-epileptic medicine and she had a prolonged seizure.

Each organisation could see part of this. The council's emergency duty team took the call in the middle
of the night and had no suitable placement. The children's ward took the child because it could not
refuse. The ICB paid for continuing care packages that stopped the moment the parent was admitted. And
Hollybrook had trained staff and a house but no arrangement to take children at short notice. Our aim
was to join those parts up so that a child could go somewhere safe, with the right care, that night.
"""),
        ("evidence", "Evidence of improvement", """
Since June 2023 the ICB has funded two emergency beds at Hollybrook's short breaks house, staffed by
nurses and carers trained in complex care, which are held free every night for emergencies. The
council's emergency duty team can place a child there at any hour through a single phone call, and
the child's health plan is shared by the continuing care team the same day.

<<Q:In the first year, 19 children used the emergency beds; hospital admissions of children with complex
needs who were not ill but had no safe carer fell from 9 in 2022/23 to 2 in 2023/24.>> <<Q:Their average
stay in hospital, when it was needed, fell from 6.5 days to 1.5 days.>> There were no missed medicines or
incidents during emergency stays at Hollybrook.
"""),
        ("stakeholders", "Stakeholder involvement", """
The service was designed by the ICB's commissioning team and approved by the ICB's children's
programme board. Council social workers and the emergency duty team were trained in how to make a
placement in the first month. The service was launched at an event for professionals across health and
social care in June 2023, where the model was presented. Hollybrook's registered manager, Joanne Pell,
oversees the beds as part of her role.

We asked families who had used the service to fill in a short survey at the end of the stay. All who
replied rated it good or excellent, and no changes were needed. The children and their families are
the people the service is there for.
"""),
        ("value", "Value for money", """
The two beds cost about £410,000 a year. Set against this, nine avoidable hospital stays would cost
roughly £95,000, before the cost of harm from missed medicines, and the children are in a home setting
rather than a ward. The beds are used for planned short breaks when not needed for emergencies, so
the capacity is not wasted.

There are also benefits that are hard to put a figure on. A child who is not ill but is admitted to a
children's ward is exposed to infection, disrupted routines and the distress of an unfamiliar place,
often without the one person who understands them best. The ward nurses caring for them are taken away
from children who are ill. A short breaks house is a much better place to be.
"""),
        ("spread", "Spread", """
The regional children's commissioners' group has asked for the specification. Two neighbouring ICBs are
considering buying emergency beds from Hollybrook on the same terms.

The same approach could work for adults with learning disabilities and complex health needs who live
with an older parent, and the council's adult services are looking at whether a similar arrangement
could be made with an adult short breaks provider.
"""),
    ],
    trailer=[
        ("heading", "Appendix: data sources"),
        ("para", "Hospital admission figures are from the continuing care team's log of admissions where the reason recorded was 'no safe carer available', checked against the acute trust's ward records. Length of stay is the mean for those admissions."),
        ("para", "Emergency bed use is from Hollybrook's placement records. Survey responses were collected by Hollybrook on a paper form at the end of each stay."),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1659  mismatched ventilator settings between hospital and home machines -
#        docx - reordered, results first - PICU consultant, clinical - one
#        children's hospital's departments only, no partner (ineligible) -
#        parents and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1659", format="docx", layout="reordered", topic="home_ventilator_settings_transfer",
    project="independent104-samesettings-1659", docx_font="Calibri",
    title="Same Settings, Every Machine: checking ventilator settings when children move from hospital to home",
    cover=[
        "Ravensmoor Children's Hospital NHS Foundation Trust",
        "A partnership between the Paediatric Intensive Care Unit, the Long-Term Ventilation Service, Clinical Engineering and Pharmacy",
        "Lead author: Consultant in Paediatric Intensive Care",
    ],
    primary_entrant=dict(name="Ravensmoor Children's Hospital NHS Foundation Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("evidence", "Results", """
<<Q:In the 18 months before the new process, 11 of 52 children going home on a ventilator had at least
one setting on their home machine that did not match the prescription; in the 18 months since, 1 of 49
did.>> <<Q:Readmissions within 30 days of discharge for ventilation problems fell from 8 to 2 over the
same periods.>>

Every child now goes home with a single ventilator prescription, signed by two consultants, and the home
ventilator is checked against it by a clinical engineer and a nurse before the child leaves the unit and
again by the community team at the first home visit.
"""),
        ("context", "Background", """
Ravensmoor is a regional children's hospital. Children who need long-term ventilation usually start on
an intensive care ventilator, then move to a portable home ventilator on the high dependency unit before
going home. The two kinds of machine use different names and units for some settings. Pressures may be
set in different ways, alarm limits are set separately, and the home machines can store several
programmes for day and night.

In 2021 a four-year-old went home with her night-time programme set to the wrong pressure support. Her
carbon dioxide levels rose over several nights and she was readmitted drowsy. When we looked back, we
found that the settings had been copied by hand from the intensive care chart, and nobody had checked
the home machine after clinical engineering had serviced it. We found similar near misses in other
children's notes.

Clinical engineering, pharmacy, intensive care and the long-term ventilation service are all departments
of the same trust, but until this project they worked almost entirely separately when a child went home.
Intensive care prescribed, the ventilation nurses trained the family, clinical engineering set up and
serviced the machine, and pharmacy supplied the medicines. Each assumed that another department had
checked the settings.

Children on long-term ventilation can live with a narrow margin. A small difference in pressure or rate
can be enough, over several nights, to let carbon dioxide build up or to cause discomfort that leads a
child to pull off a mask. Families cannot be expected to know whether the numbers on a screen are the
ones the consultant intended.
"""),
        ("stakeholders", "Who was involved", """
<<S:A working group of PICU consultants, long-term ventilation nurses, clinical engineers and a
pharmacist met fortnightly for four months and designed the single prescription form, which follows
the layout of the home machine screen rather than the hospital chart.>> <<S:Clinical engineers proposed
locking the settings on home machines so that they cannot be changed without a code, and the nurses
tested this with families before it was adopted.>>

<<P:Parents of children already at home on ventilation reviewed the prescription form and asked for a
copy laminated next to the machine, with a photograph of what each screen should show.>> <<P:One mother,
whose son had been readmitted, agreed to tell her story at our safety huddle, and her suggestion of a
'second look' at home by the community team became part of the process.>>
"""),
        ("value", "Value", """
Each readmission to high dependency costs thousands of pounds and takes a bed that another child needs.
The new process takes about an hour of staff time per discharge. Parents say they feel more confident
when they know the settings have been checked twice.

The process has also helped with training. Junior doctors and nurses who rotate through intensive care
now learn how home ventilators differ from hospital machines, something that was rarely taught before.
Clinical engineering has a clear record of what each home machine should be set to, which makes
servicing safer.
"""),
        ("spread", "Spread", """
The prescription form is being adopted across the trust's other children's wards that discharge children
on non-invasive ventilation, and we have presented the work at the national paediatric intensive care
meeting.

The clinical engineering team has also written the locking of settings on home machines into its
standard procedure for all new home ventilators issued by the trust, including those for teenagers who
are moving on to adult services.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1660  rescue medicines travelling on school transport - docx - bullet
#        lists - council SEND transport lead, brisk - council with community
#        trust epilepsy nurses and a coach company - 'experts by experience'
#        and staff involved - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I1660", format="docx", layout="bullet_lists", topic="school_transport_rescue_medicines_handover",
    project="independent104-travelswithme-1660", docx_font="Arial",
    title="Travels With Me: making sure rescue medicines go where the child goes",
    cover=[
        "Quenby Borough Council, SEND Travel Assistance Team (lead)",
        "Quenby Community Health NHS Trust, Children's Epilepsy Nurse Specialists",
        "Quenby Coaches Ltd",
    ],
    primary_entrant=dict(name="Quenby Borough Council", type="local_authority"),
    partners=[
        dict(name="Quenby Community Health NHS Trust", type="nhs_trust"),
        dict(name="Quenby Coaches Ltd", type="private"),
    ],
    sections=[
        ("context", "What was going wrong", """
The council arranges transport to school for about 900 children with special educational needs. Around
140 of them have a rescue medicine for seizures, anaphylaxis or severe asthma. The medicine should travel
with the child in a named bag, handed from parent to passenger assistant to school and back again.

In practice, before this project:

- bags were left on the bus, at school or at home, so a child could be on a journey with no medicine on board

- passenger assistants were not always trained to give the medicine, and did not know which children had one

- when a route was covered by a relief driver or assistant, nobody passed on the information

- in 2022 a boy had a long seizure on a bus in traffic; his midazolam was in his classroom, and the ambulance took 25 minutes

Three organisations each held part of the answer. The council plans routes and employs or contracts the
passenger assistants. The epilepsy nurses write the seizure plans and train people to give rescue
medicines. Quenby Coaches runs most of the routes and employs the drivers. Until 2023 there was no
agreement about who should know what, or who should check that the bag was on board.

The council's own review of the incident found that the bag had been left in the classroom because the
afternoon passenger assistant was covering for a colleague and did not know the boy had a rescue
medicine. Nobody on the bus had been trained to give it, and the driver did not know it existed.
"""),
        ("evidence", "What has improved", """
Since January 2023:

- each child with a rescue medicine has a red 'Travels With Me' bag, with a tag that is scanned by the passenger assistant on the app at each handover

- the app shows the driver and assistant, including relief staff, which children on the route have a rescue medicine and what it is

- every assistant on a route with such a child is trained by the epilepsy nurses and signed off

- <<Q:Journeys on which a child who needed a rescue medicine travelled without it fell from 63 recorded in the autumn term of 2022 to 5 in the autumn term of 2024.>>

- <<Q:Routes with at least one trained assistant on board for every child with rescue medicine rose from 58% to 100%.>>
"""),
        ("stakeholders", "Who was involved", """
- <<P:the council's SEND experts by experience, a group of young adults who used school transport themselves, rode two routes with us and pointed out where bags were put down and forgotten>>

- <<P:they also chose red for the bag, because it is easy to spot under a seat>>

- <<S:passenger assistants and Quenby Coaches' drivers told us what a handover could realistically include at the school gate, and the two-second scan was their suggestion>>

- <<S:the epilepsy nurses rewrote their training for transport staff after watching a real morning run>>
"""),
        ("value", "Value", """
- the bags and tags cost £9 each

- the app was an addition to the route-planning system the council already uses

- parents say they no longer have to chase the bag every afternoon

- one ambulance call avoided, or one seizure stopped in time, justifies the cost many times over

- schools say fewer mornings start with a phone call to a parent about a missing bag

- passenger assistants say they feel more confident knowing what they are expected to do

- relief staff covering a route can see straight away which children have a rescue medicine

- the epilepsy nurses now train transport staff in groups at the depot, which takes less of their time than the individual sessions they used to run at schools

- the council can see, for every route, whether the trained staff and the medicines are on board
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I1661  children's advance care plans visible to ambulance crews - pdf via
#        soffice - style headings - ambulance consultant paramedic, measured -
#        ambulance service with children's hospice and acute trust - staff
#        involved - NO patient involvement (families told, a questionnaire
#        that changed nothing, a negation) - NO quantitative evidence (plans
#        uploaded, crews trained, single figures)
# ---------------------------------------------------------------------------
entry(
    id="I1661", format="pdf", layout="style_headings", topic="children_advance_care_plans_ambulance",
    project="independent104-knownwishes-1661", render_via="soffice", docx_font="Liberation Serif",
    title="Known Wishes: children's advance care plans that ambulance crews can see",
    cover=[
        "Northfell Ambulance Service NHS Trust",
        "Working with Swallowfield Children's Hospice and Northfell University Hospitals NHS Foundation Trust (Paediatric Palliative Care Team)",
        "Entry prepared by the Consultant Paramedic for Children and Young People",
    ],
    primary_entrant=dict(name="Northfell Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Swallowfield Children's Hospice", type="charity"),
        dict(name="Northfell University Hospitals NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The problem", """
Children with life-limiting conditions often have an advance care plan, agreed by their family and
their doctors, which sets out what treatment they would and would not want if they became very unwell:
whether they should be resuscitated, whether they would want to go to intensive care, and where they
would prefer to be cared for. The plan exists to protect the child from treatment that would cause
suffering without benefit, and equally to make sure that treatment they would want is not withheld.

Ambulance crews are called to these children more than we might expect, sometimes because a parent
panics at the end, sometimes because a child deteriorates suddenly from a treatable cause. When our crews
arrive they usually cannot see the plan. The paper copy may be in a folder in another room or at school.
Our crews then have to make very difficult decisions in minutes, and their default is to resuscitate and
transport. Clinicians at the hospital and hospice told us about cases where a child had been intubated in
the back of an ambulance against an agreed plan, and others where crews had hesitated to treat a child
whose plan was for full treatment because they had been told the child was 'palliative'.

This was a problem that sat between organisations. The hospice and the hospital wrote the plans. We
were the ones who arrived at the door in an emergency. There was no way for information to pass from
one to the other, and the crews who most needed the plan were the least likely to have seen it.
"""),
        ("evidence", "Evidence of impact", """
Since October 2023, children's advance care plans written by the hospice and the hospital's paediatric
palliative care team are uploaded to our computer-aided dispatch system with the family's consent. When
a 999 call comes from a flagged address or for a flagged child, the call handler and the crew see a
summary of the plan on their screens, and the clinical hub can read the full plan to the crew.

So far 164 plans have been uploaded. All 1,900 of our frontline clinicians have completed a short
e-learning module on children's advance care plans, and 230 have attended a face-to-face session at the
hospice. In the first year, crews attended 58 calls to children with a flagged plan. In every one of
those 58 calls the crew confirmed that they had seen the plan before arriving.

We are now working with the hospital to review each of those calls, to see whether the care given
matched the plan.
"""),
        ("stakeholders", "Partnership and involvement", """
<<S:Our paramedics, emergency call handlers and clinical hub clinicians worked with the hospice's
nurses and the palliative care consultants over several workshops to decide what the summary on the
screen should say, and the crews asked for the first line always to state clearly whether the child is
for full resuscitation.>> <<S:Hospice nurses tested the upload process for a month and changed the
consent form after finding that families wanted to choose which parts of the plan were shared.>>
<<S:The hospital's information governance and IT teams agreed the data flow with our own and designed a
nightly check that removes plans that have been withdrawn.>>

Families were told about the new arrangements by their hospice nurse or consultant when the plan was
written or reviewed, and given a leaflet. We sent a short questionnaire to families in the spring of
2024 and the comments were positive, so we have kept the process as it is. We did not involve children
or parents directly in the design, because we felt the plans themselves were already agreed with them.
"""),
        ("value", "Value", """
The changes to the dispatch system were made by our own IT team within existing budgets. Avoiding an
unwanted admission to intensive care for a dying child spares the child and family suffering and frees
a bed for another child. Crews say the flag gives them confidence to do the right thing.

For the hospice and hospital teams, the arrangement has also meant fewer late-night calls from our
clinical hub asking whether a plan exists. Our call handlers, who often take these calls at the most
difficult moment in a family's life, say that seeing the summary on screen helps them to speak to the
parent calmly and to send the right response.
"""),
        ("spread", "Spread", """
Two other children's hospices in our area are starting to upload plans, and the regional adult end of
life care network has asked whether adult plans could be shared in the same way. We have presented
the work to the national ambulance clinical leads' group.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1662  remote alarms for home ventilators - pdf - bullet lists - PRIVATE
#        medical technology company as primary entrant with a children's
#        hospital trust (ineligible) - commercial director, upbeat - families
#        involved - NO staff involvement (nurses trained, a named project
#        lead doing her job, plans for a clinical reference group)
# ---------------------------------------------------------------------------
entry(
    id="I1662", format="pdf", layout="bullet_lists", topic="home_ventilator_remote_alarm_monitoring",
    project="independent104-alarmwatch-1662", pdf_font="DejaVuSans", pdf_align="L",
    title="AlarmWatch: making sure a home ventilator alarm is never missed",
    cover=[
        "Submitted by Aerolink Respiratory Ltd",
        "In partnership with Westcombe Children's Hospital NHS Trust",
    ],
    primary_entrant=dict(name="Aerolink Respiratory Ltd", type="private"),
    partners=[dict(name="Westcombe Children's Hospital NHS Trust", type="nhs_trust")],
    sections=[
        ("context", "The challenge", """
Home ventilators sound an alarm when something goes wrong: a disconnection, a blocked tube, a leak, low
oxygen levels or a power failure. The alarm is designed for a hospital ward, where a nurse is a few steps
away. At home, a child may be sleeping in a bedroom upstairs while an exhausted parent dozes downstairs,
or a carer may be in the kitchen with the door shut.

What we heard from Westcombe's long-term ventilation team in 2022:

- there had been several incidents in which an alarm was not heard for some minutes

- in one, a boy's tracheostomy circuit came apart overnight and his mother did not hear the alarm over a baby monitor and a fan

- families were buying their own baby monitors and video cameras, but these did not pick up the alarm reliably

- some families were turning alarm volumes down because of false alarms

- many families slept with the bedroom door open and the baby monitor turned up, and still worried that they would miss an alarm

Aerolink has made alarm relay equipment for adult intensive care units for some years. When Westcombe's
long-term ventilation team approached us, we agreed to adapt the technology for the home and to test it
with the families the hospital looks after.
"""),
        ("evidence", "Results", """
AlarmWatch is a small unit that connects to the ventilator's alarm output and sends every alarm to a
bedside pager, a parent's phone and, if not acknowledged within 60 seconds, a second named adult. It went
into the homes of 38 children on ventilation between March and August 2023.

- <<Q:alarms not acknowledged within two minutes fell from 14% of alarms in the three months before
AlarmWatch to under 1% in the twelve months after>>

- <<Q:serious incidents related to unheard alarms fell from 4 in 2022 to none in 2023/24>>

- <<Q:nuisance alarms fell by about 40% after the alarm thresholds were reviewed in each home>>

- every unit reported a daily self-test to our monitoring centre, and 98% of self-tests were passed first time
"""),
        ("stakeholders", "Involving people", """
- <<P:families of the first eight children tried prototype units for a month and told us the pager was too big to carry around the house, so we changed it to a clip-on version>>

- <<P:parents also asked for a different tone for a power failure alarm, and they chose the one we now use>>

- <<P:a young man of 17 who uses a ventilator at night tested the phone app and asked for a feature to silence alarms only in his own room while he sleeps away at college, which we have added>>

- Westcombe's long-term ventilation nurses were trained by our product specialists to install and check the units

- Westcombe's project lead, Clare Winterton, coordinated the rollout as part of her role

- we plan to set up a clinical reference group with hospital nurses and consultants in 2025
"""),
        ("value", "Value", """
- each unit costs £680 and is being provided at cost during the partnership

- one avoided intensive care admission pays for around twenty units

- families tell us they can finally sleep in a different room from their child

- the hospital's long-term ventilation team spends less time following up incidents and reassuring families after a missed alarm

- parents and carers can move around the house during the night without staying within earshot of the ventilator
"""),
        ("spread", "Spread", """
- AlarmWatch works with the four most common home ventilators in the UK

- we are in discussion with three other children's hospitals

- adult home ventilation services have shown interest

- we are working with the hospital to publish the results in a peer-reviewed journal

- the unit can also be used with home oxygen and suction equipment that has an alarm output, which we are exploring
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1663  emergency health care plans for children with life-limiting
#        conditions in GP practices - pdf - form table - short - GP federation
#        clinical lead, plain - GP federation with a children's hospice and a
#        community trust - parents and staff involved - NO evidence section
#        and no measured change anywhere
# ---------------------------------------------------------------------------
entry(
    id="I1663", format="pdf", layout="form_table", topic="gp_children_life_limiting_emergency_plans",
    project="independent104-planinplace-1663", pdf_font="LiberationSans",
    title="Plan in Place: emergency health care plans for children with life-limiting conditions in general practice",
    cover_table=[
        ("Entry title", "Plan in Place: emergency health care plans for children with life-limiting conditions in general practice"),
        ("Lead organisation", "Dunmere GP Federation"),
        ("Partners", "Bramblewood Children's Hospice; Dunmere Community Health NHS Trust (Children's Community Nursing)"),
        ("Contact", "Clinical Lead for Children, Dunmere GP Federation"),
    ],
    primary_entrant=dict(name="Dunmere GP Federation", type="primary_care"),
    partners=[
        dict(name="Bramblewood Children's Hospice", type="charity"),
        dict(name="Dunmere Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Summary of the project and the safety issue", """
The 23 practices in Dunmere GP Federation look after about 120 children with life-limiting conditions.
Many have an emergency health care plan, written by the hospice or the hospital, that tells any doctor
or nurse what to do if the child becomes unwell: which medicines to give, who to call, and what the
family wants. But GP practices rarely had the plan on their system. When a parent rang the surgery, or
the out-of-hours GP visited, the clinician often did not know the child had a plan, and families had to
explain their child's condition from the beginning while the child was unwell. On at least two
occasions in 2022 a GP prescribed an antibiotic that the child's plan specifically said to avoid.

Plan in Place gives each practice a named GP for children with life-limiting conditions, adds a special
patient note and an alert to the record of every child with a plan, and makes sure any new or changed
plan is sent to the practice by the hospice or community nursing team within a week. The out-of-hours
service sees the same alert.

This is a small group of children, and each practice may have only a handful, so most GPs see a child
with a life-limiting condition only rarely. That makes it harder, not easier, for them to remember the
details of each child's plan, and it is exactly why the plan needs to be in front of them.

The plans themselves were good. The problem was that they lived in the hospice's and the hospital's
records and in a folder at the family's home, and not in the GP record that the practice, the
out-of-hours service and often the community pharmacist would look at first. Plans were also reviewed
regularly, so even when a practice had once received a copy it was often out of date. The federation
could provide the link between the practices, but needed the hospice and the community nurses to send
the plans and to tell us when they changed.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<P:Parents who use Bramblewood's family support service met with two of our GPs and told us that the
most stressful moment was ringing reception, so reception teams now see the alert too and put the call
straight through to a clinician.>> <<P:The same parents wrote the wording for the alert.>>

<<S:Practice nurses, GPs and receptionists from four pilot practices tested the alert for three months
and asked us to shorten it to two lines.>> <<S:The hospice's nurses and the children's community nurses
agreed with us how and when plans are sent.>>
"""),
        ("value", "Value for money and experience", """
The project used existing systems and about two days of a GP's time each month. Parents say they no
longer have to repeat their child's story. GPs say they feel more confident seeing these children.

The out-of-hours service says its doctors now know when a child has a plan before they arrive at the
home. The hospice nurses say they spend less time ringing round practices to check that a plan has been
received.
"""),
        ("spread", "Spread and sustainability", """
All 23 practices now take part. We have shared the alert wording with the other GP federations in the
ICB area and with the out-of-hours provider.

The same alert is being considered for young adults with life-limiting conditions who have moved from
children's to adult services, a group who can easily lose the plans made for them as children.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1664  bolus gastrostomy feeds given by special school staff - docx - no
#        headings - children's community nursing matron, conversational -
#        community trust with the council's special schools - staff involved
#        - NO patient involvement (pupils as beneficiaries, parents informed,
#        a parents' evening that only heard about it)
# ---------------------------------------------------------------------------
entry(
    id="I1664", format="docx", layout="no_headings", topic="special_school_gastrostomy_bolus_feeding",
    project="independent104-feedsatschool-1664", docx_font="Georgia",
    title="Fed Safely at School: delegating gastrostomy feeds to special school staff",
    cover=[
        "Pellow Valley Community NHS Trust (Children's Community Nursing), with Pellow Valley Council (Education and the three maintained special schools)",
        "Entry by the Matron for Children's Community Nursing",
    ],
    primary_entrant=dict(name="Pellow Valley Community NHS Trust", type="nhs_trust"),
    partners=[dict(name="Pellow Valley Council", type="local_authority")],
    sections=[
        ("context", None, """
I have been a children's community nurse for twenty years, and for most of that time feeding children
through a gastrostomy at school has been a bit of a muddle. In our three special schools about seventy
children are fed by tube during the day. Some have a pump feed running over the morning; many have a
'bolus' feed at lunchtime, given by syringe, with medicines flushed through the same tube. These are not
complicated tasks, but if they are done badly a child can vomit and aspirate feed into the lungs, the
tube can be dislodged, or medicines can block it.

For years our nurses went into school at lunchtime to do the feeds, because nobody else was trained.
There were not enough of us, so feeds were often late and children were kept in from class waiting.
Sometimes teaching assistants did it anyway, having watched us, without any formal training or sign-off.
In 2022 a child vomited and aspirated after a bolus was given too quickly by a well-meaning assistant,
and was admitted to hospital with pneumonia. That was the point at which we and the council agreed we
needed a proper system for delegating feeds.

Delegating a clinical task to someone who is not a nurse is perfectly safe if it is done properly: the
right training, a check that the person is competent for that particular child, someone to ask, and a
clear agreement between the organisations about who is responsible for what. We had none of those
things in place. The council employs the school staff and sets their job descriptions. We are
responsible for the clinical care and the training. Neither could do it alone.
"""),
        ("stakeholders", None, """
<<S:We set up a small group with the three special school headteachers, two of the council's SEND
health leads and a group of teaching assistants who were already giving feeds, and they told us
plainly what stopped them: fear of being blamed, no time in the timetable and no-one to ask when they
were unsure.>> <<S:From those conversations came three things that the assistants asked for: a named
nurse for each school who can be phoned at lunchtime, a short assessment in the classroom rather than a
day away at the trust, and written cover from the council that they are acting within their role.>>
<<S:Our nurses and the teaching assistants then tested the competency checklist on real lunchtimes for
half a term and removed several steps that did not make sense in a classroom.>>

Parents were told about the change by letter and at the annual review of their child's education,
health and care plan, and we presented it at a parents' evening at each school. The children themselves
are, of course, the reason we did it.
"""),
        ("evidence", None, """
Since the start of the 2023 spring term, every feed at school is given by a teaching assistant who has
been trained and signed off by one of our nurses for that particular child, and who is reassessed each
year. The council has confirmed its insurance covers them. Our nurses visit each school weekly to
check tubes and stoma sites, review the children's plans and support the assistants.

<<Q:Feeds given more than thirty minutes late fell from about one in four, in our 2022 audit, to one in
twenty in the autumn term of 2023.>> <<Q:Aspiration events during or after school feeds went from five
in 2022 to one in 2023, and blocked tubes at school from fourteen to four.>> Children are no longer
kept out of class waiting for a nurse.
"""),
        ("value", None, """
Delegating feeds has freed about thirty hours a week of community nursing time, which we have put into
home visits for children with the most complex needs. Teaching assistants have an extra skill, and the
council pays a small allowance to those who are signed off. Most of all, children are fed on time by
people who know them.

Headteachers tell us that lunchtimes are calmer and that the children who are tube fed now eat their
lunch at the same time as their classmates, in the same room, rather than in a medical room or after
everyone else has gone back to class.
"""),
        ("spread", None, """
We have shared our competency checklist with the children's community nursing teams across our region,
and the council has offered the same approach to mainstream schools where a pupil is tube fed. The
model has been written into our trust's delegation of healthcare tasks policy.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)
