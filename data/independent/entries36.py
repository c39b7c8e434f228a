"""Thirty-sixth independent evaluation set (I561..I576) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional, apart from
a few national public bodies named as partners.  The entries are meant to be ordinary:
the kind of thing hospices, care home providers, community pharmacies and their local
committees, ambulance services running NHS 111, councils, charities, universities and
general practice send in, in their own voices and at their own length.  The theme of this
set is care homes, hospices, community pharmacy, ambulance and NHS 111, and end-of-life
care.

Topics: missed doses of opioid substitution treatment picked up by community pharmacies
(a drug and alcohol charity), end-of-life medicines held by community pharmacies out of
hours (an integrated care board, cover table), implantable defibrillators left switched
on at the end of life (a hospice lead, two columns), thickening powder swallowed by care
home residents (a council care quality team), sepsis spotted in community pharmacy
consultations (a local pharmaceutical committee with a university), NHS 111 callers who
cannot be reached for a clinical call-back (a form), safety-netting for people an
ambulance crew leaves at home, errors when converting opioid doses at the end of life (a
hospice pharmacist, no headings), palliative care for people dying in homeless hostels (a
homelessness charity, long, no headings), urine dipsticks and antibiotics for care home
residents (sections in an unusual order), acoustic monitoring at night in care homes (a
private care home group as primary entrant), sick day rules for medicines in care homes
(a care association, a form), controlled drugs on ambulance stations (departments of one
trust, no partner), controlled drugs left in the home after a death (no spread section),
family carers giving as-needed injections at home (a hospice lead, with a note at the end)
and urgent supplies of medicines referred from NHS 111 to community pharmacies (a private
pharmacy company as primary entrant, short, no value section).

Build it with

    .venv/bin/python data/independent/build.py --set 36   (writes data/corpus/independent36/)

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
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words;
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, volunteers with lived experience, unusual job
    titles, list items), wherever in the entry it is told; a volunteer or peer worker
    with lived experience, employed by a partner, who helped design the work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance, police and fire services, and an
ambulance trust that runs NHS 111, are emergency_service; GP practices, GP federations,
primary care networks and local pharmaceutical committees are primary_care; service
user and carers' groups are patient_group; hospices, homelessness charities and care
associations are charity; national public bodies are public_other; a university is
university; care home groups and pharmacy companies are private).  A department or team
of the entrant's own organisation is not a partner.  Flags are written by hand and
build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I561  missed doses of opioid substitution treatment - pdf - own headings -
#       drug and alcohol charity service manager, plain - charity with the
#       LPC, council public health and the ambulance service - service users
#       (a peer group) and pharmacists involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I561", format="pdf", layout="own_headings", topic="opioid_substitution_missed_doses_pharmacy",
    project="independent36-threedays-561", pdf_font="LiberationSans", pdf_align="L",
    title="Three Days Missed: community pharmacies and treatment services acting together when people stop collecting their methadone",
    cover=[
        "Lead organisation: New Leaf Recovery Harwood (drug and alcohol treatment charity)",
        "Partners: Harwood and Teesby Local Pharmaceutical Committee; Harwood Borough Council (Public Health); North Riding Ambulance Service NHS Trust",
        "Written by the Clinical Services Manager, New Leaf Recovery Harwood",
    ],
    primary_entrant=dict(name="New Leaf Recovery Harwood", type="charity"),
    partners=[
        dict(name="Harwood and Teesby Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Harwood Borough Council", type="local_authority"),
        dict(name="North Riding Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "Why we needed to do this", """
About 1,100 people in Harwood are prescribed methadone or buprenorphine by our service. Most of them
collect it every day from one of 38 community pharmacies, and many take it in front of the pharmacist.
The pharmacy is the part of the treatment system that sees people most often. Our keyworkers might see
someone once a fortnight. The pharmacist sees them every morning.

When somebody stops turning up for their dose it usually means something has gone wrong. They may have
gone back to using heroin, been arrested, been admitted to hospital, or be ill at home. After three
missed days a person's tolerance starts to drop, and if they then use street heroin, or restart
methadone at their full dose, the risk of overdose is high. National guidance says the pharmacy should
not give the dose after three missed days and should tell the prescriber. In practice, in 2022, that
was not working well. Pharmacies told us by fax, by email to an old address, by leaving a message on
a keyworker's phone, or not at all. Some pharmacists said that they had given up telling us because
nothing ever happened.

Two deaths in 2022 made us look properly. In both cases the person had missed four or more days, the
pharmacy had noticed, and the information had not reached anyone who could act on it. One of them, a
man in his forties, was found dead in his flat on the day he came back to collect.

The work we did with the LPC and the council is simple. Pharmacies now report a missed dose through one
secure online form that goes straight to our duty worker, on the second missed day rather than the
third. The duty worker tries to contact the person that day. If we cannot reach them and there are
concerns, we ask for a welfare check, and the ambulance service has agreed a route for our duty worker
to speak to a clinician in the control room. When the person comes back, the pharmacist and our
prescriber agree a safe restart dose by phone before anything is handed over.
"""),
        ("evidence", "What has changed", """
We compared the 12 months before the new form (April 2022 to March 2023) with the 12 months after
(April 2023 to March 2024), using our case records, the pharmacy forms and the council's drug-related
death reviews.

<<Q:The share of missed-dose episodes of three days or more that our service knew about within a
working day rose from 22% to 87%.>> <<Q:The average time from the second missed day to a first contact
attempt by our staff fell from six days to under one day.>> <<Q:Restarts after a break where a
prescriber confirmed the dose before it was given went up from about half to 96%.>>

<<Q:Non-fatal overdoses in people in treatment that were known to our service fell from 58 to 37.>>
<<Q:Drug-related deaths of people in treatment went from nine in 2022/23 to six in 2023/24.>> We are careful
about that last figure because the numbers are small and many things affect them.

Pharmacies sent 2,430 reports on the new form during the year.
"""),
        ("stakeholders", "Who shaped it", """
<<P:Our Tuesday peer group, who are all in treatment or in recovery, told us the one thing that would
stop them coming back after a missed day was the fear of being told off at the counter, so the
pharmacy wording was changed to a simple 'we missed you, is everything all right'.>> <<P:Two members
of the group also tested the text message we send on the second day and asked us to take our logo off
it, because people share phones.>>

<<S:Pharmacists from eight pharmacies tried the online form for a month and cut it down from 14
questions to five, because nobody could fill in 14 questions with a queue at the counter.>> <<S:Our
keyworkers and the LPC's chief officer agreed between them that the form should go to a duty inbox and
not to individual keyworkers, after keyworkers pointed out that they are often on leave or out all
day.>> <<S:Clinicians in the ambulance control room worked with our nurses on the questions the duty
worker should be able to answer before a welfare check is asked for.>>
"""),
        ("value", "Value for money and what it means for people", """
The online form cost nothing extra because it uses the platform the council already pays for. Our duty
worker role was already funded. The main cost has been staff time to set it up.

An overdose that needs an ambulance and a night in hospital costs the NHS well over a thousand pounds,
and a death cannot be measured in those terms. People in treatment tell us that the phone call feels
like someone noticed they were gone. Pharmacists say they feel less alone with the worry.
"""),
        ("spread", "Sharing it", """
The form and the restart agreement have been adopted by the neighbouring Teesby treatment service,
which shares the same LPC. We presented the work to the regional drug-related deaths network and the
council has written the two-day report into the new pharmacy supervised consumption contract.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I562  end-of-life medicines held by community pharmacies out of hours -
#       docx - bold headings with a cover table - ICB medicines optimisation
#       lead, businesslike - ICB with LPC, a hospice and the GP out-of-hours
#       provider - staff involved - no patient involvement (families as
#       beneficiaries, a bereaved husband's complaint investigated, a leaflet,
#       a survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I562", format="docx", layout="bold_headings", topic="end_of_life_medicines_pharmacy_stock",
    project="independent36-stockready-562", docx_font="Calibri",
    title="Stock Ready: end-of-life medicines available when they are needed, day or night",
    cover_table=[
        ("Entry title", "Stock Ready: end-of-life medicines available when they are needed, day or night"),
        ("Lead organisation", "NHS Severnside and Wyre Integrated Care Board (Medicines Optimisation Team)"),
        ("Partner organisations", "Severnside Local Pharmaceutical Committee; St Aldhelm's Hospice, Wyre Forest; Wyre Urgent Care GP Federation (out-of-hours service)"),
        ("Entry submitted by", "Senior Pharmacist, Palliative and End of Life Care"),
    ],
    primary_entrant=dict(name="NHS Severnside and Wyre Integrated Care Board", type="icb"),
    partners=[
        dict(name="Severnside Local Pharmaceutical Committee", type="primary_care"),
        dict(name="St Aldhelm's Hospice", type="charity"),
        dict(name="Wyre Urgent Care GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "Background", """
When someone is dying at home, the GP or hospice usually prescribes a small set of 'just in case'
medicines for pain, breathlessness, agitation, nausea and noisy breathing, so that a district nurse can
give them straight away if symptoms start. In practice the prescription is often written late, on a
Friday, or in the evening by the out-of-hours doctor, and then the family has to find a pharmacy that has
all of the medicines in stock. Many of these medicines are not kept routinely by high street pharmacies
because they are rarely used and some are controlled drugs.

In 2022 our incident reports and complaints included families driving between pharmacies at night, one
husband visiting five pharmacies across two towns on a Saturday evening, and district nurses waiting with
a patient in pain while a relative went to collect a medicine that turned out to be a different strength
from the one prescribed. The hospice's own audit found that for about a third of patients who died at
home, at least one just in case medicine had been prescribed but was not in the house when it was first
needed.

The ICB set up Stock Ready in 2023. We agreed a single list of eleven end-of-life medicines and
strengths with the hospice and the out-of-hours service, and commissioned 21 community pharmacies across
the ICB area, chosen so that nobody is more than 20 minutes' drive from one, and at least one in each
locality open until 10pm and at weekends. The pharmacies hold the full list at all times, do a stock check
every week, and are paid a retainer and a fee for replacing out-of-date stock. The hospice advice line and
the out-of-hours service have a live list of which pharmacies are open, and prescribers use the agreed
strengths so that the prescription matches what is on the shelf.
"""),
        ("evidence", "Evidence of improvement", """
We have used the hospice's end-of-life audit, which looks at every patient known to the hospice who dies at
home, and the ICB's incident reporting system.

<<Q:The proportion of patients dying at home who had all of their just in case medicines in the house
when first needed rose from 67% in 2022 to 94% in 2024.>> <<Q:Incidents about delays in getting
end-of-life medicines fell from 46 in 2022 to 11 in 2024.>> <<Q:The average time from a prescription
being written out of hours to the medicines reaching the home went down from just over four hours to 75
minutes.>>

<<Q:Prescriptions for a strength not on the agreed list dropped from one in five to fewer than one in
twenty, which has almost ended the problem of pharmacies having the wrong strength.>>

The Stock Ready pharmacies dispensed 3,260 end-of-life prescriptions in 2024.
"""),
        ("stakeholders", "Involvement of staff, patients and the public", """
<<S:The medicines list was drawn up by hospice doctors, specialist palliative care nurses and
out-of-hours GPs in three meetings, and the out-of-hours GPs insisted on removing two medicines they said
they would never prescribe at night, which made the list shorter and easier to stock.>> <<S:Community
pharmacists from the first six pharmacies asked for a weekly rather than monthly stock check, because a
single dispensing on a Friday could empty the shelf for the weekend, and the specification was changed.>>
<<S:District nurses told us they were still getting calls from families who did not know where to go, so
the hospice advice line now gives the family the pharmacy's address and rings the pharmacy to say they
are coming.>>

The work began after we investigated the complaint from the husband who visited five pharmacies, and we
wrote to him to explain what we were changing. Families now receive a leaflet with the list of Stock
Ready pharmacies when just in case medicines are prescribed. We surveyed carers through the hospice in
2024 and the responses were positive, so we did not make changes as a result. We intend to ask the
hospice's carers' group to review the leaflet next year.
"""),
        ("value", "Value", """
The scheme costs the ICB about £38,000 a year in retainers and stock replacement fees. Most of the
medicines are inexpensive. Against this, a single unplanned admission at the end of life costs several
thousand pounds, and almost all of the people on the hospice's caseload have said they want to die at home.
District nurses no longer spend time phoning round pharmacies, and the out-of-hours service has fewer calls
from families who cannot find a medicine. Families have one less thing to worry about at the hardest time.
"""),
        ("spread", "Spread and sustainability", """
Stock Ready is now part of the ICB's community pharmacy commissioning framework and has been funded for
three more years. The medicines list has been adopted by the hospital palliative care team for patients
going home from the wards. We have shared the specification with the other ICBs in the region, and two
have asked for the pharmacy mapping tool we used to choose locations.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I563  implantable defibrillators left switched on at the end of life - pdf
#       - two columns - hospice consultant, reflective - hospice with the
#       acute trust cardiac physiology team, the ambulance service and the
#       community trust - a patient's wife and staff involved - no
#       quantitative evidence (counts, a single audit figure, case stories)
# ---------------------------------------------------------------------------
entry(
    id="I563", format="pdf", layout="two_column", topic="icd_deactivation_end_of_life",
    project="independent36-switchoff-563", pdf_font="LiberationSerif",
    title="A Peaceful Heart: talking about and deactivating implantable defibrillators before the end of life",
    cover=[
        "Lead: Holme Valley Hospice (registered charity). Partners: Calderbrook Teaching Hospitals NHS Foundation Trust (Cardiac Physiology and Heart Failure Service); Pennine and Aire Ambulance Service NHS Trust; Calderbrook Community Health NHS Trust",
        "Entry by Dr Ruth Oyelaran, Consultant in Palliative Medicine",
    ],
    primary_entrant=dict(name="Holme Valley Hospice", type="charity"),
    partners=[
        dict(name="Calderbrook Teaching Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Pennine and Aire Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Calderbrook Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The problem we set out to solve", """
An implantable cardioverter defibrillator (ICD) is fitted under the skin to shock the heart out of a
dangerous rhythm. It saves lives. But when someone is dying, of heart failure or of something else
entirely, the device does not know that. In the last hours and days of life the heart often goes into the
very rhythms the device is set to treat, and the person can receive repeated shocks, each one painful
and frightening, in front of their family.

The shock function can be switched off in a few minutes with a programmer, without any surgery, and
switching it off does not stop the heart or cause death. Most patients and families do not know this.
Many professionals do not either. In our area, only the cardiac physiologists at the hospital had the
programmers, and they worked weekdays only.

In early 2022 a man in his seventies with advanced heart failure, cared for by our hospice at home
team, received more than twenty shocks over the last night of his life. The district nurse called 999,
the ambulance crew could not switch the device off, and a magnet that could have suspended it was not
available. His wife has since told us it is the memory she cannot put down.

When we looked at our own patients, the conversation about the ICD was often not had at all, or was had
too late. The device was not mentioned on end-of-life care plans, and out-of-hours staff did not know the
person had one.

A Peaceful Heart brings the four organisations together. The heart failure nurses raise the device in
advance care planning conversations. A deactivation decision is recorded on the shared care record and
the ambulance service's special patient notes. The cardiac physiologists run a same-day or next-day home
deactivation visit, and a small number of ring magnets are kept at the hospice, with each district
nursing team base and on the ambulance service's clinical team leader vehicles, for use in an emergency
with telephone advice from the hospice.
"""),
        ("evidence", "What we have seen so far", """
Since the work began in June 2022, 214 patients with an ICD have been identified on the hospice,
heart failure and district nursing caseloads. Of those, 131 have had a documented conversation about
deactivation and 97 have had the shock function switched off, 38 of them at home.

In an audit of 40 deaths of people with an ICD in 2024, the device was recorded on the end-of-life care
plan in 36. Magnets have been used by district nurses or ambulance clinicians on nine occasions, each
time with advice from the hospice on call doctor.

We have received no reports of shocks at the end of life in patients known to the service since the
autumn of 2022. We are aware that a small number of people with devices still die without being known to
any of us, and we cannot measure how often that happens.

Families have written to us, and the heart failure nurses describe conversations that are now routine
rather than avoided.
"""),
        ("stakeholders", "Who was involved", """
<<P:Mrs Janet Clough, whose husband's death led to this work, joined our steering group and helped
write the patient leaflet, and it was her suggestion that it should begin with the sentence 'switching
off the shock will not switch off your heart'.>> <<S:Cardiac physiologists offered to trial home visits
on their own time for the first three months, and they designed the visit checklist with our community
nurses.>> <<S:Ambulance clinical team leaders asked for the magnet to go on their vehicles rather than on
every ambulance, so that it was always with someone who had been shown how to use it.>> <<S:District
nurses at the two pilot bases tested the telephone advice route and asked for a laminated card with a
photograph of where to place the magnet, which we made.>>

Heart failure consultants at the hospital were informed of the new pathway through their clinical
governance meeting.
"""),
        ("value", "Value", """
A home deactivation takes a cardiac physiologist about an hour and a half including travel. A ring magnet
costs less than £30. Against this, an emergency admission in the last days of life, which was sometimes
the only way to get a device switched off, can cost several thousand pounds and takes a person away from
the place they wanted to die. The real value is in what families are spared.
"""),
        ("spread", "Spread", """
The ambulance service has extended the special patient note and magnet arrangement to the other three
hospices in its area. Our leaflet has been adopted by the regional cardiac network, and we have presented
at a national palliative care conference. The hospital has written ICD discussion into its heart failure
clinic template.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I564  thickening powder swallowed by care home residents - docx -
#       numbered questions - council care quality team manager, formal -
#       council with the ICB and community trust speech and language therapy
#       and a care providers' association - staff involved - no patient
#       involvement (residents as beneficiaries, families sent a letter, a
#       plan for a residents' panel)
# ---------------------------------------------------------------------------
entry(
    id="I564", format="docx", layout="numbered_questions", topic="care_home_thickener_powder",
    project="independent36-lidsdown-564", docx_font="Arial",
    title="Lids Down: safer storage and use of thickening powder in care homes",
    cover=[
        "Entrant: Ashborough County Council, Adult Social Care Quality Assurance Team",
        "Partners: NHS Ashborough and Lune Integrated Care Board; Lune Valley Community NHS Trust (Adult Speech and Language Therapy); Ashborough Care Providers' Association",
        "Submitted by: Care Quality Manager",
    ],
    primary_entrant=dict(name="Ashborough County Council", type="local_authority"),
    partners=[
        dict(name="NHS Ashborough and Lune Integrated Care Board", type="icb"),
        dict(name="Lune Valley Community NHS Trust", type="nhs_trust"),
        dict(name="Ashborough Care Providers' Association", type="charity"),
    ],
    sections=[
        ("context", "1. What was the safety problem and what did the partnership set out to do?", """
Thickening powders are added to drinks and soft foods for people with swallowing difficulties
(dysphagia), to slow the flow of liquid and reduce the risk of it going into the lungs. They are
prescribed for a large number of care home residents, many of whom also live with dementia. If the
powder itself is swallowed dry, it can swell in the mouth and throat and block the airway. There has been
a national patient safety alert about this since 2015, following a death in a care home.

During quality monitoring visits in 2022, our officers found tubs of thickener left open on tables in
lounges and dining rooms, on residents' bedside cabinets and on drinks trolleys in corridors, in 19 of
the 41 homes visited. In two homes, residents with dementia had been found with the powder in their
mouths. One resident was taken to hospital after eating powder from a tub left on a trolley; she
recovered, but it was a near miss that could easily have been a death. At the same time, staff in
several homes did not know how many scoops each resident should have, because the prescription said
'use as directed' and the speech and language therapy recommendation was filed elsewhere.

The partnership's aims were: thickener stored out of reach in every home, a clear record of the correct
consistency for each resident available wherever drinks are made, and prescriptions and care plans that
match.
"""),
        ("evidence", "2. What evidence is there that the partnership has improved safety?", """
The quality assurance team repeated unannounced spot checks in all 63 older people's care homes in the
county, using the same checklist, in autumn 2022 and autumn 2024.

<<Q:Homes where thickener was found unattended in a communal area fell from 27 of 63 to 4 of 63.>>
<<Q:Residents prescribed thickener whose care plan, medicines chart and drinks station guide all showed
the same consistency rose from 41% to 90%.>> <<Q:Prescriptions for thickener that gave a specific number
of scoops rather than 'as directed' increased from 18% to 83% across the county's GP practices, according
to the ICB's prescribing data.>>

<<Q:Incidents of residents swallowing thickening powder reported to the council's safeguarding team fell
from five in 2022 to none in 2024>>, though we recognise these were small numbers to begin with.
"""),
        ("spread", "3. How has the work been shared?", """
The ICB's care home medicines team has included thickener storage in its standard medicines audit for
all homes, including homes for people with a learning disability. The care providers' association has
shared the drinks station guide with its members in two neighbouring counties. We presented the work to
the regional adult social care quality network, and the ICB has shared the prescribing template with
other ICBs through the regional medicines safety officers' group.
"""),
        ("value", "4. What has been the value to residents, staff and the system?", """
The costs were small. Lockable drinks station boxes cost around £25 each and homes bought their own. The
ICB paid for the printed guides. Speech and language therapy time was already funded through the care
home support service. Residents are safer, and staff no longer have to search for the therapy report to
find out how thick a drink should be. A single admission after a choking or airway incident can cost
thousands of pounds, and the human cost is far greater.
"""),
        ("stakeholders", "5. How were staff, residents and families involved?", """
<<S:Senior carers and kitchen staff from six homes took part in a workshop with speech and language
therapists and said that the therapy reports were too long to use at a drinks trolley, so the therapists
produced a one-page drinks station guide with a photograph of each resident and the number of
scoops.>> <<S:Care home managers in the providers' association chose the lockable box design after
trying three different types, rejecting one because night staff could not open it quietly.>> <<S:GP
practice pharmacists worked with the ICB to write the prescription template after telling us that they
could not specify scoops without the therapist's recommendation in front of them.>>

Residents are the people this work is designed to protect. Families of residents prescribed thickener
were sent a letter explaining the changes. We plan to ask the county's care home residents' panel for
their views when the guide is next reviewed.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I565  sepsis spotted in community pharmacy consultations - pdf - CAPS
#       headings - LPC chief officer, brisk - LPC with the ambulance
#       service, a university school of pharmacy and a sepsis survivors'
#       group - survivors involved - no staff involvement (pharmacists
#       trained, a survey that changed nothing, ambulance clinicians told,
#       the university evaluated)
# ---------------------------------------------------------------------------
entry(
    id="I565", format="pdf", layout="caps_headings", topic="sepsis_community_pharmacy_consultations",
    project="independent36-thinksepsis-565", pdf_font="DejaVuSans",
    title="THINK SEPSIS AT THE COUNTER: spotting serious infection in people who come to the pharmacy first",
    cover=[
        "LEAD ORGANISATION: Kennet and Marlow Local Pharmaceutical Committee",
        "PARTNERS: Southern Downs Ambulance Service NHS Foundation Trust; University of Marlow School of Pharmacy; Sepsis Survivors Kennet (peer support group)",
        "CONTACT: Chief Officer, Kennet and Marlow LPC",
    ],
    primary_entrant=dict(name="Kennet and Marlow Local Pharmaceutical Committee", type="primary_care"),
    partners=[
        dict(name="Southern Downs Ambulance Service NHS Foundation Trust", type="emergency_service"),
        dict(name="University of Marlow", type="university"),
        dict(name="Sepsis Survivors Kennet", type="patient_group"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
Since the national Pharmacy First service began in January 2024, community pharmacists in Kennet and
Marlow have been seeing people with urinary infections, infected insect bites, sore throats and
earache who would previously have gone to their GP. Most of these are minor. A few are the start of
something much more serious. Sepsis can look like a urine infection or a bad throat in the first hours,
and the person standing at the counter may be the sickest patient the pharmacist sees all year.

Pharmacies were not set up for this. Most had no thermometer suitable for clinical use, very few had a
pulse oximeter, and there was no agreed way of deciding when someone needed to go to hospital now
rather than see their GP tomorrow. If a pharmacist did think someone was seriously ill, they would
tell them to go to A&E or ring 111, and had no way of knowing whether they did.

In the first three months of Pharmacy First, the LPC received four reports from pharmacies of people who
had been seen for a minor infection and were later admitted with sepsis, one of whom died. In each case
the person had been sent away with advice or antibiotics.

THINK SEPSIS AT THE COUNTER gives every participating pharmacy a kit (a clinical thermometer, a pulse
oximeter and a blood pressure monitor) and a one-page prompt, adapted from the national NEWS2 and
'sepsis six' tools for use in pharmacy. Any person seen under Pharmacy First for an infection has their
observations taken. If the prompt shows red flags, the pharmacist rings a direct line to a clinician in
the ambulance service's clinical hub, who decides with them whether an ambulance is needed or the person
can safely go to the urgent treatment centre. The person is given a card to take with them showing the
readings.
"""),
        ("evidence", "EVIDENCE", """
Data come from the pharmacy consultation records, the ambulance clinical hub's call log and an
evaluation by the University of Marlow School of Pharmacy covering April 2024 to March 2025.

<<Q:The proportion of Pharmacy First infection consultations in which a full set of observations was
recorded rose from 6% in the first quarter to 88% in the last quarter of the year.>> <<Q:Reports from
pharmacies of patients seen for a minor infection and admitted with sepsis within 72 hours fell from four
in the three months before the kits to two in the whole following year.>>

<<Q:The university's review of clinical hub calls found that the time from a pharmacist deciding a person
was unwell to an ambulance being dispatched went down from a median of 41 minutes, when pharmacists
rang 999 themselves, to 14 minutes through the direct line.>>

The clinical hub received 312 calls from pharmacists during the year, and 96 resulted in an ambulance
being sent.
"""),
        ("stakeholders", "INVOLVEMENT", """
<<P:Members of Sepsis Survivors Kennet read every draft of the prompt card and told us that the words
'feeling the worst you have ever felt' had to be on it, because that is what several of them had said
at a pharmacy or surgery and not been heard.>> <<P:Two survivors then recorded short videos about their
own illness, which are used in the pharmacist training, and the group redesigned the card given to
patients so that it could be handed straight to a paramedic or a nurse.>>

All 74 participating pharmacies sent at least one pharmacist to the training evening. Ambulance hub
clinicians were told about the direct line in their team briefing. The university sent an online
survey to pharmacists at six months and the results were broadly positive, so the prompt was not
changed. We would like pharmacy technicians to be part of the next review.
"""),
        ("value", "VALUE", """
Each kit costs about £140 and was paid for from the LPC's reserves with a contribution from the ambulance
service. The direct line uses the ambulance service's existing clinical hub. Each case of sepsis caught
early avoids days in intensive care, which can cost more than £2,000 a day, and some people will be
alive who would not otherwise be. Pharmacists say they feel more confident taking on urgent care work.
"""),
        ("spread", "SPREAD", """
The ambulance service has offered the direct line to the two neighbouring LPCs in its area. The prompt
card has been shared with Community Pharmacy England and the university has presented the evaluation
at a national pharmacy practice conference. We are working with the ICB to include observations
equipment in the local Pharmacy First support offer.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I566  NHS 111 callers who cannot be reached for a clinical call-back - pdf -
#       form table - 111 clinical operations manager, procedural - ambulance
#       trust (runs NHS 111) with the GP out-of-hours federation and the ICB -
#       staff involved - no patient involvement (callers as beneficiaries, a
#       complaint, texts, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I566", format="pdf", layout="form_table", topic="nhs111_unreached_callbacks",
    project="independent36-nooneleft-566", pdf_font="LiberationSans",
    title="No One Left in the Queue: safer handling of NHS 111 callers we cannot reach for a clinical call-back",
    cover_table=[
        ("Entry title", "No One Left in the Queue: safer handling of NHS 111 callers we cannot reach for a clinical call-back"),
        ("Lead organisation", "East Wessex Ambulance Service NHS Trust (NHS 111 and Clinical Assessment Service)"),
        ("Partner organisations", "Solent Vale Out of Hours GP Federation; NHS East Wessex Integrated Care Board"),
        ("Entrant", "Clinical Operations Manager, NHS 111"),
    ],
    primary_entrant=dict(name="East Wessex Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Solent Vale Out of Hours GP Federation", type="primary_care"),
        dict(name="NHS East Wessex Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Background and aims", """
When someone rings NHS 111 and the health adviser decides they need to speak to a nurse, paramedic or
GP, the call goes into a queue for a clinical call-back. At busy times, especially weekend mornings, the
wait can be several hours. By the time the clinician rings back, some callers do not answer. They may
have gone to A&E, felt better, or be too unwell to pick up the phone. Our old process was for the
clinician to try twice, ten minutes apart, then close the case with a note 'no contact'.

In 2022 a review of serious incidents found three cases where a caller had not answered the second
call-back and had then been found seriously ill or had died at home. One was a woman of 80 with chest
pain whose phone was upstairs. Every month several hundred cases were being closed as 'no contact', and
nobody looked at them again. The GP out-of-hours service, which takes many of our call-backs at weekends,
used a different rule again.

In April 2023 we and the out-of-hours federation agreed a single 'no contact' procedure. Call-backs
follow a set pattern of three attempts over 40 minutes, including a text message with a direct number.
Before any case is closed, a senior clinician reviews it against the original symptoms, and any case
with a high-risk symptom (chest pain, breathlessness, a child under one, a possible stroke, a person
who has said they are alone) is escalated for an ambulance welfare check rather than closed. The ICB
agreed to monitor 'no contact' closures as part of its integrated urgent care contract.
"""),
        ("evidence", "Evidence", """
<<Q:Cases closed as 'no contact' without a senior clinician review fell from 100% to under 2% between
2022/23 and 2023/24.>> <<Q:Of callers who could not be reached, the proportion who were later reached or
seen by another service within 24 hours increased from 61% to 89%, based on linked ambulance, emergency
department and out-of-hours records.>> <<Q:Serious incidents involving a caller who was not reached for a
call-back went down from three in 2022/23 to none in 2023/24.>> There were 7,420 'no contact' cases
reviewed in the first year and 610 welfare checks were sent.
"""),
        ("stakeholders", "Involvement of patients, public and staff", """
<<S:Call-back clinicians from both organisations met in four workshops and agreed the three-attempt
pattern, after nurses pointed out that two calls ten minutes apart often caught people in the bathroom
or on the school run.>> <<S:Health advisers asked for a new question at the start of every call, 'Is
this the best number to reach you on, and will you be able to answer it?', and it was added to the
script.>> <<S:Out-of-hours GPs and our clinical team leaders wrote the list of high-risk symptoms together
and agreed to take it in turns to do the senior reviews at night.>>

The work followed a complaint from the family of the woman with chest pain. Callers now receive a text
message with a direct number. We intend to test the wording of the text with members of the public.
"""),
        ("value", "Value", """
The senior review adds about two minutes per case. Welfare checks use ambulance resources, but most are
completed by a phone call from the ambulance clinical hub and only a small number need a vehicle. The
cost of a missed heart attack or stroke is very high, for the person and for the NHS.
"""),
        ("spread", "Spread", """
The procedure is now part of the regional integrated urgent care standard and has been taken up by the
neighbouring 111 provider. We shared it with the national 111 clinical governance group.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I567  safety-netting for people an ambulance crew leaves at home - docx -
#       style headings - ambulance consultant paramedic, measured - ambulance
#       service with a GP federation, a primary care network and the council's
#       rapid response service - patients (a patient panel) and staff involved
#       - no flags
# ---------------------------------------------------------------------------
entry(
    id="I567", format="docx", layout="style_headings", topic="ambulance_non_conveyance_safety_netting",
    project="independent36-safeathome-567", docx_font="Cambria",
    title="Safe at Home: follow-up for people who are not taken to hospital after a 999 call",
    cover=[
        "Lead organisation: Mercia Downs Ambulance Service NHS Trust",
        "Partners: Brayford and District GP Federation; Brayford North Primary Care Network; Brayford City Council (Rapid Response and Reablement Service)",
        "Entry prepared by the Consultant Paramedic for Urgent Care",
    ],
    primary_entrant=dict(name="Mercia Downs Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Brayford and District GP Federation", type="primary_care"),
        dict(name="Brayford North Primary Care Network", type="primary_care"),
        dict(name="Brayford City Council", type="local_authority"),
    ],
    sections=[
        ("context", "Why the partnership was needed", """
Just under half of the people our crews attend in Brayford are not taken to hospital. For many this is the
right decision: they are treated at home, referred to another service, or given advice. But people who
are left at home include some of the most vulnerable people we see: older people who have fallen, people
with several long-term conditions, people who decline to go. A small number become seriously unwell in the
following days.

In 2022 we looked at every person in Brayford who was not conveyed and then had another 999 call within 72
hours. There were around 180 a month. In more than a third of the cases we reviewed, the first crew had
advised 'see your GP' or arranged a GP follow-up, but the message had not reached the practice, or had
arrived as a PDF in a general inbox and been filed. Practices told us they received ambulance reports for
hundreds of patients a week and had no way of telling which ones needed action. Crews told us they felt
uneasy leaving some people at home but had no other option at 3am.

Safe at Home was set up in 2023. When a crew leaves someone at home and has a concern, they choose one of
three follow-up routes on the electronic patient record: a same-day call from the GP federation's clinical
hub, a next-day visit from the council's rapid response service for people who need help with daily living
or a falls assessment, or a 'flag to practice' task that arrives directly in the practice's clinical
system rather than as a document. Each route has a named owner and a time by which it must be done. The
federation's hub also reviews every non-conveyed patient over 75 the next morning, whether or not the crew
asked for follow-up.
"""),
        ("evidence", "Evidence of improvement", """
We compared the six months before Safe at Home (October 2022 to March 2023) with the same months a year later.

<<Q:Repeat 999 calls within 72 hours among people not conveyed in Brayford fell from 6.8% to 4.9%.>>
<<Q:Among people over 75, emergency admissions within seven days of being left at home dropped from
11.2% to 8.1%.>> <<Q:Crew requests for GP follow-up that were acted on by the practice within two working
days went up from 38% to 91%.>>

The federation's hub carried out 4,860 next-morning reviews of people over 75 in the first year, and the
council's rapid response team made 1,120 visits after a crew referral.
"""),
        ("stakeholders", "Involvement", """
<<S:Paramedics from two stations spent a month using a paper version of the three routes and told us that
'flag to practice' was useless unless it appeared as a task with the patient's name on it, which is why
the federation's IT lead and the ambulance digital team built the direct clinical system link.>> <<S:GP
practice managers in the PCN helped decide what the task should say and asked for a single line at the
top stating what the crew wanted the practice to do.>> <<S:Rapid response workers from the council
joined two crew shifts to understand what paramedics were seeing, and as a result they now take referrals
until 10pm instead of 6pm.>>

<<P:The PCN's patient participation group looked at the leaflet crews leave behind and told us it was far
too long, so it was cut to one side of A5 with a single phone number and the words 'call us if you are
worse'.>> <<P:A retired teacher who had been left at home after a fall, and readmitted two days later,
spoke at our launch event and then sat on the project group for the rest of the year, where she pushed
for the next-morning review to include everyone over 75.>>
"""),
        ("value", "Value", """
Each avoided admission of an older person saves several days in hospital, with the risks of deconditioning
and hospital-acquired infection that go with them. The federation's next-morning reviews take about six
minutes each and are funded through the PCN's enhanced access hours. The council's rapid response team
already existed; the change was in who could refer to it. Crews tell us they feel more able to make a
decision to leave someone at home when they know somebody else will follow it up.
"""),
        ("spread", "Spread", """
The follow-up routes are being rolled out across the whole of the ambulance service's area in 2025, working
with each ICB's GP hubs. The direct task to practices has been adopted by the NHS 111 service run by the
same trust, and we have shared the approach with the national ambulance consultant paramedic group.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I568  errors converting opioid doses at the end of life - docx - no
#       headings - hospice consultant pharmacist, first person, careful -
#       hospice with the community trust, the acute trust palliative care team
#       and a GP federation - a family forum member and staff involved - no
#       quantitative evidence (counts, single audit figures, no comparison)
# ---------------------------------------------------------------------------
entry(
    id="I568", format="docx", layout="no_headings", topic="opioid_conversion_errors_end_of_life",
    project="independent36-samestrength-568", docx_font="Georgia",
    title="One Conversion, One Chart: safer switching of strong painkillers for people at the end of life",
    cover=[
        "Lead: St Brannoc's Hospice, North Cornwall Coast",
        "Working with Kernow West Community Health NHS Trust (District Nursing), Royal Tamar and Fal Hospitals NHS Trust (Hospital Palliative Care Team) and Atlantic Coast GP Federation",
        "Written by Helen Treloar, Consultant Pharmacist, St Brannoc's Hospice",
    ],
    primary_entrant=dict(name="St Brannoc's Hospice", type="charity"),
    partners=[
        dict(name="Kernow West Community Health NHS Trust", type="nhs_trust"),
        dict(name="Royal Tamar and Fal Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Atlantic Coast GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", None, """
Most people who die with cancer, and many who die of other illnesses, take a strong opioid painkiller
such as morphine or oxycodone in their last weeks. As they become weaker they often cannot swallow, and the
opioid has to be switched from tablets or liquid to an injection under the skin, usually through a syringe
pump running over 24 hours. Sometimes it is also switched from one drug to another, for example because of
kidney problems. Each switch needs a calculation, and the ratios are not intuitive. Subcutaneous morphine
is roughly twice as strong as oral morphine. Oxycodone is stronger again. Fentanyl patches are in
micrograms, not milligrams.

I have worked as a hospice pharmacist for eleven years, and opioid conversion errors are the single
commonest serious medication error I see. Until 2023 the hospice, the hospital palliative care team and
the district nurses each used a different conversion chart, and GPs used whatever they found online or
in the British National Formulary. The charts did not all agree. When someone moved from hospital to home,
or from home into the hospice, the dose was recalculated by a different person using a different chart.

In 2022 we reviewed incidents across our area and found cases where a person's dose had been doubled by
mistake at a handover, and one case where a patient at home was given a syringe pump containing ten
times the intended dose of diamorphine because a decimal point was misread on a handwritten chart. She
became very drowsy and died the next day. Her death may not have been caused by the error, but her family
will never know, and neither will we.

We agreed with our partners to do three things. First, one conversion chart for the whole area, agreed by
all the palliative care consultants and pharmacists, printed on a single card and built into the
electronic prescribing templates used by GPs and the hospital. Second, every conversion to a syringe pump,
anywhere in the area, is checked by a second clinician before the first dose, and if there is no second
clinician available out of hours, the hospice's on-call pharmacist or doctor will check it over the phone.
Third, the syringe pump chart used by district nurses, which was still handwritten, was replaced with a
printed chart generated from the prescribing system so that the dose only has to be written once.

This did not happen quickly. The chart took seven months to agree, largely because two respected
consultants had used different ratios for oxycodone for their whole careers and each had good reasons. In
the end we agreed on the more cautious ratio, with a note explaining why.
"""),
        ("evidence", None, """
It is difficult to show with numbers that an error did not happen, and I would rather be honest about that
than claim too much.

Since the single chart was introduced in June 2023, 1,860 conversions to a syringe pump have been recorded
on the shared template, and the hospice on-call service has carried out 214 telephone second checks out of
hours. In those checks, the on-call clinician found a calculation that needed correcting in 23 cases, and
in four of them the proposed dose was at least double what it should have been. Those four would very
likely have been serious incidents.

An audit of 120 syringe pump charts in district nursing records in April 2024 found that 112 were on the
new printed chart and every one of those matched the prescription. We have had no reported tenfold errors
since the printed chart was introduced.

The hospital's palliative care team now sees the same chart in the hospital prescribing system as the
district nurses see at home, and handovers no longer involve recalculating from the beginning.
"""),
        ("stakeholders", None, """
<<S:The district nurses were the ones who asked us to get rid of the handwritten chart; a group of six
of them, from three teams, tested four drafts of the printed chart in their own cars and kitchens before
telling us which one they could actually read by torchlight.>> <<S:GP prescribing leads from the federation
helped build the conversion into the GP template and asked for a hard stop that will not let a syringe
pump dose be saved until the conversion has been shown on screen.>> <<S:Out-of-hours nurses told us the
telephone second check was only useful if they did not have to wait, so the hospice agreed to answer within
15 minutes, and we moved the call to the pharmacist rather than the doctor when the doctor is busy.>>

<<P:Mr Alan Penrose, who sits on the hospice's patient and family forum and whose wife died at home in
2021, read the information sheet we give to families about syringe pumps and rewrote large parts of it,
including adding a section on what the numbers on the pump mean, because he told us he spent his wife's
last nights worrying the pump was wrong.>>
"""),
        ("value", None, """
The chart and the templates cost very little to produce; the main cost was time. The out-of-hours telephone
checks add perhaps two hours of on-call work a week across the hospice team. A serious opioid error can
lead to an emergency admission, a coroner's inquest and a family's grief made worse. District nurses tell
me they feel much less anxious about setting up a syringe pump at night on their own.
"""),
        ("spread", None, """
The chart has been adopted by the two other hospices in Cornwall and by the regional palliative care network
as its recommended chart. We have shared the printed syringe pump chart with the supplier of the district
nursing record system, which is now offering it to other trusts.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I569  palliative care for people dying in homeless hostels - pdf - no
#       headings - long - homelessness charity hostel manager, first person,
#       warm - charity with a hospice, the council housing team and a GP
#       practice for people who are homeless - residents (a lived-experience
#       group, a named resident) and staff involved - no quantitative
#       evidence (counts and stories only)
# ---------------------------------------------------------------------------
entry(
    id="I569", format="pdf", layout="no_headings", topic="palliative_care_homeless_hostels",
    project="independent36-notalone-569", pdf_font="LiberationSerif", pdf_align="L",
    title="Not On Their Own: safer palliative care for people who are dying in homeless hostels",
    cover=[
        "Entered by Harbour Lights Housing Trust (homelessness charity), Portbury",
        "With St Cuthman's Hospice; Portbury City Council (Housing Needs and Rough Sleeping Team); and the Quayside Health Centre (GP practice for people experiencing homelessness)",
        "Written by Sam Okafor, Hostels Manager",
    ],
    primary_entrant=dict(name="Harbour Lights Housing Trust", type="charity"),
    partners=[
        dict(name="St Cuthman's Hospice", type="charity"),
        dict(name="Portbury City Council", type="local_authority"),
        dict(name="Quayside Health Centre", type="primary_care"),
    ],
    sections=[
        ("context", None, """
People who are homeless die young. The average age of death of the people who have died in our hostels over
the last five years is 47. Most of them die of things that would be treated in anyone else: liver disease,
lung disease, cancers found late, infections. Many of them are living with the effects of years of drug or
alcohol use, and many have been in and out of hospital without ever being told, or without ever taking in,
that they were dying.

Harbour Lights runs four hostels in Portbury with 112 beds between them. Our staff are support workers, not
nurses. When I started as hostels manager in 2019 we were having four or five deaths a year in our
buildings, and for most of them nobody, including the person, had talked about dying. Staff would find
someone in their room. Sometimes we had known for months that they were getting worse. They would refuse
to go to hospital, or go and walk out the same day, and come back to the hostel yellow and breathless.

There were real safety problems as well as the obvious sadness. People who were dying were on strong
painkillers, sometimes prescribed by the hospital on discharge and sometimes bought on the street, in a
building where other residents used drugs. We had a man in 2021 whose morphine was stolen from his room
while he was asleep; another resident overdosed on it. We had people who could no longer get to the toilet
or out of bed, in rooms on the third floor with no lift, and staff who were not trained or allowed to help
with personal care. We had no way of getting a district nurse to come out to a hostel because the nurses
did not think a hostel was a home, and no way of getting medicines for pain or agitation at night because
the out-of-hours doctor did not know the person. And we had staff who were deeply affected each time
someone died, because they had known them for years, with nobody to talk to about it.

In 2022 the hospice approached us after one of their nurses met one of our residents on a hospital ward.
That conversation turned into Not On Their Own. The idea was that people dying in a hostel should be able
to get the same care as anyone else dying at home, and that it should be safe for them, for other residents
and for our staff.

What we do now has several parts. A palliative care nurse from the hospice comes to each hostel every
fortnight and sees anyone whom our staff, or the GP practice, are worried about. We use a simple list of
questions, written with the hospice, to help support workers spot when someone may be in the last year of
life: things like going into hospital more often, losing weight, not being able to manage the stairs any
more. The GP practice at Quayside, which already looks after most of our residents, holds a monthly
meeting with the hospice nurse and our senior workers to go through the people on the list and agree a
plan. Where someone wants to, they have a conversation about what matters to them and where they would
like to be when they die, and that is written down and shared with the ambulance service and the hospital.

For medicines, each person on the list who needs strong painkillers has a small locked safe fitted in their
room, the GP prescribes weekly rather than monthly, and the community pharmacy delivers. Just in case
medicines are kept in a locked cabinet in the hostel office rather than in the room, with a signing log,
and district nurses now visit the hostels in the same way they would visit any home. The council's housing
team agreed that anyone who is dying can move to a ground floor room or to one of two rooms in our
newest hostel that have been adapted with a hospital bed and an accessible bathroom, without losing their
place or having to go through the usual allocation process. Finally, our staff get a debrief with the
hospice's chaplain or psychologist after every death.

A lot of this took time to agree. The district nursing team had understandable worries about lone working
in hostels, and we agreed that a support worker would always meet the nurse at the door and stay nearby.
The pharmacy had never delivered controlled drugs to a hostel before and wanted to be sure who was
receiving them. The council had to change a policy to allow room moves outside the allocation system. None
of these were big changes on their own, but they all had to happen for the whole thing to work.
"""),
        ("evidence", None, """
Numbers in our world are small, and I do not think they can tell the whole story, but I will set out what
we know.

Since Not On Their Own started in March 2022, 61 residents have been identified by our staff or the GP
practice as possibly being in the last year of their life. Of those, 44 have had a conversation with the
hospice nurse about their wishes and 39 have a plan shared with the ambulance service and the hospital.

Twenty-two of those residents have died. Fourteen of them died in a hostel, with a plan in place and with
people they knew around them, which is where they told us they wanted to be. Five died in the hospice and
three in hospital. None of the people who died in a hostel was found alone in their room.

The locked safes have been fitted in 27 rooms. Since the safes and the office cabinet were introduced we
have had no reports of a dying resident's medicines going missing. District nurses have made 340 visits to
our hostels in that time.

We asked the hospice to look at the last month of life for the residents who died. In almost every case
there was a record of pain being assessed and treated, and in every case where a just in case medicine was
needed, it was in the building.

The most important evidence, for me, is harder to count. A man we had known for nine years, who had never
stayed in hospital longer than a night, spent his last three weeks in one of the adapted rooms, with his
sister visiting every day. He told the hospice nurse that he had not expected anyone to bother.
"""),
        ("stakeholders", None, """
This was built with the people who live in our hostels and the people who work in them, and it would not
work otherwise.

<<P:Our residents' group, Voices from the Harbour, which is made up of current and former residents, told us
at the start that the word 'palliative' meant nothing to them and that 'end of life' sounded like a death
sentence, so every leaflet and form now talks about 'the care you want if you get very ill'.>> <<P:They
also told us that many residents would not talk to a stranger in a uniform, which is why the hospice nurse
wears her own clothes and the first visit is always with a support worker the person knows.>> <<PS:Danny
Reece, a former resident who now works for us as a peer support worker, helped write the list of questions
support workers use and went with the hospice nurse on her first round of visits to introduce her.>>

<<S:Support workers from all four hostels came to three workshops with the hospice team and asked for
practical training on what to do when someone is dying in the building at night, which the hospice then
designed around their questions.>> <<S:District nurses and our senior workers agreed the lone working
arrangements together after the nurses raised their concerns at a team meeting.>> <<S:The pharmacists at
Quayside Pharmacy suggested the weekly prescriptions and the signing log for the office cabinet, and worked
with our managers to decide who could sign for a delivery.>> <<S:The council's housing needs officers
helped write the room move policy and said that it should be the GP, not the hostel, who confirms that a
move is needed, so that the decision could not be challenged.>>
"""),
        ("value", None, """
The hospice nurse's time is funded by the hospice from its own charitable income, and we think that is
about £28,000 a year. The safes cost £60 each. The two adapted rooms were paid for by a grant from a local
trust. Every other part of this is a change in the way existing services work.

Before this work, our residents who were dying would often go in and out of hospital several times in
their last months, arriving by ambulance in a crisis, and the hospital was where most of them died. A
single emergency admission can cost several thousand pounds. More importantly, people now die with some
dignity and with people who know them.

Our staff told us they feel they are allowed to care now. Staff turnover after a death used to be a real
problem; it is something we hear much less about.
"""),
        ("spread", None, """
We have shared the list of questions, the lone working agreement and the room move policy with the other
two hostel providers in Portbury, and one of them has started working with the hospice in the same way. The
hospice has presented the work at a national homeless health conference and to the regional palliative care
network, and the council has included the room move policy in its new homelessness strategy. We would be
happy to share everything we have with anyone who asks.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I570  urine dipsticks and antibiotics for care home residents - docx -
#       sections in an unusual order (results first) - ICB infection
#       prevention and control lead, tidy - ICB with UKHSA, a GP federation
#       and the council - staff involved - no patient involvement (residents
#       as beneficiaries, families given a leaflet, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I570", format="docx", layout="reordered", topic="care_home_uti_dipsticks_antibiotics",
    project="independent36-dipfree-570", docx_font="Calibri",
    title="Dip Free: safer diagnosis of urinary infections in care home residents",
    cover=[
        "Lead organisation: NHS Rotherholme and Deane Integrated Care Board (Infection Prevention and Control Team)",
        "Partner organisations: UK Health Security Agency (Yorkshire Moors Health Protection Team); Deane Valley GP Federation; Rotherholme Metropolitan Borough Council (Adult Social Care Commissioning)",
        "Submitted by the Lead Nurse for Infection Prevention and Control in the Community",
    ],
    primary_entrant=dict(name="NHS Rotherholme and Deane Integrated Care Board", type="icb"),
    partners=[
        dict(name="UK Health Security Agency", type="public_other"),
        dict(name="Deane Valley GP Federation", type="primary_care"),
        dict(name="Rotherholme Metropolitan Borough Council", type="local_authority"),
    ],
    sections=[
        ("evidence", "Results", """
Results are from the ICB's prescribing data for the 58 older people's care homes in the area, the
GP federation's audit of urine samples sent from care homes, and hospital admission data, comparing 2022/23
with 2024/25.

<<Q:Antibiotic prescriptions for urinary infections in care home residents fell by 39%.>> <<Q:Urine
samples sent to the laboratory from care homes dropped from around 410 a month to 190 a month, and the
proportion that grew a significant organism rose from 34% to 58%, showing that samples are now being sent
for the right residents.>> <<Q:Emergency admissions of care home residents with a primary diagnosis of
urinary infection fell from 212 to 151.>> <<Q:Clostridioides difficile infections in care home residents
went down from 19 cases to 9.>>

In the follow-up audit, no home was still using dipsticks to diagnose infection in residents over 65.
"""),
        ("context", "The issue", """
For many years care homes in Rotherholme and Deane, like most care homes in England, used urine dipsticks
to test residents whenever they seemed unwell: confused, off their food, more tired, or smelly urine. In
people over 65 this is not reliable. A large share of older people, especially women and people with
catheters, have bacteria in their urine without any infection, and the dipstick will be positive. National
guidance since 2018 has been clear that dipsticks should not be used to diagnose urinary infection in this
age group.

The consequence was that residents were being given antibiotics they did not need, with the risk of side
effects, C. difficile infection and resistant bacteria, while the real cause of their illness (a chest
infection, dehydration, constipation, a medicine side effect, sepsis from somewhere else) was missed. The
ICB's serious incident reviews in 2022 included two residents who had been treated for a 'UTI' for several
days after a positive dipstick, when they were in fact developing pneumonia and, in one case, a bowel
obstruction.

Dip Free was launched in 2023. Dipsticks were withdrawn from care homes for use in residents over 65. In
their place, the UKHSA decision tool for suspected urinary infection in older people was adapted into a
one-page form that care staff complete with the resident's symptoms and observations before contacting the
GP, and GP practices agreed not to accept a request for antibiotics or a urine sample from a care home
without it. The form also prompts staff to encourage drinks, look for other causes and check again in 24
hours if the resident is not clearly unwell.
"""),
        ("stakeholders", "Who was involved", """
<<S:Senior care workers from nine care homes tested three versions of the form over two months and told us
the first version had too many medical words, such as 'suprapubic', so the final form uses plain
descriptions and pictures.>> <<S:Care home managers at the council's provider forum raised the worry that
without a dipstick they would be blamed if they 'missed' something, and as a result the GP federation agreed
to a named GP for advice in every home and a line on the form recording that advice was sought.>> <<S:The
UKHSA health protection nurses and the federation's pharmacists worked through 60 anonymised cases with us to
check that the form would have picked up the residents who genuinely had infections.>> <<S:Practice nurses
suggested that catheter care should have its own section, which was added.>>

All care home residents will benefit from fewer unnecessary antibiotics. Families were given a leaflet
explaining why the home would no longer test urine with a dipstick. We plan to talk to the local Healthwatch
about how families can be better informed.
"""),
        ("spread", "Spread", """
UKHSA has shared our form and the GP agreement with other ICBs in the region, three of which are now using
it. The approach has been extended to homes for adults with a learning disability. We have presented the
results at a regional antimicrobial stewardship event.
"""),
        ("value", "Value", """
Dipsticks cost each home several hundred pounds a year, which has now been saved. Fewer laboratory tests and
fewer antibiotic courses have saved the NHS money, and each admission avoided is worth several thousand
pounds. Care staff told us they have a better way of describing a resident's illness to the GP, and GPs say
that the calls they get from care homes are more useful.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I571  acoustic monitoring at night in care homes - pdf - bullet lists -
#       PRIVATE care home group is the primary entrant, with the ICB and the
#       community trust's care home support team as partners (ineligible) -
#       director of care, upbeat - relatives, night staff and partners' staff
#       involved
# ---------------------------------------------------------------------------
entry(
    id="I571", format="pdf", layout="bullet_lists", topic="care_home_acoustic_night_monitoring",
    project="independent36-quietnights-571", pdf_font="LiberationSans", pdf_align="L",
    title="Quieter Nights, Safer Nights: replacing hourly night checks with acoustic monitoring in our care homes",
    cover=[
        "Submitted by Willowmere Care Homes Ltd (nine residential and nursing homes in Lindfordshire)",
        "In partnership with NHS Lindfordshire Integrated Care Board (Quality and Nursing) and Lindfordshire Community Healthcare NHS Trust (Enhanced Care Home Support Team)",
        "Contact: Director of Care and Quality",
    ],
    primary_entrant=dict(name="Willowmere Care Homes Ltd", type="private"),
    partners=[
        dict(name="NHS Lindfordshire Integrated Care Board", type="icb"),
        dict(name="Lindfordshire Community Healthcare NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why we did it", """
Willowmere runs nine homes with 486 beds, most of them for older people living with dementia. Like most care
homes, our night staff used to check every resident every hour or two by opening the door and looking in.

What we found when we looked at our night-time incidents in 2022:

- most falls at night happened in the gap between checks, and residents were often found on the floor at the next check, sometimes after more than an hour

- opening the door and shining a torch woke many residents, who then got up, became disorientated and fell

- residents with dementia slept badly, were tired and more unsteady the next day, and some were prescribed sleeping tablets

- night staff spent most of the night walking corridors rather than with the residents who were actually awake and needed them

- in December 2022 a resident at one of our homes fell in her room shortly after a check and was not found for nearly two hours; she had broken her hip and died in hospital three weeks later

What we changed, from 2023:

- acoustic monitoring in every bedroom in all nine homes: a small unit listens for sounds that suggest a resident needs help (calling out, a fall, coughing, a door opening) and sends an alert to a handset carried by night staff

- routine hourly checks stopped for residents whose care plan says they are not needed, with the decision made with the resident or their family

- the ICB's quality team and the community trust's care home support team helped us set the rules for who should still have in-person checks, for example residents at the end of life or with unstable diabetes

- night staff use the time saved to sit with residents who are awake, and to do planned repositioning and continence care quietly
"""),
        ("evidence", "What the results show", """
We compared the 12 months before the system (2022) with the 12 months after it was in every home (2024), using our incident system and our care records.

- <<Q:falls at night fell from 612 to 398 across the nine homes>>

- <<Q:the average time from an unwitnessed fall at night to a member of staff reaching the resident went down from 41 minutes to 3 minutes>>

- <<Q:hip fractures from falls at night dropped from 14 to 5>>

- <<Q:the number of residents prescribed a sleeping tablet fell by a third>>

- the ICB's quality team checked our data against the ambulance service's call records for our homes
"""),
        ("stakeholders", "Who was involved", """
- <<S:night carers from two pilot homes worked with the supplier for three months to set the sensitivity of the units, after they found the first settings sent an alert every time a resident turned over>>

- <<S:the community trust's care home support nurses helped our nurses write the criteria for residents who still need in-person checks>>

- <<P:relatives at our family forums raised concerns about privacy, so we agreed that the units only send alerts and never record or store sound, and families wrote the explanation that goes in the admission pack>>

- <<P:a resident at our Elmfield home, a retired electrician, asked to see how the unit worked and suggested moving it away from the radiator, which reduced false alerts in that room and then in others>>

- day staff were briefed about the change at handovers

- we will be asking the ICB to help us survey residents' sleep next year
"""),
        ("value", "Value", """
- the system cost around £190,000 across the nine homes, paid by Willowmere

- fewer hip fractures means fewer ambulance calls and hospital stays, each of which costs the NHS thousands of pounds

- night staff say they are doing care, not patrols, and night staff turnover has improved

- families tell us their relatives are calmer and more alert during the day
"""),
        ("spread", "Spread", """
- the ICB has shared our criteria for in-person checks with all care homes in Lindfordshire

- we presented the work at the regional care home quality forum

- two other care home groups have visited our Elmfield home to see the system working
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I572  sick day rules for medicines in care homes - docx - form table -
#       care association's medicines lead, practical - care association
#       (charity) with a primary care network and the LPC - a relatives'
#       group and a resident involved - no staff involvement (staff trained,
#       GPs sent the guide, pharmacists informed, a feedback form that
#       changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I572", format="docx", layout="form_table", topic="care_home_sick_day_rules_medicines",
    project="independent36-sickdayrules-572", docx_font="Arial",
    title="When Residents Are Poorly: sick day rules for medicines in care homes",
    cover_table=[
        ("Title of entry", "When Residents Are Poorly: sick day rules for medicines in care homes"),
        ("Primary entrant", "Eastmere Care Association (registered charity representing independent care providers)"),
        ("Partners", "Eastmere Coast Primary Care Network; Eastmere and Broads Local Pharmaceutical Committee"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
    ],
    primary_entrant=dict(name="Eastmere Care Association", type="charity"),
    partners=[
        dict(name="Eastmere Coast Primary Care Network", type="primary_care"),
        dict(name="Eastmere and Broads Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "Describe the context and the patient safety problem", """
Many care home residents take medicines that can become dangerous when they are dehydrated, for example
during a bout of diarrhoea and vomiting or a high temperature: metformin, blood pressure tablets such as
ramipril, water tablets, and anti-inflammatory painkillers. Guidance says these should usually be paused
for a day or two until the person is eating and drinking again (often called 'sick day rules'). In care
homes nobody was doing this. Care staff cannot stop a prescribed medicine without an instruction, and
GPs were rarely asked. The result was acute kidney injury, very low blood pressure and falls, and in
some cases lactic acidosis from metformin.

During the norovirus season of winter 2022/23, 31 residents across our member homes on the Eastmere coast
were admitted to hospital with acute kidney injury during a stomach bug. Hospital doctors told us that
several had continued to be given all of their usual tablets even though they had not eaten for days.

Our partnership with the PCN and the LPC introduced a 'sick day' plan for every resident on one of these
medicines. The PCN's clinical pharmacists review each resident's medicines and write a plan listing which
medicines to pause, for how long, and when to restart. The plan sits at the front of the medicines
record, and community pharmacies print a 'SICK DAY' symbol on the administration chart next to each
medicine affected. When a resident becomes unwell, the senior carer follows the plan and tells the GP
practice the same day.
"""),
        ("evidence", "What evidence do you have of improvement?", """
<<Q:Admissions of residents from our member homes with acute kidney injury during a diarrhoea and vomiting
illness fell from 31 in winter 2022/23 to 12 in winter 2024/25.>> <<Q:In homes with an outbreak, the
proportion of affected residents whose 'sick day' medicines were paused on the first day rose from 4% in
the first audit to 79% in the latest.>> By March 2025, 1,028 residents in 44 homes had a sick day plan.
Data come from the hospital's kidney injury alerts, the homes' outbreak logs and the PCN's audit.
"""),
        ("stakeholders", "How have patients, service users and staff been involved?", """
<<P:The association's relatives' group looked at an early version of the plan and said families should be
told when a medicine is paused, because several had been alarmed to find a parent's tablets 'stopped'
without explanation; the plan now includes a tick box for telling the family.>> <<P:A resident at
Seaholme House, a former district nurse herself, reviewed the wording on the resident's copy and asked
for larger print and for the word 'pause' rather than 'stop', which we used throughout.>>

Senior carers in all 44 homes were trained in using the plan. GPs were sent a copy of the guide. Community
pharmacists were informed about the new symbol by the LPC. We collected feedback forms from care homes
after the training and they were positive, so no changes were made. We plan to set up a care staff group
to review the plan each year.
"""),
        ("value", "What value has the partnership delivered?", """
The plans are written within the clinical pharmacists' existing care home sessions, and the pharmacies print
the symbol at no extra cost. Each admission avoided saves several days in hospital and the risk of a
resident not returning home. Residents are less likely to become very unwell during an outbreak and fewer
go to hospital.
"""),
        ("spread", "How has the work been shared or spread?", """
The two other PCNs in Eastmere have adopted the sick day plan, and the LPC has shared the symbol with all
pharmacies that supply care homes in the county. The ICB has included sick day plans in its care home
medicines standard.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I573  controlled drugs on ambulance stations - docx - rubric headings -
#       ambulance service head of medicines management, formal - departments
#       of one ambulance trust only (no partner: ineligible) - staff involved
#       - no patient involvement (patients as beneficiaries, a plan, a lay
#       member of a committee only updated)
# ---------------------------------------------------------------------------
entry(
    id="I573", format="docx", layout="rubric_headings", topic="ambulance_controlled_drugs_stations",
    project="independent36-everyampoule-573", docx_font="Calibri",
    title="Every Ampoule Accounted For: controlled drugs security across our ambulance stations",
    cover=[
        "Category: Best Partnership Solution Improving Patient Safety",
        "Organisation: Three Shires Ambulance Service NHS Trust",
        "A joint project of the Medicines Management Team, Operations (Emergency Services), Fleet and Logistics, Estates and Information Technology",
        "Lead: Head of Medicines Management and Chief Pharmacist",
    ],
    primary_entrant=dict(name="Three Shires Ambulance Service NHS Trust", type="emergency_service"),
    partners=[],
    sections=[
        ("context", "The context in which the partnership was needed, and its patient safety goals", """
Three Shires Ambulance Service NHS Trust operates from 46 ambulance stations and make-ready hubs across
three counties. Paramedics carry controlled drugs, principally morphine and midazolam, to treat severe pain
and prolonged seizures. Until 2023 these were held in locked safes at each station and signed in and out in
paper registers at the start and end of every shift.

The paper system was a source of repeated incidents. Registers were illegible or incomplete, pouches were
returned at the end of a long shift without being checked, and discrepancies were often found days later,
when it was impossible to work out what had happened. Some discrepancies related to ampoules broken in use
and not recorded; others could not be explained. In 2022 the trust reported 148 controlled drug
discrepancies to the controlled drugs accountable officer, and in two cases a police investigation
followed. As well as the risk of diversion and harm to staff, a crew that starts a shift without a
complete controlled drugs pouch may be unable to give pain relief to a patient with a fracture or stop a
child's seizure.

In 2023 the Medicines Management Team, Operations, Fleet and Logistics, Estates and IT worked together to
replace the paper registers with electronic controlled drugs safes at every station. Each paramedic
withdraws and returns a sealed pouch using their identity card and fingerprint, the safe records the time
and the seal number, and any pouch not returned within an hour of the end of a shift triggers an alert to
the duty manager. Administrations are recorded on the electronic patient record, which is reconciled
automatically with the safe every night.
"""),
        ("evidence", "Evidence of improvements in safety", """
<<Q:Controlled drug discrepancies reported to the accountable officer fell from 148 in 2022 to 31 in
2024.>> <<Q:The median time taken to identify a discrepancy went down from 5 days to less than 24
hours.>> <<Q:Discrepancies that could not be explained after investigation fell from 37 to 3.>>

<<Q:Incidents in which a crew started a shift without a complete controlled drugs pouch dropped from 212 to
19.>> The electronic safes recorded around 410,000 withdrawals and returns in 2024.
"""),
        ("stakeholders", "How staff, patients and partners were involved", """
<<S:Paramedics and emergency care assistants at three pilot stations tested two types of safe and chose
the one that could be opened with a glove on, after finding the touch screen on the other model would not
respond.>> <<S:Union representatives raised concerns about fingerprint data, and as a result the trust
agreed that the data would be held only on the safe itself and not on a central system.>> <<S:Fleet
technicians suggested moving the safes from station offices into the vehicle preparation areas, so that
crews did not have to walk across the station with drugs at the start of a shift.>> <<S:Duty managers
helped design the alert rules and asked for them to go to the on-call manager's phone at night.>>

The benefits of the project are for patients, who are more likely to receive pain relief promptly. The
lay member of the trust's medicines optimisation committee was updated on progress at each meeting. We
intend to include patient representatives when we review the pouch contents next year.
"""),
        ("value", "Value for money and the benefits to patients and staff", """
The electronic safes cost £620,000 over five years, including maintenance. This has been partly offset by
ending the printing and storage of paper registers and by the reduction in time spent investigating
discrepancies, which we estimate at around 3,000 hours a year across pharmacy technicians and managers.
Crews report that the start of shift is quicker, and the risk of staff coming under suspicion for
discrepancies they did not cause is much lower.
"""),
        ("spread", "How the work has been shared and spread", """
The project has been presented to the national ambulance chief pharmacists' network and to the regional
controlled drugs local intelligence network. Two other ambulance services have visited our stations to see
the safes in use.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I574  controlled drugs left in the home after a death - pdf (made in Word
#       and converted) - style headings - district nursing service lead,
#       plain - community trust with the police, the LPC and a hospice -
#       bereaved relatives and staff involved - NO spread section - no
#       quantitative evidence (counts and one audit figure)
# ---------------------------------------------------------------------------
entry(
    id="I574", format="pdf", layout="style_headings", render_via="soffice", topic="controlled_drugs_after_death_at_home",
    project="independent36-safereturn-574", docx_font="Calibri",
    title="Safe Return: removing and disposing of controlled drugs left at home after a death",
    cover=[
        "Lead organisation: Wendover Vale Community Health NHS Trust (Adult Community Nursing)",
        "Partners: Wendover and Chiltern Police (Drugs and Diversion Team); Wendover Vale Local Pharmaceutical Committee; Hollybank Hospice",
        "Submitted by the Head of Adult Community Nursing",
    ],
    primary_entrant=dict(name="Wendover Vale Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Wendover and Chiltern Police", type="emergency_service"),
        dict(name="Wendover Vale Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Hollybank Hospice", type="charity"),
    ],
    sections=[
        ("context", "Context", """
When someone dies at home, there are often strong painkillers and sedatives left in the house: morphine
and oxycodone liquids and ampoules, fentanyl patches, midazolam. These are controlled drugs. Legally they
belong to the person who died and their estate, and district nurses are not allowed to remove them.
Families are asked to take them back to a pharmacy, but many do not know this, are too upset to think
about it, or keep them 'just in case'. The result is a risk to children and grandchildren in the house,
to visitors, and to anyone who might misuse them or sell them.

In 2022 our district nurses reported a number of incidents. Unused medicines were found in a house that
was being cleared for sale. A teenager in one family was taken to hospital after taking oxycodone liquid
left after his grandmother's death. A pharmacy was presented with a bag containing more than 40 ampoules
of diamorphine by a relative months after a death. The police drugs and diversion team told us that they
regularly came across palliative care medicines during searches.

Safe Return, which started in 2023, has four parts. District nurses now talk to families about what will
happen to the medicines before the person dies, as part of the end of life care plan, and ask whether
they would like the nurse to take them to a pharmacy after the death. If the family agrees and signs a
consent form, the district nurse can remove them, record them in a sealed, numbered bag and take them to
one of eleven community pharmacies signed up to the scheme, which destroy them and send a confirmation
back. If the family declines, they are given a return bag and a leaflet, and the nurse checks at the
bereavement visit. Where nurses have concerns that medicines may be misused, they can contact the police
drugs and diversion team for advice.
"""),
        ("evidence", "Evidence", """
Between April 2023 and December 2024, district nurses discussed medicines disposal with the families of
1,312 patients on the end of life register. After 904 deaths, families asked the nurses to remove the
medicines, and the nurses returned 904 sealed bags to the participating pharmacies. All 904 were confirmed
as destroyed.

An audit of 100 records of people who died at home in 2024 found that the conversation about medicines
disposal was recorded in 86.

We have had no incidents reported of a child or other family member taking a controlled drug left after a
death since the scheme began. We are not able to say whether this is fewer than before, because incidents
were not recorded consistently before 2023.
"""),
        ("stakeholders", "Involvement", """
<<P:We held two conversations with bereaved relatives through the hospice's bereavement service, and they
told us that being handed a bag of medicines to take to a pharmacy in the days after a death felt
impossible, which is why the nurse now offers to take them.>> <<P:One widow, Mrs Patricia Hale, helped us
rewrite the consent form so it no longer used the word 'disposal' about her husband's things.>>

<<S:District nurses worked with the LPC and the pharmacies on the sealed bag system, and it was the
nurses who asked for the bags to be numbered so that they could not be accused of taking anything.>>
<<S:The police drugs and diversion team helped our nurses design the advice line for cases where they have
concerns, after nurses told them they did not want families to feel they had called the police.>>
<<S:Hospice nurses tested the end of life care plan section on medicines on their own caseload for three
months before it was used by district nurses.>>
"""),
        ("value", "Value", """
The cost of the sealed bags is small, and the pharmacies are paid a fee through the LPC from the existing
waste medicines budget. Each district nurse visit to return medicines takes about 20 minutes. The benefits
are harder to put a price on: families have one less thing to do at the worst time, and there are fewer
dangerous medicines in homes and in the community.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="spread"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I575  family carers giving as-needed injections at home - pdf - own
#       headings with a note at the end - hospice nurse consultant, warm -
#       hospice with the community trust and a GP federation - carers
#       involved - no staff involvement (district nurses trained, GPs told,
#       a staff survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I575", format="pdf", layout="own_headings", topic="carer_administered_subcutaneous_medicines",
    project="independent36-carersconfident-575", pdf_font="DejaVuSans", pdf_align="J",
    title="Carers Can: supporting family carers to give as-needed injections safely at the end of life",
    cover=[
        "Lead: Marram Coast Hospice",
        "Partners: Norbridge Community NHS Trust (Adult Community Nursing); North Marram GP Federation",
        "Entry by the Nurse Consultant for Community Palliative Care",
    ],
    primary_entrant=dict(name="Marram Coast Hospice", type="charity"),
    partners=[
        dict(name="Norbridge Community NHS Trust", type="nhs_trust"),
        dict(name="North Marram GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "Why Carers Can was needed", """
In the last days of life, many people can no longer swallow, and medicines for pain, agitation, sickness
or breathlessness have to be given by injection under the skin. At home this is usually done by a
district nurse. Along the Marram coast, where villages are spread out and roads are slow, families were
waiting an average of nearly two hours for a district nurse to arrive after ringing, and at night it could
be longer. During that time the person was in pain or distressed, and families told us it was the worst
part of the whole experience.

Some families had asked whether they could give the injections themselves. This is supported by national
guidance, and some areas have done it for years, but here it had never been offered. District nurses were
worried about safety: the wrong dose, the wrong drug, a needle injury, or a carer being left to feel
responsible if the person died soon after an injection.

Carers Can was started by the hospice in 2023 with the community trust and the GP federation. A family
carer who wants to take part, and whose relative agrees, is taught by a hospice nurse over two or three
visits to give as-needed doses through a small plastic line left under the skin, so no needle goes into
the person. Medicines are drawn up from colour-coded, pre-labelled syringes prepared by the district nurse
each day, so the carer never has to calculate or draw up a dose. The carer writes each dose on a simple
chart and rings the hospice advice line before giving a second dose of the same medicine within four hours.
Carers can stop at any time, and a nurse is always available.
"""),
        ("evidence", "What has changed", """
We compared 2022, before the scheme, with the first full year of Carers Can (2024), for patients on the
hospice community caseload who died at home.

<<Q:For the 118 patients whose carers took part, the average time from a symptom starting to a dose being
given fell from 1 hour 52 minutes to 11 minutes.>> <<Q:Urgent out-of-hours calls to district nurses for
as-needed injections from families in the scheme went down by 70% compared with similar families in
2022.>> <<Q:Carers who rated their relative's symptom control in the last 48 hours as good or excellent
rose from 52% to 84% in the hospice's bereavement survey.>>

There were four medicines incidents involving carers during the year, all involving a dose written on the
chart at the wrong time, and none caused harm.
"""),
        ("stakeholders", "Involvement", """
<<P:Before we started, six carers whose relatives had died at home met with us over two evenings; they told
us they would never draw up an injection themselves but would be happy to give one that was ready, which
is why we use pre-filled, colour-coded syringes.>> <<P:The hospice's carers' reference group went through
the training booklet line by line and asked for a page on 'what if I make a mistake', which is now the
most-read page.>> <<P:Gillian Marsh, whose husband was one of the first patients, suggested the fridge
magnet with the advice line number and the four-hour rule, after she found herself searching for the
number at 3am.>>

District nurses from all six teams have been trained to prepare the syringes and supervise carers. GPs in
the federation were told about the scheme at their protected learning time. We surveyed district nurses
after six months; most were supportive, and we did not change the scheme. We plan to involve nurses in an
evaluation in 2025.
"""),
        ("value", "Value", """
Training a carer takes about three hours of hospice nurse time. Each avoided district nurse call-out saves
at least an hour of travel and visit time, and in rural areas often more. Most importantly, people are
not left waiting in pain, and many carers have told us how much it meant to be able to do something
themselves.
"""),
        ("spread", "Sharing", """
The training booklet and the colour-coded syringe labels have been shared with the other three hospices in
the county, one of which has started its own scheme. We have presented at the regional end of life care
network and at the hospice's annual conference.
"""),
    ],
    trailer=[
        ("heading", "A note on consent and choice"),
        ("text", "Taking part is always voluntary. No carer is asked to give injections if they do not want to, and a nurse visit can be requested at any time, including when a carer is already trained."),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I576  urgent medicine supplies referred from NHS 111 to community pharmacy -
#       docx - bullet lists - short - PRIVATE pharmacy company is the primary
#       entrant, with the ICB and the ambulance trust running NHS 111 as
#       partners (ineligible) - pharmacy services manager, brisk - patients
#       involved - no staff involvement (pharmacists trained, 111 advisers
#       told) - NO value section
# ---------------------------------------------------------------------------
entry(
    id="I576", format="docx", layout="bullet_lists", topic="nhs111_urgent_medicine_supply_pharmacy",
    project="independent36-nomissedmeds-576", docx_font="Verdana",
    title="No Missed Medicines: faster urgent supplies for NHS 111 callers who run out of essential medicines",
    cover=[
        "Submitted by Halden Pharmacy Group Ltd (27 community pharmacies in Halden and the Moorlands)",
        "With NHS Halden and Moorlands Integrated Care Board and Peak and Dales Ambulance Service NHS Trust (NHS 111)",
        "Contact: Pharmacy Services Manager",
    ],
    primary_entrant=dict(name="Halden Pharmacy Group Ltd", type="private"),
    partners=[
        dict(name="NHS Halden and Moorlands Integrated Care Board", type="icb"),
        dict(name="Peak and Dales Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "Background", """
- every weekend NHS 111 takes calls from people who have run out of a medicine they cannot go without: epilepsy medicines, insulin, Parkinson's medicines, inhalers, blood thinners

- 111 can refer these callers to a community pharmacy for an urgent supply, but in 2022 many referrals went to pharmacies that were closed, did not have the medicine in stock, or did not see the referral for hours

- callers then rang 111 again, went to A&E or went without; in 2022 the ICB recorded incidents of people having seizures and high blood sugar after missing doses over a bank holiday weekend

- in one case in May 2022 a woman with epilepsy was referred on a Saturday morning to a pharmacy that closed at noon; nobody rang her back, she had no tablets left for the rest of the weekend, and she had a seizure on the Sunday and was taken to A&E

- referrals arrived in generic email inboxes that were not always checked at weekends, and people in moorland villages without a car often could not travel to a pharmacy in another town even when one had the medicine

- the pharmacy receiving the referral had no way of knowing whether another pharmacy nearby had the medicine on the shelf

- from 2023 we agreed with the ICB and the 111 service that weekend and evening urgent supply referrals in Halden go to one of our pharmacies that is open, can see a live stock list across all 27 branches, and will send the medicine by taxi or courier from another branch if needed

- each of our pharmacies has a pharmacist who checks the referral inbox every 30 minutes, and rings the caller within an hour of referral
"""),
        ("evidence", "What has happened", """
- <<Q:referrals where the patient received the medicine on the same day went up from 64% in 2022 to 95% in 2024>>

- <<Q:repeat calls to 111 from the same patient about the same medicine within 24 hours fell from 18% to 4%>>

- <<Q:the average time from a 111 referral to the pharmacist first speaking to the patient went down from 3 hours 20 minutes to 38 minutes>>

- our pharmacies handled 6,940 urgent supply referrals from 111 in 2024

- data are from the 111 referral system and our own dispensing records

- we had no reports in 2024 of a patient coming to harm because an urgent supply referred to one of our pharmacies did not arrive
"""),
        ("stakeholders", "Who was involved", """
- <<P:members of the Halden Epilepsy Support Group told us that the worst thing was not knowing whether a pharmacy would have their medicine when they got there, so the pharmacist now confirms the stock on the first call>>

- <<P:a Parkinson's UK local group meeting looked at the first text message we sent and asked us to give a time the medicine would be ready, which we now include>>

- <<P:one caller, a young man with type 1 diabetes who had waited all afternoon for a call in 2022, helped us test the new process as a 'mystery caller'>>

- all of our pharmacists were trained on the new referral inbox

- 111 health advisers were told about the change through the ambulance trust's staff bulletin
"""),
        ("spread", "Spread", """
- the ICB has asked other pharmacy owners in Halden to use the same stock-sharing and 30-minute inbox check standard

- the ambulance trust's 111 service is considering the approach for its other two ICB areas

- we have shared the process with Community Pharmacy England
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="missing_section", criterion="value"),
    ],
)
