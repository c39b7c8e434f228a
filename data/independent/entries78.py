"""Seventy-eighth independent evaluation set (I1233..I1248) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing labour wards, neonatal networks,
perinatal mental health teams, maternity and neonatal voices partnerships, ambulance
services, GP federations, councils, charities, universities, integrated care boards and
the odd company send in, in their own voices and at their own length.  The theme of this
set is maternity and neonatal care: fetal monitoring, postpartum haemorrhage, neonatal
transfers and cooling, perinatal mental health, and women's voices in maternity services.

Topics: a shared fetal monitoring hub watching the labour ward CTGs of two hospitals (an
acute trust with a neighbouring trust, a university human factors centre and a voices
partnership, own headings), intermittent auscultation at home births and the 999 call when
the baby's heart rate is abnormal (an ambulance service, bold headings with a cover table),
cooling babies with suspected brain injury before the transport team arrives (a private
medical device company as primary entrant, lists), a same-week assessment for new and
expectant mothers with red flag mental health symptoms (a mental health trust, no
headings, long), a night-time call for concern line for women on the postnatal ward (a
maternity and neonatal voices partnership as lead, CAPS headings), secondary postpartum
haemorrhage after going home and the out-of-hours call (a GP federation, numbered
questions with cover bullets), time-critical neonatal transfers waiting for an ambulance
(a trust hosting the neonatal network, two columns, no value section), pregnant women
admitted to wards outside maternity (departments of one trust, no partner, a pdf made from
Word), postnatal care for mothers whose babies are moved to another hospital (a neonatal
families' charity, style headings), anaemia in pregnancy treated before labour to lessen
the harm of bleeding (an integrated care board, a form with a cover table), antidepressants
stopped suddenly in early pregnancy (a university lead, rubric headings), Black and Asian
women not being heard at maternity triage (a council public health team with a women's
centre, lists), follow-up for women after a major haemorrhage (a birth trauma charity,
with appendix), a mood-tracking app for perinatal mental health (a private digital
company as primary entrant, numbered questions), recognising babies who need cooling
within six hours across local hospitals (a tertiary neonatal centre, results first) and
the mother's part of the six-to-eight week postnatal check (a primary care network, a
short form with no evidence section).

Lead types and layouts: I1233 nhs_trust (acute), pdf own_headings; I1234
emergency_service (ambulance), docx bold_headings with a cover table; I1235 private, pdf
bullet_lists; I1236 nhs_trust (mental health), docx no_headings; I1237 patient_group
(voices partnership), pdf caps_headings; I1238 primary_care (GP federation), docx
numbered_questions with cover bullets; I1239 nhs_trust (neonatal network host), pdf
two_column; I1240 nhs_trust (no partner), pdf style_headings via soffice; I1241 charity,
docx style_headings; I1242 icb, pdf form_table; I1243 university, docx rubric_headings;
I1244 local_authority, docx bullet_lists; I1245 charity, pdf with_appendix; I1246
private, pdf numbered_questions; I1247 nhs_trust (acute, tertiary), docx reordered; I1248
primary_care (PCN), docx form_table.

Build it with

    .venv/bin/python data/independent/build.py --set 78   (writes data/corpus/independent78/)

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
  * not Q: dates, financial years, bed/ward/unit/practice counts, birth numbers,
    headcounts, numbers trained, activity counts (calls, transfers, referrals, reviews,
    prescriptions, women seen or screened), single figures with no baseline, a zero with
    no earlier figure, figures that did not change, budgets, costs and savings estimates,
    phone numbers, reference numbers, targets not yet reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    (including 'halved', 'a third fewer' and a shift on an SPC chart);
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, volunteers with lived experience, unusual names for
    the groups, list items), wherever in the entry it is told; a peer worker with lived
    experience, employed by a partner, who helped design the work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance services are emergency_service; GP
federations, primary care networks and local pharmaceutical committees are primary_care;
maternity and neonatal voices partnerships are patient_group; neonatal families', birth
trauma and women's centre charities are charity; a university is university; medical
device and digital health companies are private).  A department or team of the
entrant's own organisation is not a partner, and a neonatal network or transport service
hosted by a trust is part of that trust.  Flags are written by hand and build.py
cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1233  shared fetal monitoring hub for two labour wards - pdf - own
#        headings - fetal monitoring lead midwife, careful - acute trust with
#        a neighbouring trust, a university human factors centre and the
#        voices partnership - women and staff involved (one women's change
#        told in the evidence section) - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1233", format="pdf", layout="own_headings", topic="ctg_central_monitoring_hub",
    project="independent78-oneroom-1233", pdf_font="LiberationSans", pdf_align="L",
    title="Fresh Eyes, One Room: a shared fetal monitoring hub for the labour wards at Kelderby and Ousebridge",
    cover=[
        "Lead organisation: Kelderby and Wrayfield Hospitals NHS Foundation Trust (Maternity Services)",
        "Partners: Ousebridge General Hospital NHS Trust; University of Northgate, Centre for Human Factors in Healthcare; Kelderby and Ousebridge Maternity and Neonatal Voices Partnership",
        "Written by the Fetal Monitoring Lead Midwife, on behalf of both labour wards",
    ],
    primary_entrant=dict(name="Kelderby and Wrayfield Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Ousebridge General Hospital NHS Trust", type="nhs_trust"),
        dict(name="University of Northgate", type="university"),
        dict(name="Kelderby and Ousebridge Maternity and Neonatal Voices Partnership", type="patient_group"),
    ],
    sections=[
        ("context", "Why we needed to change", """
Kelderby and Ousebridge are 26 miles apart and between them look after about 7,600 births a year.
Both labour wards use continuous electronic fetal monitoring (the CTG) for women whose pregnancies are
higher risk or whose labour becomes complicated, and on a busy night there can be twelve or more traces
running at once across the two sites.

Almost every serious incident involving a baby's brain injury in labour that we have reviewed over the
last six years has had the same thread running through it. The CTG was showing signs of trouble, often
for an hour or more, and the midwife in the room saw it but read it as reassuring, or escalated it and
was told to wait and review. The hourly 'fresh eyes' check, where a second midwife looks at the trace,
was often done by whoever was nearest, was rushed when the ward was busy, and at night at Ousebridge,
which is the smaller unit, there was sometimes nobody senior enough to act as a true second pair of eyes.

Both trusts had invested heavily in CTG training and competency testing. Pass rates were high. But
training on a quiet afternoon and interpreting a trace at four in the morning, while looking after a
woman who is frightened and in pain, are not the same thing. We came to think that the problem was less
about what midwives knew and more about the conditions in which they were being asked to use it.

In 2022 the two heads of midwifery agreed to try something neither unit could do alone: a single room
where an experienced fetal monitoring midwife watches every CTG on both labour wards, around the clock,
and can call into either room.

One case from 2021 stays with everyone who worked on it. A first-time mother at Ousebridge was induced at
41 weeks and was on a CTG from the early evening. From about 1am the trace showed reduced variability
and then shallow late decelerations. The midwife looking after her asked a colleague for fresh eyes three
times; each time the colleague was in the middle of something else, glanced at the screen from the door
and agreed it was 'probably OK'. The registrar was in theatre with a caesarean. The baby was born by
emergency caesarean at 4.40am, needed resuscitation, and was transferred to the cooling centre. The
investigation did not find a careless midwife. It found a system that relied on busy people
interrupting each other, at night, with nobody whose only job was to look.
"""),
        ("evidence", "What has changed and how we know", """
The hub opened at Kelderby in May 2023. It is staffed 24 hours a day by a band 7 midwife from a rota of
fourteen drawn from both trusts, with the on-call consultant obstetrician at each site a phone call
away. Every CTG on either labour ward is shown on the hub screens with a traffic-light flag from the
monitoring software. The hub midwife does the fresh eyes review for every trace every hour, and rings
the labour ward coordinator on the site concerned if she is worried.

<<Q:In the two years before the hub, audit of 400 traces found the hourly fresh eyes review was missed or
more than 20 minutes late in 27% of hours; in the eighteen months since, it has been missed or late in
4%.>> <<Q:The time between a CTG first meeting the criteria for a pathological trace and a senior
obstetric review fell from a median of 48 minutes to 14 minutes.>> <<Q:Term babies born at either unit
who needed therapeutic cooling for hypoxic-ischaemic encephalopathy fell from 2.3 per 1,000 births in
2021/22 to 1.1 per 1,000 in 2023/24.>>

The rate of emergency caesarean birth for suspected fetal compromise was 8.1% before the hub and 8.3%
afterwards, which reassures us that the hub is not simply driving more operations.

<<P:When we went back to women who had been in labour while the hub was running, some told us that a
phone ringing in the room, and the midwife then looking anxious, had frightened them, so at their
suggestion the hub now sends a message to the coordinator's handset instead of phoning the room unless
it is an emergency.>>
"""),
        ("stakeholders", "How people were involved", """
<<S:The idea was tested in a simulation run by the University of Northgate's human factors team, in which
labour ward midwives and registrars from both sites worked through real anonymised traces while
researchers watched where attention and communication broke down.>> <<S:The midwives in that simulation
told us that a second opinion from someone who did not know the woman was only useful if it came with a
clear action, so every hub review now ends with one of three words: continue, review or act.>> <<S:The
labour ward coordinators at Ousebridge were worried that the hub would be seen as Kelderby checking up on
them, and they asked that the rota include their own senior midwives, which it does.>>

<<P:The voices partnership ran two listening sessions with women who had had a baby cooled or a
difficult birth at either hospital, and the women asked that the hub midwife's review be recorded in the
notes in plain words, so that they can read later what was seen and when.>> <<P:One mother, whose son
was cooled at Ousebridge in 2021, sat on the project board throughout and reviewed every version of the
escalation guide.>>
"""),
        ("value", "Value for money", """
The hub costs about £540,000 a year in midwifery time, shared between the two trusts, plus a one-off
£95,000 for screens and software licences. A single brain injury at birth can lead to a claim of many
millions of pounds, but the more important cost is to the child and family. Staff say that working in
the hub is a way of using their experience without the physical strain of a long labour ward shift, and
two senior midwives who were thinking of leaving have stayed on to work on the rota.

There have been less visible benefits too. Junior midwives on both sites say that having an
experienced colleague available to talk a trace through, at any hour, has been the best CTG teaching
they have had. The hub midwives keep a log of the traces they discuss, and the anonymised examples are
used in the monthly fetal monitoring meetings at both hospitals, so the learning from one site now
reaches the other.
"""),
        ("spread", "Sharing what we have learned", """
The local maternity and neonatal system has asked us to look at whether the third unit in the area can
join the hub in 2025. We have shared the hub's standard operating procedure and rota model with the
regional maternity safety network, and the University of Northgate has written up the simulation method
so that other units can run it with their own staff. We would stress to anyone copying this that the
technology is the easy part; what makes it work is that both labour wards trust the person in the room.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1234  intermittent auscultation at home births and the 999 call - docx -
#        bold headings with a cover table - ambulance service consultant
#        midwife, direct - ambulance service with two trusts' community
#        midwifery teams - staff involved - NO patient involvement (women sent
#        a leaflet, a survey after which nothing changed, a negation, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1234", format="docx", layout="bold_headings", topic="home_birth_fetal_heart_999_call",
    project="independent78-listeningin-1234", docx_font="Arial",
    title="Listening In: getting help fast when a baby's heart rate is abnormal at a home birth",
    cover_table=[
        ("Entry title", "Listening In: getting help fast when a baby's heart rate is abnormal at a home birth"),
        ("Lead organisation", "Tamsworth and Wyre Ambulance Service NHS Trust"),
        ("Partner organisations", "Wyre Valley Hospitals NHS Trust (Community Midwifery); Saltmere General Hospital NHS Foundation Trust (Community Midwifery and Birth Centre)"),
        ("Entrant", "Consultant Midwife, Tamsworth and Wyre Ambulance Service"),
    ],
    primary_entrant=dict(name="Tamsworth and Wyre Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Wyre Valley Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Saltmere General Hospital NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Background", """
About 420 women a year give birth at home in our area, and another 900 in the freestanding birth centre
at Saltmere. At a home birth the midwife listens to the baby's heart with a handheld Doppler at set
intervals, which is called intermittent auscultation. If she hears something worrying, such as a slow
heart rate after contractions, the safe thing is usually to get the woman to the obstetric unit quickly.

For the midwife, that means a 999 call. Until 2023, that call went into the same queue as every other
999 call and was assessed using the same questions. A midwife calling for help was asked whether the patient was breathing and conscious, and a woman in established labour with a worrying fetal heart could end up coded as 'maternity - no immediate threat to life'. In the worst case we reviewed, a
midwife in a village eleven miles from hospital waited 57 minutes for an ambulance while she recorded a
baby's heart rate dropping with every contraction.

There was also confusion once the crew arrived. Paramedics did not always know what the midwife needed
from them, midwives were not sure whether to travel in the ambulance or follow in their car, and the
receiving labour ward was often not told until the ambulance was already on its way.

The ambulance service had its own frustrations. Crews arriving at a home birth found a midwife who had
been on her own for an hour, a woman on the bedroom floor and a birth partner who had been told to 'go
and open the front door'. They were not always sure whether the priority was getting the woman down the
stairs fast or waiting for the midwife to finish her assessment, and in some houses getting a stretcher
chair up a narrow staircase took longer than the drive to hospital.

None of us could fix this on our own. The ambulance service controls how calls are categorised and
dispatched, but only the midwives could tell us what information mattered, and only the labour wards
could make sure the team was waiting at the door.
"""),
        ("evidence", "Evidence of improvement", """
From April 2023 a midwife at a home birth or in the birth centre calls a dedicated number that is
answered in our emergency operations centre by a clinician. She gives a short structured message, using
the words 'abnormal fetal heart' if that is the reason, and the call is immediately given a category 2
response with a note to the crew. The clinician then rings the receiving labour ward so they are ready
when the woman arrives.

<<Q:The average time from the midwife's call to the ambulance arriving for an abnormal fetal heart fell
from 31 minutes in 2022/23 to 17 minutes in 2023/24.>> <<Q:Calls about abnormal fetal heart rates that
were wrongly given a category 3 or 4 response went from 38% to none in the most recent six months.>>
<<Q:Labour wards that were told the woman was coming before the ambulance left the house rose from
around one call in five to nineteen calls in twenty.>>

In the year we had 196 calls to the dedicated number, 71 of them for an abnormal fetal heart.
"""),
        ("stakeholders", "Involvement", """
<<S:The call script was written by a working group of six community midwives from both trusts, two
emergency operations centre clinicians and a paramedic team leader, and the midwives insisted that the
first words of the call had to be the reason for the transfer, not the address, because that is what
decides the category.>> <<S:Paramedics who had attended home births asked for a laminated checklist in
every vehicle explaining what a midwife might ask them to do, and they tested three drafts on shift
before settling on the one we use.>> <<S:Labour ward coordinators at both hospitals changed their own
process after a month, asking the clinician to ring the coordinator's mobile rather than the ward
landline, which is often not answered quickly.>>

Women booking a home birth are now given a leaflet that explains that their midwife has a direct line to
the ambulance service if she needs it. We sent a questionnaire to women who had transferred in by
ambulance during the first year, and the replies were very positive, so we made no changes. We did not
involve women in designing the call script, because it is a clinical process between professionals. We
would like to work with the maternity and neonatal voices partnerships in both areas on the leaflet
next year.
"""),
        ("value", "Value", """
The dedicated number uses an existing line in the emergency operations centre and the clinician's time
is about four minutes per call. The laminated checklists cost under £300. Midwives say they no longer
feel alone on the phone at the worst moment of a birth, and crews say they know what is expected of
them when they walk in. A faster transfer of a baby in distress is the difference that matters.

There is also a benefit for women who never need the service. Knowing the line is there has made community midwives more willing to support home births for women who want one, and both trusts have seen a small rise in the number of women choosing to give birth at home.
"""),
        ("spread", "Spread", """
The dedicated number has been extended to the third trust in our area, which runs two small birth
centres, and to independent midwives working in the region. We have shared the script with the national
ambulance maternity leads' network and two other ambulance services have asked for it.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1235  cooling babies with suspected brain injury before the transport
#        team arrives - pdf - lists - PRIVATE medical device company as
#        primary entrant, with the transport service's host trust, a district
#        hospital and a neonatal families' charity (ineligible) - product
#        manager, upbeat - parents and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1235", format="pdf", layout="bullet_lists", topic="neonatal_cooling_before_transport",
    project="independent78-coolstart-1235", pdf_font="LiberationSans", pdf_align="L",
    title="Cool From the Start: safe cooling of babies with suspected brain injury while they wait for the transport team",
    cover=[
        "Submitted by Nivalis Medical Ltd",
        "With Brackenwood University Hospitals NHS Foundation Trust (Fellside Neonatal Transport Service), Eskmouth District Hospital NHS Trust and Small Steps Neonatal Families (registered charity)",
        "Contact: Clinical Partnerships Manager, Nivalis Medical",
    ],
    primary_entrant=dict(name="Nivalis Medical Ltd", type="private"),
    partners=[
        dict(name="Brackenwood University Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Eskmouth District Hospital NHS Trust", type="nhs_trust"),
        dict(name="Small Steps Neonatal Families", type="charity"),
    ],
    sections=[
        ("context", "The problem", """
Babies who are short of oxygen around the time of birth can develop a brain injury called
hypoxic-ischaemic encephalopathy. Cooling the baby's body to 33.5 degrees for three days reduces the
risk of death and disability, but it works best if started within six hours of birth. Full cooling is
only done in a few specialist centres, so babies born in a district hospital have to be transferred.

What we found when we started talking to the Fellside transport team in 2022:

- babies were often waiting two to four hours at the local hospital for the transport team to arrive

- local staff were told to start 'passive cooling', which means turning off the heater and taking off the baby's hat and blankets

- without continuous temperature monitoring, some babies cooled too much, below 32 degrees, which is dangerous in itself

- others barely cooled at all, because the unit was warm and staff were nervous about letting a newborn get cold

- rectal temperature probes were not always stocked in the smaller units, so temperatures were taken under the arm every 15 minutes, when someone remembered

- parents were often confused and frightened about why their baby was being left without clothes

- the transport team's consultant, advising by phone, had no way of seeing what was happening to the baby's temperature and had to rely on numbers read out over a crackly line

- in the network's own review of 2021 and 2022, a quarter of babies arriving at the cooling centre were outside the safe temperature range

Nivalis Medical makes cooling equipment for neonatal intensive care. We had been asked by the transport service whether a smaller, simpler version could be used safely in local units by staff who cool a baby perhaps twice a year, and whether the temperature could be shared with the transport team in real time.
"""),
        ("evidence", "What we did and what changed", """
- since March 2023 all five local neonatal units in the Fellside network have had a small servo-controlled cooling mattress and a continuous rectal temperature probe, which we supply and maintain

- the transport team's consultant can see the baby's temperature on a tablet and talk local staff through adjusting the target

- a one-page 'cool from the start' guide sits on the mattress trolley

- <<Q:babies arriving at the cooling centre with a temperature in the target range of 33 to 34 degrees rose from 41% in 2021/22 to 86% in 2023/24>>

- <<Q:babies who were over-cooled to below 32 degrees before the transport team arrived went from 9 in 2021/22 to 1 in 2023/24>>

- <<Q:the median time from birth to reaching target temperature fell from 5 hours 10 minutes to 2 hours 35 minutes>>

- 58 babies were cooled using the mattresses in the first eighteen months
"""),
        ("stakeholders", "Who was involved", """
- <<S:neonatal nurses at Eskmouth tried the first mattress for three months and told us the alarms were too loud and too frequent for a small unit at night, so the alarm settings were changed in the software>>

- <<S:the transport team's nurses and consultants wrote the one-page guide with the local units' practice educators and changed it twice after feedback>>

- <<P:parents from Small Steps Neonatal Families, whose babies had been cooled, told us that seeing a nurse take their baby's clothes off with no explanation was one of the worst moments, and they wrote the short card that staff now give parents explaining what cooling is and why it starts before the transport team comes>>

- <<P:the same parents asked for a space on the card for the time their baby was born, so they can follow the six-hour window themselves, and it is there now>>

- all nursing and medical staff in the five units were trained by our clinical specialists
"""),
        ("value", "Value", """
- the mattresses are provided under a five-year managed service agreement with the host trust, at about £4,200 per unit per year including maintenance and probes

- the charity raised money for the parents' cards and for a camera on each mattress trolley so that parents can have a photo of their baby before transfer

- staff say they now feel in control instead of guessing

- for parents, the photo and the card have mattered more than we expected; several have told the charity that the card was the first thing anyone gave them that explained what was happening

- a baby cooled outside the target range is more likely to have complications on arrival, so fewer out-of-range arrivals also means an easier start to intensive care
"""),
        ("spread", "Spread", """
- two other neonatal networks are now piloting the same approach

- we presented the results, with the transport team, at the national neonatal transport group meeting in 2024

- the servo-controlled mattress is now part of the network's standard equipment list for any unit that delivers babies, and the one-page guide is on the network's website
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1236  same-week assessment for mothers with red flag mental health symptoms
#        - docx - no headings - long - consultant perinatal psychiatrist,
#        reflective - mental health trust with a GP federation and a peer
#        support charity - women and a partner involved - NO staff involvement
#        (GPs and health visitors trained and briefed, a named lead doing her
#        job, a staff survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1236", format="docx", layout="no_headings", topic="perinatal_mental_health_red_flag_assessment",
    project="independent78-seenthisweek-1236", docx_font="Georgia",
    title="Seen This Week: a fast route to specialist help for new and expectant mothers with red flag symptoms",
    cover=[
        "Ashcombe and Tarrow Mental Health NHS Foundation Trust, Specialist Perinatal Mental Health Service (lead)",
        "With Tarrow GP Federation and Mothers Together Tarrow (peer support charity)",
        "Dr Miriam Elsworth, Consultant Perinatal Psychiatrist and clinical lead",
    ],
    primary_entrant=dict(name="Ashcombe and Tarrow Mental Health NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Tarrow GP Federation", type="primary_care"),
        dict(name="Mothers Together Tarrow", type="charity"),
    ],
    sections=[
        ("context", None, """
Suicide is one of the leading causes of death for women in the year after they have a baby. When the
national confidential enquiries have looked back at these deaths, the same warning signs keep coming up:
a recent, marked change in a woman's mental state, new thoughts of violent self-harm, a sense of being
estranged from the baby, or a woman who says she is a burden and her family would be better off without
her. These are often called red flag symptoms, and the guidance is clear that a woman who has them should
be seen by a specialist perinatal mental health team quickly.

In Ashcombe and Tarrow, in 2021, quickly was not what happened. Referrals to our service came from GPs,
midwives and health visitors, on a referral form that asked thirty questions and was triaged twice a
week. A woman with red flag symptoms might be seen in a few days if the person referring her rang us and
was insistent, or in three weeks if the form was sent and nobody followed it up. Some GPs, not knowing
what else to do, sent women to the emergency department, where they waited for hours in an environment
that is frightening for a woman with a new baby, and were then seen by a liaison team that often had no
perinatal training.

The review that brought this home to us was of a woman I will call Hannah, who was referred by her GP
eleven days after the birth of her second child. The GP letter described her as 'low and anxious'; it
did not mention that she had told the GP she had started to think about walking into the river near her
home. The form was triaged as routine. She was admitted to a mother and baby unit five weeks later, after
her husband found her at the riverbank in the early hours. She survived, but the review found that the information needed to see her within days was in the GP's
own notes from the first appointment.

Looking at the wider picture, Hannah's story was not unusual. Of the women we assessed in 2021 who had
red flag symptoms, many had told a professional about them at least once before the referral that
reached us. The information existed. It was lost in the gap between a long form, a twice-weekly triage
meeting and a service that was not set up to answer the phone to a worried GP.
"""),
        ("evidence", None, """
Seen This Week started in September 2022. It has three parts. First, the thirty-question referral form
was replaced by a single page with five red flag questions at the top. Any 'yes' turns the referral into
a same-week referral, and the referrer is asked to ring our duty line as well as sending it. Second, the
duty line is answered from 9am to 7pm on weekdays and 10am to 4pm at weekends by a perinatal mental
health nurse, who can offer an assessment slot within five days, usually at home or at the GP surgery.
Third, any woman waiting for assessment is offered a daily phone call or text from a trained peer
supporter at Mothers Together Tarrow until she is seen, and the peer supporter can ring the duty nurse
directly if she is worried.

We looked at every referral in the twelve months before the change and the two years after.
<<Q:Women with one or more red flag symptoms who were assessed by the perinatal team within seven days of
referral rose from 31% in 2021/22 to 89% in 2023/24.>> <<Q:The median wait for these women fell from 16
days to 4 days.>> <<Q:Women in the perinatal period sent to the emergency department by their GP for a
mental health assessment fell from 74 in 2021/22 to 29 in 2023/24.>> Admissions to a mother and baby unit
were 19 in the year before and 21 in the most recent year, which we think reflects earlier recognition
of women who needed admission rather than any worsening.

In the same two years there were 1,420 referrals to the service, of which 388 had red flag symptoms.
The peer supporters made just over 2,600 daily calls or texts. There have been no deaths by suicide
among women in contact with our service in that time, though we are cautious about drawing conclusions
from small numbers.
"""),
        ("stakeholders", None, """
<<P:The most important influence on the design was women who had been through it.>> <<P:Hannah and four other
women who had been cared for by our service, and who had each waited too long, met with us six times
over the spring of 2022 and went through the old referral form line by line, striking out every
question that they said no GP would have time to ask in a ten-minute appointment.>> <<P:It was these
women who chose the wording of the red flag questions, replacing our phrase 'intrusive thoughts of harm'
with 'thoughts of hurting yourself that frighten you', because they said they would never have admitted
to the first but would have said yes to the second.>> <<P:They also asked that no woman should be
left to wait alone, and the daily contact from a peer supporter came directly from that request.>>

<<P:Hannah's husband, Daniel, talked to us about what it had been like for him, and he asked that
partners be given the duty line number too, so that a worried partner could ring it himself; that is
now printed on the card given to every woman referred.>>

GPs in the federation were trained in using the new form at two protected learning time sessions, and
health visitors and community midwives were briefed at their team meetings by our nurse consultant. The
pathway itself was written by me as clinical lead, and signed off through the trust's usual governance.
We sent a short online survey to GP practices after six months, and as most respondents were happy with
the form, it was left as it was. We intend to set up a clinical reference group with primary care,
maternity and health visiting in 2025 to look at the next stage.
"""),
        ("value", None, """
The duty line needed an extra 1.6 whole-time equivalent nurses to cover evenings and weekends, at about
£92,000 a year, which the integrated care board funded from perinatal mental health transformation money.
The peer support calls cost Mothers Together Tarrow about £18,000 a year, mainly in coordination, and the
charity has been given a three-year grant for this. Every woman who is seen at home within days rather
than sent to the emergency department saves an attendance and a liaison assessment, and often a
crisis later on.

The real value is harder to put a price on. Women tell us that being asked the right question made it
possible to say what was happening to them. One woman wrote to us: "Somebody rang me the next morning
and the morning after that. I didn't have to hold it together until an appointment three weeks away."
GPs tell us they feel less alone with the most frightening consultations of their working week.

We also think the service is fairer than it was. Before, the women who were seen fastest were the ones
whose GP was persistent or who had a partner who knew how to push. Now the questions decide, not the
confidence of the person making the referral.

There were costs we had not expected. Many of the women referred as red flag did not, when assessed, need specialist care, and the number of assessments rose. We decided that was a
price worth paying: a woman assessed at home who turns out to need only support from her health visitor
has still been listened to, and the team now has a quick route to hand her back with a written plan.
"""),
        ("spread", None, """
The single-page form has been adopted by the neighbouring perinatal service, which covers two other
integrated care boards, and the regional perinatal mental health network has asked to use it as the
basis for a shared form across the region. We have presented Seen This Week at the national perinatal
mental health conference and at the local maternity and neonatal system's safety meeting. Mothers
Together Tarrow has shared its daily contact model with peer support charities in three other counties.

The lesson we would pass on is a simple one. The women were already telling someone what was wrong.
Our job was to make the system hear it the first time.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1237  night-time call for concern line on the postnatal ward - pdf - CAPS
#        headings - voices partnership chair, forthright - voices partnership
#        with the acute trust - women and staff involved - NO quantitative
#        evidence (call counts, a single figure, a target, dates)
# ---------------------------------------------------------------------------
entry(
    id="I1237", format="pdf", layout="caps_headings", topic="postnatal_ward_call_for_concern",
    project="independent78-hearmenow-1237", pdf_font="DejaVuSans", pdf_align="L",
    title="HEAR ME NOW: A CALL FOR CONCERN LINE FOR WOMEN AND BIRTH PARTNERS ON THE POSTNATAL WARD",
    cover=[
        "LEAD: Hollowmere Maternity and Neonatal Voices Partnership",
        "PARTNER: Hollowmere and Dunsby Hospitals NHS Trust (Women's Services)",
        "SUBMITTED BY: Chair, Hollowmere MNVP",
    ],
    primary_entrant=dict(name="Hollowmere Maternity and Neonatal Voices Partnership", type="patient_group"),
    partners=[
        dict(name="Hollowmere and Dunsby Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "WHY WE DID IT", """
For three years running, the biggest theme in the feedback we collected about Hollowmere's maternity
services was the postnatal ward at night. Women told us about ringing the call bell and waiting, about
being told their pain was normal, about telling a midwife that their baby seemed floppy or was not
feeding and being reassured without anyone looking. Birth partners who had gone home at the end of
visiting hours told us they had received worried text messages at two in the morning and had no idea who
to ring.

Most of the time the reassurance was right. But a handful of the stories we heard ended with a woman who
had a serious infection or a bleed that was picked up late, or a baby who was later admitted to the
neonatal unit with low blood sugar or an infection. In almost every one, the woman or her partner had
said something was wrong hours before anyone acted.

We knew about the campaigns in adult hospitals giving patients and families the right to ask for a
review from someone outside the ward team. We asked the trust whether the same thing could work on a
postnatal ward, where the patients are usually well, the staffing at night is thin and women often feel
they are being a nuisance for asking.

The trust's own figures told part of the same story. Complaints about postnatal care had been the
largest single category of maternity complaints for three years, and incident reports about delayed
escalation on the postnatal ward came disproportionately from nights and weekends. The trust's
leadership agreed that the partnership should lead the project, with the trust providing the staff time
and changing its policies where needed.
"""),
        ("evidence", "WHAT HAS HAPPENED SO FAR", """
The Hear Me Now line went live on 4 March 2024. Any woman on the postnatal ward, or her birth partner at
home, can ring or text a number that goes straight to the maternity bleep holder, who is a senior
midwife not working on the ward that shift. She must call back within 30 minutes and come to see the
woman if either of them thinks it is needed. The number is on a card on every bed, on the wristband
envelope given to partners, and on the ward's welcome screen.

In the first nine months the line received 64 calls, 23 of them from partners at home. Eleven calls led
to a doctor's review that night, and in four of those a change in treatment was made. Our target is for
every call to be answered within 30 minutes; the most recent quarterly audit found 91% were.

We ran a follow-up survey with 120 women who had stayed on the postnatal ward since the launch, and 84%
said they knew who to call if they were worried. We did not ask this question before the line started,
so we cannot say whether that is better than it was. The trust's next maternity survey will give us a
comparison in 2025.
"""),
        ("stakeholders", "WHO TOOK PART", """
<<P:This project was led by women.>> <<P:Seven women who had given birth at Hollowmere in the previous two
years, and three birth partners, met with us over four evenings to design the line, and they decided that
it had to reach someone who was not on the ward, because they said they would never complain about the
midwife who would be looking after them for the rest of the night.>> <<P:A dad in the group, whose wife
had a sepsis that was missed for several hours, asked for partners at home to be able to text rather than
ring, because you cannot always talk freely in the car park or on a night bus, and texting was added.>>
<<P:Women from the partnership's Urdu and Polish speaking groups checked the card and asked for the
number to be printed in large digits with the words kept to a minimum, which we did.>>

<<S:Night-shift postnatal midwives met with us twice and were honest that they were worried about being
undermined, and together we agreed that the bleep holder would always speak to the ward midwife first,
so that the response is a conversation rather than a complaint.>> <<S:The bleep holders tested the phone
and text set-up for two weeks before launch and asked for a simple log on their handheld device, which the
trust's digital team built.>> <<S:The trust's maternity safety champions, a consultant obstetrician and
the director of midwifery, sit on our steering group and agreed changes to the escalation policy.>>
"""),
        ("value", "WHAT IT COSTS AND WHY IT MATTERS", """
The line uses the existing bleep holder role, so the only new costs were a mobile phone contract and
printing, under £1,500 in the first year. Women have told us that just knowing the card was there made
them feel safer, whether or not they used it. Midwives say that most calls are sorted with a
conversation, and that they would rather be called early than find out later that a worry was missed.

It has also changed the relationship between the partnership and the trust. Before this, we were asked
to comment on leaflets. <<S:Now the director of midwifery brings the Hear Me Now log to our quarterly meeting, and we go through every call together.>>
"""),
        ("spread", "SHARING IT", """
The trust has agreed to extend Hear Me Now to the antenatal ward and to the birth centre at Dunsby in
2025. We have shared the card, the log and the policy wording with the other voices partnerships in our
region, and spoke about the project at the regional maternity safety champions' meeting.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1238  secondary postpartum haemorrhage after going home - docx - numbered
#        questions with cover bullets - GP federation urgent care clinical
#        lead, conversational - GP federation with the ambulance service and
#        the acute trust - women involved (passive voice, told in the context
#        section) and staff involved - a 'halved' claim - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1238", format="docx", layout="numbered_questions", topic="secondary_pph_out_of_hours",
    project="independent78-stillbleeding-1238", docx_font="Calibri",
    title="Still Bleeding at Home: secondary postpartum haemorrhage and the out-of-hours call",
    cover=[
        "Lead entrant: Wendholme GP Federation (Wendholme Integrated Urgent Care)",
        "Entry prepared by the Clinical Lead for Urgent Care",
    ],
    cover_bullets=[
        "Partner: East Marches Ambulance Service NHS Trust",
        "Partner: Wendholme Royal Infirmary NHS Foundation Trust (Maternity Services)",
    ],
    primary_entrant=dict(name="Wendholme GP Federation", type="primary_care"),
    partners=[
        dict(name="East Marches Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Wendholme Royal Infirmary NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "1. What was the issue and why was a partnership needed?", """
Most people think of postpartum haemorrhage as something that happens in the delivery room. A smaller
but important group of women bleed heavily days or weeks later, at home, usually because of retained
placental tissue or an infection in the womb. This is called secondary postpartum haemorrhage. It can
start slowly, with clots and a smell, or suddenly, with a gush of blood in the bathroom at night.

Our federation runs the out-of-hours GP service and the clinical assessment service that takes calls
from NHS 111 for Wendholme. When we looked back at a serious incident in 2022, in which a woman bled for
most of a Saturday before she was taken to hospital by ambulance and needed a transfusion and surgery,
we found that she had spoken to three different services. Each of them had treated her call as 'heavy
period-type bleeding' and advised her to use pads and ring back if it got worse. None of them had asked
how long ago she had given birth.

The account that changed our thinking did not come from the notes. <<P:Three women who had been through a late bleed were interviewed at home by our patient safety lead and a community midwife, and what they described was the same each time: they were not sure it was serious, they did not want to bother anyone, and when they rang, nobody asked the question that would have made it obvious.>> <<P:Those interviews
were used, word for word in places, to write the opening questions of the new call template, and each of
the three women was sent the draft and asked whether it would have helped her, with two of them asking
for changes that were made.>>

We needed the ambulance service, because many of these calls end up with them, and the maternity unit,
because the right place for these women is usually the maternity assessment unit and not the general
emergency department.

When we looked at the year before the change, we found that calls about bleeding after a birth were
spread across every part of the urgent care system: NHS 111, our clinical assessment service, the
out-of-hours GP base, the ambulance service and the general emergency department. Nobody held the
whole picture, and no single organisation had ever counted them.
"""),
        ("evidence", "2. What has improved and how do you know?", """
Since June 2023, any caller to our clinical assessment service or out-of-hours GP line who is bleeding
from the vagina is asked, as the first clinical question, whether she has had a baby, a miscarriage or
a termination in the last twelve weeks. If she has, the template prompts five further questions about
the amount of bleeding, clots, smell, fever and dizziness. Depending on the answers the call is passed
straight to the maternity assessment unit's triage midwife, or an ambulance is requested with the words
'postnatal bleeding' so the crew and the receiving unit know what to expect.

We reviewed all the calls about bleeding after a birth in the year before and the year after the change.
<<Q:The time from a woman's first call to her being seen by a maternity clinician roughly halved, from a
median of 6 hours 20 minutes to 3 hours 5 minutes.>> <<Q:Women with a secondary haemorrhage who arrived
at hospital having needed a blood transfusion or with signs of shock fell from 11 in 2022/23 to 4 in
2023/24.>> <<Q:Calls in which the woman was told to manage at home and then rang back within 24 hours
went down from 19% to 6%.>>

In the year after the change 312 calls went through the new template.
"""),
        ("spread", "3. Has the work spread?", """
NHS 111 in the region has added the same first question to its own assessment for vaginal bleeding
after we shared the template with the provider. The ambulance service has included the 'postnatal
bleeding' call category in its guidance for control room clinicians across all its sites. We have also
sent the template to the other out-of-hours providers in our integrated care system.
"""),
        ("value", "4. What is the value for money and the difference to people?", """
The template change cost nothing except clinical time. A transfusion and an operation to remove
retained tissue, plus a longer stay, can cost several thousand pounds, and for a woman with a new baby
being away from home is costly in other ways too. Call handlers and GPs say that they feel more
confident with these calls. The maternity assessment unit says it now gets a clear handover instead of
a woman arriving unannounced.

We have also found that the first question, about a recent birth, miscarriage or termination, picks up
women with other problems too: infections after a miscarriage, and a small number of women with an
undiagnosed ectopic pregnancy. The template now routes those calls to the early pregnancy unit in the
same way.
"""),
        ("stakeholders", "5. Who was involved and how?", """
<<S:Our call handlers and out-of-hours GPs tested three versions of the template on recorded calls, and
the call handlers pointed out that asking 'have you recently had a baby' missed women who had had a
miscarriage, so the wording was widened.>> <<S:Triage midwives at the maternity assessment unit agreed
which answers should come straight to them and asked for a callback number to be passed over with every
referral.>> <<S:Clinicians in the ambulance service's emergency operations centre reviewed the words
used when requesting an ambulance and suggested the short phrase 'postnatal bleeding', which their
system recognises.>>

<<P:The safety-netting text sent to women after a call was read aloud at a baby café in Wendholme, and
the mothers there said the word 'lochia' meant nothing to them, so it now says 'bleeding after birth'.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1239  time-critical neonatal transfers waiting for an ambulance - pdf - two
#        columns - neonatal network manager, matter-of-fact - trust hosting the
#        neonatal network and transport service, with the ambulance service and
#        the ICB - parents and staff involved - NO value section
# ---------------------------------------------------------------------------
entry(
    id="I1239", format="pdf", layout="two_column", topic="neonatal_transfer_ambulance_delays",
    project="independent78-nowaitbaby-1239", pdf_font="LiberationSerif",
    title="No Waiting for Wheels: time-critical neonatal transfers and the ambulance they depend on",
    cover=[
        "Skerne Valley Hospitals NHS Foundation Trust, host of the Skerne and Holm Neonatal Operational Delivery Network and the Skerne and Holm Neonatal Transport Service (lead); North Ridings Ambulance Service NHS Trust; NHS Skerne and Holm Integrated Care Board",
        "Entry by the Neonatal Network Manager",
    ],
    primary_entrant=dict(name="Skerne Valley Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="North Ridings Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="NHS Skerne and Holm Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "The problem", """
Our neonatal transport service moves about 1,100 babies a year between the nine neonatal units in the
network. Some of these are planned moves back to a hospital nearer home. Around 180 a year are time
critical: a baby who needs surgery, cooling, or intensive care that the local unit cannot provide.

The transport team brings its own incubator, ventilator and staff, but it does not own the vehicles.
Since 2019 the vehicles and drivers have been provided by the ambulance service from its general
fleet. When the ambulance service was under pressure, the neonatal team would be ready to go and then
wait, sometimes for hours, for a vehicle and crew to be released from the 999 queue.

In the winter of 2022/23 we logged 41 time-critical transfers where the team waited more than an hour
for a vehicle. One baby with a twisted bowel waited almost three hours at a district hospital before
reaching the surgical centre, and lost a large part of his small intestine.

The neonatal transport team and the ambulance service had each been doing their best within their own
rules. The ambulance control room, faced with a queue of 999 calls for patients waiting at home, did not
see a call from an incubator team in a hospital as the most urgent. The transport team, for its part,
booked its vehicles by phone and logged the waits in its own spreadsheet, which the ambulance service
never saw. Both services reported the same incidents separately, to different governance meetings, and
neither could see the full picture.

Funding was the other barrier. The ambulance service's contract had never been costed for a dedicated
neonatal vehicle, and the neonatal network had no budget for one. The integrated care board, which
commissions both, was the only body that could agree a solution that crossed those lines.
"""),
        ("evidence", "What changed", """
From April 2023 the ambulance service, the network and the integrated care board agreed three changes. A
dedicated vehicle, fitted to carry the neonatal incubator system, is based at the transport service's
hub with its own driver rota from 8am to midnight. Outside those hours, a time-critical neonatal transfer
is given the same priority by ambulance control as a category 2 emergency call. And both services now
use one shared log, so any wait over 30 minutes is reviewed jointly within a week.

<<Q:The median wait for a vehicle for time-critical transfers fell from 52 minutes in 2022/23 to 9
minutes in 2023/24.>> <<Q:Time-critical transfers with a wait of more than an hour went from 41 to 3.>>
<<Q:Babies needing cooling who reached the cooling centre within six hours of birth rose from 63% to
90%.>>

The dedicated vehicle made 702 journeys in its first year.

<<S:Staff from both services meet to review every wait over 30 minutes, 27 so far, most of them overnight when the dedicated vehicle is off duty, and each review has led to at least one change, such as moving the vehicle's shift later on Fridays when the log showed a cluster of late evening transfers.>>
"""),
        ("stakeholders", "Who was involved", """
<<S:Transport nurses and drivers from both services spent a day together on a table-top exercise,
running through real delays from the log, and the drivers suggested the shared log should record the
time the vehicle was requested, not the time it was allocated, because that was where the delay was
hidden.>> <<S:Ambulance control room managers agreed the wording of the priority code with the transport
consultants.>> <<S:Neonatal unit managers across the network helped decide the hours of the dedicated
vehicle, using their own records of when urgent transfers were needed.>>

<<P:Parents from the network's family advisory group told us that the waiting was the hardest part,
because the team would arrive and then nothing would happen, and at their request the transport nurse
now explains to parents what is being waited for and gives them an expected time.>> <<P:Two of these
parents spoke at the ICB board meeting that agreed funding for the vehicle.>>

<<S:The integrated care board's maternity and children's commissioners chaired the monthly project meetings, at which the drivers' and nurses' proposals were agreed.>> The ICB funded the dedicated vehicle from the winter resilience budget, before making it recurrent from April 2024.
"""),
        ("spread", "Sharing the learning", """
The shared log and the priority code have been taken up by one neighbouring network. We have presented
the joint review process at the national neonatal transport group, and the ambulance service is using
the same approach for paediatric intensive care retrievals.

The most useful thing we can pass on is the shared log. Until both services were looking at the same
record of the same waits, each of us believed the problem sat with the other. Once the log existed, the
conversation changed from blame to planning.
"""),
    ],
    flags=[dict(code="missing_section", criterion="value")],
)


# ---------------------------------------------------------------------------
# I1240  pregnant women admitted to wards outside maternity - pdf (via Word) -
#        style headings - departments of one trust (maternity, emergency
#        department, medicine, surgery), no partner (ineligible) - obstetric
#        consultant, measured - staff involved - NO patient involvement
#        (women as beneficiaries, leaflets, a survey that changed nothing,
#        a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1240", format="pdf", layout="style_headings", topic="pregnant_women_outlying_wards",
    project="independent78-rightcare-1240", render_via="soffice", docx_font="Liberation Serif",
    title="Pregnant, Wherever You Are: safe care for pregnant women admitted to non-maternity wards",
    cover=[
        "Brennock General Hospital NHS Trust",
        "A partnership between the trust's Maternity Service, Emergency Department, Acute Medicine and General Surgery divisions",
        "Lead author: Consultant Obstetrician and Maternal Medicine Lead",
    ],
    primary_entrant=dict(name="Brennock General Hospital NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Background", """
Every year about 300 women who are pregnant are admitted to Brennock General under a team other than
maternity: with appendicitis or gallstones, a chest infection, a kidney infection, a broken leg, severe
vomiting or a complication of a long-term condition. They are cared for on surgical, medical or
orthopaedic wards by staff who rarely look after pregnant women.

National reports into maternal deaths have repeatedly described women who were seriously unwell in
pregnancy but were cared for away from maternity services and whose deterioration was not recognised,
partly because normal observation charts do not account for the changes of pregnancy and because nobody
thought to check on the baby. Our own review of incidents from 2020 to 2022 found 14 cases in which a
pregnant woman on a non-maternity ward had no obstetric review within 24 hours, and three where the baby's
heart rate was not checked at all during an admission of several days.

There were practical reasons for this. Ward teams on surgery and medicine did not have handheld Dopplers
or know how to use them. The obstetric registrar was often unaware that a pregnant woman was in the
building until someone rang with a problem. The adult early warning score did not adjust for the
normal rise in heart rate and fall in blood pressure in pregnancy, so some women scored as unwell when
they were not, and others who were becoming septic did not trigger a response. Each department believed
another was responsible for the baby.

The maternity service, emergency department and the medical and surgical divisions agreed in 2022 that a
pregnant woman admitted anywhere in the hospital should be treated as a patient of maternity as well as
of the admitting team, with clear rules about who does what.
"""),
        ("evidence", "Evidence of improvement", """
From January 2023 every pregnant woman over 16 weeks admitted to any ward outside maternity is flagged on
the electronic patient record, which automatically sends a referral to the obstetric registrar on call
and to the maternity day assessment unit. The woman is seen by the obstetric team within twelve hours,
and a plan is written covering how often the baby's heart should be checked, who will do it and what
the ward should do if she deteriorates. Ward observations are recorded on the maternity early warning
chart, not the adult one. A midwife from the outreach team visits every day.

<<Q:Pregnant women on non-maternity wards reviewed by an obstetrician within 12 hours of admission rose
from 38% in 2022 to 94% in 2024.>> <<Q:Women who had no fetal heart check in a 24-hour period on a
non-maternity ward went from 29% of admissions to 3%.>> <<Q:Incidents in which a deteriorating pregnant
woman on a non-maternity ward was escalated late fell from 9 in 2022 to 2 in 2024.>>
"""),
        ("stakeholders", "Involvement of staff and patients", """
<<S:Ward sisters from the surgical and medical wards met with the maternity outreach midwives and told
them that their biggest worry was not knowing what normal looked like for a pregnant woman, so the
midwives wrote a one-page 'pregnancy on your ward' guide with them, using the questions the ward staff
actually asked.>> <<S:Emergency department nurses asked that the pregnancy flag be added at triage,
not on admission, so that the obstetric team is alerted earlier, and the digital team changed the
record accordingly.>> <<S:Junior doctors in acute medicine tested the maternity early warning chart on
the wards for two months and asked for the scoring to be shown next to the adult score during the
changeover, which was done.>>

Pregnant women admitted to these wards are given a leaflet explaining that a midwife will visit them
every day. The trust's inpatient survey includes these women, and their answers were in line with other
patients, so no changes were made. We plan to involve women who have been admitted in this way in the
next review of the pathway. The work was designed to make care safer for every pregnant woman who is
admitted to our hospital.
"""),
        ("value", "Value", """
The midwife outreach visits are part of an existing role. The changes to the electronic patient record
were made by the trust's own digital team. Earlier obstetric review and correct observations reduce the
chance of a woman becoming critically ill, of an emergency birth on a ward that is not set up for it,
and of a baby being lost. Ward staff tell us that they feel safer looking after pregnant women.

The cost of the Dopplers placed on the surgical and medical wards was under £3,000. Each serious
incident investigation costs the trust many hours of clinical time, and a maternal or fetal death on a
general ward would be a tragedy for the family and deeply distressing for the staff involved.
"""),
        ("spread", "Spread", """
We have shared the pathway with the other two trusts in our local maternity and neonatal system, and the
maternal medicine network has asked to include it in its regional guidance. The pregnancy flag has also
been requested by the trust's mental health liaison team.

Perhaps the simplest lesson is that a flag on the record, sent automatically, does more than a policy
that relies on someone remembering to ring. The women concerned are few in number on any one ward, which
is exactly why nobody was thinking about them.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1241  postnatal care for mothers whose babies are moved to another
#        hospital - docx - style headings - charity family support manager,
#        warm - neonatal families' charity with two trusts and a council 0-19
#        service - mothers involved - NO staff involvement (midwives trained,
#        health visitors told, a named lead, a staff survey that changed
#        nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1241", format="docx", layout="style_headings", topic="mothers_postnatal_care_baby_transferred",
    project="independent78-mummatters-1241", docx_font="Calibri",
    title="Mum Matters Too: postnatal care for mothers whose babies are moved to another hospital",
    cover=[
        "Lead: Ladybird Neonatal Family Support (registered charity)",
        "Partners: Harwick and Lowdon Hospitals NHS Foundation Trust (Neonatal Intensive Care Unit and Maternity); Corrin Valley Hospital NHS Trust (Maternity); Lowdon Borough Council (0-19 Public Health Nursing Service)",
        "Written by our Family Support Manager",
    ],
    primary_entrant=dict(name="Ladybird Neonatal Family Support", type="charity"),
    partners=[
        dict(name="Harwick and Lowdon Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Corrin Valley Hospital NHS Trust", type="nhs_trust"),
        dict(name="Lowdon Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", "What was going wrong", """
Ladybird supports families with a baby in neonatal care at Harwick, the intensive care unit for our
area. Many of the babies there were born somewhere else, most often at Corrin Valley, and were moved to
Harwick in the first hours or days of life. When that happens the mother usually follows her baby as
soon as she can, sometimes discharging herself against advice, sometimes still with a catheter, a
caesarean wound and a drip site in her arm.

Once she arrives at Harwick she is, on paper, nobody's patient. Her maternity care belongs to the
hospital where she gave birth, twenty miles away. Her community midwife is expecting to visit her at an
address where she no longer spends her days. The neonatal nurses are there for the baby. Our family
support workers kept meeting mothers in the parents' room who had not had their blood pressure taken for
days, who had run out of their blood-thinning injections, or who were bleeding heavily and too worried
about their baby to mention it.

In 2022 one mother who had had pre-eclampsia collapsed in the neonatal unit corridor with a blood
pressure high enough to need intensive care herself. She had been at her baby's cot for four days and
had not been seen by a midwife once. That was when we asked both hospitals and the council's health
visiting service to sit round a table with us.

Nobody was at fault. Corrin Valley's community midwives would visit the home address and find nobody
in. Harwick's postnatal ward did not have her on its list. The neonatal nurses assumed someone was
looking after the mother, because someone always had been in the hospitals where they trained. The
health visitor would not see the family until the baby came home, which could be weeks later. Mothers,
for their part, put their own needs last.
"""),
        ("evidence", "What difference it has made", """
Since April 2023, every mother whose baby is transferred into Harwick is given a Mum Matters passport by
the neonatal nurse who admits the baby. It records what care she needs, what medicines she is on and
when her checks are due. A named midwife from Harwick's own maternity team visits her on the neonatal
unit every day until she is discharged from maternity care, regardless of where she gave birth, and
Corrin Valley shares her maternity record electronically. When the baby goes home, the passport goes to
the health visitor.

We compared the twelve months before with the first eighteen months of the scheme, using the
passport records and the neonatal unit's family care audit. <<Q:Mothers of transferred babies who had
their blood pressure checked at least once a day for the first five days went from 36% to 91%.>>
<<Q:Mothers who ran out of their blood-thinning injections early fell from 14 out of 83 to 2 out of
121.>> <<Q:Emergency readmissions of these mothers to maternity in the six weeks after birth fell from
9% to 3%.>>

Our family support workers have completed 204 passports with mothers in that time.
"""),
        ("stakeholders", "Who was involved", """
<<P:Eight mothers who had followed their babies to Harwick met with us over three months in our
family room, with their babies often in the next room, and the passport is their design: they chose a
size that fits in a changing bag, asked for a page where they could write their own worries for the
midwife, and named it.>> <<P:One of those mothers, Mrs Joanne Abara, who was the mother who collapsed,
has talked to both hospitals' maternity teams about what happened to her and asked that the daily
midwife visit be written into policy rather than left to goodwill, which it now is.>> <<P:Fathers and
partners in our dads' group asked for a copy of the checklist so they could prompt the midwife when the
mother was too tired to, and a partner's page was added.>>

Neonatal nurses at Harwick were trained to start the passport at admission as part of their induction.
Community midwives and health visitors were told about the scheme through their team bulletins. The
pathway was put together by me, as the charity's family support manager, and agreed by both hospitals'
heads of midwifery. We sent a feedback form to the Harwick maternity team after six months and, as the
replies raised no problems, nothing was altered. We are planning a joint workshop for midwives and
neonatal nurses from both hospitals later in the year.
"""),
        ("value", "Value and impact", """
The passports cost about £2 each to print. The daily midwife visits use around two hours of midwifery
time a day at Harwick, which the trust has found from its existing postnatal establishment. Each
readmission avoided saves a bed for several days, and each mother whose high blood pressure is treated
in time avoids the risk of a stroke or seizure.

Mothers tell us they feel like a patient again, not just a visitor. One said: "I had forgotten I'd had a
caesarean until the midwife asked to look at it."

It has also made the neonatal unit a calmer place. Nurses no longer find themselves taking a mother's
blood pressure on the quiet, with equipment borrowed from the postnatal ward, because they are
worried about her and do not know who else to ask.
"""),
        ("spread", "Sharing the work", """
The neonatal network has asked all nine of its units to adopt the passport, and three have already done
so. Ladybird has shared the passport design with two other neonatal family charities. We have also
written about the scheme for a national neonatal nursing journal.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1242  anaemia in pregnancy treated before labour - pdf - form table with
#        a cover table - ICB maternity commissioning lead, clipped - ICB with
#        the local pharmaceutical committee and the acute trust - staff
#        involved - a claim in words ('halved') - NO patient involvement
#        (women sent texts, a survey that changed nothing, beneficiaries, a
#        plan)
# ---------------------------------------------------------------------------
entry(
    id="I1242", format="pdf", layout="form_table", topic="antenatal_anaemia_before_labour",
    project="independent78-ironready-1242", pdf_font="LiberationSans",
    title="Iron Ready for Birth: finding and treating anaemia in pregnancy before labour starts",
    cover_table=[
        ("Entry title", "Iron Ready for Birth: finding and treating anaemia in pregnancy before labour starts"),
        ("Lead organisation", "NHS Brantwell and Ouseley Integrated Care Board (Local Maternity and Neonatal System)"),
        ("Partners", "Brantwell and Ouseley Local Pharmaceutical Committee; Ouseley Vale Hospitals NHS Trust (Maternity and Haematology)"),
        ("Contact", "Senior Commissioning Manager, Maternity"),
    ],
    primary_entrant=dict(name="NHS Brantwell and Ouseley Integrated Care Board", type="icb"),
    partners=[
        dict(name="Brantwell and Ouseley Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Ouseley Vale Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Describe the safety issue and why a partnership was needed.", """
Every woman loses some blood when she gives birth, and about one in ten bleeds heavily. A woman who
starts labour already anaemic has less in reserve: the same bleed is more likely to make her collapse,
to need a blood transfusion and to leave her exhausted for weeks. Iron deficiency anaemia in pregnancy is
common and easy to treat, but treatment takes time to work.

In 2022 our audit of 500 births at Ouseley Vale found that 27% of women were anaemic when they were
admitted in labour, and that in two thirds of them the anaemia had been found at the 28-week blood test
but treatment had started late, been stopped because of side effects, or never started at all.
Prescriptions for iron were sometimes sent to the GP with a request to prescribe, and sat in the GP's
inbox. Women with side effects stopped taking tablets and nobody knew. Women with more severe anaemia
who needed an iron infusion waited weeks for a slot in the day unit.

No single organisation could fix this. Midwives ordered the test, GPs were asked to prescribe, community
pharmacies dispensed, and the hospital ran the infusion clinic.

Anaemia was also unevenly spread. The audit found it was more common in women from the most deprived
parts of Brantwell, in women from some minority ethnic communities, and in women having their third or
later baby. These are also women who are more likely to be cared for late in pregnancy, to miss
appointments and to face barriers to picking up a prescription from their GP surgery.

The partnership was formed through the local maternity and neonatal system's safety group, which
brought together the ICB, the trust's maternity and haematology services and the LPC in the autumn of
2022.
"""),
        ("evidence", "What evidence is there of improved safety as a direct result?", """
From February 2023: the 28-week blood result goes to the community midwife, who issues iron under a
patient group direction on the same day rather than writing to the GP; the woman collects it from any
community pharmacy, where the pharmacist gives advice about taking it and checks in at two and six
weeks; anyone whose haemoglobin has not risen by the 32-week check is booked straight into the
hospital's iron infusion clinic, which has added two sessions a week.

<<Q:Women anaemic on admission in labour fell from 27% in the 2022 audit to 13% in the same audit in
2024, so the proportion has more than halved.>> <<Q:Red cell transfusions given to women after birth
went down from 31 per 1,000 births in 2022 to 18 per 1,000 in 2024.>> <<Q:The wait for an iron infusion
fell from an average of 23 days to 6 days.>>

Community pharmacies have carried out 3,980 check-ins since the start.

The number of women starting iron within a week of their 28-week result is not something we could
measure before the change, because the GP prescriptions were not linked to the maternity record. We
now report it monthly to the local maternity and neonatal system.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Community midwives told us the patient group direction must cover the two iron preparations women
tolerate best, not just the cheapest, and the maternity medicines group changed the direction to include
both.>> <<S:Pharmacists on the LPC's working group designed the two and six week check-in and asked for
a direct number for the infusion clinic so they could book women themselves when needed.>> <<S:The
haematology nurses who run the infusion clinic reorganised their sessions after trying the first month's
referrals, moving one session to a Saturday morning.>>

Pregnant women are sent a text message with their result and where to collect their iron. We ran an
online questionnaire for women who had been treated and the responses were favourable, so nothing was
altered. Every woman giving birth in our area is expected to benefit. We intend to ask the maternity and
neonatal voices partnership to review the text messages in the coming year.
"""),
        ("value", "What is the value for money and impact on experience?", """
Oral iron costs pennies a day. Pharmacies are paid £6 for each check-in from the ICB's pharmacy budget,
about £24,000 a year. Each unit of blood costs around £170 before the cost of giving it, and every
transfusion avoided saves a scarce resource. Midwives say the patient group direction has saved them a
lot of chasing.

There are also benefits for women beyond the day of birth. Women who are not anaemic recover faster,
are less tired in the first weeks and find breastfeeding easier. A transfusion carries its own small
risks and can affect future pregnancies, so avoiding one is a safety gain in itself.
"""),
        ("spread", "How has the work been shared and spread?", """
The patient group direction and pharmacy check-in are now used across both our places. We have shared
the model with the regional maternity team and presented it to the national maternity medicines
network.

Two community pharmacies have asked whether the same model could be used for women found to be anaemic
at booking, and the LPC is now discussing this with the ICB.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1243  antidepressants stopped suddenly in early pregnancy - docx - rubric
#        headings - university pharmacy academic, analytical - university with
#        a GP federation, the LPC and the mental health trust's perinatal team
#        - women involved (under an unusual name) and staff involved - a 'third
#        fewer' claim - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1243", format="docx", layout="rubric_headings", topic="antidepressants_stopped_early_pregnancy",
    project="independent78-dontjuststop-1243", docx_font="Cambria",
    title="Don't Just Stop: a conversation before women stop their antidepressant in early pregnancy",
    cover=[
        "Lead: University of Redmarsh, School of Pharmacy and Medicines Optimisation",
        "Partners: Redmarsh Central GP Federation; Redmarsh Local Pharmaceutical Committee; Stannard Valley Mental Health NHS Trust (Perinatal Mental Health Team)",
        "Author: Senior Lecturer in Clinical Pharmacy, University of Redmarsh",
    ],
    primary_entrant=dict(name="University of Redmarsh", type="university"),
    partners=[
        dict(name="Redmarsh Central GP Federation", type="primary_care"),
        dict(name="Redmarsh Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Stannard Valley Mental Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Context: the safety issue", """
Around one in twelve women of childbearing age in Redmarsh has a current prescription for an
antidepressant. When women on these medicines discover they are pregnant, a large number stop them
immediately, often on the day of the positive test, out of fear that the tablets will harm the baby.
Sudden stopping brings its own risks: withdrawal symptoms, and a high chance of the depression or anxiety
returning in pregnancy or after the birth, when it is most dangerous for mother and baby.

For most women, the right answer is not obvious, and it is a decision they should make with someone who
knows the evidence. Our analysis of anonymised prescribing records from the federation's 22 practices
found that, of women who became pregnant while on an antidepressant in 2021, 58% had no further
prescription issued in the eight weeks after the pregnancy was recorded, and only one in five of those
had a documented conversation with a clinician about it.

The advice women were getting came from internet forums, friends, and sometimes a pharmacist or receptionist who said 'you'd better check with your doctor' and nothing more. GPs often learned of the
pregnancy weeks later. The perinatal mental health team saw the women whose illness had returned.

The partnership began with a student research project. A pharmacy student on placement in one of the
federation's practices noticed how many pregnant women had a gap in their antidepressant prescriptions
and asked her supervisor why. That question led to the analysis described above, and to conversations
between the university, the federation, the LPC and the perinatal mental health team, each of which
held part of the answer but none of which could change the pathway alone.
"""),
        ("evidence", "Evidence: what has improved", """
The Don't Just Stop programme began in May 2023. It has three parts: a prompt on the GP clinical system
whenever a pregnancy is coded for a woman on an antidepressant, asking for a medicines conversation within
a week; a same-week telephone appointment with a practice pharmacist trained by the perinatal team; and a
short script for community pharmacists, who are often the first to hear, asking them to tell the woman
not to stop suddenly and to book that call.

We repeated the prescribing analysis for women who became pregnant between May 2023 and April 2024.
<<Q:Women who stopped their antidepressant abruptly without a documented conversation fell from 46% in
2021 to 15%.>> <<Q:Referrals to the perinatal mental health team for relapse during pregnancy among women
who had been on an antidepressant were about a third fewer than in 2021, at 38 compared with 57.>>

Practice pharmacists held 611 medicines conversations in the first year, and in about half of these the
woman chose, with the pharmacist, to continue her medicine.

We were careful not to measure success by whether women continued their medicine. For some women,
stopping or switching is the right choice. What matters is that the choice is made with good
information, and that stopping, when it happens, is planned and gradual and followed up.
"""),
        ("stakeholders", "Stakeholder engagement: patients and staff", """
<<P:The programme was shaped from the start by the Kitchen Table, the name its members chose for themselves: eleven women from Redmarsh who had been pregnant while taking an antidepressant.>> <<P:The
Kitchen Table met at the university six times, and its members rewrote our information sheet in their
own words, replacing the phrase 'risk-benefit discussion' with 'a chat about what's right for you'.>>
<<P:They also told us that a letter from the surgery about their medicine in early pregnancy would have
terrified them, and it was on their advice that the first contact became a phone call from a
pharmacist.>> <<P:Two of them co-presented the training for practice pharmacists and told their own
stories, which the pharmacists said was the most useful part.>>

<<S:Practice pharmacists from the federation helped write the telephone consultation guide and tested it
in mock calls with the perinatal team's pharmacist.>> <<S:Community pharmacists on the LPC's
professional development group pointed out that the first version of the script was too long to use at a
busy counter, and it was cut to three sentences.>> <<S:GPs asked that the system prompt appear only once,
at the point the pregnancy is coded, after finding the first version fired at every appointment, and it
was changed.>>
"""),
        ("value", "Value for money", """
The pharmacist conversations use existing funded roles in the practices. The system prompt was built by
the federation's data team. University staff time and the Kitchen Table's expenses were funded through
a small research grant. A relapse of depression in pregnancy can lead to crisis care, admission and
lasting effects on the mother and child; every relapse avoided is worth far more than the programme
costs.

For the university the programme has also been a way of bringing real problems into teaching. Our
students now learn about medicines in pregnancy from the women affected and from the pharmacists doing
the work, not just from textbooks.
"""),
        ("spread", "Spread and sustainability", """
The integrated care board has asked the other three GP federations in its area to introduce the system
prompt. The pharmacist training is now part of the university's postgraduate clinical pharmacy course,
and we have published our prescribing analysis method so that others can measure their own starting
point.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1244  Black and Asian women not being heard at maternity triage - docx -
#        lists - council public health consultant, plain - council with a
#        women's centre charity and the acute trust - women and staff involved
#        - NO quantitative evidence (women heard, sessions, staff trained, a
#        single audit figure, a target, outcome data awaited)
# ---------------------------------------------------------------------------
entry(
    id="I1244", format="docx", layout="bullet_lists", topic="maternity_triage_ethnic_minority_women_heard",
    project="independent78-asktwice-1244", docx_font="Calibri",
    title="Ask Twice, Listen Once: making sure Black and Asian women are heard at maternity triage",
    cover=[
        "Lead organisation: Bramwell City Council, Public Health",
        "Partners: Amani Women's Centre (registered charity); Bramwell Teaching Hospitals NHS Trust (Maternity Triage and Assessment Unit)",
        "Contact: Consultant in Public Health, Bramwell City Council",
    ],
    primary_entrant=dict(name="Bramwell City Council", type="local_authority"),
    partners=[
        dict(name="Amani Women's Centre", type="charity"),
        dict(name="Bramwell Teaching Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why we started", """
Bramwell is one of the most diverse cities in England. Almost half of the babies born here have mothers
from Black, Asian or mixed ethnic backgrounds. National reports have shown for years that Black and Asian
women are more likely to die or be seriously harmed in pregnancy and after birth, and that part of the
reason is that their concerns are dismissed or not understood.

What complaints, incident reviews and the council's own maternity review showed in 2022:

- women had rung the maternity triage line with pain, bleeding or a baby moving less, being told to stay at home, and later finding something was seriously wrong

- several complaints described women being seen as 'exaggerating' or 'dramatic' when they described pain

- women who spoke little English were asked to hand the phone to their husband or child to interpret

- some women did not ring back because they had already been told they were fine and did not want to be a nuisance

- the council's local maternity review of two deaths and three near misses between 2019 and 2022 found that four of the five women were from minority ethnic backgrounds and had contacted triage at least twice before being seen

Public health in Bramwell holds the council's responsibility for health inequalities and commissions
Amani Women's Centre to provide advocacy and community support for women from minority ethnic
communities. The trust's maternity service had its own equity action plan but had found it hard to
reach women who did not already come to its meetings. Neither could change triage alone.
"""),
        ("evidence", "What has changed so far", """
- since October 2023 triage midwives use an 'ask twice' rule: if a woman calls with a concern and is advised to stay at home, the midwife asks a second open question, 'Is there anything else worrying you that we haven't talked about?', and records the answer

- any second call within 24 hours about the same pregnancy now means the woman is invited in, without exception

- a professional interpreter is booked through a three-way phone link for any woman who would prefer one; relatives are no longer used

- in the last audit month, an interpreter was used on 9 of 10 triage calls where one was needed

- 312 women have taken part in 26 listening circles run by Amani Women's Centre

- 84 triage midwives and maternity support workers have completed a half-day workshop on culturally safe triage

- our target is that every second call is seen face to face; we have not yet had a full audit against it

- the trust's data on outcomes for women using triage will be available for the first full year in spring 2025, and we will report it then

- we know from the listening circles that women value being asked a second time, but we do not yet have the figures to show whether outcomes have changed, and we would rather say so than guess
"""),
        ("stakeholders", "Who was involved", """
- <<P:women from the Amani Women's Centre listening circles wrote the second question that triage midwives now ask, after telling us that they would often only mention their real worry once they felt the midwife was listening>>

- <<P:a group of Somali, Bangladeshi and Ghanaian mothers tested the three-way interpreter call with midwives in a role-play at the centre and asked that the interpreter introduce herself first, so the woman knows she is not a family member, which is now part of the script>>

- <<S:triage midwives at Bramwell Teaching Hospitals took part in the role-plays and proposed the rule that a second call within 24 hours means a face-to-face review, saying they would rather have it as a rule than a judgement at 3am>>

- <<S:the maternity triage lead and the trust's interpreting service changed the booking process after midwives reported that it took up to 20 minutes to get an interpreter on the line>>

- <<PS:two maternity support workers employed by the trust, who are themselves from the Bangladeshi community and had used the service as mothers, co-facilitated the listening circles and helped design the workshop>>
"""),
        ("value", "Value", """
- the listening circles and workshop were funded by a £38,000 public health grant from the council

- interpreting costs have risen by about £11,000 a year, which the trust has absorbed

- women say they feel more able to call back

- midwives say the 'ask twice' rule gives them permission to slow down

- Amani Women's Centre staff say the listening circles have brought women to the centre who had never used its services before
"""),
        ("spread", "Spread", """
- the local maternity and neonatal system has included 'ask twice' in its equity and equality action plan for all three trusts

- Amani Women's Centre has been asked to run listening circles for the neighbouring council area

- the approach was presented at the regional maternity equity network in 2024

- the trust is considering extending the 'ask twice' question to its antenatal clinics and postnatal ward

- the listening circle format, including how to recruit women who do not usually take part and how to pay them for their time, has been written up as a short guide for other councils
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1245  follow-up for women after a major haemorrhage - pdf - with appendix -
#        birth trauma charity director, earnest - charity with the acute trust
#        and a GP federation - staff involved - NO patient involvement (women
#        told, sent letters, a feedback card that changed nothing, a negation,
#        a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1245", format="pdf", layout="with_appendix", topic="follow_up_after_major_pph",
    project="independent78-afterthebleed-1245", pdf_font="LiberationSerif", pdf_align="L",
    title="After the Bleed: joined-up follow-up for women who have had a major postpartum haemorrhage",
    cover=[
        "Lead entrant: The Rowan Birth Trauma Trust (registered charity)",
        "Partners: Kestrel Bay Hospitals NHS Foundation Trust (Maternity Services); Kestrel Bay GP Federation",
        "Prepared by the Director, The Rowan Birth Trauma Trust",
    ],
    primary_entrant=dict(name="The Rowan Birth Trauma Trust", type="charity"),
    partners=[
        dict(name="Kestrel Bay Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Kestrel Bay GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "The problem", """
A major postpartum haemorrhage, a loss of more than 1.5 litres of blood, happens in about three in every
hundred births at Kestrel Bay. Most women recover well physically, but the weeks afterwards carry risks
that are easy to overlook. Women go home severely anaemic, exhausted and sometimes still on
blood-thinning injections. Some develop infections or retained tissue. A significant number develop
symptoms of post-traumatic stress. And the risk of another haemorrhage in a future pregnancy is higher,
which matters only if the next team knows about it.

Our charity supports women after traumatic births. Time and again the women who came to us after a major
bleed had been discharged with no plan. Their GP often did not know what had happened until the
discharge letter arrived weeks later, if at all. Their iron levels had not been rechecked. Nobody had
asked how they were sleeping or whether they were having flashbacks. When they became pregnant again,
some found that their new midwife had no idea they had bled heavily last time.

When we looked at the stories of the women who came to us, the gaps were not in any one service. The
maternity unit did excellent emergency care but had no system for what happened after discharge. GPs
were not told in time. Our own charity offered support only to those who found us. Nobody owned the
weeks in between, or the moment, perhaps two years later, when the same woman booked for another
pregnancy.
"""),
        ("evidence", "What we have achieved", """
Since July 2023, every woman who loses more than 1.5 litres is given an After the Bleed plan before she
leaves hospital. The plan includes a haemoglobin check at ten days arranged with her GP practice, an
electronic alert to the GP on the day of discharge, a telephone call from a Rowan Trust support worker
at two weeks, and an appointment at the maternity 'Afterwards' clinic at eight to twelve weeks, where a
consultant midwife goes through what happened and screens for trauma symptoms. A coded flag is added to
her GP and maternity records for any future pregnancy.

<<Q:Women who had a haemoglobin check within two weeks of discharge after a major haemorrhage rose from
22% in 2022 to 87% in 2024.>> <<Q:Readmissions within six weeks in this group fell from 12% to 5%.>>
<<Q:Women booking for a later pregnancy whose previous major haemorrhage was recorded in their booking
risk assessment went from 40% to 96%.>>

In the first eighteen months, 236 plans were issued and 198 women attended the Afterwards clinic.
"""),
        ("stakeholders", "Who was involved", """
<<S:The consultant midwives and obstetric anaesthetists at Kestrel Bay wrote the clinical content of the
plan with our support workers, and the anaesthetists insisted on adding a question about memories of
the theatre, because they see women who cannot go near a hospital again.>> <<S:GP practice
administrators in the federation told us that discharge alerts were being filed with routine letters,
and together we agreed a subject line that their workflow protocol now sends straight to a GP.>>
<<S:Our own support workers tested the two-week call script on each other and then with the clinic team,
and changed it after the first month so that it begins with the baby and not the bleed.>>

Women are told about the plan by the midwife before discharge and are sent a letter confirming their
clinic date. After the clinic each woman is handed a feedback card, and the cards so far have been very
positive, so the clinic has not been changed. We have not yet asked women to help us redesign the plan
itself. Our trustees would like to set up a group of women who have had a major haemorrhage to review
it in 2025.
"""),
        ("value", "Value", """
The support worker calls cost the charity about £14,000 a year. The Afterwards clinic runs in two
existing consultant midwife sessions a month. Each readmission avoided saves a bed and separates a
mother from her baby less. Identifying risk early in the next pregnancy means blood can be ready and the
birth planned in the right place.

The Afterwards clinic has also been a source of learning for the maternity unit. The consultant midwife reviews each woman's notes before the clinic, and themes from those reviews are reported to the trust's haemorrhage review group.
"""),
        ("spread", "Spread", """
The plan has been adopted by the second maternity unit in our integrated care system and we have shared
it with four other birth trauma charities. The GP alert template has been added to the integrated care
board's shared template library.
"""),
    ],
    trailer=[
        ("heading", "Appendix: the After the Bleed plan and data sources"),
        ("para", "Contents of the plan: the estimated blood loss and what was done; the haemoglobin on discharge; iron and any other medicines; the date of the ten-day blood test; the name of the Rowan Trust support worker and the date of the two-week call; the Afterwards clinic date; symptoms that mean the woman should seek help straight away."),
        ("para", "Data sources: haemoglobin checks and readmissions were taken from the maternity information system and GP records for all women with a recorded blood loss over 1,500 ml. Booking risk assessments were audited by the trust's maternity safety team."),
        ("para", "The Rowan Birth Trauma Trust, Harbour Chambers, Quay Street, Kestrel Bay. Registered charity."),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1246  mood-tracking app in the perinatal period - pdf - numbered questions
#        - PRIVATE digital health company as primary entrant, with the mental
#        health trust and the ICB (ineligible) - chief clinical officer,
#        polished - mothers involved - NO staff involvement (clinicians
#        trained, told, a named lead, a survey that changed nothing)
# ---------------------------------------------------------------------------
entry(
    id="I1246", format="pdf", layout="numbered_questions", topic="perinatal_mood_tracking_app",
    project="independent78-moodnest-1246", pdf_font="DejaVuSans", pdf_align="L",
    title="MoodNest: digital mood check-ins that bring perinatal mental health teams in sooner",
    cover=[
        "Primary entrant: Nestwell Digital Ltd",
        "Partners: Hartfield and Crane Mental Health NHS Trust (Perinatal Mental Health Service); NHS Hartfield and Crane Integrated Care Board",
        "Submitted by the Chief Clinical Officer, Nestwell Digital",
    ],
    primary_entrant=dict(name="Nestwell Digital Ltd", type="private"),
    partners=[
        dict(name="Hartfield and Crane Mental Health NHS Trust", type="nhs_trust"),
        dict(name="NHS Hartfield and Crane Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "1. What was the safety problem?", """
Women on the caseload of a community perinatal mental health team are usually seen every one to four
weeks. Between appointments, a woman's mood can change quickly, particularly in the first weeks after
birth, and the team may not hear about it until the next visit. A woman may feel worse on the day after an appointment and not want to 'bother' anyone by ringing.

In 2022 the team reviewed eight serious incidents over three years, including two attempted suicides,
and in six of them the woman's mood had clearly worsened between contacts without anyone knowing.

Nestwell Digital was approached by the perinatal team in 2022 to adapt an existing mood-tracking app,
originally designed for adults with depression, for women in pregnancy and the year after birth. The
integrated care board agreed to fund a two-year trial across the whole perinatal caseload.
"""),
        ("evidence", "2. What improvement has been achieved?", """
MoodNest is an app that asks a woman three short questions about mood, sleep and thoughts of self-harm
every day, taking about thirty seconds. If her answers cross a threshold agreed with the team, or she
presses the 'I need to talk' button, an alert goes to the duty clinician, who calls her the same working
day, or to the crisis line out of hours. Women can choose not to use it.

From January 2023 to December 2024, 612 women on the Hartfield and Crane caseload used MoodNest, and 71%
of them were still using it after three months.

<<Q:Unplanned contacts with the crisis team by women on the perinatal caseload fell from 148 in 2022 to
97 in 2024.>> <<Q:The average time from a woman's mood worsening to a clinician speaking to her, measured
from records of deterioration episodes, fell from 8.5 days to 1.2 days.>> <<Q:Serious incidents
involving self-harm in women on the caseload went from 7 in 2022 to 2 in 2024.>>

The duty clinicians responded to 1,870 alerts over the two years. Most were resolved with a phone call,
and around one in eight led to an extra visit or a change in treatment.
"""),
        ("stakeholders", "3. How were women, families and staff involved?", """
<<P:Twenty women who had been cared for by the perinatal team tested an early version at home for six
weeks, and they asked us to drop a fourth question about bonding with the baby, because answering it
every day made them feel judged, so it was removed.>> <<P:They also chose the wording of the 'I need to
talk' button, which in the first version said 'Request contact'.>> <<P:Partners of three of the women
asked if they could receive a copy of the crisis numbers through the app, and a partner page was added.>>

Clinicians in the perinatal team were trained by our clinical specialists before launch. Health
visitors and GPs were informed about the app by letter. Our Chief Clinical Officer set the alert
thresholds, based on published scales. We ran a survey of perinatal team staff after a year and, as
they were broadly satisfied, we did not change the system.
"""),
        ("spread", "4. How has the work been shared or spread?", """
Two further perinatal mental health services in other regions started using MoodNest in 2024. We
presented the results at the national digital mental health conference and have made the question set
available to other developers under an open licence.
"""),
        ("value", "5. What has been the impact on experience and value for money?", """
The ICB pays a licence fee of £46 per woman per year. Each crisis contact avoided saves the NHS several
hundred pounds, and every self-harm incident avoided is beyond price. Women tell us they feel someone is
watching over them between visits. One said: "It was easier to press a button than to pick up the
phone."

The app is available in five languages and works on older phones with little data. Women who do not
have a smartphone are offered a weekly phone call from the team instead, so that nobody is left out
because of the technology.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1247  recognising babies who need cooling within six hours - docx -
#        sections in an unusual order (results first) - tertiary neonatal
#        consultant, detailed - tertiary trust with two local hospitals and a
#        neonatal parents' charity - parents involved (by pronoun) and staff
#        involved - an SPC shift as one claim - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1247", format="docx", layout="reordered", topic="neonatal_encephalopathy_early_recognition_cooling",
    project="independent78-sixhours-1247", docx_font="Cambria",
    title="Six Hours: recognising babies who need cooling in time, wherever they are born",
    cover=[
        "Lead: St Aldric's University Hospitals NHS Foundation Trust, Regional Neonatal Intensive Care and Cooling Centre",
        "Partners: Lyne Valley Hospitals NHS Trust; Merrow District Hospital NHS Trust; Little Pebbles Neonatal Charity",
        "Author: Consultant Neonatologist and Cooling Lead",
    ],
    primary_entrant=dict(name="St Aldric's University Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Lyne Valley Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Merrow District Hospital NHS Trust", type="nhs_trust"),
        dict(name="Little Pebbles Neonatal Charity", type="charity"),
    ],
    sections=[
        ("evidence", "What we have achieved", """
<<Q:The proportion of eligible babies from Lyne Valley and Merrow who started cooling within six hours of
birth rose from 58% in 2021/22 to 92% in 2023/24.>> <<Q:On our statistical process control chart of the
age at which referred babies were first discussed with the cooling centre, there has been a sustained
shift below the previous mean since August 2023, with every one of the last fourteen monthly points
below it.>> <<Q:Babies with moderate or severe encephalopathy who were not recognised until after six
hours, and so missed the chance of cooling, went from seven in the two years before to one in the two
years since.>>

Over the same period, 49 babies from the two hospitals were discussed with us using the shared
assessment, and 31 were cooled.

We look at the SPC chart every month at the network's cooling review meeting, alongside a case review
of every baby referred after four hours of age. The case reviews have shown that the main remaining
reason for late referral is a baby who looks well at first and deteriorates after the last planned
assessment, which is exactly the gap that the repeat prompt asked for by the Merrow nurses was meant to close.
"""),
        ("context", "Why we did this", """
Therapeutic cooling for babies with hypoxic-ischaemic encephalopathy only works if it starts within six
hours of birth. Deciding whether a baby needs it depends on a careful neurological examination,
repeated over the first hours, because signs can be subtle at first and then evolve. In a tertiary
centre, with neonatologists on site day and night, this is routine. In a district hospital at night, the
person examining the baby may be a junior paediatric doctor who has seen very few such babies.

Lyne Valley and Merrow together have about 6,500 births a year and refer babies who need cooling to us.
Our review of referrals from 2019 to 2022 found babies who were referred after six hours because the
early signs were missed or put down to a difficult birth, babies who were discussed once and not again
when they got worse, and a lot of variation in how the examination was recorded.

Seen from the parents' side, the pattern is the same. Their baby was taken to the neonatal unit for
'observation', they were told it was a precaution, and hours later they were told their baby needed to
go to another hospital for a treatment that should already have started. For families, the six-hour
window is not an abstract target; it is the difference between being given a chance and losing it.

The cooling centre could not solve this by itself. We do not examine the babies in the first hours; the
local teams do. What we could do was make the examination the same in every unit, make it easy to repeat,
and make it easy to ring us.
"""),
        ("stakeholders", "How we worked together", """
<<S:Paediatric registrars and advanced neonatal nurse practitioners from both local hospitals worked with
our consultants over six months to write a single one-page encephalopathy assessment, testing it on
recorded videos of baby examinations and cutting it down twice.>> <<S:The neonatal nurses at Merrow
asked for a prompt to repeat the assessment at two, four and six hours, because the first examination
was often reassuring, and the prompt was built into their electronic record.>> <<S:Our own transport
team and the local consultants agreed a 'no wrong call' rule after local doctors said they were worried
about wasting our time with babies who turned out to be well.>>

We also asked parents. <<P:Parents whose babies had been cooled at St Aldric's, some of them from Lyne
Valley and Merrow, came together through Little Pebbles over three evenings.>> <<P:They described how
they had been the first to notice that something was wrong, that the baby was too quiet, or was making
odd movements, and they asked that the assessment include a question for staff to ask parents about
what they had seen.>> <<P:That question is on the form now, and they wrote the words.>>
"""),
        ("value", "Value", """
The assessment form, training and video library cost about £9,000 in total, funded by the charity and
the neonatal network. A baby who is cooled in time has a much better chance of surviving without
disability; the lifetime costs of severe disability from a brain injury at birth, and the costs of
litigation, run to millions of pounds. Local doctors tell us they feel more confident and less alone at
night.

For the cooling centre there is a practical benefit as well. Earlier, clearer referrals mean our
transport team can be dispatched sooner and the cooling bed prepared before the baby arrives, rather
than in a rush at the end of the six hours.
"""),
        ("spread", "Spread", """
The neonatal network has adopted the one-page assessment as the standard for all of its local units,
and two other regions have asked for it. We have published the video library on the network's
education website for any neonatal unit to use.

The 'no wrong call' rule has, if anything, been the most important change. Calls to our consultant
about babies who turn out not to need cooling have risen, and we welcome them; each one is a
conversation that might, on another night, be about a baby who does.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1248  the mother's part of the six-to-eight week postnatal check - docx -
#        short form with a cover table - PCN clinical director, brief -
#        primary care network with the community trust's health visitors and
#        the voices partnership - women and staff involved - NO evidence
#        section and no measured change anywhere in the entry
# ---------------------------------------------------------------------------
entry(
    id="I1248", format="docx", layout="form_table", topic="maternal_six_week_postnatal_check",
    project="independent78-herchecktoo-1248", docx_font="Calibri",
    title="Her Check Too: making the mother's six-to-eight week check count",
    cover_table=[
        ("Title of entry", "Her Check Too: making the mother's six-to-eight week check count"),
        ("Lead organisation", "Ferncombe Primary Care Network (eight GP practices)"),
        ("Partners", "Ferncombe and Hale Community NHS Trust (Health Visiting); Ferncombe Maternity and Neonatal Voices Partnership"),
        ("Entrant", "Dr Priya Nandakumar, Clinical Director"),
    ],
    primary_entrant=dict(name="Ferncombe Primary Care Network", type="primary_care"),
    partners=[
        dict(name="Ferncombe and Hale Community NHS Trust", type="nhs_trust"),
        dict(name="Ferncombe Maternity and Neonatal Voices Partnership", type="patient_group"),
    ],
    sections=[
        ("context", "What was the safety issue and why was a partnership needed?", """
Every new mother is offered a check with her GP six to eight weeks after the birth. In practice, in our
eight practices, this was often a ten-minute appointment shared with the baby's check, and the baby came
first. Women's blood pressure after pre-eclampsia, their mood, their bleeding, their pelvic floor and
their experience of the birth were frequently not asked about. Significant event reviews in two of our
practices found a woman whose postnatal depression was missed at this check and a woman with high blood
pressure after pre-eclampsia whose medicine was not reviewed.

The health visitors were seeing the same women at home, often within days of the GP check, and finding
problems the GP had not, but had no easy way of telling the practice.

Her Check Too separates the mother's check from the baby's, gives it a 20-minute slot, and uses a
template covering eight topics, including two questions about mood and one about how the woman feels
about her birth. Health visitors can book a woman straight into the slot if they are worried.

Many women did not realise the six-to-eight week check was for them at all, and booked only the baby's appointment.

The partnership came about because the PCN's clinical director and the health visiting team leader
found, when comparing notes on two families, that each had assumed the other was keeping an eye on the
mother. The voices partnership had been hearing the same thing from women for some time.

The template also prompts the GP to check that any woman who had pre-eclampsia or high blood pressure in
pregnancy has had her medicine reviewed, that a woman who had gestational diabetes has a blood test
booked, and that contraception has been discussed. The health visitor receives a short summary after
the appointment, with the woman's agreement.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<P:Women from the voices partnership told us the check felt like an afterthought, and they chose the
eight topics on the template from a longer list, putting 'how do you feel about your birth?' near the
top.>> <<P:They also asked that the invitation text message be addressed to the mother by name, not to
'the parent of', which the practices changed.>>

<<S:GPs and practice nurses from all eight practices tested the template for two months and asked for it
to pull in the discharge summary automatically, which the PCN's digital lead arranged.>> <<S:Health
visitors suggested the direct booking route after telling us they had no way to get a woman seen quickly
by her own GP.>>
"""),
        ("value", "What has been the impact and value for money?", """
The longer appointment costs each practice around an extra hour of GP time a week, which the PCN funds.
Women say the check now feels like it is for them. GPs say they find problems they would have missed.

We think the check also matters for the next pregnancy: a conversation about a difficult birth at eight
weeks can mean a woman feels able to book early and ask for what she needs next time.
"""),
        ("spread", "How has the work been shared and spread?", """
The template has been shared with the other PCNs in our integrated care board, and two have started
using it. The voices partnership has presented the project at the regional maternity voices network.

We have also shared the template with the local maternity and neonatal system, which is considering it
for its postnatal care standards.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)
