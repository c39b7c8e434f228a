"""Measure a review run against gold labels (``gold.json`` beside sample entries).

Sections: token F1 between found and gold section text (bag of lower-cased words), averaged per
layout and per criterion; a criterion both sides call absent scores 1. ``missing_section``,
the other flags, statuses: precision, recall and F1. Clusters: adjusted Rand index against the
gold topics; near duplicates: pair precision and recall. Partners (for gold entries with
``primary_entrant`` / ``partners``): primary-entrant name and type accuracy, and partner-organisation
precision, recall and F1, with type accuracy on the matched names; names are compared after
``org_key`` (case, punctuation, a leading "The" and a trailing "Ltd" ignored).
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


def org_key(name: str | None) -> str:
    """An organisation name as compared with the gold: lower case, no punctuation, no leading "The",
    no trailing legal form ("Ltd", "Limited", "plc", "LLP", "CIC": the same organisation either way)."""
    key = re.sub(r"['’]", "", (name or "").lower())
    key = " ".join(re.sub(r"[^\w]+", " ", key).split())
    key = re.sub(r" (?:ltd|limited|plc|llp|cic)$", "", key)
    return re.sub(r"^the ", "", key)


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
    primary_counts: Counter[str] = Counter()
    partner_counts: Counter[str] = Counter()
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
        if "primary_entrant" in g or "partners" in g:
            errors.extend(_compare_partners(eid, g, f.get("partners") or [], primary_counts, partner_counts))

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
    if primary_counts["n"]:
        n = primary_counts["n"]
        report["primary_entrant"] = {"name_accuracy": round(primary_counts["name"] / n, 3),
                                     "type_accuracy": round(primary_counts["type"] / n, 3), "n": n}
    if partner_counts["entries"]:
        matched = partner_counts["tp"]
        report["partners"] = {**prf(partner_counts["tp"], partner_counts["fp"], partner_counts["fn"]),
                              "type_accuracy": round(partner_counts["type"] / matched, 3) if matched else None,
                              "entries": partner_counts["entries"]}
    report.update(_clusters(out_dir, gold, found))
    return report


def _compare_partners(eid: str, gold: dict[str, Any], found: list[dict[str, Any]],
                      primary_counts: Counter[str], partner_counts: Counter[str]) -> list[dict[str, Any]]:
    """Count one entry's primary entrant and partner organisations against its gold; its disagreements."""
    errors: list[dict[str, Any]] = []
    gold_primary = gold.get("primary_entrant")
    if gold_primary:
        primary = next((p for p in found if p.get("role") == "primary"), None)
        name_ok = primary is not None and org_key(primary["name"]) == org_key(gold_primary["name"])
        type_ok = primary is not None and primary.get("type") == gold_primary.get("type")
        primary_counts["n"] += 1
        primary_counts["name"] += name_ok
        primary_counts["type"] += type_ok
        if not (name_ok and type_ok):
            errors.append({"entry": eid, "primary": f"{primary['name']} ({primary.get('type')})" if primary else None,
                           "gold": f"{gold_primary['name']} ({gold_primary.get('type')})", "error": "wrong primary entrant"})
    if "partners" in gold:
        partner_counts["entries"] += 1
        unmatched: dict[str, dict[str, Any]] = {}  # gold key -> gold partner, each matched at most once
        for p in gold["partners"] or []:
            unmatched.setdefault(org_key(p["name"]), p)
        for p in (p for p in found if p.get("role") != "primary"):
            g = unmatched.pop(org_key(p["name"]), None)
            if g is None:
                partner_counts["fp"] += 1
                errors.append({"entry": eid, "partner": p["name"], "type": p.get("type"), "error": "extra partner"})
                continue
            partner_counts["tp"] += 1
            if p.get("type") == g.get("type"):
                partner_counts["type"] += 1
            else:
                errors.append({"entry": eid, "partner": p["name"], "type": p.get("type"), "gold_type": g.get("type"),
                               "error": "wrong partner type"})
        for g in unmatched.values():
            partner_counts["fn"] += 1
            errors.append({"entry": eid, "partner": g["name"], "type": g.get("type"), "error": "missed partner"})
    return errors


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
    if "primary_entrant" in report:
        pe = report["primary_entrant"]
        lines.append(f"primary entrant: name accuracy {pe['name_accuracy']:.3f}, type accuracy {pe['type_accuracy']:.3f} (n={pe['n']})")
    if "partners" in report:
        m = report["partners"]
        types = "n/a" if m["type_accuracy"] is None else f"{m['type_accuracy']:.3f}"
        lines.append(f"partners (precision / recall / F1): {m['precision']:.3f} / {m['recall']:.3f} / {m['f1']:.3f}"
                     f"   (tp {m['tp']}, fp {m['fp']}, fn {m['fn']}; type accuracy on matched {types}; {m['entries']} entries)")
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
