"""One-hundred-and-twentieth independent evaluation set (I1905..I1920) for the HSJ 'Best
Partnership Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: written by estates managers, infection prevention
nurses, clinical engineers, facilities contractors, councils and charities in their own
voices and at their own length.  The theme of this set is the physical environment of
care: water safety and Legionella, ventilation and overheating, cleaning and
decontamination, medical devices and equipment maintenance, estates, beds and mattresses.

Topics (lead's type and layout):
  I1905 Legionella in little-used water outlets in community hospitals (nhs_trust,
        community trust; pdf own_headings)
  I1906 Pseudomonas in taps and drains on a neonatal unit (nhs_trust, acute; docx
        bold_headings with a cover table)
  I1907 fluid ingress into hospital mattresses that look intact (PRIVATE mattress
        decontamination company as primary entrant, ineligible; pdf bullet_lists)
  I1908 overheating on mental health inpatient wards during heatwaves (nhs_trust,
        mental health; docx numbered_questions with cover bullets)
  I1909 ventilation and carbon dioxide monitoring in GP waiting and treatment rooms
        (primary_care, primary care network; pdf caps_headings)
  I1910 cleaning shared patient equipment in a hospice and its day therapy unit
        (charity, hospice; docx no_headings)
  I1911 decontamination of flexible nasendoscopes in outreach ENT and speech therapy
        clinics (university; pdf two_column)
  I1912 overdue servicing and calibration of medical devices in care homes (icb; docx
        rubric_headings)
  I1913 worn and wrong-sized hoist slings in people's own homes (local_authority,
        council equipment service; pdf form_table with a cover table)
  I1914 cleaning and equipment checks between patients on emergency ambulances
        (emergency_service, ambulance; docx reordered, results first, no spread section)
  I1915 scalds from failed thermostatic mixing valves in hospital bathrooms (nhs_trust,
        departments of one acute trust only, no partner, ineligible; pdf style_headings
        made from Word via soffice)
  I1916 water quality for people on home haemodialysis (nhs_trust, renal unit; docx
        style_headings)
  I1917 dynamic air mattresses failing at home during power cuts (patient_group,
        spinal injuries association; pdf with_appendix)
  I1918 Legionella in hostels and supported housing reopened after long closures
        (local_authority, council public health; docx bullet_lists)
  I1919 nurse call bells and estates faults in a PFI hospital (PRIVATE facilities
        management company as primary entrant, ineligible; docx form_table)
  I1920 vaccine fridge failures and cold chain breaches in GP practices (primary_care,
        GP federation; pdf numbered_questions, short, no evidence section)

Build it with

    .venv/bin/python data/independent/build.py --set 120   (writes data/corpus/independent120/)

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
  * not Q: dates, financial years, bed/ward/home/outlet/device counts, headcounts,
    numbers trained, activity counts (checks, samples, flushes, services, referrals,
    inspections), single figures with no baseline, a zero with no earlier figure,
    figures that did not change, budgets, costs and savings estimates, phone numbers,
    reference numbers, targets not yet reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    ('halved', 'a third fewer', a sustained shift on an SPC chart with the values);
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
emergency_service; GP practices, GP federations and primary care networks are
primary_care; patients' groups and associations run by and for patients are
patient_group; hospices and other charities are charity; national public bodies are
public_other; a university is university; mattress, facilities management, equipment,
water treatment and engineering companies are private).  A department or team of the
entrant's own organisation is not a partner.  Flags are written by hand and build.py
cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1905  Legionella in little-used outlets - pdf - own headings - community
#        trust water safety group - patients and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1905", format="pdf", layout="own_headings", topic="legionella_little_used_outlets",
    project="independent120-everytap-1905", pdf_font="LiberationSans", pdf_align="L",
    title="Every Tap Counts: finding and flushing little-used water outlets in community hospitals",
    cover=[
        "Lead organisation: Wenbury and Coldharbour Community Health NHS Trust (Estates and Infection Prevention)",
        "Partners: Marlow Heath District Council (Environmental Health); University of Eastgate, School of Life Sciences (Water Microbiology Group)",
        "Written by the Trust's Authorising Engineer (Water) and Lead Infection Prevention Nurse",
    ],
    primary_entrant=dict(name="Wenbury and Coldharbour Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Marlow Heath District Council", type="local_authority"),
        dict(name="University of Eastgate", type="university"),
    ],
    sections=[
        ("context", "Why we needed to act", """
Our trust runs five community hospitals, the oldest built in 1911 and the newest in 2006, with 212
inpatient beds between them, mostly older people recovering from illness or surgery. Between them the
buildings have just over 2,400 water outlets: basins, showers, baths, sluice hoppers, drinking water
points and the odd tap in a corridor that nobody can remember the purpose of.

Legionella bacteria grow in water that sits still at the wrong temperature. The guidance is simple: an
outlet that is not used at least weekly should be flushed, and the flushing should be recorded. In
practice, in a community hospital, nobody owns this. Ward staff assume the estates team does it. The
estates team assumes the wards do it. Rooms change use, a side room is used as a store for six months, a
bathroom is closed because the hoist is broken, and the shower in it is not run.

In the autumn of 2021 a routine sample from a shower in a closed bathroom at Coldharbour Hospital grew
Legionella pneumophila at a level well above the action limit. Nobody had been harmed, but when we looked
we found that our list of little-used outlets was three years old and had 140 outlets on it. A walk
round all five sites by the estates team and infection prevention nurses found 391 outlets that were used
less than weekly, many of them not on any list at all.

We also had no real idea which of our patients were at greatest risk. Older people, smokers, people with
chronic lung disease and people on steroids or chemotherapy are most vulnerable, and our patients fit
that description. A case of Legionnaires' disease in a frail 85-year-old would very likely be fatal.

The council's environmental health team had been looking at the same problem in care homes, and the
university's water microbiology group wanted to study how quickly outlets in old buildings recolonise
after flushing. We agreed to work together.

Each partner brought something we lacked. The council's officers had enforcement experience and an eye
for the gap between a written procedure and what actually happens on a Sunday afternoon. The
university could sample far more outlets, more often and more cheaply than our contractor, and could
tell us which kinds of outlet were most likely to be colonised. We brought the buildings, the staff and
the patients, and the authority to change how wards work.

We set three aims at the outset: every outlet known and recorded; every little-used outlet flushed at
least weekly, with proof; and every outlet that nobody needs taken out. We agreed that we would judge
success by what the water samples showed, not by how many forms were filled in.
"""),
        ("evidence", "What has changed", """
Every Tap Counts started in March 2022. Each outlet now has a QR code on a small tag. Scanning it with a
ward phone records a flush against that outlet, with the time and the temperature reached. Any outlet
not scanned for seven days shows red on a dashboard that the ward manager, the estates supervisor and
the infection prevention team all see. Outlets that are never used are removed, with the pipework cut
back so that no dead leg remains.

The university team took monthly samples from 60 outlets for two years. <<Q:The proportion of samples
above the Legionella action limit fell from 11.3% in the first six months to 1.7% in the last six
months.>> <<Q:Little-used outlets flushed at least weekly, as shown by the scan records and spot checks,
went from an estimated 38% in the 2021 walk round to 96% in 2024.>>

So far 117 redundant outlets have been removed and their pipework capped. <<Q:The number of outlets on
the little-used list has come down from 391 to 164, because rooms and outlets have been put back into
regular use or taken out altogether.>>

<<Q:Hot water at the furthest outlets in the two oldest hospitals now reaches 50 degrees within one
minute at 91% of checks, compared with 54% before the pipework was rebalanced.>> There have been no
cases of healthcare-associated Legionnaires' disease in our hospitals, which was also true before.
"""),
        ("stakeholders", "Who took part", """
<<S:Healthcare assistants on two wards at Coldharbour tried out the QR tags for a month and told us the
first version asked for the temperature twice, so we cut it back to a single scan and one reading.>>
<<S:The domestic supervisors, who know every room on their sites better than anyone, walked the
buildings with us and found 62 outlets that were missing from the estates drawings.>> <<S:Our estates
plumbers decided together with the university scientists which dead legs to remove first, based on the
sample results.>> <<S:Council environmental health officers sat on our water safety group every quarter
and challenged us to show evidence that flushing was really happening, which led to the spot checks.>>

<<P:The scanning routine was also tried by two long-stay inpatients at Marlow Heath Hospital, both
recovering from strokes, who ran the taps in their own rooms each morning as part of their
rehabilitation and told the occupational therapist that the tags were too small to read, so larger ones
were ordered.>> <<P:The trust's patient safety partners reviewed the wording of the notice on every
little-used outlet and asked for it to say why the tap matters rather than just 'do not use'.>>
"""),
        ("value", "Value for money", """
The QR tags and dashboard cost £9,400 to set up, using software the trust already had for cleaning
records. Removing redundant outlets cost about £31,000 over two years but reduces the weekly flushing
work and the sampling bill for ever. One case of Legionnaires' disease would cost far more than that, in
treatment, in the investigation and in lost trust, and could cost a life.

Ward staff say the scan takes seconds and they now know which taps are theirs. The estates team no
longer spends days chasing paper records before an audit.
"""),
        ("spread", "Sharing what we learned", """
The council has adapted the QR tag system for the care homes it inspects, starting with eight homes in
2024. The university has published the sampling results and has presented them at a national water
safety conference. We have shared the toolkit, including the walk-round checklist and the dashboard
design, with the other community trusts in the region through the estates and facilities network.

Some of what we learned was unexpected. The outlets most likely to grow Legionella were not always the
ones furthest from the boiler, but the ones in rooms that had changed use: a former treatment room
turned into an office, a bathroom used as a store for spare mattresses. Any change of room use now goes
through the water safety group before it happens, so that outlets that will no longer be used are
removed at the same time.

We also found that the most reliable flushing was done by the people who were in the room every day
anyway. Asking the estates team to walk round five hospitals flushing taps was never going to work,
however committed they were. Making the flush part of the ward's morning routine, with a scan that takes
seconds, did. We would encourage any organisation with older buildings to start with a walk round: it
is cheap, it is quick, and it will almost certainly find outlets that nobody knew were there.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1906  Pseudomonas in taps and drains on a neonatal unit - docx - bold
#        headings with a cover table - acute trust consultant microbiologist,
#        reflective - acute trust with a university and a water treatment
#        company - parents and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1906", format="docx", layout="bold_headings", topic="pseudomonas_neonatal_taps_drains",
    project="independent120-cleanwater-1906", docx_font="Calibri",
    title="Clean Water for the Smallest Patients: tackling Pseudomonas in neonatal unit taps and sinks",
    cover_table=[
        ("Entry title", "Clean Water for the Smallest Patients: tackling Pseudomonas in neonatal unit taps and sinks"),
        ("Lead organisation", "St Aldhelm's Hospitals NHS Foundation Trust"),
        ("Partner organisations", "University of Castlebridge (Department of Civil Engineering); Aquentis Water Hygiene Ltd"),
        ("Contact", "Dr Priya Venkatesan, Consultant Microbiologist and Director of Infection Prevention and Control"),
    ],
    primary_entrant=dict(name="St Aldhelm's Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="University of Castlebridge", type="university"),
        dict(name="Aquentis Water Hygiene Ltd", type="private"),
    ],
    sections=[
        ("context", "The problem", """
In the summer of 2021 three babies on our neonatal intensive care unit developed bloodstream infections
with Pseudomonas aeruginosa within five weeks. One of them, born at 25 weeks, died. Typing showed the
same strain in all three babies and in the outlets of two clinical hand wash basins in the intensive
care nursery. It was not the first time: when we looked back, we found smaller clusters in 2016 and
2019 that had been dealt with by replacing the taps and moving on.

Pseudomonas loves the places where water, warmth and nutrients meet. In a hand wash basin that means
the tap outlet, the flow straightener, the waste trap and the drain. When someone pours milk, a
flush of formula, or the dregs of a cup of tea down a clinical sink, they feed the biofilm in the drain.
When the tap runs straight into the drain, it splashes the bacteria back up onto hands, gloves and the
equipment drying on the draining board next to it.

We had been doing what the guidance told us: quarterly water sampling, thermal flushing, replacing
outlets when they tested positive. What we did not understand was why the problem kept coming back, and
that was not something an infection prevention team or an estates department could work out alone.

The neonatal unit itself made things harder. It was refurbished in 2012 with basins in every bay, as
the guidance then required, which meant more sinks close to more cots. Some of those basins were
hardly used, because staff preferred the ones nearest the door, so water stood in their pipes for days.
Others were used for everything: hand washing, rinsing equipment, emptying drinks and, as we later
discovered, washing breast pump parts. Each basin was its own small ecosystem, and we were trying to
control all of them with a sampling programme designed for a general ward.

We also realised that our teams were each looking at a different part of the problem. Microbiology saw
the positive samples and the infected babies. Estates saw a tap that needed replacing. The neonatal
nurses saw a sink in the way of their work. Nobody had ever put the three pictures together, and nobody
had asked why the same drains kept testing positive after the taps above them were changed.
"""),
        ("evidence", "What changed and what difference it made", """
Working with the university's water engineering team, who filmed splash patterns with high-speed
cameras in a test rig, and with the water hygiene company that services our outlets, we made four
changes in 2022. We replaced all 19 clinical basins in the unit with a design where the water does not
fall directly onto the drain. We removed flow straighteners. We moved all equipment and supplies at
least a metre from every sink, and we set up a separate disposal point for milk and other fluids so that
nothing but hand washing water goes into a clinical basin. The drains are now disinfected weekly with a
foaming agent by the water hygiene contractor.

<<Q:Positive Pseudomonas samples from tap outlets fell from 23 of 76 samples (30%) in the year before
the changes to 2 of 80 (2.5%) in 2023.>> <<Q:Positive samples from drains, which we had never taken
before the university started sampling them, fell from 17 of 19 drains at the start to 3 of 19 after a
year.>>

<<Q:Pseudomonas colonisation found on routine screening of babies in the unit fell from 4.1 per 1,000
patient days in 2021 to 0.6 per 1,000 patient days in 2023 and 2024.>> There have been no bloodstream
infections with the unit's strain since November 2021.
"""),
        ("stakeholders", "How people were involved", """
The changes only worked because the people who actually turn the taps every day helped design them.
<<S:We asked them - neonatal nurses, healthcare assistants, the milk room team and the cleaners - to
tell us, on a large floor plan, where they put things down near each sink, and their answers showed
that expressed milk syringes and feeding equipment were being rested within splash range.>> <<S:The
ward housekeeper designed the new milk disposal point and chose where it would go.>> <<S:Two of our
estates plumbers spent a week with the university engineers at the test rig and came back with the
idea of angling the new outlets, which was adopted.>>

<<P:Parents of babies on the unit were asked how they used the sinks, and it turned out many of them
washed breast pump parts in the clinical basins because there was nowhere else, so the trust fitted a
dedicated parent sink in the family room, chosen with the unit's parent group.>> <<P:The mother of one of
the babies affected in 2021 joined our review meetings, and she asked us to explain the changes to
every family on admission, which we now do in a short leaflet she helped to write.>>
"""),
        ("value", "Value", """
Replacing the basins cost £68,000, paid from the trust's capital programme. The weekly drain treatment
is part of the water hygiene contract. Each late-onset bloodstream infection in a preterm baby adds
weeks to a neonatal stay at well over £1,000 a day, and can mean lifelong harm or death.

Nurses say the clearer space around sinks makes the unit feel calmer and tidier. Parents like having
their own sink.
"""),
        ("spread", "Spread", """
The trust has applied the same rules to adult intensive care and haematology. The university has
published the splash work and is advising two other trusts on basin design. The water hygiene company
now offers drain foaming to its other NHS clients and has included our sink zone rules in its guidance
for ward staff.

What we would say to any unit facing the same problem is that replacing the tap is the start, not the
end. The water that comes out of the tap is only as clean as the drain below it and the habits around
it. We now include the sink zones in the unit's induction for every new nurse, doctor and housekeeper,
and the microbiology team reviews drain results at the monthly water safety group alongside the estates
team, so that a rising trend is noticed long before a baby is harmed.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1907  fluid ingress into hospital mattresses - pdf - bullet lists -
#        PRIVATE mattress decontamination company as primary entrant
#        (ineligible) - patients involved - NO staff involvement (ward staff
#        trained, matrons briefed, one named quality lead)
# ---------------------------------------------------------------------------
entry(
    id="I1907", format="pdf", layout="bullet_lists", topic="mattress_fluid_ingress_audit",
    project="independent120-insidestory-1907", pdf_font="DejaVuSans", pdf_align="L",
    title="The Inside Story: finding contaminated hospital mattresses before patients lie on them",
    cover=[
        "Submitted by Restwell Decontamination Services Ltd",
        "With Harrowfield Teaching Hospitals NHS Trust and Harrowfield Patients' Panel",
        "Entry prepared by Callum Ferris, Quality and Compliance Lead, Restwell Decontamination Services Ltd",
    ],
    primary_entrant=dict(name="Restwell Decontamination Services Ltd", type="private"),
    partners=[
        dict(name="Harrowfield Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Harrowfield Patients' Panel", type="patient_group"),
    ],
    sections=[
        ("context", "Background", """
Restwell cleans, repairs and tracks mattresses and bed equipment for hospitals in the north of England.
Harrowfield Teaching Hospitals has about 1,100 beds and has used us since 2019.

What we kept finding:

- foam mattresses that looked perfect on top were often stained and wet inside when we unzipped them

- tiny punctures from needles, cuts from scissors and worn seams let blood, urine and other fluids soak into the foam

- a mattress cleaned on the outside between patients could still hold contaminated fluid inside, which comes back up through the cover when someone lies on it

- in 2022 Harrowfield had two clusters of Clostridioides difficile and one of a carbapenemase-producing organism, and in each case a contaminated mattress was among the possible sources

- ward staff were meant to check inside every mattress between patients, but the check took time, needed two people and was rarely done

What we did together from January 2023:

- every mattress got a barcode, and a unique record of its age, cover and condition

- our technicians carry out a full inside check of every mattress on a ward every eight weeks, not just when a ward reports a problem

- covers with any damage are replaced on the spot, and foam that is stained is condemned and replaced

- ward staff do a quick 'press and look' check between patients, with a simple card showing what a failed mattress looks like

Why a partnership:

- Restwell had the technicians, the depot and the tracking system, but no say over how wards used or checked mattresses

- the trust had the infection data and the wards, but no way of knowing the condition of more than a thousand mattresses at once

- patients had first-hand experience of lying on mattresses that felt wrong, but had never been asked about it

- the contract between us paid for cleaning after a patient left, not for inspection, and had to be rewritten so that both sides were paying for the right thing
"""),
        ("evidence", "Results", """
- <<Q:in the first ward-by-ward sweep in early 2023, 19% of mattresses failed the inside check; by the fourth sweep in 2024 the failure rate was 4%>>

- <<Q:mattresses condemned each quarter because of contaminated foam went down from an average of 148 to 39>>

- 6,214 inside checks have been carried out and 1,730 covers replaced

- <<Q:the average age of a mattress cover in use came down from 6.2 years to 3.1 years, as damaged covers were replaced earlier>>

- there has been no outbreak linked to a mattress since the programme began
"""),
        ("stakeholders", "Involving people", """
- <<P:members of Harrowfield Patients' Panel came to our depot and unzipped mattresses themselves, and they asked that patients be told when a new mattress cover was fitted, so each bed now has a small 'checked and cleaned' tag with the date>>

- <<P:two panel members who had both had long stays on surgical wards told us that their mattress had felt damp, and their description is now the first warning sign on the ward card>>

- all ward housekeepers and healthcare assistants were trained in the 'press and look' check

- matrons were briefed at the trust's nursing and midwifery board

- Callum Ferris, our quality and compliance lead, wrote the new inspection standard and managed the sweeps
"""),
        ("value", "Value", """
- condemning contaminated mattresses early costs more in the short term, about £58,000 a year for Harrowfield

- this is set against the cost of outbreaks: a ward closed for a week because of C. difficile costs the trust a great deal in lost beds, cancelled operations and extra cleaning

- patients no longer lie on a mattress that has fluid from a previous patient inside it

- fewer mattresses are now lost to damage that could have been caught early, because small cover tears are repaired before fluid reaches the foam

- the tracking system also tells the trust when to buy new mattresses, rather than buying in bulk after an outbreak
"""),
        ("spread", "Spread", """
- the same sweeps are now in our contracts with four other trusts

- the inspection standard has been shared with the national infection prevention society's estates group

- we have offered the ward card free to any hospital that wants it

- we are now looking at doing the same for trolley and theatre table mattresses, which have their own problems with fluid and damage

- we would encourage any hospital to unzip ten of its mattresses at random: in our experience, that one afternoon is usually enough to convince a board
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1908  overheating on mental health wards - docx - numbered questions with
#        cover bullets - mental health trust estates and nursing - trust with
#        a council public health team and a service user network - patients
#        and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1908", format="docx", layout="numbered_questions", topic="mental_health_ward_overheating",
    project="independent120-keepcool-1908", docx_font="Arial",
    title="Keep Cool, Stay Safe: managing heat on mental health inpatient wards",
    cover=[
        "Entry to the Best Partnership Solution Improving Patient Safety category",
    ],
    cover_bullets=[
        "Lead: Fennick and Orrel Mental Health NHS Foundation Trust",
        "Partners: Fennick City Council Public Health; Orrel Valley Service User Network",
        "Authors: Head of Estates Compliance and Deputy Director of Nursing",
    ],
    primary_entrant=dict(name="Fennick and Orrel Mental Health NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Fennick City Council", type="local_authority"),
        dict(name="Orrel Valley Service User Network", type="patient_group"),
    ],
    sections=[
        ("context", "1. What was the safety problem and why was a partnership needed?", """
Mental health wards are hard places to keep cool. Windows open only a few centimetres, for good reasons.
Many wards were built with sealed, south-facing glazing and no mechanical cooling. Fans are often not
allowed in bedrooms because of the ligature and injury risk. And many of the people on our wards take
medicines that make heat more dangerous: antipsychotics such as clozapine and olanzapine, lithium, and
anticholinergic medicines all affect how the body controls temperature or handles fluids.

In the July 2022 heatwave, temperatures inside two of our acute wards reached 31 degrees in the
afternoon and did not fall below 27 degrees overnight. Over nine days we had 14 incidents in which a
patient became unwell with heat: dehydration, fainting, a lithium level that rose into the toxic range,
and one young man on clozapine whose temperature reached 39.8 degrees and who needed to go to the acute
hospital. Aggression and restraint also rose during those days, which staff linked to poor sleep in hot
rooms.

We did not have a heat plan for inpatient wards. The council's public health team had an excellent
heat-health plan for the community but it did not say anything about hospitals. Our estates team had no
temperature data for individual rooms. And our nurses had no guidance on which patients were most at
risk or what to do.

We also learned that the problem was not only in summer. Several of our wards get uncomfortably warm
on sunny days in spring and autumn, when the heating is still on and the windows cannot be opened
enough to let the heat out. Patients who are distressed, agitated or unable to explain how they feel are
the least able to tell us they are too hot, and some patients wear heavy clothing or several layers
because of their illness. A heat plan that relied on patients asking for help would not have worked.

The partnership brought together three things that none of us had alone: the council's forecasting and
alerting system and its experience of heat-health planning, our estates and clinical teams, and the
knowledge of people who had actually been inpatients during a heatwave.
"""),
        ("evidence", "2. What is the evidence of improvement?", """
Since spring 2023 every ward has wireless temperature sensors in bedrooms, corridors and communal areas,
linked to a dashboard. When the council issues an amber or red heat-health alert, the wards follow a
plan that includes a daily heat risk check for every patient, extra fluids rounds, cool rooms where
portable air conditioning units are used under supervision, and blood level checks for people on lithium.
External solar film was fitted to the worst glazing in 2023, and two wards now have ceiling fans that
are safe to use.

<<Q:During the heat alerts of summer 2024, which were of similar length and intensity to 2022, heat
related incidents on our wards fell to 3 from 14.>> <<Q:The highest afternoon temperature recorded on the
two hottest wards was 26.5 degrees in 2024, compared with 31 degrees in 2022.>> <<Q:Lithium levels above
the safe range during heat alerts went from 6 in 2022 to none in 2023 or 2024.>>

Every ward now completes the daily heat check during alerts, and 412 patients have had one.
"""),
        ("stakeholders", "3. How were patients, carers and staff involved?", """
<<P:Members of the service user network who had been inpatients during heatwaves told us that the worst
thing was not being able to sleep, and that being offered a cold drink every hour felt like being
watched, so the fluids round became a drinks trolley that people can go to themselves.>> <<P:They also
chose the cool room furniture and asked for it to have low lighting and somewhere to lie down.>>

<<S:Ward nurses and the trust's pharmacists wrote the daily heat risk check together, and nurses on the
pilot ward asked for it to be shortened to six questions.>> <<S:Estates technicians and security
advisers worked out with ward managers where ceiling fans could be fitted safely, and their risk
assessment was signed off by the ligature reduction group.>> <<S:The council's public health consultants
reviewed our plan against their own and now send heat alerts directly to each ward manager.>>
"""),
        ("value", "4. What has been the impact on patient and staff experience, and value for money?", """
The sensors and dashboard cost £46,000. Solar film cost £72,000, and the ceiling fans £18,000. One
transfer to intensive care for heatstroke, or an admission for lithium toxicity, would cost a
substantial part of that, quite apart from the harm to the patient.

Staff tell us they feel in control during a heatwave rather than firefighting. Patients say the wards
feel more bearable.
"""),
        ("spread", "5. How has the learning been shared?", """
The council has added inpatient mental health settings to its local heat-health plan. We have shared the
daily heat check and the sensor specification with the regional mental health provider collaborative,
and two other trusts are using them this summer.

We have also written the heat plan into our emergency preparedness arrangements, so that it is tested
each spring in the same way as our plans for power failures and severe weather. Our estates strategy now
includes cooling as a priority in every ward refurbishment, and the design brief for the new adult acute
unit, due to open in 2027, sets a maximum bedroom temperature for the first time.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1909  ventilation and CO2 monitoring in GP premises - pdf - caps headings
#        - PCN estates lead, matter-of-fact - PCN with the ICB estates team and
#        a university building services group - staff involved - NO patient
#        involvement (patients as beneficiaries, a waiting room survey after
#        which nothing changed, a PPG told) - subtle SPC claim
# ---------------------------------------------------------------------------
entry(
    id="I1909", format="pdf", layout="caps_headings", topic="gp_premises_ventilation_co2",
    project="independent120-fresherair-1909", pdf_font="LiberationSerif",
    title="Fresher Air in General Practice: ventilation and carbon dioxide monitoring in waiting and treatment rooms",
    cover=[
        "Lead: Tollbridge North Primary Care Network (six practices)",
        "Partners: NHS Severn Marches Integrated Care Board (Primary Care Estates); Harcastle University, Building Services Engineering Research Group",
        "Contact: Practice Manager and PCN Estates Lead",
    ],
    primary_entrant=dict(name="Tollbridge North Primary Care Network", type="primary_care"),
    partners=[
        dict(name="NHS Severn Marches Integrated Care Board", type="icb"),
        dict(name="Harcastle University", type="university"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
Our six practices work from eight buildings. Two are purpose-built health centres from the 1990s, the
rest are converted houses, a former bank and a unit on a retail park. Almost none of them have
mechanical ventilation in clinical rooms. Ventilation depends on opening windows, and windows are kept
shut in winter because patients complain of the cold, in summer because of traffic noise, and at all
times in rooms on the ground floor for privacy.

During the pandemic we learned, like everyone, that respiratory infections spread through shared air in
crowded, poorly ventilated rooms. The waiting rooms in our busiest practices hold up to 40 people on a
winter Monday morning, many of them with coughs and colds, sitting next to people having chemotherapy,
pregnant women and frail older people. Our nurses spend whole days in small treatment rooms with the
door shut.

We did not know how bad the air was, and we had no money to install ventilation systems in buildings we
mostly do not own. The ICB estates team had the same questions across the county, and Harcastle
University's building services group was looking for real buildings in which to test low-cost
improvements.

We also knew that some of our patients were particularly worried. Since 2020 a number of people with
cancer, transplants or severe lung disease had asked to wait outside in their cars rather than in the
waiting room, and our receptionists had been phoning them when the clinician was ready. That works on a
dry day in a practice with a car park, but not for people who come by bus or on foot.
"""),
        ("evidence", "WHAT WE FOUND AND WHAT CHANGED", """
In November 2022 the university fitted 46 carbon dioxide monitors across all eight buildings, reading
every five minutes. Carbon dioxide is a good marker of how much exhaled air people are breathing. Levels
above 1,500 parts per million suggest a room is poorly ventilated for the number of people in it.

The first winter was worse than we expected. The busiest waiting rooms were above 1,500 ppm for much of
every morning clinic, and several treatment rooms reached 2,500 ppm by the afternoon.

Changes from autumn 2023: a display on the wall in each waiting room and treatment room that turns amber
and red; a 'window rhythm' routine of opening windows fully for ten minutes between each hour's clinics;
trickle vents unblocked or fitted in 31 windows; 14 portable air cleaners with HEPA filters in rooms that
cannot be ventilated; and booking changes so that the busiest waiting room is no longer used for flu
clinics.

<<Q:On the university's statistical process control chart for the main Tollbridge waiting room, the
weekly median peak carbon dioxide reading shifted from around 1,850 ppm in winter 2022/23 to around 1,050
ppm in winter 2023/24, with a run of 19 weeks below the old centre line.>> <<Q:Across all monitored
treatment rooms, the share of clinic hours spent above 1,500 ppm fell from 41% to 12%.>>

Staff sickness absence with respiratory illness was 312 days across the PCN in winter 2023/24. We
do not have a comparable figure for the previous year.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<S:Practice nurses and healthcare assistants kept a diary for two weeks of when they opened windows and
why they closed them, and this showed that cold draughts onto the examination couch were the main
reason, so the university engineers designed the window rhythm around clinic breaks instead.>>
<<S:Reception teams chose where the displays went and asked for them to be positioned where patients
could see them, so that patients would not complain when staff opened a window.>> <<S:The ICB's estates
surveyors and the practice managers agreed the list of works and which landlords had to be asked
permission.>>

We handed out a short questionnaire in two waiting rooms about whether patients noticed the air quality,
and most said they did not, so nothing was changed as a result. Patients are the main people who
benefit. The patient participation groups were told about the project in their newsletters.
"""),
        ("value", "VALUE", """
The monitors, displays and air cleaners cost £27,500, paid by the ICB. The trickle vents and window works
cost £19,000. Full mechanical ventilation for the same eight buildings was quoted at over £600,000. The
university's time was funded through a research grant.

Clinical staff say the rooms feel fresher and that they have fewer headaches in the afternoon.
"""),
        ("spread", "SPREAD", """
The ICB has offered monitors to every practice in the county from 2024, using our guidance. The
university has written a short guide for practice managers. We presented the work at a regional primary
care estates day.

The lesson for other practices is that measurement came first. Before the monitors went in, everyone
had an opinion about which rooms were stuffy and which were fine, and most of those opinions turned out
to be wrong. The cheapest changes, such as unblocking trickle vents that had been painted shut and
moving clinics out of the worst rooms, made as much difference as the air cleaners. We would encourage
any practice to borrow a monitor for a fortnight and see what it shows.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1910  cleaning shared patient equipment in a hospice - docx - no headings
#        - hospice infection prevention link nurse, personal - hospice with
#        the community trust IPC team and a cleaning products company -
#        families (told in the opening part) and staff involved - NO
#        quantitative evidence in the evidence section (counts, single audit
#        figure, dates), one measured change in the value part
# ---------------------------------------------------------------------------
entry(
    id="I1910", format="docx", layout="no_headings", topic="hospice_shared_equipment_cleaning",
    project="independent120-cleanhands-1910", docx_font="Georgia",
    title="Clean Between Every Person: shared equipment in St Wilfrid's Hospice",
    cover=[
        "St Wilfrid's Hospice, Lowerby, working with Lowerby and Fenside Community Health NHS Trust (Infection Prevention and Control Team) and Brightsan Hygiene Ltd",
        "Written by Sister Helen Okafor, infection prevention link nurse",
    ],
    primary_entrant=dict(name="St Wilfrid's Hospice", type="charity"),
    partners=[
        dict(name="Lowerby and Fenside Community Health NHS Trust", type="nhs_trust"),
        dict(name="Brightsan Hygiene Ltd", type="private"),
    ],
    sections=[
        ("context", None, """
St Wilfrid's is a 16-bed hospice with a day therapy unit that sees around 60 people a week. Many of the
people we care for have very weak immune systems, from chemotherapy, steroids or the illness itself.
They share a great deal of equipment: commodes, shower chairs, hoists and slings, blood pressure cuffs,
pulse oximeters, syringe drivers, pillows, wheelchairs, the bath in the spa room and even the tablets
people use for video calls to their families.

I became the link nurse for infection prevention in 2021. In my first month I was asked to look into
two people in the inpatient unit who had developed norovirus within a day of each other, in different
rooms. Both had used the same commode in the assisted bathroom. It had a piece of tape on it that said
'clean', but nobody could tell me who had cleaned it or when.

Families noticed before we did. <<P:One daughter, whose mother was in our care, wrote to us about finding
a used commode pan in the day unit bathroom, and when we invited her in to talk about it she walked the
unit with me and pointed out a dozen things I had stopped seeing, from a wheelchair with food on the
arm to a stack of pillows with no covers.>> <<P:She and the husband of another patient then became our
two 'fresh eyes' volunteers, and each month for the first year they looked round the building and
told us what worried them, and that is how the green tag idea began.>>

We asked the community trust's infection prevention team for help. They cover the district nurses and
community hospitals and were happy to include us. Brightsan, who supply our cleaning products, offered
to help us work out what products could be used on which equipment without damaging it, which turned out
to be a bigger question than any of us expected.

It is worth saying why this mattered so much to us. Hospices pride themselves on feeling like home
rather than hospital, and for years we had quietly resisted anything that looked too clinical. Tags,
checklists and cleaning rooms felt like the opposite of what we stood for. What changed our minds was
realising that the people we care for are among the most vulnerable to infection of any patients
anywhere, and that a stomach bug or a chest infection in the last weeks of life can take away the time
a family has left together. Keeping equipment clean is part of the care, not a distraction from it.
"""),
        ("evidence", None, """
Since March 2023 every piece of shared equipment has a green 'I am clean' tag with the date, time and
initials of the person who cleaned it. A piece of equipment without a tag is treated as dirty. Each
item has a laminated card showing the product to use and how, agreed with the community trust team and
checked against the manufacturers' instructions by Brightsan. We have a cleaning room for equipment
where before there was only a cupboard. The day unit has its own set of equipment so that it does not
borrow from the wards.

In the 18 months since the start, 11,400 green tags have been used. The community trust's infection
prevention nurses have carried out six unannounced audits. At the last one, in September 2024, 94% of
shared equipment was clean and tagged. We have had 14 staff trained as cleaning champions, and every new
starter is shown the system on their first day.

We had one outbreak of norovirus in the inpatient unit in the winter of 2023/24, affecting three
patients. The review found that the shared equipment had been cleaned correctly.
"""),
        ("stakeholders", None, """
<<S:Our healthcare assistants designed the green tag, after trying three different kinds, because the
first sticky labels left glue on the equipment that harboured dirt.>> <<S:The housekeeping team asked for
the cleaning room to be next to the sluice and helped plan its layout.>> <<S:Day therapy nurses pointed
out that their patients' blood pressure cuffs and oximeters went home with the district nurses in some
cases, so the community trust team agreed a shared rule for cleaning kit that moves between services.>>
<<S:Brightsan's technical adviser spent two days on the wards with our nurses testing which wipes damaged
the vinyl on the shower chairs, and changed the product they supply to us as a result.>>
"""),
        ("value", None, """
The tags cost about £400 a year. Turning the cupboard into a cleaning room cost £11,000, raised by our
supporters' lottery. The time taken to clean and tag equipment is part of existing duties, and staff
tell us it is quicker than before because they no longer have to guess.

<<Q:Complaints and concerns from families about cleanliness went from nine in 2022 to one in 2024.>> For a
hospice that matters a great deal: people come to us for the last weeks of their lives, and their
families need to trust that we are keeping them safe.
"""),
        ("spread", None, """
The community trust has adopted the green tag system in its two community hospitals. We have shared
our equipment cards with the regional hospice infection prevention network, and three hospices have
asked for copies.

We have also started to look at equipment that goes out of the building. Our hospice at home team lends
commodes, bed tables and wheelchairs to families, and these come back to us after a death, often weeks
later. The same green tags are now used for this equipment, and the community trust's equipment service
collects and cleans items we cannot clean ourselves. Next year we will bring the day unit's exercise
equipment and the complementary therapy couches into the system as well.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1911  nasendoscope decontamination in outreach clinics - pdf - two
#        columns - university human factors researcher, academic - university
#        with an acute trust ENT department and a community trust speech and
#        language therapy service - laryngectomy club members and staff
#        involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1911", format="pdf", layout="two_column", topic="nasendoscope_decontamination_outreach",
    project="independent120-scopetrack-1911", pdf_font="LiberationSans",
    title="ScopeTrack: safe decontamination of flexible nasendoscopes in outreach clinics",
    cover=[
        "Lead organisation: University of Brackenmoor, Centre for Healthcare Human Factors",
        "Partners: Brackenmoor Royal Infirmary NHS Trust (ENT and Sterile Services); North Brackenmoor Community NHS Trust (Adult Speech and Language Therapy)",
    ],
    primary_entrant=dict(name="University of Brackenmoor", type="university"),
    partners=[
        dict(name="Brackenmoor Royal Infirmary NHS Trust", type="nhs_trust"),
        dict(name="North Brackenmoor Community NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Background", """
Flexible nasendoscopes are thin cameras passed through the nose to look at the throat and voice box.
They are used thousands of times a year by ENT doctors and by speech and language therapists assessing
swallowing. Unlike a hospital endoscopy unit, where scopes go through a washer-disinfector, outreach
clinics in community hospitals and health centres often use a manual wipe system or a portable sheath,
and the scope travels in a case in the boot of a car.

In 2021 the acute trust's decontamination lead found, during a routine audit, that two outreach clinics
could not show which scope had been used on which patient on several dates. One scope had been used on
a patient after it had been wiped with the wrong product. A look-back exercise followed, with letters to
patients and blood tests offered. Nobody was found to have been infected, but the anxiety caused was
considerable, and the cost of the look-back ran into tens of thousands of pounds.

Nasendoscopy has also moved out of hospital faster than the arrangements for cleaning the scopes. A
decade ago most examinations were done in the ENT department next door to the sterile services unit.
Now speech and language therapists carry scopes to community hospitals, nursing homes and health centres
to assess swallowing closer to home, which is better for patients but means the equipment travels and
is cleaned in rooms that were never designed for it.

The acute trust asked our human factors centre to help understand why a procedure that looked simple on
paper was failing in practice.
"""),
        ("evidence", "Findings and results", """
We observed 84 decontamination cycles in seven clinics and mapped every step. The written procedure had
23 steps. Staff carried out on average 17 of them, mostly because the clinic rooms had no sink, no
clean and dirty zones, and no space to hang a scope to dry. Traceability relied on a paper sticker that
had to be peeled off the wipe pack and put on a form.

With the two trusts we redesigned the process around a single tray with colour-coded clean and dirty
sides, a reduced 11-step procedure printed on the tray lid, and a scanner that records the scope, the
patient, the wipe batch and the person cleaning it in one go.

<<Q:Observed compliance with all critical steps rose from 38% of cycles in 2021 to 92% in 2023.>>
<<Q:Cycles that could be fully traced to a patient went from 71% to 100%, and have stayed at 100% for
18 months.>> <<Q:Scopes sent for repair with damage to the insertion tube fell by half, from 22 in 2021
to 11 in 2023, which we think is due to the padded case and the tray.>>

There have been no look-back exercises since the new process began.
"""),
        ("stakeholders", "People involved", """
<<S:ENT nurses, speech and language therapists and sterile services technicians took part in six design
workshops and tested three prototype trays in their own clinics before choosing the final design.>>
<<S:A speech and language therapist who works alone in community clinics pointed out that she could not
scan and hold a dirty scope at the same time, so the scanner was moved onto a bracket.>> <<S:The sterile
services manager and the trust's decontamination lead set the critical steps that are printed on the
lid.>>

<<P:Members of the Brackenmoor Laryngectomy Club, who have many nasendoscopies over the years, watched
the old and new processes in a mock clinic and told us that seeing the scope taken out of a sealed,
labelled tray in front of them was what reassured them, so every scope is now opened in front of the
patient.>>
"""),
        ("value", "Value", """
The trays and scanners cost £14,200 for all clinics. The previous look-back cost the trust about £38,000
in staff time and tests. Repairs to nasendoscopes cost around £3,000 each, so fewer repairs soon pay for
the trays.

Clinicians say they no longer dread the audit.
"""),
        ("spread", "Spread", """
The tray design is freely available and has been adopted by two other trusts in the region. We have
published the observation study and presented it to the national decontamination science meeting. The
community trust has used the same approach for its reusable swallowing assessment equipment.

For us as researchers, the project showed the value of watching work as it is really done rather than
as it is written down. Every missed step had a reason, usually a missing sink, a lack of space or a
form that took too long. Once those reasons were designed out, staff followed the procedure without
needing to be told. We are now applying the same method to the cleaning of ultrasound probes in
maternity and emergency departments, where many of the same problems occur.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1912  servicing and calibration of medical devices in care homes - docx -
#        rubric headings - ICB quality lead, formal - ICB with the acute
#        trust's clinical engineering department and a council - staff
#        involved - NO patient involvement (residents as beneficiaries,
#        families sent letters, residents' meetings updated, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1912", format="docx", layout="rubric_headings", topic="care_home_medical_device_servicing",
    project="independent120-deviceready-1912", docx_font="Calibri",
    title="Device Ready: safe, serviced equipment in care homes",
    cover=[
        "Lead organisation: NHS Kennet and Wylde Integrated Care Board",
        "Partners: Wylde General Hospitals NHS Trust (Clinical Engineering); Kennet County Council (Adult Social Care Quality Team)",
        "Submitted by the ICB Head of Quality for Care Homes",
    ],
    primary_entrant=dict(name="NHS Kennet and Wylde Integrated Care Board", type="icb"),
    partners=[
        dict(name="Wylde General Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Kennet County Council", type="local_authority"),
    ],
    sections=[
        ("context", "Context: the safety problem and the case for partnership", """
Care homes use an increasing amount of medical equipment: weighing scales and chairs, blood pressure
monitors, pulse oximeters, thermometers, blood glucose meters, suction units, syringe drivers owned by
the home, and in nursing homes sometimes oxygen concentrators and nebulisers. Decisions about a
resident's care, from calling an ambulance to adjusting a diuretic, are made on the readings from these
devices.

In 2022 the ICB's care home quality team reviewed a series of incidents in which a device reading was
wrong. A set of chair scales that had not been calibrated for four years under-read by 3.8 kilograms, so
weight loss in several residents was missed. A pulse oximeter with a faulty sensor gave normal readings
in a resident who was later found to have pneumonia. A home's suction unit failed when a resident
choked, because its battery had not been replaced.

When the council's quality officers and our nurses asked homes for their equipment records, most had
none. Many did not know which devices needed servicing, how often, or who could do it. Small independent
homes could not afford a maintenance contract and did not know the NHS clinical engineering department
existed.

The partnership grew out of those conversations. The acute trust's clinical engineering department
already maintained thousands of devices in its own hospitals and had the test equipment, the calibration
standards and the expertise; it simply had never been asked to work outside its walls. The council's
quality team visited every home regularly and could follow up. The ICB could fund the work and make
it part of the support it already offers care homes. None of us could have done it alone, and the homes
themselves, especially the small family-run ones, could not have done it at all.
"""),
        ("evidence", "Evidence of improvement in safe care", """
From April 2023 the acute trust's clinical engineering team has offered every care home in the county a
yearly visit to register, test, calibrate and label all medical devices, paid for by the ICB. Each home
receives an asset list and a reminder when something is due. Devices that fail are replaced through a
small grant fund held by the council.

By September 2024, 118 of the county's 131 care homes had taken part and 4,920 devices had been
registered. <<Q:The proportion of devices in date for service or calibration rose from 23% at the first
visit to 88% at the second.>> <<Q:Scales found to be reading outside tolerance fell from 31% at the first
visit to 6% at the second.>>

<<Q:Incidents reported by care homes in which a faulty or unmaintained device contributed to harm or a
near miss fell from 27 in 2022/23 to 9 in 2023/24.>>
"""),
        ("stakeholders", "Involvement of patients, service users and staff", """
<<S:Care home managers from eight homes, large and small, sat on a task group with the ICB and clinical
engineering and decided which devices should be in scope, adding bed and chair alarms that the engineers
had not thought to include.>> <<S:Clinical engineering technicians trialled the first visits in four
homes and changed the order of work so that devices in use on residents were tested last, when staff
could bring them to the engineer.>> <<S:Council quality officers helped design the asset list so it
matched what they already check on their monitoring visits.>>

Residents are the people who will benefit most from accurate readings. Families were sent a letter by
each home to explain that engineers would be visiting. Residents' meetings in several homes were updated
on the programme. We plan to involve residents and families when we review the programme next year.
"""),
        ("value", "Value for money and impact on experience", """
The programme costs the ICB £86,000 a year, including two technicians. The grant fund has replaced 340
devices at a cost of £41,000. A single avoidable hospital admission of a care home resident costs around
£3,500, and the harms involved, such as missed weight loss or a failed suction unit, can be fatal.

Care home staff tell us they now trust their equipment and know what to do when something fails.
"""),
        ("spread", "Spread and sustainability", """
The programme has been made part of the ICB's enhanced health in care homes service. Two neighbouring
ICBs have visited to learn from it, and one has begun a pilot with its own clinical engineering
department. We have shared the asset list template with the national care home network.

We are now extending the programme to supported living services and to the equipment that district
nurses leave in people's own homes, such as blood pressure monitors and scales lent for remote
monitoring. The aim is that any device used to make a decision about a person's care in the county is
registered, in date and known to someone who can fix it.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1913  worn and wrong-sized hoist slings at home - pdf - form table with a
#        cover table - council equipment service manager, practical - council
#        with the community trust and a sling manufacturer - sling users
#        (told in the value part) and staff involved - subtle claim in words
# ---------------------------------------------------------------------------
entry(
    id="I1913", format="pdf", layout="form_table", topic="hoist_slings_home_inspection",
    project="independent120-rightsling-1913", pdf_font="LiberationSans",
    title="Right Sling, Right Person: safer hoisting at home",
    cover_table=[
        ("Entry title", "Right Sling, Right Person: safer hoisting at home"),
        ("Lead organisation", "Ashcombe and Tye Borough Council, Integrated Community Equipment Service"),
        ("Partner organisations", "Tye Valley Community Healthcare NHS Trust (District Nursing and Therapy); Carrowmore Patient Handling Ltd"),
        ("Contact", "Equipment Service Manager"),
    ],
    primary_entrant=dict(name="Ashcombe and Tye Borough Council", type="local_authority"),
    partners=[
        dict(name="Tye Valley Community Healthcare NHS Trust", type="nhs_trust"),
        dict(name="Carrowmore Patient Handling Ltd", type="private"),
    ],
    sections=[
        ("context", "Describe the safety issue and why a partnership was needed", """
Our equipment service supplies and maintains hoists for about 1,300 people who live at home and cannot
stand or transfer on their own. Hoists are inspected every six months by law, and our engineers do this
well. Slings are a different story. A sling is a piece of fabric that takes the whole weight of a person
several times a day, goes through the washing machine every week and is often used by four or five
different paid carers and family members. It wears out, it shrinks, and its labels fade.

In 2022 we had three serious incidents in which a person fell from a sling at home. One woman slipped
through a sling that was too large for her after she had lost weight in hospital, and broke her leg. A
man fell when a loop tore on a sling that was nine years old. A third person was hoisted in a sling
meant for a different hoist, with a different attachment.

Slings were prescribed by district nurses, occupational therapists or hospital therapists, delivered by
us, and then nobody looked at them again unless something went wrong. Our engineers inspected the hoist
but were not asked to check the sling. The manufacturer's guidance said slings should be checked before
every use and inspected formally every six months, but in people's homes this was not happening.

There was also confusion about who owned the problem. Paid carers were told in their training to check a
sling before use, but not what to look for or who to tell. Families who had bought a sling privately,
or been given one by a hospital in another county, were outside our records altogether. And when a
sling was condemned, it could take weeks for a replacement to be prescribed, so carers sometimes carried
on using a worn sling because the alternative was not getting the person out of bed.
"""),
        ("evidence", "What is the evidence that the partnership has improved safety?", """
Since May 2023 every sling we issue has a tag with a unique number, the size, the date of issue and a
wash count grid. Our engineers now inspect the sling at the same visit as the hoist, using a checklist
written with the manufacturer, and condemn any sling that fails. The person is reassessed for size by a
therapist whenever they have been in hospital or their weight has changed by more than five kilograms,
because the discharge team now tells us.

In the first full round of joint inspections, 2,140 slings were checked. <<Q:At the first inspection
almost a quarter of slings failed and were withdrawn; at the third round, a year later, the failure rate
had roughly halved, to about one in nine.>> <<Q:Falls from a sling reported to us went from seven in
2022 to two in 2024.>>

Engineers now record the sling number at every visit, which means we can trace a sling from issue to
disposal.
"""),
        ("stakeholders", "How were patients, carers and staff involved?", """
<<S:Our engineers, who had been asking for years to be allowed to check slings, worked with the
manufacturer's trainer to write the inspection checklist and insisted that it include a photo of any
damage.>> <<S:District nurses and community occupational therapists tested the size check on their own
caseloads for two months and asked for a single-page measuring guide, which they then designed with the
manufacturer.>> <<S:The hospital discharge team agreed with us a simple 'weight changed' flag on the
equipment order, after their therapists told us they often noticed weight loss but had no way to pass
it on.>>
"""),
        ("value", "What has been the impact on experience and value for money?", """
Slings cost between £80 and £250 each, and we replaced 612 in the first year, at a cost of about
£92,000. The council and the community trust shared the cost. A fractured femur costs the NHS around
£14,000 in the first year and often means the end of a person's independence.

The tag was not our idea. <<P:A group of sling users and their family carers, brought together through
the Tye Valley Disability Forum, spent an afternoon with us handling worn and new slings and suggested
the wash count grid, because they said they had no idea how old their slings were.>> <<P:One of them, a
young man with a spinal cord injury who has used hoists for twenty years, also asked that each sling
come with a spare, so that one is always clean, and that is now our standard.>>

Carers say the tag gives them confidence, and families tell us they know who to ring if a sling looks
worn.
"""),
        ("spread", "How has the work been shared?", """
The manufacturer has added the wash count grid to its new slings nationally. We have shared our
inspection checklist with the other equipment services in the region and with the national community
equipment association.

Next, we want to bring slings supplied by hospitals in neighbouring counties into the same system, so
that a person discharged into our area with a sling from elsewhere is tagged and inspected from the
start. We are also working with the two largest home care agencies on a short film for their carers,
showing what a failed sling looks like, which will be added to their induction training.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1914  cleaning and equipment checks on emergency ambulances - docx -
#        reordered (results first) - ambulance service fleet and IPC leads -
#        ambulance service with a private vehicle preparation company and a
#        university - crews and patients involved - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I1914", format="docx", layout="reordered", topic="ambulance_cleaning_equipment_checks",
    project="independent120-readytoroll-1914", docx_font="Cambria",
    title="Ready to Roll: clean, fully equipped ambulances at the start of every shift",
    cover=[
        "Lead: Western Marches Ambulance Service NHS Trust",
        "Partners: Velocare Vehicle Preparation Ltd; University of Stowe, Department of Microbiology",
        "Authors: Head of Fleet and Lead Nurse for Infection Prevention and Control",
    ],
    primary_entrant=dict(name="Western Marches Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Velocare Vehicle Preparation Ltd", type="private"),
        dict(name="University of Stowe", type="university"),
    ],
    sections=[
        ("evidence", "What has improved", """
<<Q:Swab results from the inside of ambulances showed high-touch surfaces failing the cleanliness
standard on 34% of vehicles in 2022 and 8% in 2024.>> <<Q:Shifts where a crew had to return to station
because equipment was missing or faulty dropped from an average of 61 a month to 14 a month.>> <<Q:The
average time a crew spent checking and restocking a vehicle at the start of a shift fell from 38 minutes
to 9 minutes, giving that time back to patients.>>

<<S:The checks that made this happen were tried out first by crews at Stowe and Harnford stations.>> <<S:Their
comments were collected every week by the project team, and as a result the checklist was cut from 140
items to 62 and reordered to follow the way a crew moves around the vehicle.>> <<S:Equipment that crews
had flagged as always missing, such as paediatric masks and spare suction tubing, was put into sealed,
tagged packs that they designed and the preparation company now fills.>>
"""),
        ("context", "Why we did it", """
Our service runs 310 emergency ambulances from 24 stations across a large rural area. At the start of
every shift, the crew used to check the vehicle themselves: cleaning, restocking drugs and consumables,
and checking the defibrillator, suction, oxygen and other equipment. It took a long time, was often cut
short when a call came in, and crews regularly started a shift with something missing or dirty.

In 2022 we reviewed incidents and found that a defibrillator had failed its self-test on a vehicle that
had not been properly checked, a portable suction unit had been found with a full canister from a
previous patient, and a child had been treated on a stretcher whose mattress cover was split and
visibly stained. Swabs taken by the university from a sample of vehicles found bacteria including
MRSA on steering wheels, stretcher rails and the grab handles.

We brought in a specialist vehicle preparation company to clean and restock vehicles at our five largest
stations between shifts, with the university providing independent microbiology testing.

This was not an easy decision. Checking one's own vehicle has long been seen as part of a crew's
professional responsibility, and outsourced cleaning has a mixed reputation in the ambulance sector. We agreed from the start that crews would
still carry out a short safety check of the key equipment at the start of every shift, that the
preparation company would work to a standard written with us, and that the university would test the
results independently so that nobody was marking their own homework.

The university's microbiologists took swabs from randomly chosen vehicles every month, without warning,
from 20 set points inside the patient compartment and the cab. The results were shared with the
preparation company, the stations and the infection prevention team every month.
"""),
        ("stakeholders", "Involving patients and staff", """
<<S:Trade union representatives and the infection prevention link paramedics sat on the project board
throughout and agreed the standard of cleaning with the preparation company.>> <<S:Fleet technicians
designed the sealed defibrillator and suction check that is now done by the preparation company and
signed off by a technician.>>

<<P:We asked members of our patient panel, several of whom have been taken to hospital by ambulance
many times, to inspect prepared vehicles with us, and they noticed that the blankets were stacked on
the floor next to the clinical waste bin, which has now been moved.>> <<P:A parent of a child who
uses our service regularly asked that child-sized equipment be kept together and easy to find, which
led to the paediatric pack.>>
"""),
        ("value", "Value", """
The preparation contract costs £1.1 million a year across five stations. The time crews get back at the
start of a shift is equal to about 26 extra ambulance shifts a week, worth more than the contract. There
are also savings from fewer lost or duplicated items of equipment.

Crews tell us that starting a shift in a clean, ready vehicle has made a real difference to how they
feel about their work.

For patients the benefit is simple: the vehicle that arrives is clean, and everything the crew might need
is there and working. In a cardiac arrest, a choking child or a major haemorrhage, there is no time to
discover that the suction unit has a full canister or the defibrillator pads are out of date.

The remaining 19 stations are smaller and some are many miles from the nearest preparation hub, so we are
testing a mobile preparation van that visits them on a rota. Crews at those stations still prepare their
own vehicles for now, using the shorter checklist and the sealed packs.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I1915  scalds from failed thermostatic mixing valves - pdf via soffice -
#        style headings - one acute trust's estates and nursing teams only
#        (no partner, ineligible) - staff involved - NO patient involvement
#        (patients sent letters, a negation, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1915", format="pdf", layout="style_headings", render_via="soffice",
    topic="thermostatic_mixing_valve_scalds",
    project="independent120-safetemp-1915", docx_font="Calibri",
    title="Safe Temperature: preventing bath and shower scalds from failed mixing valves",
    cover=[
        "Entrant: Corbridge and Lune Valley Hospitals NHS Foundation Trust",
        "A joint project between the Trust's Estates Department, Nursing Directorate and Patient Safety Team",
        "Contact: Estates Compliance Manager",
    ],
    primary_entrant=dict(name="Corbridge and Lune Valley Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Background", """
Thermostatic mixing valves blend hot and cold water so that what comes out of a bath or shower is safe,
usually no hotter than 44 degrees for a bath. If the valve fails, or its cold supply is interrupted,
water at 60 degrees or more can come straight out of the tap. An older person or someone with reduced
feeling can suffer a full thickness burn in seconds.

Our two hospitals have 486 mixing valves. In 2021 a patient on a stroke ward was badly scalded in an
assisted bath when a valve failed. She had no feeling in her left leg and could not tell the healthcare
assistant the water was too hot. Her burns needed grafting and she spent a further eight weeks in
hospital. Our investigation found that the valve had last been serviced 22 months earlier, against a
requirement of once a year, that the bath had no thermometer, and that there was no rule about checking
water temperature before a patient got in.

The investigation also found that nobody had a complete list of valves. Some were recorded under the
room number of a room that had since been renumbered. Some were inside boxed-in panels and had never been
serviced at all.

It was also clear that the problem was shared between two parts of the trust that rarely spoke to each
other about bathing. Estates owned the valves and the pipework. Nursing owned the bath, the patient and
the decision to run the water. Neither side had a complete picture of the risk. Ward staff assumed that
if water came out of a tap at a comfortable temperature yesterday, it would do the same today. Estates
assumed that wards would report any problem with hot water, but a valve that fails without warning gives
nobody time to report anything.

<<S:We set up a joint group, chaired by the deputy chief nurse and the head of estates, with the patient
safety team providing the link to incident reporting.>> Its first task was simply to find out how many
valves we had and where they were.
"""),
        ("evidence", "What we have achieved", """
The estates department surveyed every outlet in both hospitals in 2022. All valves are now on the
computerised maintenance system with their current location and a yearly service and in-service
temperature test. Valves in assisted bathrooms are tested every three months. Every assisted bath and
shower has a digital thermometer fixed at the outlet, and nurses check and record the temperature before
a patient bathes.

<<Q:Valves found out of service date fell from 41% at the 2022 survey to 3% at the end of 2024.>>
<<Q:Valves that failed their temperature test when tested went down from 9% to under 2%.>> <<Q:Incidents
of hot water above 46 degrees at a patient outlet, reported by staff, dropped from 18 in 2021 to 4 in
2024, and none caused injury.>>

Fifty-two valves that were hidden or could not be reached have been moved to accessible panels.
"""),
        ("stakeholders", "Who was involved", """
<<S:Estates plumbers and ward housekeepers walked every ward together to find and record every valve,
and the plumbers suggested colour-coded access panels so that anyone can find a valve quickly.>>
<<S:Healthcare assistants on the stroke and elderly care wards tried three kinds of bath thermometer and
chose the digital one with a large display, after the dial thermometers proved hard to read in steam.>>
<<S:The nursing directorate and the estates compliance team wrote the bathing safety standard together,
and ward managers asked for the temperature record to be added to the existing personal care chart
rather than a new form.>>

Patients were not directly involved in designing the changes. The patient who was scalded, and her
family, were sent a letter explaining what the trust had done. We hope to ask patients who use assisted
bathrooms for their views in 2025.
"""),
        ("value", "Value", """
The survey and relocation work cost £64,000 and the thermometers £6,000. The extra quarterly checks take
about two days of plumber time each quarter. The scald in 2021 led to a long stay, surgery and a claim
against the trust that is likely to cost considerably more.

Nurses tell us they feel more confident bathing patients and now check the temperature without
thinking.
"""),
        ("spread", "Spread", """
The bathing safety standard is now part of the trust's nursing procedures for all wards, including
maternity and children's. Our estates team has presented the work to the regional estates and facilities
managers' group.

We have also included mixing valves in the trust's capital planning, so that when a bathroom is
refurbished the valve is placed where it can be reached and serviced without removing panels. The
remaining older valves of a type that the manufacturer no longer supports will be replaced over the
next three years as part of the planned maintenance programme.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1916  water quality for home haemodialysis - docx - style headings -
#        renal unit consultant, detailed - acute trust renal unit with a water
#        company and a kidney patients' association - patients (by pronoun)
#        and staff involved - NO quantitative evidence (dates, counts of tests,
#        a target, a single figure)
# ---------------------------------------------------------------------------
entry(
    id="I1916", format="docx", layout="style_headings", topic="home_haemodialysis_water_quality",
    project="independent120-purewater-1916", docx_font="Calibri",
    title="Pure Water at Home: keeping home haemodialysis water safe",
    cover=[
        "Lead organisation: Northmoor Teaching Hospitals NHS Trust, Renal Services",
        "Partners: Dunholme Water plc; Northmoor Kidney Patients' Association",
        "Contact: Consultant Nephrologist and Home Therapies Lead",
    ],
    primary_entrant=dict(name="Northmoor Teaching Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Dunholme Water plc", type="private"),
        dict(name="Northmoor Kidney Patients' Association", type="patient_group"),
    ],
    sections=[
        ("context", "Context", """
A person on haemodialysis has their blood exposed to more than 300 litres of water a week across the
dialyser membrane. Tap water that is perfectly safe to drink can harm a dialysis patient if it contains
chlorine, chloramine, aluminium or bacterial toxins. In hospital units the water passes through a large
treatment plant that is tested daily. At home it passes through a small reverse osmosis unit under the
stairs, and the quality of what comes in depends on the local supply.

Our home haemodialysis programme has grown from 18 patients in 2019 to 54 in 2024, spread across a
large area served by one water company. In the winter of 2022 the water company changed the way it
disinfected water in one of its zones, switching from chlorine to chloramine, which is harder to remove.
Nobody told the renal unit, because nobody at the water company knew that people were dialysing at home
in that zone. One patient developed haemolysis during dialysis and needed a blood transfusion. When we
investigated we found that the carbon filters on home machines were not sized for chloramine.

There was also no routine way for the water company to warn us of a burst main, a change in treatment or
work that might stir up sediment, and no way for a patient to tell whether the water going into the
machine was safe.

Dialysing at home is a choice that gives people their lives back. Many of our home patients work, care
for children or simply prefer to dialyse overnight while they sleep rather than spend three afternoons a
week in a unit and travelling to it. But it also means that the safety checks that happen invisibly in a
hospital unit, where technicians look after the water plant every day, have to be built into the
person's own home and routine. The water company, the renal unit and the patients each held part of the
information needed to keep the water safe, and until this project none of them was sharing it.

The episode in 2022 showed how fragile the arrangement was. The water company had done nothing wrong:
chloramine is a normal and safe way to treat drinking water, and it had informed the public health team
as it was required to do. It simply had no way of knowing that a small number of its customers were
using its water to make dialysis fluid, and the renal unit had no way of knowing what the water company
was about to do.
"""),
        ("evidence", "Evidence", """
Since October 2023 the water company has held a list of the addresses of home dialysis patients, with
their consent, on its priority services register. It now notifies the renal unit's home therapies team
by email and phone of any planned change in treatment or any incident affecting those addresses. Every
home machine now has a double carbon filter. Patients test for total chlorine before every session with
a simple strip test, and the renal technicians take monthly samples for bacteria and endotoxin.

Between October 2023 and September 2024 the water company sent 23 notifications, and in each case the
home therapies team contacted the patients affected on the same day. In four cases patients were advised
to dialyse in the unit until the water was confirmed safe.

The renal technicians took 612 samples from home systems in the year. Our target is for all samples to
meet the standard for ultrapure dialysis water by the end of 2025. The unit has had one further
episode of suspected chloramine exposure, found by a strip test before dialysis began.

The renal network has approved our protocol, and the project cost £38,000 to set up.
"""),
        ("stakeholders", "Stakeholder involvement", """
Home dialysis patients know their machines better than anyone. <<P:We held two evenings with them and
their partners, organised by the Kidney Patients' Association, and they asked for a test they could do
themselves rather than waiting for a technician, which led to the strip test before every session.>>
<<P:They also told us that they often only learned about burst mains from neighbours or social media, and
it was their idea that the water company should text them directly, which it now does as well as
contacting us.>>

<<S:Renal technicians designed the double filter kit with the machine supplier's engineers and tested it
on the bench with chloramine-treated water.>> <<S:The water company's network control staff met our home
therapies nurses to agree which kinds of work need a warning, and they added dialysis addresses to the
checklist their engineers use before any planned work.>>
"""),
        ("value", "Value", """
The double filters add £140 a year per patient. Sampling costs are within the existing renal technical
budget. One episode of haemolysis needing admission, or a patient moving back to hospital dialysis
because they have lost confidence, costs far more, and home dialysis is itself less expensive and better
for patients than travelling to a unit three times a week.

Patients say they feel safer knowing the water company knows about them.
"""),
        ("spread", "Spread", """
The water company has offered the same arrangement to the two other renal units in its area. The
national kidney patients' federation has featured the strip test in its newsletter, and we have shared
our protocol through the renal network.

The water company is also looking at whether the same notification arrangement could help other
customers who depend on water for medical treatment at home, such as people using home oxygen
humidifiers or those who need to wash regularly because of skin conditions. We have offered our list of
the questions patients asked, so that the company can build its advice around them.

What we have learned is that the safety of a treatment at home depends on organisations that may never
have thought of themselves as part of a patient's care. A water company, an electricity network or a
housing provider can all make a decision that puts a patient at risk without knowing it. The answer
was not complicated: a list of addresses, shared with consent, and a telephone number that someone
answers.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1917  dynamic air mattresses failing at home in power cuts - pdf - with
#        appendix - spinal injuries association chief executive, campaigning -
#        patient group with an electricity network company and the community
#        trust equipment service - members involved - NO staff involvement
#        (nurses briefed, engineers trained, one named coordinator)
# ---------------------------------------------------------------------------
entry(
    id="I1917", format="pdf", layout="with_appendix", topic="air_mattress_power_cut_failure",
    project="independent120-stayingup-1917", pdf_font="LiberationSans",
    title="Staying Afloat: keeping air mattresses working when the power goes off",
    cover=[
        "Lead: Pennard Spinal Injuries Association",
        "Partners: Marcher Electricity Networks Ltd; Pennard and Gower Community Health NHS Trust (Community Equipment Service)",
        "Entry written by the Association's Chief Executive",
    ],
    primary_entrant=dict(name="Pennard Spinal Injuries Association", type="patient_group"),
    partners=[
        dict(name="Marcher Electricity Networks Ltd", type="private"),
        dict(name="Pennard and Gower Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The problem", """
Our association is run by and for people with spinal cord injuries and their families. Many of our
members cannot feel or move below their injury and lie on a dynamic air mattress at night, or all day.
The mattress inflates and deflates in cells to move pressure around the body. Without it, a person with
a high-level injury can develop a pressure ulcer in a few hours, and a deep pressure ulcer can mean
months in bed, surgery, sepsis and sometimes death.

These mattresses run on mains electricity. When the power goes off, most of them deflate within 20 to
40 minutes. Some have a transport mode that holds the air for a few hours, but many of our members, and
their carers, did not know it existed. The storms in the winter of 2021/22 cut power to parts of our
area for up to four days. We heard from members who spent nights lying on a flat mattress on the bed
frame, and from families trying to turn their relative every two hours by torchlight.

At least three members developed serious pressure ulcers during those storms. One, a man in his fifties
who had been injured in a riding accident, was admitted to hospital with a grade four sacral ulcer and
spent eleven months in hospital.

The electricity network company had a priority services register, but it was built around people with
home oxygen or dialysis. Air mattresses were not on its list. The community trust's equipment service
issued the mattresses but did not keep a record of which users had no backup.
"""),
        ("evidence", "What has changed", """
Since November 2022 every person issued with a dynamic air mattress by the equipment service is offered
registration on the electricity network's priority services register, and the network company now
lists 'medical air mattress' as a reason. Registered people get advance notice of planned power cuts, a
priority phone line, and in long cuts a visit or a loaned battery power pack. Every mattress now has a
bright orange label explaining how to switch to transport mode, and mattresses with no transport mode
are being replaced by the equipment service with models that hold air for at least eight hours.

<<Q:The number of our members who told us they had a pressure ulcer during or after a power cut fell
from 11 in winter 2021/22 to 2 in winter 2023/24, although there were more power cuts in our area in
the second winter.>> <<Q:Members who said, in our annual survey, that they knew how to keep their
mattress inflated in a power cut went from 24% in 2022 to 81% in 2024.>>

By autumn 2024, 612 mattress users had been added to the register.
"""),
        ("stakeholders", "Who was involved", """
This work was led by our members. <<P:Twelve members and family carers formed a working group that met
monthly for a year; they wrote the orange label, tested it in each other's homes, and insisted that the
instructions be understandable by a night carer who had never seen the mattress before.>> <<P:One
member who is a retired electrician worked out, with other members, which battery packs would run which
mattresses, and his table is now in the appendix to this entry.>> <<P:Members also told the network
company what it is like to be on the phone in the dark, and asked for a named contact rather than a
queue, which is now offered.>>

District nurses and equipment service engineers were briefed on the label and the register. The network
company's call handlers were trained to recognise the words 'air mattress'. Our equipment coordinator,
Bethan Rhys, has managed the registrations and kept the records, as part of her role.
"""),
        ("value", "Value", """
A battery power pack costs around £600 and can be loaned to several people in turn. Replacing mattresses
without a transport mode has been done as part of the normal replacement cycle, at no extra cost. A
grade four pressure ulcer can cost the NHS tens of thousands of pounds to treat, and means a year of
a person's life lost.

Members tell us they now sleep better during storms, because they know what to do.

For the network company, the cost has been small: a new category on a register it already runs and a
few extra calls in a long power cut. For the community trust, the main cost has been bringing forward
the replacement of older mattresses, which would have happened anyway. For our members, the difference
is being able to stay safely at home through a storm rather than being admitted to hospital as a
precaution or lying on a flat mattress waiting for the lights to come back on.
"""),
        ("spread", "Spread", """
The network company has shared the 'medical air mattress' category with the other network operators
through the national energy networks association. Other spinal injuries groups have asked for the label
design, which we share freely.
"""),
    ],
    trailer=[
        ("heading", "Appendix: battery power packs and mattress models (members' table)"),
        ("text", "Small pack (500 Wh): runs most single-cell-type alternating mattresses for about 6 to 8 hours; suitable for short cuts and overnight."),
        ("text", "Large pack (1,000 Wh): runs most dynamic mattresses for 12 to 16 hours; should be loaned for any cut expected to last more than one night."),
        ("text", "Mattresses with transport mode: hold air for 8 to 12 hours without power; the orange label explains how to switch over."),
        ("text", "Always call the priority line on the label if the power has been off for more than one hour."),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1918  Legionella in hostels and supported housing reopened after closure -
#        docx - bullet lists - council environmental health and public health
#        officer, brisk - council with a homelessness charity and a housing
#        association - residents involved - NO staff involvement (hostel staff
#        trained, managers informed, one officer doing her job) - claim in words
# ---------------------------------------------------------------------------
entry(
    id="I1918", format="docx", layout="bullet_lists", topic="legionella_hostels_supported_housing",
    project="independent120-runthetaps-1918", docx_font="Calibri",
    title="Run the Taps: water safety in hostels and supported housing",
    cover=[
        "Lead: Kilnworth City Council, Public Health and Environmental Health",
        "Partners: Harbour Light Homeless Trust; Kilnworth Homes Housing Association",
        "Contact: Principal Environmental Health Officer",
    ],
    primary_entrant=dict(name="Kilnworth City Council", type="local_authority"),
    partners=[
        dict(name="Harbour Light Homeless Trust", type="charity"),
        dict(name="Kilnworth Homes Housing Association", type="charity"),
    ],
    sections=[
        ("context", "What was the problem", """
Kilnworth has 34 hostels, night shelters and supported housing schemes for people who have been
homeless, with about 900 beds. Many residents are more vulnerable to Legionnaires' disease than most
people: they smoke, drink heavily, have chest disease or diabetes, or have weakened immune systems.

What we found:

- in 2022 two residents of a city centre hostel were diagnosed with Legionnaires' disease within a month; one died

- the hostel's shower block had been closed for several months during refurbishment and reopened without the system being flushed or tested

- many smaller schemes had no written water risk assessment, and those that did often had one that was years out of date

- rooms were left empty between residents for weeks, and showers in empty rooms were never run

- schemes were inspected for fire safety and food hygiene, but nobody was checking water

What we did together:

- the council's environmental health team carried out a water risk assessment with every scheme, free of charge

- the housing association and the homeless trust, who run most of the schemes, agreed a weekly flushing routine for empty rooms and a reopening checklist for any part of a building closed for more than a week

- the council funded temperature monitoring in the 12 largest schemes

Why it needed a partnership:

- the council has powers to enforce health and safety in some of these buildings but not others, depending on who runs them and how they are registered

- the charity and the housing association run the buildings day to day but had no water safety expertise of their own

- residents move in and out often, sometimes at a few hours' notice, so the buildings change use all the time

- none of us could have reached all 34 schemes on our own, and the larger providers were willing to share their contractors with the smaller ones
"""),
        ("evidence", "What difference has it made", """
- every one of the 34 schemes now has a current water risk assessment, completed between March 2023 and January 2024

- <<Q:samples above the action limit for Legionella fell by a third between the first and second rounds of sampling, from 27 of 140 outlets to 18 of 142>>

- <<Q:hot water at the outlets we monitor reached at least 50 degrees in 58% of weekly checks in the first quarter and 87% by the fourth quarter>>

- 1,460 flushes of empty rooms have been logged

- there have been no further cases of Legionnaires' disease linked to any scheme
"""),
        ("stakeholders", "Who was involved", """
- <<P:residents at three hostels, working with Harbour Light's peer mentors, told us that they avoided the shared showers because they were cold and smelled, which is how we first found the worst outlets>>

- <<P:a residents' group at the largest scheme took photos of every shower and tap they thought was hardly used, and their map was used to plan the first round of sampling>>

- <<P:former residents who now volunteer with Harbour Light helped write the notice about running the taps, in plain words, and suggested it be placed above the sink rather than on the door>>

- hostel staff at all 34 schemes were trained in flushing and recording

- scheme managers were informed of the programme at the council's homelessness forum

- Sarah Kent, our principal environmental health officer, carried out the risk assessments and signed them off
"""),
        ("value", "Value", """
- the risk assessments were done within existing environmental health budgets

- monitoring equipment cost £21,000

- one case of Legionnaires' disease means a stay in intensive care and a public health investigation costing far more

- residents say the showers are warmer and cleaner
"""),
        ("spread", "Spread", """
- the council has added water safety to its licensing conditions for houses in multiple occupation

- we have shared the reopening checklist with the regional homelessness health network

- the housing association now uses it across all its supported housing in three counties

- we are now looking at night shelters that open only in winter, which stand empty for months every year and are the next obvious risk

- our advice to other councils: start with the buildings that have been closed, refurbished or left half-empty, because that is where the water sits still
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1919  nurse call bells and estates faults in a PFI hospital - docx - form
#        table - PRIVATE facilities management company as primary entrant
#        with the NHS trust (ineligible) - staff involved - NO patient
#        involvement (patients as beneficiaries, national survey, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1919", format="docx", layout="form_table", topic="pfi_nurse_call_estates_faults",
    project="independent120-fixitfirst-1919", docx_font="Arial",
    title="Fix It First: putting patient safety at the top of the estates helpdesk",
    cover_table=[
        ("Title of entry", "Fix It First: putting patient safety at the top of the estates helpdesk"),
        ("Primary entrant", "Calderstone Facilities Management Ltd"),
        ("Partner", "Eastholme Hospitals NHS Trust"),
        ("Name and role", "Gareth Lomas, Site Operations Director"),
    ],
    primary_entrant=dict(name="Calderstone Facilities Management Ltd", type="private"),
    partners=[dict(name="Eastholme Hospitals NHS Trust", type="nhs_trust")],
    sections=[
        ("context", "What was the problem and why was a partnership needed?", """
Calderstone runs the hard and soft facilities management at Eastholme General Hospital under a private
finance initiative contract that began in 2008. Our helpdesk receives around 4,000 fault reports a month,
from broken lights and sticking doors to leaks, blocked drains and failed nurse call systems.

Under the contract, faults are given a priority by the helpdesk operator based on a list written in 2008.
A broken nurse call bell in a side room was a 'priority 3' with a response time of 24 hours, the same as
a faulty paper towel dispenser. A failed bed-head light was a 'priority 4', despite being the light
nurses use to check patients at night. Ward staff did not trust the helpdesk and often stopped reporting
faults at all, or rang a friendly engineer directly, so there was no record.

In 2022 a patient in a side room on a respiratory ward fell while trying to reach the toilet at night. His
call bell had not worked for two days. The fault had been reported but was waiting in the queue. He
fractured his wrist. The trust's investigation and ours reached the same conclusion: the contract
priorities had nothing to do with patient safety.

The contract itself made change difficult. Any change to the priorities or response times would
normally need a formal variation, negotiated between lawyers, with a price attached. Performance
deductions for late repairs were calculated on the old priorities, so both sides spent months each year
arguing about whether a fault had been categorised correctly. In that atmosphere it was easy for each
organisation to blame the other and for nothing to change.

What made the difference was agreeing, at the start, that this was about patient safety and not about
money. The trust's director of estates and our managing director signed a short memorandum that said
the new priorities would be trialled for a year without any change in price or deductions, and reviewed
jointly at the end.
"""),
        ("evidence", "What evidence is there of improvement?", """
We rewrote the priority list with the trust in 2023. Any fault that affects a patient's ability to call
for help, see, wash safely or be moved safely is now an urgent 'safety' priority with a response time of
one hour. This includes nurse call, bed-head lights, hoist tracks, assisted bathroom equipment, bed and
mattress power points and door access to clinical areas. The helpdesk asks every caller one question:
'Could this fault harm a patient?'

<<Q:The average time to fix a nurse call fault fell from 19 hours in 2022 to 1 hour 40 minutes in 2024.>>
<<Q:Safety-critical faults not fixed within the agreed time went from 36% to 7%.>> <<Q:Incidents reported
by the trust in which an estates fault was a contributing factor fell from 58 in 2022 to 21 in 2024.>>
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Ward sisters from six wards went through a year of fault reports with our helpdesk supervisors and
marked each type of fault by the harm it could cause, which became the new priority list.>> <<S:Our
engineers asked for a handheld device that shows them safety faults first, and they tested two
versions on night shifts before the one now in use was chosen.>> <<S:The trust's estates and facilities
contract team and our operations managers reviewed the new response times each month for the first six
months and changed two of them after engineers said they could not be met at night.>>

Patients are the people who benefit most from faults being fixed quickly. The trust's national inpatient
survey results were shared with us. We would like to involve patients in reviewing the priority list when
it is next updated.
"""),
        ("value", "What has been the impact on experience and value for money?", """
The new priorities have been delivered within the existing contract price; we have moved two engineers
from planned work to the night shift. The trust has avoided disputes over performance deductions, which
used to take a great deal of management time on both sides. Ward staff say they now report every fault,
because they know it will be dealt with.
"""),
        ("spread", "How has the work been shared?", """
We have shared the safety priority list with the other PFI hospitals that we manage, and two have
adopted it. The trust has presented the work to the regional estates and facilities network.

We are now working with the trust on the next step: a monthly report to each ward showing its own faults,
how quickly they were fixed and which ones keep coming back, so that repeated problems such as a sticking
bathroom door or a flickering corridor light are replaced rather than repaired again and again.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1920  vaccine fridge failures in GP practices - pdf - numbered questions -
#        short - GP federation nurse lead - GP federation with the ICB
#        immunisation team and UKHSA-style health protection team - staff and
#        a parent involved - NO evidence section and no measured change
# ---------------------------------------------------------------------------
entry(
    id="I1920", format="pdf", layout="numbered_questions", topic="vaccine_fridge_cold_chain_gp",
    project="independent120-coldchain-1920", pdf_font="DejaVuSans",
    title="Keep It Cold: vaccine fridges and the cold chain in general practice",
    cover=[
        "Lead: Hartsmere GP Federation",
        "Partners: NHS Hartsmere and Ruddington Integrated Care Board (Immunisation Team); Ruddington County Council Public Health",
        "Author: Federation Lead Nurse",
    ],
    primary_entrant=dict(name="Hartsmere GP Federation", type="primary_care"),
    partners=[
        dict(name="NHS Hartsmere and Ruddington Integrated Care Board", type="icb"),
        dict(name="Ruddington County Council", type="local_authority"),
    ],
    sections=[
        ("context", "1. What was the problem?", """
Vaccines must be kept between 2 and 8 degrees. If a fridge gets too warm or too cold, vaccines may stop
working, and children and adults who receive them may be left unprotected without anyone knowing.
Our 22 practices have 71 vaccine fridges between them.

In 2022 our practices reported nine cold chain breaches. In the worst, a fridge was switched off at the
wall by a cleaner over a bank holiday weekend and £14,000 of vaccines had to be destroyed; 180 children
who had been vaccinated from that fridge in the previous week had to be recalled because the data logger
showed an earlier, unnoticed breach. Many fridges were domestic models, some were more than fifteen
years old, and nobody was responsible for servicing them.

Each practice had its own way of checking fridges. Some recorded the temperature twice a day on a paper
chart, some once, some only when someone remembered. Minimum and maximum readings were often written
down without the thermometer being reset, so a breach overnight could go unnoticed for days. When a
breach was found, practices did not always know who to ring for advice, and some decided for themselves
whether the vaccines could still be used.

The federation could not fix this alone. Practices are independent businesses, and the fridges belong to
them. The ICB's immunisation team commissions the vaccination programmes and holds the budget for
equipment, and the council's public health team advises on what to do after a breach and leads any
recall. We agreed that the three organisations would write one standard, buy one kind of fridge and one
monitoring system, and share one route for reporting and advice.
"""),
        ("stakeholders", "2. Who was involved?", """
<<S:Practice nurses from every practice met three times and agreed a single cold chain standard, and it
was their idea to fit switchless plugs and 'Do not switch off' labels to every fridge.>> <<S:Practice
managers and the ICB immunisation team chose a remote temperature monitoring system that sends a text to
two named staff if a fridge goes out of range, after the nurses tested two systems for a month.>>

<<P:A mother whose twins were among the children recalled in 2022 came to our first meeting and
described what the recall was like for her family, and she asked that any future recall letter explain
the risk in plain English, which the council's public health team then rewrote with her.>>
"""),
        ("value", "3. Value for money", """
The ICB paid £38,000 for 30 new pharmaceutical fridges to replace all domestic models and those more
than ten years old, and £9,000 a year for remote monitoring. Every fridge is now serviced yearly by one
contractor. One lost fridge load of vaccines can cost more than £10,000, without the cost of a recall.
"""),
        ("spread", "4. Spread", """
The council's public health team has shared our standard with community pharmacies that give flu
vaccines. The ICB plans to offer the monitoring system to every practice in the county in 2025.

We have not included an evidence section in this entry because the new fridges and monitoring have only
been in place since the spring, and we do not yet have a full year to compare. Since they were installed
the monitoring system has sent 46 alerts, all of which were answered by a member of staff within the
hour. We will report the full results to the ICB's immunisation board next year.

The standard, the fridge specification and the recall letter are available to any practice that asks.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)
