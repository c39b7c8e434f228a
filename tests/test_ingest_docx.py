"""Word reading: real .docx files made with python-docx, read by pipeline.ingest."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest

from pipeline.ingest import Limits, read_document
from pipeline.types import EntryError, TableCell
from tests.fixtures_ingest import docx_rich, docx_simple, docx_zip_bomb, rewrite_zip


@pytest.fixture(scope="module")
def rich(tmp_path_factory):
    return read_document(docx_rich(tmp_path_factory.mktemp("docx") / "E001 rich entry.docx"))


def _block(document, text):
    return next(b for b in document.blocks if b.text == text)


def _error(path: Path, limits: Limits = Limits()) -> EntryError:
    with pytest.raises(EntryError) as caught:
        read_document(path, limits)
    assert caught.value.message and path.name in caught.value.message
    return caught.value


def test_read_docx_keeps_body_order(rich):
    texts = [b.text for b in rich.blocks]
    expected = [
        "Running header text",
        "Safer discharge partnership",
        "Context",
        "The wards saw too many falls.",
        "Evidence and outcomes",
        "Outline level heading",
        "Bold normal paragraph",
        "First bullet",
        "Question",
        "Answer",
        "Merged row",
        "Text inside a content control",
        "Inline control",
        "Anchor paragraph",
        "Text box words",
        "Kept inserted end",
        "Running footer text",
        "A footnote with its source.",
    ]
    assert texts == expected
    assert [b.order for b in rich.blocks] == list(range(len(expected)))
    assert rich.format == "docx" and rich.pages is None


def test_read_docx_heading_levels_from_names_base_styles_and_outline(rich):
    assert _block(rich, "Context").heading_level == 1 and _block(rich, "Context").kind == "heading"
    custom = _block(rich, "Evidence and outcomes")
    assert (custom.style, custom.heading_level, custom.kind) == ("Entry Question", 1, "heading")
    assert _block(rich, "Outline level heading").heading_level == 2
    assert _block(rich, "Safer discharge partnership").style == "Title"
    body = _block(rich, "The wards saw too many falls.")
    assert (body.kind, body.style, body.heading_level, body.bold) == ("paragraph", "Normal", None, False)


def test_read_docx_bold_normal_paragraph_and_sizes(rich):
    bold = _block(rich, "Bold normal paragraph")
    assert bold.bold and bold.style == "Normal" and bold.kind == "paragraph"
    assert _block(rich, "Context").size is not None
    assert rich.body_size is not None


def test_read_docx_tables_lists_and_merged_cells(rich):
    assert _block(rich, "First bullet").kind == "list_item"
    cells = {b.text: b.cell for b in rich.blocks if b.kind == "table_cell"}
    assert cells == {
        "Question": TableCell(0, 0, 0),
        "Answer": TableCell(0, 0, 1),
        "Merged row": TableCell(0, 1, 0),  # once, not once per grid column
    }


def test_read_docx_content_controls_text_boxes_and_tracked_changes(rich):
    text = rich.text
    assert "Text inside a content control" in text and "Inline control" in text
    assert text.count("Text box words") == 1  # the VML fallback copy is not read twice
    assert "Kept inserted end" in text and "deleted" not in text


def test_read_docx_footnotes_last_and_page_furniture_out(rich):
    assert rich.blocks[-1].kind == "footnote"
    assert "Running header text" not in rich.text and "Running footer text" not in rich.text


def test_read_docx_headers_and_footers_are_kept_as_page_furniture(rich):
    assert _block(rich, "Running header text").kind == "header"
    assert _block(rich, "Running footer text").kind == "footer"
    assert rich.blocks[0].kind == "header" and rich.blocks[-2].kind == "footer"


def test_read_docx_repeated_header_variants_are_read_once(tmp_path):
    document = docx.Document()
    document.add_paragraph("Body words.")
    section = document.sections[0]
    section.different_first_page_header_footer = True
    section.header.paragraphs[0].text = "Awards 2026 - Entry"
    section.first_page_header.paragraphs[0].text = "Awards 2026 - Entry"
    path = tmp_path / "variants.docx"
    document.save(str(path))
    read = read_document(path)
    assert [(b.text, b.kind) for b in read.blocks] == [("Awards 2026 - Entry", "header"), ("Body words.", "paragraph")]
    assert read.text == "Body words."


def test_read_docx_zip_bomb_is_too_large(tmp_path):
    path = docx_zip_bomb(tmp_path / "bomb.docx", inflated_bytes=12 * 1024 * 1024)
    assert path.stat().st_size < 1024 * 1024
    error = _error(path, Limits(max_docx_uncompressed_bytes=10 * 1024 * 1024))
    assert error.code == "too_large"


def test_read_docx_html_renamed_docx_is_refused(tmp_path):
    path = tmp_path / "E007.docx"
    path.write_text("<!DOCTYPE html><html><body><p>My entry</p></body></html>")
    error = _error(path)
    assert (error.code, error.status) == ("unsupported_format", "rejected") and ".docx or PDF" in error.message


def test_read_docx_not_a_zip_and_truncated(tmp_path):
    whole = docx_simple(tmp_path / "whole.docx").read_bytes()
    cut = tmp_path / "cut.docx"
    cut.write_bytes(whole[: len(whole) // 2])
    assert _error(cut).code == "corrupt_file"


def test_read_docx_encrypted_ooxml_in_ole(tmp_path):
    path = tmp_path / "locked.docx"
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
    path.write_bytes(header + "EncryptedPackage".encode("utf-16-le") + b"\0" * 512)
    error = _error(path)
    assert error.code == "encrypted" and "password-protected" in error.message


def _word97(encrypted: bool) -> bytes:
    """A compound file whose directory names a WordDocument stream, with a File Information Block
    that says (or not) that the document is encrypted."""
    header = bytearray(512)
    header[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    header[0x1E:0x20] = (9).to_bytes(2, "little")  # 512-byte sectors
    header[0x30:0x34] = (0).to_bytes(4, "little")  # directory in sector 0
    directory = bytearray(512)
    for slot, (name, start) in enumerate((("Root Entry", 0xFFFFFFFE), ("WordDocument", 1))):
        entry = slot * 128
        encoded = name.encode("utf-16-le") + b"\0\0"
        directory[entry : entry + len(encoded)] = encoded
        directory[entry + 0x40 : entry + 0x42] = len(encoded).to_bytes(2, "little")
        directory[entry + 0x74 : entry + 0x78] = start.to_bytes(4, "little")
    fib = bytearray(512)
    fib[0:2] = (0xA5EC).to_bytes(2, "little")
    fib[0x0A:0x0C] = (0x0100 if encrypted else 0).to_bytes(2, "little")
    return bytes(header + directory + fib)


def test_read_legacy_doc_that_is_password_protected_says_so(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # refused before any conversion is tried
    path = tmp_path / "locked.doc"
    path.write_bytes(_word97(encrypted=True))
    error = _error(path)
    assert error.code == "encrypted" and "password-protected" in error.message


def test_read_legacy_doc_not_encrypted_goes_on_to_conversion(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # no soffice to be found
    path = tmp_path / "open.doc"
    path.write_bytes(_word97(encrypted=False))
    assert _error(path).code == "unsupported_format"


def test_read_docx_legacy_doc_without_libreoffice_asks_for_docx(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # no soffice to be found
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2000)
    error = _error(path)
    assert error.code == "unsupported_format" and ".docx or PDF" in error.message


def test_read_docx_refuses_entity_declarations(tmp_path):
    path = docx_simple(tmp_path / "xxe.docx")
    rewrite_zip(
        path,
        {
            "word/document.xml": lambda data: data.replace(
                b"<w:document", b'<!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]><w:document', 1
            )
        },
    )
    assert _error(path).code == "corrupt_file"


def test_read_docx_strict_ooxml_and_macro_enabled(tmp_path):
    path = docx_simple(tmp_path / "strict.docx", "Strict words")
    strict = {
        name: (lambda data: data.replace(b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                                         b"http://purl.oclc.org/ooxml/wordprocessingml/main")
               .replace(b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                        b"http://purl.oclc.org/ooxml/officeDocument/relationships"))
        for name in ("word/document.xml", "word/styles.xml", "_rels/.rels")
    }
    rewrite_zip(path, strict)
    assert read_document(path).text == "Strict words"
    docm = docx_simple(tmp_path / "macro.docm", "Macro words")
    rewrite_zip(
        docm,
        {
            "[Content_Types].xml": lambda data: data.replace(
                b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                b"application/vnd.ms-word.document.macroEnabled.main+xml",
            )
        },
    )
    assert read_document(docm).text == "Macro words"


def test_read_docx_renamed_main_part(tmp_path):
    path = docx_simple(tmp_path / "renamed.docx", "Renamed main part")
    with zipfile.ZipFile(path) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    members["word/main.xml"] = members.pop("word/document.xml")
    members["word/_rels/main.xml.rels"] = members.pop("word/_rels/document.xml.rels")
    members["[Content_Types].xml"] = members["[Content_Types].xml"].replace(b"/word/document.xml", b"/word/main.xml")
    members["_rels/.rels"] = members["_rels/.rels"].replace(b"word/document.xml", b"word/main.xml")
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    assert read_document(path).text == "Renamed main part"
