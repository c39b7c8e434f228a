"""One-hundred-and-ninth independent evaluation set (I1729..I1744) for the HSJ 'Best
Partnership Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing ambulance services, NHS 111 and
urgent care providers, acute, community and mental health trusts, integrated care boards,
GP federations, primary care networks, councils, housing and carers' charities, a
university, a veterans' charity and (in the ineligible cases) private companies send in,
in their own voices and at their own length.  The theme of this set is ambulance, 111 and
urgent care: clinical assessment of calls, falls response, handover delays, people who
call often, remote consultation and mental health calls.

Topics (lead's type and layout): people who call 999 very often, with a shared plan held
by the ambulance service, mental health trust, GP federation and council (an ambulance
service, pdf own headings); safety-netting for 999 callers given self-care advice over the
phone who call again within a day (an integrated care board, docx bold headings with a
cover table); emergency department staff unable to see the ambulance crew's electronic
patient record after handover (an acute trust, docx numbered questions with cover
bullets); scheme staff in extra care housing lifting residents who fall, with a phone line
to the ambulance clinical hub (a charitable housing association, pdf CAPS headings);
paracetamol and other overdoses coded as mental health calls and waiting too long (a
university lead, pdf two columns); photographs of rashes sent to NHS 111 clinicians and
darker skin tones (a GP federation running the clinical assessment service, docx rubric
headings); overflow 999 work done by a private ambulance provider and lost clinical
records (a private ambulance company as primary entrant, docx lists); welfare call-backs
to people waiting for a category 3 ambulance (departments of one ambulance service, no
partner, pdf style headings via soffice); chest pain in people who walk in to an urgent
treatment centre (a private urgent care company as primary entrant, docx sections in an
unusual order, no spread section); older couples where one partner with dementia falls at
night and the other cannot lift them (a carers' charity, docx no headings, long);
ambulance handover delays and the 999 calls waiting in the community (an integrated care
board, pdf form); people who call NHS 111 many times with long-term conditions (a primary
care network, pdf with appendix); dental pain and facial swelling calls to NHS 111 (a
community trust's dental service, docx style headings); armed forces veterans in mental
health crisis who call 999 or 111 (a veterans' charity, pdf numbered questions); re-checking
NHS 111 decisions to send people to the emergency department (an integrated care board,
pdf lists); and heat-related illness calls to 111 and 999 during heatwaves (a council
public health team, docx short form with no evidence section).

Build it with

    .venv/bin/python data/independent/build.py --set 109   (writes data/corpus/independent109/)

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
  * not Q: dates, financial years, bed/ward/home/scheme/practice counts, headcounts,
    numbers trained, activity counts (calls, call-backs, lifts, referrals, photographs,
    people identified), single figures with no baseline, a zero with no earlier figure,
    figures that did not change, budgets, costs and savings estimates, phone numbers,
    reference numbers, targets not yet reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    (including 'halved', 'a third fewer' and a sustained shift on an SPC chart);
    no_quantitative_evidence looks only at the evidence section (or the whole entry when
    the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, unusual names for the people involved, volunteers
    with lived experience, list items), wherever in the entry it is told; a peer worker
    with lived experience, employed by a partner, who helped design the work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters or texts,
    plans and intentions, negations, unnamed 'stakeholders', organisations agreeing or
    funding, a single named lead doing their job, audiences at launches and meetings that
    were only updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices, GP federations and primary care networks are
primary_care; patients' groups and forums are patient_group; carers', veterans' and
lived-experience charities and charitable housing associations are charity; integrated
care boards are icb; a university is university; private ambulance and urgent care
companies are private).  A department or team of the entrant's own organisation is not a
partner.  Flags are written by hand and build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1729  people who call 999 very often - pdf - own headings - ambulance
#        service high intensity lead, warm - with mental health trust, GP
#        federation and council - people on the caseload and staff involved -
#        no flags
# ---------------------------------------------------------------------------
entry(
    id="I1729", format="pdf", layout="own_headings", topic="ambulance_high_intensity_callers",
    project="independent109-knowntous-1729", pdf_font="LiberationSans", pdf_align="L",
    title="Known to Us: one shared plan for people who call 999 most often",
    cover=[
        "Lead organisation: Calderbrook Ambulance Service NHS Trust",
        "Partners: Ridding and Calderbrook Mental Health NHS Foundation Trust; Ridding Valley GP Federation; Ridding Borough Council (Adult Social Care)",
        "Written by the High Intensity Use Lead, Calderbrook Ambulance Service",
    ],
    primary_entrant=dict(name="Calderbrook Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Ridding and Calderbrook Mental Health NHS Foundation Trust", type="nhs_trust"),
        dict(name="Ridding Valley GP Federation", type="primary_care"),
        dict(name="Ridding Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", "Why we started", """
Every ambulance control room knows the names. A small number of people ring 999 again and again,
sometimes several times in a night. In the Ridding area in 2022, 58 people made more than five 999 calls
a month for three months running. Between them they accounted for a little over 6,000 calls in the year.

The easy story is that these callers are a nuisance who take ambulances away from people who really
need them. The truth is harder. When we looked closely at the 58, almost all were lonely, many had a
long-term illness and a mental health problem, several were drinking heavily and more than a third had
been in hospital in the previous year with something serious. Two of them died during 2022 after calls
that were given a low priority because the call handler recognised the name and the complaint. In one
case a man who had called 40 times that month with 'chest pain' was having a heart attack.

Each of these people was known to four or five services, and none of them knew what the others were
doing. The GP had a care plan that nobody in the control room could see. The community mental health
team had a crisis plan that said 'call 999 if in crisis', which was exactly what the person was doing.
Social care had a package of care that ended at 6pm, when the calls started.

Known to Us brings those services round one table for each person and writes a single plan that the call
handler can see the moment the phone number comes up.

The first thing we had to do was agree what we were trying to achieve. It would have been easy to set a
target for fewer calls and call it success. We agreed instead that the aim was safer care for each
person: that they should get the right help at the right time, from whichever service was best placed to
give it, and that nobody on the programme should ever be harmed because their call was not taken
seriously. Fewer calls might follow, but they were not the point.

We also had to agree how to share information lawfully. The four partners signed a data sharing
agreement in early 2023, and each person is asked for consent before their plan is shared. Where someone
lacks capacity to consent, the decision is made in their best interests and recorded.
"""),
        ("evidence", "What difference it has made", """
The first 40 people joined the programme between March 2023 and February 2024. Each has a named case
manager from one of the partners and a plan reviewed every six weeks.

<<Q:Across those 40 people, 999 calls in the six months after their plan was agreed had halved compared
with the six months before.>> <<Q:Emergency department attendances by the same group fell from 412 to
239 over the same periods, and emergency admissions from 96 to 71.>>

What we watch most closely is safety, because a plan that just stops people calling could be dangerous.
Every call from someone with a plan is still triaged in full. <<Q:The proportion of their calls that were
downgraded without a clinical conversation, which our audit found was 38% in 2022, was 4% in the last
quarter.>> There have been no deaths or serious incidents involving a person on the programme since it
began, although with 40 people we do not claim that this proves anything yet.
"""),
        ("stakeholders", "Who shaped it", """
We call the people on the caseload 'plan holders', because the plan is theirs. <<P:Eleven plan holders
met with us in small groups at the GP federation's offices in spring 2023 and told us that being called
a frequent caller made them feel like criminals, so the flag on our system now simply says 'Known to Us
- see plan'.>> <<P:They asked for a named person they could ring in the evening instead of 999, which is
why the council's evening wellbeing line was added to every plan.>> <<P:One plan holder, a woman who had
rung us most nights for two years, read every draft of the plan template and crossed out anything she
thought sounded like a telling-off.>>

<<S:Emergency call handlers and clinical hub nurses sat on the design group and insisted that the plan
must never tell them not to send an ambulance, only what to ask and who to contact.>> <<S:The mental
health trust's crisis team rewrote their own crisis plans with us so that they no longer said 'call
999'.>> <<S:GPs from the federation agreed the six-weekly review format after testing it on five
patients and cutting it down to one page.>>
"""),
        ("value", "Value", """
An ambulance response costs around £250 and an emergency admission far more. On the most cautious
reading, the fall in calls and admissions for 40 people is worth several hundred thousand pounds a year.
The case managers' time comes from existing posts in each partner.

The value our staff talk about is different. Call handlers say they no longer dread certain numbers, and
they feel safer because the plan tells them what is new or worrying for that person.

There is also a cost we did not count at the start. When a person calls 999 twenty times a month, each
call is a small risk in itself: a crew driving on blue lights, a call handler distracted from the next
caller, a clinician spending time on a call that a named case manager could have handled better in the
morning. Reducing that churn is part of the safety case, not just a saving.
"""),
        ("spread", "Next steps and spread", """
The ambulance service is extending Known to Us to its other three areas in 2025, each with its own
local partners. We have shared the plan template with the national network of high intensity use leads
and written a short guide for control rooms on how to flag a person respectfully.

We have learned some lessons the hard way. Plans written by professionals alone did not work; the person
ignored them. Plans that tried to restrict contact made things worse. The plans that worked were short,
practical and agreed with the person, and gave them somewhere else to turn at the times they were most
likely to ring us. We would encourage anyone starting this work to begin with the person's own account
of why they call, and to build the plan around that.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1730  safety-netting for hear and treat callers who call again - docx -
#        bold headings with a cover table - ICB urgent care commissioner,
#        businesslike - with ambulance service and GP out-of-hours co-op -
#        staff involved - NO patient involvement (survey with nothing changed,
#        texts sent, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1730", format="docx", layout="bold_headings", topic="hear_and_treat_recontact_safety_netting",
    project="independent109-secondcall-1730", docx_font="Arial",
    title="The Second Call: safer advice for people who are not sent an ambulance",
    cover_table=[
        ("Entry title", "The Second Call: safer advice for people who are not sent an ambulance"),
        ("Lead organisation", "North Ashworth Integrated Care Board"),
        ("Partners", "Pennard Coast Ambulance Service NHS Trust; Ashworth Urgent Care GP Cooperative"),
        ("Contact", "Head of Urgent and Emergency Care Commissioning"),
    ],
    primary_entrant=dict(name="North Ashworth Integrated Care Board", type="icb"),
    partners=[
        dict(name="Pennard Coast Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Ashworth Urgent Care GP Cooperative", type="primary_care"),
    ],
    sections=[
        ("context", "Background", """
When someone rings 999 and a clinician in the ambulance control room decides over the phone that they do
not need an ambulance, the call is closed with advice. This is known as 'hear and treat'. Done well, it
keeps ambulances for the sickest people and saves patients a long wait and an unnecessary trip to
hospital. Across North Ashworth around one in seven 999 calls now ends this way.

The risk is that the advice is wrong, or that the person gets worse and is not sure what to do. A review
of incidents by the ambulance service in 2022 found a pattern: people who called back within 24 hours of
being given self-care advice were more likely than other callers to be seriously ill on the second call.
Among the cases reviewed were an older man with abdominal pain who turned out to have a leaking aortic
aneurysm, and a young woman with a headache who had meningitis. In both cases the second call was
triaged as if it were the first, by a different call handler, with no sight of the earlier advice.

At the same time, the GP out-of-hours cooperative was seeing people who had been advised by 999 to
'see your GP' in the evening, but the cooperative had no record of the 999 call and often repeated the
whole assessment.

The ICB brought the two organisations together in early 2023 to close these gaps.

There was also a wider concern. Hear and treat is growing across the country, and ambulance services are
under pressure to close more calls without sending a vehicle. If the safety net around those calls is
weak, the risk grows with every extra call closed. We wanted to make sure that as the numbers rose, the
people who needed to be seen were still reached.

The two organisations used different computer systems that did not talk to each other. The first months
of the project were spent agreeing what information needed to pass between them, how quickly, and who
would be responsible for acting on it. Clinical governance leads from both organisations agreed a joint
incident review process, so that any harm involving a repeat call would be looked at by both.
"""),
        ("evidence", "Results", """
Since July 2023 three things have changed. Any 999 call from a number that received hear and treat advice
in the previous 24 hours is automatically flagged and goes straight to a senior clinician rather than the
usual queue. Where the advice was to contact the out-of-hours GP, the ambulance service now sends the
call record electronically to the cooperative, which rings the patient back within two hours. And the
advice given at the end of the call follows a shared script with clear 'call back if' instructions.

<<Q:The proportion of hear and treat patients who called 999 again within 24 hours fell from 9.8% in the
year before the change to 6.1% in the year after.>> <<Q:Of those who did call again, the share who needed
an emergency admission fell from 31% to 22%, which suggests that more of the people who were going to
deteriorate are now being picked up at the first call or by the GP call-back.>>

<<Q:Serious incidents involving a repeat call after hear and treat went from eight in 2022/23 to two in
2023/24.>> The cooperative made 3,460 call-backs in the first year.
"""),
        ("stakeholders", "Involvement", """
<<S:Clinical hub paramedics and nurses reviewed the 2022 incidents with us and suggested the 24-hour flag,
which was built to their specification by the ambulance service's systems team.>> <<S:GPs and call
handlers from the cooperative tested the electronic transfer for a month and asked for the original
call recording to be attached, because written notes lost the tone of the conversation.>>
<<S:Both organisations' clinicians wrote the 'call back if' script together over three workshops.>>

Patients who received hear and treat advice were sent a text message with a link to the advice they had
been given. A patient survey was carried out in the spring of 2024 and most respondents rated the
advice as clear, so the script was left as it was. We intend to hold focus groups with patients and
carers during 2025.
"""),
        ("value", "Value", """
The flag and the electronic transfer were built within existing contracts. Each avoided emergency
admission is worth around £2,000 to the system, and the cooperative no longer repeats a full assessment
for people who have already been assessed by the ambulance service. More importantly, people who become
worse after being told to stay at home now reach an experienced clinician quickly.

The work has also made the system easier to run. Before, the cooperative's clinicians would often spend
ten or fifteen minutes repeating questions that had already been asked by the ambulance service. Now they
start from the 999 assessment and focus on what has changed. The ambulance service's senior clinicians
see a small, clearly defined group of repeat callers rather than hunting for them in the general queue.
"""),
        ("spread", "Spread", """
The ambulance service has switched the 24-hour flag on across its whole region, covering two other ICBs.
We have presented the work at the regional urgent and emergency care board and shared the script with
the NHS 111 provider, which is considering a similar flag for repeat 111 calls.

The biggest lesson for us as commissioners has been that safety-netting cannot be left to the end of a
call. It needs a system behind it: a way of recognising the second call, a route to the next service and
a record that travels with the patient. None of these was expensive, but none of them would have existed
if each organisation had been left to solve its own part alone.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1731  ED staff cannot see the ambulance electronic patient record -
#        docx - numbered questions with cover bullets - acute trust digital
#        lead, technical - with ambulance service and a patients' forum -
#        patients involved - NO staff involvement (staff trained, briefed, a
#        named CCIO doing their job)
# ---------------------------------------------------------------------------
entry(
    id="I1731", format="docx", layout="numbered_questions", topic="ambulance_epr_visible_in_ed",
    project="independent109-seewhattheysaw-1731", docx_font="Calibri",
    title="See What They Saw: the ambulance record in the emergency department",
    cover=[
        "An entry to the HSJ Patient Safety Awards 2025",
    ],
    cover_bullets=[
        "Lead: Westmere Teaching Hospitals NHS Trust",
        "Partner: Greyfield Ambulance Service NHS Trust",
        "Partner: Westmere Patients' Forum",
        "Author: Deputy Chief Clinical Information Officer, Westmere Teaching Hospitals",
    ],
    primary_entrant=dict(name="Westmere Teaching Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Greyfield Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Westmere Patients' Forum", type="patient_group"),
    ],
    sections=[
        ("context", "1. What was the problem?", """
Ambulance crews in Greyfield moved from paper to an electronic patient care record on tablets in 2020.
The record is detailed: observations taken every few minutes, medicines given, an ECG, what the patient
and family said at the scene and the crew's safeguarding concerns. At handover, the crew gives a
verbal summary to the nurse in the emergency department. The electronic record itself went to a
separate ambulance system that hospital staff could only open by logging in to a different website with
a different password, which few of them had.

In practice, our emergency department doctors and nurses were working from the verbal handover and
whatever the crew remembered to say, often in a corridor, often at the end of a long wait. Important
details were lost. A review of 60 incidents between 2020 and 2022 found 14 where information in the
ambulance record was not known to the hospital team and this contributed to harm. They included morphine
given by the crew and then given again in the department, a low blood sugar treated at the scene that was
not rechecked, a fall from a height that was not mentioned at handover, and a safeguarding concern about
a child in the house that never reached our safeguarding team.

Both organisations knew about the problem. The ambulance service had been trying for some time to find a
way of sending its records to hospitals, and our own emergency department had raised the lack of access
on its risk register. What was missing was a shared project with the technical staff from both sides
working on it together, and the money to build an interface between two systems that had been bought
separately.

Handover was also becoming more difficult for other reasons. Ambulances were often queuing outside the
department, and by the time a patient reached a cubicle the crew who had brought them in might have left
for another call. Anything that was not written down where the hospital team could see it was simply
lost.
"""),
        ("evidence", "2. What has changed, and how do you know?", """
Since September 2023 the ambulance record has been sent automatically into our electronic patient record
as a document attached to the patient's attendance, and appears on the emergency department whiteboard
as a paperclip icon within five minutes of the crew closing the record. Medicines given by the crew are
shown in the same place as the hospital's own drug chart.

<<Q:The share of emergency department attendances by ambulance where the ambulance record was opened by a
hospital clinician rose from an estimated 7% before the change to 81% in the most recent quarter.>>
<<Q:Incidents where information in the ambulance record was missed and contributed to harm fell from 14
in the two years before the change to three in the 18 months after.>> <<Q:Duplicate doses of opioids
given within an hour of a dose by the crew fell from 22 in 2022 to four in 2024.>>

We also look at how long it takes for the record to appear. In the most recent month, nine in ten
records were visible in our system within five minutes of the crew closing them, and almost all the rest
within half an hour, usually because the tablet had lost its signal outside the hospital.

The work is not finished. Crews sometimes close the record only after they have left the hospital, so
the information arrives after the handover, and the ambulance service is working on a way for crews to
send a part-completed record as they arrive in the bay.
"""),
        ("spread", "3. How has it been shared?", """
The ambulance service is now sending records the same way to the other two acute trusts it serves, using
the interface we built together. We have shared the technical specification with NHS England's
urgent and emergency care digital team.

Some parts of the work were harder than we thought. Matching ambulance records to the right hospital
attendance depends on the crew recording the patient's NHS number, and in the first weeks this was
missing in about one record in ten. The ambulance service has since made the NHS number lookup quicker on
the tablet, and the unmatched records are checked daily by our records team.
"""),
        ("value", "4. What is the value of the work?", """
The interface cost £38,000, split between the two trusts. We do not have a precise saving figure, but each
avoided opioid overdose or missed injury saves a great deal of cost and distress. Handover is also
simpler: crews no longer need to read out long lists of observations, because the department can see
them.

There are other benefits we had not expected. The safeguarding team now receives the crew's concerns
directly, and the hospital's frailty team uses the ambulance record to see how the person was living at
home, including the crew's notes about the state of the house. When a complaint or incident involves
both organisations, the full record is in one place.
"""),
        ("stakeholders", "5. How were patients and staff involved?", """
<<P:Members of the Westmere Patients' Forum, several of whom had been brought in by ambulance, walked
through the handover with us in a mock-up bay and told us that patients were often asked the same
questions four times, which led us to add the crew's summary of 'what the patient told us' to the top
of the record.>> <<P:The forum also reviewed the privacy notice and asked that patients be told at the
scene that their record would be shared with the hospital, and crews now say this.>>

All 210 emergency department nurses and doctors were trained to find and read the ambulance record, and
ambulance crews were briefed through the service's clinical bulletin. The Deputy Chief Clinical
Information Officer led the project and signed off the clinical safety case.
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1732  falls in extra care housing - pdf - CAPS headings - charitable
#        housing association, plain - with ambulance service and council -
#        tenants and staff involved - NO quantitative evidence (counts, a zero
#        with no baseline, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1732", format="pdf", layout="caps_headings", topic="extra_care_housing_falls_lifting",
    project="independent109-upandsafe-1732", pdf_font="DejaVuSans", pdf_align="L",
    title="Up and Safe: helping residents of extra care housing who fall",
    cover=[
        "Hearthstone Housing Trust (charitable housing association) with Moorvale and Seacroft Ambulance Service NHS Trust and Seacroft County Council",
        "Contact: Head of Care and Support, Hearthstone Housing Trust",
    ],
    primary_entrant=dict(name="Hearthstone Housing Trust", type="charity"),
    partners=[
        dict(name="Moorvale and Seacroft Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Seacroft County Council", type="local_authority"),
    ],
    sections=[
        ("context", "THE CHALLENGE", """
Hearthstone runs nine extra care housing schemes in Seacroft, with 612 flats for people over 55 who need
some care and support. Every scheme has staff on site around the clock, and every flat has an alarm
cord and a pendant. Our residents are older and frailer than they were ten years ago, and falls are
the most common reason they press the alarm.

Until 2023 our policy was simple: staff must not lift a resident who has fallen, because of the risk to
the resident and to the staff member's back. They made the resident comfortable and rang 999. Most of the
time the person was not hurt but simply could not get up. Because they were not injured, the call was
given a low priority and they might wait on the floor for hours. We had residents who lay on a bedroom
floor for six, eight and once eleven hours with a member of our staff sitting beside them, unable to
help. Long lies cause pressure damage, dehydration, pneumonia and muscle breakdown, and they frighten
people so badly that many never regain their confidence.

The ambulance service was just as unhappy. Crews were arriving at our schemes to find an uninjured
person who only needed help to stand, while someone elsewhere waited for them.

Our staff felt this deeply. They are support workers, not clinicians, and they were frightened of doing
the wrong thing. Some told us they had lifted residents anyway, against policy, because they could not
bear to leave them, and then worried for weeks about whether they would be disciplined. The policy was
meant to keep people safe, but in practice it was leaving older people on the floor and staff caught in
the middle.

We knew that lifting on its own was not the answer. A resident who has fallen may have a broken hip, a
head injury, a stroke or an infection, and lifting them without checking could make things worse. What
we needed was a way for our staff to get clinical advice quickly, and permission to act on it.
"""),
        ("evidence", "WHAT WE HAVE ACHIEVED", """
Since April 2023 every scheme has an inflatable lifting cushion, and staff on every shift are trained to
use it. When a resident falls, the staff member rings a dedicated line to a paramedic in the ambulance
clinical hub, who goes through a short assessment with them on the phone. If the paramedic agrees it is
safe, staff lift the resident with the cushion and the paramedic stays on the line. If not, an
ambulance is sent with the extra information the call has given.

In the first eighteen months staff made 1,134 calls to the clinical hub line. In 902 of them the
resident was lifted safely by our staff, and in 232 an ambulance was sent. 146 staff have been
trained, and every scheme has at least two trained staff on every shift. Since the scheme began no
resident has waited on the floor for more than an hour. The council's falls prevention team has
carried out 210 follow-up visits. Our target is for every resident who falls twice in a year to have a
falls review within a month.
"""),
        ("stakeholders", "WORKING TOGETHER", """
<<P:The tenants' panel at Linden Court, one of our largest schemes, spent two meetings talking through
what it is like to lie on the floor waiting, and the panel members asked that staff always bring a
blanket, a pillow and a drink first, which is now step one of our procedure.>> <<P:Two residents agreed
to be lifted on the cushion during our staff training so that staff could learn what it felt like from
someone who was nervous, and they told us to explain each stage before doing it.>>

<<S:Night support workers trialled three different lifting devices in the spring of 2023 and chose the
cushion because it could be carried up stairs by one person.>> <<S:Paramedics from the clinical hub and
our scheme managers wrote the phone assessment together, and the paramedics asked for the questions to
be in the same order every time so that nothing is missed.>> <<S:The council's occupational therapists
advised on how to adapt the procedure for residents with hip replacements.>>
"""),
        ("value", "VALUE FOR MONEY", """
Each lifting cushion cost around £1,500, paid for by the council's Better Care Fund. Training is done by
the ambulance service's falls lead during existing training days. Every uninjured resident lifted by our
staff is one ambulance that can go elsewhere, and one older person who is back in bed within the hour.

There are benefits we had not expected. Staff feel trusted and better trained. Residents who have been
lifted by staff they know tell us it is less frightening than being lifted by strangers. And because
every call to the clinical hub is recorded, we now have a clear picture of who is falling, when and
where, which we share with the council's falls prevention team so that residents who fall more than
once can be offered an assessment at home.
"""),
        ("spread", "SHARING WHAT WE HAVE LEARNED", """
We have shared our procedure with two other housing associations in the county, and the ambulance
service is offering the clinical hub line to sheltered housing schemes with warden cover. We presented
the work at a regional housing with care conference in October 2024.
"""),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1733  overdoses coded as mental health calls - pdf - two columns -
#        university toxicology lead, academic - with ambulance service, acute
#        trust and a lived-experience charity - people with lived experience
#        and staff involved - no flags ('a third fewer')
# ---------------------------------------------------------------------------
entry(
    id="I1733", format="pdf", layout="two_column", topic="overdose_calls_mental_health_triage",
    project="independent109-notjustacrisis-1733", pdf_font="LiberationSerif",
    title="Not Just a Crisis: recognising the physical danger in overdose calls to 999",
    cover=[
        "Lead: University of Harnworth, Centre for Clinical Toxicology",
        "Partners: Vale and Marsh Ambulance Service NHS Trust; Harnworth General Hospital NHS Trust; Stillwater Voices (lived experience charity)",
    ],
    primary_entrant=dict(name="University of Harnworth", type="university"),
    partners=[
        dict(name="Vale and Marsh Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Harnworth General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Stillwater Voices", type="charity"),
    ],
    sections=[
        ("context", "Background", """
Deliberate overdose is one of the commonest reasons for a 999 call about a person in mental distress.
The caller is usually the person themselves or someone close to them, and the conversation is, quite
properly, about their safety and state of mind. Yet an overdose is first of all a poisoning. Paracetamol
causes no symptoms for many hours while it damages the liver; some antidepressants cause fits and heart
rhythm problems; mixtures with alcohol or opioids can stop a person breathing.

Our research group was asked by the ambulance service in 2022 to look at 999 calls about overdose after
two deaths from late-treated paracetamol poisoning. We found that the call triage system routed many of
these calls down a mental health pathway because the caller mentioned suicidal thoughts first. Such calls
were often given a low priority and could wait many hours for an ambulance or a mental health
practitioner, and the time of ingestion, the amount taken and the substance were often not recorded at
all. For paracetamol, the antidote works best within eight hours.

Nobody had designed the system this way on purpose. The triage software asks questions in an order that
makes sense for many calls, and mental health calls had been given their own pathway for good reasons:
to get people in crisis to the right professional rather than always sending an ambulance. But the
pathway had not been built with poisoning in mind, and the questions that mattered most for physical
safety were either asked late or not asked at all.
"""),
        ("evidence", "Findings and results", """
Together with the ambulance service we built a short set of questions, asked on every call that mentions
an overdose, about what was taken, how much and when. The answers are fed into a toxicology risk tool
our group developed, which tells the clinical hub whether the person needs an ambulance urgently,
whether they can be taken by other means, and whether the antidote clock is running. A clinical
toxicologist from the hospital is available by phone to the hub around the clock.

We compared 1,420 overdose calls in the year before with 1,511 in the year after the change in October
2023. <<Q:Calls where the substance, amount and time were all recorded rose from 29% to 88%.>>
<<Q:Among patients with paracetamol poisoning who needed the antidote, the share who started it more than
eight hours after taking the tablets fell from 41% to 17%.>> <<Q:There were a third fewer admissions to
intensive care for overdose from the area served.>> Median time to an ambulance for calls judged high risk
by the tool was 38 minutes, against a regional figure of 52 minutes.
"""),
        ("stakeholders", "Who took part", """
<<P:Eight people from Stillwater Voices who have survived an overdose met with our team over six
sessions; they told us that being asked practical questions about tablets early in the call made them
feel taken seriously rather than judged, and they helped word the questions.>> <<PS:A peer support
worker employed by Stillwater, who has her own experience of self-harm, joined the design group and
listened to anonymised call recordings with the clinicians, pointing out where a question would make a
frightened person hang up.>>

<<S:Call handlers tested the question set in the ambulance training suite and asked for the amount taken
to be recorded as 'unknown' rather than left blank, which became part of the tool.>> <<S:Emergency
department consultants at Harnworth General reviewed the risk tool's thresholds against their own cases
before it went live.>>

The design group met every fortnight between January and September 2023. It included a clinical
toxicologist, an ambulance service mental health lead, a consultant in emergency medicine, two of our
research staff and the peer support worker. We were careful that the tool should not turn a
conversation about a person's distress into a checklist. The practical questions are asked early, but
the call handler then returns to how the person is feeling and who is with them.
"""),
        ("value", "Value", """
The tool was built with a university research grant and costs nothing to use. An admission to intensive
care after paracetamol poisoning costs many thousands of pounds, and liver transplant far more. Just as
important, people who overdose are treated as patients with a poisoning as well as a person in crisis.

There is a human cost to the old way that is harder to put into numbers. People who had taken an
overdose and then waited many hours for help often told emergency department staff that they felt
nobody cared whether they lived or died. A slow response to a person at their lowest point can
confirm exactly what they already believe about themselves. A prompt, practical response says
something different.
"""),
        ("spread", "Spread", """
The question set has been adopted by a second ambulance service and is being tested by an NHS 111
provider. We have published the tool under an open licence and presented the results at two national
emergency medicine conferences.

One lesson from this work is that research groups can be useful partners in safety work outside
universities. We brought the time to analyse calls in detail and the toxicology knowledge to build the
tool; the ambulance service brought the calls, the systems and the clinicians who had to use it. Neither
could have done it alone.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1734  photographs of rashes sent to 111 clinicians, darker skin - docx -
#        rubric headings - GP federation clinical assessment service lead,
#        reflective - with community trust and a Black and Asian health forum -
#        forum members and staff involved - NO quantitative evidence (counts,
#        single figure, a target, audit with no baseline)
# ---------------------------------------------------------------------------
entry(
    id="I1734", format="docx", layout="rubric_headings", topic="111_photo_rash_darker_skin",
    project="independent109-seeingclearly-1734", docx_font="Calibri",
    title="Seeing Clearly: safer remote assessment of rashes on all skin tones",
    cover=[
        "Lead organisation: Southgrave GP Federation (NHS 111 Clinical Assessment Service)",
        "Partners: Southgrave Community Health NHS Trust (Tissue Viability and Paediatric Nursing); Kinara Black and Asian Health Forum",
    ],
    primary_entrant=dict(name="Southgrave GP Federation", type="primary_care"),
    partners=[
        dict(name="Southgrave Community Health NHS Trust", type="nhs_trust"),
        dict(name="Kinara Black and Asian Health Forum", type="patient_group"),
    ],
    sections=[
        ("context", "Context and problem", """
Southgrave GP Federation provides the clinical assessment service behind NHS 111 for a population of
about 900,000. Our GPs, nurses, paramedics and pharmacists call back people whose 111 call needs a
clinician. Since 2021 they have been able to ask the caller to send a photograph from their phone, and
photographs are now used in thousands of calls a year, most often for rashes, wounds, eye problems and
swellings.

We became worried about a risk that nobody had set out to create. Almost all the guidance, training
material and reference images our clinicians used showed white skin. Redness, the pallor of a child who
is seriously ill, the purple non-blanching spots of meningococcal sepsis, cellulitis, pressure damage and
jaundice can all look very different on brown and black skin, and a phone camera under a yellow light
bulb makes that harder still. Southgrave is one of the most diverse areas in the country, and nearly
half of the children we assess are from Black, Asian or mixed ethnic backgrounds.

Two incidents brought this home. In the first, a photograph of a rash on the legs of a Black toddler was
judged not to be a worry, and the child was admitted the next day with sepsis. In the second, a
pressure ulcer on the heel of an older Asian man was described as 'no redness seen'. A review of our
photo consultations found that clinicians used words such as 'red' and 'pink' in descriptions of darker
skin where they were of no help.

We also realised that this was not only about photographs. Clinicians describing skin over the phone ask
callers whether a child is 'pale', whether a leg is 'red' or whether the skin looks 'blue', and these
questions are just as hard to answer for people with darker skin. The work therefore covered the words
we use on the telephone as well as the images we look at.
"""),
        ("evidence", "Evidence of improvement", """
Since November 2023 the photo request sent to callers includes simple instructions on light and
distance, and a request for a second photograph of the same area next to an unaffected patch of skin.
Clinicians use a new guide, with images on a wide range of skin tones, built into the photo viewer.
Descriptions of rashes now use words about texture, warmth and colour change that work on all skin.

Since the change 14,300 photographs have been reviewed with the new guide. All 312 of our clinicians have
completed the skin tone module. An audit of 200 consultations in June 2024 found that 91% used
the new descriptive terms. Our goal is to reach 100% by the end of 2025 and to repeat the audit every
six months. There have been no serious incidents related to photo assessment of rashes since November
2023.

We are also following up every child who was assessed by photograph and then admitted to hospital
within 48 hours, so that any missed signs on darker skin can be fed back to the clinician and used to
improve the guide.
"""),
        ("stakeholders", "How patients and staff were involved", """
<<P:Women from the Kinara Black and Asian Health Forum held two sessions with our clinical leads, and
parents in the group showed us on their own children's arms what a rash looks like on darker skin,
which changed the wording of the guide.>> <<P:They told us the instructions to callers had assumed a
bright bathroom light, and suggested taking the photograph by a window in daylight, which is now the
first instruction.>> <<P:Forum members also volunteered photographs of their own skin conditions, with
consent, for the image library.>>

<<S:Tissue viability and children's nurses from the community trust chose the images for the guide and
checked every description.>> <<S:Our clinicians tested the photo viewer over four weeks and asked for the
guide to open automatically when a rash photograph is received, rather than being a separate
document.>>
"""),
        ("value", "Value and impact", """
The guide was produced for around £12,000, most of it for professional photography. It takes a clinician
a few seconds to use. Parents who have used the service have told us they were glad to be asked for a
second photograph. The value is in a child with sepsis or an older man with a pressure ulcer being seen
on the same day.

We should also be honest that the work has cost our clinicians some time. Asking for a second
photograph and reading the guide adds perhaps a minute to a consultation. In a busy clinical assessment
service that minute matters, and we have had to explain why it is worth it. Most clinicians, once they
have used the guide a few times, say it makes them quicker rather than slower, because they are more
confident in what they are seeing.
"""),
        ("spread", "Spread and sustainability", """
The image guide is free to use and has been shared with the regional 111 provider network, two other
clinical assessment services and the community trust's district nurses. The skin tone module is part of
induction for every new clinician.

We do not pretend this work is finished. Skin tone is only one of the ways in which remote assessment
can be less safe for some groups than others, and we are now looking at how clinicians assess
breathlessness and pain over the phone in callers whose first language is not English.
"""),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1735  overflow 999 work by a private ambulance provider, lost records -
#        docx - lists - PRIVATE ambulance company as primary entrant with the
#        ambulance trust (ineligible) - operations director, upbeat - staff
#        involved - NO patient involvement (patients as beneficiaries, leaflet)
# ---------------------------------------------------------------------------
entry(
    id="I1735", format="docx", layout="bullet_lists", topic="private_ambulance_overflow_records",
    project="independent109-onerecord-1735", docx_font="Arial",
    title="One Crew, One Record: making private ambulance crews part of the 999 system",
    cover=[
        "Submitted by: Rapidline Medical Services Ltd",
        "Working with: Eastwold Ambulance Service NHS Trust",
        "Contact: Director of Operations",
    ],
    primary_entrant=dict(name="Rapidline Medical Services Ltd", type="private"),
    partners=[
        dict(name="Eastwold Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "Background", """
Rapidline is an independent ambulance provider. Since 2021 we have provided extra double-crewed
ambulances to Eastwold Ambulance Service during busy periods, responding to 999 calls on the trust's
behalf.

The problems we found:

- our crews recorded patient care on our own paper forms, not the trust's electronic record

- copies were posted to the trust's records team, sometimes a week later, and some went missing

- emergency department staff could not see the record, and neither could the trust's clinical hub if the patient called again

- our crews had no access to care plans, do not attempt resuscitation decisions or previous calls held on the trust's system

- when things went wrong, incidents were investigated separately by each organisation

A patient who called again after being left at home by one of our crews was, in effect, a new patient.

None of this was anyone's fault in particular. Independent providers have been used by ambulance services
for many years, usually for short periods, and the paperwork arrangements had grown up piecemeal. As the
pressure on 999 services grew after 2021, we were providing crews almost every day, and the gaps between
our systems and the trust's became a real safety risk rather than an administrative nuisance.

Our crews are trained to the same standards as the trust's own staff, and most of our paramedics also
hold bank contracts with NHS ambulance services. The problem was not their clinical care but the fact
that it happened in a separate paper world that nobody else could see. A patient seen by our crew in the
afternoon, and then by a trust crew in the evening, might have two completely separate records, with no
way for the second crew to know what the first had found or done.

We raised this with the trust's operations and clinical directors in the autumn of 2023, and a joint
project group was set up with a paramedic from each organisation, the trust's digital team and our
clinical lead.
"""),
        ("evidence", "What has improved", """
From January 2024 our crews use the trust's own electronic patient care record on trust tablets, log in
to the trust's systems and can see the same care plans and call history as trust crews. Incidents are
reported on the trust's system and reviewed jointly.

- <<Q:patient records not received by the trust within 24 hours fell from 18% of Rapidline attendances in 2023 to under 1% in 2024>>

- <<Q:records with a full set of observations rose from 64% to 93%>>

- <<Q:the proportion of patients left at home by Rapidline crews who called 999 again within 48 hours dropped from 7.2% to 4.9%, close to the trust's own figure>>

- Rapidline crews attended 9,840 calls in 2024

- every incident involving a Rapidline crew in 2024 was reviewed jointly with the trust, and the learning shared with both workforces
"""),
        ("stakeholders", "How we involved people", """
- <<S:Rapidline paramedics and technicians tested the trust's tablets on shift for two months and reported problems logging in at remote stations, which led the trust to change the log-in process for all crews>>

- <<S:the trust's clinical governance team and our clinical lead agreed a joint incident review process, with crews from both organisations invited to the reviews>>

- <<S:trust clinical hub staff asked that our crews phone the hub before leaving any patient at home, as trust crews do, and this is now in our procedures>>

- patients benefit because their record now follows them wherever they go

- a leaflet explaining that they have been seen by a private crew on behalf of the NHS is given to every patient
"""),
        ("value", "Value", """
- the trust supplied the tablets from its existing stock

- our crews no longer spend time filling in paper forms after each job

- the trust's records team saves around one day a week chasing missing forms

- there is no separate cost to the trust for the change; the records and the tablets sit within the trust's existing licences

- joint incident reviews mean learning is shared across both crews rather than kept in two separate organisations

- patients who call again are now recognised as having been seen recently, which makes the second assessment safer
"""),
        ("spread", "Spread", """
- Rapidline is offering the same arrangement to the two other ambulance services it works with

- we have shared our experience with the independent ambulance providers' association

- the joint incident review process has been written into our contract with the trust from April 2025

- we would be glad to share the project plan, the log-in arrangements and the information governance agreement with any ambulance service that uses independent providers
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1736  welfare call-backs to people waiting for a category 3 ambulance -
#        pdf via soffice - style headings - departments of one ambulance
#        service, no partner (ineligible) - EOC clinical lead, frank - staff
#        involved - NO patient involvement (negation, complaints read, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1736", format="pdf", layout="style_headings", topic="category3_welfare_callbacks",
    project="independent109-stillwaiting-1736", render_via="soffice", docx_font="Liberation Serif",
    title="Still Waiting? Welfare call-backs for people in the ambulance queue",
    cover=[
        "Entrant: Northfold Ambulance Service NHS Trust - Emergency Operations Centre, Clinical Hub and Patient Safety Team",
        "Author: Clinical Lead, Emergency Operations Centre",
    ],
    primary_entrant=dict(name="Northfold Ambulance Service NHS Trust", type="emergency_service"),
    partners=[],
    sections=[
        ("context", "The problem", """
Category 3 calls are the urgent but not immediately life-threatening ones: a fall with a possible
fracture, abdominal pain, a diabetic problem, an older person who is unwell and confused. The national
standard is to reach nine in ten of them within two hours. During the winters of 2021 and 2022 people in
Northfold sometimes waited ten hours or longer.

Our procedure said that people in the queue should be called back by a call handler at set intervals to
check whether anything had changed. In reality, on the worst nights, call handlers were answering new
999 calls and the call-backs did not happen. When they did, the call handler read a short script and
had no clinical training to notice a change. Patients deteriorated while they waited, and we found out
when the crew arrived, or when a relative rang back in a panic. Our patient safety team reviewed 37
serious incidents from those two winters in which a long wait was a factor. In 19 of them, a call-back
had been missed or had not picked up a deterioration.

There was no single failure here. Demand had risen, handover delays at hospitals were holding crews for
hours, and the queue of people waiting for an ambulance grew every evening. Call handlers were doing their
best in impossible circumstances. But the way we had organised welfare call-backs assumed that the queue
would be short and that a call handler would have time between calls, and neither was true any more.

The reviews also showed that when call-backs did happen, they were not designed to find deterioration.
The script asked whether anything had changed, and most callers said no, even when the patient was
becoming more drowsy or more breathless, because the change was gradual and the person on the phone was
a frightened relative who was not sure what to look for.
"""),
        ("evidence", "The change and the results", """
In October 2023 we moved welfare call-backs from call handlers to a dedicated team of clinical navigators,
who are paramedics and nurses working in the clinical hub. The queue is sorted by risk, not just by time.
Navigators call the highest-risk patients first, use a short structured check that includes a question
about new symptoms and, where possible, ask the caller to take a pulse or describe skin colour. They can
upgrade a call, arrange a different response such as the urgent community response team, or give advice
to go to an urgent treatment centre by other means.

<<Q:The proportion of category 3 patients waiting over two hours who received a welfare call-back on time
rose from 43% in winter 2022/23 to 92% in winter 2023/24.>> <<Q:Calls upgraded to a higher category after
a welfare call-back more than doubled, from 310 to 744, showing that deterioration is being found while
people wait rather than when the crew arrives.>> <<Q:Serious incidents in which a long wait was a factor
fell from 21 in winter 2022/23 to 9 in winter 2023/24.>>

We also know that some things have not improved as much as we hoped. The very longest waits still happen
on the busiest nights, when even the navigators cannot call everyone as often as the risk suggests, and
the welfare call-back cannot replace an ambulance for a person who needs one. We are working with the
hospitals in our area to reduce the handover delays that keep crews away from the queue in the first
place.
"""),
        ("stakeholders", "Involvement", """
<<S:Clinical navigators designed the structured check themselves over a series of lunchtime sessions and
tested it on live calls for a fortnight before it was adopted.>> <<S:Call handlers told us they felt
guilty when they could not make call-backs, and it was their suggestion that call-backs be moved to
clinicians altogether.>> <<S:The patient safety team and the hub's senior paramedics reviewed each of the
37 incidents together and used them to choose the questions in the check.>>

We did not involve patients or families directly in designing the call-backs, because of the pace at which
the change had to be made before winter. Complaints from families about long waits were read as part of
the incident review. We hope to invite people who have waited in the queue to review the check during
2025.
"""),
        ("value", "Value", """
The navigator team was created from existing clinical hub posts, with six additional whole-time posts
funded from winter money at a cost of about £320,000. Every upgrade that reaches a deteriorating patient
sooner may prevent an admission to intensive care or a death, and calls that can be closed with advice
release ambulances for others.

There are also benefits for staff. Call handlers no longer carry the weight of call-backs they know they
cannot make, and the navigators, who are experienced clinicians, tell us that they find the work
rewarding because they can see the difference they make. 
"""),
        ("spread", "Spread", """
The approach has been shared with all English ambulance services through the national emergency
operations centre leads' network, and we have hosted visits from two of them. The structured check is in
our clinical hub handbook.

For other services considering the same change, our advice is to start from your own incident reviews.
Ours told us clearly that the problem was not the interval between call-backs written in our procedure,
but who was making the calls and what they were looking for. Moving the work to clinicians cost money,
but it was money spent directly on the people at greatest risk.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1737  chest pain in people who walk in to an urgent treatment centre -
#        docx - reordered - PRIVATE urgent care company as primary entrant,
#        with community trust and ambulance service (ineligible) - medical
#        director, clinical - patient involvement told in passive voice in the
#        context section - staff involved - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I1737", format="docx", layout="reordered", topic="utc_walk_in_chest_pain_ecg",
    project="independent109-tenminutes-1737", docx_font="Cambria",
    title="Ten Minutes to an ECG: chest pain at the Fernley urgent treatment centre",
    cover=[
        "Primary entrant: Medora Urgent Care Ltd, provider of Fernley Urgent Treatment Centre",
        "Partners: Fernley and Dunmore Community Health NHS Trust; Southmarch Ambulance Service NHS Trust",
        "Submitted by the Medical Director, Medora Urgent Care",
    ],
    primary_entrant=dict(name="Medora Urgent Care Ltd", type="private"),
    partners=[
        dict(name="Fernley and Dunmore Community Health NHS Trust", type="nhs_trust"),
        dict(name="Southmarch Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("evidence", "Results first", """
Before the change, a person who walked in with chest pain waited on average 47 minutes for an ECG, and
one in five waited more than an hour and a half. <<Q:In the twelve months since the change, the median
time from arrival to ECG has been 8 minutes, down from 47.>> <<Q:People with a heart attack confirmed on
the ECG now leave the centre by ambulance for the heart attack centre far sooner, with the median time
from arrival to departure going from 112 minutes to 41.>>

<<Q:Patients who walked out before being seen after reporting chest pain at reception, which happened
to about one in twenty, have become rare, with 3 in the last year against 38 in the year before.>>
"""),
        ("context", "The problem", """
Fernley Urgent Treatment Centre is open from 8am to 10pm and sees around 160 people a day. Most come
with minor injuries and illnesses, but a steady number arrive with chest pain, usually because they do
not want to 'bother' 999 or because they think it is indigestion. Some of them are having a heart attack.
In 2022 we had two cases in which a man with a heart attack sat in our waiting room for over an hour
before an ECG was done. One of them had a cardiac arrest in the waiting room. He survived, but only
because a nurse happened to be walking past.

The problem was in the way we were set up. Reception booked people in by time of arrival. Chest pain was
meant to be flagged to the streaming nurse, but at busy times the streaming queue was itself long. Our
single ECG machine was kept in a treatment room that was often in use. When an ECG showed a heart attack,
our staff had to ring 999 like anyone else and wait in the queue for an ambulance.

<<P:What this felt like from the other side of the reception desk was described to us in some detail
by people who had been through it.>> <<P:A man who had his heart attack in our waiting room, and his wife, were invited
to meet our clinical team, and it was his suggestion that reception staff should not ask people with
chest pain to sit down and wait but should walk them straight through.>>

The centre is run by our company under a contract with the integrated care board, with clinical support
from the community trust's emergency care practitioners, who work alongside our own GPs and nurses. Like
most urgent treatment centres, we are not set up to treat a heart attack. Our job is to recognise it
quickly, start the first treatment and get the person to the heart attack centre, which is 14 miles away.
Every minute of delay in that chain is heart muscle lost.

We also found that people with chest pain were not always recognised at the desk. Women, younger people
and people whose first language is not English were more likely to describe their symptoms in other
words, such as feeling sick, breathless or 'not right', and were more likely to be booked in as a
general complaint and wait in the main queue.
"""),
        ("stakeholders", "How we worked with partners, staff and patients", """
<<S:Receptionists helped design the 'chest pain card' they now hand to the streaming nurse, and asked for
a list of words people use, such as 'tightness', 'heartburn' and 'my arm feels funny', because patients
rarely say 'chest pain'.>> <<S:Emergency care practitioners from the community trust and paramedics from
Southmarch worked out with us a direct line from the centre to the ambulance clinical hub, so that a
confirmed heart attack is treated as a category 1 or 2 call without being triaged again.>> <<S:Nurses
tested two positions for a second ECG machine and chose the streaming room itself.>>

<<P:Members of the centre's patient reference group tried out the new arrival route and asked for a sign
at the entrance, in plain words and four languages, telling people with chest pain to go straight to the
desk.>>

The heart attack centre has also agreed to accept an ECG sent from our streaming room, so that a person
with a confirmed heart attack can go straight to the catheter laboratory rather than through the
emergency department.
"""),
        ("value", "Value", """
A second ECG machine cost £6,800. The direct line to the clinical hub cost nothing. Each heart attack
treated an hour sooner saves heart muscle and, for some people, their life. Receptionists say they feel
more confident because they now know what to do when someone says they have chest pain.

There have been other benefits. The direct line to the clinical hub is now also used for other
time-critical conditions, such as suspected stroke and sepsis, where a person has walked in and needs an
ambulance straight away. Our nurses say the streaming room feels safer now that the ECG machine is
always to hand, and the receptionists have asked for similar cards for other warning signs, such as
sudden severe headache.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="missing_section", criterion="spread"),
    ],
)


# ---------------------------------------------------------------------------
# I1738  older couples where one falls at night and the other cannot lift
#        them - docx - no headings - long - carers' charity chief officer,
#        personal - with ambulance service, council and community trust -
#        carers involved - NO staff involvement (staff trained, a named
#        coordinator doing her job, organisations agreeing)
# ---------------------------------------------------------------------------
entry(
    id="I1738", format="docx", layout="no_headings", topic="dementia_spouse_night_falls_carers",
    project="independent109-notonthefloor-1738", docx_font="Georgia",
    title="Not On The Floor Tonight: support for older carers when the person they look after falls",
    cover=[
        "Ashby Marsh Carers' Trust (registered charity), working with Tollerton Ambulance Service NHS Trust, Ashby Marsh District Council and Fenholt Community NHS Trust",
        "Entry by the Chief Officer, Ashby Marsh Carers' Trust",
    ],
    primary_entrant=dict(name="Ashby Marsh Carers' Trust", type="charity"),
    partners=[
        dict(name="Tollerton Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Ashby Marsh District Council", type="local_authority"),
        dict(name="Fenholt Community NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", None, """
Most of the carers who come to us are husbands and wives in their seventies and eighties, looking after
a partner with dementia or Parkinson's or after a stroke. They are frail themselves. When the person
they care for falls, which often happens at night on the way to the toilet, they cannot lift them and
should not try. So they ring 999, and because the person on the floor is usually not badly hurt, they
wait. We have heard from carers who sat on a cold bathroom floor beside their husband until morning,
holding his hand, because they did not want him to be alone and could not get him up.

The harm is double. The person who has fallen can develop pressure sores, become dehydrated, get
pneumonia or have muscle damage that affects their kidneys. The carer, who often has a bad heart or bad
knees, tries to lift anyway, hurts their back or falls themselves, and sometimes the next 999 call is
about two people on the floor. We know of three carers in our area in 2022 who were injured lifting a
partner. One of them, a woman of 84, broke her wrist, and her husband, who has dementia, had to go into a
care home because she could no longer look after him.

After one of our carers' groups in the autumn of 2022, a retired miner said something that we have kept
coming back to. He said he did not mind waiting for an ambulance if he knew someone was coming, but what
frightened him was not knowing whether he was doing the right thing, and not knowing whether to move
her or leave her.

We went to the ambulance service, the council's community alarm service and the community trust's falls
team and asked whether, between us, we could do better for these couples.

It was not that anyone was doing a bad job. The ambulance service was prioritising correctly: an
uninjured person on the floor is less urgent than a cardiac arrest or a stroke. The council had a
community alarm service with night responders, but only people who had an alarm and knew to press it
got a response, and many of our carers had never heard of it. The community trust had a falls team
whose practitioners did excellent assessments, but they worked in office hours and usually saw people
weeks after a fall, not on the night. And our own carers' support workers heard these stories every
week at our groups but had no way of changing what happened at two o'clock in the morning.

Looking after someone with dementia at home is exhausting. Many of our carers sleep badly because they
are listening for their partner getting up in the night. When a fall happens, they are often already
tired, frightened and in pain themselves. They need simple instructions they can follow in a crisis, a
number they trust, and the knowledge that someone is coming.
"""),
        ("evidence", None, """
Not On The Floor Tonight has three parts. The first is a falls plan for the couple, agreed at home with
a falls practitioner from the community trust, saying how to tell whether the person is hurt, what to
do, and who to ring first. The second is that every couple with a plan has a council community alarm
with a falls line, and the council's night responders, who carry a lifting chair, go out to uninjured
falls within an hour. The third is a note on the ambulance service's system, linked to the couple's
address, so that if a 999 call does come, the call handler knows there is a plan and an older carer who
may be at risk themselves.

We began in January 2023 with 40 couples and now support 212. <<Q:Among the first 120 couples, who have
been with us for more than a year, 999 calls for falls fell from 188 in the year before they joined to
74 in the year after.>> <<Q:The average time a person lay on the floor after a fall at night, as reported
by the carer, came down from just over three hours to 42 minutes.>> <<Q:Carers injured while trying to
lift their partner fell from nine in 2022 to one in 2024, among the couples we support.>>

We also ask carers how confident they feel. In our most recent questionnaire most said they knew exactly
what to do if their partner fell, and several wrote that they slept better.

Not everything has worked. Some couples did not want an alarm, or forgot to press it, and some carers
still rang 999 first because it was the number they knew. We have learned to go through the card at
every visit, not just the first, and to put the community alarm number next to the phone as well as on
the bathroom door. For a few couples with complex needs, the night responders have not been the right
answer, and the falls practitioner has arranged equipment, such as a sensor mat or a commode by the
bed, so that the person with dementia is less likely to get up and fall at all.
"""),
        ("stakeholders", None, """
This scheme was shaped by carers from the start. <<P:The retired miner and his wife, and eleven other
couples from our groups in Ashby and Holme, met with us over the winter of 2022 and described, fall by
fall, what had happened on the nights it went wrong.>> <<P:It was the carers who asked for the plan to
be a single card on the back of the bathroom door rather than a booklet, and they chose the pictures on
it.>> <<P:A group of carers tried out the council's lifting chair in our hall and told the council that
the responders should always explain to the person with dementia what was happening, slowly, before
touching them.>> <<P:Two daughters who care for their parents from a distance asked us to include a text
to family when a fall is reported, which the community alarm service now sends when the carer agrees.>>

Our Carer Support Coordinator, Mrs Denise Aldous, set up the falls plans and arranges the home visits.
The ambulance service agreed to add the address notes, and the council agreed to give our couples
priority for the night responders. All 26 of the council's night responders and the community trust's
falls practitioners were trained in supporting people with dementia by our own trainer.
"""),
        ("value", None, """
The scheme runs on a grant of £48,000 a year from the district council and a local community
foundation, which pays for the coordinator post and the cards. The community alarms and night
responders were already funded by the council. Each 999 call for a fall that is avoided saves the
ambulance service around £250, and each carer who is not injured may keep a couple together at home for
longer, which is worth far more.

What carers tell us matters most is peace of mind. One wife said she had put the card on the fridge and
on the bathroom door, and that just seeing it made her feel less alone at night.

We are a small charity with four staff and forty volunteers. We could not have done any of this alone,
and we are proud that an organisation of our size has been able to bring the ambulance service, the
council and the community trust together around the needs of older carers.
"""),
        ("spread", None, """
The ambulance service has asked us to help other carers' organisations across its area set up the same
scheme, and two have started. We have shared the card and our training with the national carers'
network and spoken at the county dementia partnership. The council now offers a falls plan to every
couple who request a community alarm where one of them is a carer.
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1739  ambulance handover delays and the calls waiting in the community -
#        pdf - form - ICB system flow lead, managerial - with acute trust,
#        ambulance service and community trust - staff involved - NO patient
#        involvement (beneficiaries, letters, meeting updates)
# ---------------------------------------------------------------------------
entry(
    id="I1739", format="pdf", layout="form_table", topic="handover_delays_release_to_respond",
    project="independent109-fortyfive-1739", pdf_font="LiberationSans",
    title="Forty-Five and Go: releasing ambulances to the people waiting at home",
    cover_table=[
        ("Title of entry", "Forty-Five and Go: releasing ambulances to the people waiting at home"),
        ("Lead organisation", "Kestrelmoor Integrated Care Board"),
        ("Partner organisations", "Kestrelmoor University Hospitals NHS Foundation Trust; Wessborough Ambulance Service NHS Trust; Kestrelmoor Community Care NHS Trust"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
    ],
    primary_entrant=dict(name="Kestrelmoor Integrated Care Board", type="icb"),
    partners=[
        dict(name="Kestrelmoor University Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Wessborough Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Kestrelmoor Community Care NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Describe the safety problem your partnership addressed", """
Ambulance handover delays are usually discussed as a problem for the patient on the stretcher. For us
the greater harm was somewhere else: in the community, where people were waiting for the ambulances that
were stuck outside Kestrelmoor Royal. On the worst days in the winter of 2022/23, more than a quarter of
the ambulance service's crews in our area were queued at the emergency department, and the average
handover took over two hours. At the same time, people who had had a stroke, older people who had fallen
and people with chest pain were waiting at home, sometimes for many hours.

Each organisation had been trying to solve its own part. The hospital was being asked to take patients
faster with no more space. The ambulance service was being asked to respond faster with crews that were
not free. The community trust had an urgent community response team that could have seen some of the
patients at home, but had little way of knowing about them.

In April 2023 the ICB brought the three together under one shared rule: no ambulance waits more than 45
minutes at the hospital, and every hour of ambulance time saved is used for the people waiting at home.

The harm was well documented. Our ICB quality team reviewed 48 serious incidents across the area in
2022/23 in which a delayed ambulance response was a factor. They included a man who died of a heart
attack after waiting almost three hours, an older woman found dead on her kitchen floor after a fall,
and a person with a stroke who arrived too late for clot-busting treatment. Most of the delays could be
traced back to ambulances held outside one hospital.

The three organisations had talked about handover delays many times before, usually in meetings where
each explained why the problem was somebody else's. What changed in 2023 was that the chief executives
agreed to treat the risk as a shared one, with a single system-wide measure and a single daily call to
manage it, chaired by the ICB.
"""),
        ("evidence", "What evidence is there of improvement?", """
From June 2023 the hospital has operated a 'fit to sit' and a cohort area staffed by hospital nurses, so
that crews can hand over within 45 minutes and leave, and a senior ambulance officer at the hospital can
ask for an immediate release for a category 1 or 2 call nearby. The community trust's urgent community
response team now reviews the ambulance queue twice a day and takes suitable falls and frailty calls.
<<Q:The average handover time at Kestrelmoor Royal fell from 96 minutes in winter 2022/23 to 38 minutes in
winter 2023/24.>> <<Q:Hours lost to handovers over 45 minutes fell from 11,900 to 2,300 over the same two
winters.>>

<<Q:In our area, the mean category 2 response time improved from 68 minutes to 36 minutes, and the number
of people waiting more than six hours for a category 3 ambulance fell by 70%.>> <<Q:Serious incidents in
which an ambulance delay in the community was a factor fell from 26 to 10.>> The urgent community
response team took 1,870 calls from the queue in the year.
"""),
        ("stakeholders", "How were patients, carers and staff involved?", """
<<S:Emergency department nurses and ambulance crews met in joint workshops in May 2023 and agreed how the
cohort area should work, including that crews should stay until the nurse has seen the patient's
observations, not just until a trolley is found.>> <<S:Urgent community response practitioners asked to
review the queue themselves rather than wait for the ambulance service to refer, which is how the
twice-daily review began.>> <<S:The ambulance service's hospital liaison officers suggested the immediate
release request and wrote the protocol with the emergency department's consultants.>>

Patients in the community waiting for an ambulance have been the main beneficiaries of the work. The
programme was reported to the ICB's public partnership board, and Healthwatch was kept informed. People
who had complained about long waits received a letter explaining the changes.
"""),
        ("value", "What is the value and impact of the work?", """
The cohort area costs about £1.1 million a year in nursing staff, funded jointly by the hospital and the
ICB. Against this, the ambulance service has regained the equivalent of around 25 crews a day in winter,
which would otherwise cost several million pounds. Crews say they are no longer spending whole shifts
outside one hospital.

There have been costs on the hospital side that should not be hidden. Caring for more patients in the
cohort area has meant that emergency department nurses are looking after patients in corridors and
chairs for longer, and the hospital has had to manage that risk carefully, with hourly safety checks and
a senior nurse responsible for the area at all times. We believe the balance of risk is now much better
than when the same patients were waiting in ambulances, but we keep it under review through the daily
system call.
"""),
        ("spread", "How has the learning been shared?", """
The ICB has shared the model with the other two hospitals in its area, one of which has adopted it. The
regional urgent and emergency care board has asked us to present it to every ICB in the region.

The most important lesson has been about ownership. For years the handover problem belonged to
everyone and therefore to no one. Putting a single rule in place, with a daily system call and a shared
measure of harm in the community, made each organisation's part visible. We would recommend that other
ICBs start by counting the harm to people waiting at home, not only the hours lost outside the
hospital.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1740  people who call NHS 111 many times with long-term conditions - pdf -
#        with appendix - primary care network clinical director, conversational
#        - with 111 provider and community trust - patients involved by
#        pronoun, staff involved - no flags (SPC shift)
# ---------------------------------------------------------------------------
entry(
    id="I1740", format="pdf", layout="with_appendix", topic="111_repeat_callers_long_term_conditions",
    project="independent109-callusfirst-1740", pdf_font="LiberationSerif", pdf_align="L",
    title="Call Us First: care plans for people who ring NHS 111 again and again",
    cover=[
        "Entrant: Brackenfold Primary Care Network (six GP practices)",
        "Partners: Lynmouth and Tarrow NHS 111 Service (provided by Tarrow Coast Ambulance Service NHS Trust); Brackenfold Community Health NHS Trust (community matrons)",
        "Clinical Director, Brackenfold Primary Care Network",
    ],
    primary_entrant=dict(name="Brackenfold Primary Care Network", type="primary_care"),
    partners=[
        dict(name="Tarrow Coast Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Brackenfold Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "What was the problem?", """
I am a GP and the clinical director of a network of six practices. In 2022 the 111 service sent us a
list of our patients who had called 111 more than ten times in six months. There were 63 of them. I
expected to recognise most of the names and I did. They were people with heart failure, COPD, poorly
controlled diabetes, chronic pain, and often anxiety on top. What I had not realised was how often they
were calling at night and at weekends, and how often 111 was sending them to the emergency department
because the 111 clinician, quite reasonably, did not know them and could not take the risk.

The risk ran both ways. Some were being sent to hospital again and again for the same symptom that we
knew was their normal. Others, because they called so often, were in danger of not being taken
seriously when something really had changed. One woman with COPD called 111 on a Sunday with worsening
breathlessness, was advised to use her inhalers because the notes showed she called with the same
complaint every week, and was admitted to intensive care with pneumonia on the Monday.

The practices had tried to manage these patients on their own, with extra appointments and reviews,
but the calls mostly happened when the practices were closed. The 111 service had tried too, with a
system that flagged repeat callers, but the flag told the clinician only that this person called often,
not what to do. Neither of us could solve the problem without the other, and the community matrons,
who knew many of these patients well, were not part of the conversation at all.
"""),
        ("evidence", "What has changed?", """
Every patient on the list now has a short 'Call Us First' plan, written by their own GP or community
matron. It sets out their usual symptoms and observations, what counts as a real change, what the 111
clinician should do, and a number for a community matron that the patient can ring until 8pm. The plan
is shared with 111 as a special patient note, so it appears on screen as soon as the patient calls.

We track 111 calls, ED attendances and admissions for the group on statistical process control charts.
<<Q:The monthly number of 111 calls from the group shows a sustained shift downward from March 2023, with
the mean falling from 94 calls a month to 51.>> <<Q:ED attendances sent by 111 for these patients fell
from 231 in the year before to 119 in the year after.>> <<Q:There was also a fall in emergency
admissions, from 88 to 62, which suggests that the plans are not just keeping people away from
hospital but helping them to be seen earlier.>> Three patients were admitted after their plan told 111 to
escalate, and all three were admitted on the same day they called.
"""),
        ("stakeholders", "How were patients and staff involved?", """
We wrote to all 63 patients to explain the plans. <<P:Twenty of them agreed to come to a meeting at the
surgery, and they were blunt: they said they called 111 because nobody else answered after 6pm.>>
<<P:They asked for the matron's number to be on the plan, and for the plan to be written in their
own words as well as in clinical language, so that there are now two versions.>> <<P:Several of them
checked their own plans line by line with their GP before they were sent to 111.>>

<<S:111 call handlers and clinical advisers at Tarrow Coast reviewed the first ten plans and told us
what they needed on the first screen, which was the patient's usual oxygen level and what to do if it
was lower.>> <<S:The community matrons suggested the evening phone line and agreed a rota to cover it.>>
"""),
        ("value", "What is the value?", """
The matrons' evening line costs about £22,000 a year in extra hours. The fall in ED attendances and
admissions is worth several times that. The practices also spend less time dealing with 111
reports and ED discharge letters for the same handful of patients.

The patients say the biggest change is knowing who to ring. Several told us that they had called 111
because they were frightened and alone in the evening, and that talking to a matron who knew them was
often all they needed. For the 111 clinicians, the plans take away the impossible task of judging a
stranger's symptoms without any history, and for the practices they have brought back a sense of
continuity for a group of patients who had been bouncing around the urgent care system.
"""),
        ("spread", "How has it spread?", """
Two neighbouring networks have started the same scheme with the same 111 provider. The 111 service has
written our plan format into its guidance on special patient notes, and we have shared it with the ICB's
long-term conditions programme.
"""),
    ],
    trailer=[
        ("heading", "Appendix: the Call Us First plan"),
        ("para", "Each plan has six boxes: 1. My usual symptoms. 2. My usual observations (pulse, oxygen level, blood sugar, weight). 3. What is a real change for me. 4. What I can do first. 5. Who to call (community matron evening line, GP practice, 111). 6. What the 111 clinician should do, written by my GP."),
        ("para", "Data sources: NHS 111 call data from Tarrow Coast Ambulance Service NHS Trust; ED attendances and admissions from the hospital's secondary uses data, matched by the network's data analyst."),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1741  dental pain and facial swelling calls to NHS 111 - docx - style
#        headings - community dental service clinical director, careful - with
#        the 111 provider and the local dental committee - patients and staff
#        involved - NO quantitative evidence (dates, counts, budget, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1741", format="docx", layout="style_headings", topic="111_dental_swelling_airway_risk",
    project="independent109-swellingmatters-1741", docx_font="Calibri",
    title="Swelling Matters: spotting dangerous dental infections in NHS 111 calls",
    cover=[
        "Lead organisation: Orwin Valley Community NHS Trust, Community and Urgent Dental Service",
        "Partners: Northwold Ambulance Service NHS Trust (NHS 111); Orwin Valley Local Dental Committee",
        "Prepared by the Clinical Director of Community Dentistry",
    ],
    primary_entrant=dict(name="Orwin Valley Community NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Northwold Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Orwin Valley Local Dental Committee", type="primary_care"),
    ],
    sections=[
        ("context", "Background", """
Toothache is one of the commonest reasons for calling NHS 111, particularly at weekends and in areas
where people cannot find an NHS dentist. Most of these calls are about pain that can wait for an urgent
dental appointment the next day. A small number are not. A dental abscess can spread into the floor of
the mouth and the neck within hours, and when it does the person may struggle to swallow, to open their
mouth or to breathe. These infections need hospital treatment, sometimes an emergency operation to
protect the airway, and people die from them every year in the UK.

Our community trust runs the urgent dental service that NHS 111 books people into out of hours. In 2022
our dentists saw several patients who had been booked into a routine urgent slot when they should have
gone to hospital. One young man, booked for the following morning, arrived unable to swallow his own
saliva and had to be taken by ambulance to the maxillofacial unit, where he spent four days in intensive
care. Reviewing the 111 call, we found that he had been asked whether his face was swollen, said yes, but
was not asked whether the swelling was spreading to his neck or under his tongue, or whether he could
swallow.

The 111 dental questions were generic and were asked by call handlers without dental training. The
dental clinical advisers who could have helped were only available for part of the day. Meanwhile, local
dental practices were seeing the same problem from the other side: patients they had no capacity to see
were calling 111 again and again as their swelling worsened.

We also knew that callers themselves often underplay swelling. People who have been unable to find a
dentist for months get used to living with pain, and may not realise that a swelling spreading towards
the eye or the neck is a different and more dangerous thing. Any questions we asked had to be ones that
a frightened or exhausted person could answer honestly at two in the morning.
"""),
        ("evidence", "What has changed", """
Since February 2024, 111 calls about dental pain with any facial swelling are asked four extra red flag
questions, written by our dentists, about swallowing, breathing, opening the mouth and swelling below the
jaw. A yes to any of them sends the caller to the emergency department, or an ambulance if they are
struggling to breathe. Callers with swelling but no red flags get a call back from a dentist in our
service within two hours instead of a booked appointment.

In the first year, 111 call handlers asked the red flag questions on 4,870 calls. 212 callers were sent
straight to hospital and 1,640 had a dentist call-back. In the first year, 96 of these calls were audited. The trust has committed £54,000 a year to the dentist call-back
rota. Our aim for 2025 is that every dental call with swelling is either sent to hospital or called back
by a dentist within two hours.
"""),
        ("stakeholders", "Involvement of patients and staff", """
<<P:People who had been through a serious dental infection were found through the maxillofacial unit, and
four of them listened to the original 111 questions with us and told us which ones they would have
answered wrongly because they did not understand them, such as 'trismus'.>> <<P:Their suggestion of
asking 'Can you fit two fingers between your teeth?' is now one of the red flag questions.>>

<<S:111 call handlers tested the new questions in role play and asked for them to be put in the order a
caller would naturally describe their symptoms.>> <<S:Dentists from the local dental committee reviewed
the red flags against their own experience in practice and added swelling below the jaw, which we had
missed.>> <<S:Our urgent care dentists designed the call-back rota themselves so that it did not clash
with their clinical sessions.>>
"""),
        ("value", "Value", """
Spreading dental infections treated late can mean a week in hospital, a stay in intensive care and an
operation. Treated early, most need antibiotics and a simple procedure. The dentist call-back also frees
up urgent appointments for the people who need them, because many callers with mild swelling are safely
managed by phone with advice and antibiotics where appropriate.

The arrangement has also improved relationships between our service, 111 and local dental practices.
Dentists who were frustrated by patients arriving with severe infections now understand how 111
assesses dental calls and have a way of raising concerns. 111 call handlers say they feel more confident
with dental calls, which they had found difficult because they did not understand the terms.
"""),
        ("spread", "Spread and sustainability", """
The red flag questions have been added to the 111 provider's local clinical content and we have shared
them with the regional dental commissioning team. The local dental committee has sent them to every
dental practice in Orwin Valley, so practices use the same questions when patients ring them.

The questions are deliberately simple so that they can be used by any call handler, receptionist or
pharmacist. We have also offered them to the community pharmacies in our area, since many people with
toothache go to a pharmacy first.
"""),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1742  armed forces veterans in mental health crisis who call 999 or 111 -
#        pdf - numbered questions - veterans' charity chief executive, direct
#        - with the ambulance service and the mental health trust - veterans
#        involved - NO staff involvement (staff trained, briefed, a champion)
# ---------------------------------------------------------------------------
entry(
    id="I1742", format="pdf", layout="numbered_questions", topic="veterans_mental_health_crisis_calls",
    project="independent109-standto-1742", pdf_font="LiberationSans", pdf_align="L",
    title="Stand To: a safer response for veterans in crisis who call 999 or 111",
    cover=[
        "Lead: Harbourside Veterans' Support (registered charity)",
        "With: Ashcombe and Weir Ambulance Service NHS Trust (999 and NHS 111); Weirside Mental Health NHS Foundation Trust",
    ],
    primary_entrant=dict(name="Harbourside Veterans' Support", type="charity"),
    partners=[
        dict(name="Ashcombe and Weir Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Weirside Mental Health NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "1. What problem did you set out to solve?", """
Harbourside is a garrison town with a naval base down the road. About one adult in ten here has served in
the armed forces. Most veterans do well. A minority carry trauma, drink heavily, live alone and are slow
to ask for help. When they do reach out in a crisis, it is often late at night and often to 999 or 111.

We run a drop-in, a breakfast club and a helpline. Over 2021 and 2022 we lost four of our members to
suicide. Looking back, three of them had called 999 or 111 in the weeks before they died. None of those
calls had been recognised as coming from a veteran. Two were about physical symptoms after drinking,
and one was from a man who said he 'just needed someone to talk to' and was given the number of a
general crisis line, which he did not call.

Veterans told us the same things over and over. They do not like talking about feelings to strangers.
They will talk to another veteran. They find it hard to answer questions that sound like a form. And many
will not say they served unless they are asked.

Each of the services involved did its job. The ambulance service assessed the physical symptoms. The 111
adviser gave the crisis line number. The mental health trust had a specialist veterans' service, but
only for people referred to it, and nobody in the urgent care system was asking the question that would
have led to that referral. Our helpline knew the men, but did not know they had called.
"""),
        ("evidence", "2. What evidence is there that this has improved safety?", """
Since June 2023, 999 and 111 calls in our area include a question, 'Have you ever served in the armed
forces?', whenever the call is about mental health, self-harm or alcohol. A yes puts a flag on the call.
Flagged callers are offered a call back from the mental health trust's veterans' mental health service
the same day, or from our helpline out of hours, and the ambulance clinical hub can hand over directly to
either. Our helpline volunteers are all veterans.

<<Q:Calls identified as coming from veterans rose from about 20 a month, when it depended on the caller
volunteering it, to 115 a month.>> <<Q:The share of these callers who were in contact with a veterans'
mental health service within seven days rose from 18% to 64%.>> <<Q:Among the veterans referred through
the scheme, repeat 999 calls for self-harm or suicidal thoughts in the following three months fell from
an average of 2.6 per person to 1.1.>>

<<Q:We have had one suicide among our members since the scheme began, compared with four in the two years
before.>> It is too soon to say whether this is due to the scheme.

We also keep a careful eye on whether the flag is being misused. A small number of callers have said
they served when they had not, and a few veterans did not want to be put in touch with a veterans'
service at all. Both are accepted without argument; the call continues as any other mental health call
would, and nobody is refused help because of their answer.
"""),
        ("stakeholders", "3. How were patients, service users and staff involved?", """
<<P:The breakfast club was where this started: the veterans who come every Thursday told us, over several
weeks, what had happened when they or their mates had called 999, and they chose the wording of the
question so that it would not sound like a form.>> <<P:Three of them, all of whom had been in crisis
themselves, listened to a mock call with us and told us to drop the word 'vulnerable', which they said
would make any soldier hang up.>> <<P:The widow of one of the men we lost gave us permission to use his
story, and she spoke to the group about what she wished had happened.>>

All ambulance call handlers and 111 health advisers were trained in the new question through a short
online module. The mental health trust's staff were briefed at team meetings. The ambulance service
nominated a veterans' champion in the control room, who receives our monthly newsletter.
"""),
        ("value", "4. What is the value of the work?", """
The question takes a few seconds to ask. Our helpline volunteers are unpaid, and the mental health
trust's veterans' service was already funded. The cost of a single suicide to a family and a community
cannot be measured, and each crisis that is resolved over the phone saves an ambulance and an emergency
department visit.

For our members, the biggest change is that they can now be put in touch with someone who understands
military life at the moment they ask for help, rather than weeks later. Several have told us they were
surprised that an ambulance service would ask whether they had served, and that it made them feel
recognised. For the ambulance service and the mental health trust, the scheme gives them a partner who
can pick up the phone at two in the morning and speak to a veteran in language he trusts.
"""),
        ("spread", "5. How has the work been spread?", """
The ambulance service is adding the question across its whole region. We have shared our approach with
the national network of armed forces charities and with the armed forces covenant leads in the three
neighbouring councils.

We have learned that the question must be asked in a natural way, at the right point in the call, and
that it only helps if there is something useful to offer when the answer is yes. A flag with nowhere to
go would have been worse than no flag at all.
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1743  re-checking 111 decisions to send people to ED - pdf - lists - ICB
#        clinical lead, brisk - with 111 provider and GP out-of-hours provider
#        and acute trust - staff involved - NO patient involvement (told,
#        negation, plan)
# ---------------------------------------------------------------------------
entry(
    id="I1743", format="pdf", layout="bullet_lists", topic="111_ed_disposition_validation",
    project="independent109-secondlook-1743", pdf_font="DejaVuSans", pdf_align="L",
    title="A Second Look: clinical review of NHS 111 referrals to the emergency department",
    cover=[
        "Lead organisation: Severnhurst and Wye Integrated Care Board",
        "Partners: Mercian Ambulance Service NHS Trust (NHS 111); Wyeford Out of Hours GP Federation; Severnhurst Royal Hospital NHS Trust",
        "Contact: Associate Medical Director for Urgent Care",
    ],
    primary_entrant=dict(name="Severnhurst and Wye Integrated Care Board", type="icb"),
    partners=[
        dict(name="Mercian Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Wyeford Out of Hours GP Federation", type="primary_care"),
        dict(name="Severnhurst Royal Hospital NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The problem", """
Most NHS 111 calls are handled by health advisers using a computerised decision system. When the system
decides a caller should go to an emergency department, the caller is told to go, and often simply
turns up.

What we saw in Severnhurst in 2022:

- around 11% of 111 calls ended with advice to go to the emergency department, far more than the department expected or could manage

- many of these people, on review, could have been safely seen elsewhere, but sat for hours in a crowded waiting room alongside people who were very ill

- older people and people with mental health problems were particularly likely to be sent, and to wait longest

- in three serious incidents in 2022, patients deteriorated in the waiting room while staff were overwhelmed

- at the same time, a few callers who needed the emergency department urgently were given a four-hour time frame and did not go

The decision system is designed to be cautious, and rightly so: a health adviser without clinical
training cannot take risks. But caution at scale has a cost. Every person sent unnecessarily to the
emergency department adds to the crowding that makes the department less safe for everyone else, and
people who are sent repeatedly for problems that could be managed elsewhere learn to go straight to the
emergency department next time. We wanted a safer balance, with a clinician making the final decision
for the calls where the software was least sure.
"""),
        ("evidence", "Results", """
Since May 2023 every 111 referral to the emergency department with a time frame of one hour or more is
reviewed by a GP, nurse or paramedic from the out-of-hours federation before the caller is told where to
go. They can confirm the referral, book the person into a same day emergency care slot, an urgent
treatment centre or an out-of-hours GP, or upgrade the time frame.

- <<Q:111 referrals to the emergency department fell from 11.2% of calls in 2022/23 to 6.8% in 2023/24>>

- <<Q:of the patients who were still referred after review, the share admitted rose from 19% to 31%, which tells us the right people are being sent>>

- <<Q:callers re-contacting 111 or 999 within 24 hours after a review rose only slightly, from 4.1% to 4.4%, which we monitor as a safety measure>>

- clinicians reviewed 48,200 calls in the first year, and upgraded 1,150 to a faster response
"""),
        ("stakeholders", "Who was involved", """
- <<S:out-of-hours GPs and nurses designed the review template and agreed which calls could safely be redirected>>

- <<S:emergency department consultants at Severnhurst Royal met monthly with the reviewing clinicians for the first six months to look at cases together, and asked that people over 80 with a fall should always have a consultant-level review, which was added>>

- <<S:111 health advisers said callers were confused when told to wait for a call back, so they rewrote the message that callers hear>>

- patients were told about the new call-back through a message on the 111 line

- no patient representatives sat on the project group

- we plan to run focus groups with people who have used the service in 2025
"""),
        ("value", "Value", """
- the review service costs about £1.4 million a year, funded by the ICB

- each emergency department attendance avoided costs around £200, and there were over 9,000 fewer in the first year

- waiting rooms are less crowded, which makes them safer for everyone in them

- the out-of-hours federation has been able to offer more stable shifts to its clinicians, because the review work runs throughout the day and evening

- emergency department staff say they now see fewer people who tell them they were 'sent by 111' with no clear reason

- the review also catches the smaller number of callers who need to go faster than the software suggested
"""),
        ("spread", "Spread", """
- the model has been adopted by the neighbouring ICB using the same 111 provider

- we have shared the review template with NHS England's integrated urgent care team

- our lesson for other areas is to measure safety as carefully as activity, and to bring emergency department clinicians into the reviews from the start
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1744  heat-related illness calls to 111 and 999 during heatwaves - docx -
#        short form - council public health team, practical - with the
#        ambulance service and the GP federation - residents involved, staff
#        involvement told in the value section - NO evidence section and no
#        measured change anywhere
# ---------------------------------------------------------------------------
entry(
    id="I1744", format="docx", layout="form_table", topic="heatwave_calls_111_999_check_ins",
    project="independent109-hotweather-1744", docx_font="Calibri",
    title="Keep Cool, Keep Checked: heatwave calls and check-ins for people at risk",
    cover_table=[
        ("Project title", "Keep Cool, Keep Checked: heatwave calls and check-ins for people at risk"),
        ("Lead organisation", "Larchester City Council (Public Health)"),
        ("Partners", "Wenmoor Ambulance Service NHS Trust; Larchester GP Federation"),
        ("Entrant", "Consultant in Public Health"),
    ],
    primary_entrant=dict(name="Larchester City Council", type="local_authority"),
    partners=[
        dict(name="Wenmoor Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Larchester GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "Why was the partnership needed?", """
In July 2022 temperatures in Larchester reached 39C. Over three days the ambulance service received a
surge of calls about older people who had collapsed, become confused or stopped drinking, and NHS 111
was flooded with calls about heat. Many of those in trouble lived alone in top-floor flats, took
medicines such as water tablets that make dehydration more likely, and had nobody checking on them. Some
were found by neighbours days later.

Each organisation had a heatwave plan, but none of them joined up. The council had a list of people
receiving care, but not everyone at risk was on it. GP practices knew who took high-risk medicines but
had no way of contacting them all quickly. The ambulance service and 111 had advice scripts for heat,
but they did not know who was already being checked on.

Keep Cool, Keep Checked creates a single list of people at the highest risk from heat, drawn from GP
records and the council's records with consent, and a plan for what happens when a heat health alert is
issued. Council volunteers and GP practice care coordinators call everyone on the list daily during an
alert, and anyone who sounds unwell is passed to a clinician through a direct line to the ambulance
clinical hub, bypassing the 999 queue. The 111 and 999 heat advice scripts now tell callers about the
council's cool spaces and the check-in calls.

The partnership began after a debrief in September 2022, when the council, the ambulance service and the
GP federation compared what had happened in their own services during the heatwave. The picture that
emerged was of the same people appearing in each organisation's records, often more than once, with no
one organisation having responsibility for checking on them before they became ill. The people most at
risk were not always the frailest: some were younger adults with serious mental illness who were taking
medicines that affect the body's ability to control its temperature, and who did not think of themselves
as vulnerable.

The list is rebuilt every May, before the summer, using GP records of high-risk medicines and
conditions and the council's records of people receiving care or living in council flats on the top
floor. People are written to and offered the chance to opt out.
"""),
        ("stakeholders", "How were patients and the public involved?", """
<<P:Older residents at two lunch clubs in Larchester told us what had happened to them in the 2022 heat
and said they would not answer a call from a withheld number, so check-in calls now come from a local
number that is given out in advance.>> <<P:They also asked for the call to include a reminder to take a
drink while still on the phone, which callers now do.>> <<P:The Larchester Older People's Forum tested
the cool spaces map and asked that every library be included, not only community centres.>>
"""),
        ("value", "What is the value of the work, and the effect on staff?", """
The scheme runs on a budget of £35,000 a year, mostly for volunteer coordination and texts. In the 2024
alerts, 2,140 people were on the list and 9,600 check-in calls were made. <<S:The care coordinators in
the GP practices, who make most of the calls, changed the script after the first alert because it was
too long, and they now decide between themselves who calls whom.>> <<S:Clinical hub paramedics asked for
the direct line to be used only for people who sound unwell, not for advice, and helped write the
guidance for callers.>>

Residents who were called during the alerts told the volunteers that they felt less alone, and several
said they had not realised their medicines could make them more likely to be affected by heat. The
volunteers have found the work rewarding and many have signed up again for 2025.
"""),
        ("spread", "How has the work been shared?", """
The list and the check-in script have been shared with the two neighbouring councils, and the ambulance
service has offered the direct line to any council in its area that sets up a similar list. The work has
been presented to the regional heat health group.

Heatwaves are becoming more frequent, and the kind of harm we saw in 2022 is likely to become more
common. We hope that other councils will find our approach useful, particularly the idea that a list of
people at risk is only valuable if someone picks up the phone to them, and that the person who calls
must have a quick route to clinical help if the person on the other end sounds unwell.

The council's public health team coordinates the scheme each year, and a short debrief is held with
the partners after every heat health alert so that any problems can be put right before the next one.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)
