"""Text bank A: the voice of the training entries (and of the even-numbered bundled samples).

Sentences are ``str.format`` templates filled from an entry's context (see compose.py).
Slot names ending in ``_q`` are measured outcome changes, ``_p`` patient involvement and
``_s`` staff involvement; the composer uses these suffixes to write the gold labels.
"""

NAME = "A"

HEADINGS = {
    "rubric": {
        "context": ["Context", "Context", "Context of the partnership", "CONTEXT", "The context"],
        "evidence": ["Evidence of improvement", "Evidence of improvements in safe care", "EVIDENCE OF IMPROVEMENT", "Evidence"],
        "spread": ["Spread and sharing", "Spread and sharing of best practice", "SPREAD AND SHARING", "Spread"],
        "value": ["Value", "Value created", "VALUE", "Value for money"],
        "stakeholders": ["Stakeholder involvement", "Stakeholder involvement", "STAKEHOLDER INVOLVEMENT", "Stakeholders"],
    },
    "question": {
        "context": [
            "Outline the context in which the partnership was needed, the product or service it provides and its patient safety goals",
            "Outline the context in which the partnership was needed",
        ],
        "evidence": [
            "Provide evidence of improvements in safe care as a direct result of the partnership",
            "Provide evidence of improvements in safe care as a direct result of the partnership, with quantitative examples",
        ],
        "spread": [
            "Explain how the achievements have been applied elsewhere and how best practice has been shared",
            "Explain how the achievements have been applied elsewhere",
        ],
        "value": [
            "Describe the value created, including staff and patient experience and value for money",
            "Describe the value created",
        ],
        "stakeholders": [
            "Describe stakeholder involvement: who was involved and how they were engaged in the design",
            "Describe stakeholder involvement, with evidence of patient and staff involvement",
        ],
    },
    # Entrants' own headings: no word in common with the rubric's titles and questions.
    "own": {
        "context": ["Why we started", "A problem hiding in plain sight", "Where it began", "Setting the scene",
                    "Our starting point", "What was going wrong", "Background", "The night that changed our thinking",
                    "A gap nobody owned", "Why this mattered to us"],
        "evidence": ["Results", "Impact", "What changed", "The numbers", "Did it work?", "Before and after",
                     "Tracking progress", "Outcomes so far", "What the data tell us"],
        "spread": ["Beyond our walls", "Travelling further", "Taking it on the road", "Other teams picking it up",
                   "Telling others", "Going regional", "Roll-out", "From one ward to many"],
        "value": ["Worth the investment?", "What it bought us", "Costs and returns", "Return for the system",
                  "Benefits", "Why it pays", "The business case"],
        "stakeholders": ["The people behind it", "Who made it happen", "Voices in the room", "Built together",
                         "Working side by side", "Everyone at the table", "Co-production", "Our team"],
    },
}

COVER = {
    "lead": ["Lead organisation: {lead}", "Lead organisation: {lead}", "Lead organisation - {lead}", "Submitted by: {lead}"],
    "partners_inline": ["Partner organisations: {plist}", "Partners: {plist}", "In partnership with: {plist}"],
    "partners_block": "Partner organisations:",
    "no_partner": ["Partner organisations: none (internal partnership between departments)", "Partners: our own clinical teams"],
    "contact": ["Contact: {contact}, {role}", "Contact name: {contact} ({role})", "Entry contact: {contact}, {role}"],
    "email": ["Email: {email}", "Email: {email}", "E-mail: {email}"],
    "phone": ["Telephone: {phone}", "Tel: {phone}", "Phone: {phone}"],
    "date": ["Date submitted: {date}", "Date: {date}", "Submitted: {date}"],
    "category": ["Category: Best Partnership Solution Improving Patient Safety", "HSJ Patient Safety Awards 2026"],
    "title_label": "Project title: {title}",
}

ROLES = ["Director of Nursing", "Deputy Chief Nurse", "Patient Safety Lead", "Consultant in Acute Medicine",
         "Head of Quality Improvement", "Clinical Lead", "Programme Manager", "Associate Director of Patient Safety"]

APPENDIX = {
    "references": ["References", "References", "Sources"],
    "refs": [  # (topic or "any", reference)
        ("any", "NHS England (2022) National Patient Safety Strategy: 2022 update. London: NHS England."),
        ("any", "Provost L and Murray S (2011) The Health Care Data Guide. San Francisco: Jossey-Bass."),
        ("any", "Healthcare Safety Investigation Branch (2021) Annual review 2020/21. Farnborough: HSIB."),
        ("deterioration", "Royal College of Physicians (2017) National Early Warning Score (NEWS) 2. London: RCP."),
        ("sepsis", "National Institute for Health and Care Excellence (2016) Sepsis: recognition, diagnosis and early management. NG51."),
        ("discharge", "Healthcare Safety Investigation Branch (2021) Investigation report: transfer of care. HSIB."),
        ("maternity", "Royal College of Obstetricians and Gynaecologists (2016) Prevention and management of postpartum haemorrhage. Green-top Guideline 52."),
        ("falls", "National Institute for Health and Care Excellence (2013) Falls in older people: assessing risk and prevention. CG161."),
        ("medication", "Joint British Diabetes Societies for Inpatient Care (2022) The safe use of insulin in hospitalised patients."),
        ("pressure_ulcers", "National Wound Care Strategy Programme (2021) Pressure ulcer recommendations and clinical pathway."),
        ("mental_health", "National Institute for Health and Care Excellence (2022) Self-harm: assessment, management and preventing recurrence. NG225."),
    ],
    "ack_heading": ["Acknowledgements", "Acknowledgements", "With thanks"],
    "ack": [
        "We thank every ward team, patient and family who gave their time to this work.",
        "With thanks to the improvement advisers at {p1} and to the patient partners who kept us honest.",
        "Our thanks go to the clinical teams across {host_s} and to colleagues at {p1}.",
    ],
}

LEAD_INTRO = {
    "private": ["{lead} is a health technology company that develops clinical decision support software for hospitals.",
                "{lead} designs and supplies digital monitoring products to NHS and independent providers."],
    "ahsn": ["{lead} is one of the country's health innovation networks, working across {region} to spread proven innovations."],
    "icb": ["{lead} plans and funds health services for a population of around {pop} people."],
    "university": ["{lead} hosts a health services research unit with a long record of work alongside local NHS providers."],
    "charity": ["{lead} is a registered charity supporting families affected by {condition} across {region}."],
    "local_authority": ["{lead} commissions adult social care and public health services for {region}."],
    "emergency_service": ["{lead} responds to emergency and urgent calls across {region}, covering a population of about {pop}."],
    "primary_care": ["{lead} brings together GP practices serving roughly {pop} registered patients."],
    "public_other": ["{lead} is the independent champion for people who use health and social care services in {region}."],
}

SLOTS = {
    # ---------------- context ----------------
    "c_setting": [
        "{host} runs {n_beds} beds across {n_sites} hospital sites and serves a population of around {pop}.",
        "Our {setting} sees about {n_adm} admissions a year, many of them frail and living with several long-term conditions.",
        "{host} is a large provider in {region}, with {n_beds} inpatient beds and a busy {setting}.",
        "The {setting} at {host_s} cares for a growing number of {patients}, and demand rose sharply after 2020.",
        "Each year our teams look after roughly {n_adm} {patients} in the {setting} alone.",
    ],
    "c_gap": [
        "No single organisation could fix this alone: the problem crossed the boundary between hospital, community and home.",
        "We needed a partnership because the knowledge sat in different places - clinical teams at {host_s}, improvement expertise at {p1} and lived experience in the community.",
        "Earlier attempts inside one trust had stalled, so we approached {p1} to work with us on a shared solution.",
        "The partnership was formed in {year0} when {host_s} and {p1} realised they were tackling the same risk from opposite ends of the pathway.",
        "Bringing {p1} and {p2} alongside the trust gave us skills in data, design and engagement that we lacked.",
    ],
    "c_gap_internal": [
        "The work was led entirely within {host_s}, bringing together teams that had previously worked in separate silos.",
        "We formed an internal partnership between our nursing, pharmacy and medical teams to tackle the problem together.",
    ],
    "c_goal": [
        "Our aim was to reduce {measure_np} by {target}% by March {year_end}.",
        "We set out to make {condition} a rare event on our wards and to give staff a clear, shared way of acting early.",
        "The patient safety goal was simple: fewer people harmed by {condition}, and a faster response when risk was spotted.",
        "We wanted every patient at risk to be identified within the first 24 hours of admission.",
        "Success would mean fewer avoidable deaths and serious incidents, measured monthly and reported to both boards.",
        "A secondary goal was to give {patients} and their families a voice when they were worried.",
    ],
    # ---------------- evidence ----------------
    "e_method": [
        "We measured progress monthly using statistical process control charts, with a baseline taken from {fy}.",
        "Data were drawn from the incident reporting system, the electronic patient record and a monthly audit of {n_records} records.",
        "The university partner led an independent evaluation, comparing the pilot wards with {n_wards} wards that had not yet adopted the approach.",
        "Outcome, process and balancing measures were agreed at the start and reviewed by the steering group every month.",
        "Our analysts tracked every measure weekly from {month0} {year0}, annotating the charts each time a change was tested.",
    ],
    "e_claim_q": [
        "{M} {verb} {ft} within twelve months.",
        "Over {n_months} months, {m} {verb} {ft}.",
        "Compared with the baseline year, {m} {verb} by {pc}%.",
        "At the pilot site, {m} {verb} {ft}, a change of {pc}%.",
        "On the period before the partnership began, we have seen a {pc}% {dirword_n} in {m}.",
        "The run chart for {m} shows a sustained shift {abovebelow} the old median from {month1} {year1}, moving {ft}.",
        "Since the {artefact} went live, {m} {verb} {ft}.",
        "By the end of {year1}, {m} had {verb_pp} {ft}.",
    ],
    "e_halved_q": [
        "We halved {m}, taking it from {bu} to {a}{per}.",
        "In the space of a year we halved {m}.",
        "{M} halved on the pilot wards over the first {n_months} months.",
    ],
    "e_spc_q": [
        "The SPC chart shows a sustained shift in {m}, with {n_points} consecutive points {abovebelow} the baseline mean.",
        "For {m} the control chart now shows special-cause improvement that has held for more than a year.",
    ],
    "e_distract": [
        "Between {month0} {year0} and {month1} {year1} we trained {n_trained} {staff} in the new approach.",
        "The audit sample covered {n_records} patient records from {n_wards} wards.",
        "In {fy} the trust recorded {n_base} incidents relating to {condition}.",
        "Our steering group met {n_meet} times during {year1}.",
        "Version 2 of the {artefact} went live on {n_day} {month1} {year1}.",
        "The project received £{budget} of funding for {fy}.",
        "We set ourselves a target of a {target}% reduction by {year_end}.",
        "Training sessions ran twice a week for {n_weeks} weeks, each lasting around 45 minutes.",
    ],
    "e_qual": [
        "Ward managers tell us that conversations about risk now happen earlier and more calmly.",
        "We believe harm has reduced, although the numbers involved are small and we cannot yet show it statistically.",
        "Anecdotally, escalation now feels like a normal part of the shift rather than an admission of failure.",
        "The serious incident reviews we have completed since the launch describe a quicker and better coordinated response.",
        "Clinical leads have noticed that the {artefact} is now part of everyday conversation on the wards.",
        "It is too early to show a change in outcomes, but the signs from the wards are encouraging.",
        "Matrons describe a noticeable improvement in the quality of handovers.",
    ],
    "e_attrib": [
        "The improvement began within weeks of the partnership's first changes, and no other major initiative ran on these wards at the time.",
        "Because comparison wards without the {artefact} showed no similar change, we are confident the gains are a direct result of the partnership.",
        "These gains would not have happened without the joint work: the data linkage alone relied on all partners sharing information.",
    ],
    # ---------------- spread ----------------
    "s_adopt": [
        "The {artefact} is now used on {n_wards_spread} wards across {n_sites} sites, and two neighbouring trusts adopted it in {year1}.",
        "Following the pilot, {p2} asked us to help introduce the approach in its own services.",
        "The approach has been adopted by {n_trusts} trusts in the region, each adapting it to local systems.",
        "Community teams in a second locality picked up the model in {year1} with support from our clinical leads.",
        "Our integrated care system has written the {artefact} into its quality strategy so that every provider will use it.",
    ],
    "s_share": [
        "We presented the work at the {conf} and published a short report through {p1}.",
        "A free implementation toolkit, including training slides and audit templates, is available to any NHS organisation.",
        "The team has run {n_webinars} webinars for colleagues across England, attended by more than {n_attend} people.",
        "Learning is shared through the regional patient safety collaborative and the national {condition} network.",
        "A paper describing the evaluation has been submitted to a peer-reviewed journal.",
        "We host monthly drop-in calls for teams who want to try the approach.",
        "Our clinical leads have visited {n_trusts} organisations to help them set up their own version.",
    ],
    "s_next": [
        "Next year we plan to extend the work to paediatric and mental health settings.",
        "The next phase will test whether the model works in primary care.",
        "We are now working with {p1} on a business case for regional roll-out.",
    ],
    # ---------------- value ----------------
    "v_money": [
        "The whole programme cost £{budget}, most of it staff time for training and evaluation.",
        "Set-up costs were modest: printing, a small amount of software development and backfill for training.",
        "The {artefact} costs around £{unit_cost} per ward per year to maintain.",
        "Funding came from {p1} and the trust's charitable funds.",
        "Because the tool sits inside existing systems, there were no new licence costs.",
    ],
    "v_money_q": [
        "Length of stay for affected patients fell from {los_b} to {los_a} days, releasing around {bed_days} bed days a year.",
        "Spending on agency one-to-one observation fell from £{spend_b} to £{spend_a} a month after the change.",
        "Litigation claims relating to {condition} fell from {claims_b} to {claims_a} a year.",
    ],
    "v_staff": [
        "Staff no longer have to rely on memory: the {artefact} does the prompting, which frees time for care.",
        "The approach gives newly qualified nurses a clear structure and the confidence to escalate.",
        "Teams value having a shared language across organisations, which makes handovers quicker.",
        "Less time is spent completing duplicate paperwork, because partners now share one record.",
    ],
    "v_staff_q": [
        "Staff turnover on the pilot wards fell from {to_b}% to {to_a}% over the same period.",
        "Sickness absence in the team dropped from {sick_b}% to {sick_a}%.",
    ],
    "v_staff_s": [
        "In focus groups, nurses on the pilot wards told us the {artefact} made their shifts feel safer and less rushed.",
        "Staff who tested the approach described it as the first change in years that saved them time rather than adding to it.",
    ],
    "v_patient": [
        "For {patients}, the main benefit is fewer avoidable harms and a shorter, calmer stay in hospital.",
        "Families now know who to call and what will happen when they raise a concern.",
        "Patients receive the same standard of care whichever site they attend.",
        "Avoiding a single serious harm spares a patient weeks of recovery and saves the system a significant cost.",
    ],
    "v_patient_p": [
        "Patients we interviewed after discharge said they felt listened to and understood what had been done to keep them safe.",
        "Carers who helped shape the leaflet told us it answered the questions they had been too anxious to ask.",
    ],
    # ---------------- stakeholders ----------------
    "k_intro": [
        "The partnership was governed by a joint steering group that met monthly and reported to each organisation's quality committee.",
        "From the outset we agreed that the people who would use the {artefact} should help to design it.",
        "Involvement was planned rather than bolted on, with a budget line for it from the first month.",
    ],
    "k_generic": [
        "A wide range of stakeholders were kept informed through newsletters and briefings.",
        "We engaged with partners across the system throughout the project.",
        "Stakeholders from across the integrated care system were updated at each milestone.",
    ],
    "k_patient_p": [
        "{Patients_cap} and carers co-designed the {artefact} at {n_ws} workshops held in community venues.",
        "Two patient representatives sat on the steering group from the first meeting and chaired the review of all patient materials.",
        "We tested early versions of the {artefact} with {n_pts} {patients} on {ward} and rewrote the wording after their comments.",
        "{PatientGroup} helped us write the information given to families and recorded short videos explaining it.",
        "A carer co-chaired the design group, and every decision about the patient leaflet went through the patient panel.",
        "People with lived experience interviewed staff alongside the evaluation team and helped to interpret the findings.",
    ],
    "k_patient_neg": [
        "Patients benefited from faster and more consistent care.",
        "We plan to invite patient representatives to join the group in the next phase.",
        "Patients were not directly involved in the design because of the speed at which the pilot had to be set up.",
        "Every patient received an information leaflet about the {artefact} on admission.",
        "Strengthening patient involvement is a priority for the second year of the programme.",
    ],
    "k_staff_s": [
        "A design group of {n_staff_grp} frontline staff - nurses, healthcare assistants, doctors and therapists - met fortnightly to build the pathway.",
        "{Staff_cap} tested each version of the {artefact} during real shifts and told us what to change.",
        "Junior doctors helped to write the escalation prompts and piloted them on night shifts.",
        "Ward teams ran {n_pdsa} PDSA cycles themselves, deciding locally what to test next.",
        "Staff feedback from the pilot wards led to three changes to the layout of the {artefact}.",
        "Clinical champions on every ward shaped the training and acted as the first point of contact for colleagues.",
    ],
    "k_staff_neg": [
        "The system was configured by the supplier and rolled out to all wards in {month1}.",
        "Staff were informed of the new process through the weekly bulletin.",
        "Clinical staff received a one-page guide when the {artefact} went live.",
        "We did not run workshops with staff; the pathway was adopted directly from national guidance.",
        "In future we hope to involve ward teams more closely in refining the tool.",
    ],
    "k_nostaff_design": [
        "The {artefact} was designed by {PatientGroup} working with researchers at {p1}.",
        "Volunteers from the charity and families drafted the materials, which were then signed off by the project board.",
    ],
}

# Roles of partners, by organisation type.
# Sentences from other slots (a partner's role, say) that also show people taking part, by the
# definitions the gold follows: "s" staff, "p" patients. Labels only; generation ignores them.
ALSO_INVOLVES = {
    "Clinicians at {name} co-led the clinical design and shared their data.": "s",
    "Crews from {name} tested the referral route and fed back from the front line.": "s",
    "{name} recruited volunteers and made sure the voices of families were heard.": "p",
    "{name} gathered feedback from local people and checked our materials for plain English.": "p",
    "People with lived experience interviewed staff alongside the evaluation team and helped to interpret the findings.": "s",
}

ROLE = {
    "nhs_trust": ["{name} provided clinical leadership and hosted the pilot wards.",
                  "Clinicians at {name} co-led the clinical design and shared their data."],
    "ahsn": ["{name} provided improvement coaching, project management and the regional network.",
             "{name} funded the first year and ran the measurement plan."],
    "icb": ["{name} commissioned the service and aligned it with the system's quality priorities.",
            "{name} brought the commissioning perspective and helped secure recurrent funding."],
    "university": ["{name} designed and carried out the independent evaluation.",
                   "Researchers from {name} analysed the linked data and advised on study design."],
    "local_authority": ["{name} brought social care teams and care home providers into the work.",
                        "{name} linked the project to its reablement and home care services."],
    "charity": ["{name} recruited volunteers and made sure the voices of families were heard.",
                "{name} ran the peer support element and co-produced the public materials."],
    "emergency_service": ["{name} shared call data and trained its crews in the new pathway.",
                          "Crews from {name} tested the referral route and fed back from the front line."],
    "primary_care": ["{name} linked the work to general practice and community pharmacy.",
                     "{name} made sure GPs received the information they needed after discharge."],
    "private": ["{name} built the software under contract to the partnership.",
                "{name} supplied the devices and technical support."],
    "public_other": ["{name} gathered feedback from local people and checked our materials for plain English."],
}

TOPIC_TEXT = {
    "sepsis": {
        "titles": ["Every minute counts: a system-wide approach to sepsis recognition",
                   "{Product}: recognising sepsis sooner across {region}",
                   "Red flags, faster antibiotics: a partnership against sepsis",
                   "Spotting sepsis early from the ambulance to the ward"],
        "problem": [
            "Sepsis remained one of the leading causes of avoidable death in our hospitals, and reviews repeatedly found delays in recognition.",
            "Screening was inconsistent: some teams used paper tools, some used the electronic record, and many patients were never screened at all.",
            "Patients arriving by ambulance were often handed over without any mention of possible infection.",
            "Our mortality reviews showed that antibiotics were given late for almost half of the patients who died with sepsis.",
        ],
        "product": [
            "Together we built {product}, an electronic prompt that fires when observations and blood results suggest sepsis and guides staff through the first hour of treatment.",
            "The service combines a shared screening tool used by ambulance crews and emergency staff with a rapid-response nurse who reviews every positive screen.",
            "{Product} links the pre-alert from paramedics to the emergency department so that a sepsis team is waiting when the patient arrives.",
        ],
    },
    "falls": {
        "titles": ["Stay Steady: preventing falls across hospital and care homes",
                   "{Product}: a shared approach to falls prevention in {region}",
                   "Keeping older people on their feet",
                   "From falls to fewer falls: a partnership for frail older people"],
        "problem": [
            "Falls were the most commonly reported patient safety incident in our trust, and a fall with a hip fracture can mean a patient never returns home.",
            "Care homes called an ambulance for almost every fall, even when the resident was uninjured, and many waited hours on the floor.",
            "Lying and standing blood pressure, a simple check recommended by national guidance, was rarely done.",
            "Older patients with delirium were often left unobserved in side rooms, where most serious falls happened.",
        ],
        "product": [
            "The partnership developed {product}, a bundle combining a short risk check, bay supervision and a post-fall huddle.",
            "We created a falls response service in which care homes can call a community team that assesses and lifts uninjured residents within the hour.",
            "{Product} gives ward teams a single falls plan that follows the patient from admission to discharge.",
        ],
    },
    "medication": {
        "titles": ["Safer insulin for every patient: a partnership with pharmacy and people with diabetes",
                   "{Product}: cutting insulin errors across {region}",
                   "Think Glucose: making insulin safe in hospital",
                   "No more missed doses: medicines safety across organisations"],
        "problem": [
            "Insulin is one of the medicines most often involved in serious harm, and our incident data showed errors in prescribing, administration and discharge.",
            "Many people who manage their own diabetes perfectly at home lost control of it when admitted to hospital.",
            "Hypoglycaemia on the wards was common and often went unrecognised overnight.",
            "District nurses found discrepancies in insulin doses on many discharge letters.",
        ],
        "product": [
            "Together we introduced {product}, a redesigned insulin chart with built-in dose checks, backed by a ward pharmacist review within 24 hours.",
            "The service supports patients to keep managing their own insulin in hospital, with a simple assessment and a locked bedside box.",
            "{Product} alerts the diabetes team automatically when a patient's glucose falls below 4 mmol/L.",
        ],
    },
    "deterioration": {
        "titles": ["Spotting the sick patient sooner: NEWS2 and family-led escalation",
                   "{Product}: responding to deterioration across {region}",
                   "Call for Concern: when families raise the alarm",
                   "Escalate early, every time"],
        "problem": [
            "Serious incident investigations kept pointing to the same failure: a rising early warning score that was recorded but not acted on.",
            "Observation charts were completed late, especially at night, and escalation depended on who was on shift.",
            "Families often sensed that their relative was getting worse before the chart did, but had no way of being heard.",
            "Patients moving between wards and community hospitals lost their observation history at every transfer.",
        ],
        "product": [
            "We introduced {product}, which combines electronic NEWS2 observations with automatic escalation to the outreach team.",
            "The service gives patients and families a direct line to the critical care outreach team if they are worried about a change in condition.",
            "{Product} builds a short safety huddle around every patient with a score of five or more.",
        ],
    },
    "pressure_ulcers": {
        "titles": ["React to Red: preventing pressure ulcers at home and in hospital",
                   "{Product}: protecting skin across {region}",
                   "Healthy skin, shared responsibility",
                   "Pressure ulcer prevention from care home to ward"],
        "problem": [
            "Pressure ulcers were our largest single category of harm, and most started outside hospital or in the first days after admission.",
            "Care home staff had little access to training or equipment, and referrals to tissue viability often came too late.",
            "Device-related pressure damage in intensive care had risen since the pandemic.",
            "Patients moving between care settings arrived without any record of their skin condition.",
        ],
        "product": [
            "The partnership created {product}, a shared skin inspection and repositioning record used by district nurses, care homes and wards.",
            "We set up a rapid equipment service so that pressure-relieving mattresses reach a patient's home within 24 hours of referral.",
            "{Product} includes a short training programme for carers and a photograph-based referral route to tissue viability nurses.",
        ],
    },
    "maternity": {
        "titles": ["Measure every loss: reducing harm from postpartum haemorrhage",
                   "{Product}: safer births across {region}",
                   "Weigh It, Say It: a maternity partnership",
                   "Recognising bleeding sooner after birth"],
        "problem": [
            "Postpartum haemorrhage is the most common serious complication of birth, and our rates were above the regional average.",
            "Blood loss was usually estimated by eye, which consistently underestimated large bleeds.",
            "Women told us they felt something was wrong long before anyone acted.",
            "Escalation to senior obstetric staff was inconsistent, particularly out of hours.",
        ],
        "product": [
            "Together we introduced {product}: weighed blood loss at every birth, a risk assessment at each stage of labour and a structured escalation at 1,000 ml.",
            "The service standardises the haemorrhage trolley and runs regular multi-professional drills on the labour ward.",
            "{Product} puts a simple blood loss chart in every birth room and prompts a team huddle once a set threshold is reached.",
        ],
    },
    "mental_health": {
        "titles": ["Safe spaces: reducing self-harm on acute mental health wards",
                   "{Product}: co-producing safety with people in crisis",
                   "Ligature risk and human connection: a partnership approach",
                   "Staying safe after discharge from mental health care"],
        "problem": [
            "Self-harm and ligature incidents on our acute wards had risen steadily, and staff felt that blanket restrictions were making things worse.",
            "The weeks after discharge from inpatient care carry a high risk of suicide, yet follow-up was patchy.",
            "People in crisis were often taken to emergency departments or police cells because there was nowhere else to go.",
            "Safety plans were written for service users rather than with them, and were rarely used after discharge.",
        ],
        "product": [
            "The partnership developed {product}, a co-produced safety plan that travels with the person from ward to community.",
            "We combined environmental changes, including anti-ligature fittings, with therapeutic engagement and a daily safety huddle.",
            "{Product} offers a crisis alternative staffed jointly by the trust, the charity and peer supporters.",
        ],
    },
    "discharge": {
        "titles": ["Home safe: a joined-up approach to discharge",
                   "{Product}: safer transfers of care in {region}",
                   "Getting home and staying home",
                   "Closing the gap between hospital and home"],
        "problem": [
            "Medicines errors after discharge were common, and community pharmacists rarely knew that a patient had been in hospital.",
            "Discharge summaries often reached the GP days after the patient did, or not at all.",
            "Older people were readmitted because nobody checked that support was in place at home.",
            "Families told us they felt rushed on the day of discharge and unsure what to watch out for.",
        ],
        "product": [
            "We introduced {product}, which sends an electronic referral to the patient's community pharmacy at the point of discharge.",
            "The service adds a follow-up call within 72 hours to every older person discharged home, made by a nurse or pharmacist.",
            "{Product} is a shared checklist completed with the patient and family before they leave the ward.",
        ],
    },
}

# Patient Safety Award category (second rubric): extra framing sentences.
PSA = {
    "ambition_open": [
        "Our ambition was to make {condition} a never event in our organisation.",
        "We wanted to change the way our teams think about {condition}, not just add another checklist.",
    ],
    "learning": [
        "Learning from each cycle of testing was written up and shared at the trust's monthly patient safety forum.",
        "We built the new approach into induction so that it does not depend on the original team.",
        "Ward teams review their own data every month, which keeps the change alive after the project funding ended.",
        "A short film about the work is used in training across the organisation.",
        "We shared our learning with the regional patient safety collaborative and at two national events.",
    ],
}

# Further sentences, kept apart only to keep the lists above readable.
SLOTS["s_adopt"] += [
    "Three community hospitals in the county introduced the same approach during {year1}, using our training materials.",
    "Colleagues in the neighbouring system took the {artefact} and adapted it for their own electronic record.",
    "The model has since been applied to a second pathway within {host_s}, using the same partnership structure.",
]
SLOTS["s_share"] += [
    "The regional patient safety collaborative featured the work as a case study in its annual report.",
    "Our measurement plan and run charts are published openly so that others can compare their results with ours.",
    "Members of the team have taught the approach on the local quality improvement fellowship programme.",
    "Every organisation that adopts the {artefact} joins a shared learning set that meets each quarter.",
]
SLOTS["s_next"] += [
    "A national organisation has asked to include the {artefact} in forthcoming guidance.",
    "Further funding has been agreed to support two more systems to adopt the model in {year_end}.",
]
SLOTS["v_staff"] += [
    "Ward teams describe the new process as simpler than the one it replaced, with fewer forms and clearer responsibilities.",
    "Because partners share one plan, professionals spend less time chasing information by telephone.",
    "The training has become part of preceptorship, giving new registrants a practical grounding in safety.",
]
SLOTS["v_patient"] += [
    "People are less likely to face a second admission, a repeat procedure or a prolonged recovery.",
    "The approach reduces the distress that follows an avoidable incident for patients and those close to them.",
    "Care now feels joined up to the people receiving it, rather than a series of separate contacts.",
]
SLOTS["v_money"] += [
    "Most of the investment was in people: a part-time project manager, analytical support and protected time for clinical leads.",
    "The partnership used existing governance and reporting routes, so overheads were kept low.",
    "A simple business case, agreed with the finance teams of each partner, set out the expected return before the pilot started.",
]

SLOTS["c_more"] = [
    "National reports had highlighted the same risk, and our own serious incident reviews echoed their findings.",
    "The pandemic made matters worse: staffing gaps, redeployment and new teams meant that informal safety nets disappeared.",
    "Several previous improvement projects had produced short-term gains that faded once the project team moved on.",
    "Commissioners had identified the issue as a system priority in the {fy} quality strategy, but no single provider owned it.",
    "Local data showed marked variation between wards, with some teams performing well and others struggling with the basics.",
]
SLOTS["e_more"] = [
    "Balancing measures, including length of stay and calls to the outreach team, showed no adverse change.",
    "We also tracked process measures weekly so that teams could see the effect of each change quickly.",
    "Data quality was checked each quarter by an analyst from the university, who validated a sample against the notes.",
    "Results were fed back to each ward on a one-page dashboard displayed in the staff room.",
    "The evaluation report, including the full set of charts, is available on request.",
]
SLOTS["k_more"] = [
    "Governance papers went to each partner's board twice a year.",
    "A shared project plan, risk log and data-sharing agreement were signed by all partners before work began.",
    "Communication between meetings used a shared workspace, which made decisions visible to everyone.",
    "Each partner nominated an executive sponsor who could unblock problems quickly.",
]
