"""Topic facts shared by both text banks: vocabulary and the outcome measures of each topic.

Only noun phrases and numbers live here. Whole sentences are written per bank (bank_a, bank_b),
so held-out entries never reuse a sentence of the training entries.
"""

from __future__ import annotations

# A measure: noun phrase, unit kind, baseline range, direction of improvement.
#   unit "pct": a percentage; "rate": a rate with ``per``; "count": a count with ``per``;
#   "minutes"/"hours"/"days": a duration.


def _m(np, unit, lo, hi, direction, per="", dec=0, gain=(0.25, 0.55)):
    return {"np": np, "unit": unit, "lo": lo, "hi": hi, "dir": direction, "per": per, "dec": dec, "gain": gain}


TOPICS = {
    "sepsis": {
        "label": "Sepsis recognition",
        "condition": "sepsis",
        "patients": "patients",
        "settings": ["emergency department", "acute medical unit", "medical wards", "surgical assessment unit"],
        "wards": ["the emergency department", "Ward 12", "the acute medical unit", "the surgical assessment unit"],
        "staff": ["emergency nurses", "junior doctors", "healthcare assistants", "paramedics", "acute physicians"],
        "products": ["SepsisAlert", "the Red Flag Sepsis Card", "the Golden Hour bundle", "the Sepsis Trigger tool", "SPOT-Sepsis"],
        "artefact": ["screening card", "electronic alert", "sepsis pathway", "escalation prompt"],
        "patient_group": ["people who survived sepsis", "families bereaved by sepsis", "the trust's patient safety partners"],
        "measures": [
            _m("the proportion of patients with red-flag sepsis given antibiotics within an hour", "pct", 44, 63, "up"),
            _m("sepsis screening compliance in the emergency department", "pct", 51, 70, "up"),
            _m("crude mortality for patients coded with sepsis", "pct", 14, 19, "down", dec=1, gain=(0.18, 0.35)),
            _m("the median time from arrival to the first dose of antibiotics", "minutes", 130, 190, "down"),
            _m("unplanned critical care admissions with sepsis", "count", 18, 31, "down", per=" a quarter"),
        ],
    },
    "falls": {
        "label": "Falls prevention",
        "condition": "falls",
        "patients": "older patients",
        "settings": ["care of older people wards", "community hospitals", "care homes", "orthopaedic wards"],
        "wards": ["Beech Ward", "the frailty unit", "two care of older people wards", "Larch Ward"],
        "staff": ["ward nurses", "physiotherapists", "healthcare assistants", "occupational therapists", "care home staff"],
        "products": ["Stay Steady", "the FallSafe huddle", "the Steady Steps bundle", "the Lift Assist pathway", "FRAT-Plus"],
        "artefact": ["falls risk bundle", "bay-watch rota", "lying and standing blood pressure prompt", "post-fall protocol"],
        "patient_group": ["older people and their carers", "the trust's patient panel", "relatives of patients who had fallen"],
        "measures": [
            _m("the rate of inpatient falls", "rate", 5.4, 7.9, "down", per=" per 1,000 occupied bed days", dec=1),
            _m("falls resulting in moderate or severe harm", "count", 22, 40, "down", per=" a year"),
            _m("hip fractures following an inpatient fall", "count", 7, 14, "down", per=" a year"),
            _m("completion of lying and standing blood pressure checks", "pct", 21, 42, "up"),
            _m("ambulance call-outs to residents who had fallen in care homes", "count", 60, 95, "down", per=" a month"),
        ],
    },
    "medication": {
        "label": "Medication safety and insulin",
        "condition": "insulin errors",
        "patients": "people with diabetes",
        "settings": ["medical wards", "surgical wards", "community nursing teams", "the diabetes service"],
        "wards": ["the diabetes and endocrine ward", "four medical wards", "the district nursing teams", "Ward 5"],
        "staff": ["pharmacists", "diabetes specialist nurses", "ward nurses", "foundation doctors", "district nurses"],
        "products": ["InsulinSafe", "the Think Glucose chart", "the Hypo Box", "the Safer Insulin passport", "DoseCheck"],
        "artefact": ["insulin prescribing chart", "hypoglycaemia box", "insulin passport", "dose-check prompt"],
        "patient_group": ["people living with type 1 diabetes", "the local diabetes support group", "patients who self-administer insulin"],
        "measures": [
            _m("insulin-related incidents", "count", 28, 46, "down", per=" a month"),
            _m("episodes of severe hypoglycaemia", "rate", 4.2, 6.9, "down", per=" per 1,000 admissions", dec=1),
            _m("missed doses of time-critical medicines", "pct", 11, 19, "down", dec=1),
            _m("insulin prescriptions with an error at discharge", "pct", 16, 27, "down"),
            _m("the proportion of inpatients with diabetes who self-administer insulin", "pct", 9, 18, "up"),
        ],
    },
    "deterioration": {
        "label": "Deteriorating patient (NEWS2)",
        "condition": "deterioration",
        "patients": "adult inpatients",
        "settings": ["adult inpatient wards", "the acute medical unit", "surgical wards", "community hospitals"],
        "wards": ["eight adult wards", "the acute medical unit", "Ward 22", "the respiratory ward"],
        "staff": ["registered nurses", "outreach nurses", "healthcare assistants", "ward doctors", "critical care practitioners"],
        "products": ["the Call4Concern line", "NEWS2 Plus", "the Escalate Early app", "the Watcher huddle", "SafeObs"],
        "artefact": ["escalation card", "observation prompt", "ward huddle", "family-activated call line"],
        "patient_group": ["relatives who had raised concerns", "the patient experience group", "former intensive care patients"],
        "measures": [
            _m("observations completed on time", "pct", 58, 72, "up"),
            _m("cardiac arrest calls", "rate", 1.1, 1.9, "down", per=" per 1,000 admissions", dec=2),
            _m("unplanned admissions to intensive care", "rate", 3.1, 4.8, "down", per=" per 1,000 admissions", dec=1),
            _m("escalations made within 30 minutes of a score of 5 or more", "pct", 38, 57, "up"),
            _m("the median time from a high score to a medical review", "minutes", 70, 110, "down"),
        ],
    },
    "pressure_ulcers": {
        "label": "Pressure ulcer prevention",
        "condition": "pressure ulcers",
        "patients": "patients at risk of pressure damage",
        "settings": ["community nursing caseloads", "care homes", "intensive care", "orthopaedic wards"],
        "wards": ["the district nursing teams", "twelve care homes", "the intensive care unit", "the trauma ward"],
        "staff": ["tissue viability nurses", "district nurses", "care home staff", "healthcare assistants", "student nurses"],
        "products": ["the SKIN Tracker", "React to Red", "the Heel Hero pack", "TurnSafe", "the SSKIN passport"],
        "artefact": ["SSKIN bundle", "repositioning clock", "heel offloading pack", "skin inspection app"],
        "patient_group": ["housebound patients and their carers", "care home residents and relatives", "the community patient forum"],
        "measures": [
            _m("hospital-acquired category 2 pressure ulcers", "rate", 0.9, 1.6, "down", per=" per 1,000 occupied bed days", dec=2),
            _m("category 3 and 4 pressure ulcers", "count", 26, 44, "down", per=" a year"),
            _m("SSKIN bundle completion", "pct", 48, 66, "up"),
            _m("device-related pressure ulcers in intensive care", "count", 9, 16, "down", per=" a quarter"),
            _m("pressure ulcers developing in care homes", "count", 14, 25, "down", per=" a month"),
        ],
    },
    "maternity": {
        "label": "Maternity: postpartum haemorrhage",
        "condition": "postpartum haemorrhage",
        "patients": "women and birthing people",
        "settings": ["the labour ward", "the midwife-led birth centre", "maternity theatres", "the postnatal ward"],
        "wards": ["the labour ward", "the birth centre", "both maternity units", "the obstetric theatres"],
        "staff": ["midwives", "obstetricians", "obstetric anaesthetists", "maternity support workers", "theatre teams"],
        "products": ["the OBS Cymru-style PPH bundle", "MeasureLoss", "the PPH Ready trolley", "the Four Stages checklist", "Weigh It"],
        "artefact": ["blood loss measurement kit", "PPH risk tool", "haemorrhage trolley", "huddle checklist"],
        "patient_group": ["the Maternity and Neonatal Voices Partnership", "women who had experienced a haemorrhage", "local parents' groups"],
        "measures": [
            _m("postpartum haemorrhage of 1.5 litres or more", "pct", 3.0, 4.4, "down", dec=1),
            _m("quantitative measurement of blood loss", "pct", 22, 45, "up"),
            _m("blood transfusions after birth", "rate", 24, 36, "down", per=" per 1,000 births", dec=0),
            _m("admissions to intensive care after a haemorrhage", "count", 8, 15, "down", per=" a year"),
            _m("the time from recognition of bleeding to the first senior review", "minutes", 18, 34, "down"),
        ],
    },
    "mental_health": {
        "label": "Mental health: self-harm and ligature risk",
        "condition": "self-harm",
        "patients": "service users",
        "settings": ["adult acute mental health wards", "the psychiatric intensive care unit", "the crisis team", "the place of safety"],
        "wards": ["three adult acute wards", "the psychiatric intensive care unit", "Willow Ward", "the crisis house"],
        "staff": ["mental health nurses", "support workers", "psychologists", "occupational therapists", "crisis team practitioners"],
        "products": ["the Safe Space plan", "Ligature Watch", "the Hope Box", "the Safety Huddle 24", "MySafetyPlan"],
        "artefact": ["co-produced safety plan", "ligature risk heat map", "sensory room", "door-top alarm"],
        "patient_group": ["people with lived experience of self-harm", "the service user council", "carers of people in crisis"],
        "measures": [
            _m("self-harm incidents on the acute wards", "count", 60, 95, "down", per=" a month"),
            _m("ligature incidents", "count", 30, 52, "down", per=" a quarter"),
            _m("episodes of physical restraint", "count", 70, 110, "down", per=" a month"),
            _m("service users discharged with a co-produced safety plan", "pct", 31, 52, "up"),
            _m("readmissions within 30 days of discharge after self-harm", "pct", 13, 21, "down", dec=1),
        ],
    },
    "discharge": {
        "label": "Safe discharge and transfers of care",
        "condition": "unsafe discharge",
        "patients": "older people leaving hospital",
        "settings": ["medical wards", "the discharge lounge", "community pharmacies", "intermediate care"],
        "wards": ["the discharge lounge", "six medical wards", "the frailty wards", "Ward 9"],
        "staff": ["discharge coordinators", "ward pharmacists", "community pharmacists", "social workers", "ward nurses"],
        "products": ["the Home Safe checklist", "Transfer of Care Around Medicines", "the Safe Hand-off call", "LinkHome", "the Discharge Passport"],
        "artefact": ["discharge checklist", "medicines referral", "follow-up phone call", "shared care record"],
        "patient_group": ["carers of older people", "the local Healthwatch panel", "patients recently discharged from hospital"],
        "measures": [
            _m("emergency readmissions within 30 days", "pct", 16, 22, "down", dec=1, gain=(0.15, 0.3)),
            _m("discharge summaries sent to the GP within 24 hours", "pct", 52, 70, "up"),
            _m("medicines discrepancies found after transfer", "pct", 28, 45, "down"),
            _m("follow-up calls completed within 72 hours of discharge", "pct", 25, 48, "up"),
            _m("incidents relating to discharge", "count", 24, 40, "down", per=" a quarter"),
        ],
    },
}

# Measures of reporting, culture and experience, usable in any topic.
GENERIC_MEASURES = [
    _m("incident reporting on the pilot wards", "count", 40, 75, "up", per=" reports a month", gain=(0.25, 0.6)),
    _m("the share of staff rating the safety climate positively", "pct", 52, 66, "up", gain=(0.15, 0.3)),
    _m("the proportion of staff who said they felt safe to speak up", "pct", 55, 68, "up", gain=(0.12, 0.3)),
    _m("complaints about this part of care", "count", 12, 25, "down", per=" a year"),
    _m("patients rating their care as good or very good in the Friends and Family Test", "pct", 78, 88, "up", gain=(0.06, 0.12)),
    _m("no-harm and near-miss reports as a share of all incidents", "pct", 58, 70, "up", gain=(0.1, 0.25)),
]
