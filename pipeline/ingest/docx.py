"""Word (.docx, .docm, .dotx) -> Document with python-docx.

python-docx opens the package (content types, relationships, a renamed main part); the body
XML is then walked in order so that nothing a reader of the page would see is missed:
tables, content controls, text boxes, tracked insertions, footnotes and endnotes.
The page's headers and footers come back as ``header`` blocks first and ``footer`` blocks after
the body, as the PDF reader returns running heads: kept for provenance, never section text.
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.styles import BabelFish
from lxml import etree

from pipeline.ingest.limits import Limits
from pipeline.types import Block, Document, EntryError, TableCell

log = logging.getLogger(__name__)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


W_P, W_R, W_T, W_TBL, W_TR, W_TC = _w("p"), _w("r"), _w("t"), _w("tbl"), _w("tr"), _w("tc")
W_SDT, W_SDT_CONTENT, W_TXBX = _w("sdt"), _w("sdtContent"), _w("txbxContent")
W_VAL = _w("val")
MC_ALT, MC_CHOICE, MC_FALLBACK = f"{{{MC_NS}}}AlternateContent", f"{{{MC_NS}}}Choice", f"{{{MC_NS}}}Fallback"
M_T = f"{{{M_NS}}}t"

# Containers whose children are read as if they were the parent's.
_TRANSPARENT = {_w(t) for t in ("ins", "moveTo", "customXml", "smartTag", "hyperlink", "fldSimple", "dir", "bdo")}
# Content a reader of the page does not see: deletions, moved-from text, field codes, properties.
_SKIPPED = {_w(t) for t in ("del", "moveFrom", "pPr", "rPr", "sdtPr", "sdtEndPr", "instrText", "delText", "sectPr")}
_BREAKS = {_w("br"): "\n", _w("cr"): "\n", _w("tab"): " ", _w("noBreakHyphen"): "-", _w("ptab"): " "}
_NOTE_TYPES = ("separator", "continuationSeparator", "continuationNotice")
_FALSE = {"0", "false", "off", "none"}

# Strict OOXML spells the same vocabulary with other namespace URIs.
_STRICT_NS = re.compile(rb"http://purl\.oclc\.org/ooxml/(wordprocessingml|drawingml|officeDocument|presentationml)/(\w+)")
_MAIN_CONTENT_TYPES = re.compile(
    rb"application/vnd\.(?:ms-word\.document\.macroEnabled|ms-word\.template\.macroEnabledTemplate|"
    rb"openxmlformats-officedocument\.wordprocessingml\.template)\.main\+xml"
)
_DOCX_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_HEADING_NAME = re.compile(r"^heading\s*([1-9])$", re.IGNORECASE)
_SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def read_docx(path: Path, limits: Limits = Limits()) -> Document:
    """Read a Word package into blocks in body order, footnotes and endnotes last."""
    name = path.name
    source = _checked_package(path, name, limits)
    try:
        document = docx.Document(source)
    except MemoryError:
        raise
    except Exception as exc:  # python-docx, zipfile and lxml raise many kinds of error on damaged files
        raise EntryError(
            "corrupt_file",
            f"{name} is damaged and cannot be opened as a Word document ({type(exc).__name__}: {str(exc)[:160]}): "
            "ask the entrant to save it again from Word as .docx or PDF.",
        ) from None

    styles = _Styles(document.styles.element)
    reader = _BodyReader(styles)
    furniture = dict(_furniture_parts(document))
    reader.read_furniture(furniture.get("header", []), "header")
    reader.read_children(document.element.body)
    reader.read_furniture(furniture.get("footer", []), "footer")
    for note_xml in _note_parts(document):
        reader.read_notes(note_xml)

    blocks = tuple(reader.blocks)
    if not any(b.text.strip() for b in blocks if b.kind not in ("header", "footer")):
        # Running headers and footers alone are not an entry.
        raise EntryError("empty_file", f"{name} contains no text: ask the entrant to check the file and resend it.")
    return Document(
        source=name, format="docx", blocks=blocks, pages=None, body_size=reader.body_size(), notes=tuple(reader.notes)
    )


# ----------------------------------------------------------------------------- the package


def _checked_package(path: Path, name: str, limits: Limits) -> Path | io.BytesIO:
    """The package to open: the file itself, or a normalised copy (Strict OOXML, .docm, .dotx)."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            total = sum(info.file_size for info in infos)
            if total > limits.max_docx_uncompressed_bytes:
                raise EntryError(
                    "too_large",
                    f"{name} would expand to {total // (1024 * 1024)} MB when unpacked, more than the limit of "
                    f"{limits.max_docx_uncompressed_bytes // (1024 * 1024)} MB: ask the entrant for a smaller file "
                    "(compress or remove large images).",
                )
            xml_infos = [i for i in infos if i.filename.endswith((".xml", ".rels")) or i.filename == "[Content_Types].xml"]
            needs_copy = False
            for info in xml_infos:
                with zf.open(info) as f:
                    head = f.read(4096)
                if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                    raise EntryError(
                        "corrupt_file",
                        f"{name} contains XML entity declarations, which Word never writes, so it was not opened: "
                        "ask the entrant to save it again from Word as .docx or PDF.",
                    )
                if b"purl.oclc.org/ooxml" in head or (
                    info.filename == "[Content_Types].xml" and _MAIN_CONTENT_TYPES.search(zf.read(info))
                ):
                    needs_copy = True
            if not needs_copy:
                return path
            return _normalised_copy(zf, infos)
    except EntryError:
        raise
    except MemoryError:
        raise
    except Exception as exc:
        raise EntryError(
            "corrupt_file",
            f"{name} is damaged (its zip container cannot be read: {type(exc).__name__}): ask the entrant to save it "
            "again from Word as .docx or PDF.",
        ) from None


def _normalised_copy(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> io.BytesIO:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for info in infos:
            data = zf.read(info)
            if info.filename.endswith((".xml", ".rels")):
                data = _STRICT_NS.sub(rb"http://schemas.openxmlformats.org/\1/2006/\2", data)
                if info.filename == "[Content_Types].xml":
                    data = _MAIN_CONTENT_TYPES.sub(_DOCX_MAIN, data)
            out.writestr(info.filename, data)
    buffer.seek(0)
    return buffer


def _furniture_parts(document) -> Iterator[tuple[str, list[etree._Element]]]:
    """("header", roots) and ("footer", roots): the header and footer parts, in part-name order."""
    found: dict[str, list[tuple[str, etree._Element]]] = {"header": [], "footer": []}
    for rel in document.part.rels.values():
        kind = rel.reltype.rsplit("/", 1)[-1]
        if rel.is_external or kind not in found:
            continue
        try:
            found[kind].append((str(rel.target_part.partname), etree.fromstring(rel.target_part.blob, _SAFE_PARSER)))
        except etree.XMLSyntaxError as exc:
            log.warning("%s part could not be parsed: %s", kind, exc)
    for kind, parts in found.items():
        yield kind, [root for _, root in sorted(parts, key=lambda p: p[0])]


def _note_parts(document) -> Iterator[etree._Element]:
    for rel in document.part.rels.values():
        if rel.is_external or not rel.reltype.endswith(("/footnotes", "/endnotes")):
            continue
        try:
            yield etree.fromstring(rel.target_part.blob, _SAFE_PARSER)
        except etree.XMLSyntaxError as exc:
            log.warning("notes part could not be parsed: %s", exc)


# ----------------------------------------------------------------------------- styles


@dataclass
class _Style:
    name: str
    based_on: str | None
    outline: int | None
    bold: bool | None
    size: float | None
    numbered: bool


def _on(el: etree._Element | None) -> bool | None:
    if el is None:
        return None
    return el.get(W_VAL, "true").lower() not in _FALSE


def _half_points(el: etree._Element | None) -> float | None:
    if el is None:
        return None
    try:
        return int(el.get(W_VAL, "")) / 2
    except ValueError:
        return None


def _outline(ppr: etree._Element | None) -> int | None:
    if ppr is None:
        return None
    el = ppr.find(_w("outlineLvl"))
    if el is None:
        return None
    try:
        return int(el.get(W_VAL, ""))
    except ValueError:
        return None


def _numbered(ppr: etree._Element | None) -> bool:
    if ppr is None:
        return False
    num = ppr.find(_w("numPr"))
    if num is None:
        return False
    num_id = num.find(_w("numId"))
    return num_id is None or num_id.get(W_VAL) != "0"


class _Styles:
    def __init__(self, root: etree._Element) -> None:
        self.by_id: dict[str, _Style] = {}
        self.default_paragraph: str | None = None
        self.default_bold: bool | None = None
        self.default_size: float | None = None
        defaults = root.find(f"{_w('docDefaults')}/{_w('rPrDefault')}/{_w('rPr')}")
        if defaults is not None:
            self.default_bold = _on(defaults.find(_w("b")))
            self.default_size = _half_points(defaults.find(_w("sz")))
        for el in root.iterchildren(_w("style")):
            style_id = el.get(_w("styleId"))
            if not style_id:
                continue
            name_el, based_el = el.find(_w("name")), el.find(_w("basedOn"))
            ppr, rpr = el.find(_w("pPr")), el.find(_w("rPr"))
            self.by_id[style_id] = _Style(
                name=BabelFish.internal2ui(name_el.get(W_VAL, style_id)) if name_el is not None else style_id,
                based_on=based_el.get(W_VAL) if based_el is not None else None,
                outline=_outline(ppr),
                bold=_on(rpr.find(_w("b"))) if rpr is not None else None,
                size=_half_points(rpr.find(_w("sz"))) if rpr is not None else None,
                numbered=_numbered(ppr),
            )
            if el.get(_w("type")) == "paragraph" and (el.get(_w("default")) or "").lower() in ("1", "true", "on"):
                self.default_paragraph = style_id

    def chain(self, style_id: str | None) -> list[_Style]:
        out: list[_Style] = []
        seen: set[str] = set()
        while style_id and style_id not in seen and style_id in self.by_id and len(out) < 20:
            seen.add(style_id)
            style = self.by_id[style_id]
            out.append(style)
            style_id = style.based_on
        return out

    def heading_level(self, chain: list[_Style]) -> int | None:
        for style in chain:
            match = _HEADING_NAME.match(style.name)
            if match:
                return int(match.group(1))
            if style.outline is not None:
                return style.outline + 1 if 0 <= style.outline <= 8 else None
        return None


# ----------------------------------------------------------------------------- the body


@dataclass
class _Paragraph:
    text: str
    style: str | None
    heading_level: int | None
    list_item: bool
    runs: list[tuple[int, bool, float | None]] = field(default_factory=list)  # chars, bold, size
    text_boxes: list[etree._Element] = field(default_factory=list)

    @property
    def bold(self) -> bool:
        return bool(self.runs) and all(bold for _, bold, _ in self.runs)

    def size(self) -> float | None:
        sizes: Counter[float] = Counter()
        for chars, _, size in self.runs:
            if size is not None:
                sizes[size] += chars
        return sizes.most_common(1)[0][0] if sizes else None


class _BodyReader:
    def __init__(self, styles: _Styles) -> None:
        self.styles = styles
        self.blocks: list[Block] = []
        self.notes: list[str] = []
        self.tables = 0
        self._body_sizes: Counter[float] = Counter()

    def body_size(self) -> float | None:
        return self._body_sizes.most_common(1)[0][0] if self._body_sizes else None

    def _add(self, **fields) -> None:
        self.blocks.append(Block(order=len(self.blocks), **fields))

    # -- block level

    def read_children(self, parent: etree._Element) -> None:
        for child in parent:
            tag = child.tag
            if tag == W_P:
                self._emit_paragraph(self.paragraph(child))
            elif tag == W_TBL:
                self.table(child)
            elif tag == W_SDT:
                content = child.find(W_SDT_CONTENT)
                if content is not None:
                    self.read_children(content)
            elif tag in _TRANSPARENT:
                self.read_children(child)
            elif tag == MC_ALT:
                self.read_children(_chosen(child))

    def _emit_paragraph(self, para: _Paragraph) -> None:
        if para.text:
            kind = "heading" if para.heading_level else ("list_item" if para.list_item else "paragraph")
            if kind != "heading":
                for chars, _, size in para.runs:
                    if size is not None:
                        self._body_sizes[size] += chars
            self._add(
                text=para.text,
                kind=kind,
                style=para.style,
                size=para.size(),
                bold=para.bold,
                heading_level=para.heading_level,
            )
        for box in para.text_boxes:
            self.read_children(box)

    def table(self, tbl: etree._Element) -> None:
        index = self.tables
        self.tables += 1
        nested: list[etree._Element] = []
        for r, tr in enumerate(_rows(tbl)):
            col = _int(tr.find(f"{_w('trPr')}/{_w('gridBefore')}"), 0)
            for tc in _cells(tr):
                tcpr = tc.find(_w("tcPr"))
                span = _int(tcpr.find(_w("gridSpan")) if tcpr is not None else None, 1)
                vmerge = tcpr.find(_w("vMerge")) if tcpr is not None else None
                if vmerge is None or vmerge.get(W_VAL) == "restart":  # a continued merge repeats the cell above
                    self._cell(tc, TableCell(index, r, col), nested)
                col += max(span, 1)
        for inner in nested:
            self.table(inner)

    def _cell(self, tc: etree._Element, cell: TableCell, nested: list[etree._Element]) -> None:
        paragraphs: list[_Paragraph] = []
        boxes: list[etree._Element] = []

        def collect(parent: etree._Element) -> None:
            for child in parent:
                if child.tag == W_P:
                    para = self.paragraph(child)
                    paragraphs.append(para)
                    boxes.extend(para.text_boxes)
                elif child.tag == W_TBL:
                    nested.append(child)
                elif child.tag == W_SDT:
                    content = child.find(W_SDT_CONTENT)
                    if content is not None:
                        collect(content)
                elif child.tag in _TRANSPARENT:
                    collect(child)
                elif child.tag == MC_ALT:
                    collect(_chosen(child))

        collect(tc)
        texts = [p for p in paragraphs if p.text]
        if texts:
            runs = [run for p in texts for run in p.runs]
            sizes: Counter[float] = Counter()
            for chars, _, size in runs:
                if size is not None:
                    sizes[size] += chars
            self._add(
                text="\n".join(p.text for p in texts),
                kind="table_cell",
                style=texts[0].style,
                size=sizes.most_common(1)[0][0] if sizes else None,
                bold=bool(runs) and all(bold for _, bold, _ in runs),
                heading_level=texts[0].heading_level if len(texts) == 1 else None,
                cell=cell,
            )
        for box in boxes:
            self.read_children(box)

    def read_furniture(self, roots: list[etree._Element], kind: str) -> None:
        """Each distinct paragraph of the header or footer parts once (first-page, even and default
        variants often repeat each other); their sizes stay out of the body size."""
        seen: set[str] = set()
        for root in roots:
            for p in root.iter(W_P):
                para = self.paragraph(p)
                if para.text and para.text not in seen:
                    seen.add(para.text)
                    self._add(text=para.text, kind=kind, style=para.style, size=para.size(), bold=para.bold)

    def read_notes(self, root: etree._Element) -> None:
        for note in root:
            if not isinstance(note.tag, str) or note.get(_w("type")) in _NOTE_TYPES:
                continue
            paragraphs = [self.paragraph(p) for p in note.iter(W_P)]
            text = " ".join(p.text for p in paragraphs if p.text)
            if text:
                runs = [run for p in paragraphs for run in p.runs]
                self._add(
                    text=text,
                    kind="footnote",
                    style=paragraphs[0].style if paragraphs else None,
                    bold=bool(runs) and all(bold for _, bold, _ in runs),
                )

    # -- inside a paragraph

    def paragraph(self, p: etree._Element) -> _Paragraph:
        ppr = p.find(_w("pPr"))
        style_id = None
        if ppr is not None:
            pstyle = ppr.find(_w("pStyle"))
            if pstyle is not None:
                style_id = pstyle.get(W_VAL)
        chain = self.styles.chain(style_id or self.styles.default_paragraph)
        level = None
        direct = _outline(ppr)
        if direct is not None:
            level = direct + 1 if 0 <= direct <= 8 else None
        else:
            level = self.styles.heading_level(chain)
        style_name = chain[0].name if chain else style_id
        list_item = _numbered(ppr) or any(s.numbered for s in chain) or bool(style_name and style_name.startswith("List"))
        para_bold = next((s.bold for s in chain if s.bold is not None), self.styles.default_bold) or False
        para_size = next((s.size for s in chain if s.size is not None), self.styles.default_size)
        para = _Paragraph(text="", style=style_name, heading_level=level, list_item=list_item)
        pieces: list[str] = []
        self._inline(p, para, pieces, para_bold, para_size)
        para.text = re.sub(r"[ \t\xa0]+", " ", "".join(pieces)).strip()
        return para

    def _inline(self, parent, para: _Paragraph, pieces: list[str], bold: bool, size: float | None) -> None:
        for child in parent:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIPPED:
                continue
            if tag == W_R:
                self._run(child, para, pieces, bold, size)
            elif tag == W_TXBX:
                para.text_boxes.append(child)
            elif tag == MC_ALT:
                self._inline(_chosen(child), para, pieces, bold, size)
            elif tag == W_SDT:
                content = child.find(W_SDT_CONTENT)
                if content is not None:
                    self._inline(content, para, pieces, bold, size)
            elif tag == M_T:
                text = child.text or ""
                pieces.append(text)
                para.runs.append((len(text.strip()), False, None))
            elif tag != W_P:  # containers: hyperlinks, insertions, smart tags, drawings holding text boxes, math
                self._inline(child, para, pieces, bold, size)

    def _run(self, r: etree._Element, para: _Paragraph, pieces: list[str], bold: bool, size: float | None) -> None:
        rpr = r.find(_w("rPr"))
        if rpr is not None:
            rstyle = rpr.find(_w("rStyle"))
            char_chain = self.styles.chain(rstyle.get(W_VAL) if rstyle is not None else None)
            bold = next((s.bold for s in char_chain if s.bold is not None), bold)
            size = next((s.size for s in char_chain if s.size is not None), size)
            direct_bold = _on(rpr.find(_w("b")))
            bold = direct_bold if direct_bold is not None else bold
            size = _half_points(rpr.find(_w("sz"))) or size
        chars = 0
        for child in r:
            tag = child.tag
            if tag == W_T:
                text = child.text or ""
                pieces.append(text)
                chars += len(text.strip())
            elif tag in _BREAKS:
                pieces.append(_BREAKS[tag])
            elif isinstance(tag, str) and tag not in _SKIPPED:
                self._inline((child,), para, pieces, bold, size)  # drawings and pictures that hold text boxes
        if chars:
            para.runs.append((chars, bool(bold), size))


def _chosen(alternate: etree._Element) -> etree._Element:
    """The branch of mc:AlternateContent to read: the first Choice, else the Fallback."""
    choice = alternate.find(MC_CHOICE)
    if choice is not None:
        return choice
    fallback = alternate.find(MC_FALLBACK)
    return fallback if fallback is not None else etree.Element("empty")


def _through_wrappers(parent: etree._Element, tag: str) -> Iterator[etree._Element]:
    """Children with ``tag``, looking inside content controls and other transparent wrappers."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag == W_SDT or child.tag in _TRANSPARENT:
            content = child.find(W_SDT_CONTENT) if child.tag == W_SDT else child
            if content is not None:
                yield from _through_wrappers(content, tag)


def _rows(tbl: etree._Element) -> Iterator[etree._Element]:
    return _through_wrappers(tbl, W_TR)


def _cells(tr: etree._Element) -> Iterator[etree._Element]:
    return _through_wrappers(tr, W_TC)


def _int(el: etree._Element | None, default: int) -> int:
    if el is None:
        return default
    try:
        return int(el.get(W_VAL, ""))
    except ValueError:
        return default
