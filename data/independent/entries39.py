"""Thirty-ninth independent evaluation set (I609..I624) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing GP practices, primary care networks,
community pharmacies and their committees, community nursing teams, councils,
universities and voluntary sector groups in market towns and rural areas send in, in
their own voices and at their own length.  The theme of this set is general practice,
community pharmacy, community nursing and the voluntary sector in towns and the
countryside.

Topics: prescriptions for high-risk medicines left uncollected at community pharmacies (a
pharmaceutical committee), very high blood pressure found at pharmacy blood pressure
checks (a primary care network, a form), compression bandaging for leg ulcers without a
circulation check (a community trust with a leg club), dose changes part-way through the
cycle for people on weekly blister packs (a GP practice, no headings), medicines
delivered to remote farms and left on the doorstep (a private pharmacy company as primary
entrant), tick bites and Lyme disease in a national park (a university lead, two
columns), blood samples from rural surgeries that arrive too late and give falsely high
potassium, district nursing and medicines when villages are cut off by flooding (capital
headings), lumpy injection sites from reused insulin pen needles (no spread section),
seasonal farm workers who cannot get medical care (a migrant workers' charity, no
headings, long), dependence on codeine bought over the counter (a recovery charity),
fasting in Ramadan for people taking diabetes medicines (a GP practice with a mosque,
sections in an unusual order, no value section), dispensing errors in a rural
dispensing practice (teams of one practice, no partner), repeat medicines for Gypsy and
Traveller families who move between areas (a Traveller charity, lists), rescue packs of
steroids and antibiotics for people with COPD (with appendix) and volunteer drivers whose
passengers are taken ill on the way to hospital (a community transport charity on its
own, a short form).

Build it with

    .venv/bin/python data/independent/build.py --set 39   (writes data/corpus/independent39/)

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
  * not Q: dates, financial years, bed/ward/home/school/practice/pharmacy counts,
    headcounts, numbers trained, activity counts (visits, calls, referrals, checks,
    deliveries, alerts, people screened or identified), single figures with no baseline,
    a zero with no earlier figure, figures that did not change, budgets, costs and
    savings estimates, phone numbers, postcodes, reference numbers, targets not yet
    reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words;
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing), so a measured change told only in the value
    section still leaves the flag set;
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, volunteers with lived experience, unusual job
    titles, list items), wherever in the entry it is told;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, staff simply delivering the service, audiences at
    launches and meetings that were only updated, surveys and questionnaires after which
    nothing changed.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices, GP federations, primary care networks and local
pharmaceutical committees are primary_care; patients' support groups such as a Breathe
Easy group or a diabetes support group are patient_group; leg clubs, recovery,
Traveller, migrant workers' and community transport charities, volunteer 4x4 groups and
a mosque (a registered charity) are charity; a national park authority is public_other;
a university is university; pharmacy companies and courier companies are private).  A
department, team or branch surgery of the entrant's own organisation is not a partner.
Flags are written by hand and build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I609  high-risk medicines left uncollected at community pharmacies - pdf -
#       own headings - LPC chief officer, practical - LPC with the ICB, a
#       mental health trust and a primary care network - staff involved - NO
#       patient involvement (patients told at the counter, a leaflet, a
#       forum that was updated, a survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I609", format="pdf", layout="own_headings", topic="uncollected_high_risk_prescriptions",
    project="independent39-notcollected-609", pdf_font="LiberationSans", pdf_align="L",
    title="Not Collected, Not Forgotten: acting when prescriptions for high-risk medicines are left on the pharmacy shelf",
    cover=[
        "Lead organisation: Community Pharmacy Tarnwick and Esk (the Local Pharmaceutical Committee for Tarnwick and the Esk Valley)",
        "Partners: NHS Tarnwick and Esk Integrated Care Board; Northfell Mental Health NHS Foundation Trust; Esk Valley Primary Care Network",
        "Written by the Chief Officer of the LPC",
    ],
    primary_entrant=dict(name="Community Pharmacy Tarnwick and Esk", type="primary_care"),
    partners=[
        dict(name="NHS Tarnwick and Esk Integrated Care Board", type="icb"),
        dict(name="Northfell Mental Health NHS Foundation Trust", type="nhs_trust"),
        dict(name="Esk Valley Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "The gap we found", """
There are 42 community pharmacies in Tarnwick and the Esk Valley, from a large chain branch in Tarnwick
town centre to single-handed pharmacies in villages where the pharmacist knows most customers by name.
Almost every prescription now arrives electronically. The GP sends it, the pharmacy dispenses it, and it
sits in a bag on the shelf until the patient or someone on their behalf comes in. If nobody comes, after a
few weeks the item is put back into stock or returned, the prescription is sent back to the national
system as not dispensed, and that is normally the end of it.

For most medicines that is not a safety problem. For some it is. When someone stops collecting their
antipsychotic, their anti-epileptic medicine, their insulin, their lithium or their anticoagulant, that
is often the first sign that something is going wrong, and the pharmacy is usually the only place that
can see it. GP systems show that a prescription was issued, not that it was collected.

In 2022 two cases came to the LPC within a month of each other. A man in his thirties with schizophrenia
had not collected his olanzapine for nine weeks. His pharmacy had noticed and put a note on his record,
but had no agreed way to tell anyone, and he was eventually detained under the Mental Health Act after a
serious relapse. A young woman with epilepsy stopped collecting her lamotrigine when she moved in with
her partner in a village twelve miles away, and had a seizure while driving. Nobody was badly hurt, but
her pharmacy had two months of her medicines sitting on the shelf.

Our pharmacists told us this was not rare. They were seeing uncollected bags for high-risk medicines every
week and dealing with them in different ways: some rang the patient, some rang the surgery and waited in
a queue, some wrote a note and hoped, and some did nothing because they were not sure it was their place.

Not Collected, Not Forgotten started in January 2023. We agreed a short list of high-risk medicines with
the ICB medicines optimisation team and the mental health trust. If any of these is not collected within
14 days of being ready, the pharmacy tries to contact the patient. If they cannot reach them, or the
patient says they have stopped taking it, the pharmacy sends a standard message through NHSmail to the
practice's shared clinical inbox, where the PCN clinical pharmacists pick it up. For patients under the
community mental health team, the message goes to the team's duty worker as well.
"""),
        ("evidence", "What has changed", """
Before we started we asked eight pharmacies to keep a record for six weeks of every high-risk item that
was not collected and what happened next. We repeated the same exercise in the same eight pharmacies in
the spring of 2024.

<<Q:The proportion of uncollected high-risk prescriptions where the GP practice or mental health team was
told rose from 11% in the 2022 baseline to 87% in 2024.>> <<Q:The median time from an item being ready to
somebody from the practice or team contacting the patient fell from 38 days to 6 days.>>

The mental health trust looked at people on its community caseload who were admitted to hospital in a
crisis where stopping medicines had played a part. <<Q:Among patients registered with Esk Valley
practices, these admissions fell from 19 in 2022 to 8 in 2024.>> The trust is clear that other things
will have contributed.

Across all 42 pharmacies, 1,236 messages have been sent to practices since January 2023. The most common
medicines were antipsychotics, anti-epileptics and insulin.
"""),
        ("stakeholders", "Who was involved", """
<<S:The list of medicines was drawn up at two evening meetings of pharmacists and dispensing staff from
across the area, who argued for the 14-day rule because they said the 28 days first suggested would have
been far too late for insulin.>> <<S:The PCN's clinical pharmacists asked for the message to use a fixed
subject line and the same four headings every time, so it would not get lost in a busy inbox, and they
wrote the template with us.>> <<S:Community mental health nurses at Northfell told us that messages to
the GP alone did not reach the care coordinator quickly enough, which is why the duty worker is now
copied in.>> <<S:Counter assistants in three village pharmacies tested the first version of the phone
script and changed it so that it did not sound like the pharmacy was checking up on people.>>

Patients are told at the counter and on the bag label that their pharmacy may contact their surgery if a
medicine is not collected, and a leaflet explaining this is available in every pharmacy. The ICB's
patient engagement forum was updated on the scheme in 2023. We sent a short questionnaire to a sample of
patients who had been contacted, and most said they did not mind being phoned, so we did not change the
process. We would like to work with the local Mind group on the wording of the leaflet next year.
"""),
        ("value", "Value", """
The scheme needed no new money. It runs on NHSmail and on the time pharmacies and practices already spend
chasing these things, now spent in a more organised way. The LPC's time to set it up was about 20 days.
One admission to a mental health ward typically lasts several weeks, and an emergency admission after a
seizure or a diabetic emergency costs several thousand pounds.

Pharmacists say they are relieved to have a clear thing to do. Practice pharmacists say the messages are
short and easy to act on.
"""),
        ("spread", "Sharing it", """
The ICB has asked the other two LPCs in its area to adopt the scheme, and one started in October 2024.
We have shared the medicines list and the message template with Community Pharmacy England's regional
forum, and the mental health trust has added the duty worker route to its policy on medicines in the
community.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I610  very high blood pressure found at community pharmacy checks - docx -
#       form table - short - PCN clinical director, brisk - PCN with the LPC
#       and the acute trust's medical assessment unit - a patient and staff
#       involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I610", format="docx", layout="form_table", topic="pharmacy_bp_check_severe_hypertension",
    project="independent39-redreading-610", docx_font="Calibri",
    title="Red Reading: what happens next when a pharmacy blood pressure check finds a dangerously high result",
    cover_table=[
        ("Title of entry", "Red Reading: what happens next when a pharmacy blood pressure check finds a dangerously high result"),
        ("Lead organisation", "Brindle Moor Primary Care Network"),
        ("Partner organisations", "Community Pharmacy Lancrest (Local Pharmaceutical Committee); Lancrest and Brindle Hospitals NHS Trust (Medical Assessment Unit)"),
        ("Name and role of entrant", "Dr Ruth Okafor, Clinical Director, Brindle Moor PCN"),
    ],
    primary_entrant=dict(name="Brindle Moor Primary Care Network", type="primary_care"),
    partners=[
        dict(name="Community Pharmacy Lancrest", type="primary_care"),
        dict(name="Lancrest and Brindle Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and its safety goals.", """
Community pharmacies in our area now do a large number of blood pressure checks under the national
service, which is good news in a rural PCN where some people have not seen a GP for years. But the
checks find things. Roughly one person in a hundred has a reading of 180/120 or higher, and some of
them have symptoms such as headache, visual disturbance or chest pain that mean they need to be seen the
same day.

The service specification says 'refer to the GP'. In practice that meant the pharmacist handing the
person a slip of paper and telling them to ring the surgery in the morning. Some did. Some could not get
an appointment for a week. Some did not bother because they felt fine. In November 2022 a 58-year-old
farmer had a reading of 214/128 in a pharmacy in Brindle, was told to see his GP, and had a stroke four
days later without having done so. When we looked back, we found eleven other people that year with
readings over 180/120 in our pharmacies who had no GP contact within a week.

Red Reading gives pharmacists a direct route. Any reading of 180/120 or above with symptoms goes straight
to the medical assessment unit by phone. Without symptoms, the pharmacist books the person into a
same-day or next-day slot held for this purpose at their practice, through a shared booking page, before
they leave the pharmacy.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
<<Q:People with a reading of 180/120 or higher who were seen by a clinician within 24 hours went from 34%
in 2022 to 93% in 2024.>> <<Q:Those with no GP or hospital contact at all within a week fell from twelve
in 2022 to one in 2024.>> The pharmacies carried out about 9,400 checks in 2024, and 96 people were
booked through the shared page. Eleven were sent directly to the medical assessment unit, and four were
admitted.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Pharmacists from six of our pharmacies designed the one-page decision chart with our practice
pharmacists, and asked for the held appointment slots after saying that the worst part was sending
someone away without knowing they would be seen.>> <<S:Reception managers at the five practices agreed
how many slots to hold each day and changed the number after the first month when they found the
afternoon slots were not being used.>> <<S:Medical assessment unit nurses asked pharmacists to give them
the exact readings and symptoms in a set order on the phone, and this became the script on the back of
the chart.>> <<P:The farmer who had the stroke, and his wife, talked to the PCN team about what would have
made him go, and his answer was that 'see your GP' sounded like something that could wait; the wording
on the slip now says 'you need to be seen today or tomorrow'.>>
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
Holding two slots a day per practice costs almost nothing, as unused slots are released at midday. A
stroke costs the NHS and social care tens of thousands of pounds in its first year. Pharmacists say they
now feel confident about what to do, and people who are found to have a high reading leave the pharmacy
with an appointment rather than a worry.
"""),
        ("spread", "How has the work been shared and spread?", """
The LPC has offered the decision chart and booking page to every PCN in Lancrest, and three have taken it
up. We presented the work at the regional cardiovascular prevention network in 2024.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I611  compression bandaging for leg ulcers without a circulation check -
#       docx - bold headings with a cover table - tissue viability lead nurse,
#       plain - community trust with a leg club charity and a rural PCN -
#       leg club members and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I611", format="docx", layout="bold_headings", topic="leg_ulcer_compression_doppler",
    project="independent39-checkbeforecompress-611", docx_font="Calibri",
    title="Check Before You Compress: safe compression therapy for leg ulcers in Hallowford",
    cover_table=[
        ("Entry title", "Check Before You Compress: safe compression therapy for leg ulcers in Hallowford"),
        ("Lead organisation", "Hallowford Community Health NHS Trust (Tissue Viability and District Nursing)"),
        ("Partners", "Hallowford and District Leg Club (registered charity); Hallowford Rural Primary Care Network"),
        ("Contact", "Lead Nurse, Tissue Viability"),
    ],
    primary_entrant=dict(name="Hallowford Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Hallowford and District Leg Club", type="charity"),
        dict(name="Hallowford Rural Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "Context", """
Leg ulcers are one of the commonest things community nurses treat. Most are caused by poor return of
blood through the veins, and strong compression bandaging or hosiery is what heals them. But if the
person also has narrowed arteries in the leg, strong compression can cut off what blood supply there is,
causing pain, skin damage and, at worst, loss of the limb. That is why guidance says everyone should have
a vascular assessment, including an ankle brachial pressure index (ABPI) with a Doppler, before
compression is started, and again at regular intervals.

In Hallowford, leg ulcers are cared for by district nurses, by practice nurses in eleven rural practices,
and at the weekly Leg Club in the church hall in Hallowford, which is run by a charity with volunteers
and staffed by our nurses. In 2022 our tissue viability team found that the three settings were using
different bandages and different rules, and that many people had been in compression for years without
a repeat assessment. Several practices had no working Doppler. People moved between the practice, the
Leg Club and home visits and each assumed the others had checked.

We had two serious incidents in 2022. One man with diabetes developed a pressure wound on his shin under
a bandage that had been put on without any assessment, and later needed a below-knee amputation. A woman
in her eighties was in full compression for three years, was never reassessed, and by the time her leg
pain was investigated she had severe arterial disease.

The aim of the partnership was that nobody in Hallowford is put into strong compression without a
documented vascular assessment, that everyone is reassessed at least every three months, and that anyone
with an abnormal result is referred to the vascular service.
"""),
        ("evidence", "Evidence of improvement", """
We audited the records of everyone with a leg ulcer on the caseloads of the district nurses, the PCN
practices and the Leg Club in June 2022 and again in June 2024.

<<Q:People in compression with a documented ABPI or other vascular assessment rose from 46% in 2022 to 94%
in 2024.>> <<Q:Those reassessed within the last three months went up from 18% to 81%.>> <<Q:Incidents of
skin damage caused by compression bandaging fell from 14 in 2022 to 3 in 2024.>> <<Q:The median time to
heal a venous leg ulcer came down from 27 weeks to 16 weeks, which we think is because more people are
now in the right level of compression rather than a 'safe' light bandage.>>

The PCN bought four handheld Dopplers, so every practice now has access to one, and 38 practice and
district nurses completed the vascular assessment competency.
"""),
        ("stakeholders", "How people were involved", """
<<P:Members of the Leg Club were involved from the start, because they were the ones moving between
settings, and at a Leg Club meeting in 2022 they told us that they were often bandaged differently each
week depending on who was on.>> <<P:A small group of members helped design the 'my legs' record card that
every patient now carries, showing the date and result of their last assessment and the bandage they
should have, and one member, a retired teacher, suggested the traffic-light colours on it.>> <<P:The Leg
Club's volunteer committee, most of whom have had ulcers themselves, asked for a Doppler to be kept at
the Leg Club so that checks could be done there on the day, and raised the money for it.>>

<<S:Practice nurses and district nurses agreed the shared bandage formulary together at three joint
meetings, after practice nurses pointed out that the bandages the district nurses used were not on their
prescribing list.>> <<S:Healthcare assistants at the Leg Club suggested a reminder sticker on the front
of the notes showing the date the next assessment was due, and this is now used in all three settings.>>
"""),
        ("value", "Value", """
The four Dopplers cost about £2,400. Faster healing means fewer nursing visits and fewer bandages, and
the ICB's wound care lead estimates the saving on dressings alone at more than the cost of the Dopplers
each year. An amputation changes a person's life and is very costly for health and social care.

Leg Club members say they feel more in control because they carry their own record and know when their
next check is due. Nurses say they feel safer, particularly new staff.
"""),
        ("spread", "Spread", """
The 'my legs' card and the shared formulary are now used across the whole trust, which covers two other
districts. The Leg Club has shared its Doppler arrangement with two other leg clubs in the county, and we
presented the work at the regional tissue viability study day.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I612  dose changes part-way through the cycle for people on weekly blister
#       packs - docx - no headings - practice clinical pharmacist, first
#       person, conversational - GP practice with an independent pharmacy
#       company and the community trust's district nurses - a carer and
#       staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I612", format="docx", layout="no_headings", topic="compliance_aid_mid_cycle_changes",
    project="independent39-changedpack-612", docx_font="Georgia",
    title="The Changed Pack: stopping old doses reaching people on weekly blister packs",
    cover=[
        "Castle Lane Surgery, Penstowe (lead entrant), working with Rowe's Pharmacy Ltd, Penstowe, and the Penstowe District Nursing Team of Westerleigh Community Health NHS Trust",
        "Written by Sian Trevithick, Clinical Pharmacist, Castle Lane Surgery",
    ],
    primary_entrant=dict(name="Castle Lane Surgery", type="primary_care"),
    partners=[
        dict(name="Rowe's Pharmacy Ltd", type="private"),
        dict(name="Westerleigh Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", None, """
Castle Lane is a practice of about 9,800 patients in a small market town and the villages around it.
Like most practices with an older population we have a lot of people whose medicines come in a weekly
blister pack, the sealed trays with a row of little compartments for each day and each time of day. At
the last count it was 312 people, almost all of them supplied by Rowe's, the pharmacy across the square.
The packs help people who have memory problems or who take a lot of tablets, and home care workers
prefer them because they can see at a glance what has been taken.

The trouble with a pack is that it is made up in advance. Rowe's makes each patient's packs for four weeks
at a time and delivers them weekly, so at any moment there are up to three weeks of tablets already sealed
into plastic with last month's doses in them. When one of our GPs or I change a medicine, or a hospital
letter tells us to stop something, the change goes onto the prescription straight away, but the packs in
the person's kitchen do not change.

When I joined the practice in 2022 I started keeping a list of the problems I came across, and it got long
very quickly. A man whose furosemide was halved after a kidney blood test carried on taking the full dose
for three weeks because the new packs had not started yet. People who had been told to stop a medicine
popped it out of the pack and left it on the side, where a care worker found it and gave it. Carers
were trying to add new tablets to an existing pack by pushing them through the foil. District nurses
sometimes found two sets of packs in a house, the old ones and the new ones, being used at the same
time.

The one that made us act was a lady of 86 with dementia who lived alone with three home care visits a
day. Her digoxin was stopped in hospital because her heart rate was too slow. The discharge letter came
to us, we stopped it on her record, and the pharmacy took it out of the next batch of packs. But the
packs already in her house still had digoxin in them, and nobody had told the pharmacy to take them
back. Ten days later she was readmitted, very confused and with a dangerously slow pulse. She recovered,
but it was a near thing, and every single person involved had done what they thought was their job.

So in early 2023 the practice, Rowe's and the district nurses sat down together. We did not invent
anything clever. What we agreed was this. Every patient on a blister pack has an alert on their record
at the practice, so that anyone changing their medicines sees it. Any change is put into one of two
groups. Urgent changes, meaning a medicine stopped for safety reasons or a dose that must change now,
trigger a phone call from the practice to a dedicated number at Rowe's, followed by a task on the
electronic system. The pharmacy then collects the packs from the home and replaces them, the same day if
the change was made before two o'clock and otherwise the next morning. Non-urgent changes, such as
adding a vitamin or changing a brand, are held and made at the start of the next four-week batch, so
that we are not pulling packs apart for no reason.

When a pack has been remade, Rowe's puts a bright orange 'changed' sticker on the front with the date and
what has changed, in plain words. The district nurses and the home care agencies have been asked to look
for the sticker and to ring the pharmacy if they find an old pack still in use. And once a month I sit
down with the pharmacist at Rowe's and we go through every change that month to check it was handled the
way we agreed.

It sounds very ordinary written down, and I suppose it is. The hard part was getting everyone to use the
same words for 'urgent', and to stop changing things by sending a new prescription and hoping the
pharmacy would notice the difference.
"""),
        ("evidence", None, """
In March 2023, before the new process, the district nurses and Rowe's delivery driver checked the packs
in the homes of patients they were visiting anyway against the current prescription on the practice
record. We did the same check a year later.

<<Q:In March 2023, 23 of the 160 homes checked had a pack containing a medicine that had since been
stopped or changed; in March 2024 it was 3 of the 171 homes checked.>> <<Q:Incidents involving blister
packs reported by the pharmacy and the practice fell from 31 in 2022/23 to 9 in 2023/24.>> There have
been no admissions that we know of linked to an old pack since the digoxin case.

We have made 410 urgent pack changes through the process since it started. The pharmacy says that about
nine in ten are done the same day.
"""),
        ("stakeholders", None, """
None of this would have worked if it had been designed by the practice alone, because most of the
problems happened in places we never see.

<<S:The dispensers at Rowe's, who make up the packs, told us that the real problem was that changes
reached them as a new prescription with no explanation, so they could not tell a deliberate stop from a
mistake; they asked for the phone call and a one-line reason, and they wrote the wording of the
sticker.>> <<S:The district nurses suggested the check of old packs during their visits, and a couple of
them tested it on their rounds for a month before we asked everyone to do it.>> <<S:Our prescription
clerks pointed out that most of the non-urgent changes came from hospital letters, and they now hold those
in a separate folder until the next batch is due, which was their idea.>>

<<P:The daughter of one of our patients, who looks after her father and sorts out his medicines, came to
our second meeting and explained how confusing it was to get a new pack with no explanation, and she is
the reason the orange sticker says what has changed and why, not just that something has.>> <<P:She also
asked for the pharmacy to ring the family as well as the care agency when packs are collected, so
families are not alarmed to find the packs gone, and Rowe's now does this.>>

We told all our GPs and nurses about the new process at a practice meeting, and the three home care
agencies in town were sent a letter about the sticker.
"""),
        ("value", None, """
The costs are small. The pharmacy uses more packs and more of the driver's time, which Rowe's has
absorbed. Practice time is an hour or so a month for my review meeting. Against that, one admission of a
frail older person for a medicines problem easily costs several thousand pounds, and for the person it
can be the start of a decline they never recover from.

It has also made life less stressful. The district nurses say they no longer have to try to work out
which tablets are which in a kitchen full of packs. The pharmacy's staff say the phone calls mean they
are not guessing. And families have told us that the sticker is the first time anyone has explained to
them what changed.
"""),
        ("spread", None, """
Our PCN has adopted the two-group approach for all seven of its practices, and the other two pharmacies
in the PCN that make up packs have agreed to use the orange sticker. I have presented the work at the
ICB's medicines safety network and to the local pharmaceutical committee, and we have written a one-page
guide that any practice and pharmacy can use.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I613  medicines delivered to remote homes and left on the doorstep - pdf
#       - bullet lists - PRIVATE pharmacy company is the primary entrant, with
#       the community trust's district nurses and a good neighbours charity
#       as partners (ineligible) - superintendent pharmacist, businesslike -
#       staff involved - NO patient involvement (patients sent a letter,
#       asked to name a safe place, a survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I613", format="pdf", layout="bullet_lists", topic="rural_medicine_delivery_unattended",
    project="independent39-safehands-613", pdf_font="LiberationSans", pdf_align="L",
    title="Into Safe Hands: safer home delivery of medicines to remote homes in the Harnley Dales",
    cover=[
        "Submitted by Fellside Pharmacy Group Ltd (nine community pharmacies across the Harnley Dales)",
        "In partnership with Harnley Dales Community Health NHS Trust (District Nursing) and Dales Good Neighbours Network (registered charity)",
        "Contact: Superintendent Pharmacist, Fellside Pharmacy Group Ltd",
    ],
    primary_entrant=dict(name="Fellside Pharmacy Group Ltd", type="private"),
    partners=[
        dict(name="Harnley Dales Community Health NHS Trust", type="nhs_trust"),
        dict(name="Dales Good Neighbours Network", type="charity"),
    ],
    sections=[
        ("context", "The problem", """
Fellside delivers medicines to around 2,300 people in the Harnley Dales each month, many of them in
isolated farms and hamlets up to 25 miles from the nearest pharmacy. Deliveries are made by our own
drivers on set rounds.

What we found in 2022:

- drivers often found nobody in, and to avoid a second 50-mile round trip, bags were left in porches, barns, outbuildings and once in a milk churn stand

- fridge lines such as insulin and some eye drops were left out in summer heat and winter frost

- controlled drugs, including morphine for people at the end of life, had to be brought back, which sometimes meant a patient went without pain relief overnight

- in one case in 2022 a bag containing a week of a patient's methotrexate, warfarin and insulin was left in a porch and eaten into by a dog, and the patient took the tablets that were left without knowing some were missing

- district nurses were arriving to give end of life injections to find the medicines had not been delivered

What we changed from April 2023:

- every delivery customer is classed as green, amber or red: red for controlled drugs, fridge lines and anyone on the district nursing end of life register, amber for high-risk medicines, green for everything else

- red deliveries must be handed to a named person, and are booked into a time window agreed the day before

- the district nurses share their caseload of end of life patients with the pharmacy each morning, so red deliveries are planned around their visits

- where a red or amber delivery cannot be handed over, a Good Neighbours volunteer in the village can hold it securely and hand it over later that day

- every delivery is recorded on the driver's handheld device with a photo of where it was left or who took it
"""),
        ("evidence", "Results", """
We compared April 2022 to March 2023 with April 2023 to March 2024.

- <<Q:deliveries left unattended went down from about 1 in 7 to 1 in 40>>

- <<Q:fridge line deliveries left outside fell from 212 to 4>>

- <<Q:times a district nurse arrived for an end of life visit and found the medicines had not arrived fell from 26 to 3>>

- <<Q:complaints about lost or damaged deliveries dropped from 64 to 17>>

- Good Neighbours volunteers held and handed over 338 deliveries in the year
"""),
        ("stakeholders", "Who was involved", """
- <<S:our drivers worked out the green, amber and red system with the pharmacists in a series of Saturday morning meetings, and it was the drivers who said the red deliveries needed a time window the day before, because they know which lanes flood and which farms have no signal>>

- <<S:district nurses from the Upper Dale team asked for the end of life list to be shared each morning rather than weekly, after a trial showed that a weekly list was out of date by Tuesday>>

- <<S:Good Neighbours coordinators drew up the rules for volunteers holding medicines with our pharmacists, including a locked box and a signature sheet>>

- all delivery customers were sent a letter explaining the new system and asked to tell us a safe place or a named neighbour

- we ran a telephone survey of 100 delivery customers after six months, and as most were satisfied we made no changes

- patients were not involved in designing the scheme, but we plan to set up a customer panel in 2025
"""),
        ("value", "Value", """
- the handheld devices cost £9,000, paid for by Fellside

- the Good Neighbours Network receives a small donation per delivery held, which is less than the cost of a second journey

- fewer wasted fridge lines has saved around £11,000 a year in replacement medicines

- drivers say they no longer have to decide on their own whether to leave a bag in a barn

- district nurses no longer lose a visit because the medicines are not there
"""),
        ("spread", "Spread", """
- the colour system is now used in all nine Fellside pharmacies

- the district nursing team has asked the other two pharmacy groups in the Dales to share deliveries in the same way

- we have shared the approach with the National Pharmacy Association and with a rural pharmacy group in Wales

- the Good Neighbours Network has written a guide for other village schemes
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I614  tick bites and Lyme disease in a national park - pdf - two columns -
#       university senior lecturer, slightly academic - university with the
#       national park authority and a rural PCN - walkers, farmers and a
#       woman with late Lyme disease involved - NO staff involvement (GPs sent
#       a guide and attended a session, rangers trained, a named digital lead,
#       a plan)
# ---------------------------------------------------------------------------
entry(
    id="I614", format="pdf", layout="two_column", topic="tick_bites_lyme_disease_rural",
    project="independent39-tickaware-614", pdf_font="LiberationSans",
    title="Tick Aware Glenmarsh: earlier recognition and treatment of Lyme disease in a national park",
    cover=[
        "University of Glenmarsh, School of Life and Environmental Sciences (lead), with Glenmarsh Moors National Park Authority and Upper Glenmarsh Primary Care Network",
        "Entry by Dr Alasdair Fenwick, Senior Lecturer in Vector Ecology",
    ],
    primary_entrant=dict(name="University of Glenmarsh", type="university"),
    partners=[
        dict(name="Glenmarsh Moors National Park Authority", type="public_other"),
        dict(name="Upper Glenmarsh Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "Background", """
Lyme disease is an infection spread by the bite of an infected tick. In most people it starts as a
spreading red rash, erythema migrans, around the site of the bite, and at that stage it is easily
treated with a course of antibiotics. If it is missed, the infection can spread and cause facial palsy,
meningitis, heart rhythm problems or arthritis, some of which can be long lasting.

Our research group has been sampling ticks on the Glenmarsh Moors since 2016. Over that time the density
of ticks on the bracken and woodland edges used by walkers and livestock has increased, and the share
infected with the bacterium that causes Lyme disease has risen too. The national park has about 3.5
million visits a year and a resident population, mostly in farming and villages, of around 22,000.

At the same time, local GPs were telling us that the diagnosis was confusing. Erythema migrans is a
clinical diagnosis and does not need a blood test, and blood tests are often negative in the first weeks.
But many patients were being tested and told to come back for the result, or treated with a short course
of the wrong antibiotic. Visitors who were bitten often did not notice a tick at all, or removed it
badly, and went home before a rash appeared, so their own GP hundreds of miles away did not think of
Lyme disease.

In 2022 the university, the national park authority and the Upper Glenmarsh PCN agreed a joint
programme with three parts: tick awareness for the public at the places people actually pick up ticks,
a single clinical template for the PCN's practices based on national guidance, and a simple way for
visitors to be told what to watch for after they leave.
"""),
        ("evidence", "Results", """
We reviewed the records of all patients coded with erythema migrans or Lyme disease at the PCN's six
practices in 2021 and in 2023, with help from the PCN's data analyst.

<<Q:The proportion of patients with erythema migrans treated on the day they were seen, without waiting
for a blood test, rose from 41% in 2021 to 88% in 2023.>> <<Q:Those given the recommended antibiotic for
the recommended length of course went from 52% to 94%.>> <<Q:Cases diagnosed at a later stage, with facial
palsy, arthritis or neurological symptoms, fell from 14 in 2021 to 6 in 2023, even though total Lyme
diagnoses went up.>>

Rangers gave out around 31,000 tick cards in 2023, and the tick removal stations at eight car parks were
restocked 140 times.
"""),
        ("stakeholders", "Involvement", """
<<P:We asked two walking groups, the Glenmarsh Ramblers and a women's Nordic walking group, to walk our
routes with the draft signs and tell us what they noticed; they said the first signs looked like a
health warning nobody would stop to read, and the final signs show a photo of a real tick next to a
fingernail.>> <<P:Members of the local branch of the farmers' union told us that farmers would not go to
the surgery for 'a rash', so the leaflet for farms says 'a ring or red patch that is growing' and was
reworded with them.>> <<P:A woman from Upper Glenmarsh who was left with facial palsy after her Lyme
disease was missed in 2020 spoke at the launch and, more usefully, helped write the 'after your visit'
card for visitors, including the line 'tell your doctor you have been in an area with ticks'.>>

All GPs and practice nurses in the PCN were sent the clinical template and the summary guide, and most
came to a lunchtime teaching session given by our research group. The template was built by the PCN's
digital lead. The national park's 24 rangers were trained in safe tick removal and carry removal tools.
Community pharmacies were sent posters. We plan to ask clinicians for their views on the template in a
survey next year.
"""),
        ("value", "Value", """
Most of the cost was the signs and cards, about £14,000, which came from a university public engagement
grant and the national park authority. Treating erythema migrans costs a few pounds. Late Lyme disease
can mean hospital admission, specialist review and months off work. For people who farm or work
outdoors, early treatment also means they can carry on working.
"""),
        ("spread", "Spread", """
The clinical template has been adopted by two neighbouring PCNs in the ICB area. The national park has
shared the signs and cards with the other English national parks through their rangers' network, and we
have published the tick sampling method and results so that others can map risk in their own areas.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I615  blood samples from rural surgeries that arrive too late and give
#       falsely high potassium - docx - rubric headings - consultant clinical
#       biochemist, formal - pathology host trust with a GP federation and a
#       private courier company - staff involved - NO patient involvement
#       (patients asked to book morning appointments, a leaflet, patient
#       participation groups updated, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I615", format="docx", layout="rubric_headings", topic="rural_gp_blood_sample_delays_potassium",
    project="independent39-freshsample-615", docx_font="Cambria",
    title="Fresh to the Lab: cutting delays in blood samples from rural practices to end false and missed high potassium results",
    cover=[
        "Eastholme Hospitals NHS Trust, on behalf of the Wolds and Coast Pathology Service (lead)",
        "Partners: Wolds Rural GP Federation; Swiftline Medical Couriers Ltd",
        "Submitted by the Consultant Clinical Biochemist",
    ],
    primary_entrant=dict(name="Eastholme Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Wolds Rural GP Federation", type="primary_care"),
        dict(name="Swiftline Medical Couriers Ltd", type="private"),
    ],
    sections=[
        ("context", "Why was the partnership needed and what were its patient safety goals?", """
The Wolds and Coast Pathology Service receives blood samples from 34 GP surgeries and branch surgeries,
some of them more than 40 miles from the laboratory at Eastholme. Until 2023 most rural surgeries had
one collection a day, in the early afternoon. A blood sample taken at 8.30am might therefore reach the
laboratory at 6pm or later, having sat in a surgery and then a van for up to ten hours, sometimes in a
cold porch in winter or a hot vehicle in summer.

Potassium is the test most affected. When whole blood is left unseparated for many hours, particularly
in the cold, potassium leaks out of the red cells and the result is falsely high. In 2022 the laboratory
telephoned GPs and the out-of-hours service with hundreds of apparently critical potassium results from
rural practices. Many patients were called in for urgent repeat tests or sent to the emergency
department, where the repeat was normal. This was distressing for patients, wasted emergency department
time and, more dangerously, taught clinicians to assume that a high potassium from a rural practice was
'probably the delay'.

That assumption caused harm. In November 2022 a man in his seventies taking an ACE inhibitor and
spironolactone had a potassium of 7.1 mmol/L on a sample taken at a branch surgery. The out-of-hours
clinician, told the sample was old, arranged a repeat for two days later. The patient was admitted the
next day with a dangerous heart rhythm caused by genuine hyperkalaemia.

The partnership's goals were to get samples from rural surgeries to the laboratory in a fit state, so
that a high potassium can be trusted, and to make sure that any high result that might be genuine is
acted on the same day.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Since July 2023 the courier contract has provided two collections a day from every surgery. The six
largest surgeries, which act as hubs for nearby branch sites, now have a small centrifuge, so samples
are spun and separated within an hour of being taken. Collection boxes are temperature controlled, and
the time the sample was taken is recorded on the electronic request and printed on the report.

<<Q:Samples from rural surgeries reaching the laboratory more than 12 hours after being taken fell from 28%
in 2022 to 4% in 2024.>> <<Q:Potassium results of 6.0 mmol/L or above from these surgeries fell from 1,140
in 2022 to 386 in 2024, with no change in the number of genuinely high results confirmed on repeat.>>
<<Q:Emergency department attendances for a high potassium that was normal on repeat fell from 74 to
19.>> <<Q:The proportion of critical potassium results from rural surgeries where the patient was
contacted and a plan made the same day rose from 58% to 97%.>>
"""),
        ("spread", "How have the achievements been applied elsewhere and best practice shared?", """
The hub and centrifuge model has been extended to the coastal practices served by the same laboratory.
The federation has added sample timing to its phlebotomy standard for all member practices, and the
courier schedule has been built into the ICB's new pathology transport contract. We presented the work
at the Association for Clinical Biochemistry and Laboratory Medicine's regional meeting.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The centrifuges cost £1,800 each and the second daily collection adds about £46,000 a year to the courier
contract. Against this, fewer repeat tests, fewer telephone calls and fewer unnecessary emergency
department attendances save considerably more. Laboratory staff no longer spend evenings phoning results
that they suspect are false, and GPs can once again trust a high potassium from their own surgery.
"""),
        ("stakeholders", "Who was involved and how were patients and staff involved?", """
<<S:Phlebotomists and healthcare assistants from the federation's practices explained that most bloods
were taken in the first hour of the morning because of how clinics were booked, and together with the
courier's route planner they set the two collection times around this.>> <<S:Swiftline's drivers pointed
out which surgeries had nowhere safe to leave the box except an unheated porch, and these surgeries were
given the first temperature-controlled boxes.>> <<S:Biomedical scientists and duty biochemists wrote the
new rule for telephoning critical results, which now always includes the time the sample was taken, and
tested it with the out-of-hours GPs for two months before it went live.>>

Patients at rural practices have been encouraged to book blood tests early in the morning, and a leaflet
explaining why is available at reception. The patient participation groups at the hub practices were
updated on the changes. We intend to involve patients in future work on home blood testing.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I616  district nursing and medicines when villages are cut off by flooding
#       - pdf - capital headings - district nursing team leader, plain and
#       practical - community trust with the district council's emergency
#       planning team and a volunteer 4x4 charity - staff involved - NO
#       patient involvement (letters, phone calls, a parish meeting where
#       residents were told, a plan) - NO quantitative evidence (visits made,
#       people on the list, single figures, a zero with no comparison)
# ---------------------------------------------------------------------------
entry(
    id="I616", format="pdf", layout="caps_headings", topic="flooding_district_nursing_continuity",
    project="independent39-highwater-616", pdf_font="DejaVuSans", pdf_align="L",
    title="High Water: keeping district nursing visits and medicines going when the Lowfield villages flood",
    cover=[
        "Lowfield and Saltmarsh Community Health NHS Trust, Lowfield District Nursing Team (lead)",
        "Partners: Lowfield District Council (Emergency Planning); Levels 4x4 Response (volunteer charity)",
        "By the District Nursing Team Leader, Lowfield",
    ],
    primary_entrant=dict(name="Lowfield and Saltmarsh Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Lowfield District Council", type="local_authority"),
        dict(name="Levels 4x4 Response", type="charity"),
    ],
    sections=[
        ("context", "WHY WE NEEDED THIS", """
The Lowfield district nursing team covers eighteen villages and hamlets on low-lying farmland between two
rivers. Several times most winters the roads flood and some villages are cut off for a day or more. The
worst flooding in recent years, in the winter of 2020, closed roads to four villages for nine days.

Our caseload always includes people who cannot go without a nursing visit: people who need insulin given
by a nurse, people at the end of life on syringe drivers, and people with catheters or wounds that cannot
wait. Before this work we had no plan for flooding apart from phoning people and doing our best. In 2020
nurses drove through floodwater in their own cars because they did not know what else to do, and one
nurse's car was swept into a ditch. One patient at the end of life went a day and a half without her
syringe driver being refilled. People ran out of medicines because the pharmacy could not deliver.

In 2022 we agreed a flood plan with the council's emergency planning team and Levels 4x4 Response, a
charity of volunteer drivers with off-road vehicles who already help the council in floods and snow.
"""),
        ("evidence", "WHAT HAS HAPPENED", """
The plan has four parts. First, every patient on our caseload who lives in a village at risk of flooding
is given a priority level, and those who need a visit every day are shared with the council's emergency
planning team, who hold them on their list of vulnerable people. Second, when the Environment Agency
issues a flood warning, our team leader and the council agree which patients need to be moved, stocked up
or visited by 4x4. Third, Levels 4x4 Response drivers take our nurses into cut-off villages, or take
medicines in from the pharmacy. Fourth, patients in at-risk villages who are on daily visits have an
extra week of medicines and dressings at home from October to March.

The plan has been used five times since October 2022. The longest was in February 2024, when three
villages were cut off for six days. During that time 4x4 volunteers drove our nurses on 61 visits and
delivered medicines to 23 homes. All three patients on syringe drivers in those villages had their
drivers refilled on time.

There are currently 74 patients on the shared list. No nurse has driven into floodwater since the plan
started, and there have been no missed end of life visits during a flood.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<S:District nurses who had worked through the 2020 floods met with the council's emergency planners and
drew up the priority levels themselves, because they knew which patients could manage a missed day and
which could not.>> <<S:The nurses also asked for a rule that no member of staff ever drives through
floodwater, and that transport into a cut-off village is always arranged through the council's
emergency control room, which is now in the plan.>> <<S:The council's emergency planning officers changed
their vulnerable persons list after our team pointed out it did not include people who were not known to
social care, such as people on insulin who live independently.>>

All patients in at-risk villages were sent a letter explaining the plan and asking them to keep a week's
medicines. Patients on the shared list are phoned before each flood season to check their details are
correct. The plan was explained to residents at a meeting of the parish council in Saltmarsh End. We
have not yet asked patients what they think of it, and we would like to do this after the next flood.
"""),
        ("value", "VALUE", """
The plan uses existing services and the goodwill of volunteers. Levels 4x4 Response is paid a fuel
allowance, about £2,000 a year. The extra week of medicines costs little because it is a stock that is
used up. The main value is that people who depend on us are not left without care, and that our staff
are not put in danger.
"""),
        ("spread", "SPREAD", """
The council has used our priority levels as a template for the other community services that visit
people in flood risk areas, including home care agencies. The trust is writing similar plans for its
other two district nursing teams in flood risk areas, and we have shared the plan with the county's
local resilience forum.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I617  lumpy injection sites (lipohypertrophy) from reused insulin pen
#       needles - docx - numbered questions - community diabetes specialist
#       nurse, warm - community trust with a diabetes support group and the
#       LPC - group members and staff involved - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I617", format="docx", layout="numbered_questions", topic="insulin_lipohypertrophy_needle_reuse",
    project="independent39-feelthelumps-617", docx_font="Arial",
    title="Feel for the Lumps: finding and preventing lipohypertrophy in people who inject insulin at home",
    cover=[
        "Lead entrant: Thornwick Community Health Services NHS Trust (Community Diabetes Specialist Nursing Team)",
        "Partners: Thornwick Diabetes Support Group; Community Pharmacy Thornwick (Local Pharmaceutical Committee)",
        "Written by Maggie Holroyd, Community Diabetes Specialist Nurse",
    ],
    primary_entrant=dict(name="Thornwick Community Health Services NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Thornwick Diabetes Support Group", type="patient_group"),
        dict(name="Community Pharmacy Thornwick", type="primary_care"),
    ],
    sections=[
        ("context", "1. Why was the partnership needed and what were its safety goals?", """
When someone injects insulin into the same small patch of skin again and again, the fat under the skin
can build up into soft, rubbery lumps. This is called lipohypertrophy. Insulin injected into a lump is
absorbed unpredictably: sometimes hardly at all, so blood sugars run high and the dose gets pushed up,
and sometimes all at once, so the person has a sudden hypo. Reusing pen needles makes it worse, because a
blunt needle damages the tissue.

In our part of Thornwick, a mix of small towns and villages, about 2,600 people inject insulin at home.
Most are looked after by their GP practice and some by district nurses. When we started looking for lumps
properly in 2022, in people referred to our team for 'unstable diabetes', we found them in more than half.
Nobody had checked their injection sites for years. Many were reusing needles for a week or more, some
because they had been given one box of needles for three months of injections, and some because they
thought it was fine.

We had a run of cases that made it clear how serious this could be. One man's insulin dose had crept up
over five years to more than twice what he needed, because he was injecting into a large lump on his
stomach. When a district nurse injected into his thigh instead, he had a severe hypo and an ambulance was
called. A woman in her sixties who lives alone had three hypos in a month after she moved her injections
away from a lump on the advice of a locum, without her dose being reduced.

Our goals were that everyone who injects insulin in Thornwick has their injection sites checked at least
once a year, that people are prescribed and use a new needle for every injection, and that anyone who
changes injection site away from a lump does it with a reduced dose and support.
"""),
        ("evidence", "2. What evidence is there of improvements in safe care?", """
We checked injection sites in a sample of people who inject insulin at six GP practices, first in
autumn 2022 and again in autumn 2024. The practices and the people checked were chosen in the same way
both times.

<<Q:People found to have lipohypertrophy fell from 54% in 2022 to 27% in 2024.>> <<Q:Those who said they
used a new needle for every injection rose from 31% to 79%.>> <<Q:Among people on insulin known to our
team and the district nurses, ambulance call-outs for a severe hypo fell from 63 in 2022 to 35 in
2024.>> <<Q:In people who were found to have lumps and moved their injections to healthy skin with our
support, the average daily insulin dose came down by about a fifth.>>

Community pharmacies have carried out 1,870 needle and site conversations since April 2023.
"""),
        ("value", "3. What difference has it made to staff and patients, and is it good value?", """
Needles are cheap, and the extra needles prescribed cost a small fraction of what is saved from lower
insulin doses. Each severe hypo that needs an ambulance costs the NHS several hundred pounds, more if the
person is taken to hospital, and for older people a hypo can mean a fall or a broken hip.

People tell us it is a relief to find out why their sugars have been all over the place, when they had
often been told it was their diet. Practice nurses say the check takes two minutes once you know what you
are feeling for.
"""),
        ("stakeholders", "4. Who was involved and how?", """
<<P:The Thornwick Diabetes Support Group meets monthly in the library, and when we went along in 2022 to
talk about lumps, several members lifted their jumpers there and then and asked us to feel.>> <<P:They
told us that nobody had ever explained why needles should not be reused, and that the pictures in the
national leaflet were of young people with flat stomachs, so they helped us make our own leaflet with
photos of real older tummies and thighs, with permission.>> <<P:Two members, Derek and Joan, tested the
rotation grid, a see-through plastic sheet with numbered squares, for a month each and told us the
squares were too small to be any use, so the final grid has six large zones.>>

<<S:Community pharmacists worked with us on a simple check when an insulin prescription is handed in: if
the number of needles would not cover one per injection, they ask the person and contact the practice,
and it was the pharmacists who suggested offering a free sharps bin at the same time, because people
said they reused needles to avoid filling up the bin.>> <<S:Practice nurses at the first three practices
tried out the site check at annual reviews and asked for a single template question so it would be
recorded in the same place, and our team added it to the practice template.>> <<S:District nurses told us
that they were often the ones who found lumps in housebound patients but had no way to get the dose
changed, so there is now a direct referral to our team.>>
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I618  seasonal farm workers who cannot get medical care - pdf - no
#       headings - long - migrant workers' centre manager, first person,
#       direct - charity with a PCN and the district council - workers
#       involved - NO staff involvement (PCN nurses ran clinics, receptionists
#       trained, council officers sent information, a plan) - NO quantitative
#       evidence (registrations, attendances, a zero with no earlier figure,
#       a survey with no baseline)
# ---------------------------------------------------------------------------
entry(
    id="I618", format="pdf", layout="no_headings", topic="seasonal_farm_workers_healthcare_access",
    project="independent39-fieldhealth-618", pdf_font="LiberationSerif", pdf_align="L",
    title="Health in the Fields: making sure seasonal farm workers can get care before it becomes an emergency",
    cover=[
        "Fenreach Migrant Workers' Centre (registered charity), with Holbeck Fen Primary Care Network and Wash Marsh District Council (Public Health)",
        "Written by Daina Kalnina, Centre Manager",
    ],
    primary_entrant=dict(name="Fenreach Migrant Workers' Centre", type="charity"),
    partners=[
        dict(name="Holbeck Fen Primary Care Network", type="primary_care"),
        dict(name="Wash Marsh District Council", type="local_authority"),
    ],
    sections=[
        ("context", None, """
Every year from March to November several thousand people come to work on the farms and in the packhouses
around Holbeck Fen, picking and packing salad, soft fruit, flowers and vegetables. Most of them come on
the seasonal worker visa for six months. In recent years they have come from Central Asia, Nepal,
Indonesia and Eastern Europe. They live on the farms, mostly in caravans or converted units, often many
miles from the nearest town, and they work long hours, six days a week in the peak season.

I came to the Fens to pick strawberries myself in 2009 and stayed. I have run the centre since 2017. We
give advice on work, housing, money and health, we run English classes, and we have a small team of
caseworkers who between them speak eleven languages. What I want to describe here is how, until
recently, almost none of these workers could get health care until they were in an emergency.

Seasonal workers are entitled to register with a GP and to use NHS services. Most of them did not know
this. Many thought that the NHS charge they paid with their visa was only for hospitals, or that they
would lose their job if they went to a doctor. Some had been told by other workers that the surgery would
report them. When they tried to register, reception staff sometimes asked for proof of address, a
passport and a utility bill, which a worker living in a caravan on a farm does not have. The nearest
surgery is often eight or ten miles away, open only while they are at work, with no bus.

So people waited. They bought painkillers at the village shop and carried on. They came to us when it was
already bad. In 2022 our caseworkers dealt with a young man from Kyrgyzstan with type 1 diabetes who had
run out of insulin, had not known how to get more, and was taken to hospital with diabetic ketoacidosis.
A woman from Nepal had a cut on her hand from a packing knife that became so infected she needed surgery.
A man in his fifties had chest pains for two weeks and kept working, and was found collapsed in the
caravan park. Every summer we saw heat exhaustion, untreated infections, pregnant women who had not seen
a midwife, and people who had stopped medicines for blood pressure or epilepsy because they had run out.

In 2023 we went to the Holbeck Fen PCN and the district council's public health team, and between us we
put together what we call Health in the Fields.

There are four parts. The first is registration. PCN practices agreed to register seasonal workers using
the farm address, without proof of address, as national guidance already allows, and to accept a
registration form filled in at the centre or at a farm. Our caseworkers now visit each large farm at the
start of the season with the forms, and we take them to the practices in batches. The second is a weekly
evening clinic at the centre, on Wednesdays from six until nine, where a practice nurse and a GP from the
PCN see people with interpreters from our team, and can prescribe, refer and arrange tests. The third is
a health card, the size of a bank card, in eight languages, which tells people how to use NHS 111, which
pharmacies are open late, what to do in an emergency and that using the NHS will not affect their visa.
The fourth is a first week check: when a worker arrives, one of our caseworkers asks whether they take any
regular medicines or are pregnant, and if so makes sure they are seen at the next clinic before their
supply runs out.

The council's public health team paid for the interpreters' time and the printing, and the environmental
health officers, who already inspect caravan sites, hand out the card when they visit.
"""),
        ("evidence", None, """
Measuring this is hard because the workers change every year and most were never on any system before,
so we have no earlier figures to compare with. I will say what we know.

In the 2023 season, 1,412 seasonal workers were registered with a PCN practice through the centre or on
farm visits. In 2024 it was 2,206. The Wednesday clinic saw 640 people in its first season and 905 in its
second. The most common reasons were skin infections and injuries, back and joint pain, high blood
pressure, chest infections, contraception and pregnancy, and mental health.

The first week check found 188 people in 2024 who take regular medicines, including insulin,
anti-epileptic medicines, blood pressure tablets and inhalers. In the 2024 season we do not know of
any worker who ran out of an essential medicine. Thirty-one pregnant women were referred to the community
midwives through the clinic.

At the end of the 2024 season we asked 220 workers leaving the farms whether they knew how to get medical
help, and 87% said they did. We did not ask the same question before we started.
"""),
        ("stakeholders", None, """
From the start we wanted the workers to shape this, not us, because we have seen too many leaflets
written for migrant workers that nobody reads.

<<P:In April 2023 we held evening meetings in the caravan parks of three large farms, and around sixty
workers came and told us what stopped them getting help.>> <<P:It was the workers who said that the most
important line on the health card had to be that using the NHS will not affect your visa or your job,
and that it should go at the top, in bold.>> <<P:A group of Nepali and Kyrgyz women at one farm told us
they would never go to an evening clinic run only by men, so the clinic has a female nurse every week
and a separate room.>>

<<P:The young man who had been admitted with ketoacidosis, Azamat, agreed to tell his story in a short
video in Russian, and he suggested the first week check question about medicines, because, as he put it,
'nobody asked me, and I did not know who to tell'.>> <<P:Workers who came back for a second season
translated the health card into the languages our own team does not speak, and tested it with their
friends before it was printed.>>

The PCN's practice nurses and GPs run the Wednesday clinic on a rota. Reception teams at the four
practices had a training session from us about registration without proof of address. The council's
environmental health officers were sent the card and a briefing note. The growers agreed to let us onto
their farms and to display the card in the caravans. We are planning to ask the PCN's clinicians and
receptionists what could be better next season.
"""),
        ("value", None, """
The clinic costs about £38,000 a season, mostly the clinical time, which the PCN pays for from its
additional roles funding, and the interpreters, which the council pays. The card cost £3,200 to print.
Against this, one admission with ketoacidosis, one hand operation and one heart attack treated late would
cost much more than the whole season's clinic.

For the workers, it means being able to be seen by someone who speaks their language, in the evening,
without losing a day's pay, and knowing that they will not lose their job for it. For the practices, it
means workers are registered properly and arrive with an interpreter, rather than turning up at the
emergency department. Several growers have told us they now see fewer workers going home early because
of illness.
"""),
        ("spread", None, """
We have shared Health in the Fields with the national network of organisations supporting seasonal
workers and with two other migrant centres in the East of England, one of which has started its own
evening clinic. The ICB has asked the PCN to write the registration process into its guidance for all
practices with farm workers on their lists. The council has included seasonal workers in its health
needs assessment for the first time.
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I619  dependence on codeine bought over the counter - docx - style
#       headings - recovery charity service lead, plain - charity with the
#       LPC and a town PCN - people with lived experience (volunteer peer
#       mentors) and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I619", format="docx", layout="style_headings", topic="otc_codeine_dependence_pharmacy",
    project="independent39-behindthecounter-619", docx_font="Calibri",
    title="Behind the Counter: helping people dependent on over-the-counter codeine in Ashgill",
    cover=[
        "Ashgill Recovery Trust (lead organisation)",
        "Partners: Community Pharmacy Ashgill and Dale (Local Pharmaceutical Committee); Ashgill Town Primary Care Network",
        "Entry prepared by the Service Lead, Community and Prescribed Medicines",
    ],
    primary_entrant=dict(name="Ashgill Recovery Trust", type="charity"),
    partners=[
        dict(name="Community Pharmacy Ashgill and Dale", type="primary_care"),
        dict(name="Ashgill Town Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "Background", """
Painkillers containing codeine, such as co-codamol 8/500 and some cold and flu remedies, can be bought in
any pharmacy without a prescription. They are meant for three days' use. Some people take them for months
or years, for pain that started long ago, for sleep, or because stopping makes them feel ill. Because
most of these products also contain paracetamol or ibuprofen, people taking large amounts of codeine
are often also taking dangerous amounts of paracetamol or ibuprofen without realising it, with a risk of
liver damage, stomach bleeding and kidney damage.

Ashgill is a town of 35,000 with eleven pharmacies within a couple of miles of each other, plus
supermarkets. Pharmacists told us they knew some customers were going from one pharmacy to the next. They
could refuse a sale, but then the person simply went elsewhere, and refusing felt like it did nothing
except make the person feel judged. There was no obvious place to send people. Our service was set up for
people using heroin and alcohol, and people dependent on over-the-counter codeine did not see themselves as
belonging there. GPs were often unaware, because the codeine did not appear on the patient's record.

In 2022 Ashgill General Hospital admitted several local people with liver damage from paracetamol taken
as part of co-codamol over long periods, including a woman of 44 who needed a liver transplant. She had
been buying two packets a day from different shops for four years.

Behind the Counter started in early 2023. Pharmacy teams have a short, non-judgemental conversation when
they are worried about someone's use, and offer a card with a direct number for a codeine-specific clinic
run by our service. The clinic is held in a GP surgery, not in our drug service building, and offers a
supported, gradual reduction with a prescription from the PCN's clinical pharmacist, blood tests for liver
function where needed, and peer support.
"""),
        ("evidence", "What changed", """
<<Q:Across the eight pharmacies that shared their sales data, sales of the largest packs of
co-codamol fell by 38% between 2022 and 2024.>> <<Q:Admissions to Ashgill General Hospital of local
residents with liver injury from paracetamol taken as part of an over-the-counter combination product
fell from 17 in 2022 to 7 in 2024.>>

<<Q:Of the people who started a supported reduction at the clinic, 61% had stopped codeine or were within
the recommended dose at six months, compared with 22% of people who had been referred to our general drug
service for the same problem in the year before.>>

The clinic has had 214 referrals since it opened, 143 of them from pharmacies, and 96 people have
completed a reduction.
"""),
        ("stakeholders", "How people were involved", """
<<P:Four of our volunteer peer mentors have been dependent on over-the-counter codeine themselves, and
they helped design the clinic from the start.>> <<P:They told us that nobody in their situation would walk
into a building with our name on it, which is why the clinic is in a GP surgery, and they chose the name
'pain medicines clinic' rather than anything about addiction.>> <<P:They also wrote the pharmacy card,
which says 'Taking more than you meant to? You are not the only one', and one of them now sits in the
clinic waiting room on Tuesdays.>>

<<S:Pharmacy counter assistants, who are usually the ones making the sale, were involved in writing the
conversation guide, and they asked for two or three opening sentences to choose from because they did
not want to sound as if they were accusing anyone.>> <<S:Pharmacists from five pharmacies tested the
guide for two months and changed the rule on when to use it, from any repeat purchase to 'more than two
packs in a fortnight or you are worried'.>> <<S:The PCN's clinical pharmacists and GPs agreed the
reduction plans with our prescribing lead, and after the first six months they asked for a liver function
test at the first appointment for everyone, which is now standard.>>
"""),
        ("value", "Value", """
The clinic costs about £52,000 a year, mostly staff time, and is funded by the council's public health
grant. A liver transplant costs well over £100,000, and each admission with liver injury costs thousands.
People who have come off codeine tell us they sleep better, their pain is no worse and in some cases
better, and they no longer spend their mornings planning which shop to go to. Pharmacy teams say they
finally have something to offer instead of saying no.
"""),
        ("spread", "Spread", """
The LPC has offered the conversation guide and cards to every pharmacy in Ashgill and Dale, and a second
town, Wenbridge, started a clinic in 2024. We have shared the work with the national charity for people
dependent on prescribed and over-the-counter medicines, and presented it at the regional public health
conference.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I620  fasting in Ramadan for people taking diabetes medicines - pdf -
#       reordered (evidence first, then context, stakeholders, spread) - GP
#       partner, warm - GP practice with a mosque and the LPC - mosque members
#       with diabetes and staff involved - NO value section
# ---------------------------------------------------------------------------
entry(
    id="I620", format="pdf", layout="reordered", topic="ramadan_fasting_diabetes_medicines",
    project="independent39-safefast-620", pdf_font="LiberationSans", pdf_align="L",
    title="Safe Fast: helping people with diabetes fast safely during Ramadan in Hebbleworth",
    cover=[
        "Millbrook Road Surgery, Hebbleworth (lead)",
        "Partners: Jamia Masjid Hebbleworth; Community Pharmacy Hebbleworth and Ryburn (Local Pharmaceutical Committee)",
        "Dr Imran Siddiqui, GP Partner, Millbrook Road Surgery",
    ],
    primary_entrant=dict(name="Millbrook Road Surgery", type="primary_care"),
    partners=[
        dict(name="Jamia Masjid Hebbleworth", type="charity"),
        dict(name="Community Pharmacy Hebbleworth and Ryburn", type="primary_care"),
    ],
    sections=[
        ("evidence", "What we achieved", """
We compared the Ramadan periods of 2022 and 2024 for our patients with type 2 diabetes who told us they
planned to fast.

<<Q:Hypos needing help from another person, an ambulance or a hospital visit during Ramadan fell from 23
in 2022 to 7 in 2024.>> <<Q:Patients on a sulfonylurea or insulin who had their medicines reviewed before
Ramadan went up from 19% to 84%.>> <<Q:Emergency department attendances with very high blood sugar in the
month after Ramadan dropped from 11 to 4.>>

In 2024 we held 412 pre-Ramadan reviews, 118 of them in the mosque's community room after evening prayers.
"""),
        ("context", "Why we did it", """
Millbrook Road is a practice of 12,500 patients in an old mill town, and about 40% of our patients are of
Pakistani or Bangladeshi heritage. Type 2 diabetes is very common, and many of our patients with diabetes
fast during Ramadan, from before dawn to sunset, for a month. Islam gives an exemption to people who are
ill, but many people with diabetes choose to fast and it is very important to them.

Fasting is not in itself the danger. The danger is taking medicines designed for three meals a day when
you are eating twice, in the middle of the night and at sunset. Sulfonylureas such as gliclazide and
insulin can cause severe hypos in the afternoon, while SGLT2 inhibitors can cause dehydration and a rare
but serious form of ketoacidosis. Then after sunset large meals with sweet foods can push sugars very
high.

Before this work our advice was a leaflet at reception and whatever the GP remembered to say. Most people
did not come to see us before Ramadan because they thought we would tell them not to fast. In 2022 an
older man collapsed with a hypo while driving home from work in the late afternoon, and a woman on insulin
was found unconscious by her daughter just before the fast was due to end.

Safe Fast offers every patient with diabetes who plans to fast a pre-Ramadan review, either at the surgery
or at the mosque, where we agree a plan for their medicines, including changes to doses and timings, when
to test, and when they must break the fast. Community pharmacies give the same advice and a plan card
when people collect their medicines in the weeks before Ramadan.
"""),
        ("stakeholders", "Who was involved", """
<<P:The mosque's women's group and a group of older men who meet after Friday prayers, many of them living
with diabetes, met with our nurses in the months before Ramadan in 2023, and told us plainly that people
did not come because they expected to be told not to fast.>> <<P:They helped us rewrite our invitation so
that it says 'fast safely with us' and not 'should you fast?', and two members recorded a voice note in
Urdu and Sylheti that goes out with the text message.>> <<P:Members of the mosque committee, several of whom
have diabetes themselves, suggested holding reviews at the mosque after evening prayers, and sat with
people in the queue to explain what would happen.>>

<<S:Our practice nurses and healthcare assistants, several of whom fast themselves, wrote the medicines
plan with our practice pharmacist and insisted it fit on one side of a card.>> <<S:Community pharmacists
asked for the same card so that the advice given at the pharmacy counter matched the surgery's advice, and
they suggested adding a line on when to break the fast, which was not in our first version.>> <<S:Our
reception team pointed out that the evening clinics at the mosque clashed with the times people break
their fast, and moved them to after the night prayers.>>
"""),
        ("spread", "Sharing the work", """
The two other practices in our primary care network joined in 2024 and use the same plan card and
invitation. The LPC has given the card to every pharmacy in Hebbleworth and Ryburn. We have shared the
work with the ICB's diabetes network and spoken about it at a regional event on health inequalities. The
mosque has shared the idea with three other mosques in the town.
"""),
    ],
    flags=[dict(code="missing_section", criterion="value")],
)


# ---------------------------------------------------------------------------
# I621  dispensing errors in a rural dispensing GP practice - pdf (via Word)
#       - style headings - practice manager, matter-of-fact - teams of ONE
#       practice (dispensary, reception, branch surgeries) described as
#       working together, no partner organisation (ineligible) - staff
#       involved - NO patient involvement (patients told, a complaint, a
#       plan)
# ---------------------------------------------------------------------------
entry(
    id="I621", format="pdf", layout="style_headings", topic="dispensing_practice_errors_rural",
    project="independent39-doublecheck-621", render_via="soffice", docx_font="Liberation Serif",
    title="Double Check: reducing dispensing errors across our main and branch dispensaries",
    cover=[
        "Hollins Brook Medical Practice (a dispensing practice with two branch surgeries)",
        "A joint project of the practice's dispensary team, reception team, branch surgery staff and GPs",
        "Written by the Practice Manager",
    ],
    primary_entrant=dict(name="Hollins Brook Medical Practice", type="primary_care"),
    partners=[],
    sections=[
        ("context", "Background", """
Hollins Brook Medical Practice looks after 7,200 patients in a rural area, from a main surgery in Hollins
Brook and two branch surgeries in smaller villages. Because most of our patients live more than a mile
from a pharmacy, we are a dispensing practice: our own dispensary team dispenses around 9,000 items a
month, and medicines are either collected from one of the three sites or delivered by our driver.

In 2022 we had a number of errors that worried us. Medicines were being dispensed in the main dispensary
and sent to the branch surgeries in bags for collection, and sometimes the wrong bag was handed over
because two patients had the same surname. A patient received another patient's bisoprolol. A child was
given an adult strength of an antibiotic liquid. Items for a patient whose dose had been changed went out
with the old label. We did not have a consistent way of checking, because the main dispensary had a
pharmacist technician and the branches had receptionists who handed out bags between other jobs.

In 2023 we reviewed all our dispensing errors and near misses for the previous year and found that most
happened at two points: at labelling, when the dispenser was interrupted, and at hand-out, when the person
handing over did not confirm who they were handing to.
"""),
        ("evidence", "Results", """
We introduced the following from April 2023: barcode scanning of every item against the prescription
before it is bagged, a protected dispensing time from 9am to 11am when the dispensary does not answer the
phone, a second person check for all liquids for children and all controlled drugs, and a three-point
check at hand-out (name, date of birth and first line of address) at all three sites.

<<Q:Dispensing errors that reached a patient fell from 38 in 2022/23 to 9 in 2023/24.>> <<Q:Near misses
recorded by the dispensary went up from 61 to 204 over the same period, which we see as a good sign that
staff are now picking up and recording errors before they leave the building.>> <<Q:Wrong bag errors at
the branch surgeries fell from 12 to 1.>>
"""),
        ("stakeholders", "Involvement", """
<<S:Dispensers suggested the protected time after they logged every interruption for two weeks and showed
that the phone rang on average every four minutes during the morning.>> <<S:Receptionists at the branch
surgeries designed the hand-out check and a coloured bag tag for patients with the same or similar
names, and they asked for a short session with the dispensary lead so they understood why errors happen.>>
<<S:Our GPs agreed, after discussion with the dispensary team, to stop making dose changes by phone and to
send every change through the electronic prescription with a note to the dispensary.>>

Patients were told about the three-point check by a notice in each waiting room and on our website. One
patient made a complaint in 2023 about being asked for her address every time, and we explained why we
do it. We would like to involve our patient participation group in reviewing the delivery service next
year.
"""),
        ("value", "Value", """
The barcode scanners and software upgrade cost about £4,800. Protected dispensing time has meant a
slightly longer wait for phone calls to the dispensary in the morning, which patients have accepted. Each
error that reaches a patient can cause harm and takes hours of staff time to investigate and put right.
Staff say they feel calmer and more in control.
"""),
        ("spread", "Spread", """
We have shared our hand-out check and bag tags with the other dispensing practices in our area through the
regional dispensing doctors' group, and two have adopted the protected dispensing time.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I622  repeat medicines for Gypsy and Traveller families who move between
#       areas - docx - bullet lists - Traveller charity health worker,
#       straightforward - charity with a PCN and the county council's Gypsy
#       and Traveller liaison service - families and community health
#       champions involved - NO staff involvement (receptionists trained, a
#       named link doing the job, a nurse visiting, liaison officers told, a
#       plan) - NO quantitative evidence in the evidence section (counts, a
#       single survey figure, a zero with no baseline); one measured change is
#       told only in the value section
# ---------------------------------------------------------------------------
entry(
    id="I622", format="docx", layout="bullet_lists", topic="gypsy_traveller_repeat_medicines_continuity",
    project="independent39-carryitwithyou-622", docx_font="Arial",
    title="Carry It With You: keeping repeat medicines going for Gypsy and Traveller families on the move",
    cover=[
        "Lead: Drovers' Way Traveller Support (registered charity)",
        "Partners: Broadmere Primary Care Network; Broadmere County Council (Gypsy and Traveller Liaison Service)",
        "By the Health Outreach Worker, Drovers' Way",
    ],
    primary_entrant=dict(name="Drovers' Way Traveller Support", type="charity"),
    partners=[
        dict(name="Broadmere Primary Care Network", type="primary_care"),
        dict(name="Broadmere County Council", type="local_authority"),
    ],
    sections=[
        ("context", "Why we did this", """
- Drovers' Way supports Gypsy, Roma and Traveller families living on the two council sites in Broadmere, on private family sites and on the roadside, and families who pass through for the horse fairs and seasonal work

- many of the families we work with have long-term conditions such as diabetes, heart disease, COPD and epilepsy, and life expectancy in our communities is much lower than for other people

- when families move, repeat medicines often stop: surgeries may only offer temporary registration, records do not follow, and repeat prescriptions are still sent to a pharmacy in the last place they stayed

- many of the older people we work with do not read, so letters and text messages about medication reviews are not read and prescriptions are stopped when reviews are missed

- in 2022 a man in his fifties with heart failure went three weeks without his water tablets after moving to a roadside stop near Broadmere, and was admitted with fluid on his lungs

- in the same year a teenage girl with epilepsy had two seizures after her family were moved on twice in a month and she ran out of her tablets

- families told us they often went to A&E or the out-of-hours service just to get a few days of tablets

What we did, from 2023:

- a 'carry it with you' card, the size of a driving licence, with the person's NHS number, their medicines and doses, their conditions and the practice they are registered with, with pictures of each medicine

- full registration at Broadmere PCN practices using the council site address or the charity's office address, as national guidance allows, instead of temporary registration

- a named person in each practice's reception team who deals with our families' prescriptions and reviews

- a phone call from the practice instead of a letter when a medication review is due, and prescriptions nominated to whichever pharmacy the family is nearest at the time

- a monthly health morning on each council site with a PCN nurse and one of our outreach workers, where reviews, blood tests and vaccinations can be done
"""),
        ("evidence", "What difference it has made", """
- 286 people now carry a card, and 41 of them have used it to get an emergency supply from a pharmacy or another surgery while travelling

- 173 people who were temporary residents are now fully registered with a Broadmere practice

- the health mornings have been held 34 times and seen 390 people

- in 2024 we did not hear of anyone on the Broadmere sites who was admitted to hospital because they had run out of a regular medicine

- when we asked 60 families in the summer of 2024, 52 said it was easier to get their tablets than before
"""),
        ("stakeholders", "Who was involved", """
- <<P:the idea of the card came from women at the Clay Lane site, who told us that the one thing that always travels with a family is the driving licence, so the card had to fit in the same wallet>>

- <<P:our four community health champions, who are Travellers themselves and volunteer with us, took the first version round the sites, and on their advice we added pictures of the tablets and took off the box for 'ethnicity', which people did not want on it>>

- <<P:the man who had been admitted with heart failure, and his wife, asked that the card include a line saying 'I cannot read well, please explain', which every card now has if the person wants it>>

- <<P:families at the horse fair in 2023 tried out the card and told us that it needed to be waterproof, so it is now laminated>>

- reception staff at all six practices had a session from our outreach workers on the needs of Gypsy and Traveller patients

- each practice's named reception link deals with our families' prescriptions as part of their job

- the PCN nurse visits the council sites monthly for the health mornings

- the council's liaison officers were told about the card and keep spare blank cards in their site offices

- we would like to get the views of practice staff on how the arrangements are working, but have not yet done this
"""),
        ("value", "Value", """
- the cards cost 40p each to print and laminate, and the health mornings use the nurse's existing time

- <<Q:the PCN tells us that requests for emergency supplies of medicines from Gypsy and Traveller patients at its practices roughly halved between 2022 and 2024>>

- each avoided admission for a long-term condition saves several thousand pounds and a lot of distress

- families say that they feel less judged and more welcome at the surgery

- families no longer have to go to A&E just for a few days' supply
"""),
        ("spread", "Spread", """
- two other Traveller charities in neighbouring counties are using our card design

- the council has added the card to its welcome pack for new residents on its sites

- the PCN has written the registration and phone-call approach into its policy, and the ICB has shared it with other PCNs with sites in their area

- we presented the work at a national Gypsy and Traveller health conference in 2024
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I623  rescue packs of steroids and antibiotics for people with COPD - pdf
#       - with appendix - community respiratory nurse consultant, careful -
#       community trust with a coastal PCN, the LPC and a Breathe Easy group -
#       group members and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I623", format="pdf", layout="with_appendix", topic="copd_rescue_packs_safe_use",
    project="independent39-rescuewisely-623", pdf_font="LiberationSerif", pdf_align="L",
    title="Rescue Wisely: safer use of COPD rescue packs at home on the Wenmouth coast",
    cover=[
        "Lead entrant: Wenmouth and District Community NHS Trust (Community Respiratory Team)",
        "Partners: Wenmouth Coast Primary Care Network; Community Pharmacy Wenmouth (Local Pharmaceutical Committee); Wenmouth Breathe Easy Group",
        "Prepared by the Nurse Consultant, Community Respiratory Services",
    ],
    primary_entrant=dict(name="Wenmouth and District Community NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Wenmouth Coast Primary Care Network", type="primary_care"),
        dict(name="Community Pharmacy Wenmouth", type="primary_care"),
        dict(name="Wenmouth Breathe Easy Group", type="patient_group"),
    ],
    sections=[
        ("context", "Why the partnership was needed", """
Chronic obstructive pulmonary disease (COPD) is common along the Wenmouth coast, where many older
residents worked in fishing, the boatyards or the quarries, and smoking rates have long been high. Many
people with COPD keep a 'rescue pack' at home: a course of steroid tablets and an antibiotic to start
straight away if their breathing gets worse, so that they do not have to wait for an appointment.

Used well, rescue packs help people get better faster and stay out of hospital. Used without any
oversight, they cause problems. In 2022 our team found people who had used six or seven packs in a year
without anyone knowing, because replacement packs were being issued on request by repeat prescription.
Repeated steroid courses cause thinning of the bones, diabetes, cataracts and infections. Repeated
antibiotics encourage resistance. And some people treated what was actually pneumonia, heart failure or a
blood clot with a rescue pack at home, and came into hospital very late.

In one case in 2022 a man of 71 started his third rescue pack in two months for what he thought was a bad
chest. It was heart failure. He was admitted ten days later, very unwell. Another woman had been on
almost continuous steroid courses for a year and had two vertebral fractures before anyone noticed.

We set out to make sure that every rescue pack started at home is known about within two working days,
that anyone using two or more packs a year has a review with our team, and that people on frequent
steroid courses are protected against the side effects.
"""),
        ("evidence", "Evidence of improvement", """
The PCN's seven practices changed how rescue packs are issued from June 2023. A replacement pack is only
issued when the person, or their pharmacist, has told us that they have started one. People can ring our
team's rescue pack line, tell their pharmacy when they collect the replacement, or use a text message. A
respiratory nurse then phones them within two working days to check how they are, and sees them if
needed.

We compared the twelve months before with the twelve months after, for the 1,140 people in the PCN with a
rescue pack prescribed.

<<Q:Rescue packs started at home that our team or the practice knew about within two working days rose
from 12% to 74%.>> <<Q:People using three or more packs in a year who had a specialist review went up
from 21% to 86%.>> <<Q:Of people who had four or more steroid courses in a year, those without bone
protection or a bone health assessment fell from 64% to 18%.>> <<Q:Emergency admissions for COPD among
people with a rescue pack fell from 318 to 254.>>

Respiratory nurses made 1,460 follow-up calls in the year, and 97 people who had started a rescue pack
were found to have a different diagnosis, including heart failure and pneumonia.
"""),
        ("stakeholders", "Who took part and how", """
<<P:The Wenmouth Breathe Easy Group, which meets fortnightly in the lifeboat station's community room, was
involved from the first discussion, and its members were clear that they did not want to lose their
rescue packs or to have to 'ask permission' to start one.>> <<P:Members helped us word the rescue pack
plan so that it says 'tell us when you start', not 'ask us before you start', and they chose the three
warning signs on the plan that mean something else might be going on: chest pain, swollen ankles and
coughing blood.>> <<P:One member, a retired harbour master, suggested the text message option, because,
as he said, nobody wants to sit in a phone queue when they cannot breathe.>>

<<S:Community pharmacists designed the three questions they ask when someone collects a replacement pack,
and asked for a simple way of letting our team know, which became a shared NHSmail address.>> <<S:GPs
and practice nurses from the PCN agreed the new rules for issuing replacement packs with us at two
evening meetings, and practice prescription clerks pointed out that the repeat template needed changing
or the old system would carry on, so the template was changed across all seven practices.>> <<S:Our own
respiratory nurses tested the follow-up call script for a month and cut it down after finding that
people in the middle of an exacerbation could not manage a long conversation.>>
"""),
        ("value", "Value and experience", """
The main cost is respiratory nurse time for the follow-up calls, about 0.6 of a nurse post, paid for by
the ICB. The reduction in emergency admissions alone saves well over that. Fewer steroid courses mean
fewer people with fractures, diabetes and infections in the years to come.

People with COPD say that they feel someone is keeping an eye on them without taking their rescue pack
away. Pharmacists say they feel part of the person's care rather than just handing over a bag.
"""),
        ("spread", "Spread and sharing", """
The approach has been adopted by the other two PCNs served by our team, and the ICB has included it in
its respiratory pathway for the whole area. We have shared the rescue pack plan and pharmacy questions
with the regional respiratory network, and Breathe Easy Wenmouth has presented the work at a national
Breathe Easy event.
"""),
    ],
    trailer=[
        ("heading", "Appendix: terms and data sources"),
        ("para", "Rescue pack: a supply of oral steroids (prednisolone) and an antibiotic kept at home by a person with COPD, to start at the first signs of a flare-up according to their written plan. Exacerbation: a flare-up of COPD with worsening breathlessness, cough or sputum."),
        ("para", "Rescue pack issues and steroid courses are taken from the PCN practices' prescribing records. Notifications and follow-up calls are from the Community Respiratory Team's records. Emergency admissions are from the ICB's hospital activity data for people registered with the PCN's practices."),
        ("para", "Contact: Community Respiratory Team, Wenmouth Health Centre, Quay Street, Wenmouth WM3 4QA."),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I624  volunteer drivers whose passengers are taken ill on the way to
#       hospital - pdf - form table with an unusual cover - short - community
#       transport charity on its own, no partner organisation (ineligible) -
#       scheme coordinator, plain - passengers involved - NO staff
#       involvement (drivers trained and sent the new card, a plan) - NO
#       quantitative evidence (journeys, single figures)
# ---------------------------------------------------------------------------
entry(
    id="I624", format="pdf", layout="form_table", topic="community_transport_passenger_illness",
    project="independent39-journeycard-624", pdf_font="DejaVuSans",
    title="The Journey Card: helping volunteer drivers when a passenger is taken ill on the way to hospital",
    cover_table=[
        ("Name of organisation", "Valeway Community Transport (registered charity)"),
        ("Type of organisation", "Voluntary car scheme serving villages in the Vale of Corrin"),
        ("Entry title", "The Journey Card: helping volunteer drivers when a passenger is taken ill on the way to hospital"),
        ("Contact", "Scheme Coordinator"),
    ],
    primary_entrant=dict(name="Valeway Community Transport", type="charity"),
    partners=[],
    sections=[
        ("context", "Tell us about the problem", """
Valeway Community Transport has 64 volunteer drivers who use their own cars to take people from villages
in the Vale of Corrin to GP surgeries, hospital appointments, dialysis and chemotherapy, often a round
trip of 60 miles or more. Most of our passengers are older, many are unwell, and some are travelling to
or from treatment that can make them feel ill.

Our drivers are not health professionals. Until 2023 they knew nothing about a passenger's health
except what the passenger told them on the way. A few times a year a passenger was taken ill in the car:
fainting after dialysis, a low blood sugar, chest pain, or being sick and confused after chemotherapy.
In 2022 a driver pulled into a lay-by with a passenger who had collapsed, had no phone signal, did not
know the man was diabetic, and did not know who to ring. The passenger recovered, but the driver was
very shaken and nearly left the scheme.

Journeys are booked by phone through our office in Corrin Market, which is staffed by two part-time
coordinators. When a passenger books, we ask where they are going and whether they need help getting in
and out of the car, but until this project we never asked anything about their health, partly because we
did not want to seem nosy and partly because we did not know what we would do with the answers.

We wanted every passenger who agreed to have a simple card with their conditions, medicines and who to
contact, kept in a sealed envelope that the driver only opens in an emergency, and every driver to know
what to do.
"""),
        ("evidence", "What has happened as a result", """
Since April 2023, 412 passengers have filled in a Journey Card, and every car carries a first aid kit, a
bottle of water, glucose tablets and a card with the nearest places to stop where there is a mobile
signal on our main routes. We made around 9,600 journeys last year. There were six times when a driver
opened a Journey Card, and in each one the driver said the card told them what they needed to know.
In one of these, a driver was able to tell the ambulance crew that his passenger had been given a new
chemotherapy drug that morning, which the crew said was very helpful.
"""),
        ("stakeholders", "Who did you involve and how", """
<<P:We asked passengers at our annual coffee morning what they would want a driver to know, and they told
us they did not want their health details on a form in the office or in the glove box for anyone to read,
which is why the card is kept in a sealed envelope with the passenger's name on it.>> <<P:Three
passengers who have dialysis helped us decide what should go on the card, and added 'how I usually feel
after treatment' so that a driver can tell when something is different.>>

All our drivers have done a one-day emergency first aid course and were sent a copy of the card with a
note about when to open it. We plan to ask the drivers how the card is working at our next volunteers'
meeting.
"""),
        ("value", "Value and difference made", """
The cards and envelopes cost very little. The first aid training cost about £3,800, paid for by a grant
from a local trust. Passengers say they feel safer knowing the driver will have the information if
something goes wrong, and families have told us it is a weight off their minds.
"""),
        ("spread", "Sharing", """
We have given the card to two other car schemes in the county and shared it through the national
community transport association. The renal unit has asked for copies to give to patients who use other
transport.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)
