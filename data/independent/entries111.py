"""One-hundred-and-eleventh independent evaluation set (I1761..I1776) for the HSJ 'Best
Partnership Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional, apart from
a national public body (the UK Health Security Agency) named as a partner.  The entries
are meant to be ordinary: the kind of thing seafarers' and forces families' charities,
port and county councils, acute trusts, an ambulance service, a GP federation, a primary
care network, an integrated care board, a university, a resuscitation charity and (in the
ineligible cases) private companies or a single trust send in, in their own voices and at
their own length.  The theme of this set is travel, transport and people on the move:
ports and seafarers, airports, tourists and seasonal workers, long-distance drivers, rail
and bus staff, and people moving between areas who lose their records.

Topics, with the lead's type and the layout:
  I1761 seafarers on cargo ships in port who are ill or have run out of medicines
        (charity, seafarers' welfare centre; pdf own_headings);
  I1762 sleep apnoea and fatigue in long-distance lorry drivers screened at a truck stop
        (university; docx rubric_headings);
  I1763 passengers who collapse in an airport terminal and the wait for the ambulance
        airside (private airport operator as primary entrant; pdf bullet_lists);
  I1764 older passengers falling on buses as they pull away (local_authority, council
        public health; docx bold_headings with a cover table);
  I1765 hypoglycaemia, seizures and head injuries mistaken for drunkenness at late-night
        railway stations (emergency_service, ambulance; pdf caps_headings);
  I1766 people on warfarin who move into the area and lose their INR monitoring
        (primary_care, GP federation; docx numbered_questions with cover bullets);
  I1767 cruise passengers taken to hospital during a port call when the ship is due to
        sail (nhs_trust, acute; docx style_headings);
  I1768 measles and meningitis vaccination for seasonal hospitality workers in a lakes
        resort (icb; pdf two_column);
  I1769 patients repatriated from hospitals abroad who carry resistant infections
        (private medical repatriation company as primary entrant; docx form_table);
  I1770 cardiac arrests on trains between stations (charity, community resuscitation;
        pdf no_headings);
  I1771 people living on narrowboats who move every fortnight and drop out of GP care
        (primary_care, primary care network; docx reordered, no evidence section);
  I1772 people seeking asylum moved between hotels without their medicines or records
        (local_authority; pdf style_headings made from Word via soffice);
  I1773 lorry drivers held for hours in motorway queues for the port (local_authority,
        county council emergency planning; pdf form_table with a cover table);
  I1774 holidaymakers admitted to a seaside hospital without their home records or
        medicines list (departments of one acute trust, no partner; docx bullet_lists);
  I1775 malaria and other fevers missed in travellers who have just come home
        (nhs_trust, acute infectious diseases unit; docx no_headings, long);
  I1776 children's health records lost when armed forces families are posted to a new
        base (charity, forces families; pdf with_appendix, no value section).

Build it with

    .venv/bin/python data/independent/build.py --set 111   (writes data/corpus/independent111/)

Mark-up used inside section bodies (stripped before rendering):
  <<Q:sentence>>   quantitative claim (a measured change in an outcome: a baseline and an
                   after value, or a stated change such as 'halved' or 'a third fewer')
  <<P:sentence>>   patient / carer / family / service-user / lived-experience involvement
                   (in this set also seafarers, drivers, passengers, boaters, residents,
                   travellers and service families who took part)
  <<S:sentence>>   staff involvement (any staff group, including partners' staff, who
                   co-designed, tested, were consulted, governed the work or gave feedback
                   that changed it)
  (letters combine, e.g. <<PS:...>>)
Paragraphs are separated by a blank line; line breaks inside a paragraph are joined with
a single space.  A paragraph starting with "- " is a bullet item.

Labelling conventions (as in entries29.py and entries31.py):
  * not Q: dates, financial years, berth/ship/bed/practice counts, headcounts, numbers
    trained, activity counts (visits, calls, referrals, screens, clinics, doses, people
    identified), single figures with no baseline, a zero with no earlier figure, figures
    that did not change, budgets, costs and savings estimates, phone numbers, reference
    numbers, targets not yet reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    (including 'halved', 'a third fewer' and a sustained shift on an SPC chart);
    no_quantitative_evidence looks only at the evidence section (or the whole entry when
    the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, unusual names for the people involved, volunteers
    with lived experience, list items), wherever in the entry it is told; a volunteer or
    peer worker with lived experience, employed by a partner, who helped design the work
    is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices, GP federations, primary care networks and local
pharmaceutical committees are primary_care; patients' groups and older people's forums
are patient_group; seafarers', forces families' and resuscitation charities are charity;
integrated care boards are icb; national public bodies such as the UK Health Security
Agency are public_other; a university is university; airport operators, bus and train
companies, port companies and medical repatriation companies are private).  A department
or team of the entrant's own organisation is not a partner.  Flags are written by hand
and build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1761  seafarers on cargo ships in port - pdf - own headings - centre
#        manager of a seafarers' welfare charity, practical - with the port
#        health authority, a GP practice and the acute trust - seafarers and
#        staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1761", format="pdf", layout="own_headings", topic="seafarers_in_port_healthcare",
    project="independent111-portcall-1761", pdf_font="LiberationSans", pdf_align="L",
    title="Port Call Health: getting sick seafarers seen while their ship is alongside",
    cover=[
        "Lead organisation: Harbourlight Seafarers' Centre, Carrowmouth (registered charity)",
        "Partners: Carrowmouth Borough Council (Port Health Authority); Quayside Medical Practice; Carrowmouth and Esk Hospitals NHS Trust",
        "Entry written by the Centre Manager, with the port health manager and the practice's lead GP",
    ],
    primary_entrant=dict(name="Harbourlight Seafarers' Centre", type="charity"),
    partners=[
        dict(name="Carrowmouth Borough Council", type="local_authority"),
        dict(name="Quayside Medical Practice", type="primary_care"),
        dict(name="Carrowmouth and Esk Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why we started", """
Carrowmouth is a working port. Around 2,300 cargo ships call here every year: bulk carriers with grain
and timber, container feeder ships, tankers and the odd vehicle carrier. Most of the crews come from
the Philippines, India, Ukraine, Myanmar and Indonesia. A typical ship is alongside for 18 to 36 hours.
The crew work throughout, and many never get further than the gangway. They are not registered with any
GP in this country, most have no idea how the NHS works, and the only medical person on board is usually
the second officer, who has done a short first aid and medical care course years before.

Harbourlight has run a seafarers' centre by the dock gates for more than sixty years. Our ship visitors,
most of them volunteers, go on board to offer SIM cards, a lift into town and a friendly face. Over and
over again they came back with the same worries. A cook with a swollen, hot leg who had been limping for
a week. An engineer who had run out of his blood pressure tablets a month into a nine-month contract. A
young deck cadet with a toothache so bad he could not eat. A bosun with chest pain who did not want to
make a fuss because the ship was sailing that night and he was frightened of losing his job.

Our volunteers are not clinicians. When they asked for help, there was no easy route. The ship's agent
could arrange a private doctor, at a cost that the owner did not always want to pay. NHS 111 would tell
the seafarer to see his GP. The emergency department was the only place that would see him, so that is
where people went, usually late, often in an ambulance, and sometimes from a ship that then sailed
without them.

In 2022 two seafarers died shortly after leaving Carrowmouth. One had a heart attack at sea two days
out; his crewmates told our chaplain he had been unwell in port. The other had diabetes and had run out
of insulin. Neither death happened in our port, but both men had walked past our centre.

There were other obstacles, less dramatic but just as real. A seafarer who needs to go ashore must have
shore leave approved by the master and, for some nationalities, the right paperwork from Border Force.
Shifts are long and the ship's schedule changes by the hour. Many seafarers are on contracts of nine
months or more and send almost every penny home, so a private consultation fee is out of the question.
Language is a barrier too: most speak good working English, but describing chest pain or low mood in
a second language, to a stranger, in a hurry, is another matter.

We also realised that nobody was counting. The port health authority dealt with infectious disease on
ships, not with a cook's leg. The hospital recorded a seafarer as a visitor with no GP. Our centre kept
a notebook. Before we could fix anything we had to agree that this was a problem that belonged to all
of us.
"""),
        ("evidence", "What has changed", """
Port Call Health began in April 2023. It has three parts. First, the port health authority shares the
daily list of expected arrivals with us, and its officers ask every ship, as part of the health
declaration they already receive, whether anyone on board needs to see a doctor. Second, Quayside
Medical Practice keeps two 'seafarer slots' every weekday afternoon, which we can book directly, and
our drivers take the seafarer there and back. Third, the hospital's emergency department has agreed a
short handover sheet and discharge letter that goes back to the ship's master, in English and with the
medicines written in their generic names, so the next port can carry on the treatment.

In the first eighteen months we booked 412 seafarers into the practice slots. Common problems were
skin infections, high blood pressure, dental pain, diabetes, eye injuries and low mood.

<<Q:Emergency ambulance calls to ships in our port fell from 61 in the eighteen months before the
scheme to 34 in the eighteen months after.>> <<Q:Seafarers who were left behind in hospital when
their ship sailed went from 17 to 5 over the same periods.>> <<Q:The median time from a seafarer or
master first asking for medical help to being seen by a clinician came down from just under 20 hours
to 4 hours 10 minutes, measured from our own log.>>

We cannot follow seafarers once they leave, so we do not know how all of them fared at sea.
"""),
        ("stakeholders", "Who shaped it", """
<<P:Before we designed anything we held two evenings in the centre's lounge with crews from six ships,
and the seafarers told us plainly that they would not ask for help if it went through the ship's agent
or the company, because they feared being sent home unpaid.>> <<P:That is why the booking comes through
us and not the agent, and why the slip we give them says 'Confidential - for you' at the top, a
wording suggested by a Filipino able seaman who had been through it himself.>> <<P:Two former
seafarers, now volunteers at the centre, tested the booking route by pretending to be crew members on
a ship we made up.>>

<<S:The practice's receptionists pointed out that they could not register a patient without an
address, so we agreed with them to use the centre's address as a temporary one.>> <<S:Port health
officers rewrote their question on the health declaration after trying three versions with masters of
ships they were boarding.>> <<S:Emergency department nurses and the hospital's pharmacists designed the
discharge letter together and added the line for generic medicine names after the first version came
back to them from a ship's master who could not match the brand names.>> <<S:Our ship visitors meet
monthly with the practice manager and port health manager to go through any case that went wrong, and
the Friday afternoon slot was added after they flagged that weekend arrivals were being missed.>>
"""),
        ("value", "Value", """
The practice is paid a small sessional fee from the port's welfare levy, which is collected from ship
owners. Our drivers and visitors are volunteers. The port health authority uses a form it already had.
An ambulance call and emergency department attendance cost far more than a GP appointment, and a
seafarer left behind in hospital means repatriation, a hotel and a lot of worry for his family.

The seafarers tell us they feel treated like people, not cargo.
"""),
        ("spread", "Spreading the learning", """
We have shared the scheme with seafarers' centres in four other ports through our national network, and
one of them has started seafarer slots with a local practice. The port health authority has presented
the health declaration question at the national port health association's conference. We would like to
see a seafarer route written into every port's welfare plan, because the problem is the same in every
port: the people who bring us almost everything we buy have nowhere to go when they are ill.

The lessons we would pass on are simple. Start from the centre that already goes on board, because the
crews trust it. Give the GP practice a fixed slot rather than asking it to squeeze seafarers in. Make
the discharge letter useful to the next port, not just to us. And agree early who pays, so that nobody
hesitates at the gangway.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1762  sleep apnoea in long-distance lorry drivers - docx - rubric headings
#        - university sleep research centre lead, academic - with the acute
#        trust's sleep service, a drivers' welfare charity and a truck stop
#        company - drivers and staff involved - NO quantitative evidence
#        (drivers screened, referrals, a single adherence figure, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1762", format="docx", layout="rubric_headings", topic="lorry_drivers_sleep_apnoea_screening",
    project="independent111-awakewheel-1762", docx_font="Cambria",
    title="Awake at the Wheel: finding and treating sleep apnoea in long-distance lorry drivers",
    cover=[
        "Lead organisation: University of Marchbury, Centre for Sleep and Transport Health",
        "Partner organisations: Marchbury Teaching Hospitals NHS Trust (Respiratory Sleep Service); Long Road Drivers' Benevolent Fund; Harlton Cross Truckstop Ltd",
        "Contact: Dr Priya Venkataraman, Senior Lecturer in Sleep Medicine",
    ],
    primary_entrant=dict(name="University of Marchbury", type="university"),
    partners=[
        dict(name="Marchbury Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Long Road Drivers' Benevolent Fund", type="charity"),
        dict(name="Harlton Cross Truckstop Ltd", type="private"),
    ],
    sections=[
        ("context", "Why was the partnership needed, and what were its patient safety goals?", """
Obstructive sleep apnoea is common in middle-aged men who are overweight and spend long hours sitting,
which describes a large share of the country's heavy goods vehicle drivers. Untreated, it causes severe
daytime sleepiness, and sleepy drivers have more collisions. It is also a condition that is readily
treated with continuous positive airway pressure (CPAP), after which a driver can usually keep his or
her licence.

The difficulty is that drivers have strong reasons not to come forward. Many fear that telling a GP
about sleepiness will mean losing their licence and their income. Long-distance drivers spend most of
the week away from home, sleeping in their cabs at truck stops, and find it hard to attend daytime
appointments. Those who are referred wait months for a sleep study, and the waiting can feel like
limbo, because the rules say they should not drive if they have excessive sleepiness that is not under
control.

Our research group had studied fatigue in professional drivers for some years. In 2022 the Marchbury
sleep service told us that it was seeing drivers referred only after a crash or near miss, and the Long
Road Drivers' Benevolent Fund told us that drivers were asking its helpline whether they should lie
about snoring. We agreed that the safety goal was simple to say and hard to achieve: to find drivers
with sleep apnoea before they had a collision, and to get them treated quickly enough that they did not
hide symptoms to protect their jobs.

Harlton Cross is one of the largest truck stops in the region, with parking for 280 lorries and
showers, a canteen and a drivers' lounge. Its owners offered us a room.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
The Awake at the Wheel clinic opened at the truck stop in September 2023 and runs on Tuesday and
Wednesday evenings, when the lounge is busiest. A sleep physiologist and a research nurse ask drivers
to complete the STOP-Bang questionnaire and the Epworth Sleepiness Scale, check blood pressure and neck
size, and offer a home sleep test that the driver can use in his cab overnight and hand back the next
morning. Drivers with a positive result are booked straight into the hospital's sleep clinic, in an
evening slot, within a target of four weeks.

By the end of August 2024, 1,140 drivers had been screened. Of these, 212 scored as high risk and 187
completed an overnight test in the cab. Moderate or severe sleep apnoea was confirmed in 118, and 96
had started CPAP by the end of the year. The average time from screening to the start of treatment was
31 days, against our target of 28.

At three months, 82% of the drivers who started CPAP were using it for at least four hours a night.
We were pleased with this, because it suggests the drivers wanted to keep driving safely as much as
we did.

We have not yet been able to measure whether the scheme has reduced collisions. The numbers of drivers
involved are too small, and collision records are held by employers and insurers who have not yet
agreed to share them. We have applied for funding for a two-year follow-up study with three haulage
firms.
"""),
        ("stakeholders", "Who was involved, and how were patients and staff involved?", """
<<P:Drivers using the truck stop were part of the project from the start: twelve of them, recruited in
the canteen over two nights, sat with us to go through the questionnaire, and it was their advice that
the clinic should be open in the evening, that it should not be in a medical-looking room, and that the
leaflet should say at the top that a diagnosis does not mean losing a licence if treatment is started.>>
<<P:Three drivers tested two different home sleep test devices in their cabs and told us one was
impossible to use in a bunk, so we chose the other.>> <<P:The Benevolent Fund's drivers' panel, which
is made up of working and retired drivers, reviewed our information on the licensing rules and
rewrote it in their own words.>>

<<S:The hospital's sleep physiologists redesigned their booking process so that the truck stop clinic
could book straight into evening clinic slots, which they had previously kept for urgent cases.>>
<<S:Truck stop canteen and security staff told us which nights and times were quietest and busiest,
and suggested we put a sign by the showers, which is where most drivers now hear about us.>>
<<S:The respiratory consultants and our research nurses agreed the criteria for fast-tracking a
driver with severe sleepiness, and changed them after the first month to include drivers who had
fallen asleep at the wheel at any time in the past year.>>
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The clinic costs about £38,000 a year in staff time and equipment, shared between the university's
research funding and the hospital's sleep service budget. The truck stop provides the room and
refreshments at no cost. A single serious collision involving a heavy goods vehicle can cost millions
of pounds and, far more importantly, lives.

Drivers tell us the clinic feels like it is on their side. Sleep physiologists say that they enjoy
seeing people who are keen to be treated.
"""),
        ("spread", "How have the achievements been applied elsewhere and best practice shared?", """
We have published our screening results in a peer-reviewed journal and presented them at the national
sleep society's meeting. Two other truck stops in neighbouring counties have asked to host a clinic,
and a national haulage firm is considering offering the same screening to its drivers at its depots.
The licensing leaflet written with the drivers' panel has been adopted by the Benevolent Fund for its
national helpline.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1763  passengers who collapse in an airport terminal - pdf - bullet lists
#        - PRIVATE airport operator as primary entrant, with the ambulance
#        service and the acute trust (ineligible) - head of airport fire and
#        rescue, crisp - staff and a survivor / accessibility panel involved
# ---------------------------------------------------------------------------
entry(
    id="I1763", format="pdf", layout="bullet_lists", topic="airport_terminal_medical_emergencies",
    project="independent111-gatetime-1763", pdf_font="DejaVuSans", pdf_align="L",
    title="Every Minute at the Gate: faster help for passengers who collapse airside",
    cover=[
        "Primary entrant: Easterby Airport Ltd",
        "Working with Northfold Ambulance Service NHS Trust and Easterby General Hospital NHS Trust",
        "Submitted by the Head of Airport Fire and Rescue Service, Easterby Airport",
    ],
    primary_entrant=dict(name="Easterby Airport Ltd", type="private"),
    partners=[
        dict(name="Northfold Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Easterby General Hospital NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The problem", """
Easterby is a regional airport with about 7 million passengers a year. Every day, somewhere in the
terminal, someone becomes unwell: faints in the security queue, has a seizure at the gate, falls on an
escalator or, a few times a year, has a cardiac arrest.

What we found when we reviewed 2021 and 2022:

- calls for help went to the airport control centre, which then rang 999, so the ambulance service often heard about a collapse several minutes after it happened

- ambulances arriving at the airport had to stop at the security post and wait for an escort, and crews sometimes spent 10 to 15 minutes getting from the gate to the patient

- our airport fire crews are trained responders, but they were only sent to collapses on the apron, not in the terminal

- the terminal's 14 defibrillators were not on the ambulance service's map, so call handlers could not tell callers where the nearest one was

- we had five cardiac arrests in the terminal in those two years, and only one person survived to leave hospital
"""),
        ("evidence", "What has changed", """
Since June 2023:

- any call about a collapse goes at the same time to the airport control centre and the ambulance service, through a direct line

- an airport fire crew is sent to every 'collapse or not breathing' call in the terminal, as well as on the apron, and carries oxygen, a defibrillator and a suction unit

- a fire service vehicle now waits at the security post for the ambulance and leads it straight to the nearest airside door

- all 14 defibrillators, plus 6 new ones, are registered on the ambulance service's national map

Results, comparing the 12 months before with the 12 months after:

- <<Q:the median time from the first call to an ambulance crew reaching the patient airside fell from 19 minutes to 8 minutes>>

- <<Q:the median time from collapse to the first responder arriving fell from 7 minutes to 3 minutes>>

- <<Q:of four cardiac arrests in the terminal since the change, three people survived to leave hospital, against one of five in the two years before>>

- our fire crews have attended 486 medical calls in the terminal
"""),
        ("stakeholders", "Who was involved", """
- <<S:airport firefighters wrote the new terminal response plan with ambulance service paramedics, and walked every route from the security post to each gate with a stopwatch>>

- <<S:ambulance call handlers tested the direct line in four exercises and asked us to add gate numbers to our defibrillator signs, because callers kept describing them by the nearest shop>>

- <<S:security officers at the vehicle post suggested the 'ambulance lane' painted at the barrier, which saves about two minutes>>

- <<S:emergency department consultants at Easterby General reviewed every cardiac arrest with us>>

- <<P:a passenger who survived a cardiac arrest at gate 14 in 2022 came back with his wife and walked the route with our crews, telling us what he remembered and what she saw while waiting>>

- <<P:the airport's accessibility panel, made up of disabled travellers who use the airport, tried out the help points and asked for them to be lower and to have a button as well as a phone>>
"""),
        ("value", "Value", """
- the direct line and the defibrillator registration cost very little

- the fire crews were already on duty; the change was in where we send them

- six new defibrillators cost about £9,000

- a person who survives a cardiac arrest in our terminal goes home to their family
"""),
        ("spread", "Spread", """
- we have shared the plan with two other regional airports through the airport operators' fire and rescue group

- the ambulance service is using the same approach for the city's main railway station and its football stadium

- our direct line model has been presented at the national ambulance control room conference
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1764  older passengers falling on buses - docx - bold headings with a
#        cover table - council public health principal, warm - with two bus
#        companies, an older people's assembly and the acute trust - older
#        passengers (pronouns) and drivers involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1764", format="docx", layout="bold_headings", topic="older_passengers_falls_on_buses",
    project="independent111-seatedsafe-1764", docx_font="Calibri",
    title="Seated and Safe: preventing falls on buses in Greyfield",
    cover_table=[
        ("Entry title", "Seated and Safe: preventing falls on buses in Greyfield"),
        ("Lead organisation", "Greyfield City Council, Public Health"),
        ("Partners", "Tollgate Buses Ltd; Redline Omnibus Company Ltd; Greyfield Older People's Assembly; Greyfield Teaching Hospitals NHS Trust (Emergency Department and Falls Service)"),
        ("Contact", "Marion Adebayo, Public Health Principal, Healthy Ageing"),
    ],
    primary_entrant=dict(name="Greyfield City Council", type="local_authority"),
    partners=[
        dict(name="Tollgate Buses Ltd", type="private"),
        dict(name="Redline Omnibus Company Ltd", type="private"),
        dict(name="Greyfield Older People's Assembly", type="patient_group"),
        dict(name="Greyfield Teaching Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why this mattered", """
Buses are a lifeline for older people in Greyfield. Around a third of people over 70 in the city do
not have a car, and the free bus pass takes them to the shops, the GP, the hospital and their friends.
But getting on and off a bus, and getting to a seat while it is moving, is one of the riskiest things
many of them do all week.

We first noticed this in the hospital's falls data. When the falls service looked at where their
patients had fallen, 'on a bus' came up more often than anyone expected, usually as the bus pulled
away from the stop before the person had sat down, or as it braked sharply at traffic lights. The
injuries were often serious: wrist and hip fractures, head injuries in people on blood thinners, and
skin tears that took months to heal. The bus companies had their own records of 'on-board incidents',
but these were kept for insurance purposes and never shared with anyone in health.

Drivers are under pressure to keep to the timetable, and in Greyfield's traffic that is hard. Many
told us they were aware of older passengers standing but felt they could not wait. Some passengers
told us they did not like to ask the driver to wait because they did not want to hold everyone up.
"""),
        ("evidence", "What has changed", """
Seated and Safe started on three routes in February 2023 and was extended to all routes run by both
companies in October 2023. Drivers now wait for any passenger who looks unsteady, uses a stick or
asks for a seat to sit down before pulling away. Every driver at both companies has had a
two-hour session on older passengers, which includes a short film of a passenger's-eye view of a bus
pulling away. A 'please wait for me to sit' card, which passengers
can show the driver, is given out free at libraries, GP surgeries and the Assembly's clubs. Priority
seats have been moved closer to the front on the newer buses, and both companies have added a second
grab pole near the door. Drivers' timetables on the busiest routes have been given an extra two
minutes per journey.

<<Q:On-board falls involving passengers over 65 recorded by the two bus companies fell from 212 in
2022 to 131 in 2024.>> <<Q:Emergency department attendances by people over 65 injured on a bus, found
by searching the department's records for the word 'bus', fell by about a third over the same period,
from 96 to 63.>> The falls service has seen only two hip fractures from falls on buses in 2024.

Around 14,000 'please wait' cards have been handed out.
"""),
        ("stakeholders", "How people were involved", """
<<P:Members of the Greyfield Older People's Assembly rode the three pilot routes with our team and a
driver trainer, timing how long it took them to get from the door to a seat, and what they found
changed the whole project: most of them needed at least eight seconds, and several said they would
never ask the driver to wait.>> <<P:They designed the 'please wait' card themselves, and chose the
wording after testing four versions at their clubs.>> <<P:One woman who had broken her wrist on a bus
in 2021 spoke at the drivers' training sessions about what had happened to her, and drivers have told
us that was what made them think differently.>>

<<S:Bus drivers from both companies sat on the steering group, and it was their idea to add two minutes
to the timetable on the busiest routes, because they said no amount of training would work if they were
always running late.>> <<S:Depot engineers suggested where the extra grab poles should go after
watching video footage from the on-board cameras.>> <<S:The falls service's physiotherapists and the
emergency department's data analyst agreed with us how injuries on buses would be counted, and the
department's reception staff added a 'where did you fall?' question to their booking screen.>>
"""),
        ("value", "Value", """
The cards cost £2,400 to print. The extra timetable minutes cost the bus companies some mileage, which
they have absorbed. Grab poles cost about £300 per bus. A hip fracture costs the NHS and social care
more than £20,000 in the first year, so preventing even a few pays for the whole scheme many times over.

Drivers say they feel less pressured. Older passengers tell us they feel more confident using the bus,
which matters because staying active and connected is itself good for their health.
"""),
        ("spread", "Spread", """
The regional bus operators' association has shared Seated and Safe with its members, and two other
councils have started talks with their local operators. The card is now printed in six languages. The
transport authority has written the two extra minutes into its new timetable standards for routes
serving hospitals.

We are also working with the city's hospital trust on the next step: the bus stop outside the main
hospital entrance, where older people getting off after an appointment are often tired, unsteady or
still a little sedated. The trust has moved the stop closer to the door and the bus companies have
agreed that drivers will wait at that stop until everyone who boards is seated, whatever the timetable
says.

Our advice to any other area is to start with the data you already have. Both bus companies and the
hospital had been recording these falls for years; nobody had put the figures side by side.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1765  collapses mistaken for drunkenness at late-night stations - pdf -
#        capital headings - ambulance service clinical lead, direct - with a
#        train operating company and the police - station staff, officers and
#        call handlers involved - NO patient involvement (passengers as
#        beneficiaries, a passenger survey that changed nothing, a man sent a
#        letter, a plan to ask a diabetes group, a negation)
# ---------------------------------------------------------------------------
entry(
    id="I1765", format="pdf", layout="caps_headings", topic="station_staff_collapse_not_drunk",
    project="independent111-notjustdrunk-1765", pdf_font="LiberationSans", pdf_align="J",
    title="Not Just Drunk: recognising medical emergencies in passengers at late-night stations",
    cover=[
        "Lead: Wessmoor Ambulance Service NHS Trust",
        "Partners: Kingsway Rail Ltd; Wessmoor and Dunstan Police (Transport Policing Unit)",
        "Author: Consultant Paramedic, Urgent and Emergency Care",
    ],
    primary_entrant=dict(name="Wessmoor Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Kingsway Rail Ltd", type="private"),
        dict(name="Wessmoor and Dunstan Police", type="emergency_service"),
    ],
    sections=[
        ("context", "WHY WE DID THIS", """
Late on a Friday or Saturday night, the last trains out of Wessmoor city centre are full. Station staff
and police officers deal with passengers who are drunk as part of the job. Most of the time they are
right. But some of the people who look drunk are not: they are having a hypo, they are post-ictal after
a seizure, they have a head injury, or they have taken something and are becoming dangerously unwell.

We reviewed three serious incidents in 2022 that all followed the same pattern. In one, a young man
with type 1 diabetes was removed from the last train for being 'drunk and abusive', left on a bench on
the platform, and found unconscious by a cleaner two hours later with a blood sugar of 1.4. In another,
a woman who had fallen on the escalator was put in a taxi by station staff, who thought she was
intoxicated, and was admitted the next day with a bleed on the brain. In the third, police officers
held a man in the back of their van for forty minutes waiting for a custody space before an officer
noticed he had a medical alert bracelet.

We looked further at our own 999 calls from railway stations between 10pm and 3am over two years. Of
the calls coded as 'intoxicated', a small but worrying proportion turned out to be something else once
the crew arrived, most often low blood sugar, a seizure, a head injury or a drug overdose. The callers
were usually station staff or police officers, and the descriptions they gave were almost always
'drunk', 'abusive' or 'unresponsive after drinking'.

Nobody in these cases did anything unusual. Station staff had no training in telling illness from
drink, had no way of asking for clinical advice short of a 999 call, and knew that a 999 call for
someone who 'seems drunk' would probably get a low priority. Police officers on the railway had first
aid training, but there was no shared approach with the railway.
"""),
        ("evidence", "WHAT HAS CHANGED", """
From March 2023 we introduced three things at the seven busiest stations on the Kingsway network.

Station staff and transport police officers now use a short card, 'Drunk or Unwell?', with five
questions: Did anyone see them drinking? Is there a medical bracelet or card? Are they getting worse?
Do they have a head injury? Can they tell you who they are? Any 'no' or 'don't know' to the first,
or 'yes' to any of the others, means the person is treated as unwell until proved otherwise.

Staff can call a clinician in our ambulance clinical hub directly on a dedicated number, without going
through 999, and get advice within a few minutes. Our clinicians can upgrade the call to an emergency
ambulance if needed.

Each of the seven stations has a glucose meter in its first aid kit, and staff trained to use it.

<<Q:Passengers taken to hospital after first being treated as drunk at these stations, who were then
found to have a medical cause, fell from 41 in the year before to 12 in the year after.>> <<Q:The median
time from staff first being concerned to a clinician being involved fell from 52 minutes to 9
minutes.>> <<Q:Police detentions at these stations of people who were later admitted to hospital
instead of custody halved, from 18 to 9.>>

The hub took 1,236 calls from station staff in the first year. Around 280 staff were trained.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<S:Station staff who work late shifts told us the card had to fit in a hi-vis pocket and be usable in
the dark, and they tested three versions before choosing the current one.>> <<S:Transport police
officers asked for the question about medical bracelets to be moved to the top, because that was the
one they were most likely to miss.>> <<S:Our clinical hub paramedics wrote the advice scripts and
changed them after the first month, when station staff said they were being asked for information they
could not get.>>

We did not hold focus groups with passengers. A survey of 400 passengers at Wessmoor Central in 2023
found that most felt safer knowing staff had been trained, and we did not change anything as a result.
The young man from the first incident was sent a letter explaining what had changed. Posters at the
stations tell passengers with diabetes or epilepsy that staff can now check on them. We plan to ask
the local diabetes support group to review the card in 2025.
"""),
        ("value", "VALUE", """
The glucose meters and cards cost less than £3,000 across all seven stations. The direct line uses the
hub's existing clinicians. Each avoided hypoglycaemic coma or missed head injury saves a great deal in
intensive care and rehabilitation, and can save a life. Station staff say they feel more confident and
less alone when a passenger collapses late at night.
"""),
        ("spread", "SPREAD", """
Kingsway Rail is introducing the card at all 38 staffed stations on its network during 2025, and two
other train operators in the region have asked for it. The police have included it in training for all
their transport policing officers. We have presented the work to the national ambulance clinical hub
leads' group.

The thing we have learned is that the people on the platform at midnight are not clinicians and never
will be, but they are the only people there. Giving them a simple set of questions and a direct line to
someone who is a clinician has done more than any amount of awareness raising. A passenger who seems
drunk may be drunk, and station staff will still be right most of the time. The card is there for the
times when they are not.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1766  people on warfarin who move into the area - docx - numbered
#        questions with cover bullets - GP federation clinical pharmacist,
#        methodical - with the acute trust's anticoagulation clinic and the
#        ICB - people who had moved involved (described indirectly) - NO staff
#        involvement (receptionists trained, a lead pharmacist doing her job,
#        practices sent guidance, a negation, a planned survey)
# ---------------------------------------------------------------------------
entry(
    id="I1766", format="docx", layout="numbered_questions", topic="warfarin_monitoring_lost_on_moving_area",
    project="independent111-movingon-1766", docx_font="Arial",
    title="Moving On, Staying Safe: keeping anticoagulation monitoring going when people move into the area",
    cover=[
        "An entry from Brackenfold GP Federation",
    ],
    cover_bullets=[
        "Lead: Brackenfold GP Federation (22 member practices)",
        "Partners: Tenmouth Valley Hospitals NHS Trust (Anticoagulation Service); NHS Orrin and Tenmouth Integrated Care Board (Medicines Optimisation)",
        "Contact: Federation Medicines Safety Pharmacist",
    ],
    primary_entrant=dict(name="Brackenfold GP Federation", type="primary_care"),
    partners=[
        dict(name="Tenmouth Valley Hospitals NHS Trust", type="nhs_trust"),
        dict(name="NHS Orrin and Tenmouth Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "1. What was the problem?", """
Brackenfold is a growing town. New housing estates, a large distribution centre and a popular
retirement village mean that about 9,000 people register with one of our practices every year after
moving from somewhere else. Among them are people taking warfarin, who need regular blood tests (INR
checks) to make sure their dose is right. Too much warfarin and they risk a serious bleed; too little,
and a clot or stroke.

When someone on warfarin moves, the anticoagulation clinic in their old area usually discharges them
on the assumption that the new GP will pick them up. The new GP practice often does not know they take
warfarin until the electronic record arrives, which can take weeks, and warfarin is frequently
prescribed by the hospital clinic rather than the GP, so it may not appear on the repeat list at all.
People are left with a supply of tablets and no one checking their blood.

In 2022 our practices reported six incidents involving patients who had moved into the area on warfarin
and had not had an INR check for more than six weeks. Two were admitted with bleeding. One woman of 84
had a gastrointestinal bleed and an INR of 9.6 nine weeks after moving to live near her daughter; she
had been told at her old clinic that 'someone will be in touch'.

Tenmouth Valley's anticoagulation service had the same concern from the other side: it often received
referrals late or not at all, and its nurses did not know who was new to the area.

Each organisation could see part of the problem. The practices saw a new patient with no record. The
clinic saw a referral that never came. The ICB's medicines team saw incident reports from both. Nobody
had looked at the whole journey of someone on warfarin moving house, and nobody had the job of making
sure the handover happened.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
Since January 2023 every new patient registration form in our 22 practices asks: 'Do you take a
medicine to thin your blood? If so, which one, and who checks it?' Any patient who answers yes to
warfarin is flagged by the practice the same day to the Tenmouth Valley anticoagulation service through
a shared inbox, and the service books a first INR check within 7 days. People on other blood thinners,
such as apixaban or rivaroxaban, are booked for a kidney function check and a review with the practice
pharmacist.

<<Q:Among new patients taking warfarin, the proportion waiting more than 14 days for their first INR
check after registering fell from 41% in 2022 to 6% in 2024.>> <<Q:First INR results above 5.0 in
people new to the area fell from 22 to 7 a year.>> <<Q:Since the change, no practice has reported an
incident of a new patient on warfarin going without monitoring for more than six weeks, against six such
incidents in 2022.>>

In 2024, 236 new patients were flagged as taking warfarin and 1,410 as taking another anticoagulant.
"""),
        ("spread", "3. How has the work been shared or spread?", """
The ICB has added the registration question to the template it recommends to all practices in the
Orrin and Tenmouth area, and it will go live across all 98 practices in April 2025. We have written to
the anticoagulation services in the areas that most of our new patients come from, asking them not to
discharge people until they have confirmed a new service has taken them on.

The federation has also shared the registration question with the national organisation for
anticoagulation services, which has included it in its guidance for services discharging patients who
move away.
"""),
        ("value", "4. What difference has it made, and is it value for money?", """
The question on the form costs nothing. Flagging a patient takes a receptionist about two minutes, and
booking an extra INR check uses the clinic's existing capacity. A single admission with a major bleed
costs several thousand pounds, and a stroke far more.

People who have just moved have a great deal on their minds. Knowing that their blood test will be
arranged is one less worry.
"""),
        ("stakeholders", "5. Who was involved, and how?", """
<<P:Three people who had moved to Brackenfold while taking warfarin sat down with us in the autumn of
2022 and went through, step by step, what had happened when they registered, and it was their
suggestion to put the question on the registration form itself rather than wait for the records.>>
<<P:Their wording - 'who checks it?' - was kept because they said most people would not know whether
their warfarin came from the GP or the hospital.>> <<P:The daughter of the woman who bled in 2022 read
the leaflet that is now given to new patients on warfarin and asked for the clinic's phone number to be
printed in large type on the front, which it is.>>

Receptionists at all 22 practices were trained to recognise the names of anticoagulant medicines. The
federation's medicines safety pharmacist, Helen Ogunyemi, wrote the protocol and set up the shared
inbox. Practices were sent written guidance and the new form. The anticoagulation nurses were briefed
at their team meeting. We did not run workshops with practice teams because of the time pressures on
general practice that winter. We plan to survey reception teams in 2025.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1767  cruise passengers taken to hospital during a port call - docx -
#        style headings - acute trust emergency department matron, lively -
#        with the port company, the council and the ambulance service -
#        passengers' families and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1767", format="docx", layout="style_headings", topic="cruise_passengers_hospital_port_call",
    project="independent111-beforeshesails-1767", docx_font="Calibri",
    title="Before She Sails: safe care for cruise passengers brought to hospital during a port call",
    cover=[
        "Saltley Bay University Hospitals NHS Foundation Trust (Emergency Department and Patient Flow)",
        "In partnership with Saltley Bay Port Company Ltd, Saltley Bay Borough Council (Visitor Services) and Merrow Coast Ambulance Service NHS Trust",
        "Entry by the Emergency Department Matron",
    ],
    primary_entrant=dict(name="Saltley Bay University Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Saltley Bay Port Company Ltd", type="private"),
        dict(name="Saltley Bay Borough Council", type="local_authority"),
        dict(name="Merrow Coast Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "The problem: a hospital with a ship's timetable", """
Ten years ago we hardly ever saw a cruise ship. Last year 142 called at Saltley Bay, between April and
October, some carrying more than 4,000 passengers. Many of those passengers are older, many have
long-term conditions, and a day ashore in a hilly old town with cobbled streets brings its share of
falls, chest pains, dizzy spells and worse. On a busy cruise day our emergency department can see ten
or more passengers, plus crew members sent ashore by the ship's doctor.

The clock is the problem. The ship sails at five or six in the evening, whatever is happening in our
department. Passengers who arrive at lunchtime with a fractured wrist or an irregular heartbeat are
desperate to get back on board, because their luggage, their medicines, their passport and often their
husband or wife are on the ship. Some discharged themselves against advice, with investigations
unfinished. Others were admitted and the ship left without them, and they found themselves in a strange
hospital, with only the clothes they stood up in and a handbag, sometimes unable to remember the names
of their own tablets.

We also had very little information. The ship's medical centre had often seen the passenger first and
started treatment, but the notes rarely came with them. When they did, they were in a different format,
sometimes in another language, and the doses were not always clear. Going the other way, our discharge
letters went to a GP in another country or to nobody at all, and the ship's doctor never saw them.

One case in 2022 made us act. A man of 78 was brought in from a ship with chest pain. His troponin was
rising, but he was determined to rejoin his wife on board and left the department against our advice
at 4.30pm. The ship's doctor had no idea what we had found. He had a cardiac arrest at sea that night
and was airlifted to another country's hospital. He survived, but his wife told us later that if she
had known what our doctors had said, she would never have let him leave.
"""),
        ("evidence", "What has changed", """
Since the 2023 season, every cruise day is treated as a planned event. The port company sends us the
cruise calendar in January, and on each cruise day a named 'port liaison nurse' in the emergency
department takes charge of any passenger or crew member who comes in. The ship's medical centre uses a
one-page handover form agreed with the cruise lines' port agents, which travels with the patient. By
3pm our liaison nurse phones the ship's doctor with an update on every passenger who is still with us,
so the ship can plan, and the ship's doctor can speak directly to our consultant. If a passenger has to
stay, the port agent brings their luggage, passport and medicines ashore before the ship sails, and the
council's visitor services team arranges a hotel for a partner who stays behind.

<<Q:Cruise passengers discharging themselves against medical advice fell from 23% of those seen in
2022 to 7% in 2024.>> <<Q:Passengers admitted after their ship had sailed without their own medicines
fell from 31 in the 2022 season to 4 in 2024.>> <<Q:Handover notes from the ship's medical centre
arrived with the patient in 19% of cases in 2022 and 88% in 2024.>>

In the 2024 season we saw 387 passengers and 64 crew members from cruise ships.
"""),
        ("stakeholders", "How we worked it out together", """
<<S:The ship's doctors of the three cruise lines that call most often met our emergency department
consultants on board one of the ships in March 2023 to write the handover form together, and it was
they who asked for the 3pm phone call, because that is when they have to tell the captain whether a
passenger is coming back.>> <<S:Paramedics from Merrow Coast pointed out that they often collected
passengers from the quayside with no information at all, so the form now goes with them from the ship's
gangway.>> <<S:Our own nurses chose to rotate the port liaison role so that everyone gains
experience.>>

<<P:The wife of the man who left us against advice in 2022 agreed to meet us, and her account of not
knowing what was happening shaped the 3pm call, which now includes the partner on the ship as well as
the doctor.>> <<P:A group of passengers who had been through our department during the 2023 season
answered our request for feedback with long and thoughtful emails, and several said they would have
stayed if someone had told them their luggage could be brought ashore, so we now say this first.>>
"""),
        ("value", "Value", """
The liaison nurse role comes from our existing staffing on cruise days. The port company pays for
the port agents' time. Each self-discharge that ends in a medical evacuation at sea can cost tens of
thousands of pounds, and carries real risk to the patient. Our staff say that cruise days are calmer,
and the passengers and their families say they felt looked after by people who understood their
situation.
"""),
        ("spread", "Spreading the learning", """
The cruise lines have shared our handover form with the other UK ports they call at, and two ports'
local hospitals are using it. We presented the work at the regional urgent and emergency care network
and at the cruise industry's annual medical conference.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1768  vaccination of seasonal hospitality workers - pdf - two columns -
#        ICB immunisation commissioner, brisk - with the district council,
#        UKHSA and the community trust - seasonal workers' 'bunkhouse reps'
#        and staff involved - NO quantitative evidence (doses given, clinics
#        held, a single registration figure, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1768", format="pdf", layout="two_column", topic="seasonal_hospitality_workers_vaccination",
    project="independent111-jabsatthelake-1768", pdf_font="LiberationSerif",
    title="Seasonal Staff, Protected: measles, mumps and meningitis vaccination for hospitality workers in the Ashdale Lakes",
    cover=[
        "Lead organisation: NHS Ashdale and Wyke Integrated Care Board",
        "Partners: South Ashdale District Council (Environmental Health and Housing); UK Health Security Agency (North West Health Protection Team); Ashdale Community Health NHS Trust (Immunisation Team)",
    ],
    primary_entrant=dict(name="NHS Ashdale and Wyke Integrated Care Board", type="icb"),
    partners=[
        dict(name="South Ashdale District Council", type="local_authority"),
        dict(name="UK Health Security Agency", type="public_other"),
        dict(name="Ashdale Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why we needed to act", """
Every spring, about 6,000 seasonal workers arrive in the Ashdale Lakes to staff the hotels, bars, boat
hire firms and outdoor centres. Most are aged 18 to 30. Some come from elsewhere in the UK, many from
Europe and further afield. They live in staff hostels and shared houses, often four to a room, and
they work long shifts with the public. Few register with a GP, and many do not know whether they had
their childhood vaccines.

In the summer of 2023 a cluster of mumps cases in two hotel staff hostels spread to a third, and a
young barman was admitted to hospital with meningococcal meningitis. He survived, but it took the
health protection team four days to trace his contacts, because nobody had a list of who lived in which
hostel and many of his friends had moved on to other jobs. At the same time, measles was rising
nationally, and a single case among staff who serve thousands of visitors a day could have spread
widely.
"""),
        ("evidence", "What we have achieved", """
In 2024 we ran 'Seasonal Staff, Protected'. Pop-up vaccination clinics were held in staff hostels and
in the biggest hotels' staff canteens at times that suited shift workers, mostly between 10pm and
midnight and on Monday mornings. The immunisation team offered MMR and MenACWY vaccines to anyone who
could not show they had had them, and helped workers register with a local GP on the spot. The council
asked employers with staff hostels to give us a named contact and to keep a simple register of who
lived where.

Over the season we held 46 clinics and gave 1,318 doses of MMR and 902 doses of MenACWY. By September,
62% of the seasonal workers we reached were registered with a GP in the area. Thirty-one employers
signed up to the hostel register, covering 74 hostels and shared houses.

Our aim for 2025 is for every staff hostel in the area to be on the register and for 80% of seasonal
workers to be offered vaccination in their first month. We do not yet have reliable figures on how many
seasonal workers were already vaccinated before they arrived.
"""),
        ("stakeholders", "Who was involved", """
<<P:Seasonal workers were involved through 'bunkhouse reps', people elected by each big hostel to speak
for its residents, and eight of them met us before the season started and told us the clinics had to
be late at night, after the bars closed, and that we should bring pizza.>> <<P:The reps also tested our
text messages and changed the wording from 'vaccination catch-up' to 'free jabs tonight', which is what
we then used.>>

<<S:The immunisation nurses designed the late-night clinic model themselves, and asked for portable
fridges and a second nurse on each shift after the first two clinics.>> <<S:Environmental health
officers, who inspect the staff hostels, suggested linking the hostel register to the licensing
inspections they already carry out.>> <<S:The health protection team's nurses reviewed the contact
tracing from 2023 with us and set out the information they would need in an outbreak.>>
"""),
        ("value", "Value", """
The clinics cost about £27,000 in nursing time and equipment. A single measles outbreak in a tourist
area would cost far more in contact tracing, exclusion of staff and lost business, quite apart from the
harm to people who catch it.
"""),
        ("spread", "Spreading the learning", """
The health protection team has shared the approach with two other tourist areas, one coastal and one
in a national park. The hostel register is being added to the council's house in multiple occupation
licensing conditions. We have written a short guide for employers.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1769  patients repatriated from hospitals abroad with resistant
#        infections - docx - form table - PRIVATE medical repatriation company
#        as primary entrant, with an acute trust and UKHSA (ineligible) -
#        medical director, formal - staff involved - NO patient involvement
#        (patients given a leaflet, relatives phoned, a survey that changed
#        nothing, a planned panel)
# ---------------------------------------------------------------------------
entry(
    id="I1769", format="docx", layout="form_table", topic="repatriated_patients_resistant_infections",
    project="independent111-screenedbefore-1769", docx_font="Calibri",
    title="Screened Before the Ward: infection screening for patients flown home from hospitals abroad",
    cover_table=[
        ("Entry title", "Screened Before the Ward: infection screening for patients flown home from hospitals abroad"),
        ("Primary entrant", "Skyreturn Medical Assistance Ltd"),
        ("Partner organisations", "Daneford University Hospitals NHS Trust (Infection Prevention and Control; Patient Flow); UK Health Security Agency (Eastern Health Protection Team)"),
        ("Entrant contact", "Medical Director, Skyreturn Medical Assistance Ltd"),
    ],
    primary_entrant=dict(name="Skyreturn Medical Assistance Ltd", type="private"),
    partners=[
        dict(name="Daneford University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="UK Health Security Agency", type="public_other"),
    ],
    sections=[
        ("context", "Why was the partnership needed? What were its patient safety goals?", """
Skyreturn arranges medical repatriation for travel insurers. When a UK resident falls ill or is injured
abroad and is well enough to travel, our flight doctors and nurses bring them home by air ambulance or
on a scheduled flight with a medical escort, and hand them over to an NHS hospital near their home.
Daneford University Hospitals receives more of our patients than any other trust, because it is close
to the airport we use most.

Many of these patients have spent days or weeks in hospitals where carbapenemase-producing
Enterobacterales (CPE) and other resistant organisms are common. Guidance says anyone admitted after a
stay in a hospital abroad should be isolated and screened. In practice, our patients often arrived at
Daneford late in the evening, went through the emergency department or straight to a ward bed that was
free, and were not screened until the next day, if at all. The hospital's bed managers often did not
know the patient had come from abroad until they arrived.

In 2022 the trust had two outbreaks of CPE on surgical wards that were traced back to patients
repatriated from overseas hospitals, one of them one of ours. Eleven other patients became colonised and
one developed a bloodstream infection.

The review of those outbreaks found that every organisation had done its own part correctly but that
nobody had joined the parts up. Our flight team knew where the patient had been treated but only told
the receiving doctor, by phone, during the flight. The hospital's infection prevention team found out
the next morning, if the ward remembered to tell them. Screening swabs taken abroad were sometimes
thrown away because nobody knew what to do with them. And the health protection team was only involved
once an outbreak had started.

The patient safety goals we agreed were that no repatriated patient should be placed in an open bay
before screening, that screening results should be available as early as possible, and that no other
patient should acquire a resistant organism from a repatriated patient.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Since April 2023, our flight nurse takes rectal and other screening swabs at the overseas hospital
before the flight whenever the local hospital allows it, and the results or the swabs travel with the
patient. We send Daneford's patient flow team a standard notification at least 12 hours before arrival,
including where the patient has been treated and for how long. The trust now keeps a side room for
every notified repatriation, and the infection prevention team sees the patient within 24 hours.

<<Q:The proportion of repatriated patients placed in an open bay before screening fell from 64% in
2022/23 to 9% in 2023/24.>> <<Q:The time from arrival to a screening result fell from a median of 71
hours to 26 hours.>> <<Q:Cases of CPE acquired on the ward that were linked to a repatriated patient
went from 12 in 2022 to none in 2024.>>

In 2023/24 we brought 318 patients to Daneford, and 29 of them were found to carry CPE.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Our flight nurses and Daneford's infection prevention nurses wrote the pre-flight screening
checklist together, and the flight nurses asked for a version in Spanish and Greek that they could give
to overseas ward staff.>> <<S:Daneford's bed managers told us a 12-hour notice was the least they could
work with and designed the notification form we now use.>> <<S:The health protection team's
consultant and the trust's microbiologists agreed which organisms to screen for and reviewed the
process every quarter, changing the swab sites after the first six months.>>

Patients are given a leaflet on the flight explaining why they will be in a side room. Relatives are
phoned before arrival. We sent a questionnaire to patients repatriated in the first year, which showed
they were satisfied with the information, so we left it as it was. We intend to set up a patient panel
with the trust in 2025.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
Screening before the flight costs about £60 per patient, which the insurers have agreed to pay. A
single CPE outbreak can close a ward for weeks and cost a hospital hundreds of thousands of pounds.
Ward staff say they feel safer knowing who is arriving.
"""),
        ("spread", "How has the work been shared and spread?", """
We now send the same notification to every NHS hospital that receives our patients, 41 trusts in 2024.
The health protection team has shared the checklist with two other repatriation companies.

We have presented the work at the national infection prevention conference and to the travel insurers'
medical assistance forum, which has recommended pre-flight screening to all its member companies.
Daneford's infection prevention team has used the same notification form for patients transferred from
private hospitals in the United Kingdom.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1770  cardiac arrests on trains between stations - pdf - no headings -
#        resuscitation charity founder, personal - with a train operating
#        company and the ambulance service - survivors and a widow involved
#        - NO staff involvement (conductors trained, drivers briefed, control
#        room told, a railway head of safety doing her job, a staff survey
#        that changed nothing)
# ---------------------------------------------------------------------------
entry(
    id="I1770", format="pdf", layout="no_headings", topic="cardiac_arrest_on_trains",
    project="independent111-nextstation-1770", pdf_font="LiberationSerif", pdf_align="L",
    title="Between Stations: defibrillators and CPR on Northmoor trains",
    cover=[
        "Every Beat Community Resuscitation Trust, working with Northmoor Railways Ltd and Tarrow Valley Ambulance Service NHS Trust",
        "Written by the Trust's founder and chair",
    ],
    primary_entrant=dict(name="Every Beat Community Resuscitation Trust", type="charity"),
    partners=[
        dict(name="Northmoor Railways Ltd", type="private"),
        dict(name="Tarrow Valley Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", None, """
My husband Graham died on the 17.42 from Tarrow to Kellside in November 2019. He was 56. He had a
cardiac arrest somewhere between two stations on a stretch of line that runs for eleven miles through
the moors with no road alongside it. A nurse in the carriage started CPR. The conductor ran to the
front to tell the driver, who called the signaller, who called 999. The train stopped at the next
station, where the ambulance was still eight minutes away. There was no defibrillator on the train and
the one at the station was locked in the ticket office, which was closed.

I started Every Beat a year later with two friends, both retired nurses, to put defibrillators where
they could save lives in our valley. The trains kept coming back to me. Northmoor Railways runs rural
lines where a train can be twenty minutes from the nearest road access, and the ambulance service cannot
reach a moving train. We looked at the records with the ambulance service: in the five years to 2021,
there had been 23 cardiac arrests on Northmoor trains or platforms. Three people survived.

At first Northmoor said no. Defibrillators on trains were not standard, there were questions about who
would maintain them and who would be liable, and the company worried about theft and vandalism. What changed
minds in the end were the published figures, which made it plain that the time to a shock on a remote
line was the single biggest reason people were not surviving. After a year of meetings, letters and one
very long evening at the depot, Northmoor agreed to a pilot on two lines.
"""),
        ("evidence", None, """
Since September 2022, every Northmoor train on the rural lines carries a defibrillator in a locked
cabinet by the conductor's door, which the conductor can open, and every conductor is trained in CPR
and in using it. The conductor now calls 999 directly on a railway mobile as soon as a passenger
collapses, rather than going through the driver and signaller, and the ambulance service's control
room meets the train at whichever station is best for the ambulance, not just the next one. Station
defibrillators have been moved outside ticket offices into heated public cabinets.

<<Q:In the two years since, there have been 9 cardiac arrests on Northmoor trains or platforms, and 4
people survived to leave hospital, compared with 3 survivors out of 23 in the five years before.>>
<<Q:The time from collapse to the first shock, where one was needed, fell from a median of 17 minutes
before the scheme, when the shock came from an ambulance crew, to 5 minutes.>> <<Q:Bystander CPR was
started in every one of the nine cases, compared with just over half of the earlier cases.>>

The numbers are small, and I know that. But four families have someone at home who would otherwise not
be there.

One of the four is a young man of 24 who collapsed playing a game on his phone on the way home from
work. His conductor had done the training three weeks before. His mother wrote to us afterwards. I have
read her letter more times than I can count.
"""),
        ("stakeholders", None, """
<<P:Two of the people who survived cardiac arrests on other railways, whom we found through a national
survivors' network, came to our planning meetings and told us what it felt like to wake up in hospital
not knowing what had happened, which is why we now give the conductor a card to hand to the family
with the hospital's number on it.>> <<P:My own experience, and that of another widow from the valley
who lost her father at Kellside station, shaped where the defibrillators went: we walked every
platform together and chose the spots where someone running from a train would see them first.>>

Northmoor's head of safety, Deborah Nwosu, arranged the installation of the cabinets as part of her
responsibilities. All 214 conductors on the rural lines were trained by our volunteer instructors in
2022. Drivers were briefed about the new procedure by their managers. The ambulance control room was
told which trains carry defibrillators. A survey of conductors after the first year showed they felt
confident, and we did not change anything.
"""),
        ("value", None, """
Each defibrillator and cabinet costs about £1,800, and we raised £64,000 through the valley's
fundraising events and two local businesses. Northmoor pays for training time and maintenance. The
defibrillators are registered on the national network so that anyone on the platform can find them.

People ask whether it is worth the money for so few cardiac arrests. I can only say that a train in the
middle of the moors is one of the few places in this country where nobody can reach you in time unless
the help is already on board. The cost of a defibrillator is the cost of a modest second-hand car. The
cost of not having one, I know better than most.
"""),
        ("spread", None, """
Northmoor plans to fit defibrillators on its intercity trains in 2025. We have shared our approach
with two other rural train operators and with the national rail safety body, and we talk about it to
anyone who will listen. Graham would have laughed at me being on a committee about trains. But he
would have been proud.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1771  people living on narrowboats - docx - reordered - PCN clinical
#        director, conversational - with a canal chaplaincy charity and the
#        community trust - boaters and staff involved - NO evidence section
#        and no measured change anywhere in the entry (missing section)
# ---------------------------------------------------------------------------
entry(
    id="I1771", format="docx", layout="reordered", topic="boat_dwellers_gp_care_continuity",
    project="independent111-towpath-1771", docx_font="Georgia",
    title="Towpath Health: keeping people who live on the canal in touch with their GP",
    cover=[
        "Lead organisation: Lockside and Wharf Primary Care Network",
        "Partners: Towpath Chaplains (registered charity); Harnell Vale Community Health NHS Trust (District Nursing)",
        "Entry by the Clinical Director of the primary care network",
    ],
    primary_entrant=dict(name="Lockside and Wharf Primary Care Network", type="primary_care"),
    partners=[
        dict(name="Towpath Chaplains", type="charity"),
        dict(name="Harnell Vale Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "What was going wrong", """
About 600 people live all year on boats on the stretch of canal that runs through our network's area.
Most of them are 'continuous cruisers': they have no home mooring, and the rules mean they have to move
their boat to a new place at least every fourteen days. Over a year, a boat might travel fifty miles or
more, through the areas of three or four primary care networks and two integrated care boards.

Boaters are a varied group: young families priced out of housing, older people who have lived afloat
for decades, people working from their boats, and some who are on the water because they have nowhere
else to go. What they share is that the NHS is built around a fixed address. Practices remove patients
who move out of their area. Letters about hospital appointments, screening invitations and test
results go to a postal address the person visits once a month, or to the boatyard. District nurses
cannot find a boat that has moved two miles since the last visit.

The Towpath Chaplains, who visit boats along the whole canal, kept telling us about people who had
fallen through the gaps: a man with heart failure who had stopped his tablets because he had been
removed from his practice list and did not know where to get them; a woman who missed her colposcopy
because the letter went to her sister's house; an older boater with a leg ulcer that had not been
dressed for three weeks because the nurse could not find him.

None of this was anyone's fault in particular. Practice boundaries exist for good reasons, district
nursing teams are organised by postcode, and hospital systems need an address to send a letter to. But
a boater who moves every fortnight meets all of those rules at once, and each one pushes them a little
further away from care. We wanted to see whether a few practices and one community trust, working with
people who know the canal, could make the system bend a little.
"""),
        ("stakeholders", "Who took part and what they changed", """
<<P:We started by asking boaters themselves: the chaplains arranged three evenings at canalside pubs,
and about forty people who live on the water came and talked to us, and what they said became the
design brief.>> <<P:They told us the thing that mattered most was not being removed from their
practice when they moved, and they suggested the 'canal corridor' idea, in which any practice on the
canal keeps them registered wherever they are moored along it.>> <<P:A boater who is also a retired
nurse drew the map of mooring points that the district nurses now use.>>

<<S:Practice managers from all six practices on the canal agreed to stop removing boaters from their
lists when they moved within the corridor, and the receptionists worked out between them a way of
recording a mooring as a temporary address.>> <<S:District nurses designed a simple text check-in:
the day before a visit they text the person, who replies with their mooring number, and the nurses
changed the mooring numbers twice after finding the first version confusing in the dark.>> <<S:The
chaplains and the network's social prescribers meet every month to go through anyone they are
worried about.>>
"""),
        ("value", "What it has meant and what it costs", """
Towpath Health has cost very little. The practices have accepted a small number of extra patients who
would otherwise have been removed. The text check-in uses the trust's existing system. The map was
drawn for free. The chaplains are volunteers.

What we have seen is harder to put in a table. Boaters who were lost to care are back in touch. Letters
now go to the practice, which texts the person to collect them, and people tell us they have not missed
an appointment letter since. The district nurses say they no longer spend an hour walking the towpath
looking for a boat. The chaplains say boaters are more willing to ask for help because they know they
will not be struck off.

Since the scheme began in 2023, 312 boaters have been registered under the canal corridor arrangement,
and the district nurses have made 1,040 visits to boats using the mooring map.
"""),
        ("spread", "Sharing it", """
We have shared the canal corridor idea with the two primary care networks upstream, and one has joined.
The integrated care board is looking at whether the same approach could work for other people who move
often, such as people living in vans and people working on fairgrounds. The chaplains have taken the
mooring map to their national conference.

We have not tried to measure the difference in numbers, and we are honest that we do not yet know how
to. Boaters are hard to count and harder to follow. The integrated care board has offered to help us
design an evaluation for next year, linking registration data to hospital attendances, and we would
welcome advice from anyone who has tried something similar.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1772  people seeking asylum moved between hotels - pdf made from Word -
#        style headings - council resettlement manager, measured - with a GP
#        practice, the pharmaceutical committee and a refugee charity - staff
#        involved - NO patient involvement (residents sent letters, a survey
#        that changed nothing, a planned residents' panel, a negation)
# ---------------------------------------------------------------------------
entry(
    id="I1772", format="pdf", layout="style_headings", topic="asylum_hotel_moves_medicines_records",
    project="independent111-carriedforward-1772", render_via="soffice", docx_font="Liberation Sans",
    title="Carried Forward: medicines and health records for people seeking asylum who are moved between hotels",
    cover=[
        "Lead organisation: Rennick City Council, Asylum and Resettlement Team",
        "Partners: Carmody Street Surgery; Rennick and District Local Pharmaceutical Committee; Rennick Refugee Welcome (registered charity)",
        "Contact: Resettlement Service Manager",
    ],
    primary_entrant=dict(name="Rennick City Council", type="local_authority"),
    partners=[
        dict(name="Carmody Street Surgery", type="primary_care"),
        dict(name="Rennick and District Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Rennick Refugee Welcome", type="charity"),
    ],
    sections=[
        ("context", "The problem", """
Since 2021 Rennick has had three hotels used by the Home Office's accommodation contractor to house
people seeking asylum. At any one time about 650 people live in them. People are moved in and out at
short notice: from the initial accommodation centres into our hotels, between our hotels and others in
the region, and out to dispersal housing in other towns. Moves are often announced the evening before,
or on the morning itself.

Carmody Street Surgery registers almost everyone in the hotels. Its clinicians see a great deal of
illness: tuberculosis and hepatitis B, diabetes and high blood pressure that have gone untreated on a
long journey, pregnancy, injuries, and the mental health effects of war, torture and trafficking.
Treatment often starts here and is then interrupted by a move. People arrived at a new hotel without
their medicines, without a letter, and sometimes without knowing the name of what they had been taking.
The new practice, if they registered with one at all, had no record until the electronic transfer came
through weeks later.

In 2022 the surgery recorded 38 incidents in which a resident's treatment was interrupted by a move,
including a man on tuberculosis treatment who went without it for five weeks, a pregnant woman whose
antenatal booking was lost, and a child with epilepsy who ran out of medicine two days after being moved
to a hotel in another county.

Everyone involved was trying to do the right thing. The accommodation contractor has to fill beds
across the region at short notice. Hotel staff often did not know a move was coming until the coach
arrived. The surgery had no way of knowing who was leaving, and receiving practices had no way of
knowing who was coming. Residents themselves were often frightened, did not speak English, and had
learned not to ask questions of officials.
"""),
        ("evidence", "What has changed", """
Since February 2023, the accommodation contractor has shared planned moves with the council at least 48
hours in advance wherever possible, and the council passes them to the surgery each day. For anyone on
regular medicines, the surgery issues a 28-day supply and a printed summary of their conditions and
medicines, translated into their own language by the practice's translation service, before they go.
A community pharmacy near each hotel keeps a record of who is taking what, and the pharmacist contacts
the receiving practice or pharmacy when someone moves. Refugee Welcome's caseworkers check at the new
hotel that the person has registered with a GP.

<<Q:Residents moved on from Rennick hotels who arrived at their next address without at least a week's
supply of their regular medicines fell from 58% in 2022 to 11% in 2024.>> <<Q:Incidents of treatment
being interrupted by a move, recorded by the surgery, fell from 38 in 2022 to 9 in 2024.>> <<Q:The
number of people on tuberculosis treatment who missed more than two weeks of tablets after a move went
from 4 to none.>>

In 2024, 1,126 moves out of our hotels were notified to the surgery.
"""),
        ("stakeholders", "Who was involved", """
<<S:The surgery's nurses and pharmacist designed the one-page summary, and changed it after the first
month when receiving practices told them the medicines section needed the doses as well as the names.>>
<<S:Community pharmacists near the hotels, through the pharmaceutical committee, agreed how they would
keep their records and suggested a shared contact list of pharmacies near other asylum hotels in the
region.>> <<S:Hotel welfare officers employed by the accommodation contractor told us which moves were
most often unannounced, and it was their suggestion that the council's daily list be sent at 7am, before
residents are told.>> <<S:Refugee Welcome's caseworkers met the surgery team every fortnight to review
anyone who had been lost.>>

Residents were sent a letter in their own language explaining the new arrangements. A short
questionnaire was given to residents at one hotel in 2023, and most said they found the printed summary
useful; no changes were made. Residents were not involved in designing the process, because of the
speed with which it had to be set up. We plan to set up a residents' panel with Refugee Welcome in
2025.
"""),
        ("value", "Value", """
The 28-day supply would usually be issued anyway; it is simply issued before a move rather than after.
Translation costs are about £4,000 a year. An interrupted course of tuberculosis treatment can lead to
drug resistance and infection of others, at enormous cost. Staff at the surgery say that they feel less
helpless when a patient is moved.
"""),
        ("spread", "Spread", """
The regional strategic migration partnership has shared our approach with every council hosting asylum
hotels in the region. Two receiving practices have started to send their own summaries when people move
on from them.

We have also written a short guide for councils and practices hosting asylum hotels, setting out what we
learned about the timing of moves, the summary letter and the role of community pharmacies, and have
offered it to the national network of asylum health practices. We think the approach would work for
other groups who are moved at short notice, such as families in temporary accommodation.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1773  lorry drivers held in motorway queues for the port - pdf - form
#        table with a cover table - county council emergency planning manager,
#        operational - with the ambulance service, the port company and a
#        drivers' welfare charity - drivers involved - NO staff involvement
#        (welfare officers trained, control room briefed, the resilience
#        manager doing his job, partners agreeing)
# ---------------------------------------------------------------------------
entry(
    id="I1773", format="pdf", layout="form_table", topic="lorry_drivers_port_queue_welfare",
    project="independent111-heldinline-1773", pdf_font="LiberationSans",
    title="Held in Line: health and welfare for lorry drivers in the port holding queue",
    cover_table=[
        ("Title", "Held in Line: health and welfare for lorry drivers in the port holding queue"),
        ("Lead organisation", "Hythemoor County Council (Emergency Planning and Resilience)"),
        ("Partners", "South Downs and Hythemoor Ambulance Service NHS Trust; Port of Shelvey Ltd; Truckers' Welfare Network (registered charity)"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
    ],
    primary_entrant=dict(name="Hythemoor County Council", type="local_authority"),
    partners=[
        dict(name="South Downs and Hythemoor Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Port of Shelvey Ltd", type="private"),
        dict(name="Truckers' Welfare Network", type="charity"),
    ],
    sections=[
        ("context", "Why was the partnership needed and what were the safety goals?", """
When crossings from the Port of Shelvey are disrupted by storms, strikes or border checks, lorries bound
for the port are held on a closed section of the motorway. In bad weeks up to 4,000 lorries queue for a
day or more. The drivers, from all over Europe, are stuck in their cabs with no toilets, little water
and no way of getting to a shop or a pharmacy.

During the holds of 2021 and 2022, ambulances were called to the queue many times: drivers with chest
pain, diabetic emergencies, dehydration in the summer heat, and falls from cabs. Ambulances could not
easily get along the queue, because the hard shoulder was blocked. Many drivers had run out of their
regular medicines, having expected to be home within a day or two. Some, we later learned, did not call
for help because they were afraid of losing their place in the queue.
"""),
        ("evidence", "What evidence is there of improvement?", """
Since the spring of 2023, whenever a hold is declared, the council sends out welfare patrols every four
hours along the queue, with water, food and a basic health check. Each patrol carries a card in nine
languages asking drivers whether they need medicines, feel unwell or have a condition such as
diabetes. Drivers who need help can use a phone line staffed by the ambulance service's clinical hub,
with interpreters. The port has agreed that any driver who leaves the queue for medical reasons keeps
his place. A dedicated emergency lane is kept clear along the hold.

<<Q:Ambulance response times to the queue fell from a median of 58 minutes in the 2022 holds to 21
minutes in 2023 and 2024.>> <<Q:Emergency calls for diabetic emergencies and dehydration among held
drivers fell from 47 across the 2022 holds to 15 across the 2023 and 2024 holds, despite a similar
number of days of holding.>>

Welfare patrols handed out 38,000 bottles of water and 2,100 medicine information cards.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<P:Drivers shaped the health card: the Truckers' Welfare Network arranged for us to sit with groups of
Polish, Romanian, Lithuanian and British drivers at a truck stop near the port, and they told us that
'are you well?' meant nothing, but 'have you got your tablets?' did.>> <<P:It was those drivers who told
us about the fear of losing their place, which led to the agreement with the port.>> <<P:A Bulgarian
driver who had a hypo in the queue in 2022 helped us write the diabetes section.>>

The council's resilience manager, Andrew Pellow, coordinated the response as part of his role. Welfare
officers were trained in the health check by the ambulance service. The ambulance control room was
briefed before each hold. The port company and the police agreed to the emergency lane.
"""),
        ("value", "What has been the impact on patient experience and value for money?", """
The welfare patrols cost about £11,000 per day of holding, largely covered by the national funding for
holds. The phone line uses the ambulance service's existing clinical hub. Fewer emergency calls to the
queue means fewer ambulances tied up for hours on a closed motorway. Drivers say that being asked
whether they have their medicines makes them feel less like freight.
"""),
        ("spread", "How has the work been shared and spread?", """
The approach is now part of the county's standing plans for holding lorries. We have shared it with
two other counties with major ports, and the Department for Transport has asked to include the health
card in its national guidance.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1774  holidaymakers admitted to a seaside hospital - docx - bullet lists
#        - departments of ONE acute trust (ED, pharmacy, acute medicine), NO
#        partner (ineligible) - chief pharmacist, brisk - staff involved, and
#        a visitor and her daughter involved (told in the context section)
# ---------------------------------------------------------------------------
entry(
    id="I1774", format="docx", layout="bullet_lists", topic="holidaymakers_admitted_without_records",
    project="independent111-awayfromhome-1774", docx_font="Calibri",
    title="Away From Home: getting holidaymakers' medicines right when they are admitted to our hospital",
    cover=[
        "Seabourne Coast Hospitals NHS Trust",
        "A partnership between our Emergency Department, Pharmacy and Acute Medical Unit",
        "Submitted by the Chief Pharmacist",
    ],
    primary_entrant=dict(name="Seabourne Coast Hospitals NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Why we needed to change", """
Seabourne's population almost doubles in the summer. Holiday parks, hotels and second homes bring
hundreds of thousands of visitors, many of them older people. When they become unwell, they come to us.

- in August, around one in five emergency admissions to our acute medical unit is someone who lives more than 50 miles away

- many visitors do not bring a list of their medicines, and some leave their tablets at the caravan or hotel when the ambulance comes

- our clinicians could not see their GP record, and out of hours the GP practice could not be reached

- in 2022 we recorded 27 medicines incidents involving visitors, including a missed dose of a Parkinson's medicine, two people given double doses of a blood thinner, and an omitted insulin

- visitors also stay longer: when we cannot confirm what someone takes, doctors are understandably cautious about sending them home, and a weekend admission can stretch into the following week

- discharge was its own risk, because changes we made to a visitor's medicines were written in a letter that went to a GP we could not name, or was handed to the patient and lost on the train home

The common thread was that nobody owned the problem. The emergency department saw it as a pharmacy issue, pharmacy saw it as a prescribing issue, and the acute physicians assumed the information would turn up. In the winter of 2022 the three departments agreed to work on it together, with one shared action plan and one monthly meeting, and the pharmacy department agreed to lead.

<<P:One of them, a woman from Glasgow who had been admitted after a fall and missed her epilepsy medicine for two days, came back to see us the following summer with her daughter, and together they walked us through what had gone wrong from the moment the ambulance arrived.>> <<P:Her daughter's idea of a 'holiday medicines bag' poster for holiday parks became part of the project.>>
"""),
        ("evidence", "What has improved", """
From May 2023:

- the emergency department asks every visitor 'Where are your tablets?' at triage, and a porter or taxi is sent to collect them from the holiday address if needed

- our pharmacy technicians look up the national summary care record for every visitor admitted, seven days a week, within four hours

- a pharmacist reviews every visitor's medicines on the acute medical unit the same day

- any critical medicine that the visitor has not brought, such as a Parkinson's medicine, an anti-epileptic or insulin, is supplied from a dedicated 'visitor box' kept in the emergency department, so the next dose is not missed while we wait for their own supply

- visitors go home with a discharge letter that is sent electronically to their own GP, wherever they live

Results:

- <<Q:medicines reconciliation within 24 hours for admitted visitors went up from 38% in summer 2022 to 91% in summer 2024>>

- <<Q:omitted or delayed critical medicines for visitors fell from 64 doses in summer 2022 to 13 in summer 2024>>

- <<Q:medicines incidents involving visitors fell from 27 to 8>>
"""),
        ("stakeholders", "How people were involved", """
- <<S:pharmacy technicians designed the summary care record look-up process and the recording template, and asked for weekend cover after the first month>>

- <<S:emergency department nurses chose the 'Where are your tablets?' question after trying three different wordings at triage>>

- <<S:porters suggested keeping a sealed bag for collected medicines so they are not mixed up with others>>

- <<S:the acute medical unit consultants agreed to wait for the pharmacist's review before prescribing non-urgent medicines for visitors>>
"""),
        ("value", "Value", """
- the extra pharmacy technician hours cost about £22,000 a summer

- each avoided medicines incident saves time, harm and sometimes a longer stay

- visitors say they were relieved not to have to remember every tablet

- ward staff say the summer is less chaotic, because the pharmacy team picks up problems before they reach the ward round

- the visitor box costs about £1,500 a year to stock, and most of the medicines in it are used before they expire
"""),
        ("spread", "Spread", """
- the approach has been adopted for all visitors admitted to our second hospital site

- we have shared it with coastal trusts through the regional chief pharmacists' network

- holiday parks have been sent the 'holiday medicines bag' poster

- we are writing to the national body for holiday parks to suggest that the poster goes on every caravan door

What we have learned:

- most of the harm came from ordinary things: a tablet left in a handbag, a dose that nobody knew about, a letter sent to nowhere

- the answer was not a new system but an old one, the summary care record, used every time rather than when someone remembered

- one question asked early, 'Where are your tablets?', saves a great deal of work later

- visitors are not a special group: they are our usual patients, far from home, and the same checks help everyone
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1775  fevers missed in returning travellers - docx - no headings - long -
#        infectious diseases consultant, reflective - acute trust with the
#        ambulance service's NHS 111, a GP federation and a travel clinic
#        pharmacy group - staff involved - NO patient involvement (patients
#        sent letters, leaflets, a survey that changed nothing, a plan) -
#        claims partly in words
# ---------------------------------------------------------------------------
entry(
    id="I1775", format="docx", layout="no_headings", topic="returning_traveller_fever_malaria",
    project="independent111-whereyoubeen-1775", docx_font="Cambria",
    title="Where Have You Been? Asking returning travellers with a fever the question that matters",
    cover=[
        "Wenlow Royal Hospitals NHS Trust, Department of Infection and Tropical Medicine",
        "with Wenlow and Marsh Ambulance Service NHS Trust (NHS 111), Wenlow and District GP Federation and Meridian Travel Health Pharmacies",
        "Entry by the consultant in infectious diseases who led the work",
    ],
    primary_entrant=dict(name="Wenlow Royal Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Wenlow and Marsh Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Wenlow and District GP Federation", type="primary_care"),
        dict(name="Meridian Travel Health Pharmacies", type="private"),
    ],
    sections=[
        ("context", None, """
Wenlow is a city with an international airport forty minutes away, a large university, and long
established communities with family in West Africa, South Asia and the Caribbean. Every week people
come back to Wenlow from places where malaria, dengue, typhoid and other infections are common. Most of
them are fine. A few come back with a fever, and among those a small number have falciparum malaria,
which can kill a previously healthy adult within a couple of days if it is not treated.

Malaria is almost never missed because it is hard to diagnose. The test is quick, cheap and available
in every hospital laboratory. It is missed because nobody asks where the person has been. The fever is
put down to flu or a urinary infection or 'a virus', and the person is sent home with paracetamol.
When I looked back at the cases of malaria we treated in 2019 to 2022, more than a third of patients
had been seen by at least one other clinician after their symptoms started: a GP, an NHS 111 clinician,
an urgent treatment centre or our own emergency department. In almost none of those earlier contacts
was a travel history written down.

Two cases in 2022 still stay with me. A student nurse returned from visiting her grandmother in Ghana
and called NHS 111 twice with fever and vomiting. She was told to rest and take fluids. She arrived in
our emergency department on the third day, confused, with 14% of her red cells infected, and spent a
week in intensive care. A man in his sixties who had been to a family wedding in Nigeria saw his GP,
who diagnosed a chest infection and prescribed antibiotics. He collapsed at home two days later. He
survived, but with kidney damage. Neither had taken malaria tablets, because both were going home to
family and, like many people in that situation, did not think of themselves as tourists at risk.

These were not failures of individual clinicians. They were failures of a system in which the question
'have you travelled?' was nowhere in the pathways that NHS 111, general practice and our emergency
department used for fever. We had been telling people this at teaching sessions for years, and nothing
had changed. We needed to change the systems themselves, and for that we needed partners.

The partners were not hard to find. The ambulance service's NHS 111 service had reviewed its own calls
after the student nurse's case and was troubled by what it found. The GP federation had a new clinical
system template group looking for practical safety projects. Meridian's travel clinics had long been
frustrated that people came to them for vaccines before a holiday but rarely before visiting family.
And our own emergency department had just moved to a new electronic triage system, which made it
possible to add a question without reprinting anything.

We agreed three patient safety goals at our first meeting. Every person with a fever who had been to a
malaria area in the past year should be asked about it at their first contact with the NHS. Anyone who
said yes should have a malaria test the same day. And no one should wait for a result for longer than
it takes to walk from the laboratory to the ward.
"""),
        ("stakeholders", None, """
<<S:I asked the clinical leads of the ambulance service's NHS 111 service, the GP federation and our
emergency department to sit down together in January 2023, and it was the 111 clinical leads who pointed
out that their fever pathway did have a travel question, buried eight screens in, after the call
handler had usually already reached an outcome.>> <<S:They redesigned the pathway with their senior
health advisers so that the travel question is asked in the first minute for anyone with a fever, and a
yes to travel to a malaria area in the past year now brings up a clinician call-back within an hour.>>

<<S:The GP federation's clinical leads and practice nurses built a fever template for the clinical
system that opens with 'Where have you been in the last year?' and, if the answer is a malaria area,
prompts the clinician to arrange a same-day malaria test in our ambulatory unit, and they changed the
wording twice after testing it in four practices.>> <<S:Our emergency department triage nurses
added the question to the triage screen and chose to make it a mandatory field for any adult or child
with a temperature over 38 degrees.>> <<S:Our biomedical scientists in the laboratory agreed to
process malaria tests within one hour, day or night, and designed a 'malaria test' request with its
own coloured bag so it could be spotted in the bench queue.>>

<<S:The pharmacists at Meridian's travel clinics, who see many of the people who do take advice before
travelling, reviewed their pre-travel consultation with us and added a 'what to do if you get a fever
when you come home' card, which they tested with their own clinic staff before it went out.>>

Patients were sent a letter after their admission explaining what malaria is and how to avoid it on
future trips. We put leaflets in the arrivals hall at the airport. A survey of people treated for
malaria in 2023 found that most had not known they were at risk, which confirmed what we already
thought; we did not change the programme as a result. We would like to work with community and faith
groups next year to reach people visiting friends and relatives before they travel.
"""),
        ("evidence", None, """
The new NHS 111 pathway went live in April 2023, the GP template in June 2023, and the emergency
department triage field in May 2023. We have compared the two years before with the eighteen months
after.

<<Q:The proportion of our malaria patients who had been seen by another clinician without a travel
history being recorded has halved, from 36% to 17%.>> <<Q:The median time from a patient's first
contact with any NHS service to starting malaria treatment fell from 41 hours to 9 hours.>> <<Q:Severe
malaria needing intensive care or high dependency care went from 11 cases to 3, even though the total
number of malaria cases was about the same.>>

In the same period NHS 111 asked the travel question on 21,400 fever calls, and the GP template was used
6,900 times. The laboratory carried out 1,850 malaria tests.

We also picked up other infections because of the question: typhoid, dengue, and two cases of measles in
travellers returning from countries with outbreaks, who were isolated before they could infect anyone in
the waiting room.
"""),
        ("value", None, """
Most of this work cost nothing except clinicians' time. The NHS 111 pathway change and the GP template
were built within existing contracts. The one-hour laboratory turnaround needed a small change to the
night rota, which the laboratory has managed within its budget. A week in intensive care costs around
£15,000, and a person with malaria who is treated early usually goes home within a day or two, or is
treated as an outpatient.

For the staff involved, there has been real satisfaction in seeing a question that we have been asking
people to remember for years finally built into the way we work. A consultant colleague said at our last
review meeting that it was the first time in her career she had seen a teaching point turn into a
system.
"""),
        ("spread", None, """
The ambulance service has made the change to the NHS 111 fever pathway across its whole region, and has
shared it with the national NHS 111 clinical governance group. The GP federation's template has been
adopted by two neighbouring federations. We have presented the work at the national infection
conference and published a short report in a journal for infectious diseases clinicians. The airport
leaflet has been taken up by the airport's other health partners.

We have learned that the answer to a diagnostic problem is sometimes not a new test but a very old
question, asked at the right time, by the right person, in the right place.

There is more to do. We still see people who were not asked, usually when they attend somewhere outside
the pathways we changed, such as a pharmacy for cold remedies or an urgent treatment centre in another
county. We have not yet reached the people who would most benefit from malaria tablets before they
travel, and we know that advice alone will not change much for people going home to family. We also
need to keep checking that the travel question stays where we put it: clinical systems are updated,
templates are replaced, and a question that took a year to build in can disappear in an afternoon.

If another area wants to do this, my advice is to start by looking at your own malaria cases and
asking, for each one, who saw them first and what they were asked. The answer will almost certainly be
the same as ours, and it will tell you exactly where to begin.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1776  children's health records lost when forces families are posted -
#        pdf - with appendix - forces families' charity director, warm - with
#        the ICB, the community trust and the county council - service
#        families and health visitors involved - NO value section - claims
#        partly in words
# ---------------------------------------------------------------------------
entry(
    id="I1776", format="pdf", layout="with_appendix", topic="forces_families_children_records_moves",
    project="independent111-postedon-1776", pdf_font="DejaVuSans", pdf_align="L",
    title="Posted On: keeping children's health information with service families when they move",
    cover=[
        "Lead organisation: HomeBase Service Families Trust (registered charity)",
        "Partners: NHS Garrow Downs Integrated Care Board; Garrow Downs Community NHS Trust (Health Visiting and School Nursing); Garrow County Council (Children's Services)",
        "Entry by the Director of Family Support, HomeBase",
    ],
    primary_entrant=dict(name="HomeBase Service Families Trust", type="charity"),
    partners=[
        dict(name="NHS Garrow Downs Integrated Care Board", type="icb"),
        dict(name="Garrow Downs Community NHS Trust", type="nhs_trust"),
        dict(name="Garrow County Council", type="local_authority"),
    ],
    sections=[
        ("context", "Why this matters", """
Garrow Downs is home to four army garrisons and about 11,000 service children. Army families are posted
every two to three years, sometimes at a few weeks' notice, and often from the other end of the country
or from a base overseas. A child of a serving soldier may have lived in five or six places by the time
they start secondary school.

Each move means a new GP, a new health visitor or school nurse, and often a new school. Children's
health records are meant to follow them, but in practice they often do not, or arrive months later.
Families who come back from overseas bases, where health care is provided by the military, can arrive
with no NHS record at all. Parents are left to remember their children's vaccinations, growth checks and
referrals.

When we asked families in 2022 what worried them most about moving, the answers were strikingly
consistent. Their child's place on a waiting list for a speech and language or developmental assessment
was lost, and they had to start again at the back. Children with asthma, allergies or epilepsy arrived
without a care plan, and nursery or school staff had no idea what to do in an emergency. Safeguarding
information sometimes did not follow a child at all. We were also aware of two serious case reviews in
other parts of the country in which concerns about a service child had been lost in a move.

HomeBase has supported army families in the area for twenty years, mainly with housing, childcare and
employment advice. Health had never been part of our work. But our family support workers are often the
first people a family meets after they arrive, and they were hearing these stories every week. In 2022
we approached the ICB and the community trust with a simple suggestion: that we use that first visit
to capture what the family knows about their children's health and make sure it reaches the right
people.
"""),
        ("evidence", "What has changed", """
Posted On began in September 2022. Families arriving in Garrow Downs are met by a HomeBase family
support worker within a week of their arrival, who helps them register with a GP and completes a short
health summary for each child, with the parents, using the parents' own knowledge and the red book. The
summary goes, with consent, to the health visiting or school nursing team, which contacts the family
within two weeks. The ICB has agreed with local providers that children already on a waiting list
elsewhere keep their original referral date. The council's children's services and the community
trust have a named link for service families, who makes sure safeguarding information is requested from
the previous area on the day the family arrives.

<<Q:Among children under five arriving in Garrow Downs, the proportion who had their health visitor
contact within a month of arrival rose from 29% before the scheme to 84% in 2024.>> <<Q:Children arriving
with a long-term condition but without a care plan for their nursery or school fell by about a third,
from 47 in the first year to 31 in the second.>> <<Q:Children whose earlier referral date was lost on
moving, and who had to start a waiting list again, went from being the usual experience to being rare:
41 cases in 2022 against 6 in 2024.>>

Over two years we have met 1,420 families and completed health summaries for 2,310 children.
"""),
        ("stakeholders", "Who was involved", """
<<P:Service families designed the health summary with us: spouses from each of the four garrisons met us
over coffee mornings through the winter of 2022, and they told us that they knew their children's
histories better than any record, and asked for a form they could fill in with us rather than a form
filled in about them.>> <<P:It was a group of them who asked that the summary also travel with them when
they next move, so every family is now given their own copy in a plastic wallet.>> <<P:Teenagers at a
garrison youth club told us school nurses should contact them by text rather than through their parents,
and this is now offered.>>

<<S:Health visitors and school nurses helped design the summary and tested it with the first forty
families, and they asked for a section on who to contact at the previous base.>> <<S:GP practice
managers near the garrisons agreed with us a same-week registration appointment for newly posted
families.>> <<S:The council's safeguarding leads and the army's welfare officers met every month through
the first year to go through cases where information had been slow to arrive.>>
"""),
        ("spread", "Spread", """
The army's welfare service has shared Posted On with garrison communities in two other regions, and
one ICB has begun a similar scheme. The health summary has been translated into Nepali and Fijian for
the families of Gurkha and Commonwealth soldiers.
"""),
    ],
    trailer=[
        ("heading", "Appendix: the Posted On child health summary"),
        ("para", "Sections of the summary: 1. Child's name, date of birth and NHS number (if known). 2. Previous GP and base, with dates. 3. Vaccinations, from the red book or parent's memory. 4. Long-term conditions, medicines and care plans. 5. Waiting lists and referral dates. 6. Schools and nurseries attended. 7. Who to contact at the previous base. 8. Anything else the family wants the new team to know."),
        ("para", "Data sources: health visitor contact figures from Garrow Downs Community NHS Trust's child health records; care plan and waiting list figures from HomeBase's own family records, checked against the trust's referral system. HomeBase Service Families Trust, Unit 4, Garrison Road, Garrow, GD9 3LP."),
    ],
    flags=[dict(code="missing_section", criterion="value")],
)
