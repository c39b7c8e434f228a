"""One-hundred-and-thirteenth independent evaluation set (I1793..I1808) for the HSJ 'Best
Partnership Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were read
(with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or any
earlier gold output.  All organisations, places and people are fictional.  The entries are
meant to be ordinary: the kind of thing community trusts, councils, charities, food banks,
universities, care home groups and GP practices send in, in their own voices and at their
own length.  The theme of this set is food, swallowing and nutrition in the community:
allergen labelling in takeaways and school meals, dysphagia and texture-modified diets in
care homes, food banks and malnutrition, tube feeding at home, and choking risk.

Topics (lead's type and layout):
  I1793 texture-modified meals for adults with learning disabilities in supported living
        (nhs_trust, community learning disability service; pdf own_headings)
  I1794 special diets and allergen checks in primary school meals (local_authority, school
        catering service; docx bold_headings with a cover table)
  I1795 allergen information on a takeaway ordering app (PRIVATE food delivery platform as
        primary entrant, ineligible; pdf bullet_lists)
  I1796 blocked and dislodged feeding tubes at home out of hours (emergency_service,
        ambulance trust; docx numbered_questions)
  I1797 malnutrition screening at food banks (university, dietetics department; pdf
        caps_headings)
  I1798 choking at lunch clubs and day centres for older people (local_authority; docx
        rubric_headings)
  I1799 thickened drinks made up at the wrong consistency at home (nhs_trust, one trust's
        own teams only, no partner, ineligible; pdf two_column)
  I1800 texture-modified diets and IDDSI levels in care home kitchens (icb; pdf form_table)
  I1801 children fed by gastrostomy in mainstream schools (nhs_trust, children's community
        nursing; docx reordered sections)
  I1802 allergen labels on food prepacked for direct sale in small bakeries and market stalls
        (local_authority, environmental health; pdf with appendix)
  I1803 safe swallowing plans for people with dementia cared for at home by family
        (primary_care, GP federation; docx style_headings, no spread section)
  I1804 choking on food in people taking clozapine in the community (nhs_trust, mental
        health; pdf via soffice, style headings)
  I1805 food at home for older people discharged from hospital (charity, home from hospital
        service; docx bullet_lists)
  I1806 mealtime choking incidents in care homes (PRIVATE care home group as primary
        entrant, ineligible; pdf numbered_questions)
  I1807 refeeding risk in adults with severe anorexia managed in the community
        (primary_care, primary care network; docx form_table)
  I1808 safe eating for people with learning disabilities at community cafes and social
        events (patient_group, self-advocacy group; docx no_headings, short, no evidence
        section)

Build it with

    .venv/bin/python data/independent/build.py --set 113   (writes data/corpus/independent113/)

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
    voice, described or named people, volunteers with lived experience, unusual names for
    the people involved, list items), wherever in the entry it is told; a volunteer or
    peer worker with lived experience, employed by a partner, who helped design the work
    is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance services are emergency_service; GP
practices, GP federations, primary care networks and local pharmaceutical committees are
primary_care; self-advocacy and parents' support groups are patient_group; food banks,
hospices, home from hospital and care associations are charity; a further education college
is public_other; a university is
university; food delivery platforms, care home groups, catering suppliers, supermarkets
and pharmacy chains are private).  A department or team of the entrant's own organisation
is not a partner.  Flags are written by hand and build.py cross-checks them against the
mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1793  texture-modified meals in supported living - pdf - own headings
# ---------------------------------------------------------------------------
entry(
    id="I1793", format="pdf", layout="own_headings", topic="texture_modified_meals_supported_living",
    project="independent113-rightbite-1793", pdf_font="LiberationSans", pdf_align="L",
    title="Right Bite: safer texture-modified meals for adults with learning disabilities in supported living",
    cover=[
        "Lead organisation: Hartsmere Community Health NHS Trust, Community Learning Disability Team",
        "Partners: Oakleaf Supported Living Ltd; Brackenford Homes Ltd; Speak Up Hartsmere (self-advocacy group)",
        "Written by the Clinical Lead Speech and Language Therapist",
    ],
    primary_entrant=dict(name="Hartsmere Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Oakleaf Supported Living Ltd", type="private"),
        dict(name="Brackenford Homes Ltd", type="private"),
        dict(name="Speak Up Hartsmere", type="patient_group"),
    ],
    sections=[
        ("context", "Where we started", """
Around 230 adults with a learning disability in Hartsmere live in supported living, usually in shared
houses or small blocks of flats with support workers on site for some or all of the day. A large
proportion of them have some degree of dysphagia, and about 70 have a written eating and drinking plan
from our speech and language therapists that says what texture their food should be and how drinks
should be thickened.

People with a learning disability die from choking and aspiration pneumonia far more often than the
rest of the population, and the national mortality reviews have said so for years. We knew this, and
we knew our plans were good on paper. What we did not know was what was actually arriving on people's
plates.

Supported living is not like a care home. There is usually no cook. Support workers shop with or for the
person, and meals are made in an ordinary kitchen, often by whoever is on shift. Staff turnover in our
two largest providers was high, and agency workers filled many shifts. Our plans used the international
IDDSI levels ('level 5 minced and moist', 'level 4 pureed') but a new support worker had often never
heard of them. A plan might be in a folder in the office while dinner was being made in the kitchen.

In 2022 three people we support were admitted to hospital with aspiration pneumonia within four months,
and one young man choked on a piece of sausage at a shared tea in his house; he was saved by a support
worker who had done first aid training the week before. When we reviewed these events with the
providers, we found the same story each time: the plan was right, but the food was wrong, and nobody
had noticed.

There were other, quieter problems too. Several people had a plan that was years out of date, written
when they were living with their parents, and nobody had asked for a review when they moved. Some plans
said 'soft diet', a term that meant different things to different people and that IDDSI no longer uses.
A few people who should have been on a modified diet had never been referred at all, because the signs,
coughing at meals, long mealtimes, weight loss, repeated chest infections, had been put down to their
learning disability or simply accepted as 'how he eats'.

We also had to be honest about our own part in this. Our therapists wrote plans after an assessment and
sent them to the provider's office. We rarely went back to see a mealtime unless someone asked us to.
We assumed that a good plan would be followed, and we had no way of knowing whether it was.
"""),
        ("stakeholders", "Working it out together", """
We did not want to write another set of instructions that would end up in the folder. Speak Up
Hartsmere, the local self-advocacy group, runs a cooking club, and we asked them to help. <<P:Six members
who eat a modified diet themselves cooked with us over four sessions, and they told us plainly that
pureed food looked like baby food and that they sometimes ate other people's food because theirs was not
nice.>> <<P:They chose the photos for our new picture menus and insisted that every photo show the food
plated as a proper meal, not a blob in a bowl.>> <<P:One member, Carl, suggested that each person should
have their own coloured placemat that tells anyone serving them which level they are on, and these are
now in every house.>>

<<S:Support workers from Oakleaf and Brackenford tested the kitchen cards in eight houses over six weeks
and told us the first version had too many words, so the final card has four photos and a single line
for each level.>> <<S:Team leaders asked for a quick way to check a meal without a therapist present, and
with them we adapted the IDDSI fork and spoon tests into a thirty-second check that is done before the
plate leaves the kitchen.>> <<S:The providers' training managers sat on the project group with us and
changed their induction so that nobody works a mealtime shift alone until they have passed the check.>>
"""),
        ("evidence", "What difference it has made", """
We introduced the kitchen cards, placemats and plate check in all supported living houses run by our
two partners from March 2023. Our therapists now carry out an unannounced mealtime observation in each
house every quarter, using the same checklist each time.

<<Q:In the first round of observations in early 2023, 19 of 52 meals served to people on a modified
diet were the wrong texture; by the fourth round a year later this had fallen to 4 of 55.>> <<Q:Choking
incidents recorded by the two providers went from 11 in the year before Right Bite to 3 in the year
after.>> <<Q:Hospital admissions for aspiration pneumonia among people with an eating and drinking plan
fell from 7 to 2 over the same period.>>

We also ask people how they feel about their food. Nearly everyone we spoke to in the last round said
they liked the look of their meals, and several said they no longer swapped food with housemates.

These numbers are small, and we know that one bad winter could change the picture. But the pattern
matches what our therapists see on their visits: kitchens with the card on the fridge door, staff
checking plates without being asked, and people eating food they enjoy.
"""),
        ("value", "Value for money", """
The kitchen cards and placemats cost a little over £1,200 to design and print for every house. The
main cost has been therapist time: about one day a month for the observations. An emergency admission
for aspiration pneumonia in this group often means a stay of a week or more, and sometimes an intensive
care bed, so preventing even one a year more than pays for the project.

Just as important, people are enjoying their meals more. A modified diet should not mean an unappetising
one, and food that people want to eat is food they are less likely to refuse or to swap.
"""),
        ("spread", "Spreading the word", """
The cards, placemat design and plate check are free to download from the trust's website, and we have
shared them with the regional learning disability nurses' network. Two other supported living providers
in Hartsmere have asked to join, and the council has added the plate check to its quality monitoring
visits for all supported living contracts.

We presented the work at a national dysphagia conference in 2024, and a neighbouring trust is now
testing it with its own providers.

If we were starting again, we would involve the people who eat the food even earlier. The placemats,
which came from a member of the cooking club, have probably done more than anything else we designed,
because they put the information where it is needed, at the table, and they belong to the person rather
than to the staff.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1794  school meals special diets - docx - bold headings, cover table - NP
# ---------------------------------------------------------------------------
entry(
    id="I1794", format="docx", layout="bold_headings", topic="school_meals_special_diets_allergens",
    project="independent113-safeplate-1794", docx_font="Calibri",
    title="Safe Plate: getting special diets right in primary school meals",
    cover_table=[
        ("Entry title", "Safe Plate: getting special diets right in primary school meals"),
        ("Lead organisation", "Wyndham Borough Council (School Catering Service)"),
        ("Partner organisations", "Wyndham and Ellery Hospitals NHS Trust (Children's Allergy Service); Allergy Families Wyndham"),
        ("Contact", "Marion Cheadle, Head of School Catering"),
    ],
    primary_entrant=dict(name="Wyndham Borough Council", type="local_authority"),
    partners=[
        dict(name="Wyndham and Ellery Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Allergy Families Wyndham", type="patient_group"),
    ],
    sections=[
        ("context", "The problem", """
Our catering service cooks around 14,500 lunches a day for 61 primary schools across the borough. Just
over 900 of the children we feed have a special diet for medical reasons, most of them because of a
food allergy. The commonest are milk, egg, peanut, tree nuts and sesame, and a growing number of children
have more than one.

Until 2023 the system for special diets had grown up school by school. Parents gave a note to the school
office. The office passed it, sometimes, to the kitchen. The cook kept a list on the wall. Some lists
had photos, some did not. When a child moved school, or a cook went on holiday and a relief cook came
in, the information often did not travel with them. We also had no way of knowing whether a note said
'allergy' because a doctor had diagnosed one or because a parent had decided to avoid a food.

Between 2020 and 2022 we recorded 23 incidents where a child on a special diet was served, or nearly
served, a food they should not have had. Four children needed their adrenaline pen. In one case a
seven-year-old with a milk allergy was given a cheese sandwich from the packed lunch table on a school
trip day because the relief cook did not recognise her.

We realised that we could not solve this within catering alone. We needed the doctors who diagnose
children's allergies to tell us what a child can and cannot eat, in a way our cooks could use, and we
needed to stop relying on notes in book bags.
"""),
        ("evidence", "What we did and what changed", """
Since September 2023, every special diet starts with a single form that is completed by the child's GP,
the hospital allergy service or a dietitian, not by the school. The form goes straight to our central
diet team, who write an individual menu for the child and send a photo card to the kitchen. The card
shows the child's face, their name, their class, what they must not have and what to do in an emergency.
Every kitchen has a red tray that only special diet meals are served on. Relief cooks cannot start a
shift until they have gone through the cards with the school's lunchtime supervisor.

All 912 existing special diets were checked against the new form. 187 of them turned out
not to need a special diet at all, often because the child had outgrown an allergy years ago, and those
families were offered a food challenge at the hospital.

<<Q:Incidents where a child was served or nearly served a food they should not have had fell from 9 in
the 2022/23 school year to 2 in 2023/24, and neither of the two led to a reaction.>> <<Q:Adrenaline pen
use at lunchtime went from four occasions in 2022/23 to none in 2023/24.>>

We now have a clear and complete list of every child with a special diet in the borough, which we have
never had before.
"""),
        ("stakeholders", "Who was involved", """
<<S:Our school cooks were at the heart of the design: a group of eight cooks and kitchen assistants
tested three versions of the photo card in their own kitchens, and it was their idea to use a red tray
rather than a coloured sticker, which they said always fell off.>> <<S:The hospital's paediatric
allergy nurses and our dietitian wrote the medical form together, and the nurses asked us to add a box
for 'may eat in small amounts' after testing it in clinic.>> <<S:Lunchtime supervisors in four pilot
schools told us they were often the ones handing out meals and were never shown the list, so the card
check is now done with them.>>

Allergy Families Wyndham agreed to be a partner and shared our information about the new form on its
social media pages. Every family of a child with a special diet was sent a letter in the summer of
2023 explaining the new form and why it was needed. Pupils in the pilot schools filled in a short
survey about school dinners, and as most said they were happy we did not make any changes. We would
like to invite parents to join a review group when we look at the secondary school menus next year.
"""),
        ("value", "Value", """
The central diet team is two dietetic assistants, funded from within the catering budget. The red trays,
photo cards and printing cost around £3,000. Removing 187 unnecessary special diets has saved our cooks
a great deal of time and means those children can eat the same food as their friends.

Cooks say they feel more confident, and head teachers have told us they are relieved to have one clear
process.

The biggest change for our cooks is that they no longer have to interpret a parent's handwriting or
a photocopied letter from years ago. Everything on the photo card has come from a clinician, and if
something is unclear the cook rings the central diet team rather than guessing. The team answers the
phone from 7.30am, before most kitchens start cooking, so a question can be sorted out before lunch rather
than after it.
"""),
        ("spread", "Spread", """
Two neighbouring councils have asked for our form and photo card template, and one has already started
using it. We have shared the process with the national school food association. We are now working on
the same approach for the council's holiday activities and food programme, which feeds children in the
summer holidays in community venues.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1795  allergen information on a takeaway app - pdf - bullet lists -
#        PRIVATE primary entrant (ineligible)
# ---------------------------------------------------------------------------
entry(
    id="I1795", format="pdf", layout="bullet_lists", topic="takeaway_app_allergen_information",
    project="independent113-askfirst-1795", pdf_font="DejaVuSans", pdf_align="L",
    title="Ask First: putting real allergen information into takeaway orders",
    cover=[
        "Primary entrant: Dishdash Delivery Ltd",
        "Working with: Corrington City Council (Trading Standards and Food Safety); University of North Corrington (School of Food Science)",
        "Contact: Head of Food Safety and Trust, Dishdash Delivery Ltd",
    ],
    primary_entrant=dict(name="Dishdash Delivery Ltd", type="private"),
    partners=[
        dict(name="Corrington City Council", type="local_authority"),
        dict(name="University of North Corrington", type="university"),
    ],
    sections=[
        ("context", "Why we did it", """
Dishdash is a takeaway ordering and delivery app used by about 2,300 restaurants and takeaways in
Corrington and the surrounding towns. Many of them are small independent businesses: pizza shops,
curry houses, chip shops, burger vans and home bakers.

The law says that customers ordering food at a distance must be able to get allergen information before
they order and when the food arrives. In practice, on our app and on most others:

- the 'allergy info' link on many menus just said 'please call the restaurant'

- when customers did call, the person answering was often a delivery driver or someone who had not made the food

- notes typed into the order box ('NO NUTS PLEASE') went to the kitchen printer in small print at the bottom of a ticket and were easily missed

- menus were often set up once and never updated when a recipe or a supplier changed

In 2022 the council's food safety team investigated two serious allergic reactions in young people after
takeaway meals ordered through apps, one through ours. In both cases the customer had typed an allergy
note and the food still contained the allergen. The council came to us and asked what we could do. We
decided we had to stop treating allergens as an optional extra.

We also looked honestly at our own data. Allergy notes were typed into roughly one order in forty, and
our customer service team handled allergy complaints in the same queue as late deliveries and cold
chips. There was no routine way for a complaint about an allergen to reach the council, and no way for
the council to see which businesses on our platform had the most problems. The restaurants themselves
were often unaware that the law applied to them in the same way as to a shop selling packaged food.
"""),
        ("evidence", "What changed", """
From June 2023 we introduced Ask First:

- every dish on every menu must have the 14 major allergens recorded before the menu can go live, using a checklist the university designed

- restaurants must confirm their allergen information every three months or the dish is hidden

- customers can set their allergies in their profile and dishes containing them are clearly marked

- allergy notes now print at the top of the kitchen ticket in large bold type, and the restaurant must tap 'allergy checked' before the order can be given to a driver

- trading standards officers use our data to choose which businesses to visit first

Results so far (June 2022 to May 2023 compared with June 2023 to May 2024):

- <<Q:complaints to us about allergens in delivered food fell from 212 to 67>>

- <<Q:allergic reactions reported to us by customers fell from 31 to 9>>

- <<Q:menus with complete allergen information went from 38% to 97%>>

- trading standards made 164 visits using our data, and found allergen problems in 41 of them
"""),
        ("stakeholders", "Who helped", """
- <<P:we ran two workshops with 22 young adults with food allergies, recruited through the university, who told us that they never trusted the 'call the restaurant' link and wanted to see allergens on the dish itself before they chose it>>

- <<P:the same group tested the allergy profile on their own phones and asked for a big red warning rather than a small icon, which is what we built>>

- <<P:a mother whose son had a reaction after a takeaway meal shared her story with our product team and reviewed the wording of the warnings>>

- <<S:trading standards officers worked with our product designers to decide which allergen fields should be mandatory, and changed their own inspection checklist to match>>

- <<S:owners and cooks from 15 small takeaways tested the 'allergy checked' button for a month and told us it slowed them down at busy times, so we moved it to the same screen as 'order ready'>>

- <<S:food science researchers at the university checked a sample of 300 menus against recipes and helped us write the checklist>>
"""),
        ("value", "Value", """
- the development work was paid for by Dishdash, with no cost to the NHS or the council

- restaurants pay nothing extra to use Ask First

- a single serious allergic reaction can mean an ambulance, an emergency department visit and sometimes an intensive care admission

- customers with allergies order more often now that they trust the information, which is good for the restaurants as well
"""),
        ("spread", "Spread", """
- Ask First is now live in every city where Dishdash operates

- we have shared our mandatory allergen fields with the other main delivery apps and offered them the design free of charge

- the university is writing up the menu checking work for publication

- the council has presented the partnership to the regional trading standards group

- we are working with the university on a second phase that will test whether photos of the actual dish help customers spot hidden allergens such as sesame in sauces and nut oils in dressings

- our customer service team now sends every allergy complaint to the relevant council food safety team within one working day
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1796  blocked and dislodged feeding tubes out of hours - docx - numbered
#        questions - ambulance trust lead - NS
# ---------------------------------------------------------------------------
entry(
    id="I1796", format="docx", layout="numbered_questions", topic="home_feeding_tube_out_of_hours",
    project="independent113-tubeline-1796", docx_font="Arial",
    title="TubeLine: out-of-hours help for people whose feeding tube blocks or falls out at home",
    cover=[
        "Lead organisation: Severnmoor Ambulance Service NHS Foundation Trust",
        "Partners: Severnmoor Community Healthcare NHS Trust (Home Enteral Nutrition Team); Larkhill Gastrostomy Support Network (charity)",
        "Submitted by the Consultant Paramedic for Urgent Care",
    ],
    primary_entrant=dict(name="Severnmoor Ambulance Service NHS Foundation Trust", type="emergency_service"),
    partners=[
        dict(name="Severnmoor Community Healthcare NHS Trust", type="nhs_trust"),
        dict(name="Larkhill Gastrostomy Support Network", type="charity"),
    ],
    sections=[
        ("context", "1. What was the patient safety problem and why did it need a partnership?", """
Around 1,100 adults and children in our area are fed through a gastrostomy tube at home. Most of the
time the tube works well and the home enteral nutrition team and the feed company look after them during
the day. The trouble starts when a tube blocks, leaks or falls out in the evening, overnight or at the
weekend, when the nutrition team is closed.

A gastrostomy that has come out needs something put back into the hole within a few hours, or the tract
starts to close and the person may need an operation to have a new tube placed. Until this work began,
the only option out of hours was usually to ring 999 or 111. An ambulance would be sent, often with a
long wait because a tube problem is rightly not treated as life-threatening, and the person would be
taken to the emergency department, where staff who rarely see gastrostomy problems would try to help.

That meant long waits in a busy department for people who are often frail, disabled or very young,
missed feeds and missed medicines, and far too many tracts closing. We heard of a teenager with
cerebral palsy who waited nine hours in the emergency department with his mother overnight, with no feed
and no anti-seizure medicine, and then needed a general anaesthetic to have a new tube placed.

The ambulance service could not fix this alone, and neither could the nutrition team, who only work
weekdays. Together we could.

The charity that supports people with gastrostomies had been collecting stories like this for years.
Its helpline heard from families who had driven to the emergency department with a spare tube in a
freezer bag, hoping someone there would know how to fit it, and from adults living alone who had taped
a dislodged tube back over the hole and waited until Monday. When the charity brought these stories to
the nutrition team and to us, it was clear that the gap was not clinical knowledge, which existed in
the nutrition team, but access to it outside office hours. The ambulance service already runs a
clinical hub that is staffed day and night by senior paramedics and nurses. It made sense to put the
two together.
"""),
        ("evidence", "2. What has changed and what is the evidence?", """
TubeLine started in October 2023. People on the home enteral nutrition team's caseload now have a card
with a direct number that goes to the ambulance service's clinical hub. A specialist paramedic takes the
call, and talks the person or carer through replacing a balloon gastrostomy if they have been taught
to do this. If they have not, or it does not work, a paramedic from our urgent care team visits with a
replacement kit and a tract-saving device. The next morning the nutrition team gets an electronic
handover and phones the family.

<<Q:Emergency department attendances for gastrostomy problems in people on the caseload fell from 214 in
the twelve months before TubeLine to 61 in the first twelve months.>> <<Q:Cases where the tract had
closed and the person needed a new tube placed in hospital went down from 38 to 9.>> <<Q:The average time
from the tube coming out to something being put back into the tract fell from 6 hours 40 minutes to 1
hour 55 minutes.>>

The clinical hub took 486 TubeLine calls in the first year and 61% were resolved over the phone.

Most of the remaining calls were handled by a paramedic visit at home, and only a small number of
people still needed to go to hospital, usually because the tube had been placed recently and the tract
was not yet established, or because there were signs of infection or bleeding. Those people now arrive
with a clear handover and are seen by the surgical team rather than waiting in the general queue.
"""),
        ("spread", "3. How has the work been spread or shared?", """
The ambulance service is extending TubeLine to the neighbouring county from April 2025, where the
community trust's nutrition team has agreed to take the morning handovers. We have presented TubeLine at
the national ambulance urgent care forum and written a short guide for other ambulance services.
"""),
        ("value", "4. What has been the impact on experience and value for money?", """
A gastrostomy kit costs about £40, and a tract-saving device a few pounds. An emergency department
attendance and, when needed, a new tube placed under sedation or anaesthetic cost many times that, and
every avoided attendance frees an ambulance for someone else.

Families tell us they feel less alone at night. One father said that knowing there is someone to ring
who understands tubes has changed how he feels about weekends.
"""),
        ("stakeholders", "5. Who was involved and how?", """
<<P:The Larkhill Gastrostomy Support Network brought together twelve people who are tube-fed and parents
of tube-fed children, and they told us that what frightened them most was being sent to the emergency
department, so we designed TubeLine to keep people at home wherever possible.>> <<P:Parents in the
network wrote the words on the TubeLine card and chose to put the tube's size and balloon volume on the
back, because they said paramedics always asked for them.>> <<P:Two young adults who are tube-fed tested
the phone line in a rehearsal and asked that the specialist paramedic speak to them directly rather than
to their carer, which is now in the call script.>>

Our 34 urgent care paramedics were trained in gastrostomy replacement by the nutrition team's nurses
over the summer of 2023. Our consultant paramedic wrote the clinical protocol and the kit list. Control
room staff were briefed on how to transfer calls to the hub. We plan to hold a review with paramedics
and the nutrition team after the second year.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1797  malnutrition screening at food banks - pdf - caps headings -
#        university lead - NQ
# ---------------------------------------------------------------------------
entry(
    id="I1797", format="pdf", layout="caps_headings", topic="food_bank_malnutrition_screening",
    project="independent113-morethanaparcel-1797", pdf_font="LiberationSans", pdf_align="J",
    title="MORE THAN A PARCEL: finding malnutrition among people who use food banks",
    cover=[
        "LEAD: University of Castlebeck, Department of Nutrition and Dietetics",
        "PARTNERS: Castlebeck Food Bank Network; NHS Castlebeck and Tees Vale Integrated Care Board",
        "CONTACT: Senior Lecturer in Dietetics",
    ],
    primary_entrant=dict(name="University of Castlebeck", type="university"),
    partners=[
        dict(name="Castlebeck Food Bank Network", type="charity"),
        dict(name="NHS Castlebeck and Tees Vale Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
Food banks are usually thought of as a response to hunger, and they are. But the people who use them
are also at high risk of malnutrition, and hunger and malnutrition are not the same thing. Someone can
fill up on bread and pasta from a parcel and still be losing weight and muscle, short of protein and
vitamins, and at risk of falls, infections and poor healing.

The eleven food banks in the Castlebeck network give out about 19,000 parcels a year. When our
dietetics students volunteered at them, they kept meeting the same people: older men living alone who
had lost weight after a bereavement, people with cancer or Crohn's disease who could not manage what
was in a standard parcel, people recovering from surgery, women who were skipping meals so their
children could eat. Very few of them had been weighed by anyone in the past year. Most had never been
asked about their appetite. Some were on oral nutritional supplements on prescription but had stopped
collecting them because they could not afford the bus fare to the pharmacy.

Nobody was looking for malnutrition at the food bank, and the NHS did not know these people were at
risk. The food banks, for their part, had no way to refer anyone and no training in what to look for.

At the same time, the NHS was paying for malnutrition at the other end. Local hospital data showed that
people from the most deprived neighbourhoods were admitted with malnutrition-related problems, such as
falls, pressure ulcers and infections, far more often than people from the least deprived, and stayed
longer once they were in. The integrated care board had made reducing these differences one of its
priorities, but had no obvious way to reach people before they became ill. The food banks were already
seeing many of them every week.
"""),
        ("evidence", "WHAT WE HAVE DONE AND WHAT WE KNOW SO FAR", """
More Than a Parcel began in January 2024 in four food banks and was extended to all eleven in
September 2024. Volunteers offer a short, five-question screening conversation, based on a validated
tool, to every adult collecting a parcel. People who score as at risk are offered a referral to a
community dietitian, whom the integrated care board funds to run a drop-in at the food bank once a
fortnight, and a 'high-energy' parcel with more protein and ready-to-eat
foods.

By the end of December 2024:

- 2,947 people had been offered screening, and 2,102 agreed

- 611 people were found to be at risk of malnutrition, and 187 of them were at high risk

- 344 people were seen by the food bank dietitian, and 96 were started on oral nutritional supplements

- 73 volunteers have been trained to carry out the screening

- the food banks gave out 1,480 high-energy parcels

We set ourselves a target that 80% of people found at high risk would be seen by a dietitian within
four weeks. We are currently at 64% and are working on how to improve this. We do not yet have follow-up
weights for most people, because many only come to the food bank a few times, and we are setting up a
proper evaluation with the university's ethics committee for 2025.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<P:Before we started, we spent three afternoons at food banks asking people who were collecting
parcels what they thought, and they told us firmly that they would not fill in a form or step on a
scale in front of others, so the screening is a conversation in a private corner and weighing is only
offered in the dietitian's room.>> <<P:Members of the network's 'experts by experience' panel, who have
all used food banks themselves, tasted and rejected two early versions of the high-energy parcel and
chose the foods that are in it now.>>

<<S:Food bank volunteers and managers from the first four sites met with us every month during the
pilot, and it was the volunteers who said that the screening questions sounded like a benefits
assessment and rewrote them in everyday language.>> <<S:The community dietitians helped decide where to
set the referral threshold after seeing how many people came through in the first month.>>
"""),
        ("value", "VALUE", """
The dietitian drop-ins cost the integrated care board £38,000 a year. The high-energy parcels cost about
£4 more than a standard parcel, and the difference is paid from a grant from a local charitable trust.
Malnutrition costs the NHS a great deal in extra GP appointments, hospital admissions and longer stays,
and finding it early, in a place people already go to, should be far cheaper than finding it late in
hospital.

For our students, the project has been a placement unlike any other, and several have said it changed
how they think about their future work.
"""),
        ("spread", "SPREAD", """
The screening conversation and parcel list are free for any food bank to use. We have presented the work
to the national food bank network's annual meeting and to the British dietetics conference. Two other
integrated care boards have asked for the dietitian drop-in model.

Next year we plan to add a short module on malnutrition to the induction that every new food bank
volunteer completes, and to test whether a follow-up phone call from a dietetics student four weeks
after referral helps more people to take up their appointment.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1798  choking at lunch clubs and day centres - docx - rubric headings -
#        council lead - NP
# ---------------------------------------------------------------------------
entry(
    id="I1798", format="docx", layout="rubric_headings", topic="lunch_club_choking_older_people",
    project="independent113-safelunch-1798", docx_font="Calibri",
    title="Safe Lunch: reducing choking at lunch clubs and day centres for older people",
    cover=[
        "Lead: Ashwell County Council, Adult Social Care (Day Opportunities)",
        "Partners: Ashwell Community NHS Trust (Adult Speech and Language Therapy); Age Together Ashwell (charity)",
        "Prepared by the Day Opportunities Service Manager",
    ],
    primary_entrant=dict(name="Ashwell County Council", type="local_authority"),
    partners=[
        dict(name="Ashwell Community NHS Trust", type="nhs_trust"),
        dict(name="Age Together Ashwell", type="charity"),
    ],
    sections=[
        ("context", "Why was the partnership needed and what were its patient safety goals?", """
Every weekday, around 1,600 older people in Ashwell eat lunch at one of the council's six day centres or
at one of the 38 lunch clubs run by Age Together Ashwell and other voluntary groups in village halls and
church rooms. For many of them it is the main meal of the day and the main social contact of the week.

Many of the people who come have swallowing problems that nobody has ever written down. Some have had a
stroke, some have Parkinson's or dementia, some have poor teeth or dentures that do not fit. Lunch clubs
are run by volunteers, and the food is often brought in from a caterer or cooked in a small kitchen.
Day centre staff are care workers, not therapists.

In 2022 a man of 84 choked on a piece of roast beef at a lunch club in one of our market towns. The
volunteers did not know what to do and he died before the ambulance arrived. At the inquest it came out
that his family had been told by a hospital therapist the year before that he should have soft food, but
the lunch club did not know. Our own records showed 26 choking episodes at day centres and lunch clubs
in the two years before his death, most of them involving meat, bread or dry cake.

Our goals were simple: that every club and centre knows who is at risk, that food is served safely for
them, and that someone present always knows what to do when a person chokes.

Nobody had ever asked lunch clubs to think about swallowing. They are not registered with the care
regulator, they are not inspected, and many are run by volunteers who are themselves in their seventies.
Day centres are registered, but our own care plans for day centre users rarely said anything about
eating, because the assessment forms did not ask. The community trust's therapists, meanwhile, wrote
careful recommendations that went to the GP and the person's home, but never to the places where the
person actually ate their main meal several times a week.
"""),
        ("evidence", "What evidence is there of improvement?", """
From April 2023, the speech and language therapy team trained a 'mealtime lead' at every day centre and
lunch club. Each club now has a simple sign-up form that asks new members three questions about eating
and drinking, and anyone who says yes to any of them is offered a visit from a therapy assistant. Soft
and bite-sized options are now on every menu, and every club has a choking response card on the wall.

By March 2024, 212 staff and volunteers had been trained, and 143 members had been seen by a therapy
assistant.

<<Q:Choking episodes reported across day centres and lunch clubs roughly halved, from 13 in 2022/23 to
6 in 2023/24, even though more clubs were reporting.>> <<Q:Episodes that needed an ambulance fell from
five to one.>>
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Day centre cooks and care workers worked with the therapists to go through the menus dish by dish,
and it was the cooks who suggested serving roast meat minced in gravy on the same plate as everyone
else, so nobody feels singled out.>> <<S:Lunch club volunteers at Age Together tested the sign-up
questions for two months and told us the original wording sounded like a medical form, so they reworded
it.>> <<S:The council's occupational health advisers and the charity's volunteer coordinator agreed
together how first aid would be refreshed each year.>>

Members of the lunch clubs are the ones who benefit most from Safe Lunch. They were given a leaflet
about safe eating at the start of the programme. We asked members at three clubs to fill in a feedback
card about the new menus, and the responses were very positive, so the menus were kept as they were.
We did not hold separate meetings with members or their families at this stage.
"""),
        ("value", "What has been the impact and value for money?", """
The training is given by therapy assistants and costs the community trust about £14,000 a year in staff
time, paid for from the council's better care fund allocation. The menu changes cost nothing. A single
choking death is a tragedy for a family and a community, and each ambulance call avoided is an
ambulance free for someone else.

Volunteers say they feel much more confident, and several clubs have recruited new volunteers since the
training started.
"""),
        ("spread", "How has the work been shared and spread?", """
Age Together has adopted the sign-up form and choking card for all its lunch clubs across the county,
including those not funded by the council. The community trust has shared the training pack with two
other trusts. We have presented Safe Lunch to the county's care providers' forum and to the regional
association of directors of adult social services.

We are now talking to the county's school meals contractor, which supplies the food for eleven of the
lunch clubs, about producing a soft and bite-sized version of every main course so that clubs do not
have to adapt meals themselves. The contractor has agreed in principle and a trial is planned for the
spring.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1799  thickened drinks at the wrong consistency at home - pdf - two
#        columns - one trust's own teams, NO partner (ineligible)
# ---------------------------------------------------------------------------
entry(
    id="I1799", format="pdf", layout="two_column", topic="thickened_drinks_consistency_home",
    project="independent113-justright-1799", pdf_font="LiberationSerif",
    title="Just Right: helping people get thickened drinks to the right consistency at home",
    cover=[
        "Entrant: Pendlebrook Community and Mental Health NHS Trust",
        "Teams involved: Adult Speech and Language Therapy; District Nursing; Community Pharmacy Technicians; Patient Experience Team",
        "Author: Speech and Language Therapy Team Lead, North Locality",
    ],
    primary_entrant=dict(name="Pendlebrook Community and Mental Health NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "The issue", """
Thickened drinks are one of the commonest things a speech and language therapist recommends for people
with dysphagia. Thickening a drink slows it down so that the person has time to close off their airway
and swallow safely. Get the thickness wrong and the benefit is lost: too thin and the drink can go into
the lungs, too thick and the person may not drink enough, becoming dehydrated and constipated, or the
drink may stick in the throat.

In hospital and in many care homes, drinks are made up by staff who do it many times a day. At home it
is usually a husband, a daughter or the person themselves, using a tub of powder and a scoop. The
instructions on the tub vary by brand, the scoops differ in size, and some drinks, such as milk and
orange juice, thicken differently from water. People told us they had been shown once, in hospital,
and then left to it.

Our therapists started to take a cup with them on home visits and ask people to make a drink as they
normally would. Of the first 40 drinks they tested using the standard flow test, more than half were the
wrong level, most often too thick. One woman had been making her husband's tea so thick he could stand
a spoon in it, because she was frightened of him choking, and he had been admitted twice with
dehydration.

The problem was not carelessness. Carers were doing exactly what they had been shown, once, usually
on the day of discharge when they had a hundred other things to take in. Different tubs come with
scoops of different sizes, and when the pharmacy changed the brand, as happened often because of supply
problems, nobody told the carer that the number of scoops needed to change. A district nurse might
visit for a wound or an injection and never see a drink being made. Our therapists might not see the
person again for months.
"""),
        ("evidence", "What changed", """
We changed three things from May 2023. Every person newly recommended thickened drinks at home now gets a
home visit within two weeks where a therapist or district nurse watches them make a drink and does the
flow test with them. Each person gets a 'Just Right' card that shows, with photos, how many scoops to
use for their own brand and their own level with the drinks they actually drink. And our pharmacy
technicians check at every repeat prescription that the brand has not changed without anyone telling
the person.

<<Q:When therapists re-tested drinks made at home six weeks after the visit, the proportion at the right
level rose from 46% before Just Right to 89% afterwards.>> <<Q:Admissions for dehydration or urinary
infection among people on thickened drinks at home fell from 37 in 2022/23 to 19 in 2023/24.>>
<<Q:Chest infections treated by GPs in the same group went down by about a third.>>
"""),
        ("stakeholders", "Who took part", """
<<P:We asked five carers who make thickened drinks every day to try out draft cards in their own
kitchens; they told us to drop the wording about 'IDDSI levels' and to use photos of real cups, not
diagrams.>> <<P:A man who thickens his own drinks after a stroke showed us that he could not open the
tub with one hand, and the card now suggests asking the pharmacy for an easy-open lid.>>

<<S:District nurses in the north locality tested the home visit checklist over three months and asked
for the flow test syringe to be added to their standard bag, which has now been done.>> <<S:Our pharmacy
technicians pointed out that brand changes at the wholesaler were a hidden cause of mistakes and
designed the repeat prescription check.>>
"""),
        ("value", "Value", """
A home visit takes about 40 minutes. Each card costs a few pence to print. Every hospital admission
avoided saves several thousand pounds, and people spend less time ill at home.

Carers say they feel less anxious about getting it wrong.

The approach also helps our own teams. District nurses who used to feel that thickened drinks were
'the therapists' business' now check drinks as part of an ordinary visit, and therapists spend less
time on repeat visits to people whose drinks were never right in the first place.
"""),
        ("spread", "Spread", """
Just Right is now part of the standard dysphagia pathway in all three localities of the trust. The
cards are on the trust's website for anyone to use, and we have shared them with the regional network of
adult speech and language therapy leads.

We have also raised the wider problem of scoop sizes and brand changes with the regional medicines
optimisation group, and asked whether thickener brands could be kept the same for each person unless a
clinician agrees to a change. The group has agreed to look at this as part of its next formulary
review.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1800  texture-modified diets in care home kitchens - pdf - form table -
#        ICB lead - NS
# ---------------------------------------------------------------------------
entry(
    id="I1800", format="pdf", layout="form_table", topic="care_home_kitchen_iddsi_levels",
    project="independent113-onthelevel-1800", pdf_font="LiberationSans",
    title="On the Level: texture-modified food in care home kitchens",
    cover_table=[
        ("Entry title", "On the Level: texture-modified food in care home kitchens"),
        ("Lead organisation", "NHS Marchfield Integrated Care Board"),
        ("Partners", "Marchfield Care Association; Greenvale Fine Foods Ltd (care home catering supplier)"),
        ("Entrant", "Dr Priya Ramnath, Care Homes Clinical Lead, NHS Marchfield ICB"),
    ],
    primary_entrant=dict(name="NHS Marchfield Integrated Care Board", type="icb"),
    partners=[
        dict(name="Marchfield Care Association", type="charity"),
        dict(name="Greenvale Fine Foods Ltd", type="private"),
    ],
    sections=[
        ("context", "What was the problem and why did you need a partnership?", """
Marchfield has 142 care homes, most of them small and independently owned. Between a quarter and a third
of residents in a typical home need food or drink modified because of dysphagia. In 2019 the country
moved to the IDDSI framework, which describes eight levels of food and drink texture with simple tests
for each. Hospitals and therapists now write every recommendation in IDDSI terms.

Care home kitchens did not always keep up. Our care home support team, which visits homes when there is
a safety concern, kept finding the same problems: 'soft' diets that were really normal food cut up,
'pureed' meals with lumps or with separate thin liquid, bread and biscuits given to people who should not
have them, and a lot of confusion about the old and new names. In 2022 there were 41 reported choking
incidents in Marchfield care homes, four of them fatal, and several more hospital admissions for
aspiration pneumonia that the coroner linked to the texture of food.

The ICB does not run care homes, cook their food or employ their staff. What it can do is bring the
right people together and pay for support.

Part of the difficulty was the sheer variety of ways food reached a resident's plate. Some homes cooked
everything from scratch, some bought in ready meals, and many did a mixture, with the main meal cooked
and the tea-time meal bought in. Texture-modified food was often made by blending a normal meal with
extra liquid, which made it thinner and less nourishing as well as harder to get to the right level.
Agency cooks covering holidays and sickness had no training at all. And because most homes are small,
a single cook leaving could undo years of good practice overnight.

The care association, which represents most of the independent homes, had already raised the issue with
us, and the catering supplier, which provides pre-prepared meals to about half the homes in the area,
wanted to develop a texture-modified range but did not know where to start. Bringing the three together
seemed the obvious thing to do.
"""),
        ("stakeholders", "How did you involve patients, carers and staff?", """
<<P:The people who would eat the food had the final say: the Marchfield Residents' Voice group, made up
of residents from nine care homes, tasted every dish in the new pre-prepared range and turned down three
of them as too bland or too dry, and those dishes were changed before they went on sale.>> <<P:Their
relatives were involved too, and two daughters who visit at mealtimes most days suggested the picture
placemats that show each resident's level, which are now used in 60 homes.>>

Cooks and chefs from all 142 homes were invited to a one-day IDDSI training course run by the care
association, and 118 attended. Care home managers were briefed at the association's quarterly meeting.
The catering supplier agreed to label all its texture-modified products with the IDDSI level. Our
clinical lead, Dr Ramnath, chaired the programme board and wrote the audit tool.
"""),
        ("evidence", "What evidence do you have of improvement?", """
The care home support team carries out an unannounced mealtime audit in each home once a year, using the
IDDSI tests on every modified meal served that lunchtime. <<Q:The proportion of modified meals that
passed the test at the right level rose from 58% in the 2022 audit to 91% in 2024.>> <<Q:Reported choking
incidents in care homes fell from 41 in 2022 to 17 in 2024.>> <<Q:Admissions from care homes with
aspiration pneumonia went down from 96 to 71 over the same period.>>

The audit is carried out the same way each year, by the same small team, and results are fed back to
each home on the day. Homes that scored below 75% in 2022 were given a follow-up visit within three
months, and most of the improvement came from those homes. We recognise that the number of homes buying
pre-prepared texture-modified meals also grew over the period, and that some of the improvement may be
due to that rather than to training alone.
"""),
        ("value", "What has been the impact on patient and staff experience and value for money?", """
The training and audits cost the ICB £52,000 over two years. Homes that buy pre-prepared texture-modified
meals from the supplier pay about the same as before. An admission with aspiration pneumonia in a frail
older person often lasts ten days or more, at a cost of several thousand pounds, and many do not return
to their previous health.

Residents have told visitors that the food looks and tastes better. Cooks say they finally understand
what the levels mean.

For the care home support team, the annual audit has also become a useful way into homes that were
previously reluctant to ask for help. A home that scores poorly is offered a follow-up visit and
coaching for its kitchen staff, rather than a report to the regulator, and almost every home has taken
up the offer.
"""),
        ("spread", "How have you shared and spread the work?", """
The audit tool and training pack have been shared with every ICB in the region. The care association has
offered the training to domiciliary care agencies, whose workers often prepare meals for people at home.
The supplier now labels its products with IDDSI levels nationally.

We are now looking at how the same audit could be used in supported living and extra care housing,
where meals are often prepared by care workers with even less training than care home cooks.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1801  children fed by gastrostomy in mainstream schools - docx -
#        reordered sections - children's community nursing lead
# ---------------------------------------------------------------------------
entry(
    id="I1801", format="docx", layout="reordered", topic="gastrostomy_children_mainstream_school",
    project="independent113-tubesatschool-1801", docx_font="Calibri",
    title="Fed Safely at School: supporting children with gastrostomy tubes in mainstream schools",
    cover=[
        "Lead: Kellerby Children's Community Services, part of Kellerby and Wolds Community NHS Trust",
        "Partners: Kellerby City Council (Special Educational Needs and Disability Service); Kellerby Parent Carer Forum",
        "Children's Community Nursing Team Manager",
    ],
    primary_entrant=dict(name="Kellerby and Wolds Community NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Kellerby City Council", type="local_authority"),
        dict(name="Kellerby Parent Carer Forum", type="patient_group"),
    ],
    sections=[
        ("evidence", "What has changed", """
The short version is that fewer children are being sent home from school or to hospital because of a
problem with their tube, and the school staff who feed them are doing it the same way every time.

<<Q:In the school year before the project, 2021/22, children on our caseload had 57 unplanned trips home
or to hospital from school because of a tube problem; in 2023/24 there were 19.>> <<Q:Feeding errors
reported by schools, such as a feed given too fast, a wrong volume or a pump set up incorrectly, fell by
about a third over the same period.>> <<Q:Half-day absences from school linked to tube problems dropped
from 212 to 88.>>

Every one of the 83 tube-fed children in Kellerby's mainstream primary and secondary schools now has a
single school feeding plan, kept in a red folder in the school office, and at least two named staff in
each school who have been signed off as competent by a children's community nurse.
"""),
        ("context", "Why we started", """
More and more children who are fed by a gastrostomy tube go to mainstream school, and that is how it
should be. But feeding a child through a tube is a clinical task, and in most schools it is done by a
teaching assistant who may have been shown once by a parent in the playground.

Our nurses were hearing the same worries from schools again and again. Who is allowed to do this? What
happens if the tube comes out at lunchtime? What if the pump alarms in the middle of a maths lesson? Some
schools asked parents to come in at lunchtime to feed their own child, which meant the parent could not
work. Others quietly stopped giving the lunchtime feed, and the child went hungry until home time. A few
sent the child home every time the tube leaked.

In 2022 a ten-year-old girl was given her whole afternoon feed as a single fast bolus by a supply
teaching assistant who had not seen her plan. She vomited, inhaled some of it and spent three days in
hospital with aspiration pneumonia. Her mother told us afterwards that the school had three different
versions of the feeding instructions and nobody knew which was current.

Health, education and families each held part of the answer. We had the clinical knowledge, the council
held the education, health and care plans that say what support a child gets at school, and families
knew their children better than anyone.

What was missing was a single, shared way of doing things. Our nurses were training school staff, but
training was given when a child started school and rarely repeated, and when the trained teaching
assistant left, the knowledge left with them. Education, health and care plans often said only 'requires
support with gastrostomy feeding' without saying who would provide it or how they would be trained.
Schools did not know who to ring when something went wrong, and our nurses, who cover a large patch,
could not always get to a school quickly.
"""),
        ("stakeholders", "Who was involved", """
<<P:The Kellerby Parent Carer Forum brought together a group of parents of tube-fed children who met
with us six times to design the school feeding plan, and it was the parents who insisted it fit on one
side of paper with a photo of the child's own pump.>> <<P:Several of the older children were asked what
they wanted too, and they told us they hated being fed in the school office where other pupils could see,
so the plan now includes where the child would like to be fed.>>

<<S:Teaching assistants and special educational needs coordinators from ten schools tested the plan and
the competency sign-off, and they asked for a short video of each child's feed that they could watch
before a shift, which we now record with the family's permission.>> <<S:Council SEND caseworkers worked
with our nurses to make the feeding plan part of each child's education, health and care plan, so it is
reviewed every year.>>
"""),
        ("value", "Value", """
Each competency sign-off takes a nurse about two hours in school, and the videos are recorded on a
trust tablet. Fewer trips to the emergency department and fewer days off school are good for children,
families and the NHS. Parents are able to work, because they are no longer called in every lunchtime.

Head teachers tell us the competency sign-off has given their staff confidence, and governors like
having a clear record of who is trained. For our own nurses, school visits are now planned, rather than
a scramble after something has gone wrong, which makes much better use of their time.
"""),
        ("spread", "Spreading and sharing", """
The school feeding plan has been adopted by the two special schools in Kellerby as well, and by the
council's school transport team for children who are fed on long journeys. We have shared it through
the regional children's community nursing network.

Not everything was our idea. <<P:The video library was improved after it was watched by a group of young people with tubes, who were then asked to record short clips explaining in their own words what they need at school, and those clips are now shown at the start of every school training session.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1802  allergen labels on food prepacked for direct sale - pdf - with
#        appendix - council environmental health lead - NQ
# ---------------------------------------------------------------------------
entry(
    id="I1802", format="pdf", layout="with_appendix", topic="prepacked_direct_sale_allergen_labels",
    project="independent113-labelitright-1802", pdf_font="LiberationSerif", pdf_align="L",
    title="Label It Right: allergen labelling in small bakeries, cafes and market stalls",
    cover=[
        "Lead entrant: Dunmere District Council, Environmental Health and Food Safety",
        "Partners: Anaphylaxis Support North (charity); Dunmere College of Further Education (Catering and Hospitality)",
        "Written by the Lead Food Safety Officer",
    ],
    primary_entrant=dict(name="Dunmere District Council", type="local_authority"),
    partners=[
        dict(name="Anaphylaxis Support North", type="charity"),
        dict(name="Dunmere College of Further Education", type="public_other"),
    ],
    sections=[
        ("context", "Background", """
Since October 2021 food that is made and packed on the same premises where it is sold, such as a
sandwich wrapped in a cafe or a cake boxed up in a bakery, has had to carry a full ingredients label
with allergens emphasised. This change in the law followed the death of a teenager who ate a baguette
containing sesame that was not labelled.

Large chains had teams of technologists to prepare for this. Small businesses did not. Dunmere has more
than 600 food businesses, and our officers estimated that around 240 of them sell food prepacked for
direct sale: independent bakeries, sandwich bars, farm shops, butchers selling pies, and stalls at our
three weekly markets and the seasonal food festivals. Many are run by one or two people, some with
English as a second language, and few had ever written an ingredients label.

On routine inspections in 2022 our officers kept finding the same problems: no label at all, labels
that listed the allergens but not the other ingredients, labels printed once and not changed when a
recipe changed, and 'may contain' warnings used instead of proper information. We also had two
complaints that year from parents whose children had reactions after eating cakes bought at a market.

Enforcement alone was not going to fix this. Most of these businesses wanted to get it right and did not
know how.

We also knew that a lot of the food sold at markets and festivals comes from people who do not think of
themselves as a food business at all: home bakers selling cakes on a Saturday, a community group selling
samosas at a fundraising stall, a farm selling its own pies from a trestle table. Many of them were
registered with us but had never had an inspection, because our inspection programme rightly
concentrates on the higher-risk premises. The college's catering department, which trains many of the
town's future chefs and bakers, was looking for ways to give its students real experience of food law,
and the charity wanted to help young people with allergies to shop and eat out more safely. The three
aims fitted together.
"""),
        ("evidence", "What we did and what we have found", """
Label It Right ran from March 2023 to December 2024. It had three parts. Catering students at Dunmere
College, supervised by their tutors and our officers, visited small businesses to help them write
labels for their products, using a free template and a label printer loaned by the council. Officers
used every routine inspection to check labels and give advice on the spot. And the charity ran 'ask
before you eat' sessions for young people with allergies at schools and youth groups.

In that time:

- students and officers helped 163 businesses to write labels for 2,140 products

- 38 label printers were loaned out

- 57 food business owners and staff attended one of our free evening workshops

- officers checked labels at 201 inspections, and at the last check 87% of the products we looked at were correctly labelled

- the charity delivered 24 sessions to around 600 young people

The project cost £46,000, including printers and student bursaries, paid from the council's public
health grant. Our aim is for every business selling food prepacked for direct sale to be fully
compliant by the end of 2025.
"""),
        ("stakeholders", "Who took part", """
<<P:Young people from the charity's teen allergy group acted as 'secret shoppers' at markets and food
festivals in the summer of 2023, and what they reported, that stallholders often could not answer
questions about ingredients, led us to design a laminated allergen board for every market stall.>>
<<P:The same young people chose the wording for our poster 'Ask me about allergens', which now hangs on
every stall.>>

<<S:Bakers and cafe owners from the Dunmere Independent Traders group tested the label template in their
own shops and asked us to add a space for the date the recipe was last checked.>> <<S:Catering tutors at
the college worked out with our officers how students could safely help businesses without giving
advice that officers would later have to correct, and together they wrote the visit checklist.>>
<<S:Market traders told the council's markets team that they had no power for printers on the stalls,
so the team arranged for labels to be printed for them at the market office.>>
"""),
        ("value", "Value", """
Most businesses now have labels that they can update themselves. The students gain real experience of
food law. The cost to the council is less than the cost of a single prosecution, and far less than the
human cost of a serious allergic reaction.
"""),
        ("spread", "Spread", """
The template and visit checklist have been shared with all food safety teams in the county, and two have
started their own student programmes. The Food Standards Agency's regional team has featured the project
in its newsletter to local authorities.

The college has made the business visits a permanent part of its level 3 catering course, so a new
group of students will continue the work each year without further funding from the council.
"""),
    ],
    trailer=[
        ("heading", "Appendix: the Label It Right template and data sources"),
        ("para", "The label template has five boxes: name of the food; full list of ingredients in descending order of weight, with the 14 allergens in bold; date the recipe was last checked; business name and address; storage instructions. A version in Polish, Urdu and Turkish is available."),
        ("para", "Figures on visits, products and inspections are from Dunmere District Council's food safety database. Figures on sessions are from Anaphylaxis Support North's records."),
        ("para", "Dunmere District Council, Environmental Health, Civic Centre, Dunmere DN7 2QX."),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1803  safe swallowing for people with dementia at home - docx - style
#        headings - GP federation lead - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I1803", format="docx", layout="style_headings", topic="dementia_dysphagia_family_carers_home",
    project="independent113-eatingtogether-1803", docx_font="Cambria",
    title="Eating Together Safely: swallowing support for people with dementia living at home",
    cover=[
        "Lead organisation: Brookhaven GP Federation",
        "Partners: Brookhaven and Stowe Community NHS Trust (Adult Speech and Language Therapy); Brookhaven Dementia Carers (charity)",
        "Entry from the Federation's Frailty and Dementia Lead Nurse",
    ],
    primary_entrant=dict(name="Brookhaven GP Federation", type="primary_care"),
    partners=[
        dict(name="Brookhaven and Stowe Community NHS Trust", type="nhs_trust"),
        dict(name="Brookhaven Dementia Carers", type="charity"),
    ],
    sections=[
        ("context", "Background and safety goals", """
As dementia progresses, most people develop some difficulty with eating and swallowing. They may forget
to chew, hold food in their mouth, cough during meals or lose interest in food altogether. Chest
infections from food and drink going the wrong way, weight loss and choking are common, and aspiration
pneumonia is one of the commonest causes of death in advanced dementia.

Most people with dementia in Brookhaven live at home, and the person who feeds them is usually a
husband, wife, son or daughter. These carers were getting very little help. A referral to speech and
language therapy could take four months, and by the time the therapist visited the person had often
already been admitted to hospital. GPs were prescribing antibiotics for repeated chest infections
without anyone asking what was happening at mealtimes.

Our federation runs the frailty and dementia nursing service for the 17 practices in Brookhaven. Our
nurses visit people with moderate and advanced dementia at home. We realised they were in the perfect
place to spot swallowing problems early, if only they knew what to look for and had someone to ask.

The speech and language therapy team had its own frustrations. Referrals for people with dementia
often arrived with very little information, sometimes just 'coughing with meals?', and a therapist
would drive across the county to find a carer who had already worked out what helped, or a person who
was so unwell that the visit came too late. The therapists wanted to see problems earlier and to spend
their visits on the people who most needed them.

The carers' charity, meanwhile, heard at its groups every week about mealtimes that had become a
battle: husbands who would not open their mouths, mothers who took an hour over a small bowl of soup,
and carers who were frightened every time the person coughed. Nobody had told them that this was common
or that anything could be done.
"""),
        ("evidence", "Evidence of improvement", """
Since February 2023 our dementia nurses have used a six-question mealtime screen at every home visit.
If a problem is found, they give the carer simple advice straight away, such as sitting the person
upright, offering smaller mouthfuls and softer foods, and they send a photo or short video of a
mealtime, with consent, to the speech and language therapy team's new 'dementia swallow' inbox. A
therapist replies within five working days with advice, and visits if needed.

We compared people on our caseload in the year before and the year after the change.
<<Q:Hospital admissions with aspiration pneumonia among people with dementia on our caseload fell from
64 to 38.>> <<Q:The average wait from a swallowing concern being raised to advice from a speech and
language therapist went from 16 weeks to 6 days.>> <<Q:The number of people on our caseload who had three
or more courses of antibiotics for a chest infection in a year fell from 51 to 29.>>

We also ask carers to rate their confidence at mealtimes on a scale of one to ten before and after the
advice. <<Q:Their average score went up from 4 to 8.>>
"""),
        ("stakeholders", "Involvement of patients, carers and staff", """
<<P:Brookhaven Dementia Carers arranged for us to meet fourteen family carers at three of its coffee
mornings, and they told us that the advice they had been given in hospital, such as 'level 5 minced and
moist', meant nothing to them, so our carer leaflet now uses examples from ordinary meals: shepherd's
pie rather than a steak, porridge rather than cereal.>> <<P:One carer, whose wife has Alzheimer's,
suggested the video idea after showing his GP a clip on his phone of her coughing at dinner; we built
the whole inbox around it.>> <<P:Carers also tested the leaflet in draft and asked us to add what to do
if the person refuses to eat, which had not been in it.>>

<<S:Our dementia nurses designed the mealtime screen with the speech and language therapists over
several joint sessions, and the nurses cut it from twelve questions to six so that it could be done
during an ordinary visit.>> <<S:GPs from four practices reviewed the pathway and asked for the
therapist's advice to be sent to the practice as well, so it can be added to the patient's record.>>
"""),
        ("value", "Value", """
The inbox is staffed by existing therapists, who say that a five-minute video often tells them as much
as a home visit. Each aspiration pneumonia admission avoided saves the NHS several thousand pounds and
spares a frail person a stressful stay in hospital, which often makes their dementia worse.

Above all, carers tell us they feel less alone and less frightened at mealtimes.

The federation funded the time our nurses spent on training and the screen from its existing frailty
budget, and the community trust did not need extra staff to run the inbox. The whole approach uses
people and services that were already there; what changed was how they worked together.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I1804  choking in people taking clozapine - pdf via soffice - style
#        headings - mental health trust lead - NP
# ---------------------------------------------------------------------------
entry(
    id="I1804", format="pdf", layout="style_headings", topic="clozapine_choking_community",
    project="independent113-slowdown-1804", render_via="soffice", docx_font="Liberation Serif",
    title="Slow Down, Swallow Safe: reducing choking risk in people taking clozapine in the community",
    cover=[
        "Lead organisation: Tamworth Ridge Partnership NHS Foundation Trust (Community Mental Health Services)",
        "Partner organisations: Tamworth Ridge Local Pharmaceutical Committee; Westgate Pharmacy Group Ltd",
        "Submitted by the Consultant Pharmacist, Clozapine Services",
    ],
    primary_entrant=dict(name="Tamworth Ridge Partnership NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Tamworth Ridge Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Westgate Pharmacy Group Ltd", type="private"),
    ],
    sections=[
        ("context", "The safety problem", """
Clozapine is the most effective medicine for people with schizophrenia that has not responded to other
treatments, and about 780 people in our area take it, most of them living in the community and
collecting their clozapine from a community pharmacy. It has some serious side effects that are well
known, such as a drop in white blood cells, and some that are much less well known.

One of the less well known is choking. Clozapine causes drooling and slows down the muscles of
swallowing and the gut. Many people who take it also eat very quickly, partly because of the medicine's
effect on appetite and partly because of habits formed over years in hospital or hostels. National
reports have described deaths from choking in people taking clozapine, often on bread, meat or fast
food, and often when they were eating alone.

In our own trust, two people taking clozapine died after choking on food at home in 2021, and a third
was resuscitated by a passer-by at a bus stop after choking on a burger. Reviewing these deaths, we found
that nobody had ever asked any of them about swallowing or coughing at meals. Our care coordinators had
not heard of the risk, and neither had the community pharmacists who saw them every week or fortnight.

We also realised that the usual safety nets for choking did not reach this group. People taking
clozapine are often younger than the people we usually think of as at risk of choking, and their
physical health checks concentrate on weight, blood sugar, blood fats and the heart. Swallowing does
not appear on any of the standard monitoring forms. Speech and language therapists in the community
mostly see older people after strokes and people with neurological conditions, and had rarely been asked
to see someone because of a medicine. Many people on clozapine live alone or in supported housing and
eat on their own, often fast food or sandwiches, so if they do choke there may be nobody there to
help.

None of the organisations involved could close this gap alone. The trust runs the clozapine clinics,
but most people collect their clozapine from community pharmacies, and the pharmacist is often the
health professional they see most often. The local pharmaceutical committee represents all the
pharmacies in our area, and the largest pharmacy group dispenses clozapine to more than half of our
patients.
"""),
        ("evidence", "Evidence of improvement", """
From September 2022 we added a three-question swallowing check to the routine clozapine monitoring
appointment. Anyone who reports coughing, choking or food sticking is referred to a speech and language
therapist with fast-track access. Community pharmacists ask the same three questions when they hand over
clozapine and can refer directly. The trust's physical health nurses now treat drooling and constipation
more actively, as both make choking more likely.

We track choking-related events (any choking episode needing back blows, abdominal thrusts or an
ambulance, reported by the trust, pharmacies or families) on a statistical process control chart.
<<Q:From early 2023 the chart shows a sustained shift below the previous average, with eleven
consecutive months below the centre line, and the monthly average of choking events fell from 2.1 to
0.6.>>

Referrals to speech and language therapy from the clozapine clinics rose from around two a
year to more than fifty a year, and over half of those assessed needed changes to their diet or
eating.
"""),
        ("stakeholders", "Involvement", """
<<S:Care coordinators, clozapine clinic nurses and speech and language therapists worked together over
several months to agree the three questions, and the nurses tested them in two clinics and simplified
the wording.>> <<S:Community pharmacists from the Westgate group trialled asking the questions at the
counter and told us that the consultation room was the only place people would answer honestly, which
is now in the guidance.>> <<S:The local pharmaceutical committee's clinical lead and our consultant
pharmacist jointly wrote the referral route after pharmacists on the committee raised concerns about
how they would get a quick answer.>>

The programme is designed for people who take clozapine and their families, and they are the ones who
benefit. Everyone on clozapine was given a leaflet, 'Slow down, swallow safe', at their next monitoring
appointment. Service users were not asked to help design the leaflet at the start, because we wanted to
act quickly after the deaths. Our lived experience panel will be asked to review it in 2025.
"""),
        ("value", "Value", """
The checks take a few minutes at appointments that were happening anyway. Speech and language therapy
assessments are provided within existing capacity. A choking death is a devastating and preventable
loss, and every ambulance call or admission avoided saves the NHS money.

Staff say they now see choking risk as part of physical health care for people on clozapine, not as an
afterthought.
"""),
        ("spread", "Sharing and spread", """
The three questions have been added to the clozapine monitoring template used by all mental health
trusts in our region. We have presented the work at the national clozapine forum and shared it with the
pharmacy chains that dispense clozapine. The local pharmaceutical committee has asked other committees
to adopt the pharmacy questions.

We have also written to the company that supplies the clozapine monitoring service nationally,
suggesting that the swallowing questions be added to its standard data collection, so that every
service in the country would be prompted to ask them.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1805  food at home after hospital discharge - docx - bullet lists -
#        home from hospital charity lead - NQ
# ---------------------------------------------------------------------------
entry(
    id="I1805", format="docx", layout="bullet_lists", topic="food_at_home_after_hospital_discharge",
    project="independent113-fullcupboard-1805", docx_font="Verdana",
    title="A Full Cupboard: making sure older people have food at home when they leave hospital",
    cover=[
        "Lead: Home Again Calderbrook (registered charity, home from hospital service)",
        "With: Calderbrook Teaching Hospitals NHS Trust; Fieldgate Supermarkets plc; Calderbrook Borough Council (Public Health)",
        "Written by our Service Coordinator",
    ],
    primary_entrant=dict(name="Home Again Calderbrook", type="charity"),
    partners=[
        dict(name="Calderbrook Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Fieldgate Supermarkets plc", type="private"),
        dict(name="Calderbrook Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", "The problem", """
Home Again is a small charity. Our paid coordinators and about 90 volunteers help older people settle
back at home after a stay in Calderbrook's hospitals. For years we noticed the same thing on our first
visits: an empty fridge.

Older people are often discharged in a hurry, sometimes late in the day, after a week or more in
hospital. Whatever was in the fridge has gone off. Many live alone, cannot get to the shops, cannot
carry bags, and have no family nearby. Some are too tired or unsteady to cook. They may have lost weight
in hospital and need to eat well to recover, and many are on medicines that must be taken with food.

What we saw on our visits:

- a man of 88 discharged on a Friday evening after a hip operation, who had eaten nothing but dry crackers by the time we visited on Monday

- people taking their tablets on an empty stomach and feeling sick, or not taking them at all

- people too weak to stand at the cooker, who fell while trying to make a meal

- people readmitted within days with dehydration, low blood sugar or a fall

Nobody on the ward was asking, 'Is there food at home?' It was not on any discharge checklist, and if
it was noticed, there was nothing the ward could do about it.

The hospital had transport, medicines and equipment all arranged through its discharge process, but
food fell between the cracks. Social care packages often did not start for a day or two, and care
workers are not always able to shop. The supermarket, which has a community fund and a large home
delivery service, had approached the council's public health team about how it could support older
people, and public health put us in touch. The idea came together over a single meeting.
"""),
        ("stakeholders", "How the people involved shaped it", """
- <<P:Our 'been there' group, eight older people who had themselves come home from hospital to an empty kitchen, chose what goes in the welcome home bag, and they swapped the tinned soup we had planned for ready meals that can go in a microwave, because several of them could not manage a tin opener after a stroke or with arthritis.>>

- <<P:They also told us that a phone call the evening before discharge would be more use than a leaflet, and this call is now made by a volunteer for everyone who gets a bag.>>

- <<S:Discharge coordinators and ward nurses on the three elderly care wards helped us add a single question, 'Will there be food at home?', to their discharge checklist, and they chose where in the checklist it went so it would not be missed.>>

- <<S:Staff at the supermarket's community team tested the packing and delivery process with us for a month and suggested using their home delivery vans, which already go past most of the addresses, instead of our volunteers' cars.>>

- <<S:Our volunteers asked for a simple 'fridge check' card for the first visit, which they designed with the public health dietitian.>>
"""),
        ("evidence", "What has happened so far", """
A Full Cupboard started on the three elderly care wards in May 2024. Since then:

- 1,124 patients have been asked the food question at discharge

- 418 welcome home bags have been delivered, with three days of meals, milk, bread, fruit and snacks

- 96% of bags arrived on the day of discharge or the day after

- 212 people were also referred to our volunteers for shopping help or a lunch club

- volunteers have made 1,730 follow-up phone calls

- each bag costs about £22, paid for by the supermarket's community fund

Our aim is to offer a bag to every older person discharged to live alone from any ward by 2026. We are
working with the hospital's analysts to look at readmissions for the people who received bags, but it
is too early to report those figures.
"""),
        ("value", "Value", """
- the whole project costs about £14,000 a year, including our coordinator's time

- a single readmission of an older person costs the NHS several thousand pounds

- people who eat well after discharge recover faster and are less likely to fall

- one woman wrote to us that the bag 'was the first thing that made me feel cared for at home'
"""),
        ("spread", "Spread", """
- the hospital trust is planning to include the food question on all adult wards

- two other home from hospital charities in the region have asked for our bag list and question

- the supermarket has offered the same arrangement to hospitals in two other towns where it has stores

- the council's public health team has included the food question in its draft healthy ageing strategy for consultation
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1806  mealtime choking incidents in care homes - pdf - numbered questions
#        - PRIVATE care home group as primary entrant (ineligible) - NS
# ---------------------------------------------------------------------------
entry(
    id="I1806", format="pdf", layout="numbered_questions", topic="care_home_group_mealtime_choking",
    project="independent113-everymouthful-1806", pdf_font="DejaVuSans", pdf_align="L",
    title="Every Mouthful Matters: reducing choking at mealtimes across our care homes",
    cover=[
        "Primary entrant: Silverbirch Care Homes Ltd (22 nursing and residential homes)",
        "Partners: Norwell Community NHS Trust (Care Home Speech and Language Therapy); University of Norwell (School of Health Sciences)",
        "Entry by the Group Director of Quality",
    ],
    primary_entrant=dict(name="Silverbirch Care Homes Ltd", type="private"),
    partners=[
        dict(name="Norwell Community NHS Trust", type="nhs_trust"),
        dict(name="University of Norwell", type="university"),
    ],
    sections=[
        ("context", "1. What was the problem?", """
Silverbirch runs 22 care homes with about 1,150 residents, most of them over 85 and many living with
dementia. Like every care home group, we know that mealtimes are where choking happens. In 2022 our homes
reported 58 choking episodes, and two residents died.

When we looked closely at these incidents with the community trust's speech and language therapists,
they had a lot in common. Most happened in the afternoon or evening, not at lunch. Many involved snacks
and finger foods, such as biscuits, sandwiches, cake or fruit, given between meals by whoever was
nearby, rather than the main meal, which was usually prepared correctly by the kitchen. Several residents
were eating alone in their rooms. And in about half, the resident's swallowing recommendations had been
changed recently but the change had not reached everyone who might give them food, including relatives
bringing in treats.

We also found that the information about a resident's swallowing lived in too many places: the care
plan on the electronic system, a sheet in the kitchen, a note in the handover book and sometimes a
letter from the hospital that had never been filed. Night staff, agency staff and activity coordinators,
who often hand out snacks and drinks, rarely saw the care plan at all. Families were almost never told
when a recommendation changed, so a daughter might bring in her mother's favourite shortbread the day
after the therapist had advised a pureed diet.

We knew we could not solve this on our own. Our homes had no therapists of their own, and we needed
independent help to find out whether what we were doing was working. The community trust's care home
therapy team and the university's School of Health Sciences were both keen to be involved.
"""),
        ("evidence", "2. What did you do and what is the evidence of improvement?", """
From March 2023 we introduced four changes in all our homes: a coloured 'mealtime passport' on the back
of every resident's door showing their food and drink levels and what help they need; 'safe snack'
trolleys with only foods suitable for each level, clearly marked; a rule that no resident on a modified
diet eats alone unless their plan says it is safe; and a same-day update to the passport, the kitchen and
the family whenever a therapist changes a recommendation.

<<Q:Choking episodes across the group fell from 58 in 2022 to 24 in 2024.>> <<Q:Episodes involving
snacks or food brought in by visitors went from 31 to 7.>> <<Q:Hospital admissions for aspiration
pneumonia fell from 44 to 29 over the same period.>>

The university evaluated the first year independently and found that the passports were up to date in
92% of rooms at its spot checks.
"""),
        ("stakeholders", "3. How did you involve residents, families and staff?", """
<<P:Residents' meetings in six homes looked at draft designs of the mealtime passport, and residents
chose the colours and asked for the words 'I need help' to be printed in large type.>> <<P:Relatives who
regularly bring food in told us they had no idea which snacks were safe, and at their suggestion every
home now has a 'safe treats' list by the visitors' book.>> <<P:Mrs Agnes Fairley, whose mother lives at
one of our homes, helped to write the family section of the passport.>>

All 1,400 care and kitchen staff completed a two-hour dysphagia training session delivered by the
therapy team. Home managers were told about the new rules at our quarterly managers' conference. Our
Group Director of Quality led the project and reported to the board. Staff were sent a questionnaire
about the passports after six months, and as most responses were positive the design was not changed.
"""),
        ("value", "4. What has been the impact and value for money?", """
The passports, trolleys and training cost about £65,000 across the group, paid for by Silverbirch. The
therapists' time was provided under the trust's existing care home support contract. Each hospital
admission avoided saves NHS money and spares a frail resident a stressful stay away from home.

Families tell us they feel more confident bringing in food.

Residents are also eating more between meals, because snacks they can manage are now always
available, and several homes have noticed fewer residents losing weight, although we have not yet
measured this properly.

For our staff, the main change is that mealtime safety is no longer seen as the kitchen's job alone.
Activity coordinators, night staff and housekeepers all now check the passport before offering food or
drink.
"""),
        ("spread", "5. How has the work been shared?", """
The mealtime passport template is free on our website.

We have also given the template to the other care home providers in the local care association, and
three groups have started using it. The community trust now offers it to every care
home in Norwell, not just ours, and the university has presented the evaluation at a national care home
research conference.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1807  refeeding risk in severe anorexia in the community - docx - form
#        table - PCN lead - NP
# ---------------------------------------------------------------------------
entry(
    id="I1807", format="docx", layout="form_table", topic="refeeding_risk_anorexia_primary_care",
    project="independent113-bloodsfirst-1807", docx_font="Calibri",
    title="Bloods First: safer monitoring of adults with severe anorexia nervosa in general practice",
    cover_table=[
        ("Title", "Bloods First: safer monitoring of adults with severe anorexia nervosa in general practice"),
        ("Lead organisation", "Riverside South Primary Care Network, Harlowby"),
        ("Partner organisations", "Harlowby and District Mental Health NHS Trust (Adult Community Eating Disorder Service); Harlowby General Hospitals NHS Trust (Pathology and Acute Medicine)"),
        ("Contact", "Clinical Director, Riverside South PCN"),
    ],
    primary_entrant=dict(name="Riverside South Primary Care Network", type="primary_care"),
    partners=[
        dict(name="Harlowby and District Mental Health NHS Trust", type="nhs_trust"),
        dict(name="Harlowby General Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the problem and your patient safety goals.", """
Adults with severe anorexia nervosa are among the most medically at-risk patients a GP practice looks
after. Very low weight, low potassium, low phosphate and low blood sugar can cause heart rhythm problems
and sudden death. When people in this state start eating more, as they are encouraged to do, the shift
in salts in the blood can cause refeeding syndrome, which can also be fatal.

Most of these patients are not in hospital. They are under the community eating disorder service, which
has long waiting lists, and their physical monitoring, weight, blood pressure, heart rate and blood
tests, is usually done by their GP practice. National guidance on medical emergencies in eating
disorders sets out what to check and when, but in our network of nine practices we found that the
guidance was rarely followed. Bloods were taken irregularly and results were sometimes filed as 'normal
for this patient' without action. Nobody had an agreed view of who was responsible for acting on an
abnormal result: the GP, the eating disorder service or the hospital.

In 2022 a woman in her twenties with severe anorexia was found collapsed at home with a very low
potassium level, two weeks after her last blood test showed it falling. She survived after a stay in
intensive care. The review found three teams had each assumed another was acting.

The problem was not a lack of skill in any one team. GPs are experienced at acting on abnormal blood
results, but a potassium level that would prompt a routine recheck in most patients can be an emergency
in someone with severe anorexia, whose body has almost no reserves. The eating disorder service knew
the risks well but did not see the blood results, which went to the GP who requested them. The acute
medical team saw these patients only when they arrived very unwell. And patients themselves, understandably
frightened of being admitted, sometimes missed blood tests or asked not to be weighed.

The network's nine practices had, between them, 37 adults who met the criteria for the register when we
first searched the records, many more than the practices had realised.
"""),
        ("evidence", "What evidence is there of improvement?", """
Since April 2023 every adult with a diagnosis of anorexia nervosa and a body mass index below 15, or
rapid weight loss, is on a shared register held by the PCN and the eating disorder service. Each has a
monitoring plan that sets how often bloods and observations are done, based on the national risk
levels. Pathology flags results in the risk range for these patients, and a named duty GP in the PCN
acts on them the same day, with a direct phone line to the eating disorder consultant and to the acute
medical team for advice on refeeding.

<<Q:The proportion of patients on the register whose monitoring was done on time went from 41% in the
year before to 88% in 2023/24.>> <<Q:Emergency admissions with dangerously low potassium or phosphate
in this group fell from 12 to 4.>> <<Q:The time from an abnormal result to action by a clinician fell
from an average of 6 days to less than one day.>>
"""),
        ("stakeholders", "How were patients, carers and staff involved?", """
<<S:GPs and practice nurses from all nine practices met with the eating disorder service's consultant
and nurses three times to agree the monitoring plan, and the practice nurses asked for a single template
on the clinical system that prompts every check, which they then tested in two practices.>>
<<S:Phlebotomists told us that patients often left before their bloods could be taken because of long
waits, so at their suggestion these patients now have protected early-morning slots.>> <<S:The acute
medical registrars and the hospital's nutrition team drew up the refeeding advice with our GPs.>>

Patients on the register were sent a letter explaining the new monitoring arrangements and why they
matter. The work was designed to protect them, and many have told their GP they feel safer for it. We
intend to invite people with lived experience of eating disorders to help us review the letter and the
monitoring plan later this year.
"""),
        ("value", "What has been the impact on experience and value for money?", """
The register and template took about three months of a practice pharmacist's time to set up. Each
intensive care admission avoided saves tens of thousands of pounds. Practice nurses say they feel more
confident, and GPs value being able to reach an eating disorder consultant directly.
"""),
        ("spread", "How has the work been shared?", """
The eating disorder service has offered the shared register to the other four PCNs it covers, and two
have joined. The template has been shared with the regional primary care clinical system group.

We have also presented the work at the regional eating disorders clinical network, where the
question of who acts on abnormal results for community patients had been raised by several other
areas.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1808  safe eating at community cafes and social events - docx - no
#        headings - self-advocacy group lead - short - NO evidence section
# ---------------------------------------------------------------------------
entry(
    id="I1808", format="docx", layout="no_headings", topic="learning_disability_safe_eating_community_venues",
    project="independent113-eatingout-1808", docx_font="Arial",
    title="Eating Out, Staying Safe: a partnership led by people with learning disabilities",
    cover=[
        "Our Voice Aldringham (self-advocacy group), with Aldringham Community Health NHS Trust (Learning Disability Team) and Aldringham Town Council",
        "Entry written by our coordinator with members",
    ],
    primary_entrant=dict(name="Our Voice Aldringham", type="patient_group"),
    partners=[
        dict(name="Aldringham Community Health NHS Trust", type="nhs_trust"),
        dict(name="Aldringham Town Council", type="local_authority"),
    ],
    sections=[
        ("context", None, """
Our Voice is a self-advocacy group run by and for people with learning disabilities in Aldringham. We
meet every week and we go out together a lot: to cafes, to the pub quiz, to discos, to birthday parties
and to the summer fair.

Lots of our members have swallowing problems. Some have to have soft food or thick drinks. When we are
at home or at day services, the staff know this. When we go out, it is much harder. Cafe staff do not
know what 'soft and bite-sized' means. At parties there is a buffet with sausage rolls and crisps, and
nobody wants to be the one who has to ask. Some of our members have choked when they were out, and one of
our friends died after choking at a family wedding. We were very sad and we wanted to do something.

We talked about it for a long time at our meetings. Some members said they would rather not go out to
eat at all than have to explain their swallowing to a stranger. Others said that staff at their day
service always cut up their food for them, but nobody did that in a cafe, so they just tried to eat it
the way it came. A few members said they had been told off by family for being 'fussy' when they left
food they could not manage. We decided that people should not have to choose between being safe and
having a good time with their friends.
"""),
        ("stakeholders", None, """
<<P:Our members decided what the project should be at our meeting in January 2023, and we voted to make
an 'Eating Out card' that people can show to cafe staff.>> <<P:Members drew the pictures for the card
themselves and tested it in six cafes in the town, and they told us which words cafe staff understood and
which they did not.>> <<P:Two members, Lisa and Tom, now go with the speech and language therapist to
train cafe owners, and they show them how to cut food up safely.>>

<<S:The speech and language therapists from the learning disability team came to our meetings and
helped us get the information right, and they changed their own easy read leaflets after hearing what
our members said.>> <<S:The town council's events officer worked with us on the food at the summer fair
and now asks every food stall to have at least one soft option.>> <<S:Cafe owners who took part told us
they needed a sticker for the window so people know they are a safe place to eat, and we made one
together.>>
"""),
        ("value", None, """
The project has not cost much. The town council paid for the cards and stickers to be printed. The
speech and language therapists' time comes from their normal work. Our members gave their time as
volunteers and were paid expenses.

What matters most is that our members can go out and eat with their friends without being scared, and
that cafe staff are not scared of getting it wrong either. Members say they feel proud that they made
something that keeps people safe.
"""),
        ("spread", None, """
There are now 14 cafes in Aldringham with our sticker in the window. Self-advocacy groups in two other
towns have asked if they can use our card, and we said yes. The learning disability team is putting
the card on its website. We would like the card to be used everywhere.

Next year we want to make a version of the card for the pub quiz and the discos, where food is served
at the bar, and to train the staff at the leisure centre cafe, where a lot of our members go after
swimming.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)
