"""Twenty-sixth independent evaluation set (I401..I416) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries19.py / entries24.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing real NHS teams, councils, hospices
and charities send in, in their own voices and at their own length.

Topics: carbon monoxide found by ambulance crews (a fire and rescue service lead), adrenal
crisis and steroid emergency cards, potassium permanganate soaks for leg care at home,
MRI scans for people with pacemakers and defibrillators (a private imaging company as
primary entrant), physical deterioration on mental health wards, children's asthma after
an emergency attendance, bed rails supplied for use at home (a council equipment
service), syringe pumps for people dying at home (a hospice lead), people who breathe
through a neck stoma after laryngectomy (a charity lead, no value section), vaccine
fridges and the cold chain in general practice, diabetic foot disease and amputations,
bruising in babies who are not yet mobile (services of one trust, no partner), liquid
medicines for children in community pharmacy (with appendix), alerts for carriers of
carbapenemase-producing organisms (results first, no spread section), gastrostomy tubes
that come out at home (a private home feeding company as primary entrant) and diabetic
ketoacidosis in teenagers.

Build it with

    .venv/bin/python data/independent/build.py --set 26   (writes data/corpus/independent26/)

Mark-up used inside section bodies (stripped before rendering):
  <<Q:sentence>>   quantitative claim (a measured change in an outcome)
  <<P:sentence>>   patient / carer / family / service-user involvement
  <<S:sentence>>   staff involvement (co-design, testing, consultation, feedback acted
                   on; includes partner organisations' staff)
  (letters combine, e.g. <<PS:...>>)
Paragraphs are separated by a blank line; line breaks inside a paragraph are joined
with a single space.  A paragraph starting with "- " is a bullet item.

Labelling conventions (as in the earlier sets):
  * not Q: dates, financial years, bed/ward counts, headcounts, numbers trained,
    budgets and costs, phone numbers, postcodes, reference numbers, targets not yet
    reached, plans, single figures with no baseline, activity counts, figures that
    did not change;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words;
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group,
    passive voice, described or named people, lived-experience roles, unusual job
    titles, list items), wherever in the entry they appear;
  * not P/S: beneficiaries, plans and hopes, negations, unnamed "stakeholders", a
    single named lead doing their job, staff only trained or briefed or audited, a
    survey after which nothing changed, audiences at launches and conferences, people
    who were only informed, people who declined;
  * eligibility: a private company as primary entrant, or no partner organisation
    (departments of one trust are not partners), makes an entry ineligible; a private
    company as a partner does not.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; community and mental health trusts are nhs_trust; local
pharmaceutical committees, GP federations and primary care networks are primary_care;
a national public health agency is public_other; hospices are charity).
Flags are written by hand and cross-checked by build.py.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I401  carbon monoxide found by ambulance crews - pdf - own headings - fire
#       and rescue service community safety manager voice - fire service lead
#       with ambulance trust, city council and acute trust - no flags
# ---------------------------------------------------------------------------
entry(
    id="I401", format="pdf", layout="own_headings", topic="carbon_monoxide_detection",
    project="independent26-silentkiller-401", pdf_font="LiberationSans",
    title="Clip It, Call It, Fix It: finding carbon monoxide in people's homes before it kills",
    cover=[
        "Lead organisation: Carrowby Fire and Rescue Service (Prevention and Community Safety)",
        "Partners: Carrowby and Wold Ambulance Service NHS Trust; Carrowby City Council (Private Sector Housing and Public Health); Carrowby Royal Hospitals NHS Trust (Emergency Department)",
        "Entry written by the Community Safety Manager, Carrowby Fire and Rescue Service",
    ],
    primary_entrant=dict(name="Carrowby Fire and Rescue Service", type="emergency_service"),
    partners=[
        dict(name="Carrowby and Wold Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Carrowby City Council", type="local_authority"),
        dict(name="Carrowby Royal Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why this needed more than one of us", """
Carbon monoxide has no smell, no colour and no taste. A faulty boiler, a blocked flue or a gas fire
that has not been serviced can fill a home with it slowly, over days or weeks. The symptoms are
headaches, sickness, tiredness and confusion, which are also the symptoms of flu, a stomach bug or a
bad week. People go to their GP or ring 999, get treated for whatever it looks like, and go home to
the same air that made them ill. Sometimes the first anybody knows about it is when a whole family is
found unconscious.

Carrowby has a lot of older terraced housing, much of it privately rented, and a high number of homes
heated by gas appliances that are past their best. As a fire service we have been fitting smoke alarms
and, more recently, carbon monoxide alarms on our home fire safety visits for years. But we only visit
the homes we are told about, and the people most at risk are often the ones nobody tells us about.

In 2021 two things happened that made us think again. A woman and her two children were taken to
hospital three times in a fortnight with headaches and vomiting before a gas engineer found a cracked
heat exchanger in their boiler. And an older man died in his flat from carbon monoxide poisoning, two
days after an ambulance crew had attended him for a fall and dizziness. The crew had no way of knowing.

Ambulance services in some parts of the country had started clipping small carbon monoxide detectors
to their kit bags. We spoke to the ambulance trust about doing the same in Carrowby and it quickly
became clear that the detectors on their own were not the answer. If a detector goes off, the crew
needs to get everybody out and someone needs to come and make the home safe, find the cause, and make
sure it gets fixed, which in a rented home means getting the landlord to do it.

So the partnership works like this. Every frontline ambulance in Carrowby carries a detector on the
response bag. If it alarms, the crew moves everyone out and calls our control room on a direct line,
not 999. A fire crew attends, takes readings, turns off and isolates the appliance, and fits a carbon
monoxide alarm. The ambulance crew assesses everybody in the household, not just the patient. Anyone
with symptoms is taken to the emergency department at Carrowby Royal, where a flag on the pre-alert
means they get a blood test for carbon monoxide on arrival. For rented homes we send a referral to the
council's private sector housing team, who can require the landlord to repair or replace the appliance
under the smoke and carbon monoxide alarm regulations and the housing health and safety rating system.
"""),
        ("evidence", "What the numbers show", """
We have compared 2021/22 with 2023/24 using ambulance trust incident data, our own incident recording
system, council enforcement records and the emergency department's laboratory data.

<<Q:Homes where an ambulance crew identified raised carbon monoxide rose from 11 in 2021/22 to 64 in
2023/24.>> We think nearly all of that rise is down to crews now having detectors, not to more
dangerous homes, and that these are homes that would have been missed before.

<<Q:The median time from an ambulance crew raising the alarm to a fire crew arriving and making the home
safe fell from 2 hours 5 minutes, when crews had to ring 999 or the gas emergency line, to 38
minutes.>> <<Q:When we went back to homes six weeks later, the proportion with a working carbon monoxide
alarm went up from 23% in a sample of homes visited in 2021 to 81%.>>

<<Q:Repeat ambulance attendances to the same address within 30 days where carbon monoxide was later found
fell from nine to one.>> <<Q:There were two deaths from accidental carbon monoxide poisoning in homes in
the city in 2021 and none in 2023 or 2024.>> These numbers are small and we would not claim too much for
them, but every one of them is a household.

Over the two years the council's housing team received 212 referrals from us and served 37 improvement
notices on landlords.
"""),
        ("stakeholders", "Who helped us get it right", """
<<P:The mother whose family had been poisoned in 2021 told her story at our first joint meeting and
later helped write the leaflet crews now leave in the home, which she insisted should start with the
symptoms, not the science.>> <<P:Tenants from the Beckside and Moorgate estates, through their tenants'
association, read the draft letter that goes to landlords and to tenants after a referral, and because
they told us tenants were frightened of being evicted for complaining, the letter now explains that the
council, not the tenant, has made the complaint.>> <<P:A group of older residents at a sheltered
housing scheme tried out three different plug-in alarms for us and picked the one with the loudest
alarm and the biggest button for testing.>>

<<S:Paramedics tested where to clip the detectors for a month and found that on the outside of the bag
they were knocked off in the vehicle, so they are now clipped inside the front pocket with the
window facing out.>> <<S:Our firefighters and the ambulance control room supervisors wrote the direct
line procedure together, and at their suggestion the call is logged as a carbon monoxide incident on
both systems so that the two sets of figures can be matched.>> <<S:Emergency department nurses pointed
out that the blood gas analyser could measure carbon monoxide but the result was not being looked at,
and they added it to the triage checklist for flagged patients.>> <<S:The council's environmental
health officers designed the referral form with our crews so that it records exactly what the landlord
needs to be told.>>
"""),
        ("value", "Value for money and what it means to people", """
Each detector costs about £70 and lasts two years. The ambulance trust paid for the detectors; we paid
for the alarms, which cost about £18 each. The council's enforcement work comes from its existing
budget. A single death, or a family with lasting brain damage from carbon monoxide, costs more than the
whole scheme, and that is before you count what it means to the people left behind.

For ambulance crews, the value is not having to walk away from a home knowing something was wrong but
not knowing what. For our firefighters, it has given them a new reason to get inside homes that we were
never invited into before, and a lot of those homes have also had smoke alarms fitted and a fire safety
check while we were there.
"""),
        ("spread", "Sharing what we have learned", """
The ambulance trust has rolled detectors out across its whole area, covering two other fire services,
both of which now use our direct line procedure. We have shared the landlord letter and referral form
with the other councils in the county, and the regional fire and rescue prevention group has adopted
the approach as good practice. We presented the work at a national fire service prevention conference
in 2024.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I402  adrenal crisis and steroid emergency cards - docx - numbered
#       questions - consultant endocrinologist voice, long and thorough - acute
#       trust, ambulance trust, ICB and a patient support group - no flags
# ---------------------------------------------------------------------------
entry(
    id="I402", format="docx", layout="numbered_questions", topic="adrenal_crisis_steroid_cards",
    project="independent26-stressdose-402", docx_font="Calibri",
    title="Don't Wait, Inject: preventing deaths from adrenal crisis across Brantwick",
    cover=[
        "Entrant: Brantwick Teaching Hospitals NHS Foundation Trust, Department of Endocrinology",
        "Partners: Brantwick and Fells Ambulance Service NHS Trust; NHS Brantwick and Selsbury Integrated Care Board (Medicines Optimisation Team); Brantwick Adrenal Support Group",
        "Written by Dr Ruth Okafor, Consultant Endocrinologist, on behalf of the partnership",
    ],
    primary_entrant=dict(name="Brantwick Teaching Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Brantwick and Fells Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="NHS Brantwick and Selsbury Integrated Care Board", type="icb"),
        dict(name="Brantwick Adrenal Support Group", type="patient_group"),
    ],
    sections=[
        ("context", "1. Please describe the background to your partnership and the patient safety issue it addresses", """
People whose adrenal glands do not make enough cortisol depend on steroid tablets to stay alive. This
includes people with Addison's disease, people whose pituitary gland has been damaged by a tumour or
surgery, children and adults with congenital adrenal hyperplasia, and a much larger group who have
taken steroids such as prednisolone for a long time for asthma, arthritis, bowel disease or other
conditions, and whose own adrenal glands have switched off as a result. When any of these people
become unwell, have an accident or need an operation, their body cannot make the extra cortisol it
needs. Without an injection of hydrocortisone they can go into adrenal crisis: very low blood
pressure, collapse and, if it is not treated quickly, death.

Adrenal crisis is almost entirely preventable, and the treatment is cheap and simple. The national
patient safety alert on steroid emergency cards in 2020 was issued because the same failures kept
happening across the country. We saw all of them in Brantwick.

When we reviewed every admission with adrenal crisis to our two hospitals in 2020 and 2021, the
pattern was depressingly similar. Patients or their families told the ambulance crew that they needed
hydrocortisone, sometimes holding out their own injection kit, and the crew did not give it, either
because they were not sure they were allowed to, or because the patient's condition did not seem
serious enough. In the emergency department, patients were triaged on their observations, which often
looked deceptively reasonable in the early stages, and waited hours for a doctor who understood what
the problem was. Patients on long-term steroids for other conditions often did not know they were at
risk at all, and nothing in their GP or hospital record said so. Several patients went through
surgery or had a colonoscopy without the extra steroid cover they needed, and became unwell afterwards.

One case in particular shaped the whole project. In 2021 a woman in her thirties with Addison's
disease developed vomiting and diarrhoea on a Saturday night. Her husband rang 999 and told the call
handler, and then the crew, that she needed her emergency injection. The crew were worried about
giving a drug that had not been prescribed by them and took her to hospital without it. She waited in
the emergency department for nearly three hours before she was given hydrocortisone, by which time she
needed intensive care. She survived, and she and her husband later became two of the most important
people in this project.

No single organisation could fix this. The ambulance service controls what crews carry and give. Most
people on long-term steroids are known only to their GP practice, supported by the ICB's medicines
optimisation team. The hospital runs the emergency department, pre-assessment and the endocrine
service. And the people who know most about what goes wrong are the patients and families themselves,
many of whom belong to the Brantwick Adrenal Support Group.

Our aims, agreed at the start in 2022, were that every person at risk of adrenal crisis in Brantwick
should be identified and given a steroid emergency card, that an ambulance crew attending them should
give hydrocortisone without delay when they were unwell, and that in hospital they should receive it
within 30 minutes of arrival.

What the partnership does:

The ICB's medicines optimisation pharmacists built a search, run every quarter in every practice, that
finds patients who have been prescribed steroids at doses and for lengths of time that put them at
risk. Practices send these patients a steroid emergency card and a letter, and add a coded alert to
the GP record, which is shared with the ambulance service and the hospital through the shared care
record.

The ambulance service added a 'steroid dependent' flag to its address and patient records and
changed its clinical guidance so that crews give intramuscular hydrocortisone to any steroid
dependent patient who is vomiting, injured or unwell, using their own stock or, if quicker, the
patient's own kit. Hydrocortisone is now carried on every frontline vehicle.

At the hospital, a patient who arrives with a pre-alert, a flag or a card goes straight to a
majors bay and is given hydrocortisone under a patient group direction by the triage nurse. Surgical
pre-assessment and endoscopy booking now check for the alert and follow a standard steroid cover
protocol.

The support group runs sessions, with our endocrine specialist nurses, in which patients and family
members practise giving the injection on a model, and it sends every new member a kit bag and a copy
of the 'sick day rules'.
"""),
        ("evidence", "2. What evidence do you have of improvements in patient safety?", """
We have compared 2021 (the calendar year before the partnership began) with 2023/24, using ambulance
patient records, the emergency department's electronic system, a review of all admissions coded as
adrenal crisis or adrenal insufficiency, and GP record searches.

<<Q:The proportion of patients with known adrenal insufficiency attended by an ambulance crew for an
illness or injury who were given hydrocortisone before arriving at hospital rose from 18% to 67%.>>
<<Q:In the emergency department, the median time from arrival to hydrocortisone for these patients
fell from 2 hours 50 minutes to 34 minutes.>> <<Q:The proportion given hydrocortisone within the 30
minutes we aimed for went up from 9% to 58%.>>

<<Q:Patients on long-term steroids with a coded steroid emergency alert on their GP record rose from 9%
to 71% of those identified by the search.>> <<Q:Admissions with adrenal crisis that needed intensive
care fell from 11 in 2021 to 4 in 2023/24.>>

<<Q:In surgical and endoscopy patients known to be steroid dependent, the proportion who were given
steroid cover in line with the protocol rose from 46% to 92%, according to the pre-assessment
team's audit.>>

Some of these numbers are small and the group of patients is not the same from one year to the next,
because the search keeps finding more people. <<Q:There were two deaths from adrenal crisis in Brantwick
in 2021 and one in 2023/24.>> Each has been reviewed, and the 2023/24 death was in a patient who had
stopped his steroids without telling anyone, which is a problem we have not yet solved.

Not everything has gone the way we planned. We hoped that 90% of at-risk patients would have a coded
alert by March 2024 and we are at 71%. The search finds a lot of people who had a course of steroids
some time ago and may not now be at risk, and practices have been understandably cautious about coding
them. We are working with the practices on this. We also found that in the first year, crews were
giving hydrocortisone to flagged patients but not to patients who only had a card, because the card
was not always shown to them, and the change to always ask 'do you take steroid tablets?' came from
that finding.

Alongside the outcome measures we have counted the work. The ICB's search has been run 1,160 times
across the practices, about 6,400 steroid emergency cards have been sent, 1,180 people now have a
steroid dependent flag on the ambulance system, and the support group has run 38 injection
sessions.
"""),
        ("stakeholders", "3. Who was involved, and how were patients, carers and staff involved?", """
<<P:Members of the Brantwick Adrenal Support Group were with us from the first meeting, and it was
their accounts of being refused their own injection by ambulance crews that made the change to the
ambulance guidance the first priority.>> <<P:The woman whose story is told above and her husband
sat on the project group for two years, and her husband wrote the short script that call handlers now
use, which begins by asking whether the patient has an emergency steroid injection at home.>>
<<P:Support group members designed the injection practice sessions with our specialist nurses, and
asked for the sessions to include family members and teenagers, because it is usually someone else
who has to give the injection when the patient is too ill to do it.>> <<P:Parents of children with
congenital adrenal hyperplasia, through the children's endocrine clinic, tested the kit bag and
pointed out that the ampoules were hard to open with cold, shaking hands, so the bag now includes an
ampoule opener.>> <<P:Patients on long-term steroids for other conditions, recruited through the
respiratory and rheumatology clinics, read the letter sent out by practices, and because several said
it made them feel they had done something wrong, it was rewritten to start with 'Your steroid medicine
is important, and this card will help keep you safe'.>>

<<S:Paramedics and emergency medical technicians from four stations worked with our endocrinologists to
rewrite the ambulance guidance, and it was their view that the decision should not depend on blood
pressure, because by the time it falls the patient is already in crisis, that led to the simple rule
that any unwell steroid dependent patient gets the injection.>> <<S:Ambulance clinical hub staff
tested the flag for six weeks and asked for it to appear on the crew's screen before they arrive,
rather than only after the patient's details are confirmed.>> <<S:Emergency department triage nurses
wrote the patient group direction with the pharmacy team, and they moved the hydrocortisone from the
main drug cupboard into the triage room after timing how long it took to fetch.>>
<<S:Practice pharmacists and GPs from eight practices tested the ICB search, and they asked for it to
exclude short courses that had finished more than a year ago, which cut down the number of patients
flagged in error.>> <<S:Respiratory nurse specialists pointed out that people taking high doses of
inhaled steroids could also be at risk, and they helped the ICB add these patients to the search.>>
<<S:Pre-assessment nurses and endoscopy booking clerks designed the check that now happens when a
procedure is booked.>>
"""),
        ("value", "4. What has been the impact on staff and patient experience, and what value for money does the work offer?", """
The costs have been small. Hydrocortisone ampoules cost a few pounds each, and carrying them on every
ambulance costs the ambulance service about £9,000 a year including replacement of expired stock. The
cards are supplied free through the national scheme. The main cost is staff time, particularly the
ICB pharmacists' time in building and running the search, which has been met from existing budgets,
and the endocrine specialist nurses' time in the injection sessions, which the support group has
helped fund through its own fundraising. An admission to intensive care for adrenal crisis costs many
thousands of pounds, and a death or a brain injury in a young adult cannot be measured in money at
all.

For patients and families, the value is confidence. Members of the support group tell us that they no
longer dread ringing 999, because they know the crew will have hydrocortisone and will give it.
People on long-term steroids for other reasons,
many of whom had never been told that their steroids carried any risk, now carry a card and know what
to do when they are ill.

For staff, the value is clarity. Paramedics have told us that they were frightened of getting it
wrong either way, and that a clear rule has taken that fear away. Emergency department nurses can act
straight away rather than waiting for a doctor to agree.
"""),
        ("spread", "5. How have you shared the learning and spread the improvements?", """
The ambulance service has applied the guidance to its whole area, which includes three other acute
trusts, and two of those trusts have adopted our triage patient group direction. The ICB has shared
its search with the other ICBs in the region through the regional medicines safety network, and four
have used it. We have presented the work at the national endocrine nursing conference and at the
regional patient safety network, and the support group has shared its injection session materials
with other support groups nationally.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I403  potassium permanganate soaks for leg care at home - pdf - CAPS
#       headings - medicines safety officer (pharmacist) voice, short - community
#       trust, LPC and ICB - no patient involvement (leaflet, carers told at
#       visits, an explicit negation, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I403", format="pdf", layout="caps_headings", topic="potassium_permanganate_soaks",
    project="independent26-notfordrinking-403", pdf_font="DejaVuSans",
    title="NOT A TABLET TO TAKE: safer use of potassium permanganate soaks in people's homes",
    cover=[
        "Selsbury Community Health NHS Trust, working with Selsbury Local Pharmaceutical Committee and the NHS Brantwick and Selsbury Integrated Care Board medicines optimisation team",
        "Submitted by the Trust's Medicines Safety Officer (pharmacist)",
    ],
    primary_entrant=dict(name="Selsbury Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Selsbury Local Pharmaceutical Committee", type="primary_care"),
        dict(name="NHS Brantwick and Selsbury Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "THE ISSUE", """
Potassium permanganate tablets are dissolved in water to make a soak for weeping legs and some skin
conditions. District nurses use them a lot. If a tablet is swallowed, or the concentrated solution is
drunk, it burns the mouth and gut and can kill. A national patient safety alert was issued in 2022
after deaths in other parts of the country. The tablets are small, dark purple and shiny, and they
look like sweets or ordinary medicines. Many of the people who need leg soaks are older, some have
dementia or poor eyesight, and many live alone or with a partner who is also frail.

In Selsbury the tablets were being prescribed on repeat, dispensed in the same sort of box as other
medicines and kept at home with everything else, often in the kitchen. In 2021 a man with dementia
swallowed a tablet he found with his morning tablets. He recovered after a stay in hospital. Our
review found that nobody had clear responsibility for the tablets once they reached the house.

The three organisations agreed some simple changes. The ICB removed potassium permanganate from repeat
templates so each supply is a one-off acute prescription with a review. Community pharmacies now
dispense it in a separate bright orange bag with a 'do not swallow' label. District nurses keep the
tablets in a small locked box in the home and make up the soak themselves.
"""),
        ("evidence", "THE EVIDENCE", """
We compared 2021/22 with 2023/24. The home audits were done by district nurses at routine visits, in
about 150 homes each year.

<<Q:Prescriptions for potassium permanganate issued on repeat fell from 61% of all prescriptions to
4%.>> <<Q:At district nurse home audits, homes where tablets were stored alongside oral medicines fell
from about one in three to one in twenty.>> <<Q:Supplies from community pharmacies that went out in the
orange bag with the warning label rose from 12% to 96%.>>

Swallowed tablets are rare, and we do not think the numbers are big enough to show a change.
"""),
        ("stakeholders", "INVOLVEMENT", """
<<S:District nurses chose the locked box after trying three types in patients' homes, and they asked for
one small enough to fit in the nursing bag.>> <<S:Community pharmacists designed the warning label and
the orange bag through the LPC's medicines safety group.>> <<S:Practice pharmacists in the primary care
networks checked the repeat templates and suggested a 14-day limit on each prescription, which was
agreed.>>

Patients and carers are given a leaflet about the soaks when treatment starts, and carers are told at
each visit not to touch the box. We did not involve patients in designing the changes, because we had
to act quickly after the alert. We would like to ask patients and carers what they think of the box.
"""),
        ("value", "VALUE", """
The boxes cost £11 each and are reused. The bags and labels cost the LPC about £400. One ingestion can
mean an intensive care stay, so the cost is very small by comparison. The main cost was staff time in
the first three months, mostly the LPC's and mine. Nurses tell us they feel safer leaving the tablets
in the home.
"""),
        ("spread", "SPREAD", """
The LPC has shared the label and bag with neighbouring LPCs, and the ICB has added the change to its
prescribing guidance for all practices. Two care home groups have asked for the locked box. The
hospital dermatology department, which starts some of these treatments, has agreed to prescribe for
14 days at a time in line with the rest of the county.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I404  MRI scans for people with pacemakers and defibrillators - docx -
#       rubric headings with a cover table - PRIVATE imaging company is the
#       primary entrant (ineligible) - clinical director (radiographer) voice -
#       NHS trust and ICB as partners - Q, P and S present
# ---------------------------------------------------------------------------
entry(
    id="I404", format="docx", layout="rubric_headings", topic="mri_cardiac_devices",
    project="independent26-scansafe-404", docx_font="Arial",
    title="Scan Safe: MRI for people with pacemakers and implanted defibrillators at the Wendlemere community diagnostic centre",
    cover_table=[
        ("Entry title", "Scan Safe: MRI for people with pacemakers and implanted defibrillators at the Wendlemere community diagnostic centre"),
        ("Entrant", "Meridian Imaging Partnerships Ltd"),
        ("Partners", "Wendlemere University Hospitals NHS Foundation Trust (Cardiac Physiology and Cardiology); NHS Wendlemere Integrated Care Board"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
        ("Contact", "Clinical Director, Meridian Imaging Partnerships Ltd, 2 Station Approach, Wendlemere WM2 8RT"),
    ],
    primary_entrant=dict(name="Meridian Imaging Partnerships Ltd", type="private"),
    partners=[
        dict(name="Wendlemere University Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="NHS Wendlemere Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Context and patient safety goals", """
Meridian Imaging runs the MRI service at the Wendlemere community diagnostic centre under a contract
with the ICB. I am a radiographer by background and the company's clinical director.

Most modern pacemakers and implanted defibrillators can be scanned safely in an MRI scanner, but only
if the whole system is confirmed as 'MRI conditional', the device is switched into a special mode
before the scan by a cardiac physiologist, the patient is monitored throughout, and the device is
switched back afterwards. If any of these steps is missed the patient can be harmed: the device can
stop pacing, deliver a shock, or heat up.

Until 2022, people with a cardiac device who were referred to us were turned away and sent back to
the hospital, where MRI slots with cardiac physiology support were very limited. Some waited months.
Some had a CT scan instead, which did not answer the question. And in a small number of cases, in our
service and at the hospital, patients were scanned without their device being checked, because the
device was not mentioned on the referral and the patient did not think to tell us. Fortunately none of
them came to harm. One, in 2022, was a woman with a pacemaker referred for a scan of her knee. The
referral did not mention the pacemaker, and she had ticked 'no' on our safety questionnaire because she
did not think of it as 'metal in the body'. She was on the scanner table before a radiographer noticed
the scar below her collarbone.

Scan Safe is a single pathway agreed between Meridian, the hospital's cardiac physiology department and
the ICB. Referrers must answer a device question before a referral can be sent. Our booking team checks
the device details against the hospital's device register, which we can now see. Two sessions a week at
the centre are set aside for device patients, and a cardiac physiologist from the hospital attends each
one to programme the device, with a cardiologist available by phone. A standard checklist is completed
before the patient enters the scanner room and again before they leave.
"""),
        ("evidence", "Evidence of improvements in safe care", """
We compared the 2022 calendar year with 2023/24, using our booking and incident systems and the hospital's
device clinic records.

<<Q:The median wait for an MRI scan for patients with a cardiac device fell from 19 weeks to 4 weeks.>>
<<Q:Scans for device patients cancelled on the day because the device details were missing or unclear
fell from 31% to 6%.>> <<Q:Occasions when a patient with a device entered the scanner room before the
device had been confirmed and programmed fell from seven in 2022 to none in 2023/24.>>

<<Q:Device patients who were given a CT scan instead of the MRI they were referred for fell from 84 to
12 a year.>> We scanned 640 device patients at the centre in 2023/24.

We have not included the hospital's own waiting times for device MRI, because they also reflect other
changes at the hospital over the same period.
"""),
        ("stakeholders", "Stakeholder involvement", """
<<S:Cardiac physiologists from the hospital wrote the programming checklist with our radiographers and
tested it on the first twenty patients, after which they asked for a second check before the patient
leaves, because a device had nearly gone home still in MRI mode.>> <<S:Our booking coordinators
suggested the device question on the referral form after finding that most missing information came
from referrals that did not ask.>> <<S:GPs and hospital referrers tested the new referral form through
the ICB's referral group and asked for a 'don't know' option, which sends the referral to the device
clinic to check.>>

<<P:Members of a heart rhythm support group who have pacemakers or defibrillators tried the patient
information and told us it did not explain that their device would be switched back afterwards, which
was the thing they most worried about.>> <<P:One of them, a retired electrician with an implanted
defibrillator, helped us rewrite the appointment letter, and it now asks patients to bring their
device card.>>
"""),
        ("value", "Value and experience", """
The cardiac physiologist sessions are paid for by the ICB at about £38,000 a year. Each device patient
who has an MRI at the centre rather than at the hospital frees a hospital slot. Patients have a scan
near home, in weeks rather than months, and get the right test first time. The centre is on a bus route
and has free parking, which matters to a group of patients who are mostly older.

Our radiographers tell us that device patients used to be the part of a list they worried about most,
because they were never sure the information was right. With a cardiac physiologist in the room and
the checklist done twice, they are confident.
"""),
        ("spread", "Spread", """
We have shared the pathway with two other community diagnostic centres we run in other regions, and
one has adopted it with its local hospital. The checklist has been shared through the regional imaging
network. The ICB has written the device pathway into the specification for the second community
diagnostic centre in Wendlemere, which opens in 2025.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I405  physical deterioration on mental health wards - pdf - two column -
#       matron for physical health voice - mental health trust lead with the
#       acute trust and the ambulance trust - no patient involvement (people
#       too unwell, a leaflet, ward community meetings told, the service user
#       council informed, a hope for next year)
# ---------------------------------------------------------------------------
entry(
    id="I405", format="pdf", layout="two_column", topic="mental_health_ward_deterioration",
    project="independent26-bodyandmind-405", pdf_font="LiberationSans",
    title="Body and Mind: recognising and responding to physical deterioration on mental health wards",
    cover=[
        "Hollinsford Partnership NHS Foundation Trust  -  with Hollinsford General Hospital NHS Trust and Rookhaven Ambulance Service NHS Trust",
        "Written by the Matron for Physical Health, Adult and Older Adult Inpatient Services, Hollinsford Partnership NHS Foundation Trust (lead entrant)",
    ],
    primary_entrant=dict(name="Hollinsford Partnership NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Hollinsford General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Rookhaven Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "Why we needed a partnership", """
People on mental health wards get physically ill like everyone else, and often more so. Many have
diabetes, heart disease or breathing problems, many smoke, and the medicines they take can cause
their own problems. But mental health wards are not set up like general wards. We have no doctors on
site at night, only an on-call junior doctor covering several sites, and our nurses are mental health
nurses, not general nurses. Observations can be hard to do when someone is distressed or refuses,
and they are often simply not done.

Our trust has 212 inpatient beds on two sites, neither of them next to an acute hospital. In 2021 we had
three deaths on our wards from physical causes, one from sepsis and two from heart problems, and in all
three the reviews found early warning signs that were missed or not acted on. The reviews also found
that when nurses did recognise a problem, getting help was slow. The on-call doctor could be an hour
away. When a nurse rang 999, the call was often given a low priority because the patient was
'already in hospital', and crews sometimes waited over two hours to come.

Body and Mind was set up with the general hospital and the ambulance service in 2022. It has four
parts. Every ward uses NEWS2 on an electronic system, with a way of recording 'could not be done' and
the reason, so that a refusal is a prompt to try again rather than a blank. Nurses can phone the
general hospital's critical care outreach team for advice at any time, and the outreach team can join
by video. The ambulance service agreed that a call from one of our wards with a NEWS2 of 7 or more is
treated as a category 2 call, the same as any other seriously ill patient. And we appointed two
physical health nurse practitioners, general nurses who work across the wards.
"""),
        ("evidence", "What has improved", """
We compared 2021/22 with 2023/24, using the electronic observation system, incident reports, the
ambulance service's response data and our mortality reviews.

<<Q:Patients with a complete set of NEWS2 observations at the times set in their care plan rose from 48%
to 91%.>> <<Q:The median time from a NEWS2 of 5 or more to a review by a doctor or nurse practitioner fell
from 3 hours 40 minutes to 55 minutes.>>

<<Q:The median ambulance response to 999 calls from our wards fell from 1 hour 52 minutes to 24
minutes.>> <<Q:Cardiac arrests on our wards fell from six to two.>>

Deaths from physical causes on our wards are reviewed by the mortality review group, and the
numbers are too small to compare.
"""),
        ("stakeholders", "Who was involved", """
<<S:Mental health nurses and healthcare assistants on four pilot wards tested the electronic
observations for two months and asked for the 'could not be done' reasons to be a short list they
could pick from, rather than free text.>> <<S:The general hospital's outreach nurses ran joint
simulation sessions with our nurses, and it was the outreach team who suggested a video call option
after finding that phone advice alone was not enough.>> <<S:Clinicians in the ambulance service's
control room agreed the category 2 rule with us after reviewing a month of our calls together.>>
<<S:Junior doctors on the on-call rota asked for NEWS2 scores to be sent to their phone, which is now
done.>>

Many of our patients are too unwell during their stay to take part in this kind of work. Every patient
is given a leaflet explaining why their observations are taken. The changes were explained at ward
community meetings and reported to the trust's service user council. We hope to work with the
council next year on how to approach observations for people who find them distressing.
"""),
        ("value", "Value", """
The nurse practitioner posts cost about £110,000 a year, funded by the ICB. The outreach advice line
uses the general hospital's existing team. Every patient who is recognised early and treated on the
ward or transferred in time avoids a much longer and more expensive stay, and some lives are saved.

Our nurses say they feel more confident, and less alone at night.
"""),
        ("spread", "Spreading it", """
The ambulance service has offered the same category 2 agreement to the other mental health trust in
its area. We have shared our 'could not be done' list with the regional mental health physical health
network, and our learning disability wards now use the same system.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I406  children's asthma after an emergency attendance - docx - bullet
#       lists - paediatric asthma nurse specialist voice - acute trust, PCN and
#       borough council - no flags
# ---------------------------------------------------------------------------
entry(
    id="I406", format="docx", layout="bullet_lists", topic="childhood_asthma_followup",
    project="independent26-breathingspace-406", docx_font="Arial",
    title="Breathing Space: making sure every child seen with an asthma attack is followed up",
    cover=[
        "Lead entrant: Ashenby and Millbourne Hospitals NHS Trust (Children's Respiratory Service)",
        "Entry written by the Paediatric Asthma Nurse Specialist, on behalf of the partners:",
    ],
    cover_bullets=[
        "Millbourne Central Primary Care Network (seven GP practices)",
        "Millbourne Borough Council (Public Health, School Nursing and Environmental Health)",
    ],
    primary_entrant=dict(name="Ashenby and Millbourne Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Millbourne Central Primary Care Network", type="primary_care"),
        dict(name="Millbourne Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", "Why we started", """
- Children still die from asthma in this country, and most of those deaths are thought to be preventable.

- An asthma attack that brings a child to the emergency department is a warning sign. National guidance says the child should be reviewed by their GP practice within two working days.

- In 2021 only about one in eight children we saw in our emergency department with an asthma attack was reviewed within two working days. Many were never reviewed at all.

- Many children were using their blue reliever inhaler every day and were not taking their brown preventer, and nobody had noticed.

- A lot of the children lived in damp, mouldy rented homes. We knew it made their asthma worse, but we had no way of doing anything about it.

- In 2021 a nine-year-old girl from Millbourne died after an asthma attack at home. She had been seen in our department twice that year and had not had a review after either visit.

What we changed:

- Every child who attends the emergency department with asthma or wheeze is notified electronically to their GP practice and the PCN's asthma nurse the next morning.

- The PCN asthma nurse sees the child within two working days, checks their inhaler technique and writes or updates their asthma plan.

- The practices run a monthly search for children who have had too many reliever inhalers and invite them for a review.

- School nurses give each child's school a copy of the asthma plan and an asthma card.

- If the family reports damp or mould, the council's environmental health team is asked to visit and can take action against the landlord.
"""),
        ("evidence", "What has changed", """
We compared 2021/22 with 2023/24 for children aged 2 to 16 in the PCN area:

- <<Q:children reviewed within two working days after an emergency attendance for asthma went from 12% to 74%>>

- <<Q:children who came back to the emergency department with asthma within 12 months fell from 31% to 18%>>

- <<Q:children prescribed 12 or more reliever inhalers in a year fell from 240 to 131>>

- <<Q:admissions of children from the PCN area to paediatric intensive care with asthma fell from five to one>>

Other figures:

- 1,020 post-attendance reviews were done by the PCN asthma nurses over the two years

- environmental health visited 96 homes after a referral and served 31 notices on landlords
"""),
        ("stakeholders", "Who was involved", """
- <<P:children with asthma at Millbourne Park Primary, through the school council, designed the asthma card, and they decided it should have a picture of the child's own inhalers on it>>

- <<P:parents at a children's centre drop-in told us the asthma plan was too long and written for doctors, and the version we use now was rewritten with them on one page>>

- <<P:the mother of the girl who died in 2021 agreed to work with us, and at her request the notification to the GP practice is marked as urgent, not routine>>

- <<S:PCN practice nurses and the hospital's children's nurses agreed the review template together and removed questions that were already on the emergency department letter>>

- <<S:school nurses tested the asthma card in four schools and asked for a space for the school's own emergency inhaler details>>

- <<S:environmental health officers worked with the asthma nurses on a short checklist for damp and mould, so that nurses could make a referral that officers could act on>>

- <<S:emergency department nurses suggested that the notification be sent automatically from the discharge letter, rather than by a separate form that was often forgotten>>
"""),
        ("value", "Value", """
- the PCN asthma nurse time is funded through the PCN's existing budget, with a contribution of about £30,000 a year from the council's public health grant

- an admission to paediatric intensive care costs thousands of pounds a night

- families tell us they feel someone is keeping an eye on their child

- practice nurses say the reviews are quicker because the hospital letter now tells them exactly what happened
"""),
        ("spread", "Spread", """
- the other two PCNs in Millbourne started the same notification and review in 2024

- the trust has extended the notification to children who come to the urgent treatment centre

- we presented the work at the regional children's asthma network and shared the damp and mould checklist with other councils
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I407  bed rails supplied for use at home - docx - bold headings - council
#       equipment service manager voice - council lead, community trust and
#       a PRIVATE equipment contractor as partners (eligible) - no staff
#       involvement (prescribers trained, technicians trained, a named lead
#       OT writing the assessment, the contractor's managers informed, a
#       survey that changed nothing, a plan) - no quantitative evidence
#       (counts, a single audit figure, incidents that did not change, a
#       target) - carers took part
# ---------------------------------------------------------------------------
entry(
    id="I407", format="docx", layout="bold_headings", topic="bed_rails_at_home",
    project="independent26-mindthegap-407", docx_font="Calibri",
    title="Mind the Gap: safer bed rails in people's own homes",
    cover_table=[
        ("Project", "Mind the Gap: safer bed rails in people's own homes"),
        ("Lead organisation", "Castlemead County Council - Integrated Community Equipment Service"),
        ("Partners", "Castlemead Community Health NHS Trust; Ablemove Equipment Services Ltd (equipment delivery and maintenance contractor)"),
        ("Contact", "Equipment Service Manager, Adult Social Care, County Hall, Castlemead CM4 1QJ"),
    ],
    primary_entrant=dict(name="Castlemead County Council", type="local_authority"),
    partners=[
        dict(name="Castlemead Community Health NHS Trust", type="nhs_trust"),
        dict(name="Ablemove Equipment Services Ltd", type="private"),
    ],
    sections=[
        ("context", "Background", """
The Integrated Community Equipment Service supplies equipment to help people live safely at home, on
behalf of the council and the NHS. This includes hospital beds, hoists, commodes and bed rails. Bed
rails are supplied to stop people rolling or falling out of bed. Used properly they help, but if the
rail does not fit the bed, or the gaps are too big, a person can get their head, neck or chest trapped
between the rail and the mattress, or between the rail and the headboard. People have died this way in
this country and the national medicines and devices regulator has warned about it several times.

Equipment in Castlemead is ordered by about 1,500 prescribers, who are nurses, occupational therapists
and physiotherapists working for the community trust, the hospitals and the council. The equipment is
delivered and fitted by our contractor, Ablemove. In 2022 we reviewed how bed rails were ordered and
found several problems. Many were ordered without a risk assessment. Some were fitted to people's own
divan beds, which they are not designed for. Rails stayed in homes for years after they were needed,
with nobody checking them, and some were fitted with the wrong mattress, which changes the gaps.

In 2022 a woman in her eighties was found by her daughter with her arm trapped between a rail and the
mattress. She was not seriously hurt, but it could have been much worse.

The changes we made, with the community trust and Ablemove, were:

A bed rail risk assessment is now built into the online ordering system and a rail cannot be ordered
without it. Rails are only supplied for use with our own beds, not people's own beds, unless an
approved rail is available for that bed. When Ablemove's technicians fit a rail they measure the gaps
with a gauge and must not leave it if any gap is too large. Every rail in the community is now on a
yearly safety check, when the technician checks the fit and asks whether the rail is still needed.
Families are given a leaflet about what to look for and who to ring.
"""),
        ("evidence", "Evidence", """
There are about 4,300 bed rails on loan in Castlemead at any one time. Since the yearly checks started
in April 2023, Ablemove has checked 2,100 of them, and 186 rails were removed or replaced at the first
check, either because they no longer fitted or because they were no longer needed.

Since the risk assessment became mandatory, every bed rail order has had one. We cannot compare this
with before, because the old system did not record whether an assessment had been done.

We recorded two incidents involving bed rails in 2022/23 and two in 2023/24, neither with serious harm.

Our target is for every rail on loan to have had a safety check within the last twelve months by the
end of 2025.
"""),
        ("stakeholders", "Involvement", """
<<P:Members of the Castlemead Carers Centre's support group, many of whom look after someone with a
hospital bed at home, read the first draft of the family leaflet and told us it did not say what a
dangerous gap looks like, so we added photographs of safe and unsafe gaps.>> <<P:They also asked for
the phone number for reporting a problem to be on a sticker on the rail itself, which is now done.>>
<<P:The daughter of the woman whose arm was trapped agreed to meet us and explained how the rail had
moved over the weeks, and her account is now used in prescriber training.>>

All prescribers must complete a new e-learning module on bed rails before they can order them, and
1,240 have done so. Ablemove's technicians have been trained by the manufacturer in measuring gaps.
The risk assessment was written by the council's lead occupational therapist, Mrs Janet Fowler.
Ablemove's managers were kept informed through the monthly contract meeting. We sent a survey to
prescribers after six months and the responses were mostly positive, so we did not change anything. We
plan to set up a prescribers' user group in 2025.
"""),
        ("value", "Value", """
The yearly checks are included in Ablemove's contract at a cost of about £52,000 a year. Rails that are
no longer needed are now collected, cleaned and reused, which saves the service money on new
equipment. A death from entrapment would be a tragedy for the family and would be investigated by the
coroner and the regulator.

Families tell us they are reassured that someone is checking the equipment.
"""),
        ("spread", "Spread", """
We have shared the risk assessment and the gap checks with the regional group of community equipment
services, and two other councils have asked to use them. Ablemove is introducing the yearly check in
the other areas where it has contracts.
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I408  syringe pumps for people dying at home - pdf - no headings - hospice
#       clinical nurse specialist voice, long and a little rambling - hospice
#       lead with community trust, LPC and ICB - no flags
# ---------------------------------------------------------------------------
entry(
    id="I408", format="pdf", layout="no_headings", topic="syringe_pumps_end_of_life_home",
    project="independent26-steadyflow-408", pdf_font="LiberationSerif", pdf_align="L",
    title="Steady Flow: safer syringe pumps and end of life medicines for people dying at home in Merriden",
    cover=[
        "St Aidan's Hospice, Merriden (lead entrant), with Merriden Community Healthcare NHS Trust (District Nursing), Merriden Local Pharmaceutical Committee and NHS Merriden and Tolverne Integrated Care Board.",
        "This entry was written by Gill Harrop, Clinical Nurse Specialist in Palliative Care and Education Lead at St Aidan's Hospice.",
    ],
    primary_entrant=dict(name="St Aidan's Hospice, Merriden", type="charity"),
    partners=[
        dict(name="Merriden Community Healthcare NHS Trust", type="nhs_trust"),
        dict(name="Merriden Local Pharmaceutical Committee", type="primary_care"),
        dict(name="NHS Merriden and Tolverne Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", None, """
Most people, if they are asked, would like to die at home, and more people in Merriden now do. In
the last days of life many people can no longer swallow tablets, and the usual way of giving them the
medicines they need for pain, sickness, breathlessness and agitation is a syringe pump: a small
battery-driven pump that pushes medicine slowly under the skin through a fine needle, over 24 hours.
District nurses set up and refill the pumps, usually once a day, and families are there the rest of
the time.

I have worked as a palliative care nurse specialist for nineteen years, and I have always thought of
the syringe pump as one of the kindest things we can offer. But by 2021 it had become clear to those of
us at the hospice and in the district nursing teams that it was also one of the riskiest. We were
looking at the same kinds of incident again and again, and the families who rang our advice line were
telling us the same stories.

The problems were not one thing, which is why no single organisation could sort them out. Three
different models of syringe pump were in use in the county: one at the hospice, one in the district
nursing teams and an older one that came home with patients from the hospital. They are set up
differently and the alarms mean different things. There were four different paper charts for
prescribing and recording what was in the pump, so a nurse going into a house at night might find a
chart she had never seen before. Doses were written in different ways, sometimes in milligrams,
sometimes in millilitres, and sometimes as a total for 24 hours that had to be worked out. Pumps were
found running too fast or too slowly, or stopped because a battery had run out.

And then there were the medicines themselves. When someone is dying, the need for a new medicine or a
higher dose often comes in the evening or at night. Families were being sent from one pharmacy to
another, sometimes across the county, looking for a pharmacy that had the right injection in stock.
I remember a man driving round for three hours at night while his wife was in pain at home with the
district nurse waiting.

In 2021 there were 47 incidents involving syringe pumps in people's homes reported by the district
nursing teams and the hospice. Six caused moderate or severe harm. The worst was a dose of diamorphine
ten times larger than prescribed, because the dose in milligrams was read as millilitres. The patient
was a woman in her seventies. She became very drowsy and died the next day, and although she was
already very close to death, her family will always wonder.

We started meeting in early 2022: the hospice, the district nursing service, the LPC and the ICB's
medicines optimisation team. We agreed that we would tackle all of it together or none of it would
work, and we agreed what we were trying to achieve: that a dying person at home should get their
pump started quickly, should have it checked and refilled correctly, and should never be without
their medicines because a pharmacy did not have them.

These are the things that changed.

One pump. The ICB funded the replacement of every syringe pump in the county with a single model,
including the hospital's community loan pumps, so that every nurse in every setting uses the same
device. Pumps are now logged on a single register, kept by the community trust's medical devices team,
so that they are serviced and tracked.

One chart. We wrote a single county-wide syringe pump prescription and administration chart, used by
GPs, the hospice, the hospital and the district nurses, with the dose in milligrams, the total volume
and the rate all printed on it, and a space for the nurse to check the pump at every visit.

One standard of training. The hospice runs syringe pump training and a yearly competency check for
every district nurse, hospice nurse and community hospital nurse, and a 24-hour advice line that any
nurse can ring if they are unsure.

Medicines when they are needed. The LPC organised a network of fourteen community pharmacies across
the county, spread so that nobody is more than twenty minutes' drive from one, that agree to keep a
list of core end of life medicines in stock at all times, including two with late opening. The ICB
pays them a small fee to hold the stock. Their names and opening hours are on the hospice website, the
district nursing system and the out-of-hours GP service's directory.

Families. Every family is given a small card showing what the pump should look like when it is
working, what the light should be doing, and who to ring if it is not, day or night.
"""),
        ("evidence", None, """
We have compared 2021/22, the year before the changes, with 2023/24, using incident reports from the
community trust and the hospice, the district nursing records, a pharmacy audit run by the LPC and the
hospice advice line log. By 2023/24 about 1,900 people a year were having a syringe pump at home.

<<Q:Incidents involving syringe pumps in people's homes fell from 47 to 19.>> <<Q:Of these, incidents
causing moderate or severe harm fell from six to one.>>

<<Q:The median time from the decision to start a syringe pump to the pump actually running fell from
6 hours 10 minutes to 2 hours 35 minutes.>> This matters because most of those hours used to be spent
waiting for medicines or for a nurse who knew how to set up the pump.

<<Q:When the LPC rang pharmacies on the list with a mystery shopper request for the core medicines
out of hours, the proportion of requests where the medicine was not available at the first pharmacy
tried fell from 38% to 7%.>> <<Q:In a district nursing record audit, the pump check was documented
at every visit in 55% of patients before the new chart and in 94% afterwards.>>

Not everything has worked. Our hope was that the pump would always be running within two hours of the
decision, and we are not there, mostly at weekends. And although we have fewer incidents, we have not
yet reached the point where every district nurse feels confident with the pump; the advice line still
gets calls from nurses who have not set one up for months, which is understandable in rural teams who
may only see a few dying patients a year.

The advice line took 2,100 calls in 2023/24, about a third of them from district nurses and the rest
from families and care homes. 312 nurses completed the training and competency check.
"""),
        ("stakeholders", None, """
It would have been easy for a group of nurses and pharmacists to design all of this round a table. We
tried hard not to.

<<P:Our bereaved carers group, people whose husbands, wives, mothers and fathers had died at home in
the previous two years, met with us four times in 2022.>> <<P:They described what it was like to
sit beside a pump all night not knowing whether it was working, and they designed the family card,
including the drawing of the pump with arrows, after rejecting my first version as 'a manual for
nurses'.>> <<P:One of them, a retired teacher whose husband had died at home in 2021, pointed out
that families are often the ones ringing round pharmacies, and she wrote the short page about the
pharmacy network that is now given to families with the card.>> <<P:Two families who were caring for
someone with a pump at the time agreed to try out the new chart and the card in their own homes, and
they asked for the out-of-hours phone number to be printed in large type on the front, because at
three in the morning nobody reads the back.>>

<<S:District nurses from all six community teams tested the draft chart for a month and asked for the
24-hour total and the rate to be printed next to each other, so that they could see at a glance that
the maths added up, which turned out to be the change that stopped the millilitre errors.>>
<<S:Community pharmacists on the LPC's end of life group drew up the list of core medicines with the
hospice pharmacist and the palliative care consultants, and they shortened it after pointing out that
pharmacies would never keep fourteen different injections in date.>> <<S:Out-of-hours GPs asked for the
pharmacy list to be built into their clinical system, which the ICB arranged.>> <<S:The community trust's
medical devices technicians chose the pump with the nurses after a trial of two models, and they
suggested the battery be changed at every refill rather than when it ran low.>> <<S:Hospice nurses on
the advice line kept a log of every call for the first six months, and the most common questions
they were asked were turned into a laminated sheet for the district nurses' bags.>>
"""),
        ("value", None, """
The new pumps cost the ICB about £190,000 as a one-off purchase, which was partly offset by selling
the old models back to the supplier and by no longer having to service three kinds of pump. The
pharmacy stock scheme costs about £17,000 a year. The hospice pays for the training and the advice
line from its own charitable funds, which is about £60,000 a year in nurse time.

I find it hard to put a value on what this means for families. If a dying person is in pain for six
hours waiting for a pump, or dies after a dose error, that is what the family remembers for the rest
of their lives. One woman in our carers group said that she could not remember her husband's last
words, but she could remember every minute of waiting for the nurse to come back with the right
medicine. We hope fewer families will have memories like that.

There is also value for the NHS. When symptoms cannot be controlled at home, people are often
admitted to hospital in their last days, which is costly and is often not what they wanted.

For nurses, working with the same pump and the same chart everywhere has made a real difference to
their confidence, especially those working on their own at night.
"""),
        ("spread", None, """
The single chart has been adopted by the two community hospitals in the county and the hospital's
specialist palliative care team now uses it for patients going home. The neighbouring ICB has asked for
our pump specification and chart, and the hospice has shared the training package with three other
hospices in the region. The LPC has presented the pharmacy network at a national community pharmacy
conference. The family card has been translated into Polish and Urdu, and is now given out by the
care homes that use syringe pumps as well.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I409  people who breathe through a neck stoma after laryngectomy - docx -
#       style headings - charity director voice, passionate and a bit clumsy -
#       charity lead with ambulance trust and acute trust head and neck
#       service - NO value section - no staff involvement (crews trained by
#       video, clinicians watched it, ENT nurses informed, a named specialist
#       nurse doing her job, a plan for joint sessions) - members took part
# ---------------------------------------------------------------------------
entry(
    id="I409", format="docx", layout="style_headings", topic="laryngectomy_neck_breathers",
    project="independent26-neckbreathers-409", docx_font="Calibri",
    title="Look at the Neck: emergency care for people who breathe through a stoma",
    cover=[
        "Submitted by The Open Airway Trust (registered charity for people living after laryngectomy), in partnership with Fernleigh and Coast Ambulance Service NHS Trust and Fernleigh University Hospitals NHS Trust (Head and Neck Cancer Service)",
        "Author: Director, The Open Airway Trust",
    ],
    primary_entrant=dict(name="The Open Airway Trust", type="charity"),
    partners=[
        dict(name="Fernleigh and Coast Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Fernleigh University Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why we did this", """
When you have a laryngectomy, usually for cancer of the voice box, your windpipe is brought out to a
hole in the front of your neck, a stoma, and from then on you breathe only through that hole. Air
going into your mouth and nose does not reach your lungs at all. Our members call themselves neck
breathers.

This matters enormously in an emergency. If a neck breather collapses or cannot breathe, oxygen
must be given to the stoma, not to the face, and rescue breaths must be given to the neck. Many of our
members wear a filter or a scarf over their stoma, so it is not always obvious. <<P:Over the years our
members have told us about ambulance crews putting an oxygen mask over their face while they were
struggling to breathe, and they brought this to us as the thing they were most frightened of.>> In
2020 one of our members died after a cardiac arrest at home when the crew attempted to ventilate him
through his mouth. His wife has given us permission to say that this
is why we started.

We are a small charity, with two staff and about 340 members across Fernleigh and the coast. We could
not change what happens in an emergency on our own. We went to the ambulance service and to the head
and neck service at Fernleigh University Hospitals, who were both very willing, and between us we
agreed the following.

Every neck breather in the area can have a flag put on the ambulance service's records at their
address, so the crew knows before they arrive. The hospital's head and neck team now sends the
ambulance service a notification when someone goes home after a laryngectomy, with the patient's
consent, so the flag is set straight away. Members are given a 'neck breather' card for their wallet
and a sticker for their front door or key safe. All ambulance crews have watched a short training film
about neck breathers, and every frontline ambulance now carries a stoma oxygen mask and a small
stoma kit.
"""),
        ("evidence", "What has improved", """
<<Q:The proportion of our members with a flag on the ambulance system went up from 14% in 2021 to 88% in
2024.>> Most of the ones without a flag live outside the ambulance service's area.

<<Q:In our yearly members' survey, incidents where members reported that a crew had tried to give
oxygen or breaths to the mouth and nose fell from nine in 2021 to one in 2023/24.>>

<<Q:The ambulance service's education team asked crews a short set of questions before and after the
training film, and crews who correctly said where to give oxygen to a neck breather went up from 28%
to 91%.>>

We know our numbers are small, but for us every one of them is a person.
"""),
        ("stakeholders", "Who was involved", """
<<P:Our members made the training film themselves.>> <<P:Six neck breathers talked to the camera about
what had happened to them in emergencies and showed how their stoma, their filters and their
speaking valves work, and they decided what should go in it and what should be left out.>> <<P:Members
tested four different door stickers on their own front doors for a month and chose the one that could
still be read from the path in the rain.>> <<P:The wife of the member who died in 2020 helped us write
the wallet card, and it was her idea to put the words 'I breathe through my neck' in big red letters
at the top.>>

All ambulance clinicians watched the film as part of their mandatory training in 2023, and about 3,100
have completed it. The head and neck nurses at the hospital were told about the notification by email.
The notifications are sent by the head and neck clinical nurse specialist, Sister Andrea Cole, who
looks after the process for the hospital. We would like to hold joint sessions where our members
meet crews face to face, and hope to start these next year.
"""),
        ("spread", "Sharing it", """
Two other ambulance services have asked for our training film, and one has shown it to all its crews.
The national laryngectomy charities have shared the door sticker with their members. We have written
about the project in the national head and neck cancer newsletter.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="value"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I410  vaccine fridges and the cold chain in general practice - pdf - form
#       table - ICB immunisation quality lead voice, short - ICB lead with a
#       PCN and the national health protection agency's local team - no
#       patient involvement (patients recalled and written to, a negation) -
#       no quantitative evidence (counts, a single audit, breaches with no
#       earlier figure, a target)
# ---------------------------------------------------------------------------
entry(
    id="I410", format="pdf", layout="form_table", topic="vaccine_cold_chain_general_practice",
    project="independent26-keepitcold-410", pdf_font="LiberationSans",
    title="Keep It Cold: protecting vaccines in general practice fridges",
    cover_table=[
        ("Title", "Keep It Cold: protecting vaccines in general practice fridges"),
        ("Organisation", "NHS Tolverne Integrated Care Board (Screening and Immunisation Quality)"),
        ("Partners", "Tolverne North Primary Care Network; UK Health Security Agency, Tolverne Health Protection Team"),
        ("Entry submitted by", "Immunisation Quality Lead (registered nurse), NHS Tolverne ICB - 01392 640 217"),
    ],
    primary_entrant=dict(name="NHS Tolverne Integrated Care Board", type="icb"),
    partners=[
        dict(name="Tolverne North Primary Care Network", type="primary_care"),
        dict(name="UK Health Security Agency, Tolverne Health Protection Team", type="public_other"),
    ],
    sections=[
        ("context", "What was the patient safety issue and why was a partnership needed?", """
Vaccines must be kept between 2 and 8 degrees. If a fridge fails, or a door is left open overnight, the
vaccines may not work, and patients who have been given them may not be protected. In 2022 a fridge
failure at one Tolverne practice was not noticed for four days. Around 900 patients, many of them
babies, had to be recalled for repeat vaccinations. The fridge was in a small room next to a boiler.
The paper chart showed a reading of 5 degrees every day, because the thermometer had been reset and
was showing the temperature at that moment, not the highest and lowest since the last check.

Vaccines are also expensive, and some are in short supply, so every dose thrown away matters.

Practices each had their own way of checking fridges, mostly a paper chart filled in once a day. When
things went wrong, practices were not always sure who to ask for advice, and breaches were often not
reported at all.

The ICB, the PCN and the health protection team agreed a shared approach. Every practice fridge in the
PCN now has a data logger that sends an alert to two named staff if the temperature goes out of range.
There is one standard operating procedure for all practices. The PCN keeps a spare validated fridge so
vaccines can be moved quickly. The health protection team gives same-day advice on whether vaccines
can still be used.
"""),
        ("evidence", "What evidence is there of improvement?", """
Data loggers were fitted to 38 fridges in 11 practices by June 2023. In 2023/24, 14 temperature breaches
were reported, and all were dealt with within 24 hours with advice from the health protection team. We
do not have a figure for earlier years, because breaches were not reported in a consistent way. Five
of the breaches were caused by a door not closed properly after a busy clinic, four by a power cut or
a plug switched off, and five by a fault in the fridge.

In an audit in March 2024, 92% of fridges had a complete temperature record for the previous month.
Practices are now asked to report every breach, however small, and to send the logger download to the
immunisation team, so that the health protection team can give advice on the actual readings rather
than a guess.

Our target is that no patient needs revaccination because of a cold chain failure.
"""),
        ("stakeholders", "How were patients, carers and staff involved?", """
<<S:Practice nurses from the PCN wrote the standard operating procedure with the ICB immunisation team,
and asked for a one-page flowchart for the fridge door.>> <<S:Practice managers tested two types of data
logger and chose the one that sends a text message, because email alerts were missed at weekends.>>
<<S:Health protection nurses suggested the PCN spare fridge after seeing how long practices took to
find somewhere to move vaccines.>>

Patients were not involved in this work, which is largely technical. Patients who needed
revaccination after the 2022 incident were written to by their practice.
"""),
        ("value", "What value has been added?", """
The loggers cost £95 each and the PCN spare fridge cost £1,200. A single recall of 900 patients costs thousands of pounds in vaccines and
nurse time, and worries parents. Nurses say they trust the fridges more.
"""),
        ("spread", "How has it been shared?", """
The ICB is rolling out the loggers and procedure to all 14 PCNs in Tolverne in 2024/25, and the health
protection team has shared the procedure with other ICBs in the region. The procedure is also being
added to the ICB's annual immunisation quality visits to practices.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I411  diabetic foot disease and amputations - pdf - rubric headings -
#       consultant podiatrist voice, long and careful - community trust lead
#       with acute trust, GP alliance and a diabetes support group - no flags
# ---------------------------------------------------------------------------
entry(
    id="I411", format="pdf", layout="rubric_headings", topic="diabetic_foot_amputation",
    project="independent26-footfirst-411", pdf_font="LiberationSans",
    title="Foot First: getting people with diabetic foot problems to the right team in days, not weeks",
    cover=[
        "Lead organisation: Rookhaven and Dales Community NHS Trust (Podiatry and Foot Protection Service)",
        "Partners: Rookhaven General Hospital NHS Foundation Trust (Diabetes, Vascular Surgery and Orthotics); Rookhaven GP Alliance; Rookhaven Diabetes Support Group",
        "Written by the Consultant Podiatrist and Clinical Lead for Diabetic Foot Services",
    ],
    primary_entrant=dict(name="Rookhaven and Dales Community NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Rookhaven General Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="Rookhaven GP Alliance", type="primary_care"),
        dict(name="Rookhaven Diabetes Support Group", type="patient_group"),
    ],
    sections=[
        ("context", "Context: why the partnership was needed, the service and its safety goals", """
People with diabetes are at risk of ulcers on their feet, because diabetes can damage the nerves, so
they do not feel an injury, and the blood supply, so it does not heal. A small blister or a cut from a
shoe can become an ulcer, and an infected ulcer can become a threat to the leg within days. Most
amputations in people with diabetes begin with a foot ulcer, and many of them could be prevented if the
ulcer is seen early by a specialist team. Around half of people who have a major amputation die within
five years.

Rookhaven has a population of about 420,000, and about 29,000 people with diabetes. For many years our
rate of major amputation (above the ankle) in people with diabetes was one of the highest in the
region. When we looked into why, the problem was not the quality of any single service. It was the
time it took for people to get from one service to another.

A person who noticed a problem with their foot would usually see a practice nurse or their GP first.
If they thought it was serious, they would refer to community podiatry, who would assess the foot and,
if needed, refer to the hospital's multidisciplinary foot clinic, which met once a week. Each step
had its own referral form and its own waiting list. In the 2020/21 national diabetes footcare audit,
the median time from first presentation to first assessment by our specialist foot team was 24 days,
against a national standard of one working day for active foot disease. <<P:Patients told us about being passed from one place to another while their foot got
worse.>>

At the same time, the routine annual foot check, which is meant to identify people at risk and
protect them, had fallen away during the pandemic. Many practices had stopped doing them, and those
that did often did not record the person's risk level, so it was not clear who should be seen by the
foot protection service.

Foot First was set up in 2022 by the community trust, the hospital and the GP Alliance, which
represents the 41 practices in Rookhaven, with the Rookhaven Diabetes Support Group as a partner from
the start. We agreed three safety goals: that anyone with active diabetic foot disease should be seen
by the specialist team within one working day; that every person with diabetes should have an annual
foot check with their risk level recorded; and that we should reduce the number of people losing a
leg.

The main changes were these.

A single referral route. There is now one 'hot foot' referral, by phone or electronic form, that any
health professional can use: practice nurses, GPs, district nurses, community podiatrists, care home
nurses and the emergency department. The referral goes to a podiatrist on duty in the community
trust's triage hub, who decides the same day where the patient should be seen. Patients with infection
or signs of poor blood supply are booked into the hospital foot clinic, which now runs four days a
week instead of one, with podiatry, diabetes, vascular surgery and orthotics in the same room.

Rapid community clinics. Patients who do not need the hospital clinic are seen in one of five
community podiatry 'rapid access' clinics, which keep slots free each day.

Annual foot checks. The GP Alliance agreed a standard foot check template with the community trust,
which records the person's risk level, and healthcare assistants in practices were trained to use it.
People at moderate or high risk are referred automatically to the foot protection service.

Offloading and footwear. The hospital's orthotics service now provides a same-week service for
offloading boots and insoles for people with an active ulcer, rather than a six-week wait.

Information for patients. Everyone with diabetes now gets a simple card at their foot check that tells
them which problems are urgent and the number to ring.
"""),
        ("evidence", "Evidence of improvements in safe care as a direct result of the partnership", """
We have used the national diabetes footcare audit, which records the time to first expert assessment
and outcomes at 12 weeks for every new ulcer seen by the specialist team, hospital activity data for
amputations, and practice data for foot checks. We compare 2020/21 with 2023/24.

<<Q:The median time from a patient first presenting with an ulcer to assessment by the specialist foot
team fell from 24 days to 4 days.>> <<Q:The proportion of patients seen within two working days rose
from 17% to 63%.>> <<Q:The proportion of ulcers with a severe score at first assessment, which is a
measure of how far the ulcer had progressed before the patient reached us, fell from 41% to 26%.>>

<<Q:Patients alive and ulcer-free at 12 weeks rose from 34% to 51%.>> This figure is the main outcome
measure used in the national audit.

<<Q:Major amputations in people with diabetes in Rookhaven fell from 38 in 2020/21 to 24 in 2023/24,
which is a fall in the rate from about 1.3 to 0.8 per 1,000 people with diabetes a year.>> Amputation
rates go up and down from year to year, so we have also looked at the three-year rolling rate.
<<Q:The three-year rolling rate has fallen every quarter since the end of 2022.>>

<<Q:People with diabetes who had an annual foot check with a risk level recorded rose from 44% to
79%.>> We are still short of our aim of 90%, and the practices with the lowest rates are mostly
those with the biggest staffing problems.

We have to be honest about what we cannot claim. Minor amputations (of toes or part of the foot) have
not fallen, and we think this is partly because more people are now being seen early enough for a
minor amputation to save the leg. We also know that the number of people with diabetes in Rookhaven
has gone up over the period, so if anything the fall in major amputations understates the
improvement.

Over the two years the triage hub received 2,860 hot foot referrals, and the orthotics service fitted
740 offloading devices.
"""),
        ("spread", "How the achievements have been applied elsewhere, and sharing of best practice", """
The neighbouring community trust has adopted the hot foot referral and triage hub, using our referral
form and triage criteria, and the hospital now receives referrals through the same route from both
areas. The foot check template has been adopted by the ICB as the standard for all practices in the
integrated care system, not just those in Rookhaven, and it has been added to the GP clinical system
for the whole ICB area.

We have presented Foot First at the national diabetic foot conference and to the regional diabetes
clinical network, and the support group's card has been shared with diabetes support groups in three
other areas. The diabetes clinical network has asked us to lead a working group on foot protection
across the region.

Care homes were a gap at the start. In 2024 we extended the hot foot referral to care home nurses and
senior carers, and the foot check training to care home staff, after finding that people in care
homes were often only referred when the ulcer was already severe.
"""),
        ("value", "Staff and patient experience, and value for money", """
A major amputation costs the NHS a great deal: the operation, a long hospital stay, rehabilitation, a
prosthetic limb, adaptations to the home and, often, long-term social care. Every major amputation
avoided saves tens of thousands of pounds, and that is before counting what it means for the person
and their family. The extra foot clinic sessions and the triage hub cost about £280,000 a year, funded
by the ICB, and the same-week orthotics service about £60,000. If the fall in major amputations holds,
the programme pays for itself several times over.

Patients tell us that the biggest difference is not being passed around. One member of the support
group said that in 2020 it took five weeks and four appointments for anybody to take her ulcer
seriously, and that when it came back in 2023 she rang the number on her card on a Monday and was in
the foot clinic on the Wednesday.

For staff, the single referral route has taken away a lot of frustration. Practice nurses tell us they
no longer have to fight to get someone seen, and podiatrists and vascular surgeons now know each other
by name and work in the same room. Staff turnover in the community podiatry team, which was high in
2021, has settled, and we have filled all our vacancies for the first time in several years.
"""),
        ("stakeholders", "Who was involved and how", """
<<P:Members of the Rookhaven Diabetes Support Group helped plan Foot First from the start, and two of
them sat on the steering group throughout.>> <<P:It was the members who told us that people did not know
which foot problems were urgent, and they designed the card with us, including the line 'If your
foot is red, hot, swollen or smells, ring today, not tomorrow'.>> <<P:People who had had an amputation
spoke to practice nurses and healthcare assistants at the foot check training days, and their accounts
were filmed so they could be used in every session.>> <<P:Patients attending the hospital foot clinic
filled in a short questionnaire in 2022 and asked for the clinic to have later appointments for people
who work, and one evening session a week was added as a result.>>

<<S:Community podiatrists and the hospital foot team wrote the triage criteria together over a series
of meetings, and it was the community podiatrists who asked for a direct phone line to the vascular
registrar, which is now in place.>> <<S:Practice nurses and healthcare assistants from ten practices
tested the foot check template and asked for the risk level to be calculated automatically from the
answers, so that they did not have to work it out.>> <<S:Orthotists suggested the same-week offloading
service after showing that patients were waiting six weeks for a boot while their ulcer got worse.>>
<<S:District nurses asked for the hot foot form to be available on their tablets, because most
referrals from housebound patients come from them.>> <<S:Emergency department nurses agreed to use the
same referral route for people who come to the department with a foot problem, rather than admitting
them to a general surgical ward.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I412  bruising in babies who are not yet mobile - docx - no headings -
#       named nurse for safeguarding children voice - services of one
#       integrated trust called a partnership, no partner organisation
#       (ineligible) - no patient involvement (parents given a leaflet,
#       explicit negation, social care informed) - Q and S present
# ---------------------------------------------------------------------------
entry(
    id="I412", format="docx", layout="no_headings", topic="bruising_non_mobile_babies",
    project="independent26-bruisingmatters-412", docx_font="Georgia",
    title="Every Bruise Matters: a single response to bruising in babies who are not yet moving",
    cover=[
        "Graystone Health and Care NHS Trust",
        "A partnership across the Trust's children's emergency department, three minor injury units, the health visiting service and the safeguarding children team",
        "Entry by the Named Nurse for Safeguarding Children",
    ],
    primary_entrant=dict(name="Graystone Health and Care NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", None, """
Babies who cannot yet roll, crawl or pull themselves up very rarely get bruises by accident. A bruise
on a baby like this can be the first sign that someone is hurting them, and national reviews of
serious cases have found again and again that a small bruise was seen and not acted on in the weeks
before a baby was badly injured or killed. For that reason national and local safeguarding
procedures say that any bruise on a baby who is not independently mobile should be assessed the same
day by a paediatrician and checked with children's social care.

In 2021 a local child safeguarding practice review looked at the case of a four-month-old baby in
Graystone who was admitted with a head injury and fractures. In the six weeks before, the baby had
been seen by a health visitor, who noticed a small bruise on the cheek that the mother said was from
a dummy clip, and by a nurse in one of our minor injury units, who saw a mark on the leg. Neither was
referred. Both practitioners believed the explanation they were given, and both said afterwards that
they had not known what the procedure required, or were not sure how to get a same-day assessment.

Graystone Health and Care is an integrated trust, which provides the hospital, the minor injury
units and the community services, including health visiting. When we looked at our own services we
found that each one had its own guidance on bruising, that they did not all agree, and that getting a
paediatric assessment on the same day depended on who you rang.

Every Bruise Matters brought the services together around one protocol. Any practitioner in the trust
who sees a bruise or mark on a baby who is not yet mobile follows the same flowchart, records the
baby's mobility in the same way, and phones a single number to the on-call paediatric registrar, who
arranges to see the baby that day in the children's assessment unit. The safeguarding team checks every
referral the next working day to make sure children's social care has been contacted.
"""),
        ("evidence", None, """
We compared audits of all records of bruising in non-mobile babies across the four services in
2021/22 with 2023/24.

<<Q:Babies with a bruise who were referred for a same-day paediatric assessment rose from 38% to
93%.>> <<Q:Records in which the baby's mobility was documented rose from 22% to 88%.>>
<<Q:Where a skeletal survey was indicated by the guidance, it was done in 95% of cases, against 61%
before.>>

<<Q:The time from a health visitor or minor injury unit seeing a bruise to the baby being seen by a
paediatrician fell from a median of two days to five hours.>>

There were 146 referrals under the protocol in 2023/24.
"""),
        ("stakeholders", None, """
<<S:Health visitors tested the flowchart for two months and asked for it to fit on one side of a page
that could be kept in their diaries, because most of their visits are in people's homes with no
computer to hand.>> <<S:Minor injury unit nurses told us that they found it hard to raise the subject
with parents, and they helped write the script that explains to parents why every baby with a bruise
is seen.>> <<S:Paediatric registrars agreed to carry the single phone number after a month's trial
during which they recorded every call.>> <<S:Emergency department nurses suggested adding a mobility
question to the triage screen for all babies under six months.>>

Parents are given a leaflet explaining why their baby is being assessed, which says that this happens
to every baby with a bruise. We did not involve parents in designing the protocol because of the
sensitivity of the subject. Children's social care and the local safeguarding children partnership
were informed of the new protocol.
"""),
        ("value", None, """
The protocol needed no new money. The extra paediatric assessments take registrar time, and the
paediatric team has absorbed this. A missed bruise can mean a baby later suffers a serious injury,
which is a terrible outcome for the child and costs a great deal in care and in the courts.

Practitioners say that having one procedure and one number makes a hard decision much easier.
"""),
        ("spread", None, """
The local safeguarding children partnership has shared our flowchart with the other health
providers in the area, including GP practices. We presented the work at the regional named nurses'
network.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I413  liquid medicines for children in community pharmacy - pdf - with
#       appendix - LPC chief officer (pharmacist) voice - LPC lead with a
#       children's hospital, a school of pharmacy and a parent carer forum -
#       no flags
# ---------------------------------------------------------------------------
entry(
    id="I413", format="pdf", layout="with_appendix", topic="children_liquid_medicines",
    project="independent26-rightamount-413", pdf_font="LiberationSerif",
    title="The Right Amount: measuring liquid medicines for children safely",
    cover=[
        "Lead entrant: Pennock Local Pharmaceutical Committee",
        "Partners: Pennock Children's Hospital NHS Foundation Trust (Pharmacy); University of Pennock School of Pharmacy; Pennock Parent Carer Forum",
        "Written by the Chief Officer of Pennock LPC, a community pharmacist",
    ],
    primary_entrant=dict(name="Pennock Local Pharmaceutical Committee", type="primary_care"),
    partners=[
        dict(name="Pennock Children's Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="University of Pennock", type="university"),
        dict(name="Pennock Parent Carer Forum", type="patient_group"),
    ],
    sections=[
        ("context", "The problem", """
Most medicines for young children come as liquids, and most of the mistakes happen when the dose is
measured. A prescription may say '2.5 mg' when the liquid comes in two strengths. A label may say
'one 5 ml spoonful' when the child needs 2.5 ml. A parent may be given a spoon when the dose needs an
oral syringe, or a 10 ml syringe for a 0.4 ml dose. Some of these medicines, such as oral morphine,
melatonin, and medicines for epilepsy and the heart, can do real harm if the dose is wrong.

In Pennock, children with complex needs are often discharged from the children's hospital on several
liquids, and their families then get repeat supplies from a local community pharmacy. In 2021 the
hospital reported two serious incidents in which children were given ten times the intended dose of a
liquid at home after a discharge. Community pharmacies were reporting their own near misses.

Part of the problem is that the people involved never see each other's work. A hospital doctor writes a
dose, a hospital pharmacist checks it, a GP copies it onto a repeat prescription, a community
pharmacist dispenses it months later, and a tired parent measures it at two in the morning. Each step
made sense to the person doing it. Nobody was looking at the whole chain.

The Right Amount is a set of simple standards agreed between the LPC, the children's hospital and the
university. Every label for a child's liquid medicine states the dose in millilitres as well as in
milligrams. The pharmacy supplies an oral syringe of the right size for the dose, and where the dose is
small the pharmacist marks the correct level on the syringe. The pharmacist or technician shows the
parent how to measure the dose and asks them to show it back. The hospital's discharge letters and
prescriptions now give the strength of the liquid and the dose in millilitres. The university's
pharmacy students carry out the audits.
"""),
        ("evidence", "What has changed", """
Pharmacy students from the university audited labels and supplies in 40 community pharmacies in
spring 2022 and again in spring 2024. Definitions are in the appendix.

<<Q:Labels for children's liquid medicines stating the dose in millilitres rose from 54% to 97%.>>
<<Q:Supplies where the oral syringe was the right size for the dose rose from 40% to 90%.>>
<<Q:In a test where parents collecting a prescription were asked to draw up the dose, the proportion
who measured it correctly rose from 71% to 95%.>>

<<Q:Dosing errors involving children's liquid medicines reported by community pharmacies and the
children's hospital fell from 31 in 2021/22 to 14 in 2023/24.>> We encouraged pharmacies to report
more during the project, so we think this fall is, if anything, an underestimate.
"""),
        ("stakeholders", "Who was involved", """
<<P:Members of the Pennock Parent Carer Forum, many of whom give several liquid medicines to their
children every day, tried out different syringes and labels with us.>> <<P:They told us that the
markings on most syringes were impossible to read, and it was their suggestion that the pharmacist
marks the dose with a coloured line.>> <<P:Parents also asked that when a liquid is changed to a
different strength, the new bottle has a bright sticker saying so, which is now done.>>

<<S:Pharmacy counter assistants and technicians helped design the show-and-tell-back routine and
made it shorter, because the first version took too long when the shop was busy.>> <<S:Hospital
pharmacists and paediatric doctors changed the discharge prescription template after meeting with
community pharmacists.>> <<S:The university's students suggested the test of parents drawing up the
dose, which they designed as part of their course project.>>
"""),
        ("value", "Value", """
Oral syringes cost a few pence each. The labelling changes were made within pharmacy computer
systems at no cost. The students' audit work is part of their course. One child admitted after an
overdose of a liquid medicine can spend days in hospital, and some are harmed for life.

Parents tell us they feel more confident, and pharmacy teams say they have fewer calls from worried
parents. For the students, the audits have been a real piece of patient safety work rather than an
exercise, and several have told us it is why they want to work in community pharmacy.
"""),
        ("spread", "Spread", """
The standards have been adopted by the two neighbouring LPCs, and the children's hospital has shared
its discharge template with the other children's hospitals in the region. The university has made
the audit part of its course every year.
"""),
    ],
    trailer=[
        ("heading", "Appendix: audit definitions"),
        ("para", "Label audit: all labels for oral liquid medicines for children under 12 dispensed on two days in each pharmacy. Syringe audit: syringe judged right size if the dose is at least a fifth of the syringe volume. Parent test: parents collecting a liquid medicine for a child under 12 who agreed to take part; 160 parents in 2022 and 171 in 2024."),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I414  alerts for carriers of carbapenemase-producing organisms - docx -
#       reordered (results first) - quality improvement lead for infection
#       prevention voice - acute trust lead with community trust and council
#       health protection team - NO spread section - no patient involvement
#       (carriers given a letter and card, told about their result, a
#       negation)
# ---------------------------------------------------------------------------
entry(
    id="I414", format="docx", layout="reordered", topic="cpe_carrier_alerts",
    project="independent26-knowntheflag-414", docx_font="Calibri",
    title="Flag It Forward: making sure carriers of resistant bacteria are known wherever they go next",
    cover=[
        "Stanmere Valley Hospitals NHS Trust, Infection Prevention and Control Team (lead)",
        "Partners: Stanmere Community Services NHS Trust and Stanmere Metropolitan Borough Council (Health Protection Team)",
        "Written by the Quality Improvement Lead for Infection Prevention",
    ],
    primary_entrant=dict(name="Stanmere Valley Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Stanmere Community Services NHS Trust", type="nhs_trust"),
        dict(name="Stanmere Metropolitan Borough Council", type="local_authority"),
    ],
    sections=[
        ("evidence", "Results", """
We are putting the results first because they are the reason we are entering.

We compared 2021/22 with 2023/24, using the trust's infection prevention database, the laboratory
system and the council health protection team's care home records.

<<Q:Known carriers of carbapenemase-producing Enterobacterales (CPE) who were put in a single room
within 24 hours of being readmitted rose from 39% to 88%.>> <<Q:Ward outbreaks of CPE fell from four
to one.>> <<Q:New cases of CPE caught in our hospitals from another patient fell from 27 to 8.>>

<<Q:Care homes told about a resident's CPE status on or before the day of discharge rose from 20% to
91%.>>

We screened 14,200 patients for CPE on admission in 2023/24.
"""),
        ("context", "Background", """
CPE are bacteria in the gut that are resistant to almost all antibiotics, including the carbapenems
that are kept for the most serious infections. Most people who carry them are not ill, but if the
bacteria get into the blood or the bladder of a vulnerable patient, the infection can be very hard to
treat. They spread between patients on hospital wards, mostly on hands and in toilets and sinks.

Since 2020 the trust has screened patients on admission who are at higher risk, including anyone who
has been in hospital abroad or in another UK hospital in the last year, and anyone who has carried CPE
before. The key to stopping spread is knowing who carries CPE, so that they can be cared for in a single room
with their own toilet when they come back into hospital. In 2021 our trust had two wards closed with
CPE outbreaks. In both cases the outbreak started with a patient who was already known to carry CPE,
but whose status had not followed them: they had been discharged to a care home or community
hospital, and when they were readmitted nobody on the admitting ward knew.

The problem sat between organisations. The hospital knew the result, but the alert was only on the
hospital's own system and could be missed if the patient was admitted through a different route. The
community trust's community hospitals and district nurses did not see it. Care homes were often not
told at all, or were told in a way that frightened them into refusing to take the resident back.

Flag It Forward has four parts. A CPE alert is now placed on the shared care record, which all three
organisations can see, as well as on the hospital system. The discharge letter has a required field
for CPE status. The infection prevention team phones the care home or community hospital before
discharge. The council's health protection nurses visit care homes to give advice on caring for a
resident who carries CPE, which in a care home usually needs only good hand hygiene and their own
toilet where possible.
"""),
        ("stakeholders", "Who was involved", """
<<S:Ward clerks on the admissions unit pointed out that the hospital alert did not show on the screen
they use when a patient arrives, and the alert was moved so that it now appears as soon as the
patient's name is entered.>> <<S:Care home managers, through the council's care home forum, told us
that the word 'superbug' on our old letters made staff frightened, and they helped us rewrite the
information for care homes.>> <<S:Community hospital nurses tested the phone call before discharge and
asked for a written summary to follow by secure email.>> <<S:The council's health protection nurses
and our infection prevention nurses wrote the care home advice sheet together.>>

Patients who carry CPE are told about their result by the infection prevention nurses, and are given a
letter and a card to show if they go into hospital or see a doctor. We did not involve patients in
the design of the project.
"""),
        ("value", "Value", """
Each ward closure for CPE costs the trust in lost bed days, cleaning and staff time, often well over
£100,000. The changes cost very little, mainly nurse time. Care homes are now more willing to take
residents back, which shortens hospital stays.

Staff on the wards say the alert is now hard to miss, and care home staff say they know what to do.
Infection prevention nurses spend much less of their time on outbreak meetings and more of it on the
wards, which is where they want to be.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="spread"),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I415  gastrostomy tubes that come out at home - pdf via soffice (style
#       headings) - PRIVATE home enteral feeding company is the primary entrant
#       (ineligible) - head of nursing voice - acute trust, community trust and
#       ICB as partners - no staff involvement (company nurses trained, trust
#       nutrition nurses briefed, a pathway written by a named manager, a plan
#       for a nurse survey) - patients and parents took part
# ---------------------------------------------------------------------------
entry(
    id="I415", format="pdf", layout="style_headings", topic="gastrostomy_dislodgement_home",
    project="independent26-tubebackin-415", render_via="soffice", docx_font="Liberation Sans",
    title="Back In Within Hours: replacing gastrostomy tubes at home when they come out",
    cover=[
        "Entrant: NutriHome Clinical Services Ltd (home enteral feeding and nursing services)",
        "Working with Quarrendon Hospitals NHS Trust, Quarrendon Community Care NHS Trust and NHS Quarrendon Integrated Care Board",
        "Written by the Head of Nursing, NutriHome Clinical Services Ltd",
    ],
    primary_entrant=dict(name="NutriHome Clinical Services Ltd", type="private"),
    partners=[
        dict(name="Quarrendon Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Quarrendon Community Care NHS Trust", type="nhs_trust"),
        dict(name="NHS Quarrendon Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "The problem", """
About 1,100 adults and children in Quarrendon are fed through a gastrostomy tube, a tube that goes
through the skin of the tummy into the stomach. NutriHome supplies their feed and equipment under a
contract with the ICB and provides home nurses who support them.

Many of these tubes are held in by a small water-filled balloon. If the balloon bursts or the tube is
pulled, the tube falls out. The hole, or tract, starts to close within a few hours. If a new tube is
not put in quickly, the person may need to go into hospital for a procedure under sedation, and in the
meantime they cannot have their feed or their medicines, which for someone with epilepsy or diabetes
is dangerous in itself.

Before 2022 most people whose tube came out went to the emergency department at Quarrendon General.
They often waited many hours, because replacing a tube was not a priority compared with other
patients, and the staff on duty were not always confident to do it. Some tracts closed while they
were waiting. <<P:Families of children with complex needs told us about spending whole nights in the
department.>>

Since April 2022 NutriHome has provided a 24-hour tube replacement service at home for balloon
gastrostomies, by our nurses, under a protocol based on the hospital's own tube replacement policy and paid
for by the ICB. Every patient has a spare tube and an emergency kit at home, and patients or carers who
want to are taught to put a temporary tube in to keep the tract open while they wait. The community
trust's district nurses ring our service instead of sending people to hospital, and the emergency
department has a direct number for our nurses.
"""),
        ("evidence", "Outcomes", """
We compared 2021/22 with 2023/24, using the hospital's emergency department data and our own service
records.

<<Q:Emergency department attendances for a dislodged gastrostomy tube fell from 212 to 64.>>
<<Q:The median time from a tube coming out to a new tube being in place fell from 9 hours to 2
hours.>> <<Q:Cases where the tract closed and the patient needed a procedure in hospital to put a new
tube in fell from 17 to 4.>>

Our nurses carried out 690 home tube replacements in 2023/24.
"""),
        ("stakeholders", "Involvement", """
<<P:Parents of children fed by gastrostomy, through a local support group, told us at an evening
meeting that the thing they feared most was the tube coming out at night, and they asked us to teach
them how to keep the tract open themselves, which is how the temporary tube training started.>>
<<P:A group of adult patients and carers tried the emergency kit and asked for a picture card showing
each step, because the written instructions were hard to follow in a panic.>> <<P:One mother designed
the 'tube passport' that now goes with every patient, which records the type and size of tube so that
the right one is always used.>>

All NutriHome nurses completed the hospital's tube replacement competency before the service started.
The hospital's nutrition nurses were briefed on the new service. The protocol was written by our Head
of Clinical Governance. We plan to survey our nurses about the service next year.
"""),
        ("value", "Value", """
The service costs the ICB about £140,000 a year. Each emergency attendance avoided saves hospital time,
and each procedure avoided saves a day case admission. Patients and families no longer spend nights
in the emergency department, and feeds and medicines are restarted quickly.
"""),
        ("spread", "Spread", """
We are offering the same service to two other ICBs where we supply home feeding. The tube passport has
been adopted by the hospital for all patients going home with a new gastrostomy.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I416  diabetic ketoacidosis in teenagers - docx - form table - consultant
#       paediatrician voice, brief - acute trust lead with county council and
#       a young people's counselling charity - no quantitative evidence
#       (enrolment counts, a single year's admissions, clinic attendance with
#       no baseline, a target, an evaluation under way) - P and S present
# ---------------------------------------------------------------------------
entry(
    id="I416", format="docx", layout="form_table", topic="dka_teenagers_type1",
    project="independent26-nottoolate-416", docx_font="Calibri",
    title="Not Too Late: reducing diabetic ketoacidosis in teenagers with type 1 diabetes",
    cover_table=[
        ("Entry title", "Not Too Late: reducing diabetic ketoacidosis in teenagers with type 1 diabetes"),
        ("Lead organisation", "Oakhurst Vale Hospitals NHS Trust - Children and Young People's Diabetes Team"),
        ("Partner organisations", "Oakhurst County Council (Education and Youth Services); Open Door Oakhurst (young people's counselling charity)"),
        ("Lead contact", "Consultant Paediatrician and Diabetes Lead"),
    ],
    primary_entrant=dict(name="Oakhurst Vale Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Oakhurst County Council", type="local_authority"),
        dict(name="Open Door Oakhurst", type="charity"),
    ],
    sections=[
        ("context", "Why was the partnership needed, and what were its safety goals?", """
Our team looks after about 260 children and young people with type 1 diabetes. Diabetic ketoacidosis
(DKA) happens when the body runs short of insulin. It can come on over hours and it can kill. In
young children it is usually the way diabetes is first found. In teenagers it is more often because
insulin doses have been missed, sometimes for weeks.

Teenagers with diabetes have a hard time. They want to be like their friends, they do not want to
inject or check their glucose at school, and many struggle with low mood or eating problems. Some stop
coming to clinic. In 2022 we had a group of about 30 teenagers who were admitted with DKA again and
again, and one 15-year-old boy died at home from DKA.

We could not reach these young people from the hospital alone. Not Too Late, started in 2023, links
our team with the council's education and youth services and with Open Door Oakhurst, a counselling
charity young people already trust. A youth worker employed by Open Door works in our team, meets the
young people outside the hospital, and helps them with the things that get in the way. School nurses
and special educational needs coordinators have a diabetes plan for each teenager and a direct line to
our nurses. Young people can message our nurses, and we offer clinic appointments after school and at
a youth centre.
"""),
        ("evidence", "What evidence is there of improvements in safe care?", """
Since September 2023, 64 young people aged 12 to 18 have taken part. The youth worker has had 410
contacts with them, and 38 schools have a diabetes plan in place.

In 2023/24 there were 21 admissions with DKA among young people aged 12 to 18 in our service. The way
admissions were coded changed in 2023, so we cannot compare this fairly with earlier years.

In the first year, 82% of booked appointments at the youth centre clinic were attended.

Our target is to halve DKA admissions in this age group by 2026. The university's children's health
research team is evaluating the project and will report in 2025.
"""),
        ("stakeholders", "Who was involved and how?", """
<<P:Eight teenagers with diabetes met with the youth worker and our nurses over three months and chose
the youth centre as the place for the clinic, because they said nobody would see them going into a
hospital.>> <<P:They also asked to be able to message the nurses rather than phone, and the messaging
service was set up as a result.>> <<P:Parents at our family support evening told us they did not know
what to do when their teenager refused to talk about diabetes, and Open Door now runs a session for
parents.>>

<<S:School nurses and special educational needs coordinators helped write the school diabetes plan and
asked for it to include what to do on school trips.>> <<S:Our diabetes nurses and dietitians worked with
Open Door's counsellors to agree when a young person should be referred for counselling.>>
"""),
        ("value", "What value has the work added?", """
The youth worker post costs about £36,000 a year, funded by the ICB and the hospital charity. A DKA
admission usually means two or three days in hospital, often in high dependency. For young people, the
value is feeling that someone is on their side. Our nurses say they now hear about problems weeks
earlier than they used to.
"""),
        ("spread", "How has the work been shared?", """
We have shared the project with the regional children's diabetes network, and a neighbouring trust is
talking to a local youth charity about doing the same.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)
