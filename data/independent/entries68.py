"""Sixty-eighth independent evaluation set (I1073..I1088) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional, apart from
a few national public bodies named as partners.  The entries are meant to be ordinary:
the kind of thing councils, NHS trusts, prison and custody healthcare teams, police
forces, ambulance services, GP federations, universities, homelessness, Traveller, sex
worker and drug and alcohol charities and the odd private provider send in, in their own
voices and at their own length.  The theme of this set is health inclusion: people
experiencing homelessness, prisons and police custody, asylum seekers, Gypsy and
Traveller communities, sex workers and people who use drugs.

Topics: a joint review of every death of a person who is homeless (a council public
health team, own headings), people who inject drugs and leave hospital before their
serious infection is treated (an acute trust, bold headings with a cover table), low
blood sugar at night in men on insulin in a prison (a community trust's prison healthcare
service, numbered questions with cover bullets), women who are pregnant in police custody
(a police force, CAPS headings), infection control at a large asylum accommodation site (a
GP federation, two columns), self-harm and suicidal distress in asylum hotels (a private
accommodation contractor as primary entrant, a form), suicide prevention with young
Gypsy and Traveller men (a Traveller charity, no headings, long), health visiting for
babies living on roadside encampments (a community trust health visiting service, a pdf
made from Word), fast medical care for sex workers after violence (a sex worker charity,
rubric headings), hepatitis B vaccination courses completed by people who sell sex (a
university lead, lists), collapses after synthetic cannabinoid use in a prison (an
ambulance service, a form), a managed alcohol programme in a hostel (a hostel charity,
results first, no spread section), older men with dementia in prison (a council adult
social care team, style headings), pregnant women who are homeless (departments of one
acute trust, no partner, with appendix), overdose after leaving residential rehab early
(a private rehab company as primary entrant, numbered questions) and people released from
police custody at night with nowhere to go (a police force, short lists with no evidence
section).

Build it with

    .venv/bin/python data/independent/build.py --set 68   (writes data/corpus/independent68/)

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
  * not Q: dates, financial years, bed/ward/hostel/site counts, headcounts, numbers
    trained, activity counts (visits, calls, referrals, checks, kits, reviews, people
    screened, vaccinated or identified), single figures with no baseline, a zero with no
    earlier figure, figures that did not change, budgets, costs and savings estimates,
    phone numbers, postcodes, reference numbers, targets not yet reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    (including 'halved', 'a third fewer' and a sustained shift on an SPC chart);
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, friends and family of people who died, experts by
    experience, unusual names for groups, unusual job titles, list items), wherever in
    the entry it is told; a peer or outreach worker with lived experience, employed by
    an entrant, who helped design the work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed, screened or sent letters
    and texts, plans and intentions, negations, unnamed 'stakeholders', organisations
    agreeing or funding, a single named lead doing their job, audiences at launches and
    meetings that were only updated, surveys and questionnaires after which nothing
    changed.

Organisation types follow the earlier sets (ambulance services and police forces are
emergency_service; GP practices, GP federations and primary care networks are
primary_care; homelessness, Traveller, refugee, sex worker, women's and drug and alcohol
charities are charity; prisons (HM Prison and Probation Service) and national public
bodies such as the UK Health Security Agency are public_other; a university is
university; accommodation contractors and residential rehab companies are private).  A
department or team of the entrant's own organisation is not a partner.  Flags are written
by hand and build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1073  joint review of every death of a person who is homeless - pdf - own
#        headings - council consultant in public health, reflective - council
#        with the ICB, a homelessness charity and the police - friends of the
#        people who died and experts by experience (told in the value section)
#        and staff involved - an SPC shift as one claim - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1073", format="pdf", layout="own_headings", topic="homeless_deaths_multi_agency_review",
    project="independent68-everydeathcounts-1073", pdf_font="LiberationSans", pdf_align="L",
    title="Every Death Counts: learning together from the deaths of people who are homeless in Marlcaster",
    cover=[
        "Lead organisation: Marlcaster City Council (Public Health)",
        "Partners: NHS Marlcaster and Teign Vale Integrated Care Board; St Brannock's Trust (homelessness charity); Westmoor and Teign Police",
        "Entry written by a Consultant in Public Health, Marlcaster City Council",
    ],
    primary_entrant=dict(name="Marlcaster City Council", type="local_authority"),
    partners=[
        dict(name="NHS Marlcaster and Teign Vale Integrated Care Board", type="icb"),
        dict(name="St Brannock's Trust", type="charity"),
        dict(name="Westmoor and Teign Police", type="emergency_service"),
    ],
    sections=[
        ("context", "Why we needed to do this", """
In 2021 at least 23 people died in Marlcaster while they were sleeping rough, living in a hostel or
staying in temporary accommodation. The youngest was 24. Most of these deaths were neither sudden nor
unexpected. They came after months, sometimes years, of contact with the emergency department, GP
practices, drug services, the police, probation and housing teams. Yet nobody looked at them as a group.
The hospital reviewed a death if it happened on a ward. The coroner held an inquest if the death was
unnatural. A safeguarding adults review could be held if the person had care and support needs, but in
2021 that happened for one person out of the 23.

Hostel staff had been telling us for years what they saw: people sent out of hospital with nowhere to
go, people who lost their GP registration every time they moved bed, people who came out of prison on a
Friday and were found dead in a stairwell the following week. We believed them, but we had no way of
showing the pattern, and no single organisation could change it alone.

In the spring of 2022 the council's public health team, the integrated care board, St Brannock's Trust
(which runs the city's two largest hostels and its day centre) and the police agreed to look together at
every death of a person who was homeless, or had been homeless at any point in the year before they
died. The police tell us about deaths they attend, St Brannock's and the other housing providers tell us
about residents and people they know from outreach, and the hospital's bereavement office tells us about
deaths on the wards. A panel meets every six weeks. Each review asks three questions: who was this
person, what happened in their last year, and what would have had to be different for them to still be
alive. The panel agrees actions and the organisation that owns each one reports back until it is done.
"""),
        ("evidence", "What has changed because of the reviews", """
Since April 2022 the panel has reviewed 71 deaths and agreed 38 actions, of which 31 are complete. Of
the 71 people, 14 had left prison in the year before they died and 26 had been discharged from hospital
in the last three months of their life. The median age at death was 47.

The biggest single change has been at the hospital. Whenever a person with no fixed address is expected
to be discharged, the ward now sends a same-day message to the council's housing options team and to
the St Brannock's outreach team, and nobody is discharged to the street without a conversation about
where they will sleep that night. <<Q:Deaths within 28 days of leaving hospital among people with no
fixed address fell from 9 in the two years before the panel started to 2 in the two years since.>>

The second change was naloxone. Reviews kept finding that overdoses in the hostels were discovered by a
night worker who then had to run down to the office for a kit. Naloxone is now kept on every floor of
every hostel and in the day centre, and night workers carry it on their rounds. <<Q:On our statistical
process control chart of monthly ambulance call-outs for suspected overdose at the two St Brannock's
hostels there has been a run of eleven months below the centre line since naloxone went onto every
floor, a sustained shift downwards.>>

People leaving the local prison with no address are now registered with the city's specialist homeless
health practice before they are released, so that a prescription for opioid substitution treatment can
be collected on the day of release.
"""),
        ("stakeholders", "Who took part", """
<<S:Night workers from St Brannock's hostels told the panel that the overdoses they found were often in
the first week after a resident came back from hospital or prison, and it was their idea to put naloxone
on every floor rather than only in the office.>> <<S:Paramedics from the city ambulance station joined
three of the reviews and asked for the hostels to be flagged on the dispatch system so that crews know
naloxone is already on site.>> <<S:The hospital's discharge coordinators designed the same-day message
with the housing options team and changed it twice in the first month, because the housing officers
needed the ward's direct phone number and not just the name of the ward.>> <<S:GPs at the homeless
health practice go through the medical history before each panel and rewrote their own registration
policy so that people keep their registration when they move between hostels.>>

Friends of the person who died are always invited. <<P:It was a man who had slept in the same doorway as
one of the people we reviewed for nearly two years who told the panel that his friend had been turned
away from the winter night shelter for being drunk, and the shelter has since dropped that rule.>>
<<P:A mother whose son died in a hostel in 2022 came to his review and asked that families be told when
their relative is admitted to hospital if the person agrees, and the hospital's homeless discharge
checklist now includes that question.>>

The panel is chaired by the director of public health.
"""),
        ("value", "Is it worth it?", """
The panel costs about £18,000 a year, mostly public health staff time, plus a sessional fee for two
experts by experience. Every action so far has been carried out within existing budgets. A single
emergency admission for someone who is homeless is known to cost well above the average, and the cost of
a death, to family and friends and to the people who find them, is not something we can count.

<<P:The two experts by experience who sit on the panel, both of whom lived in hostels in the city for
several years, asked that every review begin with a short account of who the person was, written with
people who knew them, instead of a list of contacts with services, and every review now starts that
way.>> Hostel staff tell us that, for the first time, they feel that a death in their building leads to
something. Several have said it has changed how they feel about the work.
"""),
        ("spread", "Beyond Marlcaster", """
The integrated care board has agreed to fund the same panel in the two other council areas it covers,
starting in 2025, using our terms of reference and review template. The regional network of directors of
public health has asked us to present the model, and we have shared it with the coroner's office, which
now sends us the names of people whose address at death is a hostel or temporary accommodation. We
publish a short annual report of what has changed, without names, so that other areas can see what a
review of this kind can lead to. Our one piece of advice to anyone starting out is to invite the people
who knew the person best, because they always tell us something no record does.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1074  people who inject drugs leaving hospital before a serious infection
#        is treated - docx - bold headings with a cover table - consultant in
#        infectious diseases, direct - acute trust with a drug and alcohol
#        charity and the council's housing service - staff involved - NO
#        patient involvement (patients given a leaflet, a questionnaire that
#        changed nothing, a negation, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1074", format="docx", layout="bold_headings", topic="pwid_self_discharge_serious_infection",
    project="independent68-wholecourse-1074", docx_font="Calibri",
    title="The Whole Course: keeping people who inject drugs in hospital until their infection is treated",
    cover_table=[
        ("Entry title", "The Whole Course: keeping people who inject drugs in hospital until their infection is treated"),
        ("Lead organisation", "Kirkfell Teaching Hospitals NHS Foundation Trust (Infectious Diseases and Addiction Liaison)"),
        ("Partner organisations", "Crossway Recovery (drug and alcohol charity); Kirkfell City Council (Housing Options)"),
        ("Contact", "Dr Owen Maddox, Consultant in Infectious Diseases"),
    ],
    primary_entrant=dict(name="Kirkfell Teaching Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Crossway Recovery", type="charity"),
        dict(name="Kirkfell City Council", type="local_authority"),
    ],
    sections=[
        ("context", "The problem", """
People who inject drugs get some of the most serious infections we treat: infection of the heart valves
(endocarditis), infected bones and joints, deep abscesses, and bloodstream infections. Most of these need
four to six weeks of intravenous antibiotics. For a long time we were losing a large share of these
patients part-way through. They would leave the ward, often at night, sometimes with a cannula still in
their arm, and come back weeks later sicker than before, or not come back at all.

When we looked at the reasons, they were not a mystery. Patients were in withdrawal because opioid
substitution treatment had not been started or the dose was too low. Pain relief was withheld because
staff were worried about drug seeking. People were worried about losing their hostel bed, which is
usually given up after a few nights away. Many felt judged by staff and left after an argument. Nobody
from their drug service knew they had been admitted.

In 2021/22 we admitted 58 people who inject drugs with infections needing at least two weeks of
intravenous treatment. Three died after leaving early, one from endocarditis and two from overdose after
their tolerance had fallen in hospital.
"""),
        ("evidence", "What has improved", """
The Whole Course started in September 2022. Every patient who injects drugs and is admitted with a
serious infection is seen by the addiction liaison nurse within one working day. Opioid substitution
treatment is started or continued on the day of admission using an agreed dosing guide, and pain is
treated using a separate guide written with the pain team. Crossway's hospital in-reach worker visits
within 48 hours. The council's housing options team holds the person's bed or finds another one before
discharge, and nobody is discharged without naloxone. Where it is safe, patients can finish their
treatment with long-acting antibiotics or oral antibiotics instead of weeks of drips.

<<Q:The proportion of these admissions that ended in self-discharge before treatment was finished fell
from 41% in 2021/22 to 17% in 2023/24.>> <<Q:Opioid substitution treatment started within 24 hours of
admission went up from 38% of patients to 86%.>> <<Q:Readmissions within 30 days with the same infection
fell from 13 to 5 over the same two years.>>

In 2023/24 we admitted 64 patients to the pathway.
"""),
        ("stakeholders", "Who was involved", """
<<S:Nurses on the two infectious diseases wards met with the addiction liaison team over several months
and told us that the hardest times were nights and weekends, when nobody could prescribe opioid
substitution treatment, so the dosing guide now allows the on-call doctor to start it without waiting
for a specialist.>> <<S:Ward pharmacists rewrote the pain guide with the pain team after finding that
patients on methadone were being given too little pain relief.>> <<S:Crossway's recovery workers told
us that patients would stay if they could keep in touch with their keyworker, and they now visit the ward
twice a week and join discharge planning meetings.>> <<S:Housing officers from the council agreed with
the hostels a rule that a bed is kept for up to six weeks if the person is in hospital, and designed the
notification form the ward sends them.>>

Patients on the pathway are given a leaflet explaining what will happen during their stay. We asked 30
patients to fill in a questionnaire about their stay and the answers were mostly positive, so we did not
change anything. Nobody who had left hospital early was asked to help shape the work at the start, which
we regret. We plan to set up a group with people who have lived experience in 2025.
"""),
        ("value", "Value for money", """
A patient who leaves early and comes back with a worse infection can need heart surgery or months in
hospital. Each readmission of this kind costs the trust tens of thousands of pounds. Using long-acting
and oral antibiotics where possible has also freed beds. The in-reach worker post is funded by the
council's drug and alcohol grant and the nurse post came from an existing vacancy.

Ward staff say that nights are calmer now that withdrawal is treated. Fewer security calls are made to
the wards.
"""),
        ("spread", "Spread", """
The dosing guide and pain guide are now used across the trust, including the emergency department and
the orthopaedic wards. We presented the work at the regional infection network meeting and the trust
next door is copying our pathway. The council has written the six-week bed rule into its contracts with
all supported housing providers.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1075  low blood sugar at night in men on insulin in a prison - docx -
#        numbered questions with cover bullets - head of healthcare, practical
#        - community trust running prison healthcare with the prison and the
#        acute trust's diabetes service - men in the prison (unusually named
#        group) and staff involved - NO quantitative evidence (sensors fitted,
#        officers trained, checks done, a single percentage, a target, a plan
#        to compare)
# ---------------------------------------------------------------------------
entry(
    id="I1075", format="docx", layout="numbered_questions", topic="prison_night_hypoglycaemia_insulin",
    project="independent68-sugarchecked-1075", docx_font="Arial",
    title="Lights Out, Sugar Checked: safer nights for men on insulin at HMP Fellbridge",
    cover=["HSJ Patient Safety Awards - Best Partnership Solution Improving Patient Safety"],
    cover_bullets=[
        "Lead: Brackmoor Community Health NHS Trust (Healthcare Department, HMP Fellbridge)",
        "Partners: HMP Fellbridge (HM Prison and Probation Service); Alderbury Hospitals NHS Trust (Diabetes and Endocrinology)",
        "Contact: Head of Healthcare, HMP Fellbridge",
    ],
    primary_entrant=dict(name="Brackmoor Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="HMP Fellbridge", type="public_other"),
        dict(name="Alderbury Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "1. Why was the partnership needed?", """
HMP Fellbridge is a category B men's prison holding about 1,100 men. At any one time around 50 of them
take insulin. Prison life makes insulin hard to manage safely. The evening meal is served at about
4.30pm and there is nothing else until breakfast unless a man has bought food from the canteen. Cells are
locked from about 7pm until 8am, and at night there is one nurse on site for the whole prison. Officers
on night duty can see into a cell through the observation panel but cannot open the door without a
second officer and the night orderly officer.

Low blood sugar at night can make a man sweaty, confused or aggressive, then drowsy, then unconscious,
and it can look very much like someone who is under the influence of drugs. In 2022 two men on insulin
were found unresponsive in their cells in the morning, one of whom spent four days in intensive care.
Our review found that insulin doses had not been changed for the long overnight fast, the night nurse had
no way of knowing who was at risk, and officers did not know what to look for or that a man who seemed
'out of it' might need sugar rather than a search.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
Since March 2024 every man on insulin has been offered a glucose sensor worn on the arm, and 31 men now
wear one. The sensor readers are kept in the healthcare department at night and alarm when a reading
drops below a set level, so the night nurse can go straight to the cell. Each man's insulin has been
reviewed by the hospital's diabetes specialist nurse, who now runs a monthly clinic in the prison. Men
on insulin can keep a night snack and glucose tablets in their cell, and the evening meal for them
includes a pack to take back.

In the six months to September 2024 the night nurse received 212 sensor alarms, and 88% were answered at
the cell door within ten minutes. Our aim is 95%. There were 1,460 finger-prick checks at night recorded
in the same period. 124 officers have been trained in spotting and treating low blood sugar.

We have not yet had the sensors long enough to compare the number of serious night-time hypoglycaemia
episodes with earlier years; the diabetes service will audit this in 2025.
"""),
        ("spread", "3. How has the work been shared?", """
The trust provides healthcare in three other prisons and has started the same sensor and night snack
arrangement in two of them. The prison group director has shared our night-time response card with the
other prisons in the region. We have written up the work for the national prison healthcare network
bulletin.
"""),
        ("value", "4. What has been the impact and is it value for money?", """
The sensors are prescribed on the NHS in the same way as in the community, so there is no extra cost for
the device. The diabetes nurse clinic is about one day a month. A single emergency escort to hospital
needs two officers for the whole stay, often for days, and a stay in intensive care costs thousands of
pounds, before the harm to the man himself is counted.

Officers tell us they feel less anxious on nights. Men on insulin say they sleep better knowing someone
is watching their sugar.
"""),
        ("stakeholders", "5. How were patients and staff involved?", """
<<P:The wing's insulin users, a group of nine men who meet with the diabetes nurse each month, told us
that the real danger was the gap between the evening meal and breakfast, and that the canteen sheet came
too late in the week for men who had run out of money.>> <<P:Because of what they said, the evening meal
pack and the night snack were introduced, and the group chose what goes in the pack.>> <<P:The prison
council, which is made up of elected prisoner representatives from every wing, checked the wording of the
card that hangs on the back of each cell door and asked for it to say what to do in plain words.>>

<<S:Night officers told us the first response card had too much medical detail, and together with the
nurses they cut it down to four steps that fit on one side.>> <<S:The healthcare pharmacy technicians
worked out with the hospital's diabetes specialist nurses how the sensor readers would be stored,
charged and handed over at each shift.>> <<S:The night orderly officers agreed with healthcare a way of
opening a cell quickly for a sensor alarm without waiting for the full team, which the governor then
signed off.>>
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1076  women who are pregnant in police custody - pdf - CAPS headings -
#        custody chief inspector, formal - police force with the custody
#        healthcare provider, the maternity service and a women's centre -
#        women with experience of custody involved - NO staff involvement
#        (sergeants and detention officers trained, staff briefed, a survey
#        that changed nothing, a named lead, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1076", format="pdf", layout="caps_headings", topic="pregnant_women_police_custody",
    project="independent68-twolives-1076", pdf_font="DejaVuSans", pdf_align="L",
    title="TWO LIVES IN THE CELL: safer police custody for women who are pregnant",
    cover=[
        "LEAD: Northwold Constabulary (Criminal Justice and Custody)",
        "PARTNERS: Harrowdale Health and Care NHS Trust (Custody Healthcare Service); Northwold General Hospitals NHS Trust (Maternity Services); Women's Way Northwold (women's centre charity)",
        "SUBMITTED BY: Chief Inspector, Custody",
    ],
    primary_entrant=dict(name="Northwold Constabulary", type="emergency_service"),
    partners=[
        dict(name="Harrowdale Health and Care NHS Trust", type="nhs_trust"),
        dict(name="Northwold General Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Women's Way Northwold", type="charity"),
    ],
    sections=[
        ("context", "WHY THIS MATTERED", """
Northwold Constabulary has three custody suites, which together receive around 19,000 detainees a year,
about 2,700 of them women. Some of these women are pregnant. Some know it and say so; some know it and
do not say, because they fear it will be used against them or that social care will be told; some do
not know. Many have other risks: drug or alcohol use, recent violence, no antenatal care so far.

In 2022 a woman who was 31 weeks pregnant was held overnight in one of our suites. She told the
detention officer at booking-in that she was pregnant, but it was not recorded as a risk, she was not seen
by the custody nurse, and she was in a cell with a hard bench for eleven hours. In the morning she
reported that she could not feel the baby move. She was taken to hospital, where the baby was found to
have died. The independent investigation found no single cause but pointed to missed chances to get her
seen.

Our review of custody records showed that pregnancy was not asked about in a consistent way, the custody
risk assessment had no question on it, and there was no agreed route to a midwife. Healthcare
professionals in custody are nurses and paramedics, not midwives, and the maternity triage line did not
know it could take calls from custody.
"""),
        ("evidence", "WHAT HAS IMPROVED", """
From May 2023 every woman aged 12 to 55 is asked at booking-in, in private, whether she is or may be
pregnant, and any woman who says yes or is unsure is seen by the custody healthcare professional within
one hour. A pregnancy test is offered. Pregnant women are given a mattress, extra blankets, food and
water at set times, and are checked in person every 30 minutes. The custody healthcare professional can
phone the hospital's maternity triage directly and any woman with bleeding, pain or reduced movements is
taken straight to the maternity unit, not to the emergency department.

<<Q:Custody records where a woman's pregnancy status was not recorded at booking-in fell from 58% in an
audit of 200 records in early 2023 to 6% in the same audit a year later.>> <<Q:Pregnant detainees seen by
a healthcare professional within one hour of arrival rose from 34% to 91% over the same period.>>
<<Q:The average time pregnant women spent in custody went down from 14.2 hours to 8.6 hours, because
decisions on their cases are now fast-tracked.>>

In the first year 212 women were identified as pregnant in our suites, and 19 were taken to maternity
triage.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<P:Women's Way put us in touch with six women who had been held in custody while pregnant, and they met
with the project over three afternoons at the women's centre.>> <<P:They told us that they had not said
they were pregnant because a male officer asked them across the desk in front of other detainees, so the
question is now asked in the private booking room, and a woman can ask for a female officer.>> <<P:One of
them asked that pregnant women be given a leaflet explaining their rights in custody, and the group wrote
it with Women's Way; it is now given to every pregnant detainee.>>

All 310 custody sergeants and detention officers have been trained on the new procedure. Staff in the
three suites were briefed at shift changes. We sent an online survey to custody staff after six months and
most said the procedure was clear, so we did not change it. The procedure was written by the force's
custody inspector, Ian Redfern, as part of his role. We would like to set up a joint group with custody
nurses and midwives in 2025 to review cases together.
"""),
        ("value", "VALUE", """
The changes cost very little: mattresses and blankets were already held, and pregnancy tests cost under
£1 each. The maternity triage calls take minutes. Fast-tracking decisions saves officer time and cell
space. The cost of a baby dying, or of a mother being harmed in our care, cannot be measured.
"""),
        ("spread", "SPREAD", """
The procedure has been shared with the other forces in the region through the regional custody forum, and
two have adopted it. The custody healthcare provider runs custody healthcare in another county and has
introduced the one-hour standard there. The national police custody lead has asked for our booking-in
question to be considered for national guidance.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1077  infection control at a large asylum accommodation site - pdf - two
#        columns - GP federation clinical lead, factual - GP federation with
#        the ICB, UKHSA and the district council - staff involved - NO
#        patient involvement (residents screened, given translated leaflets,
#        told at welcome sessions, a questionnaire that changed nothing, a
#        negation, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1077", format="pdf", layout="two_column", topic="asylum_site_infection_screening",
    project="independent68-screenedonarrival-1077", pdf_font="LiberationSans",
    title="Screened on Arrival: infection prevention at the Marshgate asylum accommodation site",
    cover=[
        "Fenmarsh GP Federation (lead), with NHS Fenmarsh and Coast Integrated Care Board, the UK Health Security Agency (East Coast Health Protection Team) and Fenmarsh District Council (Environmental Health)",
        "Entry by the Clinical Lead, Marshgate Health Service, Fenmarsh GP Federation",
    ],
    primary_entrant=dict(name="Fenmarsh GP Federation", type="primary_care"),
    partners=[
        dict(name="NHS Fenmarsh and Coast Integrated Care Board", type="icb"),
        dict(name="UK Health Security Agency", type="public_other"),
        dict(name="Fenmarsh District Council", type="local_authority"),
    ],
    sections=[
        ("context", "The situation in 2023", """
Marshgate is a former military site on the edge of Fenmarsh that has been used since January 2023 to
house up to 1,200 single men who are seeking asylum. New arrivals come every week, many of them a few
days after crossing the Channel by small boat, after weeks or months in camps in northern France. Men
share rooms of four to eight, with shared showers and a single laundry.

When the site opened, nobody had planned how the men would get health care. Men were expected to register
with local GP practices, which were already full and some miles away. The first health assessment could
take weeks. In the first six months there were repeated outbreaks of scabies, two cases of diphtheria and
a case of infectious tuberculosis found only when the man collapsed. Each outbreak was managed as a
separate emergency by whoever was available.

In July 2023 the integrated care board asked our federation to run a health service on the site, working
with the UK Health Security Agency's health protection team and the council's environmental health
officers.
"""),
        ("evidence", "What has improved", """
Every man is now seen by a nurse from our on-site team within 48 hours of arrival, with an interpreter.
The nurse asks about symptoms of tuberculosis and other infections, checks the skin, offers diphtheria
vaccination and antibiotics where UKHSA guidance says so, and offers blood tests for hepatitis B, hepatitis
C and HIV. A mobile x-ray unit visits every month. Two rooms are kept for isolation and scabies is
treated across a whole block on the same day.

<<Q:The average time from arrival to a first health assessment fell from 23 days in the site's first
three months to 2 days in 2024.>> <<Q:Men vaccinated against diphtheria within a week of arrival rose from
12% to 89%.>> <<Q:Scabies outbreaks that needed treatment of a whole block went down from five in the
first half of 2023 to one in the first half of 2024.>>

Since July 2023 the team has assessed 3,420 men and found six cases of tuberculosis, all before they
became infectious to others.
"""),
        ("stakeholders", "People involved", """
<<S:Practice nurses from the on-site team tested the first version of the arrival assessment and moved
the skin check and the tuberculosis questions to the start, because men were often moved to another site
before the rest was finished.>> <<S:UKHSA health protection practitioners worked out with our GPs a
standing order for diphtheria vaccination and antibiotics, after the GPs pointed out that writing
individual prescriptions for 40 men a week was not possible.>> <<S:The site operator's welfare officers,
who see the men every day, told us that men with itching were not coming forward because they feared it
would affect their asylum claim, and suggested a drop-in skin clinic in the canteen at lunchtime, which
now runs twice a week.>> <<S:Environmental health officers from the council inspected the laundry with our
infection prevention nurse and together they changed the washing temperatures and the bedding change.>>

Every new arrival is given a health leaflet in his own language, translated into 14 languages by a
professional translation company. Residents are told about the skin clinic at the weekly welcome session.
We asked 50 residents to complete a short questionnaire about the arrival assessment, and as most were
positive we left it as it was. We did not involve residents in designing the service in the first year,
partly because most men move on within three months. We intend to set up a residents' health forum.
"""),
        ("value", "Value", """
The on-site service is funded by the integrated care board from the national asylum health grant. Each
outbreak of scabies that is avoided saves several days of nurse time, medicines for hundreds of men and
disruption to the site. A single case of infectious tuberculosis missed in a shared room can lead to
many more. Local GP practices have been spared hundreds of new registrations they could not absorb.
"""),
        ("spread", "Sharing the learning", """
UKHSA has shared our arrival assessment and standing order with the other health protection teams that
cover large asylum sites, and two other sites use them. We presented the work at the regional inclusion
health network in 2024.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1078  self-harm and suicidal distress in asylum hotels - docx - form table
#        - PRIVATE accommodation contractor as primary entrant, with the mental
#        health trust and a refugee charity (ineligible) - head of
#        safeguarding, earnest - residents and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1078", format="docx", layout="form_table", topic="asylum_hotel_self_harm",
    project="independent68-safenights-1078", docx_font="Calibri",
    title="Safe Nights: responding to self-harm and suicidal distress in asylum hotels",
    cover_table=[
        ("Title of entry", "Safe Nights: responding to self-harm and suicidal distress in asylum hotels"),
        ("Primary entrant", "Harbourline Accommodation Services Ltd (asylum accommodation provider)"),
        ("Partner organisations", "Stenbury and Wray Mental Health NHS Foundation Trust (Crisis and Home Treatment Service); Open Door Refugee Welcome (charity)"),
        ("Contact", "Head of Safeguarding and Welfare, Harbourline Accommodation Services"),
    ],
    primary_entrant=dict(name="Harbourline Accommodation Services Ltd", type="private"),
    partners=[
        dict(name="Stenbury and Wray Mental Health NHS Foundation Trust", type="nhs_trust"),
        dict(name="Open Door Refugee Welcome", type="charity"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and its safety goals.", """
Harbourline provides accommodation for people seeking asylum on behalf of the Home Office. In Stenbury and
Wray we run nine hotels, housing around 1,300 people, most of them single men. Many have survived torture,
trafficking or dangerous journeys. They wait months or years for a decision, are not allowed to work and
have very little money. Distress, self-harm and suicidal thoughts are common.

In 2022 our hotel staff were not equipped to deal with this. Night managers were often agency staff. When
a resident was found with cuts or said he wanted to die, the only options were to call 999 or the police.
The crisis team would only accept a referral from a GP, and many residents were not registered with one.
Open Door, the local refugee charity, knew many of the residents but had no contact with our staff. After
a resident of one of our hotels took his own life in November 2022, we asked the crisis team and Open
Door to work with us.

The goals of Safe Nights were to make sure every resident is registered with a GP, that hotel staff know
how to respond to someone in distress, and that they can reach a mental health professional at any hour.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
From April 2023 every hotel has a welfare lead on each shift trained in suicide first aid. Hotel staff
can phone the crisis team's professional line directly, day or night, without a GP referral. A crisis
team nurse and an Open Door caseworker run a weekly drop-in in each hotel. When a resident receives a
refusal letter from the Home Office, the welfare team checks on him within 24 hours, because we learned
that these are the most dangerous days.

<<Q:Self-harm incidents needing an ambulance fell from 47 in 2022/23 to 22 in 2023/24, while the number
of residents stayed about the same.>> <<Q:Police call-outs to our hotels for residents in mental distress
went down from 96 to 38 over the same period.>> <<Q:The share of new residents registered with a GP within
two weeks of arrival rose from 40% to 92%.>>

In 2023/24 the crisis team took 214 calls from hotel staff.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<P:Residents at three of the hotels, who set up what they call the tea committee, met with us every
month for the first year and told us that the worst nights came after a letter from the Home Office,
which is why we now check on anyone who receives a refusal.>> <<P:A man from Eritrea who self-harmed in
one of our hotels in 2022 spoke at the night managers' training, at his own request, and suggested that
staff sit with a person rather than stand in the doorway, which is now in the training.>> <<P:Residents
chose the languages for the crisis card and checked each translation with Open Door volunteers.>>

<<S:Night managers told us that the first version of the procedure asked them to fill in a four-page form
before calling anyone, and it was cut to a single phone call.>> <<S:Crisis team nurses designed the
professional line with our welfare leads, and they agreed what information the nurse needs when hotel
staff ring.>> <<S:Open Door's caseworkers helped us plan the drop-ins and asked for them to be held in a
quiet room away from reception.>>
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
Training costs about £150 per welfare lead. The crisis team's professional line uses existing staff.
Every ambulance and police call-out avoided saves emergency services time. Hotel staff tell us they no
longer feel alone at night. Residents say the drop-in is the one place where someone listens.
"""),
        ("spread", "How has the work been shared and spread?", """
Harbourline runs accommodation in four other regions and is introducing Safe Nights in all of them in 2025.
We have shared our procedure with the Home Office and with other accommodation providers.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1079  suicide prevention with young Gypsy and Traveller men - docx - no
#        headings - long - Romany community health worker, first person,
#        chatty - Traveller charity with the mental health trust and the
#        council - young men (an unusually named group), elders, a peer
#        worker (PS) and staff involved - claims partly in words ('halved',
#        'from weeks to two days') - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1079", format="docx", layout="no_headings", topic="traveller_men_suicide_prevention",
    project="independent68-talkattheyard-1079", docx_font="Georgia",
    title="Talk at the Yard: suicide prevention with young Gypsy and Traveller men in Wealdmoor",
    cover=[
        "Drovers Road Traveller Trust (charity), with Wealdmoor and Hatherley Mental Health NHS Trust and Wealdmoor County Council (Public Health)",
        "Written by Patience Loveridge, Community Health Worker, Drovers Road Traveller Trust",
    ],
    primary_entrant=dict(name="Drovers Road Traveller Trust", type="charity"),
    partners=[
        dict(name="Wealdmoor and Hatherley Mental Health NHS Trust", type="nhs_trust"),
        dict(name="Wealdmoor County Council", type="local_authority"),
    ],
    sections=[
        ("context", None, """
I am a Romany Gypsy woman and I have worked for Drovers Road for nine years. I grew up on a council site
on the edge of Hatherley and I still live near it. I am writing this entry because the people who asked
me to write it said it should be in my words, not an official's, so forgive me if it does not read like
the others.

In our community, everybody knows a family that has lost a young man to suicide. In the three years up to
2022 we lost five young men between 17 and 29 from the sites and houses around Wealdmoor. That is out of
a community of perhaps 3,000 people. Every one of those funerals was packed. Every one of those families
said the same thing afterwards: he never said anything, he was always laughing, we had no idea.

I do not believe nobody had any idea. What I believe is that our young men are brought up to be strong,
to look after their families, to not show weakness, and to keep away from doctors unless they are
dying. Many left school early and do not read well. They do not trust anyone from the council, because
for most of their lives the council has been the people who move them on. If a young Traveller man goes
to his GP and says he feels low, he is likely to be given a leaflet he cannot read and a phone number for
a talking therapy service that will write to him at an address he no longer lives at. If he ends up in
A&E after hurting himself, he will be sent home in the morning and nobody will follow it up, because by
then the family may have moved to another county. When the mental health team does try to reach him, the
letter goes to the site office and sits there.

So there was a gap between our men and the services that could help, and it was not one that a leaflet
was going to fill.

In 2022 the public health team at the county council came to us with a small grant for suicide prevention
and asked what we would do with it. I said, honestly, that I did not know, but that it would have to
start with the men themselves and it would have to be somewhere they already went. Where the young men
go in Wealdmoor is the boxing club that runs out of the old scrapyard on Sandpit Lane, and the horse
fairs, and the yard behind the Fox where they do the trotting. So that is where we went.

Talk at the Yard has three parts. First, we have a men's worker, Levi, who goes to the boxing club, the
fairs and the sites, and who is there week in and week out, not just when there is a crisis. Second, we
have what the lads call the Yard line, which is a mobile number that goes to Levi in the day and, out of
hours, straight through to a named nurse in the mental health trust's crisis team who knows about our
community. Third, the crisis team and the home treatment team have agreed that they will see a young man
wherever he is, on the site, in a lay-by, in the car, and that they will not close his case if he moves,
they will find out where he has gone and hand over or keep seeing him.
"""),
        ("evidence", None, """
I am not good with statistics so I asked the public health team to help me with this part.

<<Q:Since the Yard line started, the number of young men from Traveller families seen in A&E after
self-harm in Wealdmoor has roughly halved, comparing the two years before with the two years after.>>
<<Q:The time between one of us raising a worry and a mental health worker seeing the young man has come
down from weeks, when it happened at all, to two days on average.>>

Levi has had conversations with more than 140 young men, and 37 have been seen by the crisis or home
treatment team. The Yard line has taken 212 calls. I will not write about deaths here as if they were a
result, because one death is enough to change any figure and I know how quickly it can happen.

What I can say is that men are talking. At the last horse fair, two lads came up to Levi on the first
morning and asked for a card for their cousin. That did not happen before.

I want to tell you about one night, because it shows how the pieces fit together better than any figure.
Last winter a young man from one of the roadside families rang the Yard line at about two in the morning.
He was sitting in his van in a lay-by on the bypass with a rope on the seat next to him. The call went
to the crisis team nurse, who knew from Levi's note which family he was from and that they had just been
moved on from the industrial estate. She kept him talking, and while she did, a home treatment worker
drove out to the lay-by. They sat with him in the van until it got light. His mother was told in the
morning, with his say-so, and Levi went round that afternoon. He is still seeing the home treatment team
from wherever the family is stopping, and the team has followed him across the county border twice
without closing his case. Two years ago none of that could have happened. There was no number he would
have rung, nobody on the other end who would have understood why a lay-by mattered, and no team that would
have kept him on its books once the trailer moved.

I also want to be fair and say that not everything worked. We tried a drop-in at the library in the town
and nobody came. We tried putting the card in the GP practices and it made no difference. The men only
came where they already felt at home.
"""),
        ("stakeholders", None, """
None of this was designed in an office. <<P:The Yard lads, eleven young men who box at the Sandpit Lane
club, spent four evenings with us working out what would make a man pick up the phone.>> <<P:They threw
out the first card the trust had made, because it had a photo of a sad man on it and they said nobody
would carry that in his pocket, and they chose instead a card with a trotting horse and the words 'Need
a chat?' and nothing else.>> <<P:They also said a man would never ring a number if he thought a woman
from the council would answer, which is why the line goes to Levi first.>>

<<P:Two of the older women on the sites, who everyone calls aunt, told us that mothers and wives were the
ones who noticed first, and that they needed to know what to do as well, so we now run a women's
afternoon at each site twice a year.>> <<P:A father who lost his son in 2021 came to the first meeting
with the crisis team and told them what it had been like to have letters go to the site office while his
boy was dying, and it was after that meeting that the team agreed never to close a case because of a
move.>>

<<PS:Levi, who lost his own brother to suicide and is employed by us as our men's worker, tested every
version of the card and the line with the lads and rewrote the words of the crisis team's first
questions so they sounded like something a man from the sites would say.>>

<<S:The crisis team nurses agreed to take the Yard line calls out of hours after they had spent an
evening at the boxing club, and they asked for a short note on each young man's family and where he
stops, which Levi now sends with consent.>> <<S:The home treatment team changed its rule that a person
must have a fixed address to be taken on, after the team manager and two of her nurses went through
three of our cases with us.>> <<S:Receptionists at the two GP practices nearest the sites told us that
our men were being turned away for not having proof of address, and they helped us write a one-page note
for all practices in the area about registering people without one.>>
"""),
        ("value", None, """
The whole thing costs about £46,000 a year, most of which is Levi's salary and his car. The council pays
for Levi and the trust gives the nurse time. I have been told that the cost of one suicide to the public
purse is well over a million pounds. I do not know about that. I know what it costs a family.

The nurses who work with us say it has changed how they see our community. One told me she used to
think Travellers did not want help, and now she thinks they were never offered it in a way they could
take. Levi says the best thing is when a lad he has been worried about turns up at the club with a
smile, and nobody else needs to know why.
"""),
        ("spread", None, """
The mental health trust has asked us to help it do the same thing with the Showmen's families in the
north of the county, who have many of the same problems. We have talked to two other Traveller
organisations in neighbouring counties, and one has started a men's worker post of its own. The national
Traveller health network featured Talk at the Yard in its winter newsletter. Public health has included
the work in the county's suicide prevention plan.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1080  health visiting for babies on roadside encampments - pdf (via Word)
#        - style headings - specialist health visitor, warm - community trust
#        with the council's Traveller liaison service and a GP practice -
#        mothers and a grandmother involved - 'a third fewer' as one claim -
#        NO staff involvement (health visitors trained, receptionists told, a
#        named lead, a staff survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1080", format="pdf", layout="style_headings", topic="roadside_encampment_health_visiting",
    project="independent68-wherevertheystop-1080", render_via="soffice", docx_font="Liberation Sans",
    title="Wherever They Stop: health visiting for babies living on roadside encampments",
    cover=[
        "Tamberley Community Healthcare NHS Trust, Health Visiting Service (lead entrant)",
        "Partners: Tamberley County Council (Gypsy, Roma and Traveller Liaison Service); Coldharbour Lane Surgery",
        "Prepared by the Specialist Health Visitor for Travelling Families",
    ],
    primary_entrant=dict(name="Tamberley Community Healthcare NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Tamberley County Council", type="local_authority"),
        dict(name="Coldharbour Lane Surgery", type="primary_care"),
    ],
    sections=[
        ("context", "Background", """
Tamberley has four permanent council Traveller sites, but many families live on the road, stopping on
roadside verges, industrial estates and field entrances for days or weeks before being moved on. In a
typical year between 30 and 50 babies are born to families who are travelling in the county.

Our health visiting service is organised by postcode. A baby born to a family living on a lay-by was
often allocated to whichever team covered that stretch of road, and by the time the team tried to visit,
the family had moved. The new birth visit was missed, the six to eight week check was missed and the
first immunisations were late or never given. Babies were not registered with a GP because the family had
no address. Families told us they had learned to go to A&E for anything that worried them, because it
was the only place that would always see them.

In 2021 a baby girl born to a family stopping on a lay-by outside Coldharbour developed jaundice that was
not picked up because no health visitor had seen her. She was admitted to hospital at three weeks old and
needed treatment that could have been avoided. Our review found that three different health visiting teams
had each tried to find the family and each had given up.
"""),
        ("evidence", "What has changed", """
Since January 2023 every baby born to a travelling family in the county is allocated to one named
specialist health visitor, wherever the family stops. The council's liaison service tells us each Monday
about new encampments and families who have moved on, and the liaison officer can often tell us where a
family is likely to go next. Coldharbour Lane Surgery registers any baby from a travelling family using
the surgery's address, and the baby stays registered if the family moves within the county. The new birth
visit can be done in the trailer, in the liaison officer's car or at the surgery, whatever the mother
prefers.

<<Q:The proportion of babies from roadside encampments who had their new birth visit within 14 days went
from about four in ten in 2021/22 to nine in ten in 2023/24.>> <<Q:First immunisations given on time at
eight weeks rose from 29% to 71% over the same period.>> <<Q:Emergency department attendances for these
babies in their first year were a third fewer in 2023/24 than in 2021/22.>>
"""),
        ("stakeholders", "Involving families and staff", """
<<P:Mothers on the Milestone Lane encampment told us that they would not let a stranger into the trailer
with a new baby, and asked that the first visit be made with someone they already knew, so the liaison
officer now comes to the first visit.>> <<P:A grandmother who has brought up children on the road for
forty years helped us rewrite our red book leaflet, which families said was too long and used words they
did not use.>> <<P:Families also chose to have the visit times sent by voice message rather than text,
because several mothers do not read, and that is how we contact them now.>>

All 86 health visitors in the trust have been trained in working with Gypsy and Traveller families by the
council's liaison service. Reception staff at Coldharbour Lane were told about the registration
arrangement. The work has been led by our specialist health visitor, Ruth Mellor, as part of her role.
We sent a survey to health visitors after a year and most were happy with the arrangement, so nothing was
changed. We plan to hold a workshop with health visitors and liaison officers in 2025.
"""),
        ("value", "Value for money", """
The specialist health visitor post already existed and was refocused on travelling families. The
liaison service's weekly list costs nothing extra. Every emergency department attendance avoided saves
around £200, and every baby who is immunised on time is protected against infections that can kill
babies in the first months of life.

Families say that having one person who knows them, wherever they stop, has changed how they feel about
health visitors.
"""),
        ("spread", "Spreading the approach", """
Two neighbouring counties have asked for our approach, and one has appointed its own specialist health
visitor. We have shared the registration arrangement with the integrated care board, which has asked all
practices to follow it. We spoke at the national health visiting conference in 2024.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1081  fast medical care for sex workers after violence - docx - rubric
#        headings - sex worker charity director, plain-spoken - charity with
#        the acute trust's sexual health service and sexual assault referral
#        centre and the police - women who use the drop-in, peer outreach
#        workers (PS) and staff involved - NO quantitative evidence in the
#        evidence section (reports, referrals, a single percentage, a target);
#        one real claim placed only in the value section
# ---------------------------------------------------------------------------
entry(
    id="I1081", format="docx", layout="rubric_headings", topic="sex_workers_violence_same_night_care",
    project="independent68-samenight-1081", docx_font="Calibri",
    title="Same Night Care: fast medical help for sex workers after violence",
    cover=[
        "Lead: The Lamplight Project, Greyford (sex worker support charity)",
        "Partners: Greyford Teaching Hospitals NHS Trust (Sexual Health Service and the Greyford Sexual Assault Referral Centre); Greyford and Eastmarch Police",
        "Submitted by the Director, The Lamplight Project",
    ],
    primary_entrant=dict(name="The Lamplight Project", type="charity"),
    partners=[
        dict(name="Greyford Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Greyford and Eastmarch Police", type="emergency_service"),
    ],
    sections=[
        ("context", "The context in which the partnership was needed, the service and its patient safety goals", """
Lamplight has supported women and men who sell sex in Greyford for twenty years. We run a drop-in, an
outreach van that goes out three nights a week to the streets where street-based sex work happens, and
a phone and online service for people who work from flats and hotels. About 400 people use us in a year.

Violence is part of the job for many of the people we work with: robbery, rape, being held against their
will, being beaten. Very little of it is reported. Before this project, a woman who had been raped in the
early hours would usually go home, wash, and try to sleep. If she thought about medical care at all, the
sexual health clinic opened at 9am, the walk-in session was full by ten, and she might be asked in front
of a waiting room why she needed emergency contraception. Post-exposure prophylaxis for HIV works best
within 24 hours and not at all after 72. Forensic evidence is lost within days. Many of our service users
are afraid that any contact with the sexual assault referral centre means the police will be told, or
that their immigration status or their children will be looked into.

Our goals were simple: anyone who uses Lamplight and is assaulted should be able to get emergency
contraception, PEP, hepatitis B vaccination and treatment for injuries the same night or the next morning,
and should be able to have forensic samples taken and stored without having to decide there and then
whether to go to the police.
"""),
        ("evidence", "The evidence of improvements in safe care as a direct result of the partnership", """
Same Night Care started in June 2023. A sexual health nurse from the trust now works on the outreach van
two nights a week, and carries PEP starter packs and emergency contraception under an agreed protocol.
On other nights our outreach workers can phone the sexual assault referral centre directly and book a
self-referral for the next morning, with forensic samples stored for up to two years. Bad date reports,
which people make to us about dangerous clients, are shared without names with the police's sex work
liaison officer and with other projects in the region, and turned into alerts that we send out by text.

Between June 2023 and May 2024 we received 318 bad date reports. We referred 64 people for PEP, and 86%
of them started it within 24 hours of telling us about the assault. 29 people self-referred to the
sexual assault referral centre through the van, and 11 later chose to report to the police. Our target is
for everyone to start PEP within 24 hours.

We do not know whether violence itself has fallen. We hope the alerts have made some people safer, but
we cannot measure what did not happen.
"""),
        ("spread", "How the achievements have been applied elsewhere and best practice shared", """
The sexual assault referral centre has written the direct booking route into its self-referral policy for
all vulnerable groups, not only sex workers. We have shared our bad date alert template with six other
projects through the national network of sex work projects. The trust's sexual health service in the
neighbouring county has started taking a nurse out with its own outreach team.
"""),
        ("value", "The impact on staff and patient experience, and value for money", """
The nurse sessions on the van are funded from the sexual health contract and the PEP and emergency
contraception are NHS supplies. A single case of HIV prevented saves many thousands of pounds in
lifetime treatment costs. <<Q:Sexual health nurses tell us that sex workers arriving at the morning clinic
more than 72 hours after an assault, too late for PEP to be offered, have gone from about two a month
before the project to one or two in the whole of the last year.>>

People who use Lamplight say that being seen in the van, by someone who does not judge them, is what made
the difference.
"""),
        ("stakeholders", "How patients and staff were involved", """
<<P:The women who come to our Tuesday drop-in told us, at three sessions in early 2023, that they would
never walk into a clinic at 9am after a night like that, and that the only place they would go was the
van, which is why the nurse is on the van.>> <<P:They also asked for the sexual assault referral centre
to guarantee in writing that the police would not be called unless they chose, and that promise is now
printed on the card we give out.>> <<PS:Our peer outreach workers, all of whom have done sex work
themselves and are employed by Lamplight, wrote the script that outreach workers use when someone says
they have been attacked, and tested it on shifts for two months.>>

<<S:Sexual health nurses who work on the van changed the protocol after the first month so that PEP
starter packs are for five days rather than three, because people could not get back to the clinic in
time.>> <<S:Crisis workers at the sexual assault referral centre worked with us on the booking route and
suggested a separate entrance so people do not meet anyone they know.>> <<S:The police sex work liaison
officers helped design the bad date report form, and asked for vehicle details to come first.>>
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1082  hepatitis B vaccination courses completed by people who sell sex -
#        pdf - lists - university senior lecturer, tidy - university with
#        the acute trust's sexual health service and a sex worker outreach
#        charity - staff involved - NO patient involvement (people offered,
#        sent texts, a questionnaire that changed nothing, beneficiaries, a
#        negation, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1082", format="pdf", layout="bullet_lists", topic="sex_workers_hepatitis_b_vaccination",
    project="independent68-threedoses-1082", pdf_font="LiberationSans", pdf_align="L",
    title="Three Doses: completing hepatitis B vaccination and blood-borne virus testing for people who sell sex",
    cover=[
        "Lead: University of Pennick, School of Health and Social Care",
        "Partners: Pennick Valley Hospitals NHS Trust (Integrated Sexual Health Service); Safe Harbour Pennick (sex worker outreach charity)",
        "Contact: Senior Lecturer in Public Health Nursing",
    ],
    primary_entrant=dict(name="University of Pennick", type="university"),
    partners=[
        dict(name="Pennick Valley Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Safe Harbour Pennick", type="charity"),
    ],
    sections=[
        ("context", "Background", """
People who sell sex are at higher risk of hepatitis B, HIV and other blood-borne viruses. In Pennick:

- about 250 people are in contact with Safe Harbour's outreach service each year, most of them women working on the street or in flats

- many also use drugs, move often and have no fixed address

- hepatitis B vaccination needs three doses, and the usual schedule takes six months

- the sexual health clinic could start a course but most people never came back for the second and third doses

- Safe Harbour's records showed that many people had never been tested for HIV or hepatitis C

What we set out to do in 2022:

- give vaccination and testing where people already are: on the outreach van, at Safe Harbour's drop-in and at the two hostels most used by women who sell sex

- use the accelerated schedule of three doses in three weeks, with a booster at a year

- offer dried blood spot tests for HIV, hepatitis B and hepatitis C, which need only a finger prick

- keep a shared record between the sexual health service and Safe Harbour so that the next dose can be given by whichever team sees the person first
"""),
        ("evidence", "What the data show", """
We compared the 12 months before the project (2021/22) with 2023/24, using the sexual health service's records.

- <<Q:completion of the three-dose hepatitis B course among people in contact with the outreach service rose from 18% to 64%>>

- <<Q:the share tested for HIV and hepatitis C in the previous year went from about a quarter to nearly two thirds>>

- <<Q:the median time from first to third dose fell from seven months to 23 days>>

- in 2023/24, 412 vaccine doses and 186 dried blood spot tests were given outside the clinic

- four people were newly diagnosed with hepatitis C and all started treatment
"""),
        ("stakeholders", "Who was involved", """
- <<S:Safe Harbour's outreach workers told us that people would not wait for a nurse at the back of the van, so the nurses now go out on the same shifts as the outreach team and give vaccines in the front seat>>

- <<S:sexual health nurses tested the accelerated schedule on the van for three months and changed the shared record so that a missed dose shows up in red for both teams>>

- <<S:hostel managers at the two women's hostels agreed with the nurses a regular fortnightly session and suggested holding it at breakfast, when most women are in>>

- people were offered vaccination and testing at every contact and sent a text reminder before each dose

- we asked 40 people to fill in a questionnaire about the service; most were happy with it, so nothing was changed

- the project is for people who sell sex and we think they have benefited

- there was no one with experience of sex work on the project board

- we plan to recruit two peer advisers with lived experience in 2025
"""),
        ("value", "Value", """
- the accelerated schedule uses the same vaccine as the standard one, so there is no extra cost for medicines

- nurse time on the van is about eight hours a week, funded from the sexual health contract

- each case of hepatitis B prevented avoids a lifetime of monitoring and possible liver disease

- students from the school's nursing programme have had placements on the van
"""),
        ("spread", "Spread", """
- the sexual health service has adopted the van-based accelerated schedule for people who inject drugs as well

- we have published the evaluation in a nursing journal and presented it at a national sexual health conference

- two other sexual health services have asked for the shared record template
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1083  collapses after synthetic cannabinoid use in a prison - pdf - form
#        - consultant paramedic, brisk - ambulance service with the community
#        trust's prison healthcare and the prison - men on the recovery wing
#        and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1083", format="pdf", layout="form_table", topic="prison_synthetic_cannabinoid_collapses",
    project="independent68-codeblueready-1083", pdf_font="LiberationSans",
    title="Code Blue Ready: responding to collapses after synthetic cannabinoid use at HMP Ashlow",
    cover_table=[
        ("Entry title", "Code Blue Ready: responding to collapses after synthetic cannabinoid use at HMP Ashlow"),
        ("Lead organisation", "Western Shires Ambulance Service NHS Trust"),
        ("Partner organisations", "Corran Valley Community NHS Trust (Healthcare at HMP Ashlow); HMP Ashlow (HM Prison and Probation Service)"),
        ("Entrant", "Consultant Paramedic, Western Shires Ambulance Service"),
    ],
    primary_entrant=dict(name="Western Shires Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Corran Valley Community NHS Trust", type="nhs_trust"),
        dict(name="HMP Ashlow", type="public_other"),
    ],
    sections=[
        ("context", "Why was the partnership needed? What were its patient safety goals?", """
HMP Ashlow is a men's local prison holding around 1,400 men. Since 2021 synthetic cannabinoids, known as
spice, have been brought into the prison on paper and on clothing. Men who use them can collapse, stop
breathing, have seizures or become very agitated.

In 2022 the prison called 999 for a suspected spice collapse about 19 times a month. Each call was a
category 1 or 2 ambulance response, taking a crew off the road for hours, including the time needed to
get through the gates. Most of the men did not need hospital, but once a crew arrived, taking the man to
the emergency department was often the safest option for them, because they did not know what the
prison's healthcare team could manage. Meanwhile men who were seriously ill sometimes waited because a
code blue in the prison did not always bring a nurse to the cell quickly.

Our goals were: a nurse at the cell within five minutes of any code blue; the right men sent to hospital
and the rest safely cared for in the prison; and ambulance crews free for other emergencies.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Since January 2023 the prison's healthcare team has used a spice response protocol written with our
clinicians. Nurses carry oxygen, a defibrillator and suction in a grab bag. Before calling 999 they phone
our clinical hub on a direct line, and a senior paramedic helps them decide whether the man needs an
ambulance. Men who stay in the prison are watched in the healthcare unit for four hours.

<<Q:999 calls from the prison for suspected synthetic cannabinoid collapse fell from an average of 19 a
month in 2022 to 7 a month in 2024.>> <<Q:Men taken to the emergency department after a collapse went
down from 141 in 2022 to 48 in 2024.>> <<Q:The median time from a code blue to a nurse arriving at the cell
fell from 11 minutes to 4 minutes.>>

No man kept in the prison under the protocol has needed to be sent to hospital later the same day.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Prison nurses and our senior paramedics wrote the decision guide together over four sessions, and the
nurses asked for the direct line to the clinical hub so they did not have to explain themselves to a call
handler.>> <<S:Wing officers told us that they were often first to a collapsed man but did not know what
to do until the nurse came, so the protocol now includes three simple steps for officers, which they
chose.>> <<S:Gate staff worked out with our operations managers a way of getting an ambulance through the
gates in under five minutes when one is needed.>>

<<P:Men on the drug recovery wing, some of whom had collapsed themselves, told us that men were afraid to
raise the alarm for a cellmate in case they were punished, and the governor changed the rules so that
calling for help is never treated as evidence against the caller.>> <<P:The same men designed the poster
on each landing explaining what to do, in plain words and pictures.>>
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
Each ambulance response and emergency department visit costs the NHS several hundred pounds, and each
hospital escort takes two prison officers off the wings for a whole shift. The grab bags cost under £900
each. Nurses say they are more confident and paramedics say they trust the decisions made in the prison.
"""),
        ("spread", "How has the work been shared and spread?", """
The protocol has been adopted in two other prisons in our area, and we have shared it with other ambulance
services through the national prison and custody health forum.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1084  managed alcohol programme in a hostel - docx - results first -
#        hostel charity operations manager, plain - hostel charity with the
#        community drug and alcohol service and the council - residents (by
#        pronoun after the residents' meeting) and staff involved - NO spread
#        section
# ---------------------------------------------------------------------------
entry(
    id="I1084", format="docx", layout="reordered", topic="hostel_managed_alcohol_programme",
    project="independent68-steadydays-1084", docx_font="Cambria",
    title="Steady Days: a managed alcohol programme for hostel residents with severe alcohol dependence",
    cover=[
        "Lead: Kestrel House Trust (homelessness charity), Oldmere",
        "Partners: Ravelston Partnership NHS Foundation Trust (Oldmere Community Drug and Alcohol Service); Oldmere City Council (Adult Social Care and Housing)",
        "Author: Operations Manager, Kestrel House",
    ],
    primary_entrant=dict(name="Kestrel House Trust", type="charity"),
    partners=[
        dict(name="Ravelston Partnership NHS Foundation Trust", type="nhs_trust"),
        dict(name="Oldmere City Council", type="local_authority"),
    ],
    sections=[
        ("evidence", "Results", """
<<Q:Alcohol withdrawal seizures among residents fell from 31 in the year before the programme to 9 in
its second year.>> <<Q:Ambulance call-outs to Kestrel House fell by about 60% over the same period.>>
<<Q:Falls with a head injury halved.>> <<Q:Emergency admissions among the 22 residents on the programme
went from 74 in the year before they joined to 29 in the year after.>>

Over the two years 31 residents have taken part, and 22 are on the programme now. Four have reduced their
drinking enough to move on to a standard hostel place.
"""),
        ("context", "Why we did it", """
Kestrel House is a 40-bed hostel for people who have been homeless for a long time. Around half of our
residents are severely dependent on alcohol. Many have tried detox many times. Most drink strong cider
or vodka bought with whatever money they have, often all at once at the start of the day, then go into
withdrawal at night when the money runs out. This pattern leads to seizures, falls, head injuries and
hospital admissions. Two residents died in 2021, one after a fall down the stairs and one after a
seizure in his room.

A managed alcohol programme gives residents who choose it a measured amount of alcohol at set times
through the day, provided and stored by the hostel. It is not a treatment for stopping drinking; it is
a way of making drinking steadier and safer. The community drug and alcohol service assesses each
resident, sets the amount and reviews it every month. <<S:Social workers from the council's adult social
care team helped us work out the funding and the safeguarding arrangements.>>

We knew the idea would be controversial. Some of our own board members, some local councillors and some
neighbours felt that a charity should not be giving alcohol to people whose lives had been damaged by
it. We took time to explain that the residents who join the programme would be drinking anyway, and that
the choice in front of us was between unpredictable, heavy drinking with no one watching, and steady,
lower amounts with staff checking on the person several times a day. The programme is only offered to
residents who have not managed to stop through detox and who choose to take part, and each person's
plan is agreed with the drug and alcohol service.
"""),
        ("stakeholders", "How it was shaped", """
At the residents' meeting in January 2022 we explained what a managed alcohol programme was and asked
what people thought. <<P:They were clear that it would only work if the first pour was early, before
the shakes started, so the first pour is at 7.30am, not 10am as we had planned.>> <<P:They also asked
that nobody be thrown off the programme for drinking outside it, and that rule was written in.>> <<P:Two
residents who had been at the hostel longest sat on the planning group and chose the name Steady
Days.>>

<<S:Our support workers, who give out the pours, suggested the short check before each one (speech,
balance and whether the person has eaten) and the nurses from the drug and alcohol service turned it into
a simple chart.>> <<S:The hostel's night staff asked for a written plan for each resident for what to do
if they find them in withdrawal, and the GP who runs the hostel clinic wrote them with the staff.>>
<<S:Council safeguarding officers and our managers agreed together how to handle residents who gave their
alcohol to others.>>
"""),
        ("value", "Cost and value", """
The alcohol itself costs about £3,400 a year for all residents on the programme, as most residents
contribute from their own money towards their allowance. The extra staff time is about twenty hours a
week. Each emergency admission for a seizure or head injury costs the NHS several thousand pounds.

Staff say the hostel is calmer, particularly at night, and that they spend far less time waiting with
residents for an ambulance. Residents tell us they are eating more, sleeping better and some have started
seeing family again. One resident, who has lived at Kestrel House for six years, told his keyworker that
it was the first winter he could remember without a stay in hospital.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I1085  older men with dementia in prison - docx - style headings - council
#        principal social worker, measured - council adult social care with
#        the prison and the community trust's prison healthcare - staff
#        involved - NO patient involvement (men screened, prisoner peer
#        supporters trained, families sent a letter, a questionnaire that
#        changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1085", format="docx", layout="style_headings", topic="older_prisoners_dementia_falls",
    project="independent68-rememberedinside-1085", docx_font="Calibri",
    title="Remembered Inside: finding and caring for older men with dementia at HMP Greystanes",
    cover=[
        "Westbury Shire Council, Adult Social Care (lead entrant)",
        "In partnership with HMP Greystanes (HM Prison and Probation Service) and Sallowfield Health NHS Trust (Healthcare at HMP Greystanes)",
        "Written by the Principal Social Worker, Westbury Shire Council",
    ],
    primary_entrant=dict(name="Westbury Shire Council", type="local_authority"),
    partners=[
        dict(name="HMP Greystanes", type="public_other"),
        dict(name="Sallowfield Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Background", """
HMP Greystanes holds about 700 men convicted of serious offences, many serving long sentences. Almost a
quarter are over 60 and the oldest is 91. Since 2015 the council has had a duty to assess and meet the
care and support needs of people in prison in the same way as anyone else in its area, but for several
years we received very few referrals from Greystanes.

Dementia in prison is easily missed. Prison life is so routine that a man can manage for a long time by
following the others, and when he starts to struggle it can look like stubbornness or rule-breaking.
Men who forget where they are going get into trouble for being in the wrong place. Men who cannot follow
instructions are put on report. And men with dementia fall: on stairs and landings, getting to the
toilet at night in a cell built for someone fit and young, or getting into a top bunk.

In 2022 a man of 78 at Greystanes fell from his bunk at night, lay on the floor until the morning
unlock and died in hospital of his injuries. He had been on report three times in the previous month for
not returning to his cell on time. Nobody had asked whether he might have dementia.
"""),
        ("evidence", "What has changed", """
Since April 2023 every man over 55, and any younger man staff are worried about, is offered a short memory
screen by the prison's healthcare team, and anyone who scores low is referred to the visiting memory
service. A council social worker and an occupational therapist now hold a weekly clinic in the prison.
Men with dementia or frailty can be moved to a ground-floor cell with a low bed, grab rails, a night light
and a call bell. Officers on the older men's wing check these men at night. Disciplinary reports for men
with a dementia diagnosis are reviewed by healthcare before any punishment.

<<Q:Falls among men over 60 at Greystanes fell from 58 in 2022/23 to 31 in 2023/24.>> <<Q:The average
wait for a Care Act assessment for a man in the prison went down from 14 weeks to 3 weeks.>>

So far 240 men have been screened and 27 have a new diagnosis of dementia. The occupational therapist has
adapted 19 cells.
"""),
        ("stakeholders", "Who was involved", """
<<S:Officers on the older men's wing told us that the men they worried about most were the ones who got
lost between the wing and the dining hall, and it was their idea to use coloured lines on the floor,
which the works department then painted.>> <<S:Healthcare nurses and our social workers designed the
referral form together and cut it down after the first month because officers found it too long.>>
<<S:The prison's safer custody team and the memory service agreed a way of reviewing disciplinary reports
for men with dementia, and changed it after the first three cases.>>

Every man over 55 is offered the memory screen. Eight prisoners who volunteered to be peer supporters
have been trained by a dementia charity to help men with dementia day to day. Families of men diagnosed
were sent a letter explaining the diagnosis and the support available, with the man's consent. We asked
men on the older men's wing to fill in a questionnaire about the changes; most of the answers were
positive, so we made no changes. We plan to involve men with dementia and their families in reviewing the
wing next year.
"""),
        ("value", "Value", """
The social worker and occupational therapist sessions cost the council about £38,000 a year, from the
existing prisons budget. Cell adaptations cost between £200 and £900 each. A hospital escort for a man
who has fallen takes two officers for the whole admission. For the men themselves, the change is being
treated as someone who is ill, not as someone who is breaking the rules.
"""),
        ("spread", "Spread", """
The approach has been shared with the other two prisons in the county, and one has started memory
screening. The regional prison health partnership board has asked us to present the work, and we have
written it up for the national network of prison social care leads.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1086  pregnant women who are homeless - pdf - with appendix - consultant
#        midwife, thoughtful - an acute trust's maternity service with its own
#        emergency department, inclusion health team and perinatal mental
#        health team, NO partner (ineligible) - women with lived experience
#        and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1086", format="pdf", layout="with_appendix", topic="homeless_pregnant_women_maternity",
    project="independent68-notforgotten-1086", pdf_font="LiberationSerif", pdf_align="J",
    title="No Fixed Abode, Not Forgotten: maternity care for women who are homeless",
    cover=[
        "Sorrelby University Hospitals NHS Trust, Maternity Services",
        "Working with the trust's Emergency Department, Inclusion Health Team and Perinatal Mental Health Team",
        "Entry by the Consultant Midwife for Vulnerable Women",
    ],
    primary_entrant=dict(name="Sorrelby University Hospitals NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Why we needed to change", """
Each year our maternity service cares for around 60 women who are homeless during their pregnancy:
sleeping rough, sofa-surfing, living in hostels or refuges, or moved between bed and breakfast rooms by
the council. Many also use drugs or alcohol, have experienced violence or have had children removed
before. They are far more likely than other women to book late, miss scans, and arrive in labour or
with a complication having had little or no antenatal care.

Our booking system relies on an address and a phone number. Appointment letters went to hostels the
woman had left. Text messages went to phones that had been sold or lost. When a woman missed two
appointments she was discharged back to her GP, and many did not have one. The emergency department
saw some of these women with bleeding or pain, but there was no flag to tell staff the woman was
pregnant and homeless, and the maternity team was not always told.

In 2022 a woman who was sleeping in a tent came to the emergency department at 30 weeks with a severe
headache. She had high blood pressure and needed an urgent delivery. She had not been seen by a midwife
for eleven weeks after being discharged for missed appointments.
"""),
        ("evidence", "What has improved", """
Since March 2023 every pregnant woman who is homeless has a named specialist midwife and is never
discharged for missing appointments. The inclusion health team tells maternity about any pregnant woman
it meets in the hostels, the day centre or on the streets. The emergency department adds an alert to the
record of any pregnant woman with no fixed address and phones the specialist midwife, or the labour ward
out of hours. Antenatal checks can be done at the day centre or in the inclusion health team's clinic.

<<Q:Women who are homeless who had their booking appointment before 13 weeks rose from 31% in 2021/22 to
68% in 2023/24.>> <<Q:The average number of antenatal contacts missed per woman fell from 5.4 to 1.9.>>
<<Q:Women in this group who arrived in labour with no antenatal care at all went from 9 to 2.>>

In 2023/24 the specialist midwives cared for 63 women who were homeless, and 14 were referred to the
perinatal mental health team.
"""),
        ("stakeholders", "Who was involved", """
<<P:Three women who had been homeless during their own pregnancies met with us over several months and
told us that the worst moment was being sent away from the labour ward triage with nowhere to go at
night, so any homeless woman sent home from triage now has a bed arranged by the inclusion health team
before she leaves.>> <<P:They also chose the wording of the small card the woman carries, which says she
is under the specialist midwife and gives the labour ward number, instead of a letter she could lose.>>

<<S:Emergency department nurses suggested the alert and designed the wording so that it shows on the
tracking screen, not only in the notes.>> <<S:Inclusion health nurses and the specialist midwives
together agreed which checks could safely be done at the day centre.>> <<S:Labour ward coordinators asked
for a weekly list of homeless women due in the next month, which is now sent every Monday.>>
"""),
        ("value", "Value", """
The specialist midwife roles were created from existing posts. A single emergency caesarean section and
neonatal unit stay can cost tens of thousands of pounds. Earlier booking means earlier screening and a
chance to plan safe care for the woman and her baby, including where they will live after the birth.
"""),
        ("spread", "Spread", """
We have shared the pathway with the regional maternity network and two other trusts are adopting it. The
inclusion health team now uses the same model for homeless people with other long-term conditions.
"""),
    ],
    trailer=[
        ("heading", "Appendix: definitions and data sources"),
        ("para", "Homeless: sleeping rough, staying in a hostel, refuge, night shelter or bed and breakfast placement, or staying temporarily with friends or family with no settled home of her own. Booking appointment: the first full antenatal appointment with a midwife."),
        ("para", "Figures for booking, missed contacts and women arriving in labour without care come from the maternity information system, with homelessness identified by the specialist midwives' register. The 2021/22 figures were taken from a look-back audit of women recorded as having no fixed address."),
        ("para", "Contact: Consultant Midwife for Vulnerable Women, Maternity Unit, Sorrelby General Hospital, Brook Lane, Sorrelby SB4 7QT."),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1087  overdose after leaving residential rehab early - pdf - numbered
#        questions - PRIVATE residential rehab company as primary entrant, with
#        the council and the ambulance service (ineligible) - registered
#        manager, hopeful - former residents involved - NO staff involvement
#        (staff trained, crews informed, a named clinical director, a survey
#        that changed nothing, a plan) - NO quantitative evidence (exits,
#        naloxone kits, calls, a target, no earlier figures)
# ---------------------------------------------------------------------------
entry(
    id="I1087", format="pdf", layout="numbered_questions", topic="rehab_early_exit_overdose",
    project="independent68-leavingsafe-1087", pdf_font="DejaVuSans", pdf_align="L",
    title="Leaving Early, Leaving Safe: preventing overdose when people leave residential rehab before the end",
    cover=[
        "Primary entrant: Brightwater Recovery Ltd (residential rehabilitation)",
        "Partners: Calderbrook Metropolitan Borough Council (Public Health and Drug and Alcohol Commissioning); North Pennine Ambulance Service NHS Trust",
        "Submitted by the Registered Manager, Brightwater House",
    ],
    primary_entrant=dict(name="Brightwater Recovery Ltd", type="private"),
    partners=[
        dict(name="Calderbrook Metropolitan Borough Council", type="local_authority"),
        dict(name="North Pennine Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "1. What was the problem?", """
Brightwater House is a 32-bed residential rehabilitation centre for adults recovering from drug and
alcohol dependence. Most residents are placed by councils across the north of England, and most stay for
twelve weeks. Around a third leave before the end of their placement, often suddenly, after an argument,
a craving or bad news from home.

People who leave rehab early are at very high risk of overdose. After weeks without opioids their
tolerance is much lower, but many go straight back to using the same amount as before. Until 2023,
someone who walked out of Brightwater left with their belongings and a phone number. The council that
placed them might not hear for days. Their community drug service often did not know they were back. In
2022 we learned of two former residents who had died of overdose within a week of leaving us.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
Since April 2023 every resident has a leaving plan written in their first week, in case they leave early.
It says who to call, where they will go and which drug service will see them. Anyone who decides to leave
is offered naloxone and shown how to use it, given a leaving pack, and offered a lift to the station or
to a family member. With consent, we phone their community drug service and the placing council the
same day, and our team calls the person within 24 hours. Calderbrook council funds a same-week
appointment for local residents. The ambulance service has added our address to its list of high-risk
locations so that crews attending someone who has just left know to think of overdose.

In 2023/24, 94 residents left early. 88 left with naloxone, 71 took a follow-up call within 24 hours and
63 were seen by a community drug service within a week. Our target is for everyone to leave with
naloxone.

We did not keep these figures before April 2023, so we cannot compare them with earlier years.
"""),
        ("stakeholders", "3. Who was involved and how?", """
<<P:Former residents who meet monthly as our alumni group designed the leaving pack, and insisted it
include a phone charger, a travel card and a letter from themselves saying 'come back any time', because
that is what they had wished for when they left.>> <<P:A woman who left Brightwater early in 2022 and
survived an overdose three days later told us that she had been too ashamed to ring us, and at her
suggestion our team now rings the person first, rather than waiting.>> <<P:Current residents reviewed the
leaving plan form at a house meeting and it was shortened to one page at their request.>>

All 46 of our staff have been trained in naloxone and in the leaving procedure. Ambulance crews were told
about the high-risk address through the ambulance service's bulletin. The procedure was written by our
clinical director, Dr Jane Okafor, as part of her role. We sent a survey to staff after six months; the
feedback was good, so we kept the procedure as it was. We plan to set up a review group with community
drug workers in 2025.
"""),
        ("value", "4. What difference has it made and is it value for money?", """
Naloxone kits are supplied free by the council. The leaving packs cost about £25 each. A residential
placement costs councils several thousand pounds, and a person who dies after leaving has lost
everything that placement was meant to give them. Families tell us they are glad to be called.
"""),
        ("spread", "5. How has it been shared?", """
We have shared the leaving plan and pack with the national association of residential treatment
providers, and two other centres are using them. The placing councils now ask for a leaving plan as part
of every placement agreement with us.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1088  people released from police custody at night with nowhere to go -
#        docx - short lists - custody inspector, clipped - police force with a
#        night shelter charity and the council's housing options team - staff
#        involved - NO evidence section and no measured change anywhere - NO
#        patient involvement (people released given a card, beneficiaries, a
#        questionnaire that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1088", format="docx", layout="bullet_lists", topic="night_release_custody_no_fixed_abode",
    project="independent68-notoutintothedark-1088", docx_font="Arial",
    title="Not Out Into the Dark: safer release from police custody for people with nowhere to go",
    cover=[
        "Carrick and Dane Police (lead), with Dane Valley Night Shelter (charity) and Carrick City Council (Housing Options)",
        "Contact: Inspector, Carrick Central Custody",
    ],
    primary_entrant=dict(name="Carrick and Dane Police", type="emergency_service"),
    partners=[
        dict(name="Dane Valley Night Shelter", type="charity"),
        dict(name="Carrick City Council", type="local_authority"),
    ],
    sections=[
        ("context", "The problem", """
- Carrick Central custody suite releases people at every hour of the day and night

- in 2022 around 1 in 10 people released gave no fixed address

- many were released between midnight and 6am, in winter, often still coming down from drugs or alcohol, with no phone charge, no money and no medicines

- custody staff had no one to call; the council's out-of-hours line only took calls about families

- some had been in the cells for more than a day and had missed doses of methadone, insulin or epilepsy medicines while they were there

- the nearest night shelter closed its doors at 11pm, and the council's emergency beds could only be booked in office hours

- in January 2023 a man released at 3am with nowhere to go was found dead from hypothermia and drug toxicity in a park two days later

- the review of his death found that the custody record said 'NFA, released, no concerns' and that nobody outside the police knew he had been held

What we changed, from March 2023:

- nobody with no fixed address is released between midnight and 7am unless they choose to leave

- custody staff phone Dane Valley Night Shelter, which keeps two beds for people leaving custody and will collect them

- the council's housing options team gets a secure email by 9am for every person released with no address

- the liaison and diversion team sees anyone with no address before release, and naloxone is offered to anyone who uses opioids

- the custody nurse checks that anyone on daily medicines has a supply or a pharmacy to collect from before they leave

- a taxi to the shelter is paid for from the custody budget when the shelter cannot collect
"""),
        ("stakeholders", "Who was involved", """
- <<S:custody sergeants told us that holding people until morning was only possible if the custody clock allowed it, and worked out with the legal team how to offer a safe wait in the release area instead of a cell>>

- <<S:night shelter staff asked for a text before arrival so they could have a bed ready, and now get one>>

- <<S:housing options officers designed the 9am email and asked for the person's phone number and where they spent the night to be included>>

- <<S:liaison and diversion practitioners suggested adding the medicines check to the release checklist after they found people leaving without their methadone>>

- people released are given a card with the shelter's address and the housing options number

- the scheme is for anyone with nowhere to go, and they are the ones who benefit

- a questionnaire was handed out to people leaving custody; the few that came back were positive, so nothing changed

- we intend to ask people who have used the scheme to help us review it
"""),
        ("value", "Value", """
- the two shelter beds cost £14,000 a year, shared between the police and the council

- custody staff time is small: one phone call and one email per person

- taxis cost about £12 a journey

- a night in the shelter costs far less than an ambulance call-out or an emergency admission for someone found collapsed in the street

- one death prevented is worth far more than the cost
"""),
        ("spread", "Spread", """
- the approach is in the force's custody release policy for all three suites from April 2024

- we have shared it with the regional custody forum and with the police and crime commissioner's office

- the council is looking at a similar route for people leaving the emergency department at night
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)
