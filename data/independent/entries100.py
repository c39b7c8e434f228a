"""One-hundredth independent evaluation set (I1585..I1600) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing anaesthetists, pre-operative
assessment nurses, critical care outreach teams, ward sisters, therapists, GP
federations, councils, charities, universities and ambulance services send in, in their
own voices and at their own length.  The theme of this set is perioperative and critical
care: pre-operative assessment, enhanced recovery, critical care outreach, tracheostomy
weaning, post-operative delirium and step-down from critical care to the wards.

Topics (lead's type and layout): anaemia found and treated before major planned surgery
(a GP federation, pdf own headings); prehabilitation exercise classes before bowel
cancer surgery (a council public health and leisure service, docx bold headings with a
cover table); wearable monitors and the critical care outreach team on surgical wards
(a university, pdf two columns); tracheostomy weaning in a community neurological
rehabilitation unit (a community trust, docx numbered questions with cover bullets);
delirium after hip fracture surgery in older people (an older people's charity, docx no
headings); night-time step-down from critical care to the wards (departments of one
trust, no partner, pdf made from Word); recovery and follow-up after a stay in intensive
care (an integrated care board, pdf CAPS headings); shorter fasting and carbohydrate
drinks before surgery (an acute trust, docx results first, no spread section); a
digital pre-operative questionnaire and triage service (a private digital health
company as primary entrant, pdf lists); critical care outreach advice for community
hospitals by video (an ambulance service, pdf numbered questions); strong opioid
painkillers after surgery and stopping them at home (a local pharmaceutical committee,
docx rubric headings); stopping smoking and cutting down on alcohol before surgery (a
drug, alcohol and tobacco charity, pdf with appendix); an enhanced care unit for
patients stepping down from intensive care (an acute trust, pdf form with a cover table,
no value section); emergency transfers from an independent hospital to NHS critical
care (a private hospital group as primary entrant, docx style headings); swallowing
checks after a breathing tube is removed (a university, docx form with a cover table)
and older people having emergency bowel surgery (an acute trust surgical team, docx
short lists).

Build it with

    .venv/bin/python data/independent/build.py --set 100   (writes data/corpus/independent100/)

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
  * not Q: dates, financial years, bed/ward/theatre/practice counts, headcounts,
    numbers trained, activity counts (assessments, calls, referrals, reviews, drinks,
    people screened or identified), single figures with no baseline, a zero with no
    earlier figure, figures that did not change, budgets, costs and savings estimates,
    phone numbers, reference numbers, targets not yet reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    (including 'halved', 'a third fewer' and a sustained shift on a run or SPC chart);
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

Organisation types follow the earlier sets (ambulance services are emergency_service;
GP federations, primary care networks and local pharmaceutical committees are
primary_care; older people's and drug and alcohol charities are charity; intensive care
survivors' groups and Breathe Easy groups are patient_group; a university is university;
digital health companies and independent hospital groups are private).  A department or
team of the entrant's own organisation is not a partner.  Flags are written by hand and
build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1585  anaemia before major planned surgery - pdf - own headings - GP
#        federation clinical lead, measured - GP federation with the acute
#        trust and the ICB - patients (passive voice, in the value section)
#        and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1585", format="pdf", layout="own_headings", topic="preoperative_anaemia_primary_care",
    project="independent100-bloodready-1585", pdf_font="LiberationSans", pdf_align="L",
    title="Blood Ready: finding and treating anaemia before major planned surgery",
    cover=[
        "Lead organisation: Ashcombe Vale GP Federation",
        "Partners: Kingsmere Hospitals NHS Trust (Pre-operative Assessment and Patient Blood Management); NHS Ashcombe and Rye Integrated Care Board",
        "Entry prepared by the federation's Clinical Lead for Planned Care",
    ],
    primary_entrant=dict(name="Ashcombe Vale GP Federation", type="primary_care"),
    partners=[
        dict(name="Kingsmere Hospitals NHS Trust", type="nhs_trust"),
        dict(name="NHS Ashcombe and Rye Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Where we started", """
Anaemia is common in people waiting for major surgery, and it matters. A patient who goes into a hip
replacement, a bowel resection or a hysterectomy with a low haemoglobin is more likely to need a blood
transfusion, more likely to pick up an infection, more likely to stay longer in hospital and more
likely to be readmitted. Much of this anaemia is caused by a lack of iron and can be treated, but it
takes time: iron tablets need several weeks to work, and an iron infusion needs to be given at least two
to three weeks before the operation to make a real difference.

In Ashcombe Vale the timing was always wrong. Patients were referred by their GP, waited for a surgical
outpatient appointment, and were then put on the waiting list. Their first blood test with a view to
surgery was usually taken at the hospital's pre-operative assessment clinic, often only two or three
weeks before the date. By the time a low haemoglobin was found there was no time left to treat it. The
choice was to go ahead and accept the risk, or cancel the operation and send the patient back to their
GP, who often did not know why.

Meanwhile the information needed was sitting in GP records. Many of these patients had had a full blood
count in the previous year for another reason. Some had a low ferritin that had been noted but not
acted on, because nobody in the practice knew that the person was waiting for major surgery.

Our federation runs a number of shared services for the 23 practices in the area, including a
clinical pharmacist team and a phlebotomy hub. We saw an opportunity to find anaemia while patients
were on the waiting list rather than at the end of it.

It was not a new idea. Patient blood management has been national policy for years, and our hospital
colleagues had tried more than once to start iron treatment earlier. What had always stopped them was
that the hospital had no way of seeing GP blood results and no easy way of prescribing for someone it
would not see again for months. General practice had the results and the prescribing, but did not
have the list of who was waiting. Neither side could do this alone.
"""),
        ("evidence", "What difference it has made", """
Since September 2022 the hospital sends the federation a weekly list of patients added to the waiting
list for operations where significant blood loss is expected. Our pharmacist team checks the GP record
for a recent blood count and iron studies, and if there is none a blood test is booked at the
phlebotomy hub or the patient's own practice. If the patient is iron deficient, the pharmacist starts
oral iron under an agreed protocol or refers to the hospital's iron infusion clinic, and the result goes
into both records.

We compared the 12 months before the service with the 12 months from April 2023, using the trust's
blood bank and theatre data for the same types of operation.

<<Q:The share of patients arriving at pre-operative assessment with anaemia that had not been
investigated fell from 27% to 8%.>> <<Q:Red cell transfusion in the first week after surgery fell from
14.2% of patients to 7.9%, with the largest fall in colorectal surgery.>> <<Q:Operations cancelled at
short notice because of anaemia went from 41 in the year before to 6.>>

<<Q:The average length of stay after hip and knee replacement in patients who had been anaemic came down
by nearly a day, from 4.6 to 3.7 days.>> Over the year 3,118 patients were checked and 512 were started on
treatment.
"""),
        ("stakeholders", "Who shaped the work", """
<<S:The pre-operative assessment nurses at Kingsmere told us which operations should be included, and
pointed out that patients having major gynaecological surgery were missing from our first list, so we
added them.>> <<S:Practice nurses and the federation's phlebotomists helped design the booking process,
and at their suggestion the blood test is offered on the same visit as any other test the patient is
due for.>> <<S:Our clinical pharmacists wrote the oral iron protocol with the trust's transfusion
practitioner and haematologist, and changed the dosing to alternate days after reviewing the evidence
with them.>>

<<S:A steering group with the ICB's planned care lead, a consultant anaesthetist and two GP partners met
every month during the first year and decided when to widen the service.>>
"""),
        ("value", "Value for patients and the system", """
Each oral iron course costs a few pounds, and the infusions were already funded. A unit of blood costs
the NHS around £170 before the cost of giving it, and a cancelled operation wastes a theatre slot that
cannot be filled at short notice.

<<P:The letter that invites people for the blood test was rewritten after it was read by a group of
people on the waiting list, who said the first version made them think their operation was in doubt.>>
<<P:Their version, which explains that the test is to help them recover faster, is the one we now
send.>> <<P:The patient information leaflet on iron tablets was also tested with members of the
Kingsmere patient panel, and was shortened and given larger print as a result.>>
"""),
        ("spread", "Spreading it further", """
The neighbouring GP federation started the same service with its own acute trust in January 2024 using
our protocol and search. The ICB has included waiting list anaemia checks in its planned care
improvement plan. We presented the work at the regional perioperative medicine network and we share the
protocol and the searches with anyone who asks.

The main lesson for us is that the waiting list, which everyone sees as a problem, can also be used as an
opportunity. Months on a waiting list are hard for patients, but they are also months in which a great
deal can be done to make the operation safer. Anaemia was the obvious place to start because the test is
cheap and the treatment works. We are now looking, with the trust, at whether the same weekly list could
be used to check diabetes control and blood pressure before surgery.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1586  prehabilitation classes before bowel cancer surgery - docx - bold
#        headings with a cover table - council physical activity manager,
#        upbeat - council with the acute trust's colorectal team and a
#        leisure trust - staff involved - NO patient involvement (participants
#        as beneficiaries, a survey after which nothing changed, feedback
#        planned)
# ---------------------------------------------------------------------------
entry(
    id="I1586", format="docx", layout="bold_headings", topic="prehabilitation_colorectal_surgery",
    project="independent100-fitforsurgery-1586", docx_font="Calibri",
    title="Fit for Surgery Brenmoor: exercise and nutrition before bowel cancer operations",
    cover_table=[
        ("Entry title", "Fit for Surgery Brenmoor: exercise and nutrition before bowel cancer operations"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
        ("Lead organisation", "Brenmoor City Council (Public Health and Active Lives)"),
        ("Partners", "Brenmoor Teaching Hospitals NHS Foundation Trust (Colorectal Surgery and Dietetics); Brenmoor Leisure Trust"),
        ("Contact", "Physical Activity Programme Manager, Brenmoor City Council"),
    ],
    primary_entrant=dict(name="Brenmoor City Council", type="local_authority"),
    partners=[
        dict(name="Brenmoor Teaching Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Brenmoor Leisure Trust", type="charity"),
    ],
    sections=[
        ("context", "Background", """
Surgery for bowel cancer is a major operation, and the fitter someone is going into it, the better they
tend to come through it. People with low fitness, poor nutrition or a lot of muscle loss are more likely
to have chest infections, wound problems and leaks from the join in the bowel, and more likely to end up
in critical care.

The time between diagnosis and surgery is usually four to six weeks. For years this time was treated as
a wait. The colorectal team at Brenmoor Teaching Hospitals had tried to give exercise advice in clinic,
but it was a leaflet and a few words at the end of a difficult consultation in which the person had just
been told they had cancer. Very few people did anything with it.

Brenmoor has some of the most deprived neighbourhoods in the region, and many of the people having bowel
surgery here are older, smoke, have diabetes or have not exercised for years. Council public health and
the leisure trust already ran a GP exercise referral scheme and had instructors trained to work with
people with long-term conditions. The hospital had the patients but not the gyms; we had the gyms but not
the patients. Fit for Surgery brought the two together.

There was also a question of fairness. A few patients, usually the younger and better-off, were already
getting themselves fit before surgery, joining gyms or paying for personal trainers. Those who most needed
help were the least likely to find it on their own. We wanted something that was free, local, on a bus
route and run by people who were used to working with beginners, and we wanted it offered to everyone
rather than left to those who asked.

The colorectal surgeons were also clear about what they did not want: a programme that delayed surgery.
Cancer treatment targets leave no room for that, so everything had to fit inside the weeks that already
existed between diagnosis and the operation date.
"""),
        ("evidence", "Evidence of improvement", """
From March 2023 every person listed for planned bowel cancer surgery at the trust has been offered a
place on the programme at the time of diagnosis. It includes three supervised sessions a week at one of
four leisure centres, with interval training on a bike, strength exercises and breathing muscle
training, a dietitian review with protein supplements where needed, and support to stop smoking.

In the first 18 months 286 people were referred and 201 took part. We compared those who completed at
least ten sessions with a similar group having surgery in the year before the programme.

<<Q:Fitness measured by the six-minute walk test improved by an average of 62 metres between the first
and last session.>> <<Q:Post-operative chest infections fell from 16% in the comparison group to 7% in
programme completers.>> <<Q:Unplanned admissions to critical care after surgery fell from 11% to 5%.>>
<<Q:The median stay in hospital came down from eight days to six.>>
"""),
        ("stakeholders", "How patients and staff were involved", """
<<S:The colorectal nurse specialists worked with our instructors to decide when in the pathway the offer
should be made, and moved it from the surgical clinic to the nurse's first phone call because patients
were too overwhelmed in clinic to take it in.>> <<S:Leisure trust instructors tested the session plan
with the hospital physiotherapists over four weeks and asked for the breathing exercises to be done at
the start, not the end, when people were too tired.>> <<S:The dietitians and the council's stop smoking
service agreed a single referral form between them so that patients are only asked their details once.>>

Everyone who takes part benefits from a personalised plan and a named instructor. We sent a
questionnaire to participants after their surgery and the replies were very positive, so the programme
has carried on as it was. We would like to set up a participants' group to give feedback in the next
phase.
"""),
        ("spread", "Sharing and spreading", """
The programme has been shared with the regional cancer alliance, which is funding a version for people
having surgery for lung and oesophageal cancer. Two other councils have visited our leisure centres to
see the sessions. <<S:The instructor training package, written with the hospital physiotherapists, is free
for any leisure provider to use.>>
"""),
        ("value", "Value for money", """
The programme costs about £640 per person completing it, covered by public health funding and a cancer
alliance grant. One avoided critical care admission costs more than the whole programme for several
people. Participants who keep exercising after surgery are offered a discounted leisure membership,
and 84 have taken it up.

There were difficulties along the way. Some people could not get to a leisure centre three times a week,
especially those still working or caring for a partner, so a home-based version with a weekly phone call
from an instructor was added in the second year. Uptake has been lower among men from the most deprived
areas, and we are working with the community health development team on how to reach them. The
instructors also had to get used to working with people who were frightened and sometimes in pain, and
the hospital physiotherapists now run a refresher session for them every six months.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1587  wearable monitors and the outreach team on surgical wards - pdf -
#        two columns - university lead, academic but plain - university with
#        the acute trust and a health innovation network - patients ("wearers")
#        and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1587", format="pdf", layout="two_column", topic="wearable_monitoring_critical_care_outreach",
    project="independent100-betweenobs-1587", pdf_font="DejaVuSans",
    title="Between the Obs: continuous wearable monitoring and critical care outreach on surgical wards",
    cover=[
        "University of Northwold, School of Nursing and Health Sciences (lead), with Northwold Royal Infirmary NHS Foundation Trust and the Calder and Northwold Health Innovation Network",
        "Entry by the Reader in Acute Care Nursing, University of Northwold",
    ],
    primary_entrant=dict(name="University of Northwold", type="university"),
    partners=[
        dict(name="Northwold Royal Infirmary NHS Foundation Trust", type="nhs_trust"),
        dict(name="Calder and Northwold Health Innovation Network", type="public_other"),
    ],
    sections=[
        ("context", "Why this matters", """
After major surgery, most patients on a general ward have their vital signs checked every four to six
hours, and less often at night. Patients can become seriously unwell in between. A rising breathing
rate or heart rate may be the first sign of a leak from a bowel join, a bleed or sepsis, and by the time
it is picked up on the next round of observations the patient may need intensive care.

At Northwold Royal Infirmary, reviews of patients admitted to critical care from the surgical wards kept
finding the same thing: the signs of deterioration were there for hours, but nobody was looking at the
right moment. Night shifts were the worst, because observations were spaced out to let patients sleep.

Our school had been studying lightweight chest patches that measure breathing rate, heart rate and
temperature continuously and send them wirelessly to a screen. The trust's critical care outreach team
wanted to know whether this could let them see deterioration earlier without adding to the ward nurses'
work. Together we set up a two-year project on three surgical wards.

Continuous monitoring is not new in intensive care, but on general wards there were real worries. Would
nurses be swamped with alarms? Would patients find the patches uncomfortable or frightening? Would the
outreach team, which is two nurses on a night shift covering a hospital of 900 beds, be able to respond
to alerts from three extra wards? And who would be responsible if an alert was missed? We spent the first
four months of the project answering those questions before a single patch was put on a patient.

The university brought research methods, a data analyst and funding for the project manager. The trust
brought the wards, the outreach team and the clinical governance. The health innovation network helped
us with the procurement of the patches, the economic evaluation and the information governance
agreements that allowed the data to flow between the hospital and the university.
"""),
        ("evidence", "What happened", """
From November 2022 patients on the three wards who had had major abdominal, vascular or thoracic surgery
were offered a patch for the first five days after their operation. Alerts go to the nurse in charge and,
if not acknowledged or if the pattern is serious, to the outreach team's handheld device.

We compared the 14 months with patches with the 14 months before on the same wards, adjusting for the
mix of operations.

<<Q:The median time from the first abnormal vital sign to a review by the outreach team fell from 4 hours
50 minutes to 1 hour 15 minutes.>> <<Q:Unplanned admissions to critical care from the three wards fell by
a third, from 58 to 38, with a similar number of operations.>> <<Q:Cardiac arrest calls on the wards went
from nine to two.>>

Over the period 2,940 patients wore a patch. About one alert in eight led to a change in treatment.
"""),
        ("stakeholders", "Involving patients and staff", """
<<P:We called the people who wore the patches 'wearers', and twenty of them, recruited on the wards in the
first month, told us in short interviews that the patch edges itched after three days and that the alerts
woke them at night.>> <<P:Their comments led us to move to a different adhesive and to send alerts
silently to the nurses' devices instead of sounding at the bedside.>> <<P:Two former wearers then sat on
the project board for its second year.>>

<<S:Ward nurses on all three wards took part in design workshops and chose the alert thresholds with the
outreach team, raising the heart rate threshold after the first month because of false alarms.>>
<<S:Outreach nurses tested the handheld device on night shifts and asked for an 'acknowledge and watch'
button so that they could follow a patient without going to the ward every time.>> <<S:Healthcare
assistants suggested the patch be put on in recovery rather than on the ward, which is now routine.>>
"""),
        ("value", "Value", """
Each patch costs about £45. Set against the cost of a night in critical care, which is over £2,000, the
health innovation network's economic model suggests the project more than paid for itself. Ward nurses
say they feel less anxious at night knowing the outreach team can see what they see.

The project was not without its problems. In the first month nearly a fifth of patches fell off or lost
their connection, mostly because of poor Wi-Fi coverage in one ward, and the trust's IT department had to
install extra access points. Some older patients did not want to wear the patch at all, and we
respected that; they continued with standard observations. We also learned that the patch is no
substitute for a nurse at the bedside. The alerts tell the team where to look, not what is wrong.

Looking back, we think the most important factor was not the technology but the agreement, made at the
start, about who responds to what. Without that, the patches would simply have produced more data that
nobody acted on. The escalation rules are now part of the trust's deteriorating patient policy.
"""),
        ("spread", "Spread", """
The trust is rolling the patches out to the orthopaedic and urology wards in 2025. The health innovation
network is supporting two other trusts in the region to use the same approach and has published a
short implementation guide. Our school has built the findings into its final-year nursing module on
recognising deterioration.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1588  tracheostomy weaning in a community neurological rehabilitation
#        unit - docx - numbered questions with cover bullets - community
#        trust therapy lead, careful - community trust with the acute trust's
#        critical care unit and a brain injury charity - families involved -
#        NO staff involvement (staff trained and briefed, one named lead
#        doing her job, a partner agreeing)
# ---------------------------------------------------------------------------
entry(
    id="I1588", format="docx", layout="numbered_questions", topic="tracheostomy_weaning_community_rehab",
    project="independent100-breathingspace-1588", docx_font="Arial",
    title="Breathing Space: safe tracheostomy weaning closer to home",
    cover=["A partnership between:"],
    cover_bullets=[
        "Fernhallow Community Health NHS Trust (lead), Larkspur Neurological Rehabilitation Unit",
        "Fernhallow General Hospital NHS Trust, Adult Critical Care Unit",
        "Headway Fernhallow, a brain injury charity",
    ],
    primary_entrant=dict(name="Fernhallow Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Fernhallow General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Headway Fernhallow", type="charity"),
    ],
    sections=[
        ("context", "1. What was the problem you set out to address?", """
People who survive a severe brain injury, a stroke or Guillain-Barre syndrome often leave intensive care
with a tracheostomy still in place. Many of them could have it removed within weeks, but weaning takes
time and patience: the cuff is deflated for longer and longer periods, a speaking valve is tried, the
tube is capped, and the person's swallow and cough are watched closely.

Until 2022 the Larkspur unit, our 20-bed community neurological rehabilitation unit, could not accept
anyone with a tracheostomy. Those patients stayed in the critical care unit or on an acute ward at
Fernhallow General, sometimes for months, in a bed they did not need, away from the therapy they did
need. When they were moved to a general ward, the nurses there rarely looked after tracheostomies and
there were incidents: tubes blocked by secretions, a tube that came out and was not replaced quickly, and
a patient who was left with the cuff deflated and aspirated her feed.

We wanted to offer weaning in the right place, with the right skills, and with a clear route back to
critical care if something went wrong.

There was understandable caution. Losing an airway at night in a unit fifteen miles from the nearest
anaesthetist is a frightening prospect, and staffing, skills, equipment and accountability all had to be
settled before the first patient came. It took most of a year to put the model in place.

The model we settled on has three parts: a careful selection of patients who are stable and on the way
to decannulation, a unit where every nurse is competent in tracheostomy care, and a live link back to the
critical care team who know the patient.
"""),
        ("evidence", "2. What is the evidence that your work has improved patient safety?", """
Since June 2022 the Larkspur unit has accepted 46 patients with a tracheostomy for weaning. Each has a
weaning plan agreed before transfer, a bedside emergency box checked every shift, and a named critical
care outreach nurse at Fernhallow General who can be called or video-linked at any hour.

<<Q:Patients waiting in an acute bed for a rehabilitation place with a tracheostomy waited a median of 38
days before the partnership and 9 days after it.>> <<Q:Tracheostomy-related incidents causing harm fell
from seven in the 18 months before to one in the 18 months after, even though the patients were now
cared for outside the acute hospital.>>

<<Q:The median time from admission to Larkspur to removal of the tube was 24 days, compared with 41 days
for similar patients weaned on acute wards in 2021.>> Three patients had to return to critical care, all
within the agreed plan.
"""),
        ("stakeholders", "3. How did you involve patients, families and staff?", """
<<P:Families of patients who had been weaned on acute wards met us through Headway Fernhallow and told us
that the hardest part was not being able to talk to their relative, so speaking valve trials are now
started in the first week wherever it is safe.>> <<P:One wife, whose husband spent eleven weeks with a
tracheostomy on a general ward, went through our family information booklet page by page with us and
rewrote the section on suction in her own words.>> <<P:Headway's members also chose the picture
communication board that each patient now has beside the bed.>>

All registered nurses and healthcare assistants on the unit completed the national tracheostomy
competency programme before the first patient arrived, and the therapists were briefed on the weaning
protocol. The protocol itself was written by Gemma Lowther, our consultant respiratory physiotherapist,
as part of her role. The critical care unit at Fernhallow General agreed to provide outreach cover and
training places.
"""),
        ("value", "4. What has been the value of the work, including for patients and staff?", """
A day in an acute bed costs considerably more than a day at Larkspur, and the days saved add up to over
1,300 bed days freed at Fernhallow General since the start. The project needed one extra band 6 nurse,
funded by the ICB for two years, and about £3,000 of equipment.

For patients the value is that weaning happens alongside physiotherapy, speech and language therapy and
occupational therapy, in a unit closer to home with unrestricted visiting.

Families no longer have to make a long journey to the acute hospital every day, and many patients have
said their first words in months to their own family at Larkspur, once the speaking valve was in place.
For a person who has been unable to speak since their injury, that moment matters more than anything we
can measure. Our therapists also tell us that starting rehabilitation earlier means that patients are
stronger and more alert by the time the tube comes out, so the later stages of their recovery go more
quickly.
"""),
        ("spread", "5. How has the learning been shared?", """
The weaning protocol and emergency box checklist are published on the trust website and have been shared
with the regional rehabilitation network. A second community rehabilitation unit in the county is
preparing to accept tracheostomy patients using the same model in 2025. We have presented at the national
tracheostomy safety conference.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1589  delirium after hip fracture surgery - docx - no headings - older
#        people's charity chief officer, warm and personal - charity with the
#        acute trust and the council - families and staff involved - NO
#        quantitative evidence (volunteers trained, visits, screens, a single
#        rate with no baseline, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1589", format="docx", layout="no_headings", topic="postoperative_delirium_hip_fracture",
    project="independent100-familiarfaces-1589", docx_font="Georgia",
    title="Familiar Faces: helping older people through delirium after a broken hip",
    cover=[
        "Later Life Harbridge (registered charity) with Harbridge and Weald Hospitals NHS Trust and Harbridge Borough Council",
        "Written by the Chief Officer, Later Life Harbridge",
    ],
    primary_entrant=dict(name="Later Life Harbridge", type="charity"),
    partners=[
        dict(name="Harbridge and Weald Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Harbridge Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", None, """
When an older person breaks their hip they usually have an operation within a day or two. It is a big
operation for someone who may be in their late eighties, and many of them become confused and agitated
afterwards. This is delirium. It is frightening for the person and for their family, and it is
dangerous: people with delirium fall again, pull out drips and catheters, stop eating and drinking, and
are more likely to die or to go into a care home rather than home.

We are a small charity. We run lunch clubs, a befriending service and a helpline for older people in
Harbridge. Our befrienders kept telling us the same story. Someone they had visited for years went into
hospital with a broken hip and came out a different person, or did not come out at all. The family would
say the same thing: nobody told us it could happen, and when it did, nobody asked us what she was normally
like.

The orthogeriatric team at the hospital knew all of this. They were screening for delirium and doing
their best, but the ward was busy, the nurses could not sit with one confused person for hours, and
the things that help most, a familiar voice, glasses and hearing aids in, a clock, someone who knows the
person's routines, are hard for a hospital to provide. We thought a charity could help with those things,
and the council, which funds our befriending service, agreed to let us try.

I should say that we were nervous. We are not a health organisation and we had never worked on a hospital
ward. Our volunteers are mostly retired people, and some of them had their own difficult memories of
hospitals. We had to agree with the trust what volunteers could and could not do: they do not give
personal care, they do not help anyone to walk, and they always tell a nurse if they are worried. The
trust provided an honorary contract, a badge and a locker, and the ward sister became our main point of
contact. After a few weeks the volunteers stopped feeling like visitors and started feeling like part
of the ward.
"""),
        ("evidence", None, """
Familiar Faces started on the hip fracture ward in October 2023. Our trained volunteers visit every day
between 10am and 8pm. When a patient is admitted, a volunteer phones the family to fill in a one-page
'About Me' sheet with the person's routines, the name they like to be called, what calms them and what
upsets them. Volunteers sit with patients who are confused, help with meals and drinks, make sure glasses
and hearing aids are in and working, and keep families in touch. We also lend families a small bag with
a clock, a photo frame and a radio.

In the first year 38 volunteers completed our two-day training course. They made 2,214 visits to 412
patients and filled in 389 'About Me' sheets. The ward screens every patient with the 4AT test every day,
and 31% of patients screened in the first year had delirium at some point after their operation. The
hospital's aim is to bring this below a quarter by the end of 2025. We lent 160 comfort bags.

We do not yet have figures to show whether delirium itself has changed. What we can say is that the ward
sister tells us there have been nights when a volunteer's visit earlier in the day has made the
difference between a settled patient and one who needed one-to-one nursing.
"""),
        ("stakeholders", None, """
<<P:The 'About Me' sheet was written with Mrs Beverley Okafor, whose father had delirium after his hip
operation in 2022, and it asks the questions she wished someone had asked her.>> <<P:She and two other
relatives also sat in on our volunteer training and now tell their own stories in each new course.>>
<<P:People who come to our lunch clubs chose what went in the comfort bag, and they took out the
puzzle books and added the radio.>>

<<S:The ward's delirium practitioner and two staff nurses helped plan which hours volunteers should be on
the ward, and moved the visits later into the evening when they saw that this was when patients were most
unsettled.>> <<S:Healthcare assistants on the ward asked for volunteers to help at mealtimes, and this is
now part of the role.>>
"""),
        ("value", None, """
The project costs about £38,000 a year, mainly our volunteer coordinator and training, funded by the
council and a local community foundation. Volunteers give their time free. A single extra day in hospital
costs more than a week of our coordinator's time. Families tell us they feel less alone.

One daughter wrote to us after her mother came home. She said that on the worst night, when her mother
did not know where she was and was trying to get out of bed, the volunteer had sat with her, played her
favourite hymns on the radio and held her hand until she fell asleep. The next morning her mother asked
for the lady with the radio. That is what this project is about, and it is why we want to keep going
until we have the numbers to show it.
"""),
        ("spread", None, """
We have been asked by the hospital to extend the service to the two general surgery wards in 2025. We
have shared our volunteer training course with two other older people's charities in the county, and
the 'About Me' sheet is being added to the trust's admission paperwork for all patients over 75.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1590  night-time step-down from critical care to the wards - pdf made
#        from Word (style headings via soffice) - critical care matron,
#        procedural - departments of one trust, NO partner (ineligible) -
#        staff involved - NO patient involvement (patients as beneficiaries,
#        a plan to involve former patients, relatives given a leaflet)
# ---------------------------------------------------------------------------
entry(
    id="I1590", format="pdf", layout="style_headings", topic="critical_care_night_discharge",
    project="independent100-daylightdischarge-1590", render_via="soffice", docx_font="Liberation Serif",
    title="Daylight Discharge: ending unsafe night-time moves from critical care to the wards",
    cover=[
        "Entrant: Southmere University Hospitals NHS Trust",
        "A joint project of the trust's Adult Critical Care Directorate, Site and Patient Flow Team and Division of Medicine",
        "Submitted by the Matron for Critical Care",
    ],
    primary_entrant=dict(name="Southmere University Hospitals NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Background and the problem", """
Patients moved out of critical care to a general ward between 10pm and 7am are known to do worse than
those moved during the day. They arrive on a ward where there are fewer nurses and fewer doctors, the
handover is rushed, and nobody who knows them will see them until the morning. National guidance says
that transfers at night should be avoided.

At Southmere, night-time step-down had become routine. When the emergency department or theatres needed a
critical care bed at night, the quickest way to find one was to move out a patient who was 'ward ready'.
In 2021, 29% of our discharges from critical care happened at night. Our mortality review group found
several deaths of patients who had been stepped down at night and had deteriorated on the ward before
anyone reviewed them.

The problem was not in critical care alone. Patients were ready to leave during the day, but the ward bed
was not available until the evening, because ward discharges happened late in the afternoon. The work
therefore had to involve the site team and the medical and surgical wards.

We also looked at what happened to patients after a night step-down. A typical story went like this. A
man in his seventies, recovering from pneumonia, was told at 11pm that he was moving. He arrived on a
medical ward at midnight, where the nurse in charge had four other admissions waiting. His observations
were done at 2am and then not again until 8am. The handover from critical care had mentioned that he had
been confused earlier, but not that he had needed high-flow oxygen until that afternoon. By the morning
round he was breathless and drowsy, and he was back in critical care by lunchtime.

None of the individuals involved did anything unusual. The system made night moves the easy option, and
the wards receiving them were set up to fail. That is why we chose to change the system rather than
issue another reminder about the guidance.
"""),
        ("evidence", "Outcomes", """
The changes, introduced from April 2023, were: a ward bed for each 'ward ready' critical care patient
is now allocated at the 8.30am site meeting and must be available by 2pm; critical care step-downs have
priority over other moves into medical and surgical beds; a night-time step-down now needs the agreement of
the critical care consultant and the site manager, and is reported as an incident; and every patient
stepped down is seen by the critical care outreach team within four hours and again the next day.

<<Q:Discharges from critical care between 10pm and 7am fell from 29% of all discharges in 2021 to 6% in
2024.>> <<Q:Readmissions to critical care within 48 hours of step-down fell from 5.8% to 3.1% over the
same period.>> <<Q:Patients stepped down at night who then died in hospital went from 14 in 2021 to 3 in
2024.>>
"""),
        ("stakeholders", "Involvement", """
<<S:Ward sisters from the six medical and surgical wards that take most critical care patients helped
draw up the handover checklist, and asked for a phone call from the critical care nurse before the patient
leaves so they can plan staffing.>> <<S:The site managers suggested the 2pm deadline after looking at
when beds usually became free, and the bed meeting format was changed at their request.>> <<S:Critical
care nurses tested the handover checklist for a month and cut it from three pages to one.>>

Patients are the ones who benefit most from being moved in daylight. Relatives are given a leaflet
explaining the move to the ward. We intend to ask former critical care patients to review the leaflet
next year.
"""),
        ("value", "Value", """
The changes cost nothing in extra staff; they are about timing and priority. Every avoided readmission to
critical care saves a bed for another patient and several thousand pounds. Ward nurses report fewer
stressful night-time arrivals of patients they do not know.

There have been costs of a different kind. Holding a ward bed empty from 2pm for a critical care patient
sometimes means a patient waits longer in the emergency department, and the site team has had difficult
days balancing the two. The rule is not absolute; a night-time step-down can still happen when the risk of
not moving someone out of critical care is greater, but it now has to be a decision made by senior people,
written down and reviewed the next day. Each one is logged, and the reasons have become a useful picture of where the pressure in the hospital comes from.

The outreach follow-up visits have turned out to be just as important as the timing. They pick up
patients who are starting to struggle on the ward, and they give ward nurses someone to ask.
"""),
        ("spread", "Sharing", """
The 2pm rule and the handover checklist have been shared with the regional critical care operational
delivery network and adopted by one other trust. We have presented the work at the trust's patient safety
conference.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1591  recovery and follow-up after intensive care - pdf - CAPS headings -
#        ICB long-term conditions lead, matter-of-fact - ICB with the acute
#        trust, the community trust and an ICU survivors' group - survivors,
#        families and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1591", format="pdf", layout="caps_headings", topic="post_intensive_care_recovery_follow_up",
    project="independent100-afterICU-1591", pdf_font="LiberationSerif",
    title="After the Unit: joined-up recovery for people leaving intensive care in Wexcombe",
    cover=[
        "NHS Wexcombe and Dunmore Integrated Care Board (lead entrant)",
        "Working with Wexcombe General Hospital NHS Trust, Dunmore Community Services NHS Trust and Second Breath, the Wexcombe intensive care survivors' group",
        "Entry by the Head of Long-Term Conditions Commissioning",
    ],
    primary_entrant=dict(name="NHS Wexcombe and Dunmore Integrated Care Board", type="icb"),
    partners=[
        dict(name="Wexcombe General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Dunmore Community Services NHS Trust", type="nhs_trust"),
        dict(name="Second Breath", type="patient_group"),
    ],
    sections=[
        ("context", "THE CHALLENGE", """
About 1,100 adults a year leave the intensive care unit at Wexcombe General alive. Surviving is only the
start. Many have weak muscles, breathlessness, poor sleep, nightmares and flashbacks, difficulty thinking
clearly, and problems with swallowing or their voice. Some go home on new medicines, with a tracheostomy
scar, or having lost a lot of weight. This cluster of problems is often called post-intensive care
syndrome.

In 2021 there was no routine follow-up in our area after a patient left the hospital. The intensive care
unit ran a small clinic for a few patients, but most people were discharged to their GP with a letter
that listed the diagnosis and little else. GPs told us they did not know what to look for. Patients and
families told us they felt abandoned. Medicines started in intensive care, such as antipsychotics for
delirium or acid-suppressing drugs, were often carried on for months without anyone noticing.

There were safety consequences: readmissions with falls, chest infections and malnutrition, medication
harm, and people in crisis with post-traumatic stress who did not know where to turn.

Part of the problem was that recovery from critical illness falls between services. The intensive care
team sees the patient for days or weeks and then hands them on. The ward team sees them for a few more
days. The GP sees them at home, often months later, with a letter that does not describe what happened.
Community rehabilitation teams are set up for strokes and hip fractures, not for people who have been
on a ventilator. Mental health services had long waiting lists and no particular knowledge of what
intensive care does to people. Each service did its own part well, but nobody held the whole picture.

The ICB took on the role of bringing the organisations together because it commissions all of them and
could make changes to contracts where they were needed.

Families were affected too. Partners and adult children often spent weeks at the bedside, watching
someone they love on a ventilator, and then became full-time carers overnight when the patient came home.
Some developed anxiety and depression of their own. Nobody asked how they were, and there was nowhere to
send them if they were struggling. Relatives also often knew things that the professionals did not: that
the patient was not sleeping, was frightened of going to bed, was not eating, or was taking the wrong dose
of a new medicine because the box and the letter said different things.

We began by mapping what happened to a group of patients in the year after they left intensive care. The
picture was of many services each seeing a small part of the person, with nothing joining them together,
and of patients and families left to work out for themselves where to go next. That map became the basis
for the design of After the Unit.
"""),
        ("evidence", "WHAT HAS IMPROVED", """
After the Unit began in May 2022. Every adult who has spent more than three days in intensive care is
offered: a review on the ward by the critical care outreach nurse before they go home; a recovery plan
and medicines review sent to their GP and to the community rehabilitation team; a phone call at two
weeks from a community physiotherapist; a clinic appointment at eight to twelve weeks with an intensive
care doctor, nurse, physiotherapist and pharmacist; and a place in the Second Breath peer support group.

<<Q:Emergency readmissions within 90 days of discharge in people who had stayed more than three days in
intensive care halved, from 22% in 2021 to 11% in 2024.>> <<Q:Antipsychotics started in intensive care
and still being taken three months after discharge fell from 41 patients to 7 a year.>> <<Q:Falls
leading to an emergency department visit in the first three months went down by about a third.>>

In the last year 648 patients were reviewed in clinic and 212 were referred for psychological support.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<P:Second Breath members, all of whom have been patients in intensive care or close family of
someone who was, designed the recovery plan with the clinical team, and it was they who insisted on the
two-week phone call because the first fortnight at home was when they had felt most alone.>> <<P:Members
also rewrote the GP letter so that it explains what the person has been through in plain words, and two of
them now speak at each new clinic group.>> <<P:Relatives asked for a separate session for families, which
now runs every month.>>

<<S:GPs in two primary care networks tested the recovery plan and asked for a short list of things to
check at the six-week review, which is now the first page of the plan.>> <<S:Community physiotherapists
and the intensive care pharmacists agreed the medicines review checklist together.>> <<S:The outreach
nurses reshaped their ward visits so that patients are seen before the day of discharge, after telling us
that same-day reviews were often missed.>>
"""),
        ("value", "VALUE", """
The service costs around £310,000 a year, funded by the ICB. Avoided readmissions alone cover a large part
of that. Survivors tell us the clinic gave them back a sense that someone was in charge of their recovery.

The clinic also finds things that would otherwise be missed. Among the patients seen in the last year were
people with vocal cord damage who had been told their hoarse voice would settle on its own, people still
on blood-thinning injections that should have stopped weeks earlier, and people with untreated anxiety
so severe they had not left the house since coming home. Each of these is a safety risk in its own right.

Funding was the hardest part. The clinic had been paid for out of the intensive care unit's own budget
for years, and only for a handful of patients. Making the case for recurrent funding took a business case,
an audit of readmissions and a great deal of persistence from the clinical team.
"""),
        ("spread", "SHARING AND SPREAD", """
The model has been taken up by the ICB's second acute trust from April 2025. We have shared the recovery
plan template with the regional critical care network and it is now used across five units. Second Breath
has helped two other areas set up their own survivors' groups.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1592  shorter fasting and carbohydrate drinks before surgery - docx -
#        sections in an unusual order (results first) - acute trust consultant
#        anaesthetist, brisk - acute trust with a university and a hospital
#        League of Friends - patients and staff involved - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I1592", format="docx", layout="reordered", topic="preoperative_fasting_carbohydrate_drinks",
    project="independent100-sipsafe-1592", docx_font="Cambria",
    title="Sip Till Send: ending long fasts before surgery",
    cover=[
        "Lead: Tollbridge University Hospitals NHS Trust, Department of Anaesthesia and Theatres",
        "Partners: University of Tollbridge (School of Health Sciences) and the Tollbridge Hospitals League of Friends",
        "Author: Consultant Anaesthetist and Enhanced Recovery Lead",
    ],
    primary_entrant=dict(name="Tollbridge University Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="University of Tollbridge", type="university"),
        dict(name="Tollbridge Hospitals League of Friends", type="charity"),
    ],
    sections=[
        ("evidence", "The results", """
<<Q:The median time patients went without any fluid before their operation has dropped from 11 hours
40 minutes to 2 hours 5 minutes.>> <<Q:Our run chart of fluid fasting times shows a shift of more than
eight consecutive weeks below the old median from the second month of the project, and the shift has held
for 16 months.>> <<Q:Patients reporting severe thirst on arrival in the anaesthetic room fell from 58% to
14%.>>

<<Q:Post-operative nausea and vomiting needing rescue treatment fell from 24% to 17% of patients.>> <<Q:In
people with diabetes, low blood sugar before surgery went from 19 recorded episodes in the six months
before to 4 in the six months after.>>

We measured fasting times in every patient on every elective list for two weeks each quarter, using the
times recorded on the theatre system and the ward drinks chart.
"""),
        ("context", "Why it mattered", """
Patients do not need to fast from clear fluids for more than an hour before a general anaesthetic, and
there is good evidence that carbohydrate drinks up to two hours before surgery help recovery. Yet our
audit in 2022 found what many hospitals find: people were told 'nil by mouth from midnight' and many did
not drink for 12 hours or more, especially if their operation was in the afternoon or the list ran late.

Long fasting is not just uncomfortable. It causes dehydration, headaches, low blood pressure at induction,
low blood sugar in people with diabetes, and more nausea after surgery. In frail older people it is linked
to post-operative delirium and acute kidney injury.

The rules were simple. The problem was that nobody owned the drink. Ward nurses were unsure who could give
it, theatre teams did not know when a patient would be sent for, and patients had often been told something
different by their pre-operative assessment letter.

We found more than a dozen different fasting instructions in use across the hospital, on letters, ward
posters, the day surgery booklet and the pre-operative assessment clinic's own sheet. Some still said
nothing to eat or drink after midnight. Others gave six hours for clear fluids, a rule abandoned many years
ago. The confusion was not the fault of any one team. It had built up over time, as each department
updated its own paperwork and nobody checked what the others were saying.

Patients, understandably, tended to follow the strictest rule they had been given. Many were afraid that
if they drank anything at all their operation would be cancelled, and some had been told exactly that.
"""),
        ("stakeholders", "Who took part", """
We started by asking the people having the operations. <<P:Thirty patients on the day surgery unit and
the surgical admissions lounge were interviewed by nursing students from the university, and told us they
had fasted longer than asked because they were afraid of their operation being cancelled.>> <<P:In
response they helped word the new instruction, 'Keep sipping water until we call you to theatre', which
replaced 'nil by mouth' on all letters and signs.>>

<<S:Ward and admissions lounge nurses trialled the sip-till-send approach on two lists and asked for a
traffic light card at the bedside so that everyone could see whether the patient could still drink.>>
<<S:The theatre coordinators agreed to phone the ward when a patient was two cases away, instead of
sending for them without warning, after they joined our planning meetings.>> <<S:Anaesthetists and
surgeons agreed a single fasting policy for all specialties through the theatre users' group.>>

<<PS:Volunteers from the League of Friends, two of them former patients, staff a drinks trolley in the
admissions lounge and helped choose the cups with lids that make sipping easy for frail patients.>>
"""),
        ("value", "Value", """
The carbohydrate drinks cost about 90p each. The League of Friends paid for the trolley and cups. The
university students' evaluation was part of their degree. Fewer patients needing rescue anti-sickness
drugs and fewer delays at induction save theatre time. Patients say they feel better looked after.

The harder costs were in time and attention. Rewriting every letter and poster took months, and the
traffic light cards had to be reprinted twice. The change depended on theatre coordinators making the
'two cases away' phone call every time, and when they were busy it was the first thing to slip. We now
check it as part of the theatre huddle each morning.

We did not expect the effect on staff morale. Nurses say they no longer have to deal with patients who
are thirsty, hungry and anxious all day, and the anaesthetists say that patients arriving in the
anaesthetic room are calmer and easier to cannulate. The students' evaluation report was presented at the
university's research day and has been used in teaching since.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I1593  digital pre-operative questionnaire and triage - pdf - bullet lists
#        - PRIVATE digital health company as primary entrant, with an acute
#        trust and a GP federation (ineligible) - commercial director, upbeat -
#        patients involved - NO staff involvement (nurses trained, surgeons
#        told, a survey that changed nothing, a planned user group)
# ---------------------------------------------------------------------------
entry(
    id="I1593", format="pdf", layout="bullet_lists", topic="digital_preoperative_assessment_triage",
    project="independent100-readyset-1593", pdf_font="LiberationSans", pdf_align="L",
    title="ReadySet: digital pre-operative screening that finds the high-risk patients early",
    cover=[
        "Submitted by Periscope Health Technologies Ltd",
        "Working with Calderbridge Hospitals NHS Foundation Trust and Upper Calder GP Federation",
        "Contact: Commercial Director, Periscope Health Technologies",
    ],
    primary_entrant=dict(name="Periscope Health Technologies Ltd", type="private"),
    partners=[
        dict(name="Calderbridge Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Upper Calder GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "The challenge", """
Calderbridge's pre-operative assessment service sees around 19,000 patients a year. Before ReadySet:

- every patient listed for surgery was booked for a face-to-face nurse assessment, whatever their health

- fit young patients having minor operations took appointments needed by older patients with heart and lung disease

- high-risk patients were often identified only at the assessment, two or three weeks before surgery, too late to optimise their diabetes, blood pressure or anaemia

- patients with sleep apnoea, difficult airways or previous anaesthetic problems were sometimes missed altogether and discovered on the day

- on-the-day cancellations for medical reasons were running at around 70 a month

Our ReadySet platform sends every patient a short online health questionnaire on the day they are added to the waiting list, pulls in key results from the GP record through the federation's shared care record, and sorts patients into three groups: telephone review only, nurse assessment, or anaesthetist-led clinic.

The triage rules behind ReadySet:

- they are based on national guidance on pre-operative testing and the trust's own anaesthetic standards

- any patient with a serious heart or lung condition, a previous anaesthetic problem or a high frailty score goes straight to the anaesthetist-led clinic

- patients with diabetes, anaemia or high blood pressure are flagged so that their GP can start treatment while they wait

- a patient who does not complete the questionnaire within two weeks is phoned by our patient support team

- the trust's clinical safety officer signed off the rules before go-live, in line with the national clinical safety standards for health IT
"""),
        ("evidence", "Impact", """
Comparing the 12 months before go-live (October 2022) with the 12 months after:

- <<Q:on-the-day cancellations for medical reasons fell from an average of 71 a month to 29 a month>>

- <<Q:the average time from listing to first pre-operative contact went from 63 days to 6 days>>

- <<Q:patients with sleep apnoea found for the first time on the day of surgery fell from 38 to 5>>

- 14,860 questionnaires were completed, 81% of them online and the rest by phone

- 4,120 patients needed only a telephone review
"""),
        ("stakeholders", "Involvement", """
- <<P:we tested the questionnaire with 40 patients from the trust's waiting list, including people in their eighties, and they told us that questions about 'functional capacity' made no sense, so we replaced them with 'Can you climb two flights of stairs without stopping?'>>

- <<P:a group of patients who do not use the internet helped design the telephone version, and asked for the same nurse to call back if the line dropped>>

- <<P:the Upper Calder patient participation group chose the wording of the text message reminders>>

- all 42 pre-operative assessment nurses were trained to use the triage dashboard

- surgeons and anaesthetists were told about the launch at their departmental meetings

- a survey of the nursing team after six months was positive, so no changes were needed

- we plan to set up a clinical reference group in 2025
"""),
        ("value", "Value", """
- the trust pays a licence fee per patient, offset by fewer wasted theatre slots

- each on-the-day cancellation costs the trust an estimated £3,500 in lost theatre time

- nurse clinic appointments freed up have been given to high-risk patients

- patients having minor surgery no longer have to take time off work or travel to the hospital for an assessment they did not need

- GPs receive a short summary of anything flagged, so they can start treatment for anaemia or high blood pressure weeks earlier than before

- the platform meets the NHS data security and protection requirements and is hosted in the UK

- the trust has renewed its contract for a further three years
"""),
        ("spread", "Spread", """
- ReadySet is now live in four trusts in England

- the GP record link has been shared with two other federations
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1594  critical care outreach advice for community hospitals by video -
#        pdf - numbered questions - ambulance service clinical hub lead,
#        practical - ambulance service with the acute trust's outreach team
#        and the community trust - staff involved - NO patient involvement
#        (patients as beneficiaries, a negation, families sent a letter, a
#        plan)
# ---------------------------------------------------------------------------
entry(
    id="I1594", format="pdf", layout="numbered_questions", topic="community_hospital_outreach_video_advice",
    project="independent100-seeingisbelieving-1594", pdf_font="LiberationSans",
    title="Outreach at a Distance: video critical care advice for rural community hospitals",
    cover=[
        "Lead: Western Moors Ambulance Service NHS Trust (Clinical Hub)",
        "Partners: Tamsworth Hospitals NHS Foundation Trust (Critical Care Outreach Team); Moorland Community Health NHS Trust (community hospitals)",
    ],
    primary_entrant=dict(name="Western Moors Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Tamsworth Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Moorland Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "1. What problem did the partnership address?", """
Moorland Community Health runs five community hospitals spread over a large rural area. They care for
people recovering from surgery, frail older people stepping down from the acute hospital, and people
receiving rehabilitation. Most have no doctor on site at night or at weekends, and the nearest intensive
care unit is at Tamsworth, up to 50 miles away over moorland roads.

When a patient in a community hospital became acutely unwell, the nurses had two options: ring the GP
out-of-hours service and wait, or dial 999. Ambulance crews would often arrive to find a patient who
might have been managed safely on site with the right advice, or, just as often, a patient who should
have been transferred hours earlier. Long ambulance journeys took crews away from emergencies elsewhere,
and patients were transferred who then came straight back.

Our review of 999 calls from community hospitals in 2021 found 312 calls, of which about a third led to a
transfer that, in the view of the reviewing clinicians, could have been avoided, and a handful where
deterioration had been recognised late.

One case stayed with all of us. An 84-year-old woman recovering from a hip operation in one of the
community hospitals became breathless late on a Saturday evening. The nurse rang the out-of-hours GP
service and was told a doctor would call back. Two hours later, with no call, she dialled 999. The crew
took 70 minutes to arrive because of the distance and found a woman with a pulmonary embolism who was by
then very unwell. She survived, but her family asked a question we could not answer: why was there no way
for the nurse to speak to someone who could see her patient?

The critical care outreach team at Tamsworth already supported the wards of their own hospital day and
night. Our clinical hub already had senior paramedics and nurses taking calls around the clock and had
secure video in use for other services. The community hospitals had skilled nurses who knew their
patients well but had nobody to escalate to. Putting the three together seemed obvious once someone
said it out loud.
"""),
        ("evidence", "2. What is the evidence of improvement?", """
Since February 2023, nurses in all five community hospitals can make a single call to the ambulance
clinical hub, which connects them by secure video to a critical care outreach nurse at Tamsworth within
ten minutes, at any time of day or night. The outreach nurse sees the patient on screen, reviews the
observations and helps decide whether to treat on site, to send a paramedic practitioner, or to transfer.
If transfer is needed, the ambulance is already being dispatched by the hub.

<<Q:Emergency transfers from community hospitals to Tamsworth fell from 268 in 2022 to 171 in 2024.>>
<<Q:Among patients who were transferred, the proportion admitted to critical care on arrival rose from 9%
to 15%, which shows that the sickest patients are being sent and the others are being cared for safely
where they are.>> <<Q:The average time from a community hospital nurse raising a concern to a decision
fell from 2 hours 20 minutes to 25 minutes.>>

There were 1,046 video calls in the two years.
"""),
        ("stakeholders", "3. How were patients and staff involved?", """
<<S:Community hospital nurses told us in workshops that they felt judged when they rang 999, so the
outreach nurses and our hub clinicians wrote the call script with them, starting with 'What worries you
about this patient?'>> <<S:Night nurses at two hospitals tested the video equipment for six weeks and
asked for a tablet on a stand rather than a fixed camera, so that they could bring it to the bedside.>>
<<S:Outreach nurses at Tamsworth agreed the escalation criteria with our paramedic practitioners and
changed them twice in the first year after reviewing cases together.>>

The people who benefit are patients in community hospitals. Because of the nature of acute illness we did
not have patients on the project group. Families are sent a letter explaining that video may be used to
get specialist advice. We hope to hear from patients and relatives in the next phase of the work.
"""),
        ("value", "4. What has been the value of the partnership?", """
Each avoided transfer frees an ambulance for around three hours in our rural area and saves an acute bed.
The video equipment cost £18,000. The outreach team's time is funded through an agreement between the
three organisations. Nurses tell us they feel safer at night knowing they can get an expert opinion.

The arrangement has also changed the relationship between the organisations. Outreach nurses now know
the community hospitals and their staff by name, and the ambulance service has a much better
understanding of what those hospitals can and cannot manage. When a transfer is needed, the receiving
team at Tamsworth already knows about the patient before the ambulance arrives.

We have had to work through some practical problems: poor mobile signal in two of the hospitals, the time
it takes to find and start the tablet in an emergency, and making sure that advice given on video is
written in the patient's notes. The governance agreement between the three organisations sets out who is
clinically responsible at each stage.
"""),
        ("spread", "5. How has the learning been shared?", """
The model has been adopted by a neighbouring community trust and is being considered by two care homes with
nursing. We presented it at the national ambulance clinical hub conference.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1595  strong opioids after surgery and stopping them at home - docx -
#        rubric headings - LPC chief officer, plain - local pharmaceutical
#        committee with the acute trust and the ICB - staff involved - NO
#        patient involvement (patients as beneficiaries, sent a leaflet, a
#        patient panel only updated) - NO quantitative evidence (counts,
#        single figures, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1595", format="docx", layout="rubric_headings", topic="postoperative_opioid_stewardship_community_pharmacy",
    project="independent100-stepdownopioids-1595", docx_font="Calibri",
    title="Taper Together: stopping strong painkillers safely after surgery",
    cover=[
        "Stanmere Local Pharmaceutical Committee, working with Stanmere Royal Hospital NHS Trust and NHS Stanmere and Ferrow Integrated Care Board",
        "Contact: Chief Officer, Stanmere LPC",
    ],
    primary_entrant=dict(name="Stanmere Local Pharmaceutical Committee", type="primary_care"),
    partners=[
        dict(name="Stanmere Royal Hospital NHS Trust", type="nhs_trust"),
        dict(name="NHS Stanmere and Ferrow Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Context: what was the patient safety issue?", """
Strong opioid painkillers such as morphine, oxycodone and codeine in high doses are needed by many people
in the first days after surgery. Most need them only for a short time. But a proportion of patients go home
with a supply that lasts two weeks or more, are never told when or how to stop, and go on getting repeat
prescriptions from their GP for months. Long-term use brings constipation, falls, drowsiness, breathing
problems when combined with other sedating medicines, dependence and, at worst, overdose.

In Stanmere the hospital's discharge prescriptions for opioids after surgery often gave 28 days' supply,
and the discharge letter rarely included a plan to reduce the dose. Community pharmacists dispensing the
medicine at home, or a repeat later on, did not see the hospital's plan because there was none. GPs
told us they did not want to stop something the surgeon had started.

Local pharmacies are the one place where almost every patient going home after surgery will come for
their medicines, often more than once. The LPC, which represents the 94 community pharmacies in the
area, thought this was an opportunity.

The national discharge medicines service, which asks hospitals to refer patients to their community
pharmacy after discharge, gave us a route. It was being used for only a small number of patients in
Stanmere, mostly after medical admissions, and almost never after surgery. The surgical wards were not
sure what to refer for, and pharmacies that did receive referrals often could not reach the patient or
did not know what the hospital wanted them to do.

The ICB, for its part, had noticed that prescribing of strong opioids in general practice in Stanmere was
among the highest in the region, and its medicines optimisation team had been looking for ways to stop
new long-term use starting in the first place. Surgery was one of the most common starting points.
"""),
        ("evidence", "Evidence: how do you know the work has improved safety?", """
Taper Together started in May 2023. It has three parts. The hospital's surgical wards now give a default
of seven days' supply of any strong opioid, with a written tapering plan on the discharge letter. The
plan is sent electronically to the patient's nominated pharmacy through the discharge medicines service.
The community pharmacist then calls or sees the patient within a week to check pain, side effects and
progress with the taper, and tells the GP if the person is still taking opioids at three weeks.

By the end of October 2024, 2,680 discharge referrals had been received by 81 pharmacies, and 2,150
follow-up consultations had been completed. In the last quarter, 12% of patients were still taking a
strong opioid at six weeks after discharge. Our aim is to bring this below 5% by 2026. The ICB has
funded an evaluation by its medicines optimisation team, which will report next year.

Community pharmacists flagged 146 patients to their GP because they were still taking opioids at three
weeks.
"""),
        ("stakeholders", "Involvement: how were patients, service users and staff involved?", """
<<S:Community pharmacists from twelve pharmacies met the hospital's surgical pharmacists in three
evening sessions to design the follow-up consultation, and asked for a simple pain and side effects
checklist rather than a long form, which is what we use.>> <<S:The ward pharmacists and surgical junior
doctors tested the seven-day default on two wards first and asked for exceptions for patients going home
after major spinal surgery, which were added.>> <<S:GPs on the ICB's prescribing committee reviewed the
tapering plan template and asked that it state who is responsible for the next prescription.>>

Patients are at the heart of this work because they are the ones at risk of harm. Every patient is given a
leaflet about tapering their painkillers when they leave hospital. We presented the project to the
hospital's patient panel when it launched.
"""),
        ("value", "Value: what has been the value for patients, staff and the system?", """
The follow-up consultations are paid for under the existing discharge medicines service, so the only new
cost was £9,500 for training events and the evaluation. Every patient helped to stop opioids early avoids
months of unnecessary prescriptions and the risks that come with them. Pharmacists say the work has
brought them closer to the hospital team.

There are things we are still working on. Around one referral in six still arrives without a tapering plan
attached, usually when a patient has been discharged at the weekend. Some patients are not registered
with a nominated pharmacy, so the referral has nowhere to go. Pharmacies in the busiest town-centre
locations have found it hard to make the follow-up calls within a week. And we do not yet have data from
GP records to show what happens to repeat prescribing in the months after discharge, which is the outcome
that matters most. The ICB's evaluation is designed to answer that question.
"""),
        ("spread", "Spread: how has the learning been shared?", """
The tapering template has been added to the hospital's electronic prescribing system for all wards, not
only surgery. Two neighbouring LPCs have asked for our materials, and we presented at the national
community pharmacy conference in 2024.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1596  stopping smoking and cutting down alcohol before surgery - pdf -
#        with appendix - charity services director, hopeful - drug, alcohol
#        and tobacco charity with the acute trust and the council - patients
#        involved - NO staff involvement (nurses trained, one named lead doing
#        her job, surgeons briefed, a partner agreeing)
# ---------------------------------------------------------------------------
entry(
    id="I1596", format="pdf", layout="with_appendix", topic="preoperative_smoking_alcohol_intervention",
    project="independent100-clearrun-1596", pdf_font="LiberationSerif", pdf_align="L",
    title="Clear Run: stopping smoking and cutting down alcohol in the weeks before surgery",
    cover=[
        "Lead entrant: Pellingham Recovery Partnership (registered charity)",
        "Partners: Pelling Vale Hospitals NHS Trust (Pre-operative Assessment Service); Pelling Vale County Council (Public Health)",
        "Prepared by the Director of Services",
    ],
    primary_entrant=dict(name="Pellingham Recovery Partnership", type="charity"),
    partners=[
        dict(name="Pelling Vale Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Pelling Vale County Council", type="local_authority"),
    ],
    sections=[
        ("context", "Why we did this", """
People who smoke are more likely to have wound infections, chest infections and heart problems after an
operation, and their wounds and bones heal more slowly. People who drink heavily are at risk of alcohol
withdrawal on the ward, which can cause seizures and severe confusion, as well as bleeding and infection.
The weeks before a planned operation are a good time to make a change: people are motivated, and even a
few weeks without smoking or with less alcohol makes a difference.

Our charity runs the county's stop smoking and alcohol services under contract with the council. We
noticed that very few of our clients had been referred from the hospital, even though the hospital's
pre-operative assessment clinic asked everyone about smoking and drinking. The answers were written in the
notes and then nothing happened. On the wards, nurses were seeing people withdrawing from alcohol that
nobody had known about, and several patients had been given nicotine for the first time only when they
became agitated after surgery.

We already knew how to help people stop smoking and drink less; it is what we do every day. What we did
not have was a way to reach people at the moment they were most ready to change. A referral letter from a
hospital, sent weeks later, usually ended up unopened. We reasoned that the only way to reach people was to
be in the room when the question was asked, or at least in the corridor outside it.

The hospital, for its part, had been set a target to offer tobacco dependence treatment to every
inpatient who smokes, but its own service was focused on emergency admissions. Planned surgery patients,
who often spend only a night or two in hospital, were slipping through.
"""),
        ("evidence", "What changed", """
Since January 2023 one of our advisers has been based in the pre-operative assessment clinic three days a
week. Anyone who smokes or who scores above the threshold on the alcohol questions is offered a
conversation with the adviser the same day, free stop smoking medicines or vapes, and weekly support up to
and after their operation. People with signs of alcohol dependence are offered a planned, supported
reduction and a withdrawal plan is written into their hospital notes.

<<Q:The proportion of smokers having planned surgery who had stopped at least two weeks before their
operation rose from 6% in 2022 to 29% in 2024, confirmed by a carbon monoxide reading.>> <<Q:Episodes of
alcohol withdrawal on the surgical wards in patients who had come through pre-operative assessment fell
from 47 in 2022 to 18 in 2024.>> <<Q:Wound infections after hip and knee replacement in people who smoked
dropped from 7.1% to 3.9%.>>

In the two years 1,640 people were offered support and 912 accepted.
"""),
        ("stakeholders", "People who helped shape Clear Run", """
<<P:Before we started, we sat down with eight people who had recently had surgery and had smoked or drunk
heavily beforehand, and they told us that being lectured at clinic put them off, so the adviser never uses
the words 'you must'.>> <<P:They also suggested we offer vapes as well as patches, which we did.>> <<P:A
man who had gone into withdrawal after his knee operation helped us write the short card, 'Before your
operation: let's talk about drink', that is now handed out in clinic.>>

The pre-operative assessment nurses were trained to make the referral in under a minute. The service is
led on the hospital side by Sister Abigail Crane, the pre-operative assessment manager, as part of her
normal role. Surgeons and anaesthetists were briefed on the service at their clinical governance
meetings, and the trust agreed to provide a clinic room for the adviser.
"""),
        ("value", "Value for money", """
The adviser post and stop smoking medicines cost around £48,000 a year, paid from the council's public
health budget. A single surgical wound infection can cost several thousand pounds to treat, and a case of
alcohol withdrawal on a ward can mean days of extra stay and one-to-one nursing. Many of the people we see
stay stopped after their operation, which brings long-term health benefits.

It has not all been straightforward. The clinic room we were given is small and shared, and on busy days
our adviser sees people in a corner of the waiting area. Some people are reluctant to talk about drinking
in a hospital setting because they worry it will affect their operation, and we have had to be clear that
it will not. Waiting lists have also been unpredictable; some people are given a date only two weeks
ahead, which leaves little time to stop. For them the aim is to avoid withdrawal in hospital and to
carry on the support afterwards.
"""),
        ("spread", "Sharing the learning", """
The council has asked us to extend the service to the county's second hospital from 2025. We have
shared our approach with the regional tobacco dependence network and written a short guide for other stop
smoking services.
"""),
    ],
    trailer=[
        ("heading", "Appendix: data sources and the alcohol questions"),
        ("para", "Smoking status before surgery is recorded by the adviser and confirmed with a carbon monoxide monitor on the day of surgery. Alcohol withdrawal episodes are taken from the trust's incident reporting system and the ward withdrawal assessment charts. Wound infection data come from the trust's surgical site infection surveillance for hip and knee replacement."),
        ("para", "Alcohol questions used in clinic: How often do you have a drink containing alcohol? How many drinks do you have on a typical day when you are drinking? How often do you have six or more drinks on one occasion? A total score of five or more leads to the full questionnaire and an offer of support."),
        ("para", "Pellingham Recovery Partnership, 14 Mill Street, Pellingham, PV3 8RT. Registered charity."),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1597  an enhanced care unit for patients stepping down from intensive
#        care - pdf - form with a cover table - acute trust deputy director
#        of nursing, formal - acute trust with the community trust's
#        respiratory physiotherapists and a Breathe Easy group - patients and
#        staff involved - NO value section
# ---------------------------------------------------------------------------
entry(
    id="I1597", format="pdf", layout="form_table", topic="enhanced_care_unit_step_down",
    project="independent100-middleground-1597", pdf_font="LiberationSans",
    title="Middle Ground: a ward-based enhanced care unit for patients stepping down from intensive care",
    cover_table=[
        ("Entry title", "Middle Ground: a ward-based enhanced care unit for patients stepping down from intensive care"),
        ("Lead organisation", "Ravensholme Hospitals NHS Foundation Trust"),
        ("Partner organisations", "Fellside Community NHS Trust (Respiratory Physiotherapy); Ravensholme Breathe Easy group"),
        ("Entrant", "Deputy Director of Nursing, Surgery and Critical Care"),
    ],
    primary_entrant=dict(name="Ravensholme Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Fellside Community NHS Trust", type="nhs_trust"),
        dict(name="Ravensholme Breathe Easy group", type="patient_group"),
    ],
    sections=[
        ("context", "Describe the patient safety problem and the aims of the partnership", """
Patients leaving intensive care are still vulnerable. Many need more nursing, more frequent observations
and more physiotherapy than a general ward can give, but no longer need a ventilator or the level of
care in intensive care. Until 2023 Ravensholme had no middle ground. Patients either stayed in intensive
care longer than they needed to, blocking beds for new admissions, or were moved to a general ward where one
nurse might care for eight or more patients.

Our data showed that patients readmitted to intensive care after step-down had a high mortality, and
that many of the readmissions were for problems that might have been caught earlier: sputum retention
and chest infections, fluid overload, and new confusion. Patients with long-term lung disease were at
particular risk. At the same time, operations were being cancelled because there was no intensive care
bed for the patient after surgery.

The aim of Middle Ground was to create an enhanced care unit of eight beds on the surgical floor, with one
nurse to two patients, continuous monitoring and daily input from the critical care outreach team, for
patients stepping down from intensive care and for high-risk patients after surgery.

The idea of enhanced care units was not new; national guidance had been published encouraging them.
What was harder was finding the space, the staff and the agreement. The unit had to be carved out of an
existing surgical ward, which meant moving other services. The nursing ratio required more registered
nurses than the ward had, at a time of national shortages. The community trust's physiotherapists work
across the county, and their managers needed to be sure that giving time to an acute hospital unit would
not leave gaps in their own caseloads.

We also had to be clear about what the unit was not. It is not a mini intensive care unit, and patients
who need a ventilator or strong drugs to support their blood pressure stay in intensive care. The
admission criteria were written to make that line clear to everyone.
"""),
        ("evidence", "What evidence is there that the partnership has improved patient safety?", """
The unit opened in September 2023. In its first year it admitted 734 patients, of whom 291 were stepping
down from intensive care and the rest were high-risk surgical patients who would otherwise have needed an
intensive care bed.

<<Q:Readmissions to intensive care within 72 hours of step-down fell from 7.4% in the year before to 3.2%
in the first year of the unit.>> <<Q:Planned operations cancelled because no post-operative critical care
bed was available fell from 96 to 21.>> <<Q:Delayed discharges from intensive care of more than 24 hours,
once a patient was ready to leave, fell by more than half.>>

Community respiratory physiotherapists from Fellside now see every patient with chronic lung disease on
the unit before they go home, and the follow-up appointment is booked before discharge.
"""),
        ("stakeholders", "How have patients, carers and staff been involved?", """
<<P:Members of the Ravensholme Breathe Easy group, several of whom had been in intensive care with chest
infections, visited the unit before it opened and asked for chairs beside every bed and a quiet room for
families, both of which were put in.>> <<P:They also worked with us on the information sheet given to
patients moving out of intensive care, which now tells them what will be different and who their nurse
is.>>

<<S:Intensive care and surgical ward nurses who would staff the unit were involved from the start, and
it was their suggestion to rotate staff between intensive care and the unit so that skills are kept up.>>
<<S:The community respiratory physiotherapists designed the unit's chest clearance routine with our
intensive care physiotherapists.>> <<S:Junior doctors helped write the admission criteria and asked for a
named consultant for the unit each day, which was agreed.>>
"""),
        ("spread", "How has the learning been shared and spread?", """
The admission criteria and staffing model have been shared with the regional critical care network, and
two trusts have visited the unit. Fellside is using the same approach for people with lung disease leaving
other wards.

We would say to any trust thinking of doing the same that the building is the easy part. The harder part is
agreeing who the unit is for, making sure the staffing ratio is protected when the hospital is under
pressure, and making sure the patients who leave the unit go home with the follow-up they need. The
partnership with community services is what makes the last of these work. Without it, patients with lung
disease would leave a well-staffed unit and go home to nothing, and many would come back.
"""),
    ],
    flags=[dict(code="missing_section", criterion="value")],
)


# ---------------------------------------------------------------------------
# I1598  emergency transfers from an independent hospital to NHS critical
#        care - docx - style headings - PRIVATE hospital group as primary
#        entrant, with an acute trust and the ambulance service (ineligible)
#        - group medical director, corporate - patients and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1598", format="docx", layout="style_headings", topic="independent_hospital_transfer_critical_care",
    project="independent100-safepassage-1598", docx_font="Calibri",
    title="Safe Passage: emergency transfers from an independent hospital to NHS critical care",
    cover=[
        "Lead entrant: Corvane Healthcare Group Ltd (Corvane Hospital Elmsford)",
        "Partners: Elmsford and District Hospitals NHS Trust; East Downs Ambulance Service NHS Trust",
        "Entrant: Group Medical Director",
    ],
    primary_entrant=dict(name="Corvane Healthcare Group Ltd", type="private"),
    partners=[
        dict(name="Elmsford and District Hospitals NHS Trust", type="nhs_trust"),
        dict(name="East Downs Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "Background", """
Corvane Hospital Elmsford is an independent hospital carrying out around 9,000 planned operations a year,
many of them for NHS patients, including hip and knee replacements, spinal surgery and some bowel
surgery. We have a small high dependency unit but no intensive care unit. When a patient becomes
critically unwell after surgery, they must be transferred to the intensive care unit at Elmsford General,
six miles away.

These transfers are rare, about 40 a year, but they are among the highest risk events in our hospital.
A review in 2022 found that decisions to transfer were sometimes made late, because our resident medical
officer was reluctant to call in the surgeon at night; that the ambulance was sometimes booked as a
routine transfer rather than an emergency; that the receiving intensive care team often had little
warning; and that the patient's notes, scans and drug charts did not always travel with them. In two
cases, patients deteriorated further in the ambulance.

Underlying these problems was a simple fact: neither organisation owned the transfer. Our staff saw it as
the end of their care, and the NHS team saw it as the start of theirs. The ambulance service saw it as one
of many inter-hospital transfers, and had no way of knowing that this one was urgent unless someone told
them. The patient, meanwhile, was at their most vulnerable in the gap between the three.

There was also a cultural barrier. Our resident medical officers are often doctors in training on
placement, working alone at night in an unfamiliar hospital. Several told us they had felt uncomfortable
ringing a consultant intensivist at another organisation, whom they had never met, to ask for a bed. Some
had delayed the call until they were sure, by which time the patient was sicker.
"""),
        ("evidence", "Results", """
Safe Passage was introduced in March 2023. It includes a clear trigger for transfer based on the national
early warning score and the surgeon's review, a direct line to the Elmsford General intensive care
consultant for advice and acceptance, a pre-agreed category of ambulance response, and a transfer pack with
a checklist, copies of the notes and a summary sheet.

<<Q:The median time from the first trigger to the patient arriving in intensive care at Elmsford General
fell from 4 hours 35 minutes to 1 hour 50 minutes.>> <<Q:Transfers in which a critical event happened in
the ambulance fell from five of 38 in 2022 to one of 43 in 2024.>> <<Q:Patients arriving with a complete
transfer pack rose from about half to 97%.>>
"""),
        ("stakeholders", "Involvement of patients and staff", """
<<S:Our resident medical officers, the high dependency nurses and the Elmsford General intensive care
consultants worked together in three simulation sessions, and the trigger criteria were changed after the
first one when it became clear that they were too complicated to use at 3am.>> <<S:Ambulance service
control room staff advised on what information they need to give the right response category, and this is
now printed on the checklist.>> <<S:The intensive care nurses at Elmsford General designed the summary
sheet.>>

<<P:A patient who was transferred in 2022 and his wife met our clinical governance committee and described
being told about the transfer only as he was put in the ambulance; at their request, the checklist now
includes speaking to the patient and family before the transfer.>>
"""),
        ("value", "Value", """
Safe Passage required very little investment: a dedicated phone line, printing of transfer packs and time for
simulation training. Faster transfers mean shorter stays in intensive care and fewer complications. NHS
patients treated at Corvane can be confident that if things go wrong they will be moved quickly and
safely.

The arrangement has benefits for the NHS trust too. The intensive care team gets early warning and a
complete picture of the patient, and can prepare a bed and staff before the patient arrives. Fewer
patients arrive in extremis, and conversations with families are easier when the plan has been explained
in advance.

The simulation sessions have become a regular part of our induction for resident medical officers and
high dependency nurses, and are now run jointly with the NHS trust every quarter. Both organisations say
the sessions have helped them to understand how the other works, which was not something we expected at
the start.
"""),
        ("spread", "Spread", """
Safe Passage has been rolled out to all six Corvane hospitals, each with its local NHS trust and ambulance
service. The regional critical care network has shared the transfer pack with other independent
hospitals in the area.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1599  swallowing checks after a breathing tube is removed - docx - form
#        with a cover table - university speech and language therapy lecturer,
#        academic - university with the acute trust and the community trust -
#        staff involved - NO patient involvement (patients screened, a survey
#        after which nothing changed, a negation, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1599", format="docx", layout="form_table", topic="post_extubation_dysphagia_screening",
    project="independent100-firstsip-1599", docx_font="Arial",
    title="First Sip: swallowing checks after extubation in intensive care",
    cover_table=[
        ("Entry title", "First Sip: swallowing checks after extubation in intensive care"),
        ("Lead organisation", "University of Eastmarch, Department of Speech and Language Sciences"),
        ("Partners", "Eastmarch General Hospital NHS Trust (Critical Care Unit); Eastmarch and Holt Community Health NHS Trust (Adult Speech and Language Therapy)"),
        ("Entrant", "Senior Lecturer in Speech and Language Therapy"),
    ],
    primary_entrant=dict(name="University of Eastmarch", type="university"),
    partners=[
        dict(name="Eastmarch General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Eastmarch and Holt Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Summary of the safety issue", """
Many patients who have had a breathing tube in for more than two days have problems swallowing when it is
removed. Their throat and vocal cords may be swollen or weak, and they may not cough when food or drink
goes the wrong way. This is called post-extubation dysphagia. It can lead to aspiration pneumonia,
reintubation and a longer stay in intensive care. In many cases the aspiration is silent.

At Eastmarch General, patients were usually offered a drink by the bedside nurse soon after extubation,
often before a speech and language therapist had seen them. The unit had one speech and language
therapist for two days a week. An audit in 2022 found that patients extubated on a Friday might wait until
Tuesday for a swallow assessment, and that some had been given a drink, coughed and then been put nil by
mouth with a nasogastric tube for days.

Our department at the university had developed a short bedside swallow screen for use by nurses, based on
a water swallow test with a pulse oximeter and a voice check. We proposed a partnership to test it in
intensive care with the community trust's adult speech and language therapy team, which provides
therapists to the hospital under contract.

The evidence for nurse-led swallow screening after extubation was growing but not settled. Screening tools
used after strokes had been tried in intensive care with mixed results, partly because intensive care
patients are often weak, breathless and drowsy in ways that stroke patients are not. Our screen had been
tested in a small study in our own clinical skills laboratory and in one other unit, and we wanted to know
whether it would work in a busy general intensive care unit, at any hour of the day, in the hands of
nurses who were not swallowing specialists.

The university's role was to provide the screening tool, the training and the evaluation, and to make sure
the data were collected in the same way throughout. The hospital's role was to make the screen part of
everyday care. The community trust's role was to provide the specialist therapy that the screen was
designed to direct to the right patients.
"""),
        ("evidence", "Evidence of improvement", """
First Sip began in January 2023. Every patient extubated after more than 48 hours is screened by a trained
critical care nurse within four hours of extubation and before any food or drink. Patients who pass are
started on drinks and a soft diet; those who fail are kept nil by mouth and seen by a speech and language
therapist within one working day, with weekend cover now provided by the community trust.

<<Q:Pneumonia within seven days of extubation fell from 14% of patients in 2022 to 8% in 2024.>>
<<Q:Reintubation for aspiration or secretion problems fell from 19 cases to 7.>> <<Q:The median time from
extubation to first oral intake went down from 31 hours to 9 hours.>>

Over two years, 1,210 screens were completed.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Critical care nurses tested the screen in a pilot of 60 patients and asked for the pulse oximeter step to
be dropped for patients on high-flow oxygen, which we did after checking the evidence.>> <<S:Community
speech and language therapists helped redesign the weekend rota so that cover could be shared between the
hospital and the community.>> <<S:The unit's practice educators worked with our lecturers to build the
training into the nurses' competency framework.>>

All patients extubated after 48 hours are screened, so every patient benefits. Patients were not involved
in the design because they were critically ill and most had no memory of the period. A questionnaire was
given to patients after they left intensive care, and their answers were positive, so the screen was not
changed. We would like to work with an intensive care survivors' group on the next phase.
"""),
        ("value", "Value for money and impact", """
Training cost about £6,000, including the university's time. Each avoided pneumonia saves several days in
intensive care, and each avoided reintubation far more. Nurses say they feel confident to make swallowing
decisions, and the therapists can focus on the patients who need them most.

There have been challenges. Keeping the number of trained nurses high enough on every shift, with a steady
turnover of staff, has needed refresher sessions every few months. Some doctors were initially reluctant
to let nurses make decisions about oral intake, and it took time and data to win them over. The screen
does not replace a full swallowing assessment and we have been careful to say so in all the training
materials. Patients with a tracheostomy, and patients with a known neurological cause for their swallowing
problems, are referred straight to the therapist and do not have the nurse screen.
"""),
        ("spread", "Spread and sharing", """
The screen is now being used in two other intensive care units in the region, and the training materials are
available to any NHS trust free of charge. The work has been published in a nursing journal.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1600  older people having emergency bowel surgery - docx - short lists -
#        acute trust general surgery consultant, terse - acute trust with a
#        GP federation and an older people's charity - patients involved - NO
#        staff involvement (registrars trained, one named geriatrician doing
#        his job, a plan) - NO quantitative evidence (counts, single figures,
#        a target)
# ---------------------------------------------------------------------------
entry(
    id="I1600", format="docx", layout="bullet_lists", topic="emergency_laparotomy_older_people",
    project="independent100-frailtylap-1600", docx_font="Calibri",
    title="Older, Sicker, Sooner: better care for older people having emergency bowel surgery",
    cover=[
        "Lead: Tarnside Hospitals NHS Trust, Department of General Surgery",
        "Partners: Tarnside GP Federation; Age Forward Tarnside (charity)",
    ],
    primary_entrant=dict(name="Tarnside Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Tarnside GP Federation", type="primary_care"),
        dict(name="Age Forward Tarnside", type="charity"),
    ],
    sections=[
        ("context", "The problem", """
- emergency laparotomy carries a high risk of death, especially in people over 70

- in 2022 about half of our emergency laparotomy patients were over 70, and many were frail

- national audit data showed that few of them had a geriatrician review after surgery

- families were often not told how high the risk was, and treatment escalation plans were not always discussed

- after discharge, GPs were not told about new frailty, falls risk or medicines changes

- older patients often went home weaker than they came in, with no plan for rehabilitation

- delirium after surgery was common and was not always recognised by the surgical team

- the charity's advice line regularly heard from families who had felt unprepared for what happened
"""),
        ("evidence", "What we have done and what we have found", """
- since June 2023 every patient over 65 having an emergency laparotomy has a frailty score before surgery and a geriatrician review within 72 hours of the operation

- Dr Neil Forsythe, consultant geriatrician, carries out the reviews as part of his job plan

- 167 patients have been reviewed

- a discharge summary with a frailty section is sent to the GP federation's care coordinators, who have contacted 121 patients at home

- in the last year 88% of patients had a documented risk discussion before surgery

- our aim is to reduce 30-day mortality in the over 70s to below the national average by 2026

- the frailty score is recorded on the emergency surgery booking form, so it is done before the patient goes to theatre rather than afterwards

- patients with a high frailty score are offered a conversation about treatment escalation before surgery, with their family present where possible

- a delirium screen is done twice a day for the first five days after surgery in every patient over 65

- patients who need rehabilitation are referred to the community therapy team before they leave hospital, not after

- the discharge summary lists new medicines, stopped medicines and any falls or delirium during the stay

- the charity offers every patient over 70 a call from its hospital discharge service in the first week at home

- we report our results to the national emergency laparotomy audit every quarter, but the numbers are still too small to show a change
"""),
        ("stakeholders", "Involvement", """
- <<P:members of Age Forward Tarnside's older people's forum reviewed the consent and risk information sheet and asked us to add a section on what happens if surgery is not done, which is now included>>

- <<P:three families of patients who had died after emergency surgery met us and helped shape the conversation guide the surgical team use>>

- <<P:two of those families also asked that a printed copy of the risk discussion be given to the family, and this has been done since January 2024>>

- the patient information sheet is given to every patient and family before consent

- Dr Forsythe presented the project at the surgical audit meeting

- surgical registrars were trained in risk discussions

- we plan to ask the GP care coordinators for feedback in 2025
"""),
        ("value", "Value", """
- the geriatrician sessions are funded from within the surgical budget

- shorter stays and fewer readmissions are expected to cover the cost

- the charity's time is given free, through its existing hospital discharge service

- the GP federation's care coordinators already make calls after discharge, so the extra work fits into their existing role
"""),
        ("spread", "Spread", """
- shared with the regional emergency surgery network

- the frailty section of the discharge summary is being added to the trust's template for all surgical specialties

- the risk conversation guide and the information sheet are available to any trust that asks for them, and the regional network has put them on its website
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)
