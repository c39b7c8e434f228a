"""pipeline.evaluate: partner extraction measured against gold labels."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.evaluate import evaluate_run, format_report, org_key


def write_run(tmp_path: Path, gold: dict, entries: list[dict]) -> tuple[Path, Path]:
    out = tmp_path / "out"
    (out / "entries").mkdir(parents=True)
    for entry in entries:
        full = {"status": "reviewed", "sections": {}, "flags": [], **entry}
        (out / "entries" / f"{entry['entry_id']}.json").write_text(json.dumps(full), encoding="utf-8")
    gold_path = tmp_path / "gold.json"
    gold_path.write_text(json.dumps({"entries": gold}), encoding="utf-8")
    return out, gold_path


def partner(name: str, kind: str, role: str = "partner") -> dict:
    return {"name": name, "type": kind, "role": role}


@pytest.fixture
def report(tmp_path: Path) -> dict:
    gold = {
        "A1": {"status": "reviewed", "primary_entrant": {"name": "The Riverside Trust", "type": "charity"},
               "partners": [{"name": "Westshire County Council", "type": "local_authority"},
                            {"name": "University of Eastfield", "type": "university"}]},
        "A2": {"status": "reviewed", "primary_entrant": {"name": "Eastfield Hospitals NHS Trust", "type": "nhs_trust"},
               "partners": [{"name": "Westshire Police", "type": "emergency_service"}]},
        "A3": {"status": "reviewed", "primary_entrant": {"name": "Hollowmere University", "type": "university"},
               "partners": []},
        "A4": {"status": "reviewed"},  # no partner labels: skipped
    }
    entries = [
        {"entry_id": "A1", "partners": [partner("riverside trust", "charity", "primary"),
                                        partner("Westshire County Council.", "local_authority"),
                                        partner("Hollowmere Borough Council", "local_authority")]},
        {"entry_id": "A2", "partners": [partner("Eastfield Hospitals NHS Trust", "unknown", "primary"),
                                        partner("WESTSHIRE POLICE", "unknown")]},
        {"entry_id": "A3", "partners": []},
        {"entry_id": "A4", "partners": [partner("Anything Ltd", "private", "primary")]},
    ]
    out, gold_path = write_run(tmp_path, gold, entries)
    return evaluate_run(out, gold_path)


def test_evaluate_org_key_ignores_case_punctuation_and_a_leading_the():
    assert org_key("The St. Aldhelm's Hospital, NHS Trust") == org_key("st aldhelms hospital nhs trust")
    assert org_key("Theatre Trust") == "theatre trust"
    assert org_key("Ouseburn Primary Care Federation Ltd") == org_key("Ouseburn Primary Care Federation")
    assert org_key("Kestrel Health Limited") == org_key("Kestrel Health") != org_key("Kestrel")


def test_evaluate_primary_entrant_name_and_type_accuracy(report):
    # A1 right on both; A2 right name, wrong type; A3 no primary found at all; A4 has no labels.
    assert report["primary_entrant"] == {"name_accuracy": 0.667, "type_accuracy": 0.333, "n": 3}


def test_evaluate_partner_precision_recall_f1_and_type_accuracy(report):
    m = report["partners"]
    assert (m["tp"], m["fp"], m["fn"]) == (2, 1, 1)
    assert (m["precision"], m["recall"], m["f1"]) == (0.667, 0.667, 0.667)
    assert m["type_accuracy"] == 0.5  # Westshire Police matched, but typed "unknown"
    assert m["entries"] == 3


def test_evaluate_partner_disagreements_are_listed(report):
    found = {(e["entry"], e["error"], e.get("partner") or e.get("gold")) for e in report["errors"] if "entry" in e}
    assert ("A1", "extra partner", "Hollowmere Borough Council") in found
    assert ("A1", "missed partner", "University of Eastfield") in found
    assert ("A2", "wrong partner type", "WESTSHIRE POLICE") in found
    assert ("A2", "wrong primary entrant", "Eastfield Hospitals NHS Trust (nhs_trust)") in found
    assert ("A3", "wrong primary entrant", "Hollowmere University (university)") in found
    assert not any(e.get("entry") == "A4" for e in report["errors"])


def test_evaluate_report_prints_partner_figures(report):
    text = format_report(report)
    assert "primary entrant: name accuracy 0.667, type accuracy 0.333 (n=3)" in text
    assert "partners (precision / recall / F1): 0.667 / 0.667 / 0.667" in text


def test_evaluate_without_partner_labels_reports_no_partner_figures(tmp_path: Path):
    out, gold_path = write_run(tmp_path, {"B1": {"status": "reviewed"}}, [{"entry_id": "B1", "partners": []}])
    report = evaluate_run(out, gold_path)
    assert "primary_entrant" not in report and "partners" not in report
    assert "primary entrant" not in format_report(report)
