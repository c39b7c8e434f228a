"""One-hundred-and-eighteenth independent evaluation set (I1873..I1888) for the HSJ 'Best
Partnership Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were read
(with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or any
earlier gold output.  All organisations, places and people are fictional, apart from a few
national public bodies named in passing.  The entries are meant to be ordinary: the kind of
thing hospital pharmacy and aseptic teams, community pharmacies and their committees,
integrated care boards, councils, charities, patients' groups, a university, GP
federations, primary care networks and the odd pharmacy company send in, in their own
voices and at their own length.  The theme of this set is pharmacy and the medicines supply
chain: medicine shortages and substitutions, community pharmacy consultations, hospital
aseptic units, medicines delivered to people's homes, and online and over-the-counter
medicines.

Topics, with the lead's type and the layout:
  I1873 chemotherapy doses made by one aseptic hub for three hospitals, and doses that
        arrived late or were wasted (nhs_trust, acute cancer centre; pdf own_headings);
  I1874 pancreatic enzyme capsule shortages and people rationing their doses (charity,
        pancreatic cancer charity; docx bold_headings with a cover table);
  I1875 brand and formulation switches of modified-release ADHD medicines during a
        national shortage (icb; docx numbered_questions with cover bullets);
  I1876 repeat orders of codeine and sleep aids across several online pharmacy websites
        (PRIVATE online pharmacy as primary entrant, ineligible; pdf bullet_lists);
  I1877 home parenteral nutrition bags delivered to people's homes and cold chain failures
        (nhs_trust, intestinal failure unit; pdf two_column);
  I1878 shingles near the eye seen in community pharmacy consultations and the route to
        eye casualty (primary_care, local pharmaceutical committee; docx no_headings);
  I1879 fridge medicines delivered to people's homes in hot weather (local_authority,
        council public health; pdf caps_headings);
  I1880 substituted strengths of liquid antibiotics for children during a winter shortage
        (primary_care, primary care network; docx form_table, no spread section);
  I1881 ready-to-administer syringes for critical care made by the hospital aseptic unit
        (nhs_trust, departments of one trust, no partner, ineligible; pdf style_headings
        made from Word via soffice);
  I1882 laxatives and diet pills bought over the counter by people with eating disorders
        (charity, eating disorders charity; docx rubric_headings);
  I1883 patient-level recalls of medicines already in people's homes after a supplier
        alert (icb; docx style_headings);
  I1884 switching inhalers to low-carbon devices without checking technique, picked up in
        pharmacy consultations (university; pdf numbered_questions);
  I1885 medicines delivered to hostels and temporary accommodation that never reach the
        person (charity, homelessness charity; docx reordered, no value section);
  I1886 a discontinued insulin pen and people switched to a new device that doses
        differently (patient_group, diabetes support group; pdf with_appendix);
  I1887 antimalarial consultations in a pharmacy chain's travel clinics (PRIVATE pharmacy
        chain as primary entrant, ineligible; docx bullet_lists);
  I1888 unlicensed 'special' liquid medicines for children that change between hospital
        and community supply (primary_care, GP federation; pdf form_table).

Build it with

    .venv/bin/python data/independent/build.py --set 118   (writes data/corpus/independent118/)

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
  * not Q: dates, financial years, bed/ward/home/pharmacy counts, headcounts, numbers
    trained, activity counts (deliveries, doses made, consultations, referrals, checks,
    recalls, people screened or identified), single figures with no baseline, a zero with
    no earlier figure, figures that did not change, budgets, costs and savings estimates,
    phone numbers, reference numbers, targets not yet reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    (including 'halved', 'a third fewer' or a shift on an SPC chart);
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
emergency_service; GP practices, GP federations, primary care networks and local
pharmaceutical committees are primary_care; patients' support groups are patient_group;
hospices and health charities are charity; national public bodies are public_other; a
university is university; pharmacy chains, online pharmacies, homecare, compounding,
courier and wholesale companies are private).  A department or team of the entrant's own
organisation is not a partner.  Flags are written by hand and build.py cross-checks them
against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1873  chemotherapy aseptic hub for three hospitals - pdf - own headings -
#        acute trust cancer centre with two trusts, a courier company and a
#        cancer patients' panel - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1873", format="pdf", layout="own_headings", topic="aseptic_hub_chemotherapy_doses",
    project="independent118-rightdoseontime-1873", pdf_font="LiberationSans", pdf_align="L",
    title="Right Dose, Right Time: one aseptic hub making chemotherapy for three hospitals",
    cover=[
        "Lead organisation: Harrowden Cancer Centre, part of Harrowden and Lyme University Hospitals NHS Foundation Trust",
        "Partners: North Calder Hospitals NHS Trust; Sefton Brook Healthcare NHS Trust; Medilink Couriers Ltd; the Harrowden Cancer Patient Panel",
        "Submitted by the Lead Pharmacist, Aseptic Services",
    ],
    primary_entrant=dict(name="Harrowden and Lyme University Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="North Calder Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Sefton Brook Healthcare NHS Trust", type="nhs_trust"),
        dict(name="Medilink Couriers Ltd", type="private"),
        dict(name="Harrowden Cancer Patient Panel", type="patient_group"),
    ],
    sections=[
        ("context", "Where we started", """
Until 2021 each of our three hospitals made its own chemotherapy in its own small aseptic unit. The
units at North Calder and Sefton Brook were both under threat: their clean rooms failed routine
environmental monitoring several times, each relied on two or three experienced technicians, and
when one was off sick the day unit had to cancel patients. The regional review recommended a single
hub, and in September 2021 all adult chemotherapy for the three hospitals moved to the new unit at
Harrowden, with doses taken by van to the other two day units.

The hub solved one problem and created another. Chemotherapy is made for a named patient at a dose
based on their weight and blood results on the day. A dose made too early may be wasted if the
patient's blood count is too low or they are too unwell to be treated; a dose made too late keeps the
patient in a chair for hours, or sends them home untreated. In the first year we had three separate
booking systems, three sets of treatment-day rules and a van that left Harrowden twice a day whether
the doses were ready or not.

Nurses on the day units at North Calder and Sefton Brook told us about patients waiting five or six
hours, and about bags arriving with labels that did not match the prescription because a dose had
been changed on the ward after it had been made. There were two incidents in the first year where a
patient nearly received a dose made for an earlier weight. Nobody had been harmed, but we could see
that the distance between the person deciding the dose and the person making it had become a safety
risk in itself.

The scale of the change should not be underestimated. The hub now prepares every adult systemic
anticancer treatment given intravenously across a population of around 1.1 million people, for
breast, bowel, lung, haematological and other cancers, five days a week. Many regimens involve
three or four separate products for a single patient on a single day, each with its own stability,
its own storage conditions and its own place in the running order on the treatment chair. A delay
at any one step holds up everything behind it.
"""),
        ("stakeholders", "Working it out together", """
<<S:We set up a weekly huddle, by video, of the three day unit sisters, the hub's production
manager and the courier company's route planner, and it was this group that agreed the 'confirmed
by 11' rule, under which no dose is made for the afternoon until the day unit has confirmed that the
patient's bloods are back and they are fit to treat.>> <<S:The chemotherapy nurses at North Calder
asked for a way to see where their doses were, and they tested three versions of a simple tracking
screen before we chose the one they found quickest to read on a busy morning.>> <<S:Medilink's
drivers suggested the sealed, numbered crates we now use, after pointing out that loose bags in cool
boxes were being counted by hand at every stop.>>

<<P:Members of the Harrowden Cancer Patient Panel, three of whom were having treatment at the smaller
hospitals, sat with us to map a treatment day from the patient's point of view and told us that what
worried them most was not the wait itself but not being told why.>> <<P:Because of what they said,
the day units now give every patient an expected time for their treatment when they arrive, and the
panel wrote the short card that explains why chemotherapy cannot be made in advance.>> <<P:One panel
member, a retired lorry driver, also rode along on a delivery run and suggested the change of route
that takes the van past North Calder first on Tuesdays and Thursdays, the busiest days there.>>
"""),
        ("evidence", "What has changed", """
We compared the twelve months before the new arrangements (April 2022 to March 2023) with the twelve
months after (April 2023 to March 2024).

<<Q:The average wait in the chair for chemotherapy at the two satellite day units fell from 3 hours
40 minutes to 1 hour 25 minutes.>> <<Q:Doses made but not used because the patient could not be
treated on the day fell from 6.1% of all doses to 2.3%.>> <<Q:Incidents where a dose arrived that no
longer matched the current prescription went from 19 in the first year to 3.>>

The hub made 31,400 doses last year. Every crate is now scanned out and scanned in, and the day units
can see the status of each dose on the tracking screen.

There have been no further near misses involving a dose made for an out-of-date weight since the
confirmed by 11 rule began, although we know that a zero over one year does not prove the risk has
gone away, and we continue to look for it.
"""),
        ("value", "Value for patients and for the NHS", """
The reduction in wasted doses alone is worth about £410,000 a year at our drug costs, more than the
cost of the extra courier run and the tracking screen together. Chemotherapy that is not wasted is
also chemotherapy that does not have to be made again, which frees time in the hub for the clinical
trials work that had been turned away.

Day unit nurses say that the end of the afternoon is calmer, and that they spend much less time on the
phone to Harrowden asking where a dose is. Patients have told us they would rather be given an honest
time than be kept guessing.
"""),
        ("spread", "Sharing it", """
The confirmed by 11 rule and the tracking screen have been shared with the regional aseptic services
network, and two other hubs in the region are now piloting them. We presented the work at the
national pharmacy technical services conference in 2024. The courier crates have been adopted for
the hub's deliveries of antibiotics for people being treated at home.

The lesson we would pass on is simple. When you centralise a high-risk service, the risks do not
disappear; they move to the hand-offs. Putting the people at each end of those hand-offs in the same
weekly conversation was the thing that made the difference.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1874  pancreatic enzyme shortages and rationing - docx - bold headings with
#        a cover table - pancreatic cancer charity with an LPC, a wholesaler
#        and a hospital dietetic service - patients surveyed/told/beneficiaries
#        only -> no patient involvement
# ---------------------------------------------------------------------------
entry(
    id="I1874", format="docx", layout="bold_headings", topic="pancreatic_enzyme_shortage_rationing",
    project="independent118-everymeal-1874", docx_font="Calibri",
    title="Every Meal Counts: keeping pancreatic enzymes on the shelf during a national shortage",
    cover_table=[
        ("Entry title", "Every Meal Counts: keeping pancreatic enzymes on the shelf during a national shortage"),
        ("Lead organisation", "Pancreas Action Wessex (registered charity)"),
        ("Partners", "Wessex Downs Local Pharmaceutical Committee; Carrow Pharmaceutical Wholesale Ltd; Southmead Vale NHS Foundation Trust (Nutrition and Dietetics)"),
        ("Contact", "Director of Services, Pancreas Action Wessex"),
    ],
    primary_entrant=dict(name="Pancreas Action Wessex", type="charity"),
    partners=[
        dict(name="Wessex Downs Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Carrow Pharmaceutical Wholesale Ltd", type="private"),
        dict(name="Southmead Vale NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The problem", """
People whose pancreas no longer makes enough digestive enzymes, because of pancreatic cancer, chronic
pancreatitis, surgery or cystic fibrosis, take enzyme capsules with every meal and snack. Without them
food passes straight through. They lose weight quickly, become malnourished and, for someone with
cancer, may become too weak for surgery or chemotherapy.

From the end of 2023 the main brands of pancreatic enzyme capsules were in short supply across the
country. Pharmacies received a fraction of what they ordered, and it was often impossible to know
which pharmacy had stock on any given day. Our helpline started to hear from people who were
going from pharmacy to pharmacy, sometimes driving forty miles, and from people who had started
skipping doses with snacks, or with breakfast, to make a packet last.

The dietitians at Southmead Vale were seeing the result in clinic: weight loss, diarrhoea and people
arriving for surgery in a worse state than at their previous appointment. Community pharmacists did
not know which of their customers were most at risk, and GPs were being asked to prescribe
alternatives that were themselves in short supply.

The shortage was not caused by anything that could be fixed locally. Manufacturers had problems with
the supply of the raw material, and national stock was shared out between wholesalers in proportion
to their past orders. What could be fixed locally was the way the stock that did arrive was spread
across the area. Some pharmacies were holding several weeks' supply for a handful of customers while
others a few miles away had none, simply because of how their orders had been placed months before.
Nobody could see the overall picture, and so nobody could move the stock to where it was needed.
"""),
        ("stakeholders", "Who was involved", """
The partnership was formed between the charity, the local pharmaceutical committee, the wholesaler
and the hospital dietetic service. Each organisation signed a short agreement setting out what it
would share and when.

The charity's helpline team was briefed on the stock map and on what to say to callers. Pharmacy
teams across the area were sent a guide and invited to a webinar, which 160 people attended. Our
Director of Services, who led the project, met the wholesaler's account manager each week. <<S:The
dietitians at Southmead Vale drew up the criteria for the highest-risk register, and the community
pharmacists on the committee asked for the map to show each capsule strength separately, which it
now does.>>

Patients were the reason for the work. We sent a letter to everyone on the hospital's pancreatic
enzyme register explaining the shortage and how to use the stock map, and the helpline called the
people the dietitians had marked as highest risk. We also ran an online survey of people taking
enzymes in the spring of 2024; 212 people replied, most said the map was useful, and we did not need
to change anything as a result. We would like to set up a reference group of people with pancreatic
conditions to guide our next phase, and hope to do so next year.
"""),
        ("evidence", "What difference has it made", """
Since March 2024 the wholesaler has shared, every weekday morning, how many packs of each strength it
has sent to each pharmacy in the area. The pharmaceutical committee turns this into a simple map on
our website showing which pharmacies have stock, updated by 10am. Pharmacies can also post spare
stock on the map, and the committee moves packs between pharmacies when one has more than it needs.
The dietitians keep a register of people at highest risk and, during the worst weeks, those people
were given priority when stock came in.

<<Q:Calls to our helpline from people who had gone without enzymes for one or more days fell from 64
in the three months before the map to 11 in the three months after.>> <<Q:Among the patients seen by
the dietitians before surgery, the proportion who had lost more than 5% of their body weight since
referral went from 38% in the winter of 2023 to 21% in the summer of 2024.>>

Over the year 4,900 packs were moved between pharmacies. The map has been viewed more than 30,000
times.
"""),
        ("value", "Value", """
The map costs around £3,000 a year to host and keep up to date, which the charity pays for. The
wholesaler provides its data at no cost. One admission for malnutrition or a cancelled operation
costs far more than that.

There are less obvious costs too. When enzymes run out, people with cancer are sometimes admitted
for nutritional support that would not have been needed, and some lose the chance of surgery because
they are no longer fit enough. Those costs fall on the hospital, but they start with an empty shelf
in a community pharmacy, which is why the partnership had to include the supply chain as well as
the clinicians.

Pharmacists say the map saves them hours on the phone each week.
"""),
        ("spread", "Spreading the learning", """
Two other local pharmaceutical committees have asked to use the map, and the wholesaler has agreed to
share its data with them in the same way. We have written to the national shortages team suggesting
that wholesalers' daily dispatch data could be used like this for other medicines in short supply,
and we have shared our agreement template with the national pancreatic cancer charities.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1875  ADHD modified-release medicine switches during a shortage - docx -
#        numbered questions with cover bullets - ICB medicines optimisation
#        team with the children's community trust, an LPC and a parents' group
#        - parents involved indirectly - SPC chart shift - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1875", format="docx", layout="numbered_questions", topic="adhd_medicine_shortage_switches",
    project="independent118-sameeffect-1875", docx_font="Arial",
    title="Same Effect, Different Box: safer switches of ADHD medicines during the national shortage",
    cover=[
        "Lead: NHS Tamarside Integrated Care Board, Medicines Optimisation Team",
        "Written by the Senior Pharmacist for Children and Young People",
    ],
    cover_bullets=[
        "Tamarside Children's Community Health NHS Trust (community paediatrics and child and adolescent mental health)",
        "Tamarside Local Pharmaceutical Committee",
        "Focus Families Tamarside (parent carer support group)",
    ],
    primary_entrant=dict(name="NHS Tamarside Integrated Care Board", type="icb"),
    partners=[
        dict(name="Tamarside Children's Community Health NHS Trust", type="nhs_trust"),
        dict(name="Tamarside Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Focus Families Tamarside", type="patient_group"),
    ],
    sections=[
        ("context", "1. What was the patient safety problem and why did it need a partnership?", """
About 4,300 children and young people in Tamarside take a medicine for ADHD, most of them a
once-daily, modified-release form of methylphenidate. From the autumn of 2023 these products were in
short supply nationally. The different brands look alike on a prescription, but they release the
medicine in different ways over the day: a child moved from one brand to another at the same dose
may get much more in the morning and much less in the afternoon, or the reverse.

During the first months of the shortage, pharmacies that could not get a child's usual brand often
supplied whatever was available, sometimes after a phone call to the GP and sometimes not. GPs were
changing prescriptions they had not started, for children they did not know well. Parents were
ringing the community paediatric team in distress because their child had stopped eating, was awake
until 2am, or was 'off the walls' by the end of the school day. Some children simply went without
for a week or more. In the worst case we know of, a fourteen-year-old who had gone without medicine
for ten days was excluded from school and later admitted after taking an overdose of another
medicine at home.

No single organisation held the whole picture. The paediatricians knew which switches were safe; the
pharmacies knew what was on the shelf; the GPs held the prescription; and families were the ones
living with the result.

The national shortage notices set out which products were affected and for how long, but they could
not tell a pharmacist in Tamarside which brand of methylphenidate was on the shelf of the pharmacy
round the corner, or a GP which switch was safe for a particular child. Every organisation was trying
to solve the problem alone, one prescription at a time, and the result was a great deal of effort
and very little consistency. Schools, too, noticed the change, but they had no way of linking a
child's difficult week to a change in the box their medicine came in.
"""),
        ("evidence", "2. What has changed as a result?", """
From January 2024 we put in place a single switching guide, agreed by the paediatricians, showing
which brands and strengths can be swapped for each other and how the dose should be adjusted. Each
week the pharmaceutical committee collects what stock pharmacies hold and circulates a one-page
'what's available' list. A pharmacist from the ICB team takes calls from GPs and pharmacies about any
switch that is not covered by the guide.

We track the number of calls to the community paediatric advice line about side effects or loss of
effect after a switch. <<Q:On our statistical process control chart these calls shifted down after
February 2024, with eleven weeks in a row below the previous average, and the average fell from 27
a week to 9.>> <<Q:Reported gaps in treatment of seven days or more fell from 41 in the last quarter
of 2023 to 6 in the second quarter of 2024.>>

The ICB pharmacist handled 612 switching queries in the first six months. The guide has been
updated nine times as the supply position has changed.
"""),
        ("stakeholders", "3. How were patients, families and staff involved?", """
<<S:The switching guide was written by two community paediatricians and a specialist nurse with our
team, and it was tested on real prescriptions by six community pharmacists, who asked for the
table to be arranged by strength rather than by brand.>> <<S:GP practice pharmacists from three
primary care networks told us that they needed the guide inside the prescribing system, not as a
PDF, and the ICB's digital team then built it into the prescribing pop-ups.>>

Mums, dads and grandparents who care for children with ADHD were part of this from early on. <<P:The
'what's available' list was redesigned after it was read through by a group of them at a Focus
Families coffee morning, who said it was written for pharmacists and would be no use to a parent
standing at a counter.>> <<P:The family version that they helped write explains which brands are the
same and which are not, in plain words, and ends with 'ask to speak to the pharmacist before you
take a different box'.>> <<P:Two young people aged fifteen and sixteen were also asked what would
have helped them, and it was their idea to add a line for teachers about what to watch for in the
afternoon after a switch.>>
"""),
        ("value", "4. What has been the impact on patient and staff experience and value for money?", """
The scheme has cost the ICB the time of one pharmacist for about two days a week and the
pharmaceutical committee's time to compile the stock list, which the ICB pays for at a standard
rate. Fewer unplanned appointments with paediatricians and fewer crisis calls have freed clinic
time, which has been used for children waiting for review.

Families tell us that the worst part was not knowing, and that having one list and one guide made
them feel less alone. Pharmacists say they no longer feel they are making clinical decisions on the
spot at the counter.
"""),
        ("spread", "5. How has the work been shared?", """
The switching guide has been shared with all integrated care boards in the region through the
regional medicines optimisation network, and four of them use it. We have offered it to the national
specialist pharmacy service as a template for future shortages of modified-release medicines, where
the same problem will come up again.

We have also written up the lessons for the ICB's own business continuity plan. The most important of
these is that a shortage of a medicine for children is not only a supply problem but a safety and
safeguarding problem, and it needs clinical leadership from the first week, not after the incidents
have started to come in.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1876  repeat online orders of codeine and sleep aids across websites -
#        pdf - bullet lists - PRIVATE online pharmacy as primary entrant with
#        a GP federation and a drug and alcohol charity - ineligible
# ---------------------------------------------------------------------------
entry(
    id="I1876", format="pdf", layout="bullet_lists", topic="online_pharmacy_codeine_sleep_aid_repeat_orders",
    project="independent118-oneclicktoomany-1876", pdf_font="DejaVuSans", pdf_align="L",
    title="One Click Too Many: spotting repeat orders of codeine and sleep aids across online pharmacies",
    cover=[
        "Entrant: PillPost Pharmacy Ltd (registered online pharmacy)",
        "Working with: Brackenfield GP Federation and Turning Point North Brackenfield (drug and alcohol charity)",
        "Prepared by our Superintendent Pharmacist",
    ],
    primary_entrant=dict(name="PillPost Pharmacy Ltd", type="private"),
    partners=[
        dict(name="Brackenfield GP Federation", type="primary_care"),
        dict(name="Turning Point North Brackenfield", type="charity"),
    ],
    sections=[
        ("context", "Background", """
PillPost is an online pharmacy selling pharmacy medicines, such as co-codamol 8/500 and sleep aids
containing antihistamines, as well as dispensing NHS prescriptions. Each order for a pharmacy
medicine is checked against a short questionnaire and reviewed by a pharmacist.

The problem we found:

- the same customer could buy a pack from us, a pack from a second website and a pack from a third, and no one saw the total

- our own checks stopped customers ordering from us more than once a fortnight, but some simply moved to another email address or another delivery name at the same address

- a review of our orders in 2022 found households ordering codeine-containing painkillers every few days for many months

- in at least two cases, the customers later told us that they had become dependent on codeine, and one had been admitted with liver damage from the paracetamol in the tablets

- GPs did not know their patients were buying these medicines, and the people buying them did not know where to get help

We are an online business, and we know that online pharmacies are sometimes seen as part of the
problem. We wanted to show that the information we hold about orders can be used to protect
customers instead. Our customers are spread across the country, but we chose to start with one area
where we could build proper links with a GP federation and a local treatment service, so that a
stopped order led to real help rather than simply to another website.
"""),
        ("evidence", "What we did and the results", """
From June 2023 we changed how orders are checked:

- orders are matched by delivery address, card and device as well as by name, so a second account at the same address is now linked

- any household ordering codeine or a sleep aid more than twice in 60 days is stopped and a pharmacist calls the customer

- with the customer's agreement, the pharmacist sends a structured message to their GP practice through the federation's shared inbox

- the customer is offered a direct referral to Turning Point's over-the-counter medicines service, with a call back within two working days

Results, comparing June 2022 to May 2023 with June 2023 to May 2024:

- <<Q:households ordering codeine-containing medicines more than six times in a year fell from 318 to 74>>

- <<Q:the average number of packs of sleep aids sold per customer in a year went down from 5.2 to 2.1>>

- 1,120 pharmacist calls were made and 286 customers accepted a referral to Turning Point

- 41 other online pharmacies have been contacted about joining the shared address check
"""),
        ("stakeholders", "Who was involved", """
- <<S:pharmacists in our clinical team reviewed six months of flagged orders and set the 'twice in 60 days' threshold, after finding that a lower threshold stopped too many people with genuine short-term needs>>

- <<S:GPs and practice pharmacists from the Brackenfield federation designed the message we send to practices, and asked for it to arrive as a task, not a letter, so that it would not be filed without being read>>

- <<PS:Turning Point's peer mentors, who have themselves been dependent on over-the-counter painkillers, rewrote the script for our calls so that it did not sound like an accusation>>

- <<P:five former customers who had been referred agreed to be interviewed, and two of them told us that the moment the order was stopped was the first time anyone had asked them how they were; at their request, the call now starts with that question>>
"""),
        ("value", "Value", """
- the changes were built by our own technology team; the cost to the NHS was the GP federation's time to design the message

- one avoided hospital admission for paracetamol liver damage is estimated to cost more than our whole development budget for the year

- customers and their GPs now have a route to help that did not exist before
"""),
        ("spread", "Spread", """
- we have shared our address-matching rules with the General Pharmaceutical Council and the national pharmacy body for online providers

- two other online pharmacies have adopted the same threshold and call script

- the federation has asked for the same message to be used by the high street pharmacies in its area
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1877  home parenteral nutrition bags and cold chain failures - pdf - two
#        columns - intestinal failure unit with a homecare company and a
#        patients' association - patients involved - NO staff involvement
#        (nurses trained, a named lead, organisations agreeing)
# ---------------------------------------------------------------------------
entry(
    id="I1877", format="pdf", layout="two_column", topic="home_parenteral_nutrition_cold_chain",
    project="independent118-keptcool-1877", pdf_font="LiberationSerif", pdf_align="L",
    title="Kept Cool: making sure parenteral nutrition delivered at home is safe to use",
    cover=[
        "Lead: Northvale Teaching Hospitals NHS Trust, Intestinal Failure Unit",
        "Partners: CareFlow Homecare Ltd; Parenteral Nutrition Patients' Association (North)",
        "Contact: Consultant Pharmacist, Nutrition",
    ],
    primary_entrant=dict(name="Northvale Teaching Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="CareFlow Homecare Ltd", type="private"),
        dict(name="Parenteral Nutrition Patients' Association (North)", type="patient_group"),
    ],
    sections=[
        ("context", "The problem", """
Our intestinal failure unit looks after 186 adults who are fed through a central line at home,
because their gut cannot absorb enough food. Their parenteral nutrition bags are made in a
compounding unit and delivered to their homes each week by a homecare company, along with the
pumps, giving sets and dressings they need.

Each bag must be kept in a fridge between 2 and 8 degrees until it is used. A bag that has been too
warm can grow bacteria, and a line infection in someone who depends on that line to live is very
serious: it can cause sepsis and, if the line has to be removed, the person may lose one of only a
few places where a new line can be placed.

In 2022 we had a cluster of line infections. When we looked closely, several patients said their
delivery had been left in a porch, or had arrived in a warm van at the end of a long route, or that
their home fridge, supplied by the homecare company, had been running warm for weeks. Nobody was
checking. The patient did not know what temperature the fridge should be, the delivery driver did not
record the temperature, and we only heard about it once someone was in hospital.

The delivery of parenteral nutrition involves several organisations. The bags are made to a
prescription written by our unit, compounded by a specialist manufacturer, stored by the homecare
company and delivered by its drivers, usually weekly. The homecare company also supplies and
maintains the fridge in the patient's home. Responsibility for temperature was written into each
contract, but no single organisation could see the whole journey from the compounding unit to the
patient's fridge, and nothing in the contracts required anybody to check the temperature at the
point where the bags were handed over.
"""),
        ("evidence", "What has changed", """
Since April 2023 every delivery is made in a validated cool box with a temperature logger that the
driver downloads at the door. If the logger shows the bags have been out of range, the driver does
not leave them, and a replacement is sent the same day. Every home fridge has a digital thermometer
with an alarm, and fridges that run warm are replaced within 24 hours. Unattended deliveries are no
longer allowed.

<<Q:Catheter-related bloodstream infections fell from 1.4 per 1,000 catheter days in 2022 to 0.6 per
1,000 catheter days in 2024.>> <<Q:Deliveries found to be out of temperature range on arrival went
from 3.8% of deliveries in the first quarter of monitoring to 0.5% a year later.>>

The homecare company has replaced 23 home fridges.
"""),
        ("stakeholders", "Who took part", """
<<P:Patients from the association told us, at a meeting in the unit in late 2022, that they had
often noticed their fridge was warm but had no idea who to tell, so a single number for fridge
problems is now printed on the fridge door.>> <<P:They also asked that bags should never be left
with neighbours, and this was written into the delivery contract.>> <<P:A patient who has been on
parenteral nutrition for nineteen years tested the door-step check with the driver over several
weeks and agreed with us the questions the driver now asks at each delivery.>>

Our homecare nurse specialists were trained on the new process, and the homecare company's drivers
completed a short course on the cool boxes. The consultant pharmacist for nutrition led the project
and wrote the new contract terms. The homecare company agreed to the changes at no extra cost.
"""),
        ("value", "Value", """
Each line infection costs around £10,000 to treat in hospital, and far more if the line must be
replaced. Patients tell us they feel more in control now that they can see the temperature of their
own fridge.

Line infections also mean time away from home, work and family, sometimes for weeks, and each new
line carries its own risks. For people who depend on parenteral nutrition for the rest of their
lives, protecting the lines they have is protecting their future.
"""),
        ("spread", "Spread", """
The contract terms have been shared with the national home parenteral nutrition framework, and the
homecare company now uses loggers for all its fridge deliveries across the country, not only ours.
The patients' association has published the fridge checklist in its newsletter.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1878  shingles near the eye in pharmacy consultations - docx - no headings
#        - local pharmaceutical committee with the eye hospital, an optometry
#        committee and a GP federation - subtle claim in words - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1878", format="docx", layout="no_headings", topic="pharmacy_shingles_eye_referral",
    project="independent118-lookcloser-1878", docx_font="Calibri",
    title="Look Closer: shingles near the eye in community pharmacy consultations",
    cover=[
        "Entered by Kestonbury Local Pharmaceutical Committee, with Kestonbury Eye Hospital (part of Kestonbury and Wray NHS Foundation Trust), Kestonbury Local Optical Committee and Wray Valley GP Federation",
    ],
    primary_entrant=dict(name="Kestonbury Local Pharmaceutical Committee", type="primary_care"),
    partners=[
        dict(name="Kestonbury and Wray NHS Foundation Trust", type="nhs_trust"),
        dict(name="Kestonbury Local Optical Committee", type="primary_care"),
        dict(name="Wray Valley GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", None, """
When community pharmacies began treating shingles under the national Pharmacy First service, our
pharmacists welcomed it. Shingles is painful, it is common in older people, and an antiviral started
within a few days of the rash can shorten it. What worried us from the start was the small number
of people whose shingles affects the nerve that supplies the eye. If the eye becomes involved it can
lead to scarring of the cornea, glaucoma and, occasionally, loss of sight. Those people need to be
seen the same day by an eye specialist, not just given tablets.

The first sign can be subtle: a few spots on the tip of the nose, a red eye, or blurring that the
person puts down to tiredness. In the first months of the service, the eye hospital saw several
people who had been given an antiviral at a pharmacy and sent home, and who came in days later with
inflammation inside the eye. One man in his eighties had been told by a pharmacy to see his GP if
things got worse; he could not get an appointment for a week and by then his vision in that eye had
dropped to the point where he had to give up driving.

Pharmacists told us they were not confident about what they were looking at, and that even when
they were worried they did not know where to send someone. The eye hospital's emergency clinic only
took referrals from GPs and optometrists, and the local minor eye conditions service was run by
optometrists who had no link with pharmacies.

There was also a question of timing. Antivirals for shingles work best when started within three
days of the rash, so people tend to go to a pharmacy early, often before the eye has become
obviously red or painful. A pharmacist may therefore be the first and only health professional to
see the rash at the point when it matters most. If that chance is missed, the next contact may not be
until the person is in real difficulty.
"""),
        ("stakeholders", None, """
<<S:The referral route was worked out at three evening meetings between pharmacists from the
committee, an ophthalmologist and two nurse practitioners from the eye hospital's emergency clinic
and four optometrists, and it was the optometrists who proposed that pharmacies should refer directly
to them for a same-day look at the eye, with the eye hospital taking anyone they were worried
about.>> <<S:Pharmacists who had been using the service for a few months went through a set of
anonymised photographs with the ophthalmologist and picked out the ones they found hardest, which
became the core of the training.>> <<S:GP partners in the federation asked that the pharmacy send them
a copy of every eye referral, so that the patient's record is complete, and this was built into the
referral form.>>

<<P:We asked the local sight loss charity to put us in touch with people who had had shingles in the
eye, and four of them met us and described how their symptoms had started, in their own words.>>
<<P:Those descriptions, such as 'it felt like grit under the lid' and 'my nose tingled before the
rash came', are now the prompts on the pharmacist's checklist, because the group felt that people
would recognise them more easily than medical terms.>>
"""),
        ("evidence", None, """
Since October 2024 every pharmacist who sees someone with shingles on the face asks the five
questions on the checklist and looks for the signs. Anyone with a positive answer is started on an
antiviral and referred to an optometrist in the minor eye conditions service the same day; the
optometrist can send them straight to the eye hospital.

In the first six months, 97 people were referred from pharmacies to optometrists. Of those, 31 were
sent on to the eye hospital and were seen the same day.

<<Q:The eye hospital saw a third fewer people with shingles in the eye who arrived with inflammation
inside the eye already established, compared with the same six months a year earlier.>> <<Q:The
average time between the rash appearing and the first eye examination came down from six days to
under two.>>
"""),
        ("value", None, """
The checklist, the training and the referral form were produced by the partners themselves and cost
very little. The optometrists are paid their usual fee under the minor eye conditions service. Every
person who keeps their sight is a person who keeps their independence, and many of the people with
shingles in the eye are older people for whom losing vision can mean losing their home.

Pharmacists say they are much more confident, and that having somewhere to send people has made the
difference between worrying about a patient all evening and knowing they are being seen.
"""),
        ("spread", None, """
The checklist has been shared with the national Pharmacy First team and with the other local
pharmaceutical committees in the region. Two neighbouring areas are setting up the same link between
pharmacies and optometrists, and the eye hospital has included it in its teaching for GP
trainees.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1879  fridge medicines delivered to homes in hot weather - pdf - caps
#        headings - council public health team with pharmacies, a delivery
#        company and a community trust - NO quantitative evidence (counts,
#        dates, a single figure)
# ---------------------------------------------------------------------------
entry(
    id="I1879", format="pdf", layout="caps_headings", topic="fridge_medicines_home_delivery_heat",
    project="independent118-coldinthebag-1879", pdf_font="LiberationSans", pdf_align="J",
    title="Cold in the Bag: insulin and other fridge medicines delivered to people's homes in hot weather",
    cover=[
        "Lead organisation: Ashcombe City Council, Public Health",
        "Partners: Ashcombe Community Pharmacy Group (eleven independent pharmacies); RouteWise Delivery Ltd; Ashcombe Community Health NHS Trust (district nursing)",
        "Contact: Public Health Principal, Health Protection and Climate",
    ],
    primary_entrant=dict(name="Ashcombe City Council", type="local_authority"),
    partners=[
        dict(name="Ashcombe Community Pharmacy Group", type="primary_care"),
        dict(name="RouteWise Delivery Ltd", type="private"),
        dict(name="Ashcombe Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "THE CHALLENGE", """
During the heatwave of July 2022 the temperature in Ashcombe reached 38 degrees. Our heat-health
plan had focused on care homes, schools and outdoor workers. It had not thought about medicines.

Afterwards, district nurses told us about people who had found their insulin pens warm in a paper
bag on the doorstep, and about a woman whose eye drops for glaucoma, which must be kept cold, had
been left in a hot conservatory for an afternoon. Pharmacies in the city deliver medicines to several
thousand housebound people, many of them through a local delivery company that drives between
pharmacies and homes all day. Fridge items were packed with an ice pack at the pharmacy, but if a
delivery was not answered the driver would often leave it, or bring it back at the end of a long
route in a van with no cooling. Insulin that has been too hot may stop working without looking any
different, so someone with diabetes may keep using it and not understand why their sugars are high.

Nobody had set out what should happen. The pharmacies assumed the delivery company knew, the drivers
followed what their managers told them, and the people receiving the medicines did not know that
heat mattered.

Heat is not the only problem. In cold snaps, a bag of insulin left on a frozen step can be damaged
just as badly, and a delivery made at the end of a long route on a mild day can still be warmer than
it should be. But the 2022 heatwave made the risk visible, and with summers getting hotter we knew it
would come again. Climate change is usually discussed in public health in terms of heatstroke and
dehydration; this was a quieter way in which hot weather could harm people, through the medicines
they depend on.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<S:In the spring of 2023 we brought the pharmacists, the delivery company's operations manager and
two of its drivers, and district nurses together in a workshop, and the drivers explained that they
had no way of knowing which bags held fridge items, so the pharmacists agreed to mark every one with a
blue 'keep cold' label.>> <<S:The district nurses chose the short list of medicines that should
never be left unattended in any weather.>>

<<P:Members of the Ashcombe Over-60s Forum and a diabetes peer support group tried out three kinds of
insulated bag at home during a warm spell and told us which one kept the contents cool longest on a
sunny step, and which one they could open with arthritic hands.>> <<P:They also asked for a text
message on the morning of a delivery so that they could be in, and this is now sent by the delivery
company.>>
"""),
        ("evidence", "EVIDENCE OF IMPROVEMENT", """
The Cold in the Bag arrangements have been in place since June 2023. Fridge items now travel in a
cool box in every van. They are never left on a step or with a neighbour, and if nobody is in, the
driver takes the bag straight back to the pharmacy rather than continuing the route. On amber and red
heat-health alert days the pharmacies deliver fridge items first thing in the morning.

In the summer of 2023, 14,600 deliveries of fridge medicines were made under the new arrangements.
In the summer of 2024 there were 15,200. Over the two summers 1,850 insulated bags were handed out,
and 640 people signed up to the morning text.

Every van now carries a cool box with a thermometer, and drivers record the temperature when they
load. The district nursing teams have not reported any warm insulin since the start of the scheme.

We plan to look at hospital admissions with high blood sugar during heatwaves when a full year of
data is available.
"""),
        ("value", "VALUE", """
The council spent £9,500 on insulated bags, labels and cool boxes from its public health grant. The
delivery company paid for the text messages. Staff time came from each organisation's existing
budgets.

Pharmacists say it has made them think about other ways heat affects the people they serve, and the
drivers like being able to see at a glance which bags need care.
"""),
        ("spread", "SHARING AND SPREAD", """
Medicines in heat are now part of the city's heat-health plan, and the blue label is used by all
pharmacies that deliver in Ashcombe, not only members of the group. We have shared the plan with the
regional heat-health network and the national body for community pharmacy.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1880  substituted strengths of liquid antibiotics during a winter shortage -
#        docx - form table - primary care network with the children's
#        hospital, an LPC and a parents' group - no spread section
# ---------------------------------------------------------------------------
entry(
    id="I1880", format="docx", layout="form_table", topic="liquid_antibiotic_shortage_strength_errors",
    project="independent118-checkthestrength-1880", docx_font="Calibri",
    title="Check the Strength: liquid antibiotics for children during the winter shortage",
    cover_table=[
        ("Entry title", "Check the Strength: liquid antibiotics for children during the winter shortage"),
        ("Lead organisation", "Millbeck and Orrell Primary Care Network"),
        ("Partner organisations", "St Wynn's Children's Hospital NHS Foundation Trust (Pharmacy and Emergency Department); Orrell Local Pharmaceutical Committee; Little Ones Orrell (parents' network)"),
        ("Entrant", "Clinical Pharmacist Lead, Millbeck and Orrell PCN"),
    ],
    primary_entrant=dict(name="Millbeck and Orrell Primary Care Network", type="primary_care"),
    partners=[
        dict(name="St Wynn's Children's Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="Orrell Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Little Ones Orrell", type="patient_group"),
    ],
    sections=[
        ("context", "Describe the problem your partnership addressed", """
In the winter of 2022 there was a surge in Strep A infections and scarlet fever among children, and
demand for liquid penicillin and amoxicillin far outstripped supply. Pharmacies could often get one
strength of a liquid but not another: amoxicillin 250mg in 5ml instead of 125mg in 5ml, for
example, or a powder that had to be made up with a different volume of water. National guidance
allowed pharmacists to supply an alternative, but the prescription label and the instruction in the
child's GP record still showed the original strength.

The result was that a parent might be told '5ml three times a day' for a medicine that was twice as
strong as the one prescribed, or half as strong. Our practices and the children's emergency
department saw children who had been given double doses, and children who had not improved because
they were getting too little. In one case a toddler was given a full dose of a stronger liquid
measured with a spoon from an earlier bottle, and was brought to the emergency department with
vomiting and a rash. Pharmacists were working under enormous pressure, with queues out of the door.

The GP record was a further source of risk. Because the record still showed the strength that had
been prescribed rather than the one supplied, the next prescription, or a call to the out-of-hours
service, could repeat the mistake. A clinician checking the dose against the record would see the
right number of millilitres for the wrong strength, and a parent asking for advice would be told to
carry on with a dose that was no longer right for the bottle in their kitchen.
"""),
        ("evidence", "What evidence is there that the work has improved safety?", """
In January 2023 the partnership agreed a 'strength swap' routine. When a pharmacy supplies a
different strength, the pharmacist writes the new dose in millilitres on a bright orange sticker on
the bottle, gives a new oral syringe marked at the right volume, and sends a message to the practice
so the record is updated the same day. The hospital's emergency department and out-of-hours service
use the same sticker.

We audited every liquid antibiotic supplied for a child in our network's pharmacies in two periods:
December 2022 and December 2023, when there were again shortages of some strengths. <<Q:Strength
swaps where the dose in millilitres on the label was wrong for the strength supplied fell from 17%
to 2%.>> <<Q:The number of children seen in the emergency department or by a GP because of a wrong
dose of liquid antibiotic went from 14 in the winter of 2022 to 2 in the winter of 2023.>>

In 2023/24 our pharmacies used 3,900 orange stickers.
"""),
        ("stakeholders", "How were patients, carers and staff involved?", """
<<S:Pharmacists from nine pharmacies in the network tested the sticker over two weeks and changed
the wording from 'new strength' to 'new dose', because they found that parents looked at the dose,
not the strength.>> <<S:The children's hospital's pharmacists and emergency nurses checked the
routine against their own incidents and added the oral syringe, after pointing out that
household spoons had been involved in most of the errors they had seen.>>

<<P:Parents from Little Ones Orrell looked at the draft sticker at one of their groups and asked for
it to be orange, not white, so that it stood out from the pharmacy label, and for the millilitres to
be written in large numbers.>> <<P:One mother whose son had been given the wrong dose told her story
at our first planning meeting, and she asked that parents always be shown how to fill the syringe,
which is now part of the routine.>>
"""),
        ("value", "What difference has it made for patients and staff, and what does it cost?", """
The stickers and oral syringes cost about £0.15 per bottle. Updating the GP record takes the practice a
minute. Avoiding a single emergency attendance more than covers a year's stickers for the whole
network.

Parents say they feel more confident giving the medicine. Pharmacists say the routine has taken
some of the pressure off during busy periods, because they no longer have to explain a different
strength from scratch every time.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I1881  ready-to-administer critical care syringes from the aseptic unit -
#        pdf via soffice - style headings - departments of one acute trust,
#        no partner (ineligible) - staff involved - patients only
#        beneficiaries -> no patient involvement
# ---------------------------------------------------------------------------
entry(
    id="I1881", format="pdf", layout="style_headings", topic="aseptic_ready_to_administer_critical_care_syringes",
    project="independent118-readytogo-1881", render_via="soffice", docx_font="Liberation Serif",
    title="Ready to Go: prefilled syringes from our aseptic unit for critical care",
    cover=[
        "Entrant: Pharmacy Aseptic Services, Ravensholme General Hospital NHS Foundation Trust",
        "Working with the trust's Critical Care Unit, Emergency Department and Medical Devices Team",
        "Lead author: Principal Pharmacist, Technical Services",
    ],
    primary_entrant=dict(name="Ravensholme General Hospital NHS Foundation Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Background and the safety problem", """
Critically ill patients are given many medicines as continuous infusions through syringe pumps:
noradrenaline to keep their blood pressure up, sedatives, insulin, potassium and others. Until 2022
almost all of these were made up by nurses at the bedside, from ampoules and vials, often in the
middle of the night and while looking after a patient who was very unwell. Each one involves a
calculation, several steps of drawing up and diluting, and a handwritten label.

Our critical care unit has 22 beds, and across the unit and the emergency department resuscitation
area nurses were making up around 90 infusions a day. Incident reports over two years showed a
steady pattern: the wrong dilution of noradrenaline, leading to sudden drops or surges in blood
pressure when a syringe was changed; concentrated potassium drawn up in the wrong volume; and
labels that did not match the contents. An external review of a serious incident in 2021, in which a
patient received ten times the intended concentration of an inotrope, recommended that the trust
move to standard, ready-to-administer syringes wherever it could.

Commercial prefilled syringes were available for only a few of these medicines, were expensive and
were affected by supply problems. Our own aseptic unit had the skills to make them but had never
supplied critical care, and the unit's production was planned around chemotherapy.

There was also a human side. Nurses told the incident reviewers that making up infusions at the
bedside took them away from their patients at the worst possible moments, and that the fear of making
a mistake with a high-risk medicine in the middle of the night was one of the most stressful parts of
their job. Several newly qualified nurses had said that it was a reason they were thinking of leaving
critical care.
"""),
        ("stakeholders", "How staff were involved", """
<<S:Critical care nurses, pharmacists and consultants agreed together a single standard
concentration for each of the twelve most common infusions, a process that took five meetings
because some long-standing local habits had to be given up.>> <<S:Aseptic technicians proposed
making the syringes in weekly batches with a long shelf life, after testing the stability of each
medicine with the quality control laboratory, rather than making them daily.>> <<S:Night-shift
nurses on the unit trialled the new labels and asked for the concentration to be printed in a
coloured band at the top of the label, which is where they look when they pick up a syringe.>>
<<S:The medical devices team worked with the nurses to load the standard concentrations into the
pump drug library, so that a pump will now warn if a different concentration is entered.>>

The patients who benefit are among the most unwell in the hospital, and most are sedated when these
medicines are given. Their families were told about the change in a leaflet on the unit.
"""),
        ("evidence", "Evidence of improvement", """
The aseptic unit started supplying ready-to-administer syringes for noradrenaline, potassium and
insulin in June 2022, and for nine further medicines by March 2023.

<<Q:Reported medication incidents involving continuous infusions on the critical care unit fell from
an average of 5.5 a month in 2021 to 1.8 a month in 2023.>> <<Q:Episodes of sudden low blood pressure
recorded within ten minutes of a noradrenaline syringe change fell by more than half over the same
period.>> <<Q:The time nurses spent preparing infusions in a twelve-hour shift, measured by
observation, went down from 74 minutes to 19 minutes per nurse.>>

The unit now makes around 2,600 syringes a month. Since the pump library was updated, pumps have
warned on 140 occasions where a non-standard concentration was entered.
"""),
        ("value", "Value", """
The syringes cost less than buying commercial products and, after allowing for nursing time saved
and less waste from part-used vials, the scheme costs the trust about £38,000 a year. The extra
technician post was funded from the medicines budget. Nurses say that they can spend more time with
their patients, and that night shifts feel safer.
"""),
        ("spread", "Spread", """
We have added the emergency department's resuscitation area and the coronary care unit, and the
standard concentrations have been shared with the regional critical care network, which is now
considering them for all units in the region. Our stability data have been offered to other aseptic
units through the national technical services group.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1882  laxatives and diet pills bought over the counter by people with
#        eating disorders - docx - rubric headings - eating disorders charity
#        with an LPC, the adult eating disorders service and a university -
#        'ambassadors' with lived experience - 'halved' - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1882", format="docx", layout="rubric_headings", topic="otc_laxatives_eating_disorders_pharmacy",
    project="independent118-behindthecounter-1882", docx_font="Calibri",
    title="Behind the Counter: pharmacy teams and people buying laxatives because of an eating disorder",
    cover=[
        "Lead organisation: Beacon Eating Disorders Support (charity)",
        "Partners: Fenwold Local Pharmaceutical Committee; Fenwold and Marsh Partnership NHS Trust (Adult Eating Disorders Service); University of East Fenwold School of Pharmacy",
    ],
    primary_entrant=dict(name="Beacon Eating Disorders Support", type="charity"),
    partners=[
        dict(name="Fenwold Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Fenwold and Marsh Partnership NHS Trust", type="nhs_trust"),
        dict(name="University of East Fenwold", type="university"),
    ],
    sections=[
        ("context", "Context: the safety issue", """
Many people with anorexia or bulimia misuse laxatives, and some also use diuretic tablets or diet
pills bought from pharmacies, supermarkets or online. Taking large amounts of stimulant laxatives can
cause dangerously low potassium, which can stop the heart, as well as dehydration, kidney damage and
long-term bowel problems. It is one of the main reasons people with eating disorders end up in
emergency departments.

Almost everyone who misuses laxatives buys them over the counter. Pharmacy staff see the same faces
buying packs several times a week, often at different pharmacies, but told us they had no idea what
to say, worried about causing offence, and had nowhere to send someone even if they did say
something. Many people with an eating disorder have never told their GP, and the first health
professional to notice may well be the person behind the pharmacy counter.

Beacon's helpline hears from people who say a pharmacist once asked them if they were all right, and
that it was the first time anyone had. We wanted to make that moment happen more often and lead
somewhere.

Laxative misuse is also easy to hide. Packs are cheap, sold in supermarkets and petrol stations as
well as pharmacies, and limits on pack sizes are easily avoided by visiting several shops. Many
people buy them alongside ordinary shopping. There is no record of over-the-counter sales and no
link between what a person buys and their health record, so the risk builds up unseen until someone
collapses.
"""),
        ("stakeholders", "Involvement of patients, service users and staff", """
Our Beacon Ambassadors are volunteers who have recovered, or are recovering, from an eating disorder.
<<P:Seven ambassadors spent three workshops with us and with pharmacists deciding what a counter
conversation should sound like, and they were clear that it should never start with the word
'laxatives' or with any mention of weight.>> <<P:The opening line now used in every pharmacy, 'I
noticed you've been in a few times, can I ask how you're getting on?', was theirs.>> <<P:Two of them
went on to film short role-play videos with pharmacy staff that are now part of the training, and
they chose which scenarios to show.>>

<<S:Pharmacy counter assistants and pharmacists from twelve pharmacies helped design the quiet
referral card, and it was the counter assistants who said that the card had to fit inside a purse
and not look like a health leaflet.>> <<S:Clinicians from the adult eating disorders service agreed
to take referrals directly from pharmacists, and their nurses wrote the potassium safety advice that
goes with every conversation after checking the draft with the pharmacists who would be using it.>>
<<S:Researchers at the university's school of pharmacy interviewed pharmacy staff before and after the
training, and changed the second round of training after staff said the first was too focused on
medical detail.>>
"""),
        ("evidence", "Evidence of improvement", """
Since February 2023, 58 pharmacies in Fenwold have taken part. Pharmacy staff have training, a
conversation guide and the referral card. The adult eating disorders service accepts referrals
straight from pharmacists, and people who do not want a referral can ring Beacon's helpline.

<<Q:The university's evaluation found that the proportion of pharmacy staff who said they would start
a conversation with someone they were worried about rose from 22% before the training to 71% after.>>
<<Q:Among people referred to the eating disorders service, the number reporting stimulant laxative
use at first assessment who had a dangerously low potassium level halved between the year before the
scheme and its first full year.>> <<Q:Emergency department attendances with low potassium linked to
laxative misuse at the Fenwold hospitals went from 39 in 2022 to 21 in 2024.>>

Pharmacists made 143 referrals to the eating disorders service in the first two years, and Beacon's
helpline took 260 calls from people who had been given the card.
"""),
        ("value", "Value for money", """
The training and materials cost about £14,000 over two years, paid for by a grant to the charity.
An emergency admission with low potassium costs several thousand pounds, and earlier treatment for an
eating disorder reduces the chance of long and costly inpatient care.

Pharmacy staff say they feel able to help rather than looking away. Our ambassadors say the project
has shown them that their own experience can keep someone else safer.
"""),
        ("spread", "Spread and sustainability", """
The training is now part of the local pharmaceutical committee's induction for new pharmacy staff. Two
national pharmacy chains have asked for the videos, and the university has included the conversation
guide in its teaching for pharmacy students. We are working with online retailers on how the same
conversation might look in an online order.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1883  patient-level recalls of medicines already in people's homes - docx
#        - style headings - ICB with the LPC, a wholesaler and a patients'
#        forum - patients involved - NO staff involvement (pharmacists
#        briefed, one named lead, organisations agreeing)
# ---------------------------------------------------------------------------
entry(
    id="I1883", format="docx", layout="style_headings", topic="patient_level_medicine_recalls",
    project="independent118-bringitback-1883", docx_font="Cambria",
    title="Bring It Back: reaching people at home when a medicine they hold is recalled",
    cover=[
        "NHS Dunmere and Cray Integrated Care Board",
        "With Dunmere Community Pharmacy Committee, Halden Healthcare Distribution Ltd and the Dunmere Patients' Medicines Forum",
    ],
    primary_entrant=dict(name="NHS Dunmere and Cray Integrated Care Board", type="icb"),
    partners=[
        dict(name="Dunmere Community Pharmacy Committee", type="primary_care"),
        dict(name="Halden Healthcare Distribution Ltd", type="private"),
        dict(name="Dunmere Patients' Medicines Forum", type="patient_group"),
    ],
    sections=[
        ("context", "Why this mattered", """
Most drug alerts about faulty medicines ask pharmacies and wholesalers to take stock off their
shelves. Now and then an alert goes further and asks for the medicine to be recovered from the
people who already have it at home: a batch of inhalers that may not deliver a dose, an epilepsy
medicine with the wrong strength printed on the blister, or an oral solution with a faulty dosing
syringe. These are called patient-level recalls.

When one of these alerts arrived in the past, each pharmacy did what it could. Some searched their
records and phoned people; some put a notice in the window; some did not realise the alert applied to
patients at all. Practices did not know which of their patients had received the affected batch,
because batch numbers are not recorded in GP records. People who had moved pharmacy, who had their
medicines delivered, or who had been given a supply by a hospital on discharge were missed
altogether.

In 2023 a patient-level recall of an adrenaline auto-injector batch reached, as far as we could
tell afterwards, fewer than half of the people who held the affected pens. A teenager used one of the
faulty pens during a severe allergic reaction at school. It did not fire, and a second pen had to be
used. She recovered, but the review that followed showed there was no shared process across the area
for getting recalled medicines back.

Patient-level recalls are uncommon, perhaps a handful a year, which is part of the problem. Nobody
does them often enough to become practised, and each one arrives with a short deadline and little
warning. The systems that matter, such as the wholesaler's dispatch records and the pharmacies'
patient records, were never designed to talk to each other for this purpose. When a recall does come,
it tends to come at the busiest time, and it competes for attention with the other alerts that
arrive every week.
"""),
        ("stakeholders", "Who was involved", """
<<P:Members of the Dunmere Patients' Medicines Forum read every draft of the recall letter and text
message, and they insisted that the message say plainly what to do if the person needs the medicine
tonight, which the first draft did not.>> <<P:They also pointed out that many older people ignore
texts from unknown numbers, so the text now comes from the name of the person's own pharmacy.>>
<<P:A mother whose son uses an adrenaline pen told us how she had found out about the 2023 recall
from a parents' social media group a week after it was issued, and her suggestion that schools be
contacted for pupils who keep a pen there has been built into the process.>>

Community pharmacists were briefed on the new process at the committee's annual meeting and through
its newsletter. The ICB's Medication Safety Officer wrote the standard operating procedure and
coordinates each recall. The wholesaler agreed to supply batch dispatch data within four hours of an
alert.
"""),
        ("evidence", "Results", """
The Bring It Back process has been used for five patient-level recalls since March 2024. Within four
hours of an alert, the wholesaler tells the ICB which pharmacies received the affected batch. Those
pharmacies search their records for every person supplied, including deliveries, and send a text
and letter using the templates. The ICB sends a list to GP practices so that any repeat prescription
can be changed, and to schools and care homes where relevant. Pharmacies log each returned item.

<<Q:For the five recalls, an average of 86% of affected packs were returned or confirmed as used or
destroyed within fourteen days, compared with an estimated 41% for the adrenaline pen recall in
2023.>> <<Q:The average time from alert to the first patient being contacted fell from four days to
under one day.>>

In total 2,340 people have been contacted, and 118 schools and care homes.
"""),
        ("value", "Value", """
The process uses existing systems and costs the ICB about two days of staff time for each recall.
The wholesaler provides its data without charge. A failed recall can mean a faulty medicine used in
an emergency, when there is no second chance.
"""),
        ("spread", "Spread", """
The process and templates have been shared with the other ICBs in the region and with the national
medicines safety network. The Medicines and Healthcare products Regulatory Agency has asked us to
describe the wholesaler data link at one of its stakeholder meetings.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1884  low-carbon inhaler switches without technique checks, found in
#        pharmacy consultations - pdf - numbered questions - university with
#        an LPC, a PCN and an ICB - patients surveyed (nothing changed) and
#        a plan -> no patient involvement
# ---------------------------------------------------------------------------
entry(
    id="I1884", format="pdf", layout="numbered_questions", topic="green_inhaler_switch_technique_pharmacy",
    project="independent118-switchwithcare-1884", pdf_font="LiberationSerif", pdf_align="J",
    title="Switch With Care: checking inhaler technique when patients move to low-carbon inhalers",
    cover=[
        "Lead: University of Corrington, School of Pharmacy and Biomedical Sciences",
        "Partners: Corrington and Vale Local Pharmaceutical Committee; Corrington North Primary Care Network; NHS Corrington Integrated Care Board",
    ],
    primary_entrant=dict(name="University of Corrington", type="university"),
    partners=[
        dict(name="Corrington and Vale Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Corrington North Primary Care Network", type="primary_care"),
        dict(name="NHS Corrington Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "1. The issue", """
Metered-dose inhalers contain propellant gases with a large carbon footprint, and the NHS has
encouraged practices to move suitable patients to dry powder inhalers. These devices need a quick,
deep breath to work, which some people, especially older people and those with severe lung disease,
cannot manage. In 2022 our ICB set practices a target for switching, and many practices changed
prescriptions in bulk, with a letter to the patient, and no appointment.

Community pharmacists began to notice the consequences during New Medicine Service consultations
and ordinary conversations at the counter: people who did not know how to load their new device,
people still using it as though it were an aerosol, and people who had gone back to an old reliever
inhaler because the new one 'didn't do anything'. Some were becoming breathless and using more of
their blue reliever, a recognised warning sign before an asthma attack.

There was no route for these concerns to reach the practices that had made the switches. The
switching letters did not mention the pharmacy, and the target counted switches made, not switches
that worked. The university's school of pharmacy was already working with the local pharmaceutical
committee on pharmacy consultations for long-term conditions, and it offered to design and evaluate a
way of checking every switch.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
Since September 2023 any patient switched to a new inhaler in the PCN is flagged to their nominated
pharmacy, and the pharmacist offers a technique check within four weeks, using a tool that measures
whether the patient can breathe in hard enough for the new device. If they cannot, the pharmacist
messages the practice through a shared route and the switch is reversed.

The university evaluated the scheme over its first year. <<Q:The proportion of switched patients
with correct inhaler technique at their first pharmacy check rose from 46% in the first quarter to
78% in the last, as the pre-switch letter and video were improved.>> <<Q:Among patients with asthma
who were switched, reliever inhaler prescriptions in the six months after the switch fell from an
average of 5.9 to 3.7, compared with no change in the practices outside the scheme.>> <<Q:Emergency
asthma attendances among switched patients fell by around a third compared with the year before.>>

Pharmacists completed 1,840 technique checks, and 212 switches were reversed.
"""),
        ("stakeholders", "3. How were staff and patients involved?", """
<<S:Community pharmacists from the committee designed the technique check with the university team
and piloted it in six pharmacies, where they found that the check took too long with the first tool
and chose a simpler one.>> <<S:Practice nurses and the PCN's clinical pharmacists agreed the criteria
for reversing a switch and asked for the pharmacy message to go straight into their task list.>>
<<S:The ICB's respiratory lead changed the switching target after the pharmacists' early findings
were presented to the respiratory network, so that practices are now measured on switches that are
checked, not just on the number made.>>

A questionnaire was sent to 400 switched patients in the first month; most of those who replied said
they were happy with the check, so the process was left as it was. We plan to recruit patients with
asthma and COPD to an advisory group for the next phase of the study. Patients receive a letter and a
link to a technique video before their switch.
"""),
        ("value", "4. What value has been achieved?", """
The pharmacy checks are paid under the New Medicine Service and existing local arrangements, so the
extra cost was limited to the evaluation, funded by a university grant of £22,000. The carbon
savings from switching are kept, but only for patients who can use the new device safely.
Pharmacists say they value having a clear way to raise concerns with practices.
"""),
        ("spread", "5. How has it been shared?", """
The ICB has extended the pharmacy check to all eight PCNs in Corrington from April 2025. The
evaluation has been presented at a national respiratory conference and submitted for publication,
and the technique check is now taught to pharmacy students at the university.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1885  medicines delivered to hostels and temporary accommodation - docx -
#        reordered (evidence first) - homelessness charity with a pharmacy
#        group, the council's housing team and the community trust - peer
#        workers - NO value section
# ---------------------------------------------------------------------------
entry(
    id="I1885", format="docx", layout="reordered", topic="hostel_temporary_accommodation_medicine_deliveries",
    project="independent118-intherighthands-1885", docx_font="Calibri",
    title="In the Right Hands: medicines delivered to hostels and temporary accommodation",
    cover=[
        "Lead: Harbour Lights Homeless Trust",
        "Partners: Port Alder Community Pharmacies Cooperative; Port Alder Borough Council (Housing Options and Temporary Accommodation); Alder Coast Community Health NHS Trust (Inclusion Health Nursing)",
        "Contact: Head of Health and Wellbeing, Harbour Lights",
    ],
    primary_entrant=dict(name="Harbour Lights Homeless Trust", type="charity"),
    partners=[
        dict(name="Port Alder Community Pharmacies Cooperative", type="primary_care"),
        dict(name="Port Alder Borough Council", type="local_authority"),
        dict(name="Alder Coast Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("evidence", "What we achieved", """
Since the Right Hands arrangements started in May 2023, every medicine delivered to one of the 14
hostels and temporary accommodation sites in Port Alder goes into a locked, named pigeonhole in the
site office, is signed for by a named member of staff, and is handed to the resident in person with
a signature. If it has not been collected within 48 hours, staff tell the pharmacy and the inclusion
health nurses, who go and find the person.

<<Q:Deliveries that could not be accounted for, meaning that nobody knew whether the resident had
received them, fell from 23% of deliveries in an audit in early 2023 to 3% in the same audit a year
later.>> <<Q:Missed doses of critical medicines, such as antiepileptics, insulin and HIV treatment,
reported by the inclusion health nurses went from 57 in the six months before to 12 in the six months
after.>> <<Q:Emergency department attendances by residents for seizures fell from 31 in 2022 to 14 in
2024.>>

About 6,100 deliveries were made to the sites over the first year.
"""),
        ("context", "Why it was needed", """
Port Alder has around 900 people living in hostels, bed-and-breakfast hotels and other temporary
accommodation. Many have long-term conditions and take several medicines, and many are moved at
short notice. Pharmacies deliver to them because they cannot easily get to a pharmacy, or because
their medicines are supplied in weekly packs.

The trouble was what happened after the van arrived. Drivers left bags at a reception desk, with a
neighbour, or in a communal hallway. Night staff did not know who had moved out. Bags went missing,
or were opened by someone else. Controlled drugs and medicines that could be sold were at particular
risk. And when somebody had been moved to another site, their medicines kept arriving at the old one.

A man with epilepsy who had been moved twice in a month went nine days without his medicine in 2022,
and had a prolonged seizure in the street. His pharmacy had delivered on time each week, to an
address he no longer lived at.

The sites themselves are run by a mix of council staff, housing associations and private landlords,
with very different levels of staffing. Some have a staffed office around the clock; others have a
manager who visits once a day. None of them had a written process for medicines, because medicines
had always been seen as something between the resident and their pharmacy. Nobody was responsible for
the bag between the van door and the resident's hand.
"""),
        ("stakeholders", "Who was involved", """
<<PS:Harbour Lights' peer navigators, who have all lived in hostels themselves and are employed by
the charity, mapped the route a bag of medicines takes from the van to the resident at each site, and
found six places where it could go astray.>> <<P:Residents at three hostels told us in group sessions
that they did not want medicines left at reception where other residents could see what they were,
and that is why the pigeonholes are named only with a number.>> <<P:One resident, who had lost a week
of his own medicines in 2022, helped choose the wording of the notice on each pigeonhole.>>

<<S:Pharmacy delivery drivers and hostel staff met twice to agree the signing-for process, and it was
the drivers who proposed a photograph of the signature on their handheld device instead of a paper
book.>> <<S:The council's housing officers agreed to tell the pharmacy cooperative within one working
day when a resident with a delivery is moved, after staff at the sites explained how often residents
were moved without the pharmacy knowing.>> <<S:Inclusion health nurses set the 48-hour rule and the
list of critical medicines that trigger a same-day search.>>
"""),
        ("spread", "Spreading the approach", """
The council has written the Right Hands arrangements into its contracts with temporary accommodation
providers, so any new site must follow them. We have shared the process with two neighbouring
councils and with a national homelessness charity network, and the pharmacy cooperative has offered
the driver training to other pharmacies in the county.
"""),
    ],
    flags=[dict(code="missing_section", criterion="value")],
)


# ---------------------------------------------------------------------------
# I1886  discontinued insulin pen and switch to a new device - pdf - with
#        appendix (trailer) - diabetes support group with the hospital
#        diabetes team, an LPC and a GP federation - members involved - NO
#        staff involvement (staff trained, a named lead doing their job)
# ---------------------------------------------------------------------------
entry(
    id="I1886", format="pdf", layout="with_appendix", topic="discontinued_insulin_pen_device_switch",
    project="independent118-newpen-1886", pdf_font="DejaVuSans", pdf_align="L",
    title="New Pen, Same Dose? Supporting people through the withdrawal of an insulin pen",
    cover=[
        "Entered by: Westford Type 1 and Type 2 Diabetes Support Group",
        "Partners: Westford Royal Infirmary NHS Trust (Diabetes Specialist Team); Westford and Lea Local Pharmaceutical Committee; Lea Valley GP Federation",
    ],
    primary_entrant=dict(name="Westford Type 1 and Type 2 Diabetes Support Group", type="patient_group"),
    partners=[
        dict(name="Westford Royal Infirmary NHS Trust", type="nhs_trust"),
        dict(name="Westford and Lea Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Lea Valley GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "What was the problem?", """
In 2023 the manufacturer of a widely used insulin announced that one of its pen devices would no
longer be made. Around 2,100 people in our area used that pen. The insulin itself was still
available in a different pen, but the new pen dials in a different way, and one of the replacement
products held a more concentrated insulin, so the number on the dial did not mean the same thing as
before.

The national advice was that people should be switched with support. In practice, many of our members
simply found a different pen in their bag when they collected their prescription. Some were told about
the change by the pharmacist at the counter; some were not told at all. Our group's phone line and
online forum filled with worried messages: people who had doubled their dose without realising,
people who had been dialling the old number into the new pen, and people who had run out of the old
pen and did not know whether they could use the new one.

Two of our members had severe hypoglycaemia needing an ambulance within a week of being switched.
One of them, a man in his seventies who lives alone, was found by his daughter, confused and sweating,
after using the new pen at his old dose.
"""),
        ("stakeholders", "Who was involved?", """
This was a project started by people living with diabetes, and our members shaped every part of it.
<<P:Twenty members who were due to switch took part in hands-on sessions in a church hall, trying the
new pens with a dummy cartridge and telling us where they went wrong, which became the 'five things
that are different' card.>> <<P:Members of our young adults' group made a two-minute video of the
switch on their phones, and it is their video that pharmacies now send by text.>> <<P:Older members
asked for a large-print version of the card and for a phone number they could ring in the evening;
the group's volunteers staff that line three evenings a week.>>

Pharmacists and practice nurses were trained by the hospital's diabetes specialist nurses using our
card and video. The lead diabetes specialist pharmacist at the hospital checked the dose conversions,
as part of her usual role. The pharmaceutical committee and the GP federation agreed to adopt the
process across their members.
"""),
        ("evidence", "What has changed?", """
Since September 2023 nobody in our area should be handed the new pen without a conversation.
Practices identify everyone on the old pen and book a review; pharmacies hold back the new pen until
the person has had the card and the video, and check that they know their new dose; and our phone line
takes calls from anyone who is unsure.

<<Q:Ambulance call-outs for severe hypoglycaemia among people known to use insulin in the area fell
from 88 in the three months before the switch programme to 52 in the three months of the switch.>>
<<Q:In a check of 300 people after switching, dosing errors with the new pen fell from 14% in the
first month to 3% by the third month.>>

Our phone line took 740 calls, and the video has been watched 5,300 times.
"""),
        ("value", "Value", """
The card and video cost the group about £2,400, paid for by a small grant from the local community
foundation. Our volunteers give their time for free. One ambulance call-out and admission for severe
hypoglycaemia costs the NHS well over £1,000.
"""),
        ("spread", "Spread", """
The card and video have been shared with the national diabetes charity and with five other local
groups, and the hospital has offered the approach to the regional diabetes network for the next
device change.
"""),
    ],
    trailer=[
        ("heading", "Appendix: the 'five things that are different' card (text)"),
        ("text", "1. Your new pen dials in a different way: check the window, not the clicks. 2. If your new insulin is a stronger concentration, your number may change: ask your pharmacist. 3. Use a new needle each time and prime the pen with 2 units. 4. Never use the old and new pens on the same day. 5. If you feel shaky, sweaty or confused, treat a hypo and ring 111."),
        ("text", "Evening support line run by group volunteers, Monday, Wednesday and Thursday, 6pm to 9pm."),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1887  antimalarial consultations in travel clinics - docx - bullet lists -
#        PRIVATE pharmacy chain as primary entrant with a university travel
#        health unit and a council (ineligible) - staff involved - patients
#        only as customers/surveyed -> no patient involvement - NO
#        quantitative evidence (counts, single figures, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1887", format="docx", layout="bullet_lists", topic="pharmacy_travel_clinic_antimalarials",
    project="independent118-bitebeforeyougo-1887", docx_font="Calibri",
    title="Before You Go: safer antimalarial consultations in our pharmacy travel clinics",
    cover=[
        "Primary entrant: Meridian Pharmacy Group Ltd (84 community pharmacies)",
        "Partners: University of Lowther Travel and Tropical Medicine Unit; Lowther City Council Public Health",
        "Author: Head of Clinical Services, Meridian Pharmacy Group",
    ],
    primary_entrant=dict(name="Meridian Pharmacy Group Ltd", type="private"),
    partners=[
        dict(name="University of Lowther", type="university"),
        dict(name="Lowther City Council", type="local_authority"),
    ],
    sections=[
        ("context", "The challenge", """
Our pharmacies run travel clinics where customers can have travel vaccines and buy antimalarial
tablets after a consultation with a pharmacist. Malaria is one of the most serious infections a
traveller can bring home, and every year people in the UK die from it, often after taking the wrong
tablets, stopping them early, or taking none at all.

In 2022 a review of our travel consultations found:

- antimalarials chosen without checking the person's other medicines, including one customer on an antiepileptic that interacts with the tablet supplied

- mefloquine supplied to a customer with a history of depression

- people visiting friends and relatives in West Africa, who are at the highest risk, often booked at the last minute and were less likely to buy tablets at all

- pharmacists in different branches were using different reference sources, some out of date

- no consistent advice on what to do if a traveller became unwell after returning home

Travel health is a growing part of community pharmacy, and it is an area where the pharmacist is
often the only health professional the traveller sees before they leave. There is no GP record of
the consultation, and if a traveller becomes unwell after coming home, the clinician who sees them
may not know what tablets were taken, for how long, or whether they were taken at all. That gap is
where many of the deaths from malaria begin: a fever put down to flu, a test not done, and a
diagnosis made too late.

The people most at risk are often not holidaymakers but people returning to visit family in
countries where malaria is common. Many of them grew up in those countries and believe, wrongly, that
they are still immune. Many travel for several weeks, stay in rural areas, and book flights at short
notice for a wedding or a funeral. They are also the travellers least likely to pay for a private
consultation.
"""),
        ("evidence", "What we have done and what has changed", """
From March 2023 we introduced:

- a single electronic consultation record for all branches, built with the university's travel medicine specialists, which checks the person's medicines, conditions and pregnancy status before an antimalarial can be chosen

- a 'fever after travel' card for every customer, explaining that any fever within a year of returning needs a same-day malaria test

- free consultations for people visiting family in high-risk countries, funded by the council's public health team, with clinics held in two community centres

Activity so far:

- 9,700 travel consultations were completed using the new record in 2023/24

- 2,300 free consultations were held for people visiting friends and relatives

- the record flagged 410 possible interactions or cautions for the pharmacist to review

- 212 pharmacists have completed the new training

- our target is for every branch to pass its next clinical audit with no major findings
"""),
        ("stakeholders", "Who was involved", """
- <<S:twelve of our travel clinic pharmacists worked with the university team to build the consultation record, and they tested it on past consultations and asked for the interaction check to appear before the price, not after, so that it could not be skipped>>

- <<S:pharmacists at the two community centre clinics changed the clinic times to evenings and Saturdays after telling us that the daytime sessions were almost empty>>

- <<S:the council's health protection nurses reviewed the 'fever after travel' card and added the local emergency department's details>>

- customers were asked to complete a short satisfaction survey after their consultation; nearly all said they were happy, so the consultation was not changed

- the card is given to every traveller and explained by the pharmacist
"""),
        ("value", "Value", """
- the consultation record was developed within our existing IT budget of around £60,000

- the council paid £18 for each free consultation

- a single admission for severe malaria can cost the NHS many thousands of pounds

We recognise that this entry is led by a commercial company. Our pharmacies also provide NHS
services, and we have tried to show that the standards we expect in our private travel clinics can be
built with public health and academic partners and shared freely. The consultation record and the
card are not branded and can be used by any pharmacy.
"""),
        ("spread", "Spread", """
- the consultation record is now used in all 84 Meridian pharmacies

- the university is using our anonymised consultation data in teaching for travel health practitioners

- we have offered the 'fever after travel' card free to any pharmacy in the country
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1888  unlicensed 'special' liquid medicines for children between hospital
#        and community supply - pdf - form table - GP federation with the
#        children's hospital pharmacy, an LPC and a parents' group - NO
#        quantitative evidence (activity counts, a date, a single figure)
# ---------------------------------------------------------------------------
entry(
    id="I1888", format="pdf", layout="form_table", topic="paediatric_unlicensed_specials_continuity",
    project="independent118-samebottle-1888", pdf_font="LiberationSans",
    title="Same Bottle: continuity of unlicensed liquid medicines for children",
    cover_table=[
        ("Project title", "Same Bottle: continuity of unlicensed liquid medicines for children"),
        ("Lead organisation", "North Tyneholm GP Federation"),
        ("Partners", "Tyneholm Children's Hospital NHS Foundation Trust (Pharmacy); Tyneholm Local Pharmaceutical Committee; Tyneholm Parent Carer Forum"),
        ("Contact", "Federation Lead Pharmacist"),
    ],
    primary_entrant=dict(name="North Tyneholm GP Federation", type="primary_care"),
    partners=[
        dict(name="Tyneholm Children's Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="Tyneholm Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Tyneholm Parent Carer Forum", type="patient_group"),
    ],
    sections=[
        ("context", "Background: what was the problem?", """
Many children with complex conditions take medicines that are not made commercially as a liquid, so
they are supplied as unlicensed 'specials' made by specialist manufacturers. The same medicine can be
made at different strengths by different manufacturers. A child discharged from the children's
hospital on one strength of a special might then be given another strength by the community
pharmacy when the GP prescription is dispensed, because the GP prescribes by name only, or because
the pharmacy's supplier makes a different strength.

Parents told the hospital of bottles that looked the same but held twice as much medicine per
millilitre, of doses they had to recalculate at the kitchen table, and of children who became drowsy
or had seizures after a new bottle was started. In 2022 a two-year-old on a special liquid of a heart
medicine was given four times her dose for several days after her prescription was moved from the
hospital to the GP.

No single organisation was at fault. Specials are ordered by each pharmacy from the manufacturer it
uses, and there is no national list of standard strengths for most of them. The hospital had its own
preferred products, chosen for good reasons, but community pharmacies often could not get them or did
not know what they were. GPs, faced with a prescription request for a medicine they had never
prescribed, in a form they did not recognise, prescribed by name and left the strength to the
pharmacy. Each step made sense on its own, and together they put children at risk.

The risk is greatest at the moments when things change: at discharge from hospital, when a child
moves house, when a pharmacy changes its supplier, or when a manufacturer stops making one strength.
These changes happen often, and they are exactly the times when families are least likely to notice
that the number of millilitres they have been giving no longer means the same dose.
"""),
        ("stakeholders", "How were patients, families and staff involved?", """
<<P:Members of the Tyneholm Parent Carer Forum told us which medicines had caused them the most
trouble, and their list became the first set of twenty 'preferred specials' the partners agreed to
use.>> <<P:Parents also designed the 'medicine passport' page in the red book, which records the
strength and the manufacturer of each special, and asked that it include a photograph of the bottle.>>

<<S:Hospital paediatric pharmacists and community pharmacists agreed one preferred strength for each
of the twenty medicines at a series of joint meetings, and community pharmacists asked for a shared
stock list so they could order the same product the hospital uses.>> <<S:GP practice pharmacists in
the federation helped build a prescribing template that includes the strength and the preferred
manufacturer, after finding that free-text prescriptions were where most of the mix-ups began.>>
"""),
        ("evidence", "What has changed?", """
Since November 2023 the hospital discharges every child on a special with the preferred strength,
a medicine passport page and a message to the GP practice and the family's pharmacy. The GP
template fills in the strength and manufacturer automatically. The pharmaceutical committee keeps
the shared stock list and tells pharmacies when a manufacturer changes.

In the first year, 380 children were discharged with a medicine passport, and 94 community
pharmacies ordered from the shared stock list. The template has been used for 1,260 prescriptions.
The list of preferred specials has grown to thirty-two medicines. We have not had a report of a
child given a different strength since February 2024.

We will carry out a full audit of prescriptions against discharge letters in 2025.
"""),
        ("value", "What value has the project delivered?", """
Agreeing preferred strengths has also reduced the cost of specials, because pharmacies order from the
same manufacturers and in larger quantities; the federation estimates savings of about £45,000 a
year. Families say that collecting a prescription is no longer a worry.
"""),
        ("spread", "How has the work been shared?", """
The preferred specials list has been shared with the regional paediatric pharmacy group and with
neighbouring federations, and the children's hospital now gives the medicine passport to children
from outside Tyneholm as well.

We have also asked the national children's medicines group to consider a national list of
preferred strengths for the most common specials, so that families do not have to rely on local
arrangements when they move or are treated in another area.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)
