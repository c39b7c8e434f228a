"""Eighty-fourth independent evaluation set (I1329..I1344) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing renal units, diabetes teams, GP
federations, pharmacy committees, councils, charities, universities and ambulance
services send in, in their own voices and at their own length.  The theme of this set is
kidneys and diabetes: dialysis units, acute kidney injury at home, hypoglycaemia, the
diabetic foot, sick day rules, insulin pumps and young adults.

Topics: late patient transport and shortened sessions at satellite dialysis units (an
acute trust renal service, own headings, pdf), acute kidney injury blood results in
people at home acted on by a hub clinician (a GP federation, bold headings with a cover
table), hypoglycaemia in older people living with frailty on gliclazide or insulin (an
integrated care board, capital headings, pdf), foot checks for housebound people with
diabetes (a community trust podiatry service, no headings), young adults using insulin
pumps who drift away from care (a private pump supplier as primary entrant, numbered
questions), sick day guidance for people taking gliflozins given by community pharmacies
(a local pharmaceutical committee, a form, pdf), acute kidney injury during heatwaves (a
council public health team, two columns, pdf), hypoglycaemia mistaken for drunkenness on
nights out (a university, style headings, no spread section), fistula arms protected by
ambulance crews (an ambulance service, pdf via Word), foot ulcers in people who are
homeless (a homeless health charity, sections in an unusual order), restarting paused
medicines after acute kidney injury (an acute trust, bullet lists, pdf, no value
section), dialysis catheter infections in satellite units (an acute trust with a private
dialysis provider as partner, with appendix, pdf), insulin omission and eating
disorders in young adults with type 1 diabetes (a mental health trust, rubric headings),
ketone checks and sick day plans for children with type 1 diabetes at school (a council
education team, a form), insulin pump users admitted to hospital (a single trust, no
partner, numbered questions, pdf) and sudden deterioration in nurse-led satellite
dialysis units (a private dialysis company as primary entrant, bullet lists).

Build it with

    .venv/bin/python data/independent/build.py --set 84   (writes data/corpus/independent84/)

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
  * not Q: dates, financial years, bed/ward/unit/school/practice counts, headcounts,
    numbers trained, activity counts (visits, calls, referrals, checks, reviews, kits,
    cards or wristbands given out, people identified), single figures with no baseline,
    a zero with no earlier figure, figures that did not change, budgets, costs and
    savings estimates, phone numbers, reference numbers, targets not yet reached, plans
    and hopes;
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

Organisation types follow the earlier sets (ambulance services are emergency_service; GP
practices, GP federations, primary care networks and local pharmaceutical committees are
primary_care; kidney patients' associations are patient_group; homeless health, eating
disorder, young people's diabetes and older people's charities are charity; a university
is university; insulin pump suppliers and dialysis companies are private).  A department
or team of the entrant's own organisation is not a partner.  Flags are written by hand
and build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1329  late transport and shortened sessions at satellite dialysis units -
#        pdf - own headings - renal matron, direct - acute trust renal service
#        with the ambulance service's patient transport and a kidney patients'
#        association - patients and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1329", format="pdf", layout="own_headings", topic="satellite_dialysis_transport_shortened_sessions",
    project="independent84-fulltime-1329", pdf_font="LiberationSans", pdf_align="L",
    title="Full Time: making sure every dialysis session runs its full length",
    cover=[
        "Lead organisation: Calderbrook Teaching Hospitals NHS Trust, Renal Services",
        "Partners: North Pennine Ambulance Service NHS Trust (Non-Emergency Patient Transport); Calderbrook and District Kidney Patients' Association",
        "Written by the Matron for Satellite Dialysis",
    ],
    primary_entrant=dict(name="Calderbrook Teaching Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="North Pennine Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Calderbrook and District Kidney Patients' Association", type="patient_group"),
    ],
    sections=[
        ("context", "Where we started", """
We run four satellite haemodialysis units across Calderbrook and the upper dales, looking after about
310 people who dialyse three times a week, four hours at a time. Most of them cannot drive to dialysis
and rely on hospital transport. For a long time, transport was simply part of the landscape: patients
were picked up some time in a two-hour window, dropped off whenever the vehicle arrived, and collected
when a crew was free.

Four hours of dialysis is not a luxury. If a session is cut short, potassium and fluid are left behind,
and the next gap between sessions is more dangerous. The long weekend gap is when people on dialysis are
most likely to die suddenly. In 2022 we looked properly at what was happening and did not like it. More
than one session in ten was being shortened by half an hour or more, nearly always because the patient
arrived late, or because the nurses took people off early so they would not miss their ride home. Some
patients were so fed up with waiting that they asked to come off early every time.

We reviewed every emergency admission of a satellite patient with a high potassium or fluid on the lungs
over six months. In most of them, the previous session had been shortened or missed. In one, a man of
68 who had been collected 95 minutes late on the Friday and come off 50 minutes early to catch the last
vehicle was brought in by emergency ambulance on the Sunday with a potassium of 7.9 and a heart rhythm
that needed treatment in resuscitation.

Neither we nor the transport service could fix this alone. The transport planners did not know that a
late pick-up meant a shorter treatment; to them, dialysis was one outpatient journey among hundreds. Our
units did not know where the vehicles were or why they were late. And patients, who were bearing the
consequences, had nowhere to take their frustration except the nurse in front of them.
"""),
        ("evidence", "What the figures show", """
Full Time started in April 2023. Dialysis journeys are now planned by a small dedicated team of
transport planners, with fixed pick-up windows of 30 minutes tied to each patient's chair time. Dialysis
is marked as time-critical, so those journeys are not moved to cover other work. Each unit has a screen
showing where its patients' vehicles are. If a patient is going to be more than 20 minutes late, the
unit is told and can move the chair time rather than cut the session. Any session shortened by 30 minutes
or more, for whatever reason, is flagged, and the patient has a potassium check and a phone call from a
nurse the next day if it falls before the long gap.

<<Q:Sessions shortened by 30 minutes or more fell from 11.4% of all sessions in 2022/23 to 3.1% in
2023/24.>> <<Q:The average wait for transport home after dialysis came down from 71 minutes to 26
minutes.>> <<Q:Emergency admissions of satellite patients with a high potassium or fluid overload went
from 58 in the year before Full Time to 27 in its first year.>>

We also ask every patient once a quarter whether they have come off early to catch transport in the last
month. <<Q:The proportion saying yes has dropped from 37% to 8%.>> The number of patients on satellite
dialysis has stayed much the same, at between 300 and 320.
"""),
        ("stakeholders", "Who helped and how", """
<<P:The Kidney Patients' Association ran two evenings at its social club where members mapped out their
own transport days on large sheets of paper, and it was their idea to tie the pick-up window to the chair
time rather than to the clinic list.>> <<P:Six patients from the Aireholme unit kept a transport diary for
a month, writing down every pick-up and drop-off time, which gave us the evidence the transport service
needed to see the size of the problem.>> <<P:Mr Derek Hallam, who has dialysed for eleven years, sat on the
project group and tested the tracking screen, and asked for it to show a name rather than a vehicle
number, so that patients in the waiting area can see their own driver is on the way.>>

<<S:Transport planners spent a shift in one of our units watching how the day runs, and afterwards they
rebuilt the dialysis rota so that the same crews cover the same units each week.>> <<S:Dialysis nurses
and healthcare assistants in all four units agreed the 20-minute rule for moving chair times and the
flag for shortened sessions, after they pointed out that some patients were being taken off early
without anyone writing it down.>> <<S:Ambulance crews told us that patients were often not ready when they
arrived because they were still being disconnected, so the units now start the coming-off routine when
the vehicle shows on the screen as ten minutes away.>>
"""),
        ("value", "Was it worth it?", """
The tracking screens cost about £3,200 for the four units. The dedicated planning team was created from
existing transport staff. An emergency admission with hyperkalaemia usually means two or three nights
in hospital and sometimes a stay in critical care, and a cardiac arrest in a dialysis patient is often
fatal. Patients say the days feel shorter and more predictable. Nurses say they no longer have to choose
between finishing a treatment and getting someone home.
"""),
        ("spread", "Sharing it", """
North Pennine Ambulance Service has used the same approach for the renal unit at the neighbouring trust
and for chemotherapy journeys. We have presented Full Time at the regional renal network and the
national kidney nursing conference. The Kidney Patients' Association has shared the transport diary with
other associations as a way for patients to make their own case.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1330  AKI results for people at home acted on by a hub clinician - docx -
#        bold headings with a cover table - GP federation medical director,
#        crisp - GP federation with the acute trust's pathology and renal
#        services and the community trust - staff involved - NO patient
#        involvement
# ---------------------------------------------------------------------------
entry(
    id="I1330", format="docx", layout="bold_headings", topic="aki_results_community_hub_response",
    project="independent84-kidneywatch-1330", docx_font="Calibri",
    title="Kidney Watch: acting on acute kidney injury results for people at home",
    cover_table=[
        ("Entry title", "Kidney Watch: acting on acute kidney injury results for people at home"),
        ("Lead organisation", "Ashwick and Tern GP Federation"),
        ("Partner organisations", "Tern Valley Hospitals NHS Trust (Blood Sciences and Renal Medicine); Ashwick Community Health NHS Trust (District Nursing and Hospital at Home)"),
        ("Contact", "Dr Priya Mandalia, Medical Director, Ashwick and Tern GP Federation"),
    ],
    primary_entrant=dict(name="Ashwick and Tern GP Federation", type="primary_care"),
    partners=[
        dict(name="Tern Valley Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Ashwick Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The problem", """
The laboratory at Tern Valley processes about 2,000 kidney function tests a day from the 34 practices in
our federation. Each result is checked automatically against the patient's earlier results and, if
creatinine has risen sharply, an acute kidney injury (AKI) warning stage is added to the report: stage 1,
2 or 3.

Most of these samples are taken in the morning, but many are not analysed until the afternoon or
evening. An AKI stage 3 result might land in a GP's inbox at 7pm on a Friday and not be opened until
Monday. Housebound patients, whose blood is taken by district nurses, were especially at risk, because
they could not easily come in for a repeat test and were often on exactly the medicines that make AKI
worse: diuretics, blood pressure tablets and anti-inflammatories.

An audit we did in early 2022 found that, for AKI stage 2 and 3 results on community samples, the
median time to anybody doing anything about them was 31 hours. For more than one in five stage 3
results, there was no documented action at all within 48 hours. Three serious incidents in two years
involved a patient who died or needed dialysis after a result had sat unread.

The laboratory had a policy of phoning stage 3 results to the practice, but after 6.30pm there was no one
at the practice to phone. The out-of-hours GP service did not have the patient's records, and calls
were often passed around until someone decided it could wait.
"""),
        ("evidence", "Evidence of improvement", """
Since June 2022 the federation's clinical hub, which already runs extended-hours appointments, has taken
every AKI stage 2 and 3 result on a community sample from 1pm to 10pm on weekdays and 9am to 5pm at
weekends. A biochemist phones the result to the hub's duty clinician, who has access to the GP record. The
duty clinician reviews the medicines, rings the patient or their carer, and decides what to do: pause
medicines that may harm the kidneys, ask a district nurse to repeat the blood test within 48 hours,
arrange a same-day visit from the hospital at home team, or send the patient to hospital. The practice
receives a short summary the next morning.

We repeated our audit in 2023 and 2024. <<Q:The median time from an AKI stage 2 or 3 result to a
documented clinical action fell from 31 hours to 4 hours.>> <<Q:Stage 3 results with no action within 48
hours went from 22% to 2%.>> <<Q:Of patients with a community AKI alert, the proportion admitted to
hospital as an emergency within seven days fell from 38% to 24%, as more were managed at home by the
hospital at home team.>>

The hub handled 3,412 AKI calls in 2023/24. There has been one serious incident related to an AKI result
since the start, against three in the two years before.
"""),
        ("stakeholders", "Involvement", """
<<S:Biochemists at Tern Valley and the hub's GPs and advanced practitioners agreed the phoning times
together after the biochemists showed that most stage 3 results from community samples were validated
between 2pm and 8pm.>> <<S:District nurses told us that a request for a repeat blood test the next day
was often impossible for a housebound patient on a rural round, so the 48-hour window was their
suggestion.>> <<S:The renal consultants wrote the one-page medicines guide used by the hub with the
federation's clinical pharmacists, and rewrote it after the pharmacists found it did not cover people on
SGLT2 inhibitors.>> <<S:Hospital at home nurses tested a direct referral from the hub for a month and asked
for the patient's latest observations to be included, which is now a required field.>>

Patients were not part of the design group. Everyone whose result is phoned to the hub is rung, and we
send them a leaflet about AKI afterwards. We asked 40 patients, using a short questionnaire, whether the
call had been helpful, and most said it had; we did not need to change the process as a result. The
federation's patient reference group heard about Kidney Watch when it launched. We intend to involve
patients who have had AKI in the next review of the leaflet.
"""),
        ("value", "Value", """
The hub was already staffed in the evenings and at weekends, and the AKI calls take on average twelve
minutes of clinician time. An emergency admission with AKI costs around £3,500, and the small number of
patients who go on to need dialysis cost far more. We estimate the avoided admissions save the system
about £290,000 a year.

GPs no longer come in on a Monday to a pile of AKI results from the weekend.
"""),
        ("spread", "Spread", """
The integrated care board has asked the two other GP federations in the area to take AKI calls in the
same way, and one has started. The laboratory now uses the same phoning times for all community
samples. We shared our medicines guide with the regional kidney network, which has put it on its
website.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1331  hypoglycaemia in older people living with frailty on gliclazide or
#        insulin - pdf - capital headings - ICB head of medicines
#        optimisation, measured - ICB with the LPC, the community diabetes
#        service and the ambulance service - patients and staff involved -
#        NO quantitative evidence
# ---------------------------------------------------------------------------
entry(
    id="I1331", format="pdf", layout="caps_headings", topic="frailty_hypoglycaemia_deintensification",
    project="independent84-easingoff-1331", pdf_font="DejaVuSans", pdf_align="L",
    title="EASING OFF: fewer dangerous lows for older people with diabetes",
    cover=[
        "LEAD: NHS Fenmoor and Wash Integrated Care Board (Medicines Optimisation Team)",
        "PARTNERS: Fenmoor Local Pharmaceutical Committee; Wash Community NHS Trust (Community Diabetes Service); East Fen Ambulance Service NHS Trust",
        "CONTACT: Head of Medicines Optimisation",
    ],
    primary_entrant=dict(name="NHS Fenmoor and Wash Integrated Care Board", type="icb"),
    partners=[
        dict(name="Fenmoor Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Wash Community NHS Trust", type="nhs_trust"),
        dict(name="East Fen Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
Many older people with type 2 diabetes are still taking the medicines they were started on years ago,
when they were younger and fitter and tight control of blood glucose made sense. Gliclazide and insulin
can both cause hypoglycaemia. In someone who is frail, eats little, lives alone or has dementia, a low
blood glucose can cause a fall, a fractured hip, confusion that is mistaken for a stroke, or a heart
attack. National guidance has for some years said that targets should be relaxed in frailty and that
medicines that cause lows should be reduced or stopped. In practice this rarely happens, because no one
owns the decision.

In Fenmoor and Wash the ambulance service attends around 1,100 hypoglycaemia calls a year, and more than
half are to people over 75. When we looked at a sample of those calls, most patients were on gliclazide
or insulin, many had an HbA1c well below the level recommended for their age and frailty, and very few
had had a medicines review that mentioned hypoglycaemia in the previous year. The same person was often
attended several times before anyone changed anything.

The ICB's medicines optimisation team, the community diabetes nurses, community pharmacists and the
ambulance service each saw part of this picture. Easing Off brings those parts together.
"""),
        ("evidence", "WHAT WE HAVE DONE SO FAR", """
Easing Off started in October 2023 and has three parts.

The ambulance service now sends a secure notification to the patient's practice and to the community
diabetes service after every hypoglycaemia call where the patient is left at home. Between October 2023
and September 2024, 688 notifications were sent, and every one was followed up by a phone call from a
diabetes nurse within three working days.

PCN pharmacists ran searches in all 52 practices for people aged over 75 with moderate or severe frailty,
taking gliclazide or insulin, with an HbA1c below 58. They found 2,460 people and have reviewed 1,940 of
them. In 612, gliclazide was reduced or stopped; in 205, insulin was reduced or simplified.

Community pharmacists now ask every person over 75 collecting gliclazide or insulin whether they have
had a hypo, a 'funny turn' or a fall in the last three months, and pass positive answers to the
practice. They made 1,130 of these referrals in the first year.

Our target is that by March 2025 everyone identified by the search will have had a review. We have
asked the hospital trust for admissions data and will compare hypoglycaemia admissions for the reviewed
group with the year before in our next report. The median HbA1c in the reviewed group is now 61.
"""),
        ("stakeholders", "WHO TOOK PART", """
<<P:Older people living with frailty and their families, through the Wash Diabetes Support Group, told us
that being told to 'take less' of a tablet they had been warned for years to take without fail felt
frightening, so the review letter was rewritten in their words and now begins 'your body has changed,
so your medicines need to change too'.>> <<P:The wording of the pharmacy questions was read aloud to a
group of residents at two extra care housing schemes, and 'funny turn' replaced 'hypoglycaemic episode'
at their request.>>

<<S:Paramedics and ambulance clinical leads agreed with the diabetes nurses which calls should trigger a
notification, and they dropped the first rule of 'any hypo' after crews pointed out it included people
with type 1 diabetes already under a specialist team.>> <<S:PCN pharmacists tested the search in six
practices and changed the HbA1c threshold after finding the first version picked up too many people who
were already on a relaxed target.>> <<S:The LPC's pharmacists designed the three questions used at the
counter and the referral form, which they trialled in eight pharmacies before it was rolled out.>>
"""),
        ("value", "VALUE", """
Reducing or stopping gliclazide saves a small amount on the drug bill, and fewer blood glucose test
strips are needed. The larger saving is in ambulance call-outs, emergency department visits and hip
fractures avoided, though we cannot yet put a figure on these. The notification system was built within
the ambulance service's existing electronic record, at no extra cost.

Diabetes nurses say the notifications mean they see the right people, rather than waiting for a
referral that never comes.
"""),
        ("spread", "SPREAD", """
The search and review template have been shared with the other three ICBs in the region through the
regional medicines optimisation network. The ambulance service plans to offer the notification to all
practices in its area from 2025. The pharmacy questions are now part of the LPC's training for new
pharmacists.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1332  foot checks for housebound people with diabetes - docx - no
#        headings - community podiatry service manager, personal - community
#        trust with the council's adult social care and a carers' centre -
#        patients and carers involved - NO staff involvement
# ---------------------------------------------------------------------------
entry(
    id="I1332", format="docx", layout="no_headings", topic="housebound_diabetic_foot_checks",
    project="independent84-socksoff-1332", docx_font="Georgia",
    title="Socks Off: foot checks for people with diabetes who cannot get out",
    cover=[
        "Brackenfold Community Healthcare NHS Trust, Podiatry Service, working with Brackenfold County Council (Adult Social Care) and Brackenfold Carers' Centre",
        "Entry by the Podiatry Service Manager",
    ],
    primary_entrant=dict(name="Brackenfold Community Healthcare NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Brackenfold County Council", type="local_authority"),
        dict(name="Brackenfold Carers' Centre", type="charity"),
    ],
    sections=[
        ("context", None, """
I have been a podiatrist for twenty-three years, and the foot I remember most is one I never saw until
it was too late. It belonged to a man in his eighties who lived alone on the edge of one of our market
towns. He had type 2 diabetes and had not been to a foot clinic for four years, because he could not get
there. His home care workers came four times a day. His district nurse came every fortnight to dress a
leg ulcer on the other leg. Nobody took his sock off the foot that was not being dressed. By the time his
daughter noticed the smell, he had a deep infection in his heel and he lost his leg below the knee.

When we looked at our records we found he was not unusual. About 1,700 people with diabetes in
Brackenfold are recorded as housebound. Most are supposed to have an annual foot check at their GP
practice, and most do not get one. When a foot ulcer was found in this group, it was usually found late,
already infected, and often by a paramedic or a hospital doctor rather than by anyone who had been in the
house the week before.

The people who do go into these homes are mostly home care workers arranged by the council, and unpaid
carers: husbands, wives, daughters and neighbours. Neither group had ever been asked to look at feet, and
neither knew what they were looking for or who to tell.
"""),
        ("stakeholders", None, """
<<P:So we started by asking the people who would be having their feet looked at.>> <<P:Through the
Carers' Centre, eleven carers and five housebound people with diabetes met with us over three afternoons,
some in person and some by video from their front rooms, and they designed the card we now use.>> <<P:They
wanted it to fit on a fridge, to use pictures rather than words, and to have only three things to look
for: a change in colour, a break in the skin, and a new smell or wetness on the sock.>> <<P:One carer,
whose wife had already lost two toes, said that what stopped her ringing anyone was not knowing whether
it was 'serious enough', so the card says in large letters 'If in doubt, ring us the same day'.>>

<<P:Mrs Gwen Abernethy, who is housebound and has had diabetes for thirty years, tested the card with her
own care workers for six weeks and asked for the phone number to be on a sticker for her phone as well.>>

Home care workers from the council's framework agencies were trained to use the card, and 640 had been
trained by the end of 2024. District nurses were briefed about Socks Off at their team meetings and
asked to check both feet on every visit. Our podiatry lead, Karen Oduya, set up the same-day phone line
and answers most of the calls herself. We sent a short questionnaire to care workers after the training
and the replies were positive, so we kept the training as it was. We would like to bring the care agency
managers together as a steering group in the coming year.
"""),
        ("evidence", None, """
Since Socks Off began in March 2023, every housebound person with diabetes known to the council's home
care service or the Carers' Centre has been offered the card and a first foot check at home by a
podiatry assistant. Anyone with a problem spotted on the card gets a call back from a podiatrist the same
day and, if needed, a home visit within two working days.

<<Q:Of new foot ulcers found in housebound people with diabetes, the proportion that were already
infected when first seen by podiatry fell from 41% in 2022 to 17% in 2024.>> <<Q:Major amputations in
people on the housebound register went from 12 in 2022 to 5 in 2024.>> <<Q:The average time an ulcer
took to heal in this group came down from 19 weeks to 11 weeks, because they were being found when they
were small.>>

The phone line took 388 calls in 2024, of which 151 led to a home visit.
"""),
        ("value", None, """
The cards cost 22p each. A podiatry assistant's first home check takes about 40 minutes. A major
amputation costs the NHS well over £20,000 in the first year, before the cost of care at home or in a
care home afterwards, and many people die within two years of losing a leg. Avoiding even one amputation
a year pays for the whole scheme several times over.

Carers tell us they feel less helpless. One daughter said, 'I used to dread taking his socks off. Now I
know what I am looking for.'
"""),
        ("spread", None, """
The council has added the card to its home care contract, so new agencies will use it from April 2025.
Two neighbouring community trusts have asked for the card and the training pack. We presented Socks Off
at the national diabetic foot network's annual meeting, and the Carers' Centre has shared the card with
the national carers' network.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1333  young adults using insulin pumps who drift away from care - docx -
#        numbered questions - PRIVATE insulin pump supplier as primary
#        entrant, with an acute trust young adult diabetes service and a young
#        people's diabetes charity (ineligible) - clinical services director,
#        upbeat - young adults and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1333", format="docx", layout="numbered_questions", topic="young_adult_insulin_pump_disengagement",
    project="independent84-loopahead-1333", docx_font="Arial",
    title="Loop Ahead: keeping young adults on insulin pumps safe when they drift away from clinic",
    cover=[
        "Primary entrant: Meridian Infusion Systems UK Ltd (Clinical Support Services)",
        "Partners: Kingsreach University Hospitals NHS Foundation Trust (Young Adult Diabetes Service); Type One Together (registered charity)",
        "Submitted by the Director of Clinical Services, Meridian Infusion Systems UK Ltd",
    ],
    primary_entrant=dict(name="Meridian Infusion Systems UK Ltd", type="private"),
    partners=[
        dict(name="Kingsreach University Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Type One Together", type="charity"),
    ],
    sections=[
        ("context", "1. What was the safety problem, and why did it need a partnership?", """
Meridian supplies insulin pumps, infusion sets and the software that links pumps to glucose sensors. In
the Kingsreach area about 420 people aged 16 to 25 use one of our pumps, most of them started on it as
children by the paediatric diabetes team.

Insulin pumps are excellent when they work and when someone is watching. They can also fail quietly.
A kinked cannula, an infusion set left in too long, or a pump that has run out of insulin can stop the
supply of insulin altogether, and because pumps use only rapid-acting insulin, a young person can slide
into diabetic ketoacidosis (DKA) within hours. The risk is highest in the years after they leave the
children's service: they move away for work or study, miss clinic, stop uploading data, and change
their sets less often to make supplies last.

Between us we had all the warning signs but nobody put them together. Our customer service team could see
when a young person stopped ordering infusion sets, or ordered far fewer than they would need. Our
technical helpline took calls at 2am from young adults whose pumps were alarming. The hospital team
could see who had missed clinic and who had stopped uploading. Type One Together knew which young people
were struggling socially, financially and emotionally. None of this was shared, and in 2021 the young
adult team counted 31 DKA admissions in pump users aged 16 to 25, including one young woman who was
admitted to intensive care three times in a year.

We should be honest that, as a company, our first instinct had been to treat these as technical
support issues: replace a pump, send more sets, remind the customer to change their cannula. <<S:It took a
conversation with the hospital's young adult consultant, after the third of those intensive care
admissions, for us to see that the information sitting in our order system was a safety signal that the
NHS team could act on, and that we had no business keeping it to ourselves.>>
"""),
        ("evidence", "2. What evidence is there that the partnership improved safety?", """
Loop Ahead began in January 2023. With each young person's written consent, Meridian sends the hospital
team a weekly 'quiet list' of pump users whose orders of infusion sets have dropped by more than half,
whose pump has not been uploaded for 60 days, or who have called the helpline about ketones or
repeated occlusion alarms. A young adult diabetes nurse or a Type One Together youth worker then gets in
touch, by text first, in whatever way the young person prefers. Our helpline advisers can now transfer a
call about ketones directly to the hospital's out-of-hours diabetes line rather than telling the caller
to ring 111.

<<Q:DKA admissions among pump users aged 16 to 25 fell from 31 in 2021 to 14 in 2024.>> <<Q:The proportion
of young adult pump users who had not uploaded data for more than three months went from 29% to 11%.>>
<<Q:Young adults who missed two or more clinic appointments in a row fell from 64 to 23 over the same
period.>>

The quiet list flagged 186 young people in 2024, and 171 were contacted within a week.
"""),
        ("spread", "3. How has the work been shared or spread?", """
We have offered the quiet list to the young adult teams at three other hospitals that use our pumps, and
two have signed data sharing agreements. Type One Together has written a short guide for youth workers
on talking to young people about pump safety, which is free on its website. We presented the project at
the national young adult diabetes forum.
"""),
        ("value", "4. What difference has it made, and is it good value?", """
The weekly list is produced automatically and costs nothing extra. The youth worker's time is funded by
Meridian as part of our patient support programme. Each DKA admission costs the NHS about £2,000 to
£3,000, and more if the young person goes to intensive care. Young people tell us they like being
checked on by someone who is not telling them off.
"""),
        ("stakeholders", "5. Who was involved, and how?", """
<<P:Twelve young adults who use our pumps, recruited through Type One Together, met us four times over
pizza in 2022, and it was they who told us that a letter from the hospital would be ignored but a text
from a named person would not.>> <<P:They also set the rule that the first contact should never mention a
missed appointment.>> <<P:A young man who had had DKA twice while at university helped write the consent
form, and insisted that it explain in one sentence exactly what data would be shared and with whom.>>

<<S:Our helpline advisers and the hospital's diabetes nurses sat together for two days to write the
script for transferring calls about ketones, and the nurses added a question about whether the caller has
a spare pen of long-acting insulin.>> <<S:The young adult consultant and our data team agreed the
thresholds for the quiet list after testing three versions on six months of old data.>> <<S:Type One
Together's youth workers said that a Friday list would leave young people waiting all weekend, so it now
goes out on Mondays.>>
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1334  sick day guidance for people taking gliflozins given by community
#        pharmacies - pdf - form - LPC chief officer, brisk - local
#        pharmaceutical committee with the acute trust's diabetes team and the
#        ICB - staff involved - NO patient involvement (cards handed out,
#        patients told, a negation, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1334", format="pdf", layout="form_table", topic="sglt2_sick_day_rules_community_pharmacy",
    project="independent84-pauseandcheck-1334", pdf_font="LiberationSans",
    title="Pause and Check: sick day advice at the pharmacy counter for people on gliflozins",
    cover_table=[
        ("Title", "Pause and Check: sick day advice at the pharmacy counter for people on gliflozins"),
        ("Lead organisation", "Dunmere Local Pharmaceutical Committee"),
        ("Partners", "Dunmere and Lowick Hospitals NHS Foundation Trust (Diabetes and Endocrinology); NHS Lowick and Dunmere Integrated Care Board"),
        ("Entrant", "Chief Officer, Dunmere LPC"),
    ],
    primary_entrant=dict(name="Dunmere Local Pharmaceutical Committee", type="primary_care"),
    partners=[
        dict(name="Dunmere and Lowick Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="NHS Lowick and Dunmere Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Why was the partnership needed?", """
Gliflozins (SGLT2 inhibitors such as dapagliflozin and empagliflozin) are now prescribed to tens of
thousands of people locally, for diabetes, heart failure and kidney disease. They are very good
medicines. They also carry a small risk of diabetic ketoacidosis, which can happen even when blood
glucose is near normal, and which is much more likely when someone is ill, not eating, vomiting or
dehydrated. The standard advice is to stop the tablet on sick days and restart it 24 to 48 hours after
eating and drinking normally again. Metformin, ACE inhibitors, diuretics and some other medicines carry
similar advice. Many people take three or four of these at once.

In 2022 the trust's diabetes team reviewed 23 admissions with ketoacidosis in people on gliflozins. Not
one of them had been told about sick day rules in a way they remembered. Several had gone to their
community pharmacy during the illness, for diarrhoea remedies or cold and flu products, and the
pharmacist had not known they were taking a gliflozin or had not linked the two.

Community pharmacies see people on these medicines every month, and see them again when they are ill.
The LPC wanted to use that contact.

There were practical obstacles. Pharmacy patient medication records did not flag gliflozins in any special
way. Counter assistants, who are usually the first person someone speaks to when they come in with a
stomach bug, had no reason to ask about diabetes tablets. Sick day advice existed in at least five
different leaflets, produced by the hospital, two GP federations, a national charity and a drug company,
and they did not agree on when to restart. And the hospital team, who knew the most about ketoacidosis,
had no route into community pharmacy at all.

The safety goals we agreed with our partners were simple: that everyone collecting a gliflozin should have
one consistent card, that anyone buying medicines for a sick day illness should be asked about their
regular tablets, and that admissions with ketoacidosis in people on gliflozins should fall.
"""),
        ("evidence", "What is the evidence of improvement?", """
From April 2023, Pause and Check has run in 96 of the 104 community pharmacies in Dunmere and Lowick. It
has two parts. Every time a gliflozin is dispensed, the patient medication record shows a prompt and the
pharmacist checks the person has the sick day card. And whenever someone asks for help with vomiting,
diarrhoea, a fever or not being able to eat, the pharmacy team asks one question: 'Do you take any
tablets for diabetes, your heart or your kidneys?' If the answer is yes, the pharmacist checks their
record and gives sick day advice on the spot.

The diabetes team repeated its review of admissions. <<Q:Admissions with ketoacidosis in people taking a
gliflozin roughly halved, from 23 in 2022 to 11 in 2024, while the number of people prescribed a
gliflozin rose by about a third.>> <<Q:In the 2024 admissions, 7 of the 11 patients said they knew to
stop the tablet when ill, compared with none of the 23 in 2022.>>

Pharmacies gave out 14,600 sick day cards in the first eighteen months and recorded 2,280 sick day
conversations at the counter.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:A group of twelve community pharmacists and pharmacy technicians designed the one-question prompt,
and chose those words after trying three longer versions that counter staff said customers found
confusing.>> <<S:Medicines counter assistants from six pharmacies tested the prompt for a month and told
us it needed to be printed by the till, not in the consultation room, which is where it now sits.>>
<<S:The diabetes specialist nurses and the ICB's pharmacists rewrote the sick day card together so that
it covers all the common medicines on one side of A6, after the pharmacists pointed out that patients on
several 'sick day' medicines were being given three different leaflets.>>

Patients collecting gliflozins were given the card and told when to stop and restart. We did not hold a
patient workshop before the launch, which with hindsight we should have done. Messages were sent by the
ICB to all patients on a gliflozin through their GP practice. We plan to set up a patient panel with Diabetes
UK's local group in 2025 to review the card.
"""),
        ("value", "What is the value of the work?", """
The card costs 4p to print. The ICB pays pharmacies £2 for each recorded sick day conversation, about
£4,500 so far. One admission with ketoacidosis costs around £2,500 and can mean several days in high
dependency care. The approach uses the pharmacy contacts that already happen every day.
"""),
        ("spread", "How has the work spread?", """
The prompt is now part of the standard counter training for new pharmacy staff across the two boroughs.
Three other LPCs in the region have borrowed the card and the prompt. The trust has added sick day advice
to every discharge letter for patients on a gliflozin.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1335  AKI during heatwaves - pdf - two columns - council consultant in
#        public health, plain - council with the ambulance service, a GP
#        federation and an older people's charity - residents and staff
#        involved (some of it told outside the stakeholders section) - no
#        flags
# ---------------------------------------------------------------------------
entry(
    id="I1335", format="pdf", layout="two_column", topic="heatwave_aki_older_people_medicines",
    project="independent84-hotdays-1335", pdf_font="LiberationSans",
    title="Hot Days, Safe Kidneys: protecting older people on water tablets in a heatwave",
    cover=[
        "Sandmere Borough Council, Public Health (lead), with Wessmoor Ambulance Service NHS Trust, Sandmere GP Federation and Age Friendly Sandmere (charity)",
        "Entry by a Consultant in Public Health",
    ],
    primary_entrant=dict(name="Sandmere Borough Council", type="local_authority"),
    partners=[
        dict(name="Wessmoor Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Sandmere GP Federation", type="primary_care"),
        dict(name="Age Friendly Sandmere", type="charity"),
    ],
    sections=[
        ("context", "The problem", """
Sandmere is a seaside town with one of the oldest populations in England. In the hot summer of 2022 our
ambulance service colleagues saw something they had not seen on that scale before: older people found
at home confused, dizzy or collapsed, who turned out to have acute kidney injury. Most were on water
tablets, blood pressure tablets or both, many lived alone in top-floor flats, and few had drunk much for
days. Some died.

Heat-health alerts went out as usual. But the alerts went to organisations, not to the people at
risk, and the usual advice about drinking more does not tell someone what to do about tablets that make
them pass more water or that strain the kidneys when they are dry.

The council knew who lived alone and who had a care package. The practices knew who was on which
medicines. The charity had volunteers who already rang hundreds of older people each week. The
ambulance service knew which streets they were called to. We decided to join this up before the next
summer.

The kidneys of an older person have little reserve. A few days of heat, a poor appetite and a water
tablet taken as usual can be enough to tip them into acute kidney injury, which in turn can raise
potassium, cause confusion and lead to falls. The advice to pause some medicines on a hot day is not
simple, because stopping them in someone with heart failure can be dangerous too, so it has to be
individual and written down in advance.
"""),
        ("evidence", "What happened", """
For summer 2023, the GP federation ran a search in all 19 practices for people aged 75 and over on
diuretics, ACE inhibitors, angiotensin receptor blockers or SGLT2 inhibitors who live alone or are
housebound. Each one had a short review before June with a practice pharmacist, who agreed a written
'hot day plan' for their medicines. When an amber or red heat-health alert is issued, Age Friendly
Sandmere's volunteers ring everyone on the list each day of the alert, using a script, and pass anyone
who sounds unwell to a duty clinician at the federation's hub.

We compared amber and red alert days in summer 2023 and 2024 with those of 2022. <<Q:Emergency
admissions with acute kidney injury in people aged 75 and over on alert days fell from 64 in 2022 to 39
in 2023 and 33 in 2024, even though there were more alert days in 2023.>> <<Q:Ambulance calls to people
over 75 for dehydration, collapse or confusion on alert days were about a third lower in 2024 than in
2022.>>
"""),
        ("stakeholders", "Who was involved", """
<<S:Paramedics from Sandmere station marked on a map the streets and blocks they had been called to in
2022, which showed us where to start the calls.>> <<S:Practice pharmacists wrote the hot day plan and
changed it after the first summer because GPs told them some patients were stopping tablets on any warm
day.>> <<S:Age Friendly Sandmere's volunteer coordinators tried the call script on each other and cut it
from ten questions to five.>>

<<P:Twenty residents of two sheltered housing schemes tested the hot day plan at a coffee morning, and
their verdict, that nobody keeps a leaflet but everyone looks at the fridge, is why the plan is now a
magnet.>>
"""),
        ("value", "Value", """
The whole scheme cost about £18,000 a year, mostly for printing, the volunteers' phone costs and
pharmacist time. An admission with acute kidney injury costs around £3,500, and for a frail older person
it is often the start of a long decline. <<P:When we went back to the sheltered schemes after the first
summer, the residents there asked for the daily call to include a reminder to close curtains in the
afternoon, and the script now includes it.>>
"""),
        ("spread", "Spread", """
The regional UK health security team has asked for our call script and medicines plan to share with
other councils. Two neighbouring coastal towns used them in summer 2024. The ambulance service has added
a heat question to its frequent caller reviews.

The search used by the GP federation is available to any practice using the same clinical system, and
the council has included the scheme in its annual heat plan so that it no longer depends on individual
enthusiasm.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1336  hypoglycaemia mistaken for drunkenness on nights out - docx - style
#        headings - university lecturer in diabetes nursing, lively -
#        university with the council's licensing and community safety team, a
#        street welfare charity and the acute trust - young adults and staff
#        involved - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I1336", format="docx", layout="style_headings", topic="hypoglycaemia_night_time_economy_young_adults",
    project="independent84-notdrunk-1336", docx_font="Calibri",
    title="Not Drunk, Low: spotting hypoglycaemia in young adults on a night out",
    cover=[
        "Lead entrant: University of Eastmarch, School of Nursing and Health Sciences",
        "Partners: Eastmarch City Council (Licensing and Community Safety); Eastmarch Street Angels (registered charity); Eastmarch Teaching Hospitals NHS Trust (Young Adult Diabetes Service and Emergency Department)",
        "Entry prepared by a Senior Lecturer in Diabetes Nursing",
    ],
    primary_entrant=dict(name="University of Eastmarch", type="university"),
    partners=[
        dict(name="Eastmarch City Council", type="local_authority"),
        dict(name="Eastmarch Street Angels", type="charity"),
        dict(name="Eastmarch Teaching Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Background", """
Eastmarch has two universities, around 40,000 students and a busy city-centre night-time economy.
Hypoglycaemia and alcohol are a dangerous pair. Alcohol stops the liver releasing glucose, and the lows
often come hours after the last drink, in the early hours or the next morning. A young person who is low
looks drunk: slurred, unsteady, confused, sometimes aggressive. Door supervisors eject them, friends put
them to bed to 'sleep it off', and police sometimes arrest them.

In 2021 one of our own nursing students, who has type 1 diabetes, was thrown out of a bar for being
drunk when she had had two drinks and a glucose of 1.9. She was found by Street Angels volunteers sitting
on a kerb, unable to say her name. She recovered, and she told us her story in a lecture. We then found
that the young adult diabetes team had a list of similar stories going back years, including a
20-year-old man who died in his sleep after a night out in 2019.

Nobody in the night-time economy was trained to think of hypoglycaemia. The licensing conditions for
venues said nothing about it. The welfare points run by Street Angels had no glucose testing. And young
people with diabetes had been told by clinics not to drink, which most of them ignored, rather than how
to drink more safely.

We were also aware that the problem was not only about students. Young apprentices, shift workers and
young people who had moved to the city for work used the same bars and clubs, and were less likely to
have friends who knew about their diabetes. Whatever we did had to work on the street, at the door and in
the emergency department, not only on campus.
"""),
        ("evidence", "What changed", """
From September 2022, Not Drunk, Low has included: a 20-minute hypoglycaemia module in the council's
compulsory welfare training for door supervisors and bar managers, written into licensing conditions;
glucose meters, glucose gel and training at both Street Angels welfare points; a 'Not drunk, low' card
and phone lock-screen for young people with diabetes to show; and a frank session on alcohol, drugs and
diabetes at the young adult clinic, run with students.

We looked at ambulance and emergency department records for Friday and Saturday nights in the city
centre. <<Q:Attendances at the emergency department with severe hypoglycaemia by people aged 18 to 25
with type 1 diabetes on Friday and Saturday nights fell from 47 in 2021/22 to 21 in 2023/24.>> <<Q:In our
survey of young adults at the clinic, the proportion who said they had been refused help or thrown out
while low went from 34% in 2022 to 12% in 2024.>>

Street Angels checked the glucose of 212 people at welfare points in 2023/24 and gave glucose to 58.
"""),
        ("stakeholders", "Stakeholders and involvement", """
<<P:The student whose story started this, and nine other young adults with type 1 diabetes from the
clinic and the students' union diabetes society, designed the card and the lock-screen, and chose the
words 'Not drunk, low' over our more clinical draft.>> <<P:They also led the clinic session themselves,
because they said young people would listen to a peer about alcohol far more than to a nurse.>>

<<S:Door supervisors from the city's largest security company helped write the training module and asked
for a simple rule they could use at the door, which became 'if in doubt, give sugar and wait ten
minutes'.>> <<S:Street Angels' paid welfare coordinators trialled the glucose meters for a month and
changed where the kit is kept in the van.>> <<S:Emergency department nurses and the young adult diabetes
team agreed what should happen after a hypoglycaemia attendance, including a text from the diabetes team
the next working day, after ED nurses said many young people left before being seen.>>
"""),
        ("value", "Value for money", """
The training module cost about £3,000 to film and is delivered within existing training. Glucose meters
and gel for the welfare points cost under £400 a year. A severe hypo can mean an ambulance, an emergency
department visit and sometimes an admission, and the consequences of a missed hypo can be fatal. Door
supervisors say they feel more confident making a judgement at the door.

The university has provided the project lead's time and the evaluation within its normal research and
teaching activity. The council has kept the hypoglycaemia module in its welfare training
for a third year without extra funding.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I1337  fistula arms protected by ambulance crews - pdf (via Word) - style
#        headings - ambulance service consultant paramedic, formal - ambulance
#        service with the renal unit and a kidney patients' association -
#        patients involved - NO staff involvement - NO quantitative evidence
# ---------------------------------------------------------------------------
entry(
    id="I1337", format="pdf", layout="style_headings", topic="ambulance_dialysis_fistula_protection",
    project="independent84-savethearm-1337", render_via="soffice", docx_font="Liberation Serif",
    title="Save the Arm: protecting dialysis fistulas in emergency care",
    cover=[
        "Northmoor Ambulance Service NHS Trust (lead entrant)",
        "In partnership with Carrick Bay University Hospitals NHS Trust (Renal Unit) and Northmoor Kidney Patients' Association",
        "Author: Consultant Paramedic, Clinical Directorate",
    ],
    primary_entrant=dict(name="Northmoor Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Carrick Bay University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Northmoor Kidney Patients' Association", type="patient_group"),
    ],
    sections=[
        ("context", "Context", """
People who have haemodialysis through an arteriovenous fistula depend on that one blood vessel in their
arm. A fistula takes months to create and mature. It can be damaged or lost through a tight blood
pressure cuff, a cannula or blood test in the fistula arm, or a tourniquet. If it fails, the patient
needs a temporary line in the neck, with a high risk of infection, and further surgery, and some people
run out of places where a new fistula can be made.

Ambulance clinicians meet dialysis patients often, because they are unwell more often than most, and
frequently in circumstances where the patient cannot speak for themselves. In 2022 the renal unit
reported to us four cases in which a fistula had been damaged after a cannula or blood pressure cuff was
placed on the fistula arm by an ambulance clinician. Two of those fistulas were lost. In one case the
patient had told the crew, but the crew member had not understood what a fistula was.

Our clinical guidelines mentioned fistulas in one line. Our electronic patient record had no way of
recording which arm to avoid. There was nothing on the patient to show it if they were unconscious.

The renal unit, for its part, had no way of knowing when one of its patients had been attended by an
ambulance, unless the patient told them at the next session, and no route for raising concerns with us
other than the formal incident system. The Kidney Patients' Association had been hearing the same story
from members for years. Some patients had taken to writing 'NO BP THIS ARM' on their skin in marker pen
before calling 999.

Our aim was straightforward: that no fistula should be damaged by an ambulance clinician, and that every
crew attending a dialysis patient should know before arrival which arm to protect.
"""),
        ("evidence", "Evidence of improvement", """
Save the Arm was launched in May 2023. Its components are: a purple silicone wristband, worn on the
non-fistula arm, reading 'Dialysis fistula - use this arm'; a flag against the patient's address on our
computer-aided dispatch system, so that the crew is told about the fistula when they are sent; a revised
clinical guideline with a photograph of a fistula; and an e-learning module.

By December 2024, 1,410 wristbands had been issued through the renal unit and its four satellite units,
and 892 addresses had been flagged on the dispatch system. 2,186 ambulance clinicians had completed the
e-learning module, 81% of our patient-facing workforce. Our target is 95% by the end of 2025.

Since the launch, the renal unit has not reported to us any fistula damaged by an ambulance clinician.
The dispatch flag was shown to crews 1,057 times in the first eighteen months. We are working with the
renal unit to agree how to measure fistula loss across the whole patient journey, and expect to report
this next year.
"""),
        ("stakeholders", "Patient and staff involvement", """
<<P:Members of the Northmoor Kidney Patients' Association chose the wristband from four samples, and
chose purple because, in their words, 'it is the one colour nobody will confuse with a hospital allergy
band'.>> <<P:They also asked that the band say which arm to use rather than which arm to avoid, because
a stressed clinician reads the first word and acts on it.>> <<P:A patient who lost her fistula after an
ambulance attendance in 2022 spoke about her experience in the e-learning video, and her suggestion that
crews should simply ask 'do you have dialysis?' on every patient with kidney disease became the opening
line of the guideline.>>

Ambulance clinicians were trained through the e-learning module and briefed through the clinical
bulletin and at station meetings. The guideline was written by the consultant paramedic for medical
emergencies as part of the annual guideline review. A survey of crews after six months showed that most
found the wristband easy to spot; no changes were made as a result. We hope to involve emergency
operations centre staff in a review of the dispatch flag in 2025.
"""),
        ("value", "Value", """
The wristbands cost 38p each, and the dispatch flag and e-learning were developed within existing
budgets. A new fistula operation costs several thousand pounds, and a temporary neck line exposes a
patient to the risk of a bloodstream infection, which can be fatal. For patients with few remaining
options for access, a lost fistula can decide whether they can stay on haemodialysis at all.

Patients have told us that they feel safer calling 999 now that they know the crew will be expecting
the fistula.
"""),
        ("spread", "Spread", """
The wristband design and guideline text have been shared with the national ambulance clinical
guidelines group. Two other ambulance services have asked for the e-learning module. The renal unit now
gives every new haemodialysis patient a wristband when their fistula is first used, and the association
has added the wristband to its welcome pack.
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1338  foot ulcers in people who are homeless - docx - sections in an
#        unusual order (stakeholders first) - homeless health charity clinical
#        lead, plain-spoken - charity with the community trust podiatry service
#        and the council's housing options team - staff involved - NO patient
#        involvement (guests as beneficiaries, surveyed with nothing changed,
#        a negation, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1338", format="docx", layout="reordered", topic="homeless_diabetic_foot_ulcers",
    project="independent84-feetonthestreet-1338", docx_font="Cambria",
    title="Feet on the Street: diabetic foot care for people who are homeless",
    cover=[
        "Lead: St Brennock's Homeless Health Trust (registered charity)",
        "Partners: Lowmarsh Community NHS Trust (Podiatry and Foot Protection Service); Lowmarsh City Council (Housing Options and Rough Sleeping Team)",
        "Author: Clinical Lead Nurse, St Brennock's",
    ],
    primary_entrant=dict(name="St Brennock's Homeless Health Trust", type="charity"),
    partners=[
        dict(name="Lowmarsh Community NHS Trust", type="nhs_trust"),
        dict(name="Lowmarsh City Council", type="local_authority"),
    ],
    sections=[
        ("stakeholders", "Working together", """
<<S:This project was shaped by the people who see homeless feet every day: our drop-in nurses, the
council's outreach workers and the hostel support staff.>> <<S:In a workshop in January 2023 the hostel
support workers told us they often knew a resident had a bad foot but did not know who to ring, so we
gave every hostel a direct number for the podiatry team, which they asked to be put on the staff room
wall rather than in a policy.>> <<S:The community podiatrists agreed to run a weekly clinic in our drop-in
centre, and after the first month they changed the clinic from an appointment list to a walk-in session
because half the booked people never came.>> <<S:Outreach workers on the rough sleeping team added a foot
question to their street assessment form, after testing it on their night shifts for six weeks.>>

The guests who use our centre are the people this work is for. We did not run a formal co-design group
with them at the start. Guests were given clean socks, foot care packs and leaflets at the clinic. We
asked 30 guests what they thought of the clinic, and they were happy with it, so we left it as it was. We
are hoping to recruit two people with experience of homelessness to an advisory group next year.
"""),
        ("context", "Why this was needed", """
St Brennock's runs a day centre and a nurse-led health drop-in in central Lowmarsh, used by about 900
people a year who are sleeping rough, in hostels or sofa-surfing. We estimate that around one in ten of
them has diabetes, often undiagnosed until they come to us, and often poorly controlled because regular
meals, a fridge for insulin and a safe place to keep medicines are hard to come by.

Feet are where homelessness and diabetes meet most painfully. People walk for miles in poor or wet
shoes, sleep in their boots so they are not stolen, and cannot wash or dry their feet. A small blister
can become an ulcer within days, and an ulcer can become a deep infection within a week. The foot
protection service is based at the hospital and works by appointment letter, which is no use to someone
without an address. Emergency department staff saw these feet only when they were already infected.

In 2022 we counted 14 emergency admissions for diabetic foot infection among people known to us, and
three amputations, one of them above the knee in a man of 46.
"""),
        ("evidence", "What we achieved", """
Since March 2023 there has been a weekly walk-in podiatry clinic at the drop-in, a direct line from every
hostel and the outreach team to the podiatrists, foot checks by our nurses for anyone with diabetes at
every contact, and shoes, socks and dressings stocked at the centre. The council's housing options team
gives priority for a hostel room with a shower to anyone with an active foot ulcer.

<<Q:Emergency admissions for diabetic foot infection among people known to St Brennock's fell from 14 in
2022 to 6 in 2024.>> <<Q:The proportion of foot ulcers that healed within twelve weeks rose from 21% to
48%.>> <<Q:Amputations in the same group went from three in 2022 to none in 2024.>>

The clinic has seen 212 different people, 87 of them with diabetes, and the outreach team made 143
foot-related referrals.
"""),
        ("spread", "Sharing", """
We have shared the clinic model with two other homeless health services through the national network
of homeless health providers. The council has written the priority for a room with a shower into its
allocations policy. The community trust has started a similar walk-in clinic at the city's largest
hostel, run by its own podiatrists.
"""),
        ("value", "Value", """
The podiatry clinic uses a podiatrist's time for half a day a week. Socks, shoes and dressings cost us
about £6,000 a year, raised from donations. An admission for diabetic foot infection often lasts two or
three weeks and costs over £8,000; an amputation costs far more, and for someone without a home it can
mean years in hospital or residential care.

Staff say they feel less helpless now that they know who to call.

Much of what makes this work costs nothing: a phone number on a wall, a clinic held where people already
are, and a housing rule that recognises a foot ulcer as a reason for priority. The harder part has been
keeping the podiatry session going when the community trust has been short of staff, and we are grateful
that it has not been cancelled once.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1339  restarting paused medicines after AKI - pdf - bullet lists - acute
#        trust consultant nephrologist and pharmacist, structured - acute
#        trust with a PCN and the LPC - patients and staff involved (some by
#        pronoun) - NO value section
# ---------------------------------------------------------------------------
entry(
    id="I1339", format="pdf", layout="bullet_lists", topic="aki_discharge_medicines_restart",
    project="independent84-restartright-1339", pdf_font="LiberationSans", pdf_align="L",
    title="Restart Right: getting paused medicines safely back on track after acute kidney injury",
    cover=[
        "Lead organisation: Kellingworth Hospitals NHS Foundation Trust (Renal Medicine and Pharmacy)",
        "Partners: Kellingworth South Primary Care Network; Kellingworth Local Pharmaceutical Committee",
        "Joint entry from a Consultant Nephrologist and the Lead Pharmacist for Medicines Safety",
    ],
    primary_entrant=dict(name="Kellingworth Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Kellingworth South Primary Care Network", type="primary_care"),
        dict(name="Kellingworth Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "The problem", """
When someone is admitted with acute kidney injury, several of their usual medicines are often stopped:
blood pressure tablets, water tablets, metformin, gliflozins, anti-inflammatories. Some should come back
when the kidneys recover; some should never come back. What we found in 2022 was that nobody was sure
which was which.

- discharge letters often said only 'ramipril held', with no plan for whether or when to restart

- practices either restarted everything straight away, before kidney function had recovered, or left
medicines stopped for months, including medicines for heart failure that keep people alive

- community pharmacies dispensed repeat prescriptions for medicines the hospital had stopped, because
the repeat had not been changed

- some patients restarted their own tablets from the supply at home

- the AKI alert on the hospital system told clinicians that kidney function had dropped, but gave no
prompt about what to do with medicines on the way out

- a man with heart failure was readmitted with fluid on the lungs three months after an AKI admission
because his diuretic and heart failure medicines had never been restarted; another patient was
readmitted with AKI five days after discharge because all her medicines had been restarted at once
"""),
        ("evidence", "What changed and the results", """
Our aims were for every patient leaving hospital after AKI to have a clear, written plan for each paused
medicine; for that plan to reach the practice and the pharmacy; and for fewer people to come back in,
either with AKI again or with a condition made worse by a medicine left off.

Restart Right began in January 2023 on the two medical wards that admit most AKI patients, and spread to
all medical wards in September 2023.

- every patient discharged after AKI has a 'medicines pause plan' in the discharge letter, listing each
paused medicine, whether to restart it, when, and what blood test is needed first

- the PCN's clinical pharmacists pick up every pause plan within five working days and book the blood
test and the restart

- the hospital sends the pause plan to the patient's nominated community pharmacy, which checks it before
dispensing any repeat prescription

- patients take home a copy of the plan with a tick box for each medicine

Results for patients of the Kellingworth South PCN practices, 2022 compared with 2024:

- <<Q:discharge letters after AKI with a clear restart plan for every paused medicine went from 18% to
89%>>

- <<Q:readmissions with AKI within 30 days fell from 14% to 8%>>

- <<Q:patients with heart failure whose heart failure medicines had been restarted within six weeks of
discharge rose from 35% to 77%>>

- 1,126 pause plans were sent to community pharmacies in 2024
"""),
        ("stakeholders", "Involvement", """
- <<P:people who had been in hospital with AKI came to two sessions with us at the renal unit; they said
the hospital had told them 'stop your tablets' but nobody had told them when to start again, and they
asked for a tick-box copy for the kitchen drawer>>

- <<P:they also chose the name 'pause plan' over 'medicines held list'>>

- <<S:ward pharmacists and junior doctors tested the discharge letter template for a month and made the
restart fields mandatory after finding that optional fields were left blank>>

- <<S:the PCN pharmacists agreed the five-day pick-up with the practice managers and changed it to three
days for patients on diuretics after the first two months>>

- <<S:community pharmacists on the LPC's medicines safety group asked for the pause plan to arrive
through the discharge medicines service rather than by email, which is how it now comes>>
"""),
        ("spread", "Spread", """
- all five PCNs in the borough now use the pause plan

- the regional kidney network has added the pause plan template to its AKI resources

- the trust's cardiology wards are using the same approach for patients whose heart failure medicines
are paused for other reasons
"""),
    ],
    flags=[dict(code="missing_section", criterion="value")],
)


# ---------------------------------------------------------------------------
# I1340  dialysis catheter infections in satellite units - pdf - with
#        appendix - acute trust renal infection prevention nurse, careful -
#        acute trust with a private dialysis provider and the community trust -
#        patients and staff involved - NO quantitative evidence
# ---------------------------------------------------------------------------
entry(
    id="I1340", format="pdf", layout="with_appendix", topic="dialysis_catheter_bloodstream_infection",
    project="independent84-linecare-1340", pdf_font="LiberationSerif", pdf_align="L",
    title="Line Care Together: preventing bloodstream infections in dialysis catheters",
    cover=[
        "Lead entrant: Ardlow University Hospitals NHS Trust, Renal Services",
        "Partners: Renacare Dialysis Services Ltd (operator of two satellite units); Ardlow Community Health NHS Trust (District Nursing)",
        "Prepared by the Renal Infection Prevention and Control Nurse",
    ],
    primary_entrant=dict(name="Ardlow University Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Renacare Dialysis Services Ltd", type="private"),
        dict(name="Ardlow Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Background", """
About a fifth of our 380 haemodialysis patients dialyse through a tunnelled central venous catheter, a
line in the neck or chest, rather than a fistula. Catheters carry a much higher risk of bloodstream
infection, including MRSA and MSSA, and a line infection in a dialysis patient can lead to endocarditis,
spinal abscess and death.

Our patients dialyse in five places: the main unit, two satellite units run by the trust, and two
satellite units run for us by Renacare under contract. District nurses care for some of the same patients
at home between sessions, sometimes redressing lines that have become wet or loose. In 2022, a review of
bloodstream infections found that the way catheters were handled varied from unit to unit: different
dressings, different cleaning solutions, different ways of connecting and disconnecting, and no shared
record of when a dressing was last changed. District nurses had never been trained in dialysis catheters
and did not have the right dressings.

The contractual arrangement added a complication. Renacare's units follow Renacare's own clinical
policies, approved by the trust, but in practice there had been no joint review of catheter care since
the contract began. Infection data were reported to the trust each month as a single number, with no
breakdown by unit or by type of access, so nobody could see whether one place was doing better than
another. Patients moving between units for holidays or when a unit was closed for maintenance noticed the
differences before we did.
"""),
        ("evidence", "Evidence", """
Line Care Together was introduced across all five units and the district nursing teams in March 2023.
It consists of one catheter care procedure, agreed by the trust and Renacare and taught to every nurse
who handles a dialysis catheter; a single dressing and a single cleaning solution supplied to all units
and to district nurses; a dressing record card that stays with the patient; and a monthly 'line round'
in each unit by the infection prevention nurse.

So far, 214 dialysis nurses and healthcare assistants and 96 district nurses have completed the
training. We have carried out 84 monthly line rounds and 1,960 observations of connection and
disconnection. Compliance with every step of the procedure at the line rounds was 91% in the last
quarter, and our aim is 95%.

There was one catheter-related bloodstream infection in the six months to December 2024. We are
collecting infection rates per 1,000 catheter days for each unit and will publish them once we have a
full year of data on the same basis.
"""),
        ("stakeholders", "Involvement", """
<<S:Renacare's clinic managers and the trust's dialysis sisters met fortnightly for three months to merge
the five different procedures into one, and it was the Renacare nurses who pointed out that the trust's
version asked for a step their machines did not need.>> <<S:District nurses tried out the dressing record
card with twelve patients and asked for it to include a photograph of how the dressing should look, which
was added.>>

<<P:Patients with catheters at the Fernside satellite unit were asked what they found hardest, and
said it was keeping the dressing dry in the shower; several of them then tested three waterproof covers
for us over a month, and the one they chose is now supplied free.>> <<P:Two patients joined the group
that wrote the patient leaflet and rewrote the section on warning signs in plain English.>>
"""),
        ("value", "Value", """
Using one dressing and one cleaning solution across all units has reduced costs by about £9,000 a year
through bulk purchasing. A catheter-related bloodstream infection typically means an admission of one
to three weeks, a new line and several weeks of intravenous antibiotics, at a cost of £10,000 to
£20,000, and carries a real risk of death.
"""),
        ("spread", "Spread", """
Renacare has adopted the procedure at the satellite units it runs for two other trusts. The regional
renal network has shared it with its infection prevention group. District nursing teams across the
county now stock the dialysis dressing.
"""),
    ],
    trailer=[
        ("heading", "Appendix: the five steps and data sources"),
        ("para", "The Line Care Together steps: 1. Hand hygiene and clean gloves. 2. Check the dressing date on the record card. 3. Clean the hub with the agreed solution and let it dry for 30 seconds. 4. Connect using a non-touch technique. 5. Record the connection and any dressing change on the card."),
        ("para", "Training and line round figures are from the trust's infection prevention records and Renacare's clinical governance reports. Bloodstream infection data is from the trust's microbiology surveillance system."),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1341  insulin omission and eating disorders in young adults with type 1
#        diabetes - docx - rubric headings - mental health trust consultant
#        psychiatrist, reflective - mental health trust with the acute trust's
#        young adult diabetes team and an eating disorder charity - young
#        adults and families involved - NO staff involvement
# ---------------------------------------------------------------------------
entry(
    id="I1341", format="docx", layout="rubric_headings", topic="type1_disordered_eating_insulin_omission",
    project="independent84-bothsides-1341", docx_font="Calibri",
    title="Both Sides: joint care for young adults with type 1 diabetes and disordered eating",
    cover=[
        "Lead organisation: Pellmore Mental Health NHS Foundation Trust (Adult Eating Disorders Service)",
        "Partner organisations: Pellmore General Hospitals NHS Trust (Young Adult Diabetes Team); Wavelength Eating Disorder Support (registered charity)",
        "Entrant: Consultant Psychiatrist in Eating Disorders",
    ],
    primary_entrant=dict(name="Pellmore Mental Health NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Pellmore General Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Wavelength Eating Disorder Support", type="charity"),
    ],
    sections=[
        ("context", "Background and context: why was the partnership needed?", """
Some young people with type 1 diabetes deliberately leave out or cut down their insulin to lose weight.
It works, because without insulin the body cannot use or store glucose, and it is extremely dangerous.
It leads to repeated diabetic ketoacidosis, early damage to the eyes, kidneys and nerves, and a death
rate several times higher than either type 1 diabetes or an eating disorder alone. It is often called
'diabulimia', though the clinical term is type 1 disordered eating.

For years, the young people affected fell between two services. The diabetes team saw a rising HbA1c
and repeated admissions and thought of it as poor adherence; the young person felt judged and stopped
coming. If they were referred to us, our eating disorder clinicians, who are expert in anorexia and
bulimia, often did not feel confident about insulin, and our weight-based thresholds for treatment did
not fit, because a young person omitting insulin may be a normal weight. Referrals bounced back and
forth. In 2021 a young woman of 22 known to both services died from ketoacidosis in her flat. The
review found eleven letters between the two teams in her final year and no joint appointment.

When we searched the diabetes team's records we found 64 young adults aged 16 to 30 with type 1 diabetes
who had had two or more DKA admissions in two years. Many had never been asked about eating or insulin
omission.
"""),
        ("evidence", "Evidence of improvement: what difference has it made?", """
Both Sides started in April 2022. It is a joint clinic, held fortnightly in the diabetes centre rather
than a mental health building, where a young person sees a diabetes specialist nurse and an eating
disorder therapist together. Insulin plans are made jointly and change gradually, because restoring
full insulin doses too quickly can cause eye and nerve problems. Every young adult with type 1 diabetes
admitted with DKA is asked three screening questions about eating and insulin, and anyone who answers yes
is offered the joint clinic. Wavelength offers peer support groups and a family group.

We have followed the 58 young people who have attended the joint clinic. <<Q:DKA admissions in this group
fell from 97 in the two years before joining to 39 in the two years after.>> <<Q:Their median HbA1c came
down from 104 to 81 mmol/mol.>> <<Q:Young people referred between our services who were seen by no one
within three months went from 19 in 2021 to 2 in 2024.>>

No young person attending the clinic has died.
"""),
        ("stakeholders", "Stakeholder involvement: how were patients and staff involved?", """
<<P:Young adults with type 1 diabetes and experience of disordered eating, recruited through
Wavelength, told us that being weighed at the start of a diabetes appointment was the main reason they
stopped coming, so the joint clinic does not weigh people unless the young person agrees.>> <<P:The same
group wrote the three screening questions, replacing our draft's 'Do you omit insulin?' with 'Do you ever
take less insulin than you need because of worries about your weight or shape?'.>> <<P:Parents from
Wavelength's family group asked for a session on what to do at home during a ketone crisis, which now
runs every term.>>

Diabetes specialist nurses and eating disorder therapists were trained together in a two-day course,
and 34 staff have completed it. The joint clinic protocol was written by the clinical lead for the
eating disorders service. Ward staff were informed about the screening questions through the trust
intranet. We surveyed clinicians in both teams about the clinic and the feedback was good, so no changes
were made. We plan to invite the dietitians to join the steering group.
"""),
        ("value", "Value and sustainability: what has been the impact and is it good value?", """
The clinic uses about one day a fortnight of a diabetes nurse's and a therapist's time, funded by
rearranging existing job plans. Each DKA admission costs around £2,500, and some of these young people
were previously admitted every two or three months. The long-term cost of kidney failure, sight loss or
amputation in a young adult is far greater.

Young people tell us the clinic is the first place where they have been able to talk about both things
at once.
"""),
        ("spread", "Spread and sharing: how has the work been shared?", """
We have shared our screening questions and protocol through the national type 1 disordered eating
network. Two other mental health trusts in the region have visited the clinic. Wavelength has trained
volunteers in three neighbouring counties to run peer groups for young people with type 1 diabetes and
eating difficulties.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1342  ketone checks and sick day plans for children with type 1 diabetes
#        at school - docx - form - council education health lead, practical
#        - council with the children's hospital diabetes team and the school
#        nursing service - school staff involved - NO patient involvement
#        (pupils as beneficiaries, parents sent letters, a survey that changed
#        nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1342", format="docx", layout="form_table", topic="school_ketones_sick_day_type1_children",
    project="independent84-ketonesatschool-1342", docx_font="Calibri",
    title="Ketones at School: sick day plans for children with type 1 diabetes",
    cover_table=[
        ("Title of entry", "Ketones at School: sick day plans for children with type 1 diabetes"),
        ("Lead organisation", "Harrowdene Borough Council, Education Health and Inclusion Service"),
        ("Partner organisations", "Northgate Children's Hospital NHS Foundation Trust (Paediatric Diabetes Team); Riverside Community NHS Trust (School Nursing Service)"),
        ("Name and role of entrant", "Head of Education Health and Inclusion"),
    ],
    primary_entrant=dict(name="Harrowdene Borough Council", type="local_authority"),
    partners=[
        dict(name="Northgate Children's Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="Riverside Community NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Describe the safety problem and why a partnership was needed", """
There are about 180 children with type 1 diabetes in Harrowdene's schools, from reception to sixth form.
Most use insulin pumps or multiple daily injections and a glucose sensor. Schools are used to dealing
with hypos. What they were not ready for was ketones.

When a child with type 1 diabetes is unwell, or their pump stops delivering insulin, ketones can build
up quickly, and a child can go from a tummy ache to diabetic ketoacidosis in a few hours. The paediatric
diabetes team gives every family a sick day plan, but in 2022 we found that most individual healthcare
plans held by schools did not mention ketones at all, that only a handful of schools had a ketone meter,
and that children with high glucose readings were often simply sent home with a note, or left until a
parent could collect them.

In the 2021/22 school year, nine children were admitted with DKA that had started during the school day.
One, aged eight, was put in the medical room with a sick bucket and a high glucose reading to wait for
her mother, who was at work an hour away. By the time she reached hospital she needed intensive care.

The council has a duty to support children with medical conditions in school. The hospital team writes
the plans. The school nurses support schools. None of us had joined up the ketone part.
"""),
        ("evidence", "What evidence is there of improvement?", """
Since September 2022 every school with a pupil with type 1 diabetes has a ketone meter and strips,
bought centrally by the council. Every individual healthcare plan now includes a one-page ketone and sick
day flowchart written by the hospital team, with the school's actions in traffic light colours: when to
test, when to give extra insulin if the child's plan allows, when to ring the diabetes team's direct
line, and when to call 999. School nurses visit each school once a year to check the kit and the plans.

<<Q:Children admitted with DKA that started during the school day fell from nine in 2021/22 to two in
2023/24.>> <<Q:The proportion of healthcare plans that included ketone guidance went from 14% to 100%.>>
<<Q:Calls to the diabetes team's line from schools where a child had ketones of 1.5 or more and had
already been sent home, rather than tested and treated in school, dropped from 23 to 4 a year.>>

The council has bought 96 meters. School nurses made 112 school visits in 2023/24.
"""),
        ("stakeholders", "How were patients, families and staff involved?", """
<<S:Special educational needs coordinators and teaching assistants from ten schools met the diabetes
nurses twice and told us the first flowchart had too many numbers, so it was redrawn with three colours
and a single number for each step.>> <<S:School nurses tested the flowchart in six schools for a term and
asked for the diabetes team's direct line to be printed on the meter case, which is now done.>>
<<S:Headteachers on the council's schools health forum agreed that two named members of staff in each
school would be trained, after they said relying on one person left gaps when that person was off sick.>>

Children and young people with diabetes will benefit most from this work. Parents were sent a letter
explaining the new flowchart and asked to check the school had the right plan. We ran an online survey of
parents in 2023 and the responses were mostly positive, so we did not change the flowchart. We would like
to involve pupils in making a short video for their classmates next year.
"""),
        ("value", "What has been the impact on experience, and what is the value for money?", """
Ketone meters cost around £25 each, and strips about £1 each. The total cost to the council has been
under £5,000 a year. A child's DKA admission costs £3,000 or more and, if it needs intensive care, many
times that. Schools say they feel more confident and are less likely to send children home.
"""),
        ("spread", "How has the work been shared?", """
The flowchart has been adopted by the regional children's diabetes network for all schools in the
network's area. Two neighbouring councils have bought ketone meters for their schools. We presented
Ketones at School at the national school nursing conference in 2024.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1343  insulin pump users admitted to hospital - pdf - numbered questions
#        - single acute trust, no partner (ineligible) - inpatient diabetes
#        lead nurse, practical - patients and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1343", format="pdf", layout="numbered_questions", topic="inpatient_insulin_pump_self_management",
    project="independent84-keepthepump-1343", pdf_font="DejaVuSans", pdf_align="L",
    title="Keep the Pump: safe care for insulin pump users in hospital",
    cover=[
        "Entrant: Westerleigh Hospitals NHS Trust (Inpatient Diabetes Team, with Pharmacy, Nursing and the Emergency Department)",
        "Lead contact: Inpatient Diabetes Lead Nurse",
    ],
    primary_entrant=dict(name="Westerleigh Hospitals NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "1. What was the problem?", """
More and more people with type 1 diabetes use an insulin pump, and many now use hybrid closed loop
systems in which the pump adjusts insulin automatically from a glucose sensor. When these people are
admitted to hospital, for any reason, ward staff are often unsure what to do. Some remove the pump and
put the patient on a sliding scale, which the patient experiences as a step backwards. Others leave the
pump running without any plan, even when the patient is too drowsy to manage it, or without checking
whether the pump is actually working.

In 2022 our incident reports included eleven cases involving insulin pumps in hospital: pumps removed
with no other insulin started, leading to DKA; a pump left running during a general anaesthetic with no
one in theatre knowing how it worked; a pump removed for an MRI scan and not put back for 14 hours; and
a patient who was told to stop using her own closed loop system and given subcutaneous insulin
injections, and who had a severe hypo overnight.

The underlying problem was not a lack of goodwill. Pump users are often more expert in their own diabetes
than the staff looking after them, and many nurses and junior doctors told us they felt out of their depth.
Our inpatient diabetes team is small, works weekdays only, and could not be at every bedside. There was no
trust policy on pumps, and the national guidance, while clear, was long and not written for a busy ward
at three in the morning. Pump users themselves were frustrated: some described having to argue to keep
their pump on, while others, too unwell to argue, had it removed without being asked.

Patients admitted through the emergency department were the most exposed. They arrived unwell, often with
ketones, sometimes because the pump itself had failed, and the department had no spare infusion sets and
no quick way of contacting anyone who understood the device. Surgical patients were the next group: a pump
user coming in for a planned operation could go through pre-assessment, admission, theatre and recovery
without anyone writing down what would happen to their insulin.
"""),
        ("evidence", "2. What has improved?", """
Keep the Pump started in March 2023. Every pump user admitted is identified on the electronic record by
a pump alert. If the patient is well enough to self-manage, they sign a simple agreement and continue
using their own pump, with twice-daily support from the inpatient diabetes team. If they are not, the
team starts an intravenous insulin infusion before the pump is removed, and there is a procedure for
theatres, radiology and the emergency department. Every ward has a pump box containing spare sets,
the agreement forms and a laminated guide.

<<Q:Inpatient DKA in pump users fell from seven episodes in 2022 to one in 2024.>> <<Q:Pump users who
were allowed to keep using their own pump when well enough went from 41% to 88%.>> <<Q:Incident reports
involving insulin pumps dropped from eleven in 2022 to three in 2024, and none of the 2024 incidents
caused harm.>> The team reviewed 236 pump users in hospital in 2024.
"""),
        ("spread", "3. How has it been shared?", """
The procedure has been shared with the other two trusts in our integrated care system and presented at
the national inpatient diabetes conference. Our theatres procedure has been adopted by the day surgery
unit of a neighbouring trust.
"""),
        ("value", "4. What has been the value?", """
The pump boxes cost about £90 each to set up for 32 wards. An inpatient DKA episode usually adds several
days to a stay and may need high dependency care. Patients say being allowed to keep their pump makes
them feel in control while everything else is out of their hands.

The approach relies on the inpatient diabetes team's existing posts, with a small amount of extra time for
training ward link nurses. Preventing a single long stay after a DKA episode covers the cost of the pump
boxes for several years.
"""),
        ("stakeholders", "5. How were patients and staff involved?", """
<<P:Pump users from our adult diabetes clinic read the first draft of the self-management agreement
and said it read like a disclaimer; they rewrote it so that it begins with what the ward will do for them,
not what they must promise.>> <<P:One of them suggested that the pump box should include a spare
infusion set, as people admitted in an emergency rarely bring one.>>

<<S:Anaesthetists and theatre nurses worked with the inpatient diabetes team to write the theatres
procedure and tested it in a simulation.>> <<S:Radiographers asked for a single checklist covering every
scanner, and that checklist is now used in the MRI and CT departments.>> <<S:Ward nurses on the acute
medical unit tested the pump box for two months and asked for the guide to be shortened to one side.>>
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1344  sudden deterioration in nurse-led satellite dialysis units - docx -
#        bullet lists - PRIVATE dialysis company as primary entrant, with the
#        NHS renal unit and the ambulance service (ineligible) - head of
#        nursing, businesslike - patients and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1344", format="docx", layout="bullet_lists", topic="satellite_dialysis_unit_deterioration_response",
    project="independent84-firstfiveminutes-1344", docx_font="Arial",
    title="The First Five Minutes: responding to sudden deterioration in nurse-led dialysis units",
    cover_table=[
        ("Entry title", "The First Five Minutes: responding to sudden deterioration in nurse-led dialysis units"),
        ("Primary entrant", "Clearstream Renal Services Ltd"),
        ("Partners", "Marrowby University Hospitals NHS Trust (Renal Unit); Marrowby and Coast Ambulance Service NHS Trust"),
        ("Contact", "Head of Nursing, Clearstream Renal Services Ltd"),
    ],
    primary_entrant=dict(name="Clearstream Renal Services Ltd", type="private"),
    partners=[
        dict(name="Marrowby University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Marrowby and Coast Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "Background", """
Clearstream runs three satellite dialysis units for Marrowby University Hospitals, each 20 to 30 miles
from the main renal unit, treating about 190 patients. The units are nurse-led: there is no doctor on
site.

What we found in 2022:

- patients on dialysis can deteriorate suddenly: low blood pressure, chest pain, a heart rhythm problem from high potassium, a reaction, bleeding from a needle site

- our nurses were unsure whether to ring 999 or the renal registrar first, and often did both, losing time

- the ambulance service categorised calls from a 'clinic' as lower priority unless the caller used specific words

- crews arriving did not know the unit's layout or where the patient was, and there was no agreed handover

- there were 4 cardiac arrests in our units in 2022, and in two of them the time from the first deterioration to the 999 call was over ten minutes

Our nurses are experienced and skilled, but they work in small teams, often with only two registered
nurses on a shift, and a serious emergency might happen once every few months in any one unit. That is
not often enough to keep anyone's response sharp. The renal unit's own review of a death in one of our
units in 2022 found that everyone had done their best and that the system had let them down: the nurse
had rung the registrar, who was in clinic, then rung 999, and the call handler had asked a series of
questions designed for a care home rather than a dialysis unit. Nobody in the unit knew the result of the
potassium test taken that morning, because it had gone to the main hospital.

We could not fix this by ourselves. The registrar rota belongs to the trust, the call categories to the
ambulance service, and the units to us.
"""),
        ("evidence", "Results", """
What we introduced from February 2023:

- a one-page 'first five minutes' card at every dialysis station, with triggers for calling 999 straight away

- an agreed script for 999 calls from a dialysis unit, recognised by the ambulance service's call handlers

- a direct line to the renal registrar, called after 999, not instead of it

- a unit plan lodged with the ambulance service showing the entrance and the route to each bay

- monthly emergency simulations in each unit

Results, 2022 compared with 2024:

- <<Q:median time from first deterioration to 999 call fell from 9 minutes to 3 minutes>>

- <<Q:median time from 999 call to ambulance arrival at our units went from 24 minutes to 13 minutes>>

- <<Q:unplanned transfers to the main hospital that needed critical care on arrival fell from 17 to 8>>

- 36 simulations were held in 2024
"""),
        ("stakeholders", "Who took part", """
- <<S:our dialysis nurses and healthcare assistants wrote the first five minutes card in a series of workshops, and chose the triggers based on real events they had managed>>

- <<S:ambulance call handlers and a clinical supervisor listened to recordings of past calls from our units and wrote the 999 script with us>>

- <<S:renal registrars at Marrowby agreed to take calls after 999 rather than before, after they told us they had sometimes delayed a 999 call by asking for more information>>

- <<P:patients at the Harlstone unit took part in a simulation as 'patients' and told us the alarm sound and staff rushing were frightening for people in nearby chairs, so the card now includes a step to reassure other patients>>

- <<P:members of the unit's patient forum asked that the card be visible from the chair, so patients know what staff will do, and it is now mounted on each machine>>
"""),
        ("value", "Value", """
- the cards and simulation kit cost under £2,000

- one avoided critical care admission saves more than the whole cost of the project

- staff tell us they feel calmer and more confident in an emergency

- the direct line to the registrar was created from the trust's existing on-call phone, at no cost

- potassium results from morning bloods taken in the units are now phoned to the unit by the laboratory if they are above 6.5, so the nurses know before the patient deteriorates
"""),
        ("spread", "Spread", """
- Clearstream has rolled out the card to its 14 units across the country

- the ambulance service has added the script to its guidance for calls from all dialysis units, including NHS-run units

- the renal unit has adopted the card in its own main dialysis unit
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)
