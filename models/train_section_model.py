"""Train the section model on labelled entries and save it as a versioned artifact.

    python -m models.train_section_model [--data DIR ...] [--rubric best-partnership-patient-safety]
                                         [--embedder NAME] [--heading-embedder NAME]

Reads every reviewed entry of the gold file with the project's own readers, segments it the way
``pipeline.sections`` does, labels each paragraph and segment from the gold section texts, then fits

1. the paragraph classifier (logistic regression over embedding vectors), and
2. the segment scorer (logistic regression over ``pipeline.sections.FEATURES``), whose content
   features come from paragraph probabilities predicted out-of-fold, so the scorer learns how much
   to trust the classifier on entries it has not seen.

By default it learns from ``data/corpus/train`` and the independent sets 1-21
(``models.training_data``); ``data/corpus/heldout`` and the samples are kept for evaluation.

``--embedder`` chooses what embeds paragraphs and ``--heading-embedder`` what embeds headings, each
``all-MiniLM-L6-v2`` or ``static-all-MiniLM-L6-v2`` (a table look-up per word piece distilled from
MiniLM, see ``models.static_embedder``); the artifact records both so that the pipeline embeds
with the same ones.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

from flows import settings  # noqa: F401  (offline model settings)
from models import embedder, static_embedder
from models.training_data import section_folders
from models.section_classifier import EMBEDDERS, SectionModel, default_model, embed_function, save_model
from pipeline.evaluate import tokens
from pipeline.ingest import read_document
from pipeline.rubric import Rubric, load_rubric
from pipeline.sections import FEATURES, Segment, embedding_text, segment_document, segment_features

ROOT = Path(__file__).resolve().parent.parent


def _containment(text: str, gold: Counter[str]) -> float:
    t = tokens(text)
    total = sum(t.values())
    return sum((t & gold).values()) / total if total else 0.0


def label_for(text: str, gold_sections: dict[str, Counter[str]]) -> str:
    best, score = "none", 0.6
    for crit, g in gold_sections.items():
        c = _containment(text, g)
        if c > score:
            best, score = crit, c
    return best


def segment_label(seg: Segment, gold_sections: dict[str, Counter[str]], gold_headings: dict[str, str]) -> str:
    if seg.heading is not None:
        head = " ".join(seg.heading.text.split()).lower()
        for crit, h in gold_headings.items():
            if h and " ".join(h.split()).lower() == head:
                return crit
    if seg.body:
        votes = Counter()
        for b in seg.body:
            votes[label_for(b.text, gold_sections)] += len(b.text.split())
        return votes.most_common(1)[0][0]
    return "none"


def load_examples(data_dir: Path, rubric: Rubric):
    gold = json.loads((data_dir / "gold.json").read_text(encoding="utf-8"))
    entries = gold["entries"]
    docs = []
    for eid, g in sorted(entries.items()):
        if g.get("status", "reviewed") != "reviewed":
            continue
        path = data_dir / g["source"]
        document = read_document(path)
        gold_sections = {c: tokens(t) for c, t in (g.get("sections") or {}).items() if t}
        gold_headings = {c: h for c, h in (g.get("headings") or {}).items() if h}
        segments, _ = segment_document(document)
        seg_labels = [segment_label(s, gold_sections, gold_headings) for s in segments]
        paras = [(b.text, label_for(b.text, gold_sections)) for s in segments for b in s.body]
        docs.append((eid, segments, seg_labels, paras))
    return docs


DEFAULT_EMBEDDER = static_embedder.NAME
DEFAULT_HEADING_EMBEDDER = static_embedder.NAME


def train(data_dirs: Path | list[Path], rubric: Rubric, folds: int = 5, embedder_name: str = DEFAULT_EMBEDDER,
          heading_embedder_name: str = DEFAULT_HEADING_EMBEDDER) -> SectionModel:
    from sklearn.linear_model import LogisticRegression

    data_dirs = [data_dirs] if isinstance(data_dirs, Path) else list(data_dirs)
    labels = [*rubric.criterion_ids, "none"]
    docs = [d for data_dir in data_dirs for d in load_examples(data_dir, rubric)]
    print(f"{len(docs)} entries from {', '.join(d.name for d in data_dirs)}", file=sys.stderr)

    para_texts = [t for _, _, _, paras in docs for t, _ in paras]
    para_y = np.array([labels.index(lab) for _, _, _, paras in docs for _, lab in paras])
    para_doc = np.array([i for i, (_, _, _, paras) in enumerate(docs) for _ in paras])
    embed = embed_function(embedder_name)
    vectors = embed([embedding_text(t) for t in para_texts])
    print(f"{len(para_texts)} paragraphs: {dict(Counter(labels[i] for i in para_y))}", file=sys.stderr)

    def fit_paragraphs(mask: np.ndarray):
        clf = LogisticRegression(C=1.0, class_weight="balanced", max_iter=3000)
        clf.fit(vectors[mask], para_y[mask])
        coef = np.zeros((len(labels), vectors.shape[1]), dtype=np.float32)
        intercept = np.full(len(labels), -20.0, dtype=np.float32)  # a label never seen in training
        coef[clf.classes_] = clf.coef_
        intercept[clf.classes_] = clf.intercept_
        return coef, intercept

    # Segment features with out-of-fold paragraph probabilities.
    rows, ys = [], []
    fold_of = np.arange(len(docs)) % folds
    for fold in range(folds):
        coef, intercept = fit_paragraphs(fold_of[para_doc] != fold)
        scorer = SectionModel(default_model().segment_coef, 0.0, {rubric.id: (labels, coef, intercept)},
                              {"embedder": embedder_name, "heading_embedder": heading_embedder_name})
        for i, (_, segments, seg_labels, _) in enumerate(docs):
            if fold_of[i] != fold or not segments:
                continue
            feats = segment_features(segments, rubric, scorer)
            for s, lab in enumerate(seg_labels):
                for l_idx in range(len(labels)):
                    rows.append(feats[s, l_idx])
                    ys.append(1 if labels[l_idx] == lab else 0)
    X, y = np.vstack(rows), np.array(ys)
    seg_clf = LogisticRegression(C=1.0, class_weight="balanced", max_iter=3000)
    seg_clf.fit(X, y)

    # The same scorer learnt with zero-shot paragraph scores, for rubrics with no classifier of their own.
    zero_shot = default_model(embedder_name, heading_embedder_name)
    zs_rows = [segment_features(segments, rubric, zero_shot) for _, segments, _, _ in docs if segments]
    zs_X = np.vstack([f.reshape(-1, len(FEATURES)) for f in zs_rows])
    zs_y = np.array([1 if labels[l_idx] == lab else 0
                     for _, segments, seg_labels, _ in docs if segments
                     for lab in seg_labels for l_idx in range(len(labels))])
    zs_clf = LogisticRegression(C=1.0, class_weight="balanced", max_iter=3000)
    zs_clf.fit(zs_X, zs_y)
    print("segment weights: " + ", ".join(f"{f}={w:.2f}" for f, w in zip(FEATURES, seg_clf.coef_[0])), file=sys.stderr)

    coef, intercept = fit_paragraphs(np.ones(len(para_y), dtype=bool))
    def named(d: Path) -> str:
        return str(d.resolve().relative_to(ROOT)) if d.resolve().is_relative_to(ROOT) else str(d)

    info = {
        "source": "trained",
        "trained_on": [named(d) for d in data_dirs],
        "gold_sha256": [hashlib.sha256((d / "gold.json").read_bytes()).hexdigest() for d in data_dirs],
        "entries": len(docs),
        "paragraphs": len(para_texts),
        "segments": int(len(y) / len(labels)),
        "embedder": embedder_name,
        "heading_embedder": heading_embedder_name,
        "embedder_sha256": embedder.MINILM_SHA256,  # the MiniLM weights, used directly or distilled
    }
    if static_embedder.NAME in (embedder_name, heading_embedder_name):
        info["embedder_table_sha256"] = static_embedder.load_table().sha256
        info["embedder_table_probe"] = static_embedder.probe()
    return SectionModel(seg_clf.coef_[0].astype(np.float32), float(seg_clf.intercept_[0]),
                        {rubric.id: (labels, coef, intercept)}, info,
                        zs_clf.coef_[0].astype(np.float32), float(zs_clf.intercept_[0]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, nargs="+", default=section_folders(),
                        help="folders of labelled entries with their gold.json (default: models.training_data)")
    parser.add_argument("--rubric", default=None)
    parser.add_argument("--embedder", choices=EMBEDDERS, default=DEFAULT_EMBEDDER,
                        help="what embeds paragraphs (recorded in the artifact)")
    parser.add_argument("--heading-embedder", choices=EMBEDDERS, default=DEFAULT_HEADING_EMBEDDER,
                        help="what embeds headings (recorded in the artifact)")
    args = parser.parse_args(argv)
    rubric = load_rubric(args.rubric)
    model = train(args.data, rubric, embedder_name=args.embedder, heading_embedder_name=args.heading_embedder)
    npz, meta = save_model(model, rubric.id)
    print(f"saved {npz.relative_to(ROOT)} and {meta.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
