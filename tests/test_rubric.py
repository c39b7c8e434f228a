"""Rubrics are data: both bundled rubrics load, and a typo in a rubric fails loudly."""

from pathlib import Path

import pytest

from pipeline.rubric import RUBRICS_DIR, RubricError, load_rubric


def test_rubric_default_has_the_five_criteria():
    rubric = load_rubric()
    assert rubric.criterion_ids == ("context", "evidence", "spread", "value", "stakeholders")
    assert rubric.criterion("evidence").quantitative
    assert set(rubric.criterion("stakeholders").involvement) == {"patients", "staff"}
    assert "private" not in rubric.eligibility.primary_entrant_types


@pytest.mark.parametrize("path", sorted(RUBRICS_DIR.glob("*.yaml")), ids=lambda p: p.stem)
def test_rubric_every_bundled_rubric_is_valid(path: Path):
    rubric = load_rubric(path)
    assert rubric.criteria and rubric.id == path.stem


def test_rubric_unknown_key_is_rejected(tmp_path: Path):
    text = (RUBRICS_DIR / "best-partnership-patient-safety.yaml").read_text().replace("    cues:", "    cue_words:", 1)
    bad = tmp_path / "bad.yaml"
    bad.write_text(text)
    with pytest.raises(RubricError, match="cue_words"):
        load_rubric(bad)


def test_rubric_missing_file_names_the_bundled_ones(tmp_path: Path):
    with pytest.raises(RubricError, match="best-partnership-patient-safety"):
        load_rubric(tmp_path / "nope.yaml")


def test_rubric_duplicate_criterion_ids_rejected(tmp_path: Path):
    bad = tmp_path / "dup.yaml"
    bad.write_text("id: x\nversion: '1'\nname: X\ncriteria:\n"
                   "  - {id: a, title: A, question: Q}\n  - {id: a, title: B, question: Q}\n")
    with pytest.raises(RubricError, match="unique"):
        load_rubric(bad)
