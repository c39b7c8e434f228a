"""Measure a review run against gold labels (``gold.json`` beside sample entries).

Sections: token F1 between found and gold section text (bag of lower-cased words), averaged per
layout and per criterion; a criterion both sides call absent scores 1. ``missing_section``,
the other flags, statuses: precision, recall and F1. Clusters: adjusted Rand index against the
gold topics; near duplicates: pair precision and recall.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

_TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(text: str | None) -> Counter[str]:
    return Counter(t.lower() for t in _TOKEN.findall(text or ""))


def token_f1(found: str | None, gold: str | None) -> float:
    if not found and not gold:
        return 1.0
    f, g = tokens(found), tokens(gold)
    overlap = sum((f & g).values())
    if overlap == 0:
        return 0.0
    p, r = overlap / sum(f.values()), overlap / sum(g.values())
    return 2 * p * r / (p + r)


def prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "tp": tp, "fp": fp, "fn": fn}


def _flag_keys(flags: list[dict[str, Any]]) -> set[tuple[str, str | None]]:
    return {(f["code"], f.get("criterion") if f["code"] == "missing_section" else None) for f in flags}


def load_gold(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return data["entries"] if "entries" in data else data


def evaluate_run(out_dir: Path, gold_path: Path) -> dict[str, Any]:
    gold = load_gold(gold_path)
    found: dict[str, dict[str, Any]] = {}
    for p in (out_dir / "entries").glob("*.json"):
        entry = json.loads(p.read_text(encoding="utf-8"))
        found[entry["entry_id"]] = entry

    missing_entries = sorted(set(gold) - set(found))
    status_ok = sum(1 for eid, g in gold.items() if eid in found and found[eid]["status"] == g.get("status", "reviewed"))

    by_layout: dict[str, list[float]] = defaultdict(list)
    by_criterion: dict[str, list[float]] = defaultdict(list)
    headed: list[float] = []
    unheaded: list[float] = []
    flag_counts: dict[str, Counter[str]] = defaultdict(Counter)
    errors: list[dict[str, Any]] = []
    codes = ("missing_section", "no_quantitative_evidence", "no_patient_involvement", "no_staff_involvement", "ineligible")

    for eid, g in sorted(gold.items()):
        f = found.get(eid)
        if f is None or g.get("status", "reviewed") != "reviewed" or f["status"] != "reviewed":
            continue
        layout = g.get("layout", "unknown")
        for crit, gold_text in (g.get("sections") or {}).items():
            sec = (f.get("sections") or {}).get(crit)
            score = token_f1(sec["text"] if sec else None, gold_text)
            by_layout[layout].append(score)
            by_criterion[crit].append(score)
            (unheaded if layout == "no_headings" else headed).append(score)
            if score < 0.8:
                errors.append({"entry": eid, "layout": layout, "criterion": crit, "f1": round(score, 3),
                               "found_heading": sec["heading"] if sec else None, "found": bool(sec), "gold": gold_text is not None})
        gold_flags, found_flags = _flag_keys(g.get("flags", [])), _flag_keys(f.get("flags", []))
        for code in codes:
            gk = {k for k in gold_flags if k[0] == code}
            fk = {k for k in found_flags if k[0] == code}
            flag_counts[code]["tp"] += len(gk & fk)
            flag_counts[code]["fp"] += len(fk - gk)
            flag_counts[code]["fn"] += len(gk - fk)
            for k in fk - gk:
                errors.append({"entry": eid, "flag": code, "criterion": k[1], "error": "false flag"})
            for k in gk - fk:
                errors.append({"entry": eid, "flag": code, "criterion": k[1], "error": "missed flag"})

    mean = lambda xs: round(sum(xs) / len(xs), 3) if xs else None  # noqa: E731
    report: dict[str, Any] = {
        "gold": str(gold_path),
        "entries": {"gold": len(gold), "found": len(found), "missing_from_output": missing_entries,
                    "status_accuracy": round(status_ok / len(gold), 3) if gold else None},
        "sections": {
            "token_f1_with_headings": mean(headed),
            "token_f1_without_headings": mean(unheaded),
            "by_layout": {k: {"token_f1": mean(v), "n": len(v)} for k, v in sorted(by_layout.items())},
            "by_criterion": {k: {"token_f1": mean(v), "n": len(v)} for k, v in sorted(by_criterion.items())},
        },
        "flags": {code: prf(c["tp"], c["fp"], c["fn"]) for code, c in flag_counts.items()},
        "errors": errors,
    }
    report.update(_clusters(out_dir, gold, found))
    return report


def _clusters(out_dir: Path, gold: dict[str, Any], found: dict[str, dict[str, Any]]) -> dict[str, Any]:
    from sklearn.metrics import adjusted_rand_score

    ids = sorted(eid for eid, g in gold.items()
                 if g.get("topic") and eid in found and (found[eid].get("cluster") or {}).get("id") is not None)
    result: dict[str, Any] = {}
    if len(ids) >= 2:
        result["clusters"] = {
            "adjusted_rand": round(float(adjusted_rand_score([gold[i]["topic"] for i in ids],
                                                             [found[i]["cluster"]["id"] for i in ids])), 3),
            "n": len(ids),
            "clusters_found": len({found[i]["cluster"]["id"] for i in ids}),
            "topics": len({gold[i]["topic"] for i in ids}),
        }
    gold_pairs = {frozenset((a, b)) for a, g in gold.items() for b in g.get("near_duplicates", []) if a != b}
    found_pairs = {frozenset((a, b)) for a, f in found.items() for b in f.get("near_duplicates", []) if a != b}
    result["near_duplicates"] = {**prf(len(gold_pairs & found_pairs), len(found_pairs - gold_pairs), len(gold_pairs - found_pairs)),
                                 "false_pairs": sorted(sorted(p) for p in found_pairs - gold_pairs),
                                 "missed_pairs": sorted(sorted(p) for p in gold_pairs - found_pairs)}
    return result


def format_report(report: dict[str, Any]) -> str:
    lines = [f"gold: {report['gold']}"]
    e = report["entries"]
    lines.append(f"entries: {e['found']} in output, {e['gold']} in gold, status accuracy {e['status_accuracy']}"
                 + (f"; MISSING from output: {', '.join(e['missing_from_output'])}" if e["missing_from_output"] else ""))
    s = report["sections"]
    lines.append(f"section token-F1: with headings {s['token_f1_with_headings']}, without headings {s['token_f1_without_headings']}")
    lines.append("  by layout:    " + ", ".join(f"{k} {v['token_f1']} (n={v['n']})" for k, v in s["by_layout"].items()))
    lines.append("  by criterion: " + ", ".join(f"{k} {v['token_f1']}" for k, v in s["by_criterion"].items()))
    lines.append("flags (precision / recall / F1):")
    for code, m in sorted(report["flags"].items()):
        lines.append(f"  {code:<26} {m['precision']:.3f} / {m['recall']:.3f} / {m['f1']:.3f}   (tp {m['tp']}, fp {m['fp']}, fn {m['fn']})")
    if "clusters" in report:
        c = report["clusters"]
        lines.append(f"clusters: adjusted Rand {c['adjusted_rand']} ({c['clusters_found']} clusters for {c['topics']} topics, n={c['n']})")
    nd = report["near_duplicates"]
    lines.append(f"near duplicates: precision {nd['precision']}, recall {nd['recall']} (tp {nd['tp']}, fp {nd['fp']}, fn {nd['fn']})")
    if report["errors"]:
        lines.append(f"{len(report['errors'])} disagreement(s); first ones:")
        for err in report["errors"][:15]:
            lines.append("  " + json.dumps(err, ensure_ascii=False))
    return "\n".join(lines)
