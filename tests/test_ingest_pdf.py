"""PDF reading: real files made with fpdf2, read with pdfplumber."""

from __future__ import annotations

import os
import signal
import threading
from pathlib import Path

import pytest
from tests.fixtures_ingest import (
    FORM_ROWS,
    pdf_encrypted,
    pdf_form_table,
    pdf_image_only,
    pdf_late_running_heads,
    pdf_long,
    pdf_truncated,
    pdf_two_tables,
    pdf_two_columns,
    pdf_two_columns_offset,
    pdf_with_headings,
    pdf_with_running_heads,
    png_bytes,
)

from pipeline.ingest import Limits, ParserPool, list_inputs, read_document, read_isolated
from pipeline.types import EntryError, TableCell


@pytest.fixture(scope="module")
def slow_pdf(tmp_path_factory) -> Path:
    """Twenty dense pages: a few seconds of pdfplumber work."""
    return pdf_long(tmp_path_factory.mktemp("slow") / "slow.pdf", pages=20)


def _error(path: Path, limits: Limits = Limits()) -> EntryError:
    with pytest.raises(EntryError) as caught:
        read_document(path, limits)
    assert caught.value.message and path.name in caught.value.message
    return caught.value


def test_read_pdf_separates_headings_from_body(tmp_path):
    document = read_document(pdf_with_headings(tmp_path / "entry.pdf"))
    texts = [b.text for b in document.blocks]
    assert texts[0] == "Context"
    assert texts[1].startswith("Falls on our wards")
    assert "Evidence of impact" in texts
    heading = document.blocks[0]
    assert heading.bold and heading.size == 16 and heading.kind == "heading" and heading.page == 1
    body = document.blocks[1]
    assert not body.bold and body.size == 11 and body.kind == "paragraph"
    assert document.body_size == 11
    assert "Bold lead-in at body size" in texts  # same size, bold: still its own block
    assert all(b.bbox is not None for b in document.blocks)


def test_read_pdf_reads_left_column_before_right(tmp_path):
    document = read_document(pdf_two_columns(tmp_path / "columns.pdf"))
    text = document.text
    assert text.index("Safer discharge partnership") < text.index("LEFTCOLUMN")
    assert text.index("alpha39") < text.index("RIGHTCOLUMN") < text.index("omega39")
    assert not any("alpha" in b.text and "omega" in b.text for b in document.blocks)


def test_read_pdf_columns_with_offset_baselines_keep_their_words_in_order(tmp_path):
    """A right-column line whose baseline falls between two left-column lines must not pull them into one."""
    text = read_document(pdf_two_columns_offset(tmp_path / "offset.pdf")).text
    words = text.split()
    for side in ("left", "right"):
        numbers = [int(w[len(side):]) for w in words if w.startswith(side) and w[len(side):].isdigit()]
        assert numbers == list(range(60)), (side, numbers[:12])
    assert words.index("left59") < words.index("right0")


def test_read_pdf_drops_running_headers_footers_and_page_numbers(tmp_path):
    document = read_document(pdf_with_running_heads(tmp_path / "three pages.pdf"))
    assert document.pages == 3
    paragraphs = [b for b in document.blocks if b.kind not in ("header", "footer")]
    assert not any("Acme NHS Trust" in b.text or "Page 2 of 3" in b.text for b in paragraphs)
    assert "Acme NHS Trust" not in document.text and "of 3" not in document.text
    assert {b.kind for b in document.blocks if "Acme" in b.text} == {"header"}
    assert [b.page for b in paragraphs if b.text.startswith("Body of page")] == [1, 2, 3]


def test_read_pdf_reads_a_ruled_form_table_row_by_row(tmp_path):
    document = read_document(pdf_form_table(tmp_path / "form.pdf"))
    cells = [b for b in document.blocks if b.kind == "table_cell"]
    assert {b.cell.table for b in cells} == {0}  # one table, though it runs over page breaks
    assert len({b.page for b in cells}) > 1
    assert [b.cell for b in cells] == [TableCell(0, r, c) for r in range(len(FORM_ROWS) + 1) for c in (0, 1)]
    assert [b.text for b in cells[:2]] == ["Question", "Response"]  # the repeated heading row is read once
    for (question, first, last), q_cell, a_cell in zip(FORM_ROWS, cells[2::2], cells[3::2]):
        assert q_cell.text == question
        assert a_cell.text.startswith(first.split(".")[0]) and a_cell.text.endswith("\n" + last)
        assert a_cell.text.count("\n") == 1  # two paragraphs in the cell, each joined into one line
    others = [b.text for b in document.blocks if b.kind != "table_cell"]
    assert others[:2] == ["Entry title: Safer steps together", "Primary entrant: Acme NHS Trust"]
    assert others[-1].startswith("AFTERWORD")
    assert not any("answer." in t or t.startswith("Q") for t in others)  # cell words only once
    orders = [b.order for b in document.blocks]
    assert orders == sorted(orders) and cells[0].order == 2


def test_read_pdf_numbers_separate_tables_uniquely(tmp_path):
    document = read_document(pdf_two_tables(tmp_path / "two tables.pdf"))
    cells = {b.text: b.cell for b in document.blocks if b.kind == "table_cell"}
    assert cells == {
        "First question": TableCell(0, 0, 0),
        "First answer": TableCell(0, 0, 1),
        "Second question": TableCell(0, 1, 0),
        "Second answer": TableCell(0, 1, 1),
        "Third question": TableCell(1, 0, 0),
        "Third answer": TableCell(1, 0, 1),
    }
    assert [b.text for b in document.blocks if b.kind == "paragraph"] == ["Between the tables."]


def test_read_pdf_looks_for_tables_only_on_ruled_pages(tmp_path, monkeypatch):
    from pdfplumber.page import Page

    calls = []
    real = Page.find_tables
    monkeypatch.setattr(Page, "find_tables", lambda self, *a, **k: calls.append(self.page_number) or real(self, *a, **k))
    read_document(pdf_two_columns(tmp_path / "columns.pdf"))
    assert calls == []
    read_document(pdf_two_tables(tmp_path / "two tables.pdf"))
    assert calls == [1]


def test_read_pdf_small_running_header_missing_from_page_one(tmp_path):
    document = read_document(pdf_late_running_heads(tmp_path / "late.pdf", pages=2))
    kinds = {b.text: b.kind for b in document.blocks}
    assert kinds["Awards 2026 - Entry"] == "header"
    assert kinds["Northshire Care Partnership"] == "footer"  # the line above the page number
    assert kinds["1"] == "footer"
    assert kinds["Northshire Care Partnership | Page 2 of 2"] == "footer"
    assert [b.text[:15] for b in document.blocks if b.kind == "paragraph"] == ["Body of page 1.", "Body of page 2."]
    assert "Northshire" not in document.text and "Awards 2026" not in document.text


def test_read_pdf_body_size_header_on_half_the_later_pages(tmp_path):
    document = read_document(pdf_late_running_heads(tmp_path / "late.pdf", pages=5, header_size=11))
    headers = [b for b in document.blocks if b.text == "Awards 2026 - Entry"]
    assert [b.page for b in headers] == [2, 3, 4, 5] and {b.kind for b in headers} == {"header"}
    assert all(b.kind == "paragraph" for b in document.blocks if b.text.startswith("Body of page"))


def test_read_pdf_refuses_more_pages_than_the_limit(tmp_path):
    error = _error(pdf_long(tmp_path / "long.pdf", pages=5), Limits(max_pages=4))
    assert error.code == "too_large" and "5 pages" in error.message


def test_read_pdf_empty_file(tmp_path):
    path = tmp_path / "E000.pdf"
    path.write_bytes(b"")
    assert _error(path).code == "empty_file"


def test_read_pdf_truncated_is_corrupt(tmp_path):
    assert _error(pdf_truncated(tmp_path / "cut short.pdf", tmp_path)).code == "corrupt_file"


def test_read_pdf_encrypted(tmp_path):
    error = _error(pdf_encrypted(tmp_path / "E012.pdf"))
    assert error.code == "encrypted"
    assert error.message == "E012.pdf is password-protected: ask the entrant for an unlocked copy."


def test_read_pdf_image_only_has_no_text_layer(tmp_path):
    error = _error(pdf_image_only(tmp_path / "scan.pdf"))
    assert error.code == "no_text_layer" and "OCR" in error.message


def test_read_document_skips_images_and_notes(tmp_path):
    png = tmp_path / "logo.png"
    png.write_bytes(png_bytes())
    note = tmp_path / "notes.txt"
    note.write_text("Call the entrant on Monday.\n")
    for path in (png, note):
        error = _error(path)
        assert (error.code, error.status) == ("unsupported_format", "skipped")


def test_read_document_sniffs_bytes_not_names(tmp_path):
    pdf = pdf_with_headings(tmp_path / "entry.pdf")
    renamed = tmp_path / "entry.docx"
    renamed.write_bytes(pdf.read_bytes())
    assert read_document(renamed).format == "pdf"
    fake = tmp_path / "E003.pdf"
    fake.write_bytes(b"\x00\x01 not a pdf at all \x02" * 10)
    assert _error(fake).code == "corrupt_file"


def test_list_inputs_walks_sorted_and_stays_inside(tmp_path):
    inbox = tmp_path / "in"
    (inbox / "sub dir").mkdir(parents=True)
    (inbox / ".git").mkdir()
    (inbox / ".git" / "config").write_text("x")
    (inbox / "b.pdf").write_bytes(b"%PDF")
    odd_name = "é entrée " + "x" * 150 + ".pdf"
    pdf_with_headings(inbox / "sub dir" / odd_name)
    (inbox / ".DS_Store").write_bytes(b"\0")
    outside = tmp_path / "secret.pdf"
    outside.write_bytes(b"%PDF")
    (inbox / "escape.pdf").symlink_to(outside)
    (inbox / "inside-link.pdf").symlink_to(inbox / "b.pdf")
    names = [p.relative_to(inbox).as_posix() for p in list_inputs(inbox)]
    assert names == [".DS_Store", "b.pdf", "inside-link.pdf", f"sub dir/{odd_name}"]
    assert _error(inbox / ".DS_Store").status == "skipped"
    assert read_document(inbox / "sub dir" / odd_name, source=f"sub dir/{odd_name}").source == f"sub dir/{odd_name}"


def test_parser_pool_reads_many_files_and_survives_a_timeout(tmp_path, slow_pdf):
    good = pdf_with_headings(tmp_path / "good.pdf")
    slow = slow_pdf
    bad = tmp_path / "empty.pdf"
    bad.write_bytes(b"")
    with ParserPool(2, Limits(timeout_s=0.5)) as pool:
        results = dict(pool.map([slow, good, bad, good]))
        assert isinstance(results[slow], EntryError) and results[slow].code == "timeout"
        assert "slow.pdf" in results[slow].message
        assert results[bad].code == "empty_file"
        assert "Context" in results[good].text
        assert "Context" in pool.read(good).text  # still working after the timeout


def test_parser_pool_reports_a_dead_worker_and_carries_on(tmp_path, slow_pdf):
    good = pdf_with_headings(tmp_path / "good.pdf")
    with ParserPool(1, Limits(timeout_s=120)) as pool:
        assert pool.read(good).blocks  # the worker is up and idle
        pids = pool.worker_pids
        threading.Timer(1.0, lambda: [os.kill(pid, signal.SIGKILL) for pid in pids]).start()
        with pytest.raises(EntryError) as caught:
            pool.read(slow_pdf)
        assert caught.value.code == "too_large" and "slow.pdf" in caught.value.message
        assert pool.read(good).blocks


def test_read_isolated_returns_a_document(tmp_path):
    document = read_isolated(pdf_with_headings(tmp_path / "entry.pdf"))
    assert document.format == "pdf" and document.blocks[0].text == "Context"
