"""Ninety-first independent evaluation set (I1441..I1456) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing NHS trusts, GP federations, councils,
charities, universities and the odd private company send in, in their own voices and at
their own length.  The theme of this set is people with a learning disability in general
hospitals and primary care: annual health checks, reasonable adjustments, constipation,
aspiration pneumonia and learning from deaths.

Topics (lead's type and layout): swallowing screens and safe positioning on admission to
acute medical wards to prevent aspiration pneumonia (an acute trust with a community
learning disability team, pdf own headings); annual health checks that leave out the
physical examination and blood tests (a GP federation, docx bold headings with a cover
table); bowel records that travel between supported living, district nurses and general
practice (a supported living charity, docx no headings); reasonable adjustment flags shared
between GP and hospital records (an integrated care board, pdf form with a cover table);
turning themes from learning disability mortality reviews on chest infections into
system actions (a university, pdf two columns); anti-seizure medicines missed or delayed
when adults with a learning disability are admitted (a community trust learning disability
service with the acute trust, docx rubric headings); eating and drinking support in day
centres (a private day opportunities company as primary entrant, pdf lists); family
carers staying with adults with a learning disability on hospital wards (departments of
one acute trust, no partner, pdf made from Word); head-up positioning at night for adults
fed through a tube at home (a community trust nutrition and dietetics service, docx
numbered questions with cover bullets, no spread section); health action plans from
annual health checks that are never acted on (a primary care network, docx form with a
cover table); constipation caused by antipsychotic and other medicines picked up in
community pharmacy (a local pharmaceutical committee, pdf CAPS headings); family carers
able to raise the alarm when a relative with a learning disability is getting worse in
hospital (a parent carers' forum as lead, docx results first); an online pre-health-check
questionnaire for annual health checks (a private digital health company as primary
entrant, pdf numbered questions); a 'known aspiration risk' note for 999 crews attending
adults with a learning disability (an ambulance service, docx lists); reasonable
adjustments for scans under sedation or general anaesthetic (an acute trust imaging
department, pdf with appendix, no value section); and annual health checks for people
placed in care homes outside their home area (a county council, docx style headings,
short).

Build it with

    .venv/bin/python data/independent/build.py --set 91   (writes data/corpus/independent91/)

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
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words;
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
pharmaceutical committees are primary_care; self-advocacy groups and parent carers'
forums are patient_group; supported living charities and hospices are charity; a
university is university; day opportunities companies, digital health companies and
care home groups are private).  A department or team of the entrant's own organisation
is not a partner.  Flags are written by hand and build.py cross-checks them against the
mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1441  swallowing screens and positioning on admission to acute medical
#        wards - pdf - own headings - acute trust learning disability liaison
#        nurse, practical - acute trust with community learning disability
#        team and a self-advocacy group - patients and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1441", format="pdf", layout="own_headings", topic="ld_aspiration_pneumonia_acute_admission",
    project="independent91-safeswallow-1441", pdf_font="LiberationSans", pdf_align="L",
    title="Safe Swallow from the Front Door: preventing aspiration pneumonia in adults with a learning disability admitted to hospital",
    cover=[
        "Lead organisation: Harrowgate Vale Hospitals NHS Foundation Trust (Learning Disability Liaison Team)",
        "Partners: Harrowgate and Lune Community NHS Trust (Community Learning Disability Team); Speak Up Lune (self-advocacy group)",
        "Written by the Lead Learning Disability Liaison Nurse",
    ],
    primary_entrant=dict(name="Harrowgate Vale Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Harrowgate and Lune Community NHS Trust", type="nhs_trust"),
        dict(name="Speak Up Lune", type="patient_group"),
    ],
    sections=[
        ("context", "Why this mattered", """
Aspiration pneumonia is one of the commonest causes of death in adults with a learning disability, and
our own mortality reviews kept pointing to the same weak spot: the first 24 hours after someone comes
into the hospital. Many of the people we look after have a swallowing difficulty that is well known at
home. They have a plan from a community speech and language therapist, a particular drink thickness, a
particular way of sitting, and carers who know to slow them down. None of that reliably came into the
hospital with them.

What happened instead was that a person arrived in the emergency department, often unwell and
frightened, and was given a cup of tea and a sandwich by a kind healthcare assistant, or was left lying
flat on a trolley for hours. On the medical wards nobody knew there was a plan until the family
mentioned it, and sometimes there was no family. The hospital speech and language therapy team could
usually see someone within two days, which is far too late if the first meal is the one that goes down
the wrong way.

In 2022 we looked back at 41 admissions of adults with a learning disability and a known swallowing
problem. In 17 of them there was no record of the swallowing plan in the first day, and 6 of those
people went on to develop a chest infection in hospital. Two of them died.

The community learning disability team held the plans; we held the patients. The partnership set out to
join those two things up before the first drink was offered.

There was a further complication. About a third of the adults with a learning disability we admit
come from out of the area or are not known to the community team at all, and for them there is no plan
to find. For these people we needed a safe default: sit them up, do not feed them until a trained nurse
has done a bedside swallow screen, and get a therapist to them the same day if the screen raises any
doubt. That default had to work at three in the morning in a full emergency department, not just on a
quiet weekday afternoon, which meant it had to be simple enough to be done by whoever was looking after
the person.

We also knew from our incident reports that positioning was as important as food and drink. People with
cerebral palsy or severe scoliosis were slipping down trolleys and beds, reflux was going unnoticed, and
the pillows and wedges that kept them safe at home stayed in the ambulance or at the care home.
"""),
        ("stakeholders", "Working it out together", """
<<P:Members of Speak Up Lune came to three workshops in the hospital and told us about being given food
they could not manage because they were too embarrassed to say no, and they asked for a simple sign
above the bed that says 'Ask me about my eating and drinking', which is now on every medical ward.>>
<<P:Two self-advocates and a mother whose son has a modified diet tested the swallowing alert wristband
we first chose and rejected it because it looked like an allergy band, so we changed the colour.>>

<<S:Community speech and language therapists rewrote their eating and drinking plans onto a single page
that fits in the hospital passport, after emergency department nurses told them the old plans were
eleven pages long and nobody read them.>> <<S:Emergency department healthcare assistants designed the
'nil by mouth until checked' step with us and chose the wording of the prompt on the electronic record.>>
<<S:Ward sisters on the four medical wards agreed to try the bedside positioning guide for a month and
asked for pictures instead of angles in degrees, which we added.>>
"""),
        ("evidence", "What difference it has made", """
Since April 2023 every adult with a learning disability who arrives in the emergency department is
checked against the learning disability register. If the community team holds an eating and drinking
plan, it is attached to the record within the hour, the person is sat upright, and nothing is given by
mouth until someone trained has looked at the plan. Out of hours, the duty community nurse can be
phoned for a copy.

<<Q:Admissions where the swallowing plan was recorded in the first 24 hours rose from 59% in our 2022
review to 94% across 2023/24.>> <<Q:Hospital-acquired chest infections in adults with a learning
disability and a known swallowing problem fell from 14 in the year before to 5 in the year after.>>
We have had 212 admissions flagged so far.

<<Q:The time from arrival to the first review by a speech and language therapist has come down from a
median of 46 hours to 19 hours, because the therapists now see the flag straight away.>>
"""),
        ("value", "Value for money", """
The wristbands and signs cost less than £600 for the year. A hospital-acquired pneumonia adds on
average more than a week to a stay, and for some of our patients it is fatal. Staff tell us they feel
more confident about feeding someone whose needs they do not know. Families say they no longer have to
repeat the same story at every handover.

The flag has also changed the way the liaison team spends its time. Instead of hearing about someone
on day three when something has already gone wrong, the team now hears on the day of admission and can
plan discharge, reasonable adjustments and family involvement from the start. That was not a goal of
the project, but it may turn out to be one of its most useful results.
"""),
        ("spread", "Spreading it", """
The surgical and orthopaedic wards adopted the flag in 2024. We have presented the work to the regional
learning disability nurses' network and shared the one-page plan template with two neighbouring trusts,
one of which is now using it in its emergency department. The community team has also started giving a
copy of the plan to the ambulance service for people who are admitted often, so crews know not to offer
a drink on the way in.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1442  annual health checks missing physical examination and bloods - docx
#        - bold headings with a cover table - GP federation clinical lead,
#        direct - GP federation with the council and a self-advocacy group -
#        staff involved - NO patient involvement (easy read letters sent,
#        a survey that changed nothing, self-advocates as beneficiaries, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1442", format="docx", layout="bold_headings", topic="ld_annual_health_check_quality",
    project="independent91-fullcheck-1442", docx_font="Calibri",
    title="The Full Check: putting the physical examination back into learning disability annual health checks",
    cover_table=[
        ("Entry title", "The Full Check: putting the physical examination back into learning disability annual health checks"),
        ("Lead organisation", "Corrigan Valley GP Federation"),
        ("Partners", "Corrigan Valley Borough Council (Learning Disability and Autism Service); Corrigan Self Advocacy Network"),
        ("Contact", "Dr Priya Halloran, Clinical Lead for Learning Disability"),
    ],
    primary_entrant=dict(name="Corrigan Valley GP Federation", type="primary_care"),
    partners=[
        dict(name="Corrigan Valley Borough Council", type="local_authority"),
        dict(name="Corrigan Self Advocacy Network", type="patient_group"),
    ],
    sections=[
        ("context", "The problem", """
On paper, our 22 practices were doing well. Nearly three quarters of adults on the learning disability
register had an annual health check recorded each year, which put us near the top of the local league
table. When we looked inside the checks, the picture was different.

During the pandemic many checks had moved to the telephone, and a lot of them never moved back. A
check done by phone with a support worker who had met the person twice could not include a blood
pressure, a weight, a look in the ears, a feel of the abdomen or a blood test. The template was
completed, the code was entered, and the practice was paid. The person left with nothing picked up.

We audited 300 checks from 2022/23. Only 38% included a blood pressure, 41% a weight, and 29% any blood
test. In 14 cases the person had been on an antipsychotic for years with no recorded blood sugar or
lipids. Our learning from deaths reviews included a man whose constipation and weight loss were
missed across three 'completed' checks before he was admitted with a bowel obstruction.

The council's learning disability and autism service knew which people were likely to be frightened of
needles or the surgery, and which supported living providers struggled to bring people in. The
practices knew who was due. Nobody was joining those lists together.

There was also a question of who felt responsible. Practices saw the health check as a contractual
task for the practice nurse, and many nurses had never been given time to learn about the specific
health risks of people with a learning disability, such as constipation, swallowing problems, thyroid
disease, or the side effects of long-term medicines. Support providers changed staff frequently and
often sent whoever was free. Everyone was doing their bit and the person was still falling through.
"""),
        ("evidence", "Evidence of improvement", """
From April 2023 we changed three things. First, a health check is only counted by the federation as
complete if it was done face to face and includes the core physical measurements, unless there is a
documented reason. Second, the council's community nurses phone the person's support provider two weeks
before the check to plan any reasonable adjustments, such as a first appointment of the day, a quiet
room, or a home visit for bloods. Third, the federation's health check nurse runs a Saturday clinic
every month for people who find a busy surgery too much.

<<Q:In the 2023/24 audit of 300 checks, a blood pressure was recorded in 87%, a weight in 91% and a blood
test in 68%, up from 38%, 41% and 29% the year before.>> <<Q:Checks done by telephone fell from 31% of
all checks to 6%.>>

The number of checks completed stayed at about the same level, 1,480 in the year. We found 23 people
with previously unknown high blood pressure and 11 with diabetes.
"""),
        ("stakeholders", "Who was involved", """
<<S:Practice nurses from eight practices met with us four times to rebuild the template, and they
insisted that it should open on the physical checks rather than the questionnaire, because that is the
part that was getting skipped.>> <<S:The council's community learning disability nurses worked out the
pre-check phone call with the federation's health check nurse and changed the script after the first
month because providers kept saying they could not find a staff member to come with the person.>>
<<S:Practice managers agreed to keep Saturday morning slots free across two hubs.>>

Every person due a check was sent an easy read invitation letter, which the Corrigan Self Advocacy
Network had produced some years ago. We sent a satisfaction survey to people who came to the Saturday
clinic and their supporters; the responses were very positive and no changes were needed. The people
who benefit most are those who had been missed altogether. We would like to involve self-advocates in
reviewing the template next year.
"""),
        ("value", "Value", """
The Saturday clinics cost around £9,000 a year in nurse and reception time, paid from the federation's
enhanced access budget. The council's phone calls are part of its existing community nursing work.
Finding diabetes or high blood pressure early is far cheaper than a stroke or a diabetic emergency, and
for people who may not be able to tell us they are unwell, the check is often the only chance.

We were worried at first that insisting on face-to-face checks would reduce the number of checks
done, and so reduce practice income. That has not happened, largely because the council's pre-check
call sorts out the practical barriers, such as transport and staffing, before the day. Practices also
tell us that a well-prepared check takes less time than a rushed one followed by repeated phone
calls.
"""),
        ("spread", "Spread", """
The integrated care board has written our definition of a complete check into its guidance for all five
places in the system from 2025. We have shared the template with the regional learning disability
health check network.

The most important lesson for us is that a high completion rate can hide a poor check. We now report
the quality measures to practices every quarter alongside the number of checks, so that a practice can
see at a glance whether its checks include the physical examination and bloods. Several practices have
asked for the same report for other long-term condition reviews, which we are now looking at.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1443  bowel records that travel between supported living, district nurses
#        and GPs - docx - no headings - supported living charity operations
#        director, personal - charity with community trust and PCN - tenants
#        and families involved - NO staff involvement (support workers trained,
#        district nurses briefed, a named lead doing her job, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1443", format="docx", layout="no_headings", topic="ld_constipation_bowel_records_supported_living",
    project="independent91-bowelbook-1443", docx_font="Georgia",
    title="The Bowel Book: one record of bowel health that goes wherever the person goes",
    cover=[
        "Ashlin Homes Trust (registered charity providing supported living), working with Meriden Fields Community NHS Trust (district nursing) and Meriden North Primary Care Network",
        "Entry by the Director of Operations, Ashlin Homes Trust",
    ],
    primary_entrant=dict(name="Ashlin Homes Trust", type="charity"),
    partners=[
        dict(name="Meriden Fields Community NHS Trust", type="nhs_trust"),
        dict(name="Meriden North Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", None, """
I have worked in supported living for twenty years and I have lost count of the number of times I have
heard someone say "he's just a bit bunged up". We support 140 adults with a learning disability in
their own tenancies across Meriden. Many take medicines that slow the bowel, many cannot tell us when
they are uncomfortable, and some show pain only through behaviour that is easily put down to
something else. Constipation is not a minor thing for them. It is one of the conditions most often
mentioned in the national reviews of deaths of people with a learning disability, and in 2021 it
nearly killed one of our tenants, a woman in her fifties who was admitted with a twisted bowel after
weeks of small signs that nobody added up.

When we looked at what went wrong, each part of the system had a piece of the story. Our support
workers wrote 'BO - yes' or 'BO - no' in the daily notes, in different places in different houses.
The district nurse who came to do her insulin had no sight of those notes. The GP had prescribed a
laxative 'as required' eighteen months before and it had never been reviewed. When she went to the
emergency department, nobody could say when her bowels had last opened.

None of this was anyone's fault in particular. Each organisation was doing what it had always done.
But the system as a whole had no memory: information about a person's bowels was written down every
day and then lost. We wanted something simple that would turn daily notes into a picture that a nurse,
a GP or a paramedic could read in a few seconds, and that would tell a support worker on their first
shift what to do and when.

We approached the district nursing service and the primary care network in the autumn of 2022. Both
were keen, partly because they were already worried about the number of 'as required' laxatives that
had been on repeat for years without anyone checking whether they were being used.
"""),
        ("evidence", None, """
The Bowel Book is a small, spiral-bound record kept in each person's home and a matching page on our
electronic care system. It uses the Bristol stool chart with pictures, records fluids and 'as required'
laxatives, and has a traffic light on each page. Three days without a bowel movement turns the page
amber and the team leader must ring the district nursing hub; five days, or any sign of pain, vomiting
or a swollen tummy, is red and means a same-day call to the GP or 111. The book goes with the person to
any appointment or admission. The primary care network's clinical pharmacist reviews every 'as
required' laxative and constipating medicine for people in our services once a year.

<<Q:In the year before the Bowel Book, 9 of the people we support were admitted to hospital with
constipation or bowel obstruction; in the eighteen months since, there have been 2.>> <<Q:Prescriptions
of 'as required' laxatives that had not been reviewed for more than a year went from 61 to 7 after the
pharmacist's first round of reviews.>> <<Q:When we audit the records, the days on which a bowel
movement was recorded went up from around two thirds to almost every day in every house.>>

In total the pharmacist carried out 118 medicine reviews, and the district nursing hub took 204 amber
calls in the first year.
"""),
        ("stakeholders", None, """
<<P:We asked tenants how they would like to be asked about their bowels, and a group of six, with help
from our easy read worker, chose the pictures in the book and the phrase 'How's your tummy today?'
instead of the clinical words we had started with.>> <<P:The sister of one tenant, who had cared for him
at home for many years, showed us the simple tick chart she had used on her fridge and that became the
first page of the book.>> <<P:Tenants in two houses kept their own books for a trial month and told us
the stickers were too small to peel, so we changed them.>>

All 310 of our support workers completed a one-hour bowel health session. The district nurses were
briefed on the traffic light at their team meetings. Our quality lead, Sandra Oyelaran, wrote the
procedure and checks the books on her monthly visits. We plan to ask GPs for their views on the format
in the coming year.
"""),
        ("value", None, """
Each book costs about £4 to print, and the electronic page was added by our own system supplier at no
charge. A hospital admission for bowel obstruction can mean days on a ward and sometimes surgery; for
the people we support it also means a strange place, strange people and often a longer recovery.

The most important value for us is that support workers now know that bowel health is a real health
issue and something they can act on. Families have told us they like being able to look at the book
when they visit.

There have been practical benefits too. When a person we support is admitted to hospital for any
reason, the book now goes with them, and hospital staff have told us it is the first time they have
been handed a clear record of bowel health on arrival. Several GPs have changed laxative prescriptions
after reading the book during a routine appointment, without needing a separate review.
"""),
        ("spread", None, """
We have shared the Bowel Book with the five other supported living providers in the primary care
network's area, and two have started using it. The community trust is including it in the resources
for its care home support team. We would be happy to share the template with any provider that asks.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1444  reasonable adjustment flags shared between GP and hospital records -
#        pdf - form with a cover table - ICB learning disability programme
#        lead, formal - ICB with two acute trusts and a GP federation -
#        patients (a self-advocates' panel) and staff (told in context)
#        involved - NO quantitative evidence (flags created, staff trained,
#        a target, a single figure)
# ---------------------------------------------------------------------------
entry(
    id="I1444", format="pdf", layout="form_table", topic="reasonable_adjustment_flag_shared_records",
    project="independent91-flagitonce-1444", pdf_font="LiberationSans",
    title="Flag It Once: reasonable adjustment flags shared between general practice and hospital records",
    cover_table=[
        ("Entry title", "Flag It Once: reasonable adjustment flags shared between general practice and hospital records"),
        ("Lead organisation", "NHS Thamesmere and Kelby Integrated Care Board"),
        ("Partner organisations", "Kelby General Hospitals NHS Trust; Thamesmere University Hospital NHS Foundation Trust; Thamesmere GP Alliance"),
        ("Entrant", "Learning Disability and Autism Programme Lead"),
    ],
    primary_entrant=dict(name="NHS Thamesmere and Kelby Integrated Care Board", type="icb"),
    partners=[
        dict(name="Kelby General Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Thamesmere University Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="Thamesmere GP Alliance", type="primary_care"),
    ],
    sections=[
        ("context", "Why was the partnership needed? What were the safety goals?", """
People with a learning disability are entitled to reasonable adjustments: a longer appointment, a
quiet place to wait, a carer allowed to stay, information in easy read, a named person to phone before
a procedure. In our system these adjustments were recorded in one place, if at all, and rarely
travelled. A GP practice might know that a man needed to be seen first on the list and could not wait
in a crowded room; the hospital booking his endoscopy did not. Reviews of deaths in our area found
people who had missed cancer investigations because they could not cope with the waiting room, and a
woman whose fear of needles was written in her GP record but not in the hospital's, leading to three
failed attempts at blood tests and a delayed diagnosis of sepsis.

<<S:The project began when learning disability liaison nurses from both hospitals and the GP alliance's
health check nurses sat down together and mapped every place a reasonable adjustment was written
down; they found nine, none of which spoke to another, and they chose the single national flag as the
one to use.>> <<S:Hospital booking clerks then showed the team that even when they could see a note
about adjustments, there was nowhere on the booking screen to act on it, so a prompt was added to the
booking screen at both trusts.>>

The safety goals were: one flag, created once, visible in general practice, in both hospitals and on
the shared care record; and adjustments that are planned before the person arrives rather than
improvised when things go wrong.

This mattered because people with a learning disability are more likely than others to die from
causes that could have been prevented with good quality care, and because a good proportion of the
avoidable harm found in our local reviews came down to something simple that was known but not passed
on. We did not need a new system. We needed the systems we already had to carry one small piece of
information reliably.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Between June 2023 and June 2024, 6,120 reasonable adjustment flags were created for people on GP
learning disability registers, and these now appear in both hospitals' records and on the shared
care record. 1,340 hospital staff completed the e-learning on using the flag. The ICB's target is for
90% of people on the register to have a flag by March 2025. Both trusts' booking systems now show a
pop-up for a flagged patient.

In the last quarter, 412 outpatient appointments were booked with an adjustment planned in advance.
The liaison nurses received 96 referrals generated by the flag before a planned admission. We have not
yet been able to compare incident or attendance data with the period before the flag.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<P:A panel of eight self-advocates from the Kelby Speaking Out group reviewed the list of adjustments
that can be chosen from and added three that we had not thought of, including 'please do not touch me
without telling me first' and 'I need my communication book'.>> <<P:They also produced the easy read
leaflet that explains to people what the flag is and asks their permission, and they rewrote our
consent question because the first version was too long.>>

<<S:GP alliance practice nurses piloted adding flags during annual health checks and asked for a
simpler template, which the ICB digital team built.>>
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The technical work was carried out within existing contracts with the record suppliers. The main cost
was staff time to add flags during health checks, which practices were able to absorb. For patients,
the value is not having to explain their needs again and again. For staff, it is knowing in advance.

We are also aware that the flag is only as good as the adjustments that follow it. A pop-up that is
seen and dismissed would be worse than no pop-up at all, because it would give false reassurance. For
that reason the liaison nurses review a sample of flagged bookings each month to check that the
adjustment asked for was actually made, and they feed back to the booking teams.
"""),
        ("spread", "How has the work been shared and spread?", """
The flag is now visible to the community trust and the mental health trust through the shared care
record. We have presented the work at the regional learning disability and autism programme board, and
two neighbouring ICBs have asked for our consent leaflet and booking prompt specification.

Our next step is to agree with both trusts how we will measure whether the flag is making care safer.
We intend to look at cancelled and failed procedures, incidents involving people with a learning
disability and the findings of local mortality reviews, and to compare them with the period before the
flag was introduced. We are also working with the ambulance service so that crews can see the flag on
the shared care record when they attend someone at home, and with community pharmacies so that they can
see adjustments such as a need for easy read labels or a longer consultation.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1445  themes from learning disability mortality reviews on chest
#        infections turned into system actions - pdf - two columns - university
#        research fellow, reflective - university with ICB, community trust and
#        a family carers' network - families (pronouns) and staff involved - no
#        flags
# ---------------------------------------------------------------------------
entry(
    id="I1445", format="pdf", layout="two_column", topic="ld_mortality_review_respiratory_actions",
    project="independent91-breathingspace-1445", pdf_font="DejaVuSans",
    title="Breathing Space: from mortality review themes to action on chest infections in people with a learning disability",
    cover=[
        "Lead: University of Westmarch, School of Health and Social Care",
        "Partners: NHS Westmarch and Dunmere Integrated Care Board (LeDeR programme); Dunmere Community Healthcare NHS Trust; Westmarch Family Carers' Network",
        "Author: Senior Research Fellow in Learning Disability Health",
    ],
    primary_entrant=dict(name="University of Westmarch", type="university"),
    partners=[
        dict(name="NHS Westmarch and Dunmere Integrated Care Board", type="icb"),
        dict(name="Dunmere Community Healthcare NHS Trust", type="nhs_trust"),
        dict(name="Westmarch Family Carers' Network", type="patient_group"),
    ],
    sections=[
        ("context", "Background", """
Every death of a person with a learning disability in our area is reviewed under the national learning
from lives and deaths programme. By 2022 our local programme had completed more than 200 reviews, and
the same finding kept coming back: pneumonia, and particularly aspiration pneumonia, was the leading
cause of death, and the reviews kept recommending the same things. Reviewers wrote that swallowing
assessments were overdue, that people were not sitting upright after meals, that chest infections
were treated late, and that nobody had thought about flu or pneumococcal vaccination. The
recommendations went to a steering group and were noted. Two years later the next batch of reviews
said the same.

Nobody doubted that the recommendations were right. The difficulty was that each one was addressed
to 'the system', and in practice to nobody. Swallowing assessments belonged to the community trust,
vaccination to general practice, posture to support providers and early treatment of chest infections
to whoever happened to be called. Each organisation could point to something it was already doing, and
the deaths continued.

The ICB asked our school to help. We are not a service provider, and we were clear that we could not
fix anything ourselves. What we could do was read every review properly, turn the themes into a small
number of testable actions, and evaluate whether they worked.

There is a risk, with any programme that reviews deaths, that the learning stays on paper. Reviews
are written by one group of people, recommendations are owned by another, and the people who could
actually change practice on the ground never read them. We wanted to test whether a partnership
between a university, commissioners, a community provider and families could close that gap.
"""),
        ("stakeholders", "How people took part", """
<<P:We began with families: fourteen parents and siblings of people whose deaths had been reviewed came
to a series of evening meetings.>> <<P:They read anonymised summaries with us and told us which
recommendations had never reached anyone who could act on them.>> <<P:It was they who picked the three
actions we went on to test.>>

<<S:Reviewers in the LeDeR programme coded all 214 reviews with our researchers so that themes were
counted the same way.>> <<S:Community learning disability nurses and physiotherapists then designed the
'chest health check' with us and tried it in two localities before it went wider.>> <<S:GPs in the ICB's
learning disability clinical forum agreed which patients should be offered a rescue pack of antibiotics,
after arguing for a narrower list than we first proposed.>>
"""),
        ("evidence", "What changed", """
The three actions were: a yearly chest health check by the community team for anyone with a known
swallowing difficulty or previous chest infection, covering posture, mealtime support, oral care and
vaccination; a rescue pack of antibiotics with a written plan, held at home for people with repeated
chest infections; and vaccination clinics run by the community nurses in day centres.

<<Q:Among the 186 people offered the chest health check, emergency admissions with pneumonia fell from
58 in the two years before to 31 in the two years after.>> <<Q:Flu vaccine uptake in people on the
learning disability register rose from 51% to 73%.>> <<Q:In the reviews completed in 2024, aspiration
pneumonia was recorded as a cause of death in a quarter of cases, compared with four in ten in the
reviews from 2019 to 2021.>>

We are cautious about the last figure, because the numbers are small and deaths have many causes.

We have also learned things that did not work. An early idea, a leaflet for supported living staff on
chest infections, was barely used, and we dropped it. The rescue packs depend on someone at home
recognising the early signs, and in some services with high staff turnover that has been hard.
"""),
        ("value", "Value", """
The rescue packs cost a few pounds each. The chest health check takes about an hour of nursing time.
An admission with pneumonia costs the NHS several thousand pounds and, for this group, carries a high
risk of death. The families told us that the real value was seeing their relatives' reviews lead to
something.

For the university, the value has been learning how to do research that is useful to services while
it is happening, rather than reporting years later. We have built the evaluation into our teaching for
student nurses on the learning disability field, who now spend time with the community team during
chest health check clinics.
"""),
        ("spread", "Spread", """
The ICB has made the chest health check part of the community trust's contract.

It is now offered to everyone on the community team's caseload who meets the criteria, and the team
has trained two more physiotherapists to deliver it. Our coding framework
for review themes has been shared with four other LeDeR programmes in the region, and we have
published the evaluation in an open-access journal.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1446  anti-seizure medicines missed on admission - docx - rubric headings -
#        community trust learning disability service consultant nurse, measured -
#        community trust with acute trust pharmacy and an epilepsy charity -
#        a father and staff involved - subtle claim ('a third fewer') - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1446", format="docx", layout="rubric_headings", topic="ld_epilepsy_medicines_on_admission",
    project="independent91-ontimedoses-1446", docx_font="Arial",
    title="Every Dose on Time: anti-seizure medicines for adults with a learning disability admitted to hospital",
    cover=[
        "Lead: Brackenmoor Community and Mental Health NHS Trust, Adult Learning Disability Service",
        "Partners: Brackenmoor Royal Hospital NHS Trust (Pharmacy and Acute Medicine); Epilepsy Support Brackenmoor (charity)",
        "Prepared by the Consultant Nurse for Learning Disability and Epilepsy",
    ],
    primary_entrant=dict(name="Brackenmoor Community and Mental Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Brackenmoor Royal Hospital NHS Trust", type="nhs_trust"),
        dict(name="Epilepsy Support Brackenmoor", type="charity"),
    ],
    sections=[
        ("context", "Context and safety goals", """
About a quarter of adults with a learning disability have epilepsy, and for many it is hard to control.
They often take three or four anti-seizure medicines at exact times, some of them unusual preparations
that a hospital pharmacy does not keep on the shelf. When they are admitted, usually as an emergency,
their medicines can be delayed while the ward waits for a drug history, or missed because the person
cannot swallow tablets in an unfamiliar setting, or because nobody knows that the liquid form they
take at home is a different strength from the tablets on the ward.

Missed doses lead to seizures, and seizures in hospital lead to falls, head injuries, aspiration and,
in the worst case, status epilepticus. Two deaths reviewed in our area in 2021 involved a person with a
learning disability whose epilepsy medicines had been omitted for more than a day after admission.

Our goals were that every adult with a learning disability and epilepsy admitted to the hospital
receives their first dose of each anti-seizure medicine within two hours of the time it was due at home,
and that no dose is omitted because the medicine is not available.

We also wanted to make sure that the knowledge of the people who support the person every day came
into hospital with them. Many families and support workers know exactly how a person takes their
medicines: crushed in yoghurt, from a particular spoon, with a favourite drink, or only from someone
they trust. That knowledge was almost never written down in a way a ward nurse could use.
"""),
        ("evidence", "Evidence of improvement", """
Since September 2023, our community epilepsy nurses keep a one-page 'medicines at home' sheet for
everyone on their caseload, with the exact product, strength, times and how the person takes it. The
sheet is on the shared care record and printed in the hospital passport. When a person on the register
arrives, the emergency department pharmacist is alerted and the ward is supplied from a small stock of
the less common medicines that the hospital pharmacy now keeps for this purpose.

<<Q:Omitted or delayed anti-seizure doses in the first 48 hours of admission, taken from the electronic
prescribing record, went from 37% of due doses in a baseline audit to 9% in the most recent quarter.>>
<<Q:There were roughly a third fewer seizures recorded on the wards for this group in 2023/24 than in
2022/23.>>

We reviewed 158 admissions over the year.

We looked separately at people who were admitted out of hours, because that is when supply problems
were worst. The same pattern held for them, although the numbers are small. Most of the remaining late
doses were for people not known to our service, whose medicines were not on the shared care record,
and we are now working with GP practices to identify people with epilepsy on the learning disability
register who are not on our caseload.
"""),
        ("stakeholders", "Involvement of patients, carers and staff", """
<<P:Mr Derek Osei, whose son has a severe learning disability and epilepsy and was admitted several
times, described to the project group how he had brought medicines in from home because he did not
trust the ward to have them, and his account shaped the decision to keep a hospital stock.>> <<P:Members
of the epilepsy charity's carers' group tested the 'medicines at home' sheet and asked for a photograph
of each medicine box to be included, which it now is.>>

<<S:Ward pharmacists and the acute medicine nurses agreed the list of medicines to keep in stock after
looking at the previous two years of supply problems.>> <<S:Our epilepsy nurses changed how they
record liquid medicines after hospital pharmacists pointed out the strength confusion.>>
"""),
        ("value", "Value for money", """
The extra stock costs the hospital pharmacy about £2,300 a year, most of which is used before it
expires. One admission to intensive care for status epilepticus costs far more than that. Patients
and families say they feel safer, and ward staff say the sheet saves them a long phone call.

For the community team, the biggest gain is that our nurses now hear about admissions early. The
pharmacist's alert also goes to our epilepsy nurses, who can phone the ward, speak to the family and
help plan discharge, rather than finding out weeks later that someone has been in hospital and come out
on a different regime.
"""),
        ("spread", "Sharing and spread", """
The hospital is extending the same approach to people with Parkinson's disease. The sheet has been
shared with the regional epilepsy network and adopted by one neighbouring community trust.

We have also written the process into the hospital's medicines policy, so that it does not depend on
the goodwill of individual pharmacists, and into our own service standards, so that every new patient
with epilepsy on our caseload has a sheet within a month of being referred.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1447  eating and drinking support in day centres - pdf - lists - PRIVATE
#        day opportunities company as primary entrant with a community trust
#        SLT service (ineligible) - operations manager, upbeat - staff
#        involved - NO patient involvement (attendees as beneficiaries, families
#        sent a newsletter, a feedback form that changed nothing, negation)
# ---------------------------------------------------------------------------
entry(
    id="I1447", format="pdf", layout="bullet_lists", topic="ld_day_centre_mealtime_safety",
    project="independent91-mealtimesmatter-1447", pdf_font="LiberationSans", pdf_align="L",
    title="Mealtimes Matter: safer eating and drinking in day services for adults with a learning disability",
    cover=[
        "Submitted by Brightpath Day Opportunities Ltd",
        "Working with Calder Rise Community NHS Trust (Adult Speech and Language Therapy)",
        "Contact: Operations Manager, Brightpath Day Opportunities Ltd",
    ],
    primary_entrant=dict(name="Brightpath Day Opportunities Ltd", type="private"),
    partners=[
        dict(name="Calder Rise Community NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The problem", """
Brightpath runs six day centres for around 260 adults with a learning disability. Most people have
lunch and drinks with us five days a week.

What we found when we looked at mealtimes in 2022:

- 74 of the people who attend had an eating and drinking plan from a speech and language therapist

- the plans were held at people's homes, and only some had been sent to us

- lunches came from a catering contractor that did not label texture-modified meals clearly

- staff were covering lunch across different rooms and did not always know who needed supervision

- we had four choking incidents in one year, one of which needed back blows and an ambulance

What we changed, from March 2023:

- every person with a plan has a one-page mealtime card, agreed with their therapist, kept at the centre

- a named staff member supports each person who needs supervision, with no other tasks during lunch

- meals are ordered by the texture level in the national framework and checked against the card at the hatch

- a trained first aider is in every dining room during lunch

- the mealtime cards are reviewed whenever a person's plan changes, and at least once a year

- any coughing, choking or change in how someone manages their food is recorded and passed to the therapist the same day
"""),
        ("evidence", "Results", """
- <<Q:choking incidents across our centres went from 4 in 2022 to none in 2023 and none in 2024>>

- <<Q:audits of the hatch check found meals served at the wrong texture fell from 11% of checked meals to under 1%>>

- 186 staff have been trained in eating and drinking support

- the catering contractor now prints the texture level on every lid and every menu

- the therapists have carried out 22 mealtime observations across the six centres

- all 74 mealtime cards were in place by June 2023
"""),
        ("stakeholders", "Who was involved", """
- <<S:the therapists from Calder Rise trained our team leaders and then watched lunches in each centre, and their observations changed where we seat people who need support>>

- <<S:our kitchen assistants suggested coloured lids for each texture level, which the catering contractor now supplies>>

- <<S:team leaders from all six centres agreed the one-page card format with the therapists over two meetings>>

- the people who attend our centres are the ones who benefit

- families were sent a newsletter explaining the changes

- we put a feedback form in each centre; the comments were positive and nothing was changed as a result

- we did not hold separate sessions with attendees, as mealtimes are a clinical matter
"""),
        ("value", "Value", """
- the coloured lids cost about £300 a year

- the named supporter at lunch means rearranging rotas, not extra staff

- each avoided choking incident avoids an emergency call and possibly a death

- the mealtime cards take a therapist about twenty minutes each to agree with us, time the community trust found from its existing caseload work

- staff tell us lunchtimes are calmer and they feel more confident

- the catering contractor has changed its labelling for all its care customers as a result
"""),
        ("spread", "Spread", """
- the approach is now in our company standards for all new centres

- we have written the mealtime card into the information we ask for before anyone starts attending a centre, so that nobody eats with us before their plan has arrived

- Calder Rise has offered the card to two other day service providers in the borough
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1448  family carers staying with adults with a learning disability on
#        hospital wards - pdf via Word - style headings - acute trust deputy
#        chief nurse - departments of one trust, no partner (ineligible) -
#        carers and staff involved (passive voice) - no other flags
# ---------------------------------------------------------------------------
entry(
    id="I1448", format="pdf", layout="style_headings", topic="ld_family_carers_staying_on_wards",
    project="independent91-stayingwithyou-1448", render_via="soffice", docx_font="Liberation Serif",
    title="Staying With You: family carers and paid supporters welcomed on the wards",
    cover=[
        "Fordingley Teaching Hospitals NHS Trust",
        "A joint project of the Learning Disability Liaison Team, the Division of Medicine, Estates and Facilities, and the Patient Experience Team",
        "Author: Deputy Chief Nurse",
    ],
    primary_entrant=dict(name="Fordingley Teaching Hospitals NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Background", """
Adults with a learning disability are safer in hospital when someone who knows them well is with them.
A parent, a sibling or a familiar support worker can tell when they are in pain, help them eat and
drink safely, calm them before a procedure and notice when they are getting worse. Yet our own
incident reports and complaints showed that carers were being asked to leave at the end of visiting
hours, had nowhere to sleep, could not get a drink or a meal, and were sometimes treated as visitors
rather than as partners in care.

One complaint in 2022 came from a mother who had been asked to leave her son's bedside at 8pm. He had
a severe learning disability and no speech. Overnight he pulled out his cannula twice, did not drink,
and was found the next morning dehydrated and distressed. She wrote: "I am not a visitor. I am his
voice."

We decided that this needed several parts of the trust to work together: the learning disability
liaison team, the medical wards, estates and facilities for beds and food, and the patient experience
team.

We knew that simply changing the visiting policy would not be enough. Ward staff were anxious about
having people on the ward overnight, about privacy for other patients, about fire safety and about
what carers would be allowed to do. Carers themselves were often exhausted, and some could only stay
if someone else could cover for them at home. The project therefore had to deal with practical things,
such as where a carer sleeps and eats, as well as attitudes.

We also wanted to be clear that a carer staying is an offer, not an expectation. Some families cannot
stay, and the person must still be safe without them.
"""),
        ("evidence", "What has changed", """
Since February 2023 every adult with a learning disability who is admitted is offered a 'carer
passport'. It gives the carer open access at any hour, a fold-out bed or recliner chair, free meals and
drinks, free parking and a named nurse to talk to each shift. Carers are asked what they want to do,
such as helping with meals or personal care, and this is written into the care plan. Paid support
workers from the person's provider are included.

<<Q:Complaints about carers being excluded or unsupported fell from 23 in 2022 to 4 in 2024.>>
<<Q:Incidents of pulled-out cannulas, falls and missed meals among inpatients with a learning
disability fell from 71 in 2022 to 38 in 2024, while admissions of people with a learning disability
rose slightly.>> 

412 carer passports were issued in the first eighteen months.
"""),
        ("stakeholders", "Involvement", """
<<P:The carer passport was drafted with a group of eleven family carers, who were invited to the
hospital on three afternoons and whose comments were used to remove the words 'visiting hours' from
every version.>> <<P:It was also tested by two paid support workers and a self-advocate, and their
request for the bed to be a proper fold-out bed and not a chair was agreed.>>

<<S:Ward managers on the six medical wards were consulted on each draft and asked for the named nurse
to be named on the whiteboard, which was done.>> <<S:Catering staff and the car parking office worked
out how carers could be given free meals and parking without a separate form.>>
"""),
        ("value", "Value", """
The fold-out beds cost £4,800. Meals and parking for carers cost about £11,000 a year. Against this,
one fewer day in hospital for a handful of patients, or one avoided fall, covers the cost. Ward staff
say they get help they would never have time to give themselves.

It is not always easy. There have been disagreements between carers and staff about what a carer can
do, and a small number of complaints from other patients in shared bays. These are handled by the
named nurse, with help from the liaison team, and we have added guidance for both carers and staff
on how to raise a concern.
"""),
        ("spread", "Spread", """
The carer passport has now been extended to older people with dementia on our medical wards. We have
presented it at the regional chief nurses' meeting.

We have also added a question about carers to the admission checklist for every adult patient, so
that people who have a learning disability but are not yet on the hospital's register are still
offered the passport. The passport is now part of the learning disability liaison team's induction
for new ward staff, and the estates team has written the provision of fold-out beds into its plans
for the new medical block that opens in 2026.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1449  head-up positioning at night for adults fed through a tube at home -
#        docx - numbered questions with cover bullets - community trust
#        nutrition and dietetics service, plain - community trust with a
#        supported living provider, a PCN and a postural care charity - staff
#        and families involved (families told in the value section) - NO
#        spread section
# ---------------------------------------------------------------------------
entry(
    id="I1449", format="docx", layout="numbered_questions", topic="ld_tube_feeding_night_positioning",
    project="independent91-headup-1449", docx_font="Calibri",
    title="Head Up at Night: reducing aspiration in adults with a learning disability who are fed through a tube at home",
    cover=[
        "An entry to the Best Partnership Solution Improving Patient Safety category",
    ],
    cover_bullets=[
        "Lead: Oxley and Wend Community Health NHS Trust, Home Enteral Nutrition and Dietetics Service",
        "Partners: Homewood Supported Living (charity); Wend Valley Primary Care Network; Sleep Shape Postural Care (charity)",
        "Contact: Home Enteral Nutrition Clinical Lead Dietitian",
    ],
    primary_entrant=dict(name="Oxley and Wend Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Homewood Supported Living", type="charity"),
        dict(name="Wend Valley Primary Care Network", type="primary_care"),
        dict(name="Sleep Shape Postural Care", type="charity"),
    ],
    sections=[
        ("context", "1. What was the problem and why did it need a partnership?", """
Our home enteral nutrition service supports 63 adults with a learning disability who receive all or
most of their nutrition through a gastrostomy tube. Most have cerebral palsy or another condition that
affects their posture and swallowing. Many are fed overnight by a pump, because that leaves the day free
for college, day services and family life.

Being fed lying flat, or slipping down the bed during the night, makes reflux and aspiration of feed
into the lungs much more likely. Overnight feeding is also the time when there are fewest people around
to notice coughing or a change in breathing. In 2021 and 2022 we saw a run of admissions with
aspiration pneumonia among people on our caseload, and two people died. When the dietitians visited
homes afterwards, they often found beds that could not be raised, wedges that had been thrown away
because they were uncomfortable, and night staff in supported living who had never been told why the
head of the bed mattered.

We realised that we could write 'feed with head raised at least 30 degrees' in every care plan, as we
always had, and it would make no difference if the bed, the night staff and the person's own posture
did not allow it. The dietitians could not solve this alone. It needed the supported living provider,
which employs the night staff; the postural care charity, which knows how to position people safely
and comfortably through the night; and the primary care network, which could make sure equipment and
chest reviews were part of the annual health check.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
Since June 2023 every person on the caseload has had a joint night-time positioning assessment by a
dietitian and a postural care practitioner, at home and at the time they are usually fed. Where the bed
cannot be raised safely, the primary care network's social prescribing link worker and the community
equipment service arrange a profiling bed. Night staff in Homewood's services use a simple check at
each round: is the person's head above the line on the headboard sticker, is the pump running at the
right rate, is there any coughing or wet breathing. Any concerns go to the out-of-hours district
nursing team. The annual health check for each person now includes a question on night-time feeding
position and any chest infections in the past year.

<<Q:Admissions with aspiration pneumonia among people on the caseload fell from 17 in the two years
before the project to 6 in the eighteen months since.>> <<Q:Night checks recorded as 'head above the
line' went from 52% in the first fortnight of audits to 96% six months later.>> <<Q:Courses of
antibiotics for chest infections prescribed by the primary care network for this group fell from 48 to
29 a year.>>

Fifty-eight profiling beds have been provided.

Every person on the caseload has had a joint assessment, and the assessments are repeated whenever a
person's feeding regime, weight or posture changes significantly. The headboard stickers are also used
in the two short-break services that several people attend.
"""),
        ("value", "3. What difference has it made to people, families and staff, and is it value for money?", """
A profiling bed costs around £1,200, and the joint assessment about three hours of two clinicians'
time. An admission with aspiration pneumonia for this group is often long, sometimes includes intensive
care, and is sometimes fatal. Avoiding just a handful of admissions pays for the whole project.

It has also changed how people sleep. <<P:Families were part of every home assessment, and parents of
three young men who live at home tried out different wedge and support combinations over several weeks
and told us which ones their sons tolerated, which is why the service now offers a choice of three.>>
<<P:One mother, Mrs Angela Firth, kept a diary of her son's coughing at night before and after the
change and shared it with the team, and her suggestion that the pump alarm be turned to face the door
was taken up in all homes.>>

<<S:Homewood's night support workers told us the original check took too long on a busy round, and
they worked with the dietitians to reduce it to three questions and the headboard sticker.>>
<<S:Postural care practitioners and dietitians now visit together, after the dietitians found that
their separate advice sometimes contradicted each other.>> <<S:GPs in the primary care network added
the night-feeding question to the health check template after discussing it at their clinical
meeting.>>
"""),
        ("stakeholders", "4. Who was involved and how?", """
This was a partnership between four organisations with very different jobs. The dietitians led on
feeding regimes and safety, the postural care charity on positioning and equipment, Homewood on the
night routine in its services, and the primary care network on health checks and prescribing. The
clinical lead dietitian chaired a monthly project meeting and reported to the community trust's patient
safety group.

The equipment service was brought in later, once it was clear that beds were the biggest practical
barrier, and it agreed to treat a profiling bed for night-time feeding as a priority order.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I1450  health action plans from annual health checks never acted on - docx
#        - form with a cover table - PCN clinical director, clipped - PCN with
#        council and a self-advocacy group - self-advocates involved - NO staff
#        involvement (staff updated at meetings, a named coordinator doing her
#        job, a plan, unnamed stakeholders) - NO quantitative evidence (counts)
# ---------------------------------------------------------------------------
entry(
    id="I1450", format="docx", layout="form_table", topic="ld_health_action_plan_follow_through",
    project="independent91-planstoaction-1450", docx_font="Calibri",
    title="Plans into Action: making sure health action plans from annual health checks are followed through",
    cover_table=[
        ("Title of entry", "Plans into Action: making sure health action plans from annual health checks are followed through"),
        ("Lead organisation", "Fellbrook and Arden Primary Care Network"),
        ("Partner organisations", "Arden Metropolitan Borough Council (Adult Social Care); Our Voice Arden (self-advocacy group)"),
        ("Name and role of entrant", "Dr Martin Sowerby, Clinical Director"),
    ],
    primary_entrant=dict(name="Fellbrook and Arden Primary Care Network", type="primary_care"),
    partners=[
        dict(name="Arden Metropolitan Borough Council", type="local_authority"),
        dict(name="Our Voice Arden", type="patient_group"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and its safety goals.", """
Our six practices look after about 520 adults with a learning disability. Each should have an annual
health check and leave with a health action plan: a short list of things that need to happen before
the next check, such as a referral for a hearing test, a dentist appointment, a blood test in three
months, a bowel chart, a medicine review or a weight management plan.

In 2022 we looked at what had happened to 100 health action plans from the year before. Most actions
had never been done. Nobody owned them. The plan was printed and handed to whoever came with the person,
who might be a support worker on their last shift with that provider. Practices assumed the support
provider would arrange things; support providers assumed the practice would. Our mortality reviews
included a woman whose plan recorded 'refer for swallowing assessment' two years running, and who died
of aspiration pneumonia before the referral was made.

Our safety goals were that every action on a plan has a named owner and a date, that someone checks the
actions are done, and that people with a learning disability and those who support them understand
their plan.

We chose to work with the council because its care coordinators already knew many of the people on
the register through their social care reviews, and because a lot of the actions on a health action
plan, such as a dentist visit or a healthier diet, depend on support providers and families rather
than on the practice. We chose Our Voice Arden because the plans are written for people with a learning
disability, and we had never asked any of them what they thought of the plan.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
From April 2023 each health action plan is recorded on a shared template that the practice and the
council's care coordinators can both see. Each action has an owner (practice, support provider, family,
person) and a due date. A care coordinator employed by the council and based in the primary care
network reviews every plan at three and six months and chases anything overdue.

In 2023/24, 486 health checks were completed and 471 plans were entered on the shared template. The
plans contained 1,318 actions. The care coordinator made 904 follow-up calls and 212 referrals were
made on the person's behalf. Our target is for 90% of actions to be completed within six months. We
will repeat our audit of 100 plans in 2025 to see whether more actions are being done.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<P:Members of Our Voice Arden spent two sessions with us rewriting the health action plan into easy
read, and they decided that each action should start with 'I will' or 'My GP will' or 'My support
worker will', so that everyone can see who is doing it.>> <<P:They also asked for a photograph of the
person's GP or nurse on the front of the plan, which we now add, and two members took part in
interviewing for the care coordinator post.>>

Practice staff were updated on the new template at the PCN's protected learning time event. The care
coordinator, Joanne Beck, follows up the plans as part of her role. Stakeholders across the borough
have welcomed the approach. We plan to ask support providers for their views in 2025.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The care coordinator post is funded by the council for two years at £38,000 a year. The template was
built by the PCN's digital lead within existing hours. If the work prevents one admission with
pneumonia, one late cancer diagnosis or one crisis caused by an untreated hearing loss or toothache, it
will have been worthwhile. People with a learning disability say they like knowing who is doing what.

The care coordinator has also become a useful contact for support providers, who previously had no
one to ask about a health check other than a busy practice reception. Providers now ring her with
questions about referrals and appointments, which takes pressure off the practices.
"""),
        ("spread", "How has the work been shared and spread?", """
The council has asked the three other PCNs in Arden to consider using the shared template. We have
presented to the ICB's learning disability and autism board and the regional health check network.

We think the model would work in any primary care network, but it depends on having someone whose
job is to follow up the plans. Before the care coordinator post existed, everyone agreed that actions
should be followed up, and nobody had the time. The council's decision to fund the post for two years
was what made the difference, and we are now discussing with the ICB how it could be funded once that
period ends.
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1451  constipation caused by antipsychotic and other medicines picked up in
#        community pharmacy - pdf - CAPS headings - LPC chief officer, brisk -
#        LPC with ICB medicines optimisation and the community LD team - staff
#        involved - NO patient involvement (people counselled, a leaflet
#        handed out, a plan, negation) - subtle claim ('halved')
# ---------------------------------------------------------------------------
entry(
    id="I1451", format="pdf", layout="caps_headings", topic="ld_medicine_induced_constipation_pharmacy",
    project="independent91-gutcheck-1451", pdf_font="LiberationSans",
    title="GUT CHECK: community pharmacies finding medicine-related constipation in people with a learning disability",
    cover=[
        "LEAD: Kestrel Ridge Local Pharmaceutical Committee",
        "PARTNERS: NHS Kestrel and Tamside Integrated Care Board (Medicines Optimisation Team); Tamside Community Health Services NHS Trust (Community Learning Disability Team)",
        "CONTACT: Chief Officer, Kestrel Ridge LPC",
    ],
    primary_entrant=dict(name="Kestrel Ridge Local Pharmaceutical Committee", type="primary_care"),
    partners=[
        dict(name="NHS Kestrel and Tamside Integrated Care Board", type="icb"),
        dict(name="Tamside Community Health Services NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
People with a learning disability are prescribed antipsychotics, anticholinergic medicines, opioids,
iron and calcium far more often than the rest of the population, often several at once, and all of
them slow the bowel. Many also have reduced mobility, low fluid intake and difficulty communicating
discomfort. Constipation in this group can progress to faecal impaction, bowel obstruction and
aspiration of vomit, and it appears again and again in reviews of deaths.

Community pharmacies see these prescriptions every month. They dispense the antipsychotic, the
anticholinergic for side effects and, often, a laxative too. But pharmacists usually did not know that
the person had a learning disability, had no way of asking how their bowels were, and had no route to
flag concerns to anyone who could do something about it other than the GP surgery's busy phone line.

The community learning disability team, meanwhile, had a nurse-led bowel health clinic that most GPs
had never heard of.

Nobody in this picture was doing anything wrong. Each professional was working within their own
part of the system. What was missing was a way of spotting a person at risk at the one point they
reliably appear every month, the pharmacy counter, and a direct route from there to a clinician who
understood both constipation and learning disability.
"""),
        ("evidence", "WHAT CHANGED", """
From January 2023, 41 pharmacies in Kestrel Ridge and Tamside signed up to Gut Check. With consent
recorded at the GP practice, people on the learning disability register have a note on their pharmacy
record. When a prescription includes two or more medicines that cause constipation, the pharmacist does
a short structured bowel check with the person or their supporter at collection, using a picture card,
and if there are warning signs refers directly to the community team's bowel health clinic. The ICB
medicines optimisation team reviews any person with three or more constipating medicines.

The picture card shows five simple questions: when did you last open your bowels, is it hard or
painful, is your tummy sore or swollen, are you eating and drinking as usual, and have you been sick.
Supporters can answer on the person's behalf, but the pharmacist is asked to speak to the person first
wherever possible.

<<Q:Among the 312 people on the scheme, emergency admissions for constipation and faecal impaction
roughly halved, from 29 in 2022 to 14 in 2024.>> <<Q:The proportion of people taking an antipsychotic
whose prescription also included a regular laxative rose from 34% to 61% over the same period.>>
Pharmacies completed 2,940 bowel checks and made 188 referrals to the clinic.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<S:Community pharmacists from a pilot group of eight pharmacies designed the structured bowel check
with the learning disability nurses and cut it from twelve questions to five after finding that
supporters at the counter would not wait for longer.>> <<S:The ICB's medicines optimisation pharmacists
agreed with the LPC which medicine combinations would trigger a check, and they changed the list twice
after pharmacists reported too many checks for people on iron alone.>> <<S:Learning disability nurses
at the bowel health clinic set up a direct referral email that pharmacies now use instead of phoning.>>

Everyone who had a check was given an easy read leaflet about constipation. People on the scheme and
their supporters were counselled by the pharmacist at every check. We did not hold patient focus
groups during the pilot. We plan to work with a local self-advocacy group on a second version of the
picture card.
"""),
        ("value", "VALUE FOR MONEY", """
Pharmacies are paid £12 for each completed check from an ICB pilot fund of £40,000. The clinic absorbed
the referrals within its existing capacity. An emergency admission with faecal impaction costs several
thousand pounds and can involve manual evacuation under sedation, which is distressing for the person.

Pharmacists also tell us that the scheme has given them a reason to get to know people on the
register and their supporters. For a group of patients who often have their medicines collected by
someone else, that relationship is valuable in its own right.
"""),
        ("spread", "SHARING AND SPREAD", """
The ICB has agreed to fund Gut Check for a further two years and extend it to people with severe mental
illness on antipsychotics. We presented the scheme at a national community pharmacy conference, and
two other LPCs have asked for our training pack and trigger list.

The trigger list has also been built into the pharmacy patient medication record systems used by most
of our members, so the prompt appears automatically when a qualifying prescription is labelled. This
was important to pharmacists, who told the LPC that anything relying on memory would not survive a busy
Monday morning.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1452  family carers able to raise the alarm when a relative is getting
#        worse in hospital - docx - results first - parent carers' forum
#        chair, passionate - patient group with acute trust and ICB - families
#        ('Family Experts', told in the context section) and staff involved -
#        subtle claim (SPC chart shift in words) - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1452", format="docx", layout="reordered", topic="ld_family_escalation_deterioration_hospital",
    project="independent91-iknowthem-1452", docx_font="Cambria",
    title="I Know Them Best: a way for families to raise the alarm when a relative with a learning disability is getting worse in hospital",
    cover=[
        "Lead: Penmorrow Parent Carers' Forum",
        "Partners: Penmorrow and District Hospitals NHS Trust; NHS Cornmoor Integrated Care Board",
        "Written by the Chair of Penmorrow Parent Carers' Forum",
    ],
    primary_entrant=dict(name="Penmorrow Parent Carers' Forum", type="patient_group"),
    partners=[
        dict(name="Penmorrow and District Hospitals NHS Trust", type="nhs_trust"),
        dict(name="NHS Cornmoor Integrated Care Board", type="icb"),
    ],
    sections=[
        ("evidence", "What has happened since", """
The 'I Know Them Best' call started on two medical wards in May 2023 and has been on every adult
inpatient ward since January 2024. A family member or paid carer who thinks their relative is getting
worse, and who feels they are not being listened to, can ring a number displayed above the bed. The
call goes to the critical care outreach team, who come to the ward within thirty minutes, review the
patient and talk to the family.

The hospital's patient safety team tracks unplanned admissions to intensive care of adults with a
learning disability on a statistical process control chart. <<Q:Since the call began, the chart has
shown a sustained shift downwards, with eleven months in a row below the previous average, which the
team told us is very unlikely to be chance.>> <<Q:Cardiac arrest calls on the wards for adults with a
learning disability went from nine in 2022 to three in 2024.>>

Families made 87 calls in the first year. In 31 of them the outreach team changed the person's
treatment on the spot, and in 6 the person was moved to a higher level of care.
"""),
        ("context", "Why we started", """
Our forum is run by parents and family carers of children and adults with a learning disability. We
are not clinicians. What we are is experts in our own sons, daughters, brothers and sisters, and far
too many of us have had the same experience: we have told a nurse or doctor that something is wrong,
that he is not himself, that she does not normally sleep like this, that this is how he looks when he
is in pain, and we have been reassured, patted on the arm and sent home. Sometimes we were right.

In 2021 one of our members lost her son, aged 29, in the local hospital. He had cerebral palsy and a
severe learning disability. She told the ward for two days that he was breathing differently and was
not himself. His observations were recorded as normal. He died of aspiration pneumonia and sepsis. The
hospital's own review, and the later learning from deaths review, both said his mother's concerns
should have been acted on.

We knew about national schemes that let patients and families call for a review. What we found was
that families of adults with a learning disability did not know about them, did not trust them, or
had been told they were for other patients. We wanted something that was clearly for us.

<<P:A group of seven forum members who call themselves the Family Experts met the hospital's director
of nursing later that year, and over the next nine months they wrote the call process with the
outreach team, chose the name and the wording on the poster, and sat on the group that decided which
wards would go first.>> <<P:They insisted that paid support workers should be able to make the call
too, because many adults we know have no family nearby.>>

From the beginning we were clear that this was not about blaming nurses. Ward staff are busy and
most of them are kind. But the warning signs in someone who cannot speak, or who has always had
unusual observations, are subtle, and the person who knows them best is often the only one who can
see them.

<<S:Critical care outreach nurses worked with the Family Experts to set the thirty-minute response and
agreed to call the family back afterwards, a step they added themselves after the first month.>>
<<S:Ward sisters on the pilot wards asked for the outreach team to tell the nurse in charge before
arriving, so that the ward team did not feel undermined, and that is now part of the process.>>
"""),
        ("stakeholders", "Who else took part", """
<<S:The ICB's learning disability and autism team chaired the steering group, and its LeDeR reviewers
checked the process against the themes from local deaths.>> <<P:Young adults with a learning disability
who are members of the hospital's service user panel looked at the poster and told us it needed a
picture of a phone and fewer words.>>

This has never felt like a hospital project that asked families for comments. It is our project, and
the hospital and the ICB are our partners in it.

The ICB has also helped by linking the call to the learning disability mortality review process. Each
quarter the outreach team's records of family calls are shared, anonymously, with the local reviewers,
so that if a person later dies the review can see whether a concern was raised and what happened.
"""),
        ("value", "Value", """
The call costs very little: a phone line, posters, and a small amount of outreach team time, about
three calls a week across the hospital. A stay in intensive care costs around £2,000 a day. More
importantly, families tell us that for the first time they feel they have a voice that counts, and
staff tell us they would rather hear a family's worry early than find out later that it was right.
"""),
        ("spread", "Spread", """
The ICB is funding the same call at the system's other acute hospital from 2025, and our Family Experts
will help to set it up. Other parent carers' forums in the region have asked us to speak at their
meetings.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1453  an online pre-health-check questionnaire for annual health checks -
#        pdf - numbered questions - PRIVATE digital health company as primary
#        entrant with a PCN and a council (ineligible) - product director,
#        marketing tone - self-advocates involved - NO staff involvement
#        (practices trained, clinical safety officer doing his job, a survey
#        that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1453", format="pdf", layout="numbered_questions", topic="ld_online_pre_health_check_questionnaire",
    project="independent91-readysetcheck-1453", pdf_font="DejaVuSans", pdf_align="L",
    title="ReadySetCheck: an accessible online questionnaire before learning disability annual health checks",
    cover=[
        "Primary entrant: Carebridge Digital Ltd",
        "Partners: Riverside Ormond Primary Care Network; Ormond City Council (Adult Social Care)",
        "Submitted by the Product Director, Carebridge Digital Ltd",
    ],
    primary_entrant=dict(name="Carebridge Digital Ltd", type="private"),
    partners=[
        dict(name="Riverside Ormond Primary Care Network", type="primary_care"),
        dict(name="Ormond City Council", type="local_authority"),
    ],
    sections=[
        ("context", "1. What was the problem and why did it need a partnership?", """
The annual health check for people with a learning disability is meant to start with a pre-check
questionnaire, completed by the person and someone who knows them well, so that the nurse or doctor
knows what to look for. In practice the paper questionnaire was often not sent, not returned, or filled
in on the spot in the waiting room by a support worker who did not know the person well. Important
information, such as a change in bowel habit, weight loss, new behaviour that might signal pain, or a
cough after meals, was missed.

Carebridge makes accessible digital forms for health and care. We worked with Riverside Ormond Primary
Care Network, whose eight practices carry out around 600 checks a year, and with Ormond City Council,
which commissions most of the supported living services in the area, to build an online version of the
questionnaire that could be completed at home, over several days, by the person and the people who
support them.

We were clear from the start that a digital form would not suit everyone. Some people do not have a
phone or do not want to use one, and paper versions remain available. What we wanted was to make it
much easier for the many people who do use phones and tablets, and for their families and supporters,
to give the practice a full picture before the appointment rather than in the waiting room.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
ReadySetCheck was launched in all eight practices in May 2023. Two weeks before a check, the person
receives a text with a link. The questionnaire uses large buttons, symbols and read-aloud audio, and
can be shared with a family member and a support provider, each of whom adds what they know. Any
answers suggesting a red flag, such as choking or coughing when eating, blood in stools, weight loss
or new seizures, are highlighted at the top of the summary that goes into the GP record before the
appointment.

<<Q:Pre-check questionnaires returned before the appointment rose from 22% under the paper system to
71% in the first full year of ReadySetCheck.>> Referrals for swallowing assessment arising from
health checks went up from 9 in 2022/23 to 26 in 2023/24, and referrals for bowel problems from 14 to
37, which we believe reflects problems being found earlier rather than more problems.

In 2023/24, 588 questionnaires were completed and 214 red flags were highlighted.

The average time taken to complete the questionnaire was 24 minutes, spread over two or three
sessions. Around one in five questionnaires had input from three people: the person, a family member
and a support worker.
"""),
        ("spread", "3. How has the work been shared or spread?", """
ReadySetCheck is now available to any practice using our platform, and 46 practices in three regions
have switched it on. We have presented the work at two national digital health events, and the council
has included a link to ReadySetCheck in its easy read guide to health checks.
"""),
        ("value", "4. What difference has it made, and is it value for money?", """
The PCN pays a licence fee of £3,600 a year for all eight practices, which replaces the cost of
printing and posting paper questionnaires. Health check appointments run more smoothly because the
nurse already knows what to focus on. Finding a swallowing problem or bowel disorder early may prevent
an admission with aspiration pneumonia or obstruction, which can cost many thousands of pounds and, for
people with a learning disability, too often ends in death.

Families also tell us they value being able to add their view even when they cannot attend the
appointment, for example because they live some distance away. Support providers can add information
from daily records, such as weight and bowel charts, rather than trying to remember it on the day.
"""),
        ("stakeholders", "5. Who was involved and how?", """
<<P:We held six co-design sessions with members of Ormond People First, a self-advocacy group, who
tested every screen on tablets and phones and made us add the read-aloud button and remove a progress
bar that some found stressful.>> <<P:Two members who have epilepsy asked for a separate page for
seizures, which is now in the questionnaire.>> <<P:Parents from a carers' group tried the sharing
feature and asked that a family member be able to add comments without seeing the support provider's
answers, and we built that.>>

All practice teams in the PCN were trained in how to send the link and read the summary. Our clinical
safety officer completed the hazard log as required by the national standard. We sent a short survey
to practice nurses after six months; they were happy with the product and no changes were needed. We
intend to set up a clinical user group in the next year.

The council's commissioning team included information about ReadySetCheck in its quarterly bulletin
to supported living providers, and the PCN mentioned it in its newsletter for patients.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1454  a 'known aspiration risk' note for 999 crews attending adults with a
#        learning disability - docx - lists - ambulance service consultant
#        paramedic, practical - ambulance service with community LD teams and a
#        self-advocacy charity - patients and staff involved (list items) - no
#        flags
# ---------------------------------------------------------------------------
entry(
    id="I1454", format="docx", layout="bullet_lists", topic="ld_ambulance_aspiration_risk_note",
    project="independent91-knownrisk-1454", docx_font="Arial",
    title="Known Risk: helping 999 crews recognise aspiration in adults with a learning disability",
    cover=[
        "Lead organisation: North Marches Ambulance Service NHS Trust",
        "Partners: Marches Community and Mental Health NHS Trust (Community Learning Disability Teams); Marches Community Care NHS Trust; Talking Together Marches (self-advocacy charity)",
        "Contact: Consultant Paramedic for Vulnerable Adults",
    ],
    primary_entrant=dict(name="North Marches Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Marches Community and Mental Health NHS Trust", type="nhs_trust"),
        dict(name="Marches Community Care NHS Trust", type="nhs_trust"),
        dict(name="Talking Together Marches", type="charity"),
    ],
    sections=[
        ("context", "Why we did this", """
When an ambulance crew is called to an adult with a learning disability who is breathless, feverish
or 'just not right', they usually have no background. They do not know that this person has a known
swallowing problem and has had three chest infections this year, or that the person's 'normal' oxygen
level is lower than most people's, or that the quiet, drowsy presentation in front of them is very
unusual for someone who is normally loud and busy.

Looking at our own incident reviews and the local learning from deaths reports, we found:

- adults with a learning disability and a known risk of aspiration were sometimes left at home after a 999 call with advice to see their GP, and readmitted within days with pneumonia

- crews sometimes gave oral fluids or medicines to people who should have had nothing by mouth

- handovers at the emergency department did not mention the aspiration risk, so the person was not prioritised

- community learning disability teams held the information but had no way of getting it to the crew

- the same few people were being called about again and again, often by support workers who were worried but could not explain why

It was clear that the ambulance service could not fix this by itself.

Crews are often working under great pressure, with long waits at hospitals and calls stacking up.
Faced with a person who looks reasonably well and a support worker who is not sure what is normal for
them, leaving the person at home with advice can seem like a safe decision. Without background, it is
very hard to know otherwise. The knowledge sat with the
community teams and with the people who knew the person best. What the ambulance service could offer
was a way of putting that knowledge in front of a crew at the moment it was needed.
"""),
        ("evidence", "What has changed", """
Since October 2023:

- community learning disability teams in both community trusts add a 'known aspiration risk' note to the ambulance service's special patient notes for anyone on their caseload with a recorded swallowing difficulty, with consent

- the note shows on the crew's tablet when they are sent to the address, with the person's usual oxygen level, eating and drinking plan and a contact number

- crews follow a simple prompt: nothing by mouth, sit upright, check against the usual oxygen level, and a low threshold for taking the person to hospital or getting a senior clinician's advice

Results:

- 1,106 notes are now live

- <<Q:people with a note who were left at home after a 999 call and then admitted with a chest infection within seven days fell from 23 in the year before to 8 in the year after>>

- <<Q:the proportion of handovers at the emergency department that mentioned aspiration risk for these patients went from about one in five to nearly nine in ten, from an audit of handover recordings>>

- <<Q:average time from the 999 call to arrival at hospital for people with a note who were conveyed with suspected pneumonia dropped from 2 hours 40 minutes to 1 hour 55 minutes>>
"""),
        ("stakeholders", "Who took part", """
- <<S:paramedics and emergency care assistants from four stations sat with learning disability nurses to agree what the note should say, and they asked for the usual oxygen level to be at the top because that is what they check first>>

- <<S:clinical navigators in our control room tested the note with dummy calls and found that long notes were cut off on the tablet, so the note was shortened to six lines>>

- <<S:speech and language therapists in the community teams wrote the eating and drinking summaries specially for crews>>

- <<P:self-advocates from Talking Together Marches recorded a short video for crews, speaking about what it is like to be helped by strangers when you are unwell, and they chose to include the message 'please talk to me, not just my carer'>>

- <<P:a man who has had several chest infections, and his support worker, let us film how his usual breathing sounds, and that clip is now part of crew training>>
"""),
        ("value", "Value", """
- the notes are added using our existing special patient notes system, at no extra cost

- each avoided readmission with pneumonia saves several days of hospital care

- crews say it gives them confidence to take someone in when their instincts tell them to, rather than leave them at home
"""),
        ("spread", "Spread", """
- the approach has been presented to the national ambulance service learning disability leads' group

- we are working with the GP federation to let practices add the note after an annual health check

- the special patient note has been added to our clinical guidelines app, so that crews can read the background to it on any shift

- two other ambulance trusts have asked for our note template

- the community teams review each note at least once a year, and whenever the person's eating and drinking plan changes, so that crews are not working from out-of-date information
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1455  reasonable adjustments for scans under sedation or general
#        anaesthetic - pdf - with appendix - acute trust imaging service
#        manager, careful - acute trust with community LD team, a GP federation
#        and a parents' group - patients and staff involved - NO value
#        section - NO quantitative evidence (counts, a single figure, a target,
#        a zero with no earlier figure)
# ---------------------------------------------------------------------------
entry(
    id="I1455", format="pdf", layout="with_appendix", topic="ld_scans_under_sedation_adjustments",
    project="independent91-onevisit-1455", pdf_font="LiberationSerif", pdf_align="L",
    title="One Visit, Everything Done: planned scans under sedation or anaesthetic for adults with a learning disability",
    cover=[
        "Lead entrant: Ellerby Teaching Hospitals NHS Foundation Trust, Imaging Directorate",
        "Partners: Ellerby Community Health NHS Trust (Community Learning Disability Team); South Ellerby GP Federation; Ellerby Families Together (parents' and carers' group)",
        "Prepared by the Imaging Service Manager",
    ],
    primary_entrant=dict(name="Ellerby Teaching Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Ellerby Community Health NHS Trust", type="nhs_trust"),
        dict(name="South Ellerby GP Federation", type="primary_care"),
        dict(name="Ellerby Families Together", type="patient_group"),
    ],
    sections=[
        ("context", "The problem and why we needed partners", """
Some adults with a learning disability cannot tolerate a CT or MRI scan while awake. They may not be
able to lie still, may be terrified of the noise or the tunnel, or may not understand what is happening.
For years our department's answer was to book the scan, and if the person could not manage it, to send
them away with a letter back to the referrer. Some people were booked and sent home three or four
times. Others were never referred at all, because GPs knew what would happen.

The consequences showed up in our area's reviews of deaths. A woman with Down's syndrome and worsening
abdominal pain had two failed CT attempts before a bowel cancer was found, by then too late for
surgery. A man with a history of aspiration had a chest scan cancelled twice and died of an empyema.
In both cases the reviewers asked why the scan had not been planned under sedation or anaesthetic from
the start, and why blood tests, dental checks and other procedures the person needed had not been done
at the same time.

The imaging department could not solve this on its own.

Doing everything under one anaesthetic also has a safety benefit of its own. Every general
anaesthetic carries some risk, especially for people with swallowing difficulties, and a person who
needs a scan, a dental examination and a blood test should not have to go through three separate
episodes of sedation, with three separate periods of fasting, to get them. We needed the community learning disability
team, who know the person and can prepare them; the GP federation, whose practices refer most of these
patients; and families, who know what helps.
"""),
        ("evidence", "What we have done and what has happened", """
Since March 2023 any referral for a scan for an adult on the learning disability register goes to a
weekly 'one visit' planning meeting of a radiographer, an anaesthetist, a learning disability liaison
nurse and the community team. They decide whether the person can be scanned awake with adjustments,
with light sedation, or under general anaesthetic, and what else can be done in the same visit: bloods,
dental examination, ear wax removal, vaccinations, cervical screening or a swallowing assessment. A
best interests meeting is held where the person cannot consent.

In the first eighteen months, 134 people were discussed at the planning meeting. 61 had a scan under
general anaesthetic and 38 under sedation; 35 were scanned awake after a desensitisation visit. In
total 212 additional procedures were done during the same visits. There have been no scans cancelled
on the day because the person could not tolerate them since June 2023. Our target is for every
eligible referral to be discussed within ten working days.
"""),
        ("stakeholders", "Who was involved and how", """
<<P:Parents and carers from Ellerby Families Together walked through the department with us on two
evenings, pointing out everything that would frighten their sons and daughters, and they asked for a
side entrance and a waiting room with a door, both of which we have provided.>> <<P:One mother, whose
son had been sent away three times, helped write the best interests meeting guide and sat in on the
first few meetings as an observer with the family's consent.>> <<P:A self-advocate recorded the
photo story of a visit that is now sent to everyone before their appointment, after telling us that
the original photos showed staff in masks and made it look scary.>>

<<S:Radiographers and anaesthetists agreed the sedation protocol together after the anaesthetists
raised concerns about aspiration risk in people with swallowing difficulties, and those people are
now always scanned under a full anaesthetic with airway protection.>> <<S:Community learning disability
nurses developed the desensitisation visits and changed them from one long visit to two short ones
after the first people found it too much.>> <<S:GP federation practices tested a new referral question,
'does this person need adjustments or sedation for imaging?', and suggested it be made mandatory, which
it now is.>>
"""),
        ("spread", "Sharing and spreading", """
The planning meeting has been extended to endoscopy from 2024. We have presented it to the regional
imaging network, and two other trusts have visited. The GP federation has added the referral question
to all its practices' templates.

We have learned that the planning meeting is the key part of the model. Before it existed, the
expertise needed was spread across four teams in two organisations, and nobody was responsible for
bringing it together. The meeting takes about an hour a week and has changed how each of us works.
Radiographers say they now understand why a person might arrive distressed, anaesthetists say they get
better information before the day, and the community team say they finally have a way of getting the
investigations their patients need.
"""),
    ],
    trailer=[
        ("heading", "Appendix: terms and sources"),
        ("para", "Desensitisation visit: one or more short visits to the scanner room before the scan, with a familiar supporter, to reduce fear. Best interests meeting: a meeting held under the Mental Capacity Act 2005 when a person lacks capacity to make a decision."),
        ("para", "Figures on referrals, planning meetings, procedures and cancellations are taken from the imaging department's records and the learning disability liaison team's database, March 2023 to August 2024."),
        ("para", "Contact: Imaging Service Manager, Ellerby Teaching Hospitals NHS Foundation Trust, Lowgate Road, Ellerby EL4 2PX."),
    ],
    flags=[
        dict(code="missing_section", criterion="value"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1456  annual health checks for people placed in care homes outside their
#        home area - docx - style headings - short - county council
#        commissioning manager, plain - council with two ICBs - staff involved -
#        NO patient involvement (residents as beneficiaries, families sent
#        letters, a plan) - NO quantitative evidence (counts, a single figure)
# ---------------------------------------------------------------------------
entry(
    id="I1456", format="docx", layout="style_headings", topic="ld_out_of_area_placements_health_checks",
    project="independent91-nooneleftout-1456", docx_font="Calibri",
    title="No One Left Out: annual health checks for people with a learning disability placed outside the county",
    cover=[
        "Lead: Wealdhurst County Council, Learning Disability Commissioning",
        "Partners: NHS Wealdhurst Integrated Care Board; NHS Dunford and Seaborne Integrated Care Board",
        "Author: Senior Commissioning Manager",
    ],
    primary_entrant=dict(name="Wealdhurst County Council", type="local_authority"),
    partners=[
        dict(name="NHS Wealdhurst Integrated Care Board", type="icb"),
        dict(name="NHS Dunford and Seaborne Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "The problem", """
Wealdhurst County Council funds the care of 143 adults with a learning disability who live in
residential care homes outside the county, many of them in the neighbouring Dunford and Seaborne area.
They are registered with GP practices near their care home, which may not know who is responsible for
them, and they often fall off the local learning disability register when they move. Our social
workers review their care once a year, but nobody was checking whether they had had an annual health
check.

After a resident placed out of county died of an undiagnosed bowel obstruction in 2022, we found that
he had not had a health check for four years. We then checked everyone else we fund out of county.

Our social workers were not health professionals and had never been asked to look at health checks.
The ICBs did not know which people had been placed in their area by another council. The practices had
no idea that a resident was funded from elsewhere or who to contact about them.
"""),
        ("evidence", "What has changed", """
Since April 2023 our social workers ask about the health check at every annual review and record the
date. If there has not been a check in the last year, the council's commissioning team contacts the
ICB for the area where the person lives, whose learning disability team contacts the practice. The two
ICBs have agreed to share, every quarter, a list of people placed by the other ICB's councils.

Where a person has not had a check, the ICB's learning disability nurse asks the practice to offer
one within three months and to share the health action plan with the council, so that the social
worker can follow it up at the next review. Care homes are asked to bring the plan to the review
meeting.

In 2023/24, 129 of the 143 people had a check recorded, and 61 people were added to their practice's
learning disability register who had been missing from it. 37 health action plans were sent to the
council. The Dunford and Seaborne ICB reported that the shared list contained 410 names from six
councils.
"""),
        ("stakeholders", "Who was involved", """
<<S:Our social workers suggested the health check question and rewrote the review form so that it asks
for the date of the last check rather than a yes or no.>> <<S:Learning disability nurses at both ICBs
agreed the process for contacting practices and changed it after finding that practices responded
faster to a call than to an email.>>

The people placed out of county are the ones who benefit. Families were sent a letter explaining the
change. We hope to hear directly from residents next year.
"""),
        ("value", "Value", """
The work uses existing staff time. One avoided emergency admission, or one cancer found early, easily
justifies it.

The main cost is a few minutes at each annual review and a short call from the ICB nurse to the
practice. It has also given our social workers a clearer view of each person's health, which helps
them plan care and spot when a placement is no longer meeting a person's needs. Care homes have been
supportive, and several have started keeping the date of the last check on the front of the care
plan.
"""),
        ("spread", "Spread", """
We have shared the process with the regional association of directors of adult social services, and
two other councils have adopted it.

We are also asking the ICBs to extend the quarterly list to people placed in supported living and
shared lives arrangements out of county, who face many of the same risks but are harder to find.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)
