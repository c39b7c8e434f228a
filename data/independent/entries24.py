"""Twenty-fourth independent evaluation set (I369..I384) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries21.py / entries23.py were
consulted (plus the opening docstrings of the other sets, to avoid their topics and
organisation names), never the review pipeline, its tests or any earlier gold output.  New
fictional organisations, voices and topics, mostly acute-hospital and ambulance work
(public-access defibrillators and cardiac arrest, penicillin allergy labels, blood carried
to major haemorrhage at the roadside, retained guidewires after central lines, nerve blocks
and pressure care for hip fractures before hospital, drug libraries on infusion pumps,
critical blood results out of hours, glaucoma patients overdue for follow-up, neutropenic
sepsis in people having chemotherapy, transfers of critically ill adults between
hospitals, food allergens in hospital meals, people with dementia leaving wards unseen,
head injury in older people on anticoagulants, ambulance transfers for people living with
severe obesity, button batteries and magnets swallowed by children, and end-of-life care
plans visible to ambulance crews).  Format and mark-up are those of the earlier sets;
build it with

    .venv/bin/python data/independent/build.py --set 24   (writes data/corpus/independent24/)

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

Flags are written by hand and cross-checked by build.py.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I369  public-access defibrillators and out-of-hospital cardiac arrest - pdf -
#       own headings - ambulance community resuscitation manager voice -
#       ambulance trust, county council, heart charity - no flags
# ---------------------------------------------------------------------------
entry(
    id="I369", format="pdf", layout="own_headings", topic="public_access_defibrillators",
    project="independent24-everyminute-369", pdf_font="LiberationSans",
    title="Every Minute Counts: getting community defibrillators registered, ready and used across Lindmoor",
    cover=[
        "Lead organisation: East Lindmoor Ambulance Service NHS Trust (Community Resuscitation Team)",
        "Partners: Lindmoor County Council (Public Health and Parish Liaison); Beat Together Lindmoor (heart charity)",
        "Written by the Community Resuscitation Manager (Registered Paramedic)",
    ],
    primary_entrant=dict(name="East Lindmoor Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Lindmoor County Council", type="local_authority"),
        dict(name="Beat Together Lindmoor", type="charity"),
    ],
    sections=[
        ("context", "Why we needed to do this", """
When someone's heart stops outside hospital, the chance of them surviving falls by around ten per cent
for every minute that passes without CPR and a shock from a defibrillator. Even in a town, an ambulance
will rarely arrive in under seven or eight minutes. In the rural parts of Lindmoor it can be twenty. The
people who can make the difference are the ones already there: a wife, a passer-by, a shopkeeper, and
the defibrillator in the cabinet on the wall of the village hall.

Our crews attempt resuscitation on about 1,100 people a year in Lindmoor. When we went through the cases
from 2021 we kept finding the same thing. There was a defibrillator nearby, sometimes within two hundred
metres, but our call handler did not know it existed, because it had never been registered with us. In
other cases the call handler sent a bystander to a cabinet only to find it locked with a code that had
been changed, or a machine with pads that had expired three years earlier. One village had raised money
for two defibrillators, and neither had ever been checked since the day they were fitted.

Hundreds of defibrillators in Lindmoor had been bought by parish councils, sports clubs, pubs and
schools, often after a local tragedy, and with the best of intentions. Nobody owned the job of making
sure they were registered, working and known about. We could not do that on our own, and neither could
anybody else.

There was also a fairness problem that we had not really faced up to. The defibrillators were in the
places that had raised money for them: the market towns, the golf clubs, the villages with active parish
councils. The estates on the edge of Lindmoor town and the old mining villages in the east, where cardiac
arrest is more common and people are younger when it happens, had very few, and the ones they had were
the most likely to be vandalised or locked. Bystander CPR rates were lowest in exactly the same places.

So in 2022 we agreed a simple split of the work. The council's public health team funded new heated
cabinets where they were needed, and its parish liaison officers went round every parish and town
council asking what they had and where. Beat Together Lindmoor, a charity set up by the family of a
young footballer who died in 2016, took on the 'guardian' scheme, which gives every public defibrillator
a named person who checks it each month and reports the check online, and it runs free CPR sessions in
schools, workplaces and village halls. We, the ambulance service, made sure every machine is on the
national register, changed our call handling so that call handlers send a bystander to the nearest
available defibrillator on every suspected arrest, and linked the register to the app that alerts our
volunteer community responders.
"""),
        ("evidence", "What has changed", """
We compared cardiac arrests in Lindmoor in 2021/22 with those in 2023/24, using our cardiac arrest
registry, which records every resuscitation attempt by our crews in the same way each year.

<<Q:The proportion of arrests in which a defibrillator was applied by a member of the public before the
ambulance arrived rose from 6% to 14%.>> <<Q:Bystander CPR went up from 58% of arrests to 71%.>>
<<Q:Survival to hospital discharge rose from 7.9% to 10.6%, which, on our numbers, means roughly thirty
more people a year leaving hospital alive.>>

<<Q:Defibrillators found not ready for use at their monthly check fell from around one in five in the
first quarter of the scheme to about one in twenty-five by the end of 2023/24.>> There are now 3,260
public-access defibrillators on the register in Lindmoor, and every one of them has a guardian.

<<Q:In the fifth of Lindmoor's neighbourhoods with the highest deprivation, where the council targeted
most of its new cabinets, bystander CPR rose from 44% to 63% of arrests.>> That is still lower than in the
rest of the county, but the gap has narrowed a lot. The charity's sessions reached 14,800 people over
the two years, about a third of them in those neighbourhoods.

We are careful with the survival figure. Survival depends on many things, including the hospital care
afterwards, and it moves about from year to year. But the early part of the chain, CPR and a shock
before we get there, is the part this partnership was set up to strengthen, and that is where the
biggest changes are.
"""),
        ("stakeholders", "The people who made it work", """
<<P:Eight people who had survived a cardiac arrest, and four relatives, met with us and the charity
three times in 2022, and it was their stories that shaped the CPR sessions.>> <<P:Several of them said
the thing that had saved them was someone not being afraid to start, so the sessions now begin with a
survivor telling what happened, and finish with everybody using a training defibrillator themselves.>>
<<P:Malcolm Price, who arrested at his bowling club in 2020 and was shocked by a fellow member, helped
design the sticker that now goes on every cabinet, and he insisted it say 'You cannot hurt them, you can
only help' in letters big enough to read from the road.>>

<<S:Our emergency call handlers listened back to recordings of arrest calls with the clinical team and
rewrote the part of the script where the bystander is sent for a defibrillator, because callers were
being asked to leave a patient alone when another person was available to go.>> <<S:Call handlers also
asked for the cabinet code to appear on their screen automatically, rather than having to look it up,
and this was built into the system in 2023.>> <<S:The council's parish liaison officers designed the
survey they took round the parishes and, after the first month, changed it to ask for a photograph of
each cabinet, which turned out to be the quickest way to find the ones that were locked or hidden.>>
<<S:Community first responders tested the app alerts for six weeks and told us that alerts were going to
responders who were too far away to help, so the alert radius was cut.>>
"""),
        ("value", "Is it worth it?", """
The council's grant for cabinets was £220,000 over two years. The guardian scheme and the CPR sessions
cost the charity about £60,000 a year, most of it raised locally. Our own costs were staff time in the
community resuscitation team and some changes to the call-handling system. A single survivor of cardiac
arrest who goes home, goes back to work and lives for many more years is worth more than the whole
programme.

Survivors and their families talk about the value in a different way. Several of the people who helped
us said they had not known, until they were in hospital, how lucky they were that somebody nearby knew
what to do.

There is value for staff too. Our call handlers used to spend arrest calls searching for information
while someone was dying at the other end of the line. Now the nearest working machine, and its code, are
in front of them, and they tell us that this has taken away one of the worst parts of the job.
"""),
        ("spread", "Sharing it", """
The two neighbouring ambulance services have taken our revised call-handling script, and the national
register team has used our photo survey in its advice to other areas.

If we were starting again, we would have gone to the estates and the eastern villages first rather than
last. In the first year most of the new registrations came from places that already had plenty of
defibrillators, because those were the parishes that answered the council's letters. It was only when
the parish liaison officers started knocking on the doors of community centres, mosques, food banks and
takeaways that the picture changed. That is the main lesson we pass on when other areas ask us. Beat Together Lindmoor has helped
two charities in other counties to start guardian schemes. We presented the work at the national
resuscitation symposium in 2024, and the council has made registration with the ambulance service a
condition of any future grant for a defibrillator.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I370  penicillin allergy labels - docx - numbered questions - consultant
#       antimicrobial pharmacist voice - acute trust, primary care alliance,
#       university school of pharmacy - no flags
# ---------------------------------------------------------------------------
entry(
    id="I370", format="docx", layout="numbered_questions", topic="penicillin_allergy_delabelling",
    project="independent24-labelcheck-370", docx_font="Calibri",
    title="Label Check: finding and removing wrong penicillin allergy labels, and keeping the right ones",
    cover=[
        "Lead entrant: Brindlecross Hospitals NHS Foundation Trust (Pharmacy and Infection Services)",
        "Partners: Brindlecross and Orme Primary Care Alliance; University of Brindlecross, School of Pharmacy",
        "Entry author: Consultant Antimicrobial Pharmacist",
    ],
    primary_entrant=dict(name="Brindlecross Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Brindlecross and Orme Primary Care Alliance", type="primary_care"),
        dict(name="University of Brindlecross", type="university"),
    ],
    sections=[
        ("context", "1. What was the problem and what did you set out to do?", """
About one in ten of our adult inpatients has 'penicillin allergy' written in their record. When people
are properly tested, more than nine out of ten of them turn out not to be allergic at all. The label
usually goes back to a rash as a child, a bout of vomiting, or a relative's allergy written in the wrong
notes, and once it is there nobody removes it.

This matters for safety. A patient with a penicillin label is given second-choice antibiotics, often
broader ones such as clindamycin, quinolones or vancomycin. These work less well for many infections,
they cause more C. difficile infection and more resistant organisms, and in surgery they are linked to
more wound infections. Labelled patients stay in hospital longer.

At the same time we had the opposite problem. In 2021 we had five incidents where a patient who really
was allergic was given a penicillin, because the allergy was in the GP record but did not come across to
the hospital, or was written as 'antibiotics' with no detail. One of these patients needed adrenaline on
the ward.

It is worth saying how these labels get there, because it explains why nobody had fixed it. A child
gets a rash while on amoxicillin for an ear infection. The rash is almost always the virus, not the
antibiotic, but the GP, quite reasonably at the time, writes 'penicillin allergy' to be safe. Forty
years later that line has been copied into every hospital admission, every operation note and every
repeat prescription, and it has become a fact. Nobody ever asks what actually happened, because there is
never time, and because removing an allergy label feels riskier to the individual doctor than leaving it
alone. In our trust nobody had the job of asking. Pharmacists saw the labels every day, but had no
protocol that let them do anything about them.

So the aim of Label Check was to get the label right in both directions: take it off safely when it is
wrong, keep it and describe it properly when it is right, and make sure the GP record and the hospital
record say the same thing.

How it works now:

On admission, a pharmacist or pharmacy technician takes a structured allergy history from every patient
with a penicillin label, using a short tool the university helped us develop. Patients whose history is
low risk, for example a mild rash many years ago or a side effect such as nausea, are offered a single
oral dose of amoxicillin on the ward, watched for an hour, under a pharmacist-led protocol. Anyone at
higher risk is referred to the immunology clinic. If the label is removed, the discharge letter sends a
coded change to the GP record and the patient is given a wallet card. In primary care, the alliance's
practice pharmacists do the same history for patients on the waiting list for planned surgery, so that
the label is sorted out before they come in.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
Between April 2022 and March 2024, 1,212 patients had a structured allergy history under Label Check, and
841 of them had a direct oral challenge. Nobody had a serious reaction to a challenge; eleven had a mild
rash, and they kept their label with a proper description.

The results below compare 2021/22 with 2023/24 on the medical and surgical wards taking part, from the
pharmacy's prescribing data and the trust's infection records.

<<Q:In surgical patients with a penicillin label, the recommended antibiotic prophylaxis was given in 78%
of operations in 2023/24, compared with 31% in 2021/22.>> <<Q:Use of clindamycin, vancomycin and
quinolones across the participating wards fell by 22%.>> <<Q:Hospital-onset C. difficile infections among
patients with a penicillin label fell from 14 to 6.>>

<<Q:Incidents where a patient with a genuine penicillin allergy was given a penicillin fell from five to
one.>> <<Q:When the university team checked GP records six months after discharge, a removed label had
reappeared in 19% of patients in the first six months of the project, before the coded message was
introduced, and in 3% afterwards.>>

We also looked at length of stay, hoping to see a difference, and did not find one that we could put down
to the project; the patients who had their label removed were a mixed group, and many had short stays
anyway. By March 2024, 312 of the patients whose label had been removed had since been prescribed a
penicillin, either by us or by their GP, and four had a mild reaction that did not need treatment.

Not everything worked first time. In the first three months we tried to get ward doctors to do the oral
challenge themselves, with the pharmacist advising. Almost nobody did, because the doctors were too busy
and, understandably, nervous. Handing the whole process to pharmacists is what made the difference.
"""),
        ("stakeholders", "3. How were patients, carers and staff involved?", """
<<P:We asked people who had been told they were 'not allergic after all' what it was like, and they told
us it was frightening: some had believed for forty years that penicillin could kill them.>> <<P:Six of
them, with members of the trust's patient panel, rewrote our information leaflet, and it now opens with
'Why we are asking about your allergy' instead of the clinical reasons.>> <<P:They also asked for a
wallet card so they had something to show their GP and their family, which is how the card came
about.>>

<<S:Ward nurses on the two pilot wards helped work out where on the ward the oral challenge could be
done safely, and asked for the hour of observation to be timed on the observation chart rather than a
separate form.>> <<S:Pre-assessment nurses suggested that surgical patients be checked at their
pre-operative visit rather than on the day of surgery, which is why practice pharmacists are now
involved before admission.>> <<S:The alliance's practice pharmacists tested the coded message with the
trust's IT team and found that two GP systems were ignoring it, which was fixed before it went live.>>
<<S:Junior doctors told us they would not remove a label themselves without a senior, so the protocol
now lets pharmacists remove it and tells the doctor afterwards.>> <<S:The consultant immunologists agreed the
risk categories with the ward pharmacists and accepted a one-page referral form that the pharmacists
designed, which made a referral to the allergy clinic much simpler.>>
"""),
        ("value", "4. What value has been added?", """
Label Check uses existing pharmacy staff for most of the work, with one extra band 6 pharmacist post at
about £48,000 a year, funded for two years by the trust's quality improvement fund. Amoxicillin for a
challenge costs pennies. Alternative antibiotics cost more, and a case of C. difficile infection costs the
NHS several thousand pounds as well as making people very ill.

For patients, the value is simple: they can now have the right antibiotic, for this admission and for
the rest of their lives. One patient wrote to us to say that knowing she was not allergic was 'like
having a weight taken off', because she had always worried about getting an infection while on
holiday.

Staff value it too. Pharmacists have a new clinical role they enjoy, and the surgeons no longer have to
argue about which second-line drug to use.
"""),
        ("spread", "5. How has it been shared or spread?", """
Label Check is now running on all adult wards at both our hospitals. The alliance has extended the
pre-surgery checks to all its practices, and the neighbouring trust has adopted our allergy history tool.
The university has published the tool and built it into the MPharm course, so that new pharmacists learn
it before they qualify. We have presented the project at the regional antimicrobial stewardship network
and at a national pharmacy conference.

To keep it going, the allergy history is now part of the standard medicines reconciliation that
pharmacy does for every admission, rather than a separate project task, and the oral challenge protocol
has been approved by the trust's drugs and therapeutics committee as a permanent policy. New pharmacists
are trained in it during their first three months. The number of labels removed each month is reported
to the antimicrobial stewardship committee, so if it starts to fall somebody will ask why.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I371  blood carried to major haemorrhage at the roadside - pdf - two column -
#       air ambulance charity (primary entrant) medical director voice - NHS
#       ambulance trust and hospital transfusion laboratory as partners - no
#       flags
# ---------------------------------------------------------------------------
entry(
    id="I371", format="pdf", layout="two_column", topic="prehospital_blood_transfusion",
    project="independent24-bloodonboard-371", pdf_font="LiberationSerif",
    title="Blood on Board: red cells and plasma for major bleeding, carried to the roadside",
    cover=[
        "Wealdmarch Air Ambulance (charity, lead entrant)  |  South Wealdmarch Ambulance Service NHS Trust  |  Wealdmarch General Hospital NHS Trust (Blood Transfusion Laboratory and Major Trauma Centre)",
        "Written by the charity's Medical Director, a consultant in emergency medicine and pre-hospital care",
    ],
    primary_entrant=dict(name="Wealdmarch Air Ambulance", type="charity"),
    partners=[
        dict(name="South Wealdmarch Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Wealdmarch General Hospital NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The gap", """
Bleeding is the commonest cause of preventable death after serious injury, and most of those deaths
happen in the first hour. What a bleeding patient needs is to stop the bleeding and to replace the blood
they have lost. Until 2022, our critical care teams, who fly or drive to the most serious incidents in
Wealdmarch on behalf of the ambulance service, carried tranexamic acid and salt water. Salt water does
not carry oxygen and it thins the blood that is left. The first blood transfusion happened in the
emergency department at the major trauma centre, which, from much of rural Wealdmarch, is forty minutes
or more away.

Many air ambulances now carry blood, but none in our region did, and it is not a thing a charity can
simply decide to do. Blood is a precious resource, every unit must be traceable from donor to patient,
it has to be kept within a narrow temperature range, and units that are not used must go back to the
hospital in time to be given to someone else before they expire. That needs a hospital laboratory that
is willing to issue blood to people who are not in its building, an ambulance service that will send
the right team to the right patient, and a charity with the crews and the vehicles to carry it.

Since June 2022 each of our two helicopters and three rapid response cars has carried two units of O
negative red cells and two units of plasma in a validated cool box. The laboratory at Wealdmarch General
issues the boxes, tracks them electronically and swaps them every 72 hours so that units go back into
hospital stock well within date. The ambulance service's critical care desk dispatches our team to any
incident where major bleeding is likely, and our doctors and critical care paramedics follow a shared
protocol for when to transfuse. Every transfusion is recorded on a scanned form that goes back to the
laboratory with the empty bags.
"""),
        ("evidence", "What difference it has made", """
We compared patients attended by our teams with major traumatic haemorrhage in the two years before
blood was carried (2020/21 and 2021/22) and the two years after (2022/23 and 2023/24), using our own
records linked to the national trauma audit.

<<Q:The proportion of these patients who received a blood product before reaching hospital rose from none
to 86%.>> <<Q:The median time from the emergency call to the first unit of blood fell from 84 minutes to
31 minutes.>> <<Q:Patients arriving at the emergency department with a systolic blood pressure below 90
fell from 52% to 35%.>>

<<Q:Survival to hospital discharge rose from 61% to 70%.>> The numbers are modest, around 150 patients in
each period, and we present this with caution.

Wastage has been very low: 1.1% of units issued to us were discarded in 2023/24, almost all because a
cool box was damaged during a training exercise.
"""),
        ("stakeholders", "Who was involved", """
<<S:Biomedical scientists at the laboratory designed the packing of the cool boxes, and they tested
temperature loggers in a parked car in the sun and in the hold of the helicopter before choosing the one
we use.>> <<S:Our critical care paramedics and doctors rehearsed the transfusion protocol in twelve
simulation sessions with the hospital's transfusion practitioners, and it was the paramedics who asked
for the pre-printed traceability form to be replaced by a barcode label, because writing on a form in
the rain was not working.>> <<S:Dispatchers on the ambulance service's critical care desk helped us
draw up the list of calls that trigger a blood-carrying team, and added two types of call, farm
machinery and rail incidents, from their own experience.>>

<<P:Patients who have survived major bleeding after injury, recruited through the trauma centre's
rehabilitation service, reviewed the letter that every transfused patient now receives after discharge,
explaining what they were given and why.>> <<P:They asked us to take out the phrase 'blood products',
which one survivor said made her feel like she had been given something from a factory, and to name the
donors' gift plainly.>> <<P:One of them, a farmer who was injured under a tractor in 2022, now sits on
the project's governance group.>>
"""),
        ("value", "Value", """
The cool boxes, loggers and tracking system cost about £70,000 to set up, paid for by the charity's
supporters. The laboratory's extra work is funded by the charity at around £35,000 a year. Blood itself
is not wasted because unused units go back into stock. A survivor of major trauma may spend weeks in
hospital and months in rehabilitation, but someone who bleeds to death at the roadside has no second
chance at all.

For our crews the value is being able to give the treatment that the patient actually needs. For
the hospital, patients arrive in a better state for surgery.
"""),
        ("spread", "Spread", """
The protocol and packing standard have been shared with three other air ambulance charities in the
region, two of which now carry blood. The ambulance service has added blood-carrying teams to its major
incident plan. We presented the results at the national pre-hospital care conference in 2024.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I372  retained guidewires after central line insertion - docx - style
#       headings - consultant intensivist voice - one trust; five of its own
#       departments called a partnership, no partner organisation
#       (ineligible) - no patient involvement (patients sedated, a leaflet,
#       duty of candour, a patient panel informed, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I372", format="docx", layout="style_headings", topic="retained_guidewires",
    project="independent24-wireout-372", docx_font="Calibri",
    title="Wire Out, Wire Seen: ending retained guidewires after central venous catheter insertion",
    cover=[
        "Pellbrook General Hospital NHS Trust",
        "A partnership between five of the Trust's departments: Critical Care, Emergency Medicine, Anaesthesia and Theatres, Interventional Radiology, and Patient Safety",
        "Submitted by Dr Fiona Marsh, Consultant in Intensive Care Medicine and Clinical Lead for Procedural Safety",
    ],
    primary_entrant=dict(name="Pellbrook General Hospital NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "The problem", """
A central venous catheter, or central line, is a long thin tube put into a large vein in the neck, chest
or groin. Critically ill patients need them for strong drugs, for nutrition and for monitoring. They are
put in over a guidewire: the doctor passes the wire into the vein through a needle, slides the catheter
over it, and then pulls the wire out. If the wire is not pulled out, and the catheter is stitched in with
the wire still inside, the wire can be left in the patient's circulation. A retained guidewire is a
never event. It can cause clots, damage to the heart and blood vessels, and the patient needs a further
procedure to remove it.

We put in about 1,900 central lines a year, in intensive care, theatres, the emergency department and
interventional radiology. Between 2019 and 2022 we had three retained guidewires. In one case the wire
was not noticed until a chest X-ray six weeks later. Each investigation found the same things: the
procedure was done at night or in a hurry, the doctor was interrupted or inexperienced, the assistant
did not know that checking for the wire was part of their role, and the wire, once removed, was dropped
somewhere on the sterile field among all the other packaging, so nobody could tell at a glance whether
it was out.

The answer we came up with was simple, and it needed all five departments to do it the same way. Every
central line pack now has a marked slot on the tray where the wire must be placed once it is out. Before
the catheter is stitched, the assistant says 'wire out' and the operator shows the wire in its slot. The
electronic procedure note cannot be completed without confirming that the wire was seen. And the
radiographer or doctor reviewing the check X-ray looks specifically for a wire, using a prompt on the
report template.
"""),
        ("evidence", "Evidence of improvement", """
<<Q:We have had no retained guidewires since 'Wire Out, Wire Seen' started in September 2022, compared
with three in the previous three and a half years.>>

The patient safety team observed insertions in each area before and after the change. <<Q:The 'wire out'
check, with the wire shown in its slot, was seen in 19% of observed insertions before the change and 93%
after it.>> <<Q:Electronic procedure notes confirming that the wire had been removed rose from 12% to
96%, largely because the note can no longer be completed without it.>>

<<Q:Reported near misses, where the assistant or radiographer noticed a wire before the line was used,
rose from one in 2021 to seven in 2023, which we take as a sign that people are now looking.>>
"""),
        ("stakeholders", "Involvement of patients and staff", """
<<S:Critical care nurses and operating department practitioners, who assist with most central lines,
designed the 'wire out' call and asked that it be said by the assistant rather than the doctor, so that
it does not depend on the person who is concentrating hardest.>> <<S:Emergency department registrars
tested three versions of the tray slot on mannequins in the simulation suite and chose the one where the
wire is clearly visible against a coloured background.>> <<S:Radiographers in interventional radiology
suggested adding the prompt to look for a wire to the chest X-ray report template, having pointed out
that they were never told it was their job to look.>> <<S:Procurement staff and theatre stores worked
with the clinical teams to change all central line packs across the trust to the new tray within three
months.>>

Patients having central lines are usually sedated or critically ill, and we did not involve them in the
design. An information leaflet about central lines is given to patients and families on the intensive
care unit. The patients affected by the earlier incidents received an apology and explanation under the
duty of candour. The trust's patient panel was told about the project in 2023, and we hope to ask the
panel to review the leaflet next year.
"""),
        ("value", "Value", """
The new tray added about £1.20 to the cost of each central line pack, around £2,300 a year. Each retained
guidewire means an investigation, a further procedure to remove the wire, sometimes a transfer to
another hospital, and often a claim. More importantly, it means harm to a patient who was already very
unwell.

The less obvious value is that assistants now have a recognised job in the procedure. Nurses and ODPs
say they feel able to stop the doctor if they have not seen the wire, which was not the case before.
"""),
        ("spread", "Spread", """
The same tray and call are now used for chest drains and other procedures that use a guidewire. We
presented the project at the trust's annual safety conference and at a regional critical care network
meeting, and the tray design has been shared with two other hospitals in the region.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I373  nerve blocks and pressure care for hip fractures before hospital -
#       pdf - no headings - consultant paramedic voice - ambulance trust,
#       acute trust, university - no quantitative evidence (new pathway, counts
#       of blocks given, one audit figure, no complications, a target, an
#       evaluation planned)
# ---------------------------------------------------------------------------
entry(
    id="I373", format="pdf", layout="no_headings", topic="prehospital_hip_fracture_care",
    project="independent24-blockandlift-373", pdf_font="DejaVuSans", pdf_align="L",
    title="Block and Lift: pain relief and pressure care for older people with a suspected hip fracture, before they reach hospital",
    cover=[
        "Merrivale Ambulance Service NHS Trust (lead entrant)",
        "Working with Quarrington Royal Hospital NHS Trust (Trauma and Orthopaedics, Emergency Department, Anaesthesia) and the University of Quarrington (Department of Paramedic Science)",
        "Entry by the Consultant Paramedic for Urgent and Emergency Care",
    ],
    primary_entrant=dict(name="Merrivale Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Quarrington Royal Hospital NHS Trust", type="nhs_trust"),
        dict(name="University of Quarrington", type="university"),
    ],
    sections=[
        ("context", None, """
Around 2,000 older people a year break a hip in the area we cover, usually by falling at home. Almost all
of them come to hospital in one of our ambulances. For a long time we treated the journey as the bit
before the care starts. It is not. Some of these patients have been on the floor for hours before we
arrive, especially in winter when waits are long. They are in severe pain, often cold, frequently
dehydrated, and many are already a bit confused. Then we move them, which hurts, and put them on a
stretcher, which is a hard surface, and they may wait on it again outside the emergency department.

The pain relief we could offer was morphine, which in a frail 90-year-old can cause drowsiness,
vomiting and delirium, or gas and air, which wears off as soon as it stops. Pressure damage to the heels
and sacrum was being found on the orthopaedic ward in people who had been on the floor, then on our
stretcher, then on an emergency department trolley. Nobody had ever looked at that journey as a whole.
Delirium after hip fracture is common and is linked to worse recovery and more deaths, and uncontrolled
pain is one of its main triggers.

A fascia iliaca block is an injection of local anaesthetic in the groin that numbs most of the hip. It
is given in emergency departments everywhere and the guidance says every hip fracture patient should be
offered one. It is simple and safe with ultrasound, and the evidence that it reduces pain and the need
for morphine is good. In Block and Lift, our advanced paramedics, trained and signed off by the
hospital's anaesthetists, give the block at home or in the ambulance. At the same time, every crew now
uses a pressure-relieving overlay on the stretcher for anyone with a suspected hip fracture, keeps the
patient warm with a foil blanket under the overlay, and pre-alerts the hospital so that the patient can
go straight to a trolley with a pressure mattress in the orthopaedic assessment area rather than wait in
the main department.

We could not do this alone. The anaesthetists at Quarrington Royal taught and assessed our advanced
paramedics and agreed the protocol; the orthopaedic and emergency departments changed where and how
these patients are received; and the university designed the training programme and is setting up the
evaluation.
"""),
        ("evidence", None, """
Block and Lift started in October 2023. Twenty-four advanced paramedics have completed the training,
and in the first twelve months they gave 412 fascia iliaca blocks. There were no serious complications
reported, and no patient needed treatment for local anaesthetic toxicity.

An audit of 150 patients who had a block, carried out in July 2024, found that a pain score was recorded
both before and thirty minutes after the block in 88% of cases. We do not have an equivalent audit from
before the project, because pain scores were not routinely recorded in the same way.

The stretcher overlays are now carried on all 186 of our emergency ambulances. The hospital has agreed
to record, for every hip fracture patient, whether they arrived on an overlay, and this information
started to be collected in April 2024.

We have not yet been able to link our records to the national hip fracture database, which holds the
outcomes that matter most, such as delirium, pressure ulcers and deaths within 30 days. Our aim is for
60% of eligible patients to receive a block before arriving at hospital by the end of 2025, and at
present the figure is well below that, because advanced paramedics are not on every shift. The
university will carry out a formal evaluation during 2025, comparing patients who had a pre-hospital
block with those who did not.
"""),
        ("stakeholders", None, """
<<S:Advanced paramedics practised the block with the anaesthetists on a series of hospital shifts before
doing it on their own, and it was the paramedics who asked for a pocket card showing the landmarks,
because the screens on our portable ultrasound machines are small and hard to see in daylight.>>
<<S:Orthopaedic ward nurses told us that heel damage was the commonest problem they saw, and they chose
the overlay we now carry after trying three types.>> <<S:Emergency department nurses designed the
pre-alert wording with our clinical hub, so that the receiving area is ready before the patient
arrives.>> <<S:Ambulance crews tested the overlay for a month on one station and asked for it to be
folded rather than rolled, so that it fits in the vehicle locker.>>

<<P:Members of the hospital's hip fracture patient and carer group, people who had broken a hip in the
last two years and their relatives, told us what the wait on the floor and the journey had been like,
and their accounts of being cold were the reason the foil blanket was added.>> <<P:They also reviewed
the consent script the paramedics use for the block, and asked for it to be shorter and to explain that
the injection is 'like the dentist, but in the top of the leg', which is now the wording.>>
"""),
        ("value", None, """
Training cost about £38,000, mainly in anaesthetist and paramedic time, and was paid for by the
ambulance service's education budget. The portable ultrasound machines were bought with a grant from the
ambulance service's charity. The overlays cost around £90 each. The block itself uses a few pounds' worth
of local anaesthetic. A hip fracture patient who develops delirium or a pressure ulcer typically stays
in hospital several days longer.

For patients the value is less pain at the point when pain is at its worst. Families who have seen
their mother or father lifted from the floor say that the difference is obvious. For our advanced
paramedics the project has given them a new skill that they use every shift.
"""),
        ("spread", None, """
The neighbouring ambulance service has asked to use our training package, and the university has made it
available as a short course. We presented the project at the national ambulance research conference in
2024. The overlays, which cost very little, have been adopted by the hospital's own patient transport
service for transfers to rehabilitation wards.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I374  drug libraries on infusion pumps - docx - form table - PRIVATE medical
#       device company is the primary entrant (ineligible) - clinical
#       applications lead voice - acute trust and patient safety
#       collaborative as partners - no patient involvement (patients as
#       beneficiaries, an explicit negation, a survey that changed nothing, a
#       plan)
# ---------------------------------------------------------------------------
entry(
    id="I374", format="docx", layout="form_table", topic="infusion_pump_drug_libraries",
    project="independent24-libraryloaded-374", docx_font="Arial",
    title="Library Loaded: drug libraries and dose error reduction on every infusion pump",
    cover_table=[
        ("Entry title", "Library Loaded: drug libraries and dose error reduction on every infusion pump"),
        ("Entrant organisation", "Infusa Medical Systems Ltd"),
        ("Organisation type", "Private company (manufacturer and supplier of infusion devices)"),
        ("Partner organisations", "Stanbridge University Hospitals NHS Foundation Trust (Medical Engineering, Pharmacy and Critical Care); Stanbridge and Leys Patient Safety Collaborative"),
        ("Contact", "Clinical Applications Lead (Registered Nurse), Infusa Medical Systems Ltd"),
    ],
    primary_entrant=dict(name="Infusa Medical Systems Ltd", type="private"),
    partners=[
        dict(name="Stanbridge University Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Stanbridge and Leys Patient Safety Collaborative", type="public_other"),
    ],
    sections=[
        ("context", "Background and safety goals", """
Intravenous infusions of medicines such as heparin, insulin, potassium, morphine and noradrenaline are
given through electronic pumps. The nurse programmes the pump with the drug, the concentration and the
rate. A slip of a decimal point or the wrong units can give a patient ten times the intended dose, and
with these drugs that can be fatal.

Modern pumps can carry a drug library, a list of the medicines used in that clinical area with safe
upper and lower limits, so that the pump warns or stops the nurse if a dose is outside the limits. In
2021 Stanbridge had about 1,900 volumetric and syringe pumps of five different models, some more than
fifteen years old. Only one model had a drug library and, when it was used, nurses often chose the
'basic infusion' option to get past it. Pump-related incidents were one of the trust's top five
medication safety themes, and two had caused serious harm in 2020 and 2021, one an insulin infusion
programmed at ten times the prescribed rate.

In 2022 the trust replaced its whole fleet with our pumps under a managed service contract. Replacing
the hardware was the easy part. The aim of Library Loaded was that every infusion of a high-risk
medicine in the trust would run with the drug library switched on, with limits set by the trust's own
pharmacists, and that the library would be kept up to date across every pump by wireless update rather
than by engineers visiting wards with a laptop.
"""),
        ("evidence", "Evidence of improvement", """
The pumps record every infusion and every alert. The trust's medication safety team compared the pump
data and incident reports for the old fleet in 2021/22 with the new fleet in 2023/24.

<<Q:Infusions of high-risk medicines run with the drug library switched on rose from 23% to 91%.>>
<<Q:Incidents involving an infusion programmed at the wrong rate or dose that reached the patient fell
from 64 to 27.>> <<Q:Of these, incidents causing moderate or severe harm fell from 11 to 2.>>

In 2023/24 the pumps recorded 214 occasions when a nurse tried to start an infusion above a hard limit
and was stopped. We do not count these as harm prevented, because some would have been corrected
anyway, but each one is reviewed by the medication safety pharmacist.
"""),
        ("stakeholders", "Involvement of patients, carers and staff", """
<<S:Critical care nurses and ward nurses on six pilot wards tested the draft library for two months, and
they asked for drug names to be listed the way they appear on the prescription rather than by generic
group, which changed the layout of the whole library.>> <<S:Pharmacists from the trust's medication
safety team set the limits for each drug with consultants in each specialty, and they changed several
insulin limits after diabetes nurses showed them that the first version would have blocked normal
doses.>> <<S:Medical engineering technicians designed the process for returning any pump to the library
default after servicing.>> <<S:Nurse educators asked for the alerts to use plain words such as 'This dose
is higher than usual for this drug', and we rewrote every alert message in the pump software.>>

Patients receiving infusions are the people the library protects, but they were not involved in
designing it, which we felt was a technical exercise. The trust's inpatient survey in 2023 included a
question about pump alarms at night; the answers were mixed and no changes were made. We plan to talk
to the trust's patient panel about alarm noise in 2025.
"""),
        ("value", "Value added", """
The pumps were supplied under a managed service contract with a fixed annual charge; the drug library
software and wireless updates were included at no extra cost. The trust estimates that the reduction in
harm from infusion errors saves several hundred thousand pounds a year in extra bed days and treatment,
before counting the cost of claims.
"""),
        ("spread", "Spread", """
The Patient Safety Collaborative has published the trust's approach to setting limits and its audit
method, and three other trusts in the region are using them. We have made the library structure
available to every NHS customer. The work was presented at the national medication safety conference in
2024.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I375  critical blood results out of hours - pdf - CAPS headings - consultant
#       clinical biochemist voice - acute trust hosting a pathology network,
#       GP out-of-hours provider, ICB - no patient involvement (patients
#       phoned as part of care, a mobile number collected, Healthwatch
#       informed, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I375", format="pdf", layout="caps_headings", topic="critical_results_out_of_hours",
    project="independent24-noresult-375", pdf_font="LiberationSans",
    title="NO RESULT LEFT BEHIND: getting critical blood results from GP patients to a clinician out of hours",
    cover=[
        "LEAD  Kelverton Hospitals NHS Trust, on behalf of the Kelverton and Marsh Pathology Network",
        "PARTNERS  Marshgate Urgent Care (GP out-of-hours and clinical assessment service)  |  NHS Kelverton and Marsh Integrated Care Board",
        "Author: Consultant Clinical Biochemist and Clinical Lead for Blood Sciences",
    ],
    primary_entrant=dict(name="Kelverton Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Marshgate Urgent Care", type="primary_care"),
        dict(name="NHS Kelverton and Marsh Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
Blood samples taken in GP surgeries during the day arrive at our laboratories in the late afternoon and
early evening, and most are analysed after the surgery has closed. A small number of the results are
dangerous: a potassium of 7, a sodium of 115, an INR of 9 in a patient on warfarin, a very high calcium.
These patients need to be contacted and seen that evening, not the next morning.

For years the system was that a biomedical scientist would ring the surgery, find it closed, then try
the out-of-hours service on a general number, wait in a queue, and pass the result to whoever answered,
often a call handler who then had to find a GP. If the out-of-hours service did not have the patient's
phone number, and it usually did not, the GP had to ring the surgery's on-call number, if there was one.
Many results were simply left for the practice to pick up in the morning. Our biomedical scientists
kept a paper log, and the log showed calls abandoned after four or five attempts.

In 2021 a man in his seventies had a potassium of 7.3 on a sample taken at 2pm. The result was ready at
7.40pm and was not acted on until 9am the next day, by which time he had been taken to hospital with a
cardiac arrhythmia. He survived. A review by the ICB found four similar cases across the area that year.

No Result Left Behind was agreed between the pathology network, Marshgate Urgent Care, which provides
out-of-hours GP services across Kelverton and Marsh, and the ICB. There is now a single list of critical
limits used by every laboratory in the network. A dedicated line rings directly on the out-of-hours
clinical supervisor's phone, and the result is also sent electronically to Marshgate's system with the
patient's details. The GP request form in every practice now requires a mobile number before a sample
can be sent. Marshgate's clinician phones the patient within an hour and decides what to do, and the
outcome is sent back to the laboratory so that the log is closed. The ICB funds the extra clinical
time.
"""),
        ("evidence", "THE RESULTS", """
We compared twelve months of the laboratory's critical result log before the change (2021/22) with
twelve months after (2023/24).

<<Q:The median time from a critical result being ready to a clinician deciding what to do fell from 14.5
hours to 55 minutes.>> <<Q:Critical results on GP samples that were not acted on until the next working
day fell from 38% to 4%.>> <<Q:Calls abandoned by laboratory staff after repeated attempts fell from 212
in the year to 9.>>

<<Q:Incidents in which a patient came to harm after a delay in acting on a critical result fell from 9 to
1.>> The number of critical results rose over the period, from about 2,600 to 2,900 a year, as GP blood
testing increased after the pandemic.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<S:Biomedical scientists who work the evening and night shifts drew up the list of problems with the
old process, and they designed the new phoning script so that the first thing said is the patient's NHS
number and the result.>> <<S:Marshgate's clinical supervisors and call handlers agreed the one-hour
standard with us, and after a month they asked that the electronic message arrive before the phone call,
so that the clinician already has the record open when the phone rings.>> <<S:GP practice managers
tested the mandatory mobile number field on the request form, and pointed out that many older patients
give a landline, so the form now accepts either.>> <<S:Consultant chemical pathologists and GPs on the
ICB's primary care committee agreed the critical limits between them, removing several that were
generating calls for results that could safely wait.>>

Patients benefit directly, because they are phoned the same evening. Each patient is asked for a phone
number when a blood sample is taken. We told the local Healthwatch about the changes in 2023, and we
hope to ask patients who have received an evening call about their experience in the coming year.
"""),
        ("value", "THE VALUE", """
The extra clinical time in the out-of-hours service costs the ICB about £45,000 a year. A single
admission with a dangerous potassium level can mean several days in hospital and time on a cardiac
monitor, and some of these patients would otherwise die at home.

For our biomedical scientists, the value is that a dangerous result no longer sits on their conscience
until morning. For the out-of-hours GPs, the result arrives with everything they need to act on it.
"""),
        ("spread", "SPREADING IT", """
The single critical limits list has been adopted by the neighbouring pathology network, and NHS England's
regional pathology team has shared our process as an example. Marshgate has started using the same
route for urgent microbiology results, such as positive blood cultures from GP patients.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I376  glaucoma patients overdue for follow-up - docx - no headings -
#       ophthalmology service manager voice, plain and a little repetitive -
#       eye unit, local optical committee, sight loss charity - no staff
#       involvement (optometrists accredited and trained, clinic staff
#       briefed, a named consultant lead writing the protocol, a survey of
#       optometrists that changed nothing, a planned reference group);
#       patients took part
# ---------------------------------------------------------------------------
entry(
    id="I376", format="docx", layout="no_headings", topic="glaucoma_followup_backlog",
    project="independent24-seenintime-376", docx_font="Verdana",
    title="Seen in Time: bringing glaucoma patients back before their sight is lost",
    cover=[
        "Lead entrant: Halston and Dene University Hospitals NHS Trust (Halston Eye Unit)",
        "Partners: Halston Local Optical Committee and Clear Sight Halston (sight loss charity and glaucoma support group)",
        "Entry written by the Ophthalmology Service Manager",
    ],
    primary_entrant=dict(name="Halston and Dene University Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Halston Local Optical Committee", type="primary_care"),
        dict(name="Clear Sight Halston", type="charity"),
    ],
    sections=[
        ("context", None, """
Glaucoma damages the optic nerve, usually slowly and without any symptoms until a lot of sight has
already gone. The damage cannot be reversed. With regular checks of eye pressure and the visual field,
and eye drops or surgery when needed, most people with glaucoma keep useful sight for life. Without
those checks some of them go blind. That is why a glaucoma follow-up appointment that is months late is
a patient safety problem and not just a waiting list problem.

Halston Eye Unit looks after about 14,000 people with glaucoma or at risk of it. Like most eye units we
fell badly behind during the pandemic. By the spring of 2022, 4,100 of these patients were past the date
when they should have been seen, and 2,300 of them were more than six months past it. We had been
reporting the numbers to the board every month, but the numbers kept going up, because new referrals
kept coming in and our clinics were full.

In 2022 the trust carried out a harm review of glaucoma patients who were eventually seen after a long
delay. It found 23 patients whose sight had got significantly worse in the time they had been waiting,
and in several of them the loss was in both eyes and affected their ability to drive, read or live on
their own. Those are the patients this project is really about.

I should explain why it got so bad, because other units will recognise it. Glaucoma follow-up is not
urgent in the way that a cancer referral is urgent. When clinics were cancelled in 2020, the glaucoma
patients were the ones who were moved back, because a few months usually does no harm. Then a few months
became a year, and for some patients two. The follow-up list is also not like a waiting list for an
operation, where everyone is counted. A follow-up patient who is overdue just sits on the system with a
date that has passed, and nobody is told. We only really understood how many patients were affected
when the trust built a new report for the board in 2022.

We could not clear a backlog of that size by putting on more hospital clinics. There are not enough
consultants or clinic rooms. But there are more than forty optometry practices in Halston and Dene, many
of them with the same equipment we have in the eye unit, and they are open on Saturdays and in the
evenings. The Local Optical Committee represents them and already had a contract with the ICB for other
eye services. Clear Sight Halston, the local sight loss charity, runs a glaucoma support group and a
befriending and transport service for people who are losing their sight.

So Seen in Time has three parts. Every overdue patient was risk-stratified by the consultant team using
their last visual field and pressure results, so that the highest-risk patients were seen first in the
eye unit. Patients who are stable are now monitored in accredited community optometry practices, with
the results sent electronically to the eye unit and reviewed by a consultant or glaucoma nurse, who
decides whether the patient needs to come in. And Clear Sight Halston phones every patient who does not
attend an appointment, finds out why, and helps them to rebook, including with transport if that is the
problem.
"""),
        ("evidence", None, """
We have compared the position in April 2022 with the position in April 2024, using the eye unit's
follow-up list and the community optometry records.

<<Q:The number of glaucoma patients past their follow-up date fell from 4,100 to 690.>> <<Q:Patients
more than six months past their due date fell from 2,300 to 140.>> <<Q:The proportion of glaucoma
appointments that patients did not attend fell from 14% to 6%, after the charity's phone calls
began.>>

<<Q:When the harm review was repeated for patients seen after a delay in 2023/24, it found 4 patients
whose sight had got significantly worse while waiting, compared with 23 in the first review.>> We
should say that the patients seen in 2023/24 had, on the whole, waited less long, which is the point of
the project.

In 2023/24, 5,800 monitoring appointments were carried out in community practices, and about one in
eight of those patients was asked to come back to the eye unit sooner because of a change.

Not everything has gone to plan. The 690 patients still overdue are mostly people who need to be seen
in the eye unit, because they are higher risk or need tests that community practices cannot do, and we
still do not have enough hospital clinic time for them. Some patients did not want to be seen outside
the hospital and have stayed on the hospital list, which we respect. And a small number of patients
could not be contacted at all, by letter, by phone or through their GP, and their GPs have been told.
"""),
        ("stakeholders", None, """
<<P:Members of Clear Sight Halston's glaucoma support group told us early on that the letters we sent
were in small print and that some of them could not read their own appointment letter, which for an eye
unit is embarrassing to admit.>> <<P:They rewrote the appointment letter with us, in large print with
the date and time at the top, and asked for an audio version by phone, which is now offered to every
patient.>> <<P:Five members tried out the community monitoring appointments before they started and
told us that some practices were up a flight of stairs, so the booking system now shows whether each
practice has step-free access.>>

<<P:Derek Walsh, who lost most of the sight in his left eye while he was overdue, agreed to join the
project group and came to every meeting, and it was Derek who suggested the charity's phone call after a
missed appointment, because, he said, 'nobody rings you, they just send another letter'.>>

Optometrists in 31 community practices completed the higher qualification in glaucoma and an assessed
placement in the eye unit before their practice was accredited. Clinic staff and medical secretaries
in the eye unit were briefed on the new referral route at their team meetings. The protocol for which
patients can be monitored in the community was written by the consultant glaucoma lead, Mr Anand
Rao. We sent a short questionnaire to the accredited optometrists after the first year; the replies
were positive and we did not make any changes. We would like to set up a reference group with the
optometrists and our glaucoma nurses next year.
"""),
        ("value", None, """
The community appointments are paid for by the ICB at a fixed price per appointment, which is less than
the cost of a hospital follow-up. The charity's phone calls and transport cost about £28,000 a year,
funded by the trust. The eye unit has been able to use the clinic time freed up for patients who need
surgery or laser treatment.

For patients, the value is being seen in time and being seen closer to home, often on a Saturday.
Members of the support group tell us they find the community appointments less stressful than a day at
the hospital. Losing your sight means losing your independence, and the cost of that to the person and to
health and social care is enormous.
"""),
        ("spread", None, """
The same model is being used for patients with stable macular conditions from 2025. The Local Optical
Committee has shared the accreditation process with other committees in the region, and the charity's
missed appointment calls have been extended to the diabetic eye screening programme. We presented Seen
in Time at the regional eye health network in 2024.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I377  neutropenic sepsis in people having chemotherapy - docx - bold
#       headings - lead acute oncology nurse voice - acute trust, ambulance
#       trust, NHS 111 provider - NO spread section; otherwise complete
# ---------------------------------------------------------------------------
entry(
    id="I377", format="docx", layout="bold_headings", topic="neutropenic_sepsis_pathway",
    project="independent24-redflag-377", docx_font="Calibri",
    title="Red Flag, Fast Track: getting antibiotics to people with neutropenic sepsis within the hour",
    cover=[
        "Farrowdale Hospitals NHS Foundation Trust - Acute Oncology Service (lead)",
        "Highmoor Ambulance Service NHS Trust - partner",
        "Farrowdale Urgent Care Partnership (NHS 111 and Clinical Assessment Service) - partner",
        "Written by the Lead Acute Oncology Nurse Specialist",
    ],
    primary_entrant=dict(name="Farrowdale Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Highmoor Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Farrowdale Urgent Care Partnership", type="nhs_service"),
    ],
    sections=[
        ("context", "Why we did it", """
People having chemotherapy often have a very low white cell count for a week or so after each cycle.
If they get an infection during that time it can turn into sepsis within hours. Neutropenic sepsis is
one of the commonest reasons people having cancer treatment die, and it is one of the most treatable:
the national standard is that intravenous antibiotics are given within one hour of the patient arriving
at hospital.

Our patients are told to ring the 24-hour acute oncology hotline if they feel unwell or have a
temperature. Many do. But a lot of them, especially at night and at weekends, ring 999 or NHS 111
instead, or their family does. When that happened, the call was handled like any other call. A person
with a temperature of 38.2 and a bit of a cough could be given a routine GP call back or told to attend
the emergency department, where they sat in the waiting room with everyone else. Nobody in the chain
knew they were on chemotherapy unless the patient said so, and people who are feverish and frightened
often do not.

In 2021 our audit found that only 41% of patients with suspected neutropenic sepsis arriving through the
emergency department had antibiotics within the hour. That year two patients died of neutropenic sepsis
after long waits, one of them after spending nearly three hours in the waiting room.

Red Flag, Fast Track brings the three services together. Every patient starting chemotherapy at
Farrowdale is now flagged, with their consent, on the NHS 111 and ambulance systems for the duration of
their treatment, using a daily list sent from the chemotherapy prescribing system. A 111 call from a
flagged patient with a fever goes straight to a clinician and, if they are unwell, is transferred to
our hotline or to 999. Ambulance crews attending a flagged patient give a 'red flag' pre-alert to the
emergency department. In the department, any patient with a red flag pre-alert or a chemotherapy alert
card goes straight to a dedicated bay and has blood cultures and antibiotics from a ready-made grab box,
without waiting for blood results.
"""),
        ("evidence", "Results", """
We compared 2021/22 with 2023/24, using the acute oncology service's neutropenic sepsis audit, which
includes every patient admitted with suspected neutropenic sepsis, and call data from the two
partners.

<<Q:Patients with suspected neutropenic sepsis who received antibiotics within an hour of arriving at
the emergency department rose from 41% to 87%.>> <<Q:The median time from arrival to antibiotics fell
from 94 minutes to 38 minutes.>> <<Q:Admissions to intensive care with neutropenic sepsis fell from 17 to
8.>>

<<Q:Calls to NHS 111 from patients on chemotherapy that were dealt with on a general pathway, rather than
passed to a clinician, fell from 62% to 9%.>> <<Q:Deaths within 30 days of an admission with neutropenic
sepsis fell from six to two.>> These are small numbers, and every death is reviewed by the acute
oncology team.
"""),
        ("stakeholders", "How people were involved", """
<<P:Members of our chemotherapy patient forum told us that the old alert card was the size of a sheet of
A5 and lived in a drawer, and they designed the new credit-card-sized version that fits in a purse or
phone case.>> <<P:A woman whose husband died of neutropenic sepsis in 2021 spoke at the first project
meeting about the hours he spent in the waiting room, and she reviewed every draft of the emergency
department pathway.>> <<P:Patients on the forum also asked for the consent to be flagged on the 111 and
ambulance systems to be taken at the chemotherapy consent appointment, when they are given everything
else, and that is how it is done now.>>

<<S:NHS 111 health advisers and clinical advisers tested the flag for a month and asked for it to show
the date of the patient's last chemotherapy, because a fever three weeks after a cycle is much less
worrying than one at day ten.>> <<S:Paramedics helped design the 'red flag' pre-alert and agreed that it
would always be given, even when the patient looked well.>> <<S:Emergency department nurses put
together the grab box, and after a month they moved it from the resus room to the triage desk, because
that is where the patients actually arrive.>> <<S:Our own acute oncology nurses and the ward pharmacists
wrote the antibiotic guidance in the box with the microbiologists.>>
"""),
        ("value", "Value", """
Setting up the flag cost very little, because both partners' systems could already carry alerts; most
of the cost was staff time. The grab boxes cost about £25 each to make up. An admission to intensive care
with sepsis typically costs more than £10,000, and a death from a treatable complication of cancer
treatment is a devastating outcome for a family who had hoped for a cure.

Patients and families tell us they feel safer between cycles, knowing that whoever they ring will know
they are on chemotherapy. Emergency department nurses say the pathway takes away the guesswork.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I378  transfers of critically ill adults between hospitals - pdf - rubric
#       headings - critical care network manager, formal report voice -
#       operational delivery network lead, ambulance trust and two acute
#       trusts as partners - no patient involvement (patients unconscious,
#       families given a leaflet, feedback forms that changed nothing, a lay
#       member to be recruited)
# ---------------------------------------------------------------------------
entry(
    id="I378", format="pdf", layout="rubric_headings", topic="critical_care_interhospital_transfer",
    project="independent24-safebetween-378", pdf_font="LiberationSerif",
    title="Safe Between: standardising the transfer of critically ill adults between hospitals",
    cover=[
        "Lead organisation: Eastmarch Adult Critical Care Operational Delivery Network",
        "Partners: Eastmarch Ambulance Service NHS Trust; Fenward Teaching Hospitals NHS Trust; Saltby and Marsh Hospitals NHS Trust; and the critical care units of the network's four other acute trusts",
        "Prepared by the Network Manager on behalf of the Network Transfer Group",
    ],
    primary_entrant=dict(name="Eastmarch Adult Critical Care Operational Delivery Network", type="public_other"),
    partners=[
        dict(name="Eastmarch Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Fenward Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Saltby and Marsh Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Context and patient safety goals", """
Approximately 1,400 critically ill adults are transferred between hospitals in the Eastmarch network each
year. Some are moved for specialist care, such as neurosurgery or cardiothoracic surgery; others are
moved because the referring unit has no bed. These patients are typically sedated and ventilated,
dependent on infusions of drugs to support their blood pressure, and connected to monitoring equipment.
A transfer places them, for an hour or more, in a moving vehicle with limited equipment, limited staff
and no immediate access to help.

A network audit in 2021 reviewed 320 transfers and found that a critical incident occurred in 11% of
them. The commonest incidents were oxygen cylinders running low, infusion pumps failing or running out,
accidental disconnection of lines, and falls in blood pressure or oxygen levels that required
intervention in the back of the ambulance. Transfers were frequently undertaken by trainee doctors with
limited transfer experience, accompanied by a nurse from the referring unit, using equipment packed
differently in each hospital. Ambulance vehicles varied in their ability to secure critical care
equipment safely. Delays of several hours between the decision to transfer and departure were common,
most often while waiting for an ambulance or for the transfer team to be released from other duties.

The Safe Between programme set out to reduce critical incidents during transfer to below 5% and to
reduce delays. It comprised five elements: a single network transfer checklist and documentation pack,
used by every unit; a standard transfer bag with identical contents and layout in every hospital; a
dedicated network transfer team, consisting of a critical care transfer practitioner and a consultant
or senior trainee, available from 8am to 8pm on weekdays and based at Fenward; a dedicated critical care
vehicle provided by the ambulance service, fitted with a mounting system for ventilators, monitors and
pumps and carrying sufficient oxygen for a four-hour journey; and a network training course for all
staff who undertake transfers.

The partnership reflects the fact that no single organisation owns the transfer. The referring hospital
is responsible for the patient until handover, the ambulance service provides the vehicle and crew, and
the receiving hospital must be ready to accept the patient. The network provides the common standard
and the data.
"""),
        ("evidence", "Evidence of improved patient safety", """
The network repeated its audit of transfers in 2023/24, using the same incident definitions and reviewing
all 1,380 transfers recorded in the network transfer database.

<<Q:Transfers in which a critical incident occurred fell from 11% to 4%.>> <<Q:Incidents involving
oxygen supply fell from 14 in the 2021 audit sample to one in the whole of 2023/24.>> <<Q:Transfers
with a fully completed network checklist rose from 35% to 93%.>>

<<Q:The median time from the decision to transfer to departure from the referring hospital fell from 4
hours 10 minutes to 2 hours 35 minutes.>> Transfers undertaken by the dedicated network team accounted
for 58% of all transfers in 2023/24. No patient died during transfer in either period.
"""),
        ("stakeholders", "Involvement of patients, service users, carers and staff", """
<<S:Critical care nurses from all seven units contributed to the content of the standard transfer bag,
and following their feedback on the first version the layout was changed so that the items needed in an
emergency are in a single red pouch at the top.>> <<S:Trainee doctors who undertake transfers tested the
checklist over three months and reduced it from four pages to two, removing items that duplicated the
existing critical care chart.>> <<S:Ambulance technicians and paramedics on the critical care vehicle
worked with medical engineers from Fenward to design the mounting system, after demonstrating that the
existing brackets allowed monitors to move during braking.>> <<S:Transfer practitioners proposed the
pre-departure 'ten-minute pause', in which the team checks oxygen, drugs and lines before leaving the
unit, and this is now part of the checklist.>>

The patients who are transferred are usually sedated and unable to take part in decisions about their
transfer. Their families are given a network information leaflet that explains why the transfer is
happening and how they can travel to the receiving hospital. Feedback forms are offered to families
after transfer; those returned were positive, and no changes were made as a result. The network intends
to recruit a lay member with experience of critical care to the Network Transfer Group in 2025.
"""),
        ("value", "Value added", """
The dedicated transfer team and the critical care vehicle cost approximately £610,000 a year, funded
jointly by the ICB and the specialised commissioning team. Set against this, each transfer by the network
team releases a trainee doctor and nurse from the referring unit for between three and six hours. Each
critical incident avoided reduces the risk of harm and of prolonged critical care stay for the patient.

The programme has also improved staff experience. In the network's annual staff survey, trainee doctors
now describe transfers as a structured and supported part of their training, rather than one of the most
stressful parts of their job.
"""),
        ("spread", "Spread and sustainability", """
The network checklist and transfer bag standard have been adopted by the paediatric critical care
transport service for adolescents and by two neighbouring adult networks. The network's transfer course
has been accredited by the regional deanery and is mandatory for all trainees on critical care rotations.
The programme was presented at the national critical care networks conference in 2024.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I379  food allergens in hospital meals - docx - rubric headings with a
#       cover table - lead dietitian voice - acute trust, PRIVATE contract
#       caterer as a partner (eligible), council environmental health - no
#       quantitative evidence (incident counts that did not change, a single
#       audit figure, numbers trained, an inspection rating, a target)
# ---------------------------------------------------------------------------
entry(
    id="I379", format="docx", layout="rubric_headings", topic="hospital_food_allergens",
    project="independent24-askeverytime-379", docx_font="Cambria",
    title="Ask Every Time: keeping patients with food allergies safe at mealtimes",
    cover_table=[
        ("Entry title", "Ask Every Time: keeping patients with food allergies safe at mealtimes"),
        ("Lead organisation", "Sollingham Teaching Hospitals NHS Trust (Nutrition and Dietetics, and Facilities)"),
        ("Partner organisations", "Brookfare Catering Ltd (contracted patient catering provider); Sollingham City Council (Environmental Health and Trading Standards)"),
        ("Lead contact", "Lead Dietitian for Ward Nutrition, Sollingham Teaching Hospitals NHS Trust"),
    ],
    primary_entrant=dict(name="Sollingham Teaching Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Brookfare Catering Ltd", type="private"),
        dict(name="Sollingham City Council", type="local_authority"),
    ],
    sections=[
        ("context", "Context and patient safety goals", """
Food allergy reactions in hospital are rare, but when they happen they can be very serious, and they
should never happen at all. A hospital knows, or should know, exactly what is in every meal and exactly
who is allergic to what. In practice the information sat in different places. The allergy was recorded
by the admitting doctor in the medical notes, sometimes only as 'nuts'. The meal was ordered by the
patient or a housekeeper on a paper menu or a tablet that had no link to the medical record. The food was
cooked by Brookfare, our contract caterer, in a central production kitchen, and the allergen information
was held in a folder on each ward that many staff did not know existed.

In 2022 we had a near miss that scared everyone. A patient with a severe peanut allergy, clearly
recorded in her notes, was served a chicken satay dish because her order was taken by a bank housekeeper
who did not know about the allergy, and it was stopped only because the patient asked what the sauce
was. Nationally there have been deaths from allergic reactions to food served in hospitals.

Ask Every Time was agreed between the trust, Brookfare and the council's environmental health team,
which inspects the production kitchen and enforces food allergen law. The main changes are:

A patient's food allergies are now recorded in a set format in the electronic patient record on
admission, and they appear on the ward meal ordering tablet next to the patient's name, so the person
taking the order sees them. Any patient with a recorded allergy can only be offered dishes marked safe
for that allergen. Meals for these patients are made up separately, sealed and labelled with the
patient's name and bed, and checked against the tablet at the bedside. Whoever serves a meal asks the
patient about allergies every time, even when the tablet shows none. The council's officers audit the
kitchen's allergen controls twice a year instead of once, and check a sample of ward deliveries.
"""),
        ("evidence", "Evidence of improved patient safety", """
We recorded three incidents involving a food allergen in 2021/22 and three in 2023/24. None caused harm
in either year, and the numbers are too small to show whether the project has made a difference.

In January 2024 the dietitians audited 400 meals served to patients with a recorded allergy on twelve
wards, and 94% had the correct sealed label and had been checked at the bedside. We did not carry out a
comparable audit before the project, because before it there were no sealed meals to check.

Allergies are now recorded in the set format for around 2,300 inpatients at any one time. 410 ward
housekeepers, hostesses and healthcare assistants have completed the allergen awareness training. At
its most recent inspection, in March 2024, the council gave the production kitchen its highest food
hygiene rating and found the allergen controls fully compliant.

Our target is for 100% of meals for patients with allergies to be correctly labelled and checked, and we
are repeating the audit every six months.
"""),
        ("stakeholders", "Involvement of patients, carers and staff", """
<<P:Members of a local allergy support group, including two parents of teenagers with severe allergies
and three adults who had had reactions in restaurants, tested the meal ordering tablet with us and told
us that the allergen symbols were too small and that 'may contain' warnings were hidden.>> <<P:They also
asked that the patient be shown the sealed label before the meal is opened, and that is now part of the
bedside check.>> <<P:A patient who had been admitted with anaphylaxis after eating in a café helped us
write the wording of the question staff now ask at every meal.>>

<<S:Housekeepers and hostesses, who serve most of the meals, told us that they often did not know which
patients had an allergy because the whiteboard above the bed had been wiped, and they asked for the
allergy to show on the tablet instead.>> <<S:Brookfare's chefs and the trust's dietitians worked through
every recipe on the menu together, and the chefs suggested removing nuts from all standard dishes,
which made the menu simpler and safer.>> <<S:Ward clerks tested the new allergy field on the admissions
screen and asked for it to be mandatory, after pointing out that optional fields were left blank.>>
"""),
        ("value", "Value added", """
The changes to the meal ordering system cost about £18,000, shared between the trust and Brookfare. The
sealed packaging adds a few pence to each meal. The council's extra inspection is funded from its own
budget. An allergic reaction on a ward can mean resuscitation, an intensive care admission, a claim and,
at worst, a death.

For patients with allergies, the value is trust. Several told us that they used to bring their own food
into hospital because they did not believe the hospital food would be safe. For housekeepers, the tablet
takes the guesswork out of a job they often do alone on a busy ward.
"""),
        ("spread", "Spread and sustainability", """
Brookfare is introducing the same sealed meal system at the four other hospitals where it provides
catering, and the council has shared its inspection checklist for hospital kitchens with neighbouring
authorities. We presented the project at the national hospital caterers' association conference in 2024,
and the allergy field on the admissions screen is now mandatory across the trust.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I380  people with dementia leaving hospital wards unseen - pdf - with
#       appendix - lead nurse for dementia voice - acute trust, police, dementia
#       charity - no staff involvement (ward staff trained, security and
#       police briefed, a procedure written by one named manager, a survey
#       that changed nothing, planned champions); families and people living
#       with dementia took part
# ---------------------------------------------------------------------------
entry(
    id="I380", format="pdf", layout="with_appendix", topic="dementia_missing_from_wards",
    project="independent24-foundsafe-380", pdf_font="LiberationSans",
    title="Found Safe: preventing harm when people living with dementia leave hospital wards unseen",
    cover=[
        "Lead entrant: Dunmere General Hospital NHS Trust (Dementia and Delirium Team)",
        "Partners: Dunmere and Fold Police; Memory Lane Dunmere (dementia charity)",
        "Written by the Lead Nurse for Dementia, Dunmere General Hospital",
    ],
    primary_entrant=dict(name="Dunmere General Hospital NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Dunmere and Fold Police", type="emergency_service"),
        dict(name="Memory Lane Dunmere", type="charity"),
    ],
    sections=[
        ("context", "What was happening", """
People living with dementia sometimes leave a hospital ward without anyone noticing. They are not
'escaping'. Usually they are looking for something: the toilet, their wife, the bus home, the job they
retired from thirty years ago. Once they are outside, they are at serious risk. Our hospital sits next
to a dual carriageway and a canal.

In 2021/22 we recorded 37 occasions when a patient with dementia or delirium left a ward without staff
knowing. In 29 of them the police were called to search. Searches took a long time, because ward staff
could often give only a rough description, there was usually no photograph, and nobody knew where the
person was likely to go. One man was found three miles away, on a bench at the bus station, soaked
through and hypothermic, five hours after he was last seen. A woman was found in the hospital's boiler
house with a head injury from a fall.

The police already had a scheme for people with dementia living in the community, the Herbert Protocol,
where families fill in a form in advance with a photo, a description, phone numbers and places the
person might head for. Very few of our patients had one, and when they did, it was at home in a drawer.

Found Safe brings the Herbert Protocol into the hospital. When a person with dementia is admitted, the
family is asked to complete a short Found Safe form, with a photo taken on the ward if needed. The form is
kept in the electronic record and printed in the patient's bedside folder. If a patient cannot be found,
ward staff search for fifteen minutes using a set route, and then call the police, who are sent the form
straight away by secure email. Memory Lane Dunmere, the local dementia charity, trains volunteers who
spend time with patients at higher risk in the late afternoon and evening, when most people leave, and
the wards with the most patients with dementia have had their exit doors painted to blend in with the
walls.
"""),
        ("evidence", "What has changed", """
We compared 2021/22 with 2023/24, using the trust's incident reports and the police missing person
records for the hospital.

<<Q:Occasions when a patient with dementia or delirium left a ward unseen fell from 37 to 14.>>
<<Q:Occasions when the police were called to search fell from 29 to 8.>> <<Q:The median time taken to
find a missing patient fell from 2 hours 40 minutes to 55 minutes.>> <<Q:Patients found injured or
unwell after leaving a ward fell from six to one.>>

By March 2024 a Found Safe form had been completed for about 70% of patients with a known diagnosis of
dementia on the elderly care wards.
"""),
        ("stakeholders", "Families, carers and people living with dementia", """
<<P:Families of patients who had gone missing from our wards met with us twice, and they told us the
original form was too long to fill in at the bedside on the day of admission, so it was cut to a single
page.>> <<P:They also asked for the question 'Where might they try to go?' to be moved to the top, since
it was the most useful thing they could tell a police officer.>> <<P:Members of Memory Lane's
Wednesday group, people living with dementia and their partners, walked round two wards with us and
pointed out the doors and signs that looked like the way out, and those were the doors that were
painted.>> <<P:Joyce Allen, whose husband was the man found at the bus station, wrote a short account
of that night that is now read at the start of every Found Safe training session.>>

All nursing staff and healthcare assistants on the elderly care and medical wards completed a one-hour
Found Safe training session, and the hospital's security officers and switchboard operators were briefed
on the search procedure. Officers at Dunmere police station were briefed on the form and the secure
email route. The missing patient procedure was written by the trust's security and emergency planning
manager, Gary Whitlock. A staff survey after the first year was positive and nothing was changed. We
plan to have a Found Safe champion on every ward from 2025.
"""),
        ("value", "Value", """
The forms cost almost nothing. Painting the exit doors cost about £4,500, paid for by the hospital
charity, and Memory Lane's volunteer programme is funded by the trust at around £22,000 a year. Every
police search for a missing person takes officers away from other work for hours. A fall or hypothermia
in a frail older person can mean a long admission, a move to a care home or death.

For families the value is knowing that if the worst happens, the people looking will know what their
relative looks like and where they might be heading. Several families have told us that they asked for
a copy of the form to keep at home.
"""),
        ("spread", "Sharing", """
Dunmere and Fold Police has offered the Found Safe form to the two other acute hospitals in its area, and
one has started using it. The form is now given to families by the community mental health team for
older people when someone is diagnosed, so that it exists before any hospital admission.
"""),
    ],
    trailer=[
        ("heading", "Appendix: Definitions and data"),
        ("para", "A patient is counted as having left unseen when they were found outside their ward area without staff knowing they had left. Incident data: trust incident reporting system, 1 April 2021 to 31 March 2022 and 1 April 2023 to 31 March 2024. Police data: Dunmere and Fold Police missing person records for the hospital address, same periods."),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I381  head injury in older people on anticoagulants - docx - reordered
#       (results first) - emergency medicine consultant voice, brisk - acute
#       trust and ambulance trust - NO stakeholders section; staff
#       involvement told in the context; no patient involvement anywhere
# ---------------------------------------------------------------------------
entry(
    id="I381", format="docx", layout="reordered", topic="anticoagulated_head_injury",
    project="independent24-thinnerblood-381", docx_font="Georgia",
    title="Thinner Blood, Faster Scan: older people on anticoagulants who hit their head",
    cover=[
        "Greyhaven University Hospitals NHS Trust, Emergency Department (lead)",
        "Partner: Greyhaven and Borders Ambulance Service NHS Trust",
        "By Dr Owen Pryce, Consultant in Emergency Medicine, with the ambulance service's Clinical Lead for Falls",
    ],
    primary_entrant=dict(name="Greyhaven University Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Greyhaven and Borders Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("evidence", "The results, first", """
We will start with the numbers, because they are what persuaded our own board.

We compared all patients over 65 taking an anticoagulant who came to our emergency department after a
head injury in 2021/22 (1,210 patients) and in 2023/24 (1,465 patients), using the department's records,
the radiology system and the trauma audit.

<<Q:The median time from arrival to CT scan of the head fell from 3 hours 20 minutes to 58 minutes.>>
<<Q:Patients scanned within the one hour recommended by national guidance rose from 14% to 56%.>>
<<Q:Among patients found to have a bleed, the proportion given a drug to reverse their anticoagulant
within 90 minutes of the scan rose from 22% to 81%.>>

<<Q:Patients with a bleed who deteriorated in the department before the bleed was found fell from 9 to
2.>> <<Q:Deaths within 30 days among patients with a traumatic bleed on the brain fell from 19 to 12,
although with these numbers we would not claim this as a definite effect.>>
"""),
        ("context", "Why it mattered", """
Older people on anticoagulants such as apixaban, rivaroxaban and warfarin fall, and when they hit their
head they are at much higher risk of a bleed inside the skull. Some of these bleeds are obvious
straight away. Many are not: the person is talking, walking and apologising for the fuss, and then
becomes drowsy in the waiting room two hours later. National guidance says anyone on an anticoagulant
with a head injury should have a CT scan within an hour or so, and that if there is a bleed, the
anticoagulant should be reversed quickly.

At Greyhaven we were nowhere near that. In 2021 these patients waited, on average, over three hours for
a scan. They arrived by ambulance, queued for handover, were triaged as 'minor head injury, talking', and
then waited for a doctor to request the scan. The ambulance crew knew about the anticoagulant because it
was on the care record, but that information often got lost at handover. Two patients in 2021
deteriorated in our waiting area with bleeds that were not yet known about, and one died.

What we changed was the route. Ambulance crews who attend an older person on an anticoagulant who has
hit their head now give a specific 'anticoagulant head injury' pre-alert. The patient is booked straight
onto a CT list from the ambulance handover point by the triage nurse, using an agreed request that
radiology accepts without a doctor's review. If the scan shows a bleed, the reversal drug is already
in a locked box in the CT control room, with a prescribing protocol, and the neurosurgical referral is
made from there.

<<S:Paramedics from four of the ambulance stations that bring most patients to Greyhaven met our
emergency department nurses three times to design the pre-alert, and they asked that it be a fixed phrase
so that it could not be mistaken for a routine falls call.>> <<S:Triage nurses tested the nurse-requested
scan for two months and wrote the criteria themselves, which the radiologists then agreed without
changes.>> <<S:CT radiographers suggested keeping the reversal drugs in the CT control room after they
described watching a patient wait forty minutes for the pharmacy to release a dose.>> <<S:Our
pharmacists and haematologists produced the reversal protocol, and simplified it after the first month
when emergency department registrars said it was too long to use at night.>>

All emergency department nurses and doctors were taught the new route at their induction or at a
teaching session, and the ambulance service included the pre-alert in its annual update for crews.
"""),
        ("value", "What it is worth", """
The changes cost very little in money. Reversal drugs are expensive, at several hundred pounds a dose
or more, but they were being given anyway, just later. The main costs were in CT capacity, and the
radiology department has absorbed these by keeping one slot an hour free on the emergency scanner.
Against this, a bleed found early and reversed quickly is less likely to need an operation, and
patients who deteriorate with an unrecognised bleed often end up in intensive care.

For older patients and their families, the value is a quicker answer, and less time spent on a trolley
wondering. For ambulance crews, the fixed pre-alert gets their patient seen and lets them get back on
the road sooner. For our triage nurses, being able to request the scan themselves has made a real
difference to how much they feel trusted.
"""),
        ("spread", "Where it has gone", """
The ambulance service has introduced the same pre-alert at the two other emergency departments it serves,
and one of them now uses our triage-requested CT criteria. We presented the work at the regional major
trauma network and at a national emergency medicine conference, and the protocol is available on the
network's website.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="stakeholders"),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I382  ambulance transfers for people living with severe obesity - pdf -
#       form table - PRIVATE independent ambulance provider is the primary
#       entrant (ineligible) - operations director voice - acute trust and
#       ICB as partners - no staff involvement (crews trained, a named
#       manager designing the assessment, the trust's moving and handling
#       team briefed, a crew survey that changed nothing, a planned forum);
#       patients took part
# ---------------------------------------------------------------------------
entry(
    id="I382", format="pdf", layout="form_table", topic="bariatric_ambulance_transfers",
    project="independent24-roomtomove-382", pdf_font="DejaVuSans",
    title="Room to Move: safer, more dignified ambulance transfers for people living with severe obesity",
    cover_table=[
        ("Title of entry", "Room to Move: safer, more dignified ambulance transfers for people living with severe obesity"),
        ("Organisation entering", "Broadhaul Patient Transport Ltd"),
        ("Type of organisation", "Independent ambulance provider (private limited company, registered with the Care Quality Commission)"),
        ("Partner organisations", "Tennock Valley Hospitals NHS Trust; NHS Tennock and Ore Integrated Care Board"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
        ("Contact", "Operations Director, Broadhaul Patient Transport Ltd, Unit 4, Canalside Works, Tennock TN6 3PW"),
    ],
    primary_entrant=dict(name="Broadhaul Patient Transport Ltd", type="private"),
    partners=[
        dict(name="Tennock Valley Hospitals NHS Trust", type="nhs_trust"),
        dict(name="NHS Tennock and Ore Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Describe the patient safety issue and why a partnership was needed", """
Broadhaul provides non-emergency patient transport for Tennock Valley Hospitals under a contract with the
ICB: discharges home, transfers to community hospitals and care homes, and journeys to outpatient
appointments. Until 2022 we had no vehicle designed for people weighing more than 30 stone. When a
bariatric transfer was needed, we borrowed equipment, sent two standard crews, or asked the NHS
ambulance service for a bariatric vehicle, which was often not available for days.

The result was unsafe for patients and for crews. Patients who were medically fit to go home stayed in
hospital for days waiting for transport, with all the risks of a longer stay. Transfers that did happen
used stretchers and chairs that were not rated for the patient's weight. In 2021 there were nine
incidents in which a patient fell or slipped during a transfer, two of them with injuries, and a
stretcher collapsed during a transfer to a care home. Patients described being moved in front of
neighbours with no privacy, and being asked their weight across a busy ward by someone on the phone.

The problem sat between organisations. The hospital knew which patients were waiting, the ICB
commissioned the transport, and we provided it. Room to Move was agreed by all three in 2022. Broadhaul
bought two purpose-built bariatric vehicles with powered ramps, winches and stretchers rated to 50 stone,
staffed by four-person crews. The trust's moving and handling advisers now complete a transfer
assessment with each patient on the ward two days before the planned date, so that the right vehicle,
equipment and crew are booked. The ICB funds the vehicles through a variation to the contract and
monitors the waiting times. A privacy screen is carried on every bariatric vehicle.
"""),
        ("evidence", "What evidence is there of improvement?", """
We compared 2021/22 with 2023/24, using our booking system, the trust's discharge records and both
organisations' incident reports.

<<Q:Bariatric discharges delayed by more than 24 hours while waiting for transport fell from 64% to
12%.>> <<Q:The average wait from a patient being fit for discharge to the transfer taking place fell from
3.4 days to 0.6 days.>> <<Q:Falls, slips and equipment failures during bariatric transfers fell from
nine to one.>>

We carried out 412 bariatric transfers in 2023/24. None was cancelled on the day because the wrong
equipment had been booked.
"""),
        ("stakeholders", "How were patients, carers and staff involved?", """
<<P:Six members of a local weight management support group tried out the new stretcher, chair and ramp
at our depot before we bought them, and their comments led us to choose a wider stretcher with side
supports, because the narrower model made them feel they might fall.>> <<P:They told us that being
asked their weight on the phone in front of other patients was humiliating, and the assessment is now
done privately on the ward by the moving and handling adviser, with the curtains drawn.>> <<P:A man
who had waited nine days for transport home in 2021 helped us write the information sheet given to
patients before a bariatric transfer, and asked for it to include a photograph of the inside of the
vehicle.>> <<P:It was also the group's idea to carry a privacy screen for the walk from the front door
to the vehicle.>>

All crew members on the bariatric vehicles completed a three-day bariatric moving and handling course
with the equipment manufacturer. The transfer assessment form was designed by our clinical governance
manager, Helen Okoro, and the trust's moving and handling advisers were briefed on how to use it. We
asked our crews to complete a questionnaire after the first year; the results were positive and we did
not change anything. We plan to set up a crew forum to review bariatric transfers in 2025.
"""),
        ("value", "What value has been added?", """
The two vehicles cost about £290,000, of which the ICB contributed half through the contract variation.
Running costs are higher than for a standard vehicle because of the larger crew. Each day a medically fit
patient spends waiting in a hospital bed costs the NHS several hundred pounds, and exposes them to the
risks of infection, deconditioning and pressure damage.

For patients, the value is being moved safely and with dignity. For the hospital, bariatric patients no
longer wait for days on a ward that needs their bed.
"""),
        ("spread", "How has the work been shared?", """
The ICB has written the bariatric transfer assessment into its specification for non-emergency transport
across the whole area, and the NHS ambulance service uses the same form for its own bariatric transfers.
We have shared our vehicle specification with two other independent providers.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I383  button batteries and magnets swallowed by young children - docx -
#       bullet lists - senior trading standards officer voice - council lead
#       with children's emergency department, ambulance trust and a child
#       safety charity - no staff involvement (clinicians and call handlers
#       briefed, a named consultant writing the guideline, officers doing
#       their job, a planned workshop) and no quantitative evidence (products
#       seized, visits, single-year attendances, an audit with no baseline, a
#       target); parents took part
# ---------------------------------------------------------------------------
entry(
    id="I383", format="docx", layout="bullet_lists", topic="button_battery_ingestion",
    project="independent24-smallanddeadly-383", docx_font="Arial",
    title="Small and Deadly: button batteries and magnets swallowed by young children",
    cover=[
        "Lead entrant: Hadley Moor Borough Council - Trading Standards and Public Health",
        "Partners: Hadley Moor Hospitals NHS Trust (Children's Emergency Department); Three Rivers Ambulance Service NHS Trust; Safe at Home Hadley Moor (child accident prevention charity)",
        "Written by a Senior Trading Standards Officer, Product Safety Team",
    ],
    primary_entrant=dict(name="Hadley Moor Borough Council", type="local_authority"),
    partners=[
        dict(name="Hadley Moor Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Three Rivers Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Safe at Home Hadley Moor", type="charity"),
    ],
    sections=[
        ("context", "Background", """
Trading standards officers do not usually enter patient safety awards. We are doing so because the
harm we are trying to prevent ends up in the children's emergency department, and because the answer
needed us, the hospital, the ambulance service and a charity all working on it together.

The problem:

- a button battery, the small round battery used in remote controls, car keys, toys and greetings cards, can burn through the wall of a child's food pipe within two hours of being swallowed

- the child may seem well at first, and the parent may not know it has been swallowed at all

- high-powered magnets from toys and 'executive' desk sets can stick together through the bowel wall if more than one is swallowed, and cause holes that need an operation

- cheap products bought online or from market stalls often have battery compartments that a toddler can open with their fingers, and no warnings

What happened locally:

- in 2022 a two-year-old in Hadley Moor swallowed a battery from a light-up toy bought from a market stall; it was nine hours before she had an X-ray, and she needed major surgery and weeks in a specialist hospital

- when we looked into the toy, we found the same unsafe battery compartment on eleven other products on sale in the borough

What we agreed to do:

- trading standards: test purchases, seizures and withdrawals of unsafe products, and advice to local retailers and market traders

- the hospital: any child who may have swallowed a battery or magnets goes straight to X-ray from triage, without waiting to see a doctor, with a direct referral to the regional paediatric surgeons if a battery is found in the food pipe

- the ambulance service: calls about a child who may have swallowed a battery are treated as urgent, and call handlers give the current advice on honey for children over one while the ambulance is on its way

- the charity: home safety visits to families with children under five, including free lockable battery boxes, and talks at children's centres and nurseries
"""),
        ("evidence", "What we can show", """
Enforcement:

- 11,400 unsafe products seized or withdrawn from sale between April 2022 and March 2024, from 46 retailers and market traders

- two prosecutions, both resulting in convictions

Prevention:

- 640 home safety visits by the charity, with 590 battery boxes given out

- talks at 23 children's centres and nurseries

Hospital and ambulance:

- 38 children came to the children's emergency department with a suspected battery or magnet ingestion in 2023/24

- in an audit of those 38 children, all had an X-ray within an hour of arriving

- before the project, the department did not record these cases separately, so we have nothing to compare this with

What we cannot say yet:

- whether fewer children are swallowing batteries; the numbers are small, and the hospital's coding changed in 2023

- our aim is that no child in the borough needs surgery because of a swallowed battery, and the public health team will review every case for the next three years to see whether we are getting there
"""),
        ("stakeholders", "Who was involved", """
Parents and families:

- <<P:the mother of the two-year-old who was injured in 2022 worked with us on the campaign, told her daughter's story in a short video, and chose the campaign name>>

- <<P:parents at three children's centres looked at draft leaflets and told us that a picture of a battery next to a one-pound coin was more useful than any amount of writing, so the leaflet is now mostly pictures>>

- <<P:a group of dads from a Saturday football club suggested targeting car key fobs and fitness gadgets as well as toys, because those were the batteries lying around in their houses, and these were added to the leaflet>>

Professionals:

- emergency department doctors and nurses were briefed on the new triage route at their department meetings

- ambulance call handlers received a bulletin on the honey advice and the call category

- the triage guideline was written by the consultant in paediatric emergency medicine who leads on the project for the hospital, Dr Leah Morgan

- our own officers carried out the test purchases and inspections as part of their normal duties

- we plan to hold a workshop with emergency department and ambulance staff in 2025 to review the first two years
"""),
        ("value", "Value", """
- the battery boxes cost about £3 each, funded by the council's public health grant

- enforcement work was carried out within the existing trading standards budget

- one child with a battery burn to the food pipe can need months of specialist treatment and lifelong problems with swallowing, and some children die

- retailers now contact us for advice before they stock new products, which they never did before

- for parents, the value is knowing what to look for and what to do, fast
"""),
        ("spread", "Spread", """
- the leaflet and video have been shared with every trading standards service in the region through the regional product safety group

- the ambulance service has applied the same call category across its whole area

- the charity now includes battery safety in every home safety visit in the three boroughs it covers

- the national product safety office has used our market stall findings in its own work on online and imported toys
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I384  end-of-life care plans visible to ambulance crews - pdf via soffice
#       (style headings) - ambulance clinical lead for end of life care
#       (paramedic) voice - ambulance trust lead, hospice, acute trust, ICB -
#       no quantitative evidence (plans on the record, views by crews, one
#       audit figure with no baseline, complaints reviewed, a target, an
#       evaluation planned)
# ---------------------------------------------------------------------------
entry(
    id="I384", format="pdf", layout="style_headings", topic="end_of_life_plans_ambulance",
    project="independent24-knownwishes-384", render_via="soffice", docx_font="Liberation Sans",
    title="Known Wishes: making end-of-life care plans visible to ambulance crews at the moment they matter",
    cover=[
        "Ambermoor Ambulance Service NHS Trust (lead entrant)",
        "In partnership with St Brigid's Hospice Ambermoor, Ambermoor General Hospital NHS Trust and NHS Ambermoor Integrated Care Board",
        "Prepared by the Trust's Clinical Lead for End of Life Care (Registered Paramedic)",
    ],
    primary_entrant=dict(name="Ambermoor Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="St Brigid's Hospice Ambermoor", type="charity"),
        dict(name="Ambermoor General Hospital NHS Trust", type="nhs_trust"),
        dict(name="NHS Ambermoor Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Background", """
Many people in the last months of their life have made a plan with their doctor or nurse about what they
want to happen in an emergency: whether they would want CPR, whether they would want to go to hospital,
and what matters most to them. In Ambermoor these plans are recorded on a ReSPECT form. The plan is only
any use if the people who turn up in an emergency can see it.

Very often our crews cannot. They arrive at three in the morning to find a frightened family, a person
who is dying, and no form. It is in the hospital notes from the last admission, or in a drawer, or the
family has never been given a copy. Without a valid plan, crews have to start resuscitation and take the
person to hospital, which may be exactly what they did not want. The opposite also happens: crews are
shown an old form, or a photocopy, and cannot be sure it still reflects the person's wishes.

In 2021 we reviewed complaints and incidents involving people at the end of life. Several families
described CPR being started on a relative who had a plan saying it should not be, because the form could
not be found. Others described their relative being taken to the emergency department in their last
hours. Every one of these was distressing for the family and for the crew.

Known Wishes puts the plan where crews can see it. Since 2023, ReSPECT plans made by GPs, the hospice and
the hospital's palliative care team are entered on the shared care record, and crews can view them on
their tablets on the way to the call. The dispatch system flags any address where a plan exists, so
the crew knows before they arrive. St Brigid's Hospice runs a 24-hour advice line that crews can ring
for support in deciding what to do, and the hospice's community team will visit within two hours at night
if a person can be cared for at home rather than conveyed. The ICB funded the link between the shared
care record and our tablets.
"""),
        ("evidence", "Evidence so far", """
At the end of March 2024, 4,870 people in Ambermoor had a ReSPECT plan on the shared care record, and our
crews had viewed plans 9,300 times in the first year.

In an audit of 200 calls to people with a plan on the record, carried out in February 2024, the crew
had viewed the plan before or during the call in 71% of cases. We cannot compare this with earlier
years, because before Known Wishes there was no electronic plan to view, and crews' use of paper forms
was not recorded.

The hospice advice line took 1,140 calls from ambulance crews in its first year, and the community team
made 260 night visits after a call from a crew.

In 2023/24 we received four complaints from families about resuscitation or conveyance against a
person's known wishes. We reviewed each one, and in three of them the plan had not been added to the
shared record. Our target is for 90% of crews to view the plan when one exists, and for every plan made in
Ambermoor to be on the shared record within 48 hours. The hospice's research team is evaluating the
project over 2024/25, including interviews with bereaved families and a review of where people died.
"""),
        ("stakeholders", "Involvement", """
<<P:Bereaved relatives, recruited through the hospice's family support service, met with us in three
evening sessions and told us what had gone wrong, and it was their accounts that made us add the
address flag, so that crews know before they walk in.>> <<P:Two of them helped us write the short script
crews now use when they first talk to a family, which starts by asking 'Has your mum or dad talked to
anyone about what they would want if this happened?'>> <<P:People living with a terminal illness, who
attend the hospice's day service, looked at how their plan appears on the crew's screen and asked that
their own words about what matters to them be shown first, above the tick boxes, which is now how it is
displayed.>>

<<S:Paramedics from six stations tested the tablet view for two months and asked for the plan to open
with a single tap from the call details, because at first it took five.>> <<S:Clinicians in our
clinical hub and the hospice's nurses agreed together the questions a crew should be asked when they ring
the advice line.>> <<S:Palliative care nurses at the hospital pointed out that plans made on the wards
were often not entered on the shared record before the patient went home, and they now do this as part of
the discharge checklist.>> <<S:GP practice staff, through the ICB's primary care leads, suggested a
monthly list of plans that are more than a year old, so that they can be reviewed.>>
"""),
        ("value", "Value", """
The link between the shared care record and our tablets cost the ICB about £65,000. The hospice's advice
line and night visits are funded by the ICB at around £120,000 a year. Every person who dies in the place
of their choosing, rather than in an emergency department after an unwanted attempt at resuscitation,
saves an ambulance journey, a hospital bed and, much more importantly, a family's lasting memory of a
bad death.

Our crews tell us that attending a death at home with the plan in front of them, and the hospice at the
end of a phone, has taken away one of the most difficult parts of their work.
"""),
        ("spread", "Spread", """
The neighbouring ambulance service has asked to use the same link to its own area's shared care record.
The hospice advice line has been extended to care homes. We presented Known Wishes at the national
ambulance end of life care forum in 2024, and the crew script has been shared with all ambulance
services through the national group.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)
