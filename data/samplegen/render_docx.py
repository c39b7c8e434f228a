"""Render an Entry as a DOCX with python-docx: heading styles, bold paragraphs, tables, headers."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from .compose import Entry
from .render_pdf import AWARD_HEADER

FIXED = datetime(2026, 5, 1, 9, 0, 0)


def _field(paragraph, instr: str) -> None:
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def _outline(paragraph_or_style_ppr, level: int) -> None:
    el = OxmlElement("w:outlineLvl")
    el.set(qn("w:val"), str(level))
    paragraph_or_style_ppr.append(el)


class DocxWriter:
    def __init__(self, entry: Entry) -> None:
        self.e = entry
        self.v = entry.variant
        self.doc = Document()
        normal = self.doc.styles["Normal"]
        normal.font.name = self.v["docx_font"]
        normal.font.size = Pt(11 if self.v["size"] >= 10.5 else 10.5)
        cp = self.doc.core_properties
        cp.author = ""
        cp.last_modified_by = ""
        cp.title = entry.title
        cp.created = cp.modified = cp.last_printed = FIXED
        cp.revision = 1
        self._custom = None

    def headers(self) -> None:
        if not self.v["docx_headers"]:
            return
        sec = self.doc.sections[0]
        hp = sec.header.paragraphs[0]
        hp.text = self.e.title if self.v["header"] == "title" else AWARD_HEADER
        fp = sec.footer.paragraphs[0]
        if self.v["footer"] == "page":
            _field(fp, "PAGE")
        else:
            fp.add_run("Page ")
            _field(fp, "PAGE")
            fp.add_run(" of ")
            _field(fp, "NUMPAGES")

    def para(self, text: str, bold: bool = False, size: float | None = None, style: str | None = None):
        p = self.doc.add_paragraph(style=style)
        run = p.add_run(text)
        if bold:
            run.bold = True
        if size:
            run.font.size = Pt(size)
        return p

    def cover(self) -> None:
        e = self.e
        if not e.title_in_cover:
            if self.v["title_style"] == "Title":
                self.doc.add_paragraph(e.title, style="Title")
            else:
                self.para(e.title, bold=True, size=16)
        for line in e.cover:
            self.para(line)

    def heading(self, text: str) -> None:
        layout = self.e.layout
        if layout == "bold_headings":
            self.para(text, bold=True, size=12 if self.v["head_style"] != "bold" else None)
            return
        if layout == "style_headings":
            mode = self.v["docx_style"]
            if mode == "builtin":
                self.doc.add_paragraph(text, style=self.v["docx_heading"] if self.v["docx_heading"] != "bold" else "Heading 1")
            elif mode == "custom":
                self.doc.add_paragraph(text, style=self._custom_style("Entry Heading", based_on="Heading 1"))
            elif mode == "custom_outline":
                self.doc.add_paragraph(text, style=self._custom_style("Section Title", outline=0))
            else:  # a Normal paragraph whose outline level makes it a heading in Word's navigation pane
                p = self.para(text, bold=True, size=13)
                _outline(p._p.get_or_add_pPr(), 0)
            return
        style = self.v["docx_heading"]
        if style == "bold":
            self.para(text, bold=True)
        else:
            self.doc.add_paragraph(text, style=style)

    def _custom_style(self, name: str, based_on: str | None = None, outline: int | None = None) -> str:
        styles = self.doc.styles
        if name not in [s.name for s in styles]:
            st = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            st.base_style = styles[based_on] if based_on else styles["Normal"]
            st.font.bold = True
            st.font.size = Pt(14)
            st.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
            st.paragraph_format.space_before = Pt(12)
            st.paragraph_format.space_after = Pt(4)
            if outline is not None:
                _outline(st.element.get_or_add_pPr(), outline)
        return name

    def sections(self) -> None:
        e = self.e
        if e.layout == "form_table":
            return self.form()
        for c in e.order:
            sec = e.sections[c]
            if sec.heading:
                self.heading(sec.heading)
            for p in sec.paras:
                self.para(" ".join(s.text for s in p))

    def form(self) -> None:
        e = self.e
        if self.v["form"] == "per_criterion":
            for c in e.order:
                sec = e.sections[c]
                t = self.doc.add_table(rows=2, cols=1)
                t.style = "Table Grid"
                q = t.cell(0, 0).paragraphs[0]
                q.add_run(sec.heading).bold = True
                a = t.cell(1, 0)
                for i, p in enumerate(sec.paras):
                    para = a.paragraphs[0] if i == 0 else a.add_paragraph()
                    para.add_run(" ".join(s.text for s in p))
                self.doc.add_paragraph()
        else:
            t = self.doc.add_table(rows=1, cols=2)
            t.style = "Table Grid"
            t.cell(0, 0).paragraphs[0].add_run("Question").bold = True
            t.cell(0, 1).paragraphs[0].add_run("Response").bold = True
            for c in e.order:
                sec = e.sections[c]
                row = t.add_row()
                row.cells[0].paragraphs[0].add_run(sec.heading).bold = True
                for i, p in enumerate(sec.paras):
                    para = row.cells[1].paragraphs[0] if i == 0 else row.cells[1].add_paragraph()
                    para.add_run(" ".join(s.text for s in p))

    def appendix(self) -> None:
        for kind, text in self.e.appendix:
            if kind == "heading":
                if self.e.layout in ("bold_headings", "no_headings", "form_table") or self.v["docx_heading"] == "bold":
                    self.para(text, bold=True)
                else:
                    self.doc.add_paragraph(text, style="Heading 2")
            else:
                self.para(text)

    def save(self, path) -> None:
        buf = io.BytesIO()
        self.doc.save(buf)
        # Fixed timestamps inside the zip so that re-running gives the same bytes.
        src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
            for info in src.infolist():
                zi = zipfile.ZipInfo(info.filename, date_time=(2026, 5, 1, 9, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                out.writestr(zi, src.read(info.filename))


def render_docx(entry: Entry, path) -> None:
    w = DocxWriter(entry)
    w.headers()
    w.cover()
    w.sections()
    if entry.layout != "form_table":
        w.appendix()
    else:
        w.appendix()
    w.save(path)
