"""Ninety-ninth independent evaluation set (I1569..I1584) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The entries
are meant to be ordinary: the kind of thing hospital pharmacy teams, local pharmaceutical
committees, care associations, GP federations, councils, charities and the odd company send
in, in their own voices and at their own length.  The theme of this set is pharmacy and
medicines across boundaries: hospital discharge medicines, care home medicines rounds,
community pharmacy new medicine service, and opioid and gabapentinoid deprescribing.

Topics (lead's type and layout): discharge medicines referrals from hospital that community
pharmacies never opened (an acute trust with a local pharmaceutical committee, an ICB and a
patients' forum, own headings), care home medicines rounds that run into one another (a care
association, bold headings with a cover table), new medicine service calls for older people
newly started on antidepressants (a local pharmaceutical committee with a mental health trust
and a university, numbered questions), peer-supported tapering of gabapentin and pregabalin
(a chronic pain charity, no headings, long), opioid tapering through community pain cafes (a
university lead, two columns), video medicine prompts for people going home from hospital (a
private digital health company as primary entrant, lists), a pharmacist visit within three days
for care home residents coming back from hospital (an integrated care board, a short form with
a cover table, no evidence section), the first review of new opioids after a fracture (a GP
federation, CAPS headings), anticoagulant counselling before discharge by pharmacy technicians
(departments of one trust, no partner, rubric headings), 999 calls for opioid and gabapentinoid
toxicity passed to practice pharmacists (an ambulance service, sections in an unusual order,
no spread section), medicines support in extra care housing (a council adult social care
team, a pdf made from Word), the new medicine service for people with a learning disability
(a learning disability charity, with appendix), electronic medicines round records in care
homes (a private care home group as primary entrant, numbered questions), an opioid and
gabapentinoid prescribing dashboard for all practices (an integrated care board, a form with
a cover table), the gap when a hospital's two-week discharge supply runs out (a primary care
network, lists) and translated medicine schedules for people leaving hospital who do not
read English (a refugee and migrant health charity, style headings).

Build it with

    .venv/bin/python data/independent/build.py --set 99   (writes data/corpus/independent99/)

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
    numbers trained, activity counts (visits, calls, referrals, reviews, checks, people
    screened or identified), single figures with no baseline, a zero with no earlier
    figure, figures that did not change, budgets, costs and savings estimates, phone
    numbers, postcodes, reference numbers, targets not yet reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    ('halved', 'a third fewer', a sustained shift on a run or SPC chart);
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, volunteers with lived experience, unusual names for
    the people involved, list items), wherever in the entry it is told; a volunteer or
    peer worker with lived experience, employed by a partner, who helped design the work
    is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance services are emergency_service; GP
practices, GP federations, primary care networks and local pharmaceutical committees are
primary_care; patients' forums and self-advocacy groups are patient_group; care
associations and health charities are charity; a university is university; digital health
companies and care home groups are private).  A department or team of the entrant's own
organisation is not a partner.  Flags are written by hand and build.py cross-checks them
against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1569  discharge medicines referrals never opened by community pharmacies -
#        pdf - own headings - acute trust lead pharmacist, measured - acute
#        trust with the LPC, the ICB and a patients' forum - patients and
#        staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1569", format="pdf", layout="own_headings", topic="discharge_medicines_service_referrals",
    project="independent99-handedon-1569", pdf_font="LiberationSans", pdf_align="L",
    title="Handed On: making sure hospital discharge referrals reach a community pharmacist who acts on them",
    cover=[
        "Lead organisation: Ferrington and Holme Hospitals NHS Foundation Trust (Pharmacy and Medicines Optimisation)",
        "Partners: Ferrington Local Pharmaceutical Committee; NHS Ferrington and Wolds Integrated Care Board; Ferrington Patients' Forum",
        "Submitted by the Lead Pharmacist, Transfers of Care",
    ],
    primary_entrant=dict(name="Ferrington and Holme Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Ferrington Local Pharmaceutical Committee", type="primary_care"),
        dict(name="NHS Ferrington and Wolds Integrated Care Board", type="icb"),
        dict(name="Ferrington Patients' Forum", type="patient_group"),
    ],
    sections=[
        ("context", "Where we started", """
When a patient leaves one of our two hospitals with changes to their medicines, our pharmacy team can send
a referral to the patient's usual community pharmacy through the national Discharge Medicines Service. The
idea is simple. The community pharmacist sees what was started, stopped or changed, checks that the next
prescription from the GP matches, and talks to the patient about their new regime. It is one of the few
routes we have for making sure that the plan written on the ward is still the plan a fortnight later.

In 2022 we were sending around 700 referrals a month and assumed they were doing their job. Then a review
of three incidents made us look harder. In each case an anticoagulant dose had been changed in hospital
and the old dose reappeared on the next repeat prescription. In each case a referral had been sent. In two
of the three, nobody at the pharmacy had ever opened it.

When we looked at the whole picture, the problem was bigger than we expected. Referrals were going to the
wrong pharmacy because the nominated pharmacy on the patient's record was out of date. Some went to
pharmacies that had changed owner and whose new staff did not check the inbox. Many arrived with a
discharge letter attached but no clear statement of what had changed, so a busy pharmacist had to read
four pages to find the one line that mattered. And we never heard back, so we had no idea which referrals
were completed.

We also realised that the referral was only as good as what happened on the ward before it was sent. A
referral written at six in the evening by a pharmacist covering three wards, for a patient already in the
discharge lounge, tended to contain whatever the discharge letter said and nothing more. The reason for a
change, which is the part a community pharmacist most needs, was often missing altogether.

None of the organisations involved could fix this alone. We could improve what we sent, but not whether
it was read. The LPC could encourage pharmacies to check their inbox, but not make the referrals clearer.
The ICB held the contract for the primary care network pharmacists who could act as a safety net, and it
also held the data on readmissions that would tell us whether any of this made a difference.
"""),
        ("evidence", "What the data shows", """
Since the relaunch in May 2023 every referral carries a short 'what changed and why' box at the top, and
the patient is asked on the ward which pharmacy they actually use. The LPC runs a weekly report of
referrals not opened within three working days and calls the pharmacy. The ICB pays for a small amount of
pharmacist time in each primary care network to pick up referrals where the pharmacy cannot.

<<Q:The share of referrals opened by the community pharmacy within three working days rose from 46% in
the six months before the relaunch to 91% in the most recent six months.>> <<Q:Completed referrals, where
the pharmacist has checked the first post-discharge prescription and spoken to the patient, went from
about a quarter to just under three quarters.>>

<<Q:In our monthly audit of 60 patients four weeks after discharge, the number with at least one
unintended discrepancy between the discharge plan and the GP repeat list fell from 17 to 6.>> Readmissions
within 30 days for the patients referred are being tracked by the ICB and we expect the first full-year
figures in the spring.

We have sent 9,400 referrals since the relaunch.

The weekly chasing report has become a useful early warning in itself. When a pharmacy stops opening
referrals, it is usually a sign of something else: a new locum, a staff shortage or a change of
ownership. The LPC now uses the report to offer support before problems build up.

We have also learned which referrals matter most. Patients whose anticoagulant, insulin or opioid has
been changed, and people going home with a new compliance aid, now have their referral marked as a
priority, and the LPC chases these after one working day rather than three.
"""),
        ("stakeholders", "How we worked with others", """
<<P:Members of the Ferrington Patients' Forum looked at the old referral and the letter patients were given
and told us that neither said in plain words what had changed, which is why the 'what changed and why' box
now comes first and uses the same words on both.>> <<P:Two forum members who had been in hospital that
year rang their own pharmacies with us to test whether the new referral made sense when read out over the
counter.>>

<<S:Community pharmacists on the LPC's working group told us the inbox was checked only when someone
remembered, so together we agreed a named 'referral lead' for each pharmacy and a morning check that is
now part of the LPC's standard operating procedure.>> <<S:Ward pharmacy technicians suggested asking
patients which pharmacy they use at the same time as the medicines reconciliation, and they redesigned the
reconciliation form to include it.>> <<S:The ICB's medicines optimisation pharmacists helped us decide
which referrals should go to the primary care network pharmacist instead, and they wrote the criteria.>>
"""),
        ("value", "Value for money", """
The changes to the referral template cost nothing except staff time. The LPC's weekly chase takes one of
its officers about half a day. The ICB's funding for network pharmacist time is about £38,000 a year
across the county. Each avoided medication-related readmission saves several thousand pounds, and the
avoided harm from a doubled anticoagulant dose is harder to price but very real.

Community pharmacists tell us the referrals are now worth opening. Our ward pharmacists say they trust that
the work they do at discharge will carry on.

There is also a cost we no longer pay in time. Before the relaunch, ward pharmacists regularly took calls
from confused community pharmacists and GP practices asking what had been meant by a discharge letter.
Those calls have become much less frequent, although we have not counted them, and the time saved goes
back into work on the wards.
"""),
        ("spread", "Spreading the approach", """
The 'what changed and why' box has been adopted by the neighbouring acute trust in the same ICB, and the
regional chief pharmacists' network has asked for our weekly chasing report so other LPCs can use it. We
have written a short guide for ward teams and shared it with the national transfers of care group.

What we would tell another trust is that sending a referral is not the same as handing over care. The
change that mattered most was knowing whether each referral had been opened, and having someone whose job
it was to ask when it had not. That needs a hospital, the community pharmacies and the commissioner to
agree who owns each step, and it needs the patient to know what to expect when they next collect their
medicines.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1570  care home medicines rounds running into each other - docx - bold
#        headings with a cover table - care association chair, brisk - care
#        association with a GP federation and the council - staff involved -
#        NO patient involvement (residents as beneficiaries, relatives sent a
#        letter, a residents' meeting only updated, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1570", format="docx", layout="bold_headings", topic="care_home_medicines_round_overlap",
    project="independent99-roundtime-1570", docx_font="Calibri",
    title="Round Time: stopping care home medicines rounds from running into each other",
    cover_table=[
        ("Entry title", "Round Time: stopping care home medicines rounds from running into each other"),
        ("Lead organisation", "Medway Vale Care Association"),
        ("Partner organisations", "South Medway Vale GP Federation (Care Home Pharmacy Team); Medway Vale Borough Council (Adult Social Care Quality Team)"),
        ("Contact", "Pauline Osei, Chair, Medway Vale Care Association"),
    ],
    primary_entrant=dict(name="Medway Vale Care Association", type="charity"),
    partners=[
        dict(name="South Medway Vale GP Federation", type="primary_care"),
        dict(name="Medway Vale Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", "The problem we set out to fix", """
Our association represents 41 residential and nursing homes. Ask any senior carer what the hardest part of
the day is and most will say the morning medicines round. In a 40-bed home one trolley may have to reach
every resident, many of whom take eight or ten medicines, some crushed, some in liquid form, some that must
be given before food. Add a resident who refuses, a phone call from a GP surgery and a relative asking a
question, and the round that starts at eight o'clock can still be going at half past eleven.

Then the lunchtime round starts. Paracetamol given at 11.20am is due again at 12.30pm. A Parkinson's
medicine meant for 8am and noon is given at 10.45am and 12.15pm. Antibiotics meant to be spread over the
day are bunched. When the care home pharmacists from the GP federation looked at records in ten homes in
2022, they found that in some homes the morning round finished less than two hours before the next one
began on most days.

Nobody was doing anything wrong on purpose. The rounds had grown as residents became frailer and
prescribing more complex, and the times printed on the medicines records were the times the pharmacy
system defaulted to, not the times that made sense for each person.

The consequences were not always visible. A resident given two doses of paracetamol too close together
rarely shows harm on the day. A resident with Parkinson's whose medicines drift later each morning may
simply seem stiffer, slower and more likely to choke at lunch, and staff may put that down to the
disease. Our homes reported very few medicines incidents about timing, because nobody saw timing as an
error.

The association could not solve this on its own. Our members needed pharmacists who could change
prescriptions and medicine times with GPs, and they needed the council, which inspects and funds most of
the places, to accept that a safer round might need a second member of staff.
"""),
        ("evidence", "What has improved", """
The federation's pharmacists now review the timing of every resident's medicines when they do the
structured medication review. Medicines that can safely be given once a day are moved to a single time.
Time-critical medicines are listed on a separate coloured sheet and given first. Homes with more than 30
residents split the morning round between two trolleys, with a second trained carer, and the council
agreed that this counts towards staffing in its quality checks.

<<Q:Across the ten homes that started first, the average finishing time of the morning round moved from
11.05am to 9.50am.>> <<Q:Doses of paracetamol given less than four hours apart fell from 63 in the audit
month before the change to 9 in the same month a year later.>> <<Q:Late doses of time-critical medicines,
more than 30 minutes after the prescribed time, went down from 14% of doses to 4%.>>

We have now reviewed the rounds in 29 of our 41 homes.

Homes also report that fewer residents are woken for medicines, because evening and night doses have been
moved where safe, and that the lunchtime round now starts on time on most days. We have not measured this
in a formal way, but managers tell us it is the change staff notice first.

Every home that joins now completes a one-week timing audit before and after its review, using a simple
sheet that the pharmacists designed, so that we can keep track as the work spreads.
"""),
        ("stakeholders", "Who was involved", """
<<S:Senior carers from six homes met with the federation pharmacists over several weeks and timed their
own rounds with a stopwatch, and it was their idea to have a separate coloured sheet for time-critical
medicines.>> <<S:Night staff pointed out that some medicines could be given at 6am without waking anyone,
because those residents were already awake, and the pharmacists changed those times after checking with
GPs.>> <<S:The council's quality officers worked with our home managers to rewrite the staffing guidance
so that a second medicines trolley was not treated as an extra cost to be cut.>> <<S:GPs from the
federation agreed a list of medicines that could be changed to once daily without a full appointment.>>

The changes were made for the benefit of residents, who now have fewer interruptions at meal times. We
wrote to relatives in every participating home to explain why medicine times might change. The plans were
presented at residents' meetings so people knew what was happening. We hope to involve residents and
families in the next stage, on evening rounds.
"""),
        ("value", "Value", """
A second trolley and medicines fridge costs around £1,200 per home, paid from the association's training
and improvement fund. The pharmacists' time was already funded through the federation's care home
contract. Fewer doses given too close together means fewer falls, less drowsiness and fewer calls to GPs.
Staff say the morning is calmer and they have time to sit with residents at breakfast.

The council's quality team has also found that medicines timing, which used to be one of the most common
findings on its monitoring visits, is now raised far less often in the homes that have taken part, which
frees their officers to look at other issues.
"""),
        ("spread", "Spread", """
The remaining 12 homes in the association will complete the review by next summer. The federation has
shared the time-critical sheet with the other two federations in the county, and the council has written
the two-trolley guidance into its care home quality framework.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1571  new medicine service calls for older people starting antidepressants
#        - pdf - numbered questions - LPC chief officer, conversational - LPC
#        with a mental health trust and a university - patients involved
#        (told in the context section, by pronouns), staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1571", format="pdf", layout="numbered_questions", topic="nms_antidepressants_older_people",
    project="independent99-firstfortnight-1571", pdf_font="DejaVuSans", pdf_align="L",
    title="The First Fortnight: community pharmacy follow-up for older people starting an antidepressant",
    cover=[
        "Entrant: Castleford and Airedene Local Pharmaceutical Committee",
        "Working with: Airedene Partnership NHS Foundation Trust (Older People's Mental Health Services) and the University of West Riding School of Pharmacy",
    ],
    primary_entrant=dict(name="Castleford and Airedene Local Pharmaceutical Committee", type="primary_care"),
    partners=[
        dict(name="Airedene Partnership NHS Foundation Trust", type="nhs_trust"),
        dict(name="University of West Riding", type="university"),
    ],
    sections=[
        ("context", "1. Describe the safety problem and why a partnership was needed", """
Older people who start a selective serotonin reuptake inhibitor or a similar antidepressant face a few
specific risks in the first weeks. Sodium levels can drop, which makes people confused, unsteady and prone
to falls. Dizziness and sleepiness are common. Some people feel worse before they feel better, and a few
stop the medicine suddenly. Almost none of this is picked up unless someone asks.

Since 2021 community pharmacies have been able to offer the New Medicine Service to people starting an
antidepressant. In our area take-up among the over-65s was very low. Pharmacists told us they were unsure
how to talk about low mood on the phone, and did not know what to do if somebody said they felt worse.

The idea for the project came from a group that had lived through it. <<P:Nine older people who had started
antidepressants in the past two years met with us at the mental health trust's day centre.>> <<P:They told us
that nobody had warned them about dizziness, that they had felt silly ringing the GP, and that a call from
the pharmacist they already knew would have been welcome.>> <<P:Their account of the first fortnight shaped
the three questions every pharmacist now asks.>> <<P:Two of them then took part in recorded role-plays
that the university used to train pharmacists, playing themselves.>>

The mental health trust's older people's teams saw the other end of this. Some of the people referred to
them had stopped an antidepressant after a few days because of side effects nobody had explained, and had
then been labelled as 'not responding to treatment'. Others had fallen and been admitted with a low
sodium level that was only found in the emergency department. The trust had no way of reaching people in
the first weeks, because most were started on treatment by their GP and never came near a mental health
service.

The university had the skills to evaluate a change properly, and a strong interest in how community
pharmacists could support people with mental health problems. The LPC had the pharmacies. Nobody held all
the pieces.
"""),
        ("evidence", "2. What evidence do you have that the partnership has improved safety?", """
The university evaluated the first 18 months in 47 pharmacies. People over 65 who were given a first
antidepressant prescription were offered a call on day 7 and day 14, with the three questions about
dizziness, falls and mood, and a simple route to an older people's mental health nurse for advice.

In the first full year pharmacists completed 640 New Medicine Service interventions for antidepressants
in people over 65. Of the people called, 58 were advised to have a sodium blood
test, and 11 were found to have a low sodium level.

<<Q:Falls recorded by GPs in the eight weeks after starting an antidepressant, among people over 65 in the
participating practices, went from 7.9% in the year before the project to 5.1% in the first year.>> <<Q:The
proportion who stopped the antidepressant within four weeks without telling anyone fell from roughly one in
five to one in ten.>>

The calls also picked up problems we had not expected. A number of people were taking an over-the-counter
sleeping remedy or a herbal product alongside their new antidepressant, and some were taking their tablet
at night when it was keeping them awake. These were simple to sort out on the phone.

The pharmacists recorded every call on the national New Medicine Service platform, with three extra
fields for the project, so that the university could link the calls with GP records for the evaluation,
with consent.
"""),
        ("stakeholders", "3. How were patients, carers and staff involved?", """
<<S:Pharmacists from twelve pharmacies tested the script over two months and asked for the mood question to
be moved to the end of the call, once people had relaxed, which the university team did.>> <<S:Nurses from
the older people's mental health service agreed to take calls from pharmacists and helped write the advice
sheet on what to do when someone says they feel worse.>> <<S:GP practice pharmacists chose the wording of
the message that appears on the GP record so that practices act on it.>>

<<P:The people who came to the day centre, described above, reviewed the final script and the leaflet.>>
"""),
        ("value", "4. What are the benefits and costs?", """
The New Medicine Service is already funded nationally. The extra cost was the university's evaluation,
which was funded by a small research grant, and the LPC's time in training pharmacists. We estimate that
avoided falls and hospital admissions for low sodium pay for the project many times over.

Pharmacists report feeling more confident to talk about mood. Several told us it was the most rewarding
part of their week.

For the older people's mental health nurses, the advice line has taken about two hours a week. They tell
us that the calls they receive are appropriate and that it has helped them reach people they would
otherwise only have met months later.
"""),
        ("spread", "5. How is the learning being spread?", """
The script and training videos are available free to any LPC. Two neighbouring LPCs have started using them
and the regional NHS England pharmacy team has included the approach in its guidance for the New Medicine
Service. The university has submitted the evaluation for publication.

If we were starting again, we would involve GP practices earlier. The message on the GP record worked
well once the wording had been agreed, but it took several months before every practice knew what it was
and what to do with it. We would also build the falls question into the standard New Medicine Service
template for antidepressants from the beginning.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1572  peer-supported tapering of gabapentin and pregabalin - docx - no
#        headings - long - chronic pain charity director, personal - charity
#        with a primary care network and a community trust - members with
#        lived experience involved - NO staff involvement (practices briefed,
#        pharmacists trained, a named lead doing her job, a plan, a negation)
#        - a claim in words ('halved')
# ---------------------------------------------------------------------------
entry(
    id="I1572", format="docx", layout="no_headings", topic="gabapentinoid_tapering_peer_support",
    project="independent99-steppingdown-1572", docx_font="Georgia",
    title="Stepping Down Together: peer support for people reducing gabapentin and pregabalin",
    cover=[
        "Painwise Northmoor (registered charity), with Northmoor Central Primary Care Network and Northmoor Community Health NHS Trust",
        "Entry written by Helen Gadd, Director, Painwise Northmoor",
    ],
    primary_entrant=dict(name="Painwise Northmoor", type="charity"),
    partners=[
        dict(name="Northmoor Central Primary Care Network", type="primary_care"),
        dict(name="Northmoor Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", None, """
I have lived with back and nerve pain for nineteen years, and for seven of them I took pregabalin. I know
what it is like to be told that a medicine is no longer recommended for your kind of pain and that you
should come off it. I also know what it is like to try, feel the pain and the sleeplessness and the
anxiety flood back within days, and go back to the full dose because nobody told you that would happen or
what to do about it.

Painwise Northmoor is a small charity run by and for people with long-term pain. We have around 600
members across the town and the surrounding villages. Many of them take gabapentin or pregabalin, often
alongside an opioid, and many were started on them years ago for pain that the medicines were never
likely to help much. Both medicines cause drowsiness, dizziness and falls, and in combination with opioids
they increase the risk of slowed breathing and accidental overdose. They are also now controlled drugs,
and some of our members had been frightened by a letter from their surgery saying their prescription
would be 'reviewed' without knowing what that meant.

In 2022 the primary care network began a programme to review everyone on a gabapentinoid. The practice
pharmacists were doing the reviews, but they were finding that people agreed to reduce and then, a few
weeks later, asked for their old dose back. Some simply stopped coming. The network approached us to ask
whether we could help, and we said we could if the support came from people who had done it themselves.

Tapering a gabapentinoid is not like stopping a painkiller you take now and then. The body gets used to
it. Reduce too quickly and people can have withdrawal: sweating, anxiety, poor sleep, restlessness and,
more rarely, seizures. Reduce too slowly and people lose heart. Most of our members had never been told
that the first weeks of a reduction can feel worse than the pain ever did, and that this usually passes.

There was also a lot of fear and some anger. People who had been prescribed these medicines in good faith
felt they were now being treated as if they were doing something wrong. Some had read stories online
about people being cut off overnight. Several told us they would rather keep quiet about their pain than
risk losing their prescription. That silence is dangerous, because it means problems with drowsiness,
falls or mixing with other medicines are never raised.

We had also watched what happens when a deprescribing programme goes wrong. In a neighbouring area a
practice had reduced a large number of people quickly after a prescribing audit, and our members there
told us about weeks of withdrawal, people buying pregabalin from strangers, and a breakdown of trust that
had still not healed. We did not want that for Northmoor.
"""),
        ("evidence", None, """
Stepping Down Together pairs each person who agrees to reduce with a peer supporter who has been through
a taper. The peer supporter rings or meets them every week for the length of the taper, which is usually
between three and six months, and runs a fortnightly group at the library. The practice pharmacist sets
the reduction plan and can slow it down or pause it at any point. The community trust's pain management
service takes people who need more help, and its psychology team runs a short course on sleep and
managing flare-ups.

Between September 2022 and the end of 2024, 214 people joined the programme. 163 have finished their
taper, either coming off completely or reaching a lower dose agreed with their pharmacist. Our target for
the coming year is 150 more.

<<Q:Before the peer support started, the network's own audit found that around four in ten people who
agreed to reduce were back on their original dose within three months; among people who had a peer
supporter, that figure has halved.>> The pharmacists also tell us they spend less time on repeat
appointments for the same person, although we have not counted this.

Members have told us in their own words what it has meant. One said, "It was the first time someone
talked to me about what would happen in week three, before it happened." Another said he had not had a
fall since he stopped pregabalin, and could drive his grandchildren to school again.

Peer supporters keep a short record of each contact, using a form that asks about sleep, mood, pain,
falls and any withdrawal symptoms. If anything on the form is marked as severe, the peer supporter passes
it to the practice pharmacist the same day, with the person's agreement. In the first two years this
happened 37 times, and in every case the pharmacist made contact within two working days.

We do not pretend that everyone finds it easy. Some people have paused their taper for a month or two
when life got difficult, and a few have decided, with their pharmacist, to stay at a lower dose rather
than stop completely. We count that as success too, because it was their decision, made with good
information.
"""),
        ("stakeholders", None, """
<<P:The programme was designed by eight of our members who had tapered off gabapentin or pregabalin
themselves, over six evening sessions in the winter of 2022.>> <<P:They wrote the week-by-week guide that
every person now receives, including the parts about what withdrawal feels like and how it differs from a
return of the original pain.>> <<P:It was the members who insisted that the pharmacist, not the peer
supporter, should always decide on the dose, so that nobody felt pressured by someone who was not
qualified.>> <<P:Each of the 22 peer supporters is a volunteer member with lived experience of a taper,
and they meet monthly to change the guide when something has not worked, for example adding a section on
what to tell a partner.>>

All practice staff in the network were sent a briefing pack about the programme before it started, and the
eleven practice pharmacists attended a half-day training session run by our volunteers on what tapering
feels like from the patient's side. Dr Sarah Quinlan, the network's clinical director, approved the
reduction protocol as part of her role. The community trust's pain service did not take part in the
design, but agreed to accept referrals. We plan to ask GP receptionists for their views next year.
"""),
        ("value", None, """
The programme costs us about £24,000 a year, mostly for a part-time coordinator, travel expenses for
volunteers, room hire and training, and it is funded by the primary care network and a grant from a
local community foundation. Each person who stops a gabapentinoid saves the NHS between £100 and £400 a
year in prescribing costs, but the real value is in fewer falls, clearer heads and lower risk of
overdose for people who also take opioids.

Our volunteers gain too. Several have told us that being a peer supporter has given them a sense of
purpose after years of feeling that pain had taken everything from them.

There are costs we have avoided that are harder to see. Practice pharmacists had been spending a lot of
time on people who started a taper, struggled, and came back for their old dose, often more than once. A
failed taper also leaves people more wary of trying again, and more mistrustful of their surgery. If
people can reduce once, with support, and stay reduced, everyone saves time and the relationship between
the person and their practice survives.

It matters, too, that the programme sits outside the surgery. Some of our members told us they would
never have admitted to a GP how much pregabalin they were really taking, or that they had bought extra
online. They would tell a peer supporter, and with their agreement that information has reached the
pharmacist and been dealt with safely.
"""),
        ("spread", None, """
Two other primary care networks in the county have asked us to help them start a similar service, and we
are training peer supporters for the first of them now. We have shared the week-by-week guide, free of
charge, with the national pain charity network. We would say to anyone wanting to do the same: the
medicines part is the easy bit; what people need is someone who has been there.

We have also been asked to speak at the county's medicines safety group and at a regional event for
practice pharmacists, and we hope that more networks will see peer support as a normal part of any
deprescribing programme rather than an extra.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1573  opioid tapering through community pain cafes - pdf - two columns -
#        university lead, academic - university with a community trust and a
#        GP federation - 'regulars' involved, staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1573", format="pdf", layout="two_column", topic="opioid_tapering_pain_cafes",
    project="independent99-paincafe-1573", pdf_font="LiberationSerif",
    title="Pain Cafes: supporting people to reduce long-term opioids in the community",
    cover=[
        "Lead: University of Southmere, School of Health Sciences",
        "Partners: Southmere Community NHS Trust (Persistent Pain Service) and Southmere Bay GP Federation",
    ],
    primary_entrant=dict(name="University of Southmere", type="university"),
    partners=[
        dict(name="Southmere Community NHS Trust", type="nhs_trust"),
        dict(name="Southmere Bay GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "Background", """
Long-term opioids help few people with persistent non-cancer pain, and above a daily dose equivalent to
120mg of morphine the risk of harm rises steeply while benefit does not. In Southmere, a coastal town with
high rates of deprivation, GP records in 2021 showed that nearly 2,300 adults had been taking an opioid
for more than a year, and around 310 of them were above that threshold.

GPs wanted to reduce doses but had ten minutes per appointment and little to offer in place of the
medicine. The specialist pain service had a wait of more than a year. People told their GPs that they were
frightened of reducing and had nowhere to turn when the pain got worse.

Our school had been studying why opioid reductions fail. The answer in our interviews was nearly always
the same: people felt alone. We proposed a different model, a weekly drop-in 'pain cafe' in a community
venue, with a physiotherapist, a pharmacist and a psychologist from the pain service on rotation, tea and
biscuits, and no appointment needed.

Southmere also has a large number of people who left manual work in fishing, construction and care after
an injury, and who have lived with pain for many years. Many were started on opioids after an operation
or an accident and simply stayed on them. In our interviews people described their medicines as 'the only
thing that keeps me going', and the idea of cutting down as frightening and unfair.

We were clear from the start that the cafes would not be a way of taking medicines away. They would be a
place where people could learn to live better with pain, meet others in the same position, and reduce
their opioids at a pace they chose, with professionals on hand.
"""),
        ("evidence", "Results", """
Four pain cafes have run weekly since February 2023, in a church hall, a community centre, a library and a
football club. GPs refer people who agree to reduce, and each person has a tapering plan agreed by their
GP and the cafe pharmacist.

<<Q:Among the 284 people who attended at least four sessions, the average daily oral morphine equivalent
dose fell from 96mg at first attendance to 58mg after twelve months.>> <<Q:The number of these people
taking more than 120mg a day went from 61 to 19.>> <<Q:Average pain interference scores on the Brief Pain
Inventory improved from 7.1 to 6.2, so pain did not get worse as doses came down.>>

<<Q:In the federation's practices as a whole, the number of patients on high-dose opioids fell by 28%
over two years, compared with 6% in the rest of the county.>> There were no overdoses among cafe attenders
in the period.

Attendance has held up well. Most people come for six months or more, and many keep coming after their
taper is finished to support newer attenders. The cafes are now running at capacity in two venues and we
have started a waiting list for those.

Our evaluation used the GP records of attenders, with their consent, and the federation's prescribing
data. A fuller analysis with a matched comparison group is due to be published next year.

Not everyone succeeds. Around one in six people who started stopped coming within the first month, and we
are trying to understand why, through follow-up phone calls made by the university team.
"""),
        ("stakeholders", "Involvement", """
<<P:From the start the cafes have been shaped by their regulars: a steering group of six people who
attend every week meets with us monthly and decides what the cafe does next.>> <<P:The regulars asked
for evening sessions for people who work, and for a quiet corner for those who find groups hard, and both
were put in place within a month.>> <<P:It was also the regulars who came up with the 'reduction diary'
now given to every new attender.>>

<<S:Physiotherapists and psychologists from the pain service helped design the format and changed it
after the first three months, dropping formal talks in favour of small table conversations.>> <<S:GPs in
the federation agreed a shared tapering protocol with the cafe pharmacists and review it every six
months.>> <<S:Community pharmacists near each venue were asked what would help, and asked for a copy of
each tapering plan, which is now sent to them.>>

The cafes are run jointly: the university coordinates and evaluates, the pain service provides the
clinicians, and the federation provides the pharmacists and the link with practices.
"""),
        ("value", "Value", """
Each cafe costs around £14,000 a year to run, mostly staff time. Prescribing of opioids in the federation
fell in cost by an estimated £41,000 a year. People who attended used fewer GP appointments, and the
specialist pain service's waiting list has shortened because people are seen earlier.

The cafes also help the pain service manage demand. Some people who were waiting for a specialist
appointment have found that the cafe gave them what they needed, and have asked to come off the waiting
list.
"""),
        ("spread", "Spread", """
The ICB has funded two more cafes in inland towns from 2025, and the model has been presented at the
British Pain Society's annual meeting. Our evaluation toolkit is free to download.

Our advice to others is to choose venues that people already use and feel comfortable in, to make the tea
and biscuits a priority rather than an afterthought, and to let the people who come decide how the cafe
should run.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1574  video medicine prompts after discharge - pdf - lists - PRIVATE
#        digital health company as primary entrant, with a council and an
#        acute trust (ineligible) - product director, upbeat - users involved
#        - NO staff involvement (reablement workers trained, ward pharmacists
#        informed, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1574", format="pdf", layout="bullet_lists", topic="video_medicine_prompts_after_discharge",
    project="independent99-nudgehome-1574", pdf_font="LiberationSans", pdf_align="L",
    title="NudgeHome: video medicine prompts for the first month after hospital",
    cover=[
        "Primary entrant: Pillory Health Technologies Ltd",
        "Partners: Ashbourne-on-Trent City Council (Reablement Service); Trentside University Hospitals NHS Trust",
        "Entry by the Director of Product, Pillory Health Technologies",
    ],
    primary_entrant=dict(name="Pillory Health Technologies Ltd", type="private"),
    partners=[
        dict(name="Ashbourne-on-Trent City Council", type="local_authority"),
        dict(name="Trentside University Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The challenge", """
The first month after a hospital stay is when medicines go wrong at home. People come home with new
tablets, some old ones stopped, doses changed and a bag of boxes that looks nothing like what they had
before. Many are tired, some are confused, and most are on their own for much of the day.

- In our partner city, around 1,900 people a year go home from hospital with support from the council's
reablement service.

- Reablement workers visit up to four times a day but are not trained to give medicines, only to prompt.

- The hospital's own reviews of medication-related readmissions kept finding people who had taken a
stopped medicine alongside its replacement, or had not started a new one at all.

NudgeHome is a tablet-based service that shows a short video at each dose time, recorded from the
person's actual discharge list, showing the box, the tablet and the reason for taking it. If the person
does not confirm within an hour, the reablement team is alerted.

- Many of the people supported by reablement live alone and have no family nearby to help them make sense
of a new medicines regime.

- A large share of medicines problems after discharge are not about forgetting doses but about taking the
wrong combination: the new tablet and the old one, or two brands of the same medicine.

- Printed medicine charts and leaflets assume that people can read small print and remember what a
medicine is for.
"""),
        ("evidence", "What we measured", """
- From March 2023 to February 2024, 412 people used NudgeHome for their first 28 days at home.

- <<Q:Confirmed doses rose from 71% in the first week to 93% by the fourth week, as people became used to
the prompts.>>

- <<Q:Among users, readmissions within 28 days where a medicine was a contributing factor went from 8.2% in a
matched group the year before to 3.9%.>>

- <<Q:Errors found by the community pharmacist at the first post-discharge check, such as an old and a new
medicine both being taken, fell from 31 per 100 people to 12 per 100.>>

- The videos are recorded within the hospital's discharge process from the final discharge list, using a
library of pack images that covers most commonly prescribed medicines.

- An alert to the reablement team was raised on average once every four days per person, most often in
the first week.

- 88% of users completed the full 28 days.
"""),
        ("stakeholders", "Involving people", """
- <<P:Twenty people recently home from hospital tried early versions of the videos, and they told us the
first ones were too fast and used words like 'anticoagulant' that meant nothing to them, so every video is
now narrated slowly and uses everyday names such as 'your blood thinner'.>>

- <<P:A group of family carers asked for a copy of the alerts to go to them as well, and this is now an
option the person can choose.>>

- Reablement workers were trained on the tablets in a one-hour session before launch.

- Ward pharmacists at the hospital were informed about the service through the pharmacy newsletter.

- We intend to set up a clinical advisory panel with staff from both partners in the next year.
"""),
        ("value", "Value", """
- The service costs £65 per person for 28 days, paid by the council from its hospital discharge fund.

- One avoided readmission costs the NHS about £3,500.

- Users told us they felt more confident and less alone with their medicines.

- The tablets are collected at the end of the 28 days, cleaned and reused.

- The service can be set up on the day of discharge if the discharge list is final by early afternoon.
"""),
        ("spread", "Scale and spread", """
- Two further councils are piloting NudgeHome from this autumn.

- We have presented the results at a national digital health conference and to the regional medicines
safety network.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1575  pharmacist visit within three days for care home residents back
#        from hospital - docx - short form with a cover table - ICB
#        medicines optimisation lead, terse - ICB with an acute trust and a
#        care homes association - families and staff involved - NO evidence
#        section and no measured change anywhere
# ---------------------------------------------------------------------------
entry(
    id="I1575", format="docx", layout="form_table", topic="care_home_return_from_hospital_pharmacist_visit",
    project="independent99-backhome72-1575", docx_font="Arial",
    title="Back Home in 72: a pharmacist visit for care home residents returning from hospital",
    cover_table=[
        ("Title of entry", "Back Home in 72: a pharmacist visit for care home residents returning from hospital"),
        ("Lead organisation", "NHS Greyhope and Lune Integrated Care Board (Medicines Optimisation Team)"),
        ("Partner organisations", "Lune Valley Hospitals NHS Trust; Greyhope Independent Care Homes Association"),
        ("Contact", "Head of Medicines Optimisation, Care Homes"),
    ],
    primary_entrant=dict(name="NHS Greyhope and Lune Integrated Care Board", type="icb"),
    partners=[
        dict(name="Lune Valley Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Greyhope Independent Care Homes Association", type="charity"),
    ],
    sections=[
        ("context", "Why was the partnership needed and what were the safety goals?", """
When a care home resident comes back from hospital, the home receives a discharge letter, a bag of
medicines and sometimes a printed list. Often the three do not agree. The home's medicines record still
shows the old regime, the GP has not yet updated the repeat, and the community pharmacy will send the next
month's supply based on the old list. Staff have to decide which to follow, sometimes late in the evening
and without anyone to ask.

Our care home pharmacists see the consequences: medicines stopped in hospital restarted by mistake, new
ones missed for weeks, and doses changed on the ward that never reach the home's chart. Across our 118
care homes around 250 residents return from hospital each month.

Since January 2024, the hospital sends every care home discharge to a shared inbox that our care home
pharmacists check daily. A pharmacist or pharmacy technician visits or calls the home within 72 hours,
reconciles the three lists, updates the GP record and the home's chart, and tells the community pharmacy
what to send. The goal is that no resident is given a medicine in error, or misses one, because of a
discharge.

The hospital's own data showed that care home residents were among the patients most likely to be
readmitted within a month, and its reviews of those readmissions often pointed to medicines. The care
homes, for their part, felt that they were blamed for errors that began with an unclear discharge. The
ICB funds and manages the care home pharmacists, and so was well placed to bring the three parties
together and to make the service part of the routine work of its team.

The reconciliation follows a one-page checklist. It covers every medicine on the three lists, the reason
for each change, any new monitoring such as blood tests or blood pressure checks, and the date of the
next supply. Anything the pharmacist cannot resolve from the notes is checked with the hospital team the
same day, and the home is given a copy of the final list signed by the pharmacist.
"""),
        ("stakeholders", "How were patients, families and staff involved?", """
<<S:Care home managers in the association chose the 72-hour window, because they said most problems showed
up on the third day when the hospital supply ran low.>> <<S:Senior carers told us they needed someone to
ring in the evening, so the hospital's discharge pharmacists now take calls from care homes until 8pm.>>
<<P:Relatives of three residents who had been readmitted after medicines errors met the team and asked
that families be told what changed, so the pharmacist now phones the next of kin after each
reconciliation if the resident wishes.>>
"""),
        ("value", "What has been the impact and value for money?", """
The service uses existing care home pharmacist posts, with one extra pharmacy technician funded by the ICB
at about £36,000 a year. Care home staff say they no longer have to guess. The hospital team says fewer
care homes ring the wards asking questions.

Because the pharmacist updates the GP record directly, practices no longer have to process the discharge
medicines changes for care home residents themselves, which was one of the tasks most often delayed.

For residents, the main benefit is that the right medicines are given from the first day back. For the
community pharmacies, it means fewer urgent requests for medicines at the end of the month, and fewer
returned items that were dispensed from an out-of-date list.
"""),
        ("spread", "How has the work been shared?", """
The shared inbox and reconciliation checklist have been adopted by the second acute trust in our area from
April 2025. We have shared the approach with the regional care home medicines network.

We will review the service after its first full year and publish what we find.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1576  the first review of new opioids after a fracture - pdf - CAPS
#        headings - GP federation clinical pharmacist lead, direct - GP
#        federation with the acute trust's fracture liaison service - staff
#        involved - NO patient involvement (patients texted, a survey that
#        changed nothing, a negation, a plan) - NO quantitative evidence
#        (review counts, dates, a single figure, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1576", format="pdf", layout="caps_headings", topic="opioid_review_after_fracture_discharge",
    project="independent99-afterthebreak-1576", pdf_font="LiberationSans",
    title="After the Break: reviewing new opioids within four weeks of a fracture",
    cover=[
        "Lead organisation: Tamarside GP Federation",
        "Partner: Tamarside and Plym Hospitals NHS Trust (Fracture Liaison Service and Pharmacy)",
        "Author: Lead Clinical Pharmacist, Tamarside GP Federation",
    ],
    primary_entrant=dict(name="Tamarside GP Federation", type="primary_care"),
    partners=[
        dict(name="Tamarside and Plym Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
Older people who break a wrist, hip, shoulder or vertebra often leave hospital with a strong opioid such
as morphine solution or oxycodone, sometimes alongside codeine they already had at home. The discharge
letter usually says 'review analgesia in primary care'. In our practices, that review often did not
happen. The opioid was added to repeat, the person kept taking it, and months later it was still there.

For a frail older person who has just fallen, an opioid is a double risk. It causes drowsiness,
constipation and confusion, and it makes another fall more likely. Our federation's pharmacists found
during routine work in 2022 that a large number of patients in our 19 practices were still on a strong
opioid started after a fracture many months earlier, some without any record of pain being assessed since
discharge.

The fracture liaison service at the hospital already sees these patients to look at bone health. It made
sense to link the two.

There were practical reasons why the review did not happen. The discharge letter arrived at the practice
several days after the patient got home. The opioid was often on a separate page from the 'actions for
GP' box. By the time anyone read it the hospital supply had run out and the patient had asked for more,
and the easiest thing was to issue a repeat. Nobody owned the decision about when the opioid should stop.

The hospital, for its part, had no way of knowing what happened after discharge, and its pain team was
not involved with most fracture patients at all. Our pharmacists had the time and the skills to do the
reviews, but not the information about who needed one.
"""),
        ("evidence", "WHAT WE HAVE ACHIEVED", """
Since April 2023 the fracture liaison nurses flag every patient discharged on a new opioid to the
federation's pharmacy team. A clinical pharmacist phones the patient within four weeks, assesses pain,
agrees a reduction or stop, and makes sure the opioid is not on repeat without a stop date.

In the first 18 months the team completed 1,146 reviews. 87% of these were done within four weeks of
discharge. Our target for next year is 95%. Pharmacists recorded an agreed plan to reduce or stop in most
reviews, and 312 patients were referred back to the fracture liaison service for a bone health
assessment they had not yet had.

We held our first joint learning event with the hospital in November 2023 and the second in October 2024.
The project has cost £58,000 to date.

The reviews themselves follow a short structure: how is the pain, what is the person actually taking, are
there side effects such as constipation or drowsiness, have there been any falls, and what is the plan.
The pharmacist can arrange a reduction over one to four weeks, switch to a weaker painkiller, or refer to
the GP if the pain is not improving as expected. A follow-up call is booked for anyone reducing.

Every review is coded on the GP record so that we can find the patient again if they are readmitted, and
the fracture liaison service receives a copy so that its bone health plans take account of any changes.
We are now working with the ICB's analysts to link our data with hospital admissions and falls.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<S:Fracture liaison nurses designed the flag in the hospital's discharge system with our pharmacists, and
they changed it after the first month so that it only fires for new opioids, not ones the patient was
already taking.>> <<S:GPs at three pilot practices asked that the pharmacist's plan be sent as a task
rather than a letter, so that it is not filed without being read, and this is now how it works.>>
<<S:Hospital ward pharmacists suggested adding a default seven-day supply with a clear end date on the
discharge prescription, which the hospital's drugs and therapeutics committee has agreed.>>

Patients receive a text message from their practice before the pharmacist calls. We sent a short survey to
the first 100 patients and most said the call was helpful, so we kept the process as it was. We did not
have a patient representative on the project group. We would like to work with the hospital's patient
panel in the next phase.
"""),
        ("value", "VALUE", """
A pharmacist review takes about 20 minutes. Each patient who stops a strong opioid earlier avoids the
costs of constipation, confusion and further falls, and for some the cost of addiction later. The
federation funded the pharmacist time from its additional roles budget.

Pharmacists say the calls are among the most useful work they do. GPs say the tasks are clear and quick to act on.
"""),
        ("spread", "SHARING AND SPREAD", """
The hospital is now offering the same flag to the other GP federation it serves. We have presented the
project at the regional falls and fracture network, and the ICB has included the four-week review in its
medicines optimisation scheme for all practices from 2025.

The model could work for any fracture liaison service that already sees patients after discharge and any
group of practices with clinical pharmacists. The only thing it needs is an agreement about who owns the
decision to stop the opioid, and a way of telling that person.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1577  anticoagulant counselling before discharge by pharmacy technicians -
#        docx - rubric headings - departments of one acute trust, no partner
#        (ineligible) - chief pharmacist, formal - staff involved - NO patient
#        involvement (patients given a booklet, a survey after which nothing
#        changed, patients as beneficiaries)
# ---------------------------------------------------------------------------
entry(
    id="I1577", format="docx", layout="rubric_headings", topic="anticoagulant_discharge_counselling_technicians",
    project="independent99-clearonclots-1577", docx_font="Cambria",
    title="Clear on Clots: anticoagulant counselling by pharmacy technicians before every discharge",
    cover=[
        "Organisation: Kingsmarsh General Hospital NHS Trust",
        "Teams involved: Pharmacy Department; Anticoagulation Service; Acute Medical Unit; Orthopaedic Wards; Discharge Lounge",
        "Submitted by the Chief Pharmacist",
    ],
    primary_entrant=dict(name="Kingsmarsh General Hospital NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Context and the safety problem", """
Anticoagulants are among the medicines most often implicated in serious harm, and the move from warfarin
to direct oral anticoagulants has brought new kinds of error. Doses depend on kidney function, weight and
the reason for treatment. Some need a higher loading dose for the first week or three weeks and then a
lower dose. Patients who have been on warfarin for years may not know that the new tablet works
differently, and some continue both.

At Kingsmarsh, around 180 patients a month leave hospital having started or changed an anticoagulant. In
2022 only about half of them were seen by a member of the pharmacy team before they went home, because
pharmacists could not reach every ward before discharge. Our incident reports that year included patients
who had continued the loading dose for weeks, who had restarted warfarin from old supplies at home, and
who had stopped their anticoagulant early because they thought the course was finished.

Pharmacists already had a long list of discharge tasks, and counselling was the one most likely to be
dropped when a ward was busy. A patient going home late in the afternoon from an orthopaedic ward, for
example, might be handed their medicines by a nurse with a leaflet and no conversation at all.
Counselling was also inconsistent: each pharmacist covered different points, and some patients were told
about bleeding signs but not about what to do if they missed a dose.

The question we asked was whether trained pharmacy technicians, working to a clear checklist and with a
pharmacist available for anything complex, could make sure every patient had the same conversation before
they left.
"""),
        ("evidence", "Evidence of improvement", """
From March 2023, we trained eight pharmacy technicians to deliver a structured counselling session for
every patient started on or switched to an anticoagulant. The technicians are alerted by the electronic
prescribing system, so they do not rely on wards to call them. The discharge lounge has a technician
every weekday afternoon.

<<Q:The proportion of patients counselled before discharge rose from 52% in 2022 to 94% in 2024.>>
<<Q:Anticoagulant incidents reported after discharge, including loading doses continued too long and
duplicated anticoagulants, went down from 27 in the year before to 11 in the second year of the
service.>> <<Q:Readmissions within 30 days with bleeding in patients newly started on an anticoagulant
fell from 4.6% to 2.8%.>>

Each counselling session takes around 15 minutes. It covers why the medicine has been started, the dose
and when it changes, what to do about any old anticoagulant at home, signs of bleeding, missed doses,
other medicines and remedies to avoid, and who to contact. The technician checks understanding by asking
the patient to explain the plan back in their own words, and records the session on the electronic
record.

Any patient with a complex regime, such as a change of dose for kidney function, a mechanical heart valve
or a woman who may become pregnant, is referred to a pharmacist. Technicians also check that any warfarin at
home is returned.
"""),
        ("stakeholders", "Stakeholder involvement", """
<<S:Pharmacy technicians wrote the counselling checklist themselves, testing it on two wards for a month
and removing questions that patients found confusing, such as those about INR.>> <<S:Nurses on the acute
medical unit asked us to counsel patients earlier in the day rather than at the point of discharge, and
the technicians now see patients as soon as the new anticoagulant is prescribed.>> <<S:Doctors from the
anticoagulation service agreed the dosing table the technicians use and review it whenever national
guidance changes.>>

Patients are given the national anticoagulant alert card and our own booklet. We surveyed 200 patients in
2023 about the counselling and 96% said it was helpful, so no changes were made. The service exists to
make patients safer when they leave hospital.
"""),
        ("value", "Value and sustainability", """
Training a technician takes two days and the service uses existing technician posts that had been
reorganised. A bleed needing readmission costs about £4,000. Freeing pharmacists from routine counselling
has allowed them to spend more time on complex patients on the wards.

Patients now leave with the same clear information whichever ward they were on and whatever time they
went home. Incidents are reviewed monthly by the medication safety officer and discussed with the
technician team.
"""),
        ("spread", "Spread and sustainability", """
The counselling checklist has been added to the trust's standard operating procedures and is now used on
all adult wards. We have shared it with the regional pharmacy technician network, and the trust's
education team includes it in induction for new technicians.

Other trusts in the region have asked to see the checklist and the technician training package, and we
are happy to share both. We have also written a short case study for the national pharmacy technician
professional body. The next step is to extend technician counselling to patients started on insulin and
on strong opioids before discharge.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1578  999 calls for opioid and gabapentinoid toxicity passed to practice
#        pharmacists - docx - sections in an unusual order (results first) -
#        ambulance service consultant paramedic, plain - ambulance service
#        with the ICB and a GP federation - a family and staff involved - NO
#        spread section
# ---------------------------------------------------------------------------
entry(
    id="I1578", format="docx", layout="reordered", topic="ambulance_opioid_gabapentinoid_toxicity_referral",
    project="independent99-toomuchtoday-1578", docx_font="Calibri",
    title="Too Much Today: ambulance crews passing on opioid and gabapentinoid toxicity to practice pharmacists",
    cover=[
        "Lead: Western Counties Ambulance Service NHS Foundation Trust",
        "Partners: NHS Severnvale Integrated Care Board and Severnvale GP Federation",
        "Written by a Consultant Paramedic, Western Counties Ambulance Service",
    ],
    primary_entrant=dict(name="Western Counties Ambulance Service NHS Foundation Trust", type="emergency_service"),
    partners=[
        dict(name="NHS Severnvale Integrated Care Board", type="icb"),
        dict(name="Severnvale GP Federation", type="primary_care"),
    ],
    sections=[
        ("evidence", "What changed", """
<<Q:Repeat 999 calls within 90 days for the same patient with drowsiness, slowed breathing or a fall linked
to opioids or gabapentinoids fell from 23% of referred patients in the first quarter to 11% by the sixth
quarter.>> <<Q:The average total daily opioid dose of people referred was reduced by about a third within
three months of the pharmacist review.>>

Since October 2022 crews have made 1,380 referrals to the practice pharmacist service. Of these, 71% were
reviewed within five working days.

The pharmacist review is usually a phone call followed, where needed, by a face-to-face appointment. The
pharmacist looks at all the person's medicines, not just the opioid, and often finds other causes of
drowsiness such as sleeping tablets or antihistamines. A tapering plan is agreed with the patient and the
GP, and where there is a high risk of overdose naloxone is offered through the local drug and alcohol
service.

Referrals come most often from calls for falls, and then from calls for drowsiness or confusion reported
by a relative. The review group looks at a sample of referrals each month to check that the signs crews
record are the right ones.
"""),
        ("stakeholders", "Who helped and how", """
<<P:The family of a man who died after an accidental overdose of prescribed oxycodone and pregabalin, three
weeks after a crew had left him at home, met our team and the ICB and asked us to make sure the GP was told
whenever a crew had concerns; their request is where this project began.>> <<P:His daughter later read the
referral wording and suggested we add a box for what the family had noticed, which we did.>>

<<S:Paramedics from four stations tested the referral on their electronic patient record tablets and cut it
down to six fields so it could be completed before leaving the house.>> <<S:Practice pharmacists in the
federation agreed with us which signs should trigger a same-day call and which a review within the week,
and they now sit on the monthly review group.>> <<S:The ICB's controlled drugs accountable officer helped
set up the data-sharing agreement and chairs the review group.>>
"""),
        ("context", "Why we did it", """
Ambulance crews are often called to people who are drowsy, confused or have fallen, where the cause turns
out to be their prescribed medicines: morphine, oxycodone, tramadol, and more and more often gabapentin or
pregabalin taken at the same time. Many do not need hospital. The crew wakes them, checks their breathing,
leaves them with a relative and advises them to see their GP. Until 2022 there was no reliable way of
telling the GP, and the next call was often worse.

Our clinical audit in 2021 found that one in five patients seen at home for medicine-related drowsiness
had another 999 call for the same reason within three months. Several had died.

Crews were also worried about what they were seeing: people with several boxes of the same medicine from different prescribers, blister packs that included both pregabalin and a
strong opioid with no sign that anyone had reviewed the combination, and relatives who said the
person had been 'sleeping all day for weeks'. They had nowhere to send this information except a
free-text box in the patient record that the GP never saw.

The ambulance service could not change prescribing. GP practices could, but did not know what our crews
had found. The ICB held the data-sharing arrangements and the funding for practice pharmacists, and had a
controlled drugs accountable officer whose job it was to reduce harm from these medicines. Bringing the
three together was the only way to close the loop.

Many of the people concerned were not misusing their medicines in any deliberate way. They were older,
often living alone, taking what they had been prescribed, sometimes for years, and slowly becoming more
sedated as their kidneys aged or new medicines were added. Others had long-term pain and mental health
problems and had been started on pregabalin for anxiety on top of an opioid for pain, by different
clinicians who did not know about each other's decisions.
"""),
        ("value", "Value for money", """
The referral costs nothing to send. The practice pharmacists are already funded through the primary care
networks, and the review takes about 30 minutes. An avoided conveyance saves about £400 and an avoided
admission several thousand. Crews tell us they feel better about leaving someone at home knowing that a
pharmacist will follow up.

There have been other benefits. The referral data gives the ICB a picture of where opioid and
gabapentinoid harm is happening, street by street and practice by practice, which it has used to target
its prescribing support. Paramedics now have a clear and simple thing to do when they find a medicine
problem, rather than just worrying about it on the way to the next call.

The cost of a single death is beyond counting, and the family who started this with us remind us of that
every time we meet.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I1579  medicines support in extra care housing - pdf via soffice (style
#        headings) - council adult social care lead, reflective - council
#        with a community trust and the LPC - tenants involved (passive
#        voice), staff involved - a claim in words ('a third fewer')
# ---------------------------------------------------------------------------
entry(
    id="I1579", format="pdf", layout="style_headings", topic="extra_care_housing_medicines_support",
    project="independent99-myflatmymeds-1579", render_via="soffice", docx_font="Liberation Serif",
    title="My Flat, My Medicines: safer medicines support in extra care housing",
    cover=[
        "Lead organisation: Brackwell Borough Council, Adult Social Care",
        "Partners: Brackwell and District Community NHS Trust; Brackwell Local Pharmaceutical Committee",
        "Entry written by the Service Manager, Housing with Care",
    ],
    primary_entrant=dict(name="Brackwell Borough Council", type="local_authority"),
    partners=[
        dict(name="Brackwell and District Community NHS Trust", type="nhs_trust"),
        dict(name="Brackwell Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "Background", """
Brackwell has five extra care housing schemes with 310 flats. Tenants have their own front door and their
own tenancy, but there is a care team on site day and night. Many tenants are in their eighties, and more
than half need some help with their medicines. Because they are not in a care home, the rules are
different. Medicines belong to the tenant, are kept in the flat, and are ordered from whichever pharmacy
the tenant chooses.

In practice this had become messy. Each scheme had its own way of recording medicines support. Some
tenants had a blister pack from one pharmacy and liquids from another. When someone came home from
hospital, the care team often did not know what had changed. When a GP changed a dose, the message went to
the tenant, who might not remember to pass it on. In 2022 our safeguarding team investigated nine
medicines incidents in extra care, including a tenant who received double doses of a blood pressure
medicine for a fortnight after a hospital stay.

We wanted a way of working that respected tenants' independence but made sure that someone had the whole
picture.

The different parts of the system each held a piece of the picture. The care provider on site knew what
support each tenant had, but not what had been prescribed. GP practices knew what had been prescribed,
but often not that the person lived in extra care at all, because the address looked like any other flat.
Community pharmacies knew what they had dispensed, but several pharmacies might be supplying the same
scheme without knowing about each other. And when tenants went into hospital, the ward usually treated
them as living independently, so nobody at the scheme was told about changes.

We also had to be careful about rights. Tenants have chosen to live in their own home, and many of them
guard their independence fiercely. Any new system had to leave decisions about their medicines with them,
including the right to manage their own medicines if they were able to.
"""),
        ("evidence", "Difference made", """
Every tenant who has medicines support now has a single record held by the on-site team, with a named
community pharmacy linked to it and a monthly check by a community trust pharmacy technician. When a
tenant goes into hospital, the scheme manager tells the ward, and the discharge letter and any discharge
medicines referral come to the scheme as well as the tenant.

<<Q:Medicines incidents reported across the five schemes in 2024 were a third fewer than in 2022, even
though the number of tenants receiving medicines support went up.>> <<Q:The number of incidents graded
moderate harm or above went from six to one.>> <<Q:In the technician's monthly checks, records that did
not match the tenant's current prescription fell from around one in four to fewer than one in ten.>>

We also now know, for the first time, how many tenants manage their own medicines, how many need
prompting and how many need staff to give them, and this is reviewed every three months or after any
hospital stay. At the end of 2024, 204 tenants were receiving some level of medicines support.

The monthly technician visit has turned out to be valuable for other reasons. Technicians have picked up
tenants who were struggling to open packaging, out-of-date medicines kept in kitchen cupboards, and
medicines that were no longer needed, and have passed these to the GP or pharmacist.
"""),
        ("stakeholders", "Involvement", """
<<P:The new arrangements were talked through at tenants' meetings in each of the five schemes, and the
idea of a lockable cabinet in each flat, rather than a central medicines room, was chosen by tenants.>>
<<P:The wording of the consent form was rewritten after tenants at Orchard Court said it made them feel
they were being moved into a care home.>> <<P:A small number of tenants who manage their own medicines
were asked what would help, and their suggestion of a fridge magnet with the pharmacy's number has been
adopted in every flat.>>

<<S:On-site care staff helped design the single record and asked for a simple tick box for 'tenant
declined', so that refusal is respected but noticed.>> <<S:Community pharmacists through the LPC agreed to
send changes to the scheme office as well as the tenant, and told us which format suited their
systems.>> <<S:The community trust's pharmacy technicians set the content of the monthly check after
trying it in one scheme.>>
"""),
        ("value", "Value", """
The technician time costs around £22,000 a year, shared between the council and the community trust. The
cabinets cost £90 each. A hospital admission avoided pays for several months of the service. Staff say
they feel more confident, and tenants tell us they still feel it is their own flat.

There are less tangible benefits too. Scheme managers say that hospital discharges are calmer because
they know what to expect, and the care provider's staff feel more supported when they have a question
about a medicine.
"""),
        ("spread", "Spread", """
The single record and monthly check have been written into the council's contract for extra care care
providers. Two housing providers in neighbouring boroughs have visited to see how it works, and the LPC
has shared the approach with other LPCs in the region.

Looking back, the most important decision was to treat medicines support as something shared between
housing, care, pharmacy and the NHS, rather than leaving it to the care provider alone.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1580  the new medicine service for people with a learning disability -
#        pdf - with appendix - learning disability charity chief executive,
#        warm - charity with the LPC and the community trust's learning
#        disability team - self-advocates involved - NO staff involvement
#        (pharmacists trained, nurses informed, a named lead organising, a
#        plan) - NO quantitative evidence (counts, a single figure, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1580", format="pdf", layout="with_appendix", topic="nms_learning_disability_easy_read",
    project="independent99-mynewmedicine-1580", pdf_font="DejaVuSans", pdf_align="L",
    title="My New Medicine: making the New Medicine Service work for people with a learning disability",
    cover=[
        "Lead entrant: Dunmore Voices (learning disability charity)",
        "Partners: Dunmore and Rill Local Pharmaceutical Committee; Rillside Community NHS Trust (Community Learning Disability Team)",
        "Prepared by the Chief Executive, Dunmore Voices",
    ],
    primary_entrant=dict(name="Dunmore Voices", type="charity"),
    partners=[
        dict(name="Dunmore and Rill Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Rillside Community NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why this matters", """
People with a learning disability take more medicines than most people of the same age, and they are more
likely to be harmed by them. Many take medicines for epilepsy, for mental health or for constipation, and
a new medicine can interact with those already taken. Side effects such as drowsiness, dizziness or a
change in bowel habit may not be noticed or reported, because the person may not have the words for them
or may not be asked.

The New Medicine Service is meant to help anyone starting a medicine for certain long-term conditions.
The pharmacist has a conversation with the person about two weeks in, and again a few weeks later. But the
members of our self-advocacy groups told us they had never been offered it, and when they were, the
conversation happened over the phone, quickly, with words they did not understand and no chance to bring
their supporter.

Dunmore Voices is run by and for people with a learning disability. We wanted the service to work for our
members and for the 3,400 adults on GP learning disability registers across Dunmore and Rill.

Supporters matter a great deal. Many of our members live in supported living or with family, and the
person who actually gives or prompts the medicine may be a support worker who changes from week to week.
If the pharmacist only talks to the person, the supporter never hears about side effects to look out for.
If the pharmacist only talks to the supporter, the person is left out of decisions about their own body.
"""),
        ("evidence", "What has happened so far", """
Since the project began in June 2023, 38 community pharmacies have signed up to offer a 'My New Medicine'
appointment, which is longer, face to face, in a quiet room, and with the person's supporter invited. The
pharmacist uses an easy read leaflet and a picture card for side effects. Pharmacies can call the
community learning disability team if they are worried.

In the first year pharmacists held 186 My New Medicine appointments. In 41 of them the pharmacist found a
problem, such as a side effect, a medicine being taken at the wrong time or a supporter who did not know
how to give it, and sorted it out or passed it to the GP. 94% of people who gave feedback said they
understood their new medicine better afterwards.

Our aim for the second year is for every pharmacy in Dunmore and Rill to take part and for 400
appointments to be held.

Pharmacies also tell us that the appointment has made them more aware of which of their customers have a
learning disability, and several have started using the easy read leaflet in other conversations.
"""),
        ("stakeholders", "Who was involved", """
<<P:Our self-advocates, who call themselves the Medicine Checkers, met every month for a year to design the
appointment, and they decided that it must be face to face and that the supporter must always be
invited.>> <<P:The Medicine Checkers drew and chose the pictures on the side effects card, and threw out
the first designs because the faces looked 'too cartoon'.>> <<P:Three of them tried out the appointment
with a pharmacist in role-play and told us afterwards what felt rushed, so the appointment was made
longer.>>

<<P:Pharmacists from each pharmacy were trained by the Medicine Checkers in a two-hour session.>> The community
learning disability nurses were informed about the project at their team meeting. Our project officer, Dev
Mistry, organised the training sessions and kept the list of pharmacies up to date. We hope to hold a
joint session with pharmacists next year to hear what they think.
"""),
        ("value", "Value", """
The project has cost £31,000 over two years, funded by a grant from a local health charity and a
contribution from the LPC. Pharmacies are paid for the New Medicine Service in the usual way. Each problem
caught early may prevent a visit to A&E, a hospital admission or a person simply stopping a medicine they
need. The Medicine Checkers say they have gained confidence.

For the LPC, the project has helped pharmacies to meet their duty to make reasonable adjustments, and has
given them simple tools that cost nothing to use once printed.
"""),
        ("spread", "Spreading it", """
We have shared the easy read leaflet and picture card with the national learning disability network and
with LPCs in three neighbouring areas. A short video about the appointment is available on our
website.

We would like the My New Medicine appointment to become a standard option within the national service, so
that any person with a learning disability can ask for it in any pharmacy.
"""),
    ],
    trailer=[
        ("heading", "Appendix: materials and data sources"),
        ("para", "The My New Medicine easy read leaflet has four pages: what is my new medicine for, how and when do I take it, what might I notice, and who can I tell. The side effects picture card shows twelve common side effects with a picture and one word for each."),
        ("para", "Appointment numbers and problems found are from pharmacy records collected by Dunmore and Rill Local Pharmaceutical Committee. Feedback comes from easy read forms completed by people after their appointment."),
        ("para", "Dunmore Voices, Unit 3, Mill Yard, Dunmore, DN7 2QR. Registered charity."),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1581  electronic medicines round records in care homes - docx - numbered
#        questions - PRIVATE care home group as primary entrant, with the
#        ICB and a community pharmacy (ineligible) - group clinical director,
#        corporate - residents, families and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1581", format="docx", layout="numbered_questions", topic="care_home_emar_missed_doses",
    project="independent99-everydose-1581", docx_font="Arial",
    title="Every Dose Counts: electronic medicines records and missed doses in our care homes",
    cover=[
        "Primary entrant: Heathergate Care Homes Ltd",
        "Partners: NHS Calder and Holm Integrated Care Board (Care Home Medicines Team); Hollins Pharmacy, Calderbridge",
        "Submitted by the Group Clinical Director",
    ],
    primary_entrant=dict(name="Heathergate Care Homes Ltd", type="private"),
    partners=[
        dict(name="NHS Calder and Holm Integrated Care Board", type="icb"),
        dict(name="Hollins Pharmacy", type="private"),
    ],
    sections=[
        ("context", "1. What was the issue and why did it need a partnership?", """
Heathergate runs fourteen care homes with 720 beds. In 2022 we moved all our homes from paper medicines
charts to an electronic medicines administration record. We expected this to end missed and late doses,
because the system prompts staff and does not let a dose be skipped without a reason.

It did not. A year after the change, an audit by the ICB's care home medicines team found that doses were
still being missed, now for different reasons. Medicines were recorded as 'not available' because the
monthly order had not matched the electronic record. Staff recorded 'resident asleep' for doses that were
time-critical. Changes from GPs were not always transferred, because they arrived by email and had to be
typed in. The system worked, but the processes around it did not.

We needed the ICB pharmacists, who know what good looks like across many homes, and our main supplying
pharmacy, which controls the monthly order and could see what was happening at its end.

We had also assumed that the electronic record would give us clear data on missed doses. It did, but
nobody had been looking at it in a way that showed patterns across homes. The ICB pharmacists brought the
analysis; the pharmacy brought the supply side; we brought the homes and the staff who use the system
every day.

Missed doses matter in care homes. Our residents take on average nine regular medicines. A missed dose of
a Parkinson's medicine, an anti-seizure drug, insulin or an anticoagulant can lead to a fall, a seizure,
a hypo or a clot. A pattern of 'not available' doses also erodes trust: families notice, and staff lose
confidence in the system they are asked to rely on.
"""),
        ("evidence", "2. What improvements have you made?", """
From June 2023 the pharmacy's system and our electronic record have been linked, so that the monthly order
is built from the record and changes from GPs go straight to the pharmacy and into the record, checked by
a nurse. Any 'not available' code triggers a same-day call to the pharmacy. 'Resident asleep' cannot be
used for time-critical medicines without a nurse's review.

<<Q:Doses recorded as 'not available' fell from an average of 410 a month across the group to 96 a
month.>> <<Q:Missed doses of time-critical medicines went from 2.3% of scheduled doses to 0.6%.>> <<Q:The
number of medicines incidents graded as causing harm fell from 19 in 2022/23 to 7 in 2023/24.>>

Each home now receives a monthly report showing its 'not available' and missed time-critical doses, with
the three most common reasons. Home managers review it with their deputy and the ICB pharmacist at a
short monthly call, and the reports are discussed at our group quality committee.

The monthly order is now checked by a senior carer and the pharmacy against the record seven days before
the new cycle starts, and any differences are sorted out by phone before the medicines are dispensed.
"""),
        ("stakeholders", "3. How were residents, families and staff involved?", """
<<S:Nurses and senior carers from four homes mapped every step of the monthly cycle with the ICB
pharmacists and the pharmacy team on a wall of sticky notes, and it was the night nurses who pointed out
that most 'not available' doses happened in the two days after a new cycle began.>> <<S:Pharmacy
dispensers suggested moving the order date three days earlier, which we did.>> <<S:Home managers agreed
the rule on 'resident asleep' after discussing it with the ICB's pharmacists.>>

<<P:Mrs Doreen Halliwell, who lives at our Calderbridge home and takes medicines for Parkinson's, told the
project group how a late dose felt for her, and asked for her medicine times to be agreed with her rather
than fixed by the system.>> <<P:Families on the Calderbridge relatives' committee reviewed the new
resident medicines profile and added a section on 'how I like to take my tablets'.>>
"""),
        ("value", "4. What has been the impact on experience and value?", """
The link between the pharmacy and our record cost about £18,000 to set up. Staff spend less time chasing
medicines and more time with residents. Fewer missed doses means fewer GP call-outs and fewer hospital
admissions.

Our nurses say the monthly cycle is less stressful and that the end-of-cycle scramble for missing
medicines has largely gone. Residents receive their medicines at the times agreed with them. The pharmacy
reports fewer urgent same-day deliveries, which were costly for them and disruptive for us.

The supply link has also reduced waste. Medicines that were ordered out of habit and then returned unused
are no longer sent, because the order is built from what residents are actually prescribed.
"""),
        ("spread", "5. How has the work been shared?", """
The ICB has shared the process map and the time-critical rule with all care homes in its area, whatever
system they use. We have rolled the changes out to all fourteen of our homes and presented them at the
regional care home medicines forum.

We have also shared our experience with our electronic record supplier, which has agreed to make the
time-critical rule a standard setting for all its care home customers from next year.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1582  opioid and gabapentinoid prescribing dashboard - pdf - form with a
#        cover table - ICB deputy chief pharmacist, technical - ICB with a GP
#        federation and the acute trust's pain service - staff involved - NO
#        patient involvement (letters to patients, a plan, a negation) - a
#        shift on an SPC chart
# ---------------------------------------------------------------------------
entry(
    id="I1582", format="pdf", layout="form_table", topic="opioid_gabapentinoid_dashboard_icb",
    project="independent99-seethedose-1582", pdf_font="LiberationSans",
    title="See the Dose: one dashboard for opioid and gabapentinoid prescribing in every practice",
    cover_table=[
        ("Entry title", "See the Dose: one dashboard for opioid and gabapentinoid prescribing in every practice"),
        ("Lead organisation", "NHS Hartmoor Integrated Care Board"),
        ("Partner organisations", "Hartmoor North GP Federation; Hartmoor Royal Infirmary NHS Trust (Pain Management Service)"),
        ("Entrant", "Deputy Chief Pharmacist, NHS Hartmoor ICB"),
    ],
    primary_entrant=dict(name="NHS Hartmoor Integrated Care Board", type="icb"),
    partners=[
        dict(name="Hartmoor North GP Federation", type="primary_care"),
        dict(name="Hartmoor Royal Infirmary NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why was the partnership needed? What were the safety goals?", """
Hartmoor has 62 GP practices serving 540,000 people. Our opioid prescribing was among the highest in
England, and gabapentin and pregabalin prescribing had grown every year for a decade. Coroners in our area
had issued two reports after deaths from combined opioid and gabapentinoid toxicity.

Practices had data, but it was scattered. Prescribing reports showed total volumes, not which patients
were at risk. Practices could search their own systems but each wrote its own searches differently. The
pain service saw the most complex patients but had no view of what happened after they were discharged
back to their GP.

Our goal was simple to state: every practice should be able to see, each month, which of its patients
were on high doses of opioids, or on an opioid and a gabapentinoid together, and whether they had been
reviewed. Alongside this we would give practices the time, training and specialist backup to act.

There was also a difference in how comfortable practices felt about starting these conversations. Some
had pharmacists with experience of tapering and confident GPs. Others had a single part-time pharmacist
and a long list of other priorities. Without support, the practices with the highest prescribing were
often the ones least able to act.

The pain service, for its part, had discharged many patients back to their GP with a plan to reduce their
opioid, but had no way of knowing whether the plan was followed. Several of the patients it saw again had
returned to higher doses than when they had left.
"""),
        ("evidence", "What is the evidence of improvement?", """
The dashboard went live in all practices in January 2023. It is refreshed monthly from the GP clinical
systems and shows, for each practice, the patients above 120mg oral morphine equivalent a day, those on an
opioid with a gabapentinoid, and those on either for more than a year without a recorded review.

<<Q:On the statistical process control chart for the ICB, the number of patients prescribed an opioid
together with a gabapentinoid showed a sustained downward shift from May 2023, with every month since below
the previous mean of 4,820, and the current mean is 3,960.>> <<Q:Patients on more than 120mg oral morphine
equivalent a day fell from 1,240 in December 2022 to 870 in December 2024.>> <<Q:The proportion of
long-term users with a documented review in the past year rose from 38% to 71%.>>

The dashboard is backed by a monthly advice line from the pain service, three half-day training sessions
for practice pharmacists each year, and a set of template letters and tapering plans that practices can
adapt. The federation's pharmacists also offer to run review clinics in practices that are struggling to
find the time.

The practices with the highest rates at the start have had the most support from the federation's team,
and the gap between the highest and lowest practices is being tracked every quarter.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:GPs and practice pharmacists from the federation met with our analysts every fortnight for the first
six months to decide what the dashboard should show, and they asked for patient lists rather than
percentages, because that is what they can act on.>> <<S:Consultants and specialist nurses from the pain
service wrote the tapering guidance linked from the dashboard and changed it after practice pharmacists
said the first version was too cautious for people on modest doses.>> <<S:Practice managers asked for a
simple monthly email with the practice's three headline figures, which now goes out on the first Monday of
each month.>>

Patients identified on the dashboard were sent a letter by their practice inviting them for a review. We
did not set up a patient group for this work. We plan to involve people with lived experience of long-term
pain when we develop the next version.
"""),
        ("value", "What has been the impact on experience and value for money?", """
The dashboard was built by the ICB's existing analytics team. The pain service's advice line and tapering
clinics cost about £96,000 a year. Prescribing costs for opioids and gabapentinoids have fallen by an
estimated £410,000 a year, and the reduced risk of overdose, falls and dependence is the more important
benefit.

Practices tell us the dashboard saves them time, because they no longer need to write and run their own
searches.

Practice pharmacists say that the tapering templates and the advice line have made them more confident to
start conversations with patients who have been on opioids for many years.
"""),
        ("spread", "How has the work been shared and spread?", """
The dashboard code and guidance have been shared with three neighbouring ICBs, one of which now uses it.
We have presented at the national medicines safety improvement programme's learning event.

The most important lesson for others is that data alone does not change prescribing. The dashboard worked
because it came with time, training and someone to call when a practice was unsure what to do next.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1583  the gap when a two-week discharge supply runs out - docx - lists -
#        primary care network pharmacist, practical - PCN with the acute
#        trust and the LPC - patients and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1583", format="docx", layout="bullet_lists", topic="discharge_supply_gap_repeat_prescriptions",
    project="independent99-nogap-1583", docx_font="Calibri",
    title="Mind the Gap: no one runs out when their hospital supply ends",
    cover=[
        "Lead: Linford Brook Primary Care Network",
        "Partners: North Linford Hospitals NHS Trust; Linford and Sheringham Local Pharmaceutical Committee",
        "Entry by the Senior Clinical Pharmacist, Linford Brook PCN",
    ],
    primary_entrant=dict(name="Linford Brook Primary Care Network", type="primary_care"),
    partners=[
        dict(name="North Linford Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Linford and Sheringham Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "The problem", """
Patients leaving North Linford hospitals are given 14 days of any new medicine. By day 14 the GP
practice should have updated the repeat prescription so the patient can order more. Very often it has
not.

- Discharge summaries can take several days to reach the practice and then wait in a queue to be
processed.

- Patients do not know they need to order the new medicine, or order their old list.

- Community pharmacies dispense the old repeat because that is what the prescription says.

- New medicines such as heart failure drugs, anticoagulants and insulin run out, or are given alongside
medicines that were stopped.

Our eight practices looked at 120 discharges in early 2022. In a quarter of cases the patient had a gap
of at least two days in a new medicine, or was taking a stopped medicine, at some point in the first
month.

- The discharge summary often listed the new medicines but not the ones that had been stopped, so the
practice had to compare two lists by eye.

- Practices had no shared way of handling medicines changes, and each did it differently.

- Patients were told at discharge to 'see your GP', which many took to mean booking an appointment rather
than ordering a prescription.

- Several readmissions in 2021 had been linked to a new heart failure medicine that had run out or a
stopped anticoagulant that had been restarted from an old repeat.

- The hospital pharmacy team had no way of knowing what happened after day 14, and the practices had no
way of knowing in time that something new had been started.
"""),
        ("evidence", "Results", """
- Every discharge summary with a medicines change is now flagged on arrival and processed by a PCN
pharmacy technician within two working days.

- The technician updates the repeat list, adds a stop date to stopped items, and sends a message to the
patient's nominated pharmacy.

- On day 10 the patient gets a text reminding them to order and saying exactly what to order.

- <<Q:In a repeat audit of 120 discharges in 2024, the proportion with a gap in a new medicine or a stopped
medicine still being taken fell from 25% to 7%.>>

- <<Q:The average time from the discharge summary arriving to the repeat list being updated came down from
6.5 working days to 1.4.>>

- <<Q:Calls from patients to practices saying they had run out of a new medicine went down from around 40
a month to about 12.>>

- The technicians also check that any new medicine needing monitoring, such as a blood test after
starting a heart failure drug, has been booked.

- The audit is repeated every six months and shared with the hospital's discharge group.
"""),
        ("stakeholders", "Who was involved", """
- <<P:Patients from two of our practices' patient participation groups tested the text message wording
and told us to name the medicine and say 'order this now', rather than 'please review your repeat
prescription', and that is the wording we use.>>

- <<P:A man who had run out of his heart failure medicine after discharge, and ended up back in hospital,
talked to the project team about what had gone wrong and helped us map the steps.>>

- <<S:Practice reception and prescription clerks described how discharge summaries were actually handled
in each practice and helped design the flag.>>

- <<S:Community pharmacists through the LPC asked for a message whenever an item is stopped, not just when
a new one is started, and this was added.>>

- <<S:Hospital ward pharmacists agreed to write 'new', 'changed' or 'stopped' next to every medicine on the
discharge summary after our technicians showed them examples of confusing letters.>>
"""),
        ("value", "Value", """
- The technician time is funded from the PCN's additional roles budget.

- The text messages cost about 4p each.

- Each readmission avoided saves the NHS several thousand pounds, and every avoided gap in a heart failure
or anticoagulant medicine matters to the patient.

- Practice staff say the process is clearer and that they spend less time answering queries from patients
and pharmacies about discharge medicines.

- Community pharmacies no longer have to guess which list is correct.

- The process uses existing staff and systems, and has needed no new software.
"""),
        ("spread", "Spreading the work", """
- Two other PCNs in Linford have started the same process this year.

- The hospital now sends the 'new, changed, stopped' summary to every practice it serves.

- The LPC has shared the stopped-item message with all its pharmacies.

- Our advice to other networks is to start by auditing a small number of discharges, because the audit
showed us exactly where the gaps were.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1584  translated medicine schedules for people leaving hospital who do
#        not read English - docx - style headings - refugee and migrant health
#        charity manager, personal - charity with the acute trust and the LPC
#        - community health champions and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1584", format="docx", layout="style_headings", topic="translated_discharge_medicine_schedules",
    project="independent99-inmywords-1584", docx_font="Cambria",
    title="In My Words: translated medicine schedules for people leaving hospital",
    cover=[
        "Lead organisation: Harrowgate Welcome Health (refugee and migrant health charity)",
        "Partners: Eastbourne Vale University Hospitals NHS Trust; Eastbourne Vale Local Pharmaceutical Committee",
        "Author: Programme Manager, Harrowgate Welcome Health",
    ],
    primary_entrant=dict(name="Harrowgate Welcome Health", type="charity"),
    partners=[
        dict(name="Eastbourne Vale University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Eastbourne Vale Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "Why we started", """
Our charity supports refugees, people seeking asylum and other migrants in Eastbourne Vale. One of the
things we hear most often is about going home from hospital with a bag of medicines and a list nobody can
read. Around one in twelve patients at the local hospitals needs an interpreter, and the most common
languages are Arabic, Dari, Kurdish Sorani, Tigrinya, Polish and Romanian.

Interpreters are booked for the ward round and for consent, but rarely for the moment a patient is handed
their discharge medicines, which often happens late in the day. The discharge letter and the medicine
labels are in English. People told us they had guessed, taken everything at once, asked a child to read
the labels, or stopped taking medicines they did not recognise.

In 2022 a woman from Eritrea was readmitted with a serious bleed after taking both the new blood thinner
she was given on discharge and the old one she had at home. She had not understood that one replaced the
other. That case brought the hospital pharmacy team and us together.

Many of the people we support are already at risk of poor health. Some have come through long journeys,
some live in temporary accommodation or hotels where they cannot store medicines safely, and many are not
yet registered with a GP. When they leave hospital, there is often nobody at home who can read English,
and the community pharmacy may not know which language they speak.

The hospital pharmacy team had already tried translated leaflets, but these described the medicine in
general terms rather than the person's own regime. What people needed was their own schedule, in their
own language, showing exactly what to take and when.
"""),
        ("evidence", "What difference it has made", """
Since September 2023, every patient on the two medical wards who needs an interpreter is given a medicine
schedule in their own language when they leave. The hospital pharmacy prints the schedule from a
translated template, with pictures of times of day and the name of each medicine as it appears on the box.
A phone interpreter joins the discharge conversation. The community pharmacy is told the patient's
language so it can book an interpreter for the follow-up.

<<Q:When we phoned patients a week after discharge, with an interpreter, the share who could correctly
say what each of their medicines was for and when to take it rose from 34% in the baseline group in 2023
to 81% in 2024.>> <<Q:Medicine-related readmissions within 30 days among patients needing an interpreter
on the two wards went from 9 in the six months before to 3 in the six months after.>>

In the first year, 640 patients received a translated schedule. The most requested languages were Arabic,
Dari and Romanian.

The schedule is given alongside the standard English discharge letter, so that GP practices and
pharmacies can see the same information. A copy is stored in the patient's electronic record, so it can
be reprinted if the patient is readmitted or loses it.
"""),
        ("stakeholders", "Who was involved", """
<<P:Our community health champions, volunteers who came to this country as refugees themselves, checked
every translation against how people actually speak, and replaced several formal words with the ones used
at home.>> <<P:The picture symbols for morning, midday, evening and night were chosen at two women's groups
we run, after people said the sun and moon pictures in the first draft were confusing.>> <<P:A Dari-speaking
father who had looked after his son after surgery sat with the pharmacy team and went through a mock
discharge, which is why the schedule now has a line for 'who to call' with a number that has an
interpreter.>>

<<S:Ward pharmacists and pharmacy technicians tested the templates on their wards for two months and asked
for a version that could be printed straight from the electronic prescribing system, which the hospital's
digital team then built.>> <<S:Community pharmacists through the LPC asked to be told the patient's
language in advance, and this was added to the discharge referral.>> <<S:Nurses in the discharge lounge
suggested holding the phone interpreter call there rather than on the ward, because it was quieter.>>
"""),
        ("value", "Value", """
Translating the templates cost about £6,500 in total, paid by a grant to the charity. Telephone
interpreting for discharge adds about £15 per patient. A single readmission costs far more. Patients and
families tell us they feel respected, and ward staff say they no longer worry that a patient has gone home
without understanding.

The charity's role continues after discharge. Our caseworkers make sure that people who are not yet
registered with a GP are helped to register, so that their medicines can continue after the hospital
supply runs out.
"""),
        ("spread", "Spread", """
The templates are now available in twelve languages and are being rolled out to all adult wards at the
hospital during 2025. We have shared them free of charge with the national refugee health network and
with two other trusts in the region. The LPC has written the language question into its guidance on the
discharge medicines service.

We think the approach would work in any hospital with a translated template library and a phone
interpreting contract, and we would be glad to help others start.
"""),
    ],
    flags=[],
)
