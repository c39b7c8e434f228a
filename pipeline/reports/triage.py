"""Entries -> the organisers' triage table: rows, CSV and XLSX.

One row per entry whatever its status. Cells that a spreadsheet could take for a formula are
neutralised on the way out (see ``safe_cell``): entry titles and organisation names are written
by entrants, and "=HYPERLINK(...)" in a title must stay text.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from pipeline.rubric import Rubric

# Flag codes of the output contract, always given a column even when no entry has them.
CONTRACT_FLAGS = (
    "missing_section",
    "no_quantitative_evidence",
    "no_patient_involvement",
    "no_staff_involvement",
    "ineligible",
)
# Codes whose criterion is fixed, so their column says "yes"; any other code lists its criteria.
_YES_FLAGS = frozenset({"no_quantitative_evidence", "no_patient_involvement", "no_staff_involvement", "ineligible"})

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
# Characters XML 1.0 (and so XLSX) cannot hold.
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_NATURAL = re.compile(r"(\d+)")


def natural_key(text: str) -> tuple[Any, ...]:
    """Sort key so that E2 comes before E10."""
    return tuple(int(p) if p.isdigit() else p.lower() for p in _NATURAL.split(text or ""))


def safe_cell(value: Any) -> Any:
    """A cell value that no spreadsheet will evaluate: text starting like a formula gets a leading quote."""
    if isinstance(value, str):
        value = _ILLEGAL_XML.sub("", value)
        if value.startswith(_FORMULA_START):
            return "'" + value
    return value


def flag_codes(entries: Iterable[dict]) -> list[str]:
    """The contract's flag codes, then any further code seen in ``entries``, sorted."""
    seen = {f.get("code") for e in entries for f in (e.get("flags") or []) if f.get("code")}
    return list(CONTRACT_FLAGS) + sorted(seen - set(CONTRACT_FLAGS))


_SUMMARY_KEYS = ("entry_id", "source", "status", "error", "title", "organisation", "flags", "cluster", "near_duplicates")


def entry_summary(entry: dict) -> dict:
    """What the overview page, the triage files and the run summary read of an entry: everything
    but its sections' text, claims, involvement sentences and partner details. The triage row of a
    summary is the triage row of the entry."""
    summary = {k: entry[k] for k in _SUMMARY_KEYS if k in entry}
    if "partners" in entry:
        summary["partners"] = [{"role": p["role"]} if "role" in p else {} for p in entry.get("partners") or []]
    if "sections" in entry:
        summary["sections"] = {c: {"word_count": s.get("word_count")} if s else s
                               for c, s in (entry.get("sections") or {}).items()}
    return summary


def flag_cell(entry: dict, code: str) -> str:
    flags = [f for f in (entry.get("flags") or []) if f.get("code") == code]
    if not flags:
        return ""
    criteria = list(dict.fromkeys(f["criterion"] for f in flags if f.get("criterion")))
    if code in _YES_FLAGS or not criteria:
        return "yes"
    return "; ".join(criteria)


def words_column(criterion_id: str) -> str:
    return f"words_{criterion_id}"


def columns(entries: Sequence[dict], rubric: Rubric) -> list[str]:
    return [
        "entry_id", "source", "status", "error_code", "error_message", "title", "organisation",
        "partners", "flag_count",
        *flag_codes(entries),
        *(words_column(c) for c in rubric.criterion_ids),
        "cluster_id", "cluster", "near_duplicates", "report",
    ]


def report_href(entry: dict) -> str:
    return f"reports/{entry['entry_id']}.html" if entry.get("status") == "reviewed" else ""


def sort_entries(entries: Iterable[dict]) -> list[dict]:
    return sorted(entries, key=lambda e: natural_key(str(e.get("entry_id", ""))))


def triage_rows(entries: Sequence[dict], rubric: Rubric) -> list[dict]:
    """One row per entry (reviewed, rejected and skipped alike), sorted by entry id.

    Values are plain (str, int or None) and not yet neutralised; writers apply ``safe_cell``.
    """
    codes = flag_codes(entries)
    rows = []
    for e in sort_entries(entries):
        error = e.get("error") or {}
        sections = e.get("sections") or {}
        partners = e.get("partners") or []
        cluster = e.get("cluster") or {}
        reviewed = e.get("status") == "reviewed"
        row: dict[str, Any] = {
            "entry_id": e.get("entry_id"),
            "source": e.get("source"),
            "status": e.get("status"),
            "error_code": error.get("code") or "",
            "error_message": error.get("message") or "",
            "title": e.get("title") or "",
            "organisation": e.get("organisation") or "",
            "partners": sum(1 for p in partners if p.get("role", "partner") != "primary") if reviewed else None,
            "flag_count": len(e.get("flags") or []) if reviewed else None,
        }
        for code in codes:
            row[code] = flag_cell(e, code)
        for cid in rubric.criterion_ids:
            section = sections.get(cid)
            row[words_column(cid)] = section.get("word_count") if (reviewed and section) else None
        row["cluster_id"] = cluster.get("id")
        row["cluster"] = cluster.get("label") or ""
        row["near_duplicates"] = "; ".join(e.get("near_duplicates") or [])
        row["report"] = report_href(e)
        rows.append(row)
    return rows


def write_csv(path: Path, rows: Sequence[dict], header: Sequence[str]) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(header), lineterminator="\r\n", extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ("" if row.get(k) is None else safe_cell(row.get(k))) for k in header})
    path.write_text(buffer.getvalue(), encoding="utf-8", newline="")


# --- XLSX -------------------------------------------------------------------------------------

_RED = "F8D7DA"
_RED_TEXT = "842029"
_GREY = "E9ECEF"
_GREY_TEXT = "6C757D"
_GREEN = "D1E7DD"
_GREEN_TEXT = "0F5132"
_HEADER = "1F3A5F"


def _fixed_time(run: dict | None) -> datetime:
    """The run's start time, so that the workbook's properties carry no other timestamp."""
    started = (run or {}).get("started")
    if isinstance(started, str):
        try:
            parsed = datetime.fromisoformat(started.replace("Z", "+00:00"))
            if parsed.tzinfo:
                parsed = parsed.astimezone(timezone.utc).replace(tzinfo=None)
            return parsed.replace(microsecond=0)
        except ValueError:
            pass
    return datetime(2000, 1, 1)


def _width(values: Iterable[Any], minimum: int = 6, maximum: int = 60) -> float:
    longest = max((len(str(v)) for v in values if v is not None), default=0)
    return float(min(max(longest + 2, minimum), maximum))


def write_xlsx(
    path: Path,
    rows: Sequence[dict],
    header: Sequence[str],
    *,
    flag_columns: Sequence[str],
    clusters: dict | None,
    entries_by_id: dict[str, dict],
    run: dict | None,
) -> None:
    from openpyxl import Workbook
    from openpyxl.formatting.rule import CellIsRule, FormulaRule
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.writer.excel import ExcelWriter

    wb = Workbook()
    ws = wb.active
    ws.title = "Triage"
    header = list(header)
    ws.append(header)
    for row in rows:
        ws.append([safe_cell(row.get(k)) for k in header])

    n = len(rows) + 1
    last_col = get_column_letter(len(header))
    header_font = Font(bold=True, color="FFFFFF")
    header_fill = PatternFill("solid", fgColor=_HEADER)
    for cell in ws[1]:
        cell.font = header_font
        cell.fill = header_fill
        cell.alignment = Alignment(vertical="center", wrap_text=False)
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = f"A1:{last_col}{n}"

    col = {name: get_column_letter(i + 1) for i, name in enumerate(header)}
    report_col = header.index("report") + 1
    for r in range(2, n + 1):
        cell = ws.cell(row=r, column=report_col)
        if cell.value:
            cell.hyperlink = str(cell.value)
            cell.style = "Hyperlink"

    for name in header:
        letter = col[name]
        values = [name] + [row.get(name) for row in rows]
        cap = 60 if name in ("title", "error_message", "organisation") else 40
        ws.column_dimensions[letter].width = _width(values, maximum=cap)
    for name in ("title", "error_message"):
        for r in range(2, n + 1):
            ws[f"{col[name]}{r}"].alignment = Alignment(wrap_text=True, vertical="top")

    if n > 1:
        status = f"${col['status']}2"
        red = PatternFill("solid", fgColor=_RED, bgColor=_RED)
        grey = PatternFill("solid", fgColor=_GREY, bgColor=_GREY)
        green = PatternFill("solid", fgColor=_GREEN, bgColor=_GREEN)
        # Rejected and skipped rows go grey across the whole row; stopIfTrue keeps their cells grey.
        ws.conditional_formatting.add(
            f"A2:{last_col}{n}",
            FormulaRule(formula=[f'{status}<>"reviewed"'], fill=grey, font=Font(color=_GREY_TEXT), stopIfTrue=True),
        )
        for name in flag_columns:
            letter = col[name]
            ws.conditional_formatting.add(
                f"{letter}2:{letter}{n}",
                FormulaRule(formula=[f"LEN({letter}2)>0"], fill=red, font=Font(color=_RED_TEXT, bold=True)),
            )
        ws.conditional_formatting.add(
            f"{col['status']}2:{col['status']}{n}",
            CellIsRule(operator="equal", formula=['"reviewed"'], fill=green, font=Font(color=_GREEN_TEXT)),
        )

    _clusters_sheet(wb, clusters, entries_by_id, header_font, header_fill)

    when = _fixed_time(run)
    wb.properties.created = when
    wb.properties.modified = when
    wb.properties.creator = "entry-review"
    wb.properties.lastModifiedBy = "entry-review"
    _save_reproducibly(wb, path, ExcelWriter, when)


def _clusters_sheet(wb, clusters: dict | None, entries_by_id: dict[str, dict], header_font, header_fill) -> None:
    from openpyxl.styles import Alignment

    clusters = clusters or {}
    ws = wb.create_sheet("Clusters")
    ws.append(["cluster_id", "label", "terms", "size", "representative", "members", "member_titles"])
    for c in clusters.get("clusters") or []:
        members = list(c.get("members") or [])
        titles = [str((entries_by_id.get(m) or {}).get("title") or "") for m in members]
        ws.append([safe_cell(v) for v in (
            c.get("id"), c.get("label") or "", "; ".join(c.get("terms") or []), len(members),
            c.get("representative") or "", "; ".join(members), "; ".join(t for t in titles if t),
        )])
    _style_sheet(ws, header_font, header_fill, widths=(11, 40, 40, 7, 16, 40, 80))
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")

    ws = wb.create_sheet("Near duplicates")
    ws.append(["a", "b", "semantic", "shingle", "shared_passages"])
    for d in clusters.get("near_duplicates") or []:
        passages = d.get("shared_passages")
        if isinstance(passages, list):
            passages = " | ".join(str(p) for p in passages)
        ws.append([safe_cell(v) for v in (d.get("a"), d.get("b"), d.get("semantic"), d.get("shingle"), passages)])
    _style_sheet(ws, header_font, header_fill, widths=(12, 12, 10, 10, 100))


def _style_sheet(ws, header_font, header_fill, widths: Sequence[int]) -> None:
    from openpyxl.utils import get_column_letter

    for cell in ws[1]:
        cell.font = header_font
        cell.fill = header_fill
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(ws.max_column)}{max(ws.max_row, 1)}"
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def _save_reproducibly(wb, path: Path, writer_cls, when: datetime) -> None:
    """Save ``wb`` with every zip member stamped with the run's time, so equal input gives equal bytes.

    ``openpyxl.Workbook.save`` sets the modified time to now; its writer does not.
    """
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        writer_cls(wb, archive).save()
    stamp = (max(when.year, 1980), when.month, when.day, when.hour, when.minute, when.second)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=stamp)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            dst.writestr(fixed, src.read(info.filename))
    path.write_bytes(out.getvalue())
