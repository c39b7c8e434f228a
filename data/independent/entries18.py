"""Eighteenth independent evaluation set (I273..I288) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries12.py / entries16.py were
consulted, never the review pipeline, its tests or earlier gold output.  New fictional
organisations, topics and voices.  Build it with

    .venv/bin/python data/independent/build.py --set 18   (writes data/corpus/independent18/)

Mark-up used inside section bodies (stripped before rendering):
  <<Q:sentence>>   quantitative claim (a measured change in an outcome)
  <<P:sentence>>   patient / carer / family / service-user involvement
  <<S:sentence>>   staff involvement (co-design, testing, consultation, feedback acted on)
  (letters combine, e.g. <<PS:...>>)
Paragraphs are separated by a blank line; line breaks inside a paragraph are joined
with a single space.  A paragraph starting with "- " is a bullet item.

Labelling conventions (as in the earlier sets):
  * not Q: dates, years, bed/ward counts, headcounts, numbers trained, budgets and costs,
    phone numbers, postcodes, reference numbers, targets not reached, plans, activity
    counts, one-off figures and baselines on their own;
  * Q: a measured change in an outcome wherever it appears (the no_quantitative_evidence
    flag looks only at the evidence section, or the whole entry when evidence is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described people, unusual job titles, list items);
  * not P / S: beneficiaries, audiences, plans, negations, unnamed stakeholders, surveys
    that changed nothing, staff who were only trained or informed, a single named lead,
    people who were asked but declined.

Flags are written by hand and cross-checked by build.py.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I273  sepsis in children across ambulance, out-of-hours GP and ED - pdf -
#       own headings - paediatric emergency consultant voice - no flags;
#       parents' involvement first appears in the context section
# ---------------------------------------------------------------------------
entry(
    id="I273", format="pdf", layout="own_headings", topic="paediatric_sepsis_recognition",
    project="independent18-paedsepsis-273", pdf_font="LiberationSans",
    title="One Child, One Score: recognising sepsis in children from the first phone call to the resus bay",
    cover=[
        "Lead organisation: Wyvernmouth and Teign Hospitals NHS Foundation Trust (Children's Emergency Department)",
        "Partners: South Wyvern Ambulance Service NHS Trust | Wyvernmouth Primary Care Alliance (GP out-of-hours service) | Amber's Promise (charity founded by bereaved parents)",
        "Contact: Consultant in Paediatric Emergency Medicine - 01632 960 284",
    ],
    primary_entrant=dict(name="Wyvernmouth and Teign Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="South Wyvern Ambulance Service NHS Trust", type="ambulance_trust"),
        dict(name="Wyvernmouth Primary Care Alliance", type="primary_care"),
        dict(name="Amber's Promise", type="charity"),
    ],
    sections=[
        ("context", "How it began", """
In the winter of 2020 a three-year-old girl was seen twice in 36 hours, once at the GP out-of-hours
centre and once by an ambulance crew called to her home, before her father carried her into our
department with meningococcal sepsis. She died the following morning. Each of the clinicians who saw her
recorded a different set of observations, used a different idea of what a normal heart rate is for a
toddler, and had no way of knowing what the person before had found.

<<P:Her parents came to see us six months later, not to complain but to ask what would change, and they
have been at the centre of the work ever since, first on the design group and then as founders of the
charity that carries their daughter's name.>>

Sepsis in children is uncommon, and that is exactly what makes it dangerous. A GP might see one
genuinely septic child in a year among thousands with a fever and a runny nose. The early signs are
subtle, children compensate well until they suddenly do not, and parents are often the first to sense
that something is different. Across Wyvernmouth and the Teign valley we see roughly 31,000 children a
year in the emergency department, and the ambulance service and out-of-hours GPs see many more.

Before this project the three services used three different scoring systems. The ambulance service
used an adult-derived score with age adjustments, the out-of-hours service had none, and our own
department used a locally modified paediatric early warning score. Safety-netting advice was given
verbally, or on a leaflet that ran to four pages.

One Child, One Score replaced all of this with the national paediatric early warning system, built into
the ambulance service's electronic patient record, the out-of-hours clinical system and our own triage
screens. When a child scores in the red band, or when a parent says the child is not behaving as they
normally would, the observations are sent ahead electronically and the child is met at the door by a
nurse and a senior doctor. Every child sent home by any of the three services leaves with the same
one-page safety-netting card.
"""),
        ("evidence", "The difference it has made", """
We compared the 12 months before go-live (October 2021 to September 2022) with the 12 months ending
September 2024, using our sepsis audit database, which captures every child treated for suspected
sepsis in the department.

<<Q:Children with suspected sepsis who received antibiotics within one hour of arrival rose from 52% to
88%.>> <<Q:The median time from arrival to review by a registrar or consultant for children in the red
band fell from 48 minutes to 17 minutes.>>

<<Q:Among febrile children discharged by any of the three services, re-attendance within 72 hours that
ended in admission with a serious bacterial infection fell from 2.1% to 0.9%.>> It is the measure we
watch most closely, because it describes a child who was sent home and should not have been.

Admissions to paediatric intensive care with sepsis from our catchment are too few each year to compare
with any confidence, and we have not tried to. For context only: ambulance crews have sent ahead a
pre-alert for 1,140 children since go-live, and 410 paramedics and 96 out-of-hours clinicians have
completed the paediatric observation module.
"""),
        ("stakeholders", "Who built it with us", """
<<P:Amber's Promise brought together eleven parents whose children had been seriously ill with sepsis,
and they rewrote our safety-netting card so that it starts with what a parent sees, a child who is
floppy, mottled, breathing fast or just not right, rather than with medical terms.>> <<P:They also
asked that a parent's worry should count as a warning sign in its own right, and on all three
services' charts it now adds to the score.>>

<<S:Paramedics and emergency care assistants from three ambulance stations used the child observation
screen on their tablets for eight weeks before launch and asked for the normal range for each age band
to appear beside every box, which it now does.>> <<S:Call handlers and clinical advisers at the
out-of-hours service, who take most of the night-time calls from worried parents, listened back to a
sample of their own calls and rewrote the questions they ask about breathing and colour.>>

<<S:Our own triage nurses chose the wording of the door alert after trying two versions, because the
first one, 'possible sepsis', was being ignored on busy nights.>>
"""),
        ("value", "What it is worth", """
The software changes cost the three partners about £38,000 between them, and the safety-netting cards
cost pennies each. Nobody was recruited; the work was done by people already in post. A child who
survives sepsis with amputations or brain injury needs care for the rest of their life, and a single
such case costs the NHS far more than the whole project.

The less measurable value is confidence. Paramedics tell us that they no longer feel they are guessing
whether a child's heart rate is too high, and the out-of-hours GPs now ring the department directly
when they are worried.
"""),
        ("spread", "Beyond Wyvernmouth", """
The regional children's network has adopted the shared card for every emergency department in the
south-west, and the ambulance service has rolled the electronic child observation screen out across its
whole area. <<P:Amber's parents now speak at paramedic induction twice a year, telling new crews what
they saw in their daughter that the observations missed.>> Two neighbouring out-of-hours
providers are testing the clinical system template, with a decision on adoption expected next spring.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I274  tube feeding in nursing homes - docx - rubric headings, cover table -
#       nutrition nurse voice - no patient involvement (residents as
#       beneficiaries, letters to families, relatives who declined, a
#       questionnaire that changed nothing, a plan); staff did take part
# ---------------------------------------------------------------------------
entry(
    id="I274", format="docx", layout="rubric_headings", topic="enteral_tubes_care_homes",
    project="independent18-tubefeeding-274", docx_font="Calibri",
    title="Check Before You Feed: safer tube feeding for people living in nursing homes",
    cover_table=[
        ("Entry title", "Check Before You Feed: safer tube feeding for people living in nursing homes"),
        ("Lead organisation", "Silverdale and Ouse Community Health NHS Trust - Home Enteral Feeding Team"),
        ("Partner organisations", "Ousebridge City Council (Care Quality and Commissioning); Ousebridge Teaching Hospitals NHS Foundation Trust (Nutrition Nurse Specialists); Ousebridge Care Association (38 member nursing homes)"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
        ("Contact", "Lead Nutrition Nurse, tel. 01904 496 118"),
    ],
    primary_entrant=dict(name="Silverdale and Ouse Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Ousebridge City Council", type="local_authority"),
        dict(name="Ousebridge Teaching Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Ousebridge Care Association", type="independent_care"),
    ],
    sections=[
        ("context", "Context and patient safety goals", """
About 150 people living in nursing homes in Ousebridge receive some or all of their nutrition through a
tube. Most have a gastrostomy, a tube that passes through the wall of the abdomen into the stomach. A
smaller number, usually people recovering from a stroke or waiting for a gastrostomy to be placed, are
fed through a nasogastric tube passed through the nose.

Both carry risks that are well understood in hospital and much less well understood in a care home. A
nasogastric tube can slip up into the gullet or, when it is first passed, down into the lung, and feed
or medicines given through a misplaced tube can cause a fatal pneumonia. In hospital this is treated as
a Never Event. Gastrostomy tubes can become blocked, dislodged or buried in the skin, and when that
happens at night the usual answer in a nursing home has been to call an ambulance.

In 2021 a man in one of our homes was fed for several hours through a nasogastric tube that had moved
into his oesophagus. He aspirated and died in hospital two days later. The review found that the pH
strips in the home were out of date, that the night nurse had never been shown how to read them, and
that the home's policy had been copied from a hospital document that assumed an X-ray was available.
It also found that our team, the hospital nutrition nurses and the council's quality officers had each
visited that home in the previous year, and none of us had looked at tube feeding.

Our goals were that every feed through a nasogastric tube is preceded by a correct position check, that
tube problems are dealt with in the home wherever it is safe to do so, and that all three organisations
look at the same standard when they visit.
"""),
        ("evidence", "Evidence of improved patient safety", """
We audit tube feeding in every participating home each quarter, using the same tool and the same two
auditors, and we take emergency department attendance data from the acute trust's records, matched to
the care home addresses.

<<Q:The proportion of nasogastric feeds preceded by a documented pH check within the safe range rose
from 57% in the first audit round to 98% in the most recent one.>> <<Q:Emergency department attendances
by nursing home residents for blocked or displaced feeding tubes fell from 96 in 2021/22 to 41 in
2023/24.>>

<<Q:Hospital admissions with aspiration pneumonia among tube-fed residents fell from 14 in 2021/22 to 5
in 2023/24.>> The numbers are small and we do not want to over-read them, but every one of those
admissions is a frightened, frail person on a trolley.

Since the service began, our nurses have made 302 same-day visits to replace or unblock a tube in the
home, and 212 registered nurses and senior carers have been signed off as competent in position
checking. Those figures describe activity, not safety, and we give them for scale.
"""),
        ("stakeholders", "Involvement of stakeholders, patients and staff", """
<<S:Registered nurses from twelve of the homes worked with our nutrition nurses to rewrite the bedside
check card three times after trying it on night shifts, and it was their idea to print the pH colour
chart on the card itself so that nobody has to hunt for the box.>> <<S:Care assistants told us they
were often the first to notice that a tube had moved but did not feel it was their place to stop a feed,
so the escalation flowchart now opens with the line they suggested: 'anyone can stop a feed'.>>

<<S:The council's care home quality officers tried out the audit tool on their routine visits and cut
it from 24 questions to 11, removing those they said no home could answer without a nutrition
specialist present.>> <<S:Ward nutrition nurses at the hospital asked for the discharge letter for any
tube-fed patient to include the tube length at the nostril, and after a month of testing with the
homes that line became mandatory.>>

The residents themselves are the people this work exists to protect. Almost all have advanced
dementia, a severe stroke or a progressive neurological illness, and very few are able to tell us about
their experience. We wrote to the family of every tube-fed resident to explain the new checks and what
to expect if a tube came out. We invited relatives at two homes to join the working group, but none
felt able to. A short questionnaire to relatives in 2023 produced positive replies and did not lead to
any changes. We would like to work with Healthwatch Ousebridge to find a way for families to shape the
next phase, and have asked them to help us plan it.
"""),
        ("value", "Value added", """
The pH strips, laminated cards and training materials cost about £7,400 in the first year. Our
same-day visits are delivered by the existing home enteral feeding team, which was extended by one
nurse post funded by the council. Each emergency attendance avoided saves an ambulance journey and
hours in a corridor for a person who often cannot understand why they are there.

For the homes, the value is clarity. A nurse at 3am now knows exactly what to check, what a safe
reading looks like, and who to ring if it is not safe, instead of dialling 999 by default.
"""),
        ("spread", "Spread and sustainability", """
The council has written the tube feeding standard into its nursing home contracts from April 2024,
which means it applies to every nursing home it commissions, not only those in the original project.
The audit tool is now part of the quality officers' routine visit. A neighbouring community trust has
borrowed the check card and competency framework, and we have presented the work to the regional
nutrition nurses' group.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I275  insulin at transfer from hospital to district nursing - pdf - caps
#       headings - district nursing lead voice - no quantitative evidence in
#       the evidence section (counts, single audit figures, a target not
#       met); the only measured change sits in the spread section
# ---------------------------------------------------------------------------
entry(
    id="I275", format="pdf", layout="caps_headings", topic="insulin_transfer_of_care",
    project="independent18-insulintransfer-275", pdf_font="DejaVuSans", pdf_align="L",
    title="Same Dose, Same Day: insulin safety when people leave hospital into district nursing care",
    cover=[
        "Submitted by Ashcombe Community Healthcare NHS Trust (District Nursing Service)",
        "Partners in this entry: Ashcombe General Hospital NHS Foundation Trust - Inpatient Diabetes Team ; Ashcombe and Lydd Local Pharmaceutical Committee ; Diabetes Together Ashcombe (peer support group)",
        "Lead author: Clinical Lead for District Nursing. Queries via the communications office, ref. ACH/AW/24-113",
    ],
    primary_entrant=dict(name="Ashcombe Community Healthcare NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Ashcombe General Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="Ashcombe and Lydd Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Diabetes Together Ashcombe", type="patient_group"),
    ],
    sections=[
        ("context", "BACKGROUND AND AIMS", """
District nurses in Ashcombe and Lydd give insulin to around 900 people every day, most of them
housebound, many with dementia or poor eyesight, some twice a day. For these people the most dangerous
day of the year is often the day they come home from hospital.

The discharge letter might say 'insulin as before' when the hospital had changed the insulin. It might
say '10U', which has been read as 100. It might name the insulin but not the pen, so that the community
pharmacy supplies a device the district nurse has never seen. And the referral to our service often
arrives after the patient does, so that a man discharged at six on a Friday evening has no insulin on
Saturday morning.

In 2022 we had both kinds of harm within a month. A woman received ten times her intended dose of a
long-acting insulin on her first evening at home and was admitted with severe hypoglycaemia. A man
missed two days of insulin after a weekend discharge and was readmitted in diabetic ketoacidosis. Both
reviews found that every individual had done their job; it was the handover between us that failed.

Same Dose, Same Day has four parts. The inpatient diabetes team completes a single insulin transfer
form for every patient going home to district nursing care. The form travels electronically and must
reach us before the patient leaves the ward. The patient's community pharmacy receives the same form
and confirms that the right insulin and the right pen are in stock. The patient goes home with an
insulin passport that shows their insulin, their pen and their dose in words.
"""),
        ("stakeholders", "PARTNERS, PATIENTS AND STAFF", """
<<P:Members of Diabetes Together Ashcombe, most of whom inject insulin themselves and several of whom
have had a district nurse give it to them after a spell in hospital, rewrote the insulin passport so
that it describes each pen by its colour and name as well as by the insulin, because that is how they
recognise it.>> <<P:One member, who is partially sighted, used the large-print version for a month and
asked for the dose box to be moved to the front page.>>

<<S:District nurses from the four localities and the inpatient diabetes specialist nurses met monthly
for a year to agree the transfer form, and they threw out the first draft because it asked for details
that a ward nurse at discharge would not have.>> <<S:Community pharmacists asked to be told the pen
device and not just the insulin name, and that line was added after they described two near misses in
which a pharmacy had supplied the wrong pen.>>

<<S:Ward clerks on the medical wards, who actually send most discharge paperwork, pointed out that the
form was going to a generic inbox at weekends, and it is now routed to the out-of-hours district
nursing coordinator instead.>>
"""),
        ("evidence", "RESULTS SO FAR", """
The transfer form went live across Ashcombe General in June 2023. Between then and the end of May 2024,
1,126 people were discharged to district nursing care on insulin, and a transfer form was completed for
1,044 of them.

An audit of 60 consecutive transfers in March 2024 found that 91% recorded the dose with the word
'units' written in full and 95% named the pen device. Our target is for every first visit to take place
on the day of discharge; at present we achieve 76%, with most of the shortfall on Saturdays.

District nurses reported four insulin incidents linked to discharge in the last quarter, all graded no
harm. We did not record discharge-related insulin incidents separately before 2023, so we cannot offer
a before-and-after comparison from the incident system, and we have chosen not to estimate one.

So far 1,380 insulin passports have been issued, and 88 community pharmacies have signed up to receive
the form.
"""),
        ("value", "VALUE", """
The form and the passport cost very little: about £2,100 for printing and a small change to the
hospital's discharge software. A single admission with severe hypoglycaemia or ketoacidosis costs
several thousand pounds, and for a frail older person it can mean a fall, a fracture or a move into a
care home.

The partnership has also given district nurses a direct line to the inpatient diabetes team, which they
now use for advice long after discharge.
"""),
        ("spread", "SPREAD AND SUSTAINABILITY", """
The form began in 2022 as a pilot on the two diabetes and endocrine wards at Ashcombe General. <<Q:On
those wards, discharge letters with an incomplete insulin prescription fell from 44% to 6% over the six
months of the pilot.>> That result persuaded the hospital to make the form mandatory for every ward.

The form is now embedded in the electronic discharge summary, so it cannot be skipped, and the
district nursing service has written it into its standard operating procedure. Lydd Community Hospital
started using it in January 2024, and the regional diabetes network has shared it with the other
hospitals in the region.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I276  people who breathe through a neck stoma - docx - bold headings -
#       tracheostomy nurse specialist voice - private partner under an NHS
#       lead (eligible) - no flags; involvement told indirectly
# ---------------------------------------------------------------------------
entry(
    id="I276", format="docx", layout="bold_headings", topic="tracheostomy_laryngectomy_safety",
    project="independent18-neckbreathers-276", docx_font="Calibri",
    title="Airway Alert: keeping neck breathers safe from the ward to the front door",
    cover=[
        "Hallowfield University Hospitals NHS Trust - Head and Neck Unit and Critical Care Outreach (lead entrant)",
        "Working with: Eastmarch Ambulance Service NHS Trust; Hallowfield Community Health NHS Trust; StomaCare Direct Ltd (home airway equipment supplier); Hallowfield Open Airways Club",
        "Entry written by the Tracheostomy Nurse Specialist",
    ],
    primary_entrant=dict(name="Hallowfield University Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Eastmarch Ambulance Service NHS Trust", type="ambulance_trust"),
        dict(name="Hallowfield Community Health NHS Trust", type="nhs_trust"),
        dict(name="StomaCare Direct Ltd", type="private"),
        dict(name="Hallowfield Open Airways Club", type="patient_group"),
    ],
    sections=[
        ("context", "Background", """
Some people breathe through a hole in their neck. A tracheostomy is usually temporary, made in
intensive care or after head and neck surgery, and the upper airway is still connected. After a
laryngectomy, when the voice box has been removed for cancer, the stoma is permanent and the mouth and
nose are no longer connected to the lungs at all. Put an oxygen mask over that person's face and they
get nothing.

At any one time around 300 people in the Hallowfield area are living or being cared for with a neck
stoma. In hospital they are spread thinly across wards whose staff may see one a year. At home they
depend on a supplier for tubes and filters, a community team for advice and, in an emergency, on an
ambulance crew who may never have met a neck breather.

Two incidents in 2021 started this work. On a general medical ward at night a patient's tracheostomy
tube came out, and the nurses could not find the spare tube, the dilators or the bedhead sign telling
them whether the upper airway was open. In the community, a man with a laryngectomy collapsed at home
and the first crew to arrive spent several minutes trying to ventilate him through his mouth.

Airway Alert has three strands. Every bed with a tracheostomy or laryngectomy patient now has a
standard bedhead sign and an emergency box checked each shift. Every person going home with a neck
stoma is registered, with their consent, on the ambulance service's address flag system, so that the
crew is told before they arrive. And the person carries a card, and has a window sticker and a car
sticker, that say the same thing in the same words.
"""),
        ("evidence", "Results", """
The outreach team audits every tracheostomy bed space in the hospital unannounced each month.
<<Q:Bed spaces with complete emergency equipment rose from 46% in the first audit in 2021 to 94%
across 2023/24.>> <<Q:Tracheostomy and laryngectomy incidents graded moderate harm or above fell from
12 in 2021 to 3 in 2023.>>

The ambulance service reviewed every emergency call to a flagged address. <<Q:In the 38 calls reviewed
after the flag went live, crews applied oxygen to the neck stoma first in 33, compared with 8 of the 21
similar calls reviewed from the two years before.>>

For scale: 1,060 ward nurses, doctors and physiotherapists have completed the basic emergency
algorithm, and 262 people are now registered on the address flag.
"""),
        ("stakeholders", "Working together", """
The Open Airways Club is a group of about forty people who have had their voice boxes removed. <<P:It
was they who first told us, at a meeting in the hospital social club, that paramedics kept reaching for
a face mask.>> <<P:Members designed the card and the stickers, tried them out on a mock emergency call
with an ambulance crew, and chose the words 'I breathe through my neck' over the clinical phrasing we
had drafted.>>

<<P:The list of contents for the emergency box was checked by three people who look after a husband or
wife with a tracheostomy at home, and a spare inner tube and a small torch were added at their
request.>>

<<S:Critical care outreach nurses and ward sisters from the ENT, maxillofacial and respiratory wards
worked through twelve simulated emergencies together, and after each one the bedhead sign was changed;
it now shows the tube size and whether the upper airway is patent.>> <<S:Emergency medical dispatchers
in the ambulance control room helped write the wording of the address flag so that it reads to a crew
as an instruction rather than a note.>>

<<S:The supplier's delivery drivers, who visit every neck breather at home each month, suggested
checking at each delivery that the address flag is still correct, and they now do so.>>
"""),
        ("value", "Value for money and beyond", """
Each emergency box costs about £120 to stock, and the signs, cards and stickers cost less than £3,000 a
year in total. The address flag uses the ambulance service's existing system. The supplier covers the
cost of its drivers' checks.

A displaced tube in someone who cannot be oxygenated from above is a matter of minutes. Preventing one
hypoxic brain injury or death justifies the programme many times over, and the consequences for a
family are beyond any figure.
"""),
        ("spread", "Spreading the word", """
The bedhead sign and box have been adopted by the two other hospitals in the Eastmarch area, and the
ambulance service has extended the address flag to its whole region. We have shared the stickers and
card with the national tracheostomy safety network, and a national laryngectomy charity has featured
the stickers in its newsletter.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I277  alcohol withdrawal on general wards - pdf - two column - alcohol care
#       team voice - no patient AND no staff involvement (patients seen,
#       patients who declined, a plan; staff trained, briefed, audited, a
#       questionnaire that changed nothing, named leads)
# ---------------------------------------------------------------------------
entry(
    id="I277", format="pdf", layout="two_column", topic="alcohol_withdrawal_inpatients",
    project="independent18-alcoholwithdrawal-277", pdf_font="LiberationSerif",
    title="Steady Through Withdrawal: recognising and treating alcohol withdrawal on general wards",
    cover=[
        "Brennock Royal Infirmary NHS Trust  ·  Brennock Borough Council (Public Health, Drug and Alcohol Commissioning)  ·  Harbour Recovery Brennock (charity, community alcohol service)",
        "Lead entrant: Brennock Royal Infirmary NHS Trust. Contact: Alcohol Care Team, 01632 960 905",
    ],
    primary_entrant=dict(name="Brennock Royal Infirmary NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Brennock Borough Council", type="local_authority"),
        dict(name="Harbour Recovery Brennock", type="charity"),
    ],
    sections=[
        ("context", "Background", """
Roughly one in ten adults admitted to Brennock Royal Infirmary drinks at levels that put them at risk
of withdrawal once they stop. Most are not admitted because of alcohol. They come in with a fractured
hip, a chest infection or abdominal pain, and on the second or third day, without their usual drink,
they become shaky, sweaty and agitated. A few have seizures. A few develop delirium tremens, which can
kill. Some, if they are not given thiamine early, develop Wernicke's encephalopathy and are left with
permanent memory loss.

Until 2022 the hospital had no alcohol care team. Withdrawal was often recognised late, and when it
was treated it was usually with a fixed reducing course of chlordiazepoxide, whatever the patient's
symptoms. That meant some patients were over-sedated, fell, or aspirated, while others were
under-treated and pulled out cannulas or left the ward. Thiamine was prescribed erratically. On
discharge, few were referred on to anyone.

The borough has some of the highest alcohol-related admission rates in the region. Public health
funding and a joint commissioning agreement allowed us to set up a seven-day alcohol care team, a
consultant hepatologist, three alcohol specialist nurses and a recovery worker seconded from Harbour
Recovery. The team introduced screening at admission with a short questionnaire, symptom-triggered
treatment using a withdrawal scale charted by ward nurses, parenteral thiamine for everyone at risk, and
a direct referral into Harbour Recovery's community programme before discharge.
"""),
        ("evidence", "Results", """
We compared the 12 months before the team started with its second full year of operation, using
incident reports, the electronic prescribing record and the hospital's admissions data.

<<Q:Alcohol withdrawal seizures recorded on the wards fell from 38 in the year before the service to
15 in its second year.>> <<Q:The proportion of at-risk patients given parenteral thiamine within 24
hours of admission rose from 29% to 83%.>>

<<Q:Falls among patients receiving chlordiazepoxide fell by 41%, which we attribute mainly to
symptom-triggered dosing replacing fixed courses.>> <<Q:Emergency readmission within 30 days with an
alcohol-related condition fell from 24% to 17% among patients seen by the team.>>

The team saw 2,430 patients in 2023/24. Harbour Recovery received 1,210 referrals from the wards, of
whom 640 attended a first appointment.
"""),
        ("stakeholders", "People", """
The service is led by the consultant hepatologist and the lead alcohol nurse specialist, who wrote the
withdrawal protocol from national guidance and took it to the drugs and therapeutics committee for
approval. The partnership is overseen by the council's drug and alcohol commissioning manager.

More than 600 nurses and 140 doctors completed training on the withdrawal scale in the first year, and
ward managers were briefed at the monthly nursing forum. The team audited 200 withdrawal charts in
2023 and fed the results back to each ward. A questionnaire to nurses on the acute medical unit found
that most preferred the new chart, and it was left unchanged.

Patients are the reason the team exists, and every one of them is offered a referral to Harbour
Recovery. We asked six patients whether they would talk to us about their experience of withdrawal on
the wards, and all of them declined, which we understand. Relatives are given a leaflet explaining
delirium. We intend to recruit two people with lived experience of alcohol dependence to the service's
steering group in 2025.

Stakeholders from across Brennock are kept informed through the borough's alcohol harm partnership
board.
"""),
        ("value", "Value", """
The team costs about £310,000 a year, shared between the trust and the council. Each withdrawal
seizure or episode of delirium adds days to an admission and sometimes an intensive care stay. A case
of Wernicke's encephalopathy can mean years of residential care. The commissioners' estimate of bed
days saved suggests the service more than covers its cost.
"""),
        ("spread", "Spread", """
The withdrawal chart and thiamine guidance are now used in Brennock's community hospital and in the
mental health trust's inpatient wards. We have shared the protocol with the regional alcohol care team
network, and a neighbouring trust has started a team on the same model.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I278  community pharmacy follow-up after discharge - docx - form table -
#       PRIVATE pharmacy chain is the primary entrant (ineligible) -
#       otherwise complete
# ---------------------------------------------------------------------------
entry(
    id="I278", format="docx", layout="form_table", topic="discharge_medicines_community_pharmacy",
    project="independent18-dischargemeds-278",
    title="Bridging the Gap: community pharmacy follow-up for high-risk medicines after discharge",
    cover_table=[
        ("Title of entry", "Bridging the Gap: community pharmacy follow-up for high-risk medicines after discharge"),
        ("Lead entrant", "PillBridge Pharmacy Group Ltd (community pharmacy chain, 64 branches)"),
        ("Sector", "Private / independent sector"),
        ("Partners", "Greyfriars Hospitals NHS Foundation Trust (Pharmacy Department); NHS Tamar Vale Integrated Care Board; Healthwatch Greyfriars"),
        ("Category entered", "Best Partnership Solution Improving Patient Safety"),
        ("Named contact", "Superintendent Pharmacist, PillBridge Pharmacy Group - 01632 960 377"),
    ],
    primary_entrant=dict(name="PillBridge Pharmacy Group Ltd", type="private"),
    partners=[
        dict(name="Greyfriars Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="NHS Tamar Vale Integrated Care Board", type="icb"),
        dict(name="Healthwatch Greyfriars", type="patient_group"),
    ],
    sections=[
        ("context", "Context and safety goals", """
When someone leaves hospital, their medicines have usually changed. Half of older patients go home with
at least one medicine stopped, started or altered. But the community pharmacy that has supplied them
for years often finds out only when an old repeat prescription arrives, and it dispenses what it always
has. For most medicines that is an inconvenience. For anticoagulants, opioids, insulin and
methotrexate it can be fatal.

PillBridge is a private company running 64 community pharmacies across Tamar Vale. In 2022 our
pharmacists recorded 57 near misses in which a medicine stopped in hospital was nearly supplied again,
and three cases in which it was supplied. One was a full-dose anticoagulant restarted in a woman whose
hospital stay had been for a bleed.

Bridging the Gap links the hospital's electronic discharge system directly to our pharmacies. For every
patient who uses a PillBridge branch and goes home on a high-risk medicine, the ward pharmacy team sends
a referral with the discharge summary. Within 72 hours one of our pharmacists compares the summary with
the patient's record, telephones the patient or their carer, and blocks any outdated repeat items. The
ICB funds the hospital's extra referral time and monitors the service.
"""),
        ("evidence", "Evidence of impact", """
The ICB's medicines optimisation team evaluated the first 18 months, comparing referred patients with a
matched group discharged in the same period to pharmacies outside the scheme.

<<Q:Discrepancies between the discharge summary and the next community supply fell from 31% of
referred patients in the first quarter to 7% in the sixth.>> <<Q:Readmission within 30 days with a
medicines-related problem fell from 8.4% to 5.1% in referred patients, compared with a change from 8.6%
to 8.2% in the matched group.>>

<<Q:The proportion of referrals completed with a pharmacist conversation within 72 hours rose from 22%
in the first quarter to 79% in the sixth.>>

We have received 5,870 referrals to date.
"""),
        ("value", "Value", """
The ICB pays the hospital for about 0.6 of a pharmacy technician's time and reimburses our pharmacists'
consultations at the national Discharge Medicines Service rate. The ICB estimates that avoided
readmissions alone save several times that cost.

For patients, the value is a phone call from someone who knows their medicines and can sort out a
problem before it becomes a crisis. For the hospital, it is knowing that a stopped medicine will stay
stopped.
"""),
        ("stakeholders", "How patients, carers and staff were involved", """
<<P:Volunteers from Healthwatch Greyfriars who had recently been in hospital, or had looked after
someone who had, listened to recordings of our first follow-up calls and told us the pharmacists
sounded as if they were checking up on people; the script now opens by asking how the person is
settling in at home.>> <<P:The same volunteers asked for a printed list of current medicines to go into
the bag with the first supply, and we introduced it in the fourth month.>>

<<S:Ward pharmacists and pharmacy technicians at Greyfriars tested the electronic referral for six weeks
before launch and insisted on a free-text box headed 'what the patient is worried about'.>>
<<S:Our counter assistants and dispensers, the people patients actually talk to, told us that patients
often brought in old repeat slips, so every branch now puts an alert on the patient record as soon as a
referral arrives.>>
"""),
        ("spread", "Spread and sustainability", """
The ICB has extended the referral route to the two other hospitals in Tamar Vale and opened it to any
community pharmacy, not only ours. The referral template and call script are published on the ICB's
website. Our company has made the follow-up call a standard operating procedure in every branch.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I279  learning from deaths in the community - pdf - with appendix -
#       lead medical examiner voice - no staff involvement (staff trained,
#       briefed, sent reports, a survey that changed nothing, a single lead,
#       a plan); bereaved families did take part
# ---------------------------------------------------------------------------
entry(
    id="I279", format="pdf", layout="with_appendix", topic="learning_from_community_deaths",
    project="independent18-learningdeaths-279", pdf_font="LiberationSans", pdf_align="L",
    title="Listening After Loss: medical examiner scrutiny and family voices for deaths outside hospital",
    cover=[
        "Primary entrant: Stourwell Hospitals NHS Trust, on behalf of the Stourwell Medical Examiner Service",
        "Partners: Stourwell and Wey Valley GP practices (27 practices) - St Elphin's Hospice (charity) - Stourwell Bereaved Families Forum",
        "Prepared by: Lead Medical Examiner  •  Medical Examiner Office, tel. 01632 960 640",
    ],
    primary_entrant=dict(name="Stourwell Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Stourwell and Wey Valley GP practices", type="primary_care"),
        dict(name="St Elphin's Hospice", type="charity"),
        dict(name="Stourwell Bereaved Families Forum", type="patient_group"),
    ],
    sections=[
        ("context", "Background", """
Since 2020 every death in Stourwell Hospital has been looked at by a medical examiner, an independent
senior doctor who reads the notes, agrees the cause of death with the attending doctor and speaks to
the family. Deaths in the community, at home, in care homes and in the hospice, had no such scrutiny.
Roughly 2,300 people die outside hospital in our area each year, and until 2023 the only people who
looked at those deaths were the GP who signed the certificate and, for a small minority, the coroner.

That meant two things. Families who had concerns about care had nowhere obvious to take them, and the
patterns that might have shown up across many deaths, a care home where several residents died of
untreated infections, a bank holiday on which nobody could get end-of-life medicines, were invisible.

Listening After Loss extended the medical examiner service to every community death in the 27 GP
practices of Stourwell and Wey Valley, a year before it became a legal requirement. A medical examiner
officer phones the family within two working days of every death. Any concern is passed to the
practice or the hospice for a structured judgement review, a recognised method of case note review, and
the family is told what was found. Every quarter the service groups its findings into themes and takes
them to the ICB's learning from deaths forum.
"""),
        ("evidence", "Results", """
The figures below compare the first six months of the extended service (April to September 2023) with
the most recent six months (April to September 2024). Appendix A gives the definitions.

<<Q:The median time from a family raising a concern to receiving a written response fell from 46
working days to 12.>> <<Q:Among deaths that went on to structured judgement review, the share judged to
have involved poor or very poor care fell from 11% in the first six months to 5% in the most recent
six months.>>

Themes make a difference only if someone acts on them. The first quarterly report showed that families
of people dying in care homes were repeatedly describing long waits for end-of-life medicines, and a
small stock of those medicines was then placed in each home under a shared protocol. <<Q:Community deaths in which
needed end-of-life medicines were unavailable fell from 17 in the first quarter to 4 in the latest.>>

In total the service has scrutinised 3,410 community deaths and spoken to 3,150 families.
"""),
        ("stakeholders", "Families and professionals", """
<<P:Members of the Bereaved Families Forum, all of whom lost someone in the past three years,
role-played the first phone call with our medical examiner officers and told us that 'do you have any
concerns about the care?' was too blunt to answer on the phone; the question is now 'is there anything
about the care you would like us to look at for you?'.>> <<P:Two forum members sit on the quarterly
learning panel and read every anonymised theme report before it goes to the ICB.>>

<<P:A widower whose wife died at home over a bank holiday weekend without pain relief described to us,
call by call, the night he spent trying to get her medicines, and his account became the case study
used to redesign out-of-hours access to end-of-life drugs.>>

The process was designed by the lead medical examiner and approved by the trust's mortality committee.
All medical examiners and officers completed the national training. GP practices were briefed at the
ICB's protected learning time events and each receives a quarterly summary of its own cases, and the
hospice's nurses receive the theme reports. A survey of practice managers in 2024 was broadly positive
and nothing was changed as a result. We would like to form a reference group of GPs and district nurses
to advise the service next year.
"""),
        ("value", "Value", """
The community extension is funded through the national medical examiner budget, at about £280,000 a
year for additional medical examiner sessions and two officer posts. It has almost certainly reduced
the number of complaints and coroner referrals that arise simply because nobody explained a death to a
family.

Its greater value is that deaths outside hospital now teach us something. A theme that would once
have been lost in 27 separate practices is now visible within a quarter.
"""),
        ("spread", "Spread", """
The neighbouring medical examiner service has adopted our family call script and the forum's question
wording. We have presented the theme reports at the regional learning from deaths network and shared
the care home end-of-life medicines stock list with the two other hospices in the ICB.
"""),
    ],
    trailer=[
        ("heading", "Appendix A: Definitions and data"),
        ("para", "Structured judgement review (SJR): a case note review in which a trained reviewer scores each phase of care from 1 (very poor) to 5 (excellent). 'Poor or very poor care' means an overall score of 1 or 2."),
        ("para", "Response time: working days from the date a concern was logged by a medical examiner officer to the date a written response was sent to the family. Periods: 1 April to 30 September 2023 and 1 April to 30 September 2024."),
        ("heading", "Appendix B: Glossary"),
        ("para", "ME: medical examiner. MEO: medical examiner officer. ICB: integrated care board."),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I280  violence and aggression in the emergency department - docx -
#       numbered questions - head of nursing voice - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I280", format="docx", layout="numbered_questions", topic="ed_violence_against_staff",
    project="independent18-edviolence-280", docx_font="Cambria",
    title="Safe to Care: reducing violence and aggression in the emergency department",
    cover=[
        "Corbridge Vale Hospitals NHS Trust (lead)",
        "with Corbridge Vale Police (Neighbourhood Policing Team) and Corbridge Vale District Council (Community Safety Partnership)",
        "Submitted by the Head of Nursing for Emergency Care and the Trust's Violence Reduction Lead",
    ],
    primary_entrant=dict(name="Corbridge Vale Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Corbridge Vale Police", type="emergency_service"),
        dict(name="Corbridge Vale District Council", type="local_authority"),
    ],
    sections=[
        ("context", "1. What was the problem and what were you trying to achieve?", """
Our emergency department sees about 95,000 people a year. In 2022 our staff reported 412 incidents of
violence or aggression, and those are only the ones that were reported. A nurse had her jaw broken at
triage. A receptionist was followed to her car. Healthcare assistants told us they had stopped
reporting being spat at because nothing ever happened.

We entered this as a patient safety project because that is what it is. When a nurse is pulled away to
deal with a fight in the waiting room, the deteriorating patient in cubicle six waits. When an
experienced nurse leaves after being assaulted, she takes her skill with her. Frail patients and
children sit in the same waiting room as people who are shouting and throwing chairs, and several of
them have been hurt.

We looked closely at what happened before incidents. Most occurred late at night, in the waiting room,
after long waits with no information, and many involved people who were intoxicated, in pain or
confused. When staff called the police, nobody could say how long officers would take. Staff had little training in
de-escalation, and the reception desk sat behind a glass screen that made conversation impossible.

Safe to Care combined several changes: a redesigned waiting room with live waiting-time screens, a
welcome host on every evening shift, early pain relief at triage, body-worn cameras for security
officers, a police liaison officer based in the hospital three nights a week, and a shared
information protocol that lets police and the trust act on repeat offenders while protecting people
whose behaviour is caused by illness.
"""),
        ("evidence", "2. What has changed, and how do you know?", """
We compare calendar year 2022 with the financial year 2023/24, using the trust's incident system, the
police's crime records for the hospital site and the workforce database.

<<Q:Physical assaults on emergency department staff fell from 118 to 61.>> <<Q:Verbal abuse and
threats reported per 1,000 attendances went down from 3.2 to 2.0, even though staff tell us they are
now more likely to report.>>

<<Q:Sickness absence among emergency department nursing and reception staff fell from 7.9% to
5.6%.>> <<Q:In the national staff survey, the share of our emergency department staff who said they
had experienced violence from patients or the public in the past year dropped from 41% to 26%.>>

On nights when the liaison officer is on duty, police attend the department in under ten minutes on
average; we have no comparable figure for other nights or for earlier years.
"""),
        ("stakeholders", "3. Who was involved, and how?", """
<<S:Receptionists, who take the brunt of abuse at the front desk, sat on the design group from the
first meeting, and it was their suggestion to replace the glass screen with a lower, open desk and a
panic alarm, because they had noticed that people shouted more when they could not be heard.>>
<<S:Healthcare assistants and security officers tried out the welcome host role over a month of night
shifts and rewrote its job description after the first fortnight.>>

<<S:Officers from the neighbourhood team drew up the information-sharing protocol with our violence
reduction lead and then changed it after our mental health liaison nurses pointed out that it would
have flagged people in crisis as offenders.>>

<<P:Members of the trust's patient panel spent two Friday nights in the waiting room with us, and
their verdict, that not knowing how long you will wait makes you angry, led directly to the live
waiting-time screens.>> <<P:A man who had been excluded from the department after an assault agreed to
talk to the design group about what led up to it; he described hours in pain without anyone telling
him why, and his account is the reason analgesia is now offered at triage to anyone who needs it.>>
"""),
        ("value", "4. What value has the initiative added?", """
The waiting room redesign cost £96,000, funded by the hospital charity. The body-worn cameras cost
£11,000 and the police liaison officer is funded by the force. Lower sickness absence alone has saved
an estimated £140,000 a year in agency cover.

The greatest value is in the department itself. Staff say they feel safer coming to work, and nurses
who had talked about leaving have stayed. Patients waiting at night are calmer when they know how long
the wait will be and why.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I281  restrictive practice on adult mental health wards - pdf - no
#       headings - director of nursing voice - no flags; patient involvement
#       told in the value part, a peer support worker sentence is P and S
# ---------------------------------------------------------------------------
entry(
    id="I281", format="pdf", layout="no_headings", topic="restraint_reduction_mental_health",
    project="independent18-restraint-281", pdf_font="LiberationSerif",
    title="Hands Off, Minds Open: reducing restraint on adult mental health wards",
    cover=[
        "Greywater Partnership NHS Foundation Trust, with Greywater Voices (user-led charity) and the University of Greywater School of Health Sciences",
        "Lead entrant: Greywater Partnership NHS Foundation Trust",
        "Contact: Associate Director of Nursing, Reducing Restrictive Practice Programme",
    ],
    primary_entrant=dict(name="Greywater Partnership NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Greywater Voices", type="charity"),
        dict(name="University of Greywater", type="university"),
    ],
    sections=[
        ("context", None, """
Being held down by several people is one of the most frightening things that can happen to anyone. For
a person admitted to a mental health ward in crisis, often with a history of trauma, it can repeat the
worst moments of their life. Face-down restraint carries a risk of death from positional asphyxia, and
an injection given against someone's will can damage trust for years. Staff get hurt too.

In 2021/22 our seven adult acute wards, with 126 beds between them, recorded more than 1,900 episodes
of physical restraint. Many were brief. But more than 200 were in the prone position, and our data
showed that Black men were restrained at around three times the rate of white patients. The Mental
Health Units (Use of Force) Act 2018 gave us a legal duty to reduce and report the use of force; we
wanted to go further than compliance.

Hands Off, Minds Open began in April 2022. It combined ward-chosen interventions from a recognised
conflict-reduction model, a debrief with the person after every restraint, calm rooms and sensory
boxes on every ward, a weekly dashboard of restraint by ward and ethnicity, and trauma-informed
training developed with the university and delivered jointly with people who have been restrained.
"""),
        ("evidence", None, """
All use of force is recorded on the trust's incident system, and the figures below compare 2021/22 with
2023/24.

<<Q:Prone restraint fell from 214 episodes to 37.>> <<Q:All physical restraint fell by 46%, and the
ward dashboards show a sustained shift below the previous mean from the seventh month of the
programme.>> <<Q:Rapid tranquillisation by intramuscular injection fell from an average of 31 episodes
a month to 14.>>

<<Q:The ratio of restraint rates for Black patients compared with white patients narrowed from 3.1 to
1.7.>> That gap has not closed, and we do not pretend otherwise. <<Q:Staff injuries sustained during
restraint fell from 88 a year to 40.>>

Seclusion was not a focus of this programme and its use did not change.
"""),
        ("value", None, """
The programme cost about £215,000 over two years, most of it in training time and in paying people with
lived experience as trainers. Fewer staff injuries mean fewer days lost and less agency cover, and
fewer restraints mean less time spent on the paperwork and reviews that follow each one.

The most important value is not in money. <<P:People who had been restrained on our wards, recruited
through Greywater Voices, co-deliver the trauma-informed training, and each session begins with one of
them describing what it felt like to be held face down.>> <<P:Their accounts changed the debrief form,
which now asks the person, in their own words, what staff could have done differently before it asks
anything else.>>
"""),
        ("stakeholders", None, """
<<S:Nurses and healthcare support workers on each ward chose which of the ten interventions to try
first, ran them as small tests of change and dropped two that did not suit their ward.>> <<PS:Peer
support workers, employed on every ward because of their own experience of mental health services,
reviewed each week's restraint data with the ward managers and proposed the 'first hour' welcome
conversation that every newly admitted person now has.>>

<<S:Pharmacists rewrote the rapid tranquillisation guideline after ward doctors and nurses told them
that oral options were being skipped in the rush.>> <<P:Carers who attend Greywater Voices' family
group reviewed the information leaflet about the use of force on the wards, and asked that it explain
how a relative can request a copy of the debrief, which it now does.>>
"""),
        ("spread", None, """
Our dashboard and debrief form have been adopted by two other mental health trusts in the region, and
the university has turned the training into an accredited module open to any trust. We have presented
the work at the national reducing restrictive practice collaborative, and the Greywater Voices trainers
have been invited to co-deliver sessions in a neighbouring trust.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I282  self-neglect and hoarding - docx - style headings - principal social
#       worker voice - no quantitative evidence (counts, single figures, an
#       aim) - no patient involvement (people who declined, a questionnaire
#       that changed nothing, a plan); staff did take part
# ---------------------------------------------------------------------------
entry(
    id="I282", format="docx", layout="style_headings", topic="safeguarding_self_neglect",
    project="independent18-selfneglect-282", docx_font="Calibri",
    title="Behind Closed Doors: a joint response to self-neglect and hoarding",
    cover=[
        "Lead entrant: Fenchurch Borough Council - Adult Social Care, Safeguarding Adults Team",
        "Partners: Fenchurch Community Health NHS Trust (Adult Community Nursing)   |   Tamsworth Fire and Rescue Service   |   Fenchurch Homes (the council's housing management organisation)",
        "Contact: Principal Social Worker, 01632 960 813",
    ],
    primary_entrant=dict(name="Fenchurch Borough Council", type="local_authority"),
    partners=[
        dict(name="Fenchurch Community Health NHS Trust", type="nhs_trust"),
        dict(name="Tamsworth Fire and Rescue Service", type="emergency_service"),
        dict(name="Fenchurch Homes", type="public_other"),
    ],
    sections=[
        ("context", "Context", """
Self-neglect is one of the hardest things we deal with in adult safeguarding. The people concerned are
usually adults with the right to make their own decisions, including unwise ones. Many have lived with
trauma, loss or mental illness for years. Their homes may be full to the ceiling, without heating or
working toilets, and they may be refusing care for wounds, diabetes or heart failure. Every agency sees a
piece of the picture and nobody sees the whole.

Two Safeguarding Adults Reviews published by the Fenchurch board in 2021 showed the cost of that. A man
in his seventies died in a fire in a flat so full of newspapers that firefighters could not reach him.
A woman in her fifties was found dead with infected leg ulcers that district nurses had been unable to
dress for months because she would not let them in. In both cases housing, health, the fire service and
social care had each been in contact, and each had closed the case as a 'lifestyle choice'.

Behind Closed Doors is a single self-neglect protocol for the borough. Any professional who is worried
can make one referral, which triggers a multi-agency risk meeting within ten working days and the
naming of a lead professional, chosen because the person trusts them rather than because of their job
title. The fire service offers a home safety visit in every case, district nurses and housing officers
share what they see, and the plan is reviewed until the risk has come down or the person's own decision
has been properly assessed and recorded.
"""),
        ("evidence", "Evidence of improved safety", """
Between April 2022 and March 2024 the protocol received 286 referrals, and 171 multi-agency risk
meetings were held. A lead professional was named within ten working days in 94% of cases. The fire
service carried out 240 home safety visits for people on the protocol and fitted 310 smoke alarms,
many of them in homes where alarms had been removed or buried.

No one supported under the protocol has died in a fire. The Safeguarding Adults Board's audit group
examined 40 cases in 2023 and rated 31 of them as good or outstanding, against criteria that include
whether the person's own views were recorded.

We cannot give before-and-after figures, because self-neglect was not recorded as a separate category
of concern until the protocol began. Our aim is to reduce repeat referrals for the same person by a
third, and we will be able to report against that aim in 2025.

Professionals describe the difference in their own words. One district nurse told the audit group: 'I
used to feel I was the only person who knew how bad it was. Now there is a meeting, and a plan, and I
am not on my own.'
"""),
        ("stakeholders", "Stakeholder involvement", """
<<S:District nurses, social workers, housing officers and fire safety advocates wrote the protocol
together over four workshops, and they replaced the original risk tool, which relied on a social
worker's home visit, with a short checklist that any of them can complete on the doorstep.>>
<<S:Firefighters on the prevention team, who had been refused entry at many of these homes, suggested
going in alongside someone the person already trusted, usually the district nurse, and joint visits are
now the default.>>

<<S:Neighbourhood housing officers asked for the risk meetings to be held in the community hub rather
than the civic centre, so that caretakers could attend, and that change was made in the first
month.>>

The people referred are often isolated and many refuse help; around a third declined any part in the
multi-agency plan, and their decisions were respected wherever they had the capacity to make them. A
short questionnaire was sent to people supported under the protocol; the 22 replies were mostly
positive, and nothing was changed as a result. We hope to work with Fenchurch Carers' Centre to hear
from the relatives of people who self-neglect, and have asked the Safeguarding Adults Board to fund
this.
"""),
        ("value", "Value added", """
The protocol needed no new posts. The multi-agency meetings are chaired by existing safeguarding leads,
and the fire service's visits come from its prevention budget. A single fatal fire costs the public
sector well over a million pounds, and each emergency admission for untreated wounds or infection
costs thousands.

The value we notice most is that cases no longer close because someone said 'no' once. Professionals
keep going back, together, and people who have refused help for years sometimes accept it from the
right person.
"""),
        ("spread", "Spread and sustainability", """
The protocol is part of the Fenchurch Safeguarding Adults Board's multi-agency procedures and is
reviewed every year. Two neighbouring boroughs have adopted the doorstep checklist, and the fire
service is using the joint visit model across its whole area. We have shared the protocol through the
regional safeguarding adults network.
"""),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I283  older people who fall at home - pdf - form table - ambulance
#       clinical pathways voice - no staff involvement (responders trained,
#       call handlers briefed, a single lead, a survey that changed nothing,
#       a plan); older people did take part
# ---------------------------------------------------------------------------
entry(
    id="I283", format="pdf", layout="form_table", topic="community_falls_response",
    project="independent18-fallsresponse-283", pdf_font="LiberationSans",
    title="Up Within the Hour: a joint response for older people who fall at home",
    cover_table=[
        ("Entry title", "Up Within the Hour: a joint response for older people who fall at home"),
        ("Lead organisation", "Dunmere Ambulance Service NHS Trust"),
        ("Partner organisations", "Dunmere County Council (Telecare and Community Response Service); Dunmere Community Health NHS Trust (Falls Prevention Service); Age Forward Dunmere (charity)"),
        ("Lead contact", "Head of Clinical Pathways, Dunmere Ambulance Service - 01632 960 460"),
        ("Area covered", "Dunmere county, population about 780,000"),
    ],
    primary_entrant=dict(name="Dunmere Ambulance Service NHS Trust", type="ambulance_trust"),
    partners=[
        dict(name="Dunmere County Council", type="local_authority"),
        dict(name="Dunmere Community Health NHS Trust", type="nhs_trust"),
        dict(name="Age Forward Dunmere", type="charity"),
    ],
    sections=[
        ("context", "Context and patient safety goals", """
Falls are the commonest reason older people call 999. Most who fall at home are not badly injured, but
many cannot get up. Because they are not injured, their calls are given a low priority, and on a busy
night they wait. In 2021 the median wait for an uninjured person who had fallen at home in Dunmere was
3 hours 40 minutes, and some waited more than ten.

Lying on the floor for hours is itself harmful. It causes pressure damage, muscle breakdown that can
injure the kidneys, hypothermia and pneumonia, and it destroys confidence: many people who have a long
lie never live independently again. Then there is the fall that follows, because nobody looked at why
the first one happened.

Up Within the Hour links three services. When someone who has fallen calls 999 or presses a telecare
pendant and has no sign of serious injury, the council's community response team is sent with a
lifting cushion, aiming to arrive within an hour. A paramedic in the ambulance clinical hub joins by
video to assess the person before they are lifted. Afterwards a referral goes automatically to the
falls prevention service, which calls within two working days, and a volunteer from Age Forward visits
to check on the home and on how the person is coping.
"""),
        ("evidence", "Evidence of improved patient safety", """
The ambulance service's performance team compared all falls calls in 2021/22 with those in 2023/24.

<<Q:The median time on the floor for people who had fallen and were not seriously injured fell from 3
hours 40 minutes to 52 minutes.>> <<Q:Falls calls in which the person waited more than four hours for
help fell from 27% to 4%.>>

<<Q:Conveyance to hospital after a fall fell from 58% of falls calls to 34%, with no increase in repeat
calls within 24 hours.>> <<Q:Among people referred to the falls prevention service, a further 999 call
for a fall within 90 days fell from 22% to 14%.>>

The community response team attended 6,920 falls in 2023/24.
"""),
        ("stakeholders", "Involvement of patients, carers and staff", """
<<P:Older people from Age Forward's strength and balance classes tried being lifted on the inflatable
cushion, and two who were too frightened to go through with it told us so, which is why the
responders' script now explains every step before the cushion is switched on.>> <<P:Members of the
charity's older people's forum said that many people would not press their pendant after a fall for
fear of wasting an ambulance, and the pendant leaflet was reworded to 'press it if you cannot get up,
every time'.>>

<<P:A woman who lay on her kitchen floor for eleven hours in 2021 spoke at the launch and then helped
choose the questions the falls service asks in its first phone call; her question, 'what would make
you feel safe at night?', now comes first.>>

Community responders each completed a four-day course delivered by the ambulance service's education
team, and call handlers and hub paramedics were briefed on the new dispatch codes. The pathway was
developed by the ambulance service's head of clinical pathways and signed off by the partners'
directors. An online survey of responders at the end of the first year was positive, and the pathway
was not changed. We intend to set up a responders' forum so that their experience can shape the next
phase.
"""),
        ("value", "Value added", """
The community response team costs the council about £620,000 a year, of which the ICB contributes half.
Every avoided conveyance saves an ambulance hour and an emergency department attendance, and every
shortened long lie reduces the risk of a hospital admission that might last weeks.

For older people, the value is being helped up by someone kind, quickly, and then being asked why they
fell.
"""),
        ("spread", "Spread and sustainability", """
The council has made the community response team a permanent service, and the falls prevention
referral is built into the ambulance service's electronic record. Two neighbouring counties have
visited, and one has started a similar team. The video assessment checklist has been shared with the
national ambulance falls group.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I284  lithium monitoring across mental health, general practice and the
#       laboratory - pdf - rubric headings - NO stakeholders section;
#       patient and staff involvement told in context, value and spread
# ---------------------------------------------------------------------------
entry(
    id="I284", format="pdf", layout="rubric_headings", topic="lithium_monitoring",
    project="independent18-lithium-284", pdf_font="LiberationSans",
    title="Lithium Level Best: shared monitoring of lithium between mental health services, general practice and the laboratory",
    cover=[
        "Thornleigh and Wold Mental Health NHS Foundation Trust (lead)",
        "Partners: Thornleigh GP Federation (19 practices); Thornleigh General Hospital NHS Trust (Pathology); Balance Bipolar Support Thornleigh",
        "Authors: Consultant Psychiatrist and Chief Pharmacist (joint). Contact 01632 960 512",
    ],
    primary_entrant=dict(name="Thornleigh and Wold Mental Health NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Thornleigh GP Federation", type="primary_care"),
        dict(name="Thornleigh General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Balance Bipolar Support Thornleigh", type="patient_group"),
    ],
    sections=[
        ("context", "Context and patient safety goals", """
Lithium remains one of the most effective treatments for bipolar disorder, and for many people it is
the reason they have stayed well for decades. It is also a medicine with a narrow margin between the
dose that works and the dose that poisons. A dehydrating illness, a new blood pressure tablet or a
course of anti-inflammatory painkillers can push the level into the toxic range within days. Over years
it can damage the kidneys and the thyroid and raise calcium.

About 1,150 people in Thornleigh and Wold take lithium. Guidance says their blood level should be
checked every three months, and their kidney, thyroid and calcium tests every six. Responsibility was
split: the mental health trust usually started lithium, GPs usually continued it, and the laboratory
reported results to whoever had asked. When nobody asked, nobody tested.

<<P:The project began when members of Balance, the local bipolar support group, wrote to our medical
director after three of them had been admitted with lithium toxicity in a single year, and they joined
the project group that autumn and have stayed on it.>>

Our 2021 baseline audit confirmed their experience. Many people had gone more than six months without a
level, some had never had their calcium checked, and several were taking ibuprofen bought over the
counter.

Lithium Level Best created a single lithium register held by the laboratory, fed by prescriptions from
both the mental health trust and the practices. The laboratory now sends recall reminders, phones any
level above the safe range directly to a clinician, and flags a falling kidney function to the
prescriber. Community pharmacies receive an interaction alert. Every patient holds a booklet with their
results and the signs of toxicity.
"""),
        ("evidence", "Evidence of improved patient safety", """
We repeated the 2021 audit in 2023 across all 19 practices, using the register and the same
definitions.

<<Q:Patients with a lithium level recorded in the previous four months rose from 61% to 92%.>>
<<Q:Kidney and thyroid monitoring up to date within six months rose from 54% to 88%.>> <<Q:Hospital
admissions with lithium toxicity among people in the area fell from 9 in 2021 to 2 in 2023.>>

The laboratory phoned 73 levels above 1.2 mmol/L to a clinician in 2023. We do not have an equivalent
figure for 2021, because no such process existed.
"""),
        ("value", "Value added", """
The register was built by the laboratory's information team in existing time, and the recall letters
cost about £4,500 a year. One admission with lithium toxicity can mean dialysis and intensive care, and
long-term kidney damage can end a treatment that has kept someone well for years.

The work only succeeded because the people who use it helped build it. <<S:Practice nurses in the
federation piloted the recall letters for three months and pointed out that people were being called
twice, once by the practice and once by the laboratory, so the laboratory now sends a single combined
recall.>> <<P:People from Balance wrote the patient booklet and chose to lead with the signs of
toxicity, which several of them described from their own experience, rather than with dosing
information.>>
"""),
        ("spread", "Spread and sustainability", """
The register now covers the neighbouring borough, whose practices use the same laboratory. <<S:Community
pharmacists in the federation area tested the interaction alert at the counter and asked for it to
cover ibuprofen and naproxen bought without prescription, which it now does.>> The register and recall
process are written into the shared care agreement for lithium, and the regional mental health pharmacy
network has asked to use our approach for clozapine monitoring.
"""),
    ],
    flags=[dict(code="missing_section", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I285  point-of-care INR testing in community pharmacies - docx - reordered
#       sections - PRIVATE company is the primary entrant (ineligible) - no
#       patient involvement (letters, a satisfaction survey that changed
#       nothing, patients who chose to stay, a plan); staff did take part
# ---------------------------------------------------------------------------
entry(
    id="I285", format="docx", layout="reordered", topic="warfarin_inr_point_of_care",
    project="independent18-inrpharmacy-285", docx_font="Georgia",
    title="Test Near, Treat Near: point-of-care INR monitoring for warfarin in community pharmacies",
    cover=[
        "Lead entrant: Ardent Point of Care Ltd - provider of near-patient testing services (private limited company)",
        "In partnership with Sallowby Hospitals NHS Trust (Anticoagulation Clinic) and NHS Sallowby and Rother Integrated Care Board",
        "Contact: Head of Clinical Services, Ardent Point of Care Ltd, 01632 960 733",
    ],
    primary_entrant=dict(name="Ardent Point of Care Ltd", type="private"),
    partners=[
        dict(name="Sallowby Hospitals NHS Trust", type="nhs_trust"),
        dict(name="NHS Sallowby and Rother Integrated Care Board", type="icb"),
    ],
    sections=[
        ("evidence", "Results first", """
We start with the results, because they are the reason this partnership exists. The hospital's
anticoagulation team compared patients' records for the 12 months before they moved to a pharmacy with
their first 12 months in the new service.

<<Q:Median time in therapeutic range rose from 58% to 71%.>> <<Q:INR results above 5, the level at
which the risk of serious bleeding climbs steeply, fell from 3.8% of all tests to 1.9%.>>

<<Q:Emergency admissions with warfarin-related bleeding among patients in the service fell from 21 in
the year before transfer to 11 in the year after.>> For stable patients the dose is now set in the pharmacy at the time of the
test.
"""),
        ("context", "Why the service was needed", """
Warfarin is an old drug but far from a simple one. Around 3,800 people in Sallowby and Rother still
take it, mostly because they have a mechanical heart valve, a condition for which the newer
anticoagulants are unsuitable, or kidney disease. Each of them needs an INR blood test every few weeks,
and the dose is adjusted according to the result.

Until 2022 almost all of these tests were done by venous blood sample at the hospital's anticoagulation
clinic or at GP surgeries. Samples went to the laboratory, results came back the next day, and the
clinic's nurses then posted or phoned the new dose. Patients who were frail or lived in the rural
north of the area often missed tests because of the journey. The clinic's own figures showed too many
people spending too much time outside their target range, at risk of clots on one side and bleeding on
the other.

Ardent Point of Care is a private company that supplies fingerprick INR testing devices, quality
control and dosing software. Under a contract with the ICB, we equipped and trained 22 community
pharmacies, and their pharmacists now test patients on the spot. The result goes straight into the
hospital clinic's dosing system, and for stable patients the dose is set in the pharmacy within agreed
limits; anything outside those limits goes to the hospital's anticoagulant nurses the same day.
"""),
        ("stakeholders", "People involved", """
<<S:Anticoagulant nurse specialists at the hospital set the dosing limits with our clinical team and
insisted that any INR above 5 be phoned to them directly, not managed in the pharmacy, which is now a
hard stop in the software.>> <<S:Pharmacists in the first six pharmacies used the devices for two
months before the wider launch and asked for the dosing screen to show each patient's last three
results, which we added.>>

<<S:The hospital's point-of-care testing manager reviewed our quality control process and persuaded us
to move external quality checks from quarterly to monthly.>>

About 2,600 patients have moved from the hospital clinic to a pharmacy of their choice. Each was sent a
letter explaining the change, and those who preferred to stay with the hospital clinic were able to do
so. Our annual satisfaction survey found that 96% of patients were satisfied or very satisfied with
the service, and no changes were needed. We are discussing with the ICB how patients might be
represented on the contract review group in future.
"""),
        ("spread", "Spread", """
The ICB has extended the contract to a further 12 pharmacies in the Rother area from 2025. The dosing
limits and escalation rules were written by the hospital clinic, not by us, and they are published so
that any provider could use them. Two other anticoagulation clinics in the region have visited.
"""),
        ("value", "Value", """
The ICB pays a fee per test that is slightly below the combined cost of a phlebotomy appointment and a
laboratory test. Patients no longer travel to the hospital, and the clinic's nurses spend their time on
the patients who are hardest to keep in range. Each major bleed avoided spares a hospital stay and, for
older people, often a permanent loss of independence.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I286  pressure damage while waiting in the emergency department - docx -
#       no headings - tissue viability lead voice - one trust only, its own
#       departments described as partners (ineligible) - otherwise complete
# ---------------------------------------------------------------------------
entry(
    id="I286", format="docx", layout="no_headings", topic="pressure_ulcers_emergency_department",
    project="independent18-edpressure-286", docx_font="Calibri",
    title="Skin Matters in the Corridor: preventing pressure ulcers in people waiting in the emergency department",
    cover=[
        "Entrant: Lowther Bridge Hospitals NHS Trust",
        "A partnership between the Emergency Department, the Tissue Viability Service and the Patient Flow Team of Lowther Bridge Hospitals NHS Trust",
        "Submitted by: Lead Nurse for Tissue Viability, with the Emergency Department Matron",
    ],
    primary_entrant=dict(name="Lowther Bridge Hospitals NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", None, """
Pressure ulcers used to be thought of as something that happened on the wards, after days in bed. Over
the last few years we have learned that they can begin much earlier. An older person who has fallen at
home, lain on the floor for hours and then waited on a thin emergency trolley for 14 hours has had
almost a full day of unrelieved pressure before they ever reach a ward.

In 2022 our tissue viability team began tracing each new pressure ulcer back to where it probably
started. To our surprise, a large share began in the emergency department, where waits of more than
twelve hours from arrival had become routine. Nobody in the department was checking skin, the trolleys
had no pressure-relieving mattresses, and staff were understandably focused on the reason the person
had come in.

Skin Matters in the Corridor is a joint effort between the emergency department, tissue viability and
the patient flow team. Every person aged over 70, or with reduced mobility, has their skin checked
within four hours of arrival. Trolleys used for long waits have foam overlays. A 'turn by the clock'
sticker on each trolley prompts a change of position every two hours, and a person waiting more than
eight hours is prioritised for a bed on the patient flow team's list if they are at high risk.
"""),
        ("evidence", None, """
<<Q:Pressure ulcers of category 2 or worse that were traced to time in the emergency department fell
from 71 in 2022 to 29 in 2023/24.>> <<Q:Skin assessments documented within four hours of arrival for
people over 70 rose from 23% to 81% over the same period.>> <<Q:The proportion of high-risk patients
waiting more than eight hours who received at least one documented change of position rose from 12% to
74%.>>

Waiting times themselves have not improved; if anything they are slightly longer. That makes the fall
in pressure damage more, not less, significant.
"""),
        ("stakeholders", None, """
<<P:Two people who developed pressure ulcers while waiting on trolleys in 2022, and the wife of a third,
met the project team and described hours without anyone offering to help them move, because staff
seemed afraid to shift them off the trolley; the 'turn by the clock' sticker came from that
conversation.>> <<P:They also read the short leaflet we give to people waiting and asked that it tell
them they are allowed to ask for help to move, which it now does.>>

<<S:Emergency department healthcare assistants tried three makes of trolley overlay over a month and
chose the one that did not slide when the trolley back was raised.>> <<S:Night-shift nurses redesigned
the skin check so that it fits on the existing triage screen, after telling us that a separate paper
chart would never be filled in at 3am.>> <<S:Porters pointed out that overlays were being lost when
patients moved to the wards, so each overlay now travels with the patient and is collected by the
tissue viability team.>>
"""),
        ("value", None, """
The overlays cost about £19,000 and the stickers and leaflets very little. Treating a category 3
pressure ulcer can cost more than £10,000 and take months; a category 4 ulcer can lead to bone
infection and a much longer stay. For the people themselves, a pressure ulcer picked up in the corridor
can cause pain long after the illness that brought them in has passed.
"""),
        ("spread", None, """
The skin check has been added to the acute medical unit's admission screen, and the same approach is
now used in the surgical assessment unit. We have shared the stickers and overlay specification with
the regional tissue viability network.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I287  young people with severe eating disorders on paediatric wards - docx -
#       bullet lists - consultant paediatrician voice - no quantitative
#       evidence (counts, single figures, a zero without baseline, an aim) -
#       no staff involvement (training, briefings, a named lead, a survey
#       that changed nothing, a plan); young people and parents took part
# ---------------------------------------------------------------------------
entry(
    id="I287", format="docx", layout="bullet_lists", topic="eating_disorders_paediatric_wards",
    project="independent18-eatingdisorders-287", docx_font="Arial",
    title="Safe on the Ward: medical care for young people with severe eating disorders",
    cover=[
        "Lead: Halden Valley Hospitals NHS Trust - Children and Young People's Services",
        "Partners: Northfold Mental Health NHS Foundation Trust (Halden Community Eating Disorder Service for Children and Young People) | Halden Eating Disorders Family Network (charity)",
        "Contact: Consultant Paediatrician, 01632 960 225",
    ],
    cover_bullets=[
        "Category: Best Partnership Solution Improving Patient Safety",
        "Age range covered: 8 to 18 years",
    ],
    primary_entrant=dict(name="Halden Valley Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Northfold Mental Health NHS Foundation Trust", type="nhs_trust"),
        dict(name="Halden Eating Disorders Family Network", type="charity"),
    ],
    sections=[
        ("context", "The safety problem", """
Why this mattered:

- Young people with anorexia nervosa are sometimes so physically unwell that they must be admitted to a children's ward, with a slow heart rate, low blood pressure, low blood sugar or dangerous salt levels.

- On a general paediatric ward these admissions carry particular risks: refeeding syndrome if feeding is restarted too quickly, underfeeding if it is restarted too slowly, hidden exercise and purging, and conflict over who is in charge of the plan.

- In 2022 a 15-year-old on our ward developed refeeding syndrome with a dangerously low phosphate level, partly because the paediatric and eating disorder teams had each assumed the other was monitoring her bloods.

- National guidance on medical emergencies in eating disorders was published that year, but few of our staff knew it.

What we set out to do:

- agree one joint care plan, owned by both the paediatric team and the community eating disorder service, for every young person admitted

- use a standard risk assessment and refeeding protocol from the first hour

- make mealtimes on the ward safe and predictable for young people and their parents

- discharge young people with a plan that the family and the community team both understand
"""),
        ("evidence", "What we can show so far", """
Since the joint pathway began in September 2022:

- 62 admissions of 44 young people

- a standard risk assessment completed within 24 hours of admission in 57 of the 62 admissions

- no cases of refeeding syndrome recorded

- a joint paediatric and eating disorder ward round held at least twice a week for every admission

- an average length of stay of 16 days

What we cannot show yet:

- we did not keep comparable records before the pathway, so we cannot compare these figures with earlier years

- our aim is to halve readmissions within three months of discharge, and we will report on this when we have two full years of data
"""),
        ("stakeholders", "Who was involved", """
Young people and families:

- <<P:young people who had been admitted to the ward, recruited through the community eating disorder service's participation group, wrote a 'what to expect' guide for new admissions and asked that supervised meals take place in a side room rather than at the bedside in an open bay>>

- <<P:parents from the Family Network worked with our dietitians on the meal support plan, and their suggestion that parents be trained to supervise some meals themselves was adopted>>

- <<P:a 17-year-old who had been admitted twice helped design the 'rest hour' after meals, choosing the activities on offer and the rules about visitors during it>>

Staff:

- paediatric nurses and healthcare assistants completed a one-day meal support training course run by the eating disorder service

- junior doctors received a teaching session on the national guidance

- ward dietitians were sent the new refeeding protocol

- the pathway was led by a consultant paediatrician with an interest in adolescent health

- a staff survey after six months was positive, and no changes were made

- we intend to set up a joint staff group with the eating disorder service next year
"""),
        ("value", "Value", """
- the pathway needed no new posts; the eating disorder service's nurses now spend part of each week on the ward instead of visiting occasionally

- refeeding syndrome can cause heart failure and death, and avoiding a single case is worth far more than the cost of training

- parents say that knowing the plan in advance has made mealtimes less frightening for the whole family
"""),
        ("spread", "Spread", """
- the joint care plan template has been shared with the other two paediatric units in the integrated care system

- the regional children's eating disorder network has included our 'what to expect' guide in its resources

- the Family Network has been asked to talk about the pathway at a national parents' conference
"""),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I288  end-of-life medicines for people dying at home - pdf via soffice
#       (style headings) - hospice (charity) lead with NHS partners - no flags
# ---------------------------------------------------------------------------
entry(
    id="I288", format="pdf", layout="style_headings", topic="anticipatory_medicines_end_of_life",
    project="independent18-justincase-288", render_via="soffice", docx_font="Liberation Sans",
    title="Just in Case, Just in Time: end-of-life medicines for people dying at home",
    cover=[
        "Submitted by Brackenmoor Hospice (registered charity no. 1043317), lead partner",
        "Partners: Brackenmoor Community Health NHS Trust (District Nursing) -- NHS North Moor Integrated Care Board -- Brackenmoor Local Pharmaceutical Committee",
        "Authors: Director of Clinical Services, Brackenmoor Hospice; Lead Nurse for End of Life Care, Brackenmoor Community Health",
    ],
    primary_entrant=dict(name="Brackenmoor Hospice", type="charity"),
    partners=[
        dict(name="Brackenmoor Community Health NHS Trust", type="nhs_trust"),
        dict(name="NHS North Moor Integrated Care Board", type="icb"),
        dict(name="Brackenmoor Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "Context and patient safety goals", """
Most people say they would like to die at home, and in Brackenmoor about 1,700 people each year do. In
the last days of life many can no longer swallow tablets, and pain, breathlessness, agitation and
noisy breathing have to be treated with injections or a syringe pump. That is only possible if the
medicines, and a signed chart authorising a nurse to give them, are already in the house.

These 'just in case' medicines are meant to be prescribed in advance. Too often they were not, or they
were prescribed but could not be found. A GP's prescription would go to a pharmacy that did not stock
midazolam; the family would drive from one closed pharmacy to another; the district nurse would arrive
at 2am to find a person in distress and no way of helping. Our hospice's family support team heard
these stories every week.

Just in Case, Just in Time brought four organisations together. Hospice and district nurse prescribers
can now prescribe the standard medicines without waiting for a GP. Fourteen community pharmacies across
the area guarantee to hold the full standard list, with extended opening agreed through the LPC. The
out-of-hours district nursing team carries a small emergency stock. A single electronic authorisation
chart, visible to the hospice, district nurses and GPs, replaced three different paper forms, and the
hospice's advice line is open to families and professionals 24 hours a day.
"""),
        ("evidence", "Evidence of improved patient safety", """
We measured delays for every person on the district nursing end-of-life register in a baseline quarter
(January to March 2022) and in each quarter since.

<<Q:The median time from a decision to prescribe anticipatory medicines to the medicines being in the
home fell from 26 hours to 5 hours.>> <<Q:Out-of-hours visits at which a district nurse could not give
a needed injection because medicines or the chart were missing fell from 38 in the baseline quarter to
6 in the latest quarter.>>

<<Q:In the hospice's survey of bereaved carers, the proportion who said their relative's pain was well
controlled in the last two days of life rose from 62% before the project to 84% in 2023/24.>>

The hospice advice line took 4,860 calls last year, around a third of them at night.
"""),
        ("stakeholders", "Involvement of stakeholders, patients and staff", """
<<P:Bereaved relatives from the hospice's carers' group walked us through the nights when medicines ran
out, and their map of phone calls, car journeys and closed pharmacy doors became the first slide of
every project meeting.>> <<P:The 'what to do if' card left in each home was tested by a carers' group
member in her own kitchen with a district nurse, and was rewritten after she said she could not find
the phone number while her husband was distressed.>>

<<S:District nurses on the out-of-hours team and the hospice's clinical nurse specialists agreed the
standard medicines list and removed two drugs that the nurses said they had never needed.>>
<<S:Pharmacists from the stockist pharmacies set the minimum stock levels and asked to be alerted when
a neighbouring pharmacy ran low, and the LPC now sends that alert.>>

<<S:GP receptionists explained how requests for anticipatory medicines actually reached them, often as
a message from a relative, and the hospice added a direct referral route that bypasses the reception
queue.>>
"""),
        ("value", "Value added", """
The ICB funds the stockist pharmacies' retainer and the out-of-hours stock at about £52,000 a year. The
nurse prescribing course for eight nurses was paid for by the hospice. An avoidable emergency admission
in the last days of life costs the NHS money, but more importantly it takes a person away from the home
where they wanted to die.

The partnership also changed relationships. Pharmacists now know the district nurses by name, and the
hospice hears about problems before they reach a family in crisis.
"""),
        ("spread", "Spread and sustainability", """
The ICB has adopted the standard medicines list and the electronic chart across North Moor, covering two
other hospices. The stockist pharmacy scheme is now part of the ICB's community pharmacy enhanced
services, with recurrent funding. We have shared the 'what to do if' card with the regional palliative
care network.
"""),
    ],
    flags=[],
)
