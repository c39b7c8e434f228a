"""pipeline.checks: one named check per flag code, each saying why."""

from __future__ import annotations

import pytest

from models.nlp import load_nlp
from pipeline.checks import CHECKS, flag_entry
from pipeline.evidence import analyse_entry
from pipeline.rubric import Rubric, load_rubric
from pipeline.types import Claim, Involvement, Partner, Section


@pytest.fixture(scope="module")
def rubric() -> Rubric:
    return load_rubric()


def section(criterion: str, text: str = "Some text.") -> Section:
    return Section(criterion=criterion, heading=None, text=text, word_count=len(text.split()), method="test")


def full(rubric: Rubric) -> dict[str, Section | None]:
    return {c: section(c) for c in rubric.criterion_ids}


CLAIM = Claim(criterion="evidence", sentence="Falls halved.", measure="Falls", change="halved")
PATIENTS = Involvement(group="patients", criterion="stakeholders", sentence="Carers co-designed the leaflet.")
STAFF = Involvement(group="staff", criterion="stakeholders", sentence="Nurses tested it.")
PRIMARY = Partner(name="Westshire Hospitals NHS Trust", type="nhs_trust", role="primary")
PARTNER = Partner(name="Westshire County Council", type="local_authority")


def flags(rubric, *, sections=None, claims=(CLAIM,), involvement=(PATIENTS, STAFF), partners=(PRIMARY, PARTNER)):
    return flag_entry(
        rubric=rubric, sections=sections or full(rubric), claims=claims, involvement=involvement, partners=partners
    )


def test_checks_table_lists_one_check_per_contract_code():
    assert list(CHECKS) == [
        "missing_section",
        "no_quantitative_evidence",
        "no_patient_involvement",
        "no_staff_involvement",
        "ineligible",
    ]


def test_checks_complete_entry_raises_nothing(rubric):
    assert flags(rubric) == ()


def test_checks_missing_section_one_per_absent_criterion(rubric):
    sections = full(rubric) | {"spread": None, "value": None}
    found = [f for f in flags(rubric, sections=sections) if f.code == "missing_section"]
    assert [f.criterion for f in found] == ["spread", "value"]
    assert "Spread and sharing" in found[0].message


def test_checks_no_quantitative_evidence_names_section_and_claims_elsewhere(rubric):
    elsewhere = Claim(criterion="value", sentence="Readmissions fell by 20%.")
    (flag,) = [f for f in flags(rubric, claims=(elsewhere,)) if f.code == "no_quantitative_evidence"]
    assert flag.criterion == "evidence"
    assert "Evidence of improvement section" in flag.message and "Value" in flag.message
    assert flag.evidence == ("Readmissions fell by 20%.",)


def test_checks_missing_evidence_section_searches_whole_entry(rubric):
    sections = full(rubric) | {"evidence": None}
    elsewhere = Claim(criterion="value", sentence="Readmissions fell by 20%.")
    assert not [f for f in flags(rubric, sections=sections, claims=(elsewhere,)) if f.code == "no_quantitative_evidence"]
    (flag,) = [f for f in flags(rubric, sections=sections, claims=()) if f.code == "no_quantitative_evidence"]
    assert "no Evidence of improvement section" in flag.message


def test_checks_evidence_section_found_without_a_heading_counts_claims_anywhere(rubric):
    # An entry without headings: where its evidence section ends is a guess, so a measured change
    # under another criterion counts; with no measured change anywhere the flag stands.
    guessed = Section(criterion="evidence", heading=None, text="We counted.", word_count=2, method="classifier")
    sections = full(rubric) | {"evidence": guessed}
    elsewhere = Claim(criterion="context", sentence="Missed appointments went from one in three to one in ten.")
    assert not [f for f in flags(rubric, sections=sections, claims=(elsewhere,)) if f.code == "no_quantitative_evidence"]
    assert [f.criterion for f in flags(rubric, sections=sections, claims=()) if f.code == "no_quantitative_evidence"] == ["evidence"]


def test_checks_involvement_flags_per_missing_group(rubric):
    found = flags(rubric, involvement=(STAFF,))
    assert [(f.code, f.criterion) for f in found] == [("no_patient_involvement", "stakeholders")]
    assert "Stakeholder involvement section or elsewhere" in found[0].message


def test_checks_involvement_found_outside_named_section_counts(rubric):
    outside = Involvement(group="patients", criterion="context", sentence="Patients tested the app.")
    assert flags(rubric, involvement=(outside, STAFF)) == ()


def test_checks_ineligible_private_primary_without_partners(rubric):
    private = Partner(name="Clinova Digital Ltd", type="private", role="primary")
    (flag,) = flags(rubric, partners=(private,))
    assert flag.code == "ineligible" and flag.criterion is None
    assert "private company" in flag.message and "no partner organisation" in flag.message
    assert flag.evidence == ("Clinova Digital Ltd (private, primary)",)


def test_checks_ineligible_public_primary_without_partners(rubric):
    (flag,) = flags(rubric, partners=(PRIMARY,))
    assert flag.code == "ineligible" and "private" not in flag.message


def test_checks_private_partner_of_public_primary_is_eligible(rubric):
    assert flags(rubric, partners=(PRIMARY, Partner(name="Clinova Digital Ltd", type="private"))) == ()


def test_checks_no_eligibility_block_never_flags_ineligible(rubric):
    no_rule = rubric.model_copy(update={"eligibility": None})
    assert flags(no_rule, partners=()) == ()


def test_checks_end_to_end_with_real_model(rubric):
    nlp = load_nlp()
    sections = full(rubric) | {
        "evidence": section("evidence", "We trained 130 nurses. Our target is a 50% reduction in falls."),
        "stakeholders": section("stakeholders", "Patients benefited. Ward nurses piloted the checklist."),
    }
    claims, involvement = analyse_entry(sections, nlp, rubric)
    codes = [f.code for f in flag_entry(rubric=rubric, sections=sections, claims=claims, involvement=involvement, partners=(PRIMARY, PARTNER))]
    assert codes == ["no_quantitative_evidence", "no_patient_involvement"]
