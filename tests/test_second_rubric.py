"""A second award category works from its YAML alone: same code, other criteria."""

from __future__ import annotations

import json

import pytest

from pipeline.evaluate import token_f1
from pipeline.ingest import read_document
from pipeline.rubric import load_rubric
from pipeline.sections import find_sections
from tests.conftest import ROOT

CORPUS = ROOT / "data" / "corpus" / "patient-safety-award"


@pytest.mark.slow
def test_second_rubric_sections_found_with_no_code_change(section_model):
    rubric = load_rubric("patient-safety-award")
    assert rubric.criterion_ids != load_rubric().criterion_ids
    gold = json.loads((CORPUS / "gold.json").read_text())["entries"]
    scores = []
    for entry_id, g in sorted(gold.items()):
        sections = find_sections(read_document(CORPUS / g["source"]), rubric, scorer=section_model)
        assert set(sections) == set(rubric.criterion_ids)
        for criterion, text in g["sections"].items():
            found = sections[criterion]
            if text is not None:
                assert found is not None, f"{entry_id}: {criterion} reported missing"
            scores.append(token_f1(found.text if found else None, text))
    assert sum(scores) / len(scores) >= 0.9
