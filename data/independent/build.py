"""Build the independent evaluation set: I001..I016 (.docx / .pdf) and gold.json.

Run:  .venv/bin/python data/independent/build.py           (set 1: writes data/corpus/independent/)
      .venv/bin/python data/independent/build.py --set 2   (set 2: writes data/corpus/independent2/)
      .venv/bin/python data/independent/build.py --set 3   (set 3: writes data/corpus/independent3/)
      .venv/bin/python data/independent/build.py --set 4   (set 4: I049..I064, data/corpus/independent4/)
      .venv/bin/python data/independent/build.py --set 5   (set 5: I065..I080, data/corpus/independent5/)
      .venv/bin/python data/independent/build.py --set 6   (set 6: I081..I096, data/corpus/independent6/)
      .venv/bin/python data/independent/build.py --set 7   (set 7: I097..I112, data/corpus/independent7/)
      .venv/bin/python data/independent/build.py --set 8   (set 8: I113..I128, data/corpus/independent8/)
      .venv/bin/python data/independent/build.py --set 9   (set 9: I129..I144, data/corpus/independent9/)
      .venv/bin/python data/independent/build.py --set 10  (set 10: I145..I160, data/corpus/independent10/)
      .venv/bin/python data/independent/build.py --set 11  (set 11: I161..I176, data/corpus/independent11/)
      .venv/bin/python data/independent/build.py --set 12  (set 12: I177..I192, data/corpus/independent12/)
      .venv/bin/python data/independent/build.py --set 13  (set 13: I193..I208, data/corpus/independent13/)
      .venv/bin/python data/independent/build.py --set 14  (set 14: I209..I224, data/corpus/independent14/)
      .venv/bin/python data/independent/build.py --set 15  (set 15: I225..I240, data/corpus/independent15/)
      .venv/bin/python data/independent/build.py --set 16  (set 16: I241..I256, data/corpus/independent16/)
      .venv/bin/python data/independent/build.py --set 17  (set 17: I257..I272, data/corpus/independent17/)
      .venv/bin/python data/independent/build.py --set 18  (set 18: I273..I288, data/corpus/independent18/)
      .venv/bin/python data/independent/build.py --set 19  (set 19: I289..I304, data/corpus/independent19/)
      .venv/bin/python data/independent/build.py --set 20  (set 20: I305..I320, data/corpus/independent20/)
      .venv/bin/python data/independent/build.py --set 21  (set 21: I321..I336, data/corpus/independent21/)
      .venv/bin/python data/independent/build.py --set 22  (set 22: I337..I352, data/corpus/independent22/)
      .venv/bin/python data/independent/build.py --set 23  (set 23: I353..I368, data/corpus/independent23/)
      .venv/bin/python data/independent/build.py --set 24  (set 24: I369..I384, data/corpus/independent24/)
      .venv/bin/python data/independent/build.py --set 25  (set 25: I385..I400, data/corpus/independent25/)
      .venv/bin/python data/independent/build.py --set 26  (set 26: I401..I416, data/corpus/independent26/)
      .venv/bin/python data/independent/build.py --set 27  (set 27: I417..I432, data/corpus/independent27/)
      .venv/bin/python data/independent/build.py --set 28  (set 28: I433..I448, data/corpus/independent28/)
      .venv/bin/python data/independent/build.py --set 29  (set 29: I449..I464, data/corpus/independent29/)
      .venv/bin/python data/independent/build.py --set 30  (set 30: I465..I480, data/corpus/independent30/)
      .venv/bin/python data/independent/build.py --set 31  (set 31: I481..I496, data/corpus/independent31/)
      .venv/bin/python data/independent/build.py --set 32  (set 32: I497..I512, data/corpus/independent32/)
      .venv/bin/python data/independent/build.py --set 33  (set 33: I513..I528, data/corpus/independent33/)
      .venv/bin/python data/independent/build.py --set 34  (set 34: I529..I544, data/corpus/independent34/)
      .venv/bin/python data/independent/build.py --set 35  (set 35: I545..I560, data/corpus/independent35/)
      .venv/bin/python data/independent/build.py --set 36  (set 36: I561..I576, data/corpus/independent36/)
      .venv/bin/python data/independent/build.py --set 37  (set 37: I577..I592, data/corpus/independent37/)
      .venv/bin/python data/independent/build.py --set 38  (set 38: I593..I608, data/corpus/independent38/)
      .venv/bin/python data/independent/build.py --set 39  (set 39: I609..I624, data/corpus/independent39/)
      .venv/bin/python data/independent/build.py --set 40  (set 40: I625..I640, data/corpus/independent40/)
      .venv/bin/python data/independent/build.py --set 41  (set 41: I641..I656, data/corpus/independent41/)
      .venv/bin/python data/independent/build.py --set 42  (set 42: I657..I672, data/corpus/independent42/)
      .venv/bin/python data/independent/build.py --set 43  (set 43: I673..I688, data/corpus/independent43/)
      .venv/bin/python data/independent/build.py --set 44  (set 44: I689..I704, data/corpus/independent44/)
      .venv/bin/python data/independent/build.py --set 45  (set 45: I705..I720, data/corpus/independent45/)
      .venv/bin/python data/independent/build.py --set 46  (set 46: I721..I736, data/corpus/independent46/)
      .venv/bin/python data/independent/build.py --set 47  (set 47: I737..I752, data/corpus/independent47/)
      .venv/bin/python data/independent/build.py --set 48  (set 48: I753..I768, data/corpus/independent48/)
      .venv/bin/python data/independent/build.py --set 49  (set 49: I769..I784, data/corpus/independent49/)
      .venv/bin/python data/independent/build.py --set 50  (set 50: I785..I800, data/corpus/independent50/)
      .venv/bin/python data/independent/build.py --set 51  (set 51: I801..I816, data/corpus/independent51/)
      .venv/bin/python data/independent/build.py --set 52  (set 52: I817..I832, data/corpus/independent52/)
      .venv/bin/python data/independent/build.py --set 53  (set 53: I833..I848, data/corpus/independent53/)
      .venv/bin/python data/independent/build.py --set 54  (set 54: I849..I864, data/corpus/independent54/)
      .venv/bin/python data/independent/build.py --set 55  (set 55: I865..I880, data/corpus/independent55/)
      .venv/bin/python data/independent/build.py --set 56  (set 56: I881..I896, data/corpus/independent56/)
      .venv/bin/python data/independent/build.py --set 57  (set 57: I897..I912, data/corpus/independent57/)
      .venv/bin/python data/independent/build.py --set 58  (set 58: I913..I928, data/corpus/independent58/)
      .venv/bin/python data/independent/build.py --set 59  (set 59: I929..I944, data/corpus/independent59/)
      .venv/bin/python data/independent/build.py --set 60  (set 60: I945..I960, data/corpus/independent60/)
      .venv/bin/python data/independent/build.py --set 61  (set 61: I961..I976, data/corpus/independent61/)
      .venv/bin/python data/independent/build.py --set 62  (set 62: I977..I992, data/corpus/independent62/)
      .venv/bin/python data/independent/build.py --set 63  (set 63: I993..I1008, data/corpus/independent63/)
      .venv/bin/python data/independent/build.py --set 64  (set 64: I1009..I1024, data/corpus/independent64/)
      .venv/bin/python data/independent/build.py --set 65  (set 65: I1025..I1040, data/corpus/independent65/)
      .venv/bin/python data/independent/build.py --set 66  (set 66: I1041..I1056, data/corpus/independent66/)
      .venv/bin/python data/independent/build.py --set 67  (set 67: I1057..I1072, data/corpus/independent67/)
      .venv/bin/python data/independent/build.py --set 68  (set 68: I1073..I1088, data/corpus/independent68/)
      .venv/bin/python data/independent/build.py --set 69  (set 69: I1089..I1104, data/corpus/independent69/)
      .venv/bin/python data/independent/build.py --set 70  (set 70: I1105..I1120, data/corpus/independent70/)
      .venv/bin/python data/independent/build.py --set 71  (set 71: I1121..I1136, data/corpus/independent71/)
      .venv/bin/python data/independent/build.py --set 72  (set 72: I1137..I1152, data/corpus/independent72/)
      .venv/bin/python data/independent/build.py --set 73  (set 73: I1153..I1168, data/corpus/independent73/)
      .venv/bin/python data/independent/build.py --set 74  (set 74: I1169..I1184, data/corpus/independent74/)
      .venv/bin/python data/independent/build.py --set 75  (set 75: I1185..I1200, data/corpus/independent75/)
      .venv/bin/python data/independent/build.py --set 76  (set 76: I1201..I1216, data/corpus/independent76/)
      .venv/bin/python data/independent/build.py --set 77  (set 77: I1217..I1232, data/corpus/independent77/)

Entry texts live in entries.py (set 1, I001..I016) and entries2.py (set 2, I017..I032, a second
blind set written later in the same mark-up; its gold says text_bank "independent2" and entries
may run to 2,000 words) and entries3.py (set 3, I033..I048, a third blind set built the same
way; text_bank "independent3", up to 2,000 words).  Set 1's output does not depend on sets 2
or 3.  The same parsed data is used to render each file and to write its gold labels, so gold
section text is exactly the text placed in the document (paragraphs joined by a blank line).
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from entries import ENTRIES  # noqa: E402

# set -> (entries module, output folder under data/corpus, first id number, text_bank, max words)
SETS = {
    "1": ("entries", "independent", 1, "independent", 1500),
    "2": ("entries2", "independent2", 17, "independent2", 2000),
    "3": ("entries3", "independent3", 33, "independent3", 2000),
    "4": ("entries4", "independent4", 49, "independent4", 2000),
    "5": ("entries5", "independent5", 65, "independent5", 2000),
    "6": ("entries6", "independent6", 81, "independent6", 2000),
    "7": ("entries7", "independent7", 97, "independent7", 2000),
    "8": ("entries8", "independent8", 113, "independent8", 2000),
    "9": ("entries9", "independent9", 129, "independent9", 2000),
    "10": ("entries10", "independent10", 145, "independent10", 2000),
    "11": ("entries11", "independent11", 161, "independent11", 2000),
    "12": ("entries12", "independent12", 177, "independent12", 2000),
    "13": ("entries13", "independent13", 193, "independent13", 2000),
    "14": ("entries14", "independent14", 209, "independent14", 2000),
    "15": ("entries15", "independent15", 225, "independent15", 2000),
    "16": ("entries16", "independent16", 241, "independent16", 2000),
    "17": ("entries17", "independent17", 257, "independent17", 2000),
    "18": ("entries18", "independent18", 273, "independent18", 2000),
    "19": ("entries19", "independent19", 289, "independent19", 2000),
    "20": ("entries20", "independent20", 305, "independent20", 2000),
    "21": ("entries21", "independent21", 321, "independent21", 2000),
    "22": ("entries22", "independent22", 337, "independent22", 2000),
    "23": ("entries23", "independent23", 353, "independent23", 2000),
    "24": ("entries24", "independent24", 369, "independent24", 2000),
    "25": ("entries25", "independent25", 385, "independent25", 2000),
    "26": ("entries26", "independent26", 401, "independent26", 2000),
    "27": ("entries27", "independent27", 417, "independent27", 2000),
    "28": ("entries28", "independent28", 433, "independent28", 2000),
    "29": ("entries29", "independent29", 449, "independent29", 2000),
    "30": ("entries30", "independent30", 465, "independent30", 2000),
    "31": ("entries31", "independent31", 481, "independent31", 2000),
    "32": ("entries32", "independent32", 497, "independent32", 2000),
    "33": ("entries33", "independent33", 513, "independent33", 2000),
    "34": ("entries34", "independent34", 529, "independent34", 2000),
    "35": ("entries35", "independent35", 545, "independent35", 2000),
    "36": ("entries36", "independent36", 561, "independent36", 2000),
    "37": ("entries37", "independent37", 577, "independent37", 2000),
    "38": ("entries38", "independent38", 593, "independent38", 2000),
    "39": ("entries39", "independent39", 609, "independent39", 2000),
    "40": ("entries40", "independent40", 625, "independent40", 2000),
    "41": ("entries41", "independent41", 641, "independent41", 2000),
    "42": ("entries42", "independent42", 657, "independent42", 2000),
    "43": ("entries43", "independent43", 673, "independent43", 2000),
    "44": ("entries44", "independent44", 689, "independent44", 2000),
    "45": ("entries45", "independent45", 705, "independent45", 2000),
    "46": ("entries46", "independent46", 721, "independent46", 2000),
    "47": ("entries47", "independent47", 737, "independent47", 2000),
    "48": ("entries48", "independent48", 753, "independent48", 2000),
    "49": ("entries49", "independent49", 769, "independent49", 2000),
    "50": ("entries50", "independent50", 785, "independent50", 2000),
    "51": ("entries51", "independent51", 801, "independent51", 2000),
    "52": ("entries52", "independent52", 817, "independent52", 2000),
    "53": ("entries53", "independent53", 833, "independent53", 2000),
    "54": ("entries54", "independent54", 849, "independent54", 2000),
    "55": ("entries55", "independent55", 865, "independent55", 2000),
    "56": ("entries56", "independent56", 881, "independent56", 2000),
    "57": ("entries57", "independent57", 897, "independent57", 2000),
    "58": ("entries58", "independent58", 913, "independent58", 2000),
    "59": ("entries59", "independent59", 929, "independent59", 2000),
    "60": ("entries60", "independent60", 945, "independent60", 2000),
    "61": ("entries61", "independent61", 961, "independent61", 2000),
    "62": ("entries62", "independent62", 977, "independent62", 2000),
    "63": ("entries63", "independent63", 993, "independent63", 2000),
    "64": ("entries64", "independent64", 1009, "independent64", 2000),
    "65": ("entries65", "independent65", 1025, "independent65", 2000),
    "66": ("entries66", "independent66", 1041, "independent66", 2000),
    "67": ("entries67", "independent67", 1057, "independent67", 2000),
    "68": ("entries68", "independent68", 1073, "independent68", 2000),
    "69": ("entries69", "independent69", 1089, "independent69", 2000),
    "70": ("entries70", "independent70", 1105, "independent70", 2000),
    "71": ("entries71", "independent71", 1121, "independent71", 2000),
    "72": ("entries72", "independent72", 1137, "independent72", 2000),
    "73": ("entries73", "independent73", 1153, "independent73", 2000),
    "74": ("entries74", "independent74", 1169, "independent74", 2000),
    "75": ("entries75", "independent75", 1185, "independent75", 2000),
    "76": ("entries76", "independent76", 1201, "independent76", 2000),
    "77": ("entries77", "independent77", 1217, "independent77", 2000),
    "78": ("entries78", "independent78", 1233, "independent78", 2000),
    "79": ("entries79", "independent79", 1249, "independent79", 2000),
    "80": ("entries80", "independent80", 1265, "independent80", 2000),
    "81": ("entries81", "independent81", 1281, "independent81", 2000),
    "82": ("entries82", "independent82", 1297, "independent82", 2000),
    "83": ("entries83", "independent83", 1313, "independent83", 2000),
    "84": ("entries84", "independent84", 1329, "independent84", 2000),
    "85": ("entries85", "independent85", 1345, "independent85", 2000),
    "86": ("entries86", "independent86", 1361, "independent86", 2000),
    "87": ("entries87", "independent87", 1377, "independent87", 2000),
    "88": ("entries88", "independent88", 1393, "independent88", 2000),
    "89": ("entries89", "independent89", 1409, "independent89", 2000),
    "90": ("entries90", "independent90", 1425, "independent90", 2000),
    "91": ("entries91", "independent91", 1441, "independent91", 2000),
    "92": ("entries92", "independent92", 1457, "independent92", 2000),
    "93": ("entries93", "independent93", 1473, "independent93", 2000),
    "94": ("entries94", "independent94", 1489, "independent94", 2000),
    "95": ("entries95", "independent95", 1505, "independent95", 2000),
    "96": ("entries96", "independent96", 1521, "independent96", 2000),
    "97": ("entries97", "independent97", 1537, "independent97", 2000),
    "98": ("entries98", "independent98", 1553, "independent98", 2000),
    "99": ("entries99", "independent99", 1569, "independent99", 2000),
    "100": ("entries100", "independent100", 1585, "independent100", 2000),
    "101": ("entries101", "independent101", 1601, "independent101", 2000),
    "102": ("entries102", "independent102", 1617, "independent102", 2000),
    "103": ("entries103", "independent103", 1633, "independent103", 2000),
    "104": ("entries104", "independent104", 1649, "independent104", 2000),
    "105": ("entries105", "independent105", 1665, "independent105", 2000),
    "106": ("entries106", "independent106", 1681, "independent106", 2000),
    "107": ("entries107", "independent107", 1697, "independent107", 2000),
    "108": ("entries108", "independent108", 1713, "independent108", 2000),
    "109": ("entries109", "independent109", 1729, "independent109", 2000),
    "110": ("entries110", "independent110", 1745, "independent110", 2000),
    "111": ("entries111", "independent111", 1761, "independent111", 2000),
    "112": ("entries112", "independent112", 1777, "independent112", 2000),
    "113": ("entries113", "independent113", 1793, "independent113", 2000),
    "114": ("entries114", "independent114", 1809, "independent114", 2000),
    "115": ("entries115", "independent115", 1825, "independent115", 2000),
    "116": ("entries116", "independent116", 1841, "independent116", 2000),
    "117": ("entries117", "independent117", 1857, "independent117", 2000),
    "118": ("entries118", "independent118", 1873, "independent118", 2000),
    "119": ("entries119", "independent119", 1889, "independent119", 2000),
    "120": ("entries120", "independent120", 1905, "independent120", 2000),
    "121": ("entries121", "independent121", 1921, "independent121", 2000),
    "122": ("entries122", "independent122", 1937, "independent122", 2000),
    "123": ("entries123", "independent123", 1953, "independent123", 2000),
    "124": ("entries124", "independent124", 1969, "independent124", 2000),
    "125": ("entries125", "independent125", 1985, "independent125", 2000),
    "126": ("entries126", "independent126", 2001, "independent126", 2000),
    "127": ("entries127", "independent127", 2017, "independent127", 2000),
    "128": ("entries128", "independent128", 2033, "independent128", 2000),
    "129": ("entries129", "independent129", 2049, "independent129", 2000),
}

CRITERIA = ["context", "evidence", "spread", "value", "stakeholders"]
TAG_RE = re.compile(r"<<([QPS]+):(.*?)>>", re.S)
BULLET = "\u2022 "  # how a bullet item appears in PDF text

FONT_DIRS = {
    "LiberationSans": "/usr/share/fonts/truetype/liberation/LiberationSans-{}.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-{}.ttf",
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans{}.ttf",
}


# ---------------------------------------------------------------------------
# parsing
# ---------------------------------------------------------------------------
def parse_body(body: str):
    """Return list of paragraphs: dict(text=clean, bullet=bool, tags=[(letters, sentence)])."""
    paras = []
    for raw in body.strip().split("\n\n"):
        raw = " ".join(raw.split())
        if not raw:
            continue
        bullet = raw.startswith("- ")
        if bullet:
            raw = raw[2:]
        tags = [(m.group(1), m.group(2).strip()) for m in TAG_RE.finditer(raw)]
        clean = TAG_RE.sub(lambda m: m.group(2), raw)
        assert "<<" not in clean and ">>" not in clean, clean
        paras.append(dict(text=clean, bullet=bullet, tags=tags))
    return paras


def prepared(e):
    """Attach parsed sections to an entry (in document order)."""
    secs = []
    for crit, heading, body in e["sections"]:
        assert crit in CRITERIA, crit
        secs.append(dict(crit=crit, heading=heading, paras=parse_body(body)))
    e["_secs"] = secs
    return e


def para_text(p, fmt):
    if p["bullet"] and fmt == "pdf":
        return BULLET + p["text"]
    return p["text"]


# ---------------------------------------------------------------------------
# DOCX rendering
# ---------------------------------------------------------------------------
def render_docx(e, path: Path, heading_mode: str | None = None):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = e.get("docx_font", "Calibri")
    normal.font.size = Pt(11)

    layout = heading_mode or e["layout"]

    def bold_para(text, size=None, underline=False):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        r.underline = underline
        if size:
            r.font.size = Pt(size)
        return p

    # --- cover -----------------------------------------------------------
    if e.get("cover_table") and layout != "form_table":
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, v in e["cover_table"]:
            cells = t.add_row().cells
            cells[0].text = k
            cells[0].paragraphs[0].runs[0].bold = True
            cells[1].text = v
        doc.add_paragraph("")
    elif not e.get("cover_table"):
        if layout == "no_headings":
            bold_para(e["title"], size=14)
        else:
            doc.add_heading(e["title"], level=0)
        for line in e.get("cover", []):
            doc.add_paragraph(line)
        for b in e.get("cover_bullets", []):
            doc.add_paragraph(b, style="List Bullet")

    # --- body -------------------------------------------------------------
    if layout == "form_table":
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, v in e.get("cover_table", []):
            cells = t.add_row().cells
            cells[0].text = k
            cells[0].paragraphs[0].runs[0].bold = True
            cells[1].text = v
        hdr = t.add_row().cells
        hdr[0].text = "Question"
        hdr[1].text = "Response"
        for c in hdr:
            c.paragraphs[0].runs[0].bold = True
        from docx.shared import Inches
        for row in t.rows:
            row.cells[0].width = Inches(2.0)
            row.cells[1].width = Inches(4.5)
        for s in e["_secs"]:
            cells = t.add_row().cells
            cells[0].width = Inches(2.0)
            cells[1].width = Inches(4.5)
            cells[0].text = s["heading"]
            cells[0].paragraphs[0].runs[0].bold = True
            first = True
            for p in s["paras"]:
                if first:
                    cells[1].text = p["text"]
                    first = False
                else:
                    cells[1].add_paragraph(p["text"])
    else:
        for s in e["_secs"]:
            h = s["heading"]
            if h is not None:
                if layout in ("rubric_headings",):
                    doc.add_heading(h, level=1)
                elif layout in ("style_headings",):
                    doc.add_heading(h, level=1)
                elif layout in ("reordered", "numbered_questions"):
                    doc.add_heading(h, level=2)
                elif layout in ("bold_headings", "bullet_lists"):
                    bold_para(h)
                else:
                    raise ValueError(layout)
            for p in s["paras"]:
                if p["bullet"]:
                    doc.add_paragraph(p["text"], style="List Bullet")
                else:
                    doc.add_paragraph(p["text"])
    doc.save(path)


# ---------------------------------------------------------------------------
# PDF rendering (fpdf2)
# ---------------------------------------------------------------------------
def new_pdf(family: str):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=18)
    pat = FONT_DIRS[family]
    if family == "DejaVuSans":
        files = {"": pat.format(""), "B": pat.format("-Bold"), "I": pat.format("-Oblique")}
    else:
        files = {"": pat.format("Regular"), "B": pat.format("Bold"), "I": pat.format("Italic")}
    for style, f in files.items():
        pdf.add_font(family, style, f)
    pdf.add_page()
    return pdf


def pdf_title_cover(pdf, e, family, title_size=16, cover_size=10):
    pdf.set_font(family, "B", title_size)
    pdf.multi_cell(0, title_size * 0.5, e["title"], align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font(family, "", cover_size)
    for line in e.get("cover", []):
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)


def pdf_paras(pdf, e, paras, family, size=10.5, lh=5.2, gap=2.5):
    pdf.set_font(family, "", size)
    align = e.get("pdf_align", "J")
    for p in paras:
        if p["bullet"]:
            pdf.set_x(pdf.l_margin + 6)
            pdf.multi_cell(pdf.epw - 6, lh, BULLET + p["text"], align=align,
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        else:
            pdf.multi_cell(0, lh, p["text"], align=align, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(gap)


def render_pdf(e, path: Path):
    layout = e["layout"]
    family = e.get("pdf_font", "LiberationSans")
    if layout == "two_column":
        return render_pdf_two_column(e, path, family)
    if layout == "form_table":
        return render_pdf_form(e, path, family)
    pdf = new_pdf(family)
    pdf_title_cover(pdf, e, family)
    for s in e["_secs"]:
        h = s["heading"]
        if h is not None:
            pdf.ln(1)
            if layout == "own_headings":
                pdf.set_text_color(0, 84, 150)
                pdf.set_font(family, "B", 13)
            elif layout == "caps_headings":
                pdf.set_font(family, "B", 11)
            else:
                pdf.set_font(family, "B", 11.5)
            pdf.multi_cell(0, 6, h, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1.5)
        pdf_paras(pdf, e, s["paras"], family)
    for kind, text in e.get("trailer", []):
        if kind == "heading":
            pdf.ln(2)
            pdf.set_font(family, "B", 11.5)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        else:
            pdf.set_font(family, "", 9.5)
            pdf.multi_cell(0, 4.8, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
    pdf.output(str(path))


def render_pdf_two_column(e, path, family):
    pdf = new_pdf(family)
    pdf_title_cover(pdf, e, family, title_size=15, cover_size=9.5)
    cols = pdf.text_columns(ncols=2, gutter=7, text_align="LEFT")
    with cols:
        for s in e["_secs"]:
            pdf.set_font(family, "B", 11)
            with cols.paragraph(top_margin=2, bottom_margin=1.5) as par:
                par.write(s["heading"])
            pdf.set_font(family, "", 9.5)
            for p in s["paras"]:
                with cols.paragraph(bottom_margin=2) as par:
                    par.write(para_text(p, "pdf"))
    pdf.output(str(path))


def render_pdf_form(e, path, family):
    from fpdf.fonts import FontFace

    pdf = new_pdf(family)
    pdf.set_font(family, "B", 12)
    pdf.multi_cell(0, 6, "Awards entry form", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font(family, "", 9.5)
    label = FontFace(emphasis="BOLD", fill_color=(225, 232, 240))
    with pdf.table(col_widths=(48, 122), text_align="LEFT", line_height=4.8, v_align="TOP",
                   first_row_as_headings=False, padding=2) as table:
        for k, v in e.get("cover_table", []):
            row = table.row()
            row.cell(k, style=label)
            row.cell(v)
        for s in e["_secs"]:
            row = table.row()
            row.cell(s["heading"], style=label)
            row.cell("\n\n".join(para_text(p, "pdf") for p in s["paras"]))
    pdf.output(str(path))


def render_pdf_via_soffice(e, path: Path):
    with tempfile.TemporaryDirectory() as td:
        td = Path(td)
        src = td / (e["id"] + ".docx")
        render_docx(e, src, heading_mode="style_headings")
        profile = td / "lo_profile"
        cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", str(td), str(src)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=180)
        shutil.copy(td / (e["id"] + ".pdf"), path)


# ---------------------------------------------------------------------------
# gold
# ---------------------------------------------------------------------------
def gold_for(e, text_bank="independent"):
    fmt = e["format"]
    sections = {c: None for c in CRITERIA}
    headings = {c: None for c in CRITERIA}
    order = []
    q, pt, st = [], [], []
    for s in e["_secs"]:
        c = s["crit"]
        sections[c] = "\n\n".join(para_text(p, fmt) for p in s["paras"])
        headings[c] = s["heading"]
        order.append(c)
        for p in s["paras"]:
            for letters, sent in p["tags"]:
                assert sent in sections[c], (e["id"], sent)
                if "Q" in letters:
                    q.append(sent)
                if "P" in letters:
                    pt.append(sent)
                if "S" in letters:
                    st.append(sent)

    other = []
    if e.get("cover_table"):
        for k, v in e["cover_table"]:
            other += [k, v]
        if e["layout"] == "form_table":
            if fmt == "docx":
                other += ["Question", "Response"]
            else:
                other = ["Awards entry form"] + other
    else:
        other.append(e["title"])
        other += list(e.get("cover", []))
        other += list(e.get("cover_bullets", []))
    other += [t for _k, t in e.get("trailer", [])]

    g = dict(
        source=f"{e['id']}.{fmt}",
        format=fmt,
        status="reviewed",
        error_code=None,
        layout=e["layout"],
        topic=e["topic"],
        project=e["project"],
        text_bank=text_bank,
        title=e["title"],
        organisation=e["primary_entrant"]["name"],
        primary_entrant=e["primary_entrant"],
        partners=e["partners"],
        order=order,
        headings=headings,
        sections=sections,
        other=other,
        flags=e["flags"],
        quantitative_claims=q,
        patient_involvement=pt,
        staff_involvement=st,
        near_duplicates=e.get("near_duplicates", []),
    )
    check_flags(e, g)
    return g


def check_flags(e, g):
    """Cross-check hand-written flags against the mark-up (catches labelling slips)."""
    codes = {(f["code"], f["criterion"]) for f in e["flags"]}
    expect = set()
    for c in CRITERIA:
        if g["sections"][c] is None:
            expect.add(("missing_section", c))
    # The evidence section's claims; when it is missing, the whole entry's (the definition).
    has_evidence = any(s["crit"] == "evidence" for s in e["_secs"])
    ev_tags = [t for s in e["_secs"] if s["crit"] == "evidence" or not has_evidence for p in s["paras"]
               for t in p["tags"] if "Q" in t[0]]
    if not ev_tags:
        expect.add(("no_quantitative_evidence", "evidence"))
    if not g["patient_involvement"]:
        expect.add(("no_patient_involvement", "stakeholders"))
    if not g["staff_involvement"]:
        expect.add(("no_staff_involvement", "stakeholders"))
    if not g["partners"] or g["primary_entrant"]["type"] == "private":
        expect.add(("ineligible", None))
    assert codes == expect, (e["id"], sorted(codes, key=str), sorted(expect, key=str))


def word_count(e, g):
    parts = [g["title"]] + [s for s in g["sections"].values() if s] + g["other"]
    return len(" ".join(parts).split())


def main(argv=None):
    import argparse
    import importlib

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=sorted(SETS), default="1", help="which set to build (default 1)")
    args = ap.parse_args(argv)
    module, folder, first, text_bank, max_words = SETS[args.set]
    entries = ENTRIES if module == "entries" else importlib.import_module(module).ENTRIES
    out = HERE.parent / "corpus" / folder
    out.mkdir(parents=True, exist_ok=True)
    gold = {"rubric": "best-partnership-patient-safety", "entries": {}}
    ids = [e["id"] for e in entries]
    assert ids == [f"I{i:03d}" for i in range(first, first + 16)], ids
    for e in entries:
        prepared(e)
        g = gold_for(e, text_bank)
        path = out / g["source"]
        if e["format"] == "docx":
            render_docx(e, path)
        elif e.get("render_via") == "soffice":
            render_pdf_via_soffice(e, path)
        else:
            render_pdf(e, path)
        wc = word_count(e, g)
        assert 600 <= wc <= max_words, (e["id"], wc)
        gold["entries"][e["id"]] = g
        print(f"{e['id']}  {g['format']:4s} {g['layout']:20s} words={wc:4d} "
              f"Q={len(g['quantitative_claims'])} P={len(g['patient_involvement'])} "
              f"S={len(g['staff_involvement'])} flags={[f['code'] for f in g['flags']]}")
    # near-duplicate symmetry
    for k, g in gold["entries"].items():
        for d in g["near_duplicates"]:
            assert k in gold["entries"][d]["near_duplicates"], (k, d)
    (out / "gold.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                                   encoding="utf-8")
    print("wrote", out / "gold.json")


if __name__ == "__main__":
    main()
