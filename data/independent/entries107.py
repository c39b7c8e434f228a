"""One-hundred-and-seventh independent evaluation set (I1697..I1712) for the HSJ 'Best
Partnership Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing mental health trusts, councils'
approved mental health professional services, police forces, ambulance services, crisis
charities, GP federations, ICBs, universities and the odd private company send in, in
their own voices and at their own length.  The theme of this set is mental health wards
and crisis care: restraint reduction, physical health on wards, crisis houses, early
intervention in psychosis, section 136 and places of safety, and families of people
detained.

Topics, with the lead's type and the layout:
  I1697 reducing face-down restraint on adult acute wards with the police and a peer
        support charity (nhs_trust, mental health; docx rubric_headings);
  I1698 spotting physical deterioration on mental health wards with the acute trust's
        outreach team (nhs_trust, mental health; pdf own_headings);
  I1699 a crisis house as an alternative to admission (charity; docx no_headings);
  I1700 heart and metabolic health checks for young people in early intervention in
        psychosis (primary_care, GP federation; pdf caps_headings);
  I1701 conveying people detained under section 136 (private secure transport company as
        primary entrant; pdf form_table);
  I1702 telling families when a relative is detained under the Mental Health Act
        (local_authority, AMHP service; docx bold_headings with a cover table);
  I1703 long waits for a place of safety in the emergency department (icb; docx
        reordered, no spread section);
  I1704 physical observations after rapid tranquillisation (university; pdf
        style_headings made from Word via soffice);
  I1705 out-of-hours medical reviews of people in seclusion (departments of one trust,
        no partner; pdf numbered_questions);
  I1706 a mental health response car for 999 calls (emergency_service, ambulance; pdf
        two_column);
  I1707 clozapine and constipation on inpatient wards (nhs_trust, mental health
        pharmacy; docx style_headings);
  I1708 families' visits and contact on wards for people detained far from home
        (charity, carers' charity; pdf with_appendix);
  I1709 contact-free vital signs monitoring in ward bedrooms (private technology company
        as primary entrant; docx bullet_lists);
  I1710 first-episode psychosis in university students missed between services
        (nhs_trust, early intervention team; pdf bullet_lists);
  I1711 police called to incidents on mental health wards (emergency_service, police;
        docx numbered_questions);
  I1712 choking risk on older people's mental health wards (nhs_trust, mental health;
        docx form_table, short, no evidence section).

Build it with

    .venv/bin/python data/independent/build.py --set 107   (writes data/corpus/independent107/)

Mark-up used inside section bodies (stripped before rendering):
  <<Q:sentence>>   quantitative claim (a measured change in an outcome: a baseline and an
                   after value, or a stated change such as 'halved' or 'a third fewer')
  <<P:sentence>>   patient / carer / family / service-user / lived-experience involvement
                   (in this set also 'guests', 'experts by experience', relatives and
                   nearest relatives)
  <<S:sentence>>   staff involvement (any staff group, including partners' staff, who
                   co-designed, tested, were consulted, governed the work or gave feedback
                   that changed it)
  (letters combine, e.g. <<PS:...>>)
Paragraphs are separated by a blank line; line breaks inside a paragraph are joined with
a single space.  A paragraph starting with "- " is a bullet item.

Labelling conventions (as in entries29.py and entries31.py):
  * not Q: dates, financial years, bed/ward/suite/house counts, headcounts, numbers
    trained, activity counts (stays, calls, referrals, checks, conveyances, people
    screened or identified), single figures with no baseline, a zero with no earlier
    figure, figures that did not change, budgets, costs and savings estimates, phone
    numbers, reference numbers, targets not yet reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    ('halved', 'a third fewer', a sustained shift on an SPC chart);
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

Organisation types follow the earlier sets (ambulance and police services are
emergency_service; mental health and community trusts are nhs_trust; GP federations and
local pharmaceutical committees are primary_care; crisis, carers' and peer support
charities are charity; a university is university; secure transport and health
technology companies are private).  A department or team of the entrant's own
organisation is not a partner.  Flags are written by hand and build.py cross-checks them
against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1697  face-down restraint on adult acute wards - docx - rubric headings -
#        head of nursing, reflective - mental health trust with the police and
#        a peer support charity - patients (as 'experts by experience'), peer
#        workers and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1697", format="docx", layout="rubric_headings", topic="prone_restraint_reduction_acute_wards",
    project="independent107-faceup-1697", docx_font="Calibri",
    title="Face Up: ending planned face-down restraint on our adult acute wards",
    cover=[
        "Lead organisation: Calderwick and Stourmere Mental Health NHS Foundation Trust",
        "Partners: Stourmere Constabulary; Open Door Peer Network (registered charity)",
        "Submitted by the Head of Nursing, Adult Acute Inpatient Services",
    ],
    primary_entrant=dict(name="Calderwick and Stourmere Mental Health NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Stourmere Constabulary", type="emergency_service"),
        dict(name="Open Door Peer Network", type="charity"),
    ],
    sections=[
        ("context", "Context: what was the safety problem?", """
We run six adult acute wards across two sites, with 118 beds between them. Almost everyone admitted is
very unwell, many are detained, and a good number arrive with the police. Restraint happens on our wards
every week. Some of it is unavoidable. Much of it, when we looked honestly, was not.

The part that worried us most was prone restraint, where a person is held face down on the floor. It is
the position most associated with deaths in restraint, it is frightening and humiliating for the person
and it is often where injuries to staff happen too. National guidance has said for years that it should be
avoided. Our own data showed that it was not avoided. Prone holds were used most often to give an
injection for rapid tranquillisation, and most often on the admission ward in the first three days of a
stay, frequently within hours of the person being brought in by police officers who had already restrained
them on the way.

In 2022 a young man admitted from a police cell was held prone for just under eleven minutes while an
injection was given. He was not physically harmed, but he described it afterwards, in a complaint written
with an advocate, as the worst thing that had ever happened to him. He said he thought he was going to die.
That letter was read out at our trust board and it was the start of this work.

We could not do this on our own for two reasons. First, a lot of the restraint began before the person
reached us, in a police van or at the ward door, and the handover between officers and nurses was often the
most dangerous moment. Second, we knew our staff would not change what they had been doing for years on the
say-so of managers. It needed the voice of people who had been restrained.

There was also a cultural problem that we had to be honest about. Prone restraint had become, on some wards, the
way things were done. Newer staff learnt it from older staff. The restraint training we bought in taught supine
holds, but on the ward, in a crowded corridor with a frightened person and a syringe drawn up, people fell back on
what they had seen work before. Nobody set out to frighten or hurt anyone, and many of our most experienced nurses
were as uncomfortable with it as anyone. What was missing was a shared, practical alternative that worked in the
moment, and permission to use it.

Finally, we had to recognise who was being restrained. Our data showed that young Black men were far more likely
than anyone else to be held face down on our wards, as they were more likely to arrive with the police. Any plan
that did not address what happened before admission would not address that inequality.
"""),
        ("evidence", "Evidence: what has improved?", """
Face Up began on the admission ward in April 2023 and was on all six wards by the end of that year. It has
four parts: a joint handover at the ward door between officers and the nurse in charge, with a rule that the
person is never carried in face down; supine and seated techniques for giving an injection, taught in our
own training; a debrief with every person after any restraint, offered by a peer worker; and a monthly
review of every prone hold by a panel that includes a police sergeant and a peer worker.

<<Q:Prone restraint across the six wards fell from 31 episodes a month on average in 2022 to 9 a month in
the last six months of 2024.>> <<Q:On the admission ward, where we started, it has more than halved and our
run chart shows a sustained shift from the middle of 2023.>> <<Q:The average length of a prone hold, when one
does happen, has come down from just over six minutes to under two minutes, because staff now turn the
person as soon as it is safe.>>

Restraint overall has gone down too, though less than we hoped. <<Q:All restraint episodes fell by about a
fifth over the same period.>> <<Q:Injuries to staff during restraint, reported through our incident system,
went from 47 in 2022 to 29 in 2024.>>

Since April 2023 we have also offered 612 debriefs after restraint, of which 341 were taken up. We are not
claiming those figures as an outcome, but they are the first time we have ever asked every person how it
was for them.

We have also looked at who is restrained. The gap between young Black men and other patients is still there, and
we are reporting this to the trust board every quarter.
"""),
        ("stakeholders", "Stakeholders: who was involved and how?", """
<<P:The design group included four experts by experience, people who had themselves been restrained on our
wards in the previous five years, and it was their account of what being held face down felt like that
persuaded the nurses in the room.>> <<P:They rewrote the debrief questions, which we had drafted in the
language of incident forms, so that the first question is now 'Are you all right?'.>>

<<PS:Two peer workers from Open Door, both with their own experience of detention, co-led the training
sessions with our restraint trainers and still sit on the monthly review panel.>>

<<S:Nurses and healthcare assistants from the admission ward spent six weeks practising the supine and
seated techniques in the training suite, told us which ones did not work with a person who was fighting, and
we dropped two of them as a result.>> <<S:Response officers and custody sergeants from Stourmere Constabulary
worked with our ward managers on the joint handover checklist and asked for a single phone number to ring
from the van, which now rings the nurse in charge directly.>> <<S:Our consultant psychiatrists and ward
pharmacists changed the rapid tranquillisation guidance so that oral medicine is always offered first and
the injection site can be the upper arm, which does not need the person to be face down.>>

The trust board, the local police and crime commissioner and our commissioners have all been kept updated.
"""),
        ("value", "Value: what difference has it made and at what cost?", """
The main cost was staff time for training, around two days per member of ward staff, which we fitted into
the existing mandatory training budget by replacing an older course. The peer workers' time on the panel and
in debriefs is paid through our contract with Open Door, at about £38,000 a year. Fewer injuries to staff
mean fewer days lost to sickness, and our occupational health team has seen fewer referrals after
restraint.

The value we care about most is harder to count. People who are restrained now hear someone ask them,
within a day, how it was and what we could have done differently. Several have told us that this was the
first time anyone in a hospital had said sorry to them.
"""),
        ("spread", "Spread: how is the learning being shared?", """
Our older adult and learning disability wards are starting Face Up in 2025. The joint handover checklist
has been adopted by the neighbouring police force, which takes people to two other mental health trusts, and
we have presented the work at the regional restrictive practice network. The peer-led debrief has been
written up with Open Door as a short guide that any ward could use.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1698  physical deterioration on mental health wards - pdf - own headings -
#        consultant nurse for physical health, clinical - mental health trust
#        with the acute trust's critical care outreach team and the ambulance
#        service - staff involved - NO patient involvement (patients as
#        beneficiaries, a patient survey that changed nothing, leaflets,
#        a plan to involve people, a negation)
# ---------------------------------------------------------------------------
entry(
    id="I1698", format="pdf", layout="own_headings", topic="physical_deterioration_mental_health_wards_outreach",
    project="independent107-bodyandmind-1698", pdf_font="LiberationSans", pdf_align="L",
    title="Body and Mind: recognising and responding to physical deterioration on mental health wards",
    cover=[
        "Lead: Kelsby and Ottersham Partnership NHS Trust (mental health and learning disability services)",
        "Working with: Kelsby General Hospitals NHS Trust (Critical Care Outreach Team) and Western Counties Ambulance Service NHS Trust",
        "Author: Consultant Nurse, Physical Health in Mental Health Settings",
    ],
    primary_entrant=dict(name="Kelsby and Ottersham Partnership NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Kelsby General Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Western Counties Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "The problem we set out to solve", """
People on mental health wards die younger than the rest of the population, mostly of physical illness. While
they are with us they can become physically unwell in the same way as anyone else, with sepsis, pneumonia,
a pulmonary embolism or diabetic ketoacidosis, and some of our treatments add risks of their own. Yet our
wards are a long way from an acute hospital, we have no resident doctor at night, and most of our nurses
trained in mental health and see a deteriorating patient only a few times a year.

Our two inpatient units, Ottersham Lodge and the Marrow Street Centre, have 142 beds. Both had used the
national early warning score since 2019, but a review of serious incidents in 2021 found a familiar
pattern: observations were done, the score was rising, and nothing happened, or the response was a phone
call to a junior doctor who was covering three sites. In two cases a patient was transferred to the
emergency department by ambulance many hours after the first high score. One of them, a woman in her
fifties with schizophrenia and diabetes, died of sepsis the day after transfer.

Our nurses told us they did not feel confident to call 999 from a psychiatric ward in case they were wrong,
and the ambulance service told us that when they did arrive, they often had no idea what had happened or
what medicines the person was on. The acute trust's critical care outreach team had the skills we lacked but
had never been asked to support a hospital that was not their own.

We also knew that many of our patients find physical observations difficult. Some are paranoid about equipment,
some are too unwell to sit still, and some refuse because of past experiences of being held down. A high score on a
mental health ward is often recorded as 'patient declined' or 'patient agitated', and it is easy for that to become
a reason to do nothing. Any system we built had to work for a patient who might not want to be examined at all,
and for a nurse who might have to make a decision from the doorway.
"""),
        ("evidence", "What the data show", """
Since June 2022 any score of 5 or more on our wards, or any nurse who is worried, triggers a video call to the
outreach team at Kelsby General, who can see the patient, look at the observation chart on screen and advise
within 30 minutes. If the patient needs to go to hospital, the outreach nurse rings the ambulance clinical
hub directly, and a one-page transfer summary goes with the patient.

<<Q:The median time from the first score of 5 or more to a senior clinical review fell from 3 hours 40 minutes
in the 18 months before the partnership to 42 minutes in the 18 months after.>> <<Q:Unplanned transfers to the
emergency department where the patient was admitted to intensive care went down from 11 to 4 over the same
periods.>> <<Q:Audits of observation charts showed that the proportion of high scores with a documented
escalation rose from 54% to 93%.>>

The outreach team has taken 486 video calls from our wards. <<Q:We have had no deaths from sepsis on the wards
since the scheme started; there had been one in each of the two years before.>>
"""),
        ("stakeholders", "Working together", """
<<S:Ward nurses from both units tested the video call on tablets in the treatment room for two months, found
that the camera could not see the monitor and the patient at the same time, and we moved to a trolley-mounted
screen at their suggestion.>> <<S:Critical care outreach nurses visited every ward, and after seeing the
layout they rewrote their advice cards so that they refer to the equipment our wards actually have.>>
<<S:Paramedics and clinical hub staff from the ambulance service helped us design the transfer summary, and
they asked for the patient's legal status and any risk of absconding to be on the front page, which it now
is.>> <<S:Our junior doctors, who had felt unsupported at night, agreed the escalation flowchart with the
outreach consultants.>>

Patients on the wards benefit from quicker reviews, and every patient is given a leaflet on admission that
explains why we do observations. We ran a short survey of inpatients about having their observations taken,
and as most said they were happy with how it was done we did not change the process. We did not set up a
patient panel for this work, because the changes were mainly to how staff communicate with each other. We
plan to involve the trust's service user council when we review the leaflet next year.
"""),
        ("value", "Value for money", """
The outreach team's time is paid for through a service agreement of £46,000 a year, which covers about 0.8 of
a senior nurse post. The tablets and trolleys cost £7,200. An intensive care bed day costs well over £2,000,
and the transfers we now avoid, or make earlier, are far less costly than late transfers of a patient who
has become critically ill.

Our nurses say they feel less alone at night. The outreach nurses say they have learnt a great deal about
mental health wards, and two of them now teach on our physical health induction.
"""),
        ("spread", "Spreading the approach", """
We have shared the video call model with two other mental health trusts in the region, one of which now has
a similar arrangement with its local acute hospital. The ambulance service is using our transfer summary as
the template for all calls from mental health units in its area. We presented the work at the national
physical health in mental health nursing forum in 2024.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1699  a crisis house as an alternative to admission - docx - no headings -
#        charity manager, warm, first person plural - crisis charity with the
#        trust's crisis resolution team and the council - guests and staff
#        involved - NO quantitative evidence (stays, referrals, a single
#        figure, a target, a survey with no baseline)
# ---------------------------------------------------------------------------
entry(
    id="I1699", format="docx", layout="no_headings", topic="crisis_house_alternative_to_admission",
    project="independent107-thelanterns-1699", docx_font="Georgia",
    title="The Lanterns: a crisis house for people who would otherwise be admitted",
    cover=[
        "Ambervale Mind and Wellbeing (registered charity) in partnership with Ambervale Mental Health NHS Trust (Crisis Resolution and Home Treatment Team) and Ambervale City Council",
        "Written by the manager of The Lanterns",
    ],
    primary_entrant=dict(name="Ambervale Mind and Wellbeing", type="charity"),
    partners=[
        dict(name="Ambervale Mental Health NHS Trust", type="nhs_trust"),
        dict(name="Ambervale City Council", type="local_authority"),
    ],
    sections=[
        ("context", None, """
The Lanterns is an ordinary terraced house on a quiet street near the centre of Ambervale. From the outside
you would not know it was anything other than a family home. Inside there are five bedrooms, a kitchen where
people cook together, a garden with a bench that everybody ends up sitting on, and staff on duty around the
clock. People in a mental health crisis can stay with us for up to seven nights instead of going into a
hospital ward. We call the people who stay 'guests', because that is what they are.

We opened The Lanterns because the wards in Ambervale were full most nights, and people in crisis were
being sent to hospitals more than a hundred miles away, or were waiting for hours in the emergency department,
or were being admitted to a ward when what they really needed was a few nights somewhere safe, calm and
away from whatever had pushed them over the edge. Admission to an acute ward is not without harm. People lose
touch with family and friends, they can be exposed to violence or restraint, and for some it is the start of
a long period in services. Several people who had been admitted told us that the ward had frightened them
more than their own thoughts.

We are not a hospital and we do not pretend to be. Every guest is referred by the crisis resolution and
home treatment team, who keep clinical responsibility, visit daily and manage medicines. Our staff are
support workers, many with their own experience of crisis, and they are there to listen, to keep people safe,
and to help them work out what happens next. The council's housing and adult social care teams come to the
house when a guest's crisis is tied up with losing a home, debt or a relationship ending, which is often.

Safety was the thing everybody worried about before we opened, including us. What if someone tried to end
their life in the house? What if a guest became violent? What if the crisis team and the charity each
thought the other was responsible? We spent most of the first year of planning on those questions.

The answers we reached were practical. Before anyone comes to stay, the crisis team and one of our staff talk
through the referral together on the phone, and the person visits the house, even briefly, so that they can decide
whether it is for them. Nobody is ever admitted to The Lanterns against their will, and nobody is detained there:
guests can go out for a walk, see friends or go to work. Every guest has a safety plan written on the first evening
in their own words, with the things that help them, the things that make it worse and who to call. Bedrooms are
designed to reduce ligature risk without looking like a hospital, and staff check in with each guest at times that
are agreed with them rather than on a fixed timetable.

If a guest becomes more unwell, our staff phone the crisis team, who will visit within two hours, or sooner if
needed. If there is an immediate risk to life, we call 999 like any household would. We agreed from the start that
the crisis team would never simply tell us to 'keep an eye' on someone over the phone. If our staff are worried
enough to call, a clinician comes.

A typical night in the house might include a young man who has been sleeping in his car since his relationship
ended, a woman in her sixties whose husband died in the spring and who has stopped eating, and a student who
was found on a bridge two nights earlier. They will eat together if they want to, watch something terrible on
television, and sit in the garden long after they should be in bed. By the end of the week, most of them will have
a plan, a next appointment, and somewhere to go.
"""),
        ("stakeholders", None, """
<<P:The house was designed with people who had been in crisis in Ambervale: a group of eleven of them met
with us over six months, chose the house from three that we had viewed, and asked for the bedrooms to have
locks on the inside that staff can open, which is what we fitted.>> <<P:They wrote our welcome pack, and it
was their idea that every guest is met at the door by someone who will stay with them for the first hour.>>

<<P:Guests are asked on the morning they leave what would have made their stay safer, and it was former
guests who told us that the nights were the hardest time, so we now have two staff awake at night rather than
one waking and one sleeping.>>

<<S:Crisis team nurses and our support workers wrote the joint safety plan together in a series of
workshops, and the nurses asked for a shared handover at 9am every day in the house kitchen, which we have
kept.>> <<S:Our support workers told us that the original exclusion criteria shut out people who had been
drinking, who were often the ones most at risk, and the steering group changed them after a three-month
review.>> <<S:The council's housing officers suggested holding a surgery in the house every Tuesday, so that
guests do not have to go into the council offices while they are still in crisis.>>
"""),
        ("evidence", None, """
The Lanterns opened on 3 October 2022. Since then we have had 1,046 stays. The average stay is five nights
and the house is full on most nights of the year. Referrals come from the crisis team seven days a week, and
in 2024 we received 1,312 referrals, so we are turning some people away.

The crisis team tells us that for most guests the only alternative would have been admission. We have had no
deaths in the house. There have been 14 incidents that needed an ambulance and 3 where we called the police.
Every one of them was reviewed jointly with the trust.

Our target is that at least 85% of guests go home or to a settled place rather than onto a ward. We are not
there yet and we are working on it.

In a survey of 212 guests who left in 2024, 94% said they felt safe during their stay and 89% said they would
come back if they needed to. We have not yet been able to compare readmissions for guests with people
admitted to the wards; the trust's information team has agreed to do this in 2025.
"""),
        ("value", None, """
A night at The Lanterns costs around £260, including staff, the house and the crisis team's time. A night on
an acute ward in Ambervale costs the trust more than £500, and a night in an out-of-area bed much more than
that. The house is funded jointly by the integrated care board and the council for three years.

What matters most to us is what guests say. One woman wrote in our book, 'I came here thinking my life was
over. I'm going home to my kids.'
"""),
        ("spread", None, """
We have shown the house to teams from four other areas, and one neighbouring trust is opening a crisis house
with a local charity this year, using our joint safety plan as its starting point. We have written up the
plan and the referral criteria and will share them with anyone who asks.

The thing we would say to anyone thinking of doing this is that the house is the easy part. The hard part is the
trust between a charity and an NHS crisis team, each of which had different ideas about risk, and that trust was
built slowly, over many cups of tea in that kitchen, and through every incident that we reviewed together without
looking for someone to blame.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1700  heart and metabolic checks for young people in early intervention in
#        psychosis - pdf - caps headings - GP federation clinical lead, brisk -
#        GP federation with the mental health trust's EIP service and a young
#        people's charity - young people involved - NO staff involvement
#        (practice nurses trained, GPs sent a template, one named lead doing
#        her job, a negation, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1700", format="pdf", layout="caps_headings", topic="early_intervention_psychosis_cardiometabolic_checks",
    project="independent107-heartsandminds-1700", pdf_font="DejaVuSans", pdf_align="L",
    title="Hearts and Minds: physical health checks for young people with first-episode psychosis",
    cover=[
        "Lead organisation: Wendlebury Health Partnership (GP federation, 23 practices)",
        "Partners: Fenmoor and Wendlebury NHS Foundation Trust (Early Intervention in Psychosis Service); Youthline Wendlebury (charity)",
        "Contact: Clinical Lead for Severe Mental Illness, Wendlebury Health Partnership",
    ],
    primary_entrant=dict(name="Wendlebury Health Partnership", type="primary_care"),
    partners=[
        dict(name="Fenmoor and Wendlebury NHS Foundation Trust", type="nhs_trust"),
        dict(name="Youthline Wendlebury", type="charity"),
    ],
    sections=[
        ("context", "WHY THIS MATTERED", """
Young people who develop psychosis are at high risk of putting on weight quickly, developing diabetes and
raised cholesterol, and going on to heart disease at an age when their friends are still playing five-a-side.
Antipsychotic medicines are a big part of this, particularly in the first months of treatment. So are
smoking, cannabis, poor sleep, low income and the simple fact that a young person who is acutely unwell
is not thinking about their blood pressure. The harm is largely preventable if it is spotted early.

In Wendlebury, the early intervention in psychosis service (EIP) looks after around 260 young people at any
one time, most of them aged 16 to 30. The national standard is that each of them should have a full physical
health check, covering weight, waist, blood pressure, smoking, blood glucose and lipids, and then get help
with anything that is found. The EIP team was doing the checks, but the results were sitting in the trust's
record and were not reaching general practice, where ongoing care and prescribing for diabetes or
cholesterol happens. GP practices, for their part, were inviting the same young people to a separate annual
check for people with severe mental illness, which most did not attend.

The result was that abnormal results were found and not acted on. In a case review in 2022, a 23-year-old
man had a raised HbA1c recorded by EIP on two occasions eight months apart and had never been told. He was
diagnosed with type 2 diabetes by his GP a year later after a routine blood test for something else.

Neither service was at fault on its own. Each was doing what it had been asked to do, and each assumed the
other was following up. The young people themselves were often unaware that a blood test had been taken for
anything other than monitoring their medicine.
"""),
        ("evidence", "WHAT HAS CHANGED", """
Hearts and Minds started in September 2022. There is now one check, done once, by whoever sees the young
person first. EIP care coordinators and our practice nurses use the same template, which sends the results
both ways overnight through the shared care record, and any abnormal result generates a task in the GP
practice with a named clinician and a deadline. Young people can have their check at the EIP clinic, at their
practice, or at one of Youthline's drop-ins, where a practice nurse attends once a fortnight.

<<Q:The proportion of young people in EIP with a complete physical health check in the previous year has
risen from 38% in August 2022 to 81% in December 2024.>> <<Q:Among young people with an abnormal result, the
proportion who had a documented intervention within three months, such as a change of medicine, a referral
to the weight management service or a statin, went up from 29% to 74%.>> <<Q:Over two years, the average
weight gain in the first twelve months of treatment has fallen by nearly a third, from 7.9 kg in the
2021 cohort to 5.4 kg in the 2023 cohort.>>

Youthline's drop-ins have hosted 214 checks, many of them for young people who had not been to their GP in
years.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<P:Young people on the EIP caseload were asked what would make them turn up for a check, and the three
things they said, shorter waits, no needles where possible and somewhere that did not feel like a hospital,
shaped the drop-in model.>> <<P:Two members of Youthline's youth board, both of whom have had psychosis,
reworded the invitation text message so it no longer used the phrase 'severe mental illness', which they
said put people off.>> <<P:Parents at the EIP family group pointed out that many young people were living at
home and that their parents did the shopping and cooking, so the healthy eating advice is now given to
families as well.>>

All 54 practice nurses in the federation were trained to use the new template. GPs were sent the template and
the task list with a covering letter. Dr Hannah Oyelaran, the federation's clinical lead for severe mental
illness, wrote the template as part of her role. The EIP care coordinators were briefed at their team meeting.
We did not ask the practice nurses what they thought of the template before it went live, and we know some of
them find it long. We intend to set up a practice nurse reference group in 2025.
"""),
        ("value", "VALUE", """
The work cost very little. The template was built by the federation's own IT team. The fortnightly
drop-in sessions cost around £9,000 a year in practice nurse time, paid from the federation's severe mental
illness health check funding. Every young person whose diabetes is diagnosed or prevented a decade earlier
saves the NHS a great deal, and more importantly keeps their future.

Doing one check instead of two has also stopped young people being asked for the same blood test twice.
"""),
        ("spread", "SPREAD", """
The shared template has been offered to the two other GP federations in the integrated care system. EIP teams
in the neighbouring county have asked to see it, and Youthline has been invited to talk about the drop-ins at
a regional youth mental health event.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1701  conveying people detained under section 136 - pdf - form table -
#        PRIVATE secure transport company as primary entrant, with the police,
#        the ambulance service and the mental health trust (ineligible) -
#        operations director, corporate - patients (by a named person) and
#        staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1701", format="pdf", layout="form_table", topic="section_136_conveyance_secure_transport",
    project="independent107-rightride-1701", pdf_font="LiberationSans",
    title="The Right Ride: conveying people detained under section 136 in a health vehicle, not a police van",
    cover_table=[
        ("Entry title", "The Right Ride: conveying people detained under section 136 in a health vehicle, not a police van"),
        ("Primary entrant", "Sentinel Care Transport Ltd"),
        ("Partner organisations", "Harlbury Police; Midshires Ambulance Service NHS Trust; Harlbury and Quenby Mental Health NHS Trust"),
        ("Contact", "Director of Operations, Sentinel Care Transport Ltd"),
    ],
    primary_entrant=dict(name="Sentinel Care Transport Ltd", type="private"),
    partners=[
        dict(name="Harlbury Police", type="emergency_service"),
        dict(name="Midshires Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Harlbury and Quenby Mental Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Describe the safety issue and why a partnership was needed", """
When a police officer detains someone under section 136 of the Mental Health Act, the person must be taken
to a place of safety, usually the health-based place of safety at a mental health hospital. The law and
national guidance are clear that this should normally happen in an ambulance or another health vehicle. In
Harlbury, in 2021, fewer than a third of these journeys were made that way. Most people in a mental health
crisis were taken in the cage at the back of a police van, often handcuffed, sometimes for more than an
hour.

The reasons were practical. The ambulance service was under severe pressure and a section 136 call, where the
person was not physically unwell, was rarely its highest priority. Officers were waiting an average of over
an hour for an ambulance, with a distressed person at the roadside or in their home, and many decided that
the van was safer than waiting. Journeys in a van carry real risks: positional asphyxia, injury during
restraint in a confined space, and the absence of anyone with clinical training to notice if the person
was becoming physically unwell, for example after taking an overdose.

Sentinel Care Transport already provided secure patient transport for the mental health trust, moving people
between hospitals. Our vehicles are fitted out for people who may be distressed, and our crews are trained in
de-escalation and basic life support. The idea of using them for section 136 came from a police inspector who
asked why we could take a detained patient between two hospitals but not from the street to the hospital.

There were real questions to answer before any of this could start. Could a private company's crew lawfully
convey a person who had been detained by a police officer? What would happen if the person became violent, or
physically unwell, on the way? Who would decide whether the secure vehicle or an ambulance was the right choice?
Who would pay? These were worked through over nine months with the police force's legal team, the ambulance
service's medical director and the trust's Mental Health Act office. The answer was a joint protocol in which the
police officer stays with the person during the journey, the ambulance clinical hub decides on the vehicle, and our
crews are trained to the same standard as the ambulance service's own mental health transport staff.
"""),
        ("evidence", "What evidence is there that the partnership has improved safety?", """
Since February 2023 a Sentinel crew has been on call in Harlbury from 4pm to 4am, the hours when most section
136 detentions happen. Police officers request the crew through the ambulance service's clinical hub, where a
mental health nurse decides whether the person needs an ambulance because of a physical health problem or
whether the secure vehicle is suitable.

<<Q:The proportion of section 136 journeys made in a health vehicle rather than a police vehicle rose from 31%
in 2021/22 to 86% in 2023/24.>> <<Q:The average time officers waited with a detained person for transport fell
from 68 minutes to 24 minutes.>> <<Q:Use of handcuffs during the journey, recorded on the police use-of-force
form, fell by just over half.>>

Our crews have completed 1,187 section 136 journeys. There have been no serious incidents in our vehicles.
"""),
        ("stakeholders", "How were patients, carers and staff involved?", """
<<P:Mr Dean Talbot, who had been detained under section 136 three times and conveyed twice in a police van,
sat on the project group from the start, and it was his description of the cage, and of arriving at hospital
'like a criminal', that led us to remove all police livery and markings from the vehicles.>> <<P:Members of the
trust's service user forum rode in a vehicle on a test run and asked for a seat facing the crew rather than a
side-facing bench, which we changed before launch.>>

<<S:Response officers and custody sergeants helped write the request script that the clinical hub uses, and
they asked for an estimated arrival time to be given on every call.>> <<S:Clinical hub mental health nurses
tested the triage questions for a month and removed two that delayed the decision without changing it.>>
<<S:Our own crews told us that they needed to know in advance if the person had taken anything, so the request
form now asks this.>> <<S:Nurses at the place of safety agreed a handover with our crews that takes place at
the vehicle, so that the person is not walked through a busy reception.>>
"""),
        ("value", "What has been the value and impact?", """
The service is funded jointly by the police, the integrated care board and the mental health trust at a cost
of about £410,000 a year. Every hour that two officers are not waiting at the roadside is an hour they are
available for other calls, and the police estimate the saving in officer time at around £300,000 a year.
Ambulance crews are freed for life-threatening calls.

People who have been conveyed by our crews tell us that the journey felt calmer and less frightening.
"""),
        ("spread", "How has the work been shared?", """
The model has been presented to the national police lead for mental health and to two other police forces in
the region, one of which is now considering a similar service. The triage script has been shared through the
ambulance services' mental health network.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1702  telling families when a relative is detained - docx - bold headings
#        with a cover table - AMHP service manager, measured - council AMHP
#        service with the mental health trust and the police - staff
#        involved - NO patient involvement (families sent letters and
#        phoned, a survey after which nothing changed, nearest relatives as
#        beneficiaries, a plan to set up a carers' panel)
# ---------------------------------------------------------------------------
entry(
    id="I1702", format="docx", layout="bold_headings", topic="families_informed_after_mental_health_act_detention",
    project="independent107-nobodytoldus-1702", docx_font="Arial",
    title="Nobody Told Us: making sure families know when a relative is detained",
    cover_table=[
        ("Title", "Nobody Told Us: making sure families know when a relative is detained"),
        ("Lead organisation", "Rossington Borough Council, Approved Mental Health Professional Service"),
        ("Partners", "Rossington and Elmstead NHS Foundation Trust (inpatient and crisis services); Rossington Police (Mental Health Liaison)"),
        ("Contact", "AMHP Service Manager"),
    ],
    primary_entrant=dict(name="Rossington Borough Council", type="local_authority"),
    partners=[
        dict(name="Rossington and Elmstead NHS Foundation Trust", type="nhs_trust"),
        dict(name="Rossington Police", type="emergency_service"),
    ],
    sections=[
        ("context", "Background", """
When someone is detained in hospital under the Mental Health Act, their nearest relative has legal rights:
to be told, to be consulted in many cases, and to ask for the person's discharge. Beyond the law, most
families simply want to know where their son, daughter, partner or parent is and whether they are safe. In
Rossington, too often, they did not.

Our approved mental health professionals (AMHPs) are social workers and nurses employed or approved by the
council who coordinate Mental Health Act assessments. In 2022 we looked at 120 detentions at random. In 41 of
them there was no record that the nearest relative had been informed, and in a further 23 the family had been
told only after the person had been moved to a ward outside the borough. Several complaints that year came
from parents who had spent a night ringing police stations and hospitals trying to find an adult child who had
been taken from a friend's flat.

This matters for safety and not only for courtesy. Families often hold information that changes the risk
picture: that the person stopped taking a medicine last week, that they have a hidden stash of tablets, that
a previous admission ended with a serious self-harm attempt on the first night. When nobody talks to them,
that information is lost. Families are also the people who will be there on discharge, and a family who
has been shut out is less likely to be able to help keep the person safe afterwards.

The gaps were in the handovers between organisations. Police officers who used section 136 assumed the hospital
would contact the family. The hospital assumed the AMHP had done it. AMHPs, working at night across a large
area, sometimes finished an assessment at 3am and left a note for the day team, who did not always see it.

There was also confusion about who the nearest relative was. The Act sets out a strict order, which does not
always match who the person lives with or who they would want told. AMHPs sometimes spent time trying to trace
an estranged parent while a partner of many years sat in the waiting room without being spoken to. Equally,
some people did not want particular relatives told at all, for good reasons, and those wishes were not always
recorded in a way that the next professional could see.
"""),
        ("evidence", "Evidence", """
From May 2023 we introduced a single 'family contact' step, owned by the AMHP, that must be completed and
recorded before the AMHP leaves the assessment, or handed over by name to the ward nurse in charge if the
family cannot be reached. The trust added the same field to its admission checklist, and police mental health
liaison officers pass any family details they hold to the AMHP at the start of the assessment.

<<Q:In a repeat audit of 120 detentions in 2024, the proportion with a record that the nearest relative had been
told rose from 66% to 95%.>> <<Q:The proportion told within 24 hours of the detention went from about half to
nine in ten.>> <<Q:Complaints to the council and the trust from families about not being told fell from 19 in
2022 to 5 in 2024.>>

We also counted how often family contact produced information that was added to the risk assessment: this
happened in 38 detentions in the 2024 audit.
"""),
        ("stakeholders", "Involvement", """
<<S:AMHPs on the daytime and out-of-hours rotas met over four sessions to work out what was getting in the way,
and it was their idea to make the family contact a step that closes the assessment record rather than a box to
tick afterwards.>> <<S:Ward nurses in charge at the trust's two admission wards tested the handover for a month,
and after their feedback the trust moved the family contact field from the end to the start of the admission
checklist.>> <<S:Police mental health liaison officers suggested that the family details should be taken by the
officer at the scene, when relatives are often present, and this was added to the section 136 form.>>

Families were central to why we did this. Every nearest relative now receives a phone call and a letter
explaining their rights, with a leaflet about the ward. We sent a questionnaire to families of people detained
in the first six months of the scheme; the replies were broadly positive and no changes were needed. We would
like to set up a relatives' panel to advise the AMHP service in future.
"""),
        ("value", "Value", """
The change needed no new money. It has added about ten minutes to each assessment. Against that, ward staff
spend less time fielding distressed phone calls, and complaints take a great deal of time to investigate. Most
importantly, the information families give us is now reaching the people who need it.
"""),
        ("spread", "Sharing and spreading", """
The family contact step has been adopted by the AMHP service in the neighbouring borough, which shares the same
out-of-hours rota. We have presented the audit at the regional AMHP leads' network and the trust has included
the admission checklist field on all of its wards, including older adult wards.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1703  long waits for a place of safety in the emergency department - docx -
#        reordered (results first) - ICB mental health commissioner, plain -
#        ICB with the mental health trust, the acute trust and the police -
#        patients (passive, in the context section) and staff involved - NO
#        spread section
# ---------------------------------------------------------------------------
entry(
    id="I1703", format="docx", layout="reordered", topic="place_of_safety_emergency_department_waits",
    project="independent107-safeplacesafetime-1703", docx_font="Cambria",
    title="Safe Place, Safe Time: ending long waits for people detained under section 136 in the emergency department",
    cover=[
        "Lead organisation: NHS Draycote and Millbeck Integrated Care Board",
        "Partners: Millbeck Mental Health NHS Trust; Draycote University Hospitals NHS Trust; Draycote and Millbeck Police",
        "Entry prepared by the Head of Mental Health Commissioning",
    ],
    primary_entrant=dict(name="NHS Draycote and Millbeck Integrated Care Board", type="icb"),
    partners=[
        dict(name="Millbeck Mental Health NHS Trust", type="nhs_trust"),
        dict(name="Draycote University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Draycote and Millbeck Police", type="emergency_service"),
    ],
    sections=[
        ("evidence", "Results", """
We start with the results because they are what persuaded our boards to keep going.

<<Q:The number of people detained under section 136 who spent more than 12 hours in the emergency department
at Draycote General fell from 143 in 2022 to 37 in 2024.>> <<Q:The median time from arrival at the place of
safety to the end of the Mental Health Act assessment came down from 11 hours 10 minutes to 5 hours 35
minutes.>> <<Q:Police officer hours spent waiting with detained people in the emergency department dropped by
around two thirds.>>

<<Q:Incidents in the emergency department involving a person detained under section 136, such as absconding,
self-harm or assault, went from 58 to 21 over the same two years.>> <<Q:On our statistical process control chart for
weekly waits over 12 hours, the points moved below the old lower limit in the summer of 2023 and have stayed
there.>>

Over the two years, 1,934 people were brought to a place of safety in our area.
"""),
        ("context", "What was wrong", """
Draycote and Millbeck have one health-based place of safety, a two-room suite at the Millbeck Unit. When both
rooms are in use, and at weekends they usually were, people detained under section 136 were taken to the
emergency department at Draycote General instead. The emergency department was never designed to be a place of
safety. People in acute crisis waited in a side room or a corridor, often for 12 hours or more, with two police
officers beside them, in one of the busiest and noisiest departments in the region. Some left and were found
later in dangerous places. Some harmed themselves with things they found in the department. Nurses in the
department had little mental health training and were caring for a dozen other people at the same time.

No single organisation owned the problem. The mental health trust ran the suite, the acute trust ran the
department, the police held the legal detention and the ICB paid for all of it. Each of us could see a piece of
the harm, and each of us could point to someone else.

<<P:In 2022 we asked people who had been brought to the emergency department under section 136 to tell us about
it, and their accounts were collected by an independent advocacy service and played back to a joint meeting of
all four organisations.>> <<P:It was those people, in their recorded accounts, who described what a long wait
felt like, and several of them later joined the group that set our priorities, insisting that the first
priority had to be a calmer room, not a faster assessment.>>

What we agreed was a set of changes that each partner owns: a third place of safety room and a dedicated
mental health space in the emergency department, a section 136 coordinator on every shift who tracks every
detained person in the area, a 'four hours to assessment' standard for AMHPs and section 12 doctors, and an
escalation call between all partners whenever anyone has waited six hours.

None of this was new thinking. The same proposals had been made in reports going back to 2018. What was different
this time was that the four chief executives signed a single agreement, that the ICB held the money for the new
room and the coordinators, and that the waits were reported to every board in the same format every month, so that
no one organisation could present a better picture than the others.
"""),
        ("stakeholders", "How people shaped the work", """
<<S:Emergency department nurses and mental health liaison staff designed the new mental health space together,
choosing furniture and lighting, and they asked for a second door so that staff could leave if they were
threatened.>> <<S:Police sergeants suggested the six-hour escalation call after describing shifts where nobody
knew who to ring.>> <<S:Section 136 coordinators, who are band 6 nurses at the Millbeck Unit, tested the tracking
sheet for eight weeks and cut it down from three pages to one.>>

<<P:People with lived experience of detention sat on the oversight group throughout and reviewed every
serious incident with us.>> <<PS:One of them, now employed as a peer support worker by the mental health trust,
helped design the welcome card that is given to every person on arrival, explaining what will happen and in
what order.>>
"""),
        ("value", "Value for money", """
The third place of safety room cost £185,000 to build, from capital funding held by the ICB. The coordinator
posts cost around £290,000 a year. Police time released is estimated at more than 6,000 officer hours a year.
Emergency department cubicles that were occupied for whole shifts are now free for other patients.

<<S:The emergency department consultants told us that the changes had made the department feel safer for
everyone, and at their request the acute trust has kept the mental health space open round the clock rather than
only at night.>>
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I1704  physical observations after rapid tranquillisation - pdf - style
#        headings via soffice - university nursing academics, formal - a
#        university with the mental health trust and a service user research
#        group - patients involved - NO staff involvement (nurses trained,
#        ward managers sent audit results, a matron doing her job, a
#        negation) - NO quantitative evidence in the evidence section (audit
#        counts, numbers trained, a single figure; a claim sits in spread)
# ---------------------------------------------------------------------------
entry(
    id="I1704", format="pdf", layout="style_headings", topic="rapid_tranquillisation_physical_monitoring",
    project="independent107-afterthedose-1704", render_via="soffice", docx_font="Liberation Serif",
    title="After the Dose: safer physical monitoring after rapid tranquillisation",
    cover=[
        "Lead entrant: University of Larkhaven, School of Nursing and Midwifery",
        "Partners: Larkhaven and Coldharbour Mental Health NHS Trust; Voices Together Research Group (service user research charity)",
        "Corresponding author: Senior Lecturer in Mental Health Nursing",
    ],
    primary_entrant=dict(name="University of Larkhaven", type="university"),
    partners=[
        dict(name="Larkhaven and Coldharbour Mental Health NHS Trust", type="nhs_trust"),
        dict(name="Voices Together Research Group", type="charity"),
    ],
    sections=[
        ("context", "Background and rationale", """
Rapid tranquillisation, the use of medicine to calm a person who is severely agitated when other approaches
have failed, is one of the highest-risk interventions on a mental health ward. The medicines used can slow
breathing, lower blood pressure, disturb the heart rhythm and, in combination, cause oversedation. National
guidance is that a person's pulse, blood pressure, breathing, temperature, oxygen saturation and level of
consciousness should be checked at least every 15 minutes for the first hour, and hourly after that until
there are no further concerns.

In practice this monitoring is difficult. The person may be asleep, may refuse to be touched, or may still be
agitated, and staff may be reluctant to approach them again so soon after restraint. A multi-site audit that
our school carried out with the trust in 2022 found that complete observations were recorded after fewer than
one in five episodes. Where the person declined or could not tolerate a full set, there was frequently nothing
recorded at all, even though breathing rate and level of consciousness can be assessed from the doorway.

We became involved because the trust asked the university to evaluate its restrictive practice programme, and
the audit findings led both organisations to agree that evaluation alone was not enough. We proposed a
practical intervention, based on the research literature, that could be introduced on the trust's nine adult
and older adult wards and evaluated as it went.

Our approach drew on a realist review of the literature on physical monitoring in mental health settings, which
suggested that staff are most likely to carry out observations when they believe the person is at risk, when
the equipment is at hand, and when they have a recognised way to record a partial set rather than nothing. We
designed each part of the intervention to address one of those mechanisms. We were also conscious that adding
another form to an already heavy documentation burden would be counterproductive, so the chart replaced two
existing forms rather than adding a third.
"""),
        ("evidence", "Implementation and evaluation to date", """
The intervention, After the Dose, has three components: a one-page observation chart with a 'non-contact'
column for breathing rate, colour, position and response to voice; a handheld pulse oximeter kept with the
rapid tranquillisation medicines; and a ten-minute simulation in the trust's mandatory restraint training.

Between March 2023 and December 2024 the chart was used after 428 episodes of rapid tranquillisation across the
nine wards. A total of 311 nursing staff completed the simulation. Pulse oximeters were placed on every ward.
The audit is repeated every quarter and the results are sent to each ward. Two episodes of oversedation were identified early by non-contact observation and
managed on the ward.

A mixed-methods evaluation, including interviews with patients, is under way and will report in 2025. We do not
yet have enough data to say whether outcomes have changed.

The evaluation is following a stepped design: wards adopted the chart at different times, which will allow
comparison between wards that had and had not yet adopted it. Episodes are being identified from the trust's
incident system and prescribing records, and the audit tool has been piloted for reliability between two
independent auditors.
"""),
        ("stakeholders", "Involvement of service users, carers and staff", """
<<P:Members of the Voices Together Research Group, all of whom have received rapid tranquillisation themselves,
worked with us for a year as co-researchers: they reviewed the draft chart and asked for the non-contact
column, because several of them remembered waking to find a nurse pulling at their arm to take a blood
pressure.>> <<P:They also chose the wording of the explanation that nurses now give to the person afterwards,
'We are checking you are breathing comfortably', and co-facilitated the simulation design workshops with us.>>
<<P:A carer whose son had been oversedated on a ward in another part of the country spoke at the trust's
launch and then reviewed our evaluation questions.>>

Ward nurses and healthcare assistants attended the simulation as part of their mandatory training. Ward
managers received their ward's audit results each quarter. The trust's matron for restrictive practice, Ms Claire
Abernethy, oversaw the roll-out on the wards as part of her role. Ward staff were not involved in designing the
chart; we recognise this as a limitation and intend to interview nurses as part of the evaluation.
"""),
        ("value", "Value and sustainability", """
The chart and oximeters cost less than £3,000 in total. The simulation replaced an existing part of the
restraint course and added no training time. The university's contribution was funded by a small internal grant
of £24,500 and by doctoral student time. The cost of a single episode of serious oversedation, in harm to the
person, in transfer to an acute hospital and in investigation, would far exceed this.
"""),
        ("spread", "Dissemination and spread", """
<<Q:On the first ward to adopt the chart, the proportion of episodes with observations recorded at every time
point went from roughly one in six to more than three quarters within nine months.>> Encouraged by this, the trust
has made the chart part of its rapid tranquillisation policy. We have presented the work at two national nursing
conferences and the chart is available free of charge from the school's website. A paper is in preparation.
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1705  out-of-hours medical reviews of people in seclusion - pdf - numbered
#        questions - associate medical director, procedural - departments of
#        one mental health trust, NO partner organisation (ineligible) -
#        staff involved - NO patient involvement (patients as beneficiaries,
#        told about their rights, a negation, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1705", format="pdf", layout="numbered_questions", topic="seclusion_medical_review_out_of_hours",
    project="independent107-seclusionreview-1705", pdf_font="LiberationSerif", pdf_align="J",
    title="Seen in the Hour: timely medical review of people in seclusion at night and weekends",
    cover=[
        "Entrant: Sedgecombe Valley Mental Health NHS Trust",
        "A partnership between the trust's Medical Staffing Office, Inpatient Nursing Directorate, Out-of-Hours Bleep Holders and Mental Health Law Office",
        "Submitted by the Associate Medical Director for Inpatient Care",
    ],
    primary_entrant=dict(name="Sedgecombe Valley Mental Health NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "1. What safety problem did the partnership address?", """
Seclusion, the supervised confinement of a patient in a room they cannot leave, is used on our wards as a
last resort to manage severe violence. It is among the most restrictive things a hospital can do to a person.
The Mental Health Act Code of Practice requires a medical review within an hour of seclusion starting, if it
was not started by a doctor, and regular medical and nursing reviews afterwards. The reviews matter because
they are where someone asks whether seclusion is still needed and checks that the person is physically well:
people in seclusion have often had rapid tranquillisation and may have been restrained.

We have four seclusion rooms across three hospital sites. During the day, doctors are on the wards and reviews
happen on time. At night and at weekends one junior doctor covers all three sites, and a consultant is on call
from home. A review of our seclusion records for 2021 showed that the first medical review was late in a large
share of out-of-hours episodes, in some cases by several hours, and that later reviews were often missed
altogether overnight. Our Care Quality Commission inspection in 2022 highlighted this.

The causes were a mixture of geography, workload and unclear responsibility. The junior doctor might be 20 miles
away admitting someone else. Nurses were unsure whether they could call the consultant directly. And seclusion
records were on paper, so nobody outside the ward could see that a review was due.

There is also a human side to a late review. A person in seclusion at night is often frightened, may not know
why they are there, and may be physically unwell after restraint or medication. The medical review is the point
at which a doctor speaks to them, checks their physical state and asks whether seclusion can end. When that
review is hours late, the person may remain secluded for longer than they need to, with every hour adding to the
risk of harm and to the trauma of the experience.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
From October 2022 the trust introduced three changes. Seclusion is now recorded on the electronic patient
record, which alerts the out-of-hours bleep holder and the site coordinator when a review is 45 minutes away.
The consultant on call can carry out the first review by video where the junior doctor cannot attend within the
hour, with the nurse in charge present in the room. And the medical rota was changed so that a second junior
doctor is on site at the hospital with three of the four seclusion rooms from 5pm until midnight.

<<Q:The proportion of out-of-hours seclusion episodes with a medical review within the first hour rose from 46%
in 2021 to 89% in 2024.>> <<Q:Overnight reviews that were missed entirely went from 37% of required reviews to
6%.>> <<Q:The average length of seclusion fell from 29 hours to 17 hours, which we believe reflects earlier
decisions to end it.>>

The Mental Health Law Office audits every episode. There were 214 out-of-hours seclusion episodes in 2024.
"""),
        ("stakeholders", "3. Who was involved, and how?", """
<<S:Junior doctors on the out-of-hours rota were surveyed and then met with the medical staffing office, and it
was their evidence of the travelling time between sites that led to the second doctor being placed at the
busiest hospital.>> <<S:Bleep holders, the senior nurses who coordinate each hospital overnight, tested the
electronic alert for three months and asked for it to go to their handheld devices as well as the desktop.>>
<<S:Consultants agreed, after a trial of eight weeks, a standard for video reviews, including what the nurse must
check in person.>> <<S:The Mental Health Law Office staff designed the audit with ward managers so that the
results reach each ward within a week.>>

Patients in seclusion are the people who benefit from this work. Every patient is told about their rights under
the Act and given a leaflet about seclusion. Patients were not directly involved in designing the changes,
which were mainly about rotas and alerts. We intend to ask the trust's patient council to review the leaflet in
2025.
"""),
        ("value", "4. What is the value of the work?", """
The second junior doctor shift costs around £95,000 a year and was funded by reducing the use of agency locums
at the same hospital. The electronic recording was built by our own clinical systems team. Shorter periods in
seclusion mean less risk of harm, fewer staff needed to observe and a quicker return to the ward.
"""),
        ("spread", "5. How has learning been spread?", """
The electronic seclusion record is now used on the trust's forensic and learning disability wards as well. We
have presented the work at the regional restrictive practice network and shared the video review standard with
two other trusts.

We are now looking at whether the same alerts could be used for long-term segregation and for enhanced
observations, where similar problems with timeliness have been raised in our own reviews.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1706  a mental health response car for 999 calls - pdf - two columns -
#        ambulance service consultant paramedic, energetic - ambulance
#        service with the mental health trust and a crisis charity - patients
#        (by pronoun after a named group) and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1706", format="pdf", layout="two_column", topic="ambulance_mental_health_response_car",
    project="independent107-bluelightcalm-1706", pdf_font="LiberationSans",
    title="Calm Response: a mental health car for 999 calls",
    cover=[
        "Lead: Northmoor Ambulance Service NHS Trust",
        "Partners: Ravensholt and Northmoor Mental Health NHS Trust; Safe Harbour Crisis Support (charity)",
        "Consultant Paramedic for Mental Health",
    ],
    primary_entrant=dict(name="Northmoor Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Ravensholt and Northmoor Mental Health NHS Trust", type="nhs_trust"),
        dict(name="Safe Harbour Crisis Support", type="charity"),
    ],
    sections=[
        ("context", "Why we needed it", """
Around one in ten of the 999 calls we receive is about someone's mental health. Until recently our answer to
nearly all of them was the same as for a chest pain or a fall: a double-crewed emergency ambulance with two
paramedics or technicians who have had a few hours of mental health training in their whole career. Crews did
their best, but the usual outcome was a long wait on scene, a trip to the emergency department, and then
another long wait there. For someone in crisis that journey can make things worse. For a service under
pressure, it ties up an ambulance for hours.

We also saw harm. People were left waiting at home for hours because their call was not the highest
priority, and some harmed themselves in that time. Others were taken to the emergency department and left before
being seen. Crews reported feeling out of their depth, particularly with people expressing suicidal thoughts.

The mental health trust had a crisis team with the skills, but it could not respond to 999 calls, and the crisis
charity had a safe space in the city centre that ambulance crews did not know existed.

Three organisations, each with part of the answer, had never sat in the same room to talk about it. The ambulance
service had the 999 calls and the vehicles. The trust had the nurses and the crisis team. The charity had a warm
room with a kettle and people who would sit with someone through the night. What none of us had was a way to get the
right person to the caller quickly.

We also had to be careful not to create a service that simply moved risk from one place to another. A mental
health call can hide a physical emergency, such as an overdose, a head injury or diabetic crisis, and a crew that
is focused on someone's mental state can miss it. That is why we chose to put a paramedic and a mental health nurse
together in the same car, rather than sending a nurse alone, and why the car carries the same monitoring equipment
and drugs as any other response vehicle.
"""),
        ("evidence", "What happened", """
Since July 2023 the Calm Response car has been on the road in Ravensholt every evening from 2pm to 2am, seven days a
week, staffed by a paramedic and a mental health nurse from the trust. Calls are selected by a mental health
clinician in our control room. The car can assess and treat on scene, refer directly to the crisis team, or take
people to the charity's safe space instead of the emergency department.

<<Q:Of the people seen by the car, 18% were taken to the emergency department, compared with 71% of people with
similar calls seen by a standard ambulance in the year before.>> <<Q:The average time on scene for mental health
calls in Ravensholt fell from 112 minutes to 64 minutes.>> <<Q:Repeat 999 calls within 72 hours from the same person
were cut by around a third.>>

The car attended 3,406 incidents in its first 18 months. No serious incidents have been reported.

The car is also used to give advice by phone to ambulance crews who are already on scene with someone in a mental
health crisis, and in 2024 it gave 1,120 such consultations.
"""),
        ("stakeholders", "Who helped", """
<<P:People who had called 999 in a mental health crisis were brought together by Safe Harbour to talk about what
had helped and what had not.>> <<P:They told us the uniform and the flashing lights made neighbours stare, and
so the car is unmarked apart from a small badge.>> <<P:Some of them also recorded short videos that are now part
of the training for every crew on the car.>>

<<S:Paramedics and crisis nurses who volunteered for the car wrote the call selection criteria with our control
room clinicians and changed them twice in the first six months.>> <<S:Safe Harbour's support workers agreed a
handover with the crews and asked that people arriving at the safe space come with a short written note, which
they now do.>> <<S:Emergency department nurses fed back on the first months of the pilot and their comments
led us to extend the hours to 2am.>>
"""),
        ("value", "Value", """
The car costs around £520,000 a year, shared between the ambulance service and the integrated care board. Each
emergency department attendance avoided saves the NHS money, and each hour not spent waiting on scene frees an
ambulance for someone else. Crews say it is the best job they have done.
"""),
        ("spread", "Spread", """
The car is being extended to a second town in 2025. We have shared our call selection criteria with other
ambulance services through the national mental health network, and three have asked for our training videos.

Our biggest lesson is that the car only works because the call selection is done by a clinician who knows both
services. When we tried, for a fortnight, to let call handlers pick calls from a list of codes, the car was sent to
the wrong calls and missed the right ones.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1707  clozapine and constipation on inpatient wards - docx - style
#        headings - chief pharmacist, technical - mental health trust pharmacy
#        with the local pharmaceutical committee and the acute trust's
#        gastroenterology team - patients (a ward community meeting) and staff
#        involved - NO quantitative evidence (screens done, prescriptions,
#        single figures, a zero with no baseline, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1707", format="docx", layout="style_headings", topic="clozapine_constipation_inpatient_wards",
    project="independent107-keepmoving-1707", docx_font="Calibri",
    title="Keep It Moving: preventing serious constipation in people taking clozapine",
    cover=[
        "Lead organisation: Tavistow Community and Mental Health NHS Trust (Pharmacy and Medicines Optimisation)",
        "Partners: Tavistow and District Local Pharmaceutical Committee; Tavistow Royal Infirmary NHS Trust (Gastroenterology)",
        "Written by the Chief Pharmacist",
    ],
    primary_entrant=dict(name="Tavistow Community and Mental Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Tavistow and District Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Tavistow Royal Infirmary NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Background", """
Clozapine is the only medicine licensed for schizophrenia that has not responded to other treatment, and for
many people it is life-changing. It also slows the gut, sometimes severely. Clozapine-induced gastrointestinal
hypomotility can progress from constipation to bowel obstruction, perforation and death, and it kills more
people taking clozapine than the better-known risk of a low white cell count. Because clozapine can also
dull pain, and because people with severe mental illness may not mention their bowels, the problem is easily
missed until it is an emergency.

About 70 people on our inpatient wards take clozapine at any one time, and another 430 in the community. In
2022 two of our inpatients were transferred to the acute trust with bowel obstruction. One needed emergency
surgery and a stoma. When we reviewed both cases, we found that neither had a bowel chart, both had been given
a laxative 'when required' that was rarely given, and staff on the wards did not know that clozapine
constipation could be fatal. When the patients were transferred, the surgical team at the infirmary did not know
they were taking clozapine until a relative mentioned it.

Community pharmacists, who dispense clozapine for people after discharge, told us they had no way of knowing
whether a person's bowels had been a problem on the ward, and no agreed advice to give.

Part of the difficulty is that constipation is seen as a minor, even embarrassing, problem. Nurses on busy acute
wards are understandably focused on risk to self and others, and bowel habits are rarely discussed at handover.
Patients may be reluctant to talk about it, may not notice it because of the medicine's effects, or may not be
asked. Laxatives prescribed 'when required' depend on someone asking, and on the wards we reviewed, nobody was. We
needed to make the question routine and the treatment regular, and to make sure that the information travelled
with the patient when they left us or were taken to another hospital.
"""),
        ("evidence", "What we have done and what we have found", """
Since January 2023 every inpatient taking clozapine has a weekly bowel screen using a simple stool chart and
three questions, done by the named nurse and checked by the ward pharmacist. Everyone starting clozapine is
prescribed a regular laxative unless there is a reason not to. The discharge letter includes a clozapine bowel
section, which is sent to the person's community pharmacy, and the gastroenterology team has written a short
guide for acute staff on recognising the condition in people taking clozapine.

Since the start, ward staff have completed 5,812 weekly bowel screens. In 2024, 96% of inpatients on clozapine had
a regular laxative prescribed. Our target is that every person on clozapine has a bowel screen every week,
and we are close to that on most wards.

We have had no deaths from clozapine constipation on our wards. We know that serious cases are rare and that a
couple of years tells us little, so we will continue to monitor.

The local pharmaceutical committee reports that 41 community pharmacies have signed up to the discharge
information route, and pharmacists have given bowel advice to 186 people on clozapine since it began.
"""),
        ("stakeholders", "Involvement of patients, carers and staff", """
<<P:We took the draft stool chart and questions to the community meetings on two rehabilitation wards, and the
patients there said the pictures of stool types were embarrassing and childish, so they chose a different set of
images and renamed the chart the 'gut check'.>> <<P:A man who had had surgery after clozapine constipation, and his
mother, told their story at our launch film and helped write the patient leaflet.>>

<<S:Ward nurses tested the weekly screen on three wards and asked us to move it to a Monday, the day of the ward
round, so any concerns go straight to the doctor.>> <<S:Community pharmacists from the local pharmaceutical
committee told us what information they needed on discharge and rewrote our bowel section in plainer language
for pharmacy staff.>> <<S:The gastroenterology consultants reviewed the two serious cases with us and asked to be
contacted directly about any inpatient on clozapine with abdominal pain, which is now in our escalation policy.>>
"""),
        ("value", "Value", """
Regular laxatives cost a few pence a day. The bowel screen takes a nurse about five minutes a week. A single
admission for bowel obstruction with surgery costs the NHS tens of thousands of pounds and may change a person's
life permanently. The discharge route uses existing NHS mail and the pharmacy record.
"""),
        ("spread", "Sharing the work", """
The gut check and discharge section have been adopted by our community clozapine clinics. We have shared them with
the regional mental health pharmacy network, and the local pharmaceutical committee has sent them to all pharmacies
in the county. The gastroenterology guide has been included in the acute trust's junior doctor induction.

Next, we want to extend the weekly screen to people taking clozapine in the community, where most of the serious
cases nationally happen, through the clozapine clinics and community pharmacies.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1708  families' contact with relatives detained far from home - pdf - with
#        appendix - carers' charity director, campaigning - carers' charity
#        with the ICB and the mental health trust - families involved - NO
#        staff involvement (ward staff briefed, bed managers sent a
#        protocol, a named coordinator doing her job, a plan) - subtle claim
#        ('a third fewer')
# ---------------------------------------------------------------------------
entry(
    id="I1708", format="pdf", layout="with_appendix", topic="families_contact_out_of_area_detention",
    project="independent107-stillfamily-1708", pdf_font="LiberationSerif", pdf_align="L",
    title="Still Family: keeping families in touch when a relative is detained far from home",
    cover=[
        "Lead entrant: Carers Together Bramlingham (registered charity)",
        "Partners: NHS Bramlingham and Kelsey Integrated Care Board; Bramlingham Mental Health NHS Foundation Trust",
        "Prepared by the Director, Carers Together Bramlingham",
    ],
    primary_entrant=dict(name="Carers Together Bramlingham", type="charity"),
    partners=[
        dict(name="NHS Bramlingham and Kelsey Integrated Care Board", type="icb"),
        dict(name="Bramlingham Mental Health NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The problem", """
When there is no mental health bed in Bramlingham, people who need admission are sent wherever a bed can be
found, sometimes 200 miles away. In 2022 more than 300 people from our area were admitted out of area, many of
them detained under the Mental Health Act. For their families, this is a nightmare on top of a nightmare. They may
not be told where their relative has gone. They may not be able to afford the train fare, or take time off work,
or leave other children. Phone calls to a ward where nobody knows them go unanswered.

This is a safety problem, not just a sad one. Families are often the people who notice first that something is
going wrong, who know the person's history, who can tell a ward that a young man has tried to hang himself
before, or that his mother's death is the anniversary next week. People detained far from home have fewer visits,
feel more isolated and are more likely to be discharged without a plan that involves the people they will go
home to. Nationally, people discharged from out-of-area beds are known to be at higher risk of suicide in the weeks
after discharge.

We are a small carers' charity. Since 2020 our helpline has taken more calls from families of people placed out of
area than on any other subject. Eventually we stopped just listening and went to the ICB and the trust with a
proposal.

The trust was already working hard to bring people back into local beds, and the number of out-of-area placements
was falling. But nobody expected them to stop altogether in the near future, and while they continued, families
were carrying a burden that nobody was helping them with. The ICB, which pays for the placements, agreed that the
cost of supporting families was small compared with the cost of the beds themselves.
"""),
        ("evidence", "What has changed", """
Still Family started in March 2023. The trust's bed management team now notifies us, with consent, within 24 hours
of any out-of-area admission. A family link worker from our charity contacts the family the same day, tells them
where their relative is, gives them the ward's direct number and a named nurse, and arranges travel support,
including train tickets and overnight stays paid for by the ICB. The link worker also arranges a video call between
the family and the ward within the first week, and joins the discharge planning meeting if the family wishes.

<<Q:In the families we supported, the average time to first contact with the ward fell from 6 days, measured in our
helpline records for 2022, to under 2 days.>> <<Q:The proportion of out-of-area patients whose family attended or
joined a discharge planning meeting rose from 22% to 67%.>> <<Q:The trust's data show a third fewer readmissions
within 30 days among people discharged from out-of-area beds since the scheme began.>>

The link workers have supported 412 families and arranged 1,160 journeys.

These figures come from a small number of people and a short period, and we are cautious about them. We cannot
be sure that family contact alone explains the difference in readmissions, because the trust has also introduced
other changes to discharge planning in the same period.
"""),
        ("stakeholders", "Who was involved", """
<<P:Families who had been through an out-of-area placement designed this service with us: fourteen of them met
monthly for most of 2022, and it was they who said that the first phone call mattered more than anything else.>>
<<P:A father whose daughter had been placed in three hospitals in a year wrote the first-call script that our link
workers still use.>> <<P:When the travel fund was set up, families who had used it told us that paying up front and
claiming back was impossible for many, and it was changed so that tickets are booked for them.>>

Ward staff in receiving hospitals were sent a short briefing about the scheme. Bed managers at the trust were sent
the notification protocol and trained in how to use it. Mrs Jo Akinola, our family link coordinator, manages the
service day to day as part of her job. We hope to work more closely with ward teams in the receiving hospitals
next year.
"""),
        ("value", "Value", """
The scheme costs £132,000 a year, of which £48,000 is the travel fund. It is paid for by the ICB from its
out-of-area placement budget. A single readmission costs far more than a family's train ticket.

Families tell us that they feel they still matter. One mother said: 'I was his mum again, not just someone ringing
for news.'
"""),
        ("spread", "Spread", """
The ICB has asked the neighbouring system to look at the scheme. We have spoken about it at a national carers'
conference and shared the first-call script with two carers' organisations.
"""),
    ],
    trailer=[
        ("heading", "Appendix: data sources"),
        ("para", "Time to first contact was measured from our helpline records for 2022 (baseline) and from link worker records from March 2023. Discharge planning attendance is from the trust's out-of-area case review log. Readmission data were provided by the trust's information team."),
        ("para", "Carers Together Bramlingham, 12 Mill Yard, Bramlingham. Helpline open weekdays 9am to 5pm."),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1709  contact-free vital signs monitoring in ward bedrooms - docx - bullet
#        lists - PRIVATE health technology company as primary entrant, with
#        a mental health trust and a university (ineligible) - product
#        director, upbeat - patients and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1709", format="docx", layout="bullet_lists", topic="contact_free_vital_signs_ward_bedrooms",
    project="independent107-quietnights-1709", docx_font="Arial",
    title="Quiet Nights: contact-free vital signs monitoring in mental health ward bedrooms",
    cover=[
        "Primary entrant: Veritas Sense Technologies Ltd",
        "Partners: Kingsreach Mental Health NHS Trust; Quenby University (Centre for Digital Health)",
        "Submitted by the Product Director, Veritas Sense Technologies",
    ],
    primary_entrant=dict(name="Veritas Sense Technologies Ltd", type="private"),
    partners=[
        dict(name="Kingsreach Mental Health NHS Trust", type="nhs_trust"),
        dict(name="Quenby University", type="university"),
    ],
    sections=[
        ("context", "The challenge", """
On mental health wards, staff check on patients through the night, often every 15 minutes or every hour,
depending on their level of risk. These checks are meant to keep people safe, but they have well-known
problems:

- opening a bedroom door or shining a torch every hour wakes people who badly need sleep, and poor sleep makes
mental illness worse

- a glance through a vision panel at 3am cannot tell whether a person is breathing normally, which matters
after rapid tranquillisation, an overdose or heavy sedating medicines

- staff under pressure sometimes record checks that were not fully done, as several national inquiries have
found

- ligature incidents and self-harm can happen in the minutes between checks

Veritas Sense makes an optical sensor, fitted in the ceiling, that measures pulse and breathing rate without
touching the person and alerts staff when a person's vital signs go outside safe limits or when there is
activity that suggests a risk, such as someone standing at the door for a long time. It does not record video for
staff to watch. In 2022 Kingsreach Mental Health NHS Trust asked us to work with them to find out whether it
could make night-time observations both safer and less intrusive, and Quenby University agreed to evaluate it
independently.

The trust had specific concerns. Two patients had died in bedrooms on its wards in the previous three years
between routine checks, and its older adult ward had a high rate of night-time falls, often when a person got up to
use the toilet and was not seen until the next check. At the same time, patients had repeatedly complained, through
the trust's complaints process and its inpatient surveys, about being woken every hour. The trust wanted to know
whether it could do better on both fronts at once.

We were also aware of the wider debate about technology in mental health wards. Some people who use services have
raised serious concerns about cameras in bedrooms and about technology being used to replace human contact. We took
those concerns seriously from the start, and they shaped how the system was set up on these wards.
"""),
        ("evidence", "Results", """
The system was installed in 54 bedrooms on three adult acute wards and one older adult ward from February 2023.
The university compared the twelve months before and after installation on those wards.

- <<Q:Incidents of self-harm at night in bedrooms fell from 88 to 52.>>

- <<Q:Falls at night on the older adult ward went from 41 to 23.>>

- <<Q:Patients' own ratings of their sleep on a standard questionnaire improved by an average of 2.6 points on a
21-point scale.>>

- the system raised 3,914 alerts, of which staff judged 61% to need a check in person
"""),
        ("stakeholders", "Involvement", """
- <<P:Before installation, members of the trust's service user forum spent a day with us looking at what the
sensor can and cannot see, and because several were worried about being watched, we agreed that no image of the
person would ever appear on a screen.>>

- <<P:Patients on the first ward were asked for their views after a month, and at their request a light now shows
on the sensor only when a member of staff is looking at the readings.>>

- <<S:Night staff on all four wards tested the alert settings and told us there were far too many false alarms in
the first weeks, so the alert thresholds were changed with them ward by ward.>>

- <<S:The trust's ward managers and estates team chose where the sensors should be fitted so that they did not
create new ligature points.>>

- <<S:The university's researchers and the trust's nurses agreed together which incidents would be counted in
the evaluation.>>
"""),
        ("value", "Value", """
- the system costs around £1,100 per bedroom per year, including maintenance

- night staff spend less time on routine door checks and more time with people who are awake and distressed

- fewer falls and self-harm incidents mean fewer transfers to the emergency department

- no additional staff were needed, and the night shift pattern was not changed

- the trust has calculated that the system would pay for itself if it prevented around four transfers to the
emergency department a year on each ward
"""),
        ("spread", "Spread", """
- the trust is extending the system to two more wards in 2025

- we are talking to three other mental health trusts about using the same approach

- the university's evaluation has been submitted for publication

- we have published a plain-language summary of how the system works and what data it holds, which is given to
every patient on admission to the four wards
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1710  first-episode psychosis in university students - pdf - bullet lists -
#        EIP service manager, careful - mental health trust EIP service with a
#        university's student wellbeing service and a GP practice - staff
#        involved - NO patient involvement (students surveyed with nothing
#        changed, students as beneficiaries, a plan, a negation)
# ---------------------------------------------------------------------------
entry(
    id="I1710", format="pdf", layout="bullet_lists", topic="first_episode_psychosis_university_students",
    project="independent107-nottheendofterm-1710", pdf_font="LiberationSans", pdf_align="L",
    title="Not the End of Term: faster help for students with a first episode of psychosis",
    cover=[
        "Lead organisation: Sedbury and Wyre NHS Foundation Trust, Early Intervention in Psychosis Service",
        "Partners: University of Sedbury (Student Wellbeing Service); Campus Road Medical Practice",
        "Entry by the EIP Service Manager",
    ],
    primary_entrant=dict(name="Sedbury and Wyre NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="University of Sedbury", type="university"),
        dict(name="Campus Road Medical Practice", type="primary_care"),
    ],
    sections=[
        ("context", "The problem", """
The peak age for a first episode of psychosis is the late teens and early twenties, which is also when many
young people leave home for university. Sedbury has around 28,000 students. Each year our early intervention in
psychosis (EIP) service sees a number of them, and for too many the first sign anyone noticed was a crisis:
a student found wandering at night, a 999 call from a flatmate, or an admission under the Mental Health Act.

When we reviewed the students referred to us in 2021 and 2022, we found the same gaps again and again:

- students often told a personal tutor or a wellbeing adviser something odd had been happening, weeks before they
reached us, but those staff did not know the early signs of psychosis or how to refer

- the university's wellbeing service could not refer directly to EIP and had to send students to a GP

- many students were still registered with a GP at home, hundreds of miles away, and never registered locally

- at the end of term students went home, and their care was lost between two areas

The national standard is that people with a first episode of psychosis start treatment within two weeks of
referral. For students, the clock often did not start until they were already very unwell.

Behind those gaps were some very human stories. One student told a seminar tutor that lecturers were sending him
messages through the projector, and the tutor, unsure what to do, suggested he get some rest. Another was seen four
times by the wellbeing service for 'exam stress' before a flatmate called an ambulance. A third was discharged
from a ward in the Easter holidays to her parents' home, in another county, and the team there did not know she
existed until she was readmitted six weeks later.

No single organisation was responsible for these failures. University staff are not clinicians and are not
expected to diagnose psychosis. GPs see very few first episodes in a career. Our own service was only as fast as
the referrals we received. The only way to close the gaps was to build the route together.
"""),
        ("evidence", "What changed", """
From September 2022 we agreed three changes with our partners: university wellbeing advisers can refer straight to
EIP; an EIP nurse runs a weekly clinic at the campus medical practice; and every student on our caseload has a
written 'vacation plan' agreed with the EIP team in their home area before the holidays.

- <<Q:The median time from a student first contacting university wellbeing services to starting treatment with EIP
fell from 11 weeks to 3 weeks.>>

- <<Q:The proportion of students whose first contact with EIP came through a crisis, an emergency department visit
or a Mental Health Act assessment went down from 58% to 24%.>>

- <<Q:Students on our caseload who lost contact with services over the summer vacation went from 9 in 2022 to 2 in
2024.>>

- 94 students have been referred through the new route since it began
"""),
        ("stakeholders", "Involvement", """
- <<S:University wellbeing advisers and residential life staff met with our clinicians over a term to agree what
a referral should contain, and they asked for a one-page 'is this psychosis?' guide, which they helped write.>>

- <<S:GPs and practice nurses at Campus Road Medical Practice worked out with us how the weekly clinic would fit
around their appointments, and moved it to a Wednesday afternoon after a trial on Mondays clashed with
lectures.>>

- <<S:EIP teams in six home areas tested the vacation plan template and asked for the student's term dates and
travel arrangements to be included.>>

- students will benefit from faster access to treatment

- we surveyed students on our caseload about the campus clinic and, as the responses were positive, we have not
made changes

- students with lived experience of psychosis were not involved in the design, because of the time pressures of
the first year; we plan to recruit a student advisory group in 2025
"""),
        ("value", "Value", """
- the weekly campus clinic costs about £18,000 a year in nurse time, met from the EIP budget

- each avoided admission saves a great deal, and a student whose psychosis is treated early is far more likely to
finish their degree

- the university estimates that three students who would previously have withdrawn have continued their studies
"""),
        ("spread", "Spread", """
- the referral route and guide have been shared with the other university and two further education colleges in
Sedbury

- the vacation plan template has been shared through the regional EIP network

- we presented the work at a national student mental health conference in 2024
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1711  police called to incidents on mental health wards - docx - numbered
#        questions - police superintendent, direct - police force with the
#        mental health trust and the patients' council - patients (as
#        'members of the patients' council', in the context answer) and
#        staff involved - no flags - subtle claims ('halved', 'a third fewer')
# ---------------------------------------------------------------------------
entry(
    id="I1711", format="docx", layout="numbered_questions", topic="police_attendance_mental_health_wards",
    project="independent107-rightresponder-1711", docx_font="Calibri",
    title="Right Responder: reducing police use of force on mental health wards",
    cover=[
        "Lead organisation: Fenmoor Constabulary",
        "Partners: Fenmoor Valley Mental Health NHS Trust; Fenmoor Valley Patients' Council (independent user-led group)",
        "Submitted by the Superintendent, Partnerships and Mental Health",
    ],
    primary_entrant=dict(name="Fenmoor Constabulary", type="emergency_service"),
    partners=[
        dict(name="Fenmoor Valley Mental Health NHS Trust", type="nhs_trust"),
        dict(name="Fenmoor Valley Patients' Council", type="patient_group"),
    ],
    sections=[
        ("context", "1. What was the problem and why did you work in partnership?", """
Police officers in Fenmoor are called to the county's three mental health hospitals several times a day. Some
of those calls are for crimes that need a police response. Many are not. In 2022 our review found officers
being asked to help restrain patients for injections, to search bedrooms, to return patients who had walked off
a ward for a cigarette, and to attend incidents that ward staff had already brought under control. When officers
arrived, they used the tactics they are trained to use on the street: handcuffs, leg restraints, and on
occasion incapacitant spray and Taser. Those tactics are not designed for hospital patients who may have had
medication and may be physically frail.

The law has changed too. The Mental Health Units (Use of Force) Act requires hospitals to have clear policies on
when police are called and for officers to follow the hospital's approach where they can. Both organisations
knew they were not meeting the spirit of it.

The decisive moment was a serious incident in 2022 in which a patient on an acute ward was restrained by four
officers and handcuffed while lying face down, after ward staff had called for help with a patient who had
barricaded himself in a room. He was not seriously hurt, but the investigation found that nobody was clear who
was in charge once officers arrived.

There was frustration on both sides. Officers felt they were being used as extra pairs of hands on wards that were
short of staff, and were sometimes left holding a patient while nurses went to find medication. Ward staff felt
that when officers arrived they took over and escalated situations that could have been talked down. Complaints
from patients and families about police on wards were rising, and two had been referred to the police complaints
watchdog. Neither organisation could fix this on its own, because the decision to call and the decision about how
to respond sit with different people.

<<P:Members of the patients' council told us, in a meeting that was meant to be about something else, that being
handcuffed on a ward made them feel like they were in prison, and they asked to be part of any review.>> <<P:They
were, and their questions about why officers were there at all became the starting point for our work.>>
"""),
        ("evidence", "2. What evidence is there of improvement?", """
Since April 2023 every call from a ward to the police goes through a single number to our force control room,
where a mental health nurse from the trust, working alongside our call handlers, asks a set of questions: is a
crime being committed, is there an immediate risk to life that ward staff cannot manage, and what has the ward
already tried. Where police attend, officers and the nurse in charge agree a joint plan at the door, and the
ward's clinical lead is in charge of any restraint on the ward unless there is a threat to life.

<<Q:Police attendances at the three hospitals for incidents that were not crimes have halved, from 412 in
2022/23 to 198 in 2024/25.>> <<Q:Recorded uses of force by officers on wards, including handcuffs and limb
restraints, went down by a third.>> <<Q:Taser was drawn on a ward 7 times in 2022/23 and not at all in 2024/25.>>

We have carried out a joint debrief after every use of force on a ward, 88 in total.
"""),
        ("spread", "3. How has the work been spread?", """
The control room nurse model has been adopted for calls from the county's two independent hospitals, and the joint
plan at the door is now part of our mental health training for every new officer. We have shared the call
questions with the national police lead for mental health and with the trust's partners in the neighbouring
county.

The trust has also added police attendances to the restrictive practice report that goes to its board every
month, so that a rise on any ward is noticed and discussed in the same way as a rise in restraint or seclusion.
"""),
        ("value", "4. What has been the value?", """
Each avoided attendance saves at least two officers' time, often for several hours. We estimate that the scheme
releases around 4,000 officer hours a year. The control room nurse post is funded jointly by the force and the
trust at about £65,000 a year. Fewer injuries to patients and officers, fewer complaints and fewer investigations
are harder to cost but real.

Patients have told us that wards feel calmer when they are not waiting for police to arrive.
"""),
        ("stakeholders", "5. Who was involved and how?", """
<<S:Response officers and ward nurses met in joint workshops, with case studies from real incidents, to write the
control room questions, and the ward nurses asked for the question 'what have you already tried?' to be added,
because they felt it showed respect for what staff had done.>> <<S:Our call handlers tested the questions for a
month alongside the trust's nurse and found that calls took too long, so the list was cut from nine questions to
five.>> <<S:Ward managers at all three hospitals helped rewrite the trust's police liaison policy.>>

<<P:The patients' council reviewed the joint plan and insisted that every patient involved in a police attendance
should be offered a conversation afterwards with someone who was not there, which the trust now provides through
its advocacy service.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1712  choking risk on older people's mental health wards - docx - form
#        table - short - ward manager, plain - mental health trust with the
#        community trust's speech and language therapy service - patients'
#        relatives and staff involved - NO evidence section and no measured
#        change anywhere in the entry
# ---------------------------------------------------------------------------
entry(
    id="I1712", format="docx", layout="form_table", topic="choking_risk_older_adult_mental_health_wards",
    project="independent107-safeswallow-1712", docx_font="Calibri",
    title="Safe Swallow: reducing choking risk on older people's mental health wards",
    cover_table=[
        ("Title of entry", "Safe Swallow: reducing choking risk on older people's mental health wards"),
        ("Lead organisation", "Calderwick and Stourmere Mental Health NHS Foundation Trust (Older Adult Inpatient Services)"),
        ("Partner organisation", "Stourmere Community Health NHS Trust (Adult Speech and Language Therapy)"),
        ("Entrant", "Ward Manager, Beech Ward"),
    ],
    primary_entrant=dict(name="Calderwick and Stourmere Mental Health NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Stourmere Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the safety issue.", """
Our two older adult wards care for people with severe depression, psychosis and dementia with distressed
behaviour. Many of them have difficulty swallowing, because of dementia, Parkinson's disease, strokes or the side
effects of antipsychotic medicines. Choking and aspiration pneumonia are real risks, and in 2022 a patient on one
of our wards choked on a sandwich and needed resuscitation.

We had no speech and language therapist of our own. Referrals to the community speech and language therapy
service could take weeks, and in the meantime nurses were guessing what texture of food and drink was safe.
Modified diets were not always followed at mealtimes, and snacks brought in by visitors were not checked.

The problem was made worse by how our wards work. Meals arrive from a central kitchen and are served by
housekeepers who change from shift to shift. Patients with dementia may take food from another person's plate, or
hide food to eat later. Some of the medicines we use to treat agitation and psychosis make swallowing harder, and
sedation at mealtimes adds to the risk. None of this was visible in a nursing care plan that said 'soft diet' and
nothing more.

Since 2023 a speech and language therapist from the community trust visits each ward weekly, assesses anyone
with swallowing concerns, and trains ward staff and housekeepers. Every patient with a modified diet has a
placemat at mealtimes showing their food and drink textures, and visitors are asked to check with staff before
giving food.

The ward nurses also now record a swallowing screen for every patient on admission, using three simple questions
and a water test where it is safe to do one, so that the therapist's weekly visit can be used for the people most at
risk. When someone is prescribed a new antipsychotic, the ward pharmacist flags it so that their swallowing is
checked again.
"""),
        ("stakeholders", "How were patients, carers and staff involved?", """
<<P:Relatives who visit regularly helped us design the visitor guidance, and a daughter whose father was on a soft
diet suggested we keep a cupboard of suitable snacks that visitors can offer, which we now do.>>

<<P:Two patients who were well enough to take part tasted the thickened drinks with the therapist and chose the
brands we now stock, because they said the first ones were so unpleasant that people were refusing to drink.>>

<<S:Ward housekeepers, who serve meals, told the speech and language therapist that the diet sheets were hard to
read in a busy kitchen, and together they designed the coloured placemats.>> <<S:Nurses on both wards trialled
the weekly referral list and asked for urgent referrals to be possible by phone between visits.>>
"""),
        ("value", "What has been the impact on experience, and value for money?", """
The therapist's time is funded through a service agreement of about £21,000 a year. Placemats cost very little.
Staff say they feel more confident at mealtimes, and relatives say they feel more involved. The speech and
language therapist has assessed 143 patients since the service started.

We have not yet measured the effect on choking incidents or chest infections, and we know that incidents are rare
enough that a change would take time to show. We plan to look at this with the trust's patient safety team.
"""),
        ("spread", "How has the work been shared?", """
The placemats and visitor guidance have been shared with the trust's other older adult ward and with two local
care homes. We presented the work at the trust's quality improvement event in 2024.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)
