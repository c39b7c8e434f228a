"""Twenty-eighth independent evaluation set (I433..I448) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries20.py / entries26.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing real NHS teams, councils, care
providers and charities send in, in their own voices and at their own length.

Topics: children falling from windows in council tower blocks (a council public health
lead), emollient creams and fires in the homes of people who smoke (a fire and rescue
service lead), side effects of cancer immunotherapy seen in emergency departments,
wheelchair restraint in non-emergency patient transport (a private transport company as
primary entrant), delayed diagnosis of cauda equina syndrome, scalds from hot water in
supported living for people with a learning disability, blood pressure at home after
pre-eclampsia, fractures missed in minor injury units (no spread section), contaminated
blood cultures in the emergency department (departments of one trust, no partner),
overuse of psychotropic medicines in people with a learning disability, complications
after surgery abroad (with appendix), cold homes and hypothermia in older people (sections
in an unusual order), spreading dental infections in people without a dentist (no value
section), norovirus outbreaks in care homes (a private care home group as primary
entrant), keeping injured people warm between the roadside and the major trauma centre,
and crushing tablets for care home residents who cannot swallow.

Build it with

    .venv/bin/python data/independent/build.py --set 28   (writes data/corpus/independent28/)

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

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; community and mental health trusts are nhs_trust; primary care
networks, GP federations and local pharmaceutical committees are primary_care; a
national public health agency is public_other; hospices and air ambulance charities are
charity; care home and transport companies are private).
Flags are written by hand and cross-checked by build.py.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I433  children falling from windows in council tower blocks - docx - cover
#       table + bold headings - council public health registrar voice, plain -
#       council lead with acute trust (children's ED) and fire and rescue
#       service - no flags
# ---------------------------------------------------------------------------
entry(
    id="I433", format="docx", layout="bold_headings", topic="child_window_falls_high_rise",
    project="independent28-lockthewindow-433", docx_font="Arial",
    title="Lock the Window: stopping young children falling from flats in Wyrebridge",
    cover_table=[
        ("Entry title", "Lock the Window: stopping young children falling from flats in Wyrebridge"),
        ("Lead organisation", "Wyrebridge City Council (Public Health and Housing Services)"),
        ("Partner organisations", "Wyrebridge Teaching Hospitals NHS Trust (Children's Emergency Department); Wyrebridge and Dale Fire and Rescue Service"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
        ("Contact", "Public Health Registrar, Wyrebridge City Council, 0161 496 0773"),
    ],
    primary_entrant=dict(name="Wyrebridge City Council", type="local_authority"),
    partners=[
        dict(name="Wyrebridge Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Wyrebridge and Dale Fire and Rescue Service", type="emergency_service"),
    ],
    sections=[
        ("context", "Why the partnership was needed", """
Wyrebridge has 31 council-owned tower blocks and a lot of families with small children live in them.
Falls from windows are rare but when they happen they are often catastrophic. A child of two or three
can climb onto a bed or a chest of drawers under the window, push an open window and go straight out.

In the summer of 2021 our children's emergency department saw four children who had fallen from a
window in the city, two of them from council flats. One little girl aged three died. When we looked
back over five years there had been 19 such falls, mostly between May and September, mostly in
children under five, and almost all from windows that had no restrictor or where the restrictor had
been broken or taken off.

The council's housing service had a policy on window restrictors but it was not being followed
consistently. Repairs to restrictors were logged as low priority. Tenants sometimes removed them
because the flats got very hot in summer and they needed the air. The hospital saw the injuries but had
no way of telling housing. Fire crews were going into these flats regularly for home fire safety visits
and noticing broken restrictors but did not know who to tell either, and in any case were worried about
anything that might stop people escaping in a fire.

So the safety goals were: every window in a council flat above the ground floor has a working
restrictor; families understand why and have a safe way to keep their flat cool; and when a child is
hurt, or a risk is spotted, the right people find out the same day.
"""),
        ("evidence", "Evidence of improvement", """
We fitted or repaired restrictors in all 31 blocks between October 2021 and April 2023. Repairs to a
restrictor are now a 24-hour priority job.

<<Q:The proportion of windows above ground floor with a working restrictor, checked in the same sample
of 400 flats, went from 61% in the 2021 survey to 96% in the 2023 survey.>>

<<Q:Children under five seen in the emergency department after a fall from a window of a council flat
went from seven in the two summers of 2020 and 2021 to one in the two summers of 2022 and 2023.>> That
child was injured falling from a window in a relative's privately rented flat, not a council one, and
has recovered fully.

<<Q:The average time to repair a broken restrictor reported by a tenant came down from 23 days to under
two days.>>

Fire crews made 611 referrals about windows to housing in the two years, which we think shows they are
looking, although the number on its own does not tell us much.
"""),
        ("spread", "Sharing and spreading", """
The housing association that owns the other tower blocks in the city has agreed to the same 24-hour
repair standard and started its own survey in 2024. We shared our restrictor specification and the fire
crew referral form with the regional child death overview panel, which has recommended it to the other
councils in its area. A short article went in the national housing managers' journal.
"""),
        ("value", "Staff and patient experience and value for money", """
Restrictors cost between £8 and £25 each to fit. The whole programme cost the council about £140,000
over two years, most of which was labour. The lifetime care costs of a child with a serious brain
injury run into millions, and that is before the cost to the family.

Tenants have told us that the fans have made the biggest difference to them because they no longer
feel they have to choose between a safe window and a cool flat. Housing officers say they have a much
better relationship with the hospital and the fire service than before.
"""),
        ("stakeholders", "Who was involved and how", """
<<P:We held two drop-in sessions in the community rooms at Millgate and Carver House and about forty
parents came; they told us they took the restrictors off because the flats were unbearable in summer,
and that is why the scheme now includes a free electric fan for any family with children under five on
the fourth floor or above.>> <<P:A group of mothers from the Carver House toddler group chose the
wording and the cartoon on the window sticker, and rejected our first design because it made it look as
if parents were being blamed.>>

<<S:Emergency department nurses worked with our public health team to add a question to the children's
injury form, "Did the child fall from a window? If so, what address?", and asked for it to be a tick box
so it would actually get filled in at night.>> <<S:Firefighters from the three city stations met with
housing officers and agreed that restrictors with a release key, which the firefighters tested in
practice drills, met both the fall risk and the fire escape risk.>> <<S:The repairs team supervisors
suggested moving restrictor jobs into the emergency repair category, because otherwise they were always
bumped down the list.>>

The hospital's named nurse for safeguarding children chairs the steering group.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I434  emollient creams and fires in the homes of people who smoke - pdf -
#       own headings - fire service station manager voice, blunt - fire lead
#       with community trust (district nursing) and a community pharmacy
#       network - no patient involvement (residents as beneficiaries, a
#       family told about findings, leaflets handed out, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I434", format="pdf", layout="own_headings", topic="emollient_fire_risk_smokers",
    project="independent28-creamsandflames-434", pdf_font="LiberationSans", pdf_align="L",
    title="Creams and Flames: reducing fire deaths linked to emollients in Kelderby",
    cover=[
        "Kelderby Fire and Rescue Service (lead)",
        "Working with: Kelderby Community Health NHS Trust (District Nursing and Tissue Viability) and Kelderby Local Pharmaceutical Committee",
        "Written by Station Manager, Prevention, Kelderby Fire and Rescue Service",
    ],
    primary_entrant=dict(name="Kelderby Fire and Rescue Service", type="emergency_service"),
    partners=[
        dict(name="Kelderby Community Health NHS Trust", type="nhs_trust"),
        dict(name="Kelderby Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "The problem", """
Emollient creams are used by hundreds of thousands of people for dry skin, eczema, leg ulcers and
pressure area care. They soak into clothing, bedding and dressings. When that fabric is dried it does
not get rid of the residue, and it will catch fire much faster and burn much hotter than clean fabric.
If someone who uses a lot of cream on their body also smokes, or sits close to a gas fire or an open
fire, the risk is high.

Between 2019 and 2021 Kelderby Fire and Rescue Service attended three fatal fires where emollients were
found to have been a factor. All three were older people who smoked and who lived alone. Two of them
were being visited by district nurses for leg ulcers and had large amounts of paraffin-based cream
prescribed. In none of the three cases had anybody talked to them about fire.

The nurses and the pharmacists were not aware of the fire risk, or thought of it as something on the
label nobody read. We were not aware of who was using these creams because we are not told. That is
why we needed to do this together.

What we set up was simple. District nurses ask every patient prescribed emollients whether they smoke
or use a naked flame heater. If they do, they make a referral to us for a home fire safety visit, which
goes to the top of our list. Pharmacists do the same when they hand over a large amount of emollient.
On the visit our crews fit smoke alarms, fire retardant bedding and throws where needed, and talk to the
person about smoking safely.
"""),
        ("evidence", "Results", """
We compared the two years before the scheme (2020/21 and 2021/22) with the two years since (2022/23 and
2023/24).

<<Q:Referrals to us from health partners for people at risk from emollients went from 9 to 284.>>
<<Q:The number of accidental dwelling fires where emollients were found to be a factor fell from 11 to
4.>> <<Q:Deaths went from three to none.>>

<<Q:In a district nursing record audit the number of patients on emollients who had the fire question
recorded went from 4% to 71%.>>

We fitted 198 sets of fire retardant bedding in that time.
"""),
        ("spread", "Spreading the word", """
The National Fire Chiefs Council have our referral form and the crew checklist and have put them on
their website as an example. Two neighbouring fire services have copied it. The LPC has shared its
pharmacy prompt card with LPCs across the region. The community trust has now added the fire question
to its care home nursing documentation too.
"""),
        ("value", "Value", """
A fatal fire costs society over a million pounds by the government's own figures, not counting the
loss to the family. The bedding and throws cost about £90 a home and home fire safety visits are part
of what we do anyway.

Crews find the visits worthwhile because they are going to the right houses. District nurses say that
it is a relief to have somewhere to send people when they are worried about them.
"""),
        ("stakeholders", "Who was involved", """
<<S:District nurses in the Kelderby North team tried out the fire question for three months and told us
it needed to sit next to the skin assessment in the record, not in a separate safety section, or it got
missed.>> <<S:Community pharmacists on the LPC's clinical group designed the prompt card for the counter
and asked for a text-in referral route, which we set up.>> <<S:Our own watch managers changed the home
visit script after finding that people did not like being told to stop smoking, and now talk about
smoking safely instead.>>

The people who benefit from this are mostly older and many are housebound. The family of one of the
people who died in 2021 were told about the findings of the fire investigation and the changes we were
making. Leaflets were handed out in pharmacies and GP surgeries. We would like to involve people who use
emollients in reviewing the leaflet next year.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I435  side effects of cancer immunotherapy seen in emergency departments -
#       docx - numbered questions - acute oncology nurse consultant voice,
#       long and detailed - cancer centre lead with two district general
#       hospitals, the ambulance trust and a patient panel - no flags
# ---------------------------------------------------------------------------
entry(
    id="I435", format="docx", layout="numbered_questions", topic="immunotherapy_toxicity_ed",
    project="independent28-immunealert-435", docx_font="Calibri",
    title="Immune Alert: recognising and treating immunotherapy side effects wherever the patient turns up",
    cover=[
        "Entrant: Saltmarsh Bay Cancer Centre, part of Saltmarsh Bay University Hospitals NHS Foundation Trust",
        "In partnership with Ostley and Fenner Hospitals NHS Trust, Hatherby District Hospital NHS Trust, East Coast Ambulance Service NHS Trust and the Saltmarsh Bay Cancer Patient Panel",
        "Author: Nurse Consultant, Acute Oncology",
    ],
    primary_entrant=dict(name="Saltmarsh Bay University Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Ostley and Fenner Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Hatherby District Hospital NHS Trust", type="nhs_trust"),
        dict(name="East Coast Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Saltmarsh Bay Cancer Patient Panel", type="patient_group"),
    ],
    sections=[
        ("context", "1. Describe the context for the partnership, the service and its patient safety aims", """
Immunotherapy drugs, often called checkpoint inhibitors, have changed the outlook for many people with
melanoma, lung cancer, kidney cancer and several other cancers. They work by taking the brakes off the
immune system so that it attacks the cancer. The trouble is that the immune system can also attack
healthy organs. The result can be colitis, hepatitis, pneumonitis, inflammation of the thyroid, the
pituitary or the adrenal glands, and, rarely, the heart or the nerves. Some of these side effects start
months after treatment has finished.

The side effects look nothing like the ones people associate with chemotherapy. A person with
immunotherapy colitis has diarrhoea and tummy pain, and may be sent home from an emergency department
with a diagnosis of gastroenteritis. A person whose pituitary gland has stopped working may just be very
tired and have a headache. Unless the doctor knows the person has had immunotherapy, and knows what that
means, the diagnosis is missed. Treatment is usually high-dose steroids, and the earlier they are
started the better the outcome.

Saltmarsh Bay Cancer Centre gives immunotherapy to people from a population of about 1.3 million,
across a long stretch of coast. Most of our patients live closer to one of the two district general
hospitals, at Ostley and at Hatherby, than to us. When they become unwell, especially at night, they
call an ambulance or go to their nearest emergency department. Between 2019 and 2021 the number of
people on immunotherapy treated by us more than doubled, to around 900 a year.

In 2021 our acute oncology team reviewed every patient admitted with a serious immunotherapy side effect.
The findings were uncomfortable. In more than half, the first hospital contact had not recognised the
problem. In a third, the patient had been seen and sent home at least once before being admitted.
Steroids were often started more than 24 hours after arrival. Two patients died, one from colitis that
perforated, one from an adrenal crisis. Neither of those patients was seen first at the cancer centre.

We could not fix this on our own. Our acute oncology service is good at what it does, but it only sees
patients once someone has recognised that they need us. The partnership set out four aims: that every
patient on immunotherapy and every clinician who sees them knows they are on it; that the first
clinician to see them knows what to look for; that steroids, where needed, are started within the hour
for severe toxicity; and that acute oncology advice is available at all three hospitals every day.

What we put in place, in order of when it happened:

Every patient starting immunotherapy at the cancer centre is given an alert card and a patient diary,
and is talked through both by a chemotherapy nurse at the first treatment. The card stays in their
purse or wallet for a year after the last dose, because of the late side effects.

The ambulance trust added a prompt to its electronic patient record so that crews ask about cancer
treatment, and if the answer is immunotherapy, the record shows a short list of the side effects to look
out for and the acute oncology phone number.

The two district general hospitals adopted a shared emergency department guideline, with the steroid
doses written out, and a flag on their patient administration systems for anyone registered as being on
immunotherapy at the cancer centre, so that the triage nurse sees it as soon as the patient is booked in.

Acute oncology nurse cover was extended so that there is a nurse at each of the three hospitals seven
days a week, with a consultant on call at the cancer centre by phone at night and at weekends.

Finally, a shared weekly virtual meeting reviews every patient admitted with a suspected side effect at
any of the three hospitals, which means the cancer centre knows about its patients wherever they are,
and the district hospitals get specialist advice on tapering steroids and when to restart treatment.

None of this was complicated, but it needed five organisations to agree, and it took about nine months
from the first meeting to everything being in place.
"""),
        ("evidence", "2. What is the evidence of improvement in safe care as a direct result of the partnership?", """
We collected data on every patient on immunotherapy admitted to any of the three hospitals with a
suspected side effect, for the year before (2021) and for 2023. Data came from the acute oncology
records at all three hospitals and the ambulance service's patient records.

<<Q:Patients with a grade 3 or 4 side effect who received steroids within one hour of arrival went from
22% in 2021 to 74% in 2023.>> <<Q:The median time from arrival to the first steroid dose fell from 9.5
hours to 1.2 hours.>>

<<Q:The proportion of patients who had been seen and sent home at least once before admission for the
same side effect fell from 33% to 8%.>>

<<Q:Patients arriving by ambulance whose ambulance record mentioned immunotherapy rose from 19% to 81%,
which we take as a measure of the alert card being seen and used.>>

<<Q:Admissions to intensive care with immunotherapy toxicity went from 11 in 2021 to 4 in 2023, even
though the number of people on treatment grew by around 15% in that time.>> There were no deaths
attributed to a delay in recognising immunotherapy toxicity in 2023, compared with two in 2021, though
with such small numbers we do not want to overstate this.

The acute oncology advice line, which all three hospitals now use, took 1,460 calls in 2023.
"""),
        ("spread", "3. How have the achievements been applied elsewhere, and how has best practice been shared?", """
The alert card was designed locally but the regional cancer alliance has since adopted it for all
seven cancer units in the region, and it is now given out by every hospital that prescribes
immunotherapy in the alliance. The ambulance trust has added an immunotherapy prompt to its
electronic patient record, which covers its whole area, not just ours.

The emergency department guideline, the one-page "immunotherapy side effects" sheet and the education
sessions have been shared on the UK acute oncology society's website. We presented the work at two
national conferences and a poster won a prize at one of them. At least four other cancer centres have
been in touch to ask for our materials.

At Ostley, the emergency department has used the same approach for patients on newer targeted cancer
tablets, which have their own side effects.
"""),
        ("value", "4. What value has the partnership added for patients, staff and the wider system?", """
For patients, the main value is not being sent home when they are seriously ill. People on
immunotherapy often have a good quality of life and can be living with their cancer for years. A missed
colitis or adrenal crisis can take that away. Our patient panel members tell us that the card gives them
confidence to speak up in an emergency department when they feel they are not being listened to.

For emergency department staff, the side effects of these drugs were a worry because they felt out of
their depth. Doctors at Hatherby told us the one-page sheet is the thing they reach for. Acute oncology
nurses at the two district hospitals say they are called earlier, when there is still time to act.

In terms of cost, an intensive care bed costs roughly £2,000 to £3,000 a day and immunotherapy patients
admitted to intensive care often stay for over a week. The partnership has been delivered mostly within
existing budgets. The cancer alliance funded a band 7 acute oncology nurse at Hatherby for two years at
a cost of about £120,000, and the cards and sheets cost less than £4,000 to print.
"""),
        ("stakeholders", "5. Who was involved and how? How were patients and staff involved?", """
<<PS:The partnership has a steering group that meets every two months, with the acute oncology leads from
all three hospitals, an emergency department consultant from each, a paramedic from the ambulance trust's
clinical team and two members of the patient panel.>>

<<P:Patients who had been through an immunotherapy side effect told us their stories at a workshop in
2022, and several described showing a paper letter to a receptionist that was never passed on.>> <<P:That
is why the alert card is the size of a bank card, has a bright orange stripe, and says in large letters
"I am on immunotherapy - side effects can be serious - contact acute oncology", with the phone number.>>
<<P:Members of the patient panel tested three versions of the card and also wrote the short patient
diary that asks people to record bowel movements every day during the first three months.>> <<P:Two
panel members sit on the steering group and they review every serious incident summary with us.>>

<<S:Emergency department doctors and nurses from Ostley and Hatherby helped write the guideline and
insisted that it fit on one side of paper, with the dose of steroid written out rather than a link to
another guideline.>> <<S:Paramedics from the ambulance trust's clinical development team worked with
us on what to add to the patient record, and they suggested asking "Are you on any cancer treatment,
including injections or drips?" because many patients do not use the word immunotherapy.>>
<<S:Acute oncology nurses from all three hospitals agreed a shared triage tool, and the version we use
now came from the Ostley nurses, who had already adapted the national tool for immunotherapy.>>
<<S:Emergency department pharmacists asked for steroid stock to be kept in the resuscitation area so
that there was no delay in getting it from the pharmacy, which has happened at all three hospitals.>>

We have also trained about 600 staff across the three hospitals in recognising immunotherapy side
effects.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I436  wheelchair restraint in non-emergency patient transport - pdf - caps
#       headings - PRIVATE patient transport company as primary entrant
#       (ineligible) - operations director voice, a bit salesy - partners
#       acute trust and ICB - P and S present, Q present
# ---------------------------------------------------------------------------
entry(
    id="I436", format="pdf", layout="caps_headings", topic="wheelchair_restraint_patient_transport",
    project="independent28-secureride-436", pdf_font="DejaVuSans", pdf_align="L",
    title="Secure Ride: safer wheelchair journeys in non-emergency patient transport",
    cover=[
        "Entrant: Meridian Patient Transport Ltd",
        "Partners: Brackwater General Hospital NHS Trust; NHS Brackwater and Dunmere Integrated Care Board",
        "Submitted by the Operations Director, Meridian Patient Transport Ltd",
    ],
    primary_entrant=dict(name="Meridian Patient Transport Ltd", type="private"),
    partners=[
        dict(name="Brackwater General Hospital NHS Trust", type="nhs_trust"),
        dict(name="NHS Brackwater and Dunmere Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "CONTEXT", """
Meridian Patient Transport has held the non-emergency patient transport contract for Brackwater and
Dunmere since 2020. We carry around 140,000 patients a year to and from outpatient appointments,
dialysis, chemotherapy and hospital discharges. About a quarter travel in their own wheelchair.

Travelling in a wheelchair in a vehicle is safe if the wheelchair is properly secured with four
restraint straps to the floor of the vehicle and the person wears a separate lap and diagonal belt.
In 2021 we had a number of incidents where wheelchairs tipped or moved in transit, including one where
a dialysis patient fell forwards out of his chair when the vehicle braked and broke his wrist. Our
investigation found several problems. Some wheelchairs, particularly older ones and some lightweight
models bought privately, did not have proper anchor points. Crews were not always sure where to attach
the straps. And we had no way of knowing what type of chair a patient would be in before we arrived,
so crews could not plan.

The hospital's wheelchair service holds information about every NHS-issued chair, and the ICB
commissions both the wheelchair service and us, so we went to them.

Our safety goals were straightforward. We wanted no patient to be injured because a wheelchair moved
during a journey, every crew to know before they arrive whether a chair is safe to travel in, and no
patient to be left at home and miss a dialysis session or a chemotherapy appointment because their chair
could not be secured on the day. We also wanted to stop the arguments at the kerbside between crews,
patients and ward staff about whether a chair was safe, which were upsetting for everyone and often
delayed discharges by hours.
"""),
        ("evidence", "EVIDENCE OF IMPROVEMENT", """
The changes we made were: the booking form now asks for the wheelchair type, and the wheelchair
service shares its records with our booking team so this can be checked; every NHS wheelchair that is
suitable for travel has a yellow "transit approved" tag showing where to attach the straps; patients in
unsuitable chairs are moved to one of our transit chairs; and all our crews have had practical training.

<<Q:Incidents where a wheelchair moved or tipped during a journey fell from 27 in 2021/22 to 6 in
2023/24.>> <<Q:Injuries to patients in wheelchairs during transport went down from nine to one.>>
<<Q:In our spot checks of crews at hospital entrances, the proportion of wheelchairs correctly secured at
all four points rose from 63% to 97%.>>

Over 4,800 chairs have now been tagged.
"""),
        ("spread", "SPREAD AND SHARING", """
We are introducing the same booking questions and tags in the two other contracts we hold in the South
West. The hospital wheelchair service has shared the tagging process with the regional wheelchair
services network.
"""),
        ("value", "VALUE", """
The tags cost 40p each. The transit chairs cost about £600 each and we bought 30. Fewer injuries mean
fewer hospital attendances, and fewer delays to appointments. Our crews say they feel more confident,
and patients tell us they feel safer.
"""),
        ("stakeholders", "STAKEHOLDER INVOLVEMENT", """
<<P:Regular dialysis patients who travel with us three times a week told us at a meeting in the renal
unit that they were often moved into a transit chair without being asked, and it was uncomfortable for
long journeys, so we changed the policy so that the patient is asked first and the reason explained.>>
<<P:A wheelchair user from the hospital's patient experience group helped us design the tag and the
leaflet about travelling safely.>>

<<S:Our ambulance care assistants, who do the work every day, tested the tags for three months and
suggested the colour should match the anchor points on the chair.>> <<S:Wheelchair service technicians
at the hospital checked the chair models and drew up the list of which ones were safe for transit.>>
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I437  delayed diagnosis of cauda equina syndrome - pdf - two column -
#       consultant spinal physiotherapist voice - acute trust lead with a GP
#       federation and the ambulance trust's 111 service - no flags
# ---------------------------------------------------------------------------
entry(
    id="I437", format="pdf", layout="two_column", topic="cauda_equina_delayed_diagnosis",
    project="independent28-redflagback-437", pdf_font="LiberationSans",
    title="Red Flag Back Pain: faster recognition and scanning for suspected cauda equina syndrome",
    cover=[
        "Elmswick Hospitals NHS Foundation Trust (Spinal Service) with Elmswick GP Federation and Northdale Ambulance Service NHS Trust (NHS 111 and Clinical Assessment Service)",
        "Author: Consultant Physiotherapist, Spinal Triage",
    ],
    primary_entrant=dict(name="Elmswick Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Elmswick GP Federation", type="primary_care"),
        dict(name="Northdale Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "Background and aims", """
Cauda equina syndrome happens when the nerves at the bottom of the spinal cord are squashed, usually by
a large disc bulge. It is rare, but if the nerves are not freed by surgery quickly the person can be
left with permanent loss of bladder, bowel and sexual function. It is one of the commonest reasons for
negligence claims against the NHS and each case is a life changed.

The difficulty is that back pain is very common and cauda equina is not. The warning signs, such as
numbness around the back passage or genitals, or new problems passing urine, are embarrassing for people
to talk about and are often not asked about. People with back pain are seen by GPs, first contact
physiotherapists in GP practices, NHS 111, out of hours doctors and emergency departments, and in 2021
each of these had its own way of handling a possible case.

Our spinal service reviewed 38 confirmed cases from 2019 to 2021. In 14 the person had told a clinician
about at least one warning sign more than 48 hours before they were scanned. In 6 they had been told
to go to the emergency department, had waited for hours, and gone home before being seen.

The partnership agreed one pathway for the whole area. Any clinician, including 111 call handlers
following the clinical assessment service's script, who finds a warning sign refers straight to the
on-call spinal team by one phone number. The spinal team decides on an emergency MRI scan within four
hours, which the radiology department has agreed to prioritise day and night. Every person with back
pain seen in primary care is given a small card listing the warning signs.
"""),
        ("evidence", "Evidence of improvement", """
We compared 2021 with 2023 using spinal service and radiology records.

<<Q:The median time from first contact with a warning sign to MRI fell from 31 hours to 5 hours.>>
<<Q:Patients with suspected cauda equina who were scanned within four hours of reaching the hospital
rose from 38% to 86%.>> <<Q:People who left the emergency department before being seen, and later had
confirmed cauda equina, went from six to none.>>

<<Q:Of those with confirmed compression, the proportion operated on while their bladder was still
working normally rose from 45% to 70%.>> This is the outcome that matters most, as it predicts how well
people recover.

The number of emergency MRI scans for suspected cauda equina rose from 420 to 610 a year, and about 5%
show compression.
"""),
        ("stakeholders", "Involving people", """
<<P:Four people who had been left with long-term effects from cauda equina syndrome, contacted through a
national charity, helped write the warning sign card and asked us to use everyday words like "numb
when you wipe" instead of "saddle anaesthesia".>> <<P:They also recorded short videos about their
experience that are used in staff training.>>

<<S:First contact physiotherapists from the GP federation tested the referral phone line for two months
and asked for a simple checklist, which the spinal team wrote with them.>> <<S:NHS 111 clinical
advisers told us their script did not ask about bladder or bowel problems directly, and the question was
added to the clinical assessment service's back pain script.>> <<S:Radiographers agreed the four hour
standard with the spinal team and suggested a short protocol scan, which takes 15 minutes instead of 40.>>
"""),
        ("value", "Value", """
The card cost £2,000 to print for the whole area. A single cauda equina claim can cost the NHS over £1
million. More scans have cost more, but most of this was absorbed by using the short protocol.
Physiotherapists and GPs tell us they are less anxious about back pain because they know exactly what
to do, and patients with the card tell us they know when to worry.
"""),
        ("spread", "Spread", """
The pathway has been adopted by the neighbouring trust and its GP practices. We have shared the card
with the regional spinal network, and the 111 script change is now used across the whole ambulance
trust's area.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I438  scalds from hot water in supported living for people with a learning
#       disability - docx - style headings - council commissioning officer
#       voice, a bit clumsy - council lead with a community LD health team
#       (community trust) and a care provider charity - no quantitative
#       evidence (a count of valves, an audit with no baseline, a target,
#       incidents that did not change) - no staff involvement (staff
#       trained, a named lead writing the checklist, managers informed) -
#       a self-advocacy group took part
# ---------------------------------------------------------------------------
entry(
    id="I438", format="docx", layout="style_headings", topic="scalds_supported_living_ld",
    project="independent28-safewater-438", docx_font="Calibri",
    title="Safe Water at Home: preventing scalds for people with learning disabilities in supported living",
    cover=[
        "Lead: Sandeford Borough Council, Adult Social Care Commissioning",
        "Partners: Sandeford and Rothwick Community NHS Trust (Community Learning Disability Team) and Hollybank Living (registered charity, supported living provider)",
        "Contact: Commissioning Officer, Learning Disabilities",
    ],
    primary_entrant=dict(name="Sandeford Borough Council", type="local_authority"),
    partners=[
        dict(name="Sandeford and Rothwick Community NHS Trust", type="nhs_trust"),
        dict(name="Hollybank Living", type="charity"),
    ],
    sections=[
        ("context", "Why we needed to do this", """
In Sandeford around 260 adults with learning disabilities live in supported living. This means they
have their own tenancy in a flat or a shared house, and support staff come in to help them, sometimes
24 hours a day and sometimes for a few hours a week. Unlike a care home, these are people's own homes,
and they are not covered by the same rules about hot water.

Hot water from a tap at 60 degrees can cause a full thickness burn in less than ten seconds. People with
learning disabilities may not feel heat in the same way, especially if they also have epilepsy or take
certain medicines, and some cannot get out of a bath on their own if it is too hot. In 2022 a man in
his forties living in a shared house in Sandeford ran a bath and got into it when it was far too hot.
He had serious burns to his legs and spent six weeks in the regional burns unit. The support worker had
left him to run his bath, as was written in his support plan, because he wanted privacy.

When we looked into it, there was no rule about who was responsible for making sure the water was safe.
The landlords said it was for the care provider. The care providers said it was the landlord's
property. The council commissions the support and the community learning disability team writes health
action plans, but neither had ever checked.

So we agreed with the community trust's learning disability team and Hollybank Living, the biggest
provider locally, a shared approach. Every supported living property we commission must have
thermostatic mixing valves on baths and basins used by tenants at risk. The community learning disability
nurses do a scald risk assessment as part of each tenant's health check. And support plans set out how
the person can have privacy while still being safe, for example a bath thermometer with a colour
change.
"""),
        ("evidence", "What has improved", """
Since the start of 2023, valves have been fitted in 74 properties, and we now have a list of all
properties and whether they have valves, which we did not have before.

The community learning disability nurses have done a scald risk assessment with 198 tenants.

An audit by Hollybank in March 2024 found that 88% of the support plans it checked included a section
on bathing and hot water.

There were two scald incidents reported in supported living in 2023, the same as in 2022, but neither
was serious. We want to have no scalds needing hospital treatment by 2025.
"""),
        ("spread", "How it has spread", """
The new requirement for mixing valves is in our supported living contract for all providers from April
2024, not just Hollybank. We have shared the scald risk assessment with the other councils in the county
through the commissioners' network and one of them is now using it. We also talked about it at a
regional safeguarding adults board event.
"""),
        ("value", "Value for money and experience", """
A thermostatic mixing valve costs around £150 to £250 to fit. Compared to the cost of a six week stay
in a burns unit and months of dressings, this is very good value. More important is the harm to the
person.

Tenants have been able to keep their privacy, which was something we were worried about losing. Families
have told us they feel reassured.
"""),
        ("stakeholders", "Involvement", """
<<P:Members of Speak Up Sandeford, the local self-advocacy group for people with learning disabilities,
told us that they did not want support workers standing in the bathroom with them, and they helped us
make an easy read guide to using a bath thermometer, with photos that they chose.>> <<P:The man who was
burned and his sister agreed to talk to the group, and they asked that the guide says it is fine to
ask for help with the taps.>>

All Hollybank support workers have been trained on hot water safety. The scald risk assessment was
written by the lead nurse for the community learning disability team, Carol Hemmings. The other care
providers were informed by letter about the contract change. We would like to do more with support
workers when we review it next year.
"""),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I439  blood pressure at home after pre-eclampsia - pdf - rubric headings -
#       obstetric physician and midwife joint voice - acute trust maternity
#       lead with PCN and the local MNVP - no flags
# ---------------------------------------------------------------------------
entry(
    id="I439", format="pdf", layout="rubric_headings", topic="postnatal_hypertension_home_monitoring",
    project="independent28-afterthebirth-439", pdf_font="LiberationSerif",
    title="After the Birth: safe monitoring of high blood pressure at home after pre-eclampsia",
    cover=[
        "Lead entrant: Tarrowden Hospitals NHS Foundation Trust (Maternity Services)",
        "Partners: Tarrowden Riverside Primary Care Network; Tarrowden Maternity and Neonatal Voices Partnership",
        "Prepared by the Obstetric Physician and the Lead Midwife for Postnatal Care",
    ],
    primary_entrant=dict(name="Tarrowden Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Tarrowden Riverside Primary Care Network", type="primary_care"),
        dict(name="Tarrowden Maternity and Neonatal Voices Partnership", type="patient_group"),
    ],
    sections=[
        ("context", "Context: why was the partnership needed, and what were its safety goals?", """
Pre-eclampsia and high blood pressure in pregnancy affect about one in ten women who give birth in
Tarrowden, around 480 women a year. People often think the danger is over once the baby is born, but
blood pressure often peaks three to six days after the birth, by which time most women are at home.
Very high blood pressure in this period can cause a stroke. Women also go home on blood pressure tablets
which need to be reduced and stopped as things settle, and if that does not happen they can end up with
dizziness and falls while looking after a new baby, or stay on tablets for months that they did not need.

Before 2022 women were discharged with a letter asking their GP to check their blood pressure. In
practice, appointments were hard to get, community midwives were often not told, and we found several
women who were still on two or three tablets six months later. In 2021, two women in Tarrowden were
readmitted with blood pressure high enough to risk a stroke, one of them eleven days after the birth,
having not had a blood pressure check since discharge.

With the PCN and the MNVP we designed a shared home monitoring pathway. Women are given a validated blood
pressure monitor before they leave hospital and shown how to use it. They send their readings twice a day
through a simple text message system, and the readings are reviewed every day by a midwife for the first
ten days. After that the care passes to the PCN's clinical pharmacists, who reduce and stop tablets
using an agreed plan, and do a six to eight week review. Any reading above the set limit prompts a call
from a midwife the same day.
"""),
        ("evidence", "Evidence: what improvements in safe care have resulted directly from the partnership?", """
We compared the 12 months before (2021) with 2023.

<<Q:Readmissions with severe postnatal hypertension fell from 14 to 4.>> <<Q:The proportion of women
whose blood pressure medication had been reviewed by eight weeks after birth rose from 29% to 91%.>>
<<Q:Women still taking blood pressure medication at three months, where it was no longer needed, fell
from 41 to 9.>> <<Q:Postnatal blood pressure checks missed in the first week went down from around one in
three to fewer than one in twenty.>>

Nearly 1,000 women have used the pathway since it started.
"""),
        ("spread", "Spread: how have achievements been applied elsewhere and best practice shared?", """
The local maternity and neonatal system has adopted the pathway for all three of its maternity units.
We have shared the pharmacist reducing plan through the national obstetric medicine network and
presented the work at the regional maternity safety conference.
"""),
        ("value", "Value: staff and patient experience and value for money", """
The monitors cost about £25 each and women keep them, which many tell us they use afterwards to keep an
eye on their blood pressure for the long term, as they are at higher risk of heart disease later in
life. Each readmission avoided saves at least two nights on the maternity ward and, more importantly,
keeps a mother at home with her baby.

Midwives say they feel they have more control, and GP practices say the pharmacist reviews have taken a
load off their appointments.
"""),
        ("stakeholders", "Stakeholders: who was involved and how, including patients and staff?", """
<<P:The MNVP ran an online survey and two coffee mornings for women who had had pre-eclampsia, and what
they told us changed the design: they did not want to download an app, which is why readings are sent
by ordinary text message.>> <<P:Three mothers tested the monitor instructions and the text messages with
us, and asked that the messages say what to do if a reading is high in words, not numbers.>>

<<S:Community midwives worked with us to set the limits for when a reading triggers a call, and asked
for the daily review to happen before midday so they could plan their visits.>> <<S:The PCN clinical
pharmacists wrote the step-down plan with our obstetric physicians, and it was their suggestion to phone
women at week two rather than wait for the six week check.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I440  fractures missed in minor injury units - docx - form table - short -
#       community trust urgent care lead voice - community trust with acute
#       trust radiology - NO spread section - no patient involvement (patients
#       recalled, a complaint, patients informed)
# ---------------------------------------------------------------------------
entry(
    id="I440", format="docx", layout="form_table", topic="missed_fractures_minor_injury_units",
    project="independent28-secondlook-440", docx_font="Calibri",
    title="Second Look: fewer missed fractures in community minor injury units",
    cover_table=[
        ("Entry title", "Second Look: fewer missed fractures in community minor injury units"),
        ("Organisation", "Dunmere Community Health NHS Trust (Urgent Care Services)"),
        ("Partner", "Penrose Vale University Hospitals NHS Trust (Department of Radiology)"),
        ("Contact name", "Lead Nurse, Minor Injury Units"),
    ],
    primary_entrant=dict(name="Dunmere Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Penrose Vale University Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and the safety goals", """
We run four nurse-led minor injury units in market towns across Dunmere. Between them they see about
52,000 people a year, and around 14,000 have an X-ray. The X-rays are taken in our own units by
radiographers employed by the acute trust, and the emergency nurse practitioners look at the images
and decide on treatment. A radiologist at the acute trust then writes the formal report, but in 2021 this
could take up to three weeks.

Nurse practitioners are good at reading X-rays of wrists and ankles, but some fractures are hard to see,
such as scaphoid fractures in the wrist, small fractures around the elbow in children, and fractures of
the base of the fifth toe. If they are missed people can end up with long-term problems. In 2021 we had
36 missed fractures that were found only when the radiology report came back, and several patients had
to be recalled weeks later. One young man needed surgery on his wrist that might have been avoided.

The acute trust and ourselves agreed that reporting radiographers at the trust would give a "second
look" at every minor injury unit X-ray within 24 hours, and phone the unit directly if they saw something
that had been missed. We also set up monthly joint image review sessions.

The safety goals we agreed were: fewer fractures missed at the first visit; any fracture that is missed
picked up within a day, not weeks, so that the patient can be brought back before the bone starts to
heal in the wrong position; and nurse practitioners learning from every miss rather than only hearing
about it months later in a complaint. Neither organisation could do this alone. We do not employ
radiologists or reporting radiographers, and the acute trust had no way of getting a result back to a
nurse in a small unit thirty miles away other than a letter to the GP.
"""),
        ("evidence", "What is the evidence of improvement in safe care?", """
<<Q:Missed fractures identified after the patient had left the unit fell from 36 in 2021 to 11 in
2023.>> <<Q:The median time from X-ray to a report fell from 9 days to under 24 hours.>> <<Q:Patients
recalled more than a week after their visit went from 41 to 3.>>

Our nurse practitioners' agreement with the radiographers' reports is now measured every month.
"""),
        ("value", "What value has it added for staff, patients and money?", """
The second look service is funded within the existing radiology contract. Recalling patients and
dealing with complaints and claims costs a lot more. Our nurse practitioners tell us that they feel
supported and are learning from the image review sessions, and some have gone on to do further
training in image interpretation. Being phoned the next day about a missed fracture is not easy, but staff say it is much better than
finding out from a complaint.
"""),
        ("stakeholders", "Who was involved and how?", """
<<S:Emergency nurse practitioners from all four units chose the injuries that would be discussed in the
monthly image reviews and asked for them to be held online at lunchtime so that staff in the smaller
units could join.>> <<S:Reporting radiographers suggested a simple phone script and a coloured flag on
the radiology system so that a missed fracture could not be overlooked.>>

Patients who had been recalled were contacted by phone and sent a letter explaining what had happened. We
had a complaint from one patient's family in 2021, which we responded to. All patients are told at the
unit that their X-ray will be checked by a specialist.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="spread"),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I441  contaminated blood cultures in the emergency department - pdf - no
#       headings - ED sister voice, chatty - emergency department and the
#       trust's own microbiology laboratory and infection prevention team
#       (departments of one trust, no partner: ineligible) - no patient
#       involvement - staff took part
# ---------------------------------------------------------------------------
entry(
    id="I441", format="pdf", layout="no_headings", topic="blood_culture_contamination_ed",
    project="independent28-cleanculture-441", pdf_font="LiberationSans", pdf_align="L",
    title="Clean Culture: reducing contaminated blood cultures in our emergency department",
    cover=[
        "Rothwick General Hospital NHS Trust",
        "A partnership between the Emergency Department, the Microbiology Laboratory and the Infection Prevention and Control Team",
        "Written by a Senior Sister, Emergency Department",
    ],
    primary_entrant=dict(name="Rothwick General Hospital NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", None, """
Blood cultures are taken when we think someone might have an infection in their bloodstream, such as
sepsis. In our emergency department we take around 11,000 sets a year. If bacteria from the skin get
into the bottle while the blood is being taken, the test grows something that was never in the patient's
blood. This is called contamination. It sounds like a lab problem but it is really a patient safety
problem. People with a contaminated culture often get antibiotics they do not need, sometimes
vancomycin through a drip for days, their stay in hospital is longer, and they get more tests. Every
time we give antibiotics we do not need we are adding to resistance and to the risk of things like
C. difficile.

The national standard is for contamination to be under 3%. In 2021 ours was running at about 7%, one of
the highest in the region. The microbiologists had been telling us this for a while but it never got
anywhere, because the lab could see the results but not who took the sample, and we in the department
did not see the results at all once the patient had gone up to the ward.

We agreed to work on it together, the three departments: the emergency department, microbiology, and
infection prevention. We looked at how cultures were being taken and found lots of variation. Some
people used the cannula they had just put in, some cleaned the skin but then touched it again to find
the vein, some did not clean the tops of the bottles. And in a busy department, blood cultures were
often taken by whoever had a spare minute.

So we brought in a blood culture pack, with everything needed in one place including a chlorhexidine
applicator and bottle top wipes, and a step-by-step card. We set up a small group of "culture
champions" on each shift. The lab now sends us a monthly report of contaminated cultures by the staff
number of the person who took the sample, so that each person gets their own feedback privately, and
the department gets its overall rate on the board in the staff room.
"""),
        ("evidence", None, """
<<Q:Our contamination rate went from 7.1% in 2021 to 2.6% in 2023.>> <<Q:This meant that the number of
contaminated sets fell from about 780 a year to about 290.>> <<Q:Patients with a contaminated culture who
were started on vancomycin fell from 112 to 31.>>

The rate has stayed below 3% for eleven months in a row now, and we are proud of that.
"""),
        ("stakeholders", None, """
<<S:The pack was designed by our healthcare assistants and nurses together with the infection
prevention nurses, and the first version was changed after the HCAs tested it and found the
chlorhexidine applicator was too small for larger arms.>> <<S:The culture champions, who are nurses and
HCAs from every shift, decided that feedback to staff should be private and not named on a board, and
that is what happens.>> <<S:Biomedical scientists in the lab suggested adding the staff number field on
the request form, which made the individual feedback possible.>> <<S:Junior doctors asked to be included
after the first three months, and they wrote their own version of the step card for the doctors'
induction.>>
"""),
        ("value", None, """
Each contaminated culture has been estimated to cost several thousand pounds, mostly in extra bed days
and unnecessary antibiotics. The packs cost a few pounds each, which is more than the bits cost
separately, but it has more than paid for itself.

Staff say they feel they are doing things properly. Several of the champions have gone on to other
improvement projects. I honestly think this has done more for how the department and the lab get on than
anything else in the years I have been here.
"""),
        ("spread", None, """
The acute medical unit and the children's emergency department have started using the same pack and
the same monthly feedback. Our microbiology consultant presented it at the regional infection network,
and two other trusts have asked for our step card.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I442  overuse of psychotropic medicines in people with a learning
#       disability - docx - bullet lists - ICB programme manager voice, long -
#       ICB lead with community trust LD team, a self-advocacy charity,
#       a community pharmacy LPC and care providers' forum - no flags
# ---------------------------------------------------------------------------
entry(
    id="I442", format="docx", layout="bullet_lists", topic="psychotropic_overmedication_learning_disability",
    project="independent28-rightmeds-442", docx_font="Arial",
    title="Right Meds, Right Reasons: reducing inappropriate psychotropic medicines for people with a learning disability or autism",
    cover=[
        "Lead organisation: NHS Hatherby and Elmswick Integrated Care Board (Learning Disability and Autism Programme)",
        "Partner organisations:",
    ],
    cover_bullets=[
        "Hatherby Partnership NHS Foundation Trust (Community Learning Disability Teams)",
        "Voices Together Hatherby (self-advocacy charity run by and for people with a learning disability)",
        "Hatherby and Elmswick Local Pharmaceutical Committee",
        "Hatherby Care Providers Forum",
    ],
    primary_entrant=dict(name="NHS Hatherby and Elmswick Integrated Care Board", type="icb"),
    partners=[
        dict(name="Hatherby Partnership NHS Foundation Trust", type="nhs_trust"),
        dict(name="Voices Together Hatherby", type="charity"),
        dict(name="Hatherby and Elmswick Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Hatherby Care Providers Forum", type="independent_care"),
    ],
    sections=[
        ("context", "Context", """
- Every day in England, around 30,000 to 35,000 adults with a learning disability, autism or both are taking psychotropic medicines (antipsychotics, antidepressants, sleeping tablets) when they do not have the mental health condition the medicine is meant for. Often they were started years ago because of behaviour that others found challenging.

- These medicines can cause serious harm when used for a long time: weight gain, diabetes, heart problems, drowsiness leading to falls and choking, constipation, and in some people shortened lives.

- The national programme STOMP (stopping over-medication of people with a learning disability, autism or both) has been running since 2016, but progress in our area had been slow.

- In 2021 we searched GP records across Hatherby and Elmswick. Of 3,900 adults on the learning disability register, 1,140 were prescribed an antipsychotic, and in more than 700 of them there was no record of a diagnosis of psychosis or other condition the drug is licensed for.

- Many had not had a medication review for more than two years. Their GP often assumed the psychiatrist was reviewing it, the psychiatrist had discharged them years ago, and the care provider just gave what was on the chart.

- Learning from deaths reviews (LeDeR) in our area had highlighted antipsychotics as a possible factor in at least four deaths from pneumonia and bowel obstruction since 2019.

What we wanted to achieve:

- every person on a psychotropic medicine without a clear reason has a structured review involving them, their family and their support staff;

- where it is safe, medicines are reduced slowly, with support for the person and the people around them;

- community pharmacists and care staff know what to look out for, including side effects and signs that a reduction is not going well;

- people and families understand their medicines and feel able to ask questions.

How the partnership works:

- the ICB funds two specialist learning disability pharmacists who work within the community learning disability teams;

- GP practices receive a list of their patients for review, and the pharmacists carry out the reviews jointly with the practice or the community team psychiatrist;

- positive behaviour support practitioners from the community team work with care providers so that other ways of supporting the person are in place before any reduction;

- community pharmacies offer a new medicine service style follow-up at two and six weeks after a change;

- Voices Together runs "Know Your Meds" sessions for people with learning disabilities and their families.
"""),
        ("evidence", "Evidence of improvement", """
Figures compare March 2021 with March 2024, from GP clinical system searches across all 58 practices:

- <<Q:adults on the learning disability register prescribed an antipsychotic fell from 1,140 to 842, a fall of 26%>>

- <<Q:people on an antipsychotic with no recorded indication fell from 712 to 388>>

- <<Q:people on two or more psychotropic medicines at the same time fell from 406 to 259>>

- <<Q:the proportion of people on a psychotropic medicine who had a documented medication review in the last 12 months rose from 34% to 82%>>

- <<Q:among 210 people whose antipsychotic was stopped or reduced, average weight fell by 3.1 kg over a year>>

Other figures:

- the pharmacists completed 1,020 structured reviews

- 41 reductions were paused or reversed, which we expected and see as part of doing this safely

- we are now measuring admissions for constipation and aspiration pneumonia in this group, and will report these in 2025
"""),
        ("spread", "Spread and sharing", """
- the review template and the easy read medicine leaflets are on the national STOMP network website

- the neighbouring ICB has funded its own learning disability pharmacist post based on our model

- we have presented at the national learning disability nursing conference and the regional medicines optimisation network

- the care providers forum has written the STOMP checklist into its members' induction training

- the LPC has shared its pharmacy follow-up guide with the four other LPCs in the region
"""),
        ("value", "Value", """
- the two pharmacist posts cost about £130,000 a year

- the medicines savings were around £90,000 a year by 2024, although saving money was never the aim

- fewer side effects should mean fewer hospital admissions and falls, and we are measuring this

- <<P:several people who came off antipsychotics have told us at Voices Together sessions that they feel more awake, and one man said he could now go to football again because he did not fall asleep in the afternoon; this feedback was used by the pharmacists to write the "what might change" section of the review letter>>

- support workers say they understand why the person is on each medicine for the first time

- families feel they were listened to
"""),
        ("stakeholders", "Stakeholders", """
- <<P:Voices Together members co-designed the review with the pharmacists, and insisted that the person is always asked first, in their own words, how they feel about each medicine>>

- <<P:they also wrote and illustrated the easy read leaflets about each group of medicines, and tested them at two of their groups>>

- <<P:two family carers sit on the programme board, and it was a mother's idea that families get a copy of the review plan at the same time as the GP>>

- <<S:care providers forum members, including registered managers and senior support workers, helped design the "how is it going?" observation chart that support staff fill in after a dose change>>

- <<S:community pharmacists asked for a shared email so that they could tell the learning disability pharmacists if someone did not collect their prescription or seemed unwell>>

- <<S:GPs from three practices piloted the review process and asked for it to be done in the practice, with the GP present, rather than in a separate clinic>>

- <<S:positive behaviour support practitioners changed the order of the process so that the behaviour support plan is reviewed before any medicine is reduced>>

- the ICB's learning disability and autism programme board has oversight of the work
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I443  complications after surgery abroad - pdf - with appendix - consultant
#       general surgeon voice, a bit dry - acute trust lead with ICB and a
#       university public health department - no staff involvement (staff
#       informed, a named lead, a survey that changed nothing, plans) -
#       patients took part
# ---------------------------------------------------------------------------
entry(
    id="I443", format="pdf", layout="with_appendix", topic="complications_surgery_abroad",
    project="independent28-homesafe-443", pdf_font="LiberationSerif",
    title="Home Safe: a shared pathway for people who come home with complications after surgery abroad",
    cover=[
        "Lead entrant: Ostley and Fenner Hospitals NHS Trust (General Surgery and Plastic Surgery)",
        "Partners: NHS Ostley and Fenner Integrated Care Board; University of Fenner, Department of Public Health",
        "Written by a Consultant General and Bariatric Surgeon",
    ],
    primary_entrant=dict(name="Ostley and Fenner Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="NHS Ostley and Fenner Integrated Care Board", type="icb"),
        dict(name="University of Fenner", type="university"),
    ],
    sections=[
        ("context", "Background", """
More and more people travel abroad for weight loss surgery and cosmetic surgery, mostly because it is
cheaper or quicker than in the UK. Most come back well. A minority come back with infected wounds,
leaks from the stomach after a sleeve gastrectomy, blood clots, or problems from procedures such as
"Brazilian butt lifts" that we very rarely see in the NHS. Many arrive with no operation notes, no
information about what was done or what antibiotics they had, and sometimes they have been told by the
clinic abroad not to see an NHS doctor.

In 2021 and 2022 our trust treated 61 people who had complications after surgery abroad. Four needed
intensive care and one died from a leak after a gastric sleeve that was not recognised in time by her
GP and an out of hours service, because nobody knew she had had the operation a week before. Other
patients were seen by the wrong team, moved between surgery and plastics, or had their antibiotic
choice made without any information about what had been given abroad.

We worked with the ICB and the University of Fenner's public health department to set up a clear
pathway. There is one referral route through the surgical assessment unit for anyone with problems
after surgery abroad. A named consultant from either general surgery or plastic surgery takes ownership
depending on the procedure. GP practices have a simple alert and information sheet. And a register, held by the university, records who is coming back and with what.
"""),
        ("evidence", "Results", """
We compared the 2021-22 patients with those seen in 2023-24 (definitions in the appendix).

<<Q:The median time from arrival at hospital to review by a consultant from the right specialty fell
from 19 hours to 4 hours.>> <<Q:Patients transferred between surgical specialties during their stay
fell from 22 of 61 to 5 of 73.>> <<Q:The number of patients who needed intensive care went down from four
to two, despite more patients being seen.>>

<<Q:The proportion of patients for whom we were able to get some record of the operation from the clinic
abroad rose from 18% to 52%, after a standard request letter in five languages was introduced.>>
"""),
        ("stakeholders", "Stakeholder involvement", """
<<P:Eight people who had had complications after surgery abroad were interviewed by the university team,
and what they told us, that they were ashamed and did not want to be "told off" by NHS staff, led us to
rewrite the GP information sheet so it begins by saying people will be treated without judgement.>>
<<P:Two of those patients reviewed the patient leaflet "Before you go", and asked for a checklist of
questions to ask a clinic abroad, which is now on the back.>>

GP practices were informed about the new pathway through the ICB's primary care bulletin. The pathway was
written by our clinical director for surgery, Mr Anil Varma. A survey of surgical registrars was done
after six months, and most were happy with the pathway, so no changes were made. We plan to involve the
nurses on the surgical assessment unit in a review in 2025.
"""),
        ("value", "Value", """
The ICB estimated that each patient with complications after surgery abroad costs the local NHS around
£15,000 on average, and some cases much more. Getting them to the right team sooner reduces length of
stay. Patients tell us they were treated kindly.
"""),
        ("spread", "Spread", """
The pathway and the leaflet have been shared with the British Obesity and Metabolic Surgery Society and
the regional surgical network. The university team has published its analysis of the register and the
neighbouring trust is setting up the same pathway.
"""),
    ],
    trailer=[
        ("heading", "Appendix: definitions"),
        ("para", "Patients included: adults aged 18 and over, admitted or seen in the surgical assessment unit within 90 days of a surgical procedure done outside the UK. Time to review: from booking-in at the emergency department or the surgical assessment unit to documented review by a consultant in general, bariatric or plastic surgery. Transfer between specialties: change of the responsible consultant to a different specialty during the admission. Sources: trust electronic patient record and the University of Fenner register."),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I444  cold homes and hypothermia in older people - docx - reordered
#       (value and stakeholders first) - age charity manager voice, warm and a
#       little rambling - charity lead with council and community trust - no
#       quantitative evidence (referral counts, homes helped, a target, an
#       evaluation planned) - no staff involvement (nurses trained, staff
#       informed, a named lead) - older people took part
# ---------------------------------------------------------------------------
entry(
    id="I444", format="docx", layout="reordered", topic="cold_homes_hypothermia_older_people",
    project="independent28-warmsafe-444", docx_font="Calibri",
    title="Warm and Safe: preventing cold-related harm in older people at home in Penrose Vale",
    cover=[
        "Submitted by Age Well Penrose Vale (registered charity)",
        "With Penrose Vale District Council (Private Sector Housing and Public Health) and Penrose Vale Community Services NHS Trust (District Nursing and Community Matrons)",
        "Author: Services Manager, Age Well Penrose Vale",
    ],
    primary_entrant=dict(name="Age Well Penrose Vale", type="charity"),
    partners=[
        dict(name="Penrose Vale District Council", type="local_authority"),
        dict(name="Penrose Vale Community Services NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("stakeholders", "The people who shaped Warm and Safe", """
<<P:We started with our own members. In the autumn of 2022 we held a "warm chat" afternoon at each of
our four lunch clubs, and more than eighty older people came and talked to us about how they were
coping with the cost of heating.>> <<P:Lots of them said they were only heating one room and sleeping in
a chair in it, and some said they were not eating hot meals to save on the electric, and this is what
made us decide the scheme had to include food as well as heat.>> <<P:A group of eight members then met
with us five times over the winter and helped design the "Are you warm enough?" card, including the
questions on it, which they wanted to be ones you could answer with yes or no.>> <<P:Their advice was
that people would not admit they were struggling to a nurse but might tell the person who brought
them a warm pack, so that is how the volunteer visits work now.>>

The district nurses and community matrons have all had a short training session on the card. The
council's housing team were informed about the scheme at their team meeting. The referral process was
set up by our services manager, Linda Crowe, who manages it day to day.
"""),
        ("value", "What difference it makes, and is it worth it", """
The scheme is small and it does not cost much. We have spent about £48,000 over two winters, much of it
on the warm packs (a thermal blanket, a flask, a hat and gloves, a room thermometer) and on emergency
top-ups for people on prepayment meters. The council paid for boiler repairs through its housing
grants and the NHS trust gave its staff time. One older person admitted to hospital with hypothermia or
a chest infection after a cold spell can cost the NHS many thousands of pounds, and often they do not
go back home.

What people tell us is that they feel less alone. One lady of 91 told our volunteer that she had not
spoken to anyone for four days before the visit.
"""),
        ("context", "Why we did it", """
Penrose Vale is a rural district with a lot of older people, many living alone in old, hard to heat
stone cottages, some still off the gas grid and heating with oil or electric storage heaters. <<P:When the price of energy went up sharply in 2022, we started hearing from our members about going
without heat, and it was their stories that made us go to the council and the NHS trust.>>

Being cold is dangerous for older people. It raises blood pressure and makes the blood thicker, so heart
attacks and strokes go up in cold weather. It makes chest infections more likely, and stiff cold muscles
lead to falls. Every winter there are more deaths among older people than in summer, and a good share
of that is thought to be down to cold homes.

District nurses and community matrons see many of the people most at risk, but there was nothing for
them to do when they walked into a cold house except mention it to the GP. The council has money for heating repairs and
insulation but older people did not know about it or would not apply. And we, as a charity, have
volunteers and know a lot of older people, but we cannot get into homes unless someone tells us.

So Warm and Safe joins these up. Nurses and matrons ask the questions on the "Are you warm enough?" card
at their visits in the winter months. If the answer to any question is yes, they make a referral to us.
A volunteer visits within three days with a warm pack, does a benefits check, and where the heating is
broken or the home is poorly insulated, refers to the council's private sector housing team, who can
arrange a grant for repairs.
"""),
        ("evidence", "What we have achieved so far", """
In the first two winters, 2022/23 and 2023/24, we received 436 referrals, 301 of them from district
nurses and community matrons.

Our volunteers visited 412 homes and gave out 398 warm packs. The council has arranged heating repairs
or new heating in 63 homes and insulation in 41.

Our benefits advisers helped 118 people claim benefits they were entitled to, mostly pension credit.

We have not yet been able to look at whether this has reduced hospital admissions in cold weather. The
public health team at the council is planning to look at this with the NHS trust next year. Our aim is
that no older person known to the scheme is admitted with hypothermia.
"""),
        ("spread", "Sharing it", """
Two other Age Well charities in the county have asked us for the card and for our volunteer visit
guide. We talked about the scheme at the county's winter planning meeting and on local radio.
"""),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I445  spreading dental infections in people without a dentist - pdf via
#       soffice (style headings) - community dental service clinical director
#       voice - community trust lead with acute trust maxillofacial unit and
#       ambulance trust 111 - NO value section - no patient involvement
#       (patients as beneficiaries, patients given advice, a negation)
# ---------------------------------------------------------------------------
entry(
    id="I445", format="pdf", layout="style_headings", topic="spreading_dental_infection_urgent_access",
    project="independent28-swellingpath-445", render_via="soffice", docx_font="Liberation Sans",
    title="Swelling Pathway: getting people with spreading dental infections seen before they need surgery",
    cover=[
        "Entrant: Brackwater Community Healthcare NHS Trust, Community and Urgent Dental Service",
        "Partners: Brackwater General Hospital NHS Trust (Oral and Maxillofacial Surgery); South Coast Ambulance Service NHS Trust (NHS 111 Dental Clinical Assessment)",
        "Written by the Clinical Director, Community Dental Service",
    ],
    primary_entrant=dict(name="Brackwater Community Healthcare NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Brackwater General Hospital NHS Trust", type="nhs_trust"),
        dict(name="South Coast Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "Background and safety goals", """
A dental abscess that is not treated can spread into the tissues of the face and neck. Most people get
a swollen face and pain, but a small number develop a spreading infection under the tongue and in the
neck which can block the airway within hours. These people need emergency surgery and often intensive
care, and people do still die from it.

Since the pandemic, getting an NHS dentist in Brackwater has become very hard. Many people who develop
toothache have no dentist to go to. They ring NHS 111, are given an urgent dental appointment if one
is available, or are told to take painkillers and try again in the morning. Others go to their GP or the
emergency department, which cannot treat the tooth, so they are given antibiotics and sent away, and the
underlying problem is left.

In 2021/22 the maxillofacial team at Brackwater General admitted 148 adults with spreading dental
infections, many more than five years before. Thirty-one needed surgery under general anaesthetic to
drain the infection and nine went to intensive care. When the team looked back, most had contacted
another service at least once in the previous week and been given antibiotics without anyone draining
or removing the tooth.

The pathway we set up has three parts. NHS 111 dental call handlers use a short set of questions about
swelling, difficulty swallowing, trismus and fever, agreed with the maxillofacial surgeons, and anyone
with red flags is sent straight to the emergency department. Anyone with a facial swelling but no red
flags is booked into a ring-fenced same-day slot at one of our three community dental clinics, where the
tooth is treated, not just given antibiotics. And the maxillofacial team runs a daily hot clinic that our
dentists can refer into directly.
"""),
        ("evidence", "Evidence of improvement", """
We compared 2021/22 with 2023/24.

<<Q:Admissions with spreading dental infection fell from 148 to 97.>> <<Q:The number needing surgery
under general anaesthetic fell from 31 to 14, and intensive care admissions from nine to three.>>
<<Q:People with a facial swelling who were seen and had the tooth treated within 24 hours of calling 111
went from about 20% to 68%.>> <<Q:Antibiotic prescriptions for dental problems by the emergency
department and out of hours GPs fell by 40%.>>

We provided 3,900 same-day urgent appointments for swellings in 2023/24.
"""),
        ("spread", "Spread and sharing best practice", """
The red flag questions have been adopted by NHS 111 across the whole region. The regional dental
commissioners are using our same-day swelling slot model in the two neighbouring areas. We have
presented at the British Association of Oral and Maxillofacial Surgeons meeting.
"""),
        ("stakeholders", "Who was involved", """
<<S:Dental nurses and dentists from the three community clinics worked out how to protect the same-day
slots, and it was the dental nurses who suggested holding two slots back until 11am every day.>>
<<S:The NHS 111 dental clinical advisers tested the red flag questions on recorded calls and shortened
them from nine to five.>> <<S:Maxillofacial registrars and our dentists agreed the referral criteria for
the hot clinic at a joint meeting and set up a shared phone line.>> <<S:Emergency department doctors asked
for a one-page guide on when to call the maxillofacial team, which they then helped write.>>

The patients who benefit from this pathway are often on low incomes, homeless or not registered with any
dentist. We give each patient written advice about finding a dentist. We did not involve patients in
designing the pathway.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="value"),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I446  norovirus outbreaks in care homes - pdf - form table - PRIVATE care
#       home group as primary entrant (ineligible) - head of quality voice -
#       partners council health protection team and community trust
#       infection prevention team - P and S present
# ---------------------------------------------------------------------------
entry(
    id="I446", format="pdf", layout="form_table", topic="norovirus_outbreaks_care_homes",
    project="independent28-stopthespread-446", pdf_font="LiberationSans",
    title="Stop the Spread: earlier action on norovirus outbreaks in care homes",
    cover_table=[
        ("Project title", "Stop the Spread: earlier action on norovirus outbreaks in care homes"),
        ("Lead organisation", "Cedarlea Care Homes Ltd (14 nursing and residential homes)"),
        ("Partners", "Elmswick County Council Health Protection Team; Elmswick Community Health NHS Trust (Infection Prevention and Control)"),
        ("Contact", "Head of Quality and Compliance, Cedarlea Care Homes Ltd"),
    ],
    primary_entrant=dict(name="Cedarlea Care Homes Ltd", type="private"),
    partners=[
        dict(name="Elmswick County Council", type="local_authority"),
        dict(name="Elmswick Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Describe the need for the partnership, the service and the safety goals", """
Cedarlea runs 14 care homes in Elmswick, looking after about 620 older people, many with dementia.
Norovirus, the winter vomiting bug, spreads very quickly in care homes. For frail residents it means
dehydration, falls, kidney injury and sometimes admission to hospital or death. When a home has an
outbreak it usually has to close to admissions, which affects hospital discharges across the county.

In the winter of 2021/22 our homes had nine outbreaks, affecting 214 residents and 96 staff. Three
residents died during or shortly after those outbreaks. In most cases the first cases were not
recognised as norovirus for two or three days, because one resident with diarrhoea is put down to
something else, and by the time it was reported to the health protection team it was through the home.

Together with the council's health protection team and the community trust's infection prevention
nurses we agreed a simple "two in 48" rule: two residents or staff with vomiting or diarrhoea within 48
hours in the same home is treated as a possible outbreak and reported the same day. Each home has an
outbreak box with everything needed to isolate and clean. The infection prevention nurses visit or call
within one working day and the health protection team arranges testing.

Before this, each of our homes dealt with the health protection team in its own way, and some managers
were reluctant to report early because they worried about being closed for weeks on the strength of one
or two cases. The partnership agreed that an early report would not automatically mean closure, and that
the infection prevention nurses would help the home decide which units or floors needed to close, so
that the rest of the home could keep taking admissions where it was safe. That agreement, more than
anything, is what changed how quickly our managers pick up the phone.
"""),
        ("evidence", "What is the evidence of improvement in safe care?", """
<<Q:In winter 2023/24 our homes had six outbreaks, and the average number of residents affected in each
outbreak fell from 24 to 9.>> <<Q:The average time from the first case to reporting went from 2.6 days
to under one day.>> <<Q:The average number of days a home was closed to admissions during an outbreak
fell from 16 to 8.>> <<Q:Residents admitted to hospital with dehydration during outbreaks went from 17 to
4.>>
"""),
        ("spread", "How have the achievements been applied elsewhere?", """
The health protection team has shared the "two in 48" rule with all care homes in the county, not just
ours. We have shared our outbreak box list through the regional care association.
"""),
        ("value", "What value has it added?", """
Each outbreak box costs about £180. Fewer and shorter closures mean fewer delayed discharges from
hospital, and fewer agency staff to cover staff who are off sick. Families have told us they are glad
homes are acting faster.
"""),
        ("stakeholders", "Who was involved and how?", """
<<S:Night care assistants and housekeepers from three of our homes helped put together the outbreak box,
and it was the housekeepers who said chlorine cleaning products needed to be in it, as the normal ones
do not kill norovirus.>> <<S:Infection prevention nurses from the community trust ran practice outbreak
exercises with our nurses, who suggested a laminated isolation sign for bedroom doors.>>

<<P:Relatives at our residents' and relatives' committee asked for clearer information during outbreaks
about visiting, and they helped write the visiting letter that now goes out on the first day, which
explains that visiting can continue with precautions.>>
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I447  keeping injured people warm between the roadside and the major trauma
#       centre - pdf - numbered questions - short - consultant paramedic
#       voice, terse - ambulance trust lead with major trauma centre and air
#       ambulance charity - no flags
# ---------------------------------------------------------------------------
entry(
    id="I447", format="pdf", layout="numbered_questions", topic="trauma_hypothermia_prehospital",
    project="independent28-keepwarm-447", pdf_font="DejaVuSans",
    title="Keep Them Warm: preventing hypothermia in seriously injured patients",
    cover=[
        "North Wolds Ambulance Service NHS Trust (lead) | Sandeford Major Trauma Centre, Sandeford Teaching Hospitals NHS Foundation Trust | Wolds and Moors Air Ambulance",
        "Author: Consultant Paramedic, Critical Care",
    ],
    primary_entrant=dict(name="North Wolds Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Sandeford Teaching Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Wolds and Moors Air Ambulance", type="charity"),
    ],
    sections=[
        ("context", "1. Context", """
Seriously injured people lose heat fast: lying on a wet road, clothes cut off, cold fluids through a
drip. Hypothermia, even mild, makes bleeding worse, because blood does not clot properly when it is
cold. Trauma patients who arrive cold are more likely to die.

In 2021 the major trauma centre audited arrival temperatures. Nearly half of patients arriving by road
or air with serious injuries had a temperature below 36 degrees, and 11% were below 35. Temperatures
were rarely recorded on scene. Our vehicles carried foil blankets but these are of little use on their
own, and the air ambulance had warm fluids but our road crews did not.

The three organisations agreed a shared "keep them warm" bundle: temperature taken on scene and every 15
minutes, an active heating blanket on every frontline vehicle, warmed fluids where fluids are needed,
and the trauma team at the hospital told the temperature in the pre-alert so that the resuscitation
room is warmed and warming equipment is ready. None of this is new science. The problem was that it
happened on the air ambulance and did not happen on the road, and that the hospital had no idea how
cold a patient was until they were on the trolley.
"""),
        ("evidence", "2. Evidence", """
<<Q:Patients arriving at the major trauma centre with a temperature below 36 degrees fell from 47% in
2021 to 19% in 2023.>> <<Q:Those below 35 degrees fell from 11% to 3%.>> <<Q:Temperature recorded on
scene went from 22% of patient records to 89%.>>

<<Q:Patients who needed a massive transfusion were also fewer, falling from 58 to 41, although more
work is needed to see whether warming was the reason.>>
"""),
        ("spread", "3. Spread", """
The bundle is part of the regional trauma network's prehospital guidelines and all three ambulance
services in the network are introducing active heating blankets. The audit of arrival temperatures is now a standing item at
the network's monthly governance meeting, so every service sees its own figures. We have shared the
bundle card and our teaching video with two other trauma networks, and the air ambulance has added
temperature to the standard handover it uses at every hospital it flies to, not only the major trauma
centre. We also wrote to the national ambulance clinical guidelines group asking for on-scene
temperature to be added to the trauma guidance.
"""),
        ("value", "4. Value", """
Active heating blankets cost about £35 each and one is used per patient; fluid warmers for road
vehicles cost about £700 each and were bought for the 40 vehicles most often sent to major trauma. The
trust paid for the blankets and the air ambulance charity paid for the fluid warmers. A massive
transfusion uses blood worth several thousand pounds. Crews say they feel they are doing something
useful during the long wait for help at rural scenes, and patients remember being warm.
"""),
        ("stakeholders", "5. Stakeholders", """
<<S:Road crew paramedics tested four types of heating blanket in winter and chose the one that could be
opened with gloves on.>> <<S:Air ambulance critical care practitioners trained the road crews on fluid
warming and wrote the bundle card with them.>> <<S:Trauma team nurses in the resuscitation room
suggested the temperature be included in the pre-alert.>> <<P:Two survivors of major trauma from the
major trauma centre's patient forum described how cold they had been at the scene, and at their request
the bundle card reminds crews to tell the patient what they are doing.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I448  crushing tablets for care home residents who cannot swallow - docx -
#       no headings - care home pharmacist voice, plain - PCN lead with a
#       speech and language therapy service (community trust) and the LPC -
#       no patient involvement (residents as beneficiaries, families told) -
#       no quantitative evidence (audit counts, a single figure, changes made)
# ---------------------------------------------------------------------------
entry(
    id="I448", format="docx", layout="no_headings", topic="crushing_medicines_care_homes_dysphagia",
    project="independent28-swallowsafe-448", docx_font="Calibri",
    title="Swallow Safe Medicines: safer ways to give medicines to care home residents with swallowing difficulties",
    cover=[
        "Lead: Ashbourne Vale Primary Care Network",
        "Partners: Kelderby Community Health NHS Trust (Adult Speech and Language Therapy) and Kelderby Local Pharmaceutical Committee",
        "Entry by the PCN Care Home Pharmacist",
    ],
    primary_entrant=dict(name="Ashbourne Vale Primary Care Network", type="primary_care"),
    partners=[
        dict(name="Kelderby Community Health NHS Trust", type="nhs_trust"),
        dict(name="Kelderby Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", None, """
I am the clinical pharmacist for the 12 care homes aligned with our primary care network. When I started
doing structured medication reviews in the homes in 2021 I found a lot of residents whose medicines were
being crushed and mixed with yoghurt or jam because they could not swallow tablets. In many cases nobody
had checked whether the tablet could be crushed. Some were modified release tablets, which means
crushing them gives the whole day's dose in one go. Some were tablets with a coating to protect the
stomach. Some residents were on thickened fluids because of choking risk, but their medicines were being
given with a glass of ordinary water.

Often the decision to crush had been made by a nurse in the home years earlier, without a prescriber or a
pharmacist knowing. And if the resident could not consent, this could be covert administration without
the proper legal process.

It was clear this needed more than a pharmacist. Whether someone can safely swallow is for the speech
and language therapists to assess. The community pharmacies that supply the homes need to know what
form to dispense. And the GPs need to prescribe liquids or other forms where they exist.

So with the speech and language therapy team at the community trust and the LPC we set up a simple
process. When a care home tells us a resident is struggling to swallow tablets, they fill in a one-page
form. The speech and language therapist assesses the resident's swallow. I then review every medicine
and decide, with the GP, whether it can be stopped, changed to a liquid or patch, or safely crushed
and given in the right way. The community pharmacy receives a copy and labels each medicine with how
it should be given.
"""),
        ("evidence", None, """
Between 2022 and 2024, 147 residents were referred through the process. I reviewed 1,120 medicines for
these residents.

Of those, 212 medicines were stopped as no longer needed, 164 were changed to a liquid, a dispersible
tablet or a patch, and 37 modified release medicines that were being crushed were changed to a form
that could be given safely.

In my last audit of the 12 homes, in March 2024, every resident who had their medicines crushed had a
record of the pharmacist's advice on their chart.

We think this has made a real difference to safety but we have not been able to measure harm, for
example falls or hospital admissions, in a reliable way.
"""),
        ("stakeholders", None, """
<<S:The speech and language therapists helped design the referral form and asked that it include what
the resident is currently eating and drinking, which has made their assessments quicker.>> <<S:Nurses and
senior carers in three of the homes tested the form for two months and said the first version was too
long, so it was cut down to one page.>> <<S:Community pharmacists on the LPC's care homes group agreed
the labelling wording, and suggested a sticker for the medicine administration chart saying "see label -
do not crush" for medicines that must never be crushed.>>

The residents are the people who benefit. Families are told by the home when a resident's medicines are
changed.
"""),
        ("value", None, """
The medicines that were stopped save the NHS about £21,000 a year. Liquids can cost more than tablets,
but this is far outweighed. Staff in the homes tell us that medicine rounds are quicker because they are
not spending time crushing tablets, and they feel more confident that they are doing the right thing.
"""),
        ("spread", None, """
The other two PCNs in Kelderby have started using the same referral form. The LPC has shared the
labelling wording with its members, so that pharmacies across Kelderby use the same words. I presented
the work at the regional care home pharmacists' network.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)
