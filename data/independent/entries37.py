"""Thirty-seventh independent evaluation set (I577..I592) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional, apart from
a few national public bodies named as partners.  The entries are meant to be ordinary:
the kind of thing NHS teams, screening programmes, councils, ambulance services,
charities, a university, primary care and a domiciliary eye care company send in, in
their own voices and at their own length.  The theme of this set is a mixed programme
(screening, infection prevention, digital records, homelessness and inclusion health,
dentistry and eye care) with many different cover pages, forms and layouts.

Topics: people who stop coming to diabetic eye screening (a screening programme with a
primary care network, the local optical committee and the council), men under
surveillance for a small abdominal aortic aneurysm who are lost to follow-up (CAPS
headings), invasive group A streptococcal infection in homeless hostels (a council
public health form), outbreaks of adenoviral conjunctivitis in eye casualty and
community optometry (numbered questions), duplicate and merged records in a shared care
record (two columns), registering people who are homeless with a GP so that their records
follow them (a primary care network, no headings, long), dental neglect in children (a
community dental service), dental checks before bone-protecting drugs and osteonecrosis
of the jaw (no spread section), suspected mouth cancer referrals from dental practices
that go astray (with appendix, long), lost and mixed-up glasses in care homes (a private
domiciliary eye care company as primary entrant), sharps injuries among dental students
(services of one university, no partner), babies born to mothers with hepatitis B and
their vaccine course (results first), cervical screening for women who are homeless (a
women's centre, a short form with no evidence section), measles exposures in an
emergency department, bloodstream infections from cannulas put in by ambulance crews (a
pdf with numbered questions) and spotting physical deterioration in residents of
homeless hostels (a housing charity on its own, no headings).

Build it with

    .venv/bin/python data/independent/build.py --set 37   (writes data/corpus/independent37/)

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
    numbers trained, activity counts (visits, calls, referrals, checks, scans, tests,
    people screened, registered or identified), single figures with no baseline, a zero
    with no earlier figure, figures that did not change, budgets, costs and savings
    estimates, phone numbers, postcodes, reference numbers, targets not yet reached,
    plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words;
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, volunteers with lived experience, unusual job
    titles, list items), wherever in the entry it is told; a peer worker with lived
    experience, employed by a partner, who helped design the work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed; students who were
    only taught or told are not staff involvement.

Organisation types follow the earlier sets (ambulance services are emergency_service;
GP practices, primary care networks, GP federations and local dental and optical
committees are primary_care; patients' support groups and parent carer forums are
patient_group; housing and homelessness charities, women's centres and care
associations are charity; national public bodies such as the UK Health Security Agency
and NHS England are public_other; a university is university; a domiciliary eye care
company is private).  A department or team of the entrant's own organisation is not a
partner.  Flags are written by hand and build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I577  people who stop coming to diabetic eye screening - docx - bold
#       headings with a cover table - screening programme manager, methodical
#       - hospital trust hosting the programme with a primary care network,
#       the local optical committee and the city council - people with
#       diabetes and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I577", format="docx", layout="bold_headings", topic="diabetic_eye_screening_non_attenders",
    project="independent37-secondlook-577", docx_font="Calibri",
    title="Second Look: bringing people back to diabetic eye screening before their sight is at risk",
    cover_table=[
        ("Title", "Second Look: bringing people back to diabetic eye screening before their sight is at risk"),
        ("Lead organisation", "Wyvernham Hospitals NHS Foundation Trust (North Wyvernham Diabetic Eye Screening Programme)"),
        ("Partner organisations", "Wyvernham East Primary Care Network; Wyvernham Local Optical Committee; Wyvernham City Council (Public Health)"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
        ("Submitted by", "Programme Manager, North Wyvernham Diabetic Eye Screening Programme"),
    ],
    primary_entrant=dict(name="Wyvernham Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Wyvernham East Primary Care Network", type="primary_care"),
        dict(name="Wyvernham Local Optical Committee", type="primary_care"),
        dict(name="Wyvernham City Council", type="local_authority"),
    ],
    sections=[
        ("context", "The safety issue", """
Diabetic retinopathy is one of the commonest causes of sight loss in people of working age, and it
can be treated very successfully if it is found early. That is the whole point of diabetic eye
screening. Everyone with diabetes aged 12 and over is invited for photographs of the back of the eye
every one or two years, and anyone with changes that threaten their sight is referred to the hospital
eye service. The programme only works if people come.

Our programme covers around 41,000 people with diabetes. Overall attendance is reasonable, but the
figures hide a group who have not been screened for two years or more. In April 2022 there were 5,870
of them. When we looked at who they were, they were not spread evenly. They were concentrated in the
eastern half of the city, in the wards with the highest deprivation, and they were more likely to be
men of working age, people who work shifts or drive for a living, people whose first language is not
English, people with a learning disability or serious mental illness, and people with no settled
address.

Our invitation letters were part of the problem. The list of people with diabetes comes from GP
records, and around one in twenty addresses on it was out of date. Letters went to old addresses, were
written only in English and offered a clinic at the hospital eye unit in the day. People who did not
reply were sent a second letter and, after that, the GP practice was told. Most practices had no
system for doing anything with that information.

We also found people who had been wrongly suspended from screening, for example marked as 'medically
unfit' years before because they were ill at the time, and never put back on the list.

What finally made us act was a case in the autumn of 2021. A man in his forties, a taxi driver, had
missed four screening invitations over five years. He came into the eye casualty department with a
bleed inside the eye from proliferative retinopathy and has permanent sight loss in that eye. He could
no longer drive for a living. He told us later he had thought the letters were 'just a check-up' and
that he could not take a morning off work.

Second Look was set up in 2022 by the screening programme, the primary care network for the east of
the city (eleven GP practices), the local optical committee, which represents the community
optometry practices, and the council's public health team. It has four parts:

- a monthly cleanse of the GP list against the NHS demographic service, with practices checking every
  address that does not match and every person who is suspended;

- a phone call from the practice's care coordinator to anyone who has missed two invitations, in
  their own language where possible, to book an appointment at a time that suits them;

- evening and Saturday screening clinics in six community optometry practices across the east of the
  city, run by our screeners using the optometrists' rooms;

- a screening camera taken to places where people already go, including a mosque, a food bank and
  the council's housing advice centre, on a monthly rota.
"""),
        ("evidence", "What has changed", """
We compare the year before Second Look (2021/22) with the second full year (2023/24). All figures come
from the programme's screening software and the national quarterly returns.

<<Q:Of the people who had not been screened for two years or more, 19% attended in 2021/22 and 46%
attended in 2023/24.>> <<Q:Uptake across the eleven practices in the east of the city went from 73.8% to
83.1%, which is now slightly above the rest of the programme.>> <<Q:The proportion of people with a
wrong or out-of-date address on our list fell from 4.9% to 1.2%.>>

The most important measure for us is how advanced the disease is when we find it. <<Q:Among people
screened after a gap of two years or more, the share who already had proliferative retinopathy needing
urgent treatment fell from 14% to 6%.>> That tells us we are finding it earlier.

In the two years, 2,140 people were screened at the evening and Saturday clinics and 690 at the
community venues. Practices reviewed 388 people who had been suspended and 241 were put back on the
list.
"""),
        ("stakeholders", "Involving patients and staff", """
<<P:Before we changed anything, members of the Wyvernham Diabetes Support Group met with us twice and
told us plainly that the letter looked like a bill, and they rewrote it with us so that the first line
says why the test protects your sight.>> <<P:The man whose story is told above agreed to record a short
video for the practice websites, and it was his idea to say in it that the appointment takes about
half an hour.>> <<P:People who attended the first food bank sessions were asked what would have stopped
them coming, and because several said they could not drive home after the drops, we now tell people
before the day and ask the food bank volunteers to point out the bus stop.>>

<<S:Care coordinators in the practices wrote the phone script themselves after the first month, because
the version we gave them was too long and people hung up.>> <<S:Our screeners and graders tested the
camera in each optometry practice and agreed the layout with the optometrists, and it was the
screeners who asked for Saturday clinics after seeing how many people cancelled evening slots in
winter.>> <<S:The local optical committee's board helped pick the six practices and worked out the
rent and cover with the practice owners.>>

The council's interpreting service, community health champions and the housing advice centre staff
helped us reach people, and their teams were given a short briefing on why screening matters.
"""),
        ("value", "Value for money and experience", """
The optometry sessions cost the programme a room fee of £45 per evening, paid from our existing budget.
The camera at community venues uses equipment we already had. The care coordinators were already in
post. The council contributed £18,000 for translated materials and the video.

One laser or injection course for advanced retinopathy costs several thousand pounds, and sight loss
costs far more, in lost work, benefits and support. People tell us the optometry clinics are easier to
get to, and screeners like the change of scene.
"""),
        ("spread", "Sharing and spread", """
The two other primary care networks in the city started the care coordinator calls in 2024. The regional
screening quality assurance team asked us to present Second Look at its network meeting, and two other
programmes in the region are now running clinics in optometry practices. We have shared the letter,
the phone script and the video with the national diabetic eye screening programme.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I578  men under surveillance for a small abdominal aortic aneurysm lost to
#       follow-up - pdf - CAPS headings - AAA screening programme
#       coordinator, terse - hospital trust with the ICB, a GP federation and
#       a neighbouring trust's vascular unit - staff involved - no patient
#       involvement (men sent letters and leaflets, a survey that changed
#       nothing, a plan to recruit a patient representative)
# ---------------------------------------------------------------------------
entry(
    id="I578", format="pdf", layout="caps_headings", topic="aaa_surveillance_lost_to_follow_up",
    project="independent37-nomanmissed-578", pdf_font="LiberationSerif", pdf_align="J",
    title="No Man Missed: one surveillance register for men with small abdominal aortic aneurysms",
    cover=[
        "Tollmarsh University Hospitals NHS Trust - Tollmarsh and Garstow AAA Screening Programme",
        "With: NHS Tollmarsh and Garstow Integrated Care Board; Garstow Primary Care Federation; Garstow General Hospital NHS Trust (Vascular Surgery)",
        "Contact: Programme Coordinator",
    ],
    primary_entrant=dict(name="Tollmarsh University Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="NHS Tollmarsh and Garstow Integrated Care Board", type="icb"),
        dict(name="Garstow Primary Care Federation", type="primary_care"),
        dict(name="Garstow General Hospital NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "BACKGROUND", """
Men are invited for abdominal aortic aneurysm (AAA) screening in the year they turn 65. Most have a
normal aorta and are discharged. Men with a small (3.0 to 4.4 cm) or medium (4.5 to 5.4 cm) aneurysm
stay under surveillance, with an ultrasound scan every year or every three months. At 5.5 cm or more
they are referred to a vascular surgeon, who should see them within two weeks. A large aneurysm that
ruptures kills most men before they reach hospital.

Our programme has about 720 men under surveillance at any time. Surveillance runs for years. During
that time men move house, go into care homes, go into hospital, have other illnesses, and sometimes
decide to stop coming. Two vascular units serve our area, at Tollmarsh and at Garstow, and some men
were being followed up by both the programme and a vascular clinic, and some by neither.

In 2022 we reviewed every man on surveillance. We found 61 who were more than three months overdue for
a scan. Nineteen had moved and their letters were being returned. Eight were in care homes. Six had
been discharged from the Garstow vascular clinic on the assumption that the programme was watching
them, while the programme had closed their record on the assumption that the clinic was. One man with
a 5.1 cm aneurysm had not been scanned for 14 months after moving to a care home; he was admitted with
a rupture and died.

The review showed three gaps. There was no single list of men under surveillance across the programme
and both vascular units. Nobody checked addresses until a letter came back. GP practices did not know
which of their patients were under surveillance, so could not help find them.
"""),
        ("evidence", "RESULTS", """
No Man Missed started in January 2023. A single surveillance register is held by the programme and
shared with both vascular units. It is reconciled every month at a short meeting between the
programme coordinator and the two vascular nurse specialists. Addresses are checked against the NHS
demographic service before every appointment. Every man under surveillance has a code added to his GP
record, and the GP federation runs a quarterly search for men with the code who have not had a scan
in the expected time. Men who are referred at 5.5 cm or more are booked by the programme directly into
the vascular clinic, instead of by letter.

We compare December 2022 with December 2024.

<<Q:Men more than three months overdue for a surveillance scan fell from 61 to 7.>> <<Q:Men with no
clear owner, held by neither the programme nor a vascular clinic, went from 14 found in the first
reconciliation to none in the last six monthly meetings.>> <<Q:The median time from a scan showing 5.5
cm or more to being seen by a vascular surgeon came down from 19 days to 9 days, and the share seen
within two weeks rose from 58% to 94%.>>

The GP federation's search has found 23 men since it started, all of whom were rebooked.
"""),
        ("stakeholders", "INVOLVEMENT", """
<<S:The register was designed by the programme's screening technicians and the two vascular nurse
specialists, who worked out over four meetings which fields each service needed and who would own each
man.>> <<S:Practice managers from the federation tested the search in five practices and asked for it to
produce a simple list with the date of the last scan, which is the version now used.>> <<S:The ICB's
data team built the secure link between the two trusts after the vascular surgeons at Garstow said
they would not use a spreadsheet sent by email.>> <<S:Care home liaison nurses suggested that men in
care homes are scanned in the home with a portable machine, and our technicians now do this.>>

All men under surveillance were sent a letter explaining the register and a leaflet about the signs of
rupture. We sent a short questionnaire to men attending surveillance clinics in 2024; most said they
were happy with the service and no changes were made. We intend to recruit a patient representative
to the programme board in 2025.
"""),
        ("value", "VALUE", """
The register used existing software. The main cost was around 30 hours of the ICB data team's time
and the vascular nurses' time at the monthly meeting. Portable scans in care homes save a hospital
transport journey, which costs about £140 each way. An emergency aneurysm repair costs far more than a
planned one, and most men who rupture outside hospital do not survive.
"""),
        ("spread", "SPREAD", """
The regional AAA screening network has adopted our data fields for a regional surveillance register
template. The GP search has been shared with the other federation in the ICB area. We presented the
work at the national AAA screening conference in 2024.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I579  invasive group A streptococcal infection in homeless hostels - pdf -
#       form table - council consultant in public health, plain - council
#       with UKHSA, a homelessness charity and the community trust's inclusion
#       health nurses - residents, peer advocates and staff involved - no
#       flags
# ---------------------------------------------------------------------------
entry(
    id="I579", format="pdf", layout="form_table", topic="igas_homeless_hostels",
    project="independent37-skindeep-579", pdf_font="DejaVuSans",
    title="Skin Deep: preventing invasive group A strep among people living in Brennock's hostels",
    cover_table=[
        ("Entry title", "Skin Deep: preventing invasive group A strep among people living in Brennock's hostels"),
        ("Award category", "Best Partnership Solution Improving Patient Safety"),
        ("Lead organisation", "Brennock City Council (Public Health)"),
        ("Partners", "UK Health Security Agency (Brennock and Vale Health Protection Team); Harbourlight Homeless Trust; Brennock Community Health NHS Trust (Inclusion Health Nursing Team)"),
        ("Entrant name and role", "Consultant in Public Health, Health Protection and Inclusion"),
    ],
    primary_entrant=dict(name="Brennock City Council", type="local_authority"),
    partners=[
        dict(name="UK Health Security Agency", type="public_other"),
        dict(name="Harbourlight Homeless Trust", type="charity"),
        dict(name="Brennock Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "1. Describe the patient safety problem and what the partnership set out to do", """
Invasive group A streptococcal infection (iGAS) is a serious bacterial infection that can cause
sepsis, necrotising fasciitis and toxic shock. It is far more common among people who are homeless
and people who inject drugs than in the general population, because of open wounds, injecting, poor
access to washing facilities and crowded living. Once it gets into a hostel it spreads between
residents through shared bathrooms, towels, clothing and injecting equipment.

In the winter of 2022/23 Brennock had a cluster of 17 iGAS cases among people who were homeless or
had been recently. Four people died and two had amputations. Most of them had been living in the three
large hostels run by Harbourlight Homeless Trust in the city centre. When UKHSA's health protection team
investigated, almost all of them had had a wound that had been there for days or weeks before they
became seriously ill. Some had been seen by hostel staff, who had no way to get a nurse to look at it
quickly. Some had been to the emergency department and left before being seen. Several had been told to
see their GP, but were not registered with one.

Skin Deep was set up in March 2023 to find and treat wounds early, stop the infection spreading inside
hostels, and get a fast response from health protection when a case happens. The parts are:

- a weekly nurse-led wound clinic in each of the three hostels, run by the inclusion health nurses,
  with a drop-in 'skin check' for anyone who wants one;

- a simple wound register kept by hostel staff, so a nurse is told the same day about any new or
  worsening wound;

- laundry and towel changes, individual toiletries and more cleaning of shared bathrooms, paid for by
  the council;

- a single phone number from the hostels to UKHSA's health protection team when a case is suspected,
  with antibiotics offered to close contacts within 24 hours when UKHSA advises it.
"""),
        ("evidence", "2. What evidence is there that the partnership has improved patient safety?", """
We compare the 12 months before Skin Deep (March 2022 to February 2023) with the 12 months from March
2023 to February 2024, using UKHSA surveillance data and the nursing team's records.

<<Q:iGAS cases among people who were homeless in Brennock fell from 17 to 5, and deaths from 4 to
none.>> <<Q:The average time from a wound first being noticed by hostel staff to a nurse seeing it went
down from 6 days to under 1 day.>> <<Q:Emergency admissions of hostel residents with cellulitis or an
abscess fell by 38%.>> The wound clinics have seen 612 people and made 1,940 wound reviews. Close
contacts were given antibiotics in all five cases where UKHSA recommended it, and there was no
onward spread from any of them.
"""),
        ("stakeholders", "3. How were patients, service users and staff involved?", """
<<P:Residents of the three hostels were asked at their residents' meetings what stopped them getting
wounds looked at, and they said the hostel office was too public, so the clinics now run in a side room
with the door shut.>> <<PS:Two peer advocates employed by Harbourlight, both of whom have injected drugs
and lived in the hostels, helped design the skin check and go round the rooms before each clinic to
tell people it is on.>> <<P:A group of residents chose the toiletry packs, asking for a towel of their
own and socks, which we had not thought of.>>

<<S:Hostel support workers told us the first version of the wound register was too medical, and the
inclusion health nurses rewrote it with them using words like 'red', 'hot', 'smelly' and 'getting
bigger'.>> <<S:Harbourlight's housekeeping team worked with the council's infection prevention nurse to
set the new cleaning rota for shared bathrooms.>> <<S:UKHSA's health protection practitioners and the
hostel managers agreed the phone script and what information the hostel would have ready.>>
"""),
        ("value", "4. Value for money, and the effect on the experience of patients and staff", """
The clinics cost about £52,000 a year in nursing time, funded by the council's public health grant.
Laundry, toiletries and extra cleaning cost about £21,000. A single case of necrotising fasciitis can
mean weeks in intensive care and several operations. Residents say they feel less 'fobbed off', and
hostel staff say they no longer worry that they will be blamed for not noticing something.
"""),
        ("spread", "5. How has the learning been shared, and is the work sustainable?", """
UKHSA has included the wound register and the phone script in its regional guidance for managing iGAS
in homeless settings. Two other councils in the region have asked for our specification. The clinics
are now part of the inclusion health service's standard contract from April 2024, so they do not
depend on one-off money.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I580  outbreaks of adenoviral conjunctivitis in eye casualty and community
#       optometry - docx - numbered questions - ophthalmic nurse consultant,
#       clinical - acute trust ophthalmology with the local optical committee
#       and the ICB - staff involved - no patient involvement (patients given
#       leaflets and texts, a survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I580", format="docx", layout="numbered_questions", topic="adenoviral_conjunctivitis_eye_clinics",
    project="independent37-redeye-580", docx_font="Arial",
    title="Red Eye, Right Place: stopping adenovirus spreading in eye casualty",
    cover=[
        "Harnford and Pellow Bay Hospitals NHS Trust, Ophthalmology Directorate",
        "In partnership with Pellow Bay Local Optical Committee and NHS Harnford and Pellow Bay Integrated Care Board",
        "Entry prepared by the Nurse Consultant in Ophthalmology",
    ],
    primary_entrant=dict(name="Harnford and Pellow Bay Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Pellow Bay Local Optical Committee", type="primary_care"),
        dict(name="NHS Harnford and Pellow Bay Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "1. What was the problem, and why did it need a partnership?", """
Adenoviral conjunctivitis, sometimes called epidemic keratoconjunctivitis, is a highly infectious eye
infection. It spreads on hands, on instruments that touch the eye, and on shared eye drop bottles, and
the virus survives on surfaces for weeks. Most people get better in two or three weeks, but some are left
with blurred vision for months. For patients who have just had eye surgery or who have a corneal graft,
it can be much more serious.

Our eye casualty unit sees around 22,000 attendances a year. In 2022 we had three outbreaks. The largest,
in the autumn, involved 41 patients and 6 members of staff, and we had to close the unit for five days
while it was deep cleaned. Patients were diverted to a hospital 40 miles away. Our investigation found
that many of the people with red, sticky eyes in our waiting room did not need to be in hospital at all.
They had been sent by community optometrists or GPs 'to be on the safe side', and they sat for hours
next to patients who had had cataract or glaucoma surgery the week before. Tonometer heads used to
measure eye pressure were being wiped between patients rather than replaced, and multi-dose drop bottles
were shared across the clinic.

Community optometry practices had similar problems on a smaller scale. They had no shared guidance on
cleaning their equipment after seeing a red eye, and little confidence about managing suspected viral
conjunctivitis themselves.

We could not fix this in the hospital alone, because the patients were arriving from the community.
"""),
        ("evidence", "2. What did you do and what difference has it made?", """
From April 2023 the Red Eye, Right Place pathway has been in place:

- Red eyes are triaged by phone or through the ICB's community urgent eyecare service. Patients whose
  symptoms suggest viral conjunctivitis and who have no red flags are seen by an accredited optometrist
  in the community and given hygiene advice and a follow-up if needed.

- Patients who do need eye casualty are booked into a separate 'red eye' clinic with its own waiting
  area, entrance and equipment.

- Single-use tonometer prisms and single-dose eye drops are used for every patient in eye casualty, and
  the local optical committee arranged a bulk purchase for community practices.

- A one-page decontamination checklist is used in the hospital and in all participating optometry
  practices.

<<Q:Outbreaks of adenoviral conjunctivitis in eye casualty went from three in 2022 to none in 2023 and
2024.>> <<Q:Cases that were probably caught in our unit, according to the infection prevention team's
review, fell from 58 in 2022 to 6 in 2024.>> <<Q:Attendances at eye casualty for red eye fell by 41%
between 2022/23 and 2023/24, as more people were looked after in the community.>> <<Q:Staff sickness
absence due to conjunctivitis fell from 94 days to 11 days.>>

In 2023/24 community optometrists saw 4,860 red eye patients under the pathway, and 9% of them were sent
on to the hospital.
"""),
        ("stakeholders", "3. How were patients and staff involved?", """
<<S:The pathway was written by a group of eye casualty nurses, two consultant ophthalmologists, the
trust's infection prevention nurses and six community optometrists nominated by the local optical
committee, who met every fortnight for three months.>> <<S:Optometrists in the group pointed out that
they would not see red eyes in practice unless they could book a slot that did not disrupt routine sight
tests, and the ICB changed the service specification to allow a protected end-of-day slot.>>
<<S:Healthcare assistants in eye casualty designed the separate red eye waiting area and suggested the
coloured floor tape that now leads patients to it from the main entrance.>> <<S:The sterile services
and procurement teams tested four types of single-use prism before the nurses chose one.>>

Patients attending with a red eye are given a leaflet on hand hygiene and avoiding spread at home, and
since 2024 also receive a text message with the same advice. We carried out a patient experience survey
in the red eye clinic in early 2024 and the results were positive, so the clinic was left as it was. We
would like to involve patients in reviewing the leaflet next year.
"""),
        ("value", "4. What has been the impact on value, and on patient and staff experience?", """
Single-use prisms and drops cost the trust about £23,000 a year more than the old reusable equipment.
Closing eye casualty for five days in 2022 cost considerably more than that in cancelled clinics,
diverted patients and agency cover for sick staff. Each community red eye appointment costs less than
half the price of an eye casualty attendance. Nurses tell us the department feels calmer, and
post-operative patients no longer share a waiting room with people who may be infectious.
"""),
        ("spread", "5. How has the work been shared?", """
The decontamination checklist has been adopted by the optical committees in the two neighbouring ICB
areas. We presented the work at a national ophthalmic nursing conference, and the regional infection
prevention network has used it as an example of managing outbreaks that start outside hospital.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I581  duplicate and merged records in a shared care record - pdf - two
#       column - ICB clinical safety officer, technical - ICB with the acute
#       trust, the community and mental health trust, a GP federation and the
#       county council - staff involved - no patient involvement (a patient
#       panel updated, letters to people whose records were corrected, a plan
#       to involve Healthwatch)
# ---------------------------------------------------------------------------
entry(
    id="I581", format="pdf", layout="two_column", topic="shared_care_record_duplicate_overlay",
    project="independent37-oneperson-581", pdf_font="LiberationSans",
    title="One Person, One Record: finding and fixing duplicate and merged records in the Quarrendon shared care record",
    cover=[
        "Entrant: NHS Quarrendon and Wold Integrated Care Board (Shared Care Record Programme)",
        "Partners: Quarrendon General Hospital NHS Trust; Wold Community and Mental Health NHS Trust; Quarrendon GP Federation; Quarrendon County Council (Adult Social Care)",
        "Written by the Clinical Safety Officer for the shared care record",
    ],
    primary_entrant=dict(name="NHS Quarrendon and Wold Integrated Care Board", type="icb"),
    partners=[
        dict(name="Quarrendon General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Wold Community and Mental Health NHS Trust", type="nhs_trust"),
        dict(name="Quarrendon GP Federation", type="primary_care"),
        dict(name="Quarrendon County Council", type="local_authority"),
    ],
    sections=[
        ("context", "Background", """
The Quarrendon shared care record went live in 2021. It brings together information from 96 GP
practices, the acute hospital, the community and mental health trust and the council's adult social
care system, so that a clinician or social worker can see a person's medicines, allergies, recent
results, care plans and safeguarding alerts in one place. About 9,000 staff now use it each month.

A shared record is only as safe as the matching underneath it. When the same person is held as two
separate records (a duplicate), information is split, and a clinician may see only half of it. When two
different people are joined together in one record (an overlay), the clinician sees someone else's
medicines, allergies or care decisions and may act on them.

We knew duplicates and overlays existed in every source system, but joining the systems made them
visible, and made them more dangerous. In our first year of use there were 22 reported incidents. In one,
a care home nurse looking at the shared record saw an end-of-life medicines plan for a resident who was
not dying; it belonged to another woman with the same name and date of birth whose hospital record had
been merged with hers. In another, a man's penicillin allergy appeared only on a duplicate record
created when he was registered in the emergency department as 'Unknown Male'.

The causes were ordinary: temporary records for unconscious patients that were never merged, 'Baby of'
records for newborns, people who had changed their name, spelling differences, typing errors, and people
without a traced NHS number. Each organisation had its own procedure for merging records, and none
of them told the others when they did it.
"""),
        ("evidence", "Results", """
One Person, One Record began in April 2023. Its parts are a weekly matching report across all source
systems, run by the ICB's data quality team; a shared procedure for investigating and merging records,
with an agreed owner for each pair; a rule that every registration is traced against the national
demographic service before it is saved; a single naming standard for unknown patients; and a monthly
data quality meeting between the organisations.

<<Q:Potential duplicate records in the shared care record fell from 14,200 in April 2023 to 3,100 in
December 2024.>> <<Q:Reported overlay incidents fell from 22 in 2022 to 6 in 2024.>> <<Q:The share of
emergency department registrations with a traced NHS number at the time of registration rose from 81% to
97%.>> <<Q:Temporary 'unknown patient' records still unmerged after seven days went from 112 to 9.>>

Since the start, the data quality team has investigated 9,460 possible matches and merged 6,870 records.
"""),
        ("stakeholders", "Involvement", """
<<S:The merge procedure was written by a working group of registration clerks, ward clerks, GP
practice receptionists, clinical coders and the clinical safety officers from each organisation.>>
<<S:Emergency department reception staff told us that tracing an unconscious patient was impossible at
the desk, so they helped design the naming standard for unknown patients and the alert that prompts the
merge once the person is identified.>> <<S:Practice managers in the federation tested the weekly report
for two months and asked for it to be split by practice, which made it usable.>> <<S:Social care
business support officers found that the council system created a new record every time a person's
address changed, and worked with the supplier to stop it.>>

The ICB's patient panel was updated on the programme at two of its meetings. People whose records were
found to be overlaid were written to when the records had been separated. We intend to ask Healthwatch
to help us write public information about how records are matched.
"""),
        ("value", "Value", """
The data quality team is three full-time staff, funded by the ICB. The matching software was already
part of the shared record contract. Each overlay incident takes many hours to investigate and correct
across organisations, and one wrong decision based on another person's record could cause serious
harm.
"""),
        ("spread", "Spread", """
The naming standard for unknown patients has been adopted by the ambulance service and by both trusts
in the neighbouring ICB. Our merge procedure has been shared with the regional shared care record
programmes, and NHS England's interoperability team has used it as a case study.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I582  registering people who are homeless with a GP so their records
#       follow them - docx - no headings - long - GP with an interest in
#       inclusion health, first person, reflective - primary care network
#       with the borough council's housing options team, a day centre charity
#       and the acute trust - people with lived experience and staff involved
#       - no quantitative evidence (people registered, letters routed, single
#       figures, no earlier figure)
# ---------------------------------------------------------------------------
entry(
    id="I582", format="docx", layout="no_headings", topic="gp_registration_homeless_records",
    project="independent37-anaddress-582", docx_font="Arial",
    title="An Address for Your Health: making sure people who are homeless have a GP record that follows them",
    cover=[
        "Kirkwold Primary Care Network, with Kirkwold Borough Council (Housing Options), The Lantern Project and Kirkwold Hospitals NHS Trust",
        "Written by Dr Hannah Okafor, GP and inclusion health lead for the network",
    ],
    primary_entrant=dict(name="Kirkwold Primary Care Network", type="primary_care"),
    partners=[
        dict(name="Kirkwold Borough Council", type="local_authority"),
        dict(name="The Lantern Project", type="charity"),
        dict(name="Kirkwold Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", None, """
When I started working in Kirkwold eight years ago, I thought the main problem for people who are
homeless was getting an appointment. It took me a while to understand that the bigger problem was
that, as far as the NHS was concerned, many of them did not exist in one place. Their health
information was scattered across temporary registrations, old practices in other towns, hospital
records with different addresses, and sometimes no GP record at all.

People were still being turned away at practice reception desks because they had no proof of address
or photo ID, even though neither is needed to register with a GP. Others were given a 'temporary
resident' registration, which lasts three months, does not bring their old records across and means
that hospital letters and test results are sent back to their previous practice, or nowhere. When a
letter to the address on a record came back 'not known', the practice would eventually remove the person
from its list. Then the next time they were ill, they started again.

It is worth saying how this looks from the other side of the desk. A receptionist who is told by a
practice policy to ask for two forms of ID is not being unkind; she is following the rules she was given.
A hospital clerk who types 'no fixed abode' into the address field has no way of knowing that the
letter will then be printed and posted to an address that does not exist. A practice manager who
removes someone from the list after three returned letters is doing what the list-cleaning guidance
says. Each part of the system was doing its job. The person in the middle was the one who fell through.

The safety problems that come from this are not dramatic one by one, but they add up. Blood results
were not acted on. Repeat prescriptions for epilepsy, diabetes or mental illness ran out and were
restarted in the emergency department with no history. Hospital discharge letters asking the GP to
check kidney function or to continue antibiotics went to a practice the patient had left. Safeguarding
information was lost. In 2022 a man who used the Lantern Project's day centre died of a diabetic
emergency. He had been seen in the emergency department three times in the previous two months, and
each discharge letter went to a different practice, none of which he was registered with.

After his death the Lantern Project's manager, the council's housing options team leader, an emergency
department consultant and I sat down together. We agreed on something simple: every person who is
homeless in Kirkwold should be fully registered with a GP practice, with a record that stays put while
they move around, and every letter and result about them should reach that practice.
"""),
        ("evidence", None, """
An Address for Your Health started in January 2023. All eight practices in the network agreed that
anyone without a fixed address can register using the Lantern Project's address, or the practice's own
address if they prefer. Nobody is asked for ID. One practice, Wellgate Surgery, acts as the lead practice
and offers registration at the day centre every Tuesday morning, with a GP and a nurse there at the same
time. A code for 'homeless or no fixed abode' is added to the record, and practices do not remove anyone
with that code from their list because of returned post without first checking with the day centre.

The hospital's emergency department and the housing options team now check GP registration for every
person who is homeless. If the person is not registered, they are offered a registration there and then
using a short form, which is sent securely to Wellgate. Hospital discharge letters for people with the
code go to the registered practice, and the practice texts the person, or leaves a message at the day
centre, to say there is something to pick up or discuss.

Since the start, 418 people have been fully registered through the day centre sessions and the hospital
and housing forms. Most had previously been on temporary registrations or not registered at all. In a
check of 100 discharge letters in the autumn of 2024 for people with the homeless code, 93 had reached
the right practice. We did not have a reliable way of counting this before the project, so we cannot
say what the figure was in 2022, but the practices and the hospital agree it was much lower.

The practices have also reconciled repeat prescriptions for 156 people whose medicines had been
prescribed in several places. In about a third of these the person had been given the same medicine
by two different prescribers, and in a handful there were combinations that should not have been taken
together, which the network's clinical pharmacists sorted out. Nobody with the code has been removed from a practice list because of
returned post since the agreement started.
"""),
        ("stakeholders", None, """
<<P:The idea of a registration card came from people who use the day centre, who told us at a
Thursday lunch meeting that they were tired of explaining themselves at every reception desk.>> <<P:A
small group of them, who call themselves the Lantern Voices, designed the card with us: it has the
person's name, their practice and the day centre's phone number, and they insisted it should fit in a
phone case.>> <<P:They also tested the short registration form and crossed out three questions they
said would put people off, which we removed.>> <<PS:One of the Lantern Project's support workers, who
was homeless himself for several years, sat on our steering group and helped write the guidance for
reception staff.>>

<<S:Receptionists from four of the practices came to a workshop at the day centre and told us that
their main worry was the practice computer system rejecting a registration without a postcode, so the
federation's IT lead showed them how to use the day centre's postcode and it is now in the guidance.>>
<<S:Emergency department navigators asked for the registration form to be added to their own
electronic system rather than on paper, which the hospital's digital team did.>> <<S:Housing options
officers suggested checking registration at the first housing interview, because that is the one
appointment almost everyone attends.>>
"""),
        ("value", None, """
The project has cost very little in money. The GP and nurse sessions at the day centre are paid for
through the network's additional roles budget, and the other changes used existing staff and systems.
What it has cost is time and persistence, especially at the start. For people who are homeless, a proper
GP record means their results are seen, their medicines are continued, and they can be referred for
screening and vaccinations like anyone else. Practice staff tell us they feel less anxious about
registering people now that there is a clear process. People tell us, in their own words, that they
feel like they count.
"""),
        ("spread", None, """
The ICB has asked the other four networks in the county to adopt the same agreement, and two have done so.
The registration card and the reception guidance are on the ICB's website for any practice to use. We
have shared our experience with the regional inclusion health network and at a national conference on
homeless health. The hospital is now looking at how the same code could be used for people leaving
prison or in refuges, who have many of the same problems.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I583  dental neglect in children - pdf - own headings - consultant in
#       paediatric dentistry, warm - community trust dental service with the
#       county council's children's services, the local dental committee and
#       a parent carer forum - parents involved - no staff involvement
#       (dentists trained, health visitors and school nurses told, a named
#       lead, a survey of dental teams that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I583", format="pdf", layout="own_headings", topic="child_dental_neglect_safeguarding",
    project="independent37-brighterbrush-583", pdf_font="LiberationSans", pdf_align="L",
    title="Smiles Matter: spotting and responding to dental neglect in children in Marrick",
    cover=[
        "Lead: Marrick Community Health NHS Trust, Community Dental Service",
        "Partners: Marrick County Council (Children's Services); Marrick Local Dental Committee; Marrick Family Voices (parent carer forum)",
        "Entry author: Consultant in Paediatric Dentistry",
    ],
    primary_entrant=dict(name="Marrick Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Marrick County Council", type="local_authority"),
        dict(name="Marrick Local Dental Committee", type="primary_care"),
        dict(name="Marrick Family Voices", type="patient_group"),
    ],
    sections=[
        ("context", "The problem", """
Tooth decay is the most common reason for children aged five to nine to be admitted to hospital in
England, and nearly all of it is preventable. In Marrick, our community dental service carries out
around 900 general anaesthetics a year for children who need several teeth taken out. For most of them
the cause is diet, poverty and lack of access to a dentist, not neglect. But for a small number of
children, severe decay is a sign that their basic needs are not being met at home, and it sits alongside
other worries such as missed health appointments, poor school attendance or a parent who is struggling.

Dental neglect was not on anyone's radar. General dental practitioners told us they did not know what
to do if they were worried, other than refer to us. Our own clinicians were not sure when to raise a
concern with children's social care, and when they did, the referral was often rejected because it
said only 'multiple carious teeth'. Children who were 'not brought' to follow-up after their general
anaesthetic were simply discharged back to a dentist they may never have seen.

In 2021 a serious case review in the county looked at a seven-year-old girl who had been neglected over
several years. She had had eleven teeth removed under general anaesthetic at the age of five and had
then missed every dental appointment since. The review found that the dental information was never
shared with her school nurse or her social worker, who were already concerned about her.
"""),
        ("evidence", "What we have achieved", """
Smiles Matter started in September 2022. Every child listed for a dental general anaesthetic now has a
short structured assessment of wider needs, using a tool based on national guidance on dental neglect.
Where there is a concern, the dental service shares it with the child's health visitor or school nurse
and, if needed, makes a referral to children's social care using an agreed form that explains the
level of pain, infection and missed care. Children who are not brought to their follow-up are no
longer discharged. The dental service contacts the family twice, then tells the school nurse or health
visitor, and a 'was not brought' letter goes to the GP.

<<Q:Children needing a second general anaesthetic for dental extractions within two years fell from 11%
of those treated in 2020/21 to 4% of those treated in 2022/23.>> <<Q:Children who were not brought to
their follow-up appointment after a general anaesthetic went down from 38% to 15%.>> <<Q:Referrals to
children's social care from the dental service that were accepted for assessment rose from 3 of 14 in
the year before to 21 of 26 in the first full year.>>

Since the start, 2,130 children have had the wider needs assessment, and 164 concerns have been shared
with health visitors or school nurses.
"""),
        ("stakeholders", "Working with families and staff", """
<<P:Parents from Marrick Family Voices read our first draft of the letter to families and told us it
sounded like an accusation, so they rewrote it with us to explain that we want to help the family get
support, and to give the name of a person they can ring.>> <<P:Two mothers whose children had had
dental general anaesthetics met our team and described how the pre-operative appointment felt rushed,
and as a result the wider needs conversation is now held in a separate room, before the clinical
checks.>> <<P:Family Voices also suggested that we offer parents a free toothbrush and toothpaste pack at
the pre-operative visit, and chose what went in it.>>

All 48 dental practices in the county were sent the dental neglect pathway through the local dental
committee, and 112 dentists and dental nurses attended a training evening. Health visitors and school
nurses were told about the new sharing arrangements through their team briefings. The consultant in
paediatric dentistry leads the work and chairs the monthly review. We sent a survey to practice teams
in 2023 asking what they thought of the pathway, and the replies were positive, so we did not change
it. We plan to set up a dental safeguarding leads network in 2025.
"""),
        ("value", "Value", """
The wider needs assessment takes about ten minutes and is done by dental nurses at the pre-operative
visit. There has been no extra cost beyond the training evening, which was funded by the council.
Each repeat general anaesthetic costs around £1,500 and means another day off school and another
frightening experience for a small child. Families tell us they are glad that someone noticed.
"""),
        ("spread", "Sharing the learning", """
The Marrick Safeguarding Children Partnership has added dental neglect to its multi-agency training.
The pathway has been shared with the two neighbouring community dental services, and we presented it at
the British Society of Paediatric Dentistry's regional meeting.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I584  dental checks before bone-protecting drugs and osteonecrosis of the
#       jaw - docx - rubric headings - oral and maxillofacial consultant and
#       oncology pharmacist, formal - acute trust with the local dental
#       committee, a primary care network and an osteoporosis support group -
#       patients and staff involved - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I584", format="docx", layout="rubric_headings", topic="mronj_dental_checks_antiresorptives",
    project="independent37-jawsafe-584", docx_font="Cambria",
    title="Jaw Safe: dental checks before starting bone-protecting medicines",
    cover=[
        "Ellerby Teaching Hospitals NHS Trust (Oral and Maxillofacial Surgery and Oncology Pharmacy)",
        "Partners: Ellerby Local Dental Committee, Ellerby North Primary Care Network and Ellerby Osteoporosis Support Group",
        "Joint leads: Consultant Oral and Maxillofacial Surgeon; Lead Oncology Pharmacist",
    ],
    primary_entrant=dict(name="Ellerby Teaching Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Ellerby Local Dental Committee", type="primary_care"),
        dict(name="Ellerby North Primary Care Network", type="primary_care"),
        dict(name="Ellerby Osteoporosis Support Group", type="patient_group"),
    ],
    sections=[
        ("context", "Context: the safety problem and the partnership", """
Bisphosphonates and denosumab are used to protect bones in people with osteoporosis and in people with
cancer that has spread to the bone. They are very effective, but they carry a risk of
medication-related osteonecrosis of the jaw (MRONJ), in which an area of jaw bone becomes exposed and
dies, usually after a tooth extraction. It is painful, hard to treat and can lead to infection,
fractures and surgery. The risk is highest in people with cancer receiving high-dose treatment every
month, and it is much lower, though not zero, in people taking tablets for osteoporosis.

The risk can be reduced. Guidance recommends that people have a dental check and any necessary
treatment before they start high-dose treatment, and that everyone is told about the risk and
encouraged to keep seeing their dentist. In practice, in Ellerby, this was rarely happening. Oncology
teams started denosumab at the first clinic visit. Dentists often did not know their patient was
taking it, because it was given in hospital and did not appear on the GP repeat list. Patients told us
nobody had mentioned their teeth.

Our maxillofacial unit was seeing a steady rise in MRONJ. In 2021 we reviewed all 19 new cases seen that
year. Only four had had a dental check before starting treatment, and in eleven the jaw problem followed
an extraction by a dentist who did not know about the medicine.

Jaw Safe began in 2022 as a partnership between the maxillofacial unit, oncology pharmacy, the local
dental committee, a primary care network and a patient support group.
"""),
        ("evidence", "Evidence of improvement", """
The main changes were:

- Oncology prescribing is now paused for two weeks while a dental check is arranged for every patient
  starting high-dose treatment, unless the oncologist decides it cannot wait.

- Ten dental practices signed up to offer an appointment within two weeks for referred patients, and a
  simple referral form goes from oncology pharmacy direct to the practice.

- Hospital-only medicines are added to the GP record as 'hospital prescribed' so that dentists asking
  for a medicines list see them.

- Every patient receives a wallet card to show their dentist.

<<Q:Patients with cancer who had a documented dental check before their first high-dose dose rose from
23% in 2021 to 78% in 2024.>> <<Q:New cases of MRONJ seen by the maxillofacial unit in patients treated
at Ellerby fell from 19 in 2021 to 8 in 2024.>> <<Q:In an audit of GP records in Ellerby North,
hospital-prescribed bone medicines were recorded for 31% of patients in 2022 and for 89% in 2024.>>
Over 1,200 wallet cards have been given out.
"""),
        ("stakeholders", "Stakeholder involvement (patients, staff and partners)", """
<<P:Members of the Ellerby Osteoporosis Support Group told us that the word 'osteonecrosis' frightened
them and that they would rather stop their medicine than risk it, so they worked with us on a leaflet
that explains the risk in proportion.>> <<P:The wallet card was designed with the group and tested by
patients in the oncology day unit, who asked for it to be the same size as a bank card.>>

<<S:Dentists from the local dental committee told us a referral letter from the hospital would be
ignored unless it arrived with a named contact and a direct phone number, and they helped us design the
referral form.>> <<S:Oncology nurses suggested moving the dental question to the pre-assessment
telephone call, which gave two extra weeks for the check.>> <<S:Practice pharmacists in the primary care
network tested the 'hospital prescribed' entry on their systems and found it was not printing on
medicines lists sent to dentists, which the GP system supplier then fixed.>>
"""),
        ("value", "Value for money and impact on experience", """
A dental check costs a few pounds of NHS dental time. Treating one case of MRONJ can involve many
months of clinic visits, antibiotics and sometimes surgery. The two-week pause has not delayed any
treatment for spinal cord compression or other emergencies, because the oncologist can override it.
Patients say they feel better informed, and dentists say they are more confident about extracting teeth
safely when they know what medicines a patient is taking.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I585  suspected mouth cancer referrals from dental practices that go
#       astray - pdf - with appendix - long - head and neck cancer service
#       manager and a consultant, detailed - acute trust with the local dental
#       committee, the ICB and a mouth cancer survivors' group - patients and
#       staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I585", format="pdf", layout="with_appendix", topic="dental_urgent_oral_cancer_referrals",
    project="independent37-nolostreferral-585", pdf_font="LiberationSerif", pdf_align="L",
    title="Every Referral Counts: a safe route for dentists' urgent suspected mouth cancer referrals",
    cover=[
        "Lead entrant: Sellbridge University Hospitals NHS Foundation Trust, Head and Neck Cancer Service",
        "Partners: Sellbridge and Wend Valley Local Dental Committee; NHS Sellbridge and Wend Valley Integrated Care Board; Sellbridge Mouth Cancer Support Network",
        "Prepared by the Head and Neck Cancer Service Manager and the Clinical Lead for Oral and Maxillofacial Surgery",
    ],
    primary_entrant=dict(name="Sellbridge University Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Sellbridge and Wend Valley Local Dental Committee", type="primary_care"),
        dict(name="NHS Sellbridge and Wend Valley Integrated Care Board", type="icb"),
        dict(name="Sellbridge Mouth Cancer Support Network", type="patient_group"),
    ],
    sections=[
        ("context", "The problem", """
Mouth cancer is becoming more common, and the outcome depends heavily on how early it is found. A small
cancer of the tongue or floor of the mouth can often be removed with a modest operation and a good
chance of cure. If it is found a few months later, treatment may mean major surgery, reconstruction,
radiotherapy and lasting problems with speaking and swallowing, and the chance of survival falls.

Dentists are often the first to see a suspicious ulcer, white or red patch or lump. In our area, around
a third of the people we diagnose with mouth cancer are first referred by a dentist rather than a GP.
Dentists should refer these patients on the urgent suspected cancer pathway, so that they are seen
within two weeks and have a diagnosis or all-clear within 28 days.

Until 2023, however, dental practices in Sellbridge and Wend Valley had no reliable way of doing this.
GP practices send urgent cancer referrals through the national electronic referral service, which
tracks every referral and flags it if it is not booked. Dental practices did not have access to it.
Instead they used a mixture of fax, letters and emails to whichever address they had on file. Between
2019 and 2022, the trust moved its head and neck clinics to a new site, changed its referral email
address twice and switched off the last fax machine. Not every practice was told, and some were told
but did not update their templates.

The result was that referrals went astray, and nobody knew. A dentist who posted or emailed a referral
had no confirmation that it had arrived. The hospital had no idea a referral had been sent until the
patient rang to ask about their appointment, if they did. Some dentists asked patients to go to their
GP for a referral instead, which added weeks. Some referrals arrived but were not marked as urgent, or
were missing the information the triage clinician needed, and were sent back.

Our review of 2022 found nine referrals that had been sent by dentists and never received by the
hospital. We only knew about them because the patient or dentist chased them up, so there may have been
more. The longest delay was four months. A man in his fifties had been referred by his dentist in
March 2022 with an ulcer on the side of his tongue that had not healed in three weeks. The referral was
faxed to a number that had been switched off. He assumed no news was good news. By the time he came back
to his dentist in July the ulcer had grown, and he needed part of his tongue removed, a neck dissection
and radiotherapy. He has given us permission to tell his story, and is now one of our partners.

There was a second, quieter problem in dental practices themselves. Practices did not keep a list of
patients they had referred urgently, so if a patient did not get an appointment, nobody at the practice
would notice. Many dentists told us they simply assumed the hospital would be in touch.

We realised that fixing this needed the hospital, dental practices, the commissioner of both, and
patients who had been through it.
"""),
        ("evidence", "What we did and the difference it has made", """
Every Referral Counts was launched in May 2023. It has four parts.

First, a single electronic referral form for dental practices, hosted on the ICB's secure referral
portal, replaced all emails, letters and faxes. The form cannot be submitted without the information
the triage clinician needs, including a description of the lesion, how long it has been present, the
patient's phone number and whether the patient has been told it is an urgent cancer referral. Dentists
can attach a photograph.

Second, every referral is acknowledged automatically when it arrives, and the head and neck cancer
booking team confirms the appointment to the practice within one working day. If a referral is not
booked within two working days, it appears on a daily exception list that the service manager checks.

Third, each practice keeps a simple safety-netting log of urgent referrals, and a named member of the
practice team checks every week that each patient has an appointment. The local dental committee
provided a template.

Fourth, patients are given a short leaflet by the dentist explaining that they are being referred
urgently, why, what will happen next, and who to ring if they do not hear anything within a week.

We compared the 12 months from May 2022 to April 2023 with May 2023 to April 2024, using the trust's
cancer tracking system, the portal's audit log and the service's own log of chased referrals.

<<Q:Dental referrals known to have been sent but never received by the hospital fell from 9 to none.>>
<<Q:The share of dental urgent referrals acknowledged to the practice within one working day went from
about 40%, based on a sample of practices, to 99%.>> <<Q:The median time from the dentist's referral to
the patient's first appointment came down from 23 days to 11 days.>> <<Q:Referrals returned to the
dentist as incomplete or not marked as urgent fell from 47 to 5.>>

Dentists made 538 urgent referrals through the form in its first year. We think the form is easier to
use, and dentists no longer send patients to their GP first.

We are cautious about claiming an effect on cancer stage so soon, because the numbers are small. We will
look at the stage of cancers diagnosed after dental referral over the next three years.
"""),
        ("stakeholders", "Who was involved and how", """
<<P:Four members of the Sellbridge Mouth Cancer Support Network, including the man whose story is told
above, joined our project group and met with us every month for the first six months.>> <<P:They told
us that the most frightening part was not knowing whether anyone was dealing with their referral, and
it was their idea to put 'ring us if you have not heard within a week' in bold on the patient leaflet.>>
<<P:They also tested the wording of the leaflet with other members of the network, who asked us to use
the word 'cancer' rather than hide it, because they said being told the truth helped them take the
appointment seriously.>>

<<S:A group of general dental practitioners and practice managers nominated by the local dental
committee designed the referral form with our triage consultants, and it was the dentists who asked for
the option to attach a photograph, which has turned out to be one of the most useful parts.>>
<<S:Dental nurses in three pilot practices tried the safety-netting log for two months and simplified
it to one line per patient, because the first version was too long to keep up to date.>> <<S:Our
booking clerks pointed out that referrals arriving on Friday afternoons sat until Monday, so the
exception list now runs at 3pm on Fridays as well.>> <<S:The ICB's digital team adapted the referral
portal in response to feedback from practices that the login timed out while they were writing the
referral.>>
"""),
        ("value", "Value for money and impact on patients and staff", """
The referral portal already existed for other dental referrals, so the cost of adding the cancer form
was about £4,000 of development time, paid by the ICB. The exception list and acknowledgement were built
by the trust's information team. There was no cost to practices beyond a few minutes a week to keep the
log.

The difference in treatment between an early and a late mouth cancer is very large. An early cancer may
need a day-case operation. A late cancer may need a major operation with reconstruction, a stay in
intensive care, six weeks of radiotherapy and months of rehabilitation, at a cost of tens of thousands
of pounds, and with lasting effects on the person's life.

Dentists tell us they feel more confident that their patient will not be lost, and the booking team no
longer spends time chasing missing referrals by phone. Patients say the leaflet made them feel looked
after.
"""),
        ("spread", "Sharing and spreading", """
The referral form and the safety-netting log have been adopted by the neighbouring ICB for all dental
practices in its area from April 2024. NHS England's regional dental commissioning team has shared our
approach with other regions, and we presented the work at the regional cancer alliance's early
diagnosis conference. The local dental committee has added urgent referral safety-netting to its annual
practice checklist. We are now using the same approach for dental referrals of suspected jaw bone
tumours and salivary gland lumps.
"""),
    ],
    trailer=[
        ("heading", "Appendix: terms and sources"),
        ("para", "Urgent suspected cancer pathway: a referral for a person with symptoms that may be caused by cancer, who should be seen within two weeks and have a diagnosis or cancer ruled out within 28 days. Safety-netting: checking that a referred patient has received an appointment and following up if not."),
        ("para", "Data sources: Sellbridge University Hospitals cancer tracking system; the ICB referral portal audit log; the Head and Neck Cancer Service's log of referrals chased by patients or practices (2022). The acknowledgement figure for 2022 is an estimate from a telephone survey of 20 practices."),
        ("para", "Contact: Head and Neck Cancer Service Manager, Sellbridge University Hospitals, Marlow Road, Sellbridge SB4 7TQ."),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I586  lost and mixed-up glasses in care homes - docx - bullet lists -
#       PRIVATE domiciliary eye care company is the primary entrant, with the
#       county council's quality team, a care association and the community
#       trust's falls service as partners (ineligible) - clinical director,
#       upbeat - residents and relatives involved - no staff involvement (care
#       staff trained, managers sent guidance, a survey that changed nothing,
#       a plan)
# ---------------------------------------------------------------------------
entry(
    id="I586", format="docx", layout="bullet_lists", topic="care_home_glasses_labelling",
    project="independent37-myglasses-586", docx_font="Calibri",
    title="My Glasses, My Name: making sure care home residents wear their own glasses",
    cover=[
        "Entered by Clearsight Visiting Opticians Ltd",
        "Working with:",
    ],
    cover_bullets=[
        "Orlingford County Council (Adult Social Care Quality Team)",
        "Orlingford Care Association",
        "Orlingford Community Health NHS Trust (Falls Prevention Service)",
    ],
    primary_entrant=dict(name="Clearsight Visiting Opticians Ltd", type="private"),
    partners=[
        dict(name="Orlingford County Council", type="local_authority"),
        dict(name="Orlingford Care Association", type="charity"),
        dict(name="Orlingford Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why it matters", """
- Clearsight provides NHS sight tests and glasses to people who cannot get to a high street optician, including residents of 86 care homes in Orlingford

- poor vision is one of the main causes of falls in older people, and people with dementia often cannot tell anyone that they cannot see

- on our visits in 2022 our optometrists kept finding residents wearing someone else's glasses, glasses for reading being worn all day, glasses so scratched they were useless, or no glasses at all because they had been lost

- glasses were often collected up at night and given back in the morning to whoever was nearest

- in one home a resident with dementia had a fall and broke her wrist two days after being given another resident's glasses with a strong prescription; the glasses were in her pocket when she arrived at hospital

- our records showed one in four pairs of glasses we supplied to care homes was replaced within a year because it was lost or broken

- the falls service and the council's quality team were seeing the same issues in their visits

What we did, from March 2023:

- every pair of glasses we supply now has the resident's name engraved on the arm and a small coloured dot: blue for distance, red for reading, green for all day

- each resident has a one-page 'my glasses' profile in their care plan with a photo of their glasses and what they are for

- a labelled glasses case and a cleaning cloth stay by each resident's bed

- if glasses go missing, the home can book a replacement through a direct line without waiting for the next visit

- the falls service includes a glasses check in every falls assessment in a care home
"""),
        ("evidence", "What changed", """
We ran the scheme in 24 care homes first and compared 2022 with 2024.

- <<Q:residents found wearing someone else's glasses at our visits fell from 17% to 3%>>

- <<Q:glasses replaced within a year because they were lost or broken went down from 26% to 9%>>

- <<Q:falls recorded by the 24 homes fell by 18% over the same period, while falls in homes not yet in the scheme did not change>>

- 3,450 pairs of glasses have been engraved and dotted

- 214 replacements were booked through the direct line
"""),
        ("stakeholders", "Who helped", """
- <<P:residents at two homes tried out four types of label, and chose engraving because the stickers came off in the dishwasher and they could not read the printed tags>>

- <<P:relatives at the Orlingford Care Association's family forum told us that the colour for reading glasses should be red because 'red is for reading', and helped write the 'my glasses' profile>>

- <<P:a resident with macular degeneration asked for the dot to be raised so she could feel it, and we now use raised dots for residents with very poor sight>>

- care staff at all 24 homes were trained on the profile and the colour code

- home managers were sent the guidance through the care association newsletter

- we surveyed care staff after six months; most were happy with the scheme and nothing was changed

- we plan to set up a care home champions group in 2025
"""),
        ("value", "Value", """
- engraving and dots add £2.50 to the cost of a pair of glasses, which we have absorbed

- fewer lost glasses means fewer replacements for the NHS to pay for

- a hip fracture costs the NHS and social care many thousands of pounds

- residents can see better and relatives say they are pleased their family member is wearing the right glasses
"""),
        ("spread", "Spreading the word", """
- the scheme is now running in all 86 homes we visit in Orlingford

- the council has written the 'my glasses' profile into its quality standards for care homes

- we are introducing it in the two other counties where we work

- we shared the colour code with the national optometry body for domiciliary eye care
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I587  sharps injuries among dental students - pdf (via Word) - style
#       headings - university dental school clinical governance lead, formal
#       - services of ONE university (school of dentistry, occupational health,
#       health and safety office, student services) described as partners,
#       no partner organisation (ineligible) - staff involved - no patient
#       involvement (source patients asked for consent to testing, patients
#       told) - no quantitative evidence (injury and training counts, single
#       figures with no baseline, a target)
# ---------------------------------------------------------------------------
entry(
    id="I587", format="pdf", layout="style_headings", topic="dental_student_sharps_injuries",
    project="independent37-sharpsafe-587", render_via="soffice", docx_font="Liberation Serif",
    title="Sharp Practice: reducing and responding to sharps injuries in dental student clinics",
    cover=[
        "Cassley University",
        "A partnership between the School of Dental Sciences, the University Occupational Health Service, the Health and Safety Office and Student Services",
        "Lead: Clinical Governance Lead, School of Dental Sciences",
    ],
    primary_entrant=dict(name="Cassley University", type="university"),
    partners=[],
    sections=[
        ("context", "Background", """
Cassley University's School of Dental Sciences trains around 420 dental, hygiene and therapy
students. From their second year, students treat members of the public in the University's own
teaching clinic on the Westgate campus, under the supervision of clinical tutors. Local anaesthetic
injections, scaling and extractions all involve needles and sharp instruments, and inexperienced
operators are more likely to injure themselves. A needlestick or sharps injury carries a small risk of
passing on a blood-borne virus such as hepatitis B, hepatitis C or HIV, and a much larger risk of
anxiety for the person injured while they wait for results.

In 2022 a review by the School found that the response to injuries was inconsistent. Students did not
always report injuries, either because they were embarrassed or because they did not think a small
scratch mattered. When they did report, the process depended on who was on duty. Some were sent to the
emergency department at the city hospital and waited for hours; some were seen by Occupational Health
the next day, outside the window in which preventive HIV medicine works best. The source patient was not
always asked for consent to a blood test before they left the clinic. Students were also not always
sure whether their own hepatitis B vaccination had worked.

The School, the University's Occupational Health Service, the Health and Safety Office and Student
Services agreed to work together on a single approach, which we called Sharp Practice.
"""),
        ("evidence", "Results", """
Sharp Practice was introduced at the start of the 2023/24 academic year. It has four parts: safer
sharps (single-use safety syringes and a 'no hand re-sheathing' rule in all clinic bays), a one-page
injury protocol displayed in every bay, a direct phone line to Occupational Health during clinic hours
with a same-day assessment, and a check of every student's hepatitis B immunity before they start
clinical work.

In 2023/24, 31 sharps injuries were reported by students. In 27 of them the student was assessed by
Occupational Health within two hours. All 31 source patients were asked for consent to a blood test
before leaving the clinic. No student has needed preventive HIV medicine, and there have been no
infections.

All 420 students had their hepatitis B immunity checked, and 38 who had not responded to vaccination
were given a booster course. All 64 clinical tutors and 22 dental nurses attended a refresher session
on the protocol. The School's target is for every injured student to be assessed within two hours,
and we are not there yet.

We did not collect data in the same way before 2023, so we are not able to compare.
"""),
        ("stakeholders", "Involvement", """
<<S:The injury protocol was drafted by a group of dental nurses, clinical tutors and occupational
health nurses, who walked through a simulated injury in a clinic bay to check that every step could be
done in the time available.>> <<S:The dental nurses said the old sharps bins were mounted too far from
the chair, and the Health and Safety Office moved them to within arm's reach in every bay.>>
<<S:Clinical tutors trialled three types of safety syringe for a term and chose the one that students
found easiest to use with a standard dental cartridge.>>

Students were told about the protocol at their clinical induction and it is included in the
student handbook. Patients attending the teaching clinic are told that students work under
supervision and that, if an injury happens, they may be asked to give a blood sample. Student
representatives were kept informed through the School's staff-student committee.
"""),
        ("value", "Value", """
Safety syringes cost about £9,000 a year more than the conventional syringes they replaced. The direct
line uses existing Occupational Health staff. Fewer visits to the emergency department mean students
miss less teaching, and a well-organised response reduces the anxiety that follows an injury.
"""),
        ("spread", "Spread", """
The protocol has been adopted by the University's School of Medicine for its clinical skills
laboratories. We have shared it with other dental schools through the Dental Schools Council's clinical
governance group.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I588  babies born to mothers with hepatitis B and their vaccine course -
#       docx - reordered (results first, then context, stakeholders, value,
#       spread) - screening midwife, brisk - acute trust maternity with a
#       primary care network, the borough council's public health nursing
#       service and NHS England's screening and immunisation team - mothers
#       and a peer supporter involved - no staff involvement (midwives
#       trained, practices sent a protocol, health visitors told, a survey
#       that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I588", format="docx", layout="reordered", topic="hepatitis_b_infant_vaccination",
    project="independent37-sixdoses-588", docx_font="Georgia",
    title="Six Doses, One Test: protecting babies born to mothers with hepatitis B",
    cover=[
        "Ravensmoor Hospitals NHS Trust, Maternity Services (Antenatal and Newborn Screening Team)",
        "Partners: Ravensmoor Central Primary Care Network; Ravensmoor Borough Council (0-19 Public Health Nursing Service); NHS England Screening and Immunisation Team",
        "Author: Antenatal and Newborn Screening Coordinator",
    ],
    primary_entrant=dict(name="Ravensmoor Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Ravensmoor Central Primary Care Network", type="primary_care"),
        dict(name="Ravensmoor Borough Council", type="local_authority"),
        dict(name="NHS England", type="public_other"),
    ],
    sections=[
        ("evidence", "Results", """
<<Q:Babies of mothers with hepatitis B who completed all their doses on time and had their blood test at
one year rose from 62% for babies born in 2021 to 94% for babies born in 2023.>> <<Q:The share who had the
first dose within 24 hours of birth went from 88% to 100%.>> <<Q:Babies whose 12-month blood test was
missed altogether fell from 21 to 2.>>

Since the start of the project in January 2022, 147 babies have been born to mothers with hepatitis B
in Ravensmoor. Figures are taken from the maternity system, the child health information system and
the screening team's tracking list.
"""),
        ("context", "Background", """
Every pregnant woman in England is offered a blood test for hepatitis B. If she has the infection, her
baby can catch it at birth, and a baby who is infected is very likely to carry the virus for life, with a
high risk of liver disease and liver cancer later. This can almost always be prevented by vaccinating the
baby: a dose within 24 hours of birth, another at four weeks, three more with the routine baby
vaccinations, a final dose at one year, and a blood test at one year to check the baby is not infected.

Ravensmoor has one of the highest rates of hepatitis B in pregnancy in the region, with 40 to 50 babies
born to mothers with hepatitis B each year. Many of the mothers were born abroad, some have recently
arrived, some move between addresses, and some do not speak English.

Our audit of babies born in 2021 showed that only 62% got every dose on time and had the one-year blood
test. The birth dose was given by the maternity unit. The four-week dose was supposed to be given by the
GP practice, but practices were often not told the baby existed until the baby was registered, which
could take weeks. The one-year dose and blood test were often forgotten. Families moved and the
information did not follow them. No single person was following each baby from birth to the first
birthday.

The partnership was set up between the maternity screening team, the primary care network, the council's
health visiting service and the screening and immunisation team. We agreed that the screening
coordinator would keep one tracking list of every baby, with the date each dose was due and given, that
the GP practice would be sent a notification before the baby was born, that health visitors would check
the baby's vaccinations at every contact, and that the one-year dose and blood test would be given
together at a single appointment at the practice, with the blood sample taken by a trained practice
nurse.
"""),
        ("stakeholders", "Involvement", """
<<P:We met a group of mothers with hepatitis B through the Ravensmoor Liver Trust's peer support
group, and they told us many of them had not understood why the four-week dose mattered, because it
was described in the leaflet as a 'booster'.>> <<P:They rewrote the leaflet with us in plain English, and
two of them checked the Romanian and Mandarin translations.>> <<P:A peer supporter from the group, who
has hepatitis B herself and whose son was vaccinated in Ravensmoor, now phones new mothers before their
baby's four-week appointment, which was her own suggestion after she almost missed her son's.>>

All community and hospital midwives were trained on the new notification process. GP practices in the
network were sent the protocol and a reminder card for the baby's red book. Health visitors were told
about the tracking list at their team meeting. We sent a short questionnaire to practice nurses in 2023
about the one-year appointment, and since they were happy with it we kept it as it was. We plan to set
up a small advisory group of practice nurses and health visitors next year.
"""),
        ("value", "Value", """
The vaccine and blood test are already funded nationally. The main cost was about four hours a week of the
screening coordinator's time for the tracking list, which is met from the maternity budget. The cost of
treating one person with chronic hepatitis B over their lifetime runs to many thousands of pounds, and
prevention is almost completely effective if the course is completed. Mothers have told us they feel
less alone.
"""),
        ("spread", "Spread", """
The screening and immunisation team has shared the tracking list and the notification with the other
maternity units in the region, and three have adopted them. The leaflet is being used by the regional
hepatology network.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I589  cervical screening for women who are homeless - docx - form table -
#       short - women's centre manager, plain - women's centre charity with an
#       inclusion health GP practice and the community trust's sexual health
#       service - women with lived experience involved - NO evidence section
#       and no measured change anywhere in the entry - no staff involvement
#       (nurses trained, practice staff told, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I589", format="docx", layout="form_table", topic="cervical_screening_homeless_women",
    project="independent37-ourterms-589", docx_font="Calibri",
    title="On Our Terms: cervical screening for women who are homeless",
    cover_table=[
        ("Name of project", "On Our Terms: cervical screening for women who are homeless"),
        ("Organisation submitting", "Saltmarsh Women's Centre"),
        ("Partner organisations", "Quayside Health Centre (specialist practice for people who are homeless); Saltmarsh Community NHS Trust (Sexual and Reproductive Health Service)"),
        ("Contact", "Centre Manager"),
    ],
    primary_entrant=dict(name="Saltmarsh Women's Centre", type="charity"),
    partners=[
        dict(name="Quayside Health Centre", type="primary_care"),
        dict(name="Saltmarsh Community NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Describe your project", """
Saltmarsh Women's Centre is a day centre for women who are homeless, sleeping rough, sofa surfing or
living in hostels and refuges. Many of the women we see have experienced sexual violence, are
involved in sex work or use drugs. They are at higher risk of cervical cancer than other women, and
are much less likely to have been screened. When we asked the women using the centre in 2023, most of
them had never had a cervical screening test or had not had one for more than five years.

Women told us why. Invitation letters go to addresses they no longer live at. Booking an appointment
means phoning at 8am. The test itself can bring back memories of abuse, and some women had walked out
of appointments in the past after being rushed or not listened to. If a result was abnormal, the
follow-up letter often never reached them, and they missed colposcopy.

On Our Terms started in January 2024. Every other Wednesday, a nurse from the sexual health service runs
a women-only clinic at the centre, in a room the women chose. Women can drop in without an appointment,
come back as many times as they want before deciding to have the test, bring a support worker or
friend, and take the test themselves with a self-sampling kit if they prefer. The nurse and our support
workers make sure any result, and any follow-up appointment, is given to the woman in person at the
centre. Quayside Health Centre, which registers many of the women, updates their records and makes sure
the recall system knows where to find them.

The safety problem we were trying to fix is not only that women were not screened. It is that women who
were screened, or who had symptoms such as bleeding, were lost between services, and nobody noticed.
We wanted a clinic where a woman's result, and the next step, could not go astray.
"""),
        ("stakeholders", "Who was involved?", """
<<P:The clinic was designed by a group of eight women who use the centre, who met with us over four
sessions and decided everything from the time of day to the colour of the room.>> <<P:They asked for a
'no questions' rule, so women are not asked about their housing or drug use at the clinic unless they
want to talk about it.>> <<P:Two of the women now help run the waiting area on clinic days as
volunteers and talk to other women about what to expect.>>

The sexual health nurses were trained in trauma-informed care before the clinic began. Quayside Health
Centre's staff were told about the clinic and how results would be passed on. We hope to bring the
nurses and our support workers together next year to look at how the clinic could be extended to the
refuge.
"""),
        ("value", "What difference has it made to women, staff and value for money?", """
Since January 2024, 63 women have had a screening test at the centre, and 9 needed a colposcopy, all of
whom attended. For many this was their first test ever. The clinic costs the sexual health service one
nurse session a fortnight, and the self-sampling kits are provided free by the screening programme.
Women tell us they felt in control, and our support workers say it has helped them talk to women about
their health more generally.
"""),
        ("spread", "How will you share and sustain the work?", """
The sexual health service has agreed to continue the clinic through 2025. We have shared our approach
with two other women's centres in the region and with the local cervical screening programme board.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I590  measles exposures in an emergency department - docx - style
#       headings - infection prevention doctor, formal - acute trust with
#       UKHSA, the city council's public health team and a primary care
#       network - parents, young people and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I590", format="docx", layout="style_headings", topic="measles_emergency_department_exposure",
    project="independent37-spotstop-590", docx_font="Cambria",
    title="Spot It, Stop It: reducing measles exposures in the emergency department",
    cover=[
        "Wendale Royal Hospital NHS Foundation Trust",
        "with the UK Health Security Agency (West Wendale Health Protection Team), Wendale City Council Public Health and Wendale North Primary Care Network",
        "Submitted by the Infection Prevention and Control Doctor and the Emergency Department Matron",
    ],
    primary_entrant=dict(name="Wendale Royal Hospital NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="UK Health Security Agency", type="public_other"),
        dict(name="Wendale City Council", type="local_authority"),
        dict(name="Wendale North Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "Background and rationale", """
Measles is one of the most infectious diseases known. A person with measles can infect nine out of ten
unvaccinated people who share the same air, and the virus stays in the air of a room for up to two hours
after they leave. It can cause pneumonia, encephalitis and death, and it is especially dangerous for
babies under one, pregnant women and people with weak immune systems, the very people who are often
sitting in a hospital waiting room.

Vaccination rates in parts of Wendale have fallen well below the level needed to stop outbreaks. In late
2023 and early 2024 the city had its largest measles outbreak for a decade, with more than 140 confirmed
cases. Many children with measles were brought to our emergency department by worried parents, often at
night when they had a high fever and a rash.

Our department was not set up for this. Children with a rash and fever waited in the main children's
waiting room, often for several hours, before anyone thought of measles. Each case seen in the
department led to a large contact tracing exercise: every patient, visitor and member of staff who had
been in the waiting area in the same period had to be identified, their immunity checked and, for the
vulnerable, preventive treatment with immunoglobulin arranged within six days. In January 2024 a single
case led to 112 contacts being traced, including two pregnant women and a baby of four months who went on
to develop measles. Staff immunity records were incomplete, and several staff had to be excluded from
work for three weeks after an exposure because their immunity could not be confirmed.

We could not stop measles arriving at our door, but we could stop it spreading once it was there, and we
could help stop it arriving in the first place.
"""),
        ("evidence", "Evidence of impact", """
Spot It, Stop It was introduced in February 2024. Its main parts are:

- a 'rash and fever' question at the front door, asked by the streaming nurse or the reception team,
  with children who answer yes taken straight to a side room with the door closed;

- a side room in the children's emergency department set aside for suspected measles, with a mask
  provided for the child and parent;

- a direct line from the department to UKHSA's health protection team, and a shared list of contacts
  that UKHSA and our infection prevention team work from together;

- a staff immunity check for everyone working in the emergency department, with MMR vaccination offered
  by occupational health on the spot;

- a catch-up MMR offer from the primary care network to every unvaccinated child and sibling identified
  through the department, with the council's immunisation outreach team visiting families who did not
  respond.

We compared the outbreak period before the changes (October 2023 to January 2024) with the period after
(February to May 2024), during which the number of measles cases in the city stayed high.

<<Q:The average number of contacts per confirmed measles case seen in the department fell from 74 to 9.>>
<<Q:The median time from arrival to isolation for children later confirmed to have measles went from 2
hours 10 minutes to 12 minutes.>> <<Q:Cases of measles acquired in the department, identified by UKHSA,
fell from 7 to none.>> <<Q:Emergency department staff with documented immunity to measles rose from 71%
to 98%, and staff days lost to exclusion after an exposure fell from 186 to 14.>>

The primary care network gave 1,340 catch-up MMR doses to children and young people identified through
the department and the outreach team between February and December 2024.
"""),
        ("stakeholders", "Involvement of patients, families and staff", """
<<P:Parents on the children's emergency department's parent panel helped us word the rash and fever
question and the signs at the entrance, and asked for pictures of rashes on darker skin, which we had not
included.>> <<P:Members of the trust's Youth Forum made a short video for the waiting area explaining why
a child with a rash might be asked to wait in a separate room, because they said parents would otherwise
feel their child was being singled out.>> <<P:Two families from a community with low vaccination rates
agreed to meet the primary care network's immunisation lead and explained that they did not trust
letters, so the catch-up offer now comes through a phone call from a nurse who speaks their language.>>

<<S:Reception staff in the emergency department told us they were not comfortable deciding who had a
rash, so the question is asked by reception but the decision to isolate is always made by the streaming
nurse.>> <<S:Nurses and doctors in the department tested the side room arrangements in a simulation and
moved the mask station from the door to the reception desk.>> <<S:UKHSA's health protection
practitioners and our infection prevention nurses designed the shared contact list together after the
January outbreak, when both teams had been working from different spreadsheets.>>
"""),
        ("value", "Value", """
The main costs were the staff immunity checks and vaccines, met from occupational health's budget, and
the outreach team's time, funded by the council. Each large contact tracing exercise takes hundreds of
hours of staff time across the hospital and UKHSA, and immunoglobulin is expensive and in short supply.
A baby admitted with measles can spend weeks in hospital. Staff tell us they feel safer, and parents say
they understand why their child is being asked to wait apart.
"""),
        ("spread", "Spread", """
UKHSA has shared our front door question and shared contact list with every emergency department in the
region. The approach has been adopted by the trust's adult emergency department and by its urgent
treatment centre. We presented the work at the regional infection prevention network and at a national
paediatric emergency medicine meeting.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I591  bloodstream infections from cannulas put in by ambulance crews - pdf
#       - numbered questions - ambulance service consultant paramedic,
#       straightforward - ambulance service with two acute trusts - staff
#       involved - no patient involvement (patients as beneficiaries, patients
#       not involved in this phase, a plan to take the work to the patient
#       panel)
# ---------------------------------------------------------------------------
entry(
    id="I591", format="pdf", layout="numbered_questions", topic="ambulance_cannula_bloodstream_infection",
    project="independent37-onlyifneeded-591", pdf_font="DejaVuSans", pdf_align="L",
    title="Only If Needed: reducing bloodstream infections from cannulas inserted before hospital",
    cover=[
        "Entrant: Northvale Ambulance Service NHS Trust",
        "Partners: Stanmoor General Hospital NHS Trust and Kellow Bridge Hospitals NHS Foundation Trust",
        "Lead author: Consultant Paramedic (Quality and Infection Prevention)",
    ],
    primary_entrant=dict(name="Northvale Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Stanmoor General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Kellow Bridge Hospitals NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "1. What problem were you trying to solve?", """
Paramedics insert an intravenous cannula, a small plastic tube in a vein, so that they can give fluids
or medicines on the way to hospital. It is a routine part of the job. But a cannula is also a way for
bacteria to get into the blood, and cannulas put in at the roadside, in the back of a moving ambulance
or in a cramped bathroom carry a higher risk of infection than those put in on a ward. The most serious
infection is Staphylococcus aureus bacteraemia, which can lead to sepsis, infection of heart valves or
bones, and death.

In 2022 the infection prevention teams at Stanmoor and Kellow Bridge noticed that several of their
Staphylococcus aureus bloodstream infections had been traced to a cannula inserted before the patient
arrived. When they looked back over the year, they found 14 cases where a cannula placed by an ambulance
crew was the likely source. Two of the patients died.

The reviews showed the same things again and again. Many of the cannulas had never been used: they were
put in 'just in case', and then left in. Often there was no date or time on the dressing, so the ward did
not know how long it had been there, and it stayed in for days. Skin cleaning before insertion was not
always done properly, and the type of skin wipe varied between ambulance stations. The hospital had no
record of who had inserted the cannula and did not tell the ambulance service when an infection was
found.
"""),
        ("evidence", "2. What did you do, and what is the evidence of improvement?", """
Only If Needed started in April 2023. The changes were:

- a clear rule in the ambulance service's clinical guidelines that a cannula is only inserted if the
  crew expects to give something through it before arrival, with examples;

- one skin cleaning product (2% chlorhexidine in 70% alcohol) on every vehicle, with a 30-second scrub
  and 30 seconds to dry;

- pre-printed dressings with a space for the date, time and crew number, and the same information on the
  electronic patient record;

- a rule at both hospitals that any cannula inserted before arrival and not used in the emergency
  department is removed, and any that is kept is replaced within 24 hours;

- every Staphylococcus aureus bloodstream infection linked to a pre-hospital cannula is reported back
  to the ambulance service, which reviews it with the crew.

Results for the 12 months before and the 12 months after:

<<Q:Staphylococcus aureus bloodstream infections linked to a cannula inserted by an ambulance crew fell
from 14 to 4 across the two hospitals.>> <<Q:The share of patients arriving with a cannula that had not
been used before arrival went down from 46% to 21%.>> <<Q:Cannulas arriving with the date and time of
insertion recorded rose from 35% to 88%.>> <<Q:Pre-hospital cannulas still in place after 24 hours in
hospital fell from 29% to 6% in the emergency department and ward audits.>>

Crews inserted around 41,000 cannulas in the second year.
"""),
        ("stakeholders", "3. How were patients and staff involved?", """
<<S:The guideline was written by a working group of paramedics, emergency care assistants, emergency
department nurses and the infection prevention nurses from both hospitals.>> <<S:Paramedics in the group
pushed back on the first draft, which listed conditions where a cannula should never be inserted, and
the group rewrote it as a positive rule about what the cannula will be used for.>> <<S:Make-ready
operatives, who restock the vehicles, pointed out that three different skin wipes were being ordered
across the stations and worked with procurement to stock only one.>> <<S:Emergency department nurses at
Kellow Bridge tested the pre-printed dressing and asked for larger writing space because the first
version could not be read once it was on the arm.>>

The patients who benefit are mostly older and acutely unwell, and patients were not involved in this
phase of the work. We plan to present it to the ambulance service's patient panel in 2025 to ask how we
should explain to patients why a cannula may not be needed.
"""),
        ("value", "4. What is the value for money and the impact on experience?", """
Fewer cannulas means fewer cannulas bought and less clinical waste. The pre-printed dressings cost
slightly more than plain ones, about £3,000 a year extra across the service. Each Staphylococcus aureus
bloodstream infection means at least two weeks of intravenous antibiotics and a longer hospital stay,
often much longer, costing many thousands of pounds. Patients avoid a needle they did not need. Crews say
the rule has taken away the pressure to cannulate 'just in case'.
"""),
        ("spread", "5. How has the work been shared?", """
The two other acute trusts that receive our patients have now signed up to the same removal rule and
feedback. The national ambulance infection prevention group has asked for our guideline and dressing
design, and we have presented the work at the national ambulance research conference.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I592  spotting physical deterioration in residents of homeless hostels -
#       pdf - no headings - housing charity's head of health and wellbeing,
#       first person plural, candid - the charity's own hostels and nurse,
#       with no partner organisation (ineligible) - residents and staff
#       involved - no quantitative evidence (checks, escalations and stories,
#       no earlier figures)
# ---------------------------------------------------------------------------
entry(
    id="I592", format="pdf", layout="no_headings", topic="homeless_hostel_deterioration_soft_signs",
    project="independent37-lookingout-592", pdf_font="LiberationSerif", pdf_align="J",
    title="Looking Out for Each Other: spotting when a hostel resident is becoming unwell",
    cover=[
        "Anchorway Housing and Support (registered charity)",
        "Entry from our Health and Wellbeing Team, on behalf of our three hostels in Garnet Street, Millbrook Road and St Anne's Yard",
    ],
    primary_entrant=dict(name="Anchorway Housing and Support", type="charity"),
    partners=[],
    sections=[
        ("context", None, """
Anchorway runs three supported hostels with 164 beds between them for single adults who have been
homeless. Our residents are young in years but old in health. The average age of death of people who
are homeless in this country is in the mid-forties. Many of our residents have liver disease, chronic
lung disease, epilepsy, diabetes, leg wounds, serious mental illness, or a combination, and most use
drugs or alcohol. They often do not go to the doctor until they are very ill, and when they do go they
may leave before being seen.

Our staff are support workers, not nurses. They are the people who see residents every day. But until
recently they had no way to judge whether someone was becoming physically unwell, and no clear idea of
what to do about it. A resident who stayed in their room all day, stopped eating or seemed more confused
than usual might be having a bad day, or might be developing sepsis, a chest infection or liver failure.
Staff would write it in the handover book and hope the next shift would notice.

Between 2021 and 2022 four of our residents died in their rooms of physical illness. In each case, when
we looked back, staff had noticed something was wrong in the days before: one man was yellow and not
eating, one woman was breathless on the stairs, one man had a leg wound that smelled, and another had
stopped coming down for his methadone. Nobody had put it together, and nobody had called for help in time.
"""),
        ("evidence", None, """
In 2023 we introduced what we call the Looking Out check. It is based on the 'soft signs' tools used in
care homes, adapted for our residents. Support workers do a short welfare check on every resident at
least once a day, and use a card with eight simple questions: are they eating and drinking, are they
more sleepy or confused than usual, are they breathless, have they got a wound that is worse, are they
yellow, have they missed their medication or prescription, are they in pain, and has anyone else said
they are worried about them. Any 'yes' is recorded on our housing management system, and two or more
'yes' answers, or any one of the serious ones, means the worker calls our health and wellbeing nurse in
the day or NHS 111 at night, and stays with the resident until a decision is made.

We also employed our own nurse, funded by a charitable trust, who works across the three hostels, sees
residents who have been flagged, and helps them get to the GP or hospital.

In the first eighteen months, staff recorded 41,600 welfare checks. 312 residents were flagged, and the
nurse or 111 saw all of them. 58 residents were sent to hospital, where 37 were admitted, including
people with sepsis, pneumonia, a bleed from varicose veins in the gullet, and diabetic ketoacidosis. We
believe several of them would have died in their rooms without the check. We did not record this kind
of information before 2023, so we cannot give a comparison.
"""),
        ("stakeholders", None, """
<<P:We did not want residents to feel spied on, so before we started we held meetings in each hostel,
and the residents' group at Garnet Street told us to call it 'looking out' rather than 'monitoring', and
to ask them first, every time, if it was all right to do the check.>> <<P:Residents also added the
question about whether anyone else is worried, because they said friends in the hostel often know first
when someone is not right.>> <<P:One resident, Pete, who had been admitted with sepsis the year before,
helped us train staff by talking about how he felt in the days before he collapsed.>>

<<S:Support workers in all three hostels tested the first version of the card for a month, and told us
it had too many questions and used medical words, so they cut it to eight and rewrote them in their own
language.>> <<S:Night staff said they would not feel confident calling 111 without knowing what to say,
so they wrote a short script with our nurse that is now pinned up in every office.>> <<S:Our
maintenance team suggested a 'door knock' log so that residents who do not answer are checked again
within two hours, which we added.>>
"""),
        ("value", None, """
The check costs nothing except staff time, which is part of the daily welfare visits our staff already
make. The nurse post costs £46,000 a year. Every resident who is sent to hospital in time, rather than
found dead or collapsed, is a life, and also avoids the cost of an emergency admission to intensive care.
Staff tell us they feel less helpless, and residents tell us they feel looked after.
"""),
        ("spread", None, """
We have shared the card and the script with two other housing charities in the county, and one is now
using it. We would like to work with the local hospital and GP practices in future, so that residents
who are flagged can be seen more quickly, but so far this has been our own project, run and paid for by
Anchorway.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)
