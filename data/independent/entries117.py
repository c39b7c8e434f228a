"""One-hundred-and-seventeenth independent evaluation set (I1857..I1872) for the HSJ 'Best
Partnership Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were read
(with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or any
earlier gold output.  All organisations, places and people are fictional.  The entries are
meant to be ordinary: the kind of thing acute and community trusts, district nursing teams,
hearing loss and hospice charities, councils, pharmacy committees, primary care networks,
police and ambulance services, universities, integrated care boards, housing associations
and (in the ineligible cases) a bank, a pharmacy company and a GP practice on its own send
in, in their own voices and at their own length.  The theme of this set is older people
living at home and community services: frailty, virtual wards and hospital at home, hearing
and sight loss, loneliness, financial abuse and scams, district nursing and night-time care.

Topics (lead's type and layout):
  I1857 overnight escalation for patients on a frailty virtual ward (nhs_trust, acute;
        pdf own_headings)
  I1858 unrecognised hearing loss in housebound district nursing patients (charity, hearing
        loss; docx bold_headings with a cover table)
  I1859 loneliness and readmission after discharge from an acute frailty unit
        (local_authority; docx numbered_questions with cover bullets)
  I1860 romance and investment scams emptying older customers' savings (PRIVATE bank as
        primary entrant, ineligible; pdf bullet_lists)
  I1861 blocked urinary catheters at night in people living at home (nhs_trust, community
        district nursing; pdf two_column, no spread section)
  I1862 medicine labels and instructions that people with sight loss cannot read
        (primary_care, local pharmaceutical committee; docx form_table)
  I1863 delirium in older people treated on hospital at home (university; pdf
        caps_headings)
  I1864 frailty care plans shared between practices and out-of-hours services
        (primary_care, primary care network; docx no_headings)
  I1865 night sitters for families caring for someone dying at home (charity, hospice;
        pdf with_appendix)
  I1866 blister packs not updated after medicine changes on hospital at home (PRIVATE
        pharmacy group as primary entrant, ineligible; docx rubric_headings)
  I1867 a telephone friendship line noticing older callers becoming unwell (charity, older
        people's charity; docx style_headings)
  I1868 people with combined sight and hearing loss who have home care (icb; pdf
        form_table with a cover table)
  I1869 cash handling and financial abuse by paid carers (emergency_service, police; docx
        reordered, results first)
  I1870 annual frailty reviews at home by one practice's own team (primary_care, one GP
        practice, no partner, ineligible; pdf style_headings made from Word via soffice)
  I1871 ambulance crews referring older people to a virtual ward at night instead of
        conveying them (emergency_service, ambulance; pdf numbered_questions)
  I1872 virtual ward monitoring kit for sheltered housing tenants without broadband
        (charity, housing association; docx bullet_lists, short, no evidence section)

Build it with

    .venv/bin/python data/independent/build.py --set 117   (writes data/corpus/independent117/)

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
  * not Q: dates, financial years, bed/ward/home/practice counts, headcounts, numbers
    trained, activity counts (visits, calls, referrals, checks, kits, people screened or
    identified), single figures with no baseline, a zero with no earlier figure, figures
    that did not change, budgets, costs and savings estimates, phone numbers, postcodes,
    reference numbers, targets not yet reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    (including 'halved', 'a third fewer' and a sustained shift on an SPC chart);
    no_quantitative_evidence looks only at the evidence section (or the whole entry when
    the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, volunteers with lived experience, unusual names for
    the people involved, list items), wherever in the entry it is told; a volunteer with
    lived experience, employed by a partner, who helped design the work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices, primary care networks and local pharmaceutical committees
are primary_care; hospices, hearing loss and older people's charities and charitable
housing associations are charity; a university is university; banks, pharmacy companies
and technology suppliers are private).  A department or team of the entrant's own
organisation is not a partner.  Flags are written by hand and build.py cross-checks them
against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1857  overnight escalation on a frailty virtual ward - pdf - own headings -
#        frailty consultant, measured - acute trust with ambulance service, an
#        out-of-hours GP cooperative and a carers' centre - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1857", format="pdf", layout="own_headings", topic="frailty_virtual_ward_overnight_escalation",
    project="independent117-afterdark-1857", pdf_font="LiberationSans", pdf_align="L",
    title="After Dark: making the frailty virtual ward safe between 8pm and 8am",
    cover=[
        "Lead organisation: Ellerbeck Hospitals NHS Foundation Trust (Frailty Virtual Ward)",
        "Partners: Stainmoor Ambulance Service NHS Trust; Ellerbeck Urgent Care Cooperative (out-of-hours GP service); Ellerbeck and District Carers' Centre",
        "Entry prepared by the consultant geriatrician and clinical lead for the virtual ward",
    ],
    primary_entrant=dict(name="Ellerbeck Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Stainmoor Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Ellerbeck Urgent Care Cooperative", type="primary_care"),
        dict(name="Ellerbeck and District Carers' Centre", type="charity"),
    ],
    sections=[
        ("context", "Why nights were the weak point", """
Our frailty virtual ward opened in late 2022 with 40 'beds'. The patients are older people who would
otherwise be in one of our medical wards: people with a chest or urine infection, a flare of heart
failure, a fall without a fracture, or a sudden loss of mobility that needs a few days of treatment and
therapy. They stay in their own homes, and our team of nurses, therapists, advanced clinical
practitioners and doctors visits them, reviews them by video and looks at the readings they send from a
small monitoring kit.

In the daytime this works well. At night it did not. The virtual ward team worked from 8am to 8pm. After
that, patients and their families were told to ring NHS 111 or 999 if they were worried. We assumed that
the ambulance crew or the out-of-hours doctor would be able to see that the person was on a virtual
ward and would know what to do. In practice they usually could not see our notes, did not know who to
call, and did what any sensible clinician would do with a frail 89-year-old who has a temperature at
3am: they took the person to the emergency department.

We reviewed every overnight contact in the first six months. Many ended in a long wait on a trolley,
and some patients developed delirium or a pressure sore on the way. In two cases the escalation went
the other way: a carer rang 111 about a confused, breathless husband, was given advice to wait for the
morning team, and by the morning he was much more unwell. There was also a pattern of monitoring alerts
that fired overnight, were not seen by anyone, and were found at the 8am handover.

We could not afford to staff a full night team on our own. The ambulance service and the out-of-hours
GP cooperative were already awake all night, and the carers' centre knew far more than we did about
what it feels like to be the person in the house at 2am. So we asked them to design the night with us.

Part of the difficulty was that everyone was doing their job properly. The ambulance crew had no
information and a duty to keep the patient safe. The out-of-hours GP had ten minutes and a patient they
had never met. NHS 111 followed its algorithms, which know nothing about virtual wards. The monitoring
platform did exactly what it was built to do and raised an alert, but the alert went to an inbox that
nobody opened until morning. Each piece was sound; the gaps between them were where patients fell.

We also had to be honest that a virtual ward patient is, by definition, someone who would otherwise be
in a hospital bed. On a ward, a nurse would see them several times during the night. At home, with the
day team gone, they had nobody.
"""),
        ("evidence", "What the numbers show", """
The new model started in July 2023. There is now one virtual ward nurse on duty overnight, based in the
out-of-hours cooperative's base, with a consultant on call by phone. Every patient has a one-page
'if things change tonight' plan, visible to the ambulance service and the cooperative, which says what
the person and family want and what can safely be done at home. Monitoring alerts after 8pm go to the
night nurse. Ambulance crews who attend a virtual ward patient call the night nurse before deciding
whether to convey.

We compared the twelve months before the change with the twelve months after.

<<Q:Overnight conveyances to the emergency department of patients on the virtual ward fell from 31 per
100 admissions to 12 per 100 admissions.>> <<Q:Monitoring alerts left unseen until the morning went from
an average of 22 a month to none in each of the last nine months.>> <<Q:The proportion of patients who
developed new delirium during their virtual ward stay fell from 9% to 5%.>>

<<Q:Unplanned hospital admissions within 30 days of leaving the virtual ward dropped from 18% to 13%.>>
There were no deaths in the period that our mortality review judged avoidable.

In the same period the virtual ward looked after 1,142 patients, and the night nurse took 2,380 calls.
"""),
        ("stakeholders", "Designing the night together", """
<<S:Paramedics from the ambulance service's two nearest stations spent three workshops with our nurses
working out what they needed to know at the front door, and it was their suggestion that the plan should
fit on one side of paper with the 'do not convey unless' box at the top.>> <<S:The cooperative's GPs and
call handlers tested the call route with us for a month using made-up calls, which showed that the night
nurse's number was too hard to find on their system, so it now appears as a banner on the patient's
record.>> <<S:Our own virtual ward nurses chose the overnight rota pattern after trying two different
versions.>>

<<P:The carers' centre brought together eleven carers whose relatives had been on the ward, and they
told us plainly that being told to ring 111 felt like being abandoned.>> <<P:They wrote the wording of
the evening phone call that every family now receives at about 7pm, which ends with the night nurse's
name.>> <<P:Two patients who had been on the ward helped us choose where the kit's alert light should go
so that it could be seen from a bed.>>
"""),
        ("value", "Cost and value", """
The night nurse post and consultant on-call payments cost about £210,000 a year, funded from the virtual
ward budget. Each avoided overnight conveyance saves an ambulance journey, a long wait in the emergency
department and, often, an admission. We estimate the net saving at about £340,000 a year, though we
treat that figure with caution.

The harder thing to cost is how it feels. Families say the night is less frightening when they know
someone who has read the notes will answer. Paramedics say they no longer feel pushed into taking
someone in 'just to be safe'.

There have been costs of a different kind. The night nurse role is demanding and lonely, and we have had
to build in a proper break and a clear route to the on-call consultant. We also had to agree with the
ambulance service who is accountable when a crew leaves a patient at home on the strength of a phone
call. The answer is that the decision is shared and written down on both records, and the virtual ward
visits first thing the next morning in every case.
"""),
        ("spread", "Sharing it", """
The one-page plan and the call route have been adopted by the neighbouring trust's respiratory virtual
ward, and the ambulance service has asked every virtual ward in its region to use the same format so its
crews see one design rather than six. We have presented the model at the regional virtual wards network
and shared the plan template, the carers' evening call script and our review method.

Our main lesson is that a virtual ward is only as safe as its weakest hour, and that the people who
are already working at night are the obvious partners.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1858  unrecognised hearing loss in housebound district nursing patients -
#        docx - bold headings with a cover table - hearing loss charity
#        services manager, chatty - with a community trust and an audiology
#        department - staff involved - NO patient involvement (patients as
#        beneficiaries, a satisfaction survey that changed nothing, a plan) -
#        a claim in words
# ---------------------------------------------------------------------------
entry(
    id="I1858", format="docx", layout="bold_headings", topic="hearing_loss_housebound_district_nursing",
    project="independent117-sayitagain-1858", docx_font="Calibri",
    title="Say It Again: finding and fixing hearing loss in housebound patients",
    cover_table=[
        ("Entry title", "Say It Again: finding and fixing hearing loss in housebound patients"),
        ("Lead organisation", "Hearing Matters Hexley (registered charity)"),
        ("Partner organisations", "Hexley Community Healthcare NHS Trust (District Nursing); Hexley General Hospital NHS Trust (Adult Audiology)"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
        ("Contact", "Services Manager, Hearing Matters Hexley"),
    ],
    primary_entrant=dict(name="Hearing Matters Hexley", type="charity"),
    partners=[
        dict(name="Hexley Community Healthcare NHS Trust", type="nhs_trust"),
        dict(name="Hexley General Hospital NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The problem", """
We are a small local charity. For twenty years we have run hearing aid clinics in libraries and church
halls, where volunteers clean hearing aids, change tubing and batteries and help people get more out of
them. What we had never done much of was go to people who cannot get out of the house.

<<S:The idea came from a district nurse who dropped into one of our clinics with her own mother.>> <<S:She told us
that on her caseload there were dozens of people who nodded at everything she said and, she suspected,
heard very little of it.>> A lot of district nursing is talking: explaining how to take a new medicine,
checking whether a wound is more painful, asking about falls or bleeding, agreeing what to do if things
get worse. If the patient cannot hear, none of that works, and the nurse may not realise.

When we looked into it together, the examples were worrying. A man with leg ulcers who had been told to
keep his legs raised, and thought he had been told to keep them warm, and sat with them by the fire. A
woman on a blood thinner who had not heard the nurse say that she should ring if her urine was pink. A
gentleman whose hearing aids had been sitting in a drawer for two years with flat batteries, who had
been labelled on his records as 'confused'. Hospital audiology had a waiting list of several months for
home visits and only took referrals from GPs.

Hearing loss is very common in the people district nurses see. Most people over 80 have some degree of
it, and many of those who have been given hearing aids do not wear them, because the batteries are flat,
the tubing is blocked, the aid whistles or they simply cannot get it in with arthritic fingers. For a
housebound person there is no easy way to get help. Our clinics were no use to someone who cannot leave
the house, and the hospital department was stretched.

We also learned that hearing loss is often mistaken for something else. A person who does not answer a
question properly may be recorded as confused or as having dementia. A person who does not follow advice
may be labelled as non-compliant. A person who does not answer the door may be thought to be out. Each of
those labels changes how people are treated, and not always for the better.
"""),
        ("evidence", "What difference it made", """
From March 2023 district nurses in two localities have asked three simple questions about hearing at the
first visit and recorded the answers. Anyone who struggles, or whose hearing aids are not in use, is
referred to us. One of our volunteers visits within two weeks to check, clean and retube the aids,
change batteries and show the person and their family how to look after them. If the aids are faulty
or the person has never been assessed, our volunteer refers them directly to the audiology department,
which now accepts referrals from us and from the district nurses, and offers a home visit.

Over eighteen months 612 patients were asked the questions and 241 were referred to us. Our volunteers
made 288 home visits. Audiology assessed 97 people at home and fitted or replaced aids for 74 of them.

<<Q:In an audit of the nursing records before and after, the share of housebound patients whose notes
recorded that they had understood and could repeat back their care plan rose from 41% to 78%.>> <<Q:The
number of medication errors on the caseload that were put down to a misunderstanding halved over the
same period.>>
"""),
        ("stakeholders", "Who was involved", """
<<S:The district nursing team leaders in both localities helped us write the three questions, and they
dropped our first version, which had seven, because it did not fit into a first visit.>> <<S:Audiology
staff agreed the referral criteria with our volunteers and changed their home visit booking so that
a district nurse can be present if the patient wants.>> <<S:Healthcare assistants on the caseload
suggested that they, rather than the nurses, should do the hearing aid battery checks on each visit,
because they see the patients most often, and that is how it now works.>>

Patients were the reason we did this, and they have benefited most. We sent a satisfaction card to
everyone who had a volunteer visit, and the replies were so positive that we did not change anything.
We hope to bring some of the people we have visited onto our advisory panel next year.
"""),
        ("value", "Value for money", """
The volunteer visits cost us about £30 each in travel and batteries, paid for by a grant from a local
trust fund. The district nurses' questions take two minutes. Audiology's home visits come out of their
existing budget. Against that, a single medicine error that ends in a hospital stay costs far more than
our whole programme.

The district nurses tell us their visits are quicker and less frustrating when the person can hear
them, and our volunteers have loved getting out to people who had been forgotten.

There is also a benefit we had not expected. Several of the people our volunteers visited had stopped
using the telephone because they could not hear it ring or could not follow a conversation. With working
hearing aids, and in some cases an amplified phone from the council's sensory team, they can ring their
surgery or their family again. For someone living alone, that is a safety net in itself.

We have tried to keep the scheme simple. The questions are short, the referral is a phone call or an
email, and our volunteers carry everything they need in a small case: batteries of each size, tubing,
cleaning tools, a stethoscope-style listener to check the aid is working, and large-print instructions.
"""),
        ("spread", "Spreading the idea", """
The community trust has added the three hearing questions to the district nursing assessment across the
whole of Hexley from April 2025. We have shared our volunteer training pack with two other hearing
charities in the region. The audiology department has asked the community matrons to use the same
referral route.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1859  loneliness and readmission after discharge from an acute frailty unit
#        - docx - numbered questions with cover bullets - council prevention
#        and wellbeing lead, warm - council with an acute trust and a
#        befriending charity - patients (described people) and staff
#        involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1859", format="docx", layout="numbered_questions", topic="loneliness_readmission_frailty_discharge",
    project="independent117-firstfortnight-1859", docx_font="Arial",
    title="The First Fortnight: company and checks for older people going home alone from the frailty unit",
    cover=[
        "A partnership entry to the HSJ Patient Safety Awards",
    ],
    cover_bullets=[
        "Lead: Marrick Borough Council, Prevention and Wellbeing Service",
        "With: Marrick and Ouseby Hospitals NHS Trust (Acute Frailty Unit); Marrick Good Company (befriending charity)",
        "Written by the council's Prevention and Wellbeing Lead",
    ],
    primary_entrant=dict(name="Marrick Borough Council", type="local_authority"),
    partners=[
        dict(name="Marrick and Ouseby Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Marrick Good Company", type="charity"),
    ],
    sections=[
        ("context", "1. What was the problem and why did it need a partnership?", """
Marrick's acute frailty unit sends most of its patients home within 72 hours, which is what they want
and what is best for them. Many of them live alone. When the unit's discharge coordinator looked at the
patients who came back within a month, she noticed something that was not in any of the risk scores:
a large number of them had nobody who would notice if they were going downhill. No family nearby, no
friends who called, and often no reason to speak to anyone from one day to the next.

Loneliness is usually thought of as a wellbeing issue, not a safety one. But in the first two weeks at
home after a stay in hospital, a frail person living alone is at real risk. They may not eat properly.
They may not take new tablets as intended. They may fall and not be found. They may become confused
again with a recurring infection and nobody will notice that they are 'not themselves', because nobody
knows what 'themselves' looks like.

The council's prevention team runs a social prescribing service, and a local charity, Marrick Good
Company, runs telephone and doorstep befriending. Neither had links to the frailty unit. Referrals to
both came weeks after discharge, if at all.

The three organisations first met in the spring of 2023, after the council's director of public health
asked the trust what it knew about loneliness among its patients. The honest answer was: very little. The
trust recorded whether people lived alone, but not whether anyone ever visited, rang or noticed them. We
agreed to try a simple partnership for a year and to measure it properly.
"""),
        ("evidence", "2. What has improved, and how do you know?", """
Since October 2023, anyone leaving the frailty unit who lives alone and says they have no regular
contact is offered the First Fortnight. A befriender from the charity rings them on the day after they
get home and then every other day for two weeks, and visits at least once. The befrienders use a short
set of 'how are you really' questions agreed with the unit. If anything is worrying, they call the
unit's discharge line, which is answered by a nurse who can arrange a visit from the community team the
same day. After two weeks a social prescriber from the council picks up longer-term support: lunch
clubs, a community transport pass, a lift to church, or simply a regular friend.

In the first year 318 people were offered the service and 247 accepted. The befrienders made 2,914
calls and raised 163 concerns with the discharge line.

<<Q:Readmission within 30 days among people who took up the First Fortnight was 11%, compared with 19% in
the same group of patients in the year before it started.>> <<Q:Falls at home reported in the first
month after discharge among people living alone fell from 14% to 8%.>> <<Q:On the three-item loneliness
scale, the average score of people completing the fortnight went from 7.4 to 5.9.>>
"""),
        ("stakeholders", "3. How were patients, carers and staff involved?", """
<<P:The service was shaped by six people who had been through the frailty unit and gone home alone,
whom the charity met over tea in their own homes.>> <<P:One of them, a retired postman, said the worst
moment was the evening of the first day, when the house was quiet and he did not know who to ring, so
the first call is now made before 6pm on the day after discharge and includes the discharge line
number written on a fridge card.>> <<P:A woman who had cared for her husband until he died told us that
'how are you?' always gets the answer 'fine', which led to the 'how are you really' questions being
rewritten in her words.>>

<<S:Nurses on the frailty unit chose which patients should be offered the service and designed the
referral so that it takes a minute on the discharge checklist.>> <<S:The charity's volunteer befrienders
tried the questions for a month and asked for a clear rule on when to ring the discharge line, which
the unit's matron then wrote with them.>> <<S:Social prescribers from the council worked with the
befrienders on the handover at two weeks, and asked for a joint visit where the person wants one.>>
"""),
        ("value", "4. What has been the impact on patient experience and value for money?", """
The First Fortnight costs about £62,000 a year, mainly the charity's volunteer coordinator and
expenses, split between the council's public health grant and the trust. If it prevents even a small
number of readmissions, it pays for itself. More importantly, people tell us that the first fortnight
is the time they felt most alone and most frightened, and that a friendly voice made a difference.

There are things we are still working on. Some people decline the service because they do not want to
be a burden or do not see themselves as lonely; we respect that, and the unit gives them the discharge
line number anyway. Befrienders have to be recruited and supported carefully, because some of the calls
are hard, and the charity has added a monthly group supervision session run by a counsellor. We also
need to be careful that the service does not become a substitute for proper community nursing or care
when that is what someone needs. The 'how are you really' questions are there to spot exactly that.
"""),
        ("spread", "5. How has the learning been shared and spread?", """
The trust is offering the First Fortnight to patients leaving its two community hospitals from spring
2025. We have shared the referral form and the questions with three neighbouring councils and presented
the work at the regional ageing well network. The charity has written a short guide for other
befriending groups who want to work with a hospital.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1860  romance and investment scams - pdf - bullet lists - PRIVATE bank as
#        primary entrant with police and a council (ineligible) - head of
#        vulnerable customers, corporate - customers involved - NO staff
#        involvement (branch staff trained, one named lead, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1860", format="pdf", layout="bullet_lists", topic="romance_investment_scams_older_customers",
    project="independent117-pausecheck-1860", pdf_font="DejaVuSans", pdf_align="L",
    title="Pause and Check: protecting older customers from romance and investment scams",
    cover=[
        "Entrant: Tollerton & Brisley Bank plc, Vulnerable Customers Unit",
        "Working with Fellbridge Constabulary (Economic Crime Unit) and Fellbridge County Council (Adult Safeguarding)",
        "Submitted by the Head of Vulnerable Customers",
    ],
    primary_entrant=dict(name="Tollerton & Brisley Bank plc", type="private"),
    partners=[
        dict(name="Fellbridge Constabulary", type="emergency_service"),
        dict(name="Fellbridge County Council", type="local_authority"),
    ],
    sections=[
        ("context", "Background", """
Why this is a patient safety issue:

- when an older person loses their savings to a scammer, the harm does not stop at money: they may stop heating the house, stop buying food or medicines, and stop seeing people out of shame

- Fellbridge safeguarding adults board data show financial abuse as a factor in a growing number of cases of self-neglect and falls at home

- older people often become withdrawn, anxious or unwell after a scam comes to light, and some stop seeing their GP altogether

What was happening:

- in 2022 our fraud team saw a sharp increase in romance and investment scams against customers over 70, often lasting many months

- scammers coached customers to lie to branch staff about why they were withdrawing cash or making transfers

- our branches had no way of telling the police or the council's safeguarding team when they were worried, other than a 999 call for a crime in progress

- after a scam, customers were left with a crime reference number and nothing else

What Pause and Check does:

- a 24-hour 'cooling off' hold on large first-time transfers by customers over 70, with a call from a specialist in our Vulnerable Customers Unit

- a direct line from our unit to the police economic crime unit and, with the customer's consent, to the council's safeguarding team

- a follow-up visit within a week for any customer who has lost money, from a police protect officer and, where needed, a social worker, to check on their health and safety at home

- a short 'scam aftercare' leaflet, in large print, with numbers for the council, the police, local befriending services and the customer's own GP practice

- a marker on the customer's account, with their agreement, so that any new payee triggers a call from the same specialist who helped them before
"""),
        ("evidence", "Results", """
We compared the 12 months before launch (April 2022 to March 2023) with the first full year after.

- <<Q:money lost by customers over 70 to romance and investment scams in Fellbridge fell from £2.9 million to £1.1 million>>

- <<Q:the share of scam attempts stopped before any money left the account rose from 23% to 61%>>

- <<Q:repeat victimisation within a year, where the same customer was scammed again, fell from 27% to 9%>>

- 486 customers were referred to the police economic crime unit and 131 to safeguarding

- 212 follow-up home visits were made
"""),
        ("stakeholders", "Stakeholder involvement", """
- <<P:we held four listening sessions with customers who had been scammed, and they told us that the hardest thing was being asked 'why did you do it?', so our specialists now begin every call by saying that scams happen to careful people>>

- <<P:a customer panel of older people tested the wording of the cooling-off message on the app and in branch, and rejected our first draft as sounding like an accusation; the final version is theirs>>

- all 340 branch staff in the region were trained to recognise the signs of coaching

- the council's safeguarding team was briefed at its quarterly meeting

- our Head of Vulnerable Customers, Sarah Quarrington, led the project and wrote the referral protocol

- we plan to bring police protect officers and social workers together to review the follow-up visits in 2025
"""),
        ("value", "Value", """
- the project was funded from the bank's fraud prevention budget, at about £450,000 over two years

- the money saved for customers far outweighs this cost, and the bank reimburses many victims, so prevention also saves the bank money

- the follow-up visits have found customers who were not eating or heating their homes, who were then linked with help

- scam victims often lose trust in everyone, including their bank, their family and the services that could help them; the aftercare is designed to rebuild that trust quickly

- the council reports that safeguarding enquiries for financial abuse now start with a clear account of what happened, because the bank's records are shared on the first day
"""),
        ("spread", "Spread", """
- the cooling-off hold is being rolled out to all our customers over 70 in the UK from 2025

- Fellbridge Constabulary has shared the referral route with two other banks operating in the county

- the council has added financial abuse questions to its safeguarding screening tool
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1861  blocked urinary catheters at night - pdf - two columns - district
#        nursing service manager, brisk - community trust with an ambulance
#        service and a continence support group - patients (by pronoun) and
#        staff involved - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I1861", format="pdf", layout="two_column", topic="night_catheter_blockage_district_nursing",
    project="independent117-flowingfreely-1861", pdf_font="LiberationSerif",
    title="Flowing Freely: a night-time answer for blocked catheters at home",
    cover=[
        "Lead organisation: Carrowdale Community Health NHS Trust (Adult District Nursing Service)",
        "Partners: Pennock Valley Ambulance Service NHS Trust; Carrowdale Bladder and Bowel Support Group",
        "Contact: Service Manager, District Nursing (Nights and Weekends)",
    ],
    primary_entrant=dict(name="Carrowdale Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Pennock Valley Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Carrowdale Bladder and Bowel Support Group", type="patient_group"),
    ],
    sections=[
        ("context", "The problem", """
About 900 people on our district nursing caseload live with a long-term urinary catheter. Most are
older, many are housebound, and a fair number also have dementia, a spinal injury or advanced
Parkinson's. A catheter that blocks is painful and frightening: the bladder fills, the person becomes
distressed and sweaty, and in someone with a spinal injury it can trigger a dangerous rise in blood
pressure. Left for hours, a blockage can lead to infection, sepsis and kidney damage.

Blockages do not keep office hours. Our night service was two nurses covering the whole of Carrowdale,
a large rural area, mainly for end of life care. If a catheter blocked at night, the person or their
carer usually rang 111, who often sent an ambulance. Ambulance crews are not equipped to change most
catheters, so the person was taken to the emergency department, where they might wait six or eight
hours for someone to do a ten-minute job. Older people were coming home at dawn exhausted, sometimes
with a new infection, sometimes after a fall in the department.

In 2022 we reviewed a year of these journeys with the ambulance service. Very few of the people needed
hospital. What they needed was a nurse with the right kit, quickly.

Several things made the problem worse than it needed to be. Many people did not know what size or type
of catheter they had, so even when a nurse did visit, she might not have the right one. Out-of-hours GPs
could prescribe a new catheter but not fit it. Some care homes and families had been told to ring 999
for any catheter problem, because that was the only number that was always answered. And once a person
had been to hospital a few times with a blocked catheter, they often dreaded the next time so much that
they drank less to avoid it, which makes blockage and infection more likely.
"""),
        ("evidence", "Evidence of improvement", """
Since May 2023 we have run a night catheter response. A third night nurse covers the county from 10pm
to 7am with a car carrying catheter packs, bladder washouts and a bladder scanner. Ambulance control
passes catheter calls to her directly, and 111 has a direct referral route. Every person with a
long-term catheter has a 'my catheter' card at home with the night number, their catheter size and
type, and what has worked before.

<<Q:Night-time ambulance conveyances to the emergency department for catheter problems fell from 214 in
the year before to 47 in the first year of the service.>> <<Q:The average time from a call to the
catheter being changed or unblocked went down from just over seven hours to 1 hour 40 minutes.>>
<<Q:Catheter-associated urinary tract infections needing hospital admission on the caseload fell from 38
to 21.>>

The night nurse attended 512 calls in the year and changed 389 catheters.

The remaining calls were dealt with by unblocking or repositioning the catheter, by advice over the
phone, or, in a small number of cases, by a transfer to hospital because the person was also acutely
unwell. Every call is logged on the shared record, so the daytime district nurse can see what happened
overnight when she starts her shift.

The service is available every night of the year. On the nights when the night nurse is already at
another call, ambulance control is told and the call is held for up to an hour, with a welfare call to
the person every 20 minutes, before an ambulance is sent.
"""),
        ("stakeholders", "Who took part", """
<<P:The Carrowdale Bladder and Bowel Support Group has members who use catheters and members who care
for someone who does.>> <<P:They told us how long the wait in the emergency department felt and what
they would want from a night visit, and they wrote the 'my catheter' card with our continence nurses.>>
<<P:It was their idea to include a line on the card for 'what has worked before', because so many
people had to explain their own history at 3am.>>

<<S:Our night nurses trialled the kit list for three months and removed items that were never used, and
they asked for the bladder scanner, which the trust then bought.>> <<S:Ambulance service dispatchers
helped us write the questions that decide whether a call comes to us or needs an ambulance.>>
"""),
        ("value", "Value", """
The extra night nurse, car and kit cost about £96,000 a year. Each avoided ambulance conveyance and
emergency attendance saves several hundred pounds, and each avoided admission far more. The service has
paid for itself within the year by our estimate.

More than that, people with catheters say they are no longer afraid of the night.

The service has also changed how we think about catheter care in the daytime. Every person whose
catheter blocks at night now has a daytime review by the continence team within a week, to look at
whether the catheter size, type or change interval is right, and whether a bladder washout or a
different drainage bag would help. Night calls have become a signal for daytime action rather than a
problem that disappears at 7am.

For the ambulance service, each catheter call that comes to us is one less long job for a crew that
could be responding to a stroke or a cardiac arrest.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I1862  medicine labels people with sight loss cannot read - docx - form -
#        LPC chief officer, plain - LPC with a sight loss society and a
#        council sensory team - patients (passive voice) and staff involved -
#        NO quantitative evidence (counts, pharmacies signed up, single
#        figures, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1862", format="docx", layout="form_table", topic="sight_loss_medicine_labels_pharmacy",
    project="independent117-clearlabels-1862", docx_font="Arial",
    title="Clear Labels: medicines information that people with sight loss can use",
    cover_table=[
        ("Title of entry", "Clear Labels: medicines information that people with sight loss can use"),
        ("Lead organisation", "Caldbeck and Whitlow Local Pharmaceutical Committee"),
        ("Partner organisations", "Caldbeck Sight Loss Society; Caldbeck Metropolitan Borough Council (Sensory Support Team)"),
        ("Entrant's role", "Chief Officer"),
    ],
    primary_entrant=dict(name="Caldbeck and Whitlow Local Pharmaceutical Committee", type="primary_care"),
    partners=[
        dict(name="Caldbeck Sight Loss Society", type="charity"),
        dict(name="Caldbeck Metropolitan Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", "Describe the problem and why a partnership was needed", """
Medicine labels are printed in small type on white stickers, often curled around a round box. Patient
information leaflets are in even smaller print. For the growing number of older people in Caldbeck and
Whitlow who have macular degeneration, glaucoma or diabetic eye disease, this can mean not knowing which
box is which, taking the wrong dose or taking the same medicine twice.

The sight loss society's rehabilitation workers see this in people's homes all the time: tablets
sorted by the colour of the box, a neighbour reading the labels once a month, or a person who has simply
stopped taking something because they could not tell it apart from another. The council's sensory
support team had similar stories. Community pharmacies could print large labels or supply talking
labels, but most did not know who needed them, and people with sight loss did not know to ask.

The Accessible Information Standard already says that a person's communication needs should be recorded
and met. In community pharmacy, it was rarely happening.

There was no single organisation responsible for putting this right. Pharmacies did not know which of
their customers had sight loss, because GP records rarely said so and prescriptions carried no flag. The
sight loss society knew its members but had no way of telling their pharmacies. The council's sensory
team assessed people at home and could see the problem in their kitchen cupboards, but had no link with
pharmacy at all. The committee represents every community pharmacy in the area, so it was well placed to
bring the three together.
"""),
        ("evidence", "What evidence do you have that the work has improved safety?", """
Clear Labels started in June 2023. People with sight loss can now be referred by the sight loss society
or the council's sensory team, or can ask at any participating pharmacy. The pharmacy records their
needs on the patient record, so every dispensing prints a large-print label in bold type, with the
medicine's purpose written on it ('for blood pressure'). Where a person cannot read even large print,
the pharmacy supplies a recorded talking label or a tactile marker agreed with the person.

By the end of September 2024, 71 of the 84 pharmacies in the area had signed up and 96 pharmacy staff
had completed the training. 1,204 people had their needs recorded, and 318 had talking labels. Every
person who had a talking label supplied had a follow-up call from the pharmacy within a month.

The sight loss society's rehabilitation workers now check medicines at every home visit. In the last
quarter they found 12 people with medicines they could not identify. Our target is that every pharmacy
in the area signs up by March 2025.
"""),
        ("stakeholders", "How were patients, service users and staff involved?", """
<<P:The label designs were tried out at home over a month by members of the sight loss society's
Tuesday group, and the bold sans-serif version they found easiest was adopted.>> <<P:The idea of
printing what the medicine is for, not just its name, was put forward at those sessions and has been
used on every label since.>> <<P:Several group members with no useful sight were asked which talking
label device was simplest, and the one with a single large button was chosen on their advice.>>

<<S:Pharmacists and dispensers from eight pharmacies piloted the labels for two months and told us that
the label printer settings needed changing for each system, so the committee wrote a one-page guide for
each of the three main dispensing systems.>> <<S:The council's rehabilitation officers designed the
referral form with the society's staff.>>
"""),
        ("value", "What has been the impact on experience and value for money?", """
Large-print labels cost nothing extra to print. Talking labels cost around £4 each and are funded by the
council. The training was delivered online in the evening. People who use the labels say they feel more
independent and less reliant on family to sort their tablets. Pharmacy teams say it is a simple thing
that makes them feel they are doing right by their patients.

Some problems remain. Hospital discharge medicines are still supplied with standard labels, so a person
may come home with a bag of medicines they cannot read until their regular pharmacy takes over. Patient
information leaflets are still in small print, although most manufacturers will supply a large-print or
audio version on request and our guide explains how to ask. Some dispensing systems cannot print a large
label on a small box, and pharmacies have had to use a fold-out label instead.

We have also found that sight loss rarely comes alone. Many of the people referred also have hearing
loss, arthritis in their hands or memory problems, and the pharmacy record now has space to note these
too, so that a person who cannot open a child-resistant cap or press out a blister is offered a different
container.
"""),
        ("spread", "How has it been shared and spread?", """
Three neighbouring pharmaceutical committees have asked for our guide and training. The integrated care
board has included Clear Labels in its accessible information plan, and the society has shared the
approach through its national network.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1863  delirium in older people on hospital at home - pdf - CAPS headings -
#        university nursing lecturer, academic - university with an acute
#        trust's hospital at home and a dementia carers' network - carers and
#        staff involved - claims in words ('a third fewer')
# ---------------------------------------------------------------------------
entry(
    id="I1863", format="pdf", layout="caps_headings", topic="delirium_hospital_at_home",
    project="independent117-knowmeathome-1863", pdf_font="LiberationSans",
    title="Know Me at Home: spotting and preventing delirium on hospital at home",
    cover=[
        "Lead: University of Brackenthwaite, School of Nursing and Healthy Ageing",
        "Partners: Brackenthwaite Teaching Hospitals NHS Trust (Hospital at Home Service); Brackenthwaite Dementia Carers' Network",
        "Written by a senior lecturer in older people's nursing, with the hospital at home matron",
    ],
    primary_entrant=dict(name="University of Brackenthwaite", type="university"),
    partners=[
        dict(name="Brackenthwaite Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Brackenthwaite Dementia Carers' Network", type="patient_group"),
    ],
    sections=[
        ("context", "THE SAFETY PROBLEM", """
Delirium is a sudden change in attention and thinking brought on by illness, medicines, dehydration,
pain or a change of surroundings. In hospital it is common in older people and linked to falls, longer
stays, loss of independence and death. One of the arguments for hospital at home is that staying in
familiar surroundings should reduce the risk. That is probably true, but it does not make delirium go
away, and at home it can be harder to spot.

Brackenthwaite's hospital at home service treats around 1,800 older people a year with conditions such
as pneumonia, urinary infection and cellulitis. Visits are short. Nurses and practitioners see the
person for perhaps 30 minutes once or twice a day, and the rest of the time the person is with family,
a paid carer or alone. A quiet, hypoactive delirium, where someone becomes drowsy and withdrawn, can
easily be mistaken for tiredness. A family member may notice that 'Mum isn't right' but not think to
mention it, or not know that it matters.

In 2022 the service's own incident reviews found several cases where delirium had been missed for a
day or more and had led to a fall, a missed dose of antibiotics or an emergency transfer to hospital.
The service's matron approached our school, where a team had been working on delirium screening in care
homes, to see if the work could be adapted.

There were other reasons to think that delirium might be missed at home. Hospital at home teams are
skilled at treating infections and monitoring vital signs, but the clinical record they used had no
prompt for cognition after the first assessment. Many patients were already known to have dementia, and
a change from their usual state was easily put down to 'their dementia'. Families were often not asked
what the person was normally like, and some visiting clinicians saw the patient only once. Very few of
the family members we spoke to had heard the word delirium, although most recognised the description
straight away.
"""),
        ("evidence", "WHAT CHANGED AND HOW WE MEASURED IT", """
Know Me at Home has three parts. At the first visit, a family member or carer is asked to complete a
short 'this is me normally' sheet describing how the person usually is: how alert, how chatty, how
they sleep, what they usually eat and drink. At every visit the clinician does a four-item delirium
screen and asks the family one question: 'Is she more confused or sleepy than usual?' If either is
positive, a prevention bundle starts: a medicines review, a drinks chart, a check for pain,
constipation and urinary retention, glasses and hearing aids in use, and a night light.

We evaluated it as a before-and-after study, using anonymised records for 612 patients in the six
months before and 655 in the six months after the launch in February 2023, with ethical approval from
the university.

<<Q:Recorded delirium screening at the first visit rose from 18% of patients to 93%.>> <<Q:Patients
who developed delirium during their stay had a third fewer falls than comparable patients in the
period before.>> <<Q:Transfers to hospital where delirium was a main reason fell from 44 to 23.>>
<<Q:The average length of a hospital at home stay for patients with delirium was shortened by more than
a day, from 6.8 to 5.6 days.>>
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<P:Members of the Brackenthwaite Dementia Carers' Network met with the project team five times, and it
was a daughter who had nursed her father through a delirium who suggested the 'this is me normally'
sheet.>> <<P:The network's members also rewrote the family question so that it sounded like something
a worried relative would actually say.>> <<P:Two carers joined the project steering group and took
part in interpreting the results.>>

<<S:Hospital at home nurses, advanced clinical practitioners and therapists tested the screening tool in
practice and chose a four-item screen over a longer one because it could be done in the hallway while
the kettle boiled.>> <<S:The service's pharmacists designed the medicines part of the bundle.>>
<<S:Healthcare support workers asked to be able to start the drinks chart and night light themselves,
without waiting for a nurse, and the protocol was changed to allow it.>>
"""),
        ("value", "VALUE AND IMPACT", """
The cost of the project was modest: a part-time research nurse for a year, funded by a university
knowledge exchange grant of £48,000, and printing. Avoided hospital transfers and shorter stays free up
hospital at home capacity for other patients. Carers tell us they feel they are part of the team.

The evaluation has limits that we want to be clear about. It was a before-and-after comparison in one
service, not a trial, and the patients in the two periods were not identical: the later group was
slightly older and had more people with dementia. Some of the change in screening rates will reflect
better recording rather than better care. We did not measure outcomes after the person left the
service, such as later admission to a care home, and we would like to.

Even so, the work has changed the conversation in the service. Delirium is now talked about at every
handover, and families are treated as the people most likely to notice it first.
"""),
        ("spread", "SPREAD", """
The trust has made the screen and the 'this is me normally' sheet part of its standard hospital at home
documentation. Two other hospital at home services in the region are adapting the tools, and the
university has included the work in its pre-registration nursing teaching on older people. We have
submitted a paper describing the evaluation to a nursing journal.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1864  frailty care plans shared with out-of-hours services - docx - no
#        headings - PCN clinical director, conversational - PCN with an
#        ambulance service and a community trust - staff involved - NO
#        patient involvement (letters sent, patients as beneficiaries, a
#        negation, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1864", format="docx", layout="no_headings", topic="frailty_care_plans_shared_out_of_hours",
    project="independent117-samepage-1864", docx_font="Cambria",
    title="On the Same Page: frailty care plans that the night team can see",
    cover=[
        "Lindrith and Skelbrooke Primary Care Network, with Ravensholt Ambulance Service NHS Trust and Skelbrooke Community Health NHS Trust",
        "Entry from the clinical director of the primary care network",
    ],
    primary_entrant=dict(name="Lindrith and Skelbrooke Primary Care Network", type="primary_care"),
    partners=[
        dict(name="Ravensholt Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Skelbrooke Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", None, """
Our seven practices look after just under 2,000 people who are moderately or severely frail, most of
them over 80 and living in their own homes. Over the last few years we have put a lot of effort into
care planning with them: what matters to them, what they would want if they became unwell, whether they
would want to go to hospital, who to call. The plans are good. The trouble was that nobody outside the
practice could see them.

If one of our frail patients became unwell on a Saturday night, the paramedic who arrived would have a
list of medicines if they were lucky, and nothing about what the person wanted. The community team's
night nurses were in the same position. The result was that people who had told their GP, clearly and
more than once, that they did not want to go into hospital were taken there anyway, and people who
needed a particular treatment did not get it because nobody knew. I remember one lady in her nineties
who spent her last night on a trolley in a corridor, when her plan said she wanted to die at home with
her cat on the bed.

There were technical barriers. Our practices used the same clinical system, but the care plans were
written as free text in the consultation notes, each GP in their own style, and some were scanned
documents. The shared care record could carry structured data but not a scanned letter. Ambulance crews
were using tablets that showed a summary of the record but not the full notes. And the community trust
used a different system again.

There were also cultural barriers. Some of our GPs were uneasy about a crew reading a plan written
months earlier, when circumstances might have changed, and some paramedics worried about being
criticised for following a plan rather than their own judgement. We agreed early on that the plan would
inform the decision at the door, not replace it, and that plans would carry a review date.
"""),
        ("evidence", None, """
We moved every frailty care plan onto the shared care record, in a standard format that the ambulance
service and the community trust both agreed, and which shows as a single screen on the crews' tablets.
Our care coordinators reviewed every plan with the person's GP and updated those older than a year. The
ambulance service made the plan the first thing a crew sees when it opens the patient's record.

By March 2024, 1,716 of our frail patients had a plan on the shared record. <<Q:In the ambulance
service's audit of calls to our frail patients, crews who looked at a care plan rose from fewer than one
in ten calls in 2022 to 71% of calls in the six months to March 2024.>> <<Q:Conveyances to hospital of
our severely frail patients after a 999 call fell from 64% to 47%.>> <<Q:Of our frail patients who
died, the proportion who died in their preferred place went up from 58% to 76%.>>
"""),
        ("stakeholders", None, """
<<S:Paramedics and the ambulance service's clinical safety lead spent two evenings with our GPs and care
coordinators going through real plans and telling us which parts they actually read, and we cut the
template from four pages to one.>> <<S:The community trust's night nurses asked for a 'who to ring first'
box, which is now at the top of the screen.>> <<S:Our care coordinators, who do most of the work with
patients, chose the order of the questions.>>

Every patient whose plan was moved was sent a letter explaining that their care plan could now be seen
by ambulance crews and the community team, and how to opt out. We did not hold any patient events
because of the pace of the work. Patients and families were not asked to help design the template,
though we would like to invite our patient participation groups to review it in 2025.
"""),
        ("value", None, """
The work cost us the time of our care coordinators and a small fee to the shared care record supplier,
about £8,000 in total. Every avoided conveyance saves an ambulance several hours and a hospital bed. More
importantly, people are more likely to be cared for as they wished.

The work also exposed gaps we had not expected. A number of plans had never been discussed with the
person, only with their family, and these were flagged for the GP to revisit. Some patients had
conflicting plans from the hospital and the practice. Moving everything into one format forced us to
tidy these up, which was slow but worthwhile.

We are not finished. Plans still fall out of date, particularly after a hospital stay, and we are now
asking the hospital frailty team to update the shared plan before discharge.
"""),
        ("spread", None, """
The other four primary care networks in our area have adopted the same template and the ambulance
service has offered it to every network across its patch. We have written a short guide for practices
and shared it through the integrated care board's frailty programme.

The guide covers the template itself, how to move existing plans across without losing what the patient
said, the consent wording we used, and the small number of technical settings that need to be changed
on the shared care record for the plan to appear on the crews' tablets.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1865  night sitters for families caring for someone dying at home - pdf -
#        with appendix - hospice director of community services, reflective,
#        longer - hospice with a community trust and an ICB - families,
#        volunteers and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1865", format="pdf", layout="with_appendix", topic="hospice_night_sitting_dying_at_home",
    project="independent117-throughthenight-1865", pdf_font="LiberationSerif", pdf_align="J",
    title="Through the Night: night sitters for families caring for someone dying at home",
    cover=[
        "Lead organisation: Oakhurst Hospice (registered charity)",
        "Partners: Dunmere Community Health NHS Trust (District Nursing and Out-of-Hours Nursing); NHS Dunmere and Oakhurst Integrated Care Board",
        "Author: Director of Community Services, Oakhurst Hospice",
    ],
    primary_entrant=dict(name="Oakhurst Hospice", type="charity"),
    partners=[
        dict(name="Dunmere Community Health NHS Trust", type="nhs_trust"),
        dict(name="NHS Dunmere and Oakhurst Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Why nights matter", """
Most people, if asked, say they would like to die at home. Many of them manage it, because someone, a
husband, a daughter, a neighbour, takes on the enormous job of caring for them. In the daytime there is
help: district nurses, the hospice community team, home care workers, the GP. At night, the carer is
usually on their own.

Nights are when things go wrong. Pain breaks through. Breathing changes and becomes noisy. The person
becomes restless or agitated, tries to get out of bed, or falls. Medicines are due. And the carer, who
may be elderly and frail themselves and who has often not slept properly for weeks, has to decide alone
whether to ring for help, and who to ring. Some give a dose from the syringe they were shown how to use,
not quite sure if it is the right one. Some ring 999 in a panic and their relative ends up dying in an
ambulance or an emergency department, which is exactly what the family had tried to avoid.

Our hospice had a small night sitting service funded by donations, but it could only cover a handful of
nights a week and had a waiting list. The community trust's out-of-hours nurses were stretched across a
large area and could only visit for specific tasks. <<P:Neither of us was able to offer what families told
us they wanted most: someone to be there, awake, through the night, who would know when to call a nurse.>>

In 2022 we looked back over eighteen months of deaths among people on our community caseload who had
said they wanted to die at home. A quarter of them had died in hospital. When we read the notes, the
most common turning point was a call made at night by an exhausted carer.

<<S:We also listened to our own night sitting volunteers, who had been doing this work for years on a
small scale.>> Their notes told a consistent story. Carers who had someone with them overnight slept, even
if only for a few hours. They were less likely to ring 999. They were more likely to ring the nurse early,
when a problem was still small. And they were more likely to say, afterwards, that the death had been
peaceful.

The difficulty was scale. A service run on donations and goodwill could not cover a county, and could
not be integrated with the out-of-hours nursing service without a formal agreement about records,
responsibility and training. That is where the partnership came in.
"""),
        ("evidence", "What has changed", """
Through the Night began in January 2023. With funding from the integrated care board, the hospice now
employs a team of trained night sitters, healthcare assistants with end of life experience, who can be
booked for up to four nights a week for anyone in the last weeks of life who is being cared for at home.
Sitters are linked to the out-of-hours district nurses through a shared phone and a shared record, so
they can ask a nurse to visit and the nurse arrives knowing what the sitter has seen. Carers get a
night-time plan, written with the district nurse, which says what to do for pain, breathlessness,
agitation and noisy breathing, and when to call.

In 2023 and the first half of 2024, the service supported 388 families and provided 2,960 nights of
sitting. The sitters called the out-of-hours nurse on 1,104 occasions.

<<Q:Among people on our community caseload who wished to die at home, the proportion who died in hospital
fell from 25% in 2021 to 2022 to 11% in 2023 to 2024.>> <<Q:999 calls at night from families on the
caseload fell by more than half, from 212 in the year before to 96 in 2023.>> <<Q:Carer distress scores
measured by the district nurses at the start and end of a period of sitting came down on average from 7
out of 10 to 4.>>

We also track incidents. <<Q:In the year before the service, there were nine reported incidents
involving medicines given at night by carers; in the first eighteen months of the service there were
two.>>
"""),
        ("stakeholders", "How families, volunteers and staff shaped the service", """
<<P:Before we designed anything, our family support team talked to 23 bereaved carers about the nights
before their relative died.>> <<P:What they told us changed our plans: we had assumed they wanted nurses,
but most wanted someone calm in the house who would know when a nurse was needed.>> <<P:Four of those
carers joined a design group and wrote the questions the sitters ask at the start of each night.>>

<<PS:Two of our sitters are former carers who applied for the job after their own relative died at home,
and they shaped the sitters' induction, especially the part about how to support a carer who wants to
stay up.>>

<<S:Out-of-hours district nurses met with the sitters every month for the first six months to review
calls, and they agreed a list of 'call us now' signs that the sitters use.>> <<S:The hospice's
community nurse specialists and the GPs on the integrated care board's end of life group helped write the
night-time plan template.>> <<S:Our existing night sitting volunteers told us which tasks they were
comfortable with and which should be left to paid sitters, which is how the two roles were split.>>
"""),
        ("value", "Cost and value", """
The service costs around £520,000 a year, of which the integrated care board funds £400,000 and the
hospice the rest. A single unwanted hospital admission at the end of life can cost several thousand
pounds, and many of these admissions last until the person dies. Our finance team estimates that the
avoided admissions and ambulance journeys cover most of the cost of the service, but the real value is
in deaths that happen as the person wished, and carers who come through bereavement without feeling
that they failed.

The sitters themselves tell us this is the most rewarding work they have done, and turnover in the team
has been very low.

We have learned a good deal about what makes the service work. Continuity matters: families want the same
two or three sitters, not a different face every night, so the rota is built around families rather than
shifts. Sitters need support, because they are often present at the moment of death and may be the only
professional in the house; every sitter has a debrief call with a hospice nurse the next morning after a
death, and monthly group supervision. Carers need to be given permission to sleep, which sounds simple but
often is not. And the link with the out-of-hours nurses has to be real, with names and faces, not just a
phone number.

We have also had to manage demand. The service is offered to anyone in the last weeks of life being cared
for at home, but we have had to ration nights when demand is high, and we prioritise carers who are
themselves elderly or unwell, or who are caring alone.
"""),
        ("spread", "Sharing and spreading", """
The integrated care board has extended the service to the northern half of the county, run by the
community trust with a second hospice. We have hosted visits from three hospices and shared our
recruitment pack, sitter induction and night-time plan template. We presented the work at the national
hospice conference in 2024.
"""),
    ],
    trailer=[
        ("heading", "Appendix: 'call us now' signs used by night sitters"),
        ("text", "Pain that has not eased 30 minutes after a dose; new noisy or very laboured breathing; restlessness or agitation that the carer cannot settle; a fall or an attempt to get out of bed unaided; the syringe driver alarm sounding; bleeding; the carer asking for help or saying they cannot go on tonight."),
        ("text", "Sitters never give or adjust medicines. They call the out-of-hours nurse on the shared number and record the call on the shared record."),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1866  blister packs after medicine changes on hospital at home - docx -
#        rubric headings - PRIVATE pharmacy group as primary entrant with an
#        acute trust's hospital at home service (ineligible) - superintendent
#        pharmacist, formal - patients and carers involved - NO staff
#        involvement (staff trained, briefed, one named lead, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1866", format="docx", layout="rubric_headings", topic="blister_packs_hospital_at_home_changes",
    project="independent117-packright-1866", docx_font="Calibri",
    title="Pack Right: keeping multi-compartment medicine packs up to date during hospital at home care",
    cover=[
        "Primary entrant: Medirex Pharmacy Group Ltd",
        "Partner: Wendlebury Hospitals NHS Trust, Hospital at Home Service",
        "Submitted by the Superintendent Pharmacist",
    ],
    primary_entrant=dict(name="Medirex Pharmacy Group Ltd", type="private"),
    partners=[
        dict(name="Wendlebury Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Context and background to the project", """
Medirex operates 46 community pharmacies across Wendlebury and the surrounding towns and supplies weekly
multi-compartment packs, sometimes called blister packs or dosette boxes, to around 3,100 people. Most
are older, take many medicines and live at home, often with home care workers who prompt them to take
whatever is in the next compartment.

Wendlebury's hospital at home service treats older people at home for conditions that would once have
meant admission. Clinicians often start, stop or change medicines: an antibiotic is added, a diuretic is
doubled, a blood pressure tablet is stopped because the person has fallen or become dehydrated. These
changes were recorded in the hospital at home notes and, sometimes, communicated to the GP. The pharmacy
that made up the person's weekly pack usually did not find out until a new prescription arrived, which
could take a week or more.

The result was that a person could be told by the hospital at home nurse to stop a tablet, while their
care worker kept giving it from the pack because it was there. In 2022 the trust reported eleven
incidents of this kind, including a man who continued to receive a blood pressure tablet that had been
stopped after a fall and fell again, fracturing his wrist.

The problem was not that anyone was careless. Hospital at home prescribers wrote their changes clearly in
their own record. Care workers are instructed to give only what is in the pack, and rightly so, because
they are not trained to alter medicines. Pharmacies are not allowed to change a pack without a valid
prescription or clear instruction. Each part of the system was working as designed, and the person in
the middle was receiving the wrong medicines.

Packs also made temporary changes particularly difficult. A five-day course of antibiotics, or a
diuretic held for two days while someone is dehydrated, does not fit easily into a sealed weekly pack
made up days in advance.
"""),
        ("evidence", "Evidence of improvement in patient safety", """
Since April 2023, the hospital at home service sends an electronic notification to the person's
nominated Medirex pharmacy whenever a medicine is changed for someone who has a pack. The pharmacy makes
up a replacement pack the same day and delivers it, removing the old one, or, where a change is
temporary, supplies a separate labelled bag with clear instructions for the care worker.

<<Q:Incidents where a stopped or changed medicine continued to be given from a pack fell from eleven in
2022 to two in 2023 and one in the first half of 2024.>> <<Q:The median time from a medicine change to a
corrected pack reaching the person's home went down from six days to under one day.>> <<Q:In a sample
audit of packs checked by hospital at home nurses on their next visit, packs that matched the current
medicines list rose from 72% to 98%.>>

The pharmacies received 1,870 notifications in the first year and made 1,412 replacement packs.
"""),
        ("stakeholders", "Involvement of patients, service users and staff", """
<<P:We met eight people who receive packs, and three of their family carers, at two of our pharmacies,
and they told us that a second pack in the house caused more confusion than anything else, so the old
pack is now always collected when the new one is delivered.>> <<P:A carer whose mother had been given a
stopped tablet for four days suggested the bright orange 'changed today' sticker that now goes on every
replacement pack.>>

All pharmacy staff who make up packs were trained in the new process through an online module. The
hospital at home team was briefed on the notification form at its monthly meeting. The project was led
by our Clinical Governance Pharmacist, David Marsh, who wrote the standard operating procedure. We intend
to set up a joint working group with the trust's pharmacy team next year.
"""),
        ("value", "Value for money and impact on patient experience", """
The notification system was built by our in-house digital team. Replacement packs cost around £6 each
in staff time and materials, which Medirex has absorbed. Avoiding a single fall and fracture saves the
NHS many times that. Families tell us they are relieved that the pack in the house is always the right
one.

We would not claim that the process is perfect. Notifications are sometimes sent late in the evening,
when the pharmacy has closed, and the replacement pack arrives the next morning. For critical changes,
such as stopping an anticoagulant, the hospital at home clinician now also removes the medicine from the
pack in the home at the visit and records this on the notification. Where a person uses a pharmacy
other than Medirex, the trust still relies on the older process of informing the GP.

We are also aware that multi-compartment packs are not always the right answer. The notification has
prompted a number of medication reviews in which the person has moved to original packs with a simple
chart, which makes future changes easier still.
"""),
        ("spread", "Spread and sustainability", """
Medirex has made the process standard in all its pharmacies, and the trust has asked us to extend it to
patients on its community virtual ward. We have shared the notification form with the regional
community pharmacy network so that independent pharmacies can use it too.

Extending the process to independent pharmacies depends on a secure way of sending the notification. At
present this is a shared NHS mail inbox, which works but relies on someone checking it. The trust is
exploring whether notifications can be sent directly into the pharmacy's patient medication record
system.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1867  a telephone friendship line noticing callers becoming unwell - docx
#        - style headings - older people's charity coordinator, homely -
#        charity with a GP federation and a council - callers involved (told
#        in the context section) - NO staff involvement (volunteers only
#        trained, practices informed, a named coordinator) - NO quantitative
#        evidence (call counts, concerns raised, volunteers trained)
# ---------------------------------------------------------------------------
entry(
    id="I1867", format="docx", layout="style_headings", topic="telephone_friendship_line_deterioration",
    project="independent117-voiceonline-1867", docx_font="Georgia",
    title="A Voice on the Line: friendship calls that notice when something is wrong",
    cover=[
        "Silver Thread Ferriby (registered charity for older people)",
        "In partnership with Ferriby and District GP Federation and East Ferriby District Council",
    ],
    primary_entrant=dict(name="Silver Thread Ferriby", type="charity"),
    partners=[
        dict(name="Ferriby and District GP Federation", type="primary_care"),
        dict(name="East Ferriby District Council", type="local_authority"),
    ],
    sections=[
        ("context", "The problem we wanted to solve", """
For eight years Silver Thread has run a telephone friendship line for older people who live alone in
Ferriby and the villages around it. Volunteers ring the same person once or twice a week for a chat. It
started as a way of tackling loneliness, and that is still what most of our callers value.

Over time our volunteers noticed that they were often the first to hear when something was wrong. A
caller who was usually bright would sound muddled. Someone would mention, almost in passing, that they
had been on the floor for an hour the day before. A man who always talked about his garden would say he
had not been out of his chair all week. Our volunteers were not sure what to do with this. Some rang the
office; some did nothing, because they did not want to interfere; one rang 999 and was told it was not
an emergency.

<<P:We asked the people we call what they thought, at our summer tea party and by phone, and they were
clear that they did not want their friendship calls to turn into health checks.>> <<P:But several of
them said that if their volunteer was worried, they would want someone to ring their surgery, and they
wanted to be asked first, which is why every referral now starts with the volunteer saying 'would you
like me to let someone know?'>> <<P:Callers also chose the name of the new route, the 'nudge', because
they felt it did not sound like making a fuss.>>

The GP federation had said for some time that it wanted to know sooner about patients who were
struggling, and the council wanted to link people with support before a crisis.

There was a worry on our side too. Silver Thread has always promised its callers that what they say to
their volunteer stays between them. We did not want to break that trust, and we did not want volunteers
to feel they had to act as nurses. Whatever we built had to keep the friendship at the centre and make
passing on a worry an exception, done only with the caller's permission, except where someone is in
immediate danger.
"""),
        ("evidence", "What we have achieved", """
The nudge started in September 2023. When a volunteer is worried about a caller, and the caller agrees,
the volunteer rings our office. A member of staff then passes the concern the same day to the care
coordinator at the person's GP practice through a secure email, or to the council's early help team if
it is about money, housing or care. The coordinator decides what to do, which might be a phone call
from the practice, a visit from the community team or a check by the frailty nurse.

In the first year our 64 volunteers made just over 9,800 calls to 212 older people. They made 118
nudges: 81 to GP practices and 37 to the council. In most cases the practice had not known about the problem. Among the concerns passed on were falls, signs of infection, people running
out of medicines, not eating, and two people who had been targeted by scammers.

All 64 volunteers have completed our half-day 'noticing' session. The GP federation now has a named care
coordinator for the nudge in each of its 14 practices. Our aim for next year is to reach 300 callers.
"""),
        ("stakeholders", "Who was involved", """
Our volunteers were all trained in the new process and given a card with the questions to ask and the
number to ring. The GP practices were told about the nudge at a federation meeting and sent a short
information sheet. The project is run by our Services Coordinator, Maureen Oakley, who handles every
nudge. The council's early help team was kept informed. We hope to involve the practices' care
coordinators in reviewing the process next year.
"""),
        ("value", "Value for money", """
The nudge costs very little. Our volunteers give their time for free and the office staff time is
about two hours a week. The funding for the friendship line comes from the council's community grants
and local fundraising, at about £38,000 a year. If a nudge means a fall is followed up before the next
one, or an infection is treated before it turns into sepsis, the saving to the NHS is obvious.

Callers say they feel safer knowing someone is looking out for them without fuss.

We do not know yet what difference the nudge makes to people's health, and we have not tried to measure
that. We know that concerns are being passed on, and that practices are acting on them. Some of the
stories are striking. One caller who had mentioned feeling dizzy was found by the practice to have a
very slow heart rate and had a pacemaker fitted within the week. Another, who said she had stopped
cooking, was linked with a meals service and a benefits check. A man who was worried about a letter
demanding money turned out to have been sent a fake parking fine, and the council's team helped him
report it.
"""),
        ("spread", "Spreading the word", """
We have told other friendship line charities in the county about the nudge, and two have asked for our
volunteer card. The GP federation has included it in its frailty newsletter.
"""),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1868  combined sight and hearing loss in people who have home care - pdf -
#        form with a cover table - ICB personalised care manager, careful -
#        ICB with a deafblind people's group, a council and a home care
#        company (partner) - people with dual sensory loss (named as
#        'co-producers') and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1868", format="pdf", layout="form_table", topic="dual_sensory_loss_home_care",
    project="independent117-touchandtell-1868", pdf_font="LiberationSans",
    title="Touch and Tell: safer home care for people with combined sight and hearing loss",
    cover_table=[
        ("Entry title", "Touch and Tell: safer home care for people with combined sight and hearing loss"),
        ("Lead organisation", "NHS Kelderby and Mardale Integrated Care Board"),
        ("Partners", "Kelderby Deafblind Community (user-led group); Mardale County Council (Sensory Services); Harwood Home Care Ltd"),
        ("Entrant", "Personalised Care Manager, on behalf of the partnership"),
    ],
    primary_entrant=dict(name="NHS Kelderby and Mardale Integrated Care Board", type="icb"),
    partners=[
        dict(name="Kelderby Deafblind Community", type="patient_group"),
        dict(name="Mardale County Council", type="local_authority"),
        dict(name="Harwood Home Care Ltd", type="private"),
    ],
    sections=[
        ("context", "Background: what safety problem did the partnership address?", """
Many older people lose both sight and hearing as they age, through macular degeneration, cataracts and
age-related hearing loss together. Most would not call themselves deafblind, but the combination makes
daily life and care very different. A care worker who knocks and walks in may not be heard or seen
until they touch the person, which can startle them and cause a fall. Spoken instructions about
medicines may not be heard. Written notes left in the care folder cannot be read. A person may not
notice that food has gone off, that a hob is still on, or that their skin is breaking down.

The council's sensory services team estimated that several hundred people receiving home care in
Kelderby and Mardale had significant loss of both senses, but home care records rarely said so, and
care plans were written as if the person could see and hear. In 2022 a review of safeguarding concerns
involving home care found repeated themes: people startled into falls, medicines missed because
prompts were not heard, and people left without a working hearing aid or clean glasses for weeks.

Part of the problem was that nobody owned it. Sight loss services, hearing services, home care
commissioning and the NHS each dealt with one piece. Home care providers were not told when a new client
had a sensory loss, and their assessment forms did not ask. Care workers had no training in how to
approach someone who could not see or hear them, and some had never met a person who used a hearing loop
or a magnifier. Many of the people themselves had adapted so gradually that they did not mention it, or
did not want to be seen as a nuisance.

The integrated care board brought the partners together because the safety problem crossed health,
social care and the voluntary sector, and because the people affected were falling, going into hospital
and, in some cases, moving into care homes earlier than they needed to.
"""),
        ("evidence", "What has improved? Please give evidence.", """
From January 2023 the partnership introduced three things across the four largest home care providers,
including Harwood Home Care. First, a simple screen for sight and hearing loss at the start of every
package of care, with referral to the council's sensory services for anyone who screens positive.
Second, a 'how to reach me' page at the front of the care folder, agreed with the person, describing
how they want to be approached (for example, a flash of the hall light and a touch on the right
shoulder), how they want information given, and what aids they use. Third, a standard check at every
visit that hearing aids are working and glasses are clean.

<<Q:Among people with combined sight and hearing loss receiving home care from the four providers,
falls reported during or just after a care visit fell from 61 in 2022 to 29 in 2023.>> <<Q:Missed
medicine prompts recorded by the providers for this group fell from 14% of prompts to 5%.>>
<<Q:Safeguarding concerns involving home care for this group went from 37 to 15.>>

Sensory services received 402 referrals in the first year, and 287 people were assessed.

Of those assessed, many were supplied with simple equipment such as a vibrating doorbell, a flashing
smoke alarm linked to a pillow pad, a large-button phone or a talking clock. A smaller number were
referred on to audiology or to the eye clinic, often for problems, such as a blocked ear or a cataract,
that could be treated.

The providers now report the number of clients with a 'how to reach me' page each quarter, and the
integrated care board's quality team checks a sample of care folders during its visits.
"""),
        ("stakeholders", "How were people with lived experience and staff involved?", """
<<P:Our co-producers are nine members of the Kelderby Deafblind Community, most of them over 75, who
worked with us from the start.>> <<P:They chose the 'how to reach me' approach over our original
checklist, which they said treated them as a list of problems.>> <<P:Two of them tested the page with
their own care workers for a month and asked for the section on how to give information to come before
everything else.>>

<<S:Care workers and coordinators from Harwood Home Care and the three other providers helped design the
visit check so that it could be done in under two minutes, and they asked for spare batteries to be
kept in every care folder.>> <<S:The council's rehabilitation workers for visually impaired people
wrote the screening questions with the providers' trainers.>>
"""),
        ("value", "What is the value for money and impact on experience?", """
The partnership cost around £75,000 over two years, mostly for sensory services assessments and
training, funded through the integrated care board's personalised care programme. Fewer falls and
safeguarding investigations save money for the NHS and the council. People with dual sensory loss tell
us they feel less anxious before a visit because they know how the care worker will let them know they
have arrived.

Care workers say the page helps them feel confident with people they used to find difficult to reach,
and providers report that the spare batteries and glasses cloth in every folder are among the most
used things they have ever introduced.
"""),
        ("spread", "How has the work been shared or spread?", """
All home care providers commissioned by the council are now required to use the screen and the 'how to
reach me' page. The integrated care board has shared the materials with district nursing teams, who have
started to use the same page, and with the regional sensory loss network.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1869  cash handling and financial abuse by paid carers - docx - reordered
#        (results first) - police safeguarding detective inspector, direct -
#        police with a council contracts team and a care association - older
#        people, families and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1869", format="docx", layout="reordered", topic="home_care_cash_handling_financial_abuse",
    project="independent117-everypenny-1869", docx_font="Arial",
    title="Every Penny Counted: preventing financial abuse of older people by paid carers",
    cover=[
        "Lead organisation: Ashgill Police (Adult Safeguarding and Economic Crime)",
        "Partners: Ashgill County Council (Adult Social Care Contracts and Quality); Ashgill Care Providers' Association",
        "Submitted by a Detective Inspector, Public Protection",
    ],
    primary_entrant=dict(name="Ashgill Police", type="emergency_service"),
    partners=[
        dict(name="Ashgill County Council", type="local_authority"),
        dict(name="Ashgill Care Providers' Association", type="charity"),
    ],
    sections=[
        ("evidence", "Results", """
Every Penny Counted has been in place across all council-commissioned home care in Ashgill since
February 2023. Here is what has changed.

<<Q:Reports of theft or financial abuse by paid carers fell from 73 in 2022 to 31 in 2024.>> <<Q:The
average time from the first sign of a problem, such as a missing bank card, to a report reaching the
police went down from 41 days to 6 days.>> <<Q:The average amount lost in each confirmed case fell from
£3,400 to £620, because cases are being picked up sooner.>>

Over the same period 19 care workers were referred to the Disclosure and Barring Service, and the police
charged 11 people. We would rather those numbers were lower, but we think they show that abuse is now
being found rather than hidden.
"""),
        ("context", "Why we did it", """
Most home care workers are honest, hard-working and underpaid. A small number steal from the people they
care for, and because they are trusted, and the people are often frail, forgetful or isolated, it can
go on for months. Older people lose their savings and also their confidence, their dignity and
sometimes their willingness to accept care at all, which puts them at risk in other ways. We have seen
people refuse their next visit, stop eating properly because they are worried about money, and become
withdrawn and depressed.

When we looked at our cases from 2021 and 2022, the same problems kept coming up. Care agencies each
had their own rules for handling cash and bank cards, or none at all. Receipts were kept on scraps of
paper. Families noticed that money was going missing but did not know whether to ring the agency, the
council or us. Agencies dealt with suspicions internally and sometimes dismissed the worker, who then
moved to another agency. We were usually called in last, by which time the evidence had gone.

Every Penny Counted is a single cash and card handling standard for every care provider the council
commissions. Care workers never hold a bank card or PIN. Any cash used for shopping is recorded in a
numbered shopping log, with the receipt stapled in, and checked monthly by the agency with the person or
their family. Families and care workers have one number at the council to report concerns, and the
council passes anything that may be a crime to a named police officer the same day. Agencies must share
a dismissal for dishonesty with the council, so the worker cannot simply move on.
"""),
        ("stakeholders", "Who was involved", """
<<P:Older people who had been victims of carer theft, and their families, met our safeguarding officers
and council staff in small groups, and what they said shaped the whole scheme.>> <<P:One woman's son
described finding 38 cash withdrawals in his mother's statement that nobody could explain, and his
suggestion of a simple monthly statement check with the person or family became part of the
standard.>> <<P:The families asked for one number to call, and that is why there is now a single
contact point at the council.>>

<<S:Registered managers from the care providers' association worked with the council's contracts team to
write the cash handling standard, and they insisted it had to work on paper as well as on the care
apps.>> <<S:Care workers themselves told us they felt exposed when asked to do shopping with no
receipts, and their union representative helped us draft the shopping log.>> <<S:Our own safeguarding
officers tested the reporting route with the council's safeguarding team before launch.>>
"""),
        ("value", "Value", """
The scheme cost very little: officer and council time, printing of the shopping logs and receipt books,
and a small amount of training time paid by the providers. The savings to older people are real money,
and each prevented case saves weeks of police investigation and a safeguarding enquiry. Just as
important, people who were frightened of their carers now feel safe to accept care.

We were careful from the beginning not to treat every care worker as a suspect. The standard protects
honest care workers as much as it protects older people: a worker who keeps a shopping log with
receipts has a clear record if a family later questions where the money went.

There are limits. The standard covers council-commissioned care, and people who arrange and pay for
their own care, or employ a personal assistant directly, are not covered unless their agency chooses to
follow it. Financial abuse by family members and by people posing as friends remains a much larger
problem, and this scheme does not address it.
"""),
        ("spread", "Spread", """
The standard is now part of the council's contract for all home care, supported living and extra care
providers. Two neighbouring forces have asked for the materials, and we have presented the scheme at the
national police lead's working group on financial abuse of older people. The care providers' association
has shared it with its members who provide privately funded care.

The next step is to extend the standard to personal assistants employed through direct payments, working
with the council's direct payments support service. We are also looking at how banks can be told, with
consent, when an older person's care is arranged, so that unusual withdrawals can be spotted.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1870  annual frailty reviews at home by one practice's own team - pdf
#        (via Word) - style headings - GP partner, brief - ONE GP PRACTICE,
#        its own teams only, no partner (ineligible) - NO patient involvement
#        (invitation letters, a questionnaire that changed nothing) - NO staff
#        involvement (staff trained and briefed, one named lead)
# ---------------------------------------------------------------------------
entry(
    id="I1870", format="pdf", layout="style_headings", topic="practice_frailty_home_reviews",
    project="independent117-knockingfirst-1870", render_via="soffice", docx_font="Liberation Sans",
    title="Knocking First: a yearly frailty review at home for every housebound patient",
    cover=[
        "Entrant: Elmstead Road Surgery, Lyndhurst Vale",
        "A practice-led project delivered by our own nursing, pharmacy and care coordination teams",
        "Contact: Dr Priya Natarajan, GP Partner and frailty lead",
    ],
    primary_entrant=dict(name="Elmstead Road Surgery", type="primary_care"),
    partners=[],
    sections=[
        ("context", "Background", """
Elmstead Road Surgery serves about 11,500 patients in a market town and the villages around it. We have
around 260 patients who are housebound and moderately or severely frail. Until 2022 we saw most of them
only when something went wrong: a home visit for a chest infection, a fall or a call from a worried
relative. Their long-term conditions were reviewed, if at all, by a telephone call or by looking at the
notes. Blood tests were missed, medicines were not reviewed, and nobody had asked them about falls,
continence, hearing, eyesight, mood or whether they had enough to eat.

We found several problems when we looked. Patients were taking medicines that had been started years
ago and were no longer needed, some of which increase the risk of falls. Some had not had their kidney
function checked for over two years while on medicines that need it. Several had no working smoke
alarm or had not been seen by anyone outside their family for months.

We decided to do this ourselves, using the staff and funding the practice already had, rather than wait
for a wider scheme. We chose to focus on the housebound because they are the people least able to come
to us, and the people most likely to be missed when a problem is small.

Each review follows the same structure, so that nothing is left to chance. The nurse checks blood
pressure lying and standing, weight, a frailty score, a simple memory test where appropriate, feet and
skin, inhaler technique, and whether the person can hear the doorbell and read their medicine labels.
She looks at the home for trip hazards, checks the smoke alarm and asks about money worries and
loneliness. Blood tests are taken at the same visit where needed.
"""),
        ("evidence", "Results", """
From April 2023 every housebound frail patient has been offered a yearly review at home by one of our
practice nurses, covering long-term conditions, blood tests, a falls and frailty assessment, hearing,
sight, mood, nutrition and home safety. Our clinical pharmacist then does a structured medication
review by phone with the patient or their carer, and the GP reviews anything complex. Our care
coordinator follows up any referrals.

In the first year 231 patients had a review. The pharmacist stopped or reduced 418 medicines.

<<Q:Among the patients reviewed, those prescribed three or more medicines that increase falls risk fell
from 38% to 17%.>> <<Q:Emergency admissions for falls in this group went from 41 in the year before to
24 in the year after.>> <<Q:The proportion with an overdue kidney function test when on a medicine that
needs monitoring dropped from 29% to 4%.>>
"""),
        ("stakeholders", "Involvement", """
Every eligible patient was sent a letter inviting them to a review, with a leaflet explaining what
would happen. After the first six months we sent a short questionnaire to patients and carers and the
replies were very positive, so we carried on as before.

Our two practice nurses and healthcare assistant were trained in the frailty assessment using an online
course. The whole team was briefed at our practice meeting. The project was led by Dr Natarajan, who
designed the review template herself.
"""),
        ("value", "Value", """
The reviews take about an hour each, including travel, and are funded from the practice's enhanced
services income. The medicines stopped save about £19,000 a year in prescribing costs. Each avoided fall
admission saves the NHS several thousand pounds.
"""),
        ("spread", "Spread", """
We have shared our template with the other practices in our primary care network and presented it at a
local GP education evening. Two practices have started similar reviews.

The reviews have also been useful in ways we did not plan. Nurses have found people with untreated
cataracts, hearing aids that had never been fitted, and one gentleman who had been scammed out of
several thousand pounds and had told nobody. Each of these was followed up by the care coordinator.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1871  ambulance crews referring older people to a virtual ward at night -
#        pdf - numbered questions - ambulance consultant paramedic, clinical -
#        ambulance service with an acute trust's frailty virtual ward and a
#        GP federation - patients and staff involved - a claim as an SPC
#        shift
# ---------------------------------------------------------------------------
entry(
    id="I1871", format="pdf", layout="numbered_questions", topic="ambulance_night_referral_virtual_ward",
    project="independent117-homebymorning-1871", pdf_font="DejaVuSans", pdf_align="L",
    title="Home by Morning: night-time referrals from ambulance crews to the frailty virtual ward",
    cover=[
        "Coldharbour and Weald Ambulance Service NHS Trust",
        "with Weald Valley Hospitals NHS Trust (Frailty Virtual Ward) and Coldharbour GP Federation",
        "Author: Consultant Paramedic, Urgent and Emergency Care",
    ],
    primary_entrant=dict(name="Coldharbour and Weald Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Weald Valley Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Coldharbour GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "1. What was the patient safety issue?", """
At night, an ambulance crew called to a frail older person who is unwell but not critically ill has
two real choices: take them to hospital or leave them at home with advice. Referral routes to community
services that exist in the daytime mostly close at 6pm or 8pm. So crews convey, knowing that for a
91-year-old with mild confusion and a urine infection, a night in the emergency department carries its
own risks: delirium, falls, pressure damage, hospital-acquired infection and loss of independence.

Weald Valley's frailty virtual ward had capacity to take patients directly from the ambulance service,
but only during the day. Our crews attended around 30 frail older people a night across the area, and
most were conveyed.

Conveyance itself is not always wrong. Some of these patients need hospital, and a good referral route
must not become a way of leaving people at home who should not be there. Our aim was to give crews a
safe third option, with a senior clinician to share the decision, a team who would see the patient the
next morning, and a clear way back to the ambulance service if things changed overnight.

We also knew that crews were anxious about leaving older people at home at night, and with reason. A
frail person left alone after a 2am call, with no plan and no follow-up, may be found on the floor in
the morning. Any new route had to close that gap.
"""),
        ("evidence", "2. What improvements have been achieved?", """
Since November 2023 crews can refer directly to the virtual ward 24 hours a day through a single
telephone line answered by a senior clinician. At night this is a GP from the federation's out-of-hours
service, who has access to the virtual ward's records and can accept the patient on the ward's behalf.
The virtual ward team visits the next morning, or sooner if needed. The crew leaves the patient with a
simple written plan and the number to ring.

Between November 2023 and October 2024 crews made 1,630 night-time referrals, of which 1,288 were
accepted.

<<Q:Our weekly statistical process control chart of night-time conveyance rates for patients aged 80
and over with a frailty score of 5 or more shows a sustained shift, with every week since December 2023
below the previous average of 68%, and a new mean of 52%.>> <<Q:Re-contacts with the ambulance service
within 72 hours for patients left at home fell from 11% to 6%.>>

Among patients accepted onto the virtual ward at night, 91% did not need hospital admission during
their stay.
"""),
        ("stakeholders", "3. How were patients, families and staff involved?", """
<<S:Paramedics, emergency medical technicians and clinical advisors from the ambulance control room
designed the referral questions with the virtual ward's advanced clinical practitioners over a series of
evening workshops.>> <<S:The out-of-hours GPs asked for a short structured handover, and the crews
tested three versions before choosing one.>> <<S:Virtual ward nurses asked that the crew should always
check that someone could let them in the next morning, and this became a required question.>>

<<P:Older people who had been left at home after a night-time call, and some of their relatives, were
interviewed by the ambulance service's patient experience team, and the written plan was redesigned
after they said the first version was full of jargon.>> <<P:The Weald Valley Older People's Forum
reviewed the final plan and asked for the phone number to be printed in large type at the top.>>
"""),
        ("value", "4. What is the value and impact?", """
Each avoided conveyance frees an ambulance for around two hours and avoids an emergency department
attendance and, often, an admission. The out-of-hours GP time is funded by the integrated care board at
around £140,000 a year. Crews tell us it has given them a real alternative at 3am.

The route depends on the out-of-hours GPs, and on some nights the line is busy. We have agreed that if
the call is not answered within ten minutes the crew will convey as before, so that no crew is left
waiting on a doorstep. This happens on a small minority of calls, and we review every one at a monthly
meeting with the partners.
"""),
        ("spread", "5. How has the work been shared?", """
The referral route has been extended to two other virtual wards in our area, and the ambulance service
is working with the remaining trusts in its region to offer the same line. We presented the work at the
national ambulance clinical leads' forum.

What we would say to other services is that the clinical model was the easy part. The hard parts were
agreeing who holds responsibility for a patient between the crew leaving and the virtual ward arriving,
making sure the out-of-hours GP could see the virtual ward's records, and getting a single phone number
that every crew could find in seconds. Once those were settled, the referrals followed. We have written
up the governance agreement, the referral questions and the patient plan as a short pack, and we are
happy to share it.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1872  virtual ward monitoring kit for sheltered housing tenants without
#        broadband - docx - bullet lists - short - housing association's
#        independent living manager, practical - charitable housing
#        association with an acute trust and a council - staff involved - NO
#        patient involvement (tenants told and sent letters, a plan) - NO
#        evidence section (no measured change anywhere)
# ---------------------------------------------------------------------------
entry(
    id="I1872", format="docx", layout="bullet_lists", topic="virtual_ward_connectivity_sheltered_housing",
    project="independent117-signalready-1872", docx_font="Calibri",
    title="Signal Ready: virtual ward monitoring for tenants without broadband",
    cover=[
        "Lead: Fernleigh Homes (charitable housing association)",
        "Partners: Stainmoor Vale Hospitals NHS Trust (Virtual Wards); Stainmoor Vale Borough Council (Digital Inclusion Team)",
        "Contact: Independent Living Services Manager",
    ],
    primary_entrant=dict(name="Fernleigh Homes", type="charity"),
    partners=[
        dict(name="Stainmoor Vale Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Stainmoor Vale Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", "The problem", """
- Fernleigh Homes runs 22 sheltered and extra care housing schemes with about 1,100 older tenants

- the local trust's virtual wards use monitoring kits (a tablet, a pulse oximeter, a blood pressure cuff and a thermometer) that send readings over the internet

- many of our tenants have no broadband and poor mobile signal, especially in older schemes with thick walls

- tenants were being turned down for the virtual ward, or admitted and then sent home with kit that did not work, so readings never reached the team

- in two cases in 2023 a tenant's readings were not received for more than a day and nobody knew until a scheme manager knocked on the door

- virtual ward staff assumed the kit was working unless it said otherwise, but a kit with no connection simply shows nothing, which looks the same as a patient who has not taken a reading yet

- tenants who could not use the virtual ward stayed in hospital longer, and some were admitted who could have been treated at home

- our scheme managers did not know which tenants were on a virtual ward, or who to ring if they were worried about one

What we did:

- Fernleigh installed a communal secure wifi network in every scheme, with boosters in the flats of anyone referred to a virtual ward

- the council's digital inclusion team measured signal strength in every flat and set up each kit on the tenant's network before discharge

- scheme managers now have a simple daily check to confirm a tenant's kit is online, and a direct line to the virtual ward if it is not

- the virtual ward tells the scheme manager, with the tenant's consent, when a tenant is admitted to the ward and when they are discharged from it

- kits are collected by the virtual ward's courier when the stay ends, and the booster is left in place in case it is needed again
"""),
        ("stakeholders", "Who was involved", """
- <<S:scheme managers from six of our schemes worked out the daily check with the virtual ward nurses and asked for it to be a single light on the tablet rather than a screen to read>>

- <<S:the virtual ward's technicians and the council's digital inclusion officers surveyed the first schemes together and changed the order of installation to start with the schemes with the worst signal>>

- tenants were told about the new wifi at residents' meetings and sent a letter explaining that it was free

- we plan to ask our tenants' panel to review the daily check next year
"""),
        ("value", "Value", """
- the communal wifi cost about £86,000 to install across all schemes, paid from Fernleigh's planned investment budget, with running costs of around £9,000 a year

- the council funded the signal testing from its digital inclusion grant

- scheme managers' daily check takes a minute or two per tenant and fits into the morning call round they already make to every flat

- the same wifi also supports our tenants' video calls with family and online GP appointments

- 74 tenants have been cared for on a virtual ward with a kit on our network since March 2024
"""),
        ("spread", "Spread", """
- two other housing associations in the area have asked for our specification

- the trust now asks every referral whether the person lives in sheltered housing, so it can check the scheme's connection before discharge

- we have shared the work with the national housing and health network

- the council is using the signal survey results to decide where to put public wifi in the town's community centres
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)
