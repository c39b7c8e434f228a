"""Ninety-third independent evaluation set (I1473..I1488) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The entries
are meant to be ordinary: the kind of thing ambulance services, community trusts, remote
and island GP practices, pharmaceutical committees, first responder charities, councils,
integrated care boards, universities, patients' groups and (in the ineligible cases)
private companies send in, in their own voices and at their own length.  The theme of this
set is rural, island and coastal communities: remote GP practices, long journeys to
emergency care, community first responders, telehealth and seasonal visitors.

Topics: public-access defibrillators in coastal villages that are missing, locked or not
working (an ambulance service, own headings), wound photographs reviewed remotely for
district nursing patients on small islands (a community trust, bold headings with a cover
table), holidaymakers who run out of their regular medicines (a pharmaceutical committee,
numbered questions with cover bullets), a remote GP practice sent to the most serious 999
calls while the ambulance is far away (a GP practice, two columns), video consultations
that drop out on poor rural connections (a private telehealth company as primary entrant,
lists), community first responders recording the time stroke symptoms started (a first
responders' charity, no headings, long), people living all year in holiday caravan parks
without a GP (a council environmental health team, CAPS headings), out-of-hours video
assessment of residents in island care homes (an integrated care board, a form with a
cover table, no spread section), boys with testicular pain who live far from the surgical
hospital (an acute trust, rubric headings), high-risk medicines reviewed by telephone for
people on islands without a pharmacy (a university lead, style headings), minor injury
units in market towns linked by video to the emergency department (departments of one
trust, no partner, a pdf made from Word), a mental health crisis at night on an island with
no crisis team (an island charity, sections in an unusual order), stroke assessment by
video from the back of the ambulance on a long peninsula road (a health innovation
network, with appendix), island patients discharged from the mainland hospital after the
last ferry (a patients' forum, a form with a cover table, no evidence section), getting
into the homes of people living alone in remote villages when they cannot reach the door
(a fire and rescue service, numbered questions) and medical emergencies on ferry
crossings (a private ferry company as primary entrant, short lists).

Lead types and layouts: I1473 emergency_service (ambulance), pdf own_headings; I1474
nhs_trust (community), docx bold_headings with a cover table; I1475 primary_care (LPC),
docx numbered_questions with cover bullets; I1476 primary_care (GP practice), pdf
two_column; I1477 private, pdf bullet_lists; I1478 charity (community first responders),
docx no_headings; I1479 local_authority, pdf caps_headings; I1480 icb, pdf form_table with
a cover table; I1481 nhs_trust (acute), docx rubric_headings; I1482 university, docx
style_headings; I1483 nhs_trust (no partner), pdf style_headings via soffice; I1484 charity
(island mental health), docx reordered; I1485 ahsn, pdf with_appendix; I1486 patient_group,
docx form_table with a cover table; I1487 emergency_service (fire and rescue), pdf
numbered_questions; I1488 private, docx bullet_lists.

Build it with

    .venv/bin/python data/independent/build.py --set 93   (writes data/corpus/independent93/)

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
    (including 'halved', 'a third fewer' or a sustained shift on an SPC chart);
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, volunteers with lived experience, unusual names for
    the people involved, list items), wherever in the entry it is told; volunteers of a
    partner or of the entrant who helped design or test the work count as staff; a
    volunteer with lived experience who helped design the work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices, GP federations, primary care networks and local
pharmaceutical committees are primary_care; patients' forums are patient_group; first
responder and community charities are charity; health innovation networks are ahsn; a
university is university; telehealth and ferry companies are private).  A department or
team of the entrant's own organisation is not a partner.  Flags are written by hand and
build.py cross-checks them against the mark-up.

Flags: no_patient_involvement I1474, I1476, I1479, I1483, I1487; no_staff_involvement
I1477, I1482, I1484; no_quantitative_evidence I1476, I1480, I1484; ineligible I1477
(private lead), I1483 (no partner), I1488 (private lead); missing_section I1480 (spread)
and I1486 (evidence, with a measured change told in the value section).  The other
entries have no flags.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1473  public-access defibrillators in coastal villages - pdf - own headings
#        - ambulance service community resuscitation lead, brisk - ambulance
#        service with a district council and a heart charity - survivors'
#        group and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1473", format="pdf", layout="own_headings", topic="coastal_village_defibrillators",
    project="independent93-shockready-1473", pdf_font="LiberationSans", pdf_align="L",
    title="Shock Ready: making sure every village defibrillator on the Carrow coast can be found, opened and used",
    cover=[
        "Lead organisation: Westerly Peninsula Ambulance Service NHS Trust (Community Resuscitation Team)",
        "Partners: Lowenby District Council; Carrow Coast Heart Fund (registered charity)",
        "Entry written by the Community Resuscitation Manager",
    ],
    primary_entrant=dict(name="Westerly Peninsula Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Lowenby District Council", type="local_authority"),
        dict(name="Carrow Coast Heart Fund", type="charity"),
    ],
    sections=[
        ("context", "Why we started", """
Along the Carrow coast the nearest ambulance can easily be 25 or 30 minutes away, and in
summer, when the lanes are full of caravans and the car parks overflow, it can be longer.
For someone in cardiac arrest the only thing that really matters in those first minutes is
whether a bystander starts CPR and whether a defibrillator gets to them. Over the past ten
years villages, surf clubs, pubs and chapels have raised money for more than 200
public-access defibrillators along this stretch of coast. On paper, almost nobody here
lives more than a few hundred metres from one.

In practice, our call handlers kept hitting the same problems. A cabinet would be listed on
the national database but had been moved when the post office closed. The code for the lock
had been changed and nobody had told us. The pads had expired, or the battery was flat
after a wet winter in an unheated box on a harbour wall. Some devices had never been
registered at all, so our call handlers could not send anyone to fetch them.

In August 2022 a man in his fifties collapsed on the slipway at Porth Avel. His friends
started CPR and rang 999. The call handler sent a bystander to the defibrillator listed at
the harbourmaster's hut. The hut had been locked for the winter and the cabinet was inside
it. There was another device at the café 150 metres away that had never been registered.
He did not survive. His partner later asked us, very simply, how many other boxes on our
map were like that one. We did not know.
"""),
        ("stakeholders", "Working it out together", """
We set up a small working group with the council's community safety officer and the Heart
Fund, which has paid for many of the local devices and knows most of the people who look
after them. <<S:Our emergency operations centre call handlers went through a year of
cardiac arrest calls with us and marked every one where a bystander had been sent to a
device that could not be used, and it was their list that showed us the problem was
locked buildings and changed codes rather than faulty machines.>> <<S:Paramedics from the
three coastal stations visited every cabinet on their patch over the first winter and
suggested the bright yellow 'Is this box ready?' tag that now hangs inside each door.>>

<<P:The Carrow Survivors' Circle, a group of people who have had a cardiac arrest and their
families, told us that guardians were often elderly volunteers who felt guilty when a
check was missed, and they asked for a text reminder rather than a rota, which is what we
built.>> <<P:The partner of the man who died at Porth Avel came to two of our meetings and
wrote the short piece that now goes to every new guardian about why it matters.>>

<<S:The council's environmental services team, who already empty bins and clean shelters
in every village, offered to photograph each cabinet on their rounds and flag any that look
damaged, and they helped design the form they use.>>
"""),
        ("evidence", "What difference it has made", """
Every device on the coast now has a named guardian, a monthly text prompt asking them to
check the light and the pads, and an entry on the national database that we check against
our own list every quarter. Cabinets that need a code have been replaced with unlocked
cabinets wherever the community agreed. Devices inside buildings that close at night have
been moved outside.

<<Q:The share of registered devices shown as ready for use on the database went from 61% in
October 2022 to 94% in March 2024.>> <<Q:In cardiac arrests on the coast where a call
handler sent a bystander for a defibrillator, the device reached the patient before the
ambulance in 22% of cases in 2021/22 and in 47% in 2023/24.>> <<Q:Calls in which the
bystander came back to say the device was locked, missing or not working fell from 19 in
2021/22 to 3 in 2023/24.>>

We found and registered 38 devices that nobody had told us about. Guardians have replaced 71
sets of pads and 12 batteries.
"""),
        ("value", "Value for money", """
The main costs were the text reminder service, which the council pays for at about £2,400 a
year, and replacement cabinets, which the Heart Fund paid for. Ambulance staff time came
from the existing community resuscitation budget. Survival after an out-of-hospital cardiac
arrest depends on how quickly the first shock is given, so a working box at the end of the
lane is worth far more than its price.
"""),
        ("spread", "Sharing it", """
The guardian text system and the cabinet tag are being used by the two inland districts of
our service area, and we have given the templates to the national database team. Other
coastal ambulance services have asked for the call handler audit form. Our advice to anyone
thinking of doing this is to start with your own 999 calls: they will tell you which boxes
are failing long before an inspection does.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1474  wound photographs reviewed remotely for island district nursing
#        patients - docx - bold headings with a cover table - tissue viability
#        nurse consultant, clinical - community trust with an island council
#        and an island GP practice - staff involved - NO patient involvement
#        (patients benefit, a survey that changed nothing, letters, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1474", format="docx", layout="bold_headings", topic="island_wound_photo_telehealth",
    project="independent93-clearview-1474", docx_font="Calibri",
    title="Clear View: remote tissue viability review for district nursing patients on the Skarra Isles",
    cover_table=[
        ("Entry title", "Clear View: remote tissue viability review for district nursing patients on the Skarra Isles"),
        ("Lead organisation", "Northmere Community Health NHS Trust"),
        ("Partner organisations", "Skarra Isles Council (Adult Social Care); Skarra Medical Practice"),
        ("Contact", "Tissue Viability Nurse Consultant"),
    ],
    primary_entrant=dict(name="Northmere Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Skarra Isles Council", type="local_authority"),
        dict(name="Skarra Medical Practice", type="primary_care"),
    ],
    sections=[
        ("context", "Background", """
The Skarra Isles are five inhabited islands with around 4,300 people between them. District
nursing is provided by a team of seven nurses and three healthcare assistants based on the
largest island, who travel to the others by inter-island ferry or, in bad weather, not at
all. The nearest tissue viability nurse is on the mainland, a ferry and a two-hour drive
away.

Before Clear View, a district nurse who was worried about a leg ulcer or a pressure ulcer
could either describe it over the telephone, send a photograph by email from a personal
phone, which was against trust policy, or book a visit by the tissue viability team that
might be three or four weeks off. Wounds were often not measured in the same way from one
visit to the next, because different nurses covered different islands. Deterioration,
including infection and deep tissue damage, was sometimes not recognised until the patient
needed admission to the mainland hospital.

A serious incident review in 2022 looked at an islander with diabetes whose heel ulcer went
from a small blister to a grade 4 wound over nine weeks. It found that four different nurses
had dressed the wound, each recorded it differently, and nobody with specialist knowledge
saw it until the patient was flown to the mainland with a bone infection.

The review made three recommendations: wounds on the islands should be measured and
recorded in a consistent way, a specialist should be able to see a worrying wound within days
rather than weeks, and the GP practice, which prescribes antibiotics and dressings, should see
the same information as the nurses. None of these could be delivered by the trust alone. The
practice holds the prescribing, the council employs the home care workers who are often first to
notice a problem, and the trust provides both the island nurses and the mainland specialists.
"""),
        ("evidence", "Evidence of improvement", """
Since April 2023 all district nurses on the islands use a trust tablet with a secure wound
imaging app. A photograph is taken at every dressing change with a measuring sticker beside
the wound. The app measures the area and tracks change over time. Any wound that is getting
larger, any new pressure ulcer of category 2 or above, and any wound with signs of infection
is flagged automatically and reviewed by a tissue viability nurse on the mainland the same
working day, who then joins a video call with the district nurse at the next visit if needed.

<<Q:The average time from a district nurse raising a concern to a specialist review fell
from 19 days in 2022/23 to 1.4 days in 2023/24.>> <<Q:Pressure ulcers that got worse by one
or more categories while on the island caseload went from 23 in 2022/23 to 9 in 2023/24.>>
<<Q:Admissions to the mainland hospital with an infected wound among district nursing
patients were a third lower in the first year than in the year before.>>

In the first year 1,212 wound images were reviewed remotely and 84 video reviews took place.
"""),
        ("stakeholders", "Who was involved", """
<<S:Island district nurses trialled three different imaging apps over two months and chose
the one that still worked offline on the outer islands, where there is no mobile signal, and
uploads when the nurse is back in range.>> <<S:The tissue viability nurses on the mainland
agreed with them which wound changes should trigger an alert, and reduced the list after the
island team said the first version flagged almost every wound.>> <<S:Staff at Skarra Medical
Practice asked to see the wound images in the patient's GP record, so that the GPs could
review antibiotics at the same time, and the link was built at their request.>>

<<S:Home care workers employed by the council, who see many of the same patients daily,
helped us write a short card about what a worrying heel or sacrum looks like, using their own
words.>>

Patients were given a leaflet explaining that their wound would be photographed and how the
images would be stored. We sent a short questionnaire to patients after six months, and all
who replied said they were happy with the photographs, so no changes were made. We plan to
invite patients and carers onto the project steering group when it is extended to leg ulcer
clinics next year.
"""),
        ("value", "Value", """
The tablets and app licences cost £18,600 for the first year, paid by the trust's digital
fund. Each avoided mainland visit by a tissue viability nurse saves a day of travelling time
and a ferry fare. Each avoided admission saves the cost of a hospital stay and a patient
transfer, which from the outer islands can mean a flight. Nurses tell us they feel less alone
with difficult wounds.
"""),
        ("spread", "Spread and sustainability", """
The approach is now standard for all district nursing teams in the trust's remote areas,
including two mainland glens. The council has asked whether care homes on the islands could
use the same app, and a pilot is planned. We presented the work at the national tissue
viability conference in 2024 and the trust's standard operating procedure is available to
other organisations on request.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1475  holidaymakers who run out of their regular medicines - docx -
#        numbered questions with cover bullets - LPC chief officer, chatty -
#        LPC with a PCN, a council and an ICB - visitors (called "summer
#        residents" and "the people we met on the quay") and staff involved -
#        subtle claim ("halved") - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1475", format="docx", layout="numbered_questions", topic="holidaymakers_medicines_emergency_supply",
    project="independent93-packedandsafe-1475", docx_font="Arial",
    title="Packed and Safe: helping holidaymakers who run out of their regular medicines",
    cover=[
        "Entry for the Best Partnership Solution Improving Patient Safety award",
    ],
    cover_bullets=[
        "Lead: Trevarrick and West Coast Local Pharmaceutical Committee",
        "Partners: Trevarrick Coast Primary Care Network; Trevarrick District Council (Tourism and Visitor Services); NHS West Peninsula Integrated Care Board",
        "Contact: Chief Officer, Trevarrick and West Coast LPC",
    ],
    primary_entrant=dict(name="Trevarrick and West Coast Local Pharmaceutical Committee", type="primary_care"),
    partners=[
        dict(name="Trevarrick Coast Primary Care Network", type="primary_care"),
        dict(name="Trevarrick District Council", type="local_authority"),
        dict(name="NHS West Peninsula Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "1. What was the problem and why did it need a partnership?", """
Every summer the population of our bit of coast roughly trebles. The campsites, holiday parks
and cottages fill up, and so do our eleven community pharmacies. Every pharmacist down here
will tell you the same thing: a steady stream of visitors who have left their tablets at
home, packed them in the case that went to the wrong airport, or simply brought a week's
supply for a fortnight.

Most of the time it's a nuisance. Sometimes it's dangerous. Missed doses of anti-epileptics,
insulin, Parkinson's medicines, anticoagulants and steroids can make people seriously ill
within a day or two. We were seeing visitors turn up at the minor injury unit having had a
seizure, or with a blood sugar off the scale, because they had gone three days without their
medicine before asking anyone.

The legal route for a pharmacist to make an emergency supply exists, but visitors didn't know
about it, the pharmacist often couldn't confirm what the person took, and many people were
told to 'go and register as a temporary resident with a GP', which in August can mean a wait
of several days. The GP practices were swamped. The NHS 111 route worked but was slow, and
people gave up. Nobody owned the problem because the visitors aren't anybody's patients.
"""),
        ("evidence", "2. What difference has it made?", """
From May 2023 every pharmacy on the coast offers a 'Forgotten Medicines' consultation,
commissioned by the ICB for the summer months. The pharmacist looks the person up on the
national care record, confirms what they take, and makes an urgent supply of up to 14 days
where it is safe. Where it is not, they have a direct line to a duty pharmacist in the PCN who
can issue a prescription the same day. The council puts a card in every holiday let, and
campsite receptions have posters telling people to go straight to a pharmacy.

<<Q:Visitors attending the minor injury unit with a problem caused by a missed regular
medicine halved between the summers of 2022 and 2023, from 64 to 31.>> <<Q:Temporary resident
appointments at the four coastal practices taken up only to get a repeat prescription went
down from about 410 in the summer of 2022 to 95 in the summer of 2023.>>

Pharmacies made 1,638 emergency supplies over the two summers. Insulin, anti-epileptic
medicines and inhalers were the most common.
"""),
        ("spread", "3. How has the learning been shared?", """
We've shared the service specification with the three other coastal LPCs in the region, and
two are running it this summer. The ICB has agreed to keep it going all year round on a
smaller scale, because Christmas and Easter bring their own rush. Holiday park operators along
the coast now include a line about 'forgotten medicines' in their booking confirmation
emails, which is the cheapest bit of patient safety work we've ever been involved in.

We've also written up what went wrong in the first weeks, because that's the bit other areas
usually ask about: the national care record was sometimes slow to load in the pharmacies with
the worst broadband, a few visitors from Scotland and Wales had records we couldn't see, and we
had to agree a rule for controlled drugs, which can't be supplied this way. Each of those now
has a simple workaround written into the service specification.
"""),
        ("value", "4. What has been the impact and value?", """
The service costs the ICB a fee per consultation plus the cost of the medicines. For the
summer of 2023 that came to about £21,000. Against that, each avoided attendance at the minor
injury unit and each avoided GP appointment frees up capacity in the busiest weeks of the
year, and one avoided admission with diabetic ketoacidosis would pay for a good part of the
summer.

<<P:Twelve of the summer residents who had needed an emergency supply the year before were
asked, over a cup of tea at the harbour café, what would have made it easier, and it was their
answer, 'tell us before we get here', that led to the booking email.>>
"""),
        ("stakeholders", "5. How were patients and staff involved?", """
<<P:The people we met on the quay and at the campsite receptions during a week of 'pop-up'
chats in July 2022 told us they had no idea a pharmacist could help, and several said they
would have gone home early rather than look for a doctor, so the posters say 'Pharmacist
first' in large letters.>> <<P:A holidaymaker with type 1 diabetes, who had ended up in the
minor injury unit the year before, checked the wording of the holiday let card with us and
asked us to add a line about insulin pens and needles, which we did.>>

<<S:Pharmacists from all eleven pharmacies tested the consultation template during June 2023,
and they cut it down from four pages to one after telling us it took too long at the
counter.>> <<S:The PCN's duty pharmacists and the receptionists at the coastal practices
agreed the same-day prescription route with us and suggested the direct phone line so that
visitors would not join the 8am queue.>>

<<S:Staff on the council's tourist information desks asked for a list of open pharmacies to
hand out, and they update it each week themselves.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1476  remote GP practice sent to the most serious 999 calls - pdf - two
#        columns - GP partner, reflective - GP practice with the ambulance
#        service and a first responders' group - staff involved - NO patient
#        involvement (patients benefit, a letter, a plan) - NO quantitative
#        evidence (callouts, a single figure, dates, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1476", format="pdf", layout="two_column", topic="remote_gp_999_immediate_response",
    project="independent93-firsttothedoor-1476", pdf_font="DejaVuSans",
    title="First to the Door: a remote GP practice responding to the most serious 999 calls in Glen Ardry",
    cover=[
        "Glen Ardry Medical Practice, with North Uplands Ambulance Service NHS Trust and Ardry and Loch Cassan Community First Responders",
        "Entry by Dr Fiona Mackie, GP partner",
    ],
    primary_entrant=dict(name="Glen Ardry Medical Practice", type="primary_care"),
    partners=[
        dict(name="North Uplands Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Ardry and Loch Cassan Community First Responders", type="charity"),
    ],
    sections=[
        ("context", "The situation", """
Glen Ardry Medical Practice looks after 2,100 people scattered along forty miles of single-track
road. The nearest emergency department is 68 miles away. The nearest ambulance is based in the
town at the mouth of the glen and is often out on another call, so for the farms at the head of
the glen the wait for a 999 ambulance can be well over an hour.

For years the three of us in the practice have been called informally by neighbours, by the
shop or by the hotel when someone collapsed. We went, because that is what you do in a place
like this. But the ambulance service did not know we were there, we had no way of being
dispatched properly, our kit was whatever we had put together ourselves, and there was no
record of what we did. Twice in 2021 one of us arrived at a house at the same time as the first
responders, each having been called separately, while another patient with chest pain a few
miles away waited alone.

We wanted a proper arrangement: the ambulance service should know where we were and send us
when it made sense, and we should arrive with the right equipment and hand over properly.

There were other worries too. A GP who goes out to an emergency leaves the surgery, and in a
practice of three that means someone else's appointments are cancelled or the dispensary is left
without a prescriber. We needed to agree, with the ambulance service, which calls were worth that
trade-off. We also needed to be honest about what a GP can and cannot do at the roadside. We are
not paramedics. We do not carry the same equipment, we are not trained to work at the scene of a
road traffic collision, and we do not have blue lights. What we can do is recognise a heart
attack or a sepsis early, give pain relief and oxygen, start resuscitation, and talk to the
ambulance crew and the receiving hospital as a doctor who knows the patient's history.

The scheme we agreed has three parts. The ambulance control room can now see which of the GPs is
on call for emergencies each day and can page them directly. The practice carries a standard
emergency bag and defibrillator, checked weekly. And there is a shared handover form, on paper
and on the ambulance service's system, so that whatever the GP does is passed on to the crew and
to the hospital.
"""),
        ("stakeholders", "Who took part", """
<<S:The ambulance service's clinical hub and two of its senior paramedics met with us four
times to agree which call types we should be sent to, and it was the paramedics who argued
that we should not be sent to falls without injury, which freed us for the calls where a doctor
makes a real difference.>> <<S:The first responders' coordinator and three of the volunteer
responders helped us design the shared arrival check so that whoever gets to the door first
knows who else is coming.>> <<S:Our practice nurse and dispensers reorganised the emergency drug
bag after a trial run showed the controlled drugs were in the wrong place to reach quickly.>>

Patients in the glen were told about the arrangement in the practice newsletter and a letter
was sent to every household. We are planning to ask the community council and our patient
group for their views when we review the scheme next year.
"""),
        ("evidence", "What we can show", """
The scheme started on 1 June 2023. Since then the practice has been dispatched by the ambulance
control room to 146 calls, of which 39 were cardiac arrests, chest pain or breathing problems
categorised at the highest level. On 41 occasions a GP was first on scene.

Every call is logged on a shared form, and 100% of calls have a completed handover to the
ambulance crew. The form also records who arrived first and what was done before the crew
arrived.

Our target is for a GP or first responder to reach a category 1 call in the glen within 20
minutes, and we will report against this at the end of the second year.
"""),
        ("value", "Value", """
The ambulance service pays the practice a fee for each call, which covers the GP's time and
mileage. The practice's emergency bag was restocked at a cost of about £1,200. For the community,
the value is having a doctor who knows them arriving within minutes instead of waiting an hour
on their own.

For the ambulance service, knowing that a doctor is already with the patient helps the control
room decide whether an ambulance from the town needs to be pulled off another job, or whether it
is safe for the nearest crew to finish what it is doing first. For us as GPs, being part of a
proper system rather than an informal favour means we are insured, supported and no longer
working alone.
"""),
        ("spread", "Spreading the idea", """
Two other remote practices in the north of the ambulance service's area have asked to join,
and the service is writing a standard agreement for remote practices based on ours. We have
talked about the scheme at the rural GP association's annual meeting.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1477  video consultations dropping out on poor rural connections - pdf -
#        bullet lists - PRIVATE telehealth company as primary entrant with a
#        PCN and a GP federation (ineligible) - product manager, upbeat -
#        farming families involved - NO staff involvement (GPs trained,
#        receptionists briefed, a survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1477", format="pdf", layout="bullet_lists", topic="rural_video_consultation_dropout",
    project="independent93-stayonline-1477", pdf_font="LiberationSans", pdf_align="L",
    title="Stay On the Line: safe video consultations for patients on poor rural connections",
    cover=[
        "Submitted by Fernlink Health Ltd",
        "Working with Hollin Dale Rural Primary Care Network and Upper Wendle GP Federation",
        "Contact: Head of Product, Fernlink Health Ltd",
    ],
    primary_entrant=dict(name="Fernlink Health Ltd", type="private"),
    partners=[
        dict(name="Hollin Dale Rural Primary Care Network", type="primary_care"),
        dict(name="Upper Wendle GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "The problem", """
Fernlink provides the video consultation platform used by the 14 practices in Hollin Dale and
Upper Wendle, an upland area where broadband and mobile coverage are patchy at best.

What we saw in 2022:

- about one in six video consultations with patients in the dales dropped at least once

- when a call dropped, the clinician often could not get the patient back, and the patient did not know whether to wait, ring the surgery or call 111

- some dropped calls were with patients describing chest pain, breathlessness or suicidal thoughts

- in one case a farmer with a deep chainsaw wound to his leg was cut off mid-call and nobody called him back for three hours, because the GP assumed he would ring in

- there was no record in the GP system that a call had dropped, so nobody could see the pattern

Why it matters here:

- the nearest practice can be a 40-minute drive over a pass that is often closed by snow in winter, so a video call is frequently the only realistic way to be seen the same day

- many patients are farmers who cannot leave livestock during lambing or calving, and they tend to put off seeking help until a problem is serious

- mobile signal in the dales depends on the weather, the time of day and where in the house the patient is standing, so a call that starts well can fail halfway through

- clinicians working from the practice have no way of knowing whether a silent screen means the patient has lost signal, walked away or collapsed
"""),
        ("evidence", "What changed", """
From March 2023:

- the platform checks the patient's connection before the call and offers an automatic switch to a phone call if the connection is weak

- if a call drops, the clinician sees a red banner and a 'call back now' button that rings the patient's phone

- if the patient cannot be reached within five minutes, the practice's duty team gets an alert

- every dropped call is written into the GP record

Results, comparing the 12 months before and after:

- <<Q:consultations where a dropped call was not followed by any contact within an hour fell from 1,904 to 212>>

- <<Q:the average gap before reconnection went down from 47 minutes to 6 minutes>>

- <<Q:incidents reported by practices about a lost patient after a dropped call fell from 11 to 2>>
"""),
        ("stakeholders", "Involvement", """
- <<P:we met members of the Hollin Dale Young Farmers and the dales women's institute groups, who told us that most of them had better signal in the yard than in the house, so the pre-call message now suggests where to stand>>

- <<P:three patients with long-term conditions who had had calls drop tested the new switch to phone on their own farms and asked for the call-back to come from the surgery's number, not an unknown one, which it now does>>

- all practice clinicians were trained on the red banner and the call-back button

- receptionists were briefed on what to do when a duty team alert arrives

- a survey of practice managers after six months found they were satisfied, and no changes were made

- we intend to set up a clinical reference group with GPs in 2025
"""),
        ("value", "Value", """
- the changes were made within our existing contract at no extra cost to the NHS

- patients no longer have to drive up to an hour to the surgery just because their broadband is poor

- fewer calls to NHS 111 and to the practice from people who have been cut off

- clinicians no longer lose time trying to guess whether to wait for a patient to reconnect or move on to the next consultation

- the dropped-call record gives practices, for the first time, a picture of which parts of their area have the worst connections, which they have shared with the county's broadband programme
"""),
        ("spread", "Spread", """
- the connection check and call-back features have been switched on for every practice we support, about 320 in total

- we have shared our dropped-call data with the regional digital team and the PCN has presented it at a rural health network event
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1478  first responders recording the time stroke symptoms started - docx
#        - no headings, long - chair of a first responders' charity, personal
#        - charity with the ambulance service and the acute trust's stroke
#        unit - stroke survivors and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1478", format="docx", layout="no_headings", topic="first_responders_stroke_onset_time",
    project="independent93-whatimeisit-1478", docx_font="Georgia",
    title="What Time Did It Start? Community first responders and the stroke clock in the Wendmoor villages",
    cover=[
        "Wendmoor Community First Responders (registered charity), with Southern Fells Ambulance Service NHS Trust and Kendrith Royal Hospital NHS Foundation Trust (Hyperacute Stroke Unit)",
        "Written by the Chair of Wendmoor Community First Responders",
    ],
    primary_entrant=dict(name="Wendmoor Community First Responders", type="charity"),
    partners=[
        dict(name="Southern Fells Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Kendrith Royal Hospital NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", None, """
I have been a community first responder in the Wendmoor villages for eleven years. There are 34
of us now, all volunteers, covering a patch of moorland villages and farms where the ambulance
can take 40 minutes to arrive and the drive to the stroke unit at Kendrith is another 50. We go
to the calls the ambulance service asks us to, which are mostly chest pain, breathing problems,
collapses and people who have fallen. A good number of them turn out to be strokes.

With a stroke, the question that matters most is one that nobody thinks to ask: when did it
start? The clot-busting drug and the procedure to pull the clot out can only be given within a
certain number of hours, and the stroke team cannot give them if they do not know when the
person was last seen well. If nobody knows, the clock is taken as starting at the last time
anybody saw them normal, which can be the night before.

By the time the ambulance crew arrived, the information had often gone. The neighbour who
found the person had gone home, the wife was in too much of a state to remember, or the person
themselves could not speak. At the hospital the stroke nurses told us, time and again, that
patients from our area came in with 'onset unknown' written on the handover, and that some of
them might have been treated if someone had written down the time while it was still fresh.

One of them was Margaret, a retired teacher from Low Scarth, who woke her husband at 6am with a
slurred voice. He rang 999 and then rang me, because I live two doors away. I remember sitting
with her and noting her blood pressure and her blood sugar, but I never asked him what time
she had last been well. When she got to Kendrith nearly two hours later, the handover said
'found on waking', and she was outside the window for treatment. Her husband told me later
that she had been up in the night at about 4 and was perfectly all right. That would have made
all the difference.

I did not sleep much after that. I went back through my own notes from the previous year and
found at least a dozen strokes where I had not written down a time. When I raised it at our
monthly meeting, nearly everyone said the same. We are trained to check breathing, to give oxygen,
to do CPR and to use a defibrillator. We had never been told that the most useful thing we could
do for a stroke patient might be to ask a question and write down the answer. Nobody had thought
to tell us, because nobody had thought of us as part of the stroke pathway at all.
"""),
        ("stakeholders", None, """
That is where What Time Did It Start? came from. <<S:A group of eight of our responders sat down
with two stroke nurses from Kendrith and a paramedic team leader from the ambulance service, and
together they wrote a single card that every responder now carries, with four questions to ask
whoever is in the house: when was the person last seen completely normal, who saw them, what
medicines do they take, and is there a phone number for someone who was with them.>> <<S:The
stroke nurses asked us to add 'do they take a blood thinner', because it changes what they can
give, and the paramedics asked for a space to write the name of the witness so that the hospital
can ring them.>>

<<P:Margaret and her husband were among the first people we spoke to when we were designing the
card, and it was her husband who suggested the question 'who saw them last?', because he said
that in a panic you remember people better than times.>> <<P:Members of the Fellside Stroke Club,
which meets in the village hall at Thorncliffe, read through the card and told us that some of
the questions sounded like an interrogation, and we changed the wording to make them gentler.>>

<<S:The ambulance service's emergency operations centre also became involved when one of their
call handlers pointed out that she could ask the caller the same question before the responder
even arrived, and the control room now adds the 'last seen well' time to the job notes sent to
us and to the crew.>> The card is photographed by the ambulance crew and goes with the patient to
Kendrith, and the responder also texts the time and the witness's number to the stroke unit's
pre-alert phone.
"""),
        ("evidence", None, """
We started using the card in September 2022. The stroke unit has compared all the patients from
the Wendmoor postcodes who arrived with a suspected stroke in the twelve months before and the
eighteen months after.

<<Q:The proportion of those patients arriving with the onset time recorded as unknown fell from 41%
to 12%.>> <<Q:The proportion who received clot-busting treatment or clot retrieval rose from 9% to
17%.>> <<Q:The time from arrival at the hospital door to a treatment decision shortened from a
median of 52 minutes to 31 minutes, which the stroke team put down to having the witness's number
ready to ring.>>

Our responders have attended 214 suspected strokes in that time and completed the card for all
but a handful.
"""),
        ("value", None, """
The cost has been very small. The cards are printed by the ambulance service, and the pre-alert
phone already existed. Our responders give their time for nothing, as they always have. Against
that, every stroke patient who gets the right treatment in time is more likely to walk out of
hospital, to go back to their own home and to live without needing care, which for a family on a
hill farm can mean the difference between keeping the farm going and selling up.

There is also a saving for the NHS, though we are not the right people to calculate it. A
patient who is left with a severe disability after a stroke can need residential care for years,
and even a few more people treated each year from our corner of the county makes a real
difference. We do know that every responder who has used the card has asked for more of them.

For us as responders, it has given us something practical to do in a situation where we used to
feel helpless. We cannot treat a stroke in a farmhouse kitchen. We can make sure that the people
who can treat it have what they need.
"""),
        ("spread", None, """
The ambulance service has now given the card to all community first responder groups across its
area, about 60 groups, and has added the 'last seen well' question to its own crews' electronic
patient record. Kendrith has shared the card with the other two hyperacute stroke units in the
region. We have spoken about it at the national first responders' conference, and a group in
Wales has asked for a bilingual version. It costs almost nothing to copy, and we would love to see
it in every responder's kit bag.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1479  people living all year in holiday caravan parks without a GP - pdf -
#        CAPS headings - council environmental health manager, formal -
#        council with a PCN and a community trust - staff involved - NO
#        patient involvement (residents visited and sent letters, a plan, a
#        negation)
# ---------------------------------------------------------------------------
entry(
    id="I1479", format="pdf", layout="caps_headings", topic="holiday_park_year_round_residents_unregistered",
    project="independent93-parklife-1479", pdf_font="LiberationSerif", pdf_align="J",
    title="Beyond the Season: health and safety for people living all year in holiday caravan parks",
    cover=[
        "Lead organisation: Saltmarsh Coast District Council (Environmental Health and Licensing)",
        "Partner organisations: Saltmarsh Coast Primary Care Network; Haven Reach Community NHS Trust",
        "Submitted by the Principal Environmental Health Officer",
    ],
    primary_entrant=dict(name="Saltmarsh Coast District Council", type="local_authority"),
    partners=[
        dict(name="Saltmarsh Coast Primary Care Network", type="primary_care"),
        dict(name="Haven Reach Community NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "1. THE ISSUE", """
The Saltmarsh coast has 46 licensed holiday caravan parks. Their site licences allow holiday use
only, for between ten and eleven months of the year. In practice, our licensing inspections
found that a significant number of caravans were being lived in all year round, often by older
people who had sold a house inland, by people on low incomes and by people who had moved to the
coast after a relationship breakdown or a period of homelessness.

Because their address was a holiday caravan, many of these residents had never registered with
a local GP, or were still registered with a practice many miles away. Some had long-term
conditions, such as heart failure, COPD or diabetes, that nobody was monitoring. In winter the
parks are largely empty, the caravans are poorly insulated, and some sites close their roads and
switch off their lighting. Ambulance crews have reported difficulty finding the right caravan
among hundreds of identical ones in the dark.

Between 2020 and 2022 the coroner held inquests into four deaths of people living alone in
caravans on our parks during the winter months. In two of them the person had not been seen by
any health professional for more than a year.

The council's licensing role had traditionally been limited to fire safety, drainage, spacing
between units and the terms of the site licence. Officers who found people living on a park all
year were expected to raise it with the operator as a breach of licence conditions, and nothing
more. That approach did nothing for the person's health, could make them more reluctant to be
found, and left officers uneasy about walking away from someone who was clearly unwell. The
coroner's prevention of future deaths report in 2022 asked the council, the NHS and park
operators to consider how these residents could be brought within the reach of ordinary health
services. This entry describes the response.
"""),
        ("evidence", "2. RESULTS", """
Since November 2022 environmental health officers carrying out winter licensing visits use a
short welfare checklist. Where they find someone living on site, with their agreement they pass
the details to a named care coordinator in the primary care network, who registers the person
with a practice and arranges a health check. District nurses from the community trust now visit
the parks on a planned winter round. Park operators must give every occupied caravan a clearly
numbered plot sign that can be seen at night, and a site map is sent to the ambulance service.

<<Q:The proportion of year-round residents identified on the parks who were registered with a
local GP rose from 38% at the first visits in winter 2022/23 to 86% by the end of winter
2023/24.>> <<Q:Emergency admissions of park residents with an uncontrolled long-term condition
fell from 27 in the winter of 2021/22 to 12 in the winter of 2023/24.>>

Officers identified 612 year-round residents across the parks, of whom 188 were over 75.
"""),
        ("stakeholders", "3. INVOLVEMENT", """
<<S:Environmental health officers designed the welfare checklist with the PCN's care
coordinators, who asked for the question 'who would you call if you were ill tonight?' to be
added because it was the one that most often showed someone had nobody.>> <<S:District nurses
from Haven Reach tried out the winter round on three parks in the first year and changed the
route after they found that two sites locked their gates at dusk.>> <<S:GP practice managers in
the network agreed a simple registration route that does not need proof of a permanent address,
after their reception teams told us that this was the main reason people had been turned
away.>>

Residents received a letter from the council explaining the welfare visits, and a leaflet about
registering with a GP was put through every occupied caravan door. We did not hold any
meetings with residents in the first two winters because of concerns that they would fear
eviction. A residents' forum is planned for 2025.
"""),
        ("value", "4. VALUE", """
The scheme uses existing environmental health inspection time and the PCN's care coordinator
posts. The additional cost is the district nurses' winter round, about 0.4 of a whole-time
nurse for five months, which the community trust has absorbed. One avoided emergency admission
with heart failure costs more than a winter of the nursing round.
"""),
        ("spread", "5. SPREAD", """
We have presented the scheme to the coastal councils' environmental health group and to the
national caravan site licensing forum. Two neighbouring districts have adopted the welfare
checklist. The approach could be used wherever people live in accommodation that is not meant
to be lived in, such as boats and holiday chalets.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1480  out-of-hours video assessment of residents in island care homes -
#        pdf - form with a cover table - ICB clinical lead, terse - ICB with a
#        community trust and an islands council - relatives and staff
#        involved - NO spread section - NO quantitative evidence (calls,
#        homes, a target, a zero with no earlier figure)
# ---------------------------------------------------------------------------
entry(
    id="I1480", format="pdf", layout="form_table", topic="island_care_homes_out_of_hours_video",
    project="independent93-nightlink-1480", pdf_font="LiberationSans",
    title="Nightlink: out-of-hours video assessment for residents of island care homes",
    cover_table=[
        ("Title", "Nightlink: out-of-hours video assessment for residents of island care homes"),
        ("Lead organisation", "NHS Caldermouth and Isles Integrated Care Board"),
        ("Partners", "Caldermouth Community Health NHS Trust (Out-of-Hours GP Service); Fenwray Isles Council (Adult Social Care)"),
        ("Entrant", "Associate Medical Director, Urgent Care"),
    ],
    primary_entrant=dict(name="NHS Caldermouth and Isles Integrated Care Board", type="icb"),
    partners=[
        dict(name="Caldermouth Community Health NHS Trust", type="nhs_trust"),
        dict(name="Fenwray Isles Council", type="local_authority"),
    ],
    sections=[
        ("context", "Describe the problem and the solution", """
There are six care homes on the Fenwray Isles, with 148 beds between them. Outside surgery hours
the out-of-hours GP service is based on the mainland. When a resident became unwell at night,
care staff rang 111, and because no GP could visit, the usual outcome was a 999 ambulance or an
emergency helicopter transfer to the mainland hospital. Residents, many of them very frail and
some near the end of life, were moved off the island, often alone, for problems that could have
been managed in the home. Some died on the mainland, away from family.

The transfers were not risk-free in themselves. A frail resident with a chest infection might wait
two or three hours for an ambulance that had to come over on the ferry, or for a helicopter that
could not fly in bad weather. Some arrived at the mainland emergency department in the early hours
with no care plan, no list of medicines and nobody who knew them, and spent the rest of the night
on a trolley. Several became delirious and never returned to their previous level of function.
Others, when the weather closed in, could not be moved at all, and care staff were left on their
own with a resident who was deteriorating and no doctor to speak to except through a series of
telephone calls.

The care homes themselves said they felt they had no choice but to ring 111, and that the 111
script, designed for people at home, nearly always ended in an ambulance. Out-of-hours GPs have
long been uncomfortable making decisions about residents they cannot see.

Nightlink gives each island care home a tablet with a direct video link to the out-of-hours GP,
bypassing 111. The GP sees the resident with the senior carer, who takes observations using a
standard kit and the NEWS2 score. The GP can prescribe to the island's on-call pharmacy box
held at the care home, arrange a district nurse visit or request transfer. Each home has an
agreed anticipatory care plan for every resident.
"""),
        ("evidence", "What is your evidence of improvement?", """
Nightlink went live in all six homes on 4 September 2023. Between then and 31 August 2024 the
homes made 391 video calls to the out-of-hours GP. In 254 of these the resident was treated in
the home. All six homes have completed NEWS2 training for senior carers, and 92 staff have been
trained in total.

There were no emergency helicopter transfers from island care homes in the three winter months
of 2023/24. Our target is for at least 70% of out-of-hours calls to be managed on the island.
"""),
        ("stakeholders", "How were patients, families and staff involved?", """
<<S:Senior carers from the six homes tested the observation kit and the video set-up during a
two-week trial and asked for a larger screen and a stand on wheels, so that the GP could see the
resident in bed.>> <<S:Out-of-hours GPs agreed the call script with care home managers and added
a question about the resident's wishes, at the managers' suggestion, at the start of every
call.>>

<<P:Relatives of residents who had been transferred to the mainland and died there met with the
project team and told us how distressing it had been, and it was at their request that every
resident now has an agreed plan saying whether they would wish to leave the island if they were
seriously ill.>> <<P:Residents' families at two homes also reviewed the leaflet explaining
Nightlink and asked for it to include what happens to a resident's belongings if they are
transferred.>>
"""),
        ("value", "What is the value of the project?", """
The tablets and observation kits cost £31,000, funded by the ICB. An emergency helicopter
transfer costs several thousand pounds, and an emergency admission of a frail older person
often means a long stay and a loss of independence. Residents who stay in their own home with
familiar staff and their families nearby are less distressed and less likely to become
delirious. Care staff say they feel supported at night instead of on their own.

There is a wider benefit for the islands. When an island ambulance leaves on the ferry with a
care home resident, the island may be without an emergency ambulance for several hours. Each
call that can safely be managed in the home keeps that ambulance available for the next
emergency. A well-run video call also takes less of the out-of-hours GP's time than a long
telephone conversation with someone who cannot describe what they are seeing.

The main running costs are connectivity and the replacement of observation equipment, which the
care homes have agreed to cover from April 2025 as part of their contracts with the council.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="spread"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1481  boys with testicular pain who live far from the surgical hospital -
#        docx - rubric headings - consultant paediatric surgeon, clinical -
#        acute trust with a community hospitals trust, a GP federation and the
#        ambulance service - young people, parents and staff involved - a
#        claim told as a shift on an SPC chart - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1481", format="docx", layout="rubric_headings", topic="testicular_torsion_remote_transfer",
    project="independent93-straightthere-1481", docx_font="Calibri",
    title="Straight There: saving testicles in boys who live hours from surgery",
    cover=[
        "Lead: Royal Penlorran Hospital NHS Trust (Paediatric Surgery and Urology)",
        "Partners: Kelloway Community Hospitals NHS Trust (minor injury units); Penlorran Rural GP Federation; Southern Coast Ambulance Service NHS Trust",
        "Lead author: Consultant Paediatric Surgeon",
    ],
    primary_entrant=dict(name="Royal Penlorran Hospital NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Kelloway Community Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Penlorran Rural GP Federation", type="primary_care"),
        dict(name="Southern Coast Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "Context: what was the patient safety problem?", """
Testicular torsion, where the testicle twists on its cord and loses its blood supply, is a
surgical emergency. If it is untwisted within about six hours the testicle can usually be
saved. After that, the chance falls quickly, and by 12 hours most are lost. It mainly affects
teenage boys, who are often embarrassed to say where the pain is and may describe it as
stomach ache.

Royal Penlorran is the only hospital in our area with surgeons who operate on children. Many
of the boys we see live on the peninsula or the western moors, up to two and a half hours away
by road. Their first contact is usually a rural GP practice or one of the five minor injury
units run by Kelloway Community Hospitals, none of which can operate. When we reviewed the
cases from 2018 to 2021, we found that boys from remote areas were often seen first at a minor
injury unit or by a GP, sent for an ultrasound scan at another hospital the next morning, or
told to drive themselves to our emergency department, where they waited in the queue. Some
arrived more than ten hours after the pain started.

Over those four years, boys living more than an hour away were much more likely to lose a
testicle than boys living in the city.
"""),
        ("stakeholders", "Stakeholder involvement: who was involved and how?", """
<<S:We brought together minor injury unit nurse practitioners, rural GPs, ambulance clinicians
and our own surgical and emergency department teams at two workshops, where the nurse
practitioners told us plainly that they often felt they had to 'prove' torsion with a scan before
we would accept the boy, and that is why the pathway now says that no scan is needed.>>
<<S:Ambulance service clinical hub staff agreed that a suspected torsion from a minor injury unit
would be treated as an emergency transfer, and they wrote the wording that minor injury unit staff
now use when they ring.>> <<S:The GP federation's clinical lead and two rural GPs tested the
one-page referral guidance against real cases and asked us to add the advice that boys should not
eat or drink on the way.>>

<<P:We also talked with six teenage boys who had had testicular pain in the past two years, and
their parents, at the hospital's young people's forum.>> <<P:They told us that they had waited a
day or more partly because they did not want to tell anyone, and that any leaflet should use the
word 'balls' as well as 'testicles', which ours now does.>> <<P:One mother, whose son lost a
testicle after a night waiting for a scan, helped us film a short video for school nurses.>>
"""),
        ("evidence", "Evidence: what difference has the work made?", """
The Straight There pathway started in April 2022. Any boy with sudden testicular pain seen by a
rural GP or at a minor injury unit is discussed by phone with the on-call surgical registrar, who
accepts him directly to the children's surgical unit, not the emergency department. If the
journey would take more than an hour, he travels by ambulance under blue lights. No scan is
done before surgery if torsion is suspected.

<<Q:The median time from the start of pain to arrival in theatre for boys from remote areas fell
from 9 hours 40 minutes in 2018 to 2021 to 5 hours 15 minutes in 2022 to 2024.>> <<Q:Our
statistical process control chart of monthly times from first contact to theatre shows a run of
more than eight points below the old average from July 2022 onwards, a sustained shift that has
held since.>> <<Q:The proportion of boys from remote areas who had a testicle removed fell from 38%
to 14% over the same periods.>>

In total 67 boys from remote areas have been accepted through the pathway.
"""),
        ("value", "Value and impact", """
The pathway uses staff who were already in post. The additional ambulance journeys, around two a
month, are absorbed within the ambulance service's existing urgent transfer capacity. Losing a
testicle as a teenager can affect fertility, confidence and mental health for years, and late
torsion is one of the commonest reasons for legal claims in children's surgery.
"""),
        ("spread", "Spread and sustainability", """
The pathway has been written into the minor injury units' clinical guidelines and the GP
federation's referral handbook. The regional children's surgical network has adopted it as the
model for its other rural areas. The video for school nurses is being used in secondary schools
across the county.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1482  high-risk medicines reviewed by telephone for islanders without a
#        pharmacy - docx - style headings - professor of pharmacy practice,
#        academic - university with an island dispensing practice and an
#        islands council - islanders involved - NO staff involvement (a named
#        pharmacist doing her job, dispensers trained, GPs informed, a survey
#        that changed nothing)
# ---------------------------------------------------------------------------
entry(
    id="I1482", format="docx", layout="style_headings", topic="island_telepharmacy_high_risk_medicines",
    project="independent93-oneringaway-1482", docx_font="Cambria",
    title="One Ring Away: telephone reviews of high-risk medicines for people living on islands without a pharmacy",
    cover=[
        "Lead organisation: University of Aberhallow, School of Pharmacy and Life Sciences",
        "In partnership with Orrin Isles Medical Practice (dispensing practice) and Orrin Isles Council (Community Services)",
        "Prepared by the Professor of Pharmacy Practice",
    ],
    primary_entrant=dict(name="University of Aberhallow", type="university"),
    partners=[
        dict(name="Orrin Isles Medical Practice", type="primary_care"),
        dict(name="Orrin Isles Council", type="local_authority"),
    ],
    sections=[
        ("context", "Background and rationale", """
The Orrin Isles have no community pharmacy. Medicines are supplied by the dispensary of Orrin
Isles Medical Practice, which serves around 2,900 patients on three islands, and are sent out to
the two smaller islands on the mail boat. Residents rarely have the chance to talk to a
pharmacist about their medicines, and the practice's two GPs have little time for medicine
reviews. The literature is consistent that people in remote and island communities have higher
rates of harm from high-risk medicines, particularly anticoagulants, opioids, methotrexate and
medicines for diabetes, partly because monitoring and advice are harder to reach.

An audit by the practice in 2021 found that a substantial number of patients on these medicines
had not had a structured review in the previous year, and several had been admitted to the
mainland hospital with bleeding, hypoglycaemia or opioid toxicity. The university had a
long-standing research interest in remote pharmacy and proposed a partnership to test whether
regular telephone reviews by a clinical pharmacist could reduce this harm.

The islands also present practical obstacles that are rarely discussed in the research. Blood
tests taken on the smaller islands travel on the same mail boat as the medicines, and in winter
may not reach the mainland laboratory for two or three days, so monitoring results are often
late or the samples are rejected. Patients who are discharged from the mainland hospital may
arrive home with changed doses that the dispensary does not know about for a week or more. Any
solution therefore had to work with the council's community services, which run the mail boat
schedule and the island health centres where blood samples are taken.
"""),
        ("evidence", "Evidence of impact", """
From January 2023 every patient on the practice's high-risk medicines register has been offered a
telephone or video review with a clinical pharmacist employed by the university, every six
months or sooner after any hospital discharge. The review follows a structured template covering
adherence, side effects, monitoring, interactions and what the person should do if they become
unwell, including sick day rules. Recommendations are sent to the GP through the practice's
clinical system.

<<Q:Among the 318 patients on the register, emergency admissions to the mainland hospital related
to a high-risk medicine fell from 29 in 2022 to 11 in 2023.>> <<Q:The proportion of patients on
warfarin or a direct oral anticoagulant whose monitoring was up to date rose from 54% to 91%.>>
<<Q:Patients on long-term opioids taking more than 90mg of morphine equivalent a day fell from 22
to 13.>>

In total 604 reviews were completed in the first eighteen months, with 1,120 recommendations, of
which 87% were accepted by the GPs.
"""),
        ("stakeholders", "Stakeholder engagement", """
<<P:Before the service began, we held three evening sessions in the community halls on each
island, and the islanders who came told us that a fixed appointment time did not work for people
who fish or farm, so reviews can now be booked for early morning or evening.>> <<P:A group of
older residents from the smallest island, where phone signal is poor, asked for reviews to be
done by landline and for a printed summary to come back on the mail boat, and both are now
standard.>> <<P:Carers of two people with dementia also tested the review template with us and
asked that carers be invited to every review where the person wishes, which we added.>>

The reviews themselves were carried out by Dr Helen Ross, the project pharmacist, as part of her
post. Dispensary staff at the practice were trained to flag patients after a hospital discharge.
The GPs were informed of the service at a practice meeting before it started. We asked practice
staff to complete a questionnaire at twelve months; responses were favourable and no changes
were made to the service.
"""),
        ("value", "Value for money", """
The pharmacist post, at 0.6 whole-time equivalent, is funded jointly by the university's research
budget and the council's community health fund, at a cost of about £34,000 a year. Each emergency
admission from the islands involves a ferry or air transfer and an average hospital stay of more
than a week, so preventing even a handful a year covers the cost of the service. The research
element has also produced two peer-reviewed papers and training material for pharmacy students.
"""),
        ("spread", "Spread and dissemination", """
The template and protocol are freely available on the university's website. Two other island
practices in the region have begun telephone reviews using our template, supported by their own
primary care pharmacists. We have presented the findings at the Royal Pharmaceutical Society's
conference and to the national rural health network.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1483  minor injury units linked by video to the emergency department -
#        pdf via soffice (style headings) - ED consultant, matter-of-fact -
#        departments of one trust, NO partner (ineligible) - staff involved -
#        NO patient involvement (feedback cards that changed nothing, a
#        negation, patients as beneficiaries)
# ---------------------------------------------------------------------------
entry(
    id="I1483", format="pdf", layout="style_headings", topic="minor_injury_unit_video_link_ed",
    project="independent93-virtualsenior-1483", render_via="soffice", docx_font="Liberation Sans",
    title="A Senior in the Room: video links from rural minor injury units to the emergency department",
    cover=[
        "Entrant: Marlden and Dale Hospitals NHS Foundation Trust",
        "A partnership between the Emergency Department at Marlden General Hospital and the trust's four rural minor injury units",
        "Entry written by a Consultant in Emergency Medicine",
    ],
    primary_entrant=dict(name="Marlden and Dale Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "The problem", """
Our trust runs four minor injury units in market towns across the Dales, between 30 and 55 miles
from Marlden General Hospital, the only emergency department in the area. They are staffed by
emergency nurse practitioners and, at weekends, by a single nurse. They see around 48,000 people a
year, many of them farmers, walkers, cyclists and, in summer, visitors.

The units are meant for minor injuries, but people do not always know what is minor. A walker with
a 'sprained' ankle may have a fracture-dislocation. A child with a head injury after falling from
a pony may look well at first. An older farmer who 'slipped in the yard' may be having a heart
attack. Nurse practitioners had no easy way to get a senior opinion. They could ring the
emergency department, but the consultant could not see the patient or the X-ray, and busy
doctors sometimes gave advice based on a rushed description. Transfers to Marlden were often
made 'to be safe', which meant a long ambulance journey and a bed in a crowded department, or not
made when they should have been.

Our incident reports for 2021 and 2022 included several missed injuries and delayed transfers,
among them a man with a missed scaphoid fracture and a boy whose skull fracture was not picked up
until he returned the next day vomiting.
"""),
        ("evidence", "What has changed and what difference it has made", """
Since February 2023 each unit has a video cart linked to a screen in the emergency department's
senior doctors' office. A nurse practitioner can request a 'virtual senior' at any time; the
emergency medicine consultant or senior registrar on duty answers within ten minutes, sees the
patient on camera, looks at the X-ray on the shared imaging system and agrees a plan. Each call is
recorded in the patient's notes.

<<Q:Missed fractures picked up at the emergency department's X-ray review after the patient had
left a minor injury unit fell from 3.1 per 1,000 attendances in 2022 to 1.2 per 1,000 in 2023/24.>>
<<Q:Transfers from the units to Marlden that were discharged from the emergency department without
any treatment went down by roughly 40%.>> <<Q:The average time to transfer a patient who did need
to go to Marlden, from arrival at the unit to leaving by ambulance, fell from 2 hours 36 minutes to
1 hour 22 minutes.>>

There were 2,940 virtual senior calls in the first year.
"""),
        ("stakeholders", "How staff and patients were involved", """
<<S:Emergency nurse practitioners from all four units helped choose the video equipment and
insisted that it be on a trolley that can be wheeled into the plaster room and the resuscitation
bay.>> <<S:The consultants agreed with the nurse practitioners which kinds of patient should always
have a virtual senior review, and the list was shortened after the weekend nurses said the first
version would have meant calling for almost every child.>> <<S:Radiographers at two of the units
asked for a button that sends the images straight to the consultant's screen, which the trust's
IT team built.>>

Patients were not involved in designing the service. Patients attending the units were offered a
feedback card during the first three months and most comments were positive, so no changes were
made. Patients benefit from being seen sooner and from avoiding unnecessary journeys.
"""),
        ("value", "Value", """
The video carts cost £9,500 each, paid for from the trust's charitable funds. Each avoided transfer
saves an ambulance journey of up to two hours each way, and each patient kept out of an already
crowded emergency department helps everyone else waiting there. Nurse practitioners say they feel
less isolated and more confident, especially at weekends.
"""),
        ("spread", "Spread", """
The trust is adding the same link to its community hospital wards. We have shared our standard
operating procedure with the regional urgent and emergency care network.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1484  a mental health crisis at night on an island with no crisis team -
#        docx - reordered (involvement first, results near the end) - island
#        charity manager, warm - charity with the mental health trust and the
#        police - islanders with experience of crisis involved - NO staff
#        involvement (crisis team told, officers briefed, volunteers trained,
#        a named coordinator doing her job) - NO quantitative evidence (calls,
#        a single figure, dates, a budget, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1484", format="docx", layout="reordered", topic="island_night_mental_health_crisis",
    project="independent93-lanternhouse-1484", docx_font="Calibri",
    title="The Lantern: somewhere to turn at night on Haldersay when your mind is in crisis",
    cover=[
        "Lead: Haldersay Island Wellbeing Trust (registered charity)",
        "Partners: Stourholm Mental Health NHS Foundation Trust; Northern Isles Constabulary",
        "Written by the Trust Manager",
    ],
    primary_entrant=dict(name="Haldersay Island Wellbeing Trust", type="charity"),
    partners=[
        dict(name="Stourholm Mental Health NHS Foundation Trust", type="nhs_trust"),
        dict(name="Northern Isles Constabulary", type="emergency_service"),
    ],
    sections=[
        ("stakeholders", "Built by the people who needed it", """
The Lantern was not our idea. <<P:It came from a group of islanders who had been through a mental
health crisis themselves, or had sat up through the night with someone who had, and who came to us
in the autumn of 2022 saying that something had to change.>> <<P:Over that winter they met every
fortnight in our kitchen and worked out, between them, what they would have wanted on the worst
night: a phone number answered by a local voice, somewhere warm to go that was not a police cell
or a hospital ward two hours away by boat, and someone to stay with them until morning.>>

<<P:It was this group who chose the name, who decided that the night room should look like a
sitting room and not a clinic, and who wrote the 'first five minutes' guide that our night
volunteers follow.>> <<P:One of them, a young fisherman who had tried to take his own life the
year before, insisted that the phone should never go to voicemail, and it never has.>>

The community mental health team on the mainland was told about the plans at an early stage, and
officers at Haldersay police station were briefed on the new night room before it opened. Our
night volunteers were trained in suicide first aid and safeguarding. Our coordinator, Morag, has
managed the rota and the referral arrangements with the mental health trust since the start, as
part of her role.

The group still meets every couple of months, and what they hear from people who have used The
Lantern is passed on to the trust's board. <<P:Last winter they asked for a second volunteer to be
on call on Saturday nights, when the room is busiest, and the rota was changed the following
month.>>
"""),
        ("context", "Why Haldersay needed this", """
Haldersay has around 3,600 people. It has a GP practice, a small community hospital with no
mental health beds, a police station with two officers on duty at night, and a ferry to the
mainland twice a day, weather permitting. The mental health trust's crisis team is based in
Stourholm, on the mainland, and works by telephone at night.

For someone in crisis after dark, the options were few. They could ring the crisis line and talk
to someone who did not know the island. They could go to the community hospital, where the nurses
are kind but have no mental health training and no safe room. Or, if things got bad enough, the
police would be called, and the person might spend the night in the police station under section
136 until they could be taken to the mainland on the morning boat. Several islanders have died by
suicide in recent years, and in a place this size everyone knew them.
"""),
        ("value", "What it costs and what it is worth", """
The Lantern costs about £48,000 a year to run, mostly for the night room's rent, heating and
a part-time coordinator. The night volunteers are unpaid. The money comes from a community wind
turbine fund, the island's trust funds and, since April 2024, a grant from the mental health trust.

What it is worth is harder to put in pounds. A night in a police cell, followed by a ferry
crossing in handcuffs to a hospital two hours away, is traumatic for anyone. A night in a warm room
with a cup of tea and someone you may know from the shop is something else entirely.
"""),
        ("evidence", "What has happened since", """
The Lantern opened on 1 March 2023. The phone line is answered from 8pm to 8am every night of the
year. The night room is open from 10pm to 7am on Thursday, Friday and Saturday nights, and any
night on request.

In the first eighteen months the line took 1,130 calls and the night room had 164 overnight
visits. In 23 of those the volunteer arranged a call-back from the mainland crisis team before
the morning. 81% of people who used the night room said in a short survey that they felt safer
the next morning.

Our aim over the next two years is for nobody on Haldersay to be held overnight in a police cell
because they are in mental health crisis.
"""),
        ("spread", "Sharing what we have learned", """
We have been asked to talk to community groups on three other islands, and one of them has opened
a weekend night room based on ours. The mental health trust has included The Lantern in its crisis
pathway for the islands and has asked us to write up our 'first five minutes' guide so that others
can use it.
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1485  stroke assessment by video from the back of the ambulance on a long
#        peninsula road - pdf - with appendix - health innovation network
#        programme manager, structured - ahsn with the ambulance service and
#        the acute trust - stroke café members (passive voice) and staff
#        involved - a claim told as "a third fewer" - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1485", format="pdf", layout="with_appendix", topic="ambulance_video_stroke_assessment_peninsula",
    project="independent93-eyesonthescene-1485", pdf_font="DejaVuSans", pdf_align="L",
    title="Eyes on the Road: video stroke assessment from the ambulance on the Lannick peninsula",
    cover=[
        "Lead entrant: Westmarch Health Innovation Network",
        "Partners: Southern Coast Ambulance Service NHS Trust; Porthcarn General Hospital NHS Trust (Stroke Service)",
        "Contact: Programme Manager, Urgent and Emergency Care",
    ],
    primary_entrant=dict(name="Westmarch Health Innovation Network", type="ahsn"),
    partners=[
        dict(name="Southern Coast Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Porthcarn General Hospital NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The challenge", """
The Lannick peninsula is 40 miles long, with one main road. The hyperacute stroke unit at
Porthcarn is at its eastern end, and for people living at the western tip the ambulance journey
takes well over an hour. Many of the calls are from older residents and, in summer, from visitors
staying in holiday cottages and campsites.

Paramedics are good at spotting that someone may be having a stroke, but a face, arm and speech
test picks up many people who are not having a stroke, such as those with a migraine, a seizure or
low blood sugar, and can miss strokes that affect balance or vision. Because of this, the stroke
team at Porthcarn was pre-alerted for every suspected stroke and met each one at the door, which
stretched a small team. At the same time, patients with a large-vessel blockage who needed a
thrombectomy, which Porthcarn cannot do, were being taken there first and then transferred again
to the regional neuroscience centre, losing an hour or more.
"""),
        ("evidence", "Results", """
Eyes on the Road began in October 2022. Ambulances covering the peninsula carry a tablet with a
secure video link. When a crew suspects a stroke, they call the stroke consultant or stroke nurse
at Porthcarn while still on scene or en route. The specialist watches the patient perform a
structured assessment, asks questions of the patient and family and decides, with the crew,
whether the patient should go to Porthcarn, straight to the neuroscience centre, or to the nearest
emergency department because it is not a stroke.

<<Q:Over the first 18 months, a third fewer patients arrived at the stroke unit door as a
pre-alert who turned out not to have had a stroke, compared with the 18 months before.>> <<Q:For
patients with a large-vessel blockage, the time from the 999 call to the start of thrombectomy
fell from a median of 4 hours 25 minutes to 3 hours 10 minutes, because more went straight to the
neuroscience centre.>> <<Q:Door-to-needle time for clot-busting treatment at Porthcarn improved
from a median of 58 minutes to 34 minutes, because the team had already seen the patient.>>

There were 486 video assessments during the period (see the appendix for the data sources).
"""),
        ("stakeholders", "Involvement", """
<<S:Paramedics from the three peninsula stations tested four different tablets and mounts on real
journeys and chose the only one that held a signal along the coast road, and they asked for a
'mute' button so that patients could not hear the clinical discussion unless the crew chose.>>
<<S:The stroke nurses wrote the structured assessment with the ambulance service's stroke lead
and cut it from twelve steps to seven after crews said the longer version could not be done in a
moving vehicle.>> <<S:Call handlers in the ambulance control room suggested that the video call
should start while the crew is still in the house, so that family members who saw the onset can
be asked directly, and this became part of the protocol.>>

<<P:The wording that crews use to explain the video call was tested with members of the Porthcarn
stroke café, several of whom had been taken along the peninsula road by ambulance, and was changed
to avoid the word 'camera', which they found unsettling.>> <<P:Their suggestion that the patient's
relative should be able to speak to the stroke consultant on the call was also taken up.>>
"""),
        ("value", "Value", """
Equipment and connectivity cost £26,000 in the first year, funded by the innovation network. Each
unnecessary pre-alert costs the stroke team around an hour of senior clinical time. Each avoided
secondary transfer from Porthcarn to the neuroscience centre saves an ambulance journey and, more
importantly, time in which brain tissue is lost. Every ten minutes saved before thrombectomy
increases the chance that a patient will be independent three months later.
"""),
        ("spread", "Spread", """
The ambulance service is rolling video assessment out to two further rural areas in 2025, and the
network has written an implementation guide and a data collection template for other regions. The
work was presented at the national stroke forum and the network's annual showcase.
"""),
    ],
    trailer=[
        ("heading", "Appendix: data sources and definitions"),
        ("para", "Ambulance call and journey times are taken from the ambulance service's computer-aided dispatch system. Pre-alert outcomes and door-to-needle times are from the Porthcarn stroke service's audit data. Thrombectomy times are from the regional neuroscience centre's register. The comparison periods are April 2021 to September 2022 and October 2022 to March 2024."),
        ("para", "A 'pre-alert that was not a stroke' is any patient pre-alerted to the stroke team as a suspected stroke whose final diagnosis on discharge was not stroke or transient ischaemic attack."),
        ("para", "Westmarch Health Innovation Network, Unit 4, Quay Business Centre, Porthcarn PC3 8LW."),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1486  island patients discharged from the mainland hospital after the last
#        ferry - docx - form with a cover table - patients' forum secretary,
#        plain - patient group with the acute trust and the island council -
#        islanders and staff involved - NO evidence section (a measured change
#        told in the value section)
# ---------------------------------------------------------------------------
entry(
    id="I1486", format="docx", layout="form_table", topic="island_discharge_after_last_ferry",
    project="independent93-lastsailing-1486", docx_font="Calibri",
    title="Before the Last Sailing: safer discharge home for islanders from the mainland hospital",
    cover_table=[
        ("Entry title", "Before the Last Sailing: safer discharge home for islanders from the mainland hospital"),
        ("Lead organisation", "Brenna Island Patients' Forum"),
        ("Partner organisations", "Dunmarrow Royal Infirmary NHS Trust; Brenna Island Council (Health and Social Care)"),
        ("Entrant", "Secretary, Brenna Island Patients' Forum"),
    ],
    primary_entrant=dict(name="Brenna Island Patients' Forum", type="patient_group"),
    partners=[
        dict(name="Dunmarrow Royal Infirmary NHS Trust", type="nhs_trust"),
        dict(name="Brenna Island Council", type="local_authority"),
    ],
    sections=[
        ("context", "What was the problem, and what did the partnership do?", """
Brenna is an island of about 1,900 people, an hour and a half by ferry from Dunmarrow, where the
nearest general hospital is. The last ferry of the day leaves Dunmarrow at 5.45pm in winter and
7.15pm in summer. If you miss it, you are on the mainland until morning.

For years, members of our forum heard the same story. An islander, often elderly, was told on the
ward that they could go home, and then waited for medicines from the pharmacy, for a discharge
letter or for transport. By the time everything was ready the last ferry had gone. Some were kept
in hospital another night, which nobody wanted. Others were discharged anyway, to sit in the
ferry terminal or to find a bed and breakfast on their own, frail, sometimes confused, sometimes
with new medicines they did not understand. A few caught the last ferry and arrived home in the
dark to an empty house, with no district nurse or carer told they were coming.

In February 2022 an 84-year-old man was discharged at 6pm after a fall, spent the night on a bench
in the ferry terminal because he did not want to trouble anyone, and was readmitted two days later
with pneumonia. His daughter came to our forum meeting the following month. That was the start of
Before the Last Sailing.

The scheme, agreed by the three organisations in the summer of 2022, has three parts. Islanders
are flagged on the hospital's bed management system on admission. On the day before an expected
discharge, the ward plans for the islander to leave by 2pm, with medicines and letters ready that
morning, and the island's health and social care team is told so that a nurse or carer can meet
them off the boat. If discharge by the last sailing is not possible, the person stays in hospital
until the next day, unless they choose otherwise.
"""),
        ("stakeholders", "How were patients, carers and staff involved?", """
<<P:Forum members collected the stories of 31 islanders who had been discharged from Dunmarrow in
the previous two years, and those islanders and their families then came together for an
afternoon at the village hall to agree what a good discharge should look like.>> <<P:The
daughter of the man who spent the night at the terminal helped write the one-page 'going home to
Brenna' sheet that now goes in every islander's bedside folder.>>

<<S:Ward sisters and discharge coordinators from the four wards that admit most islanders met with
the forum twice and suggested the 2pm target themselves, because they said that anything later
would always slip past the boat.>> <<S:The hospital pharmacy team changed the order in which they
dispense discharge medicines so that islanders' prescriptions are done first, after pharmacists
worked through the ferry timetable with us.>> <<S:The island's community nurses and home care
team asked to be phoned, not emailed, about each discharge, and the ward checklist now says so.>>
"""),
        ("value", "What has been the impact, and the value?", """
<<Q:The number of islanders discharged from Dunmarrow too late to catch the last ferry fell from
52 in the twelve months before the scheme to 7 in the twelve months after.>> <<Q:Readmissions
within 30 days among islanders fell from 19% to 11% over the same periods.>> The number of
islanders met off the boat by a nurse or carer on the day of discharge was 148 in the first
year.

The scheme has cost nothing beyond staff time and printing. An extra night in hospital is not
cheap, but a readmission with a fall or pneumonia costs far more, and for an older person it can
be the point at which they can no longer live at home. The ferry company has also agreed to let
islanders being discharged board first and sit near the lounge.
"""),
        ("spread", "Has the work been shared or spread?", """
Dunmarrow now uses the same approach for patients from the two smaller islands it serves, and it
has been included in the health board's discharge policy for all remote and island patients. We
have spoken at the national island health conference and been contacted by patient groups on
other islands who want to do the same.
"""),
    ],
    flags=[dict(code="missing_section", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1487  getting into the homes of people living alone in remote villages -
#        pdf - numbered questions - fire service group manager, procedural -
#        fire and rescue service with the ambulance service and a county
#        council - staff involved - NO patient involvement (people had key
#        safes fitted, village meetings that were only told, letters, a
#        survey that changed nothing)
# ---------------------------------------------------------------------------
entry(
    id="I1487", format="pdf", layout="numbered_questions", topic="remote_homes_access_key_safes",
    project="independent93-opendoor-1487", pdf_font="LiberationSans", pdf_align="J",
    title="Open Door: helping ambulance crews get into the homes of people living alone in remote villages",
    cover=[
        "Dunmoor and Vale Fire and Rescue Service (lead)",
        "With Eastmoor Ambulance Service NHS Trust and Dunmoor County Council (Adult Social Care)",
        "Submitted by the Group Manager, Prevention and Protection",
    ],
    primary_entrant=dict(name="Dunmoor and Vale Fire and Rescue Service", type="emergency_service"),
    partners=[
        dict(name="Eastmoor Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Dunmoor County Council", type="local_authority"),
    ],
    sections=[
        ("context", "1. What problem did you set out to solve?", """
In the rural north of Dunmoor many older people live alone in cottages and farmhouses several
miles from the nearest neighbour. When one of them falls, or feels chest pain, and manages to
press a pendant alarm or ring 999, the ambulance may take 45 minutes or more to get there. When it
arrives, the crew often cannot get in. The doors are locked, the person is on the floor and cannot
reach them, and there is no key safe and no neighbour with a key.

In those cases the ambulance crew calls the fire service to force entry. In remote areas our
nearest on-call crew may be 20 minutes away, and they have to be paged from their homes and
workplaces. The patient waits on the floor, and the ambulance, which may be the only one covering
a large area, waits with them. In 2022 our crews were called to help ambulance crews gain entry to
homes in the rural north 287 times.
"""),
        ("evidence", "2. What evidence is there that the work has improved safety?", """
Since April 2023 every fire service safe and well visit to a person aged over 70 living alone in
the rural north includes a question about how an ambulance crew would get in. Where there is no
key safe, and the person agrees, our advocates fit a police-approved key safe free of charge. The
code is recorded, with consent, on the ambulance service's address information system and with
the council's community alarm service, so it is given to the crew on the way.

<<Q:Calls for the fire service to force entry for the ambulance service in the rural north fell
from 287 in 2022 to 118 in 2023/24.>> <<Q:The average time from the ambulance arriving outside to
the crew reaching the patient, in calls where a key safe code was held, was 3 minutes, compared
with 24 minutes in 2022 when the fire service had to be called.>> <<Q:Repair bills for doors
damaged by forced entry, which the council pays on behalf of residents, fell by about three
quarters.>>

Over the first year, 1,046 key safes were fitted.
"""),
        ("stakeholders", "3. How were staff, patients and the public involved?", """
<<S:On-call firefighters from the four rural stations, who had carried out most of the forced
entries, helped design the safe and well question and the key safe fitting guide, and it was their
idea to fit the safe out of sight from the road but within reach of the front door.>>
<<S:Ambulance clinicians and emergency operations centre staff agreed how key safe codes would be
held and passed to crews, and changed the dispatch screen so that the code shows on the crew's
tablet, after crews told us they did not want to have to ask control over the radio.>> <<S:The
council's community alarm operators also tested the shared record with us during a three-month
trial and asked for a monthly check that codes are still correct.>>

Residents were told about the scheme through leaflets, parish magazines and talks at village halls
and coffee mornings. Every person who had a key safe fitted received a letter explaining how their
code would be stored. A satisfaction survey sent to those who had a key safe fitted showed high
satisfaction, and no changes were made.
"""),
        ("value", "4. What has been the impact and value for money?", """
Each key safe costs about £45 and takes 20 minutes to fit on a visit that was already planned. The
fire service pays for the safes from its prevention budget. Each forced entry avoided saves an on-call
crew turnout, which costs several hundred pounds, and the cost of repairing a door. Most important,
people who have fallen are reached sooner, and ambulances are freed up for the next call.
"""),
        ("spread", "5. How has the work been shared and spread?", """
The scheme has been extended to the whole county and to people under 70 who have a community alarm.
Two neighbouring fire and rescue services have asked for our fitting guide, and the ambulance service
is talking to the other fire services in its area about sharing key safe codes in the same way.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1488  medical emergencies on ferry crossings - docx - short lists -
#        PRIVATE ferry company as primary entrant (ineligible), with the
#        ambulance service and an island GP practice - passengers and staff
#        involved - ineligible only
# ---------------------------------------------------------------------------
entry(
    id="I1488", format="docx", layout="bullet_lists", topic="ferry_crossing_medical_emergencies",
    project="independent93-safecrossing-1488", docx_font="Arial",
    title="Safe Crossing: medical emergencies on board our island ferries",
    cover=[
        "Entrant: Caledon Isles Ferries Ltd",
        "Partners: North Uplands Ambulance Service NHS Trust; Tollsay Medical Practice",
        "Contact: Marine Safety Manager",
    ],
    primary_entrant=dict(name="Caledon Isles Ferries Ltd", type="private"),
    partners=[
        dict(name="North Uplands Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Tollsay Medical Practice", type="primary_care"),
    ],
    sections=[
        ("context", "Why we did this", """
Caledon Isles Ferries runs six vessels on routes of between 40 minutes and three hours to the
islands. We carry about 900,000 passengers a year, many of them older islanders travelling to
hospital appointments and, in summer, large numbers of visitors.

- there is no doctor or nurse on board, and once a ship is under way the nearest help may be an hour or more away

- crew are trained in first aid, but were unsure when to ask for advice, who to ask, and whether to turn the ship round

- messages went through the coastguard, then to the ambulance service, so by the time a clinician gave advice the details had been passed on twice

- ambulances were not always waiting at the pier when the ship arrived, and patients were sometimes taken off by crew and left with relatives

- in August 2022 a passenger collapsed with chest pain an hour out of port; the master did not know whether to turn back, the advice took over half an hour to reach the ship, and when she arrived at the island pier there was no ambulance, because the only island crew was on another call

- our own investigation found that nobody, including us, had ever agreed who was in charge of a medical emergency at sea on a short domestic route
"""),
        ("evidence", "What changed", """
- since May 2023 the bridge on every vessel can call the ambulance service's clinical hub directly on a dedicated number, and a video link is available on the three longest routes

- every vessel carries a defibrillator, oxygen and a standard medical kit checked weekly

- the clinical hub decides with the master whether to continue, divert or turn back, and books the ambulance to meet the ship

- <<Q:the average time from a crew member noticing a passenger was unwell to advice from a clinician fell from 26 minutes to 7 minutes>>

- <<Q:arrivals where the patient had to wait at the pier for more than 20 minutes for an ambulance fell from 31 in 2022 to 6 in 2023/24>>

- there were 118 medical calls from our vessels in the first year
"""),
        ("stakeholders", "Who was involved", """
- <<S:deck officers and pursers from all six vessels helped write the checklist for the bridge, and asked for the direct number to be printed on the inside of the medical kit lid>>

- <<S:paramedics in the clinical hub tested the video link on a crossing and suggested fixing the camera near the medical room door, where the signal is best>>

- <<S:GPs from Tollsay Medical Practice, who often meet the ship when the ambulance is away, agreed a handover sheet with our crews>>

- <<P:members of the Tollsay community council's health group, many of whom travel to hospital by ferry every month, told us that passengers did not know who to tell if they felt unwell, so every ship now has a notice at the information desk>>
"""),
        ("value", "Value", """
- the kits, defibrillators and video equipment cost about £41,000, paid by the company

- every unnecessary diversion or return to port avoided saves fuel, disruption to other passengers and missed connections

- for island communities, a ferry that turns back can mean a whole day's hospital appointments, deliveries and school journeys are lost

- for the ambulance service, knowing an hour in advance that a patient is on the way lets the island crew plan, rather than being pulled from another call at the last minute

- our crews say they feel far more confident now that they know exactly who to call and what to say
"""),
        ("spread", "Spread", """
- we have shared the bridge checklist with two other ferry operators in the region

- the ambulance service plans to offer the direct number to other passenger vessels
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)
