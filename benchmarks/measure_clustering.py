"""Measure clustering against the gold labels of a sample corpus: ARI against topics, near-duplicate P/R.

    .venv/bin/python benchmarks/measure_clustering.py data/corpus/train [data/corpus/heldout ...]

Texts come from the gold sections (context, evidence) and the title, embedded with the packaged
all-MiniLM-L6-v2 (``embed_long``). Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.clustering import adjusted_rand, cluster_entries, pair_precision_recall, pairs_of  # noqa: E402
from pipeline.types import ClusterInput  # noqa: E402

WEIGHTED_SECTIONS = ("context", "evidence")


def _section_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        return str(value.get("text") or "")
    return str(value)


def load_gold(folder: Path) -> list[dict]:
    data = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    if isinstance(data, dict) and "entries" in data:
        data = data["entries"]
    if isinstance(data, dict):
        data = [{"entry_id": key, **value} for key, value in data.items()]
    for entry in data:
        entry.setdefault("entry_id", entry.get("id"))
    # Only entries the pipeline reviews are clustered; rejected and skipped files have no sections.
    return [e for e in data if e.get("status", "reviewed") == "reviewed" and e.get("sections")]


def entry_texts(entry: dict) -> tuple[str, str]:
    """(text to embed, text to label and compare) for one gold entry, built as pipeline.run builds them."""
    sections = entry.get("sections") or {}
    parts = [entry.get("title") or ""] + [_section_text(sections.get(name)) for name in WEIGHTED_SECTIONS]
    if not any(parts[1:]):
        parts += [_section_text(v) for v in sections.values()]
    parts = [p for p in parts if p]
    return " ".join(parts), "\n".join(parts)


def embed_entries(entries: list[dict]) -> np.ndarray:
    from models.embedder import embed_long

    return embed_long([entry_texts(e)[0] for e in entries])


def gold_pairs(entries: list[dict]) -> set[frozenset[str]]:
    known = {e["entry_id"] for e in entries}
    pairs = set()
    for e in entries:
        for other in e.get("near_duplicates") or ():
            if other in known:
                pairs.add(frozenset((e["entry_id"], other)))
    return pairs


def measure(folder: Path, *, verbose: bool) -> dict:
    entries = load_gold(folder)
    start = time.perf_counter()
    vectors = embed_entries(entries)
    embedded = time.perf_counter() - start
    items = [ClusterInput(e["entry_id"], entry_texts(e)[1], e.get("title")) for e in entries]
    start = time.perf_counter()
    result = cluster_entries(items, vectors)
    clustered = time.perf_counter() - start
    topics = {e["entry_id"]: e["topic"] for e in entries if e.get("topic")}
    found, gold = pairs_of(result), gold_pairs(entries)
    precision, recall = pair_precision_recall(found, gold)
    figures = {
        "folder": str(folder),
        "entries": len(entries),
        "topics": len(set(topics.values())),
        "clusters": len(result.clusters),
        "ari": round(adjusted_rand(result.assignments, topics), 4),
        "near_dup_gold": len(gold),
        "near_dup_found": len(found),
        "near_dup_precision": round(precision, 4),
        "near_dup_recall": round(recall, 4),
        "embed_seconds": round(embedded, 2),
        "cluster_seconds": round(clustered, 2),
    }
    if verbose:
        for cluster in result.clusters:
            counts: dict[str, int] = {}
            for m in cluster.members:
                counts[topics.get(m, "?")] = counts.get(topics.get(m, "?"), 0) + 1
            print(f"  cluster {cluster.id} [{cluster.label}] {counts}")
        for d in result.near_duplicates:
            mark = "ok" if frozenset((d.a, d.b)) in gold else "FALSE"
            print(f"  pair {d.a}-{d.b} semantic={d.semantic} shingle={d.shingle} {mark}")
        for pair in sorted(gold - found, key=sorted):
            print(f"  missed pair {'-'.join(sorted(pair))}")
    return figures


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path, help="corpus folders, each with a gold.json")
    parser.add_argument("-v", "--verbose", action="store_true", help="print clusters and pairs")
    args = parser.parse_args(argv)
    for folder in args.folders:
        print(json.dumps(measure(folder, verbose=args.verbose)))


if __name__ == "__main__":
    main()
