"""Render an Entry as a PDF with fpdf2 core fonts (latin-1 text only)."""

from __future__ import annotations

from datetime import datetime, timezone

from fpdf import FPDF, FontFace

from .compose import Entry

AWARD_HEADER = "HSJ Patient Safety Awards 2026 - Entry"
FIXED_DATE = datetime(2026, 5, 1, 9, 0, 0, tzinfo=timezone.utc)


def latin1(text: str) -> str:
    table = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u2026": "..."}
    for k, v in table.items():
        text = text.replace(k, v)
    text.encode("latin-1")  # fail loudly on anything a core font cannot show
    return text


class EntryPDF(FPDF):
    def __init__(self, entry: Entry, size: float) -> None:
        super().__init__(format="A4", unit="mm")
        self.entry = entry
        self.v = entry.variant
        self.body = size
        self.fam = self.v["font"]
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, 20)
        self.set_creation_date(FIXED_DATE)
        self.set_title(latin1(entry.title))
        self.set_author("")
        self.set_creator("")
        self.set_producer("fpdf2")

    def header(self) -> None:
        if self.page_no() == 1 and not self.v["header_first"]:
            self.set_y(14)
            return
        self.set_y(9)
        self.set_font(self.fam, "I" if self.fam == "Times" else "", 8)
        self.set_text_color(110)
        text = {"title": self.entry.title, "award": AWARD_HEADER, "org": self.entry.lead[0]}[self.v["header"]]
        self.cell(0, 4, latin1(text), align="R" if self.v["header"] == "title" else "L", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0)
        self.set_y(18)

    def footer(self) -> None:
        self.set_y(-13)
        self.set_font(self.fam, "", 8)
        self.set_text_color(110)
        n = self.page_no()
        text = {"page_of": f"Page {n} of {{nb}}", "page": f"{n}",
                "org_page": f"{self.entry.lead[0]} | Page {n} of {{nb}}"}[self.v["footer"]]
        self.cell(0, 4, latin1(text), align="C" if self.v["footer"] != "org_page" else "R")
        self.set_text_color(0)

    # -- pieces
    @property
    def lh(self) -> float:
        return self.body * self.v["leading"]

    def para(self, text: str, style: str = "", size: float | None = None, gap: float = 2.2, align: str = "J") -> None:
        self.set_font(self.fam, style, size or self.body)
        self.multi_cell(0, self.lh if not size else size * 0.5, latin1(text), align=align, new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)

    def heading(self, text: str) -> None:
        hs = self.v["head_style"]
        style, size = {"bold": ("B", self.body), "large": ("", self.body + 3), "large_bold": ("B", self.body + 2)}[hs]
        if self.get_y() > self.h - 45:
            self.add_page()
        self.ln(1.5)
        self.para(text, style, size, gap=1.5, align="L")

    def cover(self) -> None:
        e = self.entry
        if not e.title_in_cover:
            self.para(e.title, "B", 16, gap=3, align="L")
        for line in e.cover:
            self.para(line, "", self.body, gap=0.6, align="L")
        self.ln(5)

    def appendix(self) -> None:
        for kind, text in self.entry.appendix:
            if kind == "heading":
                self.heading(text)
            else:
                self.para(text, align="L")


def _sections_flow(pdf: EntryPDF) -> None:
    e = pdf.entry
    for c in e.order:
        sec = e.sections[c]
        if sec.heading:
            pdf.heading(sec.heading)
        for p in sec.paras:
            pdf.para(" ".join(s.text for s in p))
        pdf.ln(1.5)


def _sections_columns(pdf: EntryPDF) -> None:
    e = pdf.entry
    with pdf.text_columns(ncols=2, gutter=8, text_align="J", line_height=pdf.v["leading"] / 0.42) as cols:
        for c in e.order:
            sec = e.sections[c]
            if sec.heading:
                with cols.paragraph(top_margin=2.5, bottom_margin=1.2, text_align="L") as par:
                    pdf.set_font(pdf.fam, "B", pdf.body + 1)
                    par.write(latin1(sec.heading))
            for p in sec.paras:
                with cols.paragraph(bottom_margin=2) as par:
                    pdf.set_font(pdf.fam, "", pdf.body)
                    par.write(latin1(" ".join(s.text for s in p)))
        for kind, text in e.appendix:
            with cols.paragraph(top_margin=2 if kind == "heading" else 0, bottom_margin=1.5, text_align="L") as par:
                pdf.set_font(pdf.fam, "B" if kind == "heading" else "", pdf.body)
                par.write(latin1(text))


def _sections_form(pdf: EntryPDF) -> None:
    e = pdf.entry
    head = FontFace(emphasis="BOLD", fill_color=(225, 225, 225))
    if e.variant["form"] == "per_criterion":
        for c in e.order:
            sec = e.sections[c]
            pdf.set_font(pdf.fam, "", pdf.body)
            with pdf.table(col_widths=(1,), headings_style=head, line_height=pdf.lh, text_align="LEFT",
                           padding=2) as t:
                t.row().cell(latin1(sec.heading))
                t.row().cell(latin1(sec.body()))
            pdf.ln(5)
    else:
        pdf.set_font(pdf.fam, "", pdf.body)
        with pdf.table(col_widths=(30, 70), headings_style=head, line_height=pdf.lh, text_align="LEFT",
                       padding=2) as t:
            r = t.row()
            r.cell("Question")
            r.cell("Response")
            for c in e.order:
                sec = e.sections[c]
                r = t.row()
                r.cell(latin1(sec.heading))
                r.cell(latin1(sec.body()))
        pdf.ln(5)
    pdf.appendix()


def render_pdf(entry: Entry, path) -> int:
    """Write the PDF; return its page count. Grows the type until the entry fills two pages."""
    size = entry.variant["size"]
    for _ in range(6):
        pdf = EntryPDF(entry, size)
        pdf.alias_nb_pages()
        pdf.add_page()
        pdf.cover()
        if entry.layout == "two_column":
            _sections_columns(pdf)
        elif entry.layout == "form_table":
            _sections_form(pdf)
        else:
            _sections_flow(pdf)
            pdf.appendix()
        if pdf.pages_count >= 2:
            break
        size += 1
    pdf.output(str(path))
    return pdf.pages_count
