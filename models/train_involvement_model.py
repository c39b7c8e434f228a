"""Train the involvement model on labelled entries and save it as a versioned artifact.

    python -m models.train_involvement_model [--data DIR ...] [--C 1.0] [--test DIR ...] [--dry-run]

Each entry of each folder's ``gold.json`` is read with the project's own readers, its sections
found and parsed as the pipeline does, and every sentence labelled from the gold
``patient_involvement`` and ``staff_involvement`` sentences. Then, for each group:

1. leave-one-set-out cross-validation over the folders: the model is fitted on all sets but one
   and scores the one left out, so every entry gets probabilities from a model that never saw it;
2. two thresholds, one for the sentences the rules read as involvement and one (never lower) for
   the rest, are the pair whose entry-level flag (``no_patient_involvement`` or
   ``no_staff_involvement``: no sentence reaches its threshold) has the best F1 on those held-out
   scores; a sentence the rules reject must be plainer about people taking part to count;
3. the model is fitted once more on every set and saved with its thresholds and the
   cross-validated figures (``models/artifacts/involvement-model-v2.json``).

By default it learns from ``data/corpus/train`` and the independent sets 1-69 (``models.training_data``); ``heldout``, the
samples and the later sets are kept for evaluation. ``--test`` scores both flags on folders it did not learn from, for
the new model and the bundled one; with ``--dry-run`` nothing is saved. For example, learning from sets 1-93 and
scoring sets 94-121 (``--data data/corpus/train data/corpus/independent ... independent93 --test ... --dry-run``)
measured whether more data helps: it did not (README, "Retraining the involvement model").
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from flows import settings  # noqa: F401  (offline model settings)
from models import involvement_model, static_embedder
from models.training_data import CORPUS, involvement_folders
from pipeline.evaluate import prf, tokens
from pipeline.evidence import (GROUPS, SentenceFacts, involvement_criteria, model_may_count, parse_sections,
                               sentence_facts)
from pipeline.ingest import read_document
from pipeline.rubric import load_rubric
from pipeline.sections import find_sections

ROOT = Path(__file__).resolve().parent.parent
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99)
FLAG = {"patients": "no_patient_involvement", "staff": "no_staff_involvement"}
GOLD_KEY = {"patients": "patient_involvement", "staff": "staff_involvement"}


def matches(sentence: str, gold_sentences: list[str]) -> bool:
    """The sentence is one of the gold ones, allowing for a different sentence split: most of its
    words are in a gold sentence and it holds at least half of that sentence's words (or the reverse)."""
    a = set(tokens(sentence))
    if not a:
        return False
    for gold in gold_sentences:
        b = set(tokens(gold))
        if not b:
            continue
        shared = len(a & b)
        if (shared / len(a) >= 0.8 and shared / len(b) >= 0.5) or (shared / len(b) >= 0.9 and shared / len(a) >= 0.5):
            return True
    return False


@dataclass
class Entry:
    set_name: str
    entry_id: str
    facts: list[SentenceFacts]
    labels: dict[str, np.ndarray]  # group -> bool per sentence
    flagged: dict[str, bool]  # group -> the gold flag says no involvement
    vectors: np.ndarray


def load_set(folder: Path, rubric, models) -> list[Entry]:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))["entries"]
    first = involvement_criteria(rubric)
    entries = []
    for eid, g in sorted(gold.items()):
        if g.get("status", "reviewed") != "reviewed":
            continue
        document = read_document(folder / g["source"])
        sections = find_sections(document, rubric, scorer=models.scorer)
        facts = sentence_facts(parse_sections(sections, models.nlp), first=first)
        codes = {f["code"] for f in g.get("flags", [])}
        entries.append(Entry(
            folder.name, eid, facts,
            {grp: np.array([matches(f.text, g.get(GOLD_KEY[grp], [])) for f in facts], dtype=bool) for grp in GROUPS},
            {grp: FLAG[grp] in codes for grp in GROUPS},
            involvement_model.embed([f.text for f in facts]) if facts else np.zeros((0, static_embedder.DIM), np.float32),
        ))
    return entries


def _matrices(entries: list[Entry], group: str, criteria: tuple[str, ...]) -> dict[int, np.ndarray]:
    """Each entry's feature rows for ``group``, worked out once for every fold (keyed by position)."""
    return {k: involvement_model.feature_matrix(e.facts, group, criteria, e.vectors) for k, e in enumerate(entries)}


def _xy(entries: list[Entry], rows: dict[int, np.ndarray], group: str, keep) -> tuple[np.ndarray, np.ndarray]:
    chosen = [k for k, e in enumerate(entries) if e.facts and keep(e)]
    return np.vstack([rows[k] for k in chosen]), np.concatenate([entries[k].labels[group] for k in chosen])


def _fit(x: np.ndarray, y: np.ndarray, c: float):
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, max_iter=5000, class_weight="balanced").fit(x, y)


def flag_f1(best: list[tuple[float, float, bool]], confirmed: float, unconfirmed: float) -> dict[str, float]:
    """F1 of the entry flag "no sentence reaches its threshold" against the gold flag. ``best`` holds,
    per entry, the highest probability among the sentences the rules read as involvement, the highest
    among the others, and the gold flag."""
    flags = [(yes < confirmed and no < unconfirmed, gold) for yes, no, gold in best]
    return prf(sum(f and g for f, g in flags), sum(f and not g for f, g in flags), sum(g and not f for f, g in flags))


def cross_validate(entries: list[Entry], rows: dict[int, np.ndarray], group: str,
                   c: float) -> list[tuple[float, float, bool]]:
    """Per entry: the highest held-out probability among the sentences the rules confirm, the highest
    among the rest, and the gold flag; each set scored by a model fitted on the others."""
    by_set = defaultdict(list)
    for k, e in enumerate(entries):
        by_set[e.set_name].append(k)
    out = []
    for held, test in by_set.items():
        model = _fit(*_xy(entries, rows, group, lambda e: e.set_name != held), c)
        for k in test:
            facts = entries[k].facts
            p = model.predict_proba(rows[k])[:, 1] if facts else np.zeros(0)
            # what ``involvement_in_docs`` never counts, whatever its probability
            p = np.where([model_may_count(f, group) for f in facts], p, 0.0) if facts else p
            confirmed = np.array([group in f.rule for f in facts], dtype=bool)
            out.append((float(p[confirmed].max(initial=0.0)), float(p[~confirmed].max(initial=0.0)),
                        entries[k].flagged[group]))
    return out


NEAR_BEST = 0.005  # held-out F1 within this of the best (about one entry in 200) is as good as the best


def choose_thresholds(best: list[tuple[float, float, bool]]) -> tuple[tuple[float, float], dict[str, dict[str, float]]]:
    """The pair of thresholds (rules confirm, rules do not) for the held-out flag: the middle of the
    pairs whose F1 is within ``NEAR_BEST`` of the best (the median confirmed threshold among them,
    the lower of two middles, then the median of its partners); a sentence the rules confirm never
    needs more than one they do not. The grid is flat near its top, where one entry moves F1 by about
    0.002, so the single best pair moved with every retrain and flipped borderline entries."""
    pairs = [(a, b) for a in THRESHOLDS for b in THRESHOLDS if a <= b]
    table = {f"{a}/{b}": flag_f1(best, a, b) for a, b in pairs}
    top = max(v["f1"] for v in table.values())
    near = [(a, b) for a, b in pairs if table[f"{a}/{b}"]["f1"] >= top - NEAR_BEST]
    firsts = sorted({a for a, _ in near})
    a = firsts[(len(firsts) - 1) // 2]
    seconds = sorted(b for x, b in near if x == a)
    return (a, seconds[(len(seconds) - 1) // 2]), table


def load_entries(folders: list[Path], rubric, models) -> list[Entry]:
    """Every reviewed entry of every folder, read, sectioned, parsed and embedded once."""
    entries: list[Entry] = []
    for folder in folders:
        started = time.perf_counter()
        entries += load_set(folder, rubric, models)
        print(f"read {folder.name}: {sum(e.set_name == folder.name for e in entries)} entries "
              f"in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return entries


def fit_entries(entries: list[Entry], rubric, c: float = 1.0) -> involvement_model.InvolvementModel:
    """Thresholds from leave-one-set-out scores, then one fit on every entry."""
    criteria = involvement_criteria(rubric)
    coef, intercept, thresholds, report = {}, {}, {}, {}
    for group in GROUPS:
        rows = _matrices(entries, group, criteria)
        best = cross_validate(entries, rows, group, c)
        pair, table = choose_thresholds(best)
        thresholds[group] = {"confirmed": pair[0], "unconfirmed": pair[1]}
        model = _fit(*_xy(entries, rows, group, lambda e: True), c)
        coef[group] = model.coef_[0].astype(np.float32)
        intercept[group] = float(model.intercept_[0])
        report[group] = {"thresholds": thresholds[group], "cross_validated_flag": table,
                         "sentences": int(sum(len(e.facts) for e in entries)),
                         "positive_sentences": int(sum(e.labels[group].sum() for e in entries))}
        chosen = table[f"{pair[0]}/{pair[1]}"]
        print(f"{group}: thresholds {pair[0]} (rules confirm) / {pair[1]} (they do not), leave-one-set-out "
              f"{FLAG[group]} F1 {chosen['f1']} (tp {chosen['tp']}, fp {chosen['fp']}, fn {chosen['fn']})",
              file=sys.stderr)
    sets = list(dict.fromkeys(e.set_name for e in entries))
    info = {"source": "python -m models.train_involvement_model", "sets": sets,
            "entries": len(entries), "C": c, "class_weight": "balanced", "rubric": rubric.id,
            "embedder_table_sha256": static_embedder.load_table().sha256,
            "embedder_table_probe": static_embedder.probe(), "report": report}
    return involvement_model.InvolvementModel(coef, intercept, thresholds, info)


def train(folders: list[Path], c: float = 1.0, rubric_id: str | None = None) -> involvement_model.InvolvementModel:
    from pipeline.run import load_models

    rubric = load_rubric(rubric_id)
    return fit_entries(load_entries(folders, rubric, load_models(rubric)), rubric, c)


def flag_scores(model, entries: list[Entry], criteria: tuple[str, ...]) -> dict[str, dict[str, float]]:
    """Precision, recall and F1 of each group's flag on ``entries``, as ``involvement_in_docs`` decides
    it from the sections the pipeline finds: no sentence the model may count reaches its threshold."""
    out = {}
    for group in GROUPS:
        tp = fp = fn = 0
        for e in entries:
            found = False
            if e.facts:
                p = model.probabilities(e.facts, criteria)[group]
                found = any(pp >= model.threshold(group, group in f.rule) and model_may_count(f, group)
                            for f, pp in zip(e.facts, p))
            flag, gold = not found, e.flagged[group]
            tp, fp, fn = tp + (flag and gold), fp + (flag and not gold), fn + (gold and not flag)
        out[FLAG[group]] = prf(tp, fp, fn)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, nargs="+", default=involvement_folders(),
                        help="folders holding labelled entries and their gold.json (each is one cross-validation fold)")
    parser.add_argument("--C", type=float, default=1.0, help="inverse regularisation strength")
    parser.add_argument("--rubric", default=None)
    parser.add_argument("--test", type=Path, nargs="+", default=[],
                        help="labelled folders never trained on: print both flags' scores there for the new "
                             "model and the bundled one")
    parser.add_argument("--dry-run", action="store_true", help="fit and report, but do not replace the bundled model")
    args = parser.parse_args(argv)
    from pipeline.run import load_models

    rubric = load_rubric(args.rubric)
    models = load_models(rubric)
    model = fit_entries(load_entries(args.data, rubric, models), rubric, args.C)
    if args.test:
        test = load_entries(args.test, rubric, models)
        criteria = involvement_criteria(rubric)
        bundled = involvement_model.load_involvement_model()
        for name, m in (("new", model), ("bundled", bundled)):
            if m is not None:
                for code, r in flag_scores(m, test, criteria).items():
                    print(f"{name} model on {len(test)} test entries: {code} F1 {r['f1']} "
                          f"(tp {r['tp']}, fp {r['fp']}, fn {r['fn']})")
    if args.dry_run:
        return 0
    npz, meta = involvement_model.save_model(model)
    print(f"saved {npz.relative_to(ROOT)} and {meta.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
