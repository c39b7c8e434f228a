"""Reviewed entries -> the files people read: judge's reports, the overview page, triage CSV/XLSX.

Reports take plain JSON-shaped dicts (the ``entries/<id>.json`` of the output contract, the
``clusters.json`` dict and the ``run.json`` dict) and the Rubric, so they can be rebuilt from a
finished run's output folder without running any stage again. Nothing here imports a stage.

    write_reports(out_dir, entries, rubric, clusters=clusters, run=run)

The overview and triage files need only ``entry_summary`` of each entry, so a large run writes each
judge's report as its entry is read and keeps the summaries (``ReportWriter``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from pipeline.reports.html import (
    STATUSES,
    environment,
    flag_label,
    index_context,
    inline_svg,
    render_index,
    render_report,
    report_context,
)
from pipeline.reports.triage import (
    columns,
    entry_summary,
    flag_codes,
    natural_key,
    safe_cell,
    sort_entries,
    triage_rows,
    write_csv,
    write_xlsx,
)
from pipeline.rubric import Rubric

__all__ = ["ReportWriter", "write_reports", "entry_summary", "triage_rows", "summary_markdown", "safe_cell"]

CLUSTER_MAP = "cluster_map.svg"


class ReportWriter:
    """The reports of a run, written one entry at a time: a judge's report as each entry comes
    (``add``), then the overview pages and triage files from a small summary of every entry
    (``finish``). However many entries a run has, only their summaries are held.

    ``titles`` (entry id -> title) and ``reviewed_ids`` cover every entry of the run: a report links
    to the near duplicates that have reports of their own.
    """

    def __init__(self, out_dir: Path, rubric: Rubric, *, clusters: dict | None, titles: dict[str, str | None],
                 reviewed_ids: set[str]) -> None:
        self.out_dir = Path(out_dir)
        self.reports_dir = self.out_dir / "reports"
        self.reports_dir.mkdir(parents=True, exist_ok=True)
        self.rubric = rubric
        self.clusters = clusters
        self.titles = titles
        self.reviewed_ids = reviewed_ids
        self.env = environment()
        self.summaries: list[dict] = []

    def add(self, entry: dict) -> None:
        if entry.get("status") == "reviewed":
            context = report_context(entry, self.rubric, clusters=self.clusters, titles=self.titles,
                                     reviewed_ids=self.reviewed_ids)
            (self.reports_dir / f"{entry['entry_id']}.html").write_text(render_report(self.env, context), encoding="utf-8")
        self.summaries.append(entry_summary(entry))

    def finish(self, run: dict) -> None:
        """index.html, triage.csv and triage.xlsx, from the summaries of the entries added."""
        entries = sort_entries(self.summaries)
        rows = triage_rows(entries, self.rubric)
        header = columns(entries, self.rubric)
        svg = inline_svg(self.out_dir / CLUSTER_MAP)
        context = index_context(entries, self.rubric, rows, clusters=self.clusters, run=run, svg=svg)
        (self.out_dir / "index.html").write_text(render_index(self.env, context), encoding="utf-8")
        write_csv(self.out_dir / "triage.csv", rows, header)
        write_xlsx(
            self.out_dir / "triage.xlsx",
            rows,
            header,
            flag_columns=flag_codes(entries),
            clusters=self.clusters,
            entries_by_id={str(e.get("entry_id")): e for e in entries},
            run=run,
        )


def write_reports(out_dir: Path, entries: list[dict], rubric: Rubric, *, clusters: dict | None, run: dict) -> None:
    """Write reports/<entry_id>.html for each reviewed entry, index.html, triage.csv and triage.xlsx.

    Output depends only on the arguments (and OUT_DIR/cluster_map.svg if present): no clock is read.
    A run that cannot hold every entry at once uses ``ReportWriter`` directly.
    """
    entries = sort_entries(entries)
    writer = ReportWriter(out_dir, rubric, clusters=clusters, titles={str(e.get("entry_id")): e.get("title") for e in entries},
                          reviewed_ids={str(e.get("entry_id")) for e in entries if e.get("status") == "reviewed"})
    for entry in entries:
        writer.add(entry)
    writer.finish(run)


def _md(text: object) -> str:
    """Text safe inside a markdown table cell."""
    return str(text if text is not None else "").replace("|", "\\|").replace("\n", " ")


def summary_markdown(entries: Sequence[dict], run: dict | None, clusters: dict | None, out_dir: Path | str) -> str:
    """A short markdown summary of a run: counts by status and flag, clusters, where the reports are."""
    run = run or {}
    out_dir = Path(out_dir)
    status_counts = Counter(e.get("status") for e in entries)
    codes = flag_codes(entries)
    flagged = {c: sum(1 for e in entries if any(f.get("code") == c for f in e.get("flags") or [])) for c in codes}

    lines = [f"# Entry review: {len(entries)} file{'s' if len(entries) != 1 else ''}", ""]
    rubric = run.get("rubric") or {}
    if rubric:
        lines += [f"Rubric: {_md(rubric.get('name') or rubric.get('id'))} (v{_md(rubric.get('version'))})", ""]
    lines += ["| status | entries |", "|---|---:|"]
    lines += [f"| {s} | {status_counts.get(s, 0)} |" for s in STATUSES]
    lines += ["", "| flag | entries |", "|---|---:|"]
    lines += [f"| {_md(flag_label(c))} (`{c}`) | {flagged[c]} |" for c in codes]

    problems = [e for e in sort_entries(entries) if e.get("status") != "reviewed"]
    if problems:
        lines += ["", "## Not reviewed", "", "| file | status | reason | what to do |", "|---|---|---|---|"]
        for e in problems:
            err = e.get("error") or {}
            lines.append(f"| {_md(e.get('source'))} | {e.get('status')} | {_md(err.get('code'))} | {_md(err.get('message'))} |")

    cluster_list = (clusters or {}).get("clusters") or []
    if cluster_list:
        lines += ["", "## Clusters", "", "| id | label | members |", "|---:|---|---|"]
        for c in cluster_list:
            members = sorted(c.get("members") or [], key=natural_key)
            lines.append(f"| {_md(c.get('id'))} | {_md(c.get('label'))} | {_md(', '.join(members))} |")
    pairs = (clusters or {}).get("near_duplicates") or []
    if pairs:
        listed = ", ".join(f"{p.get('a')}–{p.get('b')}" for p in pairs)
        lines += ["", f"Near-duplicate pairs: {_md(listed)}"]

    lines += [
        "",
        "## Outputs",
        "",
        f"- Overview: `{out_dir / 'index.html'}`",
        f"- Judge's reports: `{out_dir / 'reports'}/<entry_id>.html`",
        f"- Triage: `{out_dir / 'triage.xlsx'}`, `{out_dir / 'triage.csv'}`",
    ]
    if run.get("started") or run.get("finished"):
        lines += ["", f"Run {run.get('started') or '?'} – {run.get('finished') or '?'}"]
    return "\n".join(lines) + "\n"
