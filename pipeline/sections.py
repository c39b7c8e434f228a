"""Document + Rubric -> one Section (or None) per criterion.

How it works, in three steps that hold for every layout:

1. **Segment.** Cut the document into segments, each a heading candidate and the body under it.
   Heading candidates come from Word styles and outline levels, bold or larger text, numbered
   questions, and the question cell of online-form tables. A document with (almost) no headings
   is cut into single paragraphs instead.
2. **Score.** For every segment and every label (each criterion, plus ``none`` for cover blocks
   and appendices) compute a few features: the heading's meaning against the criterion's
   question (MiniLM), shared content words with the rubric wording, what a paragraph classifier
   says about the body, whether the number in front of the heading is the criterion's, and the
   position in the entry. A small model learnt from labelled entries turns them into a score;
   without a learnt model fixed weights are used.
3. **Decide the sequence.** A dynamic programme labels the segments so that the total score is
   highest while every criterion stays one contiguous run that appears at most once (criteria
   may come in any order; ``none`` may recur). Runs become sections.

The models are handed in (``SectionScorer``), never loaded here.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Protocol, Sequence

import numpy as np

from pipeline.rubric import Rubric
from pipeline.text import content_stems, normalise, stem, word_count, words
from pipeline.types import Block, Document, Section

NONE = "none"

FEATURES = (
    "heading_sim",
    "heading_sim_margin",
    "content_margin",
    "heading_sim_best",
    "heading_lexical",
    "content_prob",
    "content_best",
    "number_match",
    "position",
    "has_heading",
    "is_none",
    "none_heading_cue",
    "title_like",
    "criterion_under_none_heading",
    "cue_density",
    "quantitative_signal",
)

_NUMBERED = re.compile(
    r"^\s*(?:(?:question|criterion|criteria|section|part|q)\s*\(?(\d{1,2})[.):]?|\(?(\d{1,2})(?:[.):]|\s+[-\u2013]))\s+\S",
    re.I,
)
_NONE_HEADINGS = re.compile(
    r"^\s*(?:\d+[.)]?\s*)?(?:(?:a|our|with|and)\s+)*(references?|bibliography|acknowledge?ments?|appendi(?:x|ces)|annex|contact|"
    r"contact details|about (?:us|the (?:team|organisation))|glossary|abbreviations|declaration|supporting documents?|"
    r"entry details|entrant details|cover sheet|summary details|thanks|thank you|a word of thanks|our thanks|"
    r"further reading|reading list|sources|notes)(?:\s+[A-Z0-9]{1,3})?\s*[:.]?\s*$",
    re.I,
)
_APPENDIX = re.compile(r"^\s*(?:\d+[.)]?\s*)?(?:appendi(?:x|ces)|annexe?)\b", re.I)
_COVER_LINE = re.compile(
    r"^\s*(?:lead organi[sz]ation|organi[sz]ation|entrant|submitting organi[sz]ation|partners?|partner organi[sz]ations?|"
    r"contact(?: name)?|name|e-?mail|tel(?:ephone)?|phone|date|job title|category|entry title|title)\s*[:\-]",
    re.I,
)
# The label cell of a cover table row ("Entrant | X NHS Trust", "In partnership with | A, B"): the cover,
# never the heading of an answer.
_COVER_LABEL = re.compile(
    r"^\s*(?:lead organi[sz]ation|organi[sz]ation(?: name)?|(?:primary |lead |main )?entrant|entry|entry title"
    r"|(?:project )?title(?: of (?:the )?(?:entry|project|submission|initiative|application))?|submitting "
    r"organi[sz]ation|partners?|partner organi[sz]ations?(?:\s*\(s\))?|(?:working )?in partnership with|contact(?: name| details)?"
    r"|name(?: and (?:job )?(?:role|title))?(?: of (?:the )?(?:lead )?(?:entrant|organi[sz]ation|project|contact|submitter))?"
    r"|e-?mail|tel(?:ephone)?|phone|date|job title|(?:award )?category|award|authors?|submitted by|written by"
    r"|lead contact|role)\s*[:\-]?\s*$"
    # "Contact name and role", "Lead author", "Email address": a short cell that starts with a cover word
    r"|^\s*(?:contact|e-?mail|tel(?:ephone)?|phone|lead author|authors?|submitted|written|entrant|category|partner"
    r"|(?:lead |main |primary )?applicant)"
    r"\b[^?]{0,40}$",
    re.I,
)
_BACK_MATTER = re.compile(r"^\s*(?:\d+[.)]?\s*)?(?:appendi(?:x|ces)|annex|glossary|references?|bibliography|acknowledg)",
                          re.I)
# What the embedder reads of a body: a segment's content is judged by its opening paragraphs and a
# paragraph by its opening words (about 64 word pieces). Long sections cost no more than short ones,
# and the topic of a section shows in how it opens.
RUBRIC_ORDER_PRIOR = 1.5  # log-score bonus, when headings are shared out one per criterion, for the rubric's order
HEADING_AGREEMENT_BONUS = 8.0  # added to the raw score of the criterion a heading clearly names
SHARE_MARGIN = 1.0  # log-score a repeated heading may give up to answer a criterion no heading answers
MAX_PARAGRAPHS_PER_SEGMENT = 3
MAX_PARAGRAPH_WORDS = 48
MAX_HEADING_WORDS = 30
MAX_QUESTION_WORDS = 60


class SectionScorer(Protocol):
    """What find_sections needs from the models; see models/section_classifier.py.

    Headings and paragraphs may be embedded by different embedders: ``criterion_vectors`` are in
    the headings' space, and ``paragraph_probs`` reads vectors from ``embed_paragraphs``.
    """

    def embed_headings(self, texts: Sequence[str]) -> np.ndarray: ...

    def embed_paragraphs(self, texts: Sequence[str]) -> np.ndarray: ...

    def criterion_vectors(self, rubric: Rubric) -> np.ndarray: ...

    def paragraph_probs(self, vectors: np.ndarray, rubric: Rubric) -> np.ndarray: ...

    def segment_scores(self, features: np.ndarray, rubric: Rubric) -> np.ndarray: ...


@dataclass(frozen=True)
class Segment:
    heading: Block | None
    body: tuple[Block, ...]
    method: str  # how the heading was found: style, bold, size, numbered, table, paragraph

    @property
    def body_text(self) -> str:
        return "\n\n".join(b.text for b in self.body)


# --------------------------------------------------------------------------- segmenting


def _is_numbered(text: str) -> bool:
    return bool(_NUMBERED.match(text))


def heading_method(block: Block, document: Document) -> str | None:
    """Why this block looks like a heading, or None when it reads as body text."""
    text = block.text.strip()
    n = word_count(text)
    if not text or block.kind in ("header", "footer", "footnote"):
        return None
    if block.kind == "table_cell":
        return None  # tables are segmented by their own rule
    if block.kind == "heading" or block.heading_level is not None:
        return "style" if n <= MAX_QUESTION_WORDS else None
    if block.style and re.search(r"heading|title|subtitle", block.style, re.I) and n <= MAX_QUESTION_WORDS:
        return "style"
    # A question followed by an instruction ("What evidence is there ...? Give quantitative examples.")
    # is still a heading, though it ends with a full stop.
    asks = "?" in text
    sentence_like = text.endswith((".", ";", ",")) and n > 12 and not asks
    if block.bold and n <= MAX_QUESTION_WORDS and not sentence_like:
        return "bold"
    body = document.body_size
    if block.size and body and block.size >= body * 1.12 and n <= MAX_HEADING_WORDS:
        return "size"
    if _is_numbered(text) and n <= MAX_QUESTION_WORDS and (text.endswith(("?", ":")) or n <= 14 or asks):
        return "numbered"
    if text.endswith("?") and n <= MAX_QUESTION_WORDS and n >= 3:
        return "numbered"
    return None


def _table_segments(cells: list[Block]) -> list[Segment]:
    """Online-form exports: question cell | answer cell, or a one-column table question-over-answer."""
    by_row: dict[tuple[int, int], list[Block]] = {}
    for cell in cells:
        assert cell.cell is not None
        by_row.setdefault((cell.cell.table, cell.cell.row), []).append(cell)
    tables: dict[int, list[tuple[int, list[Block]]]] = {}
    for (table, row), row_cells in sorted(by_row.items()):
        tables.setdefault(table, []).append((row, sorted(row_cells, key=lambda b: b.cell.col)))
    segments: list[Segment] = []
    for _table, rows in sorted(tables.items()):
        widths = {len(c) for _, c in rows}
        if max(widths) >= 2:
            for _row, row_cells in rows:
                head, rest = row_cells[0], tuple(b for b in row_cells[1:] if b.text.strip())
                if rest and word_count(head.text) <= MAX_QUESTION_WORDS:
                    segments.append(Segment(head, rest, "table"))
                else:
                    segments.append(Segment(None, tuple(row_cells), "table"))
        else:
            blocks = [c[0] for _, c in rows]
            i = 0
            while i < len(blocks):
                head = blocks[i]
                nxt = blocks[i + 1] if i + 1 < len(blocks) else None
                looks_question = word_count(head.text) <= MAX_QUESTION_WORDS and (
                    head.bold or head.text.strip().endswith(("?", ":")) or _is_numbered(head.text)
                    or (nxt is not None and word_count(nxt.text) > 2 * word_count(head.text))
                )
                if nxt is not None and looks_question:
                    segments.append(Segment(head, (nxt,), "table"))
                    i += 2
                else:
                    segments.append(Segment(None, (head,), "table"))
                    i += 1
    return segments


def segment_document(document: Document) -> tuple[list[Segment], bool]:
    """Segments in reading order, and whether the document has usable headings."""
    blocks = [b for b in document.blocks if b.text.strip() and b.kind not in ("header", "footer")]
    segments: list[Segment] = []
    current_head: Block | None = None
    current_method = "paragraph"
    current_body: list[Block] = []
    table_run: list[Block] = []
    headed = 0

    def close() -> None:
        nonlocal current_head, current_body, current_method
        if current_head is not None or current_body:
            segments.append(Segment(current_head, tuple(current_body), current_method))
        current_head, current_body, current_method = None, [], "paragraph"

    def flush_tables() -> None:
        nonlocal headed
        if table_run:
            table_segments = _table_segments(table_run)
            headed += sum(1 for s in table_segments if s.heading is not None)
            segments.extend(table_segments)
            table_run.clear()

    for block in blocks:
        if block.kind == "table_cell" and block.cell is not None:
            close()
            table_run.append(block)
            continue
        flush_tables()
        method = heading_method(block, document)
        if method:
            close()
            current_head, current_method = block, method
            headed += 1
        else:
            current_body.append(block)
    close()
    flush_tables()
    # Headings that head nothing (a heading followed directly by a sub-heading) still count, but
    # an entry's title and an appendix heading alone do not make a headed entry.
    content_headings = sum(
        1 for i, s in enumerate(segments)
        if s.heading is not None and not _NONE_HEADINGS.match(s.heading.text)
        and not _title_like(s.heading, i, document_first=i == 0)
    )
    has_headings = content_headings >= 2
    if not has_headings:
        segments = [Segment(None, (b,), "classifier") for b in blocks]
    return segments, has_headings


# --------------------------------------------------------------------------- scoring


def embedding_text(text: str) -> str:
    """The part of a paragraph the embedder reads: its first ``MAX_PARAGRAPH_WORDS`` words."""
    return " ".join(normalise(text).split()[:MAX_PARAGRAPH_WORDS])


def opening_blocks(body: Sequence[Block]) -> list[Block]:
    """The first ``MAX_PARAGRAPHS_PER_SEGMENT`` blocks of a body that have words in them."""
    return [b for b in body if words(b.text)][:MAX_PARAGRAPHS_PER_SEGMENT]


def _label_texts(rubric: Rubric) -> list[str]:
    return [f"{c.title}. {c.question}" for c in rubric.criteria]


def _lexical(heading: str, rubric: Rubric) -> np.ndarray:
    """Share of the heading's content words found in each criterion's title, question and cues."""
    head = content_stems(heading)
    out = np.zeros(len(rubric.criteria))
    if not head:
        return out
    for i, c in enumerate(rubric.criteria):
        vocab = content_stems(" ".join((c.title, c.question, *c.cues)))
        out[i] = len(head & vocab) / len(head)
    return out


def segment_features(
    segments: Sequence[Segment],
    rubric: Rubric,
    scorer: SectionScorer,
) -> np.ndarray:
    """Features of shape (segments, labels, FEATURES); labels are the criteria then ``none``."""
    n_crit = len(rubric.criteria)
    n_labels = n_crit + 1
    feats = np.zeros((len(segments), n_labels, len(FEATURES)), dtype=np.float32)
    if not segments:
        return feats

    crit_vecs = scorer.criterion_vectors(rubric)  # (n_crit, dim), unit vectors
    head_idx = [i for i, s in enumerate(segments) if s.heading is not None]
    texts = [normalise(segments[i].heading.text) for i in head_idx]
    # Paragraph vectors: the opening body blocks of every segment, embedded once.
    body_blocks = [(i, b) for i, s in enumerate(segments) for b in opening_blocks(s.body)]
    para_texts = [embedding_text(b.text) for _, b in body_blocks]
    head_vecs = scorer.embed_headings(texts) if texts else np.zeros((0, crit_vecs.shape[1]))
    para_probs = (scorer.paragraph_probs(scorer.embed_paragraphs(para_texts), rubric) if para_texts
                  else np.zeros((0, n_labels)))

    # Mean paragraph probability per segment, weighted by paragraph length.
    seg_probs = np.zeros((len(segments), n_labels))
    seg_weight = np.zeros(len(segments))
    for (i, block), probs in zip(body_blocks, para_probs):
        w = math.log1p(word_count(block.text))
        seg_probs[i] += w * probs
        seg_weight[i] += w
    has_body = seg_weight > 0
    seg_probs[has_body] /= seg_weight[has_body, None]
    seg_probs[~has_body] = 1.0 / n_labels

    n_headed = max(1, len(head_idx))
    for rank, i in enumerate(head_idx):
        seg = segments[i]
        sims = head_vecs[rank] @ crit_vecs.T
        feats[i, :n_crit, FEATURES.index("heading_sim")] = sims
        feats[i, int(np.argmax(sims)), FEATURES.index("heading_sim_best")] = 1.0
        feats[i, :n_crit, FEATURES.index("heading_sim_margin")] = _margins(sims)
        feats[i, :n_crit, FEATURES.index("heading_lexical")] = _lexical(seg.heading.text, rubric)
        feats[i, :, FEATURES.index("has_heading")] = 1.0
        number = _heading_number(seg.heading.text)
        if number is not None and 1 <= number <= n_crit:
            feats[i, number - 1, FEATURES.index("number_match")] = 1.0
        if _NONE_HEADINGS.match(seg.heading.text) or _COVER_LINE.match(seg.heading.text):
            feats[i, n_crit, FEATURES.index("none_heading_cue")] = 1.0
            feats[i, :n_crit, FEATURES.index("criterion_under_none_heading")] = 1.0
        if _title_like(seg.heading, rank, document_first=segments[0].heading is seg.heading):
            feats[i, n_crit, FEATURES.index("title_like")] = 1.0
        rel = rank / max(1, n_headed - 1)
        for c in range(n_crit):
            feats[i, c, FEATURES.index("position")] = 1.0 - abs(rel - c / max(1, n_crit - 1))
    cue_sets = [content_stems(" ".join(c.cues)) for c in rubric.criteria]
    quantitative = np.array([c.quantitative for c in rubric.criteria], dtype=np.float32)
    for i, seg in enumerate(segments):
        body_words = [stem(w) for w in words(seg.body_text)]
        if body_words:
            density = np.array([sum(w in cues for w in body_words) for cues in cue_sets]) / math.sqrt(len(body_words))
            feats[i, :n_crit, FEATURES.index("cue_density")] = density
            feats[i, :n_crit, FEATURES.index("quantitative_signal")] = quantitative * _quantitative_signal(seg.body_text)
        feats[i, :, FEATURES.index("content_prob")] = seg_probs[i]
        feats[i, int(np.argmax(seg_probs[i])), FEATURES.index("content_best")] = 1.0
        feats[i, :, FEATURES.index("content_margin")] = _margins(seg_probs[i])
        if seg.body and sum(bool(_COVER_LINE.match(b.text)) for b in seg.body) * 2 >= len(seg.body):
            feats[i, n_crit, FEATURES.index("none_heading_cue")] = 1.0
    feats[:, n_crit, FEATURES.index("is_none")] = 1.0
    return feats


_CHANGE = re.compile(
    r"\b(?:from\s+\S*\d[\d.,]*\s*%?\s*(?:\w+\s+){0,3}?to\s+\S*\d|(?:fell|rose|dropped|reduced|decreased|increased|"
    r"improved|halved|doubled|down|up|cut|lower|higher|fewer|more)\b[^.]{0,40}?\d[\d.,]*\s*%?|\d[\d.,]*\s*%\s+"
    r"(?:fewer|less|more|lower|higher|reduction|increase|decrease|drop|rise|fall))",
    re.I,
)


def _quantitative_signal(text: str) -> float:
    """Share of sentences that state a measured change: a cheap, rubric-independent content cue."""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]
    if not sentences:
        return 0.0
    return sum(bool(_CHANGE.search(s)) for s in sentences) / len(sentences)


def _heading_number(text: str) -> int | None:
    match = _NUMBERED.match(text)
    if not match:
        return None
    return int(match.group(1) or match.group(2))


def _margins(values: np.ndarray) -> np.ndarray:
    """How far each value is above the best of the others (negative when another is higher)."""
    if len(values) < 2:
        return np.zeros_like(values)
    order = np.sort(values)
    best, second = order[-1], order[-2]
    return np.where(values >= best, values - second, values - best)


def _title_like(heading: Block, rank: int, *, document_first: bool) -> bool:
    """The entry's own title: a Title style, or the first heading of the document on its first page."""
    if heading.kind == "table_cell":
        return False
    if heading.style and re.search(r"\b(sub)?title\b", heading.style, re.I):
        return True
    return rank == 0 and document_first and heading.heading_level in (None, 0) and (heading.page in (None, 1))


# --------------------------------------------------------------------------- sequence decision


def decide_labels(scores: np.ndarray, n_crit: int) -> list[int]:
    """Best labelling of segments (rows) with labels 0..n_crit (n_crit is ``none``).

    Each criterion label forms at most one contiguous run; ``none`` may appear anywhere.
    Exact dynamic programme over (criteria used so far, current label).
    """
    n_seg, n_labels = scores.shape
    if n_seg == 0:
        return []
    none = n_crit
    neg = -1e18
    # best[(mask, label)] = (score, backpointer index into history)
    frontier: dict[tuple[int, int], float] = {}
    history: list[dict[tuple[int, int], tuple[int, int] | None]] = []
    back0: dict[tuple[int, int], tuple[int, int] | None] = {}
    for lab in range(n_labels):
        mask = 0 if lab == none else (1 << lab)
        frontier[(mask, lab)] = scores[0, lab]
        back0[(mask, lab)] = None
    history.append(back0)
    for t in range(1, n_seg):
        nxt: dict[tuple[int, int], float] = {}
        back: dict[tuple[int, int], tuple[int, int] | None] = {}
        for (mask, last), value in frontier.items():
            for lab in range(n_labels):
                if lab == last or lab == none:
                    new_mask = mask
                elif mask & (1 << lab):
                    continue  # a criterion cannot come back after another label
                else:
                    new_mask = mask | (1 << lab)
                cand = value + scores[t, lab]
                key = (new_mask, lab)
                if cand > nxt.get(key, neg):
                    nxt[key] = cand
                    back[key] = (mask, last)
        frontier = nxt
        history.append(back)
    state = max(frontier, key=frontier.get)
    labels = [state[1]]
    for t in range(n_seg - 1, 0, -1):
        state = history[t][state]
        labels.append(state[1])
    return labels[::-1]


def _log_softmax(x: np.ndarray) -> np.ndarray:
    x = x - x.max(axis=1, keepdims=True)
    return x - np.log(np.exp(x).sum(axis=1, keepdims=True))


def _headings_agree(segments: Sequence[Segment], feats: np.ndarray, n_crit: int) -> np.ndarray:
    """1 where a heading names a criterion in at least two ways out of three (closest in meaning,
    the rubric's own words, the criterion's number), else 0: "Question 2: Evidence of improvement".

    The learnt scorer leans on paragraph content, which the generated training entries make look
    more reliable than it is on other writers' entries; a heading that says which question it
    answers should not be outvoted by it.
    """
    agree = np.zeros((len(segments), n_crit))
    for i, seg in enumerate(segments):
        if seg.heading is None:
            continue
        lexical = feats[i, :n_crit, FEATURES.index("heading_lexical")]
        votes = (feats[i, :n_crit, FEATURES.index("heading_sim_best")]
                 + ((lexical >= 0.5) & (lexical == lexical.max()))
                 + feats[i, :n_crit, FEATURES.index("number_match")])
        best = int(np.argmax(votes))
        if votes[best] >= 2:
            agree[i, best] = 1.0
    return agree


def label_segments(segments: Sequence[Segment], rubric: Rubric, scorer: SectionScorer) -> list[str]:
    """The label (criterion id or ``none``) of every segment."""
    n_crit = len(rubric.criteria)
    if not segments:
        return []
    feats = segment_features(segments, rubric, scorer)
    raw = scorer.segment_scores(feats.reshape(-1, len(FEATURES)), rubric).reshape(len(segments), n_crit + 1)
    # Appendices (references, acknowledgements, ...) belong to no criterion, whatever they say.
    for i, seg in enumerate(segments):
        if seg.heading is not None and (_NONE_HEADINGS.match(normalise(seg.heading.text))
                                        or _APPENDIX.match(normalise(seg.heading.text))):
            raw[i, :n_crit] = -50.0  # "Appendix", "Appendix B: definitions and data sources"
        if _cover_row(seg):
            raw[i, :n_crit] = -50.0  # a cover table's row
    for i in _title_rows(segments) - {0}:
        if segments[i].heading.text.lstrip()[:1].islower():
            raw[i, :n_crit] = -50.0  # the title's second line: "Safer nights: one alert for ..." / "ward and home"
    raw[:, :n_crit] += HEADING_AGREEMENT_BONUS * _headings_agree(segments, feats, n_crit)
    scores = _log_softmax(raw)
    labels = decide_labels(scores, n_crit)
    if len(set(labels) - {n_crit}) < n_crit:
        labels = _one_heading_each(segments, scores, labels, n_crit)
    if len(set(labels) - {n_crit}) < n_crit:
        labels = _share_out_headings(segments, scores, labels, n_crit)
    ids = list(rubric.criterion_ids) + [NONE]
    return [ids[i] for i in labels]


def _title_rows(segments: Sequence[Segment]) -> set[int]:
    """The entry's title: its first heading, and a second line of it set the same way with nothing between."""
    if not segments or segments[0].heading is None or not _title_like(segments[0].heading, 0, document_first=True):
        return set()
    rows = {0}
    first = segments[0].heading
    if len(segments) > 1 and not segments[0].body and segments[1].heading is not None \
            and segments[1].heading.kind == first.kind and segments[1].heading.size == first.size \
            and segments[1].heading.page == first.page and not first.text.rstrip().endswith((".", ":", "?")):
        rows.add(1)
    return rows


def _cover_row(seg: Segment) -> bool:
    return seg.heading is not None and seg.heading.kind == "table_cell" and bool(_COVER_LABEL.match(seg.heading.text))


def _answering_heading(seg: Segment, i: int, titles: set[int]) -> bool:
    """A heading that may answer a criterion: not the title, an appendix, a thanks or a cover row."""
    return seg.heading is not None and i not in titles and not _NONE_HEADINGS.match(normalise(seg.heading.text)) \
        and not _BACK_MATTER.match(seg.heading.text) and not _cover_row(seg)


def _one_heading_each(segments: Sequence[Segment], scores: np.ndarray, labels: list[int], n_crit: int) -> list[int]:
    """An entry with exactly one heading per criterion (after its title) answers each under one of them.

    The sequence decision may give two headings to one criterion and leave another out when the
    paragraphs under an own-words heading ("What we can and cannot yet show") read like another
    criterion. When the headings are as many as the criteria, each heading takes a different one:
    the assignment with the best total score, in any order (entries reorder the questions).
    """
    from scipy.optimize import linear_sum_assignment

    # Headings the sequence decision already gave to some criterion (not an appendix, thanks or title page).
    # A heading the decision left as "none" although its content answers some question better than
    # none counts too: it lost only because the criterion it reads like was taken by another heading.
    titles = _title_rows(segments)
    headed = [i for i, seg in enumerate(segments) if _answering_heading(seg, i, titles)
              and (labels[i] != n_crit or scores[i, :n_crit].max() >= scores[i, n_crit] - 0.5)]
    if headed and headed[0] == 0 and (len(headed) == n_crit + 1
                                      or _title_like(segments[0].heading, 0, document_first=True)):
        headed = headed[1:]  # the entry's title
    if len(headed) != n_crit:
        return labels
    # Most entries keep the rubric's order: a small prior for the k-th heading answering the k-th question.
    prior = RUBRIC_ORDER_PRIOR * np.eye(n_crit)
    rows, cols = linear_sum_assignment(-(scores[np.ix_(headed, list(range(n_crit)))] + prior))
    out = list(labels)
    for r, c in zip(rows, cols):
        out[headed[r]] = int(c)
    # Body segments without a heading of their own follow the heading above them.
    for i in range(1, len(out)):
        if segments[i].heading is None and out[i - 1] != n_crit:
            out[i] = out[i - 1]
    return out


def _share_out_headings(segments: Sequence[Segment], scores: np.ndarray, labels: list[int], n_crit: int) -> list[int]:
    """A heading that shares its criterion with the heading next to it, or that was left to no criterion,
    while some criterion has none, answers that criterion instead when it reads almost as well as one
    (within ``SHARE_MARGIN``).

    "How the partners worked together" under "What difference it has made" may score a shade higher
    for value than for stakeholder involvement; an entry rarely gives two headings to one question and
    none to another. Only the first or last heading of a run moves (with the paragraphs under it), so
    every criterion stays one contiguous run.
    """
    out = list(labels)
    titles = _title_rows(segments)
    while True:
        missing = set(range(n_crit)) - set(out)
        best: tuple[float, int, int, int] | None = None  # (loss, criterion, first row, end row)
        for label in set(out) - {n_crit}:
            rows = [i for i, lab in enumerate(out) if lab == label]
            headed = [i for i in rows if segments[i].heading is not None and i not in titles
                      and not _NONE_HEADINGS.match(normalise(segments[i].heading.text))]
            if len(headed) < 2:
                continue
            for start in (headed[0], headed[-1]):
                end = next((h for h in headed if h > start), rows[-1] + 1)
                for crit in missing:
                    loss = float(scores[start, label] - scores[start, crit])
                    if loss <= SHARE_MARGIN and (best is None or loss < best[0]):
                        best = (loss, crit, start, end)
        # A heading left to no criterion (not a title, cover row or appendix) that reads almost as
        # well as a criterion no heading answers: "Who helped" over the stakeholder paragraphs.
        for i, seg in enumerate(segments):
            if out[i] != n_crit or not _answering_heading(seg, i, titles):
                continue
            end = next((j for j in range(i + 1, len(out)) if segments[j].heading is not None or out[j] != n_crit), len(out))
            for crit in missing:
                loss = float(scores[i, n_crit] - scores[i, crit])
                if loss <= SHARE_MARGIN and (best is None or loss < best[0]):
                    best = (loss, crit, i, end)
        if best is None:
            return out
        _, crit, start, end = best
        for i in range(start, end):
            out[i] = crit


def find_sections(document: Document, rubric: Rubric, *, scorer: SectionScorer) -> dict[str, Section | None]:
    """One Section per criterion of the rubric, or None where nothing in the entry addresses it."""
    segments, has_headings = segment_document(document)
    labels = label_segments(segments, rubric, scorer)
    sections: dict[str, Section | None] = {}
    for criterion in rubric.criterion_ids:
        run = [s for s, lab in zip(segments, labels) if lab == criterion]
        body = [b for s in run for b in s.body]
        # Sub-headings inside a run belong to the section's text; the first heading is its heading.
        sub_heads = [s.heading for s in run[1:] if s.heading is not None]
        blocks = sorted([*body, *sub_heads], key=lambda b: b.order)
        text = "\n\n".join(normalise(b.text) for b in blocks if b.text.strip())
        if not run or not text.strip():
            sections[criterion] = None
            continue
        first = run[0]
        method = first.method if (has_headings and first.heading is not None) else "classifier"
        if method in ("bold", "size", "style", "numbered"):
            method = f"heading_{method}"
        pages = sorted({b.page for b in blocks if b.page is not None})
        sections[criterion] = Section(
            criterion=criterion,
            heading=normalise(first.heading.text) if first.heading is not None else None,
            text=text,
            word_count=word_count(text),
            method=method,
            blocks=tuple(b.order for b in blocks),
            pages=tuple(pages),
        )
    return sections
