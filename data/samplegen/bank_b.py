"""Text bank B: a separate set of authors for the held-out entries (and odd-numbered samples).

Nothing here repeats a sentence, heading or organisation of bank A: the voice is more personal,
the sentences shorter, the headings worded differently. Slot suffixes mean the same as in bank A.
"""

NAME = "B"

HEADINGS = {
    "rubric": {
        "context": ["Section 1: Context", "Context:", "The context for our partnership", "Context and aims"],
        "evidence": ["Section 2: Evidence of improvement", "Evidence of improvement:", "Evidence of improved safe care", "Improvement evidence"],
        "spread": ["Section 3: Spread and sharing", "Spreading and sharing the work", "Spread:", "Sharing best practice"],
        "value": ["Section 4: Value", "Value:", "The value created", "Value and experience"],
        "stakeholders": ["Section 5: Stakeholder involvement", "Stakeholder involvement:", "Involving stakeholders", "Stakeholder engagement"],
    },
    "question": {
        "context": [
            "Q1. Outline the context in which the partnership was needed, the product/service and its patient safety goals (max 500 words)",
            "Please outline the context in which the partnership was needed",
        ],
        "evidence": [
            "Q2. Provide evidence of improvements in safe care as a direct result of the partnership (max 500 words)",
            "Please provide evidence of improvements in safe care, with quantitative examples",
        ],
        "spread": [
            "Q3. Explain how the achievements have been applied elsewhere and how best practice has been shared (max 300 words)",
            "Please explain how best practice has been shared",
        ],
        "value": [
            "Q4. Describe the value created, including staff and patient experience (max 300 words)",
            "Please describe the value for money and experience benefits",
        ],
        "stakeholders": [
            "Q5. Describe stakeholder involvement, including evidence of patient and staff involvement (max 300 words)",
            "Please describe who was involved and how they were engaged in the design",
        ],
    },
    "own": {
        "context": ["How it started", "The problem we faced", "Why now?", "Mrs B's story", "Our reason for acting",
                    "What kept us awake at night", "Starting out", "The trigger", "A risk we could no longer accept"],
        "evidence": ["Outcomes", "What happened next", "The difference in figures", "Has it worked?", "Where we are now",
                     "Measuring up", "Our data", "Progress to date"],
        "spread": ["Passing it on", "Further afield", "Who else is using it", "Word gets around", "Scaling up",
                   "Across the region", "Lessons for others"],
        "value": ["Was it worth it?", "The return", "Pounds and pence", "Benefits for everyone", "Why commissioners like it",
                  "Pounds, hours and morale"],
        "stakeholders": ["People at the heart of it", "Whose idea was it?", "The team around the team", "Many hands",
                         "Designing with, not for", "Partners in the room", "Those who shaped it"],
    },
}

COVER = {
    "lead": ["Entrant organisation: {lead}", "Organisation leading the entry: {lead}", "Primary entrant: {lead}", "Lead organisation: {lead}"],
    "partners_inline": ["Working with: {plist}", "Partner organisation(s): {plist}", "Other organisations in the partnership: {plist}"],
    "partners_block": "In partnership with:",
    "no_partner": ["Partner organisation(s): n/a", "Other organisations in the partnership: not applicable"],
    "contact": ["Entry contact: {contact} ({role})", "Main contact - {contact}, {role}", "Contact person: {contact} | {role}"],
    "email": ["{email}", "Email address: {email}", "Email - {email}"],
    "phone": ["Tel. {phone}", "Telephone number: {phone}", "Mobile: {phone}"],
    "date": ["Submitted {date}", "Entry date: {date}", "{date}"],
    "category": ["Award category: Best Partnership Solution Improving Patient Safety", "HSJ Patient Safety Awards 2026 - entry form"],
    "title_label": "Entry title: {title}",
}

ROLES = ["Chief Nurse", "Quality Improvement Facilitator", "Senior Programme Lead", "Consultant Midwife",
         "Lead Pharmacist", "Nurse Consultant", "Head of Patient Safety", "Improvement Fellow"]

APPENDIX = {
    "references": ["Bibliography", "Further reading", "Supporting documents"],
    "refs": [
        ("any", "Care Quality Commission (2023) State of Care 2022/23. Newcastle: CQC."),
        ("any", "Institute for Healthcare Improvement (2017) The Breakthrough Series. Boston: IHI."),
        ("any", "The Health Foundation (2021) Improving patient safety through partnership working. London."),
        ("pressure_ulcers", "NHS Improvement (2018) Stop the Pressure: revised definition and measurement. London: NHSI."),
        ("maternity", "MBRRACE-UK (2023) Saving Lives, Improving Mothers' Care. Oxford: NPEU."),
        ("mental_health", "National Confidential Inquiry into Suicide and Safety in Mental Health (2023) Annual Report. Manchester."),
        ("discharge", "Specialist Pharmacy Service (2021) Transfer of care around medicines: a quick guide."),
        ("sepsis", "UK Sepsis Trust (2022) Clinical toolkit: emergency department management of sepsis."),
        ("falls", "Royal College of Physicians (2023) National Audit of Inpatient Falls annual report. London: RCP."),
        ("medication", "National Diabetes Inpatient Safety Audit (2023) Report 2018-2022. Leeds: NHS England."),
        ("deterioration", "Resuscitation Council UK (2021) Guidelines: prevention of in-hospital cardiac arrest."),
    ],
    "ack_heading": ["Thank you", "Our thanks", "A word of thanks"],
    "ack": [
        "A huge thank you to the families who trusted us with their stories.",
        "Thanks to the night staff, who tested almost everything first.",
        "We are grateful to colleagues at {p1} for their patience and challenge.",
    ],
}

LEAD_INTRO = {
    "private": ["We are {lead}, a small software firm that builds clinical workflow tools for hospitals.",
                "{lead} makes connected medical devices and has worked with the NHS since 2015."],
    "ahsn": ["As {lead}, our job is to find innovations that work and help them spread across {region}."],
    "icb": ["We are {lead}, responsible for the health of roughly {pop} people in {region}."],
    "university": ["Our applied health research group at {lead} works closely with local hospitals and councils."],
    "charity": ["We are {lead}, a local charity founded by families who had been through {condition} themselves."],
    "local_authority": ["At {lead} we run reablement, social work and public health services for {region}."],
    "emergency_service": ["Our crews at {lead} attend thousands of calls each year in {region}."],
    "primary_care": ["{lead} is a collaboration of general practices covering about {pop} patients."],
    "public_other": ["We are {lead}, and our role is to make sure local people's views shape services in {region}."],
}

SLOTS = {
    # ---------------- context ----------------
    "c_setting": [
        "We are a {n_beds}-bed organisation in {region}, and our {setting} is one of the busiest in the region.",
        "Roughly {n_adm} people pass through our {setting} every year.",
        "Ours is a mixed urban and rural patch of about {pop} people, served mainly by {host}.",
        "Put simply, demand on our {setting} has grown faster than our ability to keep people safe.",
        "{host_s} covers {n_sites} sites, which makes consistency hard.",
    ],
    "c_gap": [
        "We could not do this on our own.",
        "The risk sat in the gaps between organisations, so the answer had to be shared too.",
        "That is why we went to {p1} - they had the skills in data and design that we simply did not have.",
        "Working with {p1} and {p2} meant we could follow patients across the whole journey rather than one building.",
        "Our partnership grew out of a joint incident review in {year0}, when it became obvious that each of us held part of the answer.",
    ],
    "c_gap_internal": [
        "This was a partnership between our own teams - nursing, pharmacy, medicine and estates - who had never worked on a single plan before.",
        "Everything was done in-house, by teams across our hospitals pulling together.",
    ],
    "c_goal": [
        "Our goal: cut {measure_np} by a {target_word} within two years.",
        "We wanted no patient to come to harm because someone did not know what to do next.",
        "Three aims guided us - recognise risk sooner, act faster, and involve families throughout.",
        "The safety aim was to halve avoidable harm from {condition} by {year_end}.",
        "Above all, we wanted to make the safe thing the easy thing for busy teams.",
        "We also hoped to rebuild trust with families who had been let down in the past.",
    ],
    # ---------------- evidence ----------------
    "e_method": [
        "We took our baseline from the twelve months to {month0} {year0}.",
        "Every measure was plotted on a run chart and reviewed at our monthly partnership board.",
        "Our academic partner matched pilot and non-pilot areas so that we could compare like with like.",
        "We looked at outcome measures, process measures and balancing measures, and we kept it honest by publishing the lot.",
        "Data came from Datix, the electronic record and a sample of {n_records} case notes.",
    ],
    "e_claim_q": [
        "The headline: {m} {verb} {ft}.",
        "We saw {m} {verb} {ft} in the first {n_months} months.",
        "{M} {verb} by {pc}% against our baseline.",
        "In the pilot area, {m} went {ft} - a {pc}% {dirword_n}.",
        "On {ward}, {m} {verb} {ft}.",
        "That adds up to a {pc}% {dirword_n} in {m}.",
        "Twelve months on, the figure for {m} is {ft_short}.",
        "Between {year0} and {year1}, {m} {verb} {ft}.",
    ],
    "e_halved_q": [
        "We have halved {m}.",
        "Our data show {m} halved - {bu} down to {a}{per}.",
        "We have roughly halved {m} since we started.",
    ],
    "e_spc_q": [
        "Our SPC chart for {m} has shifted, with {n_points} points in a row {abovebelow} the old mean.",
        "There has been a sustained shift in {m}, confirmed on the control chart by our analysts.",
    ],
    "e_distract": [
        "We ran {n_trained} training sessions between {month0} and {month1} {year1}.",
        "In total {n_records} case notes were reviewed.",
        "Our board approved the project on {n_day} {month0} {year0}.",
        "Back in {fy} we logged {n_base} incidents linked to {condition}.",
        "The partnership board met every six weeks, {n_meet} times in all.",
        "We had £{budget} to spend over two years.",
        "The pilot involved {n_wards} wards and roughly {n_beds} beds.",
        "Our target was a {target}% fall by {year_end}.",
    ],
    "e_qual": [
        "Teams say they feel far more confident spotting problems early.",
        "Honestly, it is too soon to prove the effect on harm - but the feel on the wards is different.",
        "We think fewer patients are coming to harm, though the numbers are too small to be sure.",
        "Matrons report calmer shifts and better conversations at handover.",
        "Several recent incident reviews have praised the speed of the response.",
        "The culture has shifted; people now raise concerns rather than sit on them.",
        "Our impression is that the {artefact} has become second nature.",
    ],
    "e_attrib": [
        "Nothing else changed on these wards during the period, so we are confident the partnership made the difference.",
        "Wards that had not yet started showed no such change.",
        "The timing speaks for itself: the improvement started the month the {artefact} went in.",
    ],
    # ---------------- spread ----------------
    "s_adopt": [
        "{n_trusts} other trusts have now taken up the {artefact}.",
        "We started on two wards; it is now used across all {n_wards_spread} adult wards.",
        "Our neighbours at {p2} copied the model within six months.",
        "The ICS has now asked every provider in the patch to use it.",
        "A hospice and two community hospitals have adapted it for their own patients.",
    ],
    "s_share": [
        "We spoke about the work at the {conf}.",
        "Everything we made is free to download from our partner's website.",
        "Over {n_attend} people have joined our online learning sessions.",
        "We wrote it up for a nursing journal and it was published last spring.",
        "Our team mentors other organisations that want to try it.",
        "Posters, blogs, a podcast - we have used every channel we could think of.",
        "Colleagues from {n_trusts} trusts have visited to see the {artefact} in action.",
    ],
    "s_next": [
        "Next up: children's wards.",
        "We would love to see it become the national standard.",
        "Phase two will take it into care homes.",
    ],
    # ---------------- value ----------------
    "v_money": [
        "It cost us £{budget} in total.",
        "Most of the cost was people's time.",
        "Each {artefact} costs about £{unit_cost} a year to run.",
        "{p1} put in match funding, which made the business case easy.",
        "No new kit was needed; we used what we already had.",
    ],
    "v_money_q": [
        "Average length of stay for these patients came down from {los_b} to {los_a} days.",
        "We spent £{spend_b} a month on agency cover for enhanced observation before; now it is £{spend_a}.",
        "Claims against the trust linked to {condition} dropped from {claims_b} to {claims_a} a year.",
    ],
    "v_staff": [
        "For staff, it takes away the guesswork.",
        "New starters pick it up in a day.",
        "People feel backed up when they escalate, which matters enormously for morale.",
        "Teams across organisations now speak the same language.",
    ],
    "v_staff_q": [
        "Vacancy rates on the pilot wards went from {to_b}% to {to_a}%.",
        "Staff sickness came down from {sick_b}% to {sick_a}%.",
    ],
    "v_staff_s": [
        "When we asked the nurses who trialled it, they said it had made night shifts less frightening.",
        "Staff who helped test it said it was the first project in years that listened to them.",
    ],
    "v_patient": [
        "For patients it means fewer harms and less time in hospital.",
        "Families know what to expect and who to call.",
        "Care no longer depends on which ward you happen to land on.",
        "One avoided harm can mean months of someone's life back.",
    ],
    "v_patient_p": [
        "The patients we spoke to afterwards told us they finally felt part of their own care.",
        "Relatives who reviewed the materials with us said they felt taken seriously for the first time.",
    ],
    # ---------------- stakeholders ----------------
    "k_intro": [
        "A partnership board with members from every organisation steered the work.",
        "We agreed early on that nothing would be designed without the people who would use it.",
        "Involvement had its own budget and its own lead.",
    ],
    "k_generic": [
        "We kept all stakeholders in the loop.",
        "Stakeholder engagement took place throughout.",
        "Lots of people across the system supported the project.",
    ],
    "k_patient_p": [
        "Patients and families sat with us at {n_ws} co-design sessions and rewrote the {artefact} in their own words.",
        "Two lay members served on the partnership board and had an equal vote.",
        "We road-tested the {artefact} with {n_pts} {patients} before launch, and changed it three times as a result.",
        "{PatientGroup} co-produced the leaflet and the short film that goes with it.",
        "A bereaved mother co-chaired our design group.",
        "Service users helped to choose the outcome measures and reviewed the results with us.",
    ],
    "k_patient_neg": [
        "Patients gained a great deal from the new service.",
        "We intend to bring patient voices into the next phase.",
        "Patients weren't part of the design - time did not allow it.",
        "Everyone admitted gets a leaflet explaining the {artefact}.",
        "We know we need to do more to involve patients.",
    ],
    "k_staff_s": [
        "{n_staff_grp} frontline colleagues joined our design sessions.",
        "Ward nurses shaped every version of the {artefact} and trialled it on their own shifts.",
        "Night staff tested the escalation steps and told us which ones did not work.",
        "Healthcare assistants suggested the colour coding that made the {artefact} easy to use.",
        "Our champions - one per ward - ran their own tests of change.",
        "Staff from all partner organisations met at joint design days.",
    ],
    "k_staff_neg": [
        "The supplier set up the system and switched it on across the wards in {month1}.",
        "Staff were told about the change through the intranet.",
        "Everyone got a short briefing sheet on launch day.",
        "There were no staff workshops - we used the national template as it was.",
        "We want to involve clinical teams more closely next year.",
    ],
    "k_nostaff_design": [
        "{PatientGroup} wrote the {artefact}, with academics at {p1} checking it against the evidence.",
        "Families and charity volunteers designed it; the board then approved it.",
    ],
}

# Sentences from other slots (a partner's role, say) that also show people taking part, by the
# definitions the gold follows: "s" staff, "p" patients. Labels only; generation ignores them.
ALSO_INVOLVES = {
    "Our colleagues at {name} brought their own data and tested the model in their wards.": "s",
    "Officers and crews from {name} helped design the handover.": "s",
    "{name} gave us call data and trialled the new route with their crews.": "s",
    "{name} made sure families were heard at every stage.": "p",
}

ROLE = {
    "nhs_trust": ["{name} hosted the first pilot and lent us clinical leads.",
                  "Our colleagues at {name} brought their own data and tested the model in their wards."],
    "ahsn": ["{name} brought improvement know-how and opened doors across the region.",
             "{name} paid for a project manager and helped us measure properly."],
    "icb": ["{name} funded the pilot and is now commissioning it permanently.",
            "{name} made sure the work lined up with system priorities."],
    "university": ["{name} evaluated the work independently.",
                   "A research team at {name} did the analysis and kept our methods robust."],
    "local_authority": ["{name} brought in social workers and care providers.",
                        "{name} joined up the work with home care and reablement."],
    "charity": ["{name} made sure families were heard at every stage.",
                "{name} trained peer supporters and co-wrote the public information."],
    "emergency_service": ["{name} gave us call data and trialled the new route with their crews.",
                          "Officers and crews from {name} helped design the handover."],
    "primary_care": ["{name} connected the work with GP practices and community pharmacy.",
                     "{name} made sure practices got the right information at the right time."],
    "private": ["{name} developed the app for us.",
                "{name} provided the hardware and the support contract."],
    "public_other": ["{name} ran listening events and checked every leaflet for jargon."],
}

TOPIC_TEXT = {
    "sepsis": {
        "titles": ["Think Sepsis: faster recognition from front door to ward",
                   "{Product} - catching sepsis early in {region}",
                   "The first hour: a shared sepsis pathway",
                   "Nobody should die of missed sepsis"],
        "problem": [
            "Too many of our patients with sepsis were being treated too late.",
            "When we reviewed our deaths, the same pattern kept appearing: sepsis recognised hours after the first warning signs.",
            "Ambulance crews and hospital staff used different screening tools, so information got lost at handover.",
            "On busy nights, screening simply did not happen.",
        ],
        "product": [
            "{Product} is a single screening and treatment pathway used by paramedics, the emergency department and the wards.",
            "At its heart is a sepsis nurse who picks up every positive screen and makes sure antibiotics follow.",
            "We added a pre-alert call so that the hospital team is ready before the ambulance arrives.",
        ],
    },
    "falls": {
        "titles": ["Fewer falls, stronger people",
                   "{Product} - falls prevention without walls",
                   "Up and about safely: a joint falls programme",
                   "Getting people off the floor faster in {region}"],
        "problem": [
            "Falls were our most frequent incident, and too many ended in a broken hip.",
            "In care homes, a resident who fell could wait four hours or more for an ambulance.",
            "Our falls assessments were long, duplicated and often left undone.",
            "Patients with confusion were falling in side rooms where nobody could see them.",
        ],
        "product": [
            "{Product} is a shared falls plan that moves with the person between care home, ambulance and hospital.",
            "We set up a falls pick-up team, so that uninjured residents are helped up by trained responders rather than waiting for an ambulance.",
            "On the wards we introduced cohort bays with a member of staff always present.",
        ],
    },
    "medication": {
        "titles": ["Getting insulin right, every time",
                   "{Product} - a partnership for safer medicines",
                   "Hypo-free hospitals",
                   "Time-critical means time-critical"],
        "problem": [
            "Insulin errors were our single largest source of medication harm.",
            "Patients who had managed their diabetes for decades were suddenly not allowed to.",
            "Hypos overnight often went unnoticed until the morning round.",
            "Discharge letters frequently had the wrong insulin or the wrong dose.",
        ],
        "product": [
            "{Product} pairs a simplified insulin chart with a pharmacist check on every prescription within a day.",
            "We now support people to self-administer insulin on the ward wherever it is safe.",
            "Low glucose readings trigger an automatic alert to the diabetes team.",
        ],
    },
    "deterioration": {
        "titles": ["Listen to the family: escalation when relatives are worried",
                   "{Product} - acting on deterioration in {region}",
                   "From score to response in thirty minutes",
                   "Never ignore a rising score"],
        "problem": [
            "Our incident reviews kept finding observations that were recorded but not acted on.",
            "Night shifts were the weak spot - late observations and slow escalation.",
            "Relatives often spotted the change first and nobody listened.",
            "Observation data did not follow patients when they moved between hospitals.",
        ],
        "product": [
            "{Product} moved all observations onto handheld devices, with automatic alerts to outreach.",
            "Families can now call the outreach team directly if they are worried.",
            "Every high score now triggers a short bedside huddle.",
        ],
    },
    "pressure_ulcers": {
        "titles": ["Every contact counts: skin safety across the system",
                   "{Product} - stopping pressure damage before it starts",
                   "Skin deep: a partnership to prevent pressure ulcers",
                   "Heels up, harm down"],
        "problem": [
            "Pressure ulcers were our biggest source of avoidable harm, and most began at home or in care homes.",
            "Care homes told us they could not get equipment quickly enough.",
            "Pressure damage from medical devices in critical care had crept up since 2020.",
            "People arrived on our wards with no record of the state of their skin.",
        ],
        "product": [
            "{Product} is one shared skin record for district nurses, care homes and hospital teams.",
            "Mattresses and cushions now reach people's homes within a day of referral.",
            "Carers can send photos straight to the tissue viability team for advice.",
        ],
    },
    "maternity": {
        "titles": ["Count every drop: safer care after birth",
                   "{Product} - tackling postpartum haemorrhage in {region}",
                   "Bleeding after birth: seeing it sooner",
                   "Safer births through shared learning"],
        "problem": [
            "Our postpartum haemorrhage rate was one of the highest in the region.",
            "Staff estimated blood loss by eye, and big bleeds were missed.",
            "Mothers told us they knew something was wrong but nobody seemed to hear.",
            "Out of hours, senior help was not always called early enough.",
        ],
        "product": [
            "{Product} means blood loss is weighed at every birth and a senior review happens at a set threshold.",
            "We standardised the haemorrhage trolley and run drills on the labour ward every month.",
            "A simple risk tool is completed at each stage of labour.",
        ],
    },
    "mental_health": {
        "titles": ["Safety through connection on acute wards",
                   "{Product} - safety planning with people, not for them",
                   "Reducing restriction, reducing harm",
                   "A safer bridge home from hospital"],
        "problem": [
            "Self-harm on our acute wards was rising, and our response had been to add more restrictions.",
            "The first weeks after discharge were where we were losing people.",
            "Too many people in crisis were ending up in police custody or A&E corridors.",
            "Safety plans were being written for people, not with them, and then forgotten.",
        ],
        "product": [
            "{Product} is a safety plan written together with the person, shared with their GP and crisis team.",
            "We removed ligature points, but we also changed how staff spend time with people on the ward.",
            "A crisis house run jointly with the charity now offers an alternative to admission.",
        ],
    },
    "discharge": {
        "titles": ["Safe home, not just sent home",
                   "{Product} - joining up discharge in {region}",
                   "The 72-hour promise",
                   "Medicines that follow the patient"],
        "problem": [
            "People were going home with the wrong medicines, and nobody in the community knew.",
            "Discharge letters were slow to reach GPs.",
            "We were readmitting older people within days because support at home was not ready.",
            "Families told us the day of discharge felt chaotic.",
        ],
        "product": [
            "{Product} sends an electronic referral to the patient's community pharmacist the moment they leave.",
            "Every older person gets a phone call within 72 hours of getting home.",
            "Ward staff go through a short checklist with the patient and family before discharge.",
        ],
    },
}

PSA = {
    "ambition_open": [
        "Our ambition was bold: zero avoidable harm from {condition}.",
        "We wanted safety to feel like everyone's job.",
    ],
    "learning": [
        "Each month the teams share what they tried and what they learned.",
        "The approach is now part of every new starter's induction.",
        "Ward teams own their data, so the change has outlasted the project.",
        "We have told our story at regional and national events.",
        "Our learning pack is free for any organisation to use.",
    ],
}

# More sentences for the shorter sections.
SLOTS["s_adopt"] += [
    "Two community hospitals have taken it on, and a third starts in the spring.",
    "A neighbouring trust borrowed the whole package - training, posters and data tools - and made it their own.",
    "We have since used the same partnership recipe on a completely different safety problem.",
]
SLOTS["s_share"] += [
    "Our run charts are public, so anyone can check our numbers.",
    "The regional network picked us as one of its showcase projects.",
    "Improvement fellows across the patch now learn about it as part of their course.",
    "Teams who adopt it join a quarterly call where we swap what is and isn't working.",
]
SLOTS["s_next"] += [
    "A national body has asked whether it can borrow our materials.",
    "We have funding to help two more systems get started next year.",
]
SLOTS["v_staff"] += [
    "Fewer forms, clearer roles - that is what the ward teams notice most.",
    "Nobody has to spend half a shift on the phone chasing information any more.",
    "It is now part of preceptorship, so new nurses learn it from day one.",
]
SLOTS["v_patient"] += [
    "Fewer people come back through the front door within a month.",
    "Less harm means less distress for patients and for the people who love them.",
    "From the patient's side, it finally feels like one service rather than several.",
]
SLOTS["v_money"] += [
    "The money went on people: a part-time project manager, an analyst and protected time for clinicians.",
    "We used the governance we already had, which kept overheads down.",
    "Finance colleagues from each partner signed off the business case before we began.",
]

SLOTS["c_more"] = [
    "None of this was new - national reports had been saying the same for years.",
    "Covid made it worse, with gaps in rotas and teams pulled in all directions.",
    "We had tried before, and each time the gains faded once the project ended.",
    "Our commissioners had named it a priority back in {fy}, but nobody owned the fix.",
    "Some wards were doing brilliantly; others were struggling with the basics.",
]
SLOTS["e_more"] = [
    "We watched the balancing measures too - length of stay and outreach calls did not suffer.",
    "Weekly process data let teams see quickly whether a change was working.",
    "An analyst double-checked a sample of our data against the notes every quarter.",
    "Each ward gets a one-page dashboard, pinned up in the staff room.",
    "Our full evaluation report, charts and all, is available if the judges would like it.",
]
SLOTS["k_more"] = [
    "Board papers went to each organisation twice a year.",
    "Before starting, all partners signed a data-sharing agreement and a joint project plan.",
    "A shared online workspace kept everyone up to date between meetings.",
    "Every partner had an executive sponsor who could clear blockages.",
]
