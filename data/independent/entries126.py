"""One-hundred-and-twenty-sixth independent evaluation set (I2001..I2016) for the HSJ 'Best
Partnership Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional, apart from
a few national public bodies named as partners.  The entries are meant to be ordinary:
the kind of thing hospital transfusion teams, anticoagulation services, haemophilia
centres, emergency departments, ambulance services, blood bike charities, GP
federations, integrated care boards, universities and (in the ineligible cases) private
companies send in, in their own voices and at their own length.  The theme of this set
is blood, transfusion and clotting: blood transfusion errors, anticoagulation clinics
and DOACs, sickle cell crises in emergency departments, haemophilia, blood donation and
patient blood management.

Topics (lead's type; format and layout):
  I2001 pain relief within the hour for sickle cell crises in the emergency department
        (nhs_trust, acute trust; pdf own_headings);
  I2002 treating anaemia before planned surgery in general practice (primary_care, GP
        federation; docx bold_headings with a cover table);
  I2003 out-of-hours delivery of blood to community hospitals by volunteer riders
        (charity, blood bike charity; pdf two_column);
  I2004 electronic bedside checks before a transfusion (private, a health technology
        company as primary entrant; docx numbered_questions with cover bullets);
  I2005 counselling on direct oral anticoagulants after discharge by community
        pharmacies (university, school of pharmacy; pdf caps_headings);
  I2006 emergency care for people with bleeding disorders arriving at district hospitals
        (nhs_trust, haemophilia centre; docx no_headings);
  I2007 reviewing people switched from warfarin to DOACs when the anticoagulation clinic
        closed its warfarin list (icb; pdf form_table);
  I2008 ambulance care for people in a sickle cell crisis at home (emergency_service,
        ambulance; docx reordered, no spread section);
  I2009 iron deficiency and fainting in regular blood donors (university; pdf
        style_headings via Word);
  I2010 blood on board a rural air ambulance for major bleeding (charity, air ambulance;
        docx rubric_headings);
  I2011 stopping and restarting anticoagulants around planned surgery (nhs_trust,
        departments of one trust, no partner; pdf bullet_lists);
  I2012 emergency blood at a freestanding midwife-led birth centre (nhs_trust; docx
        style_headings);
  I2013 people who decline blood: advance decisions shared before surgery (nhs_trust;
        pdf with_appendix);
  I2014 finger-prick INR testing in community pharmacies (private, a pathology company as
        primary entrant; pdf numbered_questions);
  I2015 blood test monitoring of hydroxycarbamide for sickle cell in general practice
        (primary_care, primary care network; docx bullet_lists, no value section);
  I2016 single-unit red cell transfusion across a pathology network (nhs_trust; docx
        form_table, short).

Build it with

    .venv/bin/python data/independent/build.py --set 126   (writes data/corpus/independent126/)

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
    numbers trained, activity counts (visits, calls, referrals, checks, kits, units,
    people screened or identified), single figures with no baseline, a zero with no
    earlier figure, figures that did not change, budgets, costs and savings estimates,
    phone numbers, postcodes, reference numbers, targets not yet reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words;
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, volunteers with lived experience, unusual job
    titles, list items), wherever in the entry it is told; a volunteer or peer worker
    with lived experience, employed by a partner, who helped design the work is PS;
    blood donors who helped shape the work are counted as service users (P);
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices, GP federations, primary care networks and local
pharmaceutical committees are primary_care; patients' support groups and societies are
patient_group; blood bike and air ambulance charities are charity; national public
bodies such as the national blood service are public_other; a university is university;
health technology companies and private pathology companies are private).  A department
or team of the entrant's own organisation is not a partner.  Flags are written by hand
and build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I2001  sickle cell crises in the emergency department - pdf - own headings
#        - consultant in emergency medicine, direct - acute trust with a sickle
#        cell support group and the ambulance service - patients and staff
#        involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I2001", format="pdf", layout="own_headings", topic="sickle_cell_crisis_ed_analgesia",
    project="independent126-withinthehour-2001", pdf_font="LiberationSans", pdf_align="L",
    title="Within the Hour: pain relief for people in a sickle cell crisis at Calderbrook",
    cover=[
        "Lead organisation: Calderbrook Teaching Hospitals NHS Foundation Trust (Emergency Department and Red Cell Haematology)",
        "Partners: Calderbrook Sickle Cell and Thalassaemia Support Circle; Pennine Moor Ambulance Service NHS Trust",
        "Written by Dr Adaeze Okafor, Consultant in Emergency Medicine",
    ],
    primary_entrant=dict(name="Calderbrook Teaching Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Calderbrook Sickle Cell and Thalassaemia Support Circle", type="patient_group"),
        dict(name="Pennine Moor Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "Where we started", """
People with sickle cell disease know their pain better than anyone in the emergency department. When
a crisis starts, the sickled red cells block small blood vessels in the bones, chest or abdomen and the
pain can be worse than a fracture. National guidance is clear that pain relief should be given within
30 minutes of arrival. In our department, in 2022, that almost never happened.

About 420 adults with sickle cell disease are registered with our haematology service, and between
them they come to the emergency department around 600 times a year. Most attendances are for pain.
Patients told us, over and over, that they were left in the waiting room, asked to score their pain
again and again, and treated as if they were seeking drugs. Some stayed at home in agony rather than
face that, and came in later with a chest crisis, which is far more dangerous.

Two events in the autumn of 2022 made the case for change impossible to ignore. A man of 24 waited more
than three hours for his first dose of morphine and developed acute chest syndrome on the ward that
night; he spent five days in intensive care. A few weeks later a young woman left the department before
being seen, was brought back by ambulance the next morning and needed an exchange transfusion.

The problems sat across organisations. Ambulance crews brought people in without any information about
their usual pain plan. Our triage nurses had no quick way of seeing a care plan, which was kept in a
paper folder in the haematology day unit. Doctors were unsure about doses for people who take strong
painkillers at home, so they started low and waited. And the people best placed to tell us what works,
the patients themselves, had never been asked.

We set up Within the Hour with the Calderbrook Sickle Cell and Thalassaemia Support Circle, a
patient-run group that meets monthly in the city, and with the ambulance service. The aim was simple:
anyone in a sickle cell crisis gets effective pain relief within 30 minutes of arriving, and within the
hour at the very latest.

We knew from the start that this was not just about speed. Many of the people we see are young Black
adults, and the way they described being treated in our department raised hard questions about
assumptions and bias. Any change had to address how people were spoken to, not only how quickly a drug
was drawn up. That is why the department's induction, its teaching programme and its complaints
reviews have all been part of the work, alongside the clinical pathway.
"""),
        ("evidence", "What has changed and how we know", """
Since March 2023 every registered patient has an individual pain plan on the shared electronic record,
visible to ambulance crews, triage nurses and doctors. It says what the person takes at home, what has
worked before and what first dose to give. Ambulance crews can give the first dose of pain relief on
the way in and pre-alert the department. Anyone arriving with a sickle cell crisis is triaged as
orange as a minimum and goes straight to a cubicle. A nurse can give the first dose under a patient
group direction without waiting for a doctor.

We audit every attendance each month. <<Q:The median time from arrival to first pain relief has more
than halved, from 96 minutes in 2022 to 41 minutes in 2024.>> <<Q:The proportion of patients given pain
relief within 30 minutes rose from 14% to 58% over the same period.>> <<Q:Patients leaving the
department before treatment went from 31 in 2022 to 6 in 2024.>>

<<Q:Admissions to intensive care with acute chest syndrome among registered patients fell from 11 in
2022 to 4 in 2024.>> We cannot say all of this is down to faster pain relief, but the haematologists
believe that people who are treated early are breathing better and moving more.

We are not yet where we want to be. Our target is 90% within 30 minutes, and nights and weekends are
still slower than weekdays.
"""),
        ("stakeholders", "Working together", """
<<P:The idea for an individual pain plan came from members of the Support Circle, who invited two of
our nurses and a haematologist to one of their evening meetings and told us, sometimes very bluntly,
what their visits to the department were like.>> <<P:Six members then helped write the template for the
plan, and they insisted on a line at the top saying 'This person knows their condition - please listen
to them', which we kept.>> <<P:A patient who has had sickle cell disease all her life recorded a short
video about what a crisis feels like, which is now part of the department's induction.>>

<<S:Triage nurses tested three versions of the alert on the electronic record and chose the one that
opens automatically when a registered patient is booked in.>> <<S:Paramedics from the ambulance service
worked with our pharmacists to agree which pain relief they could safely give before arrival, and they
asked for a pre-alert phrase that call handlers would recognise, which is now 'sickle crisis, plan on
record'.>> <<S:Junior doctors fed back that the dose tables were too complicated, so the haematology
pharmacist simplified them into a single page.>>
"""),
        ("value", "Value and experience", """
The shared pain plan used an existing part of the electronic record and cost nothing to build. The
patient group direction took about 40 hours of pharmacist and nurse time to write and approve. An
intensive care bed costs around £2,000 a day, and every crisis that is treated early is less likely to
turn into acute chest syndrome.

People tell us they feel believed. One member of the Support Circle said it was the first time in
twenty years that she had been given morphine before being asked to fill in a form.

The department is also a calmer place for these patients. Fewer people are sitting in the waiting room
in visible pain, which is distressing for everyone around them as well as for the patient. Nurses say
they find it easier to do the right thing when the plan is in front of them and the first dose has
already been agreed, rather than having to argue for it with a busy doctor. The haematology day unit
reports fewer people coming back the next day because they did not get enough pain relief the night
before, although we have not yet measured this properly.
"""),
        ("spread", "Spreading the approach", """
The ambulance service has put the sickle crisis pre-alert into its guidance across its whole region,
and two neighbouring emergency departments are setting up the same shared pain plans with their own
haematology teams. We presented the work at the regional haemoglobinopathy network meeting in 2024 and
the Support Circle has spoken about it at a national patient conference. The plan template and the
patient group direction are free to anyone who asks.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I2002  anaemia before planned surgery - docx - bold headings with a cover
#        table - GP federation clinical lead, chatty - GP federation with the
#        acute trust's pre-operative assessment service and the ICB - staff
#        involved - NO patient involvement (patients sent letters, a survey
#        that changed nothing, a plan for a patient panel)
# ---------------------------------------------------------------------------
entry(
    id="I2002", format="docx", layout="bold_headings", topic="preoperative_anaemia_primary_care",
    project="independent126-ironready-2002", docx_font="Calibri",
    title="Iron Ready: finding and treating anaemia before planned surgery",
    cover_table=[
        ("Entry title", "Iron Ready: finding and treating anaemia before planned surgery"),
        ("Lead organisation", "Ashworth Vale GP Federation"),
        ("Partners", "Ashworth and Linthorpe Hospitals NHS Trust (Pre-operative Assessment and Patient Blood Management); NHS South Moorland Integrated Care Board"),
        ("Contact", "Dr Hannah Billington, Clinical Lead"),
    ],
    primary_entrant=dict(name="Ashworth Vale GP Federation", type="primary_care"),
    partners=[
        dict(name="Ashworth and Linthorpe Hospitals NHS Trust", type="nhs_trust"),
        dict(name="NHS South Moorland Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Why we got involved", """
If you are going to have a hip or knee replaced, or a big bowel operation, the last thing you want is
to go into theatre anaemic. Yet that is what was happening to roughly one in four of the people our
practices referred for planned surgery. Anaemia before an operation makes a blood transfusion much
more likely, and transfusion is not a harmless thing: it carries risks of reactions, infection and
fluid overload, and the people who are anaemic before surgery also have more complications and longer
stays.

Most of this anaemia is caused by a lack of iron, which is simple to treat with tablets if you have
enough time, or with an iron drip if you do not. The trouble was time. In our area the blood count was
usually first checked at the hospital's pre-operative assessment clinic, often only three or four weeks
before the operation. By then it was too late for tablets to work. The hospital either cancelled the
operation, which nobody wanted, or went ahead and transfused.

Meanwhile the GP practices that referred these patients had often seen a low blood count months
earlier and not acted on it, because nobody had told us it mattered for surgery, and because the
referral form did not ask.

Ashworth Vale GP Federation covers 23 practices and about 210,000 patients. In 2022 our clinical lead
for prescribing met the hospital's patient blood management practitioner at a regional event, and we
realised we were looking at the same problem from opposite ends.

Patient blood management is a simple idea: look after the patient's own blood so that they are less
likely to need someone else's. It means finding and treating anaemia early, reducing blood loss during
surgery, and only transfusing when it is really needed. Hospitals have worked on the second and third
parts for years. The first part, finding anaemia early, mostly has to happen in primary care, weeks or
months before the patient ever reaches the hospital, and that is where we came in.

We also knew that a low blood count is sometimes the first sign of something more serious, such as a
bowel cancer bleeding slowly. Any pathway had to make sure that unexplained iron deficiency was
investigated, not just topped up with tablets before an operation on someone's knee.
"""),
        ("evidence", "What difference it has made", """
From April 2023 every referral for planned orthopaedic, colorectal, gynaecological and urological surgery
has included a blood count and iron studies taken in the practice. If the person is anaemic, the
referral form prompts the GP to start iron tablets straight away and the result is flagged to the
hospital. Anyone who has not responded by the time of their pre-operative assessment is booked into a
new iron infusion clinic run by the hospital.

We compared people who had planned surgery in the year before and the year after. <<Q:The proportion
of patients arriving for surgery with anaemia fell from 24% to 11%.>> <<Q:Red cell transfusion in the
30 days around planned hip and knee replacement dropped from 7.9% of operations to 3.1%.>>
<<Q:Operations cancelled on the day or the day before because of anaemia went down from 46 to 12.>>

The federation's practices sent 5,800 referrals with the new blood tests in the first year.
"""),
        ("stakeholders", "Who was involved", """
<<S:Practice nurses and healthcare assistants told us that the extra blood tests would only happen if
they were on the same request as the routine tests, so the pathology team built a single 'pre-surgery
bundle' order that they now use.>> <<S:The hospital's pre-operative assessment nurses worked through a
month of referrals with our GPs and agreed the cut-off at which a patient should be booked straight for
an infusion rather than wait.>> <<S:Surgeons in orthopaedics and colorectal surgery changed their
listing process after our prescribing lead and the hospital pharmacists showed them the cancellation
figures, and they now delay listing by two weeks for anyone starting iron.>>

Patients who were found to be anaemic were sent a letter by their practice explaining why they needed
to take iron before their operation. We sent a short survey to about 200 of them and most said the
letter was clear, so we left it as it was. We are hoping to set up a small patient panel with the ICB
next year to look at how people are told about their results.
"""),
        ("value", "Value for money", """
A course of iron tablets costs a few pounds. An iron infusion costs around £180 including nurse time. A
unit of red cells costs the NHS around £170 before the costs of giving it, and a cancelled operation
wastes a theatre slot worth many times that. The ICB estimates the programme saves around £250,000 a
year, though we have not checked this ourselves.

Practices tell us the bundle is easy to use. The hospital's pre-operative nurses say they now spend
far less time chasing results.

There have been some unexpected benefits. A small number of patients referred for a hip or knee
operation were found to have iron deficiency caused by a bowel cancer, and were referred on the
two-week pathway as a result. We cannot say how many of those would have been missed before, but each
one is a person whose cancer was found while it could still be treated.
"""),
        ("spread", "Spread", """
The ICB has asked the other two GP federations in South Moorland to adopt the same referral form, and
one of them started in September 2024. The hospital has added the pre-surgery bundle to its guidance
for all referrers. We presented the work at the regional transfusion committee and the national patient
blood management group has asked for a copy of our referral form.

Our advice to anyone trying this is to start with the referral form. If the blood test is not on the
form, it will not be done, however many teaching sessions you hold.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I2003  out-of-hours blood delivery by volunteer riders - pdf - two columns
#        - blood bike charity chair, warm and informal - charity with the
#        acute trust's transfusion laboratory and the community trust -
#        patients involved - NO staff involvement (riders trained, lab staff
#        briefed, a named lead) - NO quantitative evidence (runs, riders,
#        single figures, a target)
# ---------------------------------------------------------------------------
entry(
    id="I2003", format="pdf", layout="two_column", topic="blood_bikes_community_hospital_transfusion",
    project="independent126-nightriders-2003", pdf_font="LiberationSans",
    title="Night Riders: getting blood to community hospitals when the vans have gone home",
    cover=[
        "Fenwold Blood Bikes (registered charity) with Fenwold General Hospital NHS Trust (Blood Transfusion Laboratory) and Fenwold Community Services NHS Trust",
        "Entry by the Chair of Trustees, Fenwold Blood Bikes",
    ],
    primary_entrant=dict(name="Fenwold Blood Bikes", type="charity"),
    partners=[
        dict(name="Fenwold General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Fenwold Community Services NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "How it started", """
Fenwold is a big, flat, rural county. There are four community hospitals, each with around twenty beds,
mostly caring for older people recovering from illness or at the end of their lives, and a day unit
where people with conditions such as myelodysplasia have regular blood transfusions. None of them has a
blood bank. Every unit of blood comes from the transfusion laboratory at Fenwold General, up to forty
miles away.

In the daytime that works well enough: the hospital's pathology vans do a round twice a day. After six
in the evening and at weekends there were no vans. If a patient in a community hospital needed blood
urgently, for example after a bleed, the choices were a taxi, which the laboratory did not like because
blood has to be kept at the right temperature and tracked, or an ambulance transfer of the patient to
the General, which meant a long, uncomfortable journey for a frail person and a bed lost to the
community hospital.

Several times a year a patient was moved forty miles at night simply because the blood could not come
to them. Some day-unit transfusions that overran were stopped and rebooked, leaving people feeling
tired and breathless for another week.

Fenwold Blood Bikes has been running since 2015. We are all volunteers, mostly motorcyclists with
advanced riding qualifications, and until 2022 we mainly carried samples and breast milk. Our
controller, Gary Hutchinson, who was a paramedic for thirty years, rang the laboratory manager and
asked whether we could help. That phone call is where this project began.

It took almost a year to get going. The laboratory had to be sure that blood carried by volunteers
would be kept at the right temperature, could be traced from the fridge to the patient, and would not
be lost or delayed. Cool boxes had to be tested and validated. A procedure had to be written for
handing over at the ward door, and the community trust had to decide who could receive and sign for
blood on a night shift when there may be only two registered nurses in the building. None of that is
glamorous, but all of it had to be right before the first run.
"""),
        ("evidence", "What we have done", """
Since February 2023 the charity has run an on-call service every evening from 6pm to 7am and all day at
weekends and bank holidays. The laboratory packs blood in validated cool boxes with a temperature logger,
and our riders carry it to the community hospital and hand it to a named nurse, who signs for it. The
logger data is downloaded back at the laboratory so that the cold chain is kept and every unit can be
traced.

In the first eighteen months our riders made 412 runs carrying blood or blood products to the four
community hospitals. Forty-one volunteer riders are now qualified to carry blood. The average journey
was 52 minutes from the laboratory door to the ward.

Every single logger download has been within the safe temperature range. The service cost £38,000 over
the period, almost all of it raised by the charity.

The community trust's aim is that no patient will need to be moved to the General simply to receive
blood, and it is monitoring transfers each quarter.
"""),
        ("stakeholders", "Who was involved", """
<<P:Before we started, the community trust put us in touch with people who have regular transfusions in
the Saltmarsh day unit, and four of them met our riders over a cup of tea and told us that what
mattered most was not being sent home half-transfused, which is why the weekend service covers the day
unit's late sessions too.>> <<P:One of them, a retired farmer who has had transfusions every three weeks
for six years, suggested the riders should wait until the nurse had checked the bag, and that is now the
rule.>>

Our riders completed the laboratory's cold chain and traceability training, and laboratory staff on
night shifts were briefed on how to call us. Gary Hutchinson, as controller, wrote the rota and the
call-out procedure. Community hospital ward managers were sent a laminated card with our number.
"""),
        ("value", "Value", """
Our riders give their time for nothing, and the bikes and fuel are paid for by fundraising. A single
ambulance transfer of a patient to the General and back costs the NHS far more than a run by one of our
riders. For a frail person near the end of life, not being moved forty miles at night is beyond price.

We also think the service has given the community hospitals more confidence to keep people with them
rather than sending them away at the first sign of trouble. For a small ward in a market town, knowing
that blood can arrive within the hour, day or night, changes what it feels able to take on.

Our volunteers are proud of what they do. Several have said that carrying blood for a patient they
will never meet is the most worthwhile thing they have done on a motorbike.
"""),
        ("spread", "Spread", """
We have shared our cool box procedure with the national association of blood bike groups, and two
charities in neighbouring counties are talking to their hospitals about doing the same. The laboratory
has presented the cold chain checks to the regional transfusion committee.
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I2004  electronic bedside transfusion checks - docx - numbered questions
#        with cover bullets - PRIVATE health technology company as primary
#        entrant with two acute trusts (ineligible) - product director,
#        polished - staff and a patient involved - no other flags
# ---------------------------------------------------------------------------
entry(
    id="I2004", format="docx", layout="numbered_questions", topic="electronic_bedside_transfusion_checks",
    project="independent126-scanbeforeyouhang-2004", docx_font="Arial",
    title="Scan Before You Hang: electronic bedside checks for every blood transfusion",
    cover=[
        "Submitted by Veritrace Clinical Systems Ltd",
    ],
    cover_bullets=[
        "Partner: Marlowe Bay Hospitals NHS Trust (Hospital Transfusion Team)",
        "Partner: Westerleigh Royal Infirmary NHS Foundation Trust (Blood Sciences and Nursing)",
        "Contact: Product Director, Transfusion Safety",
    ],
    primary_entrant=dict(name="Veritrace Clinical Systems Ltd", type="private"),
    partners=[
        dict(name="Marlowe Bay Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Westerleigh Royal Infirmary NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "1. What was the problem and why was a partnership needed?", """
Giving the wrong blood to the wrong patient is one of the most feared events in healthcare. Most
incidents happen not in the laboratory but at the bedside, at the moment the nurse or midwife checks
the bag against the patient. The check depends on two people reading long numbers, names and dates of
birth from a wristband, a compatibility label and a prescription, often at night and under pressure.

Both partner trusts still used paper-based bedside checks in 2022. Between them they give about 31,000
units of blood components a year. Their incident reports showed a steady stream of near misses: a unit
collected for the patient in the next bed, a wristband missing so the check was done against the notes,
a second checker who signed without looking. Marlowe Bay had one ABO-incompatible transfusion in 2021,
which fortunately caused no lasting harm but was reported as a never event.

National haemovigilance reports have shown for many years that errors at the bedside, and at the point
of collecting blood from the fridge, are among the most common causes of serious transfusion incidents.
Electronic systems exist, but they are often bought as an add-on and used on only some wards.

Veritrace makes a handheld scanning system for specimen labelling. Neither trust had the money or the
development team to build a bedside transfusion check of their own, and we did not have the clinical
knowledge to design one that nurses would actually use. A partnership made sense for all three.

The trusts wanted something that would work on every ward, including maternity, paediatrics and the
emergency department, without adding time to a task that nurses already found stressful. They also
wanted the system to connect to their existing laboratory software rather than replace it, and to
produce a full electronic record of every transfusion that could be audited. We agreed at the outset
that the trusts would own the clinical content and the design decisions, and that our role was to build
what they specified and to maintain it.
"""),
        ("evidence", "2. What is the evidence of improvement?", """
Scan Before You Hang went live on all adult inpatient wards at Marlowe Bay in May 2023 and at
Westerleigh in October 2023. The nurse scans the patient's wristband, the blood bag and their own
badge. The handheld will not show a green 'proceed' screen unless all three match the prescription and
the laboratory record, and it times the start and end of each unit automatically.

<<Q:Wrong component or wrong patient near misses caught at the bedside and reported, per 10,000 units
given, fell from 5.6 in the year before to 0.7 in the year after across both trusts.>> <<Q:Units
given without a complete record of the bedside check dropped from 9% on the last paper audit to under
1%.>> <<Q:Transfusions started more than 30 minutes after the blood left the fridge, which risks the
unit being wasted, went down by about two thirds.>>

ABO-incompatible transfusions are too rare for us to say yet whether the system has made a difference to them, and both trusts continue to report every one.
"""),
        ("spread", "3. How has the solution been shared?", """
The software is now available to any trust that uses our handhelds, and three more hospitals have
signed contracts for 2025. The two partner trusts presented their results at the national transfusion
practitioners' conference. We have published the screen designs and the error messages so that other
suppliers can learn from them.

Both partner trusts have offered to host visits for other hospitals considering electronic bedside
checks, and Westerleigh's lead transfusion practitioner has written a short implementation guide
covering training, go-live and the ward-by-ward roll-out.
"""),
        ("value", "4. What is the value for money and impact on experience?", """
The system costs around £40 per bed per year on top of the specimen labelling licence the trusts already
held. Each wasted unit of red cells costs around £170, and each serious transfusion incident costs far
more in investigation, treatment and lost confidence. Nurses say the bedside check now takes less time
than the old paper check and that they feel safer at night when there is no second checker nearby.

Transfusion practitioners have found that the electronic record saves them many hours each month that
used to be spent chasing paper forms for the national traceability requirements. The laboratories can
now see which units have been started and which are still on the ward, so units that are not going to
be used can be returned to the fridge in time rather than thrown away.
"""),
        ("stakeholders", "5. Who was involved and how?", """
<<S:Transfusion practitioners from both trusts sat with our developers every fortnight for six months
and rewrote every screen, taking out options that nobody used.>> <<S:Ward nurses and midwives tested
prototypes on a mock ward, and they asked for the handheld to read the wristband from the side of the
bed without waking a sleeping patient, which meant a change to the scanner.>> <<S:Laboratory biomedical
scientists asked that the handheld should show a warning if the patient had special requirements such
as irradiated blood, and this is now in the product.>>

<<P:A woman who had received the wrong unit at another hospital some years earlier spoke to the project
board at its first meeting and was then asked to review the patient information leaflet, which she
rewrote so that it explains why the nurse will ask your name even if they know you.>>
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I2005  counselling on DOACs after discharge by community pharmacies - pdf -
#        capital headings - university senior lecturer, academic - university
#        school of pharmacy with the acute trust and the LPC - patients
#        involved - NO staff involvement (pharmacists trained, ward pharmacists
#        briefed, a named research pharmacist, a survey that changed nothing)
# ---------------------------------------------------------------------------
entry(
    id="I2005", format="pdf", layout="caps_headings", topic="doac_discharge_community_pharmacy_counselling",
    project="independent126-firstfourteendays-2005", pdf_font="DejaVuSans", pdf_align="L",
    title="THE FIRST FOURTEEN DAYS: community pharmacy follow-up for people newly started on an anticoagulant",
    cover=[
        "LEAD: University of Hollinshed, School of Pharmacy and Medicines Science",
        "PARTNERS: Hollinshed Royal Hospital NHS Trust; Hollinshed and District Local Pharmaceutical Committee",
        "CONTACT: Dr Priya Ramanathan, Senior Lecturer in Clinical Pharmacy",
    ],
    primary_entrant=dict(name="University of Hollinshed", type="university"),
    partners=[
        dict(name="Hollinshed Royal Hospital NHS Trust", type="nhs_trust"),
        dict(name="Hollinshed and District Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
Direct oral anticoagulants (DOACs) such as apixaban, rivaroxaban and edoxaban have largely replaced
warfarin for people with atrial fibrillation or a blood clot. They do not need regular blood tests,
which is a great advantage, but it also means that, once someone leaves hospital, nobody routinely sees
them to check that they are taking the medicine correctly. The risks are well described: doses missed
because the person believes the tablets are 'just for the clot' and stops when the leg feels better;
twice-daily doses taken once a day; a loading dose continued beyond the first week; anti-inflammatory
painkillers bought over the counter; and, in older people, a dose that is wrong for their kidney
function or weight.

Our earlier research, a review of 300 people discharged from Hollinshed Royal on a new DOAC, found that
about one in five had an error or misunderstanding within the first month, and that bleeding and clot
readmissions clustered in the first two weeks after discharge. The hospital already referred some
patients to their community pharmacy through the national discharge medicines service, but referrals
were patchy and the pharmacies had no specific guidance on anticoagulants.

The School of Pharmacy, the hospital and the Local Pharmaceutical Committee agreed to build a structured
follow-up, delivered by community pharmacists, for every adult started on a DOAC in hospital and sent
home.

Two incidents in 2021 showed why. A woman of 83, started on a full dose of apixaban for a clot in her
leg, was discharged with the loading dose written on her box and continued it for a month. She was
readmitted with bleeding from the bowel and needed a transfusion. A younger man stopped rivaroxaban a
fortnight after leaving hospital because his leg no longer hurt, and was readmitted with a clot in his
lungs. In both cases the community pharmacy that dispensed the next prescription had no idea the
medicine was new, and nobody had asked either patient how they were getting on.

The three organisations brought different things. The School had the research evidence, the
evaluation skills and the ability to write training. The hospital knew which patients were started on
DOACs and could change its discharge process. The LPC could reach every pharmacy in the area and had
the trust of its contractors.
"""),
        ("evidence", "WHAT THE EVALUATION SHOWS", """
From January 2023 every adult discharged on a newly started DOAC is referred electronically to their
chosen community pharmacy. The pharmacist calls or sees the person within fourteen days and goes through
a short structured checklist: the dose and timing, what to do about a missed dose, signs of bleeding,
other medicines, and when the next kidney function test is due. Problems are sent back to the hospital
anticoagulation pharmacist or the GP the same day.

We evaluated the first eighteen months against the eighteen months before. <<Q:The proportion of
patients referred to a community pharmacy after starting a DOAC rose from 22% to 87%.>> <<Q:Dosing or
adherence problems found at the follow-up fell from 19% of patients in the first quarter to 8% by the
last quarter, as the hospital changed its discharge advice in response.>> <<Q:Emergency readmissions
with bleeding or a new clot within 30 days of discharge fell from 4.1% to 2.6% of patients started on a
DOAC.>>

The full evaluation has been submitted for publication.
"""),
        ("stakeholders", "WHO TOOK PART", """
<<P:We held two workshops with members of the Hollinshed Clot Survivors' Group, who told us that the
hospital discharge leaflet used too many words they did not understand, and they rewrote the checklist
questions in their own language.>> <<P:Three people who had had a bleed on a DOAC at home were
interviewed by our postgraduate students, and their stories shaped the section of the checklist on
what to do if you fall or hit your head.>>

All 64 participating community pharmacists completed a two-hour online training module written by the
School. Ward pharmacists at the hospital were briefed on the referral process at their team meeting. Our
research pharmacist, Tom Aldridge, managed the referral data and ran the evaluation. We surveyed the
participating pharmacists at six months; they were happy with the checklist and no changes were needed.
"""),
        ("value", "VALUE FOR MONEY", """
The follow-up is paid for through the national discharge medicines service fee, so it costs the NHS no
more than it already pays pharmacies. The training module and the checklist were developed within the
School's existing teaching and research budget. Each avoided readmission with a bleed costs the NHS
several thousand pounds, and a major bleed or stroke can change a life permanently.

For patients the follow-up is a chance to ask questions they did not think of, or did not feel able to
ask, on a busy ward on the day they went home. Many people said they were relieved to hear from someone
local, whom they could go back to if they had a problem.
"""),
        ("spread", "SPREAD", """
The checklist and the training module are free to use and have been shared with every LPC in the region
through the regional pharmacy network. Two other acute trusts started referring in 2024. The School now
teaches the checklist to all final-year pharmacy students.

The LPC has included the DOAC checklist in its wider programme for the discharge medicines service,
and is now developing similar checklists for other high-risk medicines started in hospital, beginning
with insulin and opioids.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I2006  bleeding disorders at district hospital emergency departments - docx
#        - no headings - haemophilia nurse specialist, story-telling -
#        haemophilia centre (acute trust) with a haemophilia society, two
#        district hospitals and the ambulance service - patients involved
#        (told in the context section, phrased indirectly) and staff involved
#        - subtle claims in words - no flags
# ---------------------------------------------------------------------------
entry(
    id="I2006", format="docx", layout="no_headings", topic="bleeding_disorders_district_emergency_care",
    project="independent126-factorfirst-2006", docx_font="Georgia",
    title="Factor First: emergency care for people with bleeding disorders who live far from the centre",
    cover=[
        "Tarnside Comprehensive Care Haemophilia Centre, Tarnside University Hospitals NHS Foundation Trust, with the Tarnside and Borders Haemophilia Society, Kelbridge District Hospital NHS Trust, Corrieford Hospitals NHS Trust and Northern Uplands Ambulance Service NHS Trust",
        "Entry by Moira Fenton, Lead Haemophilia Nurse Specialist",
    ],
    primary_entrant=dict(name="Tarnside University Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Tarnside and Borders Haemophilia Society", type="patient_group"),
        dict(name="Kelbridge District Hospital NHS Trust", type="nhs_trust"),
        dict(name="Corrieford Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Northern Uplands Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", None, """
I have been a haemophilia nurse for nineteen years and I still remember the phone call that started
this. A lad of seventeen with severe haemophilia A had come off his bike near Kelbridge, seventy miles
from us, and hit his head. He told the ambulance crew he had haemophilia and needed factor VIII. He told
the triage nurse. He told the doctor. He waited four hours for a scan before anyone gave him his factor,
because nobody in the department had looked after a person with haemophilia before and the hospital
did not keep factor VIII in stock. He was lucky: the bleed was small. Many are not.

Our centre looks after about 380 people with haemophilia and other inherited bleeding disorders, spread
across a huge area of hills and small towns. Most of the time they treat themselves at home. But when
there is a serious injury, a head bump, a bleed into the hip or the throat, they turn up at whatever
emergency department is nearest, and in a district hospital that may see one such patient a year. The
national rule is that factor should be given within an hour of arrival for a suspected serious bleed,
ideally before any scan. In our audit of 2021 and 2022 that happened in fewer than half of attendances
at district hospitals.

<<P:When we asked the Tarnside and Borders Haemophilia Society what they thought should change, its
members did not hold back.>> <<P:They described carrying their own factor in a cool bag to the
emergency department because they did not trust the hospital to have it, being asked to explain their
condition to four different people, and being told to wait while a doctor 'rang someone at Tarnside'.>>
<<P:Three of them, including the mother of a boy with severe haemophilia B, agreed to join a working
group with us, and it was their idea that the key information should travel with the person rather than
sit in a hospital computer.>>

So Factor First has three parts. Each person carries a card and a phone wallpaper with their diagnosis,
their factor product and dose, and our 24-hour number. Each district emergency department keeps an
emergency stock of the two most commonly needed factor concentrates, supplied and rotated by our
centre's pharmacy. And the ambulance service flags every registered person's address so that crews know
before they arrive, and can pre-alert the department to get the factor out of the fridge.

The partnership mattered because no one organisation held the answer. We hold the expertise and the
factor, but we are not there at 3am in Corrieford. The district hospitals see the patients but cannot
be expected to be expert in a condition they meet once a year. The ambulance service is often first on
scene but had no way of knowing who was at risk. And the Society knows its members, their fears and the
places where things go wrong, better than any of us.

Setting it up took about fifteen months. The hardest part was the factor stock, because it is costly
and because nobody wanted it sitting unused in a fridge until it expired. In the end our pharmacy agreed
to own the stock and to swap it for fresh product every few months, so that the district hospitals carry
no cost and no risk of waste.
"""),
        ("evidence", None, """
We launched in April 2023 and have audited every emergency attendance by a registered patient at the
two district hospitals and at our own. <<Q:At the district hospitals, the share of people with a
suspected serious bleed who got factor within the hour went from well under half to almost nine in
ten.>> <<Q:The time to treatment in those cases was roughly cut by two thirds.>> <<Q:Across all three
hospitals there were a third fewer admissions for bleeds that had been treated late, compared with the
two years before.>>

In the same period, the ambulance flag was triggered 112 times.
"""),
        ("stakeholders", None, """
<<S:Emergency department consultants at Kelbridge and Corrieford helped us write a one-page protocol
for their departments, and they asked for a line telling the doctor that factor comes before the scan,
in bold.>> <<S:Pharmacists at both district hospitals told us which fridges were checked daily, and
suggested the stock be kept there so that it would be rotated and not forgotten.>> <<S:Ambulance
clinicians reviewed the wording of the address flag and cut it down so that it fits on the crew's
screen.>>
"""),
        ("value", None, """
Factor concentrates are expensive, but stock that is not used is returned to our centre before it
expires and given to patients for home treatment, so almost nothing is wasted. The cards cost very
little to print. The real costs are in a bleed that is treated late: a brain injury or a damaged joint
can mean lifelong disability, and one intensive care stay for a late-treated head bleed costs more than
the whole scheme.

Patients say they feel safer travelling and going on holiday within the region. One father told us that
for the first time his son went away on a school trip without him.

For the district emergency departments there is also less anxiety. Doctors who have never treated a
bleeding disorder have a clear one-page protocol and a specialist on the end of the phone, and they know
that the product they need is already in the building.
"""),
        ("spread", None, """
The haemophilia centres in two neighbouring regions have asked for our protocol, and the national
haemophilia nurses' association has shared the card design. The ambulance service plans to offer the
same address flag to other rare conditions where minutes count.

What we have learned is that the solution was not technical. Everything needed already existed: the
factor, the phone number, the ambulance flag. What was missing was a way of making sure it was all in the
right place at the right moment, and that depended on organisations that had rarely spoken to each other working as one.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I2007  reviews after switching from warfarin to DOACs - pdf - form table -
#        ICB medicines optimisation lead, terse - ICB with a GP federation and
#        the acute trust's anticoagulation clinic - staff involved - NO patient
#        involvement (patients told, letters, a survey that changed nothing) -
#        NO quantitative evidence (review counts, single figures, a target)
# ---------------------------------------------------------------------------
entry(
    id="I2007", format="pdf", layout="form_table", topic="warfarin_to_doac_switch_reviews",
    project="independent126-safeswitch-2007", pdf_font="LiberationSans",
    title="Safe Switch: reviewing people moved from warfarin to DOACs",
    cover_table=[
        ("Entry title", "Safe Switch: reviewing people moved from warfarin to DOACs"),
        ("Lead organisation", "NHS Dunmere and Coast Integrated Care Board (Medicines Optimisation Team)"),
        ("Partner organisations", "Dunmere Health Partnership GP Federation; Dunmere Coast Hospitals NHS Trust (Anticoagulation Clinic)"),
        ("Entrant", "Head of Medicines Optimisation"),
    ],
    primary_entrant=dict(name="NHS Dunmere and Coast Integrated Care Board", type="icb"),
    partners=[
        dict(name="Dunmere Health Partnership GP Federation", type="primary_care"),
        dict(name="Dunmere Coast Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why was the partnership needed? What were the safety goals?", """
In 2022 the hospital anticoagulation clinic decided, with the ICB, to stop running warfarin monitoring
for most patients and to switch suitable people to a direct oral anticoagulant (DOAC). About 2,600
people were switched over nine months, mostly by the clinic's nurses using a protocol, and their ongoing
care was handed to their GP practice.

Switching is generally safe, but it carries risks. The DOAC dose depends on kidney function, age and
weight, which change over time. Some people have conditions, such as a mechanical heart valve or
antiphospholipid syndrome, where DOACs should not be used. Some interactions with other medicines are
serious. And once a person no longer attends a clinic, nobody is routinely checking.

In early 2023 our significant event reports showed the risks were real: a man with a mechanical valve
who had been switched in error, several people on a reduced dose that was no longer right, and two
people whose DOAC had stopped being issued without anyone noticing.

Goals: every switched patient to have a structured review in primary care within a year; correct dose
for kidney function and weight; no one on a DOAC for whom it is not suitable; no unintended gaps in
supply.

None of the three organisations could do this alone. The clinic had switched the patients but no longer
saw them. The practices held the prescriptions but did not know which of their patients had been
switched or why. The ICB had agreed the switch and carried the responsibility for its safety, but had no
clinical staff working in practices. The partnership put the federation's pharmacists, who already work
across all the practices, at the centre of it.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
The GP federation's clinical pharmacists ran searches in all 31 practices from May 2023 and invited
every switched patient for a structured review using a template agreed with the clinic. Reviews cover
diagnosis, suitability, kidney function, weight, interacting medicines, bleeding risk and repeat
prescription status.

By September 2024, 2,412 reviews had been completed. The dose was changed for 263 people. Eleven people
were found to have a condition for which a DOAC was not suitable and were referred back to the clinic
for warfarin. 58 people who had a gap in supply were contacted the same week. At the most recent audit,
96% of reviewed patients were on the correct dose for their kidney function.

Our target is for all remaining patients to be reviewed by March 2025, and then for every patient on a
DOAC to have a yearly review.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:The federation's clinical pharmacists piloted the review template in four practices and asked for
the kidney function calculation to be built into it, because they found GPs were using the wrong
formula.>> <<S:Anticoagulation nurses from the hospital clinic met the pharmacists monthly and agreed a
fast route back to the clinic, which the pharmacists said they needed for people who were not suitable
for a DOAC.>> <<S:Practice managers suggested inviting patients by text rather than letter, which
they said was quicker for their teams, and this is now standard.>>

Patients were told about the switch by the clinic, and later sent an invitation letter and a leaflet
about their review. After the first 300 reviews we asked patients to fill in a short questionnaire and
the replies were positive, so the process was not changed. The ICB's patient and public engagement
forum was updated on progress at two of its meetings.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The reviews are carried out by existing federation pharmacists funded through the additional roles
scheme. The drug cost of DOACs is higher than warfarin, but the clinic's monitoring costs have fallen.
Each major bleed or stroke avoided saves the NHS many thousands of pounds.

Practices say the reviews have also found other problems unrelated to anticoagulants, such as blood
pressure that was not controlled and medicines that were no longer needed, and these have been dealt
with at the same appointment.

The clinic's nurses, who had been worried about handing over so many patients at once, say they are
reassured that everyone will be reviewed. GPs say the template makes a complicated review quick and
consistent.
"""),
        ("spread", "How has the work been shared and spread?", """
The review template is available to all practices in the ICB on the clinical system and has been
shared with two neighbouring ICBs that are planning similar switches. We presented at the regional
medicines safety network in June 2024.

We have also written up the lessons from the switch itself for other ICBs. The main one is that a
switch programme should include the follow-up reviews from the start, with the staff and funding to
do them, rather than adding them afterwards when problems start to appear.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I2008  ambulance care for sickle cell crises at home - docx - reordered
#        (evidence first, stakeholders before context) - ambulance service
#        consultant paramedic, plain - ambulance service with a sickle cell
#        charity and an acute trust's haematology service - patients involved
#        (passive voice, described people) and staff involved - NO spread
#        section
# ---------------------------------------------------------------------------
entry(
    id="I2008", format="docx", layout="reordered", topic="ambulance_sickle_cell_crisis_home",
    project="independent126-crisiscall-2008", docx_font="Cambria",
    title="Crisis Call: faster, better-informed ambulance care for sickle cell pain at home",
    cover=[
        "Lead: Greater Wexcombe Ambulance Service NHS Trust",
        "Partners: Sankofa Sickle Cell Trust (registered charity); Wexcombe Central Hospitals NHS Trust (Haemoglobinopathy Service)",
        "Author: Consultant Paramedic, Urgent and Emergency Care",
    ],
    primary_entrant=dict(name="Greater Wexcombe Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Sankofa Sickle Cell Trust", type="charity"),
        dict(name="Wexcombe Central Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("evidence", "What changed", """
<<Q:For people calling us with a sickle cell crisis, the average wait for an ambulance fell from 1 hour
48 minutes in 2022 to 37 minutes in 2024, because these calls are now given a higher priority.>>
<<Q:The share of patients given strong pain relief by our crews before arriving at hospital went up from
29% to 81%.>> <<Q:Complaints to the ambulance service from people with sickle cell disease or their
families fell from 17 in 2022 to 3 in 2024.>>

Over the same period our control room handled around 1,900 calls about sickle cell crises. Crews have
access to individual care plans for 640 registered patients.
"""),
        ("stakeholders", "Who shaped it", """
<<P:The crisis card that patients now hold was drafted with a group of young adults living with sickle
cell disease, brought together by the Sankofa Sickle Cell Trust, and was changed three times on their
advice.>> <<P:Our call handlers' script was read aloud to members of the charity's parents' network, who
said that questions about drug use were hurtful and had no place in a pain call, so they were taken
out.>> <<P:A woman who had waited five hours on her bathroom floor in 2021 told her story to our board,
and it was at her request that crises were given a higher call category.>>

<<S:Call handlers and clinical navigators in our control room worked with the haematology consultants to
decide which answers should move a call up the priority list.>> <<S:Paramedics trialled carrying a
second type of pain relief for three months and reported back on how well it worked, and it is now on
all vehicles.>>
"""),
        ("context", "Why we did it", """
Sickle cell disease is the most common inherited blood condition in England, and Wexcombe has one of
the largest populations of people living with it outside London. A painful crisis can come on within
hours. Many people manage mild crises at home with their own medicines, but when the pain becomes too
much they ring 999.

Until 2022 our call-handling system treated a sickle cell crisis much like any other call about pain.
It was usually given a low category, and when demand was high people could wait for several hours. When
a crew arrived, they often had no information about the person, and some were reluctant to give strong
pain relief to a young adult they did not know. People told the charity that they felt judged, and some
said they had been accused of wanting drugs. Several serious incidents showed the dangers of delay:
people with chest crises or strokes that began while they were waiting.

The ambulance service could not solve this alone. We needed the hospital's haematology team to agree
the clinical risk and share care plans, and we needed the people with the condition to tell us what
good care looked like.

Wexcombe Central's haemoglobinopathy team already kept individual care plans for many of their patients,
but these sat in the hospital record and were invisible to us. The first step was therefore to agree
that the plans could be shared with the ambulance service, with each person's consent, and to find a
way of showing them to crews on their electronic patient record. The second step was to look again at
how calls were prioritised, because every minute of waiting for an ambulance is a minute of severe pain
and a minute in which a crisis can become more dangerous.

There was also the question of what crews could give. Ambulance clinicians carry a limited range of pain
relief, and some people with sickle cell disease take strong opioids at home, so the usual doses may not
be enough. What was safe to give before arrival, and how crews should judge it, had to be settled before anything else could change.
"""),
        ("value", "Value", """
The changes used existing systems: the care plans sit on the same record as other special patient notes,
and the second pain relief drug is inexpensive. Faster pain relief means people are more comfortable and
some can be treated at home or discharged more quickly from hospital. Crews say they feel more confident
and that calls are less tense.

People with sickle cell disease and their families say they now have more trust in the service. Several
have told the charity that they are more willing to call for help early, rather than waiting at home
until they can no longer bear the pain, which is exactly what the haematologists want them to do.

Some calls are now managed by a clinician in our control room, who can talk the person through their
own pain plan and arrange a visit from a community team instead of an ambulance. This keeps ambulances
free for other emergencies and means the person can stay at home if that is what they and their plan
prefer.

Each call that is handled well at home saves an ambulance journey and an emergency department
attendance, and each crisis that is treated early is less likely to lead to an admission or an
intensive care stay.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I2009  iron deficiency and fainting in regular blood donors - pdf (via
#        Word) - style headings - university professor, measured - university
#        with the national blood service and a donors' association - donors
#        involved - NO staff involvement (donor carers trained, session staff
#        briefed, a named study coordinator) - a shift on a run chart
# ---------------------------------------------------------------------------
entry(
    id="I2009", format="pdf", layout="style_headings", topic="blood_donor_iron_deficiency_fainting",
    project="independent126-donorwell-2009", render_via="soffice", docx_font="Liberation Serif",
    title="Donor Well: protecting regular blood donors from iron deficiency and fainting",
    cover=[
        "University of Brackenford, Centre for Transfusion and Donor Health (lead)",
        "Partners: NHS Blood and Transplant (Donor Services, North East region); Brackenford and District Blood Donors' Association (registered charity)",
        "Author: Professor Ian McCallister, Director of the Centre",
    ],
    primary_entrant=dict(name="University of Brackenford", type="university"),
    partners=[
        dict(name="NHS Blood and Transplant", type="public_other"),
        dict(name="Brackenford and District Blood Donors' Association", type="charity"),
    ],
    sections=[
        ("context", "Background", """
The blood supply depends on a relatively small number of loyal, regular donors. Those same donors carry
a risk that is easy to overlook. Each whole blood donation removes around 200 to 250 milligrams of iron,
and someone who donates three or four times a year can slowly run their iron stores down without
becoming anaemic enough to be turned away. Low iron can cause tiredness, poor concentration, restless
legs and, in young donors in particular, a higher chance of fainting during or after donation.

Fainting at a donation session is not trivial. Donors can fall and injure themselves, occasionally
seriously, and a donor who faints is much less likely to come back. Young women and first-time donors
under 25 are most affected. In the North East region the donor services team had seen a slow rise in
reported faints and in falls after donation between 2018 and 2022, and had received a number of
complaints from donors who had felt unwell for days afterwards.

Our centre had been researching iron in donors for several years. Working with the blood service and
the local donors' association, we wanted to turn the research into something that would change practice
at donation sessions: better information before the first donation, a simple check of iron stores for
frequent donors, and practical steps on the day to reduce the chance of fainting.

Any change had to be practical at a busy session in a church hall or sports centre, run by a small team
working to a tight schedule. It could not add much time to each donation, and it had to be something
that donors would welcome rather than see as a reason not to come back. The blood service also needed
to be confident that it would not reduce the amount of blood collected, because a longer gap between
donations for some donors means fewer donations overall unless others are encouraged to give.
"""),
        ("evidence", "Results", """
From June 2023 the Donor Well package was introduced at all fixed and mobile sessions in the Brackenford
area. It has three parts: a measure of ferritin (iron stores) taken from the routine sample at every
third donation for frequent donors, with a longer gap between donations and advice on diet or iron
supplements for those whose stores are low; a 500 ml drink of water and a salty snack before donating
for all donors under 25; and muscle tension exercises taught on the donor chair.

We tracked the rate of faints each month on a run chart. <<Q:After the package started, the monthly
rate of faints per 10,000 donations in donors under 25 stayed below the earlier median for eleven months
in a row, a sustained shift, and the new median is 68 compared with 104 before.>> <<Q:Among frequent
donors whose ferritin was checked, the proportion with very low iron stores fell from 27% at their
first check to 12% a year later.>> <<Q:Falls with injury after donation reported to the blood service
in the Brackenford area went down from 19 in 2022 to 7 in 2024.>>

More than 14,000 ferritin checks have been made so far.
"""),
        ("stakeholders", "Involvement", """
<<P:Donors helped design Donor Well from the start: twelve regular donors recruited through the donors'
association met with our researchers four times, and they rejected our first leaflet because it read
like a warning not to give blood, so the final version starts with a thank you.>> <<P:Young donors who
had fainted were interviewed about what happened, and they told us the worst moment was standing up too
quickly to leave, which is why the package now includes a rule to stay seated for five minutes after
the needle comes out.>> <<P:The association's members also chose the name and tested the text message
that is sent to donors with low ferritin.>>

Donor carers and session nurses at every session were trained in the muscle tension exercises and in
how to explain a ferritin result. Session managers were briefed at their regional meeting. The study
coordinator at the university collected the data each month and prepared the run charts. We sent a
feedback form to session staff after six months, and the comments were positive, so nothing was
changed.
"""),
        ("value", "Value", """
A ferritin test on the existing sample costs the blood service a few pounds. Water and snacks were
already provided at sessions. Every donor who keeps donating rather than being lost after a faint
saves the cost of recruiting and screening a new one, and every fall avoided is an injury avoided. For
donors, the benefit is feeling well and being able to keep giving blood safely for longer.

There is also a wider benefit to the health of donors. Some people with very low iron stores had no
idea, and a few were found to have other causes of iron loss that needed investigation by their own
doctor. Donors have told us they appreciate being looked after in return for what they give.
"""),
        ("spread", "Spread", """
The blood service is considering the package for other regions, and the ferritin rule has been
discussed at national level. We have published our results in a transfusion journal and presented them
at an international donor health meeting. The donors' association has shared the leaflet with other
associations in England.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I2010  blood on board a rural air ambulance - docx - rubric headings - air
#        ambulance charity medical director, confident - charity with the
#        acute trust's blood bank and the ambulance service - staff involved -
#        NO patient involvement (patients as beneficiaries, survivors' stories
#        in fundraising, a negation, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I2010", format="docx", layout="rubric_headings", topic="prehospital_blood_air_ambulance",
    project="independent126-bloodonboard-2010", docx_font="Calibri",
    title="Blood on Board: red cells and plasma for people bleeding in rural Halstow",
    cover=[
        "Halstow and Marches Air Ambulance (registered charity)",
        "Working with Halstow County Hospitals NHS Trust (Blood Transfusion Laboratory) and West Marches Ambulance Service NHS Trust",
        "Submitted by the Medical Director, Halstow and Marches Air Ambulance",
    ],
    primary_entrant=dict(name="Halstow and Marches Air Ambulance", type="charity"),
    partners=[
        dict(name="Halstow County Hospitals NHS Trust", type="nhs_trust"),
        dict(name="West Marches Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "Context: why was the partnership needed?", """
Halstow is a large rural county with long, fast roads and a lot of farm machinery. When somebody is
badly hurt in a road collision or a farm accident, they can be an hour or more from the major trauma
centre. Many of the deaths after major injury are caused by bleeding, and a lot of them happen before
the patient reaches hospital. Giving blood at the roadside, rather than salt water, can keep someone
alive long enough to get them to an operating theatre.

Until 2022 our helicopter and critical care cars carried no blood. Our doctors and critical care
paramedics could give fluids and a drug to slow bleeding, but for a patient losing blood fast that is
not enough. Some air ambulances elsewhere in the country had been carrying blood for years. We had not,
because as a charity we do not hold a blood bank licence, and the logistics of keeping blood cold,
tracked and rotated so that none is wasted are complicated.

The answer was a partnership. Halstow County Hospitals' transfusion laboratory supplies and owns the
blood, and we carry it. Every morning a cool box with two units of red cells and two of plasma goes out
with each crew, and every evening unused units go back to the laboratory to be used in the hospital
before they expire. The ambulance service's control room dispatches us to the calls where blood is most
likely to be needed.

It took ten months from the first meeting to the first unit being carried. The laboratory had to extend
its traceability system so that every unit could be tracked into the helicopter and back. Our crews had
to be trained to check, warm and give blood at the roadside, often in the dark or the rain. The
ambulance service had to change the way its dispatchers thought about which calls to send us to. All
three organisations signed a shared agreement setting out who was responsible for each step.

The cost of carrying blood is not only the cool boxes. Every unit must be checked out and checked back,
crews must record every transfusion in a way the laboratory can audit, and the rota has to make sure that
a crew carrying blood is always on duty. We knew that if any part of this failed, the laboratory would
rightly stop the scheme.
"""),
        ("evidence", "Evidence: what has improved?", """
We started carrying blood in August 2022. Up to the end of July 2024 we gave blood to 164 patients at
the scene.

We compared patients with major bleeding attended by our crews in the two years before and the two
years after. <<Q:The proportion who were still alive when they arrived at hospital rose from 71% to
84%.>> <<Q:Survival to 30 days in this group went up from 52% to 63%.>> <<Q:Patients arriving at the
major trauma centre in shock, with a very low blood pressure, fell from 58% to 36% of those with major
bleeding.>>

Because unused units are returned and issued in the hospital, only 9 units have been wasted in two
years.
"""),
        ("stakeholders", "Stakeholders: who was involved and how?", """
<<S:Biomedical scientists at the transfusion laboratory designed the daily rotation with our crews,
after our paramedics pointed out that the first version had them collecting boxes in the middle of the
night shift.>> <<S:Our critical care paramedics and doctors tested four makes of cool box on real
missions for six weeks and chose the one that kept blood cold in a hot helicopter cabin in summer.>>
<<S:Dispatchers in the ambulance service's control room helped us write the list of call types that
should trigger a blood-carrying crew, and they asked for 'trapped' to be added after several cases in
the first month.>> <<S:The hospital transfusion committee reviewed every transfusion given in the first
year and asked us to change the way we recorded the time each unit was started.>>

The patients we treat are in no position to be consulted at the time, and we did not ask former patients
to take part in the design. Several survivors have since visited our base to meet the crew who treated
them, and some have kindly let us use their stories in our fundraising. We would like to invite former
patients and families to join our clinical governance group in the future.
"""),
        ("value", "Value: what is the impact and value for money?", """
The blood is supplied by the NHS at the normal price, and the cool boxes, temperature loggers and
training were paid for by our supporters, around £62,000 in the first year. A survivor of major trauma
who would otherwise have died may go on to live and work for decades. Our crews say they no longer feel
helpless when a patient is bleeding in front of them.

Because each unit is either given at the scene or returned to the hospital in good time, the scheme has
not taken blood away from other patients. That was one of the laboratory's early worries, and the
rotation system has answered it.
"""),
        ("spread", "Spread: how has the work been shared?", """
We have shared our standard operating procedures with two other air ambulance charities setting up
similar schemes, and the laboratory has presented the rotation system at the regional transfusion
committee. The ambulance service is considering giving blood from its own road-based critical care cars
in future.

We have also shared our audit data with the national group that collects outcomes from prehospital blood
schemes, so that our results can be compared with others across the country.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I2011  stopping and restarting anticoagulants around planned surgery - pdf -
#        bullet lists - anaesthetic consultant, crisp - departments of one
#        trust, NO partner (ineligible) - patients (by pronoun) and staff
#        involved
# ---------------------------------------------------------------------------
entry(
    id="I2011", format="pdf", layout="bullet_lists", topic="perioperative_anticoagulation_bridging",
    project="independent126-stopstartsafe-2011", pdf_font="LiberationSans", pdf_align="L",
    title="Stop, Start, Safe: managing blood thinners around planned operations",
    cover=[
        "A joint entry from the Departments of Anaesthesia, Haematology and Pharmacy, Kingsmere Hospitals NHS Trust",
        "Contact: Dr Lewis Okonjo, Consultant Anaesthetist and Pre-operative Assessment Lead",
    ],
    primary_entrant=dict(name="Kingsmere Hospitals NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "The problem", """
About one in ten people coming for planned surgery at Kingsmere take an anticoagulant or an
antiplatelet medicine. Each needs a plan: when to stop it, whether to cover the gap with injections, and
when to restart.

What we found in 2022:

- plans were written by whichever doctor saw the patient in pre-operative assessment, using several different guides

- instructions were given verbally or on handwritten notes, and patients often went home unsure what to do

- operations were cancelled on the day because the patient had not stopped, or had stopped too late

- some patients stopped their anticoagulant but were never told to restart, and a few had a stroke or a clot in the weeks after surgery

- one man with a mechanical heart valve was given no bridging injections and developed a valve clot

- there was no single place in the record where the plan was written down, so the surgical team, the ward and the GP could each be working from a different version

What we did, from February 2023:

- one trust-wide protocol for every anticoagulant and antiplatelet medicine, written by anaesthetists, haematologists and pharmacists together

- a pharmacist-led anticoagulation clinic within pre-operative assessment for anyone on these medicines

- a printed personal calendar for each patient, showing the day to take the last dose, any injections and the day to restart

- restart instructions written into the discharge summary automatically

Why it needed a joint approach:

- anaesthetists see the patient in pre-operative assessment but do not usually prescribe anticoagulants

- haematologists know the risks of stopping and bridging but rarely see surgical patients before the operation

- surgeons decide the date of the operation and the bleeding risk of the procedure, but were rarely asked about either when the plan was made

- pharmacists understand the interactions and timings but were not part of the pre-operative pathway
"""),
        ("evidence", "What has improved", """
- <<Q:on-the-day cancellations because an anticoagulant had not been managed correctly fell from 88 in 2022 to 19 in 2024>>

- <<Q:patients who had not restarted their anticoagulant a week after discharge, found on follow-up calls, went down from 14% to 3%>>

- <<Q:strokes, heart attacks or clots within 30 days of surgery in patients whose anticoagulant had been stopped fell from 11 to 4 a year>>

- the pharmacist clinic saw 2,740 patients in its first two years
"""),
        ("stakeholders", "Who was involved", """
- <<S:pre-operative assessment nurses told us that the old guide took them twenty minutes per patient, and they helped cut the protocol down to a one-page flow chart>>

- <<S:surgeons in orthopaedics, urology and general surgery agreed the bleeding risk category for each of their operations with the haematologists>>

- <<S:pharmacists piloted the clinic for three months and asked for a direct line to the haematology registrar, which is now in place>>

- <<P:we asked twenty patients who had been through the old process what had confused them>>

- <<P:they said the words 'bridging' and 'LMWH' meant nothing to them and that they wanted something to stick on the fridge>>

- <<P:their suggestions became the personal calendar, and two of them checked the final design>>
"""),
        ("value", "Value", """
- the clinic uses two pharmacist sessions a week from the existing pre-operative assessment budget

- each on-the-day cancellation wastes a theatre slot costing around £2,000

- each stroke or valve clot avoided saves lives and long hospital stays

- the printed calendar costs a few pence to produce and is generated automatically from the clinic letter

- fewer phone calls from worried patients to the ward and the pre-operative team in the days before surgery

- staff say it is now much clearer who is responsible for the plan

- patients say the calendar is the first thing they have been given that they can actually follow
"""),
        ("spread", "Spread", """
- the protocol is now used in the trust's day surgery unit and its endoscopy service

- the calendar template has been shared with the regional perioperative medicine network

- we presented the work at a national pre-operative assessment conference in 2024

- the haematology team is adapting the calendar for people on anticoagulants having dental extractions

- we are now working on a version for emergency surgery, where there is no time for a clinic appointment and the plan must be made within hours
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I2012  emergency blood at a freestanding birth centre - docx - style
#        headings - community trust midwifery matron, practical - community
#        trust with the acute trust's blood bank and the ambulance service -
#        women and staff involved - NO quantitative evidence (drills, units,
#        single figures, a zero with no earlier figure, a target)
# ---------------------------------------------------------------------------
entry(
    id="I2012", format="docx", layout="style_headings", topic="birth_centre_emergency_blood_pph",
    project="independent126-readyforthebleed-2012", docx_font="Calibri",
    title="Ready for the Bleed: emergency blood at a freestanding midwife-led birth centre",
    cover=[
        "Lead organisation: Eastmoor Community Health NHS Trust (Willowbeck Birth Centre)",
        "Partners: Eastmoor General Hospital NHS Trust (Blood Transfusion Laboratory); Eastern Fells Ambulance Service NHS Trust",
        "Written by the Matron for Community Midwifery",
    ],
    primary_entrant=dict(name="Eastmoor Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Eastmoor General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Eastern Fells Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "Why this mattered", """
Willowbeck Birth Centre is a midwife-led unit in a market town, 34 miles from the nearest obstetric
unit at Eastmoor General. Around 380 babies are born there each year. Women choose Willowbeck because
they want a calm birth close to home, and most births are straightforward.

Heavy bleeding after birth, a postpartum haemorrhage, is one of the few emergencies that can become
life-threatening within minutes. In a freestanding unit the midwives can give drugs to make the womb
contract and can call an ambulance, but until 2023 they had no blood. A woman who was bleeding heavily
had to be transferred first, a journey of at least 50 minutes on winter roads, before she could receive
a transfusion.

In January 2022 a woman lost more than two litres of blood after the birth of her second baby at
Willowbeck. The ambulance took 40 minutes to arrive because of snow. She survived, but needed an
emergency hysterectomy at Eastmoor General, and her review concluded that earlier blood might have made
a difference. Her family asked us directly why a unit that could deliver babies could not also give
blood.

Blood needs a proper laboratory system: a monitored fridge, traceability of every unit and staff who
are competent to give it. None of this existed at Willowbeck, and the birth centre could not set it up
alone.

There were real questions to answer. Would O negative blood, which is always in short supply, be wasted
if it sat in a fridge at a unit that might not need it for months? Could midwives who give a transfusion
perhaps once a year keep their skills? Who would be responsible for the fridge at 3am? And how would the
ambulance crew, arriving to transfer a woman with blood already running, know what to do? These
questions took most of a year to work through with the partners.
"""),
        ("evidence", "What we have achieved", """
Since May 2023 Willowbeck has kept two units of O negative red cells in a remotely monitored blood
fridge, supplied and rotated weekly by the laboratory at Eastmoor General, and returned to the hospital
with at least a week to spare so that they can be used there.

Every emergency has a set of steps: the midwife in charge declares an obstetric haemorrhage, calls 999
and the obstetric unit, and a second midwife collects blood from the fridge while the first gives drugs
and fluids. A laminated card on the fridge door takes them through each step. Every unit is tracked electronically from
the laboratory to the fridge and back, or to the woman who receives it.

All 26 midwives at the birth centre have been assessed as competent to collect and give emergency blood.
We have run 14 emergency drills, including two at night with the ambulance service. In the most recent
drill the first unit was running 11 minutes after the bleed was declared.

Since the fridge was installed, emergency blood has been given at Willowbeck to three women before
transfer, and all three recovered well. No units have been wasted. Our target is for blood to be running
within 15 minutes in every real emergency, and we will keep auditing this.
"""),
        ("stakeholders", "Who was involved", """
<<P:The woman whose haemorrhage started this work, and her husband, met the project team twice and read
the new emergency protocol, and at their request we added a step for a midwife to stay with the partner
and explain what is happening.>> <<P:Members of the Willowbeck Maternity Voices group were asked whether
knowing blood was kept at the unit would change how they felt about giving birth there, and their
answers shaped the paragraph about it in our birth choices leaflet.>>

<<S:Midwives at the birth centre practised with mock units and asked for the fridge to be moved from the
store room to the corridor next to the birth rooms, which was done.>> <<S:Biomedical scientists from the
laboratory designed the weekly rotation with the birth centre coordinators, and suggested adding the
unit to the van round that already takes samples to the town's GP surgeries.>> <<S:Paramedics from the
ambulance service joined the drills and asked to be told on the emergency call if blood is running, so
that crews arrive ready to continue the transfusion on the way.>>
"""),
        ("value", "Value and experience", """
The fridge and its monitoring cost about £9,500, paid by the community trust. The blood itself is
rotated back to the hospital so very little is lost. The real value is in avoiding the death or
lifelong harm of a woman in the first hours after giving birth. Midwives say they feel much less alone
when they are on duty at night.

Women choosing where to give birth have told us they welcome the change, and the birth centre has been
able to keep offering a choice of birth close to home to women in a rural area, where the alternative
would be a long drive in labour.
"""),
        ("spread", "Sharing", """
The regional maternity network has shared our protocol with the other two freestanding birth centres
in the region, and one has started the same arrangement. The laboratory has presented the weekly
rotation at the regional transfusion committee.

We are also sharing the drills themselves. Other units are welcome to watch one of our night-time
drills, and our scenario scripts are available to any maternity service that asks.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I2013  people who decline blood: advance decisions shared before surgery -
#        pdf - with appendix - acute trust consultant haematologist, careful -
#        acute trust with a hospital liaison committee and the GP federation -
#        patients involved - NO staff involvement (staff trained, surgeons
#        briefed, a named consultant doing the job, a plan) - claims in words
# ---------------------------------------------------------------------------
entry(
    id="I2013", format="pdf", layout="with_appendix", topic="patients_declining_blood_advance_decisions",
    project="independent126-myblood-mychoice-2013", pdf_font="LiberationSerif", pdf_align="L",
    title="Known Before the Knife: sharing decisions about blood before surgery",
    cover=[
        "Lead entrant: Wyndham Valley Hospitals NHS Trust (Patient Blood Management Service)",
        "Partners: Wyndham Hospital Liaison Committee for Jehovah's Witnesses; Wyndham North GP Federation",
        "Prepared by Dr Rachel Stirling, Consultant Haematologist",
    ],
    primary_entrant=dict(name="Wyndham Valley Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Wyndham Hospital Liaison Committee for Jehovah's Witnesses", type="patient_group"),
        dict(name="Wyndham North GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "The issue", """
Some people will not accept a transfusion of blood, or of some blood components, even if their life
depends on it. Many are Jehovah's Witnesses, but others decline for personal or medical reasons. An
adult with capacity has every right to make that choice, and many carry a signed advance decision
saying so. The safety problem is not the decision itself but whether the people caring for them know
about it, and have planned for it, before they need to.

In our trust the advance decision was usually discovered late: at the pre-operative assessment, on the
morning of the operation, or, worst of all, during an emergency. Operations were cancelled on the day
so that a plan could be made. Patients were asked the same difficult questions by several people. Some
were given no chance to be treated for anaemia beforehand, which would have made surgery far safer for
them. And on two occasions in 2021 a patient's wishes were not known in time, one of whom received blood
against a valid advance decision, which was reported as a serious incident.

GP practices often held a copy of the advance decision but it was not on the referral. The hospital
liaison committee, a group of volunteers who support Witness patients in hospital, knew most of the
patients but had no formal link with the trust's clinical teams.

Patient blood management offers a great deal to people who decline blood, because the same techniques
that reduce the need for transfusion in anyone matter even more to them. Treating anaemia before
surgery, using cell salvage to return the patient's own blood during an operation, and careful surgical
and anaesthetic techniques can make major surgery much safer. But these only help if they are planned
in advance, and planning depends on knowing the patient's wishes early.
"""),
        ("evidence", "What has changed", """
Since October 2022 the GP federation's referral template asks whether the patient has an advance
decision about blood, and if so the referral is flagged to our patient blood management team. The
patient is offered an appointment with a specialist nurse at least six weeks before surgery, to record
exactly which treatments they will and will not accept, and to start treatment for anaemia if needed.
The decision is scanned into the electronic record and shows as an alert on every screen.

<<Q:Cancellations on the day of surgery for patients who decline blood have roughly halved since the
pathway started.>> <<Q:The share of these patients whose decision was known to the surgical team at the
time of listing went from about a third to nearly all of them.>> <<Q:Patients who decline blood and
were anaemic at the time of surgery are now the exception rather than, as before, the majority.>>

There have been no further serious incidents of this kind. Since the pathway started, 318 patients have
been seen by the specialist nurse.
"""),
        ("stakeholders", "Involvement", """
<<P:Members of the hospital liaison committee sat on the project group from the start and explained how
the advance decision document works and which treatments individuals may or may not accept.>> <<P:They
brought six patients to a meeting with us, who described being asked about blood on a trolley outside
theatre, and it was their suggestion that the conversation should happen at least six weeks before, in
a quiet room.>> <<P:A patient who had declined blood during major surgery at another hospital reviewed
our information leaflet and asked us to remove the phrase 'refuses blood', which is now 'has chosen not
to receive blood'.>>

All surgical, anaesthetic and pre-assessment staff completed a short e-learning module on advance
decisions. Surgeons were briefed at their departmental meetings. As the consultant haematologist
responsible for patient blood management, I reviewed every plan during the first year. We plan to
involve the emergency department in the next phase.
"""),
        ("value", "Value", """
The specialist nurse post is part-funded by the trust's patient blood management budget. Treating
anaemia with iron before surgery costs far less than a cancelled operation or an intensive care stay.
Above all, patients tell us they feel respected, and that their choice is treated as part of their care
rather than an obstacle to it.

Surgeons and anaesthetists also find it easier to plan a complex operation when they know weeks in
advance exactly which treatments the patient will and will not accept, rather than having that
conversation in the anaesthetic room.
"""),
        ("spread", "Spread", """
The GP referral question has been adopted by the second GP federation in our area. The liaison committee
has shared the pathway with committees in other regions. We have presented at the national patient blood
management conference.
"""),
    ],
    trailer=[
        ("heading", "Appendix: the pathway and sources"),
        ("para", "Step 1: GP referral template asks about any advance decision about blood. Step 2: patient blood management team contacts the patient within five working days. Step 3: specialist nurse appointment at least six weeks before surgery. Step 4: anaemia treatment if needed. Step 5: decision and plan recorded as an alert and shared with the surgical and anaesthetic teams."),
        ("para", "Cancellation and incident data are from the trust's theatre and incident reporting systems. Referral figures are from the GP federation's referral template reports."),
        ("para", "Patient Blood Management Service, Wyndham Valley Hospitals NHS Trust, Wyndham Road, WV2 8QT."),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I2014  finger-prick INR testing in community pharmacies - pdf - numbered
#        questions - PRIVATE pathology company as primary entrant with an LPC
#        and a GP federation (ineligible) - commercial director, upbeat -
#        staff involved - NO patient involvement (patients as users, a
#        survey that changed nothing) - NO quantitative evidence (tests,
#        single figures, a target)
# ---------------------------------------------------------------------------
entry(
    id="I2014", format="pdf", layout="numbered_questions", topic="community_pharmacy_inr_testing",
    project="independent126-inrnearyou-2014", pdf_font="DejaVuSans", pdf_align="L",
    title="INR Near You: warfarin testing and dosing in the local pharmacy",
    cover=[
        "Primary entrant: Quantia Diagnostics Ltd",
        "Partners: Selby Marsh Local Pharmaceutical Committee; Selby Marsh and Ouseland GP Federation",
        "Submitted by the Commercial Director, Quantia Diagnostics Ltd",
    ],
    primary_entrant=dict(name="Quantia Diagnostics Ltd", type="private"),
    partners=[
        dict(name="Selby Marsh Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Selby Marsh and Ouseland GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "1. What was the safety problem and why was a partnership needed?", """
Although most people who need an anticoagulant are now prescribed a DOAC, many still take warfarin:
people with mechanical heart valves, some with kidney disease, and others for whom a DOAC is unsuitable.
In Selby Marsh about 1,900 people take warfarin. Their INR, a measure of how long the blood takes to
clot, must be checked regularly, and their dose adjusted, because warfarin is affected by diet, alcohol,
illness and other medicines. Too high an INR risks bleeding; too low risks a stroke or a clot.

Until 2023 most patients had to travel to the hospital anticoagulation clinic or one of a small number
of GP practices for a venous blood test, and wait for a phone call or a letter with their new dose. For
people living in villages with an infrequent bus service this meant missed tests and long gaps. The
hospital clinic was closing its community sessions, and the practices did not have the capacity to take
on the work.

Warfarin is one of the medicines most often involved in serious harm reported in primary care. Missed
or delayed INR tests and dose changes that are not passed on to the patient are common causes. We saw
an opportunity to bring testing closer to people's homes while making dosing more consistent, because
every dose would be calculated by the same validated software.

Quantia Diagnostics supplies point-of-care testing equipment, dosing software and quality assurance to
health services. Community pharmacies were keen to help and already see many of these patients every
month when they collect their prescriptions. A partnership allowed the pharmacies to test and dose on
the spot, using our equipment and software under the clinical governance of the GP federation.

We recognised that this would only be safe if the testing was accurate, the dosing consistent and every
worrying result acted on quickly. That meant external quality assessment of every device, a dosing
algorithm that could not be overridden without a clinical reason, and a clear route to a clinician for
any result outside the safe range.
"""),
        ("evidence", "2. What is the evidence of improved safety?", """
INR Near You began in 14 pharmacies in March 2023 and now runs in 22. Patients have a finger-prick test,
the pharmacist enters the result into our dosing software, and the patient leaves with their new dose
and next test date printed. Results outside the safe range are referred to the federation's on-call
clinician the same day.

By August 2024 the pharmacies had carried out 17,600 tests for 1,140 patients. In the latest quarter,
patients spent 68% of their time within their target INR range. Every pharmacy has passed our external
quality assessment scheme each quarter. Ninety-one results were referred to the on-call clinician.

We aim for at least 72% time in range across the service by the end of 2025.
"""),
        ("stakeholders", "3. Who was involved and how?", """
<<S:Community pharmacists in the first six pharmacies tested the dosing software for two months, and
asked us to add a screen that prompts them to ask about new medicines, missed doses and bleeding before
the dose is calculated.>> <<S:The federation's GPs and the hospital's anticoagulation consultant wrote
the rules for which results must be referred, and they changed the upper limit after the pilot showed too
many unnecessary referrals.>> <<S:The LPC's pharmacy contract lead suggested fitting the testing room
bookings into each pharmacy's existing appointment system, which made it workable for busy
pharmacies.>>

Patients who chose to move their testing to a pharmacy were given an information leaflet and a yellow
booklet. We sent a satisfaction questionnaire to all patients after six months; 97% said they were
satisfied and no changes were made.
"""),
        ("value", "4. What is the value for money and impact on experience?", """
The service is commissioned by the ICB at a fixed price per test, which is lower than the previous cost
of a hospital clinic appointment with venous testing. Patients save travel time and costs, and can
often test on the same visit as collecting their prescription. Pharmacists say the work is rewarding.

For the GP practices, the service has removed a large amount of work: they no longer have to arrange
venous tests, chase results or phone patients with their new doses. For the hospital clinic, it has
allowed community sessions to close without leaving patients without a service.

The equipment and software are provided by Quantia as part of the per-test price, and the pharmacies
receive a fee for each test from that price. There was no capital cost to the NHS.
"""),
        ("spread", "5. How has the work been shared?", """
We are now offering INR Near You to other LPCs across the north of England, and two have signed up. We
have shared our quality assurance results with the regional anticoagulation network.

The dosing software and the referral rules are available to any commissioner that wishes to use them,
and we have published a summary of the service model on our website.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I2015  hydroxycarbamide blood monitoring in general practice - docx - bullet
#        lists - PCN clinical pharmacist, brisk - primary care network with the
#        acute trust's haemoglobinopathy team and a sickle cell charity -
#        'experts by experience' and a charity peer navigator involved, staff
#        involved - NO value section
# ---------------------------------------------------------------------------
entry(
    id="I2015", format="docx", layout="bullet_lists", topic="hydroxycarbamide_monitoring_primary_care",
    project="independent126-countcheck-2015", docx_font="Arial",
    title="Count Check: safe blood monitoring for people with sickle cell disease on hydroxycarbamide",
    cover=[
        "Lead: Riverside South Primary Care Network, Lambridge",
        "Partners: Lambridge and Thamesmead Hospitals NHS Trust (Haemoglobinopathy Team); Oduya Sickle Cell Foundation (registered charity)",
        "Contact: Lead Clinical Pharmacist, Riverside South PCN",
    ],
    primary_entrant=dict(name="Riverside South Primary Care Network", type="primary_care"),
    partners=[
        dict(name="Lambridge and Thamesmead Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Oduya Sickle Cell Foundation", type="charity"),
    ],
    sections=[
        ("context", "Why we did this", """
Hydroxycarbamide is a tablet that reduces painful crises and chest crises in sickle cell disease. It
works well, but it can lower the white cell and platelet counts, so people taking it need a full blood
count every few weeks at first and every two to three months once settled.

The problems we found in 2022:

- the hospital prescribed hydroxycarbamide and the GP practices issued repeat prescriptions under a shared care agreement, but nobody owned the blood test schedule

- blood tests were done sometimes at the hospital, sometimes at the practice, and results were not always seen by the prescriber

- in a search of our nine practices, 47 patients were on hydroxycarbamide; a third had gone more than four months without a blood count

- two patients had very low neutrophil counts that were not acted on for weeks, and one was admitted with a serious infection

- patients told the charity they were confused about who to call and often had to ring round to find their results

- people from the Black African and Caribbean communities we serve often have poor experiences of health services, and some had stopped taking hydroxycarbamide rather than keep chasing tests

What Count Check does, since April 2023:

- one named practice pharmacist in the PCN holds a register of everyone on hydroxycarbamide

- the register shows each person's next blood test date, and the repeat prescription is linked to it

- blood tests can be done at any practice or at the hospital, and the haemoglobinopathy team's results feed into the same register

- low counts trigger a same-day call to the patient and the haematology team, using agreed thresholds

Why a partnership:

- the hospital prescribes and sets the thresholds, but does not see patients between clinic visits

- the practices issue the prescriptions and take most of the blood tests, but had no specialist knowledge

- the Foundation knows the local community and is trusted by people who have often had poor experiences of health services
"""),
        ("evidence", "Results", """
- <<Q:patients overdue for their blood count went from 16 of 47 in the baseline search to 2 of 52 a year later>>

- <<Q:the median time from an abnormal count to the patient being contacted fell from 9 days to the same day>>

- <<Q:hospital admissions with infections while on hydroxycarbamide fell from 6 in 2022 to 1 in 2024>>

- the register now includes 52 patients across nine practices

- every patient on the register has a named pharmacist and a phone number to call

- the register is checked every month against the hospital's clinic list
"""),
        ("stakeholders", "Who was involved", """
- <<P:four experts by experience, adults who have taken hydroxycarbamide for years, met us three times and told us the most stressful part was not knowing whether a missing phone call meant good news or bad news>>

- <<P:because of what they said, everyone now gets a text with every result, even when it is normal>>

- <<PS:the Foundation's peer navigator, who lives with sickle cell disease and is employed by the charity, helped design the register and now rings people who have missed a test>>

- <<S:practice receptionists suggested booking the next blood test before the patient leaves the surgery, and this is now part of the process>>

- <<S:the haemoglobinopathy consultants and nurse specialists agreed the thresholds with our pharmacists and changed the shared care agreement to match>>
"""),
        ("spread", "Spread", """
- the other two PCNs in Lambridge are setting up their own registers using our template

- the haemoglobinopathy team is using the model for other shared care medicines such as deferasirox

- we presented Count Check at the regional sickle cell network meeting in 2024

- the register template and the search we use to find patients are available to any practice on the same clinical system, and we have put them on the regional medicines optimisation website

- the approach would work for any shared care medicine that needs regular blood tests, such as methotrexate or azathioprine, and our practices are now looking at these

- the Foundation is sharing the patient text message template with other sickle cell charities
"""),
    ],
    flags=[dict(code="missing_section", criterion="value")],
)


# ---------------------------------------------------------------------------
# I2016  single-unit red cell transfusion across a pathology network - docx -
#        form table - short - network transfusion lead, plain - host trust with
#        two other acute trusts - staff involved - NO patient involvement
#        (patients as beneficiaries, a leaflet given out, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I2016", format="docx", layout="form_table", topic="single_unit_transfusion_network",
    project="independent126-onethencheck-2016", docx_font="Calibri",
    title="One, Then Check: single-unit red cell transfusion across the Corvale Pathology Network",
    cover_table=[
        ("Title of entry", "One, Then Check: single-unit red cell transfusion across the Corvale Pathology Network"),
        ("Lead organisation", "Corvale University Hospitals NHS Trust (host of the Corvale Pathology Network)"),
        ("Partner organisations", "Aldbury and Fenn Hospitals NHS Trust; St Columba's Hospital NHS Trust, Penrick"),
        ("Name and role of entrant", "Network Lead for Transfusion"),
    ],
    primary_entrant=dict(name="Corvale University Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Aldbury and Fenn Hospitals NHS Trust", type="nhs_trust"),
        dict(name="St Columba's Hospital NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the problem and the safety goals.", """
For years the habit in many hospitals was to give two units of red cells at a time to anyone who was
anaemic and not bleeding. Every unit carries risks, especially fluid overload in older people with heart
or kidney problems, and national guidance now recommends giving one unit and then checking the patient
and their blood count before giving more.

The three hospitals in our pathology network share one laboratory system but had three different
transfusion policies. Our 2022 audit found that two-unit transfusions were still routine in many
medical wards, and transfusion-associated circulatory overload was the most common serious transfusion
reaction reported by the network.

One case in 2022 summed it up. A woman of 88 with heart failure was admitted with a low blood count
and was prescribed two units overnight. She became breathless during the second unit, was found to be
in fluid overload and spent four days on the coronary care unit. Her blood count after the first unit
alone would have been enough. The review found that the junior doctor had followed the 'usual' practice
on that ward, which was different from the practice on the same ward at the next hospital in the
network, where the doctor had worked the month before.

Goals: one network policy; single-unit transfusion as the default for stable adults; and an electronic
prompt when a second unit is ordered without a new blood count.

The work needed all three trusts, because doctors rotate between them and a single policy only works if
it is the same on every site. It also needed the shared laboratory system, which is run by the host
trust, to carry the electronic prompt.

Before the project each hospital had its own transfusion policy and its own audit. There is now one policy and one audit for the whole network, reported every quarter.
"""),
        ("evidence", "What evidence is there of improvements in safe care?", """
<<Q:Single-unit transfusions in stable adult inpatients rose from 38% of episodes in 2022 to 79% in
2024 across the network.>> <<Q:Reported cases of transfusion-associated circulatory overload fell from
21 to 8 a year.>> <<Q:Red cell units issued per 1,000 admissions fell by 17%.>>
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Transfusion practitioners from all three hospitals wrote the network policy together, and
consultant physicians from each site tested the electronic prompt for a month and asked for it to be
shown only when the last blood count was more than 24 hours old.>> <<S:Ward nurses suggested adding a
'check after one' sticker to the prescription chart, which is now used at all three hospitals.>>

Patients benefit from fewer reactions. A leaflet about single-unit transfusion is given to patients on
the medical wards. We hope to involve patients when we review the leaflet next year.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The policy and the electronic prompt cost nothing beyond staff time. Fewer units issued saves the
network money and leaves more blood available for those who need it. Nurses say the sticker makes it
easier to question a two-unit prescription.

Every unit not given is one fewer exposure to the risks of transfusion for the patient, and at a time of
national blood shortages it is one more unit available for someone who is bleeding. The national blood
service has asked hospitals to reduce unnecessary use, and this work is the network's main response.
"""),
        ("spread", "How has the work been shared?", """
We have shared the network policy and prompt with the regional transfusion committee, and two other
pathology networks have asked for them.

The electronic prompt has been written up as a short guide for other laboratories using the same
software supplier. We presented the results at the national transfusion practitioners' meeting in
2024.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)
