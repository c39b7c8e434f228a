"""Entries -> the judge's report pages and the organisers' overview page (Jinja2, autoescaped).

Each page is one self-contained file: CSS and the small sorting/filtering script are inline, nothing
is fetched, so the pages open from ``file://`` on a laptop with no network. A Content-Security-Policy
in each page allows only the script written here (by hash), as a second line of defence behind
escaping: entry text is untrusted.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from pipeline.reports.highlight import find_spans, highlight_paragraphs, missing_from
from pipeline.reports.triage import CONTRACT_FLAGS, flag_codes, natural_key, sort_entries
from pipeline.rubric import Rubric

STATUSES = ("reviewed", "rejected", "skipped")

FLAG_LABELS = {
    "missing_section": "Missing section",
    "no_quantitative_evidence": "No quantitative evidence",
    "no_patient_involvement": "No patient involvement",
    "no_staff_involvement": "No staff involvement",
    "ineligible": "Ineligible",
}

ORGANISATION_TYPE_LABELS = {
    "nhs_trust": "NHS trust",
    "ahsn": "Health innovation network (AHSN)",
    "icb": "Integrated care board",
    "university": "University",
    "local_authority": "Local authority",
    "charity": "Charity",
    "emergency_service": "Emergency service",
    "primary_care": "Primary care",
    "public_other": "Other public body",
    "private": "Private sector",
    "unknown": "Type not known",
}

ERROR_LABELS = {
    "empty_file": "Empty file",
    "unsupported_format": "Unsupported format",
    "corrupt_file": "Corrupt file",
    "encrypted": "Password-protected",
    "no_text_layer": "No text layer",
    "too_large": "Too large",
    "timeout": "Timed out",
    "internal_error": "Internal error",
}


def flag_label(code: str) -> str:
    return FLAG_LABELS.get(code) or code.replace("_", " ").capitalize()


def type_label(code: str | None) -> str:
    return ORGANISATION_TYPE_LABELS.get(code or "unknown") or str(code).replace("_", " ")


def error_label(code: str | None) -> str:
    return ERROR_LABELS.get(code or "") or (code or "").replace("_", " ").capitalize()


def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("pipeline.reports", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html", "j2", "html.j2"), default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["flag_label"] = flag_label
    env.filters["type_label"] = type_label
    env.filters["error_label"] = error_label
    env.filters["thousands"] = lambda n: "" if n is None else f"{n:,}"
    env.filters["when"] = when
    return env


def when(value: Any) -> str:
    """An ISO timestamp of the run for people: "2025-03-01 09:00 UTC"; anything else as given."""
    if not isinstance(value, str) or not value:
        return "" if value is None else str(value)
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(timezone.utc)
        return parsed.strftime("%Y-%m-%d %H:%M UTC")
    return parsed.strftime("%Y-%m-%d %H:%M")


def csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


# --- judge's report -----------------------------------------------------------------------------


def _primary_and_partners(entry: dict) -> tuple[dict, list[dict]]:
    partners = list(entry.get("partners") or [])
    primary = next((p for p in partners if p.get("role") == "primary"), None)
    others = [p for p in partners if p is not primary and p.get("role", "partner") != "primary"]
    if primary is None:
        primary = {"name": entry.get("organisation") or "Not identified", "type": None}
    return primary, others


def _near_duplicate_details(entry_id: str, clusters: dict | None) -> dict[str, dict]:
    details: dict[str, dict] = {}
    for pair in (clusters or {}).get("near_duplicates") or []:
        a, b = pair.get("a"), pair.get("b")
        if entry_id in (a, b):
            other = b if a == entry_id else a
            passages = pair.get("shared_passages")
            if isinstance(passages, int):
                count, texts = passages, []
            else:
                texts = [str(p) for p in (passages or [])]
                count = len(texts)
            details[str(other)] = {
                "semantic": pair.get("semantic"),
                "shingle": pair.get("shingle"),
                "passage_count": count,
                "passages": texts[:3],
            }
    return details


def _score(value: Any) -> str:
    return f"{value:.2f}" if isinstance(value, (int, float)) else ""


def report_context(entry: dict, rubric: Rubric, *, clusters: dict | None, titles: dict[str, str | None],
                   reviewed_ids: set[str]) -> dict[str, Any]:
    """Everything the judge's report template shows, from one entry dict."""
    entry_id = str(entry["entry_id"])
    sections = entry.get("sections") or {}
    flags = list(entry.get("flags") or [])
    claims = list(entry.get("quantitative_claims") or [])
    involvement = entry.get("stakeholders") or {}
    criterion_ids = set(rubric.criterion_ids)

    sentences = {
        "quant": [c.get("sentence") or "" for c in claims],
        "patients": list(involvement.get("patients") or []),
        "staff": list(involvement.get("staff") or []),
    }

    section_views = []
    completeness = []
    for criterion in rubric.criteria:
        section = sections.get(criterion.id)
        own_flags = [f for f in flags if f.get("criterion") == criterion.id]
        text = (section or {}).get("text") or ""
        spans = find_spans(text, sentences) if section else []
        marks = {k: sum(1 for *_, kind in spans if kind == k) for k in sentences}
        pages = list((section or {}).get("pages") or [])
        completeness.append({
            "id": criterion.id,
            "title": criterion.title,
            "present": section is not None,
            "word_count": (section or {}).get("word_count"),
            "method": (section or {}).get("method"),
            "pages": _page_range(pages),
            "flags": [f.get("code") for f in own_flags],
            "marks": marks,
        })
        section_views.append({
            "id": criterion.id,
            "title": criterion.title,
            "question": criterion.question,
            "present": section is not None,
            "heading": (section or {}).get("heading"),
            "word_count": (section or {}).get("word_count"),
            "method": (section or {}).get("method"),
            "pages": _page_range(pages),
            "paragraphs": highlight_paragraphs(text, sentences, spans) if section else [],
            "flags": own_flags,
            "claims": [c for c in claims if c.get("criterion") == criterion.id],
        })

    all_text = "\n\n".join(((sections.get(c) or {}).get("text") or "") for c in rubric.criterion_ids)
    elsewhere = {kind: missing_from(all_text, group) for kind, group in sentences.items()}

    primary, partners = _primary_and_partners(entry)
    cluster = entry.get("cluster") or None
    dup_details = _near_duplicate_details(entry_id, clusters)
    near = []
    for other in sorted(dict.fromkeys(entry.get("near_duplicates") or []), key=natural_key):
        d = dup_details.get(other, {})
        near.append({
            "id": other,
            "href": f"{other}.html" if other in reviewed_ids else None,
            "title": titles.get(other),
            "semantic": _score(d.get("semantic")),
            "shingle": _score(d.get("shingle")),
            "passage_count": d.get("passage_count"),
            "passages": d.get("passages") or [],
        })

    present = sum(1 for c in completeness if c["present"])
    return {
        "entry": entry,
        "entry_id": entry_id,
        "title": entry.get("title") or entry.get("source") or entry_id,
        "rubric": rubric,
        "primary": primary,
        "partners": partners,
        "cluster": cluster,
        "near_duplicates": near,
        "completeness": completeness,
        "present_count": present,
        "total_words": sum((c["word_count"] or 0) for c in completeness),
        "sections": section_views,
        "general_flags": [f for f in flags if f.get("criterion") not in criterion_ids],
        "flag_count": len(flags),
        "elsewhere": elsewhere,
        "has_elsewhere": any(elsewhere.values()),
        "mark_totals": {k: sum(c["marks"][k] for c in completeness) for k in sentences},
        "claims": claims,
    }


def _page_range(pages: Sequence[int]) -> str:
    pages = sorted({p for p in pages if isinstance(p, int)})
    if not pages:
        return ""
    if len(pages) == 1:
        return f"p. {pages[0]}"
    if pages == list(range(pages[0], pages[-1] + 1)):
        return f"pp. {pages[0]}–{pages[-1]}"
    return "pp. " + ", ".join(str(p) for p in pages)


# --- organiser overview ---------------------------------------------------------------------------

_SVG_NS = "http://www.w3.org/2000/svg"
_XLINK_NS = "http://www.w3.org/1999/xlink"
# <use> stays (matplotlib draws markers and glyphs with it); its href must be a local "#id".
_DROP_ELEMENTS = {"script", "foreignObject", "iframe", "object", "embed", "style", "image", "animate", "animateMotion", "animateTransform", "set", "a"}
_XML_PROLOGUE = re.compile(r"^\s*(<\?xml[^>]*\?>\s*)?(<!DOCTYPE[^>]*>\s*)?", re.S)


def inline_svg(path: Path) -> Markup | None:
    """The cluster map as inline SVG markup, stripped of anything that could run or fetch.

    The file is written by our own code, but it carries entry titles, so it is parsed (defusedxml)
    and rebuilt rather than pasted. Returns None when the file is absent or unreadable.
    """
    if not path.is_file():
        return None
    try:
        from xml.etree import ElementTree as ET

        from defusedxml.ElementTree import fromstring

        root = fromstring(path.read_text(encoding="utf-8"))
    except Exception:  # an unreadable map must not stop the overview page
        return None
    if root.tag != f"{{{_SVG_NS}}}svg":
        return None

    def local(name: str) -> str:
        return name.rsplit("}", 1)[-1]

    def clean(element) -> None:
        for child in list(element):
            if local(child.tag) in _DROP_ELEMENTS:
                element.remove(child)
            else:
                clean(child)
        for attr in list(element.attrib):
            value = element.attrib[attr].strip()
            lowered = value.lower()
            if local(attr).lower().startswith("on") or local(attr) == "href" and not value.startswith("#"):
                del element.attrib[attr]
            elif "javascript:" in lowered or ("url(" in lowered and not re.fullmatch(r".*url\(\s*#[^)]*\).*", lowered)):
                del element.attrib[attr]

    clean(root)
    if "viewBox" not in root.attrib:
        w, h = (re.sub(r"[a-z%]+$", "", root.attrib.get(k, "")) for k in ("width", "height"))
        if w and h:
            root.attrib["viewBox"] = f"0 0 {w} {h}"
    root.attrib.pop("width", None)
    root.attrib.pop("height", None)
    root.attrib["class"] = "cluster-map"
    root.attrib["role"] = "img"
    root.attrib["aria-label"] = "Map of entries coloured by cluster"
    ET.register_namespace("", _SVG_NS)
    ET.register_namespace("xlink", _XLINK_NS)
    markup = ET.tostring(root, encoding="unicode")
    return Markup(_XML_PROLOGUE.sub("", markup))


def index_context(entries: Sequence[dict], rubric: Rubric, rows: Sequence[dict], *, clusters: dict | None,
                  run: dict, svg: Markup | None) -> dict[str, Any]:
    entries = sort_entries(entries)
    by_id = {str(e.get("entry_id")): e for e in entries}
    codes = flag_codes(entries)
    status_counts = {s: 0 for s in STATUSES}
    for e in entries:
        status_counts[e.get("status") or "skipped"] = status_counts.get(e.get("status") or "skipped", 0) + 1
    flag_counts = {c: sum(1 for e in entries if any(f.get("code") == c for f in e.get("flags") or [])) for c in codes}

    table = []
    for row, e in zip(rows, entries):
        entry_flags = list(e.get("flags") or [])
        flag_views = []
        for code in codes:
            if row.get(code):
                criteria = [f.get("criterion") for f in entry_flags if f.get("code") == code and f.get("criterion")]
                detail = ", ".join(rubric.criterion(c).title if c in rubric.criterion_ids else c for c in criteria)
                flag_views.append({"code": code, "label": flag_label(code), "detail": detail
                                   if code not in CONTRACT_FLAGS[1:] else ""})
        words = {c: row.get(f"words_{c}") for c in rubric.criterion_ids}
        table.append({
            "row": row,
            "flags": flag_views,
            "flag_codes": " ".join(f["code"] for f in flag_views),
            "words": words,
            "total_words": sum(v or 0 for v in words.values()) if e.get("status") == "reviewed" else None,
            "near": [{"id": d, "href": f"reports/{d}.html" if (by_id.get(str(d)) or {}).get("status") == "reviewed" else None}
                     for d in sorted(dict.fromkeys(e.get("near_duplicates") or []), key=natural_key)],
        })

    cluster_views = []
    for c in (clusters or {}).get("clusters") or []:
        members = []
        for m in sorted(dict.fromkeys(c.get("members") or []), key=natural_key):
            e = by_id.get(str(m)) or {}
            members.append({
                "id": m,
                "title": e.get("title"),
                "href": f"reports/{m}.html" if e.get("status") == "reviewed" else None,
                "representative": m == c.get("representative"),
            })
        cluster_views.append({
            "id": c.get("id"),
            "label": c.get("label") or f"Cluster {c.get('id')}",
            "terms": list(c.get("terms") or []),
            "members": members,
        })
    duplicates = []
    for d in (clusters or {}).get("near_duplicates") or []:
        passages = d.get("shared_passages")
        count = passages if isinstance(passages, int) else len(passages or [])
        duplicates.append({
            "pair": [
                {"id": x, "href": f"reports/{x}.html" if (by_id.get(str(x)) or {}).get("status") == "reviewed" else None,
                 "title": (by_id.get(str(x)) or {}).get("title")}
                for x in (d.get("a"), d.get("b"))
            ],
            "semantic": _score(d.get("semantic")),
            "shingle": _score(d.get("shingle")),
            "passages": count,
        })

    return {
        "rubric": rubric,
        "run": run or {},
        "total": len(entries),
        "status_counts": status_counts,
        "flag_counts": flag_counts,
        "flag_codes": codes,
        "table": table,
        "criteria": rubric.criteria,
        "problems": [e for e in entries if e.get("status") != "reviewed"],
        "clusters": cluster_views,
        "duplicates": duplicates,
        "svg": svg,
        "timings": _flatten((run or {}).get("timings") or {}),
        "versions": _flatten((run or {}).get("versions") or {}),
    }


def _flatten(mapping: dict, prefix: str = "") -> list[tuple[str, Any]]:
    """Nested run details as sorted (name, value) rows: {"wall": {"ingest": 1.2}} -> ("wall · ingest", 1.2)."""
    rows: list[tuple[str, Any]] = []
    for key in sorted(mapping, key=str):
        value = mapping[key]
        name = f"{prefix} · {key}" if prefix else str(key)
        if isinstance(value, dict):
            rows.extend(_flatten(value, name))
        else:
            rows.append((name, value))
    return rows


def render_report(env: Environment, context: dict[str, Any]) -> str:
    return env.get_template("report.html.j2").render(**context)


def render_index(env: Environment, context: dict[str, Any]) -> str:
    # The script is read as is, not rendered, so its hash in the page's CSP is the hash of what runs.
    script, _, _ = env.loader.get_source(env, "index.js")
    return env.get_template("index.html.j2").render(script=Markup(script), script_hash=Markup(csp_hash(script)), **context)
