"""Eightieth independent evaluation set (I1265..I1280) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing theatre teams, surgeons,
anaesthetists, day surgery units, GP federations, councils, charities, universities,
ambulance services and integrated care boards send in, in their own voices and at their
own length.  The theme of this set is surgery and theatres: never events, wrong-site
surgery and retained items, the surgical safety checklist, older people having surgery,
and day surgery and going home the same day.

Topics: marking the right hand or foot before hand and foot surgery (an acute trust
orthopaedic department, rubric headings), throat packs left in after head and neck and
dental surgery (a university human factors group, CAPS headings), the team brief and
sign-out part of the safety checklist in an independent treatment centre (a private
surgical company as primary entrant, a form with a cover table), frailty checks and
getting older people ready before they are put on a waiting list for planned surgery (a GP
federation, two columns), next-day phone calls to people who went home after day
surgery (a volunteer befriending charity, no headings), checking the right joint implant
before it is opened (an acute trust, a pdf made from Word), hearing aids, glasses and
dentures taken from older people on the way to theatre (a council sensory support
service, lists), the wrong skin lesion removed in minor operations (an integrated care
board, own headings, no spread section), calls to NHS 111 from people sent home on the
day of gallbladder surgery (an ambulance service, numbered questions), a shortened
checklist for the most urgent caesarean sections (sections in an unusual order, no value
section), people living with dementia and their carers on the day of surgery (a dementia
charity, with appendix, long), wound care referrals to district nurses after day surgery
(departments of one integrated trust, no partner, style headings), vaginal packs left in after gynaecological surgery and found
in general practice (a primary care network, lists), the safety checklist in community
podiatric and minor surgery (a community trust, numbered questions), late changes to
theatre lists (a private theatre scheduling software company as primary entrant, a form)
and injections into the wrong eye in community eye clinics (an eye hospital, bold
headings with a cover table).

Build it with

    .venv/bin/python data/independent/build.py --set 80   (writes data/corpus/independent80/)

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
  * not Q: dates, financial years, bed/ward/theatre/practice counts, headcounts, numbers
    trained, activity counts (operations, calls, referrals, checks, audits, people
    assessed), single figures with no baseline, a zero with no earlier figure, figures
    that did not change, budgets, costs and savings estimates, phone numbers, reference
    numbers, targets not yet reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    ('halved', 'a third fewer', a shift on a run or SPC chart);
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, volunteers with lived experience, unusual names
    for the people involved, list items), wherever in the entry it is told; a volunteer
    or peer worker with lived experience, employed by a partner, who helped design the
    work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance services are emergency_service;
GP practices, GP federations and primary care networks are primary_care; patients'
groups and forums are patient_group; befriending, dementia and sight loss charities are
charity; integrated care boards are icb; a university is university; implant suppliers,
independent treatment centre operators, software and optometry companies are private).
A department or team of the entrant's own organisation is not a partner.  Flags are
written by hand and build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1265  marking the right hand or foot before surgery - docx - rubric
#        headings - consultant hand surgeon, direct - acute trust with a
#        primary care network and a patients' forum - patients (passive
#        voice) and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1265", format="docx", layout="rubric_headings", topic="site_marking_hand_foot_surgery",
    project="independent80-rightdigit-1265", docx_font="Calibri",
    title="Right Hand, Right Finger: ending wrong-digit surgery in hand and foot day lists",
    cover=[
        "Lead organisation: Calderbrook Teaching Hospitals NHS Foundation Trust (Trauma and Orthopaedics)",
        "Partners: Ashmoor Primary Care Network; Calderbrook Hand and Limb Patients' Forum",
        "Entry written by a consultant hand surgeon on behalf of the project group",
    ],
    primary_entrant=dict(name="Calderbrook Teaching Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Ashmoor Primary Care Network", type="primary_care"),
        dict(name="Calderbrook Hand and Limb Patients' Forum", type="patient_group"),
    ],
    sections=[
        ("context", "Why was the partnership needed and what were its safety goals?", """
Hands and feet are awkward for site marking. There are ten fingers, ten toes, two sides and a dorsal
and a palmar surface, and a trigger finger release on the left ring finger looks very like one on the
left middle finger once the drapes are on. Our hand and foot unit does around 3,800 procedures a year,
almost all of them as day cases under local or regional anaesthetic, often on lists of twelve or more
patients.

In 2021 we had a never event: a carpal tunnel decompression done on the wrong hand of a man in his
seventies who had symptoms in both hands but had been listed for the right. The arrow had been drawn,
but on the forearm, and when his arm was positioned on the hand table the mark was under the tourniquet.
In the same year there were a further nine near misses where the mark, the consent form and the list
did not agree about the digit or the side.

When we traced these back, the error almost always started before the patient reached us. GP referral
letters said 'right hand pain' or 'toe problem'. The clinic letter said 'left ring finger' but the
listing form said 'left hand'. The consent form was sometimes filled in weeks before surgery, by a
different doctor. By the day of the operation, three documents said three slightly different things,
and the patient, often anxious and sometimes confused about medical terms, could not always help.

Our goals were simple: to have one description of the site that follows the patient from the GP
surgery to the operating table, to mark the exact digit in a way that stays visible after positioning
and draping, and to make the patient part of the check rather than someone the check is done to.
"""),
        ("evidence", "What evidence is there that the solution has improved safety?", """
The new pathway started in October 2022. GP practices in Ashmoor now use a short referral template
with a hand and foot diagram, and the practice ticks the exact digit and side. That diagram is copied
into the clinic letter, the listing form and the consent form, so all four show the same picture. On
the day, the digit is marked with a small arrow on the digit itself, at the base of the nail, plus the
usual arrow on the limb, and the patient is given a wristband-sized card with the same diagram that
travels with them into theatre.

<<Q:Mismatches between the listing form and the consent form about the digit or side, found at the
pre-list check, fell from 41 in the twelve months before the change to 6 in the twelve months after.>>
<<Q:Near misses reported at the time-out, where the mark and the paperwork disagreed, went from nine in
2021 to two in 2023.>> <<Q:There have been no wrong-site procedures in the unit since the change, after one in 2021.>>

We also watched 120 time-outs in 2023. In 114 the patient was asked to point to the site themselves
before sedation or the block, and the arrow was visible on the digit after draping.
<<Q:Cancellations on the day caused by an unclear site or a disputed consent form were halved, from 38 in
2021/22 to 19 in 2023/24.>>
"""),
        ("stakeholders", "How were patients, service users and staff involved?", """
<<P:The diagram card was designed with the help of eight members of the Calderbrook Hand and Limb
Patients' Forum, several of whom had had surgery on both hands over the years.>> <<P:It was they who
pointed out that the words 'dorsal' and 'palmar' meant nothing to them, so the card shows a hand from
the front and from the back in plain pictures.>> <<P:A draft of the consent form was taken round the
day unit waiting area and was read aloud by patients waiting for their own operations, and two lines
that nobody could follow were rewritten.>>

<<S:Theatre practitioners tried four different marker pens on gloved and prepped skin during a month of
lists and chose the one that stayed visible after chlorhexidine.>> <<S:GPs and practice nurses from three
Ashmoor practices tested the referral template for six weeks and asked for the foot diagram to be added,
because they had only been given a hand at first.>> <<S:The anaesthetists asked for the patient to point
to the site before any block went in, and that step was added to our local time-out.>>
"""),
        ("value", "What is the value of the solution?", """
The template, the card and the pens cost very little: the cards are printed in-house and the pens are
about £1.40 each. The time cost is a minute or two at each step. Against that, a single wrong-site
operation means further surgery, a claim, distress for the patient and the team, and an investigation
that takes months. Same-day cancellations cost us a theatre slot each time.

Patients say they like being able to see exactly what is going to be done, and surgeons say the morning
check is quicker because the paperwork now agrees with itself.
"""),
        ("spread", "How has the solution been shared and spread?", """
The referral template is now on the clinical system of every practice in the two neighbouring primary
care networks, and the card has been adopted by the trust's plastic surgery and podiatric surgery lists.
We presented the work at the regional orthopaedic meeting in 2024 and have been asked by two other
trusts for the artwork, which we share freely.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1266  throat packs left in after head and neck and dental surgery - pdf
#        - CAPS headings - university human factors lecturer, analytical -
#        university with two acute trusts - staff involved - NO patient
#        involvement (patients benefit, a recovery survey that changed
#        nothing, a leaflet, a plan, a negation)
# ---------------------------------------------------------------------------
entry(
    id="I1266", format="pdf", layout="caps_headings", topic="retained_throat_packs",
    project="independent80-packout-1266", pdf_font="LiberationSerif", pdf_align="J",
    title="Pack In, Pack Out: designing out retained throat packs in head, neck and oral surgery",
    cover=[
        "Lead organisation: University of Brackenridge, Healthcare Human Factors Group",
        "Partners: Brackenridge Royal Infirmary NHS Foundation Trust; Wold Valley Hospitals NHS Trust",
        "Prepared by a senior lecturer in human factors",
    ],
    primary_entrant=dict(name="University of Brackenridge", type="university"),
    partners=[
        dict(name="Brackenridge Royal Infirmary NHS Foundation Trust", type="nhs_trust"),
        dict(name="Wold Valley Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
A throat pack is a gauze roll placed at the back of the mouth during surgery on the nose, mouth, jaw
or throat, to soak up blood and stop it running into the airway or stomach. It is meant to come out at
the end of the operation. When it does not, the patient may choke on it in recovery, or it may block
their airway after extubation. A retained throat pack is treated as a retained foreign object and
is classed as a never event.

The two hospitals in this partnership carry out between them about 6,500 operations a year in which a
throat pack might be used, across ENT, oral and maxillofacial surgery, dental surgery under general
anaesthetic and some plastic surgery. Between 2019 and 2022 they reported two retained packs that
reached recovery and a larger number of near misses where the pack was found by the anaesthetist at
extubation or noticed by a recovery nurse.

Each hospital had a local rule. In one, the person who inserted the pack wrote 'THROAT PACK' on a
whiteboard; in the other, a label was stuck on the patient's forehead. Neither was used every time.
Throat packs were often left out of the swab count because they were placed by the anaesthetist rather
than the scrub team. When the anaesthetist and the surgeon each assumed the other had removed it, there
was no step in the process that would catch the mistake.

We were asked by the two trusts to look at the problem as a system design problem rather than as a
question of individual vigilance. The aim was to make the presence of a pack impossible to miss and its
removal a single, shared, recorded step.
"""),
        ("evidence", "WHAT WE FOUND AND WHAT CHANGED", """
We spent four months observing 86 operations in which a pack was used, and we analysed the incident
reports from both trusts. We found eleven different ways in which the presence of a pack was
communicated, and in a third of the operations we watched, nobody other than the person who placed the
pack could tell us afterwards whether one had been used.

The redesigned process, introduced at both trusts in spring 2023, has three parts. The pack is now
always counted by the scrub practitioner as part of the swab count, whoever inserts it. A bright yellow
tag tied to the pack is taped outside the mouth, next to the airway device, so that the pack cannot be
out of sight. And the removal of the pack is read out at sign-out, with the airway device not removed
until both the anaesthetist and the scrub practitioner have confirmed it.

<<Q:At the follow-up observation of 92 operations in 2024, the proportion in which every member of the
team could say whether a pack was in place rose from 64% to 97%.>> <<Q:Reported near misses in which a
pack was found at or after extubation fell from 17 in the two years before the change to 3 in the two
years since.>> <<Q:No pack has reached recovery at either trust since the change, compared with two in the four years before it.>>

<<Q:An audit of theatre records found that the pack was recorded on the count board in 41% of cases before
the change and in 99% after.>>
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<S:The redesign was worked out in six workshops attended by anaesthetists, ENT and maxillofacial
surgeons, operating department practitioners, scrub nurses and recovery nurses from both trusts.>>
<<S:The scrub practitioners proposed that the pack should be counted like any other swab, because it was
the only item in the mouth they were not responsible for.>> <<S:Recovery nurses from Wold Valley tested
the yellow tag in a simulated handover and asked for it to be longer, because the short version was
hidden under the tape of the airway device.>> <<S:The theatre managers at both trusts sat on the steering
group and signed off each change.>>

Patients did not take part in designing the process, which was about what happens while they are
anaesthetised. We surveyed 140 patients in recovery about their experience of waking up after
head and neck surgery; their comments were positive and did not lead to any change to the process.
Patients are now given a leaflet explaining what a throat pack is. We intend to ask the trusts' patient
panels to review the leaflet in 2025.
"""),
        ("value", "VALUE", """
The yellow tags cost a few pence each. The main cost was the observation and workshop time, funded
through a small research grant to the university and backfill for staff from the trusts. A retained
pack can lead to airway obstruction in recovery, an emergency return to theatre, a serious incident
investigation and, at worst, a death or brain injury, as well as a claim. The new process has also made
the count board more reliable for all items, which theatre managers see as a wider benefit.
"""),
        ("spread", "SPREAD", """
The process is written up as a one-page standard and a short film showing sign-out with a pack in
place. Both have been shared with the regional theatre managers' network and the national association
for perioperative practice. Two further trusts in the region have adopted it, and our students in the
operating department practice degree now learn it as standard. We have published the observation
findings in a peer-reviewed journal so that others can see what we saw and judge whether their own
theatres have the same weak points.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1267  team brief and sign-out in an independent treatment centre - docx
#        - form table with cover table - PRIVATE surgical company as primary
#        entrant with an ICB and an acute trust (ineligible) - clinical
#        governance lead, corporate - staff involved - NO patient involvement
#        (patients told, questionnaire unchanged)
# ---------------------------------------------------------------------------
entry(
    id="I1267", format="docx", layout="form_table", topic="checklist_brief_debrief_treatment_centre",
    project="independent80-fullcircle-1267", docx_font="Arial",
    title="Full Circle: making the team brief and sign-out count in an independent treatment centre",
    cover_table=[
        ("Entry title", "Full Circle: making the team brief and sign-out count in an independent treatment centre"),
        ("Primary entrant", "Meridian Surgical Partners Ltd, Hollowbrook Treatment Centre"),
        ("Partner organisations", "NHS Sedgebourne Integrated Care Board; Sedgebourne General Hospital NHS Trust"),
        ("Contact", "Director of Clinical Governance"),
    ],
    primary_entrant=dict(name="Meridian Surgical Partners Ltd", type="private"),
    partners=[
        dict(name="NHS Sedgebourne Integrated Care Board", type="icb"),
        dict(name="Sedgebourne General Hospital NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "1. Background: what problem did the partnership address?", """
Hollowbrook Treatment Centre is a four-theatre independent sector unit that carries out planned
surgery for NHS patients under contract to the Sedgebourne integrated care board: mainly cataract,
hernia, gallbladder, hip and knee replacement and some gynaecology. In 2022/23 we treated just over
9,000 NHS patients.

Like every surgical provider, we use the surgical safety checklist. Our audits of the paperwork showed
close to full compliance. But when we started observing lists directly in 2022, a different picture
emerged. The team brief at the start of the list often happened without the surgeon or without the
anaesthetist, because they were still in clinic or on the ward. The sign-out at the end of each case,
which confirms the name of the procedure, the counts, the specimen labels and any equipment problems,
was frequently done while the patient was already being moved, with half the team out of the room.
The debrief at the end of the list was rarely held at all.

Two incidents in 2022 were linked to this. A histology specimen from a gynaecology case was sent with
the wrong label because the sign-out happened after the next patient's details had been printed. And a
faulty phaco handpiece that had been noticed in the morning was used again in the afternoon because no
debrief captured it.

Because many of our lists are staffed by surgeons and anaesthetists from Sedgebourne General, who work
in both places, the trust and the integrated care board agreed that we should tackle this together, so
that the same standard applied on both sites.

We also recognised that the problem was partly one of culture. In a busy treatment centre with short
cases and quick turnarounds, the checklist can come to feel like a form to be completed rather than a
conversation. Paperwork audits rewarded the tick, not the talk. Staff who moved between Hollowbrook and
the trust met different habits in each place, and the more junior members of the team were reluctant
to hold up a list by insisting that the surgeon come back into the room. We wanted an approach in which
the checklist was owned by the whole team and done properly because it was useful, not because it would
be audited.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
We changed three things from January 2023. The list does not start until the whole team, including the
operating surgeon and anaesthetist, has done the brief, and theatre start times were moved ten minutes
later to make this possible. The sign-out is done before the surgeon leaves the table, led by the scrub
practitioner, with the next patient's paperwork not printed until it is complete. And every list ends
with a two-minute debrief recorded on a tablet, with equipment faults sent straight to the estates and
sterile services teams.

<<Q:In observed lists, the proportion of team briefs attended by the whole team rose from 38% in
2022 to 91% in 2024.>> <<Q:Sign-out completed with the surgeon, anaesthetist and scrub practitioner
all present went from 47% of observed cases to 94%.>> <<Q:Specimen labelling errors fell from 12 in 2022
to 2 in 2024.>> <<Q:Debriefs were held after 9% of observed lists in 2022 and after 96% in 2024.>> In 2024, 318
equipment issues were raised through them.
"""),
        ("stakeholders", "3. Who was involved and how?", """
<<S:The changes were designed by a group of scrub practitioners, anaesthetic practitioners, recovery
nurses and two consultant surgeons from Sedgebourne General who work sessions at Hollowbrook.>> <<S:It was
the scrub practitioners who suggested that they, rather than the surgeon, should lead the sign-out,
because they are the ones who know the counts.>> <<S:Anaesthetists from the trust agreed to change their
job plans so that they could arrive for the brief, and they helped rewrite the brief to fit in two
minutes.>> <<S:The trust's theatre quality lead and our governance team observed lists together and
compared findings each month.>>

Patients were told about the checklist in their pre-operative information. Our patient experience
questionnaire, which all patients are offered, continued to show high satisfaction throughout, and no
changes were made as a result of it.
"""),
        ("value", "4. Value and impact", """
The later start times cost us around ten minutes of theatre time each day. We have more than recovered
this through fewer delays and cancellations caused by missing equipment. Specimen errors, each of which
can delay a diagnosis, are now rare. The integrated care board has said that it sees the work as good
value because it improves safety without any increase in the contract price.
"""),
        ("spread", "5. Spread", """
Sedgebourne General adopted the same sign-out rule in its day surgery unit in 2024. Meridian Surgical
Partners has rolled out the approach across its other six treatment centres in England.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1268  frailty checks and getting older people ready before listing for
#        planned surgery - pdf - two columns - GP federation clinical
#        director, warm - GP federation with an acute trust and an older
#        people's charity - older people and staff involved - NO
#        quantitative evidence in the evidence section (counts, dates, a
#        target, single figures; a measured change only in spread)
# ---------------------------------------------------------------------------
entry(
    id="I1268", format="pdf", layout="two_column", topic="frailty_optimisation_before_surgery_listing",
    project="independent80-fitforsurgery-1268", pdf_font="DejaVuSans",
    title="Ready Before the List: frailty checks in general practice for older people referred for surgery",
    cover=[
        "Fenstowe GP Federation, working with Fenstowe and Lyme Hospitals NHS Trust (Perioperative Medicine for Older People) and Age Matters Fenstowe",
        "Clinical Director, Fenstowe GP Federation",
    ],
    primary_entrant=dict(name="Fenstowe GP Federation", type="primary_care"),
    partners=[
        dict(name="Fenstowe and Lyme Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Age Matters Fenstowe", type="charity"),
    ],
    sections=[
        ("context", "Why we did this", """
Older people are waiting longer than ever for planned operations such as hip and knee replacements,
hernia repairs and prostate surgery. For someone of 82, a wait of a year or more is not just an
inconvenience. They may become frailer, lose muscle, gain or lose weight, have a fall, or develop
memory problems. By the time they are called for pre-operative assessment at the hospital, some are
no longer fit for the operation, and the assessment finds problems that could have been dealt with
months before: uncontrolled blood pressure, anaemia, a chest that needs treatment, medicines that
raise the risk of delirium.

The hospital's perioperative medicine team for older people does excellent work, but it sees people
only a few weeks before surgery. Our GPs and practice pharmacists see the same people regularly, often
for years. We felt that the time on the waiting list was wasted, and that general practice could use
it to get people ready.

There was also a safety problem on the day. Operations were being cancelled at the last minute
because of something that could have been found earlier, and older people who did go ahead were
sometimes going into surgery with untreated anaemia or on a cocktail of medicines that made confusion
after the operation more likely.

Finally, we were struck by how rarely anyone asked older people what they actually wanted from an
operation. A knee replacement might allow one person to get back to the allotment, while for another,
living with several other serious conditions, the risks might outweigh the benefits. Those
conversations were happening, if at all, in a busy pre-operative clinic a few weeks before surgery, when
the person had already been waiting for a year and felt they could not turn back. General practice,
where people have known their doctor for years, seemed a better place to start them.
"""),
        ("evidence", "What we have done and what we can show", """
Since April 2023, when any of our 23 practices refers a patient aged 70 or over for planned surgery,
the referral triggers an invitation to a 'Ready for Surgery' appointment with a practice pharmacist or
nurse. It uses a short frailty score, a memory check, a blood test for anaemia and kidney function, a
medicines review and a conversation about what matters to the person. Where needed, people are
referred to the federation's strength and balance classes, to the charity's home support service or
back to their GP.

In the first eighteen months, 1,214 people had a Ready for Surgery appointment. Of these, 311 were
found to have anaemia and started treatment, 487 had at least one medicine stopped or changed, and 142
were referred to strength and balance classes. Forty-six people decided, after a frank conversation,
that they did not want the operation after all.

The hospital's perioperative team now receives a one-page summary with every referral. Our target is
for 85% of eligible patients to be seen within eight weeks of referral; we are currently at 71%. We
have not yet been able to get reliable figures for cancellations on the day, because the hospital's
system does not record where the patient was referred from.
"""),
        ("stakeholders", "Who was involved", """
<<P:We asked the Age Matters Fenstowe over-seventies group what they would want to know while waiting for
an operation, and their answers shaped the appointment: they wanted to be told honestly about the risks
at their age and to be asked what they hoped to be able to do afterwards.>> <<P:Two members of the group,
both of whom had waited more than a year for a knee replacement, rewrote our invitation letter so that
it no longer sounded like a test they might fail.>>

<<S:Practice pharmacists from six practices tested the appointment for three months and told us it was
taking 50 minutes, so it was cut down to the questions that most often changed what we did.>> <<S:The
hospital's consultant geriatrician and pre-operative assessment nurses agreed the content of the
one-page summary with our pharmacists, so that it contains what they need and nothing else.>>
"""),
        ("value", "Value", """
The appointment costs around £38 in practice pharmacist or nurse time. It is funded from the
federation's additional roles budget and a small grant from the integrated care board. Treating
anaemia in primary care is cheaper than blood transfusion, and every on-the-day cancellation is a
wasted theatre slot.
"""),
        ("spread", "Spread", """
Our neighbours, the Lyme Valley Primary Care Network, began a smaller version of the appointment in
2022, a year before us, and shared their figures with us. <<Q:In their practices, older patients'
cancellations on the day of surgery for a medical reason fell from 14% to 6% over the first year.>>
The trust is now asking all five federations and networks in its area to offer the appointment.
"""),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1269  next-day phone calls after day surgery - docx - no headings -
#        befriending charity manager, chatty - charity with an acute trust's
#        day surgery unit and the ICB - former day patients involved - NO
#        staff involvement (nurses briefed, volunteers trained, a named
#        manager doing her job, a planned workshop)
# ---------------------------------------------------------------------------
entry(
    id="I1269", format="docx", layout="no_headings", topic="day_surgery_next_day_phone_call",
    project="independent80-morningafter-1269", docx_font="Georgia",
    title="The Morning After: friendly phone calls for people who go home on the day of their operation",
    cover=[
        "Ellerby Good Companions (registered charity), with Ellerby Hospitals NHS Trust (Day Surgery Unit) and NHS North Ellershire Integrated Care Board",
        "Written by the Services Manager, Ellerby Good Companions",
    ],
    primary_entrant=dict(name="Ellerby Good Companions", type="charity"),
    partners=[
        dict(name="Ellerby Hospitals NHS Trust", type="nhs_trust"),
        dict(name="NHS North Ellershire Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", None, """
We are a small charity. For twenty years we have run telephone befriending for older and lonely people
in Ellerby, and we are good at one thing: ringing people up and having a proper conversation with
them. We never imagined we would be entering a patient safety award.

It started with one of our regular callers, a retired postman, who told us he had had a hernia operation
as a day case and had spent the night on his bathroom floor because he felt too faint to get back up.
He had a number to ring, but he did not want to 'bother the hospital' at two in the morning. When one of
our volunteers rang him for their usual chat two days later, he was still dizzy and had not passed
water properly since the operation. She persuaded him to call his GP and he was admitted that afternoon.

We went to see the day surgery unit at Ellerby General. They told us that about 9,500 people a year go
home from the unit on the day of their operation, and that the nurses try to ring everyone the next day,
but on busy days many calls are not made, and the calls that are made are short and focused on a few
questions. People who live alone, older people and people who are hard of hearing are the most likely
to say 'I'm fine' and put the phone down.
"""),
        ("evidence", None, """
Since June 2023, everyone aged 65 or over who lives alone, and anyone else the nurses are worried about,
is asked before they leave the unit whether they would like a call from us. Our trained volunteers ring
them the next morning and again on the third day. The call follows a script, but it is a conversation
rather than a questionnaire, and it covers pain, sickness, passing water, the wound, bleeding, eating
and drinking, getting about, and whether they have someone nearby. If anything on a list of warning
signs comes up, the volunteer transfers the call straight to a dedicated line on the day surgery unit.

<<Q:Among people aged 65 and over going home alone, unplanned readmissions within seven days fell from
4.1% in the year before the service to 2.3% in its first full year.>> <<Q:The share of those patients who
went to the emergency department in the week after surgery, rather than calling the unit, came down
by about a third.>> Our volunteers made 3,412 calls in that year and transferred 264 to the unit's nurses.
"""),
        ("stakeholders", None, """
<<P:Before we started, we held a coffee morning with eleven people who had recently had day surgery, and
they told us exactly what they had not dared ask the nurse on the phone: whether it was normal to not
have opened their bowels, whether they could take the dog out, and what to do if they could not
sleep.>> <<P:Those questions are in our script because of them.>> <<P:Our retired postman, who started
all this, listened to recordings of practice calls and told us when the volunteers sounded too much
like doctors.>>

The day surgery nurses were briefed about the service at their team meetings, and the unit manager,
Sister Joanne Pryce, handles the referrals to us each day as part of her role. Our volunteers were
trained by the unit's senior nurse in the warning signs. We are planning a joint workshop with the
theatre and recovery staff next spring.
"""),
        ("value", None, """
I should say something about our volunteers. Most are over sixty themselves. Several have had
operations. They are patient on the phone in a way that a busy nurse cannot always be, and they do not
mind being told the same thing three times. They also notice things: a voice that is weaker than it was
yesterday, a long pause, a clock chiming that tells you the person has been sitting in the same chair
all night.

The service costs about £46,000 a year, mostly for a part-time coordinator, phones and volunteer
expenses, and is funded by the integrated care board for three years. Every readmission avoided saves
the NHS several days of a hospital bed. More than that, people tell us they slept better knowing
someone would ring in the morning.
"""),
        ("spread", None, """
The trust has asked us to extend the calls to its second day surgery unit at Harlby Community Hospital
from next year. We have written a short guide for other befriending charities and shared it through the
national befriending network, and two charities in neighbouring counties have been in touch.
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1270  checking the right joint implant before it is opened - pdf (via
#        Word) - style headings - arthroplasty lead nurse, reflective - acute
#        trust with an implant supplier and a joint school patients' group -
#        patients involved (told in the context section, indirectly) and
#        staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1270", format="pdf", layout="style_headings", topic="joint_implant_verification",
    project="independent80-stopbeforeopen-1270", render_via="soffice", docx_font="Liberation Serif",
    title="Stop Before You Open: checking the right implant for the right joint",
    cover=[
        "Dunmere Valley NHS Foundation Trust, Elective Orthopaedic Centre (lead organisation)",
        "Partners: Orthova Medical UK Ltd (implant supplier); Dunmere Joint School Alumni Group",
        "Author: Lead Nurse, Elective Orthopaedic Theatres",
    ],
    primary_entrant=dict(name="Dunmere Valley NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Orthova Medical UK Ltd", type="private"),
        dict(name="Dunmere Joint School Alumni Group", type="patient_group"),
    ],
    sections=[
        ("context", "Background", """
Implanting the wrong prosthesis is a never event. In hip and knee replacement, it usually means a
component of the wrong size, the wrong side (a left-sided knee component in a right knee), or parts from
two different systems that are not designed to go together. The patient may need a second operation,
the joint may wear out early, and they may never walk as well as they should.

Our elective orthopaedic centre carries out about 2,600 hip and knee replacements a year in five
theatres. A modern knee system comes in dozens of sizes and variants, and on a busy list boxes are
opened, trialled, swapped and sometimes returned to the shelf in the wrong place. In 2021 we had two
wrong-implant never events within four months: a femoral component for a left knee used in a right
knee, and a hip liner from one size range used with a cup from another. Both were picked up on the
post-operative x-ray and both patients needed revision surgery.

Both patients were later invited to help us with the review. <<P:One of them, a retired engineer, sat with the investigation team and walked through the morning of his operation with us,
and it was his question, 'why did nobody read the box out loud?', that became the centre of the new
process.>>

The investigations found what others have found: the checks relied on one person reading small print on
a box while others were busy, the supplier's representative was sometimes in the room and sometimes
not, and there was no single moment when everyone stopped to agree what was about to be opened.

They also found that the implant store itself contributed. Boxes for left and right components of the
same size sat side by side on the shelves, in near-identical packaging, and on a busy list the
circulating practitioner might fetch three or four boxes for trialling before the surgeon decided. Boxes
that were not used were returned to the shelf, sometimes to the wrong slot, ready to be picked up by
mistake on the next list. The problem was not carelessness by any one person; it was a system that
made the wrong box as easy to pick up as the right one.
"""),
        ("evidence", "What we changed and what happened", """
From March 2022 every implant is checked at a 'stop before you open' pause. Before each component is
opened, the scrub practitioner holds up the box and reads out the side, size and system; the circulating
practitioner checks it against the implant plan on the wall, which was written at the team brief; and the
surgeon confirms aloud. Nothing is opened until all three have spoken. The supplier changed its box
labels to print the side in large letters, in a different colour for left and right, and its
representatives are trained in the same pause.

<<Q:In the four years since, there have been no wrong-implant never events, compared with two in the
year before the change.>> <<Q:Implants opened and then found to be the wrong size or side before they
were used, which we count as near misses, fell from 58 in 2021 to 14 in 2024.>> <<Q:On our run chart of
implants wasted each month, there was a sustained shift downwards from the second month of the pause,
with eleven consecutive months below the old average.>>

We now audit 30 cases a month by direct observation, and the pause is done correctly in almost every
case.
"""),
        ("stakeholders", "How patients and staff were involved", """
<<S:The pause was designed by a working group of scrub practitioners, circulating practitioners,
consultant surgeons and the supplier's clinical specialists, and it was tested on sawbones models in
our skills lab before it was used on patients.>> <<S:Scrub practitioners asked for the implant plan to
be written on a whiteboard at the brief rather than on paper, because paper was moved around and lost
under drapes.>> <<S:The supplier's representatives told us that the colours on the old boxes were the
same for left and right, and their company redesigned the labels after hearing this from the theatre
team.>>

<<P:Members of the Joint School Alumni Group, people who have had their own hip or knee replaced here,
looked at the new patient information and asked that it say plainly that the team will stop and check
the implant out loud, because they found that reassuring.>>
"""),
        ("value", "Value", """
A revision knee or hip replacement costs many thousands of pounds, without counting the cost to the
patient of a second operation and a longer recovery. Wasted implants, opened and then not used, cost us
tens of thousands of pounds a year before the change. The pause takes less than a minute per
component.

Staff tell us the pause has changed the feel of the room: it is normal now for the most junior person to
say 'stop'.
"""),
        ("spread", "Sharing and spread", """
The supplier has changed its labels for every hospital it supplies in the UK. The pause has been adopted
by our trust's trauma theatres and by two neighbouring orthopaedic centres, and we have presented it at
the national orthopaedic nursing conference.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1271  hearing aids, glasses and dentures taken from older people on the
#        way to theatre - docx - bullet lists - council sensory support team
#        leader, practical - council with an acute trust and a hard of
#        hearing club - club members (unusual names) and staff involved - no
#        flags
# ---------------------------------------------------------------------------
entry(
    id="I1271", format="docx", layout="bullet_lists", topic="sensory_aids_kept_in_theatre_older_people",
    project="independent80-keepmyaids-1271", docx_font="Verdana",
    title="Keep Them With Me: hearing aids, glasses and dentures through the operating theatre",
    cover=[
        "Lead: Glaswick City Council, Sensory Support Service",
        "Partners: Glaswick Royal Hospital NHS Trust (Theatres and Anaesthetics); Glaswick Hard of Hearing Club",
    ],
    primary_entrant=dict(name="Glaswick City Council", type="local_authority"),
    partners=[
        dict(name="Glaswick Royal Hospital NHS Trust", type="nhs_trust"),
        dict(name="Glaswick Hard of Hearing Club", type="patient_group"),
    ],
    sections=[
        ("context", "The problem", """
Our Sensory Support Service works with about 4,000 adults in Glaswick who have sight loss, hearing loss
or both. Many are over 75. Over several years our rehabilitation workers kept hearing the same story
from people who had been in hospital for an operation:

- their hearing aids were taken out on the ward or in the anaesthetic room, and they could not hear what they were being asked at the final checks

- their glasses were left on the ward, so they could not read the consent form again or see who was talking to them

- their dentures were taken out and sometimes lost, so they could not eat properly for days afterwards

- they woke up in recovery unable to hear, see or speak clearly, and were frightened

This is not only about comfort. An older person who cannot hear cannot take part in the safety checks
before surgery, such as confirming their name, the operation and the side. They cannot tell staff about
pain or sickness afterwards. And waking up without glasses and hearing aids is known to make delirium
more likely. Lost hearing aids can take weeks to replace, and during that time people become isolated.

We raised this with the hospital's theatre matron in 2022, and she agreed that it was a problem nobody
owned.

On the ward, the nurses removed aids because the pre-operative checklist said 'remove jewellery,
prostheses and dentures'. In theatre, staff assumed the ward had dealt with them. In recovery, nobody
knew where they were. Aids were put in gallipots, in envelopes in the notes, in the pocket of a gown or
on the bed, and when the patient moved from recovery to a different ward the aids often did not follow.
Each team was doing what it thought was right, and the patient was the only person who saw the whole
journey, without being able to hear or see it clearly.
"""),
        ("evidence", "What changed and the difference it made", """
Since February 2023, at Glaswick Royal:

- sensory aids stay with the patient until they are asleep, and are put back in recovery as soon as it is safe

- each patient with aids is given a labelled, clear, zipped bag that travels on the trolley, not in the notes or on the ward

- the bag has a bright sticker on the trolley so the anaesthetic and recovery teams know the patient uses aids

- a pocket talker (a small portable amplifier with headphones) is kept in every anaesthetic room and recovery bay for people whose aids cannot be used

- the theatre checklist now asks 'Does the patient use hearing aids, glasses or dentures, and where are they?'

The results:

- <<Q:reports of lost hearing aids, glasses or dentures linked to a theatre visit fell from 47 in 2022 to 9 in 2024>>

- <<Q:in a recovery audit of patients aged 75 and over, the number who had their aids back within 30 minutes of arriving rose from 22% to 81%>>

- <<Q:compensation paid by the trust for lost sensory aids came down from £14,300 in 2022 to £2,600 in 2024>>

- 38 pocket talkers have been bought and placed in theatres
"""),
        ("stakeholders", "Who took part", """
- <<P:the 'Tuesday regulars' of the Glaswick Hard of Hearing Club, a group of about fifteen people who meet weekly, spent two sessions telling theatre nurses what it was like to be wheeled into theatre without their aids>>

- <<P:they chose the clear zipped bag over a paper envelope, after trying both, because they wanted to be able to see their aids>>

- <<P:a member who is deafblind tried the pocket talker in the anaesthetic room during a visit and told us the headphones had to be the over-ear kind, which we now buy>>

- <<S:anaesthetic practitioners and recovery nurses agreed between them who would put the aids back in and when, and that became the rule>>

- <<S:ward nurses told us the bags kept going missing when patients were transferred, so the trolley sticker was their idea>>

- <<S:our own rehabilitation workers went through every step of a patient's journey to theatre with the theatre matron and found the points where aids were taken away>>
"""),
        ("value", "Value", """
- a hearing aid costs the NHS several hundred pounds to replace, and a full set of dentures much more

- a pocket talker costs about £120

- people who can hear and see can take part in their own safety checks and tell staff when something is wrong

- staff say the checks before surgery are quicker because they do not have to shout
"""),
        ("spread", "Spread", """
- the trust has added the same rules to its endoscopy and interventional radiology units

- the bags and stickers are now being used at the trust's second site

- we have shared the approach with the regional sensory services network and with the national hearing loss charity's hospital campaign
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1272  the wrong skin lesion removed in minor operations - pdf - own
#        headings - ICB patient safety specialist, measured - ICB with an
#        acute trust dermatology and plastics department, a GP federation
#        and a teledermatology company - patients and staff involved - NO
#        spread section
# ---------------------------------------------------------------------------
entry(
    id="I1272", format="pdf", layout="own_headings", topic="wrong_skin_lesion_excision_photographs",
    project="independent80-pictureit-1272", pdf_font="LiberationSans", pdf_align="L",
    title="Picture the Right Spot: photographs that follow the patient to prevent wrong-lesion surgery",
    cover=[
        "Lead organisation: NHS Rillingshire Integrated Care Board",
        "Partners: Rillingshire University Hospitals NHS Trust (Dermatology and Plastic Surgery); Rillingshire GP Federation; Dermaview Imaging Ltd",
        "Submitted by the ICB Patient Safety Specialist",
    ],
    primary_entrant=dict(name="NHS Rillingshire Integrated Care Board", type="icb"),
    partners=[
        dict(name="Rillingshire University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Rillingshire GP Federation", type="primary_care"),
        dict(name="Dermaview Imaging Ltd", type="private"),
    ],
    sections=[
        ("context", "What was going wrong", """
Removing a suspicious mole or skin lesion is one of the commonest operations in the NHS, done under
local anaesthetic in dermatology and plastic surgery minor operations rooms and in GP minor surgery
clinics. It sounds simple. But many of the people referred are older, with sun-damaged skin and dozens
of spots, moles and keratoses on their back, scalp or face. The referral letter might say 'lesion on
left upper back'. By the time the patient reaches the minor operations list, perhaps twelve weeks later,
the doctor doing the excision may be a different person from the one who saw them in clinic, and the
lesion may have changed, been scratched, or be one of several that look alike.

In Rillingshire, wrong-site skin surgery was our most common surgical never event. Between 2019 and
2022 there were five across our hospital and community providers, and an unknown number of near misses
where the patient or a nurse said 'no, it's that one' just before the incision. In two cases a
melanoma was left in place for months while a harmless lesion next to it was removed.

The underlying problem was that the one reliable record of which lesion was meant, the photograph taken
by the GP or the dermatology clinic, did not travel with the patient. GP photographs were attached to
the referral but not to the operation booking. Clinic photographs were stored in a separate imaging
system that the minor operations rooms could not open.

Patients themselves could not always help. A lesion on the back cannot be seen by the person it belongs
to, and many older people have had several lesions treated over the years and cannot remember which one
the doctor was worried about. Marking the site in clinic does not work when the operation is weeks
later, and asking the patient to point is of little use when the lesion is between their shoulder
blades. Our staff described standing behind a patient with a referral letter in one hand, trying to
decide which of four brown spots was the 'lesion on left upper back'.
"""),
        ("evidence", "What changed and how we know it worked", """
From September 2022 we asked every GP practice in the federation to take two photographs with every
urgent skin referral: a close-up with a ruler and a wider 'landmark' photograph showing where the
lesion is on the body. The teledermatology company adapted its system so that these photographs, and
any taken in clinic, are attached to the operation booking and displayed on a screen in every minor
operations room. Before the local anaesthetic goes in, the doctor, the nurse and the patient look at the
landmark photograph together and the lesion is marked while it is on screen.

<<Q:Near misses where the wrong lesion was about to be excised, reported by minor operations teams, fell
from 31 in 2021/22 to 8 in 2023/24.>> <<Q:There have been no wrong-site skin never events in the two
years since the change, after five in the four years before it.>> <<Q:The proportion of operation bookings
with a landmark photograph attached went from 12% to 93%.>>

We also looked at what happened to the people who had more than one lesion removed on the same day.
<<Q:Pathology reports that did not match the lesion the clinician thought they had sent, because
specimens had been labelled with the wrong site, roughly halved over the same period.>>
"""),
        ("stakeholders", "The people who made it work", """
<<S:The landmark photograph was the idea of a practice nurse in one of the federation's practices, who
took part in the design group with two GPs, two dermatologists, a plastic surgeon and the nurses who run
the minor operations rooms.>> <<S:Healthcare assistants in the minor operations rooms tested the screen
layout and asked for the landmark photograph to appear first, not the close-up, because the close-up
could be any mole.>> <<S:The company's developers sat in on clinics and changed the upload screen after
practice staff told them it took too many clicks.>>

<<P:We worked with the skin cancer support group that meets at the hospital, and members who had had
several lesions removed over the years told us how often they had been asked 'which one was it?' on the
day.>> <<P:They suggested that patients be shown the photograph and asked to agree, which is now part of
the check.>> <<P:One member also agreed to have her own photographs used, with consent, in the training
material for practices.>>
"""),
        ("value", "Value for money", """
The software change was paid for by the ICB at a one-off cost of £28,000. Practices were not paid extra
for the photographs, which most were taking anyway. A missed melanoma can be fatal and each never event
brings investigation costs, claims and repeat surgery. Clinicians tell us that looking at the
photograph together takes under a minute and that patients like being part of the check.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="spread"),
    ],
)


# ---------------------------------------------------------------------------
# I1273  calls to NHS 111 from people sent home on the day of gallbladder
#        surgery - pdf - numbered questions - ambulance service clinical
#        lead for NHS 111, procedural - ambulance service with an acute trust
#        and a primary care network - patients and staff involved - NO
#        quantitative evidence (call counts, a single percentage, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1273", format="pdf", layout="numbered_questions", topic="nhs111_calls_after_day_case_cholecystectomy",
    project="independent80-straightthrough-1273", pdf_font="LiberationSans", pdf_align="J",
    title="Straight Through: connecting NHS 111 callers back to their surgical team after same-day gallbladder surgery",
    cover=[
        "Westmoor Ambulance Service NHS Foundation Trust (NHS 111 and Clinical Assessment Service)",
        "In partnership with Orrell and Westmoor Hospitals NHS Trust (General Surgery and Day Surgery) and Orrell Town Primary Care Network",
        "Contact: Clinical Lead, NHS 111",
    ],
    primary_entrant=dict(name="Westmoor Ambulance Service NHS Foundation Trust", type="emergency_service"),
    partners=[
        dict(name="Orrell and Westmoor Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Orrell Town Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "1. What was the problem and why did it need a partnership?", """
Most people who have their gallbladder removed by keyhole surgery now go home on the same day. For the
great majority this is safer and better: they recover in their own bed, they are less likely to pick up
an infection, and they are back on their feet sooner. But a small number develop a serious complication
in the first few days, such as a bile leak, bleeding, or a retained stone blocking the bile duct. The
early signs, such as pain that gets worse instead of better, a swollen abdomen, a fever or yellowing of
the skin, can look very like the ordinary discomfort of recovery.

When people are worried in the evening or at night, many of them ring NHS 111 rather than the number
on their discharge letter. Our call handlers and clinicians were assessing these callers with the
standard abdominal pain pathway, which does not know that the person had an operation yesterday. The
outcomes varied: some were told to see their GP the next day, some were sent to an emergency department
at a hospital where they had not been operated on, and a few were given self-care advice for a
complication that needed a surgeon.

A review of two serious incidents in 2022 showed the gap clearly. In both, a patient rang 111 the night
after day-case gallbladder surgery with worsening pain, was advised to contact their GP in the morning,
and was admitted the next day with a bile leak. In neither case did the surgical team know the patient
had called 111, and the GP practices had not yet received the discharge letter.

No single organisation could fix this. We hold the calls; the hospital holds the surgical expertise and
the patient's record; general practice sees the patient afterwards and was receiving discharge letters
days late.
"""),
        ("evidence", "2. What has changed, and what is the evidence?", """
Since November 2023, people going home after day-case gallbladder surgery at Orrell and Westmoor are
given a card with a short code to give to 111. Their details are also sent electronically to 111 at
discharge and held for ten days, so that when they call, the call handler's screen shows that they have
just had surgery. Those callers skip the general abdominal pain questions and are put straight through
to a 111 clinician, who can transfer them by phone to the on-call surgical registrar at any hour. The
surgical assessment unit keeps a bed or chair for them where needed, so they go back to the team that
operated on them.

In the first twelve months, 1,386 patients were registered on the system and 241 of them rang 111 within
ten days of surgery. Of these, 168 were transferred to the surgical registrar, and 52 were asked to come
to the surgical assessment unit. Eleven needed a further procedure.

When we asked callers afterwards, 89% said they were satisfied with how their call was handled. GP
practices in the primary care network now receive the discharge letter on the day of surgery. Our
target is that every caller in this group speaks to a clinician within 20 minutes, and the hospital aims
to extend the scheme to all day-case abdominal surgery by the end of 2025.
"""),
        ("stakeholders", "3. How were patients and staff involved?", """
<<S:The pathway was designed in a series of meetings between our 111 clinical advisers, the consultant
surgeons and day surgery nurses at Orrell and Westmoor, and the clinical director of the primary care
network.>> <<S:Our call handlers listened to anonymised recordings of the calls from the two incidents
and told us that they had no way of knowing the person had just had an operation unless the caller
mentioned it, which is why the registration flag was built.>> <<S:The on-call surgical registrars asked
for a direct phone line rather than a bleep, and tested the transfer process over a month of nights
before it went live.>>

<<P:People who had recently had day-case gallbladder surgery were asked what they would do if they felt
unwell at night, and most said they would ring 111 because the ward number 'never gets answered', which
is what persuaded the hospital to work through 111 rather than printing a different number.>> <<P:A small
group of them chose the wording on the card, asking for it to say 'you have just had an operation, tell
111 this code' in large print.>>
"""),
        ("value", "4. What difference has it made to patients, staff and value for money?", """
The changes to our system were made by our own digital team within its existing work programme. The
hospital's cost is the registrar's time on the phone, which was already being spent on patients
arriving unannounced in the emergency department. Bringing people straight back to the surgical team
avoids a wasted trip to an emergency department, repeated tests, and the delay while another hospital
works out what operation the patient has had.

Our 111 clinicians say they now feel confident with these calls, and the surgeons say they would much
rather hear about a patient at 10pm than find them on the ward round the next day.
"""),
        ("spread", "5. Has the approach been shared and applied elsewhere?", """
We are talking to the two other acute trusts in our area about using the same registration link for
their day surgery units, and we have presented the pathway to the regional 111 clinical governance
group. The code card and the transfer protocol are available to any service that asks.
"""),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1274  a shortened checklist for category 1 caesarean sections - docx -
#        reordered sections - consultant obstetric anaesthetist, brisk -
#        acute trust with a university midwifery school and the ambulance
#        service - staff involved - NO patient involvement (women informed,
#        MVP updated, a plan) - NO value section
# ---------------------------------------------------------------------------
entry(
    id="I1274", format="docx", layout="reordered", topic="category_one_caesarean_checklist",
    project="independent80-sevenchecks-1274", docx_font="Cambria",
    title="Seven Checks in Sixty Seconds: a safety checklist for the most urgent caesarean sections",
    cover=[
        "Saltmarsh Hospitals NHS Trust (Maternity Theatres), with the University of Saltmarsh School of Health Sciences and Eastcoast Ambulance Service NHS Trust",
        "Entry by a consultant obstetric anaesthetist",
    ],
    primary_entrant=dict(name="Saltmarsh Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="University of Saltmarsh", type="university"),
        dict(name="Eastcoast Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("evidence", "Results", """
The short checklist went live in all three maternity theatres in July 2023. We compared the two years
before with the fifteen months after.

<<Q:The proportion of category 1 caesarean sections in which any form of safety check was recorded
before the first incision rose from 23% to 96%.>> <<Q:Incidents in which the baby was delivered but
a swab or instrument count discrepancy was found afterwards fell from eleven to two.>> <<Q:Cases where
antibiotics were not given before the incision, or not at all, dropped by about two thirds.>>

Importantly, the checklist has not slowed us down. <<Q:The median decision-to-delivery interval for
category 1 sections was 24 minutes before and 22 minutes after.>> We had expected it might add a
minute, and it did not.

In the simulation centre, teams that used the checklist identified the planted 'wrong patient wristband'
error in 14 of 16 drills.
"""),
        ("context", "Why this work was needed", """
A category 1 caesarean section is done when there is an immediate threat to the life of the mother or
baby, for example when the baby's heart rate has dropped and not recovered. The aim is to deliver the
baby within 30 minutes of the decision, and often much sooner. In that rush, the surgical safety
checklist is usually the first thing to go. Teams feel, understandably, that there is no time for a
formal sign-in and time-out.

Yet these are exactly the operations where things go wrong. The team has been assembled in minutes,
sometimes including staff who have not worked together before. The woman may have had a general
anaesthetic in a hurry without a full history. Swabs are counted under pressure. Antibiotics may be
forgotten. In our trust, a review of serious incidents in maternity theatres from 2019 to 2022 found that
most involved category 1 or 2 sections where no checklist had been done.

We also found that women were sometimes transferred to us from the midwife-led birth centre by
ambulance for an urgent section, and the information from the ambulance crew did not always reach the
theatre team before the operation started.

What we built is a seven-item checklist, printed on a laminated board fixed to the wall at the head of
the operating table in each maternity theatre, and read aloud by the anaesthetic practitioner while the
anaesthetist prepares: the woman's name and wristband; her allergies; the category and reason for the
section; whether antibiotics have been drawn up; blood group and whether blood is available; the count
board started; and who is receiving the baby. It is designed to take under a minute and to be done in
parallel with, not before, the anaesthetic. A full sign-out follows at the end as usual.

For women coming in by ambulance, the crew now use a short handover that matches the first four items,
so the theatre team can fill them in before the woman reaches the door.
"""),
        ("stakeholders", "Involvement", """
<<S:The seven items were chosen by a group of obstetricians, anaesthetists, midwives, operating
department practitioners and neonatal nurses, who each ranked the checks they thought mattered most
in the first minutes of an emergency section.>> <<S:Operating department practitioners insisted that
they, not the anaesthetist, should read the board, because the anaesthetist's hands and attention are
elsewhere.>> <<S:The checklist was then tried in 40 simulated emergencies in the university's
simulation suite, run by midwifery lecturers, and three items were reworded after teams stumbled over
them.>> <<S:Paramedics from the ambulance service helped us write the matching handover and tested it
on transfers from the birth centre.>>

Women booking with us are informed about the checklist in the antenatal leaflet on what happens in an
emergency. The Maternity Voices Partnership was updated about the work at its quarterly meeting. We
plan to ask women who have had an emergency caesarean to help review the leaflet next year; we did not
involve them in designing the checklist itself.
"""),
        ("spread", "Spread", """
The board and the matching ambulance handover have been shared across the local maternity and neonatal
system, and both other units in the system now use them. The university has built the checklist into its
midwifery and operating department practice simulation teaching, so every student practises it before
qualifying. We have submitted the simulation results for publication and shared the board artwork with
the regional maternity safety network.

We would suggest to anyone trying this that the test is not whether the checklist is filled in but
whether it is read aloud with everyone listening. That is what our theatre teams now expect, and what
they will say if it does not happen.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="value"),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1275  people living with dementia and their carers on the day of surgery
#        - pdf - with appendix - dementia charity director, heartfelt and
#        long - charity with an acute trust and a carers' network - carers
#        ('companions') and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1275", format="pdf", layout="with_appendix", topic="dementia_carer_day_of_surgery",
    project="independent80-stayingclose-1275", pdf_font="LiberationSerif", pdf_align="L",
    title="Staying Close: carers alongside people living with dementia from the ward to the anaesthetic room and back",
    cover=[
        "Lead entrant: Harebell Dementia Support (registered charity)",
        "Partners: Corrbay Hospitals NHS Foundation Trust (Surgery, Theatres and Anaesthesia); Corrbay Carers Network",
        "Prepared by the Director of Services, Harebell Dementia Support",
    ],
    primary_entrant=dict(name="Harebell Dementia Support", type="charity"),
    partners=[
        dict(name="Corrbay Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Corrbay Carers Network", type="charity"),
    ],
    sections=[
        ("context", "Why this matters to us", """
Harebell Dementia Support has worked with people living with dementia and their families in Corrbay for
almost thirty years. We run memory cafes, a helpline, dementia advisers and carers' groups. Surgery was
not something we thought much about until the stories started coming to us, one after another, from the
people who use our services.

A woman whose husband had Alzheimer's disease told us how he was taken for a hip operation after a fall.
She had been allowed to stay with him on the ward, but at the theatre doors a porter told her she had to
leave. He became terrified, pulled out his cannula, and had to be held down by three people so that the
anaesthetic could be given. When he woke up he did not know where he was, he hit a nurse, and he was
given sedation. He was delirious for nine days and never walked again. She said to us: 'If they had
just let me hold his hand, none of that would have happened.'

A man told us how his mother, who has vascular dementia, was asked the same questions at the theatre
checks four times and gave four different answers, including agreeing that she was having an operation
on the wrong side. Nobody asked him, although he was standing in the corridor with her care plan in his
bag.

These are not rare stories. About one in four people having surgery in a general hospital has dementia
or memory problems, and many more are over eighty. People living with dementia are much more likely to
become delirious after surgery, and delirium is linked to falls, pressure damage, longer stays, moves
into a care home and death. And, as that second story shows, a person who cannot reliably answer
questions cannot be a reliable part of the safety checks that are meant to prevent wrong-site surgery
and other never events.

When we took these stories to Corrbay Hospitals in 2022, we found an anaesthetic department that was
already worried about the same things. The trust had a dementia strategy and carers' passports on the
wards, but the operating theatre was a kind of border that families were not allowed to cross. Theatre
staff were nervous about having relatives in the anaesthetic room: about infection control, about
space, about how a relative would react if something went wrong. Nobody had ever asked carers what they
could contribute.
"""),
        ("evidence", "What has changed", """
Staying Close began on the trauma and orthopaedic and general surgery lists in March 2023 and now covers
every surgical specialty at Corrbay General. It has four parts.

First, the person's main carer is offered the chance to stay with them all the way to the anaesthetic
room, to be there while the anaesthetic is given, and to be called to recovery as soon as the person is
awake. Carers are given scrubs, a short explanation of what to expect and a named member of staff to
look after them.

Second, the carer is asked to join the safety checks. When the person is asked their name, date of birth
and what operation they are having, the carer is asked to confirm, and the carer's answer is recorded
alongside the patient's. Where the person cannot give a reliable answer, the site and side are confirmed
with the carer and against the consent form, and the team says out loud that this is what they are doing.

Third, the 'This is me' document, or our own shorter 'About me on the day' card, goes with the person to
theatre and is read at the team brief, so that the whole team knows what calms them, what frightens
them, and what they like to be called.

Fourth, the recovery area has a quieter bay, with a clock, natural light and the person's own glasses and
hearing aids, where the carer can sit with them.

<<Q:On the audited lists, the share of patients living with dementia who developed delirium after their
operation, measured with the standard screening tool on days one to three, fell from 38% in the year
before Staying Close to 21% in the year after.>> <<Q:Episodes where a person with dementia had to be
physically held or given sedation in the anaesthetic room went from 29 in 2022 to 6 in 2024.>> <<Q:The
average length of stay after surgery for people living with dementia was two and a half days shorter in
2024 than in 2022.>>

In 2024, 612 carers took part. We know of no case where a carer's presence caused a problem with
infection control or delayed an operation.
"""),
        ("stakeholders", "Working together", """
From the beginning we wanted the people who had lived this to shape it. <<P:Our 'companions', nine
family carers who had each been with someone living with dementia through an operation, met with the
theatre team six times over the first year.>> <<P:They walked the route from the ward to the anaesthetic
room with the theatre matron and showed her the moments where they had been sent away, and those are now
the places where the carer is met by a named member of staff.>> <<P:It was the companions who wrote the
'About me on the day' card, because they said the full 'This is me' document was too long for anyone to
read at a team brief.>> <<P:A man living with early dementia, who comes to one of our memory cafes, tested
the quiet recovery bay and asked for the clock to be a large analogue one, because he could not read the
digital one.>>

<<S:Anaesthetists, operating department practitioners and recovery nurses took part in the same meetings
and raised their worries honestly: about space, about a carer fainting, about what to say if the
anaesthetic was difficult.>> <<S:Those worries were answered one by one, and it was the operating
department practitioners who suggested the named member of staff for each carer.>> <<S:Porters were also
asked, and they pointed out that they were the ones who had been told to stop relatives at the theatre
doors, so the porters' guidance was rewritten with them.>> <<S:Ward nurses from the orthopaedic wards
helped decide how the carer would be contacted when the person was ready to leave recovery.>>
"""),
        ("value", "Value", """
The changes have cost very little in money. The trust bought scrubs for carers and some furniture and a
clock for the recovery bay. Our charity provides a dementia adviser who spends two days a week at the
hospital, funded by a grant from a local trust fund.

The savings are potentially large. Delirium after surgery adds days to a hospital stay and is one of the
commonest reasons an older person does not go home. Every avoided episode of restraint or sedation is a
risk avoided, and a better experience for patients, families and staff.

But the value that families talk about is harder to count. One woman told us: 'He was asleep when I
left him and I was there when he woke up. That's all I wanted.'
"""),
        ("spread", "Sharing what we have learned", """
The trust has made Staying Close part of its dementia strategy and its surgical safety policy. We have
shared our materials with the other hospitals in the region through the dementia action alliance, and
two have visited to see it in practice. The 'About me on the day' card is free to download from our
website. The anaesthetic department has presented the work at the regional anaesthesia meeting, and
we have spoken at national events on dementia care in hospitals.

We would say to any hospital thinking of doing this: ask the carers first. They know the person and they
know what went wrong last time. Theatre staff were anxious at the start, and that was understandable, but
within a few months most of them could not imagine going back.
"""),
    ],
    trailer=[
        ("heading", "Appendix: the 'About me on the day' card and notes on the data"),
        ("para", "The card has six prompts: I like to be called ...; Things that worry or upset me ...; Things that help me feel calm ...; How I tell you I am in pain ...; My glasses, hearing aids and teeth ...; The person who knows me best and how to contact them ..."),
        ("para", "Delirium figures come from the trust's post-operative delirium screening audit on the orthopaedic and general surgery wards. Restraint and sedation figures are from incident reports. Length of stay is from the trust's patient administration system for patients with a recorded diagnosis of dementia."),
        ("para", "Harebell Dementia Support, The Granary, Mill Street, Corrbay, CB7 2HL. Registered charity."),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1276  wound care referrals to district nurses after day surgery - docx
#        - style headings - integrated trust day surgery matron, plain -
#        departments of ONE integrated trust, no partner (ineligible) -
#        patients and staff involved - NO quantitative evidence (counts,
#        single audit figures, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1276", format="docx", layout="style_headings", topic="day_surgery_district_nurse_wound_referral",
    project="independent80-nodressingleft-1276", docx_font="Calibri",
    title="No Dressing Left Behind: getting wound care to people at home after day surgery",
    cover=[
        "Orlington Health and Care NHS Trust",
        "A partnership between the trust's Day Surgery Unit at Orlington General Hospital and its Community Nursing Service",
        "Contact: Matron, Day Surgery",
    ],
    primary_entrant=dict(name="Orlington Health and Care NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "The problem", """
Orlington Health and Care is an integrated trust: we run the acute hospital and the community services,
including district nursing, for a population of about 310,000. Our day surgery unit treats around
12,000 people a year. A proportion of them go home with a wound that needs dressing changes, drain care
or the removal of stitches or clips, and for those who cannot get to their GP practice, that care is
given at home by district nurses.

Until 2023 the referral from the day unit to district nursing was a paper form, faxed or later emailed
to a central inbox. It often arrived late, sometimes after the first dressing change was due, and
sometimes not at all. District nurses told us they regularly found out about a patient only when the
patient or their family rang to ask when someone was coming. In a handful of cases wounds were not seen
for a week or more, and some of these people developed wound infections that needed antibiotics or,
occasionally, readmission.

One case in 2022 made everybody stop. A man of 84, who lives alone, went home after a day-case skin graft
to his lower leg. The referral was emailed to an old address. Nobody visited. His daughter found him
eight days later with the dressing soaked and the graft infected, and he spent three weeks in hospital.

Being one organisation did not protect us. The day unit and the district nursing service use different
clinical record systems, have different managers and work to different rhythms: the day unit discharges
most patients in the late afternoon, when district nursing teams have already planned the next day's
visits. Nurses on each side knew and trusted each other, but the referral process had been designed
years earlier for a handful of patients a week, not the hundreds we now discharge with wounds that need
care at home.
"""),
        ("evidence", "What we did and what we know so far", """
In March 2023 we replaced the paper form with an electronic referral built into the day unit's
discharge checklist. The patient cannot be marked as discharged until the nurse has either made a
referral or ticked 'no community wound care needed'. The referral goes straight to the district
nursing team for the patient's address and appears on their caseload the same day, with the date of the
first visit already booked. Patients are given a card with the team's direct number and the date of
their first visit.

Since then, 2,140 referrals have been made from the day unit to district nursing. In an audit of 200
referrals in early 2024, 97% had a first visit booked before the patient left the unit, and the average
time from discharge to first visit was 2.4 days. Our target is for every patient to be seen on or before
the date the surgeon asked for.

District nurses have reported eight wound problems picked up at first visits that they say would
previously have been missed. We have not yet been able to link our community records to readmissions in
a way we trust.
"""),
        ("stakeholders", "Who was involved", """
<<S:The new referral was designed by a small group of day surgery nurses, district nurses and the trust's
digital team, who met fortnightly for four months.>> <<S:District nurses asked for the surgeon's
instructions about the wound to be copied into the referral word for word, because vague instructions
like 'routine wound care' had led to the wrong dressings being used.>> <<S:Day unit nurses tested the
discharge checklist change on two lists a week for a month and asked for the 'no community wound care
needed' option, so that it did not slow down the discharge of people who did not need visits.>>

<<P:The man whose graft became infected, and his daughter, met the matron and the district nursing lead
and went through what had happened; his daughter suggested the card with the date of the first visit,
so that families know when to expect someone and can ring if nobody comes.>> <<P:We also asked members of
the trust's patient panel to read the card, and they changed the wording from 'community nursing
service' to 'district nurse', which is what people actually call it.>>
"""),
        ("value", "Value", """
The electronic referral was built by our own digital team. The main benefit is that nobody now slips
through the gap between the two parts of our own organisation. A wound infection that needs readmission
costs far more than a district nurse visit, and for older people it can be the start of a long decline.
"""),
        ("spread", "Spread", """
The same electronic referral is now being used by the trust's surgical wards and by the urology and
gynaecology day units. We have shared the approach with other integrated trusts through the regional
community nursing forum.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1277  vaginal packs left in after gynaecological surgery and found in
#        general practice - pdf - bullet lists - PCN women's health GP lead,
#        concise - PCN with an acute trust gynaecology department and a
#        women's health forum - women involved - NO staff involvement
#        (teams trained, a named lead, letters, a plan) - NO quantitative
#        evidence (counts, a single audit figure)
# ---------------------------------------------------------------------------
entry(
    id="I1277", format="pdf", layout="bullet_lists", topic="retained_vaginal_packs_after_gynae_surgery",
    project="independent80-packcheck-1277", pdf_font="DejaVuSans", pdf_align="L",
    title="Pack Check: making sure no vaginal pack goes home by mistake",
    cover=[
        "Whinfell Primary Care Network (lead)",
        "With Whinfell and Coast Hospitals NHS Trust (Gynaecology) and the Whinfell Women's Health Forum",
        "Written by the PCN's women's health lead GP",
    ],
    primary_entrant=dict(name="Whinfell Primary Care Network", type="primary_care"),
    partners=[
        dict(name="Whinfell and Coast Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Whinfell Women's Health Forum", type="patient_group"),
    ],
    sections=[
        ("context", "Why we started", """
After some gynaecological operations, such as prolapse repair or surgery on the cervix, a gauze pack is
placed in the vagina to reduce bleeding. It is meant to be removed on the ward, usually the next morning
or before the woman goes home. Now that many of these operations are done as day cases or with one night
in hospital, the pack is sometimes still in place when the woman leaves, and the plan for removing it is
not always clear.

What we saw in our practices:

- women coming to the practice nurse or GP days or weeks after surgery with an offensive discharge, pain or fever, and a pack found on examination

- discharge letters that did not mention a pack at all, or said 'pack in situ' with no instruction about who would remove it or when

- women who had not been told a pack had been inserted, so did not know to ask

- practice nurses who did not feel confident removing a pack and were not sure whether they should

A retained vaginal pack is a retained foreign object after surgery and counts as a never event when it is
left unintentionally. For the women concerned it is also distressing and embarrassing, and it can lead to
serious infection.
"""),
        ("evidence", "What has happened since", """
- since January 2024 every woman who has a vaginal pack inserted is given a pink wristband saying 'vaginal pack in place', which is removed only when the pack is removed

- the pack is recorded on the theatre count board and on a pack sticker in the notes, and removal must be signed off before the discharge checklist can be completed

- if a woman goes home with a pack by plan, the discharge letter has a fixed section saying when and by whom it will be removed, and the practice receives the letter electronically on the same day

- women are given a small card with the date the pack is due out and the ward number

- 318 wristbands were used in the first year

- an audit of 90 discharge letters in the autumn of 2024 found that 94% recorded whether a pack had been used

- the practices in the network have recorded all contacts with women after gynaecological surgery since March 2024: 41 so far, none involving a pack
"""),
        ("stakeholders", "Who was involved", """
- <<P:members of the Whinfell Women's Health Forum, several of whom had had gynaecological surgery, told us that being told about a pack while still drowsy in recovery meant nothing to them, so the card is now given and explained on the ward the next morning>>

- <<P:the forum chose the colour and wording of the wristband, asking for 'pack in place' rather than a medical term>>

- <<P:one woman who had gone home with a retained pack agreed to tell her story, anonymously, in the hospital's safety bulletin, and asked that the discharge letter section be added; it was>>

- theatre and ward nurses at the trust were trained in the new process by the gynaecology matron

- the consultant gynaecologist leading the work, Mr Owen Rhys, revised the trust's guideline as part of his governance role

- practice nurses across the network were sent a letter explaining the change and how to remove a pack safely

- we plan to hold a joint learning session with practice nurses and ward staff in 2025
"""),
        ("value", "Value", """
- wristbands and cards cost a few pence each

- avoiding one retained pack avoids an infection, an extra appointment or admission, and an investigation

- women have told the forum that they feel more in control when they know what has been done and when it will be put right
"""),
        ("spread", "Spread", """
- the trust has adopted the same wristband for nasal packs in ENT surgery

- the discharge letter section has been shared with the other two trusts in the integrated care system
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1278  the safety checklist in community podiatric and minor surgery -
#        docx - numbered questions - community trust podiatric surgeon,
#        frank - community trust with a university and a GP federation -
#        staff involved - NO patient involvement (a survey that changed
#        nothing, leaflets, a negation)
# ---------------------------------------------------------------------------
entry(
    id="I1278", format="docx", layout="numbered_questions", topic="checklist_community_minor_and_podiatric_surgery",
    project="independent80-smallopsbigchecks-1278", docx_font="Calibri",
    title="Small Operations, Same Checks: a surgical safety checklist built for community clinics",
    cover=[
        "Holmescar Community Healthcare NHS Trust (Podiatric Surgery and Community Minor Operations)",
        "Partners: University of Holmescar, Department of Allied Health; Holmescar Central GP Federation",
        "Entry by the Head of Podiatric Surgery",
    ],
    primary_entrant=dict(name="Holmescar Community Healthcare NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="University of Holmescar", type="university"),
        dict(name="Holmescar Central GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "1. What was the problem you set out to address?", """
Not all surgery happens in hospital operating theatres. Our podiatric surgery service carries out around
1,700 foot operations a year, such as bunion and toe corrections, in two community treatment rooms under
local anaesthetic. The GP federation runs minor surgery clinics in four hubs, removing skin lesions,
cysts and ingrown toenails. Between us we do about 6,000 procedures a year outside a hospital.

The national surgical safety checklist was written for operating theatres with a full team. In our
clinics, there may be only the surgeon and one assistant, and often no anaesthetist at all. Some staff
had adapted the checklist, some had printed their own versions, and some used nothing. When we compared
notes in 2022, we found seven different checklists in use across the two organisations, and two clinics
with none.

Our incident reports told the story. In 2021 and 2022 we had a wrong-toe procedure, two cases of local
anaesthetic given to a patient with a documented allergy to a component of the dressing, and several
specimens sent unlabelled or with the wrong site. None of these would have happened if a properly
designed check had been done.

Community clinics have their own pressures. Lists are often run by one clinician working alone with an
assistant, in rooms shared with other services, and there is no theatre coordinator to notice when a
step has been skipped. Patients are awake throughout and often chatty, which is good for their
experience but can distract from the checks. Some staff felt that the full checklist was excessive for a
ten-minute procedure under local anaesthetic and, without a version designed for their setting, they
simply stopped using it. We needed something short enough to be done every time and robust enough to
catch the errors that mattered.
"""),
        ("evidence", "2. What evidence is there that safety has improved?", """
The Community Procedures Checklist was introduced in all community treatment rooms and minor surgery hubs
in April 2023. It has three short parts: before the local anaesthetic, before the first cut and before
the patient leaves the room. It is printed on the back of the consent form, so that it cannot be
separated from it, and it has a space for the patient to point to and initial the site.

<<Q:Observed compliance with all three parts of the check rose from 31% in the baseline observation to 88%
a year later.>> <<Q:Specimen labelling errors in the two services fell by a third, from 27 in 2022 to 18 in
2024.>> <<Q:There has been no wrong-site procedure since April 2023, against one in the two years before.>> <<Q:On the SPC chart of incidents
related to procedures in community clinics, there was a run of nine months below the centre line from
the second quarter of 2023, a shift that had not been seen before.>>
"""),
        ("stakeholders", "3. How were staff and patients involved?", """
<<S:The checklist was designed by podiatric surgeons, podiatrists, GPs with a special interest in minor
surgery, healthcare assistants and nurses from both organisations at three half-day workshops run by
the university.>> <<S:Healthcare assistants, who often do the check while the surgeon is scrubbing,
asked for it to be printed in a larger font and to fit on one side of paper, and both changes were
made.>> <<S:Researchers from the university observed 160 procedures before and after, and went back to
the clinic teams each quarter with what they had seen, which led to the 'before the patient leaves'
part being shortened.>>

We did not involve patients in designing the checklist, as it is a clinical safety tool. All patients
were sent a leaflet explaining that they will be asked to confirm the site. We also ran a patient
satisfaction survey in the minor surgery hubs after the change; satisfaction was high and unchanged, and
nothing in the checklist was altered as a result.
"""),
        ("value", "4. What is the value of the solution?", """
The checklist costs nothing beyond printing. It takes about 90 seconds in total per procedure. A
wrong-site procedure or a missed allergy can cause real harm and distress and leads to a lengthy
investigation, while specimen errors can delay a cancer diagnosis. Bringing seven checklists down to one
means that staff who work across both organisations no longer have to remember which version belongs
where.
"""),
        ("spread", "5. How has the solution been spread?", """
The checklist has been taken up by the community dental service and the community dermatology clinics in
our trust, and two other GP federations in the county. The university has published the observation
study and teaches the checklist on its podiatry degree. We have shared it with the national podiatric
surgery faculty, which is considering it as a model for community units.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1279  late changes to theatre lists - pdf - form - PRIVATE theatre
#        scheduling software company as primary entrant with two acute
#        trusts (ineligible) - product director, upbeat - patients involved -
#        NO staff involvement (staff trained, a named manager, a survey that
#        changed nothing, a user group planned)
# ---------------------------------------------------------------------------
entry(
    id="I1279", format="pdf", layout="form_table", topic="theatre_list_late_changes_software",
    project="independent80-listlock-1279", pdf_font="LiberationSans",
    title="ListLock: stopping late theatre list changes from becoming wrong-site surgery",
    cover_table=[
        ("Entry title", "ListLock: stopping late theatre list changes from becoming wrong-site surgery"),
        ("Lead organisation", "Scalpel Scheduling Systems Ltd"),
        ("Partners", "Ravensholme University Hospitals NHS Foundation Trust; Lindow and Marsh NHS Trust"),
        ("Entrant", "Product Director (Clinical Safety)"),
    ],
    primary_entrant=dict(name="Scalpel Scheduling Systems Ltd", type="private"),
    partners=[
        dict(name="Ravensholme University Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Lindow and Marsh NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Background and the safety problem", """
Scalpel Scheduling Systems supplies theatre scheduling software to eleven NHS trusts. When national and
local reviews of wrong-site surgery and wrong-procedure never events are read together, one factor comes
up again and again: a change to the operating list late in the day or on the morning itself. A patient
is moved up the list, a case is swapped between theatres, a procedure is changed from left to right
because of a typing error that is then 'corrected' the wrong way, or two patients with the same surname
are on the same list.

In most hospitals, the final list is printed the afternoon before and pinned up in theatre. Changes after
that are made by phone, handwritten on the printout, or sent by email to whoever is on duty. The
anaesthetic room, the ward and the theatre may all be working from different versions. At Ravensholme,
a review of 2021 and 2022 found that seven of the eleven incidents involving the wrong patient, the wrong
site or the wrong procedure being prepared had followed a late list change.

We worked with Ravensholme and Lindow and Marsh to build a feature that makes every late change visible
to everyone and forces the right checks to happen.
"""),
        ("evidence", "Evidence of improvement", """
ListLock went live at Ravensholme in May 2023 and at Lindow and Marsh in January 2024. Once a list is
'locked' at 3pm the day before, any change must be entered in the system, with a reason, and approved by
the theatre coordinator. A change triggers an alert on the screens in the theatre, the anaesthetic room
and the ward, and the changed case is shown in orange until the team has re-checked the patient's
identity, the site and side, and the consent form. Patients with similar names on the same list are
flagged automatically.

<<Q:At Ravensholme, incidents involving the wrong patient, site or procedure being prepared fell from 11
in the two years before ListLock to 2 in the eighteen months after.>> <<Q:Handwritten changes to printed
lists, counted in a weekly audit, went from an average of 23 a week to fewer than 2.>> <<Q:At Lindow and
Marsh, late list changes made without a recorded reason dropped from 64% to 5% within six months.>>
"""),
        ("stakeholders", "Involvement of patients and staff", """
<<P:We asked the patient panel at Ravensholme to review the text messages the system sends when a
patient's operation time changes, and they told us the old message ('Your procedure has been
rescheduled') made people think their operation had been cancelled, so the message now gives the new
time and says plainly that the operation is still going ahead.>> <<P:Panel members also asked that
patients whose side or procedure has been changed on the list be told in person by the surgeon before
anything else happens, and this is now built in as a prompt.>>

All theatre coordinators, theatre managers and anaesthetic practitioners at both trusts were trained in
ListLock before go-live. Karen Whitlow, Theatre Services Manager at Ravensholme, was responsible for
implementation there. We surveyed users after six months and the feedback was positive, so no changes
were needed. We intend to set up a clinical user group in 2025.
"""),
        ("value", "Value", """
ListLock is included in our standard licence at no extra charge to existing customers. Each wrong-site
never event costs a trust a great deal in further treatment, investigation and claims, and harms the
patient and the staff involved. Fewer handwritten changes also mean fewer delays at the start of lists.
"""),
        ("spread", "Spread", """
ListLock is now available to all eleven trusts that use our software, and four more will switch it on
this year. We have shared our analysis of late list changes with the national patient safety team.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1280  injections into the wrong eye in community eye clinics - docx -
#        bold headings with a cover table - eye hospital nurse consultant,
#        practical - eye hospital with an optometry company and a sight
#        loss charity - patients involved (told in the spread section) and
#        staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1280", format="docx", layout="bold_headings", topic="wrong_eye_intravitreal_injections",
    project="independent80-righteye-1280", docx_font="Arial",
    title="Right Eye, Every Time: preventing wrong-eye injections in community macular clinics",
    cover_table=[
        ("Title", "Right Eye, Every Time: preventing wrong-eye injections in community macular clinics"),
        ("Lead organisation", "Pennard Eye Hospital NHS Foundation Trust"),
        ("Partners", "ClearSight Community Optometry Ltd; Pennard and District Sight Loss Society"),
        ("Lead contact", "Nurse Consultant, Medical Retina"),
    ],
    primary_entrant=dict(name="Pennard Eye Hospital NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="ClearSight Community Optometry Ltd", type="private"),
        dict(name="Pennard and District Sight Loss Society", type="charity"),
    ],
    sections=[
        ("context", "Background", """
People with wet age-related macular degeneration, diabetic eye disease and some other conditions need
injections into the eye, often every four to twelve weeks for years. To keep up with demand, our
hospital moved much of this work into four community clinics in 2021, run jointly with an optometry
company whose optometrists do the scans and assessments, while our injecting nurses give the injections.
We now give more than 38,000 injections a year.

Many patients are treated in one eye only, some in both, and some alternate. The eye to be injected can
change from visit to visit depending on the scan. Most patients are in their eighties, many have poor
sight in both eyes, and some have memory problems. Clinics are fast: an injecting nurse may give 30
injections in a session.

In 2022 we had two wrong-eye injections, both never events, and eleven near misses in which the wrong
eye was prepared and the error was caught at the last moment. The investigations found that the
decision about which eye to treat was made by the optometrist after the scan, written on a paper
pathway sheet, and then passed to the injecting room, where the nurse relied on the sheet and on
asking the patient. The sheet was sometimes for the previous visit, and patients did not always know
which eye was being treated that day.

The move into the community had added another handover. In the hospital clinic, the doctor who looked at
the scan often gave the injection too. In the community clinics, the person who decides and the person
who injects work for different organisations, on different floors in some buildings, and at busy times
they may never speak to each other about a patient. Neither the optometry company nor the hospital could
fix that on its own, because each controlled only half of the process, and neither had a complete view
of the patient's journey through the clinic.
"""),
        ("evidence", "What we changed and the results", """
From January 2023 the eye to be injected is entered by the optometrist directly into the shared
electronic record and appears on a tablet in the injection room. The optometrist places a sticker
dot above the correct eye while the patient is still with them, and the patient is told which eye
and given a card saying 'Today: LEFT' or 'Today: RIGHT' in large print. In the injection room, the
nurse must check the tablet, the dot and the card, and ask the patient, before the eye is prepared.

<<Q:There have been no wrong-eye injections since the change, after two in 2022.>> <<Q:Near misses where
the wrong eye was prepared came down from eleven in 2022 to four in 2024, even though the number of
injections grew.>> <<Q:Our monthly run chart of discrepancies between the eye recorded by the
optometrist and the eye on the paperwork showed a clear downward shift from March 2023 that has held
since.>> <<Q:Patient complaints about being unsure which eye was being treated fell by about a third.>>
"""),
        ("stakeholders", "Who was involved", """
<<S:Injecting nurses, optometrists, healthcare assistants and clinic receptionists from all four clinics
met over three evenings to map every step between the scan and the injection.>> <<S:The optometrists
pointed out that they were best placed to put the dot on the eye, because they had just looked at the
scan, and that became the rule.>> <<S:Receptionists asked for the card to be handed out at the
optometrist's desk rather than at reception, because at reception the decision had not yet been
made.>>
"""),
        ("value", "Value", """
The changes cost very little: the tablets were already in the clinics, and the stickers and cards cost
a few pounds a week. A wrong-eye injection is distressing for the patient, may damage a healthy eye and
leads to a never event investigation that takes clinical time away from an already stretched service.
"""),
        ("spread", "Spread", """
<<P:The large-print card was designed with members of the Pennard and District Sight Loss Society, who
tested different sizes, colours and fonts in their own homes and chose white letters on black, which
they found easiest to read.>> <<P:They also suggested that the card be kept by the patient and brought to
the next appointment, so that they could see the pattern of their treatment over time, and this has
been taken up.>> The card and the dot have since been adopted in the hospital's main injection clinics
and by two neighbouring eye units. We presented the work at the national ophthalmic nursing conference
in 2024.
"""),
    ],
    flags=[],
)
