"""PDF -> Document with pdfplumber.

One ``extract_words`` call per page; everything else (lines, columns, paragraphs, running
headers and footers) is worked out from those words, so reading costs little more than
extracting the words themselves. Only pages that draw lines or rectangles are also searched
for ruled tables (online-form exports); their cells become ``table_cell`` blocks in row order
and their words are kept out of the page's paragraphs and column detection. Each page is
released as soon as it is read.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException

from pipeline.ingest.limits import Limits
from pipeline.types import Block, Document, EntryError, TableCell

log = logging.getLogger(__name__)

_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demibold|demi\b|,b$|,bi$", re.IGNORECASE)
_PAGE_NUMBER = re.compile(
    r"^(?:page\s*)?[-–—(\[]?\s*(?:\d{1,4}|[ivxlc]{1,6})\s*[-–—)\]]?(?:\s*(?:of|/)\s*\d{1,4})?$",
    re.IGNORECASE,
)
# "Acme NHS Trust | Page 2 of 4", "Entry - page 3": a page number at the end of a margin line.
_PAGE_TAIL = re.compile(
    r"(?:(?:^|[|·•:,–—-])\s*page\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|\bpage\s*\d{1,4}\s*(?:of|/)\s*\d{1,4})\s*$",
    re.IGNORECASE,
)
# "Entry title: ..." - a form field; two such lines in a row are two fields, not one paragraph.
_FIELD = re.compile(r"^[A-Z][\w/&().'’ -]{0,40}?:\s")
_ZONE = 0.08  # top and bottom share of the page where running headers and footers live
_COLUMN_SLACK = 3.0  # points two tables' column edges may differ by and still be one table across pages
_HEADING_MAX_WORDS = 15


@dataclass(slots=True)
class _Line:
    text: str
    top: float
    bottom: float
    x0: float
    x1: float
    size: float | None
    bold: bool
    chars: int
    column: int = 0  # 0 full width, 1 left column, 2 right column
    run: int = 0  # stretch of the page between full-width lines; columns restart in each
    cell: list[int] | None = None  # [table, row, col] when this "line" is a whole table cell


@dataclass(slots=True)
class _Table:
    """A ruled table found on one page; ``cells`` are its cell lines in row order."""

    page: int
    top: float
    bottom: float
    edges: tuple[float, ...]  # x of every column boundary
    rows: int
    cells: list[_Line]
    first: bool = False  # nothing but running-head margin text above it on its page
    last: bool = False  # nothing but running-head margin text below it on its page


def read_pdf(path: Path, limits: Limits = Limits()) -> Document:
    """Read a PDF into blocks in reading order. Raises EntryError for files that cannot be read."""
    name = path.name
    try:
        pdf = pdfplumber.open(path)
    except PdfminerException as exc:
        cause = exc.args[0] if exc.args else exc.__cause__
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise _encrypted(name) from None
        raise _corrupt(name, cause or exc) from None
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise _encrypted(name) from None
    except MemoryError:
        raise
    except Exception as exc:  # pdfminer raises many kinds of error on damaged files
        raise _corrupt(name, exc) from None

    try:
        try:
            pages = pdf.pages
        except MemoryError:
            raise
        except PdfminerException as exc:
            cause = exc.args[0] if exc.args else exc
            if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
                raise _encrypted(name) from None
            raise _corrupt(name, cause) from None
        except Exception as exc:
            raise _corrupt(name, exc) from None
        if not pages:
            raise EntryError("corrupt_file", f"{name} has no pages: ask the entrant to export the PDF again.")
        if len(pages) > limits.max_pages:
            raise EntryError(
                "too_large",
                f"{name} has {len(pages)} pages, more than the limit of {limits.max_pages}: "
                "ask the entrant for the entry alone, or raise the page limit.",
            )
        page_lines, tables, failed, imaged = _read_pages(pages)
    finally:
        _close(pdf)

    notes: list[str] = []
    if failed:
        notes.append(f"pages {_ranges(failed)} could not be read and were left out")
    if len(failed) == len(page_lines):
        raise EntryError(
            "corrupt_file", f"{name} is damaged and no page could be read: ask the entrant to export the PDF again."
        )
    all_lines = [line for _, lines, _ in page_lines for line in lines]
    if not any(line.text.strip() for line in all_lines):
        if imaged:
            raise EntryError(
                "no_text_layer",
                f"{name} has no text layer (it looks scanned): it needs OCR, or ask the entrant for a PDF "
                "exported from the original document.",
            )
        raise EntryError("empty_file", f"{name} has pages but no text: ask the entrant to check the file and resend it.")
    if _mostly_undecodable(all_lines):
        raise EntryError(
            "no_text_layer",
            f"{name} has text that cannot be decoded (fonts without a Unicode map): ask the entrant for a PDF "
            "exported again from the original document, or run OCR on it.",
        )
    textless = [n for n, lines, _ in page_lines if not lines and n not in failed]
    if textless and imaged:
        notes.append(f"pages {_ranges(textless)} have no text layer (scanned?) and were left out")

    page_lines = _number_tables(page_lines, tables)
    body_size = _body_size(all_lines)
    running = _running_lines(page_lines, body_size)
    blocks = _blocks(page_lines, running, body_size)
    return Document(
        source=name,
        format="pdf",
        blocks=tuple(blocks),
        pages=len(page_lines),
        body_size=body_size,
        notes=tuple(notes),
    )


def _close(pdf: pdfplumber.PDF) -> None:
    # PDF.close() walks the page tree again, which raises on the very files that failed to open.
    try:
        pdf.close()
    except Exception:
        try:
            pdf.stream.close()
        except Exception:
            pass


def _encrypted(name: str) -> EntryError:
    return EntryError("encrypted", f"{name} is password-protected: ask the entrant for an unlocked copy.")


def _corrupt(name: str, exc: BaseException) -> EntryError:
    detail = f"{type(exc).__name__}: {exc}".strip().rstrip(":")
    return EntryError(
        "corrupt_file",
        f"{name} is damaged and cannot be opened as a PDF ({detail[:200]}): ask the entrant to export it again.",
    )


def _read_pages(pages) -> tuple[list[tuple[int, list[_Line], float]], list[_Table], list[int], bool]:
    """Lines of every page in reading order (table cells among them); the tables found; the numbers
    of pages that failed; whether any page has images."""
    out: list[tuple[int, list[_Line], float]] = []
    tables: list[_Table] = []
    failed: list[int] = []
    imaged = False
    for number, page in enumerate(pages, start=1):
        try:
            words = page.extract_words(extra_attrs=["size", "fontname"])
            if not words:
                imaged = imaged or bool(page.images)
            height = float(page.height) or 1.0
            width = float(page.width) or 1.0
            found: list[_Table] = []
            if words and (page.rects or page.lines):  # the fast path: no ruling, no table search
                found, words = _find_tables(page, number, words)
            lines = _order_lines(words, width)
            if found:
                lines = _place_tables(lines, found, height)
                tables.extend(found)
            out.append((number, lines, height))
        except MemoryError:
            raise
        except Exception as exc:  # one bad page should not lose the rest of the entry
            log.warning("page %d could not be read: %s: %s", number, type(exc).__name__, exc)
            failed.append(number)
            out.append((number, [], 1.0))
        finally:
            page.close()
    return out, tables, failed, imaged


# ----------------------------------------------------------------------------- ruled tables


def _find_tables(page, number: int, words: list[dict]) -> tuple[list[_Table], list[dict]]:
    """Ruled tables on the page and the words that lie outside them."""
    width, height = float(page.width) or 1.0, float(page.height) or 1.0
    found: list[tuple[tuple[float, float, float, float], list]] = []
    for table in page.find_tables():
        cells = [c for row in table.rows for c in row.cells if c is not None]
        x0, top, x1, bottom = table.bbox
        n_cols = max((len(row.cells) for row in table.rows), default=0)
        if len(cells) < 2:
            continue  # a box drawn round a paragraph is not a table
        if n_cols == 1 and len(table.rows) <= 2 and (x1 - x0) * (bottom - top) > 0.5 * width * height:
            continue  # a page border with a rule across it
        found.append((table.bbox, table.rows))
    if not found:
        return [], words
    found.sort(key=lambda t: (t[0][1], t[0][0]))
    in_cells: dict[tuple[int, int, int], list[dict]] = {}
    outside: list[dict] = []
    for w in words:
        cx, cy = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
        key = None
        for t, (_, rows) in enumerate(found):
            for r, row in enumerate(rows):
                for c, bbox in enumerate(row.cells):
                    if bbox is not None and bbox[0] <= cx <= bbox[2] and bbox[1] <= cy <= bbox[3]:
                        key = (t, r, c)
                        break
                if key:
                    break
            if key:
                break
        if key is None:
            outside.append(w)
        else:
            in_cells.setdefault(key, []).append(w)
    tables: list[_Table] = []
    for t, (bbox, rows) in enumerate(found):
        edges = sorted({round(x, 1) for row in rows for c in row.cells if c is not None for x in (c[0], c[2])})
        cells = [
            _cell_line(in_cells[(t, r, c)], [t, r, c])
            for r, row in enumerate(rows)
            for c in range(len(row.cells))
            if (t, r, c) in in_cells
        ]
        if cells:
            tables.append(_Table(number, float(bbox[1]), float(bbox[3]), tuple(edges), len(rows), cells))
    return tables, outside


def _cell_line(words: list[dict], cell: list[int]) -> _Line:
    """All the words of one cell as a single line-like unit; its paragraphs are joined with newlines."""
    lines = [_make_line(line) for line in _group_lines(words)]
    paragraphs: list[list[_Line]] = []
    for line in lines:
        if paragraphs and _continues(paragraphs[-1][-1], line):
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
    whole = _make_line(words)
    whole.text = "\n".join(_join(p) for p in paragraphs)
    whole.cell = cell
    return whole


def _place_tables(lines: list[_Line], tables: list[_Table], height: float) -> list[_Line]:
    """Put each table's cells into the page's reading order before the first line below its top."""
    margin = (height * _ZONE, height * (1 - _ZONE))
    content = [line for line in lines if margin[0] < line.top and line.bottom < margin[1]]
    for i, table in enumerate(tables):
        table.first = i == 0 and not any(line.bottom <= table.top for line in content)
        table.last = i == len(tables) - 1 and not any(line.top >= table.bottom for line in content)
    out: list[_Line] = []
    pending = list(tables)
    for line in lines:
        while pending and line.top >= pending[0].top:
            out.extend(pending.pop(0).cells)
        out.append(line)
    for table in pending:
        out.extend(table.cells)
    return out


def _number_tables(
    page_lines: list[tuple[int, list[_Line], float]], tables: list[_Table]
) -> list[tuple[int, list[_Line], float]]:
    """Give tables document-wide numbers; a table that runs on over a page break keeps its number.

    A table continues the one before it when that one ends its page, this one starts the next,
    and their columns line up. A header row the continuation repeats is dropped.
    """
    dropped: set[int] = set()
    index = -1
    next_row = 0  # the row number the next continuation of the current table starts at
    previous: _Table | None = None
    header: list[str] = []
    for table in tables:
        continues = (
            previous is not None
            and previous.last
            and table.first
            and table.page == previous.page + 1
            and len(table.edges) == len(previous.edges)
            and all(abs(a - b) <= _COLUMN_SLACK for a, b in zip(table.edges, previous.edges))
        )
        first_row = [line.text for line in table.cells if line.cell[1] == 0]
        skip = 0
        if continues:
            if first_row == header:
                dropped.update(id(line) for line in table.cells if line.cell[1] == 0)
                skip = 1
        else:
            index += 1
            next_row = 0
            header = first_row
        for line in table.cells:
            line.cell = [index, next_row + line.cell[1] - skip, line.cell[2]]
        next_row += table.rows - skip
        previous = table
    if not dropped:
        return page_lines
    return [(n, [line for line in lines if id(line) not in dropped], h) for n, lines, h in page_lines]


# ----------------------------------------------------------------------------- lines and columns


def _group_lines(words: list[dict]) -> list[list[dict]]:
    """Words that overlap vertically by half their height form one line, left to right."""
    lines: list[list[dict]] = []
    top = bottom = 0.0
    for w in sorted(words, key=lambda w: (round(w["top"], 1), w["x0"])):
        height = max(w["bottom"] - w["top"], 0.1)
        if lines:
            overlap = min(w["bottom"], bottom) - w["top"]
            if overlap >= 0.5 * min(height, max(bottom - top, 0.1)):
                lines[-1].append(w)
                bottom = max(bottom, w["bottom"])
                continue
        lines.append([w])
        top, bottom = w["top"], w["bottom"]
    for line in lines:
        line.sort(key=lambda w: w["x0"])
    return lines


def _make_line(words: list[dict]) -> _Line:
    sizes: Counter[float] = Counter()
    bold = True
    chars = 0
    for w in words:
        n = len(w["text"])
        chars += n
        size = w.get("size")
        if size is not None:
            sizes[round(float(size), 1)] += n
        if not _BOLD_FONT.search(str(w.get("fontname") or "")):
            bold = False
    return _Line(
        text=" ".join(w["text"] for w in words),
        top=min(w["top"] for w in words),
        bottom=max(w["bottom"] for w in words),
        x0=min(w["x0"] for w in words),
        x1=max(w["x1"] for w in words),
        size=sizes.most_common(1)[0][0] if sizes else None,
        bold=bold,
        chars=chars,
    )


def _find_gutter(lines: list[list[dict]], width: float) -> float | None:
    """x of an empty vertical band near the middle that most body lines do not cross, if any.

    Full-width lines (a title across both columns) may cross it; ordinary single-column text
    crosses any x on almost every line, so it never qualifies.
    """
    words = [w for line in lines for w in line]
    if len(lines) < 6 or len(words) < 20:
        return None
    lo, hi = int(width * 0.3), int(width * 0.7)
    if hi - lo < 10:
        return None
    diff = [0.0] * (hi - lo + 2)
    for w in words:
        a, b = max(lo, int(w["x0"]) - 1), min(hi, int(w["x1"]) + 1)
        if a <= b:
            h = w["bottom"] - w["top"]
            diff[a - lo] += h
            diff[b - lo + 1] -= h
    text_height = sum(max(w["bottom"] for w in line) - min(w["top"] for w in line) for line in lines)
    allowed = 0.15 * text_height
    best: tuple[int, int] | None = None
    start = None
    running = 0.0
    for i in range(hi - lo + 1):
        running += diff[i]
        if running <= allowed:
            if start is None:
                start = i
            if best is None or i - start > best[1] - best[0]:
                best = (start, i)
        else:
            start = None
    if best is None or best[1] - best[0] < 6:
        return None
    gutter = lo + (best[0] + best[1]) / 2
    left = [line for line in lines if all(w["x1"] <= gutter for w in line)]
    right = [line for line in lines if all(w["x0"] >= gutter for w in line)]
    split = [line for line in lines if line not in left and line not in right]
    left_parts = left + [[w for w in line if w["x1"] <= gutter] for line in split]
    right_parts = right + [[w for w in line if w["x0"] >= gutter] for line in split]
    left_parts = [p for p in left_parts if p]
    right_parts = [p for p in right_parts if p]
    if len(left_parts) < 3 or len(right_parts) < 3:
        return None
    # Columns of prose run up to the gutter; a form's short labels on the left do not.
    left_edge = min(w["x0"] for p in left_parts for w in p)
    reach = left_edge + 0.75 * (gutter - left_edge)
    filled = sum(1 for p in left_parts if p[-1]["x1"] >= reach)
    if filled < 0.5 * len(left_parts):
        return None
    return gutter


def _order_lines(words: list[dict], width: float) -> list[_Line]:
    raw = _group_lines(words)
    gutter = _find_gutter(raw, width)
    if gutter is None:
        return [_make_line(line) for line in raw]
    ordered: list[_Line] = []
    run = 0
    left: list[dict] = []
    right: list[dict] = []

    def flush() -> None:
        # Lines are grouped again inside each column: across the page, a line of one column whose
        # baseline falls between two lines of the other joins them into one, and their words mix.
        for words_of_column, column in ((left, 1), (right, 2)):
            for part in _group_lines(words_of_column):
                made = _make_line(part)
                made.column, made.run = column, run
                ordered.append(made)
        left.clear()
        right.clear()

    for line in raw:
        lw = [w for w in line if (w["x0"] + w["x1"]) / 2 < gutter]
        rw = [w for w in line if (w["x0"] + w["x1"]) / 2 >= gutter]
        if lw and rw:
            gap = rw[0]["x0"] - lw[-1]["x1"]
            size = float(lw[-1].get("size") or (lw[-1]["bottom"] - lw[-1]["top"]) or 10)
            if gap < 1.5 * size:  # an ordinary word space: this line runs across both columns
                flush()
                run += 1
                full = _make_line(line)
                full.run = run
                ordered.append(full)
                run += 1
                continue
        left.extend(lw)
        right.extend(rw)
    flush()
    return ordered


# ----------------------------------------------------------------------------- running heads


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"\d+", "#", text.lower())).strip()


def _zone(line: _Line, height: float) -> str | None:
    if line.bottom <= height * _ZONE:
        return "header"
    if line.top >= height * (1 - _ZONE):
        return "footer"
    return None


def _running_lines(page_lines: list[tuple[int, list[_Line], float]], body_size: float | None) -> set[tuple[int, int]]:
    """(page, index) of lines that are running headers, footers or page numbers.

    A margin line is running when it is a page number (alone or at the end of the line), when it
    repeats on half the pages, or on half the pages after the first (a title page often has no
    running head). Small print in the margin needs less: on half the pages after the first, or
    next to a page number, is enough.
    """
    n_pages = len(page_lines)
    seen: Counter[tuple[str, str]] = Counter()
    seen_later: Counter[tuple[str, str]] = Counter()
    for number, lines, height in page_lines:
        keys = {(zone, _normalise(line.text)) for line in lines if line.cell is None and (zone := _zone(line, height))}
        seen.update(keys)
        if number > page_lines[0][0]:
            seen_later.update(keys)
    needed = max(2, (n_pages + 1) // 2)
    needed_later = max(2, n_pages // 2)
    small_needed = max(1, n_pages // 2)

    def small(line: _Line) -> bool:
        return bool(body_size and line.size and line.size <= min(body_size - 1.0, 0.9 * body_size))

    running: set[tuple[int, int]] = set()
    for number, lines, height in page_lines:
        numbers: list[_Line] = []
        margin_small: list[tuple[int, _Line, str]] = []
        for i, line in enumerate(lines):
            zone = _zone(line, height)
            if not zone or line.cell is not None:
                continue
            text = line.text.strip()
            key = (zone, _normalise(text))
            if _PAGE_NUMBER.match(text) or _PAGE_TAIL.search(text):
                running.add((number, i))
                numbers.append(line)
            elif n_pages >= 2 and (seen[key] >= needed or seen_later[key] >= needed_later):
                running.add((number, i))
            elif small(line):
                if n_pages >= 2 and (seen[key] >= 2 or seen_later[key] >= small_needed):
                    running.add((number, i))
                else:
                    margin_small.append((i, line, zone))
        for i, line, zone in margin_small:  # "Acme NHS Trust" printed just above or below the page number
            reach = 3 * max(line.bottom - line.top, 1.0)
            if any(
                _zone(n, height) == zone and (abs(n.top - line.bottom) <= reach or abs(line.top - n.bottom) <= reach)
                for n in numbers
            ):
                running.add((number, i))
    return running


# ----------------------------------------------------------------------------- paragraphs


def _body_size(lines: list[_Line]) -> float | None:
    sizes: Counter[float] = Counter()
    for line in lines:
        if line.size is not None:
            sizes[line.size] += line.chars
    return sizes.most_common(1)[0][0] if sizes else None


def _line_gap(page_lines) -> float | None:
    """The usual white space between two lines of one paragraph in this document (points).

    Entries are typeset with anything from single to double line spacing, so a fixed share of the
    line height cannot tell a new paragraph from the next line: the most common gap between
    consecutive same-size lines can.
    """
    gaps: Counter[float] = Counter()
    for _, lines, _ in page_lines:
        for prev, line in zip(lines, lines[1:]):
            if prev.cell is not None or line.cell is not None or prev.column != line.column or prev.size != line.size:
                continue
            height = max(prev.bottom - prev.top, 1.0)
            gap = line.top - prev.bottom
            if -0.5 * height <= gap <= 2.0 * height:
                gaps[round(gap * 2) / 2] += 1
    if sum(gaps.values()) < 8:
        return None
    return gaps.most_common(1)[0][0]


def _continues(prev: _Line, line: _Line, usual_gap: float | None = None) -> bool:
    """Whether ``line`` carries on the paragraph that ``prev`` belongs to."""
    if (prev.column, prev.run) != (line.column, line.run) or prev.bold != line.bold:
        return False
    if prev.size is not None and line.size is not None and abs(prev.size - line.size) > 0.6:
        return False
    if _FIELD.match(line.text) and _FIELD.match(prev.text) and len(line.text.split(":")[0].split()) <= 4:
        return False
    gap = line.top - prev.bottom
    height = max(prev.bottom - prev.top, 1.0)
    limit = 0.8 * height
    if usual_gap is not None and usual_gap > 0.5 * height:
        # Widely spaced text: a paragraph break is a gap clearly wider than the usual one.
        limit = min(usual_gap + 0.3 * height, 1.6 * height)
    return -0.5 * height <= gap <= limit


def _join(lines: list[_Line]) -> str:
    text = lines[0].text
    for line in lines[1:]:
        if text.endswith("\xad"):
            text = text[:-1] + line.text
        elif len(text) > 1 and text.endswith("-") and text[-2].isalpha() and line.text[:1].islower():
            text = text[:-1] + line.text
        else:
            text = f"{text} {line.text}"
    return text


def _blocks(page_lines, running: set[tuple[int, int]], body_size: float | None) -> list[Block]:
    blocks: list[Block] = []
    bold_chars = sum(line.chars for _, lines, _ in page_lines for line in lines if line.bold)
    all_chars = sum(line.chars for _, lines, _ in page_lines for line in lines) or 1
    body_bold = bold_chars > all_chars / 2

    def add(lines: list[_Line], page: int, kind: str | None = None) -> None:
        sizes: Counter[float] = Counter()
        for line in lines:
            if line.size is not None:
                sizes[line.size] += line.chars
        size = sizes.most_common(1)[0][0] if sizes else None
        bold = all(line.bold for line in lines)
        text = _join(lines)
        if kind is None:
            kind = "paragraph"
            if _looks_like_heading(text, len(lines), size, bold, body_size, body_bold):
                kind = "heading"
        blocks.append(
            Block(
                text=text,
                order=len(blocks),
                page=page,
                kind=kind,  # type: ignore[arg-type]
                size=size,
                bold=bold,
                cell=TableCell(*lines[0].cell) if kind == "table_cell" and lines[0].cell else None,
                bbox=(
                    round(min(x.x0 for x in lines), 2),
                    round(min(x.top for x in lines), 2),
                    round(max(x.x1 for x in lines), 2),
                    round(max(x.bottom for x in lines), 2),
                ),
            )
        )

    usual_gap = _line_gap(page_lines)
    for number, lines, height in page_lines:
        current: list[_Line] = []
        for i, line in enumerate(lines):
            if line.cell is not None:
                if current:
                    add(current, number)
                    current = []
                add([line], number, "table_cell")
            elif (number, i) in running:
                if current:
                    add(current, number)
                    current = []
                add([line], number, _zone(line, height))
            elif current and _continues(current[-1], line, usual_gap):
                current.append(line)
            else:
                if current:
                    add(current, number)
                current = [line]
        if current:
            add(current, number)
    return blocks


def _looks_like_heading(
    text: str, n_lines: int, size: float | None, bold: bool, body_size: float | None, body_bold: bool
) -> bool:
    words = text.split()
    if not words or len(words) > _HEADING_MAX_WORDS or n_lines > 2 or text.rstrip().endswith((".", ",", ";")):
        return False
    if size is not None and body_size is not None and size >= body_size + 1.0:
        return True
    return bold and not body_bold and any(c.isalpha() for c in text)


def _mostly_undecodable(lines: list[_Line]) -> bool:
    total = sum(line.chars for line in lines)
    cid = sum(line.text.count("(cid:") * 8 for line in lines)
    return total > 0 and cid > 0.5 * total


def _ranges(numbers: list[int]) -> str:
    parts: list[str] = []
    start = prev = numbers[0]
    for n in numbers[1:] + [None]:  # type: ignore[list-item]
        if n is not None and n == prev + 1:
            prev = n
            continue
        parts.append(str(start) if start == prev else f"{start}-{prev}")
        if n is not None:
            start = prev = n
    return ", ".join(parts)
