"""Fifty-ninth independent evaluation set (I929..I944) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing prison healthcare teams, integrated
care boards, GP practices, charities, community and acute trusts, councils, universities,
pharmaceutical committees, ambulance services and the odd private company send in, in
their own voices and at their own length.  The theme of this set is safety at the
boundaries between organisations: discharge letters, referrals, shared records, and
transfers between hospitals, prisons, care homes and the community, each led by whichever
partner saw the gap first.

Topics: hospital discharge summaries and new medicines that never reach prison healthcare
when a man is brought back from hospital (prison healthcare with the acute trust and the
prison, own headings), referrals returned by hospital clinics that nobody acts on (an
integrated care board, bold headings with a cover table), high-risk patients and recall
lists when a neighbouring GP practice closes and its list is shared out (the receiving
GP practice, a form), service medical history that does not follow veterans into NHS
care (a veterans' charity, no headings, long), swallowing plans lost between hospital,
care homes and home care (a community speech and language therapy service, two columns),
dentures, hearing aids and glasses lost when care home residents go to hospital (a
private care home group as primary entrant, numbered questions with cover bullets),
methadone and buprenorphine doses when people go into and out of hospital (an acute trust
pharmacy, CAPS headings), babies born in hospitals outside the borough who miss their
first health visitor contact (a council 0-19 service, rubric headings), transfers from the
acute hospital to community hospital beds run by another trust (a community trust, a pdf
made from Word), hospital discharge summaries that care home staff cannot act on (a
university lead, a form with a cover table), dying people who move across a county
border to be near family (a hospice lead, no headings), community pharmacies that close at
short notice (a pharmaceutical committee, with appendix), patients moved between two
hospital trusts for a bed at times of pressure (an ambulance service, results first, no
value section), young people transferred from youth custody to an adult prison at 18 (a
council youth justice service, numbered questions, no evidence section), moves between
the two sites of one merged trust (departments of one trust, no partner, style headings)
and discharge medicines sent straight into care homes' electronic medicines records (a
private care software company as primary entrant, short lists).

Lead types and layouts: I929 nhs_trust (prison healthcare), pdf own_headings; I930 icb,
docx bold_headings with a cover table; I931 primary_care (GP practice), pdf form_table
with a cover table; I932 charity (veterans), docx no_headings; I933 nhs_trust
(community), pdf two_column; I934 private, docx numbered_questions with cover bullets;
I935 nhs_trust (acute), pdf caps_headings; I936 local_authority, docx rubric_headings;
I937 nhs_trust (community), pdf style_headings via soffice; I938 university, docx
form_table with a cover table; I939 charity (hospice), pdf no_headings; I940
primary_care (LPC), pdf with_appendix; I941 emergency_service (ambulance), docx
reordered; I942 local_authority, pdf numbered_questions; I943 nhs_trust (no partner),
docx style_headings; I944 private, docx bullet_lists.

Flags: no_patient_involvement I930, I935, I937, I943; no_staff_involvement I932, I939,
I944; no_quantitative_evidence I931 (a measured change told only in the value section),
I940, I942, I944; ineligible I934 (private lead), I943 (no partner), I944 (private
lead); missing_section I941 (value) and I942 (evidence).  I929, I933, I936 and I938 have
no flags.

Build it with

    .venv/bin/python data/independent/build.py --set 59   (writes data/corpus/independent59/)

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
    trained, activity counts (transfers, referrals, notifications, nominations moved,
    plans written, bags used), single figures with no baseline, a zero with no earlier
    figure, figures that did not change, budgets, costs and savings estimates, phone
    numbers, postcodes, reference numbers, targets not yet reached, changes to a
    medicine dose (not an outcome), plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    ('halved', 'about a third fewer', 'one in three ... one in twenty-five', a shift on
    a run chart); no_quantitative_evidence looks only at the evidence section (or the
    whole entry when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, prisoner health representatives, a youth council,
    Healthwatch volunteers, relatives' forums, unusual job titles such as ward
    housekeepers, prescription clerks, escort officers and delivery drivers, list
    items), wherever in the entry it is told;
  * not P/S: beneficiaries, people trained, briefed, informed, phoned or sent letters or
    leaflets, plans and intentions, negations, unnamed 'stakeholders', organisations
    agreeing or funding, a single named lead doing their job, staff delivering the new
    process, panels and forums that were only updated, surveys and questionnaires after
    which nothing changed, and a person's story told as the reason for the work.

Organisation types follow the earlier sets (ambulance services are emergency_service;
GP practices, GP federations and local pharmaceutical committees are primary_care;
prisons and young offender institutions are public_other; maternity and neonatal voices
partnerships are patient_group; hospices, veterans' charities, drug and alcohol charities
and care associations are charity; a university is university; care home groups and care
software companies are private).  A department or team of the entrant's own
organisation, or a former trust that merged into it, is not a partner.  Flags are written
by hand and build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I929  hospital discharge back to prison - pdf - own headings - head of
#       prison healthcare, plain - community trust running prison healthcare
#       with the acute trust and the prison - prisoner health representatives,
#       a former patient and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I929", format="pdf", layout="own_headings", topic="hospital_discharge_back_to_prison",
    project="independent59-backthroughthegate-929", pdf_font="LiberationSans", pdf_align="L",
    title="Back Through the Gate: getting hospital discharge information and medicines to prison healthcare the same day",
    cover=[
        "Lead organisation: Wealdmoor Community Health NHS Trust, Health and Justice Services (healthcare provider at HMP Greysford)",
        "Partners: Greysford and Tull Valley Hospitals NHS Foundation Trust; HMP Greysford",
        "Entry written by the Head of Healthcare, HMP Greysford",
    ],
    primary_entrant=dict(name="Wealdmoor Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Greysford and Tull Valley Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="HMP Greysford", type="public_other"),
    ],
    sections=[
        ("context", "Where the gap was", """
HMP Greysford is a category B local prison holding around 1,150 men, most of them on remand or serving
short sentences. Wealdmoor Community Health provides the healthcare inside: a 24-hour nursing team, GPs,
pharmacy, mental health and substance misuse services. When a man needs hospital care he goes out under
escort to Greysford General, eight miles away, usually to the emergency department and sometimes for an
admission that lasts days or weeks. We send out between 50 and 70 emergency escorts a month.

Getting a man to hospital has always worked reasonably well. Getting him back safely did not. He would
return, often late in the evening or overnight, cuffed to an officer, and be processed through reception
like any other arrival. Any paperwork from the hospital travelled in the officer's pocket, in the man's
property bag or not at all. The electronic discharge summary went to whichever GP practice was on the
hospital's record, which was usually the practice he had been registered with before custody, or one he
had left years ago. Our team had no way of seeing it.

Medicines were a particular problem. Some wards would not supply medicines to take out because 'the
prison will provide'. Others supplied a full pack, which was then logged as property at reception and
locked away with his clothes. Either way a new medicine could be missed for days until someone noticed.

In October 2022 a man in his thirties came back to us after four days on a medical ward with a clot in
his leg. He had been started on an anticoagulant. The discharge letter went to a GP practice in another
city and his tablets went into his property. Our nurses believed he had been kept in for observation.
Five days later he collapsed on the wing with a pulmonary embolism and went straight back out on a blue
light. He survived, but the review found that every part of the system had done its own job and nobody
had done the handover.

We were the service that saw what happened on our side of the gate, so we took the first step and asked
the hospital and the prison to sit down with us. What we changed together, from March 2023:

- the emergency department adds an 'in custody: HMP Greysford' alert to the patient's hospital record at booking, using the escort paperwork, so every discharge summary for that stay comes to our secure NHS mailbox as well as to any community GP

- before a man leaves a ward or the emergency department, the hospital nurse phones our duty nurse with a short structured handover; our number is on the alert

- medicines for the journey back are put in a sealed, labelled healthcare bag, which the escort officers hand to the reception nurse and not to property

- our night nurse sees every man returning from hospital within an hour of him coming through reception, reads the summary and reconciles his medicines
"""),
        ("evidence", "What has changed", """
We audited every return from hospital for three months before the changes (July to September 2022) and
have repeated the same audit every quarter since.

<<Q:Returns where the full discharge summary reached our healthcare team within 24 hours rose from 31%
in the baseline audit to 94% across the last four quarters.>> <<Q:Men who missed one or more doses of a
medicine started in hospital went down from 22 of 61 returns in the baseline audit to 3 of 58 in the
most recent one.>> <<Q:Emergency readmissions within seven days of coming back from hospital fell from 19
in 2022 to 8 in 2024, with roughly the same number of escorts in each year.>>

Since March 2023, 1,370 men have come back through the gate under the new arrangements. The night nurse
saw 96% of them within the hour, and the sealed bag was used on 612 occasions.
"""),
        ("stakeholders", "Who was involved", """
<<P:Our prisoner health representatives, men elected on each wing to speak for others about healthcare,
told us that many men would not say why they had been in hospital in front of the escort officers, so
the handover is now nurse to nurse and officers are told only what they need to know for security.>>
<<P:The man whose case started this agreed to meet the project group before his release, and it was his
suggestion that the sealed bag should be bright yellow and say 'Healthcare - not for property' in large
letters.>>

<<S:Escort officers and reception staff helped to design the route through reception after pointing out
that they were the only people who saw every returning man, and the reception senior officer wrote the
step into the prison's local operating procedure.>> <<S:Emergency department nurses tested the custody
alert for a month and asked for our mailbox address and duty phone number to appear on screen, which the
hospital's clinical systems team added.>> <<S:Our pharmacy technicians and the hospital's discharge
pharmacists agreed which medicines the hospital would send for the journey and which we would supply,
after the technicians showed them a month of wasted and duplicated packs.>> <<S:Night nurses on our team
asked for a one-page reconciliation form because the old medicines template took too long at 3am, and
they wrote the form themselves.>>
"""),
        ("value", "Value for money", """
The changes have cost almost nothing beyond staff time. The sealed bags cost a few pence each and the
hospital built the alert in two days. Against that, every emergency escort ties up two officers and a
vehicle, often for a whole shift, and an avoidable readmission can mean several escorts and a bed watch
that runs for days, with officers taken off the wings. For the men themselves, a missed anticoagulant or
antibiotic can be the difference between a short stay and a life-threatening illness.

Officers say they are relieved that medical paperwork no longer sits in their pockets. Our nurses say
night returns are calmer because they know what they are dealing with.
"""),
        ("spread", "Sharing it", """
The custody alert is now used for the two other prisons whose men are taken to Greysford General, and
the hospital has added it to its policy on patients in the care of the police and prison service. We
have shared the handover script and the reconciliation form with the other prison healthcare services
our trust runs, and presented the work at the regional health and justice network. The prison group
director has asked for the sealed bag to be used across the group's prisons in 2025.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I930  referrals returned by hospital clinics that nobody acts on - docx -
#       bold headings with a cover table - ICB elective care lead, measured -
#       ICB with the acute trust and a GP federation - staff involved - NO
#       patient involvement (patients texted, a citizens' panel updated, a
#       survey that changed nothing, beneficiaries, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I930", format="docx", layout="bold_headings", topic="returned_referrals_no_action",
    project="independent59-returnednotforgotten-930", docx_font="Calibri",
    title="Returned, Not Forgotten: making sure referrals that hospital clinics send back are acted on",
    cover_table=[
        ("Entry title", "Returned, Not Forgotten: making sure referrals that hospital clinics send back are acted on"),
        ("Lead organisation", "NHS Marrowby and Holt Integrated Care Board (Elective Care and Referral Support)"),
        ("Partners", "Marrowby Teaching Hospitals NHS Trust; Holt Valley GP Federation"),
        ("Contact", "Head of Elective Care Improvement"),
    ],
    primary_entrant=dict(name="NHS Marrowby and Holt Integrated Care Board", type="icb"),
    partners=[
        dict(name="Marrowby Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Holt Valley GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "Why we did it", """
Most routine referrals from general practice to hospital go through the national electronic referral
service. A consultant or triage clinician reviews each one and either accepts it, gives advice instead,
or returns it to the practice, usually asking for a test first or suggesting a different service.
Returning a referral is often the right decision. The problem is what happens afterwards.

In 2022 a returned referral appeared on a worklist in the practice's referral system. In most practices
nobody had been given the job of checking that worklist. Sometimes it went to the referring GP, who might
be a locum who had since left. The patient was not told by anyone, so they assumed they were on a waiting
list, and some waited months for an appointment that did not exist.

The referral support team at Holt Valley GP Federation, which books referrals for eleven practices, was
the first to see the pattern, when it noticed how many calls it was taking from patients chasing
hospital appointments that had never been booked. One woman's gynaecology referral had been returned the
week after it was sent, asking for an ultrasound scan that was never requested; she found out nine
months later.

We then audited 400 returned referrals from across the ICB area. At eight weeks, 23% had no recorded
action at all: no test booked, no new referral and no note that the GP had decided not to go ahead.
Among them was a man referred to gastroenterology with iron deficiency anaemia, whose referral was
returned with advice to do a faecal immunochemical test first. The test was never sent. He was diagnosed
with bowel cancer eleven months later.

Marrowby Teaching Hospitals returns about 1,900 referrals a month, so even a small percentage is a large
number of people stuck between two organisations, each of which thinks the other is looking after them.
"""),
        ("evidence", "Evidence of improvement", """
From April 2023 the hospital puts every returned referral into one of five standard categories, each
with a short, fixed instruction to the practice. Returns go to a named referrals inbox in each practice
rather than to the individual GP. The federation's referral support team runs a weekly search for any
returned referral with no action after two weeks and contacts the practice, and the ICB sends a monthly
report to each practice and each hospital specialty.

<<Q:In our repeat audit of 400 returned referrals in 2024, the share with no recorded action after eight
weeks had fallen from 23% to 4%.>> <<Q:The median time from a referral being returned to the practice
sending a new referral or arranging the requested test went down from 41 days to 9 days.>> <<Q:Incidents
reported by practices or the hospital about a returned referral that was not acted on fell from 17 in
2022/23 to 5 in 2024/25.>>

The weekly search now covers all 46 practices in the ICB area. In 2024/25 it picked up 2,310 returned
referrals that needed chasing.
"""),
        ("stakeholders", "Who was involved", """
<<S:The federation's referral coordinators mapped every step a returned referral took in their
practices, and they proposed sending returns to a shared practice inbox instead of to the referring
GP.>> <<S:Consultants in gynaecology, gastroenterology, dermatology and urology, the four specialties
with the most returns, tested the five categories for six weeks and rewrote two of them because
practices were reading the wording as a rejection rather than a request for more information.>>
<<S:Practice managers from six practices piloted the weekly search and asked for it to show the
patient's phone number and the date of the original referral, so that reception could ring the patient
the same day.>> <<S:The hospital's booking centre team pointed out that some returned referrals were
being sent straight back to the same clinic without the test being done, and a check for this was added
to the category instructions.>>

Patients whose referral is returned now get a text message from their practice explaining that the
hospital has asked for more information and that the practice will be in touch. The ICB's citizens'
panel received an update on the project at its meeting in November 2023. We sent a short survey about
the text message to 200 patients; most found it clear, so the wording has not changed. The main
beneficiaries are patients who would otherwise have waited for an appointment that was never coming. We
plan to involve patients in a review of the text messages next year.
"""),
        ("value", "Value for money", """
The categories and the weekly search use systems we already pay for. The referral support team spends
about a day a week on the search, funded from the ICB's existing elective care budget. Every returned
referral that is not acted on is a delayed diagnosis waiting to happen, and late diagnosis of cancer and
other serious conditions is more expensive to treat and far worse for the patient. Practices say they
no longer find forgotten returns by accident, and consultants say they receive fewer re-referrals that
they have to send back a second time.
"""),
        ("spread", "Spread", """
The categories have been adopted by the other acute trust in the ICB area, and the weekly search has
been shared with the two neighbouring ICBs through the regional elective care network. We presented the
work at a national referral management conference in 2024.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I931  high-risk patients when a neighbouring GP practice closes - pdf -
#       form with a cover table - practice manager and GP partner, practical -
#       receiving GP practice with the ICB, the other receiving practice and
#       the LPC - staff and a patient participation group involved - NO
#       quantitative evidence in the evidence section (transfer counts,
#       single figures, a zero, a target not met); a measured change told
#       only in the value section
# ---------------------------------------------------------------------------
entry(
    id="I931", format="pdf", layout="form_table", topic="gp_practice_closure_list_dispersal",
    project="independent59-nobodyleftoff-931", pdf_font="LiberationSans",
    title="Nobody Left Off the List: safe transfer of high-risk patients when a neighbouring GP practice closed",
    cover_table=[
        ("Title of entry", "Nobody Left Off the List: safe transfer of high-risk patients when a neighbouring GP practice closed"),
        ("Lead organisation", "Orchard Lane Surgery, Pellbridge"),
        ("Partner organisations", "NHS Pellbridge and Wyre Vale Integrated Care Board (Primary Care Commissioning); Brookvale Medical Centre, Pellbridge; Pellbridge and District Local Pharmaceutical Committee"),
        ("Name and role of entrant", "Janine Oduya, Practice Manager, with Dr Rhys Kettle, GP Partner"),
    ],
    primary_entrant=dict(name="Orchard Lane Surgery", type="primary_care"),
    partners=[
        dict(name="NHS Pellbridge and Wyre Vale Integrated Care Board", type="icb"),
        dict(name="Brookvale Medical Centre", type="primary_care"),
        dict(name="Pellbridge and District Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and its safety goals.", """
In the summer of 2023 the single-handed practice on Canal Street in Pellbridge announced it would close
at the end of October, when its GP retired and nobody could be found to take it on. Its 7,900 patients
were to be shared by postcode between our practice and Brookvale Medical Centre, the two nearest
practices. On paper that is an administrative job: the records move electronically, patients are
registered at the new practice, and the old contract ends.

We could see it was more than that. Canal Street kept its own paper and spreadsheet recall lists for
patients on medicines that need regular blood tests, such as methotrexate, lithium, azathioprine and
warfarin, and for people overdue a smear or a diabetes review. Those lists do not travel with the
electronic record. Nor do the unwritten arrangements: which housebound patients had their bloods taken
at home by the practice nurse, who was on weekly prescriptions because of overdose risk, and which
children were on a child protection plan. When a practice closes, its staff move on and that knowledge
goes with them.

There were practical problems with medicines too. Canal Street patients had repeats nominated to three
local pharmacies. On the day the practice closed, any repeat not re-authorised at the new practice would
fail, and people on weekly compliance packs would find their next pack could not be made up.

We asked the ICB whether we could run the transfer as one joint project instead of two practices each
doing their own thing. Our goals were that every patient on a high-risk medicine would have a monitoring
date booked at their new practice before Canal Street closed, that nobody would go without a repeat
medicine, and that every safeguarding flag would be on the new record the day it arrived.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Between August and October 2023 the two receiving practices, the ICB and the Canal Street team went
through the patient list together, using a single shared spreadsheet held by the ICB of every patient in
one of nine higher-risk groups.

- 4,120 patients registered with Orchard Lane and 3,780 with Brookvale.

- 612 patients were in a higher-risk group, including 286 on medicines that need blood monitoring, 41 on weekly prescriptions because of overdose risk and 58 children or adults with a safeguarding flag.

- All 286 patients on monitored medicines had a blood test booked at their new practice before 31 October.

- 1,140 repeat prescriptions were re-authorised in the last fortnight, and the pharmacies were sent a list of every patient whose nomination would change.

- No serious incidents linked to the transfer have been reported.

- Our target was to summarise every transferred paper record within three months. By the end of January 2024 we had reached 88%, and we finished in April.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:The Canal Street practice nurse and receptionists spent two afternoons with our clinical pharmacist
going through their paper recall books line by line, and it was the receptionists who knew which
patients were housebound and needed their bloods taken at home.>> <<S:Pharmacists from the three
pharmacies holding most of the nominations warned us that repeats re-authorised at the last minute would
all land on the first Monday, so the LPC arranged for re-authorisations to be spread over the final two
weeks.>> <<S:Brookvale's safeguarding lead GP and our safeguarding administrator checked each flagged
record against the old practice's paper register, after our administrator found that two child
protection codes had not come across on a test record.>>

<<P:Members of the Canal Street patient participation group, who were understandably angry about the
closure, met both practices and told us that older patients would throw away a letter from a practice
they did not know, so the letters went out with the Canal Street name alongside ours and a photograph of
the new front door.>> <<P:Two of them then staffed a table in the Canal Street waiting room during its
last fortnight, answering patients' questions about where they would be registered.>>
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The ICB paid for 120 hours of locum administration time across the two practices, about £3,400, and for
the Canal Street staff to work an extra fortnight. Everything else was existing staff time.

<<Q:When our pharmacist reviewed the medicines of transferred patients, the proportion with a duplicated
or conflicting repeat on their record fell from about one in six in the first batch of records in August
to one in twenty-five in the last batch in October, once the checks were moved to before
registration.>>

Staff at both practices found the work hard, but say that knowing exactly who the high-risk patients
were made the first weeks far less frightening. A closure without this work would have cost much more in
incidents, complaints and unplanned admissions.
"""),
        ("spread", "How has the work been shared and spread?", """
The ICB has written the shared spreadsheet and the nine higher-risk groups into its procedure for any
future practice closure or merger, and used it when a branch surgery in Wyre Vale closed in 2024. We
presented the work at the ICB's practice managers' forum and shared the templates with the regional
primary care commissioning network.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I932  service medical history that does not follow veterans into NHS care
#       - docx - no headings - long - veterans' charity centre manager, first
#       person, blunt - charity with a GP federation, the mental health trust's
#       veterans' service and the council's covenant team - veterans and
#       families involved - NO staff involvement (caseworkers trained,
#       practice staff briefed, a named lead, a questionnaire that changed
#       nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I932", format="docx", layout="no_headings", topic="veterans_service_medical_records_gp",
    project="independent59-carryingitover-932", docx_font="Arial",
    title="Carrying It Over: making sure service medical history follows veterans into NHS care",
    cover=[
        "Bastion Lane Veterans' Centre (registered charity), Ridgemoor - lead entrant",
        "Working with Ridgemoor North GP Federation, Ridgemoor and Wyke Mental Health NHS Trust (Veterans' Mental Health Service) and Ridgemoor County Council (Armed Forces Covenant Team)",
        "Written by Dave Hollins, Centre Manager",
    ],
    primary_entrant=dict(name="Bastion Lane Veterans' Centre", type="charity"),
    partners=[
        dict(name="Ridgemoor North GP Federation", type="primary_care"),
        dict(name="Ridgemoor and Wyke Mental Health NHS Trust", type="nhs_trust"),
        dict(name="Ridgemoor County Council", type="local_authority"),
    ],
    sections=[
        ("context", None, """
I served twenty-two years in the Army, most of it in logistics, and when I left I did what most of us
do. I registered with a GP near my wife's family, filled in the form and did not think about it again.
Nobody asked whether I had served. My service medical records arrived at the practice, I found out
later, fourteen months after I registered, and somebody summarised them as 'ex-military, nil
significant'. That covered two operational tours, a hearing loss claim and a back injury that still
gives me grief.

I tell that story because it is typical, and most of the time it does not matter very much. Sometimes it
matters a great deal.

Bastion Lane is a drop-in and casework centre for veterans and their families in Ridgemoor. We see about
700 veterans a year, from young lads who have just come out to men and women in their eighties. About a
third of the younger ones come to us in their first two years after leaving. Many of them were under the
care of military doctors and military mental health teams right up to the day they left. Some were on
antidepressants, some on strong painkillers, some had been assessed after harming themselves. When they
walk out of the gate for the last time that care stops, and it only starts again if a civilian GP knows
about it.

What we kept seeing was the gap in between. A young man leaves, moves back to his home town, registers
with a GP or does not, and runs out of his tablets. The practice has no record of what he was on, so he
is booked a routine appointment three weeks away. He is told the mental health waiting list is long. By
the time he walks through our door he is drinking, not sleeping and not far off a crisis.

In the spring of 2022 one of our regulars, a former lance corporal aged 26, was found by his sister after
taking an overdose. He survived. He had left the Army seven months earlier while under a military
community mental health team. He had registered with a GP in Ridgemoor, but nothing about his mental
health had reached the practice, and his record did not say that he had served. He had not seen a doctor
since leaving. His sister said to me, "Surely somebody should have known." She was right.

So we went to the GP federation and the mental health trust and asked what it would take to close that
gap. Each of them turned out to hold a piece of the answer. The federation's practices can add a
veteran code to the record and request the full service medical record, but only if they know the
person has served. The trust runs a veterans' mental health service that can see people quickly, but it
needed referrals to reach it. The council's armed forces covenant team had links with the resettlement
staff at the garrison up the road and could tell us when people were leaving and settling in the area.
And we had the veterans themselves, who trust us in a way they do not yet trust the NHS.

What we set up, from January 2023, has four parts. First, everyone who comes to Bastion Lane is asked
whether they are registered with a GP and whether their GP knows they served. If not, one of our
caseworkers sits with them and does it there and then, using a short letter that asks the practice to
add the veteran code and request the service medical record straight away. Second, the federation named
a person in each of its fourteen practices who takes these letters and chases the record if it has not
arrived within four weeks. Third, anyone who left in the last two years and was under military mental
health care, or who is struggling now, can be referred by us straight to the trust's veterans' service,
which aims to see them within a fortnight. Fourth, the covenant team passes on, with consent, the
details of service leavers settling in Ridgemoor, so that we can get in touch before they fall through
the cracks rather than after.

There is nothing clever about any of this. It is about making sure the people who need the information
have it before they need it in an emergency, and that the veteran does not have to tell his whole story
four times to four different people before anyone listens.

It is also not only about mental health. Veterans carry all sorts of things from their service that a
civilian GP needs to know about: noise-induced hearing loss, injuries from training and operations,
exposure to things on deployment, old prescriptions for painkillers that nobody ever reviewed. An older
veteran whose hearing loss is in his service record but not in his GP record will struggle on without
hearing aids for years. A younger one whose back injury is on file at the military medical centre but
not at his new practice will be started from scratch, sometimes on the same tablets that did not work
last time.
"""),
        ("evidence", None, """
We have kept records of everyone who came through the scheme, and the federation has pulled figures from
the practice systems for us, with the veterans' consent.

<<Q:Among the veterans we supported, the share whose GP record showed they had served went from under
half (46%) in our 2022 check to 94% at the end of 2024.>> <<Q:For people who came through the scheme,
the average time from registering with a practice to the service medical summary being on the GP record
came down from about five months to just over three weeks.>>

<<Q:Crisis presentations to the emergency department or the mental health crisis line among veterans on
our books were about a third fewer in 2024 than in 2022, according to figures the trust matched for us,
even though we were supporting more people.>> The veterans' service accepted 131 referrals from us over
the two years and saw 88% of them within a fortnight.

Going through the records, practices also found 64 veterans on repeat medicines first prescribed by
military doctors that no civilian GP had ever reviewed, including several on long-term opioids. Every
one of them has now had a review.
"""),
        ("stakeholders", None, """
The people who shaped this most were veterans. <<P:The Thursday morning brew group at the centre, about
fifteen regulars of all ages, read the first version of our GP letter and told us it was too long, that
nobody would hand over anything with the word 'vulnerable' on it, and that it should say plainly what
the practice has to do.>> <<P:They rewrote it with us over three weeks, and it is their version that
our caseworkers use today.>> <<P:Wives, husbands and parents at our families' evening told us they were
often the first to notice things getting worse, and asked for a card they could take to the GP on the
veteran's behalf with consent already signed, which we now give out.>> <<P:The sister of the young man
whose overdose started all this joined our steering group and has been on it ever since, and it was her
idea to ask every veteran who comes in, not just the ones who look as if they are struggling.>>

Our caseworkers were trained by the trust's veterans' service in how to ask about suicide risk.
Reception and administration staff across the federation's practices had a half-hour briefing on what
the veteran code is for and how to request service records. The federation's veterans' lead, Dr Sian
Marlow, looks after the named contacts in each practice as part of her role. We sent a short
questionnaire to the named contacts after a year; the answers were mostly positive, so nothing was
changed. We would like to bring GPs, practice staff and the veterans' service together next year to
look at what else could be done.
"""),
        ("value", None, """
The whole thing costs very little. Our part is paid for by a grant of £38,000 a year from the council's
covenant fund and a national veterans' charity, which covers one caseworker and some of my time. The
named contacts in the practices do this as part of their normal work, and the veterans' service was
already funded. Set against that, a single mental health crisis admission can cost the NHS tens of
thousands of pounds, and a suicide costs a family everything.

What matters more to me is what veterans tell us. One lad said that for the first time since leaving he
felt somebody on the civvy side knew who he was. A woman in her seventies, who served in the Navy in the
1970s, told us her GP had finally found her hearing loss in her old record and sorted her out with
hearing aids after ten years of struggling. It is not all about crisis.
"""),
        ("spread", None, """
The federation has built the veteran registration letter into the new patient process in all fourteen
practices. The council has shared the scheme with the other councils in the county through the covenant
partnership, and two veterans' charities in neighbouring towns now use our letter and family card. We
told the regional armed forces network about it in 2024, and the resettlement staff at the garrison now
give our letter to everyone leaving who is settling in the area.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I933  swallowing plans lost between hospital, care homes and home care -
#       pdf - two columns - speech and language therapy clinical lead, clear
#       - community trust with the acute trust, a care providers' association
#       and the council - staff, a family and other families involved - Q
#       includes a shift on a run chart - no flags
# ---------------------------------------------------------------------------
entry(
    id="I933", format="pdf", layout="two_column", topic="swallowing_plans_across_transfers",
    project="independent59-samespoon-933", pdf_font="LiberationSans",
    title="Same Spoon, Every Setting: keeping swallowing plans intact as people move between hospital, care homes and home",
    cover=[
        "Kesterley Community Healthcare NHS Trust, Adult Speech and Language Therapy Service (lead), with Kesterley and Dunholm Hospitals NHS Trust, Kesterley Care Providers' Association and Kesterley County Council (Adult Social Care)",
        "Entry by the Clinical Lead Speech and Language Therapist",
    ],
    primary_entrant=dict(name="Kesterley Community Healthcare NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Kesterley and Dunholm Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Kesterley Care Providers' Association", type="charity"),
        dict(name="Kesterley County Council", type="local_authority"),
    ],
    sections=[
        ("context", "The gap", """
About 1,400 adults in Kesterley have a swallowing difficulty serious enough for a speech and language
therapist to recommend a particular food texture or thickened drinks. Most are older people living with
dementia, Parkinson's or the effects of a stroke, and most live in care homes or have home care. The
wrong texture can cause choking, and small amounts of food or drink repeatedly going into the lungs
cause aspiration pneumonia, which in frail people is often fatal.

The recommendation is made in one place and carried out in another. A hospital therapist assesses
someone on a ward and writes the food and drink levels in the hospital notes. The discharge summary may
say 'modified diet' or nothing at all. The care home gets a resident back with new needs nobody has told
it about, or carries on with the old ones. Home care agencies, which make many people's lunches, often
never see the recommendation. When the person next goes into hospital, the ward starts again from
scratch because nobody sends the community plan in with them.

In 2022 our team started logging every person we saw whose food or drink did not match their latest
recommendation. In six months we logged 212. In one case a woman with advanced dementia was given thin
drinks for nine days after returning to her care home, because her discharge summary said only 'SALT
input on ward'. She developed pneumonia and died in hospital.

Our answer was one swallowing plan that goes with the person: a single page using the standard national
food and drink descriptors, with photographs of the right consistencies, held on the shared care record
that the hospital, our trust, GPs and, since 2023, care homes and home care agencies can read. The
hospital discharge template cannot be completed without the plan attached for anyone who has one.
"""),
        ("evidence", "What difference it has made", """
<<Q:The number of people we logged each month whose food or drink did not match their latest plan
dropped from an average of 35 before the single plan to an average of 6 in the year after.>>
<<Q:Discharge summaries for patients with a swallowing plan that named the food and drink levels
correctly rose from 38% in our 2022 audit to 91% in 2024.>>

<<Q:Emergency admissions with aspiration pneumonia among people on our caseload showed a sustained shift
on our run chart, with the centre line moving down from nine a month to five a month from the fourth
month after launch.>>

Since April 2023, 1,120 plans have been put on the shared record, and 71 care homes and 14 home care
agencies have been given read access.
"""),
        ("stakeholders", "Who shaped it", """
<<S:Cooks and kitchen assistants from eight care homes in the association tested the plan and told us
that the descriptors meant nothing to them unless they could see what the food should look like, which
is where the photographs came from.>> <<S:Ward housekeepers, who serve meals on the hospital's older
people's wards, suggested a coloured tray mat for anyone with a plan, and the hospital now uses one.>>
<<S:Home care workers from two agencies asked for a version they could read on their phones between
visits, and the council's commissioners arranged for it to be added to the agencies' care planning
app.>> <<S:Ward doctors and our therapists agreed together which parts of the discharge template should
be mandatory, after the doctors showed us how easy it was to skip the old free-text box.>>

<<P:The idea of a single page came from a man living with motor neurone disease and his wife, who
carried a folder of conflicting instructions from four services and asked us which one was right.>>
<<P:They and three other families tried the draft plan at home and asked for the 'what to do if he
coughs' section to go at the top rather than the bottom.>>
"""),
        ("value", "Value", """
The plan uses the shared care record we already had. The main cost was therapist time to move existing
recommendations onto the new page, about six weeks in all. An admission with aspiration pneumonia in a
frail older person usually lasts more than a week, and many do not survive it. Care home staff say they
feel more confident. Families say they no longer have to be the messenger between services.
"""),
        ("spread", "Spread", """
The neighbouring community trust has adopted the same plan and record view. The hospital has extended
the mandatory field to the stroke unit at its second site. We have presented the work at the regional
dysphagia network, and the care association now covers the plan in its induction for new kitchen
staff.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I934  dentures, hearing aids and glasses lost when care home residents go
#       to hospital - docx - numbered questions with cover bullets - PRIVATE
#       care home group as primary entrant, with the acute trust, the
#       ambulance service and the community trust (ineligible) - director of
#       quality, practical - residents, relatives and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I934", format="docx", layout="numbered_questions", topic="care_home_dentures_hearing_aids_glasses_transfers",
    project="independent59-teethearseyes-934", docx_font="Calibri",
    title="Teeth, Ears and Eyes: keeping residents' dentures, hearing aids and glasses with them between care home and hospital",
    cover=[
        "Primary entrant: Larchmont Care Homes Ltd (eleven residential and nursing homes in Ellesby and Marne)",
        "Submitted by the Director of Quality and Clinical Governance",
        "Partners in this project:",
    ],
    cover_bullets=[
        "Ellesby Hospitals NHS Trust (Emergency Department and Elderly Care Wards)",
        "Ellesby and Marne Ambulance Service NHS Trust",
        "Ellesby Community NHS Trust (Community Dental Service and Adult Audiology)",
    ],
    primary_entrant=dict(name="Larchmont Care Homes Ltd", type="private"),
    partners=[
        dict(name="Ellesby Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Ellesby and Marne Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Ellesby Community NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "1. What was the problem and why did it need a partnership?", """
Our homes look after about 560 residents, and in an ordinary month between 60 and 80 of them go to
hospital, either to the emergency department or for an admission. Most are in their late eighties.
Nearly all depend on at least one of three small things: dentures, hearing aids and glasses.

These are the things that go missing. A resident is lifted onto an ambulance stretcher at 4am while her
teeth are in a pot by the bed and her glasses are on the bedside table. Or they go with her, are taken
out in the emergency department, wrapped in a tissue and left on a trolley. By the time she reaches a
ward she cannot chew the food she is given, hear the doctor or read the menu. People who cannot see or
hear become more confused, are more likely to be thought to have a worse dementia than they have, and
are more likely to fall. Without their teeth they eat less, and they are at greater risk of choking on
food that is too hard for their gums. When they come back to us, often without the items, replacing
them can take weeks: new dentures need several appointments, and a lost hearing aid means a new
referral to audiology.

In 2022 we started counting. In nine months 118 items went missing on transfers to or from hospital.
Four residents lost more than 5% of their body weight before their dentures were replaced. One
gentleman, who was profoundly deaf without his aids, was assessed on a ward as lacking capacity, and his
family only found out when they were asked about a care home place he already had.

No one organisation could fix this alone. Our staff get the resident ready, the ambulance crew carries
them, the hospital looks after them and sends them back, and the community dental and audiology services
replace what is lost.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
Since March 2023 every resident who goes to hospital travels with a clear zip bag, the 'Teeth, Ears and
Eyes' bag, clipped to the front of their transfer folder. Inside is a card with photographs of the
resident's own dentures, hearing aids and glasses, and each item is marked with the resident's name by
our staff or by the community dental service. Crews check the bag on the stretcher. The emergency
department and wards keep it at the bedside and tick it off on discharge, and the hospital's discharge
checklist has a line for it. If something does go missing, the community dental service and audiology
offer a priority appointment.

<<Q:Items lost on a transfer between our homes and the hospital fell from 14 for every 100 transfers in
2022 to 3 for every 100 in 2024.>> <<Q:The average wait for replacement dentures after a loss came down
from 11 weeks to 4 weeks.>> <<Q:Residents who came back from a hospital stay with new or worse confusion
recorded by our nurses fell from 31% to 19% over the same period, which we believe is at least partly
because they could see and hear.>>

We have used 1,900 bags so far, and the community dental service has marked dentures for 410 residents.
"""),
        ("spread", "3. How has the work been shared?", """
The ambulance service has added the bag check to its guidance for crews attending any care home in
Ellesby, not just ours, and the hospital now offers the bags to other care homes through its care home
liaison nurse. We have presented the work at the local care providers' forum and to the regional older
people's mental health network, because of the link with delirium.
"""),
        ("value", "4. What difference has it made to residents and staff, and is it good value?", """
Each bag costs about 80p. Marking a set of dentures costs the community dental service about £6. New
dentures cost several hundred pounds and a replacement hearing aid a similar amount, before counting the
weeks residents spend without them. Families have told us how upsetting it was to visit a parent in
hospital who could not hear them. Our nurses say they no longer spend days on the phone trying to track
down lost items.
"""),
        ("stakeholders", "5. Who was involved and how?", """
<<P:The residents' committee at Larchmont House, six residents who meet monthly with the home manager,
chose a clear bag rather than a coloured one because, as one of them put it, "a nurse in a hurry should
be able to see my teeth are in there".>> <<P:Relatives of residents who had lost hearing aids in hospital
came to a meeting with our managers and the hospital's patient experience lead and asked for the
photograph card, so that items handed back by the hospital could be matched to the right person.>>

<<S:Paramedics from the two ambulance stations nearest our homes tried out the bag for a month and asked
for it to clip onto the transfer folder, because a loose bag was easy to leave on the bed.>>
<<S:Healthcare assistants on the elderly care wards suggested adding the bag to the discharge checklist
instead of relying on memory, and the ward sisters agreed the wording.>> <<S:Dental nurses from the
community dental service showed our carers how to mark dentures and then offered to mark the ones that
were too fragile to do safely in the home.>>
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I935  methadone and buprenorphine when people go into and out of hospital
#       - pdf - CAPS headings - lead pharmacist for medicines safety, direct -
#       acute trust with a drug and alcohol charity, the LPC and council public
#       health - staff involved - NO patient involvement (wallet card shown at
#       an open morning with nothing changed, a forum told, beneficiaries, a
#       plan)
# ---------------------------------------------------------------------------
entry(
    id="I935", format="pdf", layout="caps_headings", topic="opioid_substitution_hospital_admission_discharge",
    project="independent59-onedoseonerecord-935", pdf_font="DejaVuSans", pdf_align="L",
    title="ONE DOSE, ONE RECORD: safer methadone and buprenorphine when people go into and out of hospital",
    cover=[
        "LEAD: Sandmere Royal Hospitals NHS Trust, Pharmacy Department and Drug and Alcohol Liaison Team",
        "PARTNERS: Turning Tide Recovery (drug and alcohol treatment charity); Sandmere Local Pharmaceutical Committee; Sandmere City Council (Public Health)",
        "CONTACT: Lead Pharmacist, Medicines Safety",
    ],
    primary_entrant=dict(name="Sandmere Royal Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Turning Tide Recovery", type="charity"),
        dict(name="Sandmere Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Sandmere City Council", type="local_authority"),
    ],
    sections=[
        ("context", "WHY WE DID THIS", """
About 1,600 people in Sandmere take methadone or buprenorphine as treatment for opioid dependence. It is
prescribed by Turning Tide, the council-commissioned treatment service, and collected daily from
community pharmacies, often under supervision. Around 300 of them are admitted to our hospital each
year, many as emergencies with infections, injuries or overdoses.

Opioid substitution treatment is safe when the dose is known and only one organisation is giving it.
Both of those break down at the hospital door. On admission, ward staff have to confirm the dose and
when it was last taken. If the person arrives at night or at a weekend the treatment service is closed
and the pharmacy may be too. Doses were either missed, leaving people in withdrawal, which is one of the
commonest reasons for people discharging themselves before treatment is finished, or guessed, which is
dangerous if the person has already had that day's dose at the pharmacy.

On discharge the same problem ran the other way. The community pharmacy was rarely told that a person
had been in hospital, what dose they had last been given or when. Under standard safety rules a pharmacy
stops supplying after three missed days until the prescriber reviews the dose, so many people left
hospital to find they could not get their medicine until the treatment service reopened. Some went back
to buying on the street.

In 2022 a woman of 34 was discharged on a Friday afternoon after four days on a surgical ward. Her
pharmacy had stopped her prescription after the third missed day. Nobody told her, and nobody told the
pharmacy she had been given methadone in hospital. She was found dead at home on the Sunday. Our liaison
team had known her well. After her death we decided this could not be left to chance.

What we changed: our drug and alcohol liaison team now has read-only access to Turning Tide's
prescribing record, including out of hours, so the dose and last collection can be confirmed at any
time; community pharmacies record each supervised dose on a shared electronic log the hospital can see;
and on discharge the ward pharmacist sends a standard notification to the patient's pharmacy and to
Turning Tide with the last dose and time, and Turning Tide issues a bridging prescription the same day
so that the three-day rule does not leave anyone without a supply.
"""),
        ("evidence", "WHAT HAS IMPROVED", """
We compared the twelve months before the changes (2022) with the twelve months from April 2023.

<<Q:Admissions where the first hospital dose was missed or given more than six hours late fell from 44%
to 9%.>> <<Q:Patients on opioid substitution treatment who discharged themselves against medical advice
within 48 hours of admission fell from 27% to 11%.>> <<Q:Discharges where the community pharmacy was
notified on the day went up from about one in eight to 91%.>> <<Q:There were no incidents of a double
dose on the day of admission in 2023/24, compared with four in 2022.>>

The liaison team confirmed 318 doses out of hours during the year.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<S:Community pharmacists, through the LPC, designed the shared supervised dose log with our pharmacy IT
team and insisted that it record the time of each dose as well as the date, because that is what wards
actually need to know.>> <<S:Turning Tide's prescribers agreed the bridging prescription protocol with
our liaison nurses after two meetings in which the nurses went through every discharge from the previous
three months that had gone wrong.>> <<S:Nurses on the acute medical unit and two surgical wards tested the
admission checklist for six weeks and asked for the out-of-hours number to be printed on the drug chart
itself, which is now done.>> <<S:Our ward pharmacists suggested that the discharge notification should be
sent automatically from the electronic prescribing system, and they check it on every discharge.>>

People who use Turning Tide's services are given a wallet card that tells hospital staff how to confirm
their dose. The card was shown to service users at the treatment service's open morning and the
comments were positive, so it was left as it was. Turning Tide's service user forum was told about the
changes at its spring meeting. The work is meant to make hospital safer for a group of people who are
often reluctant to come in at all. We intend to invite people with lived experience of being admitted
onto the steering group next year.
"""),
        ("value", "VALUE", """
The shared log used an existing pharmacy system and cost about £4,000 to adapt. Out-of-hours calls are
taken by the on-call pharmacist. Each self-discharge before treatment is finished risks a readmission
that is longer and sicker, and each person left without their medicine after discharge is at real risk
of overdose and death. Ward staff tell us that admitting someone on methadone at 2am no longer means a
night of phone calls.
"""),
        ("spread", "SPREAD", """
The council has written the shared log and the discharge notification into its contract with pharmacies
for supervised consumption, and the other hospital in the county has joined the arrangement. We shared
the protocol through the regional chief pharmacists' network and at a national harm reduction
conference in 2024.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I936  babies born outside the borough who miss their first health visitor
#       contact - docx - rubric headings - head of a council 0-19 service,
#       formal - council with two hospital trusts and the maternity and
#       neonatal voices partnership - parents and staff involved - Q includes
#       'halved' - no flags
# ---------------------------------------------------------------------------
entry(
    id="I936", format="docx", layout="rubric_headings", topic="out_of_area_births_health_visiting_handover",
    project="independent59-bornelsewhere-936", docx_font="Cambria",
    title="Born Elsewhere, Visited at Home: making sure babies born outside the borough get their health visitor on time",
    cover=[
        "Lead organisation: Wexcombe Borough Council, Public Health (0-19 Children's Public Health Service)",
        "Partners: Larkhill Vale Hospitals NHS Foundation Trust (Maternity Services); Oxley Marsh University Hospitals NHS Trust (Neonatal Unit and Child Health Information Service); Wexcombe Maternity and Neonatal Voices Partnership",
        "Submitted by the Head of the 0-19 Service",
    ],
    primary_entrant=dict(name="Wexcombe Borough Council", type="local_authority"),
    partners=[
        dict(name="Larkhill Vale Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Oxley Marsh University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Wexcombe Maternity and Neonatal Voices Partnership", type="patient_group"),
    ],
    sections=[
        ("context", "Why was the partnership needed and what were its patient safety goals?", """
Wexcombe has around 3,100 births a year but no maternity unit of its own. Families give birth at
Larkhill Vale or Oxley Marsh, both in neighbouring areas, and a few at hospitals further away. The
council runs health visiting directly through its 0-19 service. Every baby should have a new birth visit
from a health visitor between 10 and 14 days after birth. That visit is when feeding problems, poor
weight gain, jaundice, maternal depression and safeguarding concerns are often picked up for the first
time.

For a health visitor to visit, the service has to know the baby exists. Birth notifications go first to
the child health information service for the area where the baby is born and then have to be passed to
the area where the family lives, which for babies born out of area could take days or weeks. The
handover from hospital midwifery care to health visiting was a letter that might go to the wrong team.
Babies who had spent time on a neonatal unit were the worst affected: they could be sent home from Oxley
Marsh on a Friday with a referral letter posted to an old address.

An audit in 2022 found that 39% of Wexcombe babies born out of area had their new birth visit after day
14. A baby boy with a cleft palate, born at a hospital 40 miles away, was not seen by a health visitor
until he was five weeks old, by which time he had lost 15% of his birth weight and was admitted with
dehydration. A safeguarding practice review the year before had already noted a delayed first visit for
a baby who was later harmed at home.

Our goals were that every Wexcombe baby would be known to our service within 48 hours of birth, wherever
they were born; that there would be a direct handover from the discharging midwife or neonatal nurse to
a named health visitor; and that every new birth visit would happen by day 14.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Since September 2023 both maternity units send a daily electronic list of births and discharges of
Wexcombe residents directly to our single point of access, alongside the usual birth notification. The
neonatal unit phones a named health visitor before any Wexcombe baby goes home, and the health visitor
joins the discharge planning meeting for babies who have been on the unit for more than a week.

<<Q:New birth visits completed by day 14 for babies born out of area rose from 61% in 2022/23 to 93% in
2024/25.>> <<Q:The number of babies born out of area whose first health visitor contact came after 28
days halved between those two years.>> <<Q:Readmissions of Wexcombe babies in their first month with
feeding problems, weight loss or jaundice fell from 58 to 37.>>

The daily list has arrived on every working day since it began. In 2024/25 our single point of access
received 2,640 notifications through it.
"""),
        ("stakeholders", "Who was involved and how were patients and staff involved?", """
<<P:Parents from the Maternity and Neonatal Voices Partnership, several of whom had given birth out of
area, told us the discharge booklet gave them the wrong number to ring, and they rewrote the 'who will
visit you' page so that it shows the Wexcombe team and a photograph of the health visiting base.>> <<P:A
mother whose twins spent six weeks on the neonatal unit asked that the health visitor come and meet the
family on the unit before discharge, and this is now offered to every family whose baby has a long
stay.>>

<<S:Child health information clerks at Oxley Marsh and our own administrators worked out the format of
the daily list between them and tested it for a month before it went live.>> <<S:Community midwives
suggested the phone handover for babies with feeding worries, because their concerns had been going in
letters that arrived after the visit was due.>> <<S:Neonatal outreach nurses and health visitors now hold
a fortnightly call, which they asked for after the first few discharges, to talk through the babies
going home in the coming weeks.>>
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The daily list and the calls use existing staff time. The council funded an administrator for six
months to set up the process, at a cost of about £14,000. A readmission of a newborn with dehydration
costs the NHS several thousand pounds, and a safeguarding concern missed in the first weeks can have
lifelong consequences. Health visitors say they no longer find out about a baby when a parent rings in.
Parents say they knew who was coming and when.
"""),
        ("spread", "How have the achievements been applied elsewhere and best practice shared?", """
Two other councils whose residents give birth at Larkhill Vale have asked for the daily list, and one
now receives it. We presented the work at the regional 0-19 commissioners' network, and the local
maternity and neonatal system has included the phone handover in its neonatal discharge guidance.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I937  transfers from the acute hospital to community hospital beds - pdf
#       (via Word) - style headings - matron for community hospitals, steady
#       - community trust with the acute trust and the ambulance service's
#       patient transport - staff involved - NO patient involvement (leaflet,
#       families phoned, a survey with no change, a hope)
# ---------------------------------------------------------------------------
entry(
    id="I937", format="pdf", layout="style_headings", topic="acute_to_community_hospital_transfers",
    project="independent59-handedover-937", render_via="soffice", docx_font="Liberation Sans",
    title="Handed Over, Not Just Moved: safer transfers from the acute hospital to community hospital beds",
    cover=[
        "Corrowby Community Health NHS Trust, Community Hospitals Service (lead)",
        "Partners: Corrowby and Stainmoor Hospitals NHS Foundation Trust; Northdale Ambulance Service NHS Trust (Patient Transport Service)",
        "Author: Matron for Community Hospitals",
    ],
    primary_entrant=dict(name="Corrowby Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Corrowby and Stainmoor Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Northdale Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "Background", """
Our trust runs four community hospitals in market towns around Corrowby, with 112 beds between them.
Nearly all our patients come to us from Corrowby General once their acute treatment is over, for
rehabilitation, recovery after a fracture or while they wait for care at home. In 2022 we took about
1,900 transfers.

Because our hospitals belong to a different trust, everything about the patient has to cross an
organisational boundary. The two trusts use different electronic records, and our nurses cannot see the
acute record. What we knew about a patient on arrival was what was in the transfer letter, on the drug
chart and whatever the ambulance crew had been told.

Incident reports from our wards had described the same problems for years. Patients arrived late in the
evening, often after 8pm, when there was one registered nurse on the ward and no doctor on site.
Transfer letters were missing or incomplete. Resuscitation decisions agreed with the patient and family
at the acute hospital did not come with them. Medicines were short or missing. And tests still pending
when the patient left, such as blood cultures, scan reports and biopsies, went back to the acute
consultant's inbox, where the result might sit for days because the patient was no longer under that
team.

In January 2023 a man of 81 came to one of our hospitals with blood cultures pending. They grew bacteria
the next day. The result went to the acute team, which had moved on to other patients. He deteriorated
on our ward over two days and went back to Corrowby General with sepsis. He died a week later.

In the spring of 2023 we agreed four changes with the acute trust and the patient transport service.
Transfers arrive by 4pm unless our nurse in charge agrees otherwise. The acute ward completes a standard
transfer checklist, which includes a mandatory list of pending tests and the name of the person
responsible for acting on each result. A copy of any resuscitation decision travels with the patient.
And there is a nurse-to-nurse phone handover before the patient leaves.
"""),
        ("evidence", "Results", """
We audited transfers in October to December 2022 and again in the same months of 2023 and 2024.

<<Q:Patients arriving at our hospitals after 6pm fell from 41% to 12%.>> <<Q:Transfers with a complete
list of pending tests went up from 18% to 96%.>> <<Q:Unplanned transfers back to the acute hospital
within 72 hours of arrival fell from 9.4% to 4.1% of transfers.>> <<Q:Transfers arriving without a copy
of an agreed resuscitation decision, where one existed, fell from 23 in the 2022 audit to 2 in 2024.>>
"""),
        ("stakeholders", "Engagement", """
<<S:Ward sisters from all four community hospitals and discharge coordinators from Corrowby General met
monthly for six months to write the transfer checklist, and they cut it to one page after nurses on the
acute wards said they would not complete anything longer.>> <<S:Patient transport controllers explained
that late arrivals were caused by bookings made after midday, so the booking cut-off moved to 11am and
crews now collect community hospital transfers first.>> <<S:Acute consultants in the medical division
agreed, after a meeting with our visiting GPs, that the consultant who ordered a test stays responsible
for its result for seven days after transfer, and they wrote this into the divisional policy.>> <<S:Our
healthcare assistants suggested that the medicines and the transfer letter travel together in a single
sealed wallet, which crews now hand to the nurse in charge.>>

Patients and their families are given a leaflet about what to expect at the community hospital before
they leave the acute ward, and families are phoned by our ward on the day of transfer to tell them the
patient has arrived. We carried out our usual patient experience survey at all four hospitals in 2024,
and the results were similar to previous years. The project has made transfers safer for some of the
frailest patients in the county. We hope to involve former patients and carers when the leaflet is next
updated.
"""),
        ("value", "Value", """
The changes have cost very little. The main cost is the phone handover, about ten minutes per transfer
on each side. Each patient who deteriorates and has to go back to the acute hospital loses their bed
with us and adds to the pressure on the emergency department, and some of them do not survive. Ward
sisters say evening arrivals are now the exception. Visiting GPs say they no longer discover results by
chance.
"""),
        ("spread", "Spread", """
The checklist has been adopted for transfers from Corrowby General to the two hospices in the area and
to interim care home beds. The acute trust's Stainmoor site has started using it for transfers to our
northern community hospital. We presented the work at the regional community hospitals network in
2024.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I938  hospital discharge summaries that care home staff cannot act on -
#       docx - form with a cover table - professor of applied health research,
#       academic but plain - university with the acute trust, a care
#       association and the ICB - care home staff, ward doctors, relatives and
#       a resident involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I938", format="docx", layout="form_table", topic="discharge_summaries_for_care_homes",
    project="independent59-writtenforthehome-938", docx_font="Calibri",
    title="Written for the Home: hospital discharge summaries that care home staff can act on",
    cover_table=[
        ("Title of entry", "Written for the Home: hospital discharge summaries that care home staff can act on"),
        ("Lead organisation", "University of Haddonmere, School of Health Sciences (Health Literacy and Care Research Group)"),
        ("Partner organisations", "Haddonmere Hospitals NHS Trust; Haddonmere Registered Care Association; NHS Haddonmere and Rye Integrated Care Board"),
        ("Name and role of entrant", "Professor Nkechi Allard, Professor of Applied Health Research"),
    ],
    primary_entrant=dict(name="University of Haddonmere", type="university"),
    partners=[
        dict(name="Haddonmere Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Haddonmere Registered Care Association", type="charity"),
        dict(name="NHS Haddonmere and Rye Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and its safety goals.", """
Our group studies how written health information is understood and used. In 2022 we were running a
study of medication errors in care homes and kept arriving at the same starting point: a resident had
come back from hospital, the discharge summary said something had changed, and the home had not done
it. When we read the summaries ourselves we understood why.

A hospital discharge summary is written by a junior doctor for a GP. It is full of abbreviations ('BD',
'PRN', 'NBM', 'TTO', 'hold ACEi pending U&E'), describes the admission in medical language and buries
actions in the body of the text. Around a third of the residential care homes in Haddonmere have no
registered nurse. Senior carers receive the summary, often on paper in an envelope that arrives with the
resident, and have to decide what it means for tonight's medicines, tomorrow's meals and whether to call
the GP. Many of them trained outside the UK and are working in their second or third language.

We analysed 300 discharge summaries for residents returning to 24 care homes. In 44% there was at least
one discrepancy between the summary and what the home did in the first 72 hours: a new medicine not
started, a stopped medicine continued, a dose change missed or a follow-up blood test not arranged. In
eleven cases the discrepancy led to harm, including a resident whose stopped blood pressure tablet was
carried on and who fell and broke her wrist the following week.

This was not a finding we were willing to leave in a journal. We took it to the hospital and the care
association and proposed a section of the summary written for the care home, in plain English, at the
top, with a phone call from the ward whenever medicines change.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Since June 2023 the hospital's electronic discharge summary has had a 'For the care home' box for every
resident going back to a care home. It has four plain English headings: what happened in hospital;
medicines started, stopped and changed, each with the reason; what to watch for; and who to call.
Abbreviations are blocked in the box by the system. The ward pharmacist rings the home about any
resident whose medicines have changed.

We repeated the analysis on 300 summaries in 2024, for residents returning to the same 24 homes.
<<Q:Summaries followed by at least one discrepancy in the first 72 hours fell from 44% to 15%.>>
<<Q:Calls from care homes to wards asking what a summary meant, which the wards logged for us, went down
from an average of 62 a month to 19.>> <<Q:Readmissions within 30 days among care home residents
discharged from the two medical wards where the box started first fell from 21% to 16%.>>
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Senior carers and nursing associates from eight care homes marked up real, anonymised summaries with
us in four workshops, circling every word they did not understand, and their list became the list of
abbreviations the system now blocks.>> <<S:Resident doctors on the medical wards tested the new box for
a month and asked for drop-down options for the commonest reasons for stopping a medicine, so that
completing it takes under two minutes.>> <<S:Ward pharmacists suggested that their call to the home
should happen before the resident leaves the ward rather than afterwards, and agreed the script with
the care association's medicines lead.>>

<<P:Relatives of residents, recruited through the care association's family forum, read the draft box
and told us they also wanted to know what had changed, so homes now give the family a copy if the
resident agrees.>> <<P:One resident, a retired headteacher living in a residential home, read every
version and insisted on the heading 'What to watch for', which replaced our 'Safety-netting advice'.>>
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The box took about 15 days of the hospital digital team's time. Our research time was funded by a
regional applied research grant. Fewer discrepancies mean fewer falls, fewer readmissions and less time
spent by care home staff chasing wards for an explanation. Senior carers told us it was the first
hospital document that felt as if it had been written for them.
"""),
        ("spread", "How has the work been shared and spread?", """
The ICB has asked the other acute trust in its area to add the same box by April 2025. We have published
the analysis and the template in an open-access journal and presented it at the national care home
research forum. The care association has added the box to its guidance for homes on receiving residents
back from hospital.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I939  dying people who move across a county border to be near family -
#       pdf - no headings - hospice clinical nurse specialist, reflective,
#       first person - hospice with two community trusts and an ICB -
#       families and bereaved carers involved - NO staff involvement (nurses
#       briefed, services informed, practices sent a letter, a named lead,
#       feedback with no change, a hope); Q in words
# ---------------------------------------------------------------------------
entry(
    id="I939", format="pdf", layout="no_headings", topic="end_of_life_moves_across_county_border",
    project="independent59-nearfamily-939", pdf_font="LiberationSerif", pdf_align="L",
    title="Moving to Be Near Family: keeping dying people on a nursing caseload when they cross the county line",
    cover=[
        "Saint Elwen's Hospice, Marden Vale (lead entrant)",
        "In partnership with Marden Vale Community NHS Trust, Wrothley Community Health NHS Trust and NHS Wrothley and Sedge Integrated Care Board",
        "Written by a clinical nurse specialist in the hospice's community team",
    ],
    primary_entrant=dict(name="Saint Elwen's Hospice", type="charity"),
    partners=[
        dict(name="Marden Vale Community NHS Trust", type="nhs_trust"),
        dict(name="Wrothley Community Health NHS Trust", type="nhs_trust"),
        dict(name="NHS Wrothley and Sedge Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", None, """
Most people who are dying want to be at home, but home is not always where they have been living. Many
of the people our community team supports decide, in their last weeks or months, to move in with a son or
daughter, or a daughter moves them into her spare room because she cannot keep driving forty miles each
way. It is one of the most loving things a family can do. It is also, as we learned, one of the most
dangerous moments in someone's care.

Marden Vale sits on the county border. Half an hour west and you are in Wrothley, with a different
community trust, a different integrated care board and different GP practices. When a patient of ours
moved across that line, their district nursing, their anticipatory medicines, their syringe pump, their
resuscitation decision and their hospice nurse were all tied to the old side. Referrals to the new
district nursing team went by email to a general inbox. The person had to register as a temporary
resident with a new GP before anyone could prescribe for them. The controlled drug chart written by the
old team was not accepted by the new one, which used its own. Nobody was sure whether our team could
still visit across the border, so usually we did not.

I remember one woman in particular. She moved from her flat in Marden to her daughter's house in
Wrothley on a Friday in March 2022, with five days of medicines and a syringe pump that needed refilling
on the Sunday. The email to the Wrothley nurses went to an inbox that was not checked at weekends. Her
daughter rang the out-of-hours number on the Saturday night and was told there was no record of her
mother. She died on the Monday morning, in pain, before any nurse had visited. Her daughter came to see
us afterwards. She was not angry with any one person. She just wanted to know how it could happen.

We went back through our records and found that in the previous year 46 of our patients had moved across
the border in their last three months of life. That was enough to make it worth fixing.

What we agreed with the two community trusts and the ICB is that a person does not leave our care until
the other side has them. Our community team keeps visiting across the border until the Wrothley district
nurses have seen the patient at home. Referrals are made by phone, nurse to nurse, as well as in
writing, to a named team leader on each side. The two trusts accept each other's controlled drug charts
and authorisations for anticipatory medicines for seven days. The ICB agreed that the person's old GP can
keep prescribing until registration with the new practice is complete. And the person's end of life
plan, including any resuscitation decision, goes on the regional shared care record that both sides can
read.
"""),
        ("evidence", None, """
We have kept a log of every patient who has moved across the border since the new arrangements began in
February 2023: 71 people in the first two years.

<<Q:Before, about one in three people who moved went more than 48 hours without a nursing visit after
arriving; in the last year it was one in twenty-five.>> <<Q:Calls from families to the out-of-hours
service in the first week after a move, which we track with the out-of-hours provider, were down by
more than half compared with the year before the change.>>

Every patient who moved had their anticipatory medicines in the house when they arrived. In all but two
cases the Wrothley district nurses visited within a day.
"""),
        ("stakeholders", None, """
Families have been at the heart of this. <<P:The daughter of the woman who died in 2022 agreed to join
our planning group and came to every meeting for a year, and it was she who insisted that families be
given one phone number that works at any hour, whichever side of the border they are on.>> <<P:Members
of our bereaved carers' group, several of whom had moved a parent or partner to be near them, read the
first version of our 'moving home' checklist and told us it had been written for nurses, so we rewrote
it together as a list of questions a family can ask.>> <<P:One son, who had moved his father the other
way, from Wrothley to Marden, suggested a section on what to bring, and the pump, the charts, the
medicines and the paperwork now travel together in a hospice 'moving bag'.>>

District nurses in both trusts were given a briefing on the new arrangements by our team, and the
out-of-hours service was informed. GP practices on both sides of the border were sent a letter
explaining the prescribing agreement. Our community team leader, Ruth Adebayo, has coordinated the
project as part of her role. We asked the district nursing teams for feedback after six months; they
were content with the arrangements, so nothing was changed. We hope to hold a joint learning event with
nurses from both trusts next year.
"""),
        ("value", None, """
The cost has mainly been our nurses' time travelling across the border, which adds about an hour to a
visit, for the few days until the other side takes over. Set against that, an emergency admission in the
last days of life costs the NHS thousands of pounds and means that someone who wanted to die at home
dies on a trolley or a ward. For families, the difference is that they are not left alone at the worst
moment of their lives.
"""),
        ("spread", None, """
The ICB has taken the seven-day agreement on controlled drug charts to the regional end of life care
network, and the county to the south has asked to join it. We have shared the moving bag and the family
checklist with four other hospices. Both community trusts now use nurse-to-nurse phone referrals for any
patient moving across a trust boundary, not only at the end of life.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I940  community pharmacies that close at short notice - pdf - with
#       appendix - LPC chief officer, practical - LPC with the ICB, a GP
#       federation and a drug and alcohol charity - staff, Healthwatch
#       volunteers and a peer support group involved - NO quantitative
#       evidence (transfer counts, a single figure, a zero, a target met in
#       six of seven)
# ---------------------------------------------------------------------------
entry(
    id="I940", format="pdf", layout="with_appendix", topic="community_pharmacy_sudden_closure",
    project="independent59-shutterscomedown-940", pdf_font="LiberationSans", pdf_align="L",
    title="When the Shutters Come Down: keeping patients safe when a community pharmacy closes at short notice",
    cover=[
        "Lead entrant: Oakcastle and Brinscombe Local Pharmaceutical Committee",
        "Partners: NHS Oakcastle and Brinscombe Integrated Care Board (Pharmacy Contracting and Medicines Optimisation); Brinscombe GP Federation; Brinscombe Recovery Partnership (drug and alcohol treatment charity)",
        "Prepared by the LPC Chief Officer",
    ],
    primary_entrant=dict(name="Oakcastle and Brinscombe Local Pharmaceutical Committee", type="primary_care"),
    partners=[
        dict(name="NHS Oakcastle and Brinscombe Integrated Care Board", type="icb"),
        dict(name="Brinscombe GP Federation", type="primary_care"),
        dict(name="Brinscombe Recovery Partnership", type="charity"),
    ],
    sections=[
        ("context", "Why this matters", """
Between January 2023 and June 2024 nine community pharmacies closed in Oakcastle and Brinscombe. Some
gave the ICB the notice they are required to give. Others closed with a week's warning when a chain sold
off branches, and two closed overnight when the owner could not find a pharmacist. On top of those there
were dozens of unplanned temporary closures lasting a day or more.

A pharmacy closing is not just an inconvenience. Every pharmacy has patients for whom a break in supply
is dangerous:

- people whose medicines are made up each week in compliance packs, many of them housebound and living with dementia, who cannot simply go elsewhere

- people collecting methadone or buprenorphine daily under supervision

- people whose prescriptions are nominated electronically to that pharmacy, so that repeats keep flowing to it after it has shut

- people who rely on the pharmacy's delivery service

- people on end of life medicines or on high-risk medicines such as warfarin, lithium or insulin

When the Greenway pharmacy in Brinscombe closed in March 2023, none of this had been thought through. A
housebound man on warfarin and a weekly compliance pack received nothing for nine days, because his
prescriptions kept going to a closed shop and no other pharmacy knew he existed. A neighbour found him
confused, with a dangerously high INR, and he was admitted. Three people on supervised methadone missed
doses over a weekend.

The LPC saw this coming because our members were the ones being phoned by other pharmacies' patients. We
asked the ICB, the GP federation and the drug and alcohol service to write a closure protocol with us.
"""),
        ("evidence", "What has been achieved", """
The protocol started in June 2023. As soon as the ICB receives notice of a closure, or of a temporary
closure of more than two days, it tells the LPC, which calls a short meeting within 48 hours. The
closing pharmacy produces a list of patients in five at-risk groups. Neighbouring pharmacies agree which
patients they will take on, GP practices change nominations in bulk, and the drug and alcohol service
re-issues supervised prescriptions to the new pharmacy.

- The protocol has been used for seven permanent closures and 23 temporary closures.

- 2,940 electronic prescription nominations have been moved to another pharmacy.

- 412 patients on compliance packs were transferred, each with a named new pharmacy before the closure date.

- 186 people on supervised treatment had their prescriptions moved, and every one of them had a dose on the first day after the closure.

- Our target is for every at-risk patient to have a named new pharmacy five working days before a planned closure. This was met for six of the seven planned closures.

- No serious incidents linked to a closure have been reported since the protocol began.
"""),
        ("stakeholders", "Who was involved", """
<<S:Pharmacists and dispensing staff from pharmacies that had taken on patients from closed branches told
us what had gone wrong, and it was a dispenser who suggested that the closing pharmacy's list of
compliance pack patients should include a photograph of each pack and the delivery day, so the new
pharmacy could match it exactly.>> <<S:Prescription clerks from the federation's practices worked out
with the ICB's digital team how to change nominations in bulk rather than one patient at a time, and
they tested it on the first closure.>> <<S:Keyworkers at the drug and alcohol service asked to be told
about a closure before their clients heard about it on the street, and the protocol now notifies them
on the first day.>> <<S:Delivery drivers from two pharmacies gave us their delivery lists, with their
notes on which patients could not get to the door, and those notes now travel with the patient.>>

<<P:Volunteers from the local Healthwatch, who had taken calls from worried patients during the Greenway
closure, reviewed our letter to patients and said it read like a legal notice; they rewrote the opening
so that it starts with what the patient needs to do.>> <<P:People attending the recovery service's peer
support group suggested that anyone on supervised treatment should hear about a closure face to face from
their keyworker rather than by letter, which is now the rule.>>
"""),
        ("value", "Value", """
The protocol costs very little to run. The ICB pays the LPC £350 for each closure meeting, and the time
of pharmacies, practices and the drug service comes from their existing contracts. Compare that with a
single admission for over-anticoagulation, or a fatal overdose after a missed supervised dose. The
pharmacies taking on patients say they now start with the information they need. Patients tell us that
what they valued most was being told where to go before the shutters came down.
"""),
        ("spread", "Spread", """
The ICB has adopted the protocol across its whole area, which covers two other LPCs. We have shared it
with the national body for LPCs and the regional pharmacy commissioning leads, and three other LPCs have
asked for our templates.
"""),
    ],
    trailer=[
        ("heading", "Appendix: the five at-risk groups and data sources"),
        ("para", "At-risk groups listed by a closing pharmacy: 1. patients receiving medicines in weekly or monthly compliance packs; 2. patients on supervised consumption of opioid substitution treatment; 3. patients using the delivery service; 4. patients receiving end of life or palliative care medicines; 5. patients on warfarin, lithium, methotrexate, insulin or other high-risk medicines identified by the pharmacist."),
        ("para", "Figures on closures, nominations and transfers come from the ICB's pharmacy contracting team and the LPC's closure logs. Supervised treatment figures were provided by Brinscombe Recovery Partnership."),
        ("para", "Oakcastle and Brinscombe LPC, Unit 4, Tanners Yard, Oakcastle OC3 9LT."),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I941  patients moved between two hospital trusts for a bed - docx -
#       reordered (results first) - head of inter-facility transfers,
#       matter-of-fact - ambulance service with two acute trusts and the ICB's
#       system coordination centre - crews, site managers, physicians,
#       patients, a husband and Healthwatch volunteers involved - NO value
#       section
# ---------------------------------------------------------------------------
entry(
    id="I941", format="docx", layout="reordered", topic="inter_hospital_capacity_transfers",
    project="independent59-movedforabed-941", docx_font="Cambria",
    title="Moved for a Bed: safer transfers of patients between hospitals at times of pressure",
    cover=[
        "Lead: Wyvern Coast Ambulance Service NHS Trust, Inter-Facility Transfer Service",
        "Partners: Portmere General Hospital NHS Trust; Kelbury and Wyre Hospitals NHS Foundation Trust; NHS Wyvern Coast Integrated Care Board (System Coordination Centre)",
        "Written by the Head of Inter-Facility Transfers",
    ],
    primary_entrant=dict(name="Wyvern Coast Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Portmere General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Kelbury and Wyre Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="NHS Wyvern Coast Integrated Care Board", type="icb"),
    ],
    sections=[
        ("evidence", "What we achieved", """
<<Q:Capacity transfers leaving between 10pm and 7am fell from 38% of all such transfers in 2022/23 to
9% in 2024/25.>> <<Q:Transfers in which the patient deteriorated on the way and the crew had to upgrade
to an emergency response or divert fell from 21 to 5 over the same years.>> <<Q:Patients arriving at the
receiving ward without their notes summary or medicines chart dropped from about one in four to one in
twenty, according to the receiving wards' arrival checks.>>

In 2024/25 we carried out 1,240 capacity transfers between the two trusts, all booked through the
system coordination centre.
"""),
        ("context", "The problem", """
When the emergency department at Portmere is full, patients waiting for a medical or surgical bed are
sometimes moved to a ward at Kelbury, 27 miles away, or the other way round. The two hospitals belong to
different trusts. These capacity transfers are carried out by our inter-facility transfer crews, who are
ambulance technicians and care assistants trained to move stable patients, not paramedics.

By 2022 incident reports about these journeys were reaching us almost every week. Patients were being
moved late at night, sometimes after midnight, when the sending hospital's site team had finally found a
bed. Some were not stable: one woman was moved with a heart rate of 140 and a falling blood pressure,
and the crew had to pull over and call for a paramedic. Crews arrived to find the receiving ward
expecting a different patient. Notes were faxed, or not sent at all. Medicines stayed in the sending
hospital's cupboard. Frail older people with dementia were woken and moved in the dark to a hospital
they did not know, and several became delirious or fell on their first night.

Our crews were the only people who saw both ends of the journey, which is why we took the lead. We asked
the two trusts and the ICB's system coordination centre, which oversees patient flow across the area,
to agree rules that all of us would keep to.

The rules, in place since September 2023, are: no capacity transfer leaves after 10pm unless both site
directors agree it is an emergency; a doctor assesses every patient against a stability checklist
before the transfer is booked; patients with dementia or delirium are moved only if there is no other
option, and a relative is told beforehand; a transfer summary and the patient's medicines go with them;
and the receiving nurse in charge confirms by phone that the ward is ready before the crew is sent.
"""),
        ("stakeholders", "Who was involved", """
<<S:Our transfer crews wrote the first draft of the stability checklist over a series of evening
meetings at the Portmere station, drawing on their own incident reports.>> <<S:Site managers and bed
managers from both hospitals met fortnightly for four months to agree the 10pm rule, and it was the
Kelbury night site manager who proposed the phone call to confirm the ward is ready.>> <<S:Acute
physicians at Portmere tried the checklist on two medical take days and asked for the early warning
score threshold to be lowered from 5 to 3, which we accepted.>>

<<P:Two patients who had been moved between the hospitals at night in the winter of 2022, and the
husband of a third, told the project group what it had been like, and one of them asked that patients be
told where they are going and why before they are put in the ambulance, which is now part of the crew's
script.>> <<P:Volunteers from the local Healthwatch visited wards at both hospitals to ask recently
transferred patients about the journey, and what they heard led to blankets and a drink going with
every patient moved after 6pm.>>
"""),
        ("spread", "Sharing what we learned", """
The ICB has made the five rules part of its system escalation framework, so they now apply to any
capacity transfer between any of its hospitals. We have shared them with the two neighbouring ambulance
services and presented the work at a national ambulance patient safety forum in 2024.
"""),
    ],
    flags=[dict(code="missing_section", criterion="value")],
)


# ---------------------------------------------------------------------------
# I942  young people transferred from youth custody to an adult prison at
#       18 - pdf - numbered questions - youth justice health lead, careful -
#       council youth justice service with the YOI's healthcare provider, the
#       YOI and the adult prison - a youth council, young men and staff
#       involved - NO evidence section and no measured change anywhere (single
#       figures, a zero, 'early days')
# ---------------------------------------------------------------------------
entry(
    id="I942", format="pdf", layout="numbered_questions", topic="youth_custody_to_adult_prison_transfer",
    project="independent59-eighteen-942", pdf_font="DejaVuSans", pdf_align="L",
    title="Eighteen and Moving On: keeping health information with young people transferred from youth custody to adult prison",
    cover=[
        "Lead entrant: Tollerby City Council, Youth Justice Service",
        "Partners: Tollerby Community NHS Trust (Healthcare at HMYOI Brackmoor); HMYOI Brackmoor; HMP Quenby",
        "Author: Youth Justice Health and Wellbeing Lead",
    ],
    primary_entrant=dict(name="Tollerby City Council", type="local_authority"),
    partners=[
        dict(name="Tollerby Community NHS Trust", type="nhs_trust"),
        dict(name="HMYOI Brackmoor", type="public_other"),
        dict(name="HMP Quenby", type="public_other"),
    ],
    sections=[
        ("context", "1. Describe the problem, why a partnership was needed and what you did", """
HMYOI Brackmoor holds young people aged 15 to 17 from across the region, and at any one time around 40 of
them are known to our youth justice service. Many have more health needs than almost any other group of
young people: ADHD, speech, language and communication difficulties, learning disabilities, trauma,
self-harm, epilepsy and substance misuse. A large proportion have been in care. In youth custody they
have a dedicated healthcare team, a CAMHS in-reach worker, a speech and language therapist and an
education plan.

When a young person turns 18 in custody, or soon after, they are transferred to an adult prison. For
most young people from Tollerby that means HMP Quenby, a large adult local prison. Transfers often happen
with a day's notice or less, because of pressure on places. Looking back at the young people we had
supervised who made that move, we found that the young person arrived at Quenby and their history did
not. The prison health record transferred, but CAMHS records, speech and language assessments, care
plans and our own assessments did not. Stimulant medicines for ADHD were stopped on arrival in several
cases, because the adult prison could not continue them without a specialist review and none had been
booked. Young men who had been on a self-harm support plan in Brackmoor were placed in shared cells on a
busy wing with nothing to flag it.

In 2023 a young man we had worked with since he was 14, who had ADHD, a learning disability and a history
of serious self-harm, was moved to Quenby two days after his eighteenth birthday. His ADHD medicine was
stopped, nobody there knew he was a care leaver, and nobody had read his support plan. Three weeks later
he was found with a ligature in his cell. He was cut down in time, but the review that followed asked
why information held by four organisations had not reached the one that needed it.

We saw it first because we are the only service that follows a young person from the community into
custody, through the transfer and out again.

Since April 2024, every young person in Brackmoor who will turn 18 within six months has a transition
planning meeting, chaired by our health lead, with Brackmoor's healthcare team, a healthcare manager from
Quenby and, if the young person agrees, their social worker. A single template sets out their medicines
and who will prescribe them after the move; any risk of self-harm and open support plan; communication
needs and how best to explain things to them; care leaver status and the name of their personal adviser;
and what the young person wants the new prison to know. The plan goes securely to Quenby's healthcare
and safer custody teams before the move. Quenby's psychiatrist reviews ADHD medicines in advance so that
they are not stopped on arrival, and the young person is met in reception by a member of the healthcare
team who has read the plan.
"""),
        ("stakeholders", "2. How were young people and staff involved?", """
<<P:Members of Brackmoor's youth council, young people elected by their units, told us the worst thing
about moving was having to tell their story all over again to people who did not know them, and they
wrote the part of the template headed 'What I want you to know about me'.>> <<P:Three young men who had
already moved to Quenby met our health lead there and described their first week, and it was one of them
who suggested the reception meeting should be with someone from healthcare rather than an officer.>>

<<S:Healthcare staff at Brackmoor and Quenby, including both prisons' mental health nurses and
Brackmoor's speech and language therapist, designed the template together over three workshops.>>
<<S:Officers on Quenby's first night centre asked to see a short summary of communication needs, saying
they had been giving instructions that young men could not follow, and a one-page summary was added.>>
<<S:Our youth justice case managers tested the plan with the first six young people to move, and moved
the first meeting from three months to six months before the birthday, because three months was not long
enough to arrange a psychiatric review.>>
"""),
        ("value", "3. What difference has it made, and is it value for money?", """
It is early days. Since April 2024, 17 young people have moved from Brackmoor to Quenby with a
transition plan. All of them had their plan with Quenby's healthcare team before they arrived, and each
of the nine who were taking ADHD medicines carried on receiving them after the move. None was placed on a
wing before their self-harm support plan had been reviewed. We do not yet have enough experience to
compare this with what happened before, and we are working with the two healthcare providers on how we
will do that.

The cost is staff time, around three hours per young person for the meetings and the plan. A single
serious self-harm incident in custody can mean a hospital admission with two officers on bed watch for
days, and the human cost is far greater. Staff at Quenby say that knowing who is arriving makes the first
night less frightening for everyone, and young people have told us they felt less like a number.
"""),
        ("spread", "4. How has the work been shared?", """
Brackmoor has been asked to use the template for every young person transferring to an adult prison,
not only those from Tollerby. We have shared it with the youth justice services of the other four
councils whose young people are held at Brackmoor and with the regional health and justice commissioning
team.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I943  moves between the two sites of one merged trust - docx - style
#       headings - deputy director of patient flow, formal - departments of
#       ONE trust, formed by a merger, no partner organisation (ineligible) -
#       staff involved - NO patient involvement (leaflet, a panel updated,
#       complaints that did not change, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I943", format="docx", layout="style_headings", topic="inter_site_transfers_merged_trust",
    project="independent59-twofrontdoors-943", docx_font="Calibri",
    title="One Trust, Two Front Doors: safer moves between our two hospital sites",
    cover=[
        "Bexmoor and Sallow Bridge Hospitals NHS Trust",
        "A joint project of the Emergency Department at Bexmoor General Hospital, the Surgical Division at Sallow Bridge Hospital, the Patient Flow Team, Pharmacy and Clinical Systems",
        "Lead: Deputy Director of Patient Flow",
    ],
    primary_entrant=dict(name="Bexmoor and Sallow Bridge Hospitals NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Background", """
Bexmoor and Sallow Bridge Hospitals NHS Trust was formed in 2021 by the merger of the former Bexmoor
General Hospital NHS Trust and Sallow Bridge Hospitals NHS Trust. The two main hospitals are 19 miles
apart. Bexmoor has the county's main emergency department and acute medicine; Sallow Bridge has most
emergency and planned surgery, including general surgery, urology and orthopaedics. As a result several
hundred patients a month move between the two sites, most of them from the emergency department at
Bexmoor to surgical wards at Sallow Bridge.

On paper these are internal transfers within one organisation. In practice, four years after the
merger, the two sites still use different electronic patient records, different drug charts and
different observation charts, and Bexmoor's records cannot be opened at Sallow Bridge except by printing
them. Incident reports and two serious incident investigations in 2022 showed what this meant. A man
with a small bowel obstruction arrived at Sallow Bridge without his blood results and had them repeated,
delaying his operation by six hours. A woman on insulin received none for fourteen hours because the
Bexmoor chart was not sent and the Sallow Bridge ward had no record of her dose. Antibiotics started in
the emergency department were either started again from scratch or missed.

In 2023 the trust set up the One Trust, Two Front Doors project across the emergency department, the
surgical division, the patient flow team, pharmacy and clinical systems. It introduced a single
electronic inter-site transfer summary that both record systems can read; a rule that any patient on
time-critical medicines (insulin, Parkinson's medicines, anticoagulants, antibiotics and antiepileptics)
moves with a printed record of the last dose given and the next dose due; and a video review by the
surgical registrar before transfer, so that the receiving team accepts the patient knowing their
history.
"""),
        ("evidence", "Results", """
We compared April to September 2022 with the same months of 2024.

<<Q:Patients arriving at Sallow Bridge without a transfer summary fell from 29% to 3%.>> <<Q:Delayed or
missed doses of time-critical medicines in the first 24 hours after transfer fell from 1 in 5 transfers
to 1 in 20.>> <<Q:Blood tests repeated within 12 hours of arrival because the results could not be seen
went down by about two thirds.>>

The video review has been used for 3,100 transfers.
"""),
        ("stakeholders", "Engagement", """
<<S:Emergency department nurses and surgical ward nurses from both sites spent a day together at each
hospital, and it was the ward nurses who asked for the time-critical medicines printout after describing
how often they had to phone Bexmoor at night to find out when a dose had been given.>> <<S:Surgical
registrars tried the video review in one specialty for a month and asked for it to take place before the
patient is booked onto transport, not after, so that they could turn down patients who needed a
different specialty.>> <<S:Our clinical systems analysts worked with pharmacists from both sites to
decide what the shared summary must contain, and changed it twice after the pharmacists found that
allergies were not carrying across.>>

Patients being transferred are given a leaflet explaining why they are moving and what to expect at the
other site. The trust's patient panel was updated on the project in 2024. We looked at complaints about
transfers as part of the project, and their number was much the same before and after. We plan to ask
patients about their experience of moving between sites in future.
"""),
        ("value", "Value", """
The shared summary was built by our clinical systems team in about six weeks. The video review uses
existing equipment and takes a registrar about ten minutes. Every missed dose of insulin or a
Parkinson's medicine risks serious harm, and every repeated blood test and delayed operation costs money
and bed days. Nurses at Sallow Bridge say they no longer dread the evening transfers from Bexmoor.
"""),
        ("spread", "Spread", """
The time-critical medicines printout is now used for any move between wards on different sites,
including medical patients. We are sharing the work with another recently merged trust through the
regional patient safety network. The trust plans to move to a single electronic patient record in 2026,
which will remove the need for the shared summary.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I944  discharge medicines sent straight into care homes' electronic
#       medicines records - docx - bullet lists - short - PRIVATE care
#       software company as primary entrant, with the acute trust pharmacy
#       and a care association (ineligible) - head of clinical product, brisk
#       - relatives and a resident involved - NO staff involvement (staff
#       trained, pharmacists briefed, a named lead, a survey with no change,
#       a plan) - NO quantitative evidence (activity counts, a single
#       percentage, a target, a zero; 'halved' describes a dose change)
# ---------------------------------------------------------------------------
entry(
    id="I944", format="docx", layout="bullet_lists", topic="discharge_medicines_to_care_home_emar",
    project="independent59-straighttothechart-944", docx_font="Arial",
    title="Straight to the Chart: hospital discharge medicines sent directly into care homes' electronic medicines records",
    cover=[
        "Submitted by Medilinq Care Software Ltd",
        "Working with Pennock Vale Hospitals NHS Trust (Pharmacy) and Pennock Vale Care Association",
        "Contact: Head of Clinical Product, Medilinq",
    ],
    primary_entrant=dict(name="Medilinq Care Software Ltd", type="private"),
    partners=[
        dict(name="Pennock Vale Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Pennock Vale Care Association", type="charity"),
    ],
    sections=[
        ("context", "The problem", """
- Medilinq provides the electronic medicines administration record (eMAR) used by 64 care homes in the Pennock Vale area

- when a resident came back from hospital, care home staff had to type the new medicines list from the paper discharge letter into our system by hand

- this was often done late in the evening by a senior carer working alone, from a letter that could be hard to read

- the incident data that homes share with us showed the same errors again and again: a dose typed as 10 instead of 1, a medicine carried on that the hospital had stopped, a new antibiotic added with the wrong end date

- in one home in 2022 a resident was given her old dose of a blood pressure medicine for eleven days after the hospital had halved it, and she fell twice

- the hospital had the right list all along, in its own electronic prescribing system; the care home had the right place to put it; what was missing was any link between the two, and a person in the middle with a pen and a tired pair of eyes

- we approached the hospital's chief pharmacist in 2022 because we could see the errors in our own data and knew the fix was mostly technical

What we built, live since September 2023:

- the hospital's electronic prescribing system sends the discharge medicines list securely to our system

- it appears in the home's eMAR as a draft, with every change since admission highlighted as started, stopped or changed, and the reason

- a senior carer or nurse checks the draft against the paper letter and accepts it; nothing can be given from the draft until it has been accepted

- the hospital pharmacy's direct number appears on screen for any query
"""),
        ("evidence", "Results", """
- 1,480 discharges have been sent directly into care homes' eMAR since September 2023

- 93% were accepted by the home within two hours of the resident arriving back

- homes raised 112 queries with the hospital pharmacy using the on-screen number

- our target is for 98% of discharges to the 64 homes to come through the link by the end of 2025

- no transcription errors have been reported for discharges that came through the link
"""),
        ("stakeholders", "Who was involved", """
- <<P:relatives from the care association's family forum reviewed the 'changes since hospital' printout that goes in the resident's file and asked for a plain English reason next to every stopped medicine, which we added>>

- <<P:a resident of one of the pilot homes, a retired pharmacist, tried the printout and spotted that the reason box cut off after 40 characters, which we fixed>>

- 380 care home staff were trained on the new screen by our customer success team

- the hospital's ward pharmacists were briefed on the link at their departmental meeting

- the project was led by our Head of Clinical Product

- we surveyed care home managers after three months and the response was positive, so no changes were made

- we would like to set up a user group of senior carers and pharmacists in 2025
"""),
        ("value", "Value", """
- the link is included in homes' existing subscriptions at no extra cost

- the hospital paid for the interface work from its digital budget, about £22,000

- senior carers no longer spend the first evening after a discharge retyping a medicines list, and can spend that time settling the resident back in

- each transcription error avoided is a potential fall, admission or worse
"""),
        ("spread", "Spread", """
- we are offering the link to the two other acute trusts in the region

- the care association has recommended it to members who use other eMAR systems
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)
