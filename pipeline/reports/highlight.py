"""Section text -> safe HTML paragraphs with the judge-relevant sentences marked.

Entry text is untrusted. Every piece of it is escaped with markupsafe before it is wrapped in a
``<mark>``; the only markup in the output is the markup written here. Sentences are found with a
whitespace-tolerant search, because the sentence a stage extracted may have been re-flowed
(line breaks, double spaces) relative to the section text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping

from markupsafe import Markup, escape

# Highlight kinds, in the order their classes are written when spans overlap.
KINDS = ("quant", "patients", "staff")

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")
_LINE_BREAK = re.compile(r"\n")
_WORD = re.compile(r"\S+")


def find_spans(text: str, sentences: Mapping[str, Iterable[str]]) -> list[tuple[int, int, str]]:
    """Every occurrence of every sentence, any run of whitespace standing for any other: (start, end,
    kind), sorted. Found with ``str.find`` in the text's words joined by single spaces (a report
    searches every section for every sentence of the entry; compiling a pattern for each cost most of
    the report), so the matches are those of the sentence's words joined by whitespace runs, left to right.
    """
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    flat = " ".join(text[a:b] for a, b in words)
    starts: list[int] = []  # where each word starts in ``flat``
    position = 0
    for a, b in words:
        starts.append(position)
        position += b - a + 1

    def original(at: int) -> int:  # a non-space character of ``flat`` -> its offset in ``text``
        k = bisect_right(starts, at) - 1
        return words[k][0] + at - starts[k]

    spans: list[tuple[int, int, str]] = []
    for kind, group in sentences.items():
        for sentence in dict.fromkeys(s for s in group if s):  # unique, order kept
            needle = " ".join(sentence.split())
            if not needle:
                continue
            at = flat.find(needle)
            while at >= 0:
                end = at + len(needle)
                spans.append((original(at), original(end - 1) + 1, kind))
                at = flat.find(needle, end)
    return sorted(spans)


def missing_from(text: str, sentences: Iterable[str]) -> list[str]:
    """The sentences (unique, order kept) not in ``text``, any run of whitespace standing for any other."""
    flat = " ".join(text.split())
    return [s for s in dict.fromkeys(sentences) if s and " ".join(s.split()) not in flat]


def paragraph_ranges(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: blank-line separated if the text has blank lines, else one per line."""
    splitter = _PARAGRAPH_BREAK if _PARAGRAPH_BREAK.search(text) else _LINE_BREAK
    ranges: list[tuple[int, int]] = []
    start = 0
    for m in splitter.finditer(text):
        ranges.append((start, m.start()))
        start = m.end()
    ranges.append((start, len(text)))
    trimmed = []
    for a, b in ranges:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            trimmed.append((a, b))
    return trimmed


def _render_range(text: str, start: int, end: int, spans: list[tuple[int, int, str]]) -> Markup:
    """Escape text[start:end], wrapping the parts covered by spans in <mark> with one class per kind."""
    cuts = {start, end}
    for a, b, _ in spans:
        if a < end and b > start:
            cuts.add(max(a, start))
            cuts.add(min(b, end))
    points = sorted(cuts)
    out: list[str] = []
    for a, b in zip(points, points[1:]):
        piece = text[a:b]
        kinds = {k for s, e, k in spans if s <= a and e >= b}
        # Line breaks inside a paragraph are layout from the source file, not meaning.
        escaped = str(escape(" ".join(piece.split("\n")))) if "\n" in piece else str(escape(piece))
        if kinds:
            classes = " ".join(f"hl-{k}" for k in KINDS if k in kinds) or "hl-other"
            out.append(f'<mark class="{classes}">{escaped}</mark>')
        else:
            out.append(escaped)
    return Markup("".join(out))


def highlight_paragraphs(text: str | None, sentences: Mapping[str, Iterable[str]],
                         spans: list[tuple[int, int, str]] | None = None) -> list[Markup]:
    """The section text as a list of safe paragraph HTML fragments (without the <p> tags).
    ``spans``: ``find_spans(text, sentences)`` when the caller has it already."""
    if not text:
        return []
    if spans is None:
        spans = find_spans(text, sentences)
    return [_render_range(text, a, b, spans) for a, b in paragraph_ranges(text)]
