"""Eighty-first independent evaluation set (I1281..I1296) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing acute and community trusts, councils,
integrated care boards, ambulance and fire services, home improvement and befriending
charities, a hospice, a university, a pharmaceutical committee, a GP federation and the
odd private care provider send in, in their own voices and at their own length.  The
theme of this set is leaving hospital and social care: discharge to home and care homes,
home care agencies and reablement, equipment and adaptations, voluntary sector support
and falls after discharge.

Topics (lead's type and layout): a trusted assessor for care home discharges (an acute
trust with a care association and the council, own headings), the first home care visit
after a hospital discharge (a council, bold headings with a cover table), falls in the
first weeks of reablement (a community trust, numbered questions), hoists, beds and
commodes in place on the day of discharge (a council's joint equipment service with an
equipment contractor, lists), a volunteer 'settle in' service for people going home alone
(a befriending charity, no headings), medicines and information sent with people
discharged to care homes (an integrated care board, CAPS headings), ambulance crews
picking up falls in the month after discharge (an ambulance service, two columns), stair
rails and key safes fitted before people leave hospital (a home improvement agency
charity, rubric headings, no value section), safe and well visits by firefighters after
discharge in winter (a fire and rescue service, style headings, pdf via soffice),
discharge-to-assess beds in care homes (a GP federation, bold headings with cover
bullets), community pharmacy follow-up of new medicines for people with home care (a
local pharmaceutical committee, a form), reviews of two-carer packages after discharge (a
private home care company as primary entrant, style headings), falls detectors set up
before discharge (a university, with appendix), rapid discharge home to die (a hospice,
sections in an unusual order, no evidence section), late-evening discharges and
transport home (departments of one acute trust, no partner, numbered questions) and falls
in the first days after moving into a care home from hospital (a private care home group
as primary entrant, a form).

Build it with

    .venv/bin/python data/independent/build.py --set 81   (writes data/corpus/independent81/)

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
    numbers trained, activity counts (visits, calls, referrals, checks, kits, people
    screened or identified), single figures with no baseline, a zero with no earlier
    figure, figures that did not change, budgets, costs and savings estimates, phone
    numbers, postcodes, reference numbers, targets not yet reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    (including a sustained shift on a run or SPC chart);
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

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices, GP federations, primary care networks and local
pharmaceutical committees are primary_care; patients' and carers' support groups are
patient_group; hospices, befriending, home improvement and energy advice charities and
care associations are charity; a university is university; home care companies, care
home groups and equipment contractors are private).  A department or team of the
entrant's own organisation is not a partner.  Flags are written by hand and build.py
cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1281  trusted assessor for care home discharges - pdf - own headings -
#        acute trust discharge lead, measured - acute trust with a care
#        association and the council - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1281", format="pdf", layout="own_headings", topic="trusted_assessor_care_home_discharge",
    project="independent81-onevoice-1281", pdf_font="LiberationSans", pdf_align="L",
    title="One Assessment, One Voice: a trusted assessor for people moving from hospital to a care home",
    cover=[
        "Lead organisation: Callowmere Hospitals NHS Foundation Trust (Integrated Discharge Team)",
        "Partners: Callowmere and Dunsford Care Association; Callowmere Borough Council (Adult Social Care)",
        "Written by the Head of Patient Flow and Discharge",
    ],
    primary_entrant=dict(name="Callowmere Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Callowmere and Dunsford Care Association", type="charity"),
        dict(name="Callowmere Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", "Where we started", """
Every week about forty people leave Callowmere General for a care home bed, some for a short stay while
they recover and some for good. Before this project each of the 52 care homes in the borough sent its own
manager or senior carer to the ward to assess the person before agreeing to take them. That could take
three or four days to arrange, and in the meantime the person, usually very old and often confused,
waited on a ward they no longer needed, at risk of falls, infections and losing the strength they had
left.

The assessments were also patchy. A care home manager might see someone on a good afternoon, sitting in
a chair and chatting, and not hear that the same person had been up most of the night, tried to climb
over the bed rails twice and needed two staff to help them to the toilet. The person then arrived at
the home with needs the home was not ready for. Our incident reviews in 2021 and 2022 found falls on the
first night, missed time-critical medicines and two people sent back to us within 48 hours because the
home could not manage them safely.

The idea of a trusted assessor is not new. One person, trusted by all the homes, does a single
assessment on the ward using a form the homes have agreed, and the homes accept it. What made it
difficult here was trust itself: care home managers had been let down by hospital information before.
<<P:Before we wrote anything down, families of people who had recently moved into care homes were
asked, in a series of kitchen-table conversations run by the care association, what had gone wrong on
the day of the move, and their answers shaped what the assessment now covers.>>

There was also a problem of fairness between homes. Larger homes with a dedicated admissions manager
could send someone to the ward the same day, while small family-run homes, which often had the most
suitable rooms for people with dementia, could not spare anyone. So people were sometimes placed where an
assessor happened to be available rather than where they would be best cared for. And because every home
used its own paperwork, the ward nurses were filling in the same information five or six times for
different homes, usually late in the shift, from memory.

We wanted a single, trusted picture of each person, shared with every home that might offer them a place,
and a way of getting that picture onto paper within a day of the person being ready to leave.
"""),
        ("evidence", "What has changed", """
Two trusted assessors, employed by the care association and based in our discharge hub, have been
working since May 2023. They see the person on the ward, talk to the nurse who cared for them overnight,
read the notes and speak to the family, and complete the shared assessment. Forty-eight of the 52 homes
have signed the agreement to accept it.

<<Q:The average time from a person being ready to leave to arriving at the care home fell from 6.2 days in
2022/23 to 2.7 days in 2023/24.>> <<Q:Falls in the first 72 hours after arrival at a care home, reported
by the homes through the care association, went from 41 in the year before the scheme to 17 in its first
full year.>> <<Q:Readmissions within 48 hours of a care home discharge fell from 23 to 6.>>

We also looked at the information the homes receive. In a sample of 100 discharges, the trusted assessor
form was complete in 96.
"""),
        ("stakeholders", "How people were involved", """
<<S:Care home managers from eleven homes met with us four times to write the assessment form, and they
insisted on a section headed 'What the night was like', which has turned out to be the most useful part
of it.>> <<S:Ward sisters on the three elderly care wards tested the form for six weeks and asked for the
assessor to visit before 11am so the night nurse's handover could be included.>> <<S:The council's
brokerage team told us that homes were turning people down because they could not see the funding
agreement, so the assessor now attaches it.>>

<<P:A small group of relatives, brought together by the care association, read the family section of the
form and asked that it include the person's own routines, such as what time they like to get up and how
they take their tea.>> <<P:One resident, Mr Harold Pennick, who had moved from our ward into a care home
in 2022, told the project group about arriving at his new home with no glasses and no hearing aid, and
there is now a belongings check on the form.>>
"""),
        ("value", "Value for money", """
The two assessor posts cost about £78,000 a year, shared between the trust and the council. Each day a
person spends in hospital when they no longer need to costs around £400, and we have reduced waiting by
several thousand bed days a year. The real value is harder to put a price on: fewer older people falling
in an unfamiliar room on their first night.

Care home managers say they no longer have to take a senior member of staff off the floor for half a day
to travel to the hospital.
"""),
        ("spread", "Sharing what we learned", """
The care association has shared the form with associations in two neighbouring counties, and the
community hospital at Dunsford now uses it for its own discharges. We have presented the scheme at the
regional urgent and emergency care board and written a short guide on setting up a trusted assessor
agreement, including the wording that the homes' insurers were happy with.

The lessons we would pass on are simple. Trust has to be earned before it can be relied on. <<S:For the first
three months the assessors rang each receiving home after every move to ask what had been missing, and
the homes' answers were used to fix the form each time.>> The assessors must be independent of the hospital's bed pressures, which is why
they are employed by the care association and not by us. And the form belongs to the homes, not to the
hospital, so changes to it are agreed at the association's quarterly managers' meeting.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1282  the first home care visit after discharge - docx - bold headings
#        with a cover table - council commissioner, direct - council with the
#        acute trust and a home care providers' network - staff involved -
#        NO patient involvement
# ---------------------------------------------------------------------------
entry(
    id="I1282", format="docx", layout="bold_headings", topic="first_home_care_visit_after_discharge",
    project="independent81-firstcall-1282", docx_font="Calibri",
    title="First Call Home: making the first home care visit after a hospital stay a safe one",
    cover_table=[
        ("Entry title", "First Call Home: making the first home care visit after a hospital stay a safe one"),
        ("Lead organisation", "Ashgrove County Council, Adult Social Care"),
        ("Partners", "Ashgrove and Tilby Hospitals NHS Trust; Ashgrove Home Care Providers' Network"),
        ("Contact", "Marcus Feld, Strategic Commissioning Manager, Home and Community Support"),
    ],
    primary_entrant=dict(name="Ashgrove County Council", type="local_authority"),
    partners=[
        dict(name="Ashgrove and Tilby Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Ashgrove Home Care Providers' Network", type="charity"),
    ],
    sections=[
        ("context", "Background", """
Around 2,600 people a year leave Ashgrove's two hospitals with a new or restarted package of home care.
The first visit is the most dangerous one. The care worker often arrives knowing only a name, an
address and the number of calls a day. They may not know that the person has come home on a new blood
thinner, has been told not to climb stairs, or has a catheter that was put in on the ward. Sometimes they
cannot get in, because the key safe code was never passed on or the person's keys are still in a bag on
the ward.

We reviewed 60 safeguarding concerns and incident reports from 2022 that involved a person's first week
at home with care. The same things came up again and again. The first visit was missed or very late
because the agency had been told the wrong discharge date. Medicines came home in a bag with a printed
list that did not match what was in the bag. Nobody had checked whether there was food in the house, the
heating was on or the bed was downstairs as the therapist had asked. In the worst case a man with
diabetes was discharged on a Friday evening, his first visit was booked for the Monday and he was found
by a neighbour on the Sunday, hypoglycaemic and on the floor.

Home care agencies were frustrated too. They wanted to get it right but were being given half the
picture, at the last minute, by a hospital system they could not see into.

The council commissions home care from 27 agencies, and each had its own way of receiving referrals.
Some took a phone call, some an email, some a form on our brokerage system. The hospital's discharge
coordinators had no single way of telling an agency anything beyond what the brokerage system asked for,
which was mainly about hours and funding. Information about the person's health, the reason they had been
in hospital and what had changed was in the discharge summary, which went to the GP and not to the agency.
In effect, the people who would see the person four times a day knew least about them.
"""),
        ("evidence", "What we have achieved", """
Since September 2023 every person leaving hospital with home care has a First Call Home sheet, completed
by the ward's discharge coordinator and sent securely to the agency the day before discharge. It covers
the discharge date and time, how the person is getting home, key safe code or who has the keys,
medicines changes and what the care worker must do about them, mobility and equipment, and the name of a
hospital contact who can be rung until 8pm. The agency confirms the first visit time back to the ward,
and the person does not leave until it has.

<<Q:First visits that were missed or more than two hours late fell from 14% of discharges with new care
in the six months before the change to 3% in the six months to March 2024.>> <<Q:Safeguarding concerns
raised about the first week at home after a hospital discharge went from 47 in 2022 to 19 in 2023/24.>>
<<Q:Readmissions within seven days among people discharged with new home care dropped from 11.8% to
8.1%.>>

Agencies now receive the sheet for about nine in ten discharges.
"""),
        ("stakeholders", "Involvement", """
<<S:Registered managers from the providers' network spent two workshops with discharge coordinators from
both hospitals going through real cases, and it was the managers who asked for the key safe question to
come first on the sheet.>> <<S:Discharge coordinators tried three versions of the sheet on two wards and
told us the first two took too long, so the final version is a single page with tick boxes.>> <<S:Care
workers from four agencies told us they often could not read the hospital's medicines list, and the
hospital pharmacy team changed the layout so that any new or stopped medicine is printed in bold at the
top.>>

People who receive home care will be the main beneficiaries. Everyone discharged with new care is given
a copy of the sheet and a letter explaining who will visit and when. We sent a short survey to 200 people
three months after discharge; most said they were happy with their first visit and no changes were
needed. We intend to set up a reference group of people who use home care in 2025.
"""),
        ("value", "Value", """
The sheet has cost nothing except time to design and about five minutes of a discharge coordinator's time
per patient. Every readmission avoided saves the NHS around £2,500, and a missed first visit for a person
who cannot get up alone can end in a long lie on the floor. Agencies say they can now plan the first
visit properly instead of sending whoever is free.

There were costs we had not expected. The rule that nobody leaves until the agency has confirmed the first
visit occasionally holds a person on the ward for a few more hours, and this caused some concern at
first. In practice it happens in a small number of cases, usually late on a Friday, and the
alternative would have been sending someone home with no visit booked. We think that is the right trade.
"""),
        ("spread", "Spread", """
The community hospitals in Tilby and Marlow Cross have started to use the sheet. The council has made it
a requirement in the new home care framework, which starts in April 2025, and two neighbouring councils
have asked for a copy. The providers' network has included it in its induction pack for new registered
managers.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1283  falls in the first weeks of reablement - docx - numbered questions -
#        community trust therapy lead, conversational - community trust with
#        the council reablement service and a university - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1283", format="docx", layout="numbered_questions", topic="reablement_falls_first_weeks",
    project="independent81-steadyathome-1283", docx_font="Arial",
    title="Steady at Home: reducing falls in the first weeks of reablement",
    cover=[
        "Lead: Pendle Moor Community Health NHS Trust (Community Therapy and Falls Service)",
        "Partners: Pendle Moor Metropolitan Borough Council (Reablement at Home Service); University of North Lancross (School of Health Sciences)",
        "Submitted by the Clinical Lead Physiotherapist, Falls and Frailty",
    ],
    primary_entrant=dict(name="Pendle Moor Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Pendle Moor Metropolitan Borough Council", type="local_authority"),
        dict(name="University of North Lancross", type="university"),
    ],
    sections=[
        ("context", "1. What was the problem and why did it need a partnership?", """
Reablement is meant to get people back on their feet after a stay in hospital. For up to six weeks, a
team of reablement support workers visits the person at home and helps them relearn how to wash, dress,
get to the toilet and make a meal, with the aim that they need little or no care at the end of it. Our
council colleagues run the service and it is very good at what it does.

What nobody had looked at properly was falls. When we went through the council's incident log with them
in 2022 we found that people in reablement were falling a lot, and most of the falls happened in the
first ten days, often at night, often on the way to the toilet. That makes sense when you think about it:
people leave hospital weaker than they went in, sometimes on new medicines that lower their blood
pressure, and go back to a house that has not changed while they have. The hospital had done a falls
assessment on the ward, but it stayed in the hospital notes. The reablement workers were not therapists
and did not feel able to judge whether someone was safe to walk with a frame or needed a commode by the
bed. Our community therapists, who could, were usually not involved unless someone specifically
referred.

We wanted to bring the three things together: the therapists' skills, the reablement workers' daily
presence in the home, and some proper measurement, which is where the university came in.

There was also a practical question of who was responsible. Reablement sits in social care; falls
prevention sits in the NHS. Each assumed the other had it covered. When someone fell during reablement
the support worker recorded it on the council's system, the person might be taken to hospital, and the
community falls service might hear about it weeks later, if at all. Nobody was looking at the pattern, and
nobody was asking what could have been done in the first few days to stop it.

A joint review of 40 falls from the council's log, with the records from both organisations side by
side, was revealing. In most cases there had been warning signs in the hospital notes that had never
reached the people in the home: a fall on the ward, a note about dizziness on standing, a new sleeping
tablet, a recommendation for a commode that had not been ordered.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
Since March 2023, everyone who starts reablement has a short falls check on the first or second visit,
carried out by the reablement worker using a tool our therapists adapted for them. Anyone who scores as
higher risk is seen at home by a community physiotherapist or occupational therapist within three
working days. The therapist sets out a simple plan (where the commode goes, which walking aid to use,
whether a night light or a bed lever is needed, whether the GP should review a medicine) and the
reablement team follow it on every visit.

The university's team analysed the council's and our data for the 18 months before and after the start.
<<Q:Falls during reablement roughly halved, from 31 per 1,000 weeks of reablement to 15 per 1,000
weeks.>> <<Q:The proportion of people who had at least one fall in their first ten days went from one in
eight to one in twenty.>> <<Q:Emergency readmissions during reablement that were linked to a fall came
down from 58 in the year before to 27 in the first full year.>>

In that year 1,140 people had the falls check and 386 were seen by a therapist.
"""),
        ("spread", "3. How has the work been shared?", """
The council has written the falls check into the reablement service specification. The university has
presented the analysis at a national falls prevention conference and is preparing a paper. We have
shared the adapted tool and the training slides with three other community trusts in the North West, and
one of them has started to use it with its own council's reablement team.
"""),
        ("value", "4. What difference has it made, and is it good value?", """
The extra therapist visits cost around £52,000 a year, which we fund from the existing community therapy
budget by reprioritising some clinic work. A fall that leads to a hip fracture costs the NHS and social
care well over £20,000 in the first year, and people who fall during reablement are much less likely to
finish it independently. We estimate that the scheme more than pays for itself.

Reablement workers say they feel more confident and less worried about leaving someone alone between
visits.
"""),
        ("stakeholders", "5. Who was involved and how?", """
<<S:The falls check was designed with the reablement workers rather than for them: a group of nine
support workers met our therapists fortnightly for three months, tested drafts on their own visits and
cut it from twenty questions to seven.>> <<S:Reablement team leaders suggested that the therapist's plan
should be stuck inside the front of the care folder in the person's home, so that whoever visits sees it
straight away.>> <<S:The university's researchers worked with council data analysts to agree how falls
would be counted, because the two organisations had been recording them differently.>>

<<P:The wording of the leaflet left in people's homes was changed after it had been read through by
members of the Pendle Moor Over-60s Forum, who found 'postural hypotension' meaningless and suggested 'if
you feel dizzy when you stand up'.>> <<P:Three people who had been through reablement were interviewed by
the university about what had made them feel unsafe at home, and what they said about getting up to the
toilet at night is why the night-time plan is now the first thing the therapist looks at.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1284  hoists, beds and commodes in place on the day of discharge - pdf -
#        bullet lists - council joint equipment service manager, list-minded -
#        council with the equipment contractor and the acute trust - patients
#        and staff involved - NO quantitative evidence (counts, targets,
#        single figures)
# ---------------------------------------------------------------------------
entry(
    id="I1284", format="pdf", layout="bullet_lists", topic="equipment_delivery_day_of_discharge",
    project="independent81-readybeforehome-1284", pdf_font="DejaVuSans", pdf_align="L",
    title="Ready Before Home: equipment in place before people leave hospital",
    cover=[
        "Submitted by Wexcombe City Council, Joint Community Equipment Service",
        "Working with Medequip Logistics Ltd (equipment contractor) and Wexcombe University Hospitals NHS Trust",
        "Contact: Service Manager, Joint Community Equipment Service",
    ],
    primary_entrant=dict(name="Wexcombe City Council", type="local_authority"),
    partners=[
        dict(name="Medequip Logistics Ltd", type="private"),
        dict(name="Wexcombe University Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The problem", """
The Joint Community Equipment Service supplies beds, hoists, commodes, perching stools, pressure cushions and walking aids to people living at home in Wexcombe. Our contractor stores, delivers, fits and collects the equipment. Much of it is ordered by hospital therapists for people about to be discharged.

What was going wrong in 2022:

- equipment was often ordered on the day of discharge, so it arrived after the person got home, sometimes the next day

- people were arriving home to no hospital bed, no hoist or no commode, and family members or care workers were lifting them by hand or helping them to the toilet upstairs

- hoists were delivered without the right slings, or slings of the wrong size

- our contractor's drivers could not get in, because nobody was at home to let them in before the person came back

- ward therapists could not see whether an order had been delivered, so they rang us, and we rang the contractor

- two serious incidents in 2022 involved a person falling at home on the night of discharge when the commode they had been assessed as needing had not arrived

- the contractor had no way of knowing which orders were for people still in hospital and which were for people already at home, so a discharge order for a commode might sit in the same queue as a replacement walking stick
"""),
        ("evidence", "What has changed", """
- Since June 2023 hospital therapists order equipment through a 'discharge' category in the ordering system, which gives it the contractor's highest priority and a delivery slot before the person leaves

- the ward cannot confirm a discharge time for a person who needs equipment until the contractor's system shows 'delivered and fitted'

- the contractor keeps a ready stock of the twelve items most often needed for discharges on a van based at the hospital site every weekday

- 3,412 discharge orders were placed through the new category in the first year

- our target is for 95% of discharge orders to be delivered before the person arrives home

- slings are now always delivered with the hoist, with a measuring guide

- in the most recent quarter, 88% of discharge orders were delivered before the person arrived home

- we have not yet been able to compare incidents before and after the change, because the contractor moved to a new incident reporting system in 2023
"""),
        ("stakeholders", "Who was involved", """
- <<S:the contractor's drivers and technicians came to a workshop with ward occupational therapists and explained that most failed deliveries were because nobody was in, which is why the key is now handed to the driver at the ward before discharge>>

- <<S:occupational therapists from the elderly care and orthopaedic wards tested the new order category for two months and asked for the sling measuring guide to be added>>

- <<S:our own prescriber support officers rewrote the ordering screens so that the most common discharge items appear first>>

- <<P:four people who had been discharged home with a hoist, and their family carers, met with us at the Wexcombe Carers' Hub and described the first night at home, and their suggestion that a technician should demonstrate the hoist to the family on delivery is now part of every discharge delivery>>

- <<P:a member of the Wexcombe Disability Forum checked the delivery letter and asked us to include a photo of the driver's identity badge, which we now do>>
"""),
        ("value", "Value", """
- the van at the hospital site costs around £46,000 a year, shared between the council and the trust

- equipment is now recycled faster because collections are booked at the same time

- every delayed discharge day avoided saves the trust around £400

- most importantly, nobody should have to spend their first night home without the equipment they were assessed as needing

- ward therapists spend less time chasing deliveries by phone, and our own officers no longer act as a switchboard between the ward and the contractor

- the contractor's drivers now make fewer wasted journeys to empty houses
"""),
        ("spread", "Spread", """
- the community hospital at Lowbridge has adopted the discharge category

- the contractor has offered the same arrangement to the two other councils it works for

- we have shared our ordering screens with the national community equipment managers' network
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1285  volunteer 'settle in' service for people going home alone - docx -
#        no headings - befriending charity director, warm and personal -
#        charity with the acute trust and the ICB - older people involved -
#        NO staff involvement
# ---------------------------------------------------------------------------
entry(
    id="I1285", format="docx", layout="no_headings", topic="volunteer_settle_in_home_from_hospital",
    project="independent81-kettleon-1285", docx_font="Georgia",
    title="Kettle On: volunteers who settle people in when they come home from hospital alone",
    cover=[
        "Brackenford Good Neighbours (registered charity), working with Brackenford Royal Hospital NHS Trust and NHS Brackenford and Hale Integrated Care Board",
        "Entry by Dawn Okafor, Director, Brackenford Good Neighbours",
    ],
    primary_entrant=dict(name="Brackenford Good Neighbours", type="charity"),
    partners=[
        dict(name="Brackenford Royal Hospital NHS Trust", type="nhs_trust"),
        dict(name="NHS Brackenford and Hale Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", None, """
Picture a woman of 84 being helped out of a hospital transport vehicle at half past six on a November
evening. The driver carries her bag to the door, makes sure she is inside, and has to go, because there
are three more people on his list. The house has been empty for nine days. The heating is off, the milk
in the fridge has gone sour and there is a pile of post on the mat. She has a new walking frame she has
used twice, a bag of tablets she does not fully understand, and nobody is coming until the morning.

That was the situation for a great many of the people we met through our befriending service, and it
worried us for years. Brackenford has one of the oldest populations in the region and a lot of people
live alone, often with family hundreds of miles away. Some of them go home from hospital with a care
package, but many do not, because on paper they can manage. The hospital could not keep them in, and
nobody's job was to stay with them for the first hour at home.

We know the first night home is a risky time. People fall getting up to the toilet in a cold, dark
house. They take the wrong tablets, or take their old ones as well as their new ones. They do not eat.
Some end up back in hospital within days.
"""),
        ("evidence", None, """
Kettle On started in January 2023. When a ward identifies someone going home alone who has no care
package and no one to meet them, the discharge team rings our coordinator, and one of our volunteers
meets the person at home, ideally before they arrive. The volunteer puts the heating on, makes a hot
drink, checks there is food for the evening and the next morning, goes through a short home safety
checklist (lights working, clear path to the toilet, phone within reach, pendant alarm on if they have
one), and looks at the medicines bag with the person, using the hospital's list, to put away anything
that has been stopped. If there is anything worrying, the volunteer can ring the hospital's discharge
hub, which is open until 9pm. Then they visit or phone again the next day and at the end of the week.

<<Q:Among the people we settled in during 2023, readmissions within 30 days were 9%, against 16% among
people of a similar age who went home alone from the same wards in 2022 without the service.>> <<Q:Falls
in the first week at home, which we ask about on our end-of-week call, were reported by 11% of people in
our first three months and by 5% in our last three months, as volunteers became more practised with the
checklist.>>

Our volunteers made 1,284 settle-in visits in 2023 and 2,900 follow-up calls.
"""),
        ("stakeholders", None, """
<<P:We asked members of our lunch clubs who had been in
hospital in the last year to tell us about their first day home, and twenty-three of them did, in small
groups over tea; it was they who told us the evening was the worst time and that a warm house mattered
more than anything else.>> <<P:Two of them, Mr and Mrs Ashworth, then helped us write the home safety
checklist and tried it out in their own bungalow, moving the phone and the night light to where they said it should be.>>

Ward staff at the hospital were briefed about the service at their team meetings, and discharge
coordinators were trained to make a referral. Our coordinator, Pauline Reyes, manages the rota and
matches volunteers to referrals each day. The ICB's ageing well lead receives our quarterly report.
"""),
        ("value", None, """
The service costs about £64,000 a year, which pays for the coordinator, volunteer expenses and training,
and is funded by the ICB through its voluntary sector grants programme. Our volunteers give their time
for free. A single avoided readmission of an older person is worth around £3,000 to the NHS, before you
count the cost of the care that often follows. For the person, it is the difference between a frightening
first night and a safe one.

One man told us, "I thought I'd be coming back to an empty house. Instead there was a young woman in my
kitchen telling me off for leaving the back door unlocked."
"""),
        ("spread", None, """
We have written a short handbook for other good neighbour schemes and have been asked by two voluntary
organisations in neighbouring towns to help them set up something similar. The hospital is looking at
extending referrals to its emergency department, for older people who are sent home at night without
being admitted.

If we were starting again we would do one thing differently: we would recruit more volunteers who drive.
Brackenford is a rural district, and in the first winter we had to turn down some referrals from outlying
villages because no volunteer could get there before the person arrived. We now have a small fund to pay
taxi fares for volunteers who do not drive.

We would also say to anyone thinking of setting up a similar service: keep it simple. The checklist is
one side of paper. The volunteer is not there to nurse or to assess, only to be a kind and observant
person in the house at the moment it matters, and to know who to ring if something is wrong.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1286  medicines and information sent with people discharged to care homes
#        - pdf - CAPS headings - ICB care homes pharmacist, formal - ICB with
#        the acute trust, the community trust and a care association - staff
#        involved - NO patient involvement
# ---------------------------------------------------------------------------
entry(
    id="I1286", format="pdf", layout="caps_headings", topic="care_home_discharge_medicines_information",
    project="independent81-carryingcare-1286", pdf_font="LiberationSerif",
    title="Carrying Care Across: complete medicines and care information for residents returning from hospital",
    cover=[
        "Primary entrant: NHS Skerry Valley Integrated Care Board (Medicines Optimisation in Care Homes Team)",
        "Partner organisations: Skerry Valley Hospitals NHS Trust; Skerry Valley Community NHS Trust; Skerry and Lune Care Providers' Association",
        "Lead author: Senior Pharmacist, Care Homes",
    ],
    primary_entrant=dict(name="NHS Skerry Valley Integrated Care Board", type="icb"),
    partners=[
        dict(name="Skerry Valley Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Skerry Valley Community NHS Trust", type="nhs_trust"),
        dict(name="Skerry and Lune Care Providers' Association", type="charity"),
    ],
    sections=[
        ("context", "THE SAFETY ISSUE", """
Skerry Valley has 118 care homes, and about 3,500 residents go into hospital from them each year. When
they return, the home needs to know what happened, which medicines have changed, what to watch for and
who to call. In practice, much of this arrives late, incomplete or not at all. The discharge summary goes
to the GP, often after the resident has arrived. A printed copy may or may not travel with the resident
in the ambulance. Medicines arrive in a hospital bag that may contain supplies for seven days, fourteen
days or none at all.

Our medicines optimisation in care homes team sees the consequences. Residents had anticoagulants
started in hospital but never given in the home because they were not on the home's medication record.
Others had medicines stopped in hospital that the home carried on giving from its own stock. Homes were
unable to give time-critical medicines such as Parkinson's medicines on the evening of return because
the supply had not come with the resident. Pressure ulcers found in hospital were not mentioned, and
residents came back with a new catheter that nobody at the home had been told about.

No single organisation could fix this. The hospital produces the information, the ambulance and transport
services carry the resident, the home receives them and the GP and community pharmacy have to act on the
changes.

The care homes themselves were often blamed for errors that began elsewhere. A home that gave a resident
a medicine that had been stopped in hospital would be the subject of a safeguarding concern, when the
home had never been told it was stopped. This had damaged relationships with the hospital and made homes
reluctant to accept residents back late in the day, which in turn kept
residents on wards longer than they needed to be.
"""),
        ("evidence", "EVIDENCE OF IMPROVEMENT", """
Since October 2023 every resident returning to a care home from the acute trust has a one-page 'Care
Home Transfer Summary' generated from the electronic discharge record and sent by secure email to the home
before the resident leaves the ward. It lists new, changed and stopped medicines with reasons, the date
and time of the next dose due, skin condition, any new devices, mobility and eating and drinking advice,
and what to watch for. Fourteen days of any new medicine travel with the resident in a sealed, labelled
bag. The ICB's care home pharmacy technicians ring the home within two working days to reconcile the
home's medication record against the summary.

<<Q:Medication discrepancies found by the technicians at the reconciliation call fell from an average
of 2.4 per resident in a baseline audit of 150 returns in spring 2023 to 0.7 per resident in the 600
returns reconciled in 2024.>> <<Q:The proportion of returns where the home received the summary before
the resident arrived rose from 22% to 89%.>> <<Q:Missed or delayed doses of time-critical medicines on
the day of return, reported through the homes' incident systems, went from 38 in 2022/23 to 9 in
2023/24.>>
"""),
        ("stakeholders", "INVOLVEMENT OF STAFF, PATIENTS AND THE PUBLIC", """
<<S:Care home managers and senior carers from the providers' association met ward pharmacists and the
trust's digital team three times to design the summary, and they insisted that the next dose due should
be in large type in the top right corner.>> <<S:Ward nurses on two elderly care wards piloted the secure
email process and found that it only worked if the summary was produced when the discharge was booked,
not when the patient left, which is now how it works.>> <<S:The community trust's district nursing
teams asked for the catheter and wound section to be added after a resident came home with an
undocumented suprapubic catheter.>>

Residents and their families have not been directly involved in designing the summary. A copy is offered
to the resident's next of kin on request. The care providers' association shared information about the
project with residents' relatives at its annual conference. We plan to work with a residents' and
relatives' group when we extend the summary to the community hospitals.
"""),
        ("value", "VALUE FOR MONEY", """
The summary is generated automatically from the existing electronic discharge record, so the
development cost was about six weeks of the trust's digital team. The pharmacy technician calls add up to
around half a whole-time post, funded from the ICB's existing care homes team. Avoidable harm from
medication errors at transfer is a known cause of readmission, and each readmission costs around
£3,200. Homes report that they spend far less time ringing wards and GP surgeries to find out what has
changed.
"""),
        ("spread", "SPREAD AND SUSTAINABILITY", """
The summary is now standard for all care home discharges from the acute trust. The community trust is
adapting it for its two community hospitals, and the mental health trust has asked to use it for older
adults leaving its wards. We have shared the template with the regional medicines safety network.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1287  ambulance crews picking up falls in the month after discharge -
#        pdf - two columns - ambulance service falls lead (a paramedic),
#        practical - ambulance service with the acute trust's discharge hub
#        and the community trust - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1287", format="pdf", layout="two_column", topic="ambulance_falls_after_discharge",
    project="independent81-backhomesafe-1287", pdf_font="LiberationSans",
    title="Back Home, Back Up: ambulance crews and community teams catching falls in the month after discharge",
    cover=[
        "Highmoor and Coast Ambulance Service NHS Trust (lead), with Eastwold General Hospital NHS Foundation Trust (Discharge Hub) and Eastwold Community Services NHS Trust (Falls Response and Rehabilitation)",
        "Entry by the Consultant Paramedic for Falls and Frailty",
    ],
    primary_entrant=dict(name="Highmoor and Coast Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Eastwold General Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="Eastwold Community Services NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why we started", """
When our crews are called to an older person who has fallen, one of the first questions is: have you
been in hospital recently? Far too often the answer is yes, last week. Our own data for Eastwold showed
that about one in six fall calls for people over 75 came within 30 days of a hospital discharge, and that
these patients were more likely to be injured and more likely to be conveyed back to the emergency
department.

The crews could see what was going on. People were going home weaker, on new medicines, to homes that
were not set up for them, and the plan made on the ward did not always reach anyone who could act on it.
Our crews had no way of knowing what that plan was. If the person was not injured, the crew's choice was
to leave them at home with advice or take them back to hospital, and neither felt right.

We wanted a way for crews to find out that a patient had recently been discharged, see the discharge
plan, and hand the person straight to a community team who could pick up where the ward left off.

There was an information governance question to answer first. Sharing a list of recently discharged
patients with an ambulance service was new for the hospital, and both organisations' data protection
officers needed to agree the legal basis and what would be shared. It took four months, but the
agreement we reached is short and has since been used by other trusts.
"""),
        ("evidence", "What happened", """
Since April 2023 the acute trust's discharge hub shares a daily list of people over 65 discharged home in
the previous 30 days, with a short summary of their discharge plan, which our clinical hub can see. When
a crew attends a fall and the patient is on the list, the clinical hub tells them. If the person is not
seriously injured, the crew can refer directly to the community falls response team, who visit the same
day or the next morning, and the crew can see the discharge plan to decide what is needed.

<<Q:Conveyance to the emergency department after a fall in the 30 days after discharge has come down by
about a third, from 54% of these calls in 2022/23 to 36% in 2023/24.>> <<Q:Repeat 999 calls for another fall
within a week of the first fell from 19% to 11%.>> The community team received 1,210 referrals from crews
in the year.
"""),
        ("stakeholders", "Who took part", """
<<S:A group of paramedics and emergency medical technicians from the three Eastwold stations spent a
year with us on the design.>> <<S:They chose what the clinical hub message should say, and they asked for
a direct phone line to the falls team rather than an online form.>> <<S:They also came up with the idea of
leaving a yellow card in the home so the falls team knows what the crew found.>>

<<S:Discharge hub coordinators agreed with us which details from the discharge plan were useful to a crew
at 2am and which were not.>>

<<P:Members of the community trust's falls rehabilitation class, who had all fallen at home after a
hospital stay, told us what they had wanted from the crew on the night, and what most of them wanted was
not to go back to hospital if they did not need to, which is why the falls team referral is now the
crew's first option.>>
"""),
        ("value", "Value", """
Every older person not conveyed to the emergency department saves an ambulance about two hours and the
hospital an attendance and often an admission. The falls team was already funded; our referrals help it
reach the people who need it most. The data sharing cost nothing beyond a few days of analyst time.

For the crews, the difference is in how the job feels. A fall call to a frail older person who is not
injured but cannot stay safely at home alone used to be one of the most uncomfortable decisions a crew
could face at three in the morning. Now there is somewhere to send them that is not the emergency
department, and a team who already knows why they were in hospital.
"""),
        ("spread", "Spread", """
The list is now shared by two other acute trusts in our area and we are working with a third. Our
clinical hub has added the 'recent discharge' prompt to its standard falls triage across the whole
service.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1288  stair rails and key safes fitted before people leave hospital -
#        docx - rubric headings - home improvement agency manager, plain -
#        charity with the acute trust and the council - NO value section
# ---------------------------------------------------------------------------
entry(
    id="I1288", format="docx", layout="rubric_headings", topic="rails_key_safes_before_discharge",
    project="independent81-fittedfirst-1288", docx_font="Cambria",
    title="Fitted First: stair rails, grab rails and key safes in place before the journey home",
    cover=[
        "Lead organisation: Orrin Valley Home Improvement Agency (registered charity)",
        "Partners: Orrin Valley University Hospitals NHS Trust (Therapy Services); Orrin Valley District Council (Private Sector Housing and Disabled Facilities Grants)",
        "Author: Agency Manager",
    ],
    primary_entrant=dict(name="Orrin Valley Home Improvement Agency", type="charity"),
    partners=[
        dict(name="Orrin Valley University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Orrin Valley District Council", type="local_authority"),
    ],
    sections=[
        ("context", "Background and the safety problem", """
We are a small charity that helps older and disabled people stay safe and independent in their own homes.
Our handypersons fit grab rails, stair rails, half steps, key safes and lever taps, and we help people
apply for disabled facilities grants for bigger adaptations. For years most of our work came from people
ringing us themselves or from the council.

Hospital therapists often told a patient on the ward that they needed a second stair rail or a rail by
the front door before it was safe to go home. But there was no quick way of getting one fitted. The
therapist would give the patient a leaflet with our number on it, or the family would buy a rail from a
DIY shop and try to put it up themselves. Either the person waited in hospital, or they went home without
the rail and coped as best they could. Some fell on the stairs in the first week. Others could not get
into the house because the home care worker had no way to get a key.

A key safe sounds like a small thing. In practice, when a person who cannot get to the door is
discharged and the care agency cannot get in, the first visit does not happen. We were told of people
left in a chair all night because the key safe had not been fitted.

The therapists were frustrated too. They would spend time assessing someone's home, either in person or
with the family's photographs, and then have no control over whether the recommendations were carried
out. The council's grant process for adaptations was designed for larger works and could take months,
which made sense for a level access shower but not for a £40 grab rail needed by Friday.
"""),
        ("evidence", "Evidence of improvements in patient safety", """
Since February 2023 ward therapists at the hospital can refer directly to us through a simple online
form. We promise to fit stair rails, grab rails and key safes within two working days of referral, and
before the discharge date where we are given one. The family or a neighbour lets our handyperson in, or
we collect a key from the ward. We photograph the finished work and send it to the therapist, who checks
it is in the right place.

<<Q:The hospital's therapy team tracked people who were waiting in hospital only for a minor adaptation:
the average wait fell from 5.5 days in 2022 to just over one day in 2023/24.>> <<Q:Falls on the stairs or
at the front step reported at the six-week follow-up call by people we fitted rails for were a third fewer
than in a comparison group of people referred through the old route, 8% against 12%.>> <<Q:First home
care visits missed because the agency could not get in, which the council tracks, went from 61 in 2022 to
17 in 2023/24 after key safes were added to the scheme.>>

We fitted 1,830 items for 1,104 people in the first year.
"""),
        ("spread", "Spread and sustainability", """
The district council has made the scheme a permanent part of its use of the disabled facilities grant,
which allows minor works under £1,000 to be done without means testing. The community hospital and the
community therapy teams now refer in the same way, and a home improvement agency in the next county has
set up the same arrangement with its own hospital after visiting us.

What has made it sustainable is that it sits inside an existing funding stream rather than a one-off grant.
The disabled facilities grant was always meant to pay for adaptations that keep people safe at home; what
was missing was a fast route from the ward to the person fitting them. We would encourage other home
improvement agencies to talk to their hospital therapy teams and their council grants officers together,
rather than one at a time.
"""),
        ("stakeholders", "Involvement of patients, staff and partners", """
<<S:Ward occupational therapists and physiotherapists helped design the referral form and asked for a
box to say which side the rail should go on going up the stairs, which had caused problems before.>>
<<S:Our handypersons suggested the photograph, after too many visits where they had to guess the height
of a rail from a vague note.>> <<S:The council's grants officers agreed to approve minor works after the
fact, so that nothing waits for paperwork.>>

<<P:Older people who use our service, through our customer panel, told us that strangers asking for a key
made them anxious, so our handypersons now carry a photo card that the ward shows to the patient before
the visit.>> <<P:One gentleman on the panel, a retired joiner, checked our fitting guidance for stair
rails on old Victorian staircases and changed the fixings we use.>>
"""),
    ],
    flags=[dict(code="missing_section", criterion="value")],
)


# ---------------------------------------------------------------------------
# I1289  safe and well visits by firefighters after winter discharges - pdf
#        via soffice - style headings - fire service prevention manager,
#        upbeat - fire and rescue service with the acute trust and an energy
#        advice charity - people discharged involved - NO staff involvement
# ---------------------------------------------------------------------------
entry(
    id="I1289", format="pdf", layout="style_headings", topic="fire_service_safe_and_well_after_discharge",
    project="independent81-warmsafewell-1289", render_via="soffice", docx_font="Liberation Serif",
    title="Warm, Safe and Well: home safety visits by firefighters for people leaving hospital in winter",
    cover=[
        "Lead organisation: Dunmarsh Fire and Rescue Service (Prevention Directorate)",
        "Partners: Dunmarsh and Wyre Hospitals NHS Trust; Warmer Homes Dunmarsh (energy advice charity)",
        "Submitted by the Group Manager, Prevention",
    ],
    primary_entrant=dict(name="Dunmarsh Fire and Rescue Service", type="emergency_service"),
    partners=[
        dict(name="Dunmarsh and Wyre Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Warmer Homes Dunmarsh", type="charity"),
    ],
    sections=[
        ("context", "Why we did it", """
Our firefighters carry out around 9,000 safe and well visits a year. We check smoke alarms, look for
fire risks and, since 2019, also ask about falls, cold homes and loneliness. Most of the people we visit
are older people who live alone. What we noticed was that many of the serious fires and falls we
attended involved someone who had recently come out of hospital. A man discharged after a stroke, who
could no longer get upstairs, was sleeping on the sofa next to a portable heater. A woman who had broken
her wrist was cooking one-handed on a gas hob with a tea towel hanging off the rail.

In winter the risks are even greater. People come home to houses that have been cold for days, put
electric heaters and blankets close to where they sit, and struggle with prepayment meters they cannot
reach. Cold homes also increase the risk of falls, chest infections and strokes.

The hospital had no way of referring people to us, and most patients and families did not know we
existed as anything other than the people who come when there is a fire.

We had been trying for some years to reach more of the people most at risk. Our own data told us who
they were: older people living alone, people with limited mobility, people who smoke, people using
emollient creams or oxygen, people who rely on portable heaters. The hospital was seeing large numbers
of exactly these people every day, at exactly the moment their risks were changing, and we had no way of
hearing about them.
"""),
        ("evidence", "What has changed", """
Between November and March each winter since 2022, the hospital's discharge teams refer people over 65
who are going home alone, or who have a new mobility problem, to our prevention team. We aim to visit
within five days. Firefighters check and fit smoke and heat alarms, look for trip hazards and heaters in
unsafe places, and check that the person can reach their meter and heating controls. Anyone who is
struggling to heat their home is referred the same day to Warmer Homes Dunmarsh, which can arrange
emergency fuel vouchers, a boiler check or help with switching to a better tariff.

<<Q:Among people visited after a hospital discharge, house fires attended by our crews over the following
six months dropped from 14 in the winter before the scheme to 4 in the first winter and 3 in the
second.>> <<Q:Emergency readmissions within 90 days among people visited were 17%, compared with 24% for
people with similar needs discharged from the same wards the winter before.>>

We made 1,486 visits in the first two winters, fitted 2,230 alarms and referred 612 households to Warmer
Homes Dunmarsh.
"""),
        ("stakeholders", "Involving people", """
<<P:We went back to thirty people we had visited in the first winter and asked them what had helped and
what had not; several said that a firefighter at the door made them think something was wrong, so we now
ring ahead and explain why we are coming.>> <<P:Members of the Wyre Valley Stroke Club talked us through
the difficulties of getting up from a low chair or reaching a meter cupboard with one good arm, and their
suggestions became the mobility section of our visit checklist.>> <<P:A carer whose mother had a fall
on the night she came home from hospital joined our planning meetings and asked that carers be offered a
visit too, which they now are.>>

All our firefighters and home safety advisers were trained in the new checks, including a session from
the hospital's falls team. Discharge coordinators on the wards were sent a short guide on how to refer.
Group Manager Carl Whitlock oversees the scheme and reports to the fire authority.
"""),
        ("value", "Value", """
A safe and well visit costs us around £80. An accidental dwelling fire costs the fire service, the NHS
and housing providers many thousands of pounds, and every avoided readmission saves the NHS around £2,500.
The visits are funded from our existing prevention budget, and the charity's emergency fuel support comes
from its winter appeal.

Perhaps more important than the money is that the scheme has changed how the hospital thinks about us. We
are now seen as part of the discharge process rather than an emergency service that is only called when
something has gone badly wrong. The charity, too, has found people it would never otherwise have reached:
many of those it helped had never heard of the grants and discounts they were entitled to.
"""),
        ("spread", "Sharing the learning", """
The community trust has asked whether its district nurses can refer in the same way, and we have shared
the referral form and checklist with the national fire chiefs' prevention network. Two neighbouring fire
services are planning to run the scheme next winter.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1290  discharge-to-assess beds in care homes - docx - bold headings with
#        cover bullets - GP federation clinical lead, brisk - GP federation
#        with the council, the community trust and a care home group - no
#        flags
# ---------------------------------------------------------------------------
entry(
    id="I1290", format="docx", layout="bold_headings", topic="discharge_to_assess_care_home_beds",
    project="independent81-steppingstone-1290", docx_font="Calibri",
    title="Stepping Stone: safer discharge-to-assess beds in care homes",
    cover=[
        "Entry from Fernleigh GP Federation",
    ],
    cover_bullets=[
        "Partners: Fernleigh City Council (Adult Social Care); Fernleigh Community Health NHS Trust (Intermediate Care Therapy); Hollybrook Care Group Ltd",
        "Contact: Dr Priya Chandran, Clinical Lead for Intermediate Care, Fernleigh GP Federation",
    ],
    primary_entrant=dict(name="Fernleigh GP Federation", type="primary_care"),
    partners=[
        dict(name="Fernleigh City Council", type="local_authority"),
        dict(name="Fernleigh Community Health NHS Trust", type="nhs_trust"),
        dict(name="Hollybrook Care Group Ltd", type="private"),
    ],
    sections=[
        ("context", "The problem", """
Fernleigh's council buys 46 'discharge to assess' beds in five care homes. They are for people who are
well enough to leave hospital but not yet ready to go home, or who need time before anyone can decide
whether they can go home at all. The idea is sound. The reality in 2022 was that people could spend weeks
in these beds with no clear plan, little therapy and medical cover from whichever GP practice the home
happened to be registered with, which might be ten miles from the person's own practice.

During that time people got worse rather than better. We reviewed 80 stays in the summer of 2022. A
quarter of people had fallen at least once. Many spent most of the day in a chair in their room. Some were
on medicines started in hospital that nobody reviewed, including sedating drugs and blood pressure
tablets that left them dizzy. And a worrying number ended up staying in the care home permanently, not
because that was what they wanted but because by the time anyone assessed them they had lost the ability
to walk.

We are a GP federation, and we were asked by the council to provide a single medical service for the
beds. We said yes, but only if we could do it with the therapists and the homes as one team.
"""),
        ("evidence", "The results", """
Since January 2023 every person admitted to a discharge-to-assess bed is seen by a federation GP or
advanced practitioner within 24 hours, with a structured medicines review that looks for falls-risk
medicines. A community therapist sees them within 48 hours and sets goals, which the care home staff
help with every day. The whole team, including the home's deputy manager, meets weekly for each bed and
agrees the plan and the expected date home.

<<Q:The proportion of people who had a fall during their stay fell from 26% in our 2022 review to 11% in
2023/24.>> <<Q:The average length of stay shortened from 38 days to 21 days.>> <<Q:The proportion of
people going home at the end of their stay, rather than into long-term care or back to hospital, rose
from 41% to 63%.>>

We carried out 612 medicines reviews in the year and stopped or reduced at least one medicine for just
over half the people reviewed.
"""),
        ("stakeholders", "Working together", """
<<S:Care home deputy managers and senior carers from all five homes helped design the weekly meeting and
asked for it to be held in the home, not online, so that carers who knew the person could join in.>>
<<S:The community therapists set up 'walk to lunch', in which residents walk a little further each day
with a carer, after care staff told them that most people only stood up to go to the toilet.>> <<S:Our
GPs and the council's social workers agreed together a checklist of what had to be done before someone
could be judged to need long-term care.>>

<<P:Our 'Fernleigh Voices' panel, made up of older people who have been through intermediate care and
their families, spent two sessions going through the patient welcome pack and rewrote it, most
importantly adding a page titled 'What is the plan for me?' that is now filled in at the first weekly
meeting.>> <<P:The daughters of two women who had stayed in the beds in 2022 told the project group how
little they had known about what was happening, and on their advice families are now invited to every
weekly meeting.>>
"""),
        ("value", "Value", """
The medical cover costs the council around £110,000 a year, replacing payments to several practices.
Shorter stays have freed the equivalent of about 20 beds, which has let the council stop spot-buying
extra beds at higher rates. Every person who goes home rather than into permanent care saves the council
many thousands of pounds a year, and keeps their independence.

The care homes have benefited too. A stay that has a plan and an end date is easier to staff and
easier to explain to families than an open-ended one, and homes have found that the person's own
routines, rather than the home's, can be followed when everyone knows how long they are staying.
"""),
        ("spread", "Spread", """
The community trust's own intermediate care unit now uses the same weekly meeting format. We have shared
our medicines review template with the ICB's other federations, and the care group is introducing 'walk to
lunch' in its homes in other counties.

We have learned that a discharge-to-assess bed is only as good as the plan that goes with it. Without a
plan, a care home bed quickly becomes a waiting room, and the person in it loses strength every day. Our
advice to others would be to start with the weekly meeting: it costs almost nothing and it forces
everyone to ask, every week, what is stopping this person going home.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1291  community pharmacy follow-up of new medicines for people with home
#        care after discharge - docx - form table - LPC chief officer,
#        clipped - local pharmaceutical committee with the acute trust and the
#        council - patients and staff involved - NO quantitative evidence
# ---------------------------------------------------------------------------
entry(
    id="I1291", format="docx", layout="form_table", topic="pharmacy_follow_up_home_care_discharge",
    project="independent81-newmedscheck-1291", docx_font="Calibri",
    title="New Meds at Home: community pharmacy follow-up for people with home care after discharge",
    cover_table=[
        ("Title of entry", "New Meds at Home: community pharmacy follow-up for people with home care after discharge"),
        ("Lead organisation", "Garrow and Tey Local Pharmaceutical Committee"),
        ("Partners", "Garrow General Hospital NHS Trust (Pharmacy); Tey County Council (Adult Social Care)"),
        ("Entrant name and role", "Chief Officer, Garrow and Tey LPC"),
    ],
    primary_entrant=dict(name="Garrow and Tey Local Pharmaceutical Committee", type="primary_care"),
    partners=[
        dict(name="Garrow General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Tey County Council", type="local_authority"),
    ],
    sections=[
        ("context", "Describe the patient safety issue and why the partnership was needed.", """
People who go home from hospital with home care often have their medicines changed while they are in.
The care worker who gives or prompts their medicines works from a medication administration record that
the agency writes, usually from the old prescription. When the changes do not reach the agency, or the
community pharmacy keeps dispensing the old medicines in a blister pack, people end up taking both old and
new, or neither.

The hospital pharmacy already referred patients to their community pharmacy for the national discharge
medicines service, but only about a quarter of referrals were picked up, and for people with home care
nobody told the agency. Our pharmacies told us they often did not know which patients had carers coming
in, or which agency to call. The council's home care quality team had seen several incidents of double
doses of anticoagulants and missed Parkinson's medicines in the first week after discharge.

The national discharge medicines service gives community pharmacies a role after discharge, but it was
designed around the patient managing their own medicines. It says nothing about a care agency, and the
pharmacy has no contractual reason to contact one. Nor did the agencies know that the pharmacy had a copy
of the discharge information, often sooner than the GP practice.
"""),
        ("evidence", "What evidence is there of improvement?", """
Since July 2023 the hospital's referral for anyone with home care carries a 'care at home' flag and the
agency's name and phone number. The community pharmacy contacts the agency within two working days, agrees
which medicines have changed, and updates the blister pack before the next supply. The agency updates its
record and confirms back to the pharmacy.

From July 2023 to June 2024, 1,962 referrals were flagged 'care at home'. 71 community pharmacies and 34
home care agencies took part. 148 pharmacists and pharmacy technicians completed the training module. The
LPC's target is for every flagged referral to be completed within seven days. In the last quarter 81%
were completed within seven days. Pharmacists recorded 527 interventions, such as removing a stopped
medicine from a blister pack. The project budget was £38,000.
"""),
        ("stakeholders", "How were patients, carers and staff involved?", """
<<S:Pharmacists and technicians from twelve pharmacies met the hospital's discharge pharmacists and told
them the referrals did not say whether the patient had care at home, which is why the flag was added.>>
<<S:Home care managers from the council's approved providers asked for a named pharmacy contact, and the
LPC now keeps a list of one for every pharmacy.>> <<S:Care workers in two agencies tested the
confirmation form and asked for a version they could fill in on their phones.>>

<<P:People with home care and their relatives, invited through the Tey Healthwatch network, told us that
they did not want more phone calls from different people in the first week home, and as a result the
pharmacy is now the only one who calls the person about their medicines.>> <<P:A man who takes medicines
for Parkinson's and lives with his wife, who is his carer, checked the patient letter with us and asked
that it list the times of each dose, not only the names of the medicines.>>
"""),
        ("value", "What has been the impact and is it value for money?", """
Pharmacies are paid for the discharge medicines service under the national contract; the extra calls to
agencies take around ten minutes each. The LPC's costs for training and coordination came from the
project budget. A single avoided admission with a bleed or a fall is worth far more than the whole
project. Agencies say they now find out about changes before the first dose is due, not after.

There are less visible benefits. Pharmacies and agencies that had never spoken to each other now have a
working relationship, and agencies have started ringing the pharmacy with other medicines questions that
used to go, with a long wait, to the GP practice. The LPC sees this as one of the most useful outcomes of
the project.
"""),
        ("spread", "How has the work been shared and spread?", """
The hospital has extended the flag to referrals from its community hospital. We have shared the
materials with other LPCs in the region, two of which are starting the same scheme, and with the council's
home care provider forum.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1292  reviews of two-carer packages after discharge - docx - style
#        headings - PRIVATE home care company as primary entrant, with the
#        council and the community trust (ineligible) - operations director,
#        businesslike - people receiving care involved - NO staff involvement
# ---------------------------------------------------------------------------
entry(
    id="I1292", format="docx", layout="style_headings", topic="double_handed_care_review_after_discharge",
    project="independent81-righthands-1292", docx_font="Arial",
    title="The Right Hands: reviewing two-carer packages in the weeks after discharge",
    cover=[
        "Primary entrant: Carrowby Care at Home Ltd",
        "Partners: Stanmere County Council (Adult Social Care); Stanmere Community NHS Trust (Community Occupational Therapy)",
        "Entry submitted by the Operations Director, Carrowby Care at Home Ltd",
    ],
    primary_entrant=dict(name="Carrowby Care at Home Ltd", type="private"),
    partners=[
        dict(name="Stanmere County Council", type="local_authority"),
        dict(name="Stanmere Community NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The challenge", """
Carrowby Care at Home delivers around 6,000 hours of home care a week across Stanmere. A large share of
the people who come to us straight from hospital are discharged with 'double-handed' care: two care
workers at every visit, usually because the person needs a hoist or help to stand. In 2022 about 290 of
our clients had two carers four times a day.

Two-carer care is often right on the day of discharge, but people's needs change quickly once they are
home. Some get stronger and could safely move with one carer and the right equipment. Others get weaker
and need a different hoist or sling. In practice, packages were rarely reviewed after discharge, because
the council's review team was stretched and community occupational therapists only saw people who were
referred.

This matters for safety in two ways. First, if the second care worker is late, the first one either waits,
which delays the person's care, or attempts the transfer alone, which is how people get dropped and care
workers get injured. We had eleven moving and handling incidents in 2022 where one care worker had tried to
help a person who was assessed for two. Second, because two-carer visits use so much of our workforce,
they limit how many people we can take from hospital, which keeps others waiting on wards.

Nobody had the job of looking again. The hospital's assessment was done once, on the ward, often when the
person was at their weakest. The council's reviews were due at six or twelve weeks but in practice were
often much later. And as a provider we were paid for the care we were commissioned to deliver, not for
questioning whether it was still the right care.
"""),
        ("evidence", "Impact", """
Since April 2023, everyone we take on with double-handed care is reviewed at home within four weeks by our
in-house occupational therapist, Helen Marsh, using a moving and handling assessment agreed with the
council and the community trust. Where it is safe, she recommends single-handed care with equipment such
as a ceiling track hoist, a sit-to-stand aid or a turning disc. The council approves the change and the
equipment service delivers the equipment. Where a person's needs have increased, the community trust's
occupational therapists are asked to see them urgently.

<<Q:Moving and handling incidents in which one care worker attempted a two-person transfer fell from 11
in 2022 to 2 in 2023/24.>> <<Q:Injuries to clients during transfers went down from 9 to 3 over the same
period.>> In the first year 214 people were reviewed, and 92 moved safely to single-handed care.
"""),
        ("stakeholders", "Involvement", """
<<P:Before we changed anyone's care we talked to twenty clients and their families about what it is like
to have two strangers in the house four times a day, and they told us they wanted to be shown the new
equipment working before agreeing to it, so the review now always includes a trial transfer with the
person watching first.>> <<P:One client, Mrs Joan Aldridge, who went from two carers to one with a
sit-to-stand aid, helped us make a short video for other clients about how it felt.>>

All our care workers received updated moving and handling training on the new equipment before the
reviews started. The council's commissioning team was kept informed through our quarterly contract
meetings. Our occupational therapist carries out every review and signs off every change.
"""),
        ("value", "Value for money", """
Each person moved from two carers to one at four visits a day saves the council about £300 a week. The
equipment typically costs £1,500 to £3,000, provided through the community equipment service, and is
recycled when no longer needed. For our clients it often means more dignity and more privacy, and visits
that happen on time.
"""),
        ("spread", "Spread", """
The council is considering making a four-week review a requirement for all home care providers in
Stanmere. We have shared our assessment form with the local care association and presented the work at
the council's provider forum.

For other providers thinking of doing the same, we would say that the hardest part is not the assessment
but the equipment and the paperwork that follows it. A review that recommends single-handed care is of
little use if the equipment takes six weeks to arrive, and our agreement with the council and the
equipment service to treat these orders as urgent was what made the scheme work.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1293  falls detectors set up before discharge - pdf - with appendix -
#        university research fellow, academic - university with the council
#        telecare service and the acute trust - staff involved - NO patient
#        involvement
# ---------------------------------------------------------------------------
entry(
    id="I1293", format="pdf", layout="with_appendix", topic="falls_detectors_set_up_before_discharge",
    project="independent81-connectedonarrival-1293", pdf_font="LiberationSerif", pdf_align="J",
    title="Connected on Arrival: telecare and falls detectors working before people get home from hospital",
    cover=[
        "Lead organisation: University of Ravensholm, Centre for Ageing and Technology",
        "Partners: Ravensholm City Council (Careline Telecare Service); Ravensholm Teaching Hospitals NHS Trust",
        "Author: Senior Research Fellow, Centre for Ageing and Technology",
    ],
    primary_entrant=dict(name="University of Ravensholm", type="university"),
    partners=[
        dict(name="Ravensholm City Council", type="local_authority"),
        dict(name="Ravensholm Teaching Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Context", """
Telecare, in the form of a pendant alarm, a wrist-worn or wall-mounted falls detector and a base unit
linked to a monitoring centre, is widely recommended for older people returning home after a fall-related
admission. In Ravensholm, as in many places, it was usually ordered at or after discharge. Our baseline
analysis of 2021/22 Careline data showed a median of eleven days between a hospital referral and the
equipment being installed. The first fortnight after discharge is when falls are most frequent, so many
people were unprotected during the period of greatest risk.

The Centre for Ageing and Technology had been studying 'long lies', periods of an hour or more on the floor
after a fall, which are associated with pressure damage, dehydration, rhabdomyolysis, pneumonia and
death. We approached the council's Careline service and the hospital's frailty unit to ask whether
installation could be brought forward so that equipment was live before the person arrived home. Neither
organisation could do this alone: the hospital did not know the telecare referral process, and Careline
did not know when people were going to leave hospital.

There was also a question of whether people would wear the equipment. Previous studies have found that
many older people given a pendant alarm do not wear it, particularly at night, and that falls detectors
are sometimes left in a drawer. We wanted to know whether installing and demonstrating the equipment
before discharge, while the person was still on the ward, would make a difference to how it was used in the
first weeks at home.
"""),
        ("evidence", "Evidence of improvement", """
From September 2022, frailty unit staff have referred eligible patients to Careline when a provisional
discharge date is set, using a shared electronic form. Careline installers visit the home before
discharge, with a family member or key holder, install the equipment and test it with the monitoring
centre. The patient is shown the pendant and detector on the ward, using a demonstration kit, and wears
the pendant home.

We compared 612 patients discharged with telecare in the two years after the change with 540 discharged
in the two years before. <<Q:The median time from discharge to a working installation went from eleven
days to zero, with 84% of systems live before the person got home, compared with 6% before.>> <<Q:Long
lies of more than one hour recorded by Careline in the first 30 days after discharge fell from 7.4 to 2.9
per 100 patients.>> <<Q:Readmissions within 30 days for a fall-related injury fell from 9.1% to 6.3%.>>
These differences remained after adjustment for age, sex and frailty score.
"""),
        ("stakeholders", "Stakeholder involvement", """
<<S:Careline installers and monitoring centre operators took part in three co-design workshops with ward
therapists, and it was the installers who proposed testing the system with the monitoring centre before
the patient got home rather than on the day.>> <<S:Frailty unit nurses and therapists piloted the referral
form on one ward and asked for the provisional discharge date to be the trigger, rather than the
confirmed date, which usually came too late.>> <<S:Monitoring centre operators also redesigned their
call script for the first 30 days after discharge to ask about dizziness and near misses.>>

All patients in the evaluation gave consent for their Careline and hospital records to be linked. Patients
received an information sheet about the study at discharge. We did not involve patients or carers in the
design of the pathway, which we recognise as a limitation; a second phase, funded from 2025, will include
interviews with people who have used the service and their families.
"""),
        ("value", "Value", """
Installation before discharge costs about the same as installation after it; the main change is in timing.
The council estimates the extra installer time at around £18,000 a year. Using published estimates of the
cost of a fall-related readmission, the reduction we observed is likely to outweigh this several times
over.
"""),
        ("spread", "Spread", """
The pathway has been adopted by the hospital's orthopaedic and stroke wards. The findings have been
presented at two national conferences and a paper is under review. We have produced an implementation
guide for telecare services and hospitals, and one other council in the region is piloting it.
"""),
    ],
    trailer=[
        ("heading", "Appendix: definitions and data sources"),
        ("para", "Long lie: a period of one hour or more on the floor after a fall, recorded by Careline from the time of the alarm activation or falls detector trigger to the time the person was helped up. Live installation: equipment installed and a test call successfully received by the monitoring centre."),
        ("para", "Installation and long lie data are from Ravensholm City Council's Careline records. Readmission data are from Ravensholm Teaching Hospitals NHS Trust's patient administration system, linked under a data sharing agreement approved by the university's research ethics committee (reference RAV-AT-2022-117)."),
        ("para", "Centre for Ageing and Technology, University of Ravensholm, Kestrel Building, Ravensholm RV3 9QT."),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1294  rapid discharge home to die - docx - sections in an unusual order
#        (involvement first) - hospice director of clinical services,
#        reflective - hospice with the acute trust, the equipment service
#        and a home care agency - families and staff involved - NO evidence
#        section and no measured change anywhere in the entry
# ---------------------------------------------------------------------------
entry(
    id="I1294", format="docx", layout="reordered", topic="rapid_discharge_home_to_die",
    project="independent81-hometime-1294", docx_font="Cambria",
    title="Home in Time: rapid discharge for people who want to die at home",
    cover=[
        "Lead: St Aldhelm's Hospice, Wenbury (registered charity)",
        "Partners: Wenbury and Coldharbour Hospitals NHS Trust (Specialist Palliative Care Team); Wenbury Community Equipment Service (Wenbury County Council); Brightwater Homecare Ltd",
        "Author: Director of Clinical Services, St Aldhelm's Hospice",
    ],
    primary_entrant=dict(name="St Aldhelm's Hospice", type="charity"),
    partners=[
        dict(name="Wenbury and Coldharbour Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Wenbury County Council", type="local_authority"),
        dict(name="Brightwater Homecare Ltd", type="private"),
    ],
    sections=[
        ("stakeholders", "The people who made this happen", """
We want to begin with the people, because this work came out of their stories.

<<P:Bereaved relatives who had tried and failed to get someone home to die, or who had got them home
only for things to go wrong, met with us over the winter of 2022 in a series of evening sessions at the
hospice, and it was they who named the three things that mattered most: a bed in the right room, carers who
arrived on the first evening and medicines in the house before the ambulance.>> <<P:One widow, whose
husband died in the back of an ambulance on the way home, read every draft of our rapid discharge checklist
and would not let us sign it off until the 'first evening' section was clear enough for a night nurse
who had never met the family.>>

<<S:Ward nurses and the hospital's palliative care nurses worked through real cases with our community
team and agreed that one person, a named 'discharge navigator' from the hospice, should hold the whole
process, because too many people were each doing a part and assuming someone else had done the rest.>>
<<S:The equipment service's technicians told us that same-day delivery was possible if they were given
a two-hour window and a key holder, and they helped design the order form around that.>> <<S:Care
workers and coordinators from Brightwater asked to be told about the person's wishes and what dying might
look like, so that their first visit was not their first experience of caring for someone in the last
days of life; our educators now give a short briefing by phone before the first visit, which they helped
us shape.>>
"""),
        ("context", "Why it mattered", """
Most people, when asked, say they would like to die at home. Many of them die in hospital instead, and
for some of them that is because the arrangements to get them home could not be made in time. When a
person is in the last days of life, and they or their family say they want to go home, there may be only
hours to make it happen.

Before this work, a rapid discharge in Wenbury needed a hospital bed ordered from the equipment service,
a package of care from an agency, district nurses to be told, anticipatory medicines prescribed and
dispensed, a syringe driver if needed, transport booked and a do-not-attempt-resuscitation form and care
plan sent home with the person. Each piece was arranged by a different person, often by phone, and often
late in the afternoon. When a piece was missing the result could be awful: a person arriving home with no
bed and lying on a sofa, no carers until the next day, a family ringing 999 in the night because there
were no medicines in the house for pain or agitation, and an ambulance crew with no paperwork taking the
person back to hospital, where they died.

We had our own stories like this, and so did the hospital palliative care team. In 2022 we looked back at
rapid discharge requests and found that a worrying number of people had died in hospital while waiting to
go home.
"""),
        ("value", "What it means for people and whether it is good value", """
Since the discharge navigator role started in March 2023, the navigator has coordinated 318 rapid
discharges. The navigator is a senior hospice nurse based in the hospital three days a week and on call
by phone the rest of the time. The equipment service now holds four profiling beds and pressure
mattresses for same-day end of life deliveries. Brightwater has a small team of care workers who can take
a new end of life package at short notice. Every rapid discharge has a checklist, kept by the navigator,
with a named person for each task and a time by which it must be done.

Families tell us in their letters and cards that the thing they remember is that it all came together.
One daughter wrote that her father "came home to his own bed by the window, with the cat on his feet, and
died the next morning with all of us there".

The navigator post costs about £52,000 a year, funded jointly by the hospice and the ICB. A day in an
acute hospital bed costs several hundred pounds. The real value, though, is whether a person's last wish
is met.
"""),
        ("spread", "Sharing and next steps", """
The navigator role and the checklist have been shared with the four other hospices in our region through
the regional end of life care network, and one has appointed its own navigator. The ambulance service has
agreed to give end of life transfers booked through the navigator a guaranteed collection time. We want to
extend the role to seven days a week from next year.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1295  late-evening discharges and transport home - pdf - numbered
#        questions - departments of one acute trust (discharge lounge,
#        patient transport, therapies), no partner (ineligible) - deputy chief
#        nurse, formal - staff involved - NO patient involvement
# ---------------------------------------------------------------------------
entry(
    id="I1295", format="pdf", layout="numbered_questions", topic="late_evening_discharge_transport_home",
    project="independent81-homebysix-1295", pdf_font="LiberationSans", pdf_align="J",
    title="Home by Six: ending unsafe late-evening discharges for frail older people",
    cover=[
        "Entrant: Northcliffe Royal Infirmary NHS Foundation Trust",
        "A partnership between the Trust's Discharge Lounge, Patient Transport Liaison Team, Therapy Services and Division of Medicine",
        "Entry written by the Deputy Chief Nurse",
    ],
    primary_entrant=dict(name="Northcliffe Royal Infirmary NHS Foundation Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "1. What was the issue?", """
In 2022 nearly a quarter of patients over 80 discharged home from our medical wards left after 6pm, and
some did not arrive home until close to midnight. Most had been ready to leave since the morning. They
waited for a discharge letter, then for medicines from pharmacy, then for a transport slot, and by the time
everything came together it was dark. Many of them lived alone.

Late discharge of frail older people is a recognised safety risk. People arrive home tired, cold and
hungry, often after a long wait in a transport vehicle while others are dropped off. They have to find
their way around a dark house with new walking aids. Their carers or neighbours may already have gone to
bed. Our incident reporting showed falls on the night of discharge, patients who could not get into
their house and were taken back to the emergency department, and home care agencies who had cancelled a
first visit because the person had not arrived.

The causes lay in several of our own departments at once, so we set up a partnership between the
discharge lounge, the patient transport liaison team, therapy services and the medical wards, under the
sponsorship of the Deputy Chief Nurse.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
From March 2023 we introduced a set of linked changes. Discharge letters and medicines for patients over
80 going home are prepared the day before the expected discharge date. Patients move to the discharge
lounge by 11am, where therapists check they can manage their walking aid and stairs. Transport for frail
patients going home alone is booked in morning slots, and the transport liaison team will not accept a
booking to collect such a patient after 4pm without the agreement of the nurse in charge and a phone call
to whoever will be at home.

<<Q:The proportion of patients over 80 discharged home from medical wards after 6pm fell from 23% in
2022 to 7% in 2023/24.>> <<Q:Incidents reported on the night of discharge, including falls and failed
arrivals home, went down from 37 to 12.>> <<Q:Patients over 80 reattending the emergency department within
24 hours of discharge decreased from 4.1% to 2.2%.>>
"""),
        ("spread", "3. How has the work been spread?", """
The rule on late collections has been extended to the surgical and orthopaedic wards. We have shared our
approach with the regional patient flow network and presented it at the trust's annual quality
conference.

The most transferable lesson is that late discharges are not caused by any one department. Each of our
teams was doing its own job well; the problem was in the gaps between them. Looking at the whole day, from
the ward round to the front door, was what made the difference, and it is something any hospital can do
without new money.
"""),
        ("value", "4. What has been the impact on patients and staff, and value for money?", """
The changes required no new posts. Earlier moves to the discharge lounge free beds on the wards sooner in
the day, which reduces waits in the emergency department. Fewer patients returning to the emergency
department on the night of discharge saves money as well as distress.

There were costs in staff time in the early months, when wards had to prepare letters and medicines a day
earlier than they were used to. This was difficult at first, particularly when an
expected discharge did not happen and the medicines had to be returned to pharmacy. Over time the
prediction of discharge dates has become more accurate.
"""),
        ("stakeholders", "5. How were patients and staff involved?", """
<<S:Ward discharge coordinators and nurses in charge from six medical wards mapped a typical discharge day
with us minute by minute, and it was they who identified the discharge letter as the first bottleneck.>>
<<S:Pharmacy technicians proposed preparing medicines for the next day's expected discharges every
afternoon, and tested it on two wards.>> <<S:Patient transport liaison officers set the 4pm rule and wrote
the script for the call to the person's home.>> <<S:Therapists in the discharge lounge asked for a small
practice staircase, which the estates team built.>>

Patients benefit from earlier, safer journeys home. Every patient now receives a leaflet explaining the
discharge lounge. The friends and family test results for the discharge lounge, which were already good,
were reviewed by the project group and did not lead to any changes. We would like to involve patients and
carers in the next phase.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1296  falls in the first days after moving into a care home from hospital
#        - pdf - form table - PRIVATE care home group as primary entrant, with
#        the acute trust, the ICB and a residents' relatives' group
#        (ineligible) - group quality director, matter-of-fact - residents,
#        relatives and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1296", format="pdf", layout="form_table", topic="care_home_admission_falls_first_days",
    project="independent81-firstseventytwo-1296", pdf_font="LiberationSans",
    title="The First Seventy-Two Hours: preventing falls when people move into a care home from hospital",
    cover_table=[
        ("Entry title", "The First Seventy-Two Hours: preventing falls when people move into a care home from hospital"),
        ("Primary entrant", "Larkspur Court Care Homes Ltd (eight care homes)"),
        ("Partner organisations", "Merrowdale Hospitals NHS Trust; NHS Merrowdale and Fenn Integrated Care Board; Larkspur Relatives Together (relatives' support group)"),
        ("Entrant", "Group Director of Quality and Clinical Governance"),
    ],
    primary_entrant=dict(name="Larkspur Court Care Homes Ltd", type="private"),
    partners=[
        dict(name="Merrowdale Hospitals NHS Trust", type="nhs_trust"),
        dict(name="NHS Merrowdale and Fenn Integrated Care Board", type="icb"),
        dict(name="Larkspur Relatives Together", type="patient_group"),
    ],
    sections=[
        ("context", "Describe the safety issue and the partnership.", """
Our eight homes admit about 400 people a year, most of them directly from Merrowdale General Hospital.
When we looked at our falls data in 2022 we found that new residents fell far more often in their first
three days than at any other time, and many of these falls were at night, in a bedroom they did not yet
know, on the way to a bathroom in a different place from the one at home. Many were also confused after
their time in hospital, and some were on new medicines that made them unsteady.

Our staff often knew little about a new resident's mobility beyond the hospital's summary. We did not
always know whether the person had fallen on the ward, what walking aid they used or whether they had been
getting up at night. The ICB's care home support team could see that admission falls were a pattern across
many homes in the area, not only ours.

We decided to work with the hospital, the ICB and the relatives' group together, because each held part
of what we needed: the hospital knew how the person had been on the ward, the ICB had a pharmacist and a
view across the whole area, and families knew the person's routines at home better than anyone.
"""),
        ("evidence", "What evidence is there of improvement?", """
Since May 2023 every new admission from the hospital has a 'first 72 hours' plan, drawn up before the
person arrives using a phone call with the ward nurse and the ward therapist. The plan covers night-time
checks, bed height, lighting, which side of the bed the person gets out of at home, a commode or a clear
route to the toilet, the walking aid, and a review of new medicines by the ICB's care home pharmacist
within 72 hours. The room is set up to match the person's home layout where possible.

<<Q:Our run chart of falls in the first 72 hours after admission shows a sustained shift from a median of
nine a month in 2022 to five a month since the plan was introduced, with eleven consecutive months below
the old median.>> <<Q:Falls with harm in the same period fell from 21 in the twelve months before to 8 in
the twelve months after.>>
"""),
        ("stakeholders", "How were residents, families and staff involved?", """
<<P:Relatives from Larkspur Relatives Together told us that the first question they wished they had been
asked was 'what does the person's bedroom at home look like?', and they helped write the family section of
the plan, which is now completed with a relative before admission wherever possible.>> <<P:Three residents
who had moved in from hospital the year before described their first nights to our night team leaders, and
what they said about not being able to find the light switch led us to fit motion-sensor night lights in
every bedroom.>>

<<S:Night care assistants from all eight homes took part in the design and asked for the plan to include
a photograph of the resident's walking aid, as equipment was often mixed up at night.>> <<S:Ward nurses at
the hospital agreed to take a planning call from the home before discharge and suggested a set time of
day for it.>> <<S:The ICB's care home pharmacist devised the medicines review with our nurses.>>
"""),
        ("value", "What is the impact and value for money?", """
The night lights cost about £35 per room. The phone calls with the ward add about 20 minutes to each
admission. A fall with a fracture costs the NHS many thousands of pounds and can mean a return to hospital
within days of arriving. Staff tell us they feel better prepared for a new resident.

The motion-sensor lights have turned out to be popular with all residents, not only new ones, and we are
fitting them in corridors and bathrooms as well. The first 72 hours plan has also made admissions calmer
for families, who know what will happen on the first night.
"""),
        ("spread", "How has the work been shared?", """
The ICB has shared the plan with all care homes in Merrowdale and Fenn through its care home support
team, and 23 homes outside our group are now using it. We have presented it at the regional care
providers' conference.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)
