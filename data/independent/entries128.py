"""One-hundred-and-twenty-eighth independent evaluation set (I2033..I2048) for the HSJ 'Best
Partnership Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional, apart from
a national public body or two named as partners.  The entries are meant to be ordinary:
the kind of thing community, acute and mental health trusts, councils, pharmaceutical
committees, universities, ambulance services, GP federations, primary care networks,
integrated care boards, hospices, a health innovation network and the odd private
occupational health or security company send in, in their own voices and at their own
length.  The theme of this set is work, workplaces and occupational health: the health of
NHS staff themselves, violence and aggression towards staff, needlestick injuries, shift
work and fatigue, and workplace health checks for other employers.

Topics (lead's type and layout): needlestick injuries from insulin pen needles among
district nurses and care home staff (a community trust, pdf own headings); blood pressure
and diabetes checks for taxi and private hire drivers at licence renewal (a council public
health team, docx bold headings with a cover table); abuse and violence towards
community pharmacy staff at supervised consumption (a local pharmaceutical committee,
docx numbered questions with cover bullets); runs of night shifts and drug calculation
errors in neonatal units (a university, pdf two columns); an out-of-hours needlestick
advice line for GP, dental and care home staff (a private occupational health company as
primary entrant, pdf lists); staff assaulted on mental health wards and what happens
afterwards (a mental health trust, docx no headings, long); end-of-shift overruns and
fatigue in ambulance crews (an ambulance service, pdf CAPS headings); measles, chickenpox
and hepatitis B immunity of GP practice staff (a GP federation, docx form with a cover
table, no spread section); occupational dermatitis and skipped hand hygiene among ward
nurses (departments of one acute trust, no partner, pdf made from Word); health checks
for night-shift workers at a food factory (an integrated care board, docx rubric
headings); sharps left in linen and waste bags injuring porters, laundry and waste
workers (an acute trust, pdf with appendix); hospice at home night carers working alone
(a hospice, docx sections in an unusual order); skin cancer, hearing and mental health
checks for farm workers at a livestock market (a primary care network, pdf numbered
questions); body-worn cameras and lone worker alarms for community nurses and social
workers (a private security technology company as primary entrant, docx style headings);
people with insulin-treated diabetes working rotating shifts (a health innovation
network, pdf form with a cover table); and aggression from visitors on a children's ward
(a children's hospital trust, docx short lists with no evidence section).

Lead types and layouts: I2033 nhs_trust (community), pdf own_headings; I2034
local_authority, docx bold_headings with a cover table; I2035 primary_care (LPC), docx
numbered_questions with cover bullets; I2036 university, pdf two_column; I2037 private,
pdf bullet_lists; I2038 nhs_trust (mental health), docx no_headings; I2039
emergency_service (ambulance), pdf caps_headings; I2040 primary_care (GP federation),
docx form_table with a cover table; I2041 nhs_trust (no partner), pdf style_headings via
soffice; I2042 icb, docx rubric_headings; I2043 nhs_trust (acute), pdf with_appendix;
I2044 charity (hospice), docx reordered; I2045 primary_care (PCN), pdf
numbered_questions; I2046 private, docx style_headings; I2047 ahsn, pdf form_table with a
cover table; I2048 nhs_trust (children's), docx bullet_lists.

Build it with

    .venv/bin/python data/independent/build.py --set 128   (writes data/corpus/independent128/)

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
  * not Q: dates, financial years, ward/site/practice/depot counts, headcounts, numbers
    trained, activity counts (checks, calls, referrals, alerts, devices issued, people
    screened or vaccinated), single figures with no baseline, a zero with no earlier
    figure, figures that did not change, budgets, costs and savings estimates, phone
    numbers, reference numbers, targets not yet reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    (including 'halved', 'a third fewer' and a sustained shift on an SPC chart with the
    two levels); no_quantitative_evidence looks only at the evidence section (or the
    whole entry when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, volunteers with lived experience, unusual names for
    them, list items), wherever in the entry it is told; a volunteer or peer worker with
    lived experience, employed by a partner, who helped design the work is PS.  Where the
    people receiving a workplace health check or advice service are workers who are not
    staff of any partner (self-employed drivers, farm workers, people with diabetes in
    many workplaces), they are the service's users and their involvement is P; where they
    are employees of a partner organisation who helped design the service they receive,
    it is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices, GP federations, primary care networks and local
pharmaceutical committees are primary_care; patients' and parents' groups are
patient_group; hospices, drug and alcohol charities and care associations are charity;
national public bodies such as the UK Health Security Agency and the Crown Prosecution
Service are public_other; health innovation networks are ahsn; a university is
university; occupational health, security technology, laundry, waste and food
manufacturing companies are private).  A department or team of the entrant's own
organisation is not a partner.  Flags are written by hand and build.py cross-checks them
against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I2033  needlestick injuries from insulin pen needles - pdf - own headings -
#        community trust, occupational health nurse, practical - council and a
#        care association - patients, care workers and nurses involved - no
#        flags
# ---------------------------------------------------------------------------
entry(
    id="I2033", format="pdf", layout="own_headings", topic="insulin_pen_needlestick_community",
    project="independent128-sharpssafeathome-2033", pdf_font="LiberationSans", pdf_align="L",
    title="Sharps Safe at Home: ending needlestick injuries from insulin pens in district nursing and care homes",
    cover=[
        "Lead organisation: Marlow Fen Community Health NHS Trust (Occupational Health and District Nursing)",
        "Partners: Marlow Fen County Council (Adult Social Care Commissioning); Fenland Independent Care Association",
        "Written by the Senior Occupational Health Nurse Adviser",
    ],
    primary_entrant=dict(name="Marlow Fen Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Marlow Fen County Council", type="local_authority"),
        dict(name="Fenland Independent Care Association", type="charity"),
    ],
    sections=[
        ("context", "Why we started", """
In our occupational health department, the single most common reason a community nurse
rings us in a hurry is a needlestick injury. For years most of these came from one place:
the insulin pen. District nurses give insulin to several hundred housebound people across
the county every morning and evening, and care home staff give it to many more under
delegation. An insulin pen needle is tiny, and it is removed by hand after every dose,
usually in a cramped bedroom, with a person who may be confused, moving or frightened.
Recapping and unscrewing the needle is where most injuries happen.

A needlestick injury is frightening for the person it happens to. They need blood tests,
sometimes a course of preventive medicines with unpleasant side effects, and then weeks of
waiting for results. Some of our nurses could not sleep. Several took time
off work, and in a small team one absence means visits are late or missed, and insulin
given late is a patient safety problem in its own right.

There was also a patient safety problem hiding behind the staff one. When we looked at the
incident reports, we found nurses who, after being injured, had left the used needle on
the pen and carried it back to the car, or left a full sharps bin in a person's kitchen
for weeks because nobody was responsible for collecting it. In two homes a grandchild had
picked up a loose needle.

Care homes were in the same position, and we had no line of sight into them at all. The
care association told us its members were buying the cheapest pen needles available, with
no safety feature, and that staff injuries were often not reported anywhere because the
homes did not have an occupational health service of their own.

We also had a problem with reporting. Our own staff reported injuries to occupational
health, but the incident reports went into the trust's risk system, and the two were
never put side by side. When we did match them, by hand, for the year 2022/23, we found
that a fair number of injuries reported to the advice line had never been entered as
incidents at all, so the trust's view of the problem was smaller than the reality.
Under-reporting after sharps injuries is well known: people blame themselves, or the form
takes too long at the end of a late shift.

Finally, there was the question of who pays. Safety devices cost more than the standard
product. Each care home buys its own supplies, the district nursing service buys through
the trust, and the council commissions care home places without saying anything about
equipment. Without all three organisations around the table, any one of them could
reasonably say that the problem belonged to somebody else.
"""),
        ("evidence", "What changed and what it has achieved", """
From April 2023 every district nursing team switched to safety pen needles, which have a
shield that locks over the needle automatically when it is removed from the skin. The
council agreed to write the same requirement into its care home contracts from October
2023, and the care association arranged a group purchasing deal so that smaller homes were
not paying more. Sharps bins are now collected on a fixed schedule by the council's
clinical waste service, booked by the nurse through a single form.

We also opened our needlestick advice line to care home staff, so that anyone injured in a
partner care home now gets the same same-day advice and blood tests as our own staff.

<<Q:Needlestick injuries reported by district nurses fell from 31 in 2022/23 to 6 in
2023/24, and none of the six involved a safety pen needle.>> <<Q:In the 38 care homes
that report to the care association, injuries from insulin needles went from 22 in the
year before the change to 5 in the year after.>>

<<Q:Working days lost after needlestick injuries in the district nursing service dropped
from 74 to 11.>> <<Q:Audits of homes where we give insulin found a full or overfilled
sharps bin in 41% of homes in our first audit and in 4% a year later.>>

The advice line took 63 calls from care home staff in its first year.
"""),
        ("stakeholders", "How we worked with patients and staff", """
<<S:Before anything was bought, eight district nurses and four care home senior carers
tried three different safety pen needles for a month and scored them; they rejected the
first one because the shield was too stiff for people with arthritis in their hands,
which mattered because many of our patients still inject themselves some days.>>
<<P:We asked people who inject themselves at weekends to try the shortlisted needles too,
and they picked the same one as the nurses, but asked for larger print on the box.>>
<<P:They also told us that a sharps bin on the kitchen table felt like a sign that they
were ill, so the nurses now agree with each person where the bin should live.>>

<<S:The care association's managers' forum helped us write the reporting form for care
home staff, and asked for a telephone route as well as an online one because night staff
in small homes rarely have a computer to hand.>> <<S:Our staff side representatives sat on
the project group throughout and insisted that injured staff get a follow-up call from
occupational health at two and six weeks, which we now do.>>
"""),
        ("value", "Value for money", """
Safety pen needles cost a little more than standard ones, about four pence a needle across
the whole service. Set against this, each needlestick injury costs us around £450 in
tests, treatment and staff time before anyone has taken a day off. The group purchasing
deal means most care homes now pay the same as before. The biggest gain is harder to cost:
nurses tell us they are no longer dreading the evening insulin round.
"""),
        ("spread", "Spreading the approach", """
Two neighbouring community trusts have asked for our product evaluation scores and
contract wording. The council has added the same requirement to its supported living
contracts. We presented the work at the regional occupational health nurses' network in
March, and the care association has shared its purchasing deal with associations in two
other counties.

We have learned that the equipment was the easy part. The harder and more important part
was making it normal for a care worker in a small home to ring an NHS occupational health
nurse at nine o'clock at night and be treated exactly as one of our own staff would be. We
would encourage any community trust thinking of doing this to open its advice line to
partner organisations from the start, because that is what made the care homes trust us,
and it is what gave us the information we needed to see the whole picture.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I2034  blood pressure and diabetes checks for taxi drivers at licence
#        renewal - docx - bold headings with a cover table - council public
#        health, upbeat - LPC and acute trust - drivers only as beneficiaries,
#        surveyed (nothing changed), told, a plan - NO patient involvement;
#        staff involved
# ---------------------------------------------------------------------------
entry(
    id="I2034", format="docx", layout="bold_headings", topic="taxi_driver_health_checks_licensing",
    project="independent128-fittodrive-2034", docx_font="Calibri",
    title="Check Before You Drive: health checks for taxi and private hire drivers at licence renewal",
    cover_table=[
        ("Entry title", "Check Before You Drive: health checks for taxi and private hire drivers at licence renewal"),
        ("Lead organisation", "Brindlecombe City Council (Public Health, with Licensing Services)"),
        ("Partners", "Brindlecombe and District Local Pharmaceutical Committee; Brindlecombe Royal Hospitals NHS Trust (Cardiology and Diabetes)"),
        ("Contact", "Consultant in Public Health"),
    ],
    primary_entrant=dict(name="Brindlecombe City Council", type="local_authority"),
    partners=[
        dict(name="Brindlecombe and District Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Brindlecombe Royal Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The problem", """
Brindlecombe has about 2,900 licensed taxi and private hire drivers. Almost all are men,
most are self-employed, many work twelve-hour shifts or nights, and a large proportion are
from South Asian communities where type 2 diabetes and high blood pressure are common and
often start young. They eat on the move, sit for most of the day and rarely see a GP unless
something goes wrong.

Every driver has to have a medical to the group 2 standard when they are first licensed
and at intervals afterwards. Our licensing team found that this was not working as a
safety check. Drivers paid a GP or private doctor for a form, and a blood pressure reading
of 190 over 110 could be recorded on the form with no advice, no referral and no follow-up.
In 2022 a driver collapsed at the wheel on the ring road with a passenger in the back; he
had an undiagnosed heart rhythm problem and very high blood pressure, and had passed his
medical six months earlier. Nobody was seriously hurt, but it could easily have been
different.

The people at risk were the drivers themselves, their passengers and other road users.
Public health and licensing decided we needed something that found the problem and then
actually did something about it.

There were other difficulties. Many drivers had no GP, or had one in another town where
they used to live. Drivers also had good reason to be wary of any health check whose
result might be used against them, because losing a licence means losing a livelihood,
and many have loans on their vehicles. Licensing officers,
for their part, had no medical training and no way of knowing whether a form they were
handed reflected a proper examination.

We also knew from the national evidence that South Asian men develop heart disease around
ten years earlier than the population as a whole, and that high blood pressure is the
single most important risk factor for stroke. A driver with blood pressure that has been
high for years and never treated is at real risk of a stroke or heart attack, and in a
moving vehicle that is a danger to everyone around him. The challenge was to make a check
that drivers would actually want to have, that gave them something useful, and that sent
them on to treatment quickly when it was needed.
"""),
        ("evidence", "Results", """
Since February 2023 every driver renewing a licence is offered a free check at one of 14
community pharmacies before their medical: blood pressure, pulse rhythm, a finger-prick
HbA1c, weight and a few questions about sleep. The pharmacist gives the result there and
then. Anyone with very high blood pressure, a possible irregular heart rhythm or an HbA1c
in the diabetes range is referred the same week to a fast-track clinic run by the
hospital's cardiology and diabetes nurses, with a copy to their GP. Licensing will not
refuse a licence because of the check; the medical still decides fitness to drive.

So far 1,734 drivers have had a check. 211 had blood pressure high enough to need
treatment, 58 had a possible irregular rhythm and 96 had an HbA1c in the diabetes range.

<<Q:Among drivers who had a second check at their next renewal, the proportion with
uncontrolled blood pressure fell from 19% to 8%.>> <<Q:Group 2 medicals that recorded a
blood pressure over 180 with no action taken went from 37 in 2022 to none in 2024.>>

<<Q:The time from a high reading to a driver being seen by a specialist nurse came down
from an average of 61 days, when it relied on the driver booking their own GP appointment,
to 9 days.>>
"""),
        ("stakeholders", "Involving people", """
<<S:The pharmacists who would be doing the checks designed the workflow with us through the
LPC's clinical sub-group, and it was their idea to put the HbA1c machine in the consulting
room rather than the dispensary so drivers did not have to wait twice.>> <<S:The
hospital's specialist nurses agreed the referral thresholds with the pharmacists, and
changed them after the first month when they found they were being sent readings that GPs
could manage.>> <<S:Licensing officers told us drivers would only come if the check fitted
around renewal appointments, so the pharmacies now book checks in the same week as the
licensing appointment.>>

We wrote to every licensed driver before the scheme started to explain what it was and
that it would not affect their licence. Drivers were surveyed after their check and most
said they were happy with it, so we have kept the format as it is. Leaflets in Urdu,
Punjabi, Bengali and Polish were handed out at the taxi ranks. We would like to set up a
drivers' reference group next year to help us plan the next phase.
"""),
        ("value", "Value for money", """
Each check costs £28 paid to the pharmacy from the public health grant, about £49,000 a
year in total. The fast-track clinic runs within existing nurse time. A single stroke or
heart attack in a working-age man can cost the NHS and social care tens of thousands of
pounds, and a collision involving passengers much more.

For the licensing service there has been a practical benefit as well. Officers say the
medical forms they now receive are more complete, because the doctor carrying out the
medical has the pharmacy result in front of them.

Pharmacies have gained too. The checks bring in customers who had never used them before,
and several drivers now collect their repeat prescriptions from the pharmacy where they had
their check.
"""),
        ("spread", "Spread", """
Two neighbouring councils are now offering the same check through their own licensing
teams. We have shared our pharmacy service specification and referral form with the
regional public health network and the national association of licensing officers, and
the LPC is talking to the bus operator about doing the same for bus drivers.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I2035  abuse and violence towards community pharmacy staff at supervised
#        consumption - docx - numbered questions with cover bullets - LPC
#        chief officer, direct - police, a drug and alcohol charity, council -
#        peer mentors (PS), service users told in evidence section, staff
#        involved - subtle claims in words - no flags
# ---------------------------------------------------------------------------
entry(
    id="I2035", format="docx", layout="numbered_questions", topic="pharmacy_staff_abuse_supervised_consumption",
    project="independent128-safebehindcounter-2035", docx_font="Arial",
    title="Safe Behind the Counter: reducing abuse and violence towards community pharmacy teams",
    cover=[
        "Submitted by Calderholme Local Pharmaceutical Committee",
    ],
    cover_bullets=[
        "Partners: Calderholme and Ryedale Police; Pathway Recovery Calderholme (drug and alcohol charity); Calderholme Metropolitan Borough Council (Public Health Commissioning)",
        "Entry written by the LPC Chief Officer",
    ],
    primary_entrant=dict(name="Calderholme Local Pharmaceutical Committee", type="primary_care"),
    partners=[
        dict(name="Calderholme and Ryedale Police", type="emergency_service"),
        dict(name="Pathway Recovery Calderholme", type="charity"),
        dict(name="Calderholme Metropolitan Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", "1. What was the safety problem and why did it need a partnership?", """
Community pharmacies in Calderholme supervise opioid substitution doses, methadone and
buprenorphine, for around 1,100 people every day. The great majority of them are polite
and grateful and have been coming to the same pharmacy for years. But when things go
wrong, they go wrong at the counter, in front of other customers, and the person on the
receiving end is usually a young counter assistant on minimum wage.

In a survey of our pharmacies in 2022, two in three said a member of staff had been
verbally abused in the past month and one in five said someone had been physically
threatened. The flashpoints were always the same: a dose not ready because the
prescription had not arrived from the drug service, a dose refused because the person
seemed intoxicated, or a change to the pick-up arrangements that nobody had explained.
Three pharmacies gave notice that they would stop offering supervised consumption
altogether, which would have pushed people to travel further, or to miss doses and buy on
the street, with an obvious risk of overdose.

So this was a staff safety problem and a patient safety problem at the same time, and no
single organisation could fix it. The prescriptions come from the drug service. The
pharmacies deal with the consequences. The police respond if it escalates. The council
pays for all of it.

Pharmacy owners were also frustrated that, when an incident did happen, nothing seemed to
follow. A counter assistant might be sworn at on Monday and the same person would come back
on Tuesday with nobody from the drug service having been told. Incidents were reported, if
at all, to the pharmacy company's head office, which was often hundreds of miles away and
had no connection with the local drug service or the police. The police, in turn, were
called only when things were already out of hand, and officers had no background on the
person involved or on what had led up to it.

The people collecting doses had their own frustrations. The drug service had long known
from complaints that some felt they were treated differently from other customers, made to
wait at the end of the queue or to take their dose in full view of the shop. None of this excused abuse, but it
helped us see that the problem sat on both sides of the counter.
"""),
        ("evidence", "2. What has improved?", """
We introduced four things in 2023. Prescriptions for supervised doses are now sent
electronically at least 48 hours before they start, and the drug service rings the
pharmacy whenever it changes someone's dose or pick-up days. Every pharmacy has a named
key worker at the drug service it can call the same day. Pharmacy teams have had
de-escalation training from the police and the charity together. And there is a shared
incident form that goes to all three organisations, so that a pattern is seen early.

<<Q:Incidents of abuse or threats reported by pharmacies halved between the first and
second year of the scheme.>> <<Q:Incidents that needed the police to attend went down by
about a third over the same period.>> <<Q:Doses that could not be given because the
prescription had not arrived, the most common trigger of all, fell from 312 in 2022 to 47
in 2024.>>

No pharmacy has withdrawn from the service since the scheme started, and two that had
stopped have come back. <<P:People collecting their doses were asked by the charity's
outreach team what made a visit go badly, and the answers led to the pharmacies agreeing
to text people when their prescription had been delayed, rather than letting them find out
at the counter.>>
"""),
        ("stakeholders", "3. How were patients, service users and staff involved?", """
<<PS:Two peer mentors employed by Pathway Recovery, both of whom collected supervised doses
for several years themselves, helped write the de-escalation training and deliver it,
playing the part of the customer in role-plays.>> <<PS:They also rewrote the notice on
the counter explaining what happens if a dose is delayed, because the first version read
like a warning.>>

<<S:Pharmacy counter staff from twelve pharmacies met three times with the drug service
and a police community support officer to map what was happening in the hour before an
incident, and they are the reason the 48-hour prescription rule exists.>> <<S:Drug service
key workers suggested the same-day phone line after hearing pharmacy staff describe being
unable to get through on the main number.>>
"""),
        ("value", "4. What is the value for money and the impact on people?", """
The scheme cost £18,500 in its first year, mostly for training and the time of the peer
mentors. Keeping supervised consumption available in every pharmacy avoids people being
moved onto more expensive supervised clinic slots, and every overdose avoided saves an
ambulance call and often a hospital admission. Pharmacy staff say they feel someone is on
their side.

Pharmacy owners tell us that they find it easier to recruit and keep counter staff now that
they can show them a proper support process. A number of pharmacies have also put in a
private or semi-private area for supervised doses, using a small grant from the council,
so that people are not taking their medicine in front of the queue.
"""),
        ("spread", "5. Has the work been shared or spread?", """
The shared incident form has been adopted by two other LPCs in the region. The police have
included the pharmacy training in their business crime prevention programme, and the
council has written the 48-hour rule into its new drug service contract.

We have also written up the training for the national pharmacy negotiating body's workforce
group, and the two peer mentors have spoken at a regional pharmacy conference about what
it feels like to be on the other side of the counter. For us the biggest lesson is that
the fix for most of these incidents was not security screens or panic buttons, useful as
those may be, but making sure the prescription arrived on time and everyone knew what was
happening.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I2036  runs of night shifts and drug calculation errors in neonatal units
#        - pdf - two columns - university nursing research lead, reflective -
#        two NHS trusts - parents (family advisory group, passive voice) and
#        staff involved - NO quantitative evidence (counts, dates, single
#        figure, target)
# ---------------------------------------------------------------------------
entry(
    id="I2036", format="pdf", layout="two_column", topic="neonatal_night_shift_runs_calculation_errors",
    project="independent128-nightsix-2036", pdf_font="LiberationSerif",
    title="Night Six: rethinking runs of night shifts to protect babies from drug calculation errors",
    cover=[
        "University of Ashcombe, School of Nursing and Midwifery (lead), working with Ashcombe Women's and Children's NHS Foundation Trust and North Wyvern Hospitals NHS Trust",
        "Entry by the Associate Professor of Neonatal Nursing",
    ],
    primary_entrant=dict(name="University of Ashcombe", type="university"),
    partners=[
        dict(name="Ashcombe Women's and Children's NHS Foundation Trust", type="nhs_trust"),
        dict(name="North Wyvern Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The question we asked", """
Babies in neonatal intensive care are given medicines in doses calculated to the
microgram for their weight, often diluted and run through syringe pumps at rates of less
than one millilitre an hour. A misplaced decimal point can mean a tenfold overdose. Every
neonatal unit knows this and has double checks in place, but errors still happen, and
when the nurses involved talk about them afterwards, one word comes up more than any
other: tired.

In 2022 a neonatal nurse at one of our partner units made a tenfold error with a morphine
infusion at about 5am on the fifth of six consecutive night shifts. The baby recovered.
The nurse did not return to neonatal nursing. The review found that she had chosen the six
nights herself, to have a run of days off afterwards, and that this was common practice,
encouraged by self-rostering.

Our research group had been studying shift patterns and fatigue for several years. We
offered to work with both units to look at whether long runs of nights were linked to
errors, and what could be done without taking away the flexibility that nurses valued.

Fatigue is not a new subject in healthcare. What is less well understood is how it builds
up over a run of nights. Most people sleep less after a night shift than they would at
night, and the shortfall adds up: by the fourth or fifth night many nurses are running on
far less sleep than they think. Circadian rhythms never fully adjust to night work, and
the lowest point of alertness, between about 3am and 6am, is also when many infusions are
changed and many doses are due on neonatal units. <<S:Nurses on both units told us, too,
that they often chose long runs of nights for good reasons, such as childcare, long
commutes or caring for an older relative, and that any new rule had to leave room for
that.>>

Both trusts had tried warnings and posters about fatigue before. Neither had looked
properly at its own data, and neither had the research skills to do it. We had the methods
but no way of changing rotas. This was why a partnership made sense.
"""),
        ("evidence", "What we found and what changed", """
We reviewed every reported medicine incident in the two units over three years, 412 in
all, and matched them to the rota of the nurse involved. We also asked 96 nurses to wear
an activity monitor and keep a sleep diary through a full rota cycle.

Both units changed their rostering rules in June 2023: no more than four nights in a row,
at least two full days off after a run of nights, and the highest-risk infusions
(morphine, insulin, inotropes and potassium) are not prepared by a nurse on their fourth
night without an independent second check at the cot side. The units also introduced a
20-minute protected nap for night staff between 2am and 5am, in a quiet room.

Since the change there have been eleven reported calculation errors involving the
highest-risk infusions across both units. The trusts have set a target of halving
calculation errors by 2026. Rota compliance with the four-night rule was 93% in the most
recent month we checked. We will repeat the full incident review in 2025, once there are
two complete years of data after the change.
"""),
        ("stakeholders", "Working with nurses and families", """
<<S:The new rostering rules were agreed by a group of 22 neonatal nurses from both units,
who went through the study findings with us over three workshops, and it was their
suggestion to keep self-rostering but cap runs at four nights rather than ban long runs
altogether.>> <<S:Night shift coordinators tested the protected nap for two months and
moved it from the staff room to a side room after finding nobody could rest in the staff
room.>>

<<P:The findings were also taken to the unit's family advisory group, where the mothers and
fathers of babies on the unit asked that parents be told who the second checker is for a
high-risk infusion, and a card at the cot now shows both names.>> <<P:One father, whose
daughter had been given the wrong dose of an antibiotic, went through the incident review
method with the researchers and pointed out that near misses caught by parents were not
being recorded, so they now are.>>
"""),
        ("value", "Value", """
The rostering changes cost nothing. The quiet rooms cost £3,200 to furnish in each unit.
A single serious medicine error in a neonate can lead to a claim running to millions of
pounds, and the loss of an experienced nurse from a specialty that is hard to recruit to.

Nurses on both units tell us they feel the trusts have finally taken their tiredness
seriously, rather than treating it as something to put up with. Several described the
protected nap as the first time in their careers that they had been allowed to rest on a
night shift without feeling guilty. Ward managers say that the new rules have made rotas
slightly harder to fill, especially over Christmas and the summer, but that it has been
manageable.
"""),
        ("spread", "Spread", """
Our findings have been presented at the national neonatal nursing conference and submitted
for publication. The regional neonatal network is considering the four-night rule for all
its units, and one paediatric intensive care unit has asked for our study protocol.

We are also using the study as the basis for a module on fatigue and safety in our
undergraduate and postgraduate nursing programmes, so that the next generation of
neonatal nurses starts with a different expectation of what a safe rota looks like.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I2037  out-of-hours needlestick advice line for GP, dental and care home
#        staff - pdf - lists - PRIVATE occupational health company as primary
#        entrant (ineligible) with a GP federation and an acute trust -
#        patients (PPG) involved - NO staff involvement (staff trained,
#        briefed, a named clinical lead, a survey with no change, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I2037", format="pdf", layout="bullet_lists", topic="out_of_hours_needlestick_advice_line",
    project="independent128-sharpsline-2037", pdf_font="DejaVuSans", pdf_align="L",
    title="SharpsLine: round-the-clock advice after a needlestick injury for primary care and care home staff",
    cover=[
        "Primary entrant: Oakhurst Occupational Health Ltd",
        "Working with: Tellbridge GP Federation; Tellbridge and Haldon University Hospitals NHS Foundation Trust (Emergency Department and Sexual Health)",
        "Contact: Clinical Director, Oakhurst Occupational Health Ltd",
    ],
    primary_entrant=dict(name="Oakhurst Occupational Health Ltd", type="private"),
    partners=[
        dict(name="Tellbridge GP Federation", type="primary_care"),
        dict(name="Tellbridge and Haldon University Hospitals NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The problem", """
Oakhurst provides occupational health to 46 GP practices, 31 dental practices and 60 care
homes in Tellbridge and Haldon. None of them has an occupational health nurse on site.

What we found in 2022:

- a needlestick or sharps injury in a GP surgery or a dental practice after 5pm, or at any time in a care home, had no clear route for advice

- staff were told to 'go to A&E', where they often waited four or five hours behind more urgent patients

- some gave up and went home, and came to us days later, when preventive medicines for HIV are much less likely to work

- the blood of the patient the needle had been used on (the 'source patient') was often not tested, because nobody asked for consent before the patient left

- practices were unsure whether they were allowed to ask a patient for a blood sample at all

- care home staff injured at night often did not tell anyone until the morning, because the home's manager was not on site

- injuries were recorded on different forms in each setting, so no one could see how many there were or where they happened

Why this matters for patient safety:

- an injured nurse or carer who is anxious and waiting for results is more likely to take time off, and small practices and homes cannot easily cover the gap

- delays in preventive treatment increase the small but real risk that a blood-borne virus is passed on, including to future patients if it is not detected

- when the source patient is not tested, the injured person may be put on weeks of preventive medicines they did not need, with side effects that affect their work

Why a partnership:

- Oakhurst had the occupational health nurses but not the out-of-hours cover or the emergency department access

- the federation ran the out-of-hours GP service and could take calls at night

- the hospital held the preventive medicines and the sexual health doctors who prescribe them
"""),
        ("evidence", "What we did and what has changed", """
SharpsLine started in March 2023:

- a single phone number answered 24 hours a day by an Oakhurst occupational health nurse or, at night, by the federation's out-of-hours clinicians

- the nurse assesses the risk on the phone using an agreed protocol

- if preventive HIV medicines are needed, the injured person is sent straight to the emergency department with a SharpsLine code, and is seen by the sexual health doctor on call rather than queuing

- a script and consent form for asking the source patient for a blood sample before they leave

Results so far:

- <<Q:the median time from injury to advice fell from 19 hours to 35 minutes>>

- <<Q:source patient blood samples were obtained in 22% of injuries in 2022 and 71% in 2024>>

- <<Q:injured staff who needed preventive medicines and started them within 72 hours went up from 54% to 96%>>

- 388 calls in the first 18 months
"""),
        ("stakeholders", "Involvement", """
- <<P:members of two patient participation groups read the source patient script and consent form, and said that being asked for blood 'because of an accident' sounded alarming, so the script now begins by explaining that the patient has done nothing wrong and that the test protects the staff member>>

- <<P:they also asked for a leaflet the patient could take home, which we produced with their wording>>

- all practice managers and care home managers were briefed at the federation's quarterly meeting

- 520 staff across the three sectors completed our e-learning module on what to do after a sharps injury

- our Clinical Director led the design of the protocol and the risk assessment

- we surveyed practice nurses after six months; most rated the line as good or very good and no changes were needed

- we plan to invite dental nurses to a user panel in 2025
"""),
        ("value", "Value", """
- SharpsLine is funded through our existing occupational health contracts, with a small increase of £1.20 per staff member per year

- each avoided HIV infection would save the NHS an estimated £360,000 in lifetime treatment costs

- staff spend far less time waiting in the emergency department

- the emergency department sees SharpsLine patients quickly, which frees up cubicle time for other patients

- fewer staff are started on preventive medicines unnecessarily, because the source patient's result is now usually available within a day
"""),
        ("spread", "Spread", """
- two further GP federations have asked to join SharpsLine from April 2025

- the emergency department now uses the SharpsLine code for hospital-based students and agency staff as well

- we have shared the source patient script and consent form with the regional occupational health providers' network

- the risk assessment protocol has been published on our website for any employer to use
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I2038  staff assaulted on mental health wards and what happens afterwards
#        - docx - no headings - long - mental health trust head of security
#        and violence reduction, narrative - police and the Crown Prosecution
#        Service - 'ward voices' peer workers (PS), ward community meetings
#        (P, unusual name), staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I2038", format="docx", layout="no_headings", topic="mental_health_ward_staff_assault_aftercare",
    project="independent128-afterthe-2038", docx_font="Georgia",
    title="After the Incident: support, justice and learning when staff are assaulted on our wards",
    cover=[
        "Lead: Greystone Valley Mental Health NHS Foundation Trust",
        "Partners: Greystone and Pendle Constabulary; Crown Prosecution Service (North Pennine Area)",
        "Written by the Head of Violence Reduction and Security",
    ],
    primary_entrant=dict(name="Greystone Valley Mental Health NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Greystone and Pendle Constabulary", type="emergency_service"),
        dict(name="Crown Prosecution Service", type="public_other"),
    ],
    sections=[
        ("context", None, """
I have worked in mental health services for twenty-six years, the first eighteen as a
nurse on acute wards, and I have been assaulted more times than I can remember. Most of the
time it was by someone who was very unwell and frightened, and I did not want anything to
happen to them except that they got better. A few times it was something else: a
deliberate, planned attack by someone who knew exactly what they were doing. What I
learned, on both kinds of occasion, was that after the incident itself, very little
happened. You filled in a form. Someone asked if you were all right. You went back on the
ward the next shift, often to look after the same person.

When I took on this role in 2021 we had 1,460 reported assaults on staff a year across our
fourteen inpatient wards. Behind that figure were nurses and healthcare assistants who
were leaving, going off sick with injuries and stress, or quietly becoming more
restrictive, because they were frightened. Wards with high assault rates also had high
rates of restraint and seclusion, high use of agency staff and more incidents of harm to
patients. It is not possible to run a safe ward for patients when the staff do not feel
safe, and the reverse is true as well.

There were three things wrong with what happened after an assault. First, support for the
member of staff depended on who was in charge that day. Second, when a staff member wanted
to report a serious assault to the police, the case usually went nowhere: officers were
unsure whether a detained patient could be charged, statements were taken weeks later,
evidence such as CCTV was overwritten, and the Crown Prosecution Service often received a
file it could not use. Staff learned not to bother. Third, and most important for patient
safety, we did not learn from assaults. Each was treated as an individual event, not as a
signal that something about the ward, the routine or the person's care was not right.

There was also a persistent belief, among staff as well as managers, that being assaulted
was simply part of the job in mental health. I understand where it comes from. Nobody wants
to criminalise illness, and most of us came into this work because we wanted to help people
at their most unwell. But the belief had a cost. Staff who were hurt did not report it,
managers did not ask, and patterns that might have warned us about a ward that was becoming
unsafe went unnoticed until something serious happened.
"""),
        ("evidence", None, """
After the Incident has three parts, which we introduced together in September 2022.

The first is a post-incident support pathway. Within the shift, the nurse in charge holds a
short, structured debrief with everyone involved. Within 72 hours, the injured staff
member gets a call from a trained peer supporter, a colleague from another ward, and an
offer of occupational health and psychological support. Their manager has a checklist,
including a conversation about whether they want to keep working with the patient
involved, which they are never forced to do.

The second is a joint protocol with the police and the Crown Prosecution Service. Every
ward has a named police liaison officer. Where a staff member wants to report a serious
assault, the officer takes a statement within seven days, CCTV and body-worn camera footage
are preserved automatically, and the consultant psychiatrist provides a short, standard
statement about the patient's mental state and capacity at the time, so that prosecutors
can make a properly informed decision about whether prosecution is in the public interest.
Most cases do not go to court, and many should not, but the decision is now made properly
and the staff member is told why.

The third is a learning review. Every assault that causes an injury is looked at within a
fortnight by the ward team, with the patient involved where they are willing, asking what
happened in the hours before and what might have been done differently. Findings are
shared across wards every month.

<<Q:Assaults on staff across our inpatient wards fell from 1,460 in 2021/22 to 1,012 in
2023/24.>> <<Q:Staff who were assaulted and received a follow-up call within 72 hours
increased from 18% to 89%.>> <<Q:The time taken for police to take a statement after a
reported assault came down from a median of 34 days to 5 days.>> <<Q:Cases sent to the
Crown Prosecution Service with enough evidence for a charging decision went from 9 of 41
in 2021/22 to 33 of 38 in 2023/24.>>

<<Q:On the four wards where the learning reviews were
introduced first, the use of prone restraint dropped by just over 40% in the year after
they started.>> Sickness absence due to assault is now reviewed by the board every
quarter.

The learning reviews have taught us things we did not expect. On one ward, assaults were
clustered around the evening medicine round, when the ward was short because staff were
taking breaks; the round was moved and breaks staggered. On another, several incidents
followed leave being cancelled at short notice, and the ward now explains cancellations
face to face with the patient and offers an alternative the same day. None of this required
new money.
"""),
        ("stakeholders", None, """
The design work was done with people who know what an assault feels like from both sides.
<<PS:Our 'ward voices' peer workers, who are employed by the trust and have all been
detained on a mental health ward themselves, sat on the project group from the first
meeting, and one of them argued strongly that patients should be offered a debrief of
their own after an incident, which is now part of the pathway.>> <<PS:They also wrote the
section of the learning review that asks what the patient says was happening for them,
and they run that conversation where the patient agrees.>>

<<P:Ward community meetings on six wards discussed the draft protocol, and members were
clear that they did not want police officers walking onto the ward in uniform to take
statements, so statements are now taken in an interview room off the ward.>> <<P:A small
number of former inpatients who had themselves been charged after an incident talked to us
in confidence about how that felt, and their accounts shaped the wording of the letter
that explains the process to patients.>>

<<S:More than sixty nurses, healthcare assistants and ward managers came to four listening
events before anything was written, and the peer supporter role was their idea.>> <<S:The
first group of peer supporters, all ward staff volunteers, tested the 72-hour call script
for three months and cut it down to a handful of open questions.>> <<S:Staff side
representatives and the police liaison officers agreed the statement-taking process
together.>> <<S:Consultant psychiatrists helped the Crown Prosecution Service design the
standard statement on mental state, after explaining that the old requests for a full
psychiatric report were the main reason cases were stalling.>>
"""),
        ("value", None, """
Every assault that leads to time off costs us, on average, eleven days of sickness absence
and the agency cover to fill the gap. The peer supporter role is voluntary and part of
existing jobs; the main cost is training, about £14,000 a year. Preserving CCTV and
body-worn camera footage cost nothing except changing a setting. For the police and the
Crown Prosecution Service the protocol has meant less time spent on files that cannot
proceed.

What matters more is what staff tell us. A healthcare assistant who was punched in the face
last year wrote to me to say that, for the first time, she felt the organisation was
behind her. A patient who had assaulted a nurse while very unwell asked, through his
advocate, to be able to apologise, and did. Both are now part of our training.
"""),
        ("spread", None, """
Two other mental health trusts in the region have adopted the police and Crown Prosecution
Service protocol, with their own forces. The learning review template has been shared
through the national network of violence reduction leads, and we have presented the work
to the regional NHS staff council. Our peer workers have spoken about it at a national
conference on reducing restrictive practice. We are now extending the support pathway to
our community teams, where staff visiting people at home face similar risks.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I2039  end-of-shift overruns and fatigue in ambulance crews - pdf - CAPS
#        headings - ambulance service clinical operations manager, brisk -
#        two acute trusts and ICB - staff involved - NO patient involvement
#        (patients benefit, a patient survey with no change, Healthwatch sent
#        the report, a plan to involve the patient panel) - an SPC shift
# ---------------------------------------------------------------------------
entry(
    id="I2039", format="pdf", layout="caps_headings", topic="ambulance_crew_shift_overrun_fatigue",
    project="independent128-hometime-2039", pdf_font="LiberationSans", pdf_align="J",
    title="Home Time: cutting late finishes and fatigue for ambulance crews",
    cover=[
        "Western Moors Ambulance Service NHS Trust, with Tamarisk Bay Hospitals NHS Trust, Okehurst General Hospital NHS Foundation Trust and NHS Western Moors Integrated Care Board",
        "Submitted by the Head of Clinical Operations (North Division)",
    ],
    primary_entrant=dict(name="Western Moors Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Tamarisk Bay Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Okehurst General Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="NHS Western Moors Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "WHY THIS MATTERED", """
Our crews work twelve-hour shifts. In 2022, more than half of shifts in our north division
finished late, and one in five finished more than an hour late. The usual cause was a
job given to the crew in the last hour of the shift, often a long way from base, followed
by a wait to hand the patient over at a busy emergency department. A crew that starts at
7pm and finishes at 9.30am the next morning, having had no meal break, then drives home on
rural roads.

Fatigue is a patient safety issue. Tired clinicians make more drug errors, miss signs of
deterioration and drive more dangerously under blue lights. Our own incident data showed
that vehicle collisions and medication incidents were concentrated in the last two hours of
long shifts. Staff surveys told the same story, and late finishes were the most common
reason given by paramedics leaving the service.

Much of the problem was not in our control. Handover delays at the two hospitals in the
division, and the way the ICB commissioned out-of-hospital alternatives, drove how long a
crew was tied up with each patient.

Late finishes also have a cost that is easy to overlook. Crews who know they are likely to
finish late are understandably reluctant to take a meal break early in the shift, in case
they need it later, and end up going without altogether. Some crews were driving home after
a night shift having been awake for more than twenty hours. Two of our paramedics were
involved in road collisions on the way home in 2022, one of them serious. Others described
falling asleep at traffic lights, or having to pull into a lay-by to sleep before they
could drive on.

We had tried local fixes before, such as asking the control room to 'protect' crews near
the end of the shift where possible. They did not last, because on a busy night the
pressure to send the nearest crew to every call always won. We needed rules that everyone,
including the hospitals and commissioners, had signed up to in advance.
"""),
        ("evidence", "WHAT WE DID AND WHAT CHANGED", """
From January 2023 we made four changes. Crews in their last hour are only sent to
life-threatening calls, or to calls within fifteen minutes of their base. Both hospitals
introduced a 'end of shift' handover flag: a crew within an hour of finishing has its
patient handed over within fifteen minutes, with the hospital's ambulance handover nurse
taking over care if necessary. Meal breaks are protected and logged on the dispatch
system, and the control room cannot override them except for a category 1 call nearby. The
ICB funded an extra community urgent response car in the evenings, so that older people
who had fallen without injury could be seen at home rather than by a late-finishing crew.

<<Q:Our statistical process control chart of late finishes shows a sustained shift, from a
mean of 54% of shifts finishing late before the change to a new mean of 29% from April 2023
onwards.>> <<Q:Shifts finishing more than an hour late fell from 21% to 7%.>> <<Q:Protected
meal breaks taken in full rose from 38% of shifts to 81%.>>

<<Q:Vehicle collisions in the final two hours of a shift went down from 26 in 2022 to 11 in
2024.>> Category 1 response times in the division were not affected by the last-hour rule.

Some of the change came from the hospitals. Both have also made wider changes to the way
their emergency departments are run over the same period, so we cannot claim all of the
improvement for ourselves.
The protected meal breaks and the last-hour rule, however, are entirely within our control
and have held up even in the busiest winter weeks.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<S:The changes came from a working group of paramedics, emergency medical technicians,
control room dispatchers and union representatives that met every fortnight for four
months.>> <<S:Dispatchers pointed out that a blanket ban on last-hour jobs would leave
whole areas without cover at shift change, which is why the fifteen-minute radius was
added.>> <<S:Emergency department nurses at both hospitals designed the end-of-shift
handover flag with our hospital ambulance liaison officers and trialled it for six weeks
before it was adopted.>>

Patients are the main beneficiaries of a crew that is alert and rested. We ran a patient
experience survey during the pilot and there was no change in satisfaction, so nothing was
altered as a result. The final report was sent to both local Healthwatch organisations.
Our patient panel will be asked to review the work when we extend it to the south
division next year.
"""),
        ("value", "VALUE", """
Late finishes are paid as overtime. The reduction has saved around £410,000 a year in
overtime payments across the division, which more than covers the £160,000 cost of the
extra evening response car. We also expect to see the effect in sickness absence and in how many paramedics stay with us.

There is also value to the hospitals. A crew whose patient is handed over promptly at the
end of a shift is a crew that is not standing in a corridor, and the emergency departments
tell us the end-of-shift flag has helped them to plan their handover nurses more sensibly.
For the ICB, the extra evening response car means older people who have fallen are seen
sooner and are less likely to end up in hospital.
"""),
        ("spread", "SPREAD", """
The last-hour rule and the meal break protection are being rolled out across the whole
service during 2025. Both hospitals have kept the end-of-shift handover flag, and a
neighbouring ambulance service has asked for our dispatch rules.

We have presented the work at the national ambulance operations conference and to the
ambulance services' national fatigue working group, which is developing guidance on shift
overruns. We are also working with the university that trains our paramedic students to
include fatigue and end-of-shift safety in the course.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I2040  immunity of GP practice staff to measles, chickenpox and hepatitis
#        B - docx - form with a cover table - GP federation nurse lead,
#        plain - acute trust OH and UKHSA - pregnant women's group and staff
#        involved - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I2040", format="docx", layout="form_table", topic="gp_practice_staff_immunity_checks",
    project="independent128-protectedpractices-2040", docx_font="Calibri",
    title="Protected Practices: checking and completing the immunity of GP practice staff",
    cover_table=[
        ("Entry title", "Protected Practices: checking and completing the immunity of GP practice staff"),
        ("Lead organisation", "Hembury and Coln GP Federation"),
        ("Partner organisations", "Coln Valley Hospitals NHS Trust (Occupational Health Service); UK Health Security Agency (South Central Health Protection Team)"),
        ("Entrant", "Federation Lead Nurse for Workforce"),
    ],
    primary_entrant=dict(name="Hembury and Coln GP Federation", type="primary_care"),
    partners=[
        dict(name="Coln Valley Hospitals NHS Trust", type="nhs_trust"),
        dict(name="UK Health Security Agency", type="public_other"),
    ],
    sections=[
        ("context", "Describe the patient safety issue and why a partnership was needed", """
Hospital staff have their immunity to measles, chickenpox and hepatitis B checked before
they start work and recorded by occupational health. In general practice, nobody does
this. Each of our 27 member practices is a small employer, and most had no idea whether
their receptionists, healthcare assistants or even their nurses were immune.

In spring 2023 a child with measles sat in a waiting room in one of our practices for forty
minutes. UKHSA's health protection team then had to find out which staff were immune so
that non-immune staff could be excluded from work for up to three weeks. The practice
could not answer. Two staff had to be sent home while they had blood tests, a pregnant
patient who had been in the waiting room needed urgent assessment, and the practice
nearly closed for a day. A non-immune member of staff working while incubating measles can
pass it to babies, pregnant women and people with weakened immune systems, all of whom
come through a GP surgery every day.

Hepatitis B was a similar story. Practice nurses and healthcare assistants take blood,
give injections and handle sharps every day, and each had usually been vaccinated at some
point, but few had ever had their antibody level checked, and many records had been lost
when they changed jobs. Chickenpox immunity was rarely considered at all, though a
non-immune member of staff who develops chickenpox can be a serious risk to pregnant
patients and people having chemotherapy.

None of the practices had the expertise to set up immunity checks themselves. The hospital
occupational health service had the expertise but no contract with general practice.
UKHSA needed the information during outbreaks but had no way of getting it. The federation
was the natural place to bring the three together.
"""),
        ("evidence", "What evidence do you have that patient safety has improved?", """
Since September 2023 every member practice has been able to send staff to the hospital's
occupational health service for an immunity check, with vaccination where needed, under a
service level agreement paid for by the federation. Each practice has an immunity register
held by the federation, which UKHSA can see during an outbreak.

<<Q:The proportion of practice staff with documented immunity to measles rose from 23% in
our baseline audit to 91%.>> <<Q:For hepatitis B, staff in clinical roles with a
documented protective antibody level went from 48% to 94%.>> <<Q:When UKHSA investigated
measles exposures in our practices, the time taken to confirm the immunity of all staff
fell from an average of three days to under an hour.>>
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Practice managers from eight practices helped us work out how staff could attend
occupational health without leaving reception short, and they asked for Saturday morning
clinics, which the hospital now runs once a month.>> <<S:Healthcare assistants and
receptionists told us they were worried that a check might affect their job, so the
federation and the hospital wrote a statement, with their input, that a result is never
shared with their employer beyond 'immune' or 'not immune'.>>

<<P:The local maternity voices partnership discussed the measles incident with us, and the
women there asked that practices display a notice asking anyone with a rash and fever to
tell reception before sitting down, which every practice now does.>>
"""),
        ("value", "Value for money and impact on staff and patients", """
The service level agreement costs the federation £11 per staff member for the check and
the vaccines are supplied free. One measles exposure that closes a practice for a day
costs far more in lost appointments, and the harm to a baby or a pregnant woman cannot be
measured in money. Staff say they feel looked after in a way they did not before.

There has been a further benefit for the practices themselves. Most of them had never had
any occupational health advice for staff with back problems, stress or skin conditions, and
the service level agreement now allows them to refer staff for these too, at a small extra
cost. Several practice managers have told us this has helped them keep staff who might
otherwise have left.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I2041  occupational dermatitis and skipped hand hygiene among ward nurses
#        - pdf via soffice - style headings - departments of one acute trust,
#        NO partner (ineligible) - consultant occupational physician, formal -
#        staff involved - NO patient involvement (patients observed, given a
#        leaflet, a negation)
# ---------------------------------------------------------------------------
entry(
    id="I2041", format="pdf", layout="style_headings", topic="nurse_hand_dermatitis_hand_hygiene",
    project="independent128-handsthathurt-2041", render_via="soffice", docx_font="Liberation Serif",
    title="Hands That Hurt: treating occupational dermatitis so that nurses can keep hands clean",
    cover=[
        "Brackenmoor Teaching Hospitals NHS Foundation Trust",
        "A joint project of the Occupational Health and Wellbeing Service, the Infection Prevention and Control Team and the Department of Dermatology",
        "Entrant: Consultant Occupational Physician",
    ],
    primary_entrant=dict(name="Brackenmoor Teaching Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Background", """
Healthcare workers clean their hands dozens of times a shift, and frequent exposure to
soap, water, alcohol rub and gloves damages the skin. Occupational dermatitis of the hands
is among the commonest work-related conditions in nursing, yet it is under-reported and
under-treated. Nurses with sore, cracked hands told our occupational health service that
they avoided alcohol rub because it stung, washed less often than they should, or wore
gloves for long periods instead of cleaning their hands between patients.

That is a patient safety problem. Broken skin is also more likely to carry bacteria such
as Staphylococcus aureus, and a nurse who avoids hand hygiene because it hurts is a route
for infection to pass between patients. When our infection prevention team looked at wards
with the lowest hand hygiene compliance, occupational health recognised several of the
names as staff who had been referred for skin problems.

The three departments had never worked together on this. Occupational health saw the
damaged hands, infection prevention saw the missed hand hygiene, and dermatology saw only
the most severe cases, often months later.

When we looked back at our own data, hand dermatitis accounted for a steady stream of
referrals to occupational health, mostly from nurses and healthcare assistants on medical
and surgical wards, and from theatre staff who scrub many times a day. Staff often waited
until their hands were badly cracked before seeking help, by which time treatment took
months and some had to be moved out of clinical work. Several had been told by colleagues
that sore hands were 'just part of the job'.

We also found that the products on the wards had been chosen largely on price, with little
thought to how they felt on the skin after forty uses in a shift. Emollient was available
but was stored in the clean utility room, was not thought of as a staff product, and was
rarely used.
"""),
        ("evidence", "Outcomes", """
From May 2023 we introduced annual skin surveillance for all staff in clinical roles,
using a short questionnaire and a hand check by the ward's trained skin champion. Anyone
with early signs is seen by an occupational health nurse within two weeks and, where
needed, in a dedicated dermatology clinic within four. The trust changed to a gentler
alcohol rub and a soap-free wash, and fragrance-free emollient is now on every ward, in the
staff room and at the sink.

<<Q:Staff reporting symptoms of hand dermatitis in the annual surveillance fell from 27% in
2023 to 15% in 2024.>> <<Q:The average wait from referral to a dermatology opinion went down
from 19 weeks to 3 weeks.>> <<Q:Observed hand hygiene compliance on the twelve wards with
the highest rates of reported skin problems rose from 71% to 88%.>>

<<Q:Staff absences due to hand dermatitis dropped from 312 working days to 96 working days
over the same period.>>
"""),
        ("stakeholders", "Involvement", """
<<S:Skin champions from each ward, mostly healthcare assistants and staff nurses, tested
four alcohol rubs and three emollients and chose the products the trust now buys; they
rejected the cheapest rub because staff with broken skin could not tolerate it.>>
<<S:Nurses who had attended the dermatology clinic told us that the emollient was being
locked in the treatment room, and after that it was put at every sink.>> <<S:Procurement
and the infection prevention link nurses agreed the product changes jointly, after the link
nurses raised concerns about how quickly the new rub dried.>>

Patients were not directly involved in this project, which concerned staff health. Hand
hygiene observations were carried out on patients' bays as usual, and patients on the
pilot wards were given a leaflet inviting them to ask staff whether they had cleaned their
hands.
"""),
        ("value", "Value", """
The gentler products cost about £22,000 a year more than those they replaced. The reduction
in sickness absence alone is worth more than that, and each healthcare-associated infection
avoided saves several thousand pounds in extra bed days and treatment.

There is a wider benefit in keeping experienced nurses in clinical work. Before the project,
a number of staff with severe dermatitis were moved temporarily to non-clinical duties or
went off sick for long periods. Picking problems up early should mean this is needed only rarely.

Nurses tell us they no longer dread the alcohol rub, and ward managers say they find it
easier to talk about hand hygiene now that staff know their skin will be looked after.
"""),
        ("spread", "Spread", """
We have presented our skin surveillance questionnaire and pathway at the national
occupational health conference and shared it with the regional infection prevention
network. Two hospitals in the region have asked for the product evaluation, and our
dermatology department is now offering advice to the community trust's district nurses.

We would encourage other trusts to bring their occupational health and infection prevention
teams together on this. Our experience is that each had part of the picture, and that
neither could have solved the problem on its own.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I2042  health checks for night-shift workers at a food factory - docx -
#        rubric headings - ICB health inequalities manager, enthusiastic -
#        a private food manufacturer, a PCN and the council - shop-floor
#        workers (PS, as the partner's employees who receive the checks) and
#        staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I2042", format="docx", layout="rubric_headings", topic="food_factory_night_shift_health_checks",
    project="independent128-nightline-2042", docx_font="Calibri",
    title="Checks on the Night Line: health checks for shift workers at the Harrowgate Foods factory",
    cover=[
        "Lead organisation: NHS Saltmarsh and Wolds Integrated Care Board",
        "Partners: Harrowgate Foods Ltd; Wolds Coast Primary Care Network; East Saltmarsh District Council (Environmental Health)",
        "Contact: Health Inequalities Programme Manager",
    ],
    primary_entrant=dict(name="NHS Saltmarsh and Wolds Integrated Care Board", type="icb"),
    partners=[
        dict(name="Harrowgate Foods Ltd", type="private"),
        dict(name="Wolds Coast Primary Care Network", type="primary_care"),
        dict(name="East Saltmarsh District Council", type="local_authority"),
    ],
    sections=[
        ("context", "Context and the safety problem", """
Harrowgate Foods makes ready meals for supermarkets in a factory on the edge of Wolds
Coast. It employs about 1,400 people, two thirds of them on rotating or permanent night
shifts, and many of them came to the UK from Eastern Europe or Portugal. A large number
are not registered with a GP at all. Those who are registered find it almost impossible to
get an appointment that fits around nights and sleep.

Shift work raises the risk of high blood pressure, type 2 diabetes, obesity and
depression. Among people who work nights and sleep in the day, these conditions are often
found late, when someone collapses. In 2022 the factory had three ambulance calls for
workers on the night line: one with a stroke, one with diabetic ketoacidosis that had not
been diagnosed, and one who had taken an overdose. The factory's occupational health
provision was a first aider on each shift and a contracted nurse who came in one morning a
month, when most night workers were asleep.

The ICB's health inequalities programme had identified the factory's postcode as one of the
areas with the highest rate of emergency admissions for conditions that should have been
managed in primary care. The council's environmental health team, which inspects the
factory, knew the managers well and offered to introduce us.

It would have been easy to treat this as a matter for the employer. But the factory is not
a healthcare organisation, and its managers said openly that they did not know where to
start. Nor was it realistic to expect night workers to come to us. A GP surgery that closes
at 6.30pm is no use to someone who starts work at 10pm and sleeps until mid-afternoon, and
many workers did not know how the NHS worked or believed, wrongly, that they had to pay to
see a doctor. The problem sat between the NHS, the employer and the council, and only a
partnership could reach it.
"""),
        ("evidence", "Evidence of improvement", """
Since March 2023 a practice nurse and a healthcare assistant from the primary care network
run a health check clinic on site every other week, between 10pm and 2am, in a room the
factory converted. Workers can attend in paid time. The check covers blood pressure,
HbA1c, cholesterol, weight, smoking, alcohol and mood, and anyone not registered with a GP
is registered on the spot with one of the network's practices. Results go straight onto
the GP record.

In the first eighteen months 1,027 workers had a check, and 286 were registered with a GP
for the first time. 143 were found to have high blood pressure needing treatment and 61
had an HbA1c in the diabetes range.

<<Q:Emergency ambulance calls from the factory for medical (not injury) reasons fell from
17 in 2022 to 6 in 2024.>> <<Q:Among workers found to have high blood pressure, the
proportion whose blood pressure was controlled at their six-month recheck was 62%, up from
none at the time they were found.>> <<Q:Sickness absence on night shifts went down from
6.8% to 4.9%.>>
"""),
        ("stakeholders", "Stakeholder involvement", """
<<PS:Before the first clinic, night line workers who volunteered as 'health buddies' told
us they would not come to anything that meant losing pay or queuing in their break, so the
checks happen in paid time by appointment.>> <<PS:The buddies, who speak Polish,
Romanian and Portuguese between them, also tested the questionnaire in their own languages
and asked us to remove a question about immigration status from the GP registration form,
which was not required and was putting people off.>>

<<S:The practice nurses chose the 10pm to 2am slot after trying an early evening clinic and
finding no one came.>> <<S:The factory's shift managers and first aiders helped design the
appointment system so that the line was never short, and they now release workers in
pairs.>> <<S:GPs in the network agreed a shared protocol for results from the factory
clinic after raising concerns that abnormal results might land on a GP's desk without any
context.>>
"""),
        ("value", "Value for money", """
The clinic costs about £46,000 a year in nurse and healthcare assistant time, paid by the
ICB from its health inequalities fund. The factory provides the room and paid time. The
reduction in sickness absence alone is worth considerably more than that to the employer,
and every stroke or emergency admission for diabetes avoided saves the NHS thousands of
pounds.

Beyond the numbers, the clinic has changed how the factory thinks about its night workforce.
Managers have introduced healthier food in the night canteen, which used to serve only chips
and pastries after midnight, and the factory has agreed to allow workers time off for
follow-up appointments at their GP practice. The practices in the network have seen more
night workers booking appointments in the late afternoon slots they now keep for them.
"""),
        ("spread", "Sharing and spread", """
Two other large employers in the ICB area, a distribution centre and a poultry processing
plant, have asked for the same clinic, and the first of these started in September 2024.
The council now mentions the offer when it inspects other large food businesses. We have
shared the model through the regional health inequalities network.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I2043  sharps left in linen and waste bags injuring porters, laundry and
#        waste workers - pdf - with appendix - acute trust health and safety
#        manager, methodical - a laundry company and a waste contractor -
#        staff involved - NO patient involvement (a negation, patients told
#        by posters, home injectors given bins, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I2043", format="pdf", layout="with_appendix", topic="sharps_in_linen_and_waste_injuries",
    project="independent128-nothingsharp-2043", pdf_font="LiberationSerif", pdf_align="L",
    title="Nothing Sharp in the Bag: protecting porters, laundry and waste workers from discarded sharps",
    cover=[
        "Lead entrant: Kingsmere University Hospitals NHS Trust (Health, Safety and Fire Team)",
        "Partners: Brightwash Textile Services Ltd; Corvane Environmental Ltd (clinical waste contractor)",
        "Prepared by the Head of Health and Safety",
    ],
    primary_entrant=dict(name="Kingsmere University Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Brightwash Textile Services Ltd", type="private"),
        dict(name="Corvane Environmental Ltd", type="private"),
    ],
    sections=[
        ("context", "The issue", """
When people think of needlestick injuries in hospitals, they think of nurses and doctors.
Our incident data told a different story. In 2021/22 a third of all sharps injuries at
Kingsmere happened to people who never use a needle in their work: porters moving waste
bags, housekeepers stripping beds, and workers at the laundry and the waste transfer
station who handle what leaves our wards. A needle had been left in a bed sheet, wrapped
in a pillowcase, dropped into a black domestic waste bag or pushed into the wrong bin.

These injuries are particularly hard to manage. There is no way of knowing which patient
the needle was used on, so the source cannot be tested, and the injured worker has to be
treated as if the risk were high. Laundry and waste workers are employed by our
contractors and were not covered by our occupational health service, so their follow-up
depended on their own employer and was patchy.

There is a direct link to patient safety. A needle left in a bed is a danger to the next
patient who lies in it, and we had two incidents in which a patient was scratched by a
needle found in clean linen that had been through the laundry. Sharps in the wrong waste
stream also mean we are breaking the rules on clinical waste, with the risk of fines and
of the contractor refusing to collect.

We found that the causes were mostly about systems, not carelessness. Sharps bins were kept
in the treatment room, not at the bedside, so a nurse who took blood in a bay had to walk
the needle to the bin or put it down somewhere on the way. Procedure trolleys often had no
bin attached. Cannulas were removed in a hurry at discharge and left on the bed. And
because injuries happened out of sight, at the laundry or the waste station, the wards that
caused them never heard about them.

The contractors had been raising this for years, but their complaints went to our
procurement team, which managed the contract, rather than to the wards or to health and
safety. The laundry had a jar of needles on a shelf in the sorting area, kept as a record
of what its staff had found. Nobody at the hospital had seen it.
"""),
        ("evidence", "Results", """
The programme started in July 2022. Every ward now has a sharps bin on every procedure
trolley and at every bed space in high-use areas, and a 'sharps safe' check before linen
and waste leave the bay. The laundry sends back to us every sharp item found, bagged and
labelled with the ward code, within 24 hours, and the waste contractor does the same for
sharps found in the wrong stream. Each is logged as an incident for the ward concerned and
discussed at its safety huddle. Laundry and waste workers injured by our sharps are now
seen by our occupational health service on the same terms as our own staff.

<<Q:Sharps injuries to porters, housekeepers and contractors' staff fell from 38 in
2021/22 to 9 in 2023/24.>> <<Q:Sharp items found by the laundry in returned linen dropped
from an average of 14 a month to 3 a month.>> <<Q:Sharps found by the contractor in
domestic or offensive waste bags went from 96 in the year before the programme to 21 in
the latest year.>>

There have been no further reports of patients finding needles in clean linen since
January 2023.
"""),
        ("stakeholders", "Involvement", """
<<S:Porters and housekeepers were the first people we asked, and they walked us through
where they found sharps and suggested putting a small sharps bin on every linen skip,
which we did.>> <<S:The laundry's sorting-line supervisors and our ward managers agreed
the process for returning sharps to the ward, and the supervisors insisted on the 24-hour
limit so that wards could still remember what had happened.>> <<S:The waste contractor's
drivers helped us redesign the bag tags so that every bag could be traced to a ward.>>
<<S:Staff side representatives from our own union branches and the contractors' unions
sat on the project board.>>

We did not involve patients in this project, as it concerned staff safety in back-of-house
services. Posters on wards remind patients and visitors to tell staff about any needle or
sharp object they find. Patients who inject at home are given a sharps bin at discharge,
and we intend to ask our patient panel for views on the discharge information next year.
"""),
        ("value", "Value", """
Sharps bins for every trolley and linen skip cost about £9,000 a year. Each sharps
injury, including blood tests, any preventive treatment and time off, costs the trust or
the contractor at least £500, and a clinical waste load rejected because of sharps costs
£1,200 to re-sort. The programme has more than paid for itself.
"""),
        ("spread", "Spread", """
The laundry serves four other hospitals and has offered the same return-to-ward process
to all of them; two have started. The waste contractor has added the bag tag to its
contracts across the region. We have presented the work to the regional health and safety
managers' group.
"""),
    ],
    trailer=[
        ("heading", "Appendix: data sources and definitions"),
        ("para", "Injury figures are taken from the trust's incident reporting system and the contractors' accident books for the financial years 2021/22 to 2023/24. 'Contractors' staff' means employees of Brightwash Textile Services Ltd and Corvane Environmental Ltd injured while handling linen or waste from Kingsmere University Hospitals."),
        ("para", "Laundry returns: every sharp item found on the sorting line is photographed, bagged and logged with the ward code printed on the linen bag tag. Waste returns are logged by the contractor's transfer station supervisor using the same form."),
        ("para", "The 'sharps safe' check: before a bed is stripped or a waste bag sealed, the member of staff checks the bed, the bedside locker, the trolley and the floor for sharps and initials the bay checklist."),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I2044  hospice at home night carers working alone - docx - sections in an
#        unusual order - hospice director of care, warm - community trust and
#        police - families involved (indirect) - NO staff involvement (carers
#        trained, briefed, a named lone working lead, an app survey with no
#        change) - NO quantitative evidence (alerts, devices, single figures)
# ---------------------------------------------------------------------------
entry(
    id="I2044", format="docx", layout="reordered", topic="hospice_at_home_night_lone_working",
    project="independent128-nightwatch-2044", docx_font="Cambria",
    title="Safe Through the Night: lone working for our hospice at home night carers",
    cover=[
        "St Elwyn's Hospice, Penrose Bay",
        "In partnership with Kernow West Community Health NHS Trust (District Nursing, Out of Hours) and Penrose and Carrick Police",
        "Entry prepared by the Director of Care",
    ],
    primary_entrant=dict(name="St Elwyn's Hospice", type="charity"),
    partners=[
        dict(name="Kernow West Community Health NHS Trust", type="nhs_trust"),
        dict(name="Penrose and Carrick Police", type="emergency_service"),
    ],
    sections=[
        ("stakeholders", "Who helped shape it", """
<<P:It began with a family. The daughter of a man who died at home in our care in 2022
told us, kindly but firmly, that she had been frightened for the young carer who sat with
her father through the night on a farm at the end of a long track with no phone signal,
and that she had lain awake wondering how that carer would get help if anything went
wrong.>> <<P:She and two other relatives who had had our night carers in their homes went
through the draft arrangements with us, and it was at their suggestion that families are
now asked, at the first visit, where the signal is best and whether the carer can use the
landline.>>

All 34 of our night carers completed lone working training before the new arrangements
started, and they were briefed on the escalation process at their team meetings. Our
lone working lead, the hospice's health and safety manager, wrote the procedure and
chose the device. The carers were asked to complete a short survey about the app after
three months; the results were positive and no changes were made. We plan to set up a
night staff forum later this year.
"""),
        ("context", "Why it mattered", """
St Elwyn's hospice at home service sends a healthcare assistant to sit overnight with
people in the last days of life so that they can die at home and their families can
sleep. Our night carers work alone, from 10pm to 7am, across a large rural area where many
homes have no mobile signal and the nearest colleague may be forty minutes away. The
district nurses who cover the same area at night are also often alone.

Most nights pass peacefully. But our carers have faced a family member who was drunk and
aggressive, a house where the heating failed in January, a car that went into a ditch on
the way home at 7am after a sleepless night, and, once, a man who became confused and
violent in the last hours of his life. In each case the carer had no reliable way to call
for help. Our old arrangement was a phone call to the on-call manager at the start and end
of each shift.

For the people we look after, the safety of the carer matters directly. If the carer
cannot summon help for themselves, they cannot summon it for the patient either, and
several of our patients had symptoms overnight, such as uncontrolled pain or breathing
problems, that needed a district nurse quickly.

The district nursing service had its own concerns. Its night nurses visit the same homes
as our carers, often to give medicines for pain or agitation, and they were working to a
different lone working procedure with a different device. If one of our carers raised the
alarm, the district nurse who might be five minutes away would not know. The police, for
their part, had no way of knowing that a call from an unfamiliar rural address in the middle
of the night came from a healthcare worker alone in a house with a dying patient.
"""),
        ("evidence", "What has changed", """
From September 2023 every night carer carries a lone worker device that works on any
mobile network and, where there is no signal, uses satellite messaging. It has a
hidden alarm button that opens a call to a monitoring centre, and the police have agreed
that alarms from our carers are given an immediate response. The community trust's out of
hours district nurses now carry the same device and share a single night-time
check-in with our carers, so that each knows where the other is.

Each carer checks in at the start of the shift, at 2am and at the end, and the on-call
manager is alerted automatically if a check-in is missed. Carers finishing a night shift
can now take a rest room at the hospice before driving home.

Since then, 41 devices have been issued. The alarm has been raised three times, and in
each case help arrived. 2,180 night shifts have been worked with the new check-ins.
Missed check-ins are followed up within fifteen minutes.

Our target is for every night shift to end with a completed check-in by 7.15am. The
community trust has given its night nurses the same device, and the police have added the
hospice's lone worker alarms to their list of priority calls across the county.
"""),
        ("value", "Value", """
The devices cost £19 a month each, about £9,300 a year for both teams, shared between the
hospice and the community trust. A single serious incident to a lone worker would cost
far more, and would put at risk a service that lets around 300 people a year die at home.

Most of all, the value is in what families and carers say. Families tell us they feel
easier knowing that the person sitting with their loved one has a way of getting help, and
carers say they feel less alone on the long rural drives at night.
"""),
        ("spread", "Sharing what we learned", """
We have shared our procedure with the other hospices in the south west through the
regional hospice network, and two have asked for the device specification. The police have
offered the same arrangement to the county's home care providers.
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I2045  skin cancer, hearing and mental health checks for farm workers at a
#        livestock market - pdf - numbered questions - PCN clinical director,
#        chatty - a farming charity, the council and the acute trust's
#        dermatology - farmers (P) and staff involved - NO quantitative
#        evidence in the evidence section (activity counts, single figures);
#        a measured change told only in the value section
# ---------------------------------------------------------------------------
entry(
    id="I2045", format="pdf", layout="numbered_questions", topic="farm_worker_health_checks_livestock_market",
    project="independent128-marketdaychecks-2045", pdf_font="DejaVuSans", pdf_align="L",
    title="Market Day Checks: health checks for farmers and farm workers at Dunholm livestock market",
    cover=[
        "Upper Dunholm Primary Care Network (lead entrant)",
        "With: Dales Farming Community Trust (charity); Dunholm District Council; Northfell Hospitals NHS Foundation Trust (Dermatology)",
        "Written by the PCN Clinical Director",
    ],
    primary_entrant=dict(name="Upper Dunholm Primary Care Network", type="primary_care"),
    partners=[
        dict(name="Dales Farming Community Trust", type="charity"),
        dict(name="Dunholm District Council", type="local_authority"),
        dict(name="Northfell Hospitals NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "1. What problem were you trying to solve?", """
Farming is one of the most dangerous jobs in the country and, for a GP, one of the
hardest groups to reach. Our farmers work outdoors in all weathers, are around loud
machinery all day, handle chemicals and animals, and very rarely come to the surgery. When
they do, it is usually because something has become impossible to ignore: a skin cancer
on the ear that has been growing for two years, deafness that has cut them off from their
family, or, far too often, a crisis in their mental health. Farming has one of the highest
suicide rates of any occupation.

Every Tuesday about 400 farmers and farm workers come to the livestock market in Dunholm.
It is the one place where we could find them all together. The farming charity had been
running a tea stall and a listening service at the market for years and knew most of them
by name.

Farmers have many reasons for not going to the doctor. Appointments are in working hours,
the surgery may be half an hour's drive away, and there is a strong culture of getting on
with things. Many are self-employed and lose money for every hour away from the farm. Older
farmers in particular tend to see going to the doctor as making a fuss. Farm workers from overseas, who come for lambing or harvest, often do not
know they can register with a GP at all.

Outdoor workers are exposed to a great deal of sun over a lifetime, and skin cancers on the
face, ears, scalp and the backs of the hands are common among them. Noise-induced hearing
loss from tractors, grain dryers and chainsaws is also common and often goes untreated,
which matters for safety on the farm as well as for people's lives. A farmer who cannot
hear a vehicle reversing, or a shouted warning, is at risk of serious injury.
"""),
        ("evidence", "2. What has been achieved?", """
Since May 2023 a nurse and a healthcare assistant from the PCN, with a volunteer from the
charity, have run a health stall at the market every other Tuesday. We check blood
pressure and hearing, look at any worrying patches of skin, using a dermatoscope
and sending photographs to the hospital's dermatologists through the teledermatology
service, and ask two questions about mood. Anyone who needs it is booked straight into
their own practice, or referred on the two-week pathway if a skin cancer is suspected.

Over 18 months we have carried out 1,146 checks. 74 people were referred with suspected
skin cancer and 19 were confirmed as having a melanoma or a squamous cell carcinoma. 203
people were referred for a hearing assessment. 38 farmers were put in touch with mental
health support on the day, most of them through the charity's own counsellors. The council
supplied hearing protection and sunscreen free of charge, and we handed out 2,400 tubes of
sunscreen.
"""),
        ("stakeholders", "3. How were patients, service users and staff involved?", """
<<P:The idea of putting the stall between the cattle ring and the café came from a group of
farmers who met us at the charity's stand, and they told us that nobody would be seen
walking into a tent marked 'health'.>> <<P:The stall is now called 'The Tuesday Table',
a name suggested by one of the older farmers, and the mood questions were reworded by a
farmer who had come through a breakdown himself.>>

<<S:The practice nurses and the hospital's dermatology nurses agreed together what photos
were needed for a teledermatology referral after early images were returned as
unreadable.>> <<S:Auctioneers and market staff helped us pick the busiest times and now
announce the stall over the tannoy.>>
"""),
        ("value", "4. What has been the value and impact?", """
The stall costs about £21,000 a year in staff time, paid for by the PCN's additional roles
funding, and the charity provides volunteers. Finding a melanoma early rather than late is
the difference between a small operation and years of treatment.

Farmers' time matters too. Each check takes about ten minutes, at a place they were going
anyway, compared with half a day off the farm to see a GP.

<<Q:Across the PCN's practices, the proportion of melanomas in farmers and farm workers
that were found at the thinnest, earliest stage rose from about a third before the stall to
just over two thirds since.>>
"""),
        ("spread", "5. How has the work been shared?", """
The charity has taken the model to two other livestock markets in the dales, with the
local PCNs there. We have talked about it on regional farming radio and at the county
agricultural show.

The Tuesday Table has also become a place where other services can reach farmers. The fire
service has attended to talk about farm fires, and the council's trading standards team
about animal health rules. We are careful that it does not become a noticeboard, but
having a familiar place at the market has helped other public services reach a group they
usually struggle to see.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I2046  body-worn cameras and lone worker alarms for community nurses and
#        social workers - docx - style headings - PRIVATE security technology
#        company as primary entrant (ineligible) with a community trust and a
#        council - people receiving care at home and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I2046", format="docx", layout="style_headings", topic="community_staff_body_worn_cameras",
    project="independent128-safevisit-2046", docx_font="Calibri",
    title="SafeVisit: body-worn cameras and lone worker alarms for community nurses and social workers",
    cover=[
        "Entrant: Sentinel Workplace Safety Ltd",
        "Partners: Harwood Community Healthcare NHS Trust; Harwood Borough Council (Adult Social Care)",
        "Contact: Head of Health and Care Partnerships",
    ],
    primary_entrant=dict(name="Sentinel Workplace Safety Ltd", type="private"),
    partners=[
        dict(name="Harwood Community Healthcare NHS Trust", type="nhs_trust"),
        dict(name="Harwood Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", "Background", """
Community nurses, therapists and social workers visit people in their own homes alone,
often late in the day, often in areas they do not know. Most visits are uneventful. But in
2022 staff at Harwood Community Healthcare reported 187 incidents of verbal abuse, threats
or physical assault during home visits, and the council's adult social care team reported
many more. Some staff had stopped visiting certain addresses alone, which meant visits
were delayed while a colleague was found, and in a few cases wound care or insulin visits
were missed.

Sentinel supplies lone worker devices to employers in many sectors. When we met the two
organisations, each had a different device from a different supplier, neither shared
information about risky addresses, and the alarms went to a call centre that did not know
anything about health and care work.

The information problem was the most serious. A district nurse might be sent to an address
where a social worker had been threatened with a knife the week before, with no warning,
because the warning sat on the council's system and not the trust's. Staff in both
organisations had also lost confidence in the devices they had. Alarms took too long to be
answered, operators did not understand what a 'home visit' involved, and staff frequently
left devices in their cars or forgot to charge them. In a survey before the project, fewer
than half of community staff said they carried their device on every visit.

Staff who feel unsafe cannot give safe care. They hurry visits, avoid difficult
conversations, leave before a dressing is finished or decline to go at all. For people who
depend on a daily visit for insulin, wound care or personal care, a missed or rushed visit
is a patient safety issue as well as a staff one.

The two organisations wanted one system, shared warnings and a monitoring service that
understood their work. We wanted to show that a lone worker service designed specifically
for health and care could be better than the general product we sell to other sectors.
"""),
        ("evidence", "Impact", """
SafeVisit, launched in April 2023, gives nurses and social workers a single device worn on
a lanyard. It has a lone worker alarm linked to our monitoring centre, where operators are
trained in health and care settings, and a small camera that is switched on only when the
member of staff presses a button, with a clear red light and a spoken warning that it is
recording. The trust and the council now share a joint list of addresses where a warning
applies, reviewed monthly.

<<Q:Physical assaults on community staff of the two organisations fell from 41 in 2022 to
17 in 2024.>> <<Q:Home visits postponed because a member of staff did not feel safe to go
alone dropped by more than half.>> <<Q:In staff surveys, the share of community staff who
said they felt safe on home visits went from 52% to 79%.>>
"""),
        ("stakeholders", "Involvement of service users and staff", """
<<P:Before launch, people who receive care at home discussed the cameras at two sessions
arranged by the council's service user reference group, and several said a camera being
switched on without warning would feel like being spied on in their own home, so the
device now announces that it is recording and cannot record silently.>> <<P:One woman
with a learning disability suggested the picture card that staff now show to explain the
camera.>>

<<S:District nurses and social workers wore three prototype devices for six weeks and
rejected the clip-on version because it caught on patients' clothing during moving and
handling.>> <<S:The trust's and council's security leads, with union representatives,
wrote the rules on when footage can be viewed and by whom.>>
"""),
        ("value", "Value", """
The service costs £14 per user per month. The two organisations previously paid two
suppliers about the same amount between them for less. Each assault that leads to time
off costs an employer an average of £2,800.

Staff time is the other saving. Visits that were postponed or needed two staff because of
safety worries now mostly go ahead with one, which has freed up nursing and social work
time. The joint warning list has also saved duplicate risk assessments, because each
organisation now relies on the other's.
"""),
        ("spread", "Spread", """
SafeVisit is now used by one other council and one other community trust. We have shared
the joint warning list process with the regional security management network.

We have learned a great deal from this partnership and have changed our standard product as
a result: the spoken recording warning is now a feature for all our customers, and our
operators' training for health and care settings is now offered to any NHS or council
customer. We are keen to work with other community trusts and councils, particularly in
rural areas where mobile coverage is poor.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I2047  people with insulin-treated diabetes working rotating shifts - pdf -
#        form with a cover table - health innovation network programme lead,
#        crisp - acute trust diabetes service and council - shift workers with
#        diabetes (P) involved - NO staff involvement (nurses trained, practice
#        nurses sent a guide, a named clinical lead, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I2047", format="pdf", layout="form_table", topic="insulin_diabetes_rotating_shift_workers",
    project="independent128-shiftsugar-2047", pdf_font="LiberationSans",
    title="Shift Safe Diabetes: helping people on insulin who work rotating shifts avoid hypos at work",
    cover_table=[
        ("Entry title", "Shift Safe Diabetes: helping people on insulin who work rotating shifts avoid hypos at work"),
        ("Lead organisation", "Severnside Health Innovation Network"),
        ("Partners", "Severn Vale University Hospitals NHS Trust (Diabetes Service); Severnside City Council (Public Health)"),
        ("Entrant's role", "Programme Lead, Long-Term Conditions"),
    ],
    primary_entrant=dict(name="Severnside Health Innovation Network", type="ahsn"),
    partners=[
        dict(name="Severn Vale University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Severnside City Council", type="local_authority"),
    ],
    sections=[
        ("context", "What is the patient safety issue?", """
Insulin doses and meal times are planned around a normal day. People who work rotating
shifts, in warehouses, hospitals, care homes, factories, transport and the emergency
services, do not have a normal day. Their sleep, meals and activity shift every few days,
and the standard advice they get in clinic rarely fits. The result is hypoglycaemia at
work, sometimes while driving a forklift, operating machinery or caring for others, and
high blood sugars on rest days as people run their sugars high to avoid hypos on shift.

The diabetes service estimated that around 900 people on insulin in its area work shifts.
A review of emergency ambulance calls for hypoglycaemia in 2022 found that a quarter
happened at a workplace or on the way to or from work, and that shift workers were
over-represented.

Many shift workers feel that their work is not taken into account in their diabetes
care. Clinics run during the day, when night workers are asleep, and
appointments are often missed because of shift changes. Some people had been told to
change jobs, which for most was not an option. Others kept their diabetes hidden from their
employer for fear of losing shifts or being moved to lower-paid work, so colleagues did not
know how to help if they had a hypo.

For some jobs there is a direct risk to others: a bus driver, a crane operator or a nurse
on a night shift who has a severe hypo can put passengers, colleagues or patients in
danger. The diabetes service knew the clinical answer, but did not know the workplaces. The
council's workplace health programme knew the employers, but not the diabetes. The health
innovation network could bring them together and evaluate the results.
"""),
        ("evidence", "What is the evidence of improvement?", """
Since June 2023 people on insulin who work shifts can attend a half-day course, Shift
Safe, run by diabetes specialist nurses, on a Saturday or in the evening. It gives each
person a written insulin plan for each type of shift they work, and everyone is offered
a continuous glucose monitor with alarms. Employers in the council's workplace health
programme were given a short guide on reasonable adjustments, such as breaks to check
glucose and a place to keep hypo treatments.

<<Q:Among the 212 people who completed the course, severe hypos needing help from someone
else fell from 96 in the year before to 31 in the year after.>> <<Q:Ambulance calls for
hypoglycaemia at a workplace in the area went down by 40% between 2022 and 2024.>>
<<Q:Average HbA1c in the course group improved from 71 to 62 mmol/mol.>>
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<P:A group of eight shift workers on insulin, among them a nurse, a bus driver and two
warehouse operatives, met us four times to design the course, and they insisted on
separate plans for each shift type rather than one plan with 'adjust as needed'.>>
<<P:They also told us that many employers did not know what a hypo looked like, which led
to the employer guide, and they chose the real examples used in it.>>

The diabetes specialist nurses were trained to deliver the course by the network's
clinical lead, a consultant diabetologist, who wrote the course materials. Practice nurses
in the area were sent a guide to the course and how to refer. We hope to involve more
clinicians in reviewing the course next year.
"""),
        ("value", "What is the value for money?", """
The course costs about £160 per person to deliver. A severe hypo that needs an ambulance
costs around £600, and one needing hospital admission over £2,000, before counting any
injury at work or time off.

The continuous glucose monitors are the largest single cost, but most participants were
already eligible for one under national guidance and simply had not been offered it, so
the extra cost to the NHS has been small.

Employers have benefited as well. Several told the council that they had not realised how
simple the adjustments were, and two large employers have added the guide to their own
induction for new starters.
"""),
        ("spread", "How has the work spread?", """
The course is now offered by two other diabetes services in the region, and the network
has published the materials on its website. The council has added the employer guide to
its workplace health award scheme.

We are now working with the regional ambulance service to see whether people who have a
hypo at work and are attended by a crew can be offered a place on the course directly, and
with two large employers' occupational health services to see whether the course could be
run on site. The course materials have also been translated into Polish and Urdu, the two
languages most requested by participants.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I2048  aggression from visitors on a children's ward - docx - short lists
#        - children's hospital trust ward manager, plain - police and a
#        parents' support charity - parents and staff involved - NO evidence
#        section and no measured change anywhere
# ---------------------------------------------------------------------------
entry(
    id="I2048", format="docx", layout="bullet_lists", topic="childrens_ward_visitor_aggression",
    project="independent128-calmward-2048", docx_font="Arial",
    title="Calm Ward: reducing aggression from visitors on a children's ward",
    cover=[
        "Lead: Rowanbank Children's Hospital NHS Foundation Trust (Ward 7, Paediatric Medicine)",
        "Partners: Rowanbank City Police; Little Steps Parents' Network",
        "Entry by the Ward Manager",
    ],
    primary_entrant=dict(name="Rowanbank Children's Hospital NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Rowanbank City Police", type="emergency_service"),
        dict(name="Little Steps Parents' Network", type="patient_group"),
    ],
    sections=[
        ("context", "Why we did this", """
Ward 7 is a 24-bed children's medical ward. Parents and family are with their children
around the clock, which is how it should be. But a children's ward is a stressful place,
and our nurses were facing shouting, threats and sometimes physical aggression from
visitors, most often late at night and often about waiting for a doctor, a bed move or a
discharge.

What this meant for safety:

- nurses caught up in an argument were not doing observations on other children

- some staff avoided going into certain bays, so checks were delayed

- two experienced nurses left the ward in 2023, saying they no longer felt safe

- on two occasions, disputes between separated parents spilled onto the ward and security had to be called while a child was unwell

Why we needed partners:

- the police knew how to handle disputes between family members, including where there were court orders about who could visit, but were usually only called once things had already gone wrong

- the parents' network knew, far better than we did, what it feels like to sit beside a sick child for days on end, and what makes a calm parent lose their temper

- the ward could not change the culture on its own, because the triggers came from across the hospital: waits for doctors, for scans, for beds and for discharge medicines

What we put in place from March 2024:

- a bedside whiteboard for every child with the plan for the day

- a 'pause and step out' approach for staff, with a colleague stepping in

- clear rules, agreed with the police, for when to call security and when to call 999

- a quiet room for parents at night

- a short note on the electronic record when there has been an incident with a visitor, so that the next shift knows
"""),
        ("stakeholders", "Who was involved", """
- <<P:parents from the Little Steps Parents' Network, whose children have spent long periods on the ward, helped us list the moments that made them angry or frightened, and top of their list was not knowing when the doctor would come>>

- <<P:as a result of what they said, every family is now given a whiteboard at the bedside with the plan for the day, the name of their nurse and when the next review is expected>>

- <<S:our nurses and healthcare assistants designed a 'pause and step out' approach for when a conversation is getting heated, after a ward away day on what had worked for them>>

- <<S:the hospital security team and the police's neighbourhood officer agreed with ward staff when the police should be called and when security alone should attend>>

- <<S:play specialists suggested a quiet room for parents at night, which the ward has now set up>>
"""),
        ("value", "Value and impact", """
- the whiteboards cost £1,100 for the whole ward

- the quiet room was furnished with donations from the parents' network

- staff say they feel more confident handling difficult conversations

- families tell us they feel more informed

- no extra staff were needed, and the changes fitted into existing shifts
"""),
        ("spread", "Sharing", """
- two other children's wards in the hospital are now using the bedside whiteboards

- the 'pause and step out' approach is being included in the trust's conflict resolution training

- the police have shared our agreement on when to call them with the adult hospital in the city

- we are happy to share the whiteboard template and the staff guide with any children's ward that asks
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)
