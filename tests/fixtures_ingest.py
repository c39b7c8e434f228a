"""Small real PDF and Word files for the ingest tests, written with fpdf2 and python-docx."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
from docx.oxml import parse_xml
from fpdf import FPDF

LOREM = (
    "Falls on our wards fell by a third after the partnership trained ward staff and patients together. "
    "Each ward ran a weekly huddle, shared the numbers and agreed one change to try the next week. "
)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = (
    f'xmlns:w="{W_NS}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)


# ----------------------------------------------------------------------------- PDF


def pdf_with_headings(path: Path) -> Path:
    """Bold 16 pt headings above 11 pt body paragraphs, no extra space between them."""
    pdf = FPDF(format="A4")
    pdf.add_page()
    for heading, body in (("Context", LOREM * 3), ("Evidence of impact", LOREM * 2)):
        pdf.set_font("Helvetica", "B", 16)
        pdf.cell(0, 8, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 11)
        pdf.multi_cell(0, 5, body, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, "Bold lead-in at body size", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(0, 5, LOREM, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def _two_column_pdf(path: Path, title: str, title_size: int, left: str, right: str, line: float, offset: float) -> Path:
    """A full-width title over two 85 mm columns of 10 pt text; the right column starts ``offset`` mm lower."""
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", title_size)
    pdf.cell(0, 10, title, new_x="LMARGIN", new_y="NEXT")
    top = pdf.get_y() + 4
    pdf.set_font("Helvetica", "", 10)
    pdf.set_xy(10, top)
    pdf.multi_cell(85, line, left)
    pdf.set_xy(110, top + offset)
    pdf.multi_cell(85, line, right)
    pdf.output(str(path))
    return path


def pdf_two_columns(path: Path) -> Path:
    """A full-width title over two columns; the left column must be read before the right."""
    left = "LEFTCOLUMN " + " ".join(f"alpha{i} words about the left column." for i in range(40))
    right = "RIGHTCOLUMN " + " ".join(f"omega{i} words about the right column." for i in range(40))
    return _two_column_pdf(path, "Safer discharge partnership", 18, left, right, line=5, offset=0)


def pdf_two_columns_offset(path: Path) -> Path:
    """Two columns set solid (line height = font size) whose baselines are half a line apart: a line
    of one column overlaps two lines of the other."""
    left = " ".join(f"left{i} sentence in the first column." for i in range(60))
    right = " ".join(f"right{i} sentence in the second column." for i in range(60))
    line = 10 * 0.3528  # 10 pt in mm
    return _two_column_pdf(path, "Scanning safely together", 16, left, right, line=line, offset=line / 2)


class _RunningPDF(FPDF):
    def header(self) -> None:
        self.set_font("Helvetica", "I", 8)
        self.cell(0, 6, "Acme NHS Trust - Patient Safety Award entry 2024", align="C")
        self.ln(12)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 6, f"Page {self.page_no()} of 3", align="C")


def pdf_with_running_heads(path: Path) -> Path:
    pdf = _RunningPDF(format="A4")
    pdf.set_auto_page_break(True, margin=25)
    for n in range(3):
        pdf.add_page()
        pdf.set_font("Helvetica", "", 11)
        pdf.multi_cell(0, 5, f"Body of page {n + 1}. " + LOREM * 4)
    pdf.output(str(path))
    return path


def pdf_long(path: Path, pages: int) -> Path:
    pdf = FPDF(format="A4")
    pdf.set_font("Helvetica", "", 9)
    for _ in range(pages):
        pdf.add_page()
        pdf.multi_cell(0, 4, LOREM * 25)
    pdf.output(str(path))
    return path


def pdf_encrypted(path: Path) -> Path:
    pdf = FPDF()
    pdf.set_encryption(owner_password="owner-secret", user_password="user-secret")
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(0, 10, "Secret entry")
    pdf.output(str(path))
    return path


def png_bytes() -> bytes:
    from PIL import Image  # fpdf2 depends on Pillow

    buffer = io.BytesIO()
    Image.new("RGB", (120, 80), (200, 30, 30)).save(buffer, format="PNG")
    return buffer.getvalue()


def pdf_image_only(path: Path) -> Path:
    pdf = FPDF()
    pdf.add_page()
    pdf.image(io.BytesIO(png_bytes()), x=10, y=10, w=150)
    pdf.output(str(path))
    return path


def pdf_truncated(path: Path, tmp: Path) -> Path:
    data = pdf_with_headings(tmp / "whole.pdf").read_bytes()
    path.write_bytes(data[: len(data) // 3])
    return path


# ----------------------------------------------------------------------------- Word


def _add_xml(document, xml: str) -> None:
    """Append a body-level element before the final section properties."""
    body = document.element.body
    body.insert(len(body) - 1, parse_xml(xml))


def docx_rich(path: Path) -> Path:
    """Every feature the Word reader must keep, in a known body order."""
    document = docx.Document()
    styles = document.styles
    custom = styles.add_style("Entry Question", docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
    custom.base_style = styles["Heading 1"]

    document.add_paragraph("Safer discharge partnership", style="Title")
    document.add_heading("Context", level=1)
    document.add_paragraph("The wards saw too many falls.")
    document.add_paragraph("Evidence and outcomes", style="Entry Question")
    _add_xml(
        document,
        f'<w:p {NSDECL}><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:r><w:t>Outline level heading</w:t></w:r></w:p>',
    )
    bold = document.add_paragraph()
    bold.add_run("Bold normal paragraph").bold = True
    document.add_paragraph("First bullet", style="List Bullet")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Question"
    table.cell(0, 1).text = "Answer"
    merged = table.cell(1, 0).merge(table.cell(1, 1))
    merged.text = "Merged row"
    _add_xml(
        document,
        f"<w:sdt {NSDECL}><w:sdtPr><w:alias w:val=\"Summary\"/></w:sdtPr><w:sdtContent>"
        "<w:p><w:r><w:t>Text inside a content control</w:t></w:r></w:p></w:sdtContent></w:sdt>",
    )
    _add_xml(
        document,
        f"<w:p {NSDECL}><w:r><w:t xml:space=\"preserve\">Inline </w:t></w:r>"
        "<w:sdt><w:sdtContent><w:r><w:t>control</w:t></w:r></w:sdtContent></w:sdt></w:p>",
    )
    _add_xml(
        document,
        f"<w:p {NSDECL}><w:r><w:t>Anchor paragraph</w:t></w:r><w:r><mc:AlternateContent>"
        "<mc:Choice Requires=\"wps\"><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>Text box words</w:t>"
        "</w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p><w:r><w:t>Text box words</w:t></w:r></w:p>"
        "</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>",
    )
    _add_xml(
        document,
        f"<w:p {NSDECL}><w:r><w:t xml:space=\"preserve\">Kept </w:t></w:r>"
        "<w:ins w:id=\"1\" w:author=\"a\"><w:r><w:t xml:space=\"preserve\">inserted </w:t></w:r></w:ins>"
        "<w:del w:id=\"2\" w:author=\"a\"><w:r><w:delText>deleted </w:delText></w:r></w:del>"
        "<w:r><w:t>end</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>",
    )
    section = document.sections[0]
    section.header.paragraphs[0].text = "Running header text"
    section.footer.paragraphs[0].text = "Running footer text"
    document.save(str(path))
    return _add_footnote(path, "A footnote with its source.")


def _add_footnote(path: Path, text: str) -> Path:
    footnotes = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {NSDECL}>'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        f'<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t>{text}</w:t></w:r></w:p></w:footnote>'
        "</w:footnotes>"
    )
    rewrite_zip(
        path,
        {
            "word/footnotes.xml": footnotes.encode(),
            "[Content_Types].xml": lambda data: data.replace(
                b"</Types>",
                b'<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
                b'officedocument.wordprocessingml.footnotes+xml"/></Types>',
            ),
            "word/_rels/document.xml.rels": lambda data: data.replace(
                b"</Relationships>",
                b'<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                b'relationships/footnotes" Target="footnotes.xml"/></Relationships>',
            ),
        },
    )
    return path


def rewrite_zip(path: Path, changes: dict) -> None:
    """Replace or add members of a zip; a callable value transforms the existing bytes."""
    with zipfile.ZipFile(path) as zf:
        members = {info.filename: zf.read(info) for info in zf.infolist()}
    for name, change in changes.items():
        members[name] = change(members[name]) if callable(change) else change
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)


def docx_simple(path: Path, text: str = "A short entry about safer wards.") -> Path:
    document = docx.Document()
    document.add_paragraph(text)
    document.save(str(path))
    return path


def docx_zip_bomb(path: Path, inflated_bytes: int) -> Path:
    docx_simple(path)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as zf:
        chunk = b"\0" * (1024 * 1024)
        with zf.open("word/media/padding.bin", "w", force_zip64=True) as f:
            for _ in range(inflated_bytes // len(chunk) + 1):
                f.write(chunk)
    return path


# ----------------------------------------------------------------------------- PDF forms and margins


FORM_ROWS = (
    ("Q1. Outline the context in which the partnership was needed", "CONTEXT answer. " + LOREM * 6, "Second context paragraph."),
    ("Q2. Provide evidence of improvements in safe care", "EVIDENCE answer. " + LOREM * 12, "Closing evidence paragraph."),
    ("Q3. Explain how the work has been shared", "SHARING answer. " + LOREM * 8, "Two trusts took it up."),
    ("Q4. Describe the value created", "VALUE answer. " + LOREM * 8, "It paid for itself in a year."),
    ("Q5. Describe stakeholder involvement", "INVOLVEMENT answer. " + LOREM * 4, "Patients co-designed the leaflet."),
)


def pdf_form_table(path: Path) -> Path:
    """An online-form export: cover fields, then a ruled Question | Response table that runs onto
    a second page (fpdf2 repeats the heading row there), then a paragraph after the table."""
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    for field in ("Entry title: Safer steps together", "Primary entrant: Acme NHS Trust"):
        pdf.cell(0, 6, field, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    with pdf.table(col_widths=(50, 140), text_align="LEFT", line_height=5) as table:
        table.row(("Question", "Response"))
        for question, *paragraphs in FORM_ROWS:
            table.row((question, "\n\n".join(paragraphs)))
    pdf.ln(6)
    pdf.multi_cell(0, 5, "AFTERWORD The partnership will carry on next year.", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def pdf_two_tables(path: Path) -> Path:
    """Two separate ruled tables on one page, with a paragraph between them."""
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    with pdf.table(col_widths=(60, 120), text_align="LEFT") as table:
        table.row(("First question", "First answer"))
        table.row(("Second question", "Second answer"))
    pdf.ln(8)
    pdf.multi_cell(0, 5, "Between the tables.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    with pdf.table(col_widths=(90, 90), text_align="LEFT") as table:
        table.row(("Third question", "Third answer"))
    pdf.output(str(path))
    return path


class _LateHeaderPDF(FPDF):
    """An 8 pt running header that the first page does not carry; a two-line footer of the
    organisation's name over the page number; and a "<org> | Page n of m" variant on even pages."""

    header_size = 8

    def header(self) -> None:
        if self.page_no() > 1:
            self.set_y(9)
            self.set_font("Helvetica", "", self.header_size)
            self.cell(0, 4, "Awards 2026 - Entry", align="L")
        self.set_y(25)

    def footer(self) -> None:
        self.set_font("Helvetica", "", 8)
        if self.page_no() % 2:
            self.set_y(-16)
            self.cell(0, 4, "Northshire Care Partnership", align="C", new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 4, str(self.page_no()), align="C")
        else:
            self.set_y(-12)
            self.cell(0, 4, f"Northshire Care Partnership | Page {self.page_no()} of {{nb}}", align="C")


def pdf_late_running_heads(path: Path, pages: int = 2, header_size: float = 8) -> Path:
    pdf = _LateHeaderPDF(format="A4")
    pdf.header_size = header_size
    pdf.set_auto_page_break(True, margin=25)
    for n in range(pages):
        pdf.add_page()
        pdf.set_font("Helvetica", "", 11)
        pdf.multi_cell(0, 5, f"Body of page {n + 1}. " + LOREM * 3)
    pdf.output(str(path))
    return path
