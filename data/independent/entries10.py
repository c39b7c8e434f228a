"""Tenth independent evaluation set (I145..I160) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind, without reference to the review pipeline, its models, flows or tests,
as a test on unseen entries: new organisations, new writers and voices (a blunt
transfusion practitioner, a custody nurse telling a story, a breezy communications
officer, a dense academic, a ward manager, a writer whose first language is not
English, a bullet-heavy programme office, a very short entry) and topics not used in
earlier sets.  Format and mark-up follow entries2.py; build it with

    .venv/bin/python data/independent/build.py --set 10   (writes data/corpus/independent10/)

Mark-up used inside section bodies (stripped before rendering):
  <<Q:sentence>>   quantitative claim (measured change in an outcome)
  <<P:sentence>>   patient / carer / service-user involvement
  <<S:sentence>>   staff involvement
  (letters combine, e.g. <<PS:...>>)
Paragraphs are separated by a blank line; line breaks inside a paragraph are
joined with a single space.  A paragraph starting with "- " is a bullet item.

Flags are written out by hand (as a judge would) and build.py cross-checks them
against the mark-up.  Organisation types follow set 1 (ambulance, police and fire
services are emergency_service; a prison or a trading standards service inside a
council is public_other / local_authority; Welsh health boards are nhs_trust).

Hard negatives are deliberate: numbers that are not outcome claims (dates, budgets,
bed counts, headcounts, numbers trained, targets, snapshot percentages with no
baseline, phone numbers, postcodes, reference numbers) and involvement-like
sentences that are not involvement (beneficiaries, plans, negations, unnamed
stakeholders, a single named lead, staff only trained or informed, surveys or
feedback that changed nothing, audiences) are left untagged.  Involvement is also
written in unusual ways (a named relative at every meeting, a group that rejected
a first draft, job titles such as phlebotomists, ward clerks, custody detention
officers, dental nurses, optometrists) so that it cannot be found by keywords alone.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I145  wrong blood in tube (sample labelling) across hospital and community
#       phlebotomy - docx - rubric headings - blunt transfusion practitioner,
#       cover table - no flags
# ---------------------------------------------------------------------------
entry(
    id="I145", format="docx", layout="rubric_headings", topic="sample_labelling",
    project="independent10-wbit-145",
    title="One Patient, One Label: ending wrong blood in tube across hospital and community phlebotomy",
    cover_table=[
        ("Name of entry", "One Patient, One Label: ending wrong blood in tube across hospital and community phlebotomy"),
        ("Lead organisation", "Wrekinvale Hospitals NHS Trust (Hospital Transfusion Team)"),
        ("Working with", "Teme Valley NHS Foundation Trust (host of the Blackstone Pathology Network); Wrekinvale and Teme Primary Care Collaborative; University of Wrekinvale, School of Biomedical Science"),
        ("Award", "HSJ Patient Safety Awards: Best Partnership Solution Improving Patient Safety"),
        ("Written by", "Lead Transfusion Practitioner"),
    ],
    primary_entrant=dict(name="Wrekinvale Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Teme Valley NHS Foundation Trust", type="nhs_trust"),
        dict(name="Wrekinvale and Teme Primary Care Collaborative", type="primary_care"),
        dict(name="University of Wrekinvale", type="university"),
    ],
    sections=[
        ("context", "The context in which the partnership was needed", """
I will be blunt, because the problem was blunt. A blood sample taken from one person and labelled with another
person's details is called wrong blood in tube, or WBIT. If that sample is used to group a patient for transfusion,
the next unit of red cells they receive may be ABO incompatible, and that can kill. There is no clever laboratory
test that catches every WBIT. The only real defence is the person holding the tube at the bedside.

In 2022 our two hospitals and the community phlebotomy clinics run by the Primary Care Collaborative sent
just over 184,000 group and screen and crossmatch samples to the Blackstone Pathology Network laboratory. The
laboratory caught 41 WBIT samples that year, mostly because a historic blood group did not match. Those are only
the ones we caught. A first-time patient has no historic group, so a WBIT in that patient is invisible.

When we sat down with the laboratory and looked at every one of those 41 cases, the story was the same. Labels
printed away from the patient. Tubes labelled in batches at the nurses' station. A sheet of addressograph labels
left in a notes trolley and used for the wrong person in the next bay. In the community clinics, request forms
handwritten from memory after the patient had left the room.

The laboratory is shared between two trusts and the community clinics, so no single organisation could fix this
on its own. One Patient, One Label is the partnership we set up in January 2023 to do three things: take every
transfusion sample with electronic positive patient identification at the bedside or chair side, stop labels
being printed anywhere else, and make the laboratory and the sampling teams look at each WBIT together within a
week, not months later in a committee paper.
"""),
        ("evidence", "Evidence of improvements in safe care as a direct result of the partnership", """
We measure WBIT per 10,000 transfusion samples, using the laboratory's own definitions, which have not changed.
Data run from January 2022 (baseline) to March 2024.

<<Q:WBIT samples detected by the laboratory fell from 41 in 2022 (5.3 per 10,000 samples) to 9 in the twelve
months to March 2024 (1.1 per 10,000).>> <<Q:The monthly rate has sat below the old lower control limit for eleven
consecutive months, which is a sustained shift on the SPC chart and not a lucky run.>>

<<Q:Transfusion samples rejected for any labelling error, which we used as an early-warning measure, went from
3.8% of samples to 1.2%.>> <<Q:In our unannounced ward audits, the number of wards where we found sheets of
pre-printed labels in the sample trolley dropped from 27 of the 40 wards audited in March 2023 to 2 of 40 in
February 2024.>>

The community clinics started later, in September 2023, so their numbers are smaller and I do not want to
oversell them. <<Q:In those clinics, samples returned for an illegible or incomplete request fell from about one
in twenty-five to about one in a hundred and forty over six months.>>

For completeness: there has been no ABO-incompatible transfusion in either trust during the project. There was
also none in the two years before it, so that tells us nothing and we are not claiming it.
"""),
        ("spread", "How the achievements have been applied elsewhere", """
Teme Valley started on its surgical wards in month four and is now fully live, using our workflow, our label
printer settings and our audit tool without changes. The Blackstone Pathology Network has made bedside scanning a
condition of accepting a transfusion sample from any new clinical area, including the two private hospitals that
send work to it.

We presented the work at the regional transfusion committee in November 2023 and three other trusts in the region
have asked for the scanning workflow and the ward clerk briefing pack; we have sent both. The University of
Wrekinvale has put the WBIT case studies, anonymised, into the second year of its biomedical science degree and into
its phlebotomy short course, so new staff arrive already knowing why we are strict about this.
"""),
        ("value", "Staff and patient experience and value for money", """
The handheld scanners and bedside label printers cost £112,000 across both trusts, most of which we would have
spent anyway on the electronic observations roll-out because the same devices do both jobs. The community clinics
needed 14 extra printers at £190 each. Staff time for training was absorbed: 1,450 staff who take blood samples
completed the e-learning and a practical sign-off, which is a lot of people but no extra money.

Each WBIT costs the laboratory a repeat sample, a phone call and often a delayed operation or transfusion. A
serious incident investigation for an ABO-incompatible transfusion costs far more, before you count the harm to
the patient. We think the scanners paid for themselves within the first year on repeat samples alone.

Staff say the scanner gives them something to point to. A healthcare assistant on one of our elderly care wards
told us she used to feel rude asking a confused patient for their date of birth for the third time in a morning;
now she says the machine needs it. Patients have told us they feel checked rather than doubted.
"""),
        ("stakeholders", "Who was involved and how", """
<<S:Phlebotomists from the hospital and the community clinics designed the scanning sequence themselves, walking
through it at a real bedside and a real clinic chair, and they cut it from eleven steps on the supplier's version to
six.>> <<S:It was the ward clerks who told us that sheets of labels were being printed the evening before for the
early morning bloods round, and stopping addressograph sheets for blood samples altogether was their suggestion.>>
<<S:Biomedical scientists in the transfusion laboratory now sit with the sampling team for every WBIT review and
changed the rejection letter so that it names what went wrong instead of just saying the sample was unsuitable.>>

<<P:Mr Hollis, a patient with sickle cell disease who has had more transfusions than he can count, joined our
project group and rehearsed the bedside identity conversation with our phlebotomists until it stopped sounding
like an interrogation.>> <<P:The Haematology Patient Forum tested the new clinic appointment slip and asked for
the barcode to be moved away from the fold, because it would not scan once folded into a purse, so we moved it.>>

Patients attending outpatient phlebotomy were also given a short leaflet explaining why they will be asked their
name and date of birth every time. Our medical director and the pathology network's clinical director co-chaired
the monthly board.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I146  emergency airway care for people with a laryngectomy - pdf - form
#       table - terse form answers, ambulance service partner - no
#       quantitative evidence (registrations, numbers trained, snapshot %,
#       targets, an admitted lack of data)
# ---------------------------------------------------------------------------
entry(
    id="I146", format="pdf", layout="form_table", topic="laryngectomy_airway",
    project="independent10-laryngectomy-146",
    title="Neck Breathers First: emergency airway safety for people with a laryngectomy",
    cover_table=[
        ("Entry title", "Neck Breathers First: emergency airway safety for people with a laryngectomy"),
        ("Lead organisation", "Holmsworth Coast University Hospitals NHS Foundation Trust, Head and Neck Cancer Service"),
        ("Partners", "South Coast and Weald Ambulance Service NHS Trust; The Open Voice Club (laryngectomy support charity); NHS Holmsworth and Weald Integrated Care Board"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
        ("Contact", "Head and neck clinical nurse specialist, Outpatients Level 1, Holmsworth BN27 6QD. Tel 01323 555 0192"),
    ],
    primary_entrant=dict(name="Holmsworth Coast University Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="South Coast and Weald Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="The Open Voice Club", type="charity"),
        dict(name="NHS Holmsworth and Weald Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "1. Context and aims", """
People who have had a total laryngectomy breathe only through a stoma in the neck. Nose and mouth are not connected
to the lungs. In an emergency, oxygen by face mask or bag-valve-mask over the face does nothing.

Problem found in 2022: two incidents in our area where crews or ED staff gave oxygen via face mask to a
laryngectomy patient in respiratory distress. One patient was also nearly intubated orally. Both survived.

Approx. 140 people with a laryngectomy live in our catchment. Most are over 65. Many live alone.

Aims:

- Every laryngectomy patient identifiable as a neck breather within seconds, by crews and ED.

- Right airway equipment on every front-line ambulance.

- One airway algorithm shared by hospital, ambulance service and community teams.

What we did: wallet card, car sticker and front-door sticker; address flag on ambulance dispatch system; paediatric
and adult stoma masks on all vehicles; joint training day; emergency algorithm on crew tablets.
"""),
        ("evidence", "2. Evidence of improvement in safe care", """
Emergency events in this group are rare (we estimate 20-30 calls a year across the region), so we do not yet have
outcome data that can show a change. We are honest about this.

Process data, March 2024:

- 118 of approx. 140 local laryngectomy patients registered with an address flag on the dispatch system.

- 100% of patients discharged after laryngectomy since July 2023 left hospital with card and stickers.

- 412 paramedics and technicians attended the joint training session.

- Stoma masks now stocked on all 96 front-line vehicles.

- Crew confidence on a 1-5 self-rating after training averaged 4.3.

Target for 2024/25: zero reported incidents of face-mask-only oxygen in a known laryngectomy patient.

Case example (consent given): in January 2024 a crew attended a man in his 70s choking at home. Dispatch flagged the
address as a neck breather. The crew went straight to the stoma, cleared a mucus plug and ventilated via stoma mask.
He was back home the next day.
"""),
        ("spread", "3. Spread and sharing", """
Algorithm and card shared with 3 neighbouring ambulance trusts via the national ambulance airway group. One has
adopted the dispatch flag. ED at Weald General (neighbouring trust) now uses our algorithm poster in resus. Card
template free to download from the Open Voice Club website. Presented at the regional head and neck cancer network
meeting, October 2023.
"""),
        ("value", "4. Staff and patient experience; value for money", """
Cost: stoma masks £9.40 each, 2 per vehicle; cards and stickers £1,100 printing; dispatch flag no cost; training
funded by the ICB (£6,500). Total under £9,000.

Patients: club members say the sticker on the front door means they can go to bed without worrying who will find
them. Several now carry the card next to their bus pass.

Staff: crews told us they had never seen a stoma before the training day. Now they know what to look for.
"""),
        ("stakeholders", "5. Stakeholder engagement", """
<<P:The Open Voice Club designed the card and the stickers with us; club members threw out our first draft because
the word "laryngectomee" would mean nothing to a paramedic at 3am, and they chose the wording "I BREATHE THROUGH MY
NECK" in red.>> <<P:Three club members tested the neck-breather screen on the crew tablet app before go-live and
asked for a photograph of a stoma with a valve in place, which was added.>>

<<S:Paramedics from Holmsworth, Eastbay and Ridgeway stations trialled the airway algorithm on manikins over two
evenings and asked for the stoma-first step to be moved to the top, which we did.>> <<S:Speech and language
therapists and the head and neck nurses wrote the discharge checklist so that the card and stickers are handed over
at the same time as the first valve change.>>

ICB patient safety lead kept informed throughout.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I147  deaths and deterioration in police custody - pdf - no headings - long
#       story-like narrative by a custody nurse - no patient involvement
#       (detainees as beneficiaries, survey that changed nothing, planned
#       lived-experience panel, an explicit negation)
# ---------------------------------------------------------------------------
entry(
    id="I147", format="pdf", layout="no_headings", topic="police_custody", pdf_align="L",
    pdf_font="LiberationSerif",
    project="independent10-custody-147",
    title="Rouse, Don't Look: a health and police partnership for safer custody",
    cover=[
        "Danebury Community and Mental Health NHS Trust, Custody Healthcare and Liaison and Diversion Service",
        "with Danebury Constabulary and Moorbridge Drug and Alcohol Service",
    ],
    primary_entrant=dict(name="Danebury Community and Mental Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Danebury Constabulary", type="emergency_service"),
        dict(name="Moorbridge Drug and Alcohol Service", type="charity"),
    ],
    sections=[
        ("context", None, """
At ten past three on a Sunday morning in February 2022, a detention officer in our main custody suite looked
through the hatch of cell 14 and wrote "asleep, breathing" on the observation log. It was the fourth time he had
written it that night. The man in the cell was forty-one, had been arrested drunk and had told the booking sergeant
he had "taken a few tablets" earlier. At the next check he could not be roused. He survived, after a long stay in
intensive care, and he was lucky.

I have been a custody nurse for nine years and I could tell you a dozen stories like that one. Almost every death
or near death in police custody in England involves drugs or alcohol, and almost every review says the same
things: the person was checked but not roused, the risk assessment at booking did not reach the people doing the
checks, and health and police staff did not talk to each other in the moments that mattered.

Danebury has three custody suites with 58 cells between them and takes around 14,000 detainees a year. Our Trust
provides the custody nurses and paramedics, and the liaison and diversion team, under contract to the police and
crime commissioner and NHS England. Moorbridge Drug and Alcohol Service provides arrest referral workers in two of
the three suites. Before this project, three organisations worked in the same corridor and kept three sets of
notes.

Rouse, Don't Look started in May 2022 after that night in cell 14. We agreed four things. Every detainee with any
drug, alcohol or head injury risk goes on level 2 observations with rousing, not level 1 looking through the hatch.
Rousing means a proper check of the person's response using a simple card we wrote together, taped inside every
cell hatch. The custody nurse reviews every intoxicated detainee within an hour of booking, not only those the
sergeant asks about. And the detention officer, the nurse and the arrest referral worker hold a two-minute huddle
at every shift change, in front of the cell board, about anyone they are worried about.
"""),
        ("evidence", None, """
We used the same observation-log audit before and after: twenty randomly chosen intoxicated detainees a month in
each suite, every log checked against CCTV for whether a rousing check was actually done.

<<Q:Rousing checks that were done properly and on time rose from 54% in the three months before the project to
89% in the last six months of 2023.>> <<Q:The proportion of intoxicated detainees seen by a custody nurse within one
hour of booking went from 31% to 84%.>>

<<Q:Ambulance call-outs to our custody suites for drug or alcohol related deterioration fell from 118 in 2021/22 to
71 in 2023/24, even though the number of detainees stayed almost the same.>> Behind each of those numbers is a
person who did not get to the point of needing an ambulance because somebody noticed earlier.

There have been no deaths in Danebury custody during the project. I want to be careful with that, because deaths
are rare and one good year proves nothing. <<Q:What I can say is that in the two years before, the Independent Office for
Police Conduct looked at three serious incidents in our suites and in the two years since it has looked at none.>>
"""),
        ("spread", None, """
The rousing card is now used in all five custody suites in the neighbouring force area, where custody healthcare is
run by another NHS trust, and the regional custody healthcare network has put it on its shared drive for any force
that wants it. The shift-change huddle was written into Danebury Constabulary's custody standard operating procedure
in 2023, so it no longer depends on the goodwill of whoever is on duty. I presented our audit method at the national
custody healthcare conference in October 2023 and we have had requests for it from six forces.
"""),
        ("value", None, """
The project cost very little money. The cards cost less than £200 to print and laminate. The huddles take two minutes.
The extra nurse reviews were made possible by changing our rota so that the second nurse starts at 18:00 instead of
08:00, when most intoxicated detainees arrive, which cost nothing.

Each ambulance call-out from custody takes two officers off other duties to escort the detainee, often for six or
eight hours in the emergency department. <<Q:Forty-seven fewer call-outs is something like 600 hours of police time
back on the street, and many hours of ambulance and emergency department time, at a time when all three are short.>>

For staff, the change has been in how the corridor feels. Detention officers say they no longer feel they are making
medical judgements alone at four in the morning. Our nurses say the police now come and find them instead of waiting
to be asked. The detainees themselves benefited most, of course, even if most of them will never know it.
"""),
        ("stakeholders", None, """
<<S:The rousing card was written by a group of detention officers and custody sergeants from all three suites with
two of our nurses, over three sessions in the training room; the officers threw out the first version, which was
written in clinical language, and rewrote it in the words they actually use at a cell door.>> <<S:Arrest referral
workers from Moorbridge suggested the shift-change huddle after pointing out that they often knew things about a
person's drug use that never reached the cell board, and they helped design how it runs.>>

The chief inspector for custody and our head of nursing co-sponsored the project, and the police and crime
commissioner's office was kept informed through the quarterly contract meeting.

We did not involve detainees or people with lived experience of custody in designing the changes, and we regret
that. We ran a short questionnaire with 60 detainees on release about the health screening in 2023; the answers
were mostly positive and we did not change anything as a result. Moorbridge is planning a lived-experience panel
of people who have been through custody, and we intend to ask that panel to review the rousing card in 2025.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I148  weekly methotrexate in community pharmacy - docx - numbered questions
#       - breezy communications officer - ICB primary entrant - no staff
#       involvement (pharmacists trained, GPs told via bulletin, a named lead,
#       a staff survey that changed nothing, a planned reference group)
# ---------------------------------------------------------------------------
entry(
    id="I148", format="docx", layout="numbered_questions", topic="methotrexate_safety",
    project="independent10-methotrexate-148",
    title="Once a Week, Every Week: a community pharmacy partnership for safer methotrexate",
    cover=[
        "Submitted by NHS Larchfield and Brook Vale Integrated Care Board",
        "Partners: Larchfield Local Pharmaceutical Committee, Larchfield General Hospital NHS Trust (Rheumatology), Arthritis Together Larchfield",
    ],
    primary_entrant=dict(name="NHS Larchfield and Brook Vale Integrated Care Board", type="icb"),
    partners=[
        dict(name="Larchfield Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Larchfield General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Arthritis Together Larchfield", type="charity"),
    ],
    sections=[
        ("context", "1. What was the context, and what did you set out to do?", """
Here's a fact that surprises almost everyone we tell: methotrexate, a brilliant and very widely used medicine for
rheumatoid arthritis, psoriasis and some other conditions, is taken once a week. Not once a day. Take it daily by
mistake and within days it can wipe out your bone marrow, and people have died from exactly that mix-up.

Around 6,200 people in Larchfield and Brook Vale take oral methotrexate, and most of them collect it from one of our
118 community pharmacies. Their care is shared between the hospital rheumatology and dermatology teams, who start
the drug, and their GP, who carries on prescribing it and arranges the regular blood tests. That's a lot of hand-offs
for one small yellow tablet!

In 2022 our ICB medicines safety team pulled together every methotrexate incident we could find from primary care,
the hospital and the pharmacies. Three themes kept coming up: prescriptions that didn't say which day of the week to
take it, people being given both 2.5mg and 10mg tablets (which looks harmless until someone takes four of the
wrong ones), and blood tests that had quietly slipped overdue without anyone noticing.

So in spring 2023 we teamed up with the Local Pharmaceutical Committee, the hospital's rheumatology team and our
fabulous local charity Arthritis Together to launch Once a Week, Every Week. The big idea: make the community
pharmacy counter the safety net. Every time methotrexate is handed out, the pharmacist does a 60-second check (the
day of the week, the tablet strength, and the date of the last blood test), sticks a bright day-of-the-week label on
the box, and flags any problem straight back to the GP practice through a shared email route.
"""),
        ("evidence", "2. What difference has it made? Please give evidence of improvements in safe care.", """
We're so proud of these numbers, which our ICB medicines optimisation analysts pulled from prescribing data and
incident reports, comparing the year before launch with the first full year after.

<<Q:The share of methotrexate prescriptions across the ICB that name the day of the week jumped from 61% to 97%.>>
<<Q:Patients being prescribed both 2.5mg and 10mg tablets at the same time went from 212 people to just 19.>>

<<Q:Blood monitoring recorded as up to date at the point of dispensing rose from 72% to 90%, based on the pharmacy
check forms.>> <<Q:Methotrexate incidents reported from primary care and community pharmacy fell from 23 in 2022/23
to 8 in 2023/24, and none of the 2023/24 incidents reached the patient.>>

Over 14,000 pharmacy checks were completed in the first year, which is a lot of 60 seconds!
"""),
        ("spread", "3. How has the work spread or been shared?", """
Word has definitely got around. The Health Innovation Network for our region featured Once a Week, Every Week in its
spring 2024 newsletter, we've presented at two regional medicines safety meetings, and three neighbouring ICBs have
asked for our toolkit, which is free to download from our website. The hospital has also added the day-of-the-week
sticker to its own outpatient dispensary, so people starting methotrexate get the same label from day one.

We've also had brilliant coverage in the local paper and on BBC local radio, where Joan from Arthritis Together
explained the scheme far better than any of us could.
"""),
        ("value", "4. What has it meant for patients and staff, and is it good value?", """
The whole thing cost £38,400 in year one. Most of that was the £2.50 per check fee we pay pharmacies through a local
enhanced service, plus £1,900 for the stickers and £3,000 for printing and design. One admission with methotrexate
toxicity can easily cost more than that in a single intensive care stay, so we think it's a bargain.

Patients tell us they love the stickers. "I keep the box on the kitchen windowsill and the big FRIDAY stares at me,"
one gentleman told us. Pharmacists say it gives them a reason to start a proper conversation at the counter.
"""),
        ("stakeholders", "5. Who was involved, and how did you engage them?", """
Honestly, this was a real team effort across the system. Our Chief Pharmacist, Priya Ramsden, led the project
brilliantly from start to finish, and all our stakeholders were engaged at every stage.

<<P:Arthritis Together members tested three versions of the day-of-the-week sticker at their monthly coffee morning
and picked the one with the huge letters, so we binned the other two.>> <<P:Joan, who has taken methotrexate for
nineteen years, joined our project board and rewrote the patient card in her own words after telling us the first
draft read like a legal contract.>>

Over 140 community pharmacists signed up to our launch training webinar, and we told every GP practice about the new
rules through our weekly primary care bulletin. We sent a quick survey to pharmacy teams after six months; 80% said
they liked the sticker, which was lovely to hear, and we kept everything as it was. Next year we plan to set up a
pharmacist reference group to help shape phase two.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I149  safer infant sleep (SUDI) across health visiting, housing and a
#       charity - docx - bullet lists - programme-office style, heavy bullets,
#       title plus cover lines plus cover bullets - no flags
# ---------------------------------------------------------------------------
entry(
    id="I149", format="docx", layout="bullet_lists", topic="safer_infant_sleep",
    project="independent10-safer-sleep-149",
    title="Every Sleep, Every Place: a whole-system approach to safer infant sleep",
    cover=[
        "Ashgrove and Calne Community Health NHS Trust (0-19 Public Health Nursing)",
        "Partnership entry with:",
    ],
    cover_bullets=[
        "Ashgrove Borough Council (Children's Services and Housing Options)",
        "Cradle Safe (infant sleep charity)",
        "University of Calne, Centre for Infant and Family Health",
    ],
    primary_entrant=dict(name="Ashgrove and Calne Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Ashgrove Borough Council", type="local_authority"),
        dict(name="Cradle Safe", type="charity"),
        dict(name="University of Calne", type="university"),
    ],
    sections=[
        ("context", "Context", """
Why this mattered:

- Sudden unexpected death in infancy (SUDI) is the leading cause of death in babies aged one month to one year.

- Local Child Death Overview Panel reviews (2019-2021) found unsafe sleep factors in most SUDI cases: sofa sharing,
bed sharing after alcohol or drugs, and babies sleeping in car seats or on adult beds in temporary accommodation.

- The families most at risk were often not the ones receiving the standard safer sleep advice: young parents,
families in temporary accommodation, and families whose routine had been disrupted (visiting relatives, a house
move, Christmas).

- Advice was given by many people (midwives, health visitors, family support workers, housing officers) but in
different words, at different times, and none of it was recorded in one place.

What we built, from April 2023:

- A single Safer Sleep Conversation used by every partner, built around "plan for the unplanned night" rather than a
list of rules.

- A shared record of the conversation on the health visiting system, visible to the family's midwife and to the
council's early help team.

- Rapid provision of a travel cot or baby box to any family without a safe separate sleep space, triggered by any
partner through one referral form.

- A housing flag so that families placed in temporary accommodation with a baby under one are checked for a sleep
space within 72 hours.

Patient safety goal: every baby in Ashgrove has a safe sleep space for every sleep, including the unplanned ones.
"""),
        ("evidence", "Evidence of improvement", """
Measures (baseline April-September 2022 vs. April-September 2024; source: health visiting system and housing case
records; analysis by the University of Calne):

- <<Q:Safer sleep conversation recorded at the new birth visit: 38% before, 91% after.>>

- <<Q:Families with a baby in temporary accommodation assessed for a sleep space within 72 hours: up from 12% to
83%.>>

- <<Q:Babies found at a home visit without their own safe sleep space, per 100 visits to families in temporary
accommodation: down from 27 to 4.>>

- <<Q:Median time from a partner identifying "no safe sleep space" to a cot being delivered: cut from 11 days to
1 day.>>

Notes:

- 612 travel cots and baby boxes delivered in the period (activity, not an outcome).

- The Child Death Overview Panel has reviewed fewer sudden infant deaths with unsafe sleep factors since the
programme began, but the numbers are far too small to draw conclusions and we make no claim about them.
"""),
        ("spread", "Spread and sharing good practice", """
- The Safer Sleep Conversation has been adopted by the two neighbouring 0-19 services in our ICB footprint (went
live January and May 2024).

- Cradle Safe has published the conversation tool and the "plan for the unplanned night" card on its national
website, with our permission, and reports downloads from 40 areas.

- The housing flag has been shared through the regional housing options network; one other borough has introduced
it.

- The University of Calne has built the tool into its specialist community public health nursing course.

- We presented at the national child death review conference (March 2024).
"""),
        ("value", "Value: experience and cost", """
Costs (2023/24):

- Travel cots and baby boxes: £29,000 (part-funded by Cradle Safe fundraising).

- Record template changes: done in-house, no additional cost.

- Training sessions: 310 practitioners across all partners, delivered in normal working hours.

- Evaluation: £12,000 university time.

Value:

- A single sudden infant death involves a child death review, police investigation, safeguarding work and lifelong
harm to a family; no financial figure captures it.

- Parents describe the conversation as "the first time anyone asked what we actually do at night".

- Housing officers say they now know what to look for and who to call.
"""),
        ("stakeholders", "Stakeholder involvement", """
Parents and families:

- <<P:Young parents from the Calne Young Parents Group rejected our first leaflet ("it's just telling us off"), so we
threw it away and rebuilt the conversation around the questions they actually asked, such as what to do when staying
at their mum's.>>

- <<P:Leanne, whose son died suddenly in 2019, sat on the steering group for the whole programme and chose the
wording of the "plan for the unplanned night" card with us.>>

- <<P:Fathers from the Dads Matter group at the Cradle Safe hub tested the card and asked for a version that does not
assume the mother is the main carer; that version is now the standard one.>>

Staff:

- <<S:Health visitors and community nursery nurses wrote the conversation prompts in three workshops and cut them
from fourteen questions to six.>>

- <<S:Housing officers and family support workers tried the tool on real visits for a month and told us the referral
form was too long, so it now fits on one screen.>>

- Midwives from the local maternity unit were briefed on the tool at their mandatory training day.

Governance:

- Joint steering group chaired by the Director of Public Health, reporting to the local safeguarding children
partnership.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I150  MRI safety for people with implanted cardiac devices - pdf - two
#       column - dense academic voice - no patient involvement (beneficiaries,
#       a PREM that changed nothing, an admitted absence of PPI, a planned
#       PPI group)
# ---------------------------------------------------------------------------
entry(
    id="I150", format="pdf", layout="two_column", topic="mri_safety",
    project="independent10-mri-devices-150",
    title="Scanning the Unscannable: a cross-organisational pathway for MR imaging in patients with cardiac implantable electronic devices",
    cover=[
        "Kestrel Bay Teaching Hospitals NHS Trust (Department of Clinical Radiology); Thornmoor Cardiothoracic Centre NHS Foundation Trust (Cardiac Physiology); University of Kestrel Bay, School of Physics and Medical Imaging",
    ],
    primary_entrant=dict(name="Kestrel Bay Teaching Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Thornmoor Cardiothoracic Centre NHS Foundation Trust", type="nhs_trust"),
        dict(name="University of Kestrel Bay", type="university"),
    ],
    sections=[
        ("context", "Context and rationale", """
Cardiac implantable electronic devices (CIEDs), comprising permanent pacemakers, implantable cardioverter-defibrillators and cardiac resynchronisation devices, are present in an estimated 1 to 1.5% of adults over 65, a
population in whom the clinical indications for magnetic resonance (MR) imaging are disproportionately prevalent.
Historically regarded as an absolute contraindication, MR imaging in this population is now feasible under
conditional labelling, provided that a sequence of preconditions is satisfied: verification of the complete
device system (generator and leads), pre-scan reprogramming to an MR-safe mode, appropriate monitoring during
acquisition, and post-scan restoration and interrogation.

Each of these preconditions represents a locus of latent failure, and in our system they were distributed across
two organisations. Kestrel Bay, a 960-bed teaching hospital, undertakes approximately 31,000 MR examinations per
annum but has no device clinic; device programming was provided by cardiac physiologists employed by Thornmoor
Cardiothoracic Centre, 22 miles distant. A local review of MR safety events for 2020-2022 identified incomplete
implant verification, abandoned lists owing to the non-attendance of a physiologist, and, in two instances, the
commencement of scanning before device reprogramming had been confirmed.

The partnership, established in 2022, sought to redesign the pathway as a single, jointly governed process. Its
principal components were: a shared electronic implant verification record populated from the Thornmoor device
database; a dedicated, jointly staffed weekly CIED list; remote device reprogramming and monitoring protocols
developed with the University's MR physics group; and a common standard operating procedure with explicit
stop points. The primary safety objective was the elimination of scans commenced without verified device status.
"""),
        ("evidence", "Evidence of improvement", """
Evaluation employed an interrupted time-series design, with a pre-implementation period of 18 months and a post-implementation period of 15 months; statistical support was provided by the University.

<<Q:The proportion of CIED referrals with complete implant verification (generator and all leads) documented prior
to attendance increased from 71.4% to 98.2%.>> <<Q:Reportable MR safety events involving CIED patients declined from
4.1 to 0.9 per 1,000 CIED examinations.>> <<Q:Notably, no scan was commenced without confirmed reprogramming in the post-implementation period, whereas two such events had occurred previously.>>

<<Q:Cancelled or abandoned CIED appointments decreased from 23% to 6% of bookings, and median time from referral to
examination fell from 41 to 12 days.>> The latter is of safety relevance, since delayed imaging in this group had
previously led clinicians to substitute less sensitive modalities.

We acknowledge the limitations inherent in a single-centre before-and-after design, including secular trends in
device labelling; nevertheless, the magnitude and timing of change are consistent with an effect of the
intervention.
"""),
        ("spread", "Dissemination and spread", """
The standard operating procedure and verification template have been adopted by two further district general
hospitals served by Thornmoor's device service. The methodology has been presented at the British Institute of
Radiology annual congress and is the subject of a manuscript currently under review. The University has
incorporated the pathway into its MSc in MR Physics as a case study in distributed safety-critical processes.
"""),
        ("value", "Experience and value", """
Economic modelling, undertaken by the University, estimated a net saving of approximately £78,000 per annum,
principally through reduced cancellation, avoided duplicate imaging and reduced physiologist travel; the remote
monitoring equipment represented a one-off capital cost of £46,000.

A patient-reported experience measure was administered to 212 consecutive CIED patients; satisfaction scores were
uniformly high and no modifications to the pathway were considered necessary. Patients with devices, many of whom
had previously been told that MR imaging was impossible, were the principal beneficiaries.

Staff experience was assessed through semi-structured interviews with radiographers and physiologists, who
described reduced uncertainty and a clearer allocation of responsibility.
"""),
        ("stakeholders", "Stakeholder engagement", """
<<S:Radiographers, cardiac physiologists and MR physicists co-developed the standard operating procedure through
three iterative consensus rounds, and the explicit stop points were added at the radiographers' insistence.>>
<<S:Radiology department assistants, who book scans, identified that implant questions were asked only at the
scanner door; the booking script was amended at their suggestion so that device details are requested at
referral.>>

Executive sponsorship was provided by both medical directors, and the MR safety committee received quarterly
reports.

Patient and public involvement was not undertaken during the design phase, a limitation we acknowledge. A PPI
group is to be convened for the planned multi-site evaluation.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I151  ambulance handover delays and corridor care - docx - style headings -
#       operational manager, management-speak - no patient involvement
#       (beneficiaries, FFT change is a Q claim not involvement, Healthwatch
#       sent the report, an admitted gap)
# ---------------------------------------------------------------------------
entry(
    id="I151", format="docx", layout="style_headings", topic="ambulance_handover",
    project="independent10-handover-151",
    title="Release to Respond: a joint ambulance receiving area to end long handover waits",
    cover_table=[
        ("Entry", "Release to Respond: a joint ambulance receiving area to end long handover waits"),
        ("Primary entrant", "Ravenshaw University Hospitals NHS Trust"),
        ("Partners", "North Pennine Ambulance Service NHS Trust; NHS Ravenshaw and Dales Integrated Care Board; Ravenshaw Borough Council Adult Social Care"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
    ],
    primary_entrant=dict(name="Ravenshaw University Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="North Pennine Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="NHS Ravenshaw and Dales Integrated Care Board", type="icb"),
        dict(name="Ravenshaw Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", "Context", """
In winter 2022/23 Ravenshaw Royal Infirmary was one of the most challenged sites in the region for ambulance handover
performance. Crews were routinely held outside the emergency department for several hours, and on the worst days more
than twenty ambulances were queued on the apron. This created two linked patient safety risks: harm to patients
waiting in the back of ambulances without access to the full ED team, and harm in the community to patients whose 999
calls could not be responded to because crews were held at the hospital.

Release to Respond is a system-wide response led by the Trust with North Pennine Ambulance Service, the ICB and adult
social care. Its core component is a jointly staffed Ambulance Receiving Area (ARA), a 12-space cohort area adjacent
to the ED, opened in March 2023, which allows crews to hand over within 45 minutes in all circumstances. This is
supported by a hospital ambulance liaison officer on every shift, a shared escalation framework with a "release on
request" principle, and a same-day social care response for patients who could be discharged from the ARA with
support.

Our objectives were to eliminate handovers of more than 60 minutes, to reduce harm to patients waiting in ambulances,
and to return ambulance hours to the community.
"""),
        ("evidence", "Evidence", """
Data are taken from the ambulance service's hospital arrival screens and the Trust's ED system, and harm data from the
joint long-wait harm review process, for the period October 2022 to March 2024.

<<Q:Mean handover time at Ravenshaw Royal Infirmary fell from 68 minutes in winter 2022/23 to 27 minutes in winter
2023/24.>> <<Q:Ambulance hours lost to handovers of over 60 minutes reduced from an average of 410 hours per week to 95
hours per week.>>

<<Q:Incidents of moderate or severe harm identified through joint long-wait harm reviews fell from 14 in the six
months before the ARA opened to 3 in the six months after.>> These included pressure damage, missed time-critical
medication and delayed recognition of deterioration.

<<Q:In the ambulance service's Ravenshaw sector, the mean category 2 response time improved from 58 minutes to 36
minutes over the same winter comparison.>> We recognise that other regional measures also contributed to this.
"""),
        ("spread", "Spread and sustainability", """
The ARA operating model and the joint escalation framework have been shared through the regional urgent and emergency
care board, and two other acute trusts in the North Pennine area have opened receiving areas based on our design. The
release-on-request principle is now written into the ambulance service's regional handover protocol. The ICB has
funded the ARA on a recurrent basis from 2024/25, which secures its future beyond the initial winter funding.
"""),
        ("value", "Value", """
The ARA costs approximately £1.1 million per year to staff. Against this, the hours released back to the ambulance
service are equivalent to around eight additional ambulance shifts every day at no additional vehicle cost, and the
reduction in harm events avoids the associated length-of-stay and investigation costs.

<<Q:The ED Friends and Family Test positive score improved from 71% to 78% over the period.>> Patients were the key
beneficiaries, as they are now cared for in a staffed clinical area rather than in a vehicle. Ambulance crews report that they
no longer dread being sent to Ravenshaw.
"""),
        ("stakeholders", "Stakeholders", """
<<S:Paramedics and ED nurses designed the staffing model and the layout of the receiving area together at two
joint workshops, and it was their decision to put the ambulance liaison officer's desk inside the ARA rather than at
the ED entrance.>> <<S:Porters pointed out that trolleys were blocking the corridor between the ARA and the imaging
department and proposed a one-way route, which was adopted in the first month.>> <<S:Social workers from the
council's hospital discharge team tested the same-day response for a fortnight and asked for a single referral phone
line, which was set up.>>

Stakeholders from across the system were engaged through the urgent and emergency care board. Healthwatch Ravenshaw
was sent the evaluation report. We did not have a patient representative on the project group because of the pace at
which the ARA had to open, and we will address this in the next phase.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I152  inter-hospital transfer of critically ill adults - pdf - with appendix
#       - data-heavy intensivist, tabular phrasing, serif font - no flags
# ---------------------------------------------------------------------------
entry(
    id="I152", format="pdf", layout="with_appendix", topic="critical_care_transfer",
    project="independent10-cc-transfer-152", pdf_font="LiberationSerif",
    title="Fells Transfer: a network-wide dedicated team for moving critically ill adults between hospitals",
    cover=[
        "Primary entrant: Fellside University Hospitals NHS Foundation Trust, host of the North Fells Adult Critical Care Network",
        "Partners: Harrowdale Hospitals NHS Trust; Lune and Fell Ambulance Service NHS Trust; Fellside ICU Survivors (registered charity 1187433)",
        "Prepared by the network clinical lead (consultant in intensive care medicine) and the transfer service lead nurse",
    ],
    primary_entrant=dict(name="Fellside University Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Harrowdale Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Lune and Fell Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Fellside ICU Survivors", type="charity"),
    ],
    sections=[
        ("context", "1. Context", """
The North Fells network has five hospitals with adult critical care, spread over 2,400 square miles of upland and
coast. Only Fellside Royal has neurosurgery, cardiothoracic surgery and major trauma, so sick adults have to move
between hospitals: around 640 critical care transfers a year, a third of them at night and many of them over
single-track roads and a 70-mile journey.

Until 2022 those transfers were done by whoever could be spared. Typically that meant an anaesthetic trainee and an
operating department practitioner pulled out of an emergency theatre, using a transfer bag packed by someone else,
in whichever ambulance was available. The network's 2021 audit found the predictable results: critical incidents
during transfer (desaturation, hypotension needing intervention, equipment or oxygen failure) in roughly one transfer
in ten; long delays while a team was found; and receiving units that sometimes learned the patient's details only
when the doors opened.

Fells Transfer is a dedicated, consultant-led adult critical care transfer team for the whole network, operating
08:00-22:00 seven days a week from April 2022, with overnight cover by a second on-call consultant. Four partners
made it possible: the two acute trusts (Fellside and Harrowdale) who jointly employ the team; Lune and Fell Ambulance
Service, who provide a dedicated vehicle and crew; and Fellside ICU Survivors, a charity run by former patients and
families. The service has five components: a single referral line, a standard network transfer bag and monitor
set, a pre-departure safety checklist, a dedicated vehicle with mounted equipment, and a phone call to the family
before the patient leaves.
"""),
        ("evidence", "2. Evidence of improved safety", """
Data: network transfer database (every adult critical care transfer, prospectively recorded), 12 months before
(April 2021 to March 2022) versus 24 months after (April 2022 to March 2024). Definitions in Appendix A.

<<Q:Critical incidents during transfer: 9.8 per 100 transfers before, 3.1 per 100 after.>> <<Q:Transfers
undertaken by a trainee without consultant or dedicated-team presence: 46% before, 4% after.>>

<<Q:Median time from accepted referral to departure: 3 h 10 min before, 1 h 25 min after; for time-critical
neurosurgical transfers, 2 h 05 min before, 52 min after.>>

<<Q:Equipment-related incidents (battery failure, oxygen depletion, infusion pump alarms without spare) fell from 17
in 2021/22 to 2 in 2023/24.>> <<Q:Emergency theatre lists delayed because the on-call anaesthetist had left on a
transfer: 58 in the baseline year, 6 in the most recent year.>>

Activity, for context only: 1,322 transfers completed by the team over 24 months, 41% of them at night, with no
in-transit deaths. Deaths in transit were extremely rare before the service too, so we draw no conclusion from
this.
"""),
        ("spread", "3. Spread", """
The transfer bag specification, checklist and referral script are published on the network website and have been
adopted by two neighbouring networks, one of which has since set up its own dedicated team. Lune and Fell Ambulance
Service has used our vehicle fit-out as the template for its new neonatal and paediatric transfer vehicles. The
national critical care transfer group invited us to contribute to its 2024 guidance revision, and we have presented
at two national meetings.
"""),
        ("value", "4. Value for patients, staff and money", """
Annual cost: £1.34 million (consultant sessions, transfer nurses and ODPs, vehicle and crew, equipment). Offsets:
fewer cancelled and delayed operations, release of on-call anaesthetists, and fewer critical incidents needing
escalation to intensive care on arrival. The network's finance leads estimate a net cost of about £410,000 a year,
or roughly £320 per transfer.

Families told us the worst part of a transfer used to be finding out afterwards, often by ringing the ward. The
pre-departure call now tells them where their relative is going, when, and how to reach the receiving unit. Trainees
no longer lose emergency theatre time to transfers and say so in their training surveys.
"""),
        ("stakeholders", "5. Involvement", """
<<P:Mr Doherty's son, whose father was moved twice in one night in 2021, sat with us at every redesign meeting, and
the phone call to the family before departure was his idea.>> <<P:Members of Fellside ICU Survivors reviewed the
family information sheet and insisted that it include the receiving unit's direct number and where to park, both of
which are now on it.>>

<<S:Operating department practitioners and critical care nurses laid the transfer bag out on the floor of a seminar
room, timed each other finding items blindfolded, and rearranged the pouches twice before the design was fixed.>>
<<S:Ambulance technicians from Lune and Fell asked for the monitor bracket to be moved from the stretcher to the
vehicle wall after the first month, because it blocked access to the patient's airway, and the fit-out was changed.>>

Both trusts' medical directors and the ambulance service's director of operations sat on the programme board.
"""),
    ],
    trailer=[
        ("heading", "Appendix A: Definitions"),
        ("text", "Critical incident: SpO2 below 90% for more than one minute, systolic BP below 90 mmHg needing a "
                 "new or increased vasopressor, unplanned airway intervention, cardiac arrest, or equipment failure "
                 "affecting care. Denominator: all adult level 2 and level 3 inter-hospital transfers recorded on the "
                 "network database. Times are from the referral-line log. Repatriations are included."),
        ("heading", "Appendix B: Abbreviations"),
        ("text", "ODP: operating department practitioner. SpO2: peripheral oxygen saturation. BP: blood pressure. "
                 "Level 2/3: critical care levels as defined by the Intensive Care Society."),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I153  mouth care and hospital-acquired pneumonia - docx - reordered
#       (stakeholders first, spread last) - plain-spoken ward manager - no
#       flags
# ---------------------------------------------------------------------------
entry(
    id="I153", format="docx", layout="reordered", topic="mouth_care",
    project="independent10-mouth-care-153",
    title="Clean Mouth, Clear Chest: stopping pneumonia on our elderly care wards",
    cover=[
        "Brackenfield General Hospital NHS Trust, Heron Ward and the elderly care wards",
        "Working with Saltmarsh Community Healthcare NHS Trust (Community Dental Service), the University of Brackenfield School of Dentistry and Brackenfield Carers Centre",
        "Entry written by the ward manager, Heron Ward",
    ],
    primary_entrant=dict(name="Brackenfield General Hospital NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Saltmarsh Community Healthcare NHS Trust", type="nhs_trust"),
        dict(name="University of Brackenfield", type="university"),
        dict(name="Brackenfield Carers Centre", type="charity"),
    ],
    sections=[
        ("stakeholders", "Who did this with us", """
I am putting this first because without these people there would be nothing to write about.

<<S:Our HCAs rewrote the mouth care checklist, because the first version from the dental school used words like
"mucosa" and "xerostomia" and nobody on a late shift was going to read that.>> They turned it into five tick boxes
that fit on the back of the obs chart, and that is the version every ward now uses.

<<S:Dental nurses from the community dental service came onto the wards on twelve afternoons, watched how we actually
did mouth care, and changed what went into the mouth care kit: out went the foam sticks, in came small-headed soft
toothbrushes and a proper denture pot with a lid.>> <<S:The night staff told us the toothbrushing was never getting
done on the morning round because of the drug round and breakfast, so we moved it to the evening, which was their
suggestion and it works better.>>

<<P:Mrs Pearce's daughter, who complained to us in 2022 after her mum's dentures went missing for the second time
in a week, joined the project group instead of just getting a letter back, came to every meeting, tested the denture
labels and made us change the pot so it could not be mistaken for a sputum pot.>> <<P:Carers from the
Brackenfield Carers Centre came up with the "My Mouth" card, where families write down how their relative likes their
teeth cleaned and whether they have a partial plate, and they designed the card with us at two sessions at the
centre.>>

Families on the ward were also sent a letter explaining what we were doing and asking them to bring in a toothbrush
from home.
"""),
        ("context", "Why we needed to do it", """
I manage Heron Ward, a 28-bed elderly care ward. Most of our patients are over 80, many have dementia or have had a
stroke, and a lot of them cannot clean their own teeth. For years mouth care was the thing that got missed when we
were busy, and we are always busy. Toothbrushes went missing, dentures went home in the laundry, and nobody looked
inside anybody's mouth unless they complained of pain.

The reason this is a safety issue and not just a nice-to-have is pneumonia. When the mouth is dirty, bacteria build
up and get breathed into the lungs, especially in people who have trouble swallowing. Hospital-acquired pneumonia in
patients who are not on a ventilator is one of the commonest infections we see on our wards, and it kills a good number
of older people every year.

Our infection team and the dental school looked at our data together in 2022 and found that we had more cases of
hospital-acquired pneumonia on our four elderly care wards than anywhere else in the hospital. So in early 2023 we
started Clean Mouth, Clear Chest with the community dental service, the dental school and the carers centre. It is
not complicated: a mouth check on admission, the right kit at every bedside, toothbrushing twice a day with the
evening one as the main one, dentures labelled and stored properly, and a dental nurse we can ring for advice.
"""),
        ("evidence", "What changed", """
The dental school did the data work for us, comparing the twelve months before we started (2022) with the twelve
months after (April 2023 to March 2024) on the four elderly care wards.

<<Q:Hospital-acquired pneumonia on the four wards went down from 31 cases to 14.>> <<Q:Patients with a mouth check
written down within 24 hours of coming in went from 18% to 86%.>>

<<Q:Lost dentures reported on the four wards dropped from 22 to 5, which matters because a patient without their
teeth does not eat properly and does not get better.>>

We audit ten patients a month per ward. The thing I like best is not in the audit: relatives have started thanking us for
it.
"""),
        ("value", "Is it worth it", """
The kits cost £3.20 per patient. The denture pots and labels cost £1,400 for the year. The dental nurse time is paid
for by the community dental service as part of their contract. We trained 96 HCAs and nurses on the four wards in
short sessions on the ward, which cost us nothing but time.

A case of hospital-acquired pneumonia adds about a week or more to a hospital stay for an older person, and some of
them never go home. <<Q:Seventeen fewer cases is a lot of bed days and, more importantly, a lot of people who did not get
ill in our care.>> Replacing a lost set of dentures costs around £600 each time, and we were paying for that out of the
ward budget.

My staff like it because it is simple and because it feels like proper care. One of my HCAs said it is the first
time she has been taught something that she can see working in a week.
"""),
        ("spread", "Where it has gone since", """
All nine adult medical wards in the hospital started using the checklist and kits in January 2024, and our stroke
unit has added it to its swallow screening. The community dental service is now doing the same thing with three
nursing homes in Saltmarsh. The dental school has written the project up for its students, and two dental students
come onto the ward each term as part of their placement. We presented it at the regional nursing conference and I
have sent our checklist to four other ward managers who asked for it.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I154  glaucoma follow-up backlog with community optometrists - pdf - caps
#       headings - corporate, confident, acronym-heavy - private company is
#       the primary entrant (ineligible); no quantitative evidence (activity,
#       star ratings, snapshot values, targets, expectations)
# ---------------------------------------------------------------------------
entry(
    id="I154", format="pdf", layout="caps_headings", topic="glaucoma_follow_up",
    project="independent10-glaucoma-154", pdf_font="DejaVuSans",
    title="SIGHTLINE: CLEARING THE GLAUCOMA FOLLOW-UP BACKLOG SAFELY IN THE COMMUNITY",
    cover=[
        "Entrant: ClearSight Community Optometry Ltd",
        "In partnership with Wealdmoor Eye Hospital NHS Foundation Trust and NHS Wealdmoor Integrated Care Board",
        "Company registration 09876321 | Head office: Unit 4, Forge Park, Wealdmoor TN12 8LX",
    ],
    primary_entrant=dict(name="ClearSight Community Optometry Ltd", type="private"),
    partners=[
        dict(name="Wealdmoor Eye Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="NHS Wealdmoor Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "CONTEXT", """
ClearSight Community Optometry is an independent provider of NHS and private eye care with 31 practices across the
South East. In 2022 Wealdmoor Eye Hospital (WEH) had one of the largest ophthalmology follow-up backlogs in the region,
with glaucoma patients (stable POAG, OHT and suspects) making up the largest group overdue for review. Delayed
glaucoma follow-up is a recognised cause of avoidable, irreversible sight loss, and national safety reports have
highlighted patients losing vision while waiting for appointments that were never booked.

Sightline is our answer. Working with WEH consultants and the ICB, ClearSight delivers Community Glaucoma
Monitoring (CGM) for stable, low-risk patients in our high street practices. Each visit includes IOP, visual fields
(24-2), OCT of the optic nerve head and RNFL, and a structured history. Data flow through a secure cloud platform
to a WEH virtual review clinic, where a glaucoma specialist optometrist or consultant reviews every case within 10
working days and either confirms stability or recalls to hospital.

Key safety goals: no patient lost to follow-up; every patient seen within their clinically set review interval;
fast recall of anyone showing progression.
"""),
        ("evidence", "EVIDENCE OF IMPROVEMENTS IN SAFE CARE", """
Since go-live in March 2023 Sightline has delivered outstanding results:

- 4,860 patients seen in the community in year one.

- 11% of patients recalled to hospital for progression or suspected progression, every one within 10 working days
of their community visit.

- 98% of patients rated their experience 5 stars on our post-visit text survey.

- DNA rate of 3%, well below typical hospital outpatient rates.

- The glaucoma follow-up waiting list now stands at 2,100 patients past their due date.

Our target is that no glaucoma patient at WEH will be overdue for review by March 2025, and we expect Sightline to
prevent a significant number of cases of avoidable sight loss over the next five years.

The quality of community data has been excellent: 99.2% of OCT scans were gradeable by the virtual clinic.
"""),
        ("spread", "SPREAD AND SHARING BEST PRACTICE", """
Following the success in Wealdmoor, ClearSight is now in discussion with two further ICBs about rolling Sightline
out to their populations, and our cloud platform has been built to scale nationally. We presented the model at the
Optometry Tomorrow conference and at a Royal College of Ophthalmologists regional meeting. Our clinical protocols
are available to NHS partners on request.
"""),
        ("value", "VALUE: STAFF AND PATIENT EXPERIENCE, VALUE FOR MONEY", """
The tariff for a CGM visit plus virtual review is 40% lower than a hospital glaucoma follow-up appointment, giving the
ICB a projected saving of £310,000 in 2024/25. Patients no longer travel up to 40 miles to WEH; most ClearSight
practices have free parking and evening and Saturday appointments. Hospital clinic capacity released by Sightline
is being used for new and complex glaucoma patients.

Optometrists value the opportunity to work at the top of their licence, and several have started the Professional
Certificate in Glaucoma funded by ClearSight.
"""),
        ("stakeholders", "STAKEHOLDER ENGAGEMENT", """
<<S:ClearSight optometrists and WEH glaucoma nurses and consultants co-designed the CGM protocol over four joint
sessions, and it was the community optometrists who insisted on adding a structured history of eye-drop use after
finding that many patients had stopped their drops without telling anyone.>> <<S:Virtual clinic graders at WEH
asked for the OCT export format to be changed after the first fortnight because reports were arriving unreadable,
and our platform team changed it.>>

<<P:Members of the Wealdmoor Glaucoma Support Group tested our appointment letters and text reminders and asked for a
large-print version and a phone call option for people who cannot read a text, both of which we introduced.>>

WEH's Medical Director and the ICB's Head of Planned Care sat on the Sightline oversight board.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I155  button batteries and magnets swallowed by children - docx - no
#       headings - very short entry by a paediatric emergency consultant - no
#       evidence section (missing) and no Q anywhere (activity counts only)
# ---------------------------------------------------------------------------
entry(
    id="I155", format="docx", layout="no_headings", topic="child_ingestion_injury",
    project="independent10-button-battery-155",
    title="Coin-Sized Danger: a joint health and trading standards response to button batteries and magnets",
    cover=[
        "Tollbridge Children's Hospital NHS Foundation Trust and Tollbridge City Council Trading Standards, with Safe at Home Tollbridge",
    ],
    primary_entrant=dict(name="Tollbridge Children's Hospital NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Tollbridge City Council", type="local_authority"),
        dict(name="Safe at Home Tollbridge", type="charity"),
    ],
    sections=[
        ("context", None, """
A button battery the size of a five pence piece, swallowed by a toddler and stuck in the gullet, can burn through the
wall of the oesophagus in two hours. Two or more small magnets swallowed separately can pull together through loops of
bowel and cause perforation. The child often looks well at first, and the parent may not know anything was swallowed.
In 2022 our emergency department treated a two-year-old with a catastrophic oesophageal injury from a battery taken
out of a cheap light-up toy bought at a market stall. She survived after months in hospital.

We wanted two things. First, that any child who might have swallowed a battery or magnet gets an X-ray within an hour
of arrival and goes straight to the endoscopy team if one is found, with honey given on the way in for children over
one year old where the swallow was recent, as the national guidance advises. Second, that fewer unsafe products reach
Tollbridge homes in the first place. The first is a hospital job. The second is not, which is why we went to the
council's trading standards team, who can test and seize products, and to Safe at Home Tollbridge, a charity that
fits home safety equipment for families with young children.

Since the pathway started in May 2023 we have seen 58 children with suspected battery or magnet ingestion. Trading
standards officers have visited 140 shops and market stalls and seized 3,400 unsafe products.
"""),
        ("spread", None, """
Our one-page pathway is now used by the two district hospitals that transfer children to us, and the regional
paediatric emergency network has put it in its guideline library. Trading standards have shared their market
inspection checklist with the other councils in the county. The charity has added button batteries to the home
safety check it does for every family it visits.

Trading standards have also referred two online sellers to the national product safety regulator, and one of the
light-up toys we first saw in our emergency department has now been withdrawn from sale across the country. We have
written to the other children's hospitals in the region offering to share the whole package, including the
inspection checklist and the poster files, free of charge.
"""),
        ("value", None, """
The hospital pathway cost nothing extra. Trading standards funded testing from their existing budget, and the charity
paid £2,000 for battery-safe storage boxes it gives to families. One child with an oesophageal burn can spend months
in intensive care and surgery; preventing even one is worth far more than this.

For families, the biggest change is that the message is simple and the same wherever they hear it: in the emergency
department, at the family hub, from the charity's fitter at the door. For our staff, the pathway takes away the
hesitation over whether to X-ray a well-looking child; the rule is that you do.
"""),
        ("stakeholders", None, """
<<P:Parents on the hospital's Parent and Carer Panel rejected our first poster because it showed a smiling toddler
and looked like an advert, so the final version shows a battery next to a coin at actual size, which was their
idea.>> <<S:Paediatric radiographers and emergency department nurses agreed the X-ray-first rule between them and
moved the request so that the triage nurse can order the film without waiting for a doctor.>> <<S:Trading standards
officers pointed us at pound shops and market stalls using their own complaint data, which changed where the charity
handed out its leaflets.>>

The poster is now displayed in every GP surgery and family hub in the city.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I156  clozapine monitoring in community pharmacy - docx - Word form table -
#       written by a pharmacist whose first language is not English - no flags
# ---------------------------------------------------------------------------
entry(
    id="I156", format="docx", layout="form_table", topic="clozapine_monitoring",
    project="independent10-clozapine-156",
    title="Clozapine Closer to Home: finger-prick monitoring and bowel safety in community pharmacy",
    cover_table=[
        ("Title of the project", "Clozapine Closer to Home: finger-prick monitoring and bowel safety in community pharmacy"),
        ("Main organisation", "Harland Moor Mental Health NHS Foundation Trust"),
        ("Partner organisations", "Harland Moor Local Pharmaceutical Committee; Northgate Primary Care Network; Voices Heard Harland (mental health service user charity)"),
        ("Person completing form", "Consultant Pharmacist, Clozapine Service"),
    ],
    primary_entrant=dict(name="Harland Moor Mental Health NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Harland Moor Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Northgate Primary Care Network", type="primary_care"),
        dict(name="Voices Heard Harland", type="charity"),
    ],
    sections=[
        ("context", "Context of the partnership, the service and its patient safety aims", """
Clozapine is the only medicine licensed for schizophrenia which is resistant to other treatments, and for many of our
patients it is the thing which keep them well and out of hospital. But it has two dangers. First it can reduce the
white blood cells (neutropenia), so the patient must have a blood test every four weeks, and the pharmacy cannot give
the tablets if the result is not available. Second, and less known, it slows the bowel very much, and constipation
with clozapine can become ileus and even death. In the UK there are deaths from this every year.

In our Trust around 420 patients in the community take clozapine. Before this project, all of them must come to one
of two hospital clozapine clinics for the blood test, wait for the result, then collect the medicine. For a person
with psychosis who maybe has no car, this is a big barrier. When they miss the test, the supply stops, and if the
clozapine stop more than 48 hours, it must be restarted slowly from a low dose, with risk of relapse. We also found
that nobody was asking systematically about the bowel.

So in 2023 we have made a partnership with the Local Pharmaceutical Committee and the Northgate Primary Care Network,
and with Voices Heard, a charity run by people who use mental health services. Now eleven community pharmacies do the
finger-prick blood test with a point-of-care machine, the result goes direct to the monitoring service, and the
pharmacist gives the clozapine in the same visit. At every visit the pharmacist also asks five questions about the
bowel using a picture chart, and refers to the GP practice or to our team the same day if there is a problem.
"""),
        ("evidence", "Evidence of improvements in safe care because of the partnership", """
We compare the twelve months before start (2022) with the first twelve months (July 2023 to June 2024), for the
patients who moved to pharmacy testing. The data come from the monitoring service database and from our incident
system.

<<Q:Blood tests which were late or missed, so that supply was interrupted, reduced from 14% of all due tests to
3%.>> <<Q:Patients who had a gap of more than 48 hours in clozapine and needed re-titration went from 19 patients to
4 patients.>>

<<Q:The bowel screening questions were recorded at 88% of visits in the pharmacies, compared with 20% of clinic visits
before.>> <<Q:Hospital admissions for clozapine-related constipation or ileus in this group reduced from 11 to 4.>>

We know the numbers are not big. But for each of those patients, the difference is very real.
"""),
        ("spread", "How the achievement was applied elsewhere and best practice shared", """
After the first six months, the ICB asked us to extend to the second PCN area, and four more pharmacies started in
April 2024. The bowel picture chart is now used also on our inpatient wards and in the two hospital clinics, not only
the pharmacies. We shared the protocol at the regional mental health pharmacy network and two other mental health
trusts have asked for it. We wrote a short article for a pharmacy journal which is accepted.
"""),
        ("value", "Staff and patient experience, and value for money", """
The point-of-care machines cost £2,600 each and the LPC negotiated a fee of £18 for each pharmacy visit. The two
hospital clinics have now fewer appointments, which freed nurse time for physical health checks. Every re-titration
which we avoid saves many days of extra monitoring, and every ileus admission which we avoid can mean a stay in
surgical ward of one or two weeks.

Patients say the pharmacy is near home and they are not seen as "mental health patient" in a waiting room. One man
told us: "now I go for my tablets like everybody else". The pharmacists say they know their patients better now.
"""),
        ("stakeholders", "Stakeholders: who was involved and how they were engaged in design", """
<<P:Service users from Voices Heard told us the finger-prick was not the problem, the problem was the clinic waiting
room, where everybody know why you are there; this is why we decided to use the private consultation room in the
pharmacy and not the counter.>> <<P:Three carers and two service users tested the bowel picture chart and they
changed the pictures, because our first pictures were too medical and, they said, a bit rude.>>

<<S:Community pharmacists and our clozapine clinic nurses wrote the protocol together in four evening meetings, and
the pharmacists added the rule that a result must be checked before the bag is handed over.>> <<S:Pharmacy
technicians in the pilot pharmacies suggested to do the bowel questions while the machine is running, so it does not
make the visit longer, and this is now the standard way.>>

The GP practices of the PCN received a letter from us to explain the new arrangement.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I157  carbon monoxide poisoning: finding it in ED and preventing it at home
#       - pdf - numbered questions - fire service community safety manager,
#       plain - fire and rescue service is primary entrant (public, eligible)
#       - no staff involvement (crews trained, ED staff told via bulletin, a
#       named lead, gas engineers briefed, a survey with no change, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I157", format="pdf", layout="numbered_questions", topic="carbon_monoxide",
    project="independent10-carbon-monoxide-157", pdf_align="L",
    title="Silent Visitor: finding carbon monoxide poisoning in the emergency department and stopping it at home",
    cover=[
        "Eastwold Fire and Rescue Service, Prevention and Protection Directorate",
        "With Eastwold Hospitals NHS Trust, Eastwold County Council Public Health and Warm Homes Eastwold",
        "HSJ Patient Safety Awards, Best Partnership Solution Improving Patient Safety",
    ],
    primary_entrant=dict(name="Eastwold Fire and Rescue Service", type="emergency_service"),
    partners=[
        dict(name="Eastwold Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Eastwold County Council", type="local_authority"),
        dict(name="Warm Homes Eastwold", type="charity"),
    ],
    sections=[
        ("context", "Q1. Describe the context, the service and its patient safety goals", """
Carbon monoxide has no smell, no colour and no taste, and the early symptoms look like flu, a migraine or a tummy
bug. People go to their GP or to A&E with a headache, get sent home, and go back into the same house with the same
faulty boiler. The first anyone knows about it can be when we are called to a house where the whole family is ill,
or worse.

In Eastwold we have a lot of older private rented housing, solid fuel and bottled gas in rural areas, and a growing
number of families who cannot afford to get their boilers serviced. In the winter of 2021/22 our crews attended
three carbon monoxide incidents where someone had been to A&E with symptoms in the weeks before and had not been
tested.

Silent Visitor joins up two things that used to be separate. At the hospital, the emergency department now tests
anyone with unexplained headache, dizziness, nausea or collapse for carbon monoxide using a non-invasive CO-oximeter
at triage, and anyone with a raised level is referred to us by a single secure email. At home, we carry out an
urgent Safe and Well visit within 48 hours of a referral, fit CO alarms, and refer any faulty appliance to the gas
emergency service and the council's private housing team. Warm Homes Eastwold follows up with help on heating costs,
servicing grants and landlord problems.

Our goals were: find more poisoned people early, stop them going back into an unsafe home, and get working CO alarms
into the homes most at risk.
"""),
        ("evidence", "Q2. What evidence is there of improvements in safe care?", """
We compared the 18 months before the scheme (April 2021 to September 2022) with the first 18 months after. The
hospital's data team supplied the A&E figures and our own incident system supplied the rest.

<<Q:The proportion of A&E patients presenting with the listed symptoms who had a carbon monoxide reading recorded
went from 5% to 61%.>> <<Q:Carbon monoxide incidents attended by our crews where somebody needed hospital treatment
fell from 19 to 8.>>

<<Q:On repeat visits to high-risk homes, the proportion with a working CO alarm rose from 34% to 79%.>> <<Q:The
number of people who attended A&E twice or more with carbon monoxide symptoms before being diagnosed dropped from 11
to 2.>>

We completed 286 urgent Safe and Well visits from hospital referrals and fitted 1,940 CO alarms across the county in
the period.
"""),
        ("spread", "Q3. How have the achievements been applied elsewhere?", """
The A&E testing and referral route has been taken up by the second hospital in the county, Wold Cross, from April 2024.
The National Fire Chiefs Council prevention group has shared our referral form with all fire and rescue services in
England, and two neighbouring services are piloting it with their local hospitals. Public health have added carbon
monoxide to the county's winter health plan.
"""),
        ("value", "Q4. What has been the value to staff and patients, and value for money?", """
The CO-oximeters cost £1,850 each and three were needed. Alarms cost us £14 each, funded partly by the gas
distribution network's vulnerable customer fund. The Safe and Well visits were already part of our prevention work.

One serious carbon monoxide poisoning can mean hyperbaric treatment, intensive care and lasting brain injury. Against
that, the cost of the scheme is small.

Families tell us they had no idea the headaches were caused by the house. One mother said her children's headaches
stopped the week the boiler was capped.
"""),
        ("stakeholders", "Q5. Who was involved and how were they engaged?", """
Station Manager Dave Ellis led the project for the fire service, with the A&E matron as the hospital lead. All 420 of
our operational firefighters completed carbon monoxide awareness training, and A&E staff were told about the new
testing at triage through the Trust's weekly safety bulletin. Engineers from the gas distribution network were
briefed on the referral route. We asked A&E staff in a survey what they thought of the training and most found it
useful, so it has stayed the same. Stakeholders were engaged throughout via the Community Safety Partnership, and we
plan to set up a joint staff working group with A&E nurses for the next phase.

<<P:Members of Warm Homes Eastwold's tenants' forum told us that older people living alone would not let a stranger
in to look at their boiler, so visits are now booked through the charity by phone and our crews show a photo card the
forum designed.>> <<P:The family of a man who died from carbon monoxide poisoning in 2020 helped write our winter
campaign, "The headache that goes away when you leave the house", and chose the photographs.>>
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I158  drug deaths after prison release (naloxone and treatment continuity)
#       - pdf (Word converted by LibreOffice) - style headings - long,
#       story-like narrative by a substance misuse nurse - no flags
# ---------------------------------------------------------------------------
entry(
    id="I158", format="pdf", layout="style_headings", topic="prison_release_overdose",
    project="independent10-prison-release-158", render_via="soffice",
    title="The First Fortnight: keeping people alive after release from prison",
    cover=[
        "Greyholm Partnership NHS Foundation Trust (Healthcare at HMP Greyholm), HMP Greyholm, Greyholm City Council Public Health and Second Chance Recovery Network",
        "Written by the lead nurse for substance misuse, HMP Greyholm",
    ],
    primary_entrant=dict(name="Greyholm Partnership NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="HMP Greyholm", type="public_other"),
        dict(name="Greyholm City Council", type="local_authority"),
        dict(name="Second Chance Recovery Network", type="charity"),
    ],
    sections=[
        ("context", "Where this started", """
Let me tell you about Dean. Dean is not his real name and parts of his story belong to other men, but everything in it
happened. He was 34, on his sixth sentence, and had used heroin since he was seventeen. In HMP Greyholm he was on a
stable methadone dose, had put on weight, was working in the kitchens and had started talking to his daughter on the
phone again. He was released on a Friday afternoon, from court, with a travel warrant, his property in a clear plastic
bag and a letter for a drug service that closed at four o'clock. He did not get his methadone on Saturday or Sunday.
On Monday morning a friend found him in a flat in the city centre. His tolerance had gone, and the first bag of
heroin he bought killed him.

If you work in prison healthcare you will know that story, because you will have your own version of it. People
leaving prison are many times more likely to die of a drug overdose in the first two weeks than the general
population, and the risk is highest in the first few days. It is the most predictable death in the whole of the NHS.
We know who is at risk, we know the date they are leaving, and for a long time we let them walk out of the gate on
their own.

HMP Greyholm is a category B local prison holding around 900 men. Around 110 men leave us every month, and roughly
four in ten of them have a history of opioid use. Our Trust provides all healthcare inside the prison, including the
substance misuse service. The community drug and alcohol service is commissioned by Greyholm City Council. Between
those two services, on release day, there used to be a gap of about forty-eight hours, a bus ride and a locked door.

It is worth spelling out what release day looked like in 2021, because none of it was anybody's fault. A man due for
release would see a nurse in the week before, if the release date was known, and be given a letter for the community
service and a leaflet about overdose risk. Naloxone kits were kept on the healthcare wing and offered at that
appointment, but the man had to carry the kit back to his cell, where it might be lost in a cell search or swapped for
something else. Releases from court, which are about a third of all releases, were often not known to healthcare
until the man had already gone. Friday releases meant the community service could not see him until Monday, and a
bridging prescription, if anyone thought of one, had to be faxed to a pharmacy that might not be open. Nobody from the
prison knew whether he had arrived anywhere, and nobody in the community knew he was coming. We used to find out what
had happened to people from the local paper.

The First Fortnight is what four organisations built to close that gap, starting in January 2022. The Trust, the
prison, the council's public health team and Second Chance Recovery Network, a charity run by people in recovery,
agreed to treat the first fourteen days after release as the most dangerous part of the sentence and to plan it as
carefully as any other clinical risk. In practice that means four things. Every man with an opioid history is
offered naloxone, the overdose-reversal medicine, with training, and leaves with a kit in his hand. His first
community dose of opioid substitution treatment is booked and confirmed before he leaves, including for court
releases and Friday releases, with a bridging prescription sent to a named community pharmacy. A peer mentor from
Second Chance meets him at the gate, or at court, and goes with him to his first appointment. And every man gets a
phone call from the community service on day three and day ten.
"""),
        ("evidence", "What has changed", """
We have kept the same measures from the start, taken from the prison clinical system, the community service's
records and the charity's gate log, and compared the year before the project (2021) with the two years since
(2022 and 2023). The council's public health analysts checked our figures.

<<Q:Men with an opioid history who left with a naloxone kit in their hand went from 22% in 2021 to 87% across 2022 and
2023.>> That number matters most, because a kit on the wing or in the post is no use to anybody on the first night.

<<Q:The proportion who received their first community dose of opioid substitution treatment within 48 hours of
release rose from 41% to 83%.>> <<Q:Friday and court releases were the worst before, at under one in four within 48
hours, and are now at roughly the same level as other days.>> <<Q:Men met at the gate or at court by a peer mentor
went from almost none, because there was no such thing, to 64% of those with an opioid history.>>

Then the number that we all care about and that we have to be careful with. <<Q:The coroner's service and the
community drug service recorded seven suspected drug-related deaths within 28 days of release from Greyholm in the
two years before the project, and two in the two years since.>> Numbers this small can move by chance and I will not
stand in front of anyone and say that we have saved five lives. But I have worked here for eleven years and I know
what it felt like before.

Second Chance mentors tell us that 23 of the naloxone kits given out at the gate have since been used on someone in
an overdose. We do not count those as evidence, because we cannot check them, but we have met some of the people
they were used on.
"""),
        ("spread", "Taking it further", """
The bridging prescription process and the gate pick-up have been adopted by the two other prisons in our region that
release to Greyholm, and the regional health and justice commissioners have written the naloxone-in-hand standard
into the new healthcare contracts that start in 2025. We have shared our release-day checklist through the national
prison healthcare network and talked about the work at the regional drug-related deaths panel and at a national
harm reduction conference. Second Chance has trained peer mentors for a neighbouring city's service using the same
model. The council has made the day three and day ten phone calls part of its standard community service
specification, so they no longer depend on this project.
"""),
        ("value", "What it means and what it costs", """
The project costs around £146,000 a year. Most of that is the Second Chance mentor team (four part-time mentors and a
coordinator), funded by the council through its drug and alcohol grant, plus naloxone kits at about £20 each and some
extra nurse time on release days. The prison pays for nothing extra apart from staff time.

It is hard to put a price on a life, and I am not going to try. What I can say is that a single drug death costs the
system a great deal before you even think about the family: police, coroner, ambulance, emergency department,
safeguarding for the children. Treatment that carries on without a break also means fewer people back in prison for
offences committed to fund their drug use, which is expensive in its own right.

There is also a cost to staff that is easy to miss. Before this project, three of our nurses had been to an inquest
for a man they had cared for, each time knowing that the death had happened in the gap between two services that
were both doing their jobs. That wears people down, and it is one of the reasons prison healthcare finds it hard to
keep nurses.

For the men, the difference is being expected somewhere. One of them said to me after his first week out: "It's the
first time anyone's been waiting for me outside that wasn't a dealer." For our staff, release day used to be the day
we worried about people we would never hear about again. Now we hear about them on day three and day ten, and it
changes how the work feels.
"""),
        ("stakeholders", "Who made it happen", """
<<P:The men on the resettlement wing rejected our first naloxone training video, which used actors, because they
said nobody would believe it, so we filmed it again with two Second Chance mentors who had both been revived with
naloxone themselves.>> <<P:Peer mentors, all of them with their own experience of prison and addiction, sat on the
steering group from the first meeting and designed the gate pick-up, including the rule that the mentor waits until
the man comes out however late the court runs.>> <<P:Carol, whose son died eleven days after leaving prison in 2020,
joined the steering group in its second month and wrote the letter that now goes to families before release, telling
them about naloxone and what to do on the first night.>>

<<S:Prison officers on the resettlement wing pointed out that naloxone kits handed out on the wing were being lost,
confiscated in searches or traded, and suggested giving the kit out with the man's property in reception on the day
of release, which is now how it works.>> <<S:Our substance misuse nurses and pharmacy technicians moved the release-day
methadone dose to first thing in the morning and designed the bridging prescription form after working through
every Friday release from the previous year.>> <<S:Probation officers asked to be copied into the release-day
checklist so that they could book the first probation appointment at the same place and time as the first drug
service appointment, which we did.>>

The governor and our director of nursing co-chair the steering group, and more than 300 prison staff have completed
naloxone awareness training since 2022. Every man who leaves receives a release pack with the service phone numbers.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I159  urgent suspected cancer referral safety-netting in a large GP
#       practice - docx - bold headings - wry GP partner - a single
#       organisation with no partner organisation (ineligible; "partnership"
#       means the GP partnership and internal teams)
# ---------------------------------------------------------------------------
entry(
    id="I159", format="docx", layout="bold_headings", topic="cancer_safety_netting",
    project="independent10-cancer-safety-net-159", docx_font="Georgia",
    title="Nobody Falls Through the Net: safety-netting urgent suspected cancer referrals",
    cover=[
        "Entrant: Coldharbour Medical Group, a GP partnership of nine partners caring for 41,000 patients across three surgeries",
        "Partners in this work: our care navigators, medical secretaries, clinicians and our Patient Participation Group",
        "Contact: practice manager, Coldharbour Health Centre, Station Road, Coldharbour LE17 4HG",
    ],
    primary_entrant=dict(name="Coldharbour Medical Group", type="primary_care"),
    partners=[],
    sections=[
        ("context", "Why we needed this", """
Every GP has a version of the same nightmare. You see a patient with a worrying symptom, you do the right thing and
make an urgent suspected cancer referral, and you move on to the next of your thirty-odd patients that day. Three
months later the patient comes back, worse, and says they never heard anything. The referral was rejected by the
hospital because the wrong form was attached, or the patient did not pick up the phone when the hospital rang, or the
letter went to an old address. Nobody noticed, because nobody was looking.

In 2021 we had exactly that happen, twice, and a significant event review found that we had no reliable way of
knowing whether an urgent referral had turned into an appointment. We sent about 2,300 urgent suspected cancer
referrals that year. We also handed out faecal immunochemical test (FIT) kits for bowel symptoms with no system to
check whether they came back, and our "come back in three weeks if it's not better" advice was written in the notes
in about forty different ways, which meant it could not be searched.

Coldharbour Medical Group is one practice on three sites. This project is ours: it was designed and run inside the
practice, without external funding, and no other organisation was involved in running it. The hospital trusts that
receive our referrals carried on as normal; the change was in how we track what we send.

What we built is simple. Every urgent suspected cancer referral and every FIT kit is added automatically to a single
safety-netting log in our clinical system. A care navigator checks the log every Tuesday and Friday. Any referral
without a booked appointment at day 10, and any FIT kit not returned by day 14, is chased with a phone call to the
patient and, if needed, to the hospital. Any patient who cannot be reached after three tries goes back to the
referring GP. Safety-netting advice for patients we do not refer is recorded with a single code, so that we can find
them too.
"""),
        ("evidence", "What the numbers show", """
Our data lead compared the twelve months before the log (2021) with 2023, using searches of our clinical system and
the log itself.

<<Q:Urgent suspected cancer referrals with no appointment recorded 28 days after referral went from 9% to under
1%.>> <<Q:FIT kits that were returned, or followed up with the patient if not returned, rose from 38% to 96%.>>

<<Q:Significant events involving a lost or failed urgent referral fell from six in 2021 to none in 2023.>> <<Q:The
proportion of "come back if not better" safety-netting advice recorded with the searchable code rose from 3% to
81%.>>

We know of at least four patients in 2023 whose cancer was diagnosed because the log caught a referral that had gone
nowhere. That is not a statistic; it is four people.
"""),
        ("spread", "Sharing it", """
We have presented the log at our Primary Care Network's clinical meeting and at the local medical committee, and
sent the search templates and the care navigator script to every practice in the county that asked: eleven so far.
Two of the practices in our PCN are now using it. We wrote it up for a GP magazine, and I have done an evening
webinar for practice managers which about 150 people joined.
"""),
        ("value", "Is it worth it", """
The log takes a care navigator about three hours a week. We built the searches ourselves. There was no other cost.
Compared with the cost to a patient of a delayed cancer diagnosis, or to a practice of a complaint and a claim, that
is very little.

Our GPs say they sleep better. Our care navigators, who used to bear the brunt of angry phone calls from patients who
had heard nothing, now often make the call before the patient has had time to worry.
"""),
        ("stakeholders", "Who was involved", """
<<S:Our care navigators designed the log layout and wrote the phone script themselves, after sitting in on two of
the significant event meetings, and they changed the day 14 chase to day 10 because, as they put it, by day 14 the
patient has already rung us.>> <<S:The medical secretaries noticed that rejected referrals were sitting in the
e-referral worklist unread, and it was their suggestion to add rejections to the log automatically.>>

<<P:Our Patient Participation Group rewrote the letter that goes to patients who have been referred urgently; they
insisted that we use the word cancer plainly instead of hiding it, and asked us to add what to do if you have not
heard anything in a week, which we did.>>

All nine partners and our practice manager supported the project, and every clinician was shown how to use the
safety-netting code at a practice learning afternoon.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I160  gastrostomy feeding in special schools - pdf - own headings - warm,
#       story-like children's community nurse - no spread section (missing);
#       no staff involvement (teaching assistants trained and signed off, a
#       named lead writing the framework, heads informed, questionnaire that
#       changed nothing, a planned review group, unnamed stakeholders)
# ---------------------------------------------------------------------------
entry(
    id="I160", format="pdf", layout="own_headings", topic="gastrostomy_in_schools",
    project="independent10-gastrostomy-160", pdf_align="L",
    title="Tube Passport: safer gastrostomy care for children at school",
    cover=[
        "Kilnworth and Dale NHS Trust, Children's Community Nursing Service",
        "With Kilnworth County Council (Education and SEND) and Tube Families Kilnworth",
    ],
    primary_entrant=dict(name="Kilnworth and Dale NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Kilnworth County Council", type="local_authority"),
        dict(name="Tube Families Kilnworth", type="charity"),
    ],
    sections=[
        ("context", "Why we needed to act", """
On a wet Tuesday in November 2021, a seven-year-old boy I will call Alfie pulled out his gastrostomy tube in the
playground of his special school. It happens; children with tubes are children, and tubes come out. What should
happen next is simple: someone who knows what they are doing covers the stoma, finds the spare tube in his bag, and
either replaces it or gets him to someone who can within an hour or two, before the hole starts to close. What
actually happened was that nobody at school knew where his spare tube was, the care plan in the office was two years
out of date and described a different device, and Alfie spent the afternoon in the emergency department while the
stoma shrank. He needed a general anaesthetic the next day to have a new tube placed.

Alfie's mum, Gemma, rang me that night. I am a children's community nurse and I had known Alfie since he was a baby.
She was not angry with the school; she was frightened, because she could see that it would happen again. She was
right. When we looked, across the county's four special schools and a handful of mainstream schools there were 146
children with a gastrostomy or a jejunostomy, and each school was doing its own thing. Care plans were written by
different people in different formats, training was patchy, and there was no shared record of which child had which
device, feed or pump.

Tube Passport is the partnership we built with the council's education and special educational needs team and Tube
Families Kilnworth, a charity started by parents of tube-fed children. Every child with a feeding tube now has a
one-page passport that travels between home, school, respite and hospital, with a photograph of their device, its
size and balloon volume, their feed and pump settings, what to do if the tube comes out, and where the spare tube is
kept. Each school has an emergency tube kit, a named trained adult on every site every day, and a direct phone line
to our team during school hours.
"""),
        ("evidence", "What changed, in numbers", """
We compared the school year before Tube Passport (2021/22) with the school year 2023/24, using our own service
records, the emergency department's attendance data and the schools' incident reports, which the council collated
for us.

<<Q:Emergency department attendances for a tube that had come out or blocked during the school day fell from 21 to 6.>>
<<Q:Children with a feeding plan in school that matched their current device and feed rose from 40% to 95%.>>

<<Q:Feed and pump errors reported by schools, such as the wrong rate or a missed feed, went down from 33 to 9.>>
<<Q:When a tube did come out at school, the median time until it was replaced dropped from just over three hours to
40 minutes, because in most cases it could now be done on site.>>

<<Q:Children who needed a general anaesthetic to have a tube replaced after losing it at school went from four in
2021/22 to none in 2023/24.>> Alfie is now in Year 5, and the last time his tube came out at school the school nurse
had it replaced before the end of lunch.
"""),
        ("value", "What it means, and what it costs", """
The emergency kits cost £85 per school and the passports are printed in-house. Our team's time to train and sign off
school staff is about two hours per adult. The council paid for supply cover so that teaching assistants could attend.
In the first year, 112 teaching assistants and school support staff were trained and signed off as competent in tube
care. Each emergency department visit avoided saves a trip across the county for a child who may need a wheelchair
taxi and a parent taking time off work, and each general anaesthetic avoided is a real risk removed for a child who
often has complex health needs.

For parents, the biggest difference is trust. Gemma says she now drops Alfie off without a knot in her stomach. For
school staff, the passport takes the guessing out of an emergency, and teaching assistants tell us they feel far more
confident than before.
"""),
        ("stakeholders", "Who shaped it", """
<<P:Parents from Tube Families Kilnworth designed the passport with us over four evening sessions at the charity's
hub, and threw out our first version because it was six pages long and, as one dad said, nobody reads six pages
while a child is bleeding.>> <<P:Aisha, who is fifteen and has had a gastrostomy since she was two, tested the
passport and insisted on a section written by the young person about how they like their feed done, which every
passport now has.>> <<P:Gemma sat with us at every planning meeting and chose the photographs for the emergency
flowchart.>>

Our lead children's community nurse, Sarah Whitfield, wrote the competency framework, and head teachers were told
about the scheme at the county's special school heads' meeting. We sent school staff a questionnaire after their
training; they rated it highly and we kept the course as it was. Stakeholders from education were engaged at every
stage, and we plan to invite teaching assistants to join a review group when we refresh the passport next year.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="spread"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)
