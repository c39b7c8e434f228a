"""Arbitrary text and odd Unicode never make the section, evidence or report stages raise."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pipeline.types import Block, Document, Section

# Letters, digits, punctuation, symbols, spaces, combining marks, RTL, emoji, zero-width and control characters.
odd_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), min_codepoint=0, max_codepoint=0x1FAFF),
    min_size=0,
    max_size=300,
)
prose = st.lists(st.one_of(odd_text, st.sampled_from([
    "Falls fell from 6.1 to 3.9 per 1,000 bed days.", "Patients co-designed the leaflet.", "1. Outline the context",
    "=HYPERLINK(\"http://x\")", "<script>alert(1)</script>", "\u202eevil\u202c", "\u0000\u0007", "٣٤٪", "ﬁnancial 2022/23",
])), min_size=0, max_size=12)

FAST = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


def _document(paragraphs: list[str], bold_every: int) -> Document:
    blocks = tuple(Block(text=t, order=i, bold=bool(bold_every) and i % bold_every == 0) for i, t in enumerate(paragraphs))
    return Document(source="x.docx", format="docx", blocks=blocks, body_size=11.0)


@pytest.mark.slow
@FAST
@given(paragraphs=prose, bold_every=st.integers(0, 3))
def test_properties_find_sections_never_raises(paragraphs, bold_every, rubric, section_model):
    from pipeline.sections import find_sections

    sections = find_sections(_document(paragraphs, bold_every), rubric, scorer=section_model)
    assert set(sections) == set(rubric.criterion_ids)
    for section in sections.values():
        assert section is None or section.text.strip()


@pytest.mark.slow
@FAST
@given(texts=st.lists(odd_text, min_size=5, max_size=5))
def test_properties_evidence_and_flags_never_raise(texts, rubric, nlp):
    from pipeline.checks import flag_entry
    from pipeline.evidence import analyse_entry, parse_sections
    from pipeline.partners import find_partners

    sections = {c: (Section(c, None, t, len(t.split()), "heading") if t.strip() else None)
                for c, t in zip(rubric.criterion_ids, texts)}
    docs = parse_sections(sections, nlp)
    claims, involvement = analyse_entry(sections, nlp, rubric, docs=docs)
    partners = find_partners(_document(texts, 0), sections, nlp, docs=docs)
    flags = flag_entry(rubric=rubric, sections=sections, claims=claims, involvement=involvement, partners=partners)
    assert all(f.message for f in flags)


@FAST
@given(title=odd_text, body=odd_text, claim=odd_text, org=odd_text)
def test_properties_reports_never_raise_and_escape(title, body, claim, org, rubric):
    from pipeline.reports import write_reports

    entry = {
        "entry_id": "E1", "source": "E1.pdf", "sha256": "0" * 64, "status": "reviewed", "error": None,
        "rubric": rubric.id, "title": title, "organisation": org, "format": "pdf", "pages": 1,
        "sections": {c: {"heading": title, "text": body or "x", "word_count": 1, "method": "heading", "pages": [1]}
                     for c in rubric.criterion_ids},
        "flags": [{"code": "ineligible", "criterion": None, "message": body, "evidence": [claim]}],
        "quantitative_claims": [{"criterion": "evidence", "sentence": claim, "measure": None, "baseline": None,
                                 "after": None, "change": None}],
        "stakeholders": {"patients": [claim], "staff": []},
        "partners": [{"name": org, "type": "unknown", "role": "primary"}],
        "cluster": {"id": 1, "label": title}, "near_duplicates": [],
    }
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        write_reports(out, [entry], rubric, clusters={"clusters": [], "near_duplicates": []},
                      run={"counts": {"reviewed": 1}, "flags": {}, "timings": {}, "versions": {},
                           "rubric": {"id": rubric.id, "name": rubric.name, "version": rubric.version},
                           "started": "2026-01-01T00:00:00+00:00", "finished": "2026-01-01T00:00:01+00:00"})
        html = (out / "reports" / "E1.html").read_text(encoding="utf-8")
        assert "<script>alert" not in html


# Words and the whitespace between them, odd spaces included (no-break, em, ideographic, tabs, line breaks).
_spaced_words = st.lists(st.tuples(st.sampled_from(["fell", "by", "50%", "fall", "(a)", "a", "ﬁ", "٣"]),
                                   st.sampled_from([" ", "  ", "\n", "\t", "\u00a0", "\u2003", "\u3000", " \n "])),
                         min_size=0, max_size=40)


@given(text_words=_spaced_words, picks=st.lists(st.tuples(st.integers(0, 39), st.integers(1, 6)), max_size=4),
       extra=st.lists(st.sampled_from(["fell by", "a a", "y 5", "fall\tby 50%", ""]), max_size=2))
@example(text_words=[("a", " "), ("a", "\n"), ("a", "\u00a0"), ("fell", "\t"), ("by", " ")], picks=[(3, 2)], extra=["a a"])
@settings(max_examples=200, deadline=None)
def test_properties_find_spans_finds_what_the_whitespace_tolerant_pattern_finds(text_words, picks, extra):
    """find_spans searches single-spaced text instead of compiling a pattern per sentence: it must
    find exactly the occurrences of its definition: the sentence's words joined by runs of whitespace."""
    from pipeline.reports.highlight import find_spans

    def sentence_pattern(sentence: str) -> re.Pattern[str] | None:
        words = sentence.split()
        return re.compile(r"\s+".join(re.escape(w) for w in words)) if words else None

    text = "".join(w + s for w, s in text_words)
    words = [w for w, _ in text_words]
    sentences = [" ".join(words[i : i + n]) for i, n in picks if i < len(words)] + extra
    expected = sorted((m.start(), m.end(), "quant") for s in dict.fromkeys(sentences) if sentence_pattern(s)
                      for m in sentence_pattern(s).finditer(text))
    assert find_spans(text, {"quant": sentences}) == expected


@given(text=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
@example(text="Ward\u00a0nurses\u2003—\tco-designed it_ ÉTÉ 3½ İstanbul")
def test_clustering_keys_are_the_compared_words_of_tokens(text):
    """_keys is the fast path for the words near duplicates compare: it must give _tokens' keys for any text."""
    from pipeline.clustering import _keys, _tokens

    assert _keys(text) == _tokens(text)[1]
