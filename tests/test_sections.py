"""Section finding: segmenting, the sequence decision, and real entries through the real embedder."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.sections import Segment, _one_heading_each, _share_out_headings, decide_labels, find_sections, heading_method, segment_document
from pipeline.types import Block, Document, TableCell


def _doc(blocks: list[Block], body_size: float | None = 11.0) -> Document:
    return Document(source="t.docx", format="docx", blocks=tuple(blocks), body_size=body_size)


def test_sections_decide_labels_keeps_each_criterion_one_run():
    # Segment 2 prefers criterion 0 again, but criterion 0 already ended: it must not come back.
    scores = np.log(np.array([
        [0.90, 0.05, 0.05],
        [0.10, 0.80, 0.10],
        [0.60, 0.35, 0.05],
        [0.10, 0.85, 0.05],
    ]))
    labels = decide_labels(scores, n_crit=2)
    assert labels == [0, 1, 1, 1]


def test_sections_decide_labels_allows_any_order_and_recurring_none():
    scores = np.log(np.array([
        [0.05, 0.05, 0.90],  # cover
        [0.05, 0.90, 0.05],
        [0.90, 0.05, 0.05],
        [0.05, 0.05, 0.90],  # appendix
    ]))
    assert decide_labels(scores, n_crit=2) == [2, 1, 0, 2]


def test_sections_heading_method_reads_style_bold_size_and_numbering():
    doc = _doc([])
    assert heading_method(Block("Background", 0, style="Heading 1", heading_level=1), doc) == "style"
    assert heading_method(Block("What changed for patients", 1, bold=True), doc) == "bold"
    assert heading_method(Block("Results", 2, size=14.0), doc) == "size"
    assert heading_method(Block("2. Provide evidence of improvements in safe care?", 3), doc) == "numbered"
    body = "We worked with three trusts to reduce falls on older people's wards, and the results were good."
    assert heading_method(Block(body, 4), doc) is None
    assert heading_method(Block(body, 5, bold=True), doc) is None  # a bold sentence is not a heading
    question = "Question 2. What evidence is there of improvement in safe care? Give quantitative examples."
    assert heading_method(Block(question, 6, bold=True), doc) == "bold"  # a question, then an instruction
    assert heading_method(Block(question, 7), doc) == "numbered"


def test_sections_one_heading_each_shares_criteria_out_when_headings_match_them():
    """Logic only (scores made up): five headings after a title, five criteria, two given to context."""
    segs = [Segment(Block(f"heading {i}", 2 * i, bold=True), (Block("body", 2 * i + 1),), "bold") for i in range(6)]
    scores = np.full((6, 6), -4.0)
    scores[0, 0] = scores[1, 0] = -0.5  # title and first heading: context
    scores[2, 0], scores[2, 1] = 0.8, -2.6  # reads like context, could be evidence
    for i, c in ((3, 2), (4, 3), (5, 4)):
        scores[i, c] = 1.0
    labels = decide_labels(scores, n_crit=5)
    assert 1 not in labels  # evidence left out by the sequence decision
    assert _one_heading_each(segs, scores, labels, 5) == [0, 0, 1, 2, 3, 4]
    # Four headings for five criteria: a section really is missing, nothing is forced.
    assert _one_heading_each(segs[:5], scores[:5], labels[:5], 5) == labels[:5]


def test_sections_one_heading_each_counts_a_heading_left_out_only_because_its_criterion_was_taken():
    """Logic only (scores made up): the last heading reads like context, which an earlier heading has;
    the decision leaves it as none, and the five headings still share out the five criteria."""
    segs = [Segment(Block(f"heading {i}", 2 * i, bold=True), (Block("body", 2 * i + 1),), "bold") for i in range(6)]
    scores = np.full((6, 6), -4.0)
    scores[0, 5] = 1.0  # the title
    for i in range(1, 5):
        scores[i, i - 1] = 1.0
    scores[5, 0], scores[5, 4], scores[5, 5] = 1.8, -2.7, -1.6  # "Whose ideas these were": reads like context
    labels = decide_labels(scores, n_crit=5)
    assert labels[5] == 5  # none: context is taken
    assert _one_heading_each(segs, scores, labels, 5) == [5, 0, 1, 2, 3, 4]
    # An appendix heading is never given a criterion, however its glossary reads.
    segs[5] = Segment(Block("Appendix B: Glossary", 10, bold=True), (Block("body", 11),), "bold")
    assert _one_heading_each(segs, scores, labels, 5) == labels


def test_sections_share_out_headings_gives_a_repeated_or_unplaced_heading_a_criterion_nobody_answers():
    """Logic only (scores made up): a title and four headings, each with two paragraphs under it."""
    segs = [Segment(Block("A title", 0, bold=True), (), "bold")]
    for i in range(4):
        segs += [Segment(Block(f"heading {i}", 10 * i + 1, bold=True), (Block("body", 10 * i + 2),), "bold"),
                 Segment(None, (Block("more", 10 * i + 3),), "paragraph")]
    scores = np.full((9, 6), -5.0)
    scores[0, 5] = 2.0  # the title
    scores[1:3, 0] = 2.0  # context
    scores[3:5, 3], scores[3:5, 4] = -0.6, -0.9  # "How the partners worked together": value, just
    scores[5:7, 3] = 1.0  # value
    scores[7:9, 2] = 2.0  # spread
    labels = decide_labels(scores, n_crit=5)
    assert labels == [5, 0, 0, 3, 3, 3, 3, 2, 2]  # two headings for value, none for stakeholders
    assert _share_out_headings(segs, scores, labels, 5) == [5, 0, 0, 4, 4, 3, 3, 2, 2]
    # Far from stakeholders (more than the margin): the two headings keep value between them.
    scores[3:5, 4] = -3.0
    assert _share_out_headings(segs, scores, labels, 5) == labels
    # A heading left to no criterion that reads almost as well as a missing one takes it.
    scores[3:5, 5], scores[3:5, 3], scores[3:5, 4] = -1.2, -3.0, -1.9  # "Who helped"
    labels = decide_labels(scores, n_crit=5)
    assert labels[3:5] == [5, 5]
    assert _share_out_headings(segs, scores, labels, 5)[3:5] == [4, 4]


def test_sections_cover_table_rows_are_never_answers(rubric, section_model):
    """A cover table's label cells ("Entrant", "In partnership with", "Contact name and role") head no section."""
    cover = [("Entry", "Weigh first: safer doses for children"), ("Entrant", "Nurse Consultant - Oakby NHS Trust"),
             ("In partnership with", "Oakby Ambulance Service and the University of Oakby"),
             ("Contact name and role", "A. Smith, lead nurse")]
    blocks = []
    for row, (label, value) in enumerate(cover):
        blocks += [Block(label, 2 * row, kind="table_cell", cell=TableCell(0, row, 0), bold=True),
                   Block(value, 2 * row + 1, kind="table_cell", cell=TableCell(0, row, 1))]
    order = len(blocks)
    for heading, body in (("Where we started", "Children were given the wrong dose because their weight was guessed."),
                          ("What the data show", "Dosing errors fell from 3.4 to 1.1 per 1,000 attendances."),
                          ("Beyond our front door", "Two other hospitals have adopted the weighing pathway."),
                          ("What it is worth", "Each avoided error saves a day in hospital and a great deal of worry."),
                          ("Whose ideas these were", "Parents tested the script and nurses redesigned the triage room.")):
        blocks += [Block(heading, order, kind="heading"), Block(body, order + 1)]
        order += 2
    found = find_sections(_doc(blocks), rubric, scorer=section_model)
    assert all(s is None or s.heading not in dict(cover) for s in found.values())


def test_sections_form_cover_rows_are_not_the_missing_answer(rubric, section_model):
    """A form with its cover rows ("Title of entry", "Name and role of entrant") above four questions: the
    question it leaves out is missing, not answered by the title."""
    rows = [("Title of entry", "Clear Eyes: glaucoma follow-up that is not lost"),
            ("Name of lead organisation", "Ashby Eye Hospital NHS Trust"),
            ("Name and role of entrant", "Head of Outpatients"),
            ("Why was the partnership needed?", "Patients waiting for glaucoma follow-up were losing sight while "
             "appointments slipped, and no single service held the list."),
            ("How were patients and staff involved?", "The glaucoma support group and clinic nurses designed the "
             "new reminder letter and tested it over two months."),
            ("What has been the value for money?", "Each avoided sight loss saves years of social care and the "
             "reminders cost little to send."),
            ("How has the work been shared?", "Two neighbouring trusts now use the same list and letter.")]
    blocks = []
    for row, (label, value) in enumerate(rows):
        blocks += [Block(label, 2 * row, kind="table_cell", cell=TableCell(0, row, 0), bold=True),
                   Block(value, 2 * row + 1, kind="table_cell", cell=TableCell(0, row, 1))]
    found = find_sections(_doc(blocks), rubric, scorer=section_model)
    assert found["evidence"] is None
    assert found["stakeholders"] is not None and "support group" in found["stakeholders"].text


def test_sections_segment_document_form_table_question_answer():
    cells = [
        Block("Outline the context", 0, kind="table_cell", cell=TableCell(0, 0, 0)),
        Block("The partnership began because ...", 1, kind="table_cell", cell=TableCell(0, 0, 1)),
        Block("Evidence of improvement", 2, kind="table_cell", cell=TableCell(0, 1, 0)),
        Block("Falls fell from 6.1 to 3.9 per 1,000 bed days.", 3, kind="table_cell", cell=TableCell(0, 1, 1)),
    ]
    segments, has_headings = segment_document(_doc(cells))
    assert has_headings
    assert [(s.heading.text, s.body[0].text[:5], s.method) for s in segments] == [
        ("Outline the context", "The p", "table"),
        ("Evidence of improvement", "Falls", "table"),
    ]


def test_sections_segment_document_without_headings_uses_paragraphs():
    blocks = [Block(f"Paragraph {i} of plain prose that runs on for a while.", i) for i in range(5)]
    segments, has_headings = segment_document(_doc(blocks))
    assert not has_headings
    assert len(segments) == 5 and all(s.heading is None for s in segments)


CONTEXT = ("Our region had the highest rate of avoidable deaths from sepsis in the north. Ambulance crews and "
           "emergency departments used different screening tools, so warning signs were missed at handover. "
           "The partnership set out to give every adult a single, shared sepsis screen from the front door to the ward.")
EVIDENCE = ("Within a year the median time from arrival to antibiotics fell from 94 minutes to 41 minutes. "
            "Screening compliance rose from 52% to 91%, and sepsis mortality dropped by a fifth across both hospitals.")
SPREAD = ("Three neighbouring systems have since adopted the pathway. We presented the work at the regional "
          "patient safety collaborative and published the toolkit so any trust can reuse it.")
VALUE = ("Shorter stays saved an estimated 1,900 bed days, worth about GBP 600,000 a year, while nurses reported "
         "feeling more confident escalating concerns and families told us communication had improved.")
PEOPLE = ("Patients who survived sepsis and their relatives sat on the design group and rewrote the leaflet in plain "
          "language. Paramedics, ward nurses and junior doctors tested each version of the screening tool and their "
          "feedback changed the escalation thresholds.")


def _entry(headings: list[str]) -> Document:
    blocks: list[Block] = [Block("A shared sepsis screen across the region", 0, style="Title", heading_level=0),
                           Block("Lead organisation: Northvale Hospitals NHS Trust", 1)]
    for head, body in zip(headings, [CONTEXT, EVIDENCE, SPREAD, VALUE, PEOPLE]):
        blocks.append(Block(head, len(blocks), style="Heading 1", heading_level=1))
        blocks.append(Block(body, len(blocks)))
    return _doc(blocks)


@pytest.mark.slow
@pytest.mark.parametrize("headings", [
    ["Context", "Evidence of improvement", "Spread and sharing", "Value", "Stakeholder involvement"],
    ["Why we had to act", "What the numbers show", "Beyond our walls", "Worth every penny", "The people who shaped it"],
])
def test_sections_find_sections_maps_verbatim_and_reworded_headings(headings, rubric, section_model):
    sections = find_sections(_entry(headings), rubric, scorer=section_model)
    found = {c: (s.heading if s else None) for c, s in sections.items()}
    assert found == dict(zip(rubric.criterion_ids, headings))
    assert sections["evidence"].text == EVIDENCE
    assert "Lead organisation" not in " ".join(s.text for s in sections.values() if s)


@pytest.mark.slow
def test_sections_find_sections_reordered_and_missing(rubric, section_model):
    blocks: list[Block] = []
    for head, body in [("Who was involved", PEOPLE), ("Background", CONTEXT), ("Outcomes", EVIDENCE)]:
        blocks.append(Block(head, len(blocks), bold=True))
        blocks.append(Block(body, len(blocks)))
    sections = find_sections(_doc(blocks), rubric, scorer=section_model)
    assert sections["stakeholders"].heading == "Who was involved"
    assert sections["context"].heading == "Background"
    assert sections["evidence"].heading == "Outcomes"
    assert sections["spread"] is None and sections["value"] is None


@pytest.mark.slow
def test_sections_find_sections_without_headings_from_content(rubric, section_model):
    blocks = [Block(t, i) for i, t in enumerate([CONTEXT, EVIDENCE, SPREAD, VALUE, PEOPLE])]
    sections = find_sections(_doc(blocks), rubric, scorer=section_model)
    assert {c for c, s in sections.items() if s} >= {"context", "evidence", "stakeholders"}
    assert all(s.method == "classifier" for s in sections.values() if s)
    assert EVIDENCE in sections["evidence"].text


@pytest.mark.slow
def test_sections_numbered_rubric_heading_is_not_outvoted_by_content(rubric, section_model):
    # The evidence question's body talks only about the context; its heading says which question it answers.
    blocks: list[Block] = []
    for head, body in [("Question 1: The context and its patient safety goals", CONTEXT),
                       ("Question 2: Evidence of improvement in safe care", CONTEXT.replace("Our region", "Our county")),
                       ("Question 3: Spread and sharing of best practice", SPREAD)]:
        blocks.append(Block(head, len(blocks), bold=True))
        blocks.append(Block(body, len(blocks)))
    sections = find_sections(_doc(blocks), rubric, scorer=section_model)
    assert sections["evidence"].heading == "Question 2: Evidence of improvement in safe care"


def test_sections_headings_agree_needs_two_of_meaning_words_and_number():
    from pipeline.sections import FEATURES, _headings_agree
    from pipeline.sections import Segment

    feats = np.zeros((3, 6, len(FEATURES)), dtype=np.float32)
    feats[0, 1, FEATURES.index("heading_sim_best")] = 1.0  # meaning only: not enough
    feats[1, 1, FEATURES.index("heading_sim_best")] = 1.0  # meaning and the rubric's words
    feats[1, 1, FEATURES.index("heading_lexical")] = 0.8
    feats[2, 2, FEATURES.index("number_match")] = 1.0  # number and words
    feats[2, 2, FEATURES.index("heading_lexical")] = 0.6
    segments = [Segment(heading=Block("h", i), body=(), method="bold") for i in range(3)]
    agree = _headings_agree(segments, feats, 5)
    assert agree.tolist() == [[0, 0, 0, 0, 0], [0, 1, 0, 0, 0], [0, 0, 1, 0, 0]]


@pytest.mark.slow
def test_sections_appendix_with_a_subtitle_answers_no_criterion(rubric, section_model):
    # "Appendix: definitions and data" reads like evidence; an appendix belongs to no criterion.
    appendix = ("An incident is counted when a patient is found outside the ward without staff knowing. Incident data: "
                "the trust's reporting system, April 2021 to March 2022 and April 2023 to March 2024.")
    blocks: list[Block] = []
    for head, body in [("What was happening", CONTEXT), ("What has changed", EVIDENCE), ("Who shaped it", PEOPLE),
                       ("Appendix: Definitions and data", appendix)]:
        blocks.append(Block(head, len(blocks), bold=True))
        blocks.append(Block(body, len(blocks)))
    sections = find_sections(_doc(blocks), rubric, scorer=section_model)
    assert sections["evidence"].heading == "What has changed"
    assert all("Incident data" not in s.text for s in sections.values() if s)



@pytest.mark.slow
def test_sections_title_wrapped_onto_a_second_line_answers_no_criterion(rubric, section_model):
    # A long title set in the title's type runs onto a second line ("... for ambulance" / "and ward staff")
    # over the cover lines: the second line continues the title, it heads no answer.
    changed = ("Fall Alert pulls the ambulance record and the ward record into one list for every older person who "
               "has fallen at home, whichever service saw them first. Each morning the list goes to the falls team, "
               "who phone anyone seen twice in a month. A ward cannot discharge a listed patient without the team "
               "seeing the warning.\n\nRepeat falls fell from 31% of people in the 2022 audit to 12% in 2024. "
               "Admissions with a hip fracture after a fall at home fell from an average of 41 a month to 26 a month.")
    blocks = [Block("Fall Alert: one shared list of older people who fall at home for ambulance", 0, bold=True),
              Block("and ward staff", 1, bold=True),
              Block("Westshire Integrated Care Board (lead), with Westshire Hospitals NHS Trust and Westshire "
                    "Ambulance Service", 2),
              Block("Westshire Entry by the Associate Director of Nursing", 3)]
    for head, body in [("The problem", CONTEXT), ("What changed", changed), ("Involvement", PEOPLE),
                       ("Value", VALUE), ("Spread", SPREAD)]:
        blocks.append(Block(head, len(blocks), bold=True))
        blocks.append(Block(body, len(blocks)))

    class ReadsTheSecondTitleLineAsEvidence:
        """A fake around the real model: its scores, except that the title's second line (row 1)
        reads as evidence, as a title about results can."""

        def __getattr__(self, name):
            return getattr(section_model, name)

        def segment_scores(self, feats, rubric_):
            raw = np.array(section_model.segment_scores(feats, rubric_)).reshape(-1, len(rubric_.criteria) + 1)
            raw[1, list(rubric_.criterion_ids).index("evidence")] += 20.0
            return raw.reshape(-1)

    sections = find_sections(_doc(blocks), rubric, scorer=ReadsTheSecondTitleLineAsEvidence())
    assert sections["evidence"].heading == "What changed"
    assert all("Entry by" not in s.text for s in sections.values() if s)
