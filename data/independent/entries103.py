"""One-hundred-and-third independent evaluation set (I1633..I1648) for the HSJ 'Best
Partnership Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional, apart from
a few national public bodies named as partners.  The entries are meant to be ordinary:
the kind of thing councils, school nursing teams, GP federations, allergy and immunology
services, integrated care boards, haemophilia centres, ambulance services, hospices,
blood bike charities, universities and (in the ineligible cases) private companies send
in, in their own voices and at their own length.  The theme of this set is allergy,
immunology and blood: anaphylaxis in schools and restaurants, penicillin allergy
de-labelling, immunoglobulin supply, haemophilia at home and blood transfusion in the
community.

Topics, with the lead's type and the layout:
  I1633 spare adrenaline auto-injectors and allergy action plans in primary schools
        (local_authority, council public health; pdf own_headings);
  I1634 allergic reactions after meals from takeaways and restaurants (local_authority,
        environmental health; docx bold_headings with a cover table);
  I1635 penicillin allergy labels checked and removed in general practice (primary_care,
        GP federation; docx numbered_questions with cover bullets);
  I1636 direct oral penicillin challenge at pre-operative assessment (university; pdf
        two_column);
  I1637 immunoglobulin shortages and fair prioritisation across a region (icb; docx
        style_headings);
  I1638 home subcutaneous immunoglobulin infusions (private homecare company as primary
        entrant; pdf bullet_lists);
  I1639 ambulance care for people with haemophilia who bleed at home (emergency_service;
        pdf caps_headings);
  I1640 factor concentrate stock and infusion records at home (patient_group, bleeding
        disorders association; docx no_headings, long);
  I1641 blood transfusion for hospice patients without a hospital admission (charity,
        hospice; pdf form_table, no spread section);
  I1642 fluid overload after transfusion in a community hospital day unit (nhs_trust,
        community trust; docx rubric_headings);
  I1643 adrenaline auto-injectors and allergy referral after anaphylaxis in the emergency
        department (nhs_trust, departments of one trust, no partner; pdf made from Word);
  I1644 allergen information in a chain of restaurants (private restaurant group as
        primary entrant; docx reordered, results first);
  I1645 post-exposure immunoglobulin for immunosuppressed children exposed to measles or
        chickenpox (nhs_trust, children's hospital; pdf with_appendix);
  I1646 penicillin allergy labels in pregnancy and group B streptococcus (nhs_trust,
        maternity service; docx bullet_lists);
  I1647 dental extractions for people with bleeding disorders (nhs_trust, community dental
        service; docx form_table, short, no evidence section);
  I1648 blood carried by volunteer riders to a remote community hospital (charity, blood
        bikes; pdf no_headings).

Build it with

    .venv/bin/python data/independent/build.py --set 103   (writes data/corpus/independent103/)

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
    screened, tested or identified), single figures with no baseline, a zero with no
    earlier figure, figures that did not change, budgets, costs and savings estimates,
    phone numbers, postcodes, reference numbers, targets not yet reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    ('halved', 'a third fewer', a sustained shift on an SPC chart described with its
    levels); no_quantitative_evidence looks only at the evidence section (or the whole
    entry when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, volunteers with lived experience, unusual job
    titles, list items), wherever in the entry it is told; a volunteer or peer worker
    with lived experience, employed by a partner, who helped design the work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices, GP federations, primary care networks and local
pharmaceutical committees are primary_care; patients' and members' associations are
patient_group; hospices, allergy and blood bike charities are charity; national public
bodies such as the UK Health Security Agency and NHS Blood and Transplant are
public_other; a university is university; homecare, restaurant and digital companies are
private).  A department or team of the entrant's own organisation is not a partner.
Flags are written by hand and build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1633  spare adrenaline auto-injectors in primary schools - pdf - own
#        headings - council public health registrar, measured - council with
#        the community trust's school nursing service and an allergy charity
#        - parents, children and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1633", format="pdf", layout="own_headings", topic="school_spare_adrenaline_auto_injectors",
    project="independent103-readyinclass-1633", pdf_font="LiberationSans", pdf_align="L",
    title="Ready in Class: spare adrenaline pens and allergy plans in every primary school in Brackenfold",
    cover=[
        "Lead organisation: Brackenfold Metropolitan Borough Council (Public Health)",
        "Partners: Brackenfold and Lowrie Community Healthcare NHS Trust (School Nursing Service); Allergy Aware North (registered charity)",
        "Written by a Public Health Registrar on behalf of the partnership",
    ],
    primary_entrant=dict(name="Brackenfold Metropolitan Borough Council", type="local_authority"),
    partners=[
        dict(name="Brackenfold and Lowrie Community Healthcare NHS Trust", type="nhs_trust"),
        dict(name="Allergy Aware North", type="charity"),
    ],
    sections=[
        ("context", "Why this mattered", """
Brackenfold has 74 primary schools and around 21,000 pupils. From school nursing records we estimated
that roughly one child in every classroom has a food allergy, and that a few hundred have been prescribed
adrenaline auto-injectors. Since 2017 schools in England have been allowed to buy spare auto-injectors
for emergency use, but the law allows it rather than requires it, and in 2022 we had no idea how many of
our schools had done so.

In June 2022 a seven-year-old boy had a severe reaction to a cashew-based sauce brought in for a class
cookery session. His own pens were in a bag in the school office, one of them out of date. The member of
staff with him did not recognise that his hoarse voice and vomiting were signs of anaphylaxis, and an
ambulance was called twenty minutes after the first symptoms. He recovered after a night in the
children's ward, but his mother's question to the head teacher, "what would have happened if the
ambulance had been stuck in traffic?", was passed to us by the school nurse and started this work.

When we looked, the picture was patchy. Schools held care plans in different formats, some written by
parents, some by GPs, some copied from websites. Pens were kept in locked cupboards, in staff rooms and
in classrooms. Few schools had a named person who checked expiry dates. School nurses were giving
allergy training when asked, but nobody was keeping track of which schools had been trained or when.
"""),
        ("evidence", "What difference it has made", """
Ready in Class started in January 2023. Every primary school was offered a pair of spare auto-injectors
bought centrally by the council, a standard allergy action plan for every child with a known allergy,
an annual hands-on session from the school nursing team and a termly expiry check by a named member of
school staff, logged on a shared spreadsheet that the school nurses can see.

All 74 schools signed up. We audited every school in the autumn term of 2022 and again in the autumn
term of 2024 using the same checklist.

<<Q:The proportion of schools holding in-date spare auto-injectors went from 19% to 96%.>> <<Q:Children
with a prescribed auto-injector who had an up-to-date, signed allergy action plan in school rose from 41%
to 93%.>> <<Q:The proportion of children's own pens found to be out of date at audit fell from 17% to
3%.>>

School nurses also keep a log of every allergic reaction reported to them by schools. In 2024 there were
29, of which six were treated with adrenaline in school. <<Q:The average time from first symptoms to
adrenaline being given, where it was needed, came down from 14 minutes in the 2022 reactions we reviewed
to under 5 minutes in 2024.>> No child needed intensive care in either year.
"""),
        ("stakeholders", "Working with families, schools and staff", """
<<P:Parents from the Allergy Aware North support group wrote the first draft of the allergy action plan
with our school nurses and insisted that it fitted on one side with a photograph of the child, which is
the version schools now use.>> <<P:Twelve children aged eight to eleven who carry their own pens tested
the classroom 'allergy bag' and chose a bright orange bag that everyone in the room could spot.>> <<P:The
mother of the boy whose reaction began the work spoke at our first steering group and asked that supply
teachers be told about allergies on arrival, and a one-page sign-in sheet for cover staff was added as a
result.>>

<<S:School business managers told us that ordering the spare pens was the main barrier, which is why the
council buys them centrally and sends them out.>> <<S:Lunchtime supervisors, who had usually been left
out of training, asked for a session at a time when they were actually in school, and the school nurses
moved their training to 11am to fit.>> <<S:A working group of four head teachers, two school nurses and
the charity's nurse adviser agreed the termly expiry check and the design of the shared spreadsheet.>>
"""),
        ("value", "Value for money", """
Spare auto-injectors cost the council about £9,000 a year across all schools. The school nursing time
was already in the service specification, but is now planned rather than given on request. The charity
gave its time and materials free.

Anaphylaxis is rare, and a single avoided death or admission to intensive care is hard to put a price on.
What we can say is that head teachers now tell us they feel confident, and parents tell us they no
longer feel they must be on the end of the phone all day.

The shared spreadsheet has also turned out to be useful for the school nurses in ways we had not
planned. It tells them at a glance which schools have new children with allergies starting in
September, which schools have staff due for refresher training, and which schools have not logged an
expiry check for more than a term, so they can ring before something goes wrong rather than after.
"""),
        ("spread", "Spreading the approach", """
The plan template and checklist are free to download from the charity's website, and two neighbouring
councils have adopted them. We have started talking to secondary schools, where the problem is different
because teenagers carry their own pens and are the group most at risk of fatal reactions. Early years
settings are the next step, and the nursery providers' forum has asked to join the steering group.

Secondary schools will need a different model. Older pupils carry their own pens, travel on public
transport, buy food from shops at lunchtime and go on trips and exchanges abroad. The same partnership
will meet in 2025 to agree what a secondary version of the plan and the spare pen arrangement should
look like, and whether sixth form colleges should be included.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1634  allergic reactions after takeaway and restaurant meals - docx - bold
#        headings with a cover table - environmental health manager, brisk -
#        council with the ambulance service and the acute trust's allergy
#        clinic - staff involved - NO patient involvement (customers surveyed
#        with nothing changed, families sent letters, plan to involve)
# ---------------------------------------------------------------------------
entry(
    id="I1634", format="docx", layout="bold_headings", topic="takeaway_restaurant_allergic_reactions",
    project="independent103-askandtell-1634", docx_font="Calibri",
    title="Ask and Tell: learning from allergic reactions to takeaway and restaurant food",
    cover_table=[
        ("Entry title", "Ask and Tell: learning from allergic reactions to takeaway and restaurant food"),
        ("Lead organisation", "Castlerigg City Council (Environmental Health and Food Safety)"),
        ("Partners", "Northfell Ambulance Service NHS Trust; Castlerigg Teaching Hospitals NHS Foundation Trust (Adult Allergy Clinic)"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
        ("Contact", "Food Safety Team Manager"),
    ],
    primary_entrant=dict(name="Castlerigg City Council", type="local_authority"),
    partners=[
        dict(name="Northfell Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Castlerigg Teaching Hospitals NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Background", """
Castlerigg has around 1,450 food businesses that sell meals to the public, including about 600
takeaways, many of them small family businesses. Since 2021 the law has required businesses to tell
customers about the 14 main allergens in their food, and most do. The problem is what happens when
things go wrong. A customer reacts after a meal, goes to the emergency department or calls 999, and
the food business is usually never told and never inspected. The same mistake can be repeated the next
night.

Before this project our team heard about allergic reactions to food from restaurants only if the customer
complained to us directly. In 2022 we received nine such complaints. Over the same year the ambulance
service attended several dozen people in our area where the crew recorded a suspected food allergy
reaction after eating out, and the allergy clinic saw a steady stream of adults who had reacted to a
takeaway. None of that information reached us.

The consequences of a missed allergen can be severe. Most fatal food allergic reactions in the UK happen
to teenagers and young adults eating food prepared outside the home, and many of those deaths have
followed a meal from a restaurant or takeaway where the person asked about allergens and was given the
wrong answer. The businesses involved are often small, with owners who want to do the right thing but
have little time for paperwork and may not have English as a first language.

We also knew from inspections that allergen information was often correct on paper but not in practice.
Recipes changed when a supplier ran out of an ingredient, delivery apps showed old menus, and a new member
of kitchen staff might not know that the house curry paste contained peanut.
"""),
        ("evidence", "What has changed", """
From April 2023 ambulance crews and the allergy clinic have had a simple route to tell us about a
suspected reaction to food bought from a business. Crews tick a box on their electronic record, which
sends an anonymised alert to our duty officer with the name of the business and the food eaten. The
allergy clinic sends a short secure email. We then visit the business within two working days, check the
allergen records for the dish and the way orders are taken, and follow up in writing.

Visits after a reaction are not enforcement visits in the first instance. Officers look at what went
wrong in that kitchen on that night, explain it to the owner, and agree what will change. Most of the
problems we find are not deliberate: a supplier changed a sauce, a new cook did not know the recipe, or
the delivery app still showed last year's menu. Where a business refuses to put things right, or the
same problem happens again, we use our formal powers.

<<Q:The number of reactions to restaurant and takeaway food reported to us rose from 9 in 2022 to 61 in
2024, so we now hear about most of the cases that reach the NHS rather than a handful.>> <<Q:The average
time from a reaction to our visit to the business fell from 19 days, when we relied on customer
complaints, to 2 days.>>

<<Q:At the first follow-up inspection, 54% of businesses visited after a reaction had a gap between their
written allergen information and what the kitchen actually did; at the re-inspection three months later
this had fallen to 8%.>> <<Q:Repeat reports involving the same business within a year went from 6 in the
first six months of the scheme to 1 in the last six months.>>
"""),
        ("stakeholders", "Who was involved", """
<<S:Our environmental health officers and a group of ambulance paramedics designed the tick box and the
alert together, and the paramedics asked for it to be a single question so that it would not slow down a
busy shift.>> <<S:The allergy clinic's specialist nurses reviewed our inspection checklist and added
questions about cross-contact in fryers and shared woks, which they had found to be a common cause of the
reactions they saw.>> <<S:Owners of eight local takeaways tested our follow-up letter and told us to drop
the legal language from the first page, and the letter was rewritten in plain English and three community
languages.>>

We surveyed people attending the allergy clinic in 2023 about eating out. Most said they would be happy
for their reaction to be reported to us, and the scheme carried on as designed. Families of children who
had reacted to takeaway food were sent a letter explaining how reports are used. We would like to set up
a panel of people with food allergies to advise us in future.
"""),
        ("value", "Value", """
The scheme has been run within existing budgets. Each follow-up visit takes an officer about two hours.
Set against the cost of a single emergency admission, let alone a death, this is a small investment.
Businesses have told us they value a visit that helps them put things right rather than just a fine.
"""),
        ("spread", "Spread", """
Two neighbouring councils that share the same ambulance service have started receiving alerts in the
same way. We have shared the checklist with the national food standards regulator and presented the work
to the regional food liaison group. The allergy clinic is writing a short guide for other clinics on
what to report and how.

The ambulance service has also added food allergy reactions to its monthly clinical dashboard, so that
its own managers can see trends by area. Our next step is to bring in the two large delivery app
companies that serve the city, because many of the menus we find out of date are on their platforms
rather than in the shop.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1635  penicillin allergy labels checked and removed in general practice -
#        docx - numbered questions with cover bullets - GP federation
#        pharmacist, chatty - GP federation with the acute trust's allergy
#        and antimicrobial pharmacy team and a university - patients
#        involved (passive voice, in the context section) and staff
#        involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1635", format="docx", layout="numbered_questions", topic="penicillin_allergy_delabelling_general_practice",
    project="independent103-notreallyallergic-1635", docx_font="Arial",
    title="Not Really Allergic? Checking penicillin allergy labels in general practice",
    cover=[
        "Entrant: Wetherstone GP Federation",
    ],
    cover_bullets=[
        "Partner: Wetherstone and Dunmoor Hospitals NHS Foundation Trust (Immunology and Allergy Service; Antimicrobial Pharmacy)",
        "Partner: University of Harlsby (School of Pharmacy)",
        "Submitted by: Lead Clinical Pharmacist, Wetherstone GP Federation",
    ],
    primary_entrant=dict(name="Wetherstone GP Federation", type="primary_care"),
    partners=[
        dict(name="Wetherstone and Dunmoor Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="University of Harlsby", type="university"),
    ],
    sections=[
        ("context", "1. What was the problem and why did it need a partnership?", """
About one in ten people registered with our 23 practices has 'penicillin allergy' on their GP record.
National studies suggest that nine out of ten of them are not allergic at all. Most labels go back to a
rash in childhood, an upset stomach, or a reaction that happened while the person was ill with a virus.
But once a label is on the record it follows the person for life, and it matters. People with the label
get broader antibiotics that work less well, are more likely to pick up C. difficile and resistant
infections, and in hospital are more likely to have a surgical site infection.

Our clinical pharmacists were seeing this every week in medication reviews, and the hospital's
antimicrobial team were seeing it on the wards. Neither could fix it alone. GP practices did not have the
time or confidence to take a detailed allergy history, and the allergy clinic had a waiting list of more
than a year for the small number of people GPs referred.

There was also no agreed view of who was allowed to remove a label. Some GPs were willing to delete it
on the strength of a history alone; others felt it needed a specialist. Practice records were full of
labels added in hospital, during a consultation years ago, or copied across from old paper notes, often
with no description of the reaction at all. Before we could change anything, the federation, the
allergy service and the antimicrobial pharmacists had to agree a single, safe rule for what a low-risk
history looked like, and who could act on it.

How the problem looked from the other side was explained to us early on. Eleven people whose records
carried a penicillin label were interviewed by a pharmacy student from the university in 2022, and their
stories shaped the whole design: several had been refused antibiotics for a chest infection they were
sure penicillin would have cleared, and one woman had been given three courses of a second-line
antibiotic for a kidney infection before she ended up in hospital. <<P:What they told the student about
being frightened of a test that might 'bring on' a reaction led us to build the phone conversation around
reassurance first and questions second.>>
"""),
        ("evidence", "2. What is the evidence that it has improved safety?", """
Since March 2023 the federation's clinical pharmacists have used a structured telephone assessment, based
on a validated risk tool, for anyone with a penicillin label. People judged to be low risk have the
label removed by the pharmacist under a protocol signed off by the allergy service, or are offered a
single-dose oral penicillin test in a federation clinic with an allergy nurse present. Anyone with a
higher risk history is referred to the allergy clinic with the assessment attached.

By the end of 2024, 2,140 people had been assessed. <<Q:Penicillin allergy labels across the federation's
practices fell from 10.2% of registered patients in February 2023 to 8.1% in December 2024.>> Of 417
people who had the oral test, four had a mild rash and none had a serious reaction.

<<Q:Among people whose label was removed, prescriptions for broad-spectrum antibiotics in the following
twelve months were 38% lower than in the twelve months before.>> <<Q:Referrals from our practices to the
allergy clinic for penicillin allergy halved, and the clinic's waiting time for them fell from 58 weeks
to 21 weeks.>>
"""),
        ("spread", "3. How has the learning been shared or spread?", """
The protocol, the telephone script and the consent leaflet are on the federation's website and have been
taken up by two other federations in the county. The university has built the telephone assessment into
the final-year pharmacy course, so new pharmacists arrive already trained. We presented the work at the
regional antimicrobial stewardship network in 2024.

The next phase is to focus on groups for whom a false label matters most: people waiting for planned
surgery, people with cancer, people with recurrent urinary infections and women planning a pregnancy.
The allergy service has agreed to run a joint clinic with the federation once a month for people whose
history is less clear, so that they can be tested without joining the main waiting list.
"""),
        ("value", "4. How does it represent value for money?", """
A pharmacist telephone assessment takes about fifteen minutes. Published estimates suggest that each
incorrect penicillin label costs the NHS several hundred pounds over a person's lifetime through longer
stays and more expensive drugs. The federation covered the pharmacists' time from the additional roles
funding it already had, and the university contributed the evaluation.
"""),
        ("stakeholders", "5. How were patients and staff involved?", """
<<S:Practice nurses and receptionists helped us decide how people would be invited, and after their
feedback we stopped sending text messages with a link, which many people thought was a scam, and
switched to a named call from the practice.>> <<S:The allergy nurse consultant and the federation
pharmacists wrote the risk protocol together over a series of case review meetings, and agreed which
histories could be de-labelled by phone.>> <<S:GPs in three pilot practices tested the process for two
months and asked for a standard template in the record, so that the reason for removing a label was
always written down.>>

<<P:A patient panel organised by the university, made up of people who had been de-labelled in the pilot,
reviewed the leaflet and asked us to add a sentence telling people what to do if they were ever told
again that they were allergic.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1636  direct oral penicillin challenge at pre-operative assessment - pdf -
#        two columns - university senior lecturer, academic - university with
#        an acute trust's pre-operative assessment service and anaesthetic
#        department - patients and staff involved - NO quantitative evidence
#        (numbers tested, zero serious reactions, targets, a single rate)
# ---------------------------------------------------------------------------
entry(
    id="I1636", format="pdf", layout="two_column", topic="preoperative_oral_penicillin_challenge",
    project="independent103-beforetheknife-1636", pdf_font="DejaVuSans",
    title="Clear Before Surgery: testing penicillin allergy at the pre-operative assessment clinic",
    cover=[
        "University of Kestrel Moor, Centre for Medicines Safety (lead entrant), in partnership with Ashcombe Valley Hospitals NHS Trust (Pre-operative Assessment Service and Department of Anaesthesia)",
        "Entry prepared by a Senior Lecturer in Clinical Pharmacology",
    ],
    primary_entrant=dict(name="University of Kestrel Moor", type="university"),
    partners=[
        dict(name="Ashcombe Valley Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The problem", """
Patients who report a penicillin allergy are usually given a different antibiotic to prevent infection
at the time of surgery. The alternatives are less effective for many operations, and people labelled as
allergic have a higher risk of surgical site infection. Yet most labels are wrong. The pre-operative
assessment clinic at Ashcombe Valley sees about 14,000 adults a year, several weeks before their planned
operation, which makes it a natural point to test the label.

Until 2023 nobody did. Pre-operative nurses recorded the allergy as reported, anaesthetists chose an
alternative antibiotic on the day, and the label carried on into the discharge letter. Our centre had
researched penicillin allergy for several years but had never worked inside a live clinical service.

Both organisations saw the same gap. The hospital's own allergy service, which sees people referred with
complex histories, had neither the capacity nor the remit to test every surgical patient with a label,
and surgical lists could not wait for it. The trust wanted fewer surgical site infections and less use of
broad-spectrum antibiotics; we wanted to know whether a direct oral challenge, without a skin test
first, could be run safely by nurses in a busy clinic rather than in a specialist allergy unit.

There were understandable concerns. Nurses had been taught for years that penicillin allergy was a
reason for caution, and a test that deliberately gives penicillin to someone who says they are allergic
feels counter-intuitive. Surgeons worried that a reaction might delay an operation. The trust's
resuscitation team asked what would happen if someone had anaphylaxis in an outpatient clinic with no
doctor on site. Each of these had to be answered before the first patient was tested, and the answers
are written into the protocol: the risk tool excludes anyone with a history suggesting a true allergy,
adrenaline and an anaphylaxis kit are kept in the clinic room, and a named anaesthetist is on call for
every session.
"""),
        ("evidence", "What we found", """
From May 2023 to October 2024, pre-operative nurses screened every adult reporting a penicillin allergy
using a validated scoring tool. Those at low risk were offered a single oral dose of amoxicillin and
observed for an hour in the clinic.

In total 1,312 people were screened and 604 were eligible. Of these, 481 agreed to the test and 472 had
the label removed. Nine had a mild reaction, mostly an itchy rash, treated with an antihistamine. There
were no cases of anaphylaxis.

The proportion of people with a penicillin label who were offered a challenge in the clinic was 46% in
the last quarter. Our target for 2025 is to offer it to 80%.

We are now linking the surgical records to find out whether those de-labelled received first-line
antibiotics at operation and whether their infection rates differ. That analysis will report in late
2025. For now, what we can say is that the test has been delivered safely in an ordinary clinic by
nurses who had not done it before.

We have also kept a record of the reasons eligible people gave for declining the test. The most common
were not having an hour to spare, being anxious about a reaction before surgery and wanting to wait
until after their operation. We are looking at whether a shorter observation period is safe for the
lowest-risk histories.
"""),
        ("stakeholders", "Patients and staff", """
<<S:Pre-operative assessment nurses helped design the clinic flow, and after a two-week trial they moved
the one-hour observation to the end of the appointment so that it overlapped with blood tests and
measurements.>> <<S:Anaesthetists and surgical pharmacists on the project board agreed how the result
would be shown on the theatre list so that it was seen on the day of surgery.>>

<<P:Six people who had been tested in the first month joined a focus group and told us the information
letter made the test sound dangerous; they rewrote it with us, and uptake of the test improved after the
new letter was sent.>> <<P:A former patient who had lived with a false label for forty years became a lay
member of the project board and reviewed every patient-facing document.>>
"""),
        ("value", "Value", """
The direct oral challenge costs very little: one dose of amoxicillin and about an hour of nursing
observation alongside other tasks. The trust funded a half-time nurse post for the pilot and the
university funded the evaluation through a research grant. If the expected reduction in surgical site
infections follows, the savings will be considerable.
"""),
        ("spread", "Spread", """
The protocol and scoring tool have been published in an open-access journal. Two other trusts in the
region have visited the clinic. The trust has made the test part of its standard pre-operative pathway
from April 2025.

We are also working with the region's GP federations so that a label removed in the clinic is removed
from the GP record within a week, rather than relying on the discharge letter.
"""),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1637  immunoglobulin shortages and fair prioritisation across a region -
#        docx - style headings - ICB specialised commissioning pharmacist,
#        formal - ICB with two acute trusts' immunology services and a
#        primary immunodeficiency patients' association - patients and staff
#        involved - claims partly in words ('halved') - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1637", format="docx", layout="style_headings", topic="immunoglobulin_shortage_regional_prioritisation",
    project="independent103-fairshare-1637", docx_font="Calibri",
    title="Fair Share: one regional approach to immunoglobulin when supplies are short",
    cover=[
        "NHS Ravensmoor Integrated Care Board (lead, on behalf of the Ravensmoor and Teign Specialised Services Collaborative)",
        "With: Ravensmoor University Hospitals NHS Foundation Trust (Clinical Immunology); Teignbury Royal Hospital NHS Trust (Immunology and Haematology); PID Together Ravensmoor (patients' association)",
        "Author: Senior Specialised Commissioning Pharmacist, NHS Ravensmoor ICB",
    ],
    primary_entrant=dict(name="NHS Ravensmoor Integrated Care Board", type="icb"),
    partners=[
        dict(name="Ravensmoor University Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Teignbury Royal Hospital NHS Trust", type="nhs_trust"),
        dict(name="PID Together Ravensmoor", type="patient_group"),
    ],
    sections=[
        ("context", "Context and the safety problem", """
Immunoglobulin is a blood product made from the plasma of thousands of donors. For people with primary
immunodeficiency it replaces the antibodies their bodies cannot make, and without regular doses they
develop repeated and sometimes life-threatening infections and permanent lung damage. It is also used for
a range of neurological, haematological and inflammatory conditions, some of which have good evidence
and some of which have very little.

World supply is limited and demand rises every year. In 2022 and again in early 2023 the region's
suppliers warned of shortages of several brands. Each hospital pharmacy responded on its own. One trust
switched patients between brands at short notice, another cut doses for some conditions, and several
people with primary immunodeficiency were told at their infusion appointment that their usual product was
not available. Two patients had doses delayed by more than three weeks and one was admitted with
pneumonia during that gap.

At the same time, an audit by the region's immunology pharmacists found that a significant share of
immunoglobulin used in the region was for indications that national guidance ranks as low priority or
not recommended, often started in an emergency and never reviewed. No single organisation had sight of
all prescribing across the region, and the national demand management database was being completed
inconsistently.

The safety problem was therefore twofold: people who could not live safely without immunoglobulin were
at risk of missing doses, while scarce product was being used where it was unlikely to help.

Part of the difficulty was that responsibility was spread thinly. Prescribing decisions sat with
individual consultants in several specialties, stock was managed by each hospital pharmacy, the
national allocation of supply was handled by suppliers and national bodies, and commissioning sat with
the ICB. When a shortage hit, each of these acted sensibly on its own terms, and the patient at the end
of the chain was the one who noticed that nothing joined up.
"""),
        ("evidence", "Evidence of improvement", """
The collaborative set up a regional immunoglobulin assessment panel in April 2023. It meets weekly by
video, includes immunologists, neurologists, haematologists and pharmacists from both trusts, and must
approve every new course outside the highest-priority conditions. Each approval has a review date and an
agreed measure of effect. The ICB holds a single regional stock picture, updated daily from both
hospital pharmacies, and there is a written plan for who receives priority when supply falls.

<<Q:Missed or delayed doses of more than seven days for people with primary immunodeficiency went from 23
in the year before the panel to 4 in the year after.>> <<Q:Unplanned brand switches at the point of
infusion, which patients had told us were their greatest worry, halved over the same period.>>

<<Q:The share of immunoglobulin used for low-priority or not-recommended indications fell from 17% to 6%
of total grams issued.>> <<Q:Courses with a documented review of whether the treatment was working rose
from just over a third to nine in ten.>>

During the supply alert of November 2023 the region did not have to ration treatment for any person with
primary immunodeficiency, which we believe would not have been possible before.
"""),
        ("stakeholders", "Involvement of patients and staff", """
<<P:Members of PID Together Ravensmoor sat with us for three workshops and told us what happens when a
brand is swapped without warning: headaches, reactions and a loss of trust in the hospital.>> <<P:They
then wrote, with the pharmacists, the short notice that is now sent to anyone whose brand has to change,
at least two weeks before their next infusion.>> <<P:Two of the association's members sit on the
panel's governance group and vote on the regional prioritisation plan.>>

<<S:Immunology nurse specialists asked for a named contact at each pharmacy who could confirm stock for a
named patient a week ahead, and this 'stock buddy' role was created in response.>> <<S:Neurologists were
initially wary of a panel and asked for an urgent route for suspected Guillain-Barré syndrome; the
process was changed so that those requests are approved within four hours by phone and reviewed
afterwards.>> <<S:Pharmacy technicians at both trusts designed the daily stock return, which takes them
five minutes.>>
"""),
        ("value", "Value for money", """
Immunoglobulin is one of the most expensive medicines that the region's hospitals buy. Reducing use in
indications where it is unlikely to help has released product worth several million pounds a year for
the patients who need it most, without extra spending. The panel costs the time of its members, roughly
two hours a week each, which the trusts have agreed to give.
"""),
        ("spread", "Sharing and spread", """
The regional stock picture and the prioritisation plan have been shared with the national immunoglobulin
expert working group and with three other regions. The patient notice is available for any service to
adapt. We plan to extend the panel to cover two neighbouring ICBs in 2025.

We would like to be honest about what was hard. Clinicians who had used immunoglobulin for years in
particular conditions did not always agree with the panel, and some decisions were contentious. Having
patients and clinicians from several specialties in the same meeting made those conversations more
open and, in the end, more trusted.

We would also say that the daily stock picture, which sounds dull, turned out to be the most important
single change. Before it existed, each pharmacy guarded its own stock in a shortage. Now both trusts can
see that supply exists in the region and move it to where it is needed, which has made the difference
between a missed infusion and an uninterrupted one.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1638  home subcutaneous immunoglobulin infusions - pdf - lists - PRIVATE
#        homecare company as primary entrant with an acute trust immunology
#        service (ineligible) - clinical services director, corporate -
#        patients involved - NO staff involvement (nurses trained, a named
#        lead doing her job, pharmacists briefed, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1638", format="pdf", layout="bullet_lists", topic="home_subcutaneous_immunoglobulin",
    project="independent103-infuseathome-1638", pdf_font="LiberationSans", pdf_align="L",
    title="Infuse at Home Safely: supporting people to give their own immunoglobulin",
    cover=[
        "Entrant: Meridian Homecare Services Ltd",
        "Working with: Calderbrook Hospitals NHS Trust, Department of Clinical Immunology",
        "Entry by: Director of Clinical Services, Meridian Homecare Services Ltd",
    ],
    primary_entrant=dict(name="Meridian Homecare Services Ltd", type="private"),
    partners=[
        dict(name="Calderbrook Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Background", """
Meridian delivers medicines and nursing support to people at home on behalf of NHS hospitals. Since 2021
we have supported adults and children in the Calderbrook area who give themselves subcutaneous
immunoglobulin at home, usually weekly, using a small pump.

Problems we saw in 2021 and 2022:

- deliveries arriving when nobody was at home, leaving the product outside or being taken back to the depot

- people running short because the prescription renewal was sent late from the hospital

- pump faults at weekends with no one to call

- infusion site reactions and missed doses that the hospital team heard about only at the next clinic, months later

- people being trained by different nurses in different ways, so that some were unsure about the steps

- in one case in 2022 a young man with a primary immunodeficiency went for five weeks without a dose because his delivery failed twice and the renewal lapsed; he was admitted with a chest infection

What we set up with the trust in 2023:

- a shared electronic record of deliveries, doses and stock at home that the hospital immunology team can see

- text reminders for deliveries and a chosen two-hour delivery slot

- an automatic alert to the hospital when a person's stock will last less than two weeks and no new prescription has been received

- a 24-hour helpline staffed by our nurses for pump and infusion problems

- a single training programme and checklist for all new patients, signed off by the hospital immunology nurse

- a named Meridian nurse for each patient, who calls them after their first three infusions at home

- a simple record of any infusion site reaction, which is sent to the hospital team within a day rather than kept until the next clinic

- a plan for each person for what happens if their home circumstances change, for example a move, a hospital stay or a holiday
"""),
        ("evidence", "Results", """
Comparing 2022 with 2024, for the 138 people supported in both years:

- <<Q:missed doses recorded fell from 211 to 47>>

- <<Q:failed deliveries fell from 9% to 2% of all deliveries>>

- <<Q:stock running out before a new prescription arrived happened 31 times in 2022 and twice in 2024>>

- <<Q:hospital admissions for infection in this group fell from 19 to 8>>

- the helpline took 412 calls in 2024, 61% of them out of hours

- 22 people started home infusions in 2024 and all completed the new training checklist

- infusion site reactions reported to the hospital within a day of the infusion: 64 in 2024
"""),
        ("stakeholders", "People involved", """
- <<P:people on home infusions and parents of children on them took part in four online sessions and told us that delivery windows of a whole day were their biggest problem, so we introduced the two-hour slot>>

- <<P:a parent of a six-year-old suggested the 'traffic light' stock card that sits on the fridge, and families chose the colours and wording>>

- <<P:a group of ten patients tested the helpline in its first month and asked for a call-back within 15 minutes, which is now our standard>>

- all our homecare nurses were trained on the new checklist

- the trust's immunology nurse specialist, Karen Hollis, signed off each patient as competent, as she always has

- hospital pharmacists were briefed on the stock alerts at a team meeting

- we plan to set up a joint staff reference group in 2025
"""),
        ("value", "Value", """
- the shared record and alerts were built on our existing system at our own cost

- the hospital avoids home visits and clinic time for problems that can be solved on the phone

- each admission avoided saves the NHS several thousand pounds

- fewer failed deliveries means less wasted product, which has to be returned and destroyed if it has been out of the fridge too long
"""),
        ("spread", "Spread", """
- we are offering the same model to the other eleven NHS immunology services we work with

- the stock alert has been adopted for home parenteral nutrition patients

- we have shared the training checklist with the national homecare medicines association
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1639  ambulance care for people with haemophilia who bleed at home - pdf -
#        CAPS headings - ambulance service consultant paramedic, direct -
#        ambulance service with a haemophilia centre and a bleeding disorders
#        members' network - members (patients) and staff involved; an SPC
#        shift described - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1639", format="pdf", layout="caps_headings", topic="ambulance_haemophilia_bleeds_at_home",
    project="independent103-factorfirst-1639", pdf_font="LiberationSerif", pdf_align="J",
    title="Factor First: ambulance care for people with bleeding disorders",
    cover=[
        "Lead: Westmarch Ambulance Service NHS Trust",
        "Partners: Sallowfield Comprehensive Care Haemophilia Centre (Sallowfield and District Hospitals NHS Foundation Trust); Westmarch Bleeding Disorders Network",
        "Submitted by the Consultant Paramedic for Urgent and Emergency Care",
    ],
    primary_entrant=dict(name="Westmarch Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Sallowfield and District Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Westmarch Bleeding Disorders Network", type="patient_group"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
People with severe haemophilia and some other bleeding disorders can bleed into joints, muscles or the
head after a minor bump, or with no injury at all. The first treatment is factor concentrate, which most
of them keep at home and give themselves. When a bleed is serious, or the person cannot give it, they
call 999. Every minute counts, particularly after a head injury.

Our crews rarely meet a person with haemophilia, perhaps once or twice in a career. In 2022 a review of
our incidents found cases where crews did not know what haemophilia meant for treatment, did not take the
person's own factor with them to hospital, or waited for a hospital doctor before helping the person to
give it. People were conveyed to the nearest emergency department rather than to the haemophilia centre.
In one case a man in his sixties with a head injury waited more than three hours for factor after
arriving at hospital.

This was first raised with us by the bleeding disorders network. Its members had been collecting their
own stories of 999 calls for two years, and they came to a meeting with our clinical directorate with a
folder of them. <<P:Those accounts, from people who had lain on their kitchen floor while a crew looked up
haemophilia on a phone, were used by us and the haemophilia centre to decide what needed to change
first.>>

The network's members were clear that the problem was not that crews did not care. It was that they did
not know, and that the system gave them no warning before they walked through the door. A man with
severe haemophilia who has a fall looks, to a crew that does not know his history, much like any other
older man who has had a fall. The person may be in pain and unable to explain, and the family may be
frightened. Without a prompt, the crew follows the ordinary pathway for a fall, and the ordinary pathway
for a fall does not include factor concentrate.
"""),
        ("evidence", "WHAT CHANGED AND HOW WE KNOW", """
Since February 2023, anyone registered with the haemophilia centre can choose to have a flag on their
address in our dispatch system. The flag tells the call handler to treat a possible bleed as a higher
priority and tells the crew to bring the person's own factor and their treatment card. Crews can now
support the person or a family member to give factor at home before travel, and can call the
haemophilia centre's 24-hour on-call line directly. People are taken to the haemophilia centre unless
they are too unwell to travel further.

By December 2024, 214 people had a flag on their address. We reviewed every 999 call to a flagged
address.

<<Q:Our run chart of time from 999 call to first dose of factor showed a sustained shift after the flag
went live, with the median falling from 118 minutes in the year before to 41 minutes over the following
eighteen months.>> <<Q:The proportion of calls in which the person's own factor travelled with them rose
from 35% to 89%.>> <<Q:Conveyance to the haemophilia centre, rather than another emergency department,
went from 44% of calls to 81%.>>

There were two head bleeds among flagged patients in 2024; both received factor within an hour of the
call.
"""),
        ("stakeholders", "WHO TOOK PART", """
<<P:Network members chose the wording of the dispatch flag and the treatment card, and asked that it say
'this person may need help to give their own factor' rather than listing medical terms.>> <<P:They also
recorded a short film for our crews, in which a man with severe haemophilia and his wife show how they
give factor at home.>>

<<S:Call handlers in our clinical hub tested the flag in the live dispatch system for a month and asked
for it to appear at the top of the screen, not in the notes, which is how it now works.>> <<S:Haemophilia
nurses from the centre and our paramedic educators wrote the guideline for crews together.>> <<S:A group
of frontline paramedics who had attended bleeds in the past reviewed the guideline and asked for a
single-page pocket version.>>
"""),
        ("value", "VALUE", """
The changes were made within existing budgets, and the time needed to set a flag is a few minutes of a
haemophilia nurse's time when a person registers. The dispatch flag uses a feature we already had. The most
costly complications of a bleed, such as long hospital stays after a head bleed or joint damage needing
surgery, are far more expensive than anything this work has cost.
"""),
        ("spread", "SPREAD", """
The guideline has been shared through the national ambulance clinical leads' group and adopted by one
other ambulance service. The haemophilia centre is working with its satellite hospitals on the same
direct-access arrangement. The network is offering its film to other regions.

We are now looking at other rare conditions where a dispatch flag and a direct line to a specialist
centre might help in the same way, such as adrenal insufficiency and some inherited metabolic disorders.
The lesson we take from this work is that a small number of people, known by name to a specialist
centre, can be made much safer by making sure that what the centre knows reaches the crew before they
arrive.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1640  factor concentrate stock and infusion records at home - docx - no
#        headings - members' association chair writing as 'I', personal and
#        long - association with a haemophilia centre and a home delivery
#        pharmacy team - members involved - NO staff involvement (staff
#        briefed, nurses trained on the app, one named nurse doing her job,
#        a survey, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1640", format="docx", layout="no_headings", topic="haemophilia_home_factor_stock_records",
    project="independent103-ourfridge-1640", docx_font="Georgia",
    title="What's in the Fridge? Safer factor treatment at home for people with bleeding disorders",
    cover=[
        "Entered by the Harrowdean Haemophilia Association, with the Harrowdean Haemophilia and Thrombosis Centre at Harrowdean General Hospital NHS Foundation Trust",
        "Written by the Association's chair",
    ],
    primary_entrant=dict(name="Harrowdean Haemophilia Association", type="patient_group"),
    partners=[
        dict(name="Harrowdean General Hospital NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", None, """
I have severe haemophilia A, and so does my son. Between us we have been giving ourselves factor
concentrate at home for more than forty years. When I started, I kept a paper diary, a pile of boxes in
the spare room and a phone number for the hospital. In many ways not much had changed by 2022. Our
association has about 260 members, people with haemophilia and other bleeding disorders and their
families, and most of them treat at home, several times a week, with medicines that cost thousands of
pounds a dose.

The safety problems are not dramatic, most of the time. They are the quiet kind. A box of factor gets
pushed to the back of the fridge and goes out of date. A teenager stops recording his infusions, so
nobody at the centre knows he has been missing doses until he turns up with a swollen knee. A delivery
brings the wrong strength and nobody notices for a week. A mother with a new baby with haemophilia is
unsure whether the dose she gave last night counted. The centre only finds out what has happened at a
clinic appointment every six months, from a diary that may or may not have been filled in.

Some of it is more serious. In 2021 one of our members, a man in his forties who lives alone, had a bleed
into his thigh muscle. He went to give himself factor and found that all the vials he had left were past
their expiry date. He did not want to bother anyone late at night. By the morning he was in severe pain
and needed a week in hospital. When we talked about it at our members' meeting, at least a dozen people
said something similar had nearly happened to them.

The haemophilia centre had already tried an electronic diary, chosen nationally, but only about a third
of their patients were using it. Members told us it was fiddly, it did not warn you about anything, and
it did not know what stock you had at home. The centre's nurses were spending hours each week on the
phone chasing records.

There is also the question of who is responsible. Factor is prescribed by the centre, delivered by a
homecare pharmacy, stored in our own kitchens and given by us or our families. Each part of that chain
works well on its own. What nobody had was a view of the whole thing: what was in the fridge, what had
been used, what was about to go out of date and whether the last bleed had been treated properly. Our
association cannot prescribe or deliver anything. What we can do is talk to members in their own homes,
in a way that a hospital cannot, and that is what we brought to the partnership.

Many of our members, particularly older men, carry a lot of history with the NHS. Some were infected
through contaminated blood products in the 1970s and 1980s, and trust does not come easily. A hospital
nurse arriving to check their fridge can feel like an inspection. A visit from another member, who has
been through the same thing, feels different. That was the starting point for the way the visits were
designed.
"""),
        ("evidence", None, """
In 2023 the association and the centre agreed to try something together. We called it What's in the
Fridge. Every member who wanted to take part had a home visit, usually from one of our volunteers and a
centre nurse together, to go through their stock, remove anything out of date and set up a simple
system: newest boxes at the back, a fridge sheet with the expiry dates, and the centre's diary app set up
on their phone with reminders switched on. The delivery pharmacy now adds the expiry date and batch
number of each delivery to the app automatically, so the stock count at home is always up to date. When
a member's stock of in-date factor falls below two weeks' worth, the app sends an alert to the member
and to the centre.

We also set up a members' phone line, run by volunteers in the evenings and at weekends, for anyone who
wants to talk something through before they call the hospital. It does not give medical advice. It helps
people decide to ring, and often rings the centre with them.

<<Q:Before the project, 34% of patients treating at home were recording their infusions in the app; by
the end of 2024 it was 82%.>> <<Q:When stock checks were repeated a year after the first home visit, the
number of out-of-date vials found in members' homes had fallen from 143 to 11.>> <<Q:Episodes where a
person had no usable factor at home when they needed it, recorded by the centre, went from 12 in 2022 to
2 in 2024.>>

The centre tells us that its nurses now spend much less time chasing records, although they have not
measured it.

Home visits have now been offered to every member who treats at home, and 171 have taken one up. The
volunteers who carry them out have all been through the same half-day training, written by the centre,
on storage, expiry dates and how to use the app, and they carry a checklist. Where they find something
that worries them, such as a person who has clearly stopped treating, they pass it to the centre the
same day with the member's agreement.

There are things we have not solved. Some members do not have a smartphone, or do not want to use one,
and for them we still rely on a paper diary that a volunteer photographs and sends to the centre once a
month. Deliveries still sometimes arrive on a day when nobody is at home. And the alerts only work if the
delivery pharmacy records every delivery correctly, which it nearly always does but not quite always.
"""),
        ("stakeholders", None, """
The idea came from our members. <<P:At our annual meeting in 2022, members voted to make home treatment
safety our priority for the next two years, and a group of eight of them, including three parents of
young children and two men in their seventies, spent the next four months working out what the home
visit should cover.>> <<P:It was the parents in that group who asked for the fridge sheet, because they
said that in the middle of the night, with a bleeding toddler, nobody wants to open an app.>> <<P:Two
teenage members tried the app reminders for a month and told us to make them less 'naggy', so the
reminder now comes once, at a time the person chooses.>>

<<P:Our evening phone line is run by members who have treated at home for years, and they wrote its
guidance themselves, including the rule that they never tell anyone not to go to hospital.>>

The centre's nurses were briefed on the project at a team meeting, and were trained in setting up the
app before the first home visits. Sister Anne Doyle, the centre's home therapy nurse, came on the home
visits as part of her usual role. The delivery pharmacy was told about the change to the app. We sent a
short survey to the centre's staff after six months and they said they were happy with how it was going.
We intend to ask them to help us plan the next stage.
"""),
        ("value", None, """
Factor concentrate is one of the most expensive medicines the NHS buys for a single patient. Every vial
that goes out of date in a fridge is money wasted, and every missed dose risks a bleed that can damage a
joint for good. The association paid for the volunteers' travel and training from its own funds and a
small grant from a local trust. The centre's contribution was nurse time for the home visits.

For me the value is something else. My son is now twenty-two and lives in his own flat. I do not have to
ring him every week to ask if he has enough factor. The app tells him, and it tells the centre.
"""),
        ("spread", None, """
We have shared what we did with the national haemophilia society and with the other member associations
around the country. Two other centres have asked for our fridge sheet and home visit checklist. The
delivery pharmacy is talking to the app's developers about making the automatic stock updates available
to every centre it supplies. We would like to see every person who treats at home offered a visit like
ours at least once, and for the first visit to happen when a child is diagnosed, not when something has
gone wrong.
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1641  blood transfusion for hospice patients without a hospital admission -
#        pdf - form - hospice medical director, warm - hospice with an acute
#        trust's transfusion laboratory and a community trust - patients,
#        families and staff involved - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I1641", format="pdf", layout="form_table", topic="hospice_blood_transfusion_without_admission",
    project="independent103-transfusedathospice-1641", pdf_font="LiberationSans",
    title="Close to Home: safe blood transfusion at the hospice",
    cover_table=[
        ("Entry title", "Close to Home: safe blood transfusion at the hospice"),
        ("Lead organisation", "St Aldric's Hospice, Pemberley Vale (registered charity)"),
        ("Partner organisations", "Pemberley Vale Hospitals NHS Trust (Blood Transfusion Laboratory and Hospital Transfusion Team); Pemberley Vale Community Health NHS Trust (Community Nursing)"),
        ("Entrant name and role", "Medical Director, St Aldric's Hospice"),
    ],
    primary_entrant=dict(name="St Aldric's Hospice", type="charity"),
    partners=[
        dict(name="Pemberley Vale Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Pemberley Vale Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Describe the problem your partnership set out to address", """
Many people with advanced cancer, blood disorders and some other conditions become anaemic towards the
end of their lives, and a blood transfusion can ease breathlessness and tiredness and give them more good
days. Until 2023, our patients who needed a transfusion had to go to the acute hospital, usually via the
emergency department or the medical assessment unit, because the hospice had no arrangement with the
transfusion laboratory. Many spent one or two nights in hospital for a treatment that takes a few hours.
Some were too frail to face the journey and went without, and a few died in hospital after going in
for a transfusion, which was the opposite of what they had wanted. Others had their transfusion delayed by days
while a hospital bed was found.

Transfusion is also not without risk. Wrong blood in tube errors, reactions and fluid overload happen,
and older, frail people are more vulnerable. The hospital's transfusion team were worried that sending
patients back and forth between settings, with different staff taking samples and checking blood, was
adding risk rather than reducing it. In 2022 there were two near-miss sample labelling incidents for
hospice patients, both found by the laboratory.

The partnership set out to let hospice patients have their transfusion at the hospice, with the same
safety standards as the hospital: the same sample labelling, the same bedside checks, the same
observation and the same reporting of reactions.
"""),
        ("evidence", "What is the evidence of improved safety?", """
Transfusion at the hospice began in May 2023, in a two-bed day area and for inpatients. Hospice nurses
were trained and assessed as competent by the hospital transfusion practitioners, samples are taken
using the hospital's electronic bedside labelling device, and blood is collected from the laboratory by
a hospice driver using a validated cool box.

<<Q:In the year before the scheme, hospice patients spent a total of 96 nights in the acute hospital for
transfusion; in the first full year of the scheme this fell to 11.>> <<Q:The average wait from the
decision to transfuse to the start of the transfusion went down from 3.4 days to 1.1 days.>>

There have been 164 transfusion episodes at the hospice. There have been no sample labelling errors and
two mild febrile reactions, both reported and managed according to the hospital policy.

<<Q:The proportion of transfusions where the patient's symptom score was recorded before and after rose
from 22% in a hospital audit of hospice patients in 2022 to 94%, so we now know whether transfusion is
actually helping.>>

Every transfusion at the hospice follows the hospital's transfusion policy in full, including two-person
bedside checks, observations before, during and after each unit and a documented reason for
transfusion. The hospital transfusion practitioner audits a sample of our records each quarter and
reports to the hospital transfusion committee, where the hospice now has a standing place.
"""),
        ("stakeholders", "How were patients, families and staff involved?", """
<<P:Patients who had been transfused in hospital before told us, through interviews carried out by our
patient and family support team, what had been hardest about it, and their wish not to spend a night away
from their family shaped the decision to offer day transfusions rather than only inpatient ones.>>
<<P:Relatives on the hospice's family advisory group reviewed the information leaflet and asked for a
section on when transfusion stops being helpful, which was written with them.>>

<<S:Hospice nurses raised concerns that they would be alone with a reaction at night, so the hospital
transfusion team agreed a direct phone line to the on-call haematology registrar and ran simulation
sessions with them at the hospice.>> <<S:Laboratory biomedical scientists designed the collection and
transport process with our drivers and tested the cool box over the journey in summer and winter.>>
<<S:District nurses from the community trust helped write the criteria for who could be transfused at
the hospice rather than at home.>>
"""),
        ("value", "What has been the impact on patient and staff experience, and value for money?", """
Each avoided hospital night is a saving to the acute trust. The cost to the hospice is nurse time and
the driver, which we have met from our own charitable funds. More importantly, patients who have only
weeks to live are spending them at home or at the hospice, not in a hospital corridor. Our nurses say
they feel proud to offer a treatment that once meant patients had to leave us.

Not every patient who is anaemic should be transfused, and one of the things the partnership has given
us is a shared way of having that conversation. The hospice and the haematology team agreed criteria for
when transfusion is likely to help and when it is not, and the decision is always discussed with the
patient and, where they wish, their family. Some patients decide against a transfusion once they
understand what it can and cannot do, and that is also a good outcome.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="spread"),
    ],
)


# ---------------------------------------------------------------------------
# I1642  fluid overload after transfusion in a community hospital day unit -
#        docx - rubric headings - community trust matron, plain - community
#        trust with the acute trust haematology service and a GP federation
#        - staff involved - NO patient involvement (patients as beneficiaries,
#        a leaflet sent, a plan, a negation); claim in words ('a third
#        fewer')
# ---------------------------------------------------------------------------
entry(
    id="I1642", format="docx", layout="rubric_headings", topic="community_hospital_transfusion_fluid_overload",
    project="independent103-slowandsteady-1642", docx_font="Cambria",
    title="Slow and Steady: preventing fluid overload in older people transfused in a community hospital",
    cover=[
        "Lead organisation: Rushby and Weald Community Health NHS Trust (Ferncastle Community Hospital Day Unit)",
        "Partners: Weald Valley University Hospitals NHS Trust (Haematology and Hospital Transfusion Team); Ferncastle and District GP Federation",
        "Entry written by the Day Unit Matron",
    ],
    primary_entrant=dict(name="Rushby and Weald Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Weald Valley University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Ferncastle and District GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "Context", """
The day unit at Ferncastle Community Hospital gives around 900 blood transfusions a year, mostly to older
people with myelodysplasia, chronic kidney disease or long-term anaemia who would otherwise travel
thirty miles to the acute hospital. Many are over eighty, small and frail, and many also have heart
failure. They are exactly the people at most risk of transfusion-associated circulatory overload, or
TACO, in which the blood given overloads the circulation and causes breathlessness, low oxygen and
sometimes death. TACO is now one of the leading causes of transfusion-related deaths reported nationally.

In 2022 we had four patients who became breathless during or shortly after a transfusion and had to be
sent by ambulance to the acute hospital. Two were later confirmed as TACO. When we looked at their
records, the transfusions had been prescribed by GPs or junior hospital doctors as two units given over
two hours each, the standard adult dose, with no account taken of the person's weight or heart function.
Nobody had done a pre-transfusion risk assessment because our unit did not have one, and the GP referral
form did not ask for it.

The problem was shared between organisations. Transfusions were prescribed in one place, blood was
issued by a laboratory in another, and the patient was transfused by our nurses in a third. Each part
of the system was following its own rules correctly, and each assumed that someone else had thought
about the person's heart and fluid balance. The haematology team did not see the patient; the GP did not
see the transfusion; our nurses did not feel able to question a prescription from a doctor.
"""),
        ("evidence", "Evidence of improvement", """
In January 2023 we introduced a TACO risk checklist, completed by the day unit nurse at the pre-transfusion
visit and reviewed by the haematology team before any blood is issued. People at risk are given a
weight-adjusted dose, a single unit with a check of their blood count before any more, a slower rate and,
where the haematologist advises, a diuretic. The GP federation changed its referral form to include
weight, heart failure and kidney function, and its GPs now discuss every new transfusion referral with
the haematology advice line.

<<Q:The number of patients who needed emergency transfer to the acute hospital with breathlessness
during or after transfusion went from four in 2022 to one in 2024.>> <<Q:Units of blood given at the day
unit fell by a third over the same period, although the number of patients treated was almost the
same, because more people now receive a single unit.>>

<<Q:Pre-transfusion risk assessments went from none at all in 2022 to 97% of transfusions in 2024.>>
<<Q:Our nurses also record observations every fifteen minutes in the first hour, and TACO alerts raised
by a rise in breathing rate were a third fewer in 2024 than in our first audit in 2023.>>
"""),
        ("stakeholders", "Stakeholder involvement", """
<<S:Day unit nurses wrote the first version of the checklist and tested it on paper for two months, and
they asked for the weight to be measured on the unit rather than taken from the referral, after finding
several referrals with weights that were years out of date.>> <<S:The hospital transfusion practitioner
and two consultant haematologists agreed the dosing rules with our nurses at a series of lunchtime
meetings.>> <<S:GPs from the federation's clinical reference group redesigned the referral form and
decided that the advice line call should come before, not after, the referral.>>

Patients are the main beneficiaries of this work. Every patient is now given a leaflet explaining why
they may have one unit rather than two. We did not formally ask patients for their views while the
changes were being made, and we intend to hold a patient feedback session in 2025.
"""),
        ("value", "Value", """
Fewer units of blood is a direct saving and conserves a scarce resource donated by the public. Each
emergency transfer avoided saves an ambulance journey and usually an admission. The checklist and the
advice line were introduced within existing staffing.

There is a wider benefit too. Blood is a donated resource and supplies are sometimes tight, particularly
for the common blood groups in winter. Giving the right amount, rather than a standard two units, means
that more of the blood issued to our area is available for the people who need it, including trauma and
surgical patients at the acute hospital.
"""),
        ("spread", "Spread and sustainability", """
The checklist has been adopted by the acute trust's own medical day unit and is being considered by the
two other community hospitals in the county. It has been shared with the regional transfusion committee
and the national haemovigilance scheme as an example of practice. We review our TACO incidents every
quarter with the haematology team.

The most important lesson for us is that a checklist only works if everyone who touches the transfusion
agrees what it is for. In our case that meant three organisations, with different records systems,
agreeing a single set of questions and a single place to record the answers. The weight on the day unit
scales, the heart failure question on the referral and the haematologist's review now all appear on the
same page, which is the page the nurse looks at before the blood goes up.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1643  adrenaline auto-injectors and allergy referral after anaphylaxis in
#        the emergency department - pdf made from Word - departments of ONE
#        trust, no partner (ineligible) - emergency medicine consultant,
#        clinical - staff involved - NO patient involvement (patients given
#        pens, sent letters, a questionnaire with no change, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1643", format="pdf", layout="style_headings", topic="ed_anaphylaxis_discharge_auto_injector_referral",
    project="independent103-nextreaction-1643", render_via="soffice", docx_font="Liberation Serif",
    title="The Next Reaction: safer discharge after anaphylaxis from the emergency department",
    cover=[
        "Entrant: Oldbridge and Marlstone Hospitals NHS Foundation Trust",
        "A joint project of the trust's Emergency Department, Adult and Paediatric Allergy Service and Pharmacy Department",
        "Lead author: Consultant in Emergency Medicine",
    ],
    primary_entrant=dict(name="Oldbridge and Marlstone Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Background", """
Our two emergency departments see around 350 people a year with anaphylaxis. Most recover quickly after
adrenaline and are sent home the same day. What happens next matters: national guidance says they should
be observed for an appropriate time, given two adrenaline auto-injectors and shown how to use them, and
referred to a specialist allergy service to find the cause. Without that, the next reaction may happen
at home, in a restaurant or at school, with nothing to hand.

An audit in 2022 showed that we were not doing this reliably. Many people were discharged without
auto-injectors, or with a prescription they were told to take to their GP. Referrals to our own allergy
service were often not made, because it was not clear who should make them, and some that were made did
not reach the allergy team because they were sent to a generic outpatient inbox. In one case a
nineteen-year-old woman was discharged after anaphylaxis to a sesame-containing snack without pens or a
referral, and returned by ambulance five weeks later with a second, more severe reaction.

The reasons were ordinary ones. Emergency departments are busy, anaphylaxis is treated successfully and
quickly, and by the time the patient is well enough to go home the clinician's attention has moved on.
Junior doctors were not always sure whether the ED or the GP should supply the pens. The allergy service
had no way of knowing who had been seen in the ED, and the pharmacy had no stock of auto-injectors in
the department out of hours. Each department could see part of the problem; none could solve it alone,
and so it became a joint project across the three.
"""),
        ("evidence", "Results", """
From March 2023 we introduced an anaphylaxis discharge bundle in the electronic record. When anaphylaxis
is recorded as the diagnosis, the bundle prompts the clinician to complete four things before the patient
leaves: an observation period based on risk, two auto-injectors supplied from the ED stock by pharmacy,
a demonstration with a trainer pen, and an electronic referral that goes straight to the allergy service
triage list. Adrenaline auto-injectors are now kept in both departments as a pre-pack.

<<Q:The proportion of patients discharged with two auto-injectors in hand rose from 38% in the 2022 audit
to 91% in 2024.>> <<Q:Referral to the allergy service after anaphylaxis went from 44% to 95%.>> <<Q:Repeat
attendances with anaphylaxis within six months of a first episode fell from 21 in 2022 to 7 in 2024.>>

The median wait for a first allergy clinic appointment after anaphylaxis is now 9 weeks.

We also review every anaphylaxis episode at the monthly ED safety meeting, together with the allergy
service. Where the bundle was not completed, we look at why and feed the learning back to the teams. In
2024 the most common reason was a patient leaving before the auto-injectors arrived from pharmacy, and a
small stock is now kept in the department's locked medicines room for this reason.
"""),
        ("stakeholders", "Involvement", """
<<S:Emergency department nurses and doctors tested the bundle in a two-week paper trial and asked for it
to be a single screen with tick boxes rather than a free-text form, which is what was built.>>
<<S:Pharmacists and the ED pharmacy technicians worked out how pre-packs of auto-injectors could be
supplied out of hours, and they now check stock levels daily.>> <<S:Allergy nurse specialists changed
their triage process after ED staff told them that referrals had been going missing, and they now
acknowledge every referral within two working days.>>

Patients discharged with pens are shown how to use them and given a written action plan. Everyone
referred is sent a letter by the allergy service confirming the referral. We gave a questionnaire to
patients attending the allergy clinic in 2024 about their discharge from the ED; the responses were
generally positive and no changes were needed. We plan to involve patients in the next phase.
"""),
        ("value", "Value for money", """
The bundle was built within the trust's existing electronic record team. Auto-injector pre-packs cost
the same as prescriptions filled in the community, and the pharmacy department absorbs the cost. Each
repeat attendance with anaphylaxis costs an ED visit, often an ambulance and sometimes an admission.
"""),
        ("spread", "Spread", """
The bundle has been shared with the regional emergency medicine network and with the trust's
children's emergency department, which started using it in 2024.

The bundle has also been built into the induction for new emergency department doctors, who start
every four months. Because it is part of the electronic record, it does not rely on any individual
remembering to do it, which we think is the main reason it has been sustained. We have submitted an abstract to the
national emergency medicine conference.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1644  allergen information in a chain of restaurants - docx - reordered
#        (results first) - PRIVATE restaurant group as primary entrant with a
#        council and an allergy charity (ineligible) - head of food safety,
#        upbeat - customers with allergies and kitchen staff involved - NO
#        quantitative evidence (counts of staff trained, menus, a target,
#        a single figure)
# ---------------------------------------------------------------------------
entry(
    id="I1644", format="docx", layout="reordered", topic="restaurant_chain_allergen_information",
    project="independent103-everyplatechecked-1644", docx_font="Calibri",
    title="Every Plate Checked: allergen safety from the kitchen to the table",
    cover=[
        "Primary entrant: Hearth and Harvest Dining Group Ltd",
        "Partners: Dunmere County Council (Trading Standards and Food Safety); Safe to Eat (food allergy charity)",
        "Prepared by the Group Head of Food Safety",
    ],
    primary_entrant=dict(name="Hearth and Harvest Dining Group Ltd", type="private"),
    partners=[
        dict(name="Dunmere County Council", type="local_authority"),
        dict(name="Safe to Eat", type="charity"),
    ],
    sections=[
        ("evidence", "What we have achieved", """
Every Plate Checked went live in all 46 of our restaurants in September 2023. Since then:

- 1,930 front-of-house and kitchen staff have completed the new allergen course, and each restaurant has at least two trained allergen champions on every shift

- every one of our 212 dishes has a digital recipe card that updates the allergen matrix automatically when an ingredient changes

- allergy orders are now printed on a purple ticket, prepared on a separate purple board and carried to the table by the manager on duty

- the council carried out 31 unannounced allergen checks in our restaurants in 2024 and all were rated satisfactory

- our target is for every restaurant to pass an external allergen audit with no actions by the end of 2025

We recorded 14 customer allergy incidents across the group in 2024, each of which was investigated by our food safety team and shared with the council.

Each restaurant now also holds a monthly allergen briefing before service, at which the manager goes
through any recipe changes for the coming month. Our food safety team visits every restaurant at least
twice a year to check that the purple ticket process is being followed in practice, and the results are
reported to the board.
"""),
        ("context", "Why we started", """
Hearth and Harvest runs 46 family restaurants across the south and west. Like many restaurant groups, we
had allergen information on a folder behind the bar, kept up to date by head office and checked by
managers. In 2022 a customer with a milk allergy had a serious reaction after a dessert that had been
made with a different brand of biscuit base, containing milk powder, because the usual supplier had run
out. The recipe folder had not been changed. She was treated in hospital and has since made a full
recovery.

Our own investigation found that the failure was not one person's mistake. Ingredients were substituted
often, the folder was updated weekly at best, and staff at the table were under pressure to give a quick
answer. The council's food safety officers, who had inspected our restaurants for years, told us the
same pattern was common across the sector.

We asked the council and the charity to help us redesign how allergen information moves from supplier
to kitchen to table, and to tell us honestly where we were going wrong.

We are a commercial business and we are open about that. But we also believe that keeping allergic
customers safe is not a matter of competition, and that what we learn should be shared with other
restaurants, large and small. That is one of the reasons we asked a council team and a charity to be our
partners rather than a consultancy: we wanted people who would challenge us and who would pass on what
worked.
"""),
        ("stakeholders", "Who was involved", """
<<P:People with food allergies from the charity's supporter network ate at four of our restaurants as
mystery diners and reported back on every step from the welcome to the bill; their reports led us to
change the opening question to 'Does anyone at the table have a food allergy?' instead of waiting for
customers to mention it.>> <<P:Parents of allergic children on the charity's panel chose the purple
colour for allergy orders, because it is easy to spot and not used for anything else in a kitchen.>>

<<S:Head chefs from six restaurants designed the separate preparation area and tested it through two
busy weekends before it was rolled out.>> <<S:Front-of-house staff told us they were afraid of giving the
wrong answer at the table, so the manager on duty now confirms every allergy order in person.>>
<<S:Council food safety officers reviewed our recipe card system and insisted that substitutions could
not be made without a card update, which is now locked into the ordering system.>>
"""),
        ("value", "Value", """
The group invested around £180,000 in the digital recipe system and training. We believe this has been
worth it in customer trust alone. Allergic customers are more likely to return to a restaurant they feel
safe in and to bring their families and friends.
"""),
        ("spread", "Sharing", """
We have shared our purple ticket system and recipe card approach with the national hospitality trade
body, and the charity uses our training module with other independent restaurants free of charge. The
council has used our experience in advice to smaller businesses across the county.

We are also part of a sector working group looking at how allergen information should be shown on
delivery apps, where we believe the next set of risks lies. Many of our customers now order online, and
the information they see there must be as reliable as what they are told at the table.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1645  post-exposure immunoglobulin for immunosuppressed children exposed to
#        measles or chickenpox - pdf - with appendix - children's hospital
#        infectious diseases pharmacist, careful - children's hospital trust
#        with UKHSA and the local pharmaceutical committee - families and
#        staff (unusual titles) involved - NO quantitative evidence (counts,
#        a single time, a zero with no baseline, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1645", format="pdf", layout="with_appendix", topic="post_exposure_immunoglobulin_immunosuppressed_children",
    project="independent103-exposednotalone-1645", pdf_font="LiberationSerif", pdf_align="L",
    title="Exposed: getting post-exposure immunoglobulin to children with weakened immunity in time",
    cover=[
        "Lead entrant: Stanmoor Children's Hospital NHS Foundation Trust (Paediatric Infectious Diseases and Pharmacy)",
        "Partners: UK Health Security Agency (South Western Health Protection Team); Stanmoor and Vale Local Pharmaceutical Committee",
        "Prepared by the Lead Pharmacist, Paediatric Infectious Diseases",
    ],
    primary_entrant=dict(name="Stanmoor Children's Hospital NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="UK Health Security Agency", type="public_other"),
        dict(name="Stanmoor and Vale Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "Why this mattered", """
Children having chemotherapy, those after a transplant and those on high-dose steroids or other drugs
that suppress the immune system can become seriously ill if they catch measles or chickenpox. If they are
exposed, for example because a classmate comes out in spots, they may need post-exposure treatment:
human normal immunoglobulin for measles, or varicella zoster immunoglobulin or antiviral medicines for
chickenpox. Immunoglobulin for measles works best within six days of exposure, so time matters, and the
products are held by a small number of hospital pharmacies and the national health protection service.

With measles cases rising again in 2023, our oncology and transplant teams were worried. Parents often
heard about an exposure from a school text on a Friday evening, and did not know whom to call. Some rang
the ward, some their GP, some NHS 111. The local health protection team was often not told, so exposed
contacts at the same school who were also vulnerable were missed. Once a decision was made, getting the
product to a child who lived two hours away could take days.

In early 2023 a four-year-old boy on maintenance chemotherapy for leukaemia was exposed to measles at
nursery. His parents told his community nurse six days later, by which point immunoglobulin would no
longer have helped. He developed measles and spent ten days in our high-dependency unit.

Every part of the system had a piece of the picture. The hospital knew which children were vulnerable
and what treatment they had had. The health protection team knew about cases in schools and nurseries.
Community pharmacies were open late and close to families' homes. GPs and 111 were often the first
contact. None of these had a shared plan, and families were left to join them up at the worst possible
moment.
"""),
        ("evidence", "What has changed", """
Since September 2023 there has been one number for families and professionals to call about an
exposure: the hospital's paediatric infectious diseases on-call line. The clinician who answers follows a
single pathway agreed with the health protection team, checks the child's immunity from their records and
decides on treatment. The health protection team is notified electronically at the same time, so that it
can trace other vulnerable children in the same setting. If immunoglobulin is needed, it is issued from
the nearest of three hospital pharmacies in the region, and for antivirals the LPC has arranged for a
named community pharmacy in each locality to hold stock.

Between September 2023 and December 2024 the line received 286 calls about 241 children. 58 children
were given immunoglobulin and 74 were given antiviral medicines. The median time from the family's call
to treatment being given was 19 hours. No child who was treated went on to develop measles, and none
needed admission to intensive care with chickenpox.

Our aim is for every child who needs treatment to receive it within 24 hours of the family's first call
and, above all, within the window in which it works. We are auditing how often that happened and will
report the results to the regional infection network in 2025.
"""),
        ("stakeholders", "Families and staff", """
<<P:The pathway leaflet and the fridge magnet with the on-call number were designed with the oncology
ward's parents' group, who told us that the first thing they look for in a crisis is a single number,
not a flow chart.>> <<P:One mother whose daughter had had chickenpox after a transplant recorded her
story for the training video used by schools and nurseries.>>

<<S:The 'exposure coordinators', the infectious diseases nurses who answer the line during the day, wrote
the questions that are asked on every call, and changed them twice after the first months to cut the
call time.>> <<S:Health protection practitioners from the UKHSA team agreed with us which information
they needed to trace contacts and the format of the electronic notification.>> <<S:Community pharmacists
in the LPC's network chose which of their pharmacies could hold stock and agreed the opening hours that
would make the arrangement work.>>
"""),
        ("value", "Value", """
The immunoglobulin and antivirals were already being used. What has changed is that they now reach the
right children in time. A single admission to high-dependency care with measles costs far more than the
whole of the on-call line. The health protection team says that tracing other vulnerable contacts is
now quicker.
"""),
        ("spread", "Spread", """
The pathway is being adopted by the two other children's cancer centres in the region. The UKHSA team
is using the electronic notification as a model for other vulnerable groups. We presented the work at
the national paediatric infection conference.
"""),
    ],
    trailer=[
        ("heading", "Appendix: the exposure pathway in brief"),
        ("para", "1. Family or professional calls the paediatric infectious diseases on-call line. 2. Clinician checks the exposure type, date and setting, and the child's immunity and treatment. 3. Health protection team notified electronically. 4. Decision on immunoglobulin, antivirals or watchful waiting. 5. Product issued from the nearest stock site and given at the hospital or shared care unit. 6. Follow-up call from an exposure coordinator at 14 and 21 days."),
        ("para", "Call and treatment figures are from the on-call line's log. Notification figures were provided by the health protection team."),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1646  penicillin allergy labels in pregnancy and group B streptococcus -
#        docx - bullet lists - consultant midwife, brisk - maternity service
#        of an acute trust with a GP federation and the Maternity Voices
#        Partnership - women involved - NO staff involvement (midwives
#        trained, GPs sent a bulletin, one named lead doing her job, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1646", format="docx", layout="bullet_lists", topic="pregnancy_penicillin_allergy_gbs",
    project="independent103-labelbeforelabour-1646", docx_font="Arial",
    title="Label Before Labour: checking penicillin allergy in pregnancy",
    cover=[
        "Lead: Yarwood and Penn Hospitals NHS Trust (Maternity Services)",
        "Partners: Yarwood Primary Care Alliance (GP federation); Yarwood and Penn Maternity Voices Partnership",
        "Author: Consultant Midwife",
    ],
    primary_entrant=dict(name="Yarwood and Penn Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Yarwood Primary Care Alliance", type="primary_care"),
        dict(name="Yarwood and Penn Maternity Voices Partnership", type="patient_group"),
    ],
    sections=[
        ("context", "The problem", """
Group B streptococcus is a common bacterium that lives harmlessly in the gut and vagina of many women.
Rarely, it passes to the baby around the time of birth and causes sepsis, pneumonia or meningitis in
the first days of life. Women who carry group B streptococcus, or who have risk factors in labour, are offered antibiotics to
protect their baby from a serious infection. Penicillin is the first choice. Women labelled as allergic
to penicillin are given alternatives, which may be less effective, are more complicated to give and are
more often given late.

What we found in 2022:

- about one in eight women booking for maternity care with us had a penicillin allergy on their record

- most labels dated from childhood and had never been checked

- allergy status was not usually discussed until labour, when there was no time to look into it

- in an audit of women with a label who needed antibiotics in labour, a quarter received their first dose less than four hours before birth

- two babies born to women with a label were admitted to the neonatal unit with early-onset infection in 2022

What we did:

- penicillin allergy is now checked at booking by the midwife, using a short set of questions

- women with a low-risk history are offered a penicillin challenge in the antenatal day unit between 20 and 30 weeks

- the GP federation's pharmacists check GP records and remove labels where the history shows it was never an allergy

- the outcome is recorded in the maternity record and the GP record, and printed on the hand-held notes

- women who are found to be truly allergic, or whose history is unclear, are referred to the allergy clinic with a plan for labour agreed in advance

- the labour ward antibiotic guideline now asks the midwife to check the hand-held notes for the outcome before any antibiotic is given
"""),
        ("evidence", "Results", """
Comparing women giving birth in 2022 with those giving birth in 2024:

- <<Q:the proportion of women with a penicillin allergy label at the time of birth fell from 12.4% to 7.9%>>

- <<Q:women with a label who needed antibiotics in labour and received them at least four hours before birth rose from 74% to 90%>>

- <<Q:use of second-line antibiotics in labour fell by 41%>>

- 512 women were assessed and 296 had a penicillin challenge in the day unit, with no serious reactions
"""),
        ("stakeholders", "Who was involved", """
- <<P:the Maternity Voices Partnership ran two listening events with women who had been labelled as allergic, who told us they had never been asked about it before and were worried that testing might harm the baby>>

- <<P:those women helped us write a leaflet explaining why the test is safe in pregnancy and helped choose the right time in pregnancy to offer it>>

- <<P:a mother whose baby had been admitted to the neonatal unit joined the project group and spoke at the launch>>

- community and hospital midwives were trained in asking the allergy questions at booking

- GPs were sent an explanation in the federation's monthly bulletin

- the antenatal day unit manager, Joanne Pike, set up the clinic sessions as part of her role

- we hope to involve midwives and GPs in reviewing the pathway next year
"""),
        ("value", "Value", """
- the penicillin challenge costs very little and is given in existing day unit sessions

- second-line antibiotics are more expensive and take more midwife time to give

- each neonatal admission avoided saves a great deal, and avoids separating a mother from her baby

- removing a wrong label also helps the woman for the rest of her life, not just in this pregnancy, because she will get first-line antibiotics for future infections

- the federation's pharmacists carry out the record checks within their existing roles
"""),
        ("spread", "Spread", """
- the pathway has been shared with the local maternity and neonatal system and two other maternity units in the region are planning to adopt it

- the booking questions are now part of the regional maternity record template

- the Maternity Voices Partnership has shared the leaflet with other partnerships across the country

- the GP federation is offering the same record check to women who are planning a pregnancy, through its preconception clinics
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1647  dental extractions for people with bleeding disorders - docx - form
#        - short - community dental service clinical director, plain -
#        community trust with the haemophilia centre - patients and staff
#        involved - NO evidence section and no measured change anywhere
# ---------------------------------------------------------------------------
entry(
    id="I1647", format="docx", layout="form_table", topic="dental_extractions_bleeding_disorders",
    project="independent103-safeextraction-1647", docx_font="Calibri",
    title="Safe Extraction: shared care for dental treatment in people with bleeding disorders",
    cover_table=[
        ("Title of entry", "Safe Extraction: shared care for dental treatment in people with bleeding disorders"),
        ("Lead organisation", "Langbeck Community Health Services NHS Trust (Special Care Dental Service)"),
        ("Partner organisation", "Langbeck Teaching Hospitals NHS Foundation Trust (Haemophilia Centre)"),
        ("Entrant", "Clinical Director, Special Care Dental Service"),
    ],
    primary_entrant=dict(name="Langbeck Community Health Services NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Langbeck Teaching Hospitals NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "What was the problem, and why did it need a partnership?", """
People with haemophilia, von Willebrand disease and other bleeding disorders can bleed for days after a
tooth is taken out, and some need factor concentrate or tranexamic acid before and after the procedure.
In our area most of them were sent to the hospital's maxillofacial department for even simple
extractions, where waiting times were long. Some went to their high street dentist without mentioning
their condition, or without the dentist knowing what to do, and ended up in the emergency department
with bleeding that would not stop. In 2022 the haemophilia centre knew of five such admissions, one of
which needed a blood transfusion.

Our special care dental service treats people with complex medical needs in community clinics, but it had
no agreement with the haemophilia centre, so every case meant phone calls, letters and delays. Plans for
factor cover were written in different places, and sometimes nobody was sure who would give it.

Safe Extraction is a shared care pathway. High street dentists refer anyone with a bleeding disorder who
needs an extraction or other invasive treatment to our service. The haemophilia centre writes a
treatment plan for each person, and procedures are booked on a morning when the haemophilia nurse is
available to give factor in our clinic if it is needed. Everyone goes home with tranexamic acid
mouthwash, a written plan and a direct number for the centre.

Before the pathway, the same person might be seen by three or four different clinicians for a single
extraction, each working from a different set of notes. A dentist in the community would write to the
haemophilia centre, the centre would write back with advice, the maxillofacial team would be asked to
see the patient, and the factor cover might be arranged for a day when the patient was no longer booked.
People with mild bleeding disorders, who may not think of themselves as having a serious condition, were
the most likely to slip through, because they often did not mention it at all.

The pathway also covers other invasive dental treatment, such as deep scaling, root canal treatment and
implants, and people taking anticoagulant medicines who have an additional bleeding problem. Each
person's plan is reviewed by the haemophilia centre before every course of treatment, because their
needs can change over time.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<P:People from the haemophilia centre's patient forum told us that the worst part of a dental bleed was
not knowing whom to ring at night, and the direct number on the discharge plan came from them.>> <<P:Two
forum members tested the referral letter with their own dentists before it was sent out to practices.>>

<<S:Dentists and dental nurses in our service and the haemophilia nurses agreed the treatment plan
template together at three joint clinics.>> <<S:High street dentists from the local dental committee
told us that the referral form was too long, and it was cut to a single page.>>
"""),
        ("value", "What has been the impact on patient experience, and value for money?", """
Treating people in a community clinic rather than a hospital theatre costs much less. The haemophilia
nurse's time in our clinics is covered within her existing job plan. Patients have told us they like
having one place to go and one number to call. Since the pathway started in January 2024 we have treated
61 people with bleeding disorders.
"""),
        ("spread", "How has the work been shared?", """
The pathway has been shared with the regional haemophilia network and with the community dental services
in two neighbouring counties.

We are also working with the dental school so that student dentists see the pathway in action during
their community placements.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1648  blood carried by volunteer riders to a remote community hospital -
#        pdf - no headings - blood bike charity chair, conversational - blood
#        bike charity with an acute trust's blood transfusion laboratory and a
#        community trust - volunteer riders and lab staff involved - NO
#        patient involvement (patients as beneficiaries, a thank-you letter,
#        a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1648", format="pdf", layout="no_headings", topic="blood_bikes_remote_community_hospital",
    project="independent103-nightriders-1648", pdf_font="DejaVuSans", pdf_align="L",
    title="Night Riders: getting blood to Hollowmere Community Hospital safely, at any hour",
    cover=[
        "Tarnside Blood Bikes (registered charity), working with Tarnside and Fells Hospitals NHS Trust (Blood Transfusion Laboratory) and Fells and Lakes Community NHS Trust (Hollowmere Community Hospital)",
        "Entry by the charity's chair",
    ],
    primary_entrant=dict(name="Tarnside Blood Bikes", type="charity"),
    partners=[
        dict(name="Tarnside and Fells Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Fells and Lakes Community NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", None, """
Hollowmere Community Hospital sits at the head of a long valley, forty-five miles by road from the main
hospital laboratory in Tarnside. It has a minor injuries unit, twenty inpatient beds and a day unit that
gives blood transfusions to local people so they do not have to make the journey. It also keeps two units
of emergency O negative blood in a small fridge for people who arrive bleeding and cannot be moved
straight away.

Getting blood up the valley has always been the hard part. Before 2023 it travelled by a commercial
courier in the day and by taxi at night, when a courier could be found at all. Blood has to stay within a
narrow temperature range, and a box that sits too long in a warm car or a cold van has to be thrown away.
Samples coming the other way, for cross-matching, were sometimes lost or arrived unlabelled. The lab staff
told us of nights when a transfusion for a patient at Hollowmere had to wait until the next day because
nobody could be found to drive, and of one night in the winter of 2022 when the emergency blood had been
used and not replaced before a man with a bleeding ulcer was brought in.

Our charity has been carrying urgent samples and blood between hospitals on motorbikes and in cars since
2011, all with unpaid volunteer riders. Until this project we had never worked with Hollowmere, because
the journey was thought too long for volunteers at night.
"""),
        ("evidence", None, """
Since March 2023 our riders have taken over every out-of-hours run between the Tarnside laboratory and
Hollowmere, and some daytime runs when the courier is not available. Each box now travels with a
temperature logger that the laboratory downloads on its return, and samples travel in a sealed bag with a
checklist signed by the nurse who took them. The rider waits at Hollowmere if a sample needs to come back
the same night, so there are no empty journeys.

<<Q:The number of blood units that had to be discarded because they had been outside their temperature
range on the journey fell from 27 in 2022 to 3 in 2024.>> <<Q:The average time from a request at
Hollowmere to blood arriving there out of hours went down from 3 hours 40 minutes to 1 hour 35 minutes.>>
<<Q:Samples rejected by the laboratory because they were damaged, unlabelled or too old fell from 6% to
under 1%.>>

There has not been a night since the scheme began when the emergency blood fridge at Hollowmere was
empty. Our riders have made 1,146 runs up the valley.
"""),
        ("stakeholders", None, """
<<S:Our volunteer riders planned the route, including where to stop in winter when the top road is closed,
and it was their suggestion to carry a second, pre-cooled box on every run.>> <<S:The laboratory's
biomedical scientists designed the temperature logging with us and trained our controllers to read the
downloads, and they changed the hand-over checklist twice after riders reported problems at the
hospital door at night.>> <<S:Nurses at Hollowmere asked for a single phone number to book a run at any
hour, and our controllers now answer it.>>

The people who benefit are the patients at Hollowmere and their families, many of whom we never meet.
One family sent us a lovely thank-you letter after their father's transfusion went ahead on a snowy
night. We would like to hear more directly from patients in future and hope to invite some to our
annual riders' evening.
"""),
        ("value", None, """
Our riders give their time for free. The charity pays for fuel, insurance and bikes from donations. The
community trust used to spend several thousand pounds a year on taxis and couriers out of hours. Every
unit of blood not thrown away is a gift from a donor that is not wasted.
"""),
        ("spread", None, """
We have shared our temperature logging method with the national association of blood bike charities, and
two other groups are now using it on long rural routes. The laboratory has asked us to start a similar
service to a second community hospital in 2025.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)
