"""Ninety-eighth independent evaluation set (I1553..I1568) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing community and acute trusts, councils,
charities, self-advocacy groups, a university, an integrated care board, an ambulance
service, primary care and the odd private company send in, in their own voices and at
their own length.  The theme of this set is learning disability and autism in the
community: annual health checks, constipation and aspiration pneumonia, supported living
providers, day services and reasonable adjustments in outpatients.

Topics (lead's type and layout): adults on the learning disability register who have
never had an annual health check, reached through home visits by learning disability
nurses (a community trust learning disability service, pdf own headings); laxatives
stopped at hospital discharge for people who live in supported living (an acute trust
pharmacy service, docx bold headings with a cover table); swallowing plans that agency
and bank support workers in supported living never see (a council commissioning team,
docx numbered questions with cover bullets); midday medicines and rescue medicines that
go missing between home and the day centre (a day services charity, docx no headings,
long); reasonable adjustments in hospital outpatient clinics (a self-advocacy group as
lead, pdf CAPS headings); chest infections spotted early by support workers in supported
living (a private supported living company as primary entrant, pdf lists); a breathing
and chest risk list for people with profound and multiple learning disabilities at day
services (a university lead, pdf two columns); blood tests at annual health checks for
people who cannot tolerate a needle (an integrated care board, pdf form with a cover
table); safety-netting when ambulance crews leave an adult with a learning disability at
home in supported living (an ambulance service, docx rubric headings); weight and bowel
checks added to annual health checks in one GP practice (one GP practice on its own, no
partner, docx style headings); hospital companions for autistic adults at outpatient
appointments (a private autism support company as primary entrant, pdf numbered
questions); outpatient letters and pre-visit information for autistic adults (an autism
charity, docx sections in an unusual order, no value section); flu and pneumonia
vaccination given at day centres (a council public health team, a short pdf form with a
cover table and no evidence section); autistic adults without a learning disability
missing from GP registers and health checks (an autistic-led charity, pdf with appendix);
bowel preparation for colonoscopy for people with a learning disability in supported
living (an acute trust endoscopy unit with supported living providers, pdf made from
Word); and a bowel and constipation card used in day services (a primary care network,
docx lists).

Lead types and layouts: I1553 nhs_trust (community), pdf own_headings; I1554 nhs_trust
(acute), docx bold_headings with a cover table; I1555 local_authority, docx
numbered_questions with cover bullets; I1556 charity, docx no_headings; I1557
patient_group, pdf caps_headings; I1558 private, pdf bullet_lists; I1559 university, pdf
two_column; I1560 icb, pdf form_table with a cover table; I1561 emergency_service
(ambulance), docx rubric_headings; I1562 primary_care (GP practice, no partner), docx
style_headings; I1563 private, pdf numbered_questions; I1564 charity, docx reordered;
I1565 local_authority, pdf form_table; I1566 charity, pdf with_appendix; I1567 nhs_trust
(acute), pdf style_headings via soffice; I1568 primary_care (PCN), docx bullet_lists.

Build it with

    .venv/bin/python data/independent/build.py --set 98   (writes data/corpus/independent98/)

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
    (including 'halved', 'a third fewer' or a shift on an SPC chart);
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

Organisation types follow the earlier sets (ambulance services are emergency_service; GP
practices, GP federations and primary care networks are primary_care; self-advocacy
groups and parent carers' forums are patient_group; day services, supported living and
autism charities are charity; a university is university; supported living companies,
autism support companies and other businesses are private).  A department or team of the
entrant's own organisation is not a partner.  Flags are written by hand and build.py
cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1553  never had an annual health check - pdf - own headings - community
#        LD nurse consultant, warm - community trust with a GP federation, a
#        supported living provider and a family carers' group - people,
#        families and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1553", format="pdf", layout="own_headings", topic="ld_never_attended_annual_health_check",
    project="independent98-knockingfirst-1553", pdf_font="LiberationSans", pdf_align="L",
    title="Knocking First: annual health checks for people who have never had one",
    cover=[
        "Lead organisation: Tarnbrook Community Health NHS Trust, Community Learning Disability Service",
        "Partners: Tarnbrook and Ellerby GP Federation; Brindmoor Supported Living Ltd; Tarnbrook Family Carers Together",
        "Written by the Nurse Consultant for Learning Disabilities",
    ],
    primary_entrant=dict(name="Tarnbrook Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Tarnbrook and Ellerby GP Federation", type="primary_care"),
        dict(name="Brindmoor Supported Living Ltd", type="private"),
        dict(name="Tarnbrook Family Carers Together", type="patient_group"),
    ],
    sections=[
        ("context", "Why we started", """
Every adult on a GP learning disability register is entitled to an annual health check. In
Tarnbrook most people get one, and the practices in the federation work hard at it. But when we
looked closely at the registers in the spring of 2022, we found a group that the usual approach
was not reaching at all: 412 adults who had not had a health check for three years or more, and
about 160 of them who, as far as anyone could tell, had never had one.

These are often the people at greatest risk. Many live with ageing parents who have done
everything for them for forty years and are wary of doctors. Some are autistic and find the
waiting room impossible. Some have had a frightening experience with a needle or a blood pressure
cuff and will not go back. A few live in supported living where the staff team changes often and
nobody owns the job of booking the appointment. Letters go unanswered, text messages go to a
parent's old phone, and after three invitations the practice records 'declined'.

Two deaths reviewed through the national learning from lives and deaths programme in 2021 made
this real for us. Both were men in their fifties who had not seen a GP for years. One died of
aspiration pneumonia after months of coughing at mealtimes that his family thought was just a
habit. The other had bowel cancer that had caused weight loss and constipation for more than a
year. Neither had been seen for a health check since leaving school.

Before this project, the usual answer to a person who did not come was another letter. Practices
were doing what the system asked of them; the problem was that the system assumed that everyone on
the register could read a letter, had someone to read it to them, could get to the surgery at the
time offered, and could cope with what happened when they got there. For this group none of that
was true. Some had not been inside a GP surgery since childhood. A few were not even sure which
practice they were registered with.

We also found that the reasons were rarely written down. 'Declined' could mean that the person had
said no, that a parent had said no on their behalf, that the letter had gone to an old address, or
simply that nobody had rung back. Without knowing the reason, nobody could do anything about it.
"""),
        ("evidence", "What difference it has made", """
Knocking First gives each practice a named learning disability nurse from our team. The nurse
goes through the register with the practice, picks out everyone who has not had a check for three
years, and then finds out why, usually by ringing the family or the support provider and, if that
does not work, by calling round. Where the person cannot or will not come to the surgery, the
nurse does as much of the health check as possible at home, and the GP completes it with a
home visit or a short, planned appointment at a quiet time.

<<Q:Across the 23 practices, the proportion of adults on the register who had had no health check
for three years or more fell from 14% in March 2022 to 4% in March 2024.>> Of the 160 people who had
never had a check, 118 have now had one.

The checks found a great deal. So far we have recorded 37 people with a new diagnosis, including
diabetes, hypothyroidism, heart failure and two cancers, and 61 people with swallowing difficulties
that had never been assessed, all of whom have now been seen by speech and language therapy.
Many more had constipation that families and staff had come to accept as normal.

<<Q:Emergency admissions for pneumonia or bowel obstruction in this group went down from 29 in the
two years before the project to 12 in the two years since.>>
"""),
        ("stakeholders", "Working it out together", """
<<P:Tarnbrook Family Carers Together ran two evenings where parents told us, honestly, why they had
stopped bringing their sons and daughters to the surgery, and what would make them try again; a
home visit first, a nurse who would come back, and no letters that said 'final reminder'.>> <<P:Two
self-advocates, Ryan and Leanne, tested our easy read 'what happens at a health check' booklet and
told us which photographs were confusing, and they now help us train new nurses.>>

<<S:Practice nurses and receptionists from six practices met with us to design how the register
would be shared, and it was their idea to add a 'why not seen' code so that the reasons could be
tracked.>> <<S:Team leaders at Brindmoor Supported Living told us the job kept falling between shifts,
so each house now has a named health check lead, a role they drafted themselves.>>
"""),
        ("value", "Value for money", """
The nurses' time comes from the existing community team; we have moved two nurse posts towards
this work and stopped some low-value reviews. A home visit takes about an hour and a half, less
than a day in hospital costs. The cost of treating even one aspiration pneumonia in intensive care
is many times the annual cost of the project.

Families tell us that the first visit often unlocks everything else: once a person has met the
nurse at home, they will often go to the dentist, have a flu jab or agree to a blood test.

There are costs we have not counted. When a health check finds nothing new, it still gives the
person a baseline: a weight, a blood pressure, a record of how they communicate pain, and a named
nurse who knows them. When something goes wrong later, that baseline is what lets a GP or an
ambulance crew see that the person is not their usual self. Several families have told us that
this, more than any diagnosis, is what has changed for them.
"""),
        ("spread", "Spreading it", """
The approach is now part of the federation's standard health check plan, and two neighbouring
community trusts have visited to see it working. We have written a short guide for practices and
a template for the 'why not seen' code, which the integrated care board has shared across the
county. We presented the work at the regional learning disability nursing network in autumn 2024.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1554  laxatives stopped at discharge - docx - bold headings, cover table -
#        acute trust lead pharmacist, clipped - acute trust with a PCN and a
#        supported living charity - staff involved - NO patient involvement
#        (patients as beneficiaries, families sent a leaflet, a plan, a survey
#        that changed nothing)
# ---------------------------------------------------------------------------
entry(
    id="I1554", format="docx", layout="bold_headings", topic="ld_laxatives_stopped_at_discharge",
    project="independent98-keepitgoing-1554", docx_font="Arial",
    title="Keep It Going: laxatives that should not stop at the hospital door",
    cover_table=[
        ("Entry title", "Keep It Going: laxatives that should not stop at the hospital door"),
        ("Lead organisation", "Caddington Hospitals NHS Foundation Trust (Pharmacy and Medicines Optimisation)"),
        ("Partner organisations", "Hollowmere Primary Care Network; Larkspur Homes (supported living charity)"),
        ("Contact", "Lead Pharmacist, Medicines Reconciliation and Discharge"),
    ],
    primary_entrant=dict(name="Caddington Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Hollowmere Primary Care Network", type="primary_care"),
        dict(name="Larkspur Homes", type="charity"),
    ],
    sections=[
        ("context", "Background", """
Constipation is one of the most common causes of avoidable harm and death in people with a
learning disability. Many take medicines that slow the bowel, move very little and cannot tell
anyone they are uncomfortable. For a large number of them, regular laxatives are as important as
any other medicine they take.

In 2022 our pharmacy team reviewed the discharge letters of 94 adults with a learning disability
who had been admitted to Caddington General and went home to supported living. In 31 of them a
regular laxative that the person took before admission was missing from the discharge
prescription, usually because it had been withheld for diarrhoea or a procedure on the ward and
never restarted. Support staff then followed the discharge letter, as they are told to, and the
laxatives stopped. In some cases the GP practice updated the repeat prescription to match.

Two people were readmitted within a month with faecal impaction. One of them needed surgery.

The reasons were easy to understand once we looked. On a busy medical ward, a laxative is often
the first medicine to be held when a patient has loose stools, is nil by mouth or is having a scan.
That is sensible at the time. But the decision to hold it is rarely revisited, and by the time the
discharge prescription is written, the medicine is simply no longer on the chart. The doctor
writing the letter may never have met the person before. Nothing in the electronic discharge
process asked whether a stopped medicine was meant to be stopped for good.

On the other side, support staff in supported living are rightly cautious about giving any
medicine that is not on the current instructions. Several told us afterwards that they had
noticed the change but assumed the hospital knew best. GP practices received the discharge letter
as an electronic document and, in good faith, updated repeat templates to match. The one piece of
information that would have stopped the harm, that the laxative had only been held for a reason
that no longer applied, was never written anywhere that the next person could see.
"""),
        ("evidence", "Results", """
Since April 2023 every adult with a learning disability flag on our electronic record has a
pharmacist check before discharge that looks specifically at bowel medicines, and any laxative
stopped in hospital must have a reason and a restart plan written on the discharge letter. The
supported living provider receives a copy of the plan, and the PCN's clinical pharmacists review
the person's bowel medicines within seven days of discharge.

<<Q:In the audit of the first twelve months after the change, laxatives were missing without a
reason from 3 of 88 discharge letters, against 31 of 94 in the baseline audit.>> <<Q:Readmissions
within 30 days with constipation or impaction in adults with a learning disability fell from 11
in 2022/23 to 4 in 2023/24.>>

The PCN pharmacists carried out 84 post-discharge reviews in the year.

The pharmacy team also repeated the audit of stopped medicines more generally, and found that the
bowel medicines check had prompted ward pharmacists to look more carefully at other medicines held
during admission.
"""),
        ("stakeholders", "Involvement", """
<<S:Ward pharmacists and pharmacy technicians on the medical wards tested three versions of the
bowel medicines check and chose the shortest, which takes less than two minutes.>> <<S:Support
workers and managers from Larkspur Homes told us that discharge letters often arrived days after
the person, so the restart plan is now printed and handed over at the door as well.>> <<S:The PCN's
clinical pharmacists agreed the seven-day review with us and wrote the template they use.>>

The people who benefit are adults with a learning disability leaving hospital, many of whom cannot
speak for themselves. Families were sent a leaflet explaining the new check. We sent a short survey
to the parents on Larkspur's family mailing list; replies were supportive and no changes were
needed. We intend to work with a self-advocacy group on an easy read version of the restart plan
next year.
"""),
        ("value", "Value", """
The check adds a few minutes of pharmacist time to each discharge. An admission for faecal impaction
costs several thousand pounds and surgery far more. We estimate the changes save around £40,000 a
year in avoided bed days, before counting the distress that constipation causes.

There are wider benefits. Ward pharmacists now routinely ask about bowel habit for people with a
learning disability, which has picked up constipation that began on the ward. The seven-day review
has also found other medicines stopped in error, including an anti-epileptic and an inhaler. The
approach needs no new technology; it uses fields that already existed in the discharge system.
"""),
        ("spread", "Spread", """
The bowel medicines check is now part of the standard discharge checklist for all adult wards,
and our community partner trust is adding it to its community hospital wards. We have shared the
restart plan template with the other acute trusts in the integrated care system.

We have written up the audit method so that other trusts can repeat our baseline in their own
hospitals, which takes a pharmacist about two days. The restart plan is deliberately short so that
it can be added to any discharge letter template.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1555  swallowing plans agency staff never see - docx - numbered questions
#        with cover bullets - council commissioning manager, plain - council
#        with the community trust SLT team and supported living providers -
#        tenants (called 'residents' panel'), families and staff - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1555", format="docx", layout="numbered_questions", topic="supported_living_agency_staff_swallowing_plans",
    project="independent98-sameplateeveryshift-1555", docx_font="Calibri",
    title="Same Plate Every Shift",
    cover=["Making sure every support worker in supported living knows how a tenant must eat and drink safely"],
    cover_bullets=[
        "Lead: Skelmer Borough Council, Adult Social Care Commissioning",
        "Partners: Skelmer and Wensford Community NHS Trust (Adult Speech and Language Therapy); Oakhurst Care Partnership; Pellingham Support Services",
        "Entrant: Commissioning Manager, Learning Disability and Autism",
    ],
    primary_entrant=dict(name="Skelmer Borough Council", type="local_authority"),
    partners=[
        dict(name="Skelmer and Wensford Community NHS Trust", type="nhs_trust"),
        dict(name="Oakhurst Care Partnership", type="private"),
        dict(name="Pellingham Support Services", type="charity"),
    ],
    sections=[
        ("context", "1. What was the problem and why did it need a partnership?", """
About 280 adults with a learning disability live in supported living tenancies that the council
commissions in Skelmer. Around a third of them have an eating and drinking plan from a speech and
language therapist because they are at risk of choking or of food and drink going into the lungs.
The plans set out the texture of food, how thick drinks should be, how the person should sit and
how fast they should be helped.

Supported living relies heavily on agency and bank workers, especially at weekends and at night.
In our quality visits we found that agency workers often had not seen the plan. It was kept in a
folder in the office, or on the provider's electronic system that agency workers could not log in
to. Several told us they had been told 'he has soft food' at handover and nothing else.

In 2022 there were nine choking incidents in commissioned supported living, and four tenants were
admitted with aspiration pneumonia. In seven of the choking incidents, the person helping at the
meal was not a regular member of the team.

Providers were not unaware of the problem. All of them had eating and drinking plans on file, and
most had a policy saying that workers must read the plan before supporting a tenant at a meal. The
difficulty was that policy and practice did not meet. A worker arriving at 7am for a shift that
started at 7am did not have twenty minutes to find and read a six-page report written in clinical
language. The plans used terms such as 'level 4 pureed' and 'mildly thick' that meant little to
someone who had not had the training, and the reports were often out of date because the provider
had not been sent the latest version.

The speech and language therapists were frustrated too. They were writing careful plans that they
knew were not reaching the person holding the spoon. When they visited after an incident, they
often found a thickener in the cupboard that was not the one prescribed, or a tenant eating in a
position that the plan said was unsafe. As commissioners we were the only organisation with a
contract with every provider, which is why the partnership started with us.
"""),
        ("evidence", "2. What has changed, and how do you know?", """
The three largest providers, with the speech and language therapy team, now use a one-page
'plate card' for every tenant with an eating and drinking plan. It sits on the kitchen wall, with
a photograph of a correctly prepared plate and cup, and it must be read and signed by every worker
before they help at a meal, agency workers included. The therapists update the card whenever the
plan changes, and the provider replaces it within 24 hours. Agency suppliers have agreed to send
the same workers to the same houses wherever they can.

<<Q:Choking incidents in the three providers' services went from nine in 2022 to two in 2024.>>
<<Q:Admissions with aspiration pneumonia from those services dropped from four to one over the same
period.>> <<Q:On unannounced quality visits, the share of workers at a meal who could describe the
tenant's plan correctly rose from 46% to 91%.>>

Each plate card is printed on coloured card and laminated, and the colour shows the food texture
level at a glance, so a worker walking into an unfamiliar kitchen can see straight away which
tenants need which diet. Thickener is now stored next to the card, labelled with the tenant's name
and the number of scoops for a standard cup.
"""),
        ("stakeholders", "3. Who was involved and how?", """
<<P:Skelmer's Tenants' Voice group, which meets monthly at the community centre, looked at early
versions of the card and asked for a photo of the actual plate rather than a drawing.>> <<P:They
also said tenants should be able to show the card to a worker themselves, so each card has a small
copy the tenant can keep in a pocket or wallet.>> <<P:Two mothers whose sons have plans helped us
word the card so that it would make sense to a worker on their first shift.>>

<<S:Speech and language therapists designed the card with support workers from Oakhurst and
Pellingham, and trialled it in four houses for two months.>> <<S:Agency workers in the trial said
the signing sheet was too long, and it was cut to a tick and initials.>>
"""),
        ("value", "4. What is the value of the work?", """
The plate cards cost almost nothing to produce. The main cost is the therapists' time in updating
them, which has been absorbed into existing reviews. Each admission for aspiration pneumonia can
mean a week or more in hospital, and in some cases a feeding tube for life.

Providers also report fewer disagreements between staff about what a tenant can eat, which used
to cause real tension in some houses, particularly at weekends when there was no manager on site.
The approach supports the council's wider work on a stable workforce, because agency workers are
more willing to return to houses where the information they need is in front of them.
"""),
        ("spread", "5. How has it been shared?", """
The plate card is now written into the council's supported living specification, so every provider
must use it from April 2025. The community trust has offered the card to residential care homes,
and the regional commissioning network has asked us to present it.

We have also added questions about plate cards to our unannounced quality visits, so that the
approach is checked in the same way as medicines and safeguarding.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1556  midday and rescue medicines between home and day centre - docx - no
#        headings - long - day services charity chief officer, personal -
#        charity with the council, a GP federation and the community trust's
#        epilepsy nurses - attendees and families involved - NO staff
#        involvement (staff trained, drivers briefed, a manager doing her job,
#        a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1556", format="docx", layout="no_headings", topic="day_centre_midday_rescue_medicines",
    project="independent98-thebagthattravels-1556", docx_font="Georgia",
    title="The Bag That Travels: medicines that go with people between home and day services",
    cover=[
        "Corrivale Day Opportunities (registered charity), with Marshby County Council, Marshby Central GP Federation and Marshby Community Health NHS Trust (Adult Epilepsy Nursing)",
        "Entry by the Chief Officer, Corrivale Day Opportunities",
    ],
    primary_entrant=dict(name="Corrivale Day Opportunities", type="charity"),
    partners=[
        dict(name="Marshby County Council", type="local_authority"),
        dict(name="Marshby Central GP Federation", type="primary_care"),
        dict(name="Marshby Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", None, """
Corrivale runs five day centres and a small farm project in and around Marshby. Every weekday
about 190 adults with a learning disability come to us. They arrive on our minibuses, in taxis
paid for by the council, with family or with support workers from their supported living homes.
They spend the day cooking, gardening, at the swimming pool, on the farm, at college, or just
being with their friends. Then they go home again.

For a long time we did not think of ourselves as a place where medicines mattered very much. Most
people take their tablets at home, morning and evening. But a fair number need something in the
middle of the day: an anti-epileptic dose at lunchtime, a Parkinson's medicine, insulin, a
laxative sachet that has to be taken with a certain amount of water, inhaler doses. And around
forty people carry a rescue medicine for prolonged seizures, buccal midazolam, which has to be
with them wherever they are, with a care plan that says exactly when to give it.

In 2022 we started to write down every time something went wrong with medicines between home and
a centre, and it was more than we had expected. A bag arrived with an empty midazolam syringe. A
man's lunchtime epilepsy tablets were in his other coat. A woman who lives with her elderly father
came for three weeks without her midday dose because the pharmacy had changed the packaging and
her father thought the new box was a different medicine. A rescue medicine care plan was two years
out of date and gave the wrong dose. A support worker rang to say she had given a lunchtime tablet
at home 'to save bother', so it had been taken four hours early.

The worst day was in November 2022. A young man had a seizure on the farm that did not stop. His
bag had come with him, but the midazolam was not in it; it had been taken out at home the night
before and not put back. Our staff called 999 and did everything they could, and he recovered in
hospital, but it took the ambulance twenty minutes to arrive and his seizure lasted most of that
time. His mother said to us afterwards that she had always assumed somebody was checking the bag
at each end. Nobody was. Each of us thought it was someone else's job.
"""),
        ("evidence", None, """
The Bag That Travels is a simple idea. Everyone who brings medicines to a day centre now has a
clear red bag with a card in the front pocket listing exactly what should be inside, checked and
signed at home before they leave and checked again when they arrive. A missing or out of date
item is reported straight back to home before the minibus leaves, not at lunchtime. The GP
federation's practices now issue midday doses as a separate labelled supply for the day centre
wherever they can, so that nothing has to be split from the home supply. The epilepsy nurses
review every rescue medicine care plan once a year and send us a copy directly, and we cannot
accept a plan more than a year old. The council has written the bag check into its contracts for
transport and supported living.

<<Q:Medicine incidents between home and day centre, which we logged the same way throughout, went
down from 71 in 2022 to 19 in 2024.>> <<Q:Occasions when a person arrived without their rescue
medicine fell from 23 in 2022 to 2 in 2024, and in both cases it was spotted at the door and the
medicine brought in within the hour.>> <<Q:Out of date rescue medicine care plans, found in our
yearly audit, went from 17 of 41 in 2022 to none of 43 in 2024.>>

We have also seen fewer days missed. Families tell us they are less worried about sending their
son or daughter out for the day, and three people who had stopped coming because of their
epilepsy have started again.
"""),
        ("stakeholders", None, """
<<P:The idea of the red bag came from the members' committee at our Marshby Road centre, who said
they wanted to be able to see their own medicines and check them themselves.>> <<P:Six members
took part in choosing the bag, and they wanted one that looked like something you would take to
the gym rather than anything medical, which is the one we chose.>> <<P:Parents and carers who came
to our family coffee mornings went through the card line by line and asked for a space to write
'anything different today?', because they said that is the thing that never gets passed on.>>
<<P:Members with enough confidence now do their own check on arrival with a worker, and several of
them suggested the pictures of each medicine that are now printed on the card.>>

All of our day centre staff and drivers have completed medicines awareness and rescue medicine
training through the epilepsy nurses. Taxi drivers who carry people to us were briefed by the
council's transport team. Our Deputy Manager for health, Jo, leads on the bag checks as part of
her role and keeps the incident log. We plan to ask supported living providers to join a working
group in 2025 to look at medicines at the weekend clubs too.
"""),
        ("value", None, """
Each bag and card costs about £6. The extra time at the door is a few minutes per person each
morning. The epilepsy nurses' review of care plans is part of their usual work, done in one place
rather than spread across many. Against this, a single ambulance call-out and admission for
prolonged seizures costs the NHS far more than our whole budget for the bags, and the distress to
families and to our staff is something we would not want to repeat.
"""),
        ("spread", None, """
The council now asks every day service it commissions to use the same bag and card, and two other
day services in the county have started this year. Marshby's short breaks service has adopted the
card for people who stay overnight. We have shared the card and the checklist with the regional
day services network, and several providers have asked for the files so they can print their own.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1557  reasonable adjustments in outpatient clinics - pdf - CAPS headings -
#        self-advocacy group as lead, plain and direct - self-advocacy group
#        with the acute trust's outpatients department and the council -
#        involvement told in first person plural by the self-advocates and
#        passive voice - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1557", format="pdf", layout="caps_headings", topic="ld_outpatient_reasonable_adjustments",
    project="independent98-ourclinictoo-1557", pdf_font="DejaVuSans", pdf_align="L",
    title="OUR CLINIC TOO: making hospital outpatient appointments work for people with a learning disability",
    cover=[
        "LEAD: Speak Up Ulverdale (self-advocacy group run by and for people with a learning disability)",
        "PARTNERS: Ulverdale and Thistleby Hospitals NHS Trust (Outpatients and Learning Disability Liaison); Ulverdale City Council",
        "WRITTEN BY: our members with help from our support worker",
    ],
    primary_entrant=dict(name="Speak Up Ulverdale", type="patient_group"),
    partners=[
        dict(name="Ulverdale and Thistleby Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Ulverdale City Council", type="local_authority"),
    ],
    sections=[
        ("context", "WHY WE DID THIS", """
We are a group of people with a learning disability. We meet every Thursday. In 2022 we talked
about going to the hospital for appointments. Lots of us had stories. Waiting for two hours in a
noisy room. Letters we could not read. Being called by the wrong name. The doctor talking to our
support worker and not to us. Going home not knowing what the doctor had said or what happens next.

Some of us stopped going. One of our friends, Martin, had three appointments about his stomach. He
missed two because the letters came to the wrong house and he did not go to the third because he
was scared. He was in hospital later that year with a blocked bowel. He is better now but he says
it did not need to happen.

The hospital told us that people with a learning disability miss more outpatient appointments than
other people. When you miss appointments, you can get discharged back to your GP and your illness
can get worse without anybody noticing. That is a safety problem.

We wanted to do something about it ourselves. We did not want to wait for someone else to decide
what was good for us. So we wrote to the hospital and asked to meet the people in charge of
outpatients. They said yes. The council, who fund our group, helped pay for our time and our
transport to the hospital.
"""),
        ("stakeholders", "WHO DID WHAT", """
<<P:We did mystery shopping at six outpatient clinics, going in pairs with a supporter, and wrote
down what was good and what was hard.>> <<P:We told the outpatients managers what we found at a
meeting we ran ourselves, with pictures.>> <<P:The new easy read letter was written by us with the
hospital's patient information team, and we tested it with people at two other groups.>>

<<S:The outpatients managers and clinic nurses went through our report with us and chose the first
five changes to make, and the reception staff came up with the idea of a quiet room card.>> <<S:The
learning disability liaison nurses worked out with the booking team how the flag on the computer
would make the booking team offer the first or last slot of the day.>> <<S:Consultants in
gastroenterology and cardiology agreed to try double appointments and told us after three months
that it worked better for them too.>>
"""),
        ("evidence", "WHAT CHANGED", """
These things now happen at the hospital:

- an easy read letter goes out with every appointment for people with a learning disability flag

- the booking team rings the person or their supporter to agree a time, and offers the first or last slot

- people can wait in a quiet room or in the car and get a text when it is their turn

- the doctor writes down what happens next on a 'what the doctor said' sheet

<<Q:The hospital measured missed appointments for people with a learning disability flag and they
went from 1 in 5 appointments in 2022 to 1 in 12 in 2024.>> <<Q:People with the flag discharged
back to the GP after missing appointments went down by more than half.>> The hospital also counted
how many of us got a 'what the doctor said' sheet, and it was 612 last year.
"""),
        ("value", "WHY IT IS GOOD VALUE", """
Most of the changes did not cost money. The quiet room was an old office. The easy read letters
cost a little bit to write. Missed appointments cost the hospital money and mean people come back
sicker. We were paid for our mystery shopping, which we think is right.

The hospital says the doctors' time is used better, because fewer clinics have empty slots. It is
also better for us because we do not have to take so many days off from work or college to go
again. Some of us now go to our appointments on our own, which we could not do before.
"""),
        ("spread", "TELLING OTHER PEOPLE", """
We have told other self-advocacy groups about what we did, and we went to a conference in
Birmingham. The hospital is now doing the same things in the children's outpatients. The council
has asked us to mystery shop the GP practices next.

We think every hospital should have people with a learning disability checking its clinics. It
does not have to be us. It just has to be people who know what it is like.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1558  chest infections spotted early in supported living - pdf - lists -
#        PRIVATE supported living company as primary entrant, with the
#        community trust's LD physiotherapists and a GP federation
#        (ineligible) - head of quality, corporate - tenants and staff
#        involved - Q present
# ---------------------------------------------------------------------------
entry(
    id="I1558", format="pdf", layout="bullet_lists", topic="supported_living_chest_infection_soft_signs",
    project="independent98-breatheeasy-1558", pdf_font="LiberationSans", pdf_align="L",
    title="Breathe Easy: spotting chest infections early in supported living",
    cover=[
        "Submitted by Halcombe Living Group Ltd",
        "Working with Quarrington Community NHS Trust (Learning Disability Physiotherapy) and Quarrington North GP Federation",
        "Contact: Head of Quality and Clinical Governance",
    ],
    primary_entrant=dict(name="Halcombe Living Group Ltd", type="private"),
    partners=[
        dict(name="Quarrington Community NHS Trust", type="nhs_trust"),
        dict(name="Quarrington North GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "The challenge", """
Halcombe Living Group supports 340 adults with a learning disability, many with complex physical
needs, in 58 supported living services across three counties. Respiratory illness is the leading
cause of death among the people we support, as it is nationally for people with a learning
disability.

What we learned from reviewing every hospital admission in 2022:

- most chest infections had been building for two to four days before anyone called a GP

- support workers had noticed changes such as more coughing at meals, a wet voice, being sleepy or off food, but did not think they were serious enough to report

- when they did ring, they found it hard to describe what was wrong, and were often told to 'keep an eye on it'

- very few services had a thermometer or a pulse oximeter, and staff were unsure how to use them

- people with profound and multiple learning disabilities were more likely to be admitted straight to intensive care

We also found that our services were very different from one another. Some team leaders had a
nursing background and were confident to push for a same-day appointment. Others were newly
promoted support workers with little health training, who felt they would be wasting the doctor's
time. Out of hours, calls went to NHS 111 where the call handler had no information about the
person's usual health. In a number of cases, the first set of observations anyone took was by the
ambulance crew, when the person was already very unwell.

A chest infection is often preventable, and nearly always treatable if caught early. The people
we support depend on us noticing for them.
"""),
        ("evidence", "What has happened", """
Breathe Easy started in 12 services in Quarrington in June 2023 and went to all services in the
county by January 2024. It includes:

- a 'soft signs' chart on the office wall, with pictures, listing the early changes that matter

- a pulse oximeter and thermometer in every service, with a baseline reading for each person recorded when they are well

- a short script for calling the GP practice, agreed with the federation, so the call is triaged the same day

- physiotherapy chest care plans for everyone at high risk

Results so far, comparing the 12 months before with the 12 months after in Quarrington:

- <<Q:emergency admissions for chest infection or pneumonia fell from 38 to 21>>

- <<Q:admissions that went straight to intensive care fell from 7 to 2>>

- <<Q:average length of stay for those admitted went down from 9.4 days to 6.1 days>>

- 1,120 sets of observations were recorded and shared with GPs

Baseline readings are taken monthly when the person is well and recorded on the same page as the
soft signs chart, so that a worker who is unsure can compare today's reading with the person's
normal straight away. Team leaders review the charts at every shift handover.
"""),
        ("stakeholders", "Who was involved", """
- <<S:support workers from eight services worked with the physiotherapists to choose the soft signs that go on the chart, using real examples from people they had supported>>

- <<S:receptionists and duty doctors in the federation helped write the phone script, and asked for the baseline oxygen level to be given at the start of every call>>

- <<P:tenants at our Ridgeway and Mill Lane services tried the pulse oximeter and told us which ones felt uncomfortable, and we changed to a soft-clip model>>

- <<P:the sister of one tenant, who had nursed her brother through several chest infections, showed staff the early signs she looks for, and two of them are now on the chart>>
"""),
        ("value", "Value", """
- each service's kit costs less than £60

- the training is delivered in a 40-minute team meeting by our own clinical leads

- one avoided intensive care admission pays for the whole programme many times over

- fewer days in hospital also means fewer of the distressing changes of surroundings that many of the people we support find hardest to cope with

- the federation's practices report shorter, more focused calls because the key information is given at the start

- we have not had to increase staffing to deliver the programme
"""),
        ("spread", "Spreading the approach", """
- Breathe Easy is now standard in all 58 Halcombe services

- the physiotherapy team is offering the chart to other providers in Quarrington

- we will share it with the national supported living providers' forum in 2025

- the phone script has been adopted by two other GP federations in the area where we provide services

- our clinical leads have written a short guide for other providers, which is available on request
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1559  breathing and chest risk list at day services - pdf - two columns -
#        university lead (school of health sciences), academic - university
#        with the council's day services and the community trust's LD team -
#        staff involved - NO patient involvement (people with PMLD as
#        beneficiaries, families informed, a consultation planned, a
#        negation) - NO quantitative evidence (counts, a single figure, a
#        target, dates)
# ---------------------------------------------------------------------------
entry(
    id="I1559", format="pdf", layout="two_column", topic="pmld_day_services_respiratory_risk_register",
    project="independent98-everybreath-1559", pdf_font="LiberationSerif",
    title="Every Breath: a respiratory risk register for people with profound and multiple learning disabilities in day services",
    cover=[
        "University of Brackenridge, School of Health and Social Care (lead), with Brackenridge Metropolitan Council (Adult Day Services) and Brackenridge Community NHS Trust (Community Learning Disability Team)",
        "Entry by the Reader in Learning Disability Nursing",
    ],
    primary_entrant=dict(name="University of Brackenridge", type="university"),
    partners=[
        dict(name="Brackenridge Metropolitan Council", type="local_authority"),
        dict(name="Brackenridge Community NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Background", """
People with profound and multiple learning disabilities (PMLD) are among those most likely to die
from respiratory illness. Many have difficulty swallowing, reflux, a curved spine, poor cough and
limited movement. Their risk is well known to specialist teams. It is much less well known in the
places where they spend their days.

In Brackenridge, the council's four specialist day services support around 95 adults with PMLD.
A review in 2022 by our school, commissioned by the council, found that day services held very
different information about each person's breathing. Some had detailed positioning and chest care
plans; others had a line in a care plan saying 'prone to chest infections'. There was no shared
way of knowing who was at highest risk, and no routine way for day staff to tell the community
learning disability team when they saw a change.

Day services staff are often the people who spend most waking hours with a person with PMLD during
the week. They help with eating and drinking, move and reposition people, and are often the first
to notice a change in breathing, colour or alertness. Yet they were rarely included in chest care
training, which had usually been aimed at residential and supported living staff. When a person was
admitted with a chest infection, the day service was often the last to know, and the person would
sometimes return to the centre with a new plan that nobody there had seen.

The council wanted a consistent approach across its services, and asked the university to work
with the community team to develop and test one. The project was designed from the start as a
partnership between researchers, clinicians and day service managers, with the council holding the
budget.
"""),
        ("evidence", "What has been achieved", """
Between September 2023 and June 2024 we developed and introduced the Every Breath register. Each
person with PMLD attending a day service is given a respiratory risk rating, red, amber or green,
agreed by the community team's physiotherapist and nurse, using a tool adapted from published
work. Red and amber ratings come with a one-page plan for positioning, eating and drinking and
what to watch for.

By the end of June 2024, all 95 people had been rated: 22 red, 41 amber and 32 green. Every red and
amber person had a plan in place. 64 day services staff attended a half-day session at the
university's simulation suite. The team received 48 direct referrals from day services in the first
nine months. The council has set a target for every new attender to be rated within four weeks of
starting.

We are now collecting data on admissions and will report a full evaluation in 2026.

The register is held by each day service and reviewed by the community team every six months, or
sooner if a person has been admitted to hospital or has a new swallowing assessment. Each day
service has a named respiratory champion who checks that plans are up to date and that positioning
equipment is available.
"""),
        ("stakeholders", "Partnership and involvement", """
<<S:Day services team leaders and senior support workers took part in three design workshops at the
university, and the amber category was added because they said the first version sorted too many
people into red.>> <<S:The community team's physiotherapists tested the tool on 20 people and changed
two of the questions after finding they gave different answers on different days.>> <<S:Care staff
from two services helped us film the positioning guides used in the training.>>

The register is for the benefit of people with PMLD, most of whom do not use speech. Families were
informed of each rating by letter. We did not hold a consultation with families during development
because of time constraints, but one is planned for the evaluation phase.
"""),
        ("value", "Value", """
The project was funded by a £38,000 grant from the council's public health budget, mostly for
research assistant time and filming. The register itself costs nothing to run beyond staff time.
Avoiding one or two emergency admissions a year would repay the grant.

The register has also helped day services plan staffing, because they can see at a glance which
groups include several people at high respiratory risk, and can arrange for staff with the right
training to be with them at mealtimes. The learning materials developed for the project are now
part of the university's pre-registration nursing curriculum.
"""),
        ("spread", "Spread", """
The council plans to extend the register to its residential short breaks service. We have published
the tool under an open licence and presented it at two national learning disability nursing
conferences. Student nurses now use it on placement.

We have also written a short practical guide for day service managers elsewhere, describing how to
set up the register with their local community team and what to do when there is no physiotherapist
available. We would welcome contact from other councils and universities interested in a joint
evaluation across more than one area.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1560  blood tests for people who cannot tolerate a needle - pdf - form
#        with cover table - ICB, matter-of-fact - ICB with a community trust,
#        a pathology network and a parent carers' forum - families (named in
#        an unusual way) and staff involved - subtle Q ('halved') - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1560", format="pdf", layout="form_table", topic="ld_health_check_bloods_needle_phobia",
    project="independent98-gentlebloods-1560", pdf_font="LiberationSans",
    title="Gentle Bloods: blood tests at annual health checks for people who cannot manage a needle",
    cover_table=[
        ("Title", "Gentle Bloods: blood tests at annual health checks for people who cannot manage a needle"),
        ("Lead organisation", "NHS Westerleigh and Fallowfield Integrated Care Board"),
        ("Partners", "Westerleigh Community Services NHS Trust (Learning Disability Health Facilitation); Fallowfield Pathology Network; Westerleigh Parent Carer Forum"),
        ("Entry submitted by", "Senior Commissioning Manager, Learning Disability and Autism"),
    ],
    primary_entrant=dict(name="NHS Westerleigh and Fallowfield Integrated Care Board", type="icb"),
    partners=[
        dict(name="Westerleigh Community Services NHS Trust", type="nhs_trust"),
        dict(name="Fallowfield Pathology Network", type="nhs_trust"),
        dict(name="Westerleigh Parent Carer Forum", type="patient_group"),
    ],
    sections=[
        ("context", "Describe the problem and why a partnership was needed", """
Blood tests are a core part of the annual health check for people with a learning disability. They
pick up diabetes, thyroid problems, anaemia, kidney disease and high cholesterol, and they monitor
medicines such as anti-epileptics and lithium. Many people with a learning disability, and many
autistic people, find blood tests very hard: the needle, the tourniquet, being held, the smell of
the clinic. In 2022, health check data for our area showed that blood results were missing from
about four in ten checks. For people also taking medicines that need monitoring, this could mean
years without a check.

Practices told us they did not know what to offer. Some would try once, then record 'declined'.
Some asked families to take their relative to the hospital phlebotomy clinic, where waits were
long and staff had no time. A small number of people had been sedated or restrained for a blood
test, which we do not want to see as a routine answer.

There was no shared picture of what was possible. Some practices had a nurse who was skilled and
patient with people who were frightened of needles; others had nobody with the time or training.
The hospital phlebotomy service was not designed for people who needed an hour rather than five
minutes. Families were often left to find their own solution, and many had simply given up after
one distressing attempt. For some people, the last recorded blood test was from a hospital
admission many years before.

Finger-prick tests were an obvious option for some tests, but practices were unsure which results
the laboratory would accept from a capillary sample, and some samples had been rejected. We needed
the laboratory, the community team, practices and families in the same room.
"""),
        ("evidence", "What difference has it made?", """
Gentle Bloods offers a stepped approach. Practices refer anyone who has not had bloods at their
check to the health facilitation team. A nurse meets the person and their family, agrees a plan,
and uses desensitisation visits, numbing cream, distraction, a home or car-park visit, or a
finger-prick capillary sample where the pathology network has validated it for that test. For the
few who still cannot manage, a best interests meeting decides whether bloods are combined with
another planned procedure under sedation.

<<Q:The share of annual health checks in the ICB without blood results halved, from 41% in 2022/23
to 20% in 2024/25.>> <<Q:Among people on lithium or sodium valproate, those without a monitoring
blood test in the past year fell from 58 to 14.>> 215 people have been referred to the team, and 171
have had at least one successful blood test.

Each person's plan is shared with the practice and recorded in the GP record, so that next year's
check can start where this one finished rather than from the beginning. Where a person has needed a
blood test under sedation, the plan records what else was done at the same time, such as a dental
check or ear syringing.
"""),
        ("stakeholders", "How were patients, carers and staff involved?", """
<<P:The Forum's 'expert by experience' parents shared what had worked for their own sons and
daughters, and those tips became the first page of the plan the nurses use.>> <<P:One young woman
who had not had a blood test for nine years agreed to be filmed learning to manage one, with her
mum, and the film is now shown to other families.>>

<<S:Phlebotomists and biomedical scientists in the pathology network worked with us to check which
tests could be done reliably on a capillary sample, and they changed the labelling of capillary
tubes after the first month because some samples were being rejected.>> <<S:Practice nurses from
the pilot practices told us the referral form was too long, and it was cut to five questions.>>
"""),
        ("value", "What is the value for money?", """
The health facilitation team received recurrent funding of two nurse posts from the ICB's learning
disability and autism budget. Capillary tests cost slightly more per sample. Against this are fewer
unplanned admissions for conditions a blood test would have found, fewer best interests procedures
under sedation, and less wasted time for practices.

The desensitisation approach also has benefits beyond blood tests. Several people who learned to
manage a blood test have gone on to manage a dental check-up, a blood pressure reading or a
vaccination for the first time. Families report that they are more willing to bring their relative
for other care once they have had a positive experience.
"""),
        ("spread", "How is the learning being shared?", """
The stepped plan and the family film are on the ICB website. The pathology network has shared its
validation work with two other networks in the region, and the approach is part of the regional
learning disability health check improvement programme.

We have also worked with the regional learning disability nursing network to agree a shared
training session on desensitisation for practice nurses, which is now offered twice a year.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1561  safety-netting when crews leave an adult with a learning disability
#        at home - docx - rubric headings - ambulance service consultant
#        paramedic, procedural - ambulance service with supported living
#        providers' association and a community trust - staff involved - NO
#        patient involvement (people as beneficiaries, a survey that changed
#        nothing, families told, a plan, a negation)
# ---------------------------------------------------------------------------
entry(
    id="I1561", format="docx", layout="rubric_headings", topic="ambulance_non_conveyance_supported_living_safety_net",
    project="independent98-afterwego-1561", docx_font="Calibri",
    title="After We Go: safety-netting for adults with a learning disability who are not taken to hospital",
    cover=[
        "Lead organisation: Northern Dales Ambulance Service NHS Trust (Clinical Directorate)",
        "Partners: Dunmere Supported Living Providers' Association; Greystoke and Dunmere Community NHS Trust (Community Learning Disability Nursing and Urgent Community Response)",
        "Author: Consultant Paramedic, Vulnerable Patients",
    ],
    primary_entrant=dict(name="Northern Dales Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Dunmere Supported Living Providers' Association", type="charity"),
        dict(name="Greystoke and Dunmere Community NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Context: the problem and the partnership", """
When an ambulance crew attends someone and decides, with the person and those around them, that
hospital is not needed, they leave 'safety-netting' advice: what to watch for and when to call
again. For most adults this works reasonably well. For an adult with a learning disability in a
supported living home it often does not. The person may not be able to remember or repeat the
advice. The support worker on shift may have gone home by the time things change. The advice is
on a paper form left in the flat, or is said out loud and never written down.

In 2022 our clinical audit team looked at 310 incidents where a crew attended an adult with a
learning disability in supported living and did not convey. 41 of those people were taken to
hospital within 72 hours, and in 12 the later crew found a serious illness, most often sepsis,
pneumonia or bowel obstruction. In several cases the first crew had written clear advice, but
nobody on the next shift knew it existed.

Crews also told us they found it difficult to judge what was normal for the person. A man who is
usually chatty but is quiet today may be seriously unwell, but a crew meeting him for the first
time cannot know that. Support workers often could not say either, if they were agency staff or
new to the service.

We could not fix this on our own. The information needed to come from the providers, and the
follow-up needed to come from community services that could visit the next day.

Our crews attend many thousands of calls to supported living addresses every year. These are not
unusual calls; they are part of everyday ambulance work. The safety gap was not in the assessment
itself, which was usually careful, but in what happened in the hours afterwards.
"""),
        ("evidence", "Evidence of improvement", """
After We Go started in the Dunmere area in March 2023. It has three parts. First, supported living
providers in the association keep a one-page 'usual me' sheet for each tenant by the front door,
with their normal observations, behaviour and communication. Second, when a crew decides not to
convey, they complete a structured safety-netting note that is handed to the senior on shift and
photographed into the provider's electronic record, and they agree who will check on the person
and when. Third, for anyone the crew is worried about, they can refer directly to the urgent
community response team, who will visit within two hours, or to the learning disability nurses for
a next-day visit.

<<Q:The proportion of non-conveyed adults with a learning disability in supported living who were
taken to hospital within 72 hours fell from 13.2% in 2022 to 6.0% in the twelve months to March
2024.>> <<Q:Serious illness found at a second attendance within 72 hours dropped from 12 cases to 3
over the same periods.>> Crews referred 146 people to the urgent community response team in the
first year.

A check of a random sample of 60 non-conveyance records found a completed safety-netting note in
every one.

The clinical hub now shows a flag on the call screen for any supported living address in the
scheme, prompting the call handler to ask for the 'usual me' sheet to be ready when the crew
arrives. Crews say this has shortened the time spent on scene gathering background information.
"""),
        ("stakeholders", "Stakeholder engagement: patients, carers and staff", """
<<S:Paramedics from three stations worked with provider managers to design the safety-netting note,
and insisted that it must be completed on the tablet in under three minutes or it would not be
used.>> <<S:The providers' association held two workshops where support workers and team leaders
wrote the first version of the 'usual me' sheet and tested it in their own services for six
weeks.>> <<S:The urgent community response nurses agreed the two-hour referral route with our
clinical hub and changed their triage questions after the first month to include the 'usual me'
information.>>

The people who benefit are tenants with a learning disability, who can be spared unnecessary
hospital trips while still being kept safe. Families were told about the scheme by their
relatives' providers. We sent a questionnaire to families through the association, and the answers
were broadly positive, so we kept the scheme as it was. Tenants have not yet been involved directly
in reviewing the sheet; the association plans to do this with a self-advocacy group in 2025.
"""),
        ("value", "Value and sustainability", """
Each avoided conveyance and admission saves several hundred pounds in ambulance and emergency
department costs, and more where a hospital stay is avoided. The scheme uses existing services and
a printed sheet; the main cost was clinical time to design and teach it. It is now part of our
standard non-conveyance guidance and is in the providers' association's quality standards.

Crews say they feel more confident leaving someone at home when they know a named person will
check on them and that the next shift will see their advice. Provider managers report that the
'usual me' sheet has proved useful well beyond ambulance calls, for example when a tenant goes
into hospital or sees an out-of-hours GP.
"""),
        ("spread", "Spread and sharing", """
The safety-netting note is being extended to all supported living and residential homes across
our area from January 2025. We have shared the materials with the national ambulance learning
disability and autism network, and two other ambulance services have asked to adapt them.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1562  weight and bowel checks at annual health checks in one practice -
#        docx - style headings - GP partner, chatty - one GP practice on its
#        own (NO partner, ineligible) - patients involved - NO staff
#        involvement (staff trained, a named lead doing her job, a meeting
#        that was only updated, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1562", format="docx", layout="style_headings", topic="gp_health_check_weight_bowel_review",
    project="independent98-weighinworkout-1562", docx_font="Cambria",
    title="Scales and Stools: adding weight and bowel checks that mean something to our health checks",
    cover=[
        "Rushmere Lane Surgery, Rushmere",
        "Entry by Dr A. Okafor, GP partner and learning disability lead",
    ],
    primary_entrant=dict(name="Rushmere Lane Surgery", type="primary_care"),
    partners=[],
    sections=[
        ("context", "Why we looked at this", """
We are a practice of about 11,000 patients, with 84 adults on our learning disability register.
Like most practices, we were proud of our health check numbers, and for several years we have
completed a check for almost everyone on the register. But after one of our patients, a woman in
her forties who lived with her parents, was admitted with severe faecal impaction in 2022, I went
back through her health checks. Every year the box for 'bowels' had been ticked 'normal'. Every year
her weight had been recorded, and over four years it had dropped by nine kilograms without anyone
commenting.

I looked at the rest of our health checks and found the same picture. Weight was recorded but not
compared with last year. Bowel habit was asked as one question, 'any problems with your bowels?',
usually answered by whoever came with the patient, often 'no'. Nobody was asking how often, what it
looked like or whether the person was taking laxatives bought from the chemist. Constipation and
unexplained weight loss are two of the most important warning signs in people with a learning
disability, and we were not really looking for either.

I do not think we were unusual. The national health check template allows a lot of information to
be recorded, but it does not make anyone look at it against last year's, and a busy clinic can
easily become a list of boxes. Our health checks were done by a healthcare assistant and a GP in
two parts, and the information gathered by one was not always seen by the other. We were measured
on whether the check was done, not on what it found.

The families and supporters who came with our patients were often not the people who knew about
their bowels. A support worker on a day shift does not necessarily know what happened overnight. A
sister who visits at weekends does not see the person on a weekday. Without some way of collecting
information before the check, the single bowel question was bound to be answered 'no problems'.
"""),
        ("evidence", "What happened", """
From April 2023 we changed our health check template. The computer now shows the last three
weights and flags any change of 5% or more. Instead of a single bowel question, we use a picture
stool chart and ask four questions: how often, what it looks like using the chart, any straining or
pain, and any medicines for the bowel. Anyone with a flag is booked a follow-up with the GP within
two weeks. We also send a simple bowel diary, with pictures, two weeks before the check.

<<Q:In 2022/23 we recorded constipation as a problem in 6 of 81 health checks; in 2023/24, using the
new questions, we found it in 27 of 83.>> In the first year, 11 people had an unexplained weight
change flagged and followed up, and two of them were found to have serious illness that is now
being treated. <<Q:Emergency admissions with constipation from
our register went from 4 in the two years before the change to 1 in the two years since.>>
"""),
        ("stakeholders", "Who was involved", """
<<P:Before we changed anything, we asked four of our patients with a learning disability and their
supporters to try the picture stool chart at their health check, and they told us the original
chart had too many pictures, so we reduced it to five.>> <<P:A father who cares for his son at home
suggested the bowel diary should be sent before the check rather than handed out on the day, which
is how we now do it.>> <<P:Patients who came in for checks in the first two months were asked
whether the diary made sense, and their comments led us to add a tick box for 'I don't know'.>>

Our healthcare assistants and practice nurses were trained in the new template at a lunchtime
session. Our practice nurse lead, Sam, runs the health check clinic as part of her usual role. The
changes were reported to the whole practice team at a practice meeting. We would like to involve
the community learning disability team in reviewing our template in future.
"""),
        ("value", "Value", """
The changes cost nothing but time. The bowel diary is printed in the practice. The longer
conversation adds about five minutes to each check. One emergency admission for impaction is
enough to pay for years of that time, and in one of the two serious cases the early diagnosis may
well have saved a life.

We have also found that the bowel diary gives families and supporters a reason to talk about
something that is often embarrassing, and several have told us they did not realise how long
their relative could go between bowel movements until they started writing it down.
"""),
        ("spread", "Sharing what we learned", """
We have shared our template and stool chart with the other practices in our primary care network,
and presented the work at the local GP learning event. Two practices have asked for copies of the
diary. We are happy to share our template with anyone who asks.

We know we are a single practice and the numbers are small. But the changes are so simple that any
practice could make them in an afternoon, and we think the principle applies to every health
check: the point is not to tick the box but to notice when something has changed.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1563  hospital companions for autistic adults at outpatients - pdf -
#        numbered questions - PRIVATE autism support company as primary
#        entrant with an acute trust (ineligible) - managing director,
#        salesy - autistic adults and staff involved - NO quantitative
#        evidence (counts, satisfaction single figure, cost, target)
# ---------------------------------------------------------------------------
entry(
    id="I1563", format="pdf", layout="numbered_questions", topic="autistic_adults_outpatient_companions",
    project="independent98-alongside-1563", pdf_font="LiberationSans", pdf_align="J",
    title="Alongside: trained companions for autistic adults at hospital outpatient appointments",
    cover=[
        "Primary entrant: Spectrum Steps Ltd",
        "Partner: Harwood Valley Hospitals NHS Trust (Outpatients and Learning Disability and Autism Liaison Team)",
        "Submitted by the Managing Director, Spectrum Steps Ltd",
    ],
    primary_entrant=dict(name="Spectrum Steps Ltd", type="private"),
    partners=[dict(name="Harwood Valley Hospitals NHS Trust", type="nhs_trust")],
    sections=[
        ("context", "1. What problem did you set out to solve?", """
Spectrum Steps is a specialist provider of community support for autistic adults. Many of our
clients live independently or with family and do not have a support worker who can go with them
to hospital. Outpatient appointments are often where things go wrong. Waiting rooms are bright and
noisy, appointments run late, and clinicians may not realise that the person needs information in
a different way. Autistic adults told us that after a difficult appointment they would leave
without understanding what had been decided, or would not go back at all.

This matters for safety. If a person misses a follow-up appointment, a diagnosis can be delayed. If
they do not understand changes to their medicines, they may take them wrongly. If they become
overwhelmed in a clinic, they may be seen as 'not engaging' and discharged.

Harwood Valley Hospitals' learning disability and autism liaison team is small and cannot go with
every autistic person to every appointment. The trust asked us whether we could help.

Some of the autistic adults we support had gone years without follow-up for conditions that were
being monitored, such as thyroid disease or an abnormal heart rhythm, because they had not returned
after a first appointment that went badly. Others had attended but had not been able to ask
questions, and went home with prescriptions they did not understand. Outpatient clinics were not
designed with them in mind, and the people working there often had little training in autism.

We saw an opportunity to use our experience to help. Our staff already support autistic adults
every day in their homes and in the community, and they understand how to prepare someone for a new
situation, how to reduce sensory overload and how to help someone communicate with professionals.
"""),
        ("evidence", "2. What is the evidence that it has worked?", """
Alongside began in January 2024. Autistic adults with outpatient appointments at Harwood Valley can
ask for a trained Alongside companion, who contacts them before the appointment, agrees what help
they want, meets them at the entrance, waits with them in a quiet space, stays in the appointment if
asked, and goes through the 'what happens next' notes with them afterwards. The companion is not a
clinician and does not make decisions for the person.

In the first ten months, 164 people asked for a companion and 402 appointments were supported. 88%
of people who completed our feedback form said they felt better prepared. Companions wrote 402
'what happens next' summaries and sent them to the person and, with consent, their GP. The
service costs £85 per supported appointment. Our target is for 600 appointments to be supported
in the second year.

We believe that Alongside is making outpatient care safer for autistic adults, and we are working
with the trust to analyse attendance data.

Examples of feedback we have received include: 'I would not have gone without her' and 'for the
first time I understood what the doctor said'. Clinic staff have also said that appointments run
more smoothly when a companion is present.
"""),
        ("stakeholders", "3. How were patients and staff involved?", """
<<P:We recruited a panel of seven autistic adults, who were paid for their time, to design the
companion role, and they wrote the list of things a companion must never do, including speaking for
the person without asking.>> <<P:Two members of the panel now work with us as Alongside companions
and helped write the training.>> <<S:The trust's outpatient sisters and the liaison nurses worked
with us to decide where companions would wait and how they would be let in to clinic areas, and
they changed the referral route after the first month so that booking staff can refer directly.>>
"""),
        ("value", "4. What is the value of the project?", """
At £85 per appointment, Alongside is considerably cheaper than a missed appointment that has to be
rebooked, a delayed diagnosis, or an admission that could have been avoided. The trust pays for the
service from its learning disability and autism improvement budget. Companions are employed on
flexible contracts, so the service can grow or shrink with demand.

We also believe the service reduces the time clinicians spend on appointments that do not go as
planned, and the cost of rebooking. Our companions are carefully recruited and receive five days of
training, including autism awareness, safeguarding, hospital orientation and confidentiality, and
each has a DBS check. The service is available five days a week.
"""),
        ("spread", "5. How has the project been shared and spread?", """
We are in discussions with two other trusts in the region. We have presented Alongside at an autism
conference and on social media. We would like the model to be funded nationally.

Our ambition is for every autistic adult who needs it to have access to a companion at hospital
appointments, wherever they live. We believe Alongside could be adapted for GP appointments,
dental care and mental health services.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1564  outpatient letters and pre-visit information for autistic adults -
#        docx - reordered (stakeholders and evidence first) - autism charity
#        lead, reflective - charity with an acute trust and a GP federation -
#        autistic adults and staff involved - NO value section
# ---------------------------------------------------------------------------
entry(
    id="I1564", format="docx", layout="reordered", topic="autistic_adults_outpatient_letters_previsit",
    project="independent98-knowbeforeyougo-1564", docx_font="Verdana",
    title="Know Before You Go: outpatient information that autistic adults can use",
    cover=[
        "Oakhurst Autism Network (registered charity), in partnership with Thistleby General Hospital NHS Foundation Trust and the Thistleby GP Federation",
        "Entry by the Network's Health Projects Lead",
    ],
    primary_entrant=dict(name="Oakhurst Autism Network", type="charity"),
    partners=[
        dict(name="Thistleby General Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="Thistleby GP Federation", type="primary_care"),
    ],
    sections=[
        ("stakeholders", "Designed by autistic adults", """
This project started and finished with autistic people. <<P:In 2023 our members' research group, 14
autistic adults who meet online, collected their own experiences of hospital outpatient
appointments and picked out the moments where things went wrong.>> <<P:They found that uncertainty
before the appointment caused more distress than the appointment itself, and they asked for three
things: photographs of the route from the car park, a plain description of what would happen, and
a way to tell the clinic about their needs before arriving.>> <<P:Members then drafted the 'know
before you go' pack for four clinics, and tested each pack by using it at their own appointments.>>

<<S:Clinic staff in ophthalmology, dermatology, gynaecology and the pain clinic walked the routes
with members and took the photographs, and the gynaecology nurses rewrote their section on
examinations after members said the first draft was vague.>> <<S:The hospital's patient access team
changed the wording of appointment letters with us, and the GP federation's care coordinators
suggested adding the pack link to the referral letters they send.>>
"""),
        ("evidence", "What changed", """
Since March 2024, every outpatient letter from the four pilot clinics includes a short link and QR
code to the clinic's pack, and an 'about me' form that can be returned online. Clinics can see the
form before the appointment and make adjustments, such as a quiet waiting area, dimmed lights or a
longer slot.

<<Q:Did-not-attend rates for patients with an autism flag in the four clinics fell from 17% in the
year before to 9% in the first year of the packs.>> <<Q:Appointments abandoned part-way through,
which the clinics began recording in 2023, went from 22 in the six months before to 5 in the six
months after.>> 311 'about me' forms were returned in the first year.

The packs are short: one page of photographs, one page describing what happens, and one page of
questions the person might want to ask. They are available online and on paper, and each clinic
has a named member of staff who keeps its pack up to date when rooms or processes change. The 'about
me' form asks a small number of questions, all optional, and the answers are visible to the clinic
team from the day the form is returned.
"""),
        ("context", "Why it matters", """
Autistic adults die on average younger than the general population, and many of the causes of
death are conditions that are treatable if found early. Outpatient appointments are where much of
that care happens. When an autistic person misses an appointment, or leaves before it is finished,
investigations are delayed and conditions progress. In the past, repeated missed appointments led
to people being discharged back to their GP with the problem unresolved.

Autistic people often find hospital environments difficult because of noise, light, unpredictability
and the way information is given. Reasonable adjustments are a legal duty, but clinics often did not
know a person was autistic until they arrived, by which point it was too late to plan. GP referral
letters rarely mentioned it. Hospital letters gave a time and a place and very little else.

Our members described the same experiences again and again. An appointment letter with a time, a
department name and a building number, and nothing about what would happen. A car park that did
not match the map. A reception desk with a queue and a loud waiting room. Being called by a name
they do not use. Being asked to undress with no warning. A clinician who spoke quickly, used words
they did not understand and asked if there were any questions while standing up to leave. Each of
these is small, but together they mean that many autistic adults arrive at an appointment already
at the edge of what they can manage.

Some cope by not going. Some go, but cannot take in what is said. Some leave part-way through. All
three can lead to harm: a missed diagnosis, a misunderstood instruction about medicines, or a
referral that is closed when it should have stayed open.
"""),
        ("spread", "Spreading the packs", """
The trust is producing packs for another ten clinics in 2025, with members of our research group
paid to review each one. The 'about me' form has been added to the trust's electronic record so
that it is visible at future appointments. We have shared the template with other autism charities
and with the regional learning disability and autism programme.

We think the most important lesson for others is that the packs were only useful because autistic
people wrote them. Earlier attempts at 'autism-friendly' information at the trust had been written
by well-meaning staff and were not used. Another hospital could copy our template, but it would
need to do the same work with its own local autistic community.
"""),
    ],
    flags=[dict(code="missing_section", criterion="value")],
)


# ---------------------------------------------------------------------------
# I1565  flu and pneumonia vaccination at day centres - pdf - short form with
#        cover table - council public health officer, brisk - council with a
#        PCN and a day services charity - staff involved - NO evidence section
#        and no measured change anywhere - NO patient involvement (attenders
#        vaccinated, families sent consent letters, easy read leaflet handed
#        out)
# ---------------------------------------------------------------------------
entry(
    id="I1565", format="pdf", layout="form_table", topic="day_centre_flu_pneumococcal_vaccination",
    project="independent98-jabsatthecentre-1565", pdf_font="DejaVuSans",
    title="Jabs at the Centre: flu and pneumonia vaccines where people already are",
    cover_table=[
        ("Project title", "Jabs at the Centre: flu and pneumonia vaccines where people already are"),
        ("Lead applicant", "Pellingham City Council, Public Health Team"),
        ("Partners", "Pellingham South Primary Care Network; Greystoke Day Services (charity)"),
        ("Contact", "Public Health Practitioner, Health Protection"),
    ],
    primary_entrant=dict(name="Pellingham City Council", type="local_authority"),
    partners=[
        dict(name="Pellingham South Primary Care Network", type="primary_care"),
        dict(name="Greystoke Day Services", type="charity"),
    ],
    sections=[
        ("context", "Background and aims", """
Respiratory infections, including flu and pneumonia, are a leading cause of avoidable death among
people with a learning disability. Everyone on a GP learning disability register is eligible for a
free flu vaccine every autumn, and many also qualify for the pneumococcal vaccine because of other
conditions. Uptake among adults with a learning disability in Pellingham was lower than among other
eligible groups, and much lower among people who find surgeries difficult or have to be taken by
family members who work.

Most adults with a learning disability who are at greatest risk already attend a day service
several times a week. The aim of Jabs at the Centre was simple: take the vaccines to the day
centres, where people feel settled and staff know them well, rather than expecting them to come to
a crowded surgery clinic on a Saturday morning.

In autumn 2023 PCN nurses ran vaccination sessions at four day centres run by Greystoke Day
Services. Each session was planned with a quiet room, familiar staff, a visual timetable and the
person's own choice of when in the day to have it. Where the person could not consent, best
interests decisions were recorded beforehand with families and the GP.

The scheme was deliberately small in its first year, so that the PCN, the day service and the
council could learn what was needed before offering it more widely. Each organisation brought
something the others did not have: the PCN had the vaccines and the nurses, the day centres knew
the people and had the rooms, and the council had the public health team to bring them together.

Before the scheme, vaccination for this group relied on practices sending invitation letters and
families arranging to bring their relative to a clinic. Practices told the council's health
protection team that they did not have the time to offer longer or quieter appointments during the
busiest weeks of the flu season, and families who worked found it hard to take time off. Some
people had been brought to a clinic, become distressed in the queue and gone home without the
vaccine, and were then recorded as having declined.

Day services, on the other hand, already held a great deal of what was needed: up to date contact
details for families, knowledge of how each person communicates, and a calm space that people knew.
"""),
        ("stakeholders", "Involvement of patients, carers and staff", """
<<S:Day centre managers and key workers planned each session with the PCN nurses, choosing which
room to use and which members should go first, and they suggested splitting the sessions across
two days so that nobody had to wait.>> <<S:PCN nurses asked after the first session for the
consent paperwork to be collected a week earlier, and the day centres changed their process.>>

Families were sent consent letters and an easy read leaflet about the vaccines. Day centre
members were given the easy read leaflet and a sticker after their vaccine. We intend to
ask members for their views on the sessions next autumn.
"""),
        ("value", "Value and costs", """
Vaccines and nurse time are funded through the usual national arrangements, so the additional cost
was limited to planning time and a small amount of council public health funding, £2,400, for
resources and backfill for day centre staff. In the first season 146 people were vaccinated against
flu and 38 received a pneumococcal vaccine at the centres. A single admission for pneumonia costs
far more than the whole scheme.

The sessions also gave PCN nurses an opportunity to check that each person's details on the GP
learning disability register were correct, and to remind families about annual health checks.
"""),
        ("spread", "Spread", """
The PCN will run the sessions again in autumn 2024 and add COVID-19 boosters. Two other PCNs have
asked to use the planning checklist. The council has included day centre vaccination in its
learning disability health inequalities plan.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1566  autistic adults without a learning disability missing from registers
#        - pdf - with appendix - autistic-led charity director, candid -
#        charity with an ICB and a GP federation - autistic adults involved
#        - NO staff involvement (practice staff trained, GPs sent guidance,
#        a named lead, a plan) - NO quantitative evidence (counts identified,
#        coding counts, targets)
# ---------------------------------------------------------------------------
entry(
    id="I1566", format="pdf", layout="with_appendix", topic="autistic_adults_gp_register_coding",
    project="independent98-countusin-1566", pdf_font="LiberationSerif", pdf_align="L",
    title="Count Us In: autistic adults who are invisible in their GP records",
    cover=[
        "Lead entrant: Autistic Voices Larkspur (autistic-led registered charity)",
        "Partners: NHS Larkspur and Rushmere Integrated Care Board; Larkspur GP Federation",
        "Prepared by the Director, Autistic Voices Larkspur",
    ],
    primary_entrant=dict(name="Autistic Voices Larkspur", type="charity"),
    partners=[
        dict(name="NHS Larkspur and Rushmere Integrated Care Board", type="icb"),
        dict(name="Larkspur GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "The problem", """
Autistic adults who do not have a learning disability are often invisible in the health system.
Many were diagnosed as adults, privately or by an adult autism service, and the letter never made
it onto their GP record in a way that could be searched. Others were diagnosed as children and the
code was lost when they moved practice. Unlike people on the learning disability register, they are
not offered an annual health check, and practices have no way of knowing that they may need a
longer appointment, a phone call instead of a text, or a quiet place to wait.

The consequences can be serious. Autistic people have higher rates of epilepsy, bowel problems,
eating difficulties, anxiety and depression, and a much higher risk of suicide. Our members told us
again and again about symptoms that were dismissed, appointments they could not cope with, and
being labelled as difficult. One member told us she had stomach pain for eighteen months and went
to the surgery three times before anyone examined her; each time she was, in her words, 'too calm
to be taken seriously'.

Our charity is run by autistic people, for autistic people. When the ICB asked us in 2023 what would
make the biggest difference to the safety of autistic adults in primary care, our members' answer
was: first, let the surgery know we exist.

We knew from the start that a form on its own would not be enough. Many autistic adults have had
bad experiences with health services and are reluctant to share their diagnosis, fearing that it
will be used against them or that they will be treated as if they lack capacity. The form had to
make clear what the information would be used for, who would see it, and that sharing it was a
choice. It also had to be possible to complete without phoning anyone, because for many of our
members the telephone is the biggest barrier of all.
"""),
        ("evidence", "What we have achieved", """
Count Us In has three parts. Autistic adults can use a short online or paper form to tell their GP
practice about their diagnosis and the adjustments they need; the form goes to the practice, which
adds a diagnosis code and a reasonable adjustment flag. The federation ran searches of all 31
practices for free-text mentions of autism that had never been coded. And from April 2024 the ICB
funds practices to offer a longer, optional annual review to autistic adults who want one.

Between April and December 2024:

- 1,214 autistic adults returned the form

- the practice searches found 2,063 records where autism was mentioned in a letter but not coded; 1,580 of these have now been reviewed and coded

- 1,922 reasonable adjustment flags were added

- 318 autistic adults took up an annual review

The ICB's aim is for every practice to have reviewed all uncoded records by March 2025. We do not
yet know whether this has changed outcomes, and we are working with the ICB on how to measure that.
"""),
        ("stakeholders", "Who was involved", """
<<P:Autistic adults designed every part of this project.>> <<P:Eleven of our members met weekly for
two months to write the form and the list of possible adjustments, and chose to make every question
optional after a long debate about how much people should have to explain.>> <<P:A second group of
members tested the form with screen readers and on phones, and found problems with the layout that
we fixed before launch.>> <<P:Parents of autistic young adults moving to adult services came to a
session and asked for a version they could fill in with their son or daughter, which we added.>>

Receptionists and practice managers from all 31 practices attended a one-hour online training
session run by our members. GPs were sent a briefing note by the federation. The federation's
digital lead ran the searches as part of his role. We hope to set up a practice staff reference
group in 2025.
"""),
        ("value", "Value", """
The ICB has funded the project at £62,000 a year, including payment for our members' time, which
matters to us: autistic people should not be expected to fix the system for free. The annual review
is funded at the same rate as a learning disability health check. If even a small number of serious
illnesses are found earlier, or a small number of crises avoided, the savings to the NHS will be
considerable.
"""),
        ("spread", "Spread", """
Two neighbouring ICBs have asked to use the form, and the federation has shared its search method
with other federations in the region. We have been invited to speak to the national autism
programme board.
"""),
    ],
    trailer=[
        ("heading", "Appendix: the adjustments list and data sources"),
        ("para", "The adjustments members can choose from include: contact by email or letter rather than phone; a longer appointment; the first or last appointment of the day; waiting outside or in the car; the same clinician where possible; written notes after the appointment; warning before any physical examination; dimmed lights; and bringing a support person."),
        ("para", "Form returns are from Autistic Voices Larkspur's records. Search, coding and flag figures were provided by Larkspur GP Federation. Annual review figures are from ICB payment claims."),
        ("para", "Autistic Voices Larkspur, Unit 4, Mill Yard, Larkspur, LK2 9RT. Registered charity."),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1567  bowel preparation for colonoscopy for people with a learning
#        disability - pdf via soffice - style headings - acute trust endoscopy
#        lead nurse, careful - acute trust with supported living providers and
#        the community LD team - supported living managers, a tenant and staff
#        involved - Q includes an SPC shift - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1567", format="pdf", layout="style_headings", topic="ld_colonoscopy_bowel_preparation",
    project="independent98-clearahead-1567", render_via="soffice", docx_font="Liberation Serif",
    title="Clear Ahead: safer bowel preparation for people with a learning disability having a colonoscopy",
    cover=[
        "Lead: Elsworth and Quarrington Hospitals NHS Trust, Endoscopy Unit",
        "Partners: Elsworth Community NHS Trust (Community Learning Disability Team); Thornfield Support (supported living charity); Elsworth Care Partnership Ltd",
        "Prepared by the Endoscopy Lead Nurse",
    ],
    primary_entrant=dict(name="Elsworth and Quarrington Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Elsworth Community NHS Trust", type="nhs_trust"),
        dict(name="Thornfield Support", type="charity"),
        dict(name="Elsworth Care Partnership Ltd", type="private"),
    ],
    sections=[
        ("context", "Introduction", """
Before a colonoscopy, the bowel has to be emptied with strong laxatives taken over a day or two,
together with a low-fibre diet and a large amount of clear fluid. For anyone this is unpleasant.
For people with a learning disability it can be dangerous. Some cannot drink the volume needed,
and become dehydrated or develop low sodium. Some have swallowing difficulties and are at risk of
aspiration when drinking large amounts quickly. Many take medicines, including anti-epileptics,
that may not be absorbed properly during preparation. And many already have chronic constipation,
so standard preparation does not work and the test has to be repeated.

An audit of our endoscopy unit in 2022 found that people with a learning disability were far more
likely than others to have an incomplete colonoscopy because of poor bowel preparation, and three
had been admitted in the previous two years with dehydration or low sodium after preparation at
home. Support staff told us they were given the same leaflet as everyone else, and were unsure
whether they should stop giving medicines, how to manage a person who would not drink, or who to
call at night.

Colonoscopy is an important test for people with a learning disability. Bowel cancer is often
diagnosed late in this group, partly because symptoms are put down to long-standing constipation or
to behaviour, and partly because people are less likely to take part in screening. When a person
does get as far as a referral for colonoscopy, it matters that the test is done safely and done
well the first time. A failed test can mean months of delay and a person who never wants to go
back.

Our unit carries out about 6,500 colonoscopies a year, of which a small number are for people with
a learning disability. Because the numbers are small, the standard pathway had never been adapted.
Pre-assessment was done by telephone with the patient, which did not work for people who do not
use the phone or who would not be the ones preparing the drinks. Nobody asked whether the person
lived alone, with family or in supported living, or who would be supporting them through the
preparation.
"""),
        ("evidence", "Results", """
Clear Ahead started in September 2023. Anyone referred with a learning disability flag is offered a
pre-assessment phone call with an endoscopy nurse and the community learning disability nurse. They
agree a personalised preparation plan, which may include a longer low-residue diet, a split or
lower-volume preparation, thickened fluids where the person has a swallowing plan, timing of
medicines, and admission the night before for people who cannot be safely prepared at home.
Supported living staff receive an easy read and a staff version of the plan, and a direct number
for the unit.

<<Q:On our statistical process control chart of adequate bowel preparation for people with a
learning disability flag, monthly rates moved from a mean of 61% before the change to a sustained
shift above 85%, with eight consecutive months above the old mean.>> <<Q:Procedures that had to be
repeated because of poor preparation went from 14 in the year before to 4 in the year after.>>
There have been no admissions with dehydration or low sodium after preparation at home since the
pathway began.

Every plan is reviewed by the endoscopy nurse on the morning of the procedure, and the quality of
preparation is scored by the endoscopist using the standard scale, which is how the chart is
produced. Admissions the night before are now planned at pre-assessment rather than arranged at
short notice.
"""),
        ("stakeholders", "Working together", """
<<S:Managers and senior support workers from Thornfield Support and Elsworth Care Partnership met
the endoscopy nurses three times to go through the old instructions line by line, and their
questions became the staff version of the plan.>> <<S:The community learning disability nurses
suggested joining the pre-assessment call, and now do so routinely.>> <<S:Endoscopists agreed to
offer lower-volume preparations after the unit's pharmacist reviewed the evidence with them.>>

<<P:A tenant at Thornfield who had been through two failed preparations described what it had been
like for him and what would have helped, and his ideas on the timing of drinks and a timer on his
phone are in every plan we now write.>> <<P:His support worker and his sister came with him to the
session and helped the nurses turn his account into the easy read version.>>
"""),
        ("value", "Value", """
Each repeated colonoscopy costs the trust several hundred pounds and uses a scarce list slot. Each
admission for dehydration costs more. The pathway adds about forty minutes of nursing time per
person. There is also value that is harder to count: people who have a bad experience often refuse
future tests, and in people with a learning disability that can mean a bowel cancer found late.

Supported living providers say that staff feel more confident and that the plan has helped with
rota planning, because they know in advance how many staff will be needed during preparation. The
pre-assessment call has also picked up other health issues, including swallowing difficulties that
had not been assessed, which have been referred on.
"""),
        ("spread", "Sharing the pathway", """
The pathway has been adopted by the trust's second endoscopy unit and shared through the regional
endoscopy network. The easy read plan has been added to the national learning disability
resources library.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1568  a bowel and constipation card in day services - docx - lists - PCN
#        clinical pharmacist, brisk - PCN with a day services charity and
#        the council - involvement by pronouns and an unusual name ('the
#        Wednesday crew') - Q in words ('a third fewer') - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1568", format="docx", layout="bullet_lists", topic="day_services_bowel_card_constipation",
    project="independent98-gutfeeling-1568", docx_font="Calibri",
    title="Gut Feeling: a bowel card shared between day services, home and the practice",
    cover=[
        "Lead: Halcombe Vale Primary Care Network (six GP practices)",
        "Partners: Brindmoor Day Opportunities (charity); Halcombe Vale District Council (Adult Social Care)",
        "Submitted by the PCN's Lead Clinical Pharmacist",
    ],
    primary_entrant=dict(name="Halcombe Vale Primary Care Network", type="primary_care"),
    partners=[
        dict(name="Brindmoor Day Opportunities", type="charity"),
        dict(name="Halcombe Vale District Council", type="local_authority"),
    ],
    sections=[
        ("context", "What the problem was", """
Constipation kills people with a learning disability. It is repeatedly found in reviews of deaths,
and in our own PCN we had two admissions with bowel obstruction in 2022, one of which ended in
emergency surgery.

What we noticed:

- many of our patients with a learning disability spend most weekdays at day services, but nobody at the day centre knew about their bowel habit or their laxatives

- family carers kept track at home, but often lost count over the week

- when a person came to the practice with abdominal pain or agitation, we rarely had any record of when they last opened their bowels

- laxatives were often stopped and started without a plan, and 'as required' laxatives were seldom given

Part of the problem was that each of us held one piece of the picture. The day centre saw the
person for six hours a day, four days a week. The family or supported living staff saw them the
rest of the time. The practice saw them once or twice a year. Nobody joined those pieces together,
and so a week without a bowel movement could easily pass unnoticed by everyone.

We wanted something simple that could go wherever the person went, that needed no training to use
and that people with a learning disability could fill in themselves if they wanted to.
"""),
        ("evidence", "What changed and the results", """
Gut Feeling is a small card, carried in the person's day bag, with a simple picture chart for each
day and a traffic-light guide: green means normal for them, amber means ring the family or home
today, red means ring the practice today. The PCN pharmacists review the card at every medication
review and health check, and each person has a written laxative plan agreed with them and their
family.

Results in the first year, for the 74 people using the card:

- <<Q:a third fewer GP appointments were needed for constipation or abdominal pain than in the year before>>

- <<Q:emergency admissions with constipation or obstruction went from five to one>>

- the card was used at 61 health checks and 140 medication reviews

- 23 people had their laxative plan changed after their card showed a pattern that had not been spotted

- 9 day services now keep a spare supply of cards

- the PCN pharmacists have written laxative plans for all 74 people
"""),
        ("stakeholders", "Who took part", """
- <<P:the Wednesday crew at Brindmoor's Mill Street centre, a group of eight members who meet to plan their own activities, spent three sessions with us choosing the pictures and the colours>>

- <<P:they also insisted the card should fit in a pocket and not look like a medical form, so it is the size of a bus pass>>

- <<P:families at the centre's open evening tried the card for a fortnight and sent back their copies with notes, and we added a space for 'anything else I noticed'>>

- <<S:day centre key workers and the PCN's care coordinators agreed who fills in the card at each stage of the day, after the key workers said they could not be expected to check it at lunch as well as on arrival>>

- <<S:GPs in the six practices asked for the card to be scanned into the record at each review, and the practice administrators set up a code so they can find it>>
"""),
        ("value", "Value", """
- the cards cost about 30p each to print

- the pharmacist time is part of the usual structured medication reviews

- one avoided admission with bowel obstruction is worth many thousands of pounds, and far more to the person and their family

- day centre staff spend less time phoning families to ask about symptoms, because the card already has the answer

- families say the card gives them something concrete to take to appointments
"""),
        ("spread", "Spreading it", """
- the council is offering the card to all the day services it commissions from April 2025

- two neighbouring PCNs have started using it

- we have shared the card on the regional learning disability pharmacy network

- the card has been translated into two community languages spoken in Halcombe Vale

- we are happy to send the print files to any PCN or day service that asks
"""),
    ],
    flags=[],
)
