"""Check the generated files against their gold labels: every gold text is really in the file.

    python data/make_samples.py --check
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pdfplumber
from docx import Document

MM = 72 / 25.4


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def pdf_text(path: Path, g: dict) -> tuple[str, int, bool]:
    """Body text in reading order (columns one after the other), without running headers/footers."""
    parts = []
    two_cols = False
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            body = page.crop((0, 15 * MM, page.width, page.height - 15 * MM))
            if g["layout"] == "two_column":
                mid = page.width / 2
                words = body.extract_words()
                two_cols = two_cols or (any(w["x0"] > mid + 5 for w in words) and any(w["x1"] < mid - 5 for w in words))
                # The cover (full width) sits above the first word of the right column on page 1.
                crossing = max((w["bottom"] for w in words if w["x0"] < mid < w["x1"]), default=body.bbox[1])
                right_top = min((w["top"] for w in words if w["x0"] > mid + 5 and w["top"] > crossing), default=body.bbox[1])
                right_top = max(right_top, body.bbox[1] + 2)
                top = body.crop((0, body.bbox[1], page.width, right_top - 1)).extract_text() or ""
                left = body.crop((0, right_top - 1, mid, body.bbox[3])).extract_text() or ""
                right = body.crop((mid, right_top - 1, page.width, body.bbox[3])).extract_text() or ""
                parts += [top, left, right]
            elif g["layout"] == "form_table":
                cut = (20 + 170 * 0.3) * MM
                tables = body.find_tables()
                if tables and len(tables[0].columns) == 2:
                    x0, t0, x1, t1 = tables[0].bbox
                    for box in [(0, body.bbox[1], page.width, t0), (0, t0, cut, t1), (cut, t0, page.width, t1),
                                (0, t1, page.width, body.bbox[3])]:
                        if box[3] - box[1] > 1:
                            parts.append(body.crop(box).extract_text() or "")
                else:
                    parts.append(body.extract_text() or "")
            else:
                parts.append(body.extract_text() or "")
        return "\n".join(parts), len(pdf.pages), two_cols


def docx_text(path: Path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        for row in t.rows:
            for cell in row.cells:
                parts += [p.text for p in cell.paragraphs]
    return "\n".join(parts)


def check_folder(folder: Path) -> list[str]:
    gold = json.loads((folder / "gold.json").read_text())["entries"]
    problems = []
    for eid, g in gold.items():
        if g["status"] != "reviewed":
            continue
        path = folder / g["source"]
        if g["format"] == "pdf":
            text, pages, two_cols = pdf_text(path, g)
            if not 2 <= pages <= 5:
                problems.append(f"{eid}: {pages} pages")
            if g["layout"] == "two_column" and not two_cols:
                problems.append(f"{eid}: not two columns")
        else:
            text = docx_text(path)
        flat = norm(text)
        # Layouts that split a paragraph over two column/page fragments: compare sentence by sentence.
        for cid, body in g["sections"].items():
            if body is None:
                continue
            for para in body.split("\n\n"):
                for sent in re.split(r"(?<=[.!?])\s+(?=[A-Z0-9£])", para):
                    if norm(sent) not in flat:
                        problems.append(f"{eid} {cid}: sentence not found: {sent[:70]!r}")
            h = g["headings"][cid]
            if h and norm(h) not in flat:
                problems.append(f"{eid} {cid}: heading not found: {h!r}")
        for key in ("quantitative_claims", "patient_involvement", "staff_involvement"):
            for s in g[key]:
                if not any(s in norm(b) for b in g["sections"].values() if b):
                    problems.append(f"{eid}: {key} sentence not in a section: {s[:60]!r}")
        for o in g["other"]:
            if norm(o) not in flat:
                problems.append(f"{eid}: other not found: {o[:60]!r}")
    return problems


def sentences(folder: Path) -> set[str]:
    gold = json.loads((folder / "gold.json").read_text())["entries"]
    out = set()
    for g in gold.values():
        for body in (g["sections"] or {}).values():
            if body:
                out.update(s.strip() for s in re.split(r"(?<=[.!?])\s+", body) if len(s.split()) > 3)
    return out


def check_all(data: Path) -> int:
    total = 0
    for folder in [data / "samples", data / "corpus/train", data / "corpus/heldout", data / "corpus/patient-safety-award"]:
        problems = check_folder(folder)
        total += len(problems)
        print(f"{folder.relative_to(data)}: {len(problems)} problem(s)")
        for p in problems[:15]:
            print("   ", p)
    shared = sentences(data / "corpus/train") & sentences(data / "corpus/heldout")
    print(f"sentences shared by train and heldout: {len(shared)}")
    for s in list(shared)[:10]:
        print("   ", s)
    return total + len(shared)
