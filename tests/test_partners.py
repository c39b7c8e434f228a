"""pipeline.partners: cover lines, partner organisations and their types."""

from __future__ import annotations

import pytest

from models.nlp import load_nlp
from pipeline.partners import Cover, find_partners, organisation_type, read_cover, split_organisations
from pipeline.types import Block, Document, Section, TableCell


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def document(*texts: str, cells: tuple[tuple[str, str], ...] = ()) -> Document:
    blocks = [Block(text=t, order=i) for i, t in enumerate(texts)]
    for row, (label, value) in enumerate(cells):
        blocks.append(Block(text=label, order=len(blocks), kind="table_cell", cell=TableCell(0, row, 0)))
        blocks.append(Block(text=value, order=len(blocks), kind="table_cell", cell=TableCell(0, row, 1)))
    return Document(source="E001.docx", format="docx", blocks=tuple(blocks))


def section(criterion: str, text: str) -> Section:
    return Section(criterion=criterion, heading=None, text=text, word_count=len(text.split()), method="test")


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Leeds Teaching Hospitals NHS Trust", "nhs_trust"),
        ("Oxford University Hospitals NHS Foundation Trust", "nhs_trust"),
        ("Betsi Cadwaladr University Health Board", "nhs_trust"),
        ("Health Innovation Network South London", "ahsn"),
        ("Kent Surrey Sussex AHSN", "ahsn"),
        ("Health Innovation East Midlands", "ahsn"),
        ("NHS Kent and Medway Integrated Care Board", "icb"),
        ("Bristol CCG", "icb"),
        ("University of Leeds", "university"),
        ("Anglia Ruskin University", "university"),
        ("Kent County Council", "local_authority"),
        ("Adult Social Care", "local_authority"),
        ("The UK Sepsis Trust", "charity"),
        ("Age UK Leeds", "charity"),
        ("London Ambulance Service NHS Trust", "emergency_service"),
        ("West Yorkshire Police", "emergency_service"),
        ("Devon and Somerset Fire and Rescue Service", "emergency_service"),
        ("Riverside Primary Care Network", "primary_care"),
        ("Northside GP Federation", "primary_care"),
        ("Clinova Digital Ltd", "private"),
        ("MedAlert plc", "private"),
        ("a technology company", "private"),
        ("NHS England", "public_other"),
        ("Care Quality Commission", "public_other"),
        ("HSSIB", "public_other"),
        ("Healthwatch Leeds", "public_other"),
        ("Northern Lights", "unknown"),
    ],
)
def test_partners_organisation_type_from_name(name, kind):
    assert organisation_type(name) == kind


def test_partners_split_keeps_names_with_commas_and_and_whole():
    assert split_organisations("Barking, Havering and Redbridge University Hospitals NHS Trust") == (
        "Barking, Havering and Redbridge University Hospitals NHS Trust",
    )
    assert split_organisations("Oxford University Hospitals NHS Foundation Trust and University of Oxford") == (
        "Oxford University Hospitals NHS Foundation Trust",
        "University of Oxford",
    )
    assert split_organisations("Kent County Council; Clinova Digital Ltd") == ("Kent County Council", "Clinova Digital Ltd")


def test_partners_split_names_run_together_on_one_line():
    assert split_organisations("Eastfield Primary Care Network Westshire Integrated Care Board Health Innovation Westshire") == (
        "Eastfield Primary Care Network",
        "Westshire Integrated Care Board",
        "Health Innovation Westshire",
    )


def test_partners_cover_reads_labelled_lines():
    doc = document(
        "Safer insulin across Westshire",
        "Lead organisation: Westshire Hospitals NHS Trust",
        "Partner organisations:",
        "University of Westshire",
        "Westshire County Council",
        "Contact: Jo Bloggs",
    )
    cover = read_cover(doc)
    assert cover == Cover(
        title=None, organisation="Westshire Hospitals NHS Trust", partners=("University of Westshire", "Westshire County Council")
    )


def test_partners_cover_reads_labels_run_into_one_block():
    doc = document(
        "Entry title: Falls prevention together Lead organisation - Eastfield Community Health NHS Trust "
        "Partners: Eastfield Borough Council; Age UK Eastfield Contact name: A Person"
    )
    cover = read_cover(doc)
    assert cover.title == "Falls prevention together"
    assert cover.organisation == "Eastfield Community Health NHS Trust"
    assert cover.partners == ("Eastfield Borough Council", "Age UK Eastfield")


def test_partners_cover_reads_form_table_cells():
    doc = document(cells=(("Project title", "Stop the Clot"), ("Submitting organisation", "Clinova Digital Ltd"), ("Partners", "None")))
    cover = read_cover(doc)
    assert (cover.title, cover.organisation, cover.partners) == ("Stop the Clot", "Clinova Digital Ltd", ())


def test_partners_primary_and_partners_from_cover_and_prose(nlp):
    doc = document("Lead organisation: Westshire Hospitals NHS Trust", "Partners: University of Westshire")
    sections = {
        "context": section(
            "context",
            "We worked in partnership with Westshire County Council and Health Innovation Westshire. "
            "The University of Westshire evaluated the pilot.",
        )
    }
    partners = find_partners(doc, sections, nlp)
    assert partners[0].role == "primary" and partners[0].name == "Westshire Hospitals NHS Trust"
    assert {(p.name, p.type) for p in partners[1:]} == {
        ("University of Westshire", "university"),
        ("Westshire County Council", "local_authority"),
        ("Health Innovation Westshire", "ahsn"),
    }


def test_partners_variants_of_one_name_are_merged(nlp):
    doc = document("Lead organisation: Westshire Hospitals NHS FT", "Partners: Westshire County Council")
    sections = {"context": section("context", "Westshire Hospitals NHS Foundation Trust worked with the Westshire County Council.")}
    partners = find_partners(doc, sections, nlp)
    assert [p.name for p in partners] == ["Westshire Hospitals NHS FT", "Westshire County Council"]


def test_partners_described_partner_counts_when_unnamed(nlp):
    doc = document("Lead organisation: Westshire Hospitals NHS Trust")
    sections = {"context": section("context", "We built the app in partnership with a technology company.")}
    partners = find_partners(doc, sections, nlp)
    assert [(p.type, p.role) for p in partners] == [("nhs_trust", "primary"), ("private", "partner")]


def test_partners_unknown_name_typed_from_its_description(nlp):
    doc = document("Lead organisation: Westshire Hospitals NHS Trust", "Partners: Steady Feet")
    sections = {"context": section("context", "Steady Feet, a local charity, trained volunteers.")}
    partners = find_partners(doc, sections, nlp)
    assert partners[1].name == "Steady Feet" and partners[1].type == "charity"
