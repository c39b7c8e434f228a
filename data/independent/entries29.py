"""Twenty-ninth independent evaluation set (I449..I464) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries21.py / entries27.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional, apart from
a few national public bodies named as partners.  The entries are meant to be ordinary:
the kind of thing NHS teams, councils, fire services, charities and care providers send
in, in their own voices and at their own length.

Topics: young children falling from windows of high-rise flats (a council public health
team), insulin given by home care workers under delegation from district nurses, flu
outbreaks in care homes and antiviral medicines (a short form from a council health
protection team), early warnings about contaminated street drugs (a drug and alcohol
charity, long), fires involving paraffin-based skin creams (a fire and rescue service),
crushing and covert medicines in care homes (a private care home group as primary
entrant), intravenous antibiotics at home (no spread section), antibiotic prescribing
and C. difficile across general practice and hospital (an integrated care board),
delayed diagnosis of cauda equina syndrome (a community musculoskeletal service),
reasonable adjustments for people with a learning disability having surgery (sections in
an unusual order), safety of home haemodialysis (with appendix, long), pathology results
sent to the wrong GP practice (a form), fentanyl patches in care homes and at home (a
hospice lead, no value section), the wrong patient scanned in radiology (departments of
one trust, no partner), handover at the front door by a patient transport company (a
private company as primary entrant) and blood pressure checks after pre-eclampsia (a
short entry).

Build it with

    .venv/bin/python data/independent/build.py --set 29   (writes data/corpus/independent29/)

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

Labelling conventions (as in entries21.py and entries27.py):
  * not Q: dates, financial years, bed/ward/home/school/practice counts, headcounts,
    numbers trained, activity counts (visits, calls, referrals, checks, kits, people
    screened or identified), single figures with no baseline, a zero with no earlier
    figure, figures that did not change, budgets, costs and savings estimates, phone
    numbers, postcodes, reference numbers, targets not yet reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words;
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, volunteers with lived experience, unusual job
    titles, list items), wherever in the entry it is told; a peer worker with lived
    experience, employed by a partner, who helped design the work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices, GP federations, primary care networks and local
pharmaceutical committees are primary_care; parent and self-advocacy groups are
patient_group; hospices and care associations are charity; national public bodies such
as the UK Health Security Agency are public_other; care home groups, water companies and
transport companies are private).  A department or team of the entrant's own
organisation is not a partner.  Flags are written by hand and build.py cross-checks them
against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I449  young children falling from windows of high-rise flats - pdf - own
#       headings - council public health principal, plain - council with
#       children's hospital, fire and rescue service and community trust
#       health visiting - parents and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I449", format="pdf", layout="own_headings", topic="child_window_falls_flats",
    project="independent29-safewindows-449", pdf_font="LiberationSans", pdf_align="L",
    title="Safe Windows, Safe Children: stopping young children falling from flats in Carrow Hill",
    cover=[
        "Lead organisation: Carrow Hill City Council (Public Health and Housing Services)",
        "Partners: St Wenna's Children's Hospital NHS Foundation Trust; Mercia Vale Fire and Rescue Service; Carrow Hill Community Health NHS Trust (Health Visiting)",
        "Written by the Public Health Principal for Children and Young People",
    ],
    primary_entrant=dict(name="Carrow Hill City Council", type="local_authority"),
    partners=[
        dict(name="St Wenna's Children's Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="Mercia Vale Fire and Rescue Service", type="emergency_service"),
        dict(name="Carrow Hill Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why this was needed", """
Carrow Hill has 31 tower blocks and a lot of low-rise flats above shops, and a large share of families
with young children live above the ground floor. Every summer the children's hospital sees toddlers who
have fallen out of a window. Most are between one and four years old. They climb on a bed, a sofa or a
toy box that has been pushed under the window, lean on the glass or the fly screen, and go out. Falls
from the first floor can cause head injuries and broken bones. Falls from higher up are often fatal.

In the summer of 2021 two children from the same estate fell from windows within three weeks of each
other. One, a boy of two, died. The other, a girl of three, spent a month in intensive care. When the
child death review panel looked at it, both flats were council homes and both windows had restrictors
fitted when the block was refurbished in 2009, but in both cases the restrictor had been broken or
taken off and never replaced. Neither family knew they could ask for a new one. The health visitor had
done a home safety check with one of the families the year before but it did not cover windows.

So we had a problem nobody owned. The housing service fitted restrictors but only when it was doing
other work. Health visitors talked about stair gates and hot drinks but not windows. The fire service
did home fire safety visits and actually had some concerns about restrictors, because windows are also
a way out in a fire. The hospital saw the results.

We set up the Safe Windows partnership at the end of 2021. The aims were simple: every council flat
above the ground floor where a child under five lives to have working window restrictors that an adult
can release in a fire, families to know why they matter and how to report a broken one, and fewer
children hurt.
"""),
        ("evidence", "What difference has it made", """
The hospital's trauma audit team pulled out all children under five admitted after a fall from a
window or balcony, living in Carrow Hill, for the two summers before (2020 and 2021) and the two summers
after (2023 and 2024). We count May to September.

<<Q:Admissions of children under five after a fall from a window fell from 23 in the two summers before
to 9 in the two summers after.>> <<Q:Of those, children needing intensive care went down from 7 to
2.>> There have been no deaths since 2021.

<<Q:When our housing officers checked a sample of 400 flats with young children, the share with a working
restrictor on every upstairs window went up from 38% in the first survey in early 2022 to 91% in the
repeat survey in 2024.>> <<Q:The average time to repair a broken restrictor once it has been reported fell
from 47 days to 4 days, because it is now a priority repair.>>

Since the start, housing has fitted or repaired restrictors in 2,860 flats. Health visitors have included
windows in 4,100 home safety checks.
"""),
        ("stakeholders", "Who was involved and how", """
<<P:We talked to parents at three children's centres and at the tenants' association on the Brookfield
estate, where one of the children lived, and they told us something we had not expected: many had taken
the restrictors off themselves on hot nights because the flats were so stuffy.>> <<P:Because of that, the
parents helped us choose a restrictor that lets the window open a bit further for air but still not
enough for a child to get through, and they asked for a leaflet about keeping flats cool that did not
just say 'open the windows'.>> <<P:The mother of the little girl who was injured has spoken at two of our
training days and agreed for her story to be used in the leaflet.>>

<<S:Health visitors rewrote their home safety checklist with the council's injury prevention officer
and asked for a quick way to report a broken restrictor from the home visit, which is now a QR code on
the checklist.>> <<S:Fire safety officers and housing surveyors spent a morning together in an empty flat
testing different restrictors and agreed the type that an adult can release quickly in a fire but a
toddler cannot.>> <<S:Repairs operatives told us that the old job code sent restrictor repairs to the back
of the queue, and the repairs team leaders changed the code so they now go out as urgent.>>
"""),
        ("value", "Value for money and experience", """
A restrictor costs about £12 to buy and fit. The whole programme so far, including the surveys, has cost
the council around £96,000 from the housing repairs budget, with health visiting and fire service time
coming from existing work. A single child in intensive care with a head injury can cost the NHS more than
that, and a child left with a brain injury needs support for the rest of their life.

Parents told us they feel better having a proper restrictor that lets some air in. Health visitors say it
is an easy thing to check and families are grateful for it.
"""),
        ("spread", "Sharing what we learned", """
The restrictor specification is now part of the council's standard for all new lettings and
refurbishments. Two housing associations in the city have adopted the same restrictor and the priority
repair code. We have shared the work with the regional child death overview panel and with the Child
Accident Prevention Trust, and the health visiting checklist is now used across the whole community
trust, which covers three other council areas.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I450  insulin given by home care workers under delegation - docx - bold
#       headings with a cover table - district nursing clinical lead,
#       practical - community trust with council adult social care, a private
#       home care agency and a GP federation - staff involved - no patient
#       involvement (patients consented, families given a sheet, a survey
#       that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I450", format="docx", layout="bold_headings", topic="delegated_insulin_home_care",
    project="independent29-insulindelegation-450", docx_font="Calibri",
    title="Right Dose at the Right Time: safe delegation of insulin to home care workers",
    cover_table=[
        ("Entry title", "Right Dose at the Right Time: safe delegation of insulin to home care workers"),
        ("Lead organisation", "Hartsfell Community Healthcare NHS Trust (District Nursing)"),
        ("Partners", "Hartsfell County Council (Adult Social Care); Brightside Homecare Ltd; Hartsfell South GP Federation"),
        ("Contact", "Clinical Lead for District Nursing, South Locality"),
    ],
    primary_entrant=dict(name="Hartsfell Community Healthcare NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Hartsfell County Council", type="local_authority"),
        dict(name="Brightside Homecare Ltd", type="private"),
        dict(name="Hartsfell South GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "Context", """
District nurses in the south of Hartsfell were going out twice a day to about 140 people whose only
reason for a nursing visit was to give insulin. These are mostly older people with type 2 diabetes who
cannot do it themselves because of poor eyesight, arthritis or memory problems. The visits took up
nearly a third of our nursing time. Because we had so many, they were given at whatever time the nurse
could get there, and an insulin due at 8am might be given at 11am, sometimes after the person had
already had breakfast and lunch. This led to high and low blood sugars. In 2021 we had 38 incidents
involving insulin given late, missed, or given twice when two nurses both thought the visit was theirs.

At the same time, most of these people already had home care workers going in at breakfast and tea time.
Nationally there is guidance on delegating insulin to trained care workers, but our trust had never done
it, and the care agencies were nervous about the risk.

We started the project in 2022 with the council, which commissions home care, one large home care agency,
Brightside Homecare, and the GP federation, whose practice nurses and clinical pharmacists manage most
of these patients' diabetes. Care workers are trained and signed off by a district nurse to give a fixed
dose of insulin with a pen. Only people on a stable dose are included. Any dose change has to come from
the GP or practice nurse in writing, through the district nurses. The care worker checks blood sugar and
records it on a shared chart, and the district nurse reviews every patient at least once a month.
"""),
        ("evidence", "Evidence of improvement", """
We compared 2021 with 2023 for the 96 people who moved onto the delegated pathway.

<<Q:Incidents involving late, missed or double insulin doses in this group fell from 38 in 2021 to 9 in
2023.>> <<Q:Doses given more than an hour from the prescribed time went down from 41% to 6%, according to
audits of the charts.>> <<Q:Ambulance call-outs for low blood sugar among these patients dropped from 27
to 11.>>

The district nurses released about 9,000 visits a year. There have been no serious incidents since the
pathway started.
"""),
        ("stakeholders", "How people were involved", """
<<S:Brightside's care coordinators and a group of eight care workers helped write the training and
competency book, and they insisted on a photo of each person's pen and dose on the front of the chart,
because they visit many people and the pens look alike.>> <<S:District nurses who were worried about
delegating told us they wanted a hard rule on when not to give insulin, so the care workers now have a
simple traffic-light card for blood sugar readings, which the nurses wrote.>> <<S:Practice nurses from the
federation asked for dose changes to be sent on a single form rather than by phone, and that form is now
the only way doses are changed.>> <<S:The council's home care commissioners and the agency's managers
agreed the extra time per visit and the insurance wording between them after two meetings with our
risk team.>>

Every patient gave consent before their insulin was delegated, and their families were given an
information sheet. We sent a short questionnaire to patients after six months and most were happy with
the care, so we did not change anything. We would like to involve patients in the next review.
"""),
        ("value", "Value", """
The council pays Brightside an extra ten minutes per visit for insulin, which costs much less than a
nursing visit. The time released means district nurses can see wound care and end of life patients
sooner. Care workers said they were proud to be trusted with a clinical task, and the agency has found
it helps with keeping staff. Patients get their insulin at breakfast, with their meal, instead of waiting
in for the nurse.
"""),
        ("spread", "Spreading and sharing", """
The pathway has been extended to the north locality of the trust and two more home care agencies have
joined. We presented it at the regional district nursing forum, and the council has written delegated
insulin into its new home care contract so that any agency can take part once trained.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I451  flu outbreaks in care homes and antivirals - pdf - form table - short
#       - council health protection nurse, brisk - council with UKHSA, ICB and
#       LPC - a relative involved - no staff involvement (care home managers
#       sent a pack and briefed, GPs told, pharmacies signed a specification)
# ---------------------------------------------------------------------------
entry(
    id="I451", format="pdf", layout="form_table", topic="care_home_flu_antivirals",
    project="independent29-fluready-451", pdf_font="LiberationSans",
    title="Flu Ready: getting antiviral medicines to care home residents within 48 hours of an outbreak",
    cover_table=[
        ("Entry title", "Flu Ready: getting antiviral medicines to care home residents within 48 hours of an outbreak"),
        ("Lead organisation", "Dunmore Borough Council, Health Protection Team"),
        ("Partner organisations", "UK Health Security Agency (North Fens Health Protection Team); NHS Dunmore and Fens Integrated Care Board; Dunmore Local Pharmaceutical Committee"),
        ("Entrant", "Health Protection Nurse Specialist"),
    ],
    primary_entrant=dict(name="Dunmore Borough Council", type="local_authority"),
    partners=[
        dict(name="UK Health Security Agency", type="public_other"),
        dict(name="NHS Dunmore and Fens Integrated Care Board", type="icb"),
        dict(name="Dunmore Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "Background and aims", """
When flu gets into a care home it spreads fast and older residents die from it. Antiviral medicines
(oseltamivir) reduce the spread and the risk of serious illness, but they have to be started within 48
hours. In the winter of 2022/23 there were 19 flu outbreaks in care homes in Dunmore. Getting the
antivirals depended on each GP practice writing prescriptions for every resident, often on a Friday
afternoon, and a pharmacy having stock. Residents were often waiting four or five days. Some never got
them because the GP did not think it was their job. Out-of-hours services did not have the residents'
kidney function results, which are needed to get the dose right, and would not prescribe without them.
In one home in January 2023, eleven residents caught flu and four died; the antivirals arrived on the
sixth day.

For winter 2023/24 we set up a single route. UKHSA confirms the outbreak and tells us. Our team does
the risk assessment with the home. The ICB commissioned two community pharmacies to hold stock and
supply under a patient group direction with a pharmacist check on kidney function, and the LPC arranged
cover so that one of them is open every day. The home sends a list of residents and their latest kidney
function from its GP records, and the pharmacy delivers the antivirals to the home, usually the same day.
The aim was for every eligible resident to start treatment or prevention within 48 hours.
"""),
        ("evidence", "Evidence of improvement", """
<<Q:The average time from an outbreak being declared to the first resident getting antivirals fell from
4.6 days in 2022/23 to 1.3 days in 2023/24.>> <<Q:Outbreaks where all eligible residents were treated
within 48 hours rose from 2 of 19 to 17 of 21.>> <<Q:Hospital admissions of residents with flu during
outbreaks went down from 31 to 14.>> The two pharmacies made 612 supplies over the winter. The figures
come from the UKHSA outbreak log, our own outbreak records and the pharmacies' supply records.
"""),
        ("stakeholders", "Involvement of patients and staff", """
<<P:A daughter whose mother died in a home outbreak in 2022 came to our planning meeting and asked that
families are phoned on the day the outbreak is declared, which we now do.>>

All 48 care home managers in the borough were sent the outbreak pack and were briefed at the care home
provider forum. GP practices were told about the new route by the ICB. The two pharmacies signed up to
the service specification. Homes receive a reminder each October, with the outbreak pack and the
pharmacy phone numbers, before the flu season starts.
"""),
        ("value", "Value", """
The pharmacies are paid a fee per supply. This is cheaper than GPs writing individual prescriptions and
far cheaper than a hospital admission. Homes tell us they are no longer chasing prescriptions all weekend, and GPs no longer have to write
forty prescriptions on a Friday afternoon. Families have told us they are reassured that treatment
starts quickly.
"""),
        ("spread", "Spread", """
UKHSA has shared our route with the other councils in the region and one has already copied it for
winter 2024/25. We have also used it for a COVID-19 antiviral outbreak and plan to use it for
outbreaks in homes for people with a learning disability. The patient group direction has been shared
with the regional medicines optimisation network.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I452  early warnings about contaminated street drugs - docx - no headings -
#       long - drug and alcohol charity service manager, first person,
#       chatty - charity with council public health, police, acute trust
#       emergency department and ambulance service - people who use drugs,
#       peer workers and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I452", format="docx", layout="no_headings", topic="street_drug_early_warning",
    project="independent29-heads-up-452", docx_font="Arial",
    title="Heads Up: a local early warning system for dangerous drugs in Castlebridge",
    cover=[
        "Entered by Pathways Recovery Castlebridge (drug and alcohol treatment charity)",
        "Working with Castlebridge City Council Public Health, Castlebridge Constabulary, Castlebridge Royal Infirmary NHS Trust (Emergency Department) and Northmoor Ambulance Service NHS Trust",
        "Written by Lee Varney, Harm Reduction Service Manager",
    ],
    primary_entrant=dict(name="Pathways Recovery Castlebridge", type="charity"),
    partners=[
        dict(name="Castlebridge City Council", type="local_authority"),
        dict(name="Castlebridge Constabulary", type="emergency_service"),
        dict(name="Castlebridge Royal Infirmary NHS Trust", type="nhs_trust"),
        dict(name="Northmoor Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", None, """
I have worked in drug services in Castlebridge for fifteen years and I have never known the street supply
as unpredictable as it has been since 2022. For a long time the main risk for people who use heroin was
the purity going up or down, and people more or less knew what they were buying. Now we are seeing
heroin cut with synthetic opioids called nitazenes, which can be many times stronger, and benzodiazepine
tablets that are not what they say on the packet. People who have used the same amount for years are
overdosing on what they think is a normal bag.

In the spring of 2023 we had a cluster. Over eleven days, nine people in the city centre overdosed and
three of them died. When we went back through it afterwards, it was obvious that different bits of the
system had seen it coming. The emergency department had noticed more overdoses than usual and that
people were needing a lot more naloxone than normal. The ambulance service had seen the same thing. The
police had seized some heroin that looked different and sent it off for testing, but the results took
weeks and went to the police only. Our outreach team had heard from people on the street that there was
'a bad batch' going round. Nobody joined it up, and nobody told the people who were using that batch
until it was too late.

There was a national drug alert system, but it works on a national scale and can take a while. What we
needed was something local that could move in a day.

So in June 2023 we got everyone round a table at the council offices. The idea of Heads Up is quite
simple. Any partner who sees something unusual (a cluster of overdoses, an odd-looking drug, a story on
the street, unusual symptoms in the emergency department) reports it to a single inbox run by the
council's public health team. A small group (public health, our service, the police drugs lead, an
emergency department consultant and an ambulance clinical lead) meets by video within 24 hours to look at
the information and decide if an alert is needed. If it is, the alert goes out the same day in two
versions: a professional version for hospitals, GPs, pharmacies, hostels and the ambulance service, and a
plain-language version that our outreach workers and peer volunteers take out onto the streets, into
hostels and onto social media.

We also set up drug checking. People can hand in a small sample of what they have bought at our city
centre hub, anonymously, and it goes to a lab that gives a result within three days. The police agreed
that samples handed in this way would not be used against anyone, which took a lot of conversations with
their legal team, and we are grateful to them.

The last part is naloxone. The emergency department and the ambulance crews now give out take-home
naloxone kits, and when there is an alert, our outreach workers do a push to get kits to anyone who does
not have one.

I should say a bit about how we actually got this going, because it was not smooth. The first meeting
was tense. The police were worried about being seen to condone drug use. The hospital was worried about
sharing information about patients. We were worried that people who use our service would see us as
working with the police and stop coming. It took three months and a lot of cups of tea to agree an
information sharing agreement that everybody could sign. What helped in the end was keeping it to the
minimum: the alert group only shares what is needed to spot a pattern, like the date, the area, the
substance and the symptoms, not names. If a named person needs help, that goes through the usual
safeguarding and clinical routes, not through Heads Up.

We also had to learn how to write an alert. The first one we sent out, in August 2023, was two pages long
and went to 140 email addresses. Hardly anyone read it to the end. Now the professional alert fits on one
screen, and it says what has been seen, where, what to look out for, and what to do.
"""),
        ("evidence", None, """
It is hard to measure something that is meant to stop things happening, and numbers of drug deaths move
around a lot from year to year. But we have tried.

<<Q:The time between the first sign of a dangerous batch and a warning reaching people on the street has
come down from weeks (or never) to a median of 31 hours across the eleven alerts we have issued.>>
<<Q:In the 12 months before Heads Up there were 41 suspected drug-related deaths in Castlebridge, and in
the 12 months after there were 27.>> We know other things will have played a part, and the national
picture has not improved in the same way, so we do think some of this is down to the alerts and to the
naloxone.

<<Q:Across the four clusters where an alert went out, the number of overdoses in the week after the alert
was about half the number in the week before.>> <<Q:The proportion of people attending the emergency
department after an opioid overdose who left with a naloxone kit rose from 8% to 64%.>>

We have tested 612 samples through drug checking. In 74 of them we found something the person did not
expect, usually a nitazene or a different benzodiazepine. Of the people who got an unexpected result,
most told our staff they would throw it away or use less.
"""),
        ("stakeholders", None, """
Heads Up would not work without the people it is for, and I want to be honest that at the start they did
not trust it. People who use drugs have good reasons not to trust anything with the police in it.

<<P:We asked a group of eight people who use or used to use heroin, who meet at our hub on Tuesday
mornings, to help design the alert, and they threw out our first version completely.>> <<P:They said it
looked like a leaflet from the council, nobody would read it, and it should look like something a mate
would send you, so the street version is now a short text and a picture with no logos.>> <<P:They also
told us that 'do not use' was pointless advice and what people actually needed was 'use less, do not use
alone, have naloxone', so that is what the alerts say.>>

<<PS:Our peer volunteers, all of whom have their own experience of drug use and are trained by us, tested
the first three alerts on the street and came back each time with what people had misunderstood, and we
changed the wording.>> <<P:A mum whose son died in the 2023 cluster asked to be part of it, and she now
helps us run awareness sessions for families and has spoken at the council's health and wellbeing
board.>>

<<S:Emergency department nurses told us that the professional alert needed to say exactly what symptoms
to look for and how much naloxone people had needed, not just 'a dangerous batch', and the template was
changed after their feedback.>> <<S:Ambulance clinicians on the city centre station tried out handing over
naloxone kits at the scene for two months and asked for a smaller kit that fits in the response bag,
which we sourced for them.>> <<S:Police officers from the neighbourhood teams helped us work out where the
posters and QR codes should go, because they knew which stairwells and car parks people used.>> <<S:Hostel
staff asked for the alert to come by text as well as email, because they are not at a computer on night
shifts, and now it does.>>

The director of public health chairs the quarterly review of Heads Up. Hostel managers, GP practices and
community pharmacies across the city receive every alert.
"""),
        ("value", None, """
The costs are modest. Drug checking costs about £18 a sample, paid by public health. The naloxone kits
are part of the national supply. Most of the rest is staff time that was already being spent, only now
it is joined up. The council estimates that every drug death it prevents saves hundreds of thousands of
pounds in wider costs, although I find that a hard thing to put a figure on.

For staff, it has made a real difference to feel they can do something. One of our outreach workers said
that before Heads Up, hearing about a bad batch felt like waiting for the phone to ring with bad news.
Now he can go out and tell people. Emergency department staff say the alerts help them know what they
are dealing with when someone comes in.

For the people who use our service, I think the biggest thing is that they are being treated as people
who can look after themselves and each other if they have the right information, not as a problem to be
managed. More people have come into treatment since Heads Up started, and some of them have told our
workers that it was an alert that made them think about it. We cannot prove that, but we hear it a lot.
"""),
        ("spread", None, """
We have shared the Heads Up model and templates with three other councils in the region, and one has
started its own version. The regional office of UKHSA now uses our alerts as part of its own monitoring,
and our lab results feed into the national drug checking data. We spoke about it at a national harm
reduction conference in 2024 and the plain-language alert template has been asked for by several
services.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I453  fires involving paraffin-based skin creams - pdf - CAPS headings -
#       fire service home safety manager, blunt - fire and rescue service with
#       community trust district nursing, LPC and council adult social care -
#       staff involved - no patient involvement (residents visited and given
#       leaflets, a family told about the campaign, a plan) - no quantitative
#       evidence (visits, leaflets, single figures, no earlier figure)
# ---------------------------------------------------------------------------
entry(
    id="I453", format="pdf", layout="caps_headings", topic="emollient_fire_risk",
    project="independent29-creamsandflames-453", pdf_font="LiberationSans",
    title="CREAMS AND FLAMES: reducing fire deaths linked to skin creams in people cared for at home",
    cover=[
        "LEAD: Wrexley Fire and Rescue Service, Prevention Directorate",
        "PARTNERS: Wrexley Community Services NHS Trust (District Nursing and Tissue Viability), Wrexley Local Pharmaceutical Committee, Wrexley County Council (Adult Social Care)",
        "CONTACT: Home Safety Manager",
    ],
    primary_entrant=dict(name="Wrexley Fire and Rescue Service", type="emergency_service"),
    partners=[
        dict(name="Wrexley Community Services NHS Trust", type="nhs_trust"),
        dict(name="Wrexley Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Wrexley County Council", type="local_authority"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
Skin creams and emollients are used by thousands of people for eczema, psoriasis, dry skin and pressure
area care. When they soak into clothes, bedding and dressings, they dry into the fabric and make it burn
much more easily and much faster. A dropped cigarette, a spark from a gas fire or leaning against a heater
can set the person alight, and by the time anyone gets there it is often too late. This applies to
paraffin-free creams as well as paraffin-based ones, which a lot of people, including health staff, do
not realise.

Our fire investigators have attended fatal fires in Wrexley where emollients were a factor. Most of the
people who died were older, smoked, had limited mobility and were having daily care at home from
district nurses or care workers who were applying the creams. None of them had had a home fire safety
visit. Nobody involved in their care had thought of the fire risk, and the labels on the tubs were small.

We set up Creams and Flames in 2023 to close that gap. District nurses and care workers now ask three
questions when someone is using emollients (do they smoke, do they use a heater or open fire, can they
get out quickly) and any yes means a referral to us. Community pharmacies put a bright warning sticker on
every emollient dispensed and also make referrals. We carry out a home fire safety visit, fit linked smoke
alarms, and give fire-retardant bedding and throws where needed.
"""),
        ("evidence", "WHAT WE HAVE ACHIEVED", """
Since April 2023 we have received 684 referrals through the scheme, 412 of them from district nurses,
183 from care workers and 89 from pharmacies. Our crews have done 651 home fire safety visits as a result
and issued 290 sets of fire-retardant bedding.

In 2023/24 there was one fire death in Wrexley where emollients were a factor. The person had not been
referred. We do not yet have enough years to compare.

Pharmacies have put stickers on more than 20,000 emollient items. An audit of 50 district nursing
records in March 2024 found that the three questions had been asked in 43 of them.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<S:District nurses and tissue viability nurses went through the referral questions with our prevention
officers and cut them from eight to three so that they would actually get asked on a busy round.>>
<<S:Community pharmacists suggested the sticker and chose the wording themselves, because they said the
manufacturers' labels were not seen by anyone.>> <<S:Care workers from two home care agencies told us
they did not know what happened after they referred someone, so the council's social care team now gets
a copy of our visit outcome and passes it to the agency.>> <<S:Our own watch managers asked for
fire-retardant bedding to be carried on the appliances so crews could leave it on the first visit, and
this started in the autumn.>>

Everyone we visit is given a leaflet and a sticker for their fridge. The family of a man who died in a
fire in 2022 were told about the campaign before it launched. We plan to ask people with skin conditions
for their views on the leaflet.
"""),
        ("value", "VALUE", """
A home fire safety visit costs us about £80. Fire-retardant bedding costs about £45 a set. A serious burn
injury needs specialist burns care that can cost the NHS hundreds of thousands of pounds, and many people
do not survive. District nurses say the three questions add a minute to a visit at most.
"""),
        ("spread", "SPREAD", """
The referral questions are now in the community trust's electronic record template. We have shared the
scheme with the National Fire Chiefs Council and with two neighbouring fire services, and the LPC has
sent the sticker to all pharmacies in the county.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I454  crushing and covert medicines in care homes - docx - numbered
#       questions - PRIVATE care home group is the primary entrant, with the
#       ICB medicines optimisation team and the community trust speech and
#       language therapists as partners (ineligible) - head of care quality,
#       businesslike - residents' families and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I454", format="docx", layout="numbered_questions", topic="care_home_crushed_covert_medicines",
    project="independent29-swallowsafe-454", docx_font="Calibri",
    title="Swallow Safe Medicines: reducing crushed and covert medicines errors in our care homes",
    cover=[
        "Primary entrant: Oakhaven Care Group Ltd (14 nursing and residential homes in the Tamsworth area)",
        "In partnership with NHS Tamsworth and Ryde Integrated Care Board (Care Home Medicines Optimisation Team) and Tamsworth Community NHS Trust (Adult Speech and Language Therapy)",
        "Submitted by the Head of Care Quality, Oakhaven Care Group",
    ],
    primary_entrant=dict(name="Oakhaven Care Group Ltd", type="private"),
    partners=[
        dict(name="NHS Tamsworth and Ryde Integrated Care Board", type="icb"),
        dict(name="Tamsworth Community NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "1. Why was the partnership needed and what were its safety goals?", """
Many of our residents live with dementia, Parkinson's disease or the after-effects of stroke and find
it hard to swallow tablets. Across our 14 homes, staff were crushing tablets or opening capsules for
about one resident in five. Some medicines should never be crushed, for example slow-release tablets,
where crushing can release a whole day's dose at once, and some with coatings that protect the stomach.
Crushed medicines were also being mixed into food or drink without it being clear whether the resident
knew (covert administration), and in several homes the paperwork required under the Mental Capacity Act
was missing or out of date.

In 2022 a resident in one of our homes was given a crushed slow-release morphine tablet and became very
drowsy and needed hospital treatment. Our own review found that the staff nurse did not know the tablet
could not be crushed, there was no pharmacist advice on file, and the speech and language therapy
assessment was two years old.

The partnership set three goals: every resident who has medicines crushed or given covertly has a
pharmacist review and a written plan; no modified-release medicines crushed; and up-to-date swallowing
assessments for everyone on modified texture diets and crushed medicines.
"""),
        ("evidence", "2. What evidence is there of improvements in safe care?", """
We audited medicine administration records in all 14 homes in October 2022 and again in October 2023
and October 2024.

<<Q:Residents having medicines crushed or given covertly without a pharmacist review on file fell from
64% in 2022 to 5% in 2024.>> <<Q:Incidents where a medicine that should not be crushed was crushed fell
from 22 in the year before to 3 in the most recent year.>> <<Q:Residents on crushed medicines with a
swallowing assessment less than a year old rose from 29% to 88%.>>

The ICB pharmacists also switched 118 residents to liquid or dispersible forms, or stopped medicines they
no longer needed.
"""),
        ("spread", "3. How has the work been shared and applied elsewhere?", """
The ICB has offered the same review process to all 86 care homes in its area and 31 have taken it up.
Our crushing guide has been added to the ICB's care home medicines policy, and we have presented the
work to the regional care providers' association.
"""),
        ("value", "4. What difference has it made to staff and residents, and is it good value?", """
Staff nurses and senior carers say they feel much more confident because they have a clear written plan
and know who to ask. Residents take fewer tablets overall, and several families have told us that
mealtimes are calmer now that medicines are not hidden in food. The pharmacist reviews are funded by the
ICB's existing care home service. An admission after a medicines error costs the NHS far more.
"""),
        ("stakeholders", "5. Who was involved and how?", """
<<S:Senior carers and nurses from four homes worked with the ICB pharmacists to design the one-page
'swallow safe' plan, and it was their idea to keep it at the front of the medicines folder, next to the
resident's photo.>> <<S:Speech and language therapists set up a monthly clinic visit to each home after
our home managers told them that waiting lists of three months meant assessments were never up to date.>>
<<S:Night staff asked for a quick reference list of medicines that must never be crushed, and it is
now stuck inside every medicines trolley.>>

<<P:Relatives of residents with dementia joined two meetings with our home managers about covert medicines
and asked to be included in the best interests decision every time, which is now part of the plan.>>
<<P:One daughter, whose father had a stroke, suggested that the plan should say how he liked to take his
medicines (in a spoonful of yoghurt, sitting up, after a drink of water), and that section is now on
every plan.>>
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I455  intravenous antibiotics at home (OPAT) - pdf - two column - OPAT
#       lead nurse, straightforward - acute trust with community trust and
#       GP federation - former patients and staff
#       involved - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I455", format="pdf", layout="two_column", topic="home_iv_antibiotics_opat",
    project="independent29-dripsathome-455", pdf_font="LiberationSans",
    title="Safe Drips at Home: making outpatient intravenous antibiotic therapy safer across Lowbury",
    cover=[
        "Lowbury Teaching Hospitals NHS Foundation Trust - OPAT Service (lead), with Lowbury Community Health Services NHS Trust (Community IV Team) and Lowbury Central GP Federation",
        "Entry by the OPAT Lead Nurse",
    ],
    primary_entrant=dict(name="Lowbury Teaching Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Lowbury Community Health Services NHS Trust", type="nhs_trust"),
        dict(name="Lowbury Central GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "Why we needed to work together", """
Outpatient parenteral antibiotic therapy (OPAT) lets people with infections such as cellulitis,
bone infections and endocarditis have their intravenous antibiotics at home or in clinic instead of
staying in hospital for weeks. It is good for patients but it has risks. Patients have a PICC line or a
midline that can become infected or blocked. The antibiotics need blood tests every week, because they
can affect the kidneys, liver and blood count, and someone has to look at the results and act on them.

In Lowbury the hospital OPAT team was starting patients on treatment, the community IV nurses were
giving the doses at home, and GPs were often the ones who got the blood results. In 2021 we had two
serious incidents. One patient on vancomycin developed kidney injury because a raised level was
filed by a GP practice as 'hospital to action' and nobody did. Another had a line infection that was
treated as cellulitis for a week. Both showed that nobody was sure who was responsible for what.

From 2022 we agreed that the hospital OPAT team owns every patient until the end of treatment. All blood
tests are sent to OPAT, not the GP. The community nurses and OPAT use one shared electronic care plan with
a line care checklist, and there is a weekly virtual ward round with the OPAT consultant, the community IV
team and a GP from the federation for any patient with a problem.
"""),
        ("evidence", "What has improved", """
We compared 2021 (203 OPAT episodes) with 2023 (288 episodes).

<<Q:Weekly blood tests done and reviewed on time rose from 62% to 97%.>> <<Q:Line infections fell from
4.1 to 1.2 per 1,000 line days.>> <<Q:Unplanned readmissions during OPAT treatment went down from 14% to
7%.>> <<Q:Incidents of antibiotic-related kidney injury where the blood result was not acted on fell from
six to none.>>
"""),
        ("stakeholders", "People involved", """
<<P:Six former OPAT patients met with us twice and told us they did not know who to phone at night if the
line looked red or the pump alarmed.>> <<P:They designed the fridge card with one number and three
pictures of what to look for, and one of them, a retired engineer, suggested the colour-coded line care
diary that patients now keep.>>

<<S:Community IV nurses and OPAT nurses wrote the line care checklist together after shadowing each
other, and they changed it twice in the first three months.>> <<S:GPs from the federation asked that
blood results stop coming to them at all, and helped set up the weekly round so that they could advise on
other conditions.>> <<S:Pathology staff changed the lab system so that any sample marked OPAT is sent
to the OPAT team automatically, after the biomedical scientists suggested it.>>
"""),
        ("value", "Value", """
Each OPAT episode saves on average 14 bed days. The extra cost is mainly a band 6 nurse post for the
weekly round and coordination. Patients say they feel safer knowing who is in charge, and community
nurses say they no longer chase results.

Over a year, the bed days saved by OPAT in Lowbury are worth well over a million pounds, so making it
safer means we can offer it to more patients, including some who would previously have been kept in
hospital because of worries about their line. Patients can go back to work, look after their families
and sleep in their own beds. GPs say they are relieved not to be responsible for results of drugs they
did not prescribe and do not use often.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I456  antibiotic prescribing and C. difficile across the system - docx -
#       rubric headings - ICB medicines optimisation lead, formal - ICB with
#       acute trust microbiology, GP federation and LPC - staff involved - no
#       patient involvement (public campaign, patients received letters, the
#       patient panel updated, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I456", format="docx", layout="rubric_headings", topic="antibiotic_stewardship_c_difficile",
    project="independent29-lessisbest-456", docx_font="Cambria",
    title="Less Is Best: reducing C. difficile infection through joint antibiotic stewardship across primary and secondary care",
    cover=[
        "NHS Kelston and Marsh Integrated Care Board (lead)",
        "Partners: Kelston General Hospital NHS Trust (Microbiology and Infection Prevention); Kelston Primary Care Federation; Kelston and Marsh Local Pharmaceutical Committee",
        "Submitted by the Head of Medicines Optimisation",
    ],
    primary_entrant=dict(name="NHS Kelston and Marsh Integrated Care Board", type="icb"),
    partners=[
        dict(name="Kelston General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Kelston Primary Care Federation", type="primary_care"),
        dict(name="Kelston and Marsh Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "Why was the partnership needed and what were its patient safety goals?", """
Clostridioides difficile infection (CDI) causes severe diarrhoea and can be fatal, particularly in older
people. The strongest risk factor is recent antibiotic use, especially broad-spectrum antibiotics such as
co-amoxiclav, cephalosporins, quinolones and clindamycin. In 2021/22 Kelston had one of the highest rates
of CDI in the region. Root cause reviews showed that more than half of cases had their onset in the
community, often in patients who had received several courses of antibiotics from different prescribers
in the previous three months: a GP, an out-of-hours service, a dentist and then the hospital.

Antibiotic stewardship had been managed separately in each sector. The hospital had its own guidelines;
GP practices used a different set; community pharmacies had no way of knowing about previous courses.
The partnership's goals were to agree one set of antibiotic guidelines for the whole system, to reduce
use of high-risk antibiotics, and to reduce CDI cases, particularly those with community onset.

The main elements, introduced from April 2022, were: a single joint antimicrobial guideline for primary
and secondary care, available as a phone app; monthly joint case reviews of every community-onset CDI
case by the hospital infection prevention team and the patient's practice; practice-level prescribing
dashboards produced by the ICB and discussed at federation meetings; and a microbiology advice line for
GPs, staffed by the hospital microbiologists on weekdays.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
<<Q:Total CDI cases in Kelston residents fell from 211 in 2021/22 to 148 in 2023/24.>> <<Q:Community-onset
cases fell from 118 to 71 over the same period.>> <<Q:Prescribing of high-risk broad-spectrum antibiotics
in general practice, as a proportion of all antibiotics, fell from 11.8% to 7.4%.>> <<Q:The proportion of
CDI cases with three or more antibiotic courses in the previous 90 days went down from 37% to 19%.>>

Data are from the UKHSA mandatory surveillance, national prescribing data and the joint case reviews.
"""),
        ("spread", "How have the achievements been applied elsewhere and best practice shared?", """
The joint guideline has been adopted by the neighbouring ICB and is hosted on a shared app used by
prescribers in both areas. The joint case review process has been presented at the regional infection
prevention network and written up as a case study for the regional antimicrobial resistance programme.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
Reduced broad-spectrum prescribing has saved around £64,000 a year in drug costs. Each case of CDI is
estimated to cost the NHS around £10,000 in extra bed days and treatment. Fewer patients are suffering a
distressing and sometimes fatal infection. GPs report that having one agreed guideline and a
microbiologist to ask has made difficult prescribing decisions easier.
"""),
        ("stakeholders", "Who was involved and how were patients and staff involved?", """
<<S:The hospital microbiologists and practice-based pharmacists from the federation wrote the joint
guideline together over six meetings, and GPs on the federation's prescribing group tested the draft
against real cases from their own practices before it was published.>> <<S:Community pharmacists,
through the LPC, asked for a way to flag patients who had recently had antibiotics, and this led to the
'recent antibiotics' question now asked at the counter.>> <<S:Infection prevention nurses and practice
nurses jointly review every community-onset case each month, and their findings have changed the
guideline twice, including a new section on urine infections in care home residents.>>

A public campaign about antibiotics ran in local newspapers and GP surgeries. Patients who had had three
or more courses in a year received a letter from their practice about antibiotic risks. The ICB's
patient panel was updated on the work. We intend to work with patient representatives on future
materials.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I457  delayed diagnosis of cauda equina syndrome - pdf - numbered
#       questions - consultant physiotherapist, a little clumsy - community
#       trust MSK service with acute trust spinal surgery and ED and a
#       primary care network - patients and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I457", format="pdf", layout="numbered_questions", topic="cauda_equina_early_diagnosis",
    project="independent29-redflags-457", pdf_font="DejaVuSans", pdf_align="L",
    title="Red Flags, Right Door: faster scans for suspected cauda equina syndrome in Ashdown",
    cover=[
        "Ashdown Community Health NHS Trust, Musculoskeletal Physiotherapy Service (lead entrant)",
        "Partners: Ashdown University Hospitals NHS Trust (Spinal Surgery and Emergency Department) and Ashdown West Primary Care Network",
        "Author: Consultant Physiotherapist, MSK Service",
    ],
    primary_entrant=dict(name="Ashdown Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Ashdown University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Ashdown West Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "1. The service and why a partnership was needed", """
Cauda equina syndrome (CES) is when the nerves at the bottom of the spinal cord are squashed, usually by
a slipped disc. It is rare, but if it is not operated on quickly people can be left with permanent loss
of bladder, bowel and sexual function and numbness, often at a young age. It is also one of the most
common reasons for claims against the NHS. The warning signs (numbness in the saddle area, new bladder
or bowel problems, pain in both legs) can be vague at first and people often do not mention them
because they are embarrassed.

In Ashdown people with back pain are seen by GPs, first contact physiotherapists in GP practices, our MSK
service and the emergency department. Each had their own way of handling suspected CES. Some patients
were sent to ED, some to the spinal team, some were booked a routine MRI. Out of hours there was no MRI
at all, so patients sometimes waited in ED overnight or were sent home to come back. Between 2019 and 2021
the trusts had four serious incidents where CES was diagnosed late and the patient was left with
permanent damage.

We wanted one pathway. Anyone with suspected CES goes to the ED with a standard referral letter and
gets an MRI within four hours, 24 hours a day, and is seen by spinal surgery if it is positive. All back
pain patients get a CES card explaining the warning signs in plain words. And the first contact
physiotherapists in GP practices have direct advice from the spinal team.
"""),
        ("evidence", "2. Evidence of improvement as a direct result of the partnership", """
We compared the 18 months before the pathway (January 2021 to June 2022) with the 18 months after (July
2022 to December 2023).

<<Q:The median time from arrival at ED to MRI for suspected CES went down from 11 hours to 2 hours 50
minutes.>> <<Q:Patients with suspected CES who had to stay overnight or come back the next day for a
scan fell from 46% to 4%.>> <<Q:Confirmed CES cases where the patient already had urinary retention
when diagnosed, which is the late stage, fell from 9 of 21 to 3 of 19.>>

The out-of-hours MRI service scanned 412 patients in the period, and 19 had CES. There have been no
serious incidents for late diagnosis of CES since the pathway started.
"""),
        ("spread", "3. How the work has been applied elsewhere", """
The CES card is now used by all the GP practices in Ashdown, not just our PCN, and by the other MSK
provider in the county. The out-of-hours MRI pathway has been copied by a neighbouring trust after their
radiographers visited us. We shared the work at the national MSK physiotherapy conference and put our
referral letter on the Chartered Society of Physiotherapy's website for others to use.
"""),
        ("value", "4. Staff and patient experience and value for money", """
Claims for late diagnosis of CES cost the NHS a very large amount, often over £1 million each. The out of
hours MRI needed extra radiographer cover, about £110,000 a year, which is much less than one claim.
Patients no longer sit in ED all night not knowing. ED doctors told us they feel safer having a clear
route instead of phoning round at 2am.
"""),
        ("stakeholders", "5. Who was involved, including patients and staff", """
<<P:We worked with a local CES support group, and four members who have been left with long term
problems after late diagnosis met with us.>> <<P:They rewrote the CES card, saying our version was full
of medical words and did not mention sex or the 'saddle' area in a way anyone would understand, and they
insisted it say 'go to A&E now, do not wait for your GP'.>> <<P:One of the members also recorded a short
video for the MSK service website which we play in the waiting room.>>

<<S:MRI radiographers agreed to the out of hours rota only after they helped design the safety screening
and the protocol, which is shorter than the routine one so it can be done in 20 minutes.>> <<S:ED
consultants and the spinal surgeons agreed the referral letter together after they found that half of
referrals did not mention the bladder scan.>> <<S:First contact physiotherapists in the PCN tested the
card with their patients for a month and asked for a version in Polish and Bengali.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I458  reasonable adjustments for people with a learning disability having
#       surgery - docx - reordered (stakeholders first, then context,
#       evidence, value, spread) - learning disability liaison nurse, warm,
#       first person - acute trust with council learning disability team, a
#       supported living charity and a self-advocacy group - people with a
#       learning disability and families involved - no staff involvement
#       (theatre staff trained, anaesthetists briefed, a named lead, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I458", format="docx", layout="reordered", topic="learning_disability_surgery_adjustments",
    project="independent29-myoperation-458", docx_font="Arial",
    title="My Operation, My Way: reasonable adjustments for people with a learning disability having surgery",
    cover=[
        "Whitcombe Hospitals NHS Trust - Learning Disability Liaison Team (lead)",
        "Working with: Whitcombe Borough Council Community Learning Disability Team; Horizon Supported Living (charity); Speaking Up Whitcombe (self-advocacy group)",
        "Written by Claire Adeyemi, Learning Disability Liaison Nurse",
    ],
    primary_entrant=dict(name="Whitcombe Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Whitcombe Borough Council", type="local_authority"),
        dict(name="Horizon Supported Living", type="charity"),
        dict(name="Speaking Up Whitcombe", type="patient_group"),
    ],
    sections=[
        ("stakeholders", "Who helped us", """
I want to start with the people who made this happen, because it was their idea as much as ours.

<<P:Speaking Up Whitcombe is a group of adults with a learning disability who meet every fortnight, and
in 2022 they invited me to one of their meetings to talk about what hospitals get wrong.>> <<P:They told
me about waiting for hours without food or drink, not knowing what was going to happen, being put to
sleep by people in masks they had never met, and waking up somewhere different with nobody they knew.>>
<<P:Three members, Gary, Nadia and Tom, then worked with me for six months to make an easy read 'my
operation' booklet with photos of the real theatre, the anaesthetic room and the recovery area, taken by
Tom.>>

<<P:Parents and paid carers from Horizon Supported Living told us that the pre-operative assessment was
the moment when everything should be planned, and helped us design the adjustments checklist that is now
filled in at that appointment.>> <<P:One mum, whose son has autism and a learning disability and had a
dental operation cancelled three times, suggested the 'first on the list' rule, so that people who find
waiting very hard go first in the morning.>>

Theatre and recovery staff have all had learning disability awareness training from our team.
Anaesthetists were briefed on the checklist at their departmental meeting. Our matron for surgery,
Helen Moss, is the executive lead. We plan to ask theatre staff what they think of the new way of
working next year.
"""),
        ("context", "Why this was needed", """
People with a learning disability die on average many years younger than other people, and the national
mortality reviews show that some of those deaths are avoidable. Surgery and anaesthetic are a particular
risk. People may not be able to tell us about pain, may find it very hard to fast, may pull out cannulas
or drains, and may be so frightened that they cannot be examined properly before the operation. In our
trust, operations for people with a learning disability were much more likely to be cancelled on the day,
and when they went ahead, complications were sometimes missed afterwards because people could not say
what was wrong.

Before this project, reasonable adjustments depended on whether someone happened to ring our team. Often
we heard about a patient on the day of surgery or not at all. The council's community learning
disability nurses knew the person well but were not asked. Supported living staff came in with the
person but were not always allowed into the anaesthetic room.

My Operation, My Way means that every adult with a learning disability listed for planned surgery is
flagged to our team at the point of listing. The pre-operative assessment is longer and includes the
adjustments checklist, filled in with the person and their family or carers and the community nurse. The
plan covers things like first on the list, a quiet room to wait in, a familiar person in the anaesthetic
room and recovery, sedation before cannulation, and doing more than one procedure under one anaesthetic
where it is safe (for example bloods, dental work and an ear syringe at the same time as the planned
operation).
"""),
        ("evidence", "What has changed", """
We compared the two years before (2020/21 and 2021/22) with the two years after (2022/23 and 2023/24) for
adults with a learning disability having planned surgery.

<<Q:Operations cancelled on the day fell from 23% to 6%.>> <<Q:Patients with a completed adjustments plan
before admission went up from about one in ten to 87%.>> <<Q:Unplanned returns to theatre or readmission
within 30 days went down from 9% to 4%.>>

In the two years after, 64 patients had combined procedures under one anaesthetic, which meant 64 fewer
anaesthetics.
"""),
        ("value", "What it has meant", """
A cancelled operation wastes a theatre slot that costs the trust around £1,500, as well as the distress
for the person, and some people had been cancelled three or four times. We think the reduction in
cancellations more than pays for the extra time at pre-operative assessment. Families have told us it is
the first time they felt listened to in a hospital. Gary said he was not scared this time because he had
seen the photos.
"""),
        ("spread", "Sharing it", """
The booklet and checklist are now used for day surgery and for endoscopy in our trust, and two other
trusts in the region have asked for them. Speaking Up Whitcombe presented the work at the regional
learning disability health conference and it has been shared through the national network of learning
disability liaison nurses.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I459  home haemodialysis safety - pdf - with appendix - long - renal unit
#       home therapies lead, detailed - acute trust renal service with the
#       water company, fire and rescue service, council and a kidney patients'
#       association - patients, carers and staff involved - no quantitative
#       evidence (training counts, checks done, single figures, a zero with no
#       earlier figure, a survey with no baseline)
# ---------------------------------------------------------------------------
entry(
    id="I459", format="pdf", layout="with_appendix", topic="home_haemodialysis_safety",
    project="independent29-dialysisathome-459", pdf_font="LiberationSerif", pdf_align="L",
    title="Safe at Home on Dialysis: a partnership to protect people doing haemodialysis in their own homes",
    cover=[
        "Lead entrant: Fenwick Royal Infirmary NHS Foundation Trust, Renal Home Therapies Unit",
        "Partners: Tyne and Fenwick Water Ltd (Priority Services); Fenwick and Coastal Fire and Rescue Service; Fenwick City Council (Emergency Planning); Fenwick Kidney Patients' Association",
        "Prepared by the Home Therapies Lead Nurse",
    ],
    primary_entrant=dict(name="Fenwick Royal Infirmary NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Tyne and Fenwick Water Ltd", type="private"),
        dict(name="Fenwick and Coastal Fire and Rescue Service", type="emergency_service"),
        dict(name="Fenwick City Council", type="local_authority"),
        dict(name="Fenwick Kidney Patients' Association", type="patient_group"),
    ],
    sections=[
        ("context", "The problem and why we needed partners", """
Haemodialysis at home lets people with kidney failure dialyse on their own schedule, often more often
and for longer, which is better for their health, and saves them travelling to a unit three times a
week. Our unit supports 74 people on home haemodialysis across a large area that includes the city,
coastal towns and rural villages. Most dialyse with a partner or carer; a growing number dialyse on
their own, often overnight.

Home haemodialysis is safe most of the time, but when things go wrong they can go wrong quickly. The
biggest risk is needle dislodgement or a disconnected line, which can cause a large blood loss in a few
minutes, especially overnight when the person is asleep. There are also risks that have nothing to do
with the machine. Dialysis uses a lot of water, and a burst main or a planned water shut-off can leave
a patient unable to dialyse. A power cut stops the machine mid-session. In bad weather, roads can be
closed and patients cannot get to the unit for an emergency session. And the fire service, arriving at a
house in the night, has no idea that there is a person attached to a machine inside.

We had several near misses that made us realise how much this depended on people outside the NHS. In
the winter of 2021 a planned water shut-off in a coastal village left one of our patients without water
for 26 hours. The water company had no idea he was on dialysis; he had not thought to tell them. He
missed a session and had to be admitted with high potassium. In 2022 a patient's house had a small
kitchen fire at night while her husband was dialysing in the back bedroom. The crew did not know he was
there until she told them, and they had to help him come off the machine in a hurry, which none of them
had been trained for. And in the snow in early 2023 two patients could not get to the unit when their
machines broke down.

We also had two needle dislodgements in 2022 that caused significant blood loss. Both patients were
dialysing alone overnight. One was found by a relative in the morning. Both survived, but one needed a
blood transfusion and a week in hospital.

We also knew from talking to patients that some were thinking of going back to dialysing in the unit,
not because of anything wrong with their treatment, but because they or their partner were frightened of
what might happen if something outside the house went wrong. Losing people from home dialysis for that
reason seemed a poor outcome for everyone.

The home therapies team can train patients to dialyse safely, but we could not make the water company,
the fire service or the council's emergency planners aware of our patients on our own. So in 2023 we set
up the Safe at Home partnership. It has five parts.

- Water. With each patient's consent, we add them to the water company's priority services register
with a dialysis flag. The water company now phones us and the patient at least 48 hours before any
planned shut-off, and in an unplanned outage it delivers bottled water and, where it can, a bowser, and
tells us straight away so that we can book a unit session.

- Fire. The fire service marks each address on its mobilising system, so crews going to a fire or any
other call there know there is a dialysis patient. Crews at the stations covering our patients have had
a short session from our nurses on how to stop a dialysis machine and clamp the lines safely. Every home
gets a free home fire safety visit.

- Power and bad weather. The council's emergency planning team has our list (with consent) on its
vulnerable persons register, so that in a prolonged power cut or severe weather patients are among the
first to be checked on, and the council's four-wheel-drive volunteers can get them to the unit.

- Needle safety. Every patient has a wetness alarm that sits under the needle site and sounds if there
is a leak, and blood line clamps that they are trained to use. We changed our training so that everyone
who dialyses alone overnight uses a buttonhole technique and tape method agreed with the Kidney
Patients' Association.

- A single emergency card, in a red wallet on the machine, with what to do and who to call, for anyone
who walks into the room.
"""),
        ("evidence", "What difference it has made", """
All 74 patients on home haemodialysis have consented to be on the water company's priority register,
the fire service's system and the council's vulnerable persons register. Fire crews at nine stations
have had the machine session, 212 firefighters in total. Every home has had a fire safety visit, and the
fire service fitted 58 extra smoke alarms and replaced 11 heaters that were unsafe.

Since the partnership started there have been 23 planned water shut-offs affecting our patients. In
every case we were told in advance and the patient either had enough water stored or came to the unit.

The wetness alarms have gone off 14 times since they were introduced, and in each case the patient or
carer dealt with it before there was a serious bleed. During the storms in November 2023 the council's volunteers took four patients to the unit.

In a survey in 2024, 68 of 74 patients said they felt safe dialysing at home. We did not do the survey
before.
"""),
        ("stakeholders", "Who was involved", """
<<P:The Kidney Patients' Association has been part of this from the first meeting, and its home dialysis
members told us what frightened them most, which was not the machine, it was being on their own when
something outside went wrong.>> <<P:Patients who dialyse alone overnight trialled three different wetness
alarms for a month each and chose the one we now use, because the others went off when they sweated.>>
<<P:The patient whose water was cut off in 2021, Mr Harland, and his wife helped us write the letter that
goes to the water company, and he suggested the red wallet on the machine after he said his own card was
always in a drawer when he needed it.>> <<P:Carers from the association asked for a session on what to do
in a power cut, and they helped us run it.>>

<<S:Our home therapies nurses and the fire service's community safety officers designed the crew session
together and changed it after the first two stations said they wanted to practise on a real machine,
which we now bring.>> <<S:Watch managers asked for the address flag to say whether the person could
walk, which we added.>> <<S:The water company's priority services team worked out with our renal
technicians how much water a patient needs to keep in store, and they now deliver it in the right
containers.>> <<S:Council emergency planners and our technicians agreed the order in which patients are
called in a power cut, based on the technicians' knowledge of who has a battery backup.>>
"""),
        ("value", "Value", """
Most of the partnership has cost very little. The wetness alarms cost about £180 each. The fire safety
visits, the water company's priority services and the council's register are existing services that our
patients were simply not on. An emergency admission for high potassium after a missed session can mean
several days in hospital, and a major bleed at home can be fatal.

Home haemodialysis costs the NHS less than dialysis in a unit, so keeping people safe at home also helps
us to offer it to more people. Patients and carers tell us they sleep better. Firefighters say they would
never have known what to do before.
"""),
        ("spread", "Sharing and spreading", """
We presented Safe at Home at the national home dialysis conference in 2024 and to the regional renal
network. Two other renal units have asked for our consent form and fire crew session. The water company
has now added a dialysis flag for all home dialysis patients in its region, including those under other
renal units, and the fire service has shared the address flag with other services through the National
Fire Chiefs Council. We are also talking to the electricity network operator about the power cut list.
"""),
    ],
    trailer=[
        ("heading", "Appendix: terms and data sources"),
        ("para", "Home haemodialysis: haemodialysis carried out at the patient's home, by the patient or a trained carer, using a machine installed by the renal unit. Needle dislodgement: a dialysis needle coming out of the fistula during treatment. Priority services register: a list kept by utility companies of customers who need extra help during an interruption to supply."),
        ("para", "Numbers of patients, water shut-offs and alarm activations are taken from the Home Therapies Unit's records. Fire crew training figures come from Fenwick and Coastal Fire and Rescue Service. The patient survey was carried out by the Kidney Patients' Association in March 2024."),
        ("para", "Contact: Home Therapies Lead Nurse, Renal Unit, Fenwick Royal Infirmary, Wharf Road, Fenwick FW2 8RE."),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I460  pathology results sent to the wrong GP practice - docx - form table -
#       pathology quality manager, dry - pathology network host trust with
#       the ICB, a GP federation and the regional GP registration service -
#       a patient and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I460", format="docx", layout="form_table", topic="pathology_results_wrong_practice",
    project="independent29-rightresult-460", docx_font="Calibri",
    title="Right Result, Right Practice: stopping test results going to a patient's old GP",
    cover_table=[
        ("Title of entry", "Right Result, Right Practice: stopping test results going to a patient's old GP"),
        ("Lead organisation", "Severnside Pathology Network, hosted by Severnside University Hospitals NHS Trust"),
        ("Partner organisations", "NHS Severnside Integrated Care Board; Severnside North GP Federation"),
        ("Name and role of entrant", "Dr Priya Marsh, Quality Manager, Severnside Pathology Network"),
    ],
    primary_entrant=dict(name="Severnside University Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="NHS Severnside Integrated Care Board", type="icb"),
        dict(name="Severnside North GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and its safety goals.", """
The pathology network processes about 9 million tests a year for three hospitals and 112 GP practices.
Results for tests requested in hospital clinics, by community services or by a GP are sent
electronically to the patient's registered GP practice. When a patient moves practice, our laboratory
system does not always know. It takes the practice details from the request form or from its own patient
index, which may be months out of date.

The result is that abnormal results can go to a practice that no longer looks after the patient. The old
practice may file it as 'not our patient' or return it, and the new practice never sees it. In 2022 we
found that a raised PSA result for a man who had moved practices was sent to his old GP and not acted on
for five months. There were other cases involving kidney function, thyroid and a positive chlamydia test. When we
looked at a week of results in early 2022, we estimated that around one in forty community results went
to a practice where the patient was no longer registered. Nobody owned the problem: the laboratory
thought it was a GP registration issue, the practices thought it was a laboratory issue, and the ICB did
not know about it.

Our goals were to make sure results go to the practice the patient is registered with on the day the
result is issued, and that any result that does go astray is caught and redirected within one working
day.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
We link our laboratory system to the national patient register every night, so the GP practice is
updated automatically before results are sent. Any result returned by a practice as 'not our patient'
now comes to a single mailbox that our results team checks every morning.

<<Q:Results sent to a practice where the patient was no longer registered fell from around 1,900 a month
in 2022 to about 140 a month in 2024.>> <<Q:Returned results redirected to the right practice within one
working day rose from 35% to 96%.>> <<Q:Incidents reported by practices about a result that was sent to
the wrong GP fell from 41 in 2022 to 8 in 2024.>>
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Practice managers and reception staff from the federation told us that results for patients who had
left were being deleted because there was no easy way to send them back, and they designed the
one-click return option that is now in the GP system.>> <<S:Our laboratory IT team and the ICB's digital
team worked together on the nightly link and tested it with six practices for two months before turning
it on for all.>> <<P:The man whose PSA result was missed, and his wife, met with the quality team and the
federation's clinical lead, and asked that any returned result for a cancer marker is phoned through, not
just sent electronically, which is now our rule.>>
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The nightly link used software we already had and about 20 days of IT time. Practices no longer spend
time sending results back or searching for where patients have gone. For patients, the benefit is that
an abnormal result is seen by the GP who is looking after them.
"""),
        ("spread", "How has the work been shared and spread?", """
The nightly link has been shared with two other pathology networks through the regional pathology
board. We wrote up the project for the Institute of Biomedical Science journal.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I461  fentanyl patches in care homes and at home - pdf (via Word) - style
#       headings - hospice consultant nurse, reflective - hospice with
#       community trust district nursing, LPC and a care home association -
#       families, a carer and staff involved - NO value section
# ---------------------------------------------------------------------------
entry(
    id="I461", format="pdf", layout="style_headings", topic="fentanyl_patch_safety",
    project="independent29-patchcheck-461", render_via="soffice", docx_font="Liberation Serif",
    title="Patch Check: safer use of fentanyl and buprenorphine patches in care homes and at home",
    cover=[
        "St Aldhelm's Hospice, Kingsmere (lead organisation)",
        "Partners: Kingsmere Community Health NHS Trust (District Nursing); Kingsmere Local Pharmaceutical Committee; Kingsmere Care Association",
        "Author: Nurse Consultant in Palliative Care, St Aldhelm's Hospice",
    ],
    primary_entrant=dict(name="St Aldhelm's Hospice", type="charity"),
    partners=[
        dict(name="Kingsmere Community Health NHS Trust", type="nhs_trust"),
        dict(name="Kingsmere Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Kingsmere Care Association", type="charity"),
    ],
    sections=[
        ("context", "The problem", """
Pain patches containing strong opioids, fentanyl and buprenorphine, are widely used for people who are
frail, in care homes or at the end of life, because they avoid the need to swallow tablets. They are
also easy to get wrong. A patch that is not removed when a new one is put on doubles the dose. A patch
that falls off goes unnoticed. A patch put on near a hot water bottle or an electric blanket releases
more drug. And because a patch is changed every three or seven days, it is easy for a care worker or
nurse who was not there last time to lose track.

Our hospice community team and the district nurses were seeing this again and again. Over 2021 we
counted eleven incidents that we knew about in Kingsmere where a patient was found with two or more
patches on, including one woman in a care home who had four. She was very drowsy and her breathing was
slow; she recovered after naloxone in hospital. We also saw people whose pain was out of control because
the patch had fallen off days before.

The partnership was set up in 2022. Every patient on a patch has a body map chart that shows where each
patch was put and when it was removed, kept with the medicine chart. Patches are checked at every
personal care visit, not only when they are changed. Community pharmacies give a 'patch check' card with
every supply, and the hospice runs a monthly advice session for care homes.
"""),
        ("evidence", "Evidence of improvement", """
We looked at the incident reports of the community trust, the hospice and the care homes in the care
association for 2021 and for 2023.

<<Q:Incidents where a patient was found with more than one patch fell from 11 in 2021 to 2 in 2023.>>
<<Q:Patches found missing or fallen off at a check fell from 19 to 7.>> <<Q:In care homes that use the
body map, the share of patients on a patch with a fully completed chart went up from 28% to 90% in our
audits.>>
"""),
        ("stakeholders", "Working together", """
<<P:The idea of a body map came from a husband caring for his wife at home, who was drawing his own
little diagram on the back of an envelope to remember where the last patch was.>> <<P:He and two other
family carers tested our first chart and told us it had too many boxes, so it now has a simple outline of
a body with space for the date and the time.>> <<P:Families of care home residents told us they often
spotted patches that staff had missed, and asked to be shown the chart when they visit, which is now
encouraged.>>

<<S:Care home managers from the association chose to trial the chart in five homes first, and their
senior carers asked for it to be printed on yellow paper so it stands out in the medicines folder.>>
<<S:District nurses and community pharmacists wrote the 'patch check' card together.>> <<S:Night care
workers told us that the patch was often on the back where nobody looked, and so the check is now part of
the evening wash.>>
"""),
        ("spread", "Spreading the learning", """
The body map chart is now used by all 43 care homes in the care association and by the district nurses
across Kingsmere. The hospice has shared it with other hospices through the regional palliative care
network, and the LPC has asked for the card to be added to the national community pharmacy palliative
care resources.
"""),
    ],
    flags=[dict(code="missing_section", criterion="value")],
)


# ---------------------------------------------------------------------------
# I462  wrong patient scanned in radiology - docx - style headings -
#       radiology services manager, formal - departments of ONE acute trust
#       (radiology, emergency department, portering, IT) described as
#       partners, no partner organisation (ineligible) - staff involved - no
#       patient involvement (patients asked to confirm identity, a leaflet,
#       a plan) - no quantitative evidence (scan and check counts, a single
#       audit figure, incidents with no comparison)
# ---------------------------------------------------------------------------
entry(
    id="I462", format="docx", layout="style_headings", topic="radiology_wrong_patient_imaging",
    project="independent29-pausecheck-462", docx_font="Calibri",
    title="Pause and Check: preventing the wrong patient being scanned",
    cover=[
        "Marlbury Valley Hospitals NHS Trust",
        "A joint project of the Radiology Department, the Emergency Department, Portering Services and Digital Services",
        "Lead: Radiology Services Manager",
    ],
    primary_entrant=dict(name="Marlbury Valley Hospitals NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Background", """
Marlbury Valley Hospitals NHS Trust carries out about 380,000 imaging examinations a year, including
x-rays, CT, MRI and ultrasound. A small number of times each year, a patient is scanned who was not the
patient the request was for. This exposes patients to unnecessary radiation, can lead to the wrong
result being filed in a patient's record, and may delay the scan for the patient who actually needed it.
These incidents are reportable to the regulator under the Ionising Radiation (Medical Exposure)
Regulations.

Our reviews of these incidents showed some common features. Most involved inpatients or emergency
department patients brought to radiology by a porter. Patients with similar names were on the same
ward. Patients were confused, deaf, did not speak English or were asleep, so the radiographer could not
ask them to confirm their details. Wristbands were missing or on a different arm under a cast. Porters
collected 'the patient in bay 4' rather than a named patient. In one case in 2022 an elderly man with
dementia had a CT scan of his head that was meant for another man with the same surname on his ward; the
other patient's scan was delayed by several hours, and he turned out to have a bleed on the brain.

In 2023 the trust set up the Pause and Check project across the radiology department, the emergency
department, portering services and digital services. It introduced a three-point identity check
(wristband, request and patient or escort) at the point of collection by the porter and again in the
scan room, a 'similar name' alert on the electronic bed board, and barcode scanning of wristbands on the
radiology system.
"""),
        ("evidence", "Results", """
Since the project started, radiographers have recorded more than 41,000 three-point checks on inpatients
and emergency department patients. Barcode scanning of wristbands was introduced in CT in September 2023
and in plain film in March 2024.

In an audit of 200 inpatient examinations in May 2024, the three-point check was fully recorded in 92%.
Twelve near misses were reported during the year where a check prevented the wrong patient being
scanned. Three wrong patient incidents were reported to the regulator in 2023/24.

We plan to audit the check again across all modalities in 2025.
"""),
        ("stakeholders", "Engagement", """
<<S:Porters took part in two workshops with radiographers and emergency department nurses and said that
they often did not have the patient's name on the collection slip, only a bed number, so the portering
request system was changed to print the name, date of birth and hospital number.>> <<S:Radiographers in
CT trialled two different barcode scanners and chose the handheld model, because the fixed one could not
reach patients on trolleys.>> <<S:Ward clerks suggested the 'similar name' alert after seeing how often
patients with the same surname were placed in the same bay, and they helped digital services decide
how it should look on the bed board.>>

Patients are asked to confirm their name and date of birth before every examination. A leaflet about
identity checks is available in the radiology waiting areas. We would like to seek patients' views on the
process in the future.
"""),
        ("value", "Value", """
Barcode scanners cost about £6,500 for the CT and plain film rooms. Other changes used existing staff
time and systems. Each wrong patient exposure means an unnecessary dose of radiation and an
investigation that takes many hours of staff time, and in some cases the correct patient's diagnosis is
delayed.
"""),
        ("spread", "Spread", """
The three-point check has been adopted by the trust's endoscopy and cardiac catheter laboratory
services. We have presented the work to the regional radiation protection group.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I463  safe handover at the front door by patient transport - pdf - bullet
#       lists - PRIVATE patient transport company is the primary entrant, with
#       the acute trust discharge team and county council adult social care as
#       partners (ineligible) - operations director, upbeat - patients and a
#       carers' group involved - no staff involvement (crews trained, ward
#       staff told, a survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I463", format="pdf", layout="bullet_lists", topic="patient_transport_safe_handover_home",
    project="independent29-safelyhome-463", pdf_font="LiberationSans", pdf_align="L",
    title="Home and Settled: safe handover at the front door for people taken home by patient transport",
    cover=[
        "Submitted by Meridian Patient Transport Services Ltd",
        "In partnership with Brookmere General Hospital NHS Trust (Integrated Discharge Team) and Brookmere County Council (Adult Social Care)",
        "Contact: Operations Director, Meridian Patient Transport Services Ltd",
    ],
    primary_entrant=dict(name="Meridian Patient Transport Services Ltd", type="private"),
    partners=[
        dict(name="Brookmere General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Brookmere County Council", type="local_authority"),
    ],
    sections=[
        ("context", "Why we did this", """
Meridian has held the non-emergency patient transport contract for Brookmere General Hospital since 2019.
Our crews take around 1,400 people home from the hospital every month. Many are frail and older, and
many live alone.

What we found in 2022:

- crews were arriving at homes in the evening to find the heating off, no food in the house and no key safe

- some patients had been told a carer would be there, but the care package started the next day

- crews had no way of knowing who to ring, and the ward had often changed shift

- sometimes crews left people sitting in a cold house because they had nowhere else to take them, and sometimes they took people back to the hospital

- in one case, in January 2022, an 84-year-old man was left at home at 9pm and was found on the floor by his daughter the next morning with hypothermia

What Home and Settled does, since April 2023:

- the discharge team fills in a short 'home ready' check before booking transport: key access, heating, food, medicines and who will be there

- our control room can see the check and will not dispatch until it is done

- crews do a ten-minute 'settle in' at the door: put the heating on, check there is food and a drink, make sure the person can reach the phone, and check the medicines are there

- if there is a problem, the crew calls the council's adult social care duty team on a direct number, and someone from the council's rapid response service can go out the same evening
"""),
        ("evidence", "Results", """
We compared April 2022 to March 2023 with April 2023 to March 2024.

- <<Q:patients taken back to hospital by our crews because it was not safe to leave them fell from 212 to 38>>

- <<Q:patients readmitted within 72 hours of discharge home by patient transport went down from 6.1% to 3.9%>>

- <<Q:incidents reported by crews of a patient being left in an unsafe home fell from 57 to 9>>

- the council's rapid response service went out 164 times after a call from our crews
"""),
        ("stakeholders", "Who was involved", """
- <<P:Brookmere Carers' Network ran a session for us with twelve carers, who told us the worst part was not knowing when their relative would arrive home, so crews now phone the named carer when they leave the hospital>>

- <<P:two patients who had been taken home late at night in the winter of 2022 agreed to meet our managers, and one of them said what she had needed was just someone to put the kettle on and the heating up, which is where the 'settle in' came from>>

- <<P:the same carers' group chose the items for the 'home ready' check, and added 'is there a working phone within reach'>>

- all 96 crew members were trained in the settle-in check

- ward staff were told about the new booking process through the trust's bulletin

- we sent a survey to our crews after six months and most said it was working well, so no changes were made

- we hope to involve crew members in reviewing the check next year
"""),
        ("value", "Value", """
- a settle-in adds about ten minutes to a journey, which we have absorbed within the contract

- each return to hospital that is avoided saves a bed for at least one night

- patients and families tell us they feel cared for, not just dropped off
"""),
        ("spread", "Spread", """
- the 'home ready' check is now used by the trust's discharge lounge for all patients, not just those using our transport

- we have introduced the settle-in on our two other NHS contracts in neighbouring counties

- the council has shared the direct number arrangement with the county's other hospital
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I464  blood pressure checks after pre-eclampsia - docx - bullet lists -
#       short - maternity matron, brisk - acute trust maternity with a primary
#       care network, the LPC and the maternity voices partnership - women and
#       staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I464", format="docx", layout="bullet_lists", topic="postnatal_blood_pressure_pre_eclampsia",
    project="independent29-pressureafter-464", docx_font="Calibri",
    title="Pressure After Birth: safer blood pressure checks for new mums after pre-eclampsia",
    cover=[
        "Lead: Denholme Hospitals NHS Trust, Maternity Services",
        "Partners: Denholme Town Primary Care Network; Denholme and Calder Local Pharmaceutical Committee; Denholme Maternity Voices Partnership",
        "By the Matron for Postnatal and Community Midwifery",
    ],
    primary_entrant=dict(name="Denholme Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Denholme Town Primary Care Network", type="primary_care"),
        dict(name="Denholme and Calder Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Denholme Maternity Voices Partnership", type="patient_group"),
    ],
    sections=[
        ("context", "Why", """
- women with pre-eclampsia or high blood pressure in pregnancy often still have high blood pressure for weeks after birth, and some have strokes or fits at home

- in 2022 our women went home on blood pressure tablets with 'GP to review' on the letter, and many were never reviewed

- GPs did not know who was responsible, community midwives stop visiting at day 10, and tablets were not changed when they should have been

- in one case in 2022 a woman was readmitted with a blood pressure of 180/115 at day 12 after stopping her tablets herself, because nobody had told her how long to take them

- women told us they were confused about who to ring, and many did not own a monitor

- since 2023: women go home with a blood pressure monitor, take readings twice a day and send them by text, community pharmacies do a check at day 5 and day 10, and the PCN's practice pharmacists adjust the tablets using a shared plan
"""),
        ("evidence", "What changed", """
- <<Q:women readmitted with high blood pressure in the six weeks after birth fell from 34 in 2022 to 12 in 2024>>

- <<Q:women who had their blood pressure medicine reviewed within two weeks of going home went up from 31% to 88%>>

- <<Q:severe high blood pressure readings at home (160/110 or more) fell by about half>>

- 1,140 women have been sent home with a monitor since the start

- figures are from the maternity system, the PCN's records and the text message platform
"""),
        ("stakeholders", "Who helped", """
- <<P:women from the Maternity Voices Partnership who had had pre-eclampsia chose the monitor and wrote the text message instructions, and told us to put a photo of the correct cuff position on the card>>

- <<P:one mum asked for the texts to stop at night when she was feeding, which they now do>>

- <<S:community pharmacists tried the day 5 check in four pharmacies first and asked for a quiet room booking system, which the LPC set up>>

- <<S:practice pharmacists and obstetricians agreed the tablet plan together in three meetings>>

- <<S:community midwives asked for the readings to come through to their caseload screen as well as to the pharmacists, so they can see them at the day 10 visit, which was added in 2024>>
"""),
        ("value", "Value", """
- monitors cost £19 each and women keep them, and many now use them for the rest of the family too

- the text service costs about £3,000 a year, paid for by the trust

- pharmacies are paid through the national blood pressure check service, so there was no extra cost for the day 5 and day 10 checks

- a readmission for postnatal high blood pressure means at least two nights in hospital, away from the baby

- midwives say they feel safer discharging women, and women say they feel in control

- fewer calls to the maternity triage line from worried women with a headache at home
"""),
        ("spread", "Spread", """
- the other two PCNs in Denholme joined in 2024

- the local maternity and neonatal system is rolling the plan out to both of its other units

- we shared the texts and the shared plan through the regional maternity network

- two community pharmacy chains have asked to use the day 5 and day 10 check in other parts of the country

- we are talking to the health visiting service about carrying on the readings for women who still need tablets after six weeks
"""),
    ],
    flags=[],
)
