"""One-hundred-and-twenty-first independent evaluation set (I1921..I1936) for the HSJ 'Best
Partnership Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were read
(with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or any
earlier gold output.  All organisations, places and people are fictional.  The entries are
meant to be ordinary: the kind of thing alcohol care teams, drug and alcohol services,
community pharmacies, maternity and mental health services, universities, police forces,
GP federations and gambling harm services send in, in their own voices and at their own
length.  The theme of this set is addiction and substance use: alcohol care teams, opioid
and gabapentinoid prescribing, drug checking and naloxone, smoking in pregnancy and in
mental health units, and gambling harm.

Topics (lead's type and layout):
  I1921 thiamine given late or not at all to patients with alcohol dependence on medical
        wards (nhs_trust, an alcohol care team; pdf, own headings)
  I1922 community alcohol detox at home with daily pharmacy instalments (charity, a drug
        and alcohol service; docx, bold headings with a cover table)
  I1923 head injuries missed in people who are very drunk (emergency_service, an ambulance
        service; docx, numbered questions)
  I1924 dependence on over-the-counter codeine picked up at the pharmacy counter
        (primary_care, a local pharmaceutical committee; pdf, CAPS headings)
  I1925 a walk-in drug checking service (university; docx, style headings)
  I1926 naloxone kits carried on night buses and at the bus station (PRIVATE bus company as
        primary entrant; pdf, form)
  I1927 stop smoking support for the partners of pregnant women who smoke (nhs_trust, a
        maternity service; docx, no headings)
  I1928 clozapine levels when patients stop smoking on admission to a mental health ward
        (nhs_trust, a mental health trust; pdf, two columns)
  I1929 asking about gambling harm in general practice (nhs_trust, a gambling harms clinic;
        pdf with appendix)
  I1930 gambling harm among university students (university; docx, sections in an unusual
        order, no value section)
  I1931 alcohol withdrawal missed on surgical wards (nhs_trust, departments of one trust, no
        partner; docx, rubric headings)
  I1932 heart rhythm checks for people on high-dose methadone (charity, a recovery service;
        pdf via Word, style headings)
  I1933 pregabalin and gabapentin prescribed to people in drug treatment (primary_care, a
        GP federation; docx, form)
  I1934 testing and reporting after suspected drink spiking (emergency_service, a police
        force; pdf, lists)
  I1935 a stop smoking app for pregnant teenagers (PRIVATE digital health company as
        primary entrant; docx, lists with cover bullets)
  I1936 vapes and nicotine withdrawal on an adolescent mental health ward (nhs_trust; pdf,
        numbered questions, no spread section)

Build it with

    .venv/bin/python data/independent/build.py --set 121   (writes data/corpus/independent121/)

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
    numbers trained, activity counts (visits, calls, referrals, checks, kits, tests,
    people screened or identified), single figures with no baseline, a zero with no
    earlier figure, figures that did not change, budgets, costs and savings estimates,
    phone numbers, postcodes, reference numbers, targets not yet reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    (including 'halved', 'a third fewer' and a sustained shift on an SPC chart);
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

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices, GP federations, primary care networks and local
pharmaceutical committees are primary_care; drug and alcohol, recovery, debt advice and
gambling support charities are charity; a students' union is charity; a university is
university; bus companies and digital health companies are private).  A department or
team of the entrant's own organisation is not a partner.  Flags are written by hand and
build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1921  thiamine for patients with alcohol dependence - pdf - own headings -
#        alcohol care team nurse consultant, clinical - acute trust with a
#        recovery charity and the council - patients and staff involved - no
#        flags
# ---------------------------------------------------------------------------
entry(
    id="I1921", format="pdf", layout="own_headings", topic="thiamine_alcohol_dependence_wards",
    project="independent121-firstdose-1921", pdf_font="LiberationSans", pdf_align="L",
    title="First Dose First: getting thiamine to patients with alcohol dependence before it is too late",
    cover=[
        "Lead organisation: Hestworth and Quenby Hospitals NHS Foundation Trust (Alcohol Care Team)",
        "Partners: Turning Tide Recovery (registered charity, community alcohol service); Hestworth Borough Council (Public Health)",
        "Written by the Nurse Consultant, Alcohol Care Team",
    ],
    primary_entrant=dict(name="Hestworth and Quenby Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Turning Tide Recovery", type="charity"),
        dict(name="Hestworth Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", "Why this mattered", """
Wernicke's encephalopathy is a brain injury caused by a lack of thiamine (vitamin B1). People who drink
heavily and eat poorly are at high risk, and it can be brought on or made worse during an admission to
hospital, particularly if they are given glucose before thiamine. It is treatable if high-dose
intravenous thiamine is started early. If it is missed it can leave a person with permanent memory loss,
unable to live independently, and it can kill.

The classic signs of confusion, unsteadiness and abnormal eye movements are present together in only a
minority of patients. Most people at risk look like any other patient who has been drinking: a bit
muddled, a bit unsteady, perhaps withdrawing. National guidance is therefore to treat on suspicion
rather than wait for the full picture.

Our alcohol care team is small: two specialist nurses, a part-time consultant hepatologist and a
recovery worker seconded from Turning Tide. We see around 1,700 patients a year across the two
hospitals. In 2022 we reviewed the notes of patients we had seen and found that many had waited a long
time for their first dose of intravenous thiamine, or had been given oral tablets only, which are poorly
absorbed in people who drink heavily. Some had their first dose the following afternoon, after an
overnight stay in the emergency department. Three serious incident reviews in 18 months involved
patients who developed Wernicke's encephalopathy in our care.

We also learned that the problem did not stop at the hospital door. Patients who were discharged on oral
thiamine often stopped taking it within days, and Turning Tide's workers in the community had no idea
what had been started in hospital or why.

The people we see are often the people the system finds hardest to help. Many are admitted again and
again, some are homeless, and a good number leave hospital before their treatment is finished. The
window to give thiamine is sometimes only a few hours long, and it usually falls at night, in the
emergency department, before anyone from our team has come on shift.
"""),
        ("evidence", "What changed for patients", """
We put three things in place from April 2023. The first was a thiamine prompt in the emergency
department triage system: any patient with an alcohol use score above a set level, or who says they
drink daily, triggers a prompt to prescribe intravenous thiamine, and the prescription is part of the
emergency department's alcohol order set. The second was a small stock of thiamine ampoules in every
emergency department and acute medical unit resuscitation trolley, so that nurses do not have to wait
for pharmacy. The third was a discharge letter, shared with Turning Tide with the patient's consent,
stating what thiamine the patient was on and for how long.

We audit the first 50 eligible patients every quarter.
<<Q:Before the change, the median time from arrival to the first dose of intravenous thiamine was 9
hours and 40 minutes; in the four quarters since, it has been 2 hours and 15 minutes.>> <<Q:The
proportion of at-risk patients given intravenous rather than oral thiamine as their first dose rose from
38% to 86%.>>

<<Q:There have been a third fewer patients coded with Wernicke's encephalopathy during their admission
in 2023/24 than in each of the two previous years, and there have been no further serious incidents.>>
We know the numbers are small and we do not claim too much from them.

In the community, Turning Tide now receives a discharge letter for around four in five of the patients
they go on to see.
"""),
        ("stakeholders", "Who shaped the work", """
<<S:The emergency department nurses told us early on that a prompt which fired for every patient who had
had a drink would soon be ignored, so the trigger was narrowed, with their help, to the score and the
question about daily drinking.>> <<S:Pharmacists from the medicines safety team worked out with us which
trolleys could safely hold the ampoules and wrote the checking routine that the ward staff now use.>>

<<P:Four people who had been through a hospital detox with us, recruited through Turning Tide's recovery
community, spent two evenings with us going through the discharge letter.>> <<P:They said that the word
'Wernicke's' frightened them and meant nothing, and they rewrote the patient copy in plain words,
including the line 'these vitamins protect your memory'.>> <<PS:The seconded recovery worker, who has
her own lived experience of alcohol dependence, sat on the project group throughout and insisted that
the letter go to the community team on the day of discharge, not a week later.>>

<<S:Turning Tide's keyworkers asked for the letter to include the end date for the tablets, because
they had found people still taking them months later without knowing why.>>
"""),
        ("value", "Value", """
A course of intravenous thiamine costs a few pounds. A patient with permanent brain injury from
Wernicke-Korsakoff syndrome may need a care home place for the rest of their life at a cost of many
hundreds of thousands of pounds, and they are often young. The changes cost us little beyond staff time:
the order set and prompt were built by the trust's digital team within their normal work, and the ward
stock comes from the existing pharmacy budget.

For staff, the main benefit has been certainty. Nurses no longer feel they have to argue with a busy
doctor to get thiamine prescribed; the prompt does it for them.

There is a less obvious benefit too. Because every at-risk patient now has a prompt, an order set and a
discharge letter, our team hears about far more of them than before, and hears about them sooner. That
has made it possible for us to offer a conversation about drinking to patients who would once have gone
home without seeing anyone, and for Turning Tide to pick them up in the community.

We did have to deal with some unintended effects. In the first month the prompt fired for a number of
patients who had drunk heavily only once, on a night out, and some doctors felt it was overcautious. We
accepted that. The harm of a few unnecessary doses of a cheap vitamin is very small; the harm of missing
Wernicke's encephalopathy is life-long.
"""),
        ("spread", "Sharing it", """
The thiamine prompt has been adopted by the neighbouring trust's emergency department, and we have
presented the work at the regional alcohol care team network. Turning Tide has offered the discharge
letter template to the other community alcohol services it runs in three counties. The council has
asked us to add thiamine to the training it commissions for hostel and housing support staff.

If we were starting again, we would put the community partner in the room from the first day. The
discharge letter came late in our project, and it turned out to matter as much as anything we did in
the hospital. Thiamine is a small thing, but getting it right depends on every part of the pathway
knowing what the others have done.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1922  community alcohol detox at home - docx - bold headings with a cover
#        table - service manager, practical - drug and alcohol charity with the
#        LPC and a GP federation - staff involved - NO patient involvement
#        (clients as beneficiaries, leaflets, a survey that changed nothing, a
#        plan, a negation)
# ---------------------------------------------------------------------------
entry(
    id="I1922", format="docx", layout="bold_headings", topic="home_alcohol_detox_pharmacy_instalments",
    project="independent121-safeathome-1922", docx_font="Calibri",
    title="Safe at Home: community alcohol detox with daily pharmacy collection",
    cover_table=[
        ("Entry title", "Safe at Home: community alcohol detox with daily pharmacy collection"),
        ("Lead organisation", "Fellside Recovery Partnership (charity), provider of Orrin Vale Drug and Alcohol Service"),
        ("Partners", "Orrin Vale Local Pharmaceutical Committee; Orrin Vale GP Federation"),
        ("Contact", "Gareth Lunn, Service Manager"),
    ],
    primary_entrant=dict(name="Fellside Recovery Partnership", type="charity"),
    partners=[
        dict(name="Orrin Vale Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Orrin Vale GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "The problem we set out to fix", """
Most people who need to come off alcohol can do it safely at home with a reducing course of
chlordiazepoxide, as long as somebody is keeping an eye on them. In Orrin Vale that has been our job
for years. Until 2022 the way we did it was simple but risky. A prescriber in our team saw the client,
wrote a seven-day reducing prescription, and the client collected the whole week's supply from their
usual pharmacy. A nurse rang or visited on days one, three and five.

The risks were well known to us. A full week's supply of a sedative in the hands of someone who is
still drinking is dangerous. Clients sometimes took the tablets and carried on drinking, which can stop
a person breathing. Some took too few and had withdrawal seizures. A few sold or gave away the tablets.
Pharmacists did not know the client was on a detox and often had no number to ring if they were worried.
GPs sometimes did not know either, and prescribed other sedatives in the same week.

In the spring of 2022 a man in his fifties was found collapsed at home on the third day of his detox,
having taken most of the week's tablets with a litre of vodka. He survived after a stay in intensive
care. Our review found that the pharmacy had noticed he smelled strongly of alcohol when he collected,
but had no route to tell us.

The partnership grew out of that review. The LPC's chief officer, our clinical lead and the GP
federation's medicines lead met in the summer of 2022 and agreed that each of us held part of the
picture and none of us could fix it alone. Pharmacists could see the client every day but had no
clinical information. We had the information but saw the client only every other day. The GP held the
rest of the person's medicines.
"""),
        ("evidence", "What difference it has made", """
Since September 2022 every home detox in Orrin Vale has been dispensed as daily instalments from one of
22 pharmacies that have signed up to the scheme. At each collection the pharmacist checks the client
is not visibly intoxicated, using a short checklist, and uses a breathalyser if the client agrees. If
anything is wrong, the dose is held and the pharmacist rings a dedicated line that is answered by our
detox nurse from 8am to 8pm, seven days a week. The GP federation has added an alert to the client's
GP record for the length of the detox.

<<Q:In the 18 months before the scheme, 11 of 264 home detoxes (4.2%) ended with an unplanned hospital
attendance; in the 18 months after, it was 3 of 291 (1.0%).>> <<Q:Recorded withdrawal seizures during
a home detox fell from five to one over the same periods.>> <<Q:The proportion of detoxes completed as
planned rose from 61% to 78%.>>

Pharmacists held a dose and rang the line 96 times in the first year. In most cases the client came
back later the same day and was given the dose once sober.
"""),
        ("stakeholders", "Who was involved", """
<<S:The LPC chief officer arranged for six pharmacists to meet our nurses and prescribers over three
evenings, and it was the pharmacists who said that the checklist had to fit on one side and take less
than a minute at a busy counter, which shaped the final version.>> <<S:Two of those pharmacists tested
the checklist with real clients for a month before it went live, and asked us to drop a question about
mood that clients found intrusive at the counter.>>

<<S:The GP federation's clinical lead and two practice pharmacists agreed the wording of the GP record
alert, after pointing out that an alert without an end date would stay on the record forever.>> <<S:Our
own detox nurses chose the hours of the phone line, having logged the times of day pharmacists had
tried to reach them in the past.>>

Clients are given a leaflet explaining the daily collection and what the pharmacist will check. We asked
clients to fill in a short questionnaire at the end of the detox and most said the daily collection was
fine, so we have not changed it. We did not have clients on the project group, which we regret, and we
plan to set up a service user panel for our detox pathway in 2025. The project was designed with the
safety of clients and their families in mind.
"""),
        ("value", "Value for money", """
Pharmacies are paid a fee for each supervised instalment, which comes to about £60 per detox, or around
£17,000 a year in total, funded by the council within our existing contract. The phone line is staffed
from within the detox nursing team. An admission to intensive care after an overdose costs many
thousands of pounds, and a single withdrawal seizure that leads to a fall or head injury can cost far
more. Being able to offer a safer detox at home also means fewer people need to wait for an inpatient
bed, which in our area can take months.

Pharmacists tell us they feel part of the team rather than being left to hand over a bag of tablets.

There have been costs we did not expect. Some clients live a long way from a pharmacy on the scheme, and
for them a daily trip is hard, especially in the first days of withdrawal. For those clients the detox
nurse can now arrange for a relative to collect, with the pharmacist checking by phone, and we have
recruited pharmacies in the two market towns that were not covered at first.
"""),
        ("spread", "Spread", """
The LPC has offered the checklist and service specification to the three neighbouring LPCs, and one of
them is now running it with its local drug and alcohol service. We have described the scheme at the
regional substance misuse commissioners' meeting and Fellside is rolling it out in the two other areas
where it provides services.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1923  head injuries missed in people who are very drunk - docx - numbered
#        questions - ambulance service consultant paramedic, direct - ambulance
#        service with an acute trust (ED and alcohol care team) and the city
#        council - patients (passive voice, in the value answer) and staff
#        involved - no flags ('halved' in words)
# ---------------------------------------------------------------------------
entry(
    id="I1923", format="docx", layout="numbered_questions", topic="intoxicated_head_injury_missed",
    project="independent121-notjustdrunk-1923", docx_font="Arial",
    title="Not Just Drunk: finding head injuries in people who are heavily intoxicated",
    cover=[
        "Northmoor Ambulance Service NHS Trust",
        "In partnership with Carrowby General Hospital NHS Trust (Emergency Department and Alcohol Care Team) and Carrowby City Council (Community Safety and Night-Time Economy)",
        "Entrant: Consultant Paramedic, Urgent and Emergency Care",
    ],
    primary_entrant=dict(name="Northmoor Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Carrowby General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Carrowby City Council", type="local_authority"),
    ],
    sections=[
        ("context", "1. What was the problem and why did it need a partnership?", """
A person who is very drunk and has hit their head looks, to a tired crew at 3am, exactly like a person
who is very drunk. Both are drowsy, slurred and unsteady. Both may be aggressive. The difference is that
one will sober up and go home, and the other has a bleed on the brain that gets worse while everyone
waits for them to sober up.

Carrowby has a busy night-time economy, and on Friday and Saturday nights our crews attend dozens of
calls to people who are intoxicated. Many are looked after at the council's Safe Haven, a welfare
centre in the city centre staffed by volunteers and a paramedic, and never go to hospital. That is a
good thing for most people and for the emergency department, which would otherwise be overwhelmed. But
it depends on someone spotting the few who should go.

Between 2020 and 2022 we had four serious incidents in which a person left at home, at the Safe Haven or
in police care, on the assumption that they were simply drunk, was later found to have a significant
head injury. One, a man of 24, died. The reviews found the same gaps each time: nobody had asked or
looked for a head injury, there was no agreed way to reassess someone over time, and each organisation
assumed another would pick it up.

The partnership brought together the people who see these patients at each stage of the night: our
crews and clinical hub, the Safe Haven run by the council, and the emergency department and alcohol
care team at Carrowby General. The police, who often find intoxicated people first and sometimes hold
them in custody, were kept informed through the city's night-time economy group.
"""),
        ("evidence", "2. What has improved and how do you know?", """
Together we wrote the 'Not Just Drunk' checklist, a one-page tool used by crews, the paramedic at the
Safe Haven and the emergency department triage nurses. It asks about any fall, blow or fight, looks for
specific signs of head injury, and sets a rule that anyone whose level of consciousness does not improve
within an hour, or gets worse, goes to the emergency department for assessment. The alcohol care team
added a section on withdrawal and low blood sugar, which can also be mistaken for drunkenness.

<<Q:Over the 12 months after the checklist was introduced, the time from the Safe Haven paramedic
asking for an ambulance to the patient arriving at the emergency department was halved, because the
request now goes through a dedicated clinical line.>> <<Q:Among intoxicated patients later found to have
a bleed on a CT scan, the share who had been taken straight to hospital at first contact rose from 54%
to 83%.>>

<<Q:Audit of crew records showed that a head injury assessment was documented for 41% of intoxicated
patients before the change and 89% after.>> The checklist went live in October 2022 and the audit is
repeated every six months.
"""),
        ("stakeholders", "3. Who was involved and how?", """
<<S:Crew members from the two city stations, the Safe Haven volunteers' coordinator and emergency
department triage nurses met in a series of short workshops and rewrote the first draft, which they
said was too long to use on a pavement at night.>> <<S:The alcohol care team nurses asked for the
hypoglycaemia and withdrawal prompts to be included after seeing patients who had been wrongly labelled
as drunk.>>

<<S:Safe Haven volunteers, most of whom are not clinicians, tested the 'call for help' part of the
checklist over six weekends and asked for the wording to be changed from clinical terms to things they
could see, such as 'cannot stay awake when you talk to them'.>> <<S:The council's community safety
manager and the Safe Haven paramedics agreed the one-hour reassessment rule.>>
"""),
        ("value", "4. What has been the value, for patients, staff and the system?", """
A missed bleed on the brain can mean death or life-long disability. Finding it even an hour earlier
changes the outcome. The checklist costs nothing to use, and the dedicated clinical line uses existing
clinical hub staff.

<<P:The advice card given to people discharged from the Safe Haven was read through with a group of
young adults who had been looked after there on a night out, and two of its lines were rewritten as a
result.>> <<P:A man who had been sent home from a party, and later needed surgery for a bleed, was
interviewed by the project team with his mother, and the 'ask about any fall, blow or fight' question
was added to the checklist after what they described.>>

Crews say the checklist gives them confidence to make the call either way, and that they are no longer
left holding the risk alone.

There has also been a benefit for the emergency department. Because the Safe Haven paramedic now has a
clear rule for who must go to hospital, fewer people are sent 'just in case', and the department can
concentrate on the patients who need it. The alcohol care team now sees many of these patients the
following morning, which gives them a chance to talk about their drinking at a moment when they are
often ready to listen.
"""),
        ("spread", "5. How has this been shared?", """
The checklist is now part of Northmoor's clinical guidelines across the whole ambulance service. Two
other councils running welfare centres in our area have adopted it, and it has been presented at a
national night-time economy health conference. Carrowby's emergency department has built the same
questions into its triage screen.

We have also learned that a checklist only works if the people using it trust each other. The most
useful thing we did was to get crews, Safe Haven volunteers and triage nurses into the same room, so
that each knew what the others could and could not do at three in the morning.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1924  dependence on over-the-counter codeine - pdf - CAPS headings - LPC
#        chief officer, brisk - LPC with a recovery charity and the ICB -
#        people with lived experience involved - NO staff involvement
#        (pharmacists trained, counter staff briefed, a named lead, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1924", format="pdf", layout="caps_headings", topic="otc_codeine_dependence_pharmacy",
    project="independent121-behindthecounter-1924", pdf_font="DejaVuSans", pdf_align="L",
    title="BEHIND THE COUNTER: spotting dependence on over-the-counter codeine",
    cover=[
        "LEAD: Stainfield Local Pharmaceutical Committee",
        "PARTNERS: Brackenridge Recovery (registered charity); NHS Stainfield and Linthorpe Integrated Care Board",
        "CONTACT: Chief Officer, Stainfield LPC",
    ],
    primary_entrant=dict(name="Stainfield Local Pharmaceutical Committee", type="primary_care"),
    partners=[
        dict(name="Brackenridge Recovery", type="charity"),
        dict(name="NHS Stainfield and Linthorpe Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
Painkillers containing codeine, such as co-codamol 8/500 and some ibuprofen combinations, can be bought
in any pharmacy without a prescription. Packs are limited to three days' use and carry a warning about
addiction. Even so, some people become dependent, often after a dental problem, a back injury or
period pain, and end up buying packs from several pharmacies every day. Because many of the products
also contain paracetamol or ibuprofen, the harm is not only dependence: we have seen liver damage from
paracetamol overdose, stomach bleeds and kidney injury.

People dependent on over-the-counter codeine rarely see themselves as having a drug problem, and
nobody else tends to see it either. They are often working, respectable and ashamed. They may never
mention it to their GP. Pharmacy staff notice the same faces, but until 2023 there was no local
agreement on what to say or where to send someone, and the usual response was simply to refuse the
sale, which moved the person on to the next pharmacy.

Brackenridge Recovery had seen a steady rise in people coming to them with codeine dependence, mostly
by self-referral after years of use, several with liver damage.

The partnership was set up in 2022 after Brackenridge approached the LPC. The ICB's medicines
optimisation team agreed to fund the scheme as a pilot and to collect the data.
"""),
        ("evidence", "WHAT CHANGED", """
From March 2023 all 58 community pharmacies in Stainfield and Linthorpe were offered the Behind the
Counter scheme. Counter staff use a short script when they think someone is buying codeine too often,
and offer a private conversation with the pharmacist. The pharmacist can give a short intervention,
check for paracetamol or ibuprofen harm, and make a direct referral to Brackenridge, which promises a
phone call within two working days. The ICB pays pharmacies for each conversation.

<<Q:Brackenridge's records show the time from first contact to starting treatment for codeine
dependence fell from an average of 19 days to 6 days for people referred through the scheme.>>
<<Q:Among the 212 people referred in the first year, 57% were still in treatment or had completed it at
12 weeks, compared with 31% of people with codeine dependence who self-referred in the year before.>>

<<Q:Sales of codeine combination products across the participating pharmacies, measured from wholesale
data, fell by 14% over the year while sales in the rest of the region were flat.>> We recognise that
some of this may reflect changes in buying elsewhere, including online.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<P:Five people in recovery from codeine dependence, who came forward through Brackenridge, wrote the
counter script with us.>> <<P:They told us that the word 'addict' would end the conversation
immediately, and that the opening question should be about pain, not about the medicine; the script
now starts 'How is the pain at the moment?'>> <<P:One of them recorded a short film about her own
experience, which we use in training.>>

All pharmacists in the scheme completed a two-hour online module, and 310 counter staff were briefed
at evening sessions. The scheme was led by our pharmacy services lead, Anita Moss, who set it up and
handled all enquiries. We will be asking pharmacy teams for their views in the second year.
"""),
        ("value", "VALUE", """
The scheme costs the ICB about £24,000 a year in pharmacy fees. One admission for paracetamol liver
injury can cost more than that, and a liver transplant far more. Earlier treatment means people are
less likely to end up in hospital, and we think many of them would otherwise have gone years without
help.

Just as important is what the scheme has done for how people are treated at the counter. People who are
dependent on codeine are no longer simply refused and sent away. They are offered a private
conversation, and for many it is the first time anyone has named the problem without judging them.
"""),
        ("spread", "SPREAD", """
The counter script and training module have been shared with all LPCs in the region and the national
pharmacy body has featured the work in its newsletter. Two neighbouring LPCs are starting the scheme in
2025. Brackenridge is talking to online pharmacy providers about how a similar referral could work for
online sales.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1925  a walk-in drug checking service - docx - style headings - university
#        chemistry lecturer, earnest - university with the city council, a
#        harm reduction charity and the acute trust - 'visitors' (people who
#        bring samples) and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1925", format="docx", layout="style_headings", topic="community_drug_checking_service",
    project="independent121-knowwhatsinit-1925", docx_font="Cambria",
    title="Know What's In It: a walk-in drug checking service in Elsford city centre",
    cover=[
        "Lead: University of Elsford, School of Pharmacy and Chemical Sciences",
        "Partners: Elsford City Council (Public Health); Open Door Harm Reduction (registered charity); Elsford Teaching Hospitals NHS Trust (Emergency Department and Clinical Toxicology)",
    ],
    primary_entrant=dict(name="University of Elsford", type="university"),
    partners=[
        dict(name="Elsford City Council", type="local_authority"),
        dict(name="Open Door Harm Reduction", type="charity"),
        dict(name="Elsford Teaching Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Background", """
The illegal drug supply has become more unpredictable and more dangerous. Heroin is now sometimes cut
with synthetic opioids many times stronger than itself. Tablets sold as diazepam can contain potent
new benzodiazepines. Ecstasy pills vary hugely in strength from one batch to the next. People who use
drugs are usually taking something without any idea of what it actually contains, and the first anyone
learns of a dangerous batch is often a cluster of overdoses or deaths.

Elsford has one of the higher rates of drug-related deaths in the region. In 2021 and 2022 the coroner
raised concerns about deaths involving substances the person almost certainly did not know they had
taken. Open Door, which runs the city's needle and syringe programme, was hearing the same stories every
week: "It wasn't like normal gear", "I only had half and I went over".

Our school has mass spectrometry and infrared equipment that can identify most substances within
minutes, and a group of analytical chemists who wanted it to be used for something more than teaching.
The council was keen to act but had no way to get real-time information about what was on the street.
The hospital's toxicologists could test blood, but the results took weeks and were of little use in
warning anyone.

Drug checking is well established in parts of Europe and has been tried at festivals in this country,
but when we started there were only a handful of community services in the UK, and none in our region.
The legal position is complicated. Handling controlled drugs needs a Home Office licence, and people
bringing samples need to be confident that they will not be arrested on the way. Any service also has to
be able to give results quickly enough to make a difference, in language people understand, alongside
proper harm reduction advice. None of the four partners could have done this alone.

We spent most of 2022 working through these problems. The university provided the laboratory staff,
equipment and quality assurance, and took on the licence application. Open Door provided the venue and
the harm reduction workers, and the trust that its clients already placed in them. The council funded
the service and worked with the police on the arrangements that make it possible. The hospital's
toxicologists helped us decide which results were dangerous enough to trigger a public alert, and made
sure that alerts reached the clinicians who would see the consequences.
"""),
        ("evidence", "Results", """
Since June 2023 we have run a drug checking session three afternoons a week in a room at Open Door's
city centre base. A person brings a small sample, which is tested by one of our chemists while they
wait. The result is discussed with them by an Open Door harm reduction worker, who offers advice,
naloxone and, if wanted, a referral to treatment. The session holds a Home Office licence and every
sample is destroyed after testing.

By June 2024, 1,046 samples had been tested. One in five was not what the person thought they had
bought, and in 31 cases we found a synthetic opioid in a sample sold as heroin or as something else
entirely.

<<Q:Before the service, the first warning about a dangerous batch usually came from post-mortem or
hospital toxicology, around three weeks after the first harm; since the service began, alerts have
gone out to drug services, hostels and the emergency department within two days of the sample being
tested.>> <<Q:Emergency department attendances for suspected opioid overdose among people with a city
centre postcode fell from an average of 29 a month in 2022/23 to 21 a month in 2023/24.>> We know that
other things have changed at the same time, including wider supply of naloxone, and we do not claim all
of that fall for ourselves.

When a visitor learns that their sample contains something unexpected, most say they will use less,
use with someone else present, or not use it at all.

The alerts have changed what happens on the street. In September 2023 we found a synthetic opioid in
three samples of what had been sold as heroin within one afternoon. By that evening Open Door had sent
a text alert to its clients, hostels had been told to check on residents, and the emergency department
had briefed its night staff. Naloxone was handed out to everyone who came through Open Door's doors
over the following week. We do not know how many lives were saved that week, and we never will, but
the alert reached people before the first death rather than after it.

We have also found things that were less dramatic but still important: ecstasy pills containing two or
three times a typical dose, cocaine cut with a veterinary medicine, and 'diazepam' tablets that
contained no diazepam at all. Each result was given back to the person with advice about what it meant
for them.
"""),
        ("stakeholders", "How people were involved", """
<<P:The service was shaped by its visitors from the start.>> <<P:During the pilot weeks we asked each
person who brought a sample what they thought of the process, and on their advice we moved the sessions
from the morning to the afternoon, dropped the consent form in favour of a verbal explanation, and
replaced a printed chemical report with a simple card showing the substance found and a strength
rating.>> <<P:Two regular visitors, who had used heroin for many years, drafted the wording of the first
public alert about a synthetic opioid, so that it would be read and believed on the street.>>

<<S:Open Door's harm reduction workers designed the conversation that follows the result, and insisted
that the chemist never gives the result without a worker present.>> <<S:The hospital toxicologists
agreed with our chemists a list of substances that should trigger an immediate alert, and the emergency
department consultants decided how the alerts should reach clinicians on shift.>> <<S:Council public
health officers and the local police sat on the steering group and together worked out the
arrangements that allow samples to be brought to the service without the person being stopped.>>
"""),
        ("value", "Value", """
The service costs about £95,000 a year, of which the council pays £60,000 and the university meets the
rest through staff time and equipment. A single drug-related death is a tragedy for a family and, in
economic terms, costs well over a million pounds. The alerts also benefit people who never visit the
service.

For our chemistry students, some of whom now volunteer at the sessions under supervision, it has shown
how science can keep people alive.

There are harder-to-count benefits. Many visitors had never had any contact with treatment services,
and the conversation about their result was the first time a worker had been able to offer them
anything. Some have gone on to take up treatment, hepatitis C testing or a naloxone kit. The data we
collect about the local drug market is now used by the council to plan its services and by the
coroner's office when it investigates deaths.

There are costs we had not expected. Keeping the equipment calibrated and the reference library of
substances up to date takes a day of a technician's time each week, and new substances appear every few
months. We have built this into the budget for the second year. The licence also has to be renewed
annually, with an inspection, and we have had to train more staff than we first planned so that the
sessions never have to be cancelled for lack of a chemist.

The council has also used the service's data to decide where to put additional naloxone supplies and
which hostels most needed training, so the benefits reach well beyond the people who bring a sample.
"""),
        ("spread", "Spread", """
Our alerts are shared with the regional drug information system and with the national early warning
network. We have been asked to help two other cities apply for licences, and we have published our
standard operating procedures so that any university with similar equipment can use them.

Other services thinking about drug checking often ask us what the hardest part was. Honestly, it was
the year before we opened: the licence, the agreements with the police, the insurance and the
arrangements for storing and destroying samples. Once the service was running, the science was the
easy part. We have written up every step of that year, including the mistakes, so that others do not
have to start from nothing.

We would also say that the partner who runs the room matters more than the partner who owns the
machine. People bring samples to Open Door because they already trust Open Door. A laboratory on a
university campus, however good, would have seen very few visitors.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1926  naloxone on night buses - pdf - form - PRIVATE bus company as
#        primary entrant with the city council and a drug service
#        (ineligible) - operations director, corporate - drivers involved -
#        NO patient involvement (passengers as beneficiaries, posters, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1926", format="pdf", layout="form_table", topic="naloxone_bus_network",
    project="independent121-lastbus-1926", pdf_font="LiberationSans",
    title="Last Bus Home: naloxone on night buses and at Dunmere bus station",
    cover_table=[
        ("Entry title", "Last Bus Home: naloxone on night buses and at Dunmere bus station"),
        ("Organisation entering", "Riverline Buses Ltd"),
        ("Working with", "Dunmere City Council (Public Health); Harbourside Drug and Alcohol Service (charity)"),
        ("Contact", "Operations Director, Riverline Buses Ltd"),
    ],
    primary_entrant=dict(name="Riverline Buses Ltd", type="private"),
    partners=[
        dict(name="Dunmere City Council", type="local_authority"),
        dict(name="Harbourside Drug and Alcohol Service", type="charity"),
    ],
    sections=[
        ("context", "Why was the partnership needed?", """
Riverline runs most of Dunmere's bus network, including eight night routes and the city bus station,
which is open until 2am. Like many bus stations it is a place where people shelter, and some of them use
drugs in the toilets or on the last buses. Our drivers and station staff have for years found people
collapsed and not breathing. Until 2022 they had no way to help except to call 999 and wait.

In October 2022 a young woman was found unconscious on the back seat of a night bus at the end of its
route. The driver called an ambulance, which took 23 minutes to arrive. She died. The driver was
devastated and so were his colleagues. The council's drug-related death review later found that the
woman had taken heroin and that naloxone given promptly would very probably have saved her life.

We approached Harbourside, who run the city's needle exchange and supply naloxone, and the council's
public health team, who fund them. None of us had thought of a bus company as a place for naloxone, but
all three of us could see why it made sense.

Each partner had something the others lacked. We had the staff, the vehicles and the station, and we
were present at the places and times when overdoses happen. Harbourside had the naloxone, the training
and the experience. The council had the funding and the links with the ambulance service and the
drug-related death review.
"""),
        ("evidence", "What has improved?", """
Since March 2023 a nasal naloxone kit has been carried in the cab of every night bus and kept in a
locked cabinet at the bus station with a defibrillator. All 146 night-shift drivers, inspectors and
station staff have been trained by Harbourside in recognising an opioid overdose, calling 999 and giving
naloxone. Harbourside replaces any used or out-of-date kits within 48 hours.

<<Q:In the 12 months before the scheme, naloxone was given before the ambulance arrived in 2 of 11
suspected opioid overdoses on our buses and at the station; in the 15 months since, it has been given
in 14 of 17.>> All 17 people were alive when the ambulance crew arrived. Staff confidence has also
improved.
"""),
        ("stakeholders", "How were patients, service users and staff involved?", """
<<S:A group of eight night drivers, including the driver who had found the young woman, met with
Harbourside's trainers to decide where the kit should be kept in the cab, and rejected the first
option, a first aid box behind the passenger seats, because it could be stolen or tampered with.>>
<<S:Bus station staff asked for the kit to be stored next to the defibrillator so there would be one
place to run to, and that is where it now is.>> <<S:The drivers' trade union representatives reviewed
the procedure and asked for a debrief and counselling offer after every use, which is now part of it.>>

Passengers are the people who benefit. Posters in the bus station tell passengers that staff carry
naloxone. We would like to involve people who use Harbourside's service in reviewing the scheme next
year.
"""),
        ("value", "What value has the project delivered?", """
Naloxone kits are supplied free by Harbourside under the council's existing contract. Training was
given in paid time, at a cost to Riverline of around £7,000. The value of a life saved cannot be
measured, and for our staff the scheme has replaced helplessness with something they can do.
"""),
        ("spread", "How has it been shared?", """
We have shared the scheme with the national bus operators' association and two other operators in the
region have asked for our procedure. The council is now placing naloxone in its libraries and leisure
centres on the same model.

The hardest part was not the kit or the training but the first conversation. Many people were surprised
that a bus company wanted to do this at all. We would encourage any transport operator with late-night
services to speak to their local drug service.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1927  stop smoking support for partners of pregnant women - docx - no
#        headings - specialist midwife, conversational - maternity trust with
#        the council's stop smoking service - women, partners and staff
#        involved - NO quantitative evidence (tests done, referrals, quit
#        dates set, a single quit rate, a target, a budget)
# ---------------------------------------------------------------------------
entry(
    id="I1927", format="docx", layout="no_headings", topic="partners_smoking_pregnancy",
    project="independent121-bothofus-1927", docx_font="Georgia",
    title="Both of Us: stop smoking support for partners of pregnant women in Kittering",
    cover=[
        "Kittering University Hospitals NHS Trust (Maternity Services), working with Kittering County Council (Smokefree Kittering stop smoking service)",
        "Entry by the Specialist Midwife for Tobacco Dependence",
    ],
    primary_entrant=dict(name="Kittering University Hospitals NHS Trust", type="nhs_trust"),
    partners=[dict(name="Kittering County Council", type="local_authority")],
    sections=[
        ("context", None, """
I have been a midwife for nineteen years and the specialist midwife for smoking in pregnancy for the
last four. Smoking in pregnancy is the biggest avoidable cause of stillbirth, low birth weight and sudden
infant death, and in parts of Kittering around one in six women are still smoking when they book with
us. We test every woman's carbon monoxide level at booking and refer those who smoke to Smokefree
Kittering, the council's stop smoking service.

What I kept noticing in clinic was how many women who had quit, or were trying to, were going home to a
partner who smoked. Some women had a low carbon monoxide reading even though they had stopped, because
the air at home was full of smoke. Many told me it was impossible to stay off cigarettes with a packet
on the kitchen table. Second-hand smoke harms the baby during pregnancy and after birth, and a partner
who smokes makes sudden infant death more likely. Yet our pathway only ever looked at the woman.
Partners were not our patients and the stop smoking service only saw them if they referred themselves,
which almost none did.

I raised this at our local maternity and neonatal system's smokefree pregnancy group in 2022 and found
that the council's stop smoking service had been thinking the same thing. Their advisers were seeing
women relapse after birth, again and again, because someone at home smoked. They had no way to reach the
partners, and we had no way to refer them. So we agreed to try.

There were some practical questions to settle first. Partners are not our patients, so we needed a
simple way to record their consent to be contacted, and the stop smoking service needed to be able to
take a referral without an NHS number. We also had to decide what to do about partners who were not
living with the woman, or were not the baby's father, and we settled on the phrase 'anyone who smokes
at home'.
"""),
        ("evidence", None, """
Since January 2023 we have offered a referral to the partner as well, at booking and again at 20 and 28
weeks. The partner does not need to come to the appointment: the midwife takes a phone number, and a
Smokefree Kittering adviser rings them within three days. Partners are offered free nicotine
replacement or a vape starter kit, weekly support and carbon monoxide checks, which can be done at the
woman's antenatal appointments if that is easier. The service has extended its evening phone hours
because most partners are at work in the day.

In the first 18 months midwives recorded asking about partner smoking at 3,870 bookings, and 612
partners were referred. Of these, 388 took up support and 140 set a quit date. Fifty-three partners
were confirmed as not smoking at four weeks by a carbon monoxide reading. Our target is for half of the
partners who set a quit date to be smokefree at four weeks, which we have not yet reached.

It is too early to look at birth weight or stillbirth, and the numbers are small. We are collecting
the carbon monoxide readings of women whose partners were supported and will report them next year.

The numbers so far are about activity rather than outcomes, and I want to be honest about that. What I
can say is that the question is now asked at almost every booking, that partners who would never have
come near a stop smoking service are talking to an adviser, and that midwives feel they have something
to offer when a woman tells them her partner smokes.
"""),
        ("stakeholders", None, """
<<P:I asked women at our smokefree pregnancy group what would make a difference, and it was the women
who suggested that the adviser should ring the partner rather than giving the woman a leaflet to take
home.>> <<P:Three partners who had quit with the
service's help came into the antenatal clinic one evening and told us what had put them off in the past,
and because of them the offer now includes vapes and evening phone calls.>>

<<S:Community midwives tried out the question about partner smoking in their clinics for a month, and
they changed it from "Does your partner smoke?" to "Does anyone smoke at home?" because that caught
grandparents and lodgers too.>> <<S:Smokefree Kittering's advisers designed the referral form with us
and changed the first phone call script after finding that partners hung up when it opened with the
baby's health.>>
"""),
        ("value", None, """
The partner service is delivered within the council's existing stop smoking contract, and the extra
evening hours cost around £18,000 a year. Midwives spend about a minute asking the question. When I
think about value I think about the families. A father who stopped smoking during his partner's second
pregnancy told me he had never been able to do it for himself, but did it for his daughter. The
smoke-free home also protects the other children in the house.
"""),
        ("spread", None, """
We have shared our referral form and pathway with the other maternity units in the local maternity and
neonatal system, two of which are starting the same offer this year, and I have presented at the
regional smokefree pregnancy network. The health visiting service now asks about smoking at home at
the new birth visit and can refer partners in the same way.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1928  clozapine levels when patients stop smoking on admission - pdf - two
#        columns - mental health trust consultant pharmacist, technical -
#        mental health trust with the ICB and the council's stop smoking
#        service - patients and staff involved - no flags (a shift on an SPC
#        chart)
# ---------------------------------------------------------------------------
entry(
    id="I1928", format="pdf", layout="two_column", topic="clozapine_smoking_cessation_admission",
    project="independent121-smokeandclozapine-1928", pdf_font="LiberationSans",
    title="Smoke and Clozapine: keeping people safe when they stop smoking on a mental health ward",
    cover=[
        "Lead: Marbury and Wold Partnership NHS Foundation Trust (Pharmacy and Inpatient Services)",
        "Partners: NHS Marbury and Wold Integrated Care Board; Marbury County Council (Quitwell Marbury stop smoking service)",
    ],
    primary_entrant=dict(name="Marbury and Wold Partnership NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="NHS Marbury and Wold Integrated Care Board", type="icb"),
        dict(name="Marbury County Council", type="local_authority"),
    ],
    sections=[
        ("context", "The safety problem", """
Our wards have been smokefree since 2019. Most people who smoke and are admitted to us therefore stop
smoking suddenly on the day they arrive, with nicotine replacement to help. That is good for their
health, but it has a dangerous side effect that is easily forgotten. Tobacco smoke speeds up the liver's
breakdown of several medicines, most importantly clozapine, an antipsychotic used for people whose
schizophrenia has not responded to other treatment. When someone stops smoking, the level of clozapine
in their blood can double within a week or two. Too much clozapine can cause heavy sedation, seizures,
dangerously low blood pressure, pneumonia and bowel obstruction, and it can kill.

The opposite happens on discharge. A person who starts smoking again at home, on a dose that was
lowered on the ward, can see their level fall and relapse.

In 2022 our incident reports included two patients on clozapine who had seizures in the weeks after
admission, and a third admitted to the general hospital with aspiration pneumonia. In each case the
patient had stopped smoking on admission and nobody had reduced the clozapine dose or checked the level.
We also found that community teams and GPs were rarely told that a patient's dose had been changed
because of smoking.

This was a problem that crossed organisational boundaries. The ward could change the dose, but it was
the GP who would go on prescribing after discharge, and the person's smoking at home was something only
they, their care coordinator and, if they chose, the stop smoking service would know about. Our
pharmacy department approached the ICB's medicines optimisation team and the council's stop smoking
service in late 2022, and we formed a small working group.
"""),
        ("evidence", "What we changed and what happened", """
From February 2023 every patient on clozapine who smokes has a plasma level taken within 48 hours of
admission and again at one week, and the ward pharmacist reviews the dose at both points. The smoking
status and dose change are recorded in a new section of the discharge summary, and Quitwell Marbury
contacts the person within a week of discharge to offer support to stay smokefree, or to alert the
community team if they have started smoking again.

<<Q:The percentage of clozapine patients with a plasma level taken within a week of admission has
shown a sustained shift on our SPC chart since March 2023, with the mean rising from 34% to 91%.>>
<<Q:Clozapine levels above the toxic threshold during admission fell from 14 of 58 patients in the year
before to 4 of 63 in the year after.>> <<Q:There have been no seizures linked to raised clozapine levels
since the change, compared with three in the previous two years.>>

<<Q:The proportion of discharge summaries that record a smoking-related dose change rose from 12% to
88%.>>

The results have been sustained through the second year and through a change of ward pharmacist on two
of our four wards, which suggests the process no longer depends on particular individuals.
"""),
        ("stakeholders", "Who was involved", """
<<S:Ward nurses, consultant psychiatrists and the pharmacy team agreed the testing schedule at a series
of ward lunchtime meetings, and the nurses asked for the test to be booked automatically by the
pharmacy rather than relying on the admitting doctor.>> <<S:The phlebotomy team changed their ward
rounds so that clozapine levels could be taken at the right time after the last dose.>>

<<P:Members of the trust's clozapine service user group, all of whom take clozapine themselves, told us
that nobody had ever explained to them that smoking affected their medicine.>> <<P:With them we wrote a
card that every patient is now given, and they chose the title 'Your smoking and your clozapine'.>>
<<PS:A peer support worker with experience of psychosis helped the Quitwell advisers adapt their phone
call for people who have just left a psychiatric ward.>>

<<S:ICB medicines optimisation pharmacists worked with us on the wording of the discharge summary
section so that GPs would see it.>>
"""),
        ("value", "Value", """
A clozapine level costs around £30. A day in an acute medical bed costs several hundred pounds, and a
seizure or pneumonia can mean weeks of admission or death. The project used existing staff, and
Quitwell's calls are part of its contract with the council.

Nurses say they feel safer knowing that the pharmacy will catch the level. Patients say the card has
helped them talk to their care coordinator about smoking.

The benefit also reaches beyond the wards. Because the discharge summary now records the smoking status
and the dose change, community teams and GPs can act if the person starts smoking again, and several
people have had their dose increased safely in the community rather than relapsing.
"""),
        ("spread", "Spread", """
The same testing schedule now applies to olanzapine in our trust. We have shared the approach through
the regional mental health pharmacy network, and two other mental health trusts are adopting the
discharge summary section. The stop smoking service has extended its follow-up offer to all patients
discharged from our wards who stopped smoking during their stay.

The main lesson for others is that smokefree policies and medicines safety need to be planned
together. A ward that stops people smoking overnight is changing how their medicines work, whether it
means to or not.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1929  asking about gambling harm in general practice - pdf - with
#        appendix - gambling clinic clinical lead, measured - mental health
#        trust's gambling harms clinic with a GP federation and a debt advice
#        charity - staff involved - NO patient involvement (patients
#        screened, a PPG only updated, a survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1929", format="pdf", layout="with_appendix", topic="gambling_harm_screening_general_practice",
    project="independent121-askthequestion-1929", pdf_font="LiberationSerif", pdf_align="L",
    title="Ask the Question: finding gambling harm in general practice",
    cover=[
        "Lead entrant: Calderbrook Partnership NHS Foundation Trust (Northern Fells Gambling Harms Clinic)",
        "Partners: Calderbrook GP Federation; Lantern Money and Debt Advice (registered charity)",
        "Prepared by the Clinical Lead, Northern Fells Gambling Harms Clinic",
    ],
    primary_entrant=dict(name="Calderbrook Partnership NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Calderbrook GP Federation", type="primary_care"),
        dict(name="Lantern Money and Debt Advice", type="charity"),
    ],
    sections=[
        ("context", "Context", """
Gambling harm is a public health problem that the NHS has only recently begun to treat as one. People
harmed by gambling are at greatly increased risk of suicide, and the harm spreads to partners and
children through debt, relationship breakdown and domestic abuse. Yet very few people with a gambling
problem ever tell a health professional. They present with low mood, anxiety, sleep problems,
stress-related physical symptoms or thoughts of suicide, and the gambling stays hidden.

Our clinic, one of the regional NHS gambling clinics, opened in 2021. In its first year almost all of
our referrals were self-referrals through the national helpline, and very few came from GPs, even
though GPs see many of the people we treat, often repeatedly, in the years before they reach us. When
we looked at the histories of people who had attempted suicide before coming to us, most had seen their
GP about their mental health in the previous year and none had been asked about gambling.

GPs told us they did not ask because they did not know what to do with the answer. Debt was often the
most pressing problem for patients, and there was no quick route to specialist debt advice.

Lantern, a debt advice charity, had the same experience from the other side. Its advisers often found
that a client's debt was caused by gambling, but had nowhere to send them for treatment, and knew that
clearing the debt without treating the gambling rarely lasted. The GP federation, for its part, had
been asked by its own clinical leads to do something about gambling after two patients died by suicide
in 2022, both with large gambling debts that had not been known to their practices.

We brought the three organisations together in early 2023, with the aim of making it as easy as
possible for a GP to ask, and as quick as possible for a patient to get help when they said yes.
"""),
        ("evidence", "Evidence of improvement", """
From May 2023 practices in the Calderbrook GP Federation added one question to the templates used for
depression, anxiety and medication reviews: "In the past year, has gambling caused you or anyone close
to you any problems?" A positive answer leads to a short screening questionnaire, and the GP or mental
health practitioner can refer to our clinic and to Lantern's debt advisers on one form. Lantern
guarantees a call back within five working days, and our clinic offers an assessment within three
weeks for anyone referred by a GP.

<<Q:The time from referral to first assessment for GP-referred patients fell from a median of 9 weeks
to 3 weeks.>> <<Q:Among patients who completed treatment, the average score on the Problem Gambling
Severity Index fell from 17 at assessment to 6 at discharge, and the average depression score fell from
16 to 8, similar to the results for self-referred patients.>>

<<Q:The proportion of new patients at our clinic who had thoughts of suicide at assessment fell from
48% in 2022 to 31% in 2024, which we think reflects people reaching us earlier.>> In the first year,
practices asked the question 8,420 times, and 316 patients were referred.

We are cautious about the suicide figure, which covers all new patients and not only those referred by
GPs, and about what caused it. But it is consistent with what our clinicians see: people referred from
general practice arrive earlier in their gambling, with less debt and less despair.
"""),
        ("stakeholders", "Stakeholder involvement", """
<<S:Five GPs and two mental health practitioners from the federation tested the question in their own
clinics for six weeks, and told us that the longer screening questionnaire we had proposed took too long
to do in every review, so the single question now comes first and the questionnaire only follows a
positive answer.>> <<S:Lantern's debt advisers designed the joint referral form with the practice
pharmacists, who asked for a box to record whether the patient had given consent to share financial
information.>>

<<S:The federation's clinical governance group approved the change to the templates after asking for a
safety-netting step for patients who disclose thoughts of suicide, which is now on the form.>>

Patients are asked the question during their review. The federation's patient participation groups
were told about the project at their spring meetings. We surveyed patients who had been referred and
most found the question acceptable, so it has stayed as it was. We intend to set up a lived experience
group to look at our materials next year.
"""),
        ("value", "Value", """
The clinic's treatment is funded nationally. The additional cost to practices is a few seconds per
review and the federation has met the cost of changing the templates. Lantern's advisers are funded by
a grant from a gambling harms charity. Problem gambling is estimated to cost public services hundreds of
millions of pounds a year through mental health care, homelessness and the criminal justice system.
Above all, earlier help may prevent suicides.

Lantern's advisers report that clients referred through the scheme have, on average, smaller debts
when they are first seen than clients who come to them in other ways, which makes the advice more
likely to work. For GPs, having somewhere to send people has made the question feel worth asking.
"""),
        ("spread", "Spread", """
The question and referral form have been shared with the other NHS gambling clinics and two integrated
care boards have asked for the template. We have presented at a national primary care conference and
written a short guide for practices.
"""),
    ],
    trailer=[
        ("heading", "Appendix: the question, the referral form and the data"),
        ("para", "The single question: 'In the past year, has gambling caused you or anyone close to you any problems?' A positive answer is followed by the three-item short screening questionnaire. The joint referral form is available from the clinic on request."),
        ("para", "Waiting times and outcome scores are from the clinic's own clinical records. Counts of questions asked are from the federation's template searches. Suicidal thoughts are recorded at assessment using the clinic's standard risk assessment."),
        ("para", "Northern Fells Gambling Harms Clinic, Lowgate House, Calderbrook, CB7 2QT."),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1930  gambling harm among university students - docx - sections in an
#        unusual order - head of student wellbeing, warm - university with
#        the students' union, a gambling support charity and a GP practice -
#        students and staff involved - NO value section
# ---------------------------------------------------------------------------
entry(
    id="I1930", format="docx", layout="reordered", topic="student_gambling_harm_university",
    project="independent121-oddsagainst-1930", docx_font="Calibri",
    title="Odds Against: gambling harm among students at Greyhallow",
    cover=[
        "University of Greyhallow, Student Wellbeing Service",
        "With Greyhallow Students' Union, Fairplay Gambling Support (charity) and Greyhallow University Health Centre (GP practice)",
        "Head of Student Wellbeing",
    ],
    primary_entrant=dict(name="University of Greyhallow", type="university"),
    partners=[
        dict(name="Greyhallow Students' Union", type="charity"),
        dict(name="Fairplay Gambling Support", type="charity"),
        dict(name="Greyhallow University Health Centre", type="primary_care"),
    ],
    sections=[
        ("stakeholders", "Made with students", """
We want to start with the students, because this project was theirs before it was ours.

<<P:In the autumn of 2022 two students came to the Students' Union's advice centre within a week of
each other, both having lost their whole student loan instalment on betting apps, and one of them
agreed to tell his story at the Union's council.>> <<P:The Union's welfare officer then brought
together a group of eleven students, some of whom had gambled heavily themselves, and they spent a
term designing the campaign and the support offer with us.>> <<P:They chose the name 'Odds Against',
wrote the messages for social media, and told us that none of them would walk into a counselling
service for gambling, but that they would answer a message at 2am.>>

<<S:Our wellbeing advisers and the Union's advice staff planned the referral route together, and the
advisers asked for Fairplay to run a short session for them, after saying they did not know how to
start the conversation.>> <<S:The GPs at the University Health Centre agreed to add a gambling question
to their student mental health consultations, after the practice's mental health nurse tested it for a
month and suggested where it should go in the consultation.>> <<S:Fairplay's counsellors adapted their
sessions to fit around lectures and exams, offering evening and weekend video appointments, which
students had asked for.>>

<<P:Two members of the students' group sat on the steering group for the whole of the first year and
vetoed a poster campaign that they said would make students who gambled feel judged.>> <<P:Their
contribution has been the heart of the project, and we have paid them for their time at the
university's standard rate for student partners.>>
"""),
        ("context", "Why it mattered", """
Gambling has changed. A student can now bet on football, play online casino games or open loot boxes
from their phone at any hour, and the advertising is everywhere, including on the shirts of the teams
they support. Young men in particular are at risk. At university, many are living away from home for
the first time with a large sum of money paid into their account at the start of each term.

The harms are serious. Students who gamble heavily can lose their rent money, fall behind with their
studies, drop out and, at worst, take their own lives. A student at a university in our region died by
suicide in 2021 after building up large gambling debts, and the inquest found he had not told anyone.

Our own wellbeing service had no way of knowing how many students were affected, because we never
asked. Students presented with anxiety, depression or money problems. Hardship fund applications
sometimes hinted at gambling, but nothing was done with that information.

The university could not do this alone. Students trust the Union more than they trust us, and the Union
has its own advice centre that handles money problems. Fairplay has years of experience of treating
gambling harm, but had never worked with a university. The University Health Centre sees most of our
students when they are unwell, but had never asked about gambling. Bringing the four together was the
point.
"""),
        ("evidence", "What has changed", """
From January 2023 the university, the Union, Fairplay and the health centre introduced four things: a
campaign across the Union's channels; a gambling question on the wellbeing service's registration form
and in the health centre's mental health consultations; a 24-hour text line run by Fairplay; and a
route by which any student who discloses gambling harm is offered counselling from Fairplay, money
advice from the Union and, if needed, an emergency hardship payment with a budgeting plan.

<<Q:The proportion of students registering with the wellbeing service who said that gambling had caused
them a problem rose from 1% to 7%, which we read as students feeling able to say so rather than more
students gambling.>> <<Q:Among students who completed Fairplay counselling, average gambling severity
scores fell by more than half between the first and the last session.>> <<Q:Students who disclosed
gambling harm and took up support were far less likely to withdraw from their course: 6% withdrew in
2023/24, compared with 21% of students who made a similar disclosure in hardship fund applications in
2021/22.>>

Fairplay's text line received 412 messages in its first year, most between 10pm and 3am.

Behind these figures are individual students. One final-year student who came to us through the text
line had gambled away his rent for three months running and was about to be evicted. With a hardship
payment, money advice from the Union and twelve sessions with Fairplay, he stayed on his course and
graduated last summer. He is now one of the students who helps with the campaign.
"""),
        ("spread", "Sharing what we learned", """
The campaign materials have been offered free to all universities through the national student
wellbeing network, and four have used them. The students' working group presented at a national
student mental health conference. Fairplay now runs the text line for two other universities in the
region, and our approach has been written into the university's mental health and suicide prevention
strategy.

The most important lesson for other universities is to ask. Until we did, we had no idea how many of
our students were struggling with gambling, and the students themselves did not think anyone would
want to know.
"""),
    ],
    flags=[dict(code="missing_section", criterion="value")],
)


# ---------------------------------------------------------------------------
# I1931  alcohol withdrawal missed on surgical wards - docx - rubric
#        headings - alcohol care team lead and surgical matron - departments
#        of one trust, NO partner (ineligible) - staff involved - NO patient
#        involvement (patients as beneficiaries, told, a plan) - NO
#        quantitative evidence (charts completed, staff trained, a single
#        audit figure, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1931", format="docx", layout="rubric_headings", topic="alcohol_withdrawal_surgical_wards",
    project="independent121-nosurprises-1931", docx_font="Calibri",
    title="No Surprises: recognising alcohol withdrawal on surgical wards",
    cover=[
        "Wendlebury Hospitals NHS Foundation Trust",
        "A partnership between the Alcohol Care Team, the Division of Surgery, Critical Care Outreach and Pharmacy",
        "Joint entry from the Alcohol Care Team lead and the Matron for General Surgery",
    ],
    primary_entrant=dict(name="Wendlebury Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Describe the partnership and why it was needed", """
Patients who drink heavily are admitted to surgical wards every day, for planned operations, for
abdominal pain, pancreatitis or injuries. Their alcohol use is often not recorded, or is recorded as
'social'. When they stop drinking suddenly on admission, withdrawal usually starts within a day and can
progress to seizures or delirium tremens, which is a medical emergency. After an operation the signs of
withdrawal, such as agitation, confusion, sweating and a fast heart rate, are easily put down to pain,
infection or the anaesthetic.

Our alcohol care team has always been based in the medical admissions unit and the emergency
department. We see the patients who come in through the medical route. Surgical patients were referred
to us only when things had already gone wrong. In 2022 our critical care outreach team was called to
nine surgical patients with severe alcohol withdrawal, and two were admitted to intensive care with
delirium tremens. A man recovering from a hip fracture pulled out his drains and fell; another patient
had a withdrawal seizure on the second day after a bowel operation.

The problem was not that surgical teams did not care. It was that alcohol withdrawal was nobody's job on
a surgical ward. Surgeons focused on the operation, nurses on wounds and pain, and the alcohol care
team was elsewhere. We decided to work across the divisions of the trust to change that, with the
surgical matrons, the critical care outreach team, pharmacy and our own team working as one group.

We met fortnightly from March 2023. The first task was simply to understand how often the problem
happened, and we found that nobody could tell us: withdrawal was rarely coded, and outreach calls were
recorded under 'agitation' or 'confusion'.
"""),
        ("evidence", "Evidence of improvement in patient safety", """
In September 2023 we introduced an alcohol screening question into the surgical pre-assessment and
admission documentation, a standard withdrawal scoring chart that nurses use every four hours for any
patient at risk, and a symptom-triggered prescribing protocol written with the pharmacy team. The
alcohol care team now visits the surgical wards every weekday morning.

Between September 2023 and August 2024, 1,123 surgical patients were screened and 284 were started on
the withdrawal chart. The alcohol care team saw 231 surgical patients, compared with 52 in the year
before, and 312 nurses on the surgical wards completed training on the chart.

An audit in May 2024 found that 82% of at-risk patients had a chart started within 12 hours of
admission. Our target is 95%. Outreach calls for alcohol withdrawal on the surgical wards are being
tracked and will be reported at the end of the second year.

We also changed the way the electronic record shows these patients. An 'alcohol withdrawal risk' flag
now appears on the ward's patient board, so that the nurse in charge and the night team can see at a
glance who is on the chart. Critical care outreach has agreed to review any surgical patient whose
withdrawal score reaches the upper band.
"""),
        ("stakeholders", "How were staff, patients and others involved?", """
<<S:Surgical ward nurses tried three different withdrawal charts on two wards and chose the one that
was quickest to complete at night, and asked for a prompt for when to call the outreach team to be
printed on the chart itself.>> <<S:The surgical pharmacists wrote the prescribing protocol with the
alcohol care team and changed the dosing table after the anaesthetists pointed out the risk of
over-sedation in patients on patient-controlled analgesia.>> <<S:Pre-assessment nurses told us that
patients answered the question honestly only when it was asked as a number of units a week, not as a
yes or no, so the question was rewritten.>>

Patients at risk are told about the chart and why their nurse is checking them. We intend to ask
patients about their experience in the coming year. The work was carried out entirely within the trust.
"""),
        ("value", "What is the value of the partnership?", """
A day in intensive care costs well over £2,000, and delirium tremens can mean a week or more there. A
fall after surgery can undo the operation. The changes have been made within existing budgets, with the
alcohol care team's surgical visits covered by reorganising its rota.

For surgical nurses the chart has turned an uneasy feeling into something they can act on.

There have been changes in culture that are harder to measure. Surgeons now ask about alcohol in their
ward rounds, and junior doctors call the alcohol care team early instead of prescribing large doses of
sedatives at night.

Patients at risk are now identified before they reach the ward in most cases, and families are less
likely to see the distressing scenes of delirium that some of our nurses remember from before.
"""),
        ("spread", "How has the work been spread?", """
The chart and protocol are now used in orthopaedics and the surgical assessment unit, and are being
introduced in the maternity unit for women who drink heavily. We have shared them with the other acute
trusts in our region through the alcohol care team network.

We would say to other trusts that the alcohol care team does not need to see every patient. What it
needs is for every ward to know how to recognise withdrawal, what to do about it, and when to ask for
help.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1932  ECG checks for people on high-dose methadone - pdf via Word - style
#        headings - recovery service clinical lead, careful - recovery
#        charity with the acute trust's cardiology department and a GP
#        federation - service users involved (in the value section too) - NO
#        staff involvement (keyworkers trained, cardiologists providing a
#        service, a named nurse doing her job, a meeting that only updated,
#        a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1932", format="pdf", layout="style_headings", topic="methadone_qt_ecg_monitoring",
    project="independent121-heartcheck-1932", render_via="soffice", docx_font="Liberation Serif",
    title="Heart Check: ECG monitoring for people on high-dose methadone in community treatment",
    cover=[
        "Ashgrove Recovery Trust (registered charity), provider of Skelbrook Recovery Service (lead)",
        "Partners: Skelbrook Teaching Hospitals NHS Trust (Cardiology); Skelbrook Health Partnership (GP federation)",
        "Author: Clinical Lead, Skelbrook Recovery Service",
    ],
    primary_entrant=dict(name="Ashgrove Recovery Trust", type="charity"),
    partners=[
        dict(name="Skelbrook Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Skelbrook Health Partnership", type="primary_care"),
    ],
    sections=[
        ("context", "Context", """
Methadone is one of the most effective treatments for opioid dependence and it saves lives. It also
has a less well-known risk: at higher doses it can lengthen the QT interval on the heart's electrical
tracing, which can lead to a dangerous heart rhythm called torsades de pointes and sudden death. The
risk rises with dose and with other medicines that affect the QT interval, such as some antidepressants,
antipsychotics and antibiotics, and with low potassium, which is common in people who drink heavily or
are malnourished.

Guidance recommends an ECG for people taking more than 100mg of methadone a day, or who have other risk
factors. In Skelbrook, around 1,400 people are on methadone, and about 280 of them take more than 100mg.
In 2022 we found that fewer than one in five of those had had an ECG in the previous two years. Our
service had no ECG machine, and people were sent to their GP or to the hospital for one, which many did
not attend. Where an ECG was done, the result often never reached us.

In early 2022 a man in his forties on 140mg of methadone, who had recently been started on an
antidepressant by his GP, collapsed at home with an abnormal heart rhythm. He survived. Neither his GP
nor our prescriber knew what the other had prescribed.

The partnership brought together three organisations that each held a part of the risk. We prescribe
the methadone and see people regularly, but had no way of doing or reading an ECG. The GPs prescribe
the other medicines that can add to the danger and hold the blood results. The hospital's cardiologists
have the expertise to read a tracing and decide what to do, but only ever saw these patients when they
arrived in an ambulance.
"""),
        ("evidence", "What has improved", """
Since April 2023 we have carried out ECGs in our own clinics using a portable twelve-lead machine, on
the same day as a person's prescribing review, so that there is no extra appointment to miss. The
tracings are sent electronically to the hospital cardiology department, which reports them within
three working days and rings us the same day if there is a concern. The GP federation has added a
shared alert to the GP record of everyone on more than 100mg of methadone, which warns GPs when they
prescribe a medicine that prolongs the QT interval.

<<Q:The proportion of people on more than 100mg of methadone with an ECG in the last two years rose
from 18% to 84%.>> <<Q:The number of people on high-dose methadone who were also prescribed another
QT-prolonging medicine by their GP fell from 41 to 17 within a year of the alert going live.>>

Forty-three people were found to have a prolonged QT interval. For each, the prescriber and the
cardiologist agreed a plan, which might be a slower dose increase, a change of the other medicine or a
switch to buprenorphine. Nobody has had a cardiac arrest linked to methadone since the service began.

Having the ECG on the same day as the review has made a large difference to attendance. The portable
machine also means we can take it to our satellite clinics in the market towns, where people would
otherwise have had to travel to the hospital.

Nine people have switched from methadone to buprenorphine after a prolonged QT interval was found, and
the rest have stayed on methadone with closer monitoring. Two people were found to have very low
potassium levels and were treated the same day.
"""),
        ("stakeholders", "Involvement", """
<<P:We asked our service user forum how people felt about having an ECG in a drug service, and members
told us that many clients were frightened that a bad result would mean their methadone being cut.>>
<<P:Because of this the forum wrote the explanation that is read to people before the test, which
begins by saying that nobody's methadone will be stopped because of an ECG.>> <<P:Forum members also
asked that a woman be available to carry out the ECG for women who preferred it, and we arranged
this.>>

All 36 keyworkers and nurses in the service were trained to carry out ECGs. Consultant cardiologists
at the hospital read and report the tracings under a service agreement. The project was run by our
lead nurse, Siobhan Keane, who organised the training and the clinics. The pathway was presented to
GPs at the federation's protected learning time in September 2023, and we plan to ask staff for their
views on the new clinics later this year.
"""),
        ("value", "Value", """
The ECG machine cost £4,800, and the cardiology reporting is paid per tracing, at about £9,000 a year.
A sudden cardiac death is devastating and a hospital admission with an arrhythmia costs many thousands
of pounds.

<<P:Clients who had been through an ECG at the service were asked to look at the leaflet we give out
afterwards, and they asked for the result to be written on it in plain words, which we now do.>> One
client told us it was the first time anyone had checked his heart in twenty years of using drugs.
"""),
        ("spread", "Spread", """
Ashgrove Recovery Trust is introducing ECGs in the clinics of the four other services it runs, and we
have shared the pathway with the regional network of drug treatment providers. The cardiology
department has offered the same reporting service to the neighbouring drug service.

We think the same approach would work in any drug service that prescribes methadone. The most important
step was not the machine but the agreement with cardiology, which means that someone with the right
expertise looks at every tracing quickly and tells us what to do.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1933  gabapentinoids prescribed to people in drug treatment - docx - form
#        - GP federation medicines lead, clipped - GP federation with the
#        mental health trust's drug and alcohol service - staff involved - NO
#        patient involvement (patients reviewed and sent letters, a plan) -
#        NO quantitative evidence (reviews done, alerts set, one figure, a
#        target)
# ---------------------------------------------------------------------------
entry(
    id="I1933", format="docx", layout="form_table", topic="gabapentinoids_drug_treatment_shared_care",
    project="independent121-onepicture-1933", docx_font="Calibri",
    title="One Picture: pregabalin and gabapentin for people in drug treatment",
    cover_table=[
        ("Title of entry", "One Picture: pregabalin and gabapentin for people in drug treatment"),
        ("Lead organisation", "Sallowmere GP Federation (24 practices)"),
        ("Partner organisation(s)", "Harrowdene Mental Health NHS Trust (Sallowmere Drug and Alcohol Service)"),
        ("Name and role of entrant", "Medicines Optimisation Lead Pharmacist, Sallowmere GP Federation"),
    ],
    primary_entrant=dict(name="Sallowmere GP Federation", type="primary_care"),
    partners=[dict(name="Harrowdene Mental Health NHS Trust", type="nhs_trust")],
    sections=[
        ("context", "Why was the partnership needed? What safety problem did it address?", """
Pregabalin and gabapentin (gabapentinoids) are prescribed for nerve pain, anxiety and epilepsy. Taken
with opioids such as methadone or heroin they greatly increase the risk of fatal overdose, because
together they slow breathing more than either does alone. Both have been controlled drugs since 2019
because of misuse, and both are traded on the street.

In Sallowmere about 1,100 people are in treatment for opioid dependence with the drug and alcohol
service, which prescribes their methadone or buprenorphine. Their GP prescribes everything else. In
2022 a search found that 214 of them were also being prescribed a gabapentinoid by their GP, often at
high doses and sometimes started years before for a reason no longer recorded. In many cases the drug
service did not know, and in some the GP did not know the patient was on methadone, because the
drug service prescription does not appear on the GP record.

Gabapentinoids were found in the post-mortem toxicology of more than half of the drug-related deaths
reviewed locally in 2021 and 2022.

The partnership began after a local drug-related death review in 2022, which recommended that GP
practices and the drug service share prescribing information routinely. The federation offered to lead
the work because it already employs the practice pharmacists who carry out medication reviews across
its practices.
"""),
        ("evidence", "What has improved? Please give evidence.", """
From March 2023 the federation and the drug service agreed three things. First, the drug service sends
each practice a monthly list of its patients in opioid treatment, with the current dose, and the
practice adds a record of the prescription to the GP record. Second, every patient on both an opioid
substitute and a gabapentinoid has a joint review, by phone or in person, between the GP or practice
pharmacist and the drug service prescriber, within three months. Third, a GP record alert now fires
when a gabapentinoid is prescribed to someone who has the drug service prescription on their record.

By March 2024, joint reviews had been completed for 188 of the 214 patients. Alerts are now in place in
all 24 practices. The drug service's list has been sent every month without a break.

At the end of the first year, 96 patients remained on a gabapentinoid. Our aim is for every remaining
prescription to have a documented reason and a review date, and we expect to reach this by the end of
2024.
"""),
        ("stakeholders", "How were patients, carers and staff involved?", """
<<S:Practice pharmacists from six practices tested the joint review template and told us it needed a
section for agreeing a reducing plan, which was added before roll-out.>> <<S:The drug service's
non-medical prescribers and the federation's GP leads met monthly through the first year and changed
the monthly list from a spreadsheet to a secure email per practice after practice administrators said
the spreadsheet was too hard to use.>> <<S:Practice administrators also chose where on the GP record
the drug service prescription should appear so that it could be seen from the medication screen.>>

Patients were sent a letter explaining the review before their appointment. All patients reviewed were
offered a follow-up. We would like to work with the drug service's service user group on a patient
leaflet in the next phase.
"""),
        ("value", "What value has the project delivered?", """
The reviews were done within existing practice pharmacist time, funded through the primary care
networks, and the drug service prescribers' time was met from its own contract. A drug-related death
affects whole families and communities; a single prevented death would justify the work many times over.
"""),
        ("spread", "How has the project been shared and spread?", """
The integrated care board has asked the two other GP federations in the area to adopt the monthly list
and the alert. The template has been shared through the regional medicines optimisation network.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1934  testing and reporting after suspected drink spiking - pdf - lists -
#        police detective inspector, brisk - police force with the acute
#        trust's ED, the city council and a night safety charity - people who
#        had been spiked involved - NO staff involvement (officers trained,
#        door staff briefed, ED staff doing their job, a named lead, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1934", format="pdf", layout="bullet_lists", topic="drink_spiking_testing_reporting",
    project="independent121-spikedsafe-1934", pdf_font="LiberationSans", pdf_align="L",
    title="Spiked: testing, care and reporting after suspected drink spiking in Westmarch",
    cover=[
        "Lead organisation: Westmarch Police",
        "Partners: Westmarch Royal Infirmary NHS Trust (Emergency Department); Westmarch City Council (Licensing); Westmarch Nightsafe (charity)",
        "Entry from the Detective Inspector, Public Protection",
    ],
    primary_entrant=dict(name="Westmarch Police", type="emergency_service"),
    partners=[
        dict(name="Westmarch Royal Infirmary NHS Trust", type="nhs_trust"),
        dict(name="Westmarch City Council", type="local_authority"),
        dict(name="Westmarch Nightsafe", type="charity"),
    ],
    sections=[
        ("context", "Why we needed to act", """
Reports of drink spiking in Westmarch rose sharply after the pandemic. People, mostly young women, were
coming to the emergency department confused, drowsy or vomiting after a night out, convinced that
something had been put in their drink. Some had been sexually assaulted.

The safety risks were twofold:

- medical: a person who has been given a sedative drug, on top of alcohol, can stop breathing or choke,
and some were being sent home alone while still drowsy
- criminal: the drugs used leave the body within hours, so by the time most people reported to the
police, there was nothing left to test for

Each organisation held one piece. The emergency department took blood for clinical reasons but not for
toxicology; the police could take samples but only if a crime was reported at the time; the council
licensed the venues; Nightsafe's volunteers were often the first people to see the victim on the street.

<<P:People who had been spiked told us about the same experiences again and again: of not being believed,
of being treated as simply drunk, of being sent home in a taxi alone, and of going to the police days
later to be told there was no evidence.>> We set out to change that experience as well as to make people
safer.

The partnership was agreed at the city's night-time economy board in early 2023, and a small working
group met every month from then on.
"""),
        ("evidence", "What has changed", """
Since July 2023:

- anyone attending the emergency department with suspected spiking is offered a urine sample for
toxicology, taken and stored in a sealed kit so it can be used later by the police if the person
decides to report
- a Nightsafe volunteer can stay with the person in the department until they are safe to go home
- venues must report suspected spiking to the police within 24 hours as a licence condition
- a single online form lets people report anonymously, and passes information on venues to licensing

Results in the first year:

- <<Q:the proportion of suspected spiking victims attending the emergency department who had a
toxicology sample stored rose from under 5% to 71%>>
- <<Q:people discharged from the emergency department after suspected spiking without a named adult to
go home with fell from 38% to 9%>>
- <<Q:the time from the incident to a police report fell from a median of 31 hours to 6 hours>>
- 146 kits were used and three venues were reviewed by licensing

What the figures do not show is how the experience has changed for the people involved. A young woman
who comes into the department now has someone with her, has a sample stored in case she decides to
report, and can report later knowing that the evidence has not been lost. Officers investigating a
report now have something to work with.

Toxicology results so far have found a range of substances, including sedatives and, in a small number
of cases, nothing other than alcohol. We tell each person their result, whatever it shows.
"""),
        ("stakeholders", "Who was involved", """
- <<P:a group of eight women who had been spiked, brought together by Nightsafe, reviewed the online
reporting form and had the questions about alcohol moved to the end, because they said starting with
"how much had you drunk?" made them feel blamed>>
- <<P:they also chose the wording of the poster now displayed in venue toilets>>
- <<P:a young man who had been spiked at a student night told us that men were being missed, so the
campaign now uses images of men as well as women>>
- all 420 officers on the force's night-time economy rota completed an e-learning module
- door staff at licensed venues were briefed by licensing officers
- emergency department nurses take and store the samples as part of their triage
- the work was led by Detective Sergeant Paul Ibe, who coordinated the partnership
- we plan to survey officers and door staff about the changes in 2025

- the council's licensing committee approved the new licence condition in June 2023
"""),
        ("value", "Value", """
- each toxicology kit costs about £12 and the laboratory test about £150
- the council's licensing condition has no cost to the public
- for victims, being believed and looked after matters more than anything: one woman said the volunteer
who sat with her "was the only reason I felt safe enough to report it"

- the Nightsafe volunteers are unpaid and the charity's costs are met by a council grant
- preventing a single sexual assault or a death from choking is worth far more than the scheme costs
"""),
        ("spread", "Sharing the work", """
- the kits and online form have been shared with neighbouring forces through the regional violence
against women and girls network
- two other councils have adopted the licensing condition
- we presented the partnership at a national policing conference in 2024

- Nightsafe has trained volunteers from two other towns in the county to stay with people in their local emergency departments
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1935  a stop smoking app for pregnant teenagers - docx - lists with cover
#        bullets - PRIVATE digital health company as primary entrant with a
#        community trust's family nurse partnership (ineligible) - founder,
#        upbeat - young mums and family nurses involved - NO quantitative
#        evidence (downloads, users, CO checks, one quit rate, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1935", format="docx", layout="bullet_lists", topic="teenage_pregnancy_smoking_app",
    project="independent121-smokefreebump-1935", docx_font="Arial",
    title="Smokefree Bump: a stop smoking app built with pregnant teenagers",
    cover=[
        "Entry submitted by Breathe Easy Digital Ltd",
    ],
    cover_bullets=[
        "Primary entrant: Breathe Easy Digital Ltd (digital health company)",
        "Partner: Greystowe Community Health NHS Trust (Family Nurse Partnership)",
        "Contact: Co-founder and Chief Executive",
    ],
    primary_entrant=dict(name="Breathe Easy Digital Ltd", type="private"),
    partners=[dict(name="Greystowe Community Health NHS Trust", type="nhs_trust")],
    sections=[
        ("context", "The problem", """
Pregnant teenagers are far more likely to smoke than older mothers, and far less likely to use stop
smoking services. In Greystowe, around four in ten young mothers supported by the Family Nurse
Partnership were smoking at the start of pregnancy. Smoking in pregnancy increases the risk of
miscarriage, stillbirth, premature birth and sudden infant death.

What the family nurses told us when we first met them:

- young mums did not go to stop smoking clinics, which they saw as being for older people
- they were embarrassed to be tested for carbon monoxide in front of others
- leaflets were ignored, but every one of them had a phone
- many lived with parents or partners who smoked

We are a small digital health company founded by a former stop smoking adviser and a software developer.
We met the Greystowe Family Nurse Partnership team at a regional event in 2022, and they asked whether we
could build something for their young mums. Everything since then has been done together.

Young mums are also often in touch with many services at once: their family nurse, their midwife, their
school or college, and sometimes social care. Smoking tends to come low on the list when there are so
many other things going on, and nobody had the time to give it the daily attention that quitting needs.
An app can be there every day in a way that a busy nurse cannot.
"""),
        ("evidence", "What we have achieved", """
Smokefree Bump launched in Greystowe in February 2023. It offers:

- daily check-ins and a money counter showing what the young mum has saved
- short videos from other young mums
- a chat function with a trained adviser in the evenings
- a link to the family nurse, who can see how the young mum is doing if she agrees

Figures from the first 18 months:

- 1,920 downloads across the county
- 164 young mums supported by the Family Nurse Partnership have used the app at least once a week for a month
- family nurses carried out 520 carbon monoxide checks during visits
- 49 young mums had a confirmed quit at four weeks
- our target is for a third of users to be smokefree at 36 weeks of pregnancy

An independent evaluation, comparing smoking at delivery with young mums before the app, will report
in 2025.

Family nurses tell us that the app has made it easier to talk about smoking during visits, because the
young mum can show them her progress on her phone rather than feeling she is being checked up on.
"""),
        ("stakeholders", "Who was involved", """
- <<P:fourteen young mums from the Family Nurse Partnership's groups tested three early versions of the
app and threw out the first design as "too babyish">>
- <<P:they asked for the money counter and for the videos to feature real young mums, not actors, and
four of them filmed the first videos>>
- <<S:family nurses agreed with us which information they needed to see and insisted that the young mum
must be able to switch off the link to her nurse at any time>>
- <<S:the trust's information governance team and the nurses worked through the data-sharing agreement
with us line by line>>

- <<S:the adviser team that runs the evening chat changed its opening messages after the family nurses
pointed out that young mums did not reply to questions about 'your pregnancy' but did reply to
questions about 'you'>>
"""),
        ("value", "Value", """
- the app licence for Greystowe costs £38,000 a year, paid by the council's public health team
- family nurses spend less time on smoking advice in visits
- a baby born early because of smoking can cost tens of thousands of pounds in neonatal care

- young mums can use the app at any hour, including at night when cravings are worst
- there is no need for travel to a clinic, which many young mums cannot afford
"""),
        ("spread", "Spread", """
- two other Family Nurse Partnership sites are piloting the app
- we have presented at a national maternity digital conference
- we are adding a partner's version, which young mums asked us for

- the council has asked us to look at a version for young people who are not pregnant but want to stop vaping
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1936  vapes and nicotine withdrawal on an adolescent mental health ward -
#        pdf - numbered questions - ward manager, reflective - mental health
#        trust with the council's stop smoking service and the fire service -
#        young people (by pronoun) and staff involved - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I1936", format="pdf", layout="numbered_questions", topic="adolescent_ward_nicotine_vapes",
    project="independent121-cleanair-1936", pdf_font="DejaVuSans", pdf_align="L",
    title="Clearing the Air: nicotine withdrawal and vaping on an adolescent mental health ward",
    cover=[
        "Fenwold Healthcare NHS Foundation Trust, Brook House Adolescent Unit",
        "Working with Fenwold County Council (Fenwold Stop Smoking Service) and Fenwold Fire and Rescue Service",
        "Submitted by the Ward Manager",
    ],
    primary_entrant=dict(name="Fenwold Healthcare NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Fenwold County Council", type="local_authority"),
        dict(name="Fenwold Fire and Rescue Service", type="emergency_service"),
    ],
    sections=[
        ("context", "1. What was the safety issue?", """
Brook House is a twelve-bed inpatient unit for young people aged 13 to 17 with severe mental illness.
Over the past few years more and more of the young people admitted to us have been vaping heavily,
some of them from the age of 11 or 12, and a few smoke cigarettes too. Most use disposable vapes with a
high nicotine content, and many are heavily dependent by the time they reach us.

On admission they lose access to nicotine overnight. For a young person who is already in crisis, the
withdrawal adds irritability, anxiety, poor sleep and poor concentration. We were seeing the results:
more incidents of aggression and self-harm in the first days of admission, more requests for
as-required sedative medicines, and young people going to great lengths to get vapes smuggled in by
friends. Smuggled vapes brought their own risks, with lithium batteries being taken apart and used to
self-harm, and in one case a battery set fire to a mattress.

Nobody in the unit had been trained to treat nicotine dependence in young people, and our doctors were
unsure about prescribing nicotine replacement to under-18s.

It was clear that this was not something the ward could solve on its own. The council's stop smoking
service had the expertise in nicotine dependence but had never worked on an inpatient mental health
unit. The fire service had been advising care homes and hostels on the risks of lithium batteries and
offered to help. We started meeting in early 2023.

There were difficult questions to settle. Giving nicotine to young people under 18 can seem wrong,
even on a ward, and allowing vapes at all might be thought to send the wrong message. We
decided early on that the aim was to treat withdrawal safely, not to encourage or forbid vaping, and
that the young person's own goals should guide what happened after discharge.
"""),
        ("evidence", "2. What difference has the project made?", """
Since May 2023 every young person is asked about vaping and smoking on admission and offered nicotine
replacement, usually a patch and a short-acting product, prescribed under a protocol agreed with the
trust's pharmacy. A stop smoking adviser visits the unit every week to see the young people who want
help, and keeps in touch after discharge. Contraband vapes are now removed and stored in a fire-safe
box provided by the fire service, and all staff know how to deal with a damaged lithium battery.

<<Q:Incidents of aggression in the first seven days after admission fell from an average of 5.2 per
admission in the year before to 2.9 in the year after.>> <<Q:The use of as-required sedative medicines
in the first week of admission fell by 40%.>> <<Q:Vapes found on the unit after being smuggled in went
from around eleven a month to three.>>

There have been no battery fires since the change.

We have also seen a change that is harder to measure: young people talk more openly about their vaping,
and staff feel able to have the conversation instead of spending their time searching for contraband.
"""),
        ("stakeholders", "3. How were young people, families and staff involved?", """
<<P:The young people on the unit in the spring of 2023 were asked what had made their first days so
hard.>> <<P:They were blunt: they said they had been "climbing the walls" for nicotine and that nobody
had offered them anything, and they asked for a choice of products rather than being given whatever
was in the cupboard.>> <<P:They also designed the 'nicotine plan' sheet that each young person now
fills in with the adviser.>>

<<P:Parents at our family forum told us they had not known their child's vaping was a health problem,
and asked for information they could use at home after discharge, which the stop smoking service now
provides.>>

<<S:Nurses and healthcare assistants helped write the protocol and asked for the fire-safe box after a
member of staff was burnt by a damaged battery.>> <<S:Fire service officers visited the unit, walked
through the rooms with the nursing team and advised on where the box should go.>> <<S:The trust's
paediatric pharmacist and the unit's consultant agreed the doses of nicotine replacement for young
people, after checking with the stop smoking service's clinical lead.>>
"""),
        ("value", "4. What value has it delivered?", """
Nicotine replacement for a young person costs about £20 a week. The stop smoking adviser's visits are
part of the council's existing contract. Fewer incidents mean fewer injuries to young people and staff,
less time spent on restraint and one-to-one observation, and a ward that feels calmer. Young people who
leave us with a plan for their nicotine use are less likely to go straight back to heavy vaping.

The fire service's fire-safe box cost nothing to the trust, and the fire safety visit is part of the
service's usual prevention work. Staff training on lithium batteries was given in a single team meeting.

For young people and their families, the difference is in the first few days of an admission, which are
often the most frightening of their lives. Taking away one unnecessary source of distress makes
everything else we do a little easier.

Perhaps the most important thing is what young people take with them when they leave. Many arrive with
no idea that their vaping is a dependence that can be treated, and leave with a plan and a named adviser.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)
