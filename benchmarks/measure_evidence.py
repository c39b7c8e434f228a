"""Sentence-level precision and recall of claim and involvement detection against gold labels.

Measured, not asserted. Sections come from the gold text, so the figures isolate the rules in
``pipeline.evidence`` from section finding. Usage:

    python benchmarks/measure_evidence.py [data/corpus/train] [--show]
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from models.nlp import load_nlp  # noqa: E402
from pipeline.evidence import claims_in_docs, involvement_in_docs, parse_sections  # noqa: E402
from pipeline.types import Section  # noqa: E402


def norm(text: str) -> str:
    return " ".join(text.split())


def score(pred: set[str], gold: set[str]) -> tuple[int, int, int]:
    return len(pred & gold), len(pred - gold), len(gold - pred)


def main(argv: list[str]) -> None:
    folder = Path(next((a for a in argv if not a.startswith("--")), ROOT / "data" / "corpus" / "train"))
    show = "--show" in argv
    gold = json.loads((folder / "gold.json").read_text())["entries"]
    nlp = load_nlp()
    totals = {k: [0, 0, 0] for k in ("claims", "patients", "staff")}
    started = time.perf_counter()
    for entry_id, entry in sorted(gold.items()):
        if entry.get("status") != "reviewed":
            continue
        sections = {
            c: (Section(criterion=c, heading=None, text=t, word_count=len(t.split()), method="gold") if t else None)
            for c, t in entry["sections"].items()
        }
        docs = parse_sections(sections, nlp)
        claims = {norm(c.sentence) for c in claims_in_docs(docs)}
        involvement = involvement_in_docs(docs, first=("stakeholders",))
        found = {
            "claims": claims,
            "patients": {norm(i.sentence) for i in involvement if i.group == "patients"},
            "staff": {norm(i.sentence) for i in involvement if i.group == "staff"},
        }
        wanted = {
            "claims": {norm(s) for s in entry["quantitative_claims"]},
            "patients": {norm(s) for s in entry["patient_involvement"]},
            "staff": {norm(s) for s in entry["staff_involvement"]},
        }
        for key in totals:
            tp, fp, fn = score(found[key], wanted[key])
            totals[key][0] += tp
            totals[key][1] += fp
            totals[key][2] += fn
            if show:
                for s in sorted(found[key] - wanted[key]):
                    print(f"FP {key:8} {entry_id}: {s}")
                for s in sorted(wanted[key] - found[key]):
                    print(f"FN {key:8} {entry_id}: {s}")
    elapsed = time.perf_counter() - started
    for key, (tp, fp, fn) in totals.items():
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        print(f"{key:9} precision {p:.3f} recall {r:.3f}  (tp {tp}, fp {fp}, fn {fn})")
    print(f"{len(gold)} entries in {elapsed:.1f}s")


if __name__ == "__main__":
    main(sys.argv[1:])
