"""Generate the bundled sample entries, the training / held-out corpora and their gold labels.

    python data/make_samples.py

Deterministic: fixed seeds, fixed PDF creation dates and fixed zip timestamps, so re-running gives
the same files. Writes data/samples/, data/corpus/{train,heldout,patient-safety-award}/, each with a
gold.json beside the entries. See data/README.md for the gold schema.
"""

from __future__ import annotations

import json
import shutil
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from samplegen.compose import compose, gold, make_duplicate  # noqa: E402
from samplegen.render_docx import render_docx  # noqa: E402
from samplegen.render_pdf import render_pdf  # noqa: E402
from samplegen.topics import TOPICS  # noqa: E402

RUBRIC = "best-partnership-patient-safety"
LAYOUTS = ["rubric_headings", "numbered_questions", "own_headings", "style_headings", "bold_headings",
           "form_table", "two_column", "reordered", "no_headings"]
TOPIC_KEYS = list(TOPICS)

NOTES_TXT = """Note for the judging panel

E009 was sent in by the supplier on behalf of the trust - please check with the awards team whether
it can stand as a partnership entry. E013 looks like the same project as E001, entered by one of
its partners. The Kingsbridge entry was re-sent after the deadline and the file seems to be
damaged (E015); we have asked for a new copy.

Shortlisting meeting: 9 June, 10:00, room 2.14.
"""

# Bundled samples: (id, bank, topic, layout, format, options)
SAMPLES = [
    ("E001", "A", "sepsis", "rubric_headings", "pdf", {}),
    ("E002", "B", "falls", "style_headings", "docx", {}),
    ("E003", "A", "medication", "own_headings", "pdf", {}),
    ("E004", "B", "deterioration", "form_table", "docx", {"missing": ("spread",)}),
    ("E005", "A", "pressure_ulcers", "two_column", "pdf", {}),
    ("E006", "B", "maternity", "bold_headings", "docx", {"noquant": True}),
    ("E007", "A", "mental_health", "numbered_questions", "pdf", {"nopatient": True}),
    ("E008", "B", "discharge", "reordered", "docx", {"nostaff": True}),
    ("E009", "A", "medication", "form_table", "pdf", {"ineligible": "private"}),
    ("E010", "B", "sepsis", "no_headings", "docx", {}),
    ("E011", "A", "falls", "no_headings", "pdf", {"missing": ("value",)}),
    ("E012", "B", "maternity", "own_headings", "docx", {}),
    # E013: the ambulance service (a partner of E001) enters the same project: a near duplicate.
    ("E013", "A", "sepsis", "reordered", "pdf", {"dup_of": "E001", "mode": "partner"}),
    ("E014", "B", "deterioration", "numbered_questions", "docx", {"missing": ("stakeholders",)}),
]

# Flags placed at fixed positions of the generated corpora: index -> options.
TRAIN_OPTS = {
    4: {"missing": ("spread",)}, 17: {"missing": ("spread",)}, 9: {"missing": ("value",)}, 30: {"missing": ("value",)},
    22: {"missing": ("evidence",), "noquant": True}, 41: {"missing": ("stakeholders",)}, 50: {"missing": ("context",)},
    6: {"noquant": True}, 25: {"noquant": True}, 44: {"noquant": True},
    11: {"nopatient": True}, 33: {"nopatient": True}, 52: {"nopatient": True},
    14: {"nostaff": True}, 38: {"nostaff": True}, 46: {"nostaff": True},
    19: {"ineligible": "private"}, 47: {"ineligible": "private"}, 28: {"ineligible": "nopartner"},
    36: {"missing": ("spread", "value")},
}
TRAIN_DUPS = {57: (3, "resubmission"), 58: (12, "partner"), 59: (26, "partner")}
HELDOUT_OPTS = {
    3: {"missing": ("spread",)}, 15: {"missing": ("value",)}, 27: {"missing": ("evidence",), "noquant": True},
    33: {"missing": ("stakeholders",)}, 5: {"noquant": True}, 21: {"noquant": True},
    8: {"nopatient": True}, 30: {"nopatient": True}, 12: {"nostaff": True}, 24: {"nostaff": True},
    18: {"ineligible": "private"}, 35: {"ineligible": "nopartner"},
}
HELDOUT_DUPS = {37: (20, "partner"), 38: (2, "resubmission"), 39: (10, "partner")}
PSA_PLAN = [
    ("P001", "A", "falls", "rubric_headings", "pdf", {}),
    ("P002", "B", "sepsis", "style_headings", "docx", {}),
    ("P003", "A", "medication", "numbered_questions", "docx", {}),
    ("P004", "B", "pressure_ulcers", "bold_headings", "pdf", {"missing": ("learning",)}),
    ("P005", "A", "maternity", "form_table", "docx", {}),
    ("P006", "B", "mental_health", "two_column", "pdf", {"nopatient": True}),
    ("P007", "A", "deterioration", "no_headings", "pdf", {}),
    ("P008", "B", "discharge", "reordered", "docx", {"ineligible": "private", "n_partners": 1}),
]


def corpus_plan(prefix: str, n: int, bank: str, opts: dict, dups: dict, shift: int) -> list:
    plan = []
    for i in range(n):
        layout = LAYOUTS[(i + shift) % len(LAYOUTS)]
        topic = TOPIC_KEYS[(i * 5 + shift) % len(TOPIC_KEYS)]
        fmt = {"two_column": "pdf", "style_headings": "docx"}.get(layout, "pdf" if (i // len(LAYOUTS)) % 2 == 0 else "docx")
        o = dict(opts.get(i, {}))
        if i in dups:
            base, mode = dups[i]
            o = {"dup_of": f"{prefix}{base + 1:03d}", "mode": mode}
            topic = plan[base][2]
        plan.append((f"{prefix}{i + 1:03d}", bank, topic, layout, fmt, o))
    return plan


def build(folder: Path, plan: list, rubric: str, seed_base: int) -> dict:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    entries = {}
    for n, (eid, bank, topic, layout, fmt, o) in enumerate(plan):
        o = dict(o)
        if "dup_of" in o:
            base = entries[o.pop("dup_of")]
            mode = o.pop("mode")
            if mode == "resubmission":
                layout, fmt = base.layout, base.fmt
            e = make_duplicate(base, eid, seed=seed_base + 500 + n, mode=mode, layout=layout, fmt=fmt)
        else:
            e = compose(eid, bank=bank, topic=topic, layout=layout, fmt=fmt, seed=seed_base + n,
                        project=f"{folder.name}-{topic}-{n + 1:02d}", rubric=rubric, **o)
        entries[eid] = e
    golds = {}
    for eid, e in entries.items():
        path = folder / f"{eid}.{e.fmt}"
        if e.fmt == "pdf":
            pages = render_pdf(e, path)
            assert 2 <= pages <= 5, (eid, pages)
        else:
            render_docx(e, path)
        golds[eid] = gold(e, path.name)
    return {"rubric": rubric, "entries": golds}


def write_gold(folder: Path, g: dict) -> None:
    (folder / "gold.json").write_text(json.dumps(g, indent=1, ensure_ascii=False) + "\n")


def _empty_gold(source: str, fmt: str, status: str, code: str) -> dict:
    return {"source": source, "format": fmt, "status": status, "error_code": code, "layout": None, "topic": None,
            "project": None, "title": None, "organisation": None, "sections": {}, "headings": {}, "order": [],
            "other": [], "flags": [], "quantitative_claims": [], "patient_involvement": [], "staff_involvement": [],
            "primary_entrant": None, "partners": [], "near_duplicates": [], "text_bank": None}


def main() -> None:
    samples = HERE / "samples"
    g = build(samples, SAMPLES, RUBRIC, 100)
    (samples / "notes.txt").write_text(NOTES_TXT)
    g["entries"]["notes"] = _empty_gold("notes.txt", "txt", "skipped", "unsupported_format")
    (samples / "E015.pdf").write_bytes((samples / "E001.pdf").read_bytes()[:300])
    g["entries"]["E015"] = _empty_gold("E015.pdf", "pdf", "rejected", "corrupt_file")
    write_gold(samples, g)

    corpus = HERE / "corpus"
    sets = {
        "train": (corpus_plan("T", 60, "A", TRAIN_OPTS, TRAIN_DUPS, 0), RUBRIC, 1000),
        "heldout": (corpus_plan("H", 40, "B", HELDOUT_OPTS, HELDOUT_DUPS, 4), RUBRIC, 5000),
        "patient-safety-award": (PSA_PLAN, "patient-safety-award", 9000),
    }
    for name, (plan, rubric, seed) in sets.items():
        write_gold(corpus / name, build(corpus / name, plan, rubric, seed))

    for folder in [samples] + [corpus / n for n in sets]:
        gd = json.loads((folder / "gold.json").read_text())["entries"]
        flags = Counter(f["code"] for v in gd.values() for f in v["flags"])
        print(f"{folder.relative_to(HERE)}: {len(gd)} entries; formats {dict(Counter(v['format'] for v in gd.values()))}; "
              f"flags {dict(flags)}")


if __name__ == "__main__":
    if "--check" in sys.argv:
        from samplegen.verify import check_all

        sys.exit(1 if check_all(HERE) else 0)
    main()
