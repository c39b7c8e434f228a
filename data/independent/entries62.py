"""Sixty-second independent evaluation set (I977..I992) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing community pharmacies, GP
federations, councils, charities, universities and NHS trusts send in, in their own
voices and at their own length.  The theme of this set is medicines outside hospital:
community pharmacy, polypharmacy in older people, controlled drugs, medicines at
transfers of care, and anticoagulants and insulin at home.

Topics: warfarin left at home and still on repeat after people are switched to a newer
anticoagulant (an acute trust anticoagulation service with community pharmacy, a GP
federation and a heart rhythm support group, own headings), blister packs given to older
people by default instead of after an assessment (a council adult social care team, bold
headings with a cover table), painkillers bought over the counter by people taking
anticoagulants (an AF and stroke members' group as lead, numbered questions with cover
bullets), insulin for people living in hostels and sleeping rough (a homelessness
charity, no headings, long), medicines reviews at the kitchen table for housebound older
people on ten or more medicines (a university school of pharmacy, two columns),
controlled drugs collected from the pharmacy by someone the patient never authorised (a
pharmaceutical committee with the police and the council, CAPS headings), hospital
referrals to community pharmacies when medicines change at discharge (an integrated care
board, a form with a cover table), high blood sugar and insulin at home in people taking
dexamethasone for cancer (an acute trust cancer centre, rubric headings), pharmacy
delivery drivers who find last week's medicines unopened on the doorstep (a private
pharmacy company as primary entrant, lists), concentrated oral morphine solution in
people's homes at the end of life (teams of one community trust, no partner, a pdf made
from Word), changes of insulin pen or brand made for cost reasons (a GP federation,
results first, no value section), stockpiles of opioids and other old medicines found in
older people's homes (a council public health team with the fire and rescue service,
with appendix), lockable boxes for take-home methadone and buprenorphine in homes with
children (a drug and alcohol charity, a short form with no evidence section),
anticoagulants started in hospital with no stop date (a primary care network, numbered
questions), supported tapering of long-term benzodiazepines and sleeping tablets in older
people (a mental health trust older people's service, style headings) and family carers
filling weekly pill organisers (a carers' charity on its own, short lists).

Lead types and layouts: I977 nhs_trust (acute), pdf own_headings; I978 local_authority,
docx bold_headings with a cover table; I979 patient_group, docx numbered_questions with
cover bullets; I980 charity (homelessness), docx no_headings; I981 university, pdf
two_column; I982 primary_care (LPC), pdf caps_headings; I983 icb, pdf form_table with a
cover table; I984 nhs_trust (acute cancer centre), docx rubric_headings; I985 private,
pdf bullet_lists; I986 nhs_trust (community, no partner), pdf style_headings via
soffice; I987 primary_care (GP federation), docx reordered; I988 local_authority, pdf
with_appendix; I989 charity (drug and alcohol), docx form_table with a cover table; I990
primary_care (PCN), pdf numbered_questions; I991 nhs_trust (mental health), docx
style_headings; I992 charity (carers, no partner), docx bullet_lists.

Flags: no_patient_involvement I982, I983, I986, I988, I990; no_staff_involvement I978,
I980, I985, I992; no_quantitative_evidence I979, I981 (a measured change told only in
the value section), I988, I989; ineligible I985 (private lead), I986 (no partner), I992
(no partner); missing_section I987 (value, with patient involvement told in the context
section) and I989 (evidence).  I977, I984 and I991 have no flags.

Build it with

    .venv/bin/python data/independent/build.py --set 62   (writes data/corpus/independent62/)

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
  * not Q: dates, financial years, bed/ward/home/hostel/pharmacy/practice counts,
    headcounts, numbers trained, activity counts (visits, calls, referrals, reviews,
    deliveries, returns bags, boxes, cards, alerts, medicines stopped, people screened or
    identified), single figures with no baseline, a zero with no earlier figure, figures
    that did not change, budgets, costs and savings estimates, phone numbers, postcodes,
    reference numbers, targets not yet reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words;
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, members, residents, customers and clients, unusual
    job titles, list items), wherever in the entry it is told; a volunteer or peer worker
    with lived experience, employed by a partner, who helped design the work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, staff delivering a service as part of their usual
    work, audiences at launches and meetings that were only updated, surveys and
    questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices, GP federations, primary care networks and local
pharmaceutical committees (including those now called 'Community Pharmacy ...') are
primary_care; members' groups for people with a condition are patient_group;
homelessness, carers', drug and alcohol and older people's charities and cancer support
centres are charity; a university is university; pharmacy chains and delivery companies
are private).  A department or team of the entrant's own organisation is not a partner.
Flags are written by hand and build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I977  warfarin left at home after a switch to a DOAC - pdf - own headings
#       - lead anticoagulation nurse specialist, practical - acute trust with
#       the LPC, a GP federation and a heart rhythm support group - members
#       and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I977", format="pdf", layout="own_headings", topic="warfarin_doac_switch_duplication",
    project="independent62-onethinner-977", pdf_font="LiberationSans", pdf_align="L",
    title="One Blood Thinner Only: making sure warfarin really stops when people switch to a newer anticoagulant",
    cover=[
        "Lead organisation: Norcaster General Hospital NHS Foundation Trust, Anticoagulation Service",
        "Partners: Community Pharmacy Norcaster (the local pharmaceutical committee); Norcaster South GP Federation; Norcaster Heart Rhythm Support Group",
        "Written by the Lead Anticoagulation Nurse Specialist",
    ],
    primary_entrant=dict(name="Norcaster General Hospital NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Community Pharmacy Norcaster", type="primary_care"),
        dict(name="Norcaster South GP Federation", type="primary_care"),
        dict(name="Norcaster Heart Rhythm Support Group", type="patient_group"),
    ],
    sections=[
        ("context", "Where things were going wrong", """
For more than twenty years our anticoagulation clinic looked after almost everyone in Norcaster who took
warfarin. At its peak we had about 7,800 patients, each with a yellow book, a dose that changed every few
weeks and a blood test to match. Since 2020 most of them have been moved onto one of the newer
anticoagulants, usually apixaban or edoxaban, which need no INR checks. For the patient this is
generally a good thing. The switch itself, though, turned out to be one of the riskiest moments in their
whole treatment.

When we switched someone, we told them to stop warfarin and start the new tablet, and we wrote to their
GP practice. What we did not control was everything that happened next. The warfarin often stayed on the
practice's repeat list because the letter was filed without anyone removing it. Pharmacies that made up
weekly trays kept putting warfarin in, because the tray record was separate from the prescription. And
people had boxes of warfarin at home, sometimes several months' worth, because for years we had told them
never to run out.

We saw the results in our incident reports. In 2022 a man of 79 took warfarin and apixaban together for
eleven days before he was admitted with a bleed from his stomach. A woman who had been switched carried on
taking warfarin on the days she used to come to clinic, out of habit, because 'Thursday was warfarin
day'. A care home resident had both medicines given for a fortnight because the home's chart had been
written from an old discharge letter.

None of these were the fault of a single person. The clinic, the practice, the pharmacy and the patient
each held one piece of the switch, and nobody held all of it. So in 2023 we set up a switch bundle with
our partners. When the clinic switches someone, it sends a coded message to the practice and a
notification to the person's nominated pharmacy on the same day. The federation's clinical pharmacists
remove warfarin from the repeat list within two working days. At the first supply of the new tablet the
community pharmacist has a short 'one blood thinner' conversation, checks trays and charts, and offers to
take the old warfarin back there and then. The yellow book is swapped for a small alert card for the new
medicine.
"""),
        ("evidence", "What has changed", """
We checked the repeat lists of everyone switched in two periods: the whole of 2022, before the bundle,
and the whole of 2024. <<Q:Patients who still had warfarin on their repeat list four weeks after the
switch fell from 31% to 3%.>>

<<Q:Reported incidents of someone taking warfarin and a newer anticoagulant together went from 17 in the
twelve months before the bundle to 2 in the most recent twelve months, and neither of the two led to
harm.>> <<Q:Admissions with bleeding in the first three months after a switch came down by roughly a
third, from 26 to 17, over the same two periods, although the number of people being switched each year
has stayed much the same.>>

Since the bundle started, 2,140 people have been switched and community pharmacies have taken back 1,380
packs of warfarin. The federation pharmacists have also found 96 people on weekly trays whose trays needed
changing.
"""),
        ("stakeholders", "Who helped us and how", """
<<P:Members of the Norcaster Heart Rhythm Support Group were the ones who explained why people kept
their warfarin: after years of being told that their dose might change at any moment, throwing tablets
away felt reckless, so they kept the boxes 'just in case'.>> <<P:They wrote the wording of the new
switch card themselves, including the line 'Your warfarin has now stopped for good', and asked for a box
on the card where the pharmacist can tick that the old tablets have been handed back.>> <<P:Two members
who had been switched in 2021 and still had warfarin in the kitchen drawer agreed to be interviewed, and
what they told us is the reason the take-back offer happens at the pharmacy counter rather than by
post.>>

<<S:The federation's clinical pharmacists worked out the wording of the switch message with our
anticoagulation nurses so that it could be coded and acted on without a GP needing to read it.>>
<<S:Dispensary staff at six community pharmacies tested the notification for two months and asked for it
to arrive before the first prescription for the new medicine rather than after it, which changed the
order of the whole bundle.>> <<S:Pharmacy technicians who make up weekly trays pointed out that warfarin
was being left in trays because the tray record was kept separately, so a tray check is now part of the
conversation.>>
"""),
        ("value", "Value for money and what it means to people", """
The bundle uses time that the clinic, the practices and the pharmacies were already spending on
switches, but spends it in the right order. The pharmacist's conversation takes about five minutes. Our
finance team estimates that an admission for a bleed on anticoagulants costs around £3,500, and some of
these bleeds are into the brain, where the cost to the person cannot be counted in money.

Members of the support group tell us the card gives them permission to let go of the old routine.
Practice staff say that the coded message is one less letter to read.
"""),
        ("spread", "Sharing it", """
The second acute trust in the integrated care system has adopted the bundle for its own switches, and
the local pharmaceutical committee has shared the notification template with its neighbours. We
presented the work at the national anticoagulation nurses' conference in 2024. The same approach could
be used for any switch where an old medicine is meant to stop completely.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I978  blister packs given by default to older people - docx - bold
#       headings with a cover table - council lead practitioner, a little
#       bureaucratic - council with the LPC and the community trust's
#       reablement service - people who use trays and a daughter involved
#       (partly told in the context section) - NO staff involvement (agencies
#       trained, pharmacies sent a specification, a named lead, a survey that
#       changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I978", format="docx", layout="bold_headings", topic="compliance_aids_assessment_older_people",
    project="independent62-rightaid-978", docx_font="Calibri",
    title="Right Aid, Not Any Aid: assessing older people before their medicines go into blister packs",
    cover_table=[
        ("Entry title", "Right Aid, Not Any Aid: assessing older people before their medicines go into blister packs"),
        ("Lead organisation", "Wraxford County Council, Adult Social Care"),
        ("Partners", "Community Pharmacy Wraxford and Dene (local pharmaceutical committee); Wraxford Community Health NHS Trust (Intermediate Care and Reablement)"),
        ("Contact", "Lead Practitioner for Medicines Support, Adult Social Care"),
    ],
    primary_entrant=dict(name="Wraxford County Council", type="local_authority"),
    partners=[
        dict(name="Community Pharmacy Wraxford and Dene", type="primary_care"),
        dict(name="Wraxford Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Background", """
Around 3,600 people in Wraxford receive home care arranged by the council, and most of them are over 75
and take several medicines a day. Until 2022 the usual answer to 'this person needs help with their
tablets' was a blister pack, sometimes called a dosette tray or a compliance aid. Hospitals asked for them
on discharge, home care agencies asked for them because their medicines policies assumed them, and
families asked for them because they looked tidy and safe.

They are not always safe. Some medicines should not be taken out of their original packaging. Tablets
taken 'when needed', liquids, inhalers and weekly medicines do not fit. When a dose changes halfway
through a week, the pharmacy has to remake the whole tray, and often it does not happen in time. People
with dementia may take Wednesday's compartment on a Monday, or two days at once, and people with
arthritis often cannot open the foil at all. Our own safeguarding reviews kept finding trays in the
middle of medicines incidents.

The idea to ask first, rather than hand out a tray, came from people in Wraxford who use them. <<P:At a
session arranged by the Dene Valley Over-Sixties Club in early 2022, eleven people who had their tablets
in trays talked through what went wrong for them, and their view that nobody had ever asked whether they
wanted a tray, or could open one, became the starting point for this project.>> <<P:Several of them
then tried out the draft assessment questions on each other before the first version was printed, and
they asked us to add a practical test, 'please press one tablet out of this pack for me', rather than
simply asking people whether they could manage.>>

Since September 2022 nobody starting home care through the council is given a tray without a medicines
support assessment. A reablement assistant from the community trust or a council assessor uses a short
set of questions about memory, dexterity, eyesight and routine, and looks at the alternatives first:
original packs with a large-print chart, easy-open lids, a reminder alarm, or a care worker prompting from
the original boxes. A tray is only recommended when it is the best option for that person, and the
assessment is shared with the pharmacy and the home care agency. The council also rewrote its home care
medicines policy so that care workers can give medicines from original packs.
"""),
        ("evidence", "Evidence of improvement", """
We compared people starting home care in 2021/22 with people starting in 2023/24. <<Q:The share of
people put onto a blister pack when their home care began fell from 68% to 29%.>>

<<Q:Medicines incidents reported by home care agencies that involved a tray (the wrong day taken, the
wrong compartment, or a tray not remade after a dose change) went down from 212 in 2021/22 to 96 in
2023/24.>> Over the same period the number of people receiving home care rose slightly.

Since the start, 1,930 medicines support assessments have been completed. Pharmacies in the county now
make up about 4,100 trays a month for people who have home care.
"""),
        ("stakeholders", "How people were involved", """
<<P:The daughter of a woman who was admitted to hospital in 2021 after taking two days' tablets at once
joined our monthly project meetings for the whole of the first year, and it was at her insistence that
families are now given a copy of the assessment and the reason for the decision.>>

All 27 home care agencies on the council's framework were offered training on giving medicines from
original packs, and their care workers were briefed by their own managers. Pharmacies were sent a short
service specification explaining the assessment and what to do if they disagreed with it. The work was
led throughout by our Lead Practitioner for Medicines Support, who chaired the project meetings and
reported to the adult social care leadership team. We sent a questionnaire to agency managers after six
months; the replies were positive and nothing was changed as a result. We would like to set up a
reference group of reablement assistants and care workers next year to look at the assessment again.
"""),
        ("value", "Value for money", """
Trays are not separately funded for most people, so fewer unnecessary trays frees pharmacy time for
other work. The assessment takes about 30 minutes and is done alongside the existing home care
assessment. A hospital admission after a medicines mistake costs far more than the assessment, and a
person who keeps managing their own medicines keeps a piece of their independence.
"""),
        ("spread", "Spread", """
Two neighbouring councils have asked for the assessment and the revised medicines policy, and the local
pharmaceutical committee has included the assessment in its guidance for all pharmacies in the county.
The acute trust has changed its discharge template so that a tray is no longer the default choice.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I979  painkillers bought over the counter by people on anticoagulants -
#       docx - numbered questions with cover bullets - members' group chair,
#       chatty - patient group as lead with the LPC and the ICB - members and
#       counter staff involved - NO quantitative evidence (cards, pharmacies
#       signed up, conversations logged, a single mystery shopping figure with
#       no baseline, a target)
# ---------------------------------------------------------------------------
entry(
    id="I979", format="docx", layout="numbered_questions", topic="anticoagulants_otc_painkillers_pharmacy",
    project="independent62-askbeforeyoubuy-979", docx_font="Arial",
    title="Ask Before You Buy: people on blood thinners and painkillers from the chemist's counter",
    cover=[
        "Lead entrant: Kestermoor AF and Stroke Support Group (a members' group for people with atrial fibrillation, their families and stroke survivors)",
        "Entry written by the group's chair, a retired teacher who has taken an anticoagulant since 2016",
    ],
    cover_bullets=[
        "Partner: Community Pharmacy Kestermoor (the local pharmaceutical committee for 58 pharmacies)",
        "Partner: NHS Kestermoor and Fell Integrated Care Board, Medicines Optimisation Team",
    ],
    primary_entrant=dict(name="Kestermoor AF and Stroke Support Group", type="patient_group"),
    partners=[
        dict(name="Community Pharmacy Kestermoor", type="primary_care"),
        dict(name="NHS Kestermoor and Fell Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "1. What was the problem, and why did it need a partnership?", """
Most of our members take a blood thinner, usually apixaban, rivaroxaban or warfarin, to cut their risk of
a stroke. Every one of them has been told, at some point, to be careful with other medicines. What
nobody told most of us was that the painkillers you can pick up next to the toothpaste, ibuprofen,
naproxen gel tablets, aspirin and some cold and flu remedies, can make a serious bleed much more likely
when you are on a blood thinner.

We found this out the hard way. In 2022 one of our longest-standing members, a man of 81, bought
ibuprofen in a supermarket for a bad back and took it for a fortnight. He was admitted with a bleed from
his stomach and needed four units of blood. He had been to his pharmacy twice that month to collect his
apixaban, and nobody had asked and he had not thought to say. It soon became clear that he was far
from the only one.

Pharmacy counter staff sell thousands of painkillers a week and are supposed to ask 'are you taking any
other medicines?', but people say no because they do not think of their daily tablets as 'medicines' in
that sense, or because the painkiller is for someone else. The pharmacist is often in the back and does
not see the sale. The ICB's medicines team knew from national reports that this was a problem, but had
no way of reaching people at the moment they buy.

So we asked the pharmacies and the ICB to work with us. The idea is simple. Everyone on a blood thinner
is offered a small yellow 'Ask before you buy' card with their next supply, to show at any counter.
Counter staff ask one extra question with every painkiller sale: 'Do you take anything to thin your
blood?' If the answer is yes, the pharmacist comes to the counter and suggests something safer, usually
paracetamol, and where it is needed the person is pointed back to their GP about their pain. The ICB
paid for the cards and for shelf labels, and it added the question to the training it funds for
pharmacy teams.
"""),
        ("evidence", "2. What has changed as a result? Please give evidence.", """
We started in April 2023. By the end of 2024:

- 54 of the 58 pharmacies in Kestermoor had signed up to ask the question

- around 9,000 cards had been handed out with anticoagulant prescriptions

- pharmacies recorded 1,120 conversations in which someone on a blood thinner was advised not to buy the painkiller they had picked up

- in mystery shopping visits in the summer of 2024, the counter assistant asked the question in 41 of 48 visits; we did not do any mystery shopping before the scheme, so we cannot say what it used to be

- our target is for every pharmacy to ask every time, and we are not there yet

We would like to know whether fewer people on blood thinners are being admitted with bleeds. The ICB has
told us that the hospital figures are not yet broken down in a way that lets us see this, and we hope to
have them next year.
"""),
        ("stakeholders", "3. Who was involved and how?", """
<<P:The idea came from our own members: at that meeting in 2022 we went round the room, and nine of the
twenty-three people there said they had bought ibuprofen or aspirin at some point without knowing it
could make them bleed.>> <<P:A small working party of members then designed the card, chose a size that
slips behind a bank card in a purse or wallet, and picked yellow because it reminded everyone of the old
anticoagulant book.>> <<P:Members also went into four pharmacies as 'customers' for a practice run, and
their notes about what the counter staff did and did not ask shaped the short script that pharmacies now
use.>>

<<S:Medicines counter assistants from eight pharmacies met us twice and told us that an extra question
would only get asked in a busy shop if it was a single short sentence, and they wrote the sentence
themselves.>> <<S:The ICB's pharmacy technicians changed the wording of the shelf labels after counter
staff pointed out that customers were picking painkillers off open shelves before anyone could ask them
anything.>>
"""),
        ("value", "4. What difference has it made to patients and staff, and is it good value?", """
The cards cost 6p each and the shelf labels about £300 in total. The pharmacies give their time as part
of their normal advice to customers. A single admission for a bleed can mean several days in hospital and
blood transfusions, and for an older person it can be the start of a long decline.

Our members say the card makes it easier to speak up, because they do not have to explain. Counter staff
have told us they feel more confident now they know exactly what to ask.
"""),
        ("spread", "5. How has the work been shared?", """
The national atrial fibrillation charity has put our card on its website for other groups to print.
Two neighbouring pharmaceutical committees have asked for the script, and the ICB is talking to the
supermarkets in the area about asking the same question at their pharmacy counters.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I980  insulin for people living in hostels and sleeping rough - docx - no
#       headings - long - homelessness charity health lead, first person,
#       chatty - charity with the community trust's diabetes nurses, the
#       council housing service and a PCN - residents involved (a named
#       resident, pronouns) - NO staff involvement (hostel staff trained,
#       nurses running their usual clinic, housing officers sent guidance, a
#       named lead, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I980", format="docx", layout="no_headings", topic="insulin_homeless_hostels",
    project="independent62-safeinsulin-980", docx_font="Georgia",
    title="Safe Insulin, No Fixed Address: insulin and diabetes care for people living in hostels and on the streets of Skelbrook",
    cover=[
        "Open Door Skelbrook (homelessness charity), working with Skelbrook Community Health NHS Trust (Diabetes Specialist Nursing), Skelbrook City Council (Housing Options and Rough Sleeping Team) and Skelbrook Central Primary Care Network",
        "Written by Marcia Oduya, Health and Wellbeing Lead, Open Door Skelbrook",
    ],
    primary_entrant=dict(name="Open Door Skelbrook", type="charity"),
    partners=[
        dict(name="Skelbrook Community Health NHS Trust", type="nhs_trust"),
        dict(name="Skelbrook City Council", type="local_authority"),
        dict(name="Skelbrook Central Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", None, """
I have worked at Open Door for nine years, first on the front desk of our day centre and now as the
health and wellbeing lead, and I want to start with a man I will call Dean. Dean had type 1 diabetes
from the age of eleven. When his relationship broke down in 2020 he lost his flat, and over the next
eighteen months he slept in a tent by the canal, on friends' sofas and in three different hostels. Every
move, something went missing: his insulin pens, his meter, his prescription, once his whole rucksack. He
came into the day centre most mornings for a shower and breakfast, and we could see him getting thinner.
In November 2021 he was found in his tent, confused and breathing fast, and died two days later in
hospital of diabetic ketoacidosis. He was 34.

When we looked back at Dean's last year, every organisation had seen part of it. The hospital had
admitted him three times. His GP practice had issued insulin six times in four months, which should have
rung alarm bells. The hostel staff had noticed he was being sick. The council had moved him between
hostels twice. Nobody had put it together.

Dean was not unusual. At any one time there are somewhere between 60 and 80 people using our services who
take insulin, some with type 1 diabetes and more with type 2. Insulin is a hard medicine to look after if
you have no home. It needs to be kept cool but not frozen, and most hostel rooms have no fridge. Shared
kitchen fridges are where things go missing. Pens get lost or taken in moves, and pharmacies are
understandably reluctant to keep giving out more. People who are drinking or using drugs may miss meals
and then take their usual dose, and a hypo in a hostel corridor can look very much like someone who is
drunk or high. More than once, hostel staff had called the police, not an ambulance, to people who turned
out to be hypoglycaemic. And people move, sometimes at a day's notice, to a new hostel across the city or
a bed and breakfast in the next town, where nobody knows they are on insulin at all.

In 2022 we approached the organisations that each held a piece: the community trust, which runs the
diabetes specialist nursing service, the council, which places people in hostels, and the primary care
network that includes the city's specialist practice for people who are homeless. The partnership agreed
four things.

The first was somewhere safe to keep insulin. Every hostel we work with now has a small locked medicines
fridge in the staff office, with a named box for each resident on insulin, which residents can get to at
any hour of the day or night. People sleeping rough are given a bright orange cool wallet and a small
pouch for their meter and pens.

The second was a regular place to be seen. The diabetes nurses hold a weekly drop-in clinic at our day
centre on Tuesday mornings, straight after breakfast, with no appointment needed. The PCN's practice for
homeless people holds the prescriptions, and the pharmacy next door to the day centre dispenses a week's
insulin at a time, delivered to the hostel office.

The third was hypo boxes. Every hostel and our day centre has a box with sugary drinks and sweets, a
glucose meter and a laminated card about what to do.

The fourth was making the insulin follow the person. The council added a confidential 'insulin' marker
on its housing system. When someone on insulin is moved, the housing officer making the move rings the
hostel office so that the fridge box goes with them, and tells the receiving hostel and the PCN.
"""),
        ("evidence", None, """
I should say first that the people we work with move about a great deal, and it is hard to keep track of
anyone for long. The figures below are from our own records, the diabetes nurses' clinic records and
hospital data matched by the PCN, for everyone who was on our insulin caseload at any time.

<<Q:Emergency admissions for diabetic ketoacidosis or severe hypoglycaemia among people on our caseload
went from 23 in the year before the project started to 9 in its second year.>> <<Q:The number of times a
month someone told us that their insulin had been lost, stolen or left behind in a move fell from about
six in 2022 to one or two in 2024.>>

<<Q:For the 38 people who had an HbA1c blood test both when they first came to the Tuesday clinic and
a year later, the average came down from 94 to 71 mmol/mol, which is still high but a big step in the
right direction.>>

There are currently 74 people on our caseload, and 41 of them now use a glucose sensor, which the
diabetes nurses can arrange for people with type 1 diabetes. No one on the caseload has died of a
diabetes emergency since the project began, although I know that with numbers this small that could
change.
"""),
        ("stakeholders", None, """
The most useful ideas came from the people who use our services. <<P:Residents at Carlow House, our
largest hostel, told us they would never put insulin in a shared kitchen fridge because things vanished
from it, and that is why the insulin lives in a locked fridge in the staff office that they can get to
at any hour.>> <<P:They also asked that the box in the fridge have their first name on it, not a room
number, which seems small but mattered to them.>>

<<P:Stevie, who has slept rough on and off for twelve years and has had type 1 diabetes since he was a
boy, suggested the orange cool wallets, because, as he put it, nobody nicks something that looks like it
came from a hospital, and you can find it at the bottom of a bag in the dark.>> <<P:He and two other
men who use the day centre went through the first hypo box and swapped the glucose gel for cans of
full-sugar cola and jelly sweets, which they said people would actually take.>>

Staff in all nine hostels were trained by the diabetes nurses to recognise a hypo and to use the hypo
box. The diabetes nurses run the Tuesday clinic as part of their normal caseload. Housing officers were
sent written guidance about the insulin marker. I have led the project from the start and report on it
to our trustees every quarter. We would like the GPs at the PCN's homeless practice to become more
closely involved in the next stage, particularly in reviewing people who keep missing the clinic.
"""),
        ("value", None, """
The whole thing has cost less than I expected. The nine locked fridges cost about £190 each and the cool
wallets about £12. The nurses' clinic and the pharmacy deliveries use existing services, just arranged
differently. One admission with diabetic ketoacidosis usually means several days in hospital, often in
high dependency, and people who are homeless tend to stay in hospital longer because there is nowhere
safe to discharge them to.

Hostel staff say they no longer dread finding someone collapsed, because they know what to do. The people
who come to the Tuesday clinic tell us they like being seen somewhere they already go, by nurses who do
not tell them off.
"""),
        ("spread", None, """
Two other hostel providers in the city have put in locked fridges and hypo boxes, and the council has
written the insulin arrangements into its new contract for supported accommodation, so every hostel it
funds will have to offer them. The diabetes nurses have presented the Tuesday clinic at a regional
inclusion health network meeting, and we have shared our hypo box list and card with a national network
of homelessness organisations.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I981  kitchen table medicines reviews for housebound older people - pdf -
#       two columns - senior lecturer in pharmacy practice, measured -
#       university with a PCN and an older people's charity - older people
#       and staff involved - NO quantitative evidence in the evidence
#       section (reviews, medicines stopped, a single mismatch figure, a
#       comparison not done); the measured change is told only in the value
#       section
# ---------------------------------------------------------------------------
entry(
    id="I981", format="pdf", layout="two_column", topic="housebound_polypharmacy_home_reviews",
    project="independent62-kitchentable-981", pdf_font="LiberationSerif",
    title="Kitchen Table Reviews: medicines reviews at home for housebound older people on ten or more medicines",
    cover=[
        "University of Merrowby, School of Pharmacy and Medicines Practice (lead), with Merrowby East Primary Care Network and Age Together Merrowby (charity)",
        "Entry by the Senior Lecturer in Pharmacy Practice who leads the programme",
    ],
    primary_entrant=dict(name="University of Merrowby", type="university"),
    partners=[
        dict(name="Merrowby East Primary Care Network", type="primary_care"),
        dict(name="Age Together Merrowby", type="charity"),
    ],
    sections=[
        ("context", "Why housebound people", """
In the eight practices of Merrowby East Primary Care Network there are about 1,100 people over 75 who
are housebound and take ten or more regular medicines. They are the group most likely to be harmed by
their medicines, through falls, confusion, low blood pressure, bleeding and kidney problems, and the
least likely to have their medicines properly reviewed. Structured medication reviews in general
practice mostly happen in the surgery. For housebound patients, reviews were often done from the notes
alone, by telephone, or not at all.

The notes are only half the story. What is actually in the kitchen cupboard is often different from
the record: medicines stopped years ago but still being taken, two brands of the same drug, tablets
bought over the counter, a neighbour's sleeping pills, and boxes of things that are never opened.

Since 2022 our school has worked with the network to offer a review at home. A PCN clinical pharmacist
visits with a final-year pharmacy student. They sit at the kitchen table with the person, and a family
member if they wish, and go through everything in the house, using a recognised set of criteria for
medicines that are often inappropriate in older people. They agree a plan with the person, which the
GP signs off within a week. Age Together's befriending service then makes a follow-up call two weeks
later to see how the person is managing with the changes.
"""),
        ("evidence", "What we can show", """
Between October 2022 and March 2024 the programme carried out 486 reviews. Between them, the people we
visited had 4,960 medicines. In 71% of homes, what was in the cupboard did not match the GP record.

As a result of the reviews, 1,210 medicines were stopped and 390 had their dose changed, always with
the person's agreement. 62 people were referred to the falls service and 45 had blood tests that were
overdue.

We had planned to compare the people reviewed with a matched group from a neighbouring network, but
the approvals for sharing that data did not come through in time for this entry.
"""),
        ("stakeholders", "Who shaped it", """
<<P:Before the first visit, eight older people from Age Together's Wednesday group role-played the
review with our students, and told them to leave the laptop in the car, because tapping at a screen in
someone's kitchen felt like an inspection.>> <<P:The same group wrote the 'My medicines, my say' sheet
that is left on the fridge after every visit, in their own words.>>

<<S:PCN pharmacists and students drew up the home visit checklist together and cut it down after the
first twenty visits, when the pharmacists found that visits were running well over two hours.>>
<<S:Age Together's befriending coordinators asked for a short note of what had been agreed at each
visit, so that they would know what to ask about on the follow-up call, and a tear-off copy was added
to the plan.>> <<S:Two GPs from the network came on early visits and, after seeing the cupboards for
themselves, agreed with their colleagues to sign off plans within a week rather than at the next
annual review.>>
"""),
        ("value", "Value and what it has meant", """
Students on placement are supervised by the PCN pharmacists, so each visit costs the network roughly
half of what a pharmacist visiting alone would cost. The medicines stopped are worth about £64 per
person per year in prescribing costs.

<<Q:When the PCN looked at the first 200 people reviewed, they had 41 emergency admissions in the six
months after their review, compared with 63 in the six months before.>> <<Q:Falls recorded by their
practices went from 88 to 57 over the same periods.>>

People tell us they value being asked what they actually want from their medicines. Students say it
is the most important thing they did in their training.
"""),
        ("spread", "Where it has gone next", """
The home review is now a required placement for all our final-year students, and a second PCN joined
in 2024. We have published the checklist and the fridge sheet on the school's website, and presented the
programme at a national pharmacy education conference.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I982  controlled drugs collected by someone the patient never authorised
#       - pdf - CAPS headings - LPC chief officer, blunt - LPC with the police
#       and the council's safeguarding adults service - pharmacy and police
#       staff involved - NO patient involvement (patients given a leaflet and
#       asked to name collectors, a questionnaire that changed nothing,
#       beneficiaries, a negation, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I982", format="pdf", layout="caps_headings", topic="controlled_drugs_collection_diversion",
    project="independent62-whoscollecting-982", pdf_font="DejaVuSans", pdf_align="L",
    title="WHO'S COLLECTING? Stopping controlled drugs reaching the wrong hands at the pharmacy counter",
    cover=[
        "LEAD: Community Pharmacy Tallowfield (Tallowfield Local Pharmaceutical Committee)",
        "PARTNERS: Tallowfield and Rye Police (Drugs Unit and Safeguarding Hub); Tallowfield Borough Council (Safeguarding Adults)",
        "CONTACT: Chief Officer, Community Pharmacy Tallowfield",
    ],
    primary_entrant=dict(name="Community Pharmacy Tallowfield", type="primary_care"),
    partners=[
        dict(name="Tallowfield and Rye Police", type="emergency_service"),
        dict(name="Tallowfield Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
A lot of strong painkillers and sedatives are collected from pharmacies by someone other than the
patient: a husband, a daughter, a neighbour, a care worker. Usually that is exactly as it should be.
Sometimes it is not. Controlled drugs such as oxycodone, morphine, diazepam and pregabalin have a street
value, and older and housebound people are easy to take advantage of.

Our pharmacists kept telling us the same stories. A grandson collecting his grandmother's morphine every
week, and the grandmother, when a nurse finally asked, in pain and saying she had 'run out again'. A
neighbour who offered to 'help' several people in the same block of flats. Prescriptions reported lost
three times in two months. In one case in 2022 a man with cancer was found by his district nurse in
severe pain; his son had been collecting and selling his oxycodone for weeks.

The law allows anyone to collect a prescription. Pharmacies ask for ID for controlled drugs and record
who collected, but a signature on the back of a prescription says nothing about whether the patient
wanted that person to have their medicines. And when a pharmacist was worried, there was nowhere obvious
to take the worry. The police did not want every concern phoned in to 101. The council's safeguarding
team did not always recognise medicines as a safeguarding matter.

WHO'S COLLECTING? started in January 2023 in all 52 pharmacies in the borough. Patients on controlled
drugs are asked to name up to two people who may collect for them, and this is kept on the pharmacy
record. If anyone else turns up, the pharmacist rings the patient before handing anything over. A short
'CD concern' form goes to a single inbox shared by the police's controlled drugs liaison officer and the
council's safeguarding hub, who decide together who follows it up. Pharmacies also share a log of
'lost' controlled drug prescriptions, so that a pattern across different pharmacies can be seen.
"""),
        ("evidence", "WHAT HAS CHANGED", """
<<Q:Reports of controlled drugs being collected by someone the patient had not authorised fell from 64 in
2022 to 15 in 2024, counting only the 47 pharmacies that kept a log in both years.>> <<Q:Requests to
replace 'lost' controlled drug prescriptions went down by almost half over the same two years.>>

In the two years since the start, pharmacies have sent 212 CD concern forms. These led to 31 safeguarding
enquiries by the council, and the police have charged nine people with offences relating to stolen or
diverted medicines.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<S:Pharmacists and dispensers from twelve pharmacies met the police controlled drugs liaison officer over
three evenings and drew up the nominated collector form, after the dispensers said the old signature on
the back of the prescription told them nothing.>> <<S:Counter staff asked for a line they could say when
an unexpected person arrived without causing a scene, and the one they tested in their own shops, 'I just
need to give Mrs Smith a quick ring first', is now in the guidance.>> <<S:Council safeguarding officers
and pharmacists changed the concern form together after the first month, because pharmacists did not
know what to write in the box about risk.>>

Patients who receive controlled drugs are given a leaflet explaining the scheme and asked to name their
collectors. In 2023 a short questionnaire went out with 500 prescriptions; most people who replied were
happy with the scheme, so the leaflet was left as it was. Older and housebound people are the main
beneficiaries of the work. We did not set up a patient group for this project, but we intend to ask
Tallowfield Healthwatch to review the leaflet in 2025.
"""),
        ("value", "VALUE", """
The scheme costs almost nothing to run beyond the pharmacist's phone call and the time of the liaison
officer and the safeguarding hub, which were already funded. Every diverted supply is a person left in
pain and a dangerous drug on the street. Pharmacists say they finally have somewhere to send a worry.
"""),
        ("spread", "SPREAD", """
The police force has offered the CD concern inbox to the two neighbouring pharmaceutical committees in
its area, and one has started using it. The nominated collector form has been shared with the national
body for local pharmaceutical committees, and we have presented the scheme to the regional controlled
drugs local intelligence network.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I983  hospital referrals to community pharmacy when medicines change at
#       discharge - pdf - form table with a cover table - ICB senior programme
#       lead, formal - ICB with the acute trust and the LPC - staff involved -
#       NO patient involvement (patients asked which pharmacy they use, sent
#       a text, beneficiaries, the citizens' panel updated, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I983", format="pdf", layout="form_table", topic="discharge_referrals_community_pharmacy",
    project="independent62-handoverhighstreet-983", pdf_font="LiberationSans",
    title="Handover to the High Street: making hospital referrals to community pharmacy count when medicines change",
    cover_table=[
        ("Entry title", "Handover to the High Street: making hospital referrals to community pharmacy count when medicines change"),
        ("Lead organisation", "NHS Pellbridge and Wold Integrated Care Board (Medicines Optimisation)"),
        ("Partner organisations", "Pellbridge Hospitals NHS Trust (Pharmacy and Medicines Management); Pellbridge and Wold Local Pharmaceutical Committee"),
        ("Entrant", "Senior Programme Lead, Medicines Safety, NHS Pellbridge and Wold ICB"),
    ],
    primary_entrant=dict(name="NHS Pellbridge and Wold Integrated Care Board", type="icb"),
    partners=[
        dict(name="Pellbridge Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Pellbridge and Wold Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "Why was the partnership needed? What were the safety goals?", """
Around a third of people leaving hospital have had at least one of their regular medicines started,
stopped or changed. Many go home to a repeat prescription and a community pharmacy that still reflect
what they took before admission. National evidence shows that medicines-related harm after discharge
is common and that much of it is avoidable.

The national Discharge Medicines Service allows hospitals to send an electronic referral to the
patient's community pharmacy, so that the pharmacist can check the next prescription against the
discharge changes and talk to the patient. In Pellbridge and Wold the service existed on paper but
was not working. In 2022/23 Pellbridge Hospitals sent about 6,000 referrals. Fewer than a quarter were
completed. Referrals went to the wrong pharmacy, often one the patient had used years ago, or to
pharmacies that had closed. Many arrived in a general inbox that was checked once a week. Referrals
for people on weekly trays arrived after the next tray had already been made up with the old doses.

Our incident reviews in 2022 included a woman discharged with her furosemide dose halved whose trays
carried on at the old dose for three weeks, a man whose insulin regimen had been changed but whose
pharmacy continued to supply the previous insulin, and a care home resident whose opioid patch strength
was doubled in error at the pharmacy because the discharge change had not reached it.

The goals of the partnership were: referrals sent to the right pharmacy; referrals for high-risk
medicines (anticoagulants, insulin, opioids and medicines for people on trays) acted on within two
working days; and fewer people readmitted because of a medicines problem.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
From April 2023 the trust's ward pharmacy teams confirm the patient's usual pharmacy at the medicines
reconciliation stage, not at discharge. High-risk referrals are flagged red and the pharmacy receives a
text alert as well as the electronic referral. The LPC set up a 'DMS buddy' system so that every pharmacy
has a named colleague who covers its referrals when it is short-staffed. The ICB publishes a monthly
dashboard for each pharmacy and each ward.

<<Q:The share of referrals completed by the community pharmacy rose from 22% in 2022/23 to 71% in
2024/25.>> <<Q:Referrals sent to the wrong pharmacy, or to one that had closed, fell from about one in
eight to one in fifty.>> <<Q:Among patients referred with an anticoagulant, insulin or an opioid,
readmissions within 30 days in which a medicines problem was a factor went down from 9.4% to 5.1%.>>

The trust now sends about 7,400 referrals a year.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Ward pharmacy technicians said that asking 'which chemist do you use?' at the door of the ward, with
the patient already dressed to go home, produced the wrong answer half the time, and it was their idea to
move the question to the medicines reconciliation stage.>> <<S:A group of community pharmacists and
pharmacy technicians, brought together by the LPC, worked with the trust's digital team on the red flag
and the text alert, and rejected the first design because it sent alerts for every change, however
small.>> <<S:Pharmacists from the smaller independent pharmacies proposed the buddy system after
explaining that a single pharmacist working alone could not leave the counter to deal with referrals.>>

Patients are asked at admission which pharmacy they use and are sent a text message when a referral has
been made. The ICB's citizens' panel received an update on the programme in 2024. The work benefits
every patient who leaves hospital with changed medicines. We plan to invite patients to help review the
wording of the text message next year.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
Pharmacies are paid a national fee for each completed referral, so more completed referrals also brings
more income to local pharmacies. The changes to the ward process cost nothing beyond staff time, and the
text alert costs about £2,000 a year. A readmission costs the local system on average around £3,400.
Pharmacists say they now get referrals they can act on.
"""),
        ("spread", "How has the work been shared and spread?", """
The neighbouring ICB has adopted the red flag and the buddy system for its two acute trusts. The
dashboard has been shared with the regional medicines safety network, and the LPC presented the buddy
system at a national community pharmacy conference.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I984  high blood sugar and insulin at home in people taking dexamethasone
#       for cancer - docx - rubric headings - oncology diabetes nurse
#       specialist, detailed - acute trust cancer centre with community
#       nursing, a GP federation and a cancer support charity - patients, a
#       carer and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I984", format="docx", layout="rubric_headings", topic="steroid_hyperglycaemia_cancer_home",
    project="independent62-sugarsteroids-984", docx_font="Calibri",
    title="Sugar and Steroids: safer blood glucose care for people taking dexamethasone during cancer treatment at home",
    cover=[
        "Lead: Dunstow Teaching Hospitals NHS Foundation Trust, Dunstow Cancer Centre",
        "Partners: Dunstow Community Services NHS Trust (District Nursing and Community Diabetes Team); Dunstow and Ashby GP Federation; Cedar Lodge Cancer Support Centre (charity)",
        "Author: Oncology Diabetes Nurse Specialist",
    ],
    primary_entrant=dict(name="Dunstow Teaching Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Dunstow Community Services NHS Trust", type="nhs_trust"),
        dict(name="Dunstow and Ashby GP Federation", type="primary_care"),
        dict(name="Cedar Lodge Cancer Support Centre", type="charity"),
    ],
    sections=[
        ("context", "Why was the partnership needed and what were its patient safety goals?", """
Dexamethasone is one of the most widely used medicines in cancer care. It is given to prevent sickness
with chemotherapy, to reduce swelling around brain tumours and in spinal cord compression, and as part
of treatment for myeloma and some lymphomas. It also raises blood sugar, sometimes dramatically. People
who already have diabetes can become very unwell within days, and people who have never had diabetes
can develop it while they are on steroids.

Almost all of this happens at home. A patient may start dexamethasone in the oncology clinic on a
Monday, take it at home for weeks, and have their dose reduced by one team while another is managing
their sugars. Before 2022 glucose was rarely checked at the start of treatment. When high sugars were
found, usually when the person came in feeling thirsty, drowsy and confused, insulin was started on the
ward, and the person went home to the care of the district nurses and their GP. The steroid dose was then
tapered down by the oncology team, but nobody told the district nurses, and the insulin dose stayed the
same. The result was the opposite problem: low blood sugars, often at night.

Between 2020 and 2021 our cancer centre recorded a man with a brain tumour who was admitted in a
hyperosmolar state after three weeks of high-dose dexamethasone, and a woman with myeloma who was found
unconscious at home with a blood sugar of 1.8 after her steroids had been stopped but her insulin had not.
There were many more near misses.

Our goals were: every patient starting dexamethasone for more than a few days has their glucose checked
at the start and is given a way of monitoring at home; anyone started on insulin has one plan shared by
the cancer centre, the district nurses and the GP; and the insulin dose comes down whenever the steroid
dose does.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Since April 2022 the cancer centre's steroid prescribing template prompts a glucose check and, if it is
raised, a referral to me. Patients at risk go home with a meter, a simple diary and a card saying who to
call. Anyone started on insulin gets a shared 'steroid insulin plan' on the community record that sets
out how the insulin should change as the steroids are reduced, with the tapering dates written in. The
district nurses and I review every patient on the plan by phone each week. The GP federation's
pharmacists check that the plan matches what is on repeat.

<<Q:Emergency admissions with hyperosmolar hyperglycaemic state or diabetic ketoacidosis among patients
taking dexamethasone under the cancer centre fell from 21 in 2021/22 to 8 in 2023/24.>>
<<Q:Episodes of hypoglycaemia needing an ambulance or admission while the steroid dose was being reduced
went down from 14 to 3 over the same years.>> <<Q:Patients starting dexamethasone for longer than five
days who had their glucose checked at the start went from fewer than half in our 2021 audit to 94% in
2024.>>

In 2023/24, 212 patients were on a steroid insulin plan at some point.
"""),
        ("spread", "How have the achievements been applied elsewhere and best practice shared?", """
The steroid insulin plan has been adopted by the haematology day unit and by the trust's
neuro-oncology ward. The community trust uses it for patients on long-term steroids for other reasons,
such as lung disease. We presented the work at the national oncology nursing conference in 2024 and
the regional cancer alliance has included the template in its guidance for all three cancer centres in
the region.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
Meters, strips and diaries cost about £25 a patient. My time and the weekly review come from existing
posts. An admission with a hyperglycaemic emergency usually means five to seven days in hospital, and for
someone with advanced cancer that may be a large part of the time they have left.

District nurses say that for the first time they know what the steroid plan is. Patients say they feel
less like their cancer team and their diabetes care live in different worlds.
"""),
        ("stakeholders", "Who was involved and how were patients and staff involved?", """
<<P:Members of the brain tumour support group that meets at Cedar Lodge told us that nobody had warned
them about thirst, weeing at night and blurred vision on steroids, and they wrote the symptoms section
of the patient card.>> <<P:They asked for the diary to fit on one side of A4 with big boxes, because many
of them have problems with their eyesight or their concentration after treatment, and it was redesigned
twice until they were happy with it.>> <<P:The husband of a woman treated for myeloma, who had found her
unconscious at home, met the project group and asked that families be told what a hypo looks like, and
his words are on the back of the card.>>

<<S:District nurses from all four localities met with me and the oncology pharmacists over several
months and designed the weekly tapering table in the steroid insulin plan.>> <<S:Oncology registrars
tested the prompt on the prescribing template and asked for it to fire only for courses of more than
five days, after finding that it was interrupting every chemotherapy prescription.>> <<S:GP federation
pharmacists suggested adding the tapering dates to the repeat prescription notes, so that practices can
see at a glance when the insulin should come down.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I985  pharmacy delivery drivers who find last week's medicines unopened -
#       pdf - bullet lists - PRIVATE pharmacy company as primary entrant, with
#       the council and the ambulance service (ineligible) - superintendent
#       pharmacist, upbeat - customers and a son involved - NO staff
#       involvement (drivers trained, call handlers briefed, clinicians told
#       in a bulletin, a named lead, a survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I985", format="pdf", layout="bullet_lists", topic="pharmacy_delivery_unopened_medicines_welfare",
    project="independent62-eyesatdoor-985", pdf_font="LiberationSans", pdf_align="L",
    title="Eyes at the Door: pharmacy delivery drivers raising the alarm when medicines go unopened",
    cover=[
        "Submitted by Hearthside Pharmacy Group Ltd (31 community pharmacies and a home delivery service)",
        "In partnership with Elverton Metropolitan Borough Council (Adult Social Care Front Door) and Cresswold Ambulance Service NHS Trust",
        "Contact: Superintendent Pharmacist, Hearthside Pharmacy Group Ltd",
    ],
    primary_entrant=dict(name="Hearthside Pharmacy Group Ltd", type="private"),
    partners=[
        dict(name="Elverton Metropolitan Borough Council", type="local_authority"),
        dict(name="Cresswold Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "Why we started", """
Hearthside delivers about 6,000 bags of medicines a week to people's homes across Elverton, most of them
to older people who live alone and cannot get to a pharmacy.

What we noticed in 2022:

- drivers regularly found the previous week's bag still on the doorstep, in the porch or in the key safe, unopened

- the usual practice was to take the new bag back to the pharmacy and try again next week

- nobody was told that the person had not taken in their medicines, including blood thinners, insulin and heart tablets

- in March 2022 a man of 86 was found dead at home nine days after a driver had first seen his bag untouched

- in another case a woman was found on her kitchen floor, alive but badly dehydrated, after two missed deliveries

What Eyes at the Door does, since February 2023:

- any driver who finds an unopened bag, or gets no answer for a second time, uses a three-question check on their handheld device

- the pharmacy rings the person, then their named contact, within the hour

- if nobody can be reached, the pharmacy calls the council's adult social care front door, which arranges a welfare visit the same day, or calls 999 if the person is known to be at high risk

- people on anticoagulants, insulin, opioids or medicines for epilepsy are marked as priority on the delivery round
"""),
        ("evidence", "Results", """
We compared February 2022 to January 2023 with February 2023 to January 2024.

- <<Q:the average time between a driver noticing an unopened bag and someone checking on the person fell from about two and a half days to under three hours>>

- <<Q:customers found on the floor or unwell more than 24 hours after a missed delivery went from 11 to 2>>

- <<Q:priority customers who went a week or more without their medicines because of a missed delivery fell from 63 to 14>>

- drivers raised 1,480 alerts in the year, and in most cases the person had simply gone to stay with family
"""),
        ("stakeholders", "Who was involved", """
- <<P:we phoned 60 customers who live alone and asked what they would want us to do if they did not answer the door; most said 'ring my daughter' or 'ring my son' before anyone else, so a named contact is now always the first call>>

- <<P:the son of the man who died in 2022 met our managers and helped write the card that drivers leave when nobody answers, which tells people what will happen next and that it is not about being nosy>>

- <<P:a group of customers who use our service at the Mill Court sheltered scheme chose to have a small green sticker in their window on days when they are away, so drivers know not to worry, which we now offer to everyone>>

- all 44 delivery drivers were trained in the three-question check

- call handlers at the council's front door were briefed on the new type of call

- ambulance clinicians were told about the scheme in the trust's clinical bulletin

- the scheme is led by our Superintendent Pharmacist, who reports monthly to the company board

- we sent a survey to drivers after six months and the answers were positive, so nothing was changed

- we plan to invite drivers to help review the check in 2025
"""),
        ("value", "Value", """
- the check adds a minute or two to a delivery that goes wrong, and nothing to one that goes right

- the council's welfare visits were an existing service

- a long lie on the floor can turn a fall into a hospital stay of weeks

- customers and families tell us it is reassuring to know someone will notice
"""),
        ("spread", "Spread", """
- we have introduced Eyes at the Door in our pharmacies in two neighbouring boroughs

- the ambulance service has shared the scheme with other home delivery pharmacies in its area

- we have presented it to the national association of pharmacy multiples
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I986  concentrated oral morphine solution at home at the end of life -
#       pdf (via Word) - style headings - consultant pharmacist in palliative
#       care, reflective - teams of ONE community trust, no partner
#       organisation (ineligible) - staff involved - NO patient involvement
#       (families given a diary and sent a letter, an admission that they
#       were not asked, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I986", format="pdf", layout="style_headings", topic="concentrated_oral_morphine_community",
    project="independent62-onestrength-986", render_via="soffice", docx_font="Liberation Serif",
    title="One Strength at Home: taking concentrated oral morphine out of community prescribing at the end of life",
    cover=[
        "Harrowden Community Healthcare NHS Trust",
        "A joint project of the trust's Specialist Palliative Care Team, District Nursing Service, Hospice at Home Service and Community Medicines Management Team",
        "Lead: Consultant Pharmacist, Palliative Care",
    ],
    primary_entrant=dict(name="Harrowden Community Healthcare NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "The problem", """
Oral morphine solution comes in two strengths that look alike on a label: the ordinary solution, 10mg
in 5ml, and a concentrated solution, 20mg in 1ml, which is ten times stronger. The concentrated form has
a place in specialist practice, for people who need large doses in a small volume. In the community it is
dangerous. A family member who has been told to give '5ml' for pain and is handed the concentrate will
give a tenfold overdose. A district nurse who is used to one strength may record a dose in millilitres
that was meant in milligrams.

Across Harrowden both strengths were being prescribed for people in their last months of life at home,
by GPs, by out-of-hours doctors and sometimes on discharge from hospital. Our own incident reports for
2021 and 2022 included a man who was given 10ml of the concentrate by his wife, who had been told '10ml'
by a doctor thinking of the ordinary solution, and who became deeply sedated and needed naloxone; a woman
whose pharmacy supplied the concentrate against a prescription that did not say which strength; and
several cases where both strengths were in the same house.

We are one organisation, but the problem crossed four of our own teams: the specialist palliative care
team who advise on prescribing, the district nurses who give and record doses, the hospice at home team
who support families overnight, and the medicines management team who write our formulary and
policies. The project brought them together to do three things: remove the concentrated solution from
our community formulary except on specialist advice; make sure every oral morphine dose is written and
spoken in milligrams as well as millilitres; and give families a simple diary and a marked oral syringe.
"""),
        ("evidence", "Results", """
The formulary change took effect in September 2022 and was supported by a prescribing alert in the
community clinical system.

<<Q:Community prescriptions for concentrated oral morphine solution in the trust's area fell from 312 in
2022 to 19 in 2024, all of the remaining ones on specialist advice.>> <<Q:Incidents involving the wrong
strength or a tenfold dose of oral morphine at home went from 14 in 2022 to 3 in 2024.>>

District nurses and the hospice at home team have handed out 1,640 family diaries and marked syringes.
"""),
        ("stakeholders", "Involvement", """
<<S:District nurses from the three localities went through a year of incident reports with the
palliative care pharmacists and suggested writing every dose as 'milligrams (millilitres)' on the drug
chart, which is now our standard.>> <<S:Hospice at home health care assistants, who are often the ones
sitting with a family at three in the morning, asked for the oral syringes to have a coloured band at the
usual dose, and tested three designs before one was chosen.>> <<S:Our community pharmacy technicians
went through every dispensing label in the area with the local pharmacies and found that some still
printed the strength in small type at the bottom, which the pharmacies then changed.>>

Families are given the diary when a district nurse first visits, and were sent a letter explaining the
change in 2022. We did not ask patients or families to comment on the diary before it was printed, which
in hindsight we should have done. We plan to ask the carers' group at the hospice to review it in the
coming year.
"""),
        ("value", "Value", """
The change cost very little: the marked syringes are about 40p each and the diaries were printed in
house. A single serious overdose can mean an unplanned admission at the end of someone's life, when what
they wanted was to stay at home, and it leaves a family member with a burden of guilt that no money can
put right.

District nurses tell us they feel calmer about leaving oral morphine in the house.
"""),
        ("spread", "Spread", """
Our formulary position has been shared with the neighbouring community trust and the two acute trusts
that discharge into our area, and one has already followed it. We presented the work at the regional
palliative care pharmacists' network.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I987  changes of insulin pen or brand made for cost reasons - docx -
#       reordered (results first) - GP federation lead pharmacist, brisk -
#       GP federation with community nursing, community pharmacy and a
#       diabetes support group - members involved (told in the context
#       section) and staff involved - NO value section
# ---------------------------------------------------------------------------
entry(
    id="I987", format="docx", layout="reordered", topic="insulin_pen_brand_switch_safety",
    project="independent62-samenewpen-987", docx_font="Cambria",
    title="Same Insulin, New Pen: keeping people safe when their insulin brand or device is changed",
    cover=[
        "Lead organisation: Quenby GP Federation, Medicines Optimisation Team",
        "Partners: Quenby Community NHS Trust (District Nursing and Diabetes Specialist Nursing); Community Pharmacy Quenby; Quenby Diabetes Support Group",
        "Written by the federation's Lead Pharmacist",
    ],
    primary_entrant=dict(name="Quenby GP Federation", type="primary_care"),
    partners=[
        dict(name="Quenby Community NHS Trust", type="nhs_trust"),
        dict(name="Community Pharmacy Quenby", type="primary_care"),
        dict(name="Quenby Diabetes Support Group", type="patient_group"),
    ],
    sections=[
        ("evidence", "What we achieved", """
We compared the first insulin switch programme in Quenby, in 2021, with the second, in 2023, which was
run the new way.

<<Q:Dosing errors reported in the three months after a switch fell from 27 to 4, even though the second
programme switched more people.>> <<Q:Hypoglycaemia needing an ambulance among people who had just been
switched went from 19 call-outs to 6.>> <<Q:People who had a face-to-face or video 'new pen' check before
their first supply of the new insulin went from almost none in 2021 to nine in every ten in 2023.>>

In the 2023 programme, 1,280 people changed to a different long-acting insulin or pen.
"""),
        ("context", "Why we started", """
Like many areas, Quenby changes people's insulin from time to time to a cheaper product that works in the
same way, usually a biosimilar version of a long-acting insulin. The insulin is the same; the pen often is
not. Pens differ in how you prime them, how far the dial turns, what the click sounds like, and in some
cases how many units are in each millilitre. A person who has used the same pen for ten years can easily
get it wrong.

In our first switch programme in 2021 the change was made on the prescription, with a letter to each
patient. Many people met their new pen for the first time when they opened the pharmacy bag. Some primed
it with the same number of units they were used to and lost half their dose. Some, unsure whether it had
worked, gave a second injection. District nurses arrived to give insulin to housebound patients and found
a pen they had not been trained on. Practices were fielding calls for weeks afterwards, and two people
were admitted with very low blood sugars after double doses. The savings from the switch were real, but
so was the harm, and it fell on the people least able to cope with a change they had not asked for.

<<P:We first heard how this felt from the Quenby Diabetes Support Group, whose members described opening
the bag to find a pen they had never seen, with a leaflet in tiny print and no one to show them how it
worked.>> <<P:Four of them then tried out the new pens at one of their monthly meetings, and the mistakes
they made, such as priming with the wrong number of units and not waiting for the click, became the
checklist we now use in every switch appointment.>>

For the 2023 programme we agreed that nobody would receive a new pen without first being shown it. The
practice or the community pharmacy offers a short 'new pen' check in person or by video. The pharmacy
holds the first supply until the check is done. District nurses get the list of their housebound
patients being switched a month ahead, with demonstration pens.
"""),
        ("stakeholders", "Who was involved", """
<<S:Community pharmacists said they could do the check at the counter if it took ten minutes and had a
simple script, so the diabetes specialist nurses and pharmacists wrote the script together and trimmed it
after trying it with the first fifty patients.>> <<S:District nurses asked for the switch dates to be
staggered across their caseload so that they were not learning three new pens in one week, and the
programme was phased by locality as a result.>> <<S:Practice nurses in the federation tested the video
version of the check and suggested that the person hold the pen up to the camera at each step.>>
"""),
        ("spread", "Sharing it", """
The ICB has made the new pen check a condition of any future insulin switch in the county. We have
shared the script and the checklist with three neighbouring federations, and the work has featured in
the national diabetes charity's magazine.
"""),
    ],
    flags=[dict(code="missing_section", criterion="value")],
)


# ---------------------------------------------------------------------------
# I988  stockpiles of opioids and old medicines in older people's homes -
#       pdf - with appendix - council public health consultant, earnest -
#       council with the fire and rescue service and the LPC - staff
#       involved - NO patient involvement (residents given a leaflet, a
#       survey that changed nothing, an audience at a launch, a plan) - NO
#       quantitative evidence (visits, returns bags, kilograms, doses, a
#       single figure with no baseline, a target)
# ---------------------------------------------------------------------------
entry(
    id="I988", format="pdf", layout="with_appendix", topic="medicines_stockpiles_older_people_homes",
    project="independent62-clearcupboard-988", pdf_font="LiberationSerif", pdf_align="L",
    title="Clear the Cupboard: finding and removing stockpiled opioids and other risky medicines in older people's homes",
    cover=[
        "Lead entrant: Brenchley Vale Council, Public Health",
        "Partners: Brenchley and Lowe Fire and Rescue Service (Prevention and Safe and Well Visits); Brenchley Vale Local Pharmaceutical Committee",
        "Prepared by the Consultant in Public Health for Healthy Ageing",
    ],
    primary_entrant=dict(name="Brenchley Vale Council", type="local_authority"),
    partners=[
        dict(name="Brenchley and Lowe Fire and Rescue Service", type="emergency_service"),
        dict(name="Brenchley Vale Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "Why this matters", """
When our drug and alcohol related deaths panel reviewed the deaths of people over 60 in Brenchley Vale
between 2019 and 2022, one thing kept coming up. Many of the people who died of an overdose had not
bought anything illegally. They had taken medicines that were already in their homes: old prescriptions
of morphine or codeine, tramadol left over from a hip operation, a partner's fentanyl patches after he
had died, and sleeping tablets collected over years. Some of these deaths were accidents, some were
suicides, and in some it was impossible to tell. In two cases the medicines had been taken by a
grandchild.

The stockpiles are not hard to find. Anyone who goes into older people's homes will have seen the
carrier bag of boxes on top of the wardrobe. Fire crews see them on every shift. The fire service's safe
and well visits already take crews into about 6,000 older people's homes a year, to check smoke alarms,
heating and falls risks, but until 2023 those visits never asked about medicines.

Clear the Cupboard started in April 2023. During a safe and well visit, the crew now asks whether there
are any medicines in the house that are no longer being taken. With the person's agreement, unwanted
medicines are placed in a sealed returns bag, which the crew drops off at a participating pharmacy on the
way back to the station. The pharmacy records what has been returned and destroys it safely. Where the
bag contains an opioid or other controlled drug, or more than a month's supply of anything, the
pharmacist lets the person's GP practice know so that the repeat prescription can be reviewed. The
council also runs a 'Clear the Cupboard' week each autumn, when any pharmacy will accept returns with
no questions asked.
"""),
        ("evidence", "What difference it has made", """
In the first eighteen months:

- safe and well visits that included the medicines question: 3,140

- homes where unwanted medicines were found: 1,022

- returns bags taken to pharmacies by crews: 1,860, weighing about 610 kilograms in total

- individual doses of controlled drugs returned, as counted by pharmacists: around 4,200

- letters sent to GP practices asking for a review of a repeat prescription: 214

In 2024 there was one death of a person over 60 in Brenchley Vale in which a stockpiled prescription
medicine was involved. We have not yet had long enough to say whether this is a real change, and the
numbers in any one year are small.

Our target is for the medicines question to be asked at every safe and well visit. In the last quarter
it was recorded at 83% of visits.
"""),
        ("stakeholders", "Who was involved", """
<<S:Firefighters from the prevention team and two watch managers worked with our public health
practitioners to word the medicines question, and they changed it from 'do you have any unused
medicines?', which nearly everyone answered 'no', to 'is there anything in the house you have stopped
taking?', which is the version used now.>> <<S:Pharmacists and pharmacy technicians at five pharmacies
tested the returns bag for a month and asked for a tear-off slip on the bag for the crew to write the
address and the date, so that the pharmacy would know which GP practice to tell.>> <<S:Crews at the two
busiest stations raised concerns about carrying controlled drugs in their appliances, and after
discussion with the police and the LPC the bags are now sealed in front of the resident and never
opened by the crew.>>

Every resident visited receives a leaflet about safe storage and disposal of medicines. We surveyed 200
of the residents who had a bag taken away, and almost all were pleased with the service, so no changes
were made. The scheme was launched at a coffee morning for older residents at the central library, where
around 60 people heard about it. We would like to involve older people's groups in redesigning the
leaflet next year.
"""),
        ("value", "Value", """
The returns bags cost 30p each. Safe and well visits and pharmacy returns are existing services, and the
only new cost is about ten minutes of crew time per visit. The cost of a single drug-related death, to
families and to services, is impossible to put a figure on, and the cost of one emergency admission after
an overdose is several thousand pounds.
"""),
        ("spread", "Spreading the work", """
Two neighbouring fire and rescue services have added the medicines question to their own safe and well
visits. The LPC has shared the returns bag and slip with pharmaceutical committees across the region, and
we presented Clear the Cupboard at a national conference on drug-related deaths in 2024.
"""),
    ],
    trailer=[
        ("heading", "Appendix: the medicines question and data sources"),
        ("para", "The medicines question asked during safe and well visits: 'Is there anything in the house you have stopped taking, or that belongs to someone who no longer lives here?' If yes: 'Would you like us to take it to the pharmacy for you today?'"),
        ("para", "Visit and bag numbers are from Brenchley and Lowe Fire and Rescue Service's prevention database. Weights and controlled drug counts were recorded by participating pharmacies and collated by the LPC. Death figures are from the council's drug and alcohol related deaths panel."),
        ("para", "Contact: Public Health Team, Brenchley Vale Council, Civic Offices, Market Street, Brenchley BV1 2QT."),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I989  lockable boxes for take-home methadone and buprenorphine in homes
#       with children - docx - form table with a cover table - short - drug
#       and alcohol charity family recovery manager, plain - charity with the
#       council's children's services and public health and the LPC -
#       clients and staff involved - NO evidence section and no measured
#       change anywhere in the entry
# ---------------------------------------------------------------------------
entry(
    id="I989", format="docx", layout="form_table", topic="opioid_substitution_lockboxes_children",
    project="independent62-lockedsafe-989", docx_font="Calibri",
    title="Locked and Safe: storage boxes for take-home opioid substitution medicines in homes with children",
    cover_table=[
        ("Title of entry", "Locked and Safe: storage boxes for take-home opioid substitution medicines in homes with children"),
        ("Lead organisation", "New Leaf Recovery Whitlow (registered charity)"),
        ("Partner organisations", "Whitlow City Council (Children's Social Care and Public Health); Community Pharmacy Whitlow"),
        ("Name and role of entrant", "Service Manager, Family Recovery Team"),
    ],
    primary_entrant=dict(name="New Leaf Recovery Whitlow", type="charity"),
    partners=[
        dict(name="Whitlow City Council", type="local_authority"),
        dict(name="Community Pharmacy Whitlow", type="primary_care"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and its safety goals.", """
New Leaf provides drug treatment services in Whitlow, including prescribing of methadone and
buprenorphine for about 1,400 people. As people become stable in treatment they move from taking their
dose in front of the pharmacist each day to collecting several days' supply to take at home. This is an
important step in recovery: it lets people work, look after their families and live ordinary lives.

It also means that a strong opioid is kept in homes where there are children. A small amount of
methadone can kill a toddler. Nationally there have been deaths of young children who drank methadone
left in a cup, a bottle in the fridge or a bag on the side. In Whitlow, two children under five were
admitted to hospital after swallowing methadone between 2020 and 2022. Both survived. In both homes the
parent had been told to keep the medicine locked away, but had nothing to lock it in.

Until 2023 safe storage was covered by a conversation and a leaflet at the start of take-home doses.
Nobody checked whether there was somewhere safe to keep the medicine, and children's social care
workers visiting the family did not always know that there was an opioid in the house.

Locked and Safe gives every client with children living in or regularly visiting their home a small
lockable box, free of charge, before take-home doses start. Pharmacies supply take-home doses in
child-resistant bottles and ask at each collection whether the box is being used. With the client's
consent, the family's social worker is told that there is a box and where it is kept, and asks to see
it on home visits.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<P:Parents in treatment who come to our Thursday family group helped choose the box, and turned down the
first one we showed them because it was too big to hide and looked, as one mother put it, like 'a sign on
the kitchen worktop saying a drug user lives here'.>> <<P:They asked for a plain box that fits in a
kitchen cupboard and takes a week's bottles, which is what we now give out.>> <<P:Two fathers in the
group suggested the question pharmacists now ask at collection, 'Is it going straight in the box?',
because they said it sounded like a reminder rather than a check.>>

<<S:Pharmacists told us that some clients were decanting doses into other bottles, and together with our
prescribers they agreed that all take-home doses would be supplied in bottles of no more than one day's
dose.>> <<S:Social workers from the council's family support teams helped write the consent form and
asked for a short note on what a safe storage check should look like on a home visit.>>
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
Each box costs £14 and public health has funded 600 boxes. The pharmacies' questions take seconds. The
cost of a child being poisoned, for the child and the family, cannot be measured, and a single admission
to paediatric intensive care costs many thousands of pounds. Parents tell us they feel trusted, rather
than judged, and social workers say that seeing the box gives them something concrete to talk about.
"""),
        ("spread", "How has the work been shared and spread?", """
Since the scheme began in March 2023, 486 boxes have been given out. Two other drug treatment providers
in the region have asked for the box specification and the consent form, and we have shared the scheme
with the regional child death overview panel.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I990  anticoagulants started in hospital with no stop date - pdf -
#       numbered questions - PCN clinical director, clipped - PCN with the
#       acute trust and community pharmacy - staff involved - NO patient
#       involvement (patients given a sticker and sent a text, PPG chairs
#       told at a meeting, a negation, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I990", format="pdf", layout="numbered_questions", topic="anticoagulant_duration_after_discharge",
    project="independent62-howlongfor-990", pdf_font="DejaVuSans", pdf_align="L",
    title="How Long For? Anticoagulants started in hospital with no end date",
    cover=[
        "Carrickmoor Primary Care Network (lead entrant, nine GP practices)",
        "Partners: Carrickmoor Royal Infirmary NHS Trust (Haematology, Orthopaedics and Pharmacy); Community Pharmacy Carrickmoor",
        "Author: Dr Owen Tranter, Clinical Director, Carrickmoor PCN",
    ],
    primary_entrant=dict(name="Carrickmoor Primary Care Network", type="primary_care"),
    partners=[
        dict(name="Carrickmoor Royal Infirmary NHS Trust", type="nhs_trust"),
        dict(name="Community Pharmacy Carrickmoor", type="primary_care"),
    ],
    sections=[
        ("context", "1. Describe the problem and why a partnership was needed", """
Many anticoagulant courses started in hospital are meant to end. After a first clot in the leg or lung
with an obvious cause, it is usually three months. After a hip or knee replacement, preventive treatment
runs for two to five weeks. After some operations and some fractures, it is shorter still.

In practice these courses reach general practice as an ongoing prescription. The discharge letter says
'apixaban 5mg twice daily' and nothing else. The practice adds it to repeat. Twelve months later the
patient is still taking it, with all the bleeding risk and none of the benefit. The opposite also
happens: a patient who needed long-term treatment is stopped at three months because someone assumes
it was a short course.

Our 2022 audit across the nine practices looked at 412 patients started on an anticoagulant in hospital.
In 38% the letter gave no duration and no review date. 61 patients who should have stopped were still
taking an anticoagulant beyond the intended end of the course, and one of them, a man of 72 who had had a
knee replacement, was admitted eight months later with a bleed into his brain.

The hospital did not know that its letters left the duration out. The practices did not know what had
been intended. The pharmacies supplied whatever was on the prescription.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
Since March 2023 the hospital's electronic discharge letter cannot be completed for a new anticoagulant
without a duration or a review date. Practices code the stop date and set an automatic reminder. The
community pharmacy puts a 'course ends on' sticker on the first supply, and the pharmacist mentions
the date at each collection.

We repeated the audit in 2024 with 398 patients. <<Q:Discharge letters with a stop date or review date
for a new anticoagulant went from 62% to 96%.>> <<Q:Patients still taking an anticoagulant beyond the
intended end of their course fell from 61 of 412 to 6 of 398.>> <<Q:Admissions for bleeding in patients
on short-course anticoagulants across the network roughly halved, from 15 in 2022 to 7 in 2024.>>
"""),
        ("spread", "3. How has the work been shared or applied elsewhere?", """
The hospital has applied the same rule to all its wards and to the emergency department's clot
clinic. The other three PCNs in the borough have adopted our coding and reminder template, and we
presented the work at the regional thrombosis network in 2024.
"""),
        ("value", "4. What has been the impact on staff and patients, and value for money?", """
Stopping anticoagulants that are no longer needed saves about £400 per patient per year in drug costs.
More importantly, a bleed into the brain on an anticoagulant that should have stopped months before is
exactly the kind of harm that should never happen. GPs say they no longer have to guess.
"""),
        ("stakeholders", "5. Who was involved, and how were patients and staff involved?", """
<<S:The haematology consultants and the orthopaedic pharmacist agreed with our practice pharmacists a
list of standard durations, after the practice pharmacists showed them real discharge letters from the
audit.>> <<S:Junior doctors on the orthopaedic wards tested the new discharge letter for two weeks and
asked for the usual durations to appear as a drop-down list, which the trust's digital team then
added.>> <<S:Community pharmacists suggested the 'course ends on' sticker after saying that they could
see the patient every month but had no idea when the course should finish.>>

Patients receive the sticker on their first supply and a text message from their practice two weeks
before their course ends. The chairs of the practices' patient participation groups were told about the
project at the PCN's annual meeting. Patients were not asked to help design the changes, because the
problem was mostly in the way professionals communicate, but we plan to ask the participation groups
about the text message wording.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I991  supported tapering of long-term benzodiazepines and sleeping
#       tablets in older people - docx - style headings - old age
#       psychiatrist and PCN pharmacist writing together, thoughtful - mental
#       health trust with a PCN and community pharmacy - older people
#       involved (passive voice, a described person) and staff involved - a
#       change told in words ('a third fewer') - no flags
# ---------------------------------------------------------------------------
entry(
    id="I991", format="docx", layout="style_headings", topic="benzodiazepine_tapering_older_people",
    project="independent62-slowlydoesit-991", docx_font="Calibri",
    title="Slowly Does It: supported tapering of long-term sleeping tablets and benzodiazepines in older people at home",
    cover=[
        "Ashlington and Dale Partnership NHS Foundation Trust, Older People's Mental Health Service (lead)",
        "In partnership with Ashlington Central Primary Care Network and Community Pharmacy Ashlington",
        "Written jointly by a consultant old age psychiatrist and the primary care network's lead pharmacist",
    ],
    primary_entrant=dict(name="Ashlington and Dale Partnership NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Ashlington Central Primary Care Network", type="primary_care"),
        dict(name="Community Pharmacy Ashlington", type="primary_care"),
    ],
    sections=[
        ("context", "Background", """
Many older people have taken a benzodiazepine, such as diazepam, lorazepam or temazepam, or a 'Z-drug'
sleeping tablet such as zopiclone, every night for years, sometimes decades. They were often started
after a bereavement, a hospital stay or a bad patch, and never stopped. In older people these medicines
roughly double the risk of a fall and a broken hip, and they add to confusion, daytime drowsiness and
car accidents. They are also controlled drugs, and there is a real risk of harm when they are stopped
too quickly, including rebound anxiety, severe insomnia and, rarely, seizures.

In 2022 there were about 1,140 people aged 65 and over in the seven practices of Ashlington Central PCN
taking one of these medicines long term. Practices had tried letters asking people to cut down. Those
letters frightened some people, who stopped suddenly and became very unwell, and made others feel they
were being accused of being addicts. Most simply carried on.

We wanted something slower and kinder. Since January 2023 each person is offered a conversation with a
PCN pharmacist, in the surgery or at home, about whether they would like to reduce. If they do, they
agree a personal tapering plan that usually lasts between three and nine months. Their community
pharmacy supplies the medicine weekly in the reducing doses and checks in with them at each collection.
Anyone with significant anxiety, depression or memory problems, or who is taking more than one of these
medicines, is seen by a nurse from our older people's mental health team, and people who want help with
sleep are offered a short course of sleep therapy through the trust's talking therapies service.
"""),
        ("evidence", "Results", """
<<Q:The number of people aged 65 and over in the network taking a benzodiazepine or Z-drug long term has
fallen by a third, from 1,140 in December 2022 to 760 in December 2024.>> So far 520 people have started a
tapering plan, and 64 have been seen by the older people's mental health nurses.

<<Q:Among people who completed a taper, falls recorded by their practice in the following year were
down by 40% compared with the year before they started.>> No one on a plan has had a withdrawal seizure.
"""),
        ("stakeholders", "Who was involved", """
<<P:The invitation letter was rewritten twice after it was read aloud to a group of people who had been
taking lorazepam or temazepam for more than ten years, who said the first version made them feel like
they had done something wrong.>> <<P:One of them, a retired bus driver who had taken temazepam since his
wife died, suggested turning the tapering plan into a calendar for the fridge with the lower doses
marked in green, and that is what everyone now gets.>>

<<S:Community pharmacists asked for the reducing doses to be supplied weekly rather than monthly, so that
they would see the person often enough to notice if they were struggling, and the plan was changed to
weekly supply.>> <<S:The mental health nurses and the PCN pharmacists agreed together which people
should be seen by the nurse first, after the pharmacists found that some of the people they saw were
using the tablets to cope with untreated depression.>> <<S:Receptionists in two practices suggested
offering the first conversation at the same time as the annual flu jab, when many older people were
already coming in, and their practices have done this every autumn since.>>
"""),
        ("value", "Value", """
The medicines themselves are cheap, so the main value is not in prescribing costs. A hip fracture costs
the NHS and social care around £14,000 in the first year alone. The pharmacist conversations come from
the PCN's existing roles, and the weekly supply is part of the pharmacies' normal dispensing.

People who have tapered off tell us they feel more alert and some say they sleep no worse than before.
Several have said they wish someone had asked them years ago.
"""),
        ("spread", "Spread", """
Two more PCNs in the trust's area began offering the plans in 2024. We have shared the letter, the
fridge calendar and the tapering templates with the regional medicines optimisation network and written
up the work for a national journal of old age psychiatry.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I992  family carers filling weekly pill organisers - docx - bullet lists -
#       short - carers' charity chief officer, warm - a carers' charity ON
#       ITS OWN, funded by a community foundation, no partner organisation
#       (ineligible) - carers involved - NO staff involvement (support
#       workers running sessions, pharmacists sent the checklist, a named
#       lead, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I992", format="docx", layout="bullet_lists", topic="family_carers_pill_organisers",
    project="independent62-fillingthebox-992", docx_font="Calibri",
    title="Filling the Box: safer weekly pill organisers for family carers",
    cover=[
        "Fairholme Carers' Network (registered charity)",
        "A project run by our carer support team, funded by a grant from a local community foundation",
        "Submitted by the Chief Officer",
    ],
    primary_entrant=dict(name="Fairholme Carers' Network", type="charity"),
    partners=[],
    sections=[
        ("context", "Why we did it", """
- many of the 2,300 carers registered with us fill a weekly pill organiser for the person they look after, often a parent or partner on ten or more tablets

- most have never been shown how, and nobody checks

- common mistakes include mixing up morning and evening tablets, missing a new medicine, carrying on with one that had been stopped, and filling the box while tired late at night

- some medicines should not go in an organiser at all, such as tablets that go soft in the air, weekly medicines and anything taken only when needed, and carers rarely know which

- changes arrive in different ways: a hospital letter, a phone call from the surgery, a new box from the pharmacy with a different name on it, and there is often nobody to ask which list is the right one

- in 2022 a carer's mother was admitted after being given her blood thinner twice a day for a week, because the daughter had copied an old list

- Filling the Box is a one-hour session at our centre or at home, a printed checklist, a current medicines list kept inside the lid, and a 'check the list first' reminder whenever a new prescription arrives

- the session covers how to read a label, which medicines stay in their own packet, what to do when a dose changes midweek, and when to ring the pharmacy or the surgery

- every carer leaves with a fresh copy of the list, a pen, and a fridge magnet with the pharmacy's and the surgery's numbers on it
"""),
        ("evidence", "What changed", """
- 284 carers have been to a session since May 2023

- <<Q:when asked at the start of the session, one carer in four said they had made a mistake filling the box in the previous month; three months later, one in fourteen said so>>

- <<Q:carers who said they kept an up-to-date medicines list with the box went from about a third to nine in ten>>

- the figures come from our own short questions before the session and at a follow-up call
"""),
        ("stakeholders", "Who helped", """
- <<P:carers in our Monday group went through the first checklist line by line and cut it from two pages to one>>

- <<P:they also asked for a space for the date of the last medicines change at the top of the list, which is now there>>

- <<P:a husband who fills boxes for his wife with Parkinson's showed the group how he sets out the week on a tea tray first, and that method is now part of every session>>

- our carer support workers run the sessions

- local pharmacists were sent the checklist with a covering letter

- the project is led by our Chief Officer

- we hope to work with a local pharmacy on a joint session next year
"""),
        ("value", "Value", """
- a session costs us about £35 per carer, including printing

- one avoided admission would pay for the whole project several times over

- carers say they feel less alone with a job they never expected to do

- several carers have said the list inside the lid was the first time they had seen all of the person's medicines written down in one place
"""),
        ("spread", "Spread", """
- two other carers' centres in the county have borrowed the checklist

- we shared the session at a regional carers' network meeting in 2024

- the checklist and the list template are free to download from our website for any carer or carers' group
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)
